"""The privacy models measured on a released table: k-anonymity and distinct l-diversity.

These measure the table as it leaves (labels, not codes), so the figures in the risk
report are those of the file an archive receives; a test checks they equal pycanon's.
"""

from __future__ import annotations

from collections.abc import Sequence

import polars as pl


def equivalence_classes(
    frame: pl.DataFrame, quasi_identifiers: Sequence[str], sensitive: Sequence[str] = ()
) -> pl.DataFrame:
    """One row per equivalence class: ``size`` and, per sensitive column, its distinct values."""
    aggs = [pl.len().alias("size")] + [pl.col(c).n_unique().alias(c) for c in sensitive]
    if not quasi_identifiers:
        return frame.select(aggs)
    return frame.group_by(list(quasi_identifiers)).agg(aggs)


def k_anonymity(frame: pl.DataFrame, quasi_identifiers: Sequence[str]) -> int:
    """The size of the smallest equivalence class (0 for an empty table)."""
    if frame.height == 0:
        return 0
    return int(equivalence_classes(frame, quasi_identifiers)["size"].min())  # type: ignore[arg-type]


def l_diversity(
    frame: pl.DataFrame, quasi_identifiers: Sequence[str], sensitive: Sequence[str]
) -> int:
    """Distinct l-diversity: fewest distinct sensitive values in any class, over all columns."""
    if frame.height == 0 or not sensitive:
        return 0
    classes = equivalence_classes(frame, quasi_identifiers, sensitive)
    return min(
        int(classes[c].min())  # type: ignore[arg-type]
        for c in sensitive
    )
