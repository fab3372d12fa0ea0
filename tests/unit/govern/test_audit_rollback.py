"""An older audit log put back with its older signed head (no key needed): `audit verify`
finds it through the workspace records that cite later entries (attack17 F2)."""

from __future__ import annotations

import json

import pytest

from sealflow.audit import AuditKeyError
from sealflow.config import load_config
from sealflow.govern.requests import open_request, read_register
from sealflow.govern.settings import GovernSettings
from sealflow.sdc.release_history import append_release
from sealflow.sdc.table_bounds import ReleasedTable
from sealflow.workspace import StudyAudit


def _snapshot(governed):
    """What an attacker with file access copies aside: the log and its signed head."""
    audit = governed.work / "audit"
    return {p: p.read_bytes() for p in (audit / "audit.jsonl", audit / "audit.jsonl.head")}


def _put_back(snapshot):
    for path, data in snapshot.items():
        path.write_bytes(data)


def _verify_fails(governed, capsys) -> str:
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_:
        governed.sealflow("audit", "verify")
    err = capsys.readouterr().err
    assert exit_.value.code == 1 and err.count("\n") == 1
    return err


def _release(governed, count: int) -> None:
    table = ReleasedTable("t", ["a"], [["x", "y"]], {(0,): count, (1,): 4, (2,): count + 4}, set())
    config = load_config(governed.config_file)
    append_release(
        governed.work / "outcome/release_history.json", [table], StudyAudit.for_config(config)
    )


def test_when_a_request_was_opened_after_the_copy_then_the_put_back_log_fails_naming_it(
    governed, capsys
):
    snapshot = _snapshot(governed)
    governed.sealflow(
        "request",
        "open",
        "--right",
        "access",
        "--id-file",
        str(governed.id_file(governed.tiny.ids[1])),
    )
    capsys.readouterr()
    governed.sealflow("audit", "verify", "--json")
    assert json.loads(capsys.readouterr().out)["records"] == 1
    _put_back(snapshot)
    err = _verify_fails(governed, capsys)
    assert "requests.jsonl: request R0001 (opened) has no entry in the audit log" in err
    assert "put back to an earlier state" in err


def test_when_a_request_was_extended_after_the_copy_then_the_extension_is_named(governed, capsys):
    governed.sealflow(
        "request",
        "open",
        "--right",
        "erasure",
        "--id-file",
        str(governed.id_file(governed.tiny.ids[2])),
    )
    snapshot = _snapshot(governed)
    governed.sealflow("request", "extend", "R0001", "--reason", "complex: three tables")
    _put_back(snapshot)
    assert "request R0001 (extended) has no entry" in _verify_fails(governed, capsys)


def test_when_a_release_was_recorded_after_the_copy_then_the_history_names_it(governed, capsys):
    _release(governed, 10)
    snapshot = _snapshot(governed)
    _release(governed, 9)
    governed.sealflow("audit", "verify")
    _put_back(snapshot)
    err = _verify_fails(governed, capsys)
    assert "release_history.json: release 2 has no entry in the audit log" in err


def test_when_a_release_record_is_edited_then_verify_says_the_history_was_edited(governed, capsys):
    _release(governed, 10)
    history = governed.work / "outcome/release_history.json"
    data = json.loads(history.read_text())
    data["releases"][0]["tables"][0]["cells"][0]["count"] = 11
    history.write_text(json.dumps(data))
    assert "release 1 differs from the one the audit log records" in _verify_fails(governed, capsys)


def test_when_an_event_was_recorded_after_the_copy_then_events_json_names_it(governed, capsys):
    snapshot = _snapshot(governed)
    governed.sealflow("event", "record", "final_report_delivered", "--date", "2026-01-05")
    _put_back(snapshot)
    err = _verify_fails(governed, capsys)
    assert "events.json: event final_report_delivered cites audit entry" in err


def test_when_the_evaluator_key_is_missing_then_opening_a_request_writes_no_register_row(
    governed,
):
    settings = GovernSettings.from_config(load_config(governed.config_file))
    (governed.work / "keys" / "evaluator" / "evaluator.minisign.key").unlink()
    with pytest.raises(AuditKeyError):
        open_request(settings, governed.tiny.ids[1], "access")
    assert read_register(settings) == []
