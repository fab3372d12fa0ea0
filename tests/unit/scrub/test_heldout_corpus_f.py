"""Held-out corpus F (letters, forms, chats, minutes and rotas) stays what SOURCE.md says.

The corpus is frozen: its SHA-256 is pinned in SOURCE.md, and the seeded generator under
source/ must rebuild it byte for byte, so a label fix is always a visible, explained change.
"""

from __future__ import annotations

from pathlib import Path

import corpus_checks as checks

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "f_layouts"
TYPES = {
    "PERSON", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "LOCATION", "BASE", "UNIT", "AGE",
    "DATE_OF_BIRTH", "SERVICE_NUMBER", "NI_NUMBER", "NHS_NUMBER",
}  # fmt: skip
STYLES = {
    "letter": 50,
    "email": 50,
    "form": 50,
    "table": 50,
    "chat": 100,
    "minutes": 50,
    "rota": 50,
}
PERSON_FORMS = {
    "full", "first", "sur", "dim", "nick", "rank", "title", "init", "initials", "surfirst",
    "caps", "firstinit",
}  # fmt: skip
OTHER_FORMS = {
    "ADDRESS/street", "AGE/digits", "BASE/abbreviation", "BASE/base", "BASE/garrison",
    "DATE_OF_BIRTH/digits", "EMAIL/plain", "LOCATION/town", "NHS_NUMBER/digits",
    "NI_NUMBER/digits", "PHONE/digits", "POSTCODE/plain", "SERVICE_NUMBER/digits",
    "UNIT/battalion", "UNIT/commando", "UNIT/formation", "UNIT/regiment", "UNIT/ship",
    "UNIT/squadron",
}  # fmt: skip
DECOY_KINDS = {
    "count", "date", "file", "greet_all", "header", "helpline", "money", "month", "product",
    "rank", "role", "signoff", "status", "system", "team", "time", "weekday", "word",
}  # fmt: skip


CHECKS = checks.record_checks(TYPES, "f", most_mentions=5, words=(30, 400))


class TestHeldoutCorpusF(checks.HeldoutCorpusTests):
    corpus = checks.HeldoutCorpus(
        CORPUS_DIR, STYLES, TYPES, PERSON_FORMS, OTHER_FORMS, DECOY_KINDS, CHECKS
    )
