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
import zlib
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

import polars as pl

from sealflow.errors import InputSchemaError
from sealflow.ingest.header import RawTable, match_header
from sealflow.ingest.profiles import InputProfile
from sealflow.ingest.readers import spreadsheet_row
from sealflow.ingest.table_schema import TableSchema

# What reading a damaged or crafted workbook's parts raises (openpyxl parses with the
# standard library's expat, or lxml when present: its XMLSyntaxError is a SyntaxError).
DAMAGED = (zipfile.BadZipFile, ParseError, SyntaxError, zlib.error, EOFError, KeyError)
DOCTYPE = b"<!DOCTYPE"
SCAN_CHUNK = 64 * 1024
# Far above a real extract's workbook (a million rows of a dozen columns compress about
# 10:1 and inflate to well under this), far below what exhausts memory.
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200
RATIO_FLOOR_BYTES = 1024 * 1024


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


def _crafted(path: Path) -> str | None:
    """Why the package is refused before openpyxl reads it, or None.

    A zip bomb: a part that inflates more than MAX_RATIO times its compressed size (past
    1 MiB), or parts over MAX_TOTAL_BYTES in all (openpyxl keeps text between elements
    whole: memory grows with the inflated size). A document type in any XML part (Office
    never writes one): openpyxl parses with expat, which expands internal entities, so a
    "billion laughs" stops only at expat's amplification limit, after tens of MB. Parts are
    scanned in chunks, never inflated whole, in UTF-8 and in UTF-16 either way round.
    """
    needles = [DOCTYPE, DOCTYPE.decode().encode("utf-16-le"), DOCTYPE.decode().encode("utf-16-be")]
    overlap = max(len(n) for n in needles)
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        if sum(info.file_size for info in infos) > MAX_TOTAL_BYTES:
            return f"its parts inflate past {MAX_TOTAL_BYTES} bytes: a possible zip bomb"
        for info in infos:
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > RATIO_FLOOR_BYTES and ratio > MAX_RATIO:
                return f"part {info.filename} inflates {ratio:.0f} times: a possible zip bomb"
        for info in infos:
            if not info.filename.endswith((".xml", ".rels", ".vml")):
                continue
            with archive.open(info) as member:
                tail = b""
                while chunk := member.read(SCAN_CHUNK):
                    window = tail + chunk
                    if any(needle in window for needle in needles):
                        return (
                            f"part {info.filename} declares a document type, which "
                            "spreadsheet programs never write"
                        )
                    tail = window[-overlap:]
    return None


def _rows(path: Path, profile: InputProfile) -> tuple[list[tuple[Any, ...]], str]:
    # Imported here: only a study with .xlsx inputs pays for loading openpyxl.
    from openpyxl import load_workbook

    try:
        crafted = _crafted(path)
    except (*DAMAGED, OSError, ValueError):
        crafted = None  # not a readable package: load_workbook below says so
    if crafted:
        raise InputSchemaError(
            f"{path}: {crafted}; the file is crafted or damaged: ask the sender to save it "
            "again as .xlsx"
        )
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (*DAMAGED, OSError, ValueError):
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
    except DAMAGED as exc:
        # A sheet's XML is parsed only as its rows are read: a damaged or crafted part (an
        # entity expansion that expat stops, a cut-off stream) shows up here.
        raise InputSchemaError(
            f"{path}: the workbook's sheet cannot be read ({type(exc).__name__}); the file is "
            "damaged or was not written by a spreadsheet program: ask the sender to save it "
            "again as .xlsx"
        ) from None
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
