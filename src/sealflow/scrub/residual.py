"""The residual scan: a second, stricter pass over scrubbed outputs that must find nothing.

Stricter than the first pass: every recognizer at a lower threshold (scrub.residual_threshold),
the deny list, every value the first pass replaced (read from the workspace, never
written outside it) and any name word left beside a person's placeholder (name_edges.py);
the closed loop removes the last two by the same rules. Placeholders are neutralised first
so they are not read as names. Any hit is reported (type, place, recognizer; no value) and
fails the certification gate.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sealflow.errors import DocumentError
from sealflow.scrub.batch import chunks, list_documents, map_chunks
from sealflow.scrub.detect import PROPAGATED, Detection
from sealflow.scrub.document import Segment, joined
from sealflow.scrub.engine import get_engine
from sealflow.scrub.formats import read_document
from sealflow.scrub.name_edges import words_beside_placeholders
from sealflow.scrub.phrases import PhraseMatcher
from sealflow.scrub.recognizers.spoken_numbers import cardinal_value
from sealflow.scrub.scrubber import detect_all
from sealflow.scrub.settings import ScrubSettings
from sealflow.scrub.table import read_table
from sealflow.scrub.wordlists import WordLists

PLACEHOLDER_RE = re.compile(r"\[[A-Z][A-Z_]*(?:-\d+)?\]")
REPLACED_VALUE = "REPLACED_VALUE"
NAME_BESIDE = "name_beside_placeholder"


def blank_placeholders(text: str) -> str:
    """Each placeholder becomes "One" padded to its length: offsets stay, and the words
    around it read as they did beside the name (a blank would turn "with [PERSON-1]. Phone"
    into "with Phone", which looks like a name after "with"). It keeps its capital, as the
    name had one: a transcript whose names are all placeholders must not read as writing
    in lower case, where every rare word may be a name."""
    return PLACEHOLDER_RE.sub(lambda m: "One".ljust(len(m.group(0))), text)


def _inside_placeholder(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def identifying_values(replaced_values: Iterable[str], settings: ScrubSettings) -> list[str]:
    """Values worth searching for again: not single ordinary or allowed words, 3+ characters,
    not a number under a thousand.

    A single ordinary word replaced somewhere (a false positive of the first pass) would
    otherwise fail the gate wherever the word occurs; a name, number or phrase is kept. A
    small number ("forty-three", "101") identifies only beside its cue (an exact age): the
    same words elsewhere are a count ("forty-three minutes"), so it is never searched for.
    """
    words = settings.wordlists()
    kept = []
    for value in replaced_values:
        value = value.strip()
        number = cardinal_value(value)
        if len(value) < 3 or (number is not None and number < 1000):
            continue
        lower = value.lower()
        if re.fullmatch(r"[A-Za-z'’]+", value) and (
            words.is_allowed(value)
            or lower in words.ambiguous
            or (words.is_common_word(lower) and lower not in words.first_names)
            or words.looks_misspelt(lower)
        ):
            continue
        kept.append(value)
    return kept


_ONE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def stands_as_value(found: str, words: WordLists) -> bool:
    """Whether a study value found again in scrubbed text stands there as the value.

    A one-word value that is also an ordinary word (the first name "Mickey") stands only
    where it is capitalised like a name: "takes the mickey" is an idiom, not the person.
    The closed loop replaces, and the residual scan reports, exactly these matches
    (study_value_matches), so nothing the loop leaves is a REPLACED_VALUE hit.
    """
    if not _ONE_WORD.fullmatch(found):
        return True
    lower = found.lower()
    if not (words.is_common_word(lower) or lower in words.ambiguous):
        return True
    return found[:1].isupper()


def study_value_matches(
    matcher: PhraseMatcher, blanked: str, words: WordLists
) -> Iterator[re.Match[str]]:
    """The study's values standing in a document's text (placeholders blanked)."""
    for match in matcher.finditer(blanked):
        if stands_as_value(match.group(0), words):
            yield match


def _outside_placeholders(
    text: str, placeholders: Sequence[tuple[int, int]], start: int, end: int
) -> str:
    """The part of ``text[start:end]`` that is not a placeholder."""
    kept = []
    cursor = start
    for p_start, p_end in placeholders:
        if p_end <= cursor or p_start >= end:
            continue
        kept.append(text[cursor:p_start])
        cursor = max(cursor, p_end)
    kept.append(text[cursor:end])
    return " ".join(kept)


def _only_stand_in_and_words(
    text: str, placeholders: Sequence[tuple[int, int]], detection: Detection, words: WordLists
) -> bool:
    """A span that reaches from a placeholder into ordinary lower-case words ("[ADDRESS-1]
    sort of": the stand-in "One" read with the next word as a place) leaves nothing of a
    value behind: what it holds outside the placeholder is ordinary words only."""
    if not any(s < detection.end and detection.start < e for s, e in placeholders):
        return False
    rest = _WORDS.findall(_outside_placeholders(text, placeholders, detection.start, detection.end))
    return all(
        w.islower() and words.is_common_word(w) and not words.is_listed_name(w) for w in rest
    )


_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _misspelt_ordinary_word(text: str, detection: Detection, words: WordLists) -> bool:
    """One lower-case word that is an ordinary word typed wrong ("thhere", "lievs": two
    letters swapped, one doubled or dropped) and in no name list, read as a person: the
    fine-tuned model reads a typo beside the stand-ins so, where the scrub, reading the same
    word beside the names, did not (two such hits at 100,000 staff, demo seed 351). A
    misspelt name found elsewhere is the scrub's to spread (name_variants), not this scan's."""
    value = text[detection.start : detection.end]
    return (
        detection.entity_type == "PERSON"
        and value.isalpha()
        and value.islower()
        and words.looks_misspelt(value)
        and not words.is_listed_name(value)
    )


def _capitalised_dictionary_word(text: str, detection: Detection, words: WordLists) -> bool:
    """One capitalised dictionary word that no name list holds, read as a person by spaCy
    alone (or spread from such a reading): "I mean, Date of birth uh", "Shifts were the
    main thing". Scrubbed speech is full of such capitals (a transcriber's, a stand-in's
    sentence), and the scan would fail a study on them. A pattern's or a cue's finding is
    kept; what this cannot see is a name that is a dictionary word, on no name list, that
    only spaCy would find (docs/SECURITY.md)."""
    if detection.entity_type != "PERSON" or detection.recognizer not in _READ_BY_SPACY:
        return False
    value = text[detection.start : detection.end]
    if not _ONE_WORD.fullmatch(value) or not value[:1].isupper() or value.isupper():
        return False
    lower = value.lower()
    return (
        words.is_common_word(lower)
        and not words.is_listed_name(lower)
        and lower not in words.ambiguous
    )


# spaCy's reading and what propagate spread from it: the scan's own detection spreads a
# capitalised word spaCy read to its other mentions, and each would be a hit. Not
# detect._UNCUED, on purpose: there a spread copy counts as cued (propagate asks whether a
# full name came with a cue); here the question is what stands behind one word.
_READ_BY_SPACY = frozenset(["SpacyRecognizer", PROPAGATED])


@functools.lru_cache(maxsize=2)
def values_matcher(replaced_values: tuple[str, ...], settings: ScrubSettings) -> PhraseMatcher:
    """The search for the study's values, built once per process (each chunk of the scan
    brings the same values; the matcher's caches then serve every chunk)."""
    return PhraseMatcher(identifying_values(replaced_values, settings))


def scan_documents(
    named: Sequence[tuple[str, Sequence[Segment]]],
    settings: ScrubSettings,
    replaced_values: Iterable[str],
) -> list[dict[str, Any]]:
    """Hits in already scrubbed documents (name, segments); empty when the outputs are clean."""
    engine = get_engine(settings)
    # a speaker label that is now a placeholder was a name, replaced: not a label to check
    documents = [
        [
            Segment(
                blank_placeholders(s.text),
                s.speaker and not PLACEHOLDER_RE.fullmatch(s.text.strip()),
                # the segment's own glue (a label's ": ", a cue's blank line): without it the
                # joined text's offsets drift from ``original``'s below, a stand-in read as
                # an age was reported and a real hit could land "inside a placeholder"
                s.glue,
            )
            for s in segs
        ]
        for _, segs in named
    ]
    values = values_matcher(tuple(replaced_values), settings)
    words = settings.wordlists()
    person_label = settings.label("PERSON")
    hits = []
    for (name, segments), (text, _bounds, detections) in zip(
        named, detect_all(engine, documents, min_score=settings.residual_threshold), strict=True
    ):
        # a detection of the stand-in word itself is no identifier left behind
        original, _ = joined(list(segments))
        placeholders = [(m.start(), m.end()) for m in PLACEHOLDER_RE.finditer(original)]
        found: list[Detection] = [
            d
            for d in detections
            if not _inside_placeholder(placeholders, d.start, d.end)
            and not _only_stand_in_and_words(original, placeholders, d, words)
            and not _capitalised_dictionary_word(original, d, words)
            and not _misspelt_ordinary_word(original, d, words)
        ]
        # a name word beside a person's placeholder, by the closed loop's own rule
        # (name_edges.py): one the loop leaves would be reported here
        for start, end, _ in words_beside_placeholders(original, words, person_label):
            if not any(d.start < end and start < d.end for d in found):
                found.append(Detection("PERSON", start, end, 1.0, NAME_BESIDE))
        if values:
            found += [
                Detection(REPLACED_VALUE, m.start(), m.end(), 1.0, "replaced_values")
                for m in study_value_matches(values, text, words)
            ]
        for d in found:
            hits.append(
                {
                    "document": name,
                    "entity_type": d.entity_type,
                    "start": d.start,
                    "end": d.end,
                    "score": round(d.score, 3),
                    "recognizer": d.recognizer,
                }
            )
    return hits


def _scan_chunk(paths: Sequence[Path]) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    from sealflow.scrub import batch

    assert batch._WORKER_SETTINGS is not None
    replaced_values: tuple[str, ...] = batch._WORKER_SHARED
    named = []
    failed = []
    roles = batch._WORKER_SETTINGS.roles()
    for path in paths:
        try:
            named.append((path.name, read_document(path, roles).segments))
        except (DocumentError, OSError) as exc:
            failed.append({"document": path.name, "error": str(exc)})
    return scan_documents(named, batch._WORKER_SETTINGS, replaced_values), failed


def _scan_rows(rows: Sequence[tuple[str, list[Segment]]]) -> list[dict[str, Any]]:
    from sealflow.scrub import batch

    assert batch._WORKER_SETTINGS is not None
    replaced_values: tuple[str, ...] = batch._WORKER_SHARED
    return scan_documents(rows, batch._WORKER_SETTINGS, replaced_values)


def residual_scan(
    settings: ScrubSettings,
    replaced_values: Iterable[str],
    documents_dir: Path | None = None,
    table: Path | None = None,
    columns: Sequence[str] = (),
) -> dict[str, Any]:
    """Scan a folder of scrubbed documents and/or scrubbed table columns; returns the report."""
    # handed to each worker once (tens of thousands in a large study), not with every chunk
    values = tuple(sorted(set(replaced_values)))
    hits: list[dict[str, Any]] = []
    failed: list[dict[str, str]] = []
    scanned = 0
    if documents_dir is not None:
        files = list_documents(Path(documents_dir))
        scanned += len(files)
        for chunk_hits, chunk_failed in map_chunks(
            _scan_chunk,
            list(chunks(files, settings.chunk_documents)),
            settings,
            progress="residual documents",
            shared=values,
        ):
            hits += chunk_hits
            failed += chunk_failed
    if table is not None:
        frame = read_table(Path(table))
        rows = []
        for index, cells in enumerate(frame.select(list(columns)).rows()):
            segments = [Segment(str(c)) for c in cells if c is not None and str(c).strip()]
            rows.append((f"{Path(table).name}#row{index}", segments))
        scanned += len(rows)
        for chunk_hits in map_chunks(
            _scan_rows, list(chunks(rows, 256)), settings, progress="residual table", shared=values
        ):
            hits += chunk_hits
    by_type = Counter(h["entity_type"] for h in hits)
    return {
        "passed": not hits and not failed,
        "threshold": settings.residual_threshold,
        "documents_scanned": scanned,
        "hits_total": len(hits),
        "hits_by_type": dict(sorted(by_type.items())),
        "hits": sorted(hits, key=lambda h: (h["document"], h["start"])),
        "unreadable": failed,
    }
