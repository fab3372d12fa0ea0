"""Numbers as people say them: digit words ("oh seven seven double five"), cardinals
("forty-three") and years ("nineteen seventy-nine", "two thousand and two").

Shared by the recognizers of spoken phone and service numbers, dates of birth in words and
exact ages; each turns the words into digits and applies its own checks.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

DIGIT_WORDS = {
    "zero": "0",
    "oh": "0",
    "o": "0",
    "nought": "0",
    "nil": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}
REPEATS = {"double": 2, "triple": 3, "treble": 3}
UNITS = {w: int(d) for w, d in DIGIT_WORDS.items() if w not in ("oh", "o", "nought", "nil")}
TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
# Ordinals of the tens, for ages ("my fiftieth", "in his sixtieth year"), not days.
TENS_ORDINALS = {
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
}


# Common misspellings of number words, as typed in forums, texts and quick transcripts
# ("fourty two", "nintey", "tweleve"): read as the word meant. Data, not rules; the canonical
# tables above stay as they are for code that turns values back into words.
MISSPELLINGS = {
    "fourty": "forty",
    "fourtey": "forty",
    "forthy": "forty",
    "ninty": "ninety",
    "nintey": "ninety",
    "nintie": "ninety",
    "ninetey": "ninety",
    "fivety": "fifty",
    "fiffty": "fifty",
    "thirtey": "thirty",
    "thrity": "thirty",
    "twentey": "twenty",
    "twnety": "twenty",
    "sixtey": "sixty",
    "seventey": "seventy",
    "eigthy": "eighty",
    "eightey": "eighty",
    "tweleve": "twelve",
    "twelev": "twelve",
    "twleve": "twelve",
    "twelf": "twelve",
    "tweve": "twelve",
    "ninteen": "nineteen",
    "nineten": "nineteen",
    "forteen": "fourteen",
    "fourten": "fourteen",
    "fiveteen": "fifteen",
    "fithteen": "fifteen",
    "eightteen": "eighteen",
    "eigthteen": "eighteen",
    "seventeeen": "seventeen",
    "sixteeen": "sixteen",
    "thirdteen": "thirteen",
    "elven": "eleven",
    "eigth": "eight",
    "eigt": "eight",
    "fourtieth": "fortieth",
    "nintieth": "ninetieth",
    "twelth": "twelfth",
}
TENS_SAID = {**TENS, **{w: TENS[m] for w, m in MISSPELLINGS.items() if m in TENS}}
TEENS_SAID = {**TEENS, **{w: TEENS[m] for w, m in MISSPELLINGS.items() if m in TEENS}}
UNITS_SAID = {**UNITS, **{w: UNITS[m] for w, m in MISSPELLINGS.items() if m in UNITS}}
ORDINALS_SAID = {**ORDINALS, **{w: ORDINALS[m] for w, m in MISSPELLINGS.items() if m in ORDINALS}}
TENS_ORDINALS_SAID = {
    **TENS_ORDINALS,
    **{w: TENS_ORDINALS[m] for w, m in MISSPELLINGS.items() if m in TENS_ORDINALS},
}
# Every word that is only a number said in words (a span of these is no one's name).
NUMBER_WORDS = frozenset(
    {*TENS_SAID, *TEENS_SAID, *UNITS_SAID, *ORDINALS_SAID, *TENS_ORDINALS_SAID, "hundred"}
)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


DIGIT_TOKEN = r"(?:" + _alternation(DIGIT_WORDS) + r"|\d+)"
# Two or three digits said as one number inside a longer one: "twenty-five" (25), "eleven",
# "nine hundred" (900), as in "oh eight hundred" or "two four, twenty-five, oh one".
NUMBER_GROUP = (
    r"(?:(?:"
    + _alternation(TENS_SAID)
    + r")(?:[\s\-]+(?:"
    + _alternation(UNITS_SAID)
    + r")(?![a-z]))?|(?:"
    + _alternation(TEENS_SAID)
    + r")|(?:"
    + _alternation(UNITS_SAID)
    + r")[\s\-]+hundred)(?![a-z])"
)
SPOKEN_DIGIT = (
    r"(?:(?:"
    + _alternation(REPEATS)
    + r")(?:\s+|[\-‐‑]\s*)"  # "double three", "double-three" as transcribers write it
    + DIGIT_TOKEN
    + r"|"
    + NUMBER_GROUP
    + r"|"
    + DIGIT_TOKEN
    + r")"
)
_SAID = re.compile(r"\b(?:(?P<repeat>" + _alternation(REPEATS) + r")(?:\s+|[\-‐‑]\s*))?(?P<said>"
                   + NUMBER_GROUP + r"|" + DIGIT_TOKEN + r")(?![a-z])", re.IGNORECASE)  # fmt: skip
# Between the tens and the units: a space or hyphen, or the en dash or non-breaking hyphen a
# word processor puts there ("forty‑three").
TENS_UNITS_JOIN = r"(?:[\s\-]+|[‐‑–])"
_JOINS = re.compile(r"[\s\-‐‑–]+")
# A cardinal 1-99 in words: "seven", "seventeen", "forty", "forty-three", "forty three".
CARDINAL = (
    r"(?:(?:"
    + _alternation(TENS_SAID)
    + r")(?:"
    + TENS_UNITS_JOIN
    + r"(?:"
    + _alternation(UNITS_SAID)
    + r"))?|"
    + _alternation(TEENS_SAID)
    + r"|"
    + _alternation(UNITS_SAID)
    + r")"
)
# A day of the month in words: "fourth", "twenty-first", "thirty first".
ORDINAL_DAY = (
    r"(?:(?:twenty|thirty)[\s\-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
    + _alternation(ORDINALS_SAID)
    + r")"
)
# An ordinal 1-99 in words or digits, for ages: "fiftieth", "twenty-first", "34th".
ORDINAL_AGE = (
    r"(?:\d{1,3}(?:st|nd|rd|th)|(?:"
    + _alternation(TENS_SAID)
    + r")"
    + TENS_UNITS_JOIN
    + r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
    + _alternation({**ORDINALS_SAID, **TENS_ORDINALS_SAID})
    + r")"
)
# A year in words: "nineteen seventy-nine", "nineteen oh five", "two thousand and two".
YEAR_WORDS = (
    r"(?:nineteen[\s\-]+(?:oh[\s\-]+(?:"
    + _alternation(UNITS_SAID)
    + r")|"
    + CARDINAL
    + r"|hundred)"
    r"|two[\s\-]+thousand(?:[\s\-]+(?:and[\s\-]+)?" + CARDINAL + r")?"
    r"|twenty[\s\-]+(?:oh[\s\-]+(?:" + _alternation(UNITS_SAID) + r")|" + CARDINAL + r")"
    r"|(?:one[\s\-]+nine|two[\s\-]+(?:oh|zero|nought))(?:[\s\-]+(?:"
    + _alternation(DIGIT_WORDS)
    + r")){2}(?![a-z]))"
)


def spoken_digits(text: str) -> str:
    """ "oh seven seven double five, 12" -> "0775512", "oh eight hundred" -> "0800",
    "twenty-five oh one" -> "2501" (digits only; other words ignored)."""
    digits = []
    for said in _SAID.finditer(text):
        token = said.group("said").lower()
        repeat = REPEATS[said.group("repeat").lower()] if said.group("repeat") else 1
        if token.isdigit():
            # "double 5" repeats the digit; a group of digits stays as written
            digits.append(token * repeat if len(token) == 1 else token)
        elif token in DIGIT_WORDS:
            digits.append(DIGIT_WORDS[token] * repeat)
        else:
            words = re.split(r"[\s\-]+", token)
            if words[-1] == "hundred":
                digits.append(str(UNITS_SAID[words[0]]) + "00")
            else:
                digits.append(str(cardinal_value(token)))
    return "".join(digits)


def cardinal_value(text: str) -> int | None:
    """ "forty-three" -> 43, "17" -> 17, "seven" -> 7; None when it is not a number 0-999."""
    text = text.strip().lower()
    if text.isdigit():
        return int(text)
    total = 0
    seen = False
    for token in _JOINS.split(text):
        if token in TENS_SAID:
            total += TENS_SAID[token]
        elif token in TEENS_SAID:
            total += TEENS_SAID[token]
        elif token in UNITS_SAID:
            total += UNITS_SAID[token]
        elif token == "and":  # noqa: S105 - a word of a number, not a secret
            continue
        else:
            return None
        seen = True
    return total if seen else None


def year_value(text: str) -> int | None:
    """ "nineteen seventy-nine" -> 1979, "two thousand and two" -> 2002, "1985" -> 1985."""
    text = text.strip().lower()
    if text.isdigit():
        return int(text) if len(text) == 4 else None
    tokens = [t for t in re.split(r"[\s\-]+", text) if t and t != "and"]
    if len(tokens) == 4 and all(t in DIGIT_WORDS for t in tokens):  # "one nine seven nine"
        return int("".join(DIGIT_WORDS[t] for t in tokens))
    if tokens[:2] == ["two", "thousand"]:
        rest = cardinal_value(" ".join(tokens[2:])) if tokens[2:] else 0
        return None if rest is None else 2000 + rest
    if tokens and tokens[0] in ("nineteen", "twenty"):
        century = 1900 if tokens[0] == "nineteen" else 2000
        rest_tokens = tokens[1:]
        if rest_tokens == ["hundred"]:
            return century
        if rest_tokens[:1] == ["oh"]:
            rest_tokens = rest_tokens[1:]
        rest = cardinal_value(" ".join(rest_tokens)) if rest_tokens else None
        return None if rest is None or rest > 99 else century + rest
    return None


def ordinal_value(text: str) -> int | None:
    """ "fourth" -> 4, "twenty-first" -> 21, "4th" -> 4."""
    text = text.strip().lower()
    digits = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", text)
    if digits:
        return int(digits.group(1))
    tokens = [t for t in _JOINS.split(text) if t]
    if len(tokens) == 1:
        return ORDINALS_SAID.get(tokens[0], TENS_ORDINALS_SAID.get(tokens[0]))
    if len(tokens) == 2 and tokens[0] in TENS_SAID and ORDINALS_SAID.get(tokens[1], 10) < 10:
        return TENS_SAID[tokens[0]] + ORDINALS_SAID[tokens[1]]
    return None


def age_value(text: str) -> int | None:
    """ "forty-three" -> 43, "34" -> 34, "34th" -> 34, "fiftieth" -> 50 (an age said either way)."""
    value = cardinal_value(text)
    if value is None:
        value = ordinal_value(text) if re.search(r"(?:st|nd|rd|th)$", text.strip()) else None
    return value
