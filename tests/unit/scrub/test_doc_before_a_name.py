""" "Doc" before a name is how service people name a medical officer: "doc sinclair at
northwood headquarters" (the demo at 100,000 staff, seed 351, left the surname for the
residual scan to find), and "Ask Doc [PERSON-2]" takes "Doc" under the placeholder (the
closed loop, tests/unit/scrub/test_residual_agreement.py); "the doc said" names no one."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    "text",
    [
        "involve the padres more. doc sinclair at northwood headquarters would be great.",
        "ask doc sinclair at the med centre, he's sound",
    ],
)
def test_when_doc_stands_before_a_surname_then_the_surname_goes(
    engine: ScrubEngine, text: str
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    assert "sinclair" not in scrubbed and "[PERSON-1]" in scrubbed, scrubbed


def test_when_doc_names_no_one_then_it_stays(engine: ScrubEngine) -> None:
    text = "the doc said rest and the doc file is lost"
    assert scrub_texts(engine, [text]) == [text]
