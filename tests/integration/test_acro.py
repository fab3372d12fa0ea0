"""Cross-check: sealflow's primary suppression flags exactly the cells ACRO flags.

ACRO 1.0.2 (the SACRO project's output checker, from PyPI) pins its own pandas and numpy,
so it never enters sealflow's environment: a virtual environment of its own is made once
under .cache/acro-venv (reused across runs, as test_pycanon does for pycanon) and ACRO
runs there as a subprocess on CSV files sealflow wrote. Both use ACRO's defaults:
threshold 10, zeros disclosive, (2, 90%) dominance, p-ratio 10%. sealflow's extra rule
(all values of a cell the same, which ACRO 1.0.2 runs for modes but not means) is turned
off for the exact comparison and shown to add only such cells when on.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from sealflow.sdc.cell_checks import CheckRules
from sealflow.sdc.outcome import apply_checks, build_table

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "sdc"))
from synthetic import linked_table, schema_rules
from tool_venv import tool_python

# Runs inside the ACRO environment: for each case a crosstab with margins (counts, or the
# mean of a value column) and the union of the cells ACRO's checks fail, as label pairs.
MEASURE = """
import json, logging, sys, warnings
warnings.simplefilter("ignore")
logging.disable(logging.CRITICAL)
import pandas as pd
from acro import ACRO
cases = json.loads(sys.argv[1])
acro = ACRO(suppress=False)
out = []
for number, case in enumerate(cases):
    acro.sdc_checks.risk_appetite.update(case["appetite"])
    data = pd.read_csv(case["path"], dtype={case["row"]: str, case["col"]: str})
    if case["value"]:
        table = acro.crosstab(data[case["row"]], data[case["col"]], values=data[case["value"]],
                              aggfunc="mean", margins=True)
    else:
        table = acro.crosstab(data[case["row"]], data[case["col"]], margins=True)
    record = acro.results.get_index(number)
    failing = set()
    for check, cells in record.sdc["cells"].items():
        for r, c in cells:
            failing.add((str(table.index[r]), str(table.columns[c])))
    out.append(sorted(failing))
print(json.dumps(out))
"""


@pytest.fixture(scope="session")
def acro_python() -> Path:
    """The interpreter of the cached ACRO environment, made on first use."""
    try:
        return tool_python("acro", ["acro==1.0.2"])
    except RuntimeError as exc:
        pytest.skip(f"LOUD SKIP: cannot build the ACRO environment (needs PyPI access once): {exc}")


# The same rules in ACRO's terms (its risk appetite) and in sealflow's (outcome config).
CONFIGURATIONS = {
    "acro_defaults": (
        {"safe_threshold": 10, "safe_nk_n": 2, "safe_nk_k": 0.9, "safe_pratio_p": 0.1,
         "zeros_are_disclosive": True},
        schema_rules(all_values_same=False),
    ),
    # ACRO's threshold check fails an empty cell whatever zeros_are_disclosive says, so
    # sealflow's suppress_zeros: false (flag for review only) has no ACRO counterpart.
    "other_limits": (
        {"safe_threshold": 5, "safe_nk_n": 3, "safe_nk_k": 0.8, "safe_pratio_p": 0.05,
         "zeros_are_disclosive": True},
        schema_rules(min_cell_count=5, p_percent=5.0, dominance_n=3, dominance_k=80.0,
                   all_values_same=False),
    ),
}  # fmt: skip


def sealflow_failing(
    frame: pl.DataFrame, row: str, col: str, value: str | None, rules: CheckRules
) -> tuple[set, set[str]]:
    """The cells sealflow's primary checks suppress, as (row label, column label), and the
    rules that failed."""
    table = build_table(frame, "t", [row, col], value, largest=rules.dominance_n)
    primary = apply_checks(table, rules)
    rules = {c["rule"] for c in table.checks if not c["pass"]}
    return {(table.labels(e)[row], table.labels(e)[col]) for e in primary}, rules


CASES = [
    # (rows, seed, row dimension, column dimension, value column)
    (60, 1, "programme_group", "service_branch", None),
    (150, 2, "rank_band", "gender", None),
    (400, 3, "age_band", "turnover_status", None),
    (90, 4, "programme_group", "service_branch", "sickness_absence_days"),
    (250, 5, "rank_band", "service_branch", "sickness_absence_days"),
    (500, 6, "gender", "age_band", "tenure_years"),
    (40, 7, "base", "gender", "wb_1"),
    (300, 8, "programme_group", "gender", "constant"),  # every value the same
    (0, 0, "programme_group", "gender", "boundary"),  # top two hold exactly 90%, p exactly 10%
]


def case_frame(rows: int, seed: int) -> pl.DataFrame:
    """The synthetic table, or (rows 0) one whose cells sit exactly on the rules' limits."""
    if rows:
        return linked_table(rows, seed).with_columns(pl.lit(3.0).alias("constant"))
    # Cells of 12 or more contributors (the threshold passes). intervention/Female: the top
    # two hold exactly 90% of the total (ACRO: disclosive at >= k). intervention/Male: the
    # rest is exactly 10% of the largest (ACRO: disclosive below p).
    exact_dominance = [45.0, 45.0] + [1.0] * 10
    exact_p = [50.0, 40.0] + [0.5] * 10 + [0.0] * 2
    plain = [float(v) for v in range(1, 13)]
    values = exact_dominance + exact_p + plain + plain
    groups = ["intervention"] * 12 + ["intervention"] * 14 + ["comparison"] * 24
    genders = ["Female"] * 12 + ["Male"] * 14 + ["Female"] * 12 + ["Male"] * 12
    return pl.DataFrame({"programme_group": groups, "gender": genders, "boundary": values})


@pytest.mark.parametrize("configuration", sorted(CONFIGURATIONS))
def test_when_acro_checks_the_same_tables_then_it_flags_exactly_the_cells_sealflow_flags(
    acro_python, tmp_path, configuration
):
    appetite, check_rules = CONFIGURATIONS[configuration]
    cases, expected, rules = [], [], set()
    for rows, seed, row, col, value in CASES:
        frame = case_frame(rows, seed)
        path = tmp_path / f"case_{seed}_{value}.csv"
        frame.select([row, col, *([value] if value else [])]).write_csv(path)
        cases.append(
            {"path": str(path), "row": row, "col": col, "value": value, "appetite": appetite}
        )
        cells, failed = sealflow_failing(frame, row, col, value, check_rules)
        expected.append(cells)
        rules |= failed
    result = subprocess.run(
        [str(acro_python), "-c", MEASURE, json.dumps(cases)],
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )
    flagged_by_acro = [{tuple(cell) for cell in case} for case in json.loads(result.stdout)]
    # The comparison is not vacuous: every configured rule fails somewhere.
    assert rules >= {"threshold", "zero", "p_percent", f"nk_dominance(n={check_rules.dominance_n})"}
    for (rows, seed, row, col, value), ours, theirs in zip(
        CASES, expected, flagged_by_acro, strict=True
    ):
        assert ours == theirs, (
            f"{row} x {col} ({value or 'counts'}, {rows} rows, seed {seed}): "
            f"only sealflow {sorted(ours - theirs)}, only ACRO {sorted(theirs - ours)}"
        )


def test_when_all_values_same_rule_is_on_then_it_adds_exactly_the_cells_of_one_value():
    frame = linked_table(300, 8).with_columns(pl.lit(3.0).alias("constant"))
    dims = ["programme_group", "gender"]
    acro_like = apply_checks(
        build_table(frame, "t", dims, "constant"), schema_rules(all_values_same=False)
    )
    table = build_table(frame, "t", dims, "constant")
    ours = apply_checks(table, schema_rules())
    assert acro_like < ours
    assert all(table.spread[e][1] == 1 for e in ours - acro_like)
