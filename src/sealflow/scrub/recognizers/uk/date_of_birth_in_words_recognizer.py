"""Dates of birth said in words: "the fourth of December, nineteen seventy-nine",
"December the fourth, seventy-nine", "21st of June two thousand and one".

A day (ordinal word or 4th) and a month with a year (in words, or digits) is a full date;
one with a word in it is how people say a birth date aloud, so it counts without a cue
when the year is 1930-2010 and with a birth cue ("born", "birthday", "DOB") otherwise.
Written dates in digits are DateOfBirthRecognizer's.
"""

from __future__ import annotations

import re
from typing import ClassVar

from sealflow.scrub.recognizers.base import ContextRegexRecognizer
from sealflow.scrub.recognizers.spoken_numbers import (
    CARDINAL,
    ORDINAL_DAY,
    YEAR_WORDS,
    cardinal_value,
    ordinal_value,
    year_value,
)
from sealflow.scrub.recognizers.uk.date_of_birth_recognizer import _MONTHS

_DAY = r"(?:" + ORDINAL_DAY + r"|(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th))"
_YEAR = r"(?P<year>" + YEAR_WORDS + r"|(?:19|20)\d{2}|['’]?\d{2}|" + CARDINAL + r")"
_SEP = r"[\s,]+(?:in\s+)?"


class DateOfBirthInWordsRecognizer(ContextRegexRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    FLAGS = re.IGNORECASE
    PATTERNS: ClassVar = (
        (
            "day_of_month_year",
            r"\b(?:the\s+)?(?P<day>" + _DAY + r")\s+(?:of\s+)?" + _MONTHS + _SEP + _YEAR + r"\b",
            0.4,
        ),
        (
            "month_day_year",
            r"\b" + _MONTHS + r"\s+(?:the\s+)?(?P<day>" + _DAY + r")" + _SEP + _YEAR + r"\b",
            0.4,
        ),
    )
    CONTEXT = ("born", "dob", "d.o.b", "date of birth", "birthday", "birth date", "birth")
    CONTEXT_WINDOW = 48
    EXAMPLES = (
        ("I was born on the fourth of December, nineteen seventy-nine.",
         ["the fourth of December, nineteen seventy-nine"]),
        ("born December the fourth, seventy nine", ["December the fourth, seventy nine"]),
        ("it's the twenty-first of June two thousand and one", [
            "the twenty-first of June two thousand and one"]),
        ("the 3rd of March nineteen eighty-five", ["the 3rd of March nineteen eighty-five"]),
        ("birthday is the first of May in nineteen ninety",
         ["the first of May in nineteen ninety"]),
        ("the fourth of December was a Monday", []),
        ("on the second of March, two of us went", []),
        ("the meeting on the fifth of May twenty twenty-four", []),
    )  # fmt: skip

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        words = ("day", "year")
        if all(re.fullmatch(r"[\d'’]+(?:st|nd|rd|th)?", match.group(w) or "") for w in words):
            return None  # digits only: the written recognizer's
        if ordinal_value(match.group("day")) is None:
            return None
        raw_year = match.group("year").strip("'’")
        year = year_value(raw_year)
        if year is None:
            two_digits = cardinal_value(raw_year)
            if two_digits is None or not 10 <= two_digits <= 99:
                return None
            year = 1900 + two_digits
        if self.has_context(text, match.start(), match.end()):
            return 0.95
        return 0.6 if 1930 <= year <= 2010 else None
