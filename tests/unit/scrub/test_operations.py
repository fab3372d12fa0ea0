"""Military operations' codewords are no one's name: they stay, cued or, when they are no
surname, bare; a person after the word "operation" in its other sense still goes."""

from __future__ import annotations

import pytest

from sealflow.scrub.document import Segment
from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_segment_lists


def scrubbed(engine: ScrubEngine, text: str) -> str:
    (outcome,) = scrub_segment_lists(engine, [[Segment(text)]])
    return outcome.texts([Segment(text)])[0]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I did two tours, Op HERRICK 12 and then Operation Telic.", ["HERRICK 12", "Telic"]),
        ("After Op Shader and Operation Cabrit in Estonia, I came home.", ["Shader", "Cabrit"]),
        ("We were on Operation Toral, then Op Tosca in Cyprus.", ["Toral", "Tosca"]),
        ("Back from Op Herrick I struggled, and Telic was worse.", ["Herrick", "Telic"]),
        ("OPERATION GRANBY was my first.", ["GRANBY"]),
    ],
)
def test_when_an_operation_is_named_then_its_codeword_stays(
    engine: ScrubEngine, text: str, kept: list[str]
):
    out = scrubbed(engine, text)
    for word in kept:
        assert word in out, out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("After my operation Dave Kowalczyk came round every day.", "Kowalczyk"),
        ("Operation Sarah Pemberton-Clarke, that's what the lads called it.", "Pemberton"),
        ("Sgt Herrick was my section commander.", "Herrick"),
    ],
)
def test_when_a_name_follows_the_word_operation_or_is_a_surname_codeword_then_it_goes(
    engine: ScrubEngine, text: str, gone: str
):
    assert gone not in scrubbed(engine, text)
