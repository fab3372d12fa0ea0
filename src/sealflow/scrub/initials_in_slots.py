"""Initials where a team's working papers put a person, though no key declares them.

An evaluation team writes about itself by initials: who sent a chat message ("[09:10] JN:"),
who commented on a draft ("[JH: swap for a Navy rating]", "(KS comments)"), who updated a
tracker or coded a sheet ("updated 19 Dec by JT", "Double-coded by PK,"), who gets a task
or a query ("Escalate to ZC.", "Queries - EM.", "cc'ing GH in", "asking for GT"), who went
("LC & me @ Catterick", "GW and I at DMRC"), who is asked ("SR can you reply", "KS
agree?"), and who signed ("\\nMMacL\\n" under an e-mail, "cheers, MM", "send pin - mm", "km"
alone on a chat message's last line). The same capitals elsewhere are a
code or a theme ("is PS a code or a theme?", "see code ST"), an office ("OC", "HR") or a
rank, and stay: only these slots count, and an office's letters (``NOT_INITIALS``) or a rank
never do. Found once in a slot, the initials are the same person at their other uses in
the document, as written (``spread_found_initials``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sealflow.scrub.declared_initials import initials_letters
from sealflow.scrub.detect import Detection, merge
from sealflow.scrub.initials_keys import uses_as_written
from sealflow.scrub.recognizers.forces.rank_name_recognizer import RANK_WORDS
from sealflow.scrub.spans import overlaps_any
from sealflow.scrub.wordlists import NOT_INITIALS, WordLists

# initials as teams write them: "JT", "J.T.", "JTa", "JT2", "RO'N", "EMcK", "MMacL"
_INITIALS = (
    r"(?-i:(?:[A-Z]\.){2,4}|[A-Z][A-ZÀ-ÖØ-Þ]{1,2}(?:[a-z]{1,2}|[1-9])?"
    r"|[A-Z]{1,2}(?:O['’]|Ma?c)[A-Z]{1,2})"
)
_I = r"(" + _INITIALS + r")"
# what may follow initials in a slot that ends them: the clause's end, another person
_ENDS = r"(?=[ \t]*(?:[.,;:)\]/&+\n]|$|['’]s\b|[ \t](?:and|&|to|in|from|re|pls|please)\b))"
# verbs of a team's notes after initials opening a clause ("SR can you reply", "CB driving")
_DOES = (
    r"can[ \t]+you|could[ \t]+you|agree\??|pls|please|driving|off[ \t]+sick|on[ \t]+leave|"
    r"has[ \t]+the|have[ \t]+the|"
    r"to[ \t]+(?:action|chase|check|send|code|book|call|reply|lead|cover|follow)|"
    r"running[ \t]+late|will[ \t]+do|comments|edits|tracked|notes|and[ \t]+I\b|&[ \t]+me\b|"
    r"\+[ \t]+me\b|and[ \t]+me\b|said|says|knows|told|rang|texted|asked"
)
_SLOTS = re.compile(
    # a chat's sender after its time: "[09:10] JN:", "12:21 OB:"
    r"^[ \t]*\[?\d{1,2}[:.]\d{2}\]?[ \t]+" + _I + r":"
    # a dated entry of a case note or a call log: "10 Jun 2026 FG: Call from", "2026-01-29
    # CÓ:", "18/11/2026 11:07 WW:"
    r"|^[ \t]*(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{2,8}[ \t]+\d{4}|\d{1,2}[/.\-]\d{1,2}"
    r"[/.\-]\d{2,4}|\d{4}-\d{2}-\d{2})(?:[ \t,]+\d{1,2}[:.]\d{2})?[ \t]+" + _I + r":"
    # a call log's entry signed with initials after its last sentence: "part on order; Hill
    # to return in 5 working days. WW"
    r"|(?<=[a-z0-9)][.!])[ \t]+" + _I + r"[ \t]*$"
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
    r"|^[ \t]*(?:[-–—][ \t]*)?"
    + _I
    + r"[ \t]*$",
    re.MULTILINE,
)
# who someone is, in brackets beside initials, or the initials in brackets beside who
# someone is: "J.B. (MO)", "hs (my oh)", "My husband (DR)", "the rao (ir)"
_WHO = (
    r"(?:my[ \t]+)?(?:oh|other[ \t]+half|husband|hubby|wife|partner|boss|mate|mo|medic|padre|"
    r"chaplain|welfare[ \t]+officer|hive[ \t]+officer|uwo|rao|clerk|oc|co|rsm|cso|swo|adjt|"
    r"2ic|line[ \t]+manager|sister|brother|son|daughter|dad|mum)"
)
_LOWER = r"(?:[a-z]{2}|(?:[a-z]\.){2,3})"
_WHO_SLOTS = re.compile(
    r"(?i:(?<![\w'’.])(" + _INITIALS + r"|" + _LOWER + r")[ \t]*\([ \t]*" + _WHO + r"[ \t]*\))"
    r"|(?i:\b" + _WHO + r")[ \t]*\([ \t]*(" + _INITIALS + r"|" + _LOWER + r")[ \t]*\)"
    # thanks, signed with initials at a message's end: "thx ss", "thanks b.m. x", "cheers, MM"
    r"|(?i:\b(?:thx|thanks|ta|cheers)[ \t]*,?[ \t]+)(" + _INITIALS + r"|" + _LOWER + r")"
    r"(?=[ \t]*(?:x+\b[ \t]*)?$)"
    # a message signed after a dash at its end, in lower case: "send pin - mm", "a pat on
    # the back - ac" (in capitals a dash more often gives a note's outcome: "– DNA", "– TBC")
    r"|(?<=\S)[ \t]+[-–—][ \t]*(" + _LOWER + r")(?=[ \t]*(?:x+\b[ \t]*)?$)"
    # two lower-case letters alone on a message's last line: "my new no. 07863 165269\nkm"
    r"|(?<=\n)(" + _LOWER + r")[ \t]*(?=\n[^\n]*\d{1,2}[:.]\d{2}|\Z)",
    re.MULTILINE,
)
# initials beside a found person, joined by "and" or "or": "Cpl Doyle or SD", "Ł.W. and JN"
_AND_AFTER = re.compile(
    r"[ \t]+(?:and|or|&|\+)[ \t]+("
    + _INITIALS
    + r")"
    + _ENDS[:-1]
    + r"|[ \t]+(?:are|were|have|in)\b)"
)
_AND_BEFORE = re.compile(r"(?<![\w'’.])(" + _INITIALS + r")[ \t]+(?:and|&|\+)[ \t]+\Z")
# two people by initials doing something together: "GM and JL ran the session", "aw and kf
# ran it" (each side initials, in capitals, dotted or two lower-case letters)
_EITHER = r"(?:" + _INITIALS + r"|" + _LOWER + r")"
_TOGETHER = (
    r"[ \t]+(?:ran|run|did|led|took|covered|organised|organized|delivered|facilitated|hosted"
    r"|chaired|interviewed|coded|set[ \t]+up)\b"
)
_PAIR_SLOTS = (
    re.compile(
        r"(?<![\w'’.])(" + _EITHER + r")(?=[ \t]+(?:and|&)[ \t]+" + _EITHER + _TOGETHER + ")"
    ),
    re.compile(
        r"(?<![\w'’.])" + _EITHER + r"[ \t]+(?:and|&)[ \t]+(" + _EITHER + r")(?=" + _TOGETHER + ")"
    ),
)
# two letters in lower case that are words of a message, never initials
_LOWER_WORDS = frozenset(
    {"xx", "ok", "np", "ty", "hi", "oh", "lol", "ffs", "tbh", "omg", "gn", "gm"}
)
# capitals of a clock or a calendar, never initials ("by PM", "to GMT")
_TIMES = frozenset({"am", "pm", "gmt", "bst", "utc", "hrs", "dob", "eod", "cob"})
# the recognizer recorded on what the step adds (the report's per-recognizer counts)
INITIALS_IN_A_SLOT = "InitialsInASlot"


def initials_in_slots(
    text: str, detections: Sequence[Detection], words: WordLists
) -> list[Detection]:
    """The detections, and a PERSON for initials in one of the slots above."""
    covered = [(d.start, d.end) for d in detections]
    added = []
    slots = [*_SLOTS.finditer(text), *_WHO_SLOTS.finditer(text)]
    slots += [m for pattern in _PAIR_SLOTS for m in pattern.finditer(text)]
    for person in detections:
        if person.entity_type == "PERSON":
            slots.extend(m for m in [_AND_AFTER.match(text, person.end)] if m is not None)
            before = _AND_BEFORE.search(text, max(0, person.start - 16), person.start)
            slots.extend([before] if before is not None else [])
    for slot in slots:
        start = end = 0
        for index in range(1, (slot.re.groups or 0) + 1):
            if slot.group(index) is not None:
                start, end = slot.span(index)
                break
        letters = initials_letters(text[start:end])
        if start == end or letters in NOT_INITIALS or letters in RANK_WORDS or letters in _TIMES:
            continue
        if (
            text[start:end].isalpha()
            and text[start:end].islower()
            and (letters in words.stop_words or letters in _LOWER_WORDS)
        ):
            continue  # "thx ok", "(my oh)": a word, not initials
        if not overlaps_any(covered, start, end):
            added.append(Detection("PERSON", start, end, 0.85, INITIALS_IN_A_SLOT))
            covered.append((start, end))
    if not added:
        return list(detections)
    return spread_found_initials(text, merge([*detections, *added]), words)


def spread_found_initials(
    text: str, detections: Sequence[Detection], words: WordLists | None = None
) -> list[Detection]:
    """The detections, and every other use, as written, of initials found in a slot. Lower-case
    letters that are also an abbreviation ("km", "mm" signing a message) are not spread: "3 -
    4 km" elsewhere is a distance."""
    found = {text[d.start : d.end] for d in detections if d.recognizer == INITIALS_IN_A_SLOT}
    values = {v for v in found if words is None or not (v.islower() and words.is_common_word(v))}
    return uses_as_written(text, detections, values, 0.85, INITIALS_IN_A_SLOT)
