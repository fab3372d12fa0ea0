"""Structure intact and leaks per transcript format, on a generated demo study.

Makes a synthetic study (sealflow demo init, in a temporary folder), scrubs its vendor
transcripts (.txt, .vtt, .srt, .docx) and reports, per format: documents whose structure
survived (sealflow.scrub.formats.structure), planted identifiers still present and decoys
destroyed (truth/planted.jsonl, truth/decoys.jsonl), and the residual scan's hits. No value
is printed or written. Target: every document intact, 0 residual hits.

Usage: python bench/scrub_structure.py [--staff N] [--seed S]
Writes bench/results/scrub_structure.json.
"""

from __future__ import annotations

import argparse
import json
import re
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from sealflow.cli import main as cli
from sealflow.scrub.batch import scrub_documents
from sealflow.scrub.formats import read_document
from sealflow.scrub.formats.structure import structure_counts
from sealflow.scrub.residual import residual_scan
from sealflow.scrub.settings import default_settings

RESULTS = Path(__file__).resolve().parent / "results" / "scrub_structure.json"


def _present(value: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(value) + r"(?!\w)", text, re.IGNORECASE) is not None


def _truth_counts(study: Path, scrubbed: Path, truth: str) -> dict[str, dict[str, int]]:
    """Per format: records and how many of their values are still present."""
    texts: dict[str, str] = {}
    counts: dict[str, Counter[str]] = {}
    with open(study / "truth" / truth, encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if "column" in record["location"]:
                continue  # survey answers: not a transcript format
            name = Path(record["file"]).name
            if name not in texts:
                segments = read_document(scrubbed / name).segments
                texts[name] = "\n".join(s.text for s in segments)
            tally = counts.setdefault(Path(name).suffix, Counter())
            tally["records"] += 1
            tally["present"] += _present(record["value"], texts[name])
    return {suffix: dict(tally) for suffix, tally in sorted(counts.items())}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--staff", type=int, default=800)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    settings = default_settings()
    with tempfile.TemporaryDirectory(prefix="sealflow-bench-") as tmp:
        study = Path(tmp) / "study"
        cli(["demo", "init", str(study), "--staff", str(args.staff), "--seed", str(args.seed)])
        transcripts = study / "work/received/vendor/transcripts"
        scrubbed = Path(tmp) / "scrubbed"
        outcome = scrub_documents(transcripts, scrubbed, settings)
        structure = structure_counts(transcripts, scrubbed, settings.roles())
        residual = residual_scan(settings, outcome.replaced_values, documents_dir=scrubbed)
        result: dict[str, Any] = {
            "staff": args.staff,
            "seed": args.seed,
            "documents": structure["documents"],
            "structure_intact": structure["intact"],
            "structure_by_format": structure["by_format"],
            "structure_broken": structure["broken"],
            "planted_left_by_format": _truth_counts(study, scrubbed, "planted.jsonl"),
            "decoys_destroyed_by_format": {
                suffix: {"records": c["records"], "destroyed": c["records"] - c["present"]}
                for suffix, c in _truth_counts(study, scrubbed, "decoys.jsonl").items()
            },
            "residual_hits_by_type": residual["hits_by_type"],
            "failed": len(outcome.failed),
        }
    result["passed"] = (
        result["structure_intact"] == result["documents"]
        and not result["residual_hits_by_type"]
        and not result["failed"]
    )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"structure_intact: {result['structure_intact']}/{result['documents']}")
    for suffix, counts in result["structure_by_format"].items():
        print(f"structure_intact{suffix}: {counts['intact']}/{counts['documents']}")
    for suffix, counts in result["planted_left_by_format"].items():
        print(f"planted_left{suffix}: {counts.get('present', 0)}/{counts['records']}")
    print(f"residual_hits: {sum(result['residual_hits_by_type'].values())}")


if __name__ == "__main__":
    main()
