"""How far an intruder holding every published release can narrow each hidden cell.

Every release of every outcome table is a grid of counts with margins. The intruder has
all the published cells of all releases at once, knows that each line of a grid sums to
its margin, that counts are never negative, that two tables' cells with the same labels
(programme "intervention", every other dimension "All") count the same people, and how
many people left and joined between two releases (a withdrawal is often announced). From
that alone the smallest and largest value each hidden cell can take are linear
programmes over the cell counts, solved here with scipy's HiGHS.

A cell is named by its release and its *cell key*: the set of (dimension, label) pairs
that are not "All". The same key in two tables of one release is one variable.

Between consecutive releases each key's count changes by ``added - removed`` where
``removed`` (people who left, at most the count before) and ``added`` (people who joined)
are non-negative, add up along every line like counts do, and total the release's
``removed`` and ``added``. Those two totals are what the intruder is assumed to know.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import coo_matrix

from sealflow.errors import SealflowError

Entry = tuple[int, ...]
CellKey = frozenset[tuple[str, str]]


class BoundsError(SealflowError):
    """The releases contradict each other (no counts fit them all): the history is corrupt."""


@dataclass
class ReleasedTable:
    """One table of one release: its grid, every true count and which cells were hidden."""

    name: str
    dimensions: list[str]
    categories: list[list[str]]
    counts: dict[Entry, int]
    hidden: set[Entry] = field(default_factory=set)
    # Who each cell counts (differencing.py): ID digest -> labels, value digest.
    # None for a history written before members were recorded.
    members: dict[str, list[str | None]] | None = None

    @property
    def shape(self) -> list[int]:
        return [len(c) for c in self.categories]

    def key(self, entry: Entry) -> CellKey:
        return frozenset(
            (dim, cats[p])
            for dim, cats, p in zip(self.dimensions, self.categories, entry, strict=True)
            if p < len(cats)
        )

    def lines(self) -> list[tuple[list[CellKey], CellKey]]:
        """Every line of the grid as cell keys: (interior keys, margin key)."""
        result = []
        for d, size in enumerate(self.shape):
            others = [range(s + 1) for i, s in enumerate(self.shape) if i != d]
            for fixed in itertools.product(*others):
                entries = [(*fixed[:d], p, *fixed[d:]) for p in range(size + 1)]
                result.append(([self.key(e) for e in entries[:-1]], self.key(entries[-1])))
        return result


@dataclass
class Release:
    """One release: its tables, and how many people left and joined since the one before."""

    tables: list[ReleasedTable]
    removed: int = 0
    added: int = 0

    def counts(self) -> dict[CellKey, int]:
        return {t.key(e): n for t in self.tables for e, n in t.counts.items()}

    def hidden(self) -> set[CellKey]:
        """Keys no table of the release publishes (one table publishing a key reveals it)."""
        published = {t.key(e) for t in self.tables for e in t.counts if e not in t.hidden}
        return {t.key(e) for t in self.tables for e in t.hidden} - published

    def covers(self, key: CellKey) -> bool:
        """True when a table of this release has all the key's dimensions (so an absent key
        means nobody had that combination: its count is 0 and the reader knows it)."""
        dims = {d for d, _ in key}
        return any(dims <= set(t.dimensions) for t in self.tables)


@dataclass(frozen=True)
class Interval:
    """The range an intruder can narrow a hidden cell to (``upper`` may be infinite).

    ``exact`` False: a range the cell is known to span (from feasible tables found), so
    the intruder's range is at least this wide.
    """

    lower: float
    upper: float
    exact: bool = True

    @property
    def width(self) -> float:
        return self.upper - self.lower


def widen(table: ReleasedTable, categories: list[list[str]]) -> ReleasedTable:
    """The table on a grid with more categories; the added cells are known zeros."""
    position = [{c: i for i, c in enumerate(cats)} | {"": len(cats)} for cats in table.categories]
    counts: dict[Entry, int] = {}
    hidden: set[Entry] = set()
    for entry in itertools.product(*[range(len(c) + 1) for c in categories]):
        labels = [
            cats[p] if p < len(cats) else "" for cats, p in zip(categories, entry, strict=True)
        ]
        if any(label not in where for label, where in zip(labels, position, strict=True)):
            counts[entry] = 0
            continue
        own = tuple(where[label] for label, where in zip(labels, position, strict=True))
        counts[entry] = table.counts.get(own, 0)
        if own in table.hidden:
            hidden.add(entry)
    return ReleasedTable(table.name, table.dimensions, categories, counts, hidden)


def on_common_grids(releases: Sequence[Release]) -> list[Release]:
    """Every release with each table on the union of its categories over all releases.

    A category missing from one release (nobody had it then) is a row of known zeros
    there, so the releases' lines line up for the people who left and joined.
    """
    union: dict[tuple[str, tuple[str, ...]], list[set[str]]] = {}
    for release in releases:
        for table in release.tables:
            seen = union.setdefault(
                (table.name, tuple(table.dimensions)), [set() for _ in table.dimensions]
            )
            for kept, cats in zip(seen, table.categories, strict=True):
                kept.update(cats)
    result = []
    for release in releases:
        tables = []
        for table in release.tables:
            categories = [sorted(c) for c in union[(table.name, tuple(table.dimensions))]]
            same = all(sorted(a) == b for a, b in zip(table.categories, categories, strict=True))
            tables.append(
                table if same and table.categories == categories else widen(table, categories)
            )
        result.append(Release(tables, release.removed, release.added))
    return result


class BoundsModel:
    """The linear constraints an intruder has, over every release's cell counts."""

    def __init__(self, releases: Sequence[Release]) -> None:
        self.releases = on_common_grids(releases)
        self.index: dict[tuple[int, CellKey], int] = {}
        self.lower: list[float] = []
        self.upper: list[float | None] = []
        self.removal_caps: list[tuple[int, int]] = []  # (removed, count before): removed <= it
        rows: list[dict[int, float]] = []
        rhs: list[float] = []
        for r, release in enumerate(self.releases):
            counts, hidden = release.counts(), release.hidden()
            neighbours = self.releases[max(0, r - 1) : r + 2]
            keys = set(counts) | {
                k for other in neighbours for k in other.counts() if release.covers(k)
            }
            for key in sorted(keys, key=sorted):
                if key not in counts:  # a category this release does not have: known zero
                    self._variable((r, key), 0.0, 0.0)
                elif key in hidden:
                    self._variable((r, key), 0.0, None)
                else:
                    self._variable((r, key), float(counts[key]), float(counts[key]))
            for table in release.tables:
                for interior, margin in table.lines():
                    row = {self.index[(r, k)]: 1.0 for k in interior}
                    row[self.index[(r, margin)]] = -1.0
                    rows.append(row)
                    rhs.append(0.0)
        for r in range(1, len(self.releases)):
            self._transition(r, rows, rhs)
        shape = (len(rows), len(self.lower))
        data = [(i, j, v) for i, row in enumerate(rows) for j, v in row.items()]
        self.a_eq = coo_matrix(
            ([v for _, _, v in data], ([i for i, _, _ in data], [j for _, j, _ in data])),
            shape=shape,
        ).tocsr()
        self.b_eq = np.asarray(rhs, dtype=float)
        self.bounds = np.array(
            [
                [low, np.inf if high is None else high]
                for low, high in zip(self.lower, self.upper, strict=True)
            ]
        )
        self.a_ub = self.b_ub = None
        if self.removal_caps:
            caps = len(self.removal_caps)
            self.a_ub = coo_matrix(
                (
                    [1.0, -1.0] * caps,
                    (np.repeat(np.arange(caps), 2), np.ravel(self.removal_caps)),
                ),
                shape=(caps, len(self.lower)),
            ).tocsr()
            self.b_ub = np.zeros(caps)

    def _variable(
        self, count_of: tuple[int, CellKey] | None, low: float, high: float | None
    ) -> int:
        """A new variable; ``count_of`` names it when it is a cell count (release, key)."""
        number = len(self.lower)
        if count_of is not None:
            self.index[count_of] = number
        self.lower.append(low)
        self.upper.append(high)
        return number

    def _transition(self, r: int, rows: list[dict[int, float]], rhs: list[float]) -> None:
        """Link release r-1 to release r through the people removed and added per key."""
        before, after = self.releases[r - 1], self.releases[r]
        shared = sorted(
            {k for (rel, k) in self.index if rel == r - 1}
            & {k for (rel, k) in self.index if rel == r},
            key=sorted,
        )
        removed = {k: self._variable(None, 0.0, None) for k in shared}
        added = {k: self._variable(None, 0.0, None) for k in shared}
        for key in shared:
            old, new = self.index[(r - 1, key)], self.index[(r, key)]
            # new = old - removed + added, and nobody leaves a cell they were not in.
            rows.append({new: 1.0, old: -1.0, removed[key]: 1.0, added[key]: -1.0})
            rhs.append(0.0)
            self.removal_caps.append((removed[key], old))
        for table in (*before.tables, *after.tables):
            for interior, margin in table.lines():
                if margin in removed and all(k in removed for k in interior):
                    for changed in (removed, added):
                        row = {changed[k]: 1.0 for k in interior}
                        row[changed[margin]] = -1.0
                        rows.append(row)
                        rhs.append(0.0)
        total: CellKey = frozenset()
        if total in removed:
            rows.append({removed[total]: 1.0})
            rhs.append(float(after.removed))
            rows.append({added[total]: 1.0})
            rhs.append(float(after.added))

    def interval(self, release: int, key: CellKey) -> Interval:
        """The smallest and largest count the hidden cell ``key`` of ``release`` can have."""
        return self.interval_and_points(release, key)[0]

    def interval_and_points(self, release: int, key: CellKey) -> tuple[Interval, list[np.ndarray]]:
        """The interval, and the feasible solutions found at its ends (every count of every
        release at once: a caller may learn other cells' ranges from them for free)."""
        target = self.index[(release, key)]
        ends = []
        points = []
        for sign in (1.0, -1.0):
            objective = np.zeros(len(self.lower))
            objective[target] = sign
            solved = self._solve(objective)
            if solved is None:
                ends.append(math.inf)
                continue
            value, point = solved
            ends.append(sign * value)
            points.append(point)
        # Counts are whole numbers: the LP bounds round inwards (with a little slack for
        # the solver's tolerance). Still the bounds of the LP relaxation, as tau-ARGUS uses.
        lower = math.ceil(ends[0] - 1e-6)
        upper = ends[1] if math.isinf(ends[1]) else math.floor(ends[1] + 1e-6)
        return Interval(float(lower), float(upper)), points

    def _solve(self, objective: np.ndarray) -> tuple[float, np.ndarray] | None:
        """The optimum of ``objective`` and where it is reached; None when unbounded."""
        result = linprog(
            objective,
            A_ub=self.a_ub,
            b_ub=self.b_ub,
            A_eq=self.a_eq,
            b_eq=self.b_eq,
            bounds=self.bounds,
            method="highs",
        )
        if result.status == 3:
            return None
        if result.status != 0:
            raise BoundsError(
                f"the bounds of the released tables could not be solved ({result.message}); "
                "check the release history in the workspace"
            )
        return float(result.fun), np.asarray(result.x)

    def hidden_keys(self) -> list[tuple[int, CellKey]]:
        """Every hidden cell of every release, as (release, key)."""
        return [
            (r, key)
            for r, release in enumerate(self.releases)
            for key in sorted(release.hidden(), key=sorted)
        ]

    def hidden_intervals(self) -> dict[tuple[int, CellKey], Interval]:
        """The interval of every hidden cell of every release."""
        return {key: self.interval(*key) for key in self.hidden_keys()}
