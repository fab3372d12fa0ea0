"""The sixth scrub development corpus (tests/data/scrub_dev6/): reproducible from its seeded
generator, well formed, and holding identifiers in layouts no other corpus has (chat display
names and timestamps, headed fields and tables, letter and e-mail blocks, survey answers)
beside decoys that look like them, since that is what it exists to tune."""

from __future__ import annotations

import hashlib
import itertools
import json
from collections import Counter
from pathlib import Path

import pytest
from corpus_files import corpus_documents, corpus_generator

DEV6 = Path(__file__).resolve().parents[1] / "data" / "scrub_dev6"
STYLES = {"chat": 200, "notes": 200, "letters": 200, "survey2": 200}
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
    "middle",
    "short",
    "nick",
}
DECOY_KINDS = [
    "word",
    "rank",
    "role",
    "product",
    "count",
    "time",
    "year",
    "money",
    "place_word",
    "age_band",
    "service",
    "greet",
    "signoff",
    "date",
    "ref",
    "system",
]


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    return corpus_documents(DEV6)


def _counts(documents: list[dict]) -> Counter[tuple[str, str]]:
    return Counter((s["type"], s["form"]) for doc in documents for s in doc["spans"])


def _value(doc: dict, mark: dict) -> str:
    return doc["text"][mark["start"] : mark["end"]]


def test_when_generator_runs_then_its_sha256_is_the_committed_corpus_and_source_md():
    committed = hashlib.sha256((DEV6 / "corpus.jsonl").read_bytes()).hexdigest()
    rebuilt = hashlib.sha256(corpus_generator(DEV6).build().encode("utf-8")).hexdigest()
    assert rebuilt == committed
    assert committed in (DEV6 / "SOURCE.md").read_text(encoding="utf-8")


def test_when_corpus_is_read_then_ids_are_unique_keys_sorted_and_styles_even(documents):
    assert [doc["id"] for doc in documents] == [f"dev6-{n:04d}" for n in range(1, 801)]
    for line in (DEV6 / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        assert line == json.dumps(doc, ensure_ascii=False, sort_keys=True)
        assert doc["format"] == "txt"
    assert Counter(doc["style"] for doc in documents) == STYLES


def test_when_marks_are_read_then_each_is_non_empty_trimmed_and_none_overlap(documents):
    for doc in documents:
        marks = doc["spans"] + doc["decoys"]
        for mark in marks:
            value = _value(doc, mark)
            assert value and value == value.strip(), (doc["id"], mark)
        ordered = sorted((mark["start"], mark["end"]) for mark in marks)
        for (_, end), (start, _) in itertools.pairwise(ordered):
            assert end <= start, (doc["id"], start)


def test_when_a_span_names_a_person_then_it_has_an_entity_and_others_do_not(documents):
    for doc in documents:
        for span in doc["spans"]:
            assert span["type"] in TYPES, (doc["id"], span)
            assert ("entity" in span) == (span["type"] == "PERSON"), (doc["id"], span)


def test_when_people_are_counted_then_each_is_mentioned_one_to_five_times(documents):
    mentions = [
        n
        for doc in documents
        for n in Counter(s["entity"] for s in doc["spans"] if s["type"] == "PERSON").values()
    ]
    assert len(mentions) >= 2000
    assert max(mentions) <= 5
    assert sum(n >= 2 for n in mentions) >= 0.6 * len(mentions)


def test_when_two_people_share_a_document_then_no_full_name_is_given_to_both(documents):
    for doc in documents:
        owner: dict[str, str] = {}
        for span in doc["spans"]:
            if span["type"] == "PERSON" and span["form"] in {"full", "first", "sur", "dim"}:
                value = " ".join(_value(doc, span).lower().split())
                assert owner.setdefault(value, span["entity"]) == span["entity"], doc["id"]


@pytest.mark.parametrize("form", ["typo", "nick"])
def test_when_a_name_is_misspelt_or_a_nickname_then_its_person_was_named_before(documents, form):
    for doc in documents:
        seen: set[str] = set()
        for span in doc["spans"]:
            if span["type"] != "PERSON":
                continue
            if span["form"] == form:
                assert span["entity"] in seen, (doc["id"], span)
            elif span["form"] not in {"typo", "nick"}:
                seen.add(span["entity"])


def test_when_a_survey_answer_is_counted_then_it_has_at_most_150_words(documents):
    lengths = [len(doc["text"].split()) for doc in documents if doc["style"] == "survey2"]
    assert all(1 <= n <= 150 for n in lengths)
    assert min(lengths) <= 6 and max(lengths) >= 100
    answers = [
        doc["text"].split("\n", 1)[1].removeprefix("A: ")
        for doc in documents
        if doc["style"] == "survey2"
    ]
    lower = sum(answer == answer.lower() for answer in answers)
    assert 0.3 * len(lengths) <= lower <= 0.7 * len(lengths)


def test_when_a_chat_sender_is_shown_by_number_then_the_number_is_a_phone_span(documents):
    numbered = 0
    for doc in documents:
        if doc["style"] != "chat":
            continue
        for span in doc["spans"]:
            if span["type"] == "PHONE" and doc["text"][span["end"] : span["end"] + 2] == ": ":
                numbered += 1
                assert _value(doc, span).startswith("+44"), doc["id"]
    assert numbered >= 100


def test_when_a_letter_is_signed_then_a_person_and_an_email_follow_the_signoff(documents):
    for doc in documents:
        if doc["style"] != "letters":
            continue
        signoff = next(d for d in doc["decoys"] if d["kind"] == "signoff")
        after = [s["type"] for s in doc["spans"] if s["start"] > signoff["end"]]
        assert after[0] == "PERSON" and "EMAIL" in after, doc["id"]


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
    assert counts[("AGE", "words")] >= 30 and counts[("DATE_OF_BIRTH", "words")] >= 30


@pytest.mark.parametrize("kind", DECOY_KINDS)
def test_when_decoys_are_counted_then_each_kind_is_there(documents, kind):
    kinds = Counter(d["kind"] for doc in documents for d in doc["decoys"])
    assert kinds[kind] >= 50, (kind, kinds[kind])
    assert set(kinds) == set(DECOY_KINDS)


def test_when_a_decoy_is_a_word_then_no_person_in_its_document_has_that_name(documents):
    for doc in documents:
        names = {_value(doc, s).lower() for s in doc["spans"] if s["type"] == "PERSON"}
        names |= {part for name in names for part in name.split()}
        for decoy in doc["decoys"]:
            if decoy["kind"] == "word":
                assert _value(doc, decoy).lower() not in names, doc["id"]
