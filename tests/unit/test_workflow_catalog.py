"""Issue 11 point 8: the files the Snakemake workflow catalog and a new user look for.

`config/README.md` names every file in `config/`; `.snakemake-workflow-catalog.yml` says how
the workflow is run (the flags a study needs, conda, the report); the default profile holds
only Snakemake options and never names a study.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[2]
SNAKEMAKE = Path(sys.executable).parent / "snakemake"


def test_when_config_holds_a_file_then_its_readme_says_what_it_is() -> None:
    readme = (REPO / "config/README.md").read_text(encoding="utf-8")
    files = sorted(
        str(p.relative_to(REPO / "config"))
        for p in (REPO / "config").rglob("*")
        if p.is_file() and p.name != "README.md"
    )
    assert files
    assert [f for f in files if f"| `{f}` |" not in readme] == []


def test_when_the_catalog_reads_the_workflow_then_its_usage_names_the_study_flags() -> None:
    catalog = yaml.safe_load((REPO / ".snakemake-workflow-catalog.yml").read_text())
    usage = catalog["usage"]
    assert "--configfile DIR/config.yaml" in usage["mandatory-flags"]["flags"]
    assert "--cores" in usage["mandatory-flags"]["flags"]
    stack = usage["software-stack-deployment"]
    assert set(stack) >= {"conda", "apptainer", "apptainer+conda"}
    if stack["conda"]:  # every rule's conda: env file exists
        assert (REPO / "envs/sealflow.yaml").is_file()
    assert usage["report"] is True and (REPO / "workflow/report/workflow.rst").is_file()


def test_when_the_default_profile_is_used_then_it_sets_snakemake_options_only() -> None:
    profile = yaml.safe_load((REPO / "workflow/profiles/default/config.yaml").read_text())
    shown = subprocess.run(
        [str(SNAKEMAKE), "--help"], capture_output=True, text=True, check=True
    ).stdout
    assert profile and [key for key in profile if f"--{key}" not in shown] == []
    # The study is always the command line's --configfile: a profile never names one.
    assert not {"configfile", "configfiles", "config", "directory"} & set(profile)
