"""A statement's or a record's form words are no one: a law's short title and year, a rule's
number, a label of words ("Dates to avoid:", "Years served:"), the next field's label after
a rank, a "Signature:" line under each page, and the parties of a Service Complaint's record
of interview ("<v IO>", "<v WIT>"). Each case holds what must go and what must stay.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.formats import read_document
from sealflow.scrub.scrubber import scrub_segment_lists, scrub_texts


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        (
            "WITNESS STATEMENT\n(CJ Act 1967, s.9; MC Act 1980, ss.5A(3)(a); Criminal "
            "Procedure Rules, r.16.2)\nStatement of: BRADLEY SANDERSON",
            ["BRADLEY", "SANDERSON"],
            ["CJ Act 1967", "MC Act 1980", "r.16.2"],
        ),
        (
            "Date of birth: 13.07.94\nDates to avoid: 19 April 2026\nRank on leaving: L/Cpl\n"
            "Years served: 9\nKasia from HR: called back",
            ["13.07.94", "Kasia"],
            ["Dates to avoid:", "Years served: 9", "from HR: called back"],
        ),
        # a file's id in a transcript's title holds no phone number (the 100,000-staff
        # run's residual hit of this round: "[PHONE-1]bf" left "bf" read as a name)
        (
            "Interview interview-0507481855bf\nCall me on 07700900123.",
            ["07700900123"],
            ["interview-0507481855bf"],
        ),
        (
            "Name: Rai, Pramila   Rank: WO2   Service No: 21474255",
            ["Rai", "Pramila", "21474255"],
            ["Rank: WO2   Service No:"],
        ),
    ],
)
def test_when_a_statement_names_a_law_or_a_field_then_only_the_person_goes(
    engine: ScrubEngine, text: str, gone: list[str], kept: list[str]
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert value not in scrubbed
    for value in kept:
        assert value in scrubbed


def test_when_signature_lines_open_a_statement_twice_then_they_are_no_speaker(
    engine: ScrubEngine, tmp_path: Path
):
    (tmp_path / "statement.txt").write_text(
        "I am 31 years of age and serve with 1 SCOTS.\n\nSignature: [signature]   Date: "
        "2026-03-25\n\nI saw Wei Jie Liu shout at Ray Baker.\n\nSignature: [signature]   "
        "Signature witnessed by: C.MacRae\n",
        encoding="utf-8",
    )
    (tmp_path / "interview.vtt").write_text(
        "WEBVTT\n\n00:00:02.609 --> 00:00:09.432\n<v IO>This interview is being recorded."
        "\n\n00:00:10.129 --> 00:00:19.954\n<v WIT>CSgt Manisha Limbu, and I am 34.\n\n"
        "00:00:20.100 --> 00:00:25.000\n<v Investigating Officer>Thank you, Manisha.\n",
        encoding="utf-8",
    )
    statement, interview = (
        _scrubbed(engine, tmp_path, name) for name in ("statement.txt", "interview.vtt")
    )
    assert statement.count("Signature: [signature]") == 2
    assert "Wei Jie" not in statement and "MacRae" not in statement
    for role in ("<v IO>", "<v WIT>", "<v Investigating Officer>"):
        assert role in interview
    assert "Manisha" not in interview and "Limbu" not in interview


def _scrubbed(engine: ScrubEngine, folder: Path, name: str) -> str:
    """The file scrubbed through its format's reader and writer, as a study scrubs it."""
    document = read_document(folder / name)
    (scrubbed,) = scrub_segment_lists(engine, [document.segments])
    out = folder / f"scrubbed-{name}"
    document.writer(scrubbed.edits, out)
    return out.read_text(encoding="utf-8")
