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


@pytest.mark.parametrize(
    ("text", "person", "kept"),
    [
        ("P10: May says I'm a different person. It may be the last one.", "May says",
         "It may be the last one."),
        ("P11: Will said it best, I will be back.", "Will said", "I will be back."),
        ("Thanks Will, I will be back.", "Thanks Will,", "I will be back."),
        ("Ask ROSE if you don't believe me. The whole family rose to it.", "Ask ROSE",
         "family rose to it."),
        ("tell dawn i said thanks, up at dawn again.", "tell dawn", "up at dawn again."),
        ("Rose and I met at the gym. Sales rose.", "Rose and I", "Sales rose."),
        ("has anyone got max's number? ok thanks", "max's number", "ok thanks"),
        ("cheers joy! no joy with the housing", "cheers joy!", "no joy with the housing"),
    ],
)  # fmt: skip
def test_a_word_name_in_a_slot_only_a_person_fills_is_one_in_any_case(
    engine: ScrubEngine, text: str, person: str, kept: str
) -> None:
    scrubbed = scrub_texts(engine, [text])[0]
    assert person not in scrubbed
    assert "[PERSON-1]" in scrubbed
    assert kept in scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "The guy said no and it may be the last one.",
        "Thanks, it rose again and I will say so.",
        "I hope said sessions continue. Frankly the sun said nothing.",
    ],
)
def test_a_word_outside_a_persons_slot_stays(engine: ScrubEngine, text: str) -> None:
    assert scrub_texts(engine, [text])[0] == text
