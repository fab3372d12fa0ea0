"""The workflow's targets: the default one never sends; `plan` lists; `send` sends.

Dry runs (`snakemake -n`) on a demo study: which rules each target would run.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

REPO = Path(__file__).resolve().parents[3]
BIN = Path(sys.executable).parent
SEND_RULES = {"send_links", "send_tokens", "send_invitations", "transcription", "deletion_check"}


@pytest.fixture(scope="module")
def demo_config(tmp_path_factory: pytest.TempPathFactory) -> str:
    study = tmp_path_factory.mktemp("targets") / "study"
    subprocess.run(
        [str(BIN / "sealflow"), "demo", "init", str(study), "--staff", "20"],
        check=True,
        capture_output=True,
    )
    return str(study / "config.yaml")


def _rules_run(config: str, *targets: str) -> set[str]:
    # Targets before --configfile, which takes every word after it as a config file.
    ran = subprocess.run(
        [str(BIN / "snakemake"), "-n", *targets, "--cores", "1", "--configfile", config],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert ran.returncode == 0, ran.stderr[-2000:]
    return set(re.findall(r"^(?:local)?rule (\w+):", ran.stdout, re.MULTILINE))


@pytest.mark.parametrize(
    ("targets", "runs", "never"),
    [
        ((), {"plan", "links", "report"}, SEND_RULES),
        (("plan",), {"plan", "links"}, SEND_RULES),
        (("send",), SEND_RULES | {"send"}, {"report"}),
    ],
    ids=["default", "plan", "send"],
)
def test_when_a_target_is_built_then_only_the_send_target_sends(
    demo_config: str, targets: tuple[str, ...], runs: set[str], never: set[str]
) -> None:
    rules = _rules_run(demo_config, *targets)
    assert runs <= rules
    assert not rules & never


@pytest.fixture(scope="module")
def survey_only_config(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A demo study whose parties.yaml declares no vendor and that holds no transcripts."""
    study = tmp_path_factory.mktemp("survey_only") / "study"
    subprocess.run(
        [str(BIN / "sealflow"), "demo", "init", str(study), "--staff", "20"],
        check=True,
        capture_output=True,
    )
    parties_path = study / "parties.yaml"
    parties = yaml.safe_load(parties_path.read_text())
    parties["parties"] = {
        name: entry for name, entry in parties["parties"].items() if entry["role"] != "vendor"
    }
    parties_path.write_text(yaml.safe_dump(parties))
    # The demo lays out the vendor's transcripts as if opened; a survey-only study has none.
    shutil.rmtree(study / "work/received/vendor")
    shutil.rmtree(study / "work/recordings")
    return str(study / "config.yaml")


def test_when_no_vendor_is_declared_then_no_interview_stage_runs_and_the_run_says_why(
    survey_only_config: str,
) -> None:
    ran = subprocess.run(
        [str(BIN / "snakemake"), "-n", "--cores", "1", "--configfile", survey_only_config],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert ran.returncode == 0, ran.stderr[-2000:]
    rules = set(re.findall(r"^(?:local)?rule (\w+):", ran.stdout, re.MULTILINE))
    assert {"scrub_survey", "scrub_residual", "scrub_summary", "report"} <= rules
    assert not rules & {"open_transcripts", "scrub_transcripts", "quote_candidates"}
    off = [line for line in ran.stderr.splitlines() if " is off: " in line]
    stages = [line.split()[2] for line in off]
    assert stages == ["transcription", "scrub_transcripts", "quote_candidates"]
    assert all(line.startswith("sealflow: stage ") for line in off)


def test_when_interviews_are_not_recorded_yet_then_nothing_waits_on_recordings(
    tmp_path: Path,
) -> None:
    study = tmp_path / "study"
    subprocess.run(
        [str(BIN / "sealflow"), "demo", "init", str(study), "--staff", "20"],
        check=True,
        capture_output=True,
    )
    shutil.rmtree(study / "work/recordings")
    config = str(study / "config.yaml")
    ran = subprocess.run(
        [str(BIN / "snakemake"), "-n", "send", "--cores", "1", "--configfile", config],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert ran.returncode == 0, ran.stderr[-2000:]
    rules = set(re.findall(r"^(?:local)?rule (\w+):", ran.stdout, re.MULTILINE))
    assert {"send_links", "send_tokens"} <= rules
    assert not rules & {"transcription", "deletion_check"}
    assert "sealflow: stage transcription is off: no recordings in work/recordings" in ran.stderr
    assert {"plan", "report"} <= _rules_run(config)
