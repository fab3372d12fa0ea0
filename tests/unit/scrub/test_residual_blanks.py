"""The residual scan reads placeholders as capitalised stand-ins, never as identifiers."""

from __future__ import annotations

import pytest

from sealflow.scrub.document import Segment
from sealflow.scrub.residual import blank_placeholders, identifying_values, scan_documents
from sealflow.scrub.settings import default_settings


@pytest.mark.parametrize(
    ("text", "blanked"),
    [("[PERSON-1] rang", "One        rang"), ("on [PHONE-12].", "on One       .")],
)
def test_when_placeholders_are_blanked_then_offsets_and_a_capital_stay(text, blanked):
    assert blank_placeholders(text) == blanked
    assert len(blank_placeholders(text)) == len(text)


def test_when_every_name_is_a_placeholder_then_rare_words_are_not_read_as_names():
    """A scrubbed transcript has few capitals left; it must not be scanned as writing in
    lower case, where any word that is no ordinary English would count as a name."""
    segments = [
        Segment("[PERSON-1]", speaker=True),
        Segment("the welfare officer, ms [PERSON-2], gave me her number,"),
        Segment("[PERSON-1]", speaker=True),
        Segment("[PHONE-1], and said ring anytime."),
        Segment("Interviewer", speaker=True),
        Segment("What, if anything, has changed for you since?"),
    ]
    assert scan_documents([("a.vtt", segments)], default_settings(), []) == []


def test_when_a_name_is_left_beside_placeholders_then_the_scan_still_finds_it():
    segments = [Segment("[PERSON-1] said Sgt Kettleworth rang [PHONE-1] twice.")]
    hits = scan_documents([("a.txt", segments)], default_settings(), [])
    assert [h["entity_type"] for h in hits] == ["PERSON"]


@pytest.mark.parametrize(
    ("value", "searched"),
    [
        ("forty-three", False),
        ("twenty one", False),
        ("101", False),
        ("oh seven seven double oh nine double oh one two three", True),
        ("25012345", True),
        ("Okonkwo-Reyes", True),
    ],
)
def test_when_a_replaced_value_is_a_small_number_then_it_is_not_searched_for_again(value, searched):
    """An exact age found in one answer must not turn every "forty-three minutes" of the
    study into a residual hit or a closed-loop placeholder."""
    assert (value in identifying_values([value], default_settings())) is searched


def _labelled(turns: list[tuple[str, str]]) -> list[Segment]:
    """Speaker turns as the .txt reader gives them: each label glued to its turn by ": "."""
    segments = []
    for label, said in turns:
        segments += [Segment(label, speaker=True, glue=": "), Segment(said, glue="\n")]
    return segments


def test_when_labels_are_glued_by_their_colon_then_a_stand_in_is_no_hit():
    """The blanked copy keeps each segment's glue, so its offsets are the scrubbed text's:
    before, every label's ": " became the default glue, offsets drifted, and the stand-in
    "One" of "my mate [PERSON-1] had done it" (an age, read as "my mate One") was reported
    as a residual hit on two fresh demo seeds."""
    turns = [("INT", "How did it go?"), ("[PERSON-1]", "fine, honestly.")] * 6
    turns.append(("[PERSON-1]", "my mate [PERSON-2] had done it the year before."))
    assert scan_documents([("a.txt", _labelled(turns))], default_settings(), []) == []


def test_when_labels_are_glued_by_their_colon_then_a_name_left_is_found_where_it_stands():
    turns = [("INT", "How did it go?"), ("[PERSON-1]", "fine, honestly.")] * 6
    turns.append(("[PERSON-1]", "my mate [PERSON-2] and Sgt Kettleworth did it."))
    segments = _labelled(turns)
    hits = scan_documents([("a.txt", segments)], default_settings(), [])
    text = "".join(s.text + s.glue for s in segments)
    assert [text[h["start"] : h["end"]] for h in hits] == ["Sgt Kettleworth"]


def test_when_an_ordinary_word_is_typed_wrong_beside_placeholders_then_it_is_no_hit():
    """A survey answer's typo ("thhere", "lievs") read as a person beside the stand-ins is
    no name left behind (two such hits at 100,000 staff, demo seed 351); a surname left
    beside them still is."""
    typos = [
        Segment(
            "Really valued the 1-2-1 with [PERSON-1]. [PERSON-2] number they gave was "
            "[PHONE-1] and it [PERSON-3] got aswered."
        ),
        Segment("Travel. I am at [ADDRESS-1] and thhere is no bus on a Sunday."),
        Segment("Use WhatsApp groups rather than emial, everyone in [UNIT-1] lievs on it."),
    ]
    assert scan_documents([("row", typos)], default_settings(), []) == []
    left = [Segment("Use WhatsApp groups, everyone in [UNIT-1] and cpl okonkwo lives on it.")]
    hits = scan_documents([("row", left)], default_settings(), [])
    assert [h["entity_type"] for h in hits] == ["PERSON"]
