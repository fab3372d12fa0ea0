"""What a second deposit tells whoever holds the first: the rows that changed between them.

A deposit is final, but a study may deposit again (an audited ``--override-lock``), for
instance after a withdrawal. The archive then holds both. Archive IDs are drawn afresh each
time, yet a row's survey answers and scrubbed free text are the same in both deposits, so
matching the two row by row leaves exactly the rows that changed: after one withdrawal, the
withdrawn person's row, with their answers and free text, picked out (a blind intruder test
found this in the twenty-third round: 1 row isolated, and it was the withdrawer's).

So every deposit records a fingerprint of each row's values outside the quasi-identifiers
(the answers and free text that survive generalisation unchanged, hence what links two
deposits), and a later deposit that differs from an earlier one by fewer than k rows, either
way, is refused unless the data manager accepts the risk explicitly (audited). A difference
of k rows or more hides each changed row among at least k.

What this cannot see: a deposit made before this record existed (nothing to compare with),
and a link an intruder makes through columns that both deposits generalise differently (the
fingerprint reads the answer columns only, which the anonymisation never changes).
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import polars as pl

from sealflow import fsutil
from sealflow.errors import SealflowError

RECORD_NAME = "deposited_rows.json"
RECORD_FORMAT = "sealflow-deposited-rows/1"
# the deposit's own row ID, drawn afresh each time: never part of a row's fingerprint
ARCHIVE_ID = "archive_id"


class SmallDifferenceError(SealflowError, ValueError):
    """A deposit differs from one the archive holds by fewer than k rows."""


def fingerprint_columns(columns: Sequence[str], quasi_identifiers: Sequence[str]) -> list[str]:
    """The columns that link one deposit's rows to another's: all but the archive ID and the
    quasi-identifiers (which a later anonymisation may generalise differently); all but the
    archive ID when nothing else is left."""
    answers = [c for c in columns if c != ARCHIVE_ID and c not in set(quasi_identifiers)]
    return answers or [c for c in columns if c != ARCHIVE_ID]


def row_fingerprints(table: pl.DataFrame, columns: Sequence[str], salt: str) -> list[str]:
    """One salted SHA-256 (16 bytes, hex) per row of ``table`` over ``columns``, in order."""
    rows = table.select(list(columns)).rows()
    return [
        hashlib.sha256(
            (salt + json.dumps(row, default=str, ensure_ascii=False)).encode()
        ).hexdigest()[:32]
        for row in rows
    ]


def _read(record: Path) -> dict[str, Any]:
    if not record.is_file():
        return {"format": RECORD_FORMAT, "salt": secrets.token_hex(16), "deposits": []}
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = None
    if not isinstance(data, dict) or data.get("format") != RECORD_FORMAT:
        raise SmallDifferenceError(
            f"{record}: not a record of deposited rows ({RECORD_FORMAT}); restore it from "
            "backup (it is what a later deposit is compared with), nothing was sent"
        )
    return data


def fingerprints_of(microdata: Path, record: Path, quasi_identifiers: Sequence[str]) -> list[str]:
    """The fingerprints of a deposit's microdata, salted as the study's record is (the record
    is started, with its salt, before the first deposit leaves)."""
    data = _read(record)
    if not record.is_file():
        fsutil.write_json(record, data)
    table = pl.read_parquet(microdata)
    columns = fingerprint_columns(table.columns, quasi_identifiers)
    return row_fingerprints(table, columns, str(data["salt"]))


def check_difference(
    record: Path, fingerprints: Sequence[str], k: int, accepted: bool
) -> list[dict[str, Any]]:
    """Compare a deposit's rows with every earlier deposit's; the differences, one per
    earlier deposit (``batch_id``, ``rows_gone``, ``rows_new``).

    Raises SmallDifferenceError when one differs by fewer than ``k`` rows gone or new (and
    more than none) and the risk was not ``accepted``.
    """
    new = Counter(fingerprints)
    found = []
    for earlier in _read(record)["deposits"]:
        before = Counter(earlier.get("rows", []))
        gone, added = sum((before - new).values()), sum((new - before).values())
        found.append({"batch_id": earlier.get("batch_id"), "rows_gone": gone, "rows_new": added})
        if accepted or not (0 < gone < k or 0 < added < k):
            continue
        raise SmallDifferenceError(
            f"{record}: this deposit differs from deposit {earlier.get('batch_id')} (sent "
            f"{earlier.get('deposited_at')}) by {gone} row(s) gone and {added} new, fewer than "
            f"k={k}: whoever holds both deposits matches their rows on the answers and free "
            "text and finds exactly those rows (after a withdrawal, the withdrawn person's "
            f"answers). Ask the archive to destroy deposit {earlier.get('batch_id')} and deposit "
            "when it confirms, or deposit when k or more rows have changed; to send anyway, add "
            "--accept-small-difference (audited). Nothing was sent"
        )
    return found


def record_deposit(
    record: Path, fingerprints: Sequence[str], batch_id: str, deposited_at: str
) -> None:
    """Add a deposit's row fingerprints to the study's record (written whole, then renamed)."""
    data = _read(record)
    data["deposits"].append(
        {"batch_id": batch_id, "deposited_at": deposited_at, "rows": list(fingerprints)}
    )
    fsutil.write_json(record, data)
