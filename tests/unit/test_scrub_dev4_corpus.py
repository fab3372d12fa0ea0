"""The fourth scrub development corpus (tests/data/scrub_dev4/): reproducible from its seeded
generator, well formed, and rich in what staff write about people (case notes, e-mails, call
logs, referrals, minutes, handovers, text-speak survey answers) and in decoys, since it exists
to tune both recall and over-redaction."""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from corpus_files import corpus_documents, corpus_generator

DEV4 = Path(__file__).resolve().parents[1] / "data" / "scrub_dev4"
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
    "NHS_NUMBER",
    "NI_NUMBER",
    "SERVICE_NUMBER",
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
}
STYLES = {"casenote", "email", "calllog", "referral", "minutes", "handover"}
NUMBER_WORD = re.compile(r"^(?:[a-z]+)(?:-[a-z]+)?$")


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    return corpus_documents(DEV4)


def _people(doc: dict) -> Counter[str]:
    return Counter(s["entity"] for s in doc["spans"] if s["type"] == "PERSON")


def test_when_generator_runs_then_its_sha256_is_the_committed_corpus_and_source_md():
    committed = hashlib.sha256((DEV4 / "corpus.jsonl").read_bytes()).hexdigest()
    rebuilt = hashlib.sha256(corpus_generator(DEV4).build().encode("utf-8")).hexdigest()
    assert rebuilt == committed
    assert committed in (DEV4 / "SOURCE.md").read_text(encoding="utf-8")


def test_when_corpus_is_read_then_ids_are_unique_keys_sorted_and_a_quarter_are_surveys(
    documents,
):
    assert len(documents) == 600
    assert len({doc["id"] for doc in documents}) == len(documents)
    for line in (DEV4 / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        assert line == json.dumps(doc, ensure_ascii=False, sort_keys=True)
    styles = Counter(doc["style"] for doc in documents)
    assert styles["survey"] == 150
    assert {style: styles[style] for style in STYLES} == dict.fromkeys(STYLES, 75)


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
            elif span["form"] in {"full", "broken"}:
                seen.add(span["entity"])


def test_when_a_span_is_broken_then_it_holds_a_line_break_and_no_other_span_does(documents):
    for doc in documents:
        for span in doc["spans"]:
            value = doc["text"][span["start"] : span["end"]]
            assert ("\n" in value) == (span["form"] == "broken"), (doc["id"], value)


def test_when_people_are_counted_then_each_document_names_two_or_more_and_most_repeat(
    documents,
):
    assert all(len(_people(doc)) >= 2 for doc in documents)
    repeating = [sum(n >= 2 for n in _people(doc).values()) for doc in documents]
    assert sum(n >= 2 for n in repeating) >= 0.75 * len(documents)
    mentions = [n for doc in documents for n in _people(doc).values()]
    assert sum(mentions) / len(mentions) >= 3


def test_when_a_document_is_counted_then_its_words_are_30_to_400(documents):
    for doc in documents:
        assert 30 <= len(doc["text"].split()) <= 400, doc["id"]


def test_when_surveys_are_read_then_most_are_typed_in_lower_case(documents):
    surveys = [doc for doc in documents if doc["style"] == "survey"]
    lower = sum(doc["text"] == doc["text"].lower() for doc in surveys)
    assert lower >= 0.6 * len(surveys)


@pytest.mark.parametrize(("style", "marker"), [("email", "From: "), ("minutes", "Present: ")])
def test_when_a_structured_style_is_read_then_it_carries_its_headers(documents, style, marker):
    for doc in documents:
        if doc["style"] == style:
            assert marker in doc["text"], doc["id"]


def test_when_an_age_is_labelled_then_the_span_is_the_number_only(documents):
    for doc in documents:
        for span in doc["spans"]:
            if span["type"] == "AGE":
                value = doc["text"][span["start"] : span["end"]]
                if span["form"] == "digits":
                    assert value.isdigit() and 1 <= int(value) <= 80, (doc["id"], value)
                else:
                    assert NUMBER_WORD.match(value.lower()), (doc["id"], value)


@pytest.mark.parametrize("kind", sorted(TYPES))
def test_when_corpus_is_counted_then_every_type_has_at_least_a_hundred(documents, kind):
    count = sum(s["type"] == kind for doc in documents for s in doc["spans"])
    assert count >= 100, (kind, count)


def test_when_corpus_is_counted_then_every_person_form_is_present_and_each_form_has_forty(
    documents,
):
    counts: Counter[tuple[str, str]] = Counter(
        (span["type"], span["form"]) for doc in documents for span in doc["spans"]
    )
    assert {form for kind, form in counts if kind == "PERSON"} == PERSON_FORMS
    assert {key: n for key, n in counts.items() if n < 40} == {}


@pytest.mark.parametrize(
    ("kind", "least"),
    [
        ("word", 300),
        ("rank", 300),
        ("product", 300),
        ("count", 300),
        ("heading", 300),
        ("abbrev", 300),
        ("age_band", 100),
        ("weekday", 100),
        ("time", 100),
        ("month", 50),
        ("year", 50),
        ("greet", 50),
        ("signoff", 100),
        ("helpline", 50),
    ],
)
def test_when_decoys_are_counted_then_each_kind_is_plentiful(documents, kind, least):
    kinds = Counter(d["kind"] for doc in documents for d in doc["decoys"])
    assert kinds[kind] >= least, (kind, kinds[kind])
