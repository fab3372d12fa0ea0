"""A transcript's sentence said over two cues ("P1\n\nI was\n\nP1\n\nnineteen when I joined"):
the text the patterns read with those breaks blanked, and a match cut back at them.
"""

from __future__ import annotations

import re

# A segment of a transcript that stops mid-sentence: no closing punctuation at its end.
_OPEN_END = re.compile(r"[^\s.!?…:;\"”)\]]\Z")
# The segment that goes on with it starts in lower case or with a digit ("nineteen when...").
_GOES_ON = re.compile(r"[a-z0-9]")
# A speaker label as the readers split it off: "P1", "INT", "SPEAKER_01", "Dave Mensah".
_LABEL = re.compile(r"[A-Z0-9][\w.'’\-]*(?:[ \t]+[A-Z0-9][\w.'’\-]*){0,3}")
_LONGEST_LABEL = 40


def continued_turns(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with each break inside one speaker's sentence blanked out, and where.

    Why: a transcript's cues are separate segments joined by a blank line, with the speaker's
    label between them each time ("P1\n\nI was\n\nP1\n\nnineteen when I joined"), so an
    age said over two cues ("I was | nineteen", "twenty | two") never reached a pattern
    whole. A break counts as inside a sentence when the segment before it ends without
    punctuation, the one after starts in lower case or with a digit, and the label between
    them (if any) is the same as the one before. Blanked with spaces, offsets stay those of
    the text; a match that runs over a blank is cut there (never over a speaker label).
    """
    if "\n\n" not in text:
        return text, []
    blocks: list[tuple[int, int]] = []
    at = 0
    for part in text.split("\n\n"):
        blocks.append((at, at + len(part)))
        at += len(part) + 2
    gaps = []
    for index in range(len(blocks) - 1):
        start, end = blocks[index]
        if not _OPEN_END.search(text, start, end) or _LABEL.fullmatch(text, start, end):
            continue  # a finished sentence, or a label (its turn follows it, not goes on)
        after = index + 1
        label = text[blocks[after][0] : blocks[after][1]]
        if index > 0 and after + 1 < len(blocks) and len(label) <= _LONGEST_LABEL:
            before_label = text[blocks[index - 1][0] : blocks[index - 1][1]]
            if before_label == label:  # "P1 / I was / P1 / nineteen": the same speaker goes on
                after += 1
        if _GOES_ON.match(text, blocks[after][0]):
            gaps.append((end, blocks[after][0]))
    if not gaps:
        return text, []
    view = list(text)
    for start, end in gaps:
        view[start:end] = " " * (end - start)
    return "".join(view), gaps


def cut_at_gaps(
    text: str, start: int, end: int, gaps: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The pieces of a span on either side of the blanked breaks it runs over."""
    pieces, cursor = [], start
    for gap_start, gap_end in gaps:
        if gap_start < end and cursor < gap_end:
            pieces.append((cursor, min(gap_start, end)))
            cursor = max(cursor, gap_end)
    pieces.append((cursor, end))
    trimmed = []
    for lo, hi in pieces:
        while lo < hi and text[lo] in " -–":
            lo += 1
        while hi > lo and text[hi - 1] in " -–":
            hi -= 1
        if lo < hi:
            trimmed.append((lo, hi))
    return trimmed
