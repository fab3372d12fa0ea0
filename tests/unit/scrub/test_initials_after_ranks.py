"""A rank or title with one initial names someone as surely as with a surname ("Capt H was
decent", "my welfare officer mrs k"); a surname in capitals keeps its initial "A." (the
article "A" needs no full stop). The letters that are words stay: the pronoun I, the article,
text-speak ("sgt n me" is "and"), a company's letter."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts

FOUND = [
    ("sgt m helped me", "[PERSON-1] helped me"),
    ("lt p sorted it", "[PERSON-1] sorted it"),
    ("my oc (maj t) was good", "my oc ([PERSON-1]) was good"),
    ("thanks to mr b", "thanks to [PERSON-1]"),
    ("Capt H was decent", "[PERSON-1] was decent"),
    ("my welfare officer mrs k", "my welfare officer [PERSON-1]"),
    ("I told Capt H.", "I told [PERSON-1]."),
    ("cpl r jones", "[PERSON-1]"),
    ("MENSAH A. rang", "[PERSON-1]. rang"),
]
KEPT = [
    "the Sgt I told was kind",
    "it was the sgt n me on stag",
    "IT WAS A GOOD DAY",
    "the sgt a few times said no",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_when_a_rank_has_one_initial_then_both_go(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize("text", KEPT)
def test_when_the_letter_after_a_rank_is_a_word_then_it_stays(
    engine: ScrubEngine, text: str
) -> None:
    assert scrub_texts(engine, [text]) == [text]


def test_when_a_rank_precedes_a_company_letter_then_the_company_is_no_person(
    engine: ScrubEngine,
) -> None:
    [scrubbed] = scrub_texts(engine, ["Maj A Company was on stag"])
    assert "PERSON" not in scrubbed
