"""Exact ages beside a found person said in words or hedged ("Jone (eight)", "Freya is ten",
"Mr Rokodi (54ish)", "Capt Nair, about 35 –"), and the next child of a list of ages
("Eldest just turned 7, youngest 1."): development corpora 12 and 14 left 329 such ages
standing. Numbers that are no one's age stay: "Dave's one and only", "is two minutes late",
"three of us", "the youngest lad"."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("I've got two kids, Jone (eight) and Gary (1), so evenings are hard.", "eight"),
        ("Our Viliame (ten) drew a picture of the group leader.", "ten"),
        ("Eilidh's nine now so she understands when I'm away.", "nine"),
        ("wife 31, little one Freya is ten", "ten"),
        ("Boss is Capt Jaspreet Nair, about 35 – 'proper old school'.", "35"),
        ("Husband Mr Sakiusa Rokodi (54ish), works at the school on camp.", "54"),
        ("Eldest just turned 7, youngest 1.", "1"),
        ("Eldest just turned ten, youngest nine.", "nine"),
        ("wife 31, eldest 9, little one 4.", "4"),
        ("and our eldest freddie is nearly fifteen um its fine", "fifteen"),
        ("my daughter ruby is only three so she wont remember", "three"),
    ],
)
def test_when_an_age_stands_beside_a_person_then_it_goes(
    engine: ScrubEngine, text: str, age: str
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    assert f" {age}" not in scrubbed and f"({age}" not in scrubbed, scrubbed
    assert "[AGE-" in scrubbed, scrubbed


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Dave Mensah's one and only car was a Fiesta.", "one and only"),
        ("Sarah Jones is two minutes late again.", "two minutes"),
        ("Sam Okafor is three of us on the course.", "three of us"),
        ("Goals from Joseph Cross and from Bilal Hussain (one).", "(one)"),
        ("my son bill is 5 minutes away and my boss sarah is 12 hours on shift", "12 hours"),
        ("Sorted, and the youngest lad in the section was there.", "youngest lad"),
        ("and youngest 3 times in a row, the scores went up.", "youngest 3 times"),
    ],
)
def test_when_a_number_is_no_ones_age_then_it_stays(
    engine: ScrubEngine, text: str, kept: str
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    assert kept in scrubbed, scrubbed
