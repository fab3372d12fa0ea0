"""The request register: every right a person exercises, with its one-month clock.

UK GDPR Art. 12(3): a request is answered within one month of receipt, extendable by two
further months (with reasons given to the person) where it is complex or one of many. The
month is a calendar month: received on the 3rd, due on the 3rd of the next month; where
that day does not exist (received 31 January) the last day of that month. The register
(work/governance/requests.jsonl, 0600) names each person by subject reference, never by
value, and every change to it is audited before it is written, so a register row always
has its entry in the log (`sealflow audit verify` checks that; `govern.audit_citations`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.errors import InputSchemaError
from sealflow.govern.settings import GovernSettings
from sealflow.govern.subject import subject_reference

RIGHTS = ("access", "erasure", "rectification", "restriction", "objection", "portability")
OPEN, EXTENDED, CLOSED = "open", "extended", "closed"
REGISTER = "governance/requests.jsonl"


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
    entry = settings.audit_log().append(
        "write",
        f"subject:{request['subject_reference']}",
        purpose="rights",
        request=request["id"],
        right=request["right"],
        change=change,
    )
    return int(entry["seq"])


def open_request(
    settings: GovernSettings,
    pseudonymous_id: str,
    right: str,
    received: dt.date | None = None,
) -> dict[str, Any]:
    """Record a request received on ``received`` (default today) and its deadline."""
    if right not in RIGHTS:
        raise InputSchemaError(f"right {right!r}: expected one of {', '.join(RIGHTS)}")
    received = received or dt.datetime.now(dt.UTC).date()
    requests = read_register(settings)
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
    seq = _audit(settings, request, "opened")
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
    seq = _audit(settings, request, "extended")
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
    seq = _audit(settings, request, "closed")
    _write_register(settings, requests)
    return {**request, "audit_seq": seq}


def open_requests(settings: GovernSettings, today: dt.date | None = None) -> list[dict[str, Any]]:
    """The requests still open with their clocks: days left (negative: overdue)."""
    today = today or dt.datetime.now(dt.UTC).date()
    out = []
    for request in read_register(settings):
        if request["status"] == CLOSED:
            continue
        left = (dt.date.fromisoformat(request["due"]) - today).days
        out.append(
            {
                "id": request["id"],
                "right": request["right"],
                "received": request["received"],
                "due": request["due"],
                "extended": request["status"] == EXTENDED,
                "days_left": left,
                "clock": "overdue" if left < 0 else "due today" if left == 0 else "running",
            }
        )
    return out


def status_requests(config: dict[str, Any]) -> list[dict[str, Any]]:
    """`sealflow status`: the open requests and their clocks (none if no register yet)."""
    return open_requests(GovernSettings.from_config(config))
