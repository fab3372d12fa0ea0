"""Reading an input CSV: encoding, delimiter and row structure checked before any parsing.

Polars parses CSV fast but forgives too much for data that arrives from another party: it
reads Latin-1 bytes as replacement characters, fills short rows with nulls and, after a
ragged row, can split a quoted multi-line field. So the raw bytes are decoded first (UTF-8
by default, optionally with a BOM, with the byte offset of the first bad byte otherwise; or
the encoding the input profile names or detects), then the rows above the header are set
aside record by record (a quoted line break cannot shift them), then the header is matched
to the schema (``sealflow.ingest.header``), then every record's field count is checked
with the standard ``csv`` module, and only a file that passes all of that reaches polars.
Error messages name the file, row and column, never a cell's value: cells may be identifiers.
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path
from typing import Any, NoReturn

import charset_normalizer
import polars as pl

from sealflow.csv_fields import allow_fields_of
from sealflow.errors import InputSchemaError
from sealflow.ingest.header import RawTable, match_header
from sealflow.ingest.profiles import InputProfile
from sealflow.ingest.table_schema import TableSchema

UTF8_BOM = codecs.BOM_UTF8
_OTHER_BOMS = {
    codecs.BOM_UTF32_LE: "UTF-32",
    codecs.BOM_UTF32_BE: "UTF-32",
    codecs.BOM_UTF16_LE: "UTF-16",
    codecs.BOM_UTF16_BE: "UTF-16",
}
DELIMITER_NAMES = {",": "comma ','", ";": "semicolon ';'", "\t": "tab", "|": "pipe '|'"}
# Detection ("encoding: auto") chooses among what UK senders' systems write: a short
# Windows-1252 file otherwise reads as a Central European or Mac code page.
DETECTABLE = ["utf_8", "utf_16", "utf_32", "cp1252", "latin_1", "iso8859_15"]
SAVE_AS_UTF8 = "re-export it as UTF-8 (CSV UTF-8 in spreadsheet programs)"


def spreadsheet_row(data_row: int, rows_above: int = 1) -> str:
    """A 1-based data row, also as a spreadsheet numbers it (``rows_above`` header rows)."""
    return f"data row {data_row} (spreadsheet row {data_row + rows_above})"


def _save_as_utf8(encoding_key: str | None) -> str:
    if encoding_key is None:
        return SAVE_AS_UTF8
    return f"{SAVE_AS_UTF8}, or set {encoding_key} to its encoding (e.g. cp1252) or auto"


def decode_utf8(path: Path, encoding_key: str | None = None) -> str:
    """Return the file's text; UTF-8 with or without BOM is accepted, anything else is an error.

    The error names the byte offset (0-based, from the start of the file) of the first byte
    that is not UTF-8, and the likely encoding, so the sender knows what to re-export.
    """
    data = path.read_bytes()
    for bom, name in _OTHER_BOMS.items():
        if data.startswith(bom):
            raise InputSchemaError(
                f"{path}: encoded as {name} (byte order mark at byte offset 0), not UTF-8; "
                f"{_save_as_utf8(encoding_key)}"
            )
    start = len(UTF8_BOM) if data.startswith(UTF8_BOM) else 0
    try:
        text = data[start:].decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = start + exc.start
        bad = data[offset]
        raise InputSchemaError(
            f"{path}: not UTF-8: byte 0x{bad:02X} at byte offset {offset} is not valid UTF-8 "
            f"(the file looks like Latin-1 or Windows-1252); {_save_as_utf8(encoding_key)}"
        ) from None
    check_nul_bytes(path, text, start)
    return text


def check_nul_bytes(path: Path, text: str, start: int = 0) -> None:
    """A CSV export never holds NUL bytes: UTF-16 read as something else, or a damaged file."""
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


def check_line_endings(path: Path, text: str) -> None:
    """LF and CRLF are accepted; CR alone (classic Mac OS) is not, as polars cannot split it."""
    if "\r" in text and "\n" not in text:
        raise InputSchemaError(
            f"{path}: lines end with a carriage return only (classic Mac OS line endings), "
            "which the CSV reader cannot split; re-export it with LF or CRLF line endings"
        )


def check_records(
    path: Path, text: str, header: list[str], delimiter: str, rows_above: int = 1
) -> None:
    """Every record after the first (the header) has as many fields as it; quotes balance."""
    if '"' not in text and text.count("\r") == text.count("\r\n"):
        # Without quotes a record is a line and its fields are split by every delimiter: the
        # same count as the csv module's, several times faster on a 100 000-row extract.
        _check_unquoted_records(path, text, len(header), delimiter, rows_above)
        return
    # The csv module refuses fields over 128 KiB by default; a long free-text answer is data.
    allow_fields_of(len(text))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    width = len(header)
    try:
        next(reader)
        for data_row, record in enumerate(reader, start=1):
            if len(record) != width and record:
                _wrong_width(path, data_row, len(record), width, delimiter, rows_above)
    except csv.Error as exc:
        # csv's reasons name characters and limits, never a cell's content.
        raise InputSchemaError(
            f"{path}: malformed CSV near line {reader.line_num} of the file ({exc}; an "
            "unbalanced double quote?); quote fields containing the delimiter or a line break, "
            'and double any " inside them'
        ) from None


def _wrong_width(
    path: Path, data_row: int, fields: int, width: int, delimiter: str, rows_above: int
) -> NoReturn:
    raise InputSchemaError(
        f"{path}: {spreadsheet_row(data_row, rows_above)} has {fields} fields, the header has "
        f"{width}; "
        f"check for a stray {DELIMITER_NAMES.get(delimiter, delimiter)} or a missing one in "
        "that row"
    )


def _check_unquoted_records(
    path: Path, text: str, width: int, delimiter: str, rows_above: int
) -> None:
    lines = text.replace("\r\n", "\n").split("\n")[1:]
    separators = [line.count(delimiter) if line else width - 1 for line in lines]
    if separators.count(width - 1) != len(separators):
        data_row = next(i for i, n in enumerate(separators, start=1) if n != width - 1)
        _wrong_width(path, data_row, separators[data_row - 1] + 1, width, delimiter, rows_above)


def decode_text(path: Path, profile: InputProfile) -> tuple[str, dict[str, Any]]:
    """The file's text in the profile's encoding (named, or detected), and a note for the report.

    UTF-8 keeps the strict checks of ``decode_utf8``. A named encoding that does not fit
    names the byte offset and the key. Detection tries UTF-8 first (bytes that decode as
    UTF-8 almost never are anything else), then charset-normalizer among DETECTABLE, and
    says in the report which encoding it chose, so the data manager can fix it in config.
    """
    key = f"{profile.key}.encoding"
    if profile.encoding != "auto" and codecs.lookup(profile.encoding).name == "utf-8":
        return decode_utf8(path, key), {"encoding": "utf-8"}
    data = path.read_bytes()
    if profile.encoding == "auto":
        try:
            text, name = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            match = charset_normalizer.from_bytes(data, cp_isolation=DETECTABLE).best()
            if match is None:
                raise InputSchemaError(
                    f"{path}: its encoding could not be detected (is it a text file?); set {key} "
                    "to the file's encoding (e.g. cp1252 for Windows-1252)"
                ) from None
            text, name = str(match), codecs.lookup(match.encoding).name
        note = {
            "encoding": name,
            "encoding_detected": True,
            "encoding_note": f"detected as {name}; check it and set {key} to {name} to fix it",
        }
    else:
        try:
            text = data.decode(profile.encoding)
        except UnicodeDecodeError as exc:
            raise InputSchemaError(
                f"{path}: not {profile.encoding}: byte 0x{data[exc.start]:02X} at byte offset "
                f"{exc.start} cannot be read in that encoding; set {key} to the file's encoding "
                "(e.g. utf-8, cp1252, latin-1) or auto"
            ) from None
        name = codecs.lookup(profile.encoding).name
        note = {"encoding": name}
    text = text.removeprefix("\ufeff")
    check_nul_bytes(path, text)
    return text, note


def _records_with_ends(text: str, delimiter: str, count: int) -> tuple[list[list[str]], list[int]]:
    """The first ``count`` records, and the text offset where each ends (quote-aware)."""
    offset = 0

    def lines() -> Any:
        nonlocal offset
        while offset < len(text):
            end = text.find("\n", offset)
            end = len(text) if end < 0 else end + 1
            line, offset = text[offset:end], end
            yield line

    reader = csv.reader(lines(), delimiter=delimiter, strict=True)
    records, ends = [], []
    for record in reader:
        records.append(record)
        ends.append(offset)
        if len(records) == count:
            break
    return records, ends


def split_rows_above(
    path: Path, text: str, delimiter: str, profile: InputProfile
) -> tuple[list[str], str, str]:
    """Set aside the rows above the header and the extra header rows, record by record.

    Returns the header's names (stripped), the header record's own text, and the text of
    the data rows. A quoted line break in a question-text header row cannot shift the data.
    """
    above = profile.skip_rows
    try:
        records, ends = _records_with_ends(text, delimiter, above + profile.header_rows)
    except csv.Error as exc:
        rows = above + profile.header_rows
        where = (
            "the header row" if rows == 1 else f"the first {rows} rows (up to the last header row)"
        )
        raise InputSchemaError(
            f"{path}: malformed CSV in {where} ({exc}; an unbalanced double quote?); re-export "
            f"the file, or check {profile.key}.skip_rows and {profile.key}.header_rows"
        ) from None
    if len(records) <= above:
        return [], "", ""
    header_start = ends[above - 1] if above else 0
    header_end = ends[above]
    data_start = ends[-1] if len(records) == above + profile.header_rows else len(text)
    header = [name.strip() for name in records[above]]
    return header, text[header_start:header_end], text[data_start:]


def _delimiter_hint(
    header_text: str, delimiter: str, schema: TableSchema, profile: InputProfile
) -> str | None:
    def found(candidate: str) -> tuple[int, int]:
        try:
            names = next(csv.reader(io.StringIO(header_text, newline=""), delimiter=candidate), [])
        except csv.Error:
            return 0, 0
        renamed = {profile.rename.get(name.strip(), name.strip()) for name in names}
        return len(names), sum(name in renamed for name in schema.column_names)

    width, matched = found(delimiter)
    for other, other_name in DELIMITER_NAMES.items():
        if other == delimiter:
            continue
        other_width, other_matched = found(other)
        if other_width > width and other_matched > matched:
            configured = DELIMITER_NAMES.get(delimiter, repr(delimiter))
            return (
                f"the header does not split on the configured delimiter {configured}; the file "
                f"seems to use {other_name}; set {profile.key}.delimiter (or ingest.delimiter "
                f"for every file) in config.yaml or re-export the file with {configured}"
            )
    return None


def read_csv_table(
    path: Path, schema: TableSchema, profile: InputProfile, default_delimiter: str
) -> RawTable:
    """Read a CSV or TSV file as its profile says; the schema's columns as text (RawTable)."""
    is_tsv = profile.file_format(path) == "tsv"
    delimiter = profile.delimiter or ("\t" if is_tsv else default_delimiter)
    text, notes = decode_text(path, profile)
    check_line_endings(path, text)
    header, header_text, data_text = split_rows_above(path, text, delimiter, profile)
    match = match_header(
        path,
        header,
        schema,
        profile,
        lambda: _delimiter_hint(header_text, delimiter, schema, profile),
    )
    body = header_text if header_text.endswith("\n") else header_text + "\n"
    check_records(path, body + data_text, header, delimiter, profile.rows_above_data)
    # The header is replaced by positional names: dropped columns may repeat or lack a name.
    positional = [f"c{i}" for i in range(len(header))]
    synthetic = delimiter.join(positional) + "\n"
    frame = pl.read_csv(
        io.BytesIO((synthetic + data_text).encode("utf-8")),
        separator=delimiter,
        infer_schema=False,
        quote_char='"',
        has_header=True,
    )
    selected = frame.select(pl.col(f"c{i}").alias(name) for name, i in match.positions.items())
    return RawTable(
        selected, {"format": "tsv" if is_tsv else "csv", **notes, "columns_dropped": match.dropped}
    )
