"""Link survey answers with the administrative extract, with a counts-only match report.

Ingest leaves each table with one row per pseudonymous ID, so the join is one-to-one. If a
table arrives here with a repeated ID anyway, its rows are left out of the linked table and
counted as duplicates rather than multiplied by the join: a duplicated person would
otherwise weigh twice in every later statistic.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import polars as pl

from sealflow.workspace import StudyAudit, audit_record, write_parquet, write_report

KEY = "pseudonymous_id"


def _split_duplicates(frame: pl.LazyFrame) -> tuple[pl.LazyFrame, pl.LazyFrame]:
    repeated = pl.col(KEY).is_duplicated()
    return frame.filter(~repeated), frame.filter(repeated)


def link_survey_admin(
    survey_parquet: str | os.PathLike[str],
    admin_parquet: str | os.PathLike[str],
    linked_output: str | os.PathLike[str],
    report_path: str | os.PathLike[str],
    audit: StudyAudit | None = None,
) -> dict[str, Any]:
    """Inner-join survey and admin on pseudonymous_id (polars, lazy); write both outputs.

    The report counts matched people, survey-only and admin-only people, and rows left out
    for a repeated ID; it holds no identifier.
    """
    all_survey, all_admin = (
        pl.scan_parquet(Path(survey_parquet)),
        pl.scan_parquet(Path(admin_parquet)),
    )
    survey, survey_repeats = _split_duplicates(all_survey)
    admin, admin_repeats = _split_duplicates(all_admin)
    survey_ids, admin_ids = survey.select(KEY), admin.select(KEY)
    # A repeated ID counts as a duplicate, never as survey-only or admin-only.
    figures = pl.concat(
        [
            survey_ids.join(admin_ids, on=KEY, how="semi").select(pl.len().alias("matched")),
            survey_ids.join(all_admin.select(KEY), on=KEY, how="anti").select(
                pl.len().alias("survey_only")
            ),
            admin_ids.join(all_survey.select(KEY), on=KEY, how="anti").select(
                pl.len().alias("admin_only")
            ),
            survey_repeats.select(pl.len().alias("duplicates_survey")),
            admin_repeats.select(pl.len().alias("duplicates_admin")),
        ],
        how="horizontal",
    )
    counts: dict[str, Any] = {
        name: int(value) for name, value in figures.collect().row(0, named=True).items()
    }
    counts["duplicates"] = counts["duplicates_survey"] + counts["duplicates_admin"]
    linked = survey.join(admin, on=KEY, how="inner", validate="1:1", maintain_order="left")
    linked_frame = linked.collect()
    write_parquet(linked_frame, linked_output)
    write_report(counts, report_path)
    audit_record(audit, "write", linked_output, rows=linked_frame.height)
    return counts
