"""A word that a found neighbour names as a person, though on its own no recognizer takes it.

Two neighbours say so, each a step of the scrub after names are joined:

- **a person in brackets after it** (``nicknames_before_brackets``): forums and reminiscences
  introduce someone by what everyone called them and give the name in brackets after it:
  "spike (samira el-sayed) was thirty-seven", "Lofty (Siobhán Byrne)". The word before is
  the same person (a nickname that is also a word: "Tank", "spike"). Only a word that can be
  a name: "my mate (Dave Smith)", "the boss (Sgt Jones)", "detailed for LD (YM)" stay.
- **an age after it** (``names_before_ages``): children are often named only this way, in a
  dependants list, a family history or a forum post, and their names are often words too
  (Lily, Ruby, Mason, Poppy): "Lily  age 9", "Ruby (13)", "Poppy's turning twenty-seven".
  Only a listed first name, never in lower case an ordinary word ("a mere 19").

Neither takes a role, relation, rank, allowed or function word; both judge the word
with ``name_words`` (``a_name_or_nickname``, ``a_first_name_before_an_age``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from sealflow.scrub.detect import Detection, merge
from sealflow.scrub.name_words import a_first_name_before_an_age, a_name_or_nickname
from sealflow.scrub.recognizers.forces.rank_name_recognizer import RANK_WORDS
from sealflow.scrub.spans import overlaps_any
from sealflow.scrub.wordlists import TRADES, WordLists

# the one word before "(": not after another word of a name ("Sarah Jones (Sgt ...)" is
# found whole or not at all), at a line's or a sentence's start or after a lower-case word
_WORD_BEFORE_BRACKETS = re.compile(
    r"(?:^|(?<=[\s>:;,.!?\"“]))(?P<word>[^\W\d_][\w'’\-]{1,20})[ \t]*\([ \t]*\Z"
)
# the word before an age, and what may stand between: "Lily  age 9", "Ruby (13)", "Clive,
# 36", "Aria is 17", "harry who is 1", "Poppy's turning twenty-seven", "Mason, who's four"
_WORD_BEFORE_AN_AGE = re.compile(
    r"(?:^|(?<=[^\w'’\-]))(?P<word>[^\W\d_][\w'’\-]{1,20}?)(?:['’]s)?,?[ \t]+"
    r"(?:(?:is|was|aged?|age|turned|turns|turning|who|who['’]s|nearly|just|only|now)[ \t]+)*"
    r"\(?[ \t]*\Z",
    re.IGNORECASE,
)
# a trade in brackets after a name, as a chat's display name gives it: "Smudge (Plumber)"
_TRADE_IN_BRACKETS = re.compile(r"\([ \t]*([A-Z][a-z]+)[ \t]*\)")
# the recognizers recorded on what the steps add (the report's per-recognizer counts)
BRACKETED = "BracketedNameNickname"
NAMED_BY_AGE = "FirstNameBeforeAge"


def nicknames_before_brackets(
    text: str,
    detections: Sequence[Detection],
    words: WordLists,
    nicknames: frozenset[str],
    roles: frozenset[str],
) -> list[Detection]:
    """The detections, and the word before each found person in brackets that names them,
    or before a trade in brackets: "Smudge (Plumber)" is someone, the plumber (the trade
    itself names no one and stays)."""
    in_brackets = [
        d
        for d in detections
        if d.entity_type == "PERSON" and "(" in text[max(0, d.start - 2) : d.start]
    ]
    in_brackets += [
        Detection("PERSON", m.start(1), m.end(1), 1.0, BRACKETED)
        for m in _TRADE_IN_BRACKETS.finditer(text)
        if m.group(1).lower() in TRADES
    ]
    return _with_words_before(
        text,
        detections,
        in_brackets,
        _WORD_BEFORE_BRACKETS,
        30,
        lambda word: a_name_or_nickname(word, words, nicknames, roles, RANK_WORDS),
        BRACKETED,
    )


def names_before_ages(
    text: str, detections: Sequence[Detection], words: WordLists, roles: frozenset[str]
) -> list[Detection]:
    """The detections, and a PERSON for the listed first name just before each found age."""
    ages = (d for d in detections if d.entity_type == "AGE")
    return _with_words_before(
        text,
        detections,
        ages,
        _WORD_BEFORE_AN_AGE,
        40,
        lambda word: a_first_name_before_an_age(word, words, roles, RANK_WORDS),
        NAMED_BY_AGE,
    )


def _with_words_before(
    text: str,
    detections: Sequence[Detection],
    neighbours: Iterable[Detection],
    word_before: re.Pattern[str],
    reach: int,
    names_someone: Callable[[str], bool],
    recognizer: str,
) -> list[Detection]:
    """The detections, and a PERSON for the word ``word_before`` finds within ``reach``
    characters before each neighbour, where ``names_someone`` takes it and no other
    detection (but an age) holds any of it."""
    covered = [(d.start, d.end) for d in detections if d.entity_type != "AGE"]
    added = []
    for neighbour in neighbours:
        before = word_before.search(text, max(0, neighbour.start - reach), neighbour.start)
        if before is None or not names_someone(before.group("word")):
            continue
        start, end = before.span("word")
        if overlaps_any(covered, start, end):
            continue
        added.append(Detection("PERSON", start, end, neighbour.score, recognizer))
        covered.append((start, end))
    return merge([*detections, *added]) if added else list(detections)
