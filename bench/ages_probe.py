"""A blind age probe scored on the scrubber as configured by default: rows right, ages found
and numbers wrongly taken, for rows with ages and rows whose numbers must stay, apart.

Probes (tests/data/<probe>/probe.tsv) were written blind before the rules they measure
changed: ages_probe3 (ages in voices the rules were not written from) and ages_probe5 (ages as
people write and say them). A row is right when exactly its ages become [AGE-n] and nothing
else does; an age in digits counts as gone when those digits no longer stand alone ("52m"
keeps no "52"). Run before and after changing the age rules to see whether a change holds
beyond its own examples.

Usage: python bench/ages_probe.py {ages_probe3,ages_probe5} [--show]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from sealflow.scrub.engine import get_engine
from sealflow.scrub.evaluation.age_probe import probe_rows, score_probe
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import settings_from_section

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", choices=["ages_probe3", "ages_probe5"])
    parser.add_argument("--show", action="store_true", help="print each wrong row")
    args = parser.parse_args()
    rows = probe_rows(DATA / args.probe / "probe.tsv")
    engine = get_engine(settings_from_section({}))
    result = score_probe(rows, scrub_texts(engine, [text for text, _ in rows]))
    if args.show:
        for text, scrubbed in result["wrong"]:
            print(f"WRONG {text!r} -> {scrubbed!r}")
    print(
        f"rows with ages right: {result['rows_with_ages_right']}/{result['rows_with_ages']}; "
        f"rows kept right: {result['rows_kept_right']}/{result['rows_kept']}"
    )
    print(f"ages found: {result['ages_found']}/{result['ages']}; "
          f"wrongly taken: {result['wrongly_taken']}")  # fmt: skip
    print(f"{args.probe}_recall: {result['recall']:.3f}")


if __name__ == "__main__":
    main()
