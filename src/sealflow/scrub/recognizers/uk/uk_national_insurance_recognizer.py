"""UK National Insurance numbers: two letters, six digits, optional suffix A-D.

HMRC never issues prefixes starting with D, F, I, Q, U or V, second letters O, or the pairs
BG, GB, KN, NK, NT, TN, ZZ. Those still score above the threshold, lower, because survey
answers and training material quote dummy numbers (QQ 12 34 56 C) that must go too; but a
small word before digits in pairs ("sort code is 20 45 77", "acc no 41 23 45 67", "go to
20-45-77") is that word, unless an NI cue is near.
"""

from __future__ import annotations

import re

from sealflow.scrub.recognizers.base import ContextRegexRecognizer

_BAD_FIRST = set("DFIQUV")
_BAD_SECOND = set("DFIQUVO")
_BAD_PAIRS = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}
_SMALL_WORDS = {"is", "no", "to", "on", "at", "be", "me", "we", "so", "go", "he", "my", "in",
                "it", "of", "or", "an", "as", "by", "do", "if", "up", "us", "am", "ok"}  # fmt: skip


class UkNationalInsuranceRecognizer(ContextRegexRecognizer):
    ENTITY = "NI_NUMBER"
    FLAGS = re.IGNORECASE
    PATTERNS = (
        ("nino", r"\b[a-z]{2}[ -]?\d{2}[ -]?\d{2}[ -]?\d{2}(?:[ -]?[a-d])?\b", 0.75),
        # read out letter by letter or typed in other groups: "W B 4 7 4 9 9 9 D", "LM842 871A"
        (
            "nino_spelt",
            r"(?<![\w'’.])[a-z][ -][a-z](?:[ -]?\d){6}(?:[ -]?[a-d])?\b|"
            r"\b[a-z]{2}(?=\d{3}\b|\d{3}[ -]\d)(?:[ -]?\d){6}(?:[ -]?[a-d])?\b",
            0.75,
        ),
    )
    CONTEXT = ("national insurance", "ni number", "ni no", "nino", "n.i.", "ni")
    EXAMPLES = (
        ("my NI number is AB123456C", ["AB123456C"]),
        ("ni: ab 12 34 56 c thanks", ["ab 12 34 56 c"]),
        ("national insurance JT 65 43 21 A", ["JT 65 43 21 A"]),
        ("NI no. QQ123456C", ["QQ123456C"]),
        ("pay band AB and 2024 figures", []),
        ("serial XY12345", []),
        ("sort code is 20 45 77, acc no 41 23 45 67, go to 20-45-77", []),
        ("my ni is on 12 34 56", ["on 12 34 56"]),
        ("NI: W B 4 7 4 9 9 9 D, if that helps", ["W B 4 7 4 9 9 9 D"]),
        ("NI number LM842 871A and HJ651 610A", ["HJ651 610A", "LM842 871A"]),
        ("I got a b 1 2 3 in the test", []),
        ("about the form, number's D953119A.", []),
    )

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        letters = re.sub(r"[^A-Z]", "", match.group(0).upper())[:2]
        valid = (
            letters[0] not in _BAD_FIRST
            and letters[1] not in _BAD_SECOND
            and letters not in _BAD_PAIRS
        )
        score = base_score if valid else 0.55
        if self.has_context(text, match.start(), match.end()):
            return min(1.0, score + self.CONTEXT_BOOST)
        word = match.group(0)[:3]
        if word[:2].lower() in _SMALL_WORDS and word[2:] == " " and not word[:2].isupper():
            return None  # "is 20 45 77": a word before digits
        return score
