"""Property tests: identifiers said or written in any of the ways people say them are found
whole, and the quantities around them are left alone.

Each property draws a value (a UK mobile, an NHS number with its check digit, an IBAN with
its check digits, a date of birth, an exact age) and a way of saying it (oh, zero or nought
for 0; "double" and "triple" for runs; groups parted by spaces, commas or "..." pauses), and
asserts the recognizer covers exactly the words said.
"""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.scrub.recognizers.base import matched_strings
from sealflow.scrub.recognizers.generic.iban_checksum_recognizer import (
    IbanChecksumRecognizer,
    iban_checksum_ok,
)
from sealflow.scrub.recognizers.spoken_numbers import spoken_digits
from sealflow.scrub.recognizers.uk.date_of_birth_in_words_recognizer import (
    DateOfBirthInWordsRecognizer,
)
from sealflow.scrub.recognizers.uk.spoken_number_recognizer import SpokenNumberRecognizer
from sealflow.scrub.recognizers.uk.uk_nhs_recognizer import nhs_check_digit_ok

DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
TEENS = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
ORDINALS = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def cardinal(n: int, joiner: str = "-") -> str:
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return TEENS[n - 10]
    tens, units = divmod(n, 10)
    return TENS[tens - 2] + (joiner + DIGITS[units] if units else "")


def ordinal(n: int) -> str:
    if n <= 20:
        return ORDINALS[n - 1]
    if n == 30:
        return "thirtieth"
    tens, units = divmod(n, 10)
    return TENS[tens - 2] + "-" + ORDINALS[units - 1]


@st.composite
def said_digits(draw: st.DrawFn, digits: str) -> str:
    """Digits as a person reads them out: groups, oh/zero/nought, double and triple."""
    zero = draw(st.sampled_from(["oh", "zero", "nought"]))
    words = []
    i = 0
    while i < len(digits):
        run = 1
        while i + run < len(digits) and digits[i + run] == digits[i] and run < 3:
            run += 1
        word = zero if digits[i] == "0" else DIGITS[int(digits[i])]
        if run > 1 and draw(st.booleans()):
            words.append(("double " if run == 2 else "triple ") + word)
            i += run
        else:
            words.append(word)
            i += 1
    gaps = [draw(st.sampled_from([" ", " ", ", ", " ... "])) for _ in words[1:]]
    return words[0] + "".join(g + w for g, w in zip(gaps, words[1:], strict=True))


def with_nhs_check_digit(first_nine: str) -> str | None:
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return None if check == 10 else first_nine + str(check)


def with_iban_check_digits(bank: str, account: str) -> str:
    bban = bank + account
    number = int("".join(str(int(ch, 36)) for ch in bban + "GB00"))
    return f"GB{98 - number % 97:02d}{bban}"


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="0123456789", min_size=9, max_size=9), st.data())
def test_when_a_mobile_number_is_read_out_in_any_way_then_it_is_found_whole(rest, data):
    number = "07" + rest
    said = data.draw(said_digits(number))
    assert spoken_digits(said) == number
    text = f"you can call me on {said}, thanks"
    assert matched_strings(SpokenNumberRecognizer(), text) == [said]


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet="0123456789", min_size=9, max_size=9).filter(lambda s: s[0] != "0"), st.data()
)
def test_when_an_nhs_number_is_read_out_then_it_is_found_whole(first_nine, data):
    number = with_nhs_check_digit(first_nine)
    if number is None:
        return
    assert nhs_check_digit_ok(number)
    said = data.draw(said_digits(number))
    found = SpokenNumberRecognizer().analyze(f"NHS number {said}.", [], None)
    assert [(r.entity_type, r.end - r.start) for r in found] == [("NHS_NUMBER", len(said))]


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=4, max_size=4),
    st.text(alphabet="0123456789", min_size=14, max_size=14),
    st.sampled_from([" ", "", "-"]),
    st.booleans(),
)
def test_when_an_iban_is_written_in_groups_or_run_together_then_it_is_found_whole(
    bank, account, separator, lower
):
    iban = with_iban_check_digits(bank, account)
    assert iban_checksum_ok(iban)
    written = separator.join(iban[i : i + 4] for i in range(0, len(iban), 4))
    written = written.lower() if lower else written
    assert matched_strings(IbanChecksumRecognizer(), f"paid into {written} today") == [written]
    wrong = written[:-1] + str((int(written[-1]) + 1) % 10)
    assert matched_strings(IbanChecksumRecognizer(), f"reference {wrong} today") == []


@settings(max_examples=60, deadline=None)
@given(
    st.dates(datetime.date(1935, 1, 1), datetime.date(2008, 12, 31)),
    st.sampled_from(["the {d} of {m}, {y}", "{m} the {d}, {y}", "the {d} of {m} {y}"]),
)
def test_when_a_birth_date_is_said_in_words_then_it_is_found_whole(day, layout):
    year = day.year
    year_words = (
        f"nineteen {cardinal(year - 1900)}"
        if year < 2000
        else "two thousand" + (f" and {cardinal(year - 2000)}" if year > 2000 else "")
    )
    said = layout.format(d=ordinal(day.day), m=MONTHS[day.month - 1], y=year_words)
    found = matched_strings(DateOfBirthInWordsRecognizer(), f"I was born on {said}.")
    assert found == [said]


@settings(max_examples=60, deadline=None)
@given(
    st.integers(16, 99),
    st.sampled_from(["I'm {a} now.", "she's {a} and", "aged {a} when", "a {a}-year-old lad"]),
    st.booleans(),
)
def test_when_an_exact_age_is_said_then_only_the_number_is_found(
    age_recognizer, age, frame, in_words
):
    said = cardinal(age) if in_words else str(age)
    assert matched_strings(age_recognizer, frame.format(a=said)) == [said]


@settings(max_examples=60, deadline=None)
@given(
    st.integers(2, 99),
    st.sampled_from(["minutes", "weeks", "years", "days", "quid", "miles", "hours", "percent"]),
    st.sampled_from(["I'm {n} {u} in", "he was {n} {u} late", "she's {n} {u} away"]),
)
def test_when_a_number_counts_something_then_it_is_no_age(age_recognizer, number, unit, frame):
    assert matched_strings(age_recognizer, frame.format(n=number, u=unit)) == []
