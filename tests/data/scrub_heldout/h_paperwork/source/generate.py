"""Generate held-out scrub corpus H: the paperwork of a research study and of a unit's welfare.

Letters and replies, minutes of meetings and case conferences, incident and welfare reports,
consent, referral and discharge forms typed out as text, and participants' own diaries.
Every label and decoy is recorded when its text is appended, so offsets are exact by
construction. Python 3.11 standard library only; seeded, so it rebuilds byte for byte.

    python generate.py            # writes ../corpus.jsonl
    python generate.py --check    # rebuilds in memory and compares with ../corpus.jsonl
    python generate.py --stats    # counts per style, type, form and decoy kind
"""

# Template sentences stay whole on one line, so each reads as the text it writes.
# ruff: noqa: E501

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pools as P

SEED = 20261212
PER_STYLE = 80
STYLES = ["letter", "minutes", "report", "form", "diary"]
OUT = Path(__file__).resolve().parent.parent / "corpus.jsonl"
DOC_YEAR = 2026
MAX_MENTIONS = 5


# --------------------------------------------------------------------------- document


@dataclass
class Doc:
    """Text built from segments; each label is recorded as its segment is appended."""

    lower: bool = False
    parts: list[str] = field(default_factory=list)
    length: int = 0
    spans: list[dict] = field(default_factory=list)
    decoys: list[dict] = field(default_factory=list)

    def add(self, text: str) -> None:
        if self.lower:
            text = text.lower()
        self.parts.append(text)
        self.length += len(text)

    def span(self, text: str, kind: str, form: str, entity: str | None = None) -> None:
        start = self.length
        self.add(text)
        label = {"type": kind, "start": start, "end": self.length, "form": form}
        if entity:
            label["entity"] = entity
        self.spans.append(label)

    def decoy(self, text: str, kind: str) -> None:
        start = self.length
        self.add(text)
        self.decoys.append({"start": start, "end": self.length, "kind": kind})

    @property
    def text(self) -> str:
        return "".join(self.parts)


# --------------------------------------------------------------------------- people


@dataclass
class Person:
    key: str
    given: str
    surname: str
    female: bool
    service: str | None
    rank: tuple[str, str] | None
    dim: str | None
    nick: str | None
    fallback: str
    ages: tuple[int, int] = (19, 58)
    entity: str = ""
    mentions: int = 0
    surname_seen: bool = False
    values: dict = field(default_factory=dict)

    @property
    def initials(self) -> str:
        return self.given[0].upper() + _first_capital(self.surname)

    def words(self) -> set[str]:
        found = set(self.given.lower().split()) | set(self.surname.lower().split())
        return found | {w.lower() for w in (self.dim, self.nick) if w}


def _first_capital(surname: str) -> str:
    """The letter a surname is filed under: 'ap Rhys' -> R, 'Ó Briain' -> B (the last word
    for particles), otherwise the first letter."""
    parts = surname.split()
    if len(parts) > 1 and parts[0] in {"ap", "Ó", "Ní", "Mac", "dos"}:
        return parts[-1][0].upper()
    return surname[0].upper()


def _surname_for(rng: random.Random, surnames: list[str], female: bool) -> str:
    """A surname from the pool that fits the person: Irish 'Ó' for men and 'Ní' for women,
    Polish '-ski'/'-ska' by sex ('@' in the pool stands for the ending)."""
    wrong_particle = "Ó " if female else "Ní "
    allowed = [s for s in surnames if not s.startswith(wrong_particle)]
    name = rng.choice(allowed)
    return name.replace("@", "a" if female else "i")


def make_person(rng: random.Random, key: str, fallback: str, serving: bool, taken: Cast) -> Person:
    """A person whose name words, short forms and initials are new to this document."""
    for _ in range(200):
        origin = rng.choice(list(P.ORIGINS))
        men, women, surnames = P.ORIGINS[origin]
        female = rng.random() < 0.45
        given = rng.choice(women if female else men)
        surname = _surname_for(rng, surnames, female)
        nick = None
        if serving and not female and rng.random() < 0.3:
            nick, surname = rng.choice(P.SURNAME_NICKNAMES)
        elif serving and not female and rng.random() < 0.15:
            nick = rng.choice(P.LOOSE_NICKNAMES)
        service = rng.choice(["Army", "Army", "Royal Navy", "RAF"]) if serving else None
        rank = rng.choice(P.RANKS[service]) if service else None
        person = Person(
            key, given, surname, female, service, rank, P.DIMINUTIVES.get(given), nick, fallback
        )
        if taken.accepts(person):
            return person
    raise RuntimeError("could not cast a distinct person")


@dataclass
class Cast:
    people: dict[str, Person] = field(default_factory=dict)

    def accepts(self, person: Person) -> bool:
        words = person.words()
        initials = {p.initials for p in self.people.values()}
        clash = any(words & p.words() for p in self.people.values())
        return not clash and person.initials not in initials

    def add(self, person: Person) -> Person:
        self.people[person.key] = person
        return person

    def __getitem__(self, key: str) -> Person:
        return self.people[key]


# --------------------------------------------------------------------------- name forms


def _typo(rng: random.Random, surname: str) -> str:
    """One letter changed or doubled, as a hurried writer misspells a name they know."""
    word = surname.split()[-1]
    head = surname[: len(surname) - len(word)]
    i = rng.randrange(1, len(word) - 1) if len(word) > 2 else len(word) - 1
    if rng.random() < 0.5:
        new = word[: i + 1] + word[i] + word[i + 1 :]
    else:
        swap = {"a": "e", "e": "a", "i": "y", "o": "u", "u": "o", "y": "i"}
        ch = word[i]
        new = word[:i] + swap.get(ch.lower(), "e" if ch.lower() != "e" else "a") + word[i + 1 :]
    return head + new


def available_forms(p: Person) -> set[str]:
    forms = {"full", "first", "sur", "title", "init", "surfirst", "caps", "firstinit"}
    if p.initials not in P.BLOCKED_INITIALS:
        forms.add("initials")
    if p.dim:
        forms.add("dim")
    if p.nick:
        forms.add("nick")
    if p.rank:
        forms.add("rank")
    if p.surname_seen and len(p.surname.split()[-1]) > 3:
        forms.add("typo")
    return forms


SURNAME_BEARING = {"full", "sur", "rank", "title", "init", "surfirst", "caps"}


def render(rng: random.Random, p: Person, form: str) -> str:
    g, s = p.given, p.surname
    if form == "full":
        return f"{g} {s}"
    if form == "first":
        return g
    if form == "sur":
        return s.upper() if rng.random() < 0.2 else s
    if form == "dim":
        return p.dim or g
    if form == "nick":
        return p.nick or g
    if form == "rank":
        assert p.rank
        short, long = p.rank
        title = rng.choice([short, short, long, short.upper()])
        rest = rng.choice([s, s, f"{g[0]}. {s}", f"{g} {s}"])
        return f"{title} {rest}"
    if form == "title":
        title = (
            "Dr" if rng.random() < 0.12 else rng.choice(["Mrs", "Ms", "Miss"]) if p.female else "Mr"
        )
        rest = rng.choice([s, s, f"{g[0]}. {s}", f"{g} {s}"])
        return f"{title} {rest}"
    if form == "init":
        return rng.choice([f"{g[0]}. {s}", f"{g[0]} {s}", f"{g[0]}.{s}"])
    if form == "initials":
        return p.initials
    if form == "surfirst":
        return rng.choice([f"{s}, {g}", f"{s.upper()}, {g}", f"{s.upper()} {g}"])
    if form == "caps":
        return f"{g} {s}".upper()
    if form == "firstinit":
        return f"{g} {_first_capital(s)}"
    if form == "typo":
        return _typo(rng, s)
    raise ValueError(form)


# --------------------------------------------------------------------------- values


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _mobile(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "07700900" + _digits(rng, 3)
    return "07" + rng.choice("3456789") + _digits(rng, 8)


def _landline(rng: random.Random) -> str:
    return rng.choice(["01980", "01748", "01252", "01206", "01392", "01633", "01224"]) + _digits(
        rng, 6
    )


def _nhs(rng: random.Random) -> str:
    while True:
        body = [rng.randrange(10) for _ in range(9)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            return "".join(map(str, body)) + str(check)


def _ni(rng: random.Random) -> str:
    first = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    second = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    return first + second + _digits(rng, 6) + rng.choice("ABCD")


def _postcode(rng: random.Random) -> str:
    area = rng.choice(P.POSTCODE_AREAS)
    district = str(rng.randrange(1, 30))
    unit = "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    return f"{area}{district} {rng.randrange(10)}{unit}"


DIGIT_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
UNITS_WORDS = DIGIT_WORDS[1:]
TEENS = [
    "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
    "eighteen", "nineteen",
]  # fmt: skip
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = [
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
    "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
    "twenty-eighth",
]  # fmt: skip


def number_words(n: int) -> str:
    if n < 10:
        return UNITS_WORDS[n - 1] if n else "zero"
    if n < 20:
        return TEENS[n - 10]
    tens, ones = divmod(n, 10)
    return TENS[tens] + (f"-{UNITS_WORDS[ones - 1]}" if ones else "")


def digits_in_words(value: str) -> str:
    """A digit string as someone writes it out: 'oh', 'double', 'triple'."""
    out, i = [], 0
    while i < len(value):
        run = 1
        while i + run < len(value) and value[i + run] == value[i] and run < 3:
            run += 1
        word = DIGIT_WORDS[int(value[i])]
        if run == 3:
            out.append(f"triple {word}")
        elif run == 2:
            out.append(f"double {word}")
        else:
            out.append(word)
        i += run
    return " ".join(out)


def draw_values(rng: random.Random, p: Person) -> dict:
    age = rng.randrange(*p.ages)
    month, day = rng.randrange(1, 13), rng.randrange(1, 29)
    year = DOC_YEAR - age - (1 if month > 6 else 0)
    mail_user = rng.choice(
        [
            f"{p.given.split()[0]}.{p.surname.split()[-1]}",
            f"{p.given[0]}{p.surname.split()[-1]}{rng.randrange(10, 99)}",
            f"{p.surname.split()[-1]}{p.given[0]}",
        ]
    )
    mail_user = re.sub(r"[^a-z0-9.]", "", mail_user.lower().translate(ASCII))
    domain = "mod.gov.uk" if p.service and rng.random() < 0.5 else rng.choice(P.MAIL_DOMAINS)
    service = p.service or rng.choice(list(P.BASES_BY_SERVICE))
    unit_kind = rng.choice(P.UNIT_FORMS_BY_SERVICE[service])
    return {
        "age": age,
        "dob": (day, month, year),
        "mobile": _mobile(rng),
        "landline": _landline(rng),
        "email": f"{mail_user}@{domain}",
        "house": rng.randrange(1, 140),
        "flat": rng.randrange(1, 12) if rng.random() < 0.25 else None,
        "house_name": rng.choice(P.HOUSE_NAMES) if rng.random() < 0.12 else None,
        "street": rng.choice(P.STREETS),
        "postcode": _postcode(rng),
        "town": rng.choice(P.TOWNS),
        "sn": rng.choice(["30", "25", "24"]) + _digits(rng, 6)
        if rng.random() < 0.8
        else _digits(rng, 6),
        "ni": _ni(rng),
        "nhs": _nhs(rng),
        "unit": (unit_kind, rng.choice(P.UNITS[unit_kind])),
        "base": rng.choice(P.BASES_BY_SERVICE[service]),
        "service": service,
    }


ASCII = str.maketrans(
    "áéíóúÁÉÍÓÚąćęłńśźżĄĆĘŁŃŚŹŻăâîșțĂÂÎȘȚãõçêôÃÕÇÊÔ",
    "aeiouAEIOUacelnszzACELNSZZaaistAAISTaoceoAOCEO",
)


def format_dob(rng: random.Random, dob: tuple[int, int, int]) -> str:
    d, m, y = dob
    month = P.MONTHS[m - 1]
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}/{y % 100:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d} {month} {y}",
            f"{d} {month[:3]} {y}",
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}-{month[:3].upper()}-{y}",
            f"{month} {d}, {y}",
        ]
    )


def dob_words(rng: random.Random, dob: tuple[int, int, int]) -> str:
    d, m, y = dob
    year = (
        f"nineteen {number_words(y % 100)}"
        if y < 2000
        else f"two thousand and {number_words(y % 100)}"
    )
    if rng.random() < 0.5:
        return f"the {ORDINALS[d]} of {P.MONTHS[m - 1]} {year}"
    return f"{ORDINALS[d]} {P.MONTHS[m - 1].lower()} {number_words(y % 100) if y < 2000 else year}"


def format_phone(rng: random.Random, number: str) -> str:
    if number.startswith("07"):
        layouts = [
            f"{number[:5]} {number[5:]}",
            number,
            f"+44 {number[1:5]} {number[5:]}",
            f"{number[:5]} {number[5:8]} {number[8:]}",
            f"({number[:5]}) {number[5:]}",
        ]
    else:
        layouts = [f"{number[:5]} {number[5:]}", f"({number[:5]}) {number[5:8]} {number[8:]}"]
    return rng.choice(layouts)


def format_ni(rng: random.Random, ni: str) -> str:
    return rng.choice([ni, f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", ni.lower()])


def format_nhs(rng: random.Random, nhs: str) -> str:
    return rng.choice([f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}", nhs, f"{nhs[:3]}-{nhs[3:6]}-{nhs[6:]}"])


def format_address(rng: random.Random, v: dict) -> str:
    if v["house_name"]:
        return f"{v['house_name']}, {v['street']}"
    if v["flat"]:
        return rng.choice(
            [
                f"Flat {v['flat']}, {v['house']} {v['street']}",
                f"{v['flat']}/{v['house']} {v['street']}",
            ]
        )
    return f"{v['house']} {v['street']}"


# --------------------------------------------------------------------------- writer


class Writer:
    """Appends templated text to a Doc: `{P.key.forms}` names a person (forms separated by
    '/', 'any' for the style's mix), `{V.key.field}` writes one of their values, and
    `{D.kind}` or `{D.kind=text}` writes a decoy."""

    TOKEN = re.compile(r"\{([^{}]+)\}")

    def __init__(self, rng: random.Random, cast: Cast, doc: Doc, weights: dict[str, float]):
        self.rng, self.cast, self.doc, self.weights = rng, cast, doc, weights
        self.lower_names = 0.0
        self.order: list[str] = []

    def __call__(self, template: str) -> None:
        for i, piece in enumerate(self.TOKEN.split(template)):
            if i % 2 == 0:
                if piece:
                    self.doc.add(piece)
                continue
            head, _, rest = piece.partition(".")
            if head == "P":
                key, _, forms = rest.partition(".")
                self.name(key, forms or "any")
            elif head == "V":
                key, _, what = rest.partition(".")
                self.value(key, what)
            elif head == "D":
                kind, _, text = rest.partition("=")
                kind, _, pool = kind.partition(":")
                self.doc.decoy(text or self.pick_decoy(pool or kind), kind)
            else:
                raise ValueError(piece)

    def name(self, key: str, forms: str) -> None:
        p = self.cast[key]
        if p.mentions >= MAX_MENTIONS:
            self.doc.add(p.fallback)
            return
        allowed = available_forms(p)
        wanted = list(self.weights) if forms == "any" else forms.split("/")
        options = [f for f in wanted if f in allowed and (f != "typo" or p.mentions > 0)]
        if not options:
            options = ["full"]
        weights = [self.weights.get(f, 1.0) for f in options]
        form = self.rng.choices(options, weights)[0]
        text = render(self.rng, p, form)
        if self.lower_names and self.rng.random() < self.lower_names and form != "initials":
            text = text.lower()
        if not p.entity:
            self.order.append(key)
            p.entity = f"p{len(self.order)}"
        p.mentions += 1
        p.surname_seen = p.surname_seen or form in SURNAME_BEARING
        self.doc.span(text, "PERSON", form, p.entity)

    def values_of(self, key: str) -> dict:
        p = self.cast[key]
        if not p.values:
            p.values = draw_values(self.rng, p)
        return p.values

    def value(self, key: str, what: str) -> None:
        v, rng, span = self.values_of(key), self.rng, self.doc.span
        if what == "age":
            span(str(v["age"]), "AGE", "digits")
        elif what == "agew":
            span(number_words(v["age"]), "AGE", "words")
        elif what == "dob":
            span(format_dob(rng, v["dob"]), "DATE_OF_BIRTH", "digits")
        elif what == "dobw":
            span(dob_words(rng, v["dob"]), "DATE_OF_BIRTH", "words")
        elif what == "mobile":
            span(format_phone(rng, v["mobile"]), "PHONE", "digits")
        elif what == "landline":
            span(format_phone(rng, v["landline"]), "PHONE", "digits")
        elif what == "mobilew":
            span(digits_in_words(v["mobile"]), "PHONE", "words")
        elif what == "email":
            span(v["email"], "EMAIL", "plain")
        elif what == "address":
            span(format_address(rng, v), "ADDRESS", "street")
        elif what == "postcode":
            pc = v["postcode"]
            span(pc.replace(" ", "") if rng.random() < 0.15 else pc, "POSTCODE", "plain")
        elif what == "town":
            span(v["town"], "LOCATION", "town")
        elif what == "sn":
            span(v["sn"], "SERVICE_NUMBER", "digits")
        elif what == "snw":
            span(digits_in_words(v["sn"]), "SERVICE_NUMBER", "words")
        elif what == "ni":
            span(format_ni(rng, v["ni"]), "NI_NUMBER", "digits")
        elif what == "nhs":
            span(format_nhs(rng, v["nhs"]), "NHS_NUMBER", "digits")
        elif what == "unit":
            span(v["unit"][1], "UNIT", v["unit"][0])
        elif what == "base":
            span(v["base"][1], "BASE", v["base"][0])
        elif what == "service":
            self.doc.decoy(v["service"], "service")
        else:
            raise ValueError(what)

    def pick_decoy(self, kind: str) -> str:
        rng = self.rng
        pools = {
            "team": P.TEAMS,
            "product": P.PRODUCTS,
            "tool": P.TOOLS,
            "helpline": P.HELPLINES,
            "rank": P.ROLE_WORDS,
            "place_word": P.PLACE_WORDS,
            "signoff": P.SIGNOFFS_FORMAL,
            "service": P.SERVICES,
            "status": P.STATUSES,
            "weekday": P.WEEKDAYS,
            "job": P.JOB_TITLES,
            "study": P.STUDIES,
            "system": P.SYSTEM_LINES,
            "age_band": P.AGE_BANDS,
            "greet_all": P.GREET_ALL,
        }
        if kind in pools:
            return rng.choice(pools[kind])
        if kind == "date":
            return any_date(rng)
        if kind == "time":
            return any_time(rng)
        if kind == "year":
            return str(rng.randrange(2012, 2026))
        if kind == "money":
            return rng.choice(
                [
                    f"£{rng.randrange(20, 900)}",
                    f"£{rng.randrange(1, 9)},{rng.randrange(100, 999)}",
                    f"£{rng.randrange(5, 60)}.{rng.randrange(10, 99)}",
                ]
            )
        if kind in P.COUNT_NOUNS:
            n = rng.randrange(2, 15)
            return f"{n} {rng.choice(P.COUNT_NOUNS[kind])}"
        if kind == "file":
            return any_reference(rng)
        raise ValueError(kind)


def any_date(rng: random.Random) -> str:
    d, m, y = rng.randrange(1, 29), rng.randrange(1, 13), rng.choice([2025, 2026])
    month = P.MONTHS[m - 1]
    return rng.choice(
        [
            f"{d} {month} {y}",
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {month[:3]} {y % 100}",
            f"{d}{_suffix(d)} {month}",
        ]
    )


def _suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def any_time(rng: random.Random) -> str:
    h, m = rng.randrange(7, 20), rng.choice([0, 15, 30, 45, 10, 50])
    return rng.choice(
        [
            f"{h:02d}:{m:02d}",
            f"{h:02d}{m:02d}hrs",
            f"{h:02d}{m:02d}",
            f"{(h - 1) % 12 + 1}.{m:02d}{'am' if h < 12 else 'pm'}",
        ]
    )


def any_reference(rng: random.Random) -> str:
    return rng.choice(
        [
            f"WEL/{DOC_YEAR}/{rng.randrange(100, 999):04d}",
            f"REC {rng.randrange(18, 26)}/{rng.choice(['LO', 'NW', 'SC', 'WM'])}/{rng.randrange(1000, 1999)}",
            f"IR-{DOC_YEAR}-{rng.randrange(1, 400):04d}",
            f"SF-P{rng.randrange(100, 999):04d}",
            f"MODREC {rng.randrange(2100, 2499)}/MODREC/{rng.randrange(22, 26)}",
            f"SAR-{rng.randrange(1000, 9999)}",
            f"F/{rng.randrange(10, 99)}/{rng.randrange(100, 999)}",
        ]
    )


# --------------------------------------------------------------------------- styles

WEIGHTS = {
    "letter": {
        "full": 3, "title": 3, "rank": 3, "first": 2, "sur": 1, "init": 2, "surfirst": 0.5,
        "caps": 0.3, "initials": 0.5, "dim": 1.5, "firstinit": 0.3, "typo": 0.4, "nick": 0.5,
    },
    "minutes": {
        "rank": 3, "title": 2, "init": 2, "initials": 3, "full": 2, "first": 1, "sur": 1.5,
        "surfirst": 0.5, "caps": 0.3, "firstinit": 0.5, "typo": 0.6, "dim": 1, "nick": 0.5,
    },
    "report": {
        "surfirst": 2, "rank": 3, "full": 2, "caps": 1, "sur": 2, "init": 1.5, "title": 1.5,
        "first": 0.5, "initials": 0.5, "typo": 0.2, "nick": 0.2,
    },
    "form": {
        "surfirst": 2, "caps": 2, "full": 3, "title": 1, "init": 1, "rank": 1, "first": 0.5,
        "initials": 0.5, "firstinit": 0.3,
    },
    "diary": {
        "first": 4, "dim": 2, "nick": 2, "sur": 1, "full": 1.5, "rank": 1.5, "title": 1,
        "firstinit": 1, "typo": 1.2, "init": 0.3,
    },
}  # fmt: skip

WORD_SENTENCES = [
    "I {D.word=will} let you know if anything changes. ",
    "We {D.word=hope} this is helpful. ",
    "Please {D.word=mark} the envelope private. ",
    "You {D.word=may} withdraw at any time without giving a reason. ",
    "The {D.word=bill} for the repairs has been passed on. ",
    "There is a {D.word=grace} period of {D.count} for returning the form. ",
    "To be {D.word=frank}, the delay was ours. ",
    "The waiting list {D.word=rose} over the winter. ",
    "Numbers are low but we have {D.word=faith} in the new process. ",
]


def cast_people(rng: random.Random, roles: list[tuple[str, str, bool]]) -> Cast:
    cast = Cast()
    for key, fallback, serving in roles:
        cast.add(make_person(rng, key, fallback, serving, cast))
    return cast


def rel_word(rng: random.Random, p: Person) -> str:
    kind = rng.choice(list(P.RELATIONS))
    return P.RELATIONS[kind][1 if p.female else 0]


def letter(rng: random.Random, research: bool, w: Writer) -> None:
    kind = rng.choice(["formal", "formal", "reply", "sar", "withdraw"])
    if kind in ("sar", "withdraw"):
        own_words_letter(rng, research, w, kind)
    elif kind == "reply":
        reply_letter(rng, research, w)
    else:
        formal_letter(rng, research, w)


def address_block(rng: random.Random, w: Writer, key: str, name_forms: str) -> None:
    w(f"{{P.{key}.{name_forms}}}\n{{V.{key}.address}}\n")
    if rng.random() < 0.7:
        w(f"{{V.{key}.town}}\n")
    w(f"{{V.{key}.postcode}}\n\n")


def formal_letter(rng: random.Random, research: bool, w: Writer) -> None:
    w("{D.team}\n")
    if rng.random() < 0.5:
        w("{V.s.base}\n")
    w("{D.header=Our ref:} {D.file}\n")
    if rng.random() < 0.4:
        w("{D.header=Your ref:} {D.file}\n")
    w("{D.date}\n\n")
    address_block(rng, w, "r", "title/rank/full/caps")
    w("Dear {P.r.title/rank/first},\n\n")
    if research:
        w(
            rng.choice(
                [
                    "Thank you for agreeing to take part in {D.product:study}. We received your consent form on {D.date} and your participant number is {D.file}. ",
                    "I am writing about your place in {D.product:study}. {P.c.title/full/init} passed on your message of {D.date} asking about the next interview. ",
                    "Our records show that your last questionnaire reached us on {D.date}. As you are now {V.r.age}, you move into the older group for the second wave. ",
                    "{P.c.title/rank/full} asked me to write to you after your call on {D.weekday}. I am sorry the visit to {V.r.base} had to be cancelled. ",
                ]
            )
        )
        w(
            rng.choice(
                [
                    "Your follow-up interview is booked for {D.weekday} {D.date} at {D.time} with {P.c.any}. It will last about an hour and can be done on {D.product:tool}. ",
                    "We will repay travel costs of up to {D.money} and send a {D.money} voucher when the questionnaire comes back. ",
                    "Your record shows you were with {V.r.unit} at {V.r.base} when you joined the study, which is why we asked about {D.count} of shift work. ",
                    "We have updated your details to {V.r.address}, {V.r.postcode} and will use {V.r.email} for reminders from now on. ",
                    "The nurse, {P.n.full/title}, will ring you on {V.r.mobile} the week before to check a time suits. ",
                ]
            )
        )
        w(rng.choice(WORD_SENTENCES))
        w(
            rng.choice(
                [
                    "If anything in the questions upset you, you can talk to {D.rank} or ring {D.product=Samaritans} on {D.helpline}.\n\n",
                    "Please get in touch if your circumstances change. Our office is open {D.weekday=Monday} to {D.weekday=Friday}, {D.time=09:00} to {D.time=17:00}.\n\n",
                    "You do not need to reply to this letter unless you want to change your appointment.\n\n",
                ]
            )
        )
    else:
        w(
            rng.choice(
                [
                    "Following your meeting with {P.c.rank/title} on {D.date}, I can confirm that {D.product} has approved a grant of {D.money} towards the deposit on {V.r.address}. ",
                    "I was sorry to learn from {P.c.any} that your {rel} {P.f.full} has been in hospital in {V.f.town}. ",
                    "I write on behalf of {D.team} about the accommodation you and your {rel} {P.f.first/full} were offered in {V.f.town}. ",
                    "Thank you for coming in to see {P.c.rank/title/full} on {D.weekday}. As promised, here is a summary of what was agreed. ",
                ].copy()
            ).replace("{rel}", rel_word(rng, w.cast["f"]))
        )
        w(
            rng.choice(
                [
                    "The case will now be held by {D.team} and reviewed in {D.count}. ",
                    "Please let {D.rank} know if {P.f.first/title} needs help with travel to {V.f.town}; the unit can cover up to {D.money}. ",
                    "Your time with {V.r.unit} ({D.year} to {D.year}) counts towards the service requirement for the fund. ",
                ]
            )
        )
        w(rng.choice(WORD_SENTENCES))
        w(
            rng.choice(
                [
                    "Out of hours, please ring {D.rank=the duty officer} through {D.place_word=the guardroom} or, in an emergency, {D.helpline}.\n\n",
                    "If you would like to talk this through, {D.rank} holds a drop-in every {D.weekday} at {D.time}.\n\n",
                    "I have copied this letter to {D.team} so that they are aware.\n\n",
                ]
            )
        )
    w("{D.signoff}\n\n")
    if rng.random() < 0.35:
        w("pp {P.s.full/rank/title}\n")
    else:
        w("{P.s.full/rank/init}\n")
    w("{D.rank:job}\n{D.team}\n")
    contacts = [
        "{D.header=Tel:} {V.s.landline}\n",
        "{D.header=Email:} {V.s.email}\n",
        "{D.header=Mob:} {V.s.mobile}\n",
    ]
    for line in rng.sample(contacts, rng.randrange(1, 3)):
        w(line)
    if rng.random() < 0.5:
        w("\n{D.header=Enc:} consent form (copy), travel claim\n")
    if rng.random() < 0.7:
        w("{D.header=cc:} {P.c.init/rank/title}; {D.team}\n")
    if rng.random() < 0.3:
        w("{D.system}\n")


def reply_letter(rng: random.Random, research: bool, w: Writer) -> None:
    address_block(rng, w, "r", "full/rank/title")
    w("{D.date}\n\n")
    w("{D.header=Your ref:} {D.file}\n\n")
    w("{P.s.title/rank/init}\n{D.team}\n{V.s.base}\n\n")
    w("Dear {P.s.title/rank},\n\n")
    w(
        rng.choice(
            [
                "Thank you for your letter of {D.date}. ",
                "I write in reply to your letter dated {D.date}, which reached me on {D.weekday}. ",
            ]
        )
    )
    if research:
        w(
            rng.choice(
                [
                    "I am happy to carry on in {D.product:study} but I have moved since I signed up. My new address is {V.r.address}, {V.r.town} {V.r.postcode}. ",
                    "I would rather do the next interview by phone. The best number is {V.r.mobile} after {D.time}. ",
                ]
            )
        )
        w(
            "I spoke to {P.c.any} about the questions on sleep and {P.c.first/title/typo} said I could skip them. "
        )
    else:
        w(
            rng.choice(
                [
                    f"My {rel_word(rng, w.cast['f'])} {{P.f.full}} is "
                    + rng.choice(["{V.f.age}", "{V.f.agew}"])
                    + " and still needs help getting to appointments in {V.f.town}. ",
                    "I served with {V.r.unit} for {D.count:years} and my service number was {V.r.sn}, in case you need it for the fund. ",
                ]
            )
        )
        w(
            "{P.c.rank/title/first} from the unit has been very good and I {D.word=will} keep in touch with {D.team}. "
        )
    w("\n\n{D.signoff}\n\n{P.r.full/caps/rank}\n")
    if rng.random() < 0.4:
        w("{D.header=Enc:} copy of your letter\n")


def own_words_letter(rng: random.Random, research: bool, w: Writer, kind: str) -> None:
    casual = rng.random() < 0.4
    w.doc.lower = casual and rng.random() < 0.5
    w("{D.date}\n\n")
    w("{D.greet_all}\n\n" if not casual else "hi,\n\n")
    if kind == "sar":
        w(
            rng.choice(
                [
                    "My name is {P.r.full} and I want a copy of all the info you hold about me. ",
                    "I am {P.r.full/rank} and I am making a subject access request for everything {D.team} has on file about me. ",
                ]
            )
        )
        w("My date of birth is {V.r.dob} " if rng.random() < 0.6 else "I was born on {V.r.dobw} ")
        w(
            rng.choice(
                [
                    "and my service number is {V.r.sn}. ",
                    "and my service number was {V.r.snw}. ",
                    "and my NI number is {V.r.ni}. ",
                ]
            )
        )
        w(
            rng.choice(
                [
                    "I was at {V.r.base} with {V.r.unit} when {P.c.rank/title} wrote a report about me and I never saw it. ",
                    "I spoke to {P.c.first/full} in {D.year} and a nurse called {P.n.first/dim} took notes, I want those notes too. ",
                ]
            )
        )
        w(
            rng.choice(
                [
                    "I think there are also emails about me from {P.c.any}. ",
                    "I also want anything {P.c.sur/title/rank} sent to the {D.team=Orderly Room} about my discharge. ",
                    "Please include any notes from the phone calls. ",
                ]
            )
        )
        if rng.random() < 0.6:
            w("I left the {V.r.service} in {D.year} so it may be in the archive. ")
    else:
        w(
            rng.choice(
                [
                    "Its {P.r.full} here, I signed up for {D.product:study} last year. I dont want to be in it anymore and I want my interview taken out. ",
                    "I am writing to withdraw from {D.product:study}. My name is {P.r.full} and my participant number is {D.file}. ",
                ]
            )
        )
        w(
            rng.choice(
                [
                    "Nothing against {P.c.first/title/dim}, who was lovely, it's just too much with my {rel} {P.f.first} being ill. ".replace(
                        "{rel}", rel_word(rng, w.cast["f"])
                    ),
                    "I am "
                    + rng.choice(["{V.r.age}", "{V.r.agew}"])
                    + " now and back at work and I dont have the time for {D.count} of diaries. ",
                ]
            )
        )
        w("Please dont send any more letters to {V.r.address}. ")
    w(
        rng.choice(
            [
                "You can email me on {V.r.email} or ring {V.r.mobile}. ",
                "Ring me on {V.r.mobilew} if you need to check its me. ",
                "Send it to {V.r.address}, {V.r.town}, {V.r.postcode}. ",
            ]
        )
    )
    w("\n\n" + ("thanks\n" if casual else "{D.signoff}\n") + "{P.r.full/first/init}\n")


def attendance_inline(rng: random.Random, w: Writer, present: list[str], roles: list[str]) -> None:
    """`Present: Lt Col A. Brennan (Chair), Mrs ...` on one line."""
    w("{D.header=Present:} ")
    for i, key in enumerate(present):
        w((", " if i else "") + f"{{P.{key}.rank/title/init/full}}")
        if i == 0:
            w(" ({D.role=Chair})")
        elif rng.random() < 0.4:
            w(f" ({{D.role={rng.choice(roles[1:])}}})")
    w("\n")


def attendance_listed(rng: random.Random, w: Writer, present: list[str], roles: list[str]) -> None:
    """`Present:` then one attendee a line, the role after a dash or in a column."""
    w("{D.header=Present:}\n")
    for i, key in enumerate(present):
        role = "Chair" if i == 0 else rng.choice(roles[1:])
        gap = rng.choice([" - ", "    ", "\t"])
        w(f"  {{P.{key}.rank/title/full/caps}}{gap}{{D.role={role}}}\n")


def minutes(rng: random.Random, research: bool, w: Writer, keys: list[str]) -> None:
    conference = not research and rng.random() < 0.5
    title = (
        "MINUTES OF THE STUDY MANAGEMENT GROUP"
        if research
        else "CASE CONFERENCE"
        if conference
        else "UNIT WELFARE BOARD - MINUTES"
    )
    w(f"{{D.team}}\n{{D.header={title}}}\n\n")
    w("{D.header=Date:} {D.date}   {D.header=Time:} {D.time}   {D.header=Venue:} ")
    w("{V.chair.base}\n\n" if rng.random() < 0.6 else "{D.product=Microsoft Teams}\n\n")
    present = keys[: rng.randrange(2, len(keys))]
    roles = ["Chair", "Secretary", "Minutes", "UWO", "PI", "Padre", "Nurse"]
    if rng.random() < 0.6:
        attendance_inline(rng, w, present, roles)
    else:
        attendance_listed(rng, w, present, roles)
    rest = keys[len(present) :]
    if rest:
        w(f"{{D.header=Apologies:}} {{P.{rest[0]}.rank/title/init}}\n")
    if len(rest) > 1:
        w(f"{{D.header=In attendance:}} {{P.{rest[1]}.title/full/rank}} ({{D.role:job}})\n")
    w("\n")
    opening = rng.choice(
        [
            "{n}. {D.header=Minutes of the last meeting}\nAgreed as a true record. Matters arising: {P.a.initials/sur} had written to {D.product} about the delay ({D.file}).\n",
            "{n}. {D.header=Welcome and apologies}\n{P.chair.sur/rank/title/initials} welcomed members. The minutes of {D.date} were accepted with one correction.\n",
            "{n}. {D.header=Previous actions}\nAll closed except {D.file}, which stays with {P.a.initials/first/rank}.\n",
        ]
    )
    closing = rng.choice(
        [
            "{n}. {D.header=Any other business}\n{P.b.typo/sur/initials/rank} raised parking at {V.b.base}. No decision. {D.word=Will} revisit.\n",
            "{n}. {D.header=AOB}\nNone.\n",
            "{n}. {D.header=Any other business}\n{P.b.first/sur/initials} is on leave from {D.date}; {P.a.first/initials/rank} to cover.\n",
        ]
    )
    if research:
        items = [
            "{n}. {D.header=Recruitment}\n{D.count="
            + f"{rng.randrange(20, 110)} participants"
            + "} recruited against a target of 120. {P.b.any} reported that {D.product=Qualtrics} lost {D.count:tally} in March. {D.header=Action:} {P.b.initials/init/rank} to chase by {D.date}.\n",
            "{n}. {D.header=Correspondence}\nA participant ({D.file}) wrote from {V.s.email} asking to see their data. {P.c.any} to reply within {D.count}. {D.header=Action:} {P.c.initials/init}.\n",
            "{n}. {D.header=Data protection}\nA participant asked for their records and {D.rank} has {D.count} to reply. {P.c.any} confirmed the file was found.\n",
            "{n}. {D.header=Ethics}\nThe amendment ({D.file}) went to the {D.team=Research Ethics Committee} on {D.date}. {P.a.any} thanked {P.c.first/title/rank} for the revised information sheet.\n",
        ]
    else:
        items = [
            "{n}. {D.header=Welfare cases}\n{P.a.any} updated the board on three open cases. One family in {V.a.town} needs help with {D.money} of rent arrears; {D.product} have been approached. {D.header=Action:} {P.a.initials/first}.\n",
            "{n}. {D.header=Housing}\nThe {D.count:tally} on the married quarters survey are back. {P.c.any} to take the damp in {D.count=3 quarters} up with the housing provider. {D.header=Action:} {P.c.initials/init}.\n",
            "{n}. {D.header=Grants}\n{D.product} agreed {D.money} for one family. {P.b.any} noted that {D.rank} must sign off anything over {D.money}.\n",
            "{n}. {D.header=Deployment}\nFamilies of those away for {D.count} to be invited to {D.place_word} on {D.weekday}. {P.a.first/rank/initials} to book it.\n",
        ]
    items = [opening, *items, closing]
    if conference:
        rel = rel_word(rng, w.cast["f"])
        items.insert(
            0,
            "{n}. {D.header=Subject}\n{P.s.surfirst/caps} ({D.header=DOB:} {V.s.dob}, {D.header=Service No:} {V.s.sn}), {V.s.unit}, aged {V.s.age}. Lives at {V.s.address}, {V.s.postcode} with their "
            + rel
            + " {P.f.first/full}. {P.s.sur/rank} did not attend but {P.s.first/title} had agreed to the meeting by phone.\n",
        )
    chosen = items[:1] + rng.sample(items[1:], 3)
    for n, item in enumerate(chosen, start=1):
        w(item.replace("{n}", str(n)))
    w("\n{D.header=Date of next meeting:} {D.weekday} {D.date}, {D.time}\n")
    if rng.random() < 0.4:
        w("{D.system}\n")


def report(rng: random.Random, research: bool, w: Writer) -> None:
    label = rng.choice(["INCIDENT REPORT", "WELFARE REPORT", "OCCURRENCE REPORT"])
    w(f"{{D.header={label}}}\n{{D.system}}\n\n")
    w("{D.header=Report No:} {D.file}\n")
    w("{D.header=Date/time of occurrence:} {D.date} {D.time}\n")
    w("{D.header=Location:} {V.s.base}\n")
    w("{D.header=Reported by:} {P.r.rank/title/full}, {V.r.unit}\n\n")
    if rng.random() < 0.35:
        rank = w.cast["s"].rank
        w("{D.header=Surname:} {P.s.sur}\n{D.header=Forename(s):} {P.s.first}\n")
        if rank:
            w("{D.header=Rank:} {D.rank=" + rank[0] + "}\n")
    else:
        w("{D.header=Subject:} {P.s.surfirst/caps/rank}\n")
    fields = [
        "{D.header=Service No:} {V.s.sn}\n",
        "{D.header=Unit:} {V.s.unit}\n",
        "{D.header=DOB:} {V.s.dob}   {D.header=Age:} {V.s.age}\n",
        "{D.header=Home address:} {V.s.address}, {V.s.town}, {V.s.postcode}\n",
        "{D.header=Contact:} {V.s.mobile}\n",
        "{D.header=NI No:} {V.s.ni}\n",
        "{D.header=Email:} {V.s.email}\n",
        "{D.header=NHS No:} {V.s.nhs}\n",
        "{D.header=Service:} {V.s.service}\n",
    ]
    for f in rng.sample(fields, rng.randrange(3, 6)):
        w(f)
    w(
        "{D.header=NOK:} {P.k.full/title} ({rel}), {V.k.landline}\n".replace(
            "{rel}", rel_word(rng, w.cast["k"])
        )
    )
    w(
        "{D.header=NOK informed:} "
        + rng.choice(["Yes, {D.date} {D.time} by {P.r.init/rank}", "No", "Yes, by phone"])
        + "\n"
    )
    w(
        "{D.header=Witnesses:} {P.x.rank/full/init}"
        + (", {P.y.rank/full/init}" if rng.random() < 0.6 else "")
        + "\n\n"
    )
    w("{D.header=Narrative}\n")
    w(
        rng.choice(
            [
                "At about {D.time} {P.x.rank/sur} found {P.s.rank/sur/title} in {D.place_word} in a distressed state. ",
                "On {D.weekday} evening {P.s.sur/rank} did not return from leave in {V.s.town}. {P.x.any} tried the mobile several times. ",
                "{P.s.first/sur} reported to the {D.team=Medical Centre} after a fall in {D.place_word}. ",
                "At {D.time} the guard commander rang {P.x.rank/title} to say {P.s.rank/surfirst} had been brought to {D.place_word=the guardroom} by the civil police from {V.s.town}. ",
                "{P.s.rank/sur} was found asleep in a car outside {D.place_word=the block} by {P.x.rank/full}. The car was registered to the subject's {rel} {P.k.first/full}. ".replace(
                    "{rel}", rel_word(rng, w.cast["k"])
                ),
            ]
        )
    )
    w(
        rng.choice(
            [
                "{P.s.sur/first/typo} said they had not slept for {D.count} and that money worries had got worse since a {D.money} overpayment was reclaimed. ",
                "{P.s.first/sur/rank} asked that {P.k.first/title} not be told until the morning. The request was noted. ",
                "The subject, aged {V.s.age}, had been drinking in {D.place_word=the mess} since about {D.time}. {D.rank} was told at {D.time}. ",
                "Most of the section are {D.age_band="
                + rng.choice(["in their twenties", "in their early twenties", "late twenties"])
                + "} and have done {D.count:tours}. {D.rank} was informed at {D.time}. ",
            ]
        )
    )
    if research:
        w(
            rng.choice(
                [
                    "The participant was in the middle of an interview for {D.product:study} at the time; the researcher stopped the interview and followed the distress protocol. ",
                    "The subject is a participant in {D.product:study} ({D.file}); the study team were told the next day with consent. ",
                ]
            )
        )
    w(
        rng.choice(
            [
                "{P.x.typo/sur/rank} stayed with {P.s.first/sur/typo} until {D.rank} arrived. ",
                "{P.s.sur/rank/typo} was taken to the {D.team=Medical Centre} and seen by {D.rank}. ",
                "No injuries. {P.x.sur/typo/rank} gave a statement at {D.time}. ",
            ]
        )
        + rng.choice(WORD_SENTENCES)
    )
    w("\n\n{D.header=Action taken:} referred to {D.team} and {D.product}.\n")
    w("{D.header=Status:} {D.status}\n")
    w("{D.header=Signed:} {P.r.init/full/rank}   {D.header=Date:} {D.date}\n")


def form(rng: random.Random, research: bool, w: Writer) -> None:
    kind = "consent" if research else rng.choice(["referral", "discharge"])
    if kind == "consent":
        w(
            "{D.product:study}\n{D.header=PARTICIPANT CONSENT FORM}\n{D.header=Participant ID:} {D.file}\n\n"
        )
        for box in rng.sample(
            [
                "I confirm that I have read the information sheet dated {D.date} (version 3).",
                "I understand that my taking part is voluntary and that I {D.word=may} withdraw at any time.",
                "I agree to my interview being recorded and typed up by {D.product=Way With Words}.",
                "I agree that {D.team} may contact my GP.",
                "I agree to be contacted about future research.",
                "I understand that quotes from my interview {D.word=may} be used in reports, without my name.",
                "I understand that the researcher must tell {D.rank} if I say something that puts someone at risk.",
                "I agree to the study keeping my contact details for {D.count:years}.",
            ],
            rng.randrange(3, 6),
        ):
            w(rng.choice(["[x] ", "[ ] ", "[X] ", "Yes / No  "]) + box + "\n")
        w(
            "\n{D.header=Print name:} {P.p.caps/full/surfirst}\n{D.header=Date of birth:} {V.p.dob}\n"
        )
        w("{D.header=Signature:} ____________   {D.header=Date:} {D.date}\n\n")
        if rng.random() < 0.6:
            w(
                "{D.header=Person taking consent:} {P.c.full/title/init}, {D.rank:job}\n{D.header=Signature:} ____________\n"
            )
        if rng.random() < 0.6:
            w(
                "{D.header=Witness (print name):} {P.x.full/caps}\n{D.header=Relationship to participant:} {rel}\n".replace(
                    "{rel}", rel_word(rng, w.cast["x"])
                )
            )
        w("{D.header=Contact phone:} {V.p.mobile}\n{D.header=Email:} {V.p.email}\n")
    elif kind == "referral":
        w("{D.team}\n{D.header=WELFARE REFERRAL FORM}\n{D.system}\n\n")
        w(
            "{D.header=Referred by:} {P.c.rank/title/full}  {D.header=Tel:} {V.c.landline}  {D.header=Email:} {V.c.email}\n"
        )
        w(
            "{D.header=Client name:} {P.p.surfirst/caps/rank}\n{D.header=Rank/Service No:} {V.p.sn}\n"
        )
        w(
            "{D.header=Service:} {V.p.service}   {D.header=Unit:} {V.p.unit}   {D.header=Base:} {V.p.base}\n"
        )
        w("{D.header=DOB:} {V.p.dob}   {D.header=Age:} {V.p.age}\n")
        w(
            "{D.header=Address:} {V.p.address}, {V.p.town} {V.p.postcode}\n{D.header=Mobile:} {V.p.mobile}   {D.header=Email:} {V.p.email}\n"
        )
        w("{D.header=NHS No:} {V.p.nhs}   {D.header=NI No:} {V.p.ni}\n")
        w("{D.header=GP:} {P.g.title}, {V.g.town}\n")
        w(
            "{D.header=Next of kin:} {P.x.full/surfirst}   {D.header=Relationship:} {rel}\n".replace(
                "{rel}", rel_word(rng, w.cast["x"])
            )
        )
        w("\n{D.header=Reason for referral:}\n")
        w(
            rng.choice(
                [
                    "{P.p.first/sur/rank} has been struggling since returning from {D.count} away. Debts of about {D.money}. Agreed to referral to {D.product}.",
                    "Housing problem after separation. {P.p.title/first} is living with {P.x.first} in {V.x.town} and wants to stay near {V.p.base}.",
                    "Self-referral. {P.p.first/rank} rang {D.team} on {D.weekday} after {D.count} off sick; says {P.g.title/sur} has signed them off again. Wants help telling the chain of command.",
                    "{P.p.rank/title/sur} is {V.p.age} and due to leave the {V.p.service} in {D.count}. No plans for housing or work yet. {P.x.first/full} worried and called the office first.",
                ]
            )
        )
        w("\n\n{D.header=Consent to share:} [x] Yes [ ] No\n{D.header=Status:} {D.status}\n")
    else:
        w("{D.team}\n{D.header=DISCHARGE SUMMARY}\n\n")
        w(
            "{D.header=Patient:} {P.p.caps/surfirst/full}\n{D.header=DOB:} {V.p.dob}\n{D.header=NHS number:} {V.p.nhs}\n"
        )
        w("{D.header=Address:} {V.p.address}, {V.p.postcode}\n")
        w("{D.header=Admitted:} {D.date}   {D.header=Discharged:} {D.date}\n")
        w("{D.header=Consultant:} {P.c.title/full}\n{D.header=GP:} {P.g.title/init}\n\n")
        w(
            "{D.header=Summary:} {V.p.age}-year-old "
            + rng.choice(["woman" if w.cast["p"].female else "man", "service person"])
            + rng.choice(
                [
                    " admitted after a fall at {V.p.base}. ",
                    " admitted from the {D.team=Medical Centre} with chest pain. ",
                    " admitted for a planned knee operation. ",
                    " admitted with pneumonia while on leave in {V.p.town}. ",
                ]
            )
        )
        w(
            "Seen by {P.c.sur/title} and the physio. Discharged home to the care of their {rel} {P.x.first/full}. ".replace(
                "{rel}", rel_word(rng, w.cast["x"])
            )
        )
        w(
            "{D.header=Follow-up:} {D.rank="
            + rng.choice(
                ["the practice nurse", "the UWO", "the welfare officer", "the medical officer"]
            )
            + "} in {D.count}; {D.product} informed.\n"
        )
        w("{D.header=Signed:} {P.c.init/title}   {D.header=Print name:} {P.c.caps/full}\n")


def diary(rng: random.Random, research: bool, w: Writer) -> None:
    """Entries under a weekday and date, in the diarist's own words: people by first name,
    short form or nickname, often in lower case, sometimes misspelt."""
    w.doc.lower = rng.random() < 0.35
    w.lower_names = 0.3
    if research:
        w("{D.header=Reflective log} - week " + str(rng.randrange(1, 20)) + "\n\n")
    kid = (
        ("girl" if w.cast["k"].female else "lad")
        if rng.random() < 0.6
        else rng.choice(["youngest", "eldest"])
    )
    lines = [
        "rough night again. {P.a.any} rang at {D.time} and we talked for ages. ",
        "{P.b.any} says I should go and see {P.m.title/first} at the med centre but i dont want it on my record. ",
        "went back to {V.me.town} to see mum, {P.a.first/dim/nick} drove. ",
        "{P.c.nick/first/dim} from the old troop got in touch, hes at {V.c.base} now with {V.c.unit}. ",
        f"our {kid} {{P.k.first/dim}} turned {{V.k.age}} today, had a party at {{D.place_word}}, cost nearly {{D.money}}. ",
        f"cant believe our {kid} is {{V.k.agew}} already. ",
        "{P.b.rank/sur} had a go at me in front of everyone. {P.c.any} said ignore it. ",
        "saw {P.m.title/first} again, upped the tablets. said ring {D.helpline} if it gets bad. ",
        "filled in the questionnaire for {D.product:study}. the question about {D.count:tours} made me think about {P.c.any}. ",
        "i {D.word=will} try the {D.product=Headspace} thing {P.a.first/dim} keeps on about. ",
        "{P.a.any} and me had a row about money, {D.money} on the car. made up after. ",
        "{P.b.first/sur/typo/rank} phoned, wants me back at work by {D.weekday}. ",
        "good day for once. walked up the hill with {P.k.first/dim} and {P.a.first/dim/nick}. ",
        "{P.c.typo/first/nick} messaged. hes {D.age_band="
        + rng.choice(["late twenties", "early thirties", "mid forties", "early fifties"])
        + "} now and still the same idiot haha. ",
        "{V.me.agew} next month. dont feel it. ",
        "pension people on the phone for an hour. had to give my service number twice, {V.me.snw}, and my date of birth, {V.me.dobw}. ",
        "gave {P.c.first/nick/dim} my new number, {V.me.mobilew}, so they stop ringing the old one. ",
        "{P.m.title/sur/typo} on leave so saw a locum. waste of time. ",
        "{P.c.first/dim/nick} got posted to {V.c.base}. gutted. ",
        "the {D.word=bill} for the boiler came. {D.money}. ",
        "{D.year} was the worst year, the year i left the {V.me.service}. ",
        "{P.m.title/first/sur} wants me to keep this diary so here goes. ",
        "{P.a.first/dim} found me up at {D.time} again. didnt say anything, just made tea. ",
        "rang {D.product=Combat Stress} today. the woman was nice. they'll call back {D.weekday}. ",
        "{P.c.nick/first/full} came round with a crate. we talked about {V.c.base} and the lads and i felt normal for a bit. ",
        "dentist at {D.time}. forgot. again. ",
        "{P.k.first/dim} asked why i shout. didnt have an answer. ",
        "{P.b.rank/title/sur} signed off the leave. fair play. ",
        "drove past the old house on {V.me.address}. someone else's car on the drive. ",
        "text from {P.c.first/nick} at {D.time}: you ok mate. i said yeah. ",
        "{P.a.any}'s mum is staying for {D.count}. i {D.word=will} survive. ",
        "{D.weekday}. nothing happened. good. ",
        "{P.a.first/dim} keeps saying i should have stayed in the {V.me.service}. ",
    ]
    rng.shuffle(lines)
    entries = rng.randrange(2, 5)
    for n in range(entries):
        w(("\n\n" if n else "") + "{D.weekday} {D.date}\n")
        for _ in range(rng.randrange(2, 5)):
            if lines:
                w(lines.pop())
    if rng.random() < 0.25:
        w("\nnote to self: new number for {P.c.first/nick} is {V.c.mobile}")
    w("\n")


# --------------------------------------------------------------------------- documents

# (key, phrase written once the person has been named five times, serving?)
CASTS = {
    "letter": [
        ("r", "the participant", True),
        ("s", "the writer", True),
        ("c", "my colleague", True),
        ("f", "the family member", False),
        ("n", "the nurse", False),
    ],
    "minutes": [
        ("chair", "the Chair", True),
        ("a", "the welfare officer", True),
        ("b", "the study lead", False),
        ("c", "the nurse", False),
        ("d", "the padre", True),
        ("s", "the subject", True),
        ("f", "the family member", False),
    ],
    "report": [
        ("r", "the reporting officer", True),
        ("s", "the subject", True),
        ("k", "the next of kin", False),
        ("x", "the witness", True),
        ("y", "the second witness", True),
    ],
    "form": [
        ("p", "the participant", True),
        ("c", "the clinician", False),
        ("x", "the relative", False),
        ("g", "the GP", False),
    ],
    "diary": [
        ("me", "me", True),
        ("a", "my other half", False),
        ("b", "the boss", True),
        ("c", "my mate", True),
        ("m", "the doc", False),
        ("k", "the kid", False),
    ],
}
MIN_WORDS, MAX_WORDS = 30, 400


def write_document(rng: random.Random, style: str, research: bool) -> Doc:
    cast = cast_people(rng, CASTS[style])
    if style == "diary":
        cast["k"].ages = (2, 17)
        mate = cast["c"]
        if mate.nick is None and not mate.female and rng.random() < 0.5:
            mate.nick = rng.choice(P.LOOSE_NICKNAMES)
    doc = Doc()
    writer = Writer(rng, cast, doc, WEIGHTS[style])
    if style == "letter":
        letter(rng, research, writer)
    elif style == "minutes":
        minutes(rng, research, writer, ["chair", "a", "b", "c", "d"][: rng.randrange(3, 6)])
    elif style == "report":
        report(rng, research, writer)
    elif style == "form":
        form(rng, research, writer)
    else:
        diary(rng, research, writer)
    return doc


def acceptable(doc: Doc) -> bool:
    text = doc.text
    named = Counter(s["entity"] for s in doc.spans if s["type"] == "PERSON")
    trimmed = all(
        text[x["start"] : x["end"]] == text[x["start"] : x["end"]].strip() and x["end"] > x["start"]
        for x in doc.spans + doc.decoys
    )
    return (
        bool(named)
        and max(named.values()) <= MAX_MENTIONS
        and MIN_WORDS <= len(text.split()) <= MAX_WORDS
        and trimmed
    )


def build_corpus() -> list[dict]:
    rng = random.Random(SEED)
    records = []
    for index in range(PER_STYLE * len(STYLES)):
        style = STYLES[index % len(STYLES)]
        research = (index // len(STYLES)) % 2 == 0
        while True:
            doc = write_document(rng, style, research)
            if acceptable(doc):
                break
        records.append(
            {
                "id": f"heldout-h-{index + 1:04d}",
                "style": style,
                "format": "txt",
                "text": doc.text,
                "spans": sorted(doc.spans, key=lambda s: s["start"]),
                "decoys": sorted(doc.decoys, key=lambda d: d["start"]),
            }
        )
    return records


def serialise(records: list[dict]) -> bytes:
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records]
    return ("\n".join(lines) + "\n").encode("utf-8")


def _table(title: str, counts: Counter) -> list[str]:
    rows = [f"| {title} | count |", "|---|---|"]
    rows += [f"| {key} | {counts[key]} |" for key in sorted(counts)]
    rows.append(f"| total | {sum(counts.values())} |")
    return rows


def stats(data: bytes) -> str:
    records = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    words = [len(r["text"].split()) for r in records]
    people = Counter()
    for r in records:
        for s in r["spans"]:
            if s["type"] == "PERSON":
                people[(r["id"], s["entity"])] += 1
    out = [
        f"documents: {len(records)}",
        f"words per document: min {min(words)}, max {max(words)}, mean {round(sum(words) / len(words))}",
        f"distinct people (entities, counted per document): {len(people)}",
        f"people mentioned more than once in their document: {sum(1 for n in people.values() if n > 1)}",
        "",
    ]
    tables = {
        "style": Counter(r["style"] for r in records),
        "type": Counter(s["type"] for r in records for s in r["spans"]),
        "type/form": Counter(f"{s['type']}/{s['form']}" for r in records for s in r["spans"]),
        "decoy kind": Counter(d["kind"] for r in records for d in r["decoys"]),
    }
    for title, counts in tables.items():
        out += [*_table(title, counts), ""]
    out.append(f"sha256: {hashlib.sha256(data).hexdigest()}")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare a rebuild with the file")
    parser.add_argument("--stats", action="store_true", help="print counts of the file")
    args = parser.parse_args()
    if args.stats:
        print(stats(OUT.read_bytes()))
        return 0
    data = serialise(build_corpus())
    if args.check:
        if OUT.read_bytes() != data:
            print("corpus.jsonl differs from a rebuild", file=sys.stderr)
            return 1
        print("corpus.jsonl reproduced")
        return 0
    OUT.write_bytes(data)
    print(f"wrote {OUT.name}: sha256 {hashlib.sha256(data).hexdigest()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
