"""Ships, bases, units and service addresses through the whole scrubber (issue #9 point 5):
a ship named with or without "HMS", a base by its name or its abbreviation, a unit by its
short or numbered form, a married quarter or flat; and the words that only look like them
("the ship", "a company of friends", "I'm at peace") stay."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.recognizers.forces.ship_names import ShipNames
from sealflow.scrub.recognizers.uk.uk_town_recognizer import names_a_dish
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import default_settings

PLACEHOLDER = re.compile(r"\[([A-Z_]+)-\d+\]")


@pytest.mark.parametrize(
    ("text", "gone", "types"),
    [
        # ships: any name after a prefix, bare listed names, lists of ships, lower case
        ("I was on Her Majesty's Ship Kent in 2010.", ["Majesty", "Kent"], ["UNIT"]),
        ("She was on HM Submarine Talent, the boat was cramped.", ["Talent"], ["UNIT"]),
        ("HMS Argyll's crew were great.", ["Argyll"], ["UNIT"]),
        ("I was on the Queen Elizabeth for her first deployment.", ["Queen", "Elizabeth"],
         ["UNIT"]),
        ("He served aboard Bulwark and Albion.", ["Bulwark", "Albion"], ["UNIT", "UNIT"]),
        ("i was on the sutherland then hms kent", ["sutherland", "kent"], ["UNIT", "UNIT"]),
        ("I served on the Cossack for two years.", ["Cossack"], ["UNIT"]),
        ("we were on hms quorn, not on the ocean", ["quorn"], ["UNIT"]),
        ("She joined RFA Tidespring, then RFA Wave Knight.", ["Tidespring", "Wave Knight"],
         ["UNIT", "UNIT"]),
        # shore establishments and bases
        ("I was at HMS Collingwood then HMS Sultan.", ["Collingwood", "Sultan"],
         ["BASE", "BASE"]),
        ("posted to Dalton Barracks, then Marlborough Lines", ["Dalton", "Marlborough"],
         ["BASE", "BASE"]),
        ("Sir John Moore Barracks was my first posting.", ["John", "Moore"], ["BASE"]),
        ("AACC Middle Wallop, then JHQ Rheindahlen.", ["AACC", "Wallop", "JHQ", "Rheindahlen"],
         ["BASE", "BASE"]),
        ("i was at atr winchester then itc catterick", ["atr", "winchester", "catterick"],
         ["BASE", "BASE"]),
        ("based at Camp Bastion, then Kandahar.", ["Bastion", "Kandahar"], ["BASE", "BASE"]),
        ("then SEAE Cosford and FOB Price", ["SEAE", "Cosford", "Price"], ["BASE", "BASE"]),
        # units: NATO company letters, ordinal battalions, the regiment's own name
        ("I was in Alpha Company, 1 Rifles, then CHF.", ["Alpha", "Rifles", "CHF"],
         ["UNIT", "UNIT", "UNIT"]),
        ("He was an ex-Chf Tech at Odiham.", ["Odiham"], ["BASE"]),
        ("second battalion, royal irish regiment", ["second", "irish"], ["UNIT"]),
        ("I was in the Rifles for six years.", ["Rifles"], ["UNIT"]),
        # addresses
        ("they're at 7 Sycamore Cl. now", ["Sycamore"], ["ADDRESS"]),
        ("we were in SFA at 23 Tedder Road, Tidworth", ["Tedder", "Tidworth"], ["ADDRESS"]),
        ("I live at Flat 3, 12 High Street.", ["Flat 3", "High"], ["ADDRESS"]),
        ("Address:\nThe Old Rectory\nChurch Road\nLlandeilo\nHe said yes.",
         ["Rectory", "Church", "Llandeilo"], ["ADDRESS"]),
        ("Address:\nFlat 2\nRose Court\n14 Mill Lane\nLeeds LS1 4AB",
         ["Rose", "Mill", "Leeds", "LS1"], ["ADDRESS", "POSTCODE"]),
        ("but it's 21 Gallowgate in Kirkwall.", ["Gallowgate", "Kirkwall"],
         ["ADDRESS", "LOCATION"]),
    ],
)  # fmt: skip
def test_when_a_ship_base_unit_or_address_is_named_then_it_is_replaced(
    engine: ScrubEngine, text, gone, types
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert value not in scrubbed, scrubbed
    assert PLACEHOLDER.findall(scrubbed) == types, scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "the ship was in port and the base was quiet, the barracks had no heating.",
        "I lived in the barracks, went to the base and back to the ship.",
        "we were a company of friends and i had a flight home",
        "We were a company of friends and I had a flight home.",
        "I'm at peace with it now, but we're at risk of losing the house.",
        "I'm at breaking point; I'm at uni now.",
        "I'm at 40 a day now and we're at 3 kids. Address: see above.",
        "it fell flat a few times and the battery went flat i think",
        "In 2014 Station Road flooded, and we ran 3 Broadway shows.",
        "Address:\nwe talked about it\nlater on",
        "the HM forces and HM Revenue wrote to me",
        "the boat was cramped and the ocean was rough; we sailed on exercise.",
        "we had two rifles between us and a para cord",
        "Welcome tea was Eton mess and Yorkshire tea; Devon cream tea in the NAAFI.",
    ],
)
def test_when_words_only_look_like_ships_bases_or_addresses_then_they_stay(
    engine: ScrubEngine, text
):
    (scrubbed,) = scrub_texts(engine, [text])
    assert scrubbed == text


_SHIP_NAME = st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(name=_SHIP_NAME, prefix=st.sampled_from(["HMS", "RFA", "Her Majesty's Ship", "hms"]))
def test_when_any_name_follows_a_ship_prefix_then_no_letter_of_it_is_left(
    engine: ScrubEngine, name, prefix
):
    if prefix == "hms":
        name = name.lower()
    (scrubbed,) = scrub_texts(engine, [f"I served two years on {prefix} {name} as a stoker."])
    assert name not in scrubbed, scrubbed
    assert scrubbed.startswith("I served two years on [") and scrubbed.endswith(" as a stoker.")


def test_when_the_fleet_list_is_read_then_ship_words_and_shore_names_are_in_it():
    gazetteer = default_settings()
    ships = set(gazetteer.gazetteer_list("ships"))
    words = set(gazetteer.gazetteer_list("ships_that_are_words"))
    shore = gazetteer.gazetteer_list("shore_establishments")
    assert len(ships) >= 200 and words <= ships and "Collingwood" in shore


@pytest.mark.parametrize(
    ("value", "shore"),
    [("HMS Collingwood", True), ("HMS Flying Fox", True), ("HMS Kent", False),
     ("Collingwood", False)],
)  # fmt: skip
def test_when_hms_names_a_shore_establishment_then_it_is_told_apart_from_a_ship(value, shore):
    ships = ShipNames.build(["Kent"], [], ["Collingwood", "Flying Fox"])
    assert ships.is_shore_establishment(value) is shore


@pytest.mark.parametrize(
    ("text", "start", "end", "dish"),
    [("Devon cream tea was the best", 0, 5, True), ("arbroath smokie in the kitchen", 0, 15, True),
     ("an Eton mess", 3, 7, True), ("Yorkshire tea", 0, 9, True), ("Jane tea", 0, 4, False),
     ("Devon said so", 0, 5, False)],
)  # fmt: skip
def test_when_a_place_stands_before_a_dish_then_it_is_no_name(text, start, end, dish):
    assert names_a_dish(text, start, end) is dish
