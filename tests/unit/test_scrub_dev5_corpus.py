"""The fifth scrub development corpus (tests/data/scrub_dev5/): reproducible from its seeded
generator, well formed, and rich in identifiers as people SAY or TYPE them (ages in every
phrasing, numbers and postcodes in words, e-mails written out, unit short forms) beside decoys
that look like them, since that is what it exists to tune."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest
from corpus_files import corpus_documents, corpus_generator

DEV5 = Path(__file__).resolve().parents[1] / "data" / "scrub_dev5"
TYPES = {
    "PERSON",
    "LOCATION",
    "BASE",
    "UNIT",
    "PHONE",
    "EMAIL",
    "AGE",
    "ADDRESS",
    "POSTCODE",
    "DATE_OF_BIRTH",
    "SERVICE_NUMBER",
    "NI_NUMBER",
    "NHS_NUMBER",
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
    "broken",
    "spell",
}
SPOKEN = [("AGE", "words"), ("PHONE", "words"), ("SERVICE_NUMBER", "words"), ("EMAIL", "words")]
SPOKEN += [("DATE_OF_BIRTH", "words"), ("POSTCODE", "words")]


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    return corpus_documents(DEV5)


def _counts(documents: list[dict]) -> Counter[tuple[str, str]]:
    return Counter((s["type"], s["form"]) for doc in documents for s in doc["spans"])


def test_when_generator_runs_then_its_sha256_is_the_committed_corpus_and_source_md():
    committed = hashlib.sha256((DEV5 / "corpus.jsonl").read_bytes()).hexdigest()
    rebuilt = hashlib.sha256(corpus_generator(DEV5).build().encode("utf-8")).hexdigest()
    assert rebuilt == committed
    assert committed in (DEV5 / "SOURCE.md").read_text(encoding="utf-8")


def test_when_corpus_is_read_then_ids_are_unique_keys_sorted_and_styles_halved(documents):
    assert len(documents) == 600
    assert len({doc["id"] for doc in documents}) == len(documents)
    for line in (DEV5 / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        assert line == json.dumps(doc, ensure_ascii=False, sort_keys=True)
    assert Counter(doc["style"] for doc in documents) == {"interview": 300, "survey": 300}


@pytest.mark.parametrize("form", ["typo", "spell"])
def test_when_a_name_is_misspelt_or_spelt_out_then_its_person_was_named_before(documents, form):
    for doc in documents:
        seen: set[str] = set()
        for span in doc["spans"]:
            if span["type"] != "PERSON":
                continue
            if span["form"] == form:
                assert span["entity"] in seen, (doc["id"], span)
            elif span["form"] not in {"typo", "spell"}:
                seen.add(span["entity"])


def _letters(value: str) -> str:
    return "".join(c for c in value if c.isalpha()).lower()


def test_when_a_name_is_spelt_out_then_an_earlier_mention_of_that_person_holds_it(documents):
    spelt = 0
    for doc in documents:
        said: dict[str, list[str]] = {}
        for span in doc["spans"]:
            if span["type"] != "PERSON":
                continue
            value = _letters(doc["text"][span["start"] : span["end"]])
            if span["form"] == "spell":
                spelt += 1
                assert len(value) >= 2, (doc["id"], value)
                assert any(value in earlier for earlier in said.get(span["entity"], [])), doc["id"]
            elif span["form"] != "typo":
                said.setdefault(span["entity"], []).append(value)
    assert spelt >= 30


def test_when_a_span_is_broken_then_it_holds_a_line_break_and_no_other_span_does(documents):
    for doc in documents:
        for span in doc["spans"]:
            value = doc["text"][span["start"] : span["end"]]
            assert ("\n" in value) == (span["form"] == "broken"), (doc["id"], value)


def test_when_people_are_counted_then_each_is_mentioned_one_to_about_twelve_times(documents):
    mentions = [
        n
        for doc in documents
        for n in Counter(s["entity"] for s in doc["spans"] if s["type"] == "PERSON").values()
    ]
    assert len(mentions) >= 1000
    assert sum(n >= 2 for n in mentions) >= 0.6 * len(mentions)


def test_when_a_survey_answer_is_counted_then_it_has_one_to_300_words(documents):
    lengths = [len(doc["text"].split()) for doc in documents if doc["style"] == "survey"]
    assert all(1 <= n <= 300 for n in lengths)
    assert min(lengths) <= 3 and max(lengths) >= 200


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
def test_when_corpus_is_counted_then_every_type_has_at_least_a_hundred(documents, kind):
    count = sum(s["type"] == kind for doc in documents for s in doc["spans"])
    assert count >= 100, (kind, count)


def test_when_corpus_is_counted_then_every_person_form_is_there_and_each_form_has_thirty(
    documents,
):
    counts = _counts(documents)
    assert {form for kind, form in counts if kind == "PERSON"} == PERSON_FORMS
    assert {key: n for key, n in counts.items() if n < 30} == {}


@pytest.mark.parametrize(("kind", "form"), SPOKEN)
def test_when_values_are_said_aloud_then_each_kind_has_a_words_form(documents, kind, form):
    assert _counts(documents)[(kind, form)] >= 30


@pytest.mark.parametrize(
    "kind",
    ["word", "rank", "product", "count", "role", "age_band", "time", "year", "money"],
)
def test_when_decoys_are_counted_then_each_kind_is_there(documents, kind):
    kinds = Counter(d["kind"] for doc in documents for d in doc["decoys"])
    assert kinds[kind] >= 50, (kind, kinds[kind])


def test_when_a_decoy_is_a_count_or_age_band_then_no_age_span_sits_inside_it(documents):
    for doc in documents:
        ages = [(s["start"], s["end"]) for s in doc["spans"] if s["type"] == "AGE"]
        for decoy in doc["decoys"]:
            if decoy["kind"] in {"count", "age_band"}:
                assert not any(s < decoy["end"] and decoy["start"] < e for s, e in ages)
