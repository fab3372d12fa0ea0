"""A welfare case note's own words stay: "re" (regarding) after a time is no Royal
Engineers unit, lower-case ordinary words spaCy reads as a person ("info given") are no
one, and the public bodies and employers a note names (DIO, Tesco) identify no one. The
people in the same note still go."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts

NOTE = (
    "Called SU 1415 - no answer, VM left. Text sent. Will try again Weds pm.\n"
    "Spoke to Duty Clerk re leave pass. Welfare grant approved by RBL. HIVE info given.\n"
    "Childcare: twins in Yr 3, school aware. Wife works nights at Tesco. Car MOT due."
)


def test_when_a_case_note_names_no_one_then_it_is_unchanged(engine: ScrubEngine) -> None:
    assert scrub_texts(engine, [NOTE]) == [NOTE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Spoke to Leroy Grant on 07700-900-341 at 1430 re housing.",
            "Spoke to [PERSON-1] on [PHONE-1] at 1430 re housing.",
        ),
        ("Called 0930 re the form; Cpl Jones aware.", "Called 0930 re the form; [PERSON-1] aware."),
        ("SFA move - DIO chased by Sgt Okafor.", "SFA move - DIO chased by [PERSON-1]."),
        ("i was in 22 re for six years", "i was in [UNIT-1] for six years"),
    ],
)
def test_when_a_note_holds_people_among_its_words_then_only_the_people_go(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Next meeting: 12 Jan, Conference Room 2.", "Next meeting: 12 Jan, Conference Room 2."),
        ("Tel: 94321 5678 (Mil)", "Tel: [PHONE-1] (Mil)"),
        ("Referrer: Medical Officer", "Referrer: Medical Officer"),
        ("Out of hours: Guardroom.", "Out of hours: Guardroom."),
        ("Jan rang on 12 May", "[PERSON-1] rang on 12 May"),
        ("May Evans came on the 3rd of May", "[PERSON-1] came on the 3rd of May"),
        ("June 2026 was hard; June Smith agreed", "June 2026 was hard; [PERSON-1] agreed"),
        ("Tel said he was fine", "[PERSON-1] said he was fine"),
        (
            "Yours sincerely,\nClinical Nurse Specialist\nDepartment of Mental Health",
            "Yours sincerely,\nClinical Nurse Specialist\nDepartment of Mental Health",
        ),
        ("Nurse Jones said", "[PERSON-1] said"),
    ],
)
def test_when_a_field_label_or_a_date_looks_like_a_name_then_only_the_names_go(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]
