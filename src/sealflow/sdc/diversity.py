"""How well each group of records hides a sensitive value: distinct l, entropy l, t-closeness.

One function, used by the lattice (on frequency tables) and by the release measures (on
records): given a group id, a sensitive value code and a record count per row, it returns
per group the number of distinct values (distinct l-diversity), exp of the Shannon entropy
of the values (entropy l-diversity: a group with two values at 99/1 has distinct l 2 but
entropy l about 1.06, which is what an intruder who guesses the majority value faces), and
the total variation distance between the group's distribution and the whole table's
(t-closeness with ARX's equal ground distance for categories). All three only grow or stay
when groups merge (entropy is concave, the distance convex), so the lattice's monotone
pruning stays valid.
"""

from __future__ import annotations

import numpy as np
import polars as pl

L_MODELS = ("distinct", "entropy")


def overall_distribution(values: np.ndarray, counts: np.ndarray | None = None) -> np.ndarray:
    """Share of each value code (codes are small non-negative integers; -1 is ignored)."""
    values = np.asarray(values)
    weights = np.ones(len(values)) if counts is None else np.asarray(counts, dtype=np.float64)
    keep = values >= 0
    if not keep.any():
        return np.zeros(1)
    totals = np.bincount(values[keep], weights=weights[keep])
    return totals / totals.sum()


def group_diversity(
    groups: np.ndarray | pl.Series,
    values: np.ndarray,
    counts: np.ndarray,
    overall: np.ndarray,
) -> pl.DataFrame:
    """Per group: ``__group``, ``distinct``, ``entropy_l`` and ``t`` (rows with value -1 skip)."""
    frame = pl.DataFrame(
        {
            "__group": pl.Series(groups).cast(pl.Int64),
            "__value": np.asarray(values, dtype=np.int64),
            "__count": np.asarray(counts, dtype=np.float64),
        }
    ).filter(pl.col("__value") >= 0)
    shares = pl.Series("__overall", np.asarray(overall, dtype=np.float64))
    per_value = (
        frame.group_by("__group", "__value")
        .agg(pl.col("__count").sum())
        .with_columns(
            (pl.col("__count") / pl.col("__count").sum().over("__group")).alias("__p"),
            pl.col("__value")
            .replace_strict(
                pl.Series(range(len(shares))), shares, default=0.0, return_dtype=pl.Float64
            )
            .alias("__q"),
        )
    )
    return per_value.group_by("__group").agg(
        pl.len().alias("distinct"),
        (-(pl.col("__p") * pl.col("__p").log()).sum()).exp().alias("entropy_l"),
        (0.5 * ((pl.col("__p") - pl.col("__q")).abs().sum() + 1.0 - pl.col("__q").sum()))
        .clip(0.0, 1.0)
        .alias("t"),
    )


def diversity_fails(
    distinct: pl.Expr, entropy_l: pl.Expr, t: pl.Expr, ell: int, model: str, t_max: float | None
) -> pl.Expr:
    """True where a group fails the configured l model or t-closeness (tolerant to rounding)."""
    measure = distinct if model == "distinct" else entropy_l
    failing = measure < (ell - 1e-9)
    if t_max is not None:
        failing = failing | (t > t_max + 1e-12)
    return failing
