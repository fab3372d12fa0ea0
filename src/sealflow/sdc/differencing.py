"""Disclosure by differencing between releases: a cell whose people changed by only a few.

Two releases of the same cell, published with a count and a mean, give the difference of
their sums: the total of the people who left or joined the cell in between (and of the
changes of those whose value changed). After one withdrawal that is one person's value,
and the provider, who passes withdrawals on, knows whose. Rounding the mean protects one
cell's sum, not the difference of two (about +/-3 on a 7..35 score). The output checker's
rule (ONS SRS and the SDC handbook, "disclosure by differencing") is the threshold rule
applied to the difference: a cell may be published again only when the people it counts
are the same as in every earlier release that published it, or differ by at least
``min_cell_count``; otherwise it is hidden (rule ``differencing``).

Hiding the cell is not enough when the difference can be had another way: through a
margin (the row total minus the other published cells) or several lines at once. The
intruder is assumed to know which cells did not change at all (the provider knows the
withdrawn person's categories), so a hidden cell whose people are unchanged counts as
published. Then, as in secondary suppression: no line of a table may leave the change of
fewer than ``min_cell_count`` people as the sum of its hidden cells, and no hidden cell's
change may be a linear combination of what is known (tested exactly, by null space).
Partners are hidden cells of this release whose people changed too.

Who contributed to each cell is recorded in the release history (``members``: per person
a digest of their pseudonymous ID, their labels and a digest of their value), so the
difference is counted on people, not inferred from counts. The ID itself is not kept: the
history outlives an erasure on purpose (the erased person's place in the earlier release
is what keeps the next one from giving them away), but it must not hold their ID. A
history written before members were recorded falls back to the change in count (a swap
of two people in one cell is then not seen).

What this does not cover: differences between different cells of two releases (a cell
now against a wider one then), combinations spanning more than one line that leave a
small group's total but no single cell's, and the suppression pattern itself, which can
show which cells the withdrawn person was in (their categories, not their value).
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import polars as pl

from sealflow.sdc.table_bounds import CellKey, Entry, Release, ReleasedTable

PERSON = "pseudonymous_id"
RULE = "differencing"

Members = dict[str, list[str | None]]  # person digest -> labels per dimension, value digest


def member_rows(frame: pl.DataFrame, dimensions: Sequence[str], value: str | None) -> Members:
    """Per person (a digest of their ID): labels on ``dimensions``, digest of ``value``."""
    if PERSON not in frame.columns:
        return {}
    columns = [pl.col(d).cast(pl.String).fill_null("NA") for d in dimensions]
    values = [pl.col(value).cast(pl.String)] if value else [pl.lit(None, pl.String)]
    rows = frame.select([pl.col(PERSON).cast(pl.String), *columns, *values]).iter_rows()
    members: Members = {}
    for row in rows:
        person = _digest("person", row[0])
        members[person] = [*row[1:-1], None if row[-1] is None else _digest(person, row[-1])]
    return members


def _digest(salt: str, text: str) -> str:
    """A digest that shows whether two releases hold the same ID or value, not what it is."""
    return hashlib.sha256(f"sealflow-release-member\x00{salt}\x00{text}".encode()).hexdigest()[:20]


def cell_members(table: ReleasedTable) -> dict[CellKey, set[str]]:
    """The people each cell (margins included) counts, by cell key."""
    result: dict[CellKey, set[str]] = {}
    for person, row in (table.members or {}).items():
        labels = row[: len(table.dimensions)]
        for mask in itertools.product((False, True), repeat=len(labels)):
            key = frozenset(
                (d, str(label))
                for d, label, is_all in zip(table.dimensions, labels, mask, strict=True)
                if not is_all
            )
            result.setdefault(key, set()).add(person)
    return result


def changed_people(before: ReleasedTable, now: ReleasedTable) -> dict[CellKey, set[str] | int]:
    """Per cell key of ``now``: who joined, left or changed value since ``before``.

    Without members on either side, the change in count (an int, a lower bound).
    """
    if before.members is None or now.members is None:
        old = {before.key(e): n for e, n in before.counts.items()}
        return {now.key(e): abs(n - old.get(now.key(e), 0)) for e, n in now.counts.items()}
    was, is_ = cell_members(before), cell_members(now)
    result: dict[CellKey, set[str] | int] = {}
    for entry in now.counts:
        key = now.key(entry)
        then, today = was.get(key, set()), is_.get(key, set())
        revalued = {p for p in then & today if before.members[p][-1] != now.members[p][-1]}
        result[key] = (then ^ today) | revalued
    return result


def _size(change: set[str] | int) -> int:
    return change if isinstance(change, int) else len(change)


@dataclass
class Differencing:
    """The outcome: cells hidden (table -> entry -> reason), and the check records."""

    hidden: dict[str, dict[Entry, str]] = field(default_factory=dict)
    checks: list[dict[str, Any]] = field(default_factory=list)


def _lines(tables: Sequence[ReleasedTable]) -> list[tuple[CellKey, ...]]:
    """Every line of every table as keys, margin last (one copy of each)."""
    seen: dict[tuple[CellKey, ...], None] = {}
    for table in tables:
        for interior, margin in table.lines():
            seen.setdefault((*interior, margin), None)
    return list(seen)


def _recoverable(lines: Sequence[tuple[CellKey, ...]], unknown: set[CellKey]) -> set[CellKey]:
    """The unknown keys that are a fixed linear combination of the known ones."""
    order = sorted(unknown, key=sorted)
    column = {key: i for i, key in enumerate(order)}
    rows = []
    for line in lines:
        row = np.zeros(len(order))
        for key in line[:-1]:
            if key in column:
                row[column[key]] = 1.0
        if line[-1] in column:
            row[column[line[-1]]] -= 1.0
        if row.any():
            rows.append(row)
    if not order:
        return set()
    if not rows:
        return set()
    _, singular, vt = np.linalg.svd(np.vstack(rows), full_matrices=True)
    rank = int((singular > 1e-9 * max(1.0, singular.max(initial=0.0))).sum())
    null_space = vt[rank:]
    if len(null_space) == 0:
        return set(order)
    weight = np.linalg.norm(null_space, axis=0)
    return {order[i] for i in np.flatnonzero(weight < 1e-9)}


def _line_change(line: Iterable[CellKey], unknown: set[CellKey], changes: dict) -> int:
    """How many people the known sum of a line's unknown cells is the change of."""
    people: set[str] = set()
    counted = 0
    for key in line:
        if key in unknown:
            change = changes.get(key, 0)
            if isinstance(change, int):
                counted += change
            else:
                people ^= change
    return len(people) + counted


def protect_differences(
    history: Sequence[Release], current: Sequence[ReleasedTable], threshold: int
) -> Differencing:
    """Hide cells of ``current`` (in place) until no change of < ``threshold`` people shows."""
    result = Differencing()
    lines = _lines(current)
    where = [(t, e) for t in current for e in t.counts]

    def hidden_keys() -> set[CellKey]:
        """Keys no table publishes (one table publishing a key shows it)."""
        shown = {t.key(e) for t, e in where if e not in t.hidden}
        return {t.key(e) for t, e in where} - shown

    def hide(key: CellKey, reason: str, figure: int, release: int) -> None:
        """Hide ``key`` in every table that shows it; a primary hide is a failed check."""
        for table, entry in where:
            if table.key(entry) == key and entry not in table.hidden:
                table.hidden.add(entry)
                result.hidden.setdefault(table.name, {})[entry] = reason
                if reason == RULE:
                    result.checks.append(_check(table, entry, figure, threshold, release, True))

    # Per earlier release: what changed in each cell, and which keys it published.
    changes: list[dict[CellKey, set[str] | int]] = []
    published: list[set[CellKey]] = []
    for release in history:
        by_name = {t.name: t for t in release.tables}
        change: dict[CellKey, set[str] | int] = {}
        for table in current:
            before = by_name.get(table.name)
            if before is not None and before.dimensions == table.dimensions:
                for key, people in changed_people(before, table).items():
                    if _size(people) >= _size(change.get(key, 0)):
                        change[key] = people
        changes.append(change)
        shown = {t.key(e) for t in release.tables for e in t.counts}
        published.append(shown - release.hidden())

    for number, (change, shown) in enumerate(zip(changes, published, strict=True)):
        for key, people in sorted(change.items(), key=lambda kp: sorted(kp[0])):
            if key in shown and 0 < _size(people) < threshold and key not in hidden_keys():
                hide(key, RULE, _size(people), number)

    counts = {t.key(e): t.counts[e] for t, e in where}
    unresolved: set[tuple[int, CellKey]] = set()
    for _ in range(200):
        # (earlier release, the cell or line margin exposed, the lines a partner may come from)
        exposed: list[tuple[int, CellKey, list[tuple[CellKey, ...]]]] = []
        now_hidden = hidden_keys()
        for number, (change, shown) in enumerate(zip(changes, published, strict=True)):
            unknown = {k for k in now_hidden if not (k in shown and _size(change.get(k, 1)) == 0)}
            for line in lines:
                # The line gives the sum of its unknown cells in both releases (every other
                # cell of it is published now, so was then: cells hidden then stay hidden).
                if 0 < _line_change(line, unknown, change) < threshold:
                    exposed.append((number, line[-1], [line]))
            small = {k for k in unknown if k in shown and 0 < _size(change.get(k, 0)) < threshold}
            for key in sorted(small & _recoverable(lines, unknown), key=sorted):
                exposed.append((number, key, [ln for ln in lines if key in ln]))
        exposed = [x for x in exposed if x[:2] not in unresolved]
        if not exposed:
            break
        progress = False
        for number, anchor, through in exposed:
            change, now_hidden = changes[number], hidden_keys()
            options = {
                k
                for line in through
                for k in line
                if k not in now_hidden and _size(change.get(k, 1)) > 0
            }
            if not options:
                unresolved.add((number, anchor))
                continue
            partner = min(options, key=lambda k: (-len(k), counts.get(k, 0), sorted(k)))
            hide(partner, "secondary", _size(change.get(partner, 0)), number)
            progress = True
        if not progress:
            break
    for number, anchor in sorted(unresolved, key=lambda nk: (nk[0], sorted(nk[1]))):
        for table, entry in where:
            if table.key(entry) == anchor:
                result.checks.append(_check(table, entry, None, threshold, number, False))
                break
    return result


def _check(
    table: ReleasedTable,
    entry: Entry,
    figure: int | None,
    threshold: int,
    release: int,
    hidden: bool,
) -> dict[str, Any]:
    """A check record: the cell was hidden (suppress) or a change is left showing (none)."""
    labels = {
        d: (cats[p] if p < len(cats) else "All")
        for d, cats, p in zip(table.dimensions, table.categories, entry, strict=True)
    }
    return {
        "table": table.name,
        "cell": labels,
        "rule": RULE,
        "figure": figure,
        "against_release": release + 1,
        "threshold": threshold,
        "pass": False,
        "action": "suppress" if hidden else "none",
    }
