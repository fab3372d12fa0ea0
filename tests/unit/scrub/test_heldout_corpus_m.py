"""Held-out corpus M (English as many service people and families speak and write it:
second-language English, languages and dialects mixed) stays what SOURCE.md says.

The corpus is frozen: its SHA-256 is pinned in SOURCE.md, and the seeded generator under
source/ must rebuild it byte for byte, so a label fix is always a visible, explained change.
"""

from __future__ import annotations

import re
from pathlib import Path

import corpus_checks as checks

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "m_voices"
TYPES = {
    "PERSON", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "LOCATION", "BASE", "UNIT", "AGE",
    "DATE_OF_BIRTH", "SERVICE_NUMBER",
}  # fmt: skip
STYLES = {"interview": 100, "survey": 100, "voicenote": 100, "message": 100, "letter": 100}
PERSON_FORMS = {
    "full", "first", "sur", "dim", "nick", "rank", "title", "init", "surfirst", "caps",
    "firstinit", "typo", "spell", "kin",
}  # fmt: skip
OTHER_FORMS = {
    "ADDRESS/street", "AGE/digits", "AGE/words", "BASE/abbreviation", "BASE/base",
    "BASE/garrison", "BASE/typo", "DATE_OF_BIRTH/digits", "DATE_OF_BIRTH/words", "EMAIL/plain",
    "LOCATION/district", "LOCATION/town", "LOCATION/village", "PHONE/digits", "PHONE/words",
    "POSTCODE/plain", "SERVICE_NUMBER/digits", "SERVICE_NUMBER/words", "UNIT/battalion",
    "UNIT/commando", "UNIT/formation", "UNIT/regiment", "UNIT/ship", "UNIT/squadron",
}  # fmt: skip
DECOY_KINDS = {
    "acronym", "age_band", "count", "date", "file", "filler", "foreign", "greet_all", "header",
    "kin", "language", "money", "place_word", "product", "programme", "rank", "region", "role",
    "service", "signoff", "system", "tag", "theme", "time", "weekday", "word", "year",
}  # fmt: skip
# Forms whose every word is part of the person's name (no rank, title, kin word or initial).
NAME_ONLY_FORMS = {"full", "first", "sur", "dim", "surfirst", "caps", "firstinit", "typo"}
SURNAME_FORMS = {"full", "sur", "rank", "title", "init", "surfirst", "caps"}
# A transcript turn opening with a label that names a role (interviewer, interpreter, P-number).
ROLE_LINE = re.compile(
    r"^(?P<label>INTERPRETER|Interpreter|INT|IV|I|Interviewer|R|P|Participant|P\d+): ", re.M
)
# A chat export's line: [date, time] Display Name: ...
CHAT_LINE = re.compile(r"^\[\d\d/\d\d/\d{4}, \d\d:\d\d\] (?P<name>[^:\n]+): ", re.M)


CHECKS = {
    **checks.record_checks(TYPES, "m", most_mentions=6, words=(40, 450)),
    "a spelling is single letters": lambda r: all(
        re.fullmatch(r"\w(?:[ -]\w)+", r["text"][s["start"] : s["end"]])
        for s in r["spans"]
        if s["form"] == "spell"
    ),
    "a kin form is a name and a word beside it": lambda r: all(
        " " in r["text"][s["start"] : s["end"]] for s in r["spans"] if s["form"] == "kin"
    ),
}


class TestHeldoutCorpusM(checks.HeldoutCorpusInOrderTests):
    corpus = checks.HeldoutCorpus(
        CORPUS_DIR, STYLES, TYPES, PERSON_FORMS, OTHER_FORMS, DECOY_KINDS, CHECKS
    )


records = checks.corpus_fixture(CORPUS_DIR)


def test_when_a_name_is_misspelt_or_spelt_out_then_its_surname_was_given_before(records) -> None:
    """A `typo` or `spell` span follows a mention of its person that holds the surname."""
    checks.assert_late_forms_follow_a_naming(records, ("typo", "spell"), SURNAME_FORMS)


def test_when_a_person_is_named_then_no_word_of_the_name_stands_unlabelled_elsewhere(
    records,
) -> None:
    checks.assert_no_name_word_stands_unlabelled(records, NAME_ONLY_FORMS)


def test_when_a_turn_opens_with_a_role_label_then_the_label_is_a_role_decoy(records) -> None:
    """INT, INTERPRETER, IV, P07 identify no one: each is a decoy of kind `role` (or, as a
    header's field label such as `Interviewer:`, of kind `header`)."""
    for record in (r for r in records if r["style"] == "interview"):
        roles = {d["start"] for d in record["decoys"] if d["kind"] in ("role", "header")}
        for line in ROLE_LINE.finditer(record["text"]):
            assert line.start("label") in roles, (record["id"], line.start("label"))


def test_when_a_chat_is_exported_then_each_sender_is_one_person_named_the_same_way(
    records,
) -> None:
    """A chat export's display names are PERSON spans, one text per person."""
    chats = [r for r in records if r["style"] == "message" and CHAT_LINE.search(r["text"])]
    assert len(chats) >= 30
    for record in chats:
        starts = {s["start"]: s for s in record["spans"] if s["type"] == "PERSON"}
        shown: dict[str, set[str]] = {}
        for line in CHAT_LINE.finditer(record["text"]):
            span = starts[line.start("name")]
            assert span["end"] == line.end("name"), record["id"]
            shown.setdefault(span["entity"], set()).add(line.group("name"))
        assert all(len(texts) == 1 for texts in shown.values()), record["id"]


def test_when_two_people_share_a_document_then_no_name_is_given_to_both(records) -> None:
    for record in records:
        owner: dict[str, str] = {}
        for span in record["spans"]:
            if span["type"] == "PERSON" and span["form"] in NAME_ONLY_FORMS - {"typo"}:
                value = record["text"][span["start"] : span["end"]].lower()
                assert owner.setdefault(value, span["entity"]) == span["entity"], record["id"]


def test_when_written_styles_are_read_then_some_names_are_in_lower_case(records) -> None:
    """Texts and survey answers are often typed without capitals; names go with them."""
    for style in ("message", "survey"):
        checks.assert_a_fifth_of_names_lower_case(records, style)
