"""The seventh scrub development corpus (tests/data/scrub_dev7/): reproducible from its seeded
generator, well formed, and holding the values people say and type (ages, postcodes, service
numbers, phones, dates of birth, addresses, e-mails written out) in every phrasing it claims,
beside the decoys that look like them (age bands, durations, eight-digit references,
extensions, building numbers), since that is what it exists to tune."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from corpus_files import corpus_documents, corpus_generator

DEV7 = Path(__file__).resolve().parents[1] / "data" / "scrub_dev7"
STYLES = {"spoken": 200, "survey": 200, "form": 200, "email": 200}
FORMS = {
    "PERSON": {"full", "first", "sur", "rank", "title", "init", "surfirst", "dim", "typo",
               "middle", "short", "nick"},
    "AGE": {"digits", "words"},
    "DATE_OF_BIRTH": {"digits", "words"},
    "PHONE": {"digits", "words", "broken"},
    "SERVICE_NUMBER": {"digits", "words"},
    "EMAIL": {"plain", "words"},
    "POSTCODE": {"plain", "words", "outward"},
    "ADDRESS": {"street"},
    "LOCATION": {"town"},
    "BASE": {"base", "abbreviation", "garrison"},
    "UNIT": {"battalion", "regiment", "commando", "formation", "ship", "squadron"},
    "NI_NUMBER": {"digits"},
    "NHS_NUMBER": {"digits"},
}  # fmt: skip
DECOY_KINDS = [
    "word", "rank", "role", "product", "count", "time", "year", "money", "place_word",
    "age_band", "service", "greet", "signoff", "date", "ref", "duration", "percent",
    "ext", "building",
]  # fmt: skip
NUMBER_WORD = re.compile(
    r"^(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]\w+)?|\w+)$"
)


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    return corpus_documents(DEV7)


def _value(doc: dict, mark: dict) -> str:
    return doc["text"][mark["start"] : mark["end"]]


def _spans(documents: list[dict], kind: str, form: str) -> list[str]:
    return [
        _value(doc, s)
        for doc in documents
        for s in doc["spans"]
        if s["type"] == kind and s["form"] == form
    ]


def test_when_generator_runs_then_its_sha256_is_the_committed_corpus_and_source_md():
    committed = hashlib.sha256((DEV7 / "corpus.jsonl").read_bytes()).hexdigest()
    rebuilt = hashlib.sha256(corpus_generator(DEV7).build().encode("utf-8")).hexdigest()
    assert rebuilt == committed
    assert committed in (DEV7 / "SOURCE.md").read_text(encoding="utf-8")


def test_when_corpus_is_read_then_ids_are_unique_keys_sorted_and_styles_even(documents):
    assert [doc["id"] for doc in documents] == [f"dev7-{n:04d}" for n in range(1, 801)]
    for line in (DEV7 / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
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


def test_when_a_span_is_read_then_its_type_and_form_are_claimed_and_only_people_have_entities(
    documents,
):
    for doc in documents:
        for span in doc["spans"]:
            assert span["form"] in FORMS[span["type"]], (doc["id"], span)
            assert ("entity" in span) == (span["type"] == "PERSON"), (doc["id"], span)


def test_when_people_are_counted_then_each_is_mentioned_one_to_five_times(documents):
    mentions = [
        n
        for doc in documents
        for n in Counter(s["entity"] for s in doc["spans"] if s["type"] == "PERSON").values()
    ]
    assert len(mentions) >= 1500
    assert max(mentions) <= 5
    assert sum(n >= 2 for n in mentions) >= 0.55 * len(mentions)


def test_when_two_people_share_a_document_then_no_name_is_given_to_both(documents):
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


def test_when_a_person_is_named_then_no_word_of_their_name_is_left_unlabelled(documents):
    """A decoy word ('will', 'grant') never shares a document with a person of that name."""
    for doc in documents:
        text, covered = doc["text"], set()
        for mark in doc["spans"] + doc["decoys"]:
            covered.update(range(mark["start"], mark["end"]))
        names = {
            part.lower()
            for span in doc["spans"]
            if span["type"] == "PERSON"
            for part in re.split(r"[\s.,-]+", _value(doc, span))
            if len(part) > 1
        }
        for word in re.finditer(r"[A-Za-z']+", text):
            if word.start() not in covered:
                assert word.group().lower() not in names, (doc["id"], word.start())


@pytest.mark.parametrize("kind", sorted(FORMS))
def test_when_corpus_is_counted_then_every_type_has_a_hundred_and_every_form_thirty(
    documents, kind
):
    counts = Counter(s["form"] for doc in documents for s in doc["spans"] if s["type"] == kind)
    assert sum(counts.values()) >= 100, (kind, counts)
    assert set(counts) == FORMS[kind]
    assert min(counts.values()) >= 30, (kind, counts)


@pytest.mark.parametrize("kind", DECOY_KINDS)
def test_when_decoys_are_counted_then_each_kind_is_there(documents, kind):
    kinds = Counter(d["kind"] for doc in documents for d in doc["decoys"])
    assert kinds[kind] >= 50, (kind, kinds[kind])
    assert set(kinds) == set(DECOY_KINDS)


def test_when_an_age_is_labelled_then_it_is_the_number_only(documents):
    for value in _spans(documents, "AGE", "digits"):
        assert re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", value), value
    for value in _spans(documents, "AGE", "words"):
        assert NUMBER_WORD.match(value) and not any(c.isdigit() for c in value), value


def test_when_a_value_is_in_words_then_no_digit_is_in_it(documents):
    for kind in ("PHONE", "SERVICE_NUMBER", "POSTCODE"):
        for value in _spans(documents, kind, "words"):
            assert not any(c.isdigit() for c in value), (kind, value)
    for value in _spans(documents, "EMAIL", "words"):
        assert " at " in value and " dot " in value and "@" not in value, value


def test_when_a_value_has_its_own_layout_form_then_the_text_shows_it(documents):
    assert all("\n" in value for value in _spans(documents, "PHONE", "broken"))
    for value in _spans(documents, "POSTCODE", "outward"):
        assert re.fullmatch(r"[A-Za-z]{1,2}\d{1,2}", value), value
    for value in _spans(documents, "DATE_OF_BIRTH", "digits"):
        assert not re.search(r"[A-Za-z]", value), value


def test_when_a_reference_is_eight_digits_then_it_looks_like_a_service_number(documents):
    eight = [
        _value(doc, d)
        for doc in documents
        for d in doc["decoys"]
        if d["kind"] == "ref" and _value(doc, d).isdigit()
    ]
    assert len(eight) >= 50
    assert all(len(value) == 8 for value in eight)


def test_when_a_spoken_line_is_read_then_it_opens_with_a_role_label(documents):
    for doc in documents:
        if doc["style"] != "spoken":
            continue
        starts = {d["start"] for d in doc["decoys"] if d["kind"] == "role"}
        offset = 0
        for line in doc["text"].split("\n"):
            if line and not line.startswith("Excerpt"):
                assert offset in starts, (doc["id"], offset)
            offset += len(line) + 1


def _survey_answers(doc: dict) -> list[str]:
    text = doc["text"].rstrip("\n")
    if text.startswith("Q"):
        return [block.split("\nA: ", 1)[1] for block in text.split("\n\n")]
    return [re.sub(r"^\d+\. ", "", line) for line in text.split("\n")[1:]]


def test_when_a_survey_answer_is_counted_then_it_has_1_to_120_words_and_half_are_lower(
    documents,
):
    answers = [a for doc in documents if doc["style"] == "survey" for a in _survey_answers(doc)]
    assert len(answers) >= 600
    assert all(1 <= len(answer.split()) <= 120 for answer in answers)
    lower = sum(answer == answer.lower() for answer in answers)
    assert 0.35 * len(answers) <= lower <= 0.7 * len(answers)
