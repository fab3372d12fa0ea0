"""The ninth scrub development corpus (tests/data/scrub_dev9/): reproducible from its seeded
generator, well formed, and holding exact ages in every way people write and say them (digits,
words, ordinals, `34M`, `F/41`, `(52)`, `34yo`, `aged`, `turns`) beside the people they
belong to, and the numbers that look like ages and are not (durations, age bands, the ages
of things, scores, sizes, years) as decoys, since that is what it exists to tune."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from corpus_files import corpus_documents, corpus_generator

DEV9 = Path(__file__).resolve().parents[1] / "data" / "scrub_dev9"
STYLES = {"medical": 150, "welfare": 150, "news": 150, "forum": 150, "oral": 150}
FORMS = {
    "PERSON": {"full", "first", "sur", "rank", "title", "init", "dim", "nick", "short"},
    "AGE": {"digits", "words", "ordinal"},
    "DATE_OF_BIRTH": {"digits", "words", "year"},
    "PHONE": {"digits", "words"},
    "SERVICE_NUMBER": {"digits"},
    "NHS_NUMBER": {"digits"},
    "EMAIL": {"plain"},
    "POSTCODE": {"plain", "outward"},
    "ADDRESS": {"street"},
    "LOCATION": {"town"},
    "BASE": {"base", "abbreviation", "garrison"},
    "UNIT": {"battalion", "regiment", "commando", "formation", "ship", "squadron"},
}
DECOY_KINDS = {
    "duration", "age_band", "object_age", "grade", "building", "time", "date", "percent",
    "money", "score", "size", "measure", "count", "page", "year", "ref", "role", "rank",
    "acronym", "product", "place_word", "word", "greet", "signoff", "service",
}  # fmt: skip
# The ways an exact age is written around its number (what comes before | after it).
AGE_SHAPES = {
    "aged": (r"aged $", ""),
    "age:": (r"age:? $", ""),
    "in brackets": (r"\($", r"^\)"),
    "after a name, commas": (r"[a-z], $", r"^, "),
    "34M": ("", r"^[MFmf]\b"),
    "M34": (r"\b[MF]$", ""),
    "F/41": (r"\b[MF]/$", ""),
    "yo": ("", r"^ ?yo\b"),
    "y/o": ("", r"^ ?y/o"),
    "yrs": ("", r"^ ?yrs"),
    "-year-old": ("", r"^-year-old"),
    "year old": ("", r"^ year old"),
    "yr old": ("", r"^[ -]yr[ -]old"),
    "years old": ("", r"^ years old"),
    "turns": (r"turns $", ""),
    "turned": (r"turned $", ""),
    "turning": (r"turning $", ""),
    "will be": (r"(will be|I'll be) $", ""),
    "at": (r"\bat $", ""),
    "joined at": (r"joined at $", ""),
    "died aged": (r"died (last month )?aged $", ""),
    "was": (r"\bwas $", ""),
    "is": (r"\bis $", ""),
    "I'm": (r"(I'm|i'm|im) $", ""),
    "he'd be": (r"'d be $", ""),
    "in 2019, aged": (r"in \d{4}, aged $", ""),
    "next week/month": ("", r"^ next (week|month)"),
    "today": ("", r"^ today"),
    "now": ("", r"^ now"),
}
AGE_LIKE_DECOYS = {"duration", "age_band", "object_age", "score", "size", "count", "year"}


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    return corpus_documents(DEV9)


def _value(doc: dict, mark: dict) -> str:
    return doc["text"][mark["start"] : mark["end"]]


def _spans(documents: list[dict], kind: str, form: str | None = None) -> list[str]:
    return [
        _value(doc, s)
        for doc in documents
        for s in doc["spans"]
        if s["type"] == kind and form in (None, s["form"])
    ]


def _ages_in_context(documents: list[dict]) -> list[tuple[str, str, str]]:
    """(text before, the age, text after) of every AGE span, on its own line."""
    found = []
    for doc in documents:
        text = doc["text"]
        for s in doc["spans"]:
            if s["type"] == "AGE":
                line_start = text.rfind("\n", 0, s["start"]) + 1
                line_end = text.find("\n", s["end"])
                found.append(
                    (text[line_start : s["start"]], _value(doc, s), text[s["end"] : line_end])
                )
    return found


def test_when_generator_runs_then_its_sha256_is_the_committed_corpus_and_source_md():
    committed = hashlib.sha256((DEV9 / "corpus.jsonl").read_bytes()).hexdigest()
    rebuilt = hashlib.sha256(corpus_generator(DEV9).build().encode("utf-8")).hexdigest()
    assert rebuilt == committed
    assert committed in (DEV9 / "SOURCE.md").read_text(encoding="utf-8")


def test_when_corpus_is_read_then_ids_are_unique_keys_sorted_and_styles_even(documents):
    assert [doc["id"] for doc in documents] == [f"dev9-{n:04d}" for n in range(1, 751)]
    for line in (DEV9 / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        assert line == json.dumps(doc, ensure_ascii=False, sort_keys=True)
        assert doc["format"] == "txt"
        assert set(doc) == {"id", "style", "format", "text", "spans", "decoys"}
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
        for decoy in doc["decoys"]:
            assert decoy["kind"] in DECOY_KINDS, (doc["id"], decoy)


def test_when_people_are_counted_then_each_is_mentioned_one_to_six_times(documents):
    mentions = [
        n
        for doc in documents
        for n in Counter(s["entity"] for s in doc["spans"] if s["type"] == "PERSON").values()
    ]
    assert len(mentions) >= 2000
    assert max(mentions) <= 6
    assert sum(n >= 2 for n in mentions) >= 0.3 * len(mentions)


def test_when_two_people_share_a_document_then_no_name_or_short_form_is_given_to_both(
    documents,
):
    for doc in documents:
        owner: dict[str, str] = {}
        for span in doc["spans"]:
            if span["type"] == "PERSON" and span["form"] != "rank":
                value = " ".join(_value(doc, span).lower().replace(".", "").split())
                assert owner.setdefault(value, span["entity"]) == span["entity"], doc["id"]


def test_when_a_person_is_named_then_no_word_of_their_name_is_left_unlabelled(documents):
    """A decoy ('frank', 'tiny', 'MDT') is never a word or the initials of a name in its
    document, and no word of anyone's name stands unlabelled there. Rank and title words
    ('Cpl', 'Mrs') are not names."""
    rank_words = corpus_generator(DEV9).RANK_WORDS
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
        for word in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)*", text):
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


@pytest.mark.parametrize("kind", sorted(DECOY_KINDS))
def test_when_decoys_are_counted_then_each_kind_is_there(documents, kind):
    kinds = Counter(d["kind"] for doc in documents for d in doc["decoys"])
    assert kinds[kind] >= 30, (kind, kinds[kind])
    assert set(kinds) == DECOY_KINDS


def test_when_ages_are_counted_then_they_are_the_corpus_s_main_value_in_every_style(documents):
    for style in STYLES:
        ages = [
            s
            for doc in documents
            if doc["style"] == style
            for s in doc["spans"]
            if s["type"] == "AGE"
        ]
        assert len(ages) >= 300, (style, len(ages))
    assert len(_spans(documents, "AGE", "words")) >= 500


@pytest.mark.parametrize("shape", sorted(AGE_SHAPES))
def test_when_an_age_is_written_then_every_way_of_writing_it_is_there(documents, shape):
    before, after = AGE_SHAPES[shape]
    found = [
        age
        for left, age, right in _ages_in_context(documents)
        if re.search(before, left) and re.search(after, right)
    ]
    assert len(found) >= 10, (shape, len(found))


def test_when_an_age_is_labelled_then_it_is_the_number_or_ordinal_only(documents):
    for value in _spans(documents, "AGE", "digits"):
        assert re.fullmatch(r"\d{1,3}", value), value
        assert 0 < int(value) <= 100, value
    for value in _spans(documents, "AGE", "words"):
        assert re.fullmatch(r"[A-Za-z][a-z]+(?:-[a-z]+)?", value), value
    for value in _spans(documents, "AGE", "ordinal"):
        assert re.fullmatch(r"\d{2,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?", value), value
    for value in _spans(documents, "DATE_OF_BIRTH", "year"):
        assert re.fullmatch(r"(?:19|20)\d\d|[a-z]+(?: [a-z-]+)+", value), value


def test_when_a_decoy_looks_like_an_age_then_it_carries_a_number_people_would_misread(
    documents,
):
    """The decoys that matter here hold a number in an age's range: "22 years", "mid-
    thirties", "the 40-year-old building", "scored 34", "size 10", "34 of us"."""
    numeric = Counter(
        d["kind"]
        for doc in documents
        for d in doc["decoys"]
        if d["kind"] in AGE_LIKE_DECOYS
        and re.search(r"\d|teen|ty\b|ties\b|twelve|ten\b", _value(doc, d))
    )
    for kind in AGE_LIKE_DECOYS:
        assert numeric[kind] >= 30, (kind, numeric)
    bands = [_value(doc, d) for doc in documents for d in doc["decoys"] if d["kind"] == "age_band"]
    assert sum(bool(re.search(r"\d+ ?(?:-|to) ?\d+", b)) for b in bands) >= 30
    assert sum(bool(re.search(r"\d0s\b", b)) for b in bands) >= 30
    things = [
        _value(doc, d) for doc in documents for d in doc["decoys"] if d["kind"] == "object_age"
    ]
    assert all(re.search(r"\d|year", t) for t in things), things


def test_when_a_number_is_in_words_then_no_digit_is_in_it(documents):
    for value in _spans(documents, "PHONE", "words") + _spans(documents, "DATE_OF_BIRTH", "words"):
        assert not any(c.isdigit() for c in value), value
    for value in _spans(documents, "POSTCODE", "outward"):
        assert re.fullmatch(r"[A-Za-z]{1,2}\d{1,2}", value), value


def test_when_a_short_form_is_labelled_then_its_shape_is_the_forms(documents):
    for value in _spans(documents, "PERSON", "short"):
        assert re.fullmatch(r"\S+ [A-Za-z]", value), value
    for value in _spans(documents, "PERSON", "nick") + _spans(documents, "PERSON", "dim"):
        assert " " not in value and value[0].isalpha(), value
    bare = [v for v in _spans(documents, "PERSON", "init") if re.fullmatch(r"(?:\w\.?){2,3}", v)]
    assert len(bare) >= 30


def test_when_people_write_on_a_forum_then_about_half_of_them_do_so_in_lower_case(documents):
    names = [
        _value(doc, s)
        for doc in documents
        if doc["style"] == "forum"
        for s in doc["spans"]
        if s["type"] == "PERSON"
    ]
    lower = sum(name == name.lower() for name in names)
    assert 0.25 * len(names) <= lower <= 0.8 * len(names), (lower, len(names))
