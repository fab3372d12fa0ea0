"""A pattern guarded by the characters its match can start with (recognizers/first_characters.py,
used by the age recognizer's hundred patterns) finds exactly what the pattern as written finds:
same spans, same groups, on any text; where the first characters cannot be read for certain the
pattern is left as written. And ages are still found and non-ages still kept."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.scrub.engine import get_engine
from sealflow.scrub.recognizers.base import ContextRegexRecognizer
from sealflow.scrub.recognizers.first_characters import first_character_class, guarded
from sealflow.scrub.recognizers.generic.age_recognizer import AgeRecognizer
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import default_settings


@pytest.mark.parametrize(
    ("pattern", "flags", "expected"),
    [
        # every alternative of a top-level alternation, not only the first
        (r"\bfoo|bar", re.IGNORECASE, "[fb]"),
        # look-behind, \b and look-ahead consume nothing: the cue word's letters
        (r"(?<![\w'])\b(?!kids)(?:dad|mum)s?,\s+\d+", re.IGNORECASE, "[dm]"),
        # a repeat of at least one: its body's start
        (r"(?:ab)+c", 0, "[a]"),
        (r"\d{1,3}\s*yrs", re.IGNORECASE, r"[\d]"),
        # a case rule of its own inside: a class under that rule
        (r"(?-i:\b[A-Z])|ab", re.IGNORECASE, "[a]|(?-i:[A-Z])"),
        (r"x|(?i:y)", 0, "[x]|(?i:[y])"),
        # class characters that mean something inside a class are escaped
        (r"\]x|-y|\^z", 0, r"[\]\-\^]"),
        (r"(?:a|b)?c", 0, "[abc]"),  # optional start: the next item may open the match
    ],
)
def test_when_the_first_characters_are_certain_then_the_guard_holds_all_of_them(
    pattern, flags, expected
):
    assert first_character_class(pattern, flags) == expected


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?:a|b)?.", 0),  # optional start before any character
        (r"a*", 0),  # may match nothing
        (r"\b", 0),  # consumes nothing
        (r"[^a]b", 0),  # negated class
        (r".b", 0),  # any character
        (r"(a)\1", 0),  # fine, but see the next: a reference first is unknown
        (r"(?s:a)b", 0),  # a scoped flag other than case
        (r"(?i)abc", 0),  # flags set inside the pattern
        (r"a # note", re.VERBOSE),  # a verbose pattern is left as written
    ],
)
def test_when_the_first_characters_are_uncertain_then_no_guard_and_the_pattern_as_written(
    pattern, flags
):
    if pattern == r"(a)\1":
        assert first_character_class(pattern, flags) == "[a]"
        pattern = r"(a)?\1"  # a back reference may open the match
    assert first_character_class(pattern, flags) is None
    assert guarded(pattern, flags).pattern == pattern


def test_when_inline_flags_open_the_pattern_then_it_compiles_as_written():
    assert guarded(r"(?i)abc").pattern == r"(?i)abc"
    assert guarded(r"(?i)abc").search("xABC").span() == (1, 4)


# Case folding beyond ASCII under re.IGNORECASE: "ſ" (long s) matches "s", the Kelvin sign
# "K" matches "k", "İ" and "ı" fold their own ways; the guard must fold them the same.
FOLDS = ["ſ", "K", "İ", "ı", "ß", "ﬅ", "Σ", "ς", "σ"]
AGE_WORDS = re.split(
    " ",
    "I'm I am he's she is my dad mum wife son daughter lad aged age years old yrs turned "
    "turning joined left married retired born when was only then now soon next week "
    "Semisi Kofi Ella Mr Hughes JS NOK DOB Room Table Flat sixty six seven forty-five "
    "18 7 52 100 0600 1990 (52) , . ; : - – \n",
)
# dates of birth, sort codes, account and service numbers as typed and said
NUMBER_WORDS = re.split(
    " ",
    "DOB born on 12/04/1987 1987-04-12 12th April 1987 april 12 sort code 20-00-00 "
    "account 12345678 30 92 17 service number 25123456 Q1234567 C123456A 0 / - . \n",
)
AGE_TEXT = st.lists(st.sampled_from(AGE_WORDS + NUMBER_WORDS + FOLDS), max_size=25).map(" ".join)


@pytest.fixture(scope="module")
def age_patterns() -> list[tuple[str, str]]:
    return [(name, regex) for name, regex, _score in AgeRecognizer.PATTERNS]


def guarded_classes() -> list[type[ContextRegexRecognizer]]:
    """Every recognizer class whose patterns are guarded (the engine's registry)."""
    classes = {type(r) for r in get_engine(default_settings()).analyzer.registry.recognizers}
    found = [c for c in classes if getattr(c, "GUARD_FIRST_CHARACTERS", False)]
    return sorted(found, key=lambda c: c.__name__)


# each guarded pattern as written and guarded, compiled once for every example below
PAIRS = [
    (re.compile(regex, cls.FLAGS), guarded(regex, cls.FLAGS))
    for cls in guarded_classes()
    for _name, regex, _score in cls.PATTERNS
]


@settings(max_examples=120, deadline=None)
@given(text=AGE_TEXT)
def test_when_a_pattern_is_guarded_then_it_finds_the_same_matches_and_groups(text):
    for plain, kept in PAIRS:
        assert [(m.span(), m.groupdict()) for m in kept.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)
        ]


def test_when_the_guarded_classes_are_listed_then_ages_dates_and_numbers_are_there():
    names = {c.__name__ for c in guarded_classes()}
    assert {"AgeRecognizer", "DateOfBirthRecognizer", "UkBankAccountRecognizer"} <= names
    assert len(PAIRS) > 120


def test_when_the_age_recognizer_is_built_then_most_of_its_patterns_are_guarded(age_patterns):
    recognizer = AgeRecognizer()
    guards = sum(regex.pattern.startswith("(?=") for _, regex, _ in recognizer._compiled)
    assert guards >= len(age_patterns) // 2
    # patterns anchored at each number are still told apart by how they were written
    assert recognizer._number_first
    assert all(
        regex.startswith(r"\b(?P<id>")
        for name, regex in age_patterns
        if name in recognizer._number_first
    )


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        ("My dad, 67, still drives to the depot.", "My dad, [AGE-1], still drives to the depot."),
        ("I was 18 when I joined up.", "I was [AGE-1] when I joined up."),
        ("Her husband is 54 now.", "Her husband is [AGE-1] now."),
        ("The lad was only 6 then.", "The lad was only [AGE-1] then."),
        # kept: numbers that are no age
        ("We did 20 press-ups at 0600.", "We did 20 press-ups at 0600."),
        ("Room 12 is on the left, mum.", "Room 12 is on the left, mum."),
    ],
)
def test_when_ages_are_scrubbed_with_guarded_patterns_then_ages_go_and_other_numbers_stay(
    text, scrubbed
):
    assert scrub_texts(get_engine(default_settings()), [text]) == [scrubbed]
