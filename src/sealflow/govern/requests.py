"""The request register: every right a person exercises, with its one-month clock.

UK GDPR Art. 12(3): a request is answered within one month of receipt, extendable by two
further months (with reasons given to the person) where it is complex or one of many. The
month is a calendar month: received on the 3rd, due on the 3rd of the next month; where
that day does not exist (received 31 January) the last day of that month. The register
(work/governance/requests.jsonl, 0600) names each person by subject reference, never by
value, and every change to it is audited before it is written, so a register row always
has its entry in the log, and every request the log records must be in the register as
the log last left it (`sealflow audit verify` checks both ways; `govern.audit_citations`).
The entries carry the dates too (received, due, closed), so `sealflow status` still shows
the open requests and their clocks from the log when the register has gone
(`logged_requests`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.audit import since_retention_purge
from sealflow.errors import InputSchemaError, WorkspaceError
from sealflow.govern.closed import refuse_if_purged
from sealflow.govern.settings import GovernSettings
from sealflow.govern.subject import subject_reference

RIGHTS = ("access", "erasure", "rectification", "restriction", "objection", "portability")
OPEN, EXTENDED, CLOSED = "open", "extended", "closed"
REGISTER = "governance/requests.jsonl"
# The audited changes of a request, in the order they happen (the log's `change`).
OPENED, EXTENDED_CHANGE, CLOSED_CHANGE = "opened", "extended", "closed"


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months later (the month's last day if it has none)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def register_path(settings: GovernSettings) -> Path:
    return settings.workspace / REGISTER


def read_register(settings: GovernSettings) -> list[dict[str, Any]]:
    """Every request recorded, oldest first."""
    path = register_path(settings)
    return list(fsutil.read_json_lines(path)) if path.is_file() else []


def _write_register(settings: GovernSettings, requests: list[dict[str, Any]]) -> None:
    path = register_path(settings)
    fsutil.private_dir(path.parent)
    text = "".join(json.dumps(r, sort_keys=True) + "\n" for r in requests)
    fsutil.write_text(path, text)


def _find(requests: list[dict[str, Any]], request_id: str) -> dict[str, Any]:
    for request in requests:
        if request["id"] == request_id:
            return request
    raise InputSchemaError(
        f"request {request_id}: not in the request register; `sealflow request list` shows "
        "the request ids"
    )


def _audit(settings: GovernSettings, request: dict[str, Any], change: str) -> int:
    """Append the change, with the request's dates (never a value), before the register."""
    entry = settings.audit_log().append(
        "write",
        f"subject:{request['subject_reference']}",
        purpose="rights",
        request=request["id"],
        right=request["right"],
        change=change,
        received=request["received"],
        due=request["due"],
        **({"closed": request["closed"]} if change == CLOSED_CHANGE else {}),
    )
    return int(entry["seq"])


def _require_logged_requests(settings: GovernSettings, requests: list[dict[str, Any]]) -> None:
    """Refuse a new request while the register lacks one the audit log records.

    Its number would be given again and the request the register lost would stay lost.
    """
    held = {r.get("id") for r in requests}
    log = settings.audit_log()
    logged = logged_requests(log.entries()) if log.path.is_file() else {}
    lost = sorted(set(logged) - held)
    if lost:
        path = settings.relative(register_path(settings))
        raise WorkspaceError(
            f"{path}: request {lost[0]} ({logged[lost[0]]['right']}) is in the audit log but "
            "not in the register (deleted or put back to an earlier state); restore the "
            "register from backup before opening another request (`sealflow status` lists "
            "the open ones from the log)"
        )


def open_request(
    settings: GovernSettings,
    pseudonymous_id: str,
    right: str,
    received: dt.date | None = None,
) -> dict[str, Any]:
    """Record a request received on ``received`` (default today) and its deadline."""
    refuse_if_purged(settings, "request open")
    if right not in RIGHTS:
        raise InputSchemaError(f"right {right!r}: expected one of {', '.join(RIGHTS)}")
    received = received or dt.datetime.now(dt.UTC).date()
    requests = read_register(settings)
    _require_logged_requests(settings, requests)
    reference = subject_reference(settings.workspace / "keys" / "audit.key", pseudonymous_id)
    request: dict[str, Any] = {
        "id": f"R{len(requests) + 1:04d}",
        "right": right,
        "subject_reference": reference,
        "received": received.isoformat(),
        "due": add_months(received, 1).isoformat(),
        "status": OPEN,
        "extension_reason": None,
        "closed": None,
        "outcome": None,
    }
    seq = _audit(settings, request, OPENED)
    _write_register(settings, [*requests, request])
    return {**request, "audit_seq": seq}


def extend_request(settings: GovernSettings, request_id: str, reason: str) -> dict[str, Any]:
    """Extend by two further months (once, with a reason the person is told)."""
    if not reason.strip():
        raise InputSchemaError("--reason: an extension needs the reason the person is given")
    requests = read_register(settings)
    request = _find(requests, request_id)
    if request["status"] != OPEN:
        raise InputSchemaError(
            f"request {request_id}: is {request['status']}; only an open request, not yet "
            "extended, can be extended (Art. 12(3) allows two further months once)"
        )
    received = dt.date.fromisoformat(request["received"])
    request.update(status=EXTENDED, due=add_months(received, 3).isoformat())
    request["extension_reason"] = reason.strip()
    seq = _audit(settings, request, EXTENDED_CHANGE)
    _write_register(settings, requests)
    return {**request, "audit_seq": seq}


def close_request(
    settings: GovernSettings, request_id: str, outcome: str, closed: dt.date | None = None
) -> dict[str, Any]:
    """Close a request with its outcome (what was done, or why not) and closing date."""
    requests = read_register(settings)
    request = _find(requests, request_id)
    if request["status"] == CLOSED:
        raise InputSchemaError(f"request {request_id}: already closed on {request['closed']}")
    closed = closed or dt.datetime.now(dt.UTC).date()
    request.update(status=CLOSED, closed=closed.isoformat(), outcome=outcome.strip() or "done")
    seq = _audit(settings, request, CLOSED_CHANGE)
    _write_register(settings, requests)
    return {**request, "audit_seq": seq}


def logged_requests(entries: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Each request as the audit log's entries since the last retention purge leave it.

    Per request id: its right, subject (``subject:<reference>``), the changes logged and
    the register row they imply (status, received, due). Entries written before the
    dates were logged give the day of the entry as received and the statutory due date.
    """
    found: dict[str, dict[str, Any]] = {}
    for entry in since_retention_purge(entries):
        details = entry.get("details")
        if not isinstance(details, dict) or details.get("purpose") != "rights":
            continue
        request_id, change = details.get("request"), details.get("change")
        if not isinstance(request_id, str) or change not in (
            OPENED,
            EXTENDED_CHANGE,
            CLOSED_CHANGE,
        ):
            continue
        if change == OPENED:
            received = str(details.get("received") or str(entry.get("at", ""))[:10])
            found[request_id] = {
                "id": request_id,
                "right": details.get("right"),
                "subject": entry.get("subject"),
                "changes": [],
                "status": OPEN,
                "received": received,
                "due": details.get("due") or add_months(dt.date.fromisoformat(received), 1),
                "seq": entry.get("seq"),
            }
        request = found.get(request_id)
        if request is None:  # its opening was before the purge
            continue
        request["changes"].append(change)
        request["seq"] = entry.get("seq")
        if change == EXTENDED_CHANGE:
            request["status"] = EXTENDED
            request["due"] = details.get("due") or add_months(
                dt.date.fromisoformat(request["received"]), 3
            )
        elif change == CLOSED_CHANGE:
            request["status"] = CLOSED
    for request in found.values():
        request["due"] = str(request["due"])
    return found


def _clock(request: dict[str, Any], today: dt.date) -> dict[str, Any]:
    left = (dt.date.fromisoformat(request["due"]) - today).days
    return {
        "id": request["id"],
        "right": request["right"],
        "received": request["received"],
        "due": request["due"],
        "extended": request["status"] == EXTENDED,
        "days_left": left,
        "clock": "overdue" if left < 0 else "due today" if left == 0 else "running",
    }


def open_requests(settings: GovernSettings, today: dt.date | None = None) -> list[dict[str, Any]]:
    """The requests still open with their clocks: days left (negative: overdue)."""
    today = today or dt.datetime.now(dt.UTC).date()
    return [_clock(r, today) for r in read_register(settings) if r["status"] != CLOSED]


def logged_open_requests(
    settings: GovernSettings, today: dt.date | None = None
) -> list[dict[str, Any]]:
    """The open requests as the audit log records them, for when the register is missing.

    Each carries ``register_missing`` naming the register, so status says to restore it.
    """
    log = settings.audit_log()
    # Only a log that mentions a request is verified (which needs the evaluator's key):
    # status before any request keeps working with the key locked.
    if not log.path.is_file() or '"request": ' not in log.path.read_text(
        encoding="utf-8", errors="replace"
    ):
        return []
    today = today or dt.datetime.now(dt.UTC).date()
    missing = settings.relative(register_path(settings))
    return [
        {**_clock(r, today), "register_missing": missing}
        for r in logged_requests(log.entries()).values()
        if r["status"] != CLOSED
    ]


def status_requests(config: dict[str, Any]) -> list[dict[str, Any]]:
    """`sealflow status`: the open requests and their clocks.

    From the register; when it is missing, from the audit log (a register deleted by a
    clean-up, or by someone with file access, does not hide a running clock).
    """
    settings = GovernSettings.from_config(config)
    if register_path(settings).is_file():
        return open_requests(settings)
    return logged_open_requests(settings)
