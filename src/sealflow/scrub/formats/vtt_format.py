"""WebVTT transcripts (webvtt-py): header, notes, cue identifiers, timings and settings kept;
cue text scrubbed; ``<v Name>`` voice tags and ``Name:`` prefixes replaced when they are names."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

import webvtt
from webvtt.errors import MalformedFileError

from sealflow.errors import DocumentError
from sealflow.fsutil import write_text
from sealflow.scrub.document import Segment
from sealflow.scrub.formats.base import (
    Edit,
    Layout,
    ParsedDocument,
    decode,
    layout_line,
    speaker_labels,
)
from sealflow.scrub.formats.txt_format import ROLES


def read_vtt(path: Path) -> ParsedDocument:
    text = decode(path, path.read_bytes())
    try:
        vtt = webvtt.from_buffer(io.StringIO(text))
    except (MalformedFileError, ValueError, IndexError) as exc:
        raise DocumentError(
            f"{path}: malformed WebVTT ({exc}); expected a WEBVTT header and timed cues"
        ) from None
    if not vtt.captions:
        raise DocumentError(f"{path}: WebVTT file has no cues")
    lines = [line for caption in vtt.captions for line in caption.raw_text.split("\n")]
    labels = speaker_labels(lines, ROLES)
    layouts = []
    segments: list[Segment] = []
    for caption in vtt.captions:
        layout = Layout()
        for index, line in enumerate(caption.raw_text.split("\n")):
            if index:
                layout.literal("\n")
            layout_line(layout, line, labels)
        layouts.append((caption, layout, len(segments)))
        segments.extend(layout.segments)

    def write(edits: Sequence[Sequence[Edit]], out: Path) -> None:
        for caption, layout, offset in layouts:
            caption.text = layout.render(edits, offset)
        write_text(out, vtt.content)

    return ParsedDocument(path, segments, write)
