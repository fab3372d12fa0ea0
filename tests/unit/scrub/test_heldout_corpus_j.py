"""Held-out corpus J (transcripts as engines, meeting tools and vendors deliver them) stays
what SOURCE.md says.

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

CORPUS_DIR = Path(__file__).resolve().parents[2] / "data" / "scrub_heldout" / "j_machine"
CORPUS = CORPUS_DIR / "corpus.jsonl"
SOURCE_MD = CORPUS_DIR / "SOURCE.md"
GENERATOR = CORPUS_DIR / "source" / "generate.py"
TYPES = {
    "PERSON", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "LOCATION", "BASE", "UNIT", "AGE",
    "DATE_OF_BIRTH", "SERVICE_NUMBER",
}  # fmt: skip
STYLES = {"asr": 80, "meeting": 80, "verbatim": 80, "clean": 80, "focus": 80}
PERSON_FORMS = {
    "full", "first", "sur", "dim", "nick", "rank", "title", "init", "surfirst", "caps",
    "firstinit", "typo", "spell", "split",
}  # fmt: skip
OTHER_FORMS = {
    "ADDRESS/street", "AGE/digits", "AGE/words", "BASE/abbreviation", "BASE/base",
    "BASE/garrison", "DATE_OF_BIRTH/digits", "DATE_OF_BIRTH/words", "EMAIL/plain",
    "EMAIL/words", "LOCATION/town", "PHONE/digits", "PHONE/words", "POSTCODE/plain",
    "POSTCODE/words", "SERVICE_NUMBER/digits", "SERVICE_NUMBER/words", "UNIT/battalion",
    "UNIT/commando", "UNIT/formation", "UNIT/regiment", "UNIT/ship", "UNIT/squadron",
}  # fmt: skip
DECOY_KINDS = {
    "age_band", "count", "date", "file", "filler", "header", "money", "place_word", "product",
    "rank", "role", "score", "service", "system", "tag", "time", "timestamp", "weekday", "word",
    "year",
}  # fmt: skip
# Forms whose every word is part of the person's name (no rank, title or initial).
NAME_ONLY_FORMS = {
    "full", "first", "sur", "dim", "nick", "surfirst", "caps", "firstinit", "typo", "split",
}  # fmt: skip
SURNAME_FORMS = {"full", "sur", "rank", "title", "init", "surfirst", "caps", "split"}
# A turn opening with a speaker label that names a role, never a person.
ROLE_LINE = re.compile(
    r"^(?:\[[^\]\n]*\] )?(?P<label>SPEAKER_\d\d|spk_\d|Speaker \d|SPEAKER \d|INTERVIEWER|INT|IV|I|R"
    r"|Q|A|P\d+|Respondent(?: \d+)?|RESPONDENT|Interviewer|Participant|PARTICIPANT|Interviewee"
    r"|MODERATOR|Moderator|M|FACILITATOR|Facilitator|PARTNER|Partner)(?=:| \(| \[|  )",
    re.M,
)
MODERATORS = {"MODERATOR", "Moderator", "M", "FACILITATOR", "Facilitator"}


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


def test_when_styles_are_counted_then_each_way_of_delivering_a_transcript_has_its_share() -> None:
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
    "each person named 1 to 6 times": lambda r: max(_mentions_per_person(r).values()) <= 6,
    "40 to 450 words": lambda r: 40 <= len(r["text"].split()) <= 450,
    "format is txt": lambda r: r["format"] == "txt",
    "id in sequence": lambda r: re.fullmatch(r"heldout-j-\d{4}", r["id"]) is not None,
    "a spelling is single letters": lambda r: all(
        re.fullmatch(r"\w(?:[ -]\w)+", r["text"][s["start"] : s["end"]])
        for s in r["spans"]
        if s["form"] == "spell"
    ),
    "a split name is more than one word": lambda r: all(
        " " in r["text"][s["start"] : s["end"]] for s in r["spans"] if s["form"] == "split"
    ),
}


@pytest.mark.parametrize("check", sorted(CHECKS))
def test_when_each_record_is_checked_then_it_is_well_formed(check: str) -> None:
    broken = [r["id"] for r in _records() if not CHECKS[check](r)]
    assert broken == [], f"{check}: {broken[:5]}"


def test_when_ids_are_listed_then_they_run_in_order_from_one() -> None:
    ids = [r["id"] for r in _records()]
    assert ids == [f"heldout-j-{n:04d}" for n in range(1, len(ids) + 1)]


def test_when_spans_and_decoys_are_laid_out_then_none_overlap() -> None:
    for record in _records():
        marks = sorted((x["start"], x["end"]) for x in record["spans"] + record["decoys"])
        for (_, end), (start, _) in pairwise(marks):
            assert start >= end, record["id"]


def test_when_a_name_is_misheard_or_spelt_out_then_its_surname_was_said_before() -> None:
    """A `typo` or `spell` span follows a mention of its person that holds the surname."""
    for record in _records():
        seen: set[str] = set()
        for span in sorted(record["spans"], key=lambda s: s["start"]):
            if span["type"] != "PERSON":
                continue
            if span["form"] in ("typo", "spell"):
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


def test_when_a_turn_opens_with_a_role_label_then_the_label_is_a_role_decoy() -> None:
    """INTERVIEWER, Speaker 1, P3 identify no one: each is a decoy of kind `role` (or, as
    a header's field label such as `Interviewer:`, of kind `header`)."""
    for record in _records():
        roles = {d["start"] for d in record["decoys"] if d["kind"] in ("role", "header")}
        for line in ROLE_LINE.finditer(record["text"]):
            assert line.start("label") in roles, (record["id"], line.start("label"))


def _display_names(record: dict) -> list[dict]:
    """PERSON spans written as a meeting tool writes a speaker: the name, then a colon,
    a gap before the time, the time in brackets, or "'s iPhone"."""
    text = record["text"]
    return [
        s
        for s in record["spans"]
        if s["type"] == "PERSON"
        and (
            text[s["end"] : s["end"] + 2] in (": ", " (")
            or text[s["end"] : s["end"] + 3] == "   "
            or text.startswith("'s iPhone", s["end"])
        )
    ]


def test_when_meetings_label_turns_then_the_labels_are_people_named_the_same_each_time() -> None:
    """A meeting export's speaker labels are people's display names: PERSON spans, and one
    person's display name is the same text on every turn."""
    for record in (r for r in _records() if r["style"] == "meeting"):
        labels = _display_names(record)
        assert len(labels) >= 4, record["id"]
        shown: dict[str, set[str]] = {}
        for span in labels:
            shown.setdefault(span["entity"], set()).add(record["text"][span["start"] : span["end"]])
        assert all(len(texts) == 1 for texts in shown.values()), record["id"]


def _talk(record: dict) -> str:
    text = record["text"]
    for mark in sorted(record["decoys"], key=lambda d: -d["start"]):
        if mark["kind"] in ("role", "timestamp"):
            text = text[: mark["start"]] + text[mark["end"] :]
    return text


def test_when_asr_output_is_read_then_most_is_lower_case_with_numbers_in_words_and_digits() -> None:
    """The engine's own labels (Speaker 1, SPEAKER_01) keep their case; the talk does not."""
    asr = [r for r in _records() if r["style"] == "asr"]
    lowered = [r for r in asr if _talk(r) == _talk(r).lower()]
    assert len(lowered) >= len(asr) // 2
    numbers = Counter(
        s["form"] for r in asr for s in r["spans"] if s["type"] in ("PHONE", "SERVICE_NUMBER")
    )
    assert numbers["words"] > 0 and numbers["digits"] > 0


def test_when_focus_groups_are_read_then_each_has_four_to_eight_voices() -> None:
    for record in (r for r in _records() if r["style"] == "focus"):
        voices = {
            line.split(": ", 1)[0]
            for line in record["text"].splitlines()
            if ": " in line and not line.startswith("Date:")
        }
        assert 4 <= len(voices - MODERATORS) <= 8, record["id"]
