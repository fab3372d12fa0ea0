"""The twelfth scrub development corpus (tests/data/scrub_dev12/): reproducible from its seeded
generator, well formed, and holding what it exists to tune: an evaluation team's own working
papers, where researchers are written as bare initials (`JT/MK`, `int: RB`, `AO'C`), two of
them sometimes share initials and are told apart (`JT`, `JTa`), participants are IDs that must
survive (`P07`), colleagues are rank + surname, `Sam T.` or a nickname, and exact ages come in
every shape notes write them (`19yo`, `34M`, `M/34`, `kids 4 and 7`) beside age bands that are
no one's exact age (`late 40s`, `18-24`)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import corpus_checks as checks
import pytest
from corpus_checks import mark_value, span_values
from corpus_files import corpus_generator

DEV12 = Path(__file__).resolve().parents[1] / "data" / "scrub_dev12"
STYLES = {"tracker": 120, "diary": 120, "coding": 120, "team": 120, "findings": 120}
KEYS = {"id", "style", "format", "text", "spans", "decoys"}
FORMS = {
    "PERSON": {
        "full",
        "first",
        "sur",
        "rank",
        "title",
        "init",
        "dim",
        "nick",
        "short",
        "surfirst",
    },
    "AGE": {"digits", "words"},
    "PHONE": {"digits"},
    "EMAIL": {"plain"},
    "LOCATION": {"town"},
    "BASE": {"base", "abbreviation", "garrison"},
    "UNIT": {"battalion", "regiment", "commando", "formation", "ship", "squadron"},
}
DECOY_KINDS = {
    "acronym", "role", "rank", "word", "product", "time", "date", "count", "ref", "building",
    "team", "heading", "greet", "signoff", "duration", "age_band", "service", "participant_id",
    "code",
}  # fmt: skip
# Decoys labelled by what they mean there, which may be a word of a name in the same document:
# `will` the verb beside Will Heywood.
MEANING_KINDS = {"word", "role"}
RANK_WORDS = corpus_generator(DEV12).RANK_WORDS
# Bare initials as the team writes them: (what the value looks like, how many at least).
BARE_INITIALS = {
    "two capitals": (r"[A-Z]{2}", 1500),
    "with full stops": (r"(?:[A-Z]\.){2}", 150),
    "O' or Mc surnames": (r"[A-Z](?:O'|Mc|Mac)[A-Z]", 50),
    "told apart by a letter of the surname": (r"[A-Z]{2}[a-z]", 50),
    "told apart by a number": (r"[A-Z]{2}2", 20),
}
# Text just around an AGE span, as the notes write ages: (before, after) patterns.
AGE_SHAPES = {
    "19yo": (r"", r"yo\b"),
    "19 y/o": (r"", r" y/o"),
    "19yrs": (r"", r" ?yrs"),
    "aged 19": (r"aged $", r""),
    "age: 19": (r"age: $", r""),
    "turned 40": (r"turned $", r""),
    "since I was 16": (r"since I was $", r""),
    "a 7-year-old": (r"", r"-year-old"),
    "34M": (r"", r"[MF]\b"),
    "M/34": (r"\b[MF]/$", r""),
    "F 41": (r"\b[MF],? $", r""),
    "kids 4 and 7": (r"kids $", r""),
    "(6)": (r"\($", r"\)"),
    "about 40": (r"about $", r""),
}  # the text before the number must match `before` at its end, the text after `after`
# Diminutives whose given name starts with another letter (the only one in the pools).
GIVEN_INITIAL = {"Becky": "R"}
BRIEF_UNITS = ["1 R IRISH", "16 AA Bde", "3 Cdo Bde", "1 MERCIAN", "2 RGR", "7 Armd Bde",
               "1 (UK) Div", "JHC"]  # fmt: skip
BRIEF_BASES = ["BZN", "Brize", "Catterick", "CTCRM", "RNAS Culdrose", "HMNB Clyde", "Lossie",
               "DMRC"]  # fmt: skip


class TestDev12Corpus(checks.TuningCorpusTests):
    corpus = checks.TuningCorpus(
        DEV12, STYLES, FORMS, DECOY_KINDS, least_people=2500, repeated=0.45, keys=KEYS
    )

    def test_when_a_person_is_named_then_no_word_of_their_name_is_left_unlabelled(
        self, documents
    ) -> None:
        """The shared check, but a `word` or `role` decoy may be a word of a name in its
        document: `will` the verb beside Will Heywood, each labelled by its meaning."""
        for doc in documents:
            text = doc["text"]
            covered: set[int] = set()
            for mark in doc["spans"] + doc["decoys"]:
                covered.update(range(mark["start"], mark["end"]))
            names = name_words(doc)
            for found in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)*", text):
                if found.start() not in covered:
                    assert found.group().lower() not in names, (doc["id"], found.start())
            for decoy in doc["decoys"]:
                if decoy["kind"] not in MEANING_KINDS:
                    parts = re.split(r"[\s.,/-]+", mark_value(doc, decoy).lower())
                    assert not names.intersection(parts), (doc["id"], decoy)


documents = checks.corpus_fixture(DEV12, name="documents")


def name_words(doc: dict) -> set[str]:
    return {
        part.lower()
        for span in doc["spans"]
        if span["type"] == "PERSON"
        for part in re.split(r"[\s.,/-]+", mark_value(doc, span))
        if len(part) > 1 and part.lower() not in RANK_WORDS
    }


def named_people(doc: dict) -> dict[str, tuple[str, str]]:
    """Each entity written somewhere with a first name and surname: (first, surname)."""
    out: dict[str, tuple[str, str]] = {}
    for span in doc["spans"]:
        if span["type"] != "PERSON" or span["entity"] in out:
            continue
        value = mark_value(doc, span)
        if span["form"] == "full":
            first, _, surname = value.partition(" ")
            out[span["entity"]] = (first, surname)
        elif span["form"] == "surfirst":
            surname, _, first = value.partition(", ")
            out[span["entity"]] = (first, surname)
    return out


def bare_initials(doc: dict) -> list[dict]:
    return [s for s in doc["spans"] if s["type"] == "PERSON" and s["form"] == "init"]


def natural(first: str, surname: str) -> str:
    return (first[0] + surname[0]).upper()


def test_when_initials_stand_for_a_named_person_then_they_are_that_persons_initials(documents):
    """A bare `JT`, `J.T.`, `AO'C`, `JTa` or `JT2` tied to someone named in full starts with
    the initial of the first name they are named by (or of the name it shortens) and holds
    their surname's: the label is one a reader could make."""
    tied = 0
    for doc in documents:
        named = named_people(doc)
        for span in bare_initials(doc):
            if span["entity"] not in named:
                continue
            first, surname = named[span["entity"]]
            letters = re.sub(r"[\W\d_]", "", mark_value(doc, span))
            # The team writes initials from the given name: Becky Parry (Rebecca) is `RP`.
            if letters.islower():  # typed in a lower-case chat message: `jt`
                letters = letters.upper()
            assert letters[0] in (first[0], GIVEN_INITIAL.get(first)), (doc["id"], span)
            assert surname[0] in letters[1:], (doc["id"], span)
            tied += 1
    assert tied >= 600, tied


def test_when_no_one_is_named_for_initials_then_they_are_a_person_of_their_own(documents):
    """Coders, interviewers, signers and action owners known only by initials get an entity
    each, and their initials are no one else's natural initials in the document."""
    alone = 0
    for doc in documents:
        forms: dict[str, set[str]] = {}
        for span in doc["spans"]:
            if span["type"] == "PERSON":
                forms.setdefault(span["entity"], set()).add(span["form"])
        naturals = {natural(*parts) for parts in named_people(doc).values()}
        for span in bare_initials(doc):
            if forms[span["entity"]] == {"init"}:
                capitals = re.sub(r"[^A-Z]", "", mark_value(doc, span).upper())
                assert capitals[:2] not in naturals, (doc["id"], span)
        alone += sum(f == {"init"} for f in forms.values())
    assert alone >= 500, alone


def test_when_two_researchers_share_initials_then_the_paper_binds_each(documents):
    """Two people with the same two-letter initials are two entities, and the paper writes
    their initials apart (`JT`/`JTa`, `LC`/`LC2`) wherever it writes them at all."""
    pairs = 0
    for doc in documents:
        named = named_people(doc)
        by_natural: dict[str, set[str]] = {}
        for entity, parts in named.items():
            by_natural.setdefault(natural(*parts), set()).add(entity)
        for entities in by_natural.values():
            if len(entities) < 2:
                continue
            pairs += 1
            written: dict[str, set[str]] = {entity: set() for entity in entities}
            for span in bare_initials(doc):
                if span["entity"] in entities:
                    written[span["entity"]].add(mark_value(doc, span))
            first, second = sorted(written.values(), key=len)[:2]
            assert not first & second, doc["id"]
    assert pairs >= 100, pairs


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


@pytest.mark.parametrize("shape", sorted(AGE_SHAPES))
def test_when_an_exact_age_is_written_then_every_shape_of_notes_is_there(documents, shape):
    before, after = AGE_SHAPES[shape]
    found = 0
    for doc in documents:
        text = doc["text"]
        for span in doc["spans"]:
            if span["type"] != "AGE":
                continue
            head, tail = text[max(0, span["start"] - 20) : span["start"]], text[span["end"] :]
            found += bool(re.search(before, head) and re.match(after, tail))
    assert found >= 10, (shape, found)


def test_when_an_age_is_a_band_then_it_is_a_decoy_and_never_a_single_number(documents):
    bands = [mark_value(doc, d) for doc in documents for d in doc["decoys"]
             if d["kind"] == "age_band"]  # fmt: skip
    assert len(bands) >= 300
    for value in bands:
        assert not re.fullmatch(r"\d{1,2}", value), value
        assert re.search(r"\d+s|-|\+|plus|ties|teens|ties|fifties|forties|under", value), value


def test_when_participants_are_written_by_id_then_the_ids_survive_and_keep_one_shape(documents):
    """`P07`, `R12`, `INT-03`: pseudonyms, never a label; one document keeps one shape."""
    total = 0
    for doc in documents:
        ids = [mark_value(doc, d) for d in doc["decoys"] if d["kind"] == "participant_id"]
        total += len(ids)
        shapes = {re.sub(r"\d", "9", value.upper()) for value in ids}
        for value in ids:
            assert re.fullmatch(r"(?:P|R|INT-)\d{1,3}", value, re.I), value
        assert len(shapes) <= 2, (doc["id"], shapes)  # `P7` and `P12` under `P{n}`
    assert total >= 1000, total


def test_when_a_code_looks_like_initials_then_no_one_in_the_document_has_them(documents):
    """`ST` and `HS` are themes in a coding frame: no person in the same document is `ST`."""
    two_letter = 0
    for doc in documents:
        codes = {mark_value(doc, d) for d in doc["decoys"] if d["kind"] == "code"}
        initials = {mark_value(doc, s) for s in bare_initials(doc)}
        assert not codes & initials, doc["id"]
        two_letter += sum(re.fullmatch(r"[A-Z]{2}", code) is not None for code in codes)
    assert two_letter >= 100, two_letter


def test_when_people_are_named_by_half_a_name_then_short_and_nicknames_are_common(documents):
    shorts = span_values(documents, "PERSON", "short")
    assert len(shorts) >= 100
    for value in shorts:
        assert re.fullmatch(r"\S+ [A-Za-z]", value), value
    assert len(span_values(documents, "PERSON", "nick")) >= 100


@pytest.mark.parametrize("unit", BRIEF_UNITS)
def test_when_units_are_written_short_then_each_of_the_briefs_forms_is_there(documents, unit):
    assert span_values(documents, "UNIT").count(unit) >= 5, unit


@pytest.mark.parametrize("base", BRIEF_BASES)
def test_when_bases_are_written_short_then_each_of_the_briefs_forms_is_there(documents, base):
    assert span_values(documents, "BASE").count(base) >= 5, base


def test_when_values_are_written_then_their_shapes_are_the_forms(documents):
    for value in span_values(documents, "AGE", "digits"):
        assert re.fullmatch(r"\d{1,2}", value), value
    for value in span_values(documents, "AGE", "words"):
        assert re.fullmatch(r"[A-Za-z][a-z]+(?:-[a-z]+)?", value), value
    for value in span_values(documents, "PHONE"):
        assert len(re.sub(r"\D", "", value)) in (11, 12), value
    for value in span_values(documents, "EMAIL"):
        assert re.fullmatch(r"[a-z.]+\d+@[a-z.-]+", value), value
    for value in span_values(documents, "PERSON", "surfirst"):
        assert re.fullmatch(r"\S+(?: \S+)*, \S+", value), value


def test_when_a_style_is_counted_then_initials_lead_in_every_style(documents):
    """Bare initials are the commonest way these papers name people, in every style."""
    for style in STYLES:
        forms = Counter(
            s["form"]
            for doc in documents
            if doc["style"] == style
            for s in doc["spans"]
            if s["type"] == "PERSON"
        )
        assert forms["init"] >= 100, (style, forms)
