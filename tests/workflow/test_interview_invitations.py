"""Interview invitations on the demo: drawn from those who agreed, sent only once approved.

A synthetic study (`sealflow demo init --staff 60`, whose config has an `interviews`
section) is taken by snakemake as far as the send plan. The invitation list must be drawn
only from consenting respondents who agreed to be contacted, listed in the plan as a send
to the provider, refused by the send rule until `sealflow plan approve`, then reach the
provider's drop-box sealed, open with the provider's own keys to exactly the list, and not
go again on a rerun.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from sealflow.config import load_config, load_parties
from sealflow.exchange.flow import ExchangeContext, open_received, receive_batches
from sealflow.ingest.tokens import survey_token

pytestmark = pytest.mark.workflow

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SENT = "results/exchange/sent/invitations.json"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=900)


def _snakemake(
    root: Path, *targets: str, forcerun: str | None = None
) -> subprocess.CompletedProcess:
    extra = ["--forcerun", forcerun] if forcerun else []
    # Targets before --configfile, which takes every word after it as a config file.
    return _run(str(BIN / "snakemake"), *targets, *extra, "--cores", "2",
                "--configfile", str(root / "config.yaml"))  # fmt: skip


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _invitation_batches(root: Path) -> list[str]:
    inbox = root / "dropbox/provider"
    return sorted(p.name for p in inbox.iterdir() if p.is_dir() and "-invitations-" in p.name)


@pytest.fixture(scope="module")
def study(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("invitations") / "study"
    made = _run(str(BIN / "sealflow"), "demo", "init", str(root), "--staff", "60")
    assert made.returncode == 0, made.stderr
    ran = _snakemake(root, "plan")
    assert ran.returncode == 0, ran.stderr[-4000:]
    return root


def test_when_the_demo_is_planned_then_invitees_all_agreed_to_be_contacted(study: Path) -> None:
    invited = [row["pseudonymous_id"] for row in _rows(study / "work/interviews/invitations.csv")]
    assert invited
    key = (study / "work/keys/survey_token.key").read_bytes()
    answers = {
        row["survey_token"]: row for row in _rows(study / "work/received/survey/survey_export.csv")
    }
    for pid in invited:
        row = answers[survey_token(key, pid)]
        assert (row["consent"], row["interview_contact"]) == ("yes", "yes")
    selection = json.loads((study / "results/interviews/selection.json").read_text())
    assert selection["invited"] == len(invited)
    plan = json.loads((study / "results/exchange/plan.json").read_text())
    (send,) = [s for s in plan["sends"] if s["purpose"] == "invitations"]
    assert (send["to"], send["status"], send["rows"]) == ("provider", "to send", len(invited))
    assert not any(pid in json.dumps(plan) for pid in invited)


def test_when_approved_then_the_invitations_reach_the_provider_sealed_once(study: Path) -> None:
    refused = _snakemake(study, SENT)
    assert refused.returncode != 0
    assert "not in an approved plan" in (study / "logs/exchange/send_invitations.log").read_text()
    assert _invitation_batches(study) == []

    approved = _run(str(BIN / "sealflow"), "plan", "approve", "--yes",
                    "--config", str(study / "config.yaml"))  # fmt: skip
    assert approved.returncode == 0, approved.stderr
    sent = _snakemake(study, SENT)
    assert sent.returncode == 0, sent.stderr[-4000:]
    (batch,) = _invitation_batches(study)
    invited = (study / "work/interviews/invitations.csv").read_text()
    for path in (study / "dropbox/provider" / batch).iterdir():
        assert not any(
            row["pseudonymous_id"].encode() in path.read_bytes()
            for row in _rows(study / "work/interviews/invitations.csv")
        )

    again = _snakemake(study, SENT, forcerun="send_invitations")
    assert again.returncode == 0, again.stderr[-4000:]
    assert json.loads((study / SENT).read_text())["status"] == "already sent"
    assert _invitation_batches(study) == [batch]

    config = load_config(study / "config.yaml")
    provider = ExchangeContext.for_party(
        study, load_parties(config), "provider", study / "parties/provider/keys",
        {"records": "parties/provider/records", "outgoing": "parties/provider/outgoing"},
    )  # fmt: skip
    assert [r["batch_id"] for r in receive_batches(provider, "evaluator").received] == [batch]
    opened = study / "parties/provider/opened"
    open_received(provider, "evaluator", opened, expect=["invitations.csv"])
    assert (opened / "invitations.csv").read_text() == invited
