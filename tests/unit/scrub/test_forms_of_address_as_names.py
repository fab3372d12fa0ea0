"""Service nicknames used as names (issue #9, nick5): a service nickname before the surname
it belongs to is part of that person's name ("Chalky White", "Smudge Smith", "chalky
White"), at a sentence's start too; and, as guards, the same words as words ("the chalky
white soil", "a happy day"). Examples written for this work, in no tuning corpus's style."""

from __future__ import annotations

import re

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a service nickname before its own surname, capitalised or not
        ("Chalky White used to beast us on the square.", ["Chalky", "White"]),
        ("Smudge Smith was the only one who listened.", ["Smudge", "Smith"]),
        ("We had a corporal, chalky White, who ran the stores.", ["chalky", "White"]),
        ("Then knocker White turned up late.", ["knocker", "White"]),
        ("Dinger Bell was our driver.", ["Dinger", "Bell"]),
        ("Timber Woods ran the stores.", ["Timber", "Woods"]),
        ("Smudger Smith was the company clerk.", ["Smudger", "Smith"]),
        ("Pincher Martin ran the section.", ["Pincher", "Martin"]),
    ],
)
def test_when_a_service_nickname_stands_before_its_own_surname_then_it_is_gone(
    engine: ScrubEngine, text: str, gone: list[str]
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    for word in gone:
        assert re.search(rf"\b{re.escape(word)}\b", scrubbed) is None, scrubbed
    assert "[PERSON-1]" in scrubbed


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The chalky white soil clogged our boots.", ["chalky white"]),
        ("It was a happy day for all of us.", ["happy day"]),
        ("A dusty track led to the camp.", ["dusty"]),
        ("The Chalky soil made digging in hard.", ["Chalky"]),
    ],
)
def test_when_a_service_nickname_and_surname_are_words_then_they_stay(
    engine: ScrubEngine, text: str, kept: list[str]
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    for words in kept:
        assert words in scrubbed, scrubbed
    assert "PERSON" not in scrubbed
