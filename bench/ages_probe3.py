"""Ages said in voices the age rules were not written from (tests/data/ages_probe3/probe.tsv):
how many rows the scrubber gets exactly right, ages found and numbers wrongly taken.

A row is right when exactly its ages become [AGE-n] and nothing else does. Run before and
after changing the age rules to see whether a change generalises beyond its own examples.

Usage: python bench/ages_probe3.py [--show]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from sealflow.scrub.engine import get_engine
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import settings_from_section

PROBE = Path(__file__).resolve().parent.parent / "tests/data/ages_probe3/probe.tsv"


def probe_rows(path: Path = PROBE) -> list[tuple[str, list[str]]]:
    """The probe's rows: text and the ages said in it."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        text, _, ages = line.partition("\t")
        rows.append((text, [age for age in ages.split("|") if age]))
    return rows


def main(show: bool) -> None:
    engine = get_engine(settings_from_section({}))
    rows = probe_rows()
    right = found = wanted = extra = 0
    for text, ages in rows:
        (scrubbed,) = scrub_texts(engine, [text])
        placeholders = len(re.findall(r"\[AGE-\d+\]", scrubbed))
        gone = [age for age in ages if not re.search(rf"\b{re.escape(age)}\b", scrubbed)]
        hits = min(placeholders, len(gone))
        found += hits
        wanted += len(ages)
        extra += placeholders - hits
        ok = placeholders == len(ages) and len(gone) == len(ages)
        right += ok
        if show and not ok:
            print(f"MISS {text!r} -> {scrubbed!r}")
    print(f"rows right: {right}/{len(rows)}; ages found: {found}/{wanted}; wrongly taken: {extra}")
    print(f"ages_probe_recall: {found / max(1, wanted):.3f}")


if __name__ == "__main__":
    main("--show" in sys.argv)
