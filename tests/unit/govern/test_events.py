"""Events retention counts from: recorded in the audit log, cited by erasure answers."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from sealflow.config import load_config
from sealflow.errors import ConfigError, IntegrityError
from sealflow.govern.events import (
    PSEUDONYMOUS_ID_DELETED,
    add_months,
    event_date,
    record_event,
    record_pseudonymous_id_deleted,
)
from sealflow.govern.settings import GovernSettings
from sealflow.settings import StudySettings

TODAY = dt.datetime.now(dt.UTC).date()
AFTER_REPORT = {"after_event": "final_report_delivered", "months": 24}


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (dt.date(2025, 3, 15), 24, dt.date(2027, 3, 15)),
        (dt.date(2025, 1, 31), 1, dt.date(2025, 2, 28)),
        (dt.date(2024, 1, 31), 1, dt.date(2024, 2, 29)),
        (dt.date(2025, 11, 30), 3, dt.date(2026, 2, 28)),
        (dt.date(2025, 12, 1), 0, dt.date(2025, 12, 1)),
    ],
)
def test_when_months_are_added_then_the_day_is_kept_or_clamped_to_the_month_end(
    start, months, expected
):
    assert add_months(start, months) == expected


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2900, 1, 1)),
       st.integers(min_value=0, max_value=600))  # fmt: skip
def test_when_months_are_added_then_the_result_is_that_many_months_on_and_never_earlier(
    start, months
):
    end = add_months(start, months)
    assert (end.year * 12 + end.month) - (start.year * 12 + start.month) == months
    assert end >= start and end.day <= start.day


def _study(governed) -> StudySettings:
    return StudySettings.from_config(load_config(governed.config_file))


def test_when_retention_counts_from_an_unrecorded_event_then_nothing_is_due_until_recorded(
    governed, capsys
):
    governed.configure(personal_data_delete_on=AFTER_REPORT)
    governed.sealflow("retention", "check")
    report = json.loads(capsys.readouterr().out)
    assert report["personal_data_delete_on"] is None and not report["purge_due"]
    assert report["personal_data_delete_rule"] == "24 months after event final_report_delivered"
    with pytest.raises(SystemExit):
        governed.sealflow("retention", "purge", "--yes")
    assert "event record final_report_delivered" in capsys.readouterr().err
    delivered = add_months(TODAY, -25)
    governed.sealflow("event", "record", "final_report_delivered", "--date", str(delivered))
    capsys.readouterr()
    governed.sealflow("retention", "check")
    report = json.loads(capsys.readouterr().out)
    assert report["personal_data_delete_on"] == add_months(delivered, 24).isoformat()
    assert report["purge_due"]


def test_when_an_event_is_recorded_again_then_the_later_record_corrects_the_date(governed):
    config = _study(governed)
    record_event(config, "final_report_delivered", dt.date(2026, 1, 10))
    record_event(config, "final_report_delivered", dt.date(2026, 2, 3))
    assert event_date(config, "final_report_delivered") == dt.date(2026, 2, 3)
    governed.configure(personal_data_delete_on=AFTER_REPORT)
    settings = GovernSettings.from_config(load_config(governed.config_file))
    assert settings.personal_data_delete_on == dt.date(2028, 2, 3)
    log = (governed.work / "audit/audit.jsonl").read_text().splitlines()
    assert sum('"action": "event"' in line for line in log) == 2
    events = json.loads((governed.root / "results/governance/events.json").read_text())
    assert events["events"]["final_report_delivered"]["date"] == "2026-02-03"


@pytest.mark.parametrize(
    ("name", "date", "message"),
    [
        ("final_report_delivered", TODAY + dt.timedelta(days=1), "in the future"),
        ("Final Report", TODAY, "not an event name"),
        ("../x", TODAY, "not an event name"),
    ],
)
def test_when_an_event_is_in_the_future_or_badly_named_then_refused_and_nothing_logged(
    governed, capsys, name, date, message
):
    log = governed.work / "audit/audit.jsonl"
    before = log.read_bytes()
    with pytest.raises(SystemExit) as exited:
        governed.sealflow("event", "record", name, "--date", str(date))
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert log.read_bytes() == before


def test_when_the_audit_log_was_edited_then_no_event_date_is_believed(governed):
    config = _study(governed)
    record_event(config, "final_report_delivered", dt.date(2026, 1, 10))
    log = governed.work / "audit/audit.jsonl"
    log.write_text(log.read_text().replace("2026-01-10", "2029-01-10"))
    with pytest.raises(IntegrityError):
        event_date(config, "final_report_delivered")


@pytest.mark.parametrize(
    "rule",
    [
        {"after_event": "final_report_delivered"},
        {"after_event": "final_report_delivered", "months": -1},
        {"after_event": "final_report_delivered", "months": "24"},
        {"after_event": "Final Report", "months": 24},
        {"after_event": "final_report_delivered", "months": 24, "days": 3},
        "in two years",
    ],
)
def test_when_the_retention_rule_is_malformed_then_one_config_error_names_the_key(governed, rule):
    governed.configure(personal_data_delete_on=rule)
    with pytest.raises(ConfigError, match=r"retention\.personal_data_delete_on"):
        GovernSettings.from_config(load_config(governed.config_file))


def test_when_anonymisation_reruns_then_the_pseudonymous_id_deletion_keeps_its_first_date(
    governed,
):
    config = _study(governed)
    first = record_pseudonymous_id_deleted(config)
    second = record_pseudonymous_id_deleted(config)
    assert first["recorded"] and not second["recorded"]
    assert second["audit_seq"] == first["audit_seq"]
    assert event_date(config, PSEUDONYMOUS_ID_DELETED) == TODAY


def test_when_the_pseudonymous_id_was_deleted_then_the_erasure_answer_cites_the_date(
    governed, capsys
):
    target = governed.tiny.ids[1]
    governed.sealflow("erase", "--id-file", str(governed.id_file(target)))
    before = json.loads(capsys.readouterr().out)
    assert before["pseudonymous_id_deleted"] is None
    record_pseudonymous_id_deleted(_study(governed))
    governed.sealflow("erase", "--id-file", str(governed.id_file(governed.tiny.ids[2], "b.txt")))
    after = json.loads(capsys.readouterr().out)
    assert after["pseudonymous_id_deleted"] == TODAY.isoformat()
    assert "could no longer be deleted" in after["pseudonymous_id_note"]
    (record,) = [
        p for p in (governed.root / "results/governance").glob("erasure_*.json")
        if json.loads(p.read_text()).get("pseudonymous_id_deleted")
    ]  # fmt: skip
    assert json.loads(record.read_text())["pseudonymous_id_deleted"] == TODAY.isoformat()


def test_when_the_anonymise_command_runs_then_it_records_the_pseudonymous_id_deletion(governed):
    config = yaml.safe_load(governed.config_file.read_text())
    config["sdc"].update(k=2, l=1, suppression_limit=1.0)  # seven records in the tiny study
    governed.config_file.write_text(yaml.safe_dump(config))
    assert event_date(_study(governed), PSEUDONYMOUS_ID_DELETED) is None
    governed.sealflow("anonymise")
    governed.sealflow("anonymise")
    assert event_date(_study(governed), PSEUDONYMOUS_ID_DELETED) == TODAY
    log = (governed.work / "audit/audit.jsonl").read_text()
    assert log.count('"subject": "pseudonymous_id_deleted"') == 1


def test_when_the_retention_event_is_backdated_past_the_clock_then_one_line_warns(governed, capsys):
    governed.configure(personal_data_delete_on=AFTER_REPORT)
    governed.sealflow("event", "record", "final_report_delivered", "--date", str(TODAY))
    assert "warning" not in capsys.readouterr().err  # 24 months to go: nothing to say
    backdated = add_months(TODAY, -30)
    governed.sealflow("event", "record", "final_report_delivered", "--date", str(backdated))
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("warning: event final_report_delivered")
    assert f"dated {backdated.isoformat()}, before this study's audit log began" in err[0]
    assert f"at {add_months(backdated, 24).isoformat()}, already past" in err[0]
    governed.sealflow("event", "record", "ethics_approved", "--date", str(backdated))
    assert "warning" not in capsys.readouterr().err  # retention does not count from it
