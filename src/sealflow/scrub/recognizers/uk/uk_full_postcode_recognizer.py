"""UK postcodes: full unit postcodes with or without the space, in any case, typed oddly
("sp9-7ab", "SP9  7AB", "SP9 7 AB") or said and spelt aloud ("s p nine seven a b", "post code
is D L nine, four A B"), and an outward code alone just after a postcode cue ("postcode SP9").

A postcode said aloud is read token by token (letters, digits, digit words, "double"), run
together and checked against the postcode's shape, so only a run that is a postcode goes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sealflow.scrub.recognizers.base import ContextRegexRecognizer
from sealflow.scrub.recognizers.spoken_numbers import DIGIT_WORDS, REPEATS

_OUTWARD = (
    r"(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}"
    r"|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])"
)
_INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"
FULL = re.compile(r"(?:GIR0AA|" + _OUTWARD + _INWARD + r")", re.IGNORECASE)
OUTWARD = re.compile(_OUTWARD, re.IGNORECASE)
_DIGIT_WORD = "|".join(sorted(DIGIT_WORDS, key=len, reverse=True))
# One token of a postcode said or typed in pieces: "double seven", "nine", "sp9", "a".
_TOKEN = re.compile(
    r"(?P<repeat>(?:" + "|".join(REPEATS) + r")\s+)?(?:(?P<word>" + _DIGIT_WORD + r")\b|"
    r"(?P<chunk>[a-z0-9]{1,4})\b)",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"[ \t]*[,.\-]?[ \t]*")
# What says a postcode follows.
_CUE = re.compile(
    r"\b(?:post\s?code|postal\s+code|p/?c)\b(?:['’]s|\s+is|\s+was|\s+being)?[ \t]*[:\-]?[ \t]*",
    re.IGNORECASE,
)
# A postcode spelt aloud without a cue starts with two letters said apart, then a digit:
# "s p nine seven a b", "D L 9 4 A B".
_SPELT_START = re.compile(
    r"(?<![\w'’])[a-z][ \t,]+[a-z][ \t,]+(?=(?:\d|" + _DIGIT_WORD + r")\b)", re.IGNORECASE
)
_MOST_TOKENS = 8


def _pieces(text: str, at: int) -> list[tuple[int, list[str]]]:
    """The tokens from ``at``: where each ends, and the ways the characters so far run
    together (a lone "O" is the letter of "OX" or a zero: both are kept)."""
    pieces: list[tuple[int, list[str]]] = []
    readings = [""]
    cursor = at
    for _ in range(_MOST_TOKENS):
        token = _TOKEN.match(text, cursor)
        if token is None:
            break
        word = token.group("word")
        values = [DIGIT_WORDS[word.lower()]] if word else [token.group("chunk").upper()]
        if word and word.lower() == "o":
            values.append("O")
        times = REPEATS[token.group("repeat").split()[0].lower()] if token.group("repeat") else 1
        readings = [r + v * times for r in readings for v in values]
        pieces.append((token.end(), readings))
        if min(len(r) for r in readings) > 7:
            break
        cursor = _BETWEEN.match(text, token.end()).end()  # type: ignore[union-attr]
    return pieces


def _postcode_from(text: str, at: int, outward_alone: bool) -> int | None:
    """Where a postcode said or typed in pieces from ``at`` ends (the longest that fits)."""
    pieces = _pieces(text, at)
    for end, readings in reversed(pieces):
        if any(FULL.fullmatch(r) for r in readings):
            return end
    if outward_alone:
        for end, readings in reversed(pieces):
            if any(OUTWARD.fullmatch(r) for r in readings) and _ends_here(text, end):
                return end
    return None


def _ends_here(text: str, end: int) -> bool:
    """After an outward code alone: the end of the text, a line or a clause."""
    rest = text[end : end + 8].lstrip(" \t")
    return not rest or rest[0] in ".,;:!?)\n"


class UkFullPostcodeRecognizer(ContextRegexRecognizer):
    ENTITY = "POSTCODE"
    FLAGS = re.IGNORECASE
    PATTERNS = (
        (
            "postcode",
            r"\b(?:GIR ?0AA|" + _OUTWARD + r"(?: {1,2}|[.\-])?[0-9] ?[ABD-HJLNP-UW-Z]{2})\b",
            0.8,
        ),
    )
    CONTEXT = ("postcode", "post code", "address", "live", "lives", "living")
    EXAMPLES = (
        ("we moved to SP9 7AB last year", ["SP9 7AB"]),
        ("postcode sw1a2aa", ["sw1a2aa"]),
        ("Catterick DL9 3PS", ["DL9 3PS"]),
        ("EC1A 1BB and M1 1AE", ["EC1A 1BB", "M1 1AE"]),
        ("the A303 and M4 were closed", []),
        ("version 2.1 of form A1", []),
        ("postcode sp9-7ab, or SP9  7AB, or sp9.7ab, or DL9 4 AB", [
            "DL9 4 AB", "SP9  7AB", "sp9-7ab", "sp9.7ab"]),
        ("it's s p nine seven a b", ["s p nine seven a b"]),
        ("post code is D L nine, four A B", ["D L nine, four A B"]),
        ("postcode is sp nine seven ab", ["sp nine seven ab"]),
        ("my postcode's SP9, near camp", ["SP9"]),
        ("pc: sp double four, one a b", ["sp double four, one a b"]),
        ("postcode is on the letter; the M4 and A303", []),
        ("I got a b in maths and a c", []),
        ("postcode O X one eight five F U, that's it", ["O X one eight five F U"]),
    )  # fmt: skip

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        value = match.group(0)
        score = base_score if value.isupper() or any(c.isdigit() for c in value[:2]) else 0.6
        if self.has_context(text, match.start(), match.end()):
            score = min(1.0, score + self.CONTEXT_BOOST)
        return score

    def iter_matches(self, text: str) -> Iterator[tuple[int, int, float]]:
        yield from super().iter_matches(text)
        for cue in _CUE.finditer(text):
            end = _postcode_from(text, cue.end(), outward_alone=True)
            if end is not None:
                yield cue.end(), end, 0.85
        for start in _SPELT_START.finditer(text):
            end = _postcode_from(text, start.start(), outward_alone=False)
            if end is not None:
                yield start.start(), end, 0.8
