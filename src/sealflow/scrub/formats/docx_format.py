"""Word transcripts (python-docx): paragraphs, runs and styles kept; text replaced inside runs.

Each paragraph (body and table cells) is one segment, or two when it opens with a speaker
label ("Sgt Okafor:" in a bold run). A replacement that spans several runs is written into
the first run and the covered characters are removed from the others, so formatting of
everything around it is untouched.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.text.paragraph import Paragraph

from sealflow.errors import DocumentError
from sealflow.fsutil import atomic_path
from sealflow.scrub.document import Segment
from sealflow.scrub.formats.base import LABEL_RE, Edit, ParsedDocument, speaker_labels
from sealflow.scrub.formats.txt_format import ROLES


def _paragraphs(document: DocxDocument) -> Iterator[Paragraph]:
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def _edit_runs(paragraph: Paragraph, edits: Sequence[Edit]) -> None:
    """Apply paragraph-level edits (offsets into paragraph text) to its runs, last first."""
    runs = list(paragraph.runs)
    for start, end, replacement in sorted(edits, reverse=True):
        offset = 0
        placed = False
        for run in runs:
            text = run.text
            run_start, run_end = offset, offset + len(text)
            offset = run_end
            outside = run_end <= start or run_start >= end
            if outside and not (run_start == run_end == start and not placed):
                continue
            lo, hi = max(start, run_start) - run_start, min(end, run_end) - run_start
            run.text = text[:lo] + ("" if placed else replacement) + text[hi:]
            placed = True


def read_docx(path: Path) -> ParsedDocument:
    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DocumentError(
            f"{path}: not a readable .docx file ({type(exc).__name__}: {exc})"
        ) from None
    except Exception as exc:  # python-docx raises lxml and package errors of many kinds
        raise DocumentError(f"{path}: corrupt .docx file ({type(exc).__name__})") from None
    paragraphs = list(_paragraphs(document))
    texts = ["".join(run.text for run in p.runs) for p in paragraphs]
    if not any(t.strip() for t in texts):
        raise DocumentError(f"{path}: the document has no text")
    labels = speaker_labels(texts, ROLES)
    segments: list[Segment] = []
    # per paragraph: list of (segment index, offset of the segment in the paragraph text)
    slots: list[list[tuple[int, int]]] = []
    for text in texts:
        slot = []
        match = LABEL_RE.match(text)
        body_start = 0
        if match and match.group("label") in labels:
            slot.append((len(segments), match.start("label")))
            segments.append(Segment(match.group("label"), speaker=True))
            body_start = match.end()
        if text[body_start:]:
            slot.append((len(segments), body_start))
            segments.append(Segment(text[body_start:]))
        slots.append(slot)

    def write(edits: Sequence[Sequence[Edit]], out: Path) -> None:
        for paragraph, slot in zip(paragraphs, slots, strict=True):
            paragraph_edits = [
                (start + offset, end + offset, replacement)
                for index, offset in slot
                for start, end, replacement in edits[index]
            ]
            if paragraph_edits:
                _edit_runs(paragraph, paragraph_edits)
        with atomic_path(out) as tmp:
            document.save(str(tmp))

    return ParsedDocument(path, segments, write)
