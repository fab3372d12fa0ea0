"""The request register: one calendar month, extendable by two with a reason, in status."""

from __future__ import annotations

import datetime as dt
import json
import stat

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from sealflow.cli import main
from sealflow.config import load_config
from sealflow.errors import InputSchemaError
from sealflow.govern.requests import (
    add_months,
    close_request,
    extend_request,
    open_request,
    open_requests,
    read_register,
    register_path,
    status_requests,
)
from sealflow.govern.settings import GovernSettings
from sealflow.govern.status import describe


@pytest.mark.parametrize(
    "received, months, due",
    [
        ("2026-03-03", 1, "2026-04-03"),
        ("2026-01-31", 1, "2026-02-28"),
        ("2028-01-31", 1, "2028-02-29"),
        ("2026-12-15", 1, "2027-01-15"),
        ("2026-01-31", 3, "2026-04-30"),
        ("2026-11-30", 3, "2027-02-28"),
    ],
)
def test_when_a_request_is_received_then_its_deadline_is_the_calendar_month(received, months, due):
    assert add_months(dt.date.fromisoformat(received), months) == dt.date.fromisoformat(due)


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2100, 1, 1)))
def test_when_any_day_is_received_then_the_deadline_is_28_to_31_days_later_same_or_last_day(
    received,
):
    due = add_months(received, 1)
    assert 28 <= (due - received).days <= 31
    assert due.day == received.day or (due + dt.timedelta(days=1)).day == 1


def _settings(governed) -> GovernSettings:
    return GovernSettings.from_config(load_config(governed.config_file))


def test_when_requests_are_opened_extended_and_closed_then_the_register_and_status_follow(
    governed, capsys
):
    target = governed.tiny.ids[1]
    id_file = str(governed.id_file(target))
    governed.sealflow(
        "request", "open", "--right", "rectification", "--id-file", id_file,
        "--received", "2026-01-31",
    )  # fmt: skip
    opened = json.loads(capsys.readouterr().out)
    assert (opened["id"], opened["due"], opened["status"]) == ("R0001", "2026-02-28", "open")
    governed.sealflow("request", "open", "--right", "access", "--id-file", id_file)
    capsys.readouterr()
    governed.sealflow("request", "extend", "R0001", "--reason", "complex: three tables")
    extended = json.loads(capsys.readouterr().out)
    assert (extended["status"], extended["due"]) == ("extended", "2026-04-30")
    governed.sealflow("request", "close", "R0002", "--outcome", "export sent")
    closed = json.loads(capsys.readouterr().out)
    assert closed["status"] == "closed" and closed["closed"] is not None

    settings = _settings(governed)
    clocks = open_requests(settings, today=dt.date(2026, 5, 1))
    assert [(c["id"], c["extended"], c["days_left"], c["clock"]) for c in clocks] == [
        ("R0001", True, -1, "overdue")
    ]
    assert [r["id"] for r in status_requests(load_config(governed.config_file))] == ["R0001"]
    lines = describe(
        {"stages": {}, "off": [], "gates": [], "next": "x", "incomplete": {},
         "pending": {"plan_approval": [], "approved_not_sent": [], "receipts": [],
                     "waiting_batches": [], "vendor_deletions": [], "quarantine": [],
                     "requests": status_requests(load_config(governed.config_file))}}
    )  # fmt: skip
    assert any(line.startswith("  request R0001 (rectification): due 2026-04-30") for line in lines)
    path = register_path(settings)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert target not in path.read_text()
    assert target not in (governed.work / "audit/audit.jsonl").read_text()
    audited = [json.loads(line) for line in (governed.work / "audit/audit.jsonl").open()]
    changes = [e["details"].get("change") for e in audited if e["details"].get("request")]
    assert changes == ["opened", "opened", "extended", "closed"]


@pytest.mark.parametrize(
    "steps, message",
    [
        ([("extend", "R0001", "why"), ("extend", "R0001", "again")], "only an open request"),
        ([("close", "R0001", "done"), ("close", "R0001", "done")], "already closed"),
        ([("close", "R0009", "done")], "not in the request register"),
        ([("extend", "R0001", "  ")], "needs the reason"),
    ],
)
def test_when_a_request_is_changed_wrongly_then_one_clear_error(governed, steps, message):
    settings = _settings(governed)
    open_request(settings, governed.tiny.ids[1], "restriction")
    with pytest.raises(InputSchemaError, match=message):
        for action, request_id, text in steps:
            if action == "extend":
                extend_request(settings, request_id, text)
            else:
                close_request(settings, request_id, text)
    assert len(read_register(settings)) == 1


def test_when_the_right_is_unknown_then_nothing_is_recorded(governed):
    settings = _settings(governed)
    with pytest.raises(InputSchemaError, match="expected one of access, erasure"):
        open_request(settings, governed.tiny.ids[1], "forgetting")
    assert read_register(settings) == []


def test_when_a_request_is_open_then_sealflow_status_lists_it_with_its_clock(governed, capsys):
    id_file = str(governed.id_file(governed.tiny.ids[1]))
    governed.sealflow(
        "request", "open", "--right", "portability", "--id-file", id_file,
        "--received", "2026-01-05",
    )  # fmt: skip
    capsys.readouterr()
    main(["status", "-c", str(governed.config_file), "--json"])
    (request,) = json.loads(capsys.readouterr().out)["pending"]["requests"]
    assert (request["id"], request["due"], request["right"]) == (
        "R0001",
        "2026-02-05",
        "portability",
    )
    assert request["clock"] == ("overdue" if dt.date.today() > dt.date(2026, 2, 5) else "running")
    main(["status", "-c", str(governed.config_file)])
    assert "request R0001 (portability): due 2026-02-05" in capsys.readouterr().out
    governed.sealflow("request", "close", "R0001")
    capsys.readouterr()
    main(["status", "-c", str(governed.config_file), "--json"])
    assert json.loads(capsys.readouterr().out)["pending"]["requests"] == []


def test_when_no_purpose_serves_the_rights_stage_then_request_commands_refuse(governed, capsys):
    config = yaml.safe_load(governed.config_file.read_text())
    for purpose in config["purposes"]:
        purpose["stages"] = [s for s in purpose["stages"] if s != "rights"]
    governed.config_file.write_text(yaml.safe_dump(config))
    with pytest.raises(SystemExit):
        governed.sealflow("request", "list")
    assert "no purpose serves the stage(s) rights" in capsys.readouterr().err
