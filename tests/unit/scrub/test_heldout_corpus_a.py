"""The frozen held-out corpus A (interview transcripts) is well formed and reproducible.

The corpus is only measured against, never tuned on; these checks keep its labels honest
(offsets, entities, decoys) and prove the committed file is the one its source makes.
"""

from __future__ import annotations

import hashlib
import importlib.util
import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

from hypothesis import given, settings
from hypothesis import strategies as st

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "interviews_a"
CORPUS_PATH = CORPUS_DIR / "corpus.jsonl"
SOURCE_MD = CORPUS_DIR / "SOURCE.md"
EXPANDER = CORPUS_DIR / "source" / "expand.py"

TYPES = {
    "PERSON", "PHONE", "EMAIL", "SERVICE_NUMBER", "NI_NUMBER", "NHS_NUMBER", "POSTCODE",
    "ADDRESS", "DATE_OF_BIRTH", "AGE", "BANK_ACCOUNT", "UNIT", "BASE", "LOCATION",
}  # fmt: skip


def load_documents() -> list[dict]:
    with CORPUS_PATH.open(encoding="utf-8") as corpus:
        return [json.loads(line) for line in corpus]


DOCUMENTS = load_documents()


def load_expander() -> ModuleType:
    spec = importlib.util.spec_from_file_location("heldout_corpus_a_expand", EXPANDER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


EXPANDER_MODULE = load_expander()


def test_when_documents_are_read_then_ids_are_unique_sequential_and_fields_complete() -> None:
    assert len(DOCUMENTS) >= 300
    assert [d["id"] for d in DOCUMENTS] == [f"a-{i:04d}" for i in range(1, len(DOCUMENTS) + 1)]
    for document in DOCUMENTS:
        assert set(document) == {"id", "style", "format", "text", "spans", "decoys"}
        assert document["format"] == "txt"
        assert document["style"] and document["text"]


def test_when_spans_are_read_then_they_are_typed_non_empty_inside_and_disjoint() -> None:
    for document in DOCUMENTS:
        check_spans(document)


def check_spans(document: dict) -> None:
    text = document["text"]
    spans = sorted(document["spans"], key=lambda s: s["start"])
    for span in spans:
        assert span["type"] in TYPES, document["id"]
        assert 0 <= span["start"] < span["end"] <= len(text), document["id"]
        value = text[span["start"] : span["end"]]
        assert value == value.strip(), f"{document['id']}: padded span {value!r}"
    for before, after in itertools.pairwise(spans):
        assert before["end"] <= after["start"], f"{document['id']}: overlap at {after['start']}"


def test_when_a_span_names_a_person_then_it_carries_an_entity_and_others_do_not() -> None:
    for document in DOCUMENTS:
        check_entities(document)


def check_entities(document: dict) -> None:
    for span in document["spans"]:
        if span["type"] == "PERSON":
            assert re.fullmatch(r"p\d+", span["entity"]), document["id"]
        else:
            assert "entity" not in span, document["id"]


def test_when_decoys_are_read_then_they_are_inside_the_text_and_touch_no_span() -> None:
    for document in DOCUMENTS:
        check_decoys(document)


def check_decoys(document: dict) -> None:
    text = document["text"]
    labelled = {i for span in document["spans"] for i in range(span["start"], span["end"])}
    for decoy in document["decoys"]:
        assert 0 <= decoy["start"] < decoy["end"] <= len(text), document["id"]
        assert decoy["kind"] in ("word", "role_label"), document["id"]
        assert not labelled & set(range(decoy["start"], decoy["end"])), document["id"]
        if decoy["kind"] == "role_label":
            assert text[decoy["end"]] == ":", document["id"]


def test_when_a_person_name_recurs_then_every_occurrence_is_labelled() -> None:
    for document in DOCUMENTS:
        check_names_labelled(document)


def check_names_labelled(document: dict) -> None:
    """A name word (3+ letters) found in a PERSON span never also stands unlabelled."""
    text = document["text"]
    covered = {
        i for mark in document["spans"] + document["decoys"]
        for i in range(mark["start"], mark["end"])
    }  # fmt: skip
    names = {
        word
        for span in document["spans"]
        if span["type"] == "PERSON"
        for word in re.findall(r"\w+(?:['-]\w+)*", text[span["start"] : span["end"]])
        if len(word) > 2
    }
    for name in names:
        for found in re.finditer(rf"(?<![\w'-]){re.escape(name)}(?![\w'-])", text):
            assert found.start() in covered, (
                f"{document['id']}: {name!r} unlabelled at {found.start()}"
            )


def test_when_two_people_are_mentioned_then_no_mention_is_shared_between_them() -> None:
    for document in DOCUMENTS:
        check_mentions_unshared(document)


def check_mentions_unshared(document: dict) -> None:
    owners: dict[str, set[str]] = {}
    for span in document["spans"]:
        if span["type"] == "PERSON":
            value = document["text"][span["start"] : span["end"]]
            owners.setdefault(value, set()).add(span["entity"])
    assert all(len(entities) == 1 for entities in owners.values()), (document["id"], owners)


def test_when_types_are_counted_then_every_identifier_type_is_covered() -> None:
    counts = Counter(span["type"] for d in DOCUMENTS for span in d["spans"])
    assert set(counts) == TYPES
    assert min(counts.values()) >= 10


def span_values(type_: str) -> list[str]:
    return [
        d["text"][s["start"] : s["end"]]
        for d in DOCUMENTS
        for s in d["spans"]
        if s["type"] == type_
    ]


def test_when_an_nhs_number_is_written_in_digits_then_its_check_digit_is_valid() -> None:
    """Real-looking numbers: a recognizer that validates the check digit must not skip them."""
    written = [re.sub(r"\D", "", v) for v in span_values("NHS_NUMBER") if re.search(r"\d", v)]
    assert written
    for digits in written:
        assert len(digits) == 10, digits
        check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(digits[:9])) % 11
        assert int(digits[9]) == check % 11, digits


def test_when_ni_numbers_and_phones_are_written_then_they_have_uk_shapes() -> None:
    for value in span_values("NI_NUMBER"):
        assert re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2} ?\d\d ?\d\d ?\d\d ?[A-D]", value), value
    for value in span_values("PHONE"):
        if re.search(r"\d", value):
            digits = re.sub(r"\D", "", value)
            assert (digits.startswith("0") and len(digits) == 11) or (
                digits.startswith("44") and len(digits) in (12, 13)
            ), value


@settings(max_examples=200, deadline=None)
@given(digits=st.text("0123456789", min_size=1, max_size=13), seed=st.integers(0, 10**6))
def test_when_digits_are_said_in_words_then_parsing_the_words_gives_them_back(
    digits: str, seed: int
) -> None:
    """The expander's spoken numbers are labelled as the number they say."""
    expander = EXPANDER_MODULE
    template = "oh seven double-seven, nine" if seed % 2 else "zero seven seven seven nine"
    said = expander.say_digits(digits, [len(digits)], template, random.Random(seed))
    assert expander.spoken_digits(said, "test")[0] == digits


def test_when_the_file_is_hashed_then_it_matches_the_digest_in_source_md() -> None:
    recorded = re.search(r"SHA-256 of corpus\.jsonl: `([0-9a-f]{64})`", SOURCE_MD.read_text())
    assert recorded is not None, "SOURCE.md must quote the SHA-256 of corpus.jsonl"
    assert hashlib.sha256(CORPUS_PATH.read_bytes()).hexdigest() == recorded.group(1)


def test_when_the_expander_runs_then_it_reproduces_the_file_byte_for_byte() -> None:
    assert EXPANDER_MODULE.build_corpus().encode("utf-8") == CORPUS_PATH.read_bytes()
