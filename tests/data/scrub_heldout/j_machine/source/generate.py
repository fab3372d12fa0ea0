"""Held-out scrub corpus J: interviews and focus groups as machines and vendors deliver them.

Five layouts, 80 documents each: raw speech-recognition output (`asr`), meeting-tool exports
whose speaker labels are people's names (`meeting`), professional verbatim transcripts
(`verbatim`), intelligent-verbatim cleaned transcripts (`clean`) and focus groups
(`focus`). The talk is a wellbeing study of Ministry of Defence staff: postings, families,
welfare, colleagues, health and moving house.

Every label is recorded at the moment its text is appended (a document is a list of
plain, span and decoy pieces), so offsets are exact by construction.

    python generate.py            # writes ../corpus.jsonl
    python generate.py --check    # rebuilds in memory and compares byte for byte
    python generate.py --stats    # the counts SOURCE.md quotes
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

import pools as P

SEED = 20261214
STYLES = ["asr", "meeting", "verbatim", "clean", "focus"]
PER_STYLE = 80
MAX_MENTIONS = 6
MIN_WORDS, MAX_WORDS = 40, 450
OUT = Path(__file__).resolve().parent.parent / "corpus.jsonl"


# ---------------------------------------------------------------- pieces and documents


class S(NamedTuple):
    """A labelled identifier: type, its text, its form and (PERSON only) whose it is."""

    type: str
    text: str
    form: str
    person: object = None


class D(NamedTuple):
    """Text that must survive scrubbing, of a named kind."""

    kind: str
    text: str


def _name_words() -> set[str]:
    words: set[str] = set()
    for men, women, surnames in P.ORIGINS.values():
        for name in [*men, *women, *surnames]:
            words.update(w.lower() for w in re.findall(r"[^\W\d_][\w'-]*", name))
    for name in [*P.FEMININE.values(), *P.BOUND_NICKNAMES.values()]:
        words.add(name.lower())
    for dims in P.DIMINUTIVES.values():
        words.update(d.lower() for d in dims)
    for nicks in P.LOOSE_NICKNAMES.values():
        words.update(n.lower() for n in nicks)
    words.update(n.lower() for n in P.ANY_NICKNAMES)
    return {w for w in words if len(w) >= 3}


# A pool name word written in plain text is an ordinary word (will, frank, long, grace):
# it is marked a `word` decoy where it is written, so it must survive.
ORDINARY = re.compile(
    r"(?<!\w)("
    + "|".join(sorted(map(re.escape, _name_words()), key=len, reverse=True))
    + r")(?!\w)",
    re.I,
)


class Doc:
    """Text built piece by piece, recording every label at the moment it is appended."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.last = ""
        self.spans: list[dict] = []
        self.decoys: list[dict] = []
        self.keys: dict[int, str] = {}

    def _raw(self, text: str) -> None:
        if text:
            self.parts.append(text)
            self.length += len(text)
            self.last = text[-1]

    def plain(self, text: str) -> None:
        if text.startswith(" ") and self.last in ("", " ", "\n"):
            text = text.lstrip(" ")
        at = 0
        for match in ORDINARY.finditer(text):
            self._raw(text[at : match.start()])
            self.decoy("word", match.group())
            at = match.end()
        self._raw(text[at:])

    def span(self, piece: S) -> None:
        assert piece.text and piece.text == piece.text.strip(), piece
        start = self.length
        self._raw(piece.text)
        record = {"type": piece.type, "start": start, "end": self.length, "form": piece.form}
        if piece.type == "PERSON":
            key = id(piece.person)
            self.keys.setdefault(key, f"p{len(self.keys) + 1}")
            record["entity"] = self.keys[key]
        self.spans.append(record)

    def decoy(self, kind: str, text: str) -> None:
        assert text and text == text.strip(), (kind, text)
        start = self.length
        self._raw(text)
        self.decoys.append({"start": start, "end": self.length, "kind": kind})

    def put(self, pieces: list) -> None:
        for piece in pieces:
            if isinstance(piece, S):
                self.span(piece)
            elif isinstance(piece, D):
                self.decoy(piece.kind, piece.text)
            else:
                self.plain(piece)

    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- numbers in words

ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = [
    "_",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def number_words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return TENS[tens] + (f"-{ONES[ones]}" if ones else "")
    if n == 100:
        return "a hundred"
    hundreds, rest = divmod(n, 100)
    return f"{ONES[hundreds]} hundred" + (f" and {number_words(rest)}" if rest else "")


def ordinal_words(n: int) -> str:
    if n <= 20:
        return ORDINALS[n]
    tens, ones = divmod(n, 10)
    return f"{TENS[tens]}-{ORDINALS[ones]}" if ones else TENS[tens][:-1] + "ieth"


def year_words(year: int, rng: random.Random) -> str:
    if 2000 <= year < 2010:
        return f"two thousand and {ONES[year - 2000]}"
    if year >= 2010 and rng.random() < 0.5:
        return f"two thousand and {number_words(year - 2000)}"
    high, low = divmod(year, 100)
    return f"{number_words(high)} {('oh ' + ONES[low]) if low < 10 else number_words(low)}"


def ordinal_suffix(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def digits_spoken(digits: str, rng: random.Random, groups: list[int] | None = None) -> str:
    """Digits as people say them: 0 as "oh", runs as "double" and "triple"."""
    zero = "zero" if rng.random() < 0.15 else "oh"
    chunks = []
    for group in _groups(digits, groups):
        words, i = [], 0
        while i < len(group):
            run = 1
            while i + run < len(group) and group[i + run] == group[i] and run < 3:
                run += 1
            word = zero if group[i] == "0" else ONES[int(group[i])]
            if run >= 2 and rng.random() < 0.75:
                words.append(("double " if run == 2 else "triple ") + word)
            else:
                words.extend([word] * run)
            i += run
        chunks.append(" ".join(words))
    return " ".join(chunks)


def _groups(digits: str, sizes: list[int] | None) -> list[str]:
    if not sizes:
        return [digits]
    out, at = [], 0
    for size in sizes:
        out.append(digits[at : at + size])
        at += size
    if at < len(digits):
        out.append(digits[at:])
    return [g for g in out if g]


def plain_ascii(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


# ---------------------------------------------------------------- people

TITLES = {"m": ["Mr"], "f": ["Mrs", "Ms", "Miss"]}
ORIGIN_WEIGHTS = {
    "english": 9,
    "scottish": 3,
    "welsh": 3,
    "irish": 3,
    "polish": 2,
    "nigerian": 2,
    "ghanaian": 2,
    "nepali": 2,
    "fijian": 2,
    "south_asian": 2,
    "caribbean": 2,
    "chinese": 1,
    "somali": 1,
    "zimbabwean": 2,
}
SPLIT_ORIGINS = sorted(
    origin
    for origin, (_, _, surnames) in P.ORIGINS.items()
    if any(s in P.SPLIT_SURNAMES for s in surnames)
)
SURNAME_FORMS = {"full", "sur", "rank", "title", "init", "surfirst", "caps", "split"}


@dataclass(eq=False)
class Person:
    first: str
    sur: str
    sex: str
    origin: str
    age: int
    role: str
    dim: str | None = None
    nick: str | None = None
    rank: tuple | None = None
    title: str = "Mr"
    mentions: int = 0
    surname_said: bool = False
    split_heard: bool = False
    values: dict = field(default_factory=dict)

    @property
    def service(self) -> str | None:
        return self.rank[2] if self.rank else None

    def words(self) -> set[str]:
        names = [self.first, self.sur, self.dim or "", self.nick or ""]
        return {w.lower() for n in names for w in re.findall(r"[^\W\d_][\w'-]*", n)}


class Cast:
    """The people of one document: no two share a name word."""

    def __init__(self, rng: random.Random, split_bias: float = 0.0) -> None:
        self.rng = rng
        self.split_bias = split_bias
        self.people: list[Person] = []
        self.used: set[str] = set()
        self.by_role: dict[tuple, list[Person]] = {}

    def new(
        self,
        role: str,
        sex: str | None = None,
        ages: tuple[int, int] = (20, 55),
        serving: float = 0.0,
        service: str | None = None,
    ) -> Person:
        rng = self.rng
        for _ in range(200):
            origin = rng.choices(list(ORIGIN_WEIGHTS), list(ORIGIN_WEIGHTS.values()))[0]
            if rng.random() < self.split_bias:  # a surname an engine splits into words
                origin = rng.choice(SPLIT_ORIGINS)
            men, women, surnames = P.ORIGINS[origin]
            person_sex = sex or rng.choice("mf")
            first = rng.choice(men if person_sex == "m" else women)
            sur = rng.choice(surnames)
            if origin in SPLIT_ORIGINS and rng.random() < self.split_bias:
                sur = rng.choice([s for s in surnames if s in P.SPLIT_SURNAMES])
            if person_sex == "f":
                sur = P.FEMININE.get(sur, sur)
            age = rng.randint(*ages)
            person = Person(first, sur, person_sex, origin, age, role)
            dims = P.DIMINUTIVES.get(first)
            if dims:
                person.dim = rng.choice(dims)
            if rng.random() < serving:
                person.rank = self._rank(age, service)
                nick = P.BOUND_NICKNAMES.get(sur)
                loose = P.LOOSE_NICKNAMES.get(origin)
                if nick and person_sex == "m" and rng.random() < 0.8:
                    person.nick = nick
                elif loose and person_sex == "m" and rng.random() < 0.5:
                    person.nick = rng.choice(loose)
                elif person_sex == "m" and rng.random() < 0.35:
                    person.nick = rng.choice(P.ANY_NICKNAMES)
            person.title = rng.choice(TITLES[person_sex])
            person.split_heard = sur in P.SPLIT_SURNAMES and rng.random() < 0.8
            words = person.words()
            if words & self.used or first.lower() == sur.lower() or len(words) < 2:
                continue
            self.used |= words
            self.people.append(person)
            return person
        raise RuntimeError("cast exhausted")

    def _rank(self, age: int, service: str | None) -> tuple:
        fits = [r for r in P.RANKS if r[3] <= age and (service is None or r[2] == service)]
        return self.rng.choice(fits or [r for r in P.RANKS if r[3] <= 18])

    def related(self, owner: Person, role: str, **kwargs) -> Person:
        """The owner's partner, child, mate...: the same person again while they have
        mentions to spare, else another one."""
        known = self.by_role.setdefault((id(owner), role), [])
        spare = [p for p in known if p.mentions <= MAX_MENTIONS - 2]
        if spare and (role in ("partner", "mum", "dad") or self.rng.random() < 0.6):
            return self.rng.choice(spare)
        if role in ("partner", "mum", "dad") and known:
            return known[0]
        person = self.new(role, **kwargs)
        known.append(person)
        return person


# ---------------------------------------------------------------- the writing context


class Ctx:
    """One document's style, cast and values, and how this style says each identifier."""

    def __init__(self, rng: random.Random, style: str) -> None:
        self.rng = rng
        self.style = style
        self.cast = Cast(rng, split_bias=0.3 if style == "asr" else 0.0)
        self.spoken = {"asr": 0.65, "meeting": 0.35, "verbatim": 0.5, "clean": 0.2, "focus": 0.45}[
            style
        ]
        month = rng.randint(1, 11)
        self.date = dt.date(2026, month, rng.randint(1, 28))
        self.overflow = 0
        self.lower = False  # an engine's output all in lower case
        self.said: set[str] = set()

    def words(self) -> bool:
        return self.rng.random() < self.spoken

    # ---- people

    def can(self, person: Person, room: int = 1) -> bool:
        return person.mentions + room <= MAX_MENTIONS

    def nm(self, person: Person, forms: list[str] | str) -> S | str:
        """A mention of the person in one of the given forms this person can take."""
        rng = self.rng
        if not self.can(person):
            self.overflow += 1
            return "them"
        wanted = [forms] if isinstance(forms, str) else list(forms)
        usable = [f for f in wanted if self._usable(person, f)]
        form = rng.choice(usable) if usable else ("first" if "spell" not in wanted else "sur")
        if (
            form in ("sur", "full")
            and self.style in ("asr", "verbatim", "focus")
            and rng.random() < 0.4
            and self._usable(person, "typo")
        ):
            form = "typo"
        text = self.render(person, form)
        if self.style == "asr" and person.split_heard and form in ("full", "sur", "rank", "title"):
            heard = P.SPLIT_SURNAMES[person.sur]
            if not self.lower:
                heard = " ".join(word.capitalize() for word in heard.split())
            text = text.replace(person.sur, heard)
            form = "split"
        person.mentions += 1
        if form in SURNAME_FORMS:
            person.surname_said = True
        return S("PERSON", text, form, person)

    def _usable(self, person: Person, form: str) -> bool:
        return {
            "dim": person.dim is not None,
            "nick": person.nick is not None,
            "rank": person.rank is not None,
            "typo": person.surname_said and person.sur in P.MISHEARD,
            "spell": person.surname_said and re.fullmatch(r"[A-Za-z]{3,}", person.sur) is not None,
        }.get(form, True)

    def render(self, person: Person, form: str) -> str:
        rng = self.rng
        first, sur = person.first, person.sur
        if form == "full":
            return f"{first} {sur}"
        if form == "first":
            return first
        if form == "sur":
            return sur
        if form == "dim":
            return person.dim or first
        if form == "nick":
            nick = person.nick or first
            bound = P.BOUND_NICKNAMES.get(sur) == nick
            return f"{nick} {sur}" if bound and rng.random() < 0.4 else nick
        if form == "rank":
            abbr, spoken, _, _ = person.rank
            said = (
                abbr
                if self.style in ("clean", "verbatim", "meeting") and rng.random() < 0.3
                else spoken
            )
            if spoken == "Senior Aircraftman" and person.sex == "f":
                said = said.replace("man", "woman")
            return f"{said} {first} {sur}" if rng.random() < 0.3 else f"{said} {sur}"
        if form == "title":
            if person.title == "Dr" and rng.random() < 0.7:
                return f"Dr {sur}"
            return (
                f"{person.title} {first} {sur}" if rng.random() < 0.2 else f"{person.title} {sur}"
            )
        if form == "init":
            return rng.choice([f"{first[0]}. {sur}", f"{first[0]} {sur}"])
        if form == "surfirst":
            return f"{sur}, {first}"
        if form == "caps":
            return f"{first} {sur}".upper()
        if form == "firstinit":
            return rng.choice([f"{first} {sur[0]}.", f"{first} {sur[0]}"])
        if form == "typo":
            heard = P.MISHEARD[sur]
            return f"{first} {heard}" if rng.random() < 0.3 else heard
        if form == "spell":
            letters = list(sur.lower() if self.style == "asr" else sur.upper())
            return (
                rng.choice(["-", " "]).join(letters) if self.style != "asr" else " ".join(letters)
            )
        raise ValueError(form)

    def rel(self, owner: Person, role: str) -> Person:
        settings = {
            "partner": dict(
                sex="f" if owner.sex == "m" else "m",
                ages=(max(19, owner.age - 6), owner.age + 4),
                serving=0.25,
            ),
            "child": dict(ages=(2, 17)),
            "mate": dict(ages=(20, 45), serving=1.0, service=owner.service),
            "boss": dict(ages=(28, 50), serving=1.0, service=owner.service),
            "welfare": dict(ages=(28, 58), serving=0.6),
            "medic": dict(ages=(30, 60)),
            "neighbour": dict(ages=(25, 70)),
            "mum": dict(sex="f", ages=(owner.age + 20, owner.age + 32)),
            "dad": dict(sex="m", ages=(owner.age + 22, owner.age + 34)),
            "teacher": dict(ages=(25, 60)),
            "manager": dict(ages=(30, 60)),
            "lost": dict(sex="m", ages=(19, 40), serving=1.0, service=owner.service),
        }[role]
        return self.cast.related(owner, role, **settings)

    # ---- values (drawn once per person)

    def val(self, person: Person, key: str):
        if key not in person.values:
            person.values[key] = self._draw(person, key)
        return person.values[key]

    def _draw(self, person: Person, key: str):
        rng = self.rng
        if key == "mobile":
            if rng.random() < 0.45:
                return "07700900" + f"{rng.randint(0, 999):03d}"
            return (
                "07" + rng.choice("1234579") + "".join(rng.choice("0123456789") for _ in range(8))
            )
        if key == "landline":
            code = rng.choice(["01980", "01748", "01264", "01392", "01326", "01993", "01343"])
            return code + "".join(rng.choice("0123456789") for _ in range(6))
        if key == "service_number":
            if person.rank and person.rank[0] in (
                "Capt",
                "Maj",
                "Lt Col",
                "Flt Lt",
                "Sqn Ldr",
                "Lt Cdr",
            ):
                return "5" + "".join(rng.choice("0123456789") for _ in range(5))
            return rng.choice(["30", "25"]) + "".join(rng.choice("0123456789") for _ in range(6))
        if key == "birthday":
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            year = (
                self.date.year
                - person.age
                - (1 if (month, day) > (self.date.month, self.date.day) else 0)
            )
            return dt.date(year, month, day)
        if key == "street":
            return (
                rng.randint(1, 96),
                rng.choice(P.STREETS),
                rng.randint(1, 9) if rng.random() < 0.15 else 0,
            )
        if key == "postcode":
            area = rng.choice(P.POSTCODE_AREAS)
            letters = "ABDEFGHJLNPQRSTUWXYZ"
            return (
                f"{area}{rng.randint(1, 19)}",
                f"{rng.randint(0, 9)}{rng.choice(letters)}{rng.choice(letters)}",
            )
        if key == "email":
            first = plain_ascii(person.first).lower().replace(" ", "")
            sur = re.sub(r"[^a-z]", "", plain_ascii(person.sur).lower())
            born = str(self.date.year - person.age)[2:]
            local = rng.choice(
                [
                    f"{first}.{sur}",
                    f"{first[0]}{sur}",
                    f"{sur}.{first[0]}",
                    f"{first}{sur}{born}",
                    f"{first}_{sur}",
                ]
            )
            domain = rng.choice(
                [
                    "gmail.com",
                    "hotmail.co.uk",
                    "outlook.com",
                    "yahoo.co.uk",
                    "icloud.com",
                    "btinternet.com",
                    "mod.gov.uk",
                ]
            )
            return local, domain
        if key == "home_town":
            return rng.choice(P.HOME_TOWNS_BY_ORIGIN.get(person.origin, P.HOME_TOWNS[:23]))
        raise KeyError(key)

    def age(self, years: int) -> S:
        if self.words():
            text = number_words(years)
            return S("AGE", text.replace("-", " ") if self.style == "asr" else text, "words")
        return S("AGE", str(years), "digits")

    def dob(self, person: Person) -> S:
        rng, day = self.rng, self.val(person, "birthday")
        month = MONTHS[day.month - 1]
        if self.words():
            short = day.year < 2000 and rng.random() < 0.3
            year = number_words(day.year % 100) if short else year_words(day.year, rng)
            text = rng.choice(
                [
                    f"the {ordinal_words(day.day)} of {month} {year}",
                    f"{ordinal_words(day.day)} of {month} {year}",
                    f"{month} the {ordinal_words(day.day)} {year}",
                ]
            )
            if self.style == "asr":
                text = text.replace("-", " ")
            return S("DATE_OF_BIRTH", text, "words")
        if self.style == "asr":
            text = rng.choice(
                [
                    f"{ordinal_suffix(day.day)} of {month} {day.year}",
                    f"{day.day} {month} {day.year}",
                    f"{month} {ordinal_suffix(day.day)} {day.year}",
                ]
            )
            return S("DATE_OF_BIRTH", text, "digits")
        text = rng.choice(
            [
                f"{day.day:02d}/{day.month:02d}/{day.year}",
                f"{day.day}/{day.month}/{day.year % 100:02d}",
                f"{day.day:02d}.{day.month:02d}.{day.year % 100:02d}",
                f"{ordinal_suffix(day.day)} of {month} {day.year}",
                f"{day.day} {month} {day.year}",
                f"{month} {ordinal_suffix(day.day)} {day.year}",
                f"{day.day:02d}-{day.month:02d}-{day.year}",
            ]
        )
        return S("DATE_OF_BIRTH", text, "digits")

    def phone(self, person: Person, key: str = "mobile") -> S:
        rng, number = self.rng, self.val(person, key)
        if self.words():
            sizes = [5, 6] if key == "mobile" else [5, 3, 3]
            return S("PHONE", digits_spoken(number, rng, sizes), "words")
        if key == "mobile":
            text = rng.choice(
                [
                    f"{number[:5]} {number[5:]}",
                    number,
                    f"{number[:4]} {number[4:7]} {number[7:]}",
                    f"+44 {number[1:5]} {number[5:]}",
                    f"{number[:5]}-{number[5:]}",
                ]
            )
        else:
            text = rng.choice(
                [f"{number[:5]} {number[5:]}", f"({number[:5]}) {number[5:]}", number]
            )
        return S("PHONE", text, "digits")

    def service_number(self, person: Person) -> S:
        rng, number = self.rng, self.val(person, "service_number")
        if self.words():
            return S(
                "SERVICE_NUMBER",
                digits_spoken(number, rng, [2, 2, 2, 2] if rng.random() < 0.3 else None),
                "words",
            )
        if len(number) == 8:
            text = rng.choice(
                [number, f"{number[:4]} {number[4:]}", f"{number[:2]} {number[2:5]} {number[5:]}"]
            )
        else:
            text = rng.choice([number, f"{number[:3]} {number[3:]}"])
        return S("SERVICE_NUMBER", text, "digits")

    def email(self, person: Person) -> S:
        local, domain = self.val(person, "email")
        if self.words():
            said = []
            for part in re.findall(r"[a-z]+|\d+|[._@]", f"{local}@{domain}"):
                if part.isdigit():
                    said.append(number_words(int(part)).replace("-", " "))
                else:
                    said.append({".": "dot", "_": "underscore", "@": "at"}.get(part, part))
            return S("EMAIL", " ".join(said), "words")
        return S("EMAIL", f"{local}@{domain}", "plain")

    def address(self, person: Person) -> list:
        rng = self.rng
        number, street, flat = self.val(person, "street")
        said_number = number_words(number) if self.words() else str(number)
        if self.style == "asr":
            said_number = said_number.replace("-", " ")
        text = f"{said_number} {street}"
        if flat:
            text = f"Flat {flat}, {text}" if self.style != "asr" else f"flat {flat} {text}"
        lead = "number " if not flat and rng.random() < 0.35 else ""
        return [lead, S("ADDRESS", text, "street")]

    def postcode(self, person: Person) -> S:
        rng = self.rng
        outward, inward = self.val(person, "postcode")
        if self.words():
            chars = []
            for ch in outward + inward:
                chars.append(ONES[int(ch)] if ch.isdigit() else ch.lower())
            return S("POSTCODE", " ".join(chars), "words")
        text = rng.choice(
            [f"{outward} {inward}", f"{outward}{inward}", f"{outward} {inward}".lower()]
        )
        return S("POSTCODE", text, "plain")

    def town(self, near: bool = False) -> S:
        return S("LOCATION", self.rng.choice(P.NEAR_BASE_TOWNS if near else P.HOME_TOWNS), "town")

    def home_town(self, person: Person) -> S:
        return S("LOCATION", self.val(person, "home_town"), "town")

    def base(self, service: str | None = None) -> S:
        rng = self.rng
        choices = [b for b in P.BASES if service is None or b[3] == service] or P.BASES
        written, short, form, _ = rng.choice(choices)
        if short and rng.random() < 0.45:
            return S("BASE", short, "abbreviation" if form != "garrison" else "garrison")
        return S("BASE", written, form)

    def unit(self, service: str | None = None, form: str | None = None) -> S:
        rng = self.rng
        choices = [
            u
            for u in P.UNITS
            if (service is None or u[3] == service) and (form is None or u[2] == form)
        ]
        written, spoken, unit_form, _ = rng.choice(choices or P.UNITS)
        if self.style == "asr" and rng.random() < 0.7:
            return S("UNIT", spoken, unit_form)
        return S("UNIT", written, unit_form)

    def year(self, year: int) -> D:
        if self.words():
            text = year_words(year, self.rng)
            return D("year", text.replace("-", " ") if self.style == "asr" else text)
        return D("year", str(year))

    def count(self, n: int, what: str) -> D:
        said = number_words(n) if self.words() or n < 10 else str(n)
        if self.style == "asr":
            said = said.replace("-", " ")
        return D("count", f"{said} {what}{'' if n == 1 else 's'}")

    def money(self, dear: bool = False) -> D:
        rng = self.rng
        amount = rng.choice(
            [1800, 2500, 3500, 4000] if dear else [150, 300, 450, 800, 1200, 60, 95]
        )
        if self.words():
            said = (
                ["two grand", "three and a half grand", "four grand"]
                if dear
                else [
                    f"{number_words(amount) if amount < 100 else str(amount)} quid",
                    "a couple of hundred quid",
                ]
            )
            return D("money", rng.choice(said))
        return D("money", rng.choice([f"£{amount:,}", f"£{amount}", f"{amount} pounds"]))

    def month(self) -> D:
        return D("date", self.rng.choice(MONTHS))

    def a_date(self, month_alone: bool = False) -> D:
        """A date that is not a birth date (a move, an appointment, a homecoming)."""
        rng = self.rng
        day, month = rng.randint(1, 28), rng.choice(MONTHS)
        if month_alone and rng.random() < 0.4:
            return D("date", month)
        if self.words():
            return D(
                "date",
                rng.choice(
                    [f"the {ordinal_words(day)} of {month}", f"{month} the {ordinal_words(day)}"]
                ),
            )
        return D(
            "date",
            rng.choice(
                [f"{day} {month}", f"{ordinal_suffix(day)} {month}", f"{day}/{rng.randint(1, 12)}"]
            ),
        )

    def time(self, part: str = "any") -> D:
        morning = ["0630", "7am", "quarter to eight", "08:15", "half six", "0700"]
        evening = ["half five", "1700", "6pm", "five", "quarter past four", "1630"]
        other = ["10:40", "two o'clock", "9pm", "midnight", "11am", "ten past three"]
        pool = {"morning": morning, "evening": evening}.get(part, morning + evening + other)
        return D("time", self.rng.choice(pool))

    def weekday(self) -> D:
        return D("weekday", self.rng.choice(WEEKDAYS))

    def product(self) -> D:
        return D("product", self.rng.choice(P.PRODUCTS))

    def charity(self) -> D:
        return D("product", self.rng.choice(P.CHARITIES))

    def served(self, person: Person) -> int:
        """Years served, fixed per person: joined at 16 or later."""
        if "served" not in person.values:
            joined = self.rng.randint(16, max(16, min(26, person.age - 1)))
            person.values["served"] = max(1, person.age - joined)
        return person.values["served"]

    def role_word(self) -> D:
        return D("rank", self.rng.choice(P.ROLE_WORDS))

    def place_word(self) -> D:
        return D("place_word", self.rng.choice(P.PLACE_WORDS))

    def age_band(self) -> D:
        return D("age_band", self.rng.choice(P.AGE_BANDS))

    def score(self) -> D:
        return D(
            "score", self.rng.choice(["3-1", "24-17", "2-2", "four-nil", "31-12", "two-one", "5-0"])
        )

    def service_word(self, person: Person) -> D:
        return D("service", person.service or self.rng.choice(["Army", "RAF", "Navy"]))


def he(p: Person) -> str:
    return "he" if p.sex == "m" else "she"


def his(p: Person) -> str:
    return "his" if p.sex == "m" else "her"


def partner_word(p: Person) -> str:
    return {"m": "husband", "f": "wife"}[p.sex] if p.values.get("married", True) else "partner"


# ---------------------------------------------------------------- what participants say
# Each answer builder returns the pieces of one or two sentences, in proper case and with
# punctuation; a style's renderer lowers, strips and roughens them afterwards.


def a_intro(c: Ctx, me: Person) -> list:
    pieces = ["My name's ", c.nm(me, ["full", "rank"]), ", I'm ", c.age(me.age), "."]
    if me.service:
        served = c.served(me)
        pieces += [" I've done ", c.count(served, "year"), " in the ", c.service_word(me), "."]
    return pieces


def a_joined(c: Ctx, me: Person) -> list | None:
    if not me.service:
        return None
    served = c.served(me)
    joined = me.age - served
    year = c.date.year - served
    return [
        "I joined up at ",
        c.age(joined),
        ", back in ",
        c.year(year),
        ", and went straight to ",
        c.base(me.service),
        " with ",
        c.unit(me.service),
        ".",
    ]


def a_postings(c: Ctx, me: Person) -> list | None:
    if not me.service:
        return None
    return [
        "We've had ",
        c.count(c.rng.randint(3, 7), "move"),
        " in ",
        c.count(c.rng.randint(6, 12), "year"),
        ". ",
        c.base(me.service),
        ", then ",
        c.base(me.service),
        ", and now ",
        c.base(me.service),
        ", and every time it's a new school and a new GP.",
    ]


def a_partner(c: Ctx, me: Person) -> list:
    partner = c.rel(me, "partner")
    word = "wife" if partner.sex == "f" else "husband"
    return [
        f"My {word} ",
        c.nm(partner, ["first", "full", "dim"]),
        " is ",
        c.age(partner.age),
        f", and {he(partner)}'s had to give up {his(partner)} job every time we move.",
    ]


def a_kids(c: Ctx, me: Person) -> list:
    eldest, young = sorted([c.rel(me, "child"), c.rel(me, "child")], key=lambda p: -p.age)
    if eldest is young or eldest.age == young.age:
        return [
            "Our little one, ",
            c.nm(eldest, ["first", "dim"]),
            ", is ",
            c.age(eldest.age),
            " and ",
            he(eldest),
            " still asks when we're going home.",
        ]
    return [
        "Our eldest, ",
        c.nm(eldest, ["first", "dim"]),
        ", is ",
        c.age(eldest.age),
        ", and ",
        c.nm(young, ["first", "dim"]),
        "'s ",
        c.age(young.age),
        ". They've done ",
        c.count(c.rng.randint(2, 5), "school"),
        " already.",
    ]


def a_school(c: Ctx, me: Person) -> list:
    child, teacher = c.rel(me, "child"), c.rel(me, "teacher")
    return [
        "When ",
        c.nm(child, ["first", "dim"]),
        " started at the new school in ",
        c.town(True),
        ", the teacher, ",
        c.nm(teacher, ["title"]),
        ", was brilliant with ",
        "him" if child.sex == "m" else "her",
        ".",
    ]


def a_quarter(c: Ctx, me: Person) -> list:
    return [
        "The quarter at ",
        *c.address(me),
        " had black mould in every room. I rang ",
        c.role_word(),
        " and it took ",
        c.count(c.rng.randint(3, 9), "week"),
        " for anyone to come out.",
    ]


def a_moved(c: Ctx, me: Person) -> list:
    return [
        "We moved into ",
        *c.address(me),
        ", ",
        c.town(True),
        ", ",
        c.postcode(me),
        ", on ",
        c.a_date(),
        ", and the removals turned up at ",
        c.time(),
        ".",
    ]


def a_money(c: Ctx, me: Person) -> list:
    return [
        "The allowance was about ",
        c.money(),
        ", but the move cost us ",
        c.money(dear=True),
        " by the time we'd paid for cleaning.",
    ]


def a_welfare(c: Ctx, me: Person) -> list:
    officer = c.rel(me, "welfare")
    return [
        "The welfare officer, ",
        c.nm(officer, ["rank", "title", "full"] if officer.rank else ["title", "full"]),
        ", gave me a number for ",
        c.charity(),
        " and I rang them that ",
        c.weekday(),
        ".",
    ]


def a_mate(c: Ctx, me: Person) -> list:
    mate = c.rel(me, "mate")
    return [
        "My mate ",
        c.nm(mate, ["nick", "nick", "first", "full", "dim"]),
        " from ",
        c.unit(mate.service),
        f" was the one who noticed. {he(mate).capitalize()} said I wasn't myself.",
    ]


def a_quote(c: Ctx, me: Person) -> list:
    boss = c.rel(me, "boss")
    line = c.rng.choice(
        [
            "you're not fit to deploy",
            "get yourself to the med centre",
            "take the week, sort your family out",
            "you're on the next course whether you like it or not",
        ]
    )
    named = c.nm(me, ["sur", "first"]) if c.can(me, 2) else "mate"
    return [
        "And ",
        c.nm(boss, ["rank", "rank", "sur"]),
        " turns round and says, ‘",
        named,
        f", {line}.’",
    ]


def a_quote_mate(c: Ctx, me: Person) -> list:
    mate = c.rel(me, "mate")
    named = c.nm(me, ["dim", "first", "nick", "sur"]) if c.can(me, 2) else "mate"
    return [
        "I remember ",
        c.nm(mate, ["first", "nick", "dim"]),
        " saying, ‘",
        named,
        ", you look like death, mate.’ And ",
        he(mate),
        " wasn't wrong.",
    ]


def a_health(c: Ctx, me: Person) -> list:
    medic = c.rel(me, "medic")
    medic.title = "Dr"
    hurt = c.rng.randint(19, max(20, me.age - 1))
    return [
        "I saw ",
        c.nm(medic, ["title"]),
        " at ",
        D("place_word", "the med centre"),
        " about my knee. I was ",
        c.age(hurt),
        " when I did it on exercise.",
    ]


def a_mind(c: Ctx, me: Person) -> list:
    return [
        "I've been using ",
        D("product", c.rng.choice(P.APPS)),
        " and ",
        c.charity(),
        ", and to be fair ",
        D("rank", "the padre"),
        " has been good, I'll be frank with you.",
    ]


def a_family_home(c: Ctx, me: Person) -> list:
    mum, dad = c.rel(me, "mum"), c.rel(me, "dad")
    return [
        "My mum's still in ",
        c.home_town(me),
        ", she's ",
        c.age(mum.age),
        " now, and my dad, ",
        c.nm(dad, ["first", "full"]),
        ", isn't well, so every posting is further away.",
    ]


def a_band(c: Ctx, me: Person) -> list:
    if me.age < 32:
        band = c.rng.choice(["in their thirties", "mid-thirties", "in their forties", "over 30"])
        return [
            "Most of the team are ",
            D("age_band", band),
            ", so I'm the baby at ",
            c.age(me.age),
            ".",
        ]
    band = c.rng.choice(
        ["late twenties", "early twenties", "in their twenties", "late teens", "under 25"]
    )
    return [
        "Most of the lads in the section are ",
        D("age_band", band),
        ", so I'm the old one at ",
        c.age(me.age),
        ".",
    ]


def a_sport(c: Ctx, me: Person) -> list:
    mate = c.rel(me, "mate")
    score = c.score()
    home, away = re.split(r"-", score.text, maxsplit=1)
    return [
        "We drew " if home == away else "We lost ",
        score,
        " to the signals on ",
        c.weekday(),
        " and ",
        c.nm(mate, ["sur", "nick", "first"]),
        " got sent off, so that's the team done for the season.",
    ]


def a_fitness(c: Ctx, me: Person) -> list | None:
    if not me.service:
        return None
    mark = c.rng.choice(
        ["92%", "nine out of ten", "a pass", "level 10.4", "84 per cent", "an excellent"]
    )
    return [
        "I got ",
        D("score", mark),
        " on the fitness test in ",
        c.month(),
        ", which after the knee was a result.",
    ]


ORDINARY_LINES = [
    "To be frank, I hope it gets better, but I will say the gas bill alone was a shock.",
    "Mark my words, it was a long time before anyone listened.",
    "When the kids were young it was easier, we were a stone's throw from the village hall.",
    "They'll rob you blind on the rent out there, I nearly decided to sue them.",
    "The one saving grace was the neighbours, honestly.",
    "No joy from the housing, and I lost faith in the system a bit.",
    "We drew the short straw with that house, I had to chase it up every week.",
    "House hunting in the middle of a posting, I nearly said I'd jack it in.",
    "We were up at dawn for the drive, and the woods round the quarter were lovely.",
    "You could hear the church bell from the garden, a pat on the back for whoever picked it.",
    "There was moss all over the roof and the white goods were ancient.",
    "We got a grant from the Legion for the deposit, which was a godsend.",
    "I was cross with everyone for a while, but I'll get over it.",
]


def a_ordinary(c: Ctx, me: Person) -> list:
    """A sentence full of ordinary words that are also names, none twice in a document."""
    fresh = [line for line in ORDINARY_LINES if line not in c.said] or ORDINARY_LINES
    line = c.rng.choice(fresh)
    c.said.add(line)
    return [line]


def a_phone(c: Ctx, me: Person) -> list:
    return ["My number's ", c.phone(me), ", that's the best one to get me on."]


def a_landline(c: Ctx, me: Person) -> list:
    return ["Or the house phone, ", c.phone(me, "landline"), ", but nobody answers it."]


def a_partner_phone(c: Ctx, me: Person) -> list:
    partner = c.rel(me, "partner")
    word = "wife" if partner.sex == "f" else "husband"
    return [
        f"If I'm away you can get my {word}, ",
        c.nm(partner, ["first", "dim", "full"]),
        ", on ",
        c.phone(partner),
        ".",
    ]


def a_service_number(c: Ctx, me: Person) -> list | None:
    if not me.service:
        return None
    return ["Service number's ", c.service_number(me), ", if you need it for the form."]


def a_email(c: Ctx, me: Person) -> list:
    return ["Best email is ", c.email(me), "."]


def a_dob(c: Ctx, me: Person) -> list:
    return ["I was born on ", c.dob(me), "."]


def a_spell(c: Ctx, me: Person) -> list:
    if not me.surname_said:
        return ["It's ", c.nm(me, ["sur"]), ", that's ", c.nm(me, ["spell"]), "."]
    return ["That's ", c.nm(me, ["spell"]), "."]


def a_deployed(c: Ctx, me: Person) -> list | None:
    if not me.service:
        return None
    child = c.rel(me, "child")
    return [
        "I was away with ",
        c.unit(me.service),
        " for ",
        c.count(c.rng.randint(4, 9), "month"),
        ", came back in ",
        c.month(),
        " and ",
        c.nm(child, ["first", "dim"]),
        " didn't know who I was.",
    ]


def a_neighbour(c: Ctx, me: Person) -> list:
    neighbour = c.rel(me, "neighbour")
    return [
        "Our neighbour ",
        c.nm(neighbour, ["first", "full", "title"]),
        " had the dog for us while we moved, ",
        he(neighbour),
        "'s ",
        c.age(neighbour.age),
        " and sharp as anything.",
    ]


def a_colleague(c: Ctx, me: Person) -> list:
    mate = c.rel(me, "mate")
    word = "lad" if mate.sex == "m" else "lass"
    tours = c.rng.randint(1, 2) if mate.age < 25 else c.rng.randint(2, 4)
    return [
        f"There's a {word}, ",
        c.nm(mate, ["full", "rank"]),
        f", {he(mate)}'s only ",
        c.age(mate.age),
        f" and {he(mate)}'s done ",
        c.count(tours, "tour"),
        " already.",
    ]


def a_routine(c: Ctx, me: Person) -> list:
    return [
        "It's PT at ",
        c.time("morning"),
        ", work till ",
        c.time("evening"),
        ", then home to do bath time, and the ",
        c.weekday(),
        " duties on top.",
    ]


def a_civil(c: Ctx, me: Person) -> list | None:
    if me.service:
        return None
    manager = c.rel(me, "manager")
    return [
        "I'm a civil servant, ",
        D("rank", c.rng.choice(["an EO", "a HEO", "a band C", "an AO"])),
        " in the finance team, and my manager, ",
        c.nm(manager, ["first", "full"]),
        ", has been really supportive.",
    ]


def a_year(c: Ctx, me: Person) -> list | None:
    if not me.service:
        return None
    year = c.rng.randint(2012, 2025)
    return [
        "In ",
        c.year(year),
        " we got posted to ",
        c.base(me.service),
        ", and by ",
        c.a_date(month_alone=True),
        " I knew it wasn't working for the family.",
    ]


def a_lost(c: Ctx, me: Person) -> list | None:
    if not me.service:
        return None
    lost = c.rel(me, "lost")
    return [
        "We lost a lad, ",
        c.nm(lost, ["rank", "full", "nick"]),
        ", in ",
        c.year(c.rng.randint(2009, 2024)),
        ". He was only ",
        c.age(lost.age),
        ". I still think about him.",
    ]


def a_home_town(c: Ctx, me: Person) -> list:
    return ["I'm from ", c.home_town(me), " originally, so the family's a long way off."]


def a_appointment(c: Ctx, me: Person) -> list:
    who = c.rng.choice(["the physio", "the GP", "the CMHN", "the padre", "the welfare officer"])
    when = [c.a_date(), " at ", c.time()]
    return ["My next appointment's on ", *when, " with ", D("rank", who), "."]


def a_spell_other(c: Ctx, me: Person) -> list:
    """Someone else's surname, then the letters of it, as people do for a name they expect
    the transcriber to get wrong."""
    officer = c.rel(me, "welfare")
    if not c.can(officer, 2) or not re.fullmatch(r"[A-Za-z]{3,}", officer.sur):
        return a_ordinary(c, me)
    named = c.nm(officer, ["rank", "title", "full"] if officer.rank else ["title", "full"])
    if not officer.surname_said:
        return a_ordinary(c, me)
    return [
        "The one who actually helped was ",
        named,
        ", that's ",
        c.nm(officer, ["spell"]),
        ", if you want to talk to them.",
    ]


def a_pay(c: Ctx, me: Person) -> list | None:
    if not me.service:
        return None
    return [
        D("product", "JPA"),
        " had me on the wrong allowance for ",
        c.count(c.rng.randint(2, 8), "month"),
        ". I must have read my service number, ",
        c.service_number(me),
        ", out to them ten times.",
    ]


def a_work_email(c: Ctx, me: Person) -> list:
    return ["I'll send the form back from ", c.email(me), ", that's the one I check."]


def a_typo(c: Ctx, me: Person) -> list:
    """A second mention of someone already named with the surname, heard wrong."""
    known = [
        p
        for p in c.cast.people
        if p.surname_said and p is not me and c.can(p) and p.sur in P.MISHEARD
    ]
    if not known:
        return a_ordinary(c, me)
    person = c.rng.choice(known)
    return ["Like I said, ", c.nm(person, ["typo"]), " was good to us, better than most."]


ANSWERS = [
    a_joined,
    a_postings,
    a_partner,
    a_kids,
    a_school,
    a_quarter,
    a_moved,
    a_money,
    a_welfare,
    a_mate,
    a_quote,
    a_quote_mate,
    a_health,
    a_mind,
    a_family_home,
    a_band,
    a_sport,
    a_fitness,
    a_ordinary,
    a_ordinary,
    a_deployed,
    a_neighbour,
    a_colleague,
    a_routine,
    a_year,
    a_lost,
    a_home_town,
    a_appointment,
    a_typo,
    a_partner_phone,
    a_civil,
    a_spell_other,
    a_typo,
    a_pay,
    a_work_email,
]

# Questions an interviewer asks, with the answer they draw (None: any answer).
QUESTIONS = [
    ("Just for the recording, could you say your name and date of birth?", [a_intro, a_dob]),
    ("And how do you spell your surname?", [a_spell]),
    ("Could I take a contact number, in case we need to follow up?", [a_phone]),
    ("And is there a landline as well?", [a_landline]),
    ("What's your service number, just for the consent form?", [a_service_number]),
    ("And the best email for the summary?", [a_email]),
    ("Where are you living at the moment?", [a_moved]),
    ("Can you tell me a bit about your time in so far?", [a_joined, a_postings]),
    ("How has the last posting been for the family?", [a_partner, a_kids]),
    ("What support did you get when you moved?", [a_welfare, a_money]),
    ("Who did you turn to when things got difficult?", [a_mate, a_quote_mate]),
    ("How has your health been, physically and mentally?", [a_health, a_mind]),
    ("And what about the housing?", [a_quarter, a_ordinary]),
    ("How did your chain of command deal with it?", [a_quote, a_band]),
    ("How are the kids finding it?", [a_school, a_kids]),
    ("What does a normal week look like?", [a_routine, a_sport]),
    ("Have you been deployed since you had the children?", [a_deployed]),
    ("Is there anyone at work who's made a difference?", [a_colleague, a_civil]),
    ("What about your own family, back home?", [a_family_home, a_home_town]),
    ("Has anything happened that you still carry with you?", [a_lost]),
    ("Was there anyone in particular on the welfare side?", [a_spell_other, a_typo]),
    ("And how old are you now, if you don't mind me asking?", [a_band]),
    ("Anything else you'd like to add?", [a_ordinary, a_year]),
]


# ---------------------------------------------------------------- how each style delivers talk

FILLER_RATE = {"asr": 0.35, "verbatim": 0.3, "focus": 0.25, "meeting": 0.1, "clean": 0.0}
FALSE_START_RATE = {"asr": 0.2, "verbatim": 0.15, "focus": 0.12, "meeting": 0.0, "clean": 0.0}


def roughen(c: Ctx, pieces: list, lower: bool) -> list:
    """The talk as this style writes it: an engine lowers it, drops punctuation and keeps
    every um and false start; a verbatim transcriber keeps them with punctuation."""
    out: list = []
    for piece in pieces:
        if isinstance(piece, str):
            text = piece
            if c.style == "asr":
                text = re.sub(r" {2,}", " ", re.sub(r"[.,!?;:‘’]", "", text))
            if lower:
                text = text.lower()
            out.extend(_fill(c, text))
        elif isinstance(piece, S):
            out.append(piece._replace(text=piece.text.lower()) if lower else piece)
        else:
            out.append(piece._replace(text=piece.text.lower()) if lower else piece)
    return out


def _fill(c: Ctx, text: str) -> list:
    rng = c.rng
    tokens = text.split(" ")
    real = [t for t in tokens if t]
    if (
        len(real) >= 4
        and tokens[0]
        and tokens[0].isalpha()
        and rng.random() < FALSE_START_RATE[c.style]
    ):
        text = f"{tokens[0]} {text}" if c.style == "asr" else f"{tokens[0]}- {text}"
        tokens = text.split(" ")
    if len(real) < 4 or rng.random() >= FILLER_RATE[c.style]:
        return [text]
    spots = [
        i
        for i in range(1, len(tokens))
        if tokens[i - 1] and tokens[i] and tokens[i - 1][-1].isalpha()
    ]
    if not spots:
        return [text]
    at = rng.choice(spots)
    pool = P.FILLERS_ASR if c.style == "asr" else P.FILLERS_VERBATIM
    comma = "," if c.style != "asr" else ""
    return [
        " ".join(tokens[:at]) + " ",
        D("filler", rng.choice(pool)),
        comma + " " + " ".join(tokens[at:]),
    ]


def stamp(seconds: int, layout: str) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if layout == "m:ss":
        return f"{hours * 60 + minutes}:{secs:02d}"
    if layout == "mm:ss":
        return f"{hours * 60 + minutes:02d}:{secs:02d}"
    if layout == "ms":
        return f"{hours:02d}:{minutes:02d}:{secs:02d}.{(seconds * 37) % 1000:03d}"
    return f"{hours:02d}:{minutes:02d}:{secs:02d}"


def words_in(pieces: list) -> int:
    return sum(len((p if isinstance(p, str) else p.text).split()) for p in pieces)


# ---------------------------------------------------------------- an interview's turns


def interview(c: Ctx, me: Person, asks: int, extra: tuple[int, int], skip_names: bool) -> list:
    """(who, pieces) turns: the interviewer's question, then the participant's answer."""
    rng = c.rng
    pool = [q for q in QUESTIONS if not (skip_names and q[1][0] in (a_intro, a_spell))]
    chosen = rng.sample(pool[1:] if skip_names else pool, asks)
    if not skip_names and rng.random() < 0.45 and QUESTIONS[0] not in chosen:
        chosen[0] = QUESTIONS[0]
    if QUESTIONS[0] in chosen:  # the recording's formalities come first
        chosen.remove(QUESTIONS[0])
        chosen.insert(0, QUESTIONS[0])
    turns = []
    used: set = set()
    for question, builders in chosen:
        turns.append(("res", [question]))
        answer: list = []
        for builder in [*builders, *[None] * rng.randint(*extra)]:
            said = say(c, me, builder, used)
            answer += ([" "] if answer else []) + said
        turns.append(("me", answer))
        if rng.random() < 0.15:
            turns.append(
                ("res", [D("filler", rng.choice(["Mm-hm", "Right", "Okay", "Yeah"])), "."])
            )
            turns.append(("me", a_ordinary(c, me)))
    return turns


def say(c: Ctx, me: Person, builder, used: set, pool: list | None = None) -> list:
    """What the builder says, or (when it does not fit this speaker, or it was used
    already) what another builder not yet used says."""
    said = builder(c, me) if builder is not None and builder not in used else None
    candidates = [b for b in (pool or ANSWERS) if b not in used]
    while said is None:
        builder = c.rng.choice(candidates or ANSWERS)
        said = builder(c, me)
    if builder is not a_ordinary:
        used.add(builder)
    return said


def researcher(c: Ctx) -> Person:
    person = c.cast.new("researcher", ages=(26, 60))
    if c.rng.random() < 0.4:
        person.title = "Dr"
    return person


def participant(c: Ctx, serving: float = 0.85) -> Person:
    return c.cast.new("participant", ages=(19, 58), serving=serving)


# ---------------------------------------------------------------- asr

ASR_LAYOUTS = ["otter", "whisperx", "aws", "plain", "numbered"]
ASR_LABELS = {
    "otter": ("Speaker 1", "Speaker 2", "Speaker 3"),
    "whisperx": ("SPEAKER_00", "SPEAKER_01", "SPEAKER_02"),
    "aws": ("spk_0", "spk_1", "spk_2"),
    "numbered": ("Speaker 1", "Speaker 2", "Speaker 3"),
}


def asr_doc(c: Ctx, n: int) -> Doc:
    rng, doc = c.rng, Doc()
    me = participant(c)
    layout = ASR_LAYOUTS[n % len(ASR_LAYOUTS)]
    lower = c.lower = rng.random() < 0.8
    turns = interview(c, me, rng.randint(3, 5), (0, 1), skip_names=False)
    names = ASR_LABELS.get(layout, ("", "", ""))
    if layout == "numbered" and rng.random() < 0.5:
        names = ("SPEAKER 1", "SPEAKER 2", "SPEAKER 3")
    if rng.random() < 0.3:  # the engine's diarisation numbers the participant first
        names = (names[1], names[0], names[2])
    labels = {"res": names[0], "me": names[1], "partner": names[2]}
    if rng.random() < 0.25:  # the partner in the room, a third voice to the engine
        at = rng.randint(2, len(turns) - 1)
        named = [c.nm(me, ["first", "dim"]), " "] if c.can(me, 2) else []
        turns.insert(at, ("partner", [*named, "tell them about the move. ", *a_kids(c, me)]))
    clock = rng.randint(0, 40)
    for who, pieces in turns:
        talk = roughen(c, pieces, lower)
        end = clock + max(2, words_in(pieces) * 2 // 5)
        if layout == "otter":
            doc.put(
                [
                    D("role", labels[who]),
                    "  ",
                    D("timestamp", stamp(clock, "m:ss")),
                    "\n",
                    *talk,
                    "\n\n",
                ]
            )
        elif layout == "whisperx":
            doc.put(
                [
                    "[",
                    D("timestamp", stamp(clock, "ms")),
                    " --> ",
                    D("timestamp", stamp(end, "ms")),
                    "] ",
                    D("role", labels[who]),
                    ": ",
                    *talk,
                    "\n",
                ]
            )
        elif layout in ("aws", "numbered"):
            doc.put([D("role", labels[who]), ": ", *talk, "\n"])
        else:
            doc.put([*talk, "\n"])
        clock = end + rng.randint(0, 3)
    return doc


# ---------------------------------------------------------------- meeting exports

MEETING_LAYOUTS = ["teams", "zoom", "meet", "webex"]


class Label:
    """A display name, fixed for the meeting, said again on every turn."""

    def __init__(self, c: Ctx, person: Person) -> None:
        rng = c.rng
        self.c, self.person = c, person
        choices = (
            ["full"] * 10
            + ["surfirst"] * 3
            + ["caps"] * 2
            + ["firstinit"] * 2
            + ["init", "lower", "iphone"]
        )
        choices += ["rank"] * 3 if person.rank else []
        self.kind = rng.choice(choices)
        form = {"lower": "full", "iphone": "first"}.get(self.kind, self.kind)
        text = c.render(person, form)
        self.piece = S("PERSON", text.lower() if self.kind == "lower" else text, form, person)

    def pieces(self) -> list:
        self.person.mentions += 1
        if self.piece.form in SURNAME_FORMS:
            self.person.surname_said = True
        if self.kind == "iphone":
            return [self.piece, "'s ", D("product", "iPhone")]
        return [self.piece]


def meeting_doc(c: Ctx, n: int) -> Doc:
    rng, doc = c.rng, Doc()
    me = participant(c)
    res = researcher(c)
    layout = MEETING_LAYOUTS[n % len(MEETING_LAYOUTS)]
    third = c.rel(me, "partner") if rng.random() < 0.35 else None
    labels = {"res": Label(c, res), "me": Label(c, me)}
    if third:
        labels["third"] = Label(c, third)
    turns = interview(c, me, rng.randint(2, 3), (1, 2), skip_names=True)
    if c.can(me, 5):
        turns[0] = (
            "res",
            ["Hi ", c.nm(me, ["first", "dim"]), ", thanks for joining. ", *turns[0][1]],
        )
    if c.can(res, 5) and rng.random() < 0.6:
        turns[1] = ("me", ["Thanks, ", c.nm(res, ["first"]), ". ", *turns[1][1]])
    if third:
        at = rng.randint(2, len(turns) - 1)
        cut = [
            "Sorry, I've just jumped on, ",
            c.nm(me, ["first", "dim"]) if c.can(me, 4) else he(me),
            " asked me to. ",
            *a_kids(c, me),
        ]
        turns.insert(at, ("third", cut))
    clock = rng.randint(0, 20)
    teams_stamp = rng.choice(["m:ss", "hh"])
    if layout == "teams":
        doc.put(
            [
                D("header", "Transcript"),
                "\n",
                D("date", f"{c.date.day} {MONTHS[c.date.month - 1]} {c.date.year}"),
                ", ",
                D("time", f"{rng.randint(9, 16)}:{rng.choice(['00', '02', '30', '31'])}"),
                "\n\n",
            ]
        )
    elif layout == "meet":
        doc.put([D("header", "Attendees"), "\n"])
        for i, key in enumerate(labels):
            doc.put([", " if i else "", *labels[key].pieces()])
        doc.put(
            [
                "\n\n",
                D("header", "Transcript"),
                "\n",
                D(
                    "system",
                    "This editable transcript was computer generated and might contain errors.",
                ),
                "\n\n",
            ]
        )
    elif layout == "zoom":
        doc.put([D("system", "Recording started"), "\n"])
    for i, (who, pieces) in enumerate(turns):
        talk = roughen(c, pieces, False)
        label = labels[who].pieces()
        if layout == "teams":
            doc.put([*label, "   ", D("timestamp", stamp(clock, teams_stamp)), "\n", *talk, "\n\n"])
        elif layout == "zoom":
            doc.put(["[", D("timestamp", stamp(clock, "hh")), "] ", *label, ": ", *talk, "\n"])
        elif layout == "meet":
            if i and i % 3 == 0:
                doc.put([D("timestamp", stamp(clock, "hh")), "\n"])
            doc.put([*label, ": ", *talk, "\n"])
        else:
            hour, minute = divmod(600 + clock // 60, 60)
            doc.put([*label, " (", D("time", f"{hour}:{minute:02d} AM"), ")\n", *talk, "\n\n"])
        clock += max(3, words_in(pieces) * 2 // 5) + rng.randint(0, 4)
    if layout == "meet":
        doc.put(
            [
                D("system", "Transcription ended after"),
                " ",
                D("timestamp", stamp(clock, "hh")),
                "\n",
            ]
        )
    elif layout == "zoom":
        doc.put([D("system", "Recording stopped"), "\n"])
    return doc


# ---------------------------------------------------------------- verbatim transcripts

VERBATIM_LABELS = [
    ("INTERVIEWER", "RESPONDENT"),
    ("INT", "R"),
    ("I", "P3"),
    ("Interviewer", "Respondent"),
    ("IV", "P12"),
    ("INT", "P5"),
    ("Q", "A"),
]


def header(c: Ctx, res: Person, interview_id: str) -> list:
    """A vendor's header block; each field is present or not, decided before it is written
    (a name is counted as a mention only when it is written)."""
    rng = c.rng
    fields = [
        lambda: [D("header", "PROJECT:"), " Defence Wellbeing Programme"],
        lambda: [D("header", "Interview ID:"), " ", D("file", interview_id)],
        lambda: [
            D("header", "Date:"),
            " ",
            D("date", f"{c.date.day} {MONTHS[c.date.month - 1]} {c.date.year}"),
        ],
        lambda: [
            D("header", "Duration:"),
            " ",
            rng.choice(
                [
                    D("count", f"{rng.randint(25, 75)} minutes"),
                    D("timestamp", stamp(rng.randint(1500, 4500), "hh")),
                ]
            ),
        ],
        lambda: [D("header", "Interviewer:"), " ", c.nm(res, ["title", "caps", "init", "full"])],
        lambda: [
            D("header", "Transcribed by:"),
            " ",
            c.nm(c.cast.new("transcriber", ages=(22, 60)), ["init", "firstinit", "full"]),
        ],
        lambda: [D("header", "Participant:"), " ", D("role", f"P{rng.randint(1, 40):02d}")],
    ]
    pieces: list = []
    for field_pieces in fields:
        if rng.random() < 0.85:
            pieces += [*field_pieces(), "\n"]
    return [*pieces, "\n"]


def verbatim_doc(c: Ctx, n: int) -> Doc:
    rng, doc = c.rng, Doc()
    me = participant(c)
    res = researcher(c)
    ask_label, answer_label = VERBATIM_LABELS[n % len(VERBATIM_LABELS)]
    stamps = rng.choice(["every", "some", "none"])
    sep = rng.choice([": ", ":\t"])
    if rng.random() < 0.7:
        doc.put(header(c, res, f"WB-INT-{rng.randint(1, 99):03d}"))
    turns = interview(c, me, rng.randint(4, 6), (0, 1), skip_names=False)
    if rng.random() < 0.3:
        at = rng.randint(1, len(turns) // 2) * 2 - 1
        turns[at] = ("me", [*turns[at][1], " --"])
        turns.insert(at + 1, ("res", [D("tag", "[crosstalk]"), " Sorry, go on."]))
        turns.insert(at + 2, ("me", ["-- no, I was just going to say, ", *a_ordinary(c, me)]))
    if rng.random() < 0.25:
        at = rng.randint(2, len(turns) - 1)
        turns.insert(
            at,
            (
                "partner",
                [
                    "Sorry, can I just say, ",
                    c.nm(me, ["first", "dim"]),
                    " doesn't tell you half of it. ",
                    D("tag", "[laughs]"),
                ],
            ),
        )
    clock = rng.randint(10, 120)
    for i, (who, pieces) in enumerate(turns):
        talk = roughen(c, pieces, False)
        if who == "me" and rng.random() < 0.2:
            tag = (
                rng.choice(P.TAGS)
                if rng.random() < 0.7
                else f"[inaudible {stamp(clock + 5, 'hh')}]"
            )
            talk = [*talk, " ", D("tag", tag)]
        label = {
            "res": ask_label,
            "me": answer_label,
            "partner": rng.choice(["P2", "PARTNER", "Partner"]),
        }[who]
        lead = []
        if stamps == "every" or (stamps == "some" and i % 3 == 0):
            lead = ["[", D("timestamp", stamp(clock, "hh")), "] "]
        doc.put([*lead, D("role", label), sep, *talk, "\n\n" if rng.random() < 0.6 else "\n"])
        clock += max(3, words_in(pieces) * 2 // 5) + rng.randint(0, 5)
    return doc


# ---------------------------------------------------------------- clean transcripts

CLEAN_LAYOUTS = ["paren", "speaker", "bracket", "caps", "rev"]


def clean_doc(c: Ctx, n: int) -> Doc:
    rng, doc = c.rng, Doc()
    me = participant(c)
    layout = CLEAN_LAYOUTS[n % len(CLEAN_LAYOUTS)]
    labels = {
        "paren": ("Interviewer", rng.choice(["Participant", "Respondent", "Interviewee"])),
        "speaker": ("Speaker 1", "Speaker 2"),
        "bracket": ("Interviewer", "Participant"),
        "caps": ("INTERVIEWER", "PARTICIPANT"),
        "rev": ("Interviewer", "Respondent"),
    }[layout]
    if rng.random() < 0.6:
        doc.put(
            [
                D("header", "Transcript"),
                " – ",
                D("file", f"WB-{rng.randint(100, 999)}"),
                "\n",
                D("header", "Recorded:"),
                " ",
                D("date", f"{c.date.day} {MONTHS[c.date.month - 1]} {c.date.year}"),
                "\n\n",
            ]
        )
    turns = interview(c, me, rng.randint(3, 4), (1, 2), skip_names=False)
    clock = rng.randint(3, 30)
    for who, pieces in turns:
        label = D("role", labels[0] if who == "res" else labels[1])
        ts = D("timestamp", stamp(clock, "hh" if layout != "rev" else "mm:ss"))
        talk = roughen(c, pieces, False)
        if layout in ("paren", "speaker"):
            doc.put([label, " (", ts, "):", rng.choice(["\n", " "]), *talk, "\n\n"])
        elif layout == "bracket":
            doc.put([label, " [", ts, "]: ", *talk, "\n\n"])
        elif layout == "caps":
            doc.put([label, "  ", ts, "\n", *talk, "\n\n"])
        else:
            doc.put([label, ": (", ts, ")\n", *talk, "\n\n"])
        clock += max(3, words_in(pieces) * 2 // 5) + rng.randint(0, 5)
    return doc


# ---------------------------------------------------------------- focus groups

FOCUS_LAYOUTS = ["numbers", "names", "caps_names", "respondent"]
MODERATORS = ["MODERATOR", "Moderator", "M", "FACILITATOR", "Facilitator"]
FOCUS_QUESTIONS = [
    "So, moving house. What's that been like for your families?",
    "How about support from the welfare side?",
    "What's it like when one of you is away?",
    "Let's talk about health. How easy is it to get seen?",
    "How do the kids cope with the postings?",
    "Who do you lean on, when it gets hard?",
    "If you could change one thing about service life, what would it be?",
]
FOCUS_ANSWERS = [
    a_quarter,
    a_money,
    a_partner,
    a_kids,
    a_school,
    a_welfare,
    a_mate,
    a_health,
    a_mind,
    a_band,
    a_deployed,
    a_neighbour,
    a_ordinary,
    a_ordinary,
    a_routine,
    a_year,
    a_postings,
    a_home_town,
    a_sport,
    a_fitness,
    a_appointment,
    a_quote,
]


def focus_doc(c: Ctx, n: int) -> Doc:
    rng, doc = c.rng, Doc()
    layout = FOCUS_LAYOUTS[n % len(FOCUS_LAYOUTS)]
    voices = [participant(c, serving=rng.choice([0.9, 0.5, 0.2])) for _ in range(rng.randint(4, 8))]
    moderator = rng.choice(MODERATORS)
    number = {id(v): i + 1 for i, v in enumerate(voices)}

    def label(v: Person | None) -> list:
        if v is None:
            return [D("role", moderator)]
        if layout == "numbers":
            return [D("role", f"P{number[id(v)]}")]
        if layout == "respondent":
            return [D("role", f"Respondent {number[id(v)]}")]
        v.mentions += 1
        text = v.first.upper() if layout == "caps_names" else v.first
        return [S("PERSON", text, "first", v)]

    room = 2 if layout in ("names", "caps_names") else 1
    turns: list = []
    used: set = set()
    spoken: set[int] = set()
    if rng.random() < 0.6:
        doc.put(
            [
                D("header", f"Focus group {rng.randint(1, 12)}"),
                " – ",
                rng.choice(["spouses and partners", "junior ranks", "SNCOs", "civilian staff"]),
                "\n",
                D("header", "Date:"),
                " ",
                D("date", f"{c.date.day} {MONTHS[c.date.month - 1]} {c.date.year}"),
                "\n\n",
            ]
        )
    rounds = rng.randint(2, 3)
    # In 70%, after one round, a name begun by one voice and finished by another. It is
    # written where it is said, so a misheard surname never comes before the right one.
    split_round = rng.randrange(rounds) if rng.random() < 0.7 else None
    for round_number, question in enumerate(rng.sample(FOCUS_QUESTIONS, rounds)):
        turns.append((None, [question]))
        previous = None
        still_silent = len(voices) - len(spoken)
        last = round_number == rounds - 1
        for _ in range(max(rng.randint(2, 4), still_silent if last else min(still_silent, 3))):
            free = [v for v in voices if c.can(v, room + 1) and v is not previous] or voices
            silent = [v for v in free if id(v) not in spoken]
            v = rng.choice(silent or free)
            spoken.add(id(v))
            said = say(c, v, None, used, FOCUS_ANSWERS)
            other = [o for o in voices if o is not v and c.can(o, room + 1)]
            if previous is not None and previous in other and rng.random() < 0.4:
                lead = rng.choice([" said, ", ", really. "])
                first_word = said[0].split(" ", 1)[0] if isinstance(said[0], str) else "I"
                if lead == " said, " and first_word not in ("I", "I'm", "I've", "I'll", "I'd"):
                    said = [said[0][:1].lower() + said[0][1:], *said[1:]]
                said = [
                    rng.choice(["Yeah, like ", "Same as "]),
                    c.nm(previous, ["first", "dim"]),
                    lead,
                    *said,
                ]
            elif other and rng.random() < 0.15:
                turns.append((v, [D("tag", "[crosstalk]")]))
                said = ["Sorry, go on, ", c.nm(rng.choice(other), ["first", "dim"]), ". ", *said]
            turns.append((v, said))
            previous = v
        if round_number == split_round:
            a, b = rng.sample([v for v in voices if v is not previous], 2)
            w = c.rel(a, "welfare")
            turns.append((a, ["The welfare officer then was ", c.nm(w, ["first"]), " --"]))
            turns.append((b, ["-- ", c.nm(w, ["sur"]), ". Yeah, ", he(w), " was good."]))
    for who, pieces in turns:
        talk = roughen(c, pieces, False)
        if who is not None and rng.random() < 0.12:
            talk = [*talk, " ", D("tag", rng.choice(["[laughter]", "[crosstalk]", "[inaudible]"]))]
        doc.put([*label(who), ": ", *talk, "\n"])
    return doc


# ---------------------------------------------------------------- the corpus

BUILDERS = {
    "asr": asr_doc,
    "meeting": meeting_doc,
    "verbatim": verbatim_doc,
    "clean": clean_doc,
    "focus": focus_doc,
}


def stray_name_words(text: str, spans: list[dict], decoys: list[dict]) -> list[str]:
    covered = [False] * len(text)
    for mark in spans + decoys:
        covered[mark["start"] : mark["end"]] = [True] * (mark["end"] - mark["start"])
    words = {
        w.lower()
        for s in spans
        if s["type"] == "PERSON" and s["form"] in NAME_ONLY_FORMS
        for w in re.findall(r"[^\W\d_][\w'-]*", text[s["start"] : s["end"]])
        if len(w) >= 3
    }
    return [
        m.group()
        for w in words
        for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.I)
        if not any(covered[m.start() : m.end()])
    ]


NAME_ONLY_FORMS = {
    "full",
    "first",
    "sur",
    "dim",
    "nick",
    "surfirst",
    "caps",
    "firstinit",
    "typo",
    "split",
}


def acceptable(c: Ctx, doc: Doc) -> bool:
    text = doc.text()
    mentions = Counter(s["entity"] for s in doc.spans if s["type"] == "PERSON")
    return (
        MIN_WORDS <= len(text.split()) <= MAX_WORDS
        and bool(mentions)
        and max(mentions.values()) <= MAX_MENTIONS
        and c.overflow == 0
        and not stray_name_words(text, doc.spans, doc.decoys)
        and surname_before_its_echoes(doc.spans)
    )


def surname_before_its_echoes(spans: list[dict]) -> bool:
    """A misheard or spelt-out surname comes after a mention that holds the surname."""
    said: set[str] = set()
    for span in spans:
        if span["type"] != "PERSON":
            continue
        if span["form"] in ("typo", "spell") and span["entity"] not in said:
            return False
        if span["form"] in SURNAME_FORMS:
            said.add(span["entity"])
    return True


def build_corpus() -> str:
    rng = random.Random(SEED)
    lines = []
    for i in range(PER_STYLE * len(STYLES)):
        style = STYLES[i % len(STYLES)]
        while True:
            c = Ctx(rng, style)
            doc = BUILDERS[style](c, i // len(STYLES))
            if acceptable(c, doc):
                break
        record = {
            "id": f"heldout-j-{i + 1:04d}",
            "style": style,
            "format": "txt",
            "text": doc.text(),
            "spans": doc.spans,
            "decoys": doc.decoys,
        }
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return "\n".join(lines) + "\n"


def stats(corpus: str) -> str:
    records = [json.loads(line) for line in corpus.splitlines()]
    words = [len(r["text"].split()) for r in records]
    people = Counter(
        (r["id"], s["entity"]) for r in records for s in r["spans"] if s["type"] == "PERSON"
    )
    mean = round(sum(words) / len(words))
    repeated = sum(1 for n in people.values() if n > 1)
    out = [
        f"documents: {len(records)}",
        f"words per document: min {min(words)}, max {max(words)}, mean {mean}",
        f"distinct people (entities, counted per document): {len(people)}",
        f"people mentioned more than once in their document: {repeated}",
    ]

    def table(title: str, counts: Counter) -> None:
        out.extend(["", f"| {title} | count |", "|---|---|"])
        out.extend(f"| {key} | {counts[key]} |" for key in sorted(counts))
        out.append(f"| total | {sum(counts.values())} |")

    table("style", Counter(r["style"] for r in records))
    table("type", Counter(s["type"] for r in records for s in r["spans"]))
    table("type/form", Counter(f"{s['type']}/{s['form']}" for r in records for s in r["spans"]))
    table("decoy kind", Counter(d["kind"] for r in records for d in r["decoys"]))
    out.extend(["", f"sha256: {hashlib.sha256(corpus.encode('utf-8')).hexdigest()}"])
    return "\n".join(out)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="rebuild and compare with corpus.jsonl"
    )
    parser.add_argument("--stats", action="store_true", help="print the counts SOURCE.md quotes")
    args = parser.parse_args(argv)
    corpus = build_corpus()
    if args.check:
        if OUT.read_bytes() != corpus.encode("utf-8"):
            print("corpus.jsonl differs from what the generator writes")
            return 1
        print("corpus.jsonl reproduced")
        return 0
    if args.stats:
        print(stats(corpus))
        return 0
    OUT.write_bytes(corpus.encode("utf-8"))
    print(f"wrote {OUT.name}: {len(corpus.splitlines())} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
