"""Vendors isolated through the workflow: the attack of issue 10 on the demo's two vendors.

The demo's evaluator sent each vendor its recordings (results/exchange/sent/). Vendor2 then
returns, in a genuinely signed batch, a transcript for an interview sent to the other
vendor and one for an interview never sent to anyone. The run opens each vendor into its
own folder, refuses both forged members (quarantined with reason.json and an audit entry,
one warning line) and carries on with every genuine transcript.
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
TRANSCRIPTS = "work/received/vendor/transcripts"


def _sent_to(study: Path, vendor: str) -> list[str]:
    names = []
    for path in sorted((study / "results/exchange/sent").glob("*.json")):
        record = json.loads(path.read_text())
        if record["to"] == vendor:
            names += [f["name"].split(".")[0] for f in record["files"]]
    return names


def _vendor2_forges(study: Path, tmp: Path, stolen: str) -> None:
    config = load_config(study / "config.yaml")
    parties = load_parties(config)
    ctx = ExchangeContext.for_party(
        Path(config["root"]), parties, "vendor2", party_key_dir(study, "vendor2"),
        {"outgoing": "parties/vendor2/sent", "records": "parties/vendor2/records"},
    )  # fmt: skip
    forged = []
    for name in (stolen, "interview-000000000999.txt"):
        forged.append(tmp / name)
        forged[-1].write_text("Interviewer: forged by vendor2\n")
    batch = study / "parties/vendor2/sent/forged-batch"
    make_outgoing(ctx, "evaluator", "transcripts", forged, batch)
    send_batch(ctx, "evaluator", batch)


@pytest.fixture(scope="module")
def attacked(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, str, subprocess.CompletedProcess]:
    tmp = tmp_path_factory.mktemp("vendors")
    study = tmp / "study"
    subprocess.run(
        [str(BIN / "sealflow"), "demo", "init", str(study), "--staff", str(STAFF)],
        check=True, capture_output=True,
    )  # fmt: skip
    # vendor's own transcript of one of its interviews, by name (what vendor2 replaces)
    stolen = sorted(p.name for p in (study / "parties/vendor/outbox").iterdir())[0]
    assert stolen.split(".")[0] in _sent_to(study, "vendor")
    assert stolen.split(".")[0] not in _sent_to(study, "vendor2")
    _vendor2_forges(study, tmp, stolen)
    # The demo laid out the transcripts as well: receiving the vendors' batches (as the
    # default target does) is what reopens them.
    targets = [f"results/exchange/received/{vendor}.json" for vendor in ("vendor", "vendor2")]
    ran = subprocess.run(
        [str(BIN / "snakemake"), *targets, TRANSCRIPTS, "--cores", "2",
         "--configfile", str(study / "config.yaml")],
        cwd=REPO, capture_output=True, text=True, timeout=900,
    )  # fmt: skip
    return study, stolen, ran


def test_when_vendor2_returns_transcripts_it_was_not_sent_then_they_are_refused_and_the_run_goes_on(
    attacked: tuple[Path, str, subprocess.CompletedProcess],
) -> None:
    study, stolen, ran = attacked
    assert ran.returncode == 0, ran.stderr[-3000:]
    folder = study / TRANSCRIPTS
    genuine = folder / "vendor" / stolen
    assert genuine.read_bytes() == (study / "parties/vendor/outbox" / stolen).read_bytes()
    opened = {p.parent.name: p.stem for p in folder.rglob("interview-*")}
    assert "interview-000000000999" not in {p.stem for p in folder.rglob("*")}
    assert sorted(p.stem for p in (folder / "vendor2").iterdir()) == sorted(
        _sent_to(study, "vendor2")
    )
    assert set(opened) == {"vendor", "vendor2"}
    (warning,) = [line for line in ran.stderr.splitlines() if "never sent to vendor2" in line]
    assert f"{stolen}.age" in warning and "interview-000000000999.txt.age" in warning


def test_when_vendor2_was_refused_then_quarantine_and_audit_log_say_what_and_why(
    attacked: tuple[Path, str, subprocess.CompletedProcess],
) -> None:
    study, stolen, _ = attacked
    (held,) = (study / "work/exchange/quarantine").iterdir()
    assert sorted(p.name for p in held.iterdir()) == sorted(
        [f"{stolen}.age", "interview-000000000999.txt.age", "reason.json"]
    )
    reason = json.loads((held / "reason.json").read_text())
    assert (reason["sender_expected"], reason["error"]) == (
        "vendor2",
        "TranscriptForUnsentRecording",
    )
    audit = [json.loads(line) for line in (study / "work/audit/audit.jsonl").open()]
    refusals = [e for e in audit if e["details"].get("error") == "TranscriptForUnsentRecording"]
    assert [(e["details"]["sender"], e["details"]["files"]) for e in refusals] == [("vendor2", 2)]
