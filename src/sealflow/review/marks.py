"""Split scrubbed text into plain runs, placeholders, and words a reviewer should check.

The scrubber decides alone; a person judges better with the likely misses pointed out, as
the UK Data Service's text anonymisation helper does. A word is marked for a second look
when it is capitalised and not an ordinary English word (a name or place the scrubber did
not know), a run of digits or number words (a phone, service or NI number said aloud), or
right beside a placeholder (a surname after [PERSON-1], a street after a house number).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.lang.en.stop_words import STOP_WORDS

PLACEHOLDER = re.compile(r"\[([A-Z][A-Z_]*)(?:[-_ ]?\d+)?\]")
_TOKEN = re.compile(r"\[[A-Z][A-Z_]*(?:[-_ ]?\d+)?\]|[A-Za-z][A-Za-z'’-]*|\d[\d\s/.-]*\d|\d")
NUMBER_WORDS = frozenset({
    "zero", "oh", "nought", "one", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
    "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
    "seventy", "eighty", "ninety", "hundred", "thousand", "double", "triple",
})  # fmt: skip


@dataclass(frozen=True)
class Piece:
    text: str
    kind: str  # "text", "placeholder", or "check"
    label: str = ""  # placeholder type, or why a word is marked


_CONTRACTION = re.compile(r"['’](s|d|m|ll|ve|re|t)$", re.IGNORECASE)


def _is_number_word(word: str) -> bool:
    return word.lower() in NUMBER_WORDS


FILLERS = frozenset({"uh", "um", "erm", "er", "ah", "mm", "hmm", "yeah", "ok", "okay"})


def _beside_worth_a_look(word: str, ordinary: frozenset[str]) -> bool:
    """Beside a placeholder, a capitalised or unknown word may continue the identifier."""
    base = _CONTRACTION.sub("", word).lower()
    if base in STOP_WORDS or base in FILLERS or base == "i":
        return False
    return word[:1].isupper() or base not in ordinary


def _unknown(word: str, ordinary: frozenset[str]) -> bool:
    """A capitalised word (not 'I', not a contraction of an ordinary word) not in the list."""
    base = _CONTRACTION.sub("", word).lower().strip("'’-")
    return word[:1].isupper() and base not in ordinary and base not in FILLERS and base != "i"


def pieces(text: str, ordinary: frozenset[str], kept: frozenset[str] = frozenset()) -> list[Piece]:
    """``text`` as pieces; concatenating their texts gives ``text`` back exactly.

    ``kept`` (lower case) are words a reviewer already decided to keep: never marked again.
    """
    tokens = list(_TOKEN.finditer(text))
    marks: dict[int, str] = {}
    for i, m in enumerate(tokens):
        word = m.group(0)
        if PLACEHOLDER.fullmatch(word):
            for j in (i - 1, i + 1):
                if not 0 <= j < len(tokens) or PLACEHOLDER.fullmatch(tokens[j].group(0)):
                    continue
                left, right = sorted((m, tokens[j]), key=lambda t: t.start())
                if text[left.end() : right.start()].strip(" -"):
                    continue  # punctuation between: a new clause, not part of the same name
                neighbour = tokens[j].group(0)
                if _beside_worth_a_look(neighbour, ordinary):
                    marks.setdefault(j, "beside a placeholder")
            continue
        if word[:1].isdigit():
            marks.setdefault(i, "digits")
        elif _is_number_word(word) and any(
            0 <= j < len(tokens) and _is_number_word(tokens[j].group(0)) for j in (i - 1, i + 1)
        ):
            marks.setdefault(i, "number words")
        elif _unknown(word, ordinary):
            marks.setdefault(i, "capitalised, not in the dictionary")
    for i in [i for i in marks if tokens[i].group(0).lower() in kept]:
        del marks[i]
    out: list[Piece] = []
    cursor = 0
    for i, m in enumerate(tokens):
        word = m.group(0)
        placeholder = PLACEHOLDER.fullmatch(word)
        if not placeholder and i not in marks:
            continue
        if m.start() > cursor:
            out.append(Piece(text[cursor : m.start()], "text"))
        if placeholder:
            out.append(Piece(word, "placeholder", placeholder.group(1)))
        else:
            out.append(Piece(word, "check", marks[i]))
        cursor = m.end()
    if cursor < len(text):
        out.append(Piece(text[cursor:], "text"))
    return out


def ordinary_words(extra: Iterable[str] = ()) -> frozenset[str]:
    """Lower-case ordinary English words: the scrubber's own list, plus ``extra``."""
    words = set(STOP_WORDS)
    try:
        from sealflow.scrub.wordlists import common_english_words

        words |= common_english_words()
    except (ImportError, OSError):  # no spaCy model: stop words only, so more gets marked
        pass
    return frozenset(words | {w.lower() for w in extra})
