"""Issue #9 point 5 through the whole scrubber: towns from the wider lists (GeoNames' 500+
table, city districts, everyday names, towns abroad), units in short and spoken forms,
ships named bare, base abbreviations and addresses without a street's kind. Each table has
its other side: the ordinary words that only look like one stay."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.recognizers.uk.uk_town_recognizer import (
    MORE_TOWNS_FILES,
    all_shipped_towns,
    shipped_towns,
)
from sealflow.scrub.scrubber import scrub_texts


def _scrub(engine: ScrubEngine, text: str) -> str:
    (scrubbed,) = scrub_texts(engine, [text])
    return scrubbed


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # villages of GeoNames' 500+ table, city districts and everyday names
        ("I grew up in Great Ellingham, Norfolk.", ["Ellingham"]),
        ("My mum's from Inveraray.", ["Inveraray"]),
        ("I grew up in Govan and then Easterhouse.", ["Govan", "Easterhouse"]),
        ("We moved to Tunbridge Wells in 2010.", ["Tunbridge"]),
        ("She's from Lurgan, he's from Ardoyne.", ["Lurgan", "Ardoyne"]),
        ("we lived in Moss Side, then Wythenshawe", ["Moss Side", "Wythenshawe"]),
        ("i grew up in malvern", ["malvern"]),
        # in lower case with no cue, when the name is no ordinary word or person's name
        ("kettering was grim in the eighties", ["kettering"]),
        ("east kilbride is where my nan lives", ["kilbride"]),
        ("milton keynes, then newcastle upon tyne", ["milton", "keynes", "tyne"]),
        # towns abroad where UK forces serve or served
        ("We lived in Limassol for two years.", ["Limassol"]),
        ("Then we had Sangin and Musa Qala on Herrick.", ["Sangin", "Musa Qala"]),
        ("The kids were at school in Bad Lippspringe.", ["Lippspringe"]),
        ("We were in Stanley for a bit, then Goose Green.", ["Stanley", "Goose Green"]),
        ("He's from Drogheda and she grew up in Ballinasloe.", ["Drogheda", "Ballinasloe"]),
        ("He's from Pokhara, she's from Suva.", ["Pokhara", "Suva"]),
        ("She grew up in Cork.", ["Cork"]),
        # towns that are ordinary words, with a place cue and a capital
        ("She moved to Bath with the kids.", ["Bath"]),
        ("We were posted to Deal, near Dover.", ["Deal", "Dover"]),
        ("My nan lives in Stow and my aunt in Lizard.", ["Stow", "Lizard"]),
    ],
)  # fmt: skip
def test_when_a_town_is_named_then_it_goes(engine: ScrubEngine, text: str, gone: list[str]):
    scrubbed = _scrub(engine, text)
    for value in gone:
        assert value not in scrubbed, scrubbed
    assert "[LOCATION-1]" in scrubbed or "[BASE-1]" in scrubbed, scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "I had a bath, then a good deal of reading at the street market.",
        "There's no hope, we had to march and stow the kit in a quarter of the time.",
        "The lizard and the eagle, a heather ridge, it was steep.",
        "We went to Cyprus and Germany, then Kenya and Canada.",
        "Pull the cork, trim the wick and mallow in the swords of the tower.",
        "We went bowling, then docking and flushing the tanks was worth the effort.",
        "the dogs were barking, the hull was rusty and we had to bury the new inn sign.",
        "we walked a mile end to end along the south bank to the new inn.",
        "the churchill insurance is a slough of paperwork and the goring was bad.",
    ],
)
def test_when_a_town_only_looks_like_a_word_then_the_words_stay(engine: ScrubEngine, text):
    assert _scrub(engine, text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("He was with 2 RIFLES, then 1 R WELSH and 2 RGR.", ["RIFLES", "WELSH", "RGR"]),
        ("I served with 1 PARA and 3 RHA, then 21 Engr Regt.", ["PARA", "RHA", "Engr"]),
        ("I was at 7 Bde, then 16 Air Assault Bde and 3 Cdo Bde.", ["7 Bde", "Air", "Cdo"]),
        ("she moved to 4 Mech and then 1 Armd Div", ["Mech", "Armd"]),
        ("He was in 40 Cdo, later 45 Cdo.", ["40", "45"]),
        ("I was on II(AC) Sqn, then XV Sqn and 617 Sqn.", ["II(AC)", "XV", "617"]),
        ("the second battalion were sent to Iraq.", ["second battalion"]),
        ("2nd Battalion the Rifles, then 2 Bn and the 2nd Bn.", ["2nd", "2 Bn"]),
        ("I was in B Coy, then A Sqn.", ["B Coy", "A Sqn"]),
        ("Ark Royal was my first ship.", ["Ark", "Royal"]),
        ("I joined Illustrious, and then Northumberland.", ["Illustrious", "Northumberland"]),
        ("my first ship was Cumberland, then Cornwall.", ["Cumberland", "Cornwall"]),
        ("I served in Invincible down south.", ["Invincible"]),
        ("i served on the ark royal for two years", ["ark royal"]),
        ("He did two years on HMS Rothesay.", ["Rothesay"]),
        ("i was on hms argyll then the iron duke", ["argyll", "iron duke"]),
        ("we were on ark royal in 2003", ["ark royal"]),
        ("my last draft was Northumberland.", ["Northumberland"]),
        ("I was on 9 Squadron, 9 Sqn, IX(B) Sqn.", ["9", "IX", "(B)"]),
        ("i was in the light dragoons then the kings royal hussars", ["dragoons", "hussars"]),
        ("then 38 (Irish) Brigade and 160th (Welsh) Brigade", ["38", "Irish", "160th", "Welsh"]),
        ("we were part of the Iron Division, the Black Rats", ["Iron", "Black Rats"]),
        ("I was in the 9th/12th Lancers, then 2 LI and 1 RGJ.", ["9th", "12th", "LI", "RGJ"]),
        ("I was in the RAOC and then the RCT; he was in the Micks.", ["RAOC", "RCT", "Micks"]),
        ("I was on twenty-eight squadron, then seven regiment.", ["twenty-eight", "seven"]),
        ("posted to raf coningsby with 1 royal anglian at the time", ["1 royal", "anglian"]),
        # a battalion's number said in words before the regiment's short form
        ("I was with two para for six years.", ["two para"]),
        ("I joined three commando brigade in 2004.", ["three commando"]),
        ("I was in One Para, then sixteen air assault brigade.", ["One Para", "sixteen"]),
        ("one yorks then two mercian", ["one yorks", "two mercian"]),
        ("I was in two r welsh back then", ["two r welsh"]),
        ("I was on one-oh-one squadron at Brize.", ["one-oh-one"]),
        ("then two one six signal squadron", ["two one six"]),
        ("Six one seven squadron, the Dambusters.", ["Six one seven"]),
        ("I was in 16 Air Assault and the Duke of Lancaster's", ["16", "Lancaster"]),
    ],
)  # fmt: skip
def test_when_a_unit_or_ship_is_named_then_it_goes(engine: ScrubEngine, text, gone):
    scrubbed = _scrub(engine, text)
    for value in gone:
        assert value not in scrubbed, scrubbed
    assert "[UNIT-1]" in scrubbed, scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "I joined the Navy in 1990 and the Prince of Wales came to the passing out.",
        "The first thing I did was join up; the second was to get fit.",
        "We had two rifles, a para cord and three squadrons of mates.",
        "She was on the ocean, not on the tyne.",
        "we had 3 royal visits to the base and 2 royal weddings in the year",
        "two squadrons flew and one squadron stayed; three regiments and two brigades.",
        "we had two rifles between us and three scots lads on the gate",
        "there were two paras and one marine in the bar",
        "one or two squadrons flew; nine one one was the number",
        "we had one two three regiments of training to get through",
    ],
)
def test_when_words_only_look_like_a_unit_then_they_stay(engine: ScrubEngine, text):
    assert _scrub(engine, text) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("I did my training at CTCRM then HMNB Devonport.", ["CTCRM", "Devonport"]),
        ("Then HMNB Clyde and HMNB Portsmouth.", ["HMNB"]),
        ("I was at RNAS Yeovilton then RNAS Culdrose.", ["RNAS", "Yeovilton"]),
        ("I worked at DSTL Porton Down.", ["DSTL", "Porton"]),
        ("phase one at ATR Pirbright, phase two at ITC Catterick", ["ATR", "ITC"]),
        ("I went to AFC Harrogate at 16, then RMAS.", ["AFC", "RMAS"]),
        ("I was at RMB Chivenor and then BATUK and BATUS.", ["RMB", "BATUK", "BATUS"]),
        ("I was posted to MPA for four months.", ["MPA"]),
        ("then SEAE Cosford for the course", ["SEAE", "Cosford"]),
        ("phase 2 at ITC(C), then ATR (P) for a bit", ["ITC", "(C)", "(P)"]),
        ("I worked at the MDHU at Frimley Park.", ["MDHU"]),
    ],
)  # fmt: skip
def test_when_a_base_is_named_by_its_abbreviation_then_it_goes(engine: ScrubEngine, text, gone):
    scrubbed = _scrub(engine, text)
    for value in gone:
        assert value not in scrubbed, scrubbed
    assert "[BASE-1]" in scrubbed, scrubbed


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("We lived at Flat 2, 14 Acacia Road, Leeds.", ["Flat 2", "14", "Acacia"]),
        ("my address is flat 3, 22 willow crescent", ["flat 3", "22", "willow"]),
        ("14a Larch Close is our house.", ["14a", "Larch"]),
        ("We were in quarters at 12 Gun Lane, Tidworth.", ["12", "Gun Lane"]),
        ("Our SFA was 7 Marne Road.", ["7", "Marne"]),
        ("We moved to 27 Wellington, Larkhill.", ["27", "Wellington"]),
        ("send it to 3 Glebe, Amesbury", ["3 Glebe"]),
        ("we stayed at 8 the Crescent.", ["8", "Crescent"]),
        ("we got a quarter on Churchill Road.", ["Churchill Road"]),
        ("Unit 4, 22 Dock Road is where I work.", ["Unit 4", "Dock"]),
        ("I lived on a street called Coronation Terrace.", ["Coronation"]),
    ],
)  # fmt: skip
def test_when_an_address_is_written_then_it_goes(engine: ScrubEngine, text, gone):
    scrubbed = _scrub(engine, text)
    for value in gone:
        assert value not in scrubbed, scrubbed
    assert "[ADDRESS-1]" in scrubbed, scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "we moved to 3 Para in 2009, then I moved to 2 Rifles.",
        "we moved to 3 March, I think, and I'm at 40 a day now.",
        "I moved to 12 Engineer Brigade then to 4 Regiment.",
    ],
)
def test_when_a_number_and_a_name_are_no_address_then_no_address_is_found(
    engine: ScrubEngine, text
):
    assert "[ADDRESS" not in _scrub(engine, text)


def test_when_the_town_lists_are_read_then_each_adds_names_and_comments_are_skipped():
    geonames = shipped_towns()
    assert len(geonames) > 5000
    for path in MORE_TOWNS_FILES:
        names = shipped_towns(path)
        assert names, path
        assert not any(name.startswith("#") for name in names), path
        assert names - geonames, path
    assert all_shipped_towns() >= geonames
