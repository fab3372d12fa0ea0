"""Held-out corpus G (survey, transcript, case-note and e-mail exports) stays what SOURCE.md says.

The corpus is frozen: its SHA-256 is pinned in SOURCE.md, and the seeded generator under
source/ must rebuild it byte for byte, so a label fix is always a visible, explained change.
"""

from __future__ import annotations

from pathlib import Path

import corpus_checks as checks

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "g_exports"
TYPES = {
    "PERSON", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "LOCATION", "BASE", "UNIT", "AGE",
    "DATE_OF_BIRTH", "SERVICE_NUMBER", "NI_NUMBER", "NHS_NUMBER",
}  # fmt: skip
STYLES = {"survey": 100, "transcript": 100, "casenote": 100, "email": 100}
PERSON_FORMS = {
    "full", "first", "sur", "dim", "nick", "rank", "title", "init", "initials", "surfirst",
    "caps", "firstinit", "typo",
}  # fmt: skip
OTHER_FORMS = {
    "ADDRESS/street", "AGE/digits", "AGE/words", "BASE/abbreviation", "BASE/base",
    "BASE/garrison", "DATE_OF_BIRTH/digits", "DATE_OF_BIRTH/words", "EMAIL/plain",
    "LOCATION/town", "NHS_NUMBER/digits", "NI_NUMBER/digits", "PHONE/digits", "PHONE/words",
    "POSTCODE/plain", "SERVICE_NUMBER/digits", "SERVICE_NUMBER/words", "UNIT/battalion",
    "UNIT/commando", "UNIT/formation", "UNIT/regiment", "UNIT/ship", "UNIT/squadron",
}  # fmt: skip
DECOY_KINDS = {
    "age_band", "count", "date", "file", "greet_all", "header", "helpline", "money",
    "place_word", "product", "rank", "role", "service", "signoff", "status", "system", "team",
    "time", "weekday", "word", "year",
}  # fmt: skip


CHECKS = checks.record_checks(TYPES, "g", most_mentions=5, words=(30, 400))


class TestHeldoutCorpusG(checks.HeldoutCorpusTests):
    corpus = checks.HeldoutCorpus(
        CORPUS_DIR, STYLES, TYPES, PERSON_FORMS, OTHER_FORMS, DECOY_KINDS, CHECKS
    )


records = checks.corpus_fixture(CORPUS_DIR)


def test_when_a_transcript_mishears_a_name_then_the_person_was_named_before(records) -> None:
    """A `typo` span is a surname an automatic transcript got wrong after hearing it right."""
    checks.assert_late_forms_follow_a_naming(records, ("typo",), naming_forms=None)


def test_when_a_signature_breaks_a_phone_number_then_one_span_holds_both_lines(records) -> None:
    split = [
        r["text"][s["start"] : s["end"]]
        for r in records
        for s in r["spans"]
        if s["type"] == "PHONE" and "\n" in r["text"][s["start"] : s["end"]]
    ]
    assert split, "no phone number split over lines"
    assert all(len(value.splitlines()) == 2 for value in split)
