"""Held-out corpus C (whole transcripts, tests/data/scrub_heldout/c_transcripts) stays frozen.

The corpus is measured, never tuned on: its SHA-256 is written in its SOURCE.md, its
generator must reproduce it byte for byte, and its labels must be well formed, so a figure
measured on it always means the same text.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "c_transcripts"
CORPUS = CORPUS_DIR / "corpus.jsonl"
SOURCE_MD = CORPUS_DIR / "SOURCE.md"
GENERATOR = CORPUS_DIR / "source" / "generate.py"

TYPES = {
    "ADDRESS",
    "AGE",
    "BANK_ACCOUNT",
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
PERSON_FORMS = {
    "full",
    "first",
    "sur",
    "rank",
    "title",
    "init",
    "surfirst",
    "dim",
    "typo",
    "spell",
    "broken",
}


def records() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def test_when_the_corpus_is_hashed_then_the_digest_is_the_one_in_source_md() -> None:
    written = re.search(r"SHA-256 of `corpus\.jsonl`: `([0-9a-f]{64})`", SOURCE_MD.read_text())
    assert written is not None, "SOURCE.md names no SHA-256"
    assert hashlib.sha256(CORPUS.read_bytes()).hexdigest() == written.group(1)


def test_when_the_generator_runs_then_it_reproduces_the_corpus_byte_for_byte(
    tmp_path: Path,
) -> None:
    out = tmp_path / "corpus.jsonl"
    subprocess.run([sys.executable, str(GENERATOR), "--out", str(out)], check=True)
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
    assert len(docs) >= 120
    assert len({d["id"] for d in docs}) == len(docs)
    for doc in docs:
        text = doc["text"]
        assert set(doc) == {"id", "style", "format", "text", "spans", "decoys"}
        marks = [(s["start"], s["end"]) for s in doc["spans"] + doc["decoys"]]
        for start, end in marks:
            assert 0 <= start < end <= len(text), (doc["id"], start, end)
            piece = text[start:end]
            assert piece == piece.strip(), (doc["id"], piece)
        marks.sort()
        for (_, end), (start, _) in itertools.pairwise(marks):
            assert start >= end, f"{doc['id']}: labels overlap at {start}"


def test_when_a_span_is_a_person_then_it_has_an_entity_and_a_known_form() -> None:
    for doc in records():
        for span in doc["spans"]:
            assert span["type"] in TYPES, span
            assert span["form"], span
            if span["type"] == "PERSON":
                assert re.fullmatch(r"p\d+", span["entity"]), span
                assert span["form"] in PERSON_FORMS, span
            else:
                assert "entity" not in span, span


@pytest.mark.parametrize(
    ("fmt", "opening"),
    [("vtt", "WEBVTT"), ("srt", "1\n00:00:"), ("txt", "")],
)
def test_when_a_document_has_a_vendor_format_then_its_text_opens_as_that_format(
    fmt: str, opening: str
) -> None:
    docs = [d for d in records() if d["format"] == fmt]
    assert len(docs) >= 40
    assert all(d["text"].startswith(opening) for d in docs)


def test_when_a_person_is_mentioned_then_most_people_recur_in_varied_forms() -> None:
    people = recurring = varied = 0
    for doc in records():
        forms: dict[str, set[str]] = {}
        counts: dict[str, int] = {}
        for span in doc["spans"]:
            if span["type"] == "PERSON":
                forms.setdefault(span["entity"], set()).add(span["form"])
                counts[span["entity"]] = counts.get(span["entity"], 0) + 1
        people += len(counts)
        recurring += sum(1 for n in counts.values() if n > 1)
        varied += sum(1 for f in forms.values() if len(f) >= 3)
    assert recurring / people > 0.7
    assert varied / people > 0.4
