"""A rank used as a noun at the end of a sentence ("my cpl.") is no title for the next
sentence's first word, and a short form of the diminutive table before a surname ("Mo Khan")
is the person's first name, not a word spaCy glued to the name."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dave smith was my cpl. dave was great", "[PERSON-1] was my cpl. [PERSON-1] was great"),
        ("he was our sgt. Dave was the one who helped", "he was our sgt. [PERSON-1] was the one "
         "who helped"),
        # a rank with a full stop before a name, with no determiner: the name's title
        ("Spoke to cpl. dave smith today", "Spoke to [PERSON-1] today"),
        ("Sgt. Evans was great", "[PERSON-1] was great"),
        ("Mo Khan sorted it.", "[PERSON-1] sorted it."),
        ("Becks Taylor rang me back.", "[PERSON-1] rang me back."),
        # an abbreviation in capitals stays a role: the MO, then a surname
        ("MO Khan signed me off.", "MO [PERSON-1] signed me off."),
    ],
)  # fmt: skip
def test_when_a_rank_or_short_form_stands_beside_a_name_then_only_the_person_goes(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]
