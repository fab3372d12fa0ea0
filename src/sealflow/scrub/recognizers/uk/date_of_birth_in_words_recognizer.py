"""Dates of birth said in words: "the fourth of December, nineteen seventy-nine",
"December the fourth, seventy-nine", "21st of June two thousand and one", "the fourth of the
twelfth, seventy-nine", and read back as numbers ("oh four, twelve, seventy-nine").

A day (ordinal word or 4th) and a month (by name, or "the twelfth") with a year (in words,
or digits) is a full date; one with a word in it is how people say a birth date aloud, so it
counts without a cue when the year is 1930-2010 and with a birth cue ("born", "birthday",
"DOB") otherwise. A date said as three numbers counts only after a birth cue, or when it is
the same date as a birth date found elsewhere in the text (``BirthDateRecognizer``).
Written dates in digits are DateOfBirthRecognizer's.
"""

from __future__ import annotations

import re
from typing import ClassVar

from sealflow.scrub.recognizers.spoken_numbers import (
    CARDINAL,
    ORDINAL_DAY,
    SPOKEN_DIGIT,
    UNITS,
    YEAR_WORDS,
    _alternation,
    cardinal_value,
    ordinal_value,
    spoken_digits,
    year_value,
)
from sealflow.scrub.recognizers.uk.birth_date import (
    MONTHS,
    BirthDateRecognizer,
    DateValue,
    date_value,
    month_number,
)

_DAY = r"(?P<day>" + ORDINAL_DAY + r"|(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th))"
_OH_UNIT = r"(?:oh|zero|nought)[\s\-]+(?:" + _alternation(UNITS) + r")"
# a two-digit year said with its "oh" counts too ("sixteenth October oh one")
_YEAR = (
    r"(?P<year>" + YEAR_WORDS + r"|(?:19|20)\d{2}|['’]?\d{2}|" + _OH_UNIT + r"|" + CARDINAL + r")"
)
_SEP = r"[\s,]+(?:in\s+)?"
# Each pattern opens with a lookahead on its first letter (speed: the engine skips words that
# cannot start a day, a month, a year or a digit word).
_SMALL = _OH_UNIT + r"|" + CARDINAL
_DAY_FIRST = r"\b(?=[tfsen0-9])(?:the\s+)?" + _DAY + r"(?:\s+day)?"
_NUM_SEP = r"(?:[\s,/\-]*\s(?:slash|stroke|dash)\s[\s,]*|[\s,/\-]+)"  # dictated: "slash"


_DAY_ANY = r"(?:" + ORDINAL_DAY + r"|(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)"
# A birthday without its year, said straight after its cue: "born on the 4th of December",
# "my birthday's December the fourth"; never when a year follows (the full patterns' date).
_NO_YEAR = (
    r"(?P<noyear>(?:the\s+)?"
    + _DAY_ANY
    + r"(?:\s+day)?\s+(?:of\s+)?"
    + MONTHS
    + r"|"
    + MONTHS
    + r"\s+(?:the\s+)?"
    + _DAY_ANY
    + r")\b(?![\s,.]*(?:in\s+)?(?:\d|['’]\d|nineteen|twenty|"
    r"two\s+thousand|one\s+nine|two\s+(?:oh|zero)|[a-z]+ty\b))"
)
_TIGHT_CUE = re.compile(
    r"\b(?:born|birthday|dob|d\.o\.b|date\s+of\s+birth)\.?(?:['’]s|\s+is|\s+was)?[\s:,\-–]*"
    r"(?:on\s+)?$",
    re.IGNORECASE,
)

# the answer to a question about a birth date, in the next speaker's turn, the day and month
# said alone or after the date read in digits: "date of birth 1/5/1990?\nP1: First of May,
# aye", "his date of birth?\nP1: 28/08/1980. The twenty-eighth of August."
_ANSWER_CUE = re.compile(
    r"\b(?:born|birthday|dob|d\.o\.b|date\s+of\s+birth)\b[^\n.!?]{0,40}\?[ \t]*\n"
    r"[^\n:]{1,24}:[ \t]*(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}[.,]?[ \t]*)?$",
    re.IGNORECASE,
)


def _run_together(digits: str) -> DateValue | None:
    """ "041279" or "04121979" (day, month, year said as one string of digits) -> a date."""
    if len(digits) not in (6, 8):
        return None
    return date_value(int(digits[4:]), int(digits[2:4]), int(digits[:2]))


def _spoken_number(text: str) -> int | None:
    """ "oh four" -> 4, "twelve" -> 12, "seventy-nine" -> 79."""
    words = re.split(r"[\s\-]+", text.strip().lower())
    if words[0] in ("oh", "zero", "nought"):
        return cardinal_value(" ".join(words[1:]))
    return cardinal_value(text)


class DateOfBirthInWordsRecognizer(BirthDateRecognizer):
    PATTERNS: ClassVar = (
        ("day_of_month_year", _DAY_FIRST + r"\s+(?:of\s+)?(?P<mon>" + MONTHS + r")" + _SEP + _YEAR
         + r"\b", 0.4),
        ("month_day_year", r"\b(?=[jfmasond])(?P<mon>" + MONTHS + r")\s+(?:the\s+)?" + _DAY + _SEP
         + _YEAR + r"\b", 0.4),
        ("digit_day_year_words", r"\b(?<![\d/.\-])(?:the\s+)?(?P<day>0?[1-9]|[12]\d|3[01])\s+"
         r"(?:of\s+)?(?P<mon>" + MONTHS + r")" + _SEP + r"(?P<year>" + YEAR_WORDS + r"|" + CARDINAL
         + r")\b", 0.4),
        ("day_of_the_nth_month", _DAY_FIRST + r"\s+of\s+the\s+(?P<monord>" + ORDINAL_DAY
         + r"|(?:0?[1-9]|1[0-2])(?:st|nd|rd|th))"
         + _SEP + _YEAR + r"\b", 0.4),
        ("year_first", r"\b(?=[nto])(?P<year>" + YEAR_WORDS + r")[\s,]+(?:on\s+)?(?:(?:the\s+)?"
         + _DAY + r"\s+(?:of\s+)?(?P<mon>" + MONTHS + r")|(?P<mon2>" + MONTHS + r")\s+(?:the\s+)?"
         r"(?P<day2>" + ORDINAL_DAY + r"|(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)))\b", 0.4),
        ("birthday_no_year", r"\b(?=[tfsenjmaod0-9])" + _NO_YEAR, 0.0),
        ("six_digits_said", r"\b(?=[0-9zotfsend])(?P<said>" + SPOKEN_DIGIT + r"(?:[\s,\-]+"
         + SPOKEN_DIGIT + r"){2,7})\b", 0.0),
        ("three_numbers", r"\b(?=[0-9zotfsen])(?P<dnum>" + _SMALL + r")" + _NUM_SEP + r"(?P<mnum>"
         + _SMALL + r")" + _NUM_SEP + r"(?P<year>" + YEAR_WORDS + r"|" + CARDINAL + r")\b", 0.0),
    )  # fmt: skip
    CONTEXT = ("born", "dob", "d.o.b", "date of birth", "birthday", "birth date", "birth")
    CONTEXT_WINDOW = 48
    EXAMPLES = (
        ("Born sixteenth October oh one, yeah.", ["sixteenth October oh one"]),
        ("Birthday's the nineteenth of June, oh two, if you need it.", [
            "the nineteenth of June, oh two"]),
        ("I was born on the fourth of December, nineteen seventy-nine.",
         ["the fourth of December, nineteen seventy-nine"]),
        ("born December the fourth, seventy nine", ["December the fourth, seventy nine"]),
        ("it's the twenty-first of June two thousand and one", [
            "the twenty-first of June two thousand and one"]),
        ("the 3rd of March nineteen eighty-five", ["the 3rd of March nineteen eighty-five"]),
        ("birthday is the first of May in nineteen ninety",
         ["the first of May in nineteen ninety"]),
        ("born the fourth of the twelfth, seventy-nine",
         ["the fourth of the twelfth, seventy-nine"]),
        ("date of birth, oh four, twelve, seventy-nine", ["oh four, twelve, seventy-nine"]),
        ("DOB twelve slash oh three slash eighty-five, full stop", [
            "twelve slash oh three slash eighty-five"]),
        ("the fourth of December nineteen seventy-nine, so oh four twelve seventy-nine", [
            "oh four twelve seventy-nine", "the fourth of December nineteen seventy-nine"]),
        ("DOB 04/12/1979 - that's four twelve seventy-nine", ["four twelve seventy-nine"]),
        ("born nineteen seventy-nine, the fourth of December", [
            "nineteen seventy-nine, the fourth of December"]),
        ("date of birth is oh four one two seven nine, yes", ["oh four one two seven nine"]),
        ("born 3 June, nineteen eighty-one; the fourth day of May, one nine seven nine", [
            "3 June, nineteen eighty-one", "the fourth day of May, one nine seven nine"]),
        ("born 3 June eighty-one", ["3 June eighty-one"]),
        ("born in nineteen seventy-nine, on the fourth of December", [
            "nineteen seventy-nine, on the fourth of December"]),
        ("date of birth is the 4th of the 12th, 79", ["the 4th of the 12th, 79"]),
        ("on 3 June, forty of us went; room oh four one two seven nine, yes", []),
        ("I was born on the 4th of December; my birthday's December the fourth", [
            "December the fourth", "the 4th of December"]),
        ("DOB: 4 December", ["4 December"]),
        ("we met on the 4th of December; the fourth of July film", []),
        ("in nineteen eighty-five, March the third, we moved", []),
        ("the fourth of December was a Monday", []),
        ("on the second of March, two of us went", []),
        ("the meeting on the fifth of May twenty twenty-four", []),
        ("we had four, twelve, twenty of them", []),
        ("INT: And date of birth 2/6/1988?\nP1: Second of June, aye.", ["Second of June"]),
        ("INT: Her date of birth?\nP1: 14/03/1979. The fourteenth of March.",
         ["The fourteenth of March"]),
        ("INT: When was the course?\nP1: The fourteenth of March.", []),
    )  # fmt: skip

    def value_of(self, match: re.Match[str]) -> DateValue | None:
        groups = match.groupdict()
        if groups.get("noyear"):
            return None
        if groups.get("said"):
            return _run_together(spoken_digits(groups["said"]))
        if groups.get("mon2"):
            groups = {**groups, "mon": groups["mon2"], "day": groups["day2"]}
        year = self._year(groups["year"])
        if year is None:
            return None
        if groups.get("dnum"):
            return date_value(year, _spoken_number(groups["mnum"]), _spoken_number(groups["dnum"]))
        month = (
            ordinal_value(groups["monord"])
            if groups.get("monord")
            else month_number(groups.get("mon") or "")
        )
        return date_value(year, month, ordinal_value(groups["day"]))

    @staticmethod
    def _year(raw: str) -> int | None:
        raw = raw.strip("'’")
        year = year_value(raw)
        if year is not None:
            return year
        oh = re.fullmatch(r"(?:oh|zero|nought)[\s\-]+(\w+)", raw.lower())
        if oh is not None and oh.group(1) in UNITS:
            return 2000 + UNITS[oh.group(1)]  # "oh one": 2001 (1901 is no one's birth year)
        two_digits = cardinal_value(raw)
        if two_digits is None or not 10 <= two_digits <= 99:
            return None
        return 1900 + two_digits if two_digits >= 30 else 2000 + two_digits

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        groups = match.groupdict()
        if groups.get("noyear"):
            before = text[max(0, match.start() - 30) : match.start()]
            if _TIGHT_CUE.search(before):
                return 0.9
            asked = text[max(0, match.start() - 120) : match.start()]
            return 0.9 if _ANSWER_CUE.search(asked) else None
        if groups.get("said"):
            value = self.value_of(match)
            if value is None or not self.has_context(text, match.start(), match.end()):
                return None if value is None else 0.0
            return 0.95
        if (
            groups.get("day")
            and not groups.get("monord")
            and all(
                re.fullmatch(r"[\d'’]+(?:st|nd|rd|th)?", groups[w] or "") for w in ("day", "year")
            )
        ):
            return None  # digits only: the written recognizer's
        value = self.value_of(match)
        if value is None:
            return None
        if self.has_context(text, match.start(), match.end()):
            return 0.95
        if (groups.get("day") or "").isdigit() and year_value(groups["year"]) is None:
            return 0.0  # "3 June, forty": a plain day and a two-digit year only after a cue
        if groups.get("dnum") or "mon2" in match.re.groupindex:
            return 0.0  # three numbers, or the year first: only after a cue or when confirmed
        return 0.6 if 1930 <= value[0] <= 2010 else 0.0
