"""Held-out corpus I (news, forums, feedback, bulletins and blogs) stays what SOURCE.md says.

The corpus is frozen: its SHA-256 is pinned in SOURCE.md, and the seeded generator under
source/ must rebuild it byte for byte, so a label fix is always a visible, explained change.
"""

from __future__ import annotations

import re
from pathlib import Path

import corpus_checks as checks

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "i_public"
TYPES = {
    "PERSON", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "LOCATION", "BASE", "UNIT", "AGE",
    "DATE_OF_BIRTH", "SERVICE_NUMBER", "NI_NUMBER", "NHS_NUMBER",
}  # fmt: skip
STYLES = {"news": 80, "forum": 80, "feedback": 80, "bulletin": 80, "blog": 80}
PERSON_FORMS = {
    "full", "first", "sur", "dim", "nick", "rank", "title", "init", "surfirst", "caps",
    "firstinit", "typo", "handle",
}  # fmt: skip
OTHER_FORMS = {
    "ADDRESS/street", "AGE/digits", "AGE/words", "BASE/abbreviation", "BASE/base",
    "BASE/garrison", "DATE_OF_BIRTH/digits", "DATE_OF_BIRTH/words", "EMAIL/plain",
    "LOCATION/town", "NHS_NUMBER/digits", "NI_NUMBER/digits", "PHONE/digits", "PHONE/words",
    "POSTCODE/plain", "SERVICE_NUMBER/digits", "SERVICE_NUMBER/words", "UNIT/battalion",
    "UNIT/commando", "UNIT/formation", "UNIT/regiment", "UNIT/ship", "UNIT/squadron",
}  # fmt: skip
DECOY_KINDS = {
    "age_band", "club", "count", "date", "event", "file", "greet_all", "header", "helpline",
    "money", "place_word", "product", "rank", "role", "score", "service", "signoff", "status",
    "system", "team", "time", "weekday", "word", "year",
}  # fmt: skip
# Forms whose every word is part of the person's name (no rank, title or initial).
NAME_ONLY_FORMS = {"full", "first", "sur", "dim", "nick", "surfirst", "caps", "firstinit", "typo"}
SURNAME_FORMS = {"full", "sur", "rank", "title", "init", "surfirst", "caps"}


CHECKS = {
    **checks.record_checks(TYPES, "i", most_mentions=5, words=(30, 400)),
    "a handle is one word": lambda r: all(
        re.fullmatch(r"\S+", r["text"][s["start"] : s["end"]])
        for s in r["spans"]
        if s["form"] == "handle"
    ),
}


class TestHeldoutCorpusI(checks.HeldoutCorpusInOrderTests):
    corpus = checks.HeldoutCorpus(
        CORPUS_DIR, STYLES, TYPES, PERSON_FORMS, OTHER_FORMS, DECOY_KINDS, CHECKS
    )


records = checks.corpus_fixture(CORPUS_DIR)


def test_when_a_name_is_misspelt_then_the_person_was_named_with_the_surname_before(
    records,
) -> None:
    """A `typo` span is a surname its writer got wrong after writing it right."""
    checks.assert_late_forms_follow_a_naming(records, ("typo",), SURNAME_FORMS)


def test_when_a_person_is_named_then_no_word_of_the_name_stands_unlabelled_elsewhere(
    records,
) -> None:
    checks.assert_no_name_word_stands_unlabelled(records, NAME_ONLY_FORMS)


def test_when_forum_posts_name_people_then_some_are_in_lower_case(records) -> None:
    checks.assert_a_fifth_of_names_lower_case(records, "forum", skip_forms=frozenset({"handle"}))
