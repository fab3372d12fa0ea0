"""Ages in an interview register's cells and a recruitment note's shorthand: "| 32 yrs |",
"\tF 54\t19/4" (a date in the next cell), "(35 yrs; wife 38", "– 19M. Used SSAFA", "37F.
Spouse." (development corpus 12 left them standing). A length of service stays: "22 yrs in",
"served 12 yrs", "a 12 yrs contract"."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("P10 | 32 yrs | 07/10 | 09:30 | the Education Centre", "32"),
        ("INT-17\tSgt\tsignals\t35 yrs\tthe camp\tquote", "35"),
        ("P23\tF 54\t19/4\t2.45pm\tZoom\tDNA", "54"),
        ("INT-36\tF, 27\t26/9/26\t10:15\tZoom", "27"),
        ("P14 – withdrawn (35 yrs; rescheduled to 17 May)", "35"),
        ("P23 (LH) – 19M. Used SSAFA.", "19"),
        ("nobody came to the funeral 37F. Spouse. 2 boys.", "37"),
    ],
)
def test_when_a_register_gives_an_age_then_it_goes(
    engine: ScrubEngine, text: str, age: str
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    assert age not in scrubbed.replace("[AGE-", "["), scrubbed
    assert "[AGE-1]" in scrubbed, scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "| Service | 22 yrs in | then more |",
        "He served 12 yrs. Then he left.",
        "It was a 12 yrs contract | signed |",
        "£50M. was the cost of the new block.",
    ],
)
def test_when_years_are_a_length_or_money_then_they_stay(engine: ScrubEngine, text: str) -> None:
    assert scrub_texts(engine, [text]) == [text]
