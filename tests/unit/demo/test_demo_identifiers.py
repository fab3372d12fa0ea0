"""Planted identifiers have the shapes and check digits real ones have."""

from __future__ import annotations

import random
import re

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.demo import identifiers

NI_PATTERN = re.compile(
    r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]"
    r"(?: ?\d{2}){3} ?[A-D]$"
)
POSTCODE_PATTERN = re.compile(r"^[A-Z]{1,2}\d{1,2}[A-Z]? ?\d[ABD-HJLNP-UW-Z]{2}$")
SERVICE_NUMBER_PATTERNS = {
    "Army": re.compile(r"^(?:\d{8}|[A-Z]\d{7})$"),
    "Royal Air Force": re.compile(r"^(?:\d{8}|[A-Z]\d{7})$"),
    "Royal Navy": re.compile(r"^[A-Z]\d{6}[A-Z]$"),
    "Royal Marines": re.compile(r"^[A-Z]\d{6}[A-Z]$"),
}
seeds = st.integers(min_value=0, max_value=2**32 - 1)


@pytest.mark.parametrize(
    ("first_nine", "expected"),
    [("943476591", 9), ("401023213", 7), ("123456789", None)],
)
def test_when_nhs_digits_known_then_check_digit_matches_the_mod11_rule(first_nine, expected):
    assert identifiers.nhs_check_digit(first_nine) == expected


@given(seeds)
@settings(max_examples=200)
def test_when_nhs_number_generated_then_its_check_digit_is_valid(seed):
    digits = re.sub(r"[ -]", "", identifiers.nhs_number(random.Random(seed)))
    assert len(digits) == 10
    assert identifiers.nhs_check_digit(digits[:9]) == int(digits[9])


@given(seeds)
@settings(max_examples=200)
def test_when_ni_number_generated_then_prefix_and_shape_are_valid(seed):
    assert NI_PATTERN.match(identifiers.ni_number(random.Random(seed)))


@given(seeds)
@settings(max_examples=200)
def test_when_phone_generated_then_it_is_a_possible_gb_number_in_a_drama_range(seed):
    text = identifiers.phone_number(random.Random(seed))
    number = phonenumbers.parse(text.split(" ext ")[0], "GB")
    assert phonenumbers.is_possible_number(number)
    national = str(number.national_number)
    assert national.startswith(("7700900", "2079460", "1632960")) or national[3:7] == "4960"


@pytest.mark.parametrize("branch", sorted(SERVICE_NUMBER_PATTERNS))
def test_when_service_number_generated_then_it_has_its_branch_shape(branch):
    rng = random.Random(branch)
    for _ in range(200):
        assert SERVICE_NUMBER_PATTERNS[branch].match(identifiers.service_number(rng, branch))


@given(seeds)
def test_when_postcode_generated_then_it_is_a_uk_postcode_in_the_area(seed):
    value = identifiers.postcode(random.Random(seed), "SP9")
    assert POSTCODE_PATTERN.match(value)
    assert value.startswith("SP9")


@pytest.mark.parametrize(
    ("first", "last", "expected_local_part"),
    [("Łukasz", "O'Brien", "lukasz"), ("Zoë", "Da Silva", "zoe"), ("Siobhán", "Nowak", "siobhan")],
)
def test_when_name_is_not_ascii_then_email_is_ascii_and_at_an_example_domain(
    first, last, expected_local_part
):
    rng = random.Random(5)
    for _ in range(20):
        email = identifiers.email_address(rng, first, last)
        assert email.isascii()
        assert re.match(r"^[a-z0-9._]+@([a-z]+\.)?example\.(com|org|net)$", email)
    assert any(
        expected_local_part in identifiers.email_address(rng, first, last) for _ in range(50)
    )
