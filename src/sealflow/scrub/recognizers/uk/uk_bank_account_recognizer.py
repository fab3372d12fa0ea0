"""UK sort codes (12-34-56, 12–34–56, 12 34 56, 123456) and eight-digit account numbers
(12345678, 1234 5678, 12 34 56 78); the cue may come a sentence before ("the sort code, hang
on, I have it somewhere, 204577"), but "on account of" is no bank.

An account number and a sort code run together or spaced need banking context ("sort code",
"acc", "bank", a bank's name) before or just after them. A sort code written with hyphens
that cannot be a date (20-45-77) is rare enough in prose to count on its own.
"""

from __future__ import annotations

import re
from typing import ClassVar

from sealflow.scrub.recognizers.base import ContextRegexRecognizer


def _could_be_date(sort_code: str) -> bool:
    day, month, _year = (int(part) for part in re.findall(r"\d{2}", sort_code))
    return 1 <= day <= 31 and 1 <= month <= 12


_NOT_BANKING = re.compile(r"\b(?:on|of)\s+account\s+of\b|\btake\s+into\s+account\b", re.I)


# two times of a 24-hour clock joined by a dash: a shift's hours, never an account number
_TIME_RANGE = re.compile(r"(?:[01]\d|2[0-4])[0-5]\d[-–](?:[01]\d|2[0-4])[0-5]\d")


class UkBankAccountRecognizer(ContextRegexRecognizer):
    ENTITY = "BANK_ACCOUNT"
    GUARD_FIRST_CHARACTERS = True  # patterns of digits tried at every word otherwise
    PATTERNS: ClassVar = (
        (
            "sort_code",
            r"(?<![\d/.\-–])\d{2}([\- .–]|\s*[,\-–]\s+|\s+[\-–]\s*)\d{2}\1\d{2}"
            r"(?![\d/\-–]|\.\d|,\s*\d{1,3}(?!\d))",
            0.3,
        ),
        ("sort_code_run", r"(?<![\d/.\-£$])\d{6}(?![\d/\-%]|\.\d)", 0.1),
        ("account", r"(?<![\d\-])\d{8}(?![\d\-])", 0.2),
        ("account_grouped", r"(?<![\d\-/.:£$])\d{4}[ \-]\d{4}(?![\d\-/:]|\.\d)", 0.1),
        (
            "account_pairs",
            r"(?<![\d\-/.:£$])\d{2}([ \-.])\d{2}\1\d{2}\1\d{2}(?![\d\-/:]|\.\d)",
            0.1,
        ),
    )
    CONTEXT = (
        "sort code",
        "sortcode",
        "sort",
        "s/c",
        "account",
        "acc",
        "a/c",
        "bank",
        "acct",
        "banking",
        "barclays",
        "lloyds",
        "natwest",
        "hsbc",
        "santander",
        "nationwide",
        "halifax",
        "monzo",
        "starling",
        "tsb",
        "metro bank",
        "rbs",
        "co-op bank",
    )
    CONTEXT_BOOST = 0.6
    # People say what comes before the number: "the sort code, hang on, I've got it written
    # down somewhere, 204577".
    CONTEXT_WINDOW = 80
    CONTEXT_AFTER = 16
    EXAMPLES = (
        ("sort code 20-45-77 account 41234567", ["20-45-77", "41234567"]),
        ("will need 3 of us for 0800-2000 - KJ to sort; bank a/c 0800 2000", ["0800 2000"]),
        ("my bank a/c 12345678", ["12345678"]),
        ("Sort: 204577, Acc: 41234567", ["204577", "41234567"]),
        ("Barclays 20 45 77 / 41234567", ["20 45 77", "41234567"]),
        ("pay 20-45-77 please", ["20-45-77"]),
        ("sort code 17–07–72 acc 9552 7438 - can you check", ["17–07–72", "9552 7438"]),
        ("the years 1998 2004 were fine", []),
        ("scores 12 34 56 in the test", []),
        ("ref 12345678 was closed", []),
        ("on 12-03-85 I moved", []),
        ("we raised 204577 for charity", []),
        ("acc no 41 23 45 67 and sortcode: 20.45.77", ["20.45.77", "41 23 45 67"]),
        ("the scores were 41 23 45 67", []),
        ("sort code is 20, 45, 77 or 20 - 45 - 77", ["20 - 45 - 77", "20, 45, 77"]),
        ("the sort code, hang on, I've got it written down somewhere, 204577", ["204577"]),
        ("we scored 20, 45, 77 and 90 over the years", []),
    )

    def has_context(self, text: str, start: int, end: int) -> bool:
        """A banking word near the number; "on account of" is no bank account."""
        lo = max(0, start - self.CONTEXT_WINDOW)
        nearby = text[lo : end + self.CONTEXT_AFTER]
        window = _NOT_BANKING.sub(lambda phrase: " " * len(phrase.group(0)), nearby)
        return super().has_context(window, start - lo, end - lo)

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        if _TIME_RANGE.fullmatch(match.group(0)):
            return None  # "0800-2000": a shift's hours ("... to sort" is no sort code)
        if self.has_context(text, match.start(), match.end()):
            return min(1.0, base_score + self.CONTEXT_BOOST)
        value = match.group(0)
        if re.search("[-–]", value) and len(value) == 8 and not _could_be_date(value):
            return 0.55
        return base_score
