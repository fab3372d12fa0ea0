"""Study events the privacy notice counts from, recorded in the audit log.

The notice words retention as "approximately 24 months after the delivery of the final
report" and says that once the pseudonymous ID is deleted the data "could no longer be
deleted". Both are moments, not configured dates: `sealflow event record NAME --date D`
(or the anonymise stage, for `pseudonymous_id_deleted`) appends an `event` entry to the
keyed, hash-chained audit log, whose head is signed, so the date cannot be moved quietly
afterwards. A later entry for the same event corrects the earlier one (both stay in the
log). `results/governance/events.json` lists the current dates (names and dates only) for
status and the report.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import os
import re
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.audit import settings_audit_log
from sealflow.errors import SealflowError
from sealflow.settings import StudySettings

EVENT_ACTION = "event"
EVENT_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}")
FINAL_REPORT_DELIVERED = "final_report_delivered"
PSEUDONYMOUS_ID_DELETED = "pseudonymous_id_deleted"
EVENTS_FILE = "events.json"
PSEUDONYMOUS_ID_NOTE = (
    "the pseudonymous ID was deleted from the anonymised data on {date}: data held only "
    "there can no longer be traced to a person, so it could no longer be deleted"
)


class EventError(SealflowError, ValueError):
    """An event name or date that cannot be recorded."""


def check_event_name(name: str, source: str = "event") -> str:
    if not EVENT_NAME.fullmatch(name):
        raise EventError(
            f"{source}: {name!r} is not an event name; use lower case letters, digits and "
            f"underscores starting with a letter (e.g. {FINAL_REPORT_DELIVERED})"
        )
    return name


def add_months(date: dt.date, months: int) -> dt.date:
    """``date`` plus calendar months, the day clamped to the month's end (31 Jan + 1 = 28 Feb)."""
    index = date.year * 12 + date.month - 1 + months
    year, month = divmod(index, 12)
    day = min(date.day, calendar.monthrange(year, month + 1)[1])
    return dt.date(year, month + 1, day)


def recorded_events(study: StudySettings) -> dict[str, Any]:
    """Each recorded event's current date, recording time and audit sequence number.

    The whole log is verified first (MACs, order, signed head): a date is only believed
    from a log that has not been edited.
    """
    log = settings_audit_log(study)
    if not log.path.is_file():
        return {}
    log.verify()
    events: dict[str, Any] = {}
    with open(log.path, encoding="utf-8") as fh:
        for line in fh:
            entry = json.loads(line)
            if entry.get("action") == EVENT_ACTION:
                details = entry.get("details") or {}
                events[entry["subject"]] = {
                    "date": details.get("date"),
                    "recorded_at": entry["at"],
                    "audit_seq": entry["seq"],
                }
    return events


def event_date(study: StudySettings, name: str) -> dt.date | None:
    """The date event ``name`` was recorded with (its latest correction), or None."""
    found = recorded_events(study).get(check_event_name(name))
    return dt.date.fromisoformat(found["date"]) if found else None


def _write_events_file(study: StudySettings) -> Path:
    path = study.retention.governance / EVENTS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    fsutil.write_json(path, {"events": recorded_events(study)}, 0o644)
    return path


def record_event(
    study: StudySettings,
    name: str,
    date: dt.date,
    once: bool = False,
    today: dt.date | None = None,
) -> dict[str, Any]:
    """Append event ``name`` on ``date`` to the audit log; refresh events.json.

    ``once`` keeps the first recording (the anonymise stage reruns; the ID was deleted the
    first time). A date in the future is refused: an event is recorded once it happened.
    """
    check_event_name(name)
    today = today or dt.datetime.now(dt.UTC).date()
    if date > today:
        raise EventError(
            f"event {name}: {date.isoformat()} is in the future; record an event once it has "
            "happened"
        )
    existing = recorded_events(study).get(name) if once else None
    if existing is not None:
        return {"event": name, "date": existing["date"], "recorded": False,
                "audit_seq": existing["audit_seq"]}  # fmt: skip
    entry = settings_audit_log(study).append(EVENT_ACTION, name, date=date.isoformat())
    path = _write_events_file(study)
    return {
        "event": name,
        "date": date.isoformat(),
        "recorded": True,
        "audit_seq": entry["seq"],
        "events_file": os.path.relpath(path, study.root),
    }


def pseudonymous_id_deletion(study: StudySettings) -> dict[str, Any]:
    """What an erasure or subject-access answer cites: when the pseudonymous ID was deleted."""
    date = event_date(study, PSEUDONYMOUS_ID_DELETED)
    if date is None:
        return {"pseudonymous_id_deleted": None}
    return {
        "pseudonymous_id_deleted": date.isoformat(),
        "pseudonymous_id_note": PSEUDONYMOUS_ID_NOTE.format(date=date.isoformat()),
    }


def record_pseudonymous_id_deleted(study: StudySettings) -> dict[str, Any]:
    """The anonymise stage's call: the pseudonymous ID left the data today (kept once)."""
    return record_event(study, PSEUDONYMOUS_ID_DELETED, dt.datetime.now(dt.UTC).date(), once=True)
