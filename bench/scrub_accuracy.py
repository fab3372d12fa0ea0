"""Accuracy of sealflow's scrubber on every labelled corpus, against Presidio's default.

Corpora, side by side:
  generated           sealflow.scrub.evaluation.corpus (seeded; the one tuned against);
  heldout_interviews_a tests/data/scrub_heldout/interviews_a (hand-authored interviews);
  heldout_composed_b  tests/data/scrub_heldout/composed_b (a composed grammar: surveys,
                      e-mails, chats, case notes, monologues).
The held-out corpora were written by authors who had not read the scrubber and are frozen
(SHA-256 in their SOURCE.md): measured, never tuned on. For each corpus: recall overall, per
type and per form, precision per detected type, ordinary words and decoys destroyed,
placeholder consistency (held-out corpora label each person), and Presidio's default
recognizers with its default spaCy mapping on the same model and text as the baseline.
Targets (issue #9): recall >= 0.98 overall and >= 0.97 for PERSON on held-out text;
consistency >= 0.95; words destroyed <= 3%.

Usage: python bench/scrub_accuracy.py [--documents N] [--seed S] [--no-presidio]
Writes bench/results/scrub_accuracy.json.
"""

from __future__ import annotations

import argparse
import datetime
import json
import time
from pathlib import Path
from typing import Any

from sealflow.scrub.engine import get_engine
from sealflow.scrub.evaluation.corpus import LabelledText, generate
from sealflow.scrub.evaluation.frozen import (
    load_frozen,
    placeholder_consistency,
    recall_by_form,
)
from sealflow.scrub.evaluation.runners import presidio_default_detections, sealflow_scrub
from sealflow.scrub.evaluation.scoring import caught_flags, score
from sealflow.scrub.settings import default_settings

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "bench" / "results" / "scrub_accuracy.json"
HELDOUT = REPO / "tests" / "data" / "scrub_heldout"
HELDOUT_CORPORA = {
    "heldout_interviews_a": HELDOUT / "interviews_a" / "corpus.jsonl",
    "heldout_composed_b": HELDOUT / "composed_b" / "corpus.jsonl",
}
KEYS = ("recall_overall", "recall", "ordinary_words_destroyed", "decoys_destroyed")


def measure(engine: Any, corpus: list[Any], model: str, presidio: bool) -> dict[str, Any]:
    started = time.perf_counter()
    detections, edits = sealflow_scrub(engine, corpus)
    seconds = time.perf_counter() - started
    ours = score(corpus, detections)
    result: dict[str, Any] = {
        "documents": len(corpus),
        **{k: ours[k] for k in ("planted", *KEYS, "recall_direct_min", "precision")},
        "sealflow_seconds": round(seconds, 2),
    }
    if corpus and hasattr(corpus[0], "entities"):
        result["placeholder_consistency"] = placeholder_consistency(corpus, edits)
        result["recall_by_form"] = recall_by_form(corpus, caught_flags(corpus, detections))
    if presidio:
        theirs = score(corpus, presidio_default_detections(corpus, model))
        result["presidio_default"] = {k: theirs[k] for k in KEYS}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20260517)
    parser.add_argument("--no-presidio", action="store_true")
    args = parser.parse_args()
    settings = default_settings()
    engine = get_engine(settings)
    corpora: dict[str, list[LabelledText]] = {"generated": generate(args.seed, args.documents)}
    for name, path in HELDOUT_CORPORA.items():
        if path.is_file():
            corpora[name] = list(load_frozen(path))
    results = {
        name: measure(engine, corpus, settings.model, not args.no_presidio)
        for name, corpus in corpora.items()
    }
    heldout = [r for name, r in results.items() if name.startswith("heldout")]
    summary = {
        "measured_on": datetime.date.today().isoformat(),
        "seed": args.seed,
        "corpora": results,
        "targets": {
            "heldout_recall_overall_min": 0.98,
            "heldout_person_recall_min": 0.97,
            "placeholder_consistency_min": 0.95,
            "ordinary_words_destroyed_max": 0.03,
        },
        "passed": bool(heldout)
        and all(
            r["recall_overall"] >= 0.98
            and r["recall"].get("PERSON", 1.0) >= 0.97
            and r.get("placeholder_consistency", {}).get("consistency", 1.0) >= 0.95
            and r["ordinary_words_destroyed"] <= 0.03
            for r in heldout
        ),
    }
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(summary, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    for name, r in results.items():
        baseline = r.get("presidio_default", {})
        print(f"{name}.recall_overall: {r['recall_overall']} "
              f"(presidio {baseline.get('recall_overall')})")  # fmt: skip
        for kind, value in r["recall"].items():
            print(f"  recall.{kind}: {value} (presidio {baseline.get('recall', {}).get(kind)})")
        if "placeholder_consistency" in r:
            print(f"  placeholder_consistency: {r['placeholder_consistency']['consistency']}")
        print(f"  ordinary_words_destroyed: {r['ordinary_words_destroyed']}")
        print(f"  decoys_destroyed: {r['decoys_destroyed']}")
    print(f"passed: {summary['passed']}")


if __name__ == "__main__":
    main()
