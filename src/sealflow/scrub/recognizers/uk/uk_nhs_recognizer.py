"""NHS numbers: ten digits (often 3-3-4) whose last digit is the modulus-11 check digit.

A valid check digit alone scores above the threshold; an invalid one counts only next to
context ("NHS number"), since generators and forms often carry made-up numbers.
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


class UkNhsRecognizer(ContextRegexRecognizer):
    ENTITY = "NHS_NUMBER"
    PATTERNS = (
        ("nhs", r"(?<![\d+])\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)", 0.6),
        # ten digits in other groups, as people read them out: "50 2946 0659", "150 7886 780"
        ("nhs_regrouped", r"(?<![\d+\-/.:])[1-9]\d{0,3}(?:[ -]\d{1,4}){1,4}(?![\d\-/:]|\.\d)", 0.6),
    )
    CONTEXT = ("nhs", "nhs number", "nhs no", "health number", "chi")
    EXAMPLES = (
        ("NHS number 943 476 5919 on file", ["943 476 5919"]),
        ("my nhs no is 9434765919", ["9434765919"]),
        ("nhs number 123 456 7890", ["123 456 7890"]),
        ("reference 123 456 7890 was closed", []),
        ("it was 12 days", []),
        ("My NHS no is 50 2946 0659; NHS: 150 7886 780", ["150 7886 780", "50 2946 0659"]),
        ("in 2019 2020 and 2021 12 rounds", []),
    )

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        digits = re.sub(r"\D", "", match.group(0))
        if len(digits) != 10:
            return None
        context = self.has_context(text, match.start(), match.end())
        if nhs_check_digit_ok(digits):
            return 0.95 if context else base_score
        return 0.7 if context else None
