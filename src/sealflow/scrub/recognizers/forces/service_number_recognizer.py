"""British Armed Forces service numbers in the Army, RAF and Royal Navy shapes.

Shapes: eight digits starting 2 or 3 (JPA numbers, soldiers, RAF and RN ratings), also in
groups ("24 123 456", "2501 2345"), a letter and six or seven digits with an optional check
letter (RN and RM officers and older ratings, e.g. "C123456T", "D0123456", "P 061234 X"),
and five- to six-digit officers' and seven-digit RAF numbers, which count only next to
context ("service number", "personal number", "number is", "RAF no", "me number"). Grouped
digits (six to nine, "5589 04", "58 273 1") count only next to context too.
"""

from __future__ import annotations

import re

from sealflow.scrub.recognizers.base import ContextRegexRecognizer


def _digit_count(match: re.Match[str]) -> int:
    return sum(ch.isdigit() for ch in match.group(0))


# Words that make a long number a reference, not a person's number.
_REFERENCE = re.compile(
    r"\b(?:ref(?:erence)?|case|order|invoice|ticket|claim|policy|job|incident|inc|item|form|"
    r"room|booking|tracking|serial|version|id)\b[\s.:#no]*$",
    re.IGNORECASE,
)
_YEARS = re.compile(r"(?:19|20)\d\d[ \-\n](?:19|20)\d\d")
# "2200-0600": a shift or guard written as two 24-hour clock times
_CLOCK = r"(?:[01]\d|2[0-3])[0-5]\d"
_TIME_RANGE = re.compile(_CLOCK + r"-" + _CLOCK)
# "21 June 2023 0605", "Sent: 5 August 2025 0155": a date's year, then the time; and two
# clock times in a table's cells on two lines ("| 2135\n0440 |")
_YEAR_THEN_TIME = re.compile(r"(?:19|20)\d\d " + _CLOCK)
_TIMES_ON_TWO_LINES = re.compile(_CLOCK + r"\n" + _CLOCK)
_MONTH_BEFORE = re.compile(
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+$"
)


class ServiceNumberRecognizer(ContextRegexRecognizer):
    ENTITY = "SERVICE_NUMBER"
    GUARD_FIRST_CHARACTERS = True  # patterns of digits tried at every word otherwise
    PATTERNS = (
        (
            "jpa",
            # (never inside a lower-case code: "interview-f17c34660525" is a file's id)
            r"(?<![\da-z\-/.:])[23]\d(?:\d[ -]?\d{5}|[ -]\d{6}|[ -]\d{3}[ -]\d{3}|"
            r"[ -]?\d{2}[ \-\n]\d{4})"
            r"(?![\da-z\-/:]|\.\d)",
            0.55,
        ),
        ("lettered", r"(?<![\w/])[A-Za-z]/?\d{6,7}[A-Za-z]?(?![\w/])", 0.55),
        ("lettered_spaced", r"(?<![\w/])[A-Za-z][ \-]\d{6,7}(?:[ \-][A-Za-z])?(?![\w/])", 0.15),
        ("spaced_digits", r"(?<![\d\-/.:£$])\d(?: \d){5,8}(?![\d\-/:%]|\.\d| \d)", 0.1),
        # an officer's number, with its check letter where written: "567890W"
        ("officer", r"(?<![\w\-/.:£$])\d{5,6}(?:[A-Z](?!\w))?(?![\d\-/:%]|\.\d)", 0.15),
        # never digits inside a word: "interview-b6e7616598b1" is a file's hex id
        ("any_digits", r"(?<![\w\-/.:£$#])(?P<bare>[1-9]\d{6,8})(?![\w\-/:%]|\.\d)", 0.2),
        (
            "grouped",
            r"(?<![\d\-/.:£$])(?P<grouped>\d{2,4}(?:[ \-]\d{1,4}){1,3})(?![\d\-/:%]|\.\d| \d)",
            0.15,
        ),
    )
    CONTEXT = (
        "service number",
        "service no",
        "service num",
        "svc no",
        "personal number",
        "pers no",
        "number is",
        "number's",
        "number’s",
        "my number",
        "me number",
        "regimental number",
        "official number",
        "s/n",
        "army number",
        "raf number",
        "navy number",
        "jpa",
        "service #",
        "s/no",
        "pers no",
        "personal no",
        "p/no",
        "sn",
        "number was",
        "military number",
        "raf no",
        "rn number",
        "marines number",
        "mod number",
        "officer's number",
        "officers number",
        "officer number",
    )
    CONTEXT_BOOST = 0.6
    CONTEXT_WINDOW = 40
    EXAMPLES = (
        ("service number 25012345", ["25012345"]),
        ("Interview interview-f17c34660525; batch 2a30012345b", []),
        ("she has the list, my number is 27454377.", ["27454377"]),
        ("my number is 30123456 btw", ["30123456"]),
        ("Service No: C123456T", ["C123456T"]),
        ("officer, service number 562345", ["562345"]),
        ("svc no d0123456", ["d0123456"]),
        ("he quoted 2501 2345 again", ["2501 2345"]),
        ("Service number 24 123 456, Royal Signals", ["24 123 456"]),
        ("SN: 25-012345", ["25-012345"]),
        ("RAF no 8123456", ["8123456"]),
        ("Service no. P 061234 X", ["P 061234 X"]),
        ("my number was 562345 as an officer", ["562345"]),
        ("he knew it by heart, 8123456, even now", ["8123456"]),
        ("ticket 48213977 and ref: 1234567 and case no. 55512345", []),
        ("it cost £1234567 or 0123456", []),
        ("Service no: 31 781 39   Unit: 3 Commando", ["31 781 39"]),
        ("service number 3057 124 on file", ["3057 124"]),
        ("service number 12 34 on file, 2019 2020", []),
        ("in 2019 2020 and 2021", []),
        ("we had 12 days and 3 years", []),
        ("service number 2501\n2345 and 2 5 0 1 2 3 4 5", ["2 5 0 1 2 3 4 5", "2501\n2345"]),
        ("scores 2 5 0 1 2 3 4 5 in a row", []),
        ("officer's number 512345", ["512345"]),
        ("in 2019 about 500 people", []),
        ("sickness 120000 pounds", []),
        ("Guard 2200-0600 and nights 2300-0700", []),
        ("21 June 2023 0605 - seen. Sent: 5 August 2025 0155", []),
        ("| CB | 2135\n0440 | BR |", []),
        ("service number 2023 0605 on file", ["2023 0605"]),
        ("service number 2200-0600 on file", ["2200-0600"]),
        ("I still know me number, 5589 04. You know", ["5589 04"]),
        ("My number, army number, 58 273 1.", ["58 273 1"]),
        ("service number was 52 649 4", ["52 649 4"]),
        ("i still know me number 592809 the phone bill", ["592809"]),
        ("we walked 12 345 6 steps", []),
        ("his service number was 25-01-23-45 then", ["25-01-23-45"]),
        ("my number is 25 01 23 45", ["25 01 23 45"]),
        ("in 2019 2020 2021 2022 we moved", []),
        ("Interview interview-b6e7616598b1 and file a91234567f", []),
    )

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        if "grouped" in match.re.groupindex and not 6 <= _digit_count(match) <= 9:
            return None  # grouped digits: six to nine of them, or it is no service number
        if _YEARS.fullmatch(match.group(0)):
            return None  # "2019 2020": two years, not a number
        if self.has_context(text, match.start(), match.end()):
            return min(1.0, base_score + self.CONTEXT_BOOST)
        if _TIME_RANGE.fullmatch(match.group(0)) or _TIMES_ON_TWO_LINES.fullmatch(match.group(0)):
            return None  # "Guard 2200-0600": two clock times, unless a cue says number
        if _YEAR_THEN_TIME.fullmatch(match.group(0)) and _MONTH_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        ):
            return None  # "21 June 2023 0605": a date and its time
        if "bare" in match.re.groupindex and not _REFERENCE.search(
            text, max(0, match.start() - 30), match.start()
        ):
            # seven to nine digits standing alone in what someone wrote or said are a service
            # or account number far more often than anything else; a reference says so
            return 0.5
        return base_score
