"""Linkage: a one-to-one lazy join on pseudonymous_id and a counts-only match report."""

from __future__ import annotations

import json

import polars as pl
import pytest

from sealflow.link.join import link_survey_admin


def _tables(tmp_path, survey_ids, admin_ids):
    survey = tmp_path / "work/ingest/survey.parquet"
    admin = tmp_path / "work/ingest/admin.parquet"
    survey.parent.mkdir(parents=True)
    pl.DataFrame(
        {"pseudonymous_id": survey_ids, "wb_1": list(range(len(survey_ids)))},
        schema={"pseudonymous_id": pl.String, "wb_1": pl.Int64},
    ).write_parquet(survey)
    pl.DataFrame(
        {"pseudonymous_id": admin_ids, "gender": ["Female"] * len(admin_ids)},
        schema={"pseudonymous_id": pl.String, "gender": pl.String},
    ).write_parquet(admin)
    return survey, admin


@pytest.mark.parametrize(
    ("survey_ids", "admin_ids", "expected"),
    [
        (["A", "B", "C"], ["A", "B", "C"], (3, 0, 0, 0, 0)),
        (["A", "B", "X"], ["A", "B", "C", "D"], (2, 1, 2, 0, 0)),
        (["A", "A", "B"], ["A", "B"], (1, 0, 0, 2, 0)),
        (["A", "B", "B"], ["B", "C"], (0, 1, 1, 2, 0)),
        (["A", "B"], ["A", "B", "B", "B"], (1, 0, 0, 0, 3)),
        ([], ["A"], (0, 0, 1, 0, 0)),
    ],
)
def test_when_tables_are_linked_then_report_counts_each_kind(
    tmp_path, survey_ids, admin_ids, expected
):
    survey, admin = _tables(tmp_path, survey_ids, admin_ids)
    linked_path = tmp_path / "work/link/linked.parquet"
    report_path = tmp_path / "results/link/match_report.json"
    counts = link_survey_admin(survey, admin, linked_path, report_path)
    matched, survey_only, admin_only, dup_survey, dup_admin = expected
    assert counts == {
        "matched": matched,
        "survey_only": survey_only,
        "admin_only": admin_only,
        "duplicates_survey": dup_survey,
        "duplicates_admin": dup_admin,
        "duplicates": dup_survey + dup_admin,
    }
    linked = pl.read_parquet(linked_path)
    assert linked.height == matched
    assert linked.columns == ["pseudonymous_id", "wb_1", "gender"]
    assert linked["pseudonymous_id"].is_unique().all()
    report = report_path.read_text()
    assert json.loads(report) == counts
    for pid in set(survey_ids) | set(admin_ids):
        assert f'"{pid}"' not in report
    assert linked_path.stat().st_mode & 0o777 == 0o600
