"""Secondary suppression against every release at once: each hidden cell keeps a wide range.

Protection rule: every hidden cell, of this release and of every earlier one, must keep
an interval (the smallest to the largest count an intruder holding all published cells
of all releases can give it, table_bounds) at least ``protection`` wide, where
``protection`` is the threshold of the cell-count rule, unless its lower bound is itself
at least the threshold (then the intruder only learns that the cell is not small). A
cell of 3 behind a threshold of 10 is then only known to lie in a range such as 0..10,
never pinned or narrowed to "2 to 3". The rule is checked on the LP relaxation, as
tau-ARGUS does.

The heuristic: while a hidden cell is too narrow, hide one more published cell of the
new release in a line through it (interior cells, then small counts, first); a key that
one table of the release hides is hidden in every table that shows it. Earlier releases
cannot change: a cell they hid that the new release cannot widen is reported unprotected.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from sealflow.sdc.table_bounds import BoundsModel, CellKey, Entry, Interval, Release, ReleasedTable


@dataclass
class Protection:
    """The outcome: cells added, and the final interval of every hidden cell."""

    added: dict[str, set[Entry]] = field(default_factory=dict)  # table name -> entries
    intervals: dict[tuple[int, CellKey], Interval] = field(default_factory=dict)
    unprotected: set[tuple[int, CellKey]] = field(default_factory=set)


def is_protected(interval: Interval, protection: int) -> bool:
    """The protection rule (module docstring)."""
    return interval.width >= protection or interval.lower >= protection


def _hide_aliases(tables: Sequence[ReleasedTable], added: dict[str, set[Entry]]) -> None:
    """A key hidden by one table is hidden in every table of the release that has it."""
    hidden = {t.key(e) for t in tables for e in t.hidden}
    for table in tables:
        for entry in table.counts:
            if entry not in table.hidden and table.key(entry) in hidden:
                table.hidden.add(entry)
                added.setdefault(table.name, set()).add(entry)


def _cost(table: ReleasedTable, entry: Entry) -> tuple[int, int, Entry]:
    is_margin = int(any(p == s for p, s in zip(entry, table.shape, strict=True)))
    return (is_margin, table.counts.get(entry, 0), entry)


def protect(
    history: Sequence[Release], current: Release, protection: int, max_rounds: int = 200
) -> Protection:
    """Hide cells of ``current`` (in place) until every hidden cell of every release is wide."""
    result = Protection()
    releases = [*history, current]
    now = len(releases) - 1
    lines = {t.name: t.lines() for t in current.tables}
    _hide_aliases(current.tables, result.added)
    # Every LP solution is a feasible table: the lowest and highest value each hidden cell
    # took in any of them is a range it can certainly span. Hiding more only loosens the
    # constraints, so those solutions stay feasible, and a cell shown wide stays wide:
    # only cells not yet shown wide are solved again.
    seen: dict[tuple[int, CellKey], tuple[float, float]] = {}
    shown_wide: dict[tuple[int, CellKey], Interval] = {}  # with the range that showed it
    for _ in range(max_rounds):
        model = BoundsModel(releases)
        hidden = model.hidden_keys()
        lower_only: set[tuple[int, CellKey]] = set()
        for key in hidden:
            if key in shown_wide:
                continue
            low, high = seen.get(key, (0.0, -1.0))
            if math.floor(high + 1e-6) - math.ceil(low - 1e-6) >= protection:  # whole counts
                shown_wide[key] = Interval(
                    float(math.ceil(low - 1e-6)), float(math.floor(high + 1e-6)), exact=False
                )
                continue
            interval, points = model.interval_and_points(*key)
            for point in points:
                for other in hidden:
                    value = float(point[model.index[other]])
                    low, high = seen.get(other, (value, value))
                    seen[other] = (min(low, value), max(high, value))
            if interval.width >= protection:
                # Exact for this round; later rounds only widen it. (A cell protected by its
                # lower bound alone is solved again: hiding more can lower that bound.)
                shown_wide[key] = Interval(interval.lower, interval.upper, exact=False)
            elif is_protected(interval, protection):
                lower_only.add(key)
        narrow = sorted(
            (key for key in hidden if key not in shown_wide and key not in lower_only),
            key=lambda rk: (rk[0] != now, sorted(rk[1])),
        )
        if not narrow:
            break
        touched: set[CellKey] = set()
        progress = False
        entries = {t.name: {t.key(e): e for e in t.counts} for t in current.tables}
        for _, cell in narrow:
            if cell in touched:
                continue
            options: list[tuple[ReleasedTable, Entry]] = []
            for table in current.tables:
                for interior, margin in lines[table.name]:
                    if cell in (*interior, margin):
                        line = [entries[table.name][k] for k in (*interior, margin)]
                        options += [(table, e) for e in line if e not in table.hidden]
            if not options:  # its lines are all hidden: widen through any partly hidden line
                for table in current.tables:
                    for interior, margin in lines[table.name]:
                        line = [entries[table.name][k] for k in (*interior, margin)]
                        if any(e in table.hidden for e in line):
                            options += [(table, e) for e in line if e not in table.hidden]
            if not options:
                continue
            table, entry = min(options, key=lambda te: (_cost(te[0], te[1]), te[0].name))
            table.hidden.add(entry)
            result.added.setdefault(table.name, set()).add(entry)
            for interior, margin in lines[table.name]:
                if table.key(entry) in (*interior, margin):
                    touched.update((*interior, margin))
            progress = True
        _hide_aliases(current.tables, result.added)
        if not progress:
            break
    # The interval of every hidden cell for the workspace record and the checks: solved
    # exactly for the cells not already shown wide, the range seen so far (exact=False, a
    # range the cell certainly spans, wide enough) for the others.
    model = BoundsModel(releases)
    result.intervals = {}
    for key in model.hidden_keys():
        known = shown_wide.get(key)
        result.intervals[key] = known if known is not None else model.interval(*key)
    result.unprotected = {
        key for key, interval in result.intervals.items() if not is_protected(interval, protection)
    }
    return result
