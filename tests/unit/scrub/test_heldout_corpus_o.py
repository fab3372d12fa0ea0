"""Held-out corpus O (service leavers and veterans in transition, and the people around them)
stays what SOURCE.md says.

The corpus is frozen: its SHA-256 is pinned in SOURCE.md, and the seeded generator under
source/ must rebuild it byte for byte, so a label fix is always a visible, explained change.
The checks O shares with the other transcript corpora are corpus_checks.TranscriptCorpusTests.
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


class TestHeldoutCorpusO(checks.TranscriptCorpusTests):
    corpus = checks.HeldoutCorpus(
        CORPUS_DIR,
        STYLES,
        TYPES,
        PERSON_FORMS,
        OTHER_FORMS,
        DECOY_KINDS,
        checks.transcript_record_checks(TYPES, "o"),
    )
    action_styles = ("minutes", "callnotes")


records = checks.corpus_fixture(CORPUS_DIR)


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
