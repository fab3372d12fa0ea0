"""The span index's bisection gives the scan's answers, on random span sets.

Why: name_columns asks of every table cell whether a detection meets it, or names most of
it; the index answers by bisection over sorted spans instead of a scan of every span, and
must answer exactly as the scan did (overlapping, nested, empty and repeated spans too)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.scrub.name_columns import _named
from sealflow.scrub.spans import SpanIndex, overlaps_any

SPAN = st.tuples(st.integers(0, 60), st.integers(0, 12)).map(lambda p: (p[0], p[0] + p[1]))
SPANS = st.lists(SPAN, max_size=30)


def _named_by_scan(cell: tuple[int, int], people: list[tuple[int, int]]) -> bool:
    """name_columns' question as it was asked before the index: every person, every cell."""
    start, end = cell
    return any(
        s < end and e > start and ((s <= start and e >= end) or 2 * (e - s) >= end - start)
        for s, e in people
    )


@settings(max_examples=1000, deadline=None)
@given(spans=SPANS, query=SPAN)
def test_when_asked_whether_spans_overlap_then_the_index_answers_as_the_scan(spans, query):
    assert SpanIndex(spans).overlaps(*query) == overlaps_any(spans, *query)


@settings(max_examples=1000, deadline=None)
@given(spans=SPANS, cell=SPAN.filter(lambda c: c[0] < c[1]))
def test_when_asked_whether_a_person_names_a_cell_then_the_index_answers_as_the_scan(spans, cell):
    assert _named(cell, SpanIndex(spans)) == _named_by_scan(cell, spans)


@settings(max_examples=300, deadline=None)
@given(spans=SPANS, query=SPAN.filter(lambda c: c[0] < c[1]))
def test_when_spans_meet_a_stretch_then_the_index_lists_every_one_not_covering_it(spans, query):
    start, end = query
    meeting = {(s, e) for s, e in spans if s < end and start < e}
    covering = {(s, e) for s, e in meeting if s <= start and e >= end}
    index = SpanIndex(spans)
    assert set(index.ending_or_starting_inside(start, end)) == meeting - covering
    assert index.covers(start, end) == bool(covering)


def test_when_no_spans_then_nothing_overlaps_or_covers():
    index = SpanIndex([])
    assert not index.overlaps(0, 5) and not index.covers(0, 5)
    assert list(index.ending_or_starting_inside(0, 5)) == []
