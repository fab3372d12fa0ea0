"""Names on neighbouring lines, or side by side, that are two people: never one placeholder,
never one replacement eating the line break between them. A name broken over a line
("Sgt Akosua" + "\\nOwusu") is still one person. Every example is synthetic."""

from __future__ import annotations

import itertools
import re

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts

PLACEHOLDER = re.compile(r"\[PERSON-\d+\]")


def _lines(engine: ScrubEngine, text: str) -> list[str]:
    return scrub_texts(engine, [text])[0].split("\n")


@pytest.mark.parametrize(
    ("text", "named", "kept"),
    [
        # bare initials end their line: the next line's name is someone else
        ("Shift handover Tues\nOn call: KS / DC\nFrancis living out, on days from 3rd Jan",
         [1, 2], ["On call:", "living out"]),
        # dotted initials at a line's end are not the initials of the next line's name
        ("Med centre log Sat\nOn call: TW & N.K.\nR.T. Nakarawa attended at 10ish.",
         [1, 2], ["On call:", "attended at 10ish."]),
        # a chat's "Surname, First" title, then the next sender's whole name
        ("Chat with Leung, Zhiwei\nDafydd Powell\n06:53\nMr Wright has gone Duty",
         [0, 1, 3], ["Chat with", "has gone Duty"]),
        # a reaction's name, then the next sender written surname first
        ("Postcode booked\nReactions: :sweat_smile: Kojo\nLeung, Zhiwei\n09:53\nbus booked",
         [1, 2], ["Reactions:", "bus booked"]),
        # a forum's poster by user name, then a post opening with another user name
        ("Birthday ideas\nPosted by MattG\nKobbyBoateng is that you from coffee?? x",
         [1, 2], ["Posted by", "is that you from coffee"]),
        ("Posted by dave_r84\nHelen said the course was good",
         [0, 1], ["Posted by", "said the course"]),
    ],
)  # fmt: skip
def test_people_on_their_own_lines(
    engine: ScrubEngine, text: str, named: list[int], kept: list[str]
) -> None:
    lines = _lines(engine, text)
    assert len(lines) == len(text.split("\n"))
    by_line = [set(PLACEHOLDER.findall(line)) for line in lines]
    # the lines that held a name hold a placeholder, and none of another line's
    assert [number for number, found in enumerate(by_line) if found] == named
    for above, below in itertools.pairwise(by_line):
        assert not above & below
    for words in kept:
        assert words in "\n".join(lines)


def test_a_log_entrys_subject_after_a_dash_is_kept(engine: ScrubEngine) -> None:
    scrubbed = scrub_texts(engine, ["Khan NP - RTW interview 3rd Jan 0600, Bay 6"])[0]
    assert PLACEHOLDER.fullmatch(scrubbed.split(" - ")[0])
    assert scrubbed.endswith(" - RTW interview 3rd Jan 0600, Bay 6")


def test_a_name_broken_over_a_line_is_one_person(engine: ScrubEngine) -> None:
    scrubbed = scrub_texts(engine, ["I spoke to Sgt Akosua\nOwusu about it, she was fine."])[0]
    assert len(PLACEHOLDER.findall(scrubbed)) == 1
    assert "Owusu" not in scrubbed


def test_people_on_their_lines_get_their_own_placeholders(engine: ScrubEngine) -> None:
    lines = _lines(engine, "Chat with Leung, Zhiwei\nDafydd Powell\n06:53\nfine\nLeung, Zhiwei")
    assert PLACEHOLDER.findall(lines[0]) == PLACEHOLDER.findall(lines[4])
    assert set(PLACEHOLDER.findall(lines[0])).isdisjoint(PLACEHOLDER.findall(lines[1]))


@pytest.mark.parametrize(
    "text",
    [
        # two first names addressed together, each named alone elsewhere
        "Dai is on leave.\nVicky doesn't know.\nDai Vicky stop arguing\nDai said fine.",
        "Priya rang. Then Sian rang. Later Priya Sian both came round.",
    ],
)
def test_two_first_names_side_by_side_are_two_people(engine: ScrubEngine, text: str) -> None:
    scrubbed = scrub_texts(engine, [text])[0]
    pairs = re.findall(r"(\[PERSON-\d+\]) (\[PERSON-\d+\])", scrubbed)
    assert len(pairs) == 1
    first, second = pairs[0]
    assert first != second


@pytest.mark.parametrize(
    "text",
    [
        # a first name and a surname, or a first name never named alone: one person
        "Dai is on leave. Dai Jenkins rang later.",
        "Mary Ann came in. Then Sarah left.",
    ],
)
def test_a_first_name_and_what_follows_stay_one_person(engine: ScrubEngine, text: str) -> None:
    scrubbed = scrub_texts(engine, [text])[0]
    assert not re.search(r"\[PERSON-\d+\] \[PERSON-\d+\]", scrubbed)


def test_who_reacted_in_brackets_are_people_apart(engine: ScrubEngine) -> None:
    text = "Emyr is back from leave\n🙏 2 (Benjamin, Emyr)\nok Benjamin Bradshaw"
    lines = _lines(engine, text)
    emyr = PLACEHOLDER.findall(lines[0])
    benjamin, emyr_again = PLACEHOLDER.findall(lines[1])
    assert emyr == [emyr_again] and benjamin != emyr_again
    assert PLACEHOLDER.findall(lines[2]) == [benjamin]


def test_a_reaction_then_a_slack_sender_are_people_apart(engine: ScrubEngine) -> None:
    text = "Reactions: :pray: Darren\nDinger  2:38 PM\nwilliams is at the range"
    lines = _lines(engine, text)
    assert len(lines) == 3
    assert lines[1].endswith("  2:38 PM")
    assert set(PLACEHOLDER.findall(lines[0])).isdisjoint(PLACEHOLDER.findall(lines[1]))


def test_a_list_of_surname_first_names_a_line_each(engine: ScrubEngine) -> None:
    text = (
        "In attendance:\n  Roberts, Ali\n  Roberts, Mei – G1 Clerk\n  Okafor, Francesca\n\n"
        "1. Room bookings. AR and MR to update. FO aware."
    )
    lines = _lines(engine, text)
    people = [PLACEHOLDER.findall(lines[n]) for n in (1, 2, 3)]
    assert all(len(found) == 1 for found in people), lines
    assert len({found[0] for found in people}) == 3
    assert PLACEHOLDER.findall(lines[5]) == [people[0][0], people[1][0], people[2][0]]


@pytest.mark.parametrize("tag", ["Gym", "Work", "Mob"])
def test_a_contacts_saved_tag_stays_beside_the_sender(engine: ScrubEngine, tag: str) -> None:
    text = f"[02/09/2025, 11:13:24] Ekow {tag}: ok see you there"
    assert (
        scrub_texts(engine, [text])[0]
        == f"[02/09/2025, 11:13:24] [PERSON-1] {tag}: ok see you there"
    )
