"""The survey export's own steps: tokens back to IDs, repeated submissions, consent.

Each step returns the rows it keeps and a count of the rows it set aside, so the ingest
report accounts for every row read; nothing is dropped without being counted.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl

from sealflow.errors import InputSchemaError
from sealflow.ingest.readers import spreadsheet_row
from sealflow.ingest.validate import parse_datetime

ORDER = "__file_order"


def map_tokens(survey: pl.DataFrame, tokens: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Replace survey_token by pseudonymous_id; rows whose token is unknown go to quarantine.

    Returns (known rows: pseudonymous_id first and the 0-based file order last; quarantined
    rows as received).
    """
    numbered = survey.lazy().with_row_index(ORDER)
    joined = numbered.join(tokens.lazy(), on="survey_token", how="left")
    known = (
        joined.filter(pl.col("pseudonymous_id").is_not_null())
        .sort(ORDER)
        .select("pseudonymous_id", pl.exclude("pseudonymous_id", "survey_token"))
        .collect()
    )
    quarantined = (
        joined.filter(pl.col("pseudonymous_id").is_null())
        .sort(ORDER)
        .select(survey.columns)
        .collect()
    )
    return known, quarantined


def keep_latest_submission(
    survey: pl.DataFrame, policy: str, source: Path, rows_above: int = 1
) -> tuple[pl.DataFrame, int]:
    """One row per person: the latest submitted_at (the later row in the file on a tie).

    With policy ``error`` a repeated submission stops the ingest instead, naming the rows.
    """
    repeated = survey.get_column("pseudonymous_id").is_duplicated()
    if not repeated.any():
        return survey.drop(ORDER), 0
    if policy == "error":
        first = survey.filter(repeated).get_column(ORDER).sort()[0] + 1
        raise InputSchemaError(
            f"{source}: column survey_token: {spreadsheet_row(first, rows_above)} and "
            f"{int(repeated.sum()) - 1} other rows are repeated submissions of the same person; "
            "set ingest.duplicate_submissions to keep_latest or ask the survey platform for one "
            "submission per token"
        )
    latest = (
        survey.lazy()
        .with_columns(parse_datetime(pl.col("submitted_at")).alias("__submitted"))
        .sort("__submitted", ORDER)
        .unique("pseudonymous_id", keep="last", maintain_order=True)
        .sort(ORDER)
        .drop("__submitted", ORDER)
        .collect()
    )
    return latest, survey.height - latest.height


def consenting(survey: pl.DataFrame) -> tuple[pl.DataFrame, int]:
    """Only rows whose consent is yes; the others are excluded and counted."""
    kept = survey.filter(pl.col("consent") == "yes")
    return kept, survey.height - kept.height
