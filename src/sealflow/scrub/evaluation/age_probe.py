"""Blind age probes: rows of text, each with the ages said in it, scored on scrubbed text.

A probe (tests/data/ages_probe3, tests/data/ages_probe5) is written before the age rules it
measures change, by someone who has not read them, so its figure says whether a change holds
beyond the examples it was written from. The bench (bench/ages_probe.py) and the probes'
tests read rows and judge them with the functions here, so both count the same way.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_AGE_PLACEHOLDER = re.compile(r"\[AGE-\d+\]")


def probe_rows(path: Path) -> list[tuple[str, list[str]]]:
    """The probe's rows: text TAB the ages said in it joined by "|" (none for a row whose
    numbers must all stay); lines starting "#" are comments."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            text, _, ages = line.partition("\t")
            rows.append((text, [age for age in ages.split("|") if age]))
    return rows


def still_there(age: str, text: str) -> int:
    """How often an age stands in a text: digits not beside other digits ("52m" still holds
    52, "1952" does not), words whole."""
    if age[0].isdigit():
        return len(re.findall(rf"(?<!\d){re.escape(age)}(?!\d)", text))
    return len(re.findall(rf"\b{re.escape(age)}\b", text))


def row_is_right(ages: Sequence[str], scrubbed: str) -> tuple[bool, int, int]:
    """Whether exactly the row's ages became placeholders, how many of them went, and how
    many placeholders took something else."""
    placeholders = len(_AGE_PLACEHOLDER.findall(scrubbed))
    gone = sum(max(0, ages.count(age) - still_there(age, scrubbed)) for age in set(ages))
    hits = min(placeholders, gone)
    return placeholders == len(ages) and gone == len(ages), hits, placeholders - hits


def score_probe(
    rows: Sequence[tuple[str, list[str]]], scrubbed_texts: Sequence[str]
) -> dict[str, Any]:
    """Rows right (rows with ages and rows whose numbers stay, apart), ages found, numbers
    wrongly taken, and the rows that are wrong."""
    found = wanted = extra = right_found = right_kept = 0
    wrong: list[tuple[str, str]] = []
    for (text, ages), scrubbed in zip(rows, scrubbed_texts, strict=True):
        ok, hits, taken = row_is_right(ages, scrubbed)
        found += hits
        wanted += len(ages)
        extra += taken
        right_found += ok and bool(ages)
        right_kept += ok and not ages
        if not ok:
            wrong.append((text, scrubbed))
    kept_rows = sum(1 for _, ages in rows if not ages)
    return {
        "rows_with_ages": len(rows) - kept_rows,
        "rows_with_ages_right": right_found,
        "rows_kept": kept_rows,
        "rows_kept_right": right_kept,
        "ages": wanted,
        "ages_found": found,
        "wrongly_taken": extra,
        "recall": round(found / max(1, wanted), 3),
        "wrong": wrong,
    }
