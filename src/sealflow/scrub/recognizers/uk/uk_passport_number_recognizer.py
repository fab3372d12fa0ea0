"""UK passport numbers: nine digits (or two letters and seven digits), only near "passport"."""

from __future__ import annotations

import re

from sealflow.scrub.recognizers.base import ContextRegexRecognizer


class UkPassportNumberRecognizer(ContextRegexRecognizer):
    ENTITY = "PASSPORT"
    FLAGS = re.IGNORECASE
    PATTERNS = (("passport", r"(?<![\w-])(?:\d{9}|[a-z]{2}\d{7})(?![\w-])", 0.25),)
    CONTEXT = ("passport", "passport no", "passport number", "travel document")
    CONTEXT_BOOST = 0.65
    CONTEXT_WINDOW = 60
    EXAMPLES = (
        ("passport number 123456789 expires", ["123456789"]),
        ("my passport no. is GB1234567", ["GB1234567"]),
        ("order 123456789 shipped", []),
    )
