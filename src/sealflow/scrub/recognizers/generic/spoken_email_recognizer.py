"""E-mail addresses written out in words: "j dot smith at mod dot uk", "jsmith99 at gmail
dot com", "sam underscore lee at hotmail.co.uk", "dave.bowen(at)mod.gov.uk",
"dave[dot]bowen[at]gmail[dot]com", "dave bowen eight two at yahoo dot co dot uk",
"s full stop jones at sign yahoo full stop co full stop uk".

A local part (words joined by "dot", "underscore", "dash", written dots, or a space before
digits said or written), "at" (bare, or in brackets as people obfuscate it), and a domain of
at least two labels that ends in a known top-level domain, or a webmail provider alone
("dave dot bowen at gmail"). The whole address is one EMAIL span, so "mod" inside it is part
of the address, not the allowed word MOD.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from sealflow.scrub.recognizers.base import WordListRecognizer
from sealflow.scrub.recognizers.spoken_numbers import DIGIT_WORDS, TEENS, TENS

_OPEN, _CLOSE = r"[\(\[\{<]", r"[\)\]\}>]"
_PART = r"[A-Za-z0-9](?:[A-Za-z0-9._\-]*[A-Za-z0-9])?"
_NUMBER_WORDS = sorted({*DIGIT_WORDS, *TEENS, *TENS}, key=len, reverse=True)
_DIGIT_NEXT = r"(?=\d|(?:" + "|".join(_NUMBER_WORDS) + r")\b)"
# A domain label spelled letter by letter: "m o d dot u k".
_SPELLED = r"[A-Za-z](?:\s[A-Za-z](?![\w'’]))+"
_LABEL = r"(?:" + _SPELLED + r"|" + _PART + r")"
_SAID_DOT = r"(?:dot|full\s+stop|period|point)"
_JOIN = (
    r"(?:\s+(?:" + _SAID_DOT + r"|underscore|dash|hyphen|apostrophe)\s+|[._\-]|\s*" + _OPEN
    + r"\s*(?:dot|underscore)\s*" + _CLOSE + r"\s*|\s+" + _DIGIT_NEXT + r")"
)  # fmt: skip
_AT = (
    r"(?:\s+at(?:[\s\-]+(?:sign|symbol))?\s+|\s*"
    + _OPEN
    + r"\s*(?:at|@)\s*"
    + _CLOSE
    + r"\s*|\s*@\s*)"
)
_DOT = (
    r"(?:\s+"
    + _SAID_DOT
    + r"\s+|\.|[ \t]+\.[ \t]+|\s*"
    + _OPEN
    + r"\s*(?:dot|\.)\s*"
    + _CLOSE
    + r"\s*)"
)
# Words just before an address that say it is one: then a one-word local part counts too.
_EMAIL_CUE = re.compile(r"\b(?:e-?mail|mail|address|contact)\b[^\n]{0,30}$", re.IGNORECASE)
_AT_WORD = re.compile(r"\bat\b|@", re.IGNORECASE)
_REACH = 160  # characters an address reaches before and after its "at"
TOP_LEVEL = ("uk", "com", "org", "net", "gov", "mil", "ac", "co", "io", "me", "info", "biz", "mod",
             "edu", "ie", "scot", "wales", "cymru", "eu", "pl", "de", "fr", "es", "it", "nl",
             "ng", "gh", "np", "fj", "in", "pk", "au", "nz", "ca", "us")  # fmt: skip
# A word said before the local part that is part of it ("dave bowen at gmail dot com" for
# davebowen@): a first name or a lone initial, never "me" or "is".
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(\[:;,]))([A-Za-z]+)\s+$")
# Webmail domains people name without their ending ("dave dot bowen at gmail").
PROVIDERS = (
    "gmail",
    "googlemail",
    "hotmail",
    "yahoo",
    "outlook",
    "icloud",
    "btinternet",
    "aol",
    "protonmail",
    "live",
)


class SpokenEmailRecognizer(WordListRecognizer):
    ENTITY = "EMAIL"
    FLAGS = re.IGNORECASE
    PATTERNS: ClassVar = (
        (
            "spoken",
            r"(?<![\w@.])(?P<local>" + _PART + r"(?:" + _JOIN + _PART + r")*)" + _AT
            + r"(?P<domain>" + _LABEL + r"(?:" + _DOT + _LABEL + r")*)(?![\w@])",
            0.8,
        ),
    )  # fmt: skip
    EXAMPLES = (
        ("Email j dot smith at mod dot uk. Thanks", ["j dot smith at mod dot uk"]),
        ("it's jsmith99 at gmail dot com", ["jsmith99 at gmail dot com"]),
        ("sam underscore lee at hotmail.co.uk", ["sam underscore lee at hotmail.co.uk"]),
        ("it's dave.bowen(at)mod.gov.uk", ["dave.bowen(at)mod.gov.uk"]),
        ("dave[dot]bowen[at]gmail[dot]com", ["dave[dot]bowen[at]gmail[dot]com"]),
        ("contact: dave underscore bowen 82 at yahoo dot co dot uk",
         ["dave underscore bowen 82 at yahoo dot co dot uk"]),
        ("it's k dot lee eight two at outlook dot com", ["k dot lee eight two at outlook dot com"]),
        ("mail dave dot bowen at gmail, ta", ["dave dot bowen at gmail"]),
        ("it's temitopeo81 at sign mod (dot) gov (dot) uk.", [
            "temitopeo81 at sign mod (dot) gov (dot) uk"]),
        ("spelled out: s full stop waqanivalu @ yahoo full stop co full stop uk.", [
            "s full stop waqanivalu @ yahoo full stop co full stop uk"]),
        ("kwabena underscore rahman hyphen chowdhury @ proton full stop me.", [
            "kwabena underscore rahman hyphen chowdhury @ proton full stop me"]),
        ("email jay dot smith eighty two at yahoo dot co dot uk", [
            "jay dot smith eighty two at yahoo dot co dot uk"]),
        ("it's j dot smith at m o d dot u k", ["j dot smith at m o d dot u k"]),
        ("we stopped at sign posts and met at a full stop", []),
        ("we met at a b and c dot then", []),
        ("jsmith at-sign mod dot uk; jsmith at symbol gmail dot com", [
            "jsmith at symbol gmail dot com", "jsmith at-sign mod dot uk"]),
        ("jsmith @ gmail . com, s dot o apostrophe neill at gmail dot com", [
            "jsmith @ gmail . com", "s dot o apostrophe neill at gmail dot com"]),
        ("my email is jsmith at gmail; write to jsmith at mod.gov.uk", [
            "jsmith at gmail", "jsmith at mod.gov.uk"]),
        ("we met at home dot com; I was at mod dot uk", []),
        ("send it to d bowen at hotmail dot co dot uk ok", ["d bowen at hotmail dot co dot uk"]),
        ("it's dave bowen at gmail dot com", ["dave bowen at gmail dot com"]),
        ("email me ola at wp dot pl", ["ola at wp dot pl"]),
        ("we met at home and had a go at it", []),
        ("look him up at nhs.uk first", []),
        ("look at page dot two", []),
        ("arrived at 10.30 then left", []),
        ("I work at mod and live at home", []),
        ("she was at gmail for years", []),
    )  # fmt: skip

    def iter_matches(self, text: str) -> Iterator[tuple[int, int, float]]:
        """Only the text within reach of an "at" is searched: an address holds one (speed)."""
        windows: list[list[int]] = []
        for at in _AT_WORD.finditer(text):
            lo, hi = max(0, at.start() - _REACH), min(len(text), at.end() + _REACH)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi
            else:
                windows.append([lo, hi])
        for _name, regex, base_score in self._compiled:
            for lo, hi in windows:
                for match in regex.finditer(text, lo, hi):
                    score = self.score_match(match, base_score, text)
                    if score is not None and score > 0:
                        yield self._with_name_before(text, match.start()), match.end(), score

    def _with_name_before(self, text: str, start: int) -> int:
        """Widen the address over a first name or an initial said just before it."""
        before = _WORD_BEFORE.search(text[max(0, start - 30) : start])
        if before is None:
            return start
        word = before.group(1).lower()
        initial = len(word) == 1 and word not in "ai"
        if initial or word in self.wordlists.first_names:
            return start - len(before.group(0))
        return start

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        domain = match.group("domain").lower()
        labels = [re.sub(r"\s", "", label) for label in re.split(_DOT, domain) if label]
        local = match.group("local")
        one_word = re.fullmatch(r"[A-Za-z]+", local) is not None
        # "jsmith at gmail" after "e-mail:", or a local part that is no English word
        cue = _EMAIL_CUE.search(text, max(0, match.start() - 40), match.start()) is not None
        word = one_word and self.wordlists.is_common_word(local)
        if len(labels) == 1:
            local_joined = re.search(_JOIN, local) is not None
            said = local_joined or cue or (one_word and not word and len(local) > 3)
            return base_score if labels[0] in PROVIDERS and said else None
        if labels[-1] not in TOP_LEVEL or not labels[0].isalpha():
            return None
        if word and labels[0] not in PROVIDERS and not cue:
            return None  # "up at nhs.uk", "I was at mod dot uk": a phrase before a web address
        return base_score
