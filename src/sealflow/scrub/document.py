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
