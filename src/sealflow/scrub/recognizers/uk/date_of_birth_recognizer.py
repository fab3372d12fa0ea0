"""Dates of birth in common written forms.

A full date (day, month and year) scores above the threshold when a birth cue is near
("born", "DOB", "birthday"); without one, a full date whose year is 1930-2010 still counts,
lower, because in survey answers such a date is most often a birth date. Weekdays, months on
their own, "12 days" and years alone never match.
"""

from __future__ import annotations

import re
from typing import ClassVar

from sealflow.scrub.recognizers.base import ContextRegexRecognizer

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_ANY_YEAR = r"(?:(?:19|20)\d{2}|['’]?\d{2})"
_NUMERIC = r"(?:0?[1-9]|[12]\d|3[01])[/.\-](?:0?[1-9]|1[0-2])[/.\-](?:(?:19|20)?\d{2})"


class DateOfBirthRecognizer(ContextRegexRecognizer):
    ENTITY = "DATE_OF_BIRTH"
    FLAGS = re.IGNORECASE
    PATTERNS: ClassVar = (
        ("numeric", r"(?<![\d/.\-])" + _NUMERIC + r"(?![\d/\-]|\.\d)", 0.4),
        ("iso", r"\b" + _YEAR + r"-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\b", 0.4),
        (
            "day_month_year",
            r"\b(?:the\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MONTHS + r"\.?,?\s+" + _ANY_YEAR + r"\b",
            0.4,
        ),
        ("month_day_year", r"\b" + _MONTHS + r"\.?\s+" + _DAY + r",?\s+" + _YEAR + r"\b", 0.4),
    )
    CONTEXT = ("born", "dob", "d.o.b", "date of birth", "birthday", "birth date", "b.", "birth")
    CONTEXT_WINDOW = 40
    EXAMPLES = (
        ("DOB 12/03/1985", ["12/03/1985"]),
        ("I was born on 3rd March 1979 in Leeds", ["3rd March 1979"]),
        ("date of birth: 1990-07-21", ["1990-07-21"]),
        ("born 7.4.82", ["7.4.82"]),
        ("born on the 11th of September 64", ["the 11th of September 64"]),
        ("birthday is March 5, 1991", ["March 5, 1991"]),
        ("on 14 June 1988 I joined", ["14 June 1988"]),
        ("every Monday in March", []),
        ("it took 12 days", []),
        ("the meeting on 12 May 2024 went well", []),
        ("version 1.2.3", []),
    )

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        if self.has_context(text, match.start(), match.end()):
            return 0.95
        year_match = re.search(r"(\d{2,4})\D*$", match.group(0))
        if year_match is None:
            return base_score
        year = int(year_match.group(1))
        if len(year_match.group(1)) == 4 and 1930 <= year <= 2010:
            return 0.6
        return base_score
