"""Compose held-out scrub corpus B from independently written pieces (stdlib only, seeded).

Why this exists: sealflow's scrubber must be measured on text it was never tuned on. This
generator is deliberately unlike the hand-written corpus A: it composes documents from small
fragments (pieces/*.txt) whose slots are filled from value pools (pools/*) and value
generators written here, and records every labelled span and every decoy as it emits it, so
offsets are exact by construction. Running it reproduces ../corpus.jsonl byte for byte.

    python generate.py            # write ../corpus.jsonl
    python generate.py --check    # exit 1 unless ../corpus.jsonl is exactly what it makes
    python generate.py --stats    # counts per type, style and decoy kind (for SOURCE.md)
"""

from __future__ import annotations

import argparse
import calendar
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20261204
STYLE_COUNTS = (
    ("survey", 130),
    ("email", 100),
    ("chat", 90),
    ("casenote", 90),
    ("monologue", 90),
)
HERE = Path(__file__).resolve().parent
POOLS = HERE / "pools"
PIECES = HERE / "pieces"
CORPUS = HERE.parent / "corpus.jsonl"

ORIGIN_WEIGHTS = (
    ("english", 18),
    ("scottish", 6),
    ("welsh", 14),
    ("gaelic", 7),
    ("irish", 10),
    ("polish", 10),
    ("nigerian", 10),
    ("nepali", 10),
    ("fijian", 8),
    ("southasian", 10),
)
BRANCH_BY_ORIGIN = {"nepali": ("army",), "fijian": ("army", "army", "rm")}
BRANCHES = ("army", "army", "army", "navy", "rm", "raf", "raf", "civilian")
TITLES = {"m": ("Mr", "Mr", "Dr"), "f": ("Mrs", "Ms", "Miss", "Dr")}


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


ONES = _words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
TENS = _words("_ _ twenty thirty forty fifty sixty seventy eighty ninety")
ORDINALS = _words(
    "_ first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
)
MONTHS = _words(
    "_ January February March April May June July August September October November December"
)
NATO = {
    "C": "charlie",
    "D": "delta",
    "P": "papa",
    "A": "alpha",
    "B": "bravo",
    "K": "kilo",
    "X": "x-ray",
    "W": "whiskey",
    "T": "tango",
    "R": "romeo",
}
POSTCODE_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BANNED_PREFIXES = ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
AREA_CODES = (
    ("01443", 6),
    ("01685", 6),
    ("01554", 6),
    ("01851", 6),
    ("01478", 6),
    ("01592", 6),
    ("01698", 6),
    ("01632", 6),
    ("0141", 7),
    ("0131", 7),
    ("0113", 7),
    ("0117", 7),
    ("0191", 7),
    ("029", 8),
    ("028", 8),
    ("020", 8),
)
BANK_CODES = ("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA")
TXT_SPEAK = (
    (r"\byou're\b", "ur"),
    (r"\byour\b", "ur"),
    (r"\byou\b", "u"),
    (r"\bbecause\b", "cos"),
    (r"\bto be honest\b", "tbh"),
    (r"\bgreat\b", "gr8"),
    (r"\bbefore\b", "b4"),
    (r"\bplease\b", "pls"),
    (r"\bpeople\b", "ppl"),
    (r"\breally\b", "rly"),
    (r"\bdon't know\b", "dunno"),
    (r"\btomorrow\b", "tmrw"),
    (r"\bsee you\b", "cu"),
)
FILLERS = ("um, ", "you know, ", "like, ", "I mean, ", "so, ", "erm... ")
FIELD_FAMILIES = {
    "Date of birth": "DOB",
    "NINO": "NI no",
    "Svc No": "Service no",
    "Mobile": "Tel",
    "NOK": "Next of kin",
}
ROLE_LAYOUTS = (
    ("SPEAKER_00", "SPEAKER_01"),
    ("INT", "P1"),
    ("Q", "A"),
    ("INT", "R"),
    ("INTERVIEWER", "PARTICIPANT"),
    ("I", "Respondent"),
)


# ---------------------------------------------------------------- pools and pieces


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (POOLS / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _unique(items: list[str]) -> list[str]:
    return list(dict.fromkeys(item for item in items if item))


@dataclass(frozen=True)
class GivenName:
    name: str
    sex: str
    origin: str
    diminutives: tuple[str, ...]


@dataclass(frozen=True)
class Pools:
    """Every value list the composer draws from, read once from pools/."""

    given: tuple[GivenName, ...]
    surnames: tuple[tuple[str, str], ...]
    towns: tuple[tuple[str, tuple[str, ...]], ...]
    streets: tuple[str, ...]
    house_names: tuple[str, ...]
    units: tuple[tuple[str, str, tuple[str, ...]], ...]
    bases: tuple[tuple[str, tuple[str, ...]], ...]
    garrisons: tuple[str, ...]
    ranks: dict[str, tuple[str, ...]]
    domains: tuple[str, ...]
    decoys: dict[str, tuple[str, ...]]

    @classmethod
    def load(cls) -> Pools:
        given = tuple(
            GivenName(row[0], row[1], row[2], tuple(_unique(row[3].split(","))))
            for row in _rows("given_names.tsv")
        )
        ranks: dict[str, list[str]] = {}
        for service, rank in _rows("ranks.tsv"):
            ranks.setdefault(service, []).append(rank)
        decoys: dict[str, list[str]] = {}
        for kind, text in _rows("decoys.tsv"):
            decoys.setdefault(kind, []).append(text)
        return cls(
            given=given,
            surnames=tuple((row[0], row[1]) for row in _rows("surnames.tsv")),
            towns=tuple((row[0], tuple(row[1].split(","))) for row in _rows("towns.tsv")),
            streets=tuple(row[0] for row in _rows("streets.txt")),
            house_names=tuple(row[0] for row in _rows("house_names.txt")),
            units=tuple((row[0], row[1], tuple(row[2].split(","))) for row in _rows("units.tsv")),
            bases=tuple((row[0], tuple(row[1].split(","))) for row in _rows("bases.tsv")),
            garrisons=tuple(row[0] for row in _rows("garrison_towns.txt")),
            ranks={key: tuple(value) for key, value in ranks.items()},
            domains=tuple(row[0] for row in _rows("email_domains.txt")),
            decoys={key: tuple(value) for key, value in decoys.items()},
        )


def load_pieces() -> dict[str, dict[str, tuple[str, ...]]]:
    """pieces/<style>.txt -> {style: {section: fragments}} in file order."""
    pieces: dict[str, dict[str, tuple[str, ...]]] = {}
    for style, _count in STYLE_COUNTS:
        sections: dict[str, list[str]] = {}
        current = None
        for line in (PIECES / f"{style}.txt").read_text(encoding="utf-8").splitlines():
            if line.startswith("## "):
                current = line[3:].strip()
                sections[current] = []
            elif line.strip() and not line.startswith("#") and current is not None:
                sections[current].append(line)
        pieces[style] = {key: tuple(value) for key, value in sections.items()}
    return pieces


# ---------------------------------------------------------------- text helpers


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def number_words(n: int, rng: random.Random) -> str:
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    if ones == 0:
        return TENS[tens]
    return TENS[tens] + rng.choice(("-", " ")) + ONES[ones]


def ordinal_words(n: int) -> str:
    if n <= 20:
        return ORDINALS[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] if ones == 0 and tens == 3 else f"{TENS[tens]}-{ORDINALS[ones]}"


def ordinal_suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def year_words(year: int, rng: random.Random) -> str:
    if year < 2000:
        rest = year - 1900
        return "nineteen " + (f"oh {ONES[rest]}" if rest < 10 else number_words(rest, rng))
    rest = year - 2000
    if rest == 0:
        return "two thousand"
    if rest < 10 or rng.random() < 0.5:
        return "two thousand and " + number_words(rest, rng)
    return "twenty " + number_words(rest, rng)


def speak_digits(digits: str, rng: random.Random, zero: str) -> str:
    """Digits as a person says them: 'oh seven seven double oh nine'."""
    words = []
    i = 0
    while i < len(digits):
        digit = digits[i]
        run = 1
        while i + run < len(digits) and digits[i + run] == digit and run < 3:
            run += 1
        word = zero if digit == "0" else ONES[int(digit)]
        if run == 3 and rng.random() < 0.7:
            words.append(f"triple {word}")
            i += 3
        elif run >= 2 and rng.random() < 0.8:
            words.append(f"double {word}")
            i += 2
        else:
            words.append(word)
            i += 1
    return " ".join(words)


def speak_groups(display: str, rng: random.Random) -> str:
    zero = rng.choice(("oh", "oh", "zero"))
    separator = rng.choice((", ", " ", " - "))
    spoken = []
    for token in re.findall(r"\+44|[A-Z]|\d+", display):
        if token == "+44":
            spoken.append("plus four four")
        elif token.isalpha():
            spoken.append(NATO.get(token, token) if rng.random() < 0.6 else token)
        else:
            spoken.append(speak_digits(token, rng, zero))
    return separator.join(spoken)


def misspell(word: str, rng: random.Random) -> str:
    """A plausible misspelling that keeps the first letter (what a typist gets wrong)."""
    vowel_swap = {"a": "e", "e": "a", "i": "y", "y": "i", "o": "u", "u": "o"}
    for _ in range(40):
        op = rng.choice(("swap", "drop", "double", "vowel", "fold", "ie"))
        chars = list(word)
        if op == "swap" and len(word) >= 5:
            i = rng.randint(1, len(word) - 3)
            chars[i], chars[i + 1] = chars[i + 1], chars[i]
        elif op == "drop" and len(word) >= 5:
            del chars[rng.randint(1, len(word) - 1)]
        elif op == "double":
            i = rng.randint(1, len(word) - 1)
            chars.insert(i, chars[i])
        elif op == "vowel":
            spots = [i for i, ch in enumerate(chars) if i > 0 and ch in vowel_swap]
            if spots:
                i = rng.choice(spots)
                chars[i] = vowel_swap[chars[i]]
        elif op == "fold":
            chars = list(ascii_fold(word))
        elif op == "ie" and "ie" in word:
            chars = list(word.replace("ie", "ei", 1))
        candidate = "".join(chars)
        if candidate != word and " " not in candidate and not candidate[-1:].isspace():
            return candidate
    return word + word[-1]


def polish_gender(surname: str, sex: str) -> str:
    """Polish -ski/-cki surnames agree with the bearer's sex (Wiśniewski, Wiśniewska)."""
    if sex == "f" and surname.endswith(("ski", "cki")):
        return surname[:-1] + "a"
    if sex == "m" and surname.endswith(("ska", "cka")):
        return surname[:-1] + "i"
    return surname


def typo_words(text: str, rng: random.Random, rate: float) -> str:
    def maybe(match: re.Match[str]) -> str:
        word = match.group(0)
        return misspell(word, rng) if rng.random() < rate else word

    return re.sub(r"[a-z]{5,}", maybe, text)


def hard_wrap(text: str, width: int) -> str:
    """Wrap by turning spaces into newlines: same length, so every offset still holds."""
    chars = list(text)
    line_start = 0
    last_space = -1
    for i, ch in enumerate(chars):
        if ch == "\n":
            line_start, last_space = i + 1, -1
        elif ch == " ":
            last_space = i
        if i - line_start >= width and last_space > line_start:
            chars[last_space] = "\n"
            line_start, last_space = last_space + 1, -1
    return "".join(chars)


# ---------------------------------------------------------------- documents


@dataclass
class Doc:
    """Text built piece by piece; labels are recorded at the offset where they land."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    spans: list[dict[str, object]] = field(default_factory=list)
    decoys: list[dict[str, object]] = field(default_factory=list)

    def text(self, piece: str) -> None:
        self.parts.append(piece)
        self.length += len(piece)

    def span(self, piece: str, label: str, form: str, entity: str | None = None) -> None:
        assert piece and piece == piece.strip(), (label, piece)
        record: dict[str, object] = {
            "type": label,
            "start": self.length,
            "end": self.length + len(piece),
        }
        if entity is not None:
            record["entity"] = entity
        record["form"] = form
        self.spans.append(record)
        self.text(piece)

    def decoy(self, piece: str, kind: str) -> None:
        assert piece and piece == piece.strip(), (kind, piece)
        self.decoys.append({"start": self.length, "end": self.length + len(piece), "kind": kind})
        self.text(piece)

    def joined(self) -> str:
        return "".join(self.parts)


@dataclass
class Person:
    given: str
    surname: str
    sex: str
    diminutives: tuple[str, ...]
    rank: str
    title: str
    entity: str | None = None
    said_given: bool = False
    said_surname: bool = False
    chat_name: str | None = None


PERSON_FORMS = (
    "full",
    "first",
    "sur",
    "rank",
    "init",
    "surfirst",
    "dim",
    "typo",
    "spell",
    "title",
    "broken",
    "fi",
    "any",
)
SLOT = re.compile(r"\{([^{}]+)\}")
CHOICE = re.compile(r"\[\[([^\[\]]*)\]\]")


class Composer:
    """Fills one document's fragments: persons by key, values, decoys, style of writing."""

    def __init__(self, pools: Pools, rng: random.Random, style: str) -> None:
        self.pools = pools
        self.rng = rng
        self.style = style
        self.doc = Doc()
        self.people: dict[str, Person] = {}
        self.entity_count = 0
        informal = style in ("survey", "chat")
        self.lower = informal and rng.random() < (0.7 if style == "survey" else 0.5)
        self.txt_speak = informal and rng.random() < 0.5
        self.typo_rate = rng.choice((0.0, 0.03, 0.06)) if informal else 0.0
        self.home_town = rng.choice(pools.towns)
        self.other_town = rng.choice([t for t in pools.towns if t != self.home_town])
        self.dob: tuple[int, int, int] | None = None

    # -- fragments

    def render(self, fragment: str) -> None:
        while CHOICE.search(fragment):
            fragment = CHOICE.sub(lambda m: self.rng.choice(m.group(1).split("|")), fragment)
        fragment = fragment.replace("\\n", "\n")
        cursor = 0
        for match in SLOT.finditer(fragment):
            self.literal(fragment[cursor : match.start()])
            self.slot(match.group(1))
            cursor = match.end()
        self.literal(fragment[cursor:])

    def literal(self, piece: str) -> None:
        if not piece:
            return
        if self.lower:
            piece = piece.lower()
        if self.txt_speak:
            for pattern, short in TXT_SPEAK:
                piece = re.sub(
                    pattern,
                    lambda m, s=short: s if self.rng.random() < 0.7 else m.group(0),
                    piece,
                    flags=re.IGNORECASE,
                )
        if self.typo_rate:
            piece = typo_words(piece, self.rng, self.typo_rate)
        self.doc.text(piece)

    def sentence_case(self, text: str) -> str:
        """Capitalise a decoy that opens a sentence, unless the document is all lower case."""
        before = "".join(self.doc.parts[-3:]).rstrip(" ")
        opens = not before or before.endswith(("\n", ".", "?", "!", ":"))
        return text[0].upper() + text[1:] if opens and not self.lower else text

    def casual(self, value: str, chance: float) -> str:
        return value.lower() if self.lower and self.rng.random() < chance else value

    def slot(self, name: str) -> None:
        if name.startswith("~") and "=" in name:
            kind, text = name[1:].split("=", 1)
            self.doc.decoy(self.sentence_case(self.casual(text, 1.0)), kind or "word")
        elif name.startswith("~"):
            kind = name[1:]
            text = self.rng.choice(self.pools.decoys[kind])
            if kind != "product":
                text = self.casual(text, 0.8)
            self.doc.decoy(self.sentence_case(text), kind)
        elif "." in name:
            key, form = name.split(".")
            self.person_mention(key, form)
        elif name.startswith("email:"):
            self.email(self.person(name.split(":")[1]))
        else:
            getattr(self, f"value_{name}")()

    # -- people

    def person(self, key: str, sex: str | None = None) -> Person:
        """One person per key per document; a key ending _m or _f fixes the sex."""
        if key not in self.people:
            if key[-2:] in ("_m", "_f"):
                sex = key[-1]
            self.people[key] = self.new_person(sex)
        return self.people[key]

    def new_person(self, sex: str | None) -> Person:
        rng, pools = self.rng, self.pools
        taken = set()
        for other in self.people.values():
            taken.update((other.given, other.surname, *other.diminutives))
        origins = [name for name, weight in ORIGIN_WEIGHTS for _ in range(weight)]
        while True:
            origin = rng.choice(origins)
            chosen_sex = sex or rng.choice("mf")
            given = rng.choice(
                [g for g in pools.given if g.origin == origin and g.sex == chosen_sex]
            )
            roll = rng.random()
            if roll < 0.12:
                candidates = [s for s, o in pools.surnames if o == "any"]
            elif roll < 0.85:
                candidates = [s for s, o in pools.surnames if o == origin]
            else:
                candidates = [s for s, _o in pools.surnames]
            surname = polish_gender(rng.choice(candidates), chosen_sex)
            names = {given.name, surname, *given.diminutives}
            if not names & taken:
                break
        branch = rng.choice(BRANCH_BY_ORIGIN.get(origin, BRANCHES))
        title = rng.choice(TITLES[chosen_sex])
        return Person(
            given=given.name,
            surname=surname,
            sex=chosen_sex,
            diminutives=given.diminutives,
            rank=title if branch == "civilian" else rng.choice(pools.ranks[branch]),
            title=title,
        )

    def person_mention(self, key: str, form: str) -> None:
        assert form in PERSON_FORMS, form
        person = self.person(key)
        surface, form = self.person_surface(person, form)
        if person.entity is None:
            self.entity_count += 1
            person.entity = f"p{self.entity_count}"
        self.doc.span(surface, "PERSON", form, person.entity)

    def person_surface(self, person: Person, form: str) -> tuple[str, str]:
        rng = self.rng
        if form == "any":
            form = rng.choice(("full", "first", "sur", "rank", "dim", "init", "title"))
        if form == "dim" and not person.diminutives:
            form = "first"
        if form == "typo":
            return self.typo_surface(person)
        given, surname = person.given, person.surname
        if form == "full":
            surface = f"{given} {surname}"
        elif form == "broken":
            surface = f"{given}\n{surname}"
        elif form == "first":
            surface = given
        elif form == "sur":
            surface = surname
        elif form == "dim":
            surface = rng.choice(person.diminutives)
        elif form == "rank":
            name = f"{given} {surname}" if rng.random() < 0.15 else surname
            surface = f"{person.rank} {name}"
        elif form == "title":
            surface = f"{person.title} {surname}"
        elif form == "init":
            initials = [part[0] for part in re.split(r"[ -]", given)]
            layout = rng.choice(("dots", "dots", "bare", "tight"))
            if layout == "bare":
                surface = f"{''.join(initials)} {surname}"
            elif layout == "tight":
                surface = f"{'.'.join(initials)}.{surname}"
            else:
                surface = f"{'.'.join(initials)}. {surname}"
        elif form == "surfirst":
            shown = surname.upper() if rng.random() < 0.75 else surname
            surface = f"{shown}, {given}"
        elif form == "spell":
            base = surname if rng.random() < 0.75 else given
            letters = [ch for ch in ascii_fold(base) if ch.isalnum()]
            layout = rng.choice(("-", " ", "."))
            surface = layout.join(ch.lower() if layout == "." else ch.upper() for ch in letters)
            return surface, "spell"
        elif form == "fi":
            name = rng.choice(person.diminutives) if person.diminutives else given
            surface = f"{name} {surname[0]}"
            person.said_given = True
            return self.casual(surface, 0.5), form
        else:
            raise ValueError(form)
        person.said_given |= form in ("full", "broken", "first", "init", "surfirst") or (
            form == "rank" and given in surface
        )
        person.said_surname |= form in (
            "full",
            "broken",
            "sur",
            "rank",
            "title",
            "init",
            "surfirst",
        )
        if form != "surfirst":
            surface = self.casual(surface, 0.5)
        return surface, form

    def typo_surface(self, person: Person) -> tuple[str, str]:
        """A misspelling of a name already written correctly in this document."""
        choices = []
        if person.said_surname and len(person.surname) >= 5 and " " not in person.surname:
            choices.append(person.surname)
        if person.said_given and len(person.given) >= 5 and " " not in person.given:
            choices.append(person.given)
        if not choices:
            return self.person_surface(person, "full")
        return self.casual(misspell(self.rng.choice(choices), self.rng), 0.5), "typo"

    # -- value generators (one per slot name)

    def digits(self, count: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(count))

    def phone_display(self) -> str:
        rng = self.rng
        if rng.random() < 0.6:
            number = "07" + rng.choice("45789") + self.digits(8)
            return rng.choice(
                (
                    f"{number[:5]} {number[5:]}",
                    number,
                    f"{number[:5]} {number[5:8]} {number[8:]}",
                    f"+44 {number[1:5]} {number[5:]}",
                    f"+44{number[1:]}",
                    f"+44 (0){number[1:5]} {number[5:]}",
                    f"{number[:5]}-{number[5:8]}-{number[8:]}",
                    f"({number[:5]}) {number[5:]}",
                )
            )
        area, rest_len = rng.choice(AREA_CODES)
        rest = self.digits(rest_len)
        if rest_len == 8:
            rest = f"{rest[:4]} {rest[4:]}"
        elif rest_len == 7:
            rest = f"{rest[:3]} {rest[3:]}"
        return rng.choice(
            (f"{area} {rest}", f"({area}) {rest}", f"{area}-{rest}", f"+44 {area[1:]} {rest}")
        )

    def value_phone(self) -> None:
        self.doc.span(self.phone_display(), "PHONE", "digits")

    def value_phone_w(self) -> None:
        self.doc.span(speak_groups(self.phone_display(), self.rng), "PHONE", "words")

    def email_address(self, person: Person | None) -> str:
        rng = self.rng
        if person is None:
            given = ascii_fold(rng.choice(self.pools.given).name)
            surname = ascii_fold(rng.choice(self.pools.surnames)[0])
            nicks: tuple[str, ...] = ()
        else:
            given, surname = ascii_fold(person.given), ascii_fold(person.surname)
            nicks = tuple(ascii_fold(d) for d in person.diminutives)
        first = re.sub(r"[^a-z]", "", given.lower())
        last = re.sub(r"[^a-z]", "", surname.lower())
        nick = re.sub(r"[^a-z]", "", rng.choice(nicks).lower()) if nicks else first
        year = str(rng.randint(60, 99))
        local = rng.choice(
            (
                f"{first}.{last}",
                f"{first[0]}.{last}",
                f"{first}{last}{year}",
                f"{last}{first[0]}",
                f"{first}_{last}",
                f"{nick}{year}",
                f"{nick}.{last[:5]}",
            )
        )
        return f"{local}@{rng.choice(self.pools.domains)}"

    def email(self, person: Person | None) -> None:
        self.doc.span(self.casual(self.email_address(person), 1.0), "EMAIL", "plain")

    def value_email(self) -> None:
        known = list(self.people.values())
        self.email(self.rng.choice(known) if known and self.rng.random() < 0.5 else None)

    def value_email_w(self) -> None:
        rng = self.rng
        address = self.email_address(None)
        local, domain = address.split("@")
        layout = rng.choice(("spoken", "spoken", "round", "square"))
        if layout == "round":
            written = f"{local} (at) {domain.replace('.', ' (dot) ')}"
        elif layout == "square":
            written = f"{local}[at]{domain.replace('.', '[dot]')}"
        else:

            def say(part: str) -> str:
                part = re.sub(r"\d+", lambda m: " " + number_words(int(m.group(0)), rng), part)
                return part.replace(".", " dot ").replace("_", " underscore ").strip()

            written = f"{say(local)} at {' dot '.join(domain.split('.'))}"
        self.doc.span(written, "EMAIL", "words")

    def service_number(self) -> str:
        rng = self.rng
        style = rng.choice(("army", "army", "tri", "officer", "rn", "raf"))
        if style == "rn":
            letters = rng.choice("CDP"), rng.choice("ABKRTWX")
            body = self.digits(6)
            return rng.choice(
                (f"{letters[0]}{body}{letters[1]}", f"{letters[0]} {body} {letters[1]}")
            )
        number = {
            "army": "2" + rng.choice("45") + self.digits(6),
            "tri": "30" + self.digits(6),
            "officer": "5" + self.digits(5),
            "raf": "8" + self.digits(6),
        }[style]
        if len(number) == 8:
            return rng.choice(
                (number, f"{number[:2]} {number[2:5]} {number[5:]}", f"{number[:4]} {number[4:]}")
            )
        return number

    def value_svc(self) -> None:
        self.doc.span(self.service_number(), "SERVICE_NUMBER", "digits")

    def value_svc_w(self) -> None:
        self.doc.span(speak_groups(self.service_number(), self.rng), "SERVICE_NUMBER", "words")

    def value_nino(self) -> None:
        rng = self.rng
        while True:
            prefix = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
            if prefix not in NI_BANNED_PREFIXES:
                break
        body, suffix = self.digits(6), rng.choice("ABCD")
        shown = rng.choice(
            (
                f"{prefix}{body}{suffix}",
                f"{prefix} {body[:2]} {body[2:4]} {body[4:]} {suffix}",
                f"{prefix} {body} {suffix}",
            )
        )
        self.doc.span(self.casual(shown, 0.4), "NI_NUMBER", "digits")

    def value_nhs(self) -> None:
        rng = self.rng
        while True:
            body = rng.choice("4679") + self.digits(8)
            total = sum(int(d) * w for d, w in zip(body, range(10, 1, -1), strict=True))
            check = 11 - total % 11
            if check == 11:
                check = 0
            if check != 10:
                break
        number = body + str(check)
        self.doc.span(
            rng.choice(
                (
                    f"{number[:3]} {number[3:6]} {number[6:]}",
                    number,
                    f"{number[:3]}-{number[3:6]}-{number[6:]}",
                )
            ),
            "NHS_NUMBER",
            "digits",
        )

    def value_postcode(self) -> None:
        rng = self.rng
        outward = rng.choice(self.home_town[1])
        inward = str(rng.randint(1, 9)) + "".join(
            rng.choice(POSTCODE_INWARD_LETTERS) for _ in range(2)
        )
        shown = f"{outward}{inward}" if rng.random() < 0.1 else f"{outward} {inward}"
        self.doc.span(self.casual(shown, 0.4), "POSTCODE", "plain")

    def value_address(self) -> None:
        rng = self.rng
        street = rng.choice(self.pools.streets)
        number = rng.randint(1, 142)
        shown = rng.choice(
            (
                f"{number} {street}",
                f"{number} {street}",
                f"Flat {rng.randint(1, 12)}, {number} {street}",
                f"{rng.choice(self.pools.house_names)}, {street}",
                f"{number}{rng.choice('ab')} {street}",
            )
        )
        self.doc.span(self.casual(shown, 0.5), "ADDRESS", "street")

    def value_town(self) -> None:
        self.doc.span(self.casual(self.home_town[0], 0.5), "LOCATION", "town")

    def value_town2(self) -> None:
        self.doc.span(self.casual(self.other_town[0], 0.5), "LOCATION", "town")

    def birth_date(self) -> tuple[int, int, int]:
        """One date of birth per document, so digits and words may name the same day."""
        if self.dob is None:
            year = self.rng.randint(1956, 2006)
            month = self.rng.randint(1, 12)
            self.dob = (year, month, self.rng.randint(1, calendar.monthrange(year, month)[1]))
        return self.dob

    def value_dob(self) -> None:
        year, month, day = self.birth_date()
        name = MONTHS[month]
        shown = self.rng.choice(
            (
                f"{day:02d}/{month:02d}/{year}",
                f"{day}/{month}/{year % 100:02d}",
                f"{day:02d}.{month:02d}.{year}",
                f"{year}-{month:02d}-{day:02d}",
                f"{day} {name[:3]} {year}",
                f"{day}{ordinal_suffix(day)} {name} {year}",
                f"{day:02d}-{name[:3].upper()}-{year % 100:02d}",
                f"{name} {day}, {year}",
                f"{day}.{month}.{year % 100:02d}",
            )
        )
        self.doc.span(shown, "DATE_OF_BIRTH", "digits")

    def value_dob_w(self) -> None:
        rng = self.rng
        year, month, day = self.birth_date()
        name = MONTHS[month]
        spoken_year = year_words(year, rng)
        short_year = number_words(year % 100, rng) if year < 2000 else spoken_year
        shown = rng.choice(
            (
                f"the {ordinal_words(day)} of {name}, {spoken_year}",
                f"{ordinal_words(day)} {name} {spoken_year}",
                f"{name} the {ordinal_words(day)}, {short_year}",
                f"the {ordinal_words(day)} of the {ordinal_words(month)}, {short_year}",
                f"{day} {name} {spoken_year}",
                f"{day}{ordinal_suffix(day)} of {name} '{year % 100:02d}",
            )
        )
        self.doc.span(self.casual(shown, 0.5), "DATE_OF_BIRTH", "words")

    def value_age(self) -> None:
        self.doc.span(str(self.rng.randint(19, 74)), "AGE", "digits")

    def age_at_corpus_date(self) -> int:
        """The age that matches this document's date of birth on 2026-12-04."""
        year, month, day = self.birth_date()
        return 2026 - year - ((month, day) > (12, 4))

    def value_age_dob(self) -> None:
        self.doc.span(str(self.age_at_corpus_date()), "AGE", "digits")

    def value_age_dob_w(self) -> None:
        self.doc.span(number_words(self.age_at_corpus_date(), self.rng), "AGE", "words")

    def value_age_w(self) -> None:
        self.doc.span(number_words(self.rng.randint(19, 74), self.rng), "AGE", "words")

    def sort_code(self) -> str:
        return self.digits(6)

    def value_sort(self) -> None:
        code = self.sort_code()
        self.doc.span(
            self.rng.choice(
                (f"{code[:2]}-{code[2:4]}-{code[4:]}", code, f"{code[:2]} {code[2:4]} {code[4:]}")
            ),
            "BANK_ACCOUNT",
            "sort_code",
        )

    def value_acct(self) -> None:
        self.doc.span(self.digits(8), "BANK_ACCOUNT", "account")

    def value_iban(self) -> None:
        bank = self.rng.choice(BANK_CODES)
        bban = bank + self.sort_code() + self.digits(8)
        numeric = "".join(str(int(ch, 36)) for ch in bban + "GB00")
        check = 98 - int(numeric) % 97
        iban = f"GB{check:02d}{bban}"
        grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        self.doc.span(self.rng.choice((iban, grouped)), "BANK_ACCOUNT", "iban")

    def unit_of(self, kinds: tuple[str, ...], short: float) -> None:
        kind, full, shorts = self.rng.choice([u for u in self.pools.units if u[0] in kinds])
        shown = self.rng.choice(shorts) if self.rng.random() < short else full
        self.doc.span(self.casual(shown, 0.3), "UNIT", kind)

    def value_unit(self) -> None:
        self.unit_of(("battalion", "regiment", "commando", "formation"), 0.4)

    def value_unit_s(self) -> None:
        self.unit_of(("battalion", "regiment", "commando", "formation"), 1.0)

    def value_ship(self) -> None:
        self.unit_of(("ship",), 0.3)

    def value_sqn(self) -> None:
        self.unit_of(("squadron",), 0.4)

    def value_base(self) -> None:
        full, shorts = self.rng.choice(self.pools.bases)
        shown = self.rng.choice(shorts) if self.rng.random() < 0.5 else full
        self.doc.span(self.casual(shown, 0.3), "BASE", "base")

    def value_base_s(self) -> None:
        _full, shorts = self.rng.choice(self.pools.bases)
        self.doc.span(self.casual(self.rng.choice(shorts), 0.3), "BASE", "abbreviation")

    def value_base_pair(self) -> None:
        """A base written out with its abbreviation beside it: two spans, one after the other."""
        full, shorts = self.rng.choice(self.pools.bases)
        self.doc.span(full, "BASE", "base")
        self.doc.text(" (")
        self.doc.span(self.rng.choice(shorts), "BASE", "abbreviation")
        self.doc.text(")")

    def value_garrison(self) -> None:
        self.doc.span(self.casual(self.rng.choice(self.pools.garrisons), 0.4), "BASE", "garrison")


# ---------------------------------------------------------------- styles


def pick(rng: random.Random, fragments: tuple[str, ...], count: int) -> list[str]:
    chosen = list(fragments)
    rng.shuffle(chosen)
    return chosen[:count]


def compose_survey(c: Composer, sections: dict[str, tuple[str, ...]]) -> None:
    rng = c.rng
    count = rng.choice((1, 1, 2, 2, 2, 3, 3, 4))
    fragments = pick(rng, sections["answer"], count)
    bullets = count >= 2 and rng.random() < 0.25
    bullet = rng.choice(("- ", "* ", "• ", ""))
    for i, fragment in enumerate(fragments):
        is_list = fragment[:1] in "-*•" or (i and "\\n" in fragments[i - 1])
        if bullets and fragment[:1] not in "-*•":
            c.literal(("\n" if i else "") + bullet)
        elif i:
            c.literal("\n" if is_list else rng.choice((" ", ". ", ", ", "\n", " - ")))
        c.render(fragment)


def compose_email(c: Composer, sections: dict[str, tuple[str, ...]]) -> None:
    rng = c.rng
    roll = rng.random()
    if roll < 0.4:
        c.render("From: {self.full} <{email:self}>\nTo: {you.full} <{email:you}>\n")
        c.render(rng.choice(sections["subject"]) + "\n\n")
    elif roll < 0.7:
        c.render(rng.choice(sections["subject"]) + "\n\n")
    c.render(rng.choice(sections["greeting"]) + "\n\n")
    body = pick(rng, sections["body"], rng.randint(2, 5))
    for i, fragment in enumerate(body):
        if i:
            c.literal("\n\n" if rng.random() < 0.4 else " ")
        c.render(fragment)
    c.literal("\n\n")
    c.render(rng.choice(sections["signoff"]))
    if rng.random() < 0.5:
        c.literal("\n\n")
        c.render(rng.choice(sections["signature"]))


def compose_chat(c: Composer, sections: dict[str, tuple[str, ...]]) -> None:
    rng = c.rng
    speakers = ["self", "you"] + (["b"] if rng.random() < 0.3 else [])
    names = {}
    for key in speakers:
        person = c.person(key)
        names[key] = c.person_surface(person, rng.choice(("dim", "first", "fi", "full")))
    layout = rng.choice(("bracket", "plain", "export"))
    hour, minute = rng.randint(6, 22), rng.randint(0, 59)
    for i, fragment in enumerate(pick(rng, sections["message"], rng.randint(5, 12))):
        # whoever is addressed by name ("{you.dim}") is not the one writing the line
        key = "self" if "{you." in fragment else rng.choice(speakers)
        if i:
            c.doc.text("\n")
        minute += rng.randint(0, 9)
        hour, minute = (hour + minute // 60) % 24, minute % 60
        if layout == "bracket":
            c.doc.text(f"[{hour:02d}:{minute:02d}] ")
        elif layout == "export":
            c.doc.text(f"04/12/2026, {hour:02d}:{minute:02d} - ")
        surface, form = names[key]
        person = c.person(key)
        if person.entity is None:
            c.entity_count += 1
            person.entity = f"p{c.entity_count}"
        c.doc.span(surface, "PERSON", form, person.entity)
        c.doc.text(": ")
        c.render(fragment)


def compose_casenote(c: Composer, sections: dict[str, tuple[str, ...]]) -> None:
    rng = c.rng
    c.person("self", "m")  # the narrative pieces say "his"
    c.literal(rng.choice(sections["title"]) + "\n")
    visit = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/20{rng.randint(19, 26)}"
    c.literal(f"Date of visit: {visit}\n")
    fields = sections["field"]
    c.render(rng.choice(fields[:2]) + "\n")
    wanted = rng.randint(2, 7)
    used: set[str] = set()
    for fragment in pick(rng, fields[2:], len(fields)):
        family = FIELD_FAMILIES.get(fragment.split(":")[0], fragment.split(":")[0])
        if family not in used and len(used) < wanted:
            used.add(family)
            c.render(fragment + "\n")
    c.literal("\n")
    joiner = rng.choice((" ", "\n"))
    for i, fragment in enumerate(pick(rng, sections["narrative"], rng.randint(3, 7))):
        if i:
            c.literal(joiner)
        c.render(fragment)
    c.literal("\n\n")
    c.render(rng.choice(sections["footer"]))


def compose_monologue(c: Composer, sections: dict[str, tuple[str, ...]]) -> None:
    rng = c.rng
    labelled = rng.random() < 0.65
    roles = rng.choice(ROLE_LAYOUTS)
    questions = pick(rng, sections["question"], rng.randint(1, 3) if labelled else 1)
    turns = list(sections["turn"])
    rng.shuffle(turns)
    for q, question in enumerate(questions):
        if labelled:
            if q:
                c.literal("\n\n")
            c.doc.decoy(roles[0], "role")
            c.literal(f": {question}\n\n")
            c.doc.decoy(roles[1], "role")
            c.literal(": ")
        for i in range(rng.randint(4, 9)):
            if not turns:
                break
            fragment = turns.pop()
            if i:
                c.literal("\n" if rng.random() < 0.15 else " ")
                if rng.random() < 0.3:
                    c.literal(rng.choice(FILLERS))
                    if re.match(r"[A-Z][a-z]", fragment):
                        fragment = fragment[0].lower() + fragment[1:]
            c.render(fragment)


COMPOSERS = {
    "survey": compose_survey,
    "email": compose_email,
    "chat": compose_chat,
    "casenote": compose_casenote,
    "monologue": compose_monologue,
}


def build_documents() -> list[dict[str, object]]:
    pools = Pools.load()
    pieces = load_pieces()
    rng = random.Random(SEED)
    documents = []
    for style, count in STYLE_COUNTS:
        for _ in range(count):
            composer = Composer(pools, random.Random(rng.getrandbits(64)), style)
            COMPOSERS[style](composer, pieces[style])
            text = composer.doc.joined()
            if style in ("casenote", "monologue") and composer.rng.random() < 0.3:
                text = hard_wrap(text, composer.rng.choice((60, 72, 80)))
            documents.append(
                {
                    "style": style,
                    "format": "txt",
                    "text": text,
                    "spans": composer.doc.spans,
                    "decoys": composer.doc.decoys,
                }
            )
    rng.shuffle(documents)
    return [{"id": f"b-{i:04d}", **doc} for i, doc in enumerate(documents, start=1)]


def build_corpus_text() -> str:
    lines = [json.dumps(doc, ensure_ascii=False) for doc in build_documents()]
    return "\n".join(lines) + "\n"


def stats(documents: list[dict[str, object]]) -> str:
    by_type: Counter[str] = Counter()
    by_form: Counter[str] = Counter()
    by_style: Counter[str] = Counter()
    decoys: Counter[str] = Counter()
    by_type_style: Counter[tuple[str, str]] = Counter()
    people = 0
    repeated = 0
    for doc in documents:
        by_style[str(doc["style"])] += 1
        spans = doc["spans"]
        assert isinstance(spans, list)
        mentions = Counter(s["entity"] for s in spans if s["type"] == "PERSON")
        people += len(mentions)
        repeated += sum(1 for count in mentions.values() if count > 1)
        for span in spans:
            by_type[span["type"]] += 1
            by_type_style[(span["type"], str(doc["style"]))] += 1
            by_form[f"{span['type']}/{span['form']}"] += 1
        decoy_list = doc["decoys"]
        assert isinstance(decoy_list, list)
        for decoy in decoy_list:
            decoys[decoy["kind"]] += 1
    out = [
        f"documents: {len(documents)}",
        f"distinct people (entities, counted per document): {people}",
        f"people mentioned more than once in their document: {repeated}",
    ]
    for title, counter in (
        ("style", by_style),
        ("type", by_type),
        ("type/form", by_form),
        ("decoy kind", decoys),
    ):
        out.append(f"\n| {title} | count |\n|---|---|")
        out.extend(f"| {key} | {value} |" for key, value in sorted(counter.items()))
        out.append(f"| total | {sum(counter.values())} |")
    styles = [style for style, _count in STYLE_COUNTS]
    out.append(f"\n| type | {' | '.join(styles)} |\n|---|{'---|' * len(styles)}")
    for label in sorted(by_type):
        row = " | ".join(str(by_type_style[(label, style)]) for style in styles)
        out.append(f"| {label} | {row} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with corpus.jsonl")
    parser.add_argument("--stats", action="store_true", help="print counts as markdown")
    args = parser.parse_args(argv)
    text = build_corpus_text()
    if args.stats:
        print(stats([json.loads(line) for line in text.splitlines()]))
        return 0
    if args.check:
        same = CORPUS.read_text(encoding="utf-8") == text
        print("corpus.jsonl reproduced" if same else "corpus.jsonl differs from the generator")
        return 0 if same else 1
    CORPUS.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
