"""A first name that is also a word is a person in a slot lower-case speech gives people, and
stays a word elsewhere in the same transcript. Every example is synthetic."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts

TRANSCRIPT = (
    "SPEAKER_00: right and then what\nSPEAKER_01: {line}\nSPEAKER_00: okay and when was this"
)


@pytest.mark.parametrize(
    ("line", "gone", "kept"),
    [
        ("so i told sue to go and see the csm. they are going to sue.", "told sue to",
         "going to sue."),
        ("joy was there as well and she was not happy. it was a real joy", "joy was there",
         "a real joy"),
        ("rob from mt section um yeah he helped a lot. he would rob a bank for you",
         "rob from mt", "would rob a bank"),
        ("i'd known penny since basic and then the penny dropped", "known penny since",
         "the penny dropped"),
        ("me and frank were in the same troop, to be frank", "me and frank were", "to be frank"),
        ("pat said he would come. he got a pat on the back", "pat said he",
         "a pat on the back"),
    ],
)  # fmt: skip
def test_a_word_name_in_a_persons_slot_is_a_person(
    engine: ScrubEngine, line: str, gone: str, kept: str
) -> None:
    scrubbed = scrub_texts(engine, [TRANSCRIPT.format(line=line)])[0]
    assert gone not in scrubbed
    assert "[PERSON-1]" in scrubbed
    assert kept in scrubbed


def test_a_name_addressed_at_a_questions_end(engine: ScrubEngine) -> None:
    text = "SPEAKER_00: how did that make you feel stuart\nSPEAKER_01: not great to be honest"
    assert scrub_texts(engine, [text])[0].split("\n")[0].endswith("feel [PERSON-1]")


@pytest.mark.parametrize(
    "line",
    [
        # no slot: the word stays
        "they said they would sue the lot of them",
        "it was a real joy to be there",
        "we were up before dawn and the mark was on the wall",
        # a capitalised line is not read this way: its capitals are the cue
        "So I told Sue to go",
    ],
)
def test_words_outside_a_slot_or_in_capitalised_writing_stay(
    engine: ScrubEngine, line: str
) -> None:
    scrubbed = scrub_texts(engine, [TRANSCRIPT.format(line=line)])[0]
    if line[0].isupper():
        assert "told [PERSON-1] to go" in scrubbed  # found by the capital, not the slot
    else:
        assert line in scrubbed
