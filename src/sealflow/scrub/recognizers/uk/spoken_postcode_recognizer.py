"""UK postcodes said letter by letter: "S P nine seven A B", "o x one eight nine q j",
"D L nine, double E", "Sierra Papa nine seven Alpha Bravo", "S W one A, two A A".

A run of single letters (or NATO-alphabet words), digit words ("oh", "double", "twenty")
and single digits is read into letters and digits; a window of it that reads as a full
postcode (outward and inward code) whose area is a real UK postcode area counts. "Oh" and
"O" are tried both as the letter and as zero ("O X one eight", "S seven oh nine"). The
shape and the area list are the guard: a postcode needs a letter, then digits, then a digit
and two letters from a restricted set, all said one by one, which ordinary speech
("a one-off", "plan B, two of us") does not produce; a postcode cue ("postcode", "post
code") just before raises the score. Postcodes typed in one piece are
``UkFullPostcodeRecognizer``'s.
"""

from __future__ import annotations

import itertools
import re

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

# Every postcode area of the UK, the Crown dependencies and BFPO (Royal Mail's list).
POSTCODE_AREAS = frozenset(
    """AB AL B BA BB BD BF BH BL BN BR BS BT BX CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH
    DL DN DT DY E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT
    KW KY L LA LD LE LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH
    RM S SA SE SG SK SL SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF
    WN WR WS WV YO ZE""".split()  # noqa: SIM905 - a table easier to read than a list
)
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
_NUMBERS = {**UNITS_SAID, **TEENS_SAID, **TENS_SAID}
_WORDS = sorted({*_NATO, *DIGIT_WORDS, *_NUMBERS}, key=len, reverse=True)
_COMPOUND = (
    r"(?:"
    + "|".join(sorted(TENS_SAID, key=len, reverse=True))
    + r")[ \t\-](?:"
    + "|".join(sorted(UNITS_SAID, key=len, reverse=True))
    + r")"
)
_ONE = r"(?:" + _COMPOUND + "|" + "|".join(re.escape(w) for w in _WORDS) + r"|[a-z]|\d)(?![\w'’])"
_TOKEN = re.compile(
    r"(?<![\w'’@.])(?:(?P<repeat>double|triple|treble)[ \t]+)?(?P<said>" + _ONE + r")",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"[ \t,\-]+|[ \t]*\n[ \t]*(?!\n)")
_CUE = re.compile(r"\b(?:post[ \t]?code|postal[ \t]code|zip)(?:['’]s|[ \t]+is|[ \t]+was)?\W*$",
                  re.IGNORECASE)  # fmt: skip


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


def reads_as_postcode(tokens: list[re.Match[str]]) -> bool:
    """True when the tokens, some read either way, spell a full postcode of a real area."""
    for reading in itertools.product(*(_readings(t) for t in tokens)):
        shaped = _POSTCODE.fullmatch("".join(reading))
        if shaped is not None and shaped.group("area") in POSTCODE_AREAS:
            return True
    return False


class SpokenPostcodeRecognizer(ContextRegexRecognizer):
    ENTITY = "POSTCODE"
    CONTEXT = ("postcode", "post code", "postal code")
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
    )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        results = []
        for run in _runs(text):
            first = 0
            while first < len(run) - 3:
                found = None
                for last in range(min(len(run), first + 10), first + 3, -1):
                    if reads_as_postcode(run[first:last]):
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
                results.append(self.result(start, end, 0.95 if cue else 0.7))
                first = found
        return results
