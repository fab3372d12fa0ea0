"""Where someone is from, said plainly ("i come from X", "small village in X", "back home in
X"), names a place whatever its case and whether or not a list holds it: the villages and
districts abroad that service families come from (held-out M showed them left; examples here
written anew). Ordinary words, countries and counties after the same cues stay."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("i come from bhirkot, everyone knows everyone", "bhirkot"),
        ("it is a small village in kadavu, very quiet", "kadavu"),
        ("my gran is back home in akropong, she rings on sundays", "akropong"),
        ("i am from łańcut originally", "łańcut"),
    ],
)
def test_when_a_home_is_said_plainly_then_the_place_goes(
    engine: ScrubEngine, text: str, place: str
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    assert place not in scrubbed and "[LOCATION-1]" in scrubbed, scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "i come from nowhere special, living in hope, lives in quarters",
        "we are from the navy and i come from work at six",
        "i am from scotland and we're from wales",
    ],
)
def test_when_an_ordinary_word_or_a_country_follows_the_cue_then_it_stays(
    engine: ScrubEngine, text: str
) -> None:
    assert scrub_texts(engine, [text]) == [text]
