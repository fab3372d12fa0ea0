"""The survey export: tokens back to IDs, quarantine, withdrawals, repeats and consent."""

from __future__ import annotations

import json
import random

import polars as pl
import pytest

from sealflow.errors import ConfigError, InputSchemaError, IntegrityError
from sealflow.ingest.settings import IngestSettings
from sealflow.ingest.tables import ingest_survey

from .study import SURVEY_HEADER, TinyStudy, csv_text, survey_row


def _run(study: TinyStudy, settings: IngestSettings | None = None) -> dict:
    return ingest_survey(
        study.survey,
        study.roster,
        study.withdrawals,
        study.token_key,
        study.work / "ingest/survey.parquet",
        study.work / "ingest/quarantine/survey_unknown_tokens.parquet",
        study.root / "results/ingest/survey.json",
        settings or IngestSettings.from_config({}),
    )


def _rewrite(study: TinyStudy) -> None:
    study.survey.write_text(csv_text(SURVEY_HEADER, study.survey_rows))


def test_when_survey_is_ingested_then_every_row_is_accounted_for(study):
    counts = _run(study)
    # 12 people + 1 repeat = 13 rows; last person withdrew; person 0's latest says no;
    # persons 2, 5, 8 declined (11 is the withdrawn one).
    assert counts == {
        "table": "survey_export",
        "rows_read": 13,
        "ids_whitespace_trimmed": 0,
        "unknown_tokens_quarantined": 0,
        "withdrawn_purged": 1,
        "duplicate_submissions_dropped": 1,
        "duplicate_submissions_policy": "keep_latest",
        "non_consenting_excluded": 4,
        "rows_written": 7,
        # A plain UTF-8 CSV without a profile: read as sent, nothing recoded or dropped.
        "input": {"format": "csv", "encoding": "utf-8", "columns_dropped": [], "values_recoded": 0},
    }
    survey = pl.read_parquet(study.work / "ingest/survey.parquet")
    assert survey.columns[0] == "pseudonymous_id"
    assert "survey_token" not in survey.columns
    assert set(survey["consent"]) == {"yes"}
    expected = {pid for n, pid in enumerate(study.ids[:-1]) if n % 3 != 2 and n != 0}
    assert set(survey["pseudonymous_id"]) == expected
    assert survey["ft_experience"].str.contains("\n").all()  # quoted multi-line text survives
    report = json.loads((study.root / "results/ingest/survey.json").read_text())
    assert report["rows_written"] == 7


def test_when_a_token_is_unknown_then_the_row_is_quarantined_and_counted(study, caplog):
    rng = random.Random(1)
    stranger = "a" * 32
    study.survey_rows.insert(4, survey_row(stranger, "yes", "2025-03-20T10:00:00Z", rng))
    _rewrite(study)
    counts = _run(study)
    assert counts["unknown_tokens_quarantined"] == 1
    assert counts["rows_read"] == 14
    quarantined = pl.read_parquet(study.work / "ingest/quarantine/survey_unknown_tokens.parquet")
    assert quarantined["survey_token"].to_list() == [stranger]
    assert quarantined.columns == SURVEY_HEADER
    assert "1 survey rows carry a token of nobody on the roster" in caplog.text
    assert stranger not in caplog.text


def test_when_latest_submission_consents_then_it_replaces_the_earlier_one(study):
    rng = random.Random(2)
    person = study.ids[1]  # consented on 2025-03-02
    later = survey_row(study.token(person), "yes", "2025-03-30 08:00:00+01:00", rng)
    later[3:10] = ["5"] * 7
    study.survey_rows.insert(0, later)  # earlier in the file, later in time
    _rewrite(study)
    counts = _run(study)
    assert counts["duplicate_submissions_dropped"] == 2
    survey = pl.read_parquet(study.work / "ingest/survey.parquet")
    row = survey.filter(pl.col("pseudonymous_id") == person)
    assert row.height == 1 and row["wb_1"].item() == 5


def test_when_policy_is_error_then_repeats_stop_the_ingest_without_output(study):
    with pytest.raises(InputSchemaError, match="repeated submissions of the same person") as exc:
        _run(study, IngestSettings.from_config({"ingest": {"duplicate_submissions": "error"}}))
    assert "data row 1 (spreadsheet row 2)" in str(exc.value)
    assert not (study.work / "ingest").exists()


@pytest.mark.parametrize(
    ("column", "value", "problem"),
    [
        ("survey_token", "NOT-A-TOKEN", "not in the survey_token format"),
        ("submitted_at", "yesterday", "not an ISO 8601 date-time"),
        ("consent", "maybe", "not one of the allowed values: yes, no"),
        ("wb_3", "6", "outside the range 1..5"),
    ],
)
def test_when_a_survey_value_is_bad_then_error_names_column_and_row(study, column, value, problem):
    study.survey_rows[3][SURVEY_HEADER.index(column)] = value
    _rewrite(study)
    with pytest.raises(InputSchemaError) as excinfo:
        _run(study)
    assert f"column {column}, data row 4 (spreadsheet row 5): {problem}" in str(excinfo.value)
    assert not (study.work / "ingest").exists()


def test_when_everyone_withdrew_then_no_survey_row_remains(study):
    study.withdrawals.write_text(
        csv_text(["pseudonymous_id", "withdrawn_on"], [[i, "2025-04-01"] for i in study.ids])
    )
    counts = _run(study)
    assert counts["withdrawn_purged"] == 13
    assert counts["rows_written"] == 0
    assert pl.read_parquet(study.work / "ingest/survey.parquet").height == 0


def test_when_token_key_is_missing_then_error_names_the_key_and_none_is_made(study):
    study.token_key.unlink()
    with pytest.raises(ConfigError, match=r"key keys.token_key: file not found: .*restore it"):
        _run(study)
    assert not study.token_key.exists()
    assert not (study.work / "ingest").exists()


def test_when_no_token_matches_the_roster_then_wrong_key_is_suspected_and_nothing_written(study):
    study.token_key.unlink()
    study.token_key.write_bytes(bytes(range(32)))
    study.token_key.chmod(0o600)
    with pytest.raises(IntegrityError, match="none of its 13 survey tokens belongs to anyone"):
        _run(study)
    assert not (study.work / "ingest").exists()
