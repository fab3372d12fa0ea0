"""Held-out corpus S (service abroad: the free text a wellbeing-programme evaluation receives
about MOD staff serving, posted or deployed overseas and the people around them) stays what
SOURCE.md says.

The corpus is frozen: its SHA-256 is pinned in SOURCE.md, and the seeded generator under
source/ must rebuild it byte for byte, so a label fix is always a visible, explained change.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import corpus_checks as checks

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "s_abroad"
TYPES = {
    "PERSON", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "LOCATION", "BASE", "UNIT", "AGE",
    "DATE_OF_BIRTH", "SERVICE_NUMBER", "NI_NUMBER", "NHS_NUMBER",
}  # fmt: skip
STYLES = {
    "interview": 40, "focusgroup": 40, "email": 40, "medical": 40, "movement": 40,
    "lec": 40, "chat": 40, "survey": 40, "exchange": 40, "bluey": 40,
}  # fmt: skip
PERSON_FORMS = {
    "full", "first", "sur", "dim", "nick", "rank", "title", "init", "initials", "surfirst",
    "caps", "firstinit", "typo", "handle", "spell", "split", "broken",
}  # fmt: skip
# R's forms, and four this genre needs: ADDRESS/foreign (street then number, or a US street),
# PHONE/international (a foreign number with its country code), POSTCODE/bfpo and
# POSTCODE/foreign (a foreign postal or ZIP code).
OTHER_FORMS = {
    "ADDRESS/street", "ADDRESS/foreign", "AGE/digits", "AGE/words", "BASE/abbreviation",
    "BASE/base", "BASE/garrison", "DATE_OF_BIRTH/digits", "DATE_OF_BIRTH/words", "EMAIL/plain",
    "EMAIL/words", "LOCATION/town", "LOCATION/site", "NHS_NUMBER/digits", "NI_NUMBER/digits",
    "PHONE/digits", "PHONE/words", "PHONE/international", "POSTCODE/plain", "POSTCODE/words",
    "POSTCODE/bfpo", "POSTCODE/foreign", "SERVICE_NUMBER/digits", "SERVICE_NUMBER/words",
    "UNIT/battalion", "UNIT/commando", "UNIT/corps", "UNIT/formation", "UNIT/regiment",
    "UNIT/ship", "UNIT/squadron",
}  # fmt: skip
# R's decoy kinds, Q's `greet` (here a local greeting: Kalimera, Jambo, Tere) and one this
# genre needs: `country` (a country or whole overseas territory, which locates no one).
DECOY_KINDS = {
    "acronym", "age_band", "count", "date", "file", "filler", "greet_all", "header", "helpline",
    "money", "place_word", "product", "rank", "role", "service", "signoff", "status", "system",
    "tag", "team", "time", "timestamp", "weekday", "word", "year", "pet", "year_group",
    "greet", "country",
}  # fmt: skip
# Forms whose every word is part of the person's name (no rank, title or initial).
NAME_ONLY_FORMS = {
    "full", "first", "sur", "dim", "nick", "surfirst", "caps", "firstinit", "typo", "split",
}  # fmt: skip
SURNAME_FORMS = {"full", "sur", "rank", "title", "init", "surfirst", "caps", "broken"}
# A research-interview turn opening with a label that names a role, never a person.
ROLE_LINE = re.compile(
    r"^(?:\[[\d:]+\] )?(?P<label>Interviewer|Interviewee|Participant|INT|I|P|R)(?=: )",
    re.M,
)
FOCUS_ROLE = re.compile(r"^(FAC|P\d)(?=: )", re.M)


class TestHeldoutCorpusS(checks.TranscriptCorpusTests):
    corpus = checks.HeldoutCorpus(
        CORPUS_DIR,
        STYLES,
        TYPES,
        PERSON_FORMS,
        OTHER_FORMS,
        DECOY_KINDS,
        checks.transcript_record_checks(TYPES, "s"),
    )
    transcript_style = "interview"
    role_line = ROLE_LINE
    action_styles = ("medical", "movement", "lec")
    name_only_forms = NAME_ONLY_FORMS
    surname_forms = SURNAME_FORMS


records = checks.corpus_fixture(CORPUS_DIR)


def test_when_two_people_share_a_document_then_no_name_or_short_form_is_given_to_both(
    records,
) -> None:
    checks.assert_no_name_given_to_two_people(records)


def test_when_a_name_is_spelt_out_then_the_person_was_named_before(records) -> None:
    """A `spell` span ("M-E-N-S-A-H") follows a mention of its person."""
    checks.assert_late_forms_follow_a_naming(records, ("spell",), None)


def test_when_a_name_is_spelt_then_it_is_capital_letters_by_hyphens(records) -> None:
    spelt = [
        checks.mark_value(record, span)
        for record in records
        for span in record["spans"]
        if span["form"] == "spell"
    ]
    assert spelt
    for value in spelt:
        assert re.fullmatch(r"\w(?:-\w)+", value), value
        assert value == value.upper(), value


def test_when_a_name_is_broken_then_the_span_holds_the_line_break(records) -> None:
    """`broken`: one span across a line end (with or without a hyphen), in a printed e-bluey."""
    broken = [
        (record["style"], checks.mark_value(record, s))
        for record in records
        for s in record["spans"]
        if s["form"] == "broken"
    ]
    assert broken
    assert all("\n" in value for _, value in broken)
    assert any("-\n" in value for _, value in broken)
    assert any("-\n" not in value for _, value in broken)
    assert {style for style, _ in broken} == {"bluey"}


def test_when_a_name_is_split_across_turns_then_both_parts_are_one_person(records) -> None:
    """`split`: a name begun by the participant and finished by the interviewer is two spans
    of one entity, each in its own turn."""
    for record in records:
        parts = [s for s in record["spans"] if s["form"] == "split"]
        assert len(parts) % 2 == 0, record["id"]
        for first, second in zip(parts[::2], parts[1::2], strict=True):
            assert first["entity"] == second["entity"], record["id"]
            assert "\n" in record["text"][first["end"] : second["start"]], record["id"]
            assert record["style"] == "interview", record["id"]


def test_when_an_interview_is_recorded_then_two_or_three_voices_speak(records) -> None:
    for record in (r for r in records if r["style"] == "interview"):
        labels = {
            checks.mark_value(record, d)
            for d in record["decoys"]
            if d["kind"] == "role" and (d["start"] == 0 or record["text"][d["start"] - 1] in "\n >")
        }
        assert 2 <= len(labels) <= 3, (record["id"], labels)


def test_when_a_focus_group_is_recorded_then_four_to_six_voices_speak_as_roles(records) -> None:
    """A ship's focus group has the facilitator and three to five participants, each turn
    opening with a `role` decoy (`FAC`, `P1`...)."""
    for record in (r for r in records if r["style"] == "focusgroup"):
        roles = {d["start"] for d in record["decoys"] if d["kind"] == "role"}
        labels = set()
        for line in FOCUS_ROLE.finditer(record["text"]):
            assert line.start() in roles, (record["id"], line.start())
            labels.add(line.group(1))
        assert 4 <= len(labels) <= 6, (record["id"], labels)


def test_when_a_pet_or_year_group_is_named_then_it_is_a_decoy_and_no_person(records) -> None:
    pets = year_groups = 0
    for record in records:
        people = {
            checks.mark_value(record, s).lower() for s in record["spans"] if s["type"] == "PERSON"
        }
        for decoy in record["decoys"]:
            value = checks.mark_value(record, decoy)
            if decoy["kind"] == "pet":
                pets += 1
                assert re.fullmatch(r"[A-Z][a-z]+", value), value
                assert value.lower() not in people, record["id"]
            elif decoy["kind"] == "year_group":
                year_groups += 1
                assert re.fullmatch(r"Year (?:[1-9]|1[0-3])|Reception", value), value
    assert pets >= 30
    assert year_groups >= 30


def test_when_the_survey_export_is_parsed_then_every_row_has_six_fields(records) -> None:
    """The survey export is CSV (free text quoted, `""` inside it); some answers are all
    lower case or all capitals, and their names with them."""
    for record in (r for r in records if r["style"] == "survey"):
        rows = list(csv.reader(io.StringIO(record["text"])))
        assert rows[0] == [
            "response_id",
            "submitted",
            "relationship",
            "service",
            "age_band",
            "free_text",
        ]
        assert all(len(row) == 6 for row in rows[1:]), record["id"]
    values = [
        (s["form"], checks.mark_value(r, s))
        for r in records
        if r["style"] == "survey"
        for s in r["spans"]
        if s["type"] == "PERSON"
    ]
    assert any(v == v.lower() and form == "full" for form, v in values)
    assert any(v == v.upper() and form == "caps" for form, v in values)
    assert all(form != "full" or v != v.upper() for form, v in values)


def test_when_an_address_is_given_then_house_number_and_street_are_one_span(records) -> None:
    """A UK street is a house number and street; a foreign one (ADDRESS/foreign) is a street
    and its number (Continental order) or a US number and street."""
    streets = checks.span_values(records, "ADDRESS", "street")
    foreign = checks.span_values(records, "ADDRESS", "foreign")
    assert streets
    assert foreign
    assert all(re.fullmatch(r"(?:Flat \d, )?\d+ [A-Z][\w ]+", value) for value in streets)
    assert all(
        re.fullmatch(r"(?:ul\. )?[A-ZÄÖÜ][\w. ]+ \d+(?:-\d+)?|\d+ [A-Z][\w ]+", value)
        for value in foreign
    )


def test_when_a_number_is_foreign_then_it_carries_a_country_code_or_is_a_us_fiction_number(
    records,
) -> None:
    """PHONE/international: a country code (`+357`, `00357`) or a US `555-01xx` number."""
    numbers = checks.span_values(records, "PHONE", "international")
    assert len(numbers) >= 100
    for value in numbers:
        assert value.startswith(("+", "00")) or "555-01" in value, value
        assert not value.startswith(("+44", "0044")), value


def test_when_post_goes_by_bfpo_then_the_number_is_a_postcode_span(records) -> None:
    bfpo = checks.span_values(records, "POSTCODE", "bfpo")
    assert bfpo
    assert all(re.fullmatch(r"BFPO \d{1,3}", value) for value in bfpo)
    for record in records:
        covered = {s["start"] for s in record["spans"] if s["form"] == "bfpo"}
        for found in re.finditer(r"BFPO \d", record["text"]):
            assert found.start() in covered, record["id"]


def test_when_a_country_is_named_then_it_is_a_decoy_never_a_span(records) -> None:
    """A country or whole territory locates no one: a `country` decoy, never a LOCATION."""
    countries = {
        checks.mark_value(r, d).lower() for r in records for d in r["decoys"]
        if d["kind"] == "country"
    }  # fmt: skip
    assert "cyprus" in countries
    assert not countries & {v.lower() for v in checks.span_values(records, "LOCATION")}
