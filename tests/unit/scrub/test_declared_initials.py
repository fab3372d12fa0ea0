"""Initials a document declares in brackets after a name are that person's, whoever else the
letters fit; numbered initials are a person each; a register's surnames with different
initials are two people. Every example is synthetic."""

from __future__ import annotations

import re

import pytest

from sealflow.scrub.declared_initials import declared_initials, initials_letters, named_writers
from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.people import PersonIndex
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import default_settings

SETTINGS = default_settings()
WORDS = SETTINGS.wordlists()
DIMINUTIVES = SETTINGS.diminutives()


def _spans(text: str, values: list[str]) -> list[tuple[int, int]]:
    spans, at = [], 0
    for value in values:
        start = text.index(value, at)
        spans.append((start, start + len(value)))
        at = start + len(value)
    return spans


@pytest.mark.parametrize(
    ("text", "people", "declared"),
    [
        ("Present: Jo Evans (J.E.), Tom Morris (TMo)", ["Jo Evans", "J.E.", "Tom Morris", "TMo"],
         {"J.E.": "Jo Evans", "TMo": "Tom Morris"}),
        ("Callum Lewis (CL2) and Cara Lamb (CL1)", ["Callum Lewis", "CL2", "Cara Lamb", "CL1"],
         {"CL2": "Callum Lewis", "CL1": "Cara Lamb"}),
        # a space or words between the name and the bracket: no declaration
        ("Jo Evans said (JE) it", ["Jo Evans", "JE"], {}),
        ("Jo Evans (with JE)", ["Jo Evans", "JE"], {}),
        # a degree or a plural of capitals is nobody's initials
        ("Jo Evans (BSc) and Tom Morris (NCOs)", ["Jo Evans", "BSc", "Tom Morris", "NCOs"], {}),
        # the same initials declared for two names declare neither
        ("Jo Evans (JE) and Jan Ennis (JE)", ["Jo Evans", "JE", "Jan Ennis", "JE"], {}),
    ],
)  # fmt: skip
def test_declared_initials_are_read_from_the_bracket_after_a_name(
    text: str, people: list[str], declared: dict[str, str]
) -> None:
    assert declared_initials(text, _spans(text, people)) == declared


@pytest.mark.parametrize(
    ("value", "letters"), [("J.E.", "je"), ("TMo", "tmo"), ("CL2", "cl"), ("kb", "kb")]
)
def test_initials_letters(value: str, letters: str) -> None:
    assert initials_letters(value) == letters


def _people(mentions: list[str], declared: dict[str, str]) -> list[int | None]:
    index = PersonIndex(WORDS, DIMINUTIVES)
    index.learn(mentions, declared=declared)
    return [index.person_of(m) for m in mentions]


@pytest.mark.parametrize(
    ("mentions", "declared", "same", "different"),
    [
        # declared for Tendai van der Merwe, though the letters fit Tina Murphy's name
        (["Tendai van der Merwe", "TM", "Tina Murphy", "TM"], {"TM": "Tendai van der Merwe"},
         [(0, 1), (1, 3)], [(1, 2)]),
        # undeclared, the letters fit both: neither's
        (["Tendai Mensah", "TM", "Tina Murphy"], {}, [], [(1, 0), (1, 2)]),
        # a surname's next letter, declared: the person's
        (["Thomas Morris", "TMo", "Tina Murphy"], {"TMo": "Thomas Morris"}, [(0, 1)], [(1, 2)]),
        # someone who declared initials takes no other letters that fit their name
        (["Jo Evans", "J.E.", "JLE"], {"J.E.": "Jo Evans"}, [(0, 1)], [(0, 2)]),
        # numbered initials declared for no one: a person each
        (["Callum Lewis", "CL1", "CL2"], {}, [], [(0, 1), (0, 2), (1, 2)]),
        (["Callum Lewis", "CL2", "CL1"], {"CL2": "Callum Lewis"}, [(0, 1)], [(0, 2), (1, 2)]),
        # a register's surname with two different initials: two people; the bare surname
        # under a rank fits both and joins neither
        (["MACKENZIE J", "Lt MacKenzie", "MACKENZIE NC"], {}, [], [(0, 2), (0, 1), (1, 2)]),
        (["Lt MacKenzie", "MACKENZIE J", "MACKENZIE NC"], {}, [], [(1, 2), (0, 2)]),
        # one initial: the bare surname is that person's
        (["Lt MacKenzie", "MACKENZIE J"], {}, [(0, 1)], []),
        # a register's "BELL O", "EVANS O": the O is an initial, not a particle
        (["BELL J", "BELL O"], {}, [], [(0, 1)]),
        (["EVANS J", "EVANS O", "OE"], {}, [(1, 2)], [(0, 1)]),
        # "Nolan K" (Nolan a first name too) in a register beside "Nolan C"
        (["Nolan K", "PO Nolan", "Nolan C"], {}, [], [(0, 2), (1, 0), (1, 2)]),
        (["PO Nolan", "Nolan K"], {}, [(0, 1)], []),
        # initials of a particle surname's main word; two people they fit: neither's,
        # but the same letters are one person throughout
        (["Pieter ap Rhys", "PR"], {}, [(0, 1)], []),
        (["Nicholas ap Rhys", "Nadia Rees", "NR", "NR"], {}, [(2, 3)], [(2, 0), (2, 1)]),
        # a display name's initial of a surname with particles
        (["Tendai van der Merwe", "Tendai M"], {}, [(0, 1)], []),
        (["Gary de la Cruz", "Gary C"], {}, [(0, 1)], []),
    ],
)  # fmt: skip
def test_declared_and_numbered_initials_choose_their_person(
    mentions: list[str],
    declared: dict[str, str],
    same: list[tuple[int, int]],
    different: list[tuple[int, int]],
) -> None:
    people = _people(mentions, declared)
    for a, b in same:
        assert people[a] == people[b], (mentions[a], mentions[b])
    for a, b in different:
        assert people[a] != people[b], (mentions[a], mentions[b])


def test_minutes_name_people_by_the_initials_they_declared(engine: ScrubEngine) -> None:
    text = (
        "Attendees: Lt Col Jo Evans (J.E.), LCpl Tendai van der Merwe (TM), "
        "LCpl Thomas Morris (TMo)\n"
        "1. TM to check with B Flt.\n"
        "2. Sgt Tina Murphy raised the rota. TMo to check the budget.\n"
        "Owner: TM\n"
        "Minutes: J.E."
    )
    scrubbed = scrub_texts(engine, [text])[0]
    lines = scrubbed.split("\n")
    heads = re.findall(r"\[PERSON-\d+\]", lines[0])
    evans, evans_initials, merwe, merwe_initials, morris, morris_initials = heads
    assert evans == evans_initials and merwe == merwe_initials and morris == morris_initials
    assert re.findall(r"\[PERSON-\d+\]", lines[1]) == [merwe]
    murphy, morris_again = re.findall(r"\[PERSON-\d+\]", lines[2])
    assert murphy not in heads and morris_again == morris
    assert lines[3] == f"Owner: {merwe}"
    assert lines[4] == f"Minutes: {evans}"


@pytest.mark.parametrize(
    ("text", "people", "writers"),
    [
        ("Case worker: Kate Kelly, padre\nKevin Kumar rang. KK",
         ["Kate Kelly", "Kevin Kumar", "KK"], {"Kate Kelly"}),
        ("Guard Commander: AB Kevin Dixon\n1 | CPO Kofi Doyle out | KD",
         ["AB Kevin Dixon", "CPO Kofi Doyle", "KD"], {"AB Kevin Dixon"}),
        # a name in the body is no writer
        ("Notes\nKate Kelly rang from: Kevin Kumar", ["Kate Kelly", "Kevin Kumar"], set()),
    ],
)  # fmt: skip
def test_named_writers_are_read_from_a_writers_field(
    text: str, people: list[str], writers: set[str]
) -> None:
    assert named_writers(text, _spans(text, people)) == writers


def test_initials_that_fit_two_people_are_the_writers(engine: ScrubEngine) -> None:
    text = (
        "Welfare case notes – WO2 Kevin Kumar\nCase worker: Kate Kelly, padre\n"
        "23 Mar 10:10 – Referral made. Kevin aware. KK\n01/09 14:20 – Kevin rang in. – KK"
    )
    lines = scrub_texts(engine, [text])[0].split("\n")
    (kelly,) = re.findall(r"\[PERSON-\d+\]", lines[1])
    assert lines[2].endswith(f"aware. {kelly}") and lines[3].endswith(f"– {kelly}")
    assert kelly not in lines[0]


def test_without_a_writer_initials_that_fit_two_people_are_neither(engine: ScrubEngine) -> None:
    text = "Kevin Kumar and Kate Kelly met.\nKK to follow up. KK aware."
    lines = scrub_texts(engine, [text])[0].split("\n")
    named = set(re.findall(r"\[PERSON-\d+\]", lines[0]))
    initials = re.findall(r"\[PERSON-\d+\]", lines[1])
    assert len(set(initials)) == 1 and not named & set(initials)
