"""People's names from first-name and surname lists, complementing spaCy's NER.

spaCy's small English model misses names in lower-case writing, after fillers, at the start
of a line and in unusual spellings. This recognizer marks capitalised listed names (and the
capitalised words that follow a listed first name: the surname), listed surnames, and, in
writing that is almost all lower case, listed names that are not also ordinary words.
Names that are also ordinary words (Will, Grace, Brown) count only beside another name.
The rules and their scores are the table in ``person_scanner``; this class adapts the
scanner to Presidio.
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sealflow.scrub.recognizers.base import WordListRecognizer
from sealflow.scrub.recognizers.generic.person_scanner import (
    NEGATIVE_EXAMPLES,
    RULES,
    PersonScanner,
)


class PersonGazetteerRecognizer(WordListRecognizer):
    ENTITY = "PERSON"
    EXAMPLES = tuple(
        (text, list(expected)) for rule in RULES for text, expected in rule.examples
    ) + tuple((text, []) for text in NEGATIVE_EXAMPLES)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        return [
            self.result(hit.start, hit.end, hit.score)
            for hit in PersonScanner(self.wordlists).scan(text)
        ]
