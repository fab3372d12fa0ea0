# Scrub: identifiers out of the survey's free text and the interview transcripts (offline).
# A first pass scrubs each source; the closed loop (scrub_transcripts, scrub_survey) then
# replaces every value found anywhere in the study wherever else it still stands.
# Scrubbed outputs and the replaced values stay in the workspace; findings (type, place,
# score, recognizer: never a value), counts, a plot and the residual scan go to results/.
# The interviews of people who may not be processed now are left out (counted, not named).

import sealflow.govern.quotable

# scrub.shards > 1 splits the transcripts (every n-th file of the sorted list) over that
# many jobs, e.g. cluster jobs; the shard wildcard is an index, never a document or person.
SCRUB_SHARDS = int((config.get("scrub") or {}).get("shards", 1))
# The reviewer's deny and allow lists (`sealflow review apply`), once written: inputs of the
# first pass, so the scrub stage reruns when the reviewer decides.
REVIEWED_LISTS = [
    work(f"review/{name}.yaml")
    for name in ("deny_list", "allow_list")
    if os.path.exists(os.path.join(str(STUDY_ROOT), work(f"review/{name}.yaml")))
]

# No interviews (no vendor, no transcripts imported): no transcript scrub (common.smk SHAPE).
if INTERVIEWS and SCRUB_SHARDS > 1:

    rule scrub_transcripts_shard:
        input:
            transcripts=config["inputs"]["transcripts"],
            received=received_transcripts,
            reviewed=REVIEWED_LISTS,
            # Who may not be processed (restricted, objecting, withdrawn): their interviews
            # are left out, and come back when the list changes (govern/quotable.py).
            scope=lambda wildcards: sealflow.govern.quotable.scope_files(
                config, drawn=SURVEY
            ),
        output:
            transcripts=directory(work("scrub/shards/transcripts.{shard}")),
            replaced_values=work("scrub/shards/replaced_values.{shard}.json"),
            findings=work("scrub/shards/findings.{shard}.jsonl"),
            summary=work("scrub/shards/summary.{shard}.json"),
        log:
            logs("scrub/scrub_transcripts_shard.{shard}.log"),
        wildcard_constraints:
            shard=r"\d+",
        conda:
            "../../envs/sealflow.yaml"
        threads: workflow.cores
        params:
            shards=SCRUB_SHARDS,
        script:
            "../../scripts/scrub_transcripts_shard.py"

    rule scrub_transcripts_first:
        input:
            transcripts=expand(
                work("scrub/shards/transcripts.{shard}"), shard=range(SCRUB_SHARDS)
            ),
            findings=expand(
                work("scrub/shards/findings.{shard}.jsonl"), shard=range(SCRUB_SHARDS)
            ),
            summaries=expand(
                work("scrub/shards/summary.{shard}.json"), shard=range(SCRUB_SHARDS)
            ),
            replaced_values=expand(
                work("scrub/shards/replaced_values.{shard}.json"),
                shard=range(SCRUB_SHARDS),
            ),
        output:
            transcripts=directory(work("scrub/first/transcripts")),
            replaced_values=work("scrub/replaced_values_transcripts.json"),
            findings=results("scrub/transcripts_findings.jsonl"),
            summary=results("scrub/transcripts_summary.json"),
        log:
            logs("scrub/scrub_transcripts_first.log"),
        conda:
            "../../envs/sealflow.yaml"
        script:
            "../../scripts/scrub_transcripts_gather.py"

elif INTERVIEWS:

    rule scrub_transcripts_first:
        input:
            transcripts=config["inputs"]["transcripts"],
            received=received_transcripts,
            reviewed=REVIEWED_LISTS,
            # Who may not be processed (restricted, objecting, withdrawn): their interviews
            # are left out, and come back when the list changes (govern/quotable.py).
            scope=lambda wildcards: sealflow.govern.quotable.scope_files(
                config, drawn=SURVEY
            ),
        output:
            transcripts=directory(work("scrub/first/transcripts")),
            replaced_values=work("scrub/replaced_values_transcripts.json"),
            findings=results("scrub/transcripts_findings.jsonl"),
            summary=results("scrub/transcripts_summary.json"),
        log:
            logs("scrub/scrub_transcripts_first.log"),
        conda:
            "../../envs/sealflow.yaml"
        threads: workflow.cores
        script:
            "../../scripts/scrub_transcripts.py"


# No survey in this study (common.smk SURVEY): no survey free text.
if SURVEY:

    rule scrub_survey_first:
        input:
            survey=work("ingest/survey.parquet"),
            reviewed=REVIEWED_LISTS,
        output:
            survey=work("scrub/first/survey_scrubbed.parquet"),
            replaced_values=work("scrub/replaced_values_survey.json"),
            findings=results("scrub/survey_findings.jsonl"),
            summary=results("scrub/survey_summary.json"),
        log:
            logs("scrub/scrub_survey_first.log"),
        conda:
            "../../envs/sealflow.yaml"
        threads: workflow.cores
        script:
            "../../scripts/scrub_survey.py"


# The closed loop: every value replaced anywhere (first pass) is looked for everywhere.
SCRUB_VALUES = [
    *([rules.scrub_transcripts_first.output.replaced_values] if INTERVIEWS else []),
    *([rules.scrub_survey_first.output.replaced_values] if SURVEY else []),
]

if INTERVIEWS:

    rule scrub_transcripts:
        input:
            transcripts=rules.scrub_transcripts_first.output.transcripts,
            replaced_values=SCRUB_VALUES,
        output:
            transcripts=directory(work("scrub/transcripts")),
            report=results("scrub/transcripts_closed_loop.json"),
        log:
            logs("scrub/scrub_transcripts.log"),
        conda:
            "../../envs/sealflow.yaml"
        script:
            "../../scripts/scrub_close_transcripts.py"


if SURVEY:

    rule scrub_survey:
        input:
            survey=rules.scrub_survey_first.output.survey,
            replaced_values=SCRUB_VALUES,
        output:
            survey=work("scrub/survey_scrubbed.parquet"),
            report=results("scrub/survey_closed_loop.json"),
        log:
            logs("scrub/scrub_survey.log"),
        conda:
            "../../envs/sealflow.yaml"
        script:
            "../../scripts/scrub_close_survey.py"


# Nothing to scrub (no survey, no interviews): no residual scan, no summary.
if SCRUB:

    rule scrub_residual:
        input:
            transcripts=rules.scrub_transcripts.output.transcripts if INTERVIEWS else [],
            survey=rules.scrub_survey.output.survey if SURVEY else [],
            replaced_values=SCRUB_VALUES,
        output:
            report=results("scrub/residual.json"),
        log:
            logs("scrub/scrub_residual.log"),
        conda:
            "../../envs/sealflow.yaml"
        threads: workflow.cores
        script:
            "../../scripts/scrub_residual.py"

    rule scrub_summary:
        input:
            transcripts=(
                rules.scrub_transcripts_first.output.summary if INTERVIEWS else []
            ),
            survey=rules.scrub_survey_first.output.summary if SURVEY else [],
        output:
            summary=results("scrub/summary.json"),
            plot=report(
                results("scrub/findings_by_type.png"),
                caption="../report/scrub_findings.rst",
                category="De-identification",
            ),
        log:
            logs("scrub/scrub_summary.log"),
        conda:
            "../../envs/sealflow.yaml"
        script:
            "../../scripts/scrub_summary.py"

    rule scrub:
        # The scrub stage as one target (`snakemake scrub --cores 2 --configfile DIR/config.yaml`):
        # every output of the scrub and of the stages it reads (links, the batches taken in,
        # ingest), each a target itself, so a job that failed is run again (common.smk
        # all_input says why) and no scrub stands on a table whose ingest failed.
        input:
            links_outputs,
            inbound_outputs,
            ingest_outputs,
            scrub_outputs,
        localrule: True
