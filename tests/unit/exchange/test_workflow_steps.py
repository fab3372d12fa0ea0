"""The functions the workflow's exchange rules call: send, receive report, open, deletions."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
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


def _vendor_confirms(study: Study, batch_id: str, deleted_at: datetime) -> None:
    key = MinisignSecretKey.load(study.root / "parties/vendor/keys/vendor.minisign.key")
    data, sig = make_deletion_confirmation(batch_id, "vendor", key, deleted_at)
    folder = study.root / "dropbox/evaluator/confirmations"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / deletion_name(batch_id)).write_bytes(data)
    (folder / f"{deletion_name(batch_id)}.minisig").write_text(sig)


def test_when_vendor_confirms_deletion_in_time_then_confirmed_else_pending(
    vendor_study: Study, plain_files: list[Path]
) -> None:
    ctx = vendor_study.context()
    sent = vendor_study.root / "results/exchange/sent/recordings.json"
    record = send_files(ctx, "vendor", "recordings", plain_files, sent)
    out = vendor_study.root / "results/exchange/deletion/recordings.json"
    assert [d["status"] for d in check_deletions(ctx, [sent], out)] == ["pending"]
    _vendor_confirms(vendor_study, record["batch_id"], datetime.now(UTC))
    assert [d["status"] for d in check_deletions(ctx, [sent], out)] == ["confirmed"]


def test_when_deletion_deadline_passed_unconfirmed_then_check_fails(
    vendor_study: Study, plain_files: list[Path]
) -> None:
    ctx = vendor_study.context()
    sent = vendor_study.root / "results/exchange/sent/recordings.json"
    send_files(ctx, "vendor", "recordings", plain_files, sent)
    record = json.loads(sent.read_text())
    record["sent_at"] = (datetime.now(UTC) - timedelta(days=8)).isoformat()
    sent.write_text(json.dumps(record))
    out = vendor_study.root / "results/exchange/deletion/recordings.json"
    with pytest.raises(IntegrityError, match="is overdue"):
        check_deletions(ctx, [sent], out)
    assert json.loads(out.read_text())["deletions"][0]["status"] == "overdue"
