"""Vendors isolated: own folders, and transcripts only for recordings sent to that vendor."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from exchange_study import Study, write_study

from sealflow.errors import DocumentError
from sealflow.exchange.flow import (
    make_outgoing,
    quarantined_from,
    receive_batches,
    receive_to,
    send_batch,
    send_files,
)
from sealflow.exchange.vendors import open_transcripts_into, open_vendor_transcripts
from sealflow.scrub.batch import list_documents
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
    shutil.rmtree(plain, ignore_errors=True)
    plain.mkdir()
    for name, text in files.items():
        (plain / name).write_text(text)
    ctx = study.as_party(vendor)
    batch = study.root / f"parties/{vendor}/outgoing/transcripts-{len(files)}"
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


def _send_recordings(study: Study, vendor: str, names: list[str], tmp_path: Path) -> None:
    recordings = tmp_path / f"recordings-{vendor}"
    recordings.mkdir()
    for name in names:
        (recordings / name).write_bytes(b"RIFF")
    send_files(study.context(), vendor, "recordings", [recordings], tmp_path / f"{vendor}.json")


def test_when_a_vendors_members_were_refused_then_its_later_batches_still_open(
    two_vendors: Study, tmp_path: Path
) -> None:
    ctx = two_vendors.context()
    _send_recordings(two_vendors, "vendor", ["INT-001.wav"], tmp_path)
    _send_recordings(two_vendors, "vendor2", ["INT-002.wav"], tmp_path)
    # the attack: vendor2 returns vendor's interview and one never sent to anyone
    _vendor_sends(two_vendors, "vendor2", {"INT-001.txt": "forged", "INT-777.vtt": "?"}, tmp_path)
    _vendor_sends(two_vendors, "vendor", {"INT-001.txt": "vendor's"}, tmp_path)
    receive_to(ctx, "vendor2", tmp_path / "r1.json")
    receive_to(ctx, "vendor", tmp_path / "r0.json")
    out = two_vendors.root / "work/received/transcripts"
    warnings: list[str] = []
    opened = open_transcripts_into(ctx, VENDORS, out, warn=warnings.append)
    assert opened == [out / "vendor/INT-001.txt"]
    (warning,) = warnings
    assert "\n" not in warning and "vendor2" in warning
    assert "INT-001.txt.age" in warning and "INT-777.vtt.age" in warning
    # vendor2's later, honest batch is received (not held by the refusal) and opens
    _vendor_sends(two_vendors, "vendor2", {"INT-002.vtt": "WEBVTT"}, tmp_path)
    report = receive_to(ctx, "vendor2", tmp_path / "r2.json")
    assert len(report.received) == 1
    warnings.clear()
    opened = open_transcripts_into(ctx, VENDORS, out, warn=warnings.append)
    assert sorted(opened) == [out / "vendor/INT-001.txt", out / "vendor2/INT-002.vtt"]
    assert warnings == []  # the refusal was warned about once, when first quarantined
    assert (out / "vendor/INT-001.txt").read_text() == "vendor's"


def test_when_transcripts_are_in_vendor_folders_then_the_scrub_reads_them_all(
    tmp_path: Path,
) -> None:
    for relative in ("vendor/INT-001.txt", "vendor2/INT-002.vtt", "INT-003.srt"):
        (tmp_path / relative).parent.mkdir(exist_ok=True)
        (tmp_path / relative).write_text("x")
    (tmp_path / "vendor2/.hidden.txt").write_text("x")
    names = [p.name for p in list_documents(tmp_path)]
    assert names == ["INT-001.txt", "INT-002.vtt", "INT-003.srt"]


def test_when_two_vendor_folders_hold_one_name_then_the_scrub_refuses_rather_than_overwrite(
    tmp_path: Path,
) -> None:
    for vendor in VENDORS:
        (tmp_path / vendor).mkdir()
        (tmp_path / vendor / "INT-001.txt").write_text(vendor)
    with pytest.raises(DocumentError, match="same name"):
        list_documents(tmp_path)
