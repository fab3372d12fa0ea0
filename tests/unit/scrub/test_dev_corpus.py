"""The development corpus (tests/data/scrub_dev/): reproducible from its generator, and
the scrubber's floors on it (the corpus it is tuned on; held-out figures are in bench/)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sealflow.scrub.evaluation.frozen import load_frozen

DEV = Path(__file__).resolve().parents[2] / "data" / "scrub_dev"


def _generator():
    spec = importlib.util.spec_from_file_location(
        "scrub_dev_generate", DEV / "source" / "generate.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_when_generator_runs_then_it_rebuilds_the_committed_corpus_byte_for_byte():
    assert _generator().build() == (DEV / "corpus.jsonl").read_text(encoding="utf-8")


def test_when_corpus_is_read_then_every_span_lies_inside_its_text_and_names_a_type():
    corpus = load_frozen(DEV / "corpus.jsonl")
    assert len(corpus) >= 300
    for doc in corpus:
        for kind, start, end in doc.spans:
            assert kind and 0 <= start < end <= len(doc.text)
            assert doc.text[start:end].strip() == doc.text[start:end]
