"""Military and UK vocabulary: unit short forms, base abbreviations, garrison towns,
e-mails written out in words; and the words that must stay (greetings, ordinary-word
names without a cue, product names, "mod" inside an address)."""

from __future__ import annotations

import re

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import default_settings


@pytest.mark.parametrize(
    ("text", "gone", "placeholders"),
    [
        ("I was with 1 R WELSH and then 2 RIFLES, 2 RGR, 3 PARA.",
         ["WELSH", "RIFLES", "RGR", "PARA"], ["[UNIT-1]", "[UNIT-2]", "[UNIT-3]", "[UNIT-4]"]),
        ("Basic at CTCRM Lympstone, then RMAS.", ["CTCRM", "Lympstone", "RMAS"],
         ["[BASE-1]", "[BASE-2]"]),
        ("We moved from Colchester to Hereford, then Tidworth.",
         ["Colchester", "Hereford", "Tidworth"], ["[BASE-1]", "[BASE-2]", "[BASE-3]"]),
        ("Email j dot smith at mod dot uk, or sam underscore lee at hotmail dot co dot uk.",
         ["smith", "mod", "lee"], ["[EMAIL-1]", "[EMAIL-2]"]),
    ],
)  # fmt: skip
def test_when_military_or_uk_vocabulary_names_a_place_then_it_is_replaced_whole(
    engine: ScrubEngine, text, gone, placeholders
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert value not in scrubbed, scrubbed
    assert re.findall(r"\[[A-Z]+-\d+\]", scrubbed) == placeholders, scrubbed


def test_when_a_base_abbreviation_stands_before_its_place_then_none_is_left_beside_it(
    engine: ScrubEngine,
):
    (scrubbed,) = scrub_texts(engine, ["I did basic at CTCRM Lympstone and loved it."])
    assert scrubbed == "I did basic at [BASE-1] and loved it."


@pytest.mark.parametrize(
    "text",
    [
        "Thanks for having me. Cheers.",
        "Interviewer: Thanks for coming in.\nParticipant: Thanks. It was fine.",
        "I had to pay the bill and frank words were said; will you mark it?",
        # "Frank said ..." is a name by its verb (issue #9 point 1): see test_person_forms.py
        "To be frank, it was fine. Will you mark it? Bill it to the unit.",
        "I used Togetherall and Headspace, JPA for leave, and Strava.",
        "The MOD paid; the mod was slow; we had two rifles between us.",
    ],
)
def test_when_words_only_look_like_identifiers_then_they_stay(engine: ScrubEngine, text):
    (scrubbed,) = scrub_texts(engine, [text])
    assert scrubbed == text


@pytest.mark.parametrize("key", ["unit_short_forms", "base_abbreviations", "garrison_towns"])
def test_when_the_gazetteer_is_read_then_each_vocabulary_list_is_there(key):
    assert len(default_settings().gazetteer_list(key)) >= 20


def test_when_a_rare_name_opens_a_sentence_then_it_is_still_a_name(engine: ScrubEngine):
    (scrubbed,) = scrub_texts(engine, ["Aditi said it was fine. Hughes agreed."])
    assert "Aditi" not in scrubbed and "Hughes" not in scrubbed


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("i spoke to nurse o'connor at the med centre.", ["connor"], ["i spoke to", "med centre"]),
        ("it was ten o'clock and I'm fine, d'you know.", [], ["o'clock", "I'm", "d'you"]),
    ],
)
def test_when_a_name_has_an_apostrophe_prefix_then_it_goes_whole(
    engine: ScrubEngine, text, gone, kept
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert value not in scrubbed, scrubbed
    for value in kept:
        assert value in scrubbed, scrubbed
    assert "o'[" not in scrubbed
