"""A document as the scrubber sees it: ordered text segments, some of them speaker labels.

Each format reader turns a file into segments and writes the scrubbed segments back into
the same structure, so timestamps, cue numbers, voice tags, paragraphs, runs and styles
are never seen (or changed) by the detectors. All segments of a document are analysed as
one text (joined by newlines), so a name found anywhere is replaced everywhere in it.
"""

from __future__ import annotations

from dataclasses import dataclass

SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Segment:
    text: str
    speaker: bool = False


def joined(segments: list[Segment]) -> tuple[str, list[tuple[int, int]]]:
    """The document's text and each segment's (start, end) in it."""
    bounds = []
    offset = 0
    for segment in segments:
        bounds.append((offset, offset + len(segment.text)))
        offset += len(segment.text) + len(SEPARATOR)
    return SEPARATOR.join(s.text for s in segments), bounds
