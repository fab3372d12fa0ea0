"""Every planted identifier (and decoy) is exactly where truth/planted.jsonl says it is."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

import docx
import polars as pl
import pytest
import srt
import webvtt
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


def _records(study: Path, name: str) -> list[dict]:
    lines = (study / "truth" / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def _texts_by_location(study: Path, file: str) -> dict[tuple, str]:
    """Map each record's location key (without the span) to the text it indexes."""
    path = study / file
    suffix = path.suffix
    if suffix == ".csv":
        frame = pl.read_csv(path, infer_schema=False)
        out = {}
        for row, record in enumerate(frame.iter_rows(named=True)):
            for column in ("ft_experience", "ft_barriers", "ft_suggestions"):
                out[(record["survey_token"], row, column)] = record[column] or ""
        return out
    if suffix == ".txt":
        return {(): path.read_text(encoding="utf-8")}
    if suffix == ".vtt":
        return {(i,): cue.raw_text for i, cue in enumerate(webvtt.read(str(path)))}
    if suffix == ".srt":
        cues = srt.parse(path.read_text(encoding="utf-8"))
        return {(i,): cue.content for i, cue in enumerate(cues)}
    if suffix == ".docx":
        return {(i,): p.text for i, p in enumerate(docx.Document(str(path)).paragraphs)}
    raise AssertionError(f"unexpected file type {file}")


def _key(location: dict) -> tuple:
    if "column" in location:
        return (location["survey_token"], location["row"], location["column"])
    if "cue" in location:
        return (location["cue"],)
    if "paragraph" in location:
        return (location["paragraph"],)
    return ()


@pytest.mark.parametrize("truth_file", ["planted.jsonl", "decoys.jsonl"])
def test_when_truth_is_read_then_every_value_is_verbatim_at_its_location(study, truth_file):
    records = _records(study, truth_file)
    texts: dict[str, dict[tuple, str]] = {}
    for record in records:
        if record["file"] not in texts:
            texts[record["file"]] = _texts_by_location(study, record["file"])
        location = record["location"]
        text = texts[record["file"]][_key(location)]
        assert text[location["start"] : location["end"]] == record["value"], record["doc_id"]


def test_when_study_is_made_then_every_type_and_file_format_carries_planted_values(study):
    records = _records(study, "planted.jsonl")
    assert {r["type"] for r in records} == ENTITY_TYPES
    formats = Counter(Path(r["file"]).suffix for r in records)
    assert set(formats) == {".csv", ".txt", ".vtt", ".srt", ".docx"}
    assert all(set(r) == {"file", "doc_id", "location", "type", "value"} for r in records)


def test_when_survey_rows_decline_consent_then_nothing_is_planted_in_them(study):
    survey = pl.read_csv(study / "work/received/survey/survey_export.csv", infer_schema=False)
    declined_rows = {i for i, c in enumerate(survey["consent"]) if c == "no"}
    planted_rows = {r["location"].get("row") for r in _records(study, "planted.jsonl")}
    assert declined_rows
    assert not declined_rows & planted_rows


def test_when_speaker_label_is_a_name_then_it_is_planted_in_the_label(study):
    records = _records(study, "planted.jsonl")
    labels = [
        r
        for r in records
        if r["file"].endswith((".txt", ".srt", ".docx")) and r["type"] == "PERSON"
    ]
    texts = {f: _texts_by_location(study, f) for f in {r["file"] for r in labels}}
    at_label = [
        r
        for r in labels
        if texts[r["file"]][_key(r["location"])][r["location"]["end"] :].startswith(":")
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
