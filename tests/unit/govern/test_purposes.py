"""Every stage serves one declared purpose with its lawful basis, or the workflow refuses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from sealflow.errors import ConfigError
from sealflow.govern.purposes import STAGES, purpose_of_each_stage

REPO = Path(__file__).resolve().parents[3]
SHIPPED = yaml.safe_load((REPO / "config" / "config.yaml").read_text(encoding="utf-8"))


def _config(purposes: list[dict]) -> dict:
    return {"purposes": purposes}


def test_when_the_shipped_config_is_read_then_every_stage_has_one_purpose():
    served = purpose_of_each_stage(SHIPPED)
    assert set(served) == set(STAGES)
    assert served["deposit"].id == "archiving" and served["ingest"].lawful_basis == "public_task"


@pytest.mark.parametrize(
    "drop_stage, message",
    [("retention", r"no purpose serves the stage\(s\) retention"),
     ("scrub", r"no purpose serves the stage\(s\) scrub")],
)  # fmt: skip
def test_when_a_stage_has_no_purpose_then_the_error_names_it(drop_stage, message):
    purposes = [
        {**p, "stages": [s for s in p["stages"] if s != drop_stage]} for p in SHIPPED["purposes"]
    ]
    with pytest.raises(ConfigError, match=message):
        purpose_of_each_stage(_config(purposes))


def test_when_two_purposes_claim_a_stage_then_it_is_refused():
    purposes = [dict(p) for p in SHIPPED["purposes"]]
    purposes[1] = {**purposes[1], "stages": [*purposes[1]["stages"], "ingest"]}
    with pytest.raises(ConfigError, match=r"stage\(s\) ingest named by more than one purpose"):
        purpose_of_each_stage(_config(purposes))


def test_when_the_workflow_starts_without_a_purpose_for_a_stage_then_nothing_runs(tmp_path):
    study = tmp_path / "study"
    bin_dir = Path(sys.executable).parent
    subprocess.run([str(bin_dir / "sealflow"), "demo", "init", str(study), "--staff", "20"],
                   check=True, capture_output=True)  # fmt: skip
    raw = yaml.safe_load((study / "config.yaml").read_text(encoding="utf-8"))
    raw["purposes"] = [p for p in raw["purposes"] if p["id"] != "accountability"]
    (study / "config.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    before = sorted(str(p) for p in study.rglob("*"))
    ran = subprocess.run(
        [str(bin_dir / "snakemake"), "-s", str(REPO / "Snakefile"), "--cores", "1", "-n",
         "--configfile", str(study / "config.yaml")],
        capture_output=True, text=True, cwd=REPO,
    )  # fmt: skip
    assert ran.returncode != 0
    assert "no purpose serves the stage(s) keys, retention, rights" in ran.stdout + ran.stderr
    assert sorted(str(p) for p in study.rglob("*")) == before  # no stage ran
