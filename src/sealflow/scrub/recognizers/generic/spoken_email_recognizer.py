"""E-mail addresses written out in words: "j dot smith at mod dot uk", "jsmith99 at gmail
dot com", "sam underscore lee at hotmail.co.uk".

A local part (words joined by "dot", "underscore", "dash" or written dots), "at", and a
domain of at least two labels that ends in a known top-level domain. The whole address is
one EMAIL span, so "mod" inside it is part of the address, not the allowed word MOD.
"""

from __future__ import annotations

import re
from typing import ClassVar

from sealflow.scrub.recognizers.base import ContextRegexRecognizer

_PART = r"[A-Za-z0-9](?:[A-Za-z0-9._\-]*[A-Za-z0-9])?"
_JOIN = r"(?:\s+(?:dot|underscore|dash|hyphen)\s+|[._\-])"
_DOT = r"(?:\s+dot\s+|\.)"
TOP_LEVEL = ("uk", "com", "org", "net", "gov", "mil", "ac", "co", "io", "me", "info", "biz", "mod")


class SpokenEmailRecognizer(ContextRegexRecognizer):
    ENTITY = "EMAIL"
    FLAGS = re.IGNORECASE
    PATTERNS: ClassVar = (
        (
            "spoken",
            r"(?<![\w@.])" + _PART + r"(?:" + _JOIN + _PART + r")*\s+at\s+"
            r"(?P<domain>" + _PART + r"(?:" + _DOT + _PART + r")+)(?![\w@])",
            0.8,
        ),
    )
    EXAMPLES = (
        ("Email j dot smith at mod dot uk. Thanks", ["j dot smith at mod dot uk"]),
        ("it's jsmith99 at gmail dot com", ["jsmith99 at gmail dot com"]),
        ("sam underscore lee at hotmail.co.uk", ["sam underscore lee at hotmail.co.uk"]),
        ("we met at home and had a go at it", []),
        ("look at page dot two", []),
        ("arrived at 10.30 then left", []),
    )

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        domain = match.group("domain").lower()
        labels = re.split(r"\s+dot\s+|\.", domain)
        if len(labels) < 2 or labels[-1] not in TOP_LEVEL or not labels[0].isalpha():
            return None
        if " dot " not in match.group(0).lower() and "." not in domain:
            return None
        return base_score
