"""What every reader returns, and the line layout the text-like formats share.

A line of a transcript is split into literal pieces kept verbatim (timestamps, the colon
after a speaker label, markup tags, cue timings) and segments the detectors read. Speaker
labels become their own segments so that a label which is a name can be replaced
consistently and a role ("Interviewer", "P1", "SPEAKER_01") is never touched. Because a
replacement is an edit inside one segment, no replacement can cross markup.
"""

from __future__ import annotations

import codecs
import dataclasses
import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sealflow.errors import DocumentError
from sealflow.fsutil import write_bytes
from sealflow.scrub.document import SEPARATOR, Segment

Edit = tuple[int, int, str]
Writer = Callable[[Sequence[Sequence[Edit]], Path], None]

LABEL_RE = re.compile(
    r"^(?P<pre>[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?[ \t]*[-–]?[ \t]*)?)"
    r"(?P<label>[A-Z0-9][\w'’.\-]*(?: [A-Z0-9(][\w'’.\-)]*){0,3})(?P<sep>[ \t]*:(?:[ \t]+|$))"
)
VOICE_RE = re.compile(r"(<v(?:\.[\w.\-]+)*[ \t]+)([^>\n]+)(>)")
TIMESTAMP_RE = re.compile(r"[\[(]?\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?\b[\])]?")
TAG_RE = re.compile(r"</?[a-z](?:\.[\w.\-]+)?(?:[ \t][^>]*)?>|</v>")
LINE_RE = re.compile(r"([^\r\n]*)(\r\n|\n|\r|$)")
ROLE_SUFFIX_RE = re.compile(r"[\s_\-]*\d+$")


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


def lines_with_ends(text: str) -> list[tuple[str, str]]:
    """Each line and its own line ending ("\\r\\n", "\\n", "\\r" or "" at the end of file)."""
    lines: list[tuple[str, str]] = []
    for match in LINE_RE.finditer(text):
        if match.start() == len(text) and match.group(0) == "" and lines:
            break
        lines.append((match.group(1), match.group(2)))
        if not match.group(2):
            break
    return lines


def _glue(between: str, label_beside: bool) -> str:
    """How two neighbouring segments are joined for the detectors: one line break for the
    next line of the same cue or paragraph, nothing across inline markup or a timestamp
    inside a line, and a blank line across a cue, a paragraph or a speaker label."""
    if label_beside:
        return SEPARATOR
    breaks = between.count("\n") + between.count("\r") - between.count("\r\n")
    if breaks == 0:
        return ""
    return "\n" if breaks == 1 else SEPARATOR


@dataclass
class Layout:
    """Literal strings and segment slots, in order; rendering fills the slots."""

    items: list[str | int] = field(default_factory=list)
    segments: list[Segment] = field(default_factory=list)
    # the literal text since the last segment: it decides that segment's glue
    between: list[str] = field(default_factory=list)

    def literal(self, text: str) -> None:
        if text:
            self.items.append(text)
            self.between.append(text)

    def segment(self, text: str, speaker: bool = False) -> None:
        if text:
            if self.segments:
                before = self.segments[-1]
                glue = _glue("".join(self.between), before.speaker or speaker)
                self.segments[-1] = dataclasses.replace(before, glue=glue)
            self.between.clear()
            self.items.append(len(self.segments))
            self.segments.append(Segment(text, speaker))

    def text_with_protected(self, text: str, markup: re.Pattern[str] = TAG_RE) -> None:
        """Text whose timestamps and markup stay literal (never seen by the detectors)."""
        cursor = 0
        for match in sorted(
            [*TIMESTAMP_RE.finditer(text), *markup.finditer(text)], key=lambda m: m.start()
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


def is_role(label: str, roles: frozenset[str]) -> bool:
    """A role label ("INT", "P1", "PARTICIPANT 3", "SPEAKER_01"): its base word is listed."""
    return ROLE_SUFFIX_RE.sub("", label.strip()).strip().lower() in roles


# A speaker's initials as a label ("MM", "SÓ", "GC"): two or three capital letters.
INITIALS_LABEL_RE = re.compile(r"[^\W\d_]{2,3}")
# Capitals that open a line with a colon in letters, e-mails and notes without being anyone's
# initials ("CC: ...", "NB: ...", "PS: ..."): never a speaker by shape alone.
_NOT_SPEAKER_INITIALS = frozenset(
    ["re", "bcc", "ps", "pps", "nb", "fao", "fyi", "to", "att", "ref", "tel", "mob", "dob",
     "nhs", "ni", "id", "qa", "oh", "hr", "uk", "fw", "fwd", "pto", "eta", "aka", "am", "pm",
     "rsvp", "faq", "tbc", "tba", "url", "via", "ok", "no", "yes", "gp", "op", "ops",
     "pid", "sms", "mod", "raf", "rn", "rm", "hq", "co", "oc", "wo", "nco"]
)  # fmt: skip


# A form's fields that open several lines of a statement, a record or a letter ("Signature:
# [signature]" under each page, "Date:", "Action:"): labels of fields, never a speaker, however
# often they open a line.
FORM_FIELD_LABELS = frozenset(
    ["signature", "signed", "date", "dated", "dates", "time", "name", "address", "postcode",
     "mobile", "phone", "tel", "telephone", "email", "e-mail", "subject", "from", "to", "sent",
     "cc", "action", "actions", "note", "notes", "outcome", "reason", "status", "priority",
     "ref", "reference", "case", "rank", "unit", "grade", "team", "location", "course",
     "period", "venue", "agenda", "item", "result", "score", "comment", "comments", "summary",
     "decision", "category", "type", "page", "attachment", "attachments", "update"]
)  # fmt: skip


def is_initials_label(label: str) -> bool:
    """Two or three capital letters ("MM", "EÓ"), not a header word such as "CC" or "NB"."""
    return (
        INITIALS_LABEL_RE.fullmatch(label) is not None
        and label.isupper()
        and label.lower() not in _NOT_SPEAKER_INITIALS
    )


def speaker_labels(lines: Sequence[str], roles: frozenset[str] = frozenset()) -> set[str]:
    """Labels used as speakers: a role word, or a label that starts two or more lines.

    In a transcript whose speakers are labelled by their initials, someone who speaks once
    still has a label of that shape: once two different initials labels each start two or
    more lines, a line opened by any other initials ("GC: We came up...") is a speaker too,
    so the name it stands for is replaced like the others rather than read as prose."""
    counts: Counter[str] = Counter()
    for line in lines:
        match = LABEL_RE.match(line)
        if match:
            counts[match.group("label")] += 1
    labels = {
        label
        for label, count in counts.items()
        if (count >= 2 and label.strip().lower() not in FORM_FIELD_LABELS) or is_role(label, roles)
    }
    initials_in_use = [label for label in labels if is_initials_label(label)]
    if len(initials_in_use) >= 2:
        labels |= {label for label in counts if is_initials_label(label)}
    return labels


def layout_line(
    layout: Layout, line: str, labels: set[str], markup: re.Pattern[str] = TAG_RE
) -> None:
    """Split one line: optional timestamp, speaker label or voice tag, then protected text."""
    match = LABEL_RE.match(line)
    if match and match.group("label") in labels:
        layout.literal(match.group("pre"))
        layout.segment(match.group("label"), speaker=True)
        layout.literal(match.group("sep"))
        line = line[match.end() :]
    cursor = 0
    for voice in VOICE_RE.finditer(line):
        layout.text_with_protected(line[cursor : voice.start()], markup)
        layout.literal(voice.group(1))
        layout.segment(voice.group(2), speaker=True)
        layout.literal(voice.group(3))
        cursor = voice.end()
    layout.text_with_protected(line[cursor:], markup)


@dataclass(frozen=True)
class TextFile:
    """A decoded text file and whether it opened with a byte-order mark (kept on writing)."""

    text: str
    bom: bool = False

    def write(self, out: Path, text: str) -> None:
        write_bytes(out, (codecs.BOM_UTF8 if self.bom else b"") + text.encode("utf-8"))


def decode_file(path: Path, data: bytes) -> TextFile:
    if not data.strip():
        raise DocumentError(f"{path}: the file is empty; expected a transcript or text")
    try:
        return TextFile(data.decode("utf-8-sig"), data.startswith(codecs.BOM_UTF8))
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"{path}: not UTF-8 text (undecodable byte at offset {exc.start}); "
            "re-export it as UTF-8"
        ) from None


@functools.cache
def default_roles() -> frozenset[str]:
    """The configured default role labels (scrub.speaker_roles, else the shipped list)."""
    from sealflow.scrub.settings import default_settings

    return default_settings().roles()
