"""Secondary (complementary) suppression for tables published with their margins.

A table with margins is a grid whose every "line" (all dimensions fixed but one) sums to
its margin entry. Hiding one entry of a line is useless: the reader subtracts. More
generally a hidden entry is recoverable when it is a fixed linear combination of the
published entries, i.e. when its unit vector lies in the row space of the line equations
restricted to the hidden entries. That test is exact for linear recovery and is done here
with an SVD null space (tables are small). Hand-written because no maintained Python
package does cell suppression (tau-ARGUS is Java, sdcTable is R).

The heuristic repeats: find a recoverable hidden entry, and hide the entry of least count
in one of its lines (interior cells and non-zero counts first) until none is recoverable.
This is the cheap first pass; interval (bounds) attacks using non-negativity and every
earlier release are handled after it by interval_protection.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np

Entry = tuple[int, ...]


def lines(shape: Sequence[int]) -> list[tuple[list[Entry], Entry]]:
    """Every line of a grid with margins: (its interior entries, its margin entry).

    ``shape`` holds each dimension's number of categories; position ``shape[d]`` along
    dimension d is its margin ("All").
    """
    result = []
    for d, size in enumerate(shape):
        others = [range(s + 1) for i, s in enumerate(shape) if i != d]
        for fixed in itertools.product(*others):

            def at(pos: int, fixed: tuple[int, ...] = fixed, d: int = d) -> Entry:
                return (*fixed[:d], pos, *fixed[d:])

            result.append(([at(p) for p in range(size)], at(size)))
    return result


def recoverable(shape: Sequence[int], hidden: set[Entry]) -> set[Entry]:
    """The hidden entries a reader can compute exactly from the published ones."""
    if not hidden:
        return set()
    order = sorted(hidden)
    column = {entry: i for i, entry in enumerate(order)}
    rows = []
    for interior, margin in lines(shape):
        involved = [e for e in (*interior, margin) if e in column]
        if not involved:
            continue
        row = np.zeros(len(order))
        for e in interior:
            if e in column:
                row[column[e]] = 1.0
        if margin in column:
            row[column[margin]] = -1.0
        rows.append(row)
    if not rows:
        return set(order)
    matrix = np.vstack(rows)
    _, singular, vt = np.linalg.svd(matrix, full_matrices=True)
    rank = int((singular > 1e-9 * max(1.0, singular.max(initial=0.0))).sum())
    null_space = vt[rank:]  # rows spanning the null space of the equations
    if len(null_space) == 0:
        return set(order)
    weight = np.linalg.norm(null_space, axis=0)
    return {order[i] for i in np.flatnonzero(weight < 1e-9)}


def secondary_suppression(
    shape: Sequence[int], counts: dict[Entry, int], primary: set[Entry]
) -> set[Entry]:
    """Entries to hide in addition to ``primary`` so no hidden entry is recoverable.

    Each round tests recoverability once (one SVD) and hides one partner for every exposed
    entry whose lines got no new hidden entry yet in that round.
    """
    hidden = set(primary)
    all_lines = [(*interior, margin) for interior, margin in lines(shape)]
    lines_of: dict[Entry, list[int]] = {}
    for number, line in enumerate(all_lines):
        for entry in line:
            lines_of.setdefault(entry, []).append(number)

    def cost(e: Entry) -> tuple[int, int, int, Entry]:
        is_margin = int(any(p == s for p, s in zip(e, shape, strict=True)))
        return (is_margin, int(counts.get(e, 0) == 0), counts.get(e, 0), e)

    while True:
        # Cheap pass first: a line with exactly one hidden entry exposes it by subtraction,
        # and the partner must come from that very line.
        exposing: dict[Entry, list[int]] = {}
        for number, line in enumerate(all_lines):
            line_hidden = [e for e in line if e in hidden]
            if len(line_hidden) == 1:
                exposing.setdefault(line_hidden[0], []).append(number)
        if not exposing:  # then the exact test, for recoveries through several lines
            exposing = {e: lines_of[e] for e in recoverable(shape, hidden)}
        if not exposing:
            return hidden - set(primary)
        touched: set[int] = set()
        added = False
        for target in sorted(exposing):
            if touched.intersection(lines_of[target]):
                continue  # a partner just joined one of its lines; re-test first
            options = [e for n in exposing[target] for e in all_lines[n] if e not in hidden]
            if not options:
                # Every line through it is hidden, yet it is determined through other lines:
                # widen to any published entry sharing a line with a hidden one.
                options = [
                    e
                    for line in all_lines
                    if any(x in hidden for x in line)
                    for e in line
                    if e not in hidden
                ]
            if not options:
                continue
            partner = min(options, key=cost)
            hidden.add(partner)
            touched.update(lines_of[partner])
            added = True
        if not added:
            return hidden - set(primary)
