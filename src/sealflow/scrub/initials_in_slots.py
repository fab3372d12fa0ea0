"""Initials where a team's working papers put a person, though no key declares them.

An evaluation team writes about itself by initials: who sent a chat message ("[09:10] JN:"),
who commented on a draft ("[JH: swap for a Navy rating]", "(KS comments)"), who updated a
tracker or coded a sheet ("updated 19 Dec by JT", "Double-coded by PK,"), who gets a task
or a query ("Escalate to ZC.", "Queries - EM.", "cc'ing GH in", "asking for GT"), who went
("LC & me @ Catterick", "GW and I at DMRC"), who is asked ("SR can you reply", "KS
agree?"), and who signed ("\\nMMacL\\n" under an e-mail). The same capitals elsewhere are a
code or a theme ("is PS a code or a theme?", "see code ST"), an office ("OC", "HR") or a
rank, and stay: only these slots count, and an office's letters (``NOT_INITIALS``) or a rank
never do. Found once in a slot, the initials are the same person at their other uses in
the document, as written (``spread_found_initials``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sealflow.scrub.detect import Detection, merge
from sealflow.scrub.recognizers.forces.rank_name_recognizer import RANK_WORDS
from sealflow.scrub.spans import overlaps_any
from sealflow.scrub.wordlists import NOT_INITIALS

# initials as teams write them: "JT", "J.T.", "JTa", "JT2", "RO'N", "EMcK", "MMacL"
_INITIALS = (
    r"(?-i:(?:[A-Z]\.){2,4}|[A-Z]{2,3}(?:[a-z]{1,2}|[1-9])?|[A-Z]{1,2}(?:O['’]|Ma?c)[A-Z]{1,2})"
)
_I = r"(" + _INITIALS + r")"
# what may follow initials in a slot that ends them: the clause's end, another person
_ENDS = r"(?=[ \t]*(?:[.,;:)\]/&+\n]|$|['’]s\b|[ \t](?:and|&|to|in|from|re|pls|please)\b))"
# verbs of a team's notes after initials opening a clause ("SR can you reply", "CB driving")
_DOES = (
    r"can[ \t]+you|could[ \t]+you|agree\??|pls|please|driving|off[ \t]+sick|on[ \t]+leave|"
    r"has[ \t]+the|to[ \t]+(?:action|chase|check|send|code|book|call|reply|lead|cover|follow)|"
    r"running[ \t]+late|will[ \t]+do|comments|edits|tracked|notes|and[ \t]+I\b|&[ \t]+me\b|"
    r"\+[ \t]+me\b|and[ \t]+me\b"
)
_SLOTS = re.compile(
    # a chat's sender after its time: "[09:10] JN:", "12:21 OB:"
    r"^[ \t]*\[?\d{1,2}[:.]\d{2}\]?[ \t]+" + _I + r":"
    # a comment in square brackets: "[JH: swap ...]"
    r"|\[" + _I + r":[ \t]"
    # after a word that hands something to a person
    r"|(?i:\b(?:by|to|per|cc(?:['’]?ing)?|copied[ \t]+in|looping[ \t]+in|asking[ \t]+for|"
    r"queries[ \t]*[-–]|coder:?|cdr|int:?|mins:|checked|w/)[ \t]+)"
    + _I
    + _ENDS
    +
    # before what a person does: "SR can you reply", "(KS comments)", "LC & me"
    r"|(?:^|(?<=[\s(\[]))"
    + _I
    + r"[ \t]+(?i:"
    + _DOES
    + r")"
    +
    # a line that is only initials, under an e-mail or a note: "MMacL", "- G.B."
    r"|^[ \t]*(?:[-–][ \t]*)?"
    + _I
    + r"[ \t]*$",
    re.MULTILINE,
)
# capitals of a clock or a calendar, never initials ("by PM", "to GMT")
_TIMES = frozenset({"am", "pm", "gmt", "bst", "utc", "hrs", "dob", "eod", "cob"})
# the recognizer recorded on what the step adds (the report's per-recognizer counts)
INITIALS_IN_A_SLOT = "InitialsInASlot"


def _letters(value: str) -> str:
    return "".join(c for c in value if c.isalpha()).lower()


def initials_in_slots(text: str, detections: Sequence[Detection]) -> list[Detection]:
    """The detections, and a PERSON for initials in one of the slots above."""
    covered = [(d.start, d.end) for d in detections]
    added = []
    for slot in _SLOTS.finditer(text):
        start = end = 0
        for index in range(1, (slot.re.groups or 0) + 1):
            if slot.group(index) is not None:
                start, end = slot.span(index)
                break
        letters = _letters(text[start:end])
        if start == end or letters in NOT_INITIALS or letters in RANK_WORDS or letters in _TIMES:
            continue
        if not overlaps_any(covered, start, end):
            added.append(Detection("PERSON", start, end, 0.85, INITIALS_IN_A_SLOT))
            covered.append((start, end))
    return spread_found_initials(text, merge([*detections, *added])) if added else list(detections)


def spread_found_initials(text: str, detections: Sequence[Detection]) -> list[Detection]:
    """The detections, and every other use, as written, of initials found in a slot."""
    values = {text[d.start : d.end] for d in detections if d.recognizer == INITIALS_IN_A_SLOT}
    if not values:
        return list(detections)
    alternation = "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True))
    covered = [(d.start, d.end) for d in detections]
    added = []
    for use in re.finditer(r"(?<![\w'’.])(?:" + alternation + r")(?![\w'’]|\.\w)", text):
        if not overlaps_any(covered, use.start(), use.end()):
            added.append(Detection("PERSON", use.start(), use.end(), 0.85, INITIALS_IN_A_SLOT))
    return merge([*detections, *added]) if added else list(detections)
