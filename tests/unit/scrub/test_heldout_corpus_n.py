"""Held-out corpus N (reservists, MoD civil servants, their employers and families) stays what
SOURCE.md says.

The corpus is frozen: its SHA-256 is pinned in SOURCE.md, and the seeded generator under
source/ must rebuild it byte for byte, so a label fix is always a visible, explained change.
The checks N shares with the later transcript corpora are corpus_checks.TranscriptCorpusTests.
"""

from __future__ import annotations

from pathlib import Path

import corpus_checks as checks

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "n_reserves"
TYPES = {
    "PERSON", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "LOCATION", "BASE", "UNIT", "AGE",
    "DATE_OF_BIRTH", "SERVICE_NUMBER", "NI_NUMBER",
}  # fmt: skip
STYLES = {
    "interview": 90, "email": 90, "survey": 80, "chat": 50, "minutes": 50, "focus": 50,
    "referral": 45, "letter": 45,
}  # fmt: skip
PERSON_FORMS = {
    "full", "first", "sur", "dim", "nick", "rank", "title", "init", "initials", "surfirst",
    "caps", "firstinit", "typo", "handle",
}  # fmt: skip
OTHER_FORMS = {
    "ADDRESS/street", "AGE/digits", "AGE/words", "BASE/abbreviation", "BASE/base",
    "BASE/garrison", "DATE_OF_BIRTH/digits", "DATE_OF_BIRTH/words", "EMAIL/plain",
    "EMAIL/words", "LOCATION/town", "LOCATION/site", "NI_NUMBER/digits", "PHONE/digits",
    "PHONE/words", "PHONE/extension", "POSTCODE/plain", "POSTCODE/words",
    "SERVICE_NUMBER/digits", "SERVICE_NUMBER/words", "SERVICE_NUMBER/staff", "UNIT/battalion",
    "UNIT/commando", "UNIT/formation", "UNIT/regiment", "UNIT/ship", "UNIT/squadron",
}  # fmt: skip
DECOY_KINDS = {
    "acronym", "age_band", "count", "date", "file", "filler", "greet_all", "header", "helpline",
    "money", "place_word", "product", "rank", "role", "service", "signoff", "status", "system",
    "tag", "team", "time", "timestamp", "weekday", "word", "year",
}  # fmt: skip


class TestHeldoutCorpusN(checks.TranscriptCorpusTests):
    corpus = checks.HeldoutCorpus(
        CORPUS_DIR,
        STYLES,
        TYPES,
        PERSON_FORMS,
        OTHER_FORMS,
        DECOY_KINDS,
        checks.transcript_record_checks(TYPES, "n"),
    )
