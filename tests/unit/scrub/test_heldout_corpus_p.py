"""Held-out corpus P (a Ministry of Defence wellbeing programme evaluation's own governance
traffic and paper) stays what SOURCE.md says.

The corpus is frozen: its SHA-256 is pinned in SOURCE.md, and the seeded generator under
source/ must rebuild it byte for byte, so a label fix is always a visible, explained change.
"""

from __future__ import annotations

import re
from pathlib import Path

import corpus_checks as checks

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "p_study"
TYPES = {
    "PERSON", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "LOCATION", "BASE", "UNIT", "AGE",
    "DATE_OF_BIRTH", "SERVICE_NUMBER", "NI_NUMBER", "NHS_NUMBER",
}  # fmt: skip
STYLES = {
    "ocr": 50, "dsar": 45, "helpdesk": 45, "focusgroup": 60, "scheduling": 45, "vendor": 40,
    "referral": 45, "breachlog": 40, "idcheck": 40, "survey": 40,
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
# A focus group turn opening with a label that names a role, never a person.
ROLE_LINE = re.compile(r"^(?:\[[\d:]+\] )?(?P<label>Facilitator|FACILITATOR|FAC|P\d+)(?=: )", re.M)


class TestHeldoutCorpusP(checks.TranscriptCorpusTests):
    corpus = checks.HeldoutCorpus(
        CORPUS_DIR,
        STYLES,
        TYPES,
        PERSON_FORMS,
        OTHER_FORMS,
        DECOY_KINDS,
        checks.transcript_record_checks(TYPES, "p"),
    )
    transcript_style = "focusgroup"
    role_line = ROLE_LINE
    action_styles = ("breachlog", "idcheck")
    name_only_forms = NAME_ONLY_FORMS
    surname_forms = SURNAME_FORMS


records = checks.corpus_fixture(CORPUS_DIR)


def test_when_a_name_is_spelt_out_then_the_person_was_named_before(records) -> None:
    """A `spell` span ("S-M-Y-T-H") follows a mention of its person."""
    checks.assert_late_forms_follow_a_naming(records, ("spell",), None)


def test_when_a_name_is_spelt_then_it_is_capital_letters_by_hyphens_or_commas(records) -> None:
    for record in records:
        for span in (s for s in record["spans"] if s["form"] == "spell"):
            value = record["text"][span["start"] : span["end"]]
            assert re.fullmatch(r"\w(?:(?:-|, )\w)+", value), (record["id"], value)
            assert value == value.upper(), (record["id"], value)


def test_when_a_name_is_broken_then_the_span_holds_the_line_break(records) -> None:
    """`broken`: one span across a line end (with or without an OCR hyphen)."""
    broken = [
        record["text"][s["start"] : s["end"]]
        for record in records
        for s in record["spans"]
        if s["form"] == "broken"
    ]
    assert broken
    assert all("\n" in value for value in broken)
    assert any("-\n" in value for value in broken)


def test_when_a_name_is_split_across_turns_then_both_parts_are_one_person(records) -> None:
    """`split`: a name begun by one speaker and finished by the next is two spans of one
    entity, each in its own turn, the first ending its turn."""
    for record in records:
        parts = [s for s in record["spans"] if s["form"] == "split"]
        assert len(parts) % 2 == 0, record["id"]
        for first, second in zip(parts[::2], parts[1::2], strict=True):
            assert first["entity"] == second["entity"], record["id"]
            between = record["text"][first["end"] : second["start"]]
            assert "\n" in between, record["id"]
            assert record["style"] == "focusgroup", record["id"]


def test_when_a_focus_group_has_voices_then_five_to_eight_speak(records) -> None:
    """A focus group has a facilitator and four to seven participants who speak."""
    for record in (r for r in records if r["style"] == "focusgroup"):
        text = record["text"]
        if record["format"] == "vtt":
            labels = set(re.findall(r"<v ([^>]+)>", text))
        else:
            turn = r"^(?:\[[\d:]+\] )?([^\n:\[]+): "
            labels = set(re.findall(turn, text, re.M)) - {"Participants"}
        speakers = {"FAC" if label.upper().startswith("FAC") else label for label in labels}
        assert 5 <= len(speakers) <= 8, (record["id"], speakers)


def test_when_a_paper_form_is_scanned_then_it_carries_ocr_errors_and_tick_boxes(records) -> None:
    """The OCR style reads as scanned paper: tick boxes, and a scanner's slips (stray `|` or
    `~`, doubled spaces, digits inside words) in a good share of its documents."""
    scanned = [r for r in records if r["style"] == "ocr"]
    assert all(re.search(r"\[[Xx/ ]\]", r["text"]) for r in scanned)
    slips = re.compile(r" [|~] ?|\w  \w|[a-z][01][a-z]")
    assert sum(bool(slips.search(r["text"])) for r in scanned) >= len(scanned) // 2


def test_when_a_survey_answer_is_in_capitals_or_lower_case_then_its_labels_follow(
    records,
) -> None:
    """Some survey answers are all lower case, some all capitals; a full name in an answer
    in capitals is labelled `caps`."""
    values = [
        checks.mark_value(r, s)
        for r in records
        if r["style"] == "survey"
        for s in r["spans"]
        if s["type"] == "PERSON" and s["form"] != "handle"
    ]
    assert any(v == v.lower() for v in values)
    assert any(v == v.upper() for v in values)
