"""Bad input files: each gets one clear error naming the file and what to fix, and no output."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sealflow.errors import InputSchemaError
from sealflow.ingest.readers import decode_utf8
from sealflow.ingest.settings import IngestSettings
from sealflow.ingest.tables import ingest_keyed_table

from .study import ADMIN_HEADER, TinyStudy, csv_text


def _ingest_admin(study: TinyStudy, settings: IngestSettings | None = None) -> tuple[Path, Path]:
    parquet = study.work / "ingest/admin.parquet"
    report = study.root / "results/ingest/admin.json"
    ingest_keyed_table(
        "admin_extract",
        study.admin,
        study.withdrawals,
        parquet,
        report,
        settings or IngestSettings.from_config({}),
    )
    return parquet, report


def _assert_nothing_written(study: TinyStudy) -> None:
    made = (
        [p for p in (study.work / "ingest").rglob("*")] if (study.work / "ingest").exists() else []
    )
    made += list((study.root / "results").rglob("*.*")) if (study.root / "results").exists() else []
    assert made == [], f"outputs left behind: {made}"


def _rewrite_admin(study: TinyStudy, data: bytes) -> None:
    study.admin.write_bytes(data)


def _admin_csv(study: TinyStudy, delimiter: str = ",") -> str:
    return csv_text(ADMIN_HEADER, study.admin_rows, delimiter)


def _latin1(study: TinyStudy) -> bytes:
    text = _admin_csv(study).replace("Catterick", "Caterick\u00e9", 1)
    return text.encode("latin-1")


BAD_FILES = [
    pytest.param(
        lambda s: _latin1(s),
        ["not UTF-8", "is not valid UTF-8", "Latin-1", "re-export"],
        id="latin-1",
    ),
    pytest.param(
        lambda s: _admin_csv(s).encode("utf-16"),
        ["UTF-16", "byte order mark", "byte offset 0", "re-export it as UTF-8"],
        id="utf-16-with-bom",
    ),
    pytest.param(
        lambda s: _admin_csv(s).encode("utf-16-le"),
        ["NUL byte at byte offset 1", "UTF-16 without a byte order mark"],
        id="utf-16-without-bom",
    ),
    pytest.param(lambda s: b"", ["empty file", "pseudonymous_id, gender"], id="empty-file"),
    pytest.param(lambda s: b"\xef\xbb\xbf \n", ["empty file"], id="bom-only"),
    pytest.param(
        lambda s: _admin_csv(s, ";").encode(),
        ["does not split on the configured delimiter comma ','", "seems to use semicolon ';'"],
        id="wrong-delimiter-semicolon",
    ),
    pytest.param(
        lambda s: _admin_csv(s, "\t").encode(),
        ["seems to use tab", "ingest.delimiter"],
        id="wrong-delimiter-tab",
    ),
    pytest.param(
        lambda s: csv_text(
            [c for c in ADMIN_HEADER if c != "gender"],
            [r[:1] + r[2:] for r in s.admin_rows],
        ).encode(),
        ["missing required column gender", "expected columns"],
        id="missing-column",
    ),
    pytest.param(
        lambda s: csv_text(
            [*ADMIN_HEADER, "full_name"], [[*r, "x"] for r in s.admin_rows]
        ).encode(),
        ["1 column not in the admin_extract schema", "remove the extra columns"],
        id="extra-column",
    ),
    pytest.param(
        lambda s: csv_text(ADMIN_HEADER, [*s.admin_rows, s.admin_rows[3]]).encode(),
        [
            "column pseudonymous_id, data row 13 (spreadsheet row 14): repeats the value of "
            "data row 4",
            "must appear once",
        ],
        id="duplicate-id",
    ),
    pytest.param(
        lambda s: csv_text(
            ADMIN_HEADER, [r if i != 4 else r[:-1] for i, r in enumerate(s.admin_rows)]
        ).encode(),
        ["data row 5 (spreadsheet row 6) has 10 fields, the header has 11"],
        id="short-row",
    ),
    pytest.param(
        lambda s: (_admin_csv(s) + '"PSN-0000000000,Female\n').encode(),
        ["malformed CSV", "unbalanced double quote"],
        id="unbalanced-quote",
    ),
]


@pytest.mark.parametrize(("make_bytes", "fragments"), BAD_FILES)
def test_when_admin_file_is_bad_then_clear_error_and_no_output(study, make_bytes, fragments):
    _rewrite_admin(study, make_bytes(study))
    with pytest.raises(InputSchemaError) as excinfo:
        _ingest_admin(study)
    message = str(excinfo.value)
    assert str(study.admin) in message
    for fragment in fragments:
        assert fragment in message
    for pseudonymous_id in study.ids:
        assert pseudonymous_id not in message
    _assert_nothing_written(study)


def _set_cell(study: TinyStudy, row: int, column: str, value: str) -> None:
    study.admin_rows[row][ADMIN_HEADER.index(column)] = value
    study.admin.write_text(_admin_csv(study))


BAD_VALUES = [
    ("gender", "female", "not one of the allowed values: Female, Male"),
    ("tenure_years", "3.5", "not a whole number"),
    ("tenure_years", "46", "outside the range 0..45"),
    ("sickness_absence_days", "-1", "outside the range 0..365"),
    ("pseudonymous_id", "PSN-12345", "not in the pseudonymous_id format"),
    ("pseudonymous_id", "", "empty; a value is required"),
    ("turnover_status", "Retired", "not one of the allowed values"),
]


@pytest.mark.parametrize(("column", "value", "problem"), BAD_VALUES)
def test_when_a_value_breaks_the_schema_then_error_names_column_and_row_not_value(
    study, column, value, problem
):
    _set_cell(study, 6, column, value)
    with pytest.raises(InputSchemaError) as excinfo:
        _ingest_admin(study)
    message = str(excinfo.value)
    assert f"column {column}, data row 7 (spreadsheet row 8): {problem}" in message
    assert "ask the provider for a corrected extract" in message
    if value:
        assert f" {value}" not in message.replace(problem, "")
    _assert_nothing_written(study)


def test_when_many_rows_fail_then_error_counts_them(study):
    for row in (2, 5, 9):
        study.admin_rows[row][ADMIN_HEADER.index("gender")] = "F"
    study.admin.write_text(_admin_csv(study))
    with pytest.raises(
        InputSchemaError, match=r"data row 3 \(spreadsheet row 4\) and 2 other rows: not one of"
    ):
        _ingest_admin(study)


@pytest.mark.parametrize("bom", [b"", codecs.BOM_UTF8], ids=["utf-8", "utf-8-bom"])
def test_when_file_is_utf8_with_or_without_bom_then_it_is_read(study, bom):
    _rewrite_admin(study, bom + _admin_csv(study).replace("Catterick", "Cattérick").encode())
    parquet, report = _ingest_admin(study)
    assert parquet.exists() and report.exists()
    assert parquet.stat().st_mode & 0o777 == 0o600
    assert parquet.parent.stat().st_mode & 0o777 == 0o700


def test_when_delimiter_is_configured_then_that_delimiter_is_read(study):
    _rewrite_admin(study, _admin_csv(study, ";").encode())
    study.withdrawals.write_text(study.withdrawals.read_text().replace(",", ";"))
    parquet, _ = _ingest_admin(study, IngestSettings.from_config({"ingest": {"delimiter": ";"}}))
    assert parquet.exists()


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\x00")))
def test_when_text_is_utf8_then_decoded_unchanged(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("utf8") / "t.csv"
    for prefix in (b"", codecs.BOM_UTF8):
        path.write_bytes(prefix + text.encode("utf-8"))
        assert decode_utf8(path) == text


@given(
    st.text(alphabet=st.characters(max_codepoint=0x7F, exclude_characters="\x00")),
    st.characters(min_codepoint=0xC0, max_codepoint=0xFF),
    st.text(alphabet=st.characters(max_codepoint=0x7F, exclude_characters="\x00")),
)
def test_when_text_is_latin1_then_error_names_offset_of_first_non_ascii_byte(
    tmp_path_factory, before, accented, after
):
    path = tmp_path_factory.mktemp("latin1") / "t.csv"
    path.write_bytes((before + accented + after).encode("latin-1"))
    with pytest.raises(InputSchemaError, match=rf"byte offset {len(before)} is not valid UTF-8"):
        decode_utf8(path)


def test_when_blank_lines_are_present_then_they_are_skipped_and_rows_keep_their_numbers(study):
    lines = _admin_csv(study).splitlines(keepends=True)
    lines.insert(3, "\n")  # a blank spreadsheet row 4
    lines.append("\n\n")  # trailing blank lines
    study.admin.write_text("".join(lines))
    parquet, report = _ingest_admin(study)
    assert json.loads(report.read_text())["rows_read"] == len(study.admin_rows)
    assert pl.read_parquet(parquet).height == len(study.admin_rows) - len(study.withdrawn)
    parquet.unlink()
    report.unlink()
    lines[6] = lines[6].replace("Catterick", "")  # data row 6 = spreadsheet row 7
    study.admin.write_text("".join(lines))
    with pytest.raises(InputSchemaError, match=r"column base, data row 6 \(spreadsheet row 7\)"):
        _ingest_admin(study)
