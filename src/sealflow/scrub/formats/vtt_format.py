"""WebVTT transcripts: cue payloads and NOTE text scrubbed, everything else byte for byte.

The header line, cue identifiers, timings and cue settings, STYLE and REGION blocks, tags
(<c.x>, <i>, <lang en>, inline timestamps), character references and line endings are
literal. A ``<v Name>`` voice tag's name and a ``Name:`` prefix are speaker segments: kept
when they are roles (``<v P1>``), replaced as a person when they are names. NOTE blocks
and the free text after ``WEBVTT`` can hold identifiers, so their text is scrubbed too.
"""

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
from sealflow.scrub.formats.cues import VTT_MARKUP_RE, Block, vtt_blocks


def _layout_keyword_block(layout: Layout, block: Block, keyword: str) -> None:
    """A header or NOTE block: the keyword literal, the rest of its text scrubbed."""
    for index, (line, end) in enumerate(block.lines):
        if index == 0:
            layout.literal(line[: len(keyword)])
            line = line[len(keyword) :]
        layout.text_with_protected(line, VTT_MARKUP_RE)
        layout.literal(end)


def read_vtt(path: Path, roles: frozenset[str] | None = None) -> ParsedDocument:
    source = decode_file(path, path.read_bytes())
    blocks = vtt_blocks(path, source.text)
    payload = [line for b in blocks if b.kind == "cue" for line, _ in b.payload]
    labels = speaker_labels(payload, default_roles() if roles is None else roles)
    layout = Layout()
    for block in blocks:
        if block.kind == "header":
            _layout_keyword_block(layout, block, "WEBVTT")
        elif block.kind == "note":
            _layout_keyword_block(layout, block, "NOTE")
        elif block.kind == "cue":
            for line, end in block.head:
                layout.literal(line + end)
            for line, end in block.payload:
                layout_line(layout, line, labels, VTT_MARKUP_RE)
                layout.literal(end)
        else:
            for line, end in block.lines:
                layout.literal(line + end)

    def write(edits: Sequence[Sequence[Edit]], out: Path) -> None:
        source.write(out, layout.render(edits))

    return ParsedDocument(path, layout.segments, write)
