"""A salutation's nickname is the person the message is addressed to, a name after "call
him" is the person just named, and a nickname used again is still them; a salutation to
nobody in particular, or to another listed name, ties nothing. Every name is synthetic."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts

TIED = [
    (
        "To: Mazur, Jakub Mr (DE&S-Ops)\nSubject: RE: x\n\nAfternoon Bubbles,\n\n"
        "The RSM wasn't keen but Bubbles talked him round.\n\nKind regards",
        "To: [PERSON-1] (DE&S-Ops)\nSubject: RE: x\n\nAfternoon [PERSON-1],\n\n"
        "The RSM wasn't keen but [PERSON-1] talked him round.\n\nKind regards",
    ),
    (
        "Flt Lt David Fairclough -- the lads call him Gonzo -- signed it. Gonzo was fine.",
        "[PERSON-1] -- the lads call him [PERSON-1] -- signed it. [PERSON-1] was fine.",
    ),
    (
        "Grace Bennett, or Smiler as everyone calls her, sorted it. Smiler is great.",
        "[PERSON-1], or [PERSON-1] as everyone calls her, sorted it. [PERSON-1] is great.",
    ),
    (
        "P10: Um, Pocket, so that's Fg Off Wilson, yeah. Pocket rang.",
        "P10: Um, [PERSON-1], so that's [PERSON-1], yeah. [PERSON-1] rang.",
    ),
    (
        "To: Gibson, Will CPO (RN)\n\nHi Gibbo,\n\nThanks Will, I will be back.",
        "To: [PERSON-1] (RN)\n\nHi [PERSON-1],\n\nThanks [PERSON-1], I will be back.",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TIED)
def test_a_nickname_the_layout_ties_is_its_persons(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Hi Sarah," to John Smith: Sarah is someone else
        ("To: Smith, John Mr (MOD)\n\nHi Sarah,\n\nsee you", "Hi [PERSON-2],"),
        # greeting nobody in particular: nothing added, nothing tied
        ("To: Smith, John Mr (MOD)\n\nHi all,\n\nsee you", "Hi all,"),
    ],
)
def test_a_salutation_to_someone_else_or_to_all_ties_nothing(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    scrubbed = scrub_texts(engine, [text])[0]
    assert expected in scrubbed
    assert scrubbed.count("[PERSON-1]") == 1
