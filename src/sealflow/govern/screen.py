"""Withdrawn people kept out of batches as they are re-opened.

Sealed batches stay until the retention purge, so a rerun (or a person) may open one again
after an erasure. The exchange opens each batch into a private staging folder and passes
every decrypted file through this screen before it moves into the workspace: rows of a
withdrawn pseudonymous ID (or of their survey token) are dropped from CSV tables, and an
interview of theirs (its doc id in the withdrawn documents list or attributed to them by
the interview map) is not kept at all. So their data never lands in work/received again.
A configured input is read as its input profile lays it out (delimiter, encoding, rows
above the header, renamed key columns); a spreadsheet (.xlsx) is not screened here: ingest
purges its withdrawn rows, so they reach no table, but they are in the opened file.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from sealflow import fsutil
from sealflow.csv_fields import allow_fields_of
from sealflow.govern.names import PSEUDONYMOUS_ID, SURVEY_TOKEN, WITHDRAWN_DOCUMENTS
from sealflow.govern.settings import GovernSettings
from sealflow.ingest.profiles import INPUT_TABLES, InputProfile, parse_profiles
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
    paths = StudyPaths.from_settings(settings.study)
    delimiter = settings.study.ingest.delimiter
    ids = {
        row[PSEUDONYMOUS_ID]
        for row in _column(paths.inputs["withdrawals"], PSEUDONYMOUS_ID, delimiter)
    }
    values = set(ids)
    token_key = settings.study.keys.token_key
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


@dataclass(frozen=True)
class Layout:
    """How a table file is laid out, from its input profile (a plain CSV without one)."""

    delimiter: str = ","
    encoding: str = "utf-8"
    skip_rows: int = 0
    header_rows: int = 1
    rename: Mapping[str, str] = field(default_factory=dict)


def layouts(settings: GovernSettings) -> dict[str, Layout | None]:
    """The layout of each configured input table's file, by file name (None: not screened)."""
    paths = StudyPaths.from_settings(settings.study)
    # The section's delimiter and profiles only: IngestSettings would also check the ID
    # pattern in polars, which `receive` would import for nothing (0.3 s).
    ingest = settings.study.ingest
    profiles = parse_profiles(None if ingest.profiles is None else dict(ingest.profiles))
    found: dict[str, Layout | None] = {}
    for table in INPUT_TABLES:
        path = paths.inputs.get(table)
        if path is None:
            continue
        if table == "withdrawals":  # the list that keeps them out is never screened
            found[path.name] = None
            continue
        profile = profiles.get(table) or InputProfile(table=table)
        file_format = profile.file_format(path)
        if file_format not in ("csv", "tsv"):
            found[path.name] = None  # a spreadsheet: ingest purges withdrawn rows instead
            continue
        delimiter = profile.delimiter or ("\t" if file_format == "tsv" else ingest.delimiter)
        encoding = "utf-8" if profile.encoding == "auto" else profile.encoding
        found[path.name] = Layout(
            delimiter, encoding, profile.skip_rows, profile.header_rows, dict(profile.rename)
        )
    return found


def screen_table(path: Path, withdrawn: set[str], layout: Layout) -> None:
    """Rewrite the table without rows naming a withdrawn person (undecodable bytes kept)."""
    text = path.read_bytes().decode(layout.encoding, errors="surrogateescape")
    bom = text.startswith(BOM)
    allow_fields_of(len(text))
    reader = csv.reader(io.StringIO(text.removeprefix(BOM), newline=""), delimiter=layout.delimiter)
    rows = list(reader)
    above = layout.skip_rows + layout.header_rows
    if len(rows) <= layout.skip_rows:
        return
    header = rows[layout.skip_rows]
    keyed = [
        i
        for i, name in enumerate(header)
        if layout.rename.get(name.strip(), name.strip()) in (PSEUDONYMOUS_ID, SURVEY_TOKEN)
    ]
    if not keyed:
        return
    data = rows[above:]
    kept = [
        row for row in data if not any(i < len(row) and row[i].strip() in withdrawn for i in keyed)
    ]
    if len(kept) == len(data):
        return
    out = io.StringIO(newline="")
    terminator = "\r\n" if "\r\n" in text[:4096] else "\n"
    csv.writer(out, delimiter=layout.delimiter, lineterminator=terminator).writerows(
        rows[:above] + kept
    )
    data_text = (BOM if bom else "") + out.getvalue()
    fsutil.write_bytes(path, data_text.encode(layout.encoding, errors="surrogateescape"))


def withdrawn_screen(settings: GovernSettings) -> Screen:
    """A screen for opened files: True to keep the file (rows of withdrawn people dropped)."""
    withdrawn, doc_ids = withdrawn_keys(settings)
    by_name = layouts(settings)
    plain = Layout(delimiter=settings.study.ingest.delimiter)

    def screen(path: Path) -> bool:
        if path.stem in doc_ids:
            return False
        layout = by_name.get(path.name, plain if path.suffix.lower() == ".csv" else None)
        if withdrawn and layout is not None:
            screen_table(path, withdrawn, layout)
        return True

    return screen
