"""Outcome tables: ACRO checks, secondary suppression, differencing, and what is written."""

from __future__ import annotations

import csv
import io
import json
import re

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
    format_mean,
    mean_step,
    table_csv,
    write_outcome,
)
from sealflow.sdc.secondary import lines

from .synthetic import linked_table, outcome_section, schema_rules

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
    records = check_cell(count, total, top, schema_rules(), values, distinct)
    assert {r.rule for r in records if not r.passed} == failing
    assert all(r.action == "none" for r in records if r.passed)


def test_when_zero_cell_then_suppressed_by_default_and_only_flagged_when_configured():
    assert check_cell(0, None, [], schema_rules())[0].action == "suppress"
    assert CheckRules.from_config(outcome_section({"tables": []})).suppress_zeros
    assert check_cell(0, None, [], schema_rules(suppress_zeros=False))[0].action == "review"


@pytest.mark.parametrize(
    "values, step",
    [(10, 1.0), (19, 1.0), (20, 0.1), (199, 0.1), (200, 0.01), (5000, 0.01), (1, 10.0)],
)
def test_when_mean_of_n_values_then_rounding_step_keeps_the_sum_uncertain(values, step):
    assert mean_step(values) == step
    assert values * step >= 2  # the sum is known only to within 2 or more


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(1, 35), min_size=10, max_size=60),
)
def test_when_mean_published_then_more_than_one_integer_sum_fits_it(values):
    step = mean_step(len(values))
    shown = float(format_mean(sum(values) / len(values), step))
    low, high = (shown - step / 2) * len(values), (shown + step / 2) * len(values)
    fitting = [s for s in range(int(low) - 1, int(high) + 2) if low <= s <= high]
    assert sum(values) in fitting or abs(sum(values) - high) < 1e-6 or abs(sum(values) - low) < 1e-6
    assert len(fitting) >= 2


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


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=tables)
def test_when_random_table_then_no_published_cell_below_threshold_nor_small_one_recoverable(case):
    outcome = {
        "min_cell_count": case["threshold"],
        "tables": [{"name": "t", "dimensions": case["dims"], "value": "wb_1"}],
    }
    (table,) = build_outcome_tables(
        linked_table(case["n"], case["seed"]), outcome_section(outcome), []
    )
    for entry, count in table.counts.items():
        if entry not in table.hidden:
            assert count == 0 or count >= case["threshold"]
    # Exactly recoverable only where the count is not small (the interval rule allows a
    # cell the intruder can show to be at least the threshold).
    for entry in determined_entries(table.shape, set(table.hidden)):
        assert table.counts[entry] >= case["threshold"]
    published = list(csv.DictReader(io.StringIO(table_csv(table))))
    assert all(row["count"] == "" or int(row["count"]) >= case["threshold"] for row in published)


def test_when_single_cell_fails_then_a_partner_is_suppressed_in_its_row_and_column():
    frame = pl.DataFrame(
        {
            "a": ["x"] * 30 + ["y"] * 25 + ["y"] * 3,
            "b": ["p"] * 15 + ["q"] * 15 + ["p"] * 25 + ["q"] * 3,
        }
    )
    (table,) = build_outcome_tables(
        frame, outcome_section({"tables": [{"name": "t", "dimensions": ["a", "b"]}]}), []
    )
    reasons = sorted(table.hidden.values())
    assert reasons.count("threshold") == 1
    assert "secondary" in reasons
    assert not determined_entries(table.shape, set(table.hidden))


def test_when_written_then_csv_per_table_and_every_check_recorded(tmp_path):
    linked = tmp_path / "work/link/linked.parquet"
    linked.parent.mkdir(parents=True)
    linked_table(250, 13).write_parquet(linked)
    checks_path = tmp_path / "results/outcome/checks.json"
    figures = tmp_path / "work/outcome/check_figures.json"
    tables = write_outcome(
        outcome_section(OUTCOME),
        linked,
        tmp_path / "results/outcome",
        checks_path,
        figures_path=figures,
    )
    checks = json.loads(checks_path.read_text())
    rules = {c["rule"] for c in checks["checks"]}
    assert rules >= {"threshold", "p_percent", "interval_protection"}
    public = {"table", "cell", "rule", "threshold", "pass", "action"}
    assert all(set(c) == public for c in checks["checks"])
    assert "number of values" in checks["mean_rule"]
    kept = json.loads(figures.read_text())["checks"]
    assert len(kept) == len(checks["checks"]) and all("figure" in c for c in kept)
    assert figures.stat().st_mode & 0o077 == 0
    text = (tmp_path / "results/outcome/wellbeing.csv").read_text()
    rows = list(csv.DictReader(io.StringIO(text)))
    assert rows[-1]["programme_group"] == ALL and rows[-1]["service_branch"] == ALL
    assert int(rows[-1]["count"]) == 250
    assert len(rows) == len(tables[0].counts)
    assert "PSN-" not in text + checks_path.read_text()


def _suppressed_figures(tables) -> set[str]:
    """How each suppressed cell's figures could be written: count, sum, mean, check figures."""
    found = set()
    for table in tables:
        for entry in table.hidden:
            count = table.counts[entry]
            if table.value and table.spread[entry][0]:
                total = table.sums[entry]
                mean = total / table.spread[entry][0]
                found |= {repr(mean), f"{mean:.4f}", f"{mean:.3f}", repr(total)}
            found.add(f'"count": {count}')
        for check in table.checks:
            figure = check.get("figure")
            if check["cell"] is not None and isinstance(figure, float) and figure % 1:
                found |= {repr(figure), f"{figure:.4f}"}
    return found


def _written_in(figure: str, text: str) -> bool:
    """A figure counts only as a whole number: '19.0' is not written in 'seconds: 19.04'.

    The report quotes the scrub bench's figures (timings among them), so a plain
    substring test fails whenever a timing happens to begin with a suppressed figure.
    """
    return re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d])", text) is not None


def test_when_pack_and_report_written_then_no_file_outside_work_holds_a_suppressed_figure(
    tmp_path,
):
    from sealflow.report import write_report

    linked = tmp_path / "work/link/linked.parquet"
    linked.parent.mkdir(parents=True)
    # Few rows: many cells fail the threshold, p% and dominance rules.
    linked_table(90, 17).write_parquet(linked)
    results = tmp_path / "results"
    tables = write_outcome(
        outcome_section(OUTCOME),
        linked,
        results / "outcome",
        results / "outcome/checks.json",
        figures_path=tmp_path / "work/outcome/check_figures.json",
    )
    html = results / "report/deidentification.html"
    write_report(results, html, html.with_suffix(".json"), "demo")
    figures = _suppressed_figures(tables)
    assert any(t.hidden for t in tables) and figures
    workspace_text = (tmp_path / "work/outcome/check_figures.json").read_text()
    assert any(f in workspace_text for f in figures if not f.startswith('"count"'))
    outside = [p for p in tmp_path.rglob("*") if p.is_file() and "work" not in p.parts]
    assert len(outside) >= 4
    for path in outside:
        text = path.read_text(encoding="utf-8")
        leaked = sorted(f for f in figures if _written_in(f, text))
        assert not leaked, f"{path.relative_to(tmp_path)} holds suppressed figure(s) {leaked}"
        assert '"figure"' not in text or path.name.startswith("deidentification")
    for table in tables:
        text = (results / f"outcome/{table.name}.csv").read_text()
        rows = list(csv.DictReader(io.StringIO(text)))
        for row in rows:
            if row["status"] == "suppressed":
                assert row["count"] == "" and row.get(f"mean_{table.value}", "") == ""


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
        build_outcome_tables(linked_table(20, 1), outcome_section(outcome), [])


def test_when_a_category_is_named_all_then_error_names_table_and_column():
    frame = linked_table(30, 2).with_columns(pl.lit("All").alias("gender"))
    with pytest.raises(InputSchemaError, match=r"outcome\.tables\.t: column 'gender'"):
        build_outcome_tables(
            frame, outcome_section({"tables": [{"name": "t", "dimensions": ["gender"]}]}), []
        )


def test_when_dominance_counts_three_contributors_then_the_third_largest_is_counted():
    # One cell of 7: 15 + 10 + 6 = 31 of 37 (84%) are the three largest contributions.
    frame = pl.DataFrame(
        {"g": ["a"] * 7 + ["b"] * 12, "v": [15, 10, 6, 3, 2, 1, 0] + [5] * 6 + [6] * 6}
    )
    outcome = {"min_cell_count": 5, "dominance_n": 3, "dominance_k": 80, "all_values_same": False,
               "tables": [{"name": "t", "dimensions": ["g"], "value": "v"}]}  # fmt: skip
    (table,) = build_outcome_tables(frame, outcome_section(outcome), [])
    failing = {(c["cell"]["g"], c["rule"]) for c in table.checks if not c["pass"]}
    assert ("a", "nk_dominance(n=3)") in failing
    assert ("b", "nk_dominance(n=3)") not in failing
