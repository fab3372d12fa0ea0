"""Held-out corpus H (letters, minutes, reports, forms and diaries) stays what SOURCE.md says.

The corpus is frozen: its SHA-256 is pinned in SOURCE.md, and the seeded generator under
source/ must rebuild it byte for byte, so a label fix is always a visible, explained change.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path

import pytest

from sealflow.scrub.evaluation.frozen import load_frozen

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "h_paperwork"
CORPUS = CORPUS_DIR / "corpus.jsonl"
SOURCE_MD = CORPUS_DIR / "SOURCE.md"
GENERATOR = CORPUS_DIR / "source" / "generate.py"
TYPES = {
    "PERSON", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "LOCATION", "BASE", "UNIT", "AGE",
    "DATE_OF_BIRTH", "SERVICE_NUMBER", "NI_NUMBER", "NHS_NUMBER",
}  # fmt: skip
STYLES = {"letter": 80, "minutes": 80, "report": 80, "form": 80, "diary": 80}
PERSON_FORMS = {
    "full", "first", "sur", "dim", "nick", "rank", "title", "init", "initials", "surfirst",
    "caps", "firstinit", "typo",
}  # fmt: skip
OTHER_FORMS = {
    "ADDRESS/street", "AGE/digits", "AGE/words", "BASE/abbreviation", "BASE/base",
    "BASE/garrison", "DATE_OF_BIRTH/digits", "DATE_OF_BIRTH/words", "EMAIL/plain",
    "LOCATION/town", "NHS_NUMBER/digits", "NI_NUMBER/digits", "PHONE/digits", "PHONE/words",
    "POSTCODE/plain", "SERVICE_NUMBER/digits", "SERVICE_NUMBER/words", "UNIT/battalion",
    "UNIT/commando", "UNIT/formation", "UNIT/regiment", "UNIT/ship", "UNIT/squadron",
}  # fmt: skip
DECOY_KINDS = {
    "age_band", "count", "date", "file", "greet_all", "header", "helpline", "money",
    "place_word", "product", "rank", "role", "service", "signoff", "status", "system", "team",
    "time", "weekday", "word", "year",
}  # fmt: skip


def _records() -> list[dict]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def _run_generator(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, str(GENERATOR), *args],
        cwd=GENERATOR.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_when_corpus_is_hashed_then_it_matches_the_sha_in_source_md() -> None:
    pinned = re.search(r"SHA-256 of `corpus.jsonl`: `([0-9a-f]{64})`", SOURCE_MD.read_text())
    assert pinned is not None
    assert hashlib.sha256(CORPUS.read_bytes()).hexdigest() == pinned.group(1)


def test_when_generator_reruns_then_it_reproduces_the_corpus_byte_for_byte() -> None:
    assert _run_generator("--check").strip() == "corpus.jsonl reproduced"


def test_when_stats_are_printed_then_they_equal_the_counts_in_source_md() -> None:
    block = re.search(
        r"<!-- output of generate.py --stats -->\n```\n(.*?)\n```", SOURCE_MD.read_text(), re.S
    )
    assert block is not None
    assert _run_generator("--stats").strip() == block.group(1).strip()


def test_when_the_bench_loader_reads_it_then_every_document_is_kept() -> None:
    corpus = load_frozen(CORPUS)
    assert len(corpus) == len(_records()) == sum(STYLES.values())


def test_when_styles_are_counted_then_each_kind_of_paperwork_has_its_share() -> None:
    assert Counter(r["style"] for r in _records()) == Counter(STYLES)


def test_when_labels_are_gathered_then_every_type_form_and_decoy_kind_is_present() -> None:
    records = _records()
    forms = {f"{s['type']}/{s['form']}" for r in records for s in r["spans"]}
    assert {f"PERSON/{form}" for form in PERSON_FORMS} | OTHER_FORMS == forms
    assert {d["kind"] for r in records for d in r["decoys"]} == DECOY_KINDS
    assert {s["type"] for r in records for s in r["spans"]} == TYPES


def _inside(items: list[dict], text: str) -> bool:
    return all(0 <= x["start"] < x["end"] <= len(text) for x in items)


def _trimmed(items: list[dict], text: str) -> bool:
    return all(text[x["start"] : x["end"]] == text[x["start"] : x["end"]].strip() for x in items)


def _mentions_per_person(record: dict) -> Counter:
    return Counter(s["entity"] for s in record["spans"] if s["type"] == "PERSON")


CHECKS = {
    "span offsets inside the text": lambda r: _inside(r["spans"], r["text"]),
    "decoy offsets inside the text": lambda r: _inside(r["decoys"], r["text"]),
    "known types only": lambda r: all(s["type"] in TYPES for s in r["spans"]),
    "every span has a form": lambda r: all(s.get("form") for s in r["spans"]),
    "every PERSON has an entity": lambda r: all(
        s.get("entity") for s in r["spans"] if s["type"] == "PERSON"
    ),
    "only PERSON has an entity": lambda r: all(
        "entity" not in s for s in r["spans"] if s["type"] != "PERSON"
    ),
    "no label starts or ends in space": lambda r: _trimmed(r["spans"] + r["decoys"], r["text"]),
    "each person named 1 to 5 times": lambda r: max(_mentions_per_person(r).values()) <= 5,
    "30 to 400 words": lambda r: 30 <= len(r["text"].split()) <= 400,
    "format is txt": lambda r: r["format"] == "txt",
    "id in sequence": lambda r: re.fullmatch(r"heldout-h-\d{4}", r["id"]) is not None,
}


@pytest.mark.parametrize("check", sorted(CHECKS))
def test_when_each_record_is_checked_then_it_is_well_formed(check: str) -> None:
    broken = [r["id"] for r in _records() if not CHECKS[check](r)]
    assert broken == [], f"{check}: {broken[:5]}"


def test_when_ids_are_listed_then_they_run_in_order_from_one() -> None:
    ids = [r["id"] for r in _records()]
    assert ids == [f"heldout-h-{n:04d}" for n in range(1, len(ids) + 1)]


def test_when_spans_and_decoys_are_laid_out_then_none_overlap() -> None:
    for record in _records():
        marks = sorted((x["start"], x["end"]) for x in record["spans"] + record["decoys"])
        for (_, end), (start, _) in pairwise(marks):
            assert start >= end, record["id"]


def test_when_a_name_is_misspelt_then_the_person_was_named_with_the_surname_before() -> None:
    """A `typo` span is a surname its writer got wrong after writing it right."""
    for record in _records():
        seen: set[str] = set()
        for span in sorted(record["spans"], key=lambda s: s["start"]):
            if span["type"] != "PERSON":
                continue
            if span["form"] == "typo":
                assert span["entity"] in seen, record["id"]
            if span["form"] in {"full", "sur", "rank", "title", "init", "surfirst", "caps"}:
                seen.add(span["entity"])


def test_when_a_diarist_writes_names_then_some_are_in_lower_case() -> None:
    diary_names = [
        r["text"][s["start"] : s["end"]]
        for r in _records()
        if r["style"] == "diary"
        for s in r["spans"]
        if s["type"] == "PERSON"
    ]
    lower = [name for name in diary_names if name == name.lower()]
    assert len(lower) >= len(diary_names) // 5
