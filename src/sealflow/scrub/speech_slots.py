"""First names in the places speech gives people, in writing without capitals: a speech
engine's transcript or a chat typed in lower case ("so i told sue to go and see the csm",
"i'd known rob since basic", "joy was there as well and she was not happy", "how did that
make you feel stuart").

Why only there: a first name that is also a word ("sue", "rob", "joy", "frank", "mark")
carries no capital to tell it from the word, and the model reads neither as a person. The
slot is the cue: the object of "told ... to" or "known ... since", the subject of a clause
a he or she then refers back to, a name addressed at the end of a question. The word uses
beside them ("going to sue", "rob a bank", "a pat on the back", "the penny dropped") fill
no such slot. What is found here is not spread to the document's other mentions of the
word (the word uses would go with it); the same word in another slot is found there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sealflow.scrub.detect import Detection, merge
from sealflow.scrub.recognizers.generic.person_cues import AFTER_CUES, NOT_NAMES_LOWER
from sealflow.scrub.wordlists import WordLists, fold

SLOT = "speech_slot"
_NAME = r"(?P<name>[a-z][a-z'’\-]+)"
_SLOTS = (
    # the subject of a clause a pronoun then refers to: "joy was there as well and she was"
    re.compile(
        r"(?m)(?:^|:[ \t]+|\b(?:and|so|then|but)[ \t]+)" + _NAME
        + r"[ \t]+(?:was|said|came|turned|rang|told|is|has|had|from)\b[^\n.?!]{0,60}?"
        r"\b(?:she|he)\b"
    ),
    # the object of telling, asking or knowing: "i told sue to go", "i'd known rob since"
    re.compile(
        r"\b(?:told|asked|ask|tell|known|phoned|texted)[ \t]+" + _NAME
        + r"(?=[ \t]+(?:since|to|if|about|that)\b)"
    ),
    # a name addressed at the end of a question: "how did that make you feel stuart"
    re.compile(
        r"(?m)\b(?:that|this|then|feel|what|next|there|happened|about)[ \t]+" + _NAME
        + r"[ \t]*\??[ \t]*$"
    ),
    # with the speaker: "me and lisa were", "lisa and me"
    re.compile(r"\bme[ \t]+and[ \t]+" + _NAME + r"\b"),
)  # fmt: skip
# first names that are a month or a modal verb
_NEVER = frozenset(["may", "june", "april", "august", "will"])


def names_in_speech_slots(
    text: str,
    detections: Sequence[Detection],
    words: WordLists,
    *,
    in_lower_case: bool,
) -> list[Detection]:
    """``detections`` and the listed first names found in a slot of speech (see the module
    docstring), in writing without capitals only: the document's (``in_lower_case``) or
    the line's, after its speaker label ("[00:05:45] SPEAKER_01: ...")."""
    added = []
    for pattern in _SLOTS:
        for match in pattern.finditer(text):
            name = match.group("name")
            if _a_first_name(name, words) and (
                in_lower_case or _line_in_lower_case(text, match.start("name"))
            ):
                added.append(Detection("PERSON", match.start("name"), match.end("name"), 0.8, SLOT))
    if not added:
        return list(detections)
    return merge([*detections, *added])


# a speaker label opening a line: a time, then a name or a role and a colon
_LABEL = re.compile(r"[ \t]*(?:\[[\d:.]+\][ \t]*)?[^\n:]{1,30}:[ \t]")


def _line_in_lower_case(text: str, at: int) -> bool:
    """Whether the line around ``at`` holds no capital after its speaker label."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end == -1 else end
    label = _LABEL.match(text, start, end)
    speech = text[label.end() if label else start : end]
    return not any(c.isupper() for c in speech)


def _a_first_name(word: str, words: WordLists) -> bool:
    key = fold(word.lower())
    return (
        (key in words.first_names or key in words.table_names)
        and len(key) >= 2
        and key not in _NEVER
        and key not in AFTER_CUES
        and key not in NOT_NAMES_LOWER
        and key not in words.stop_words
    )
