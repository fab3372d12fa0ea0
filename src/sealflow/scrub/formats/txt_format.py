"""Plain-text transcripts and answers: lines and line endings kept, speaker labels found,
timestamps kept."""

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
    lines_with_ends,
    speaker_labels,
)


def read_txt(path: Path, roles: frozenset[str] | None = None) -> ParsedDocument:
    source = decode_file(path, path.read_bytes())
    lines = lines_with_ends(source.text)
    labels = speaker_labels(
        [line for line, _ in lines], default_roles() if roles is None else roles
    )
    layout = Layout()
    for line, end in lines:
        layout_line(layout, line, labels)
        layout.literal(end)

    def write(edits: Sequence[Sequence[Edit]], out: Path) -> None:
        source.write(out, layout.render(edits))

    return ParsedDocument(path, layout.segments, write)
