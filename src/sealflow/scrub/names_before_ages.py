"""A first name said just before a found age names a person: "Lily  age 9", "Ruby (13)",
"Mason 12", "Poppy's turning twenty-seven", "harry who is 1".

Children are often named only this way, in a dependants list, a family history or a forum
post, and their names are often words too (Lily, Ruby, Mason, Poppy, Harry), so neither the
statistical model nor a name rule without a cue takes them. The age is the cue: once the
age recognizer has found it, the listed first name right before it is someone's. Only a
listed first name, never a role, rank, allowed or function word ("Cpl 31", "Room 3").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sealflow.scrub.detect import Detection, merge
from sealflow.scrub.recognizers.forces.rank_name_recognizer import RANK_WORDS
from sealflow.scrub.wordlists import RANK_AND_ROLE_WORDS, WordLists

# the word before an age, and what may stand between: "Lily  age 9", "Ruby (13)", "Clive,
# 36", "Aria is 17", "harry who is 1", "Poppy's turning twenty-seven", "Mason, who's four"
_NAME_BEFORE = re.compile(
    r"(?:^|(?<=[^\w'’\-]))(?P<word>[^\W\d_][\w'’\-]{1,20}?)(?:['’]s)?,?[ \t]+"
    r"(?:(?:is|was|aged?|age|turned|turns|turning|who|who['’]s|nearly|just|only|now)[ \t]+)*"
    r"\(?[ \t]*\Z",
    re.IGNORECASE,
)
# the recognizer recorded on what this step adds (the report's per-recognizer counts)
NAMED_BY_AGE = "FirstNameBeforeAge"


def names_before_ages(
    text: str, detections: Sequence[Detection], words: WordLists, roles: frozenset[str]
) -> list[Detection]:
    """The detections, and a PERSON for the listed first name just before each found age."""
    covered = [(d.start, d.end) for d in detections if d.entity_type != "AGE"]
    added = []
    for detection in detections:
        if detection.entity_type != "AGE":
            continue
        before = _NAME_BEFORE.search(text, max(0, detection.start - 40), detection.start)
        if before is None or not _a_first_name(before.group("word"), words, roles):
            continue
        start, end = before.span("word")
        if any(s < end and start < e for s, e in covered):
            continue
        added.append(Detection("PERSON", start, end, detection.score, NAMED_BY_AGE))
        covered.append((start, end))
    return merge([*detections, *added]) if added else list(detections)


def _a_first_name(word: str, words: WordLists, roles: frozenset[str]) -> bool:
    """A listed first name that is no role, rank, allowed or function word, nor in lower
    case an ordinary word."""
    key = word.lower()
    return (
        key in words.first_names
        and key not in RANK_WORDS
        and key not in RANK_AND_ROLE_WORDS
        and key not in roles
        and key not in words.stop_words
        and not words.is_allowed(key)
        and not (word.isupper() and len(word) <= 3)
        # in lower case a word's sense comes first: "a mere 19", "a grand 40"
        and (word[:1].isupper() or not words.is_common_word(key))
    )
