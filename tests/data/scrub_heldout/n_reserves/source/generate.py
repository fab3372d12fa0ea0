#!/usr/bin/env python3
"""Held-out scrub corpus N: reservists, MoD civil servants and the people around them.

Writes ../corpus.jsonl (500 documents). Every document is a list of pieces (plain text, a
labelled span or a decoy) joined at the end, so every offset is exact by construction.

    python generate.py            # writes ../corpus.jsonl
    python generate.py --check    # "corpus.jsonl reproduced"
    python generate.py --stats    # counts for SOURCE.md

Python 3.11 standard library only; seeded, so the file is rebuilt byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pools as P

SEED = 20261207
OUT = Path(__file__).resolve().parent.parent / "corpus.jsonl"
STYLES = [
    ("interview", 90), ("email", 90), ("survey", 80), ("chat", 50), ("minutes", 50),
    ("focus", 50), ("referral", 45), ("letter", 45),
]  # fmt: skip
MOST_MENTIONS = 6
WORDS = (25, 600)
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# Initials never written as a person's: they spell a word, rank, grade or abbreviation.
BANNED_INITIALS = {
    "AB", "PO", "OC", "GP", "MO", "CO", "HR", "IT", "OK", "NO", "SO", "AS", "AT", "BE", "BY",
    "DO", "GO", "HE", "IF", "IN", "IS", "ME", "MY", "OF", "ON", "OR", "TO", "UP", "US", "WE",
    "AO", "EO", "AA", "SI", "CI", "FS", "WO", "RN", "RM", "LH", "AC", "PA", "PM", "MP", "OH",
    "DE", "TA", "CV", "MB", "AM", "AN", "HM", "SA", "ID", "LT", "ST", "DR", "MR", "MS", "NI",
    "RE", "BA", "MA", "HI", "OS", "SE", "SW", "NW", "NE", "PT", "UK", "EU", "TV", "PC",
}  # fmt: skip

ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = [
    "_", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
]  # fmt: skip
DIGIT_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def number_words(n: int) -> str:
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + (f"-{ONES[ones]}" if ones else "")


def ordinal_words(n: int) -> str:
    if n <= 20:
        return ORDINALS[n]
    if n == 30:
        return "thirtieth"
    tens, ones = divmod(n, 10)
    return f"{TENS[tens]}-{ORDINALS[ones]}"


def year_words(y: int) -> str:
    if y >= 2000:
        return "two thousand" + (f" and {number_words(y - 2000)}" if y > 2000 else "")
    hi, lo = divmod(y, 100)
    return f"{number_words(hi)} {'oh ' + ONES[lo] if lo < 10 else number_words(lo)}"


def spoken_digits(digits: str, rng: random.Random) -> str:
    """Digits as a person says them, with 'double' for a repeated digit sometimes."""
    words, i = [], 0
    clean = [c for c in digits if c.isdigit()]
    while i < len(clean):
        d = DIGIT_WORDS[int(clean[i])]
        if rng.random() < 0.1 and clean[i] == "0":
            d = "zero"
        if i + 1 < len(clean) and clean[i + 1] == clean[i] and rng.random() < 0.7:
            words.append(f"double {d}")
            i += 2
        else:
            words.append(d)
            i += 1
    return " ".join(words)


def short_year_words(y: int) -> str:
    lo = y % 100
    return number_words(lo) if lo >= 10 else "oh " + ONES[lo]


def ascii_fold(text: str) -> str:
    text = text.replace("Ł", "L").replace("ł", "l")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# ---------------------------------------------------------------- pieces of a document


class K(str):
    """A topic key at the head of a sentence: says what the sentence answers; never written."""


@dataclass
class D:
    """A decoy: text that must survive."""

    text: str
    kind: str


@dataclass
class S:
    """A labelled non-person span."""

    text: str
    type: str
    form: str


@dataclass
class M:
    """A mention of a person in a form (the person decides the text)."""

    person: Person
    form: str


NAME_WORDS: set[str] = set()  # every name word of the pools, lower case, 3 letters or more
for _origin, _firsts in P.FIRST.items():
    for _f, _ in _firsts:
        NAME_WORDS.update(w.lower() for w in _f.split())
for _surs in P.SURNAME.values():
    for _s in _surs:
        NAME_WORDS.update(w.lower() for w in _s.split())
NAME_WORDS.update(w.lower() for w in P.DIM.values())
NAME_WORDS.update(w.lower() for w in P.BOUND_NICK.values())
NAME_WORDS.update(w.lower() for w in P.LOOSE_NICK.values())
NAME_WORDS.update(w.lower() for w in P.OTHER_NICK)
NAME_WORDS = {w for w in NAME_WORDS if len(w) >= 3}
WORD_RE = re.compile(r"[^\W\d_][\w'-]*")


# ---------------------------------------------------------------- people


@dataclass(eq=False)
class Person:
    first: str
    sur: str
    sex: str
    origin: str
    service: str | None  # army navy rm raf cadet civil or None (a civilian)
    rank: tuple[str, str] | None
    grade: str | None
    title: str
    dim: str | None
    nick: str | None
    bound_nick: bool
    age: int
    dob: date
    vals: dict = field(default_factory=dict)

    @property
    def initials(self) -> str:
        return self.first[0] + self.sur.split()[-1][0].upper()

    def typo(self, rng: random.Random) -> str:
        sur = self.sur
        letters = [i for i, c in enumerate(sur) if c.isalpha() and i > 0]
        for _ in range(20):
            i = rng.choice(letters)
            how = rng.random()
            if how < 0.4 and sur[i] in "aeiou":
                new = sur[:i] + rng.choice([v for v in "aeiou" if v != sur[i]]) + sur[i + 1 :]
            elif how < 0.7:
                new = sur[:i] + sur[i] + sur[i:]
            elif len(sur) > 4:
                new = sur[:i] + sur[i + 1 :]
            else:
                continue
            if new.lower() != sur.lower() and new.lower() not in NAME_WORDS:
                return new
        return sur + "e"

    def handle(self, rng: random.Random) -> str:
        f = ascii_fold(self.first).replace(" ", "").replace("'", "").lower()
        s = ascii_fold(self.sur).replace(" ", "").replace("'", "").lower()
        n = rng.randint(1, 99)
        return rng.choice(
            [
                f"{f[0]}{s}{n}",
                f"{f}.{s}",
                f"{s}{f[0]}",
                f"{f}_{s[0]}{n}",
                f"live:{f}{s}_{n}",
                f"@{f}.{s}",
                f"{f[0]}.{s}",
            ]
        )


def make_people(rng: random.Random, specs: list[dict], when: date) -> list[Person]:
    """People with no name word, diminutive, nickname or initials in common."""
    used: set[str] = set()
    inits: set[str] = set()
    people = []
    origins = list(P.FIRST)
    weights = [10 if o == "english" else 5 if o == "word" else 2 for o in origins]
    for spec in specs:
        for _ in range(500):
            origin = rng.choices(origins, weights)[0]
            first, sex = rng.choice(P.FIRST[origin])
            if spec.get("sex") and spec["sex"] != sex:
                continue
            sur_origin = origin if rng.random() < 0.75 else rng.choices(origins, weights)[0]
            sur = rng.choice(P.SURNAME[sur_origin])
            if sur.endswith("ski") and sex == "f":
                sur = sur[:-1] + "a"
            service = spec.get("service")
            dim = P.DIM.get(first) if rng.random() < 0.7 else None
            nick, bound = None, False
            if service in ("army", "navy", "rm", "raf"):
                if sur in P.BOUND_NICK:
                    nick, bound = P.BOUND_NICK[sur], True
                elif origin in P.LOOSE_NICK and rng.random() < 0.5:
                    nick = P.LOOSE_NICK[origin]
                elif rng.random() < 0.25:
                    nick = rng.choice(P.OTHER_NICK)
            words = {w.lower() for w in (first + " " + sur).split()}
            for extra in (dim, nick):
                if extra:
                    words.add(extra.lower())
            initials = first[0] + sur.split()[-1][0].upper()
            if words & used or initials in inits or initials in BANNED_INITIALS:
                continue
            if any(w in {"lt", "sgt", "cpl", "maj", "capt"} for w in words):
                continue
            break
        used |= words
        inits.add(initials)
        rank = None
        lo_age = 19
        if service in P.RANKS:
            r = rng.choice(P.RANKS[service])
            rank = (r[0], r[1])
            lo_age = r[2]
        grade = rng.choice(P.GRADES) if service == "civil" else None
        age = spec.get("age") or rng.randint(lo_age, min(lo_age + 18, 62))
        born = when - timedelta(days=365 * age + rng.randint(20, 340))
        title = (
            rng.choice(["Mr"] * 7 + ["Dr"])
            if sex == "m"
            else rng.choice(["Mrs", "Mrs", "Ms", "Ms", "Miss", "Dr"])
        )
        person = Person(
            first, sur, sex, origin, service, rank, grade, title, dim, nick, bound, age, born
        )
        person.vals = make_values(rng, person)
        people.append(person)
    return people


def postcode(rng: random.Random) -> str:
    area = rng.choice(P.POSTCODE_AREAS)
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return (
        f"{area}{rng.randint(1, 29)} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
    )


def make_values(rng: random.Random, p: Person) -> dict:
    if rng.random() < 0.45:
        mobile = f"07700 900{rng.randint(0, 999):03d}"
    else:
        mobile = f"07{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
    f = ascii_fold(p.first).lower().replace(" ", ".").replace("'", "")
    s = ascii_fold(p.sur).lower().replace(" ", "").replace("'", "")
    work = rng.choice([f"{f}.{s}{rng.randint(100, 199)}@mod.gov.uk", f"{f}.{s}@mod.gov.uk"])
    personal = rng.choice(
        [
            f"{f}.{s}@gmail.com",
            f"{f[0]}{s}{rng.randint(70, 99)}@hotmail.co.uk",
            f"{s}.{f}@outlook.com",
            f"{f}{s[0]}{rng.randint(1, 999)}@btinternet.com",
            f"{f}_{s}@yahoo.co.uk",
            f"{f}{s}@icloud.com",
        ]
    )
    employer = rng.choice(
        [f"{f}.{s}@nhs.net", f"{f}.{s}@severnlogistics.co.uk", f"{f[0]}{s}@wessexgroup.com"]
    )
    street = rng.choice(P.STREETS)
    address = rng.choice(
        [
            f"{rng.randint(1, 180)} {street}",
            f"Flat {rng.randint(1, 24)}, {rng.randint(2, 90)} {street}",
        ]
    )
    if p.rank and p.rank[0] in (
        "Lt",
        "Capt",
        "Maj",
        "Lt Col",
        "SLt",
        "Lt Cdr",
        "Cdr",
        "Fg Off",
        "Flt Lt",
        "Sqn Ldr",
        "Wg Cdr",
    ):
        service_no = f"5{rng.randint(60000, 69999)}"
    else:
        service_no = rng.choice(["30", "30", "25", "24"]) + f"{rng.randint(0, 999999):06d}"
    letters = "ABCEGHJKLMNPRSTWXYZ"
    prefix = rng.choice(letters) + rng.choice(letters)
    ni = f"{prefix}{rng.randint(0, 999999):06d}{rng.choice('ABCD')}"
    units = [u for u in P.UNITS if u[2] == p.service] or P.UNITS
    building = rng.choice(P.BUILDINGS)
    desk = {
        "Main Building": f"020 7218 {rng.randint(1000, 9999)}",
        "MB": f"020 7218 {rng.randint(1000, 9999)}",
        "Abbey Wood": f"030 679 {rng.randint(10000, 99999)}",
        "ABW": f"030 679 {rng.randint(10000, 99999)}",
        "MoD Corsham": f"01225 81{rng.randint(1000, 9999)}",
        "Northwood": f"01923 95{rng.randint(1000, 9999)}",
        "Northwood HQ": f"01923 95{rng.randint(1000, 9999)}",
    }.get(building[0], f"01{rng.randint(100, 999)} {rng.randint(200000, 999999)}")
    return {
        "mobile": mobile,
        "desk": desk,
        "site_desk": f"0{rng.randint(1100, 1999)} {rng.randint(200000, 999999)}",
        "mil": f"9{rng.randint(100, 999)} {rng.randint(10000, 99999)}",
        "ext": f"{rng.randint(2000, 8999)}",
        "work_email": work,
        "email": personal,
        "employer_email": employer,
        "address": address,
        "postcode": postcode(rng),
        "town": rng.choice(P.TOWNS),
        "service_no": service_no,
        "staff_no": f"{rng.randint(1000000, 9999999)}",
        "ni": ni,
        "unit": rng.choice(units),
        "base": rng.choice(P.BASES),
        "building": building,
        "site": rng.choice(P.SITES),
        "team": rng.choice(P.TEAMS[:12]),
    }


# ---------------------------------------------------------------- the document builder


SURNAME_FORMS = {"full", "sur", "rank", "title", "init", "surfirst", "caps", "nick_bound"}


class Doc:
    def __init__(
        self, rng: random.Random, style: str, when: date, fmt: str = "txt", lower: bool = False
    ):
        self.rng = rng
        self.style = style
        self.when = when
        self.fmt = fmt
        self.lower = lower
        self.parts: list[tuple[str, tuple | None]] = []
        self.count: Counter = Counter()
        self.sur_seen: set[int] = set()

    # writing
    def w(self, *items) -> Doc:
        for item in items:
            if item is None or item == "" or isinstance(item, K):
                continue
            if isinstance(item, str):
                self.parts.append((item, None))
            elif isinstance(item, D):
                self.parts.append((item.text, ("decoy", item.kind)))
            elif isinstance(item, S):
                self.parts.append((item.text, ("span", item.type, item.form, None)))
            elif isinstance(item, M):
                self.mention(item.person, item.form)
            else:
                raise TypeError(item)
        return self

    def mention(self, p: Person, form: str) -> None:
        rng = self.rng
        if form == "dim" and not p.dim:
            form = "first"
        if form == "nick" and not p.nick:
            form = "dim" if p.dim else "first"
        if form == "rank" and not p.rank:
            form = "title"
        if form == "typo" and id(p) not in self.sur_seen:
            form = "sur"
        if form == "spell" and id(p) not in self.sur_seen:
            form = "sur"
        if form == "sur" and id(p) in self.sur_seen and rng.random() < 0.3:
            form = "typo"
        if form == "full":
            text = f"{p.first} {p.sur}"
        elif form == "first":
            text = p.first
        elif form == "sur":
            text = p.sur
        elif form == "dim":
            text = p.dim
        elif form == "nick":
            text = f"{p.nick} {p.sur}" if p.bound_nick and rng.random() < 0.5 else p.nick
        elif form == "rank":
            abbr, full = p.rank
            text = rng.choice(
                [
                    f"{abbr} {p.sur}",
                    f"{abbr} {p.sur}",
                    f"{full} {p.sur}",
                    f"{abbr} {p.first} {p.sur}",
                    f"{abbr} {p.first[0]} {p.sur}",
                    f"{abbr.upper()} {p.sur.upper()}",
                ]
            )
        elif form == "title":
            text = rng.choice(
                [f"{p.title} {p.sur}", f"{p.title} {p.sur}", f"{p.title} {p.first} {p.sur}"]
            )
        elif form == "init":
            text = rng.choice(
                [f"{p.first[0]}. {p.sur}", f"{p.first[0]} {p.sur}", f"{p.first[0]}.{p.sur}"]
            )
        elif form == "initials":
            text = p.initials
        elif form == "surfirst":
            text = rng.choice(
                [f"{p.sur}, {p.first}", f"{p.sur.upper()}, {p.first}", f"{p.sur.upper()} {p.first}"]
            )
        elif form == "caps":
            text = f"{p.first} {p.sur}".upper()
        elif form == "firstinit":
            text = rng.choice([f"{p.first} {p.sur[0].upper()}.", f"{p.first} {p.sur[0].upper()}"])
        elif form == "typo":
            text = p.typo(rng) if rng.random() < 0.6 else f"{p.first} {p.typo(rng)}"
        elif form == "handle":
            text = p.handle(rng)
        else:
            raise ValueError(form)
        if form in SURNAME_FORMS or (form == "nick" and p.sur in text):
            self.sur_seen.add(id(p))
        self.parts.append((text, ("span", "PERSON", form, p)))
        self.count[p] += 1

    def text_len(self) -> int:
        return sum(len(t) for t, _ in self.parts)

    def build(self, doc_id: str) -> dict | None:
        text_parts: list[str] = []
        spans: list[dict] = []
        decoys: list[dict] = []
        entities: dict[int, str] = {}
        pos = 0

        def put(chunk: str) -> None:
            nonlocal pos
            text_parts.append(chunk)
            pos += len(chunk)

        for raw, meta in self.parts:
            chunk = raw.lower() if self.lower else raw
            if meta is None:
                last = 0
                for found in WORD_RE.finditer(chunk):
                    if found.group().lower() in NAME_WORDS:
                        put(chunk[last : found.start()])
                        decoys.append(
                            {"start": pos, "end": pos + len(found.group()), "kind": "word"}
                        )
                        put(found.group())
                        last = found.end()
                put(chunk[last:])
                continue
            if chunk != chunk.strip() or not chunk:
                raise ValueError(f"untrimmed label {chunk!r}")
            if meta[0] == "decoy":
                decoys.append({"start": pos, "end": pos + len(chunk), "kind": meta[1]})
            else:
                _, kind, form, person = meta
                span = {"type": kind, "start": pos, "end": pos + len(chunk), "form": form}
                if person is not None:
                    span["entity"] = entities.setdefault(id(person), f"p{len(entities) + 1}")
                spans.append(span)
            put(chunk)
        text = "".join(text_parts)
        if not spans or not any(s["type"] == "PERSON" for s in spans):
            return None
        if max(self.count.values()) > MOST_MENTIONS:
            return None
        if not WORDS[0] <= len(text.split()) <= WORDS[1]:
            return None
        return {
            "id": doc_id,
            "style": self.style,
            "format": self.fmt,
            "text": text,
            "spans": spans,
            "decoys": decoys,
        }


# ---------------------------------------------------------------- values as written


def fmt_date(d: date, rng: random.Random, style: int | None = None) -> str:
    style = rng.randrange(6) if style is None else style
    return [
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d.day} {MONTHS[d.month - 1][:3]} {str(d.year)[2:]}",
        f"{d.year}-{d.month:02d}-{d.day:02d}",
        f"{d.day:02d}.{d.month:02d}.{str(d.year)[2:]}",
        f"{d.day}/{d.month}/{d.year}",
    ][style]


def dob_s(p: Person, rng: random.Random, words: bool = False) -> S:
    d = p.dob
    if words:
        text = rng.choice(
            [
                f"the {ordinal_words(d.day)} of {MONTHS[d.month - 1]} {year_words(d.year)}",
                f"{ordinal_words(d.day)} {MONTHS[d.month - 1]} {year_words(d.year)}",
                f"{MONTHS[d.month - 1]} the {ordinal_words(d.day)}, {short_year_words(d.year)}",
            ]
        )
        return S(text, "DATE_OF_BIRTH", "words")
    return S(fmt_date(d, rng), "DATE_OF_BIRTH", "digits")


def age_s(p: Person | int, rng: random.Random, words: bool | None = None) -> S:
    n = p if isinstance(p, int) else p.age
    words = rng.random() < 0.35 if words is None else words
    return S(number_words(n), "AGE", "words") if words else S(str(n), "AGE", "digits")


def phone_s(p: Person, rng: random.Random, kind: str = "mobile", words: bool = False) -> S:
    v = p.vals[kind]
    if kind == "mil":
        return S(rng.choice([v, v.replace(" ", "-"), v.replace(" ", "")]), "PHONE", "extension")
    if kind == "ext":
        return S(v, "PHONE", "extension")
    if words:
        return S(spoken_digits(v, rng), "PHONE", "words")
    digits = v.replace(" ", "")
    if kind == "mobile":
        text = rng.choice(
            [
                v,
                digits,
                f"+44 {digits[1:5]} {digits[5:]}",
                f"{digits[:5]}-{digits[5:8]}-{digits[8:]}",
                f"({digits[:5]}) {digits[5:]}",
                f"{digits[:5]} {digits[5:8]} {digits[8:]}",
            ]
        )
    else:
        text = rng.choice(
            [v, f"+44 (0){v[1:]}", f"({v.split()[0]}) {' '.join(v.split()[1:])}", digits]
        )
    return S(text, "PHONE", "digits")


def service_no_s(p: Person, rng: random.Random, words: bool = False) -> S:
    v = p.vals["service_no"]
    if words:
        return S(spoken_digits(v, rng), "SERVICE_NUMBER", "words")
    return S(rng.choice([v, v, f"{v[:2]} {v[2:]}", f"{v[:4]} {v[4:]}"]), "SERVICE_NUMBER", "digits")


def staff_no_s(p: Person, rng: random.Random) -> S:
    return S(p.vals["staff_no"], "SERVICE_NUMBER", "staff")


def ni_s(p: Person, rng: random.Random) -> S:
    v = p.vals["ni"]
    text = rng.choice(
        [v, f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}", v.lower() if rng.random() < 0.2 else v]
    )
    return S(text, "NI_NUMBER", "digits")


def email_s(p: Person, rng: random.Random, kind: str = "email", words: bool = False) -> S:
    v = p.vals[kind]
    if words:
        return S(
            v.replace("@", " at ").replace(".", " dot ").replace("_", " underscore "),
            "EMAIL",
            "words",
        )
    return S(v, "EMAIL", "plain")


def postcode_s(p: Person, rng: random.Random, words: bool = False) -> S:
    v = p.vals["postcode"]
    if words:
        out = []
        for c in v.replace(" ", ""):
            out.append(DIGIT_WORDS[int(c)] if c.isdigit() else c.lower())
        return S(" ".join(out), "POSTCODE", "words")
    return S(rng.choice([v, v, v.replace(" ", ""), v.lower()]), "POSTCODE", "plain")


def addr_s(p: Person) -> S:
    return S(p.vals["address"], "ADDRESS", "street")


def town_s(p: Person | str) -> S:
    return S(p if isinstance(p, str) else p.vals["town"], "LOCATION", "town")


def site_s(p: Person) -> S:
    return S(p.vals["site"], "LOCATION", "site")


def unit_s(p: Person, spoken: bool = False) -> S:
    name, form, _ = p.vals["unit"]
    if spoken and name in P.UNIT_SPOKEN:
        name = P.UNIT_SPOKEN[name]
    return S(name, "UNIT", form)


def base_s(p: Person) -> S:
    name, form = p.vals["base"]
    return S(name, "BASE", form)


def building_s(p: Person) -> S:
    name, form = p.vals["building"]
    return S(name, "BASE", form)


def ddate(d: date, rng: random.Random) -> D:
    return D(fmt_date(d, rng, rng.choice([0, 1, 2, 5])), "date")


def time_d(rng: random.Random) -> D:
    h, m = rng.randint(7, 20), rng.choice([0, 15, 30, 45])
    return D(
        rng.choice(
            [
                f"{h:02d}:{m:02d}",
                f"{h:02d}{m:02d}",
                f"{h % 12 or 12}.{m:02d}{'am' if h < 12 else 'pm'}",
            ]
        ),
        "time",
    )


def count_d(rng: random.Random, units: list[str] | None = None) -> D:
    n = rng.randint(2, 11)
    unit = rng.choice(units or ["months", "weeks", "days", "years"])
    return D(f"{number_words(n) if rng.random() < 0.6 else n} {unit}", "count")


def money_d(rng: random.Random) -> D:
    return D(
        rng.choice(
            [
                f"£{rng.randint(2, 95) * 100:,}",
                f"£{rng.randint(10, 400)}.{rng.randint(0, 99):02d}",
                f"£{rng.randint(2, 60)}k",
            ]
        ),
        "money",
    )


def product(rng: random.Random) -> D:
    return D(rng.choice(P.PRODUCTS), "product")


def charity(rng: random.Random) -> D:
    return D(rng.choice(P.PRODUCTS[:12]), "product")


def software(rng: random.Random) -> D:
    return D(rng.choice(["Teams", "Skype", "Zoom", "MODNET Teams"]), "product")


# ---------------------------------------------------------------- cast of a document


@dataclass
class Cast:
    part: Person  # the participant, reservist, civil servant or volunteer
    boss: Person  # a civilian line manager (or the civil servant's manager)
    mate: Person  # a fellow reservist
    partner: Person
    child: Person
    psi: Person  # a permanent staff instructor or admin officer
    hr: Person  # an employer's HR adviser
    worker: Person  # a charity caseworker or welfare officer
    researcher: Person
    extra: list[Person]
    kind: str  # reservist, civil, cadet, family, contractor


def make_cast(rng: random.Random, when: date, kind: str | None = None, extra: int = 0) -> Cast:
    kind = (
        kind
        or rng.choices(["reservist", "civil", "cadet", "family", "contractor"], [45, 30, 8, 10, 7])[
            0
        ]
    )
    service = rng.choice(["army", "army", "army", "navy", "raf", "rm"])
    part_service = {
        "reservist": service,
        "civil": "civil",
        "cadet": "cadet",
        "family": None,
        "contractor": None,
    }[kind]
    specs = [
        {"service": part_service},
        {"service": "civil" if kind == "civil" else None},
        {"service": service},
        {},
        {"age": rng.randint(3, 17)},
        {"service": service},
        {},
        {"service": rng.choice([None, service])},
        {},
    ] + [{"service": rng.choice([service, "civil", None])} for _ in range(extra)]
    people = make_people(rng, specs, when)
    part, boss, hr, child = people[0], people[1], people[6], people[4]
    for colleague in (boss, hr):  # a line manager and HR adviser work where the participant does
        colleague.vals["site"] = part.vals["site"]
        if kind == "civil":
            colleague.vals["building"] = part.vals["building"]
            colleague.vals["team"] = part.vals["team"]
    if child.age > part.age - 19:  # a child young enough to be the participant's
        child.age = max(1, part.age - 19 - rng.randint(0, 6))
        child.dob = when - timedelta(days=365 * child.age + rng.randint(20, 340))
    return Cast(*people[:9], extra=people[9:], kind=kind)


# ---------------------------------------------------------------- talk: what people say


def talk_sentences(doc: Doc, c: Cast, spoken: bool) -> list:
    """Sentence builders about the participant's life; each is a tuple of items for Doc.w."""
    rng = doc.rng
    p = c.part
    y = doc.when.year
    out = []
    if c.kind in ("reservist", "cadet"):
        out += [
            (
                K("join"),
                "I joined ",
                unit_s(p, spoken),
                " back in ",
                D(str(y - rng.randint(2, 15)), "year"),
                ", I was ",
                age_s(rng.randint(18, 30), rng, spoken and rng.random() < 0.7),
                " then. ",
            ),
            (
                K("parade"),
                "We parade ",
                D(rng.choice(WEEKDAYS[:4]), "weekday"),
                " nights at ",
                PW(rng),
                " and one weekend a month, more before ",
                *rng.choice(
                    [
                        ("a ", D("MATT", "acronym")),
                        ("an ", D("OPTAG", "acronym")),
                        ("a ", D("MOB", "acronym")),
                    ]
                ),
                " package. ",
            ),
            (
                K("psi"),
                "The PSI, ",
                M(c.psi, "rank"),
                ", is brilliant, ",
                he(c.psi),
                " rings round everyone before a deployment. ",
            ),
            (
                K("mate"),
                "My mate ",
                M(c.mate, rng.choice(["nick", "nick", "dim", "first", "full"])),
                " from ",
                unit_s(c.mate, spoken),
                " went out on the same mobilisation and ",
                "he" if c.mate.sex == "m" else "she",
                " lives over in ",
                town_s(c.mate),
                ". ",
            ),
            (
                K("report"),
                "I reported to ",
                base_s(p),
                " on ",
                ddate(doc.when - timedelta(days=rng.randint(60, 400)), rng),
                " for ",
                D("RSOI", "acronym"),
                " and we were there ",
                count_d(rng, ["days", "weeks"]),
                ". ",
            ),
            (
                K("tours"),
                "I've done ",
                D(f"{rng.choice(['two', 'three', 'four'])} tours", "count"),
                " as a reservist, the last one with ",
                unit_s(c.mate, spoken),
                ". ",
            ),
        ]
    if c.kind == "civil":
        g = p.grade or "EO"
        out += [
            (
                K("grade"),
                "I'm an " if g[0] in "AEHS" else "I'm a ",
                D(g, "rank"),
                " in ",
                D(p.vals["team"], "team"),
                " at ",
                building_s(p),
                ", been there ",
                count_d(rng, ["years", "months"]),
                ". ",
            ),
            (
                K("manager"),
                "My manager, ",
                M(c.boss, rng.choice(["first", "full", "title"])),
                ", is a ",
                D(rng.choice(["G7", "SEO", "G6"]), "rank"),
                " and to be fair ",
                he(c.boss),
                " signs off the special leave without a fuss. ",
            ),
            (
                K("hotdesk"),
                "We hot desk at ",
                building_s(p),
                " now, so half the time you are on ",
                software(rng),
                " calls from ",
                D(rng.choice(P.PLACE_WORDS), "place_word"),
                ". ",
            ),
            (
                K("scs"),
                "The SCS in our area keeps talking about wellbeing, but ",
                D(rng.choice(P.PUBLIC_TITLES), "rank"),
                " announced the cuts the same week. ",
            ),
        ]
    if c.kind == "family":
        out += [
            (
                K("family_mob"),
                "My husband " if c.partner.sex == "m" else "My wife ",
                M(c.partner, rng.choice(["first", "dim"])),
                " is in ",
                unit_s(c.mate, spoken),
                " and ",
                he(c.partner),
                " was mobilised for ",
                count_d(rng, ["months", "weeks"]),
                ". ",
            ),
            (
                K("welfare"),
                "The welfare officer, ",
                M(c.worker, rng.choice(["rank", "title"])),
                ", rang me on ",
                D(rng.choice(WEEKDAYS[:5]), "weekday"),
                " but by then I had sorted it. ",
            ),
        ]
    if c.kind == "contractor":
        out += [
            (
                K("contractor"),
                "I'm a contractor, I work on the ",
                D(rng.choice(["SDA", "DNA", "MODNET"]), "product"),
                " contract at ",
                building_s(p),
                " but I'm not MoD, so I don't get the same support. ",
            ),
        ]
    out += [
        (
            K("site"),
            "At work I'm at ",
            site_s(p),
            ", and my line manager there, ",
            M(c.boss, rng.choice(["first", "full", "title"])),
            ", was good about it when the call-out came. ",
        ),
        (
            K("quote"),
            M(c.boss, "first"),
            " said to me, 'You're not off again, are you, ",
            M(p, rng.choice(["first", "dim"])),
            "?' ",
        ),
        (
            K("hr"),
            "The HR " + ("lady" if c.hr.sex == "f" else "bloke") + ", ",
            M(c.hr, rng.choice(["full", "title"])),
            ", sent me a form about ",
            D("EFA", "acronym"),
            " and the ",
            D("SaBRE", "product"),
            " leaflet. ",
        ),
        (
            K("partner"),
            "My ",
            "partner " if rng.random() < 0.5 else "other half ",
            M(c.partner, rng.choice(["first", "dim"])),
            " was away and I had the kids on my own, "
            if c.kind == "family"
            else " had the kids on her own, "
            if c.partner.sex == "f"
            else " had the kids on his own, ",
            M(c.child, "first"),
            " was only ",
            age_s(c.child, rng),
            " then. ",
        ),
        (
            K("pay"),
            "Pay was a nightmare, it took ",
            count_d(rng, ["months", "weeks"]),
            " to sort on ",
            D("JPA", "product"),
            " and I was ",
            money_d(rng),
            " down. ",
        ),
        (
            K("charity"),
            "In the end I rang ",
            charity(rng),
            " and a caseworker, ",
            M(c.worker, rng.choice(["first", "full"])),
            ", got back to me on the ",
            D(rng.choice(["Monday", "Friday", "Wednesday"]), "weekday"),
            ". ",
        ),
        (
            K("ageband"),
            "Most of the lads in my section are ",
            D(
                rng.choice(["in their forties", "late twenties", "under 25", "in their thirties"]),
                "age_band",
            ),
            ", I'm ",
            age_s(p, rng),
            " myself. ",
        ),
        (
            K("ordinary"),
            rng.choice(P.ORDINARY) + " ",
        ),
        (K("move"), "We moved to ", town_s(p), " ", count_d(rng), " ago, nearer my mum. "),
        (
            K("pledge"),
            D(cap(rng.choice(P.PUBLIC_TITLES)), "rank"),
            " can say what they like about the ",
            D("Reserve Forces' Pledge", "product"),
            ", it is the employer that matters. ",
        ),
        (
            K("oh"),
            "Occupational health were fine, the nurse, ",
            M(c.extra[0] if c.extra else c.worker, rng.choice(["first", "title"])),
            ", said I was fit to go back after ",
            D(rng.choice(["two weeks", "ten days", "a month"]), "count"),
            ". ",
        ),
        (
            K("role"),
            D(cap(rng.choice(P.ROLE_WORDS)), "rank"),
            " told us on ",
            D(rng.choice(WEEKDAYS), "weekday"),
            " at ",
            time_d(rng),
            " that it was ",
            D(rng.choice(["confirmed", "on hold", "cancelled"]), "status"),
            ". ",
        ),
    ]
    return out


def he(p: Person) -> str:
    return "he" if p.sex == "m" else "she"


def cap(text: str) -> str:
    return text[0].upper() + text[1:]


def PW(rng: random.Random) -> D:
    return D(rng.choice(P.PLACE_WORDS[:7]), "place_word")


def contact_answer(doc: Doc, c: Cast, spoken: bool) -> list:
    rng = doc.rng
    p = c.part
    choices = [
        ("Yeah, it's ", phone_s(p, rng, "mobile", spoken and rng.random() < 0.6), ". "),
        (
            "It's ",
            email_s(p, rng, "email", spoken and rng.random() < 0.5),
            ", that's the best one. ",
        ),
        (
            "I'm at ",
            addr_s(p),
            ", ",
            town_s(p),
            ", ",
            postcode_s(p, rng, spoken and rng.random() < 0.4),
            ". ",
        ),
        ("Date of birth ", dob_s(p, rng, spoken and rng.random() < 0.6), ". "),
    ]
    if c.kind == "reservist":
        choices.append(
            ("My service number is ", service_no_s(p, rng, spoken and rng.random() < 0.5), ". ")
        )
    if c.kind == "civil":
        choices.append(
            (
                "Staff number ",
                staff_no_s(p, rng),
                ", and my desk is ",
                phone_s(p, rng, "desk"),
                ". ",
            )
        )
    return choices


# ---------------------------------------------------------------- styles


def pick(rng: random.Random, items: list, k: int) -> list:
    return rng.sample(items, min(k, len(items)))


INT_LABELS = [("INT", "R"), ("Interviewer", "Respondent"), ("I", "P"), ("Q", "A"), ("IV", "RES"),
              ("INTERVIEWER", "PARTICIPANT")]  # fmt: skip
QUESTIONS = {
    "join": ["Can you tell me a bit about how you came to be a reservist?",
             "How did you end up joining?"],
    "parade": ["What does a normal month look like for you?"],
    "psi": ["Who in the unit was there for you?"],
    "mate": ["Did you go out with anyone you knew?", "Who did you lean on in the unit?"],
    "report": ["Take me through the mobilisation itself."],
    "tours": ["How much have you done as a reservist?"],
    "grade": ["Can you tell me about your job?", "What's your role at the moment?"],
    "manager": ["How is your line manager about it all?"],
    "hotdesk": ["What's the office like these days?"],
    "scs": ["Do you feel senior leaders get it?"],
    "family_mob": ["Can you tell me about the mobilisation from the family's side?"],
    "welfare": ["Did the unit's welfare side get in touch?"],
    "contractor": ["Where do you fit in, as a contractor?"],
    "site": ["How did your employer react when you were mobilised?",
             "What do you do in your civilian job?"],
    "quote": ["What did your manager say?"],
    "hr": ["Did HR get involved at all?"],
    "partner": ["What was the hardest part for the family?"],
    "pay": ["Were there any money worries?"],
    "charity": ["Who did you turn to when things got hard?"],
    "ageband": ["Who else is in your section?", "How old are you, if you don't mind me asking?"],
    "ordinary": ["Anything else on your mind?", "How have things been at home?"],
    "move": ["Where are you living now?"],
    "pledge": ["What do you make of the employer schemes?"],
    "oh": ["And how was it coming back to work afterwards?"],
    "role": ["How did you hear about the decision?"],
    "contact": ["Could I take a contact number for the follow-up?",
                "And what's the best way to reach you?",
                "For the consent form, can I take a few details?"],
}  # fmt: skip


def style_interview(doc: Doc, c: Cast, pid: str) -> None:
    rng = doc.rng
    spoken = True
    a, b = rng.choice(INT_LABELS)
    if b == "P":
        b = pid
    sentences = talk_sentences(doc, c, spoken)
    rng.shuffle(sentences)
    contacts = contact_answer(doc, c, spoken)
    turns = []
    for _ in range(rng.randint(3, 6)):
        if not sentences:
            break
        ans = [sentences.pop() for _ in range(rng.randint(1, 2)) if sentences]
        turns.append((rng.choice(QUESTIONS[ans[0][0]]), ans))
    if rng.random() < 0.6:
        turns.insert(
            rng.randint(0, len(turns)),
            (rng.choice(QUESTIONS["contact"]), pick(rng, contacts, rng.randint(2, 3))),
        )
    if doc.fmt == "txt":
        if rng.random() < 0.6:
            doc.w(
                D("Interview", "header"),
                " ",
                D(pid, "role"),
                " – ",
                D(
                    {
                        "reservist": P.SERVICE_WORD.get(c.part.service or "", "Army Reserve"),
                        "civil": "Civil Service",
                        "cadet": "Cadet Forces",
                        "family": "families",
                        "contractor": "contractors",
                    }[c.kind],
                    "service",
                ),
                "\n",
            )
            doc.w(D("Date of interview:", "header"), " ", ddate(doc.when, rng), "\n")
            doc.w(
                D("Interviewer:", "header"),
                " ",
                M(c.researcher, rng.choice(["full", "init", "initials", "title"])),
                "\n",
            )
            doc.w(
                D("Duration:", "header"), " ", D(f"{rng.randint(31, 88)} minutes", "count"), "\n\n"
            )
        clock = rng.randint(30, 600)
        stamps = rng.random() < 0.4
        for q, ans in turns:
            clock += rng.randint(40, 400)
            if stamps:
                doc.w(
                    "[",
                    D(f"{clock // 3600:02d}:{clock // 60 % 60:02d}:{clock % 60:02d}", "timestamp"),
                    "] ",
                )
            doc.w(D(a, "role"), ": ", q, "\n")
            clock += rng.randint(5, 20)
            if stamps:
                doc.w(
                    "[",
                    D(f"{clock // 3600:02d}:{clock // 60 % 60:02d}:{clock % 60:02d}", "timestamp"),
                    "] ",
                )
            doc.w(D(b, "role"), ": ")
            if rng.random() < 0.3:
                doc.w(D(rng.choice(["Erm", "Um", "Er", "Well"]), "filler"), "... ")
            for s in ans:
                doc.w(*s)
            if rng.random() < 0.2:
                doc.w(D(rng.choice(["[laughs]", "[pause]", "[inaudible]", "[crosstalk]"]), "tag"))
            doc.w("\n")
        return
    # WebVTT or SRT: voice tags name the speakers (a role, or the participant's name)
    vtt = doc.fmt == "vtt"
    if vtt:
        doc.w(D("WEBVTT", "header"), "\n\n")
    t = rng.randint(0, 20000)
    named = rng.random() < 0.5
    srt_name = rng.choice(["full", "caps"])
    sep = "." if vtt else ","

    def clock(ms: int) -> str:
        return (
            f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}{sep}{ms % 1000:03d}"
        )

    n = 1
    for q, ans in turns:
        for who, body in ((a, [(q,)]), (b, ans)):
            start = t + rng.randint(0, 900)
            t = start + rng.randint(3000, 40000)
            if not vtt:
                doc.w(str(n), "\n")
                n += 1
            doc.w(D(clock(start), "timestamp"), " --> ", D(clock(t), "timestamp"), "\n")
            if vtt:
                doc.w("<v ")
                if who == b and named:
                    doc.w(M(c.part, "full"))
                elif who == a and named:
                    doc.w(M(c.researcher, "full"))
                else:
                    doc.w(D(who, "role"))
                doc.w(">")
            else:
                if who == b and named:
                    doc.w(M(c.part, srt_name))
                else:
                    doc.w(D(who.upper(), "role"))
                doc.w(": ")
            for s in body:
                doc.w(*s)
            doc.w("\n\n")


def style_focus(doc: Doc, c: Cast, pid: str) -> None:
    rng = doc.rng
    voices = [c.part, *c.extra]
    doc.w(
        D(f"Focus group {rng.randint(1, 12)}", "header"),
        " – ",
        D(
            rng.choice(
                [
                    "reservists' employers",
                    "Maritime Reserve",
                    "Army Reserve",
                    "MoD civil servants",
                    "families",
                ]
            ),
            "service",
        ),
        "\n",
    )
    doc.w(
        D("Date:", "header"),
        " ",
        ddate(doc.when, rng),
        "   ",
        D("Venue:", "header"),
        " ",
        base_s(c.part) if rng.random() < 0.5 else D("MS Teams", "product"),
        "\n",
    )
    doc.w(
        D("Facilitator:", "header"),
        " ",
        M(c.researcher, rng.choice(["full", "title", "init"])),
        "   ",
        D("Notes:", "header"),
        " ",
        M(c.hr, rng.choice(["init", "first", "full", "firstinit"])),
        "\n",
    )
    doc.w(D("Present:", "header"), " ", D(f"{len(voices)} participants", "count"), " (")
    ids = []
    for i, _voice in enumerate(voices):
        vid = f"P{rng.randint(10, 99)}" if i else pid
        while vid in ids:
            vid = f"P{rng.randint(10, 99)}"
        ids.append(vid)
        if i:
            doc.w(", ")
        doc.w(D(vid, "role"))
    doc.w(")\n\n")
    doc.w(D("Key points", "header"), "\n")
    lines = []
    for v, vid in zip(voices, ids, strict=True):
        lines.append(
            (
                "- ",
                D(vid, "role"),
                " (",
                D(
                    rng.choice(
                        ["AO", "EO", "HEO", "Sgt", "Cpl", "AB", "SAC", "employer", "spouse"]
                    ),
                    "rank",
                ),
                ") said ",
                rng.choice(["their manager", "her boss", "his employer"]),
                " at ",
                site_s(v),
                " had been ",
                rng.choice(["supportive", "difficult", "indifferent"]),
                ".\n",
            )
        )
        lines.append(
            (
                "- ",
                M(v, rng.choice(["first", "dim"])),
                " (",
                D(vid, "role"),
                ") ",
                rng.choice(
                    ["disagreed strongly", "agreed", "laughed at this", "was quiet until asked"]
                ),
                "; ",
                rng.choice(["said", "mentioned"]),
                " ",
                D(rng.choice(P.ROLE_WORDS), "rank"),
                " ",
                rng.choice(["never rang back", "was excellent", "had moved on"]),
                ".\n",
            )
        )
    lines += [
        (
            "- Several mentioned ",
            product(rng),
            " and ",
            product(rng),
            "; nobody had heard of ",
            D(rng.choice(P.PROGRAMMES), "product"),
            ".\n",
        ),
        (
            "- ",
            M(c.part, "first"),
            " described coming back after ",
            count_d(rng, ["months", "weeks"]),
            " to find the desk gone; ",
            M(c.mate, rng.choice(["nick", "full", "rank"])),
            " from ",
            unit_s(c.mate),
            " had the same.\n",
        ),
        (
            "- One (",
            D(rng.choice(["late forties", "early thirties", "over 50"]), "age_band"),
            ") said ",
            D(rng.choice(P.PUBLIC_TITLES), "rank"),
            " should visit a reserve centre.\n",
        ),
        ("- Time ran over: finished ", time_d(rng), ".\n"),
    ]
    rng.shuffle(lines)
    for line in lines[: rng.randint(5, 9)]:
        doc.w(*line)
    if rng.random() < 0.5:
        doc.w(
            "\n",
            D("Action:", "header"),
            " ",
            M(c.researcher, "initials"),
            " to send ",
            M(c.part, "first"),
            " the ",
            D("Thrive", "product"),
            " leaflet by ",
            D(rng.choice(WEEKDAYS[:5]), "weekday"),
            ".\n",
        )


SURVEY_Q = [
    "Q7. Please describe any support you received from your civilian employer.",
    "Q12. What, if anything, would have made mobilisation easier for you or your family?",
    "Q15. Is there anything else you would like to tell us?",
    "Q9. How has your reserve service affected your wellbeing at work?",
    "Q4b. If you answered 'Other', please specify.",
]  # fmt: skip


def style_survey(doc: Doc, c: Cast, pid: str) -> None:
    rng = doc.rng
    if rng.random() < 0.5:
        doc.w(
            D("Respondent", "header"),
            " ",
            D(pid, "role"),
            " | ",
            D(
                rng.choice(["Army Reserve", "RNR", "RAuxAF", "Civil Service", "Employer"]),
                "service",
            ),
            " | ",
            D(rng.choice(["Completed", "Partial"]), "status"),
            " ",
            ddate(doc.when, rng),
            "\n",
        )
    sentences = talk_sentences(doc, c, False)
    rng.shuffle(sentences)
    for q in pick(rng, SURVEY_Q, rng.randint(1, 3)):
        doc.w(D(q, "header"), "\n")
        for s in sentences[: rng.randint(1, 4)]:
            doc.w(*s)
        sentences = sentences[4:]
        if rng.random() < 0.15:
            doc.w(
                pick(rng, contact_answer(doc, c, False), 1)[0][0].replace("It's ", "contact me "),
                *pick(rng, contact_answer(doc, c, False), 1)[0][1:],
            )
        doc.w("\n\n")
    if rng.random() < 0.3:
        doc.w(
            "If anyone reading this is struggling the Combat Stress helpline is ",
            D("0800 138 1619", "helpline"),
            " or ring ",
            D("111", "helpline"),
            ".\n",
        )


def display_name(doc: Doc, p: Person, style: int, mod: bool = True) -> list:
    """An Outlook or Teams display name as the MoD directory writes it (or, off the MoD
    network, as an employer's mail system does: the name alone)."""
    rng = doc.rng
    if not mod:
        return [M(p, "surfirst" if style < 2 else "full")]
    if style == 0:
        return [
            M(p, "surfirst"),
            " ",
            D(p.grade or "C2", "rank"),
            " (",
            D(p.vals["team"], "team"),
            ")",
        ]
    if style == 1:
        return [M(p, "surfirst"), " (", D(p.vals["team"], "team"), ")"]
    if style == 2:
        return [M(p, "full")]
    return [M(p, "full"), " (", D(rng.choice(["Contractor", "Ext", "Reserve"]), "role"), ")"]


def signature(doc: Doc, p: Person, civil: bool) -> None:
    rng = doc.rng
    doc.w(
        "\n",
        M(p, rng.choice(["full", "first", "rank"] if not civil else ["full", "first", "caps"])),
        "\n",
    )
    if civil:
        doc.w(
            D(
                rng.choice(
                    [
                        "SO2 Reserves Policy",
                        "Reserves Casework Manager",
                        "Team Leader",
                        "Business Support Officer",
                        "HR Business Partner",
                    ]
                ),
                "rank",
            ),
            " | ",
            D(p.vals["team"], "team"),
            "\n",
        )
        doc.w(
            D("Ministry of Defence", "product"),
            " | ",
            building_s(p),
            ", ",
            D(
                rng.choice(["Zone D", "Level 5", "Spine 3", "Room 5.N.12", "Fir 2c"]),
                "place_word",
            ),
            "\n",
        )
        ways = [
            ("Tel: ", phone_s(p, rng, "desk"), "\n"),
            ("Mil: ", phone_s(p, rng, "mil"), "\n"),
            ("Mob: ", phone_s(p, rng, "mobile"), "\n"),
            ("Teams: ", M(p, "handle"), "\n"),
            ("Ext ", phone_s(p, rng, "ext"), "\n"),
        ]
        for w in pick(rng, ways, rng.randint(1, 3)):
            doc.w(*w)
    else:
        doc.w(
            D(
                rng.choice(
                    [
                        "Store Manager",
                        "Ward Manager",
                        "People Partner",
                        "Depot Supervisor",
                        "HR Adviser",
                    ]
                ),
                "rank",
            ),
            "\n",
        )
        doc.w(site_s(p), "\n", "T: ", phone_s(p, rng, "site_desk"), "\n")
    if rng.random() < 0.3:
        doc.w(D(rng.choice(["OFFICIAL", "OFFICIAL-SENSITIVE PERSONAL"]), "system"), "\n")


EMAIL_BODIES = ["mob", "leave", "return", "welfare", "study"]


def style_email(doc: Doc, c: Cast, pid: str) -> None:
    rng = doc.rng
    p, boss = c.part, c.boss
    kind = rng.choice(EMAIL_BODIES)
    civil_sender = c.kind == "civil" or kind in ("welfare", "study")
    sender = (
        c.worker
        if kind == "welfare"
        else c.researcher
        if kind == "study"
        else (boss if rng.random() < 0.5 else c.hr)
    )
    ds = rng.randrange(4)
    doc.w(
        D("From:", "header"),
        " ",
        *display_name(doc, sender, ds, civil_sender),
        " <",
        email_s(sender, rng, "work_email" if civil_sender else "employer_email"),
        ">\n",
    )
    doc.w(
        D("Sent:", "header"),
        " ",
        D(rng.choice(WEEKDAYS[:5]), "weekday"),
        " ",
        ddate(doc.when, rng),
        " ",
        time_d(rng),
        "\n",
    )
    doc.w(D("To:", "header"), " ", *display_name(doc, p, rng.randrange(4), c.kind == "civil"), "\n")
    if rng.random() < 0.5:
        doc.w(
            D("Cc:", "header"),
            " ",
            M(c.psi, "rank")
            if c.kind == "reservist"
            else M(c.extra[0] if c.extra else c.hr, "full"),
            "; ",
            D(rng.choice(P.TEAMS), "team"),
            "\n",
        )
    subject = {
        "mob": "Notice of mobilisation – ",
        "leave": "Annual camp – special leave request – ",
        "return": "Return to work meeting – ",
        "welfare": "Referral – ",
        "study": "Thrive interview follow-up – ",
    }[kind]
    doc.w(
        D("Subject:", "header"),
        " ",
        subject,
        M(p, rng.choice(["full", "surfirst", "rank"])),
        "\n\n",
    )
    greet = rng.choice(["Hi ", "Dear ", "Morning ", "Hello "])
    doc.w(greet, M(p, rng.choice(["first", "dim", "title"])), ",\n\n")
    if kind == "mob":
        doc.w(
            "Thank you for letting us know about the call-out notice. I have spoken to ",
            M(c.boss if sender is c.hr else c.hr, rng.choice(["first", "full"])),
            " your manager" if sender is c.hr else " in HR",
            " and we will hold your post at ",
            site_s(p),
            " while you are away (",
            count_d(rng, ["months"]),
            ").\n",
            "Please can you forward the ",
            D("SaBRE", "product"),
            " pack and your unit's letter from ",
            unit_s(p),
            " so we can claim ",
            D("EFA", "acronym"),
            " – our payroll reference for you is ",
            staff_no_s(p, rng)
            if rng.random() < 0.3
            else S(f"PR-{rng.randint(10000, 99999)}", "SERVICE_NUMBER", "staff"),
            ".\n",
        )
    elif kind == "leave":
        doc.w(
            "I need ",
            D(f"{rng.randint(10, 16)} days", "count"),
            " for annual camp at ",
            base_s(p),
            " from ",
            ddate(doc.when + timedelta(days=30), rng),
            ". ",
            M(c.psi, "rank"),
            " can confirm dates on ",
            phone_s(c.psi, rng, "mobile"),
            ".\n",
            rng.choice(P.ORDINARY),
            "\n",
        )
    elif kind == "return":
        doc.w(
            "Welcome back. ",
            M(c.hr if sender is boss else boss, rng.choice(["first", "full"])),
            " and I would like to meet you on ",
            D(rng.choice(WEEKDAYS[:5]), "weekday"),
            " at ",
            time_d(rng),
            " in ",
            D(rng.choice(P.PLACE_WORDS), "place_word"),
            ". Occupational health have your records; your age (",
            age_s(p, rng, False),
            ") and ",
            D("AFCS", "acronym"),
            " claim don't affect the phased return.\n",
        )
    elif kind == "welfare":
        doc.w(
            "I'm the caseworker for ",
            M(p, rng.choice(["full", "title"])),
            " (service no ",
            service_no_s(p, rng),
            ", ",
            unit_s(p),
            "). ",
            he(p).capitalize(),
            " lives at ",
            addr_s(p),
            ", ",
            town_s(p),
            " ",
            postcode_s(p, rng),
            " with ",
            M(c.partner, "first"),
            " and the children.\n",
            "Could the UWO, ",
            M(c.psi, "rank"),
            ", give ",
            M(p, "sur"),
            " a ring on ",
            phone_s(p, rng),
            "? DOB ",
            dob_s(p, rng),
            " for your records.\n",
        )
    else:
        doc.w(
            "Thanks again for your time on ",
            ddate(doc.when - timedelta(days=7), rng),
            ". As promised, here is the summary of your ",
            D(rng.choice(P.PROGRAMMES), "product"),
            " interview (ID ",
            D(pid, "role"),
            "). If ",
            M(c.partner, rng.choice(["first", "dim"])),
            " would like to take part please ask her to email me at ",
            email_s(c.researcher, rng, "work_email"),
            " or ring ",
            phone_s(c.researcher, rng, rng.choice(["desk", "mobile"])),
            ".\n",
        )
    if rng.random() < 0.4:
        doc.w(
            "\n",
            rng.choice(["Kind regards,", "Many thanks,", "Best wishes,", "Cheers,", "Thanks,"]),
        )
    signature(doc, sender, civil_sender)
    if rng.random() < 0.35:
        doc.w(
            "\n",
            D("-----Original Message-----", "system"),
            "\n",
            D("From:", "header"),
            " ",
            M(p, "full"),
            " <",
            email_s(p, rng, rng.choice(["email", "work_email"])),
            ">\n",
            "Hi ",
            M(sender, "first"),
            ", just to let you know ",
            M(c.mate, rng.choice(["first", "nick"])),
            " has the same letter. ",
            M(p, rng.choice(["first", "initials"])),
            "\n",
        )


def style_chat(doc: Doc, c: Cast, pid: str) -> None:
    rng = doc.rng
    people = [c.part, c.boss, c.mate, *c.extra[:2]]
    names = {}
    for p in people:
        names[id(p)] = rng.randrange(3)
    doc.w(
        D(
            rng.choice(
                ["Reserves Network – chat", "Thrive pilot team", "Group chat", "Mob cell (Teams)"]
            ),
            "header",
        ),
        "\n",
    )
    doc.w(ddate(doc.when, rng), "\n")
    lines = [
        (
            c.part,
            [
                "morning all, anyone know if ",
                D("MATT", "acronym"),
                " 2 counts if you did it at ",
                base_s(c.part),
                "?",
            ],
        ),
        (c.boss, ["@", M(c.part, "first"), " yes as long as ", D("JPA", "product"), " shows it"]),
        (
            c.mate,
            [
                "ring ",
                M(c.psi, rng.choice(["rank", "sur"])),
                " on ",
                phone_s(c.psi, rng, rng.choice(["mil", "mobile"])),
                " ",
                he(c.psi),
                "'ll know",
            ],
        ),
        (c.part, ["cheers ", M(c.mate, rng.choice(["nick", "dim", "first"])), " 👍"]),
        (
            c.boss,
            [
                "can you all put your leave in by ",
                D(rng.choice(WEEKDAYS[:5]), "weekday"),
                " pls, camp is ",
                ddate(doc.when + timedelta(days=40), rng),
            ],
        ),
        (c.mate, ["i hope so, no joy from the ", D(rng.choice(P.TEAMS), "team"), " yet"]),
        (
            c.part,
            ["my email if you need it ", email_s(c.part, rng, rng.choice(["email", "work_email"]))],
        ),
        (
            c.boss,
            [
                "meeting code ",
                D(
                    " ".join(str(rng.randint(a, b)) for a, b in ((100, 999),) * 3 + ((10, 99),)),
                    "file",
                ),
                " passcode ",
                D(
                    f"{rng.choice('abcdefghjk')}{rng.randint(1000, 9999)}{rng.choice('XYZQ')}",
                    "file",
                ),
            ],
        ),
        (
            c.mate,
            [
                D(rng.choice(P.ROLE_WORDS), "rank"),
                " says ",
                D(rng.choice(P.PUBLIC_TITLES), "rank"),
                " is visiting ",
                base_s(c.mate),
                " ",
                D(rng.choice(WEEKDAYS), "weekday"),
            ],
        ),
    ]
    if c.extra:
        lines.append(
            (
                c.extra[0],
                [
                    "sorry late – ",
                    M(c.boss, rng.choice(["first", "firstinit"])),
                    " can you add ",
                    M(c.extra[1] if len(c.extra) > 1 else c.hr, "handle"),
                    " to the chat",
                ],
            )
        )
    clock = rng.randint(7 * 60, 16 * 60)
    layout = rng.randrange(3)
    for i in rng.sample(range(len(lines)), rng.randint(5, len(lines))):
        who, body = lines[i]
        clock += rng.randint(1, 25)
        h, m = divmod(clock, 60)
        stamp = [
            f"{h:02d}:{m:02d}",
            f"{h % 12 or 12}:{m:02d} {'AM' if h < 12 else 'PM'}",
            f"{h:02d}{m:02d}",
        ][layout]
        doc.w("[", D(stamp, "time"), "] ")
        st = names[id(who)]
        doc.w(*display_name(doc, who, st if st != 0 else 1) if st != 2 else [M(who, "full")])
        doc.w("\n")
        doc.w(*body)
        doc.w("\n")


def style_minutes(doc: Doc, c: Cast, pid: str) -> None:
    rng = doc.rng
    members = [c.boss, c.researcher, c.psi, c.hr, c.worker, *c.extra]
    doc.w(
        D(
            rng.choice(
                [
                    "Reserves Wellbeing Working Group",
                    "Thrive Steering Group",
                    "Employer Engagement Forum",
                    "Unit Welfare Committee",
                ]
            ),
            "team",
        ),
        " – ",
        D("Minutes", "header"),
        "\n",
    )
    doc.w(
        D("Date:", "header"),
        " ",
        ddate(doc.when, rng),
        "  ",
        D("Time:", "header"),
        " ",
        time_d(rng),
        "  ",
        D("Venue:", "header"),
        " ",
    )
    if rng.random() < 0.5:
        doc.w(
            building_s(c.boss),
            " ",
            D(rng.choice(["Room 5.N.12", "Fir 1a", "the conference room"]), "place_word"),
            "\n",
        )
    else:
        doc.w(
            D("MS Teams", "product"),
            " (",
            D(
                "Meeting ID " + " ".join(str(rng.randint(100, 999)) for _ in range(3)),
                "file",
            ),
            ")\n",
        )
    doc.w(D("Present:", "header"), " ")
    roles = rng.sample(["Chair", "Secretary", "HEO", "G7", "SO2", "UESO", "AFF rep"], 7)
    for i, m in enumerate(members):
        if i:
            doc.w(", ")
        doc.w(M(m, rng.choice(["full", "rank", "title", "init"])))
        if rng.random() < 0.5 and roles:
            doc.w(
                " (",
                D(roles.pop(), "role"),
                ")",
            )
    doc.w("\n", D("Apologies:", "header"), " ", M(c.mate, rng.choice(["rank", "full"])), "\n\n")
    items = [
        (
            "Matters arising",
            [
                M(c.hr, "initials"),
                " confirmed the letters to employers had gone. ",
                M(c.psi, "sur"),
                " raised the ",
                D("EFA", "acronym"),
                " backlog (",
                D(f"{rng.randint(5, 40)} claims", "count"),
                ").\n",
            ],
        ),
        (
            "Recruitment",
            [
                D(f"{rng.randint(12, 60)} participants", "count"),
                " so far; ",
                M(c.researcher, rng.choice(["first", "initials"])),
                " to chase the NHS trusts.\n",
            ],
        ),
        (
            "Case",
            [
                "The group discussed ",
                M(c.part, rng.choice(["rank", "surfirst", "full"])),
                " (",
                unit_s(c.part),
                "), whose employer at ",
                site_s(c.part),
                " has refused to hold the post. ",
                M(c.worker, "initials"),
                " to contact ",
                charity(rng),
                ".\n",
            ],
        ),
        (
            "AOB",
            [
                D(cap(rng.choice(P.PUBLIC_TITLES)), "rank"),
                "'s visit on ",
                ddate(doc.when + timedelta(days=20), rng),
                ". ",
                rng.choice(P.ORDINARY),
                "\n",
            ],
        ),
    ]
    for n, (title, body) in enumerate(items, 1):
        doc.w(f"{n}. ", D(title, "header"), "\n", *body)
        if rng.random() < 0.7:
            owner = rng.choice(members)
            doc.w(
                D("Action:", "header"),
                " ",
                M(owner, rng.choice(["initials", "initials", "first", "sur"])),
                "\n",
            )
    doc.w(
        "\n",
        D("Date of next meeting:", "header"),
        " ",
        ddate(doc.when + timedelta(days=rng.randint(20, 60)), rng),
        "\n",
    )


def style_referral(doc: Doc, c: Cast, pid: str) -> None:
    rng = doc.rng
    p = c.part
    doc.w(
        D(
            rng.choice(
                [
                    "VETERANS' GATEWAY REFERRAL",
                    "SSAFA CASEWORK REFERRAL FORM",
                    "Thrive self-referral",
                    "WELFARE REFERRAL",
                ]
            ),
            "header",
        ),
        "\n",
    )
    doc.w(
        D("Ref:", "header"),
        " ",
        D(f"REF-{rng.randint(1000, 9999)}/{str(doc.when.year)[2:]}", "file"),
        "\n",
    )
    fields = [
        ("Name:", [M(p, rng.choice(["surfirst", "caps", "full"]))]),
        ("Date of birth:", [dob_s(p, rng)]),
        ("Age:", [age_s(p, rng, False)]),
        ("Service:", [D(P.SERVICE_WORD.get(p.service or "", "Civil Service"), "service")]),
        ("Service no:", [service_no_s(p, rng)] if c.kind == "reservist" else [staff_no_s(p, rng)]),
        ("Unit:", [unit_s(p)]),
        ("NI number:", [ni_s(p, rng)]),
        ("Address:", [addr_s(p), ", ", town_s(p), " ", postcode_s(p, rng)]),
        ("Tel:", [phone_s(p, rng)]),
        ("Email:", [email_s(p, rng)]),
        ("Employer:", [site_s(p)]),
        (
            "Next of kin:",
            [
                M(c.partner, "full"),
                " (",
                rng.choice(["wife", "husband", "partner"]),
                ") ",
                phone_s(c.partner, rng),
            ],
        ),
    ]
    for label, body in fields[:4] + pick(rng, fields[4:], rng.randint(4, 7)):
        doc.w(D(label, "header"), " ", *body, "\n")
    doc.w(D("Reason for referral:", "header"), "\n")
    sentences = talk_sentences(doc, c, False)
    for s in pick(rng, sentences, rng.randint(2, 4)):
        doc.w(*s)
    doc.w(
        "\n",
        D("Referred by:", "header"),
        " ",
        M(c.worker, rng.choice(["full", "title", "init"])),
        ", ",
        D(rng.choice(["Caseworker", "Volunteer", "UWO", "Unit Welfare Officer"]), "rank"),
        ", ",
        charity(rng),
        "\n",
        D("Contact:", "header"),
        " ",
        phone_s(c.worker, rng, "mobile"),
        "\n",
    )
    doc.w(
        D("Status:", "header"),
        " ",
        D(rng.choice(["Open", "Allocated", "Awaiting consent", "Closed"]), "status"),
        "\n",
    )


def style_letter(doc: Doc, c: Cast, pid: str) -> None:
    rng = doc.rng
    p = c.part
    kind = rng.choice(["mob", "employer", "cadet", "family"])
    if kind in ("mob", "cadet"):
        doc.w(unit_s(p) if c.kind != "civil" else D("Army HQ", "team"), "\n", base_s(p), "\n\n")
        doc.w(
            D("Our ref:", "header"),
            " ",
            D(
                f"{rng.choice(['MOB', 'RF', 'CFAV'])}/{rng.randint(100, 999)}/{doc.when.year}",
                "file",
            ),
            "\n",
        )
        doc.w(ddate(doc.when, rng), "\n\n")
        doc.w(
            M(c.boss, rng.choice(["title", "full"])), "\n", site_s(p), "\n", town_s(c.boss), "\n\n"
        )
        doc.w("Dear ", M(c.boss, rng.choice(["title", "title"])), ",\n\n")
        if kind == "mob":
            doc.w(
                D("NOTICE OF MOBILISATION", "header"),
                " – ",
                M(p, rng.choice(["rank", "caps", "full"])),
                ", ",
                service_no_s(p, rng),
                "\n\n",
                "I am writing to inform you that your employee, ",
                M(p, rng.choice(["full", "rank"])),
                ", has been called out for permanent service under section 54 of ",
                D("RFA 96", "acronym"),
                " from ",
                ddate(doc.when + timedelta(days=28), rng),
                " for a period of up to ",
                count_d(rng, ["months"]),
                ". ",
                "You may apply for financial assistance within ",
                D("eight weeks", "count"),
                ". ",
                D("Defence Relationship Management", "product"),
                " can advise on ",
                D("0800 389 6931", "helpline"),
                ".\n",
            )
        else:
            doc.w(
                "I am pleased to confirm that ",
                M(p, rng.choice(["full", "title"])),
                " has been appointed as a ",
                D("Cadet Force Adult Volunteer", "rank"),
                " with ",
                unit_s(p),
                ". Parade nights are ",
                D(rng.choice(WEEKDAYS[:4]), "weekday"),
                " evenings at ",
                PW(rng),
                ". The ",
                D("DBS", "acronym"),
                " check was completed on ",
                ddate(doc.when - timedelta(days=12), rng),
                ".\n",
            )
        doc.w(
            "\n",
            D("Yours sincerely", "signoff"),
            "\n\n",
            M(c.psi, rng.choice(["rank", "full"])),
            "\n",
            D(
                rng.choice(
                    [
                        "Adjutant",
                        "Unit Employer Support Officer",
                        "Commanding Officer",
                        "County Cadet Commandant",
                    ]
                ),
                "rank",
            ),
            "\n",
        )
        doc.w("Tel ", phone_s(c.psi, rng, rng.choice(["desk", "mil"])), "\n")
    else:
        author = p if kind == "family" else c.boss
        doc.w(
            M(author, "full"),
            "\n",
            addr_s(author),
            "\n",
            town_s(author),
            "\n",
            postcode_s(author, rng),
            "\n\n",
            ddate(doc.when, rng),
            "\n\n",
        )
        if kind == "employer":
            doc.w(
                D("To whom it may concern", "greet_all"),
                ",\n\n",
                "I manage ",
                M(p, rng.choice(["full", "first"])),
                " at ",
                site_s(p),
                ". ",
                M(p, "first"),
                " has been with us ",
                count_d(rng, ["years"]),
                " and is a reservist with ",
                unit_s(p),
                ". While ",
                "he" if p.sex == "m" else "she",
                " was mobilised we lost ",
                money_d(rng),
                " in overtime cover. ",
                rng.choice(P.ORDINARY),
                " I would ask that ",
                D(rng.choice(P.PUBLIC_TITLES), "rank"),
                " looks again at the scheme.\n",
            )
        else:
            doc.w(
                "Dear ",
                M(c.worker, rng.choice(["title", "first"])),
                ",\n\n",
                "My husband " if c.partner.sex == "m" else "My wife ",
                M(c.partner, "full"),
                " (",
                service_no_s(c.partner, rng),
                ", ",
                unit_s(c.mate),
                ") has been away ",
                count_d(rng, ["months", "weeks"]),
                ". Our ",
                "son " if c.child.sex == "m" else "daughter ",
                M(c.child, "first"),
                " is ",
                age_s(c.child, rng),
                " and has not been sleeping. I am ",
                age_s(p, rng),
                " and work nights at ",
                site_s(p),
                ". You can reach me on ",
                phone_s(p, rng),
                " or ",
                email_s(p, rng),
                ".\n",
            )
        doc.w(
            "\n",
            D(rng.choice(["Yours faithfully", "Yours sincerely", "Kind regards"]), "signoff"),
            "\n\n",
            M(author, rng.choice(["full", "first", "caps"])),
            "\n",
        )


STYLE_FUNCS = {
    "interview": style_interview, "email": style_email, "survey": style_survey,
    "chat": style_chat, "minutes": style_minutes, "focus": style_focus,
    "referral": style_referral, "letter": style_letter,
}  # fmt: skip


def schedule() -> list[str]:
    left = dict(STYLES)
    order = []
    while any(left.values()):
        for name, _ in STYLES:
            if left[name]:
                order.append(name)
                left[name] -= 1
    return order


def build_corpus() -> list[dict]:
    rng = random.Random(SEED)
    records = []
    interview_n = 0
    for n, style in enumerate(schedule(), 1):
        fmt = "txt"
        if style == "interview":
            interview_n += 1
            fmt = ["txt", "txt", "txt", "vtt", "srt"][interview_n % 5]
        while True:
            when = date(2026, rng.randint(3, 11), rng.randint(1, 28))
            extra = rng.randint(3, 6) if style == "focus" else rng.randint(1, 3)
            cast = make_cast(rng, when, extra=extra)
            lower = style in ("survey", "chat") and rng.random() < 0.3
            doc = Doc(rng, style, when, fmt, lower)
            pid = f"P{rng.randint(1, 99):02d}"
            STYLE_FUNCS[style](doc, cast, pid)
            record = doc.build(f"heldout-n-{n:04d}")
            if record is not None:
                records.append(record)
                break
    return records


def dump(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)


def stats(records: list[dict], data: str) -> str:
    words = [len(r["text"].split()) for r in records]
    people = Counter()
    repeated = 0
    for r in records:
        mentions = Counter(s["entity"] for s in r["spans"] if s["type"] == "PERSON")
        people[r["style"]] += len(mentions)
        repeated += sum(1 for v in mentions.values() if v > 1)
    lines = [
        f"documents: {len(records)}",
        f"words per document: min {min(words)}, max {max(words)}, "
        f"mean {round(sum(words) / len(words))}",
        f"distinct people (entities, counted per document): {sum(people.values())}",
        f"people mentioned more than once in their document: {repeated}",
        "",
    ]

    def table(title: str, counts: Counter) -> None:
        lines.append(f"| {title} | count |")
        lines.append("|---|---|")
        for key in sorted(counts):
            lines.append(f"| {key} | {counts[key]} |")
        lines.append(f"| total | {sum(counts.values())} |")
        lines.append("")

    table("style", Counter(r["style"] for r in records))
    table("format", Counter(r["format"] for r in records))
    table("type", Counter(s["type"] for r in records for s in r["spans"]))
    table("type/form", Counter(f"{s['type']}/{s['form']}" for r in records for s in r["spans"]))
    table("decoy kind", Counter(d["kind"] for r in records for d in r["decoys"]))
    lines.append(f"sha256: {hashlib.sha256(data.encode('utf-8')).hexdigest()}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="rebuild and compare with corpus.jsonl"
    )
    parser.add_argument("--stats", action="store_true", help="print counts for SOURCE.md")
    args = parser.parse_args()
    data = dump(build_corpus())
    if args.check:
        if OUT.read_text(encoding="utf-8") != data:
            print("corpus.jsonl differs from the generator's output")
            sys.exit(1)
        print("corpus.jsonl reproduced")
        return
    if args.stats:
        print(stats([json.loads(line) for line in data.splitlines()], data))
        return
    OUT.write_text(data, encoding="utf-8")
    print(f"wrote {OUT} ({len(data.splitlines())} documents)")


if __name__ == "__main__":
    main()
