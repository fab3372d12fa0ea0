"""UK postcodes (full unit postcodes, with or without the space, any case)."""

from __future__ import annotations

import re

from sealflow.scrub.recognizers.base import ContextRegexRecognizer


class UkFullPostcodeRecognizer(ContextRegexRecognizer):
    ENTITY = "POSTCODE"
    FLAGS = re.IGNORECASE
    PATTERNS = (
        (
            "postcode",
            r"\b(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9]{1,2}|[A-PR-UWYZ][A-HK-Y][0-9]{1,2}"
            r"|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY])"
            r" ?[0-9][ABD-HJLNP-UW-Z]{2})\b",
            0.8,
        ),
    )
    CONTEXT = ("postcode", "post code", "address", "live", "lives", "living")
    EXAMPLES = (
        ("we moved to SP9 7AB last year", ["SP9 7AB"]),
        ("postcode sw1a2aa", ["sw1a2aa"]),
        ("Catterick DL9 3PS", ["DL9 3PS"]),
        ("EC1A 1BB and M1 1AE", ["EC1A 1BB", "M1 1AE"]),
        ("the A303 and M4 were closed", []),
        ("version 2.1 of form A1", []),
    )

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        value = match.group(0)
        score = base_score if value.isupper() or any(c.isdigit() for c in value[:2]) else 0.6
        if self.has_context(text, match.start(), match.end()):
            score = min(1.0, score + self.CONTEXT_BOOST)
        return score
