"""Missed identifiers split into the ones found but cut short and the ones not found at all."""

from __future__ import annotations

from sealflow.scrub.evaluation.corpus import LabelledText
from sealflow.scrub.evaluation.scoring import missed_by_how, score

TEXT = "I was 1st Battalion, The Rifles; Dave S. rang from 01632 960 123 at 4."


def _span(kind: str, words: str) -> tuple[str, int, int]:
    start = TEXT.index(words)
    return (kind, start, start + len(words))


def test_when_a_label_is_partly_covered_or_untouched_then_each_is_counted_apart():
    doc = LabelledText(
        TEXT,
        [_span("UNIT", "1st Battalion, The Rifles"), _span("PERSON", "Dave S."),
         _span("PHONE", "01632 960 123")],
    )  # fmt: skip
    found = [
        ("UNIT", *_span("UNIT", "The Rifles")[1:]),  # the battalion left standing
        ("PHONE", *_span("PHONE", "01632 960 123")[1:]),  # whole: not missed
    ]
    assert missed_by_how([doc], [found]) == {
        "PERSON": {"partly_covered": 0, "untouched": 1},
        "UNIT": {"partly_covered": 1, "untouched": 0},
    }


def test_when_everything_is_covered_then_nothing_is_missed():
    doc = LabelledText(TEXT, [_span("PERSON", "Dave S.")])
    assert missed_by_how([doc], [[("PERSON", *_span("PERSON", "Dave S")[1:])]]) == {}


def test_when_ordinary_words_are_taken_then_the_share_is_split_by_the_type_that_took_them():
    text = "Ref 4471 logged and Dave said hi"
    doc = LabelledText(text, [("PERSON", 20, 24)])
    found = [("REFERENCE_NUMBER", 0, 8), ("PERSON", 20, 29)]  # "Ref 4471"; "Dave said"
    result = score([doc], [found])
    # six words outside the label: Ref, 4471, logged, and, said, hi
    assert result["ordinary_words_destroyed"] == round(3 / 6, 4)
    assert result["ordinary_words_destroyed_by_type"] == {
        "PERSON": round(1 / 6, 4),
        "REFERENCE_NUMBER": round(2 / 6, 4),
    }
