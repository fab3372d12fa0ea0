"""Rectification (Art. 16): a corrected value put into every table that holds the person.

The correction comes from a file (CSV: ``column,value``, one line per corrected column),
never the command line, and the person from an ID file as for every request. Each table
that holds rows about the person and has the column is rewritten whole with the new value
(received files as text, as received; workspace tables cast to the column's type; the
scrubbed survey loses their rows, which scrub remakes from the corrected text), so the
old value is gone from the received data and from what was made of it, and the next run
derives everything from the corrected data. The audit entry names the columns and tables,
never a value.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import polars as pl

from sealflow import fsutil
from sealflow.errors import InputSchemaError
from sealflow.govern.closed import refuse_if_purged
from sealflow.govern.holdings import (
    DOCUMENT_ID,
    PSEUDONYMOUS_ID,
    SURVEY_TOKEN,
    HeldTable,
    Person,
    held_tables,
    person,
    present,
    read_table,
    rows_about,
)
from sealflow.govern.settings import GovernSettings
from sealflow.govern.subject import subject_reference
from sealflow.workspace import write_parquet

KEY_COLUMNS = frozenset({PSEUDONYMOUS_ID, SURVEY_TOKEN, DOCUMENT_ID})
# Tables of scrubbed text: a corrected value is raw text, so the person's rows are taken
# out instead, and scrub makes them again from the corrected survey on the next run.
SCRUBBED_TABLES = frozenset({"survey_scrubbed"})
_MAX_CORRECTION_FILE = 64 * 1024


def read_corrections(path: Path) -> dict[str, str]:
    """The corrections in ``path`` (CSV with header column,value); errors never quote a value."""
    try:
        raw = Path(path).read_bytes()[: _MAX_CORRECTION_FILE + 1]
    except FileNotFoundError:
        raise InputSchemaError(
            f"{path}: correction file not found; write a CSV with the header column,value "
            "and one line per corrected column"
        ) from None
    if len(raw) > _MAX_CORRECTION_FILE:
        raise InputSchemaError(f"{path}: too large for a correction file (64 KiB at most)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputSchemaError(f"{path}: not UTF-8 text (byte offset {exc.start})") from None
    reader = csv.DictReader(text.splitlines())
    if reader.fieldnames is None or [f.strip() for f in reader.fieldnames] != ["column", "value"]:
        raise InputSchemaError(f"{path}, line 1: expected the header column,value")
    corrections: dict[str, str] = {}
    for number, row in enumerate(reader, 2):
        column = (row.get("column") or "").strip()
        if not column or row.get("value") is None or None in row:
            raise InputSchemaError(f"{path}, line {number}: expected two fields, column,value")
        if column in KEY_COLUMNS:
            raise InputSchemaError(
                f"{path}, line {number}, column {column}: a key, not a value; a wrong ID is "
                "corrected by the provider (erase the wrong one, send the right one)"
            )
        if column in corrections:
            raise InputSchemaError(f"{path}, line {number}: column {column} corrected twice")
        corrections[column] = row["value"]
    if not corrections:
        raise InputSchemaError(f"{path}: no correction; expected lines after column,value")
    return corrections


def _corrected(
    table: HeldTable, settings: GovernSettings, who: Person, corrections: dict[str, str]
) -> tuple[pl.DataFrame, dict[str, int]] | None:
    """The table with the corrections applied to the person's rows (None: nothing to do)."""
    frame = read_table(table, settings.ingest.delimiter)
    columns = [c for c in corrections if c in frame.columns]
    selector = rows_about(frame, table, who) if columns else None
    if selector is None:
        return None
    rows = int(frame.select(selector.sum()).item() or 0)
    if not rows:
        return None
    if table.name in SCRUBBED_TABLES:  # never the raw value: scrub rebuilds them next run
        return frame.filter(~selector), {column: rows for column in columns}
    updates = []
    for column in columns:
        dtype = frame.schema[column]
        try:
            new = pl.Series([corrections[column]]).cast(dtype, strict=True)[0]
        except pl.exceptions.InvalidOperationError:
            raise InputSchemaError(
                f"{settings.relative(table.path)}, column {column}: the corrected value is not "
                f"a {dtype}; fix the correction file (the value is not shown)"
            ) from None
        lit = pl.lit(new, dtype=dtype)
        updates.append(pl.when(selector).then(lit).otherwise(pl.col(column)).alias(column))
    return frame.with_columns(updates), {column: rows for column in columns}


def _write(table: HeldTable, frame: pl.DataFrame, delimiter: str) -> None:
    if table.is_csv:  # as received: the configured delimiter, cells as text
        with fsutil.atomic_path(table.path) as tmp:
            frame.write_csv(tmp, separator=delimiter)
    else:
        write_parquet(frame, table.path)


def rectify(
    settings: GovernSettings, pseudonymous_id: str, corrections: dict[str, str]
) -> dict[str, Any]:
    """Apply the corrections to every table holding the person; return counts (no value)."""
    refuse_if_purged(settings, "request rectify")
    who = person(settings, pseudonymous_id)
    tables = [t for t in present(held_tables(settings)) if t.erasable]
    # Checked before anything is written: a column no table about the person has.
    holding = {c for t in tables for c in read_table(t, settings.ingest.delimiter).columns} & set(
        corrections
    )
    missing = sorted(set(corrections) - holding)
    if missing:
        raise InputSchemaError(
            f"correction for column(s) {', '.join(missing)}: no table of the study has it; "
            "use the column names of the received files"
        )
    # Every table corrected in memory first: a value that fits one table's type but not
    # another's stops the request before anything is written.
    planned = [(t, _corrected(t, settings, who, corrections)) for t in tables]
    changed: dict[str, dict[str, int]] = {}
    for table, done in planned:  # upstream first, as held_tables lists them
        if done is not None:
            _write(table, done[0], settings.ingest.delimiter)
            changed[table.name] = done[1]
    reference = subject_reference(settings.workspace / "keys" / "audit.key", pseudonymous_id)
    entry = settings.audit_log().append(
        "write",
        f"subject:{reference}",
        purpose="rectification",
        columns=sorted(corrections),
        tables={name: sorted(cols) for name, cols in changed.items()},
    )
    return {
        "subject_reference": reference,
        "columns": sorted(corrections),
        "tables": changed,
        "derived_outputs": (
            "anonymised data and aggregate results are rebuilt from the corrected tables when "
            "the workflow next runs; run it now"
        ),
        "audit_seq": entry["seq"],
    }
