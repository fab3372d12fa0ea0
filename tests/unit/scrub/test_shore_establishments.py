"""Shore establishments and air stations through the whole scrubber (issue #9 point 5): "HMS
Sultan" in any case and spelling ("hms sultan", "H.M.S. Sultan"), a second one after the
first ("hms collingwood, then hms raleigh" lost the second), "the Sultan" after a sailor's
cue, RNAS and HMNB names; the whole span goes (no "hms" beside a placeholder, no
"[PERSON-n] sultan"), while the same words as ordinary words, birds or titles stay."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.recognizers.forces.ship_names import ShipNames
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import default_settings

PLACEHOLDER = re.compile(r"\[([A-Z_]+)-\d+\]")
_PREFIX_LEFT = re.compile(r"(?i:\b(?:hms|h\.m\.s\.?|rnas|hmnb)[ \t]*\[)")


@pytest.mark.parametrize(
    ("text", "gone", "types"),
    [
        ("I did my training at hms sultan and then went to sea.", ["hms", "sultan"], ["BASE"]),
        ("Then I was at HMS Sultan for my course.", ["HMS", "Sultan"], ["BASE"]),
        ("i was at H.M.S. Sultan for a year", ["H.M.S.", "Sultan"], ["BASE"]),
        ("we were at hms collingwood, then hms raleigh", ["collingwood", "raleigh"],
         ["BASE", "BASE"]),
        ("trained at hms nelson, then hms drake", ["nelson", "drake"], ["BASE", "BASE"]),
        ("I was at hms temeraire, then hms seahawk, then hms heron",
         ["temeraire", "seahawk", "heron"], ["BASE", "BASE", "BASE"]),
        ("after that I went to hms king alfred and hms flying fox",
         ["king alfred", "flying fox"], ["BASE", "BASE"]),
        ("we were at HMS Collingwood then HMS Kent", ["Collingwood", "Kent"],
         ["BASE", "UNIT"]),
        ("she joined hms president on the reserve list", ["president"], ["BASE"]),
        ("I was drafted to hms neptune on the clyde", ["neptune"], ["BASE"]),
        ("I was at RNAS Culdrose and then rnas yeovilton.", ["Culdrose", "yeovilton"],
         ["BASE", "BASE"]),
        ("posted to HMNB Clyde then hmnb devonport", ["Clyde", "devonport"], ["BASE", "BASE"]),
        # seed 52's miss: the first establishment typed the shape's next match a base
        ("mostly at hms raleigh. we do shifts at hms sultan, so", ["raleigh", "sultan"],
         ["BASE", "BASE"]),
        ("i was at hms\nsultan for a year, then hms\ncollingwood.", ["sultan", "collingwood"],
         ["BASE", "BASE"]),
        # the name ends at the listed name or before a possessive, never running on
        ("hms sultan's galley was good", ["sultan"], ["BASE"]),
        ("an hms sultan course and HMS Sultan's wardroom", ["sultan", "Sultan"],
         ["BASE", "BASE"]),
        # multi-word prefixes of stations and naval bases, in any case
        ("at Royal Naval Air Station Culdrose for two years", ["Royal", "Station", "Culdrose"],
         ["BASE"]),
        ("at royal naval air station yeovilton for two years", ["royal", "station", "yeovilton"],
         ["BASE"]),
        ("at hm naval base clyde and HM Naval Base Portsmouth", ["hm", "clyde", "Portsmouth"],
         ["BASE", "BASE"]),
        ("Her Majesty's Naval Base Devonport was home", ["Majesty", "Devonport"], ["BASE"]),
        ("in r.n.a.s. culdrose", ["r.n.a.s.", "culdrose"], ["BASE"]),
        # an overseas command in lower case (the demo's "british forces brunei" lowered)
        ("we do 12 hour shifts at british forces brunei, so", ["british", "brunei"], ["BASE"]),
        ("posted from british forces cyprus to Kiwi Barracks", ["cyprus", "Kiwi"],
         ["BASE", "BASE"]),
        # "the X" and the bare name after a cue
        ("I did basic at hms raleigh, then phase two at the sultan", ["raleigh", "sultan"],
         ["BASE", "BASE"]),
        ("I did phase two at the Sultan, then drafted to Collingwood.", ["Sultan", "Collingwood"],
         ["BASE", "BASE"]),
        ("I was at Sultan for two years, then two years at Raleigh.", ["Sultan", "Raleigh"],
         ["BASE", "BASE"]),
        ("trained at the Excellent, then posted to the President", ["Excellent", "President"],
         ["BASE", "BASE"]),
        ("he was an instructor at the dryad for a bit", ["dryad"], ["BASE"]),
    ],
)  # fmt: skip
def test_when_a_shore_establishment_is_named_then_its_whole_span_is_replaced(
    engine: ScrubEngine, text, gone, types
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert not re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", scrubbed), scrubbed
    assert not _PREFIX_LEFT.search(scrubbed), scrubbed
    assert PLACEHOLDER.findall(scrubbed) == types, scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "the food was excellent and the drake on the pond was loud",
        "the president of the club said hello",
        "the president said the training was excellent.",
        "trained at the excellent new school in town",
        "the Sultan of Brunei visited once",
        "a heron and a cormorant by the forward hatch",
        "we went forward; it was vivid, a wildfire of a year",
        "the sultan was a good man in the story",
        "the british forces were great and british forces broadcasting too",
    ],
)
def test_when_shore_names_are_ordinary_words_without_a_cue_then_they_stay(
    engine: ScrubEngine, text
):
    (scrubbed,) = scrub_texts(engine, [text])
    assert scrubbed == text


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("phase two at the sultan", ["sultan"]),
        ("two years at Collingwood", ["Collingwood"]),
        ("posted to the Excellent", ["Excellent"]),
        ("posted to the excellent unit", []),
        ("trained at the Sultan Mosque", []),
        ("time at the nelson pub", []),
        ("i was at nelson block, room 335", []),
        ("was at collingwood lines", []),
        ("the Sultan was there", []),
        ("at the sultan", []),
    ],
)
def test_when_a_listed_shore_name_follows_a_cue_then_it_is_found_unless_an_ordinary_word(
    text, found
):
    ships = ShipNames.build(["Kent"], [], ["Sultan", "Collingwood", "Excellent", "Nelson"],
                            ["Excellent"])  # fmt: skip
    assert [text[s:e] for s, e in ships.find_shore(text)] == found


def test_when_the_shore_lists_are_read_then_every_word_name_is_a_listed_establishment():
    gazetteer = default_settings()
    shore = set(gazetteer.gazetteer_list("shore_establishments"))
    words = set(gazetteer.gazetteer_list("shore_establishments_that_are_words"))
    assert {"Sultan", "Seahawk", "Heron", "Excalibur", "King Alfred"} <= shore
    assert words and words <= shore


_SHORE = sorted(default_settings().gazetteer_list("shore_establishments"))


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=st.sampled_from(_SHORE), prefix=st.sampled_from(["HMS", "hms", "H.M.S."]))
def test_when_a_listed_establishment_follows_hms_then_it_is_one_base_and_nothing_is_left(
    engine: ScrubEngine, name, prefix
):
    written = name.lower() if prefix == "hms" else name
    (scrubbed,) = scrub_texts(engine, [f"I did two years at {prefix} {written} as a stoker."])
    assert scrubbed == "I did two years at [BASE-1] as a stoker.", scrubbed
