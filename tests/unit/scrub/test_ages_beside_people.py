"""Ages straight after a person already found (scrub/ages_beside_people.py), a first name no
list holds before a found surname (name_edges._an_unlisted_name), and table columns of who
signed or coded each row (table_column_recognizer's role headers).

Each row runs the whole engine: the values listed go, the ones kept stay. The rows were
written from the shapes a forum, a register and a coding sheet use, not from a held-out
corpus; the "kept" rows are the durations, counts and measures of the same shapes.
"""

from __future__ import annotations

import dataclasses
import re

import pytest

from sealflow.scrub.document import Segment
from sealflow.scrub.engine import ScrubEngine, get_engine
from sealflow.scrub.scrubber import scrub_segment_lists
from sealflow.scrub.settings import default_settings

# (text, values that go, values that stay)
CASES = [
    ("got a laptop for Kacper (3) off WhatsApp", ["Kacper", "3"], ["laptop"]),
    ("róisín flanagan (36) from our old troop", ["róisín flanagan", "36"], ["troop"]),
    ("P07 (Cpl Tamang, 34, REME) said it helped", ["Tamang", "34"], ["P07", "helped"]),
    ("Sgt Ratu Naivalu (M, 41) and Jo Bloggs (F/38) attended", ["41", "38"], ["attended"]),
    ("we have harry who is 1 and riley 5. any tips", ["harry", "1", "riley", "5"], ["tips"]),
    ("Pt: Lt Nair  54yrs\nseen today", ["Nair", "54"], ["seen today"]),
    ("Cpl Smith was 3 years in Germany", ["Smith"], ["3 years", "Germany"]),
    ("Jones is 6 foot and Smith is 5 minutes late", ["Jones", "Smith"], ["6 foot", "5 minutes"]),
    ("Cpl Smith, 3 Section, was on leave", ["Smith"], ["3 Section"]),
    ("Goals: Smith 3 and the rest", ["Smith"], ["3"]),
    ("I spoke to Ignatius Blenkinsop yesterday", ["Ignatius", "Blenkinsop"], ["yesterday"]),
    ("Yesterday Blenkinsop called. Thanks Blenkinsop.", ["Blenkinsop"], ["Yesterday", "Thanks"]),
    (
        "Name | From | To | Days | Type | Auth\nJONES F | 13/08 | 25/08 | 12 | S/L | DD\n"
        "Morgan H | 07/01 | 09/01 | 2 | A/L | OC",
        ["JONES F", "DD", "Morgan H"],
        ["S/L", "A/L", "OC", "Auth"],
    ),
    ("ID | Theme | Coder\nP07 | isolation | RB\nP12 | stigma | n/a", ["RB"], ["P07", "n/a"]),
]


def _scrubbed(engine: ScrubEngine, text: str) -> str:
    (result,) = scrub_segment_lists(engine, [[Segment(text)]])
    return result.texts([Segment(text)])[0]


@pytest.mark.parametrize(("text", "gone", "kept"), CASES)
def test_values_go_and_the_rest_stays(
    engine: ScrubEngine, text: str, gone: list[str], kept: list[str]
) -> None:
    out = _scrubbed(engine, text)
    bare = re.sub(r"\[[A-Z_]+(?:-\d+)?\]", " ", out)
    for value in gone:
        assert not re.search(rf"(?<!\w){re.escape(value)}(?!\w)", bare), f"{value!r} in {out!r}"
    for value in kept:
        assert value in out, f"{value!r} lost from {out!r}"


def test_a_study_keeping_exact_ages_keeps_them_beside_people() -> None:
    settings = dataclasses.replace(default_settings(), keep_exact_ages=True)
    out = _scrubbed(get_engine(settings), "got a laptop for Kacper (3) off WhatsApp")
    assert "(3)" in out and "Kacper" not in out
