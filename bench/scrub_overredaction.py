"""Which recognizer destroys which decoys and ordinary words, on a tuning corpus.

A dev diagnostic, for tuning only: it prints the text of destroyed decoys and words (no
planted identifier is printed: a word inside a labelled span is never counted), so it runs
on the tuning corpora under tests/data/scrub_dev* and refuses any other path. The scrub
accuracy bench gives the rates; this says who is responsible and for what, commonest
first, so the largest causes of over-redaction are seen before the small ones.

Usage: python bench/scrub_overredaction.py dev10 [dev8 ...] [--examples N] [--words]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from sealflow.scrub.detect import PROPAGATED, Detection, from_results, keep
from sealflow.scrub.document import Segment
from sealflow.scrub.engine import get_engine
from sealflow.scrub.evaluation.frozen import load_frozen
from sealflow.scrub.findings import Finding
from sealflow.scrub.scrubber import scrub_segment_lists
from sealflow.scrub.settings import default_settings

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def corpus_path(name: str) -> Path:
    """tests/data/scrub_<name>/corpus.jsonl, for tuning corpora only."""
    folder = "scrub_dev" if name == "dev" else f"scrub_{name}"
    if not re.fullmatch(r"scrub_dev\d*", folder):
        raise SystemExit(f"{name}: only the tuning corpora (dev, dev2 .. dev10) are read")
    return DATA / folder / "corpus.jsonl"


def context(text: str, start: int, end: int, width: int = 30) -> str:
    before = text[max(0, start - width) : start].replace("\n", " ")
    after = text[end : end + width].replace("\n", " ")
    return f"...{before}<<{text[start:end]}>>{after}..."


def first_readings(engine: Any, texts: list[str]) -> list[list[Detection]]:
    """Each document's detections as the recognizers gave them, after thresholds and the
    allow list (detect.keep) but before any value is spread to its other mentions."""
    settings = engine.settings
    words = settings.wordlists()
    floor = min([settings.default_threshold, *settings.thresholds.values()])
    return [
        keep(text, from_results(results), settings, words)
        for text, results in zip(texts, engine.analyze_many(texts, floor), strict=True)
    ]


def _words(value: str) -> set[str]:
    return set(re.findall(r"\w+", value.casefold()))


def responsible(text: str, finding: Finding, first: list[Detection]) -> str:
    """The recognizer behind a finding. A copy spread by consistency (detect.PROPAGATED)
    often replaces the first reading it copies (the merge keeps the copy's name), so the
    first readings that share a word with it are named instead: "consistency<-X"."""
    if finding.recognizer != PROPAGATED:
        return finding.recognizer
    words = _words(text[finding.start : finding.end])
    sources = sorted(
        {f"{d.recognizer}:{d.entity_type}" for d in first if words & _words(text[d.start : d.end])}
    )
    return f"{PROPAGATED}<-{'+'.join(sources) or 'a later pass'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="+")
    parser.add_argument("--examples", type=int, default=4)
    parser.add_argument("--words", action="store_true", help="also list ordinary words")
    args = parser.parse_args()
    engine = get_engine(default_settings())
    for name in args.corpus:
        corpus = load_frozen(corpus_path(name))
        results = scrub_segment_lists(engine, [[Segment(doc.text)] for doc in corpus])
        readings = first_readings(engine, [doc.text for doc in corpus])
        decoys: Counter[tuple[str, str, str]] = Counter()
        decoy_examples: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        words: Counter[tuple[str, str]] = Counter()
        word_texts: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
        total_decoys = total_words = 0
        for doc, result, first in zip(corpus, results, readings, strict=True):
            found = result.findings
            for (start, end), kind in zip(doc.decoys, doc.decoy_kinds, strict=False):
                total_decoys += 1
                hit = [f for f in found if f.start < end and start < f.end]
                if hit:
                    key = (
                        kind or "unnamed",
                        responsible(doc.text, hit[0], first),
                        hit[0].entity_type,
                    )
                    decoys[key] += 1
                    if len(decoy_examples[key]) < args.examples:
                        f = hit[0]
                        decoy_examples[key].append(
                            f"{doc.document_id}: decoy {doc.text[start:end]!r} taken as "
                            f"{doc.text[f.start : f.end]!r} in {context(doc.text, f.start, f.end)}"
                        )
            for match in re.finditer(r"\w+", doc.text):
                if any(s < match.end() and match.start() < e for _, s, e in doc.spans):
                    continue
                total_words += 1
                hit = [f for f in found if f.start < match.end() and match.start() < f.end]
                if hit:
                    key = (responsible(doc.text, hit[0], first), hit[0].entity_type)
                    words[key] += 1
                    word_texts[key][doc.text[hit[0].start : hit[0].end]] += 1
        print(f"== {name}: {sum(decoys.values())} of {total_decoys} decoys destroyed")
        for (kind, recognizer, entity), count in decoys.most_common():
            print(f"  {count:4d}  {kind:14s} by {recognizer} as {entity}")
            for example in decoy_examples[(kind, recognizer, entity)]:
                print(f"          {example}")
        print(f"== {name}: {sum(words.values())} of {total_words} ordinary words destroyed")
        for (recognizer, entity), count in words.most_common():
            print(f"  {count:4d}  by {recognizer} as {entity}")
            if args.words:
                common = ", ".join(
                    f"{t!r} x{n}" for t, n in word_texts[(recognizer, entity)].most_common(8)
                )
                print(f"          {common}")


if __name__ == "__main__":
    main()
