"""Held-out corpus I (news, forums, feedback, bulletins and blogs) stays what SOURCE.md says.

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

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "i_public"
CORPUS = CORPUS_DIR / "corpus.jsonl"
SOURCE_MD = CORPUS_DIR / "SOURCE.md"
GENERATOR = CORPUS_DIR / "source" / "generate.py"
TYPES = {
    "PERSON", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "LOCATION", "BASE", "UNIT", "AGE",
    "DATE_OF_BIRTH", "SERVICE_NUMBER", "NI_NUMBER", "NHS_NUMBER",
}  # fmt: skip
STYLES = {"news": 80, "forum": 80, "feedback": 80, "bulletin": 80, "blog": 80}
PERSON_FORMS = {
    "full", "first", "sur", "dim", "nick", "rank", "title", "init", "surfirst", "caps",
    "firstinit", "typo", "handle",
}  # fmt: skip
OTHER_FORMS = {
    "ADDRESS/street", "AGE/digits", "AGE/words", "BASE/abbreviation", "BASE/base",
    "BASE/garrison", "DATE_OF_BIRTH/digits", "DATE_OF_BIRTH/words", "EMAIL/plain",
    "LOCATION/town", "NHS_NUMBER/digits", "NI_NUMBER/digits", "PHONE/digits", "PHONE/words",
    "POSTCODE/plain", "SERVICE_NUMBER/digits", "SERVICE_NUMBER/words", "UNIT/battalion",
    "UNIT/commando", "UNIT/formation", "UNIT/regiment", "UNIT/ship", "UNIT/squadron",
}  # fmt: skip
DECOY_KINDS = {
    "age_band", "club", "count", "date", "event", "file", "greet_all", "header", "helpline",
    "money", "place_word", "product", "rank", "role", "score", "service", "signoff", "status",
    "system", "team", "time", "weekday", "word", "year",
}  # fmt: skip
# Forms whose every word is part of the person's name (no rank, title or initial).
NAME_ONLY_FORMS = {"full", "first", "sur", "dim", "nick", "surfirst", "caps", "firstinit", "typo"}
SURNAME_FORMS = {"full", "sur", "rank", "title", "init", "surfirst", "caps"}


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


def test_when_styles_are_counted_then_each_kind_of_public_writing_has_its_share() -> None:
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
    "id in sequence": lambda r: re.fullmatch(r"heldout-i-\d{4}", r["id"]) is not None,
    "a handle is one word": lambda r: all(
        re.fullmatch(r"\S+", r["text"][s["start"] : s["end"]])
        for s in r["spans"]
        if s["form"] == "handle"
    ),
}


@pytest.mark.parametrize("check", sorted(CHECKS))
def test_when_each_record_is_checked_then_it_is_well_formed(check: str) -> None:
    broken = [r["id"] for r in _records() if not CHECKS[check](r)]
    assert broken == [], f"{check}: {broken[:5]}"


def test_when_ids_are_listed_then_they_run_in_order_from_one() -> None:
    ids = [r["id"] for r in _records()]
    assert ids == [f"heldout-i-{n:04d}" for n in range(1, len(ids) + 1)]


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
            if span["form"] in SURNAME_FORMS:
                seen.add(span["entity"])


def _unlabelled_name_words(record: dict) -> list[str]:
    text = record["text"]
    covered = [False] * len(text)
    for mark in record["spans"] + record["decoys"]:
        covered[mark["start"] : mark["end"]] = [True] * (mark["end"] - mark["start"])
    words = {
        word.lower()
        for s in record["spans"]
        if s["type"] == "PERSON" and s["form"] in NAME_ONLY_FORMS
        for word in re.findall(r"[^\W\d_][\w'-]*", text[s["start"] : s["end"]])
        if len(word) >= 3
    }
    return [
        match.group()
        for word in words
        for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I)
        if not any(covered[match.start() : match.end()])
    ]


def test_when_a_person_is_named_then_no_word_of_the_name_stands_unlabelled_elsewhere() -> None:
    """Recall is only fair if every mention is labelled: a name word outside a label is a
    mention the corpus forgot (or an ordinary word it should have marked as a decoy)."""
    stray = {r["id"]: words for r in _records() if (words := _unlabelled_name_words(r))}
    assert stray == {}


def test_when_forum_posts_name_people_then_some_are_in_lower_case() -> None:
    forum_names = [
        r["text"][s["start"] : s["end"]]
        for r in _records()
        if r["style"] == "forum"
        for s in r["spans"]
        if s["type"] == "PERSON" and s["form"] != "handle"
    ]
    lower = [name for name in forum_names if name == name.lower()]
    assert len(lower) >= len(forum_names) // 5
