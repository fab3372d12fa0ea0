"""Held-out corpus J (transcripts as engines, meeting tools and vendors deliver them) stays
what SOURCE.md says.

The corpus is frozen: its SHA-256 is pinned in SOURCE.md, and the seeded generator under
source/ must rebuild it byte for byte, so a label fix is always a visible, explained change.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import corpus_checks as checks

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "j_machine"
TYPES = {
    "PERSON", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "LOCATION", "BASE", "UNIT", "AGE",
    "DATE_OF_BIRTH", "SERVICE_NUMBER",
}  # fmt: skip
STYLES = {"asr": 80, "meeting": 80, "verbatim": 80, "clean": 80, "focus": 80}
PERSON_FORMS = {
    "full", "first", "sur", "dim", "nick", "rank", "title", "init", "surfirst", "caps",
    "firstinit", "typo", "spell", "split",
}  # fmt: skip
OTHER_FORMS = {
    "ADDRESS/street", "AGE/digits", "AGE/words", "BASE/abbreviation", "BASE/base",
    "BASE/garrison", "DATE_OF_BIRTH/digits", "DATE_OF_BIRTH/words", "EMAIL/plain",
    "EMAIL/words", "LOCATION/town", "PHONE/digits", "PHONE/words", "POSTCODE/plain",
    "POSTCODE/words", "SERVICE_NUMBER/digits", "SERVICE_NUMBER/words", "UNIT/battalion",
    "UNIT/commando", "UNIT/formation", "UNIT/regiment", "UNIT/ship", "UNIT/squadron",
}  # fmt: skip
DECOY_KINDS = {
    "age_band", "count", "date", "file", "filler", "header", "money", "place_word", "product",
    "rank", "role", "score", "service", "system", "tag", "time", "timestamp", "weekday", "word",
    "year",
}  # fmt: skip
# Forms whose every word is part of the person's name (no rank, title or initial).
NAME_ONLY_FORMS = {
    "full", "first", "sur", "dim", "nick", "surfirst", "caps", "firstinit", "typo", "split",
}  # fmt: skip
SURNAME_FORMS = {"full", "sur", "rank", "title", "init", "surfirst", "caps", "split"}
# A turn opening with a speaker label that names a role, never a person.
ROLE_LINE = re.compile(
    r"^(?:\[[^\]\n]*\] )?(?P<label>SPEAKER_\d\d|spk_\d|Speaker \d|SPEAKER \d|INTERVIEWER|INT|IV|I|R"
    r"|Q|A|P\d+|Respondent(?: \d+)?|RESPONDENT|Interviewer|Participant|PARTICIPANT|Interviewee"
    r"|MODERATOR|Moderator|M|FACILITATOR|Facilitator|PARTNER|Partner)(?=:| \(| \[|  )",
    re.M,
)
MODERATORS = {"MODERATOR", "Moderator", "M", "FACILITATOR", "Facilitator"}


CHECKS = {
    **checks.record_checks(TYPES, "j", most_mentions=6, words=(40, 450)),
    "a spelling is single letters": lambda r: all(
        re.fullmatch(r"\w(?:[ -]\w)+", r["text"][s["start"] : s["end"]])
        for s in r["spans"]
        if s["form"] == "spell"
    ),
    "a split name is more than one word": lambda r: all(
        " " in r["text"][s["start"] : s["end"]] for s in r["spans"] if s["form"] == "split"
    ),
}


class TestHeldoutCorpusJ(checks.HeldoutCorpusInOrderTests):
    corpus = checks.HeldoutCorpus(
        CORPUS_DIR, STYLES, TYPES, PERSON_FORMS, OTHER_FORMS, DECOY_KINDS, CHECKS
    )


records = checks.corpus_fixture(CORPUS_DIR)


def test_when_a_name_is_misheard_or_spelt_out_then_its_surname_was_said_before(records) -> None:
    """A `typo` or `spell` span follows a mention of its person that holds the surname."""
    checks.assert_late_forms_follow_a_naming(records, ("typo", "spell"), SURNAME_FORMS)


def test_when_a_person_is_named_then_no_word_of_the_name_stands_unlabelled_elsewhere(
    records,
) -> None:
    checks.assert_no_name_word_stands_unlabelled(records, NAME_ONLY_FORMS)


def test_when_a_turn_opens_with_a_role_label_then_the_label_is_a_role_decoy(records) -> None:
    """INTERVIEWER, Speaker 1, P3 identify no one: each is a decoy of kind `role` (or, as
    a header's field label such as `Interviewer:`, of kind `header`)."""
    for record in records:
        roles = {d["start"] for d in record["decoys"] if d["kind"] in ("role", "header")}
        for line in ROLE_LINE.finditer(record["text"]):
            assert line.start("label") in roles, (record["id"], line.start("label"))


def _display_names(record: dict) -> list[dict]:
    """PERSON spans written as a meeting tool writes a speaker: the name, then a colon,
    a gap before the time, the time in brackets, or "'s iPhone"."""
    text = record["text"]
    return [
        s
        for s in record["spans"]
        if s["type"] == "PERSON"
        and (
            text[s["end"] : s["end"] + 2] in (": ", " (")
            or text[s["end"] : s["end"] + 3] == "   "
            or text.startswith("'s iPhone", s["end"])
        )
    ]


def test_when_meetings_label_turns_then_the_labels_are_people_named_the_same_each_time(
    records,
) -> None:
    """A meeting export's speaker labels are people's display names: PERSON spans, and one
    person's display name is the same text on every turn."""
    for record in (r for r in records if r["style"] == "meeting"):
        labels = _display_names(record)
        assert len(labels) >= 4, record["id"]
        shown: dict[str, set[str]] = {}
        for span in labels:
            shown.setdefault(span["entity"], set()).add(record["text"][span["start"] : span["end"]])
        assert all(len(texts) == 1 for texts in shown.values()), record["id"]


def _talk(record: dict) -> str:
    text = record["text"]
    for mark in sorted(record["decoys"], key=lambda d: -d["start"]):
        if mark["kind"] in ("role", "timestamp"):
            text = text[: mark["start"]] + text[mark["end"] :]
    return text


def test_when_asr_output_is_read_then_most_is_lower_case_with_numbers_in_words_and_digits(
    records,
) -> None:
    """The engine's own labels (Speaker 1, SPEAKER_01) keep their case; the talk does not."""
    asr = [r for r in records if r["style"] == "asr"]
    lowered = [r for r in asr if _talk(r) == _talk(r).lower()]
    assert len(lowered) >= len(asr) // 2
    numbers = Counter(
        s["form"] for r in asr for s in r["spans"] if s["type"] in ("PHONE", "SERVICE_NUMBER")
    )
    assert numbers["words"] > 0 and numbers["digits"] > 0


def test_when_focus_groups_are_read_then_each_has_four_to_eight_voices(records) -> None:
    for record in (r for r in records if r["style"] == "focus"):
        voices = {
            line.split(": ", 1)[0]
            for line in record["text"].splitlines()
            if ": " in line and not line.startswith("Date:")
        }
        assert 4 <= len(voices - MODERATORS) <= 8, record["id"]
