"""NHS numbers: ten digits (often 3-3-4) whose last digit is the modulus-11 check digit.

A valid check digit alone scores above the threshold; an invalid one counts only next to
context ("NHS number"), since generators and forms often carry made-up numbers.

People also type the ten digits grouped their own way ("150 7886 780", "50 2946 0659",
"411.5849.096", "943 476" / "5919" over a line). A grouping other than 3-3-4 or ten in a
row is much looser (any ten digits in groups of one to four), so it needs both: a valid
check digit and an NHS cue just before.

What the check digit guards: a single mistyped digit and most swaps of two neighbours are
caught, and ten random digits pass only about one time in eleven. What it does not: a
number that happens to pass (a phone number without its leading zero, an account or
reference number) is indistinguishable from an NHS number, so the loose groupings also need
the cue, and a passing reference number in the canonical 3-3-4 shape is replaced (on the
side of privacy); a real NHS number mistyped in a loose grouping is missed unless its check
digit still passes.
"""

from __future__ import annotations

import re

from sealflow.scrub.recognizers.base import ContextRegexRecognizer


def nhs_check_digit_ok(digits: str) -> bool:
    """Modulus 11 with weights 10..2; a remainder giving 10 is never issued."""
    if len(digits) != 10 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


_CANONICAL = re.compile(r"\d{3}[ -]?\d{3}[ -]?\d{4}")


class UkNhsRecognizer(ContextRegexRecognizer):
    ENTITY = "NHS_NUMBER"
    PATTERNS = (
        ("nhs", r"(?<![\d+])\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)", 0.6),
        # any grouping: groups of one to four digits split by one space, dash or dot, or
        # broken over one line
        (
            "nhs_grouped",
            r"(?<![\d+.\-])(?P<grouped>\d{1,4}(?:(?:[ .\-]|[ \t]*\n[ \t]*)\d{1,4}){1,4})"
            r"(?![\d]|[ .\-]\d)",
            0.6,
        ),
    )
    CONTEXT = ("nhs", "nhs number", "nhs no", "health number", "chi")
    EXAMPLES = (
        ("NHS number 943 476 5919 on file", ["943 476 5919"]),
        ("my nhs no is 9434765919", ["9434765919"]),
        ("nhs number 123 456 7890", ["123 456 7890"]),
        ("reference 123 456 7890 was closed", []),
        ("it was 12 days", []),
        ("NHS: 150 7886 780. Our eldest", ["150 7886 780"]),
        ("my NHS no is 50 2946 0659, if that helps", ["50 2946 0659"]),
        ("nhs 943-4765-919 and nhs 94.34.76.59.19", ["94.34.76.59.19", "943-4765-919"]),
        ("NHS number 150 7886 781 (one digit wrong)", []),
        ("my NHS number is 943 476\n5919 I think", ["943 476\n5919"]),
        ("he paid 150 7886 780 in the end", []),
        ("nhs said 12 34 and 5 6", []),
    )

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        value = match.group(0)
        digits = re.sub(r"\D", "", value)
        context = self.has_context(text, match.start(), match.end())
        if "grouped" in match.re.groupindex:
            if _CANONICAL.fullmatch(value) or len(digits) != 10:
                return None  # the canonical shape is the first pattern's
            return 0.9 if context and nhs_check_digit_ok(digits) else None
        if nhs_check_digit_ok(digits):
            return 0.95 if context else base_score
        return 0.7 if context else None
