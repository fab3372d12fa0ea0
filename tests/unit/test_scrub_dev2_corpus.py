"""The second scrub development corpus (tests/data/scrub_dev2/): reproducible from its
seeded generator and well formed, so tuning figures on it mean what they say."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from corpus_files import corpus_documents, corpus_generator

DEV2 = Path(__file__).resolve().parents[1] / "data" / "scrub_dev2"
TYPES = {
    "PERSON",
    "ADDRESS",
    "POSTCODE",
    "LOCATION",
    "BASE",
    "UNIT",
    "PHONE",
    "EMAIL",
    "SERVICE_NUMBER",
    "NHS_NUMBER",
    "NI_NUMBER",
    "BANK_ACCOUNT",
    "DATE_OF_BIRTH",
    "AGE",
}


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    return corpus_documents(DEV2)


def test_when_generator_runs_then_its_sha256_is_the_committed_corpus_and_source_md():
    committed = hashlib.sha256((DEV2 / "corpus.jsonl").read_bytes()).hexdigest()
    rebuilt = hashlib.sha256(corpus_generator(DEV2).build().encode("utf-8")).hexdigest()
    assert rebuilt == committed
    assert committed in (DEV2 / "SOURCE.md").read_text(encoding="utf-8")


def test_when_corpus_is_read_then_ids_are_unique_and_keys_sorted(documents):
    assert len(documents) >= 450
    assert len({doc["id"] for doc in documents}) == len(documents)
    for line in (DEV2 / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        assert line == json.dumps(doc, ensure_ascii=False, sort_keys=True)


@pytest.mark.parametrize(
    "kind",
    sorted(TYPES - {"PERSON"}),
)
def test_when_corpus_is_counted_then_every_type_has_at_least_sixty_instances(documents, kind):
    count = sum(s["type"] == kind for doc in documents for s in doc["spans"])
    assert count >= 60, (kind, count)


def test_when_corpus_is_counted_then_every_form_of_every_type_has_at_least_thirty(documents):
    counts: dict[tuple[str, str], int] = {}
    for doc in documents:
        for span in doc["spans"]:
            key = (span["type"], span["form"])
            counts[key] = counts.get(key, 0) + 1
    assert {kind for kind, _ in counts} == TYPES
    assert {key: n for key, n in counts.items() if n < 30} == {}


def test_when_people_are_counted_then_person_is_a_large_minority_of_spans(documents):
    spans = [span for doc in documents for span in doc["spans"]]
    share = sum(span["type"] == "PERSON" for span in spans) / len(spans)
    assert 0.35 <= share <= 0.5, share
