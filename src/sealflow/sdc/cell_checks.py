"""Output checks on one aggregate cell, with ACRO's defaults (the SACRO project).

Each check yields a record (rule, figure, threshold, pass or fail) so the report can show
every decision. Rules:
  threshold   the cell counts fewer than ``min_cell_count`` records            (fail: suppress)
  p_percent   total - largest - second largest < p% of the largest            (fail: suppress)
  nk_dominance  the n largest contributions exceed k% of the total            (fail: suppress)
  zero        the cell is empty (it may reveal that nobody has a combination) (flag: review)
The magnitude rules (p%, dominance) only apply to cells with a value column.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class CheckRules:
    """Thresholds of the output checks; defaults are ACRO's."""

    min_cell_count: int = 10
    p_percent: float = 10.0
    dominance_n: int = 2
    dominance_k: float = 90.0
    suppress_zeros: bool = False

    @classmethod
    def from_config(cls, outcome: Mapping[str, Any]) -> CheckRules:
        return cls(
            min_cell_count=int(outcome.get("min_cell_count", 10)),
            p_percent=float(outcome.get("p_percent", 10.0)),
            dominance_n=int(outcome.get("dominance_n", 2)),
            dominance_k=float(outcome.get("dominance_k", 90.0)),
            suppress_zeros=bool(outcome.get("suppress_zeros", False)),
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


def check_cell(
    count: int, total: float | None, top: list[float], rules: CheckRules
) -> list[CheckRecord]:
    """Run every applicable rule on a cell of ``count`` records.

    ``total`` is the sum of the value column over the cell (None for a count-only table)
    and ``top`` its largest contributions, largest first (at least ``dominance_n`` when
    the cell has that many records).
    """
    records = []
    if count == 0:
        records.append(
            CheckRecord("zero", 0, 0, False, "suppress" if rules.suppress_zeros else "review")
        )
        return records
    below = count < rules.min_cell_count
    records.append(
        CheckRecord(
            "threshold", count, rules.min_cell_count, not below, "suppress" if below else "none"
        )
    )
    if total is None:
        return records
    largest = top[0] if top else 0.0
    second = top[1] if len(top) > 1 else 0.0
    # p% rule: the second largest contributor could estimate the largest to within p%.
    remainder = total - largest - second
    p_fails = largest > 0 and remainder < rules.p_percent / 100.0 * largest
    p_figure = remainder / largest * 100.0 if largest else 100.0
    records.append(
        CheckRecord(
            "p_percent",
            round(p_figure, 6),
            rules.p_percent,
            not p_fails,
            "suppress" if p_fails else "none",
        )
    )
    top_n = sum(top[: rules.dominance_n])
    share = top_n / total * 100.0 if total > 0 else 0.0
    nk_fails = total > 0 and share > rules.dominance_k
    records.append(
        CheckRecord(
            f"nk_dominance(n={rules.dominance_n})",
            round(share, 6),
            rules.dominance_k,
            not nk_fails,
            "suppress" if nk_fails else "none",
        )
    )
    return records
