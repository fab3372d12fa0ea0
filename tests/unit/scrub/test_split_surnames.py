"""Surnames a speech recogniser heard as separate words are found whole, with the first name
before them, and every later mention of them gets the same placeholder; English phrases
of the same shape stay. Every example is synthetic."""

from __future__ import annotations

import re

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts

PLACEHOLDER = re.compile(r"\[PERSON-\d+\]")


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("SPEAKER_01: um so i spoke to nicholas mac kenzie yesterday",
         ["nicholas", "mac", "kenzie"], ["um so i spoke to", "yesterday"]),
        ("Speaker 2: kate mc donald rang me", ["kate", "mc donald"], ["rang me"]),
        ("Speaker 2: yeah de la cruz was on the same course as me", ["de la cruz"],
         ["was on the same course"]),
        ("Speaker 2: it was mister o connor who sorted it", ["o connor", "mister"],
         ["it was", "who sorted it"]),
        ("Speaker 2: lisa fitz gerald was there", ["fitz", "gerald", "lisa"], ["was there"]),
        ("Speaker 2: i spoke to francesca le roux", ["le roux", "francesca"], ["i spoke to"]),
        ("Speaker 2: me and harry butter worth were in the same troop",
         ["butter worth"], ["were in the same troop"]),
        ("Speaker 2: mister whit field sorted it", ["whit field"], ["sorted it"]),
        # English phrases of the same shape: no name
        ("Speaker 2: the new man came in and the free man left", [],
         ["the new man came in and the free man left"]),
        ("Speaker 2: o well, de la part of the form", [], ["o well"]),
    ],
)  # fmt: skip
def test_split_surnames_are_found_whole(
    engine: ScrubEngine, text: str, gone: list[str], kept: list[str]
) -> None:
    scrubbed = scrub_texts(engine, [text])[0]
    for words in gone:
        assert not re.search(rf"\b{re.escape(words)}\b", scrubbed), scrubbed
    for words in kept:
        assert words in scrubbed, scrubbed
    assert len(PLACEHOLDER.findall(scrubbed)) == (1 if gone else 0), scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "Speaker 2: me and harry butter worth were there\nSpeaker 2: butter worth um yeah",
        "Speaker 2: de la cruz um de la cruz yeah\nSpeaker 2: gary de la cruz was there",
        "Speaker 2: i spoke to kate mc donald\nSpeaker 2: mc donald um mc donald yeah",
        # a title said in full, and the particle written apart: one person
        "Speaker 2: james o brien rang\nSpeaker 2: it was mister o brien who sorted it",
        "Speaker 2: piotr fitz patrick rang\nSpeaker 2: mister fitz patrick sorted it",
    ],
)
def test_a_split_surname_said_again_gets_the_same_placeholder(
    engine: ScrubEngine, text: str
) -> None:
    scrubbed = scrub_texts(engine, [text])[0]
    assert len(set(PLACEHOLDER.findall(scrubbed))) == 1, scrubbed
    assert len(PLACEHOLDER.findall(scrubbed)) >= 2
