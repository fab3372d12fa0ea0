"""Held-out scrub corpus I: writing about service people meant for other people to read.

Five styles (news, forum, feedback, bulletin, blog), 80 documents each, written by a seeded
generator with Python's standard library only. Every label and decoy is recorded as its text
is appended, so offsets are exact by construction. See ../SOURCE.md.

    python generate.py            # writes ../corpus.jsonl
    python generate.py --check    # rebuilds in memory and compares byte for byte
    python generate.py --stats    # the counts SOURCE.md quotes
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path


def _load_pools():
    """This corpus's word pools, loaded by path under a name of their own (another corpus's
    generator may have a `pools` module too, and both may be loaded in one process)."""
    path = Path(__file__).resolve().parent / "pools.py"
    spec = importlib.util.spec_from_file_location("heldout_i_pools", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


pools = _load_pools()

SEED = 20261213
PER_STYLE = 80
STYLES = ("news", "forum", "feedback", "bulletin", "blog")
OUT = Path(__file__).resolve().parents[1] / "corpus.jsonl"
TODAY = date(2026, 11, 20)  # the documents are written in 2025 and 2026; ages fit this day
MAX_MENTIONS = 5

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# ---------------------------------------------------------------------------------------------
# Numbers in words


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
ORDINAL_ONES = [
    "zeroth",
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
]
ORDINAL_TENS = {20: "twentieth", 30: "thirtieth"}


def in_words(n: int) -> str:
    """0-199 as written: 'thirty-four', 'a hundred and two'."""
    if n >= 100:
        rest = n - 100
        return "a hundred" + (f" and {in_words(rest)}" if rest else "")
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + (f"-{ONES[ones]}" if ones else "")


def ordinal_words(n: int) -> str:
    """1-31 as an ordinal: 'twenty-third'."""
    if n < 20:
        return ORDINAL_ONES[n]
    if n in ORDINAL_TENS:
        return ORDINAL_TENS[n]
    return f"{TENS[n // 10]}-{ORDINAL_ONES[n % 10]}"


def year_words(year: int) -> str:
    if year >= 2000:
        rest = year - 2000
        return "two thousand" + (f" and {in_words(rest)}" if rest else "")
    low = year % 100
    tail = in_words(low) if low >= 10 else f"oh {ONES[low]}"
    return f"{in_words(year // 100)} {tail}"


def digits_in_words(digits: str, rng: random.Random) -> str:
    """A digit string as said: 'oh seven seven double oh nine ...'."""
    names = ["oh" if rng.random() < 0.8 else "zero", *ONES[1:10]]
    out: list[str] = []
    i = 0
    while i < len(digits):
        run = 1
        while i + run < len(digits) and digits[i + run] == digits[i] and run < 3:
            run += 1
        word = names[int(digits[i])] if digits[i] != "0" else names[0]
        if run == 3:
            out.append(f"triple {word}")
        elif run == 2:
            out.append(f"double {word}")
        else:
            out.append(word)
        i += run
    return " ".join(out)


def ascii_fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in folded if not unicodedata.combining(c))


# ---------------------------------------------------------------------------------------------
# Documents as segments


@dataclass
class S:
    """A labelled identifier."""

    type: str
    value: str
    form: str


@dataclass
class D:
    """A decoy: text that must survive."""

    value: str
    kind: str


@dataclass
class N:
    """A mention of a person in a given form (variant picks a layout of that form)."""

    person: Person
    form: str
    variant: str = ""


PLACEHOLDER = re.compile(r"\{(\w+)\}|\[\[([^|\]]+)\|(\w+)\]\]")


class Doc:
    """Text built from segments; each label is recorded as its segment is appended."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict] = []
        self.decoys: list[dict] = []
        self.lower = False
        self.people = 0

    def add(self, text: str) -> tuple[int, int]:
        piece = text.lower() if self.lower else text
        start = self.length
        self.parts.append(piece)
        self.length += len(piece)
        return start, self.length

    def span(self, kind: str, value: str, form: str, entity: str | None = None) -> None:
        assert value and value == value.strip(), value
        start, end = self.add(value)
        label = {"type": kind, "start": start, "end": end, "form": form}
        if entity:
            label["entity"] = entity
        self.spans.append(label)

    def decoy(self, value: str, kind: str) -> None:
        assert value and value == value.strip(), value
        start, end = self.add(value)
        self.decoys.append({"start": start, "end": end, "kind": kind})

    def name(self, mention: N) -> None:
        person = mention.person
        if person.count >= MAX_MENTIONS:
            self.add(person.role)
            return
        form, value = person.render(mention.form, mention.variant, self.rng)
        if person.key is None:
            self.people += 1
            person.key = f"p{self.people}"
        person.count += 1
        if form in SURNAME_BEARING:
            person.surname_written = True
        self.span("PERSON", value, form, person.key)

    def put(self, template: str, **slots: object) -> None:
        """Append a template: {slot} takes a str, S, D or N; [[text|kind]] is a decoy."""
        at = 0
        for match in PLACEHOLDER.finditer(template):
            if match.start() > at:
                self.add(template[at : match.start()])
            at = match.end()
            if match.group(1):
                self.item(slots[match.group(1)])
            else:
                self.decoy(match.group(2), match.group(3))
        if at < len(template):
            self.add(template[at:])

    def item(self, value: object) -> None:
        if isinstance(value, N):
            self.name(value)
        elif isinstance(value, S):
            self.span(value.type, value.value, value.form)
        elif isinstance(value, D):
            self.decoy(value.value, value.kind)
        elif isinstance(value, list):
            for part in value:
                self.item(part)
        else:
            self.add(str(value))

    def text(self) -> str:
        return "".join(self.parts)


SURNAME_BEARING = {"full", "sur", "rank", "title", "init", "surfirst", "caps"}

# ---------------------------------------------------------------------------------------------
# People


@dataclass
class Person:
    first: str
    sur: str
    sex: str
    origin: str
    dim: str | None
    nick: str | None
    service: str | None
    rank: tuple[str, str] | None
    title: str
    age: int
    dob: date
    town: str
    role: str
    values: dict = field(default_factory=dict)
    key: str | None = None
    count: int = 0
    surname_written: bool = False

    def render(self, form: str, variant: str, rng: random.Random) -> tuple[str, str]:
        """(form actually written, text): a form the person lacks falls back to one they have."""
        if form == "rank" and not self.rank:
            form = "title"
        if form == "dim" and not self.dim:
            form = "first"
        if form == "nick" and not self.nick:
            form = "dim" if self.dim else "first"
        if form == "typo" and not self.surname_written:
            form = "sur"
        first, sur = self.first, self.sur
        if form == "full":
            return form, f"{first} {sur}"
        if form == "first":
            return form, first
        if form == "sur":
            return form, sur
        if form == "dim":
            return form, self.dim or first
        if form == "nick":
            return form, self.nick or first
        if form == "caps":
            return form, f"{first} {sur}".upper()
        if form == "firstinit":
            return form, f"{first} {sur[0]}"
        if form == "init":
            dot = variant if variant in {". ", " ", "."} else rng.choice([". ", " ", "."])
            return form, f"{first[0]}{dot}{sur}"
        if form == "surfirst":
            if variant == "caps" or (not variant and rng.random() < 0.5):
                return form, f"{sur.upper()}, {first}"
            return form, f"{sur}, {first}"
        if form == "title":
            pick = variant if variant in {"sur", "full"} else rng.choice(["sur", "sur", "full"])
            return form, f"{self.title} {sur}" if pick == "sur" else f"{self.title} {first} {sur}"
        if form == "rank":
            assert self.rank
            abbr, spelt = self.rank
            pick = variant or rng.choice(["abbr", "abbr", "abbr_full", "spelt", "init"])
            text = {
                "abbr": f"{abbr} {sur}",
                "abbr_full": f"{abbr} {first} {sur}",
                "spelt": f"{spelt} {sur}",
                "spelt_full": f"{spelt} {first} {sur}",
                "init": f"{abbr} {first[0]} {sur}",
                "caps": f"{abbr.upper()} {sur.upper()}",
                "caps_init": f"{abbr.upper()} {first[0]} {sur.upper()}",
            }[pick]
            return form, text
        if form == "handle":
            return form, self.values["handle"]
        if form == "typo":
            return form, self.values["typo"]
        raise ValueError(form)

    # Labelled values, each written in a layout chosen where it is used.
    def v(self, name: str) -> str:
        return self.values[name]


ORIGIN_WEIGHTS = {
    "english": 9, "scottish": 3, "welsh": 3, "irish": 3, "polish": 2, "nigerian": 2,
    "ghanaian": 2, "nepali": 2, "fijian": 2, "south_asian": 3, "caribbean": 2, "chinese": 1,
    "somali": 1, "zimbabwean": 1, "romanian": 1, "word": 3,
}  # fmt: skip


def name_tokens(*names: str | None) -> set[str]:
    return {t.lower() for n in names if n for t in re.split(r"[\s\-]+", n) if t}


def misspelt(surname: str, rng: random.Random) -> str:
    """One letter changed or doubled, as a hurried writer does."""
    letters = [i for i, c in enumerate(surname) if c.isalpha() and c.islower() and i > 0]
    for _ in range(20):
        i = rng.choice(letters)
        c = surname[i]
        if rng.random() < 0.5 and c not in "aeiou":
            out = surname[: i + 1] + c + surname[i + 1 :]
        else:
            swap = {"a": "e", "e": "a", "i": "y", "o": "a", "u": "o", "y": "i"}
            out = surname[:i] + swap.get(c, c) + surname[i + 1 :]
        if out != surname:
            return out
    return surname + "e"


class Cast:
    """The people of one document: distinct name words, diminutives and nicknames."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def person(
        self,
        role: str,
        *,
        service: str | None = "any",
        sex: str | None = None,
        ages: tuple[int, int] = (19, 55),
        origin: str | None = None,
    ) -> Person:
        rng = self.rng
        for _ in range(200):
            pick = origin or rng.choices(list(ORIGIN_WEIGHTS), list(ORIGIN_WEIGHTS.values()))[0]
            first, fsex, dims = rng.choice(pools.FIRST_NAMES[pick])
            if sex and fsex != sex:
                continue
            sur_origin = pick if pick != "word" or rng.random() < 0.5 else "english"
            if pick != "word" and rng.random() < 0.12:
                sur_origin = "word"
            sur_entry = rng.choice(pools.SURNAMES[sur_origin])
            sur = sur_entry if isinstance(sur_entry, str) else sur_entry[fsex == "f"]
            dim = rng.choice(dims) if dims else None
            nick = pools.BOUND_NICKS.get(sur)
            if nick is None and rng.random() < 0.5:
                nick = pools.LOOSE_NICKS.get(pick) or rng.choice(pools.ANY_NICKS)
            tokens = name_tokens(first, sur, dim, nick)
            if tokens & self.used or len(tokens) < len(name_tokens(first, sur)):
                continue
            self.used |= tokens
            return self._values(first, sur, fsex, pick, dim, nick, role, service, ages)
        raise RuntimeError("no distinct name left")

    def _values(self, first, sur, sex, origin, dim, nick, role, service, ages) -> Person:
        rng = self.rng
        if service == "any":
            service = rng.choice(pools.SERVICES)
        age = rng.randint(*ages)
        ranks = pools.RANKS[service] if service else []
        if age < 26:
            ranks = [r for r in ranks if r[0] in pools.JUNIOR_RANKS]
        rank = rng.choice(ranks) if ranks else None
        if rank and sex == "f":
            rank = (rank[0], rank[1].replace("Aircraftman", "Aircraftwoman"))
        if service is None or rng.random() < 0.15:
            title = rng.choice(["Mr"] if sex == "m" else ["Mrs", "Ms", "Miss"])
            if rng.random() < 0.1:
                title = "Dr"
        else:
            title = "Mr" if sex == "m" else rng.choice(["Mrs", "Ms"])
        born = TODAY - timedelta(days=365 * age + rng.randint(30, 330))
        person = Person(
            first, sur, sex, origin, dim, nick, service, rank, title, age, born,
            rng.choice(pools.TOWNS), role,
        )  # fmt: skip
        person.values = self._identifiers(person)
        return person

    def _identifiers(self, p: Person) -> dict:
        rng = self.rng
        values: dict = {}
        if rng.random() < 0.45:
            values["mobile"] = "07700 900" + f"{rng.randint(0, 999):03d}"
        else:
            values["mobile"] = f"07{rng.choice('3456789')}{rng.randint(10, 99)} " + "".join(
                str(rng.randint(0, 9)) for _ in range(6)
            )
        values["landline"] = f"01{rng.randint(200, 999)} {rng.randint(100000, 999999)}"
        first, sur = ascii_fold(p.first).lower(), ascii_fold(p.sur).lower()
        first, sur = re.sub(r"[^a-z]", "", first), re.sub(r"[^a-z]", "", sur)
        local = rng.choice(
            [f"{first}.{sur}", f"{first[0]}{sur}{rng.randint(1, 99)}", f"{first}_{sur[:4]}",
             f"{sur}.{first[0]}", f"{first}{rng.randint(70, 99)}"]
        )  # fmt: skip
        domain = "mod.gov.uk" if p.service and rng.random() < 0.2 else None
        domain = domain or rng.choice(pools.EMAIL_DOMAINS[:-1])
        if domain == "mod.gov.uk":
            local = f"{first}.{sur}{rng.randint(100, 999)}"
        values["email"] = f"{local}@{domain}"
        handle_base = ascii_fold(p.dim or p.first).lower().replace(" ", "")
        values["handle"] = rng.choice(
            [f"{first}_{sur[0]}{rng.randint(1, 99)}", f"{ascii_fold(p.first)}{ascii_fold(p.sur)}"
             .replace(" ", "").replace("'", ""), f"{handle_base}{rng.randint(70, 99)}",
             f"{sur}{first[0]}"]
        )  # fmt: skip
        values["typo"] = misspelt(p.sur.split()[-1] if " " in p.sur else p.sur, rng)
        if " " in p.sur:
            values["typo"] = p.sur.rsplit(" ", 1)[0] + " " + values["typo"]
        number = rng.randint(1, 142)
        street = rng.choice(pools.STREETS)
        values["address"] = rng.choice(
            [f"{number} {street}", f"Flat {rng.randint(1, 12)}, {number} {street}",
             f"{number}{rng.choice('ab')} {street}", f"{rng.choice(pools.HOUSE_NAMES)}, {street}"]
        )  # fmt: skip
        area = rng.choice(pools.POSTCODE_AREAS)
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        values["postcode"] = (
            f"{area}{rng.randint(1, 29)} {rng.randint(1, 9)}"
            f"{rng.choice(letters)}{rng.choice(letters)}"
        )
        service = p.service or rng.choice(pools.SERVICES)
        unit_form = rng.choice(list(pools.UNITS[service]))
        values["unit"] = (rng.choice(pools.UNITS[service][unit_form]), unit_form)
        base_form = rng.choice(list(pools.BASES[service]))
        values["base"] = (rng.choice(pools.BASES[service][base_form]), base_form)
        if service == "Army" and p.rank and p.rank[0] in {"Capt", "Maj", "Lt Col"}:
            values["service_no"] = f"5{rng.randint(10000, 69999)}"
        else:
            values["service_no"] = rng.choice(["25", "30", "24"]) + f"{rng.randint(0, 999999):06d}"
        prefix = rng.choice("ABCEGHJKLMNPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        values["ni"] = f"{prefix}{rng.randint(0, 999999):06d}{rng.choice('ABCD')}"
        values["nhs"] = nhs_number(rng)
        return values


def nhs_number(rng: random.Random) -> str:
    while True:
        body = [rng.randint(0, 9) for _ in range(9)]
        body[0] = rng.randint(4, 9)
        check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            return "".join(map(str, body)) + str(check)


# ---------------------------------------------------------------------------------------------
# Labelled values in their layouts


def age(n: int, words: bool = False) -> S:
    return S("AGE", in_words(n) if words else str(n), "words" if words else "digits")


def dob(p: Person, rng: random.Random, words: bool = False) -> S:
    d = p.dob
    if words:
        text = rng.choice(
            [f"the {ordinal_words(d.day)} of {MONTHS[d.month - 1]} {year_words(d.year)}",
             f"{ordinal_words(d.day)} {MONTHS[d.month - 1].lower()} {year_words(d.year)}"]
        )  # fmt: skip
        return S("DATE_OF_BIRTH", text, "words")
    month = MONTHS[d.month - 1]
    text = rng.choice(
        [f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year % 100:02d}",
         f"{d.day} {month} {d.year}", f"{d.day}.{d.month:02d}.{d.year}",
         f"{d.day} {month[:3]} {d.year}", f"{month} {d.day}, {d.year}",
         f"{d.day:02d}-{month[:3]}-{d.year % 100:02d}"]
    )  # fmt: skip
    return S("DATE_OF_BIRTH", text, "digits")


def phone(p: Person, rng: random.Random, words: bool = False, which: str = "mobile") -> S:
    digits = p.v(which).replace(" ", "")
    if words:
        return S("PHONE", digits_in_words(digits, rng), "words")
    if which == "landline":
        return S("PHONE", p.v(which), "digits")
    text = rng.choice(
        [p.v(which), digits, f"{digits[:5]}-{digits[5:]}", f"+44 {digits[1:5]} {digits[5:]}",
         f"{digits[:5]} {digits[5:8]} {digits[8:]}"]
    )  # fmt: skip
    return S("PHONE", text, "digits")


def service_no(p: Person, rng: random.Random, words: bool = False) -> S:
    digits = p.v("service_no")
    if words:
        return S("SERVICE_NUMBER", digits_in_words(digits, rng), "words")
    return S("SERVICE_NUMBER", digits, "digits")


def ni(p: Person, rng: random.Random) -> S:
    v = p.v("ni")
    text = rng.choice([v, f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:8]} {v[8]}", v.lower()])
    return S("NI_NUMBER", text, "digits")


def nhs(p: Person, rng: random.Random) -> S:
    v = p.v("nhs")
    return S(
        "NHS_NUMBER",
        rng.choice([f"{v[:3]} {v[3:6]} {v[6:]}", v, f"{v[:3]}-{v[3:6]}-{v[6:]}"]),
        "digits",
    )


def email(p: Person) -> S:
    return S("EMAIL", p.v("email"), "plain")


def address(p: Person) -> S:
    return S("ADDRESS", p.v("address"), "street")


def postcode(p: Person, rng: random.Random) -> S:
    v = p.v("postcode")
    return S("POSTCODE", v if rng.random() < 0.8 else v.replace(" ", ""), "plain")


def town(p: Person) -> S:
    return S("LOCATION", p.town, "town")


def a_town(rng: random.Random) -> S:
    return S("LOCATION", rng.choice(pools.TOWNS), "town")


def unit(p: Person) -> S:
    value, form = p.v("unit")
    return S("UNIT", value, form)


def base(p: Person) -> S:
    value, form = p.v("base")
    return S("BASE", value, form)


# Decoys built from pools.
def charity(rng: random.Random) -> D:
    return D(rng.choice(pools.CHARITIES), "product")


def product(rng: random.Random) -> D:
    return D(rng.choice(pools.PRODUCTS), "product")


def social(rng: random.Random) -> D:
    return D(rng.choice(["WhatsApp", "Facebook", "Instagram", "Messenger"]), "product")


def money(rng: random.Random, low: int = 5, high: int = 9000) -> D:
    amount = rng.randint(low, high)
    if amount >= 1000:
        amount = round(amount, -2)
        return D(f"£{amount:,}", "money")
    return D(f"£{amount}", "money")


def a_date(rng: random.Random, year: bool = True) -> D:
    day = date(2025, 1, 1) + timedelta(days=rng.randint(0, 690))
    month = MONTHS[day.month - 1]
    text = rng.choice(
        [f"{day.day} {month} {day.year}", f"{day.day} {month[:3]} {day.year % 100}",
         f"{day.day}/{day.month}/{day.year % 100:02d}"]
        if year
        else [f"{day.day} {month}", f"{day.day} {month[:3]}", f"{month} {day.day}"]
    )  # fmt: skip
    return D(text, "date")


def recent_date(rng: random.Random) -> D:
    """A date in the weeks before the documents' day (a death, a homecoming)."""
    day = TODAY - timedelta(days=rng.randint(3, 40))
    return D(f"{day.day} {MONTHS[day.month - 1]} {day.year}", "date")


def weekday(rng: random.Random) -> D:
    return D(rng.choice(WEEKDAYS), "weekday")


def a_time(rng: random.Random) -> D:
    hour, minute = rng.randint(6, 22), rng.choice([0, 0, 15, 30, 45])
    return D(
        rng.choice(
            [f"{hour:02d}{minute:02d}hrs", f"{hour:02d}:{minute:02d}",
             f"{hour % 12 or 12}{'am' if hour < 12 else 'pm'}",
             f"{hour % 12 or 12}.{minute:02d}{'am' if hour < 12 else 'pm'}"]
        ),
        "time",
    )  # fmt: skip


def count(rng: random.Random, things: list[str], low: int = 2, high: int = 12) -> D:
    n = rng.randint(low, high)
    return D(f"{n if rng.random() < 0.6 or n > 12 else in_words(n)} {rng.choice(things)}", "count")


def age_band(rng: random.Random) -> D:
    """A group by age ("the over-50s"), never one person's exact age."""
    return D(
        rng.choice(["over-50s", "under-11s", "under-16s", "18-25s", "over-60s", "under-5s",
                    "over-40s", "under-18s"]),
        "age_band",
    )  # fmt: skip


def someones_age_band(rng: random.Random, p: Person) -> D:
    """A person's age as a band ("in his fifties", "late thirties")."""
    decade = in_words(max(2, min(9, p.age // 10)) * 10).replace("ty", "ties")
    pron = his(p)
    return D(
        rng.choice(
            [
                f"in {pron} {decade}",
                f"in {pron} {p.age // 10 * 10}s",
                f"{rng.choice(['early', 'mid', 'late'])} {decade}",
            ]
        ),
        "age_band",
    )


def year(rng: random.Random, low: int = 1990, high: int = 2025) -> D:
    return D(str(rng.randint(low, high)), "year")


def service_word(p: Person | None, rng: random.Random) -> D:
    return D(p.service if p and p.service else rng.choice(pools.SERVICES), "service")


def place_word(rng: random.Random) -> D:
    return D(rng.choice(pools.PLACE_WORDS), "place_word")


def word(text: str) -> D:
    return D(text, "word")


def a_padre(cast: Cast) -> Person:
    """A chaplain: addressed as Rev (a title), not by a rank."""
    padre = cast.person("the padre", service=None, ages=(35, 62))
    padre.title = "Rev"
    return padre


def partner_of(cast: Cast, p: Person, rng: random.Random, serving: bool = False) -> Person:
    sex = "f" if p.sex == "m" else "m"
    if rng.random() < 0.1:
        sex = p.sex
    role = {"f": "his wife", "m": "her husband"}[sex] if sex != p.sex else "their partner"
    return cast.person(
        role, service="any" if serving else None, sex=sex, ages=(max(19, p.age - 6), p.age + 6)
    )


def child_of(cast: Cast, rng: random.Random, oldest: int = 15) -> Person:
    sex = rng.choice("mf")
    return cast.person(
        {"m": "their son", "f": "their daughter"}[sex], service=None, sex=sex, ages=(1, oldest)
    )


def he(p: Person) -> str:
    return "he" if p.sex == "m" else "she"


def his(p: Person) -> str:
    return "his" if p.sex == "m" else "her"


def career(rng: random.Random, p: Person, most: int = 24, joined_at: int = 0) -> tuple[D, D]:
    """Years served and the year they ended, which the person's age allows (joined at 16-20)."""
    joined_at = joined_at or rng.randint(16, 20)
    room = max(1, p.age - joined_at - 1)
    served = rng.randint(min(3, room), min(most, room))
    left = min(p.dob.year + joined_at + served, TODAY.year - 1)
    return D(f"{served} years", "count"), D(str(left), "year")


def rel_word(p: Person) -> str:
    return "husband" if p.sex == "m" else "wife"


def kid_word(p: Person) -> str:
    return "son" if p.sex == "m" else "daughter"


# ---------------------------------------------------------------------------------------------
# news: local and service papers, newsletters, press releases, citations, obituaries

CHALLENGES = [
    ("walked", "100 miles", "five days"), ("rowed", "3,000 miles", "52 days"),
    ("cycled", "874 miles", "nine days"), ("ran", "ten marathons", "ten days"),
    ("swam", "22 miles", "fourteen hours"), ("hiked", "the Three Peaks", "24 hours"),
]  # fmt: skip
STORY_HEADLINES = [
    "Soldier's charity challenge raises thousands", "Sailor goes the distance for veterans",
    "Homecoming joy as troops return", "Off-duty hero praised for quick thinking",
    "Local airman picked for national squad", "Fundraiser smashes target",
]  # fmt: skip
JOURNALIST_TITLES = [
    "Chief Reporter", "Defence Correspondent", "Community Reporter", "News Editor",
    "Senior Reporter", "Features Writer",
]  # fmt: skip


def byline(doc: Doc, rng: random.Random, cast: Cast) -> None:
    reporter = cast.person("the reporter", service=None, ages=(24, 62))
    form = rng.choice(["full", "full", "init"])
    doc.put(
        "By {r}\n{t}\n{w} {d}\n\n",
        r=N(reporter, form),
        t=D(rng.choice(JOURNALIST_TITLES), "rank"),
        w=weekday(rng),
        d=a_date(rng),
    )


def news_story(doc: Doc, rng: random.Random, cast: Cast) -> None:
    subj = cast.person("the soldier", ages=(19, 46))
    partner = partner_of(cast, subj, rng)
    child = child_of(cast, rng, oldest=11)
    doc.put("{h}\n", h=D(rng.choice(STORY_HEADLINES), "header"))
    byline(doc, rng, cast)
    verb, distance, duration = rng.choice(CHALLENGES)
    doc.put(
        "{s}, {a}, from {t}, has {v} {dist} in {dur}, raising more than {m} for {c}.\n\n",
        s=N(subj, "rank", rng.choice(["abbr_full", "spelt_full"])),
        a=age(subj.age),
        t=town(subj),
        v=verb,
        dist=D(distance, "count"),
        dur=D(duration, "count"),
        m=money(rng, 1200, 9000),
        c=charity(rng),
    )
    doc.put(
        "{s}, who serves with {u} at {b}, said the idea came in {y} after a friend from "
        '{his} training troop took his own life. "I [[will|word]] keep going as [[long|word]] '
        'as the legs let me," {he} said. "There were {n} of us in that troop and we still talk '
        'every week on {p}."\n\n',
        s=N(subj, "sur"),
        u=unit(subj),
        b=base(subj),
        y=year(rng, 2012, 2025),
        his=his(subj),
        he=he(subj),
        n=count(rng, ["lads", "recruits"], 20, 40),
        p=social(rng),
    )
    doc.put(
        "{pa}, {pa_age}, followed the route in a camper van with their {kid}, {c}, who is "
        '{ca}. "We are so proud," {pas} said. "{c2} made a sign for every mile."\n\n',
        pa=N(partner, "full"),
        pa_age=age(partner.age),
        kid=kid_word(child),
        c=N(child, "first"),
        ca=age(child.age, words=rng.random() < 0.5),
        pas=N(partner, "first"),
        c2=N(child, rng.choice(["first", "dim"])),
    )
    if rng.random() < 0.6:
        mate = cast.person("a colleague", service=subj.service)
        doc.put(
            '{m}, who walked the last {d} with {him}, called it "pure [[joy|word]] and sore '
            'feet". Donations can still be made until {dt}.\n\n',
            m=N(mate, "rank"),
            d=D(rng.choice(["ten miles", "12 miles", "day"]), "count"),
            him="him" if subj.sex == "m" else "her",
            dt=a_date(rng, year=False),
        )
    snapper = cast.person("the photographer", service=None)
    doc.put(
        "[[Pictured|header]]: {s} with {c} at the finish in {t}. [[Photo|header]]: {ph}\n",
        s=N(subj, "rank", "abbr"),
        c=N(child, "first"),
        t=a_town(rng),
        ph=N(snapper, "init"),
    )


def news_homecoming(doc: Doc, rng: random.Random, cast: Cast) -> None:
    subj = cast.person(
        "the sailor", service=rng.choice(["Royal Navy", "Royal Marines", "RAF"]), ages=(20, 44)
    )
    partner = partner_of(cast, subj, rng)
    baby = child_of(cast, rng, oldest=1)
    baby.age = 0
    baby.dob = TODAY - timedelta(days=rng.randint(40, 200))
    doc.put("{h}\n", h=D("Homecoming joy as families welcome crews back", "header"))
    byline(doc, rng, cast)
    doc.put(
        "More than {n} from {u} returned to {b} on {w} after a {m} deployment. Among them was "
        "{s}, {a}, who met {his} {kid} {bb} for the first time on the jetty.\n\n",
        n=count(rng, ["personnel", "sailors", "aircrew"], 120, 650),
        u=unit(subj),
        b=base(subj),
        w=weekday(rng),
        m=D(rng.choice(["seven-month", "nine-month", "six-month"]), "count"),
        s=N(subj, "rank", rng.choice(["abbr_full", "spelt_full"])),
        a=age(subj.age),
        his=his(subj),
        kid=kid_word(baby),
        bb=N(baby, "first"),
    )
    doc.put(
        "{bb}, born on {d} at the hospital in {t}, slept through most of it. \"I've seen "
        '{him} on a screen every {w} since {he} arrived," said {s}. "Holding {him} is '
        'different."\n\n',
        bb=N(baby, "first"),
        d=dob(baby, rng),
        t=a_town(rng),
        w=weekday(rng),
        him="him" if baby.sex == "m" else "her",
        he=he(baby),
        s=N(subj, "rank", "abbr"),
    )
    doc.put(
        "{pa}, {pa_a}, from {t}, said the last {c} had been the longest. \"The families' "
        'officer rang every week and the volunteers from {ch} were brilliant," {pas} said.\n\n',
        pa=N(partner, "full"),
        pa_a=age(partner.age),
        t=town(partner),
        c=count(rng, ["weeks", "months"], 2, 6),
        ch=charity(rng),
        pas=N(partner, "first"),
    )
    doc.put(
        "The {cmd} thanked families for their [[patience|word]] and said the crew would now "
        "take {lv} of leave before {ev}.\n",
        cmd=D(rng.choice(["Commanding Officer", "ship's captain", "station commander"]), "rank"),
        lv=count(rng, ["weeks"], 2, 4),
        ev=D(rng.choice(pools.EVENTS), "event"),
    )


def news_rescue(doc: Doc, rng: random.Random, cast: Cast) -> None:
    subj = cast.person("the soldier", ages=(20, 50))
    victim = cast.person("the man", service=None, sex="m", ages=(55, 84))
    daughter = cast.person("his daughter", service=None, sex="f", ages=(25, 50))
    doc.put("{h}\n", h=D("Off-duty hero praised for quick thinking", "header"))
    byline(doc, rng, cast)
    doc.put(
        "An off-duty {r} from {b} has been praised after saving the life of a pensioner who "
        "collapsed in a supermarket car park in {t} on {w} {d}.\n\n",
        r=D(rng.choice(["medic", "corporal", "reservist", "sergeant"]), "rank"),
        b=base(subj),
        t=a_town(rng),
        w=weekday(rng),
        d=a_date(rng, year=False),
    )
    doc.put(
        "{s}, {a}, gave CPR for {mins} until paramedics arrived. {v}, {va}, of {ad}, {t}, "
        "is now recovering at home.\n\n",
        s=N(subj, "rank", "spelt_full"),
        a=age(subj.age, words=rng.random() < 0.3),
        mins=D(rng.choice(["12 minutes", "nearly 20 minutes", "eight minutes"]), "count"),
        v=N(victim, rng.choice(["full", "title"]), "full"),
        va=age(victim.age),
        ad=address(victim),
        t=town(victim),
    )
    doc.put(
        "{dt}, {dta}, said: \"Dad [[will|word]] be 80 in {mon} and we'd lost [[hope|word]] in "
        'the car park. {s} was amazing. We want to buy {him} a pint, or {n}."\n\n',
        dt=N(daughter, "full"),
        dta=age(daughter.age),
        mon=D(rng.choice(MONTHS), "date"),
        s=N(subj, "sur"),
        him="him" if subj.sex == "m" else "her",
        n=count(rng, ["pints"], 5, 10),
    )
    doc.put(
        '{s}\'s {cmd} said the unit was "hugely proud". {s2} has served {y} in the {sv} and '
        "is based with {u}.\n",
        s=N(subj, "rank", "abbr"),
        cmd=D(rng.choice(["commanding officer", "OC", "RSM"]), "rank"),
        s2=N(subj, "sur"),
        y=count(rng, ["years"], 4, 22),
        sv=service_word(subj, rng),
        u=unit(subj),
    )


def news_sport(doc: Doc, rng: random.Random, cast: Cast) -> None:
    subj = cast.person("the athlete", ages=(19, 36))
    coach = cast.person("the coach", ages=(30, 55))
    mum = cast.person("his mum", service=None, sex="f", ages=(subj.age + 20, subj.age + 34))
    doc.put(
        "{h}\n",
        h=D(
            rng.choice(
                ["Local airman picked for national squad", "Sport: call-up for garrison star"]
            ),
            "header",
        ),
    )
    byline(doc, rng, cast)
    sport = rng.choice(["rugby sevens", "boxing", "netball", "athletics", "football"])
    doc.put(
        "{s}, {a}, has been named in the {sv} {sp} squad for the Inter-Services "
        "championship in {mon}. The {rk} from {t}, who plays for {cl}, scored twice in a "
        "{sc} win last {w}.\n\n",
        s=N(subj, "rank", "abbr_full"),
        a=age(subj.age),
        sv=service_word(subj, rng),
        sp=sport,
        mon=D(rng.choice(MONTHS), "date"),
        rk=D(subj.rank[1].lower() if subj.rank else "athlete", "rank"),
        t=town(subj),
        cl=D(rng.choice(pools.CLUBS), "club"),
        sc=D(f"{rng.randint(18, 40)}-{rng.randint(3, 17)}", "score"),
        w=weekday(rng),
    )
    doc.put(
        '{c}, who coaches the side at {b}, said: "{s} trains at {tm} every morning before work. '
        "I'd put money on {him} going further.\"\n\n",
        c=N(coach, "rank", "abbr_full"),
        b=base(coach),
        s=N(subj, rng.choice(["first", "dim", "nick"])),
        tm=D(rng.choice(["0530", "5.30am", "6am", "06:15", "0600hrs"]), "time"),
        him="him" if subj.sex == "m" else "her",
    )
    doc.put(
        '{m}, {ma}, said {his} family in {t} would travel to watch. "{s} was {yo} when {he} '
        'started and the whole street turns out," she said. "We\'ve booked {n} seats."\n',
        m=N(mum, "title", "full"),
        ma=age(mum.age),
        his=his(subj),
        t=a_town(rng),
        s=N(subj, "first"),
        yo=age(rng.randint(6, 12), words=True),
        he=he(subj),
        n=count(rng, ["coach"], 20, 40),
    )


def news_release(doc: Doc, rng: random.Random, cast: Cast) -> None:
    subj = cast.person("the officer", ages=(22, 50))
    second = cast.person("a colleague", service=subj.service)
    press = cast.person("the press officer", service=None)
    doc.put("[[PRESS RELEASE|header]]\n[[For immediate release|header]] – {d}\n\n", d=a_date(rng))
    doc.put(
        "Personnel from {u} have completed {n} of community work in {t}, rebuilding a "
        "play park and a sensory garden for the {ab} at the local hospice.\n\n",
        u=unit(subj),
        n=count(rng, ["days", "weeks"], 3, 9),
        t=a_town(rng),
        ab=age_band(rng),
    )
    doc.put(
        '{s}, who led the project, said: "Most of the team gave up {lv} of leave for this. '
        '{m} [[drew|word]] the plans on a napkin in {pw}."\n\n',
        s=N(subj, "rank", "spelt_full"),
        lv=count(rng, ["days"], 2, 6),
        m=N(second, "rank", "abbr_full"),
        pw=place_word(rng),
    )
    doc.put(
        "The work was funded by a {mo} grant from {ch}. A second phase begins on {d} at {tm}.\n\n"
        "[[ENDS|header]]\n\n[[Notes to editors|header]]\n"
        "[[Media enquiries|header]]: {p}, {job}\n[[Tel|header]]: {ph}\n[[Email|header]]: {em}\n",
        mo=money(rng, 2000, 20000),
        ch=charity(rng),
        d=a_date(rng, year=False),
        tm=a_time(rng),
        p=N(press, "full"),
        job=D(
            rng.choice(
                ["Media and Communications Officer", "Press Officer", "Regional Media Manager"]
            ),
            "rank",
        ),
        ph=phone(press, rng, which=rng.choice(["mobile", "landline"])),
        em=email(press),
    )


def news_citation(doc: Doc, rng: random.Random, cast: Cast) -> None:
    subj = cast.person(
        "the recipient",
        service=rng.choice(["Army", "RAF", "Royal Navy", "Royal Marines"]),
        ages=(24, 52),
    )
    casualty = cast.person("the casualty", service=subj.service)
    doc.put(
        "[[CITATION|header]]\n{s}\n{u}\n{sn}\n\n",
        s=N(subj, "rank", "spelt_full"),
        u=unit(subj),
        sn=service_no(subj, rng),
    )
    doc.put(
        "Throughout a {m} deployment, {s} showed leadership well beyond {his} rank. During "
        "a night patrol on {d}, when {c} was injured, {s2} organised the evacuation in "
        "under {mins}, keeping {n} soldiers calm and moving.\n\n",
        m=D(rng.choice(["six-month", "seven-month", "four-month"]), "count"),
        s=N(subj, "rank", "abbr"),
        his=his(subj),
        d=a_date(rng),
        c=N(casualty, "rank", "abbr_full"),
        s2=N(subj, "sur"),
        mins=D(rng.choice(["40 minutes", "an hour", "30 minutes"]), "count"),
        n=count(rng, ["junior"], 8, 16),
    )
    doc.put(
        "At {b}, {s} also ran a weekly fitness session for the {ab} and raised {mo} for {ch}. "
        "{he} is an outstanding {rk} and richly deserves this recognition.\n",
        b=base(subj),
        s=N(subj, rng.choice(["sur", "rank"]), "abbr"),
        ab=age_band(rng),
        mo=money(rng, 500, 5000),
        ch=charity(rng),
        he=he(subj).capitalize(),
        rk=D(
            rng.choice(["non-commissioned officer", "junior officer", "senior NCO", "team leader"]),
            "rank",
        ),
    )


def news_obituary(doc: Doc, rng: random.Random, cast: Cast) -> None:
    subj = cast.person("the veteran", ages=(64, 98))
    spouse = cast.person(
        "late husband" if subj.sex == "f" else "late wife",
        sex="m" if subj.sex == "f" else "f",
        ages=(70, 95),
    )
    kid1 = cast.person("a son", service=None, ages=(35, 65))
    kid2 = cast.person("a daughter", service=None, ages=(35, 65))
    doc.put("[[OBITUARY|header]]\n")
    extra = rng.choice([f for f in ("dim", "nick") if getattr(subj, f)] + [""])
    doc.put("{s}", s=N(subj, "surfirst", "caps"))
    if extra:
        doc.put(" ({x})", x=N(subj, extra))
    doc.put(
        "\nPeacefully at home in {t} on {d}, aged {a}. Born {born} in {bt}, ",
        t=town(subj),
        d=recent_date(rng),
        a=age(subj.age, words=rng.random() < 0.25),
        born=dob(subj, rng, words=rng.random() < 0.3),
        bt=a_town(rng),
    )
    doc.put(
        "{f} joined the {sv} at {seventeen} and served {y}, including with {u}. ",
        f=N(subj, "first"),
        sv=service_word(subj, rng),
        seventeen=age(rng.choice([16, 17, 18]), words=True),
        y=count(rng, ["years"], 9, 24),
        u=unit(subj),
    )
    doc.put(
        "Beloved {rel} of the late {sp}, much loved {parent} of {k1} and {k2}, and {gp} to "
        "{g}.\n\n",
        rel="wife" if subj.sex == "f" else "husband",
        sp=N(spouse, "rank", "abbr_full"),
        parent="mum" if subj.sex == "f" else "dad",
        gp="nan" if subj.sex == "f" else "grandad",
        k1=N(kid1, "first"),
        k2=N(kid2, "first"),
        g=count(rng, ["grandchildren"], 3, 11),
    )
    doc.put(
        "Funeral at the garrison church, {b}, on {w} {d} at {tm}. Family flowers only; "
        "donations if desired to {ch}. All enquiries to {k1} on {ph}.\n",
        b=base(subj),
        w=weekday(rng),
        d=a_date(rng, year=False),
        tm=a_time(rng),
        ch=charity(rng),
        k1=N(kid1, "full"),
        ph=phone(kid1, rng),
    )


def news_newsletter(doc: Doc, rng: random.Random, cast: Cast) -> None:
    co = cast.person("the CO", service=rng.choice(["Army", "RAF"]), ages=(38, 50))
    co.rank = (
        ("Lt Col", "Lieutenant Colonel") if co.service == "Army" else ("Wg Cdr", "Wing Commander")
    )
    rsm = cast.person("the new RSM", service=co.service, ages=(36, 46))
    leaver = cast.person("a leaver", service=co.service, ages=(30, 50))
    parent = cast.person("a new parent", service=co.service, ages=(22, 40))
    baby = child_of(cast, rng, oldest=1)
    baby.dob = TODAY - timedelta(days=rng.randint(20, 150))
    doc.put(
        "{u} [[NEWSLETTER|header]] – {d}\n\n[[From the CO|header]]\n", u=unit(co), d=a_date(rng)
    )
    doc.put(
        "It has been a busy term. We said goodbye to {n} and hello to {m}, and {ev} at {b} "
        "[[drew|word]] the biggest crowd I can remember. Thank you to everyone who baked, "
        "marshalled or simply turned up.\n\n",
        n=count(rng, ["families"], 15, 40),
        m=count(rng, ["new arrivals"], 10, 30),
        ev=D(rng.choice(pools.EVENTS), "event"),
        b=base(co),
    )
    doc.put(
        "[[Welcome|header]]\nPlease make {r} welcome. {r2} joins us from {b} and has already "
        "found {pw}.\n\n",
        r=N(rsm, "rank", "abbr_full"),
        r2=N(rsm, rng.choice(["rank", "sur"]), "abbr"),
        b=base(rsm),
        pw=place_word(rng),
    )
    doc.put(
        "[[Farewell|header]]\nAfter {y}, {l} leaves us for civvy street and a job in {t}. "
        "Good luck, {l2}.\n\n",
        y=count(rng, ["years"], 12, 24),
        l=N(leaver, "rank", "abbr_full"),
        t=town(leaver),
        l2=N(leaver, rng.choice(["first", "nick"])),
    )
    doc.put(
        "[[Births|header]]\nCongratulations to {p} on the arrival of {bb}, born {d}, weighing "
        "{wt}.\n\n{c}\n{cr}\n",
        p=N(parent, "rank", "abbr_full"),
        bb=N(baby, "first"),
        d=dob(baby, rng),
        wt=D(rng.choice(["7lb 4oz", "8lb 1oz", "6lb 12oz", "3.4kg"]), "count"),
        c=N(co, "rank", "abbr_full"),
        cr=D("Commanding Officer", "rank"),
    )


def news_centenarian(doc: Doc, rng: random.Random, cast: Cast) -> None:
    subj = cast.person("the veteran", sex=rng.choice("mf"), ages=(100, 100))
    carer = cast.person("the carer", service=None, sex="f", ages=(25, 60))
    grand = cast.person("a grandchild", service=None, ages=(28, 50))
    rep = cast.person("the visiting officer", ages=(28, 50))
    doc.put(
        "{h}\n",
        h=D(
            rng.choice(
                [
                    "Veteran marks 100th birthday with a fly-past",
                    "Centenarian's party at the care home",
                    "Cake, cards and a salute",
                ]
            ),
            "header",
        ),
    )
    byline(doc, rng, cast)
    doc.put(
        "{s} turned {a} on {w} surrounded by family, friends and {n} cards at the care home "
        "in {t} where {he} has lived since {y}.\n\n",
        s=N(subj, "full"),
        a=age(100, words=rng.random() < 0.3),
        w=weekday(rng),
        n=D(str(rng.randint(150, 900)), "count"),
        t=town(subj),
        he=he(subj),
        y=year(rng, 2015, 2023),
    )
    doc.put(
        "Born on {d} in {bt}, {f} joined the {sv} in {y} and served with {u}. {he} still "
        'remembers the number: "{sn}, you don\'t forget it," {he2} said.\n\n',
        d=dob(subj, rng, words=rng.random() < 0.3),
        bt=a_town(rng),
        f=N(subj, "first"),
        sv=service_word(subj, rng),
        y=year(rng, 1942, 1946),
        u=unit(subj),
        he=he(subj).capitalize(),
        sn=service_no(subj, rng, words=rng.random() < 0.5),
        he2=he(subj),
    )
    doc.put(
        "{r} of {ru} brought a card and a framed photograph. Carer {c} said the home had "
        'been planning for {m}. "{f} has more energy than the {ab}," she said.\n\n',
        r=N(rep, "rank", "spelt_full"),
        ru=unit(rep),
        c=N(carer, "full"),
        m=D(rng.choice(["months", "six weeks", "a year"]), "count"),
        f=N(subj, rng.choice(["first", "dim", "title"]), "sur"),
        ab=age_band(rng),
    )
    doc.put(
        'Grandchild {g}, {ga}, travelled from {gt}. "{f} taught me to play cribbage and to '
        'never trust {sv2} cook," {gp} said.\n',
        g=N(grand, "full"),
        ga=age(grand.age),
        gt=town(grand),
        f=N(subj, rng.choice(["nick", "first"])),
        sv2=rng.choice(["a Navy", "an Army", "an RAF"]),
        gp=he(grand),
    )


def news_reunion(doc: Doc, rng: random.Random, cast: Cast) -> None:
    a = cast.person("the first veteran", sex="m", ages=(58, 80))
    b = cast.person("the second veteran", service=a.service, sex="m", ages=(58, 80))
    daughter = cast.person("a daughter", service=None, sex="f", ages=(25, 50))
    doc.put(
        "{h}\n",
        h=D(
            rng.choice(
                [
                    "Old comrades reunited after four decades",
                    "Friends reunited by a Facebook post",
                    "Forty years on, a handshake",
                ]
            ),
            "header",
        ),
    )
    byline(doc, rng, cast)
    yrs = rng.randint(30, 48)
    doc.put(
        "Two former {rk} who served together at {bs} have met for the first time in {y}, "
        "thanks to a post on social media.\n\n",
        rk=D(rng.choice(["soldiers", "sailors", "airmen", "marines"]), "rank"),
        bs=base(a),
        y=D(f"{yrs} years", "count"),
    )
    doc.put(
        "{a1}, {aa}, from {at}, and {b1}, {ba}, of {bt}, were in the same {troop} of {u}. "
        "When {a2} was injured in {yr}, it was {b2} who carried him {dist} to the helicopter.\n\n",
        a1=N(a, "full"),
        aa=age(a.age),
        at=town(a),
        b1=N(b, "full"),
        ba=age(b.age),
        bt=town(b),
        troop=rng.choice(["troop", "section", "platoon", "flight"]),
        u=unit(a),
        a2=N(a, "sur"),
        yr=year(rng, 1978, 1995),
        b2=N(b, rng.choice(["sur", "nick"])),
        dist=D(rng.choice(["two miles", "800 metres", "a mile"]), "count"),
    )
    doc.put(
        "{d}, {a1}'s daughter, found {b3} through a veterans' group. \"Dad always said he "
        'owed {b4} everything," she said. "I just typed the name in and there he was."\n\n',
        d=N(daughter, "full"),
        a1=N(a, "first"),
        b3=N(b, rng.choice(["first", "nick"])),
        b4=N(b, "first"),
    )
    doc.put(
        "The pair met at {pw} on {w}, with {n} family members watching. \"He hasn't changed "
        'a bit," said {a3}. "Still can\'t make a brew."\n',
        pw=place_word(rng),
        w=weekday(rng),
        n=count(rng, ["other"], 12, 30),
        a3=N(a, rng.choice(["sur", "title"]), "sur"),
    )


def news_volunteers(doc: Doc, rng: random.Random, cast: Cast) -> None:
    winners = [cast.person("a nominee", ages=(20, 70)) for _ in range(3)]
    host = cast.person("the host", service=None, ages=(30, 65))
    doc.put(
        "{h}\n{d}\n\n",
        h=D(
            rng.choice(
                ["Community awards: the forces winners", "Unsung heroes honoured at awards night"]
            ),
            "header",
        ),
        d=a_date(rng),
    )
    doc.put(
        "Three members of the forces community were among the winners at {ev} in {t} on "
        "{w}, hosted by {h}.\n\n",
        ev=D(
            rng.choice(
                [
                    "the Community Champions awards",
                    "the Pride of the Town awards",
                    "the county volunteer awards",
                ]
            ),
            "event",
        ),
        t=a_town(rng),
        w=weekday(rng),
        h=N(host, "full"),
    )
    w1, w2, w3 = winners
    doc.put(
        "[[Volunteer of the Year|header]]: {a}, {aa}, who has run the {ab} coffee club at {pw} "
        "for {y}.\n",
        a=N(w1, "rank", rng.choice(["abbr_full", "spelt_full"])),
        aa=age(w1.age),
        ab=age_band(rng),
        pw=place_word(rng),
        y=count(rng, ["years"], 3, 11),
    )
    doc.put(
        "[[Fundraiser of the Year|header]]: {b}, from {bt}, who raised {m} for {ch} by "
        "swimming {dist} in open water.\n",
        b=N(w2, "full"),
        bt=town(w2),
        m=money(rng, 2000, 9000),
        ch=charity(rng),
        dist=D(rng.choice(["21 miles", "ten kilometres", "a mile a day for a year"]), "count"),
    )
    cadet = cast.person("a cadet", service=None, ages=(13, 17))
    doc.put(
        "[[Young Person of the Year|header]]: {c}, {ca}, a cadet whose {par} serves with {u}.\n\n",
        c=N(cadet, "full"),
        ca=age(cadet.age),
        par=rng.choice(["mum", "dad"]),
        u=unit(w3),
    )
    doc.put(
        "[[Pictured|header]] ({lr}): {a}, {h} and {b} with their trophies.\n",
        lr=D("left to right", "header"),
        a=N(w1, "rank", "abbr"),
        h=N(host, "first"),
        b=N(w2, rng.choice(["first", "title"]), "sur"),
    )


NEWS_KINDS = [
    news_story,
    news_homecoming,
    news_rescue,
    news_sport,
    news_release,
    news_citation,
    news_obituary,
    news_newsletter,
    news_centenarian,
    news_reunion,
    news_volunteers,
]


def write_news(doc: Doc, rng: random.Random, n: int) -> None:
    NEWS_KINDS[n % len(NEWS_KINDS)](doc, rng, Cast(rng))


# ---------------------------------------------------------------------------------------------
# forum: threads and comments by serving people, veterans and families

ANON_HANDLES = [
    "BootsAndBabies", "lurker_1987", "rockape_rtd", "matelot_mum", "pusser99", "SFA_survivor",
    "TeaAndMedals", "ex_greenjacket", "crabwife", "mudguard_mum", "chefs_hat", "dhobi_dust",
    "oppo_of_old", "scran_queen", "bluebell_woods", "NotAGunnerAnymore",
]  # fmt: skip


def post_head(doc: Doc, rng: random.Random, who: Person | str) -> None:
    """A post's header line: the poster and when."""
    name: object = N(who, "handle") if isinstance(who, Person) else who
    layout = rng.randrange(4)
    if layout == 0:
        doc.put("{h} · {d} {t}\n", h=name, d=a_date(rng, year=False), t=a_time(rng))
    elif layout == 1:
        doc.put("Posted by {h} on {d}\n", h=name, d=a_date(rng))
    elif layout == 2:
        doc.put("{h} wrote:\n", h=name)
    else:
        doc.put("Reply from {h} ({w} {t})\n", h=name, w=weekday(rng), t=a_time(rng))


def quoted(doc: Doc, rng: random.Random, who: Person | str, line: str) -> None:
    name: object = N(who, "handle") if isinstance(who, Person) else who
    doc.put("> {h} said:\n> {line}\n", h=name, line=line)


def lower_some(doc: Doc, rng: random.Random, share: float = 0.5) -> None:
    doc.lower = rng.random() < share


def forum_posting(doc: Doc, rng: random.Random, cast: Cast) -> None:
    op = cast.person("the poster", service=None, sex="f", ages=(22, 40))
    oh = partner_of(cast, op, rng, serving=True)
    helper = cast.person("another member", service=None, ages=(24, 50))
    staff = cast.person("the HIVE lady", service=None, sex="f", ages=(30, 60))
    kid = child_of(cast, rng, oldest=9)
    doc.put("Posted to {b} – anyone there now?\n\n", b=base(oh))
    post_head(doc, rng, op)
    lower_some(doc, rng, 0.6)
    k1, k2 = rng.randint(1, 6), rng.randint(7, 12)
    doc.put(
        "hi all, me ({a}F) and my OH ({b}M) have just found out we're off to {bs} in the new "
        "year. hes with {u}. we've got {kids} ({k1} and {k2}) and a very loud dog. currently in "
        "{t}. is the patch ok?? any tips on schools or {pw}? this [[will|word]] be our {mv} in "
        "{yrs} lol\n\n",
        a=age(op.age),
        b=age(oh.age),
        bs=base(oh),
        u=unit(oh),
        kids=D("2 kids", "count"),
        k1=age(k1),
        k2=age(k2),
        t=town(op),
        pw=place_word(rng),
        mv=D(rng.choice(["4th move", "third move", "5th move"]), "count"),
        yrs=count(rng, ["years", "yrs"], 6, 11),
    )
    doc.lower = False
    post_head(doc, rng, helper)
    lower_some(doc, rng)
    doc.put(
        "@{h} hiya! we were there til {y}. ask for {s} at the HIVE, shes brilliant and knows "
        "everyone. the primary on the patch is lovely, my {kw} {k} ({ka}) loves it. "
        "u [[will|word]] be fine x\n\n",
        h=N(op, "handle"),
        y=year(rng, 2019, 2025),
        s=N(staff, rng.choice(["first", "title"])),
        kw=kid_word(kid),
        k=N(kid, rng.choice(["first", "dim"])),
        ka=age(kid.age),
    )
    doc.lower = False
    anon = rng.choice(ANON_HANDLES)
    post_head(doc, rng, anon)
    quoted(doc, rng, op, "is the patch ok??")
    lower_some(doc, rng)
    mate = cast.person("a neighbour", service=None, sex="f", ages=(25, 45))
    doc.put(
        "its fine if u dont mind the wind. theres a fb group for the wives run by {m}, "
        "message her on {ph} and she'll add u. tell her {n} sent u lol\n\n",
        m=N(mate, "full"),
        ph=phone(mate, rng),
        n=anon,
    )
    doc.lower = False
    post_head(doc, rng, op)
    lower_some(doc, rng, 0.7)
    doc.put(
        "thank u so much @{h} and @{a}!! {o} says he remembers {m2} from {b2} lol small world. "
        "[[will|word]] report back x\n",
        h=N(helper, "handle"),
        a=anon,
        o=N(oh, rng.choice(["first", "dim", "nick"])),
        m2=N(mate, "first"),
        b2=D(rng.choice(["basic", "phase two", "his last job"]), "place_word"),
    )
    doc.lower = False


def forum_old_photo(doc: Doc, rng: random.Random, cast: Cast) -> None:
    op = cast.person("the poster", ages=(48, 70))
    svc = op.service
    p1 = cast.person("the lad on the left", service=svc, sex="m", ages=(48, 70))
    p2 = cast.person("the corporal", service=svc, ages=(48, 70))
    p3 = cast.person("the lad at the back", service=svc, sex="m", ages=(48, 70))
    wife = cast.person("his wife", service=None, sex="f", ages=(48, 70))
    doc.put("Old photos – {u}, {y}\n\n", u=unit(op), y=year(rng, 1986, 2002))
    post_head(doc, rng, op)
    doc.put(
        "Found this in the loft. {b}, just before our first tour. Left to right: {a}, {c}, "
        "me, {d} and the {sarge} who I [[will|word]] not name as he still scares me. Anyone "
        "know what happened to {d2}?\n\n",
        b=base(op),
        a=N(p1, "nick"),
        c=N(p2, "rank", "abbr"),
        d=N(p3, "full"),
        sarge=D(
            rng.choice(["troop sergeant", "sarnt major", "platoon sergeant", "colour"]), "rank"
        ),
        d2=N(p3, "first"),
    )
    post_head(doc, rng, rng.choice(ANON_HANDLES))
    lower_some(doc, rng)
    doc.put(
        "thats defo {c}! lives in {t} now, hes on here as @{h}. {a} still looks exactly "
        "the same, must be {ag} now lol\n\n",
        c=N(p2, rng.choice(["sur", "nick"])),
        t=town(p2),
        h=N(p2, "handle"),
        a=N(p1, "nick"),
        ag=age(p1.age, words=True),
    )
    doc.lower = False
    post_head(doc, rng, p2)
    lower_some(doc, rng, 0.3)
    doc.put(
        "@{o} cheers for the tag mate. {d} moved back to {t} after he got out, we still meet "
        "up on {ev}. Sad news though, his wife {w} passed in {y}. He's on {p} if you want "
        "his number.\n",
        o=N(op, "handle"),
        d=N(p3, rng.choice(["first", "nick"])),
        t=town(p3),
        ev=D(rng.choice(pools.EVENTS), "event"),
        w=N(wife, "first"),
        y=year(rng, 2015, 2025),
        p=social(rng),
    )
    doc.lower = False


def forum_aibu(doc: Doc, rng: random.Random, cast: Cast) -> None:
    op = cast.person("the poster", service=None, sex="f", ages=(26, 44))
    oh = partner_of(cast, op, rng, serving=True)
    mil = cast.person("his mum", service=None, sex="f", ages=(oh.age + 20, oh.age + 32))
    kid = child_of(cast, rng, oldest=14)
    kid.age = rng.randint(11, 14)
    doc.put(
        "{h}\n\n",
        h=D(
            rng.choice(
                [
                    "AIBU to not want another posting?",
                    "WWYD – signing on again",
                    "Am I being unreasonable?",
                ]
            ),
            "header",
        ),
    )
    post_head(doc, rng, rng.choice(ANON_HANDLES))
    lower_some(doc, rng, 0.4)
    doc.put(
        "Name changed for this as my husband ({a}M) reads here. Me ({b}F), married {m}, "
        "{kids}. He's a {rk} with {u} and wants to go for a job at {bs}, which means another "
        "move away from {t}, where my mum is. {k} is {ka} and has just settled at secondary. "
        "His mum {mil} keeps ringing me to say I should be 'supportive'. AIBU?\n\n",
        a=age(oh.age),
        b=age(op.age),
        m=count(rng, ["years", "yrs"], 6, 16),
        kids=count(rng, ["kids", "children", "DC"], 2, 4),
        rk=D(rng.choice(["sergeant", "corporal", "PO", "chief tech", "colour sergeant"]), "rank"),
        u=unit(oh),
        bs=base(oh),
        t=town(op),
        k=N(kid, "first"),
        ka=age(kid.age, words=rng.random() < 0.5),
        mil=N(mil, "title"),
    )
    doc.lower = False
    replier = cast.person("a replier", service=None, ages=(30, 55))
    post_head(doc, rng, replier)
    lower_some(doc, rng)
    doc.put(
        "YANBU. We did {c} in {y} and my eldest still talks about the one that broke "
        "her. {k2} needs the stability now. Tell {mil} to ring you when she's done the "
        "packing.\n\n",
        c=count(rng, ["moves", "postings"], 4, 7),
        y=count(rng, ["years"], 8, 12),
        k2=N(kid, "first"),
        mil=N(mil, "title"),
    )
    doc.lower = False
    post_head(doc, rng, rng.choice(ANON_HANDLES))
    lower_some(doc, rng, 0.7)
    doc.put(
        "yabu a bit?? its a good job and he might get [[sergeant|rank]] out of it. could "
        "u stay in {t} and he weekly commutes? loads do. my OH {o} did {y} of it, from "
        "{ob} to {b}. its grim but it works. talk to the {r} too x\n",
        t=town(op),
        o=N(cast.person("her OH", service="Army", sex="m"), rng.choice(["first", "nick"])),
        y=count(rng, ["years"], 2, 5),
        ob=a_town(rng),
        b=S("BASE", rng.choice(pools.BASES["Army"]["garrison"]), "garrison"),
        r=D(rng.choice(["UWO", "welfare officer", "families officer", "padre"]), "rank"),
    )
    doc.lower = False


def forum_trace(doc: Doc, rng: random.Random, cast: Cast) -> None:
    lost = cast.person("the man", service="Army", sex="m", ages=(45, 70))
    dad = cast.person("my dad", service="Army", sex="m", ages=(60, 85))
    op = cast.person("the poster", service=None, ages=(25, 50))
    sis = cast.person("my sister", service=None, sex="f", ages=(25, 50))
    doc.put("[[Trying to trace|header]] an old comrade – please share\n\n")
    post_head(doc, rng, op)
    doc.put(
        "[[Long|word]] shot. Trying to find {l}, who served with {u} around {y}. He was from {t} "
        "and would be about {ag} now. My dad {d} was his section commander and is poorly, "
        "and he keeps asking after him. If anyone knows {l2}, please message me or my sister "
        "{s} on {ph} or {em}. Thank you.\n\n",
        l=N(lost, "full"),
        u=unit(lost),
        y=year(rng, 1985, 2004),
        t=town(lost),
        ag=age(lost.age),
        d=N(dad, "rank", "abbr_full"),
        l2=N(lost, rng.choice(["first", "nick"])),
        s=N(sis, "full"),
        ph=phone(sis, rng),
        em=email(sis),
    )
    post_head(doc, rng, rng.choice(ANON_HANDLES))
    lower_some(doc, rng)
    doc.put(
        "shared. was there a {r} in {b} called {l} about then? ginger, played in goal for "
        "{cl}? hed be {band} now. if its him his {rel} works at {pw}\n\n",
        r=D(rng.choice(["lance jack", "full screw", "private", "signaller"]), "rank"),
        b=base(lost),
        l=N(lost, "sur"),
        cl=D(rng.choice(pools.CLUBS), "club"),
        band=someones_age_band(rng, lost),
        rel=rng.choice(["brother", "cousin", "missus"]),
        pw=place_word(rng),
    )
    doc.lower = False
    post_head(doc, rng, op)
    doc.put(
        "Yes! That's him. Dad says he was the [[best|word]] keeper {ss} ever had. Thank you, "
        "messaged "
        "you. If you're struggling yourself, {h} is there day and night.\n",
        ss=D(rng.choice(["the battalion", "the regiment", "the squadron"]), "team"),
        h=D(rng.choice(["116 123", "111"]), "helpline"),
    )


def forum_admin(doc: Doc, rng: random.Random, cast: Cast) -> None:
    op = cast.person("the poster", ages=(20, 38))
    clerk = cast.person("the clerk", service=op.service)
    boss = cast.person("the boss", service=op.service)
    doc.put("{p} has got my leave wrong AGAIN\n\n", p=D("JPA", "product"))
    post_head(doc, rng, op)
    doc.lower = rng.random() < 0.7
    doc.put(
        "anyone else?? put in for {n} in {mon}, approved by {b}, now its showing as "
        "[[rejected|status]] and {c} in the orderly room says its a system thing. my service "
        "no is {sn} if any clerks on here can look lol. flights to {t} are booked and cost "
        "{m}\n\n",
        n=count(rng, ["days"], 8, 20),
        mon=D(rng.choice(MONTHS), "date"),
        b=N(boss, "rank", "abbr"),
        c=N(clerk, rng.choice(["rank", "first", "nick"]), "abbr"),
        sn=service_no(op, rng),
        t=a_town(rng),
        m=money(rng, 300, 900),
    )
    doc.lower = False
    post_head(doc, rng, rng.choice(ANON_HANDLES))
    lower_some(doc, rng)
    doc.put(
        "mate take ur service number off here!! but yes same at {bs}, the clerks say {h} "
        "to fix. go and see {b2} in person\n\n",
        bs=base(op),
        h=D(rng.choice(["48 hours", "72 hours", "5 working days"]), "count"),
        b2=N(boss, "rank", "abbr"),
    )
    doc.lower = False
    post_head(doc, rng, op)
    doc.put(
        "{e} thanks, sorted. {c} came good in the end\n",
        e=D("edit:", "header"),
        c=N(clerk, rng.choice(["first", "sur", "nick"])),
    )


def forum_comments(doc: Doc, rng: random.Random, cast: Cast) -> None:
    subj = cast.person("the recipient", ages=(21, 45))
    mum = cast.person("his mum", service=None, sex="f", ages=(subj.age + 19, subj.age + 33))
    mate = cast.person("a mate", service=subj.service, ages=(21, 45))
    partner = partner_of(cast, subj, rng)
    doc.put(
        "{u} shared a post:\nCongratulations to {s} on promotion this week, and on {his} "
        "{c} for {ch}. [[Well done|header]]!\n\n",
        u=unit(subj),
        s=N(subj, "rank", rng.choice(["abbr_full", "spelt_full"])),
        his=his(subj),
        c=D(rng.choice(["half marathon", "10k", "sponsored silence"]), "count"),
        ch=charity(rng),
    )
    doc.put("[[Comments|header]] ({n})\n", n=rng.randint(4, 40))
    doc.put(
        "{h}: so proud of you {d} ❤️❤️ {x}\n",
        h=N(mum, "handle"),
        d=N(subj, rng.choice(["dim", "first"])),
        x=rng.choice(["xx", "xxx", "love mum"]),
    )
    doc.lower = rng.random() < 0.6
    doc.put(
        "{h}: get in {n}!! first round on you at {pw} 🍻\n",
        h=N(mate, "handle"),
        n=N(subj, "nick"),
        pw=place_word(rng),
    )
    doc.lower = False
    doc.put("{h}: @{m} look who it is\n", h=rng.choice(ANON_HANDLES), m=N(mate, "handle"))
    doc.put(
        "{h}: massive congrats from me and the kids. {k} is already telling his friends at "
        "school his {rel} is the boss now 😂\n",
        h=N(partner, "handle"),
        k=N(child_of(cast, rng, oldest=10), "first"),
        rel="dad" if subj.sex == "m" else "mum",
    )


def forum_leaving(doc: Doc, rng: random.Random, cast: Cast) -> None:
    op = cast.person("the poster", ages=(24, 40))
    gf = partner_of(cast, op, rng)
    vet = cast.person("a veteran", service=op.service, ages=(35, 60))
    doc.put(
        "{t}\n\n",
        t=D(
            rng.choice(
                [
                    "Thinking of signing off – talk me out of it?",
                    "PVR or stay? honest answers pls",
                    "Life after leaving – how did you find it?",
                ]
            ),
            "header",
        ),
    )
    post_head(doc, rng, rng.choice(ANON_HANDLES))
    lower_some(doc, rng, 0.7)
    doc.put(
        "{a}{sx}, {y} in, {rk} with {u}. based at {b} but from {t} and my {rel} ({pa}) "
        "just got offered a job back home. been to the resettlement brief and its all cv "
        "workshops and {p} courses. anyone done it and not regretted it? genuinely asking\n\n",
        a=age(op.age),
        sx="M" if op.sex == "m" else "F",
        y=count(rng, ["years", "yrs"], 2, max(3, op.age - 18)),
        rk=D(rng.choice(["cpl", "sgt", "lcpl", "po", "sac", "l/cpl"]), "rank"),
        u=unit(op),
        b=base(op),
        t=town(op),
        rel="gf" if gf.sex == "f" else "bf",
        pa=age(gf.age),
        p=product(rng),
    )
    doc.lower = False
    post_head(doc, rng, vet)
    lower_some(doc, rng, 0.3)
    doc.put(
        "Left in {y} after {n}. [[Best|word]] and worst thing I ever did. Best because I see my "
        "kids; "
        "worst because nobody outside gets the humour. Get your {c} done while they're free, "
        "and ring {h} if it gets dark, no shame in it. My DMs are open, or ask for {v} at "
        "the {ab} breakfast club in {vt} any {w}.\n\n",
        y=year(rng, 2008, 2023),
        n=count(rng, ["years"], 12, 24),
        c=D(rng.choice(["HGV licence", "ELCAS courses", "SIA badge"]), "count"),
        h=D(rng.choice(["116 123", "Op Courage", "111"]), "helpline"),
        v=N(vet, rng.choice(["first", "nick", "full"])),
        ab=age_band(rng),
        vt=town(vet),
        w=weekday(rng),
    )
    doc.lower = False
    post_head(doc, rng, rng.choice(ANON_HANDLES))
    doc.put(
        "What {v} said. Also: don't leave for a {rel}, leave for you. If {pa} is the one, "
        "{she}'ll wait {m}.\n",
        v=N(vet, rng.choice(["handle", "first"])),
        rel="gf" if gf.sex == "f" else "bf",
        she=he(gf),
        pa=N(gf, "first"),
        m=D(rng.choice(["another year", "six months", "18 months"]), "count"),
    )


def forum_birthday(doc: Doc, rng: random.Random, cast: Cast) -> None:
    subj = cast.person("the birthday boy", sex="m", ages=(50, 90))
    admin = cast.person("the group admin", service=subj.service, ages=(45, 75))
    wife = cast.person("his wife", service=None, sex="f", ages=(45, 85))
    mates = [cast.person("an old mate", service=subj.service, ages=(50, 90)) for _ in range(2)]
    doc.put("{u} [[Old Comrades|team]] ([[private group|system]])\n\n", u=unit(subj))
    post_head(doc, rng, admin)
    doc.put(
        "Happy birthday to {s}, {a} today! Served {y} with the {sv} and still the loudest "
        "man at every reunion. {w} tells me he's having a quiet one at {pw}. Drop him a "
        "message, lads.\n\n",
        s=N(subj, rng.choice(["rank", "full"]), "abbr_full"),
        a=age(subj.age),
        y=count(rng, ["years"], 9, 24),
        sv=service_word(subj, rng),
        w=N(wife, "full"),
        pw=place_word(rng),
    )
    doc.put("[[Comments|header]]\n")
    for m in mates:
        doc.lower = rng.random() < 0.5
        doc.put(
            "{h}: happy birthday {s}!! {x}\n",
            h=N(m, rng.choice(["handle", "full"])),
            s=N(subj, rng.choice(["nick", "first", "sur"])),
            x=rng.choice(
                [
                    "still owe u a pint from the 80s",
                    "dont do anything i wouldnt",
                    "see u at the reunion",
                ]
            ),
        )
        doc.lower = False
    doc.put(
        "{h}: thank you all, he's had a lovely day. {s} x\n",
        h=N(wife, "handle"),
        s=N(wife, "first"),
    )


def forum_medals(doc: Doc, rng: random.Random, cast: Cast) -> None:
    op = cast.person("the finder", service=None, ages=(30, 70))
    owner = cast.person("the medal owner", sex="m", ages=(60, 95))
    nephew = cast.person("his nephew", service=None, sex="m", ages=(30, 60))
    doc.put("[[FOUND|header]]: medals in a house clearance – can anyone help?\n\n")
    post_head(doc, rng, op)
    doc.put(
        "Bought a box of bits at an auction in {t} and found a set of {n} medals inside. "
        "The rim of one is engraved {sn} {nm}. I'd love to get them back to family. "
        "Paid {m} for the whole box so no money wanted.\n\n",
        t=a_town(rng),
        n=D(rng.choice(["three", "four", "5"]), "count"),
        sn=service_no(owner, rng),
        nm=N(owner, "rank", "caps_init"),
        m=money(rng, 10, 60),
    )
    post_head(doc, rng, rng.choice(ANON_HANDLES))
    lower_some(doc, rng)
    doc.put(
        "that number fits {u} in the {dec}. there was a {s} in the {tm} who lived in {ot} after "
        "he got out, try the local branch of {ch}\n\n",
        u=unit(owner),
        dec=D(rng.choice(["1970s", "1980s", "late 70s"]), "year"),
        s=N(owner, "rank", "abbr"),
        tm=rng.choice(["boxing team", "band", "rugby team"]),
        ot=town(owner),
        ch=charity(rng),
    )
    doc.lower = False
    post_head(doc, rng, nephew)
    doc.put(
        "This is my uncle {o}. He died in {y} aged {a} and we never knew what happened to "
        "his medals. Messaged you, {f}. Thank you so much.\n",
        o=N(owner, rng.choice(["full", "first", "nick"])),
        y=year(rng, 2015, 2024),
        a=age(owner.age, words=rng.random() < 0.5),
        f=N(op, rng.choice(["first", "handle"])),
    )


def forum_housing(doc: Doc, rng: random.Random, cast: Cast) -> None:
    op = cast.person("the poster", service=None, sex="f", ages=(22, 45))
    oh = partner_of(cast, op, rng, serving=True)
    neighbour = cast.person("a neighbour", service=None, sex="f", ages=(22, 50))
    kid = child_of(cast, rng, oldest=4)
    doc.put("[[Black|word]] mould in our quarter at {b} – who do I escalate to?\n\n", b=base(oh))
    post_head(doc, rng, op)
    lower_some(doc, rng, 0.6)
    doc.put(
        "third time reporting it. the contractor came on {w}, wiped it with bleach and left. "
        "my {kw} {k} is {ka} and has been coughing for {c}. {o} is away with {u} til {mon} so "
        "its just me. we're at {ad} if anyone from the welfare team reads this\n\n",
        w=weekday(rng),
        kw=kid_word(kid),
        k=N(kid, "first"),
        ka=age(kid.age),
        c=count(rng, ["weeks"], 3, 8),
        o=N(oh, rng.choice(["first", "dim", "nick"])),
        u=unit(oh),
        mon=D(rng.choice(MONTHS), "date"),
        ad=address(op),
    )
    doc.lower = False
    post_head(doc, rng, neighbour)
    lower_some(doc, rng)
    doc.put(
        "@{h} same on our road!! go to the {r} and put it in writing, then the {sv} families "
        "federation. they got ours sorted in {d}. my number is {ph} if u want to compare "
        "notes x\n",
        h=N(op, "handle"),
        r=D(rng.choice(["UWO", "families officer", "welfare office"]), "rank"),
        sv=rng.choice(["army", "naval", "raf"]),
        d=D(rng.choice(["a week", "ten days", "2 days"]), "count"),
        ph=phone(neighbour, rng),
    )
    doc.lower = False


FORUM_KINDS = [
    forum_posting,
    forum_old_photo,
    forum_aibu,
    forum_trace,
    forum_admin,
    forum_comments,
    forum_leaving,
    forum_birthday,
    forum_medals,
    forum_housing,
]


def write_forum(doc: Doc, rng: random.Random, n: int) -> None:
    FORUM_KINDS[n % len(FORUM_KINDS)](doc, rng, Cast(rng))


# ---------------------------------------------------------------------------------------------
# feedback: complaints, compliments and free text to a welfare service or a study

# Teams and offices a writer addresses (generic names, not public organisations).
SERVICES_FED_BACK = [
    "the Unit Welfare Office", "the HIVE", "the welfare team", "the community support team",
    "the families office", "the housing helpdesk", "the study team",
]  # fmt: skip


def form_field(doc: Doc, label: str, value: object) -> None:
    doc.put("{l} {v}\n", l=D(label, "header"), v=value)


def feedback_webform(doc: Doc, rng: random.Random, cast: Cast) -> None:
    me = cast.person("the writer", ages=(22, 58))
    doctor = cast.person("the doctor", service=None, ages=(30, 60))
    doctor.title = "Dr"
    receptionist = cast.person("the receptionist", service=None, sex="f", ages=(25, 60))
    kid = child_of(cast, rng, oldest=12)
    doc.put(
        "{h}\n",
        h=D(
            rng.choice(["Contact us – complaint", "Feedback form", "Tell us what you think"]),
            "header",
        ),
    )
    form_field(doc, "Name:", N(me, "full"))
    form_field(doc, "Email:", email(me))
    form_field(doc, "Phone:", phone(me, rng))
    if rng.random() < 0.6:
        form_field(doc, "Service number (if applicable):", service_no(me, rng))
    if rng.random() < 0.4:
        form_field(doc, "Date of birth:", dob(me, rng))
    form_field(doc, "Your message:", "")
    doc.put(
        "I am writting to complain about the way my {kw} {k} was treated at {b} med centre "
        "on {d}. {he} is {ka} and had a temprature of 39 for {c}. We were seen by {dr} who "
        'said it was "just a virus" and sent us home, two days later we ended up in A&E in '
        "{t}. ",
        kw=kid_word(kid),
        k=N(kid, "first"),
        b=base(me),
        d=a_date(rng),
        he=he(kid).capitalize(),
        ka=age(kid.age, words=rng.random() < 0.4),
        c=D(rng.choice(["3 days", "two days", "four days"]), "count"),
        dr=N(doctor, "title", "sur"),
        t=a_town(rng),
    )
    doc.put(
        "When I rang back {r} on reception told me {dr} was on leave and there was nothing "
        "she could do. I dont think thats acceptable. I would like an apology from {dr2} and "
        "to know what you are doing so this dosent happen to another family. My {kw}s NHS "
        "number is {nhs} if you need it.\n",
        r=N(receptionist, "first"),
        dr=N(doctor, "sur"),
        dr2=N(doctor, "typo"),
        kw=kid_word(kid),
        nhs=nhs(kid, rng),
    )
    form_field(doc, "Preferred contact:", D(rng.choice(["Email", "Phone", "Either"]), "status"))


def feedback_compliment(doc: Doc, rng: random.Random, cast: Cast) -> None:
    me = cast.person("the writer", service=None, sex=rng.choice("mf"), ages=(24, 70))
    staff = cast.person("the welfare worker", service=None, sex="f", ages=(28, 60))
    staff2 = cast.person("the officer", ages=(28, 55))
    oh = partner_of(cast, me, rng, serving=True)
    fed = D(rng.choice(SERVICES_FED_BACK), "team")
    doc.put("[[Subject|header]]: thank you\n\n")
    if rng.random() < 0.3:
        doc.put("{g},\n\n", g=D("To whom it may concern", "greet_all"))
    else:
        doc.put("To whoever reads these at {f},\n\n", f=fed)
    doc.put(
        "I just wanted to say a massive thank you to {s} and {s2} for everything over the "
        "last {c}. When {o} was deployed with {u} and our boiler broke in the middle of "
        "{mon} I didnt know who to ring. {s3} sorted an engineer the same day and rang me "
        "back at {tm} to check it was working, she definately went above and beyond.\n\n",
        s=N(staff, "full"),
        s2=N(staff2, "rank", "abbr"),
        c=count(rng, ["months", "weeks"], 3, 9),
        o=N(oh, rng.choice(["first", "dim"])),
        u=unit(oh),
        mon=D(rng.choice(["January", "February", "December"]), "date"),
        s3=N(staff, "first"),
        tm=a_time(rng),
    )
    doc.put(
        "{s2} also came round with the {r} when I was struggling and put me in touch with "
        "{ch}. I have had [[faith|word]] in the system since. Please pass this on to "
        "{s} and her manager, I [[hope|word]] it goes on her record.\n\n",
        s2=N(staff2, "sur"),
        r=D(rng.choice(["padre", "UWO", "families officer"]), "rank"),
        ch=charity(rng),
        s=N(staff, "first"),
    )
    doc.put(
        "{so}\n{m}\n{a}, {t} {pc}\n",
        so=D(rng.choice(["Kind regards", "Many thanks", "Best wishes"]), "signoff"),
        m=N(me, rng.choice(["full", "title"]), "full"),
        a=address(me),
        t=town(me),
        pc=postcode(me, rng),
    )


def feedback_study(doc: Doc, rng: random.Random, cast: Cast) -> None:
    me = cast.person("the participant", ages=(25, 66))
    interviewer = cast.person("the interviewer", service=None, ages=(26, 55))
    wife = partner_of(cast, me, rng)
    doc.put("[[Q14. Is there anything else you would like to tell us about taking part?|header]]\n")
    served, left = career(rng, me)
    doc.lower = rng.random() < 0.4
    doc.put(
        "I was a bit nervous as I'd never done anything like this but {i} put me at ease "
        "straight away. I'm {a} and left the {sv} in {y} after {c}, and its the first time "
        "anyone has asked me about it properly. ",
        i=N(interviewer, rng.choice(["first", "full"])),
        a=age(me.age, words=rng.random() < 0.5),
        sv=service_word(me, rng),
        y=left,
        c=served,
    )
    doc.put(
        "My {rel} {w} sat in for the second half which helped. The only thing I would change "
        "is the questions about {b}, I found them hard and it would of been good to have a "
        "break. Also the letter went to my old address in {t} so it was late. ",
        rel=rel_word(wife),
        w=N(wife, "first"),
        b=base(me),
        t=town(me),
    )
    if rng.random() < 0.5:
        doc.put(
            "Please thank {i} again, {pron} did a good job. ",
            i=N(interviewer, "title", "sur"),
            pron="he" if interviewer.sex == "m" else "she",
        )
    doc.put("I [[will|word]] do the follow up in {c}.\n", c=count(rng, ["months"], 6, 12))
    doc.lower = False
    doc.put("[[Q15. May we contact you again?|header]] {yn}\n", yn=D("Yes", "status"))
    doc.put("[[Q16. Best number to reach you:|header]] {ph}\n", ph=phone(me, rng))


def feedback_voice(doc: Doc, rng: random.Random, cast: Cast) -> None:
    me = cast.person("the caller", ages=(55, 85))
    staff = cast.person("the caseworker", service=None, ages=(25, 60))
    son = cast.person("my son", service=None, sex="m", ages=(28, 55))
    doc.put("{h}\n", h=D("Message received via the feedback line (voice to text)", "system"))
    doc.lower = rng.random() < 0.6
    doc.put(
        "hello its {m} calling about my war pension claim. i was told someone would ring me "
        "back {c} ago and nobody has. my service number is {sn} and my date of birth is "
        "{d}. ",
        m=N(me, "full"),
        c=D(rng.choice(["three weeks", "a month", "two weeks", "six weeks"]), "count"),
        sn=service_no(me, rng, words=True),
        d=dob(me, rng, words=True),
    )
    if rng.random() < 0.6:
        doc.put("my national insurance number is {ni} if that helps. ", ni=ni(me, rng))
    doc.put(
        "i spoke to a {r} called {s} who was very nice but i havent heard anything since. "
        "im {a} and i dont do computers so please ring me on {ph} or my son {so} on {ph2} "
        "thank you\n",
        r=D(rng.choice(["young man" if staff.sex == "m" else "young lady", "caseworker"]), "rank"),
        s=N(staff, rng.choice(["first", "title"]), "sur"),
        a=age(me.age, words=True),
        ph=phone(me, rng, words=True, which="landline"),
        so=N(son, "first"),
        ph2=phone(son, rng, words=rng.random() < 0.5),
    )
    doc.lower = False


def feedback_pension(doc: Doc, rng: random.Random, cast: Cast) -> None:
    me = cast.person("the writer", ages=(40, 75))
    handler = cast.person("the case handler", service=None, ages=(25, 60))
    manager = cast.person("the manager", service=None, sex="f", ages=(30, 60))
    doc.put(
        "[[Complaint|header]] – [[ref|header]] {r}\n\n",
        r=D(f"VUK/{rng.randint(100000, 999999)}", "file"),
    )
    doc.put(
        "{g},\n\n", g=D(rng.choice(["Dear Sir or Madam", "To whom it may concern"]), "greet_all")
    )
    served, left = career(rng, me)
    doc.put(
        "I am making a formal complaint about how my claim has been handled. I served {y} "
        "with {u} and was medically discharged in {yr}. My details are: {full}, date of "
        "birth {d}, NI number {ni}, service number {sn}.\n\n",
        y=served,
        u=unit(me),
        yr=left,
        full=N(me, "full"),
        d=dob(me, rng),
        ni=ni(me, rng),
        sn=service_no(me, rng),
    )
    doc.put(
        "Since {d} I have spoken to {h} {c} and each time I have been told the file is "
        "with a medical advisor. On my last call {h2} said it had been seperated from my "
        'records by mistake. Apparantly this is "not unusual". I have now been waiting '
        "{w} and I am {m} out of pocket. I asked to speak to {mg} and was told she would "
        "ring me that {wd}. She did not.\n\n",
        d=a_date(rng),
        h=N(handler, "title", "full"),
        c=D(rng.choice(["four times", "six times", "3 times"]), "count"),
        h2=N(handler, "typo"),
        w=count(rng, ["months"], 7, 19),
        m=money(rng, 400, 3000),
        mg=N(manager, "full"),
        wd=weekday(rng),
    )
    doc.put(
        "Please reply in writing to {a}, {t}, {pc}, or by email to {em}.\n\n{so}\n{me}\n",
        a=address(me),
        t=town(me),
        pc=postcode(me, rng),
        em=email(me),
        so=D(rng.choice(["Yours faithfully", "Yours sincerely", "Regards"]), "signoff"),
        me=N(me, rng.choice(["rank", "title", "init"]), "abbr_full"),
    )


def feedback_review(doc: Doc, rng: random.Random, cast: Cast) -> None:
    me = cast.person("the reviewer", service=None, ages=(22, 70))
    staff = cast.person("a member of staff", service=None, ages=(22, 60))
    boss = cast.person("the manager", service=None, ages=(30, 60))
    stars = rng.randint(1, 5)
    doc.put(
        "{n} – {st}\n",
        n=N(me, rng.choice(["firstinit", "handle", "full"])),
        st=D(f"{stars} out of 5 stars", "count"),
    )
    doc.put("{d}\n", d=a_date(rng))
    lower_some(doc, rng, 0.3)
    if stars >= 3:
        doc.put(
            "Used the families drop-in at {b} after we moved from {t}. {s} on the desk was "
            "lovely and found us a school place in {c}. Only knocked off a star because the "
            "parking is a nightmare. Would recommend to anyone new to the patch.\n",
            b=base(me),
            t=town(me),
            s=N(staff, "first"),
            c=D(rng.choice(["two days", "a week", "48 hours"]), "count"),
        )
    else:
        doc.put(
            "Waited {c} for a call back about our housing. When I finally got through, "
            "{s} said the form had never been recieved, even though I have the email. "
            'Asked for the manager and {m} was "in a meeting" all {w}. Not good enough for '
            "families who are already stretched.\n",
            c=count(rng, ["days", "weeks"], 3, 9),
            s=N(staff, rng.choice(["first", "full"])),
            m=N(boss, "title", "full"),
            w=D(rng.choice(["week", "day", "afternoon"]), "count"),
        )
    doc.lower = False
    doc.put(
        "[[Response from the owner|header]]: Thank you for your feedback. Please email {em} "
        "and {m} [[will|word]] look into this personally.\n",
        em=email(boss),
        m=N(boss, "first"),
    )


def feedback_survey_short(doc: Doc, rng: random.Random, cast: Cast) -> None:
    me = cast.person("the respondent", ages=(20, 60))
    wife = partner_of(cast, me, rng)
    kid = child_of(cast, rng, oldest=16)
    gp = cast.person("the GP", service=None, ages=(30, 60))
    gp.title = "Dr"
    doc.put("[[Families Wellbeing Survey|header]] – [[free text answers|header]]\n\n")
    doc.put("[[Q3. How long have you lived at your current posting?|header]]\n")
    doc.lower = rng.random() < 0.6
    doc.put(
        "{c} at {b}, before that {c2} in {t}\n\n",
        c=count(rng, ["years", "months", "yrs"], 1, 6),
        b=base(me),
        c2=count(rng, ["years", "yrs"], 2, 5),
        t=a_town(rng),
    )
    doc.lower = False
    doc.put("[[Q7. Has anything made family life harder this year?|header]]\n")
    doc.lower = rng.random() < 0.6
    doc.put(
        "my {rel} {w} has been unwell and we cant get a gp appt. {dr} at the practice has been "
        "good when we do get in but its {c} wait. our {kw} {k} ({ka}) has had to change school "
        "again and is finding it hard. i am {a} and work nights so its a lot tbh\n\n",
        rel=rel_word(wife),
        w=N(wife, rng.choice(["first", "dim"])),
        dr=N(gp, "title", "sur"),
        c=D(rng.choice(["a 3 week", "a two week", "a 4 week"]), "count"),
        kw=kid_word(kid),
        k=N(kid, "first"),
        ka=age(kid.age),
        a=age(me.age, words=rng.random() < 0.4),
    )
    doc.lower = False
    doc.put("[[Q9. Anything else?|header]]\n")
    doc.lower = rng.random() < 0.6
    doc.put(
        rng.choice(["no thanks", "not really", "keep doing these surveys", "n/a"])
        + ". {dr} deserves a medal\n",
        dr=N(gp, rng.choice(["sur", "title", "typo"]), "sur"),
    )
    doc.lower = False


def feedback_email(doc: Doc, rng: random.Random, cast: Cast) -> None:
    me = cast.person("the writer", ages=(25, 60))
    officer = cast.person("the caseworker", service=None, ages=(25, 60))
    mum = cast.person("my mum", service=None, sex="f", ages=(me.age + 20, me.age + 35))
    doc.put(
        "[[From|header]]: {n} <{em}>\n[[Sent|header]]: {w} {d} {t}\n[[Subject|header]]: RE: your "
        "case {r}\n\n",
        n=N(me, "full"),
        em=email(me),
        w=weekday(rng),
        d=a_date(rng),
        t=a_time(rng),
        r=D(f"WF-{rng.randint(1000, 9999)}", "file"),
    )
    doc.put(
        "Hi {o},\n\nThanks for getting back to me. To answer your questions: yes, I am still "
        "at {a}, {pc}, and my mum {m} is living with us since her fall. She is {ma} and "
        "needs help with stairs. Her date of birth is {md} if you need it for the form.\n\n",
        o=N(officer, "first"),
        a=address(me),
        pc=postcode(me, rng),
        m=N(mum, "full"),
        ma=age(mum.age, words=rng.random() < 0.3),
        md=dob(mum, rng),
    )
    if rng.random() < 0.7:
        doc.put("Her NHS number is {n} and her GP is at {t}.\n\n", n=nhs(mum, rng), t=a_town(rng))
    doc.put(
        "I'm away with {u} from {d} for {c}, so please ring my mobile {ph} or leave a message. "
        "I did try to call you on {w} but it went to voicemail, no worries.\n\n{so}\n{n}\n\n",
        u=unit(me),
        d=a_date(rng, year=False),
        c=count(rng, ["weeks"], 2, 8),
        ph=phone(me, rng),
        w=weekday(rng),
        so=D(rng.choice(["Thanks again", "Cheers", "Many thanks"]), "signoff"),
        n=N(me, rng.choice(["first", "rank", "nick"]), "abbr"),
    )
    doc.put(
        "> [[On|header]] {d}, {o} wrote:\n> Could you confirm your address and who lives with "
        "you?\n",
        d=a_date(rng),
        o=N(officer, rng.choice(["full", "title"]), "full"),
    )


FEEDBACK_KINDS = [
    feedback_webform,
    feedback_compliment,
    feedback_study,
    feedback_voice,
    feedback_pension,
    feedback_review,
    feedback_survey_short,
    feedback_email,
]


def write_feedback(doc: Doc, rng: random.Random, n: int) -> None:
    FEEDBACK_KINDS[n % len(FEEDBACK_KINDS)](doc, rng, Cast(rng))


# ---------------------------------------------------------------------------------------------
# bulletin: noticeboards, part one orders, leave and duty lists, events, arrivals, results


def bulletin_orders(doc: Doc, rng: random.Random, cast: Cast) -> None:
    svc = rng.choice(["Army", "Army", "RAF", "Royal Marines"])
    adjt = cast.person("the adjutant", service=svc, ages=(27, 35))
    adjt.rank = ("Capt", "Captain") if svc != "RAF" else ("Flt Lt", "Flight Lieutenant")
    promoted = [cast.person("a soldier", service=svc) for _ in range(rng.randint(2, 3))]
    posted = cast.person("a soldier", service=svc)
    doc.put(
        "{u}\n[[PART ONE ORDERS|header]] [[No|header]] {no}\n{d}\n\n",
        u=unit(adjt),
        no=D(f"{rng.randint(1, 40)}/{rng.choice(['25', '26'])}", "file"),
        d=a_date(rng),
    )
    doc.put(
        "[[Serial 1. Promotions|header]]\nThe following are promoted with effect from {d}:\n",
        d=a_date(rng, year=False),
    )
    for p in promoted:
        doc.put(
            "  {sn}  {n}\n",
            sn=service_no(p, rng),
            n=N(p, "rank", rng.choice(["caps", "caps_init"])),
        )
    doc.put(
        "\n[[Serial 2. Postings|header]]\n{sn} {n} is posted to {b} wef {d}. {n2} is to "
        "hand over {pw} keys to the {r} before leaving.\n",
        sn=service_no(posted, rng),
        n=N(posted, "rank", "caps_init"),
        b=base(posted),
        d=a_date(rng),
        n2=N(posted, "rank", "abbr"),
        pw=rng.choice(["quarter", "locker", "vehicle"]),
        r=D(rng.choice(["QM", "MT sergeant", "block NCO"]), "rank"),
    )
    doc.put(
        "\n[[Serial 3. Duties|header]]\nOrderly officer for the week: {oo}. Duty clerk: {dc}. "
        "The guardroom is manned from {t1} to {t2}.\n",
        oo=N(cast.person("an officer", service=svc), "rank", "init"),
        dc=N(cast.person("the clerk", service=svc), "rank", "abbr"),
        t1=a_time(rng),
        t2=a_time(rng),
    )
    doc.put(
        "\n[[Serial 4. Sport|header]]\nThe {ab} fitness session moves to {w} at {t}. Well done "
        "to {n} for finishing the {c}.\n\n{a}\n{ar}\n",
        ab=age_band(rng),
        w=weekday(rng),
        t=a_time(rng),
        n=N(promoted[0], "sur"),
        c=D(
            rng.choice(
                ["Cambrian Patrol", "Nijmegen marches", "Three Peaks challenge", "half marathon"]
            ),
            "count",
        ),
        a=N(adjt, "rank", "init"),
        ar=D("Adjutant", "rank"),
    )


def bulletin_leave(doc: Doc, rng: random.Random, cast: Cast) -> None:
    svc = rng.choice(list(pools.SERVICES))
    people = [cast.person("a member", service=svc) for _ in range(rng.randint(4, 6))]
    chief = cast.person("the chief clerk", service=svc)
    doc.put(
        "{u} – [[LEAVE AND DUTY LIST|header]]\n[[Week commencing|header]] {d}\n\n",
        u=unit(chief),
        d=a_date(rng),
    )
    doc.put("[[Name|header]] | [[From|header]] | [[To|header]] | [[Destination|header]]\n")
    for p in people[:3]:
        start = date(2026, rng.randint(1, 11), rng.randint(1, 20))
        end = start + timedelta(days=rng.randint(4, 18))
        doc.put(
            "{n} | {a} | {b} | {t}\n",
            n=N(
                p,
                rng.choice(["rank", "init", "surfirst", "caps"]),
                rng.choice(["abbr", "init", "caps"]),
            ),
            a=D(f"{start.day:02d} {MONTHS[start.month - 1][:3]}", "date"),
            b=D(f"{end.day:02d} {MONTHS[end.month - 1][:3]}", "date"),
            t=town(p),
        )
    doc.put("\n[[Duties|header]]\n")
    for p in people[3:]:
        doc.put(
            "{w}: {r} – {n}\n",
            w=weekday(rng),
            r=D(
                rng.choice(
                    ["Duty NCO", "Orderly Sergeant", "Duty Driver", "Fire Picquet", "Duty Officer"]
                ),
                "role",
            ),
            n=N(p, rng.choice(["rank", "init", "sur"]), "abbr"),
        )
    doc.put(
        "\nSwaps are to go through {c} by {t} on {w}. Anyone on leave must leave a contact "
        "number; {n} has given {ph}.\n",
        c=N(chief, "rank", "abbr_full"),
        t=a_time(rng),
        w=weekday(rng),
        n=N(people[0], "sur"),
        ph=phone(people[0], rng),
    )


def bulletin_sport(doc: Doc, rng: random.Random, cast: Cast) -> None:
    svc = rng.choice(list(pools.SERVICES))
    scorers = [cast.person("a player", service=svc, ages=(19, 38)) for _ in range(3)]
    motm = cast.person("the player of the match", service=svc, ages=(19, 38))
    netballers = [cast.person("a player", service=svc, sex="f", ages=(19, 40)) for _ in range(2)]
    walker = cast.person("a veteran", service=None, sex="m", ages=(52, 75))
    walker2 = cast.person("a veteran", service=None, sex="m", ages=(52, 75))
    doc.put("[[SPORTS ROUND-UP|header]]\n\n[[Rugby|header]]\n")
    doc.put(
        "{c1} {sc} {c2}. [[Tries|header]]: {a} (2), {b}; [[conversions|header]]: {c}. "
        "[[Player of the match|header]]: {m}, who [[will|word]] be missed when {he} leaves "
        "for {bs} in {mon}.\n\n",
        c1=D(rng.choice(pools.CLUBS), "club"),
        sc=D(f"{rng.randint(20, 45)}-{rng.randint(0, 19)}", "score"),
        c2=D(rng.choice(pools.CLUBS), "club"),
        a=N(scorers[0], "sur"),
        b=N(scorers[1], "sur"),
        c=N(scorers[2], rng.choice(["firstinit", "init"])),
        m=N(motm, "rank", "abbr_full"),
        he=he(motm),
        bs=base(motm),
        mon=D(rng.choice(MONTHS), "date"),
    )
    doc.put(
        "[[Netball|header]]\nA {sc} defeat to {cl} but {n1} was outstanding at centre. {n2} "
        "is still looking for players, ring her on {ph}.\n\n",
        sc=D(f"{rng.randint(20, 40)}-{rng.randint(41, 60)}", "score"),
        cl=D(rng.choice(pools.CLUBS), "club"),
        n1=N(netballers[0], rng.choice(["firstinit", "full", "dim"])),
        n2=N(netballers[1], "rank", "abbr_full"),
        ph=phone(netballers[1], rng),
    )
    doc.put(
        "[[Walking football|header]]\nThe {ab} squad beat {t} {sc}. Goals from {w}, who "
        "turned {a} on {d}, and from {s} ({n}).\n\n",
        ab=age_band(rng),
        t=D(rng.choice(pools.CLUBS), "club"),
        sc=D(f"{rng.randint(2, 6)}-{rng.randint(0, 1)}", "score"),
        w=N(walker, rng.choice(["full", "nick"])),
        a=age(walker.age, words=rng.random() < 0.5),
        d=weekday(rng),
        s=N(walker2, rng.choice(["first", "nick", "full"])),
        n=D(rng.choice(["two", "a hat-trick", "one"]), "count"),
    )
    doc.put(
        "[[Fixtures|header]]: {w} {d}, {t} at {b}. Please [[mark|word]] it in your diary.\n",
        w=weekday(rng),
        d=a_date(rng, year=False),
        t=a_time(rng),
        b=base(scorers[1]),
    )


def bulletin_arrivals(doc: Doc, rng: random.Random, cast: Cast) -> None:
    first = cast.person("a new arrival", ages=(22, 42))
    partner = partner_of(cast, first, rng)
    k1, k2 = child_of(cast, rng, oldest=12), child_of(cast, rng, oldest=6)
    second = cast.person("a new arrival", service=first.service, ages=(19, 30))
    third = cast.person("a new arrival", service=first.service, ages=(30, 45))
    doc.put("[[Welcome to our new arrivals|header]]\n\n")
    doc.put(
        "{f} joins {u} from {b} with {his} {rel} {p} and their children {a} ({aa}) and {b2} "
        "({ba}). {f2} is a keen runner and has already found {pw}, and {p2} is looking for "
        "work as a {job}.\n\n",
        f=N(first, "rank", rng.choice(["abbr_full", "spelt_full"])),
        u=unit(first),
        b=base(first),
        his=his(first),
        rel="wife" if partner.sex == "f" else "husband",
        p=N(partner, "first"),
        a=N(k1, "first"),
        aa=age(k1.age),
        b2=N(k2, "first"),
        ba=age(k2.age),
        f2=N(first, rng.choice(["sur", "first"])),
        pw=place_word(rng),
        p2=N(partner, "first"),
        job=D(
            rng.choice(
                ["teaching assistant", "hairdresser", "nurse", "accountant", "dental nurse"]
            ),
            "rank",
        ),
    )
    doc.put(
        "{s}, {a}, comes to us straight from training and is originally from {t}. Ask "
        "{s2} about {his} {c}.\n\n",
        s=N(second, "rank", "abbr_full"),
        a=age(second.age, words=rng.random() < 0.5),
        t=town(second),
        s2=N(second, rng.choice(["first", "nick", "dim"])),
        his=his(second),
        c=D(
            rng.choice(["two tours", "3 tours", "twelve years in the band", "five marathons"]),
            "count",
        ),
    )
    doc.put(
        "And finally {t}, returning to {b} for a second time after {y} away. If you see any "
        "of them in {pw}, say hello! The {r} holds a welcome coffee every {w} at {tm}.\n",
        t=N(third, "rank", "abbr_full"),
        b=base(third),
        y=count(rng, ["years"], 3, 9),
        pw=place_word(rng),
        r=D(rng.choice(["families officer", "UWO", "padre", "HIVE team"]), "rank"),
        w=weekday(rng),
        tm=a_time(rng),
    )


def bulletin_event(doc: Doc, rng: random.Random, cast: Cast) -> None:
    organiser = cast.person("the organiser", ages=(25, 55))
    winner = cast.person("last year's winner", ages=(25, 60))
    donor = cast.person("a donor", service=None, ages=(30, 70))
    ev = rng.choice(
        ["QUIZ NIGHT", "CHARITY BALL", "FAMILIES FUN DAY", "SPONSORED WALK", "CAKE SALE"]
    )
    doc.put("{e} [[in aid of|header]] {c}\n\n", e=D(ev, "header"), c=charity(rng))
    doc.put(
        "{w} {d}, {t}, {pw}. {size}, {m} a head, {ab} welcome. Raffle prizes include a "
        "signed shirt and a weekend in {town} donated by {dn}.\n\n",
        w=weekday(rng),
        d=a_date(rng, year=False),
        t=a_time(rng),
        pw=place_word(rng),
        size=D(rng.choice(["Teams of up to 6", "Tables of 8", "Families of any size"]), "count"),
        m=money(rng, 3, 25),
        ab=age_band(rng),
        town=a_town(rng),
        dn=N(donor, "title", "full"),
    )
    doc.put(
        "Last year {wn} raised {m2} on their own, can anyone beat that? Book with {o} on "
        "ext {ext} or {ph}, or email {em} by {dd}.\n",
        wn=N(winner, rng.choice(["full", "rank"]), "abbr_full"),
        m2=money(rng, 200, 1500),
        o=N(organiser, "rank", "abbr"),
        ext=D(str(rng.randint(2000, 7999)), "file"),
        ph=phone(organiser, rng),
        em=email(organiser),
        dd=a_date(rng, year=False),
    )
    if rng.random() < 0.6:
        doc.put(
            "[[Sponsors|header]]: {p}, {p2} and the {r}.\n",
            p=product(rng),
            p2=charity(rng),
            r=D(rng.choice(["PMC", "Sergeants' Mess committee", "WOs' and Sgts' Mess"]), "team"),
        )


def bulletin_adverts(doc: Doc, rng: random.Random, cast: Cast) -> None:
    seller = cast.person("a seller", service=None, ages=(22, 50))
    lifter = cast.person("a commuter", ages=(20, 50))
    finder = cast.person("a finder", ages=(20, 60))
    doc.put("[[NOTICEBOARD|header]] – [[small ads|header]]\n\n")
    doc.put(
        "[[FOR SALE|header]]: cot bed and mattress, {m}, hardly used. Collect from {a}, "
        "{pc}. Text {s} on {ph}.\n\n",
        m=money(rng, 20, 90),
        a=address(seller),
        pc=postcode(seller, rng),
        s=N(seller, rng.choice(["first", "dim"])),
        ph=phone(seller, rng),
    )
    doc.put(
        "[[WANTED|header]]: lift share {t} to {b} {w}-{w2}, leaving {tm}. [[Will|word]] pay {m}. "
        "{l}, {u}, {em}.\n\n",
        t=town(lifter),
        b=base(lifter),
        w=weekday(rng),
        w2=weekday(rng),
        tm=a_time(rng),
        m=money(rng, 10, 40),
        l=N(lifter, "rank", rng.choice(["abbr_full", "init"])),
        u=unit(lifter),
        em=email(lifter),
    )
    doc.put(
        "[[FOUND|header]]: child's bike outside {pw} on {w}. Ask {f} at the front desk or "
        "ring {ph}.\n\n",
        pw=place_word(rng),
        w=weekday(rng),
        f=N(finder, rng.choice(["rank", "title", "first"])),
        ph=phone(finder, rng, which="landline"),
    )
    doc.put("[[Adverts are free to families. Max 50 words.|system]]\n")


def bulletin_celebrations(doc: Doc, rng: random.Random, cast: Cast) -> None:
    bday = cast.person("a birthday", ages=(30, 70))
    couple = cast.person("an anniversary", ages=(40, 75))
    spouse = partner_of(cast, couple, rng)
    promo = cast.person("a promotion", ages=(24, 45))
    baby_parent = cast.person("a new parent", ages=(22, 40))
    baby = child_of(cast, rng, oldest=1)
    baby.dob = TODAY - timedelta(days=rng.randint(5, 60))
    doc.put("[[CONGRATULATIONS CORNER|header]]\n\n")
    doc.put(
        "[[Birthdays|header]]: {b} is {a} this {w}. Cake in {pw} at {t}, and yes, we know "
        "how many candles.\n",
        b=N(bday, rng.choice(["rank", "full", "nick"]), "abbr_full"),
        a=age(bday.age, words=rng.random() < 0.5),
        w=weekday(rng),
        pw=place_word(rng),
        t=a_time(rng),
    )
    doc.put(
        "[[Anniversaries|header]]: {c} and {s} celebrate {y} married on {d}. {c2} says the "
        "secret is separate remote controls.\n",
        c=N(couple, "rank", "abbr_full"),
        s=N(spouse, rng.choice(["first", "full"])),
        y=count(rng, ["years"], 10, 45),
        d=a_date(rng, year=False),
        c2=N(couple, "sur"),
    )
    doc.put(
        "[[Promotions|header]]: well done to {p} of {u}, promoted this month after {y}.\n",
        p=N(promo, "rank", rng.choice(["abbr_full", "spelt_full"])),
        u=unit(promo),
        y=count(rng, ["years"], 4, 14),
    )
    doc.put(
        "[[New arrivals|header]]: {bb}, born {d} at {t}, to {p} and {pp}. All are "
        "doing well; {pp2} is doing fine on very little sleep.\n",
        bb=N(baby, "first"),
        d=dob(baby, rng, words=rng.random() < 0.2),
        t=a_town(rng),
        p=N(baby_parent, "rank", "abbr_full"),
        pp=N(cast.person("the other parent", service=None, ages=(22, 40)), "first"),
        pp2=N(baby_parent, rng.choice(["first", "sur", "nick"])),
    )
    doc.put(
        "\nSend your news to the editor by {w}. {r}\n",
        w=weekday(rng),
        r=D("Photos welcome.", "system"),
    )


def bulletin_rota(doc: Doc, rng: random.Random, cast: Cast) -> None:
    svc = rng.choice(list(pools.SERVICES))
    crew = [cast.person("a duty officer", service=svc, ages=(24, 50)) for _ in range(4)]
    doc.put(
        "{b} – [[OUT OF HOURS WELFARE CONTACTS|header]]\n[[Month|header]]: {m}\n\n",
        b=base(crew[0]),
        m=D(rng.choice(MONTHS) + " 2026", "date"),
    )
    doc.put("[[Week|header]] | [[Duty welfare officer|header]] | [[Mobile|header]]\n")
    for n, p in enumerate(crew, start=1):
        doc.put(
            "{w} | {nm} | {ph}\n",
            w=D(str(n), "count"),
            nm=N(
                p,
                rng.choice(["rank", "init", "surfirst"]),
                rng.choice(["abbr", "init", "abbr_full"]),
            ),
            ph=phone(p, rng),
        )
    doc.put(
        "\nIn an emergency ring {e} first. For non-urgent welfare matters contact the {r} in "
        "working hours. {n} covers the bank holiday.\n",
        e=D("999", "helpline"),
        r=D(rng.choice(["UWO", "families office", "welfare team"]), "team"),
        n=N(crew[rng.randrange(4)], rng.choice(["sur", "rank"]), "abbr"),
    )


def bulletin_church(doc: Doc, rng: random.Random, cast: Cast) -> None:
    padre = a_padre(cast)
    baby = child_of(cast, rng, oldest=1)
    baby.dob = TODAY - timedelta(days=rng.randint(60, 300))
    mum = cast.person("the mother", service=None, sex="f", ages=(22, 40))
    dad = cast.person("the father", sex="m", ages=(22, 42))
    helper = cast.person("the flower rota", service=None, ages=(50, 85))
    doc.put("[[FROM THE GARRISON CHURCH|header]]\n\n")
    doc.put(
        "[[Baptisms|header]]: we welcome {b}, born {d}, {kw} of {dd} and {m}, "
        "who [[will|word]] be baptised on {w} {dt} at {t}.\n",
        b=N(baby, "full"),
        d=dob(baby, rng),
        kw=kid_word(baby),
        dd=N(dad, "rank", "abbr_full"),
        m=N(mum, "first"),
        w=weekday(rng),
        dt=a_date(rng, year=False),
        t=a_time(rng),
    )
    doc.put(
        "[[Services|header]]: {ev} at {t}; the {ab} lunch club meets after the service. "
        "Thank you to {h} and the flower team, who have served the chapel for {y}.\n",
        ev=D(rng.choice(pools.EVENTS), "event"),
        t=a_time(rng),
        ab=age_band(rng),
        h=N(helper, rng.choice(["title", "full"]), "full"),
        y=count(rng, ["years"], 8, 30),
    )
    doc.put(
        "[[Pastoral care|header]]: my door is open. Ring {ph} or find me in {pw}.\n{p}\n{r}\n",
        ph=phone(padre, rng),
        pw=place_word(rng),
        p=N(padre, rng.choice(["rank", "title"]), "abbr_full"),
        r=D(rng.choice(["Padre", "Chaplain", "Station Chaplain"]), "rank"),
    )


def bulletin_course(doc: Doc, rng: random.Random, cast: Cast) -> None:
    svc = rng.choice(list(pools.SERVICES))
    students = [
        cast.person("a student", service=svc, ages=(19, 35)) for _ in range(rng.randint(4, 6))
    ]
    instructor = cast.person("the instructor", service=svc, ages=(28, 45))
    doc.put(
        "[[COURSE RESULTS|header]] – {c} {no}\n{d}\n\n",
        c=D(
            rng.choice(
                [
                    "Junior Leaders Course",
                    "Potential NCO Cadre",
                    "Team Medic Course",
                    "First Aid Instructor Course",
                ]
            ),
            "header",
        ),
        no=D(f"{rng.randint(1, 12)}/{rng.choice(['25', '26'])}", "file"),
        d=a_date(rng),
    )
    doc.put("[[PASSED|header]]:\n")
    for p in students[:-1]:
        doc.put(
            "  {n} ({u})\n",
            n=N(
                p,
                rng.choice(["rank", "surfirst", "init", "caps"]),
                rng.choice(["caps_init", "abbr", "init"]),
            ),
            u=unit(p),
        )
    doc.put(
        "[[Top student|header]]: {n}, who scored {sc} on the final test.\n",
        n=N(students[0], rng.choice(["rank", "full"]), "abbr_full"),
        sc=D(f"{rng.randint(88, 99)}%", "score"),
    )
    doc.put(
        "[[Back-squadded|header]]: {n}, who returns in {m} after an injury. {i} thanks all "
        "{c} for their effort.\n",
        n=N(students[-1], "rank", "abbr"),
        m=D(rng.choice(MONTHS), "date"),
        i=N(instructor, "rank", "abbr_full"),
        c=count(rng, ["students"], len(students), len(students)),
    )


BULLETIN_KINDS = [
    bulletin_orders,
    bulletin_leave,
    bulletin_sport,
    bulletin_arrivals,
    bulletin_event,
    bulletin_adverts,
    bulletin_celebrations,
    bulletin_rota,
    bulletin_church,
    bulletin_course,
]


def write_bulletin(doc: Doc, rng: random.Random, n: int) -> None:
    BULLETIN_KINDS[n % len(BULLETIN_KINDS)](doc, rng, Cast(rng))


# ---------------------------------------------------------------------------------------------
# blog: personal blogs and reflective essays of spouses and veterans

BLOG_TITLES = [
    "Ten years, six houses and one very patient dog", "What nobody tells you about the patch",
    "On leaving, and what comes after", "Letters I never sent", "Home is where the Army sends you",
    "A year of goodbyes", "The boxes are packed again",
]  # fmt: skip


def blog_head(doc: Doc, rng: random.Random, author: Person) -> None:
    doc.put(
        "{t}\n[[Posted on|header]] {d} by {a}\n\n",
        t=D(rng.choice(BLOG_TITLES), "header"),
        d=a_date(rng),
        a=N(author, rng.choice(["handle", "first", "handle"])),
    )


def blog_spouse(doc: Doc, rng: random.Random, cast: Cast) -> None:
    me = cast.person("the writer", service=None, sex=rng.choice("ffm"), ages=(28, 48))
    oh = partner_of(cast, me, rng, serving=True)
    k1, k2 = child_of(cast, rng, oldest=14), child_of(cast, rng, oldest=7)
    friend = cast.person("my friend", service=None, sex="f", ages=(26, 50))
    fhusband = cast.person("her husband", service=oh.service, sex="m", ages=(26, 50))
    boss = cast.person("his boss", service=oh.service, ages=(35, 50))
    others = [S("BASE", rng.choice(values), f) for f, values in pools.BASES[oh.service].items()]
    bases = [base(oh), *others[:2]]
    blog_head(doc, rng, me)
    doc.put(
        "When I married {o} in {y} I had no idea what I was signing up for. We met in {t} "
        "when I was {a} and {he} was a very [[young|word]] {rk} home on leave, and I remember "
        "thinking "
        "the [[Army|service]] was something that happened to other people. ",
        o=N(oh, "full"),
        y=year(rng, 2008, 2018),
        t=town(me),
        a=age(rng.randint(18, 24), words=True),
        he="he" if oh.sex == "m" else "she",
        rk=D(rng.choice(["lance corporal", "airman", "rating", "marine", "signaller"]), "rank"),
    )
    doc.put(
        "Since then we have lived at {b1}, {b2} and now {b3}: {n} in {yrs}, and every one of "
        "them with the same magnolia walls.\n\n",
        b1=bases[0],
        b2=bases[1] if len(bases) > 1 else base(boss),
        b3=base(boss),
        n=count(rng, ["houses", "quarters", "moves"], 4, 7),
        yrs=count(rng, ["years"], 8, 14),
    )
    doc.put(
        "{k1} was born on {d} in {t}, the week {o} flew out with {u}. I did the first {c} "
        "on my own with a baby who never slept and a neighbour I had met twice. That neighbour "
        "was {f}, and she is still the first person I ring. {k1b} is {ka} now and has "
        "opinions about everything; {k2} is {k2a} and mostly has opinions about dinosaurs.\n\n",
        k1=N(k1, "first"),
        d=dob(k1, rng, words=rng.random() < 0.2),
        t=a_town(rng),
        o=N(oh, rng.choice(["first", "dim"])),
        u=unit(oh),
        c=D(rng.choice(["four months", "six months", "five weeks"]), "count"),
        f=N(friend, "full"),
        k1b=N(k1, rng.choice(["first", "dim"])),
        ka=age(k1.age, words=True),
        k2=N(k2, rng.choice(["first", "dim"])),
        k2a=age(k2.age, words=rng.random() < 0.5),
    )
    doc.put(
        "People ask how we cope. Honestly, [[grace|word]] under pressure is not my thing. "
        "What gets me through is {f2} turning up with wine, her husband {fh} fixing whatever "
        "the housing contractor hasn't, and {p} for the school mums. When {o} was late back "
        "from exercise last {mon}, it was {fh2} who drove to {t} at {tm} to collect the kids.\n\n",
        f2=N(friend, "first"),
        fh=N(fhusband, rng.choice(["nick", "first", "rank"]), "abbr"),
        p=product(rng),
        o=N(oh, "first"),
        mon=D(rng.choice(MONTHS), "date"),
        fh2=N(fhusband, "rank", "abbr"),
        t=a_town(rng),
        tm=a_time(rng),
    )
    doc.put(
        "Now the posting order has come through again. {bs} wants {him} by {d}, and {bo} "
        "has promised it [[will|word]] be the last move before {he} leaves. I have heard that "
        "before. "
        "I [[hope|word]] {hope}. If you are reading this on your first patch, in your "
        "{band}, with boxes everywhere: it does get easier. Put the kettle in the last box.\n\n"
        "{so}\n",
        bs=base(oh),
        him="him" if oh.sex == "m" else "her",
        d=a_date(rng),
        bo=N(boss, "rank", "abbr_full"),
        he="he" if oh.sex == "m" else "she",
        hope=rng.choice(["so", "it is true", "they mean it"]),
        band=D(rng.choice(["twenties", "early twenties", "thirties"]), "age_band"),
        so=D(rng.choice(["Until next time", "Love to all of you", "Speak soon"]), "signoff"),
    )


def blog_veteran(doc: Doc, rng: random.Random, cast: Cast) -> None:
    me = cast.person("the writer", ages=(45, 75))
    sect = cast.person("my section commander", service=me.service, sex="m", ages=(55, 85))
    mate = cast.person("my best mate", service=me.service, sex="m", ages=(45, 75))
    wife = partner_of(cast, me, rng)
    son = cast.person("our son", service=None, sex="m", ages=(14, 30))
    counsellor = cast.person("the counsellor", service=None, ages=(30, 60))
    joined_at = rng.choice([16, 17, 18])
    served, left = career(rng, me, joined_at=joined_at)
    blog_head(doc, rng, me)
    doc.put(
        "I joined up at {a}, a skinny kid from {t} with one good pair of shoes. My first "
        "posting was {u} at {b}, and my section commander was {s}, a man who could shout "
        "the paint off a wall and then lend you a tenner. {s2} taught me more in {c} than "
        "school did in ten years.\n\n",
        a=age(joined_at, words=True),
        t=town(me),
        u=unit(me),
        b=base(me),
        s=N(sect, "rank", rng.choice(["abbr", "spelt"])),
        s2=N(sect, "sur"),
        c=count(rng, ["months"], 3, 9),
    )
    doc.put(
        "I did {tours} and left in {y} after {yrs}. The day I handed my ID card in at the "
        "guardroom I sat in the car for an hour. Nobody tells you that the hardest bit is not "
        "the tours but the {band} bit afterwards, when the phone stops ringing.\n\n",
        tours=count(rng, ["tours", "operational tours"], 2, 5),
        y=left,
        yrs=served,
        band=D(rng.choice(["mid-forties", "late thirties", "early fifties"]), "age_band"),
    )
    doc.put(
        "My mate {m} was the one who got me to talk to someone. We'd served together in "
        "{b}, and when he found me on {p} he drove down from {t} the same weekend. He made "
        "me ring {ch}, and I ended up in a room with {cs}, who listened for {dur} without "
        "once looking at the clock.\n\n",
        m=N(mate, rng.choice(["nick", "full"])),
        b=base(mate),
        p=social(rng),
        t=town(mate),
        ch=charity(rng),
        cs=N(counsellor, "title"),
        dur=D(rng.choice(["an hour", "ninety minutes", "two hours"]), "count"),
    )
    doc.put(
        "I'm {a} now. {w} and I have been married {y}, and our son {s} is {sa} and "
        "talking about joining up himself. I won't stop him. I'll tell him what {sect} told "
        "me: look after the lad next to you, and he [[will|word]] look after you. And ring your "
        "mum.\n\n{so}\n",
        a=age(me.age, words=rng.random() < 0.5),
        w=N(wife, rng.choice(["first", "dim"])),
        y=count(rng, ["years"], 15, 40),
        s=N(son, "first"),
        sa=age(son.age, words=rng.random() < 0.5),
        sect=N(sect, "nick"),
        so=D(rng.choice(["Stay safe", "Thanks for reading", "More soon"]), "signoff"),
    )


def blog_deployment(doc: Doc, rng: random.Random, cast: Cast) -> None:
    me = cast.person("the writer", service=None, sex="f", ages=(24, 45))
    oh = partner_of(cast, me, rng, serving=True)
    kid = child_of(cast, rng, oldest=10)
    mum = cast.person("my mum", service=None, sex="f", ages=(me.age + 20, me.age + 34))
    welfare = cast.person("the welfare officer", service=oh.service, ages=(30, 50))
    blog_head(doc, rng, me)
    doc.put(
        "Day one. {o} left {b} at {tm} on a {w}, with {c} and a bag I had packed twice. "
        "{k}, who is {ka}, waved until the coach turned the corner and then asked what was "
        "for tea. I love that about children.\n\n",
        o=N(oh, rng.choice(["first", "dim", "nick"])),
        b=base(oh),
        tm=a_time(rng),
        w=weekday(rng),
        c=D(f"{rng.randint(40, 180)} others", "count"),
        k=N(kid, "first"),
        ka=age(kid.age, words=rng.random() < 0.6),
    )
    doc.put(
        "Week three. The washing machine died. Mum ({m}) came down from {t} for {d} and "
        "reorganised every cupboard in the house. {u} posted photos on {p} of the lads in "
        "the sun and I searched every one for {his} face.\n\n",
        m=N(mum, rng.choice(["first", "title"]), "full"),
        t=town(mum),
        d=D(rng.choice(["a week", "ten days", "the weekend"]), "count"),
        u=unit(oh),
        p=social(rng),
        his=his(oh),
    )
    doc.put(
        "Month two. {wo} rang to check in, which I appreciated more than I said. The "
        "families' coffee morning at {pw} on {w} has become my lifeline. There are {n} of us "
        "now, mostly in our {band}, and we have a group chat that could power a small town.\n\n",
        wo=N(welfare, "rank", "abbr_full"),
        pw=place_word(rng),
        w=weekday(rng),
        n=count(rng, ["wives", "partners"], 8, 15),
        band=D(rng.choice(["twenties", "thirties"]), "age_band"),
    )
    doc.put(
        "Month five. {k} has a countdown chart on the fridge. {o} rang at {tm} our time "
        "and we talked about nothing for {d}. The {r} says they are back on {dt}. I'm not "
        "counting. (I'm counting.)\n",
        k=N(kid, rng.choice(["first", "dim"])),
        o=N(oh, "first"),
        tm=a_time(rng),
        d=D(rng.choice(["twenty minutes", "an hour", "ten minutes"]), "count"),
        r=D(rng.choice(["families officer", "UWO", "rear party"]), "rank"),
        dt=a_date(rng, year=False),
    )


def blog_move(doc: Doc, rng: random.Random, cast: Cast) -> None:
    me = cast.person("the writer", ages=(28, 50))
    partner = partner_of(cast, me, rng)
    k1, k2 = child_of(cast, rng, oldest=13), child_of(cast, rng, oldest=13)
    k1.age = max(k1.age, 8)
    removals = cast.person("the removals man", service=None, sex="m", ages=(25, 60))
    neighbour = cast.person("the new neighbour", service=None, ages=(30, 80))
    blog_head(doc, rng, me)
    doc.put(
        "We moved into {a}, {t} on {d}. It is our {n} home since I joined {u}, and the first "
        "one I have chosen myself rather than been allocated. {p} cried when we got the keys. "
        "So did I.\n\n",
        a=address(me),
        t=town(me),
        d=a_date(rng),
        n=D(rng.choice(["fifth", "sixth", "seventh"]), "count"),
        u=unit(me),
        p=N(partner, rng.choice(["first", "dim"])),
    )
    doc.put(
        "The kids had mixed feelings. {a}, who is {aa}, has moved school {c} and made me "
        "promise this is the last one. {b} is {ba} and only wanted to know if the new house "
        "had stairs. It does. {b2} has been up and down them roughly {m} times.\n\n",
        a=N(k1, "first"),
        aa=age(k1.age, words=rng.random() < 0.5),
        c=D(rng.choice(["four times", "three times", "5 times"]), "count"),
        b=N(k2, "first"),
        ba=age(k2.age),
        b2=N(k2, rng.choice(["first", "dim"])),
        m=D(rng.choice(["a thousand", "400", "a hundred"]), "count"),
    )
    doc.put(
        "A word for {r}, the removals man, who carried a piano up a [[hill|word]] in the "
        "rain without complaint, and for {n}, over the road, who arrived with a lasagne "
        "before the van had gone. I still commute to {b} three days a week, {h} each way, "
        "but coming home to a house with our name on the post is worth it.\n\n",
        r=N(removals, "first"),
        n=N(neighbour, "title", "full"),
        b=base(me),
        h=D(rng.choice(["an hour", "ninety minutes", "40 minutes"]), "count"),
    )
    doc.put(
        "If you are in the {band} and thinking about buying instead of renting from the "
        "MOD, my advice: speak to {ch}, speak to your {r2}, and do not let anyone rush you.\n",
        band=D(rng.choice(["over-30s", "under-40s", "20s"]), "age_band"),
        ch=charity(rng),
        r2=D(rng.choice(["UWO", "resettlement officer", "chain of command"]), "rank"),
    )


def blog_running(doc: Doc, rng: random.Random, cast: Cast) -> None:
    me = cast.person("the writer", ages=(25, 55))
    coach = cast.person("the club coach", service=None, ages=(30, 65))
    buddy = cast.person("my running buddy", service=me.service, ages=(25, 55))
    kid = child_of(cast, rng, oldest=12)
    partner = partner_of(cast, me, rng)
    blog_head(doc, rng, me)
    doc.put(
        "Sixteen weeks ago I could not run to the end of the road. On {w} I finished the "
        "{race} in {tm}, which is not fast, but it is mine. I'm {a}, I've been in the {sv} "
        "for {y}, and until this year the only running I did was the annual fitness test at "
        "{b}.\n\n",
        w=weekday(rng),
        race=D(
            rng.choice(
                ["Great North Run", "London Marathon", "Loch Ness Marathon", "Cardiff Half"]
            ),
            "event",
        ),
        tm=D(rng.choice(["4:41:09", "2:12:30", "5 hours 3 minutes", "1:58:44"]), "time"),
        a=age(me.age, words=rng.random() < 0.5),
        sv=service_word(me, rng),
        y=count(rng, ["years"], 5, 20),
        b=base(me),
    )
    doc.put(
        "The plan came from {c} at {cl}, who wrote it on the back of an envelope and told me "
        "to stop looking at my watch. {bu} ran every [[long|word]] run with me, even the {d} one "
        "in "
        "the sleet, and never once mentioned that {he} could have done it in half the time. "
        "We logged {k} on {p} between us.\n\n",
        c=N(coach, "full"),
        cl=D(rng.choice(pools.CLUBS), "club"),
        bu=N(buddy, rng.choice(["rank", "full"]), "abbr_full"),
        d=D(rng.choice(["18-mile", "20 mile", "three-hour"]), "count"),
        he=he(buddy),
        k=D(rng.choice(["900 miles", "1,200km", "640 miles"]), "count"),
        p=D("Strava", "product"),
    )
    doc.put(
        "At mile {m}, when I was ready to walk, I saw {pa} and {k} by the barrier with a sign "
        "that said GO ON {cap}. {k2} is {ka} and had coloured it in {refl}. I did not walk.\n\n",
        m=D(str(rng.randint(15, 24)), "count"),
        pa=N(partner, "first"),
        k=N(kid, "first"),
        cap=N(me, "caps"),
        k2=N(kid, rng.choice(["first", "dim"])),
        ka=age(kid.age, words=rng.random() < 0.5),
        refl="himself" if kid.sex == "m" else "herself",
    )
    doc.put(
        "I raised {mo} for {ch}. Next year {c2} wants me to try the {ultra}. I have told "
        "{him} where to go, politely.\n",
        mo=money(rng, 300, 3000),
        ch=charity(rng),
        c2=N(coach, "first"),
        ultra=D(rng.choice(["50k", "ultra", "100km"]), "count"),
        him="him" if coach.sex == "m" else "her",
    )


def blog_grief(doc: Doc, rng: random.Random, cast: Cast) -> None:
    me = cast.person("the writer", ages=(30, 65))
    friend = cast.person("my friend", service=me.service, ages=(28, 60))
    widow = partner_of(cast, friend, rng)
    kid = child_of(cast, rng, oldest=16)
    padre = a_padre(cast)
    blog_head(doc, rng, me)
    doc.put(
        "It is a year today since we lost {f}. I have started this post {n} times.\n\n"
        "We met on the first day at {b}, two nervous kids from opposite ends of the country: "
        "{f2} from {ft}, me from {mt}. {he} was {fa}, a year older than me, and behaved as if "
        "it were ten. We served together in {u} and then, for a while, apart, but we always "
        "found each other at {ev}.\n\n",
        f=N(friend, "full"),
        n=D(rng.choice(["six", "a dozen", "10"]), "count"),
        b=base(me),
        f2=N(friend, rng.choice(["first", "nick"])),
        ft=town(friend),
        mt=town(me),
        he=he(friend).capitalize(),
        fa=age(rng.randint(17, 22), words=True),
        u=unit(friend),
        ev=D(rng.choice(pools.EVENTS), "event"),
    )
    doc.put(
        "{f} was born on {d}. I only know the date because {he} made sure every one of us "
        "knew it, every year, in capital letters. This year {w} and I had a drink for {him} on "
        "the day, and {k}, who is {ka} now, told us a story about {par} I had never heard.\n\n",
        f=N(friend, rng.choice(["first", "sur"])),
        d=dob(friend, rng, words=rng.random() < 0.4),
        he=he(friend),
        w=N(widow, "first"),
        him="him" if friend.sex == "m" else "her",
        k=N(kid, "first"),
        ka=age(kid.age, words=rng.random() < 0.5),
        par="his dad" if friend.sex == "m" else "her mum",
    )
    doc.put(
        "{p} said at the funeral that grief is love with nowhere to go. I didn't believe it "
        "then. I do now. If you are carrying something like this, {h} answers day and night, "
        "and so, in my experience, does {ch}.\n",
        p=N(padre, "title"),
        h=D("116 123", "helpline"),
        ch=charity(rng),
    )


def blog_children(doc: Doc, rng: random.Random, cast: Cast) -> None:
    me = cast.person("the writer", service=None, sex=rng.choice("fm"), ages=(30, 50))
    oh = partner_of(cast, me, rng, serving=True)
    kids = [child_of(cast, rng, oldest=17) for _ in range(3)]
    teacher = cast.person("a teacher", service=None, ages=(28, 60))
    blog_head(doc, rng, me)
    a, b, c = kids
    doc.put(
        "Our three have been to {n} schools between them. {a}, who is {aa}, has lived in "
        "{t1}, {t2} and now {t3}; {b}, {ba}, was born in {b_town} while {o} was at {base}; and "
        "{c} ({ca}) thinks every house comes with a removal van.\n\n",
        n=D(str(rng.randint(7, 12)), "count"),
        a=N(a, "first"),
        aa=age(a.age, words=rng.random() < 0.5),
        t1=a_town(rng),
        t2=a_town(rng),
        t3=town(me),
        b=N(b, "first"),
        ba=age(b.age),
        b_town=a_town(rng),
        o=N(oh, rng.choice(["first", "rank"]), "abbr"),
        base=base(oh),
        c=N(c, "first"),
        ca=age(c.age),
    )
    doc.put(
        "What they have taught me: that friends can be made in a {d}; that {pw} is a perfectly "
        "good place for a birthday party; that a teacher like {te} at the last school, who "
        "learned every new child's name before they arrived, is worth more than any league "
        "table.\n\n",
        d=D(rng.choice(["lunchtime", "single afternoon", "day"]), "count"),
        pw=place_word(rng),
        te=N(teacher, "title"),
    )
    doc.put(
        "{a2} told me last week that {aa2} doesn't mind moving any more, because home is where "
        "{b2} and {c2} are. I cried into the washing up. Then {c3} asked if the next house would "
        "have a trampoline.\n",
        a2=N(a, rng.choice(["first", "dim"])),
        aa2=he(a),
        b2=N(b, rng.choice(["first", "dim"])),
        c2=N(c, rng.choice(["first", "dim"])),
        c3=N(c, "first"),
    )


BLOG_KINDS = [
    blog_spouse,
    blog_veteran,
    blog_deployment,
    blog_move,
    blog_running,
    blog_grief,
    blog_children,
]


def write_blog(doc: Doc, rng: random.Random, n: int) -> None:
    BLOG_KINDS[n % len(BLOG_KINDS)](doc, rng, Cast(rng))


# ---------------------------------------------------------------------------------------------
# The corpus

WRITERS = {
    "news": write_news, "forum": write_forum, "feedback": write_feedback,
    "bulletin": write_bulletin, "blog": write_blog,
}  # fmt: skip


def acceptable(doc: Doc) -> bool:
    words = len(doc.text().split())
    return doc.people > 0 and 30 <= words <= 400


def build() -> list[dict]:
    rng = random.Random(SEED)
    records = []
    for n in range(PER_STYLE):
        for style in STYLES:
            while True:
                doc = Doc(rng)
                WRITERS[style](doc, rng, n)
                if acceptable(doc):
                    break
            number = len(records) + 1
            records.append(
                {
                    "id": f"heldout-i-{number:04d}",
                    "style": style,
                    "format": "txt",
                    "text": doc.text(),
                    "spans": doc.spans,
                    "decoys": doc.decoys,
                }
            )
    return records


def serialise(records: list[dict]) -> bytes:
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records]
    return ("\n".join(lines) + "\n").encode("utf-8")


def stats(records: list[dict], data: bytes) -> str:
    types: Counter[str] = Counter()
    forms: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    styles = Counter(r["style"] for r in records)
    words = [len(r["text"].split()) for r in records]
    people = repeated = 0
    for r in records:
        for s in r["spans"]:
            types[s["type"]] += 1
            forms[f"{s['type']}/{s['form']}"] += 1
        kinds.update(d["kind"] for d in r["decoys"])
        mentions = Counter(s["entity"] for s in r["spans"] if s["type"] == "PERSON")
        people += len(mentions)
        repeated += sum(1 for c in mentions.values() if c > 1)
    out = [
        f"documents: {len(records)}",
        f"words per document: min {min(words)}, max {max(words)}, "
        f"mean {round(sum(words) / len(words))}",
        f"distinct people (entities, counted per document): {people}",
        f"people mentioned more than once in their document: {repeated}",
    ]
    for title, counter in (("style", styles), ("type", types), ("type/form", forms),
                           ("decoy kind", kinds)):  # fmt: skip
        out += ["", f"| {title} | count |", "|---|---|"]
        out += [f"| {key} | {counter[key]} |" for key in sorted(counter)]
        out.append(f"| total | {sum(counter.values())} |")
    out += ["", f"sha256: {hashlib.sha256(data).hexdigest()}"]
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with corpus.jsonl")
    parser.add_argument("--stats", action="store_true", help="print the counts")
    args = parser.parse_args()
    records = build()
    data = serialise(records)
    if args.check:
        if OUT.read_bytes() != data:
            sys.exit("corpus.jsonl differs from what the generator writes")
        print("corpus.jsonl reproduced")
    elif args.stats:
        print(stats(records, data))
    else:
        OUT.write_bytes(data)
        print(f"wrote {OUT.name}: {len(records)} documents")


if __name__ == "__main__":
    main()
