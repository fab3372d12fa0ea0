"""The eighth scrub development corpus (tests/data/scrub_dev8/): reproducible from its seeded
generator, well formed, and holding people named in shorthand (bare initials, rank + initial,
surname + initial, first name + initial, nicknames, diminutives) in every form it claims,
beside the capitals, shift codes and name-like words that must survive, since that is what it
exists to tune."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from corpus_files import corpus_documents, corpus_generator

DEV8 = Path(__file__).resolve().parents[1] / "data" / "scrub_dev8"
STYLES = {"chat": 160, "handover": 160, "survey": 160, "minutes": 160, "sms": 160}
FORMS = {
    "PERSON": {"full", "first", "sur", "rank", "title", "init", "dim", "short", "nick",
               "rankinit", "surinit"},
    "AGE": {"digits", "words"},
    "DATE_OF_BIRTH": {"digits", "words"},
    "PHONE": {"digits", "words"},
    "SERVICE_NUMBER": {"digits", "words"},
    "EMAIL": {"plain", "words"},
    "POSTCODE": {"plain", "words", "outward"},
    "ADDRESS": {"street"},
    "LOCATION": {"town"},
    "BASE": {"base", "abbreviation", "garrison"},
    "UNIT": {"battalion", "regiment", "commando", "formation", "ship", "squadron"},
}  # fmt: skip
DECOY_KINDS = [
    "word", "rank", "role", "product", "count", "time", "place_word", "age_band", "service",
    "greet", "signoff", "date", "ref", "duration", "ext", "building", "money",
    "acronym", "shift", "team",
]  # fmt: skip
BARE_INITIALS = re.compile(r"(?:[A-Za-z]\.?){2,3}")


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    return corpus_documents(DEV8)


def _value(doc: dict, mark: dict) -> str:
    return doc["text"][mark["start"] : mark["end"]]


def _spans(documents: list[dict], kind: str, form: str) -> list[str]:
    return [
        _value(doc, s)
        for doc in documents
        for s in doc["spans"]
        if s["type"] == kind and s["form"] == form
    ]


def _bare_initials(documents: list[dict]) -> list[str]:
    return [v for v in _spans(documents, "PERSON", "init") if BARE_INITIALS.fullmatch(v)]


def test_when_generator_runs_then_its_sha256_is_the_committed_corpus_and_source_md():
    committed = hashlib.sha256((DEV8 / "corpus.jsonl").read_bytes()).hexdigest()
    rebuilt = hashlib.sha256(corpus_generator(DEV8).build().encode("utf-8")).hexdigest()
    assert rebuilt == committed
    assert committed in (DEV8 / "SOURCE.md").read_text(encoding="utf-8")


def test_when_corpus_is_read_then_ids_are_unique_keys_sorted_and_styles_even(documents):
    assert [doc["id"] for doc in documents] == [f"dev8-{n:04d}" for n in range(1, 801)]
    for line in (DEV8 / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
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


def test_when_people_are_counted_then_each_is_mentioned_one_to_six_times(documents):
    mentions = [
        n
        for doc in documents
        for n in Counter(s["entity"] for s in doc["spans"] if s["type"] == "PERSON").values()
    ]
    assert len(mentions) >= 3000
    assert max(mentions) <= 6
    assert sum(n >= 2 for n in mentions) >= 0.5 * len(mentions)


def test_when_two_people_share_a_document_then_no_name_or_short_form_is_given_to_both(
    documents,
):
    """Initials, rank + initial and first name + initial are names too: two people in one
    document never share one, with or without its full stops."""
    for doc in documents:
        owner: dict[str, str] = {}
        for span in doc["spans"]:
            if span["type"] == "PERSON" and span["form"] != "rank":
                value = " ".join(_value(doc, span).lower().replace(".", "").split())
                assert owner.setdefault(value, span["entity"]) == span["entity"], doc["id"]


def test_when_a_person_is_named_then_no_word_of_their_name_is_left_unlabelled(documents):
    """A decoy ('will', 'dusty', 'IT', 'OC') is never a word or the initials of a name in its
    document, and no word of anyone's name stands unlabelled there. Rank and title words
    ('Cpl', 'Mrs') are not names."""
    rank_words = corpus_generator(DEV8).RANK_WORDS
    for doc in documents:
        text, covered = doc["text"], set()
        for mark in doc["spans"] + doc["decoys"]:
            covered.update(range(mark["start"], mark["end"]))
        names = {
            part.lower()
            for span in doc["spans"]
            if span["type"] == "PERSON"
            for part in re.split(r"[\s.,/-]+", _value(doc, span))
            if len(part) > 1 and part.lower() not in rank_words
        }
        for word in re.finditer(r"[A-Za-z']+", text):
            if word.start() not in covered:
                assert word.group().lower() not in names, (doc["id"], word.start())
        for decoy in doc["decoys"]:
            parts = re.split(r"[\s.,/-]+", _value(doc, decoy).lower())
            assert not names.intersection(parts), (doc["id"], decoy)


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
    assert kinds[kind] >= 30, (kind, kinds[kind])
    assert set(kinds) == set(DECOY_KINDS)


def test_when_initials_stand_alone_then_every_way_of_typing_them_is_there(documents):
    bare = _bare_initials(documents)
    assert len(bare) >= 1000
    assert sum(v.isupper() and "." not in v and len(v) == 2 for v in bare) >= 300
    assert sum(v.isupper() and "." not in v and len(v) == 3 for v in bare) >= 100
    assert sum("." in v for v in bare) >= 100
    assert sum(v.islower() for v in bare) >= 100


def test_when_a_short_form_is_labelled_then_its_shape_is_the_forms(documents):
    for value in _spans(documents, "PERSON", "rankinit"):
        assert re.fullmatch(r"\S+(?: \S+)? [A-Za-z](?:-[A-Za-z])?", value), value
    for value in _spans(documents, "PERSON", "surinit"):
        assert re.fullmatch(r".+ [A-Z]{1,2}", value), value
    for value in _spans(documents, "PERSON", "short"):
        assert re.fullmatch(r"\S+ [A-Za-z]", value), value
    for value in _spans(documents, "PERSON", "nick") + _spans(documents, "PERSON", "dim"):
        assert " " not in value and value[0].isalpha(), value


def test_when_a_person_has_short_forms_then_many_are_also_named_in_full_in_their_document(
    documents,
):
    short_forms = {"init", "short", "rankinit", "surinit", "nick", "dim"}
    linked = 0
    for doc in documents:
        forms: dict[str, set[str]] = {}
        for span in doc["spans"]:
            if span["type"] == "PERSON":
                forms.setdefault(span["entity"], set()).add(span["form"])
        linked += sum(
            bool(f & short_forms) and bool(f & {"full", "rank", "title"}) for f in forms.values()
        )
    assert linked >= 800


def test_when_a_capital_run_is_a_decoy_then_it_is_nobodys_initials_in_that_document(
    documents,
):
    for doc in documents:
        initials = {
            _value(doc, s).replace(".", "").upper()
            for s in doc["spans"]
            if s["type"] == "PERSON" and BARE_INITIALS.fullmatch(_value(doc, s))
        }
        for decoy in doc["decoys"]:
            if decoy["kind"] in {"acronym", "role", "shift"}:
                assert _value(doc, decoy).replace(".", "").upper() not in initials, doc["id"]


def test_when_an_age_is_labelled_then_it_is_the_number_only(documents):
    for value in _spans(documents, "AGE", "digits"):
        assert re.fullmatch(r"\d{1,2}", value), value
    for value in _spans(documents, "AGE", "words"):
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)?", value), value


def test_when_a_value_is_in_words_then_no_digit_is_in_it(documents):
    for kind in ("PHONE", "SERVICE_NUMBER", "POSTCODE"):
        for value in _spans(documents, kind, "words"):
            assert not any(c.isdigit() for c in value), (kind, value)
    for value in _spans(documents, "EMAIL", "words"):
        assert " at " in value and " dot " in value and "@" not in value, value
    for value in _spans(documents, "POSTCODE", "outward"):
        assert re.fullmatch(r"[A-Za-z]{1,2}\d{1,2}", value), value


def test_when_a_style_is_lower_case_by_habit_then_about_half_its_people_are_too(documents):
    for style in ("chat", "survey", "sms"):
        names = [
            _value(doc, s)
            for doc in documents
            if doc["style"] == style
            for s in doc["spans"]
            if s["type"] == "PERSON" and any(c.isalpha() for c in _value(doc, s))
        ]
        lower = sum(name == name.lower() for name in names)
        assert 0.25 * len(names) <= lower <= 0.8 * len(names), (style, lower, len(names))
