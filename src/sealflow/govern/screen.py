"""Withdrawn people kept out of batches as they are re-opened.

Sealed batches stay until the retention purge, so a rerun (or a person) may open one again
after an erasure. The exchange opens each batch into a private staging folder and passes
every decrypted file through this screen before it moves into the workspace: rows of a
withdrawn pseudonymous ID (or of their survey token) are dropped from CSV tables, and an
interview of theirs (its doc id in the withdrawn documents list or attributed to them by
the interview map) is not kept at all. So their data never lands in work/received again.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from sealflow import fsutil
from sealflow.config import resolve
from sealflow.govern.holdings import PSEUDONYMOUS_ID, SURVEY_TOKEN
from sealflow.govern.registry import WITHDRAWN_DOCUMENTS
from sealflow.govern.settings import GovernSettings
from sealflow.ingest.tokens import load_or_create_token_key, survey_token
from sealflow.workspace import StudyPaths

Screen = Callable[[Path], bool]
BOM = "\ufeff"


def _column(path: Path, name: str, delimiter: str = ",") -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return [row for row in csv.DictReader(fh, delimiter=delimiter) if row.get(name)]


def withdrawn_keys(settings: GovernSettings) -> tuple[set[str], set[str]]:
    """The withdrawn people's values (pseudonymous IDs and survey tokens), and their doc ids."""
    paths = StudyPaths.from_config({**settings.config, "root": str(settings.root)})
    delimiter = settings.ingest.delimiter
    ids = {
        row[PSEUDONYMOUS_ID]
        for row in _column(paths.inputs["withdrawals"], PSEUDONYMOUS_ID, delimiter)
    }
    values = set(ids)
    keys = settings.config.get("keys") or {}
    token_key = resolve(settings.root, keys.get("token_key", "work/keys/survey_token.key"))
    if ids and token_key.is_file():
        key = load_or_create_token_key(token_key)
        values |= {survey_token(key, pseudonymous_id) for pseudonymous_id in ids}
    doc_ids = {row["doc_id"] for row in _column(settings.workspace / WITHDRAWN_DOCUMENTS, "doc_id")}
    doc_ids |= {
        row["doc_id"]
        for row in _column(settings.interview_map, "doc_id", delimiter)
        if row.get(PSEUDONYMOUS_ID) in ids
    }
    return values, doc_ids


def _screen_csv(path: Path, withdrawn: set[str], delimiter: str) -> None:
    """Rewrite the CSV without rows naming a withdrawn person (bytes kept by surrogateescape)."""
    text = path.read_bytes().decode("utf-8", errors="surrogateescape")
    bom = text.startswith(BOM)
    rows = list(csv.reader(io.StringIO(text.removeprefix(BOM), newline=""), delimiter=delimiter))
    if not rows:
        return
    keyed = [i for i, name in enumerate(rows[0]) if name in (PSEUDONYMOUS_ID, SURVEY_TOKEN)]
    if not keyed:
        return
    kept = [rows[0]] + [
        row for row in rows[1:] if not any(i < len(row) and row[i] in withdrawn for i in keyed)
    ]
    if len(kept) == len(rows):
        return
    out = io.StringIO(newline="")
    terminator = "\r\n" if "\r\n" in text[:4096] else "\n"
    csv.writer(out, delimiter=delimiter, lineterminator=terminator).writerows(kept)
    data = (BOM if bom else "") + out.getvalue()
    fsutil.write_bytes(path, data.encode("utf-8", errors="surrogateescape"))


def withdrawn_screen(settings: GovernSettings) -> Screen:
    """A screen for opened files: True to keep the file (rows of withdrawn people dropped)."""
    withdrawn, doc_ids = withdrawn_keys(settings)
    delimiter = settings.ingest.delimiter

    def screen(path: Path) -> bool:
        if path.stem in doc_ids:
            return False
        if withdrawn and path.suffix.lower() == ".csv":
            _screen_csv(path, withdrawn, delimiter)
        return True

    return screen
