"""A recording goes to one vendor only (vendor isolation): once sent to any vendor, the
workflow's transcription send neither sends it to the transcriber as well nor again."""

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


def test_when_a_recording_was_sent_to_another_vendor_only_then_it_is_not_sent_to_the_transcriber(
    demo,
):
    ledger_path = demo / "work" / SENT_LEDGER
    kept = ledger_path.read_text()
    try:
        lines = [json.loads(line) for line in kept.splitlines() if line.strip()]
        transcriber = _transcription_items(demo)[0].to
        # forget the transcriber's own sends: what is left was sent to the other vendor
        others = [e for e in lines if e["to"] != transcriber]
        ledger_path.write_text("".join(json.dumps(e) + "\n" for e in others))
        elsewhere = {e["sha256"] for e in others if e["purpose"] == "recordings"}
        for item in _transcription_items(demo):
            expected = ALREADY_SENT if item.sha256 in elsewhere else TO_SEND
            assert item.status == expected
        assert elsewhere
    finally:
        ledger_path.write_text(kept)
