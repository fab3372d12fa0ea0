"""E-mail addresses at domains no public suffix list holds: "f.brackenbury@army.local",
"JONES-A123@DII.R.MIL.UK", "sgt.kowalczyk@hq", "<f.brackenbury+welfare@mod.internal>".

Presidio's e-mail recognizer keeps an address only when its domain ends in a public suffix
(tldextract), so an intranet address was dropped and spaCy then found the first name inside
it: "[PERSON-1].brackenbury@army.local" (attack18 G5). Here the whole address is one EMAIL
span, whatever its domain, so no part of the name is left beside the placeholder and the
same address gets the same placeholder.

What is not an address, and why:
- a mention or handle ("@brackenbury", "ping @j_smith"): nothing before the "@"; names in
  handles are the chat-handle and person recognizers' to find;
- a time or count ("3@4pm", "2@£5"): the part before the "@" holds no letter, or the part
  after it starts with a digit;
- a file or version name ("report@v2.docx", "build@1.2"): a dotted domain must end in a
  label of letters only, and not in a file type (docx, pdf, ...), which no mail domain ends in;
- a word glued to a one-label host ("me@home", "lunch@noon"): a host with no dot counts
  only when the local part is joined like a person's address ("sgt.kowalczyk@hq",
  "jones_a@hq"), or the address stands in angle brackets or after "mailto:" or an e-mail
  cue ("email adj@hq"). Code is rare in transcripts; a "user@host" there is a login that
  names its user, and is replaced too.
"""

from __future__ import annotations

import re
from typing import ClassVar

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sealflow.scrub.recognizers.base import ContextRegexRecognizer

# the letters a file name ends in after its dot, never a mail domain's last label
FILE_TYPES = frozenset(
    {
        "doc", "docx", "docm", "dot", "dotx", "dotm", "xls", "xlsx", "xlsm", "csv", "pdf",
        "ppt", "pptx", "txt", "rtf", "odt", "ods", "odp", "md", "htm", "html", "xml", "json",
        "yaml", "yml", "jpg", "jpeg", "png", "gif", "bmp", "tif", "tiff", "svg", "mp3", "mp4",
        "m4a", "wav", "mov", "avi", "zip", "rar", "gz", "tar", "msg", "eml", "pst", "vtt",
        "srt", "py", "js", "exe", "dll", "log", "bak", "tmp",
    }
)  # fmt: skip
# before the address: angle bracket, "mailto:" or a word saying it is one
_CUE_BEFORE = re.compile(
    r"(?:<|mailto:|\b(?:(?:to|cc|bcc|from):|(?:e-?mail(?:ed)?|mail|address|contact)\b)\W{0,3})$",
    re.IGNORECASE,
)
_JOINED_LOCAL = re.compile(r"[A-Za-z0-9][._-][A-Za-z0-9]")


class InternalEmailRecognizer(ContextRegexRecognizer):
    ENTITY = "EMAIL"
    PATTERNS = (
        (
            "email_any_domain",
            # not inside a longer token; a local part; a domain whose first label starts
            # with a letter, taken whole (no shorter domain: a dot and a letter go on)
            r"(?<![\w.@+%'-])[A-Za-z0-9](?:[A-Za-z0-9._%+'-]*[A-Za-z0-9])?"
            r"@[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*(?![\w@-]|\.[A-Za-z0-9])",
            0.95,
        ),
    )
    EXAMPLES: ClassVar[tuple[tuple[str, list[str]], ...]] = (
        (
            "I emailed fenella.brackenbury@army.local about it.",
            ["fenella.brackenbury@army.local"],
        ),
        ("Send it to JONES-A123@DII.R.MIL.UK now", ["JONES-A123@DII.R.MIL.UK"]),
        (
            "Cc: F Brackenbury <f.brackenbury+welfare@mod.internal>",
            ["f.brackenbury+welfare@mod.internal"],
        ),
        ("ops cell: sgt.kowalczyk@hq, then", ["sgt.kowalczyk@hq"]),
        ("write to mailto:adj@hq today", ["mailto:adj@hq"]),
        ("email j.doe@example.org or", ["j.doe@example.org"]),
        ("ping @brackenbury on Teams", []),
        ("meet 3@4pm in the mess", []),
        ("file report@v2.docx and build@1.2", []),
        ("went to lunch@noon then me@home", []),
        ("email adj@hq or To: ops@hq", ["adj@hq", "ops@hq"]),
        ("adj@1rifles is a role box", []),
    )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Nothing without an "@" (most texts): the pattern is not tried at every word."""
        return super().analyze(text, entities, nlp_artifacts) if "@" in text else []

    def span_of(self, match: re.Match[str]) -> tuple[int, int]:
        """The address, with a "mailto:" before it: the link is one [EMAIL-n], numbered as
        the address written alone (replace.py reads the address without the scheme)."""
        start = match.start()
        if match.string[max(0, start - 7) : start].lower() == "mailto:":
            start -= 7
        return start, match.end()

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        local, domain = match.group().rsplit("@", 1)
        if not re.search(r"[A-Za-z]", local):
            return None
        labels = domain.split(".")
        if len(labels) > 1:
            last = labels[-1]
            if not last.isalpha() or not 2 <= len(last) <= 24 or last.lower() in FILE_TYPES:
                return None
            return base_score
        joined = _JOINED_LOCAL.search(local) is not None
        if joined or _CUE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            return base_score
        return None
