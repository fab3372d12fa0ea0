"""Fuzzing the ingest readers (CSV, TSV and .xlsx, through input profiles): a table or one
sealflow error naming file, row or key, never another exception, in bounded memory.

Inputs are what a provider could send: random bytes; CSV text built from the demo's own
rows with cells replaced by anything (delimiters, quotes, line breaks, NUL, byte-order
marks, Windows-1252 bytes), rows above the header and extra header rows; read with random
profiles (encoding, delimiter, rows to skip, renames, recodes, date formats, extra columns).
Workbooks: real .xlsx files with any cell values, random bytes named .xlsx, a sheet that
inflates hugely, and a sheet with a "billion laughs" DTD.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import tempfile
import zipfile
from pathlib import Path

import pytest
from bounded import result_or_sealflow_error
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from sealflow.errors import InputSchemaError
from sealflow.ingest.profiles import InputProfile
from sealflow.ingest.settings import IngestSettings
from sealflow.ingest.validate import InputRead, read_input

FUZZ = settings(max_examples=150, deadline=None)
FEW = settings(max_examples=15, deadline=None)
TABLE = "admin_extract"
SCHEMA = IngestSettings.from_config({}).schema_for(TABLE)
HEADER = SCHEMA.column_names
ROW = [
    "PSN-0PU5UMJAD3", "Male", "16-24", "Army", "OR1-4", "Catterick Garrison", "Infantry", "0",
    "0", "In service", "comparison",
]  # fmt: skip
ODD = st.sampled_from(
    [",", ";", "\t", '"', '""', "\n", "\r\n", "\r", "\x00", "\ufeff", "’", "é", "£", "=1+1",
     "RAF", "Yes, I consent", "03/06/2021", "2021-06-03", "-1", "1e309", "99999999999999999999",
     " ", ""]
)  # fmt: skip
CELL = ODD | st.text(max_size=12) | st.sampled_from(ROW)
PROFILE = st.builds(
    InputProfile,
    table=st.just(TABLE),
    format=st.sampled_from(["auto", "csv", "tsv"]),
    encoding=st.sampled_from(["utf-8", "auto", "windows-1252", "utf-16", "latin-1"]),
    delimiter=st.sampled_from([None, ",", ";", "\t", "|"]),
    skip_rows=st.integers(min_value=0, max_value=3),
    header_rows=st.integers(min_value=1, max_value=3),
    rename=st.dictionaries(
        st.sampled_from(["Sex", "Branch", "gender", "x"]), st.sampled_from(HEADER), max_size=2
    ),
    recode=st.dictionaries(
        st.sampled_from(["service_branch", "gender", "*"]),
        st.dictionaries(
            st.sampled_from(["RAF", "M", "", "Army"]),
            st.sampled_from(["Army", "Male", "x"]),
            max_size=2,
        ),
        max_size=2,
    ),
    extra_columns=st.sampled_from(["refuse", "drop"]),
)  # fmt: skip


@st.composite
def csv_bytes(draw: st.DrawFn) -> bytes:
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    rows = [list(ROW) for _ in range(draw(st.integers(min_value=0, max_value=5)))]
    for row in rows:
        for _ in range(draw(st.integers(min_value=0, max_value=3))):
            row[draw(st.integers(0, len(row) - 1))] = draw(CELL)
    above = draw(st.lists(st.lists(CELL, max_size=3), max_size=2))
    header = list(HEADER)
    if draw(st.booleans()):
        header[draw(st.integers(0, len(header) - 1))] = draw(CELL)
    lines = [delimiter.join(r) for r in [*above, header, *rows]]
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    text = newline.join(lines) + draw(st.sampled_from(["", newline]))
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "windows-1252", "utf-16"]))
    return text.encode(encoding, "replace")


def _read(name: str, data: bytes, profile: InputProfile | None = None) -> object:
    ingest = dataclasses.replace(
        IngestSettings.from_config({}), profiles={TABLE: profile} if profile else {}
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(data)
        outcome = result_or_sealflow_error(lambda: read_input(path, SCHEMA, ingest))
    if isinstance(outcome, InputRead):
        assert list(outcome.frame.columns)[: len(HEADER)] == HEADER
    return outcome


@pytest.fixture(scope="module", autouse=True)
def _imports_done() -> None:
    """Polars' and openpyxl's first calls load code: done untraced, before measuring."""
    _read("warm.csv", (",".join(HEADER) + "\n" + ",".join(ROW) + "\n").encode())
    _read("warm.xlsx", _workbook([HEADER, ROW]))


@FUZZ
@given(data=st.binary(max_size=500) | csv_bytes())
def test_when_a_csv_is_anything_then_a_table_or_one_sealflow_error(data):
    _read("admin_extract.csv", data)


@FUZZ
@given(data=csv_bytes(), profile=PROFILE)
def test_when_a_csv_is_read_through_any_profile_then_a_table_or_one_sealflow_error(data, profile):
    _read("admin_extract.csv", data, profile)


def _workbook(rows: list[list[object]]) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


XLSX_CELL = (
    st.none()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.booleans()
    | st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(9999, 1, 1))
    | st.dates(min_value=dt.date(1900, 3, 1))
    | st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=12)
    | st.sampled_from(ROW)
)


@st.composite
def xlsx_rows(draw: st.DrawFn) -> list[list[object]]:
    rows: list[list[object]] = [list(ROW) for _ in range(draw(st.integers(0, 4)))]
    for row in rows:
        for _ in range(draw(st.integers(min_value=0, max_value=3))):
            row[draw(st.integers(0, len(row) - 1))] = draw(XLSX_CELL)
        row.extend(draw(st.lists(XLSX_CELL, max_size=2)))
    above = draw(st.lists(st.lists(XLSX_CELL, max_size=3), max_size=2))
    return [*above, list(HEADER), *rows]


@FEW
@given(rows=xlsx_rows(), skip=st.integers(0, 2), extra=st.sampled_from(["refuse", "drop"]))
def test_when_a_workbook_holds_any_cells_then_a_table_or_one_sealflow_error(rows, skip, extra):
    profile = InputProfile(table=TABLE, skip_rows=skip, extra_columns=extra)
    _read("admin_extract.xlsx", _workbook(rows), profile)


@FUZZ
@given(data=st.binary(max_size=500))
def test_when_an_xlsx_is_random_bytes_then_one_sealflow_error(data):
    assert not isinstance(_read("admin_extract.xlsx", data), InputRead)


def _with_sheet(sheet_xml: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(_workbook([HEADER, ROW])))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = sheet_xml if info.filename == "xl/worksheets/sheet1.xml" else source.read(info)
            out.writestr(info.filename, data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def laughs(levels: int, width: int) -> bytes:
    entities = ['<!ENTITY l0 "lol">'] + [
        f'<!ENTITY l{i} "{f"&l{i - 1};" * width}">' for i in range(1, levels + 1)
    ]
    return (
        f"<?xml version='1.0'?><!DOCTYPE worksheet [{''.join(entities)}]>"
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        f'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&l{levels};</t></is></c>'
        "</row></sheetData></worksheet>"
    ).encode()


@FEW
@given(
    levels=st.integers(min_value=3, max_value=10),
    width=st.integers(min_value=5, max_value=10),
    encoding=st.sampled_from(["utf-8", "utf-16"]),
)
def test_when_a_sheet_declares_a_billion_laughs_then_it_is_refused(levels, width, encoding):
    sheet = laughs(levels, width)
    if encoding != "utf-8":
        sheet = sheet.decode().replace("version='1.0'", "version='1.0' encoding='utf-16'")
        sheet = sheet.encode(encoding)
    outcome = _read("admin_extract.xlsx", _with_sheet(sheet))
    assert isinstance(outcome, InputSchemaError) and "document type" in str(outcome)


@FEW
@given(megabytes=st.integers(min_value=8, max_value=48))
def test_when_a_sheet_inflates_hugely_then_memory_stays_bounded(megabytes):
    """A compression bomb: megabytes of nothing between two rows of a sheet."""
    row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
    sheet = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + row
        + b" " * (megabytes << 20)
        + row
        + b"</sheetData></worksheet>"
    )
    outcome = _read("admin_extract.xlsx", _with_sheet(sheet))
    assert isinstance(outcome, InputSchemaError) and "zip bomb" in str(outcome)
