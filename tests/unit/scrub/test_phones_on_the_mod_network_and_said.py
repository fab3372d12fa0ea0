"""Phone numbers two held-out corpora showed missed (A and L, examples here written anew):
a number on the MOD's own network as a signature block gives it ("Mil: 94434 7587"), and a
spoken number whose repeats a transcriber hyphenates ("double-three", "triple-five")."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        (
            "Sgt Ferris | Unit Welfare Officer\nMil: 94217 3306 | T: 01980 615 002",
            "[PERSON-1] | Unit Welfare Officer\nMil: [PHONE-1] | T: [PHONE-2]",
        ),
        ("Mil Tel 9 4217 3306 (am only)", "Mil Tel [PHONE-1] (am only)"),
        ("Mil No: 94217-3306", "Mil No: [PHONE-1]"),
        (
            "his mobile's oh seven seven double-oh, nine one two, triple-four.",
            "his mobile's [PHONE-1].",
        ),
        (
            "Landline: oh one two six four, three nine eight, two double-six.",
            "Landline: [PHONE-1].",
        ),
    ],
)
def test_when_a_phone_number_is_written_or_said_so_then_it_goes(
    engine: ScrubEngine, text: str, scrubbed: str
) -> None:
    assert scrub_texts(engine, [text]) == [scrubbed]


@pytest.mark.parametrize(
    "text",
    [
        "the mil budget was 9000 4000 in all",
        "rolled a double-six then a double-three",
        "Mil: see the G1 clerk",
    ],
)
def test_when_numbers_only_look_so_then_they_stay(engine: ScrubEngine, text: str) -> None:
    assert scrub_texts(engine, [text]) == [text]
