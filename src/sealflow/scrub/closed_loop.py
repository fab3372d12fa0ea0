"""The closed loop: a value replaced anywhere in the study is replaced everywhere in it.

A name found in one transcript (where a rank or spaCy gave the cue) may stand bare in
another transcript or in a survey answer where nothing marks it as a name. After the first
pass over every source, the values replaced in all of them are searched for again in every
scrubbed output exactly as the residual scan searches them (the same filter of values, the
same whole-word matches, kept by the same predicate: residual.study_value_matches, over
the same joined text with placeholders neutralised), and each hit becomes a typed
placeholder. A name word left beside a person's placeholder, or beside a value replaced
here, joins that person by the rule the residual scan checks with (name_edges.py). So the
residual scan's REPLACED_VALUE and name_beside_placeholder classes are empty by
construction, and the residual scan stays the independent check of everything else.
Values are read from and kept in the workspace only; the report holds counts, never a
value.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from sealflow.errors import DocumentError
from sealflow.fsutil import private_dir
from sealflow.scrub.batch import list_documents
from sealflow.scrub.document import Segment, edits_per_segment, joined
from sealflow.scrub.formats import read_document
from sealflow.scrub.formats.base import Edit, apply_edits
from sealflow.scrub.name_edges import name_after, name_before, words_beside_placeholders
from sealflow.scrub.phrases import PhraseMatcher
from sealflow.scrub.residual import blank_placeholders, identifying_values, study_value_matches
from sealflow.scrub.settings import ScrubSettings
from sealflow.scrub.table import read_table, write_table
from sealflow.scrub.word_search import word_matches
from sealflow.scrub.wordlists import WordLists

_NUMBERED = re.compile(r"\[([A-Z][A-Z_]*)-(\d+)\]")


@dataclass
class LoopValues:
    """The study's replaced values as one search (the residual scan's pattern, found by
    scrub/phrases.py without trying every value at every word), with each value's type."""

    pattern: PhraseMatcher | None
    types: dict[str, str]

    @classmethod
    def build(cls, values: Mapping[str, str], settings: ScrubSettings) -> LoopValues:
        kept = identifying_values(values, settings)
        types: dict[str, str] = {}
        for value in sorted(kept):
            types.setdefault(_key(value), values.get(value, "REDACTED"))
        matcher = PhraseMatcher(kept)
        return cls(matcher if matcher else None, types)


def _key(value: str) -> str:
    return " ".join(value.lower().split())


@dataclass
class LoopOutcome:
    """Counts of what the loop replaced (no values)."""

    by_type: Counter[str] = field(default_factory=Counter)
    documents_changed: list[str] = field(default_factory=list)
    documents_scanned: int = 0

    def report(self) -> dict[str, Any]:
        return {
            "documents_scanned": self.documents_scanned,
            "documents_changed": len(self.documents_changed),
            "replaced_total": sum(self.by_type.values()),
            "replaced_by_type": dict(sorted(self.by_type.items())),
        }


def _resolved(text: str, spans: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Spans that do not overlap, the earlier (then the longer) first.

    Two overlapping spans of one person (the same placeholder, or one of them a name word
    removed beside that person's placeholder) become one: dropping the later one would
    leave its words standing beside the placeholder ("Underwood Grace Precious [PERSON-1]":
    "Underwood Grace" and "Grace Precious" overlap, and "Precious" stood).
    """
    kept: list[tuple[int, int, str, str]] = []
    for span in sorted(spans, key=lambda s: (s[0], s[0] - s[1])):
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
            continue
        start, end, replacement, entity_type = kept[-1]
        one_person = entity_type == span[3] == "PERSON" and "" in (replacement, span[2])
        if (one_person or replacement == span[2]) and span[1] > end:
            merged_end = span[1]
            while merged_end > end and text[merged_end - 1].isspace():
                merged_end -= 1  # a removal ran to the next placeholder: keep one space
            kept[-1] = (start, merged_end, replacement, entity_type)
    return kept


def loop_edits(
    segments: Sequence[Segment], values: LoopValues, settings: ScrubSettings
) -> tuple[list[list[Edit]], Counter[str]]:
    """Edits per segment that replace every remaining study value in one document.

    By the rules the residual scan checks with (study_value_matches, name_edges): a study
    value where it stands as one; a name word beside a person's placeholder ("Precious
    [PERSON-1]" becomes "[PERSON-1]"), and that word wherever else it stands capitalised in
    the document; a first name before, or a surname after, a person's value found here.
    Numbers continue after the document's own placeholders of the same label, and one value
    keeps one number within the document.
    """
    text, bounds = joined(list(segments))
    words = settings.wordlists()
    blanked = blank_placeholders(text)
    spans = _beside_spans(text, blanked, words, settings.label("PERSON"))
    if values.pattern is not None:
        spans += _value_spans(text, blanked, values, settings)
    resolved = _resolved(text, spans)
    counts = Counter(entity_type for _, _, _, entity_type in resolved)
    return edits_per_segment(bounds, [span[:3] for span in resolved]), counts


def _first(found: int | None, default: int) -> int:
    return default if found is None else found


def _beside_spans(
    text: str, blanked: str, words: WordLists, person_label: str
) -> list[tuple[int, int, str, str]]:
    """Name words beside a person's placeholder, removed (the placeholder stands for both),
    and the same words wherever else they stand capitalised, as that placeholder."""
    spans: list[tuple[int, int, str, str]] = []  # start, end, replacement, entity type
    beside: dict[str, str] = {}
    for start, end, neighbour in words_beside_placeholders(text, words, person_label):
        if end < neighbour.start():
            spans.append((start, neighbour.start(), "", "PERSON"))
        else:
            spans.append((neighbour.end(), end, "", "PERSON"))
        beside.setdefault(text[start:end], neighbour.group(0))
    for start, end, word in word_matches(blanked, beside, ignore_case=False):
        placeholder = beside[word.removesuffix("'s").removesuffix("’s")]
        spans.append(_with_names_beside(text, start, end, words, placeholder, "PERSON"))
    return spans


def _with_names_beside(
    text: str, start: int, end: int, words: WordLists, placeholder: str, entity_type: str
) -> tuple[int, int, str, str]:
    """A person's span with the first names before and surnames after it (name_edges)."""
    if entity_type == "PERSON":
        start = _first(name_before(text, start, words), start)
        end = _first(name_after(text, end, words), end)
    return start, end, placeholder, entity_type


def _value_spans(
    text: str, blanked: str, values: LoopValues, settings: ScrubSettings
) -> list[tuple[int, int, str, str]]:
    """The study's values standing in the document, typed and numbered after the
    document's own placeholders (one value, one number)."""
    assert values.pattern is not None
    words = settings.wordlists()
    highest: dict[str, int] = {}
    for match in _NUMBERED.finditer(text):
        highest[match.group(1)] = max(highest.get(match.group(1), 0), int(match.group(2)))
    numbers: dict[tuple[str, str], int] = {}
    spans = []
    for match in study_value_matches(values.pattern, blanked, words):
        key = _key(match.group(0))
        entity_type = values.types.get(key, "REDACTED")
        label = settings.label(entity_type)
        if settings.placeholder_style == "plain":
            placeholder = f"[{label}]"
        else:
            if (label, key) not in numbers:
                highest[label] = highest.get(label, 0) + 1
                numbers[(label, key)] = highest[label]
            placeholder = f"[{label}-{numbers[(label, key)]}]"
        spans.append(
            _with_names_beside(text, match.start(), match.end(), words, placeholder, entity_type)
        )
    return spans


def close_documents(
    in_dir: Path, out_dir: Path, values: LoopValues, settings: ScrubSettings
) -> LoopOutcome:
    """Copy a folder of scrubbed documents, replacing every study value still standing."""
    outcome = LoopOutcome()
    private_dir(out_dir)
    for path in list_documents(Path(in_dir)):
        outcome.documents_scanned += 1
        try:
            document = read_document(path)
        except OSError as exc:
            raise DocumentError(f"{path}: cannot read ({exc.strerror or exc})") from None
        edits, counts = loop_edits(document.segments, values, settings)
        if not counts:
            shutil.copy2(path, out_dir / path.name)
            continue
        document.writer(edits, out_dir / path.name)
        outcome.by_type.update(counts)
        outcome.documents_changed.append(path.name)
    return outcome


def close_table(
    in_path: Path,
    columns: Sequence[str],
    out_path: Path,
    values: LoopValues,
    settings: ScrubSettings,
) -> LoopOutcome:
    """Write the scrubbed table again with every study value still standing replaced; each
    row's free-text cells are one document, as the residual scan reads them."""
    frame = read_table(Path(in_path))
    outcome = LoopOutcome()
    new_columns: dict[str, list[str | None]] = {c: list(frame[c].cast(pl.String)) for c in columns}
    for row in range(frame.height):
        outcome.documents_scanned += 1
        present = [
            c
            for c in columns
            if new_columns[c][row] is not None and str(new_columns[c][row]).strip()
        ]
        segments = [Segment(str(new_columns[c][row])) for c in present]
        edits, counts = loop_edits(segments, values, settings)
        if not counts:
            continue
        for column, segment, cell_edits in zip(present, segments, edits, strict=True):
            new_columns[column][row] = apply_edits(segment.text, cell_edits)
        outcome.by_type.update(counts)
        outcome.documents_changed.append(f"row{row}")
    replaced = frame.with_columns([pl.Series(c, new_columns[c], dtype=pl.String) for c in columns])
    write_table(replaced, Path(out_path))
    return outcome
