"""Postcodes and NI numbers said or typed character by character.

Postcodes: "S P nine seven A B", "o x one eight nine q j", "sp nine seven ab", "D L nine one
double E", "Sierra Papa nine seven Alpha Bravo", "S W one A, two A A". NI numbers: "J T four
eight two one nine three C", "jt four eight, two one, nine three c", "Juliet Tango four
eight ... Charlie".

A run of single letters (or NATO-alphabet words, or a pair of letters typed together as in
"sp", "jt"), digit words ("oh", "double", "twenty") and single digits is read into letters
and digits; a window of it that reads as a full postcode whose area is a real UK postcode
area, or as an NI number with a prefix HMRC issues, counts. "Oh" and "O" are tried both as
the letter and as zero ("O X one eight", "S seven oh nine"). The shapes and the lists are
the guard: a postcode needs a letter, then digits, then a digit and two letters from a
restricted set; an NI number two letters of an issued prefix and six digits; all said one by
one, which ordinary speech ("a one-off", "plan B, two of us") does not produce. A pair typed
together is read as letters only when it is no small word ("at", "is", "no": "at four eight
two one nine three" is a run of digits after a word). Characters typed apart with no word
said among them ("S P 9 7 A B") count only after a cue ("postcode", "NI"). Postcodes and NI
numbers typed in one piece are ``UkFullPostcodeRecognizer``'s and
``UkNationalInsuranceRecognizer``'s.
"""

from __future__ import annotations

import itertools
import re
from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sealflow.scrub.recognizers.base import ContextRegexRecognizer
from sealflow.scrub.recognizers.spoken_numbers import (
    DIGIT_WORDS,
    REPEATS,
    TEENS_SAID,
    TENS_SAID,
    UNITS_SAID,
)
from sealflow.scrub.recognizers.uk.uk_full_postcode_recognizer import POSTCODE_AREAS
from sealflow.scrub.recognizers.uk.uk_national_insurance_recognizer import NEVER_ISSUED_PAIRS

_POSTCODE = re.compile(
    r"(?P<area>[A-Z]{1,2})(?:[0-9]{1,2}|[0-9][A-HJKPSTUW]|[0-9][ABEHMNPRVWXY])"
    r"[0-9][ABD-HJLNP-UW-Z]{2}"
)
_NATO = {
    "alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
    "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
    "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
    "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U", "victor": "V",
    "whiskey": "W", "whisky": "W", "x-ray": "X", "xray": "X", "yankee": "Y", "zulu": "Z",
}  # fmt: skip
# an NI number's shape: letters HMRC issues first and second, six digits, a suffix
_NI = re.compile(r"(?P<prefix>[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[0-9]{6}[A-D]?")
# two-letter words that are no pair of letters typed together
_SMALL_WORDS = frozenset(
    """is no to on at be me we so go he my in it of or an as by do if up us am ok ah eh hi
    ha ya yo ye oi aw er um mm hm""".split()  # noqa: SIM905 - a table easier to read
)
_NUMBERS = {**UNITS_SAID, **TEENS_SAID, **TENS_SAID}
_WORDS = sorted({*_NATO, *DIGIT_WORDS, *_NUMBERS}, key=len, reverse=True)
_COMPOUND = (
    r"(?:"
    + "|".join(sorted(TENS_SAID, key=len, reverse=True))
    + r")[ \t\-](?:"
    + "|".join(sorted(UNITS_SAID, key=len, reverse=True))
    + r")"
)
_ONE = (
    r"(?:" + _COMPOUND + "|" + "|".join(re.escape(w) for w in _WORDS) + r"|[a-z]{1,2}|\d)(?![\w'’])"
)
_TOKEN = re.compile(
    r"(?<![\w'’@.])(?:(?P<repeat>double|triple|treble)[ \t]+)?(?P<said>" + _ONE + r")",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"[ \t,\-]+|[ \t]*\n[ \t]*(?!\n)")
_CUE = re.compile(
    r"\b(?:post[ \t]?code|postal[ \t]code|zip|ni|n\.i\.|nino|national[ \t]insurance)"
    r"(?:[ \t]+(?:number|no\.?))?(?:['’]s|[ \t]+is|[ \t]+was)?\W*$",
    re.IGNORECASE,
)


def _readings(token: re.Match[str]) -> list[str]:
    """What one said token may stand for: letters or digits ("oh" is O or 0)."""
    said = token.group("said").lower()
    repeat = REPEATS[token.group("repeat").lower()] if token.group("repeat") else 1
    if said in ("o", "oh"):
        options = ["O", "0"]
    elif said in _NATO:
        options = [_NATO[said]]
    elif said in DIGIT_WORDS:
        options = [DIGIT_WORDS[said]]
    elif said in _NUMBERS:
        options = [str(_NUMBERS[said])]
    elif re.fullmatch(_COMPOUND, said):
        tens, units = re.split(r"[ \t\-]", said)
        options = [str(TENS_SAID[tens] + UNITS_SAID[units])]  # "twenty-three": 23
    elif said.isdigit():
        options = [said]
    elif len(said) == 2 and (said in _SMALL_WORDS and not token.group("said").isupper()):
        options = []  # "at", "is": a word, not two letters
    else:
        options = [said.upper()]
    return [option * repeat for option in options]


def _runs(text: str) -> list[list[re.Match[str]]]:
    """Tokens said one after another, split where anything else stands between them."""
    runs: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    for token in _TOKEN.finditer(text):
        if current:
            gap = text[current[-1].end() : token.start()]
            if not _BETWEEN.fullmatch(gap):
                runs.append(current)
                current = []
        current.append(token)
    if current:
        runs.append(current)
    return [run for run in runs if len(run) >= 4]


def reads_as(tokens: list[re.Match[str]]) -> str | None:
    """POSTCODE or NI_NUMBER when the tokens, some read either way, spell a full postcode of
    a real area or an NI number of an issued prefix; None otherwise."""
    for reading in itertools.product(*(_readings(t) for t in tokens)):
        spelt = "".join(reading)
        shaped = _POSTCODE.fullmatch(spelt)
        if shaped is not None and shaped.group("area") in POSTCODE_AREAS:
            return "POSTCODE"
        shaped = _NI.fullmatch(spelt)
        if shaped is not None and shaped.group("prefix") not in NEVER_ISSUED_PAIRS:
            return "NI_NUMBER"
    return None


class SpeltOutIdRecognizer(ContextRegexRecognizer):
    ENTITY = "POSTCODE"
    ENTITIES = ("POSTCODE", "NI_NUMBER")
    CONTEXT = ("postcode", "post code", "postal code", "national insurance", "ni", "nino")
    EXAMPLES = (
        ("Postcode's S seven zero six T P, that's the new place.", ["S seven zero six T P"]),
        ("flat 3, 3 Dunkirk House, S P nine nine H U.", ["S P nine nine H U"]),
        ("postcode's o x one eight nine q j if u're sending", ["o x one eight nine q j"]),
        ("it's Sierra Papa nine seven Alpha Bravo", ["Sierra Papa nine seven Alpha Bravo"]),
        ("postcode S W one A, two A A", ["S W one A, two A A"]),
        ("postcode D L nine, double E, no, D L nine one double E", ["D L nine one double E"]),
        ("post code is B twenty-three four X Y", ["B twenty-three four X Y"]),
        ("plan B, two of us, a one-off and a B and B", []),
        ("we had A B one two C D on the form", []),
        ("Q X one two A B is no area", []),
        ("postcode: S P 9 7 A B", ["S P 9 7 A B"]),
        ("grid S P 9 7 A B", []),
        ("I was a one nine eight five kid", []),
        ("postcode is sp nine seven ab", ["sp nine seven ab"]),
        ("my NI number is J T four eight two one nine three C, thanks", [
            "J T four eight two one nine three C"]),
        ("ni is jt four eight, two one, nine three c", ["jt four eight, two one, nine three c"]),
        ("Juliet Tango four eight two one nine three Charlie", [
            "Juliet Tango four eight two one nine three Charlie"]),
        ("we met at four eight two one nine three", []),
        ("Q Q four eight two one nine three C", []),
        ("NI: W B 4 7 4 9 9 9 D", ["W B 4 7 4 9 9 9 D"]),
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
        for run in _runs(text):
            first = 0
            while first < len(run) - 3:
                found, entity = None, None
                for last in range(min(len(run), first + 12), first + 3, -1):
                    entity = reads_as(run[first:last])
                    if entity is not None:
                        found = last
                        break
                if found is None:
                    first += 1
                    continue
                start, end = run[first].start(), run[found - 1].end()
                cue = bool(_CUE.search(text, max(0, start - 30), start)) or self.has_context(
                    text, start, end
                )
                said = any(len(t.group("said")) > 1 for t in run[first:found])
                if not said and not cue:
                    first = found
                    continue  # single characters typed apart count only after a cue
                result = self.result(start, end, 0.95 if cue else 0.7)
                result.entity_type = str(entity)
                results.append(result)
                first = found
        return results
