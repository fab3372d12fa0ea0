"""Exact ages: "I'm forty-three", "aged 27", "a 43-year-old", "turned fifty last year".

An exact age with a job title and a unit narrows a person to a handful, so it is replaced
([AGE]) unless the study's policy keeps it (``scrub.keep_exact_ages: true``; the scrub
summary records which). Only the number is replaced ("I'm [AGE-1] now"). A number counts
only with an age cue; "I'm two weeks in", "one of them" and "5 minutes" do not.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sealflow.scrub.recognizers.base import ContextRegexRecognizer
from sealflow.scrub.recognizers.spoken_numbers import CARDINAL, cardinal_value

_NUMBER = r"(?P<id>\d{1,3}|" + CARDINAL + r")"
_AFTER_I_AM = (
    r"(?=\s*(?:[.,;:!?)]|$|\s(?:now|and|but|so|next|this|years?|in\s+(?:may|june|the)|"
    r"myself|mate|too|as\s+well|going)\b))"
)
MIN_AGE, MAX_AGE = 16, 105


class AgeRecognizer(ContextRegexRecognizer):
    ENTITY = "AGE"
    FLAGS = re.IGNORECASE
    PATTERNS: ClassVar = (
        ("i_am", r"\b(?:I['’]?m|I\s+am)\s+(?:now\s+|only\s+|just\s+|nearly\s+)?" + _NUMBER
         + _AFTER_I_AM, 0.7),
        ("aged", r"\b(?:aged?|age\s+of|age\s+is|age:)\s+" + _NUMBER + r"\b", 0.7),
        ("years_old", r"\b" + _NUMBER + r"[\s\-]+(?:years?|yrs?)[\s\-]+old\b", 0.7),
        ("turned", r"\b(?:turned|turning|turn)\s+" + _NUMBER + r"(?=\s*(?:[.,;!?]|$|\s(?:this|"
         r"last|next|in|on|and|but|so)\b))", 0.7),
        ("birthday", r"\b" + _NUMBER + r"(?:st|nd|rd|th)?\s+birthday\b", 0.7),
    )  # fmt: skip
    EXAMPLES = (
        ("I'm forty-three now, so", ["forty-three"]),
        ("I am 27.", ["27"]),
        ("aged 27 at the time", ["27"]),
        ("a 43-year-old sergeant", ["43"]),
        ("he's fifty years old", ["fifty"]),
        ("I turned forty last year", ["forty"]),
        ("my 40th birthday", ["40"]),
        ("I'm two weeks into the course", []),
        ("I'm one of the older ones", []),
        ("it took 5 minutes", []),
        ("I'm 5 minutes late", []),
        ("turn 2 pages", []),
    )

    def __init__(self, supported_language: str = "en", **kwargs: Any) -> None:
        self.enabled = True
        super().__init__(supported_language=supported_language, **kwargs)

    def configure(self, settings: Any) -> None:
        self.enabled = not getattr(settings, "keep_exact_ages", False)

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        age = cardinal_value(match.group("id"))
        if age is None or not MIN_AGE <= age <= MAX_AGE:
            return None
        return base_score

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if not self.enabled:
            return []
        return super().analyze(text, entities, nlp_artifacts)
