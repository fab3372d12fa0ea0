"""Document formats: read a file into segments, write scrubbed segments back in its structure.

Supported: .txt, .vtt, .srt (raw lines, so all but the text is kept byte for byte) and
.docx (every story part and the document properties, through lxml). ``read_document``
picks the reader by suffix and raises DocumentError naming the file when it cannot read it.
``roles`` are the speaker labels that are roles, not names (default: scrub.speaker_roles).

A document whose text passes MAX_TEXT_CHARACTERS (two million: some forty hours of
speech, two full-day focus groups) is refused with one error: the scrub's time grows faster
than the text (165,000 characters take half a minute of one core, twice that three times as
long), so a longer one would hold a stage for hours, and no interview is that long. A text
file that large is refused before it is read.
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
MAX_TEXT_CHARACTERS = 2_000_000
TEXT_SUFFIXES = (".txt", ".vtt", ".srt")
BYTES_PER_CHARACTER = 4  # UTF-8's most; a file over the limit times this is over the limit


def _too_long(path: Path, size: str) -> DocumentError:
    return DocumentError(
        f"{path}: {size}, more than the {MAX_TEXT_CHARACTERS:,} characters of text a "
        "document may hold (about 40 hours of speech); check it is the transcript meant, "
        "or split it into parts"
    )


def read_document(path: Path, roles: frozenset[str] | None = None) -> ParsedDocument:
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise DocumentError(
            f"{path}: unsupported document type {path.suffix!r}; "
            f"expected one of {', '.join(SUFFIXES)}"
        )
    if (
        path.suffix.lower() in TEXT_SUFFIXES
        and path.stat().st_size > MAX_TEXT_CHARACTERS * BYTES_PER_CHARACTER
    ):
        raise _too_long(path, f"a file of {path.stat().st_size:,} bytes")
    document = reader(path, roles)
    length = sum(len(segment.text) for segment in document.segments)
    if length > MAX_TEXT_CHARACTERS:
        raise _too_long(path, f"{length:,} characters of text")
    return document


__all__ = ["MAX_TEXT_CHARACTERS", "READERS", "SUFFIXES", "ParsedDocument", "read_document"]
