"""Output checks on one aggregate cell, with ACRO's defaults (the SACRO project).

Each check yields a record (rule, figure, threshold, pass or fail) so the report can show
every decision. Rules:
  threshold   the cell counts fewer than ``min_cell_count`` records            (fail: suppress)
  p_percent   total - largest - second largest < p% of the largest            (fail: suppress)
  nk_dominance  the n largest contributions hold k% of the total or more      (fail: suppress)
  all_values_same  every value in the cell is the same                         (fail: suppress)
                   (beyond ACRO 1.0.2, which runs it for modes, not means; the mean of
                   such a cell is every contributor's value; all_values_same: false
                   turns it off)
  zero        the cell is empty: it reveals that nobody has a combination (fail: suppress,
              as ACRO's default; suppress_zeros false only flags it for review)
The magnitude rules (p%, dominance) only apply to cells with a value column.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sealflow.settings import OutcomeSettings


@dataclass(frozen=True)
class CheckRules:
    """Thresholds of the output checks (the schema's defaults are ACRO's)."""

    min_cell_count: int
    p_percent: float
    dominance_n: int
    dominance_k: float
    suppress_zeros: bool
    all_values_same: bool

    @classmethod
    def from_config(cls, outcome: OutcomeSettings) -> CheckRules:
        return cls(
            min_cell_count=int(outcome.min_cell_count),
            p_percent=float(outcome.p_percent),
            dominance_n=int(outcome.dominance_n),
            dominance_k=float(outcome.dominance_k),
            suppress_zeros=bool(outcome.suppress_zeros),
            all_values_same=bool(outcome.all_values_same),
        )


@dataclass(frozen=True)
class CheckRecord:
    rule: str
    figure: float
    threshold: float
    passed: bool
    action: str  # "none", "suppress" or "review"

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "figure": self.figure,
            "threshold": self.threshold,
            "pass": self.passed,
            "action": self.action,
        }


def _record(rule: str, figure: float, threshold: float, fails: bool) -> CheckRecord:
    return CheckRecord(rule, figure, threshold, not fails, "suppress" if fails else "none")


def check_cell(
    count: int,
    total: float | None,
    top: list[float],
    rules: CheckRules,
    values: int | None = None,
    distinct: int | None = None,
) -> list[CheckRecord]:
    """Run every applicable rule on a cell of ``count`` records.

    For a table with a value column: ``total`` is the sum of its non-missing values in the
    cell, ``values`` how many there are, ``distinct`` how many differ, and ``top`` the
    largest, largest first (at least ``dominance_n`` of them when there are that many).
    As in ACRO, the threshold counts the values, a cell whose total is not positive or that
    has a single value fails the p% rule (zeros are disclosive), and a cell whose values
    are all the same fails (its mean is everyone's value).
    """
    if count == 0:
        return [CheckRecord("zero", 0, 0, False, "suppress" if rules.suppress_zeros else "review")]
    contributors = count if total is None or values is None else min(count, values)
    records = [_record("threshold", contributors, rules.min_cell_count,
                       contributors < rules.min_cell_count)]  # fmt: skip
    if total is None:
        return records
    largest = top[0] if top else 0.0
    second = top[1] if len(top) > 1 else 0.0
    # p% rule: the second largest contributor could estimate the largest to within p%.
    remainder = total - largest - second
    if total <= 0 or contributors <= 1:
        p_figure, p_fails = 0.0, True
    else:
        p_figure = remainder / largest * 100.0
        p_fails = p_figure < rules.p_percent
    records.append(_record("p_percent", round(p_figure, 6), rules.p_percent, p_fails))
    top_n = sum(top[: rules.dominance_n])
    share = top_n / total * 100.0 if total > 0 else 0.0
    records.append(
        _record(
            f"nk_dominance(n={rules.dominance_n})",
            round(share, 6),
            rules.dominance_k,
            total > 0 and share >= rules.dominance_k,  # ACRO: at k% it is disclosive
        )
    )
    if distinct is not None and rules.all_values_same:
        records.append(_record("all_values_same", distinct, 2, contributors >= 1 and distinct == 1))
    return records
