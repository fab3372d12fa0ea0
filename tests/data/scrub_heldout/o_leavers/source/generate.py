#!/usr/bin/env python3
"""Held-out scrub corpus O: service leavers and veterans in transition, and people around them.

Writes ../corpus.jsonl. Every document is a list of pieces (plain text, a labelled span or a
decoy) joined at the end, so every offset is exact by construction.

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
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pools as P

SEED = 20261213
OUT = Path(__file__).resolve().parent.parent / "corpus.jsonl"
STYLES = [
    ("interview", 80),
    ("cv", 45),
    ("letter", 45),
    ("referral", 40),
    ("email", 45),
    ("whatsapp", 40),
    ("survey", 50),
    ("gp", 35),
    ("callnotes", 40),
    ("minutes", 30),
]
NAME_ONLY = {"full", "first", "sur", "dim", "nick", "surfirst", "caps", "firstinit", "typo"}
SURNAME_FORMS = {"full", "sur", "rank", "title", "init", "surfirst", "caps"}
LOWER_OK = {"full", "first", "sur", "dim", "nick", "typo", "handle", "title", "rank", "init"}
ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = [
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second",
    "twenty-third", "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh",
    "twenty-eighth", "twenty-ninth", "thirtieth", "thirty-first",
]  # fmt: skip
DIGIT_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
WORD_RE = re.compile(r"[^\W\d_][\w'-]*")
SLIP_RE = re.compile(r"\b(?:" + "|".join(P.SLIPS) + r")\b", re.I)


def art(word: str) -> str:
    """The indefinite article as it is said before ``word``."""
    return "an" if re.match(r"[aeiouAEIOU]|HGV|IT\b", word) else "a"


class Retry(Exception):
    """The document broke a rule (a person named too often, too long): draw it again."""


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    return str(n)


def year_words(y: int) -> str:
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else " and " + words(y - 2000))
    return words(y // 100) + " " + (words(y % 100) if y % 100 >= 10 else "oh " + words(y % 100))


def suffix(day: int) -> str:
    if day in (1, 21, 31):
        return "st"
    if day in (2, 22):
        return "nd"
    if day in (3, 23):
        return "rd"
    return "th"


def spoken_digits(rng: random.Random, digits: str) -> str:
    out, i = [], 0
    while i < len(digits):
        if i + 1 < len(digits) and digits[i] == digits[i + 1] and rng.random() < 0.7:
            out.append("double " + DIGIT_WORDS[int(digits[i])])
            i += 2
        else:
            w = DIGIT_WORDS[int(digits[i])]
            out.append(w if w != "oh" or rng.random() < 0.8 else "zero")
            i += 1
    return " ".join(out)


def typo_of(rng: random.Random, sur: str) -> str:
    for _ in range(20):
        s = list(sur)
        i = rng.randrange(1, len(s) - 1) if len(s) > 3 else 1
        how = rng.choice(["swap", "double", "drop", "vowel"])
        if how == "swap" and s[i].isalpha() and s[i + 1].isalpha():
            s[i], s[i + 1] = s[i + 1], s[i]
        elif how == "double" and s[i].isalpha():
            s.insert(i, s[i])
        elif how == "drop" and len(s) > 4 and s[i].isalpha():
            del s[i]
        elif how == "vowel" and s[i] in "aeiou":
            s[i] = rng.choice([v for v in "aeiou" if v != s[i]])
        out = "".join(s)
        if out != sur and out.lower() != sur.lower() and " " not in out:
            return out
    return sur + "e"


def ascii_name(text: str) -> str:
    table = str.maketrans("áéíóúÁÉÍÓÚłŁśŚńŃżŻźŹćĆęĘąĄ", "aeiouAEIOUlLsSnNzZzZcCeEaA")
    return re.sub(r"[^a-z]", "", text.translate(table).lower())


@dataclass
class Person:
    key: int
    first: str
    sur: str
    sex: str
    dim: str | None
    nick: str | None
    service: str | None
    rank: tuple[str, str] | None
    title: str
    age: int
    dob: date
    mobile: str
    email: str
    handle: str
    street: str
    postcode: str
    town: str
    service_no: str
    ni: str
    nhs: str
    unit: tuple[str, str]
    base: tuple[str, str]
    site: str
    job: str

    def initials(self) -> str:
        parts = [self.first.split()[0], *self.sur.replace("-", " ").split()]
        parts = [p for p in parts if p[0].isupper()]
        return "".join(p[0] for p in parts[:3]).upper()


class Doc:
    def __init__(self, rng: random.Random, style: str, fmt: str = "txt") -> None:
        self.rng = rng
        self.style = style
        self.format = fmt
        self.pieces: list[tuple[str, tuple | None]] = []
        self.lower = False
        self.upper = False
        self.sloppy = False
        self.people: list[Person] = []
        self.used: set[str] = set()
        self.count: Counter[int] = Counter()
        self.sur_seen: set[int] = set()
        self.date = date(2026, 1, 5) + timedelta(days=rng.randrange(0, 320))

    # pieces -------------------------------------------------------------------------------
    def _case(self, text: str) -> str:
        if self.upper:
            return text.upper()
        return text.lower() if self.lower else text

    def t(self, *texts: str) -> None:
        for text in texts:
            if text and self.sloppy:
                text = SLIP_RE.sub(lambda m: self._slip(m.group()), text)
            if text:
                self.pieces.append((self._case(text), None))

    def _slip(self, word: str) -> str:
        if self.rng.random() > 0.6:
            return word
        slip = P.SLIPS[word.lower()]
        return slip.capitalize() if word[0].isupper() else slip

    def d(self, kind: str, text: str) -> None:
        self.pieces.append((self._case(text), ("decoy", kind)))

    def s(self, typ: str, form: str, text: str) -> None:
        self.pieces.append((self._case(text), ("span", typ, form, None)))

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    # people -------------------------------------------------------------------------------
    def cast(
        self,
        service: str | None = None,
        ages: tuple[int, int] = (24, 60),
        sex: str | None = None,
        officer: bool | None = None,
        origin: str | None = None,
    ) -> Person:
        rng = self.rng
        for _ in range(200):
            org = origin or rng.choices(list(P.ORIGIN_WEIGHTS), list(P.ORIGIN_WEIGHTS.values()))[0]
            males, females, surs = P.NAMES[org]
            sx = sex or rng.choice("mmmf" if service else "mf")
            first = rng.choice(males if sx == "m" else females)
            sur = rng.choice(surs)
            if org == "polish" and sx == "f" and sur.endswith("ski"):
                sur = sur[:-1] + "a"
            dim = P.DIMINUTIVES.get(first)
            nick = None
            if service and sx == "m":
                if sur in P.BOUND_NICKS and rng.random() < 0.7:
                    nick = P.BOUND_NICKS[sur]
                elif rng.random() < 0.3:
                    nick = rng.choice(P.LOOSE_NICKS)
            names = {w.lower() for w in WORD_RE.findall(f"{first} {sur}")}
            names |= {x.lower() for x in (dim, nick) if x}
            person_initials = None
            if names & self.used:
                continue
            age = rng.randint(*ages)
            rank = None
            if service:
                fits = [r for r in P.RANKS[service] if r[2] <= age <= r[3]]
                if officer is not None:
                    fits = [r for r in fits if (r[0] in OFFICERS) == officer] or fits
                r = rng.choice(fits) if fits else P.RANKS[service][0]
                rank = (r[0], r[1])
            key = len(self.people)
            dob = self.date - timedelta(days=365 * age + rng.randrange(5, 360))
            p = Person(
                key=key, first=first, sur=sur, sex=sx, dim=dim, nick=nick, service=service,
                rank=rank, title=rng.choice(["Mr"] if sx == "m" else ["Mrs", "Ms", "Miss"]),
                age=age, dob=dob, mobile=self._mobile(), email="", handle="", street="",
                postcode="", town=rng.choice(P.TOWNS), service_no="",
                ni=self._ni(), nhs=self._nhs(), unit=("", ""), base=("", ""),
                site=rng.choice(P.SITES), job=rng.choice(P.JOB_TITLES),
            )  # fmt: skip
            p.postcode = self._postcode(P.TOWN_AREAS.get(p.town))
            person_initials = p.initials()
            if person_initials in P.NOT_INITIALS or person_initials.lower() in self.used:
                continue
            self.used |= names | {person_initials.lower()}
            svc = service or rng.choice(list(P.UNITS))
            gurkha = [u for u in P.UNITS[svc] if "Gurkha" in u[0] or "RGR" in u[0]]
            if org == "nepali" and gurkha and rng.random() < 0.8:
                p.unit = rng.choice(gurkha)
            else:
                p.unit = rng.choice([u for u in P.UNITS[svc] if u not in gurkha])
            p.base = rng.choice(P.BASES[svc])
            p.service_no = self._service_no(svc, org)
            f, s = ascii_name(first.split()[-1]), ascii_name(sur)
            num = rng.choice(["", str(p.dob.year % 100), str(rng.randint(1, 99)), ""])
            local = rng.choice([f"{f}.{s}", f"{f}{s}", f"{f[0]}{s}", f"{f}_{s}", f"{s}.{f}"])
            p.email = f"{local}{num}@{rng.choice(P.EMAIL_DOMAINS)}"
            p.handle = rng.choice([f"{f}_{s}{num}", f"{f}.{s}", f"{f}{s}{num}", f"{f[0]}{s}_vet"])
            n = rng.randint(1, 140)
            p.street = (f"{rng.choice(P.FLATS)}, " if rng.random() < 0.15 else "") + (
                f"{n} {rng.choice(P.STREETS)}"
            )
            self.people.append(p)
            return p
        raise Retry

    def _mobile(self) -> str:
        rng = self.rng
        if rng.random() < 0.65:
            return f"07700900{rng.randint(0, 999):03d}"
        return f"07{rng.choice('3456789')}{rng.randint(0, 99999999):08d}"

    def _postcode(self, area: str | None = None) -> str:
        rng = self.rng
        area = area or rng.choice(P.POSTCODE_AREAS)
        district = str(rng.randint(1, 29 if len(area) == 2 else 9))
        return f"{area}{district} {rng.randint(0, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}" + (
            rng.choice("ABDEFGHJLNPQRSTUWXYZ")
        )

    def _ni(self) -> str:
        rng = self.rng
        while True:
            pre = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
            if pre not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
                return f"{pre}{rng.randint(0, 999999):06d}{rng.choice('ABCD')}"

    def _nhs(self) -> str:
        rng = self.rng
        while True:
            d = [rng.randint(4, 7)] + [rng.randint(0, 9) for _ in range(8)]
            check = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
            if check == 11:
                check = 0
            if check != 10:
                return "".join(map(str, d)) + str(check)

    def _service_no(self, svc: str, origin: str) -> str:
        rng = self.rng
        if origin == "nepali" and svc == "army":
            return f"21{rng.randint(0, 999999):06d}"
        if svc == "army":
            return f"{rng.choice(['25', '30', '24'])}{rng.randint(0, 999999):06d}"
        if svc == "navy":
            return f"D{rng.randint(100000, 999999)}{rng.choice('ABCDEFGHJK')}"
        if svc == "marines":
            return f"P0{rng.randint(0, 999999):06d}"
        return f"{rng.choice(['8', '30', '2'])}{rng.randint(0, 999999):06d}"

    # a person's mention -------------------------------------------------------------------
    def render(self, p: Person, form: str) -> tuple[str, str]:
        rng = self.rng
        if self.upper and form in ("handle", "full"):
            form = "caps" if form == "full" else "first"
        if self.lower and form not in LOWER_OK:
            form = {"caps": "full", "surfirst": "full", "initials": "first"}.get(form, "first")
        if form == "dim" and not p.dim:
            form = "first"
        if form == "nick" and not p.nick:
            form = "dim" if p.dim else "first"
        if form == "rank" and not p.rank:
            form = "title"
        if form == "typo" and p.key not in self.sur_seen:
            form = "sur"
        first, sur = p.first, p.sur
        if form == "full":
            return form, f"{first} {sur}"
        if form == "first":
            return form, first
        if form == "sur":
            return form, sur
        if form == "dim":
            return form, p.dim
        if form == "nick":
            bound = P.BOUND_NICKS.get(sur) == p.nick
            return form, f"{p.nick} {sur}" if bound and rng.random() < 0.4 else p.nick
        if form == "rank":
            ab, full = p.rank
            return form, rng.choice(
                [f"{ab} {sur}", f"{ab} {sur}", f"{full} {sur}", f"{ab.upper()} {sur.upper()}",
                 f"{ab} {first[0]} {sur}", f"{ab} {first} {sur}"]
            )  # fmt: skip
        if form == "title":
            t = "Dr" if rng.random() < 0.08 else p.title
            return form, rng.choice([f"{t} {sur}", f"{t} {sur}", f"{t} {first} {sur}"])
        if form == "init":
            return form, rng.choice(
                [f"{first[0]}. {sur}", f"{first[0]} {sur}", f"{first[0]}.{sur}"]
            )
        if form == "initials":
            return form, p.initials()
        if form == "surfirst":
            return form, rng.choice(
                [f"{sur}, {first}", f"{sur.upper()}, {first}", f"{sur.upper()} {first}"]
            )
        if form == "caps":
            return form, f"{first} {sur}".upper()
        if form == "firstinit":
            return form, rng.choice([f"{first} {sur[0]}.", f"{first} {sur[0]}"])
        if form == "typo":
            t = typo_of(rng, sur)
            return form, f"{first} {t}" if rng.random() < 0.3 else t
        if form == "handle":
            return form, p.handle
        raise ValueError(form)

    def p(self, person: Person, *forms: str, upper: bool = False) -> None:
        form = self.rng.choice(forms) if forms else "full"
        form, text = self.render(person, form)
        text = text.upper() if upper else text
        if form in SURNAME_FORMS:
            self.sur_seen.add(person.key)
        self.count[person.key] += 1
        self.pieces.append((self._case(text), ("span", "PERSON", form, person.key)))

    # values -------------------------------------------------------------------------------
    def phone(self, p: Person, spoken: bool = False) -> None:
        m = p.mobile
        if spoken:
            self.s("PHONE", "words", spoken_digits(self.rng, m))
            return
        self.s(
            "PHONE",
            "digits",
            self.pick(
                [f"{m[:5]} {m[5:]}", m, f"{m[:5]} {m[5:8]} {m[8:]}", f"+44 {m[1:5]} {m[5:]}",
                 f"+44 (0){m[1:5]} {m[5:]}", f"{m[:5]}-{m[5:8]}-{m[8:]}", f"+44{m[1:]}"]
            ),
        )  # fmt: skip

    def landline(self) -> None:
        rng = self.rng
        area, rest = rng.choice(
            [("0117", "496 0{:03d}"), ("0113", "496 0{:03d}"), ("0121", "496 0{:03d}"),
             ("0131", "496 0{:03d}"), ("01632", "960{:03d}"), ("020", "7946 0{:03d}"),
             ("029", "2018 0{:03d}"), ("0141", "496 0{:03d}")]
        )  # fmt: skip
        local = rest.format(rng.randint(0, 999))
        self.s("PHONE", "digits", self.pick([f"{area} {local}", f"({area}) {local}"]))

    def email(self, p: Person, spoken: bool = False) -> None:
        if spoken:
            e = p.email.replace(".", " dot ").replace("@", " at ").replace("_", " underscore ")
            self.s("EMAIL", "words", e)
        else:
            self.s("EMAIL", "plain", p.email)

    def postcode(self, p: Person, spoken: bool = False) -> None:
        pc = p.postcode
        if spoken:
            out = []
            for ch in pc:
                if ch == " ":
                    out[-1] += ","
                else:
                    out.append(words(int(ch)) if ch.isdigit() else ch)
            self.s("POSTCODE", "words", " ".join(out))
        else:
            self.s("POSTCODE", "plain", self.pick([pc, pc, pc, pc.replace(" ", ""), pc.lower()]))

    def address(self, p: Person, sep: str = ", ", town: bool = True, pc: bool = True) -> None:
        self.s("ADDRESS", "street", p.street)
        if town:
            self.t(sep)
            self.s("LOCATION", "town", p.town)
        if pc:
            self.t(sep if self.chance(0.5) else " ")
            self.postcode(p)

    def age(self, n: int, spoken: bool | None = None) -> None:
        spoken = self.chance(0.35) if spoken is None else spoken
        self.s("AGE", "words" if spoken else "digits", words(n) if spoken else str(n))

    def dob(self, p: Person, spoken: bool = False) -> None:
        b = p.dob
        if spoken:
            self.s(
                "DATE_OF_BIRTH",
                "words",
                f"the {ORDINALS[b.day]} of {P.MONTHS[b.month - 1]} {year_words(b.year)}",
            )
            return
        m = P.MONTHS[b.month - 1]
        self.s(
            "DATE_OF_BIRTH",
            "digits",
            self.pick(
                [f"{b.day:02d}/{b.month:02d}/{b.year}",
                 f"{b.day:02d}.{b.month:02d}.{b.year % 100:02d}",
                 f"{b.day} {m} {b.year}", f"{b.day:02d}-{m[:3]}-{b.year}", b.isoformat(),
                 f"{b.day}{suffix(b.day)} {m} {b.year}", f"{b.day}/{b.month}/{b.year % 100:02d}"]
            ),
        )  # fmt: skip

    def sno(self, p: Person, spoken: bool = False) -> None:
        n = p.service_no
        if spoken:
            out = " ".join(c if c.isalpha() else DIGIT_WORDS[int(c)] for c in n)
            self.s("SERVICE_NUMBER", "words", out)
        else:
            self.s("SERVICE_NUMBER", "digits", n)

    def ni(self, p: Person) -> None:
        n = p.ni
        self.s(
            "NI_NUMBER",
            "digits",
            self.pick([n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n.lower(), n]),
        )

    def nhs(self, p: Person) -> None:
        n = p.nhs
        self.s(
            "NHS_NUMBER",
            "digits",
            self.pick([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"]),
        )

    def unit(self, p: Person) -> None:
        name, form = p.unit
        self.s("UNIT", form, name)

    def base(self, p: Person | None = None) -> None:
        if p is None:
            name, form = self.pick(P.BASES[self.pick(list(P.BASES))])
        else:
            name, form = p.base
        self.s("BASE", form, name)

    def town(self, name: str | None = None) -> None:
        self.s("LOCATION", "town", name or self.pick(P.TOWNS))

    def site(self, p: Person) -> None:
        self.s("LOCATION", "site", p.site)

    def when(self, kind: str = "date", back: int = 400, ahead: int = 0) -> date:
        d = self.date + timedelta(days=self.rng.randint(-back, ahead))
        self.date_text(d)
        return d

    def date_text(self, d: date, layout: int | None = None) -> None:
        m = P.MONTHS[d.month - 1]
        layouts = [
            f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day} {m} {d.year}",
            f"{d.day}{suffix(d.day)} {m}",
            f"{d.day} {m[:3]} {d.year}", f"{m} {d.year}", f"{d.day}.{d.month}.{d.year % 100:02d}",
        ]  # fmt: skip
        self.d("date", layouts[layout] if layout is not None else self.pick(layouts))

    def money(self, size: str = "small") -> None:
        r = self.rng
        small = [
            f"£{r.randint(20, 950)}",
            f"£{r.randint(100, 1500)}.{r.randint(0, 99):02d}",
            f"{r.randint(2, 9)} hundred quid",
        ]
        big = [
            f"£{r.randint(2, 90) * 1000:,}",
            f"{r.randint(2, 60)} grand",
            f"£{r.randint(12, 48)}k",
            f"£{r.randint(3000, 99000):,}.{r.randint(0, 99):02d}",
        ]
        self.d("money", self.pick(big if size == "big" else small))  # fmt: skip

    def clock(self) -> None:
        h, m = self.rng.randint(7, 21), self.pick([0, 15, 30, 45, 10, 20])
        self.d(
            "time",
            self.pick([f"{h:02d}:{m:02d}",
                       f"{h % 12 or 12}.{m:02d}pm" if h > 12 else f"{h}.{m:02d}am",
                       f"{h % 12 or 12}{'pm' if h >= 12 else 'am'}", f"{h:02d}{m:02d}hrs"]),
        )  # fmt: skip

    def count_words(self, lo: int, hi: int) -> None:
        n = self.rng.randint(lo, hi)
        self.d("count", words(n) if self.chance(0.5) else str(n))

    # finish -------------------------------------------------------------------------------
    def finish(self, ident: str) -> dict:
        if not self.count or max(self.count.values()) > 6:
            raise Retry
        merged: list[tuple[str, tuple | None]] = []
        for text, mark in self.pieces:
            if mark is None and merged and merged[-1][1] is None:
                merged[-1] = (merged[-1][0] + text, None)
            else:
                merged.append((text, mark))
        names = set(P.WORD_NAMES)
        for text, mark in merged:
            if mark and mark[0] == "span" and mark[1] == "PERSON" and mark[2] in NAME_ONLY:
                names |= {w.lower() for w in WORD_RE.findall(text) if len(w) >= 3}
        alternation = "|".join(sorted(map(re.escape, names), key=len, reverse=True))
        pattern = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.I)
        pieces: list[tuple[str, tuple | None]] = []
        for text, mark in merged:
            if mark is not None:
                pieces.append((text, mark))
                continue
            at = 0
            for m in pattern.finditer(text):
                if m.start() > at:
                    pieces.append((text[at : m.start()], None))
                pieces.append((m.group(), ("decoy", "word")))
                at = m.end()
            if at < len(text):
                pieces.append((text[at:], None))
        out, spans, decoys, entity = [], [], [], {}
        pos = 0
        for text, mark in pieces:
            if mark is not None:
                if not text or text != text.strip():
                    raise ValueError((ident, text))
                if mark[0] == "decoy":
                    decoys.append({"end": pos + len(text), "kind": mark[1], "start": pos})
                else:
                    span = {"end": pos + len(text), "form": mark[2], "start": pos, "type": mark[1]}
                    if mark[3] is not None:
                        span["entity"] = entity.setdefault(mark[3], f"p{len(entity) + 1}")
                    spans.append(span)
            out.append(text)
            pos += len(text)
        text = "".join(out)
        if not 25 <= len(text.split()) <= 600:
            raise Retry
        return {
            "decoys": decoys,
            "format": self.format,
            "id": ident,
            "spans": spans,
            "style": self.style,
            "text": text,
        }


OFFICERS = {"Capt", "Maj", "Lt Col", "Lt Cdr", "Cdr", "Flt Lt", "Sqn Ldr", "Wg Cdr"}


# Supporting cast ---------------------------------------------------------------------------


def role(d: Doc, name: str) -> Person:
    """The document's one person in a role, cast on first use."""
    cache = d.__dict__.setdefault("roles", {})
    if name in cache:
        return cache[name]
    me = cache.get("me")
    svc = me.service if me and me.service else "army"
    if name == "mate":
        p = d.cast(svc, (24, 60), sex="m")
    elif name == "lost":
        p = d.cast(svc, (19, 30), sex="m")
    elif name == "welfare":
        p = d.cast(svc, (30, 55), officer=d.chance(0.5))
    elif name == "partner":
        p = d.cast(None, (24, 58), sex="f" if not me or me.sex == "m" else "m")
    elif name == "child":
        p = d.cast(None, (4, max(4, min(17, (me.age if me else 40) - 20))))
    elif name in ("doctor", "psych"):
        p = d.cast(None, (30, 62))
        p.title = "Dr"
    else:
        p = d.cast(None, (25, 62))
    cache[name] = p
    return p


def me_of(d: Doc) -> Person:
    return d.__dict__["roles"]["me"]


def new_me(d: Doc, ages: tuple[int, int] = (22, 62)) -> Person:
    svc = d.rng.choices(["army", "navy", "marines", "raf"], [55, 15, 12, 18])[0]
    origin = None
    if svc == "army" and d.chance(0.12):
        origin = "nepali"
    p = d.cast(svc, ages, origin=origin)
    d.__dict__.setdefault("roles", {})["me"] = p
    return p


def service_word(d: Doc, p: Person, the: bool = False) -> None:
    names = P.SERVICE_NAMES[p.service or "army"]
    d.d("service", d.pick([n for n in names if n.startswith("the ")] if the else names))


def acr(d: Doc, *names: str) -> None:
    d.d("acronym", d.pick(names) if names else d.pick(P.ACRONYMS))


# First-person talk: each topic writes one to three sentences in the participant's voice. ---


def say(d: Doc, *parts) -> None:
    """Plain strings are written as they are; callables write a span or decoy."""
    for part in parts:
        if callable(part):
            part()
        else:
            d.t(part)


def tp_joined(d: Doc, me: Person) -> None:
    joined = d.rng.randint(16, max(16, min(30, me.age - 3)))
    year = str(d.date.year - (me.age - joined))
    name, form = d.pick(P.BASIC[me.service or "army"])
    basic = lambda: d.s("BASE", form, name)  # noqa: E731
    if d.chance(0.5):
        say(
            d,
            "I joined ",
            lambda: service_word(d, me, the=True),
            " in ",
            lambda: d.d("year", year),
            d.pick([" when I was ", " at ", " aged "]),
            lambda: d.age(joined),
            ", did basic at ",
            basic,
            " and then it was ",
            lambda: d.unit(me),
            d.pick([" for most of it. ", " till the end. ", ", proper family. "]),
        )
    else:
        say(d, "Went to the careers office at ", lambda: d.age(joined),
            d.pick([", straight from school. ", ", the dole queue or the forces. "]),
            "Basic at ", basic, ", passed out ", lambda: d.d("year", year),
            ", posted to ", lambda: d.unit(me), " at ", lambda: d.base(me), ". ")  # fmt: skip


def tp_leaving(d: Doc, me: Person) -> None:
    d.t(d.pick(["My last day was ", "I got out on ", "Discharge date was ", "I left on "]))
    if d.chance(0.3):
        gone = d.date - timedelta(days=d.rng.randint(20, 500))
        d.d("date", f"the {ORDINALS[gone.day]} of {P.MONTHS[gone.month - 1]}")
    else:
        d.when(back=500)
    d.t(", ")
    d.count_words(4, 24)
    d.t(" years in. ")
    if d.chance(0.6):
        name, form = d.pick(P.MED_BASES)
        say(d, d.pick(["It was a medical, the board at ", "Medically discharged. The board at "]),
            lambda: d.s("BASE", form, name), " graded me ",
            lambda: d.d("acronym", d.pick(["P7", "P8", "MND", "MFD"])),
            d.pick([" and that was that. ", ", no appeal. ", ". ",
                    ", I never saw it coming. "]))  # fmt: skip
    else:
        say(
            d,
            d.pick(["I signed off, did my ", "I put my notice in, did the "]),
            lambda: acr(d, "IRTC", "MDS", "SLF"),
            " and walked out the gate. ",
        )


def tp_ctp(d: Doc, me: Person) -> None:
    ctp = role(d, "ctp")
    if d.chance(0.5):
        say(d, "The ", lambda: acr(d, "CTP"),
            d.pick([" were alright actually. ", " were hit and miss. ", " did their best. "]),
            "My consultant, ", lambda: d.p(ctp, "first", "full", "title"), ", got me on ",
            lambda: d.d("product", d.pick(P.COURSES)), " and I used my ",
            lambda: acr(d, "ELCs", "SLF"), " for it. ")  # fmt: skip
    else:
        say(d, "Resettlement was a tick-box. I did the three-day workshop and ",
            lambda: d.p(ctp, "first", "title", "full"),
            d.pick([" at the ", " from the "]), lambda: acr(d, "CTP"),
            " said I should look at ", lambda: d.d("rank", d.pick(P.JOB_TITLES)),
            " work, which I'd never thought of. ")  # fmt: skip


def tp_sfa(d: Doc, me: Person) -> None:
    if d.chance(0.55):
        say(d, "We had to hand the quarter back at ",
            lambda: d.address(me, town=d.chance(0.6), pc=d.chance(0.4)), " by ",
            lambda: d.when(back=200, ahead=60), ". The march-out with the ",
            lambda: acr(d, "DIO", "SFA"), " bloke took ", lambda: d.count_words(2, 5),
            " hours and they still charged us ", lambda: d.money(), " for the oven. ")  # fmt: skip
    else:
        say(d, "Ninety-three days' notice on the ", lambda: acr(d, "SFA"),
            " and the council won't look at you until the eviction letter. We were at ",
            lambda: d.s("ADDRESS", "street", me.street), " on the patch at ",
            lambda: d.base(me), d.pick([" for six years. ", ", kids born there. "]))  # fmt: skip


def tp_council(d: Doc, me: Person) -> None:
    charity = lambda: d.d(  # noqa: E731
        "product", d.pick(["Stoll", "Haig Housing", "Riverside Veterans", "SSAFA", "Alabaré"])
    )
    if d.chance(0.5):
        say(d, lambda: d.town(me.town), d.pick([" council ", " Council "]),
            "said we weren't a priority, even with ",
            lambda: d.d("product", "the Armed Forces Covenant"), ". ",
            lambda: d.d("rank", d.pick(["The housing officer", "The Armed Forces Champion",
                                        "The duty officer"])),
            " told me to try ", charity, ". ")  # fmt: skip
    else:
        say(d, "I rang the council in ", lambda: d.town(me.town), " on a ",
            lambda: d.d("weekday", d.pick(P.WEEKDAYS)), " and got ",
            lambda: d.d("rank", d.pick(["the Armed Forces Champion", "a housing officer"])),
            " who'd never heard of the Covenant, honestly. Ended up with ", charity,
            ". ")  # fmt: skip


def tp_mate(d: Doc, me: Person) -> None:
    mate = role(d, "mate")
    opener = d.pick(["My old oppo ", "A lad from my section, ", "My mate ", "Me and "])
    d.t(opener)
    d.p(mate, "nick", "full", "rank", "dim", "first")
    if opener == "Me and ":
        d.t(d.pick([" still meet up, he was in ", " go back years, we were both in "]))
        d.unit(mate)
        d.t(". ")
    else:
        d.t(", from ")
        d.unit(mate)
        d.t(", rings me every ")
        d.d("weekday", d.pick(P.WEEKDAYS))
        d.t(". ")
    if mate.nick and d.chance(0.6):
        d.t(d.pick(["Everyone called him ", "We called him "]))
        d.p(mate, "nick")
        d.t(d.pick([", his real name's ", ", real name "]))
        d.p(mate, "full", "first")
        d.t(". ")
    elif d.chance(0.5):
        d.t("He's in ")
        d.town(mate.town)
        d.t(d.pick([" now, drives for ", " now, works at "]))
        d.site(mate)
        d.t(". ")


def tp_gp(d: Doc, me: Person) -> None:
    doc = role(d, "doctor")
    service = lambda: d.d(  # noqa: E731
        "product", d.pick(["Op COURAGE", "Combat Stress", "the CMHT", "Op FORTITUDE", "IAPT"])
    )
    if d.chance(0.6):
        say(d, "My ", lambda: acr(d, "GP"), ", ", lambda: d.p(doc, "title"),
            d.pick([", finally referred me to ", ", put me through to ", ", sent me to "]),
            service, ". ")  # fmt: skip
    else:
        say(d, "I'd not registered with a ", lambda: acr(d, "GP"), " for ",
            lambda: d.count_words(2, 4), " years after I got out. The new one, ",
            lambda: d.p(doc, "title", "first"), ", flagged me as a veteran and rang ",
            service, " while I sat there. ")  # fmt: skip
    if d.chance(0.5):
        say(
            d,
            "They've said it's ",
            lambda: acr(d, "PTSD", "TBI", "MSK"),
            d.pick([" and depression. ", ", which I knew. ", ". "]),
        )


def tp_money(d: Doc, me: Person) -> None:
    say(d, "The ", lambda: acr(d, "AFCS", "WPS"),
        d.pick([" award came through at ", " payout was "]), lambda: d.money("big"),
        ", and my ", lambda: acr(d, "AFPS 75", "AFPS 15"), " pension is about ",
        lambda: d.money(),
        d.pick([" a month. ", " a year, which doesn't go far. ",
                " a month before tax. "]))  # fmt: skip
    if d.chance(0.4):
        say(
            d,
            lambda: acr(d, "PIP", "UC", "ESA"),
            " got turned down by the ",
            lambda: acr(d, "DWP"),
            " first time, won it at tribunal. ",
        )


def tp_job(d: Doc, me: Person) -> None:
    boss = role(d, "manager")
    say(
        d,
        d.pick(["I'm at ", "I got a job at ", "I've started at ", "Six months now at "]),
        lambda: d.site(me),
        f" as {art(me.job)} ",
        lambda: d.d("rank", me.job),
        ". ",
    )
    say(d, d.pick(["The manager, ", "My boss, ", "The shift lead, "]),
        lambda: d.p(boss, "first", "full", "title"),
        d.pick([", is ex-forces as well. ", ", doesn't get it. ",
                ", has been sound. "]))  # fmt: skip


def tp_family(d: Doc, me: Person) -> None:
    partner = role(d, "partner")
    child = role(d, "child")
    word = "wife " if partner.sex == "f" else "husband "
    if d.chance(0.5):
        say(d, "My ", word, lambda: d.p(partner, "first", "dim"),
            " has carried us. Our youngest, ", lambda: d.p(child, "first", "dim"), ", is ",
            lambda: d.age(child.age), " and didn't want to leave school in ",
            lambda: d.town(partner.town), ". ")  # fmt: skip
    else:
        end = d.pick([" started at a new school. ", " found the move hardest, being "])
        say(d, lambda: d.p(partner, "first", "dim"), " (that's the ", word.strip(),
            ") went back to work at ", lambda: d.site(partner), ", and ",
            lambda: d.p(child, "first", "dim"), end)  # fmt: skip
        if end.endswith("being "):
            d.age(child.age)
            d.t(". ")


def tp_group(d: Doc, me: Person) -> None:
    say(d, d.pick(["There's a breakfast club at ", "I go to a veterans' drop-in at "]),
        lambda: d.d("place_word", d.pick(P.PLACE_WORDS)), " every ",
        lambda: d.d("weekday", d.pick(P.WEEKDAYS)), " at ", lambda: d.clock(), ", run by ",
        lambda: d.d("product", d.pick(CLUB_RUNNERS)), ". ")  # fmt: skip


CLUB_RUNNERS = [
    "the Royal British Legion", "RBL", "SSAFA", "Help for Heroes", "the Poppy Factory",
    "Walking With The Wounded", "the council", "Combat Stress", "the Officers' Association",
]  # fmt: skip


def tp_words(d: Doc, me: Person) -> None:
    d.t(
        d.pick(
            [
                "To be frank, I hope the grant comes through, but I will believe it when I "
                "see it. ",
                "Mark my words, the long and short of it is nobody joins the dots. ",
                "The gas bill alone would make you cry, and the young ones don't get it. ",
                "We live a stone's throw from the village hall, which is handy for the Legion. ",
                "It took a long time to find any joy in civvy street. ",
                "Saving grace was the dog, honestly, and the walks up the hill. ",
                "The white goods were ours but the brown furniture went back to the stores. ",
                "I will say the field side of it never left me. ",
                "You cross your fingers and hope for the best. ",
                "Having a bath without someone banging on the door was a novelty, I'll grant you. ",
                "There's no sky like the one over the ranges at dawn. ",
            ]
        )
    )


def tp_ageband(d: Doc, me: Person) -> None:
    say(d, "I ticked the ",
        lambda: d.d("age_band", d.pick([b for b, lo, hi in P.BANDS if lo <= me.age <= hi])),
        d.pick([" box on the form, I'm ", " bracket, I'm "]), lambda: d.age(me.age),
        d.pick([" now. ", " next month. ", " this year. "]))  # fmt: skip


def tp_mood(d: Doc, me: Person) -> None:
    text = d.pick(
        [
            "Some days I don't get out of bed. ",
            "The nights are the worst, I sleep maybe ",
            "I was drinking more than I'd admit. ",
            "It's the routine I miss, more than anything. ",
            "You lose your identity. One day you're somebody, next day you're a number at the "
            "job centre. ",
        ]
    )
    d.t(text)
    if text.endswith("maybe "):
        d.count_words(2, 4)
        d.t(" hours. ")


def tp_welfare(d: Doc, me: Person) -> None:
    w = role(d, "welfare")
    say(d, d.pick(["The only one who checked on me was ", "Credit where it's due, "]),
        lambda: d.p(w, "rank", "rank", "full"), " at ", lambda: d.base(w), ", and ",
        lambda: d.d("rank", d.pick(["the padre", "the UWO", "the RSM", "the adjutant"])),
        d.pick([" did nothing. ", " was useless. ", " was decent too. "]))  # fmt: skip


def tp_lost(d: Doc, me: Person) -> None:
    lost = role(d, "lost")
    say(d, d.pick(["We lost ", "I think about "]), lambda: d.p(lost, "rank", "full", "nick"),
        d.pick([", killed in ", ", we lost him in ", " in "]),
        lambda: d.d("year", str(d.rng.randint(2006, 2014))), ". He was ",
        lambda: d.age(lost.age), ". ")  # fmt: skip


def tp_housing_charity(d: Doc, me: Person) -> None:
    say(d, lambda: d.d("product", d.pick(["Stoll", "Haig Housing", "Riverside Veterans",
                                          "Alabaré", "SSAFA"])),
        " found me a flat in ", lambda: d.town(), " after ", lambda: d.count_words(3, 16),
        d.pick([" weeks of sofa surfing. ", " weeks in the car. "]))  # fmt: skip


def tp_gurkha(d: Doc, me: Person) -> None:
    say(d, "My father was in ", lambda: d.d("service", "the Brigade"), " too, we came to ",
        lambda: d.town(), " in ", lambda: d.d("year", str(d.rng.randint(2004, 2012))), ". ",
        lambda: d.d("product", "the Gurkha Welfare Trust"), " helped with the forms. ")  # fmt: skip


TOPICS = [
    ("When did you join up?", tp_joined),
    ("Tell me about leaving.", tp_leaving),
    ("How did you find resettlement?", tp_ctp),
    ("What happened with the quarter?", tp_sfa),
    ("And the council?", tp_council),
    ("Do you keep in touch with anyone?", tp_mate),
    ("Have you had any health support?", tp_gp),
    ("How are you fixed for money?", tp_money),
    ("What are you doing for work?", tp_job),
    ("How's the family with it all?", tp_family),
    ("Is there anything locally?", tp_group),
    ("How would you sum it up?", tp_words),
    ("How old are you, if you don't mind?", tp_ageband),
    ("How are you sleeping?", tp_mood),
    ("Who supported you on the way out?", tp_welfare),
    ("Is there anything from your service that stays with you?", tp_lost),
    ("Where are you living now?", tp_housing_charity),
]


def talk(d: Doc, me: Person, n: int, lower: bool = False) -> None:
    done = d.__dict__.setdefault("topics", set())
    left = [t for t in TOPICS if t[1] not in done and (t[1] is not tp_lost or me.age >= 36)]
    topics = d.rng.sample(left, min(n, len(left)))
    if d.chance(0.3) and me.first in P.NAMES["nepali"][0] and tp_gurkha not in done:
        topics[0] = ("Tell me about your family.", tp_gurkha)
    done.update(t[1] for t in topics)
    was = d.lower
    d.lower = lower or was
    for _, fn in topics:
        fn(d, me)
    d.lower = was


# Styles ------------------------------------------------------------------------------------

TURN_LABELS = [
    ("INT", "R"), ("Interviewer", "Respondent"), ("I", "P{n:02d}"), ("Q", "A"), ("IV", "RES"),
    ("INTERVIEWER", "PARTICIPANT"), ("INT", "P{n}"),
]  # fmt: skip


def contact_answer(d: Doc, me: Person, spoken: bool) -> None:
    d.t(d.pick(["Yeah, it's ", "Mobile's ", "Best number is "]))
    d.phone(me, spoken=spoken and d.chance(0.7))
    if d.chance(0.7):
        d.t(d.pick([", and email's ", ". Email is ", ", email "]))
        d.email(me, spoken=spoken and d.chance(0.5))
    if d.chance(0.4):
        d.t(". Postcode ")
        d.postcode(me, spoken=spoken and d.chance(0.5))
    if d.chance(0.35):
        d.t(". Date of birth ")
        d.dob(me, spoken=spoken and d.chance(0.75))
    if d.chance(0.4):
        d.t(", service number ")
        d.sno(me, spoken=spoken and d.chance(0.6))
    d.t(".")


def stamp(seconds: int, sep: str) -> str:
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{(seconds * 37) % 1000:03d}"


def interview(d: Doc, n: int) -> None:
    me = new_me(d)
    iv = d.cast(None, (26, 60))
    if d.chance(0.3):
        iv.title = "Dr"
    pid = d.rng.randint(3, 140)
    turns: list[tuple[str, object]] = []  # (speaker, writer)
    left = [t for t in TOPICS if t[1] is not tp_lost or me.age >= 36]
    topics = d.rng.sample(left, d.rng.randint(3, 5))
    opener = d.pick(["Thanks for doing this, ", "Right, we're recording. Cheers ", "Hiya "])
    turns.append(("iv", lambda: (d.t(opener), d.p(me, "first", "dim"), d.t(". Shall we start?"))))
    turns.append(("me", lambda: d.t(d.pick(["Yeah, go for it.", "Crack on.", "No bother."]))))
    for question, fn in topics:
        turns.append(("iv", lambda q=question: d.t(q)))

        def answer(fn=fn) -> None:
            filler = d.chance(0.35)
            if filler:
                d.d("filler", d.pick(P.FILLERS).capitalize())
                d.t(", ")
            at = len(d.pieces)
            fn(d, me)
            text, mark = d.pieces[at]
            if filler and mark is None and not re.match(r"I\b", text):
                d.pieces[at] = (text[0].lower() + text[1:], None)
            if d.chance(0.25):
                d.d("tag", d.pick(P.TAGS))

        turns.append(("me", answer))
    if d.chance(0.6):
        turns.append(("iv", lambda: d.t("Can I grab a number and an email for the follow-up?")))
        turns.append(("me", lambda: contact_answer(d, me, spoken=True)))
    turns.append(
        (
            "iv",
            lambda: (d.t("That's everything. Thanks, "), d.p(me, "first", "dim", "nick"), d.t(".")),
        )
    )

    if d.format == "vtt":
        d.d("header", "WEBVTT")
        d.t("\n\n")
        clock = d.rng.randint(0, 20)
        for who, write in turns:
            end = clock + d.rng.randint(3, 25)
            d.d("timestamp", stamp(clock, "."))
            d.t(" --> ")
            d.d("timestamp", stamp(end, "."))
            d.t("\n<v ")
            if who == "iv":
                if d.chance(0.7):
                    d.d("role", "Interviewer")
                else:
                    d.p(iv, "full")
            else:
                d.p(me, "full") if d.chance(0.6) else d.d("role", "Participant")
            d.t(">")
            write()
            d.t("\n\n")
            clock = end + 1
        return
    if d.format == "srt":
        clock = d.rng.randint(0, 20)
        for i, (who, write) in enumerate(turns, start=1):
            end = clock + d.rng.randint(3, 25)
            d.t(f"{i}\n")
            d.d("timestamp", stamp(clock, ","))
            d.t(" --> ")
            d.d("timestamp", stamp(end, ","))
            d.t("\n")
            if who == "iv":
                d.d("role", "INTERVIEWER")
            else:
                d.p(me, "full", "caps") if d.chance(0.6) else d.d("role", "PARTICIPANT")
            d.t(": ")
            write()
            d.t("\n\n")
            clock = end + 1
        return
    ivl, rl = d.pick(TURN_LABELS)
    rl = rl.format(n=pid)
    if d.chance(0.6):
        d.d("header", "Participant ID:")
        d.t(" ")
        d.d("role", f"P{pid:03d}")
        d.t("\n")
        d.d("header", "Date:")
        d.t(" ")
        d.date_text(d.date, d.rng.choice([0, 1]))
        d.t("\n")
        d.d("header", "Interviewer:")
        d.t(" ")
        d.p(iv, "title", "init", "initials", "full")
        d.t("\n")
        d.d("header", "Duration:")
        d.t(" ")
        d.d("count", f"{d.rng.randint(25, 80)} min")
        d.t("\n\n")
    clock = d.rng.randint(5, 60) if d.chance(0.4) else None
    for who, write in turns:
        if clock is not None:
            d.t("[")
            d.d("timestamp", stamp(clock, ":")[:8])
            d.t("] ")
            clock += d.rng.randint(8, 120)
        d.d("role", ivl if who == "iv" else rl)
        d.t(": ")
        write()
        d.t("\n")


def cv(d: Doc, n: int) -> None:
    me = new_me(d, (23, 55))
    ref = role(d, "welfare")
    ref2 = role(d, "manager")
    if d.chance(0.5):
        d.d("header", "CURRICULUM VITAE")
        d.t("\n\n")
        d.p(me, "caps", "full", "caps")
        d.t("\n")
        d.address(me, sep=", ")
        d.t("\n")
        d.d("header", d.pick(["Mobile:", "Tel:", "M:"]))
        d.t(" ")
        d.phone(me)
        d.t(" | ")
        d.d("header", "Email:")
        d.t(" ")
        d.email(me)
        if d.chance(0.5):
            d.t(" | linkedin.com/in/")
            d.p(me, "handle")
        d.t("\n\n")
        d.d("header", "PERSONAL PROFILE")
        d.t("\nA ")
        d.t("highly motivated Service leaver with ")
        d.count_words(6, 24)
        d.t(" years in ")
        service_word(d, me)
        d.t(f", leaving as {art(me.rank[1])} ")
        d.d("rank", me.rank[1])
        d.t(f". Seeking a role as {art(me.job)} ")
        d.d("rank", me.job)
        d.t(" in the ")
        d.town(me.town)
        d.t(" area. Holds ")
        d.d("product", d.pick(P.COURSES))
        d.t(" and a full UK driving licence.\n\n")
        d.d("header", "EMPLOYMENT HISTORY")
        d.t("\n")
        y = d.date.year
        d.d("year", str(y - d.rng.randint(3, 8)))
        d.t(" – ")
        d.d("year", str(y))
        d.t("  ")
        d.d("rank", me.rank[1])
        d.t(", ")
        d.unit(me)
        d.t(", ")
        d.base(me)
        d.t("\n- Led a team of ")
        d.count_words(6, 40)
        d.t(" personnel; managed equipment worth ")
        d.money("big")
        d.t(".\n- Welfare lead for the troop; ")
        acr(d, "JPA", "IOSH", "NEBOSH")
        d.t(" trained.\n")
        if d.chance(0.5):
            d.d("year", str(y - d.rng.randint(10, 16)))
            d.t(" – ")
            d.d("year", str(y - d.rng.randint(4, 9)))
            d.t("  Instructor, ")
            d.base()
            d.t("\n")
        d.t("\n")
        d.d("header", "REFERENCES")
        d.t("\n")
        d.p(ref, "rank")
        d.t(d.pick([" (Retd)", ", former OC", ""]))
        d.t(" – ")
        d.phone(ref)
        d.t("\n")
        d.p(ref2, "full", "title")
        d.t(", ")
        d.d("rank", "Store Manager")
        d.t(", ")
        d.site(ref2)
        d.t(" – ")
        d.email(ref2)
        d.t("\n")
        return
    d.d("header", "APPLICATION FOR EMPLOYMENT")
    d.t(" – ")
    d.site(me)
    d.t("\n\n")
    d.d("header", "Surname:")
    d.t(" ")
    d.p(me, "sur", upper=d.chance(0.5))
    d.t("\n")
    d.d("header", "Forename(s):")
    d.t(" ")
    d.p(me, "first")
    d.t("\n")
    d.d("header", "Date of birth:")
    d.t(" ")
    d.dob(me)
    d.t("\n")
    d.d("header", "NI number:")
    d.t(" ")
    d.ni(me)
    d.t("\n")
    d.d("header", "Address:")
    d.t(" ")
    d.address(me)
    d.t("\n")
    d.d("header", "Telephone:")
    d.t(" ")
    d.phone(me)
    d.t("\n")
    d.d("header", "Email:")
    d.t(" ")
    d.email(me)
    d.t("\n")
    d.d("header", "Are you a veteran?")
    d.t(" Yes – ")
    service_word(d, me)
    d.t(", service no. ")
    d.sno(me)
    d.t("\n")
    d.d("header", "Guaranteed interview scheme:")
    d.t(" ")
    d.d("status", "Yes")
    d.t("\n")
    d.d("header", "Supporting statement:")
    d.t("\n")
    d.t(f"I served as {art(me.rank[1])} ")
    d.d("rank", me.rank[1].lower())
    d.t(" with ")
    d.unit(me)
    d.t(" and left in ")
    d.date_text(d.date - timedelta(days=d.rng.randint(30, 700)), 4)
    d.t(". ")
    talk(d, me, 1)
    d.t("\n")
    d.d("header", "Referee:")
    d.t(" ")
    d.p(ref, "rank", "title")
    d.t(", ")
    d.phone(ref)
    d.t("\n")


def address_block(
    d: Doc, p: Person, name_forms: tuple[str, ...] = ("title", "caps", "full")
) -> None:
    d.p(p, *name_forms)
    d.t("\n")
    d.s("ADDRESS", "street", p.street)
    d.t("\n")
    d.town(p.town)
    d.t("\n")
    d.postcode(p)
    d.t("\n\n")


def ref(d: Doc, prefix: str) -> None:
    d.d("file", f"{prefix}/{d.date.year}/{d.rng.randint(1000, 99999):05d}")


def letter(d: Doc, n: int) -> None:
    me = new_me(d, (24, 64))
    kind = n % 4
    writer = d.cast(None, (26, 60))
    d.date_text(d.date, 1)
    d.t("\n\n")
    if kind == 0:
        d.d("product", "Veterans UK")
        d.t("\n")
        d.d("product", "Ministry of Defence")
        d.t("\n")
        d.d("header", "Our ref:")
        d.t(" ")
        ref(d, "AFCS")
        d.t("\n\n")
        address_block(d, me)
        d.t("Dear ")
        d.p(me, "title")
        d.t(",\n\n")
        d.d("header", "ARMED FORCES COMPENSATION SCHEME – DECISION ON YOUR CLAIM")
        d.t("\n")
        d.d("header", "Service number:")
        d.t(" ")
        d.sno(me)
        d.t("\n\n")
        d.t("I am writing about your claim for ")
        d.t(d.pick(P.CONDITIONS))
        d.t(", received on ")
        d.when(back=300)
        d.t(". The decision maker has awarded a lump sum of ")
        d.money("big")
        d.t(" at tariff level ")
        d.count_words(8, 15)
        d.t(". If you disagree you may ask for a reconsideration within ")
        d.d("count", "12 months")
        d.t(". Please quote your service number ")
        d.sno(me)
        d.t(" and our reference in any reply.\n\n")
        d.t("If you need to talk to someone, ")
        name, number = d.pick(P.HELPLINES)
        d.d("product", name)
        d.t(" can be reached on ")
        d.d("helpline", number)
        d.t(".\n\n")
        d.d("signoff", "Yours sincerely")
        d.t("\n\n")
        d.p(writer, "init", "full")
        d.t("\n")
        d.d("rank", "Decision Maker")
        d.t(", ")
        d.d("team", "AFCS Claims Team")
        d.t("\n")
    elif kind == 1:
        d.d("team", "Housing Options Team")
        d.t("\n")
        d.d("header", "Reference:")
        d.t(" ")
        ref(d, "HN")
        d.t("\n\n")
        address_block(d, me)
        d.t("Dear ")
        d.p(me, "title", "full")
        d.t(",\n\n")
        d.d("header", "Your application to join the housing register")
        d.t("\n\n")
        d.t("Thank you for your application dated ")
        d.when(back=90)
        d.t(". As a former member of ")
        service_word(d, me)
        d.t(" who left within the last ")
        d.count_words(2, 5)
        d.t(" years, you have been given additional preference under ")
        d.d("product", "the Armed Forces Covenant")
        d.t(" and placed in ")
        d.d("status", d.pick(["Band B", "Band C", "Band 2"]))
        d.t(". Your household is you and ")
        partner = role(d, "partner")
        d.p(partner, "full")
        d.t(" (partner, aged ")
        d.age(partner.age, spoken=False)
        d.t(").\n\nYou will need to provide your ")
        acr(d, "MOD Form 1166", "JSP 534")
        d.t(" certificate of cessation and a letter from the ")
        acr(d, "DIO")
        d.t(". Please bid on properties each ")
        d.d("weekday", "Thursday")
        d.t(" from ")
        d.clock()
        d.t(".\n\n")
        d.d("signoff", "Kind regards")
        d.t("\n")
        d.p(writer, "full", "firstinit")
        d.t("\n")
        d.d("rank", "Housing Options Officer")
        d.t(" – ")
        d.landline()
        d.t("\n")
    elif kind == 2:
        d.d("product", "Pinnacle Service Families")
        d.t("\n")
        d.d("header", "NOTICE OF MOVE-OUT APPOINTMENT")
        d.t("\n\n")
        address_block(d, me, ("rank", "title", "caps"))
        d.d("header", "Property:")
        d.t(" ")
        d.s("ADDRESS", "street", me.street)
        d.t(", ")
        d.base(me)
        d.t("\n")
        d.d("header", "Licence holder:")
        d.t(" ")
        d.p(me, "surfirst", "rank")
        d.t(", ")
        d.sno(me)
        d.t("\n\n")
        d.t("Your move-out appointment is on ")
        d.when(back=0, ahead=40)
        d.t(" at ")
        d.clock()
        d.t(" with ")
        d.p(writer, "title", "full")
        d.t(", your ")
        d.d("rank", "Housing Officer")
        d.t(". The property must be cleaned to the standard in ")
        acr(d, "JSP 464")
        d.t(". Charges for damage average ")
        d.money()
        d.t(". If you need more time, contact ")
        d.d("team", "the Service Family Accommodation helpdesk")
        d.t(" on ")
        d.d("helpline", "0800 031 8628")
        d.t(".\n\n")
        d.d("signoff", "Regards")
        d.t("\n")
        d.d("team", "Move Out Team")
        d.t("\n")
    else:
        d.d("system", "OFFICIAL-SENSITIVE PERSONAL")
        d.t("\n")
        d.d("header", "NOTIFICATION OF MEDICAL DISCHARGE")
        d.t("\n\n")
        d.d("header", "Subject:")
        d.t(" ")
        d.p(me, "rank", "surfirst")
        d.t(" – ")
        d.sno(me)
        d.t(" – ")
        d.unit(me)
        d.t("\n\n")
        d.t("The Medical Board held at ")
        name, form = d.pick(P.MED_BASES)
        d.s("BASE", form, name)
        d.t(" on ")
        d.when(back=120)
        d.t(" graded ")
        d.p(me, "title", "rank")
        d.t(" ")
        acr(d, "P7", "MND")
        d.t(" and recommended discharge under ")
        acr(d, "QR(Army) 9.387", "JSP 950")
        d.t(". Terminal leave starts ")
        d.when(back=0, ahead=60)
        d.t(". The individual has been referred to ")
        d.d("product", "the Defence Transition Service")
        d.t(" and ")
        d.d("product", "the Career Transition Partnership")
        d.t(". Date of birth ")
        d.dob(me)
        d.t(", ")
        d.age(me.age, spoken=False)
        d.t(" years of age.\n\n")
        d.p(writer, "init", "full")
        d.t("\n")
        d.d("rank", d.pick(["Adjutant", "Unit Welfare Officer", "Chief Clerk"]))
        d.t("\n")


def referral(d: Doc, n: int) -> None:
    me = new_me(d, (24, 75))
    partner = role(d, "partner")
    gp = role(d, "doctor")
    referrer = d.cast(None, (26, 60))
    charity = d.pick(["OP COURAGE", "VETERANS' HOUSING", "COMBAT STRESS", "SSAFA"])
    d.d("header", f"{charity} – REFERRAL FORM")
    d.t("\n")
    d.d("header", "Referral date:")
    d.t(" ")
    d.date_text(d.date, 0)
    d.t("\n")
    fields = [
        ("Name:", lambda: d.p(me, "full", "caps", "surfirst")),
        ("Date of birth:", lambda: d.dob(me)),
        ("Age:", lambda: d.age(me.age, spoken=False)),
        ("NHS number:", lambda: d.nhs(me)),
        ("Service:", lambda: service_word(d, me)),
        ("Service number:", lambda: d.sno(me)),
        ("Last unit:", lambda: d.unit(me)),
        ("NI number:", lambda: d.ni(me)),
        ("Address:", lambda: d.address(me)),
        ("Mobile:", lambda: d.phone(me)),
        ("Email:", lambda: d.email(me)),
        ("GP:", lambda: d.p(gp, "title")),
        ("Next of kin:", lambda: (d.p(partner, "full"), d.t(" (partner), "), d.phone(partner))),
    ]
    keep = [f for f in fields if d.chance(0.8)] or fields[:3]
    for label, write in keep:
        d.d("header", label)
        d.t(" ")
        write()
        d.t("\n")
    d.d("header", "Reason for referral:")
    d.t("\n")
    if d.chance(0.5):
        d.t('In their own words: "')
        talk(d, me, d.rng.randint(2, 3))
        d.t('"\n')
    else:
        d.p(me, "first", "title", "sur")
        d.t(" left ")
        service_word(d, me)
        d.t(" in ")
        d.d("year", str(d.date.year - d.rng.randint(1, 20)))
        d.t(" and reports ")
        d.t(d.pick(P.CONDITIONS))
        d.t(". Currently living in ")
        d.town()
        d.t(". ")
        acr(d, "PTSD", "PIP", "UC", "CMHT")
        d.t(" involvement noted.\n")
    d.d("header", "Risk:")
    d.t(" ")
    d.d("status", d.pick(["Low", "Medium", "No current risk disclosed"]))
    d.t("\n")
    d.d("header", "Referrer:")
    d.t(" ")
    d.p(referrer, "full", "init")
    d.t(", ")
    d.d(
        "rank",
        d.pick(
            ["Veterans Welfare Manager", "Caseworker", "Armed Forces Champion", "Practice Nurse"]
        ),
    )
    d.t(", ")
    d.email(referrer)
    d.t("\n")
    d.d("header", "Status:")
    d.t(" ")
    d.d("status", d.pick(P.STATUSES))
    d.t("\n")


def display(d: Doc, p: Person, team: str) -> None:
    layout = d.rng.randint(0, 2)
    if layout == 0:
        d.p(p, "surfirst")
    elif layout == 1:
        d.p(p, "full")
    else:
        d.p(p, "caps")
    if d.chance(0.4):
        d.t(" (")
        d.d("team", team)
        d.t(")")


def email(d: Doc, n: int) -> None:
    me = new_me(d, (24, 64))
    officer = d.cast(None, (26, 62))
    officer.email = (
        f"{ascii_name(officer.first)}.{ascii_name(officer.sur)}@{d.pick(P.WORK_DOMAINS)}"
    )
    team = d.pick(["Armed Forces Covenant", "Housing Options", "Veterans Support", "CTP"])
    inbound = d.chance(0.5)
    sender, receiver = (me, officer) if inbound else (officer, me)
    d.d("header", "From:")
    d.t(" ")
    display(d, sender, team) if sender is officer else d.p(me, "full", "first")
    d.t(" <")
    d.email(sender)
    d.t(">\n")
    d.d("header", "Sent:")
    d.t(" ")
    d.d("weekday", P.WEEKDAYS[d.date.weekday()])
    d.t(" ")
    d.date_text(d.date, 1)
    d.t(" ")
    d.clock()
    d.t("\n")
    d.d("header", "To:")
    d.t(" ")
    display(d, receiver, team) if receiver is officer else d.p(me, "full")
    d.t("\n")
    d.d("header", "Subject:")
    d.t(" ")
    subject = d.pick(
        ["Housing application", "Move out of SFA", "Help with job search", "Covenant query"]
    )
    d.d("header", ("RE: " if d.chance(0.4) else "") + subject)
    d.t("\n\n")
    if inbound:
        d.t("Hi ")
        d.p(officer, "first")
        d.t(",\n\n")
        d.t("Sorry to chase. ")
        talk(d, me, d.rng.randint(2, 3))
        d.t("\nMy number is ")
        d.phone(me)
        d.t(" if easier.\n\n")
        d.d("signoff", d.pick(["Cheers", "Thanks", "Many thanks", "Regards"]))
        d.t("\n")
        d.p(me, "first", "dim", "full")
        d.t("\n")
    else:
        d.t("Dear ")
        d.p(me, "title", "first")
        d.t(",\n\n")
        d.t("Thank you for your e-mail. I have spoken to ")
        d.d("rank", d.pick(["the Armed Forces Champion", "my manager", "the housing officer"]))
        d.t(" and we can offer an appointment on ")
        d.when(back=0, ahead=30)
        d.t(" at ")
        d.clock()
        d.t(" at ")
        d.d("place_word", d.pick(["the council offices", "the job centre", "the Legion club"]))
        d.t(". Please bring your ")
        acr(d, "JSP 534", "MOD Form 1166", "P45")
        d.t(" and proof of address (")
        d.s("ADDRESS", "street", me.street)
        d.t(" is what we hold). You may also find ")
        d.d("product", d.pick(P.CHARITIES))
        d.t(" useful.\n\n")
        d.d("signoff", d.pick(["Kind regards", "Best wishes", "Regards"]))
        d.t("\n\n")
        d.p(officer, "full", "full", "firstinit")
        d.t("\n")
        d.d(
            "rank",
            d.pick(
                ["Armed Forces Covenant Officer", "Veterans Support Officer", "Employment Adviser"]
            ),
        )
        d.t("\n")
        d.d("team", team + " Team")
        d.t("\n")
        d.landline()
        d.t("\n")
    if d.chance(0.35):
        d.t("\n")
        d.d("system", "-----Original Message-----")
        d.t("\n")
        d.d("header", "From:")
        d.t(" ")
        if inbound:
            display(d, officer, team)
        else:
            d.p(me, "full", "first", "dim")
        d.t("\n")
        d.d("header", "Sent:")
        d.t(" ")
        d.date_text(d.date - timedelta(days=d.rng.randint(1, 12)), 1)
        d.t("\n")
        d.d("header", "Subject:")
        d.t(" ")
        d.d("header", subject)
        d.t("\n\n")
        if inbound:
            d.t("Dear ")
            d.p(me, "title", "first")
            d.t(", I'm afraid we need your ")
            acr(d, "JSP 534", "MOD Form 1166")
            d.t(" before we can go further. ")
            d.d("signoff", "Regards")
            d.t(", ")
            d.p(officer, "first")
            d.t("\n")
        else:
            d.t("hi,\n")
            talk(d, me, 1)
            d.d("signoff", d.pick(["thanks", "cheers"]))
            d.t(" ")
            d.p(me, "first", "dim")
            d.t("\n")
    if d.chance(0.3):
        d.t("\n")
        d.d("system", "OFFICIAL")
        d.t("\n")


WA_LINES = [
    "anyone going to the reunion in {town}?",
    "mate that's mint",
    "still can't believe it's been {count} years",
    "who's got the number for the {charity} lot",
    "{mention} you still at {site}?",
    "get a grip lads",
    "happy birthday {mention}, {age} and still ugly",
    "{mention} sent me his CV, he's looking at {job} jobs if anyone hears of owt",
    "thinking of {lost} today",
    "{charity} helpline is {helpline} if anyone's struggling, no shame in it",
    "on my way to the {acr} appointment, wish me luck",
    "my new number is {phone}",
    "i'll be at {place} on {weekday} about {time}",
    "{mention}'s on insta as @{handle} if anyone wants him",
    "{greet}, {mention} says the {acr} money finally landed",
    "{greet}, who's about for a brew on {weekday}",
    "{at} did you ever hear back from the {acr} lot?",
    "{at} {at2} stop it you two",
]


def whatsapp(d: Doc, n: int) -> None:
    me = new_me(d, (26, 62))
    lads = [me] + [
        d.cast(me.service, (26, 62), sex=d.pick("mmmf")) for _ in range(d.rng.randint(2, 3))
    ]
    lost = role(d, "lost")
    shown = {p.key: d.pick(["full", "first", "nick", "dim", "full", "firstinit"]) for p in lads}
    names = {}
    for p in lads:
        form, text = d.render(p, shown[p.key])
        names[p.key] = (form, text)
    low = d.chance(0.3)
    when = d.date
    minute = d.rng.randint(6 * 60, 20 * 60)
    d.d(
        "system",
        "Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
        "WhatsApp, can read or listen to them.",
    )
    d.t("\n")
    used_lost = False
    lines = d.rng.sample(WA_LINES, len(WA_LINES))
    d.sloppy = True
    if d.chance(0.5):
        d.t("[")
        d.d(
            "timestamp",
            f"{when.day:02d}/{when.month:02d}/{when.year}, {minute // 60:02d}:{minute % 60:02d}",
        )
        d.t("] ")
        form, text = names[me.key]
        d.count[me.key] += 1
        d.pieces.append((text, ("span", "PERSON", form, me.key)))
        d.t(' changed the group name to "')
        d.unit(me)
        d.t(d.pick([' old & bold"', ' lads"', ' reunion 2026"', ' - never forgotten"']))
        d.t("\n")
    for _ in range(d.rng.randint(6, 10)):
        who = d.pick(lads)
        minute += d.rng.randint(1, 95)
        if minute >= 24 * 60:
            minute -= 24 * 60
            when += timedelta(days=1)
        d.t("[")
        d.d(
            "timestamp",
            f"{when.day:02d}/{when.month:02d}/{when.year}, {minute // 60:02d}:{minute % 60:02d}",
        )
        d.t("] ")
        form, text = names[who.key]
        d.count[who.key] += 1
        d.pieces.append((text, ("span", "PERSON", form, who.key)))
        if form in SURNAME_FORMS:
            d.sur_seen.add(who.key)
        d.t(": ")
        if d.chance(0.1):
            d.d("tag", "<Media omitted>")
            d.t("\n")
            continue
        line = lines.pop()
        d.lower = low
        others = [p for p in lads if p is not who]
        for part in re.split(r"(\{\w+\})", line):
            if part == "{mention}":
                target = d.pick(others)
                d.p(target, "first", "nick", "dim", "sur", "rank", "typo")
            elif part in ("{at}", "{at2}"):
                target = (
                    d.pick(others)
                    if part == "{at}"
                    else d.pick([p for p in others if p is not target] or others)
                )
                form, text = names[target.key]
                d.t("@")
                d.count[target.key] += 1
                d.pieces.append((d._case(text), ("span", "PERSON", form, target.key)))
                if form in SURNAME_FORMS:
                    d.sur_seen.add(target.key)
            elif part == "{handle}":
                d.p(target, "handle")
            elif part == "{greet}":
                d.d("greet_all", d.pick(["Morning all", "Evening lads", "Alright gents", "Hi all"]))
            elif part == "{town}":
                d.town()
            elif part == "{count}":
                d.count_words(5, 25)
            elif part == "{charity}":
                d.d(
                    "product",
                    d.pick(["SSAFA", "Combat Stress", "Help for Heroes", "RBL", "Op COURAGE"]),
                )
            elif part == "{site}":
                d.site(d.pick(others))
            elif part == "{age}":
                d.age(d.pick(others).age)
            elif part == "{job}":
                d.d("rank", d.pick(P.JOB_TITLES))
            elif part == "{lost}":
                if used_lost:
                    d.t("the lads")
                else:
                    d.p(lost, "rank", "nick", "first", "full")
                    used_lost = True
            elif part == "{helpline}":
                d.d("helpline", d.pick(P.HELPLINES)[1])
            elif part == "{acr}":
                acr(d, "AFCS", "PIP", "DWP", "GP", "CMHT", "OVA")
            elif part == "{phone}":
                d.phone(who)
            elif part == "{place}":
                d.d("place_word", d.pick(["the Legion", "the club", "the NAAFI", "the Spoons"]))
            elif part == "{weekday}":
                d.d("weekday", d.pick(P.WEEKDAYS))
            elif part == "{time}":
                d.clock()
            else:
                d.t(part)
        d.lower = False
        d.t("\n")
    d.sloppy = False
    if d.chance(0.4):
        d.t("[")
        d.d(
            "timestamp",
            f"{when.day:02d}/{when.month:02d}/{when.year}, {minute // 60:02d}:{(minute % 60):02d}",
        )
        d.t("] ")
        d.phone(d.cast(None, (30, 60)))
        d.t(" joined using this group's invite link\n")


SURVEY_QS = [
    "What was the hardest part of leaving the Armed Forces?",
    "Who or what helped you most during your transition?",
    "Tell us about your housing since leaving.",
    "Is there anything else you would like to tell us?",
    "How has your health been since discharge?",
]


def survey(d: Doc, n: int) -> None:
    me = new_me(d, (20, 70))
    d.d("header", "ResponseId:")
    d.t(" ")
    d.d(
        "file",
        "R_"
        + "".join(
            d.pick("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(15)
        ),
    )
    d.t("\n")
    d.d("header", "RecordedDate:")
    d.t(" ")
    d.d(
        "timestamp",
        f"{d.date.isoformat()} {d.rng.randint(7, 23):02d}:{d.rng.randint(0, 59):02d}:"
        f"{d.rng.randint(0, 59):02d}",
    )
    d.t("\n")
    d.d("header", "Q3 Service:")
    d.t(" ")
    service_word(d, me)
    d.t("\n")
    d.d("header", "Q4 Age group:")
    d.t(" ")
    d.d("age_band", d.pick([b for b, lo, hi in P.BANDS[:6] if lo <= me.age <= hi]))
    d.t("\n")
    d.d("header", "Q5 Years since leaving:")
    d.t(" ")
    d.count_words(0, 30)
    d.t("\n")
    low = d.chance(0.3)
    shout = not low and d.chance(0.12)
    d.sloppy = d.chance(0.5)
    for i, q in enumerate(d.rng.sample(SURVEY_QS, d.rng.randint(2, 3))):
        d.d("header", f"Q{14 + i} {q}")
        d.t("\n")
        d.upper = shout
        talk(d, me, d.rng.randint(1, 3), lower=low)
        d.upper = False
        d.t("\n")
    d.sloppy = False
    if d.chance(0.45):
        d.d(
            "header",
            "Q20 If you are happy to be contacted, leave your name and a phone number or email.",
        )
        d.t("\n")
        d.lower = low
        d.p(me, "full", "first")
        d.t(" ")
        d.phone(me) if d.chance(0.5) else d.email(me)
        if d.chance(0.3):
            d.t(" or insta @")
            d.p(me, "handle")
        d.lower = False
        d.t("\n")


def gp(d: Doc, n: int) -> None:
    me = new_me(d, (24, 80))
    gpdoc = role(d, "doctor")
    psych = d.cast(None, (32, 64))
    psych.title = "Dr"
    d.d(
        "team",
        d.pick(
            [
                "Op COURAGE South West",
                "Op COURAGE North",
                "Veterans' Mental Health Service",
                "Community Mental Health Team",
            ]
        ),
    )
    d.t("\n")
    d.date_text(d.date, 0)
    d.t("\n\n")
    d.d("header", "Private and confidential")
    d.t("\n")
    d.p(gpdoc, "title")
    d.t("\n\n")
    d.t("Dear ")
    d.p(gpdoc, "title", "first")
    d.t(",\n\n")
    d.d("header", "Re:")
    d.t(" ")
    d.p(me, "caps", "title", "surfirst")
    d.t(", ")
    d.d("header", "DOB")
    d.t(" ")
    d.dob(me)
    d.t(", ")
    d.d("header", "NHS No")
    d.t(" ")
    d.nhs(me)
    d.t("\n")
    d.s("ADDRESS", "street", me.street)
    d.t(", ")
    d.town(me.town)
    d.t(", ")
    d.postcode(me)
    d.t("\n\n")
    d.t("Thank you for referring this ")
    d.age(me.age)
    d.t("-year-old veteran, whom I saw in clinic on ")
    d.when(back=30)
    d.t(". ")
    d.p(me, "title", "first", "typo")
    d.t(" served ")
    d.count_words(3, 24)
    d.t(" years with ")
    d.unit(me)
    d.t(", leaving in ")
    d.d("year", str(d.date.year - d.rng.randint(1, 25)))
    d.t(". ")
    d.t(("He" if me.sex == "m" else "She") + " described ")
    d.t(d.pick(P.CONDITIONS))
    d.t(" and poor sleep.\n\n")
    d.d("header", "Medication:")
    d.t(" ")
    d.d("product", d.pick(P.MEDS))
    d.t(", ")
    d.d("product", d.pick(P.MEDS))
    d.t("\n")
    d.d("header", "Plan:")
    d.t(" ")
    acr(d, "CBT", "EMDR")
    d.t(" with ")
    d.d("product", "Op COURAGE")
    d.t(", ")
    d.count_words(8, 12)
    d.t(" sessions; review in ")
    d.count_words(6, 12)
    d.t(" weeks. Please continue the ")
    d.d("product", d.pick(P.MEDS))
    d.t(". Crisis line: ")
    d.d("helpline", "116 123")
    d.t(".\n\n")
    d.d("signoff", "Yours sincerely")
    d.t("\n\n")
    d.p(psych, "title", "full")
    d.t("\n")
    d.d("rank", d.pick(["Consultant Psychiatrist", "Clinical Psychologist", "Veterans' Therapist"]))
    d.t("\n")
    d.d("header", "cc:")
    d.t(" ")
    d.p(me, "title", "full")
    d.t("\n")


def ctp_record(d: Doc) -> None:
    me = new_me(d, (22, 58))
    adviser = role(d, "ctp")
    d.d("header", "CAREER TRANSITION PARTNERSHIP – RESETTLEMENT INTERVIEW RECORD")
    d.t("\n")
    fields = [
        ("Name:", lambda: d.p(me, "rank", "surfirst", "caps")),
        ("Service number:", lambda: d.sno(me)),
        ("Unit:", lambda: d.unit(me)),
        ("Location:", lambda: d.base(me)),
        ("Discharge date:", lambda: d.when(back=0, ahead=700)),
        ("Programme:", lambda: d.d("product", d.pick(["Core Resettlement Programme",
                                                       "Employment Support Programme",
                                                       "Future Horizons"]))),
        ("Mobile:", lambda: d.phone(me)),
        ("Personal email:", lambda: d.email(me)),
    ]  # fmt: skip
    for label, write in fields:
        d.d("header", label)
        d.t(" ")
        write()
        d.t("\n")
    d.d("header", "Interview date:")
    d.t(" ")
    d.date_text(d.date, 0)
    d.t("   ")
    d.d("header", "Adviser:")
    d.t(" ")
    d.p(adviser, "full", "firstinit", "init")
    d.t("\n\n")
    d.d("header", "Career aspirations:")
    d.t("\n")
    d.p(me, "first", "title", "rank")
    d.t(f" would like to work as {art(me.job)} ")
    d.d("rank", me.job)
    d.t(", ideally near ")
    d.town(me.town)
    d.t(" where the family are settled. Has ")
    d.count_words(2, 6)
    d.t(" qualifications from service; interested in ")
    d.d("product", d.pick(P.COURSES))
    d.t(" using ")
    acr(d, "ELCs", "IRTC", "SLF")
    d.t(".\n")
    d.d("header", "Next steps:")
    d.t("\n- ")
    d.p(adviser, "initials", "first")
    d.t(" to send CV template and the job-finding workshop dates.\n- ")
    d.p(me, "first", "dim", "sur", "typo")
    d.t(" to register with ")
    d.d("product", "RightJob")
    d.t(" and book a ")
    d.d("product", "CTP Assist")
    d.t(" call before ")
    d.when(back=0, ahead=30)
    d.t(".\n")


def callnotes(d: Doc, n: int) -> None:
    if n % 3 == 2:
        ctp_record(d)
        return
    me = new_me(d, (24, 80))
    worker = d.cast(None, (25, 60))
    d.d("header", "CALL LOG")
    d.t(" – ")
    d.d(
        "product",
        d.pick(["SSAFA", "Royal British Legion", "Veterans' Gateway", "Haig Housing", "Stoll"]),
    )
    d.t("\n")
    d.d("header", "Client:")
    d.t(" ")
    d.p(me, "surfirst", "full", "caps")
    d.t("   ")
    d.d("header", "Case ref:")
    d.t(" ")
    ref(d, "CW")
    d.t("\n\n")
    day = d.date
    they = "he" if me.sex == "m" else "she"
    for what in d.rng.sample(range(5), d.rng.randint(2, 4)):
        day += timedelta(days=d.rng.randint(1, 14))
        d.date_text(day, 0)
        d.t(" ")
        d.clock()
        d.t(" – ")
        if what == 0:
            d.t("Inbound call from ")
            d.p(me, "first", "dim", "title")
            d.t(". Says the ")
            acr(d, "SFA", "DIO")
            d.t(" move-out is on ")
            d.when(back=0, ahead=30)
            d.t(f" and {they} has nowhere to go. Partner ")
            d.p(role(d, "partner"), "first", "full")
            d.t(" staying with her mum in ")
            d.town()
            d.t(".\n")
        elif what == 1:
            d.t("Rang client on ")
            d.phone(me)
            d.t(", no answer, left ")
            d.t("voicemail. ")
            d.d("status", "Awaiting call back")
            d.t(".\n")
        elif what == 2:
            d.t("Spoke to ")
            d.p(me, "first", "title", "sur", "typo")
            d.t(" – ")
            d.age(me.age)
            d.t(", ex-")
            d.unit(me)
            d.t(". ")
            acr(d, "PIP", "UC", "AFCS", "WPS")
            d.t(" claim ")
            d.d("status", d.pick(["submitted", "pending", "refused", "on appeal"]))
            d.t(". Grant of ")
            d.money()
            d.t(" requested.\n")
        elif what == 3:
            d.t("Email from ")
            d.email(me)
            d.t(" with the ")
            acr(d, "JSP 534", "MOD Form 1166")
            d.t(" attached. New address ")
            d.address(me)
            d.t(".\n")
        else:
            d.t('Client says: "')
            talk(d, me, 1)
            d.t('"\n')
        if d.chance(0.5):
            d.d("header", "Action:")
            d.t(" ")
            d.p(worker, "initials", "first", "initials")
            d.t(
                d.pick(
                    [
                        " to ring council",
                        " to chase DWP",
                        " to refer to Op COURAGE",
                        " to send food bank voucher",
                    ]
                )
            )
            d.t(".\n")
    d.t("\n")
    d.d("header", "Caseworker:")
    d.t(" ")
    d.p(worker, "full", "init", "firstinit")
    d.t("\n")


def minutes(d: Doc, n: int) -> None:
    me = new_me(d, (22, 55))
    board = [d.cast(me.service, (32, 58), officer=True) for _ in range(2)]
    ot = d.cast(None, (28, 60))
    clerk = d.cast(None, (25, 60))
    case_conf = d.chance(0.4)
    d.d(
        "header",
        "VETERANS' CASE CONFERENCE – NOTES"
        if case_conf
        else "MEDICAL BOARD – RECORD OF PROCEEDINGS",
    )
    d.t("\n")
    d.d("header", "Date:")
    d.t(" ")
    d.date_text(d.date, 1)
    d.t("   ")
    d.d("header", "Time:")
    d.t(" ")
    d.clock()
    d.t("\n")
    d.d("header", "Venue:")
    d.t(" ")
    name, form = d.pick(P.MED_BASES)
    d.s("BASE", form, name)
    d.t(", ")
    d.d("place_word", d.pick(["Room 4", "the Board Room", "Conference Room B"]))
    d.t("\n")
    d.d("header", "Present:")
    d.t(" ")
    d.p(board[0], "rank", "full")
    d.t(" (")
    d.d("role", "President" if not case_conf else "Chair")
    d.t("), ")
    d.p(board[1], "rank")
    d.t(" (")
    d.d("role", "Member")
    d.t("), ")
    d.p(ot, "title", "full")
    d.t(" (")
    d.d("role", "OT")
    d.t("), ")
    d.p(clerk, "full", "init")
    d.t(" (")
    d.d("role", "Secretary")
    d.t(")\n")
    d.d("header", "Subject:")
    d.t(" ")
    d.p(me, "rank", "surfirst", "caps")
    d.t(", ")
    d.sno(me)
    d.t(", ")
    d.unit(me)
    d.t("\n\n")
    d.t("1. ")
    d.p(board[0], "initials")
    d.t(" opened the board. ")
    d.p(me, "rank", "title", "sur", "typo")
    d.t(" (age ")
    d.age(me.age, spoken=False)
    d.t(") attended with ")
    d.d("rank", d.pick(["the UWO", "the padre", "his Troop Staffy", "the RAO"]))
    d.t(".\n2. ")
    d.t(d.pick(P.CONDITIONS).capitalize())
    d.t(" since ")
    d.d("year", str(d.date.year - d.rng.randint(1, 6)))
    d.t("; ")
    d.count_words(2, 6)
    d.t(" courses of rehab at ")
    name, form = d.pick(P.MED_BASES)
    d.s("BASE", form, name)
    d.t(". ")
    d.p(ot, "initials", "sur")
    d.t(" reported limited progress.\n3. Outcome: ")
    acr(d, "P7", "MND", "MFD", "PULHHEEMS")
    d.t(", recommended for discharge. Resettlement via ")
    acr(d, "CTP")
    d.t("; ")
    d.d("product", "the Defence Transition Service")
    d.t(" to be informed.\n\n")
    d.d("header", "Action:")
    d.t(" ")
    d.p(clerk, "initials")
    d.t(" to send the record to the unit by ")
    d.when(back=0, ahead=14)
    d.t(".\n")
    d.d("header", "Action:")
    d.t(" ")
    d.p(board[1], "initials", "sur")
    d.t(" to brief ")
    d.d("rank", "the CO")
    d.t(".\n")
    d.d("header", "Next board:")
    d.t(" ")
    d.when(back=0, ahead=90)
    d.t("\n")


WRITERS = {
    "interview": interview, "cv": cv, "letter": letter, "referral": referral, "email": email,
    "whatsapp": whatsapp, "survey": survey, "gp": gp, "callnotes": callnotes, "minutes": minutes,
}  # fmt: skip


def build() -> list[dict]:
    rng = random.Random(SEED)
    order = []
    remaining = dict(STYLES)
    while any(remaining.values()):
        for style, _ in STYLES:
            if remaining[style]:
                order.append(style)
                remaining[style] -= 1
    records = []
    seen: Counter[str] = Counter()
    for i, style in enumerate(order, start=1):
        n = seen[style]
        seen[style] += 1
        fmt = "txt"
        if style == "interview":
            fmt = ["txt", "txt", "txt", "vtt", "txt", "srt"][n % 6]
        while True:
            d = Doc(rng, style, fmt)
            try:
                WRITERS[style](d, n)
                records.append(d.finish(f"heldout-o-{i:04d}"))
                break
            except Retry:
                continue
    return records


def dump(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)


def stats(records: list[dict], text: str) -> str:
    lines = [f"documents: {len(records)}"]
    wc = [len(r["text"].split()) for r in records]
    lines.append(
        f"words per document: min {min(wc)}, max {max(wc)}, mean {round(sum(wc) / len(wc))}"
    )
    people = [Counter(s["entity"] for s in r["spans"] if s["type"] == "PERSON") for r in records]
    lines.append(f"distinct people (entities, counted per document): {sum(len(c) for c in people)}")
    lines.append(
        "people mentioned more than once in their document: "
        f"{sum(1 for c in people for v in c.values() if v > 1)}"
    )

    def table(title: str, counts: Counter) -> None:
        lines.append("")
        lines.append(f"| {title} | count |")
        lines.append("|---|---|")
        for key in sorted(counts):
            lines.append(f"| {key} | {counts[key]} |")
        lines.append(f"| total | {sum(counts.values())} |")

    table("style", Counter(r["style"] for r in records))
    table("format", Counter(r["format"] for r in records))
    table("type", Counter(s["type"] for r in records for s in r["spans"]))
    table("type/form", Counter(f"{s['type']}/{s['form']}" for r in records for s in r["spans"]))
    table("decoy kind", Counter(d["kind"] for r in records for d in r["decoys"]))
    lines.append("")
    lines.append(f"sha256: {hashlib.sha256(text.encode('utf-8')).hexdigest()}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="rebuild and compare with corpus.jsonl"
    )
    parser.add_argument("--stats", action="store_true", help="print counts for SOURCE.md")
    args = parser.parse_args()
    records = build()
    text = dump(records)
    if args.stats:
        print(stats(records, text))
        return
    if args.check:
        if OUT.read_bytes() == text.encode("utf-8"):
            print("corpus.jsonl reproduced")
            return
        print("corpus.jsonl differs from the generator's output")
        sys.exit(1)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(records)} documents to {OUT}")


if __name__ == "__main__":
    main()
