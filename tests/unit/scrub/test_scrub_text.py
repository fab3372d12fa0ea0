"""Detection and replacement on plain text: placeholders, consistency, what must stay."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "must_go", "must_stay"),
    [
        (
            "I reported it to Sgt Okafor on Monday; later okafor rang from 07700 900123.",
            ["Okafor", "okafor", "07700 900123"],
            ["Monday", "reported"],
        ),
        (
            "Flt Lt Khan said the MOD and the NHS took 12 days in March to reply.",
            ["Khan"],
            ["MOD", "NHS", "12 days", "March"],
        ),
        (
            "My NI is ab 12 34 56 c, NHS 943 476 5919, postcode SP9 7AB, DOB 12/03/1985.",
            ["ab 12 34 56 c", "943 476 5919", "SP9 7AB", "12/03/1985"],
            ["My NI is", "postcode"],
        ),
        (
            "Block 5, Room 335, Somme Lines is damp; email j.doe@example.org or 25012345.",
            ["Somme Lines", "Room 335", "j.doe@example.org", "25012345"],
            ["is damp"],
        ),
        (
            "posted to RAF Lossiemouth with 3 Rifles, then HMS Dauntless for 3 years.",
            ["Lossiemouth", "3 Rifles", "Dauntless"],
            ["3 years", "posted to"],
        ),
        (
            "We used Microsoft Teams on Tuesday and Wednesday in the Army.",
            [],
            ["Teams", "Tuesday", "Wednesday", "the Army"],
        ),
    ],
)
def test_when_text_has_identifiers_then_they_go_and_ordinary_words_stay(
    engine: ScrubEngine, text, must_go, must_stay
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in must_go:
        assert value not in scrubbed
    for value in must_stay:
        assert value in scrubbed


def test_when_a_name_recurs_in_any_case_then_the_same_placeholder_is_used(engine: ScrubEngine):
    (scrubbed,) = scrub_texts(
        engine,
        ["Cpl Adeyemi helped. Later ADEYEMI and adeyemi called; Priya Shah too, then Priya."],
    )
    assert "adeyemi" not in scrubbed.lower()
    placeholders = re.findall(r"\[PERSON-(\d+)\]", scrubbed)
    assert placeholders[:3] == ["1", "1", "1"]
    assert set(placeholders[3:]) == {"2"}


def test_when_plain_style_then_placeholders_carry_no_number(engine: ScrubEngine):
    plain = replace(engine, settings=replace(engine.settings, placeholder_style="plain"))
    (scrubbed,) = scrub_texts(plain, ["Sgt Okafor and Cpl Mensah rang 07700 900123"])
    assert scrubbed == "[PERSON] and [PERSON] rang [PHONE]"


def test_when_documents_are_separate_then_numbering_restarts(engine: ScrubEngine):
    first, second = scrub_texts(engine, ["Sgt Okafor called.", "Cpl Mensah called."])
    assert first == "[PERSON-1] called." and second == "[PERSON-1] called."


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, Tuesday and Friday in January, May and June we met.",
        "It took 12 days, 3 years and two weeks; about 40 people came at 09:30.",
        "",
        "   ",
    ],
)
def test_when_text_has_no_identifier_then_it_is_unchanged(engine: ScrubEngine, text):
    assert scrub_texts(engine, [text]) == [text]
