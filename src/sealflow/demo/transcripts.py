"""Writers of interview transcripts in the four formats vendors send: txt, WebVTT, SRT, docx.

Each writer returns the file's bytes and, for every piece of text it wrote, the location
keys and spans that go into the truth file (see ``planted``). Captions are cut into cues
of at most ~70 characters, only at spaces and never inside an identifier, so every planted
value stays verbatim inside one cue. The docx is made byte-reproducible (fixed document
dates and zip timestamps) so the same seed gives the same file.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import docx

from sealflow.demo.interviews import Interview, Turn
from sealflow.demo.text import Segment, Span, join

CUE_CHARS = 70
_FIXED_DATE = dt.datetime(2026, 3, 16, 9, 0, 0, tzinfo=dt.UTC)
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_WORD = re.compile(r"\S+")

Located = tuple[dict[str, Any], list[Span]]
"""Location keys of one piece of text and the spans planted in it."""


@dataclass(frozen=True)
class _Atom:
    """A word or a whole identifier; cues break only before atoms that follow a space."""

    segment: Segment
    space_before: bool


def _atoms(segments: list[Segment]) -> list[_Atom]:
    atoms: list[_Atom] = []
    pending_space = False
    for segment in segments:
        if segment.kind is not None:
            atoms.append(_Atom(segment, pending_space))
            pending_space = False
            continue
        end = 0
        for match in _WORD.finditer(segment.text):
            atoms.append(_Atom(Segment(match.group()), pending_space or match.start() > end))
            pending_space = False
            end = match.end()
        pending_space = pending_space or end < len(segment.text)
    return atoms


def _cues(words: list[Segment]) -> list[list[Segment]]:
    """Cut a turn's words into cues of at most CUE_CHARS characters (one atom may exceed it)."""
    cues: list[list[Segment]] = []
    current: list[Segment] = []
    length = 0
    for atom in _atoms(words):
        piece = len(atom.segment.text) + (1 if current and atom.space_before else 0)
        if current and atom.space_before and length + piece > CUE_CHARS:
            cues.append(current)
            current, length, piece = [], 0, len(atom.segment.text)
        if current and atom.space_before:
            current.append(Segment(" "))
        current.append(atom.segment)
        length += piece
    if current:
        cues.append(current)
    return cues


def _timestamp(seconds: float, separator: str) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{separator}{millis:03d}"


def _timed_cues(
    interview: Interview,
    rng: random.Random,
    payload: Callable[[Turn, int, list[Segment]], list[Segment]],
) -> list[tuple[float, float, list[Segment]]]:
    clock = 1.0
    timed = []
    for turn in interview.turns:
        for i, cue in enumerate(_cues(turn.words)):
            words = sum(len(s.text.split()) for s in cue)
            duration = 0.6 + 0.36 * words
            timed.append((clock, clock + duration, payload(turn, i, cue)))
            clock += duration + 0.04
        clock += rng.uniform(0.3, 1.5)
    return timed


def _prefixed(turn: Turn, index: int, cue: list[Segment]) -> list[Segment]:
    return [*turn.speaker, Segment(": "), *cue] if index == 0 else cue


def _voiced(turn: Turn, index: int, cue: list[Segment]) -> list[Segment]:
    return [Segment("<v "), *turn.speaker, Segment(">"), *cue]


def write_txt(interview: Interview, rng: random.Random) -> tuple[bytes, list[Located]]:
    """``Speaker: words`` lines; spans are offsets into the whole file."""
    segments = [Segment(f"Interview {interview.doc_id}\n\n")]
    for turn in interview.turns:
        segments += [*turn.speaker, Segment(": "), *turn.words, Segment("\n")]
    text, spans = join(segments)
    return text.encode("utf-8"), [({}, spans)]


def write_vtt(interview: Interview, rng: random.Random) -> tuple[bytes, list[Located]]:
    """WebVTT with ``<v Speaker>`` voice tags or ``Speaker:`` prefixes; spans per cue."""
    style = _voiced if rng.random() < 0.5 else _prefixed
    lines = ["WEBVTT", "", f"NOTE interview {interview.doc_id}", ""]
    located: list[Located] = []
    for index, (start, end, payload) in enumerate(_timed_cues(interview, rng, style)):
        text, spans = join(payload)
        lines += [f"{_timestamp(start, '.')} --> {_timestamp(end, '.')}", text, ""]
        located.append(({"cue": index}, spans))
    return "\n".join(lines).encode("utf-8"), located


def write_srt(interview: Interview, rng: random.Random) -> tuple[bytes, list[Located]]:
    """SubRip with numbered cues and ``Speaker:`` prefixes; spans per cue."""
    lines: list[str] = []
    located: list[Located] = []
    for index, (start, end, payload) in enumerate(_timed_cues(interview, rng, _prefixed)):
        text, spans = join(payload)
        lines += [str(index + 1), f"{_timestamp(start, ',')} --> {_timestamp(end, ',')}", text, ""]
        located.append(({"cue": index}, spans))
    return "\n".join(lines).encode("utf-8"), located


def write_docx(interview: Interview, rng: random.Random) -> tuple[bytes, list[Located]]:
    """One paragraph per turn, the speaker in a bold run; spans per paragraph text."""
    document = docx.Document()
    properties = document.core_properties
    properties.author = properties.last_modified_by = "transcription vendor"
    properties.title = f"Interview {interview.doc_id}"
    properties.created = properties.modified = properties.last_printed = _FIXED_DATE
    properties.revision = 1
    document.add_heading(f"Interview {interview.doc_id}", level=1)
    located: list[Located] = []
    for turn in interview.turns:
        paragraph = document.add_paragraph()
        speaker_text, _ = join([*turn.speaker, Segment(":")])
        paragraph.add_run(speaker_text).bold = True
        words_text, _ = join(turn.words)
        paragraph.add_run(" " + words_text)
        _, spans = join([*turn.speaker, Segment(": "), *turn.words])
        located.append(({"paragraph": len(document.paragraphs) - 1}, spans))
    buffer = io.BytesIO()
    document.save(buffer)
    return _reproducible_zip(buffer.getvalue()), located


def _reproducible_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps so equal content gives equal bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            target.writestr(info, source.read(member.filename))
    return out.getvalue()


WRITERS: dict[str, Callable[[Interview, random.Random], tuple[bytes, list[Located]]]] = {
    "txt": write_txt,
    "vtt": write_vtt,
    "srt": write_srt,
    "docx": write_docx,
}
