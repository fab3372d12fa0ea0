# Shared helpers: config validation, the study root, path helpers and the target list.
import os
import sys
from pathlib import Path

from snakemake.utils import validate

import sealflow.config
import sealflow.exchange.shape
import sealflow.govern.closed
import sealflow.govern.settings
import sealflow.govern.status
import sealflow.govern.purposes
import sealflow.ingest.restricted
import sealflow.received_transcripts
import sealflow.sdc.provenance
import sealflow.settings
import sealflow.slurm_status

validate(config, schema="../schemas/config.schema.yaml")
# Snakemake fills the defaults of the top-level schema only; sealflow's loader fills those
# of every section (the schema is the one source of defaults), so both front doors agree.
sealflow.config.fill_defaults(config, "config")
# Every stage serves one declared purpose with its lawful basis, or nothing runs.
PURPOSE_OF_STAGE = sealflow.govern.purposes.purpose_of_each_stage(config)

# Everything the workflow and its scripts create is private by default (0600 files, 0700
# folders), including Snakemake's own markers in directory outputs; results meant for
# reviewers are widened explicitly where they are written.
os.umask(0o077)

# Scripts import the library from this checkout, also inside a `--sdm conda` environment
# (which carries sealflow's dependencies but not sealflow itself).
_SRC = str(Path(workflow.basedir) / "src")
# Set with update(): `--lint` reads os.environ[...] as a variable the workflow requires.
os.environ.update(
    PYTHONPATH=os.pathsep.join(p for p in (_SRC, os.environ.get("PYTHONPATH", "")) if p)
)

# Relative paths in config.yaml resolve against `root`, itself relative to the folder
# holding the config file given last (--configfile DIR/config.yaml puts every output in DIR).
# workflow.configfiles lists the command line's files first and the Snakefile's last, so the
# command line's are looked at first.
_CONFIG_FILE = (workflow.config_settings.configfiles or workflow.configfiles)[-1]
STUDY_ROOT = (Path(_CONFIG_FILE).resolve().parent / config["root"]).resolve()


workdir: STUDY_ROOT


# A study purged at its retention date is closed: its registers of who withdrew are gone
# with the rest, so nothing may rebuild from what it can still reach. One line, no DAG.
_CLOSED = sealflow.govern.closed.closed_reason(
    sealflow.govern.settings.GovernSettings.from_config(config, STUDY_ROOT)
)
if _CLOSED:
    sys.exit(f"sealflow: error: {_CLOSED}")

PARTIES = sealflow.config.load_parties({**config, "root": str(STUDY_ROOT)})

# The parties by role: which exchange stages this study has.
ROLES = {name: entry.get("role") for name, entry in PARTIES["parties"].items()}
PROVIDERS = [name for name, role in ROLES.items() if role == "provider"]
SURVEYS = [name for name, role in ROLES.items() if role == "survey"]
VENDORS = [name for name, role in ROLES.items() if role == "vendor"]
SENDERS = [*PROVIDERS, *SURVEYS, *VENDORS]
# The stages this study's parties and inputs call for; each stage that is off says why.
# The study's typed settings (sealflow.settings), built once here for the parse-time helpers.
STUDY_SETTINGS = sealflow.settings.StudySettings.from_config(config, STUDY_ROOT)
# On a cluster the key passphrase stays on this node. Rules that use the evaluator's keys
# (decryption, transfers, signing, the audit log) are localrules (`localrule: True`); SLURM
# jobs run the others (the scrub). The SLURM executor submits with `sbatch --export=ALL`,
# and slurmctld keeps each job's environment: workflow/slurm/sbatch, first on PATH, drops
# the passphrase variable before calling the real sbatch. Local runs never call sbatch.
sealflow.slurm_status.keep_passphrase_off_jobs(
    str(Path(workflow.basedir) / "workflow" / "slurm"),
    STUDY_SETTINGS.exchange.passphrase_env,
)


# Before the first job: a SLURM run whose executor cannot see jobs end would wait silently
# for ever (sealflow.slurm_status); stop with the fix instead.
onstart:
    _problem = sealflow.slurm_status.status_command_problem(
        workflow.executor_plugin.name if workflow.executor_plugin else None,
        getattr(workflow.executor_settings, "status_command", None),
    )
    if _problem:
        # one line, no traceback; snakemake releases its lock on the way out
        print(f"sealflow: error: {_problem}", file=sys.stderr)
        sys.exit(1)


SHAPE = sealflow.exchange.shape.study_shape(STUDY_SETTINGS, PARTIES)
# A colluder that is no party and no role would protect nothing: refused before any rule.
if STUDY_SETTINGS.sdc is not None:
    sealflow.sdc.provenance.resolve_colluders(
        STUDY_SETTINGS.sdc.colluding_parties, ROLES
    )
# Nothing to read (a fresh `sealflow init`): the line `sealflow status` gives, not
# Snakemake's MissingInputException for the roster.
_INPUTS_MISSING = sealflow.govern.status.provider_inputs_missing(STUDY_SETTINGS, SHAPE)
if _INPUTS_MISSING:
    sys.exit(
        f"sealflow: error: {_INPUTS_MISSING}; `sealflow status -c {_CONFIG_FILE}` shows "
        "where the study stands"
    )
INTERVIEWS = SHAPE.interviews
# A survey declared (or its export imported): links, survey ingest and scrub, link,
# anonymise, outcome, certify and deposit are built on it, and are off without one.
SURVEY = SHAPE.survey
# Something to scrub: the survey's free text, the interview transcripts, or both.
SCRUB = SURVEY or INTERVIEWS
# Quote candidates from the transcripts, for the outcome pack (which needs the survey).
QUOTE_CANDIDATES = bool(
    SURVEY
    and INTERVIEWS
    and ((config.get("outcome") or {}).get("quotes") or {}).get("candidates")
)
for _line in SHAPE.off_lines():
    print(_line, file=sys.stderr)


def all_input(wildcards):
    """What the default target builds: every output of every stage this study's parties and
    config call for, in stage order. Called when the DAG is built, so every rule file has
    been read. Each file is a target itself: Snakemake remakes a missing file only when a
    job that needs it runs, so the outputs of a failed job (Snakemake removes them) would stay
    missing beside the later stages' outputs of the run before, and `snakemake` would say
    "Nothing to be done"."""
    return [
        *links_outputs(wildcards),
        *inbound_outputs(wildcards),
        # The default target never sends: it ends with the plan of what `send` would send.
        *(outputs_of("plan") if SENDERS else []),
        *ingest_outputs(wildcards),
        *outputs_of("interview_selection"),
        *scrub_outputs(wildcards),
        *outputs_of(
            "link", "anonymise", "outcome_build", "outcome", "quote_candidates"
        ),
        *outputs_of("retention_check", "ropa"),
        *outputs_of("report"),
    ]


def outputs_of(*names):
    """Every output of each named rule, in order; a rule this study's shape leaves out (no
    survey, no interviews) is not defined, and has none."""
    return [
        path
        for name in names
        if rules.has(name)
        for path in getattr(rules, name).output
    ]


def links_outputs(wildcards):
    return outputs_of("links")


def inbound_outputs(wildcards):
    """What taking in the other parties' batches makes: each receive report, then the files
    opened from the batches that a stage reads (the vendors' folders only once there are
    interviews to scrub: before, nothing is opened for them)."""
    received = [results(f"exchange/received/{party}.json") for party in SENDERS]
    opened = outputs_of("open_provider", "open_survey")
    return [*received, *opened, *(outputs_of("open_transcripts") if INTERVIEWS else [])]


def ingest_outputs(wildcards):
    """Every file the ingest rules make, then the combined report."""
    return outputs_of("ingest_roster", "ingest_admin", "ingest_survey", "ingest_report")


def scrub_outputs(wildcards):
    """Every file the scrub rules make: each shard's, each first pass's, the closed loop's,
    the residual scan and the summary."""
    shards = (
        expand(rules.scrub_transcripts_shard.output, shard=range(SCRUB_SHARDS))
        if rules.has("scrub_transcripts_shard")
        else []
    )
    first = outputs_of("scrub_transcripts_first", "scrub_survey_first")
    closed = outputs_of("scrub_transcripts", "scrub_survey")
    return [*shards, *first, *closed, *outputs_of("scrub_residual", "scrub_summary")]


def send_targets(wildcards):
    """What the `send` target builds: each send rule's record (approved content, sent once),
    then the vendors' deletion check."""
    targets = []
    if PROVIDERS and SURVEY:
        targets.append(results("exchange/sent/links_for_provider.json"))
    if SURVEYS:
        targets.append(results("exchange/sent/tokens_for_survey.json"))
    if PROVIDERS and SURVEY and config.get("interviews"):
        targets.append(results("exchange/sent/invitations.json"))
    if SHAPE.recordings:
        targets.append(results("exchange/deletion/recordings.json"))
    return targets


def work(path):
    """A path in the workspace, where plaintext personal data may live (0700)."""
    return f"{config['workspace']}/{path}"


def results(path):
    """A path in results/, for what may leave: no identifier values."""
    return f"{config['results']}/{path}"


def logs(path):
    return f"{config['logs']}/{path}"


def restricted_list(wildcards):
    """The restricted list beside the withdrawals (sealflow request restrict|object|lift),
    when there is one: a change to it reruns links and ingest, like the withdrawals."""
    path = sealflow.ingest.restricted.restricted_path(config["inputs"]["withdrawals"])
    return [str(path)] if path.exists() else []


def everything_but_the_report(wildcards):
    """The report summarises every other target, so it runs last."""
    return [
        t for t in all_input(wildcards) if not str(t).startswith(results("report/"))
    ]


# The received transcripts folder is open_transcripts' output (its timestamp marker dates
# it) until a transcript is imported into it; from then on that rule makes only the vendors'
# folders in it (exchange.smk), and Snakemake would date the folder by a marker no import
# touches. So the vendors' folders are inputs (a batch received after an import is opened,
# then scrubbed) and so is each other transcript in the folder: one imported (or replaced,
# or removed) after the scrub ran changes the input set or its dates, and the scrub runs
# again. Never a file in a folder made by a rule (which deletes and refills it in the
# same run, and a listed file it does not bring back would be a missing input).
def received_transcripts(wildcards):
    # OPENED comes from exchange.smk, included after this file: read when called
    if VENDORS and OPENED["vendor"]:
        return []
    folder = config["inputs"]["transcripts"]
    opened = list(rules.open_transcripts.output) if VENDORS else []
    return opened + [
        f"{folder}/{name}"
        for name in sealflow.received_transcripts.received_transcripts(folder)
        if name.split("/", 1)[0] not in VENDORS
    ]
