"""Phone and service numbers said aloud: "oh seven seven double oh nine, double oh one two
three", "two five oh one, two three four five".

A run of digit words (zero, oh, nought, one ... nine, "double" and "triple" before a digit)
and digit groups is turned into digits, then checked as the written recognizers would: a
UK phone number starts 0 (or +44, "plus four four") and has 10 or 11 digits; a service number
has 8 digits starting 2 or 30. Leading or trailing words that belong to the sentence
("one" in "that's the one") are shed until the digits fit. A run of digit groups alone is
left to the written recognizers, and "triple nine" alone is no one's number.
"""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sealflow.scrub.recognizers.base import ContextRegexRecognizer
from sealflow.scrub.recognizers.spoken_numbers import SPOKEN_DIGIT, spoken_digits

_RUN = re.compile(
    r"(?<![\w])(?:plus[\s,]+(?:four[\s,\-]+four|double[\s,]+four)[\s,\-]+)?"
    + SPOKEN_DIGIT
    + r"(?:[\s,\-]+"
    + SPOKEN_DIGIT
    + r")+(?![\w])",
    re.IGNORECASE,
)
_TOKEN = re.compile(
    r"(?:plus[\s,]+(?:four[\s,\-]+four|double[\s,]+four))|" + SPOKEN_DIGIT, re.IGNORECASE
)
PHONE_CONTEXT = ("phone", "mobile", "number", "ring", "call", "text", "landline", "contact")
SERVICE_CONTEXT = ("service number", "service no", "personal number", "army number", "jpa")


# A NATO-alphabet letter said before a service number's digits ("charlie two two ...").
_NATO_BEFORE = re.compile(
    r"\b(?:alpha|alfa|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|juliett|kilo|"
    r"lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiskey|whisky|"
    r"x-ray|xray|yankee|zulu)[\s,\-]+$",
    re.IGNORECASE,
)
_SERVICE_CUE = re.compile(
    r"\b(?:(?:service|svc|personal|army|regimental|official)\s+(?:number|no\.?|num)|"
    r"number(?:['’]s|\s+is))\b",
    re.IGNORECASE,
)


def classify(digits: str, international: bool, service_cue: bool = False) -> str | None:
    """The entity a digit string is shaped like, or None; after a service-number cue any
    six to nine digits not shaped like a phone number are a service number (RN, RAF and
    officers' numbers)."""
    if service_cue and 6 <= len(digits) <= 9:
        return "SERVICE_NUMBER"
    if international:
        return "PHONE" if 9 <= len(digits) - 2 <= 10 else None
    if digits.startswith("0") and len(digits) in (10, 11):
        return "PHONE"
    if len(digits) == 8 and (digits.startswith("2") or digits.startswith("30")):
        return "SERVICE_NUMBER"
    return None


class SpokenNumberRecognizer(ContextRegexRecognizer):
    ENTITY = "PHONE"
    ENTITIES = ("PHONE", "SERVICE_NUMBER")
    CONTEXT = PHONE_CONTEXT + SERVICE_CONTEXT
    EXAMPLES = (
        ("call me on oh seven seven double oh nine double oh one two three", [
            "oh seven seven double oh nine double oh one two three"]),
        ("it's oh one one seven, four nine six, oh double one eight.", [
            "oh one one seven, four nine six, oh double one eight"]),
        ("plus four four seven seven double oh, nine double oh four five six", [
            "plus four four seven seven double oh, nine double oh four five six"]),
        ("service number two five oh one two three four five, that's the one", [
            "two five oh one two three four five"]),
        ("my number is three oh one two three four five six",
         ["three oh one two three four five six"]),
        ("service number is charlie two two four eight eight three zero if you need it", [
            "charlie two two four eight eight three zero"]),
        ("service no four one eight nine nine one six four, for review", [
            "four one eight nine nine one six four"]),
        ("number's delta three five eight five one three two.", [
            "delta three five eight five one three two"]),
        ("my number is oh seven seven double oh nine double oh one two three", [
            "oh seven seven double oh nine double oh one two three"]),
        ("or triple nine if it's bad", []),
        ("one two three four, like counting", []),
        ("we had two or three of them, four or five times", []),
        ("07700 900123", []),
    )  # fmt: skip

    def __init__(self, supported_language: str = "en", **kwargs: Any) -> None:
        super().__init__(supported_language=supported_language, **kwargs)
        self.supported_entities = list(self.ENTITIES)

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if entities and not set(entities) & set(self.ENTITIES):
            return []
        results = []
        for run in _RUN.finditer(text):
            tokens = list(_TOKEN.finditer(text, run.start(), run.end()))
            if all(t.group(0).isdigit() for t in tokens):
                continue
            before = text[max(0, run.start() - 40) : run.start()]
            cue = bool(_SERVICE_CUE.search(before) or _NATO_BEFORE.search(before[-12:]))
            found = self._fit(text, tokens, cue)
            if found is not None:
                start, end, entity = found
                letter = _NATO_BEFORE.search(text[max(0, start - 12) : start])
                if entity == "SERVICE_NUMBER" and letter is not None:
                    start -= len(letter.group(0))
                result = self.result(start, end, 0.9 if self.has_context(text, start, end) else 0.7)
                result.entity_type = entity
                results.append(result)
        return results

    @staticmethod
    def _fit(
        text: str, tokens: list[re.Match[str]], service_cue: bool = False
    ) -> tuple[int, int, str] | None:
        """The longest window of the run (shedding up to two words at each end) that is
        shaped like a phone or service number."""
        best: tuple[int, int, str] | None = None
        for drop_start in range(min(3, len(tokens))):
            for drop_end in range(min(3, len(tokens) - drop_start)):
                window = tokens[drop_start : len(tokens) - drop_end]
                if len(window) < 2:
                    continue
                start, end = window[0].start(), window[-1].end()
                phrase = text[start:end]
                international = phrase.lower().startswith("plus")
                digits = spoken_digits(phrase)
                entity = classify(digits, international, service_cue)
                if entity and (best is None or end - start > best[1] - best[0]):
                    best = (start, end, entity)
        return best
