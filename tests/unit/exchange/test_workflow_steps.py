"""The functions the workflow's exchange rules call: send, receive report, open, deletions."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from exchange_study import Study, write_study

from sealflow.errors import IntegrityError
from sealflow.exchange.flow import (
    check_deletions,
    make_outgoing,
    open_into,
    receive_to,
    send_batch,
    send_files,
)
from sealflow.exchange.followup import deletion_statuses
from sealflow.exchange.receipts import deletion_name, make_deletion_confirmation
from sealflow.seal.keys import new_keys
from sealflow.seal.minisign_keys import MinisignSecretKey


def _provider_sends(study: Study, files: list[Path]) -> None:
    provider = study.as_party("provider")
    batch = study.root / "parties/provider/outgoing/extract"
    make_outgoing(provider, "evaluator", "extract", files, batch)
    send_batch(provider, "evaluator", batch)


def test_when_rule_outputs_are_files_then_open_into_fills_them(
    study: Study, plain_files: list[Path]
) -> None:
    _provider_sends(study, plain_files)
    ctx = study.context()
    report = study.root / "results/exchange/received/provider.json"
    receive_to(ctx, "provider", report)
    assert "PSN-" not in report.read_text()
    outputs = [study.root / "work/received/provider" / p.name for p in plain_files]
    open_into(ctx, ["provider"], outputs)
    assert all(p.read_bytes() == q.read_bytes() for p, q in zip(outputs, plain_files, strict=True))


def test_when_expected_file_is_in_no_batch_then_open_into_says_which(
    study: Study, plain_files: list[Path]
) -> None:
    _provider_sends(study, plain_files[:1])
    ctx = study.context()
    receive_to(ctx, "provider", study.root / "results/exchange/received/provider.json")
    outputs = [study.root / "work/received/provider" / p.name for p in plain_files]
    with pytest.raises(IntegrityError, match=r"expected admin_extract\.csv from provider"):
        open_into(ctx, ["provider"], outputs)


def test_when_rule_output_is_a_folder_then_every_file_lands_in_it(
    study: Study, plain_files: list[Path]
) -> None:
    _provider_sends(study, plain_files)
    ctx = study.context()
    receive_to(ctx, "provider", study.root / "results/exchange/received/provider.json")
    folder = study.root / "work/received/provider/all"
    opened = open_into(ctx, ["provider"], [folder])
    assert sorted(p.name for p in opened) == sorted(p.name for p in plain_files)
    assert folder.stat().st_mode & 0o777 == 0o700


def test_when_a_folder_is_sent_then_its_files_form_one_batch(
    study: Study, plain_files: list[Path]
) -> None:
    ctx = study.context()
    record = send_files(
        ctx, "provider", "recordings", [plain_files[0].parent], study.root / "r.json"
    )
    assert sorted(f["name"] for f in record["files"]) == sorted(
        p.name + ".age" for p in plain_files
    )
    assert json.loads((study.root / "r.json").read_text())["batch_id"] == record["batch_id"]


@pytest.fixture
def vendor_study(tmp_path: Path) -> Study:
    keys = new_keys("vendor", tmp_path / "parties/vendor/keys")
    vendor = {
        "role": "vendor",
        "country": "GB",
        "age_recipient": keys.recipient,
        "minisign_public_key": keys.minisign_public_key,
        "transport": "local",
        "dropbox": "dropbox/vendor",
        "deletion_deadline_days": 7,
    }
    return write_study(tmp_path, {"vendor": vendor})


def _vendor_confirms(
    study: Study, batch_id: str, deleted_at: datetime, files: list[str] | None = None
) -> None:
    key = MinisignSecretKey.load(study.root / "parties/vendor/keys/vendor.minisign.key")
    data, sig = make_deletion_confirmation(batch_id, "vendor", key, deleted_at, files)
    folder = study.root / "dropbox/evaluator/confirmations"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / deletion_name(batch_id)).write_bytes(data)
    (folder / f"{deletion_name(batch_id)}.minisig").write_text(sig)


def _recordings(folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        (folder / name).write_bytes(b"RIFF synthetic audio")
    return [folder / name for name in names]


def _vendor_delivers(study: Study, names: list[str], tag: str) -> str:
    """The vendor seals transcripts to us through its drop-box; we receive them (the clock)."""
    files = []
    folder = study.root / f"parties/vendor/transcripts_{tag}"
    folder.mkdir(parents=True)
    for name in names:
        (folder / name).write_text("Interviewer: synthetic transcript\n")
        files.append(folder / name)
    vendor = study.as_party("vendor")
    batch = study.root / f"parties/vendor/outgoing/transcripts_{tag}"
    make_outgoing(vendor, "evaluator", "transcripts", files, batch)
    send_batch(vendor, "evaluator", batch)
    report = receive_to(study.context(), "vendor", study.root / "results/exchange/rx.json")
    (received,) = report.received
    return str(received["batch_id"])


@pytest.fixture
def sent_recordings(vendor_study: Study) -> Path:
    ctx = vendor_study.context()
    sent = vendor_study.root / "results/exchange/sent/recordings.json"
    files = _recordings(vendor_study.root / "rec", ["INT01.wav", "INT02.wav"])
    send_files(ctx, "vendor", "recordings", files, sent)
    return sent


def test_when_no_transcript_is_delivered_then_the_clock_has_not_started(
    vendor_study: Study, sent_recordings: Path
) -> None:
    statuses = deletion_statuses(
        vendor_study.context(), [sent_recordings], datetime.now(UTC) + timedelta(days=60)
    )
    assert [(d["status"], d["recordings"]) for d in statuses] == [
        ("awaiting_transcript", ["INT01.wav", "INT02.wav"])
    ]


@pytest.mark.parametrize(
    ("days_later", "confirmed_after_days", "expected"),
    [
        (3, None, "pending"),
        (8, None, "overdue"),
        (8, 6, "confirmed"),
        (12, 9, "late"),
    ],
)
def test_when_a_transcript_is_delivered_then_the_deadline_counts_from_its_delivery(
    vendor_study: Study,
    sent_recordings: Path,
    days_later: int,
    confirmed_after_days: int | None,
    expected: str,
) -> None:
    delivery = _vendor_delivers(vendor_study, ["INT01.docx"], "a")
    if confirmed_after_days is not None:
        deleted_at = datetime.now(UTC) + timedelta(days=confirmed_after_days)
        _vendor_confirms(vendor_study, delivery, deleted_at, ["INT01.wav", "INT01.docx"])
    now = datetime.now(UTC) + timedelta(days=days_later)
    statuses = deletion_statuses(vendor_study.context(), [sent_recordings], now)
    by_status = {d["status"]: d for d in statuses}
    assert set(by_status) == {expected, "awaiting_transcript"}
    assert by_status[expected]["recordings"] == ["INT01.wav"]
    assert by_status[expected]["transcripts"] == ["INT01.docx"]
    assert by_status["awaiting_transcript"]["recordings"] == ["INT02.wav"]


def test_when_recordings_were_sent_long_before_delivery_then_the_send_date_does_not_count(
    vendor_study: Study, sent_recordings: Path
) -> None:
    record = json.loads(sent_recordings.read_text())
    record["sent_at"] = (datetime.now(UTC) - timedelta(days=30)).isoformat()
    sent_recordings.write_text(json.dumps(record))
    _vendor_delivers(vendor_study, ["INT01.docx", "INT02.docx"], "a")
    statuses = deletion_statuses(vendor_study.context(), [sent_recordings])
    assert [d["status"] for d in statuses] == ["pending"]


def test_when_the_confirmation_omits_a_transcript_copy_then_incomplete_and_the_check_fails(
    vendor_study: Study, sent_recordings: Path
) -> None:
    delivery = _vendor_delivers(vendor_study, ["INT01.docx", "INT02.docx"], "a")
    _vendor_confirms(vendor_study, delivery, datetime.now(UTC), ["INT01.wav", "INT02.wav"])
    out = vendor_study.root / "results/exchange/deletion/recordings.json"
    with pytest.raises(IntegrityError, match=r"incomplete.*INT01\.docx, INT02\.docx"):
        check_deletions(vendor_study.context(), [sent_recordings], out)
    (written,) = json.loads(out.read_text())["deletions"]
    assert (written["status"], written["missing"]) == ("incomplete", ["INT01.docx", "INT02.docx"])
    assert "synthetic" not in out.read_text()


def test_when_the_workflow_checks_an_incomplete_deletion_then_it_warns_and_keeps_the_statuses(
    vendor_study: Study, sent_recordings: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    delivery = _vendor_delivers(vendor_study, ["INT01.docx", "INT02.docx"], "a")
    _vendor_confirms(vendor_study, delivery, datetime.now(UTC), ["INT01.wav", "INT02.wav"])
    out = vendor_study.root / "results/exchange/deletion/recordings.json"
    statuses = check_deletions(
        vendor_study.context(), [sent_recordings], out, raise_on_problem=False
    )
    assert [s["status"] for s in statuses] == ["incomplete"]
    assert json.loads(out.read_text())["deletions"][0]["status"] == "incomplete"
    warning = capsys.readouterr().err
    assert "incomplete" in warning and "INT01.docx" in warning and "synthetic" not in warning


def test_when_two_deliveries_then_each_has_its_own_clock_and_confirmation(
    vendor_study: Study, sent_recordings: Path
) -> None:
    first = _vendor_delivers(vendor_study, ["INT01.docx"], "a")
    second = _vendor_delivers(vendor_study, ["INT02.docx"], "b")
    _vendor_confirms(vendor_study, first, datetime.now(UTC), ["INT01.wav", "INT01.docx"])
    out = vendor_study.root / "results/exchange/deletion/recordings.json"
    statuses = check_deletions(vendor_study.context(), [sent_recordings], out)
    assert {d["batch_id"]: (d["status"], d["recordings"]) for d in statuses} == {
        first: ("confirmed", ["INT01.wav"]),
        second: ("pending", ["INT02.wav"]),
    }


@pytest.mark.parametrize(("days", "expected"), [(3, "overdue"), (14, "pending")])
def test_when_a_vendor_sets_its_own_deadline_then_that_many_days_count(
    vendor_study: Study, sent_recordings: Path, days: int, expected: str
) -> None:
    parties_path = vendor_study.root / "parties.yaml"
    parties = yaml.safe_load(parties_path.read_text())
    parties["parties"]["vendor"]["deletion_deadline_days"] = days
    parties_path.write_text(yaml.safe_dump(parties))
    _vendor_delivers(vendor_study, ["INT01.docx", "INT02.docx"], "a")
    now = datetime.now(UTC) + timedelta(days=5)
    statuses = deletion_statuses(vendor_study.context(), [sent_recordings], now)
    assert [d["status"] for d in statuses] == [expected]


def test_when_a_send_went_to_a_party_that_is_no_vendor_then_it_has_no_deletion_clock(
    vendor_study: Study, sent_recordings: Path, plain_files: list[Path]
) -> None:
    ctx = vendor_study.context()
    to_provider = vendor_study.root / "results/exchange/sent/links.json"
    send_files(ctx, "provider", "links", plain_files, to_provider)
    statuses = deletion_statuses(ctx, [to_provider, sent_recordings])
    assert {d["party"] for d in statuses} == {"vendor"}
