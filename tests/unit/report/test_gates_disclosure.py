"""The disclosure gates read the anonymise report: withheld sensitive columns, population k."""

from __future__ import annotations

from pathlib import Path

import pytest

from sealflow.report.collect import ReportData
from sealflow.report.gates import evaluate


def gate(risk: dict, name: str):
    data = ReportData(results_dir=Path("."), stages={"risk": risk})
    return next(g for g in evaluate(data) if g.name == name)


RISK = {
    "models": {"k": 10, "l": 2, "sensitive": ["turnover_status"]},
    "achieved": {"k": 12, "l": None},
    "risk": {"records_above_threshold": 0, "risk_threshold": 0.1},
}


@pytest.mark.parametrize(
    "withheld, passed",
    [(["turnover_status"], True), ([], False)],
)
def test_when_l_is_unmeasured_then_gate_passes_only_if_every_sensitive_column_is_withheld(
    withheld, passed
):
    risk = {**RISK, "achieved_diversity": {"withheld": withheld}}
    assert gate(risk, "l-diversity").passed is passed
    # a withheld column is shown as such in the gate tables, never as None
    assert gate(risk, "l-diversity").figure == ("withheld" if withheld else None)


@pytest.mark.parametrize("below, passed", [(0, True), (3, False)])
def test_when_rows_match_fewer_than_k_staff_then_population_gate_fails(below, passed):
    risk = {**RISK, "disclosure_risk": {"population": {"records_below_k": below}}}
    found = gate(risk, "rows matching fewer than k staff of the provider's extract")
    assert (found.passed, found.figure) == (passed, below)
