"""The fourteenth scrub development corpus (tests/data/scrub_dev14/): reproducible from its
seeded generator, well formed, and holding what it exists to tune: people named loosely by
participants and families (nicknames beside real names, pet forms, surnames alone, first name
+ initial, handles, display names, misspellings, lower case and capitals), children with their
ages, bases by nickname, and ordinary words that are names elsewhere, each labelled."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path

import corpus_checks as checks
from corpus_checks import mark_value, span_values
from corpus_files import corpus_generator

DEV14 = Path(__file__).resolve().parents[1] / "data" / "scrub_dev14"
STYLES = {"survey": 120, "interview": 120, "chat": 120, "email": 120, "forum": 120}
KEYS = {"id", "style", "format", "text", "spans", "decoys"}
FORMS = {
    "PERSON": {
        "full", "first", "sur", "rank", "title", "init", "dim", "short", "surfirst", "surinit",
        "nick", "handle", "typo",
    },
    "AGE": {"digits", "words"},
    "PHONE": {"digits"},
    "SERVICE_NUMBER": {"digits"},
    "EMAIL": {"plain"},
    "LOCATION": {"town"},
    "ADDRESS": {"street"},
    "POSTCODE": {"plain", "outward"},
    "BASE": {"base", "abbreviation", "garrison"},
    "UNIT": {"battalion", "regiment", "commando", "formation", "ship", "squadron"},
}  # fmt: skip
DECOY_KINDS = {
    "acronym", "role", "rank", "word", "product", "service", "time", "date", "count",
    "duration", "age_band", "money", "greet", "signoff", "team", "ref",
}  # fmt: skip
# Decoys labelled by what they mean where they stand, which may be a word of a name in the
# same document: `will` the verb beside Will, `a lance jack` beside Jack.
MEANING_KINDS = {"word", "role", "rank"}
GENERATOR = corpus_generator(DEV14)


class TestDev14Corpus(checks.TuningCorpusTests):
    corpus = checks.TuningCorpus(
        DEV14, STYLES, FORMS, DECOY_KINDS, least_people=2000, repeated=0.5, keys=KEYS
    )

    def test_when_a_person_is_named_then_no_word_of_their_name_is_left_unlabelled(
        self, documents
    ) -> None:
        """The shared check, but a `word`, `role` or `rank` decoy may be a word of a name in
        its document: `will` the verb beside Will is here on purpose, each labelled."""
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


documents = checks.corpus_fixture(DEV14, name="documents")


def name_words(doc: dict) -> set[str]:
    return {
        part.lower()
        for span in doc["spans"]
        if span["type"] == "PERSON"
        for part in re.split(r"[\s.,/-]+", mark_value(doc, span))
        if len(part) > 1 and part.lower() not in GENERATOR.RANK_WORDS
    }


def forms_by_person(doc: dict) -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for span in doc["spans"]:
        if span["type"] == "PERSON":
            out[span["entity"]][span["form"]].append(mark_value(doc, span))
    return out


def test_when_a_nickname_is_used_then_often_the_real_name_is_in_the_same_document(documents):
    """`Smudge` and `Cpl Smith` for one person in one document: one entity, both labelled."""
    both = 0
    for doc in documents:
        for forms in forms_by_person(doc).values():
            named = {"full", "rank", "sur", "first", "surfirst", "handle"} & set(forms)
            both += "nick" in forms and bool(named)
    assert both >= 150, both


def test_when_a_service_nickname_is_given_then_it_goes_with_its_surname(documents):
    """Dusty is only ever a Miller, Smudge only a Smith: the label would be wrong otherwise."""
    by_nick = {nick.lower(): sur.lower() for sur, nick in GENERATOR.SUR_NICKS.items()}
    checked = 0
    for doc in documents:
        for forms in forms_by_person(doc).values():
            nicks = {v.lower() for v in forms.get("nick", [])} & set(by_nick)
            surnames = [v.lower() for f in ("sur", "rank", "full") for v in forms.get(f, [])]
            for nick in nicks:
                for value in surnames:
                    assert value.endswith(by_nick[nick]), (doc["id"], nick, value)
                    checked += 1
    assert checked >= 30, checked


def test_when_people_are_named_loosely_then_the_loose_forms_lead(documents):
    """First names, pet forms, nicknames, surnames alone and first name + initial outnumber
    whole names: that is how participants and families write."""
    forms = Counter(s["form"] for doc in documents for s in doc["spans"] if s["type"] == "PERSON")
    loose = sum(forms[f] for f in ("first", "dim", "nick", "sur", "short", "handle", "typo"))
    assert loose >= 4 * forms["full"], forms
    assert forms["nick"] >= 250 and forms["dim"] >= 250, forms


def test_when_a_name_is_also_a_word_then_both_meanings_are_in_one_document(documents):
    """`will`, `grace`, `jack`, `mo`...: a person bears it and the word stands beside, labelled
    `word` (or `rank` in `lance jack`)."""
    both = Counter()
    for doc in documents:
        names = name_words(doc)
        for decoy in doc["decoys"]:
            value = mark_value(doc, decoy).lower()
            if decoy["kind"] in MEANING_KINDS and value in names:
                both[value] += 1
    assert sum(both.values()) >= 250, both
    assert len(both) >= 15, both


def test_when_children_are_named_then_their_ages_stand_beside_them(documents):
    """`our Kayleigh (7)`, `Alfie who's seven`: an AGE span within a few characters after a
    first name."""
    near = 0
    for doc in documents:
        ages = [s for s in doc["spans"] if s["type"] == "AGE"]
        for span in doc["spans"]:
            if span["type"] == "PERSON" and span["form"] in ("first", "dim"):
                near += any(0 < a["start"] - span["end"] <= 12 for a in ages)
    assert near >= 250, near


def test_when_people_write_casually_then_names_come_in_lower_case_and_capitals(documents):
    names = [
        mark_value(doc, s)
        for doc in documents
        if doc["style"] in ("chat", "forum", "survey")
        for s in doc["spans"]
        if s["type"] == "PERSON" and s["form"] not in ("init", "handle")
    ]
    lower = sum(v == v.lower() for v in names)
    upper = sum(v == v.upper() and len(v) > 3 for v in names)
    assert lower >= len(names) // 5, (lower, len(names))
    assert upper >= 50, upper


def test_when_values_are_written_then_their_shapes_are_the_forms(documents):
    for value in span_values(documents, "AGE", "digits"):
        assert re.fullmatch(r"\d{1,2}", value), value
    for value in span_values(documents, "AGE", "words"):
        assert re.fullmatch(r"[a-z -]+", value), value
    for value in span_values(documents, "PHONE"):
        assert len(re.sub(r"\D", "", value)) in (11, 12), value
    for value in span_values(documents, "EMAIL"):
        assert re.fullmatch(r"[a-z0-9._]+@[a-z.]+", value), value
    for value in span_values(documents, "POSTCODE", "plain"):
        assert re.fullmatch(r"(?i)[a-z]{1,2}\d{1,2} {0,2}\d[a-z]{2}", value), value
    for value in span_values(documents, "POSTCODE", "outward"):
        assert re.fullmatch(r"(?i)[a-z]{1,2}\d{1,2}", value), value
    for value in span_values(documents, "PERSON", "handle"):
        assert re.fullmatch(r"[a-z0-9_]+", value), value
    for value in span_values(documents, "PERSON", "short"):
        assert re.fullmatch(r"\S+ [^\W\d_]", value), value
    for value in span_values(documents, "PERSON", "surinit"):
        assert re.fullmatch(r"\S+(?: \S+)* [^\W\d_]", value), value
