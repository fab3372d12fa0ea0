"""Matching a file's header row to a table schema, through the input profile's renames.

Shared by every format (CSV, TSV, .xlsx, Parquet), so a missing, repeated or extra column
gets the same error whatever the file is. Column names from the file are never echoed in
an error: a file sent without its header row would have an identifier there. Extra
columns that a profile drops are the one exception, listed by name in the ingest report
(the data manager must see what was set aside), and only once every schema column was
found in the same row, which shows it is a real header row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from sealflow.errors import InputSchemaError
from sealflow.ingest.profiles import InputProfile
from sealflow.ingest.table_schema import TableSchema

# A dropped column's name in the report is cut to this length: a header cell, not a paragraph.
MAX_NAME_SHOWN = 80


@dataclass(frozen=True)
class HeaderMatch:
    """Where each schema column is in the file (0-based position), and what was dropped."""

    positions: dict[str, int]
    dropped: list[str]


@dataclass(frozen=True)
class RawTable:
    """What every format's reader returns: the schema's columns as text, as sent.

    ``frame`` holds the schema's columns in schema order (renamed, extra columns left
    out), one row per data row of the file, blank rows included so numbering stays true;
    ``notes`` says for the ingest report how the file was read (format, encoding and how
    it was found, columns dropped by name).
    """

    frame: pl.DataFrame
    notes: dict[str, Any] = field(default_factory=dict)


def _shown(name: str, position: int) -> str:
    if not name:
        return f"(column {position + 1}, no name)"
    return name if len(name) <= MAX_NAME_SHOWN else name[: MAX_NAME_SHOWN - 1] + "…"


def match_header(
    path: Path,
    header: list[str],
    schema: TableSchema,
    profile: InputProfile,
    delimiter_hint: Callable[[], str | None] | None = None,
) -> HeaderMatch:
    """Check the header row (names stripped) against the schema; refuse or drop extra columns.

    ``delimiter_hint`` (CSV only) explains a header that does not split on the configured
    delimiter; it is asked only when a column is missing.
    """
    expected = schema.column_names
    key = profile.key
    if not any(header):
        raise InputSchemaError(
            f"{path}: empty file (no header row); expected a header with the columns "
            f"{', '.join(expected)}; {schema.fix}"
        )
    renamed = [profile.rename.get(name, name) for name in header]
    header_row = profile.skip_rows + 1
    missing = [name for name in expected if name not in renamed]
    if missing:
        hint = delimiter_hint() if delimiter_hint is not None else None
        if hint:
            raise InputSchemaError(f"{path}: {hint}")
        marking = (
            f"; if rows above the header hold a title or protective marking, set {key}.skip_rows"
            if sum(bool(name) for name in header) <= 1
            else ""
        )
        raise InputSchemaError(
            f"{path}: missing required column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)} in the header row ({header_row}); expected columns: "
            f"{', '.join(expected)}; {schema.fix}, or name the file's own column for it in "
            f"{key}.rename{marking}"
        )
    repeated = sorted({name for name in expected if renamed.count(name) > 1})
    if repeated or (profile.extra_columns == "refuse" and len(set(renamed)) != len(renamed)):
        which = f" ({', '.join(repeated)})" if repeated else ""
        raise InputSchemaError(
            f"{path}: a column name appears twice in the header{which}; {schema.fix}"
            + (f", or check {key}.rename" if profile.rename else "")
        )
    positions = {name: renamed.index(name) for name in expected}
    wanted = set(positions.values())
    extra = [i for i in range(len(header)) if i not in wanted]
    if extra and profile.extra_columns == "refuse":
        raise InputSchemaError(
            f"{path}: the header has {len(extra)} column{'s' if len(extra) > 1 else ''} not in "
            f"the {schema.table} schema; expected exactly: {', '.join(expected)}; remove the "
            f"extra columns (they may hold data nobody agreed to share), or set "
            f"{key}.extra_columns to drop to drop them (listed by name in the ingest report)"
        )
    return HeaderMatch(positions, [_shown(header[i], i) for i in extra])
