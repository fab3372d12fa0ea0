"""Every scrub output on the tuning corpora and generated text, as one digest: a speed change
must leave it byte for byte the same.

Scrubs scrub_dev .. scrub_dev5 (with --all-tuning also dev6 .. dev15; never the held-out
corpora), 1,000 short generated documents, 60 transcript-sized ones and a few edge cases
(empty, blank, no capitals), in chunks as the workers scrub them, and writes each document's
findings (span, type, score, recognizer), edits, replaced values and scrubbed text as JSON;
prints the SHA-256 of that file. Run it before and after a change (about a minute and a half
of one core; four times that with --all-tuning) and compare the digests, or the files:

    PYTHONPATH=src python bench/scrub_outputs.py /tmp/before.json
    PYTHONPATH=src python bench/scrub_outputs.py /tmp/after.json --chunk 3   # other chunks too
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

from sealflow.scrub.document import Segment
from sealflow.scrub.engine import get_engine
from sealflow.scrub.evaluation.corpus import generate
from sealflow.scrub.evaluation.frozen import load_frozen
from sealflow.scrub.scrubber import scrub_segment_lists
from sealflow.scrub.settings import default_settings

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
TUNING = ("scrub_dev", "scrub_dev2", "scrub_dev3", "scrub_dev4", "scrub_dev5")
LATER_TUNING = (
    "scrub_dev6", "scrub_dev7", "scrub_dev8", "scrub_dev9", "scrub_dev10", "scrub_dev11",
    "scrub_dev12",
    "scrub_dev13",
    "scrub_dev14",
    "scrub_dev15",
)  # fmt: skip


def texts(corpora: tuple[str, ...] = TUNING) -> list[str]:
    out = []
    for name in corpora:
        out += [doc.text for doc in load_frozen(DATA / name / "corpus.jsonl")]
    out += [doc.text for doc in generate(7, 1000)]
    for seed in range(3):
        out += [doc.text for doc in generate(100 + seed, 20, sentences=(30, 60))]
    return [*out, "", "   ", "no capitals here at all, just words.", "ok", "1234"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--chunk", type=int, default=16, help="documents per scrub call")
    parser.add_argument(
        "--all-tuning",
        action="store_true",
        help="also scrub the later tuning corpora, scrub_dev6 .. scrub_dev15 (about 4x longer)",
    )
    args = parser.parse_args()
    engine = get_engine(default_settings())
    corpora = TUNING + LATER_TUNING if args.all_tuning else TUNING
    documents = [[Segment(text)] for text in texts(corpora)]
    cpu = time.process_time()
    rows = []
    for start in range(0, len(documents), args.chunk):
        chunk = documents[start : start + args.chunk]
        for document, result in zip(chunk, scrub_segment_lists(engine, chunk), strict=True):
            findings = [
                (f.start, f.end, f.entity_type, f.score, f.recognizer) for f in result.findings
            ]
            values = sorted(result.replaced_values.items())
            rows.append([findings, result.edits, values, result.texts(document)])
    blob = json.dumps(rows, default=repr)
    args.out.write_text(blob, encoding="utf-8")
    print(f"{len(documents)} documents, {time.process_time() - cpu:.1f} CPU s")
    print(hashlib.sha256(blob.encode()).hexdigest())


if __name__ == "__main__":
    main()
