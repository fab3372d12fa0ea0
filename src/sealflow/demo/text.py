"""Sentences with planted identifiers, rendered in the registers people really write in.

A template such as ``"{ranked} ran the group at {base} on a [[Tuesday]]"`` becomes a list of
segments: plain text, identifiers (``{slot}``) and ordinary words that must survive
scrubbing (``[[...]]``). Registers (casual, misspelt, lower case, speech with fillers)
rewrite only the plain segments, except lower case, which lowers everything, so every
identifier's final text and character span are known exactly when the segments are joined.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

from sealflow.demo import identifiers
from sealflow.demo.vocab import Vocabulary

ORDINARY = "ORDINARY"
"""Kind of a segment that looks identifying to a naive tool but must be kept (decoy)."""

SLOT_TYPES = {
    "name": "PERSON",
    "first": "PERSON",
    "last": "PERSON",
    "ranked": "PERSON",
    "ranked_full": "PERSON",
    "titled": "PERSON",
    "service_number": "SERVICE_NUMBER",
    "phone": "PHONE",
    "email": "EMAIL",
    "ni": "NI_NUMBER",
    "nhs": "NHS_NUMBER",
    "postcode": "POSTCODE",
    "dob": "DATE_OF_BIRTH",
    "address": "ADDRESS",
    "sla": "ADDRESS",
    "base": "BASE",
    "unit": "UNIT",
}
"""Template slot -> the entity type recorded in truth/planted.jsonl."""

REGISTERS = ("formal", "casual", "misspelt", "lower", "speech")

_TOKEN = re.compile(r"\{(\w+)\}|\[\[(.+?)\]\]")
_WORD_SPLIT = re.compile(r"(\s+)")
_FILLERS = ("um,", "erm,", "like,", "you know,", "sort of", "I mean,", "uh,")
_CONTRACTIONS = (
    ("I am", "I'm"),
    ("do not", "don't"),
    ("did not", "didn't"),
    ("could not", "couldn't"),
    ("would not", "wouldn't"),
    ("it is", "it's"),
    ("there is", "there's"),
)


@dataclass(frozen=True)
class Segment:
    """A piece of rendered text; ``kind`` is an entity type, ORDINARY, or None for plain."""

    text: str
    kind: str | None = None


@dataclass(frozen=True)
class Span:
    """Where a planted identifier or decoy ended up in the joined text."""

    start: int
    end: int
    kind: str
    text: str


@dataclass
class Person:
    first: str
    last: str
    rank: str


@dataclass
class DocumentContext:
    """The people and places one document talks about, so names recur as they do in life.

    A name mentioned once is usually mentioned again (as "Sgt Okafor", then "Okafor"),
    which is what a consistent-replacement scrubber must handle.
    """

    rng: random.Random
    vocab: Vocabulary
    branch: str
    cast: list[Person] = field(default_factory=list)
    town: str = ""
    outward: str = ""

    @classmethod
    def new(cls, rng: random.Random, vocab: Vocabulary, branch: str) -> DocumentContext:
        context = cls(rng=rng, vocab=vocab, branch=branch)
        ranks = vocab.gazetteer["ranks"][branch]
        for _ in range(rng.randint(2, 4)):
            level = rng.choices(("junior", "senior", "officer"), weights=(3, 3, 2))[0]
            context.cast.append(
                Person(
                    first=rng.choice(vocab.first_names),
                    last=rng.choice(vocab.last_names),
                    rank=rng.choice(ranks[level]),
                )
            )
        town = rng.choice(vocab.gazetteer["towns"])
        context.town, context.outward = town["name"], rng.choice(town["outward"])
        return context

    def _person(self) -> Person:
        weights = [2.0**-i for i in range(len(self.cast))]
        return self.rng.choices(self.cast, weights=weights)[0]

    def fill(self, slot: str) -> str:
        """The text of one identifier slot."""
        rng, gazetteer = self.rng, self.vocab.gazetteer
        if slot in ("name", "first", "last", "ranked", "ranked_full", "titled", "email"):
            person = self._person()
            return {
                "name": lambda: f"{person.first} {person.last}",
                "first": lambda: person.first,
                "last": lambda: person.last,
                "ranked": lambda: f"{person.rank} {person.last}",
                "ranked_full": lambda: f"{person.rank} {person.first} {person.last}",
                "titled": lambda: f"{rng.choice(gazetteer['titles'])} {person.last}",
                "email": lambda: identifiers.email_address(rng, person.first, person.last),
            }[slot]()
        if slot == "service_number":
            return identifiers.service_number(rng, self.branch)
        if slot == "phone":
            return identifiers.phone_number(rng)
        if slot == "ni":
            return identifiers.ni_number(rng)
        if slot == "nhs":
            return identifiers.nhs_number(rng)
        if slot == "dob":
            return identifiers.date_of_birth(rng)
        if slot == "postcode":
            return identifiers.postcode(rng, self.outward)
        if slot == "address":
            return identifiers.street_address(rng, rng.choice(gazetteer["streets"]), self.town)
        if slot == "sla":
            return identifiers.single_living_address(rng, rng.choice(gazetteer["lines"]))
        if slot == "base":
            branch = self.branch if rng.random() < 0.8 else rng.choice(self.vocab.branches)
            return rng.choice(self.vocab.base_names(branch))
        if slot == "unit":
            return rng.choice(gazetteer["units"][self.branch])
        raise KeyError(f"templates.yaml: unknown slot {{{slot}}}; known: {', '.join(SLOT_TYPES)}")


def render(template: str, context: DocumentContext) -> list[Segment]:
    """Turn a template into segments, filling each slot from the document's context."""
    segments: list[Segment] = []
    position = 0
    for match in _TOKEN.finditer(template):
        if match.start() > position:
            segments.append(Segment(template[position : match.start()]))
        slot, ordinary = match.groups()
        if slot is not None:
            segments.append(Segment(context.fill(slot), SLOT_TYPES[slot]))
        else:
            segments.append(Segment(ordinary, ORDINARY))
        position = match.end()
    if position < len(template):
        segments.append(Segment(template[position:]))
    return segments


def _misspell(word: str, rng: random.Random) -> str:
    letters = [i for i, c in enumerate(word) if c.isalpha()]
    if len(letters) < 5 or rng.random() > 0.2:
        return word
    i = rng.choice(letters[1:-2])
    edit = rng.randrange(3)
    if edit == 0:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if edit == 1:
        return word[:i] + word[i + 1 :]
    return word[:i] + word[i] + word[i:]


def _rewrite_words(text: str, register: str, rng: random.Random) -> str:
    if register == "casual":
        for formal, short in _CONTRACTIONS:
            text = text.replace(formal, short)
        if text.endswith(".") and rng.random() < 0.3:
            text = text[:-1] + rng.choice((" tbh.", "!", "..", " lol", " to be fair."))
        return text
    parts = _WORD_SPLIT.split(text)
    for i in range(0, len(parts), 2):
        word = parts[i]
        if not word:
            continue
        if register == "misspelt":
            parts[i] = _misspell(word, rng)
        elif register == "speech" and word[0].isalpha() and rng.random() < 0.12:
            parts[i] = f"{rng.choice(_FILLERS)} {word}"
    return "".join(parts)


def apply_register(segments: list[Segment], register: str, rng: random.Random) -> list[Segment]:
    """Rewrite plain segments in a register; lower case applies to every segment."""
    out = []
    for segment in segments:
        text = segment.text
        if segment.kind is None:
            text = _rewrite_words(text, register, rng)
        if register == "lower":
            text = text.lower()
        out.append(Segment(text, segment.kind))
    return out


def join(segments: list[Segment]) -> tuple[str, list[Span]]:
    """Concatenate segments; return the text and the span of every non-plain segment."""
    pieces, spans, offset = [], [], 0
    for segment in segments:
        if segment.kind is not None:
            spans.append(Span(offset, offset + len(segment.text), segment.kind, segment.text))
        pieces.append(segment.text)
        offset += len(segment.text)
    return "".join(pieces), spans


def compose(
    templates: tuple[str, ...],
    context: DocumentContext,
    register: str,
    sentences: int = 1,
    newline_rate: float = 0.0,
) -> list[Segment]:
    """Render ``sentences`` distinct templates in one register, separated by a space or newline."""
    rng = context.rng
    segments: list[Segment] = []
    for i, template in enumerate(rng.sample(templates, min(sentences, len(templates)))):
        if i:
            segments.append(Segment("\n" if rng.random() < newline_rate else " "))
        segments.extend(render(template, context))
    return apply_register(segments, register, rng)
