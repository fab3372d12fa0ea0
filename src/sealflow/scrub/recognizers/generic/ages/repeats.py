"""More ages beside a found one, each checked like it: listed after it ("aged 7, 9 and 12"),
paired with a second time ("three when I deployed and six when I came home"), said again
alone ("He was 19. Nineteen!"), said alone just before ("Nineteen. He was nineteen.") or
given in turn by the next speakers of a focus group.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sealflow.scrub.recognizers.generic.ages.guards import MAX_AGE
from sealflow.scrub.recognizers.generic.ages.words import END, MONTH, NUMBER
from sealflow.scrub.recognizers.spoken_numbers import age_value

# Another age said straight after one: "aged 7 and 9", "I was 18, 19 at the time".
_ANOTHER = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|[-–—])\s+|\s*(?:\.{3}|…)\s*|\s+and\s+(?:me|"
    r"him|her|them|myself)\s+)"
    r"(?:(?:maybe|probably|possibly|perhaps|nearly|almost|about)\s+)?"
    + NUMBER
    + END
    + r"(?!\s*(?:st|nd|rd|th)\b|\s+"
    + MONTH
    + r"\b)",
    re.IGNORECASE,
)
# A second age said in parallel in the same sentence: "she was three when I deployed and six
# when I came home", "I was 19 when I joined and 41 by the time I got out".
_AND_THEN = re.compile(
    r"[^.!?\n]{0,60}?\b(?:and|but|then)\s+(?:(?:only|just|nearly|almost|about|barely)\s+)?"
    + NUMBER
    + r"\s+(?:when|by\s+the\s+time|once|after|before)\b",
    re.IGNORECASE,
)


def age_and_then(
    text: str, end: int, youngest: int, score: float
) -> Iterator[tuple[int, int, float]]:
    """The second age of a sentence that pairs two ages with two times (see _AND_THEN)."""
    another = _AND_THEN.match(text, end)
    if another is not None:
        age = age_value(another.group("id"))
        if age is not None and youngest <= age <= MAX_AGE:
            yield another.start("id"), another.end("id"), score


def more_ages(text: str, end: int, youngest: int, score: float) -> Iterator[tuple[int, int, float]]:
    """Ages listed after a found one ("aged 7, 9 and 12"), each checked like the first."""
    while (another := _ANOTHER.match(text, end)) is not None:
        age = age_value(another.group("id"))
        if age is None or not youngest <= age <= MAX_AGE:
            return
        yield another.start("id"), another.end("id"), score
        end = another.end("id")


# The same age said again on its own just after: "He was 19. Nineteen!", "22, 22 I was".
_ALONE = re.compile(NUMBER + r"(?=[ \t]*(?:[.!?,;…]|\n|$))", re.IGNORECASE)
_SAID_AGAIN_REACH = 60
# Only pauses, or an "I said", between the age and its repeat.
_BETWEEN_REPEATS = re.compile(
    r"(?:\s+(?:(?:this|next|last)\s+(?:year|month|week)|now|today|tomorrow))?"
    r"[\s.!?,;:…\-–—]*(?:(?:yeah|yes|aye|I\s+said|honestly|literally|only|just)[\s.!?,;:…\-–—]*)?",
    re.IGNORECASE,
)


# what opens an age said as a sentence of its own a clause after the age it repeats: "I was,
# erm, nineteen when we went to Helmand. Nineteen. Just a kid really." (the repeat ends its
# sentence too, as ``_ALONE`` asks)
_A_SENTENCE_ALONE = re.compile(r"[.!?…][ \t]\Z")


def said_again(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The repeats of a found age said alone right after it, in digits or in words, or as a
    sentence of its own within the same few words."""
    taken = {(start, end) for start, end, _ in found}
    again = []
    for start, end, score in found:
        value = age_value(text[start:end])
        if value is None:
            continue
        for match in _ALONE.finditer(text, end, min(len(text), end + _SAID_AGAIN_REACH)):
            span = (match.start("id"), match.end("id"))
            if span in taken:
                continue
            if not (
                _BETWEEN_REPEATS.fullmatch(text, end, match.start())
                or _A_SENTENCE_ALONE.match(text, max(0, match.start() - 2), match.start())
            ):
                continue
            if age_value(match.group("id")) == value:
                taken.add(span)
                again.append((*span, score))
    return again


# An age said alone as a sentence of its own just before the sentence that gives it a cue:
# "Nineteen. He was nineteen.", "Thirty-four. Thirty-five in May."
_ALONE_BEFORE = re.compile(
    NUMBER + r"[ \t]*[.!…]+[ \t]*(?:(?:I|he|she|they)(?:\s+(?:was|were|is|am)|['’][sm])\s+|"
    r"(?:just|only|yeah|aye)[,\s]+)?\Z",
    re.IGNORECASE,
)
_SENTENCE_START = frozenset(".!?\n:\"“'‘")


def said_before(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """A bare age sentence right before a found age of the same value (or the year before it,
    an age then the next said ahead: "Thirty-four. Thirty-five in May."). From 16: "Ten. Ten
    of us." is a count said twice."""
    taken = {(start, end) for start, end, _ in found}
    before = []
    for start, end, score in found:
        value = age_value(text[start:end])
        if value is None:
            continue
        lo = max(0, start - _SAID_AGAIN_REACH)
        match = _ALONE_BEFORE.search(text[lo:start])
        if match is None:
            continue
        span = (lo + match.start("id"), lo + match.end("id"))
        said = age_value(match.group("id"))
        head = text[: span[0]].rstrip(" \t")
        if span in taken or said is None or said < 16 or said not in (value, value - 1):
            continue
        if head and head[-1] not in _SENTENCE_START:
            continue  # the number ends a longer sentence ("we were 19. He was 19.")
        taken.add(span)
        before.append((*span, score))
    return before


# A focus group giving ages in turn, each on their own line after a found one: "P1: I'm
# forty-eight. / P2: Fifty-one. / P3: Same as him, fifty-one." (a colon between digits with
# no space is a time: "Marlon Charles, 12:19" is a chat's header, no answer)
_ROUND_ANSWER = re.compile(
    r"[^\n:]{1,25}(?:(?<!\d):[ \t]*|:[ \t]+)(?:(?:me|same(?:\s+as\s+(?:him|her|them|you|\w+))?|"
    r"and\s+me|I['’]m|I\s+am|I\s+was|I['’]d\s+have\s+been|yeah|yes|aye|oh|erm+|um+|just|"
    r"only)[ \t,.!?…]+)*" + NUMBER + r"[ \t]*[.!…]*[ \t]*(?=\n|$)",
    re.IGNORECASE,
)
_ROUND_TURNS = 6


def in_the_round(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The bare ages of the next speakers' lines after a found age, until a line is no such
    answer. From 16: "P2: Three." after an age is more likely a count."""
    taken = {(start, end) for start, end, _ in found}
    more = []
    for _start, end, score in found:
        line_end = text.find("\n", end)
        for _ in range(_ROUND_TURNS):
            if line_end < 0:
                break
            match = _ROUND_ANSWER.match(text, line_end + 1)
            if match is None:
                break
            value = age_value(match.group("id"))
            if value is None or not 16 <= value <= MAX_AGE:
                break
            span = (match.start("id"), match.end("id"))
            if span not in taken:
                taken.add(span)
                more.append((*span, score))
            line_end = text.find("\n", match.end())
    return more
