"""Typed placeholders, consistent within a document: ``[PERSON-1]``, ``[PHONE-2]``, or ``[PERSON]``.

The same value gets the same number at every mention; for people, any shared name word
links mentions ("Sgt Okafor", "Okafor", "Femi Okafor" are all ``[PERSON-1]``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sealflow.scrub.detect import Detection, name_words
from sealflow.scrub.settings import ScrubSettings
from sealflow.scrub.wordlists import WordLists


@dataclass
class PlaceholderBook:
    """Numbers per entity type for one document."""

    settings: ScrubSettings
    words: WordLists
    _numbers: dict[tuple[str, str], int] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict)

    def _keys(self, entity_type: str, value: str) -> list[str]:
        normal = re.sub(r"[^0-9a-z@]+", "", value.lower())
        keys = [normal]
        if entity_type == "PERSON":
            keys += [w.lower() for w in name_words(value, self.words) if len(w) >= 3]
        return keys

    def placeholder(self, entity_type: str, value: str) -> str:
        label = self.settings.label(entity_type)
        if self.settings.placeholder_style == "plain":
            return f"[{label}]"
        keys = self._keys(entity_type, value)
        number = next(
            (self._numbers[(label, k)] for k in keys if (label, k) in self._numbers), None
        )
        if number is None:
            number = self._counts.get(label, 0) + 1
            self._counts[label] = number
        for key in keys:
            self._numbers.setdefault((label, key), number)
        return f"[{label}-{number}]"


def replace_spans(
    text: str, detections: Sequence[Detection], book: PlaceholderBook
) -> tuple[str, list[tuple[int, int, str]]]:
    """Replace non-overlapping sorted spans; returns the new text and (start, end, placeholder)."""
    pieces = []
    placed = []
    cursor = 0
    for detection in sorted(detections, key=lambda d: d.start):
        if detection.start < cursor:
            continue
        placeholder = book.placeholder(detection.entity_type, text[detection.start : detection.end])
        pieces.append(text[cursor : detection.start])
        pieces.append(placeholder)
        placed.append((detection.start, detection.end, placeholder))
        cursor = detection.end
    pieces.append(text[cursor:])
    return "".join(pieces), placed
