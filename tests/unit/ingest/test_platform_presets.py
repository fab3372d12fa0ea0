"""Each ready-made survey platform profile, on a generated export of that platform's shape.

The study's profile names the preset and maps only what is the study's own (its question
columns, its consent phrase and Likert words); the export then ingests to exactly what
the tiny study's plain CSV gives, and the columns the platform adds are dropped and
listed by name in the report.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pytest

from sealflow.ingest.profiles import presets
from sealflow.ingest.settings import IngestSettings
from sealflow.ingest.tables import ingest_survey
from sealflow.ingest.validate import parse_datetime

from .exports import (
    CONSENT_WORDS,
    CONTACT_QUESTION,
    LIKERT_WORDS,
    QUALTRICS_METADATA,
    write_jisc_csv,
    write_microsoft_forms_xlsx,
    write_qualtrics_csv,
    write_surveymonkey_csv,
)
from .study import TinyStudy

FREE_TEXT = ["ft_experience", "ft_barriers", "ft_suggestions"]
RECODE = {
    "consent": {phrase: answer for answer, phrase in CONSENT_WORDS.items()},
    "wb_*": {word: n for n, word in enumerate(LIKERT_WORDS, start=1)},
}


def _columns(
    token: str, consent: str, items: list[str], texts: list[str], contact: str = CONTACT_QUESTION
) -> dict[str, str]:
    names = {token: "survey_token", consent: "consent", contact: "interview_contact"}
    names.update({item: f"wb_{i}" for i, item in enumerate(items, start=1)})
    names.update(dict(zip(texts, FREE_TEXT, strict=True)))
    return names


STATEMENTS = [f"Statement {i}" for i in range(1, 8)]
PLATFORMS = [
    pytest.param(
        "qualtrics",
        write_qualtrics_csv,
        ".csv",
        _columns(
            "ExternalReference", "Q1", [f"Q2_{i}" for i in range(1, 8)], ["Q3", "Q4", "Q5"], "Q6"
        ),
        [name for name in QUALTRICS_METADATA if name != "RecordedDate"],
        id="qualtrics",
    ),
    pytest.param(
        "microsoft_forms",
        write_microsoft_forms_xlsx,
        ".xlsx",
        _columns(
            "Your survey code",
            "Do you consent to take part?",
            STATEMENTS,
            ["Your experience", "What got in the way?", "Any suggestions?"],
        ),
        ["ID", "Start time", "Email", "Name", "Last modified time"],
        id="microsoft-forms",
    ),
    pytest.param(
        "surveymonkey",
        write_surveymonkey_csv,
        ".csv",
        _columns(
            "token",
            "Do you consent to take part?",
            STATEMENTS,
            ["Your experience", "What got in the way?", "Any suggestions?"],
        ),
        [
            "Respondent ID",
            "Collector ID",
            "Start Date",
            "IP Address",
            "Email Address",
            "First Name",
            "Last Name",
            "Which apply to you?",
            "(column 22, no name)",
            "(column 23, no name)",
        ],
        id="surveymonkey",
    ),
    pytest.param(
        "jisc_online_surveys",
        write_jisc_csv,
        ".csv",
        _columns(
            "1. Your survey code",
            "2. Do you consent to take part?",
            [f"3.{i}. Statement {i}" for i in range(1, 8)],
            ["4. Your experience", "5. What got in the way?", "6. Any suggestions?"],
            f"7. {CONTACT_QUESTION}",
        ),
        ["Response ID", "Start date"],
        id="jisc-online-surveys",
    ),
]


def _ingest(study: TinyStudy, source: Path, settings: IngestSettings) -> tuple[pl.DataFrame, dict]:
    parquet = study.work / f"ingest/{source.stem}.parquet"
    counts = ingest_survey(
        source,
        study.roster,
        study.withdrawals,
        study.token_key,
        parquet,
        study.work / f"ingest/quarantine/{source.stem}.parquet",
        study.root / f"results/ingest/{source.stem}.json",
        settings,
    )
    return pl.read_parquet(parquet), counts


def _instants(frame: pl.DataFrame) -> list:
    return frame.select(parse_datetime(pl.col("submitted_at"))).to_series().to_list()


@pytest.mark.parametrize(("preset", "write", "suffix", "rename", "dropped"), PLATFORMS)
def test_when_a_platform_export_is_read_with_its_preset_then_it_ingests_as_the_plain_csv(
    study: TinyStudy,
    preset: str,
    write: Callable[[TinyStudy, Path], None],
    suffix: str,
    rename: dict[str, str],
    dropped: list[str],
):
    source = study.work / f"received/survey/{preset}{suffix}"
    write(study, source)
    profile = {"preset": preset, "rename": rename, "recode": RECODE}
    settings = IngestSettings.from_config({"ingest": {"profiles": {"survey_export": profile}}})
    plain, plain_counts = _ingest(study, study.survey, IngestSettings.from_config({}))
    got, counts = _ingest(study, source, settings)

    assert got.drop("submitted_at").equals(plain.drop("submitted_at"))
    assert _instants(got) == _instants(plain)
    assert counts["rows_written"] == plain_counts["rows_written"] > 0
    assert counts["non_consenting_excluded"] == plain_counts["non_consenting_excluded"] > 0
    assert counts["input"]["columns_dropped"] == dropped
    assert counts["input"]["preset"] == preset


def test_when_presets_ship_then_each_has_a_generated_export_test():
    tested = {param.values[0] for param in PLATFORMS}
    assert set(presets()) == tested
