# Shared helpers: config validation, the study root, path helpers and the target list.
import os
from pathlib import Path

from snakemake.utils import validate

import sealflow.config

validate(config, schema="../schemas/config.schema.yaml")

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


PARTIES = sealflow.config.load_parties({**config, "root": str(STUDY_ROOT)})

# Each stage file appends the outputs `rule all` should build.
TARGETS = []


def all_input(wildcards):
    return TARGETS


def work(path):
    """A path in the workspace, where plaintext personal data may live (0700)."""
    return f"{config['workspace']}/{path}"


def results(path):
    """A path in results/, for what may leave: no identifier values."""
    return f"{config['results']}/{path}"


def logs(path):
    return f"{config['logs']}/{path}"


def everything_but_the_report(wildcards):
    """The report summarises every other target, so it runs last."""
    return [t for t in TARGETS if not str(t).startswith(results("report/"))]
