"""Every recognizer's own table of positive and negative examples."""

from __future__ import annotations

import functools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sealflow.scrub.recognizers import SEALFLOW_RECOGNIZERS
from sealflow.scrub.recognizers.base import matched_strings
from sealflow.scrub.recognizers.generic.deny_list_recognizer import DenyListRecognizer
from sealflow.scrub.recognizers.uk.uk_nhs_recognizer import nhs_check_digit_ok
from sealflow.scrub.settings import default_settings

CASES = [
    pytest.param(cls, text, expected, id=f"{cls.__name__}:{text[:40]}")
    for cls in SEALFLOW_RECOGNIZERS
    for text, expected in cls.EXAMPLES
]


@functools.cache
def configured(recognizer_class):
    """One configured recognizer per class for all its examples: building one can compile
    hundreds of patterns (AgeRecognizer ~0.4 s, for each of its 79 examples), and a
    recognizer keeps nothing between texts, as in the engine, which uses one for every
    document (shared and fresh ones give the same findings on every example here)."""
    recognizer = recognizer_class()
    recognizer.configure(default_settings())
    return recognizer


@pytest.mark.parametrize(("recognizer_class", "text", "expected"), CASES)
def test_when_example_text_then_recognizer_finds_exactly_the_expected_values(
    recognizer_class, text, expected
):
    assert matched_strings(configured(recognizer_class), text) == sorted(expected)


def test_when_every_recognizer_then_it_has_positive_and_negative_examples():
    for cls in SEALFLOW_RECOGNIZERS:
        if cls is DenyListRecognizer:
            continue
        assert any(expected for _, expected in cls.EXAMPLES), cls.__name__
        assert any(not expected for _, expected in cls.EXAMPLES), cls.__name__


@pytest.mark.parametrize(
    ("terms", "text", "expected"),
    [
        ({"PERSON": ["Femi Adeyemi"]}, "spoke to FEMI  adeyemi today", ["FEMI  adeyemi"]),
        ({"PERSON": ["Okafor"]}, "Okafor's kit and okafor again", ["Okafor", "okafor"]),
        ({"BASE": ["Kiwi Barracks"]}, "at kiwi barracks", ["kiwi barracks"]),
        ({"PERSON": ["Ann"]}, "annual leave and Annex B", []),
    ],
)
def test_when_deny_listed_term_appears_in_any_case_then_it_is_found(terms, text, expected):
    assert matched_strings(DenyListRecognizer(deny=terms), text) == sorted(expected)


def _nhs_number(digits: list[int]) -> str | None:
    check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
    check = 0 if check == 11 else check
    return None if check == 10 else "".join(map(str, digits)) + str(check)


@given(st.lists(st.integers(0, 9), min_size=9, max_size=9))
def test_when_nhs_number_has_its_mod11_check_digit_then_it_validates(digits):
    number = _nhs_number(digits)
    if number is not None:
        assert nhs_check_digit_ok(number)
        wrong = number[:9] + str((int(number[9]) + 1) % 10)
        assert not nhs_check_digit_ok(wrong)


def test_when_registry_is_loaded_then_every_recognizer_runs_once(engine):
    from sealflow.scrub.engine import recognizer_names

    names = list(recognizer_names(engine))
    assert len(names) == len(set(names)), sorted(names)
