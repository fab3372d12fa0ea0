"""Places, bases, units and postcodes the scrubber missed on the tuning corpora (issue #9,
places11), by how they are written: a district alone compared with a postcode said on the
line ("its the EX8 one not SP4"), a gas's code named as an area ("the CO2 area"), a
one-letter area after "near" ("near g84"), a married quarter's number ("2/89 Castle
Street"), a garrison's mess ("the Larkhill mess"), a town in a form's field ("Home town:
Paisley"), a town that is a noun in lower case after a strong cue ("back from hull"), the
Navy's name for Devonport ("Guz"), a listed unit's short title ("30 cdo ix gp") and a
signature block's ship line above its base line, a town line above its postcode, a
Guards battalion by its two letters in lower case ("1 ig"), a place abroad after a person's
age as the press writes it ("Ann Lee, 42, from Krakow") and a "Mount ..." street. What must
stay stays: a gas, a vitamin, a motorway, a dessert, a ship's hull, a month, a note's "re".
"""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


def _scrub(engine: ScrubEngine, text: str) -> str:
    (scrubbed,) = scrub_texts(engine, [text])
    return scrubbed


GONE = [
    ("postcode is S P nine, one E D, its the EX8 one not SP4 cheers", ["EX8", "SP4"]),
    ("She's in the CO2 area, so Colchester would suit.", ["CO2"]),
    ("i'm in the co2 area if that helps", ["co2"]),
    ("Mei Wong, of Pokhara (CO2), was known as Tiny", ["CO2"]),
    ("anyone near g84? need a lift", ["g84"]),
    ("Family are in a MQ at 2/89 Castle Street, near the gym.", ["2/89", "Castle Street"]),
    ("in a quarter at 1/102 fore street on hmnb devonport", ["1/102", "fore street"]),
    ("Cerys's leaving do is friday at the Warminster mess, a tenner a head", ["Warminster"]),
    ("priya's leaving do is friday at the lisburn mess", ["lisburn"]),
    ("Location: Stonehouse Barracks\nHome town: Paisley\nNHS No:", ["Paisley"]),
    ("back from hull now, six weeks away felt like forever", ["hull"]),
    ("moving back to hull to be near my mum", ["hull"]),
    ("Unit: 3 (UK) Div\nBase/Location: Guz\nStatus: serving", ["Guz"]),
    ("posted to 30 cdo ix gp now, tidworth garrison", ["30 cdo ix gp"]),
    ("Please pass to all members of 30 Cdo IX Gp: the welfare day", ["30 Cdo IX Gp"]),
    ("Ops Officer | HMS Duncan\nLeuchars Station\nMob: 07700", ["HMS Duncan", "Leuchars"]),
    ("Ms H. Tranter\n22b Harrier Road\nPaisley\nDL9 7UX\n\nDear Ms Tranter,", ["Paisley"]),
    ("living at flat 7, 30 st budeaux place salisbury iv312xl with my partner", ["salisbury"]),
    ("postcode is C O two, three Q Q, its the EX8 one not CO2 ta", ["EX8", "CO2"]),
    ("served with 1 ig then 845 nas", ["1 ig"]),
    ("20 armoured infantry brigade then 1 wg. britannia", ["1 wg"]),
    ("Trooper Folasade Oyelaran, 42, from Krakow, has been named", ["Krakow"]),
    ("Declan Keogh, of Krakow (GU14), was known as Geordie", ["Krakow"]),
    ("- married quarter at 111 Mount Pleasant - damp, I hope so.", ["111", "Pleasant"]),
]

KEPT = [
    ("a rise in CO2 levels this year", ["CO2"]),
    ("postcode SP9 7AB, and CO2 levels are up", ["CO2"]),
    ("rang at 1430 re the form, 2 re the claim", ["re the form", "re the claim"]),
    ("its the EX8 one not the other", ["EX8"]),
    ("low in B12 and iron, stuck near M4 again", ["B12", "M4"]),
    ("we had Eton mess for pudding", ["Eton mess"]),
    ("water in the hull of the ship", ["hull"]),
    ("born in march, in the 12/2024 intake", ["march", "12/2024"]),
]


@pytest.mark.parametrize(("text", "identifiers"), GONE)
def test_when_a_place_is_written_so_then_it_is_gone(
    engine: ScrubEngine, text: str, identifiers: list[str]
) -> None:
    scrubbed = _scrub(engine, text)
    assert [i for i in identifiers if i in scrubbed] == []


@pytest.mark.parametrize(("text", "words"), KEPT)
def test_when_a_word_only_looks_like_a_place_then_it_stays(
    engine: ScrubEngine, text: str, words: list[str]
) -> None:
    scrubbed = _scrub(engine, text)
    assert [w for w in words if w not in scrubbed] == []
