"""Lower-case names ending in -eed after a rank ("cpl waleed") are names, not past tenses:
cutting "-ed" made "waleed" the past tense of "wale" (a word the lemma tables hold) and the
name was kept. Found by the demo's truth file on fresh 400-staff seeds. Verbs in -eed
after a rank or role ("the oc agreed") stay words."""

from __future__ import annotations

import pytest

from sealflow.scrub.document import Segment
from sealflow.scrub.engine import get_engine
from sealflow.scrub.scrubber import scrub_segment_lists
from sealflow.scrub.settings import default_settings


@pytest.fixture(scope="module")
def engine():
    return get_engine(default_settings())


def _people(engine, text: str) -> list[str]:
    result = scrub_segment_lists(engine, [[Segment(text)]])[0]
    return [text[f.start : f.end] for f in result.findings if f.entity_type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("cpl waleed said it was fine", "waleed"),
        ("my cpl rasheed helped me out", "rasheed"),
        ("sgt saeed rang me twice", "saeed"),
        ("lcpl naveed was on the course", "naveed"),
    ],
)
def test_when_a_lower_case_name_ending_eed_follows_a_rank_then_it_is_a_person(
    engine, text: str, name: str
) -> None:
    assert any(name in person for person in _people(engine, text))


@pytest.mark.parametrize(
    "text",
    ["the oc agreed in the end", "my cpl decreed it", "the sgt needed help", "the padre proceeded"],
)
def test_when_a_verb_ending_eed_follows_a_rank_then_nothing_is_a_person(engine, text: str) -> None:
    assert _people(engine, text) == []
