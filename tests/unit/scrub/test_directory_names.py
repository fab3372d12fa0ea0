"""A staff directory's entry ("FRASER, Morag Lt Col (ARMY-42CDO)") is one person and, after
a service's prefix, their unit; a department's code and a place in brackets stay. Every
name is synthetic."""

from __future__ import annotations

import pytest

from sealflow.scrub.directory_names import directory_entries
from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts

ENTRIES = [
    # (text, the entry's spans as (type, text))
    ("Brackenbury, Grace LCpl (ARMY-27RLC)  15:30",
     [("PERSON", "Brackenbury, Grace LCpl"), ("UNIT", "27RLC")]),
    ("From: FRASER, Morag Lt Col (ARMY-42CDO) <m.fraser@army.local>",
     [("PERSON", "FRASER, Morag Lt Col"), ("UNIT", "42CDO")]),
    ("Message Fairclough, Summer Cpl (RM-42CDO) on Teams",
     [("PERSON", "Fairclough, Summer Cpl"), ("UNIT", "42CDO")]),
    ("To: van der MERWE, Anja Flt Lt (RAF-IXB)",
     [("PERSON", "van der MERWE, Anja Flt Lt"), ("UNIT", "IXB")]),
    # a department's team code is no unit; the person is still one
    ("To: HOLLIS, Penny Ms (HOCS-HR)", [("PERSON", "HOLLIS, Penny Ms"), ("CODE", "HOCS-HR")]),
    ("Osei, Kofi Kgn (Army)  15:32", [("PERSON", "Osei, Kofi Kgn"), ("CODE", "Army")]),
    # no directory here: a place and its country, a list
    ("Paris, France (EU)", []),
    ("we went to Leeds, York (ARMY-ish trip)", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ENTRIES)
def test_directory_entries_are_read_whole(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(kind, text[start:end]) for kind, start, end in directory_entries(text)]
    assert found == expected


def test_a_directory_entry_is_one_person_with_the_name_said_later(engine: ScrubEngine) -> None:
    text = "Brackenbury, Grace LCpl (ARMY-27RLC)  15:30\nok\nBrackenbury said no"
    scrubbed = scrub_texts(engine, [text])[0]
    assert scrubbed == "[PERSON-1] (ARMY-[UNIT-1])  15:30\nok\n[PERSON-1] said no"
