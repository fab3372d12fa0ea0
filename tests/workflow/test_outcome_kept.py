"""A failed outcome keeps the release already in results/outcome/ (attack18 G8).

Snakemake removes a failed job's outputs; the outcome is therefore built in the workspace
(rule outcome_build) and published only once it passed. Here it fails for a cause the job
graph cannot see in advance (a corrupt release history), and the earlier release stays.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.workflow

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _run(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        args, cwd=REPO, capture_output=True, text=True, timeout=900,
        preexec_fn=lambda: os.umask(0o022),
    )  # fmt: skip


def test_when_the_outcome_fails_then_the_earlier_release_is_unchanged_and_the_log_named(
    tmp_path,
):
    study = tmp_path / "study"
    made = _run([str(BIN / "sealflow"), "demo", "init", str(study), "--staff", "20"])
    assert made.returncode == 0, made.stderr
    snakemake = [
        str(BIN / "snakemake"),
        "-c1",
        "outcome",
        "--configfile",
        str(study / "config.yaml"),
    ]
    first = _run(snakemake)
    assert first.returncode == 0, first.stderr[-3000:]
    released = {p.name: p.read_bytes() for p in (study / "results/outcome").iterdir()}
    assert {"checks.json", "quotes.csv"} < set(released)
    (study / "work/outcome/release_history.json").write_text('{"releases": [')
    # Build the outcome again (from the quote candidates down, as an edited transcript would).
    failed = _run([*snakemake, "--forcerun", "quote_candidates"])
    assert failed.returncode != 0
    assert {p.name: p.read_bytes() for p in (study / "results/outcome").iterdir()} == released
    log = study / "logs/outcome/outcome.log"
    assert "release_history.json: not valid JSON" in log.read_text()
    assert f"this rule's log: {log}" in failed.stdout + failed.stderr
