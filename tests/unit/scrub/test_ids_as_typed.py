"""NI, NHS and service numbers, postcodes and units as people type and say them (issue #9,
point 4; the dev5 corpus): odd spacing, lower case, dashes and dots, letters said one by one,
"oh" and "double", a number over a line. Each row runs the whole scrub engine: the
identifying characters must be gone, and the decoys said the same ways (sums, counts, years,
times, references, ordinary words) must stay.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.recognizers.base import matched_strings
from sealflow.scrub.recognizers.uk.spelt_out_id_recognizer import (
    POSTCODE_AREAS,
    SpeltOutIdRecognizer,
)
from sealflow.scrub.recognizers.uk.uk_nhs_recognizer import UkNhsRecognizer
from sealflow.scrub.scrubber import scrub_texts

# (text, parts that must be gone)
FOUND = [
    # NI numbers: run together, in pairs, grouped 5 + 4, dashes, dots, spaced letter by letter
    ("NI: W B 4 7 4 9 9 9 D, if that helps.", ["W B 4 7 4 9 9 9 D"]),
    ("ni number p w 0 3 9 7 1 0 b\nback in 2009", ["p w 0 3 9 7 1 0 b"]),
    ("NI number LM842 871A. It was", ["LM842 871A"]),
    ("my national insurance is jk489 270d if that helps", ["jk489", "270d"]),
    ("NI no NR-12-34-56-A", ["NR-12-34-56-A"]),
    ("nino: nr.12.34.56.a", ["nr.12.34.56.a"]),
    ("JT 48 21 93 C", ["48 21 93"]),
    ("my NI number is J T four eight two one nine three C, thanks", ["four eight two one"]),
    ("ni is jt four eight, two one, nine three c", ["jt four", "nine three c"]),
    ("national insurance: Juliet Tango four eight, two one, nine three, Charlie", ["Juliet"]),
    # NHS numbers in any grouping after a cue, with a valid check digit
    ("NHS: 150 7886 780. Our eldest", ["150 7886 780"]),
    ("my NHS no is 50 2946 0659, if that helps", ["50 2946 0659"]),
    ("nhs 411 5849 096 abena he's the funny one", ["411 5849 096"]),
    ("NHS number 943-4765-919", ["943-4765-919"]),
    # postcodes typed oddly, over a line, and said letter by letter
    ("It's flat 1, 20 the Crescent, SP9  2EP.", ["SP9", "2EP"]),
    ("postcode's ox18  9lr if u're sending anything", ["ox18", "9lr"]),
    ("Lowestoft, SP22\n1GE; the family", ["SP22", "1GE"]),
    ("Postcode's S seven zero six T P, that's the new place.", ["S seven zero six T P"]),
    ("postcode's o x one eight nine q j", ["o x one eight nine q j"]),
    ("postcode is sp nine seven ab", ["sp nine seven ab"]),
    ("It's flat 3, 3 Dunkirk House, S P nine nine H U.", ["S P nine nine H U"]),
    ("it's Sierra Papa nine seven Alpha Bravo", ["Sierra Papa", "Alpha Bravo"]),
    ("postcode S W one A, two A A", ["S W one A, two A A"]),
    ("postcode: D L nine one double E", ["D L nine one double E"]),
    # service numbers: grouped oddly, after "me number", said in words
    ("I still know me number, 5589 04. You know", ["5589 04"]),
    ("My number, army number, 58 273 1.", ["58 273 1"]),
    ("service number was 52 649 4", ["52 649 4"]),
    ("i still know me number 592809 the phone bill was massive", ["592809"]),
    ("I still know me number, five one six, three one two, you never forget it", ["five one six"]),
    ("I still know me number, five two zero six one eight.", ["five two zero six one eight"]),
    # units with their article, and the Gurkha units by their everyday names
    ("We were attached to the 3rd Squadron for the tour.", ["the 3rd Squadron"]),
    ("I was with the Royal Anglian.", ["the Royal Anglian"]),
    ("my grandad was the gurkha signals as well", ["the gurkha signals"]),
    ("Did my time with the Gurkha Signals, then Brize.", ["the Gurkha Signals"]),
]

# (text, parts that must stay)
KEPT = [
    ("sort code is 20 45 77, acc no 41 23 45 67", ["sort code is ", "acc no "]),
    ("he had a C 123456 T number", ["had a C"]),
    ("we walked 12 345 6 steps on the day", ["12 345 6 steps"]),
    ("he paid 150 7886 780 in the end", ["paid"]),
    ("plan B, two of us, a one-off and a B and B", ["plan B, two of us, a one-off and a B and B"]),
    ("we had A B one two C D on the form", ["A B one two C D"]),
    ("I was a one nine eight five kid", ["a one nine eight five kid"]),
    ("i was at it so we met up at four and had a go on it at nine", ["at four", "at nine"]),
    ("we met at four eight two one nine three", ["at four eight"]),
    ("the A303 and the M4 were shut at 0600, 7pm", ["A303", "M4", "0600", "7pm"]),
    ("Forty quid a week, £200 a month, 22 years, 3 tours", ["Forty quid", "£200", "22 years"]),
    ("in 2019 2020 we did 12 days and 3 years in the regiment", ["2019 2020", "the regiment"]),
    ("I was on the Illustrious, then the rifles range", ["on the", "the rifles range"]),
    ("version 2.1 of form A1, ref 123 456 7890", ["version 2.1 of form A1"]),
]


@pytest.mark.parametrize(("text", "gone"), FOUND, ids=[t[:40] for t, _ in FOUND])
def test_when_an_identifier_is_typed_or_said_oddly_then_it_is_gone(
    engine: ScrubEngine, text: str, gone: list[str]
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    for part in gone:
        assert part not in scrubbed, scrubbed


@pytest.mark.parametrize(("text", "kept"), KEPT, ids=[t[:40] for t, _ in KEPT])
def test_when_numbers_and_letters_only_look_like_identifiers_then_they_stay(
    engine: ScrubEngine, text: str, kept: list[str]
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    for part in kept:
        assert part in scrubbed, scrubbed
    assert not re.search(r"\[(?:NI|NHS|POSTCODE|SERVICE_NO)", scrubbed), scrubbed


_DIGIT_SAID = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def _with_check_digit(digits: list[int]) -> str | None:
    check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
    check = 0 if check == 11 else check
    return None if check == 10 else "".join(map(str, digits)) + str(check)


@given(
    st.lists(st.integers(0, 9), min_size=9, max_size=9),
    st.lists(st.integers(1, 4), min_size=2, max_size=5),
    st.sampled_from([" ", "-", "."]),
)
def test_when_a_valid_nhs_number_is_grouped_any_way_after_a_cue_then_it_is_found(
    digits: list[int], sizes: list[int], separator: str
) -> None:
    number = _with_check_digit(digits)
    assume(number is not None and sum(sizes) >= 10)
    assert number is not None
    groups, rest = [], number
    for size in sizes:
        if rest:
            groups.append(rest[:size])
            rest = rest[size:]
    groups[-1] += rest
    assume(len(groups[-1]) <= 4)
    written = separator.join(groups)
    found = matched_strings(UkNhsRecognizer(), f"my NHS no is {written}, if that helps")
    assert found == [written]


@given(
    st.sampled_from(sorted(POSTCODE_AREAS)),
    st.integers(1, 9),
    st.integers(0, 9),
    st.text(alphabet=_INWARD_LETTERS, min_size=2, max_size=2),
)
def test_when_a_postcode_is_said_letter_by_letter_then_all_of_it_is_found(
    area: str, district: int, sector: int, unit: str
) -> None:
    said = " ".join(
        [*area, _DIGIT_SAID[district], _DIGIT_SAID[sector], *unit]
    )  # "S P nine seven A B"
    found = matched_strings(SpeltOutIdRecognizer(), f"Postcode's {said}, that's the new place")
    assert found == [said]


@pytest.mark.parametrize(
    "text",
    [
        "Padraig: So, NI: T A 0 1 7 2 7 4 C.\nDelroy: I've got Dil written down.",
        "Rose: It's flat 8, 12 Dunkirk House, P L one seven Q T.\nSunita: I've got it.",
    ],
)
def test_when_a_speaker_label_follows_a_spelt_out_id_then_the_label_keeps_its_own_name(
    engine: ScrubEngine, text: str
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    second_line = scrubbed.split("\n")[1]
    assert re.match(r"\[PERSON-\d+\]: I've got", second_line), scrubbed
