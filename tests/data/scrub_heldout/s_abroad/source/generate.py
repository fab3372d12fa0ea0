"""Write held-out corpus S (service abroad) to ../corpus.jsonl.

    python generate.py            # write ../corpus.jsonl
    python generate.py --check    # "corpus.jsonl reproduced" (exit 1 if not byte-identical)
    python generate.py --stats    # the counts SOURCE.md records

Python 3.11 standard library only. Each document is a list of pieces (plain text, a span or
a decoy) joined at the end, so every offset is exact by construction.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pools as P

SEED = 20261209
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "corpus.jsonl"
STYLE_ORDER = [
    "interview",
    "focusgroup",
    "email",
    "medical",
    "movement",
    "lec",
    "chat",
    "survey",
    "exchange",
    "bluey",
]
PER_STYLE = 40
LETTER = re.compile(r"[^\W\d_]+")
INITIALS_OK = re.compile(r"[A-ZÁÉÍÓÚŁ]{2,3}")
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
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = [
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
    "twenty-first",
    "twenty-second",
    "twenty-third",
    "twenty-fourth",
    "twenty-fifth",
    "twenty-sixth",
    "twenty-seventh",
    "twenty-eighth",
    "twenty-ninth",
    "thirtieth",
    "thirty-first",
]
DIGIT_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


class Redraw(Exception):
    """The document broke a rule: draw it again."""


def year_group(age: int) -> str:
    return "Reception" if age < 6 else f"Year {min(age - 5, 13)}"


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + (f"-{ONES[ones]}" if ones else "")


def year_words(y: int) -> str:
    if y >= 2000:
        return "two thousand" + (f" and {words(y - 2000)}" if y > 2000 else "")
    return f"{words(y // 100)} {words(y % 100)}"


def fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ß", "ss")
    text = text.replace("ı", "i")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and c.isalnum())


def spoken_digits(digits: str) -> str:
    """'07700' -> 'oh seven seven double oh' (pairs said as double)."""
    out, i = [], 0
    while i < len(digits):
        if i + 1 < len(digits) and digits[i] == digits[i + 1]:
            out.append("double " + DIGIT_WORDS[int(digits[i])])
            i += 2
        else:
            out.append(DIGIT_WORDS[int(digits[i])])
            i += 1
    return " ".join(out)


def name_words(text: str) -> set[str]:
    return {w.lower() for w in LETTER.findall(text) if len(w) >= 2}


# ---------------------------------------------------------------------------------------
# People


class Person:
    def __init__(self, first: str, sur: str, sex: str, origin: str) -> None:
        self.first, self.sur, self.sex, self.origin = first, sur, sex, origin
        self.dim: str | None = None
        self.nick: str | None = None
        self.initials: str | None = None
        self.service: str | None = None
        self.rank: tuple[str, str] | None = None
        self.values: dict[str, object] = {}
        self.typo_value: str | None = None

    @property
    def full(self) -> str:
        return f"{self.first} {self.sur}"


class Cast:
    def __init__(self, rng: random.Random, day: date) -> None:
        self.rng, self.day = rng, day
        self.used: set[str] = set()
        self.used_initials: set[str] = set()
        self.people: list[Person] = []

    def person(
        self,
        origin: str,
        sex: str | None = None,
        family: Person | None = None,
        service: str | None = None,
        child: bool = False,
    ) -> Person:
        rng = self.rng
        for _ in range(200):
            s = sex or rng.choice("mf")
            if child:
                first = rng.choice(P.CHILD_NAMES[s])
            else:
                males, females, _ = P.NAMES[origin]
                first = rng.choice(males if s == "m" else females)
            if family is not None:
                sur = family.sur
            else:
                sur = rng.choice(P.NAMES[origin][2])
                if "/" in sur:
                    sur = sur.split("/")[0 if s == "m" else 1]
            fw = name_words(first)
            sw = name_words(sur)
            if fw & self.used or fw & sw:
                continue
            if family is None and sw & self.used:
                continue
            dim = P.DIMS.get(first)
            if dim and name_words(dim) & (self.used | sw):
                dim = None
            nick = None
            if service and not child:
                nick = P.BOUND_NICKS.get(sur) or rng.choice(P.LOOSE_NICKS)
                if name_words(nick) & (self.used | fw | sw | name_words(dim or "")):
                    nick = None
            person = Person(first, sur, s, origin)
            person.dim, person.nick = dim, nick
            initials = (first[0] + sur[0]).upper()
            if (
                INITIALS_OK.fullmatch(initials)
                and initials not in P.BLOCKED_INITIALS
                and initials not in self.used_initials
            ):
                person.initials = initials
                self.used_initials.add(initials)
            if service:
                person.service = service
                person.rank = rng.choice(P.RANKS[service])
            self.used |= fw | sw | name_words(dim or "") | name_words(nick or "")
            self.people.append(person)
            return person
        raise Redraw("no name")

    # values drawn once per person per document
    def age(self, person: Person, low: int = 19, high: int = 52) -> int:
        if "age" not in person.values:
            person.values["age"] = self.rng.randint(low, high)
        return person.values["age"]  # type: ignore[return-value]

    def dob(self, person: Person) -> date:
        if "dob" not in person.values:
            age = self.age(person)
            end = safe_replace(self.day, self.day.year - age)
            start = safe_replace(self.day, self.day.year - age - 1) + timedelta(days=1)
            person.values["dob"] = start + timedelta(days=self.rng.randrange((end - start).days))
        return person.values["dob"]  # type: ignore[return-value]

    def value(self, person: Person, key: str, make) -> str:
        if key not in person.values:
            person.values[key] = make()
        return person.values[key]  # type: ignore[return-value]


def safe_replace(day: date, year: int) -> date:
    try:
        return day.replace(year=year)
    except ValueError:
        return day.replace(year=year, day=28)


# ---------------------------------------------------------------------------------------
# Pieces


def d(kind: str, text: str) -> tuple:
    return ("D", kind, text)


def s(kind: str, form: str, text: str) -> tuple:
    return ("S", kind, form, text)


def p(person: Person, form: str, text: str | None = None) -> tuple:
    return ("P", person, form, text)


class Doc:
    def __init__(self, rng: random.Random, cast: Cast) -> None:
        self.rng, self.cast = rng, cast
        self.pieces: list[tuple] = []

    def add(self, *items) -> None:
        for item in items:
            if isinstance(item, str):
                self.pieces.append(("T", item))
            elif item[0] == "P":
                _, person, form, text = item
                self.pieces.append(("P", person, form, text or render(self, person, form)))
            else:
                self.pieces.append(item)

    def line(self, *items) -> None:
        self.add(*items, "\n")


def render(doc: Doc, x: Person, form: str) -> str:
    rng = doc.rng
    if form == "full":
        return x.full
    if form == "first":
        return x.first
    if form == "sur":
        return x.sur
    if form == "dim":
        if not x.dim:
            raise Redraw("dim")
        return x.dim
    if form == "nick":
        if not x.nick:
            raise Redraw("nick")
        if P.BOUND_NICKS.get(x.sur) == x.nick and rng.random() < 0.5:
            return f"{x.nick} {x.sur}"
        return x.nick
    if form == "rank":
        if not x.rank:
            raise Redraw("rank")
        short, long = x.rank
        way = rng.randrange(6)
        if way == 0:
            return f"{long} {x.sur}"
        if way == 1:
            return f"{short} {x.first[0]} {x.sur}"
        if way == 2:
            return f"{short} {x.full}"
        if way == 3:
            return f"{short.upper()} {x.sur.upper()}"
        return f"{short} {x.sur}"
    if form == "title":
        if x.sex == "m":
            return f"Mr {x.sur}"
        return f"{rng.choice(['Mrs', 'Ms', 'Miss'])} {x.sur}"
    if form == "init":
        return rng.choice(
            [f"{x.first[0]}. {x.sur}", f"{x.first[0]} {x.sur}", f"{x.first[0]}.{x.sur}"]
        )
    if form == "initials":
        if not x.initials:
            raise Redraw("initials")
        return x.initials
    if form == "surfirst":
        return rng.choice(
            [f"{x.sur.upper()}, {x.first}", f"{x.sur}, {x.first}", f"{x.sur.upper()} {x.first}"]
        )
    if form == "caps":
        return x.full.upper()
    if form == "firstinit":
        return f"{x.first} {x.sur[0]}."
    if form == "typo":
        return typo_of(doc, x)
    if form == "handle":
        return doc.cast.value(x, "handle", lambda: make_handle(rng, x))
    if form == "spell":
        word = x.sur if LETTER.fullmatch(x.sur) else x.first.split()[0].split("-")[0]
        return "-".join(word.upper())
    raise ValueError(form)


def typo_of(doc: Doc, x: Person) -> str:
    if x.typo_value:
        return x.typo_value
    sur = x.sur
    if not LETTER.fullmatch(sur) or len(sur) < 5:
        raise Redraw("typo")
    rng = doc.rng
    for _ in range(20):
        i = rng.randrange(1, len(sur) - 2)
        way = rng.randrange(3)
        if way == 0 and sur[i] != sur[i + 1]:
            t = sur[:i] + sur[i + 1] + sur[i] + sur[i + 2 :]
        elif way == 1:
            t = sur[:i] + sur[i] + sur[i:]
        else:
            t = sur[:i] + sur[i + 1 :]
        if t.lower() != sur.lower() and t.lower() not in doc.cast.used:
            doc.cast.used.add(t.lower())
            x.typo_value = t
            return t
    raise Redraw("typo")


def make_handle(rng: random.Random, x: Person) -> str:
    first, sur = fold(x.first).lower(), fold(x.sur).lower()
    return rng.choice(
        [
            f"@{first}_{sur}{rng.randint(1, 99)}",
            f"@{first}{sur[0]}x",
            f"@{sur}.{first}",
            f"@{first}{sur}{rng.randint(70, 99)}",
        ]
    )


# ---------------------------------------------------------------------------------------
# Values


def uk_mobile(rng: random.Random) -> str:
    n = rng.randrange(1000)
    return rng.choice(
        [
            f"07700 900{n:03d}",
            f"07700900{n:03d}",
            f"+44 7700 900{n:03d}",
            f"07700 900 {n:03d}",
            f"+44 (0)7700 900{n:03d}",
            f"+447700900{n:03d}",
        ]
    )


def uk_desk(rng: random.Random) -> str:
    n = rng.randrange(1000)
    return rng.choice(
        [
            f"01632 960{n:03d}",
            f"020 7946 0{n:03d}",
            f"0113 496 0{n:03d}",
            f"+44 1632 960{n:03d}",
            f"0117 496 0{n:03d}",
        ]
    )


def intl_phone(rng: random.Random, cc: str) -> str:
    return rng.choice(P.INTL_PHONES[cc]).format(
        n=f"{rng.randrange(1000):03d}", m=f"{rng.randrange(100):02d}"
    )


def phone_words(rng: random.Random) -> str:
    n = f"{rng.randrange(1000):03d}"
    return f"{spoken_digits('07700')}, {spoken_digits('900')}, {spoken_digits(n)}"


def email_of(rng: random.Random, x: Person, mod: bool = False) -> str:
    first, sur = fold(x.first).lower(), fold(x.sur).lower()
    if mod:
        return f"{first}.{sur}{rng.randint(100, 999)}@mod.gov.uk"
    prov = rng.choice(P.PROVIDERS)
    return rng.choice(
        [
            f"{first}.{sur}@{prov}",
            f"{first}{sur}{rng.randint(1, 99)}@{prov}",
            f"{first[0]}{sur}@{prov}",
            f"{sur}.{first}@{prov}",
        ]
    )


def email_words(address: str) -> str:
    local, domain = address.split("@")
    say = lambda part: " dot ".join(part.split("."))  # noqa: E731
    return f"{say(local)} at {say(domain)}"


def svc_number(rng: random.Random, service: str | None) -> str:
    if service == "gurkha":
        return "21" + "".join(str(rng.randrange(10)) for _ in range(6))
    if service == "navy":
        return (
            rng.choice("DPC")
            + "".join(str(rng.randrange(10)) for _ in range(6))
            + rng.choice("ABCDEFGHJK")
        )
    return rng.choice(["30", "25", "24", "31"]) + "".join(str(rng.randrange(10)) for _ in range(6))


def svc_words(number: str) -> str:
    return " ".join(DIGIT_WORDS[int(c)] if c.isdigit() else c for c in number)


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni_number(rng: random.Random) -> str:
    while True:
        pre = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if pre not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    digits = "".join(str(rng.randrange(10)) for _ in range(6))
    suf = rng.choice("ABCD")
    return rng.choice(
        [
            f"{pre} {digits[:2]} {digits[2:4]} {digits[4:]} {suf}",
            f"{pre}{digits}{suf}",
            f"{pre}{digits}{suf}".lower(),
        ]
    )


def nhs_number(rng: random.Random) -> str:
    while True:
        body = [rng.randrange(10) for _ in range(9)]
        check = 11 - sum(v * (10 - i) for i, v in enumerate(body)) % 11
        if check == 10:
            continue
        digits = "".join(map(str, body)) + str(check % 11)
        return rng.choice(
            [
                f"{digits[:3]} {digits[3:6]} {digits[6:]}",
                f"{digits[:3]}-{digits[3:6]}-{digits[6:]}",
                digits,
            ]
        )


INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode(rng: random.Random, district: str) -> tuple[str, str]:
    inward = f"{rng.randrange(1, 10)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
    spoken = (
        " ".join(
            " ".join(t) if t.isalpha() else words(int(t))
            for t in re.findall(r"[A-Z]+|\d+", district)
        )
        + ", "
        + " ".join(words(int(c)) if c.isdigit() else c for c in inward)
    )
    return rng.choice(
        [f"{district} {inward}", f"{district}{inward}", f"{district} {inward}".lower()]
    ), spoken


def dob_digits(rng: random.Random, day: date, us: bool = False) -> str:
    if us:
        return rng.choice(
            [
                f"{day.month:02d}/{day.day:02d}/{day.year}",
                f"{MONTHS[day.month - 1]} {day.day}, {day.year}",
            ]
        )
    return rng.choice(
        [
            f"{day.day:02d}/{day.month:02d}/{day.year}",
            f"{day.day}.{day.month}.{day.year}",
            day.isoformat(),
            f"{day.day} {MONTHS[day.month - 1]} {day.year}",
            f"{day.day:02d} {MONTHS[day.month - 1][:3]} {day.year}",
            f"{day.day:02d}-{day.month:02d}-{day.year % 100:02d}",
            f"{day.day:02d}{MONTHS[day.month - 1][:3].upper()}{day.year % 100:02d}",
        ]
    )


def dob_words(rng: random.Random, day: date) -> str:
    month = MONTHS[day.month - 1]
    if rng.random() < 0.5:
        return f"the {ORDINALS[day.day - 1]} of {month} {year_words(day.year)}"
    return f"{month} the {ORDINALS[day.day - 1]}, {year_words(day.year)}"


def date_text(rng: random.Random, day: date) -> str:
    return rng.choice(
        [
            f"{day.day:02d}/{day.month:02d}/{day.year}",
            f"{day.day} {MONTHS[day.month - 1]} {day.year}",
            f"{day.day:02d} {MONTHS[day.month - 1][:3]} {day.year % 100:02d}",
        ]
    )


def time_text(rng: random.Random) -> str:
    return f"{rng.randrange(6, 23):02d}:{rng.choice(['00', '15', '30', '45', '10', '50'])}"


# ---------------------------------------------------------------------------------------
# Common pieces


class Ctx:
    """One document's drawing context: its cast, posting and the helpers the styles share."""

    def __init__(self, rng: random.Random, n: int, postings: list[dict] | None = None) -> None:
        self.rng = rng
        self.n = n
        self.day = date(2026, 1, 5) + timedelta(days=rng.randrange(320))
        self.cast = Cast(rng, self.day)
        self.doc = Doc(rng, self.cast)
        self.post = rng.choice(postings or P.POSTINGS)

    # places
    def base(self) -> tuple:
        form, name = self.rng.choice(self.post["bases"])
        return s("BASE", form, name)

    def uk_base(self) -> tuple:
        form, name = self.rng.choice(P.UK_BASES)
        return s("BASE", form, name)

    def town(self) -> tuple:
        return s("LOCATION", "town", self.rng.choice(self.post["towns"]))

    def uk_town(self) -> tuple:
        return s("LOCATION", "town", self.rng.choice(P.UK_TOWNS)[0])

    def hospital(self) -> tuple:
        return s("LOCATION", "site", self.rng.choice(self.post["hospital"]))

    def school(self, age: int | None = None) -> tuple:
        town = self.rng.choice(self.post["towns"])
        if age is not None and age < 5:
            kind = "Nursery"
        elif age is not None and age < 11:
            kind = self.rng.choice(["Primary School", "Infant School", "International School"])
        else:
            kind = self.rng.choice(["International School", "Community School", "High School"])
        return s("LOCATION", "site", f"{town} {kind}")

    def country(self) -> tuple:
        return d("country", self.post["country"])

    def greet(self) -> tuple:
        return d("greet", self.rng.choice(self.post["greet"]))

    def money(self, low: int = 20, high: int = 900) -> tuple:
        n = self.rng.randrange(low, high)
        return d("money", self.rng.choice(self.post["money"]).format(n=f"{n:,}"))

    def gbp(self, low: int = 20, high: int = 900) -> tuple:
        return d("money", f"£{self.rng.randrange(low, high):,}")

    def intl(self) -> tuple:
        return s("PHONE", "international", intl_phone(self.rng, self.post["cc"]))

    def unit(self, forms: tuple[str, ...] | None = None) -> tuple:
        choices = [
            u
            for u in P.UNITS
            if (forms is None or u[0] in forms)
            and ("Cyprus" not in u[1] or self.post["country"] == "Cyprus")
        ]
        form, name = self.rng.choice(choices)
        return s("UNIT", form, name)

    def bfpo(self) -> tuple:
        return s("POSTCODE", "bfpo", self.rng.choice(self.post["bfpo"]))

    def date(self, offset: int = 0) -> tuple:
        return d("date", date_text(self.rng, self.day + timedelta(days=offset)))

    def weekday(self) -> tuple:
        return d("weekday", self.rng.choice(WEEKDAYS))

    def time(self) -> tuple:
        return d("time", time_text(self.rng))

    def op(self) -> tuple:
        return d("product", self.rng.choice(P.OPERATIONS))

    def role(self, *names: str) -> tuple:
        return d("rank", self.rng.choice(names or P.ROLES))

    def team(self) -> tuple:
        return d("team", self.rng.choice(P.TEAMS))

    def helpline(self) -> tuple:
        return d("helpline", self.rng.choice(P.HELPLINES))

    def place(self) -> tuple:
        """A place word, said after "the" in the text."""
        choices = [
            w for w in P.PLACE_WORDS if "Cyprus" not in w or self.post["country"] == "Cyprus"
        ]
        return d("place_word", self.rng.choice(choices))

    def unit_for(self, x: Person) -> tuple:
        forms = {
            "army": ("battalion", "regiment", "formation", "corps"),
            "gurkha": ("battalion",),
            "raf": ("squadron",),
            "navy": ("ship", "commando"),
        }.get(x.service or "")
        if x.service == "gurkha":
            return s(
                "UNIT",
                "battalion",
                self.rng.choice(["1 RGR", "2nd Battalion The Royal Gurkha Rifles"]),
            )
        return self.unit(forms)

    def pet(self) -> tuple:
        return d("pet", self.rng.choice(P.PETS))

    def count(self, *texts: str) -> tuple:
        return d("count", self.rng.choice(texts))

    # people values
    def age(self, x: Person, as_words: bool | None = None, low=19, high=52) -> tuple:
        n = self.cast.age(x, low, high)
        if as_words is None:
            as_words = self.rng.random() < 0.4
        return s("AGE", "words" if as_words else "digits", words(n) if as_words else str(n))

    def dob(self, x: Person, as_words: bool = False, us: bool = False) -> tuple:
        day = self.cast.dob(x)
        if as_words:
            return s("DATE_OF_BIRTH", "words", dob_words(self.rng, day))
        return s("DATE_OF_BIRTH", "digits", dob_digits(self.rng, day, us))

    def mobile(self, x: Person) -> tuple:
        return s("PHONE", "digits", self.cast.value(x, "mobile", lambda: uk_mobile(self.rng)))

    def email(self, x: Person, mod: bool = False) -> tuple:
        return s("EMAIL", "plain", self.cast.value(x, "email", lambda: email_of(self.rng, x, mod)))

    def svc(self, x: Person, as_words: bool = False) -> tuple:
        number = self.cast.value(x, "svc", lambda: svc_number(self.rng, x.service))
        if as_words:
            return s("SERVICE_NUMBER", "words", svc_words(number))
        return s("SERVICE_NUMBER", "digits", number)

    def ni(self, x: Person) -> tuple:
        return s("NI_NUMBER", "digits", self.cast.value(x, "ni", lambda: ni_number(self.rng)))

    def nhs(self, x: Person) -> tuple:
        return s("NHS_NUMBER", "digits", self.cast.value(x, "nhs", lambda: nhs_number(self.rng)))

    def uk_address(self) -> list[tuple | str]:
        town, district = self.rng.choice(P.UK_TOWNS)
        street = f"{self.rng.randint(1, 98)} {self.rng.choice(P.UK_STREETS)}"
        if self.rng.random() < 0.15:
            street = f"Flat {self.rng.randint(1, 9)}, {street}"
        code, _ = uk_postcode(self.rng, district)
        return [
            s("ADDRESS", "street", street),
            ", ",
            s("LOCATION", "town", town),
            " ",
            s("POSTCODE", "plain", code),
        ]

    def foreign_address(self) -> list[tuple | str]:
        post = self.post
        if not post["streets"]:
            return [self.town()]
        street = self.rng.choice(post["streets"])
        n = self.rng.randint(1, 60)
        if post["country"] == "the States":
            addr = f"{n * 10 + self.rng.randint(0, 9)} {street}"
            return [
                s("ADDRESS", "foreign", addr),
                ", ",
                self.town(),
                ", VA ",
                s("POSTCODE", "foreign", self.rng.choice(post["postcode"])),
            ]
        addr = f"{street} {n}" + (f"-{self.rng.randint(1, 12)}" if self.rng.random() < 0.3 else "")
        return [
            s("ADDRESS", "foreign", addr),
            ", ",
            s("POSTCODE", "foreign", self.rng.choice(post["postcode"])),
            " ",
            self.town(),
        ]

    def uk_person(self, service: str | None = None, sex: str | None = None) -> Person:
        origin = self.rng.choice(["uk"] * 6 + ["west_african", "fijian"])
        if service == "gurkha":
            origin = "gurkha"
        return self.cast.person(origin, sex=sex, service=service)

    def serving(self, sex: str | None = None) -> Person:
        service = self.rng.choice(["army", "army", "raf", "navy", "gurkha"])
        return self.uk_person(service, sex)

    def local(self) -> Person:
        return self.cast.person(self.rng.choice(self.post["lec"]))

    def allied(self) -> Person:
        origin = self.rng.choice(["us", "canadian", "french", "norwegian", "dutch"])
        if self.post["country"] == "Estonia":
            origin = self.rng.choice(["french", "norwegian", "dutch", "estonian"])
        elif self.post["country"] in ("the States", "Bahrain", "Oman", "Diego Garcia", "Poland"):
            origin = "us"
        elif self.post["country"] == "Canada":
            origin = "canadian"
        return self.cast.person(origin, service=origin)


# ---------------------------------------------------------------------------------------
# Styles


def style_interview(c: Ctx) -> str:
    rng, doc = c.rng, c.doc
    k = c.n % 20
    fmt = "vtt" if k in (3, 10, 17) else "srt" if k in (6, 13, 19) else "txt"
    me = c.serving()
    spouse = c.cast.person(
        me.origin if me.origin != "gurkha" else "gurkha",
        sex="f" if me.sex == "m" else "m",
        family=me,
    )
    kid = c.cast.person("uk", family=me, child=True)
    boss = c.uk_person(rng.choice(["army", "raf"]))
    lec = c.local()
    ally = c.allied()
    wo = c.uk_person()
    interviewer = c.uk_person()
    labels = rng.choice([("INT", "P"), ("I", "R"), ("Interviewer", "Participant")])
    if fmt != "txt":
        labels = (
            ("Interviewer", "Participant")
            if fmt == "vtt"
            else rng.choice([("INT", "P"), ("I", "R")])
        )
    first_form = "nick" if me.nick and rng.random() < 0.5 else "first"
    turns: list[tuple[int, list]] = [
        (
            0,
            [
                "Thanks for doing this. Could you give your name and where you're posted, just "
                "for the recording?"
            ],
        ),
        (
            1,
            [
                c.greet(),
                "! Sorry, habit. Yeah, I'm ",
                p(me, "full"),
                ", I'm a ",
                d("rank", me.rank[1]),
                " with ",
                c.unit_for(me),
                ", posted out to ",
                c.base(),
                " in ",
                c.country(),
                ". Been here ",
                c.count("eighteen months", "two years", "nine months", "fourteen months"),
                " now.",
            ],
        ),
        (0, ["Could you spell the surname for me?"]),
        (1, [p(me, "spell"), ". Everyone out here just calls me ", p(me, first_form), " though."]),
        (0, ["How has the posting been for the family?"]),
        (
            1,
            [
                d("filler", rng.choice(P.FILLERS)),
                " mixed. My other half, ",
                p(spouse, "first"),
                ", came out in ",
                d("year", str(c.day.year - 1)),
                ". We're off the patch in ",
                c.town(),
                ", and ",
                p(kid, "first"),
                " is ",
                c.age(kid, low=5, high=11),
                " now, in ",
                d("year_group", year_group(c.cast.age(kid))),
                " at ",
                c.school(c.cast.age(kid)),
                ". ",
                d("tag", rng.choice(P.TAGS)),
                " The heat took some getting used to, and ",
                c.pet(),
                " the dog hated the flight.",
            ],
        ),
        (0, ["And work itself?"]),
        (
            1,
            [
                "My boss is ",
                p(boss, "rank"),
                ", fair enough. We've got locally employed civilians too, ",
                p(lec, "full"),
                *([", everyone calls him ", p(lec, "dim")] if lec.dim else []),
                ", been at the camp twenty years, knows everyone. And there's an exchange "
                "officer, ",
                p(ally, "rank"),
                ", who ran ",
                c.op(),
                " with us. The ",
                d("rank", rng.choice(["OC", "RSM", "CO"])),
                " is decent about leave.",
            ],
        ),
        (0, ["When things got hard, where did you go for support?"]),
        (
            1,
            [
                d("filler", rng.choice(P.FILLERS)),
                " the ",
                d("rank", "UWO"),
                " first, then ",
                c.team(),
                " sorted the school place. The welfare officer was brilliant, ",
                p(wo, "split", wo.first),
            ],
        ),
        (
            0,
            [
                p(wo, "split", wo.sur),
                ", yes, we've heard that name before. Could I take a "
                "number and an e-mail for the follow-up?",
            ],
        ),
        (
            1,
            [
                "Sure. It's ",
                s("PHONE", "words", phone_words(rng)),
                ", and e-mail is ",
                s("EMAIL", "words", email_words(email_of(rng, me))),
                ".",
            ],
        ),
    ]
    if c.n % 2 == 0:
        turns += [
            (0, ["And your date of birth, for the consent form?"]),
            (1, ["It's ", c.dob(me, as_words=True), "."]),
            (0, ["And a home postcode in the UK, if you keep one?"]),
            (
                1,
                [
                    "Yeah, my mum's, ",
                    s("POSTCODE", "words", uk_postcode(rng, rng.choice(P.UK_TOWNS)[1])[1]),
                    ".",
                ],
            ),
        ]
    else:
        turns += [
            (0, ["Could you tell me your age?"]),
            (1, ["I'm ", c.age(me, as_words=True), ". ", d("tag", "[laughs]"), " Feel older."]),
            (0, ["And the service number, so we can match the survey?"]),
            (1, [c.svc(me, as_words=True), ". Off by heart."]),
        ]
    turns += [
        (0, ["Anything you'd change about the posting?"]),
        (
            1,
            [
                "More flights home. The ",
                c.place(),
                " is the only bit of home here, honestly. And ",
                p(spouse, "first"),
                " would say the same.",
            ],
        ),
        (0, ["Thank you, that's everything."]),
    ]
    iid = f"SAB-INT-{rng.randint(100, 999)}"
    if fmt == "txt":
        doc.line("Interview ", d("file", iid))
        doc.line(d("header", "Interviewer:"), " ", p(interviewer, "full"))
        doc.line(d("header", "Date:"), " ", c.date())
        venue = (
            d("product", "Microsoft Teams")
            if rng.random() < 0.5
            else s("LOCATION", "site", f"{rng.choice(c.post['towns'])} Community Centre")
        )
        doc.line(d("header", "Venue:"), " ", venue)
        doc.add("\n")
        times = rng.random() < 0.5
        clock = rng.randint(5, 40)
        for who, items in turns:
            if times:
                clock += rng.randint(8, 70)
                doc.add(d("timestamp", f"[00:{clock // 60:02d}:{clock % 60:02d}]"), " ")
            doc.line(d("role", labels[who]), ": ", *items)
        doc.add(d("tag", "[END OF RECORDING]"))
        return fmt
    clock = rng.randint(1, 9)

    def stamp(sec: int) -> str:
        sep = "." if fmt == "vtt" else ","
        return (
            f"{sec // 3600:02d}:{sec % 3600 // 60:02d}:{sec % 60:02d}{sep}{rng.randrange(1000):03d}"
        )

    if fmt == "vtt":
        doc.add("WEBVTT\n\nNOTE interview ", d("file", iid), "\n\n")
    for number, (who, items) in enumerate(turns, start=1):
        end = clock + rng.randint(4, 30)
        if fmt == "srt":
            doc.add(f"{number}\n")
        doc.add(d("timestamp", stamp(clock)), " --> ", d("timestamp", stamp(end)), "\n")
        if fmt == "vtt":
            doc.add("<v ", d("role", labels[who]), ">", *items, "\n\n")
        else:
            doc.add(d("role", labels[who]), ": ", *items, "\n\n")
        clock = end + rng.randint(1, 5)
    return fmt


NAVAL = [
    i
    for i, post in enumerate(P.POSTINGS)
    if post["country"] in ("Bahrain", "Oman", "Diego Garcia", "Gibraltar", "the Falklands")
]


def style_focusgroup(c: Ctx) -> str:
    rng, doc = c.rng, c.doc
    ship = rng.choice(P.SHIPS)
    fac = c.uk_person()
    count = rng.randint(3, 5)
    crew = [c.uk_person("navy") for _ in range(count)]
    doc.line(d("header", "Deployment focus group"), " ", d("file", f"SAB-FG-{rng.randint(10, 99)}"))
    doc.line(d("header", "Ship:"), " ", s("UNIT", "ship", ship))
    doc.line(d("header", "Date:"), " ", c.date(), ", ", c.time())
    doc.line(d("header", "Venue:"), " ", c.base(), ", the ", c.place())
    doc.line(d("header", "Facilitator:"), " ", p(fac, "full"))
    labels = [f"P{i + 1}" for i in range(count)]
    head: list = [d("header", "Participants:"), " ", d("count", str(count)), " ("]
    for i, label in enumerate(labels):
        head += [", " if i else "", d("role", label)]
    doc.line(*head, ")")
    doc.add("\n")
    doc.line(
        d("role", "FAC"),
        ": ",
        "Welcome. Could you each say your first name and how the "
        "deployment's been for the people at home?",
    )
    for i, (label, x) in enumerate(zip(labels, crew, strict=True)):
        partner = c.cast.person(
            rng.choice(["uk", "uk", "west_african"]), sex="f" if x.sex == "m" else "m"
        )
        kid = c.cast.person("uk", family=x, child=True)
        items: list = ["I'm ", p(x, "first"), ", ", d("rank", x.rank[1].lower()), ". "]
        pick = i % 4
        if pick == 0:
            items += [
                "My partner ",
                p(partner, "first"),
                " is back in ",
                c.uk_town(),
                " with our little one ",
                p(kid, "first"),
                ", who's ",
                c.age(kid, low=1, high=9),
                ". We've been alongside in ",
                c.town(),
                " since ",
                c.date(-60),
                ", on ",
                c.op(),
                ".",
            ]
        elif pick == 1:
            items += [
                d("filler", rng.choice(P.FILLERS)),
                " the wifi's the thing. ",
                p(partner, "first"),
                " sends me videos of ",
                p(kid, "first"),
                " and they take a day to load. The bundle's ",
                c.money(10, 60),
                " a week on top. ",
                c.pet(),
                " the cat is fine, apparently.",
            ]
        elif pick == 2:
            items += [
                "Like ",
                p(crew[i - 1], "first"),
                " said. My partner ",
                p(partner, "full"),
                " rang ",
                c.team(),
                " about our quarter, they were good. ",
                p(kid, "first"),
                " is ",
                c.age(kid, low=2, high=15),
                " and doesn't get why I'm away ",
                c.count("seven months", "nine months"),
                ".",
            ]
        else:
            items += [
                "I'll be honest, I didn't know about ",
                c.helpline(),
                " until the ",
                d("rank", "Coxswain"),
                " put it on the board. ",
                p(partner, "first"),
                " found it first. ",
                d("tag", "[crosstalk]"),
            ]
        doc.line(d("role", label), ": ", *items)
    doc.line(d("role", "FAC"), ": ", "And the port visits? Did families fly out?")
    doc.line(
        d("role", labels[0]),
        ": ",
        "A few flew to ",
        c.town(),
        " for the ",
        c.count("four days", "five days", "week"),
        " stand-down. Cost about ",
        c.money(300, 900),
        " each.",
    )
    doc.line(
        d("role", labels[-1]),
        ": ",
        "Mine couldn't, ",
        d("tag", "[laughs]"),
        " ",
        p(crew[0], "first"),
        ", you were lucky.",
    )
    doc.line(d("role", "FAC"), ": ", "Thanks, everyone. We finish there.")
    return "txt"


def style_email(c: Ctx) -> str:
    rng, doc = c.rng, c.doc
    me = c.cast.person(rng.choice(["uk", "uk", "west_african", "fijian", "polish"]), sex="f")
    partner = c.serving(sex="m")
    kid = c.cast.person("uk", family=partner, child=True)
    officer = c.uk_person()
    doc.line(d("header", "From:"), " ", p(me, "full"), " <", c.email(me), ">")
    doc.line(d("header", "To:"), " ", d("team", "HIVE"), " ", c.country())
    doc.line(d("header", "Sent:"), " ", c.weekday(), " ", c.date(), " ", c.time())
    doc.line(
        d("header", "Subject:"),
        " Posting to ",
        c.country(),
        " ",
        d("file", f"HIVE/{rng.randint(1000, 9999)}"),
    )
    doc.add("\n")
    doc.line("Dear ", d("team", "HIVE"), ",")
    doc.add("\n")
    doc.line(
        "My husband ",
        p(partner, "rank"),
        " (",
        c.svc(partner),
        ") is posted to ",
        c.base(),
        " with ",
        c.unit_for(partner),
        " from ",
        c.date(30),
        ". We're moving with our son ",
        p(kid, "first"),
        ", who is ",
        c.age(kid, low=3, high=15),
        ".",
    )
    doc.line(
        "Until then our address is ",
        *c.uk_address(),
        ". After that post will reach us at ",
        s("POSTCODE", "bfpo", rng.choice(c.post["bfpo"])),
        ".",
    )
    doc.line(
        "My mobile is ",
        c.mobile(me),
        " and once we're out there it will be ",
        c.intl(),
        ". Could you tell me what the schools near ",
        c.town(),
        " are like, and whether the ",
        c.place(),
        " sells school uniform? I hope to work while we're there; my NI number for the permit is ",
        c.ni(me),
        ".",
    )
    doc.add("\n")
    doc.line("Many thanks,")
    doc.line(p(me, rng.choice(["firstinit", "first"])))
    doc.add("\n")
    doc.line(d("header", "-----Reply-----"))
    doc.line("Dear ", p(me, "title"), ",")
    doc.line(
        "Thank you for your e-mail. ",
        c.school(),
        " takes children from ",
        d("year_group", "Reception"),
        " and has places this term. The allowance is ",
        c.gbp(100, 900),
        " a month; the ",
        d("rank", "UWO"),
        " can confirm on ",
        c.weekday(),
        ". ",
        d("team", "SSAFA"),
        " run a welcome morning, and their line is ",
        c.helpline(),
        ".",
    )
    doc.line(d("signoff", rng.choice(["Kind regards,", "Best wishes,", "Regards,"])))
    doc.line(p(officer, "init"))
    doc.line(d("rank", "HIVE Information Officer"), ", ", c.base())
    doc.line(
        d("header", "Tel:"),
        " ",
        c.intl() if rng.random() < 0.5 else s("PHONE", "digits", uk_desk(rng)),
    )
    return "txt"


def style_medical(c: Ctx) -> str:
    rng, doc = c.rng, c.doc
    pt = c.serving()
    spouse = c.cast.person(pt.origin, sex="f" if pt.sex == "m" else "m", family=pt)
    doctor = c.local()
    nurse = c.local()
    mo = c.uk_person("army")
    clerk = c.uk_person()
    doc.line(d("system", "OFFICIAL-SENSITIVE PERSONAL"))
    doc.line(
        d("header", "MEDICAL / WELFARE NOTE"), " ", d("file", f"MED-{rng.randint(10000, 99999)}")
    )
    doc.line(d("header", "Hospital:"), " ", c.hospital(), ", ", c.town())
    doc.line(d("header", "Patient:"), " ", p(pt, "surfirst"))
    doc.line(d("header", "DOB:"), " ", c.dob(pt), "   ", d("header", "Age:"), " ", c.age(pt, False))
    doc.line(
        d("header", "Service No:"), " ", c.svc(pt), "   ", d("header", "Unit:"), " ", c.unit_for(pt)
    )
    doc.line(d("header", "NHS No:"), " ", c.nhs(pt))
    doc.add("\n")
    cond = rng.choice(P.CONDITIONS)
    doc.line(
        c.date(),
        " ",
        c.time(),
        " ",
        p(mo, "initials"),
        ": admitted from ",
        c.base(),
        " via ",
        d("place_word", "the Med Centre"),
        " with ",
        cond,
        ". Seen by ",
        p(doctor, "title", f"Dr {doctor.sur}"),
        ", who speaks good English; ",
        p(nurse, "full"),
        ", ",
        d("rank", "Duty Nurse"),
        ", interpreted for the family.",
    )
    doc.line(
        c.date(1),
        " ",
        c.time(),
        " ",
        p(mo, "initials"),
        ": ",
        p(pt, "rank"),
        " comfortable. NOK informed: ",
        p(spouse, "full"),
        ", ",
        c.mobile(spouse),
        ", at home at ",
        *c.uk_address(),
        ".",
    )
    doc.line(
        c.date(2),
        " ",
        p(clerk, "initials"),
        ": bill from the hospital of ",
        c.money(200, 4000),
        " sent to the ",
        d("rank", "Chief Clerk"),
        ". Discharge letter to follow from Dr ",
        p(doctor, "typo"),
        ". ",
        p(nurse, "first"),
        " has the local number, ",
        c.intl(),
        ".",
    )
    doc.line(d("header", "Action:"), " ", p(mo, "initials"), " to review on ", c.weekday(), ".")
    doc.line(
        d("header", "Action:"),
        " ",
        p(clerk, "rank") if clerk.rank else p(clerk, "init"),
        " to book the ",
        d("acronym", "CASEVAC"),
        " seat if the ",
        d("rank", "Senior Medical Officer"),
        " agrees; ",
        d("status", rng.choice(["pending", "approved", "not required"])),
        ".",
    )
    return "txt"


def style_movement(c: Ctx) -> str:
    rng, doc = c.rng, c.doc
    x = c.serving()
    clerk = c.uk_person()
    approver = c.uk_person("army")
    flight = f"{rng.choice(['RRR', 'ASCOT', 'BA'])}{rng.randint(1000, 9999)}"
    if c.n % 2 == 0:
        spouse = c.cast.person(x.origin, sex="f" if x.sex == "m" else "m", family=x)
        kid = c.cast.person("uk", family=x, child=True)
        doc.line(
            d("system", "OFFICIAL"),
            " ",
            d("header", "MOVEMENT ORDER"),
            " ",
            d("file", f"MOV/{rng.randint(100, 999)}/{c.day.year % 100}"),
        )
        doc.line(
            d("header", "Name:"),
            " ",
            p(x, "surfirst"),
            "   ",
            d("header", "Rank:"),
            " ",
            d("rank", x.rank[1]),
        )
        doc.line(
            d("header", "Service No:"),
            " ",
            c.svc(x),
            "   ",
            d("header", "Unit:"),
            " ",
            c.unit_for(x),
        )
        doc.line(
            d("header", "From:"),
            " ",
            c.uk_base(),
            "   ",
            d("header", "To:"),
            " ",
            c.base(),
            ", ",
            c.country(),
        )
        doc.line(
            d("header", "Flight:"),
            " ",
            d("file", flight),
            "   ",
            d("header", "Depart:"),
            " ",
            c.date(21),
            " ",
            c.time(),
        )
        c.cast.age(kid, 1, 16)
        doc.line(
            d("header", "Dependants:"),
            " ",
            p(spouse, "full"),
            " (",
            d("header", "DOB"),
            " ",
            c.dob(spouse),
            "); ",
            p(kid, "full"),
            " (",
            d("header", "DOB"),
            " ",
            c.dob(kid),
            ", age ",
            c.age(kid, False, 1, 16),
            ")",
        )
        doc.line(
            d("header", "NI No:"),
            " ",
            c.ni(x),
            "   ",
            d("header", "Child NHS No:"),
            " ",
            c.nhs(kid),
        )
        doc.line(d("header", "Address on posting:"), " ", *c.foreign_address())
        doc.line(
            d("header", "Contact abroad:"),
            " ",
            c.intl(),
            "   ",
            d("header", "BFPO:"),
            " ",
            c.bfpo(),
        )
        doc.line(
            d("header", "Baggage:"),
            " ",
            c.count("2 x 23 kg", "3 x 23 kg", "1 x 32 kg"),
            "; pet ",
            c.pet(),
            " travels separately.",
        )
        doc.line(
            d("header", "Authorised:"), " ", p(clerk, "init"), ", ", d("rank", "Movements Clerk")
        )
        doc.line(
            d("header", "Action:"),
            " ",
            p(clerk, "initials"),
            " to book the hire car for ",
            c.weekday(),
            ".",
        )
        doc.line(
            d("header", "Action:"),
            " ",
            p(approver, "rank"),
            " to sign the ",
            d("acronym", "LOA"),
            " claim.",
        )
        return "txt"
    others = [c.serving() for _ in range(rng.randint(2, 3))]
    doc.line(d("header", "R&R LEAVE PASS"), " ", d("file", f"RR/{rng.randint(1000, 9999)}"))
    doc.line(
        d("header", "Name:"), " ", p(x, "rank"), "   ", d("header", "Service No:"), " ", c.svc(x)
    )
    doc.line(
        d("header", "Unit:"), " ", c.unit_for(x), "   ", d("header", "Location:"), " ", c.base()
    )
    doc.line(
        d("header", "Leave:"),
        " ",
        c.count("14 days", "10 days", "18 days"),
        " from ",
        c.date(3),
        " to ",
        c.date(17),
    )
    doc.line(d("header", "Leave address:"), " ", *c.uk_address())
    doc.line(d("header", "Leave phone:"), " ", c.mobile(x))
    doc.line(d("header", "Manifest extract"), " (", d("file", flight), ", ", c.date(3), "):")
    for i, y in enumerate([x, *others], start=1):
        doc.line(
            f"{i:02d}  ",
            p(y, "caps"),
            "  ",
            c.svc(y),
            "  ",
            d("status", rng.choice(["CONFIRMED", "STANDBY", "CONFIRMED"])),
        )
    doc.line(
        d("header", "Approved:"),
        " ",
        p(approver, "rank"),
        ", ",
        d("rank", "OC"),
        ", on ",
        c.weekday(),
        ".",
    )
    doc.line(
        d("header", "Action:"),
        " ",
        p(clerk, "initials"),
        " to confirm seats with ",
        c.uk_base(),
        ".",
    )
    return "txt"


def style_lec(c: Ctx) -> str:
    rng, doc = c.rng, c.doc
    lec = c.local()
    boss = c.uk_person("army")
    hr = c.uk_person()
    ally = c.allied()
    colleague = c.local()
    doc.line(d("system", "OFFICIAL-SENSITIVE PERSONAL"))
    doc.line(
        d("header", "LOCALLY EMPLOYED CIVILIAN: STAFF NOTE"),
        " ",
        d("file", f"LEC-{rng.randint(1000, 9999)}"),
    )
    doc.line(
        d("header", "Surname:"),
        " ",
        p(lec, "sur"),
        "   ",
        d("header", "Forename(s):"),
        " ",
        p(lec, "first"),
    )
    doc.line(
        d("header", "Post:"),
        " ",
        c.role("Interpreter", "Admin Clerk", "Driver", "Storeman", "Chef", "Range Warden"),
    )
    doc.line(d("header", "Place of work:"), " ", c.base(), ", ", c.country())
    doc.line(
        d("header", "Date of birth:"),
        " ",
        c.dob(lec),
        "   ",
        d("header", "Age:"),
        " ",
        c.age(lec, False, 24, 63),
    )
    doc.line(d("header", "Home:"), " ", *c.foreign_address())
    doc.line(d("header", "Phone:"), " ", c.intl())
    doc.line(d("header", "Line manager:"), " ", p(boss, "rank"))
    doc.add("\n")
    doc.line(
        c.date(),
        ": met ",
        p(lec, "first"),
        " (",
        c.greet(),
        " was the first thing said, as always) about overtime on ",
        c.op(),
        ". Owed ",
        c.money(40, 900),
        " for ",
        c.count("six weekends", "three weekends", "twelve nights"),
        ". ",
        p(ally, "rank"),
        " has written in support.",
    )
    doc.line(
        c.date(2),
        ": ",
        p(colleague, "full"),
        " says the rota was changed without notice; to be raised with the ",
        d("rank", "Liaison Officer"),
        " on ",
        c.weekday(),
        ".",
    )
    doc.line(
        c.date(5),
        ": letter sent to Mr " if lec.sex == "m" else ": letter sent to Ms ",
        p(lec, "typo"),
        " confirming the back pay. ",
        d("status", rng.choice(["Resolved", "Open", "Referred"])),
        ".",
    )
    doc.line(d("header", "Action:"), " ", p(hr, "initials"), " to update the pay record.")
    doc.line(
        d("header", "Action:"),
        " ",
        p(boss, "init"),
        " to brief the ",
        d("rank", "Battlegroup Commander"),
        ".",
    )
    return "txt"


def style_chat(c: Ctx) -> str:
    rng, doc = c.rng, c.doc
    away = c.serving()
    home = c.cast.person(
        away.origin if away.origin != "gurkha" else "gurkha",
        sex="f" if away.sex == "m" else "m",
        family=away,
    )
    kid = c.cast.person("uk", family=away, child=True)
    stamp = c.day

    def ts(k: int) -> tuple:
        minutes = 7 * 60 + k * 150 + rng.randrange(60)
        day = stamp + timedelta(days=minutes // 1440)
        clock = f"{minutes % 1440 // 60:02d}:{minutes % 60:02d}"
        return d("timestamp", f"[{day.day:02d}/{day.month:02d}/{day.year}, {clock}]")

    if c.n % 2 == 0:
        sister = c.cast.person("uk", sex="f", family=home if rng.random() < 0.3 else None)
        away_name = p(away, rng.choice(["nick", "first"]) if away.nick else "first")
        home_form = (
            rng.choice(["full", "first", "dim"]) if home.dim else rng.choice(["full", "first"])
        )
        unsaved = s("PHONE", "digits", uk_mobile(rng))
        msgs = [
            (ts(0), p(home, home_form), [d("greet_all", "Morning all"), " ☀️"]),
            (ts(1), away_name, ["Landed at ", c.base(), " 😴 ", c.greet(), " from ", c.country()]),
            (ts(2), unsaved, ["Glad you're down safe! How hot is ", c.town(), "?"]),
            (ts(3), p(away, "first"), ["34 degrees. ", p(kid, "first"), " OK?"]),
            (
                ts(4),
                p(home, "first"),
                [
                    p(kid, "first"),
                    " lost a tooth! ",
                    c.age(kid, None, 4, 10),
                    " going on 30 🙄 ",
                    c.pet(),
                    " ate the tooth fairy note 🙈",
                ],
            ),
            (ts(5), p(home, "first"), ["<Media omitted>"]),
            (
                ts(6),
                p(away, "first"),
                [
                    "Ha. Call you ",
                    c.weekday(),
                    " after ",
                    c.op(),
                    " brief. Wifi bundle from the ",
                    c.place(),
                    " was ",
                    c.money(10, 60),
                    " 🙄",
                ],
            ),
            (ts(8), unsaved, ["I'm ", p(sister, "first"), " btw, new number, save it!"]),
            (
                ts(9),
                p(home, "first"),
                [
                    "Coffee morning with ",
                    c.team(),
                    " at ",
                    c.time(),
                    ", ",
                    d("year_group", f"Year {rng.randint(1, 6)}"),
                    " mums going",
                ],
            ),
        ]
        for stamp_item, sender, items in msgs:
            doc.line(stamp_item, " ", sender, ": ", *items)
        return "txt"
    posters = [
        c.cast.person(rng.choice(["uk", "uk", "west_african", "fijian"]), sex="f") for _ in range(3)
    ]
    helper = c.uk_person()
    girl = c.cast.person("uk", sex="f", family=posters[0], child=True)
    doc.line(
        d("header", "Overseas Families Noticeboard"),
        " > ",
        c.country(),
        " > ",
        d("header", "Topic:"),
        " moving to ",
        c.base(),
    )
    doc.add("\n")
    doc.line(p(posters[0], "handle"), " · ", c.date(), " ", c.time())
    doc.line(
        d("greet_all", "Hi all"),
        ", we land in ",
        c.town(),
        " next month with ",
        c.unit(),
        ". Our girl ",
        p(girl, "first"),
        " is ",
        c.age(girl, True, 3, 12),
        ", any views on ",
        c.school(),
        "? Also is it true the ",
        c.place(),
        " sells everything?",
    )
    doc.add("\n")
    doc.line(p(posters[1], "handle"), " · ", c.date(1), " ", c.time())
    doc.line(
        "Quoting ",
        p(posters[0], "handle"),
        ": we loved it. Ask for ",
        p(helper, "title"),
        " in the office, and ",
        c.team(),
        " know the landlords. Rent is about ",
        c.money(500, 1500),
        " a month off the patch.",
    )
    doc.add("\n")
    doc.line(p(posters[2], "handle"), " · ", c.date(2), " ", c.time())
    doc.line(
        "Agree with ",
        p(posters[1], "first"),
        " x the heat is the hard bit. Bring a fan for ",
        c.pet(),
        ", and ask ",
        p(helper, "first"),
        " about the move-in inspection.",
    )
    return "txt"


def _csv_cell(items: list, case: str) -> list:
    """Quote a free-text cell (`""` inside it), in lower case or capitals when asked."""
    out: list = ['"']
    for item in items:
        if isinstance(item, str):
            text = item.replace('"', '""')
            out.append(
                text.lower() if case == "lower" else text.upper() if case == "upper" else text
            )
        elif item[0] == "P":
            out.append(("C", item, case))
        else:
            out.append(("C", item, case))
    out.append('"')
    return out


def style_survey(c: Ctx) -> str:
    rng, doc = c.rng, c.doc
    doc.line(
        *[
            d("header", name) if i % 2 == 0 else name
            for i, name in enumerate(
                [
                    "response_id",
                    ",",
                    "submitted",
                    ",",
                    "relationship",
                    ",",
                    "service",
                    ",",
                    "age_band",
                    ",",
                    "free_text",
                ]
            )
        ]
    )
    rows = rng.randint(3, 4)
    for r in range(rows):
        case = "plain"
        roll = rng.random()
        if roll < 0.4:
            case = "lower"
        elif roll < 0.55:
            case = "upper"
        who = c.serving()
        partner = c.cast.person(
            who.origin if who.origin != "gurkha" else "gurkha",
            sex="f" if who.sex == "m" else "m",
            family=who,
        )
        kid = c.cast.person("uk", family=who, child=True)
        relationship = rng.choice(
            [
                "Serving - accompanied",
                "Serving - unaccompanied",
                "Partner - accompanied",
                "Partner - at home",
            ]
        )
        pick = r % 4
        if pick == 0:
            free = [
                "Posted to ",
                c.base(),
                " with ",
                c.unit_for(who),
                ". My partner ",
                p(partner, "first"),
                " struggles with the heat and ",
                p(kid, "first"),
                " (",
                c.age(kid, None, 2, 14),
                ") misses ",
                c.uk_town(),
                ". Call me on ",
                c.intl() if rng.random() < 0.5 else c.mobile(who),
                ". ",
                p(who, "full" if case != "upper" else "caps"),
            ]
        elif pick == 1:
            free = [
                "I'm ",
                p(who, "full" if case != "upper" else "caps"),
                '. The "welcome pack" for ',
                c.country(),
                " was out of date. ",
                p(partner, "first"),
                " waited ",
                c.count("six weeks", "four months", "ten weeks"),
                " for a work permit. E-mail ",
                c.email(who),
                ". ",
                p(who, "firstinit"),
            ]
        elif pick == 2:
            free = [
                "Our doctor at ",
                c.hospital(),
                " was great but the bill was ",
                c.money(),
                ". ",
                p(who, "rank" if who.rank else "first"),
                " was away on ",
                c.op(),
                " the whole time. ",
                p(partner, "full" if case != "upper" else "caps"),
            ]
        else:
            free = [
                "We live in ",
                c.town(),
                ". ",
                p(kid, "first"),
                " is ",
                c.age(kid, True, 5, 15),
                " and the school bus takes an hour. ",
                p(partner, "first"),
                " would do it again, I'm not sure I will.",
            ]
        service = rng.choice(["Army", "Royal Navy", "RAF", "Royal Marines"])
        band = rng.choice(["18-24", "25-34", "35-44", "45-54"])
        doc.add(
            d("file", f"R{rng.randint(10000, 99999)}"),
            ",",
            d("timestamp", f"{(c.day + timedelta(days=r)).isoformat()} {time_text(rng)}"),
            ",",
            d("status", relationship),
            ",",
            d("service", service),
            ",",
            d("age_band", band),
            ",",
        )
        for piece in _csv_cell(free, case):
            if isinstance(piece, str):
                doc.add(piece)
            else:
                _, item, how = piece
                doc.add(item)
                doc.pieces[-1] = case_piece(doc.pieces[-1], how)
        doc.add("\n")
    return "txt"


def case_piece(piece: tuple, how: str) -> tuple:
    if how == "plain":
        return piece
    fix = str.lower if how == "lower" else str.upper
    if piece[0] == "P":
        _, person, form, text = piece
        if how == "upper" and form == "full":
            form = "caps"
        return ("P", person, form, fix(text))
    if piece[0] == "S":
        return ("S", piece[1], piece[2], fix(piece[3]))
    return ("D", piece[1], fix(piece[2]))


EXCHANGE = [
    i
    for i, post in enumerate(P.POSTINGS)
    if post["country"] in ("the States", "Estonia", "Poland", "Canada", "Germany")
]


def style_exchange(c: Ctx) -> str:
    rng, doc = c.rng, c.doc
    me = c.serving()
    allies = [c.allied() for _ in range(2)]
    kid = c.cast.person("uk", family=me, child=True)
    host = c.local()
    doc.line(
        d("header", "POST REPORT"),
        " ",
        d("file", f"PR-{rng.randint(100, 999)}"),
        " ",
        d("header", "Author:"),
        " ",
        p(me, "rank"),
    )
    doc.line(
        d("header", "Post:"),
        " ",
        c.role("Exchange Officer", "Liaison Officer"),
        ", ",
        c.base(),
        ", ",
        c.country(),
    )
    doc.add("\n")
    doc.line(
        "1. ",
        c.greet(),
        " is how the day starts here. I work to ",
        p(allies[0], "rank"),
        " and alongside ",
        p(allies[1], "rank"),
        "; both have been generous. Most staff use surnames, so I answer to ",
        p(me, "sur"),
        ".",
    )
    doc.line(
        "2. Family. We rent at ",
        *c.foreign_address(),
        ". ",
        p(kid, "first"),
        " (",
        c.age(kid, None, 4, 14),
        ") is at ",
        c.school(),
        ". Our host contact, ",
        p(host, "full"),
        ", helped with the lease (deposit ",
        c.money(500, 3000),
        ").",
    )
    doc.line(
        "3. Contact: ",
        c.intl(),
        " or ",
        c.email(me, mod=True),
        ". Exercise support on ",
        c.op(),
        " ran for ",
        c.count("three weeks", "ten days", "a month"),
        ".",
    )
    doc.line(
        "4. ",
        p(allies[0], "first"),
        " has asked that the next officer arrive before ",
        d("weekday", "Friday"),
        " handover.",
    )
    return "txt"


def style_bluey(c: Ctx) -> str:
    rng, doc = c.rng, c.doc
    away = c.serving()
    sender = c.cast.person(
        away.origin if away.origin != "gurkha" else "gurkha",
        sex="f" if away.sex == "m" else "m",
        family=away,
    )
    kid = c.cast.person("uk", family=away, child=True)
    neighbour = c.cast.person("uk", sex="f")
    teacher = c.uk_person()
    for _ in range(20):
        if neighbour.dim:
            break
        neighbour = c.cast.person("uk", sex="f")
    doc.line(
        d("header", "E-BLUEY"),
        " ",
        d("file", f"EB{rng.randint(100000, 999999)}"),
        " ",
        d("header", "printed"),
        " ",
        c.date(),
    )
    doc.line(d("header", "To:"), " ", p(away, "rank"), ", ", c.unit_for(away), ", ", c.bfpo())
    doc.line(d("header", "From:"), " ", p(sender, "full"), ", ", *c.uk_address())
    doc.add("\n")
    cut = rng.randint(2, max(2, len(kid.sur) - 2))
    if rng.random() < 0.6 and LETTER.fullmatch(kid.sur):
        broken = f"{kid.first} {kid.sur[:cut]}-\n{kid.sur[cut:]}"
    else:
        broken = f"{kid.first}\n{kid.sur}"
    doc.add(
        "Hiya you,\nAll fine here. School sent a letter home addressed to ",
        p(kid, "broken", broken),
        " ha, like we don't\nknow the name. Birthday next week, ",
        c.age(kid, True, 5, 11),
        ", and wants a cake\nshaped like ",
        c.base(),
        ". ",
        d("year_group", f"Year {rng.randint(1, 6)}"),
        " are doing a project on ",
        c.country(),
        "\nand ",
        p(teacher, "title"),
        " asked if you'd send a photo. ",
        p(neighbour, "dim"),
        " next door\nhelped with the bins on ",
        c.weekday(),
        ". ",
        c.pet(),
        " is still chewing the post.\nThe car needed ",
        c.gbp(80, 600),
        " of work. Ring when you can, ",
        c.mobile(sender),
        " is on\nat night now.\n",
    )
    doc.add("Love you, ", p(sender, "first"), " xx\n")
    return "txt"


STYLES = {
    "interview": style_interview,
    "focusgroup": style_focusgroup,
    "email": style_email,
    "medical": style_medical,
    "movement": style_movement,
    "lec": style_lec,
    "chat": style_chat,
    "survey": style_survey,
    "exchange": style_exchange,
    "bluey": style_bluey,
}
POSTINGS_FOR = {
    "focusgroup": [P.POSTINGS[i] for i in NAVAL],
    "exchange": [P.POSTINGS[i] for i in EXCHANGE],
}


# ---------------------------------------------------------------------------------------
# Joining, decoy words and the redraw rules


def join(doc: Doc) -> tuple[str, list[dict], list[dict], dict[int, Person]]:
    text_parts: list[str] = []
    spans: list[dict] = []
    decoys: list[dict] = []
    entities: dict[int, str] = {}
    people: dict[int, Person] = {}
    pos = 0
    for piece in doc.pieces:
        kind = piece[0]
        value = piece[-1]
        start, end = pos, pos + len(value)
        if kind != "T" and (not value or value != value.strip()):
            raise Redraw("space")
        if kind == "P":
            person, form = piece[1], piece[2]
            key = id(person)
            if key not in entities:
                entities[key] = f"p{len(entities) + 1}"
                people[key] = person
            spans.append(
                {
                    "type": "PERSON",
                    "start": start,
                    "end": end,
                    "entity": entities[key],
                    "form": form,
                }
            )
        elif kind == "S":
            spans.append({"type": piece[1], "start": start, "end": end, "form": piece[2]})
        elif kind == "D":
            decoys.append({"start": start, "end": end, "kind": piece[1]})
        text_parts.append(value)
        pos = end
    return "".join(text_parts), spans, decoys, people


def finish(doc: Doc) -> tuple[str, list[dict], list[dict]]:
    text, spans, decoys, people = join(doc)
    names: set[str] = set()
    initials: set[str] = set()
    for x in people.values():
        for part in (x.first, x.sur, x.dim or "", x.nick or "", x.typo_value or ""):
            names |= name_words(part)
        if x.initials:
            initials.add(x.initials)
    # the redraw rules: no name word inside another label
    for mark in spans + decoys:
        if mark.get("type") in ("PERSON", "EMAIL"):
            continue
        value = text[mark["start"] : mark["end"]]
        tokens = LETTER.findall(value)
        if {t.lower() for t in tokens} & names or set(tokens) & initials:
            raise Redraw("name in label")
    covered = [False] * len(text)
    for mark in spans + decoys:
        for i in range(mark["start"], mark["end"]):
            if covered[i]:
                raise Redraw("overlap")
            covered[i] = True
    for found in LETTER.finditer(text):
        word = found.group().lower()
        if len(word) < 2 or any(covered[found.start() : found.end()]):
            continue
        if word in names or word in P.ORDINARY:
            decoys.append({"start": found.start(), "end": found.end(), "kind": "word"})
    mentions = Counter(sp["entity"] for sp in spans if sp["type"] == "PERSON")
    if max(mentions.values()) > 6:
        raise Redraw("mentions")
    if not 25 <= len(text.split()) <= 600:
        raise Redraw("length")
    owner: dict[str, str] = {}
    for sp in spans:
        if sp["type"] == "PERSON" and sp["form"] != "rank":
            value = " ".join(text[sp["start"] : sp["end"]].lower().replace(".", "").split())
            if owner.setdefault(value, sp["entity"]) != sp["entity"]:
                raise Redraw("shared name")
    spans.sort(key=lambda m: m["start"])
    decoys.sort(key=lambda m: m["start"])
    return text, spans, decoys


def build() -> str:
    rng = random.Random(SEED)
    lines = []
    for i in range(PER_STYLE * len(STYLE_ORDER)):
        style = STYLE_ORDER[i % len(STYLE_ORDER)]
        n = i // len(STYLE_ORDER)
        for _ in range(500):
            c = Ctx(rng, n, POSTINGS_FOR.get(style))
            try:
                fmt = STYLES[style](c)
                text, spans, decoys = finish(c.doc)
            except Redraw:
                continue
            break
        else:
            raise RuntimeError(f"could not draw {style} {n}")
        record = {
            "decoys": decoys,
            "format": fmt,
            "id": f"heldout-s-{i + 1:04d}",
            "spans": spans,
            "style": style,
            "text": text,
        }
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return "\n".join(lines) + "\n"


def stats(corpus: str) -> str:
    records = [json.loads(line) for line in corpus.splitlines()]
    wc = [len(r["text"].split()) for r in records]
    people = [Counter(s["entity"] for s in r["spans"] if s["type"] == "PERSON") for r in records]
    out = [
        f"documents: {len(records)}",
        f"words per document: min {min(wc)}, max {max(wc)}, mean {round(sum(wc) / len(wc))}",
        f"distinct people (entities, counted per document): {sum(len(p) for p in people)}",
        "people mentioned more than once in their document: "
        f"{sum(1 for p in people for n in p.values() if n > 1)}",
    ]

    def table(title: str, counts: Counter) -> None:
        out.extend(["", f"| {title} | count |", "|---|---|"])
        out.extend(f"| {k} | {counts[k]} |" for k in sorted(counts))
        out.append(f"| total | {sum(counts.values())} |")

    table("style", Counter(r["style"] for r in records))
    table("format", Counter(r["format"] for r in records))
    table("type", Counter(s["type"] for r in records for s in r["spans"]))
    table("type/form", Counter(f"{s['type']}/{s['form']}" for r in records for s in r["spans"]))
    table("decoy kind", Counter(d["kind"] for r in records for d in r["decoys"]))
    out.extend(["", f"sha256: {hashlib.sha256(corpus.encode('utf-8')).hexdigest()}"])
    return "\n".join(out)


def main(argv: list[str]) -> int:
    corpus = build()
    if "--check" in argv:
        if OUT.read_bytes() == corpus.encode("utf-8"):
            print("corpus.jsonl reproduced")
            return 0
        print("corpus.jsonl differs")
        return 1
    if "--stats" in argv:
        print(stats(corpus))
        return 0
    OUT.write_bytes(corpus.encode("utf-8"))
    print(f"wrote {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
