"""A transcript imported after the scrub ran is scrubbed by the next run (attack17 F4).

The attacker ran the scrub, brought in one more transcript with `sealflow import`, and ran
the scrub again: Snakemake said "Nothing to be done" (it dates the received folder by a
timestamp marker the import does not touch), and the gate "every document scrubbed" still
passed (it counted unreadable documents only). Here, on the demo study, the gate fails
at once in `sealflow report` and `sealflow status`, naming the file (never its text), and
the next `snakemake scrub` scrubs it; then the gate passes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.workflow

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
STAFF = 60
NAME = "interview-bbbbbbbbbbbb.txt"
SURNAME = "Ollerenshaw"  # synthetic, planted in the imported transcript only
GATE = "every document scrubbed"


def _scrub(study: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN / "snakemake"), "scrub", *extra, "--cores", "2", "--configfile",
         str(study / "config.yaml")],
        cwd=REPO, capture_output=True, text=True, timeout=1200,
    )  # fmt: skip


def _sealflow(study: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN / "sealflow"), *args, "-c", str(study / "config.yaml")],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )  # fmt: skip


def _gate(study: Path) -> dict:
    reported = _sealflow(study, "report", "--json")
    assert reported.returncode in (0, 2), reported.stderr[-2000:]
    gates = json.loads(reported.stdout)["gates"]
    return next(g for g in gates if g["name"] == GATE)


def test_when_a_transcript_is_imported_late_then_the_gate_names_it_until_the_next_run_scrubs_it(
    tmp_path: Path,
) -> None:
    study = tmp_path / "study"
    subprocess.run(
        [str(BIN / "sealflow"), "demo", "init", str(study), "--staff", str(STAFF)],
        check=True, capture_output=True,
    )  # fmt: skip
    # The demo lays the vendors' transcripts out by hand; the workflow opens them from the
    # vendors' batches (leaving Snakemake's timestamp marker), as in the attacker's study.
    first = _scrub(study, "--forcerun", "open_transcripts")
    assert first.returncode == 0, first.stderr[-3000:]
    assert (study / "work/received/vendor/transcripts/.snakemake_timestamp").is_file()
    assert _gate(study)["passed"]

    delivered = tmp_path / NAME
    delivered.write_bytes(
        f"Interviewer: Who helped you?\r\nParticipant: I rang Peregrine {SURNAME} at the "
        "welfare office.\r\n".encode()
    )
    imported = _sealflow(study, "import", "--from", "vendor", str(delivered))
    assert imported.returncode == 0, imported.stderr[-2000:]

    gate = _gate(study)
    assert not gate["passed"] and gate["figure"] == 1
    shown = _sealflow(study, "report").stderr
    assert f"fail  {GATE}: 1" in shown and NAME in shown and SURNAME not in shown
    assert NAME in gate["note"] and SURNAME not in gate["note"]
    status = _sealflow(study, "status")
    assert f"FAIL: {GATE}" in status.stdout and NAME in status.stdout, status.stdout
    assert SURNAME not in status.stdout + status.stderr

    again = _scrub(study)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "Nothing to be done" not in again.stdout + again.stderr
    scrubbed = study / "work/scrub/transcripts" / NAME
    assert scrubbed.is_file()
    assert SURNAME not in scrubbed.read_text(encoding="utf-8")
    assert _gate(study)["passed"]
