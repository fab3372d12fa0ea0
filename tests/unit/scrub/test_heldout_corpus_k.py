"""Held-out corpus K (what an evaluation team writes about the people it interviews: field
notes, reflections, memos, quote banks, draft report paragraphs, recruitment logs, coding
sheets and a team's message thread) stays what SOURCE.md says.

The corpus is frozen: its SHA-256 is pinned in SOURCE.md, and the seeded generator under
source/ must rebuild it byte for byte, so a label fix is always a visible, explained change.
"""

from __future__ import annotations

import re
from pathlib import Path

import corpus_checks as checks

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "k_notes"
TYPES = {
    "PERSON", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "LOCATION", "BASE", "UNIT", "AGE",
    "DATE_OF_BIRTH", "SERVICE_NUMBER",
}  # fmt: skip
STYLES = {
    "fieldnote": 50, "reflection": 50, "memo": 50, "quotebank": 50, "report": 50,
    "recruitment": 50, "sheet": 50, "thread": 50,
}  # fmt: skip
PERSON_FORMS = {
    "full", "first", "sur", "dim", "nick", "rank", "title", "init", "surfirst", "caps",
    "firstinit", "initials", "typo",
}  # fmt: skip
OTHER_FORMS = {
    "ADDRESS/street", "AGE/digits", "AGE/words", "BASE/abbreviation", "BASE/base",
    "BASE/garrison", "DATE_OF_BIRTH/digits", "EMAIL/plain", "LOCATION/town", "PHONE/digits",
    "POSTCODE/plain", "SERVICE_NUMBER/digits", "UNIT/battalion", "UNIT/commando",
    "UNIT/formation", "UNIT/regiment", "UNIT/ship", "UNIT/squadron",
}  # fmt: skip
DECOY_KINDS = {
    "acronym", "age_band", "code", "count", "date", "file", "header", "money", "place_word",
    "product", "rank", "role", "service", "status", "system", "team", "time", "weekday",
    "word", "year",
}  # fmt: skip
NAME_ONLY_FORMS = {"full", "first", "sur", "dim", "nick", "surfirst", "caps", "firstinit", "typo"}
SURNAME_FORMS = {"full", "sur", "rank", "title", "init", "surfirst", "caps", "initials"}
# A sender's display name: "Name  08:14" or "Name [08:14]" on its own line, or
# "[date, 08:14] Name: message".
SENDER_AFTER = re.compile(r"  \d\d:\d\d| \[\d\d:\d\d\]")
SENDER_BEFORE = re.compile(r"\[[^\]\n]+\] ")
PARTICIPANT_ID = re.compile(r"(?<![\w-])(?:[Pp]\d{1,2}|WB-\d{3})(?!\w)")

CHECKS = {
    **checks.record_checks(TYPES, "k", most_mentions=6, words=(40, 450)),
    "initials are two letters": lambda r: all(
        re.fullmatch(r"[A-Za-z]{2}", r["text"][s["start"] : s["end"]])
        for s in r["spans"]
        if s["form"] == "initials"
    ),
}


class TestHeldoutCorpusK(checks.HeldoutCorpusInOrderTests):
    corpus = checks.HeldoutCorpus(
        CORPUS_DIR, STYLES, TYPES, PERSON_FORMS, OTHER_FORMS, DECOY_KINDS, CHECKS
    )


records = checks.corpus_fixture(CORPUS_DIR)


def test_when_a_surname_is_misspelt_then_the_person_was_named_with_it_before(records) -> None:
    """A `typo` span follows a mention of its person that holds the surname."""
    checks.assert_late_forms_follow_a_naming(records, ("typo",), SURNAME_FORMS)


def test_when_a_person_is_named_then_no_word_of_the_name_stands_unlabelled_elsewhere(
    records,
) -> None:
    checks.assert_no_name_word_stands_unlabelled(records, NAME_ONLY_FORMS)


def test_when_a_participant_id_is_written_then_it_is_a_file_decoy(records) -> None:
    """P07 and WB-007 are the team's pseudonyms: each is a decoy of kind `file`, so a
    scrubber that removes them is counted as destroying text that must survive."""
    for record in records:
        ids = {(d["start"], d["end"]) for d in record["decoys"] if d["kind"] == "file"}
        for found in PARTICIPANT_ID.finditer(record["text"]):
            assert (found.start(), found.end()) in ids, (record["id"], found.start())


def test_when_quotes_are_attributed_then_some_name_people_and_some_are_anonymised(
    records,
) -> None:
    """Quote banks and report drafts hold both kinds of attribution: anonymised ones
    (a role word, a service, an age band) carry no PERSON span."""
    kinds = {
        d["kind"] for r in records if r["style"] in ("quotebank", "report") for d in r["decoys"]
    }
    assert {"age_band", "service", "rank"} <= kinds
    named = [r for r in records if r["style"] in ("quotebank", "report")]
    assert all(any(s["type"] == "PERSON" for s in r["spans"]) for r in named)


def test_when_a_thread_is_read_then_each_sender_has_one_display_name(records) -> None:
    """A message thread's senders are PERSON spans shown the same way on every message."""
    for record in (r for r in records if r["style"] == "thread"):
        text = record["text"]
        shown: dict[str, set[str]] = {}
        senders = 0
        for span in record["spans"]:
            line_start = text.rfind("\n", 0, span["start"]) + 1
            line_end = text.find("\n", span["end"])
            before = text[line_start : span["start"]]
            after = text[span["end"] : line_end if line_end >= 0 else len(text)]
            if SENDER_AFTER.fullmatch(after) or (
                SENDER_BEFORE.fullmatch(before) and after.startswith(": ")
            ):
                senders += 1
                value = text[span["start"] : span["end"]]
                shown.setdefault(span["entity"], set()).add(value)
        assert senders >= 4, record["id"]
        assert all(len(values) == 1 for values in shown.values()), record["id"]
