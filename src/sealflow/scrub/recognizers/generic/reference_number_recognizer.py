"""Case, ticket, claim and reference numbers that a word before them names ("case 4471-2290").

A number an organisation holds against someone's case identifies that person to it (the
welfare office, a charity, a claims desk), so it is replaced, never kept as an ordinary
number. Only with its cue word: a bare number is left to the number recognizers, and a
document's own number ("Form 1771", "JSP 770", "Room 214") is no case.
"""

from __future__ import annotations

import re

from sealflow.scrub.recognizers.base import ContextRegexRecognizer

# at least four digits in the number: "case 12" counts nothing worth hiding
_DIGITS = re.compile(r"\d")
_YEAR = re.compile(r"(?:19|20)\d\d")


class ReferenceNumberRecognizer(ContextRegexRecognizer):
    ENTITY = "REFERENCE_NUMBER"
    PATTERNS = (
        (
            "cued",
            r"(?i)(?<![\w])(?:case|ref|reference|ticket|claim)(?:\s+(?:no|number|num|id))?"
            r"\.?\s*[:#]?\s*#?(?P<id>[a-z]{0,4}[\-/]?\d[\d\-/]*\d)(?![\w\-/]|\s?\d)",
            0.85,
        ),
    )
    EXAMPLES = (
        ("my case 4471-2290 is still open", ["4471-2290"]),
        ("ref 20231187 was closed without a call", ["20231187"]),
        ("Ticket #48213 and claim no. 55512345", ["48213", "55512345"]),
        ("Case Number: CM/2026/0417 and reference: INC-88213", ["CM/2026/0417", "INC-88213"]),
        ("just in case 2024 is worse; case 12 of 40", []),
        ("Form 1771, JSP 770 and Room 214", []),
        ("in case 0800 138 1619 is busy", []),
    )

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        number = match.group("id")
        if len(_DIGITS.findall(number)) < 4 or _YEAR.fullmatch(number):
            return None
        return base_score
