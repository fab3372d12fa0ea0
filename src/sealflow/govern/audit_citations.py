"""The workspace records that cite audit entries, checked against the log they cite.

The log's signed head proves only that the log was not cut by someone without the
evaluator's key; an older log put back with its older head (both genuinely signed) passes
it. Records the workflow keeps apart from the log remember later entries, though: the
request register (each request's opening, extension and closing is audited), the release
history (each release's SHA-256 is audited) and results/governance/events.json (each event
names its entry). `sealflow audit verify` checks that every such record has its entry, and
names the first record whose entry is missing: the log was rolled back past it.

It checks the other way too: every request and release the log records (since the last
retention purge, which deletes the workspace) must still be in the register, as the log
last left it, and in the release history. Deleting or cutting them, with or without
the log, is named (`request R0001 (access, opened) is in the audit log (entry 54) but
the register is missing`).
events.json is not checked that way: it is only a view of the log, which status, the
report and the retention clock read the events from.

This catches a rollback of the log alone, and records deleted while the log keeps them.
Someone who rolls the log back and the records with it (putting back, or deleting, those
that did not exist yet at the copy's end), or a rollback to a point after which nothing
was recorded here, is caught only by an anchor signed later and held elsewhere
(`sealflow.audit_anchors`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.errors import IntegrityError, SealflowError
from sealflow.govern.events import EVENT_ACTION, EVENTS_FILE
from sealflow.govern.requests import CLOSED, EXTENDED, logged_requests, register_path
from sealflow.govern.settings import GovernSettings
from sealflow.sdc.release_history import HISTORY_FORMAT, release_digest, releases_missing

_DELETED = "it was deleted or put back to an earlier state; restore it from backup"
_ROLLED_BACK = (
    "the audit log was put back to an earlier state (entries removed with their signed "
    "head); restore it from backup and check it against the parties' copies (--anchors)"
)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise IntegrityError(f"{path}: cannot be read as JSON ({exc.__class__.__name__})") from None


def _changes(request: dict[str, Any]) -> list[str]:
    """The audited changes a request's register row shows it went through."""
    changes = ["opened"]
    if request.get("status") == EXTENDED or request.get("extension_reason") is not None:
        changes.append("extended")
    if request.get("status") == CLOSED:
        changes.append("closed")
    return changes


def check_logged_requests(
    path: Path, requests: list[dict[str, Any]], entries: list[dict[str, Any]]
) -> None:
    """Every request the log records is in the register, with every change logged."""
    by_id = {r.get("id"): r for r in requests if isinstance(r, dict)}
    for request_id, logged in logged_requests(entries).items():
        request = by_id.get(request_id)
        where = "the register is missing" if not path.is_file() else "not in the register"
        if request is None or f"subject:{request.get('subject_reference')}" != logged["subject"]:
            raise IntegrityError(
                f"{path}: request {request_id} ({logged['right']}, opened) is in the audit log "
                f"(entry {logged['seq']}) but {where}: {_DELETED}"
            )
        lost = [c for c in logged["changes"] if c not in _changes(request)]
        if lost:
            raise IntegrityError(
                f"{path}: request {request_id} ({lost[0]}) is in the audit log (entry "
                f"{logged['seq']}) but not in the register: {_DELETED}"
            )


def check_requests(path: Path, entries: list[dict[str, Any]]) -> int:
    """Every change in the request register has its audit entry, and every request the log
    records is in the register; the number of requests."""
    if not path.is_file():
        check_logged_requests(path, [], entries)
        return 0
    audited = {
        (e["details"].get("request"), e["details"].get("change"), e.get("subject"))
        for e in entries
        if isinstance(e.get("details"), dict) and e["details"].get("purpose") == "rights"
    }
    try:
        requests = fsutil.read_json_lines(path)
    except OSError as exc:
        raise SealflowError(f"{path}: cannot read ({exc.strerror})") from None
    for number, request in enumerate(requests, start=1):
        if not isinstance(request, dict):
            raise IntegrityError(f"{path}: line {number} is not a request")
        subject = f"subject:{request.get('subject_reference')}"
        for change in _changes(request):
            if (request.get("id"), change, subject) not in audited:
                raise IntegrityError(
                    f"{path}: request {request.get('id')} ({change}) has no entry in the "
                    f"audit log, which ends at entry {len(entries)}: {_ROLLED_BACK}"
                )
    check_logged_requests(path, requests, entries)
    return len(requests)


def check_releases(path: Path | None, entries: list[dict[str, Any]]) -> int:
    """Every release in the history has its audit entry, with its SHA-256, and every release
    the log records is in the history; the number of releases."""
    if path is None or not path.is_file():
        _check_logged_releases(path, 0, entries)
        return 0
    data = _read_json(path)
    if not isinstance(data, dict) or data.get("format") != HISTORY_FORMAT:
        raise IntegrityError(f"{path}: not a release history ({HISTORY_FORMAT})")
    releases = data.get("releases", [])
    if not isinstance(releases, list):
        raise IntegrityError(f"{path}: not a release history ({HISTORY_FORMAT})")
    audited: dict[int, set[str]] = {}
    for entry in entries:
        details = entry.get("details")
        if (
            isinstance(details, dict)
            and isinstance(details.get("release"), int)
            and "release_sha256" in details
        ):
            audited.setdefault(details["release"], set()).add(details["release_sha256"])
    for number, record in enumerate(releases, start=1):
        if number not in audited:
            raise IntegrityError(
                f"{path}: release {number} has no entry in the audit log, which ends at "
                f"entry {len(entries)}: {_ROLLED_BACK}"
            )
        if not isinstance(record, dict) or release_digest(record) not in audited[number]:
            raise IntegrityError(
                f"{path}: release {number} differs from the one the audit log records "
                "(its SHA-256): the history was edited; restore it from backup"
            )
    _check_logged_releases(path, len(releases), entries)
    return len(releases)


def _check_logged_releases(path: Path | None, held: int, entries: list[dict[str, Any]]) -> None:
    missing = releases_missing(path, held, entries)
    if missing is not None:
        raise IntegrityError(f"{missing}: {_DELETED}")


def check_events(path: Path, entries: list[dict[str, Any]]) -> int:
    """Every event in events.json names the audit entry that recorded it; the events."""
    if not path.is_file():
        return 0
    data = _read_json(path)
    events = data.get("events") if isinstance(data, dict) else None
    if not isinstance(events, dict):
        raise IntegrityError(f"{path}: not an events file (no events object)")
    for name, event in events.items():
        seq = event.get("audit_seq") if isinstance(event, dict) else None
        if not isinstance(seq, int) or isinstance(seq, bool) or seq < 1:
            raise IntegrityError(f"{path}: event {name} has no audit_seq")
        if seq > len(entries):
            raise IntegrityError(
                f"{path}: event {name} cites audit entry {seq}, but the log ends at entry "
                f"{len(entries)}: {_ROLLED_BACK}"
            )
        entry = entries[seq - 1]
        if entry.get("action") != EVENT_ACTION or entry.get("subject") != name:
            raise IntegrityError(
                f"{path}: event {name} cites audit entry {seq}, which records something "
                "else: the log or the file was rewritten"
            )
    return len(events)


def check_citations(settings: GovernSettings, entries: list[dict[str, Any]]) -> int:
    """Check every workspace record that cites an audit entry; the number of records checked.

    ``entries`` are the log's entries after full verification (`AuditLog.entries`).
    IntegrityError names the first record whose entry the log does not hold.
    """
    outcome = settings.study.outcome
    return (
        check_requests(register_path(settings), entries)
        + check_releases(outcome.release_history if outcome is not None else None, entries)
        + check_events(settings.study.retention.governance / EVENTS_FILE, entries)
    )
