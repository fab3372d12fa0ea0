"""Cue files (WebVTT, SRT) read as blocks of raw lines, so everything but the text is kept
byte for byte: headers, cue identifiers, timings and cue settings, STYLE and REGION blocks,
blank lines and line endings. The readers and the structure check share these parsers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from sealflow.errors import DocumentError
from sealflow.scrub.formats.base import lines_with_ends

Line = tuple[str, str]

# a comma before the milliseconds is wrong but common (exported from SRT): accepted
VTT_TIMING_RE = re.compile(
    r"^[ \t]*(?:\d+:)?\d{2}:\d{2}[.,]\d{3}[ \t]+-->[ \t]+(?:\d+:)?\d{2}:\d{2}[.,]\d{3}(?:[ \t].*)?$"
)
SRT_TIMING_RE = re.compile(
    r"^[ \t]*\d+:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->[ \t]*\d+:\d{2}:\d{2}[,.]\d{1,3}(?:[ \t].*)?$"
)
VTT_HEADER_RE = re.compile(r"^WEBVTT(?:[ \t].*)?$")
# markup inside a cue payload: every tag (<v ...>, <c.x>, <i>, <lang en>, <00:00:01.000>)
# and every character reference (&amp; &lt; &#39;), kept verbatim
VTT_MARKUP_RE = re.compile(r"<[^<>\n]*>|&(?:[A-Za-z][A-Za-z0-9]*|#\d+|#[xX][0-9A-Fa-f]+);")
SRT_MARKUP_RE = re.compile(r"</?[A-Za-z][^<>\n]*>|\{\\[^{}\n]*\}")


@dataclass
class Block:
    """Consecutive non-blank lines (or a run of blank lines, kind "blank")."""

    kind: str  # header, note, style, region, cue, more (payload continued), blank
    lines: list[Line]
    first_line: int  # 1-based line number in the file, for error messages
    timing: int = -1  # index of the timing line in ``lines`` for a cue

    @property
    def payload(self) -> list[Line]:
        return self.lines[self.timing + 1 :] if self.kind == "cue" else self.lines

    @property
    def head(self) -> list[Line]:
        return self.lines[: self.timing + 1] if self.kind == "cue" else []


def _groups(text: str) -> list[tuple[bool, list[Line], int]]:
    """Runs of blank and of non-blank lines: (blank, lines, first line number)."""
    groups: list[tuple[bool, list[Line], int]] = []
    for number, (line, end) in enumerate(lines_with_ends(text), start=1):
        blank = not line.strip()
        if groups and groups[-1][0] == blank:
            groups[-1][1].append((line, end))
        else:
            groups.append((blank, [(line, end)], number))
    return groups


def vtt_blocks(path: Path, text: str) -> list[Block]:
    groups = _groups(text)
    if not groups or groups[0][0] or not VTT_HEADER_RE.match(groups[0][1][0][0]):
        raise DocumentError(
            f"{path}: malformed WebVTT (line 1 must start with 'WEBVTT'); "
            "expected a WEBVTT header and timed cues"
        )
    header = groups[0][1]
    rest = groups[1:]
    # a first cue written straight under the header, with no blank line: its own block
    timing = next((i for i, (line, _) in enumerate(header) if "-->" in line), -1)
    if timing > 0:
        start = timing - 1 if timing > 1 else timing
        rest = [(False, header[start:], 1 + start), *rest]
        header = header[:start]
    blocks = [Block("header", header, 1)]
    for blank, lines, first in rest:
        if blank:
            blocks.append(Block("blank", lines, first))
            continue
        word = lines[0][0].split(None, 1)[0] if lines[0][0].split() else ""
        if word == "NOTE":
            blocks.append(Block("note", lines, first))
        elif word in ("STYLE", "REGION") and not any("-->" in line for line, _ in lines):
            blocks.append(Block(word.lower(), lines, first))
        else:
            timing = next((i for i, (line, _) in enumerate(lines[:2]) if "-->" in line), -1)
            if timing < 0 or not VTT_TIMING_RE.match(lines[timing][0]):
                raise DocumentError(
                    f"{path}: malformed WebVTT at line {first + max(timing, 0)}: expected a "
                    "cue timing 'hh:mm:ss.ttt --> hh:mm:ss.ttt' (or a NOTE, STYLE or REGION)"
                )
            blocks.append(Block("cue", lines, first, timing))
    if not any(b.kind == "cue" for b in blocks):
        raise DocumentError(f"{path}: WebVTT file has no cues")
    return blocks


def srt_blocks(path: Path, text: str) -> list[Block]:
    blocks: list[Block] = []
    for blank, lines, first in _groups(text):
        if blank:
            blocks.append(Block("blank", lines, first))
            continue
        if SRT_TIMING_RE.match(lines[0][0]):
            timing = 0
        elif len(lines) > 1 and lines[0][0].strip().isdigit() and SRT_TIMING_RE.match(lines[1][0]):
            timing = 1
        elif any(b.kind == "cue" for b in blocks):
            # a blank line inside a cue's text: the text goes on
            blocks.append(Block("more", lines, first))
            continue
        else:
            raise DocumentError(
                f"{path}: malformed SRT at line {first}: expected a cue number and a timing "
                "'hh:mm:ss,ttt --> hh:mm:ss,ttt'"
            )
        blocks.append(Block("cue", lines, first, timing))
    if not any(b.kind == "cue" for b in blocks):
        raise DocumentError(f"{path}: SRT file has no cues")
    return blocks
