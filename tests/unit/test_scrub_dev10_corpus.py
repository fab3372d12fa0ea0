"""The tenth scrub development corpus (tests/data/scrub_dev10/): reproducible from its seeded
generator, well formed, and holding people named the way colleagues and families name each
other in exported messages (nicknames, service nicknames tied to a surname, bare initials,
`Dan H`, `Okafor, Jane`, `BLOGGS J`, diminutives) beside the capitals and ordinary words that
look like initials or nicknames and are not (acronyms, roles, grades, `bill`, `dusty`), since
that is what it exists to tune."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import corpus_checks as checks
import pytest
from corpus_checks import mark_value, span_values
from corpus_files import corpus_generator

DEV10 = Path(__file__).resolve().parents[1] / "data" / "scrub_dev10"
STYLES = {"whatsapp": 150, "teams": 150, "sms": 150, "rota": 150, "email": 150}
KEYS = {"id", "style", "format", "text", "spans", "decoys"}
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


class TestDev10Corpus(checks.TuningCorpusTests):
    corpus = checks.TuningCorpus(
        DEV10, STYLES, FORMS, DECOY_KINDS, least_people=2500, repeated=0.5, keys=KEYS
    )


documents = checks.corpus_fixture(DEV10, name="documents")


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
    assert len(span_values(documents, "PERSON", "nick")) >= 600
    assert len(span_values(documents, "PERSON", "init")) >= 600


@pytest.mark.parametrize("shape", sorted(BARE_INITIALS))
def test_when_initials_stand_alone_then_every_way_of_typing_them_is_there(documents, shape):
    pattern, least = BARE_INITIALS[shape]
    found = [v for v in span_values(documents, "PERSON", "init") if re.fullmatch(pattern, v)]
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
            nicks = {mark_value(doc, s) for s in spans if s["form"] == "nick"} & set(goes_with)
            tied += bool(nicks)
            words = {
                w.lower()
                for s in spans
                if s["form"] in {"sur", "full", "surfirst", "surinit", "rank"}
                for w in re.split(r"[\s,]+", mark_value(doc, s))
            }
            for nick in nicks:
                if words & {w for name in goes_with[nick] for w in name.split()}:
                    checked += 1
                else:
                    assert not words & {w for names in goes_with.values() for w in names}
    assert tied >= 100, tied
    assert checked >= 30, checked


def test_when_a_half_name_is_labelled_then_its_shape_is_the_forms(documents):
    for value in span_values(documents, "PERSON", "short"):
        assert re.fullmatch(r"\S+ [A-Za-z]", value), value
    for value in span_values(documents, "PERSON", "nick") + span_values(documents, "PERSON", "dim"):
        assert " " not in value and value[0].isalpha(), value
    for value in span_values(documents, "PERSON", "surfirst"):
        assert re.fullmatch(r"[^,]+, \S+", value), value
    for value in span_values(documents, "PERSON", "surinit"):
        assert re.fullmatch(r"\S+(?: \S+)? [A-Z]{1,2}", value), value
    capitals = [v for v in span_values(documents, "PERSON") if v.isupper() and len(v) > 3]
    assert len(capitals) >= 300


def test_when_values_are_written_then_their_shapes_are_the_forms(documents):
    for value in span_values(documents, "AGE", "digits"):
        assert re.fullmatch(r"\d{1,2}", value), value
    for value in span_values(documents, "AGE", "words") + span_values(
        documents, "DATE_OF_BIRTH", "words"
    ):
        assert not re.fullmatch(r"[\d/. ]+", value), value
    for value in span_values(documents, "POSTCODE", "outward"):
        assert re.fullmatch(r"[A-Za-z]{1,2}\d{1,2}", value), value
    for value in span_values(documents, "PHONE"):
        assert len(re.sub(r"\D", "", value)) in (10, 11, 12), value


def test_when_people_text_each_other_then_about_half_write_names_in_lower_case(documents):
    checks.assert_about_half_lower_case(documents, "sms")
