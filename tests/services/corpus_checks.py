"""The checks every labelled scrub corpus test makes, written once.

Each corpus's test file says what is particular to it (its folder, styles, types, forms,
decoy kinds and limits) and calls these; what a corpus must be (reproducible, pinned by
SOURCE.md, well formed, its labels non-empty, trimmed and disjoint) is the same for all, so a
fix to a check reaches every corpus at once instead of one copy of it.

Held-out corpora (tests/data/scrub_heldout/*) are rebuilt by running their generator as a
script; the tuning corpora (tests/data/scrub_dev*) by loading it and calling ``build()``.
HeldoutCorpusTests and TuningCorpusTests hold the shared tests themselves: a corpus's test
file subclasses one with its HeldoutCorpus or TuningCorpus, so no test is written twice.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import re
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pytest
from corpus_files import corpus_documents, corpus_generator

from sealflow.scrub.evaluation.frozen import load_frozen

RecordCheck = Callable[[dict], bool]


def mark_value(doc: dict, mark: dict) -> str:
    """The text a span or decoy covers."""
    return doc["text"][mark["start"] : mark["end"]]


def span_values(documents: list[dict], kind: str, form: str | None = None) -> list[str]:
    """Every labelled value of one type (and of one form, when given)."""
    return [
        mark_value(doc, s)
        for doc in documents
        for s in doc["spans"]
        if s["type"] == kind and form in (None, s["form"])
    ]


def _person_mentions(record: dict) -> Counter:
    return Counter(s["entity"] for s in record["spans"] if s["type"] == "PERSON")


# Held-out corpora: a generator script with --check and --stats, a SHA-256 pinned in SOURCE.md.


def run_generator(folder: Path, *args: str) -> str:
    """What ``source/generate.py ARGS`` prints, run as its own process in its own folder."""
    generator = folder / "source" / "generate.py"
    done = subprocess.run(
        [sys.executable, str(generator), *args],
        cwd=generator.parent,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def assert_sha_pinned_in_source_md(folder: Path) -> None:
    source_md = (folder / "SOURCE.md").read_text()
    pinned = re.search(r"SHA-256 of `corpus.jsonl`: `([0-9a-f]{64})`", source_md)
    assert pinned is not None
    assert hashlib.sha256((folder / "corpus.jsonl").read_bytes()).hexdigest() == pinned.group(1)


def assert_generator_reproduces_corpus(folder: Path) -> None:
    assert run_generator(folder, "--check").strip() == "corpus.jsonl reproduced"


def assert_stats_match_source_md(folder: Path) -> None:
    block = re.search(
        r"<!-- output of generate.py --stats -->\n```\n(.*?)\n```",
        (folder / "SOURCE.md").read_text(),
        re.S,
    )
    assert block is not None
    assert run_generator(folder, "--stats").strip() == block.group(1).strip()


def assert_bench_loader_keeps_every_document(
    folder: Path, records: list[dict], styles: dict[str, int]
) -> None:
    corpus = load_frozen(folder / "corpus.jsonl")
    assert len(corpus) == len(records) == sum(styles.values())


def assert_styles_have_their_share(records: list[dict], styles: dict[str, int]) -> None:
    assert Counter(r["style"] for r in records) == Counter(styles)


def assert_every_label_present(
    records: list[dict],
    types: set[str],
    person_forms: set[str],
    other_forms: set[str],
    decoy_kinds: set[str],
) -> None:
    """Every type, PERSON form, other TYPE/form and decoy kind is used, and nothing else."""
    forms = {f"{s['type']}/{s['form']}" for r in records for s in r["spans"]}
    assert {f"PERSON/{form}" for form in person_forms} | other_forms == forms
    assert {d["kind"] for r in records for d in r["decoys"]} == decoy_kinds
    assert {s["type"] for r in records for s in r["spans"]} == types


def _inside(items: list[dict], text: str) -> bool:
    return all(0 <= x["start"] < x["end"] <= len(text) for x in items)


def _trimmed(items: list[dict], text: str) -> bool:
    return all(text[x["start"] : x["end"]] == text[x["start"] : x["end"]].strip() for x in items)


def record_checks(
    types: set[str], letter: str, most_mentions: int, words: tuple[int, int]
) -> dict[str, RecordCheck]:
    """The per-record checks of a held-out corpus, by the name its test is parametrised with:
    ``letter`` is the one in its ids (``heldout-f-0001``), ``words`` the least and most a
    document holds."""
    least_words, most_words = words
    return {
        "span offsets inside the text": lambda r: _inside(r["spans"], r["text"]),
        "decoy offsets inside the text": lambda r: _inside(r["decoys"], r["text"]),
        "known types only": lambda r: all(s["type"] in types for s in r["spans"]),
        "every span has a form": lambda r: all(s.get("form") for s in r["spans"]),
        "every PERSON has an entity": lambda r: all(
            s.get("entity") for s in r["spans"] if s["type"] == "PERSON"
        ),
        "only PERSON has an entity": lambda r: all(
            "entity" not in s for s in r["spans"] if s["type"] != "PERSON"
        ),
        "no label starts or ends in space": lambda r: _trimmed(r["spans"] + r["decoys"], r["text"]),
        f"each person named 1 to {most_mentions} times": lambda r: (
            max(_person_mentions(r).values()) <= most_mentions
        ),
        f"{least_words} to {most_words} words": lambda r: (
            least_words <= len(r["text"].split()) <= most_words
        ),
        "format is txt": lambda r: r["format"] == "txt",
        "id in sequence": lambda r: re.fullmatch(rf"heldout-{letter}-\d{{4}}", r["id"]) is not None,
    }


def assert_every_record_passes(
    records: list[dict], checks: dict[str, RecordCheck], check: str
) -> None:
    broken = [r["id"] for r in records if not checks[check](r)]
    assert broken == [], f"{check}: {broken[:5]}"


def assert_ids_run_from_one(records: list[dict], letter: str) -> None:
    ids = [r["id"] for r in records]
    assert ids == [f"heldout-{letter}-{n:04d}" for n in range(1, len(ids) + 1)]


def assert_no_labels_overlap(records: list[dict]) -> None:
    for record in records:
        marks = sorted((x["start"], x["end"]) for x in record["spans"] + record["decoys"])
        for (_, end), (start, _) in itertools.pairwise(marks):
            assert start >= end, record["id"]


def assert_late_forms_follow_a_naming(
    records: list[dict], late_forms: Iterable[str], naming_forms: set[str] | None
) -> None:
    """A span of a ``late_forms`` form (a misspelt or spelt-out surname) comes after a
    mention of its person in one of ``naming_forms`` (any PERSON form when None)."""
    late = set(late_forms)
    for record in records:
        seen: set[str] = set()
        for span in sorted(record["spans"], key=lambda s: s["start"]):
            if span["type"] != "PERSON":
                continue
            if span["form"] in late:
                assert span["entity"] in seen, record["id"]
            if naming_forms is None or span["form"] in naming_forms:
                seen.add(span["entity"])


def unlabelled_name_words(record: dict, name_only_forms: set[str]) -> list[str]:
    """Words (of three letters or more) of the record's names in ``name_only_forms`` that
    stand in its text outside every span and decoy."""
    text = record["text"]
    covered = [False] * len(text)
    for mark in record["spans"] + record["decoys"]:
        covered[mark["start"] : mark["end"]] = [True] * (mark["end"] - mark["start"])
    words = {
        word.lower()
        for s in record["spans"]
        if s["type"] == "PERSON" and s["form"] in name_only_forms
        for word in re.findall(r"[^\W\d_][\w'-]*", text[s["start"] : s["end"]])
        if len(word) >= 3
    }
    return [
        match.group()
        for word in words
        for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I)
        if not any(covered[match.start() : match.end()])
    ]


def assert_no_name_word_stands_unlabelled(records: list[dict], name_only_forms: set[str]) -> None:
    """Recall is only fair if every mention is labelled: a name word outside a label is a
    mention the corpus forgot (or an ordinary word it should have marked as a decoy)."""
    stray = {
        r["id"]: words for r in records if (words := unlabelled_name_words(r, name_only_forms))
    }
    assert stray == {}


def assert_a_fifth_of_names_lower_case(
    records: list[dict], style: str, skip_forms: frozenset[str] = frozenset()
) -> None:
    """At least a fifth of the PERSON values of one style (but ``skip_forms``) are lower case."""
    names = [
        mark_value(r, s)
        for r in records
        if r["style"] == style
        for s in r["spans"]
        if s["type"] == "PERSON" and s["form"] not in skip_forms
    ]
    lower = [name for name in names if name == name.lower()]
    assert len(lower) >= len(names) // 5


# Tuning corpora: a generator module with build(), the corpus's SHA-256 written in SOURCE.md.


def assert_generator_rebuilds_committed_corpus(folder: Path) -> None:
    committed = hashlib.sha256((folder / "corpus.jsonl").read_bytes()).hexdigest()
    rebuilt = hashlib.sha256(corpus_generator(folder).build().encode("utf-8")).hexdigest()
    assert rebuilt == committed
    assert committed in (folder / "SOURCE.md").read_text(encoding="utf-8")


def assert_lines_canonical_and_styles_even(
    folder: Path,
    documents: list[dict],
    styles: dict[str, int],
    keys: set[str] | None = None,
) -> None:
    """Ids run ``<folder name>-0001`` up; each line is its document's sorted-key JSON, of
    format txt (with exactly ``keys``, when given); each style has its count."""
    prefix = folder.name.removeprefix("scrub_")
    count = sum(styles.values())
    assert [doc["id"] for doc in documents] == [f"{prefix}-{n:04d}" for n in range(1, count + 1)]
    for line in (folder / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        assert line == json.dumps(doc, ensure_ascii=False, sort_keys=True)
        assert doc["format"] == "txt"
        if keys is not None:
            assert set(doc) == keys
    assert Counter(doc["style"] for doc in documents) == styles


def assert_marks_non_empty_trimmed_and_disjoint(documents: list[dict]) -> None:
    for doc in documents:
        marks = doc["spans"] + doc["decoys"]
        for mark in marks:
            value = mark_value(doc, mark)
            assert value and value == value.strip(), (doc["id"], mark)
        ordered = sorted((mark["start"], mark["end"]) for mark in marks)
        for (_, end), (start, _) in itertools.pairwise(ordered):
            assert end <= start, (doc["id"], start)


def assert_spans_claimed(
    documents: list[dict], forms: dict[str, set[str]], decoy_kinds: set[str] | None = None
) -> None:
    """Each span's form is one its type claims, only PERSON spans have an entity, and (when
    ``decoy_kinds`` is given) each decoy's kind is one of them."""
    for doc in documents:
        for span in doc["spans"]:
            assert span["form"] in forms[span["type"]], (doc["id"], span)
            assert ("entity" in span) == (span["type"] == "PERSON"), (doc["id"], span)
        if decoy_kinds is None:
            continue
        for decoy in doc["decoys"]:
            assert decoy["kind"] in decoy_kinds, (doc["id"], decoy)


def assert_people_mentioned(documents: list[dict], least_people: int, repeated: float) -> None:
    """At least ``least_people`` people, each named one to six times in their document, and
    at least the share ``repeated`` of them more than once."""
    mentions = [n for doc in documents for n in _person_mentions(doc).values()]
    assert len(mentions) >= least_people
    assert max(mentions) <= 6
    assert sum(n >= 2 for n in mentions) >= repeated * len(mentions)


def assert_no_name_given_to_two_people(documents: list[dict]) -> None:
    """Two people in one document never share a name or short form, with or without its
    full stops (a rank alone is no name)."""
    for doc in documents:
        owner: dict[str, str] = {}
        for span in doc["spans"]:
            if span["type"] == "PERSON" and span["form"] != "rank":
                value = " ".join(mark_value(doc, span).lower().replace(".", "").split())
                assert owner.setdefault(value, span["entity"]) == span["entity"], doc["id"]


def assert_no_name_word_left_unlabelled(
    documents: list[dict], rank_words: set[str], word: str = r"[^\W\d_]+(?:'[^\W\d_]+)*"
) -> None:
    """A decoy is never a word or the initials of a name in its document, and no ``word`` of
    anyone's name stands unlabelled there; ``rank_words`` ('Cpl', 'Mrs') are not names."""
    for doc in documents:
        text = doc["text"]
        covered: set[int] = set()
        for mark in doc["spans"] + doc["decoys"]:
            covered.update(range(mark["start"], mark["end"]))
        names = {
            part.lower()
            for span in doc["spans"]
            if span["type"] == "PERSON"
            for part in re.split(r"[\s.,/-]+", mark_value(doc, span))
            if len(part) > 1 and part.lower() not in rank_words
        }
        for found in re.finditer(word, text):
            if found.start() not in covered:
                assert found.group().lower() not in names, (doc["id"], found.start())
        for decoy in doc["decoys"]:
            parts = re.split(r"[\s.,/-]+", mark_value(doc, decoy).lower())
            assert not names.intersection(parts), (doc["id"], decoy)


def assert_type_has_a_hundred_and_each_form_thirty(
    documents: list[dict], forms: dict[str, set[str]], kind: str
) -> None:
    counts = Counter(s["form"] for doc in documents for s in doc["spans"] if s["type"] == kind)
    assert sum(counts.values()) >= 100, (kind, counts)
    assert set(counts) == forms[kind]
    assert min(counts.values()) >= 30, (kind, counts)


def assert_decoy_kind_has_thirty(
    documents: list[dict], decoy_kinds: Iterable[str], kind: str
) -> None:
    kinds = Counter(d["kind"] for doc in documents for d in doc["decoys"])
    assert kinds[kind] >= 30, (kind, kinds[kind])
    assert set(kinds) == set(decoy_kinds)


def assert_about_half_lower_case(
    documents: list[dict], style: str, letters_only: bool = False
) -> None:
    """A quarter to four fifths of one style's PERSON values are lower case (counting only
    values with a letter in them, when ``letters_only``)."""
    names = [
        mark_value(doc, s)
        for doc in documents
        if doc["style"] == style
        for s in doc["spans"]
        if s["type"] == "PERSON"
        and (not letters_only or any(c.isalpha() for c in mark_value(doc, s)))
    ]
    lower = sum(name == name.lower() for name in names)
    assert 0.25 * len(names) <= lower <= 0.8 * len(names), (style, lower, len(names))


@dataclass(frozen=True)
class HeldoutCorpus:
    """What a held-out corpus's test file says of it, for HeldoutCorpusTests."""

    folder: Path
    styles: dict[str, int]
    types: set[str]
    person_forms: set[str]
    other_forms: set[str]
    decoy_kinds: set[str]
    well_formed: dict[str, RecordCheck]  # record_checks(...) and the corpus's own


def corpus_fixture(folder: Path, name: str = "records"):
    """A module-scoped fixture ``name`` holding the documents of the corpus in ``folder``, for
    the tests a corpus's file keeps beside its HeldoutCorpusTests or TuningCorpusTests class."""

    @pytest.fixture(scope="module", name=name)
    def documents() -> list[dict]:
        return corpus_documents(folder)

    return documents


class HeldoutCorpusTests:
    """The tests every held-out corpus shares: a test file subclasses this (as ``Test...``)
    and sets ``corpus``; its own tests stay beside the class. pytest calls the class's
    pytest_generate_tests, so each corpus's own checks name its parametrised cases."""

    corpus: HeldoutCorpus

    def pytest_generate_tests(self, metafunc: pytest.Metafunc) -> None:
        if "check" in metafunc.fixturenames:
            metafunc.parametrize("check", sorted(self.corpus.well_formed))

    @pytest.fixture(scope="class")
    @classmethod
    def records(cls) -> list[dict]:
        return corpus_documents(cls.corpus.folder)

    def test_when_corpus_is_hashed_then_it_matches_the_sha_in_source_md(self) -> None:
        assert_sha_pinned_in_source_md(self.corpus.folder)

    def test_when_generator_reruns_then_it_reproduces_the_corpus_byte_for_byte(self) -> None:
        assert_generator_reproduces_corpus(self.corpus.folder)

    def test_when_stats_are_printed_then_they_equal_the_counts_in_source_md(self) -> None:
        assert_stats_match_source_md(self.corpus.folder)

    def test_when_the_bench_loader_reads_it_then_every_document_is_kept(self, records) -> None:
        assert_bench_loader_keeps_every_document(self.corpus.folder, records, self.corpus.styles)

    def test_when_styles_are_counted_then_each_has_its_share(self, records) -> None:
        assert_styles_have_their_share(records, self.corpus.styles)

    def test_when_labels_are_gathered_then_every_type_form_and_decoy_kind_is_present(
        self, records
    ) -> None:
        assert_every_label_present(
            records,
            self.corpus.types,
            self.corpus.person_forms,
            self.corpus.other_forms,
            self.corpus.decoy_kinds,
        )

    def test_when_each_record_is_checked_then_it_is_well_formed(self, records, check) -> None:
        assert_every_record_passes(records, self.corpus.well_formed, check)

    def test_when_spans_and_decoys_are_laid_out_then_none_overlap(self, records) -> None:
        assert_no_labels_overlap(records)


class HeldoutCorpusInOrderTests(HeldoutCorpusTests):
    """HeldoutCorpusTests, and ids that run from ``heldout-<letter>-0001`` without a gap (the
    corpora from H on promise that)."""

    def test_when_ids_are_listed_then_they_run_in_order_from_one(self, records) -> None:
        assert_ids_run_from_one(records, self.corpus.folder.name.split("_")[0])


# Forms whose every word is part of the person's name (no rank, title or initial), and the
# forms that hold the surname, as corpora N on name them.
NAME_ONLY_FORMS = {"full", "first", "sur", "dim", "nick", "surfirst", "caps", "firstinit", "typo"}
SURNAME_FORMS = {"full", "sur", "rank", "title", "init", "surfirst", "caps"}
# A transcript turn opening with a speaker label that names a role, never a person.
INTERVIEW_ROLE_LINE = re.compile(
    r"^(?:\[[\d:]+\] )?(?P<label>INTERVIEWER|PARTICIPANT|INT|IV|RES|I|R|Q|A|P\d+"
    r"|Interviewer|Respondent)(?=: )",
    re.M,
)
TRANSCRIPT_FORMATS = {"txt", "vtt", "srt"}


def transcript_record_checks(types: set[str], letter: str) -> dict[str, RecordCheck]:
    """record_checks for a corpus of documents, some of them WebVTT or SRT transcripts, that
    names people by bare initials (corpora N on)."""
    return {
        **{
            name: check
            for name, check in record_checks(
                types, letter, most_mentions=6, words=(25, 600)
            ).items()
            if name != "format is txt"
        },
        "format is txt, vtt or srt": lambda r: r["format"] in TRANSCRIPT_FORMATS,
        "bare initials are two or three capitals": lambda r: all(
            re.fullmatch(r"[A-ZÁÉÍÓÚŁ]{2,3}", r["text"][s["start"] : s["end"]])
            for s in r["spans"]
            if s["form"] == "initials"
        ),
    }


def nhs_check_digit_holds(number: str) -> bool:
    """Ten digits (3-3-4, spaced, hyphenated or plain) whose modulus-11 check digit is right."""
    digits = re.sub(r"[ -]", "", number)
    if not re.fullmatch(r"\d{10}", digits):
        return False
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(digits[:9])) % 11
    return int(digits[9]) == check % 11


class TranscriptCorpusTests(HeldoutCorpusInOrderTests):
    """HeldoutCorpusInOrderTests and what corpora N on promise of their transcripts, names and
    action owners. ``transcript_style`` is the style of the turns labelled by ``role_line``
    and of every WebVTT and SRT file; ``action_styles`` are the styles whose ``Action:`` lines
    name an owner; the name forms are those the corpus labels."""

    transcript_style = "interview"
    role_line: re.Pattern[str] = INTERVIEW_ROLE_LINE
    action_styles: tuple[str, ...] = ("minutes",)
    name_only_forms: set[str] = NAME_ONLY_FORMS
    surname_forms: set[str] = SURNAME_FORMS

    def test_when_a_surname_is_misspelt_then_the_person_was_named_with_it_before(
        self, records
    ) -> None:
        """A `typo` span follows a mention of its person that holds the surname."""
        assert_late_forms_follow_a_naming(records, ("typo",), self.surname_forms)

    def test_when_a_person_is_named_then_no_word_of_the_name_stands_unlabelled_elsewhere(
        self, records
    ) -> None:
        assert_no_name_word_stands_unlabelled(records, self.name_only_forms)

    def test_when_a_turn_opens_with_a_role_label_then_the_label_is_a_role_decoy(
        self, records
    ) -> None:
        """INT, R, Interviewer, P07 identify no one: each is a decoy of kind `role` (or, as a
        header's field label such as `Interviewer:`, of kind `header`)."""
        for record in (r for r in records if r["style"] == self.transcript_style):
            roles = {d["start"] for d in record["decoys"] if d["kind"] in ("role", "header")}
            for line in self.role_line.finditer(record["text"]):
                assert line.start("label") in roles, (record["id"], line.start("label"))

    def test_when_a_transcript_is_webvtt_or_srt_then_it_is_laid_out_as_one(self, records) -> None:
        """WebVTT opens with its header and times cues with full stops; SRT numbers its cues
        and uses commas; both are of the transcript style, and each cue's times are timestamp
        decoys."""
        cue = {"vtt": r"\d\d:\d\d:\d\d\.\d{3} --> ", "srt": r"\d\d:\d\d:\d\d,\d{3} --> "}
        files = [r for r in records if r["format"] != "txt"]
        assert {r["format"] for r in files} == {"vtt", "srt"}
        for record in files:
            text = record["text"]
            assert record["style"] == self.transcript_style, record["id"]
            opening = "WEBVTT\n\n" if record["format"] == "vtt" else "1\n"
            assert text.startswith(opening), record["id"]
            times = [m.start() for m in re.finditer(cue[record["format"]], text)]
            stamps = {d["start"] for d in record["decoys"] if d["kind"] == "timestamp"}
            assert times and set(times) <= stamps, record["id"]

    def test_when_a_voice_tag_holds_a_name_then_it_is_a_person_span(self, records) -> None:
        """`<v Name>` names a speaker: the name is a PERSON span, a role (`<v Interviewer>`) a
        role decoy."""
        for record in (r for r in records if r["format"] == "vtt"):
            marks = {(m["start"], m["end"]): m for m in record["spans"] + record["decoys"]}
            for tag in re.finditer(r"<v ([^>]+)>", record["text"]):
                mark = marks.get(tag.span(1))
                assert mark is not None, (record["id"], tag.start())
                assert mark.get("type") == "PERSON" or mark.get("kind") == "role", record["id"]

    def test_when_an_action_line_names_an_owner_then_the_owner_is_a_person_span(
        self, records
    ) -> None:
        """`Action: JT` names a person by initials (or a name): never left unlabelled."""
        for record in (r for r in records if r["style"] in self.action_styles):
            starts = {s["start"] for s in record["spans"] if s["type"] == "PERSON"}
            for action in re.finditer(r"Action: (\S)", record["text"]):
                assert action.start(1) in starts, (record["id"], action.start(1))

    def test_when_an_nhs_number_is_labelled_then_its_check_digit_holds(self, records) -> None:
        """NHS numbers are synthetic but well formed (no corpus without them fails this)."""
        for record in records:
            for span in (s for s in record["spans"] if s["type"] == "NHS_NUMBER"):
                number = record["text"][span["start"] : span["end"]]
                assert nhs_check_digit_holds(number), record["id"]


@dataclass(frozen=True)
class TuningCorpus:
    """What a tuning corpus's test file says of it, for TuningCorpusTests."""

    folder: Path
    styles: dict[str, int]
    forms: dict[str, set[str]]
    decoy_kinds: list[str] | set[str]
    least_people: int
    repeated: float  # the least share of people named more than once in their document
    keys: set[str] | None = None  # every document's keys, where the corpus pins them
    claim_decoy_kinds: bool = True  # each decoy's kind is checked against decoy_kinds too
    name_word: str = r"[^\W\d_]+(?:'[^\W\d_]+)*"  # a word that may be (part of) a name


class TuningCorpusTests:
    """The tests every tuning corpus (scrub_dev8 on) shares: a test file subclasses this (as
    ``Test...``) and sets ``corpus``; its own tests stay beside it. The span types and decoy
    kinds parametrise the counting tests per corpus (pytest_generate_tests)."""

    corpus: TuningCorpus

    def pytest_generate_tests(self, metafunc: pytest.Metafunc) -> None:
        if "span_type" in metafunc.fixturenames:
            metafunc.parametrize("span_type", sorted(self.corpus.forms))
        if "decoy_kind" in metafunc.fixturenames:
            kinds = self.corpus.decoy_kinds
            metafunc.parametrize("decoy_kind", kinds if isinstance(kinds, list) else sorted(kinds))

    @pytest.fixture(scope="class")
    @classmethod
    def documents(cls) -> list[dict]:
        return corpus_documents(cls.corpus.folder)

    def test_when_generator_runs_then_its_sha256_is_the_committed_corpus_and_source_md(
        self,
    ) -> None:
        assert_generator_rebuilds_committed_corpus(self.corpus.folder)

    def test_when_corpus_is_read_then_ids_are_unique_keys_sorted_and_styles_even(
        self, documents
    ) -> None:
        assert_lines_canonical_and_styles_even(
            self.corpus.folder, documents, self.corpus.styles, self.corpus.keys
        )

    def test_when_marks_are_read_then_each_is_non_empty_trimmed_and_none_overlap(
        self, documents
    ) -> None:
        assert_marks_non_empty_trimmed_and_disjoint(documents)

    def test_when_a_span_is_read_then_its_type_and_form_are_claimed_and_only_people_have_entities(
        self, documents
    ) -> None:
        kinds = set(self.corpus.decoy_kinds) if self.corpus.claim_decoy_kinds else None
        assert_spans_claimed(documents, self.corpus.forms, kinds)

    def test_when_people_are_counted_then_each_is_mentioned_one_to_six_times(
        self, documents
    ) -> None:
        assert_people_mentioned(documents, self.corpus.least_people, self.corpus.repeated)

    def test_when_two_people_share_a_document_then_no_name_or_short_form_is_given_to_both(
        self, documents
    ) -> None:
        assert_no_name_given_to_two_people(documents)

    def test_when_a_person_is_named_then_no_word_of_their_name_is_left_unlabelled(
        self, documents
    ) -> None:
        rank_words = corpus_generator(self.corpus.folder).RANK_WORDS
        assert_no_name_word_left_unlabelled(documents, rank_words, self.corpus.name_word)

    def test_when_corpus_is_counted_then_every_type_has_a_hundred_and_every_form_thirty(
        self, documents, span_type
    ) -> None:
        assert_type_has_a_hundred_and_each_form_thirty(documents, self.corpus.forms, span_type)

    def test_when_decoys_are_counted_then_each_kind_is_there(self, documents, decoy_kind) -> None:
        assert_decoy_kind_has_thirty(documents, self.corpus.decoy_kinds, decoy_kind)
