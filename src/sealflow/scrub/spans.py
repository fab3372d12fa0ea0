"""Whether a stretch of text meets spans already found: spans as (start, end), end excluded.

Why apart: the scrub's later passes ask it of the detections so far: a table's cells
(name_columns), a found name's variants (variants), a word before a detection's neighbour
(neighbour_names); one question, answered alike for all. Asked by scanning every span for
every question it costs the questions times the spans, quadratic on a large pipe table of
people; ``SpanIndex`` answers by bisection over the spans sorted once. ``overlaps_any``
scans, for a list that grows as it is asked (and is what the index is tested against).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator
from itertools import accumulate


def overlaps_any(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of ``spans`` shares a character with ``start``..``end``."""
    return any(s < end and start < e for s, e in spans)


class SpanIndex:
    """Spans sorted by start, with each prefix's furthest end, and by end: for the questions
    a table asks of every cell, by bisection rather than by a scan of every span."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self._by_start = sorted(spans)
        self._starts = [s for s, _ in self._by_start]
        # the furthest end among the spans up to each one (by start)
        self._reach = list(accumulate((e for _, e in self._by_start), max))
        self._by_end = sorted((e, s) for s, e in self._by_start)
        self._ends = [e for e, _ in self._by_end]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a span shares a character with ``start``..``end`` (as ``overlaps_any``):
        of the spans starting before ``end``, the furthest reaching ends after ``start``."""
        before_end = bisect.bisect_left(self._starts, end)
        return before_end > 0 and self._reach[before_end - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """Whether one span starts at or before ``start`` and ends at or after ``end``."""
        from_start = bisect.bisect_right(self._starts, start)
        return from_start > 0 and self._reach[from_start - 1] >= end

    def ending_or_starting_inside(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The spans that start or end strictly inside ``start``..``end``: with those that
        cover it, every span overlapping it. A span that does both comes twice."""
        first = bisect.bisect_right(self._starts, start)
        for index in range(first, bisect.bisect_left(self._starts, end, first)):
            yield self._by_start[index]
        first = bisect.bisect_right(self._ends, start)
        for index in range(first, bisect.bisect_left(self._ends, end, first)):
            e, s = self._by_end[index]
            yield s, e
