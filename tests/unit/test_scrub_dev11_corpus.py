"""The eleventh scrub development corpus (tests/data/scrub_dev11/): reproducible from its seeded
generator, well formed, and holding what it exists to tune: people in one document who share
two-letter initials or a surname (each still one entity of their own), bare initials tied to
the person a careful reader would tie them to, surnames a speech recogniser heard as separate
words (`mac kenzie`, `o brien`), and lower-case names that are also words or role
abbreviations (`mo` the person, `the mo` the medical officer), each labelled by its meaning."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import corpus_checks as checks
import pytest
from corpus_checks import mark_value, span_values
from corpus_files import corpus_generator

DEV11 = Path(__file__).resolve().parents[1] / "data" / "scrub_dev11"
STYLES = {"minutes": 150, "log": 150, "email": 150, "asr": 150, "register": 150}
KEYS = {"id", "style", "format", "text", "spans", "decoys"}
FORMS = {
    "PERSON": {
        "full", "first", "sur", "rank", "title", "init", "dim", "short", "surfirst", "surinit",
        "split",
    },
    "AGE": {"digits", "words"},
    "PHONE": {"digits"},
    "SERVICE_NUMBER": {"digits"},
    "EMAIL": {"plain"},
    "LOCATION": {"town"},
    "BASE": {"base", "abbreviation", "garrison"},
    "UNIT": {"battalion", "regiment", "commando", "formation", "ship", "squadron"},
}  # fmt: skip
DECOY_KINDS = {
    "acronym", "role", "rank", "word", "product", "time", "date", "count", "ref", "building",
    "team", "shift", "heading", "greet", "signoff", "duration",
}  # fmt: skip
# Decoys that may be a word of someone's name in the same document, since they are labelled
# by what they mean there: `will` the verb beside Will the person, `the mo` beside Mo.
MEANING_KINDS = {"word", "role"}
PARTICLES = {"van", "der", "de", "la", "le", "ap"}
# Bare initials as the documents write them: (what the value looks like, how many at least).
BARE_INITIALS = {
    "two capitals": (r"[A-Z]{2}", 1000),
    "three capitals": (r"[A-Z]{3}", 100),
    "with full stops": (r"(?:[A-Z]\.){2,3}", 50),
    "a letter of the surname added": (r"[A-Z]{2}[a-z]", 50),
    "numbered": (r"[A-Z]{2}[12]", 30),
}
RANK_WORDS = corpus_generator(DEV11).RANK_WORDS
HEARD_SPLIT = [
    "mac kenzie", "mc donald", "o brien", "o connor", "van der merwe", "de la cruz",
    "fitz gerald", "ap rhys",
]  # fmt: skip


class TestDev11Corpus(checks.TuningCorpusTests):
    corpus = checks.TuningCorpus(
        DEV11, STYLES, FORMS, DECOY_KINDS, least_people=3000, repeated=0.5, keys=KEYS
    )

    def test_when_a_person_is_named_then_no_word_of_their_name_is_left_unlabelled(
        self, documents
    ) -> None:
        """The shared check, but a `word` or `role` decoy may be a word of a name in its
        document: this corpus puts `will` the verb beside Will on purpose, each labelled."""
        for doc in documents:
            text = doc["text"]
            covered: set[int] = set()
            for mark in doc["spans"] + doc["decoys"]:
                covered.update(range(mark["start"], mark["end"]))
            names = name_words(doc, RANK_WORDS)
            for found in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)*", text):
                if found.start() not in covered:
                    assert found.group().lower() not in names, (doc["id"], found.start())
            for decoy in doc["decoys"]:
                if decoy["kind"] not in MEANING_KINDS:
                    parts = re.split(r"[\s.,/-]+", mark_value(doc, decoy).lower())
                    assert not names.intersection(parts), (doc["id"], decoy)


documents = checks.corpus_fixture(DEV11, name="documents")


def name_words(doc: dict, rank_words: set[str]) -> set[str]:
    return {
        part.lower()
        for span in doc["spans"]
        if span["type"] == "PERSON"
        for part in re.split(r"[\s.,/-]+", mark_value(doc, span))
        if len(part) > 1 and part.lower() not in rank_words
    }


def first_and_surname(value: str, form: str) -> tuple[str, str] | None:
    """A whole name's first name (or its initial) and surname, from the forms that hold both:
    `John Bennett`, `Bennett, John`, `BENNETT J`, `Maj John Bennett`, `J. Bennett`."""
    if form in ("rank", "title"):
        words = value.split()
        while words and words[0].lower().rstrip(".") in RANK_WORDS:
            words = words[1:]
        if len(words) < 2:
            return None
        return words[0], " ".join(words[1:])
    if form == "init" and " " in value:
        first, _, surname = value.partition(" ")
        return first, surname
    if form in ("full", "split"):
        first, _, surname = value.partition(" ")
        return first, surname
    if form == "surfirst":
        surname, _, first = value.partition(", ")
        return first, surname
    if form == "surinit":
        surname, _, letters = value.rpartition(" ")
        return letters, surname
    return None


def surname_initial(surname: str) -> str:
    words = [w for w in surname.split() if w.lower() not in PARTICLES] or surname.split()
    return words[0][0].upper()


def named_people(doc: dict) -> dict[str, tuple[str, str]]:
    """Each entity named with a first name (or its initial) and a surname: (first, surname)."""
    out = {}
    for span in doc["spans"]:
        if span["type"] == "PERSON" and span["entity"] not in out:
            parts = first_and_surname(mark_value(doc, span), span["form"])
            if parts:
                out[span["entity"]] = parts
    return out


def natural_initials(first: str, surname: str) -> str:
    return first[0].upper() + surname_initial(surname)


def bare_initials(doc: dict) -> list[dict]:
    return [
        s
        for s in doc["spans"]
        if s["type"] == "PERSON" and s["form"] == "init" and " " not in mark_value(doc, s)
    ]


def test_when_people_are_cast_then_a_third_of_documents_have_two_sharing_initials(documents):
    """Collisions are common on purpose; two people who share initials are two entities."""
    sharing_initials = sharing_surname = 0
    for doc in documents:
        named = named_people(doc)
        initials = Counter(natural_initials(*parts) for parts in named.values())
        sharing_initials += any(n > 1 for n in initials.values())
        surnames = Counter(surname.lower() for _, surname in named.values())
        sharing_surname += any(n > 1 for n in surnames.values())
    assert sharing_initials >= len(documents) / 3, sharing_initials
    assert sharing_surname >= 60, sharing_surname


def test_when_initials_stand_for_a_named_person_then_they_are_that_persons_initials(documents):
    """A bare `JB`, `JBa`, `JB1` or `JRB` tied to someone named in full starts with their first
    name's initial and holds their surname's: the label is one a reader could make."""
    tied = 0
    for doc in documents:
        named = named_people(doc)
        for span in bare_initials(doc):
            if span["entity"] not in named:
                continue
            first, surname = named[span["entity"]]
            letters = re.sub(r"[^A-Za-z]", "", mark_value(doc, span)).upper()
            assert letters[0] == first[0].upper(), (doc["id"], span)
            assert surname_initial(surname) in letters[1:], (doc["id"], span)
            tied += 1
    assert tied >= 2000, tied


def test_when_initials_match_two_people_then_the_labels_pick_the_one_the_text_binds(documents):
    """The traps this corpus is for: bare initials whose person shares two-letter initials with
    someone else named in full in the same document (a signature `JB` under John Bennett's
    message with Jack Bolton in Cc; `JB` and `JBa` in one Present list)."""
    trapped = 0
    for doc in documents:
        named = named_people(doc)
        by_initials: dict[str, set[str]] = {}
        for entity, parts in named.items():
            by_initials.setdefault(natural_initials(*parts), set()).add(entity)
        for span in bare_initials(doc):
            if span["entity"] in named:
                owners = by_initials[natural_initials(*named[span["entity"]])]
                trapped += len(owners) > 1
    assert trapped >= 400, trapped


def test_when_no_one_is_named_for_initials_then_they_are_a_person_of_their_own(documents):
    """Action owners, signers and checkers known only by initials get an entity each."""
    alone = 0
    for doc in documents:
        forms: dict[str, set[str]] = {}
        for span in doc["spans"]:
            if span["type"] == "PERSON":
                forms.setdefault(span["entity"], set()).add(span["form"])
        alone += sum(f == {"init"} for f in forms.values())
    assert alone >= 200, alone


@pytest.mark.parametrize("shape", sorted(BARE_INITIALS))
def test_when_initials_stand_alone_then_every_way_of_writing_them_is_there(documents, shape):
    pattern, least = BARE_INITIALS[shape]
    found = [
        mark_value(doc, s)
        for doc in documents
        for s in bare_initials(doc)
        if re.fullmatch(pattern, mark_value(doc, s))
    ]
    assert len(found) >= least, (shape, len(found))


@pytest.mark.parametrize("heard", HEARD_SPLIT)
def test_when_a_recogniser_splits_a_surname_then_each_split_is_there(documents, heard):
    values = span_values(documents, "PERSON", "split")
    assert sum(v == heard or v.endswith(" " + heard) for v in values) >= 5, heard


def test_when_a_surname_is_split_then_the_span_is_lower_case_words(documents):
    for doc in documents:
        for span in doc["spans"]:
            if span["type"] == "PERSON" and span["form"] == "split":
                value = mark_value(doc, span)
                assert value == value.lower() and " " in value, (doc["id"], value)
                assert doc["style"] == "asr", doc["id"]


def test_when_a_name_is_also_a_word_then_both_meanings_are_in_one_document(documents):
    """`will`, `grace`, `penny`, `mo`...: the person is a PERSON span and the word a decoy of its
    meaning, often in the same transcript."""
    both = Counter()
    as_name = Counter()
    for doc in documents:
        names = name_words(doc, set())
        for decoy in doc["decoys"]:
            value = mark_value(doc, decoy).lower()
            if decoy["kind"] in MEANING_KINDS and value in names:
                both[value] += 1
        for span in doc["spans"]:
            if span["type"] == "PERSON" and span["form"] in ("first", "dim"):
                as_name[mark_value(doc, span)] += 1
    assert sum(both.values()) >= 250, both
    assert len(both) >= 15, both
    assert both["mo"] >= 5 and both["will"] >= 5, both
    lower = [v for v in as_name if v == v.lower()]
    assert sum(as_name[v] for v in lower) >= 300


def test_when_a_transcript_is_read_then_its_names_are_lower_case(documents):
    names = [
        mark_value(doc, s)
        for doc in documents
        if doc["style"] == "asr"
        for s in doc["spans"]
        if s["type"] == "PERSON"
    ]
    assert sum(v == v.lower() for v in names) >= 0.8 * len(names)


def test_when_values_are_written_then_their_shapes_are_the_forms(documents):
    for value in span_values(documents, "AGE", "digits"):
        assert re.fullmatch(r"\d{1,2}", value), value
    for value in span_values(documents, "AGE", "words"):
        assert not re.search(r"\d", value), value
    for value in span_values(documents, "PHONE"):
        assert len(re.sub(r"\D", "", value)) in (10, 11, 12), value
    for value in span_values(documents, "EMAIL"):
        assert re.fullmatch(r"[a-z.]+\d+@[a-z.]+", value), value
    for value in span_values(documents, "PERSON", "surinit"):
        assert re.fullmatch(r"\S+(?: \S+)* [A-Z]{1,2}", value), value


def test_when_a_value_is_written_twice_then_it_has_one_form(documents):
    """`de la cruz` in a transcript is the same string split or not: it is labelled `split`
    every time, never `full` in one place and `split` in another."""
    for doc in documents:
        form_of: dict[str, str] = {}
        for span in doc["spans"]:
            if span["type"] == "PERSON":
                value = mark_value(doc, span)
                assert form_of.setdefault(value, span["form"]) == span["form"], (doc["id"], value)
