"""The third scrub development corpus (tests/data/scrub_dev3/): reproducible from its seeded
generator, well formed, and rich in repeated mentions of one person in varied forms, since
that is what it exists to tune (one placeholder per person, people written in short forms)."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest
from corpus_files import corpus_documents, corpus_generator

DEV3 = Path(__file__).resolve().parents[1] / "data" / "scrub_dev3"
TYPES = {"PERSON", "LOCATION", "BASE", "UNIT", "PHONE", "EMAIL", "AGE"}
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
    "broken",
}


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    return corpus_documents(DEV3)


def _people(doc: dict) -> Counter[str]:
    return Counter(s["entity"] for s in doc["spans"] if s["type"] == "PERSON")


def test_when_generator_runs_then_its_sha256_is_the_committed_corpus_and_source_md():
    committed = hashlib.sha256((DEV3 / "corpus.jsonl").read_bytes()).hexdigest()
    rebuilt = hashlib.sha256(corpus_generator(DEV3).build().encode("utf-8")).hexdigest()
    assert rebuilt == committed
    assert committed in (DEV3 / "SOURCE.md").read_text(encoding="utf-8")


def test_when_corpus_is_read_then_ids_are_unique_keys_sorted_and_styles_halved(documents):
    assert len(documents) == 600
    assert len({doc["id"] for doc in documents}) == len(documents)
    for line in (DEV3 / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        assert line == json.dumps(doc, ensure_ascii=False, sort_keys=True)
    assert Counter(doc["style"] for doc in documents) == {"interview": 300, "survey": 300}


def test_when_people_share_a_first_name_or_surname_then_they_keep_different_entities(documents):
    sharing = 0
    for doc in documents:
        owners: dict[str, set[str]] = {}
        for span in doc["spans"]:
            if span["type"] == "PERSON" and span["form"] == "full":
                for word in doc["text"][span["start"] : span["end"]].lower().split():
                    owners.setdefault(word, set()).add(span["entity"])
        sharing += any(len(entities) > 1 for entities in owners.values())
    assert sharing >= 100, sharing


def test_when_a_name_is_misspelt_then_its_person_was_written_correctly_before(documents):
    for doc in documents:
        seen: set[str] = set()
        for span in doc["spans"]:
            if span["type"] != "PERSON":
                continue
            if span["form"] == "typo":
                assert span["entity"] in seen, (doc["id"], span)
            elif span["form"] == "full":
                seen.add(span["entity"])


def test_when_a_span_is_broken_then_it_holds_a_line_break_and_no_other_person_span_does(
    documents,
):
    for doc in documents:
        for span in doc["spans"]:
            value = doc["text"][span["start"] : span["end"]]
            assert ("\n" in value) == (span["form"] == "broken"), (doc["id"], value)


def test_when_people_are_counted_then_most_documents_repeat_two_or_more_people(documents):
    repeating = [sum(n >= 2 for n in _people(doc).values()) for doc in documents]
    assert sum(n >= 2 for n in repeating) >= 0.75 * len(documents)
    mentions = [n for doc in documents for n in _people(doc).values()]
    assert sum(mentions) / len(mentions) >= 4


@pytest.mark.parametrize(("style", "low", "high"), [("survey", 5, 200)])
def test_when_a_survey_answer_is_counted_then_its_words_are_in_range(documents, style, low, high):
    for doc in documents:
        if doc["style"] == style:
            assert low <= len(doc["text"].split()) <= high, doc["id"]


def test_when_an_interview_is_read_then_it_has_15_to_60_labelled_turns(documents):
    for doc in documents:
        if doc["style"] == "interview":
            turns = doc["text"].count("\n") + (not doc["text"].endswith("\n"))
            labels = sum(
                1
                for mark in doc["spans"] + doc["decoys"]
                if (mark["start"] == 0 or doc["text"][mark["start"] - 1] == "\n")
                and doc["text"][mark["end"] : mark["end"] + 2] == ": "
            )
            assert 15 <= labels <= 60, doc["id"]
            assert labels <= turns, doc["id"]


@pytest.mark.parametrize("kind", sorted(TYPES))
def test_when_corpus_is_counted_then_every_type_has_at_least_two_hundred(documents, kind):
    count = sum(s["type"] == kind for doc in documents for s in doc["spans"])
    assert count >= 200, (kind, count)


def test_when_corpus_is_counted_then_every_person_form_is_present_and_each_form_has_sixty(
    documents,
):
    counts: Counter[tuple[str, str]] = Counter(
        (span["type"], span["form"]) for doc in documents for span in doc["spans"]
    )
    assert {form for kind, form in counts if kind == "PERSON"} == PERSON_FORMS
    assert {key: n for key, n in counts.items() if n < 60} == {}


def test_when_decoys_are_counted_then_ordinary_words_roles_and_products_are_there(documents):
    kinds = Counter(d["kind"] for doc in documents for d in doc["decoys"])
    for kind in ("word", "rank", "product", "count", "role"):
        assert kinds[kind] >= 200, (kind, kinds[kind])
