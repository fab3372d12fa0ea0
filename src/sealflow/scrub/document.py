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


def masked_speakers(text: str, bounds: list[tuple[int, int]], speakers: list[bool]) -> str:
    """The text the recognizers read: speaker labels blanked (same length, so offsets hold).

    A label is a role or a name as a whole (decided from the label alone); were it left in,
    a pattern could run from it into the turn ("P1" + "Stonehouse Barracks, credit" read as
    a street address) and eat both the label and a word of the speech.
    """
    if not any(speakers):
        return text
    pieces = []
    cursor = 0
    for (start, end), speaker in zip(bounds, speakers, strict=True):
        if speaker:
            pieces.append(text[cursor:start])
            pieces.append(" " * (end - start))
            cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces)
