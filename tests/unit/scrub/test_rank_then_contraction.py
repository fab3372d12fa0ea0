"""A rank or role word followed by a contraction ("The RSM didn't want to know") is not a
rank and a lower-case surname: found on the dev3 tuning corpus, where 18% of such role
phrases were replaced as PERSON. Names after ranks, apostrophes and all, are still found."""

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
    "text",
    [
        "The RSM didn't want to know, to be frank.",
        "My sgt didn't want to know.",
        "The padre wasn't there when it mattered.",
        "my corporal won't listen to anyone",
        "the oc doesn't care tbh",
        "My section commander couldn't say.",
        "the sarge hasn't rung me back",
    ],
)
def test_when_a_role_word_is_followed_by_a_contraction_then_nothing_is_a_person(
    engine, text: str
) -> None:
    assert _people(engine, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("sgt o'neill didn't want to know", "o'neill"),
        ("Cpl D'Arcy wasn't there.", "D'Arcy"),
        ("my cpl okafor didn't ring", "okafor"),
    ],
)
def test_when_a_name_with_an_apostrophe_follows_a_rank_then_it_is_still_found(
    engine, text: str, name: str
) -> None:
    assert any(name in person for person in _people(engine, text))
