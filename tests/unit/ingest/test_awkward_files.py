"""Awkward but common CSV shapes: read correctly when unambiguous, one clear error otherwise.

Line endings (CRLF, CR only), header-only files, trailing empty lines, a BOM with a
semicolon delimiter, quoted line breaks, NUL bytes, very long fields, and IDs with
surrounding whitespace (normalised and counted) or in the wrong case (refused: the
provider's IDs may be case-sensitive, and folding case could merge two people).
"""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from sealflow.errors import InputSchemaError
from sealflow.ingest.readers import check_records
from sealflow.ingest.settings import IngestSettings
from sealflow.ingest.tables import ingest_keyed_table, ingest_survey

from .study import ADMIN_HEADER, SURVEY_HEADER, TinyStudy, csv_text


def _admin(study: TinyStudy, settings: IngestSettings | None = None) -> dict:
    return ingest_keyed_table(
        "admin_extract",
        study.admin,
        study.withdrawals,
        study.work / "ingest/admin.parquet",
        study.root / "results/ingest/admin.json",
        settings or IngestSettings.from_config({}),
    )


def _survey(study: TinyStudy) -> dict:
    return ingest_survey(
        study.survey,
        study.roster,
        study.withdrawals,
        study.token_key,
        study.work / "ingest/survey.parquet",
        study.work / "ingest/quarantine/survey_unknown_tokens.parquet",
        study.root / "results/ingest/survey.json",
        IngestSettings.from_config({}),
    )


def _admin_text(study: TinyStudy, delimiter: str = ",") -> str:
    return csv_text(ADMIN_HEADER, study.admin_rows, delimiter)


def _outputs(study: TinyStudy) -> list:
    return [p for folder in ("work/ingest", "results") for p in (study.root / folder).rglob("*.*")]


GOOD_ADMIN = [
    pytest.param(lambda s: _admin_text(s).replace("\n", "\r\n").encode(), id="crlf"),
    pytest.param(lambda s: (_admin_text(s) + "\n\n").encode(), id="trailing-empty-lines"),
    pytest.param(lambda s: _admin_text(s).rstrip("\n").encode(), id="no-final-newline"),
    pytest.param(lambda s: (_admin_text(s) + "," * 10 + "\n").encode(), id="trailing-empty-row"),
    pytest.param(
        lambda s: _admin_text(s).replace("Catterick", "C" * 300_000, 1).encode(), id="long-field"
    ),
]


@pytest.mark.parametrize("make_bytes", GOOD_ADMIN)
def test_when_file_shape_is_awkward_but_unambiguous_then_every_row_is_read(study, make_bytes):
    study.admin.write_bytes(make_bytes(study))
    counts = _admin(study)
    assert counts["rows_read"] == len(study.admin_rows)
    admin = pl.read_parquet(study.work / "ingest/admin.parquet")
    assert admin.height == len(study.admin_rows) - len(study.withdrawn)
    assert set(admin["pseudonymous_id"]) == set(study.ids) - set(study.withdrawn)


def test_when_bom_and_semicolon_are_configured_then_file_is_read(study):
    study.admin.write_bytes(codecs.BOM_UTF8 + _admin_text(study, ";").encode())
    study.withdrawals.write_text(study.withdrawals.read_text().replace(",", ";"))
    counts = _admin(study, IngestSettings.from_config({"ingest": {"delimiter": ";"}}))
    assert counts["rows_read"] == len(study.admin_rows)


def test_when_survey_has_crlf_and_quoted_line_breaks_then_they_survive(study):
    study.survey.write_bytes(study.survey.read_bytes().replace(b"\n", b"\r\n"))
    counts = _survey(study)
    assert counts["rows_written"] == 7
    survey = pl.read_parquet(study.work / "ingest/survey.parquet")
    # The quoted answer keeps its line break (as CRLF, as sent); no row was split.
    assert survey["ft_experience"].str.contains("\r\nSecond line").all()


def test_when_survey_is_header_only_then_nothing_is_written_but_empty_tables(study):
    study.survey.write_text(",".join(SURVEY_HEADER) + "\n")
    counts = _survey(study)
    assert counts["rows_read"] == counts["rows_written"] == 0
    assert pl.read_parquet(study.work / "ingest/survey.parquet").height == 0


BAD_ADMIN = [
    pytest.param(
        lambda s: _admin_text(s).replace("\n", "\r").encode(),
        ["carriage return only", "re-export it with LF or CRLF"],
        id="cr-only",
    ),
    pytest.param(
        lambda s: _admin_text(s).replace("Catterick", "Catt\x00erick", 1).encode(),
        ["NUL byte at byte offset", "(line 2 of the file)", "re-export"],
        id="nul-byte",
    ),
    pytest.param(
        lambda s: (",".join(ADMIN_HEADER) + "\n").encode(),
        ["0 data rows", "needs at least 1", "ask the provider"],
        id="header-only",
    ),
    pytest.param(
        lambda s: codecs.BOM_UTF8 + _admin_text(s, ";").encode(),
        ["configured delimiter comma ','", "seems to use semicolon ';'", "ingest.delimiter"],
        id="bom-and-semicolon-not-configured",
    ),
    pytest.param(
        lambda s: _admin_text(s).replace(s.ids[3], s.ids[3].lower()).encode(),
        ["column pseudonymous_id, data row 4 (spreadsheet row 5)", "not in the pseudonymous_id"],
        id="lower-case-id",
    ),
    pytest.param(
        lambda s: _admin_text(s).replace("Catterick", '"Catt\nerick', 1).encode(),
        ["malformed CSV", "unbalanced double quote"],
        id="quote-opened-never-closed",
    ),
]


@pytest.mark.parametrize(("make_bytes", "fragments"), BAD_ADMIN)
def test_when_file_shape_is_wrong_then_one_clear_error_and_no_output(study, make_bytes, fragments):
    study.admin.write_bytes(make_bytes(study))
    with pytest.raises(InputSchemaError) as excinfo:
        _admin(study)
    message = str(excinfo.value)
    assert message.startswith(f"{study.admin}: ")
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message
    assert not [pid for pid in study.ids if pid in message or pid.lower() in message]
    assert _outputs(study) == []


def test_when_an_id_has_surrounding_whitespace_then_it_is_trimmed_and_counted(study):
    padded = (
        _admin_text(study)
        .replace(study.ids[2], f"  {study.ids[2]}\t")
        .replace(study.ids[5], f"{study.ids[5]} ")
    )
    study.admin.write_text(padded)
    counts = _admin(study)
    assert counts["ids_whitespace_trimmed"] == 2
    admin = pl.read_parquet(study.work / "ingest/admin.parquet")
    assert {study.ids[2], study.ids[5]} <= set(admin["pseudonymous_id"])


def test_when_a_token_is_upper_case_then_it_is_refused_naming_row_and_column(study):
    token = study.token(study.ids[1])
    study.survey.write_text(study.survey.read_text().replace(token, token.upper()))
    with pytest.raises(InputSchemaError, match=r"column survey_token, data row 2 \(spread"):
        _survey(study)
    assert _outputs(study) == []


def test_when_a_withdrawn_person_left_the_roster_then_their_answers_are_purged_not_quarantined(
    study,
):
    gone = study.withdrawn[0]
    study.roster.write_text(csv_text(["pseudonymous_id"], [[i] for i in study.ids if i != gone]))
    counts = _survey(study)
    assert counts["unknown_tokens_quarantined"] == 0
    assert counts["withdrawn_purged"] == 1
    quarantine = pl.read_parquet(study.work / "ingest/quarantine/survey_unknown_tokens.parquet")
    assert study.token(gone) not in set(quarantine["survey_token"])


def _first_wrong_row_by_csv(text: str, width: int) -> int | None:
    records = csv.reader(io.StringIO(text, newline=""))
    next(records)
    return next(
        (row for row, record in enumerate(records, start=1) if record and len(record) != width),
        None,
    )


@given(
    st.lists(
        st.lists(st.text(alphabet="ab ,", max_size=4), min_size=0, max_size=4),
        max_size=12,
    ),
    st.sampled_from(["\n", "\r\n"]),
)
def test_when_file_has_no_quotes_then_fast_record_check_agrees_with_csv_module(rows, newline):
    text = newline.join(["x,y,z", *(",".join(cells) for cells in rows)]) + newline
    expected = _first_wrong_row_by_csv(text, 3)
    if expected is None:
        check_records(Path("t.csv"), text, ["x", "y", "z"], ",")
    else:
        with pytest.raises(InputSchemaError, match=rf"data row {expected} \(spread"):
            check_records(Path("t.csv"), text, ["x", "y", "z"], ",")
