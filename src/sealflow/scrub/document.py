"""A document as the scrubber sees it: ordered text segments, some of them speaker labels.

Each format reader turns a file into segments and writes the scrubbed segments back into
the same structure, so timestamps, cue numbers, voice tags, paragraphs, runs and styles
are never seen (or changed) by the detectors. All segments of a document are analysed as
one text, so a name found anywhere is replaced everywhere in it.

Each segment carries its glue: what stands between it and the next one in that text. A
blank line (``SEPARATOR``) by default, so speaker labels, cues and paragraphs stay apart;
but a reader gives the lines of one cue or paragraph a single line break and text around
inline markup nothing, as a reader of the file sees them. Without that a phone number
spoken over a wrapped subtitle line, or a name broken over two lines, was cut in two
before any recognizer saw it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

SEPARATOR = "\n\n"


@dataclass(frozen=True)
class Segment:
    text: str
    speaker: bool = False
    glue: str = SEPARATOR


def joined(segments: list[Segment]) -> tuple[str, list[tuple[int, int]]]:
    """The document's text and each segment's (start, end) in it."""
    bounds = []
    parts = []
    offset = 0
    for index, segment in enumerate(segments):
        bounds.append((offset, offset + len(segment.text)))
        glue = segment.glue if index + 1 < len(segments) else ""
        parts.append(segment.text + glue)
        offset += len(segment.text) + len(glue)
    return "".join(parts), bounds


def edits_per_segment(
    bounds: Sequence[tuple[int, int]], spans: Iterable[tuple[int, int, str]]
) -> list[list[tuple[int, int, str]]]:
    """Each segment's edits for replacements found in the document's joined text.

    Why: the detectors read all segments as one text (``joined``), but a format writes
    back segment by segment, and the glue between segments (markup, a label's colon, a line
    break) is never the scrubber's to change. A span over several segments (a name broken
    over two subtitle lines) therefore puts its replacement in the first segment it touches
    and empties its pieces in the others, so the placeholder stands once and the glue
    stays. Spans are given as (start, end, replacement) in the joined text, in the order
    their edits are to be listed; each edit is (start, end, replacement) in its segment.
    """
    edits: list[list[tuple[int, int, str]]] = [[] for _ in bounds]
    for start, end, replacement in spans:
        first = True
        for index, (seg_start, seg_end) in enumerate(bounds):
            lo, hi = max(start, seg_start), min(end, seg_end)
            if lo < hi:
                edits[index].append((lo - seg_start, hi - seg_start, replacement if first else ""))
                first = False
    return edits
