"""UK National Insurance numbers: two letters, six digits, optional suffix A-D.

Typed and said the way people do: in any case, in pairs or run together ("JT 48 21 93 C",
"jt482193c"), grouped five and four ("LM842 871A"), with dashes or dots ("NR-12-34-56-A"),
or letter by letter with a space between every character ("W B 4 7 4 9 9 9 D"), or broken
over a line ("AB 12 34" / "56 C"). Six digits
exactly: a seventh, spaced or not, makes the run something else.

HMRC never issues prefixes starting with D, F, I, Q, U or V, second letters O, or the pairs
BG, GB, KN, NK, NT, TN, ZZ. Those still score above the threshold, lower, because survey
answers and training material quote dummy numbers (QQ 12 34 56 C) that must go too; but a
small word before digits in pairs ("sort code is 20 45 77", "acc no 41 23 45 67", "go to
20-45-77") is that word, unless an NI cue is near; and "a" or "I" said before a lettered
service number ("a C 123456") is a word, not the first letter of an NI number.
"""

from __future__ import annotations

import re

from sealflow.scrub.recognizers.base import ContextRegexRecognizer

_BAD_FIRST = set("DFIQUV")
_BAD_SECOND = set("DFIQUVO")
# prefixes HMRC never issues, whatever their letters (spelt_out_id_recognizer reads them too)
NEVER_ISSUED_PAIRS = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
_SMALL_WORDS = {"is", "no", "to", "on", "at", "be", "me", "we", "so", "go", "he", "my", "in",
                "it", "of", "or", "an", "as", "by", "do", "if", "up", "us", "am", "ok"}  # fmt: skip
_SEP = r"(?:[ .\-]|[ \t]*\n[ \t]*)?"  # one space, dot or dash, or a line break


class UkNationalInsuranceRecognizer(ContextRegexRecognizer):
    ENTITY = "NI_NUMBER"
    FLAGS = re.IGNORECASE
    PATTERNS = (
        (
            "nino",
            r"\b(?P<letters>[a-z]{2}|[a-z][ .][a-z])"
            + _SEP
            + r"\d(?:"
            + _SEP
            + r"\d){5}(?!"
            + _SEP
            + r"\d)(?:"
            + _SEP
            + r"[a-d])?\b",
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
        ("ni number p w 0 3 9 7 1 0 b", ["p w 0 3 9 7 1 0 b"]),
        ("NI number LM842 871A. It was", ["LM842 871A"]),
        ("ni jk489 270d if that helps", ["jk489 270d"]),
        ("my nino is NR-12-34-56-A or nr.12.34.56.a", ["NR-12-34-56-A", "nr.12.34.56.a"]),
        ("JT 48 21 93 C and jt482193c", ["JT 48 21 93 C", "jt482193c"]),
        ("he had a C 123456 T service number", []),
        ("my NI is AB 12 34\n56 C and that", ["AB 12 34\n56 C"]),
        ("QQ 12\n\n34 56 C", []),
        ("the total is\n20 45 77 now", []),
        ("acc no 41 23 45 67 8", []),
        ("AB 12 34 56 78 was the account", []),
        ("call TN 12 34 567", []),
    )

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        letters = re.sub(r"[ .]", "", match.group("letters")).upper()
        valid = (
            letters[0] not in _BAD_FIRST
            and letters[1] not in _BAD_SECOND
            and letters not in NEVER_ISSUED_PAIRS
        )
        score = base_score if valid else 0.55
        if self.has_context(text, match.start(), match.end()):
            return min(1.0, score + self.CONTEXT_BOOST)
        spaced = match.group("letters")
        if len(spaced) == 3 and spaced[0] in "aiI":
            return None  # "a C 123456": a word before a lettered number
        word = match.group(0)[:3]
        if word[:2].lower() in _SMALL_WORDS and word[2:].isspace() and not word[:2].isupper():
            return None  # "is 20 45 77": a word before digits
        return score
