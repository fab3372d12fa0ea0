"""A word that a found neighbour names as a person, though on its own no recognizer takes it.

Four neighbours say so, each a step of the scrub after names are joined:

- **a person in brackets after it** (``nicknames_before_brackets``): forums and reminiscences
  introduce someone by what everyone called them and give the name in brackets after it:
  "spike (samira el-sayed) was thirty-seven", "Lofty (Siobhán Byrne)". The word before is
  the same person (a nickname that is also a word: "Tank", "spike"). Only a word that can be
  a name: "my mate (Dave Smith)", "the boss (Sgt Jones)", "detailed for LD (YM)" stay.
- **an age after it** (``names_before_ages``): children are often named only this way, in a
  dependants list, a family history or a forum post, and their names are often words too
  (Lily, Ruby, Mason, Poppy): "Lily  age 9", "Ruby (13)", "Poppy's turning twenty-seven".
  Only a listed first name, never in lower case an ordinary word ("a mere 19").

- **its own address after it** (``names_before_their_addresses``): a contact answer or a
  form gives a first name and then the e-mail or handle built from it: "dawn -
  dawn.murphy556@mod.gov.uk", "Dawn @dawn_white91", "Kofi (kofi.mensah@...)". The word is
  a name because the address spells it: it must equal one of the address's name parts.

- **a first name ending the turn before** (``surnames_finishing_a_turn``): in a group, one
  voice begins a name and another finishes it: "what's her name, Kathryn" / "P1: Baker.
  Yeah." A turn that opens with one word as a sentence of its own, right after a turn
  that ended on a found first name, is that person's surname when the word can be one (a
  listed surname, or a capitalised word in no dictionary).

None takes a role, relation, rank, allowed or function word. The first two judge the word
with ``name_words`` (``a_name_or_nickname``, ``a_first_name_before_an_age``); the last two
ask the name lists alone, because their neighbour already says the word is a name (the
address spells it; the turn before began the name).
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


# the one word before an e-mail address or a handle, alone in its field (after a label's
# colon, a comma or a bracket, or opening a line), and what may stand between: "dawn - ",
# "Dawn ", "Kofi (", "Name: Dawn, "; not "I hope - hope.x@...", a sentence's word
_WORD_BEFORE_AN_ADDRESS = re.compile(
    r"(?m)(?:^|[:;,(|>])[ \t]*(?P<word>[^\W\d_][\w'’\-]{1,20})[ \t]*(?:[-–:,(<|][ \t]*)?\Z"
)
_ADDRESS_PARTS = re.compile(r"[^\W\d_]{2,}")
NAMED_BY_ADDRESS = "NameBeforeOwnAddress"


def names_before_their_addresses(
    text: str,
    detections: Sequence[Detection],
    words: WordLists,
    nicknames: frozenset[str],
    roles: frozenset[str],
) -> list[Detection]:
    """The detections, and a PERSON for the word just before a found e-mail address or
    handle that is one of the address's own name parts ("dawn" of dawn.murphy556@...)."""
    covered = [(d.start, d.end) for d in detections]
    added = []
    for address in detections:
        value = text[address.start : address.end]
        handle = text[address.start - 1 : address.start] == "@" or value.startswith("@")
        if not (address.entity_type == "EMAIL" or (address.entity_type == "PERSON" and handle)):
            continue
        start = (
            address.start - 1 if text[address.start - 1 : address.start] == "@" else address.start
        )
        local = value.lstrip("@").split("@")[0]  # "dawn.murphy556" of the mailbox or handle
        parts = {part.lower() for part in _ADDRESS_PARTS.findall(local)}
        before = _WORD_BEFORE_AN_ADDRESS.search(text, max(0, start - 26), start)
        if before is None or before.group("word").lower() not in parts:
            continue
        word = before.group("word").lower()
        if not (words.is_listed_name(word) or word in nicknames) or (
            word in words.stop_words or word in roles or word in RANK_WORDS
        ):
            continue  # the address spells it, so a name that is also a word counts ("dawn")
        if overlaps_any(covered, *before.span("word")):
            continue
        added.append(Detection("PERSON", *before.span("word"), address.score, NAMED_BY_ADDRESS))
        covered.append(before.span("word"))
    return merge([*detections, *added]) if added else list(detections)


# what may stand between a turn's last word and the next turn's first: the turn's end, a
# blank line, and a speaker label or a cue's number and timing on lines of their own
_LABEL = r"[^\W\d_][^\n:]{0,29}:[ \t]+"
_NEXT_TURN = re.compile(
    r"[ \t]*[.,!?…\-–]*[ \t]*(?:(?:\r?\n[ \t]*){2}(?:[^\n]{1,40}(?:\r?\n[ \t]*){1,2}){0,2}?"
    r"(?:" + _LABEL + r")?|\r?\n[ \t]*" + _LABEL + r")"
    r"(?P<word>(?-i:[A-Z])[^\W\d_'’\-]{1,20})(?=[.!?,][ \t\n]|[.!?]\Z)"
)
NAME_FINISHED = "SurnameFinishingATurn"


def surnames_finishing_a_turn(
    text: str, detections: Sequence[Detection], words: WordLists, roles: frozenset[str]
) -> list[Detection]:
    """The detections, and a PERSON for the one-word sentence opening a turn right after a
    turn that ended on a found first name: the next voice finishing the name."""
    if "\n" not in text:
        return list(detections)
    covered = [(d.start, d.end) for d in detections]
    added = []
    for person in detections:
        value = text[person.start : person.end]
        if (
            person.entity_type != "PERSON"
            or " " in value
            or not words.is_listed_name(value.lower())
        ):
            continue
        after = _NEXT_TURN.match(text, person.end)
        if after is None:
            continue
        word = after.group("word")
        key = word.lower()
        if key in words.stop_words or key in roles or key in RANK_WORDS or words.is_allowed(key):
            continue
        if key not in words.surnames and (words.is_common_word(key) or key in words.first_names):
            continue  # "Kathryn" / "Right. Yeah": a word; "Gemma" / "Sarah?": another name
        if overlaps_any(covered, *after.span("word")):
            continue
        added.append(Detection("PERSON", *after.span("word"), person.score, NAME_FINISHED))
        covered.append(after.span("word"))
    return merge([*detections, *added]) if added else list(detections)


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
