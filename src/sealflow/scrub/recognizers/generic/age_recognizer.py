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
    r"myself|mate|too|as\s+well|going|not|exactly)\b))"
)
# After an age said of someone: the end of the clause or a word that closes it.
_AFTER_AGE = (
    r"(?=\s*(?:[.,;:!?)]|$|-ish\b|\s(?:now|and|but|so|next|this|last|years?|yrs?|in|at|"
    r"exactly|when|then|not|or|too|going|myself|mate|as\s+well)\b))"
)
_RELATION = (
    r"(?:dad|mum|mom|father|mother|son|daughter|lad|boy|girl|kid|wife|husband|partner|"
    r"missus|brother|sister|nan|gran|grandad|granddad|grandma|grandson|granddaughter)"
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
        ("someone_is", r"\b(?:he|she|they|hes|shes|I)(?:['’]s|['’]re|\s+is|\s+was|\s+are|"
         r"\s+were)?\s+(?:now\s+|only\s+|just\s+|nearly\s+)?" + _NUMBER + _AFTER_AGE, 0.7),
        ("relation_is", r"\b(?:my|his|her|our|their|your)\s+" + _RELATION
         + r"(?:['’]s|\s+is|\s+was|\s+turned)\s+" + _NUMBER + _AFTER_AGE, 0.7),
        ("years_of_age", r"\b" + _NUMBER + r"\s+years?\s+of\s+age\b", 0.7),
        ("y_o", r"\b" + _NUMBER + r"\s?(?:y/o|y\.o\.|yo)(?!\w)", 0.7),
        ("after_name", r"(?:\b[A-Z][a-z'’\-]+|\b[A-Z]\.)(?:\s\((?P<id>\d{2}|" + CARDINAL
         + r")\)|,\s(?P<id2>\d{2}|" + CARDINAL + r")(?=,))", 0.6),
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
        ("and hes 51? yep", ["51"]),
        ("she's seventy-eight and still driving", ["seventy-eight"]),
        ("My dad's 20 so if he answers", ["20"]),
        ("I am 79 years of age.", ["79"]),
        ("Patient T Okafor, 55 y/o, lives", ["55"]),
        ("twenty two y/o, and i'm 77 not 12 days old", ["77", "twenty two"]),
        ("Bed 3 - C Okafor (24), settled", ["24"]),
        ("- Okafor, Priya, 67, discharge", ["67"]),
        ("- OKAFOR, R., sixty four, discharge", ["sixty four"]),
        ("he was sixty exactly", ["sixty"]),
        ("he was 20 minutes late, she is 5 foot", []),
        ("Section 21 (2019), Form 10, page 30", []),
    )

    def __init__(self, supported_language: str = "en", **kwargs: Any) -> None:
        self.enabled = True
        super().__init__(supported_language=supported_language, **kwargs)

    def configure(self, settings: Any) -> None:
        self.enabled = not getattr(settings, "keep_exact_ages", False)

    def span_of(self, match: re.Match[str]) -> tuple[int, int]:
        if "id2" in match.re.groupindex and match.group("id2") is not None:
            return match.start("id2"), match.end("id2")
        return super().span_of(match)

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        start, end = self.span_of(match)
        age = cardinal_value(text[start:end])
        if age is None or not MIN_AGE <= age <= MAX_AGE:
            return None
        return base_score

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if not self.enabled:
            return []
        return super().analyze(text, entities, nlp_artifacts)
