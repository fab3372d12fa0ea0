"""Held-out corpus O (service leavers and veterans in transition, and the people around them)
stays what SOURCE.md says.

The corpus is frozen: its SHA-256 is pinned in SOURCE.md, and the seeded generator under
source/ must rebuild it byte for byte, so a label fix is always a visible, explained change.
"""

from __future__ import annotations

import re
from pathlib import Path

import corpus_checks as checks

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "o_leavers"
TYPES = {
    "PERSON", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "LOCATION", "BASE", "UNIT", "AGE",
    "DATE_OF_BIRTH", "SERVICE_NUMBER", "NI_NUMBER", "NHS_NUMBER",
}  # fmt: skip
STYLES = {
    "interview": 80, "cv": 45, "letter": 45, "referral": 40, "email": 45, "whatsapp": 40,
    "survey": 50, "gp": 35, "callnotes": 40, "minutes": 30,
}  # fmt: skip
PERSON_FORMS = {
    "full", "first", "sur", "dim", "nick", "rank", "title", "init", "initials", "surfirst",
    "caps", "firstinit", "typo", "handle",
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
NAME_ONLY_FORMS = {"full", "first", "sur", "dim", "nick", "surfirst", "caps", "firstinit", "typo"}
SURNAME_FORMS = {"full", "sur", "rank", "title", "init", "surfirst", "caps"}
# A transcript turn opening with a speaker label that names a role, never a person.
ROLE_LINE = re.compile(
    r"^(?:\[[\d:]+\] )?(?P<label>INTERVIEWER|PARTICIPANT|INT|IV|RES|I|R|Q|A|P\d+"
    r"|Interviewer|Respondent)(?=: )",
    re.M,
)
FORMATS = {"txt", "vtt", "srt"}

CHECKS = {
    **{
        name: check
        for name, check in checks.record_checks(
            TYPES, "o", most_mentions=6, words=(25, 600)
        ).items()
        if name != "format is txt"
    },
    "format is txt, vtt or srt": lambda r: r["format"] in FORMATS,
    "bare initials are two or three capitals": lambda r: all(
        re.fullmatch(r"[A-ZÁÉÍÓÚŁ]{2,3}", r["text"][s["start"] : s["end"]])
        for s in r["spans"]
        if s["form"] == "initials"
    ),
}


class TestHeldoutCorpusO(checks.HeldoutCorpusInOrderTests):
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


def test_when_a_turn_opens_with_a_role_label_then_the_label_is_a_role_decoy(records) -> None:
    """INT, R, Interviewer, P07 identify no one: each is a decoy of kind `role` (or, as a
    header's field label such as `Interviewer:`, of kind `header`)."""
    for record in (r for r in records if r["style"] == "interview"):
        roles = {d["start"] for d in record["decoys"] if d["kind"] in ("role", "header")}
        for line in ROLE_LINE.finditer(record["text"]):
            assert line.start("label") in roles, (record["id"], line.start("label"))


def test_when_a_transcript_is_webvtt_or_srt_then_it_is_laid_out_as_one(records) -> None:
    """WebVTT opens with its header and times cues with full stops; SRT numbers its cues and
    uses commas; both are interview excerpts, and each cue's times are timestamp decoys."""
    cue = {"vtt": r"\d\d:\d\d:\d\d\.\d{3} --> ", "srt": r"\d\d:\d\d:\d\d,\d{3} --> "}
    files = [r for r in records if r["format"] != "txt"]
    assert {r["format"] for r in files} == {"vtt", "srt"}
    for record in files:
        text = record["text"]
        assert record["style"] == "interview", record["id"]
        assert text.startswith("WEBVTT\n\n" if record["format"] == "vtt" else "1\n"), record["id"]
        times = [m.start() for m in re.finditer(cue[record["format"]], text)]
        stamps = {d["start"] for d in record["decoys"] if d["kind"] == "timestamp"}
        assert times and set(times) <= stamps, record["id"]


def test_when_a_voice_tag_holds_a_name_then_it_is_a_person_span(records) -> None:
    """`<v Name>` names a speaker: the name is a PERSON span, a role (`<v Interviewer>`) a
    role decoy."""
    for record in (r for r in records if r["format"] == "vtt"):
        marks = {(m["start"], m["end"]): m for m in record["spans"] + record["decoys"]}
        for tag in re.finditer(r"<v ([^>]+)>", record["text"]):
            mark = marks.get(tag.span(1))
            assert mark is not None, (record["id"], tag.start())
            assert mark.get("type") == "PERSON" or mark.get("kind") == "role", record["id"]


def test_when_minutes_or_notes_name_an_action_owner_then_the_owner_is_a_person_span(
    records,
) -> None:
    """`Action: JT` names a person by initials (or a name): never left unlabelled."""
    for record in (r for r in records if r["style"] in ("minutes", "callnotes")):
        starts = {s["start"] for s in record["spans"] if s["type"] == "PERSON"}
        for action in re.finditer(r"Action: (\S)", record["text"]):
            assert action.start(1) in starts, (record["id"], action.start(1))


def test_when_an_nhs_number_is_labelled_then_its_check_digit_holds(records) -> None:
    """NHS numbers are synthetic but well formed: ten digits (3-3-4, spaced, hyphenated or
    plain) whose modulus-11 check digit is right."""
    for record in records:
        for span in (s for s in record["spans"] if s["type"] == "NHS_NUMBER"):
            digits = re.sub(r"[ -]", "", record["text"][span["start"] : span["end"]])
            assert re.fullmatch(r"\d{10}", digits), record["id"]
            check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(digits[:9])) % 11
            assert int(digits[9]) == check % 11, record["id"]


def test_when_a_whatsapp_line_opens_then_its_sender_is_a_person_span(records) -> None:
    """`[12/03/2026, 19:42] Gaz Thompson: ...`: the time is a timestamp decoy and the display
    name a PERSON span, unless the line is a system notice (a number joining)."""
    line = re.compile(r"^\[(?P<time>[\d/]+, [\d:]+)\] (?P<name>[^:\n]+): ", re.M)
    for record in (r for r in records if r["style"] == "whatsapp"):
        people = {(s["start"], s["end"]) for s in record["spans"] if s["type"] == "PERSON"}
        stamps = {(d["start"], d["end"]) for d in record["decoys"] if d["kind"] == "timestamp"}
        found = list(line.finditer(record["text"]))
        assert found, record["id"]
        for message in found:
            assert message.span("time") in stamps, record["id"]
            assert message.span("name") in people, (record["id"], message.group("name"))
