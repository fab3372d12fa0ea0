"""Generate held-out scrub corpus G: text as it arrives from other people's systems.

Four export families, 100 documents each: survey platform exports, meeting and call
transcripts, case-management note exports and e-mail threads. Seeded and standard library
only, so `python generate.py --check` rebuilds corpus.jsonl byte for byte. Every label is
recorded as its text is appended (a document is a list of segments, each plain, a span or a
decoy), so offsets are exact by construction; lower-casing, text-speak and e-mail quoting
act on segments before the text is joined, never on the joined text.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pools

SEED = 20261211
TODAY = (2026, 12, 6)
OUT = Path(__file__).resolve().parent.parent / "corpus.jsonl"
STYLES = ["survey", "transcript", "casenote", "email"]
PER_STYLE = 100
MAX_MENTIONS = 5

# Two-letter initials that spell a word, a rank or a common abbreviation are never cast.
BAD_INITIALS = set(
    [
        "AB",
        "AD",
        "AI",
        "AM",
        "AN",
        "AS",
        "AT",
        "BE",
        "BY",
        "CO",
        "CV",
        "DC",
        "DO",
        "DR",
        "DS",
        "ED",
        "GO",
        "GP",
        "HE",
        "HI",
        "HR",
        "ID",
        "IF",
        "IN",
        "IO",
        "IS",
        "IT",
        "LS",
        "MA",
        "ME",
        "MO",
        "MP",
        "MR",
        "MS",
        "MY",
        "NB",
        "NI",
        "NO",
        "OC",
        "OD",
        "OF",
        "OH",
        "OK",
        "ON",
        "OR",
        "OT",
        "PA",
        "PC",
        "PM",
        "PO",
        "PS",
        "PT",
        "QA",
        "RE",
        "RM",
        "RN",
        "SA",
        "SO",
        "ST",
        "SU",
        "TA",
        "TO",
        "TV",
        "UK",
        "UP",
        "US",
        "VC",
        "WE",
        "WO",
    ]
)

# A segment: (text, label); label is None, ("span", type, form, entity) or ("decoy", kind).
Segment = tuple[str, tuple | None]


# ---------------------------------------------------------------- people and their values


@dataclass
class Person:
    """One cast person, with the values drawn for them once per document."""

    entity: str
    first: str
    surname: str
    gender: str
    origin: str
    dim: str | None = None
    nick: str | None = None
    service: str | None = None
    rank: tuple[str, str] | None = None
    title: str = "Mr"
    child: bool = False
    budget: int = MAX_MENTIONS
    said_surname: bool = False
    values: dict = field(default_factory=dict)

    @property
    def initials(self) -> str:
        return _plain(self.first)[0] + _plain(_surname_core(self.surname))[0]


def _plain(word: str) -> str:
    """The word without accents, for initials and e-mail addresses."""
    folded = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return folded.replace("ł", "l")


def _surname_core(surname: str) -> str:
    return re.sub(r"^(ap|Ó|Ní) ", "", surname).strip()


def _feminine(surname: str) -> str:
    for male, female in pools.FEMININE_SURNAME.items():
        if surname.endswith(male):
            return surname[: -len(male)] + female
    return surname


class Cast:
    """The people of one document: distinct name words, diminutives and initials."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: dict[str, Person] = {}
        self.taken: set[str] = set()
        self.reserved_words: set[str] = set()

    def get(self, role: str) -> Person:
        if role not in self.people:
            self.people[role] = self._new(role)
        return self.people[role]

    def _new(self, role: str) -> Person:
        for _ in range(200):
            person = self._draw(role)
            words = {w.lower() for w in (person.first, person.surname, person.dim or "")}
            words |= {person.initials, (person.nick or "").lower()}
            words.discard("")
            if words & self.taken or person.initials in BAD_INITIALS:
                continue
            if {person.first.lower(), person.surname.lower()} & self.reserved_words:
                continue
            self.taken |= words
            return person
        raise RuntimeError("could not cast a distinct person")

    def _draw(self, role: str) -> Person:
        rng = self.rng
        entity = f"r-{role}"  # one key per cast person, respondent suffix included
        role = role.split("#")[0]
        origin = rng.choice(sorted(pools.ORIGINS))
        if role in ("mate", "nco") and rng.random() < 0.3:
            origin = rng.choice([*sorted(pools.ORIGIN_NICKNAMES), "wordname"])
        males, females, surnames = pools.ORIGINS[origin]
        gender = rng.choice("mf")
        if role in ("mum",):
            gender = "f"
        if role in ("dad",):
            gender = "m"
        first = rng.choice(males if gender == "m" else females)
        surname = rng.choice(surnames)
        if gender == "f" and origin == "polish":
            surname = _feminine(surname)
        if gender == "f" and surname.startswith("Ó "):
            surname = "Ní " + surname[2:]
        person = Person(entity, first, surname, gender, origin)
        person.dim = pools.DIMINUTIVES.get(first)
        person.child = role == "kid"
        serving = role in SERVING_ROLES or (role in MAYBE_SERVING and rng.random() < 0.5)
        if serving and not person.child:
            person.service = rng.choice(["army", "army", "navy", "raf"])
            ranks = {"army": pools.ARMY_RANKS, "navy": pools.NAVY_RANKS, "raf": pools.RAF_RANKS}
            choices = ranks[person.service]
            if role in ("officer",):
                choices = [r for r in choices if r[0] in pools.OFFICER_RANKS]
            elif role in ("nco",):
                choices = [r for r in choices if r[0] not in pools.OFFICER_RANKS]
            person.rank = rng.choice(choices)
            nick = pools.NICKNAMES.get(surname) or pools.ORIGIN_NICKNAMES.get(origin)
            person.nick = nick if rng.random() < 0.8 else None
        if role in ("gp", "medic_dr"):
            person.title = "Dr"
        elif gender == "f":
            person.title = rng.choice(["Mrs", "Ms", "Miss"])
        return person


SERVING_ROLES = {"mate", "mate2", "nco", "officer", "medic"}
MAYBE_SERVING = {
    "cc",
    "self",
    "client",
    "welfare",
    "partner",
    "p1",
    "p2",
    "p3",
    "p4",
    "p5",
    "p6",
    "staff",
    "staff2",
    "caller",
    "boss",
}
FALLBACK = {
    "mate": "my mate",
    "mate2": "another lad",
    "nco": "the sarge",
    "officer": "the boss",
    "partner": "my partner",
    "kid": "my youngest",
    "mum": "my mum",
    "dad": "my dad",
    "gp": "the GP",
    "medic": "the medic",
    "welfare": "welfare",
    "staff": "the worker",
    "staff2": "a colleague",
    "client": "SU",
    "self": "me",
    "caller": "the caller",
    "boss": "the manager",
}


def draw_value(rng: random.Random, person: Person, name: str) -> object:
    """A person's value, drawn on first use and kept for the document."""
    if name in person.values:
        return person.values[name]
    value = _VALUE_DRAWERS[name](rng, person)
    person.values[name] = value
    return value


def _draw_age(rng: random.Random, person: Person) -> int:
    if person.child:
        return rng.randint(2, 17)
    return rng.randint(18, 56) if person.service else rng.randint(19, 79)


def _draw_dob(rng: random.Random, person: Person) -> tuple[int, int, int]:
    age = draw_value(rng, person, "age")
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    later_this_year = (month, day) > TODAY[1:]
    return (TODAY[0] - age - (1 if later_this_year else 0), month, day)


def _draw_phone(rng: random.Random, person: Person) -> str:
    if rng.random() < 0.5:
        return "07700900" + f"{rng.randint(0, 999):03d}"
    return "07" + str(rng.randint(3, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))


def _draw_email(rng: random.Random, person: Person) -> str:
    first = re.sub(r"[^a-z]", "", _plain(person.first).lower())
    sur = re.sub(r"[^a-z]", "", _plain(person.surname).lower())
    if person.service and rng.random() < 0.5:
        return f"{first}.{sur}{rng.randint(100, 999)}@{pools.WORK_DOMAIN}"
    local = rng.choice(
        [
            f"{first}.{sur}",
            f"{first[0]}{sur}",
            f"{first}{sur}{rng.randint(1, 99)}",
            f"{sur}.{first}",
            f"{first}_{sur}{rng.randint(70, 99)}",
        ]
    )
    return f"{local}@{rng.choice(pools.EMAIL_DOMAINS)}"


def _draw_address(rng: random.Random, person: Person) -> tuple[str, str, str]:
    street = rng.choice(pools.STREETS)
    kind = rng.choice(pools.STREET_KINDS)
    shape = rng.random()
    if shape < 0.2:
        lead = f"Flat {rng.randint(1, 24)}{rng.choice(['', 'a', 'b'])}, {rng.randint(1, 140)}"
    elif shape < 0.28:
        lead = rng.choice(pools.HOUSE_NAMES) + ","
    else:
        lead = str(rng.randint(1, 220))
    return (lead, street, kind[0] if rng.random() < 0.5 else kind[1])


def _draw_postcode(rng: random.Random, person: Person) -> str:
    area = rng.choice(pools.POSTCODE_AREAS)
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    inward = f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
    return f"{area}{rng.randint(1, 29)} {inward}"


def _draw_service_number(rng: random.Random, person: Person) -> str:
    if person.rank and person.rank[0] in pools.OFFICER_RANKS:
        return str(rng.randint(520000, 579999))
    return rng.choice(["30", "25", "24"]) + "".join(str(rng.randint(0, 9)) for _ in range(6))


def _draw_ni(rng: random.Random, person: Person) -> str:
    letters = "ABCEGHJKLMNPRSTWXYZ"
    prefix = rng.choice(letters) + rng.choice(letters.replace("O", ""))
    digits = "".join(str(rng.randint(0, 9)) for _ in range(6))
    return prefix + digits + rng.choice("ABCD")


def _draw_nhs(rng: random.Random, person: Person) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            return "".join(map(str, digits)) + str(check)


def _draw_unit(rng: random.Random, person: Person) -> tuple[str, list[str]]:
    return rng.choice(pools.UNITS[person.service or "army"])


def _draw_base(rng: random.Random, person: Person) -> list[tuple[str, str]]:
    return rng.choice(pools.BASES[person.service or "army"])


_VALUE_DRAWERS = {
    "age": _draw_age,
    "dob": _draw_dob,
    "phone": _draw_phone,
    "email": _draw_email,
    "addr": _draw_address,
    "postcode": _draw_postcode,
    "town": lambda r, p: r.choice(pools.TOWNS),
    "sn": _draw_service_number,
    "ni": _draw_ni,
    "nhs": _draw_nhs,
    "unit": _draw_unit,
    "base": _draw_base,
}


# ---------------------------------------------------------------- numbers as people say them

UNITS_WORDS = [
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
TENS_WORDS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = {
    1: "first",
    2: "second",
    3: "third",
    5: "fifth",
    8: "eighth",
    9: "ninth",
    12: "twelfth",
    20: "twentieth",
}


def number_words(n: int) -> str:
    if n < 20:
        return UNITS_WORDS[n]
    tens, unit = divmod(n, 10)
    return TENS_WORDS[tens] + ("" if unit == 0 else "-" + UNITS_WORDS[unit])


def ordinal_words(n: int) -> str:
    if n in ORDINALS:
        return ORDINALS[n]
    if n > 20 and n % 10 in ORDINALS and n % 10 != 0:
        return TENS_WORDS[n // 10] + "-" + ORDINALS[n % 10]
    words = number_words(n)
    return words[:-1] + "ieth" if words.endswith("y") else words + "th"


def digits_spoken(rng: random.Random, digits: str) -> str:
    """Digits read aloud in small groups, with 'oh', 'double' and 'triple' as people do."""
    words, i = [], 0
    name = {str(d): UNITS_WORDS[d] for d in range(10)}
    zero = rng.choice(["oh", "zero", "oh"])
    name["0"] = zero
    while i < len(digits):
        run = 1
        while i + run < len(digits) and digits[i + run] == digits[i] and run < 3:
            run += 1
        if run == 3:
            words.append("triple " + name[digits[i]])
        elif run == 2:
            words.append("double " + name[digits[i]])
        else:
            words.append(name[digits[i]])
        i += run
    return " ".join(words)


# ---------------------------------------------------------------- rendering values


def render_value(ctx: Ctx, person: Person, name: str, variant: str) -> list[Segment]:
    """One value of a person as a labelled segment, in a layout drawn per mention."""
    rng = ctx.rng
    value = draw_value(rng, person, name)
    if name == "age":
        text = number_words(value) if variant == "words" else str(value)
        return [(text, ("span", "AGE", "words" if variant == "words" else "digits", None))]
    if name == "dob":
        return [_render_dob(rng, value, variant)]
    if name == "phone":
        return [_render_phone(rng, value, variant)]
    if name == "email":
        return [(value, ("span", "EMAIL", "plain", None))]
    if name == "addr":
        lead, street, kind = value
        return [(f"{lead} {street} {kind}", ("span", "ADDRESS", "street", None))]
    if name == "postcode":
        text = value.replace(" ", "") if rng.random() < 0.2 else value
        return [(text, ("span", "POSTCODE", "plain", None))]
    if name == "town":
        return [(value, ("span", "LOCATION", "town", None))]
    if name == "sn":
        return [_render_service_number(rng, value, variant)]
    if name == "ni":
        text = value
        if rng.random() < 0.4:
            text = f"{value[:2]} {value[2:4]} {value[4:6]} {value[6:8]} {value[8]}"
        return [(text, ("span", "NI_NUMBER", "digits", None))]
    if name == "nhs":
        layouts = [
            f"{value[:3]} {value[3:6]} {value[6:]}",
            value,
            f"{value[:3]}-{value[3:6]}-{value[6:]}",
        ]
        return [(rng.choice(layouts), ("span", "NHS_NUMBER", "digits", None))]
    if name == "unit":
        form, names = value
        return [(rng.choice(names), ("span", "UNIT", form, None))]
    if name == "base":
        form, text = rng.choice(value)
        return [(text, ("span", "BASE", form, None))]
    raise KeyError(name)


def _render_dob(rng: random.Random, dob: tuple[int, int, int], variant: str) -> Segment:
    year, month, day = dob
    if variant == "words":
        text = f"the {ordinal_words(day)} of {pools.MONTHS[month - 1]} {number_words(year % 100)}"
        if year % 100 < 10:
            month_name = pools.MONTHS[month - 1]
            text = f"{ordinal_words(day)} {month_name} two thousand and {number_words(year % 100)}"
        return (text, ("span", "DATE_OF_BIRTH", "words", None))
    short = pools.MONTHS[month - 1][:3]
    layouts = [
        f"{day:02d}/{month:02d}/{year}",
        f"{day}/{month}/{year % 100:02d}",
        f"{day:02d}.{month:02d}.{year}",
        f"{day:02d}-{short}-{year}",
        f"{day} {pools.MONTHS[month - 1]} {year}",
        f"{year}-{month:02d}-{day:02d}",
        f"{day:02d}{month:02d}{year % 100:02d}",
        f"{day}{_suffix(day)} {short} {year % 100:02d}",
    ]
    return (rng.choice(layouts), ("span", "DATE_OF_BIRTH", "digits", None))


def _suffix(day: int) -> str:
    if day in (1, 21, 31):
        return "st"
    if day in (2, 22):
        return "nd"
    if day in (3, 23):
        return "rd"
    return "th"


def _render_phone(rng: random.Random, number: str, variant: str) -> Segment:
    if variant == "words":
        groups = [number[:5], number[5:8], number[8:]]
        spoken = ", ".join(digits_spoken(rng, g) for g in groups)
        return (spoken, ("span", "PHONE", "words", None))
    layouts = [
        f"{number[:5]} {number[5:]}",
        number,
        f"{number[:5]} {number[5:8]} {number[8:]}",
        f"+44 {number[1:5]} {number[5:]}",
        f"+44 (0){number[1:5]} {number[5:]}",
        f"{number[:4]} {number[4:7]} {number[7:]}",
    ]
    if variant == "split":
        return (f"{number[:5]}\n{number[5:]}", ("span", "PHONE", "digits", None))
    return (rng.choice(layouts), ("span", "PHONE", "digits", None))


def _render_service_number(rng: random.Random, number: str, variant: str) -> Segment:
    if variant == "words":
        return (digits_spoken(rng, number), ("span", "SERVICE_NUMBER", "words", None))
    text = number if rng.random() < 0.7 else f"{number[:4]} {number[4:]}"
    return (text, ("span", "SERVICE_NUMBER", "digits", None))


# ---------------------------------------------------------------- naming people


def render_name(ctx: Ctx, person: Person, form: str) -> str:
    """A person's name in one form; variants within a form are drawn per mention."""
    rng = ctx.rng
    first, sur = person.first, person.surname
    if form == "full":
        return f"{first} {sur}"
    if form == "first":
        return first
    if form == "sur":
        return sur.upper() if rng.random() < 0.1 else sur
    if form == "dim":
        return person.dim or first
    if form == "nick":
        return person.nick or first
    if form == "rank":
        abbr, spelt = person.rank or ("Cpl", "Corporal")
        return rng.choice(
            [
                f"{abbr} {sur}",
                f"{spelt} {sur}",
                f"{abbr} {first[0]} {sur}",
                f"{abbr} {first} {sur}",
                f"{abbr.upper()} {sur.upper()}",
            ]
        )
    if form == "title":
        return rng.choice(
            [
                f"{person.title} {sur}",
                f"{person.title} {first[0]} {sur}",
                f"{person.title} {first} {sur}",
            ]
        )
    if form == "init":
        return rng.choice([f"{first[0]}. {sur}", f"{first[0]} {sur}", f"{first[0]}.{sur}"])
    if form == "surfirst":
        return rng.choice([f"{sur}, {first}", f"{sur.upper()}, {first}", f"{sur.upper()} {first}"])
    if form == "initials":
        return person.initials
    if form == "caps":
        return f"{first} {sur}".upper()
    if form == "firstinit":
        return f"{person.dim or first} {_surname_core(sur)[0]}"
    if form == "typo":
        return misheard(rng, sur)
    raise KeyError(form)


def misheard(rng: random.Random, surname: str) -> str:
    """A surname as an automatic transcript mishears it: one letter changed or doubled."""
    core = _surname_core(surname)
    vowels = "aeiou"
    positions = [i for i, c in enumerate(core) if c in vowels and i > 0]
    if positions and rng.random() < 0.6:
        i = rng.choice(positions)
        swap = rng.choice([v for v in vowels if v != core[i]])
        return core[:i] + swap + core[i + 1 :]
    i = rng.randint(1, len(core) - 1)
    return core[:i] + core[i] + core[i:] if core[i].isalpha() else core + "e"


def allowed_forms(ctx: Ctx, person: Person) -> dict[str, int]:
    """Forms a later mention may take, weighted by the style of the document."""
    weights = dict(STYLE_FORM_WEIGHTS[ctx.style])
    if not person.dim:
        weights.pop("dim", None)
        weights.pop("firstinit", None) if ctx.rng.random() < 0.5 else None
    if not person.nick:
        weights.pop("nick", None)
    if not person.rank:
        weights.pop("rank", None)
    if person.child:
        for form in ("title", "rank", "surfirst", "init", "initials", "caps"):
            weights.pop(form, None)
    if not person.said_surname or ctx.style != "transcript":
        weights.pop("typo", None)
    return weights


STYLE_FORM_WEIGHTS = {
    "survey": {
        "first": 8,
        "full": 3,
        "sur": 2,
        "dim": 4,
        "nick": 2,
        "rank": 4,
        "title": 2,
        "firstinit": 2,
        "init": 1,
    },
    "transcript": {
        "first": 8,
        "full": 2,
        "sur": 3,
        "dim": 4,
        "nick": 2,
        "rank": 3,
        "title": 2,
        "typo": 3,
    },
    "casenote": {
        "initials": 6,
        "first": 3,
        "sur": 2,
        "title": 4,
        "init": 3,
        "surfirst": 2,
        "rank": 2,
        "full": 2,
        "dim": 1,
        "caps": 1,
    },
    "email": {
        "first": 6,
        "full": 2,
        "sur": 1,
        "dim": 2,
        "rank": 3,
        "title": 2,
        "init": 2,
        "surfirst": 2,
        "caps": 2,
        "initials": 2,
        "firstinit": 1,
    },
}

FIRST_FORMS = {
    "survey": {"full": 4, "first": 5, "rank": 3, "title": 1, "dim": 2, "nick": 1},
    "transcript": {"full": 3, "first": 6, "rank": 2, "title": 1, "dim": 2, "nick": 1},
    "casenote": {"full": 3, "title": 3, "surfirst": 2, "rank": 2, "init": 2, "caps": 1},
    "email": {"full": 4, "rank": 3, "title": 2, "surfirst": 2, "first": 2},
}


def pick(rng: random.Random, weights: dict[str, int]) -> str:
    keys = sorted(weights)
    return rng.choices(keys, [weights[k] for k in keys])[0]


def mention(ctx: Ctx, role: str, form: str | None = None) -> list[Segment]:
    """A PERSON span for the role's person, or a plain phrase once they are named enough."""
    person = ctx.cast.get(role)
    if person.budget <= 0:
        return [(FALLBACK.get(role.split("#")[0], "them"), None)]
    if form is None:
        first_time = person.budget == MAX_MENTIONS and not person.values.get("_named")
        weights = FIRST_FORMS[ctx.style] if first_time else allowed_forms(ctx, person)
        if first_time and person.title == "Dr":
            weights = {"title": 1}
        weights = {
            f: w
            for f, w in weights.items()
            if f in allowed_forms(ctx, person) or f in ("full", "first")
        }
        form = pick(ctx.rng, weights)
    if form == "rank" and not person.rank:
        form = "title" if not person.child else "first"
    if form == "dim" and not person.dim:
        form = "first"
    if form == "nick" and not person.nick:
        form = "first"
    if form == "typo" and not person.said_surname:
        form = "sur"
    if form in ("title", "initials", "surfirst", "init", "caps") and person.child:
        form = "first"
    text = render_name(ctx, person, form)
    if form in ("full", "sur", "rank", "title", "init", "surfirst", "caps"):
        person.said_surname = True
    person.budget -= 1
    person.values["_named"] = True
    return [(text, ("span", "PERSON", form, person.entity))]


# ---------------------------------------------------------------- templates


class Ctx:
    """What one document's templates draw on: its randomness, its cast and its style."""

    def __init__(self, rng: random.Random, style: str) -> None:
        self.rng = rng
        self.style = style
        self.cast = Cast(rng)
        self.spoken = False
        self.suffix = ""  # set per respondent when one export holds several
        self.used: set[str] = set()
        self.facilitator = rng.choice(["Facilitator", "Host", "Moderator"])


TOKEN = re.compile(r"\{([^{}]+)\}")
VALUE_NAMES = set(_VALUE_DRAWERS)
FORMS = {
    "full",
    "first",
    "sur",
    "dim",
    "nick",
    "rank",
    "title",
    "init",
    "surfirst",
    "initials",
    "caps",
    "firstinit",
    "typo",
}


def fill(ctx: Ctx, template: str) -> list[Segment]:
    """Expand a template: {role}, {role.form}, {role.value[:variant]}, {=kind:text}, {@pool}."""
    segments: list[Segment] = []
    last = 0
    for match in TOKEN.finditer(template):
        if match.start() > last:
            segments.append((template[last : match.start()], None))
        segments.extend(_token(ctx, match.group(1)))
        last = match.end()
    if last < len(template):
        segments.append((template[last:], None))
    return segments


def _token(ctx: Ctx, token: str) -> list[Segment]:
    if token.startswith("="):
        kind, text = token[1:].split(":", 1)
        return [(text, ("decoy", kind))]
    if token.startswith("@"):
        return decoy_from_pool(ctx, token[1:])
    role, _, rest = token.partition(".")
    role += ctx.suffix
    name, _, variant = rest.partition(":")
    if name in VALUE_NAMES:
        if variant == "words" and not ctx.spoken:
            variant = ""
        return render_value(ctx, ctx.cast.get(role), name, variant)
    return mention(ctx, role, name or None)


def decoy_from_pool(ctx: Ctx, pool: str) -> list[Segment]:
    """A decoy of one kind, drawn from its pool (text that must survive scrubbing)."""
    rng = ctx.rng
    if pool == "word":
        taken = ctx.cast.taken
        options = [p for p in pools.WORD_PHRASES if p[1] not in taken]
        before, word, after = rng.choice(options)
        ctx.cast.reserved_words.add(word)
        return [(before, None), (word, ("decoy", "word")), (after, None)]
    makers = {
        "product": lambda: rng.choice(pools.PRODUCTS),
        "rank": lambda: rng.choice(pools.ROLE_WORDS),
        "team": lambda: rng.choice(pools.TEAMS),
        "signoff": lambda: rng.choice(pools.SIGNOFFS),
        "helpline": lambda: rng.choice(pools.HELPLINES),
        "weekday": lambda: rng.choice(pools.WEEKDAYS),
        "month": lambda: rng.choice(pools.MONTHS),
        "status": lambda: rng.choice(pools.STATUSES),
        "service": lambda: rng.choice(pools.SERVICES),
        "age_band": lambda: rng.choice(pools.AGE_BANDS),
        "place_word": lambda: rng.choice(pools.PLACE_WORDS),
        "time": lambda: rng.choice(
            [
                f"{rng.randint(6, 21):02d}:{rng.choice(['00', '15', '30', '45'])}",
                f"{rng.randint(1, 11)}{rng.choice(['am', 'pm'])}",
                f"{rng.randint(6, 18):02d}00hrs",
                "half two",
                "quarter past nine",
            ]
        ),
        "clock": lambda: f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}",
        "date": lambda: random_date(rng),
        "count": lambda: rng.choice(
            [
                f"{rng.randint(3, 24)} years",
                f"{rng.randint(2, 12)} weeks",
                f"{rng.randint(2, 6)} months",
                f"{rng.randint(3, 20)} days",
            ]
        ),
        "tally": lambda: rng.choice(
            [
                f"{rng.randint(2, 9)} tours",
                f"{rng.randint(2, 5)} kids",
                f"{rng.randint(3, 9)} of us",
            ]
        ),
        "money": lambda: rng.choice(
            [
                f"£{rng.randint(2, 95) * 10}",
                f"£{rng.randint(1, 9)},{rng.randint(100, 999)}",
                f"{number_words(rng.randint(20, 90))} quid",
                f"£{rng.randint(5, 60)}.{rng.randint(10, 99)}",
            ]
        ),
        "year": lambda: str(rng.randint(1991, 2025)),
        "file": lambda: random_file(rng),
        "caseref": lambda: f"{rng.choice(['VSS', 'WEL', 'CM', 'SU'])}-{rng.randint(20000, 99999)}",
        "respid": lambda: (
            "R_"
            + "".join(
                rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                for _ in range(15)
            )
        ),
    }
    # pools that write a decoy of another kind: machine times, respondent and case ids, tallies
    kind_of_pool = {"clock": "time", "respid": "file", "caseref": "file", "tally": "count"}
    kind = kind_of_pool.get(pool, pool)
    return [(makers[pool](), ("decoy", kind))]


def random_date(rng: random.Random) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    year = rng.choice([2025, 2026])
    return rng.choice(
        [
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {pools.MONTHS[month - 1]} {year}",
            f"{day} {pools.MONTHS[month - 1][:3]}",
            f"{year}-{month:02d}-{day:02d}",
        ]
    )


def random_file(rng: random.Random) -> str:
    n = rng.randint(100, 9999)
    return rng.choice(
        [
            f"VSS-2026-{n:05d}",
            f"WEL/2026/{n:04d}",
            f"referral_{n}.docx",
            f"CASE-{n}",
            f"R_{rng.randint(10000, 99999)}x{n}",
            f"notes_{n}.pdf",
            f"Recording_{n}.mp4",
            f"INC-{n:06d}",
        ]
    )


# ---------------------------------------------------------------- document assembly


def render(segments: list[Segment]) -> tuple[str, list[dict], list[dict]]:
    """Join segments into text, recording each label's offsets as its text is appended."""
    parts: list[str] = []
    spans: list[dict] = []
    decoys: list[dict] = []
    length = 0
    for text, label in segments:
        if label is not None:
            if label[0] == "span":
                span = {
                    "type": label[1],
                    "start": length,
                    "end": length + len(text),
                    "form": label[2],
                }
                if label[3] is not None:
                    span["entity"] = label[3]
                spans.append(span)
            else:
                decoys.append({"start": length, "end": length + len(text), "kind": label[1]})
        parts.append(text)
        length += len(text)
    return "".join(parts), spans, decoys


def quoted(segments: list[Segment], prefix: str = "> ") -> list[Segment]:
    """An earlier message as a reply quotes it: every line prefixed, labels kept on one line."""
    out: list[Segment] = [(prefix, None)]
    for text, label in segments:
        if label is None:
            out.append((text.replace("\n", "\n" + prefix), None))
        else:
            out.append((text.replace("\n", " "), label))
    return out


def charge(ctx: Ctx, segments: list[Segment]) -> None:
    """Count the mentions a copy of segments adds (a quoted message names people again)."""
    for person in ctx.cast.people.values():
        person.budget -= sum(
            1
            for _, lab in segments
            if lab and lab[0] == "span" and lab[1] == "PERSON" and lab[3] == person.entity
        )


TEXTSPEAK = [
    (r"\byou\b", "u"),
    (r"\byour\b", "ur"),
    (r"\bare\b", "r"),
    (r"\bbecause\b", "cos"),
    (r"\bto be honest\b", "tbh"),
    (r"\bthough\b", "tho"),
    (r"\bpeople\b", "ppl"),
    (r"\bbefore\b", "b4"),
    (r"\bgoing to\b", "gonna"),
    (r"\bdefinitely\b", "definately"),
    (r"\ba lot\b", "alot"),
    (r"\btheir\b", "thier"),
    (r"\bplease\b", "pls"),
    (r"\bthanks\b", "thx"),
    (r"\bI don't know\b", "idk"),
    (r"\bsomething\b", "somethin"),
    (r"\breceived\b", "recieved"),
    (r"\bwould have\b", "would of"),
]


def sloppy(rng: random.Random, segments: list[Segment]) -> list[Segment]:
    """A survey answer typed fast: lower case, text-speak, typos and no punctuation."""
    out: list[Segment] = []
    for text, label in segments:
        if label is None:
            for pattern, short in TEXTSPEAK:
                if rng.random() < 0.7:
                    text = re.sub(pattern, short, text, flags=re.I)
            text = re.sub(r"[.,;:!?']", "", text).lower()
            text = re.sub(r"\b[a-z]{5,}\b", lambda m: _fat_finger(rng, m.group()), text)
        else:
            text = text.lower()
        out.append((text, label))
    return out


def _fat_finger(rng: random.Random, word: str) -> str:
    """Now and then two letters typed the wrong way round: 'becuase', 'trainnig'."""
    if rng.random() >= 0.05:
        return word
    i = rng.randint(1, len(word) - 3)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def finish(ctx: Ctx, segments: list[Segment]) -> tuple[str, list[dict], list[dict]] | None:
    """The document, with entities numbered by first mention; None if it breaks a rule."""
    text, spans, decoys = render(segments)
    order: dict[str, str] = {}
    for span in spans:
        if span["type"] == "PERSON":
            order.setdefault(span["entity"], f"p{len(order) + 1}")
            span["entity"] = order[span["entity"]]
    counts = Counter(s["entity"] for s in spans if s["type"] == "PERSON")
    if not counts or max(counts.values()) > MAX_MENTIONS:
        return None
    if not 30 <= len(text.split()) <= 400:
        return None
    for item in spans + decoys:
        value = text[item["start"] : item["end"]]
        if not value or value != value.strip():
            return None
    return text, spans, decoys


# ---------------------------------------------------------------- survey exports

SURVEY_ANSWERS = [
    "Our padre at {self.base} was good but {@rank} blocked everything I asked for.",
    "My husband {partner} was on {partner.unit} when our youngest was born, I did it all alone.",
    "Still in touch with {mate.first} from basic, {mate.first} lives in {mate.town} now, we meet "
    "up at the reunion.",
    "Born {self.dob}, joined {self.unit} straight from school, medically discharged after "
    "{@count}.",
    "Text me on {self.phone} not email, I never check it.",
    "The housing officer {welfare} told me to go to the council, the council sent me back, "
    "{@word}.",
    "Dad ({dad}) was in the {@service} too so I knew what I was getting into, he's {dad.age} now.",
    "my sgt {nco.rank} told me to man up, i was just a kid, {nco.sur} is probably a WO now.",
    "The medic {medic} on my second tour saved my leg, never got to thank them properly.",
    "Address for the voucher is {self.addr}, {self.town}, {self.postcode}.",
    "I was {self.age} when I finally asked for help. Too late for my marriage.",
    "{@product} were brilliant, {@product} were not.",
    "My NI number is {self.ni} if you need it for the payment.",
    "Went through {@product} in the end, {welfare.title} was my caseworker and was great.",
    "We lost {mate2.full} in {@year}, I still think about {mate2.first} every day.",
    "I served with {mate} in {mate.unit} and they were the only one who checked in on me after I "
    "got out.",
    "My welfare officer {welfare} was brilliant, rang me every week for {@count} and sorted the "
    "housing.",
    "{nco} at {nco.base} made my life hell to be honest and nobody did anything about it.",
    "I'm {self.age} now and still waiting on my pension forecast from {@product}.",
    "I left {@count} ago and had no idea what to do, my partner {partner} kept me going.",
    "The GP, {gp}, referred me to {@product} but the waiting list was {@count}.",
    "If someone wants to talk to me ring me on {self.phone} after {@time} on weekdays.",
    "Happy to be contacted, my email is {self.email} or phone {self.phone}.",
    "Grew up in {self.town}, joined up young, did {@tally}, back in {self.town} now.",
    "My eldest {kid} is {kid.age} and struggles with all the moving about, {kid.first} has been "
    "to {=count:4 schools}.",
    "Tbh the best support came from {@product} and a mate called {mate2}.",
    "My date of birth is {self.dob} if you need to match me to my records.",
    "{officer} was my OC at {officer.base}, a decent bloke who actually listened.",
    "Been at {self.base} since {@year}, {@count} in, and it is getting harder with the kids.",
    "Please don't pass my details to {@rank}, I don't trust the chain of command.",
    "My mum {mum} looks after the kids when I'm away, she's {mum.age} and it's too much for her.",
    "Nothing else to add, {@word}.",
    "The medic {medic} at {medic.base} spotted it first and sent me to see {gp}.",
    "I live at {self.addr}, {self.postcode} and have been waiting {@count} for a repair.",
    "My service number is {self.sn} if that helps you find me.",
    "I'd say {@word} and {mate} would say the same.",
    "We spent {@money} of our own money moving from {self.base} to {partner.town}.",
    "I'm {@age_band} now and the transition help felt like a tick box exercise.",
    "The lads in {mate.unit} were family, {mate.dim} especially.",
    "Spoke to {welfare} on {@weekday} and they said someone would call back, still waiting.",
    "After {@count} in the {@service} I ended up sofa surfing in {self.town}.",
    "Thanks to {mate} and {mate2} for dragging me to {@place_word} when I didn't want to go.",
    "We called {mate.full} {mate.nick} in {mate.unit}, {mate.nick} was a legend.",
    "Shout out to {mate2.firstinit} and {@rank} at {mate2.base}, {mate2.sur} never gave up on me.",
    "{nco.nick} was the only NCO who cared, {nco.sur} used to ring me on {@weekday}s.",
    "Me and {partner} met at {partner.base}, {partner.first} is {partner.age} now and still "
    "serving.",
]

SURVEY_QUESTIONS = [
    ("Q12 - Anything else you'd like to tell us?", None),
    ("Q3 - How old are you?", "age"),
    ("Q4 - Which service were you in?", "service"),
    ("Q7 - Where were you last based?", "base"),
    ("Q9 - What support did you use, and who helped?", None),
    ("Q15 - If you are happy for us to contact you, leave a phone number or email", "contact"),
    ("Q2 - What is your date of birth? (optional)", "dob"),
    ("Q6 - Home town", "town"),
]


def usable(ctx: Ctx, template: str) -> bool:
    """A template fits the cast: its nickname slots name people who have a nickname."""
    if template in ctx.used:
        return False
    for role in re.findall(r"\{(\w+)\.nick\}", template):
        if ctx.cast.get(role + ctx.suffix).nick is None:
            return False
    return True


def choose(ctx: Ctx, templates: list[str], count: int = 1) -> list[str]:
    """Templates not used yet in this document whose slots fit the cast."""
    chosen = []
    for template in ctx.rng.sample(templates, len(templates)):
        if len(chosen) < count and usable(ctx, template):
            chosen.append(template)
            ctx.used.add(template)
    return chosen


NOTHING_TO_ADD = ["no", "N/A", "Nothing else, all good ta", "not really", "-", "no thank you"]


def survey_answer(ctx: Ctx, lines: int) -> list[Segment]:
    rng = ctx.rng
    segments: list[Segment] = []
    for i, template in enumerate(choose(ctx, SURVEY_ANSWERS, lines)):
        if i:
            segments.append((rng.choice([" ", "\n", " and ", "  "]), None))
        segments.extend(fill(ctx, template))
    return segments


def short_answer(ctx: Ctx, kind: str | None) -> list[Segment]:
    rng = ctx.rng
    if kind == "age":
        return fill(ctx, rng.choice(["{self.age}", "{self.age} years old", "im {self.age}"]))
    if kind == "service":
        return decoy_from_pool(ctx, "service")
    if kind == "base":
        return fill(
            ctx, rng.choice(["{self.base}", "{self.base} then {self.unit}", "was at {self.base}"])
        )
    if kind == "contact":
        return fill(
            ctx,
            rng.choice(
                [
                    "{self.phone}",
                    "{self.email}",
                    "{self.phone} or {self.email}",
                    "ring {self.phone} after {@time}",
                    "{self.first} {self.phone}",
                ]
            ),
        )
    if kind == "dob":
        return fill(ctx, "{self.dob}")
    if kind == "town":
        return fill(ctx, "{self.town}")
    return survey_answer(ctx, rng.randint(1, 4))


def survey_doc(ctx: Ctx) -> list[Segment]:
    """A survey platform export: a CSV excerpt of 1-3 rows, or Q-headed answer blocks."""
    rng = ctx.rng
    sloppy_case = rng.random() < 0.6
    if rng.random() < 0.5:
        return _survey_csv(ctx, sloppy_case)
    return _survey_blocks(ctx, sloppy_case)


def _survey_csv(ctx: Ctx, sloppy_case: bool) -> list[Segment]:
    rng = ctx.rng
    headers = ["ResponseId", "RecordedDate", "Q3 - Age", "Q12 - Anything else?"]
    segments: list[Segment] = []
    for i, header in enumerate(headers):
        segments += [
            ("," if i else "", None),
            ('"', None),
            (header, ("decoy", "header")),
            ('"', None),
        ]
    segments.append(("\n", None))
    for row in range(rng.choice([1, 1, 2, 3])):
        ctx.suffix = f"#{row}" if row else ""
        lines = rng.choice([0, 1, 2, 3, 4, 5]) if row else rng.randint(2, 6)
        segments += _survey_row(ctx, sloppy_case, lines)
    ctx.suffix = ""
    return segments


def _survey_row(ctx: Ctx, sloppy_case: bool, lines: int) -> list[Segment]:
    """One respondent's row: id, timestamp, age (often blank) and a quoted free-text answer."""
    rng = ctx.rng
    segments = [
        ('"', None),
        *decoy_from_pool(ctx, "respid"),
        ('","', None),
        *decoy_from_pool(ctx, "date"),
        (" ", None),
        *decoy_from_pool(ctx, "clock"),
        ('","', None),
    ]
    segments += fill(ctx, "{self.age}") if rng.random() < 0.6 else [("", None)]
    segments.append(('","', None))
    answer = survey_answer(ctx, lines) if lines else [(ctx.rng.choice(NOTHING_TO_ADD), None)]
    if sloppy_case:
        answer = sloppy(rng, answer)
    answer = [(t.replace('"', '""'), lab) for t, lab in answer]
    return segments + answer + [('"\n', None)]


def _survey_blocks(ctx: Ctx, sloppy_case: bool) -> list[Segment]:
    rng = ctx.rng
    segments: list[Segment] = [
        ("Respondent ", None),
        *decoy_from_pool(ctx, "respid"),
        ("  Completed: ", None),
        *decoy_from_pool(ctx, "date"),
        ("\n\n", None),
    ]
    questions = [SURVEY_QUESTIONS[0], *rng.sample(SURVEY_QUESTIONS[1:], rng.randint(2, 4))]
    rng.shuffle(questions)
    for question, kind in questions:
        segments += [(question, ("decoy", "header")), ("\n", None)]
        answer = short_answer(ctx, kind)
        if sloppy_case:
            answer = sloppy(rng, answer)
        segments += [*answer, ("\n\n", None)]
    return segments


# ---------------------------------------------------------------- transcripts

TURNS = [
    "yeah no I- I was at {self.base}, then {self.unit}, then out. Just like that.",
    "So my wife, {partner.first}, she's {partner.age:words}, she said go, so I went.",
    "[inaudible] the, er, the welfare officer, {welfare.first}, {welfare.first} something. I "
    "don't remember the surname.",
    "I'm {self.age:words}. Yeah. {self.age:words}. Joined up young.",
    "Yeah, {p2.first}'s right, nobody tells you about the paperwork.",
    "Sorry, can you hear me now? It's {self.first}. I was saying about {mate.full} from "
    "{mate.unit}.",
    "{mate.rank}, yeah, {mate.typo}, lives in {mate.town} now, runs a gym.",
    "I've got it written down, the number, it's {self.phone:words}.",
    "And the address is {self.addr}, in {self.town}.",
    "it's {self.sn:words}. No wait. Yeah, that's it.",
    "Me and {p3.first} were on the same course at {p3.base}, weren't we?",
    "Honestly, {@word}. {@product} helped more than anyone.",
    "Yeah so I was with {mate} in {mate.unit}, as {mate.first} said earlier, it was rough.",
    "My name's {self.full}, I'm {self.age:words}, I was at {self.base} till last year.",
    "my service number is {self.sn:words} if you need it for the records",
    "Best number for me is {self.phone:words}, after {@time} is better.",
    "I'd agree with {p2}, um, the housing side was the worst bit.",
    "sorry go on {p2}",
    "[crosstalk] no no you're right, {p3} is right about {@product}.",
    "My date of birth, it's {self.dob:words}, for the form.",
    "{nco} was our section commander, {nco.sur} was fair, I'll give him that.",
    "We were at {self.base} for {@count} and then {mate.unit} got moved.",
    "My wife {partner} found the {@product} leaflet, I wouldn't have looked.",
    "I'm from {self.town} originally, moved down when I was {self.age:words}, no, younger.",
    "it was {officer} that pushed it through in the end",
    "Yeah. Yeah. {=word:Hope} so anyway.",
    "As {p3} said, um, the welfare officer {welfare} was the only one who rang back.",
    "The doctor, {gp}, was good, got me into {@product} within {@count}.",
    "er my daughter {kid} she's {kid.age:words} now and she asks about it",
    "I'm {self.age} this year, so you know, not a kid any more.",
    "I'll send you my email, it's {self.email}.",
    "and {mate2} from {mate2.town}, we still talk most days",
    "Yeah {mate.full}, um, {mate.typo}, they were in {mate.unit} with me. We called them "
    "{mate.nick}.",
    "yeah it's {self.phone:words}, that's the mobile, I don't have a landline",
    "oh it's er {self.phone:words}. Sorry, {self.phone:words}. Yeah.",
    "[crosstalk] sorry, sorry. I was saying {p2.full}, {p2.typo}, they know more about the grants.",
    "It was {nco.rank}, {nco.typo}, that put my name forward. [inaudible]",
    "I mean {mate.sur} said it best, it's {@count} of waiting.",
    "Can you hear me? I think I'm on mute. Okay. Yeah I was at {self.base}.",
]
FACILITATOR = [
    "Thanks {p1}. {p2}, what about you?",
    "Okay, let's move on to support after leaving. Who wants to start?",
    "Just a reminder the session is being recorded and transcribed.",
    "Thanks everyone. We'll break at {@time}.",
    "{p3}, you mentioned {@product} earlier, can you say more?",
    "Can I just check, {p2}, you said you were at {p2.base}?",
]


def transcript_doc(ctx: Ctx) -> list[Segment]:
    """A meeting tool's transcript: one-to-one calls, or focus groups with a facilitator."""
    rng = ctx.rng
    ctx.spoken = True
    group = rng.random() < 0.5
    speakers = (
        ["p1", "p2", "p3", "p4", "p5", "p6"][: rng.randint(3, 6)] if group else ["self", "int"]
    )
    layout = rng.choice(["meeting", "bracket", "lower", "numbered"])
    segments: list[Segment] = [("Transcript", None), ("\n", None)]
    segments += [
        (
            rng.choice(
                ["Welfare focus group", "Veterans session", "Group discussion 2"]
                if group
                else ["Call recording", "Support call", "Welfare check-in call"]
            ),
            None,
        ),
        (" - ", None),
        *decoy_from_pool(ctx, "date"),
        ("\n", None),
    ]
    if rng.random() < 0.6:
        segments += [("Recording started", ("decoy", "system")), ("\n", None)]
    turns = _plan_turns(ctx, speakers, group)
    if layout != "numbered":
        _reserve_labels(ctx, turns)
    clock = rng.randint(0, 300)
    for speaker in turns:
        clock += rng.randint(4, 95)
        segments += _speaker_line(ctx, speaker, layout, clock, speakers)
        segments += _turn_text(ctx, speaker, group)
        segments.append(("\n\n" if layout == "meeting" else "\n", None))
    if rng.random() < 0.5:
        segments += [("Recording stopped", ("decoy", "system")), ("\n", None)]
    return segments


def _plan_turns(ctx: Ctx, speakers: list[str], group: bool) -> list[str]:
    rng = ctx.rng
    turns: list[str] = []
    talkers = [s for s in speakers if s != "int"]
    while len(turns) < rng.randint(5, 11) or max(Counter(turns).values()) > 4:
        if len(turns) > 14:
            turns = []
        if group and rng.random() < 0.3:
            turns.append("fac")
        elif not group and (not turns or turns[-1] != "int") and rng.random() < 0.5:
            turns.append("int")
        else:
            turns.append(rng.choice(talkers))
    return turns


def _reserve_labels(ctx: Ctx, turns: list[str]) -> None:
    """Keep room in each named speaker's five mentions for their speaker labels."""
    for speaker, count in Counter(t for t in turns if t not in ("fac", "int")).items():
        ctx.cast.get(speaker).budget -= count


def _speaker_line(
    ctx: Ctx, speaker: str, layout: str, clock: int, speakers: list[str]
) -> list[Segment]:
    rng = ctx.rng
    stamp = f"{clock // 3600}:{clock // 60 % 60:02d}:{clock % 60:02d}"
    if speaker in ("fac", "int"):
        label: list[Segment] = [
            (ctx.facilitator if speaker == "fac" else "Interviewer", ("decoy", "role"))
        ]
    elif layout == "numbered":
        label = [(f"Speaker {speakers.index(speaker) + 1}", ("decoy", "role"))]
    else:
        person = ctx.cast.get(speaker)
        form = "full" if rng.random() < 0.5 else "first"
        text = render_name(ctx, person, form)
        if layout == "lower":
            text = text.lower()
        person.values["_named"] = True
        if form == "full":
            person.said_surname = True
        label = [(text, ("span", "PERSON", form, person.entity))]
    if layout == "meeting":
        return [*label, ("   ", None), (stamp, ("decoy", "time")), ("\n", None)]
    if layout == "bracket":
        return [("[", None), (stamp, ("decoy", "time")), ("] ", None), *label, (": ", None)]
    return [*label, (" (", None), (stamp, ("decoy", "time")), (")\n", None)]


def _turn_text(ctx: Ctx, speaker: str, group: bool) -> list[Segment]:
    rng = ctx.rng
    if speaker == "fac":
        picked = choose(ctx, FACILITATOR) or ["Okay. Anyone else?"]
        return fill(ctx, picked[0])
    if speaker == "int":
        return fill(
            ctx,
            rng.choice(
                [
                    "Okay. And when did you leave?",
                    "Right, and who helped you then?",
                    "Can I take a number to call you back on?",
                    "Go on.",
                    "Mm-hm.",
                ]
            ),
        )
    others = (
        [s for s in ("p1", "p2", "p3") if s != speaker] if group else ["mate", "mate2", "partner"]
    )
    templates = [t.replace("{p2", "{" + others[0]).replace("{p3", "{" + others[-1]) for t in TURNS]
    templates = [t.replace("{self", "{" + speaker) for t in templates]
    picked = choose(ctx, templates) or [
        rng.choice(["Yeah.", "Mm, yeah, same.", "[inaudible] yeah."])
    ]
    return fill(ctx, picked[0])


# ---------------------------------------------------------------- case-management exports

NOTES = [
    "Call from {partner} (partner) on {partner.phone}, worried re SU drinking. Advised "
    "{@helpline} if immediate risk.",
    "SU now living c/o sister at {client.addr}, {client.postcode}. Tel unchanged.",
    "{client.title} attended office. Ex-{client.unit}, {@count} service. DOB checked: "
    "{client.dob}.",
    "Letter sent to GP ({gp}) re referral. Copy on file {@file}.",
    "Grant approved by {staff2.initials} - {@money}. SU informed by text.",
    "Safeguarding discussion w/ {@team}. {client.initials} has 2 children, eldest {kid.first} "
    "({kid.age}).",
    "SU's NOK updated: {dad.title} (father), {dad.phone}, {dad.town}.",
    "Emailed {client.email} w/ list of local groups. No reply as yet.",
    "{client.first} says old CO {officer} {=word:will} give a character ref.",
    "Pt reports service at {client.base} since {@year}. SN {client.sn}, NI {client.ni}.",
    "SU called re housing. Lives w/ partner {partner.first} & 2 kids at {client.addr}, "
    "{client.town} {client.postcode}.",
    "TC w/ {client.initials}. Pt is {client.age}yo, DOB {client.dob}, ex {client.unit}. Low "
    "mood, sleeping poorly.",
    "NOK: mother {mum}, tel {mum.phone}. SU happy for us to speak to her.",
    "HV completed by {staff.initials} & {staff2.initials}. Property damp, c/o landlord. Referred "
    "to {@product}.",
    "{client.initials} DNA'd appt. Left VM on {client.phone}. {=word:Will} try again {@weekday}.",
    "Spoke to {gp} at surgery re meds review. f/u in {@count}.",
    "SU states served {@count} w/ {client.unit}, last posted {client.base}. SN {client.sn}.",
    "NI no. {client.ni} confirmed for benefits claim. NHS no {client.nhs}.",
    "Pt's child {kid} (aged {kid.age}) staying w/ grandparents in {kid.town} for now.",
    "Email rec'd from {client.email} asking for update. {staff.initials} to reply.",
    "Discussed w/ {@rank}. Agreed grant of {@money} for white goods.",
    "{client.first} tearful on phone, said mate {mate} from old unit died last month. Signposted "
    "{@helpline} / {@product}.",
    "Client seen at {client.base} welfare office w/ {welfare}. Age {client.age}.",
    "{client.initials} asked for {mate.firstinit} (old section 2IC) to be told; {mate.sur} is on "
    "{mate.phone}.",
    "Transferred from {staff2} as caseload. Client known to {@team}.",
    "c/o partner {partner} ({partner.phone}) - SU prefers contact via partner.",
    "Pt {client.age} M, d.o.b. {client.dob}, presenting w/ back pain since tour.",
]


def casenote_doc(ctx: Ctx) -> list[Segment]:
    """A welfare database's notes as exported: a client header, then one block per note."""
    rng = ctx.rng
    segments: list[Segment] = [
        ("CASE NOTES EXPORT", None),
        ("  |  ", None),
        ("Case ref:", ("decoy", "header")),
        (" ", None),
        *decoy_from_pool(ctx, "caseref"),
        ("  |  ", None),
        ("Exported:", ("decoy", "header")),
        (" ", None),
        *decoy_from_pool(ctx, "date"),
        ("\n", None),
    ]
    segments += [
        ("Client:", ("decoy", "header")),
        (" ", None),
        *mention(ctx, "client", rng.choice(["surfirst", "caps", "full"])),
    ]
    segments += [
        ("   ", None),
        ("DOB:", ("decoy", "header")),
        (" ", None),
        *fill(ctx, "{client.dob}"),
    ]
    if rng.random() < 0.5:
        segments += [
            ("   ", None),
            ("NHS No:", ("decoy", "header")),
            (" ", None),
            *fill(ctx, "{client.nhs}"),
        ]
    segments.append(("\n" + "=" * 40 + "\n", None))
    for _ in range(rng.randint(2, 5)):
        segments += _note_block(ctx)
    return segments


def _note_block(ctx: Ctx) -> list[Segment]:
    rng = ctx.rng
    authors = [r for r in ("staff", "staff", "staff2") if ctx.cast.get(r).budget > 0]
    author = rng.choice(authors or ["staff"])
    shape = rng.choice(["bracket", "fields"])
    if shape == "bracket":
        head = [
            ("[", None),
            *decoy_from_pool(ctx, "date"),
            (" ", None),
            *decoy_from_pool(ctx, "clock"),
            ("] ", None),
            *mention(ctx, author, "initials"),
            ("\n", None),
        ]
    else:
        head = [
            ("Date:", ("decoy", "header")),
            (" ", None),
            *decoy_from_pool(ctx, "date"),
            ("   ", None),
            ("Author:", ("decoy", "header")),
            (" ", None),
            *mention(ctx, author, rng.choice(["initials", "init"])),
            ("\n", None),
        ]
    head += [
        ("Contact type:", ("decoy", "header")),
        (" ", None),
        (rng.choice(["Phone", "Home visit", "Email", "Office", "Text"]), None),
        ("\n", None),
    ]
    body: list[Segment] = []
    for i, template in enumerate(choose(ctx, NOTES, rng.randint(1, 3))):
        body += ([(" ", None)] if i else []) + fill(ctx, template)
    tail = [
        ("\n", None),
        ("Outcome:", ("decoy", "header")),
        (" ", None),
        *decoy_from_pool(ctx, "status"),
        ("\n" + "-" * 40 + "\n", None),
    ]
    return head + body + tail


# ---------------------------------------------------------------- e-mail threads

BODIES = [
    "Hi {to.first},\n\nSorry for the delay. {client.full} rang again today - they're now at "
    "{client.addr}, {client.town}, {client.postcode}. Mobile {client.phone}.",
    "{to.first} - see below. Can you check {=product:JPA} for {client.rank}, SN {client.sn}? DOB "
    "{client.dob}.",
    "{=greet_all:All},\n\n{client.surfirst} has asked that we only contact them by email "
    "({client.email}).",
    "Hi {to.dim},\n\nJust a heads up that {client.first}'s partner {partner} called in. Nothing "
    "urgent.",
    "Thanks both. I've logged it on the system ({@file}). {client.initials}'s NHS number is "
    "{client.nhs} for the GP letter.",
    "Morning,\n\n{officer} from {officer.unit} has asked for an update on {client.first}. Can we "
    "talk {@weekday}?",
    "Hi {to.first},\n\nThanks for this. I've spoken to {client} and they're happy for us to "
    "share the referral with {@product}. "
    "Their number is {client.phone} and DOB {client.dob}.",
    "Morning {to.first},\n\nCan you give {client.first} a call back on {client.phone}? They've "
    "moved to {client.addr}, {client.postcode}.",
    "{to.first},\n\nQuick one - {client} ({client.unit}, {client.base}) is asking about the "
    "{@money} grant. Are we still on for {@weekday}?",
    "{=greet_all:Hi all},\n\nPlease see below from {client.title}. I {=word:will} pick this up "
    "when I'm back.",
    "Hi {to.dim},\n\nAttached {@file}. {client.initials} is {client.age} and lives in "
    "{client.town}; NI {client.ni}.",
    "Thanks {to.first}, noted. I'll let {@rank} know. {client.first} has their appointment at "
    "{@time}.",
    "Dear {to.title},\n\nFurther to our call, {client} (service no. {client.sn}) has now been "
    "seen by {gp}.",
]


def email_doc(ctx: Ctx) -> list[Segment]:
    """An e-mail thread: newest first, earlier messages quoted or forwarded, signatures repeated."""
    rng = ctx.rng
    writers = ["staff", "staff2", "boss"][: rng.randint(2, 3)]
    subject = rng.choice(
        ["Welfare referral", "Housing query", "Grant application", "Call back request"]
    )
    sent = datetime.datetime(2025, 1, 6, 8, 0) + datetime.timedelta(minutes=rng.randint(0, 600000))
    layout = rng.choice(["%d %B %Y", "%d/%m/%Y", "%Y-%m-%d", "%d %b"])
    earlier: list[Segment] = []
    earlier_sent = sent
    to = writers[0]
    for n in range(rng.randint(2, 3)):
        sender, to = writers[n % len(writers)], writers[(n + 1) % len(writers)]
        subject_line = subject if n == 0 else "RE: " + subject
        message = _email_message(ctx, sender, to, subject_line, _stamp(sent, layout))
        if earlier:
            style = rng.choice(["quote", "outlook", "forward"])
            message += _join_earlier(ctx, earlier, style, _stamp(earlier_sent, layout))
        earlier, earlier_sent = message, sent
        sent += datetime.timedelta(minutes=rng.randint(20, 6000))
    if rng.random() < 0.3:
        back = sent + datetime.timedelta(days=rng.randint(2, 15))
        reply = _out_of_office(ctx, to, subject, _stamp(back, layout)[:3])
        earlier = [*reply, ("\n\n", None), *quoted(earlier)]
        charge(ctx, earlier)
    return earlier


def _stamp(moment: datetime.datetime, layout: str) -> list[Segment]:
    """A Sent: value as decoys, weekday true to the date: 'Tuesday, 3 June 2025 09:14'."""
    return [
        (moment.strftime("%A"), ("decoy", "weekday")),
        (", ", None),
        (moment.strftime(layout), ("decoy", "date")),
        (" ", None),
        (moment.strftime("%H:%M"), ("decoy", "time")),
    ]


def _header_name(ctx: Ctx, role: str) -> list[Segment]:
    rng = ctx.rng
    person = ctx.cast.get(role)
    email = render_value(ctx, person, "email", "")
    if person.budget <= 1 or rng.random() < 0.25:
        return email
    if person.rank and rng.random() < 0.6:
        name = mention(ctx, role, "surfirst")
        return [*name, (f" ({person.rank[0]}) <", None), *email, (">", None)]
    return [*mention(ctx, role, "full"), (" <", None), *email, (">", None)]


def _email_message(
    ctx: Ctx, sender: str, to: str, subject: str, stamp: list[Segment]
) -> list[Segment]:
    rng = ctx.rng
    head = [
        ("From:", ("decoy", "header")),
        (" ", None),
        *_header_name(ctx, sender),
        ("\n", None),
        ("Sent:", ("decoy", "header")),
        (" ", None),
        *stamp,
        ("\n", None),
        ("To:", ("decoy", "header")),
        (" ", None),
        *_header_name(ctx, to),
        ("\n", None),
    ]
    if rng.random() < 0.4:
        copied = decoy_from_pool(ctx, "team")
        if rng.random() < 0.4:
            copied = _header_name(ctx, "cc")
        head += [("Cc:", ("decoy", "header")), (" ", None), *copied, ("\n", None)]
    head += [("Subject:", ("decoy", "header")), (" " + subject + "\n\n", None)]
    body = fill(ctx, choose(ctx, [b.replace("{to", "{" + to) for b in BODIES])[0])
    return head + body + [("\n\n", None)] + _signature(ctx, sender)


def _signature(ctx: Ctx, role: str) -> list[Segment]:
    rng = ctx.rng
    person = ctx.cast.get(role)
    lines = [*decoy_from_pool(ctx, "signoff"), (",\n", None)]
    if person.budget <= 0:
        return [*lines, *decoy_from_pool(ctx, "team"), ("\n", None)]
    form = rng.choice(
        [
            "first",
            "full",
            "caps",
            "rank" if person.rank else "init",
            "initials",
            "dim" if person.dim else "first",
        ]
    )
    lines += [*mention(ctx, role, form), ("\n", None)]
    if rng.random() < 0.7:
        lines += [*decoy_from_pool(ctx, "team"), ("\n", None)]
        variant = "split" if rng.random() < 0.3 else ""
        lines += [("Mob: ", None), *render_value(ctx, person, "phone", variant), ("\n", None)]
    return lines


def _join_earlier(
    ctx: Ctx, earlier: list[Segment], style: str, stamp: list[Segment]
) -> list[Segment]:
    """The earlier message below a reply: quoted with '> ', under a rule, or forwarded."""
    if style == "quote":
        intro = [("\n> On ", None), stamp[2], (", at ", None), stamp[4]]
        intro.append((", a colleague wrote:\n", None))
        copy = quoted(earlier)
    elif style == "outlook":
        intro = [("\n________________________________\n", None)]
        copy = list(earlier)
    else:
        intro = [("\n---------- Forwarded message ---------\n", None)]
        copy = list(earlier)
    charge(ctx, copy)
    return intro + copy


def _out_of_office(ctx: Ctx, role: str, subject: str, back: list[Segment]) -> list[Segment]:
    return [
        ("From:", ("decoy", "header")),
        (" ", None),
        *_header_name(ctx, role),
        ("\n", None),
        ("Subject:", ("decoy", "header")),
        (" Automatic reply: " + subject + "\n\n", None),
        ("Thank you for your email. I am out of the office until ", None),
        back[0],
        (" ", None),
        back[2],
        (" with no access to email. For anything urgent contact ", None),
        *decoy_from_pool(ctx, "team"),
        (" or ring ", None),
        *decoy_from_pool(ctx, "helpline"),
        (" in an emergency.", None),
    ]


# ---------------------------------------------------------------- the corpus

BUILDERS = {
    "survey": survey_doc,
    "transcript": transcript_doc,
    "casenote": casenote_doc,
    "email": email_doc,
}


def build_document(rng: random.Random, style: str) -> tuple[str, list[dict], list[dict]]:
    """One document of a style; drafts that break a rule are dropped and redrawn."""
    while True:
        ctx = Ctx(rng, style)
        done = finish(ctx, BUILDERS[style](ctx))
        if done is not None:
            return done


def build_corpus() -> list[dict]:
    rng = random.Random(SEED)
    records = []
    for i in range(PER_STYLE * len(STYLES)):
        style = STYLES[i % len(STYLES)]
        text, spans, decoys = build_document(rng, style)
        records.append(
            {
                "id": f"heldout-g-{i + 1:04d}",
                "style": style,
                "format": "txt",
                "text": text,
                "spans": spans,
                "decoys": decoys,
            }
        )
    return records


def serialise(records: list[dict]) -> str:
    return "".join(json.dumps(r, sort_keys=True, ensure_ascii=False) + "\n" for r in records)


def stats(records: list[dict], data: bytes) -> str:
    """The counts SOURCE.md quotes, printed by --stats."""
    words = [len(r["text"].split()) for r in records]
    people = Counter()
    repeated = 0
    for r in records:
        mentions = Counter(s["entity"] for s in r["spans"] if s["type"] == "PERSON")
        people[r["id"]] = len(mentions)
        repeated += sum(1 for c in mentions.values() if c > 1)
    lines = [
        f"documents: {len(records)}",
        f"words per document: min {min(words)}, max {max(words)}, mean {sum(words) // len(words)}",
        f"distinct people (entities, counted per document): {sum(people.values())}",
        f"people mentioned more than once in their document: {repeated}",
    ]
    tables = [
        ("style", Counter(r["style"] for r in records)),
        ("type", Counter(s["type"] for r in records for s in r["spans"])),
        ("type/form", Counter(f"{s['type']}/{s['form']}" for r in records for s in r["spans"])),
        ("decoy kind", Counter(d["kind"] for r in records for d in r["decoys"])),
    ]
    for title, counts in tables:
        lines += ["", f"| {title} | count |", "|---|---|"]
        lines += [f"| {key} | {counts[key]} |" for key in sorted(counts)]
        lines.append(f"| total | {sum(counts.values())} |")
    lines += ["", f"sha256: {hashlib.sha256(data).hexdigest()}"]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="rebuild and compare, write nothing")
    parser.add_argument("--stats", action="store_true", help="print the counts SOURCE.md quotes")
    args = parser.parse_args()
    data = serialise(build_corpus()).encode("utf-8")
    if args.check:
        if OUT.read_bytes() != data:
            print("corpus.jsonl differs from the generator's output")
            return 1
        print("corpus.jsonl reproduced")
        return 0
    if args.stats:
        print(stats([json.loads(line) for line in data.decode("utf-8").splitlines()], data))
        return 0
    OUT.write_bytes(data)
    print(f"wrote {OUT.name}: {hashlib.sha256(data).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
