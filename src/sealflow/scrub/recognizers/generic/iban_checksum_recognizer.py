"""International Bank Account Numbers (IBAN), as people write them: "GB29 NWBK 6016 1331
9268 19", "gb29nwbk60161331926819", "GB29-NWBK-...".

A country code, two check digits and the account (BBAN, letters and digits), in groups of
four or run together, in either case. It counts when the ISO 13616 modulus-97 check holds
(a real IBAN always passes, an ordinary word or reference almost never does), or next to a
banking cue ("IBAN", "bank") when a digit was misheard. The whole IBAN is one BANK_ACCOUNT
span, so the sort code and account number inside it go with it.
"""

from __future__ import annotations

import re
from typing import ClassVar

from sealflow.scrub.recognizers.base import ContextRegexRecognizer

# Lengths of IBANs by country (ISO 13616 registry), for the countries a UK study meets most.
IBAN_LENGTHS = {
    "GB": 22, "IE": 22, "DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "PL": 28,
    "PT": 25, "CY": 30, "MT": 31, "GI": 23, "DK": 18, "NO": 15, "SE": 24, "FI": 18, "AT": 20,
    "CH": 21, "LT": 20, "LV": 21, "EE": 20, "RO": 24, "BG": 22, "GR": 27, "HU": 28, "CZ": 24,
}  # fmt: skip


def iban_checksum_ok(iban: str) -> bool:
    """ISO 13616: move the first four characters to the end, letters to 10..35, mod 97 == 1."""
    compact = re.sub(r"[\s\-]", "", iban).upper()  # also a line break where text was wrapped
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
        return False
    if IBAN_LENGTHS.get(compact[:2], len(compact)) != len(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


class IbanChecksumRecognizer(ContextRegexRecognizer):
    ENTITY = "BANK_ACCOUNT"
    FLAGS = re.IGNORECASE
    PATTERNS: ClassVar = (
        (
            "iban",
            r"(?<![\w\-])[A-Z]{2}\d{2}(?:[ \-\n]?[A-Z0-9]{4}){2,6}(?:[ \-\n]?[A-Z0-9]{1,4})?"
            r"(?![\w\-])",
            0.4,
        ),
    )
    CONTEXT = ("iban", "bank", "account", "a/c", "acc", "transfer", "payment")
    CONTEXT_WINDOW = 40
    EXAMPLES = (
        ("IBAN GB29 NWBK 6016 1331 9268 19 please", ["GB29 NWBK 6016 1331 9268 19"]),
        ("paid into gb29nwbk60161331926819 yesterday", ["gb29nwbk60161331926819"]),
        ("my iban is GB82-WEST-1234-5698-7654-32.", ["GB82-WEST-1234-5698-7654-32"]),
        ("Irish account IE29 AIBK 9311 5212 3456 78", ["IE29 AIBK 9311 5212 3456 78"]),
        ("paid to IBAN GB29 NWBK 6016 1331 9268\n19. (L.A.)", ["GB29 NWBK 6016 1331 9268\n19"]),
        ("iban GB29 NWBK 6016 1331 9268 18", ["GB29 NWBK 6016 1331 9268 18"]),
        ("ref GB29 NWBK 6016 1331 9268 18 closed", []),
        ("the AB12 CDE2 route number", []),
        ("form SA10 2024 was filed", []),
    )

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        valid = iban_checksum_ok(match.group(0))
        context = self.has_context(text, match.start(), match.end())
        if valid:
            return 0.95 if context else 0.85
        return 0.7 if context and sum(ch.isdigit() for ch in match.group(0)) >= 10 else None
