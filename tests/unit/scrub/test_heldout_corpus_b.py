"""Held-out corpus B stays well formed, frozen and reproducible.

The corpus measures the scrubber on text it was never tuned on, so these tests guard the
file itself: every offset lands inside its text, labels never overlap, every PERSON mention
carries its entity key, the bytes match the SHA-256 recorded in SOURCE.md, and the seeded
generator still makes exactly this file.
"""

from __future__ import annotations

import hashlib
import importlib.util
import itertools
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "composed_b"
CORPUS = CORPUS_DIR / "corpus.jsonl"
SOURCE_MD = CORPUS_DIR / "SOURCE.md"
GENERATOR = CORPUS_DIR / "source" / "generate.py"

STYLES = {"survey", "email", "chat", "casenote", "monologue"}
TYPES = {
    "PERSON",
    "PHONE",
    "EMAIL",
    "SERVICE_NUMBER",
    "NI_NUMBER",
    "NHS_NUMBER",
    "POSTCODE",
    "ADDRESS",
    "DATE_OF_BIRTH",
    "AGE",
    "BANK_ACCOUNT",
    "UNIT",
    "BASE",
    "LOCATION",
}


@pytest.fixture(scope="module")
def documents() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("corpus_b_generate", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # dataclasses look their module up in sys.modules while the class is built
    sys.modules[spec.name] = module
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


def _intervals(doc: dict[str, Any]) -> list[tuple[int, int, str]]:
    marks = [(s["start"], s["end"], s["type"]) for s in doc["spans"]]
    marks += [(d["start"], d["end"], "decoy") for d in doc["decoys"]]
    return sorted(marks)


def test_when_corpus_is_read_then_it_holds_about_500_documents_of_every_style(documents):
    assert 450 <= len(documents) <= 550
    assert {doc["style"] for doc in documents} == STYLES
    ids = [doc["id"] for doc in documents]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r"b-\d{4}", doc_id) for doc_id in ids)
    assert {doc["format"] for doc in documents} == {"txt"}


def test_when_spans_are_checked_then_every_type_is_covered(documents):
    seen = {span["type"] for doc in documents for span in doc["spans"]}
    assert seen == TYPES


@pytest.mark.parametrize("field", ["spans", "decoys"])
def test_when_offsets_are_checked_then_each_mark_is_non_empty_and_inside_its_text(documents, field):
    for doc in documents:
        for mark in doc[field]:
            assert isinstance(mark["start"], int) and isinstance(mark["end"], int), doc["id"]
            assert 0 <= mark["start"] < mark["end"] <= len(doc["text"]), (doc["id"], mark)
            marked = doc["text"][mark["start"] : mark["end"]]
            assert marked.strip() == marked, (doc["id"], mark)


def test_when_marks_are_sorted_then_no_span_or_decoy_overlaps_another(documents):
    for doc in documents:
        marks = _intervals(doc)
        for (_s1, end1, kind1), (start2, _e2, kind2) in itertools.pairwise(marks):
            assert end1 <= start2, (doc["id"], kind1, kind2)


def test_when_a_span_is_a_person_then_it_carries_an_entity_key(documents):
    for doc in documents:
        for span in doc["spans"]:
            assert span["type"] in TYPES, (doc["id"], span["type"])
            if span["type"] == "PERSON":
                assert re.fullmatch(r"p\d+", span.get("entity", "")), (doc["id"], span)


def test_when_one_person_is_mentioned_many_ways_then_the_entity_key_is_shared(documents):
    """The corpus exists to test consistency, so it must hold multi-mention people."""
    multi = 0
    for doc in documents:
        keys = [s["entity"] for s in doc["spans"] if s["type"] == "PERSON"]
        multi += sum(1 for key in set(keys) if keys.count(key) > 1)
    assert multi >= 200


def test_when_two_mentions_read_the_same_then_they_name_the_same_person(documents):
    """Different people never share a surface form in one document (entity keys stay fair)."""
    for doc in documents:
        owner: dict[str, str] = {}
        for span in doc["spans"]:
            if span["type"] == "PERSON":
                surface = doc["text"][span["start"] : span["end"]].lower()
                assert owner.setdefault(surface, span["entity"]) == span["entity"], doc["id"]


def test_when_the_file_is_hashed_then_it_matches_source_md():
    recorded = re.search(
        r"SHA-256 of `corpus.jsonl`: `([0-9a-f]{64})`", SOURCE_MD.read_text(encoding="utf-8")
    )
    assert recorded is not None, "SOURCE.md must record the SHA-256 of corpus.jsonl"
    assert hashlib.sha256(CORPUS.read_bytes()).hexdigest() == recorded.group(1)


def test_when_the_generator_runs_then_it_reproduces_the_file_byte_for_byte():
    generator = _load_generator()
    assert generator.build_corpus_text().encode("utf-8") == CORPUS.read_bytes()
