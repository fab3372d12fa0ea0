"""The fifteenth scrub development corpus (tests/data/scrub_dev15/): reproducible from its
seeded generator, well formed, and holding what it exists to tune: people's ages said every
way people say them (digits and words, hedged, at an event, at a birthday, in forms, lists,
lower-case chat and capitals), beside numbers that are not ages (counts, durations, years,
times, money, measures, scores, percentages, grades, age bands, ages of things and ages in
rules), each labelled."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import corpus_checks as checks
from corpus_checks import mark_value, span_values

DEV15 = Path(__file__).resolve().parents[1] / "data" / "scrub_dev15"
STYLES = {"interview": 100, "survey": 80, "chat": 100, "casework": 80, "email": 60, "forum": 80}
KEYS = {"id", "style", "format", "text", "spans", "decoys"}
FORMS = {
    "PERSON": {"full", "first", "dim", "rank", "title", "nick", "handle"},
    "AGE": {"digits", "words"},
    "PHONE": {"digits"},
    "EMAIL": {"plain"},
    "LOCATION": {"town"},
    "BASE": {"base", "garrison"},
}
DECOY_KINDS = {
    "age_band", "count", "date", "duration", "idiom", "measure", "money", "percent", "rank",
    "ref", "role", "rule", "score", "thing_age", "time", "word", "year",
}  # fmt: skip
NUMBER = re.compile(
    r"\d+|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
    r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
    r"|sixty|seventy|eighty|ninety|hundred)\b",
    re.I,
)


class TestDev15Corpus(checks.TuningCorpusTests):
    corpus = checks.TuningCorpus(
        DEV15, STYLES, FORMS, DECOY_KINDS, least_people=1200, repeated=0.25, keys=KEYS
    )


documents = checks.corpus_fixture(DEV15, name="documents")


def test_when_a_document_is_read_then_it_says_an_age(documents):
    for doc in documents:
        assert any(s["type"] == "AGE" for s in doc["spans"]), doc["id"]


def test_when_ages_are_counted_then_about_half_are_in_words(documents):
    forms = Counter(s["form"] for doc in documents for s in doc["spans"] if s["type"] == "AGE")
    assert sum(forms.values()) >= 1500, forms
    assert 0.4 <= forms["words"] / sum(forms.values()) <= 0.6, forms


def test_when_a_number_stands_in_the_text_then_it_is_an_age_or_a_decoy(documents):
    """Every digit run and number word is inside a label: an AGE, another identifier, or a
    decoy of a kind (`three tours`, `22 years`, `35-44`, `over-16s`, `the one in`)."""
    for doc in documents:
        covered: set[int] = set()
        for mark in doc["spans"] + doc["decoys"]:
            covered.update(range(mark["start"], mark["end"]))
        for found in NUMBER.finditer(doc["text"]):
            assert found.start() in covered, (doc["id"], found.group(), found.start())


def test_when_an_age_is_hedged_then_only_the_number_is_labelled(documents):
    """`43ish`, `fifty-odd`, `forty-ish`: the AGE span is the number; the hedge stays out."""
    hedged = 0
    for doc in documents:
        text = doc["text"]
        for span in (s for s in doc["spans"] if s["type"] == "AGE"):
            after = text[span["end"] : span["end"] + 4]
            hedged += bool(re.match(r"-?(ish|odd)", after))
            assert not re.search(r"(ish|odd)$", mark_value(doc, span)), doc["id"]
    assert hedged >= 30, hedged


def test_when_children_are_named_then_their_ages_stand_beside_them(documents):
    near = 0
    for doc in documents:
        ages = [s for s in doc["spans"] if s["type"] == "AGE"]
        for span in doc["spans"]:
            if span["type"] == "PERSON" and span["form"] in ("first", "dim"):
                near += any(0 < a["start"] - span["end"] <= 12 for a in ages)
    assert near >= 300, near


def test_when_people_write_casually_then_ages_and_names_come_in_lower_case(documents):
    casual = [doc for doc in documents if doc["style"] in ("chat", "forum", "survey")]
    names = [
        mark_value(doc, s)
        for doc in casual
        for s in doc["spans"]
        if s["type"] == "PERSON" and s["form"] != "handle"
    ]
    assert sum(v == v.lower() for v in names) >= len(names) // 5
    words = span_values(casual, "AGE", "words")
    assert sum(v == v.upper() for v in words) >= 5


def test_when_values_are_written_then_their_shapes_are_the_forms(documents):
    for value in span_values(documents, "AGE", "digits"):
        assert re.fullmatch(r"\d{1,2}", value), value
    for value in span_values(documents, "AGE", "words"):
        assert re.fullmatch(r"[A-Za-z]+(?:[ -][A-Za-z]+)?", value), value
    for value in span_values(documents, "PHONE"):
        assert len(re.sub(r"\D", "", value)) in (11, 12), value
    for value in span_values(documents, "EMAIL"):
        assert re.fullmatch(r"[a-z0-9._]+@[a-z.]+", value), value
    for value in span_values(documents, "PERSON", "handle"):
        assert re.fullmatch(r"[a-z0-9_]+", value), value
