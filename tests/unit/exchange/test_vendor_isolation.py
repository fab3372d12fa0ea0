"""Vendors isolated: own folders, and transcripts only for recordings sent to that vendor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from exchange_study import Study, write_study

from sealflow.exchange.flow import (
    make_outgoing,
    quarantined_from,
    receive_batches,
    send_batch,
    send_files,
)
from sealflow.exchange.vendors import open_vendor_transcripts
from sealflow.seal.keys import new_keys

VENDORS = ("vendor", "vendor2")


@pytest.fixture
def two_vendors(tmp_path: Path) -> Study:
    extra = {}
    for name in VENDORS:
        keys = new_keys(name, tmp_path / "parties" / name / "keys")
        extra[name] = {
            "role": "vendor", "country": "GB", "age_recipient": keys.recipient,
            "minisign_public_key": keys.minisign_public_key, "transport": "local",
            "dropbox": f"dropbox/{name}", "deletion_deadline_days": 7,
        }  # fmt: skip
    return write_study(tmp_path, extra)


def _vendor_sends(study: Study, vendor: str, files: dict[str, str], tmp_path: Path) -> None:
    plain = tmp_path / f"{vendor}-plain"
    plain.mkdir()
    for name, text in files.items():
        (plain / name).write_text(text)
    ctx = study.as_party(vendor)
    batch = study.root / f"parties/{vendor}/outgoing/transcripts"
    make_outgoing(ctx, "evaluator", "transcripts", sorted(plain.iterdir()), batch)
    send_batch(ctx, "evaluator", batch)


def test_when_a_vendor_sends_a_transcript_it_was_not_sent_then_it_is_quarantined_unopened(
    two_vendors: Study, tmp_path: Path
) -> None:
    ctx = two_vendors.context()
    recordings = tmp_path / "recordings"
    recordings.mkdir()
    (recordings / "INT-001.wav").write_bytes(b"RIFF")
    send_files(ctx, "vendor", "recordings", [recordings], tmp_path / "sent.json")
    _vendor_sends(two_vendors, "vendor", {"INT-001.txt": "vendor's", "INT-009.txt": "?"}, tmp_path)
    _vendor_sends(two_vendors, "vendor2", {"INT-001.txt": "replacement"}, tmp_path)
    for vendor in VENDORS:
        assert len(receive_batches(ctx, vendor).received) == 1
    out = two_vendors.root / "work/received"
    opened = open_vendor_transcripts(ctx, VENDORS, out)
    assert opened == {"vendor": [out / "vendor/INT-001.txt"], "vendor2": []}
    assert (out / "vendor/INT-001.txt").read_text() == "vendor's"
    assert list((out / "vendor2").iterdir()) == []
    for vendor, refused in (("vendor", "INT-009.txt.age"), ("vendor2", "INT-001.txt.age")):
        (reason,) = quarantined_from(ctx, vendor)
        assert reason["error"] == "TranscriptForUnsentRecording"
        assert refused in reason["reason"] and vendor in reason["reason"]
    quarantine = two_vendors.root / "work/exchange/quarantine"
    held = sorted(quarantine.iterdir())
    contents = sorted(sorted(p.name for p in folder.iterdir()) for folder in held)
    assert contents == [["INT-001.txt.age", "reason.json"], ["INT-009.txt.age", "reason.json"]]
    audit = [json.loads(line) for line in (two_vendors.root / "work/audit/audit.jsonl").open()]
    refusals = [e for e in audit if e["details"].get("error") == "TranscriptForUnsentRecording"]
    assert sorted(e["details"]["sender"] for e in refusals) == ["vendor", "vendor2"]
    open_vendor_transcripts(ctx, VENDORS, out)  # opened again: quarantined once
    assert sorted(quarantine.iterdir()) == held
