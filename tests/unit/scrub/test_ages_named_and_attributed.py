"""Exact ages, round 12: a named person's age said plainly, and a quotation's attribution.

- "Name is N" ending its clause, the name a listed one, a child's age included ("Tariq is
  six, he started school", "Bronwen is ten now", "Kofi is 4 she says"): the older
  ``name_is`` pattern takes any capitalised word and so only ages from 12;
- an attribution in brackets that ends in an age ("(Hamid Rahimi, civilian, 47)", "(WB-107,
  Cpl. Ansah, REME, 29)"), as report drafts and quote banks write them.

Examples written for this work, in no corpus's words. Counts, sizes, times and scores beside
the same words stay.
"""

from __future__ import annotations

import pytest
from age_edits import ages_gone

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts

# (text, the ages that go)
FOUND = [
    ("Tariq is six, he started school in September.", ["six"]),
    ("Bronwen is ten now and plays netball.", ["ten"]),
    ("honestly Kofi is 4 she says he needs a place at nursery", ["4"]),
    ("Our Freya is nine. She misses her dad.", ["nine"]),
    ("Lorcan is three and into everything", ["three"]),
    ('"Nobody asked how I was." (Hamid Rahimi, civilian, 47)', ["47"]),
    ("(WB-107, Cpl. Ansah, REME, 29)", ["29"]),
    ("quote 4 (Marianne Doyle, EO, HR, 52) - use in chapter 3", ["52"]),
]
# Numbers beside the same words that are no one's age.
KEPT = [
    "Tariq is 6 foot 2 and Bronwen is 20 minutes away.",
    "Kofi is 3 miles from the gate; Freya is 2 pints down.",
    "Section 4 is 12, the rest is 3 and Room 6 is 2.",
    "(Table 2, row 4, 17)",
    "(pages 12, 14, 16)",
    "the score is 3, the queue is 2 now",
]


@pytest.mark.parametrize(("text", "ages"), FOUND)
def test_when_a_named_person_s_age_is_said_so_then_exactly_it_goes(
    engine: ScrubEngine, text: str, ages: list[str]
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    assert sorted(ages_gone(scrubbed, text)) == sorted(ages)


@pytest.mark.parametrize("text", KEPT)
def test_when_a_number_beside_a_name_is_no_age_then_no_age_goes(
    engine: ScrubEngine, text: str
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    assert "[AGE" not in scrubbed, scrubbed
