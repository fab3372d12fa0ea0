"""The eighth scrub development corpus (tests/data/scrub_dev8/): reproducible from its seeded
generator, well formed, and holding people named in shorthand (bare initials, rank + initial,
surname + initial, first name + initial, nicknames, diminutives) in every form it claims,
beside the capitals, shift codes and name-like words that must survive, since that is what it
exists to tune."""

from __future__ import annotations

import re
from pathlib import Path

import corpus_checks as checks
from corpus_checks import mark_value, span_values

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


class TestDev8Corpus(checks.TuningCorpusTests):
    corpus = checks.TuningCorpus(
        DEV8,
        STYLES,
        FORMS,
        DECOY_KINDS,
        least_people=3000,
        repeated=0.5,
        claim_decoy_kinds=False,
        name_word=r"[A-Za-z']+",
    )


documents = checks.corpus_fixture(DEV8, name="documents")


def _bare_initials(documents: list[dict]) -> list[str]:
    return [v for v in span_values(documents, "PERSON", "init") if BARE_INITIALS.fullmatch(v)]


def test_when_initials_stand_alone_then_every_way_of_typing_them_is_there(documents):
    bare = _bare_initials(documents)
    assert len(bare) >= 1000
    assert sum(v.isupper() and "." not in v and len(v) == 2 for v in bare) >= 300
    assert sum(v.isupper() and "." not in v and len(v) == 3 for v in bare) >= 100
    assert sum("." in v for v in bare) >= 100
    assert sum(v.islower() for v in bare) >= 100


def test_when_a_short_form_is_labelled_then_its_shape_is_the_forms(documents):
    for value in span_values(documents, "PERSON", "rankinit"):
        assert re.fullmatch(r"\S+(?: \S+)? [A-Za-z](?:-[A-Za-z])?", value), value
    for value in span_values(documents, "PERSON", "surinit"):
        assert re.fullmatch(r".+ [A-Z]{1,2}", value), value
    for value in span_values(documents, "PERSON", "short"):
        assert re.fullmatch(r"\S+ [A-Za-z]", value), value
    for value in span_values(documents, "PERSON", "nick") + span_values(documents, "PERSON", "dim"):
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
            mark_value(doc, s).replace(".", "").upper()
            for s in doc["spans"]
            if s["type"] == "PERSON" and BARE_INITIALS.fullmatch(mark_value(doc, s))
        }
        for decoy in doc["decoys"]:
            if decoy["kind"] in {"acronym", "role", "shift"}:
                assert mark_value(doc, decoy).replace(".", "").upper() not in initials, doc["id"]


def test_when_an_age_is_labelled_then_it_is_the_number_only(documents):
    for value in span_values(documents, "AGE", "digits"):
        assert re.fullmatch(r"\d{1,2}", value), value
    for value in span_values(documents, "AGE", "words"):
        assert re.fullmatch(r"[a-z]+(?:-[a-z]+)?", value), value


def test_when_a_value_is_in_words_then_no_digit_is_in_it(documents):
    for kind in ("PHONE", "SERVICE_NUMBER", "POSTCODE"):
        for value in span_values(documents, kind, "words"):
            assert not any(c.isdigit() for c in value), (kind, value)
    for value in span_values(documents, "EMAIL", "words"):
        assert " at " in value and " dot " in value and "@" not in value, value
    for value in span_values(documents, "POSTCODE", "outward"):
        assert re.fullmatch(r"[A-Za-z]{1,2}\d{1,2}", value), value


def test_when_a_style_is_lower_case_by_habit_then_about_half_its_people_are_too(documents):
    for style in ("chat", "survey", "sms"):
        checks.assert_about_half_lower_case(documents, style, letters_only=True)
