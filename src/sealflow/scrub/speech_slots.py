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
# above spaCy's 0.85: where a rule's copy of the same word survives beside the slot's (the
# engine keeps rules' persons apart from the model's), the slot's copy, the cue that keeps
# a lower-case word-name (variants.keep_word_names), wins the merge
SLOT_SCORE = 0.9
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

# A first name in any case (capitalised, lower case, in capitals) in a slot only a person
# fills, in every kind of writing: the capital of "May" or "Will" at a sentence's start says
# nothing, the slot does. Here even a month or a modal verb is the person: "May said it
# best" (no month says), "Thanks Will, I will be back" (no one thanks a verb).
_ANY_CASE_NAME = r"(?P<name>[A-Za-z][a-z'’\-]+|[A-Z]{2,})"
_SPEECH_VERBS = (
    r"said|says|knows|knew|reckons|reckoned|thinks|thought|told|tells|rang|texted|"
    r"messaged|asked|asks|doesn't|doesn’t|didn't|didn’t"
)
_ANY_CASE_SLOTS = (
    # the subject of a verb of saying or knowing, opening a sentence, a turn or a clause
    re.compile(
        r"(?m)(?:^|[:.!?;][ \t]+|\b(?:and|but|so|then|because|cos)[ \t]+)" + _ANY_CASE_NAME
        + rf"[ \t]+(?:{_SPEECH_VERBS})\b"
    ),
    # with the writer: "Rose and I met", "me and Will went"
    re.compile(r"(?m)(?:^|[:.!?][ \t]+)" + _ANY_CASE_NAME + r"[ \t]+and[ \t]+(?:I|me)\b"),
    re.compile(r"\b[Mm]e[ \t]+and[ \t]+" + _ANY_CASE_NAME + r"\b(?![ \t]+(?:I|me)\b)"),
    # the one told, asked or thanked: "tell dawn i said thanks", "Ask ROSE if", "Thanks Will,"
    re.compile(
        r"\b(?:[Tt]ell|[Aa]sk|[Tt]old|[Aa]sked)[ \t]+" + _ANY_CASE_NAME
        + r"(?=[ \t]+(?:I|i|we|to|if|about|that|since)\b)"
    ),
    re.compile(
        r"\b(?:[Tt]hanks|[Tt]hank[ \t]+you|[Cc]heers)[ \t]+" + _ANY_CASE_NAME
        + r"(?=[ \t]*(?:[,!]|$))", re.MULTILINE
    ),
    # a first name and its surname's initial, then what a person does or a mark: "Will C
    # from Recce Pl", "May H. has the keys", "penny b is a legend", "Guy H -- Corporal"
    re.compile(
        r"(?<![\w'’\-])" + _ANY_CASE_NAME + r"[ \t](?P<initial>[A-Za-z])(?P<dot>\.)?"
        r"(?=[ \t]+(?:from|said|says|is|was|has|had|went|turned|rang|talked|did|--|–|\()\b"
        r"|[ \t]+(?:--|–|\()|[ \t]*[,!?]|[ \t]*\.(?:[ \t]|$)|[ \t]*$)",
        re.MULTILINE,
    ),
    # whose number: "has anyone got max's number?"
    re.compile(
        r"\b" + _ANY_CASE_NAME
        + r"['’]s[ \t]+(?:number|mobile|phone|e-?mail|address)\b"
    ),
)  # fmt: skip


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
    for pattern in _ANY_CASE_SLOTS:
        for match in pattern.finditer(text):
            name = match.group("name")
            if name.isupper() and (len(name) < 3 or words.is_allowed(name)):
                continue  # "OK said the sergeant", "SU rang": letters of an office or a word
            end = match.end("name")
            if "initial" in pattern.groupindex:
                letter = match.group("initial")
                if letter in "aixX" or (letter in "AI" and not match.group("dot")):
                    continue  # the article, the pronoun, a kiss: "sam a story", "May I"
                end = match.end("dot") if match.group("dot") else match.end("initial")
            if _a_first_name(name, words, months_too=True):
                added.append(Detection("PERSON", match.start("name"), end, SLOT_SCORE, SLOT))
    for pattern in _SLOTS:
        for match in pattern.finditer(text):
            name = match.group("name")
            if _a_first_name(name, words) and (
                in_lower_case or _line_in_lower_case(text, match.start("name"))
            ):
                added.append(
                    Detection("PERSON", match.start("name"), match.end("name"), SLOT_SCORE, SLOT)
                )
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


def _a_first_name(word: str, words: WordLists, months_too: bool = False) -> bool:
    key = fold(word.lower())
    return (
        (key in words.first_names or key in words.table_names)
        and len(key) >= 2
        and key not in NOT_NAMES_LOWER
        # the slots read in any case hold a person even where the word is a modal ("Will
        # said it best"); the others take no word that is a cue or a stop word
        and (months_too or (key not in _NEVER and key not in AFTER_CUES))
        and (months_too or key not in words.stop_words)
    )
