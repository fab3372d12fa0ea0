"""Numbers, dates of birth and ages said in words; the switch that keeps exact ages."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sealflow.scrub.engine import ScrubEngine, get_engine
from sealflow.scrub.recognizers.spoken_numbers import (
    age_value,
    cardinal_value,
    ordinal_value,
    spoken_digits,
    year_value,
)
from sealflow.scrub.report import build_summary
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import settings_from_section
from sealflow.scrub.stage import policy


@pytest.mark.parametrize(
    ("words", "digits"),
    [
        ("oh seven seven double oh nine double oh one two three", "07700900123"),
        ("oh one one seven, four nine six, oh double one eight", "01174960118"),
        ("triple nine", "999"),
        ("nought 7 double 5", "0755"),
        ("two five oh one two three four five", "25012345"),
    ],
)
def test_when_digits_are_spoken_then_they_are_read_as_digits(words, digits):
    assert spoken_digits(words) == digits


@pytest.mark.parametrize(
    ("function", "words", "value"),
    [
        (cardinal_value, "forty-three", 43),
        (cardinal_value, "forty three", 43),
        (cardinal_value, "seventeen", 17),
        (cardinal_value, "27", 27),
        (cardinal_value, "lots", None),
        (year_value, "nineteen seventy-nine", 1979),
        (year_value, "nineteen oh five", 1905),
        (year_value, "two thousand and two", 2002),
        (year_value, "two thousand", 2000),
        (year_value, "twenty twenty-four", 2024),
        (year_value, "1985", 1985),
        (ordinal_value, "fourth", 4),
        (ordinal_value, "twenty-first", 21),
        (ordinal_value, "4th", 4),
        (ordinal_value, "fourty", None),
        (ordinal_value, "fiftieth", 50),
        (ordinal_value, "sixty-first", 61),
        (age_value, "34th", 34),
        (age_value, "thirty-four", 34),
        (age_value, "fiftieth", 50),
        (age_value, "fifty-fifth", 55),
        (age_value, "first-class", None),
    ],
)
def test_when_numbers_are_in_words_then_their_value_is_read(function, words, value):
    assert function(words) == value


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Ring me on oh seven seven double oh nine, double oh one two three.",
         ["double oh nine"], ["Ring me on"]),
        ("My service number is two five oh one two three four five, that's the one.",
         ["two five oh one"], ["that's the one"]),
        ("I was born on the fourth of December, nineteen seventy-nine.",
         ["fourth", "seventy-nine"], ["I was born on"]),
        ("I'm forty-three now and I was aged 27 when I joined.", ["forty-three", "27"],
         ["I'm", "now", "when I joined"]),
        ("Or triple nine if it's bad; I'm two weeks in; one of the older ones.", [],
         ["triple nine", "two weeks", "one of the older"]),
        ("I'm 40 now. We spoke at 15:40 about the three months; she's three and a half.",
         ["I'm 40"], ["15:40", "three months"]),
        ("NHS number nine four three, um, four seven six, five nine one nine.",
         ["nine four three", "five nine one nine"], ["NHS number"]),
        ("IBAN GB29 NWBK 6016 1331 9268 19; born the fourth of the twelfth, seventy-nine, so "
         "that's oh four, twelve, seventy-nine.", ["GB29", "NWBK", "twelfth", "oh four, twelve"],
         ["IBAN", "; born"]),
        ("Email dave[dot]bowen[at]gmail[dot]com or dave underscore bowen eight two at yahoo dot "
         "co dot uk.", ["dave", "bowen", "gmail", "yahoo", "eight two"], ["Email", "or"]),
    ],
)  # fmt: skip
def test_when_numbers_are_said_in_words_then_identifying_ones_go(
    engine: ScrubEngine, text, gone, kept
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert value not in scrubbed, scrubbed
    for value in kept:
        assert value in scrubbed, scrubbed


def test_when_ages_are_replaced_then_the_placeholder_is_age(engine: ScrubEngine):
    (scrubbed,) = scrub_texts(engine, ["I'm forty-three now."])
    assert scrubbed == "I'm [AGE-1] now."


def test_when_the_study_keeps_exact_ages_then_ages_stay_and_the_summary_says_so():
    settings = settings_from_section({"keep_exact_ages": True})
    keeping = get_engine(settings)
    (scrubbed,) = scrub_texts(keeping, ["I'm forty-three now, DOB 12/03/1985."])
    assert "forty-three" in scrubbed and "12/03/1985" not in scrubbed
    assert build_summary([], [], [], 0, policy(settings))["policy"] == {"keep_exact_ages": True}
    default = replace(settings, keep_exact_ages=False, _memo={})
    assert policy(default) == {"keep_exact_ages": False}
    assert settings.cache_key() != default.cache_key()
