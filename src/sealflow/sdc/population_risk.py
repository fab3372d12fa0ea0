"""Risk of a release measured against the population the provider holds.

The provider holds its whole administrative extract: every staff member, not only those
who answered. An intruder there links a released row by looking it up in that extract on
every key variable the extract holds, generalised exactly as released (blanked cells match
anything). The row's population class is the number of staff who match; if fewer than k,
the release is refused. Journalist risk is 1 / population class (the intruder does not
know who answered); prosecutor risk is 1 / sample class (the intruder knows the target
answered). Sensitive columns are reported as distinct l, entropy l and t-closeness over the
released rows (what a reader of the deposit who does not hold them learns).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from sealflow.sdc.matching import BLANK, RowMeasures, match_sizes


def population_class_sizes(
    released: np.ndarray,
    population: np.ndarray,
    cards: Sequence[int],
    held: Sequence[bool],
) -> np.ndarray:
    """Per released row, how many population rows match it on the held key variables."""
    query = released.copy()
    reference = population.copy()
    for j, is_held in enumerate(held):
        if not is_held:  # the provider does not know it: it cannot narrow the match
            query[:, j] = BLANK
            reference[:, j] = 0
    return match_sizes(query, reference, cards)


def population_report(
    sample: RowMeasures,
    population_sizes: np.ndarray | None,
    k: int,
) -> dict[str, Any]:
    """Sample and population uniques, prosecutor and journalist risk, diversity (counts only)."""
    sizes = sample.sizes
    report: dict[str, Any] = {
        "records": len(sizes),
        "sample_uniques": int((sizes == 1).sum()),
        "smallest_sample_class": int(sizes.min()) if len(sizes) else 0,
        "prosecutor_risk_highest": float((1.0 / sizes).max()) if len(sizes) else 0.0,
        "prosecutor_risk_average": float((1.0 / sizes).mean()) if len(sizes) else 0.0,
    }
    if population_sizes is None:
        report["population"] = None
    else:
        risk = 1.0 / np.maximum(population_sizes, 1)
        report["population"] = {
            "population_uniques": int((population_sizes == 1).sum()),
            "smallest_population_class": int(population_sizes.min()) if len(sizes) else 0,
            "records_below_k": int((population_sizes < k).sum()),
            "journalist_risk_highest": float(risk.max()) if len(sizes) else 0.0,
            "journalist_risk_average": float(risk.mean()) if len(sizes) else 0.0,
        }
    report["sensitive"] = {
        name: {
            "distinct_l": _min(frame["distinct"].drop_nulls().to_numpy()),
            "entropy_l": _min(frame["entropy_l"].drop_nulls().to_numpy(), digits=4),
            "t_closeness": _max(frame["t"].drop_nulls().to_numpy()),
        }
        for name, frame in sample.diversity.items()
    }
    return report


def _min(values: np.ndarray, digits: int | None = None) -> float | int | None:
    if not len(values):
        return None
    low = values.min()
    return round(float(low), digits) if digits is not None else int(low)


def _max(values: np.ndarray) -> float | None:
    return round(float(values.max()), 4) if len(values) else None
