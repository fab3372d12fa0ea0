"""What a family's paperwork names, read as general shapes: a school or a centre heading a
letter, a practice named in a line of capitals or in lower case after a GP's cue, a form's
surname and forename fields side by side, a surname in capitals before its given names, a
nickname someone is called, initials signing a dated entry or a call log's line, a child's
age after "of", between commas in words, or "Age: 0" in a form, and an @-mention made of a
title and a surname.

Each case holds what must go and what must stay beside it, so a rule that takes too much
fails as surely as one that takes too little.
"""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # a school or a college alone on its heading line, its first word a word too
        (
            "SERVICE PUPIL PREMIUM\nSaxon Down Primary School\n24 May 2026\n\nDear Mrs Rai,",
            ["Saxon", "Down"],
            ["SERVICE PUPIL PREMIUM", "24 May 2026"],
        ),
        (
            "ADMISSIONS\nAshgrove Community Primary\nThe claim for Elmshurst College is made.",
            ["Ashgrove", "Elmshurst"],
            ["ADMISSIONS", "The claim for"],
        ),
        (
            "Venue: the Oval Community Centre, then the Larkhill Families Centre at 2pm.",
            ["Oval", "Larkhill"],
            ["Venue:", "at 2pm"],
        ),
        (
            "He sat the Staff College course; the Families Centre and Primary School are shut.",
            [],
            ["Staff College", "the Families Centre", "Primary School"],
        ),
        # a hospital's own capital "The" mid-sentence is part of its name
        (
            "He died at The James Cook University Hospital last night.",
            ["The James", "Cook"],
            ["He died at", "last night"],
        ),
        # a practice in a line of capitals, or in lower case after a GP's cue
        (
            "WE WAITED ELEVEN WEEKS FOR A GP AT ASHMEAD MEDICAL PRACTICE. THANKS",
            ["ASHMEAD"],
            ["WE WAITED", "FOR A GP AT"],
        ),
        (
            "we waited weeks for a gp at heronsgate practice. it was bad practice and knee "
            "surgery.",
            ["heronsgate"],
            ["we waited", "bad practice", "knee surgery"],
        ),
        # a form's surname and forename fields on one line, the surname a word too
        (
            "Section 1 - About you\nSurname: Field   Forename(s): Mark\nDate of birth: 1.2.1980",
            ["Field", "Mark"],
            ["Surname:", "Forename(s):", "Date of birth:"],
        ),
        ("Surname: Unknown   Forename(s): N/A\n", [], ["Unknown", "N/A"]),
        # a surname in capitals before the given names a field holds
        (
            "Occupant: TANG, Wei Jie\nRe: ALE MAGAR, Yam, about the move",
            ["TANG", "Wei", "Jie", "ALE", "MAGAR", "Yam"],
            ["Occupant:", "Re:", "about the move"],
        ),
        ("Re: URGENT, Please call\nPUPIL PREMIUM, Year 4", [], ["URGENT", "PUPIL PREMIUM"]),
        # a nickname someone is called, with the person in an earlier sentence
        (
            "My wife is in the Navy. Everyone calls her Spider anyway. He calls me Sir.",
            ["Spider"],
            ["Everyone calls her", "He calls me Sir"],
        ),
        # initials signing a dated entry or a call log's line
        (
            "10 Jun 2026 TK: Call from the spouse.\n2026-01-29 CÓ: Travel approved.\n"
            "Operative attended; part on order, back in 5 working days. WW",
            ["TK", "CÓ", "WW"],
            ["10 Jun 2026", "Call from the spouse", "5 working days."],
        ),
        ("We met the OC. HR\nSee the CO. OK", [], ["the OC. HR", "the CO. OK"]),
        # a child's age: after "of", in words between commas, "Age: 0" in a form
        (
            "This is not acceptable with a child of three.\nI've got Isla, two, at Owlets "
            "Nursery. The claim for Gruffydd Chen, eleven, boarding from Year 6.\n"
            "Name: FINLAY EZE   Age: 0   Setting: nursery",
            ["three", "two,", "eleven", "Age: 0"],
            ["a child of", "Year 6", "Setting:"],
        ),
        ("We counted Dave, two, three, four of them.", [], ["two, three, four"]),
        # a pet's name is no person, here or where it stands alone
        (
            "It's me, Aarav and the cat, Pickle. Pickle is fine. A black cat called Pepper.",
            ["Aarav"],
            ["the cat, Pickle.", "Pickle is fine", "called Pepper"],
        ),
        # what is left of a span beside a public name is dropped when it is only "the"
        (
            "I raised the allocation with the Defence Infrastructure Organisation and the "
            "RAF Families Federation. The form is with the bursar.",
            [],
            ["raised the allocation with the Defence", "the bursar"],
        ),
        (
            "Kind regards,\nJ Zhou\nBursar\n\nLittle Troopers helpline given.",
            ["Zhou"],
            ["\nBursar", "Little Troopers helpline"],
        ),
        # an @-mention made of a title and a surname
        ("Reply from @mrs_pickering today", ["pickering"], ["Reply from @", "today"]),
    ],
)
def test_when_family_paperwork_names_a_place_person_or_age_then_it_goes_and_its_frame_stays(
    engine: ScrubEngine, text: str, gone: list[str], kept: list[str]
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert value not in scrubbed
    for value in kept:
        assert value in scrubbed


def test_a_child_with_a_word_name_is_named_by_the_age_after_it(engine: ScrubEngine):
    (scrubbed,) = scrub_texts(engine, ["Willow is 7 and in Year 2. The willow tree fell."])
    assert not scrubbed.startswith("Willow")
    assert "The willow tree fell." in scrubbed


def test_initials_after_a_field_and_capitals_stay_two_people(engine: ScrubEngine):
    (scrubbed,) = scrub_texts(
        engine,
        ["Present: Hollis, Patricia (PH), Dlamini, Craig (CDl)\nAction: PH, CDl to check."],
    )
    assert scrubbed.endswith("Action: [PERSON-1], [PERSON-2] to check.")
