"""Who matches a released row: class sizes with blanked cells, in the sample or a population.

Rows are key-variable codes at one generalisation node, one int32 column per key variable;
-1 marks a cell blanked by local suppression. A blank matches any value: an intruder who
sees "*" cannot use that column. A released row's class is every person whose true values
agree with its non-blank released values. (sdcMicro also lets the other rows' blanks match,
which counts rows that are not in fact that person: a row left whole beside rows that
blanked its rare value would then pass k in the sample while only two staff of the
provider's extract share it. Here the other rows count by their true values, so the
sample class never exceeds the population class.) The count is exact and vectorised: rows
are grouped by which columns they blank (a "pattern"; there are few), and for each pair of
patterns one polars join counts the matches. The same machinery measures a released row
against the provider's population extract, the class an intruder holding the whole staff
file sees.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import polars as pl

from sealflow.sdc.diversity import diversity_fails, group_diversity
from sealflow.sdc.lattice import _dense_key, _strides

BLANK = -1


def patterns(codes: np.ndarray) -> np.ndarray:
    """Per row, a bit mask of the columns it blanks."""
    masks = np.zeros(len(codes), dtype=np.int64)
    for j in range(codes.shape[1]):
        blank = codes[:, j] == BLANK
        if blank.any():
            masks[blank] |= 1 << j
    return masks


def _distinct(
    key: np.ndarray, need_inverse: bool = True
) -> tuple[np.ndarray, np.ndarray | None, np.ndarray]:
    """(a row of each distinct key, each row's distinct id, rows per id).

    Without sorting (np.unique's sort dominated at a million rows): a key space a few
    times the rows is indexed directly, a larger one hashed by polars. Ids are numbered in
    key order or in the order of each key's first row: deterministic either way.
    ``need_inverse=False`` skips the ids (None) where only the rows and counts are used.
    """
    n = len(key)
    if not n:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, empty
    low = int(key.min())
    span = int(key.max()) - low + 1
    if span <= max(1 << 16, 4 * n):
        shifted = key - low
        present = np.zeros(span, dtype=bool)
        present[shifted] = True
        inverse = (np.cumsum(present) - 1)[shifted]
        m = int(present.sum())
        first = np.empty(m, dtype=np.int64)
        first[inverse] = np.arange(n, dtype=np.int64)  # any row of each key: they are equal
        counts = np.bincount(inverse, minlength=m).astype(np.int64)
        return first, inverse if need_inverse else None, counts
    frame = pl.DataFrame({"__key": key}).with_row_index("__row")
    first_rows = (
        frame.group_by("__key")
        .agg(pl.col("__row").first(), pl.len().alias("__n"))
        .sort("__row")
        .with_row_index("__id")
    )
    ids = None
    if need_inverse:
        joined = frame.join(
            first_rows.select("__key", "__id"), on="__key", how="left", maintain_order="left"
        )
        ids = joined["__id"].to_numpy().astype(np.int64)
    return (
        first_rows["__row"].to_numpy().astype(np.int64),
        ids,
        first_rows["__n"].to_numpy().astype(np.int64),
    )


def _columns(mask: int, width: int) -> list[int]:
    return [j for j in range(width) if not (mask >> j) & 1]


def match_counts(
    query: np.ndarray,
    reference: np.ndarray,
    cards: Sequence[int],
    values: np.ndarray | None = None,
    collapsed: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None,
) -> tuple[np.ndarray, pl.DataFrame]:
    """Match every ``query`` row against the ``reference`` rows, blanks as wildcards.

    ``collapsed`` is ``_collapse(reference, values, cards)`` when the caller has it already
    (several queries against one reference).

    Returns a group id per query row (rows with the same blanks and values share one) and
    a frame ``__group, __value, __count``: how many reference rows of each ``values`` code
    (0 when none given; -1 codes are counted under -1) match the group.
    """
    width = query.shape[1]
    group_ids = np.zeros(len(query), dtype=np.int64)
    ref_values = np.zeros(len(reference), dtype=np.int64) if values is None else values
    # Equal reference rows (codes, blanks and value) are matched once, with their count.
    reference, ref_values, weights = collapsed or _collapse(reference, ref_values, cards)
    q_masks, r_masks = patterns(query), patterns(reference)
    r_unique = np.unique(r_masks)
    r_rows = {int(m): np.flatnonzero(r_masks == m) for m in r_unique}
    parts: list[pl.DataFrame] = []
    next_id = 0
    for p_mask in np.unique(q_masks):
        rows = np.flatnonzero(q_masks == p_mask)
        cols_p = _columns(int(p_mask), width)
        block = query[rows][:, cols_p]
        key_p = _dense_key(block, [cards[j] + 1 for j in cols_p])
        first, inverse, _ = _distinct(key_p)
        assert inverse is not None
        group_ids[rows] = next_id + inverse
        representatives = query[rows[first]]
        ids = np.arange(next_id, next_id + len(first), dtype=np.int64)
        next_id += len(first)
        for r_mask, ref_rows in r_rows.items():
            cols = [j for j in cols_p if not (r_mask >> j) & 1]
            both = np.concatenate([representatives[:, cols], reference[ref_rows][:, cols]])
            key = _dense_key(both, [cards[j] + 1 for j in cols])
            left = pl.DataFrame({"__key": key[: len(first)], "__group": ids})
            right = (
                pl.DataFrame(
                    {
                        "__key": key[len(first) :],
                        "__value": ref_values[ref_rows],
                        "__count": weights[ref_rows],
                    }
                )
                .group_by("__key", "__value")
                .agg(pl.col("__count").sum())
            )
            parts.append(left.join(right, on="__key", how="inner").drop("__key"))
    schema = {"__group": pl.Int64, "__value": pl.Int64, "__count": pl.Float64}
    counts = (
        pl.concat([p.cast(schema) for p in parts]) if parts else pl.DataFrame(schema=schema)  # type: ignore[arg-type]
    )
    counts = counts.group_by("__group", "__value").agg(pl.col("__count").sum())
    return group_ids, counts


def _collapse(
    reference: np.ndarray, values: np.ndarray, cards: Sequence[int]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct rows of (reference, values) and how many times each occurs."""
    values = np.asarray(values, dtype=np.int64)
    if not len(reference):
        return reference, values, np.zeros(0)
    shift = int(values.min()) if len(values) else 0
    span = int(values.max() - shift) + 1 if len(values) else 1
    radix = [c + 2 for c in cards] + [span]
    strides = _strides(radix)
    if strides is None:
        stacked = np.column_stack([reference.astype(np.int64) + 1, values - shift])
        key = _dense_key(stacked, radix)
    else:  # column by column: no stacked copy of the table
        key = (values - shift) * strides[-1]
        for j, stride in enumerate(strides[:-1]):
            key += (reference[:, j].astype(np.int64) + 1) * stride
    first, _, counts = _distinct(key, need_inverse=False)
    return reference[first], values[first], counts.astype(np.float64)


def match_sizes(query: np.ndarray, reference: np.ndarray, cards: Sequence[int]) -> np.ndarray:
    """Per query row, how many reference rows match it (blanks as wildcards)."""
    group_ids, counts = match_counts(query, reference, cards)
    sizes = counts.group_by("__group").agg(pl.col("__count").sum())
    table = np.zeros(int(group_ids.max()) + 1 if len(group_ids) else 0, dtype=np.int64)
    table[sizes["__group"].to_numpy()] = sizes["__count"].to_numpy().astype(np.int64)
    return table[group_ids]


@dataclass(frozen=True)
class SensitiveColumn:
    """A sensitive column's value codes per row; ``key_index`` if it is also a key variable."""

    name: str
    values: np.ndarray
    overall: np.ndarray
    key_index: int | None = None


@dataclass(frozen=True)
class RowMeasures:
    """Per query row: matching rows and, per sensitive column, its diversity measures."""

    sizes: np.ndarray
    group_ids: np.ndarray
    diversity: dict[str, pl.DataFrame]  # per row: distinct, entropy_l, t (null: not checked)


def measure_rows(
    query: np.ndarray,
    query_truth: np.ndarray,
    reference: np.ndarray,
    reference_truth: np.ndarray,
    cards: Sequence[int],
    sensitive: Sequence[SensitiveColumn] = (),
    reference_rows: np.ndarray | None = None,
    withheld: Sequence[bool] = (),
    cache: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] | None = None,
) -> RowMeasures:
    """Class size and sensitive diversity of each released query row.

    ``query``/``reference`` are released codes (blanks -1); ``*_truth`` the same rows'
    codes before blanking. A row's class counts the reference rows whose true values agree
    with its released values (its blanks match anything): the people it could be, so the
    count never exceeds the same count in a population holding the sample. Diversity is
    what a reader who knows a person's true key values sees: the released sensitive values
    of the rows consistent with them (released blanks match anything). ``reference_rows``
    indexes the sensitive value arrays for the reference rows. A sensitive key variable is
    measured over the other key variables, skipped for rows that blank it and where it is
    withheld for everyone; reference rows that blank it add no value (conservative).
    ``cache`` (a dict the caller keeps while the reference rows stay the same) holds the
    collapsed references between calls.
    """
    cache = {} if cache is None else cache
    if "size" not in cache:
        cache["size"] = _collapse(reference_truth, np.zeros(len(reference_truth)), cards)
    group_ids, counts = match_counts(query, reference_truth, cards, collapsed=cache["size"])
    per_group = counts.group_by("__group").agg(pl.col("__count").sum())
    table = np.zeros(int(group_ids.max()) + 1 if len(group_ids) else 0, dtype=np.int64)
    table[per_group["__group"].to_numpy()] = per_group["__count"].to_numpy().astype(np.int64)
    sizes = table[group_ids]
    diversity: dict[str, pl.DataFrame] = {}
    ref_idx = np.arange(len(reference)) if reference_rows is None else reference_rows
    for column in sensitive:
        values = column.values[ref_idx].astype(np.int64)
        q, r = query_truth, reference
        checked = np.ones(len(query), dtype=bool)
        if column.key_index is not None:
            i = column.key_index
            if withheld and withheld[i]:
                continue
            checked = query[:, i] != BLANK
            values = np.where(reference[:, i] == BLANK, BLANK, values)
            q, r = query_truth.copy(), reference.copy()
            q[:, i] = BLANK
            r[:, i] = BLANK
        if column.name not in cache:
            cache[column.name] = _collapse(r, values, cards)
        ids, value_counts = match_counts(q, r, cards, values, collapsed=cache[column.name])
        measured = group_diversity(
            value_counts["__group"],
            value_counts["__value"].to_numpy(),
            value_counts["__count"].to_numpy(),
            column.overall,
        )
        rows = pl.DataFrame({"__group": ids, "__checked": checked}).join(
            measured, on="__group", how="left", maintain_order="left"
        )
        diversity[column.name] = rows.select(
            pl.when(pl.col("__checked")).then(pl.col("distinct").fill_null(0)).alias("distinct"),
            pl.when(pl.col("__checked"))
            .then(pl.col("entropy_l").fill_null(0.0))
            .alias("entropy_l"),
            pl.when(pl.col("__checked")).then(pl.col("t").fill_null(1.0)).alias("t"),
        )
    return RowMeasures(sizes=sizes, group_ids=group_ids, diversity=diversity)


def failing_rows(
    measures: RowMeasures, k: int, ell: int, l_model: str, t_max: float | None
) -> np.ndarray:
    """Rows whose class is below k or whose sensitive values fail the diversity model."""
    failing = measures.sizes < k
    if ell > 1 or t_max is not None:
        for frame in measures.diversity.values():
            fails = frame.select(
                diversity_fails(
                    pl.col("distinct"), pl.col("entropy_l"), pl.col("t"), ell, l_model, t_max
                ).fill_null(False)
            ).to_series()
            failing = failing | fails.to_numpy()
    return failing
