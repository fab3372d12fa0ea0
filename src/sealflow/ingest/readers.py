"""Reading an input CSV: encoding, delimiter and row structure checked before any parsing.

Polars parses CSV fast but forgives too much for data that arrives from another party: it
reads Latin-1 bytes as replacement characters, fills short rows with nulls and, after a
ragged row, can split a quoted multi-line field. So the raw bytes are checked first (UTF-8,
optionally with a BOM; the byte offset of the first bad byte otherwise), then the header
(delimiter, columns), then every record's field count with the standard ``csv`` module,
and only a file that passes all three reaches ``polars.scan_csv``. Error messages name the
file, row and column, never a cell's value: cells may be identifiers.
"""

from __future__ import annotations

import codecs
import csv
import io
import os
from pathlib import Path
from typing import NoReturn

import polars as pl

from sealflow.errors import InputSchemaError
from sealflow.ingest.table_schema import TableSchema

UTF8_BOM = codecs.BOM_UTF8
_OTHER_BOMS = {
    codecs.BOM_UTF32_LE: "UTF-32",
    codecs.BOM_UTF32_BE: "UTF-32",
    codecs.BOM_UTF16_LE: "UTF-16",
    codecs.BOM_UTF16_BE: "UTF-16",
}
DELIMITER_NAMES = {",": "comma ','", ";": "semicolon ';'", "\t": "tab", "|": "pipe '|'"}
SAVE_AS_UTF8 = "re-export it as UTF-8 (CSV UTF-8 in spreadsheet programs)"
ID_TRIMMED = "__id_trimmed"


def spreadsheet_row(data_row: int) -> str:
    """A 1-based data row, also as a spreadsheet numbers it (its header is row 1)."""
    return f"data row {data_row} (spreadsheet row {data_row + 1})"


def decode_utf8(path: Path) -> str:
    """Return the file's text; UTF-8 with or without BOM is accepted, anything else is an error.

    The error names the byte offset (0-based, from the start of the file) of the first byte
    that is not UTF-8, and the likely encoding, so the sender knows what to re-export.
    """
    data = path.read_bytes()
    for bom, name in _OTHER_BOMS.items():
        if data.startswith(bom):
            raise InputSchemaError(
                f"{path}: encoded as {name} (byte order mark at byte offset 0), not UTF-8; "
                f"{SAVE_AS_UTF8}"
            )
    start = len(UTF8_BOM) if data.startswith(UTF8_BOM) else 0
    try:
        text = data[start:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = start + exc.start
        bad = data[offset]
        raise InputSchemaError(
            f"{path}: not UTF-8: byte 0x{bad:02X} at byte offset {offset} is not valid UTF-8 "
            f"(the file looks like Latin-1 or Windows-1252); {SAVE_AS_UTF8}"
        ) from None
    nul = text.find("\x00")
    if nul >= 0:
        offset = start + len(text[:nul].encode("utf-8"))
        line = text.count("\n", 0, nul) + 1
        if text.count("\x00") * 4 >= len(text):
            raise InputSchemaError(
                f"{path}: NUL byte at byte offset {offset}: the file looks like UTF-16 without a "
                f"byte order mark, not UTF-8; {SAVE_AS_UTF8}"
            )
        # A few NULs in otherwise good UTF-8: a damaged copy or binary pasted into a cell.
        raise InputSchemaError(
            f"{path}: NUL byte at byte offset {offset} (line {line} of the file); a CSV export "
            "never holds NUL bytes: the file is damaged or a cell holds binary data; ask the "
            "sender to re-export it"
        )
    return text


def check_line_endings(path: Path, text: str) -> None:
    """LF and CRLF are accepted; CR alone (classic Mac OS) is not, as polars cannot split it."""
    if "\r" in text and "\n" not in text:
        raise InputSchemaError(
            f"{path}: lines end with a carriage return only (classic Mac OS line endings), "
            "which the CSV reader cannot split; re-export it with LF or CRLF line endings"
        )


def _split_header(text: str, delimiter: str) -> list[str]:
    end = text.find("\n")
    first_line = text if end < 0 else text[:end]
    reader = csv.reader(io.StringIO(first_line, newline=""), delimiter=delimiter)
    try:
        return [name.strip() for name in next(reader, [])]
    except csv.Error:
        # The header line itself does not parse (a stray quote, a bare carriage return).
        return []


def check_header(path: Path, text: str, schema: TableSchema, delimiter: str) -> list[str]:
    """Check the header row: delimiter, required columns, no duplicates, no unknown columns.

    Column names from the file are never echoed: a file without its header row would have
    an identifier there.
    """
    if not text.strip():
        raise InputSchemaError(
            f"{path}: empty file (no header row); expected a header with the columns "
            f"{', '.join(schema.column_names)}; {schema.fix}"
        )
    header = _split_header(text, delimiter)
    expected = schema.column_names
    missing = [name for name in expected if name not in header]
    if missing:
        for other, other_name in DELIMITER_NAMES.items():
            if other == delimiter:
                continue
            other_header = _split_header(text, other)
            if len(other_header) > len(header) and sum(n in other_header for n in expected) > sum(
                n in header for n in expected
            ):
                raise InputSchemaError(
                    f"{path}: the header does not split on the configured delimiter "
                    f"{DELIMITER_NAMES[delimiter]}; the file seems to use {other_name}; set "
                    f"ingest.delimiter in config.yaml or re-export the file with "
                    f"{DELIMITER_NAMES[delimiter]}"
                )
        raise InputSchemaError(
            f"{path}: missing required column{'s' if len(missing) > 1 else ''} "
            f"{', '.join(missing)} in the header row (1); expected columns: "
            f"{', '.join(expected)}; {schema.fix}"
        )
    if len(set(header)) != len(header):
        repeated = sorted({name for name in header if header.count(name) > 1 and name in expected})
        which = f" ({', '.join(repeated)})" if repeated else ""
        raise InputSchemaError(
            f"{path}: a column name appears twice in the header{which}; {schema.fix}"
        )
    extra = len(header) - len(expected)
    if extra:
        raise InputSchemaError(
            f"{path}: the header has {extra} column{'s' if extra > 1 else ''} not in the "
            f"{schema.table} schema; expected exactly: {', '.join(expected)}; remove the "
            f"extra columns (they may hold data nobody agreed to share)"
        )
    return header


def check_records(path: Path, text: str, header: list[str], delimiter: str) -> None:
    """Every record has as many fields as the header, and quotes are balanced."""
    if '"' not in text and text.count("\r") == text.count("\r\n"):
        # Without quotes a record is a line and its fields are split by every delimiter: the
        # same count as the csv module's, several times faster on a 100 000-row extract.
        _check_unquoted_records(path, text, len(header), delimiter)
        return
    # The csv module refuses fields over 128 KiB by default; a long free-text answer is data.
    csv.field_size_limit(max(csv.field_size_limit(), len(text) + 1))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    width = len(header)
    try:
        next(reader)
        for data_row, record in enumerate(reader, start=1):
            if len(record) != width and record:
                _wrong_width(path, data_row, len(record), width, delimiter)
    except csv.Error as exc:
        # csv's reasons name characters and limits, never a cell's content.
        raise InputSchemaError(
            f"{path}: malformed CSV near line {reader.line_num} of the file ({exc}; an "
            "unbalanced double quote?); quote fields containing the delimiter or a line break, "
            'and double any " inside them'
        ) from None


def _wrong_width(path: Path, data_row: int, fields: int, width: int, delimiter: str) -> NoReturn:
    raise InputSchemaError(
        f"{path}: {spreadsheet_row(data_row)} has {fields} fields, the header has {width}; "
        f"check for a stray {DELIMITER_NAMES.get(delimiter, delimiter)} or a missing one in "
        "that row"
    )


def _check_unquoted_records(path: Path, text: str, width: int, delimiter: str) -> None:
    lines = text.replace("\r\n", "\n").split("\n")[1:]
    separators = [line.count(delimiter) if line else width - 1 for line in lines]
    if separators.count(width - 1) != len(separators):
        data_row = next(i for i, n in enumerate(separators, start=1) if n != width - 1)
        _wrong_width(path, data_row, separators[data_row - 1] + 1, width, delimiter)


def scan_table(path: str | os.PathLike[str], schema: TableSchema, delimiter: str) -> pl.LazyFrame:
    """Check the file's bytes, header and records, then return it as a LazyFrame of strings.

    Every column is read as text; ``sealflow.ingest.validate`` casts and checks the values.
    """
    source = Path(path)
    if not source.is_file():
        raise InputSchemaError(f"{source}: file not found; expected the {schema.table} table here")
    text = decode_utf8(source)
    check_line_endings(source, text)
    header = check_header(source, text, schema, delimiter)
    check_records(source, text, header, delimiter)
    raw = pl.scan_csv(
        source,
        separator=delimiter,
        infer_schema=False,
        encoding="utf8",
        quote_char='"',
        has_header=True,
    )
    # Strip whitespace from names and cells: a trailing space from a spreadsheet is not data.
    # An ID with surrounding whitespace is the same ID (no pattern allows spaces at its ends),
    # so it is normalised, not refused; each row where that happened is flagged in
    # ID_TRIMMED so the ingest report can count it.
    renames = dict(zip(raw.collect_schema().names(), header, strict=True))
    cleaned = [
        pl.col(name).str.strip_chars().replace("", None).alias(name) for name in schema.column_names
    ]
    id_columns = [column.name for column in schema.columns if column.id_kind is not None]
    trimmed = pl.any_horizontal(
        [pl.col(name).str.strip_chars() != pl.col(name) for name in id_columns] or [pl.lit(False)]
    ).fill_null(False)
    return raw.rename(renames).select(*cleaned, trimmed.alias(ID_TRIMMED))
