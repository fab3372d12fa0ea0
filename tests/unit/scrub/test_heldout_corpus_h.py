"""Held-out corpus H (letters, minutes, reports, forms and diaries) stays what SOURCE.md says.

The corpus is frozen: its SHA-256 is pinned in SOURCE.md, and the seeded generator under
source/ must rebuild it byte for byte, so a label fix is always a visible, explained change.
"""

from __future__ import annotations

from pathlib import Path

import corpus_checks as checks

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "h_paperwork"
TYPES = {
    "PERSON", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "LOCATION", "BASE", "UNIT", "AGE",
    "DATE_OF_BIRTH", "SERVICE_NUMBER", "NI_NUMBER", "NHS_NUMBER",
}  # fmt: skip
STYLES = {"letter": 80, "minutes": 80, "report": 80, "form": 80, "diary": 80}
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


CHECKS = checks.record_checks(TYPES, "h", most_mentions=5, words=(30, 400))


class TestHeldoutCorpusH(checks.HeldoutCorpusInOrderTests):
    corpus = checks.HeldoutCorpus(
        CORPUS_DIR, STYLES, TYPES, PERSON_FORMS, OTHER_FORMS, DECOY_KINDS, CHECKS
    )


records = checks.corpus_fixture(CORPUS_DIR)


def test_when_a_name_is_misspelt_then_the_person_was_named_with_the_surname_before(
    records,
) -> None:
    """A `typo` span is a surname its writer got wrong after writing it right."""
    surname_forms = {"full", "sur", "rank", "title", "init", "surfirst", "caps"}
    checks.assert_late_forms_follow_a_naming(records, ("typo",), surname_forms)


def test_when_a_diarist_writes_names_then_some_are_in_lower_case(records) -> None:
    checks.assert_a_fifth_of_names_lower_case(records, "diary")
