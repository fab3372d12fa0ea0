"""Terms the study knows must go (participants' and staff names, local places), any case."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sealflow.scrub.recognizers.base import ContextRegexRecognizer


def phrase_regex(terms: Sequence[str]) -> re.Pattern[str] | None:
    """One case-insensitive alternation of whole-word phrases, longest first; spaces flexible."""
    cleaned = sorted({t.strip() for t in terms if t and t.strip()}, key=len, reverse=True)
    if not cleaned:
        return None
    parts = [r"\s+".join(re.escape(w) for w in term.split()) for term in cleaned]
    # "connor" is not a word of "o'connor": a letter and an apostrophe before it join them
    return re.compile(r"(?<![\w])(?<![\w]['’])(?:" + "|".join(parts) + r")(?![\w])", re.IGNORECASE)


class DenyListRecognizer(ContextRegexRecognizer):
    """Scores 1.0: a deny-listed term is removed wherever it appears."""

    ENTITY = "PERSON"
    EXAMPLES = ()

    def __init__(
        self,
        supported_language: str = "en",
        deny: Mapping[str, Sequence[str]] | None = None,
        **kwargs: Any,
    ) -> None:
        self.deny = dict(deny or {})
        super().__init__(supported_language=supported_language, **kwargs)
        self._compile()

    def _compile(self) -> None:
        self.supported_entities = sorted(self.deny) or [self.ENTITY]
        self._by_type = {
            entity: regex for entity, terms in self.deny.items() if (regex := phrase_regex(terms))
        }

    def configure(self, settings: Any) -> None:
        self.deny = settings.deny_list()
        self._compile()

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = []
        for entity, regex in self._by_type.items():
            if entities and entity not in entities:
                continue
            for match in regex.finditer(text):
                result = self.result(match.start(), match.end(), 1.0)
                result.entity_type = entity
                results.append(result)
        return results
