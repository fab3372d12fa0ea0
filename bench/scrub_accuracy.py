"""Accuracy of sealflow's scrubber against Presidio's default configuration.

Generates its own seeded labelled corpus (sealflow.scrub.evaluation.corpus: templates and
names unlike the demo generator's; formal, casual, misspelt, lower-case and spoken
registers), runs sealflow (shipped defaults) and Presidio's default recognizers with its
default spaCy mapping on the same model, and reports recall and precision per entity type
and the share of ordinary words destroyed. Targets: recall >= 0.99 overall and >= 0.98 for
every direct-identifier type; ordinary words destroyed <= 5%.

Usage: python bench/scrub_accuracy.py [--documents N] [--seed S]
Writes bench/results/scrub_accuracy.json.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from sealflow.scrub.engine import get_engine
from sealflow.scrub.evaluation.corpus import generate
from sealflow.scrub.evaluation.runners import presidio_default_detections, sealflow_detections
from sealflow.scrub.evaluation.scoring import score
from sealflow.scrub.settings import default_settings

RESULTS = Path(__file__).resolve().parent / "results" / "scrub_accuracy.json"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20260517)
    args = parser.parse_args()
    corpus = generate(args.seed, args.documents)
    settings = default_settings()
    started = time.perf_counter()
    ours = score(corpus, sealflow_detections(get_engine(settings), corpus))
    ours_seconds = time.perf_counter() - started
    presidio = score(corpus, presidio_default_detections(corpus, settings.model))
    result = {
        "documents": len(corpus),
        "seed": args.seed,
        "planted": ours["planted"],
        "recall_overall": ours["recall_overall"],
        "recall_direct_min": ours["recall_direct_min"],
        "recall": ours["recall"],
        "precision": ours["precision"],
        "ordinary_words_destroyed": ours["ordinary_words_destroyed"],
        "decoys_destroyed": ours["decoys_destroyed"],
        "presidio_default": {
            k: presidio[k]
            for k in ("recall_overall", "recall", "ordinary_words_destroyed", "decoys_destroyed")
        },
        "targets": {
            "recall_overall": 0.99,
            "recall_direct_min": 0.98,
            "ordinary_words_destroyed_max": 0.05,
        },
        "passed": ours["recall_overall"] >= 0.99
        and ours["recall_direct_min"] >= 0.98
        and ours["ordinary_words_destroyed"] <= 0.05,
        "sealflow_seconds": round(ours_seconds, 2),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    theirs = presidio
    print(f"recall_overall: {result['recall_overall']} (presidio {theirs['recall_overall']})")
    print(f"recall_direct_min: {result['recall_direct_min']}")
    for kind, value in ours["recall"].items():
        print(f"recall.{kind}: {value} (presidio default {presidio['recall'].get(kind)})")
    destroyed = result["ordinary_words_destroyed"]
    print(f"ordinary_words_destroyed: {destroyed} (presidio {theirs['ordinary_words_destroyed']})")
    print(f"decoys_destroyed: {result['decoys_destroyed']} (presidio {theirs['decoys_destroyed']})")


if __name__ == "__main__":
    main()
