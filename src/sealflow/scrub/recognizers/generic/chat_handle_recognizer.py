"""Chat and forum display names: "rhodri.trelawney:", "Posted by jan_k88", "@KasiaN".

A display name is a person's identifier as much as the name it is built from, and neither
spaCy nor the name lists read it: it is one token that joins a first name and a surname
("dervlacrossley"), adds digits ("jan_k88") or a surname's initial ("JadwigaB"). It counts
where a handle stands: a speaker label opening a line (after an optional "[06:55]"), after
"Posted by", "Reply from", "Quote from", before "wrote:", or after "@". Role labels (INT, P1,
SPEAKER_01, the study's scrub.speaker_roles), field labels ("Address:", "Subject:") and
ordinary words are not handles.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from sealflow.scrub.recognizers.base import WordListRecognizer
from sealflow.scrub.wordlists import RANK_AND_ROLE_WORDS

_HANDLE = r"(?P<id>[A-Za-z][A-Za-z0-9._\-]{1,38}[A-Za-z0-9])"
# Speaker labels that are roles whatever the study's list says: P1, R2, Q, A, SPEAKER_01.
_ROLE_SHAPE = re.compile(r"(?i)(?:[a-z]|int|res|speaker|participant|p|r)[\s_\-]?\d*")
_SHAPED = re.compile(r"[\d._]|[a-z][A-Z]")
# Field labels and abbreviations that open lines in notes and e-mails ("Tel:", "DOB:").
FIELD_LABELS = frozenset(
    [
        "tel", "mob", "dob", "nok", "ni", "nhs", "ref", "svc", "re", "fwd", "fw", "ps", "nb",
        "eta", "fyi", "attn", "cc", "bcc", "url", "www", "http", "https", "pp", "encl", "addr",
        "dept", "loc", "obs", "hx", "dx", "rx", "tx",
    ]
)  # fmt: skip


class ChatHandleRecognizer(WordListRecognizer):
    ENTITY = "PERSON"
    PATTERNS: ClassVar = (
        ("speaker_label", r"(?m)^[ \t]*(?:\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]*)?" + _HANDLE
         + r"(?=:[ \t])", 0.7),
        ("posted_by", r"(?i:\b(?:posted|sent|shared)\s+by|\breply\s+from|\bquote\s+from|"
         r"\bmessage\s+from)\s*:?\s+" + _HANDLE + r"\b", 0.7),
        ("wrote", r"(?m)^[ \t]*" + _HANDLE + r"\s+wrote:", 0.7),
        ("mention", r"(?<![\w.])@" + _HANDLE + r"\b", 0.7),
    )  # fmt: skip
    EXAMPLES = (
        ("rhodri.trelawney: see you there", ["rhodri.trelawney"]),
        ("[06:55] jan_k88: u about?", ["jan_k88"]),
        ("Posted by JadwigaB\nAnyone else?", ["JadwigaB"]),
        ("dervlacrossley: ok", ["dervlacrossley"]),
        ("thanks @kasia_n for that", ["kasia_n"]),
        ("INT: and then?\nP1: yes\nSPEAKER_01: no", []),
        ("Address: 4 High Street\nSubject: leave\nNote: none", []),
        ("Tel: 0117\nDOB: 1 May\nNOK: wife\nSgt: here\nCpl: there", []),
        ("me: yeah\nMe: ok", []),
        ("Posted by the team", []),
    )

    def __init__(self, supported_language: str = "en", **kwargs: Any) -> None:
        self.roles: frozenset[str] = frozenset()
        super().__init__(supported_language=supported_language, **kwargs)

    def configure(self, settings: Any) -> None:
        super().configure(settings)
        self.roles = settings.roles()

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        handle = match.group("id")
        words = self.wordlists
        key = handle.lower()
        if _ROLE_SHAPE.fullmatch(handle) or re.sub(r"[\s_\-]*\d+$", "", key) in self.roles:
            return None
        if words.is_allowed(handle) or key in words.stop_words or key in FIELD_LABELS:
            return None
        if key in RANK_AND_ROLE_WORDS or (handle.isupper() and not words.is_listed_name(key)):
            return None  # "Sgt:", "DOB:", "NOK:": a rank or an abbreviation, not a handle
        if _SHAPED.search(handle):
            return base_score  # digits, dots, underscores or a capital inside: a handle
        if len(key) < 4 or words.is_common_word(key) or key in words.ambiguous:
            return None
        return base_score
