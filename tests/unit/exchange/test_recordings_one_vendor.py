"""A recording goes to one vendor only (vendor isolation): each vendor is sent the
recordings in its folder, so the workflow's transcription send neither sends vendor2's to
the transcriber as well nor any again."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sealflow.cli import main
from sealflow.config import load_config
from sealflow.exchange.context import ExchangeContext
from sealflow.exchange.plan import ALREADY_SENT, SENT_LEDGER, TO_SEND, current_plan
from sealflow.settings import StudySettings


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("vendors") / "study"
    main(["demo", "init", str(root), "--staff", "60", "--seed", "3"])
    return root


def _transcription_items(root: Path):
    ctx = ExchangeContext.from_config(root / "config.yaml")
    study = StudySettings.from_config(load_config(root / "config.yaml"))
    return [i for i in current_plan(ctx, study) if i.rule == "transcription"]


def test_when_the_demo_sent_each_vendor_its_recordings_then_the_plan_sends_none_again(demo):
    ledger = [
        json.loads(line)
        for line in (demo / "work" / SENT_LEDGER).read_text().splitlines()
        if line.strip()
    ]
    vendors = {e["to"] for e in ledger if e["purpose"] == "recordings"}
    assert len(vendors) == 2  # the demo's two vendors each had their own recordings
    items = _transcription_items(demo)
    assert items and all(i.status == ALREADY_SENT for i in items), [i.status for i in items]


def test_when_the_ledger_forgets_the_sends_then_each_vendor_is_to_be_sent_only_its_own(demo):
    """Per vendor by assignment, not by the guard: with no send remembered, each of the
    demo's recordings is planned for the one vendor whose folder holds it."""
    ledger_path = demo / "work" / SENT_LEDGER
    kept = ledger_path.read_text()
    lines = [json.loads(line) for line in kept.splitlines() if line.strip()]
    sent_to = {e["sha256"]: e["to"] for e in lines if e["purpose"] == "recordings"}
    try:
        ledger_path.write_text("".join(json.dumps(e) + "\n" for e in lines
                                       if e["purpose"] != "recordings"))  # fmt: skip
        items = _transcription_items(demo)
        assert {i.to for i in items} == {"vendor", "vendor2"}
        assert all(i.status == TO_SEND for i in items)
        assert {i.sha256: i.to for i in items} == sent_to  # where the demo sent each
        assert all((Path(i.file).parent.name == "vendor2") == (i.to == "vendor2") for i in items)
    finally:
        ledger_path.write_text(kept)
