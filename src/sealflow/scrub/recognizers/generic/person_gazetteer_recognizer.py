"""People's names from first-name and surname lists, complementing spaCy's NER.

spaCy's small English model misses names in lower-case writing, after fillers, at the start
of a line and in unusual spellings. This recognizer marks capitalised listed names (and the
capitalised words that follow a listed first name: the surname), listed surnames, and, in
writing that is almost all lower case, listed names that are not also ordinary words.
Names that are also ordinary words (Will, Grace, Brown) count only beside another name.
"""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sealflow.scrub.recognizers.base import ContextRegexRecognizer
from sealflow.scrub.wordlists import WordLists, default_wordlists

_TOKEN = re.compile(r"(?:Mc|Mac|O['’])?[A-Za-z][A-Za-z'’]*(?:-[A-Za-z][A-Za-z'’]*)*")
LOWER_CASE_RATIO = 0.015


def _is_capitalised(token: str) -> bool:
    return token[0].isupper() and (any(c.islower() for c in token) or len(token) >= 3)


class PersonGazetteerRecognizer(ContextRegexRecognizer):
    ENTITY = "PERSON"
    EXAMPLES = (
        ("Then Priya told me it was fine", ["Priya"]),
        ("I asked Tom Hargreaves-Bell", ["Tom Hargreaves-Bell"]),
        ("Will Smith said so", ["Will Smith"]),
        ("we will see, mark my words, grace period", []),
        ("Monday with Okonkwo", ["Okonkwo"]),
        ("me and dave went to see siobhan", ["dave", "siobhan"]),
        ("The Army and the NHS", []),
        ("Brown boots in May", []),
    )

    def __init__(
        self, supported_language: str = "en", wordlists: WordLists | None = None, **kwargs: Any
    ) -> None:
        self._wordlists = wordlists
        super().__init__(supported_language=supported_language, **kwargs)

    @property
    def wordlists(self) -> WordLists:
        if self._wordlists is None:
            self._wordlists = default_wordlists()
        return self._wordlists

    def configure(self, settings: Any) -> None:
        self._wordlists = settings.wordlists()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        letters = sum(c.isalpha() for c in text) or 1
        lower_case_writing = sum(c.isupper() for c in text) / letters < LOWER_CASE_RATIO
        words = self.wordlists
        tokens = list(_TOKEN.finditer(text))
        results = []
        index = 0
        while index < len(tokens):
            match = tokens[index]
            token = match.group(0)
            key = token.lower().removesuffix("'s").removesuffix("’s")
            if (
                _is_capitalised(token)
                and not words.is_allowed(token)
                and key not in words.stop_words
            ):
                # Extend over following capitalised words that are not allowed words.
                last = index
                while last + 1 < len(tokens):
                    nxt = tokens[last + 1]
                    gap = text[tokens[last].end() : nxt.start()]
                    if gap not in (" ", "-") or not _is_capitalised(nxt.group(0)):
                        break
                    if words.is_allowed(nxt.group(0)) or nxt.group(0).lower() in words.stop_words:
                        break
                    last += 1
                span_tokens = [t.group(0).lower() for t in tokens[index : last + 1]]
                first_listed = key in words.first_names
                unambiguous = [words.is_unambiguous_name(t) for t in span_tokens]
                if (
                    len(span_tokens) >= 2
                    and (first_listed or any(unambiguous))
                    and (any(unambiguous) or words.is_listed_name(span_tokens[-1]))
                ):
                    results.append(self.result(match.start(), tokens[last].end(), 0.8))
                    index = last + 1
                    continue
                if unambiguous[0]:
                    score = 0.75 if first_listed else 0.6
                    results.append(self.result(match.start(), match.end(), score))
            elif (
                lower_case_writing
                and token.islower()
                and len(key) >= 3
                and words.is_unambiguous_name(key)
                and not words.is_common_word(key)
            ):
                results.append(self.result(match.start(), match.end(), 0.6))
            index += 1
        return results
