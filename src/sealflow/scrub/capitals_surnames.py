"""A surname in capitals before the given names a record's field holds: "Occupant: TANG, Wei
Jie", "Re: ALE MAGAR, Yam, 24948960", "Serving person: ALE MAGAR Anisha".

Why a step of its own: the model finds the given names ("Wei Jie", "Yam") but reads the
capitals before them alone, where "TANG" and "ALE" are ordinary words (a flavour, a beer)
and the word filters drop them; the surname then stood beside its placeholder. Written this
way round, in a field, the capitals are the person's surname: the layout says so, not the
words. Only after a field's colon or at a line's start, one to three words in capitals,
none a rank's, a role's or a field label's word, right before a found person written in
mixed case (a run of capitals then more capitals is a heading: "PUPIL PREMIUM, Year 4"), and
never across a bare comma: "OWUSU,Yaw" are two cells of a CSV row. Without a comma, one of
the capitals must be no ordinary word or a listed surname: "SMS Paddy 16:45" is a message.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from sealflow.scrub.detect import Detection
from sealflow.scrub.name_words import names_no_one
from sealflow.scrub.recognizers.forces.rank_name_recognizer import RANK_WORDS
from sealflow.scrub.wordlists import WordLists

# a field's value opening, then one to three words in capitals and a comma or a space
_SURNAME_BEFORE = re.compile(
    r"(?m)(?:^|:)[ \t]*(?P<surname>[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+(?:[ \t][A-ZÀ-Þ][A-ZÀ-Þ'’\-]+){0,2})"
    r"(?:,[ \t]+|[ \t]+)\Z"
)
# a given name as a field writes it after the surname: a capital, then lower case
_GIVEN_NAME = re.compile(r"(?:[A-ZÀ-Þ][A-ZÀ-Þ'’\-]+[ \t]+)*[A-ZÀ-Þ][a-zß-ÿ'’\-]+(?:[ \t]|$)")
# words in capitals that open a field's value but name no one
_NOT_SURNAMES = frozenset(
    ["re", "ref", "fao", "attn", "to", "from", "name", "pupil", "child", "occupant", "tenant",
     "urgent", "official", "sensitive", "personal", "mr", "mrs", "ms", "miss", "dr", "mx",
     "nok", "dob", "cc", "and", "sms", "text", "msg", "whatsapp", "email", "e-mail", "mob",
     "tel", "fax", "fwd", "rsvp", "note", "notes", "update", "action", "re-"]
)  # fmt: skip


def capitals_surnames_before(
    text: str, detections: Sequence[Detection], words: WordLists, roles: frozenset[str]
) -> list[Detection]:
    """The detections, each mixed-case person that a field's surname in capitals opens
    reaching back over that surname (one mention: one placeholder for the whole name)."""
    out = []
    for detection in detections:
        if detection.entity_type == "PERSON":
            detection = _with_surname_before(text, detection, words, roles)
        out.append(detection)
    return out


def _with_surname_before(
    text: str, person: Detection, words: WordLists, roles: frozenset[str]
) -> Detection:
    value = text[person.start : person.end]
    if value.isupper() or _GIVEN_NAME.match(value) is None:
        return person  # (initials are no given name: "Action: PH, CDl" are two people)
    match = _SURNAME_BEFORE.search(text, max(0, person.start - 50), person.start)
    if match is None:
        return person
    surname = match.group("surname").split()
    if any(
        w.lower() in _NOT_SURNAMES or names_no_one(w.lower(), words, roles, RANK_WORDS)
        for w in surname
    ):
        return person
    # without the comma, one of the words must be a surname's, not only a word's ("SMS
    # Paddy 16:45" is a message's sender; "ALE MAGAR Anisha" a surname of two words)
    continues = value.split()[0].isupper()  # "ALE" before "MAGAR Anisha": one surname
    if (
        not continues
        and "," not in text[match.end("surname") : person.start]
        and all(
            words.is_common_word(w.lower()) and w.lower() not in words.surnames for w in surname
        )
    ):
        return person
    return dataclasses.replace(person, start=match.start("surname"))
