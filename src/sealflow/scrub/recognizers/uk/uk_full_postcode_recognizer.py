"""UK postcodes (full unit postcodes, with or without the space, any case).

Typed as people type them: run together ("sp97ab"), or with one to three spaces, a tab, a
dot or a dash between the outward and inward codes ("SP9  7AB", "sp9-7ab"), a space inside
the inward code ("DL9 4 AB"), or broken over one line ("SP22" / "1GE"
in hard-wrapped text). Said letter by letter, they are
``SpokenPostcodeRecognizer``'s.
"""

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
            r"(?:[ \t]{0,3}|[.\-]|[ \t]*\n[ \t]*)[0-9] ?[ABD-HJLNP-UW-Z]{2})\b",
            0.8,
        ),
    )
    CONTEXT = ("postcode", "post code", "address", "live", "lives", "living")
    EXAMPLES = (
        ("we moved to SP9 7AB last year", ["SP9 7AB"]),
        ("postcode sw1a2aa", ["sw1a2aa"]),
        ("Catterick DL9 3PS", ["DL9 3PS"]),
        ("EC1A 1BB and M1 1AE", ["EC1A 1BB", "M1 1AE"]),
        ("flat 1, 20 the Crescent, SP9  2EP.", ["SP9  2EP"]),
        ("postcode's ox18  9lr if u're sending", ["ox18  9lr"]),
        ("Lowestoft, SP22\n1GE; the family", ["SP22\n1GE"]),
        ("the A303 and M4 were closed", []),
        ("the M4\n\n2AB said", []),
        ("version 2.1 of form A1", []),
    )

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        value = match.group(0)
        score = base_score if value.isupper() or any(c.isdigit() for c in value[:2]) else 0.6
        if self.has_context(text, match.start(), match.end()):
            score = min(1.0, score + self.CONTEXT_BOOST)
        return score
