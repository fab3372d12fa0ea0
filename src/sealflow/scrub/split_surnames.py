"""Surnames a speech recogniser wrote as separate words: "mac kenzie", "mc donald", "o brien",
"fitz gerald", "de la cruz", "le roux", and compounds heard as two words ("butter worth",
"whit field", "wain wright").

Why a step of its own: each piece alone is no name a list holds ("kenzie", "carthy") or an
ordinary word ("butter", "field"), so neither spaCy nor the name lists find the surname,
and where they find one piece ("cruz", "donald") the particle is left beside the
placeholder, or the first name before it becomes a person of its own. The pieces are read
back together: a particle of Irish, Scottish or Norman names whose joined form is a listed
surname ("mackenzie", "o'brien"); a particle of two words that no English phrase has ("de
la", "van der") before a listed name; a French or Dutch particle whose joined form is a
listed surname that is no word ("le roux"); and two ordinary words whose joined form is a
listed surname, but only after a first name, a title or a rank ("harry butter worth",
"mister whit field"), since "new man" or "free man" are English too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sealflow.scrub.detect import Detection, merge
from sealflow.scrub.people import SPOKEN_APART_PARTICLES
from sealflow.scrub.recognizers.forces.rank_name_recognizer import RANK_WORDS
from sealflow.scrub.wordlists import WordLists, fold

SPLIT = "split_surname"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# particles of two words, no English phrase: before a listed name they open its surname
_TWO_WORD = (("de", "la"), ("van", "der"), ("van", "den"), ("de", "los"), ("dos", "santos"))
# particles of one word that are French, Dutch or Welsh: only when the joined form is listed
_ONE_WORD = ("le", "la", "du", "de", "da", "van", "von", "ap", "ab", "st")
# what marks the next words as a person's name: a title spoken or written out
_TITLES = frozenset(["mister", "mr", "mrs", "miss", "ms", "dr", "doctor", "missus"])
_MIN_JOINED = 6


def split_surnames(text: str, detections: Sequence[Detection], words: WordLists) -> list[Detection]:
    """``detections`` with every split surname found whole (and joined to the first name
    right before it, when that is a person found or a listed first name)."""
    tokens = list(_WORD.finditer(text))
    added: list[Detection] = []
    surnames: set[str] = set()
    for i, token in enumerate(tokens):
        span = _split_at(text, tokens, i, words)
        if span is None:
            continue
        start, end = span
        if i > 0 and _adjacent(text, tokens[i - 1], token):
            before = tokens[i - 1].group(0)
            key = fold(before.lower())
            if key in words.first_names or key in _TITLES:
                start = tokens[i - 1].start()  # "nicholas mac kenzie", "mister o connor"
        added.append(Detection("PERSON", start, end, 0.85, SPLIT))
        surnames.add(text[span[0] : span[1]].lower())
    if not added:
        return list(detections)
    # the same surname said again alone ("butter worth um yeah"), which the phrase's
    # ordinary words would not let the later rounds find
    for surname in surnames:
        pattern = re.compile(r"(?<![\w'’])" + re.escape(surname) + r"(?![\w'’])", re.IGNORECASE)
        added += [
            Detection("PERSON", m.start(), m.end(), 0.85, SPLIT) for m in pattern.finditer(text)
        ]
    return merge([*detections, *added])


def _adjacent(text: str, left: re.Match[str], right: re.Match[str]) -> bool:
    return text[left.end() : right.start()] == " "


def _split_at(
    text: str, tokens: list[re.Match[str]], i: int, words: WordLists
) -> tuple[int, int] | None:
    """The span of a split surname opening at token ``i``, or None."""
    if i + 1 >= len(tokens) or not _adjacent(text, tokens[i], tokens[i + 1]):
        return None
    first, second = (fold(t.group(0).lower()) for t in tokens[i : i + 2])
    if first in SPOKEN_APART_PARTICLES and any(
        form in words.surnames for form in (first + second, f"{first}'{second}")
    ):
        return tokens[i].start(), tokens[i + 1].end()
    if (
        i + 2 < len(tokens)
        and (first, second) in _TWO_WORD
        and _adjacent(text, tokens[i + 1], tokens[i + 2])
        and words.is_listed_name(tokens[i + 2].group(0))
    ):
        return tokens[i].start(), tokens[i + 2].end()
    if first in _ONE_WORD and len(second) >= 3 and _listed_surname(words, first + second):
        return tokens[i].start(), tokens[i + 1].end()
    joined = first + second
    if (
        min(len(first), len(second)) >= 3
        and len(joined) >= _MIN_JOINED
        and joined in words.surnames
        and joined not in words.first_names
        and _named_before(text, tokens, i, words)
    ):
        return tokens[i].start(), tokens[i + 1].end()
    return None


def _listed_surname(words: WordLists, *forms: str) -> bool:
    return any(
        len(form) >= _MIN_JOINED - 1 and form in words.surnames and not words.is_common_word(form)
        for form in forms
    )


def _named_before(text: str, tokens: list[re.Match[str]], i: int, words: WordLists) -> bool:
    """A first name, a title or a rank right before token ``i``."""
    if i == 0 or not _adjacent(text, tokens[i - 1], tokens[i]):
        return False
    before = fold(tokens[i - 1].group(0).lower())
    return before in _TITLES or before in RANK_WORDS or before in words.first_names
