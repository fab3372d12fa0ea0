"""The release history: every outcome table ever released, with every true count.

`sealflow release-tables` appends the tables it releases; each new release is then checked
against all of them together (table_bounds, interval_protection). The history holds the
exact counts of hidden cells and, per table, who it counted (``members``: a digest of each
pseudonymous ID, labels, a digest of the value; differencing.py compares releases on
people), so it lives in the workspace (0600) and never leaves it; the audit log gets the
SHA-256 of each release record so a later change to the file shows. The log also says how
many releases were made, so a history deleted or cut (by a clean-up, or by someone with
file access who wants the next release compared with nothing) stops `outcome` and
`release-tables` (`require_recorded_releases`) instead of turning the protection off.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.audit import since_retention_purge
from sealflow.errors import InputSchemaError, WorkspaceError
from sealflow.sdc.table_bounds import CellKey, Release, ReleasedTable
from sealflow.workspace import StudyAudit, audit_record

HISTORY_FORMAT = "sealflow-release-history/1"


def _table_record(table: ReleasedTable) -> dict[str, Any]:
    return {
        "name": table.name,
        "dimensions": table.dimensions,
        "categories": table.categories,
        "cells": [
            {"entry": list(entry), "count": count, "hidden": entry in table.hidden}
            for entry, count in sorted(table.counts.items())
        ],
        **({"members": table.members} if table.members is not None else {}),
    }


def _members_from_record(record: Any, dimensions: int) -> dict[str, list[str | None]] | None:
    """Who each cell counted (None in a history written before members were recorded)."""
    if record is None:
        return None
    members = {}
    for person, row in dict(record).items():
        if not isinstance(row, list) or len(row) != dimensions + 1:
            raise ValueError("members: each row holds one label per dimension and a digest")
        members[str(person)] = [None if v is None else str(v) for v in row]
    return members


def _table_from_record(record: dict[str, Any], where: str) -> ReleasedTable:
    try:
        counts = {tuple(int(p) for p in c["entry"]): int(c["count"]) for c in record["cells"]}
        hidden = {tuple(int(p) for p in c["entry"]) for c in record["cells"] if c["hidden"]}
        dimensions = [str(d) for d in record["dimensions"]]
        members = _members_from_record(record.get("members"), len(dimensions))
        return ReleasedTable(
            str(record["name"]),
            dimensions,
            [[str(c) for c in cats] for cats in record["categories"]],
            counts,
            hidden,
            members,
        )
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputSchemaError(
            f"{where}: not a release history table ({exc!r} missing or malformed); restore "
            "the file from backup: the released tables cannot be checked without it"
        ) from None


def read_history(path: str | os.PathLike[str] | None) -> list[Release]:
    """Every release so far, oldest first (none when there is no history yet)."""
    if path is None or not Path(path).is_file():
        return []
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputSchemaError(f"{path}: not valid JSON ({exc}); restore it from backup") from None
    if not isinstance(data, dict) or data.get("format") != HISTORY_FORMAT:
        raise InputSchemaError(f"{path}: expected a release history ({HISTORY_FORMAT})")
    releases = []
    for number, record in enumerate(data.get("releases", []), start=1):
        where = f"{path}: release {number}"
        tables = [_table_from_record(t, where) for t in record.get("tables", [])]
        releases.append(Release(tables, int(record.get("removed", 0)), int(record.get("added", 0))))
    return releases


def _interior(table: ReleasedTable) -> dict[CellKey, int]:
    """The counts of the cells with no "All" in them."""
    return {table.key(e): n for e, n in table.counts.items() if len(table.key(e)) == len(e)}


def people_changed(previous: Release | None, tables: Sequence[ReleasedTable]) -> tuple[int, int]:
    """How many people left and joined since ``previous``, as the tables' net changes show.

    Counted per table over its interior cells (people who left lower their cell, people
    who joined raise theirs) and the largest over the tables taken. The intruder is
    assumed to know both numbers (a withdrawal may be announced). Without a record of who
    was in each release this is the least change that explains the tables; a person who
    left a cell that someone else joined is not seen.
    """
    if previous is None:
        return 0, 0
    before = {t.name: t for t in previous.tables}
    removed = added = 0
    for table in tables:
        old = before.get(table.name)
        if old is None or old.dimensions != table.dimensions:
            continue
        old_counts = _interior(old)
        new_counts = _interior(table)
        keys = set(old_counts) | set(new_counts)
        changes = [new_counts.get(k, 0) - old_counts.get(k, 0) for k in keys]
        removed = max(removed, sum(-c for c in changes if c < 0))
        added = max(added, sum(c for c in changes if c > 0))
    return removed, added


def release_digest(record: dict[str, Any]) -> str:
    """The SHA-256 of one release record, as its audit entry carries it (release_sha256)."""
    canonical = json.dumps(record, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append_release(
    path: str | os.PathLike[str],
    tables: Sequence[ReleasedTable],
    audit: StudyAudit | None = None,
) -> str:
    """Add ``tables`` as the newest release (written whole, 0600); returns its SHA-256."""
    history = Path(path)
    data: dict[str, Any] = {"format": HISTORY_FORMAT, "releases": []}
    if history.is_file():
        read_history(history)  # validates before anything is added
        data = json.loads(history.read_text(encoding="utf-8"))
    previous = read_history(history)
    removed, added = people_changed(previous[-1] if previous else None, tables)
    record = {
        "released_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "removed": removed,
        "added": added,
        "tables": [_table_record(t) for t in tables],
    }
    digest = release_digest(record)
    data["releases"].append(record)
    fsutil.private_dir(history.parent)
    fsutil.write_json(history, data)
    audit_record(audit, "write", history, release=len(data["releases"]), release_sha256=digest)
    return digest


def last_recorded_release(entries: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The audit entry of the highest-numbered release since the last retention purge."""
    last = None
    for entry in since_retention_purge(entries):
        details = entry.get("details")
        if not isinstance(details, dict) or "release_sha256" not in details:
            continue
        number = details.get("release")
        if not isinstance(number, int) or isinstance(number, bool):
            continue
        if last is None or number >= last["details"]["release"]:
            last = entry
    return last


def releases_missing(
    path: str | os.PathLike[str] | None, held: int, entries: list[dict[str, Any]]
) -> str | None:
    """What the history lacks that the audit log records (None when it holds every release).

    ``held``: the number of releases the history at ``path`` holds (0 when it is absent).
    """
    last = last_recorded_release(entries)
    if last is None or held >= last["details"]["release"]:
        return None
    recorded = (
        f"release {last['details']['release']} (entry {last.get('seq')}, {last.get('subject')})"
    )
    if path is None:
        return f"outcome.release_history is not set, but the audit log records {recorded}"
    state = "is missing" if not Path(path).is_file() else f"holds {held} release(s)"
    return f"{path}: {state}, but the audit log records {recorded}"


def require_recorded_releases(
    path: str | os.PathLike[str] | None, held: int, audit: StudyAudit | None
) -> None:
    """Refuse to tabulate against a history shorter than the audit log says it was.

    Without the earlier releases a new one is compared with nothing: cells a withdrawal
    changed are published again and the difference gives the person away.
    """
    if audit is None:
        return
    missing = releases_missing(path, held, audit.log.entries())
    if missing is not None:
        raise WorkspaceError(
            f"{missing}: the release history was deleted or cut, and a release checked "
            "without it could give away by differencing whoever left since; restore it "
            "from backup (and set outcome.release_history to it), then run this again"
        )
