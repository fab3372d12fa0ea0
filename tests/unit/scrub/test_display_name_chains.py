"""Display names in a row without commas ("Dai D Salote R. Lukas J", as chat reactions,
rotas and sign-in lists write them) are three people, each with the surname's initial
after the first name: no initial is read as opening the next name, no placeholder holds
two people, and a person named again gets the placeholder of their display name."""

from __future__ import annotations

import re

import pytest

from sealflow.scrub.scrubber import scrub_texts

PLACEHOLDER = re.compile(r"\[PERSON-\d+\]")


@pytest.mark.parametrize(
    ("text", "people_in_the_row"),
    [
        ("Sanjay, 17:42\nDai D Salote R. Lukas J please check Strava\nSanjay, 17:45", 3),
        ("seen by: Kofi B Bishnu G Emeka N\nall signed", 3),
        ("reacted: Priya S Tomasz W\nthanks all", 2),
    ],
)
def test_when_display_names_follow_each_other_then_each_is_one_person(
    engine, text, people_in_the_row
):
    scrubbed = scrub_texts(engine, [text])[0]
    row = next(line for line in scrubbed.splitlines() if line.count("[PERSON-") >= 2)
    placeholders = PLACEHOLDER.findall(row)
    assert len(placeholders) == people_in_the_row, scrubbed
    assert len(set(placeholders)) == people_in_the_row, scrubbed
    # no initial left standing between two placeholders
    assert not re.search(r"\] [A-Z]\.? \[", row), scrubbed


def test_when_a_display_name_person_is_named_again_then_the_placeholder_is_theirs(engine):
    text = (
        "Dai D Salote R. Lukas J please check Strava\n"
        "Lukas Janssen, 18:00\nok will do\n"
        "Salote Ravouvou, 18:07\nme too"
    )
    scrubbed = scrub_texts(engine, [text])[0].splitlines()
    row = PLACEHOLDER.findall(scrubbed[0])
    assert scrubbed[1].startswith(row[2]), scrubbed
    assert scrubbed[3].startswith(row[1]), scrubbed


@pytest.mark.parametrize(
    ("text", "one_name"),
    [
        ("the report by Sarah J Smith came in", "Sarah J Smith"),
        ("Action: D. Salote to chase the forms", "D. Salote"),
    ],
)
def test_when_an_initial_stands_in_one_name_then_it_stays_with_it(engine, text, one_name):
    scrubbed = scrub_texts(engine, [text])[0]
    assert scrubbed.count("[PERSON-") == 1, scrubbed
    assert one_name not in scrubbed and not re.search(r"\b[DJ]\b\.?", scrubbed), scrubbed


def test_when_a_name_runs_on_into_the_next_first_name_then_they_are_two_people(engine):
    text = (
        "Sunita Pun, 20:45\nBishnu G. Ciaran B Duncan C. please check WhatsApp\n"
        "Bishnu, 20:50\nok\nBishnu Gurung, 21:06\nCiaran can u sort it\nyrr/CB"
    )
    lines = scrub_texts(engine, [text])[0].splitlines()
    row = PLACEHOLDER.findall(lines[1])
    assert len(set(row)) == 3, lines
    assert lines[2].startswith(row[0]) and lines[4].startswith(row[0]), lines
    # "Ciaran B"'s initials are his: "CB" gets his placeholder
    assert lines[5].startswith(row[1]) and row[1] in lines[6], lines
