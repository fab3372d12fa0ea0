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
FORMATS = {"txt", "vtt", "srt"}

CHECKS = {
    **{
        name: check
        for name, check in checks.record_checks(
            TYPES, "p", most_mentions=6, words=(25, 600)
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


class TestHeldoutCorpusP(checks.HeldoutCorpusInOrderTests):
    corpus = checks.HeldoutCorpus(
        CORPUS_DIR, STYLES, TYPES, PERSON_FORMS, OTHER_FORMS, DECOY_KINDS, CHECKS
    )


records = checks.corpus_fixture(CORPUS_DIR)


def test_when_a_surname_is_misspelt_then_the_person_was_named_with_it_before(records) -> None:
    """A `typo` span follows a mention of its person that holds the surname."""
    checks.assert_late_forms_follow_a_naming(records, ("typo",), SURNAME_FORMS)


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


def test_when_a_person_is_named_then_no_word_of_the_name_stands_unlabelled_elsewhere(
    records,
) -> None:
    checks.assert_no_name_word_stands_unlabelled(records, NAME_ONLY_FORMS)


def test_when_a_turn_opens_with_a_role_label_then_the_label_is_a_role_decoy(records) -> None:
    """Facilitator, P3 identify no one: each is a decoy of kind `role` (or, as a header's
    field label such as `Facilitator:`, of kind `header`)."""
    for record in (r for r in records if r["style"] == "focusgroup"):
        roles = {d["start"] for d in record["decoys"] if d["kind"] in ("role", "header")}
        for line in ROLE_LINE.finditer(record["text"]):
            assert line.start("label") in roles, (record["id"], line.start("label"))


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


def test_when_a_transcript_is_webvtt_or_srt_then_it_is_laid_out_as_one(records) -> None:
    """WebVTT opens with its header and times cues with full stops; SRT numbers its cues and
    uses commas; both are focus groups, and each cue's times are timestamp decoys."""
    cue = {"vtt": r"\d\d:\d\d:\d\d\.\d{3} --> ", "srt": r"\d\d:\d\d:\d\d,\d{3} --> "}
    files = [r for r in records if r["format"] != "txt"]
    assert {r["format"] for r in files} == {"vtt", "srt"}
    for record in files:
        text = record["text"]
        assert record["style"] == "focusgroup", record["id"]
        assert text.startswith("WEBVTT\n\n" if record["format"] == "vtt" else "1\n"), record["id"]
        times = [m.start() for m in re.finditer(cue[record["format"]], text)]
        stamps = {d["start"] for d in record["decoys"] if d["kind"] == "timestamp"}
        assert times and set(times) <= stamps, record["id"]


def test_when_a_voice_tag_holds_a_name_then_it_is_a_person_span(records) -> None:
    """`<v Name>` names a speaker: the name is a PERSON span, a role a role decoy."""
    for record in (r for r in records if r["format"] == "vtt"):
        marks = {(m["start"], m["end"]): m for m in record["spans"] + record["decoys"]}
        for tag in re.finditer(r"<v ([^>]+)>", record["text"]):
            mark = marks.get(tag.span(1))
            assert mark is not None, (record["id"], tag.start())
            assert mark.get("type") == "PERSON" or mark.get("kind") == "role", record["id"]


def test_when_a_log_names_an_action_owner_then_the_owner_is_a_person_span(records) -> None:
    """`Action: JT` names a person by initials (or a name): never left unlabelled."""
    for record in (r for r in records if r["style"] in ("breachlog", "idcheck")):
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
