"""SRT subtitles (srt): cue numbers and timings kept, cue text scrubbed, name labels replaced."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import srt

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


def read_srt(path: Path) -> ParsedDocument:
    text = decode(path, path.read_bytes())
    try:
        subtitles = list(srt.parse(text))
    except (srt.SRTParseError, ValueError) as exc:
        raise DocumentError(
            f"{path}: malformed SRT ({exc}); expected numbered cues with timings"
        ) from None
    if not subtitles:
        raise DocumentError(f"{path}: SRT file has no cues")
    labels = speaker_labels([line for s in subtitles for line in s.content.split("\n")], ROLES)
    layouts = []
    segments: list[Segment] = []
    for subtitle in subtitles:
        layout = Layout()
        for index, line in enumerate(subtitle.content.split("\n")):
            if index:
                layout.literal("\n")
            layout_line(layout, line, labels)
        layouts.append((subtitle, layout, len(segments)))
        segments.extend(layout.segments)

    def write(edits: Sequence[Sequence[Edit]], out: Path) -> None:
        for subtitle, layout, offset in layouts:
            subtitle.content = layout.render(edits, offset)
        write_text(out, srt.compose(subtitles, reindex=False, strict=False))

    return ParsedDocument(path, segments, write)
