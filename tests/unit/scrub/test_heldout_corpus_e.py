"""Held-out corpus E (welfare case notes, e-mails, call logs) stays what SOURCE.md says.

The corpus is frozen: its SHA-256 is pinned in SOURCE.md, and the seeded generator under
source/ must rebuild it byte for byte, so a label fix is always a visible, explained change.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

from sealflow.scrub.evaluation.frozen import load_frozen

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "e_casenotes"
CORPUS = CORPUS_DIR / "corpus.jsonl"
SOURCE_MD = CORPUS_DIR / "SOURCE.md"
GENERATOR = CORPUS_DIR / "source" / "generate.py"
TYPES = {
    "PERSON", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "LOCATION", "BASE", "UNIT", "AGE",
    "DATE_OF_BIRTH", "SERVICE_NUMBER", "NI_NUMBER", "NHS_NUMBER", "BANK_ACCOUNT",
}  # fmt: skip


def _records() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def _run_generator(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(GENERATOR), *args],
        cwd=GENERATOR.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_when_corpus_is_hashed_then_it_matches_the_sha_in_source_md() -> None:
    pinned = re.search(r"SHA-256 of `corpus.jsonl`: `([0-9a-f]{64})`", SOURCE_MD.read_text())
    assert pinned is not None
    assert hashlib.sha256(CORPUS.read_bytes()).hexdigest() == pinned.group(1)


def test_when_generator_reruns_then_it_reproduces_the_corpus_byte_for_byte() -> None:
    assert _run_generator("--check").strip() == "corpus.jsonl reproduced"


def test_when_stats_are_printed_then_they_equal_the_counts_in_source_md() -> None:
    block = re.search(
        r"<!-- output of generate.py --stats -->\n```\n(.*?)\n```", SOURCE_MD.read_text(), re.S
    )
    assert block is not None
    assert _run_generator("--stats").strip() == block.group(1).strip()


def test_when_the_bench_loader_reads_it_then_every_document_is_kept() -> None:
    corpus = load_frozen(CORPUS)
    assert len(corpus) == len(_records()) >= 600


def _inside(items: list[dict], text: str) -> bool:
    return all(0 <= x["start"] < x["end"] <= len(text) for x in items)


def _trimmed(items: list[dict], text: str) -> bool:
    return all(text[x["start"] : x["end"]] == text[x["start"] : x["end"]].strip() for x in items)


CHECKS = {
    "span offsets inside the text": lambda r: _inside(r["spans"], r["text"]),
    "decoy offsets inside the text": lambda r: _inside(r["decoys"], r["text"]),
    "known types only": lambda r: all(s["type"] in TYPES for s in r["spans"]),
    "every span has a form": lambda r: all(s.get("form") for s in r["spans"]),
    "every PERSON has an entity": lambda r: all(
        s.get("entity") for s in r["spans"] if s["type"] == "PERSON"
    ),
    "no label starts or ends in space": lambda r: _trimmed(r["spans"] + r["decoys"], r["text"]),
    "30 to 400 words": lambda r: 30 <= len(r["text"].split()) <= 400,
}


@pytest.mark.parametrize("check", sorted(CHECKS))
def test_when_each_record_is_checked_then_it_is_well_formed(check: str) -> None:
    broken = [r["id"] for r in _records() if not CHECKS[check](r)]
    assert broken == [], f"{check}: {broken[:5]}"


def test_when_spans_and_decoys_are_laid_out_then_none_overlap() -> None:
    for record in _records():
        marks = sorted((x["start"], x["end"]) for x in record["spans"] + record["decoys"])
        for (_, end), (start, _) in pairwise(marks):
            assert start >= end, record["id"]
