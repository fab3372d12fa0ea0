"""The closed loop and the residual scan agree: what the loop leaves, the scan accepts.

Each case is synthetic text of one cause found on the 100,000-staff demo (seed 5), where
the residual scan failed after the loop: an ordinary-word first name left beside its
surname's placeholder, a surname left after a first name the loop replaced, a nickname
before a placeholder, an ordinary word read with a placeholder's stand-in as a place, a
surname in writing without capitals, and a first name that is also an idiom's word.
"""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from sealflow.scrub.closed_loop import LoopValues, loop_edits
from sealflow.scrub.document import Segment
from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.formats.base import apply_edits
from sealflow.scrub.name_edges import joins_after, joins_before, words_beside_placeholders
from sealflow.scrub.residual import scan_documents, stands_as_value
from sealflow.scrub.scrubber import scrub_segment_lists
from sealflow.scrub.settings import default_settings

SETTINGS = default_settings()
WORDS = SETTINGS.wordlists()


def _closed(segments: list[Segment], values: dict[str, str]) -> list[str]:
    edits, _ = loop_edits(segments, LoopValues.build(values, SETTINGS), SETTINGS)
    return [apply_edits(s.text, e) for s, e in zip(segments, edits, strict=True)]


@pytest.mark.parametrize(
    ("first_pass", "values", "closed"),
    [
        # an ordinary-word first name beside its surname's placeholder, and elsewhere
        (["My line manager, Precious [PERSON-1], was good about it.",
          "You mentioned Precious earlier. Was that support formal?"],
         {"Doherty": "PERSON"},
         ["My line manager, [PERSON-1], was good about it.",
          "You mentioned [PERSON-1] earlier. Was that support formal?"]),
        # a surname after a first name the study replaced elsewhere
        (["Keep WO2 Rory Underwood as facilitator, best part of the programme."],
         {"Rory": "PERSON"},
         ["Keep WO2 [PERSON-1] as facilitator, best part of the programme."]),
        # a surname after a person's placeholder
        (["Keep WO2 [PERSON-2] Underwood as facilitator."], {},
         ["Keep WO2 [PERSON-2] as facilitator."]),
        # a nickname before a placeholder
        (["Ask Doc [PERSON-2] to run a drop in once a month."], {},
         ["Ask [PERSON-2] to run a drop in once a month."]),
        # an ordinary word after a placeholder is no part of it
        (["I am at [ADDRESS-1] sort of and there is no bus on a Sunday."], {},
         ["I am at [ADDRESS-1] sort of and there is no bus on a Sunday."]),
        # a first name that is also an ordinary word stands only capitalised
        (["In our section he still takes the mickey.", "Mickey rang twice."],
         {"Mickey": "PERSON"},
         ["In our section he still takes the mickey.", "[PERSON-1] rang twice."]),
        # two first names before one surname both go; a verb or a role never joins
        (["Thanks Mary Grace [PERSON-1], and Will [PERSON-1] come?", "INT [PERSON-1]"], {},
         ["Thanks [PERSON-1], and Will [PERSON-1] come?", "INT [PERSON-1]"]),
    ],
)  # fmt: skip
def test_when_the_loop_closes_a_cause_then_the_residual_scan_finds_nothing(
    first_pass, values, closed
):
    segments = [Segment(t) for t in first_pass]
    assert _closed(segments, values) == closed
    hits = scan_documents([("a.txt", [Segment(t) for t in closed])], SETTINGS, values)
    assert hits == []


def test_when_a_name_stands_beside_a_placeholder_then_the_scan_reports_it():
    """The residual scan applies the loop's rule itself, so a loop that skipped it fails."""
    hits = scan_documents(
        [("a.txt", [Segment("My line manager, Precious [PERSON-1], was good about it.")])],
        SETTINGS,
        [],
    )
    assert [(h["entity_type"], h["start"], h["end"]) for h in hits] == [("PERSON", 17, 25)]


@pytest.mark.parametrize(
    ("word", "before", "after"),
    [
        ("Precious", True, False),
        ("Grace", True, True),
        ("Underwood", False, True),
        ("Will", False, False),
        ("Thanks", False, False),
        ("sort", False, False),
        ("Sgt", False, False),
        ("Barracks", False, False),
        # in lower case: a listed first name that is no ordinary word still joins
        ("siobhan", True, False),
        ("dave", True, False),
        ("grace", False, False),
        ("will", False, False),
        ("lcpl", False, False),
        # and after a person a listed surname that is no first name nor ordinary word
        ("okafor", False, True),
    ],
)
def test_when_a_word_stands_beside_a_person_then_the_shared_rule_decides(word, before, after):
    assert (joins_before(word, WORDS), joins_after(word, WORDS)) == (before, after)


@pytest.mark.parametrize(
    ("found", "stands"),
    [("Mickey", True), ("mickey", False), ("Okafor", True), ("okafor", True), ("07700 900", True)],
)
def test_when_a_study_value_is_an_ordinary_word_then_it_stands_only_capitalised(found, stands):
    assert stands_as_value(found, WORDS) is stands


_NAMES = ["Precious", "Grace", "Mary", "Rory", "Sofia", "Doc", "Tevita"]
_FILLERS = ["Thanks", "with", "and", "Will", "sort of", "INT", "the", "said", "Underwood"]


@settings(max_examples=60, deadline=None)
# three names running into a found surname: two overlapping spans of one person
@example(tokens=["Underwood", "Grace", "Precious", "[PERSON-1]", "Underwood"])
@given(
    st.lists(
        st.sampled_from(_NAMES + _FILLERS + ["[PERSON-1]", "[PERSON-2]", "[ADDRESS-1]", "."]),
        min_size=1,
        max_size=12,
    )
)
def test_when_the_loop_has_run_then_no_name_stands_beside_a_placeholder(tokens):
    segments = [Segment(" ".join(tokens))]
    (closed,) = _closed(segments, {"Rory": "PERSON"})
    assert list(words_beside_placeholders(closed, WORDS)) == []


def test_when_the_first_pass_finds_a_surname_then_the_first_name_beside_it_goes_too(
    engine: ScrubEngine,
):
    segments = [
        Segment("Participant", speaker=True),
        Segment("The sleep session with Padre Doherty was good. Precious did the school runs."),
        Segment("Participant", speaker=True),
        Segment("My line manager, Precious Doherty, was good about it."),
    ]
    (outcome,) = scrub_segment_lists(engine, [segments])
    texts = outcome.texts(segments)
    assert "Precious" not in " ".join(texts) and "Doherty" not in " ".join(texts)
    assert texts[3] == "My line manager, [PERSON-1], was good about it."


def test_when_speech_is_lower_case_under_capitalised_labels_then_a_cued_surname_goes_anywhere(
    engine: ScrubEngine,
):
    """Labels repeat a capitalised name at every turn; the speech has no capitals, so a
    surname a rank cued ("wing commander sofia delacroix") goes in lower case too, though a
    dictionary holds it."""
    turns = [
        "the welfare officer, wing commander sofia delacroix, said ring anytime.",
        "delacroix in our section still takes the mickey but i don't care.",
        "the group had about ten of us, mixed ranks, which was weird at first.",
        "i'd change the timing. friday afternoons are dead anyway, run it then.",
    ]
    segments = [s for t in turns for s in (Segment("Plt Off Mcallister", speaker=True), Segment(t))]
    (outcome,) = scrub_segment_lists(engine, [segments])
    texts = outcome.texts(segments)
    assert "delacroix" not in " ".join(texts)
    assert "the mickey" in texts[3]


@pytest.mark.parametrize(
    ("scrubbed", "flagged"),
    [
        # a transcriber's capital on a dictionary word, beside a speaker's placeholder
        ("Interviewer\n\n[PERSON-1]: I mean, Date of birth uh, on the form was [DOB-1].", False),
        ("[PERSON-1]: I mean, Shifts were the main you know, thing.", False),
        # a name left behind is still reported: a listed name, and a cued one
        ("[PERSON-1]: I mean, Siobhan was the main you know, help.", True),
        ("[PERSON-1]: I mean, Sgt Pemberton-Clarke was the main help.", True),
    ],
)
def test_when_scrubbed_speech_capitalises_a_dictionary_word_then_the_scan_passes_it(
    scrubbed: str, flagged: bool
):
    hits = scan_documents([("a.txt", [Segment(scrubbed)])], SETTINGS, [])
    assert bool([h for h in hits if h["entity_type"] == "PERSON"]) is flagged, hits
