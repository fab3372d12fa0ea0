"""Properties of reading through a profile: skipped rows never shift data; errors name no value."""

from __future__ import annotations

import csv
import io
import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.errors import InputSchemaError
from sealflow.ingest.profiles import InputProfile
from sealflow.ingest.readers import read_csv_table
from sealflow.ingest.settings import IngestSettings
from sealflow.ingest.sources import to_schema_text
from sealflow.ingest.table_schema import ColumnSpec, TableSchema
from sealflow.ingest.validate import read_input

# Cells with the characters that trip record splitting: delimiters, quotes, line breaks.
CELL = st.text(alphabet='ab ,;"\né’', max_size=6)
NAMES = ["alpha", "beta", "gamma"]
SCHEMA = TableSchema("t", "", "fix it", 0, tuple(ColumnSpec(name, "str") for name in NAMES))


def _csv(rows: list[list[str]], newline: str) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator=newline).writerows(rows)
    return buffer.getvalue()


@settings(max_examples=60, deadline=None)
@given(
    above=st.lists(st.lists(CELL, min_size=0, max_size=4), max_size=3),
    extra_header=st.lists(st.lists(CELL, min_size=3, max_size=3), max_size=2),
    data=st.lists(st.lists(CELL, min_size=3, max_size=3), max_size=6),
    newline=st.sampled_from(["\n", "\r\n"]),
)
def test_when_rows_above_and_extra_header_rows_are_skipped_then_data_is_read_exactly(
    above, extra_header, data, newline
):
    text = _csv([*above, NAMES, *extra_header, *data], newline)
    profile = InputProfile(
        table="t", skip_rows=len(above), header_rows=1 + len(extra_header), format="csv"
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.csv"
        path.write_bytes(text.encode("utf-8"))
        raw = read_csv_table(path, SCHEMA, profile, ",")
    frame, _ = to_schema_text(raw.frame, SCHEMA, profile)
    expected = [[cell.strip() or None for cell in row] for row in data]
    assert [list(row) for row in frame.select(NAMES).iter_rows()] == expected


BRANCH = TableSchema(
    "admin_extract",
    "",
    "ask the provider",
    0,
    (ColumnSpec("branch", "str", allowed=("Army", "Royal Air Force")),),
)
WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ’é", min_size=4, max_size=12).filter(
    lambda word: word.strip().lower() not in {"raf", "army", "royal air force"}
)


@settings(max_examples=40, deadline=None)
@given(
    rows=st.lists(st.sampled_from(["RAF", "raf ", "Army"]), min_size=1, max_size=8),
    bad_at=st.integers(min_value=0, max_value=7),
    word=WORD,
    above=st.integers(min_value=0, max_value=2),
)
def test_when_a_word_fits_no_recode_then_error_names_row_and_key_never_the_word(
    rows, bad_at, word, above
):
    bad_at %= len(rows)
    rows[bad_at] = "Zz" + word  # never a word the recode or the allowed values hold
    text = "".join(["OFFICIAL\n"] * above) + "branch\n" + "".join(f"{row}\n" for row in rows)
    profile = InputProfile(
        table="admin_extract", skip_rows=above, recode={"branch": {"RAF": "Royal Air Force"}}
    )
    settings_ = replace(IngestSettings.from_config({}), profiles={"admin_extract": profile})
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.csv"
        path.write_bytes(text.encode("utf-8"))
        try:
            read_input(path, BRANCH, settings_)
        except InputSchemaError as error:
            message = str(error)
        else:
            raise AssertionError("the unmapped word was accepted")
    data_row = bad_at + 1
    assert f"data row {data_row} (spreadsheet row {data_row + above + 1})" in message
    assert "ingest.profiles.admin_extract.recode.branch" in message
    assert ("Zz" + word).strip() not in message
