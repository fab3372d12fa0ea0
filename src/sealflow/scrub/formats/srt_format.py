"""SRT subtitles: cue numbers, timings and line endings kept byte for byte; cue text
scrubbed (markup such as <i> and {\\an8} kept); name labels replaced, role labels kept."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sealflow.scrub.formats.base import (
    Edit,
    Layout,
    ParsedDocument,
    decode_file,
    default_roles,
    layout_line,
    speaker_labels,
)
from sealflow.scrub.formats.cues import SRT_MARKUP_RE, srt_blocks


def read_srt(path: Path, roles: frozenset[str] | None = None) -> ParsedDocument:
    source = decode_file(path, path.read_bytes())
    blocks = srt_blocks(path, source.text)
    payload = [line for b in blocks if b.kind in ("cue", "more") for line, _ in b.payload]
    labels = speaker_labels(payload, default_roles() if roles is None else roles)
    layout = Layout()
    for block in blocks:
        if block.kind == "blank":
            for line, end in block.lines:
                layout.literal(line + end)
            continue
        for line, end in block.head:
            layout.literal(line + end)
        for line, end in block.payload:
            layout_line(layout, line, labels, SRT_MARKUP_RE)
            layout.literal(end)

    def write(edits: Sequence[Sequence[Edit]], out: Path) -> None:
        source.write(out, layout.render(edits))

    return ParsedDocument(path, layout.segments, write)
