"""Planted identifiers left after the scrub, on demo studies of fresh seeds.

The residual scan (run by the workflow) checks scrubbed text against what the scrub found
somewhere in the study; it cannot see an identifier the scrub missed everywhere. The demo
generator writes down what it planted (truth/planted.jsonl) and what must survive
(truth/decoys.jsonl), so on demo studies the output can be checked against the truth
instead: scrub_table and scrub_documents over each study's survey free text and
transcripts (sealflow.scrub.evaluation.planted), counted by type. Each seed is a study the
scrubber was never tuned on: the generator is another engineer's, and a new seed draws new
people, places and sentences from it.

Prints `planted_recall_vs_target: ratio` (the share of planted values gone, over issue 9's
0.98 target: at least 1 meets it), the recall per type, and the leaks per seed; writes
bench/results/demo_truth.json (counts only, no value).

    python bench/demo_truth.py                      # seeds 101-105, 400 staff
    python bench/demo_truth.py --seeds 7 8 --staff 2000 --out /tmp/truth.json
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from sealflow.cli import main as sealflow
from sealflow.scrub.evaluation.planted import planted_leaks
from sealflow.scrub.settings import default_settings

ROOT = Path(__file__).resolve().parent.parent
TARGET = 0.98


def measure(seeds: list[int], staff: int, work: Path) -> dict:
    settings = default_settings()
    per_seed = {}
    planted: Counter[str] = Counter()
    leaked: Counter[str] = Counter()
    decoys = destroyed = 0
    for seed in seeds:
        study = work / f"seed{seed}"
        sealflow(["demo", "init", str(study), "--staff", str(staff), "--seed", str(seed)])
        counts = planted_leaks(study, study / "scrub-check", settings)
        per_seed[str(seed)] = {k: v for k, v in counts["leaked"].items() if v}
        planted.update(counts["planted"])
        leaked.update(counts["leaked"])
        decoys += counts["decoys"]
        destroyed += counts["decoys_destroyed"]
        left, put = sum(counts["leaked"].values()), sum(counts["planted"].values())
        print(f"seed {seed}: {left} of {put} planted values left", file=sys.stderr)
    recall = 1 - sum(leaked.values()) / max(1, sum(planted.values()))
    return {
        "planted_recall_vs_target": round(recall / TARGET, 4),
        "planted_recall": round(recall, 4),
        "recall_by_type": {t: round(1 - leaked[t] / n, 4) for t, n in sorted(planted.items()) if n},
        "details": {
            "seeds": seeds,
            "staff": staff,
            "planted": dict(sorted(planted.items())),
            "leaked_by_seed": per_seed,
            "decoys": decoys,
            "decoys_destroyed": destroyed,
            "target": TARGET,
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[101, 102, 103, 104, 105])
    parser.add_argument("--staff", type=int, default=400)
    parser.add_argument("--out", type=Path, default=ROOT / "bench/results/demo_truth.json")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="sealflow-truth-") as work:
        result = measure(args.seeds, args.staff, Path(work))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")
    print(f"planted_recall_vs_target: {result['planted_recall_vs_target']:.3f}")
    print(f"planted_recall: {result['planted_recall']:.4f}")
    for entity_type, recall in result["recall_by_type"].items():
        print(f"  {entity_type}: {recall:.4f}")
    details = result["details"]
    print(f"decoys destroyed: {details['decoys_destroyed']} of {details['decoys']}")


if __name__ == "__main__":
    main()
