"""Addresses, bases, units and home towns through the whole scrubber: each goes whole, with
one placeholder, and the ordinary words that only look like places stay."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.recognizers.uk.uk_town_recognizer import all_shipped_towns
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import default_settings


@pytest.mark.parametrize(
    ("text", "gone", "placeholders"),
    [
        ("I live at 12a Heol y Nant, Cardiff now.", ["Heol", "Nant", "Cardiff"], ["[ADDRESS-1]"]),
        ("Address: Flat 3/2, 45 Dumbarton Road, Glasgow", ["3/2", "Dumbarton", "Glasgow"],
         ["[ADDRESS-1]"]),
        ("She moved into Rose Cottage, Mill Lane.", ["Rose", "Mill"], ["[ADDRESS-1]"]),
        ("Mum still lives at The Old Forge, Peterhead, postcode AB42 1AA.",
         ["Forge", "Peterhead", "AB42"], ["[ADDRESS-1]", "[POSTCODE-1]"]),
        ("Team\nTigh na Mara, Kestrel Way\nPontypridd\nCF37 1AA", ["Mara", "Kestrel", "Pontypridd"],
         ["[ADDRESS-1]", "[POSTCODE-1]"]),
        ("i grew up in kettering, then Merthyr Tydfil.", ["kettering", "Merthyr"],
         ["[LOCATION-1]", "[LOCATION-2]"]),
        ("I was in 3rd (UK) Division, then No. 1 Squadron and 845 NAS.",
         ["3rd", "UK", "No. 1", "845"], ["[UNIT-1]", "[UNIT-2]", "[UNIT-3]"]),
        ("He joined the Light Dragoons, then the King's Royal Hussars.",
         ["Light", "Hussars"], ["[UNIT-1]", "[UNIT-2]"]),
        ("Forty Commando, then I was on the Illustrious.", ["Forty", "Illustrious"],
         ["[UNIT-1]", "[UNIT-2]"]),
        ("Unit: HMS Lancaster\nAddress: 4 Mill Lane", ["Lancaster", "Mill"],
         ["[UNIT-1]", "[ADDRESS-1]"]),
        ("I grew up in Little Snoring; she lives near Upper Dicker.", ["Snoring", "Dicker"],
         ["[LOCATION-1]", "[LOCATION-2]"]),
        ("i was at ctcrm then rmas, then mod lyneham.", ["ctcrm", "rmas", "lyneham", "mod"],
         ["[BASE-1]", "[BASE-2]", "[BASE-3]"]),
    ],
)  # fmt: skip
def test_when_a_place_is_named_then_it_is_replaced_whole(
    engine: ScrubEngine, text, gone, placeholders
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert value not in scrubbed, scrubbed
    assert re.findall(r"\[[A-Z]+-\d+\]", scrubbed) == placeholders, scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "I went to the barracks, the base, the ship, the regiment and the unit.",
        "We moved to Germany, then Cyprus; my family live in Yorkshire.",
        "The mod is awful, my mod cons and camp beds; MOD policy said no.",
        "I used Togetherall and Headspace, JPA for leave, Teams for calls.",
        "We had Brighton rock and a Bath bun, then I was reading about rugby.",
        "He lives at home and moved to nights; the flat was damp for 4 weeks.",
        "Reading the letter helped; I had a bath and a street map.",
        "I did two tours and had three squadrons of mates and two rifles.",
        "12 September 2026\n\nDear Sir,\nThe Army and the Royal Navy and the RAF wrote.",
    ],
)
def test_when_words_only_look_like_places_then_they_stay(engine: ScrubEngine, text):
    (scrubbed,) = scrub_texts(engine, [text])
    assert scrubbed == text


_WORDS = default_settings().wordlists()
_TOWNS_THAT_ARE_WORDS = {
    w.lower() for w in default_settings().gazetteer_list("towns_that_are_words")
}
_TOWNS = sorted(
    town
    for town in all_shipped_towns()
    if len(town) >= 4
    and not _WORDS.is_listed_name(town.lower())
    and town.lower() not in _TOWNS_THAT_ARE_WORDS
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(town=st.sampled_from(_TOWNS))
def test_when_someone_says_where_they_grew_up_then_no_word_of_the_town_is_left(
    engine: ScrubEngine, town: str
):
    (scrubbed,) = scrub_texts(engine, [f"I grew up in {town} and still go back."])
    assert scrubbed.startswith("I grew up in [") and scrubbed.endswith("and still go back."), (
        scrubbed
    )
