"""First names that are words ("bill", "pat", "rob", "sue") are people where the sentence
gives them a person's place: opening a clause, then praise, a workplace or what people do
for people. The same words elsewhere stay words."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.recognizers.generic.word_first_names import word_name_in_a_persons_place
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bill was brilliant, sorted it all", "[PERSON-1] was brilliant, sorted it all"),
        ("pat was lovely and really listened", "[PERSON-1] was lovely and really listened"),
        ("rob from the unit came round", "[PERSON-1] from the unit came round"),
        ("sue in the office was a star", "[PERSON-1] in the office was a star"),
        ("Sue in the office, she was great.", "[PERSON-1] in the office, she was great."),
        ("dawn from welfare rang", "[PERSON-1] from welfare rang"),
        ("and penny's a diamond", "and [PERSON-1]'s a diamond"),
        ("the padre was good and rob checked in on me", "the padre was good and [PERSON-1] "
         "checked in on me"),
        ("pat picked me up after", "[PERSON-1] picked me up after"),
        ("Frank was really supportive.", "[PERSON-1] was really supportive."),
        ("honestly, mark was a legend", "honestly, [PERSON-1] was a legend"),
        ("Ray at the med centre sorted my back", "[PERSON-1] at the med centre sorted my back"),
    ],
)  # fmt: skip
def test_when_a_word_name_stands_in_a_persons_place_then_it_goes(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "the bill was lovely and cheap",  # a determiner: the word
        "Bill sorted.",  # a case note: the bill is sorted
        "Bill paid in full by the unit.",
        "hope was fading by then",
        "faith was a rock for me",
        "Hope is great when you have none.",
        "rob from the rich",  # no workplace
        "we had to mark the kit",
        "Mark in the office diary.",  # the workplace's own things
        "I will ring them from the office",
        "Pat on the back from the CO.",
        "kit in the stores was rubbish",
        "Grant from SSAFA paid for the boiler.",
        "We live twenty miles from the base.",
        "Jack in the box",
        "it was a frank conversation",
        "rose in the morning and went to the gym",
        # in writing with capitals a lower-case word is no name, whatever follows it
        "The padre was good, and rob checked in on me",
    ],
)  # fmt: skip
def test_when_a_word_name_stands_as_its_word_then_it_stays(engine: ScrubEngine, text: str) -> None:
    assert scrub_texts(engine, [text]) == [text]


@pytest.mark.parametrize(
    ("text", "placed"),
    [
        ("pat was lovely", True),
        ("the pat was lovely", False),
        ("I think pat was lovely", False),  # "think" opens no clause: left to other rules
        ("so pat was lovely", True),
        ("hope from welfare rang", True),  # an abstract name with a workplace
        ("hope was lovely", False),
        ("bill was brilliant", True),
        ("bill sorted it", False),  # the bill takes no doing here
        ("pat picked me up", True),
    ],
)
def test_when_a_word_name_is_read_then_both_its_ends_must_agree(text: str, placed: bool) -> None:
    start = text.index(
        text.split()[1] if text.split()[0] in ("the", "I", "so") else text.split()[0]
    )
    if text.startswith("I think"):
        start = text.index("pat")
    end = start + len(text[start:].split()[0])
    assert word_name_in_a_persons_place(text, start, end) is placed
