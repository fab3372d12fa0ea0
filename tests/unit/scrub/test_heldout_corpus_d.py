"""Held-out corpus D (free-text survey answers, tests/data/scrub_heldout/d_survey) stays frozen.

The corpus is measured, never tuned on: its SHA-256 is written in its SOURCE.md, its
generator must reproduce it byte for byte (whatever the interpreter's hash seed), and its
labels must be well formed, so a figure measured on it always means the same text.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from sealflow.scrub.evaluation.frozen import load_frozen

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "d_survey"
CORPUS = CORPUS_DIR / "corpus.jsonl"
SOURCE_MD = CORPUS_DIR / "SOURCE.md"
GENERATOR = CORPUS_DIR / "source" / "generate.py"

TYPES = {
    "ADDRESS",
    "AGE",
    "BASE",
    "DATE_OF_BIRTH",
    "EMAIL",
    "LOCATION",
    "NHS_NUMBER",
    "NI_NUMBER",
    "PERSON",
    "PHONE",
    "POSTCODE",
    "SERVICE_NUMBER",
    "UNIT",
}
FORMS = {
    "PERSON": {"full", "first", "sur", "rank", "title", "init", "surfirst", "dim", "typo"},
    "AGE": {"digits", "words"},
    "DATE_OF_BIRTH": {"digits", "words"},
    "EMAIL": {"plain", "words"},
    "BASE": {"base", "abbreviation", "garrison"},
    "UNIT": {"battalion", "regiment", "commando", "formation", "ship", "squadron"},
}
DECOY_KINDS = {
    "count",
    "greet",
    "helpline",
    "month",
    "operation",
    "product",
    "rank",
    "reference",
    "service",
    "signoff",
    "street_word",
    "time",
    "weekday",
    "word",
    "year",
}


def records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_when_the_corpus_is_hashed_then_the_digest_is_the_one_in_source_md() -> None:
    written = re.search(r"SHA-256 of `corpus\.jsonl`: `([0-9a-f]{64})`", SOURCE_MD.read_text())
    assert written is not None, "SOURCE.md names no SHA-256"
    assert hashlib.sha256(CORPUS.read_bytes()).hexdigest() == written.group(1)


@pytest.mark.parametrize("hash_seed", ["0", "4242"])
def test_when_the_generator_runs_then_it_reproduces_the_corpus_byte_for_byte(
    tmp_path: Path, hash_seed: str
) -> None:
    out = tmp_path / "corpus.jsonl"
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    subprocess.run([sys.executable, str(GENERATOR), "--out", str(out)], check=True, env=env)
    assert out.read_bytes() == CORPUS.read_bytes()


def test_when_the_generator_counts_then_source_md_shows_the_same_counts() -> None:
    printed = subprocess.run(
        [sys.executable, str(GENERATOR), "--stats"], check=True, capture_output=True, text=True
    ).stdout
    source = SOURCE_MD.read_text()
    missing = [line for line in printed.splitlines() if line and line not in source]
    assert not missing, f"SOURCE.md counts are stale: {missing[:3]}"


def test_when_the_corpus_is_read_then_every_label_lies_inside_its_text() -> None:
    docs = records()
    assert len(docs) >= 1500
    assert len({d["id"] for d in docs}) == len(docs)
    for doc in docs:
        text = doc["text"]
        assert set(doc) == {"id", "style", "format", "text", "spans", "decoys"}
        assert doc["format"] == "txt"
        assert 5 <= len(text.split()) <= 250, doc["id"]
        marks = [(s["start"], s["end"]) for s in doc["spans"] + doc["decoys"]]
        for start, end in marks:
            assert 0 <= start < end <= len(text), (doc["id"], start, end)
            piece = text[start:end]
            assert piece == piece.strip(), (doc["id"], piece)
        marks.sort()
        for (_, end), (start, _) in itertools.pairwise(marks):
            assert start >= end, f"{doc['id']}: labels overlap at {start}"


def test_when_a_span_is_labelled_then_its_type_form_and_entity_are_known() -> None:
    for doc in records():
        for span in doc["spans"]:
            assert span["type"] in TYPES, span
            assert span["form"], span
            assert span["form"] in FORMS.get(span["type"], {span["form"]}), span
            if span["type"] == "PERSON":
                assert re.fullmatch(r"p\d+", span["entity"]), span
            else:
                assert "entity" not in span, span
        for decoy in doc["decoys"]:
            assert decoy["kind"] in DECOY_KINDS, decoy


def test_when_answers_are_counted_then_the_mix_is_that_of_a_real_survey() -> None:
    docs = records()
    without = sum(1 for d in docs if not d["spans"])
    assert 0.1 < without / len(docs) < 0.4
    kinds = {d["kind"] for doc in docs for d in doc["decoys"]}
    assert kinds == DECOY_KINDS
    repeated = sum(1 for doc in docs for n in _mentions_per_person(doc).values() if n > 1)
    assert repeated >= 500


def _mentions_per_person(doc: dict[str, Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for span in doc["spans"]:
        if span["type"] == "PERSON":
            counts[span["entity"]] = counts.get(span["entity"], 0) + 1
    return counts


def test_when_the_bench_loader_reads_the_corpus_then_every_answer_is_plain_text() -> None:
    corpus = load_frozen(CORPUS)
    assert len(corpus) == len(records())
    assert {doc.file_format for doc in corpus} == {"txt"}
    assert all(len(doc.spans) == len(doc.forms) == len(doc.entities) for doc in corpus)
