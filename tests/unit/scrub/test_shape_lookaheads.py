"""Lookaheads put in front of slow patterns for speed (a necessary condition of every match:
the age after a name, the name set apart by its age, the listed ship, the shore
establishment's cue) change no match: the pattern with the lookahead finds the same spans
and groups as the pattern without it, on written cases and on generated text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.scrub.recognizers.forces.ship_names import ship_regex, shore_regex
from sealflow.scrub.recognizers.generic.age_recognizer import AgeRecognizer
from sealflow.scrub.recognizers.generic.ages.words import AFTER_NAME_SHAPE, APART_AGE_SHAPE

_PATTERNS = {name: regex for name, regex, _ in AgeRecognizer.PATTERNS}
_SHAPES = {
    "after_name": AFTER_NAME_SHAPE,
    "name_apart_age": APART_AGE_SHAPE,
}
# a branch's guard of first characters, as ship_names.py writes it
_BRANCH_GUARD = re.compile(r"\(\?=\[[^\]]*\]\)")
_SHIPS = ["Argyll", "Ark Royal", "Montrose", "Prince of Wales", "Kent", "Éclair"]
_SHORE = ["Sultan", "Collingwood", "Raleigh"]

CASES = [
    "Hughes (52 yrs) and JS (52), Tom Briggs, 29. Mr H 52yrs; Hughes - 52 - then",
    "delroy brathwaite (60) is ok now; Abena, 8, is in year 4; Declan, seven, stays",
    "Room (12) and GP (52); Section, 4, was; Ámelie, 9, is here; O'Neil (7) attends",
    "I served on the Argyll, then joined Ark Royal; Montrose's wardroom; the Prince of Wales",
    "drafted to Collingwood, trained at the sultan, two years at Raleigh, posted to the Kent",
    "on the kent and the Éclair; Kent's crew; ſerved on Argyll; ſtationed at Sultan",
]
_ALPHABET = "AJHTSaehjnorstuéſ (),-–.'’0123456789\n"


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def _age_pairs(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    with_shape = _PATTERNS[name]
    assert _SHAPES[name] in with_shape
    without = with_shape.replace(_SHAPES[name], "", 1)
    return re.compile(with_shape, re.IGNORECASE), re.compile(without, re.IGNORECASE)


def _ship_pairs() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    pairs = []
    for built in (ship_regex(_SHIPS), shore_regex(_SHORE)):
        assert built is not None
        bare = _BRANCH_GUARD.sub("", built.pattern)
        assert bare != built.pattern  # the guards are there to take out
        pairs.append((built, re.compile(bare, built.flags)))
    return pairs


@pytest.mark.parametrize("text", CASES)
@pytest.mark.parametrize("name", sorted(_SHAPES))
def test_when_an_age_pattern_has_its_shape_lookahead_then_its_matches_are_unchanged(name, text):
    fast, slow = _age_pairs(name)
    assert _spans(fast, text) == _spans(slow, text)


@pytest.mark.parametrize("text", CASES)
def test_when_ship_patterns_have_first_letter_guards_then_their_matches_are_unchanged(text):
    for fast, slow in _ship_pairs():
        assert _spans(fast, text) == _spans(slow, text)


def test_when_written_cases_hold_ages_and_ships_then_the_patterns_find_them():
    fast, _ = _age_pairs("after_name")
    assert [m.group("id") for m in fast.finditer(CASES[0]) if m.group("id")] == ["52", "52"]
    fast, _ = _age_pairs("name_apart_age")
    assert len(list(fast.finditer(CASES[1]))) == 3  # brathwaite, Abena, Declan
    listed, _ = _ship_pairs()[0]
    assert [m.group("crew") for m in listed.finditer(CASES[3]) if m.group("crew")] == ["Montrose"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=60))
def test_when_text_is_generated_then_guarded_and_unguarded_patterns_agree(text):
    for name in _SHAPES:
        fast, slow = _age_pairs(name)
        assert _spans(fast, text) == _spans(slow, text)
    for fast, slow in _ship_pairs():
        assert _spans(fast, text) == _spans(slow, text)
