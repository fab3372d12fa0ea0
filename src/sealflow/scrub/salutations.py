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
    # the greeting is the whole line ("Morning Parade, 0800" is an item, not a salutation)
    rf"(?-i:(?P<name>{_NAME}(?:[ \t]{_NAME})?))[ \t]*[,!]?[ \t]*$"
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
    # "Grace Bennett, or Smiler as everyone calls her"
    r"|[ \t]*,?[ \t]*or[ \t]+[\"'‘“]?(?P<or_name>" + _NAME + r")[\"'’”]?[ \t]+as[ \t]+"
    r"(?:[a-z]+[ \t]+){0,2}call(?:s|ed)?[ \t]+(?:him|her|them)\b"
)
# a name someone is called, with no person named before it in the sentence: "Everyone calls
# her Spider anyway" (who "her" is the sentences before say; the name is someone's either way)
_CALLED = re.compile(
    r"\b(?:call(?:s|ed)?|calling)[ \t]+(?:him|her|them|me)[ \t]+[\"'‘“]?(?P<name>" + _NAME + r")"
    r"(?![\w'’\-])|\bnicknamed[ \t]+[\"'‘“]?(?P<nick>" + _NAME + r")(?![\w'’\-])"
)
# what people are called that names no one in particular: "calls him Dad", "calls me Sir"
_NOT_A_NICKNAME = frozenset(
    ["mum", "mam", "mom", "mummy", "mammy", "dad", "daddy", "nan", "nana", "nanny", "gran",
     "granny", "grandad", "grandpa", "grandma", "sir", "ma'am", "boss", "chief", "love",
     "darling", "babe", "baby", "son", "mate", "pal", "buddy", "bro", "sis", "auntie",
     "uncle", "aunty", "aunt", "sarge", "staff", "colour", "the", "a", "an", "that", "this",
     "names", "things", "everything", "nothing", "anything", "something", "stuff"]
)  # fmt: skip
# the name, then who it is: "Um, SPUD, so that's CSgt Ciarán Murphy"
_SO_THATS = re.compile(
    r"(?<![\w'’\-])(?P<name>" + _NAME + r"),?[ \t]+so[ \t]+that['’]s[ \t]+(?:like[ \t]+)?$"
)
_WINDOW = 60


def _name_of(match: re.Match[str]) -> tuple[int, int]:
    group = "name" if match.group("name") is not None else "or_name"
    return match.span(group)


def salutation_names(
    text: str, detections: Sequence[Detection], words: WordLists
) -> list[Detection]:
    """``detections`` and each salutation's or "call him"'s name no detection holds yet."""
    spans = [m.span("name") for m in _OPENING.finditer(text)]
    for calling in _CALLED.finditer(text):
        group = "name" if calling.group("name") is not None else "nick"
        if calling.group(group).lower() not in _NOT_A_NICKNAME:
            spans.append(calling.span(group))
    for d in detections:
        if d.entity_type != "PERSON":
            continue
        called = _GOES_BY.match(text, d.end)
        if called is not None:
            spans.append(_name_of(called))
        before = _SO_THATS.search(text, max(0, d.start - _WINDOW), d.start)
        if before is not None:
            spans.append(before.span("name"))
    added: list[Detection] = []
    for start, end in spans:
        value = text[start:end]
        if value.lower() in _NOBODY or words.is_allowed(value):
            continue
        if any(d.start < end and start < d.end for d in [*detections, *added]):
            continue
        added.append(Detection("PERSON", start, end, 0.85, SALUTATION))
    return [*detections, *added]


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
    starts = {s[0]: s for s in spans}
    for person in spans:
        named = text[person[0] : person[1]]
        goes_by = _GOES_BY.match(text, person[1])
        if goes_by is not None and _name_of(goes_by)[0] in starts:
            called = starts[_name_of(goes_by)[0]]
            tie(text[called[0] : called[1]], named)
        before = _SO_THATS.search(text, max(0, person[0] - _WINDOW), person[0])
        if before is not None and before.start("name") in starts:
            called = starts[before.start("name")]
            tie(text[called[0] : called[1]], named)
    return {value: name for value, name in found.items() if value not in twice}
