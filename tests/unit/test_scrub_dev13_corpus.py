"""The thirteenth scrub development corpus (tests/data/scrub_dev13/): reproducible from its seeded
generator, well formed, and holding what it exists to tune: what participants and their
families write and say (survey answers, forum posts, texts, letters, speech-to-text), with
exact ages in every way people write them beside age bands and durations that must stay,
people called by a first name and an initial, bare initials, nicknames, diminutives, handles
and surnames alone, and bases, ships, squadrons, addresses and postcodes written loosely."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import corpus_checks as checks
import pytest
from corpus_checks import mark_value, span_values

DEV13 = Path(__file__).resolve().parents[1] / "data" / "scrub_dev13"
STYLES = {"survey": 140, "forum": 140, "messages": 140, "letter": 140, "speech": 140}
KEYS = {"id", "style", "format", "text", "spans", "decoys"}
FORMS = {
    "PERSON": {
        "full", "first", "sur", "rank", "title", "init", "dim", "nick", "short", "handle",
        "typo",
    },
    "AGE": {"digits", "words"},
    "PHONE": {"digits", "words"},
    "SERVICE_NUMBER": {"digits"},
    "EMAIL": {"plain"},
    "ADDRESS": {"street"},
    "POSTCODE": {"plain", "outward", "words"},
    "LOCATION": {"town"},
    "BASE": {"base", "abbreviation", "garrison"},
    "UNIT": {"battalion", "regiment", "commando", "formation", "ship", "squadron"},
}  # fmt: skip
DECOY_KINDS = {
    "acronym", "role", "rank", "word", "product", "time", "date", "count", "money",
    "duration", "age_band", "greet", "signoff",
}  # fmt: skip
# Decoys labelled by what they mean, which may be a word of a name in the same document.
MEANING_KINDS = {"word", "role"}
# How people write an exact age around its number: (what stands around it, how many at least).
AGE_SHAPES = {
    "sex after it (34M, 41F)": (r"", r"[MFmf]\b", 30),
    "sex before it (F, 38)": (r"\b[MFmf], ", r"", 30),
    "in brackets ((34))": (r"\(", r"\)", 100),
    "yo or y/o after it": (r"", r" ?(?:yo|y/o)\b", 30),
    "year old after it": (r"", r"(?:-year-old| yr old| year old)", 50),
    "i'm before it": (r"\b(?:i'm|im|I'm|I am) ", r"", 100),
    "aged before it": (r"\b[Aa]ged ", r"", 30),
    "turned before it": (r"\bturned ", r"", 30),
    "since i was / joined at / enlisted": (
        r"(?i)(?:since i was|joined at|when i enlisted|i was) ", r"", 50,
    ),
    "kids are N and N": (r"\b(?:kids are|and) ", r"", 50),
    "nearly before it": (r"\bnearly ", r"", 20),
}  # fmt: skip
BRIEF_BASES = [
    "Brize", "BZN", "Catterick", "Catt", "Lossie", "Tidworth", "Bulford", "Culdrose",
    "Faslane", "Lympstone", "CTCRM", "Pirbright", "Colchester", "Abbey Wood",
]  # fmt: skip
BRIEF_UNITS = [
    "HMS Kent", "Lanky", "IX(B) Sqn", "Tac Sqn", "2 RIFLES", "1 R WELSH", "4 SCOTS",
    "3 Cdo Bde", "40 Cdo",
]  # fmt: skip
BRIEF_NAMES = ["Smudge", "Dusty", "Taff", "Gaz", "Shaz", "Kasia", "Shiv", "Bex"]


class TestDev13Corpus(checks.TuningCorpusTests):
    corpus = checks.TuningCorpus(
        DEV13, STYLES, FORMS, DECOY_KINDS, least_people=1500, repeated=0.35, keys=KEYS
    )

    def test_when_a_person_is_named_then_no_word_of_their_name_is_left_unlabelled(
        self, documents
    ) -> None:
        """The shared check, but a `word` or `role` decoy may be a word of a name in its
        document: `will` the verb may stand beside Will, each labelled by its meaning."""
        for doc in documents:
            covered: set[int] = set()
            for mark in doc["spans"] + doc["decoys"]:
                covered.update(range(mark["start"], mark["end"]))
            names = name_words(doc)
            for found in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)*", doc["text"]):
                if found.start() not in covered:
                    assert found.group().lower() not in names, (doc["id"], found.start())
            for decoy in doc["decoys"]:
                if decoy["kind"] not in MEANING_KINDS:
                    parts = re.split(r"[\s.,/-]+", mark_value(doc, decoy).lower())
                    assert not names.intersection(parts), (doc["id"], decoy)


documents = checks.corpus_fixture(DEV13, name="documents")


def name_words(doc: dict) -> set[str]:
    from corpus_files import corpus_generator

    rank_words = corpus_generator(DEV13).RANK_WORDS
    return {
        part.lower()
        for span in doc["spans"]
        if span["type"] == "PERSON"
        for part in re.split(r"[\s.,/-]+", mark_value(doc, span))
        if len(part) > 1 and part.lower() not in rank_words
    }


def mentions_by_entity(doc: dict) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for span in doc["spans"]:
        if span["type"] == "PERSON":
            out.setdefault(span["entity"], []).append((span["form"], mark_value(doc, span)))
    return out


@pytest.mark.parametrize("shape", sorted(AGE_SHAPES))
def test_when_an_exact_age_is_written_then_every_way_people_write_it_is_there(documents, shape):
    before, after, least = AGE_SHAPES[shape]
    found = 0
    for doc in documents:
        for span in doc["spans"]:
            if span["type"] != "AGE":
                continue
            head = doc["text"][max(0, span["start"] - 20) : span["start"]]
            tail = doc["text"][span["end"] : span["end"] + 12]
            found += bool(re.search(before + r"\Z", head)) and bool(re.match(after, tail))
    assert found >= least, (shape, found)


@pytest.mark.parametrize("style", sorted(STYLES))
def test_when_a_style_is_read_then_it_holds_exact_ages_and_people(documents, style):
    ages = sum(
        s["type"] == "AGE" for doc in documents if doc["style"] == style for s in doc["spans"]
    )
    people = sum(
        s["type"] == "PERSON" for doc in documents if doc["style"] == style for s in doc["spans"]
    )
    assert ages >= 100 and people >= 250, (style, ages, people)


def test_when_an_age_is_a_band_or_a_duration_then_it_is_a_decoy_and_not_one_number(documents):
    """`late 40s`, `18-24`, `over 50s` and `12 years` stay: none is an exact age."""
    for doc in documents:
        for decoy in doc["decoys"]:
            if decoy["kind"] in ("age_band", "duration"):
                value = mark_value(doc, decoy)
                assert not re.fullmatch(r"\d{1,2}", value), (doc["id"], value)
                assert re.search(r"\d|s\b|teens|year|month|week|fortnight", value), value


def test_when_an_age_is_labelled_then_it_is_not_a_duration_count_or_time(documents):
    """`12 years in`, `3 kids`, `0630` and `2 RIFLES` are not ages: a labelled age is never
    followed by a unit of time (but `years old` and `years of age`), a plural noun of a
    count, or a clock."""
    not_age = re.compile(
        r"\s?(?:years?\b(?! old| of age)|yrs|months?|weeks?|wks|days|kids|tours|sessions|"
        r"[:.]\d|RIFLES|SCOTS|Cdo|Sqn|Bde)"
    )
    for doc in documents:
        for span in doc["spans"]:
            if span["type"] == "AGE":
                tail = doc["text"][span["end"] : span["end"] + 20]
                assert not not_age.match(tail), (doc["id"], mark_value(doc, span), tail)


def test_when_a_short_form_or_typo_names_someone_named_in_full_then_it_fits_that_name(
    documents,
):
    """`Sam T` belongs to a Sam (or Samuel) whose surname starts with T; a misspelt surname
    differs from the person's surname by one letter dropped or doubled."""
    tied = 0
    for doc in documents:
        for mentions in mentions_by_entity(doc).values():
            fulls = [v for f, v in mentions if f == "full"]
            surnames = {v.split(" ", 1)[1] for v in fulls}
            for form, value in mentions:
                if form == "short" and surnames:
                    assert any(value[-1].upper() == s[0].upper() for s in surnames), value
                    tied += 1
                if form == "typo" and surnames:
                    assert any(abs(len(value) - len(s)) <= 1 and value != s for s in surnames)
                    tied += 1
    assert tied >= 30, tied


def test_when_a_typo_is_written_then_its_person_was_named_before(documents):
    checks.assert_late_forms_follow_a_naming(documents, ["typo"], None)


def test_when_a_handle_names_someone_then_it_is_one_typed_name_and_often_beside_others(
    documents,
):
    """Forum display names (`kim_w32`, `AdaE`, `gareth.jones`) are typed without accents or
    spaces, a person keeps one handle through a thread, and often the same person is also
    named another way there (`Adaeze`, `Kimberley White`), which the scrubber must tie."""
    beside_others = 0
    for doc in documents:
        for mentions in mentions_by_entity(doc).values():
            handles = {value for form, value in mentions if form == "handle"}
            assert len(handles) <= 1, (doc["id"], handles)
            for handle in handles:
                assert re.fullmatch(r"[A-Za-z][A-Za-z0-9_.]+", handle), handle
            beside_others += bool(handles) and len({form for form, _ in mentions}) > 1
    assert beside_others >= 100, beside_others


def test_when_people_are_called_what_the_brief_lists_then_each_is_there(documents):
    values = Counter(v.lower() for v in span_values(documents, "PERSON"))
    for name in BRIEF_NAMES:
        assert sum(n for v, n in values.items() if name.lower() in v.split()) >= 3, name


def test_when_bases_and_units_are_written_as_people_say_them_then_the_briefs_are_there(
    documents,
):
    bases = {v.lower() for v in span_values(documents, "BASE")}
    units = {v.lower() for v in span_values(documents, "UNIT")}
    for base in BRIEF_BASES:
        assert base.lower() in bases, base
    for unit in BRIEF_UNITS:
        assert unit.lower() in units, unit


def test_when_an_answer_is_spoken_then_its_names_are_lower_case(documents):
    names = [
        mark_value(doc, s)
        for doc in documents
        if doc["style"] == "speech"
        for s in doc["spans"]
        if s["type"] == "PERSON"
    ]
    assert names and all(v == v.lower() for v in names)


def test_when_values_are_written_then_their_shapes_are_the_forms(documents):
    for value in span_values(documents, "AGE", "digits"):
        assert re.fullmatch(r"\d{1,2}", value), value
    for value in span_values(documents, "AGE", "words"):
        assert re.fullmatch(r"[a-z]+(?:[- ][a-z]+)?", value), value
    for value in span_values(documents, "PHONE", "digits"):
        assert len(re.sub(r"\D", "", value)) in (11, 12), value
    for value in span_values(documents, "PHONE", "words"):
        assert not re.search(r"\d", value), value
    for value in span_values(documents, "POSTCODE", "plain"):
        assert re.fullmatch(r"[A-Za-z]{1,2}\d{1,2} ?\d[A-Za-z]{2}", value), value
    for value in span_values(documents, "POSTCODE", "outward"):
        assert re.fullmatch(r"[A-Za-z]{1,2}\d{1,2}", value), value
    for value in span_values(documents, "SERVICE_NUMBER"):
        assert re.fullmatch(r"\d{8}|[A-Za-z]\d{6}[A-Za-z]?", value), value
    for value in span_values(documents, "EMAIL"):
        assert re.fullmatch(r"[a-z]+\.[a-z]+\d+@[a-z.]+", value), value
    for value in span_values(documents, "PERSON", "short"):
        assert re.fullmatch(r"\S+ [A-Za-z]", value), value
    for value in span_values(documents, "PERSON", "init"):
        assert re.fullmatch(r"[^\W\d_]{2,3}|(?:[^\W\d_]\.){2,3}", value), value
