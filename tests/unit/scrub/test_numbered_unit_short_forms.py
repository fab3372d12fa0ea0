"""A listed unit's abbreviation takes the number written before it, as the numbered forms
the pattern finds do: "10 [UNIT-1]" would still say which battalion (held-out L and K showed
"10 QOGLR" and "1 PWRR" cut so; examples here written anew)."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        ("Unit: 10 QOGLR\nTel ext: none", "Unit: [UNIT-1]\nTel ext: none"),
        ("I did six years in 1 PWRR before this", "I did six years in [UNIT-1] before this"),
        ("cc: OC, 2nd QOGLR", "cc: OC, [UNIT-1]"),
        ("posted from 2 RGR to 10 QOGLR", "posted from [UNIT-1] to [UNIT-2]"),
    ],
)
def test_when_a_unit_is_numbered_then_the_number_goes_with_it(
    engine: ScrubEngine, text: str, scrubbed: str
) -> None:
    assert scrub_texts(engine, [text]) == [scrubbed]


@pytest.mark.parametrize(
    "text",
    ["form 10/ QOGLR", "at 14:10 QOGLR rang"],
)
def test_when_a_number_belongs_to_something_else_then_it_stays(
    engine: ScrubEngine, text: str
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    assert "10" in scrubbed and "[UNIT-1]" in scrubbed, scrubbed
