"""Dates of birth in common written forms.

A full date (day, month and year) scores above the threshold when a birth cue is near
("born", "DOB", "birthday") with no other date between; without one, a full date whose year
is 1930-2010 (or written '30-'99) still counts, lower, because in survey answers such a date
is most often a birth date. A date found this way confirms the same date written again in
the text (``BirthDateRecognizer``). Weekdays, months on their own, "12 days" and years alone
never match. Six or eight digits run together (231181) count only after a cue or as a
date said twice.
"""

from __future__ import annotations

import re
from typing import ClassVar

from sealflow.scrub.recognizers.spoken_numbers import YEAR_WORDS
from sealflow.scrub.recognizers.uk.birth_date import (
    MONTHS,
    BirthDateRecognizer,
    DateValue,
    date_value,
    month_number,
)

_MONTHS = MONTHS  # kept for importers of the old name
_DAY = r"(?P<d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d{2})"
_ANY_YEAR = r"['’]?(?P<y>(?:19|20)\d{2}|\d{2})"
_NUMERIC = (
    r"(?P<d>0?[1-9]|[12]\d|3[01])(?P<sep>[/.\-])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
    r"(?P<y>(?:19|20)?\d{2})"
)
_MONTH = r"(?P<mon>" + MONTHS + r")"
# where someone was born, said before the year: "Born in Gateshead in 1947", "born at
# Stoke-on-Trent in 1960" (a place's words open with capitals)
_BIRTHPLACE = (
    r"(?:(?:in|at)[ \t]+(?-i:[A-Z][\w'’]*(?:-(?:on|upon|under|le|by|[A-Z][\w'’]*))*"
    r"(?:[ \t]+[A-Z][\w'’]*(?:-(?:on|upon|under|le|by|[A-Z][\w'’]*))*){0,2}),?[ \t]+"
    r"(?=in[ \t]))?"
)


class DateOfBirthRecognizer(BirthDateRecognizer):
    GUARD_FIRST_CHARACTERS = True  # month names under IGNORECASE, digits behind look-behinds
    PATTERNS: ClassVar = (
        ("numeric", r"(?<![\d/.\-])" + _NUMERIC + r"(?![\d/\-]|\.\d)", 0.4),
        (
            "iso",
            r"\b(?P<y>(?:19|20)\d{2})(?P<sep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
            r"(?P<d>0?[1-9]|[12]\d|3[01])\b",
            0.4,
        ),
        (
            "day_month_year",
            r"\b(?:the\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MONTH + r"\.?,?\s+" + _ANY_YEAR + r"\b",
            0.4,
        ),
        (
            "month_day_year",
            r"\b" + _MONTH + r"\.?\s+(?:the\s+)?" + _DAY + r",?\s+" + _YEAR + r"\b",
            0.4,
        ),
        # the year of birth, or its month and year, said with "born": as exact as an age
        (
            "born_year",
            r"\bborn[ \t]+" + _BIRTHPLACE + r"(?:in[ \t]+|on[ \t]+)?(?P<id>(?:" + _MONTH
            + r"[ \t]+(?:of[ \t]+)?)?(?:(?P<y>(?:19|20)\d{2})|['’](?P<yy>\d{2})))(?![\w'’/\-]|s\b)",
            0.9,
        ),
        # the year of birth said in words: "she was born in nineteen twenty-seven"
        (
            "born_year_words",
            r"\bborn[ \t]+" + _BIRTHPLACE + r"(?:in[ \t]+)?(?P<id>" + YEAR_WORDS + r")\b"
            r"(?![ \t\-]+(?:hundred|thousand)\b)",
            0.9,
        ),
        (
            "compact",
            r"(?<![\d\-/.£$])(?P<d>0[1-9]|[12]\d|3[01])(?P<m>0[1-9]|1[0-2])(?P<y>(?:19|20)?\d{2})"
            r"(?![\d\-/]|\.\d)",
            0.0,
        ),
        (
            "day_mon_year",
            r"(?<![\w/\-])(?P<d>0?[1-9]|[12]\d|3[01])(?P<sep>[/\-])" + _MONTH
            + r"(?P=sep)" + _ANY_YEAR + r"\b",
            0.4,
        ),
    )  # fmt: skip
    CONTEXT = ("born", "dob", "d.o.b", "date of birth", "birthday", "birth date", "b.", "birth")
    CONTEXT_WINDOW = 40
    EXAMPLES = (
        ("DOB 12/03/1985", ["12/03/1985"]),
        ("I was born on 3rd March 1979 in Leeds", ["3rd March 1979"]),
        ("date of birth: 1990-07-21", ["1990-07-21"]),
        ("DOB 1985/03/12 and 1985.3.12", ["1985.3.12", "1985/03/12"]),
        ("born 7.4.82", ["7.4.82"]),
        ("born on the 11th of September 64", ["the 11th of September 64"]),
        ("birthday is March 5, 1991", ["March 5, 1991"]),
        ("on 14 June 1988 I joined", ["14 June 1988"]),
        ("DOB: 04-Dec-1979", ["04-Dec-1979"]),
        ("d.o.b 4/dec/79 ok", ["4/dec/79"]),
        ("it was 12/03/85 I think", ["12/03/85"]),
        ("DOB 12/03/1985, seen 14/05/2026", ["12/03/1985"]),
        ("my son was born 3 May 2012, the form says 03/05/12; seen 03/06/12", [
            "03/05/12", "3 May 2012"]),
        ("Subject: NICDHÒMHNAILL, Litia   DOB: 231181   Age: 45", ["231181"]),
        ("DOB re-confirmed: 111105. - Łukasz\n11/12/2026 17:34 - Discussed", ["111105"]),
        ("born 4 June 1986, then in digits, 040686.", ["040686", "4 June 1986"]),
        ("I was born on April the 23rd, 1990", ["April the 23rd, 1990"]),
        ("born in March 1985 in Leeds", ["March 1985"]),
        ("I was born in 1979.", ["1979"]),
        ("born '79, same as him", ["'79"]),
        ("my son was born in 2012", ["2012"]),
        ("Born in Gateshead in 1947, he joined; born at Stoke-on-Trent in 1960", ["1947", "1960"]),
        ("my mum, she was born in nineteen twenty-seven, she did", ["nineteen twenty-seven"]),
        ("born in Leeds in the spring; born in Leeds, raised in Hull", []),
        ("born in the 1980s", []),
        ("born in 1979s", []),
        ("the unit was born in a hurry", []),
        ("ref 231181 and account 04061986", []),
        ("every Monday in March", []),
        ("it took 12 days", []),
        ("the meeting on 12 May 2024 went well", []),
        ("next visit 14/05/26", []),
        ("version 1.2.3", []),
    )  # fmt: skip

    def value_of(self, match: re.Match[str]) -> DateValue | None:
        groups = match.groupdict()
        if groups.get("d") is None:
            return None  # a year of birth, or its month and year: no date to confirm
        month = int(groups["m"]) if groups.get("m") else month_number(groups.get("mon") or "")
        return date_value(int(groups["y"]), month, int(groups["d"]))

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        if match.groupdict().get("d") is None:
            return base_score  # "born in 1979": the cue is in the match
        if self.has_context(text, match.start(), match.end()):
            return 0.95
        if base_score == 0.0:
            return 0.0  # run together (050199): only after a cue, or as a date said twice
        raw_year = match.group("y")
        year = int(raw_year)
        if len(raw_year) == 4 and 1930 <= year <= 2010:
            return 0.6
        if len(raw_year) == 2 and year >= 30:
            return 0.55
        return base_score
