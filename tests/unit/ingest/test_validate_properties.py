"""Properties of reading and checking: valid tables survive unchanged; errors point at the row."""

from __future__ import annotations

import csv

import polars as pl
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.errors import InputSchemaError
from sealflow.ingest.settings import IngestSettings
from sealflow.ingest.table_schema import table_schema
from sealflow.ingest.validate import read_table

from .study import ADMIN_HEADER, ID_ALPHABET

SCHEMA = table_schema("admin_extract")
ALLOWED = {column.name: column.allowed for column in SCHEMA.columns if column.allowed}
# Free text as a spreadsheet might export it: commas, quotes, newlines, accents, emoji.
BASE_TEXT = (
    st.text(
        alphabet=st.characters(exclude_categories=["Cs", "Cc"], include_characters=',\n"'),
        min_size=1,
        max_size=20,
    )
    .map(str.strip)
    .filter(bool)
)


@st.composite
def admin_rows(draw) -> list[dict[str, str]]:
    ids = draw(
        st.lists(
            st.text(alphabet=ID_ALPHABET, min_size=10, max_size=10).map(lambda s: "PSN-" + s),
            min_size=1,
            max_size=25,
            unique=True,
        )
    )
    rows = []
    for pid in ids:
        row = {name: draw(st.sampled_from(values)) for name, values in ALLOWED.items()}
        row.update(
            pseudonymous_id=pid,
            base=draw(BASE_TEXT),
            tenure_years=str(draw(st.integers(0, 45))),
            sickness_absence_days=str(draw(st.integers(0, 365))),
        )
        rows.append(row)
    return rows


def _write(path, rows) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=ADMIN_HEADER, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@settings(max_examples=40, deadline=None)
@given(rows=admin_rows())
def test_when_table_is_valid_then_it_reads_back_unchanged(tmp_path_factory, rows):
    path = tmp_path_factory.mktemp("admin") / "admin_extract.csv"
    _write(path, rows)
    frame = read_table(path, SCHEMA, IngestSettings.from_config({}))
    assert frame.columns == ADMIN_HEADER
    assert frame.schema["tenure_years"] == pl.Int64
    expected = [
        {**row, "tenure_years": int(row["tenure_years"]),
         "sickness_absence_days": int(row["sickness_absence_days"])}
        for row in rows
    ]  # fmt: skip
    assert frame.to_dicts() == expected


@settings(max_examples=40, deadline=None)
@given(rows=admin_rows(), data=st.data())
def test_when_one_cell_is_out_of_range_then_error_names_its_row(tmp_path_factory, rows, data):
    bad_row = data.draw(st.integers(0, len(rows) - 1))
    rows[bad_row]["tenure_years"] = str(data.draw(st.integers(46, 10_000)))
    path = tmp_path_factory.mktemp("admin") / "admin_extract.csv"
    _write(path, rows)
    try:
        read_table(path, SCHEMA, IngestSettings.from_config({}))
    except InputSchemaError as exc:
        message = str(exc)
    else:
        raise AssertionError("an out-of-range tenure was accepted")
    n = bad_row + 1
    assert f"column tenure_years, data row {n} (spreadsheet row {n + 1}): outside" in message
    assert rows[bad_row]["pseudonymous_id"] not in message
