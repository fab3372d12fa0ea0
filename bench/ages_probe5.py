"""Ages as people write and say them (tests/data/ages_probe5/probe.tsv, written blind): rows
right, ages found and numbers wrongly taken, for found rows and kept rows apart.

A row is right when exactly its ages become [AGE-n] and nothing else does. An age in digits
counts as gone when those digits no longer stand alone ("52m" keeps no "52").

Usage: python bench/ages_probe5.py [--show]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from sealflow.scrub.engine import get_engine
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import settings_from_section

PROBE = Path(__file__).resolve().parent.parent / "tests/data/ages_probe5/probe.tsv"


def probe_rows(path: Path = PROBE) -> list[tuple[str, list[str]]]:
    """The probe's rows: text and the ages said in it."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        text, _, ages = line.partition("\t")
        rows.append((text, [age for age in ages.split("|") if age]))
    return rows


def still_there(age: str, scrubbed: str) -> int:
    """How often an age is still in the text: digits not beside other digits, words whole."""
    if age[0].isdigit():
        return len(re.findall(rf"(?<!\d){re.escape(age)}(?!\d)", scrubbed))
    return len(re.findall(rf"\b{re.escape(age)}\b", scrubbed))


def row_is_right(text: str, ages: list[str], scrubbed: str) -> tuple[bool, int, int]:
    """Whether the row is right, how many of its ages went and how many numbers went wrongly."""
    placeholders = len(re.findall(r"\[AGE-\d+\]", scrubbed))
    gone = sum(
        1 for age in set(ages) for _ in range(max(0, ages.count(age) - still_there(age, scrubbed)))
    )
    hits = min(placeholders, gone)
    return placeholders == len(ages) and gone == len(ages), hits, placeholders - hits


def main(show: bool) -> None:
    engine = get_engine(settings_from_section({}))
    rows = probe_rows()
    scrubbed_texts = scrub_texts(engine, [text for text, _ in rows])
    right_found = right_kept = found = wanted = extra = 0
    for (text, ages), scrubbed in zip(rows, scrubbed_texts, strict=True):
        ok, hits, wrong = row_is_right(text, ages, scrubbed)
        found += hits
        wanted += len(ages)
        extra += wrong
        right_found += ok and bool(ages)
        right_kept += ok and not ages
        if show and not ok:
            print(f"MISS {text!r} -> {scrubbed!r}")
    kept_rows = sum(1 for _, ages in rows if not ages)
    print(
        f"found rows right: {right_found}/{len(rows) - kept_rows}; "
        f"kept rows right: {right_kept}/{kept_rows}"
    )
    print(f"ages found: {found}/{wanted}; wrongly taken: {extra}")
    print(f"ages_probe5_recall: {found / max(1, wanted):.3f}")


if __name__ == "__main__":
    main("--show" in sys.argv)
