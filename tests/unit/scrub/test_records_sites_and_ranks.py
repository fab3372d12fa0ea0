"""What an employer's records about its staff name, read as general shapes: the places a
person is seen, treated, taught or heard at, ranks the lists lacked, an age put between
commas in a report, a form's next field after a unit, an address block's ship and shore
establishment, an HR export's clerk and employee columns, and a nickname given beside its
person.

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
        # a GP practice, a clinic, a school, a library or a court is where a person is found
        (
            "Her GP is Dr Vickers at Wellspring Surgery; seen at Riverside Health Centre.",
            ["Wellspring", "Riverside"],
            ["Her GP is", "seen at"],
        ),
        (
            "Practice: Kingfisher Medical Practice, Andover\nPractice tel: 0113 496 0485",
            ["Kingfisher", "Andover", "496 0485"],
            ["Practice:", "Practice tel:"],
        ),
        ("I was seen at Old School Surgery and given a fit note.", ["Old School"], ["fit note"]),
        (
            "Venue: Plymouth Central Library\nTaken at Salisbury Magistrates' Court on 6 May.",
            ["Plymouth", "Salisbury"],
            ["Venue:", "Taken at", "6 May"],
        ),
        (
            "Our son is in Year 4 at St Mary's Primary School and loves Oakfield Nursery.",
            ["Mary's", "Oakfield"],
            ["Year 4", "loves"],
        ),
        (
            "He goes to the Medical Centre on Monday and Sunday School after.",
            [],
            ["the Medical Centre", "Sunday School"],
        ),
        # ranks the lists lacked: the RAF's WO and AS1, the Navy's ET, the Guards' LSgt
        (
            "Growth for WO Prys-Jones; Warrant Officer 1 Gray said AS1 Price and Engineering "
            "Technician Steven Field agreed. Dear ET Lamb, LSgt Brown and OCdt Singh.",
            ["Prys-Jones", "Gray", "Price", "Steven", "Field", "Lamb", "Brown", "Singh"],
            ["Growth for", "agreed."],
        ),
        ("The WO said it was fine. Ask the ET team.", [], ["The WO said", "the ET team"]),
        # an age between commas in a report, and an age before a job's words
        (
            "CSgt Shrestha arrived fit and well prepared and, at 30, brought more experience.\n"
            "She is a 19-year-old Policy Adviser; a 10-year-old car.",
            ["at 30", "19-year"],
            ["arrived fit", "10-year-old car", "Policy Adviser"],
        ),
        ("We met at 10, then left, and at 20, the bus came.", [], ["at 10", "at 20"]),
        # a form's next field after a unit does not hide the unit
        (
            "Last unit: 45 Commando   Last location: Bickleigh Barracks\nYears served: 3",
            ["45 Commando", "Bickleigh"],
            ["Last unit:", "Last location:", "Years served: 3"],
        ),
        (
            "Unit: 101 Squadron   Next posting: none\nHe joined the RAF Police in 2010.",
            ["101 Squadron", "RAF Police"],
            ["Next posting: none", "in 2010"],
        ),
        (
            "I am a Leading Hand serving with UK Carrier Strike Group.\nLocation: Guzz",
            ["Carrier Strike", "Guzz"],
            ["Leading Hand", "Location:"],
        ),
        # an address block: a ship, then the shore establishment it is at, each on its line
        (
            "AB Thomas Fairbrother\nHMS Albion\nHMS Sultan\n\nDear AB Fairbrother,",
            ["Albion", "Sultan", "Fairbrother"],
            ["Dear "],
        ),
        ("From: Cpl E Campbell\n29 Sqn\nLossie\n6 August 2026", ["29 Sqn", "Lossie"], ["From:"]),
        # an HR export: the employee's and the keying clerk's columns
        (
            'case_id,employee,opened,note,entered_by\nHR-26-1,"robert cartwright",2026-03-08,'
            '"called, ok",GH\nref,surname,forename,timestamp,free_text,user\n'
            'R1,hunt,emma,2025-12-15 09:16,"ID check, fine",RMC\n',
            ["robert", "cartwright", "GH", "hunt", "emma", "RMC"],
            ["case_id,employee", "entered_by", "free_text,user", "ID check, fine"],
        ),
        # a nickname given beside its person, and a handle ending in an underscore
        (
            'Lofty, as he is universally known, led. Complaint about WO2 D Evans ("Evo") '
            "logged; posted on @rpatel_ that night.",
            ["Lofty", "Evo", "rpatel"],
            ["as he is universally known", "logged;", "that night"],
        ),
        ('The programme ("Thrive") and Op COURAGE ("courage").', [], ["Thrive", "courage"]),
        # a rank before a full name typed in lower case: the first name alone in lower case
        # is that person in every turn (the 100,000-staff run's residual hit, "tell pita to")
        (
            "Participant\nthe welfare officer, sgt pita vaka, gave me her number.\nInterviewer"
            "\nThanks, Pita.\nParticipant\nyeah, i'd tell pita to do it too.",
            ["pita", "Pita", "vaka"],
            ["the welfare officer", "i'd tell", "to do it too"],
        ),
    ],
)
def test_when_a_record_names_a_place_rank_age_or_person_then_it_goes_and_its_frame_stays(
    engine: ScrubEngine, text: str, gone: list[str], kept: list[str]
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert value not in scrubbed
    for value in kept:
        assert value in scrubbed
