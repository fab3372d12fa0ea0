"""The audit log and the workspace records agree the other way too: a request or release
the log records must still be in the register or the release history (attack18 G3, G4).

Deleting them (a clean-up, or someone with file access and no key) once stopped nothing:
`audit verify` said ok, `outcome` compared the next release with nothing (differencing
again) and an open subject access request vanished from `sealflow status`.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from sealflow.config import load_config
from sealflow.errors import WorkspaceError
from sealflow.govern.requests import add_months, open_request, read_register
from sealflow.govern.settings import GovernSettings
from sealflow.sdc.release_history import append_release
from sealflow.sdc.table_bounds import ReleasedTable
from sealflow.workspace import StudyAudit

HISTORY = "outcome/release_history.json"
REGISTER = "governance/requests.jsonl"


def _fails(governed, capsys, *command: str) -> str:
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_:
        governed.sealflow(*command)
    err = capsys.readouterr().err
    assert exit_.value.code == 1 and err.count("\n") == 1, err
    return err


def _verify_passes(governed, capsys) -> dict:
    capsys.readouterr()
    governed.sealflow("audit", "verify", "--json")
    return json.loads(capsys.readouterr().out)


def _release(governed, count: int) -> None:
    table = ReleasedTable("t", ["a"], [["x", "y"]], {(0,): count, (1,): 4, (2,): count + 4}, set())
    append_release(
        governed.work / HISTORY, [table], StudyAudit.for_config(load_config(governed.config_file))
    )


def _open(governed, right: str = "access", person: int = 1) -> None:
    governed.sealflow(
        "request",
        "open",
        "--right",
        right,
        "--id-file",
        str(governed.id_file(governed.tiny.ids[person])),
    )


def _status(governed, capsys) -> str:
    capsys.readouterr()
    governed.sealflow("status")
    return capsys.readouterr().out


def test_when_the_release_history_is_deleted_then_verify_names_the_release_the_log_records(
    governed, capsys
):
    _release(governed, 10)
    assert _verify_passes(governed, capsys)["records"] == 1
    (governed.work / HISTORY).unlink()
    err = _fails(governed, capsys, "audit", "verify")
    assert "release_history.json: is missing, but the audit log records release 1" in err
    assert "restore it from backup" in err


def test_when_the_release_history_is_cut_to_its_first_release_then_verify_names_the_second(
    governed, capsys
):
    _release(governed, 10)
    history = governed.work / HISTORY
    first = history.read_text()
    _release(governed, 9)
    history.write_text(first)  # release 1 as it was, its audit entry intact
    err = _fails(governed, capsys, "audit", "verify")
    assert "holds 1 release(s), but the audit log records release 2" in err


def test_when_the_release_history_is_deleted_then_outcome_and_release_tables_refuse(
    governed, capsys
):
    governed.sealflow("release-tables")
    tables = governed.root / "results/outcome"
    governed.sealflow("outcome")
    before = {p.name: p.read_bytes() for p in tables.glob("*.csv")}
    assert before
    (governed.work / HISTORY).unlink()
    for command in ("outcome", "release-tables"):
        err = _fails(governed, capsys, command)
        assert "release_history.json: is missing, but the audit log records release 1" in err
        assert "differencing" in err and "restore it from backup" in err
    # nothing half-written: the tables published before stand, and no new history began
    assert {p.name: p.read_bytes() for p in tables.glob("*.csv")} == before
    assert not (governed.work / HISTORY).exists()


def test_when_the_request_register_is_deleted_then_verify_fails_and_status_shows_the_request(
    governed, capsys
):
    _open(governed)
    (governed.work / REGISTER).unlink()
    err = _fails(governed, capsys, "audit", "verify")
    assert "requests.jsonl: request R0001 (access, opened) is in the audit log" in err
    assert "the register is missing" in err
    due = add_months(dt.datetime.now(dt.UTC).date(), 1).isoformat()
    line = next(x for x in _status(governed, capsys).splitlines() if "request R0001" in x)
    assert f"request R0001 (access): due {due}, running" in line
    assert "from the audit log: work/governance/requests.jsonl is missing" in line


def test_when_the_register_is_put_back_to_before_the_close_then_verify_names_the_closing(
    governed, capsys
):
    _open(governed, "erasure", 2)
    register = governed.work / REGISTER
    opened = register.read_text()
    governed.sealflow("request", "close", "R0001", "--outcome", "erased")
    register.write_text(opened)  # the request shows open again; every row has its entry
    err = _fails(governed, capsys, "audit", "verify")
    assert "request R0001 (closed) is in the audit log" in err


def test_when_the_register_lost_a_request_then_a_new_one_is_refused_and_no_number_is_reused(
    governed,
):
    settings = GovernSettings.from_config(load_config(governed.config_file))
    open_request(settings, governed.tiny.ids[1], "access")
    (governed.work / REGISTER).unlink()
    with pytest.raises(WorkspaceError, match=r"request R0001 \(access\) is in the audit log"):
        open_request(settings, governed.tiny.ids[2], "objection")
    assert read_register(settings) == []


def test_when_the_retention_purge_deleted_the_register_and_history_then_verify_passes(
    governed, capsys
):
    _release(governed, 10)
    _open(governed)
    governed.configure(personal_data_delete_on=str(dt.datetime.now(dt.UTC).date()))
    governed.sealflow("retention", "purge", "--yes")
    assert not (governed.work / REGISTER).exists() and not (governed.work / HISTORY).exists()
    assert _verify_passes(governed, capsys)["records"] == 0
    assert "request R0001" not in _status(governed, capsys)
