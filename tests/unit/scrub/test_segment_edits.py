"""document.edits_per_segment: replacements found in a document's joined text, written back
segment by segment (the one helper the scrubber and the closed loop share)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sealflow.scrub.document import Segment, edits_per_segment, joined
from sealflow.scrub.formats.base import apply_edits


def _rewritten(segments: list[Segment], spans: list[tuple[int, int, str]]) -> str:
    _, bounds = joined(segments)
    edits = edits_per_segment(bounds, spans)
    texts = [apply_edits(s.text, e) for s, e in zip(segments, edits, strict=True)]
    return joined([Segment(t, s.speaker, s.glue) for t, s in zip(texts, segments, strict=True)])[0]


@pytest.mark.parametrize(
    "segments, spans, expected",
    [
        # inside one segment: only that segment is edited
        (
            [Segment("Speaker", speaker=True), Segment("I met Ann Bell there")],
            [(15, 23, "[PERSON-1]")],
            [[], [(6, 14, "[PERSON-1]")]],
        ),
        # over a line break: the placeholder in the first piece, the second piece emptied
        (
            [Segment("I met Ann", glue="\n"), Segment("Bell there")],
            [(6, 14, "[PERSON-1]")],
            [[(6, 9, "[PERSON-1]")], [(0, 4, "")]],
        ),
        # over three segments, and a second span after it, in the order given
        (
            [Segment("a Ann", glue=""), Segment("Mary", glue=""), Segment("Bell b Leeds")],
            [(2, 13, "[PERSON-1]"), (16, 21, "[LOCATION-1]")],
            [[(2, 5, "[PERSON-1]")], [(0, 4, "")], [(0, 4, ""), (7, 12, "[LOCATION-1]")]],
        ),
        # a span wholly inside the glue touches no segment
        ([Segment("one"), Segment("two")], [(3, 5, "[X]")], [[], []]),
    ],
)
def test_when_spans_are_given_then_each_segment_gets_its_pieces(
    segments: list[Segment],
    spans: list[tuple[int, int, str]],
    expected: list[list[tuple[int, int, str]]],
) -> None:
    _, bounds = joined(segments)
    assert edits_per_segment(bounds, spans) == expected


def test_when_a_span_crosses_glue_then_the_glue_stays_and_the_placeholder_stands_once() -> None:
    segments = [Segment("I met Ann", glue=" <i>"), Segment("Bell there")]
    text, _ = joined(segments)
    start, end = text.index("Ann"), text.index("Bell") + 4
    assert _rewritten(segments, [(start, end, "[PERSON-1]")]) == "I met [PERSON-1] <i> there"


@given(
    st.lists(st.text(alphabet="ab ", min_size=1, max_size=8), min_size=1, max_size=4),
    st.data(),
)
def test_when_a_span_lies_inside_one_segment_then_the_result_is_the_joined_text_replaced(
    texts: list[str], data: st.DataObject
) -> None:
    segments = [Segment(t) for t in texts]
    text, bounds = joined(segments)
    seg_start, seg_end = bounds[data.draw(st.integers(0, len(bounds) - 1))]
    start = data.draw(st.integers(seg_start, seg_end - 1))
    end = data.draw(st.integers(start + 1, seg_end))
    assert _rewritten(segments, [(start, end, "[X]")]) == text[:start] + "[X]" + text[end:]
