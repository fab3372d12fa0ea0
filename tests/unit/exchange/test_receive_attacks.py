"""Receiving what an attacker or a broken sender leaves: authenticate first, open before acking.

Each case is a batch that crashed `receive`, was receipted without being openable, or
blocked the sender's later batches; each now is quarantined with a reason and an audit
entry, and the good batch after it is received.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from exchange_study import Study

from sealflow.errors import IntegrityError
from sealflow.exchange.flow import (
    collect_receipts,
    make_outgoing,
    open_received,
    receive_batches,
    receive_to,
    send_batch,
)
from sealflow.exchange.receipts import read_signed, verify_receipt
from sealflow.exchange.replay import ReplayRegister
from sealflow.seal.age import seal_file
from sealflow.seal.minisign import sign_bytes
from sealflow.seal.minisign_keys import MinisignSecretKey


def _dropbox(study: Study) -> Path:
    return study.root / "dropbox/evaluator"


def _good_batch(study: Study, plain_files: list[Path], purpose: str = "extract") -> dict:
    provider = study.as_party("provider")
    batch = study.root / "parties/provider/outgoing" / purpose
    make_outgoing(provider, "evaluator", purpose, plain_files, batch)
    return send_batch(provider, "evaluator", batch)


def _signed_batch(
    study: Study, batch_id: str, files: dict[str, bytes], created: str = "2026-01-01T00:00:00+00:00"
) -> Path:
    """A batch the provider really signed, whatever its members hold, are called or say."""
    folder = _dropbox(study) / batch_id
    folder.mkdir(parents=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    body = {
        "format": "sealflow-batch/1",
        "batch_id": batch_id,
        "sender": "provider",
        "recipient": "evaluator",
        "purpose": "extract",
        "created": created,
        "files": [
            {"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()}
            for n, d in files.items()
        ],
    }
    data = json.dumps(body).encode()
    key = MinisignSecretKey.load(study.root / "parties/provider/keys/provider.minisign.key")
    (folder / "manifest.json").write_bytes(data)
    (folder / "manifest.json.minisig").write_text(sign_bytes(data, key, "provider"))
    return folder


def _sealed(study: Study, tmp_path: Path, text: bytes) -> bytes:
    plain, sealed = tmp_path / "p.csv", tmp_path / "p.csv.age"
    plain.write_bytes(text)
    recipient = study.parties["parties"]["evaluator"]["age_recipient"]
    seal_file(plain, sealed, [recipient])
    return sealed.read_bytes()


def _audit_lines(study: Study) -> list[dict]:
    log = study.root / "work/audit/audit.jsonl"
    return [json.loads(line) for line in log.read_text().splitlines()]


@pytest.mark.parametrize(
    "signature",
    [None, "untrusted comment: x\nnot base64\ntrusted comment: y\nzz\n", "\xff" * 100],
    ids=["no-key-id", "garbage", "binary"],
)
def test_when_an_unsigned_deeply_nested_manifest_comes_first_then_it_is_quarantined_and_the_good_batch_received(  # noqa: E501
    study: Study, plain_files: list[Path], signature: str | None
) -> None:
    bad = _dropbox(study) / "20250101T000000Z-provider-extract-00000000"
    bad.mkdir(parents=True)
    (bad / "manifest.json").write_bytes(b"[" * 10_000)
    stranger = sign_bytes(b"[" * 10_000, MinisignSecretKey.generate())
    (bad / "manifest.json.minisig").write_text(signature or stranger)
    sent = _good_batch(study, plain_files)
    report = receive_batches(study.context(), "provider")
    assert [r["batch_id"] for r in report.received] == [sent["batch_id"]]
    (quarantined,) = report.quarantined
    assert quarantined["error"] == "SignatureError"
    reason = json.loads((study.root / quarantined["folder"] / "reason.json").read_text())
    assert reason["batch"] == bad.name and "nothing in it was read" in reason["reason"]
    audited = [e for e in _audit_lines(study) if e["subject"] == bad.name]
    assert audited and audited[0]["details"]["quarantined"] is True
    assert not bad.exists()


def test_when_a_manifest_is_larger_than_allowed_then_quarantined_before_its_signature(
    study: Study, plain_files: list[Path]
) -> None:
    bad = _dropbox(study) / "20250101T000000Z-provider-extract-00000001"
    bad.mkdir(parents=True)
    (bad / "manifest.json").write_bytes(b" " * (1024 * 1024 + 1))
    (bad / "manifest.json.minisig").write_text("x")
    _good_batch(study, plain_files)
    report = receive_batches(study.context(), "provider")
    assert len(report.received) == 1
    assert "more than the 1048576 allowed" in report.quarantined[0]["reason"]


def test_when_a_signed_manifest_is_deeply_nested_then_one_integrity_error(
    study: Study, tmp_path: Path
) -> None:
    folder = _signed_batch(study, "20250101T000000Z-provider-extract-00000002", {})
    data = b'{"files": ' + b"[" * 100 + b"]" * 100 + b"}"
    key = MinisignSecretKey.load(study.root / "parties/provider/keys/provider.minisign.key")
    (folder / "manifest.json").write_bytes(data)
    (folder / "manifest.json.minisig").write_text(sign_bytes(data, key))
    report = receive_batches(study.context(), "provider")
    assert "nested deeper than 16 levels" in report.quarantined[0]["reason"]


def _truncated(study: Study, tmp_path: Path) -> dict[str, bytes]:
    return {"roster.csv.age": _sealed(study, tmp_path, b"id\nPSN-1\n" * 5000)[:-40]}


def _not_age(study: Study, tmp_path: Path) -> dict[str, bytes]:
    return {"roster.csv.age": b"id\nPSN-0000000001\n"}


def _not_for_us(study: Study, tmp_path: Path) -> dict[str, bytes]:
    plain, sealed = tmp_path / "x.csv", tmp_path / "x.csv.age"
    plain.write_text("x\n")
    seal_file(plain, sealed, [study.parties["parties"]["survey"]["age_recipient"]])
    return {"roster.csv.age": sealed.read_bytes()}


def _bare_age(study: Study, tmp_path: Path) -> dict[str, bytes]:
    return {".age": _sealed(study, tmp_path, b"x\n")}


def _manifest_age(study: Study, tmp_path: Path) -> dict[str, bytes]:
    return {"manifest.json.age": _sealed(study, tmp_path, b"x\n")}


def _opens_onto_another(study: Study, tmp_path: Path) -> dict[str, bytes]:
    return {"a.csv.age": _sealed(study, tmp_path, b"x\n"), "a.csv": b"y\n"}


def _case_clash(study: Study, tmp_path: Path) -> dict[str, bytes]:
    return {
        "a.csv.age": _sealed(study, tmp_path, b"x\n"),
        "A.CSV.age": _sealed(study, tmp_path, b"y\n"),
    }


@pytest.mark.parametrize(
    ("make_files", "error", "message"),
    [
        (_truncated, "DecryptionError", "roster.csv.age"),
        (_not_age, "DecryptionError", "roster.csv.age"),
        (_not_for_us, "DecryptionError", "no identity matches"),
        (_bare_age, "PathSafetyError", "is empty"),
        (_manifest_age, "PathSafetyError", "reserved"),
        (_opens_onto_another, "PathSafetyError", "does not end in .age"),
        (_case_clash, "IntegrityError", "would open onto the same file"),
    ],
    ids=["truncated", "not-age", "not-for-us", "bare-age", "manifest-age", "onto-another",
         "case-clash"],
)  # fmt: skip
def test_when_a_signed_batch_cannot_be_opened_then_rejected_with_a_signed_receipt_and_later_batches_flow(  # noqa: E501
    study: Study, plain_files: list[Path], tmp_path: Path, make_files, error: str, message: str
) -> None:
    batch_id = "20250101T000000Z-provider-extract-0000000b"
    _signed_batch(study, batch_id, make_files(study, tmp_path))
    sent = _good_batch(study, plain_files)
    ctx = study.context()
    report = receive_batches(ctx, "provider")
    assert [r["batch_id"] for r in report.received] == [sent["batch_id"]]
    assert [q["error"] for q in report.quarantined] == [error]
    assert message in report.quarantined[0]["reason"]
    receipt = study.root / "dropbox/provider/receipts" / f"{batch_id}.receipt.json"
    data, signature = read_signed(receipt)
    manifest = (study.root / report.quarantined[0]["folder"] / "manifest.json").read_bytes()
    body = verify_receipt(
        data, signature, study.parties["parties"]["evaluator"]["minisign_public_key"],
        batch_id, hashlib.sha256(manifest).hexdigest(), str(receipt),
    )  # fmt: skip
    assert body["status"] == "rejected" and error in body["reason"]
    assert str(study.root) not in body["reason"]  # our folders are not the sender's business
    assert set(body["audit_head"]) == {"seq", "mac"}  # an anchor of our log
    out = study.root / "work/received/provider"
    opened = open_received(ctx, "provider", out)  # only the good batch was kept
    assert sorted(p.name for p in opened) == sorted(p.name for p in plain_files)


def test_when_receiving_fails_before_the_receipt_is_signed_then_the_batch_stays_receivable(
    study: Study, plain_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    sent = _good_batch(study, plain_files)
    ctx = study.context()

    def crash(*args: object, **kwargs: object) -> object:
        raise KeyboardInterrupt  # the process dies just before signing

    monkeypatch.setattr("sealflow.exchange.receiving.make_receipt", crash)
    with pytest.raises(KeyboardInterrupt):
        receive_batches(ctx, "provider")
    assert not ReplayRegister(ctx.path("replay_register")).seen(sent["batch_id"])
    monkeypatch.undo()
    report = receive_batches(study.context(), "provider")
    assert [r["batch_id"] for r in report.received] == [sent["batch_id"]]


def test_when_a_batch_is_received_then_its_receipt_and_manifest_carry_the_audit_heads(
    study: Study, plain_files: list[Path]
) -> None:
    sent = _good_batch(study, plain_files)
    ctx = study.context()
    ctx.record_audit("read", "work/something-before")
    receive_batches(ctx, "provider")
    receipt = study.root / "results/exchange/receipts" / f"{sent['batch_id']}.receipt.json"
    body = json.loads(receipt.read_text())
    assert body["status"] == "accepted"
    entries = _audit_lines(study)
    assert body["audit_head"] == {"seq": entries[-2]["seq"], "mac": entries[-2]["mac"]}
    outgoing = study.root / "work/exchange/outgoing/x"
    make_outgoing(ctx, "provider", "links", plain_files[:1], outgoing)
    manifest = json.loads((outgoing / "manifest.json").read_text())
    assert manifest["audit_head"]["seq"] == len(entries)


def test_when_a_sent_batch_is_rejected_then_the_sender_sees_rejected_and_why(
    study: Study, plain_files: list[Path]
) -> None:
    sent = _good_batch(study, plain_files)
    target = _dropbox(study) / sent["batch_id"] / "roster.csv.age"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    assert receive_batches(study.context(), "provider").quarantined
    (status,) = collect_receipts(study.as_party("provider"), "evaluator")
    assert status["status"] == "rejected" and "SHA-256" in status["reason"]


def test_when_a_quarantine_reason_is_edited_into_garbage_then_the_stage_still_holds(
    study: Study, plain_files: list[Path]
) -> None:
    sent = _good_batch(study, plain_files)
    (_dropbox(study) / sent["batch_id"] / "roster.csv.age").write_bytes(b"not age")
    ctx = study.context()
    (quarantined,) = receive_batches(ctx, "provider").quarantined
    (study.root / quarantined["folder"] / "reason.json").write_bytes(b"[" * 50_000)
    with pytest.raises(IntegrityError, match=r"in quarantine.*reason\.json is unreadable"):
        receive_to(ctx, "provider", study.root / "results/exchange/received/provider.json")


def test_when_a_member_is_deleted_from_a_signed_batch_then_it_is_quarantined_and_later_batches_flow(
    study: Study, plain_files: list[Path], tmp_path: Path
) -> None:
    """attack17 F3: deleting one member (no key needed) stopped every receive on a bare OS error."""
    batch_id = "20250101T000000Z-provider-extract-0000000e"
    sealed = _sealed(study, tmp_path, b"id\nPSN-1\n")
    folder = _signed_batch(study, batch_id, {"roster.csv.age": sealed, "admin.csv.age": sealed})
    (folder / "admin.csv.age").unlink()
    sent = _good_batch(study, plain_files)
    ctx = study.context()
    report = receive_batches(ctx, "provider")
    assert [r["batch_id"] for r in report.received] == [sent["batch_id"]]
    (quarantined,) = report.quarantined
    assert quarantined["error"] == "IntegrityError"
    reason = json.loads((study.root / quarantined["folder"] / "reason.json").read_text())
    assert reason["batch"] == batch_id
    assert "lists 'admin.csv.age'" in reason["reason"] and "no such file" in reason["reason"]
    assert "send those files again in a new batch" in reason["reason"]
    audited = [e for e in _audit_lines(study) if e["subject"] == batch_id]
    assert audited and audited[0]["details"]["receipt"] == "rejected"
    receipt = study.root / "dropbox/provider/receipts" / f"{batch_id}.receipt.json"
    body = json.loads(read_signed(receipt)[0])
    assert body["status"] == "rejected" and "admin.csv.age" in body["reason"]
    assert not folder.exists()
    again = _good_batch(study, plain_files, purpose="links")
    assert [r["batch_id"] for r in receive_batches(ctx, "provider").received] == [again["batch_id"]]


def _stamp(ahead: timedelta) -> str:
    return (datetime.now(UTC) + ahead).strftime("%Y%m%dT%H%M%SZ")


def _iso(ahead: timedelta) -> str:
    return (datetime.now(UTC) + ahead).isoformat(timespec="seconds")


@pytest.mark.parametrize(
    ("batch_id", "created", "message"),
    [
        ("20990101T000000Z-provider-extract-deadbeef", None, "batch id is dated 2099-01-01 00:00"),
        (f"{_stamp(timedelta(days=2))}-provider-extract-0000000f", None, "batch id is dated"),
        (None, "2099-01-01T01:00:00+01:00", "created is dated 2099-01-01 00:00 UTC"),
        ("zz-provider-extract-0000000f", None, "does not start with its UTC creation time"),
        ("20261399T000000Z-provider-extract-0000000f", None, "does not start with its UTC"),
    ],
    ids=["2099-id", "two-days-ahead", "2099-created", "no-time", "no-such-date"],
)
def test_when_a_signed_batch_is_dated_in_the_future_then_it_is_refused_and_later_batches_flow(
    study: Study, plain_files: list[Path], tmp_path: Path, batch_id, created, message: str
) -> None:
    """attack17 F6: a batch dated 2099 was received, and would outrank every later file."""
    batch_id = batch_id or "20250101T000000Z-provider-extract-0000000f"
    sealed = {"roster.csv.age": _sealed(study, tmp_path, b"id\nPSN-1\n")}
    _signed_batch(study, batch_id, sealed, created or _iso(timedelta(0)))
    sent = _good_batch(study, plain_files)
    report = receive_batches(study.context(), "provider")
    assert [r["batch_id"] for r in report.received] == [sent["batch_id"]]
    (quarantined,) = report.quarantined
    assert quarantined["batch_id"] == batch_id and message in quarantined["reason"]
    assert "send the" in quarantined["reason"] and "again" in quarantined["reason"]
    receipt = study.root / "dropbox/provider/receipts" / f"{batch_id}.receipt.json"
    assert json.loads(read_signed(receipt)[0])["status"] == "rejected"


def test_when_a_senders_clock_is_hours_ahead_then_its_batch_is_still_received(
    study: Study, tmp_path: Path
) -> None:
    """A clock in the wrong time zone (up to 14 hours ahead) is within the day allowed."""
    batch_id = f"{_stamp(timedelta(hours=14))}-provider-extract-00000010"
    sealed = {"roster.csv.age": _sealed(study, tmp_path, b"id\nPSN-1\n")}
    _signed_batch(study, batch_id, sealed, _iso(timedelta(hours=14)))
    report = receive_batches(study.context(), "provider")
    assert [r["batch_id"] for r in report.received] == [batch_id] and not report.quarantined


def test_when_a_batch_is_quarantined_then_its_reason_names_the_drop_box_it_was_found_in(
    study: Study, tmp_path: Path
) -> None:
    """attack17 F6: the reason named the provider's drop-box, where we send, not ours."""
    batch_id = "20250101T000000Z-provider-extract-00000011"
    (_signed_batch(study, batch_id, {"roster.csv.age": b"x"}) / "roster.csv.age").unlink()
    (quarantined,) = receive_batches(study.context(), "provider").quarantined
    assert quarantined["reason"].startswith(f"drop-box dropbox/evaluator: {batch_id}/")
    assert "dropbox/provider" not in quarantined["reason"]


@pytest.mark.parametrize("unsafe", ["../evil.csv.age", "/tmp/pwned.csv.age"])
def test_when_a_signed_manifest_names_an_unsafe_file_then_a_signed_rejected_receipt_and_a_spent_id(
    study: Study, plain_files: list[Path], tmp_path: Path, unsafe: str
) -> None:
    """The new user's 3a/3b (D8): refused before anything was opened, as before, but with
    no receipt and no replay-register entry, unlike every other refusal of a verified
    manifest (FORMAT.md: such a batch also gets a signed receipt with status rejected)."""
    batch_id = "20250101T000000Z-provider-extract-0000000f"
    folder = _signed_batch(study, batch_id, {"roster.csv.age": _sealed(study, tmp_path, b"x\n")})
    body = json.loads((folder / "manifest.json").read_bytes())
    body["files"][0]["name"] = unsafe
    data = json.dumps(body).encode()
    key = MinisignSecretKey.load(study.root / "parties/provider/keys/provider.minisign.key")
    (folder / "manifest.json").write_bytes(data)
    (folder / "manifest.json.minisig").write_text(sign_bytes(data, key, "provider"))
    sent = _good_batch(study, plain_files)
    report = receive_batches(study.context(), "provider")
    assert [r["batch_id"] for r in report.received] == [sent["batch_id"]]
    (quarantined,) = report.quarantined
    assert quarantined["error"] == "PathSafetyError" and "path separator" in quarantined["reason"]
    receipt = study.root / "dropbox/provider/receipts" / f"{batch_id}.receipt.json"
    signed, signature = read_signed(receipt)
    receipt_body = verify_receipt(
        signed, signature, study.parties["parties"]["evaluator"]["minisign_public_key"],
        batch_id, hashlib.sha256(data).hexdigest(), str(receipt),
    )  # fmt: skip
    assert receipt_body["status"] == "rejected" and "path separator" in receipt_body["reason"]
    assert receipt_body["files"] == []  # no name from a refused list is echoed as accepted
    assert ReplayRegister(study.context().path("replay_register")).seen(batch_id)
    audited = [e for e in _audit_lines(study) if e["subject"] == batch_id]
    assert audited and audited[0]["details"]["receipt"] == "rejected"
    assert not (tmp_path.parent / "evil.csv.age").exists() and not Path(unsafe).exists()
