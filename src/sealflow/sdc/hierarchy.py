"""Generalisation hierarchies for quasi-identifiers, built from the `sdc` config section.

A hierarchy turns one column into a ladder of ever coarser labels: level 0 is the value
itself (as text), each configured level coarsens the level below it, and the top level is
always "*" (the value withheld). Each level is applied to the labels of the level below,
so every level is a function of the previous one: that is what makes the lattice of
levels monotone (merging classes never splits one), and it is checked on the data.

For speed the lattice never touches strings: the column is encoded once as small integer
codes of its distinct values, and each level is a lookup table from those codes to the
level's codes (``lookup[level][code]``), ARX's "precomputed generalisation" trick.

Level kinds (one key each):
  bands: [e0, e1, ...]       numbers into intervals "e0-(e1-1)", ..., "eN+" (below e0: "<e0")
  top_code: N                numbers >= N become "N+", others stay as they are
  bottom_code: N             numbers <= N become "<=N", others stay as they are
  round: B                   numbers rounded to the nearest multiple of B ("~10")
  map: {label: coarser}      categories renamed; `other:` names the label for unmapped ones
  rare_to_other: N           labels held by fewer than N records become `other` ("Other")
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import polars as pl

from sealflow.errors import ConfigError

SUPPRESSED = "*"
LEVEL_KINDS = ("bands", "top_code", "bottom_code", "round", "map", "rare_to_other")
MISSING = "NA"


@dataclass(frozen=True)
class Hierarchy:
    """One quasi-identifier's ladder of labels, encoded for the lattice.

    ``codes`` holds, per record, the index of its raw value in ``labels[0]``;
    ``lookup[level]`` maps those indexes to indexes in ``labels[level]``.
    """

    column: str
    level_names: tuple[str, ...]
    labels: tuple[tuple[str, ...], ...]
    lookup: tuple[np.ndarray, ...]
    codes: np.ndarray
    population_codes: np.ndarray | None = None

    @property
    def height(self) -> int:
        """The highest level (the "*" level)."""
        return len(self.labels) - 1

    def level_codes(self, level: int) -> np.ndarray:
        """Each record's code at ``level`` (small unsigned integers)."""
        return self.lookup[level][self.codes]

    def withheld_at(self, level: int) -> bool:
        """Whether ``level`` is the "*" level (a max_level can cap a ladder below it)."""
        return self.labels[level] == (SUPPRESSED,)

    def population_level_codes(self, level: int) -> np.ndarray:
        """The population's codes at ``level`` (raises if no population was given)."""
        if self.population_codes is None:
            raise ValueError(f"{self.column}: hierarchy built without a population")
        return self.lookup[level][self.population_codes]

    def level_labels(self, level: int) -> pl.Series:
        """Each record's label at ``level``, as a string Series named after the column."""
        # A gather in polars: no Python string object per record (slow at a million rows).
        table = pl.Series(self.column, list(self.labels[level]), dtype=pl.String)
        return table.gather(self.level_codes(level))


def _band_label(value: float, edges: Sequence[float]) -> str:
    if value < edges[0]:
        return f"<{_num(edges[0])}"
    for low, high in itertools.pairwise(edges):
        if low <= value < high:
            return f"{_num(low)}-{_num(high - 1)}" if high - 1 > low else _num(low)
    return f"{_num(edges[-1])}+"


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _parse_number(label: str, where: str) -> float:
    try:
        return float(label)
    except ValueError:
        raise ConfigError(
            f"{where}: value {label!r} is not a number, but this level bins numbers "
            "(use map/rare_to_other for categories)"
        ) from None


def _apply_level(
    raw_labels: list[str],
    previous: list[str],
    counts: Sequence[int],
    spec: Mapping[str, Any],
    where: str,
) -> list[str]:
    """Labels of one configured level for each distinct raw value."""
    kinds = [key for key in LEVEL_KINDS if key in spec]
    if len(kinds) != 1:
        raise ConfigError(
            f"{where}: each level needs exactly one of {', '.join(LEVEL_KINDS)}; got {sorted(spec)}"
        )
    kind = kinds[0]
    if kind == "bands":
        edges = [float(e) for e in spec["bands"]]
        if not edges or sorted(set(edges)) != edges:
            raise ConfigError(f"{where}.bands: give strictly increasing numbers, got {edges}")
        # Numbers are binned from the raw value, then checked to coarsen the level below.
        return [
            raw if raw == MISSING else _band_label(_parse_number(raw, where), edges)
            for raw in raw_labels
        ]
    if kind == "bottom_code":
        bottom = float(spec["bottom_code"])
        return [
            raw
            if raw == MISSING
            else (f"<={_num(bottom)}" if _parse_number(raw, where) <= bottom else prev)
            for raw, prev in zip(raw_labels, previous, strict=True)
        ]
    if kind == "round":
        base = float(spec["round"])
        if base <= 0:
            raise ConfigError(f"{where}.round: give a positive number, got {spec['round']}")
        return [
            raw
            if raw == MISSING
            else "~" + _num(float(np.floor(_parse_number(raw, where) / base + 0.5) * base))
            for raw in raw_labels
        ]
    if kind == "top_code":
        top = float(spec["top_code"])
        out = []
        for raw, prev in zip(raw_labels, previous, strict=True):
            if raw == MISSING:
                out.append(raw)
            elif _parse_number(raw, where) >= top:
                out.append(f"{_num(top)}+")
            else:
                out.append(prev)
        return out
    other = str(spec.get("other", "Other"))
    if kind == "map":
        mapping = {str(k): str(v) for k, v in (spec["map"] or {}).items()}
        keep_unmapped = "other" not in spec
        return [mapping.get(p, p if keep_unmapped or p == MISSING else other) for p in previous]
    min_count = int(spec["rare_to_other"])
    totals: Counter[str] = Counter()
    for prev, count in zip(previous, counts, strict=True):
        totals[prev] += count
    return [p if totals[p] >= min_count or p == MISSING else other for p in previous]


def _encode(labels: list[str]) -> tuple[tuple[str, ...], np.ndarray]:
    distinct = tuple(sorted(set(labels)))
    index = {label: i for i, label in enumerate(distinct)}
    return distinct, np.fromiter((index[x] for x in labels), dtype=np.int32, count=len(labels))


def build_hierarchy(
    column: pl.Series,
    spec: Mapping[str, Any],
    where: str,
    population: pl.Series | None = None,
) -> Hierarchy:
    """Build the hierarchy of ``column`` from its config ``spec`` (key path ``where``).

    With a ``population`` (the same column of the provider's whole extract), its values
    are encoded too, so the population can be generalised exactly as the release is; values
    only the population holds count as held by no released record (``rare_to_other`` counts
    the released records only, as before).

    Raises ConfigError naming the key when a level is malformed or does not coarsen the
    level below it (a broken hierarchy would break the lattice's monotone pruning).
    """
    text = column.cast(pl.String).fill_null(MISSING)
    counts_frame = pl.DataFrame({"label": text}).group_by("label").len()
    if population is not None:
        extra = pl.DataFrame(
            {"label": population.cast(pl.String).fill_null(MISSING).unique()}
        ).join(counts_frame, on="label", how="anti")
        counts_frame = pl.concat(
            [
                counts_frame,
                extra.with_columns(pl.lit(0, dtype=counts_frame["len"].dtype).alias("len")),
            ]
        )
    counts_frame = counts_frame.sort("label")
    raw_labels: list[str] = counts_frame["label"].to_list()
    counts: list[int] = counts_frame["len"].to_list()
    # An Enum in sorted order gives each record the index of its value in raw_labels.
    codes = text.cast(pl.Enum(raw_labels)).to_physical().to_numpy().astype(np.int32)
    population_codes = (
        None
        if population is None
        else population.cast(pl.String)
        .fill_null(MISSING)
        .cast(pl.Enum(raw_labels))
        .to_physical()
        .to_numpy()
        .astype(np.int32)
    )

    level_specs = spec.get("levels", []) or []
    names = ["raw"]
    per_level: list[list[str]] = [list(raw_labels)]
    for i, level_spec in enumerate(level_specs):
        level_where = f"{where}.levels[{i}]"
        if not isinstance(level_spec, Mapping):
            raise ConfigError(f"{level_where}: expected a mapping such as {{bands: [0, 5, 10]}}")
        labels = _apply_level(raw_labels, per_level[-1], counts, level_spec, level_where)
        _check_coarsens(per_level[-1], labels, level_where)
        per_level.append(labels)
        names.append(str(level_spec.get("name", next(iter(level_spec)))))
    per_level.append([SUPPRESSED] * len(raw_labels))
    names.append("suppressed")

    max_level = spec.get("max_level")
    if max_level is not None:
        if not 0 <= int(max_level) < len(per_level):
            raise ConfigError(f"{where}.max_level: {max_level} is outside 0..{len(per_level) - 1}")
        per_level = per_level[: int(max_level) + 1]
        names = names[: int(max_level) + 1]

    labels_out = []
    lookups = []
    for level_labels in per_level:
        distinct, lookup = _encode(level_labels)
        labels_out.append(distinct)
        lookups.append(lookup)
    return Hierarchy(
        column=column.name,
        level_names=tuple(names),
        labels=tuple(labels_out),
        lookup=tuple(lookups),
        codes=codes.astype(np.int32, copy=False),
        population_codes=population_codes,
    )


def _check_coarsens(finer: list[str], coarser: list[str], where: str) -> None:
    parent: dict[str, str] = {}
    for fine, coarse in zip(finer, coarser, strict=True):
        if parent.setdefault(fine, coarse) != coarse:
            raise ConfigError(
                f"{where}: this level splits the label {fine!r} of the level below across "
                f"{parent[fine]!r} and {coarse!r}; each level must merge labels of the level "
                "below (for bands: use a subset of the previous level's edges)"
            )


def build_hierarchies(
    frame: pl.DataFrame,
    quasi_identifiers: Mapping[str, Any],
    source: str = "sdc",
    population: pl.DataFrame | None = None,
) -> list[Hierarchy]:
    """Build every configured quasi-identifier's hierarchy over ``frame`` (and population)."""
    hierarchies = []
    for column, spec in quasi_identifiers.items():
        where = f"{source}.quasi_identifiers.{column}"
        if column not in frame.columns:
            raise ConfigError(
                f"{where}: column {column!r} is not in the table; columns: "
                f"{', '.join(frame.columns)}"
            )
        # A key variable the population does not hold (e.g. a survey answer) is one the
        # provider cannot join on: it has no population codes.
        held = None
        if population is not None and column in population.columns:
            held = population[column]
        hierarchies.append(build_hierarchy(frame[column], spec or {}, where, held))
    return hierarchies
