"""The ninth scrub development corpus (tests/data/scrub_dev9/): reproducible from its seeded
generator, well formed, and holding exact ages in every way people write and say them (digits,
words, ordinals, `34M`, `F/41`, `(52)`, `34yo`, `aged`, `turns`) beside the people they
belong to, and the numbers that look like ages and are not (durations, age bands, the ages
of things, scores, sizes, years) as decoys, since that is what it exists to tune."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import corpus_checks as checks
import pytest
from corpus_checks import mark_value, span_values

DEV9 = Path(__file__).resolve().parents[1] / "data" / "scrub_dev9"
STYLES = {"medical": 150, "welfare": 150, "news": 150, "forum": 150, "oral": 150}
KEYS = {"id", "style", "format", "text", "spans", "decoys"}
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


class TestDev9Corpus(checks.TuningCorpusTests):
    corpus = checks.TuningCorpus(
        DEV9, STYLES, FORMS, DECOY_KINDS, least_people=2000, repeated=0.3, keys=KEYS
    )


documents = checks.corpus_fixture(DEV9, name="documents")


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
                    (text[line_start : s["start"]], mark_value(doc, s), text[s["end"] : line_end])
                )
    return found


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
    assert len(span_values(documents, "AGE", "words")) >= 500


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
    for value in span_values(documents, "AGE", "digits"):
        assert re.fullmatch(r"\d{1,3}", value), value
        assert 0 < int(value) <= 100, value
    for value in span_values(documents, "AGE", "words"):
        assert re.fullmatch(r"[A-Za-z][a-z]+(?:-[a-z]+)?", value), value
    for value in span_values(documents, "AGE", "ordinal"):
        assert re.fullmatch(r"\d{2,3}(?:st|nd|rd|th)|[a-z]+(?:-[a-z]+)?", value), value
    for value in span_values(documents, "DATE_OF_BIRTH", "year"):
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
        and re.search(r"\d|teen|ty\b|ties\b|twelve|ten\b", mark_value(doc, d))
    )
    for kind in AGE_LIKE_DECOYS:
        assert numeric[kind] >= 30, (kind, numeric)
    bands = [
        mark_value(doc, d) for doc in documents for d in doc["decoys"] if d["kind"] == "age_band"
    ]
    assert sum(bool(re.search(r"\d+ ?(?:-|to) ?\d+", b)) for b in bands) >= 30
    assert sum(bool(re.search(r"\d0s\b", b)) for b in bands) >= 30
    things = [
        mark_value(doc, d) for doc in documents for d in doc["decoys"] if d["kind"] == "object_age"
    ]
    assert all(re.search(r"\d|year", t) for t in things), things


def test_when_a_number_is_in_words_then_no_digit_is_in_it(documents):
    for value in span_values(documents, "PHONE", "words") + span_values(
        documents, "DATE_OF_BIRTH", "words"
    ):
        assert not any(c.isdigit() for c in value), value
    for value in span_values(documents, "POSTCODE", "outward"):
        assert re.fullmatch(r"[A-Za-z]{1,2}\d{1,2}", value), value


def test_when_a_short_form_is_labelled_then_its_shape_is_the_forms(documents):
    for value in span_values(documents, "PERSON", "short"):
        assert re.fullmatch(r"\S+ [A-Za-z]", value), value
    for value in span_values(documents, "PERSON", "nick") + span_values(documents, "PERSON", "dim"):
        assert " " not in value and value[0].isalpha(), value
    bare = [
        v for v in span_values(documents, "PERSON", "init") if re.fullmatch(r"(?:\w\.?){2,3}", v)
    ]
    assert len(bare) >= 30


def test_when_people_write_on_a_forum_then_about_half_of_them_do_so_in_lower_case(documents):
    checks.assert_about_half_lower_case(documents, "forum")
