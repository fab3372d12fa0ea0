"""Who a letter or an e-mail speaks to, and the names people go by: "Hi Gibbo," under "To:
Gibson, Will CPO (RN)" is Will Gibson; "Flt Lt David Fairclough -- the lads call him
Bungle" makes Bungle him.

Why a module: a nickname is no name any list holds, and nothing in the word ties "Gibbo",
"Bubbles" or "Bungle" to the person it stands for; the layout does. A salutation's name is
the person the message is addressed to (the nearest "To:" line above it naming one person),
and a name after "call him", "known as" or "aka" is the person just named. Found and tied
here, each use of the nickname goes under the person's one placeholder; apart, each was a
person of its own (or, the first time, no person at all: "Afternoon Bubbles,").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sealflow.scrub.detect import Detection
from sealflow.scrub.wordlists import WordLists

SALUTATION = "salutation"
_NAME = r"[A-ZÀ-Þ][A-Za-zÀ-ÿ'’\-]+"
# a message's opening line: a greeting, one or two name words, then a comma, "!" or the
# line's end ("Hi Gibbo,", "Afternoon Bubbles,", "Dear Mrs Okafor", "Morning Smudge!")
_OPENING = re.compile(
    r"(?im)^[ \t]*(?:hi|hiya|hello|hey|dear|morning|afternoon|evening|good[ \t]+morning|"
    r"good[ \t]+afternoon|good[ \t]+evening|alright|all[ \t]+right)[ \t]+"
    rf"(?-i:(?P<name>{_NAME}(?:[ \t]{_NAME})?))[ \t]*(?:[,!]|$)"
)
# who a salutation greets that is nobody in particular, or a role ("Hi all", "Dear Sir")
_NOBODY = frozenset(
    ["all", "everyone", "team", "both", "folks", "guys", "there", "sir", "madam", "ma'am",
     "staff", "boss", "colleagues", "gents", "ladies", "people", "you", "mate", "chaps"]
)  # fmt: skip
_TO_LINE = re.compile(r"(?im)^[ \t]*to[ \t]*:[^\n]*$")
# a name people go by, after the person it belongs to in the same sentence
_GOES_BY = re.compile(
    r"[^.!?\n]{0,80}?\b(?:call(?:s|ed)?[ \t]+(?:him|her|them)|known[ \t]+as|a\.?k\.?a\.?|"
    r"nicknamed|goes[ \t]+by)[ \t]+[\"'‘“]?(?P<name>" + _NAME + r")\b"
)


def salutation_names(
    text: str, detections: Sequence[Detection], words: WordLists
) -> list[Detection]:
    """``detections`` and each salutation's or "call him"'s name no detection holds yet."""
    added = []
    for pattern, start_at in ((_OPENING, None), (_GOES_BY, "person")):
        for match in _matches(pattern, text, detections, start_at):
            start, end = match.span("name")
            value = match.group("name")
            if value.lower() in _NOBODY or words.is_allowed(value):
                continue
            if any(d.start < end and start < d.end for d in detections):
                continue
            added.append(Detection("PERSON", start, end, 0.85, SALUTATION))
    return [*detections, *added]


def _matches(
    pattern: re.Pattern[str], text: str, detections: Sequence[Detection], start_at: str | None
) -> list[re.Match[str]]:
    if start_at is None:
        return list(pattern.finditer(text))
    # "... call him X" is read from the end of each person found
    return [
        m
        for d in detections
        if d.entity_type == "PERSON" and (m := pattern.match(text, d.end)) is not None
    ]


def aliases(text: str, people: Sequence[tuple[int, int]], words: WordLists) -> dict[str, str]:
    """Name (as written) -> the name (as written) of the person it stands for: a
    salutation's name -> the one person of the nearest "To:" line above it; a name after
    "call him" -> the person just before. Only a name no list holds (a nickname) is tied:
    a listed first name or surname is its own person unless the names agree, which the
    placing of mentions finds for itself ("Hi Will," to "Gibson, Will"), and "Hi Sarah,"
    to John Smith is Sarah. A value tied to two people is tied to none."""
    spans = sorted(people)
    found: dict[str, str] = {}
    twice: set[str] = set()

    def tie(value: str, name: str) -> None:
        key = value.lower()
        if value == name or key in words.first_names or key in words.surnames:
            return
        if key in words.table_names or key in words.ambiguous:
            return
        if found.get(value, name) != name:
            twice.add(value)
        found.setdefault(value, name)

    to_lines = [m.span() for m in _TO_LINE.finditer(text)]
    for match in _OPENING.finditer(text):
        start, end = match.span("name")
        greeted = [s for s in spans if s[0] < end and start < s[1]]
        above = [line for line in to_lines if line[1] <= start]
        if len(greeted) != 1 or not above:
            continue
        line_start, line_end = above[-1]
        on_line = [s for s in spans if line_start <= s[0] and s[1] <= line_end]
        if len(on_line) == 1:
            tie(text[greeted[0][0] : greeted[0][1]], text[on_line[0][0] : on_line[0][1]])
    for before in spans:
        match = _GOES_BY.match(text, before[1])
        if match is None:
            continue
        called = [s for s in spans if s[0] == match.start("name")]
        if called:
            tie(text[called[0][0] : called[0][1]], text[before[0] : before[1]])
    return {value: name for value, name in found.items() if value not in twice}
