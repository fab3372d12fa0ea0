"""Reading an input .xlsx workbook or Parquet file as text columns, as the CSV reader does.

A provider often sends its extract as a workbook, with a protective-marking row (e.g.
OFFICIAL-SENSITIVE) above the header. openpyxl reads it in read-only mode (row by row,
never the whole sheet's formatting) and every cell becomes the text a CSV export of it
would hold: whole numbers without ``.0``, dates as ISO 8601. The checks and messages that
follow are the same as for CSV; rows are numbered as the spreadsheet numbers them.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

import polars as pl

from sealflow.errors import InputSchemaError
from sealflow.ingest.header import RawTable, match_header
from sealflow.ingest.profiles import InputProfile
from sealflow.ingest.readers import spreadsheet_row
from sealflow.ingest.table_schema import TableSchema


def cell_text(value: Any, dtype: str = "str") -> str | None:
    """A cell's value as the text a CSV export would hold (None for an empty cell).

    A date-time cell at midnight is a date (Excel stores dates as date-times), unless the
    schema column (``dtype``) is a date-time.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0) and value.tzinfo is None and dtype != "datetime":
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _rows(path: Path, profile: InputProfile) -> tuple[list[tuple[Any, ...]], str]:
    # Imported here: only a study with .xlsx inputs pays for loading openpyxl.
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise InputSchemaError(
            f"{path}: not an .xlsx workbook (a CSV or an old .xls file?); save it as .xlsx, or "
            f"set {profile.key}.format to the file's format"
        ) from None
    try:
        names = workbook.sheetnames
        if profile.sheet is not None and profile.sheet not in names:
            raise InputSchemaError(
                f"{path}: no sheet named as {profile.key}.sheet says; the workbook's sheets: "
                f"{', '.join(names)}"
            )
        sheet = workbook[profile.sheet] if profile.sheet is not None else workbook.worksheets[0]
        # Some tools write a wrong used range; read-only mode would trust it and cut rows.
        sheet.reset_dimensions()
        return list(sheet.iter_rows(values_only=True)), sheet.title
    finally:
        workbook.close()


def read_xlsx_table(path: Path, schema: TableSchema, profile: InputProfile) -> RawTable:
    """Read one sheet (the first, or ``sheet``) of an .xlsx workbook as its profile says."""
    rows, sheet_name = _rows(path, profile)
    first_data = profile.skip_rows + profile.header_rows
    header_cells = rows[profile.skip_rows] if len(rows) > profile.skip_rows else ()
    header = [(cell_text(value) or "").strip() for value in header_cells]
    while header and not header[-1]:
        header.pop()  # a sheet's used range often runs past the last named column
    match = match_header(path, header, schema, profile)
    width = len(header)
    columns: dict[str, list[str | None]] = {name: [] for name in match.positions}
    dtypes = {column.name: column.dtype for column in schema.columns}
    for data_row, row in enumerate(rows[first_data:], start=1):
        if any(value is not None and str(value).strip() for value in row[width:]):
            raise InputSchemaError(
                f"{path}: {spreadsheet_row(data_row, profile.rows_above_data)} has a value "
                f"beyond the last named column ({width}); name that column in the header row or "
                "clear the cell"
            )
        for name, position in match.positions.items():
            value = row[position] if position < len(row) else None
            columns[name].append(cell_text(value, dtypes[name]))
    frame = pl.DataFrame(columns, schema=dict.fromkeys(match.positions, pl.String))
    return RawTable(
        frame, {"format": "xlsx", "sheet": sheet_name, "columns_dropped": match.dropped}
    )


def read_parquet_table(path: Path, schema: TableSchema, profile: InputProfile) -> RawTable:
    """Read a Parquet file: every column as text (dates as ISO 8601), then as a CSV would be."""
    try:
        frame = pl.read_parquet(path)
    except (pl.exceptions.PolarsError, OSError):
        raise InputSchemaError(
            f"{path}: not a readable Parquet file; ask the sender to re-export it, or set "
            f"{profile.key}.format to the file's format"
        ) from None
    header = [name.strip() for name in frame.columns]
    match = match_header(path, header, schema, profile)

    def as_text(name: str) -> pl.Expr:
        dtype = frame.schema[name]
        if dtype == pl.Date:
            return pl.col(name).dt.strftime("%Y-%m-%d")
        if isinstance(dtype, pl.Datetime):
            offset = "%z" if dtype.time_zone else ""
            return pl.col(name).dt.strftime(f"%Y-%m-%dT%H:%M:%S%.f{offset}")
        return pl.col(name).cast(pl.String)

    selected = frame.select(
        as_text(frame.columns[position]).alias(name) for name, position in match.positions.items()
    )
    return RawTable(selected, {"format": "parquet", "columns_dropped": match.dropped})
