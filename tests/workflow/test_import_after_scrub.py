"""A transcript imported after the scrub ran is scrubbed by the next run (attack17 F4), and
so is a vendor's batch received after the import.

The attacker ran the scrub, brought in one more transcript with `sealflow import`, and ran
the scrub again: Snakemake said "Nothing to be done" (it dates the received folder by a
timestamp marker the import does not touch), and the gate "every document scrubbed" still
passed (it counted unreadable documents only). Here, on the demo study, the gate fails
at once in `sealflow report` and `sealflow status`, naming the file (never its text), and
the next `snakemake scrub` scrubs it; then the gate passes. After an import the workflow
also dropped its rule that opens the vendors' batches: a corrected transcript the vendor sent
in a later batch was received, never opened nor scrubbed, and no gate saw it. Here the gate
names it (by the name it opens under) until the same run opens and scrubs it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sealflow.config import load_config, load_parties
from sealflow.demo.exchange_sim import party_key_dir
from sealflow.exchange.flow import ExchangeContext, make_outgoing, send_batch

pytestmark = pytest.mark.workflow

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
STAFF = 60
NAME = "interview-bbbbbbbbbbbb.txt"
SURNAME = "Ollerenshaw"  # synthetic, planted in the imported transcript only
RESENT_SURNAME = "Quarrington"  # synthetic, planted in the vendor's corrected transcript
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


def _vendor_sends_a_correction(study: Path, tmp: Path) -> str:
    """The vendor sends, in a new signed batch, a corrected transcript of one of its own
    interviews; returns its file name."""
    config = load_config(study / "config.yaml")
    ctx = ExchangeContext.for_party(
        Path(config["root"]), load_parties(config), "vendor", party_key_dir(study, "vendor"),
        {"outgoing": "parties/vendor/sent", "records": "parties/vendor/records"},
    )  # fmt: skip
    name = next(p.name for p in sorted((study / "parties/vendor/outbox").glob("*.txt")))
    (tmp / name).write_text(
        "Interviewer: corrected.\n"
        f"Participant: I rang Peregrine {RESENT_SURNAME} at the welfare office.\n"
    )
    batch = study / "parties/vendor/sent/correction"
    make_outgoing(ctx, "evaluator", "transcripts", [tmp / name], batch)
    send_batch(ctx, "evaluator", batch)
    return name


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

    resent = f"vendor/{_vendor_sends_a_correction(study, tmp_path)}"
    received = subprocess.run(
        [str(BIN / "snakemake"), "results/exchange/received/vendor.json", "--forcerun",
         "receive", "--cores", "1", "--configfile", str(study / "config.yaml")],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert received.returncode == 0, received.stderr[-3000:]

    gate = _gate(study)
    assert not gate["passed"] and gate["figure"] == 2
    shown = _sealflow(study, "report").stderr
    assert f"fail  {GATE}: 2" in shown and NAME in shown and SURNAME not in shown
    assert NAME in gate["note"] and resent in gate["note"]
    assert SURNAME not in gate["note"] and RESENT_SURNAME not in gate["note"]
    status = _sealflow(study, "status")
    assert f"FAIL: {GATE}" in status.stdout and NAME in status.stdout, status.stdout
    assert resent in status.stdout
    assert SURNAME not in status.stdout + status.stderr

    again = _scrub(study)
    assert again.returncode == 0, again.stderr[-3000:]
    assert "Nothing to be done" not in again.stdout + again.stderr
    scrubbed = study / "work/scrub/transcripts" / NAME
    assert scrubbed.is_file()
    assert SURNAME not in scrubbed.read_text(encoding="utf-8")
    # the batch received after the import was opened, then scrubbed
    opened = (study / "work/received/vendor/transcripts" / resent).read_text(encoding="utf-8")
    assert RESENT_SURNAME in opened
    corrected = (study / "work/scrub/transcripts" / Path(resent).name).read_text("utf-8")
    assert "corrected" in corrected and RESENT_SURNAME not in corrected
    assert _gate(study)["passed"]
