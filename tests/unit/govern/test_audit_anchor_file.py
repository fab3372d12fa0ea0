"""An anchor given out by hand (`audit anchor --out FILE`) shows a log put back past it, the
citing records deleted with it, where nothing left in the workspace can (attack18 G4)."""

from __future__ import annotations

import json

import pytest

from sealflow.config import load_config
from sealflow.sdc.release_history import append_release
from sealflow.sdc.table_bounds import ReleasedTable
from sealflow.seal.minisign import sign_bytes
from sealflow.seal.minisign_keys import MinisignSecretKey
from sealflow.workspace import StudyAudit


def _snapshot(governed):
    """What an attacker with file access copies aside: the log and its signed head."""
    audit = governed.work / "audit"
    return {p: p.read_bytes() for p in (audit / "audit.jsonl", audit / "audit.jsonl.head")}


def _put_back(snapshot):
    for path, data in snapshot.items():
        path.write_bytes(data)


def _release(governed, count: int) -> None:
    table = ReleasedTable("t", ["a"], [["x", "y"]], {(0,): count, (1,): 4, (2,): count + 4}, set())
    config = load_config(governed.config_file)
    append_release(
        governed.work / "outcome/release_history.json", [table], StudyAudit.for_config(config)
    )


def _open_request(governed) -> None:
    governed.sealflow(
        "request", "open", "--right", "access",
        "--id-file", str(governed.id_file(governed.tiny.ids[1])),
    )  # fmt: skip


def _fails(governed, capsys, *args: str) -> str:
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_:
        governed.sealflow(*args)
    err = capsys.readouterr().err
    assert exit_.value.code == 1 and err.count("\n") == 1, err
    return err


def test_when_the_log_is_put_back_and_the_records_deleted_then_only_the_anchor_shows_it(
    governed, tmp_path, capsys
):
    snapshot = _snapshot(governed)
    _release(governed, 10)
    _open_request(governed)
    anchor = tmp_path / "reviewer" / "anchor.json"
    anchor.parent.mkdir()
    capsys.readouterr()
    governed.sealflow("audit", "anchor", "--out", str(anchor), "--json")
    seq = json.loads(capsys.readouterr().out)["seq"]
    assert json.loads(anchor.read_text())["audit_head"]["seq"] == seq
    # The attacker (file access, no key): the log put back, the records citing it deleted.
    _put_back(snapshot)
    (governed.work / "governance/requests.jsonl").unlink()
    (governed.work / "outcome/release_history.json").unlink()
    governed.sealflow("audit", "verify")  # what the workspace alone shows: nothing
    assert "ok" in capsys.readouterr().err
    err = _fails(governed, capsys, "audit", "verify", "--anchor", str(anchor))
    assert f"entry {seq} is missing" in err and str(anchor) in err


def test_when_the_log_extends_the_anchor_then_verify_counts_it(governed, tmp_path, capsys):
    anchor = tmp_path / "anchor.json"
    governed.sealflow("audit", "anchor", "--out", str(anchor))
    _open_request(governed)
    capsys.readouterr()
    governed.sealflow("audit", "verify", "--anchor", str(anchor), "--json")
    assert json.loads(capsys.readouterr().out)["anchors"] == 1
    err = _fails(governed, capsys, "audit", "anchor", "--out", str(anchor))
    assert "never overwritten" in err


def test_when_the_log_was_rewritten_past_the_anchor_then_the_entry_differs(
    governed, tmp_path, capsys
):
    snapshot = _snapshot(governed)
    _open_request(governed)
    anchor = tmp_path / "anchor.json"
    governed.sealflow("audit", "anchor", "--out", str(anchor))
    _put_back(snapshot)
    (governed.work / "governance/requests.jsonl").unlink()
    governed.sealflow("event", "record", "final_report_delivered", "--date", "2026-01-05")
    governed.sealflow("event", "record", "final_report_delivered", "--date", "2026-01-06")
    err = _fails(governed, capsys, "audit", "verify", "--anchor", str(anchor))
    assert "differs from the one anchored in" in err and str(anchor) in err


def _altered(anchor):
    anchor.write_text(anchor.read_text().replace('"seq": ', '"seq": 1'))


def _foreign(anchor):
    anchor.with_name("anchor.json.minisig").write_text(
        sign_bytes(anchor.read_bytes(), MinisignSecretKey.generate())
    )


def _unsigned(anchor):
    anchor.with_name("anchor.json.minisig").unlink()


@pytest.mark.parametrize(
    ("spoil", "message"),
    [
        (_altered, "signature does not verify"),
        (_foreign, "not signed with the evaluator's key"),
        (_unsigned, "anchor.json.minisig: missing"),
    ],
)
def test_when_an_anchor_file_is_spoilt_then_one_error_naming_it(
    governed, tmp_path, capsys, spoil, message
):
    anchor = tmp_path / "anchor.json"
    governed.sealflow("audit", "anchor", "--out", str(anchor))
    spoil(anchor)
    err = _fails(governed, capsys, "audit", "verify", "--anchor", str(anchor))
    assert message in err and "anchor.json" in err


def test_when_an_evaluator_signed_document_has_no_head_then_it_is_no_anchor(
    governed, tmp_path, capsys
):
    document = tmp_path / "note.json"
    document.write_text('{"format": "a note"}\n')
    key = governed.evaluator.minisign_secret_key_path
    document.with_name("note.json.minisig").write_text(sign_bytes(document.read_bytes(), key))
    err = _fails(governed, capsys, "audit", "verify", "--anchor", str(document))
    assert "holds no audit_head" in err


def test_when_the_log_does_not_verify_then_no_anchor_is_written(governed, tmp_path, capsys):
    snapshot = _snapshot(governed)
    _open_request(governed)
    _put_back(snapshot)  # the register cites an entry the log lacks
    anchor = tmp_path / "anchor.json"
    err = _fails(governed, capsys, "audit", "anchor", "--out", str(anchor))
    assert "request R0001 (opened) has no entry" in err
    assert not anchor.exists() and not anchor.with_name("anchor.json.minisig").exists()
