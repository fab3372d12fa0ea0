"""Name words left at the edge of a found person: one rule for every pass that looks for them.

A first name that is also an ordinary word ("Precious", "Grace") is often not found on its
own, while the surname beside it is: "Precious Doherty" became "Precious [PERSON-1]", and the
first name then stood in the output. A surname a pass missed can likewise stand after a
first name found elsewhere ("WO2 [PERSON-2] Underwood"). The first pass (detect.py), the
closed loop (closed_loop.py) and the residual scan (residual.py) all decide with the
functions here whether a word beside a person joins that person, so what the closed loop
leaves is exactly what the residual scan accepts.

A word joins before a person when it is capitalised and a first name (listed, or an
ordinary-word name of the ambiguous list), or in lower case a listed first name that is no
ordinary word; after a person when it is capitalised and a
listed name or no ordinary word, or in lower case a listed surname that is no ordinary
word. Stop words ("Will", "May"), allowed words, ranks or
titles, the cues before a name ("Dear", "Ask") and short abbreviations ("SU") never join;
only one space or tab may separate the two (no punctuation, no line). Between a rank and a
person any name-shaped word joins but a verb of speech ("lcpl mei [PERSON-2]": the rank and
the surname mark the word between as a first name, whatever lists it is on).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sealflow.scrub.recognizers.forces.rank_name_recognizer import (
    LOWER_CASE_RANKS,
    NOT_A_FIRST_NAME_AFTER_A_RANK,
    RANKS,
    rank_alternation,
)
from sealflow.scrub.recognizers.generic.person_cues import BEFORE_CUES, STRONG_BEFORE_CUES
from sealflow.scrub.wordlists import WordLists

_RANK_WORDS = frozenset(w.lower().strip(".") for rank in RANKS for w in rank.split())
_CUES = BEFORE_CUES | STRONG_BEFORE_CUES
_NAME_WORD = r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*"
# the last word of a short window, one space or tab before the person
_WORD_BEFORE = re.compile(r"(?<![\w'’\-])(" + _NAME_WORD + r")[ \t]$")
_WORD_AFTER = re.compile(r"[ \t](" + _NAME_WORD + r")(?![\w'’\-])")
_WINDOW = 48
# a rank, then one word, then the person: "lcpl mei [PERSON-2]", "Cpl Mei [PERSON-2]"
_RANK_THEN_WORD = re.compile(
    r"(?<![\w/])(?:" + LOWER_CASE_RANKS + r")[ \t]+(" + _NAME_WORD + r")[ \t]$", re.IGNORECASE
)
# ranks and titles, one or more ("Lt Col", "Flt Sgt"), ending one space or tab before a person;
# written as listed or in any case (the case is checked in ``rank_before``)
_RANKS_BEFORE = re.compile(
    r"(?<![\w/.’'\-])((?:(?:" + rank_alternation(RANKS) + r")[ \t]+)+)$", re.IGNORECASE
)
_RANK_ENDING = re.compile(r"(?:" + rank_alternation(RANKS) + r")$", re.IGNORECASE)
# a person's placeholder in scrubbed text: "[PERSON-3]", "[PERSON]" (by the study's label)
_PLACEHOLDERS: dict[str, re.Pattern[str]] = {}


def _not_joining(word: str, words: WordLists) -> bool:
    lower = word.lower()
    return (
        not word[:1].isupper()
        or len(lower) < 2
        # "SU", "OC", "CO": an abbreviation of a role, not a name
        or (word.isupper() and len(word) <= 3)
        or lower in words.stop_words
        or words.is_allowed(lower)
        or lower in _RANK_WORDS
        # "Dear", "Ask", "Tell": the cue that a name follows is no part of it
        or lower in _CUES
    )


def joins_before(word: str, words: WordLists) -> bool:
    """Whether ``word``, just before a person, is that person's first name. In lower case
    ("lcpl mei [PERSON-2]", speech typed without capitals) only a listed first name that is
    no ordinary word, stop word, rank or cue joins: its case says nothing there."""
    lower = word.lower()
    if not word[:1].isupper():
        return (
            len(lower) >= 2
            and lower in words.first_names
            and lower not in words.ambiguous
            and not words.is_common_word(lower)
            and not _not_joining(word[:1].upper() + word[1:], words)
        )
    if _not_joining(word, words):
        return False
    return lower in words.first_names or lower in words.ambiguous


def joins_after(word: str, words: WordLists) -> bool:
    """Whether ``word``, just after a person, is that person's surname. In lower case
    ("[PERSON-1] okafor" of "tobenna okafor") only a listed surname that is no first name,
    ordinary word, stop word, rank or cue joins."""
    lower = word.lower()
    if not word[:1].isupper():
        return (
            len(lower) >= 2
            and lower in words.surnames
            and lower not in words.first_names  # "priya dave": the next person, maybe
            and lower not in words.ambiguous
            and not words.is_common_word(lower)
            and not _not_joining(word[:1].upper() + word[1:], words)
        )
    if _not_joining(word, words):
        return False
    return words.is_listed_name(lower) or not words.is_common_word(lower)


def _first_name_after_rank(word: str, words: WordLists) -> bool:
    """Whether ``word``, between a rank and a person, is the person's first name: any
    name-shaped word but a verb of speech, a stop word, an allowed word, a rank or a cue
    ("lcpl mei [PERSON-2]": "mei" is an ordinary word on no name list, but the rank before
    it and the surname after it say it is a first name; "sgt said [PERSON-2]" is no name)."""
    lower = word.lower()
    return (
        len(lower) >= 2
        and lower.isalpha()
        and lower not in NOT_A_FIRST_NAME_AFTER_A_RANK
        and lower not in words.stop_words
        and not words.is_allowed(lower)
        and lower not in _RANK_WORDS
        and lower not in _CUES
    )


def _one_before(text: str, start: int, words: WordLists) -> int | None:
    found = _WORD_BEFORE.search(text, max(0, start - _WINDOW), start)
    if found is None or found.end() != start:
        return None
    if joins_before(found.group(1), words):
        return found.start(1)
    ranked = _RANK_THEN_WORD.search(text, max(0, start - _WINDOW), start)
    if ranked is not None and _first_name_after_rank(ranked.group(1), words):
        return ranked.start(1)
    return None


def _written_as_a_rank(word: str, words: WordLists) -> bool:
    """Whether a word of a rank before a name is the rank, not an ordinary word: written
    with a capital ("Sister Evans", "Fus Drummond"), or, in lower case, a word that is no
    ordinary English ("sgt", "lcpl") or a short form ("po", "ab"), and so no relation or
    adjective ("my sister jane" keeps "sister", "the major" keeps its word)."""
    bare = word.strip(".")
    lower = bare.lower()
    return (
        bare[:1].isupper()
        # a short form beside a name already found ("po drummond", "ab jones", "col reeves"):
        # alone these are words, before a name they are its rank
        or (len(lower) <= 3 and lower not in words.stop_words)
        or (not words.is_common_word(lower) and lower not in words.stop_words)
    )


def rank_before(text: str, start: int, words: WordLists) -> int | None:
    """Where the ranks and titles just before the person at ``start`` begin ("Cpl" of "Cpl
    W Grant", "Lt Col" of "Lt Col Price"), or None. A rank with a name names one person (in
    a small unit "the Lt Col" may be enough), so docs/DATA.md counts it as part of the
    name: whichever pass found the name, the rank goes under the same placeholder."""
    found = _RANKS_BEFORE.search(text, max(0, start - _WINDOW), start)
    if found is None or found.end() != start:
        return None
    # leading words that are ordinary words here stay ("the major M Smith" keeps "major")
    rank_words = list(re.finditer(r"\S+", found.group(1)))
    while rank_words and not _written_as_a_rank(rank_words[0].group(0), words):
        rank_words.pop(0)
    if not rank_words:
        return None
    begin = found.start(1) + rank_words[0].start()
    # what is left must still end in a whole rank
    if not _RANK_ENDING.search(text[begin:start].rstrip(" \t")):
        return None
    return begin


def _one_after(text: str, end: int, words: WordLists) -> int | None:
    found = _WORD_AFTER.match(text, end)
    if found is None or not joins_after(found.group(1), words):
        return None
    return found.end(1)


def name_before(text: str, start: int, words: WordLists) -> int | None:
    """Where the first names joining the person at ``start`` begin ("Mary Grace" before
    a surname: both), or None."""
    found = None
    while (step := _one_before(text, start if found is None else found, words)) is not None:
        found = step
    return found


def name_after(text: str, end: int, words: WordLists) -> int | None:
    """Where the surnames joining the person that ends at ``end`` end, or None."""
    found = None
    while (step := _one_after(text, end if found is None else found, words)) is not None:
        found = step
    return found


def person_placeholders(label: str = "PERSON") -> re.Pattern[str]:
    """The pattern of a person's placeholder under the study's label."""
    if label not in _PLACEHOLDERS:
        _PLACEHOLDERS[label] = re.compile(r"\[" + re.escape(label) + r"(?:-\d+)?\]")
    return _PLACEHOLDERS[label]


def words_beside_placeholders(
    text: str, words: WordLists, label: str = "PERSON"
) -> Iterator[tuple[int, int, re.Match[str]]]:
    """(start, end, placeholder) of each name word standing beside a person's placeholder
    in scrubbed text ("Precious [PERSON-1]", "[PERSON-2] Underwood")."""
    for match in person_placeholders(label).finditer(text):
        before = name_before(text, match.start(), words)
        if before is not None:
            yield before, match.start() - 1, match
        after = name_after(text, match.end(), words)
        if after is not None:
            yield match.end() + 1, after, match
