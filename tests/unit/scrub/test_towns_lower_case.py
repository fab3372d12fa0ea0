"""A home town that is also a person's name ("Blackburn", "Preston", "Stanley") written in
lower case after a strong place cue is a place: "home was blackburn" was kept whole, since
such names counted only capitalised. Ordinary words (the gazetteer's towns_that_are_words
and towns_lower_case_words) and anything after "the" or a weak cue stay."""

from __future__ import annotations

import re

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts

PLACEHOLDER = re.compile(r"\[([A-Z_]+)-\d+\]")


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("home was blackburn, always has been.", ["blackburn"]),
        ("i grew up in preston and moved to stanley", ["preston", "stanley"]),
        ("i was born in york", ["york"]),
        ("we live in chester now", ["chester"]),
    ],
)
def test_when_a_name_town_follows_a_strong_cue_in_lower_case_then_it_is_replaced(
    engine: ScrubEngine, text, gone
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert not re.search(r"(?<!\w)" + value + r"(?!\w)", scrubbed), scrubbed
    assert len(PLACEHOLDER.findall(scrubbed)) == len(gone), scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "a message from hope and in march we went",
        "we were in the hull of the ship",
        "in the end it was a good deal",
    ],
)
def test_when_a_town_is_an_ordinary_word_or_after_the_then_it_stays(engine: ScrubEngine, text):
    (scrubbed,) = scrub_texts(engine, [text])
    assert scrubbed == text
