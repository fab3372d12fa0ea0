"""Non-uniform entropy: the information a release loses, weighted by what each value carried.

ARX's measure (Prasser et al.): a released cell whose raw value ``v`` was generalised to
the label ``g`` loses ``log2(count(g) / count(v))`` bits, the uncertainty an analyst now
has about the value; a withheld, blanked or removed cell loses ``log2(n / count(v))``, all
the value carried. Counts are over the input records. A column whose values carry little
(a 99/1 split) loses little when withheld; a precise, varied column loses much, which is
the weighting that height-based measures (Sweeney's precision) lack. The total is divided
by the loss of withholding everything, so 0 is the raw table and 1 is nothing released.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from sealflow.sdc.hierarchy import Hierarchy


def _log_counts(hierarchy: Hierarchy, level: int) -> tuple[np.ndarray, np.ndarray]:
    """log2 of each record's raw-value count and of its level-``level`` label count."""
    raw_counts = np.bincount(hierarchy.codes, minlength=len(hierarchy.labels[0]))
    level_codes = hierarchy.level_codes(level)
    level_counts = np.bincount(level_codes, minlength=len(hierarchy.labels[level]))
    return np.log2(raw_counts[hierarchy.codes]), np.log2(level_counts[level_codes])


def blank_costs(hierarchies: Sequence[Hierarchy], node: Sequence[int]) -> np.ndarray:
    """Per record and key variable, the extra bits lost by blanking that cell at ``node``."""
    n = len(hierarchies[0].codes) if hierarchies else 0
    costs = np.zeros((n, len(hierarchies)))
    for j, (h, level) in enumerate(zip(hierarchies, node, strict=True)):
        _, log_level = _log_counts(h, level)
        costs[:, j] = np.log2(max(n, 1)) - log_level
    return costs


def non_uniform_entropy(
    hierarchies: Sequence[Hierarchy],
    node: Sequence[int],
    blanks: np.ndarray | None = None,
    removed: np.ndarray | None = None,
) -> float:
    """Share of the key variables' information lost (0 = none, 1 = all)."""
    if not hierarchies:
        return 0.0
    n = len(hierarchies[0].codes)
    if n == 0:
        return 0.0
    lost, total = 0.0, 0.0
    log_n = np.log2(n)
    for j, (h, level) in enumerate(zip(hierarchies, node, strict=True)):
        log_raw, log_level = _log_counts(h, level)
        gone = np.zeros(n, dtype=bool)
        if blanks is not None:
            gone |= blanks[:, j]
        if removed is not None:
            gone |= removed
        lost += float(np.where(gone, log_n, log_level).sum() - log_raw.sum())
        total += float(log_n * n - log_raw.sum())
    return lost / total if total > 0 else 0.0


def column_losses(
    hierarchies: Sequence[Hierarchy],
    node: Sequence[int],
    blanks: np.ndarray,
    removed: np.ndarray,
) -> dict[str, float]:
    """Per key variable, the share of its own information lost (for the utility summary)."""
    out = {}
    n = len(hierarchies[0].codes) if hierarchies else 0
    for j, (h, level) in enumerate(zip(hierarchies, node, strict=True)):
        log_raw, log_level = _log_counts(h, level)
        gone = blanks[:, j] | removed
        total = float(np.log2(max(n, 1)) * n - log_raw.sum())
        lost = float(np.where(gone, np.log2(max(n, 1)), log_level).sum() - log_raw.sum())
        out[h.column] = lost / total if total > 0 else 0.0
    return out
