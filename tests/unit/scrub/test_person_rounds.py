"""One placeholder per person, third round (issue 9 point 2): a lower-case first name that is
an ordinary word between a rank and a surname, initials and misspellings of a found name,
names a recognizer ran across a line into a label, and different people kept apart."""

from __future__ import annotations

import re

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.name_edges import name_before
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import default_settings

WORDS = default_settings().wordlists()


def people_in(scrubbed: str) -> set[str]:
    return set(re.findall(r"\[PERSON-\d+\]", scrubbed))


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # a first name that is an ordinary word on no name list, then a listed surname
        ("we heard lcpl mei okafor was posted north", ["mei", "okafor"], ["posted"]),
        ("i asked cpl hope mensah about the rota", ["hope", "mensah"], ["asked"]),
        # a surname on no list, found in full elsewhere in the text
        ("LCpl Mei Varrowby joined us. later lcpl mei varrowby left.", ["mei", "Mei"], []),
        # a verb of speech between rank and surname is no first name
        ("the sgt said okafor was late", ["okafor"], ["said"]),
        ("the cpl told mensah to wait", ["mensah"], ["told"]),
    ],
)
def test_when_a_lower_case_rank_precedes_two_words_and_a_surname_then_both_words_go(
    engine: ScrubEngine, text, gone, kept
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert not re.search(rf"\b{value}\b", scrubbed), scrubbed
    for value in kept:
        assert value in scrubbed, scrubbed
    assert len(people_in(scrubbed)) == 1, scrubbed


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("spoke to lcpl mei [PERSON-2] today", "mei [PERSON-2]"),
        ("spoke to Cpl Mei [PERSON-2] today", "Mei [PERSON-2]"),
        ("the sgt said [PERSON-2] was late", None),
        ("the sgt and [PERSON-2] were late", None),
        ("a long mei [PERSON-2] today", None),
    ],
)
def test_when_a_word_stands_between_a_rank_and_a_person_then_it_joins_unless_a_verb(text, joined):
    start = text.index("[PERSON-2]")
    found = name_before(text, start, WORDS)
    assert (None if found is None else text[found : start + len("[PERSON-2]")]) == joined
