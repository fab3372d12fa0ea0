"""What every reader returns, and the line layout the text-like formats share.

A line of a transcript is split into literal pieces kept verbatim (timestamps, the colon
after a speaker label, WebVTT voice-tag syntax) and segments the detectors read. Speaker
labels become their own segments so that a label which is a name can be replaced
consistently and a role ("Interviewer") is never touched.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sealflow.errors import DocumentError
from sealflow.scrub.document import Segment

Edit = tuple[int, int, str]
Writer = Callable[[Sequence[Sequence[Edit]], Path], None]

LABEL_RE = re.compile(
    r"^(?P<pre>[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?[ \t]*[-–]?[ \t]*)?)"
    r"(?P<label>[A-Z0-9][\w'’.\-]*(?: [A-Z0-9(][\w'’.\-)]*){0,3})(?P<sep>[ \t]*:(?:[ \t]+|$))"
)
VOICE_RE = re.compile(r"(<v(?:\.[\w.\-]+)?[ \t]+)([^>]+)(>)")
TIMESTAMP_RE = re.compile(r"[\[(]?\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\b[\])]?")
TAG_RE = re.compile(r"</?[a-z](?:\.[\w.\-]+)?(?:[ \t][^>]*)?>|</v>")


@dataclass
class ParsedDocument:
    """Segments to scrub and a writer that puts the scrubbed segments back in place."""

    path: Path
    segments: list[Segment]
    writer: Writer


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


@dataclass
class Layout:
    """Literal strings and segment slots, in order; rendering fills the slots."""

    items: list[str | int] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)

    def literal(self, text: str) -> None:
        if text:
            self.items.append(text)

    def segment(self, text: str, speaker: bool = False) -> None:
        if text:
            self.items.append(len(self.segments))
            self.segments.append(Segment(text, speaker))

    def text_with_protected(self, text: str) -> None:
        """Text whose timestamps and markup tags stay literal (never seen by the detectors)."""
        cursor = 0
        for match in sorted(
            [*TIMESTAMP_RE.finditer(text), *TAG_RE.finditer(text)], key=lambda m: m.start()
        ):
            if match.start() < cursor:
                continue
            self.segment(text[cursor : match.start()])
            self.literal(match.group(0))
            cursor = match.end()
        self.segment(text[cursor:])

    def render(self, edits: Sequence[Sequence[Edit]], offset: int = 0) -> str:
        out = []
        for item in self.items:
            if isinstance(item, int):
                out.append(apply_edits(self.segments[item].text, edits[offset + item]))
            else:
                out.append(item)
        return "".join(out)


def speaker_labels(lines: Sequence[str], roles: frozenset[str] = frozenset()) -> set[str]:
    """Labels used as speakers: a role word, or a label that starts two or more lines."""
    counts: Counter[str] = Counter()
    for line in lines:
        match = LABEL_RE.match(line)
        if match:
            counts[match.group("label")] += 1
    return {
        label
        for label, count in counts.items()
        if count >= 2 or re.sub(r"[\s_\-]*\d+$", "", label).lower() in roles
    }


def layout_line(layout: Layout, line: str, labels: set[str]) -> None:
    """Split one line: optional timestamp, speaker label or voice tag, then protected text."""
    match = LABEL_RE.match(line)
    if match and match.group("label") in labels:
        layout.literal(match.group("pre"))
        layout.segment(match.group("label"), speaker=True)
        layout.literal(match.group("sep"))
        line = line[match.end() :]
    cursor = 0
    for voice in VOICE_RE.finditer(line):
        layout.text_with_protected(line[cursor : voice.start()])
        layout.literal(voice.group(1))
        layout.segment(voice.group(2), speaker=True)
        layout.literal(voice.group(3))
        cursor = voice.end()
    layout.text_with_protected(line[cursor:])


def decode(path: Path, data: bytes) -> str:
    if not data.strip():
        raise DocumentError(f"{path}: the file is empty; expected a transcript or text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{path}: not UTF-8 text (undecodable byte at offset {exc.start}); "
            "re-export it as UTF-8"
        ) from None
