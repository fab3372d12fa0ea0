""" "Structure intact" as a measurable: does a scrubbed file keep the structure of its original?

Scrubbing may change words, never structure. The check compares what a reader relies on:
- .txt: the line count, line endings, and at every line with a speaker label the same
  timestamp and label kind (a role label byte for byte; a name label still a label);
- .srt/.vtt: the same blocks in the same order, every cue's identifier and timing line
  (with its settings) byte for byte, the same payload line count, the same markup in each
  cue (voice tags of roles byte for byte, of names still voice tags) and the same labels;
  NOTE/STYLE/REGION blocks present as before (STYLE and REGION byte for byte);
- .docx: the same members, and in each XML part the same number of paragraphs, runs,
  tables, rows, cells, text boxes, tracked insertions and deletions, notes and comments.
Differences are described without quoting any text of the document.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from sealflow.errors import DocumentError
from sealflow.scrub.formats.base import (
    LABEL_RE,
    VOICE_RE,
    decode_file,
    default_roles,
    is_role,
    lines_with_ends,
    speaker_labels,
)
from sealflow.scrub.formats.cues import SRT_MARKUP_RE, VTT_MARKUP_RE, Block, srt_blocks, vtt_blocks
from sealflow.scrub.formats.docx_format import THUMBNAIL_PART
from sealflow.scrub.formats.ooxml_package import open_package

PLACEHOLDER_LABEL_RE = re.compile(
    r"^(?P<pre>[ \t]*(?:[\[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?[\])]?[ \t]*[-–]?[ \t]*)?)"
    r"(?P<label>\[[A-Z_]+(?:-\d+)?\])(?P<sep>[ \t]*:(?:[ \t]+|$))"
)
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DOCX_COUNTED = (
    "p",
    "r",
    "tbl",
    "tr",
    "tc",
    "txbxContent",
    "ins",
    "del",
    "footnote",
    "endnote",
    "comment",
    "sectPr",
    "headerReference",
    "footerReference",
)


def _label_kinds(lines: list[str], roles: frozenset[str], original: bool) -> dict[int, str]:
    """Line index -> (timestamp, role label text or "name") for lines opening with a label."""
    labels = speaker_labels(lines, roles)
    kinds = {}
    for index, line in enumerate(lines):
        match = LABEL_RE.match(line)
        if match and (match.group("label") in labels or not original):
            label = match.group("label")
            kinds[index] = match.group("pre") + (label if is_role(label, roles) else "\x00name")
            continue
        placeholder = None if original else PLACEHOLDER_LABEL_RE.match(line)
        if placeholder:
            kinds[index] = placeholder.group("pre") + "\x00name"
    return kinds


def _compare_labels(
    where: str, before: list[str], after: list[str], roles: frozenset[str]
) -> list[str]:
    expected = _label_kinds(before, roles, original=True)
    found = _label_kinds(after, roles, original=False)
    return [
        f"{where} line {index + 1}: speaker label changed"
        for index, kind in sorted(expected.items())
        if found.get(index) != kind
    ]


def _txt(original: Path, scrubbed: Path, roles: frozenset[str]) -> list[str]:
    before = lines_with_ends(decode_file(original, original.read_bytes()).text)
    after = lines_with_ends(decode_file(scrubbed, scrubbed.read_bytes()).text)
    if len(before) != len(after):
        return [f"line count {len(before)} became {len(after)}"]
    problems = [
        f"line {i + 1}: line ending changed"
        for i, ((_, a), (_, b)) in enumerate(zip(before, after, strict=True))
        if a != b
    ]
    return problems + _compare_labels("", [x for x, _ in before], [x for x, _ in after], roles)


def _markup(payload: list[str], roles: frozenset[str], markup: re.Pattern[str]) -> list[str]:
    tags = []
    for line in payload:
        for match in markup.finditer(line):
            voice = VOICE_RE.fullmatch(match.group(0))
            if voice and not is_role(voice.group(2), roles):
                tags.append(voice.group(1) + "\x00name>")
            else:
                tags.append(match.group(0))
    return tags


def _cues(kind: str, original: Path, scrubbed: Path, roles: frozenset[str]) -> list[str]:
    parse = vtt_blocks if kind == "vtt" else srt_blocks
    before = parse(original, decode_file(original, original.read_bytes()).text)
    after = parse(scrubbed, decode_file(scrubbed, scrubbed.read_bytes()).text)
    shape_before = [(b.kind, len(b.lines)) for b in before]
    shape_after = [(b.kind, len(b.lines)) for b in after]
    cue_count = sum(b.kind == "cue" for b in before), sum(b.kind == "cue" for b in after)
    if cue_count[0] != cue_count[1]:
        return [f"cue count {cue_count[0]} became {cue_count[1]}"]
    if shape_before != shape_after:
        return ["blocks (cues, notes, styles, regions) or their line counts changed"]
    problems = []
    cue = 0
    for block, other in zip(before, after, strict=True):
        cue += block.kind == "cue"
        where = (
            f"cue {cue}"
            if block.kind == "cue"
            else f"{block.kind} block at line {block.first_line}"
        )
        if block.kind in ("style", "region", "blank") and block.lines != other.lines:
            problems.append(f"{where}: changed")
        if block.kind == "header" and block.lines[0][0][:6] != other.lines[0][0][:6]:
            problems.append(f"{where}: header keyword changed")
        if block.kind == "note" and not other.lines[0][0].startswith("NOTE"):
            problems.append(f"{where}: no longer a NOTE")
        if block.kind == "cue":
            markup = VTT_MARKUP_RE if kind == "vtt" else SRT_MARKUP_RE
            problems += _cue_problems(where, block, other, roles, markup)
        if [end for _, end in block.lines] != [end for _, end in other.lines]:
            problems.append(f"{where}: line endings changed")
    return problems


def _cue_problems(
    where: str, block: Block, other: Block, roles: frozenset[str], markup: re.Pattern[str]
) -> list[str]:
    problems = []
    if block.head != other.head:
        problems.append(f"{where}: identifier or timing changed")
    before = [line for line, _ in block.payload]
    after = [line for line, _ in other.payload]
    if _markup(before, roles, markup) != _markup(after, roles, markup):
        problems.append(f"{where}: markup or voice tags changed")
    return problems + _compare_labels(where, before, after, roles)


def _docx_counts(path: Path) -> tuple[list[str], dict[str, Counter[str]]]:
    package = open_package(path)
    counts: dict[str, Counter[str]] = {}
    for name in package.names():
        if name.endswith(".xml") and name.startswith("word/"):
            root = package.parse(name).getroot()
            counts[name] = Counter(
                element.tag[len(W) :] for element in root.iter(*(W + tag for tag in DOCX_COUNTED))
            )
    return package.names(), counts


def _docx(original: Path, scrubbed: Path) -> list[str]:
    names_before, before = _docx_counts(original)
    names_after, after = _docx_counts(scrubbed)
    # the first page's thumbnail is left out of the copy on purpose (docx_format.py)
    if [n for n in names_before if not THUMBNAIL_PART.match(n)] != [
        n for n in names_after if not THUMBNAIL_PART.match(n)
    ]:
        return ["package members changed"]
    return [
        f"{part}: {tag} count {before[part][tag]} became {after[part][tag]}"
        for part in before
        for tag in DOCX_COUNTED
        if before[part][tag] != after[part][tag]
    ]


def structure_differences(
    original: Path, scrubbed: Path, roles: frozenset[str] | None = None
) -> list[str]:
    """What differs in structure between a document and its scrubbed copy (empty: intact)."""
    roles = default_roles() if roles is None else roles
    suffix = original.suffix.lower()
    if suffix == ".docx":
        return _docx(original, scrubbed)
    if suffix in (".vtt", ".srt"):
        return _cues(suffix[1:], original, scrubbed, roles)
    return _txt(original, scrubbed, roles)


def structure_intact(original: Path, scrubbed: Path, roles: frozenset[str] | None = None) -> bool:
    return not structure_differences(original, scrubbed, roles)


def structure_counts(
    originals: Path, scrubbed: Path, roles: frozenset[str] | None = None
) -> dict[str, Any]:
    """Structure-intact counts over a folder and its scrubbed copy, overall and per format.

    For bench/scrub_accuracy.py and reports: the differences name documents and places,
    never text. A document missing from the scrubbed folder counts as broken.
    """
    from sealflow.scrub.formats import SUFFIXES

    by_format: dict[str, dict[str, int]] = {}
    broken: list[dict[str, Any]] = []
    for original in sorted(p for p in originals.iterdir() if p.suffix.lower() in SUFFIXES):
        counts = by_format.setdefault(original.suffix.lower(), {"documents": 0, "intact": 0})
        counts["documents"] += 1
        copy = scrubbed / original.name
        try:
            differences = (
                structure_differences(original, copy, roles)
                if copy.is_file()
                else ["no scrubbed copy"]
            )
        except DocumentError as exc:
            differences = [f"unreadable: {type(exc).__name__}"]
        if differences:
            broken.append({"document": original.name, "differences": differences})
        else:
            counts["intact"] += 1
    return {
        "documents": sum(c["documents"] for c in by_format.values()),
        "intact": sum(c["intact"] for c in by_format.values()),
        "by_format": by_format,
        "broken": broken,
    }
