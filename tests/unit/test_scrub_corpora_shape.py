"""Every labelled scrub corpus, tuning or held-out, keeps the promises the bench relies on.

bench/scrub_accuracy.py scores a mention as found by its offsets, a person's placeholders by
its `entity` key, and a corpus as "the same text as last time" by the SHA-256 its SOURCE.md
pins. These checks hold for all of them alike, so they live here once; each corpus's own test
file keeps what is particular to it (its generator, its styles, its counts).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from functools import cache
from pathlib import Path

import pytest

from sealflow.scrub.evaluation.frozen import load_frozen

DATA = Path(__file__).resolve().parents[1] / "data"
CORPORA = sorted(
    [*DATA.glob("scrub_dev*/corpus.jsonl"), *DATA.glob("scrub_heldout/*/corpus.jsonl")]
)
NAMES = [path.parent.relative_to(DATA).as_posix() for path in CORPORA]
SHA256 = re.compile(r"\b[0-9a-f]{64}\b")
TYPES = {
    "PERSON", "PHONE", "EMAIL", "SERVICE_NUMBER", "NI_NUMBER", "NHS_NUMBER", "POSTCODE",
    "ADDRESS", "DATE_OF_BIRTH", "AGE", "BANK_ACCOUNT", "UNIT", "BASE", "LOCATION",
}  # fmt: skip


@cache
def _documents(corpus: Path) -> tuple[dict, ...]:
    return tuple(json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines())


def test_when_the_data_folder_is_listed_then_every_corpus_is_here():
    assert len(CORPORA) >= 10, NAMES


@pytest.mark.parametrize("corpus", CORPORA, ids=NAMES)
def test_when_a_corpus_is_hashed_then_its_source_md_pins_that_digest(corpus: Path):
    pinned = set(SHA256.findall((corpus.parent / "SOURCE.md").read_text(encoding="utf-8")))
    assert hashlib.sha256(corpus.read_bytes()).hexdigest() in pinned


@pytest.mark.parametrize("corpus", CORPORA, ids=NAMES)
def test_when_the_bench_loader_reads_a_corpus_then_it_keeps_every_document_and_person(
    corpus: Path,
):
    documents = _documents(corpus)
    loaded = load_frozen(corpus)
    assert len(loaded) == len(documents) == len({doc["id"] for doc in documents})
    for text in loaded:
        for (kind, _, _), entity in zip(text.spans, text.entities, strict=True):
            assert (entity is not None) == (kind == "PERSON"), text.document_id
        assert len(text.decoy_kinds) == len(text.decoys), text.document_id


@pytest.mark.parametrize("corpus", CORPORA, ids=NAMES)
def test_when_a_corpus_is_read_then_every_mark_is_inside_non_empty_trimmed_and_apart(
    corpus: Path,
):
    for doc in _documents(corpus):
        text, marks = doc["text"], doc["spans"] + doc.get("decoys", [])
        for mark in marks:
            assert 0 <= mark["start"] < mark["end"] <= len(text), (doc["id"], mark)
            value = text[mark["start"] : mark["end"]]
            assert value == value.strip(), (doc["id"], value)
        for span in doc["spans"]:
            assert span["type"] in TYPES, (doc["id"], span)
            assert ("entity" in span) == (span["type"] == "PERSON"), (doc["id"], span)
        ordered = sorted((mark["start"], mark["end"]) for mark in marks)
        for (_, end), (start, _) in itertools.pairwise(ordered):
            assert end <= start, f"{doc['id']}: labels overlap at {start}"


@pytest.mark.parametrize("corpus", CORPORA, ids=NAMES)
def test_when_a_full_name_is_written_twice_then_both_are_one_person(corpus: Path):
    """Corpora without forms (interviews_a) are read as if every mention were in full."""
    for doc in _documents(corpus):
        owner: dict[str, str] = {}
        for span in doc["spans"]:
            if span["type"] == "PERSON" and span.get("form", "full") == "full":
                value = " ".join(doc["text"][span["start"] : span["end"]].lower().split())
                assert owner.setdefault(value, span["entity"]) == span["entity"], doc["id"]
