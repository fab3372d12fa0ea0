"""A team's key of initials (scrub/initials_keys.py) and cells of a pasted sheet
(detect.cut_at_cells): the whole engine on each text, with the placeholders it gives.

Written from the shapes an evaluation team's trackers and coding sheets use (the twelfth
tuning corpus's style), not from a held-out corpus.
"""

from __future__ import annotations

import re

import pytest

from sealflow.scrub.document import Segment
from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_segment_lists


def _scrubbed(engine: ScrubEngine, text: str) -> str:
    (result,) = scrub_segment_lists(engine, [[Segment(text)]])
    return result.texts([Segment(text)])[0]


@pytest.mark.parametrize(
    ("text", "same_person"),
    [
        # the key gives the initials; every later use is the same person
        ("Coders: NF (Nathan)\nNF to chase. Escalate to NF.", ["Nathan", "NF", "NF", "NF"]),
        ("Team: LCa = Litia Campbell\nrescheduled per LCa", ["LCa", "Litia Campbell", "LCa"]),
        ("Róisín O'Neill (RO'N) coded P07; RO'N to send", ["Róisín O'Neill", "RO'N", "RO'N"]),
        ("Emma Khan (EKh). Agreed to use EKh's codebook.", ["Emma Khan", "EKh", "EKh"]),
        (
            "Team: K.K. = Kofi Kumi\n[10:49] K.K.: anyone got the forms?",
            ["K.K.", "Kofi Kumi", "K.K."],
        ),
    ],
)
def test_initials_a_key_declares_are_one_person_everywhere(
    engine: ScrubEngine, text: str, same_person: list[str]
) -> None:
    out = _scrubbed(engine, text)
    placeholders = re.findall(r"\[PERSON-\d+\]", out)
    assert len(placeholders) == len(same_person), out
    assert len(set(placeholders)) == 1, out


@pytest.mark.parametrize(
    "text",
    [
        "Sgt Jones (RN) and Cpl Hay (REME) said",  # a service in brackets, not initials
        "NB WB1 = wellbeing - family, not initials. OC (Maj Reid) agreed",
    ],
)
def test_capitals_that_are_no_key_stay(engine: ScrubEngine, text: str) -> None:
    out = _scrubbed(engine, text)
    for kept in ("RN", "WB1", "OC", "wellbeing"):
        if kept in text:
            assert re.search(rf"(?<!\w){kept}(?!\w)", out), (kept, out)


def test_a_span_across_a_sheets_tab_keeps_the_cell_its_recognizer_read(
    engine: ScrubEngine,
) -> None:
    text = "ID\tRk\tUnit\tAge/Sex\nP44\tCpl\tII(AC) Sqn\t56/F\nR34\tLCpl\tRAF Brize Norton\t20/M"
    rows = _scrubbed(engine, text).split("\n")
    assert rows[1].split("\t")[:2] == ["P44", "Cpl"]  # the rank's cell stays
    assert rows[2].split("\t")[:2] == ["R34", "LCpl"]
    assert "Sqn" not in rows[1] and "Brize" not in rows[2]
    assert "56" not in rows[1] and "20" not in rows[2]


# (text, values that go, values that stay): initials where a team or a family puts a person
# though no key declares them (scrub/initials_in_slots.py), and a surname's initial after a
# found first name (detect._initial_after)
SLOTS = [
    ("[10:00] JN: is PS a code or a theme? asking for GT", ["JN", "GT"], ["PS"]),
    ("[JH: swap for a Navy rating; KS agree?]", ["JH", "KS"], ["Navy"]),
    ("2nd coder: SH, Thurs 23/12. Disagreements to GH.", ["SH", "GH"], ["Thurs"]),
    ("NB WB1 = wellbeing, see code ST. Queries - EM.", ["EM"], ["NB", "WB1", "ST"]),
    (
        "LC & me @ Catterick, GW and I at DMRC. SR can you reply?",
        ["LC", "GW", "SR"],
        ["& me @", "and I at"],
    ),
    ("updated 19 Dec by JT\n\nMMacL\nMob: 07873 905581", ["JT", "MMacL"], ["Mob"]),
    ("OC to action. HR aware. The CO and RSM agree? by PM", [], ["OC", "HR", "CO", "RSM", "PM"]),
    (
        "I spoke to J.B. (MO) who advised me. Do not share this with Cpl Doyle or SD.",
        ["SD"],
        ["MO"],
    ),
    ("me: thx ss\nthanks all, ta mate", ["ss"], ["all", "mate"]),
    ("Samuel: Danny A?? no way. Ify: Sunita A said 6 wks", ["Danny", "A", "Sunita"], ["said"]),
    # two people by initials doing something together
    (
        "P38: GM and JL ran the session. aw and kf ran it. HR and IT ran the rest.",
        ["GM", "JL", "aw", "kf"],
        ["HR and IT ran"],
    ),
    (
        "i told sam a story. owain a. is the one. sam n me went",
        ["sam", "owain"],
        ["a story", "n me"],
    ),
]


@pytest.mark.parametrize(("text", "gone", "kept"), SLOTS)
def test_initials_in_a_persons_slot_go_and_codes_stay(
    engine: ScrubEngine, text: str, gone: list[str], kept: list[str]
) -> None:
    out = _scrubbed(engine, text)
    bare = re.sub(r"\[[A-Z_]+(?:-\d+)?\]", " ", out)
    for value in gone:
        assert not re.search(rf"(?<![\w.]){re.escape(value)}(?![\w])", bare), (value, out)
    for value in kept:
        assert value in out, (value, out)
