"""Properties of reading through a profile: rows above and below the header never shift data."""

from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.ingest.profiles import InputProfile
from sealflow.ingest.readers import read_csv_table
from sealflow.ingest.sources import to_schema_text
from sealflow.ingest.table_schema import ColumnSpec, TableSchema

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
