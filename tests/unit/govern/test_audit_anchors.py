"""Anchors: audit heads carried in signed documents catch a log shortened or rewritten."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.audit import AuditHead, AuditLog
from sealflow.audit_anchors import anchor, parse_anchor, verify_with_anchors
from sealflow.errors import IntegrityError, SignatureError
from sealflow.seal.keys import new_keys
from sealflow.seal.minisign import sign_bytes
from sealflow.seal.minisign_keys import MinisignSecretKey


@pytest.fixture
def log(tmp_path):
    work = tmp_path / "work"
    keys = new_keys("evaluator", work / "keys" / "evaluator")
    audit = AuditLog(work / "audit" / "audit.jsonl", keys.minisign_secret_key_path, workspace=work)
    for i in range(6):
        audit.append("write", f"work/ingest/table{i}.parquet", rows=i)
    return audit


def _signed_document(folder, name, body, signer):
    folder.mkdir(parents=True, exist_ok=True)
    data = json.dumps(body).encode()
    (folder / name).write_bytes(data)
    (folder / f"{name}.minisig").write_text(sign_bytes(data, signer))
    return folder / name


def _receipt_now(log, folder, name):
    return _signed_document(
        folder, name, {"format": "sealflow-receipt/1", "audit_head": anchor(log)}, log.keys().signer
    )


def test_when_log_matches_every_anchor_then_verify_counts_them(log, tmp_path):
    anchors = tmp_path / "collected"
    _receipt_now(log, anchors, "a.receipt.json")
    log.append("receive", "batch-2")
    _receipt_now(log, anchors, "b.receipt.json")
    assert verify_with_anchors(log, [anchors]) == (7, 2)


def _resign_tail(log, keep):
    """Someone holding the evaluator's key cuts the log and re-signs its head."""
    lines = log.path.read_text().splitlines(keepends=True)
    log.path.write_text("".join(lines[:keep]))
    log.head_path.unlink()
    last = json.loads(lines[keep - 1])
    log._write_head(AuditHead(keep, last["mac"]), log.keys())


def test_when_log_was_cut_and_resigned_with_the_key_then_the_anchor_names_the_entry(log, tmp_path):
    anchors = tmp_path / "collected"
    _receipt_now(log, anchors, "batch.receipt.json")  # anchors entry 6
    _resign_tail(log, 4)
    assert log.verify() == 4  # the log alone looks whole
    with pytest.raises(IntegrityError, match=r"entry 6 is missing .*batch.receipt.json"):
        verify_with_anchors(log, [anchors])


def test_when_log_was_rewritten_with_the_key_then_the_first_changed_entry_is_named(log, tmp_path):
    anchors = tmp_path / "collected"
    first = _receipt_now(log, anchors, "one.receipt.json")  # entry 6
    log.append("send", "x")
    _receipt_now(log, anchors, "two.receipt.json")  # entry 7
    _resign_tail(log, 5)
    log.append("write", "a different entry 6")
    log.append("write", "a different entry 7")
    with pytest.raises(IntegrityError, match=rf"entry 6 differs from the one anchored in {first}"):
        verify_with_anchors(log, [anchors])


def test_when_an_anchor_is_altered_then_its_signature_fails(log, tmp_path):
    anchors = tmp_path / "collected"
    document = _receipt_now(log, anchors, "batch.receipt.json")
    document.write_bytes(document.read_bytes().replace(b'"seq": 6', b'"seq": 2'))
    with pytest.raises(SignatureError, match=r"batch\.receipt\.json"):
        verify_with_anchors(log, [anchors])


def test_when_another_party_signed_a_document_then_it_is_not_an_anchor(log, tmp_path):
    anchors = tmp_path / "collected"
    stranger = MinisignSecretKey.generate()
    _signed_document(anchors, "x.json", {"audit_head": {"seq": 99, "mac": "0" * 64}}, stranger)
    assert verify_with_anchors(log, [anchors]) == (6, 0)


def test_when_the_log_and_head_are_deleted_then_anchors_still_show_entries_existed(log, tmp_path):
    anchors = tmp_path / "collected"
    _receipt_now(log, anchors, "batch.receipt.json")
    log.path.unlink()
    log.head_path.unlink()
    with pytest.raises(IntegrityError, match="entry 6 is missing"):
        verify_with_anchors(log, [anchors])


@pytest.mark.parametrize(
    "value",
    [None, [], {"seq": 1}, {"seq": -1, "mac": "0" * 64}, {"seq": True, "mac": "0" * 64},
     {"seq": 1, "mac": "XYZ"}, {"seq": 1, "mac": "0" * 64, "extra": 1}],
)  # fmt: skip
def test_when_an_anchor_value_is_malformed_then_one_integrity_error(value):
    with pytest.raises(IntegrityError, match="audit_head"):
        parse_anchor(value, "doc.json")


@settings(max_examples=100, deadline=None)
@given(st.recursive(st.none() | st.integers() | st.text(max_size=70), st.lists, max_leaves=8))
def test_when_an_anchor_value_is_anything_then_a_head_or_integrity_error(value):
    try:
        head = parse_anchor(value, "doc.json")
    except IntegrityError:
        return
    assert head.seq >= 0 and len(head.mac) == 64


def test_when_verify_runs_from_the_cli_then_one_line_for_ok_and_for_each_failure(
    governed, tmp_path, capsys
):
    governed.sealflow("audit", "verify", "--anchors", str(tmp_path))
    assert "chain intact, head signed" in capsys.readouterr().err
    log = governed.work / "audit" / "audit.jsonl"
    log.write_bytes(b"[" * 100_000 + b"\n" + log.read_bytes())
    with pytest.raises(SystemExit) as exit_:
        governed.sealflow("audit", "verify")
    err = capsys.readouterr().err
    assert exit_.value.code == 1
    assert err.count("\n") == 1 and "line 1 is not an audit entry" in err
    (governed.work / "keys" / "evaluator" / "evaluator.minisign.key").unlink()
    with pytest.raises(SystemExit):
        governed.sealflow("audit", "verify")
    assert "secret key is missing" in capsys.readouterr().err


def test_when_the_evaluator_key_pair_is_replaced_and_the_log_rebuilt_then_verify_refuses(
    governed, capsys
):
    keys = governed.work / "keys" / "evaluator"
    for path in keys.iterdir():
        path.unlink()
    new_keys("evaluator", keys)
    (governed.work / "audit" / "audit.jsonl").unlink()
    (governed.work / "audit" / "audit.jsonl.head").unlink()
    log = governed.tiny  # rebuild: the attacker appends a fresh, consistent log
    rebuilt = AuditLog(
        governed.work / "audit" / "audit.jsonl",
        keys / "evaluator.minisign.key",
        workspace=log.work,
    )
    rebuilt.append("write", "work/ingest/survey.parquet")
    assert rebuilt.verify() == 1
    with pytest.raises(SystemExit):
        governed.sealflow("audit", "verify")
    assert "is not the one parties.yaml pins" in capsys.readouterr().err


def test_when_a_deletion_certificate_is_signed_then_it_anchors_the_log_and_verify_finds_it(
    governed, capsys
):
    import datetime as dt

    governed.configure(personal_data_delete_on=str(dt.datetime.now(dt.UTC).date()))
    governed.sealflow("retention", "purge", "--yes")
    (certificate,) = (governed.root / "results/governance").glob("deletion_certificate_*.json")
    body = json.loads(certificate.read_text())
    assert body["audit_head"] == {"seq": body["audit_seq"], "mac": body["audit_mac"]}
    capsys.readouterr()
    governed.sealflow("audit", "verify")  # results/ is always searched for anchors
    assert "1 anchors agree" in capsys.readouterr().err
    # Someone holding the unlocked key cuts the purge entry and re-signs the head.
    log = AuditLog(
        governed.work / "audit" / "audit.jsonl",
        governed.evaluator.minisign_secret_key_path,
        workspace=governed.work,
    )
    lines = log.path.read_bytes().splitlines(keepends=True)
    log.path.write_bytes(b"".join(lines[:-1]))
    log._write_head(AuditHead(len(lines) - 1, json.loads(lines[-2])["mac"]), log.keys())
    assert log.verify() == len(lines) - 1
    with pytest.raises(SystemExit):
        governed.sealflow("audit", "verify")
    assert f"entry {len(lines)} is missing" in capsys.readouterr().err
