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


def test_when_the_retention_purge_deleted_the_register_and_history_then_verify_passes(
    governed, capsys
):
    _release(governed, 10)
    governed.configure(personal_data_delete_on=str(dt.datetime.now(dt.UTC).date()))
    governed.sealflow("retention", "purge", "--yes")
    assert not (governed.work / HISTORY).exists()
    assert _verify_passes(governed, capsys)["records"] == 0
