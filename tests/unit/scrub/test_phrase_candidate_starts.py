"""PhraseMatcher looks for its phrases only where a phrase's key begins (a pattern of the
keys, when they are few) or at every word start (when a key is empty or the keys are many):
either way it finds what the single alternation finds."""

from __future__ import annotations

import random

import pytest

from sealflow.scrub import phrases
from sealflow.scrub.phrases import PhraseMatcher
from sealflow.scrub.recognizers.generic.deny_list_recognizer import phrase_regex

TEXT = (
    "Posted to Catterick then RAF Brize Norton; catterick garrison, CATTERICK's lines. "
    "\u212aate at \u017fandhurst, Lin at L\u0130NTON; O'Catterick and xCatterick are not. "
    "Zoë, émile and łukasz at 1 Rifles, 1 RIFLES; +44 7700 900123."
)


def _found(terms: list[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in PhraseMatcher(terms).finditer(text)]


def _expected(terms: list[str], text: str) -> list[tuple[int, int]]:
    pattern = phrase_regex(terms)
    return [m.span() for m in pattern.finditer(text)] if pattern is not None else []


@pytest.mark.parametrize(
    ("terms", "looks_by_key"),
    [
        (["Catterick", "Brize Norton", "Kate", "Sandhurst", "Linton", "1 Rifles"], True),
        (["catterick garrison", "Catterick", "+44 7700 900123"], True),
        (["Zoë", "Catterick"], True),  # "zo": a key is the leading ASCII
        (["Émile", "Catterick"], False),  # a key is empty: every word start
        (["Łukasz"], False),
    ],
)
def test_when_few_phrases_are_searched_then_the_matches_are_the_single_patterns(
    terms, looks_by_key
):
    matcher = PhraseMatcher(terms)
    assert (matcher._starts is not phrases._STARTS) is looks_by_key
    assert _found(terms, TEXT) == _expected(terms, TEXT)
    assert _found(terms, TEXT)  # something to find in each case


def test_when_the_keys_are_many_then_every_word_start_is_tried_and_the_matches_are_the_same():
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz"
    terms = ["".join(rng.choice(letters) for _ in range(7)) for _ in range(3000)]
    terms += ["Catterick", "Kate"]
    matcher = PhraseMatcher(terms)
    assert matcher._starts is phrases._STARTS
    text = TEXT + " " + " ".join(rng.sample(terms, 50))
    assert _found(terms, text) == _expected(terms, text)
