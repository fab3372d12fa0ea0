"""The tenth scrub development corpus (tests/data/scrub_dev10/): reproducible from its seeded
generator, well formed, and holding people named the way colleagues and families name each
other in exported messages (nicknames, service nicknames tied to a surname, bare initials,
`Dan H`, `Okafor, Jane`, `BLOGGS J`, diminutives) beside the capitals and ordinary words that
look like initials or nicknames and are not (acronyms, roles, grades, `bill`, `dusty`), since
that is what it exists to tune."""

from __future__ import annotations

import hashlib
import itertools
import json
import re
from collections import Counter
from pathlib import Path

import pytest
from corpus_files import corpus_documents, corpus_generator

DEV10 = Path(__file__).resolve().parents[1] / "data" / "scrub_dev10"
STYLES = {"whatsapp": 150, "teams": 150, "sms": 150, "rota": 150, "email": 150}
FORMS = {
    "PERSON": {
        "full", "first", "sur", "rank", "title", "init", "dim", "nick", "short", "surfirst",
        "surinit",
    },
    "AGE": {"digits", "words"},
    "DATE_OF_BIRTH": {"digits", "words"},
    "PHONE": {"digits"},
    "SERVICE_NUMBER": {"digits"},
    "EMAIL": {"plain"},
    "POSTCODE": {"plain", "outward"},
    "ADDRESS": {"street"},
    "LOCATION": {"town"},
    "BASE": {"base", "abbreviation", "garrison"},
    "UNIT": {"battalion", "regiment", "commando", "formation", "ship", "squadron"},
}  # fmt: skip
DECOY_KINDS = {
    "acronym", "role", "product", "emoji", "time", "count", "money", "duration", "place_word",
    "rank", "service", "team", "heading", "shift", "greet", "signoff", "ref", "grade",
    "building", "date", "word",
}  # fmt: skip
# Bare initials as people type them: (what the value looks like, how many at least).
BARE_INITIALS = {
    "two capitals": (r"[A-Z]{2}", 300),
    "three capitals": (r"[A-Z]{3}", 30),
    "with full stops": (r"(?:[A-Za-z]\.){2,3}", 30),
    "lower case": (r"[a-z]{2,3}", 30),
}


@pytest.fixture(scope="module")
def documents() -> list[dict]:
    return corpus_documents(DEV10)


def _value(doc: dict, mark: dict) -> str:
    return doc["text"][mark["start"] : mark["end"]]


def _spans(documents: list[dict], kind: str, form: str | None = None) -> list[str]:
    return [
        _value(doc, s)
        for doc in documents
        for s in doc["spans"]
        if s["type"] == kind and form in (None, s["form"])
    ]


def test_when_generator_runs_then_its_sha256_is_the_committed_corpus_and_source_md():
    committed = hashlib.sha256((DEV10 / "corpus.jsonl").read_bytes()).hexdigest()
    rebuilt = hashlib.sha256(corpus_generator(DEV10).build().encode("utf-8")).hexdigest()
    assert rebuilt == committed
    assert committed in (DEV10 / "SOURCE.md").read_text(encoding="utf-8")


def test_when_corpus_is_read_then_ids_are_unique_keys_sorted_and_styles_even(documents):
    assert [doc["id"] for doc in documents] == [f"dev10-{n:04d}" for n in range(1, 751)]
    for line in (DEV10 / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
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
    assert len(mentions) >= 2500
    assert max(mentions) <= 6
    assert sum(n >= 2 for n in mentions) >= 0.5 * len(mentions)


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
    """A decoy ('bill', 'dusty', 'OC', 'SO2') is never a word or the initials of a name in
    its document, and no word of anyone's name (initials included) stands unlabelled there.
    Rank and title words ('Cpl', 'Mrs') are not names."""
    rank_words = corpus_generator(DEV10).RANK_WORDS
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


def test_when_people_are_named_in_shorthand_then_the_short_forms_lead_every_style(documents):
    """Most mentions here are not a full name: nicknames, diminutives, initials, half-names."""
    shorthand = {"nick", "dim", "init", "short", "surinit", "sur", "first"}
    for style in STYLES:
        forms = Counter(
            s["form"]
            for doc in documents
            if doc["style"] == style
            for s in doc["spans"]
            if s["type"] == "PERSON"
        )
        assert sum(forms[f] for f in shorthand) >= 0.5 * sum(forms.values()), (style, forms)
    assert len(_spans(documents, "PERSON", "nick")) >= 600
    assert len(_spans(documents, "PERSON", "init")) >= 600


@pytest.mark.parametrize("shape", sorted(BARE_INITIALS))
def test_when_initials_stand_alone_then_every_way_of_typing_them_is_there(documents, shape):
    pattern, least = BARE_INITIALS[shape]
    found = [v for v in _spans(documents, "PERSON", "init") if re.fullmatch(pattern, v)]
    assert len(found) >= least, (shape, len(found))


def test_when_a_service_nickname_goes_with_a_surname_then_it_names_that_surname_s_owner(
    documents,
):
    """`Dusty` is only ever a Miller, `Smudge` a Smith: where a nickname from the generator's
    surname list is used, the same person's surname (alone or in a longer form) is one the
    nickname goes with, whenever the document names them by surname too."""
    surnames = corpus_generator(DEV10).SURNAMES
    goes_with: dict[str, set[str]] = {}
    for pool in surnames.values():
        for surname, nick in pool:
            if nick:
                goes_with.setdefault(nick, set()).add(surname.lower())
    tied = checked = 0
    for doc in documents:
        by_person: dict[str, list[dict]] = {}
        for span in doc["spans"]:
            if span["type"] == "PERSON":
                by_person.setdefault(span["entity"], []).append(span)
        for spans in by_person.values():
            nicks = {_value(doc, s) for s in spans if s["form"] == "nick"} & set(goes_with)
            tied += bool(nicks)
            words = {
                w.lower()
                for s in spans
                if s["form"] in {"sur", "full", "surfirst", "surinit", "rank"}
                for w in re.split(r"[\s,]+", _value(doc, s))
            }
            for nick in nicks:
                if words & {w for name in goes_with[nick] for w in name.split()}:
                    checked += 1
                else:
                    assert not words & {w for names in goes_with.values() for w in names}
    assert tied >= 100, tied
    assert checked >= 30, checked


def test_when_a_half_name_is_labelled_then_its_shape_is_the_forms(documents):
    for value in _spans(documents, "PERSON", "short"):
        assert re.fullmatch(r"\S+ [A-Za-z]", value), value
    for value in _spans(documents, "PERSON", "nick") + _spans(documents, "PERSON", "dim"):
        assert " " not in value and value[0].isalpha(), value
    for value in _spans(documents, "PERSON", "surfirst"):
        assert re.fullmatch(r"[^,]+, \S+", value), value
    for value in _spans(documents, "PERSON", "surinit"):
        assert re.fullmatch(r"\S+(?: \S+)? [A-Z]{1,2}", value), value
    capitals = [v for v in _spans(documents, "PERSON") if v.isupper() and len(v) > 3]
    assert len(capitals) >= 300


def test_when_values_are_written_then_their_shapes_are_the_forms(documents):
    for value in _spans(documents, "AGE", "digits"):
        assert re.fullmatch(r"\d{1,2}", value), value
    for value in _spans(documents, "AGE", "words") + _spans(documents, "DATE_OF_BIRTH", "words"):
        assert not re.fullmatch(r"[\d/. ]+", value), value
    for value in _spans(documents, "POSTCODE", "outward"):
        assert re.fullmatch(r"[A-Za-z]{1,2}\d{1,2}", value), value
    for value in _spans(documents, "PHONE"):
        assert len(re.sub(r"\D", "", value)) in (10, 11, 12), value


def test_when_people_text_each_other_then_about_half_write_names_in_lower_case(documents):
    names = [
        _value(doc, s)
        for doc in documents
        if doc["style"] == "sms"
        for s in doc["spans"]
        if s["type"] == "PERSON"
    ]
    lower = sum(name == name.lower() for name in names)
    assert 0.25 * len(names) <= lower <= 0.8 * len(names), (lower, len(names))
