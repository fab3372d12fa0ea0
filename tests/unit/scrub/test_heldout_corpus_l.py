"""Held-out corpus L (a study's whole free-text intake, in proportion) stays what SOURCE.md
says.

The corpus is frozen: its SHA-256 is pinned in SOURCE.md, and the seeded generator under
source/ must rebuild it byte for byte, so a label fix is always a visible, explained change.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import corpus_checks as checks

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "l_inbox"
TYPES = {
    "PERSON", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "LOCATION", "BASE", "UNIT", "AGE",
    "DATE_OF_BIRTH", "SERVICE_NUMBER", "NI_NUMBER",
}  # fmt: skip
STYLES = {"survey": 210, "transcript": 150, "email": 90, "letter": 60, "chat": 60, "other": 30}
PERSON_FORMS = {
    "full", "first", "sur", "dim", "nick", "rank", "title", "init", "surfirst", "caps",
    "firstinit", "typo", "broken",
}  # fmt: skip
OTHER_FORMS = {
    "ADDRESS/street", "AGE/digits", "AGE/words", "BASE/abbreviation", "BASE/base",
    "BASE/garrison", "DATE_OF_BIRTH/digits", "DATE_OF_BIRTH/words", "EMAIL/plain",
    "EMAIL/words", "LOCATION/town", "NI_NUMBER/digits", "PHONE/digits", "PHONE/words",
    "POSTCODE/plain", "POSTCODE/words", "SERVICE_NUMBER/digits", "SERVICE_NUMBER/words",
    "UNIT/battalion", "UNIT/commando", "UNIT/formation", "UNIT/regiment", "UNIT/ship",
    "UNIT/squadron", "UNIT/subunit",
}  # fmt: skip
DECOY_KINDS = {
    "age_band", "count", "date", "file", "header", "money", "place_word", "product", "rank",
    "role", "service", "signoff", "status", "system", "tag", "team", "time", "timestamp",
    "weekday", "word",
}  # fmt: skip
# Forms whose every word is part of the person's name (no rank, title or initial).
NAME_ONLY_FORMS = {
    "full", "first", "sur", "dim", "nick", "surfirst", "caps", "firstinit", "typo", "broken",
}  # fmt: skip
SURNAME_FORMS = {"full", "sur", "rank", "title", "init", "surfirst", "caps", "broken"}
MOST_MENTIONS = 6
PARTICIPANT_ID = re.compile(r"(?<!\w)P\d{1,2}(?!\w)")


def _most_mentions_of_a_person(record: dict) -> int:
    mentions = Counter(s["entity"] for s in record["spans"] if s["type"] == "PERSON")
    return max(mentions.values(), default=0)


CHECKS = {
    **{
        name: check
        for name, check in checks.record_checks(
            TYPES, "l", most_mentions=MOST_MENTIONS, words=(3, 600)
        ).items()
        if not name.startswith("each person named")
    },
    # An answer may name nobody (only a base or a phone number); nobody is named over six times.
    f"each person named at most {MOST_MENTIONS} times": lambda r: (
        _most_mentions_of_a_person(r) <= MOST_MENTIONS
    ),
    "every document holds an identifier": lambda r: bool(r["spans"]),
    "a broken name spans a line break": lambda r: all(
        "\n" in r["text"][s["start"] : s["end"]] for s in r["spans"] if s["form"] == "broken"
    ),
}


class TestHeldoutCorpusL(checks.HeldoutCorpusInOrderTests):
    corpus = checks.HeldoutCorpus(
        CORPUS_DIR, STYLES, TYPES, PERSON_FORMS, OTHER_FORMS, DECOY_KINDS, CHECKS
    )


records = checks.corpus_fixture(CORPUS_DIR)


def test_when_a_name_is_misspelt_then_its_surname_was_written_before(records) -> None:
    """A `typo` span follows a mention of its person that holds the right surname."""
    checks.assert_late_forms_follow_a_naming(records, ("typo",), SURNAME_FORMS)


def test_when_a_person_is_named_then_no_word_of_the_name_stands_unlabelled_elsewhere(
    records,
) -> None:
    checks.assert_no_name_word_stands_unlabelled(records, NAME_ONLY_FORMS)


def test_when_a_participant_id_is_written_then_it_is_a_decoy_and_never_a_person(
    records,
) -> None:
    """P07 is the study's pseudonym: it must survive, so it is a `role` decoy, never a span."""
    found = 0
    for record in records:
        decoys = {(d["start"], d["end"]) for d in record["decoys"] if d["kind"] == "role"}
        for pid in PARTICIPANT_ID.finditer(record["text"]):
            assert (pid.start(), pid.end()) in decoys, (record["id"], pid.start())
            found += 1
    assert found >= 50


def test_when_a_chat_tool_shows_a_sender_then_their_display_name_is_the_same_each_time(
    records,
) -> None:
    """A chat export's sender labels (a line opening with a name, then ': ' or two spaces)
    are PERSON spans, one text per person."""
    for record in (r for r in records if r["style"] == "chat"):
        text = record["text"]
        shown: dict[str, set[str]] = {}
        for span in record["spans"]:
            at_line_start = span["start"] == 0 or text[span["start"] - 2 : span["start"]] == "] "
            if span["type"] == "PERSON" and at_line_start and text[span["end"]] in ": ":
                shown.setdefault(span["entity"], set()).add(text[span["start"] : span["end"]])
        assert all(len(texts) == 1 for texts in shown.values()), record["id"]


def test_when_the_intake_is_counted_then_it_holds_every_register_of_names(records) -> None:
    """Lower-case names, names with apostrophes, hyphens and particles, and names of the
    Commonwealth as in today's forces are all there, each more than a handful of times."""
    names = [
        r["text"][s["start"] : s["end"]]
        for r in records
        for s in r["spans"]
        if s["type"] == "PERSON"
    ]
    assert sum(n == n.lower() for n in names) >= 100
    assert sum("'" in n for n in names) >= 20
    assert sum("-" in n for n in names) >= 20
    assert sum(bool(re.search(r"\b(?:van der|du|al-|ap|Ní|Ó)\b", n)) for n in names) >= 20
