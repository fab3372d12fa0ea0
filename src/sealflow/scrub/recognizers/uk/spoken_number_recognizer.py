"""Phone, service, NHS and bank numbers said aloud: "oh seven seven double oh nine, double
oh one two three", "two five oh one, two three four five", "nine four three, four seven six,
five nine one nine", "oh eight hundred...", "sort code two oh, four five, seven seven".

A run of digit words (zero, oh, nought, one ... nine, "double" and "triple" before a digit;
"twenty-five", "eleven", "nine hundred" said as groups) and digit groups is turned into
digits, then checked as the written recognizers would: a
UK phone number starts 0 (or +44, "plus four four") and has 10 or 11 digits; a service number
has 8 digits starting 2 or 30 (any 6 to 9 after a service-number cue, with a NATO-alphabet
letter before or after it); an NHS number has 10 digits with its modulus-11 check digit (or
any 10 after "NHS"); just after "sort code" or "account", six or eight digits are
BANK_ACCOUNT. Leading or trailing words that belong to the sentence ("one" in "that's
the one") are shed until the digits fit. A run of digit groups alone is left to the written
recognizers, and "triple nine" alone is no one's number. People repeat part of a number
("double six two eight oh five"): a later run of four or more digits that is part of a
number already found in the text is that number too.
"""

from __future__ import annotations

import re
from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sealflow.scrub.recognizers.base import ContextRegexRecognizer
from sealflow.scrub.recognizers.spoken_numbers import NUMBER_GROUP, SPOKEN_DIGIT, spoken_digits
from sealflow.scrub.recognizers.uk.uk_nhs_recognizer import nhs_check_digit_ok

# Between digit groups: spaces, commas, dashes, and the fillers of speech ("erm", "uh").
# Pauses written as "..." count as gaps too ("oh one double four ... eight one two"); a line
# break does (hard-wrapped text), a blank line or a full stop does not.
_PAUSE = r"(?:[ \t,\-]|\n(?![ \t]*\n)|\.{2,}|…)+"
_GAP = _PAUSE + r"(?:(?:erm+|um+|uh+|er|ah+|hmm+|sorry)" + _PAUSE + r")?"
_RUN = re.compile(
    r"(?<![\w])(?:plus[\s,]+(?:four[\s,\-]+four|double[\s,]+four)[\s,\-]+)?"
    + SPOKEN_DIGIT
    + r"(?:"
    + _GAP
    + SPOKEN_DIGIT
    + r")+(?![\w])",
    re.IGNORECASE,
)
_TOKEN = re.compile(
    r"(?:plus[\s,]+(?:four[\s,\-]+four|double[\s,]+four))|" + SPOKEN_DIGIT, re.IGNORECASE
)
# Digits said as a number ("twenty-five", "nine hundred") count only after a cue, or in a phone
# number said from its leading "oh": said in a row, they are years and counts far more often.
_GROUP = re.compile(NUMBER_GROUP, re.IGNORECASE)
PHONE_CONTEXT = ("phone", "mobile", "number", "ring", "call", "text", "landline", "contact")
NHS_CONTEXT = ("nhs", "health number", "chi")
SERVICE_CONTEXT = ("service number", "service no", "personal number", "army number", "jpa")
_NATO = (
    r"(?:alpha|alfa|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|juliett|kilo|"
    r"lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|victor|whiskey|whisky|"
    r"x-ray|xray|yankee|zulu)"
)
# A letter said before or after a service number's digits: NATO ("Papa", "tango") or plain
# ("Q eight four...", "... six F"); "a" and "I" are words, not letters.
_LETTER = r"(?:" + _NATO + r"|(?<![\w'’])[b-hj-z])"
_LETTER_BEFORE = re.compile(r"\b" + _LETTER + r"[\s,\-]+$", re.IGNORECASE)
_LETTER_AFTER = re.compile(r"^[\s,\-]+" + _LETTER + r"(?![\w'’])", re.IGNORECASE)
_SERVICE_CUE = re.compile(
    r"\b(?:(?:service|svc|personal|pers|army|navy|naval|raf|marines?|regimental|official|"
    r"military|forces)\s+(?:number|no\.?|num)|number(?:['’]s|\s+is|\s+was)|(?:my|me)\s+number)"
    r"(?!\w)",
    re.IGNORECASE,
)
_NHS_CUE = re.compile(r"\b(?:nhs|health\s+(?:service\s+)?number|chi)\b", re.IGNORECASE)
_BANK_CUE = re.compile(
    r"\b(?:sort\s*code|sort|s/c|account(?:\s+(?:number|no\.?))?|acc(?:t|ount)?|a/c|bank)"
    r"(?:['’]s|\s+is|\s+was)?[\s:.,\-]*$",
    re.IGNORECASE,
)
_PHONE_CUE = re.compile(
    r"\b(?:phone|mobile|mob|tel|telephone|ring|call|text|landline|whatsapp)\b", re.IGNORECASE
)


def classify(
    digits: str,
    international: bool,
    service_cue: bool = False,
    nhs_cue: bool = False,
    phone_cue: bool = False,
    bank_cue: bool = False,
) -> str | None:
    """The entity a digit string is shaped like, or None. After a service-number cue any
    six to nine digits are a service number (RN, RAF and officers' numbers); after "NHS"
    any ten digits are an NHS number; just after "sort code" or "account" six digits are a
    sort code and eight an account number; after a phone cue ten digits starting 7, 1 or 2
    are a phone number said without its leading zero."""
    if bank_cue and len(digits) in (6, 8) and not service_cue:
        return "BANK_ACCOUNT"
    if nhs_cue and len(digits) == 10:
        return "NHS_NUMBER"
    if service_cue and 6 <= len(digits) <= 9:
        return "SERVICE_NUMBER"
    if international:
        return "PHONE" if 9 <= len(digits) - 2 <= 10 else None
    if digits.startswith("0") and len(digits) in (10, 11):
        return "PHONE"
    if len(digits) == 10 and nhs_check_digit_ok(digits):
        return "NHS_NUMBER"
    if len(digits) == 8 and (digits.startswith("2") or digits.startswith("30")):
        return "SERVICE_NUMBER"
    if phone_cue and len(digits) == 10 and digits[0] in "712":
        return "PHONE"
    return None


_WRITTEN_NUMBER = re.compile(
    r"(?<![\w+])(?:\+44|0)(?:[ \-]?\d){9,10}(?!\d)|(?<!\d)\d(?:[ \-]?\d){7,9}(?!\d)"
)


def _written_numbers(text: str) -> list[tuple[str, str]]:
    """Phone, service and NHS numbers written in digits, so that part of one said aloud
    later ("... yes, double six two eight oh five") is known as the same number."""
    found = []
    for written in _WRITTEN_NUMBER.finditer(text):
        raw = written.group(0)
        digits = re.sub(r"\D", "", raw.replace("+44", "0", 1))
        entity = classify(digits, False)
        if entity is not None:
            found.append((digits, entity))
    return found


class SpokenNumberRecognizer(ContextRegexRecognizer):
    ENTITY = "PHONE"
    ENTITIES = ("PHONE", "SERVICE_NUMBER", "NHS_NUMBER", "BANK_ACCOUNT")
    CONTEXT = PHONE_CONTEXT + SERVICE_CONTEXT + NHS_CONTEXT
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
        ("service number charlie one two three four five six, tango, got it", [
            "charlie one two three four five six, tango"]),
        ("my RAF number was eight one two three four five six", [
            "eight one two three four five six"]),
        ("NHS number nine four three, four seven six, five nine one nine", [
            "nine four three, four seven six, five nine one nine"]),
        ("it's nine four three four seven six five nine one nine", [
            "nine four three four seven six five nine one nine"]),
        ("text me, seven seven double oh nine double oh one two three", [
            "seven seven double oh nine double oh one two three"]),
        ("oh seven seven double six two eight oh five one, yes, double six two eight oh five", [
            "double six two eight oh five", "oh seven seven double six two eight oh five one"]),
        ("my number's oh seven seven, erm, double oh nine, double oh one two three", [
            "oh seven seven, erm, double oh nine, double oh one two three"]),
        ("My number's oh one double four ... eight one two ... seven double three nine, ta", [
            "oh one double four ... eight one two ... seven double three nine"]),
        ("service no. verbally as Q eight four two seven four double oh; matches", [
            "Q eight four two seven four double oh"]),
        ("my service number was Papa nine eight seven oh eight eight F lol", [
            "Papa nine eight seven oh eight eight F"]),
        ("svc no read out as D eight oh six nine one eight Yankee, matches", [
            "D eight oh six nine one eight Yankee"]),
        ("I still know my number. three one six one, two three oh. Drilled in.", [
            "three one six one, two three oh"]),
        ("it's two five oh one two three four five a week", [
            "two five oh one two three four five"]),
        ("Service number, yeah: two five eight nought eight one five eight.\n\n00:00:38.622", [
            "two five eight nought eight one five eight"]),
        ("sort code two oh, four five, seven seven; account four one two three four five six "
         "seven", ["four one two three four five six seven", "two oh, four five, seven seven"]),
        ("oh eight hundred, one two three, four five six seven", [
            "oh eight hundred, one two three, four five six seven"]),
        ("service number twenty-five, oh one, twenty-three, forty-five", [
            "twenty-five, oh one, twenty-three, forty-five"]),
        ("call me on 0 7 7 9 8, 4 4 6, 1 2 0", ["0 7 7 9 8, 4 4 6, 1 2 0"]),
        ("nine four three four seven six five nine one eight", []),
        ("scores 1, 2, 3, 4, 5, 6 and 7", []),
        ("we sort of had two, four, six, eight of them", []),
        ("in twenty nineteen, twenty twenty; we did thirty, forty, fifty, sixty", []),
        ("I was twenty-one, twenty-two, twenty-three, twenty-four", []),
        ("I did six two eight oh five", []),
        ("mobile 07766 280510, so that's double six two eight oh five one oh", [
            "double six two eight oh five one oh"]),
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
        unplaced: list[list[re.Match[str]]] = []
        found_digits: list[tuple[str, str]] = []
        for run in _RUN.finditer(text):
            tokens = list(_TOKEN.finditer(text, run.start(), run.end()))
            digits_only = all(t.group(0).isdigit() for t in tokens)
            if digits_only and not (len(tokens) >= 6 and all(len(t.group(0)) == 1 for t in tokens)):
                continue  # digit groups are the written recognizers'; "0 7 7 9 8, 4 4 6" is said
            before = text[max(0, run.start() - 40) : run.start()]
            cues = (
                bool(_SERVICE_CUE.search(before) or _LETTER_BEFORE.search(before[-12:])),
                bool(_NHS_CUE.search(before)),
                bool(_PHONE_CUE.search(before)),
                bool(_BANK_CUE.search(before)),
            )
            if digits_only and not any(cues):
                continue  # single digits in a row count only after a cue ("call me on 0 7 7...")
            found = self._fit(text, tokens, *cues)
            if found is None:
                unplaced.append(tokens)
                continue
            start, end, entity = found
            found_digits.append((spoken_digits(text[start:end]), entity))
            if entity == "SERVICE_NUMBER":
                start, end = self._with_letters(text, start, end)
            result = self.result(start, end, 0.9 if self.has_context(text, start, end) else 0.7)
            result.entity_type = entity
            results.append(result)
        if unplaced:
            found_digits += _written_numbers(text)
        for tokens in unplaced:
            repeated = self._repeat(text, tokens, found_digits)
            if repeated is not None:
                start, end, entity = repeated
                result = self.result(start, end, 0.8)
                result.entity_type = entity
                results.append(result)
        return results

    @staticmethod
    def _with_letters(text: str, start: int, end: int) -> tuple[int, int]:
        """Widen a service number over a NATO-alphabet letter said before or after it."""
        letter = _LETTER_BEFORE.search(text[max(0, start - 12) : start])
        if letter is not None:
            start -= len(letter.group(0))
        check = _LETTER_AFTER.match(text[end : end + 14])
        if check is not None:
            end += check.end()
        return start, end

    @staticmethod
    def _repeat(
        text: str, tokens: list[re.Match[str]], found_digits: list[tuple[str, str]]
    ) -> tuple[int, int, str] | None:
        """The longest window of a run whose digits (four or more) are part of a number
        already found in the text."""
        best: tuple[int, int, str] | None = None
        for first in range(len(tokens)):
            for last in range(first + 1, len(tokens)):
                start, end = tokens[first].start(), tokens[last].end()
                digits = spoken_digits(text[start:end])
                if len(digits) < 4 or (best is not None and end - start <= best[1] - best[0]):
                    continue
                for number, entity in found_digits:
                    if digits in number:
                        best = (start, end, entity)
                        break
        return best

    @staticmethod
    def _fit(
        text: str,
        tokens: list[re.Match[str]],
        service_cue: bool = False,
        nhs_cue: bool = False,
        phone_cue: bool = False,
        bank_cue: bool = False,
    ) -> tuple[int, int, str] | None:
        """The longest window of the run (shedding up to two words at each end) that is
        shaped like a phone or service number."""
        best: tuple[int, int, str] | None = None
        cued = service_cue or nhs_cue or phone_cue or bank_cue
        for drop_start in range(min(3, len(tokens))):
            for drop_end in range(min(3, len(tokens) - drop_start)):
                window = tokens[drop_start : len(tokens) - drop_end]
                if len(window) < 2:
                    continue
                start, end = window[0].start(), window[-1].end()
                phrase = text[start:end]
                international = phrase.lower().startswith("plus")
                digits = spoken_digits(phrase)
                entity = classify(
                    digits,
                    international,
                    service_cue,
                    nhs_cue,
                    phone_cue,
                    bank_cue and not drop_start,
                )
                if (
                    entity
                    and not cued
                    and entity != "PHONE"
                    and any(_GROUP.fullmatch(token.group(0)) for token in window)
                ):
                    continue  # "twenty nineteen, twenty twenty": years and counts, no number
                if entity and (best is None or end - start > best[1] - best[0]):
                    best = (start, end, entity)
        return best
