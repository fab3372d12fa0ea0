"""Typed placeholders, consistent within a document: ``[PERSON-1]``, ``[PHONE-2]``, or ``[PERSON]``.

The same value gets the same number at every mention; for people, the document's person
index (people.py) decides which mentions are one person ("Sgt Okafor", "Okafor", "Femi
Okafor", "Femi", "OKAFOR, Femi" are all ``[PERSON-1]``; a second Femi is not).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sealflow.scrub.detect import Detection
from sealflow.scrub.people import PersonIndex, parse_mention
from sealflow.scrub.settings import ScrubSettings
from sealflow.scrub.wordlists import WordLists, fold

# Types a person's surname may be found as when it is also a place ("Thornbury", "Preston").
PLACE_TYPES = frozenset(["LOCATION"])
_POSSESSIVE = re.compile(r"['’]s$")
# between a surname and its first name written surname first: "asante, yaw", "RAI, Prakash"
_SURNAME_FIRST_GAP = re.compile(r",[ \t]?")


@dataclass
class PlaceholderBook:
    """Numbers per entity type for one document."""

    settings: ScrubSettings
    words: WordLists
    _numbers: dict[tuple[str, str], int] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict)
    _people: PersonIndex | None = None

    @property
    def people(self) -> PersonIndex:
        if self._people is None:
            self._people = PersonIndex(
                self.words,
                self.settings.diminutives(),
                self.settings.service_nicknames(),
                self.settings.nation_names(),
            )
        return self._people

    def join_surname_first(self, text: str, detections: Sequence[Detection]) -> list[Detection]:
        """Two lone person words a comma separates, "asante, yaw", joined into one mention
        when the document names that person in full the usual way round ("Yaw Asante"):
        one person written surname first, not two people in a list.

        Why here and not by the shape alone: in writing without capitals nothing else tells
        "asante, yaw" (one person) from "chen, mei and jones" (a list); the full name found
        elsewhere does. Apart, the surname alone fitted every person of that surname and
        took a placeholder of its own. Call before ``learn_people``."""
        words = self.words
        full = set()
        for detection in detections:
            if detection.entity_type == "PERSON":
                mention = parse_mention(text[detection.start : detection.end], words)
                if mention is not None and mention.full:
                    full.add((mention.first, mention.surname))
        if not full:
            return list(detections)
        joined: list[Detection] = []
        for detection in sorted(detections, key=lambda d: d.start):
            previous = joined[-1] if joined else None
            if (
                previous is not None
                and previous.entity_type == detection.entity_type == "PERSON"
                and _SURNAME_FIRST_GAP.fullmatch(text, previous.end, detection.start)
                and (self._one_word(text, previous), self._one_word(text, detection))[::-1] in full
            ):
                joined[-1] = dataclasses.replace(previous, end=detection.end)
                continue
            joined.append(detection)
        return joined

    def _one_word(self, text: str, detection: Detection) -> str | None:
        """The word a one-word person mention is (letters only, lower case), or None."""
        mention = parse_mention(text[detection.start : detection.end], self.words)
        if mention is None or mention.title is not None:
            return None
        return mention.either

    def learn_people(self, values: Sequence[str]) -> None:
        """Read every person mention of the document before numbering any, so that a first
        name met before the full name still joins its person."""
        self.people.learn(values)

    def surnames_as_places(self, text: str, detections: Sequence[Detection]) -> list[Detection]:
        """The detections with a place that is, word for word, the surname of a person the
        document names in full typed as that person ("Did you know Thornbury? ... Katarzyna
        Thornbury"), so the mention gets the person's placeholder, not a place's.

        Why: a value is typed where it is first found and spread from there, so a surname
        that is also a town took the place's type when the bare surname came before the full
        name and the person's type when it came after; the same person then had two
        placeholders. Deciding here, once every person of the document is known, gives one
        answer whatever the order. Call after ``learn_people``."""
        surnames = {s for p in self.people.people if p.firsts for s in p.surnames}
        if not surnames:
            return list(detections)
        retyped = []
        for detection in detections:
            value = _POSSESSIVE.sub("", text[detection.start : detection.end].strip())
            if (
                detection.entity_type in PLACE_TYPES
                and value.isalpha()
                and fold(value.lower()) in surnames
            ):
                detection = dataclasses.replace(detection, entity_type="PERSON")
            retyped.append(detection)
        return retyped

    def _keys(self, entity_type: str, value: str) -> list[str]:
        if entity_type == "PERSON":
            person = self.people.person_of(value)
            if person is not None:
                return [f"person#{person}"]
        if entity_type == "EMAIL" and "@" in value:
            # one mailbox: "mailto:f.jones+welfare@hq" is f.jones@hq, whatever the tag
            local, domain = value.rsplit("@", 1)
            local = re.sub(r"^mailto:", "", local, flags=re.IGNORECASE)
            value = f"{local.split('+', 1)[0]}@{domain}"
        return [re.sub(r"[^0-9a-z@]+", "", value.lower())]

    def placeholder(self, entity_type: str, value: str) -> str:
        label = self.settings.label(entity_type)
        if self.settings.placeholder_style == "plain":
            return f"[{label}]"
        keys = self._keys(entity_type, value)
        number = next(
            (self._numbers[(label, k)] for k in keys if (label, k) in self._numbers), None
        )
        if number is None:
            number = self._counts.get(label, 0) + 1
            self._counts[label] = number
        for key in keys:
            self._numbers.setdefault((label, key), number)
        return f"[{label}-{number}]"


def replace_spans(
    text: str, detections: Sequence[Detection], book: PlaceholderBook
) -> tuple[str, list[tuple[int, int, str]]]:
    """Replace non-overlapping sorted spans; returns the new text and (start, end, placeholder)."""
    pieces = []
    placed = []
    cursor = 0
    for detection in sorted(detections, key=lambda d: d.start):
        if detection.start < cursor:
            continue
        placeholder = book.placeholder(detection.entity_type, text[detection.start : detection.end])
        pieces.append(text[cursor : detection.start])
        pieces.append(placeholder)
        placed.append((detection.start, detection.end, placeholder))
        cursor = detection.end
    pieces.append(text[cursor:])
    return "".join(pieces), placed
