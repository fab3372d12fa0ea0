"""A nickname or a first name said just before a person's name in brackets: "spike (samira
el-sayed) was thirty-seven", "Lofty (Siobhán Byrne)", "suds (lt col sutherland)".

Forums and reminiscences introduce someone by what everyone called them and give the name
in brackets after it. The bracket's person is found; the word before it is the same person,
and on its own (a nickname that is also a word: "Tank", "spike") no recognizer would take
it. Only one word, and only one that can be a name: a role, a relation, a rank or an ordinary
word in lower case before the brackets ("my mate (Dave Smith)", "the boss (Sgt Jones)") stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sealflow.scrub.detect import Detection, merge
from sealflow.scrub.recognizers.forces.rank_name_recognizer import RANK_WORDS
from sealflow.scrub.wordlists import RANK_AND_ROLE_WORDS, WordLists

# the one word before "(": not after another word of a name ("Sarah Jones (Sgt ...)" is
# found whole or not at all), at a line's or a sentence's start or after a lower-case word
_WORD_BEFORE = re.compile(
    r"(?:^|(?<=[\s>:;,.!?\"“]))(?P<word>[^\W\d_][\w'’\-]{1,20})[ \t]*\([ \t]*\Z"
)
# the recognizer recorded on what this step adds (read by the report's per-recognizer counts)
BRACKETED = "BracketedNameNickname"


def nicknames_before_brackets(
    text: str,
    detections: Sequence[Detection],
    words: WordLists,
    nicknames: frozenset[str],
    roles: frozenset[str],
) -> list[Detection]:
    """The detections, and the word before each found person in brackets that names them."""
    covered = [(d.start, d.end) for d in detections]
    added = []
    for detection in detections:
        opening = text[max(0, detection.start - 2) : detection.start]
        if detection.entity_type != "PERSON" or "(" not in opening:
            continue
        before = _WORD_BEFORE.search(text, max(0, detection.start - 30), detection.start)
        if before is None or not _a_name_word(before.group("word"), words, nicknames, roles):
            continue
        start, end = before.span("word")
        if any(s < end and start < e for s, e in covered):
            continue
        added.append(Detection("PERSON", start, end, detection.score, BRACKETED))
    return merge([*detections, *added]) if added else list(detections)


def _a_name_word(
    word: str, words: WordLists, nicknames: frozenset[str], roles: frozenset[str]
) -> bool:
    """A word that can be someone's name or nickname: a listed nickname or first name, or
    capitalised and in no dictionary; never a role, relation, rank or allowed word."""
    key = word.lower()
    if (
        key in RANK_WORDS
        or key in RANK_AND_ROLE_WORDS
        or key in roles
        or words.is_allowed(key)
        or key in words.stop_words
    ):
        return False
    if word.isupper() and len(word) <= 4:
        return False  # "detailed for LD (YM)": a shift's or an office's capitals
    if key in nicknames:
        return True
    listed_first = key in words.first_names and (
        not words.is_common_word(key) or words.is_unambiguous_name(key)
    )
    if not word[:1].isupper():
        return listed_first
    return listed_first or not words.is_common_word(key)
