"""UK sort codes (12-34-56) and eight-digit account numbers, which need banking context."""

from __future__ import annotations

from sealflow.scrub.recognizers.base import ContextRegexRecognizer


class UkBankAccountRecognizer(ContextRegexRecognizer):
    ENTITY = "BANK_ACCOUNT"
    PATTERNS = (
        ("sort_code", r"(?<![\d/.-])\d{2}[- ]\d{2}[- ]\d{2}(?![\d/.-])", 0.3),
        ("account", r"(?<![\d-])\d{8}(?![\d-])", 0.2),
    )
    CONTEXT = ("sort code", "sortcode", "account", "acc", "a/c", "bank", "acct")
    CONTEXT_BOOST = 0.6
    CONTEXT_WINDOW = 40
    EXAMPLES = (
        ("sort code 20-45-77 account 41234567", ["20-45-77", "41234567"]),
        ("my bank a/c 12345678", ["12345678"]),
        ("scores 12 34 56 in the test", []),
        ("ref 12345678 was closed", []),
    )
