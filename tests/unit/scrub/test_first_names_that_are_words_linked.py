"""A first name that is also a word, written before a surname or its initial ("May Gibson",
"May G", "Rob O", "Will S."), is read as the first name, so the person keeps one
placeholder across the forms (development corpus 14: "OLLERTON, Rob" ... "Rob O" and "May
Gibson" ... "May G" were two people each). Alone, the word is still read with care."""

from __future__ import annotations

import re

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.people import parse_mention
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import default_settings


@pytest.mark.parametrize(
    ("value", "first", "surname", "initial"),
    [
        ("May Gibson", "may", "gibson", None),
        ("May G", "may", None, "g"),
        ("Rob O", "rob", None, "o"),
        ("Will S.", "will", None, "s"),
        ("Will Smith", "will", "smith", None),
    ],
)
def test_when_a_word_name_stands_before_a_surname_or_initial_then_it_is_the_first_name(
    value: str, first: str, surname: str | None, initial: str | None
) -> None:
    mention = parse_mention(value, default_settings().wordlists())
    assert mention is not None, value
    assert (mention.first, mention.surname, mention.surname_initial) == (first, surname, initial)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "To: OLLERTON, Rob Capt\n\nTell Rob I said thanks. Rob O from the ops room put me "
            "onto the group.",
            ("OLLERTON, Rob", "Rob O"),
        ),
        ("May Gibson joined in March. May G said the course was fine.", ("May Gibson", "May G")),
    ],
)
def test_when_the_same_person_is_named_so_then_one_placeholder(
    engine: ScrubEngine, text: str, names: tuple[str, ...]
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    placeholders = set(re.findall(r"\[PERSON-\d+\]", scrubbed))
    assert all(n not in scrubbed for n in names), scrubbed
    assert len(placeholders) == 1, scrubbed
