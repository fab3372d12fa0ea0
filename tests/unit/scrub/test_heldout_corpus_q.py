"""Held-out corpus Q (the provider's own records: the administrative free text the Ministry
of Defence and its single services hold about their staff) stays what SOURCE.md says.

The corpus is frozen: its SHA-256 is pinned in SOURCE.md, and the seeded generator under
source/ must rebuild it byte for byte, so a label fix is always a visible, explained change.
"""

from __future__ import annotations

import re
from pathlib import Path

import corpus_checks as checks

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "q_records"
TYPES = {
    "PERSON", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "LOCATION", "BASE", "UNIT", "AGE",
    "DATE_OF_BIRTH", "SERVICE_NUMBER", "NI_NUMBER", "NHS_NUMBER",
}  # fmt: skip
STYLES = {
    "appraisal": 42, "sickness": 42, "complaint": 42, "interview": 42, "summary": 42,
    "statement": 42, "exit": 42, "posting": 42, "course": 42, "hrexport": 42,
}  # fmt: skip
PERSON_FORMS = {
    "full", "first", "sur", "dim", "nick", "rank", "title", "init", "initials", "surfirst",
    "caps", "firstinit", "typo", "handle", "spell", "split", "broken",
}  # fmt: skip
OTHER_FORMS = {
    "ADDRESS/street", "AGE/digits", "AGE/words", "BASE/abbreviation", "BASE/base",
    "BASE/garrison", "DATE_OF_BIRTH/digits", "DATE_OF_BIRTH/words", "EMAIL/plain",
    "EMAIL/words", "LOCATION/town", "LOCATION/site", "NHS_NUMBER/digits", "NI_NUMBER/digits",
    "PHONE/digits", "PHONE/words", "POSTCODE/plain", "POSTCODE/words", "SERVICE_NUMBER/digits",
    "SERVICE_NUMBER/words", "UNIT/battalion", "UNIT/commando", "UNIT/corps", "UNIT/formation",
    "UNIT/regiment", "UNIT/ship", "UNIT/squadron",
}  # fmt: skip
DECOY_KINDS = {
    "acronym", "age_band", "count", "date", "file", "filler", "greet_all", "header", "helpline",
    "money", "place_word", "product", "rank", "role", "service", "signoff", "status", "system",
    "tag", "team", "time", "timestamp", "weekday", "word", "year",
}  # fmt: skip
# Forms whose every word is part of the person's name (no rank, title or initial).
NAME_ONLY_FORMS = {
    "full", "first", "sur", "dim", "nick", "surfirst", "caps", "firstinit", "typo", "split",
}  # fmt: skip
SURNAME_FORMS = {"full", "sur", "rank", "title", "init", "surfirst", "caps", "broken"}
# An interview turn opening with a label that names a role, never a person.
ROLE_LINE = re.compile(
    r"^(?:\[[\d:]+\] )?(?P<label>IO|AO|Q|A|WIT|Witness|Interviewee|Investigating Officer)(?=: )",
    re.M,
)


class TestHeldoutCorpusQ(checks.TranscriptCorpusTests):
    corpus = checks.HeldoutCorpus(
        CORPUS_DIR,
        STYLES,
        TYPES,
        PERSON_FORMS,
        OTHER_FORMS,
        DECOY_KINDS,
        checks.transcript_record_checks(TYPES, "q"),
    )
    transcript_style = "interview"
    role_line = ROLE_LINE
    action_styles = ("sickness", "posting")
    name_only_forms = NAME_ONLY_FORMS
    surname_forms = SURNAME_FORMS


records = checks.corpus_fixture(CORPUS_DIR)


def test_when_two_people_share_a_document_then_no_name_or_short_form_is_given_to_both(
    records,
) -> None:
    checks.assert_no_name_given_to_two_people(records)


def test_when_a_name_is_spelt_out_then_the_person_was_named_before(records) -> None:
    """A `spell` span ("S-M-Y-T-H") follows a mention of its person."""
    checks.assert_late_forms_follow_a_naming(records, ("spell",), None)


def test_when_a_name_is_spelt_then_it_is_capital_letters_by_hyphens_or_commas(records) -> None:
    spelt = [
        checks.mark_value(record, span)
        for record in records
        for span in record["spans"]
        if span["form"] == "spell"
    ]
    assert spelt
    for value in spelt:
        assert re.fullmatch(r"\w(?:(?:-|, )\w)+", value), value
        assert value == value.upper(), value


def test_when_a_name_is_broken_then_the_span_holds_the_line_break(records) -> None:
    """`broken`: one span across a line end (with or without a hyphen), in a scanned witness
    statement or a course report printed with hard line ends."""
    broken = [
        (record["style"], checks.mark_value(record, s))
        for record in records
        for s in record["spans"]
        if s["form"] == "broken"
    ]
    assert broken
    assert all("\n" in value for _, value in broken)
    assert any("-\n" in value for _, value in broken)
    assert {style for style, _ in broken} == {"statement", "course"}


def test_when_a_name_is_split_across_turns_then_both_parts_are_one_person(records) -> None:
    """`split`: a name begun by the interviewee and finished by the investigating officer is
    two spans of one entity, each in its own turn."""
    for record in records:
        parts = [s for s in record["spans"] if s["form"] == "split"]
        assert len(parts) % 2 == 0, record["id"]
        for first, second in zip(parts[::2], parts[1::2], strict=True):
            assert first["entity"] == second["entity"], record["id"]
            assert "\n" in record["text"][first["end"] : second["start"]], record["id"]
            assert record["style"] == "interview", record["id"]


def test_when_an_interview_is_recorded_then_two_or_three_voices_speak(records) -> None:
    """An interview has the investigating officer, the interviewee and at most a note-taker;
    every turn's label is a role decoy."""
    for record in (r for r in records if r["style"] == "interview"):
        labels = {
            checks.mark_value(record, d)
            for d in record["decoys"]
            if d["kind"] == "role" and (d["start"] == 0 or record["text"][d["start"] - 1] in "\n >")
        }
        assert 2 <= len(labels) <= 3, (record["id"], labels)


def test_when_a_witness_statement_is_scanned_then_it_carries_ocr_slips(records) -> None:
    """Half the witness statements are scanned paper: a scan stamp, and a scanner's slips
    (stray `|` or `~`, doubled spaces, digits inside words) in most of them."""
    scanned = [r for r in records if r["style"] == "statement" and "Scanned:" in r["text"]]
    assert len(scanned) == STYLES["statement"] // 2
    slips = re.compile(r" [|~] ?|\w  \w|[a-z][01][a-z]")
    assert sum(bool(slips.search(r["text"])) for r in scanned) >= len(scanned) * 2 // 3


def test_when_an_export_field_is_lower_case_or_capitals_then_its_labels_follow(records) -> None:
    """Some HR export fields are all lower case, some all capitals; a full name in capitals is
    labelled `caps`."""
    values = [
        (s["form"], checks.mark_value(r, s))
        for r in records
        if r["style"] == "hrexport"
        for s in r["spans"]
        if s["type"] == "PERSON" and s["form"] != "initials"
    ]
    assert any(v == v.lower() and form == "full" for form, v in values)
    assert any(v == v.upper() for _, v in values)
    assert all(form != "full" or v != v.upper() for form, v in values)
