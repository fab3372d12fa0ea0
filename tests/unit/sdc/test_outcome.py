"""Outcome tables: ACRO checks, secondary suppression, differencing, and what is written."""

from __future__ import annotations

import csv
import io
import json

import numpy as np
import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealflow.errors import ConfigError, InputSchemaError
from sealflow.sdc.cell_checks import CheckRules, check_cell
from sealflow.sdc.outcome import (
    ALL,
    build_outcome_tables,
    register_release,
    table_csv,
    write_outcome,
)
from sealflow.sdc.secondary import lines

from .synthetic import linked_table

OUTCOME = {
    "min_cell_count": 10,
    "derived": {"wellbeing_score": [f"wb_{i}" for i in range(1, 8)]},
    "tables": [
        {
            "name": "wellbeing",
            "dimensions": ["programme_group", "service_branch"],
            "value": "wellbeing_score",
        },
        {"name": "by_rank", "dimensions": ["rank_band"]},
    ],
}


@pytest.mark.parametrize(
    "count, total, top, values, distinct, failing",
    [
        (9, None, [], None, None, {"threshold"}),
        (10, None, [], None, None, set()),
        (0, None, [], None, None, {"zero"}),
        # p%: 100 - 80 - 15 = 5 < 10% of 80 = 8; the top two hold 95% > 90%
        (12, 100.0, [80.0, 15.0], 12, 5, {"p_percent", "nk_dominance(n=2)"}),
        # p% passes (100-50-30=20 >= 5) and the top two hold 80% <= 90%
        (12, 100.0, [50.0, 30.0], 12, 5, set()),
        (20, 100.0, [60.0, 35.0], 20, 4, {"p_percent", "nk_dominance(n=2)"}),
        (20, 210.0, [14.0, 14.0], 20, 3, set()),
        # ACRO: every value the same discloses each one; a non-positive total is disclosive
        (15, 75.0, [5.0, 5.0], 15, 1, {"all_values_same"}),
        (15, 0.0, [0.0, 0.0], 15, 1, {"p_percent", "all_values_same"}),
        # ACRO counts the values, not the rows: 12 rows but 8 answers
        (12, 40.0, [5.0, 5.0], 8, 3, {"threshold"}),
    ],
)
def test_when_cell_checked_then_failing_rules_are_the_expected_ones(
    count, total, top, values, distinct, failing
):
    records = check_cell(count, total, top, CheckRules(), values, distinct)
    assert {r.rule for r in records if not r.passed} == failing
    assert all(r.action == "none" for r in records if r.passed)


def test_when_zero_cell_then_flagged_for_review_unless_configured_to_suppress():
    assert check_cell(0, None, [], CheckRules())[0].action == "review"
    assert check_cell(0, None, [], CheckRules(suppress_zeros=True))[0].action == "suppress"


def determined_entries(shape, hidden) -> set:
    """Hidden entries fixed by the published ones, by rank comparison (independent of SVD)."""
    order = sorted(hidden)
    column = {e: i for i, e in enumerate(order)}
    rows = []
    for interior, margin in lines(shape):
        row = np.zeros(len(order))
        for e in interior:
            if e in column:
                row[column[e]] += 1
        if margin in column:
            row[column[margin]] -= 1
        if row.any():
            rows.append(row)
    if not rows:
        return set(order)
    matrix = np.vstack(rows)
    rank = np.linalg.matrix_rank(matrix)
    found = set()
    for i, entry in enumerate(order):
        unit = np.zeros(len(order))
        unit[i] = 1
        if np.linalg.matrix_rank(np.vstack([matrix, unit])) == rank:
            found.add(entry)
    return found


tables = st.fixed_dictionaries(
    {
        "n": st.integers(1, 300),
        "seed": st.integers(0, 10_000),
        "dims": st.sampled_from(
            [
                ["programme_group", "service_branch"],
                ["gender"],
                ["rank_band", "gender"],
                ["programme_group", "gender", "turnover_status"],
            ]
        ),
        "threshold": st.integers(3, 15),
    }
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=tables)
def test_when_random_table_then_no_published_cell_below_threshold_nor_recoverable(case):
    outcome = {
        "min_cell_count": case["threshold"],
        "tables": [{"name": "t", "dimensions": case["dims"], "value": "wb_1"}],
    }
    (table,) = build_outcome_tables(linked_table(case["n"], case["seed"]), outcome, [])
    for entry, count in table.counts.items():
        if entry not in table.hidden:
            assert count == 0 or count >= case["threshold"]
    assert not determined_entries(table.shape, set(table.hidden))
    published = list(csv.DictReader(io.StringIO(table_csv(table))))
    assert all(
        row["count"] == "" or int(row["count"]) == 0 or int(row["count"]) >= case["threshold"]
        for row in published
    )


def test_when_single_cell_fails_then_a_partner_is_suppressed_in_its_row_and_column():
    frame = pl.DataFrame(
        {
            "a": ["x"] * 30 + ["y"] * 25 + ["y"] * 3,
            "b": ["p"] * 15 + ["q"] * 15 + ["p"] * 25 + ["q"] * 3,
        }
    )
    (table,) = build_outcome_tables(
        frame, {"tables": [{"name": "t", "dimensions": ["a", "b"]}]}, []
    )
    reasons = sorted(table.hidden.values())
    assert reasons.count("threshold") == 1
    assert "secondary" in reasons
    assert not determined_entries(table.shape, set(table.hidden))


def test_when_released_before_then_small_difference_is_suppressed(tmp_path):
    register = tmp_path / "released.json"
    earlier = linked_table(300, 11)
    register_release(build_outcome_tables(earlier, OUTCOME, []), register)
    later = earlier.head(296)  # four people fewer: their attributes would show in the difference
    tables = build_outcome_tables(later, OUTCOME, json.loads(register.read_text())["tables"])
    wellbeing = tables[0]
    failing = [
        c for c in wellbeing.checks if c["rule"].startswith("differencing") and not c["pass"]
    ]
    assert failing and all(0 < c["figure"] < 10 for c in failing)
    grand_total = tuple(len(c) for c in wellbeing.categories)
    assert wellbeing.hidden.get(grand_total) == "differencing"
    assert not determined_entries(wellbeing.shape, set(wellbeing.hidden))


def test_when_released_again_unchanged_then_differencing_passes(tmp_path):
    register = tmp_path / "released.json"
    frame = linked_table(300, 12)
    register_release(build_outcome_tables(frame, OUTCOME, []), register)
    again = build_outcome_tables(frame, OUTCOME, json.loads(register.read_text())["tables"])
    differencing = [c for t in again for c in t.checks if c["rule"].startswith("differencing")]
    assert differencing and all(c["pass"] for c in differencing)


def test_when_written_then_csv_per_table_and_every_check_recorded(tmp_path):
    linked = tmp_path / "linked.parquet"
    linked_table(250, 13).write_parquet(linked)
    checks_path = tmp_path / "results/outcome/checks.json"
    tables = write_outcome(OUTCOME, linked, tmp_path / "results/outcome", checks_path)
    checks = json.loads(checks_path.read_text())
    assert {c["rule"] for c in checks["checks"]} >= {
        "threshold",
        "p_percent",
        "secondary_suppression",
    }
    assert all({"rule", "figure", "pass"} <= set(c) for c in checks["checks"])
    text = (tmp_path / "results/outcome/wellbeing.csv").read_text()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[-1]["programme_group"] == ALL and rows[-1]["service_branch"] == ALL
    assert int(rows[-1]["count"]) == 250
    assert len(rows) == len(tables[0].counts)
    assert "PSN-" not in text + checks_path.read_text()


@pytest.mark.parametrize(
    "outcome, message",
    [
        ({"tables": [{"name": "t", "dimensions": ["nope"]}]}, "column 'nope'"),
        ({"tables": [{"name": "t", "dimensions": ["gender"], "value": "nope"}]}, "column 'nope'"),
        ({"derived": {"s": ["wb_1", "wb_99"]}, "tables": []}, r"outcome\.derived\.s"),
        (
            {"tables": [{"name": "t", "dimensions": ["gender"]}] * 2},
            "table name.s. t used twice",
        ),
    ],
)
def test_when_outcome_config_names_unknown_column_then_config_error(outcome, message):
    with pytest.raises(ConfigError, match=message):
        build_outcome_tables(linked_table(20, 1), outcome, [])


def test_when_a_category_is_named_all_then_error_names_table_and_column():
    frame = linked_table(30, 2).with_columns(pl.lit("All").alias("gender"))
    with pytest.raises(InputSchemaError, match=r"outcome\.tables\.t: column 'gender'"):
        build_outcome_tables(frame, {"tables": [{"name": "t", "dimensions": ["gender"]}]}, [])
