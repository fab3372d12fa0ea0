"""Every planted identifier (and decoy) is exactly where truth/planted.jsonl says it is."""

from __future__ import annotations

import random
from collections import Counter
from pathlib import Path

import polars as pl
import pytest
from demo_truth_helpers import location_key, texts_by_location
from demo_truth_helpers import records as read_truth
from hypothesis import given
from hypothesis import strategies as st

from sealflow.demo.text import REGISTERS, DocumentContext, compose, join
from sealflow.demo.vocab import vocabulary

ENTITY_TYPES = {
    "PERSON",
    "SERVICE_NUMBER",
    "PHONE",
    "EMAIL",
    "NI_NUMBER",
    "NHS_NUMBER",
    "POSTCODE",
    "ADDRESS",
    "BASE",
    "UNIT",
    "DATE_OF_BIRTH",
}


@pytest.mark.parametrize("truth_file", ["planted.jsonl", "decoys.jsonl"])
def test_when_truth_is_read_then_every_value_is_verbatim_at_its_location(
    study, truth_file, misplaced_truth
):
    assert read_truth(study, truth_file)
    assert misplaced_truth(study, truth_file) == []


def test_when_study_is_made_then_every_type_and_file_format_carries_planted_values(study):
    planted = read_truth(study, "planted.jsonl")
    assert {r["type"] for r in planted} == ENTITY_TYPES
    formats = Counter(Path(r["file"]).suffix for r in planted)
    assert set(formats) == {".csv", ".txt", ".vtt", ".srt", ".docx"}
    assert all(set(r) == {"file", "doc_id", "location", "type", "value"} for r in planted)


def test_when_survey_rows_decline_consent_then_nothing_is_planted_in_them(study):
    survey = pl.read_csv(study / "work/received/survey/survey_export.csv", infer_schema=False)
    declined_rows = {i for i, c in enumerate(survey["consent"]) if c == "no"}
    planted_rows = {r["location"].get("row") for r in read_truth(study, "planted.jsonl")}
    assert declined_rows
    assert not declined_rows & planted_rows


def test_when_speaker_label_is_a_name_then_it_is_planted_in_the_label(study):
    planted = read_truth(study, "planted.jsonl")
    labels = [
        r
        for r in planted
        if r["file"].endswith((".txt", ".srt", ".docx")) and r["type"] == "PERSON"
    ]
    texts = {f: texts_by_location(study, f) for f in {r["file"] for r in labels}}
    at_label = [
        r
        for r in labels
        if texts[r["file"]][location_key(r["location"])][r["location"]["end"] :].startswith(":")
    ]
    assert at_label


@given(st.integers(0, 2**32 - 1), st.sampled_from(REGISTERS), st.integers(1, 3))
def test_when_templates_are_rendered_in_any_register_then_spans_index_the_text(
    seed, register, sentences
):
    rng = random.Random(seed)
    vocab = vocabulary()
    context = DocumentContext.new(rng, vocab, rng.choice(vocab.branches))
    text, spans = join(compose(vocab.templates["ft_barriers"], context, register, sentences, 0.3))
    for span in spans:
        assert text[span.start : span.end] == span.text
    if register == "lower":
        assert text == text.lower()
