"""A rota's or a handover board's initials name the people its other columns name in full
or surname first: "PRITCHARD L" is LP and "McCarthy, Seán" is SM, so their initials get
their placeholder; a first name written with its accents is a listed first name."""

from __future__ import annotations

import re

import pytest

from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.wordlists import NameList

PLACEHOLDER = re.compile(r"\[PERSON-\d+\]")


@pytest.mark.parametrize(
    ("text", "initials_line"),
    [
        ("Sat 17/10 | PRITCHARD L | Gnr Kowalski\nSwaps: LP/ PK on Tue", 1),
        ("Thu | McCarthy, Seán | 2 | A/L\nFri | CM / SM | 3 | S/L", 1),
        ("Mon | Okafor, Jane | Days\nHandover: all quiet. Handed over by JO", 1),
    ],
)
def test_when_a_rota_names_someone_in_full_then_their_initials_share_the_placeholder(
    engine, text, initials_line
):
    scrubbed = scrub_texts(engine, [text])[0].splitlines()
    named = PLACEHOLDER.findall(scrubbed[0])
    assert named, scrubbed
    assert named[0] in PLACEHOLDER.findall(scrubbed[initials_line]), scrubbed
    assert not re.search(r"\b(?:LP|SM|JO)\b", "\n".join(scrubbed)), scrubbed


def test_when_a_surname_first_name_has_accents_then_it_is_one_person(engine):
    scrubbed = scrub_texts(engine, ["Thu | McCarthy, Seán | 2 | A/L"])[0]
    assert scrubbed.count("[PERSON-") == 1 and "Seán" not in scrubbed, scrubbed


@pytest.mark.parametrize(
    ("key", "listed"),
    [("seán", True), ("sean", True), ("SEAN", False), ("séan", True), ("jo", False), (3, False)],
)
def test_when_a_name_is_looked_up_with_accents_then_the_list_folds_them(key, listed):
    assert (key in NameList({"sean"})) is listed
