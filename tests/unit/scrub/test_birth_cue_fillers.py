"""A birth cue's reach is measured without the speaker's fillers: on a fresh demo seed "Date
of birth erm, on uh, the form you know, was 25th of June 00" kept its date, since the
fillers put the cue past the window. A cue as far away in real words still does not reach,
and a date after another date is still not the birth date."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Date of birth erm, on uh, the form you know, was 25th of June 00, and", "June 00"),
        ("my dob, um, i mean, sort of, er, it's the 3rd of May 01 i think", "May 01"),
        ("date of birth is 25th of June 00", "June 00"),
    ],
)
def test_when_fillers_stand_between_a_birth_cue_and_a_date_then_the_date_goes(
    engine: ScrubEngine, text, date
):
    (scrubbed,) = scrub_texts(engine, [text])
    assert date not in scrubbed and "[DOB-1]" in scrubbed, scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "Date of birth is on the form that the office at the far end keeps, 25th of June 00",
        "date of birth erm 12 May 2024 was the meeting, then 25th of June 00 the next",
    ],
)
def test_when_a_birth_cue_is_far_in_words_or_taken_then_a_two_digit_year_date_stays(
    engine: ScrubEngine, text
):
    (scrubbed,) = scrub_texts(engine, [text])
    assert "25th of June 00" in scrubbed, scrubbed
