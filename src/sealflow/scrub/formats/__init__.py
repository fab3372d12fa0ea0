"""Document formats: read a file into segments, write scrubbed segments back in its structure.

Supported: .txt, .vtt, .srt (raw lines, so all but the text is kept byte for byte) and
.docx (every story part and the document properties, through lxml). ``read_document``
picks the reader by suffix and raises DocumentError naming the file when it cannot read it.
``roles`` are the speaker labels that are roles, not names (default: scrub.speaker_roles).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sealflow.errors import DocumentError
from sealflow.scrub.formats.base import ParsedDocument
from sealflow.scrub.formats.docx_format import read_docx
from sealflow.scrub.formats.srt_format import read_srt
from sealflow.scrub.formats.txt_format import read_txt
from sealflow.scrub.formats.vtt_format import read_vtt

READERS: dict[str, Callable[[Path, frozenset[str] | None], ParsedDocument]] = {
    ".txt": read_txt,
    ".vtt": read_vtt,
    ".srt": read_srt,
    ".docx": read_docx,
}
SUFFIXES = tuple(READERS)


def read_document(path: Path, roles: frozenset[str] | None = None) -> ParsedDocument:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise DocumentError(
            f"{path}: unsupported document type {path.suffix!r}; "
            f"expected one of {', '.join(SUFFIXES)}"
        )
    return reader(path, roles)


__all__ = ["READERS", "SUFFIXES", "ParsedDocument", "read_document"]
