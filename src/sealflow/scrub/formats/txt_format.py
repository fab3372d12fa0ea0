"""Plain-text transcripts and answers: lines kept, speaker labels found, timestamps kept."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sealflow.fsutil import write_text
from sealflow.scrub.formats.base import (
    Edit,
    Layout,
    ParsedDocument,
    decode,
    layout_line,
    speaker_labels,
)

ROLES = frozenset(
    {
        "interviewer",
        "participant",
        "facilitator",
        "moderator",
        "respondent",
        "interviewee",
        "speaker",
        "q",
        "a",
    }
)


def read_txt(path: Path) -> ParsedDocument:
    text = decode(path, path.read_bytes())
    lines = text.split("\n")
    labels = speaker_labels(lines, ROLES)
    layout = Layout()
    for index, line in enumerate(lines):
        if index:
            layout.literal("\n")
        layout_line(layout, line, labels)

    def write(edits: Sequence[Sequence[Edit]], out: Path) -> None:
        write_text(out, layout.render(edits))

    return ParsedDocument(path, layout.segments, write)
