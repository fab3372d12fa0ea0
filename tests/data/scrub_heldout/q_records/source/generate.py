#!/usr/bin/env python3
"""Writes held-out corpus Q (an employer's own staff records) to ../corpus.jsonl.

    python generate.py            # write ../corpus.jsonl
    python generate.py --check    # "corpus.jsonl reproduced" (exit 1 if not byte-identical)
    python generate.py --stats    # the counts pinned in SOURCE.md

Python 3.11 standard library only; seeded, so every run writes the same bytes. A document is
a list of pieces (plain, span or decoy) joined at the end, so offsets are exact by
construction. No set is ever iterated to make output (string hashing is salted per run).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pools as P

SEED = 20261207
OUT = Path(__file__).resolve().parent.parent / "corpus.jsonl"
STYLES = [
    ("appraisal", 42), ("sickness", 42), ("complaint", 42), ("interview", 42),
    ("summary", 42), ("statement", 42), ("exit", 42), ("posting", 42), ("course", 42),
    ("hrexport", 42),
]  # fmt: skip

# --------------------------------------------------------------------------- words

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


def num_words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return TENS[tens] + (f"-{ONES[ones]}" if ones else "")
    hundreds, rest = divmod(n, 100)
    return f"{ONES[hundreds]} hundred" + (f" and {num_words(rest)}" if rest else "")


def ordinal_words(n: int) -> str:
    if n <= 20:
        return ORDINALS[n]
    if n == 30:
        return "thirtieth"
    tens, ones = divmod(n, 10)
    return f"{TENS[tens]}-{ORDINALS[ones]}"


def year_words(y: int) -> str:
    if 2000 <= y < 2010:
        return "two thousand" + (f" and {ONES[y - 2000]}" if y > 2000 else "")
    head, tail = divmod(y, 100)
    if tail == 0:
        return f"{num_words(head)} hundred"
    if tail < 10:
        return f"{num_words(head)} oh {ONES[tail]}"
    return f"{num_words(head)} {num_words(tail)}"


def fold(text: str) -> str:
    """ASCII letters only (for e-mail addresses and handles)."""
    text = text.replace("ł", "l").replace("Ł", "L")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in ".-_"))


def digit_words(digits: str, rng: random.Random, doubles: bool = True, zero: str = "") -> str:
    out = []
    i = 0
    zero = zero or ("oh" if rng.random() < 0.8 else "zero")
    while i < len(digits):
        d = digits[i]
        word = zero if d == "0" else ONES[int(d)]
        if doubles and i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.7:
            out.append(f"double {word}")
            i += 2
        else:
            out.append(word)
            i += 1
    return " ".join(out)


# --------------------------------------------------------------------------- dates


def d_long(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def fmt_date(d: dt.date, rng: random.Random) -> str:
    layouts = [
        lambda: d_long(d),
        lambda: d.strftime("%d/%m/%Y"),
        lambda: f"{d.day} {MONTHS[d.month - 1][:3]} {d.strftime('%y')}",
        lambda: d.isoformat(),
        lambda: d.strftime("%d.%m.%y"),
        lambda: f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
        lambda: d.strftime("%d %b %Y").upper(),
    ]
    return rng.choice(layouts)()


def dob_digits(d: dt.date, rng: random.Random) -> str:
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    layouts = [
        lambda: d.strftime("%d/%m/%Y"),
        lambda: d_long(d),
        lambda: d.strftime("%d.%m.%y"),
        lambda: d.isoformat(),
        lambda: f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
        lambda: d.strftime("%d-%m-%Y"),
        lambda: f"{d.day}{suffix} {MONTHS[d.month - 1]} {d.year}",
    ]
    return rng.choice(layouts)()


def dob_words(d: dt.date, rng: random.Random) -> str:
    month = MONTHS[d.month - 1]
    if rng.random() < 0.6:
        return f"the {ordinal_words(d.day)} of {month} {year_words(d.year)}"
    return f"{month} the {ordinal_words(d.day)}, {year_words(d.year)}"


def fmt_time(rng: random.Random, hour: int | None = None) -> str:
    h = rng.randint(7, 22) if hour is None else hour
    m = rng.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50])
    return rng.choice(
        [f"{h:02d}{m:02d}", f"{h:02d}:{m:02d}", f"{h:02d}{m:02d} hrs", f"{h:02d}{m:02d} hours"]
    )


# --------------------------------------------------------------------------- people

FORBIDDEN_INITIALS = set(
    [
        "AB",
        "AM",
        "AN",
        "AO",
        "AS",
        "AT",
        "BE",
        "BY",
        "CO",
        "CS",
        "DO",
        "DR",
        "EO",
        "ET",
        "FS",
        "GB",
        "GO",
        "GP",
        "HE",
        "HI",
        "HM",
        "HR",
        "ID",
        "IF",
        "IN",
        "IO",
        "IS",
        "IT",
        "LH",
        "MA",
        "ME",
        "MO",
        "MP",
        "MR",
        "MS",
        "MT",
        "MY",
        "NI",
        "NO",
        "OC",
        "OF",
        "OH",
        "OK",
        "ON",
        "OR",
        "OX",
        "PA",
        "PM",
        "PO",
        "PT",
        "QM",
        "RA",
        "RE",
        "RM",
        "RN",
        "SA",
        "SC",
        "SO",
        "ST",
        "TO",
        "UK",
        "UP",
        "US",
        "WE",
        "WO",
        "YO",
        "AAA",
        "ACE",
        "AGE",
        "AID",
        "AIM",
        "AIR",
        "ALE",
        "AND",
        "ANT",
        "ARE",
        "ARM",
        "ART",
        "ASK",
        "ATE",
        "BAD",
        "BAG",
        "BAR",
        "BAT",
        "BED",
        "BIG",
        "BIT",
        "BOX",
        "BOY",
        "BUS",
        "CAB",
        "CAN",
        "CAR",
        "CAT",
        "COD",
        "COT",
        "CRY",
        "CUP",
        "CUT",
        "DAY",
        "DIG",
        "DOG",
        "DRY",
        "EAR",
        "EAT",
        "EGG",
        "END",
        "EYE",
        "FAN",
        "FAR",
        "FAT",
        "FED",
        "FEW",
        "FIT",
        "FLY",
        "FOG",
        "FOR",
        "FUN",
        "GAS",
        "GET",
        "GOD",
        "GOT",
        "GUN",
        "GUY",
        "HAD",
        "HAM",
        "HAS",
        "HAT",
        "HEO",
        "HER",
        "HIM",
        "HIS",
        "HIT",
        "HOT",
        "HOW",
        "JAM",
        "JOB",
        "JPA",
        "KEY",
        "KID",
        "KIT",
        "LAD",
        "LAW",
        "LAY",
        "LED",
        "LEG",
        "LET",
        "LID",
        "LIE",
        "LOG",
        "LOT",
        "LOW",
        "MAD",
        "MAN",
        "MAP",
        "MAT",
        "MEN",
        "MET",
        "MIX",
        "MOD",
        "MUD",
        "NAB",
        "NCO",
        "NET",
        "NEW",
        "NHS",
        "NOT",
        "NOW",
        "NUT",
        "OAK",
        "ODD",
        "OFF",
        "OLD",
        "ONE",
        "OUR",
        "OUT",
        "OWN",
        "PAD",
        "PAN",
        "PAY",
        "PEN",
        "PET",
        "PIE",
        "PIG",
        "PIN",
        "POT",
        "PTI",
        "PUT",
        "RAF",
        "RAG",
        "RAN",
        "RAT",
        "RAW",
        "RED",
        "RIB",
        "RID",
        "RIG",
        "ROD",
        "ROT",
        "ROW",
        "RSM",
        "RTW",
        "RUB",
        "RUN",
        "SAD",
        "SAT",
        "SAW",
        "SAY",
        "SEA",
        "SEE",
        "SEO",
        "SET",
        "SEX",
        "SHE",
        "SIT",
        "SIX",
        "SKY",
        "SON",
        "SPY",
        "SUN",
        "TAN",
        "TAP",
        "TAX",
        "TEA",
        "TEN",
        "THE",
        "TIE",
        "TIN",
        "TIP",
        "TOE",
        "TON",
        "TOO",
        "TOP",
        "TOY",
        "TRY",
        "TWO",
        "UWO",
        "USE",
        "VAN",
        "WAR",
        "WAS",
        "WAY",
        "WET",
        "WHO",
        "WHY",
        "WIN",
        "WON",
        "YES",
        "YET",
        "YOU",
        "ZIP",
    ]
)
TYPO_KNOWN = {
    "Smith": "Smyth",
    "Thompson": "Thomson",
    "Clarke": "Clark",
    "Hargreaves": "Hargraves",
    "Pickering": "Pickerin",
    "Sutcliffe": "Sutcliff",
    "Wainwright": "Wainright",
    "Greenhalgh": "Greenhaigh",
    "Gallagher": "Gallacher",
    "Mensah": "Mensa",
    "Okonkwo": "Okonkow",
    "Wójcik": "Wojcik",
    "MacLeod": "McLeod",
    "Kavanagh": "Cavanagh",
    "Sinclair": "Sinclaire",
    "Ackroyd": "Akroyd",
    "Griffiths": "Griffith",
    "Llewellyn": "Llewelyn",
    "Fitzgerald": "Fitzgerrald",
    "Tuisawau": "Tuisawu",
}
SERVICE_WORDS = {
    "army": "the Army",
    "gurkha": "the Army",
    "rn": "the Royal Navy",
    "rm": "the Royal Marines",
    "raf": "the RAF",
}


def name_words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_][\w'-]*", text)


class Person:
    def __init__(
        self,
        doc: Doc,
        service: str,
        tier: str,
        sex: str,
        origin: str,
        first: str,
        sur: str,
        dims: list[str],
        nick: str | None,
        bound: bool,
    ):
        self.doc, self.rng = doc, doc.rng
        self.service, self.tier, self.sex, self.origin = service, tier, sex, origin
        self.first, self.sur = first, sur
        self.dim = self.rng.choice(dims) if dims else None
        self.nick, self.bound = nick, bound
        self.dr = False
        self.cache: dict[str, object] = {}
        if service == "civ" or service == "pub":
            self.rank = None
            self.grade = self.rng.choice(P.GRADES[tier]) if service == "civ" else None
        else:
            abbr, full = self.rng.choice(P.RANKS[service][tier])
            if sex == "f":
                full = P.RAF_FEMALE.get(full, full)
            self.rank, self.grade = (abbr, full), None
        self.typo = self._typo()
        self.initials = self._initials()
        self.mentions = 0

    # ---- derived names
    def _initials(self) -> str:
        parts = [w for w in re.split(r"[ -]", self.sur) if w[:1].isupper()]
        letters = self.first[0] + "".join(w[0] for w in parts)
        if len(letters) > 3:
            letters = letters[:2]
        return letters.upper()

    def _typo(self) -> str | None:
        sur = self.sur
        if sur in TYPO_KNOWN:
            return TYPO_KNOWN[sur]
        if " " in sur or len(sur) < 5:
            return None
        rng = self.rng
        for _ in range(10):
            i = rng.randint(1, len(sur) - 3)
            op = rng.randrange(3)
            if op == 0:
                cand = sur[:i] + sur[i + 1] + sur[i] + sur[i + 2 :]
            elif op == 1:
                cand = sur[:i] + sur[i + 1 :]
            else:
                cand = sur[:i] + sur[i] + sur[i:]
            if cand != sur and cand.lower() != sur.lower():
                return cand
        return None

    def words(self) -> list[str]:
        """Every name word (3 letters or more) this person may be called by."""
        texts = [self.first, self.sur] + ([self.dim] if self.dim else [])
        texts += [self.nick] if self.nick else []
        texts += [self.typo] if self.typo else []
        out = []
        for text in texts:
            for w in name_words(text):
                out.append(w.lower())
                out += [p.lower() for p in re.split(r"['-]", w)]
        return sorted({w for w in out if len(w) >= 3})

    def pro(self, which: str) -> str:
        table = {
            "he": ("he", "she"),
            "his": ("his", "her"),
            "him": ("him", "her"),
            "He": ("He", "She"),
            "His": ("His", "Her"),
            "man": ("man", "woman"),
        }
        return table[which][self.sex == "f"]

    def title_word(self) -> str:
        if self.dr:
            return "Dr"
        if self.sex == "m":
            return "Mr"
        return self.rng.choice(["Mrs", "Ms", "Ms", "Miss"])

    def spell_part(self) -> str | None:
        """Which name is spelt letter by letter: the surname, else a one-word first name."""
        for part, which in ((self.sur, "surname"), (self.first, "first name")):
            if re.fullmatch(r"[^\W\d_]+", part):
                return which
        return None

    def spell_letters(self) -> str | None:
        which = self.spell_part()
        if which is None:
            return None
        part = self.sur if which == "surname" else self.first
        return (self.rng.choice(["-", "-", ", "])).join(part.upper())

    # ---- a mention: (text, form)
    def say(self, form: str) -> tuple[str, str]:
        rng = self.rng
        first, sur = self.first, self.sur
        if form.startswith("rank") and self.rank is None:
            form = "title"
        if form == "full":
            return f"{first} {sur}", "full"
        if form == "lowerfull":
            return f"{first} {sur}".lower(), "full"
        if form == "first":
            return first, "first"
        if form == "sur":
            return sur, "sur"
        if form == "dim":
            return (self.dim or first), ("dim" if self.dim else "first")
        if form == "nick":
            if self.bound and rng.random() < 0.4:
                return f"{self.nick} {sur}", "nick"
            return self.nick, "nick"
        if form == "rank":
            form = rng.choice(["rankabbr", "rankabbr", "rankfull", "rankinit", "rankcaps"])
        if form == "rankabbr":
            return f"{self.rank[0]} {sur}", "rank"
        if form == "rankfull":
            return f"{self.rank[1]} {sur}", "rank"
        if form == "rankname":
            return f"{self.rank[rng.randrange(2)]} {first} {sur}", "rank"
        if form == "rankinit":
            return f"{self.rank[0]} {first[0]} {sur}", "rank"
        if form == "rankcaps":
            return f"{self.rank[0].upper()} {sur.upper()}", "rank"
        if form == "rankinitcaps":
            return f"{self.rank[0]} {sur.upper()} {first[0]}", "rank"
        if form == "title":
            return f"{self.title_word()} {sur}", "title"
        if form == "titlefull":
            return f"{self.title_word()} {first} {sur}", "title"
        if form == "init":
            dot = rng.choice([". ", " ", "."])
            return f"{first[0]}{dot}{sur}", "init"
        if form == "initials":
            return self.initials, "initials"
        if form == "surfirst":
            return rng.choice(
                [f"{sur}, {first}", f"{sur.upper()}, {first}", f"{sur.upper()} {first}"]
            ), "surfirst"
        if form == "caps":
            return f"{first} {sur}".upper(), "caps"
        if form == "firstinit":
            return f"{first} {self.sur[0]}" + rng.choice([".", ""]), "firstinit"
        if form == "typo":
            if rng.random() < 0.3:
                return f"{first} {self.typo}", "typo"
            return self.typo, "typo"
        if form == "handle":
            return self.value("handle_text"), "handle"
        if form == "spell":
            return self.spell_letters(), "spell"
        raise ValueError(form)

    # ---- values, drawn once per document
    def value(self, key: str):
        if key in self.cache:
            return self.cache[key]
        rng, doc = self.rng, self.doc
        v: object
        if key == "age":
            low, high = {"junior": (18, 31), "snco": (27, 44), "officer": (24, 52)}[self.tier]
            v = rng.randint(low, high) if self.service != "pub" else rng.randint(19, 78)
        elif key == "dob":
            age = self.value("age")
            latest = doc.date.replace(year=doc.date.year - age)
            v = latest - dt.timedelta(days=rng.randint(0, 360))
        elif key == "mobile":
            v = f"07700900{rng.randint(0, 999):03d}"
        elif key == "desk":
            prefix, n = rng.choice(P.DESK_PHONES)
            v = prefix + "".join(str(rng.randrange(10)) for _ in range(n))
        elif key == "email":
            f, s = fold(self.first.split()[0]).lower(), fold(self.sur.replace(" ", "")).lower()
            if self.service not in ("pub",) and rng.random() < 0.45:
                v = f"{fold(self.first.split()[0])}.{fold(self.sur.replace(' ', ''))}"
                v += f"{rng.randint(100, 999)}@mod.gov.uk"
            else:
                local = rng.choice(
                    [
                        f"{f}.{s}",
                        f"{f}{s}{rng.randint(1, 99)}",
                        f"{f[0]}{s}{rng.randint(70, 99)}",
                        f"{s}.{f}",
                        f"{f}_{s}",
                    ]
                )
                v = f"{local}@{rng.choice(P.MAIL_PROVIDERS)}"
        elif key == "workemail":
            v = f"{fold(self.first.split()[0])}.{fold(self.sur.replace(' ', ''))}"
            v += f"{rng.randint(100, 999)}@mod.gov.uk"
        elif key == "handle_text":
            f, s = fold(self.first.split()[0]).lower(), fold(self.sur.replace(" ", "")).lower()
            v = "@" + rng.choice(
                [
                    f"{f}.{s}",
                    f"{f}_{s}{rng.randint(1, 99)}",
                    f"{f[0]}{s}_",
                    f"{s}{f}x",
                    f"{f}{s[:3]}{rng.randint(80, 99)}",
                ]
            )
        elif key == "sn":
            if self.service in ("rn", "rm"):
                v = rng.choice("DCPQ") + f"{rng.randint(0, 999999):06d}" + rng.choice("ABKMRX")
            elif self.service == "gurkha":
                v = f"21{rng.randint(0, 999999):06d}"
            else:
                v = rng.choice(["25", "30", "24", "30"]) + f"{rng.randint(0, 999999):06d}"
        elif key == "ni":
            a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
            b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
            while a + b in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
                b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
            v = (a + b, f"{rng.randint(0, 999999):06d}", rng.choice("ABCD"))
        elif key == "nhs":
            while True:
                digits = [rng.randint(4, 7)] + [rng.randrange(10) for _ in range(8)]
                check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
                check = 0 if check == 11 else check
                if check != 10:
                    v = "".join(map(str, digits)) + str(check)
                    break
        elif key == "townrow":
            v = rng.choice(P.TOWNS)
        elif key == "postcode":
            _, area, districts = self.value("townrow")
            v = (
                f"{area}{rng.choice(districts)}",
                f"{rng.randrange(10)}"
                + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)),
            )
        elif key == "street":
            number = rng.randint(1, 148)
            name = f"{rng.choice(P.STREET_WORDS)} {rng.choice(P.STREET_TYPES)}"
            if rng.random() < 0.15:
                v = f"Flat {rng.randint(1, 12)}, {number} {name}"
            else:
                v = f"{number} {name}"
        elif key == "unit":
            v = rng.choice(P.UNITS[self.service])
        elif key == "base":
            v = rng.choice(P.BASES["civ" if self.service in ("civ", "pub") else self.service])
        else:
            raise KeyError(key)
        self.cache[key] = v
        return v

    def label(self, key: str):
        """A labelled value of this person, by template key."""
        rng = self.rng
        if key in ("he", "his", "him", "He", "His", "man"):
            return ("T", self.pro(key))
        if key == "age":
            return ("S", str(self.value("age")), "AGE", "digits")
        if key == "agew":
            return ("S", num_words(self.value("age")), "AGE", "words")
        if key == "dob":
            return ("S", dob_digits(self.value("dob"), rng), "DATE_OF_BIRTH", "digits")
        if key == "dobw":
            return ("S", dob_words(self.value("dob"), rng), "DATE_OF_BIRTH", "words")
        if key == "phone":
            m = self.value("mobile")
            text = rng.choice(
                [
                    f"{m[:5]} {m[5:]}",
                    m,
                    f"{m[:5]} {m[5:8]} {m[8:]}",
                    f"+44 {m[1:5]} {m[5:]}",
                    f"+44 (0){m[1:5]} {m[5:]}",
                    f"({m[:5]}) {m[5:]}",
                    f"{m[:3]} {m[3:7]} {m[7:]}",
                    f"{m[:5]}-{m[5:8]}-{m[8:]}",
                ]
            )
            return ("S", text, "PHONE", "digits")
        if key == "desk":
            d = self.value("desk")
            if rng.random() < 0.25:
                d = "+44 " + d[1:]
            return ("S", d, "PHONE", "digits")
        if key == "phonew":
            m = self.value("mobile")
            groups = [m[:5], m[5:8], m[8:]]
            zero = "oh" if rng.random() < 0.8 else "zero"
            text = ", ".join(digit_words(g, rng, zero=zero) for g in groups)
            return ("S", text, "PHONE", "words")
        if key in ("email", "workemail"):
            return ("S", self.value(key), "EMAIL", "plain")
        if key == "emailw":
            local, domain = self.value("email").split("@")

            def spoken(part: str) -> str:
                out = []
                for chunk in re.findall(r"[A-Za-z]+|\d+|[._-]", part):
                    if chunk == ".":
                        out.append("dot")
                    elif chunk == "_":
                        out.append("underscore")
                    elif chunk == "-":
                        out.append("dash")
                    elif chunk.isdigit():
                        out.append(digit_words(chunk, rng, doubles=False))
                    else:
                        out.append(chunk.lower())
                return " ".join(out)

            return ("S", f"{spoken(local)} at {spoken(domain)}", "EMAIL", "words")
        if key == "sn":
            return ("S", self.value("sn"), "SERVICE_NUMBER", "digits")
        if key == "snw":
            sn = self.value("sn")
            if sn[0].isalpha():
                text = f"{sn[0]}, {digit_words(sn[1:4], rng)}, {digit_words(sn[4:7], rng)}, {sn[7]}"
            else:
                text = f"{digit_words(sn[:4], rng)}, {digit_words(sn[4:], rng)}"
            return ("S", text, "SERVICE_NUMBER", "words")
        if key == "ni":
            a, d, s = self.value("ni")
            text = rng.choice(
                [
                    f"{a} {d[:2]} {d[2:4]} {d[4:]} {s}",
                    f"{a}{d}{s}",
                    f"{a}{d}{s}".lower(),
                    f"{a} {d} {s}",
                ]
            )
            return ("S", text, "NI_NUMBER", "digits")
        if key == "nhs":
            n = self.value("nhs")
            text = rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])
            return ("S", text, "NHS_NUMBER", "digits")
        if key == "street":
            return ("S", self.value("street"), "ADDRESS", "street")
        if key == "town":
            return ("S", self.value("townrow")[0], "LOCATION", "town")
        if key == "pc":
            out, inw = self.value("postcode")
            text = rng.choice(
                [f"{out} {inw}", f"{out} {inw}", f"{out}{inw}", f"{out} {inw}".lower()]
            )
            return ("S", text, "POSTCODE", "plain")
        if key == "pcw":
            out, inw = self.value("postcode")
            letters = " ".join(c if c.isalpha() else num_words(int(c)) for c in out)
            letters = re.sub(
                r"(one|two|three|four|five|six|seven|eight|nine|zero) (?=\w)", r"\1 ", letters
            )
            inward = f"{num_words(int(inw[0]))} {inw[1]} {inw[2]}"
            return ("S", f"{letters}, {inward}", "POSTCODE", "words")
        if key == "unit":
            text, form = self.value("unit")
            return ("S", text, "UNIT", form)
        if key == "base":
            text, form = self.value("base")
            return ("S", text, "BASE", form)
        if key == "rankword":
            return ("D", self.rank[0] if self.rank else self.grade or "Civilian", "rank")
        if key == "rankfullword":
            return ("D", self.rank[1] if self.rank else self.grade or "Civilian", "rank")
        if key == "service":
            return ("D", SERVICE_WORDS.get(self.service, "the MOD"), "service")
        raise KeyError(key)


# --------------------------------------------------------------------------- documents

TOKEN = re.compile(r"\{(\w+)\.(\w+)\}|\{(\w+):(\w+)\}|\{(\w+)\}|«(\w+)\|([^»]*)»")
SURNAME_FORMS = ("full", "sur", "rank", "title", "init", "surfirst", "caps", "broken")
ACTION_STYLES = ("sickness", "posting")


def D(text: str, kind: str) -> tuple:
    return ("D", text, kind)


def S(text: str, typ: str, form: str) -> tuple:
    return ("S", text, typ, form)


class Reject(Exception):
    """The document broke a rule of the corpus: it is drawn again."""


class Doc:
    def __init__(self, rng: random.Random, style: str, fmt: str = "txt"):
        self.rng, self.style, self.fmt = rng, style, fmt
        start = dt.date(2025, 1, 6)
        self.date = start + dt.timedelta(days=rng.randint(0, 690))
        self.pieces: list[tuple] = []
        self.people: list[Person] = []
        self.used: list[str] = []

    # ---- casting
    def cast(
        self,
        service: str | None = None,
        tier: str = "junior",
        sex: str | None = None,
        origin: str | None = None,
        nick: bool = False,
        dr: bool = False,
    ) -> Person:
        rng = self.rng
        for _ in range(500):
            svc = service or rng.choice(["army", "army", "army", "rn", "rm", "raf", "civ"])
            org = origin or rng.choices(list(P.ORIGIN_WEIGHTS), list(P.ORIGIN_WEIGHTS.values()))[0]
            if svc == "gurkha":
                org = "nepali"
            elif org == "nepali" and svc == "army":
                svc = "gurkha"
            if svc in ("rm",) or (svc in ("army", "gurkha") and rng.random() < 0.6):
                sx = sex or rng.choice("mmmmf")
            else:
                sx = sex or rng.choice("mmf" if svc not in ("civ", "pub") else "mff")
            firsts = [f for f in P.FIRST[org] if f[1] == sx]
            if not firsts:
                continue
            first, _, dims = rng.choice(firsts)
            sur = rng.choice(P.SURNAMES[org])
            if isinstance(sur, tuple):
                sur = sur[sx == "f"]
            bound = sur in P.BOUND_NICKS
            nickname = None
            if bound:
                nickname = P.BOUND_NICKS[sur]
            elif nick:
                loose = P.LOOSE_NICKS.get(org, P.LOOSE_NICKS["english"])
                nickname = rng.choice(loose)
            if nick and nickname is None:
                continue
            p = Person(self, svc, tier, sx, org, first, sur, list(dims), nickname, bound)
            p.dr = dr
            words = p.words()
            shorts = [p.initials.lower()] + ([p.dim.lower()] if p.dim else [])
            if any(w in self.used for w in words + shorts):
                continue
            if p.initials in FORBIDDEN_INITIALS:
                continue
            if not re.fullmatch(r"[A-ZÁÉÍÓÚŁ]{2,3}", p.initials):
                continue
            self.used += words + shorts
            self.people.append(p)
            return p
        raise Reject("no person to cast")

    # ---- pieces
    def add(self, template: str, **kw) -> None:
        pos = 0
        for m in TOKEN.finditer(template):
            if m.start() > pos:
                self.pieces.append(("T", template[pos : m.start()]))
            pos = m.end()
            if m.group(1):
                self.say(kw[m.group(1)], m.group(2))
            elif m.group(3):
                self.put(kw[m.group(3)].label(m.group(4)))
            elif m.group(5):
                self.put(kw[m.group(5)])
            else:
                self.pieces.append(("D", m.group(7), m.group(6)))
        if pos < len(template):
            self.pieces.append(("T", template[pos:]))

    def put(self, value) -> None:
        if isinstance(value, str):
            if value:
                self.pieces.append(("T", value))
        elif isinstance(value, list):
            for v in value:
                self.put(v)
        else:
            self.pieces.append(value)

    def say(self, p: Person, form: str) -> None:
        if form == "split1":
            text, form = p.first, "split"
        elif form == "split2":
            text, form = p.sur, "split"
        elif form == "broken":
            text = self.broken_text(p)
        else:
            text, form = p.say(form)
        if text is None:
            raise Reject(f"no {form} for {p.sur}")
        self.pieces.append(("S", text, "PERSON", form, p))

    def broken_text(self, p: Person) -> str:
        rng = self.rng
        full = f"{p.first} {p.sur}"
        if rng.random() < 0.5:
            full = full.upper()
        words = full.split(" ")
        long_words = [i for i, w in enumerate(words) if len(w) >= 5 and w.isalpha()]
        if long_words and rng.random() < 0.7:
            i = rng.choice(long_words)
            cut = rng.randint(2, len(words[i]) - 2)
            words[i] = words[i][:cut] + "-\n" + words[i][cut:]
            return " ".join(words)
        cut = rng.randint(1, len(words) - 1)
        return " ".join(words[:cut]) + "\n" + " ".join(words[cut:])

    # ---- values not tied to a person
    def day(self, lo: int, hi: int) -> dt.date:
        return self.date + dt.timedelta(days=self.rng.randint(lo, hi))

    def date_d(self, lo: int = -60, hi: int = 0, d: dt.date | None = None) -> tuple:
        return D(fmt_date(d or self.day(lo, hi), self.rng), "date")

    def wdate(self, lo: int = -30, hi: int = 0) -> list:
        d = self.day(lo, hi)
        return [D(WEEKDAYS[d.weekday()], "weekday"), " ", D(d_long(d), "date")]

    def time_d(self, hour: int | None = None) -> tuple:
        return D(fmt_time(self.rng, hour), "time")

    def unit_l(self, svc: str) -> tuple:
        text, form = self.rng.choice(P.UNITS[svc])
        return S(text, "UNIT", form)

    def base_l(self, svc: str) -> tuple:
        text, form = self.rng.choice(P.BASES[svc])
        return S(text, "BASE", form)

    def town_l(self) -> tuple:
        return S(self.rng.choice(P.TOWNS)[0], "LOCATION", "town")

    def site_l(self, kind: str) -> tuple:
        pool = {
            "hospital": P.HOSPITALS,
            "surgery": P.SURGERIES,
            "med": P.MED_CENTRES,
            "other": P.OTHER_SITES,
            "police": P.POLICE_SITES,
        }[kind]
        return S(self.rng.choice(pool), "LOCATION", "site")

    def ref(self, pattern: str) -> tuple:
        """A reference number: # is a digit, @ a capital, YY the document's year."""
        rng = self.rng
        text = pattern.replace("YYYY", str(self.date.year)).replace("YY", self.date.strftime("%y"))
        text = "".join(
            str(rng.randrange(10))
            if c == "#"
            else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
            if c == "@"
            else c
            for c in text
        )
        return D(text, "file")

    def count(self, lo: int, hi: int, word: bool = False, unit: str = "") -> tuple:
        n = self.rng.randint(lo, hi)
        text = num_words(n) if word else str(n)
        return D(text + (f" {unit}" if unit else ""), "count")

    # ---- transforms of a stretch of pieces
    def mark(self) -> int:
        return len(self.pieces)

    def recase(self, start: int, how: str) -> None:
        for i in range(start, len(self.pieces)):
            piece = self.pieces[i]
            text = piece[1].lower() if how == "lower" else piece[1].upper()
            if piece[0] == "S" and piece[2] == "PERSON":
                form = piece[3]
                if how == "upper" and form == "full":
                    form = "caps"
                if form in ("initials", "spell", "handle"):
                    raise Reject("initials in a recased stretch")
                self.pieces[i] = ("S", text, "PERSON", form, piece[4])
            elif piece[0] == "S" and piece[2] == "EMAIL" and how == "upper":
                continue
            else:
                self.pieces[i] = (piece[0], text, *piece[2:])

    def ocr(self, start: int) -> None:
        """A scanner's slips in the plain text (never at a piece's edge or inside a label)."""
        rng = self.rng

        def slip(word: str) -> str:
            r = rng.random()
            if "rn" in word and r < 0.5:
                return word.replace("rn", "m", 1)
            if r < 0.35 and re.search(r"[a-z]l[a-z]", word):
                return re.sub(r"(?<=[a-z])l(?=[a-z])", "1", word, count=1)
            if r < 0.6 and re.search(r"[a-z]o[a-z]", word):
                return re.sub(r"(?<=[a-z])o(?=[a-z])", "0", word, count=1)
            return word

        for i in range(start, len(self.pieces)):
            piece = self.pieces[i]
            if piece[0] != "T" or len(piece[1]) < 12:
                continue
            parts = re.split(r"( )", piece[1])
            for j in range(2, len(parts) - 2, 2):
                w = parts[j]
                if not w.isalpha() or len(w) < 4:
                    continue
                r = rng.random()
                if r < 0.12:
                    parts[j] = slip(w)
                elif r < 0.16:
                    parts[j - 1] = "  "
                elif r < 0.19:
                    parts[j] = w + rng.choice([" |", " ~"])
            self.pieces[i] = ("T", "".join(parts))

    def wrap(self, start: int, width: int) -> None:
        """Hard line ends, as a printed report turned to text: a space in plain text becomes
        a line end once the line is long enough (labels are never broken)."""
        col = 0
        for i in range(start, len(self.pieces)):
            piece = self.pieces[i]
            if piece[0] != "T":
                text = piece[1]
                col = len(text) - text.rfind("\n") - 1 if "\n" in text else col + len(text)
                continue
            chars = list(piece[1])
            for j, c in enumerate(chars):
                if c == "\n":
                    col = 0
                elif c == " " and col >= width and 0 < j < len(chars) - 1:
                    chars[j] = "\n"
                    col = 0
                else:
                    col += 1
            self.pieces[i] = ("T", "".join(chars))

    # ---- the record
    def build(self, ident: str) -> dict:
        text_parts, spans, decoys = [], [], []
        pos = 0
        for piece in self.pieces:
            start, pos = pos, pos + len(piece[1])
            text_parts.append(piece[1])
            if piece[0] == "S":
                spans.append((start, pos, piece))
            elif piece[0] == "D":
                decoys.append({"start": start, "end": pos, "kind": piece[2]})
        text = "".join(text_parts)
        for s, e, _ in spans:
            value = text[s:e]
            assert value and value == value.strip(), (ident, value)
        for d in decoys:
            value = text[d["start"] : d["end"]]
            assert value and value == value.strip(), (ident, value)
        spans.sort(key=lambda x: x[0])
        entity: dict[int, str] = {}
        order: list[Person] = []
        for _, _, piece in spans:
            if piece[2] == "PERSON" and id(piece[4]) not in entity:
                entity[id(piece[4])] = f"p{len(entity) + 1}"
                order.append(piece[4])
        if not order:
            raise Reject("nobody named")
        covered = bytearray(len(text))
        for s, e, _ in spans:
            covered[s:e] = b"\x01" * (e - s)
        for d in decoys:
            covered[d["start"] : d["end"]] = b"\x01" * (d["end"] - d["start"])
        person_words = sorted({w for p in order for w in p.words()}, key=lambda w: (-len(w), w))
        # Rules a document must keep, else it is drawn again.
        for s, e, piece in spans:
            value = text[s:e].lower()
            if piece[2] in ("EMAIL",) or (piece[2] == "PERSON" and piece[3] == "handle"):
                continue
            mine = piece[4].words() if piece[2] == "PERSON" else []
            for w in person_words:
                if w not in mine and re.search(rf"(?<!\w){re.escape(w)}(?!\w)", value):
                    raise Reject(f"{w} inside {value}")
        for d in decoys:
            value = text[d["start"] : d["end"]].lower()
            for w in person_words:
                if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", value):
                    raise Reject(f"{w} inside decoy {value}")
        words = sorted(set(person_words) | set(P.ORDINARY_NAME_WORDS), key=lambda w: (-len(w), w))
        for w in words:
            for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.I):
                if not any(covered[m.start() : m.end()]):
                    decoys.append({"start": m.start(), "end": m.end(), "kind": "word"})
                    covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
        marks = sorted([(s, e) for s, e, _ in spans] + [(d["start"], d["end"]) for d in decoys])
        for (_, e1), (s2, _) in itertools.pairwise(marks):
            assert e1 <= s2, (ident, s2, text[s2 - 20 : s2 + 20])
        mentions = Counter(entity[id(piece[4])] for _, _, piece in spans if piece[2] == "PERSON")
        if max(mentions.values()) > 6:
            raise Reject("named too often")
        if not 25 <= len(text.split()) <= 600:
            raise Reject(f"{len(text.split())} words")
        seen: set[str] = set()
        holding: set[str] = set()
        splits = []
        for s, e, piece in spans:
            if piece[2] != "PERSON":
                continue
            ent, form = entity[id(piece[4])], piece[3]
            if form == "typo":
                assert ent in holding, (ident, text[s:e])
            if form == "spell":
                assert ent in seen, (ident, text[s:e])
                assert re.fullmatch(r"\w(?:(?:-|, )\w)+", text[s:e]), (ident, text[s:e])
            if form == "initials":
                assert re.fullmatch(r"[A-ZÁÉÍÓÚŁ]{2,3}", text[s:e]), (ident, text[s:e])
            if form == "broken":
                assert "\n" in text[s:e], ident
            if form == "split":
                splits.append((s, e, ent))
            seen.add(ent)
            if form in SURNAME_FORMS:
                holding.add(ent)
        assert len(splits) % 2 == 0, ident
        for (_, e1, a), (s2, _, b) in zip(splits[::2], splits[1::2], strict=True):
            assert a == b and "\n" in text[e1:s2], ident
        if self.style in ACTION_STYLES:
            starts = {s for s, _, piece in spans if piece[2] == "PERSON"}
            for m in re.finditer(r"Action: (\S)", text):
                assert m.start(1) in starts, (ident, text[m.start() : m.start() + 30])
        out_spans = []
        for s, e, piece in spans:
            span = {"type": piece[2], "start": s, "end": e, "form": piece[3]}
            if piece[2] == "PERSON":
                span["entity"] = entity[id(piece[4])]
            out_spans.append(span)
        decoys.sort(key=lambda d: d["start"])
        return {
            "id": ident,
            "style": self.style,
            "format": self.fmt,
            "text": text,
            "spans": out_spans,
            "decoys": decoys,
        }


# --------------------------------------------------------------------------- styles

OPS = ["Op CABRIT", "Op TOSCA", "Op KIPION", "Op SHADER", "Op INTERFLEX", "Op ORBITAL"]
EXERCISES = [
    "Ex STEADFAST DEFENDER",
    "Ex WESSEX STORM",
    "Ex GREEN DAGGER",
    "Ex COBRA WARRIOR",
    "Ex JOINT WARRIOR",
    "Ex IRON STORM",
    "Ex TALISMAN SABRE",
    "Ex SPRING STORM",
]
APPOINTMENTS = {
    "junior": [
        "Section 2IC",
        "Unit Admin Clerk",
        "Ops Clerk",
        "Vehicle Mechanic",
        "Signaller",
        "Driver",
        "Storeman",
        "Medic",
    ],
    "snco": [
        "Platoon Sergeant",
        "Troop Sergeant",
        "Chief Clerk",
        "MT Manager",
        "Master Chef",
        "Flight Sergeant (Ops)",
        "Chief of the Watch",
        "Section Commander",
    ],
    "officer": [
        "Platoon Commander",
        "Adjutant",
        "Flight Commander",
        "Divisional Officer",
        "Operations Officer",
        "Company Second-in-Command",
        "Quartermaster",
    ],
}
CIV_TEAMS = [
    "Defence Business Services – Pay",
    "DE&S Commercial",
    "Army HQ People Secretariat",
    "Navy Command Finance",
    "DIO Estates",
    "Strategic Command HR",
    "Defence Equipment and Support – Land",
    "Air Command Finance",
    "DBS Civilian HR Casework",
    "Head Office Security",
]
CIV_JOBS = [
    "Administrative Officer",
    "Executive Officer",
    "Finance Officer",
    "HR Caseworker",
    "Estates Manager",
    "Policy Adviser",
    "Project Manager",
    "Contracts Manager",
]
CONDITIONS = [
    "lower back pain",
    "a knee injury",
    "migraine",
    "gastroenteritis",
    "anxiety and low mood",
    "work-related stress",
    "a fractured wrist",
    "post-viral fatigue",
    "a shoulder injury",
    "bereavement reaction",
]
OH_FIRM = "Maplecroft Occupational Health"


NEXT_RANK = {
    "Private": "Lance Corporal",
    "Sapper": "Lance Corporal",
    "Gunner": "Lance Corporal",
    "Trooper": "Lance Corporal",
    "Signaller": "Lance Corporal",
    "Craftsman": "Lance Corporal",
    "Rifleman": "Lance Corporal",
    "Marine": "Lance Corporal",
    "Lance Corporal": "Corporal",
    "Corporal": "Sergeant",
    "Sergeant": "Staff Sergeant",
    "Staff Sergeant": "Warrant Officer",
    "Colour Sergeant": "Warrant Officer",
    "Lieutenant": "Captain",
    "Captain": "Major",
    "Major": "Lieutenant Colonel",
    "Lieutenant Colonel": "Colonel",
}
NEXT_RANK_BY_SERVICE = {
    "rm": {"Sergeant": "Colour Sergeant"},
    "gurkha": {"Sergeant": "Colour Sergeant"},
    "raf": {
        "Aircraftman": "Senior Aircraftman",
        "Senior Aircraftman": "Corporal",
        "Aircraftwoman": "Senior Aircraftwoman",
        "Senior Aircraftwoman": "Corporal",
        "Sergeant": "Flight Sergeant",
        "Chief Technician": "Flight Sergeant",
        "Flight Sergeant": "Warrant Officer",
        "Flying Officer": "Flight Lieutenant",
        "Flight Lieutenant": "Squadron Leader",
        "Squadron Leader": "Wing Commander",
        "Wing Commander": "Group Captain",
    },
    "rn": {
        "Able Seaman": "Leading Hand",
        "Engineering Technician": "Leading Hand",
        "Leading Hand": "Petty Officer",
        "Petty Officer": "Chief Petty Officer",
        "Chief Petty Officer": "Warrant Officer",
        "Sub Lieutenant": "Lieutenant",
        "Lieutenant": "Lieutenant Commander",
        "Lieutenant Commander": "Commander",
        "Commander": "Captain",
    },
}


def next_rank(p: Person) -> str:
    full = p.rank[1]
    by_service = NEXT_RANK_BY_SERVICE.get(p.service, {})
    return by_service.get(full) or NEXT_RANK.get(full) or "the next rank"


def appraisal(doc: Doc, k: int) -> None:
    rng = doc.rng
    sub = k % 3
    if rng.random() < 0.5:
        doc.add("«system|OFFICIAL-SENSITIVE PERSONAL»\n\n")
    if sub < 2:
        svc = (
            rng.choice(["army", "rm", "gurkha", "army"]) if sub == 0 else rng.choice(["raf", "rn"])
        )
        tier = rng.choice(["junior", "junior", "snco", "officer"])
        a = doc.cast(svc, tier, nick=rng.random() < 0.6)
        r1 = doc.cast(svc, "officer")
        r2 = doc.cast(svc, "officer")
        cs = doc.cast(svc, "officer")
        y = doc.date.year if doc.date.month >= 4 else doc.date.year - 1
        d1, d2 = dt.date(y - 1, 4, 1), dt.date(y, 3, 31)
        report = "OJAR" if tier == "officer" else "SJAR"
        title = (
            "OFFICERS' JOINT APPRAISAL REPORT"
            if tier == "officer"
            else "SERVICE JOINT APPRAISAL REPORT"
        )
        doc.add(
            "«header|{t}» («acronym|{r}»)\n«header|Reporting period:» {d1} to {d2}\n"
            "«header|Subject:» {sn} {a.rankinitcaps}\n«header|Unit:» {a:unit}\n"
            "«header|Location:» {a:base}\n«header|Appointment:» {appt}\n\n"
            "«header|1RO:» {r1.rank}\n«header|1RO narrative:»\n".replace("{t}", title).replace(
                "{r}", report
            ),
            a=a,
            r1=r1,
            sn=a.label("sn"),
            d1=doc.date_d(d=d1),
            d2=doc.date_d(d=d2),
            appt=D(rng.choice(APPOINTMENTS[tier]), "rank"),
        )
        opening = rng.choice(
            [
                "{a.rankabbr} has had an outstanding year",
                "{a.rankfull} has had a solid, if unspectacular, year",
                "This has been a year of real growth for {a.rankabbr}",
                "{a.rankabbr} has been quietly excellent this year",
            ]
        )
        body = [opening + ", and {a:his} section has been the better for it. "]
        if a.nick:
            body.append(
                rng.choice(
                    [
                        "Known to everyone as {a.nick}, {a:he} has been the bedrock of the team "
                        "through {c1} major exercises and a {c2} deployment on {op}. ",
                        "{a.nick}, as {a:he} is universally known, led from the front on {ex}, and "
                        "the soldiers will follow {a:him} anywhere. ",
                    ]
                )
            )
        body.append(
            rng.choice(
                [
                    "At only {a:age}, {a:he} shows a maturity well beyond {a:his} years. "
                    if tier == "junior"
                    else "At {a:age}, {a:he} brings a depth of experience the unit needs. ",
                    "{a:He} passed {course} in {yr} and was placed {pos} of {of}. ",
                    "{a:He} organised a {c3} march for {charity} that raised {money}. ",
                    "{a:His} «acronym|MATT» results are all in date and {a:he} ran the unit's "
                    "«acronym|ACMT» for {c4} personnel. ",
                ]
            )
        )
        body.append(
            rng.choice(
                [
                    "{a.sur} must now broaden {a:his} experience in a staff appointment. ",
                    "{a:His} written work is too often late, and {a:he} knows it. ",
                    "{a.sur} should be stretched further next year. ",
                ]
            )
        )
        body.append(
            rng.choice(
                [
                    "{a:He} has made {a:his} mark on a young team. ",
                    "",
                    "{a:He} sets the standard for the junior ranks and will grow into more. ",
                ]
            )
            + "I recommend {a:him} for promotion to {next} at the first opportunity.\n\n"
        )
        doc.add(
            "".join(body),
            a=a,
            c1=doc.count(2, 4, word=True),
            c2=D(rng.choice(["six-week", "four-month", "ten-week"]), "count"),
            op=D(rng.choice(OPS), "product"),
            ex=D(rng.choice(EXERCISES), "product"),
            course=doc.ref(
                rng.choice(["PJNCO Cadre YY/##", "SMC #/YY", "ALM Course YY/##", "JNCO Cadre YY/#"])
            ),
            yr=D(str(doc.date.year - 1), "year"),
            pos=D(rng.choice(["3rd", "2nd", "5th", "1st"]), "count"),
            of=doc.count(18, 40),
            c3=D(rng.choice(["ten-mile", "24-hour", "100 km"]), "count"),
            charity=D(
                rng.choice(
                    [
                        "SSAFA",
                        "ABF The Soldiers' Charity",
                        "the RAF Benevolent Fund",
                        "the RNRMC",
                        "Help for Heroes",
                    ]
                ),
                "product",
            ),
            money=D(rng.choice(["£2,340", "£1,185", "£4,020.50", "£960"]), "money"),
            c4=doc.count(40, 300),
            next=D(next_rank(a), "rank"),
        )
        grade = rng.choice(["Outstanding", "Superior", "Very Good", "Good"])
        promo = rng.choice(["Recommended – High", "Recommended", "Not yet ready"])
        doc.add(
            "«header|1RO grading:» «status|"
            + grade
            + "»   «header|Promotion:» «status|"
            + promo
            + "»\n\n«header|2RO comments:»\n",
        )
        mention = "{a.typo}" if a.typo and rng.random() < 0.55 else "{a.sur}"
        doc.add(
            rng.choice(
                [
                    "I concur with the 1RO. "
                    + mention
                    + " is in the top {pct} of {a:his} peers and should "
                    "be selected this year.\n",
                    "A fair report which I endorse. "
                    + mention
                    + " has real potential; the weaknesses "
                    "noted are easily fixed.\n",
                    "I have watched "
                    + mention
                    + " closely over the year and agree with every word.\n",
                ]
            ),
            a=a,
            pct=D(rng.choice(["10%", "20%", "5%"]), "count"),
        )
        doc.add(
            "«header|2RO:» {r2.init}, «rank|Commanding Officer», {d}\n"
            "«header|Countersigned (SRO):» {cs.initials}\n",
            r2=r2,
            cs=cs,
            d=doc.date_d(-40, 0),
        )
        return
    a = doc.cast("civ", rng.choice(["junior", "snco"]))
    m = doc.cast("civ", "snco")
    c = doc.cast("civ", "officer")
    n = doc.cast("civ", "junior")
    y = doc.date.year if doc.date.month >= 4 else doc.date.year - 1
    doc.add(
        "«header|END OF YEAR PERFORMANCE REVIEW» {yr}\n«header|Name:» {a.full}\n"
        "«header|Grade:» {a:rankword}\n«header|Team:» {team}\n«header|Location:» {a:base}\n"
        "«header|Line manager:» {m.full} ({m:rankword})\n"
        "«header|Countersigning manager:» {c.titlefull}\n\n«header|Objectives and evidence:»\n"
        "1. «header|Delivery:» processed {n1} claims against a target of {n2}, with an error "
        "rate under {pct}.\n2. «header|People:» coached {n.full}, a new {nr}, through "
        "probation.\n3. «header|Development:» completed the {cs} course on {d1}.\n\n"
        "«header|Line manager's summary:»\n",
        a=a,
        m=m,
        c=c,
        n=n,
        yr=D(f"{y - 1}-{str(y)[2:]}", "year"),
        team=D(rng.choice(CIV_TEAMS), "team"),
        n1=doc.count(700, 1900),
        n2=doc.count(500, 900),
        pct=D("2%", "count"),
        nr=D(rng.choice(["AA", "AO"]), "rank"),
        cs=D(
            rng.choice(
                [
                    "Managing Performance",
                    "Civil Service Learning: Commercial Awareness",
                    "Project Delivery Fundamentals",
                ]
            ),
            "product",
        ),
        d1=doc.date_d(-300, -30),
    )
    doc.add(
        rng.choice(
            [
                "{a.first} has had a strong year. {a:He} covered my role during my {c6} of leave "
                "and kept the backlog under control. {a.first}'s sickness absence was nil.\n",
                "This has been a mixed year for {a.first}: delivery was good but {a:he} struggled "
                "with the move to {tool}. {a.first} has taken the feedback well.\n",
            ]
        ),
        a=a,
        c6=D(rng.choice(["six weeks", "three weeks", "two months"]), "count"),
        tool=D(
            rng.choice(["Microsoft Teams", "MyHR", "the new CP&F system", "SharePoint"]), "product"
        ),
    )
    doc.add(
        "«header|Performance marking:» «status|"
        + rng.choice(["Exceeded", "Met", "Partially met"])
        + "»\n\n«header|Countersigning manager's comments:»\nI have read {m.first}'s assessment "
        "and agree with the marking. {a.firstinit} should apply for {g} roles this year.\n"
        "«header|Countersigned:» {c.initials}  {d}\n",
        a=a,
        m=m,
        c=c,
        g=D(rng.choice(["HEO", "EO", "SEO"]), "rank"),
        d=doc.date_d(-20, 0),
    )


def sickness(doc: Doc, k: int) -> None:
    rng = doc.rng
    sub = k % 4
    helpline = D(f"08081 570{rng.randint(0, 999):03d}", "helpline")
    if sub == 0:
        a = doc.cast(rng.choice(["civ", "civ", "army", "raf"]), "junior")
        m = doc.cast(a.service, "snco")
        gp = doc.cast("pub", "officer", dr=True)
        d1 = doc.day(-30, -8)
        d2 = d1 + dt.timedelta(days=rng.randint(3, 7))
        ident = (
            "«header|Rank:» {a:rankword}   «header|Service No:» {a:sn}\n"
            if a.rank
            else "«header|Grade:» {a:rankword}   «header|NI No:» {a:ni}\n"
        )
        doc.add(
            ("«system|OFFICIAL-SENSITIVE PERSONAL»\n" if rng.random() < 0.5 else "")
            + "«header|RETURN TO WORK DISCUSSION»\n«header|Name:» {a.surfirst}\n"
            + ident
            + "«header|Line manager:» {m.full}\n«header|First day of absence:» {d1}   "
            "«header|Returned:» {d2} ({n})\n«header|Reason given:» {cond}\n"
            "«header|Certification:» «status|"
            + rng.choice(["Fit note", "Self-certified"])
            + "»\n\n«header|Notes of discussion:»\n{a.first} rang me at {t} on the first "
            "morning, within the reporting window. {a:He} was seen by {gp.title} at {surg} and "
            "given a fit note for {c7}. This is {a:his} {nth} spell in {c12}, so the trigger "
            "point has been reached and I explained what happens next. {a.first} said the "
            "problem started at home in {a:town}; {a:he} is on light duties for {c2}. We "
            "discussed the «product|Employee Assistance Programme» ({hl}). I hope the light "
            "duties will be enough to stop a further spell.\n\n"
            "«header|Actions:»\nAction: {m.initials} – refer to {oh} by {d3}\n"
            "Action: {a.first} – send the fit note to {team} by {d4}\n"
            "«header|Signed:» {m.init}  {d5}\n",
            a=a,
            m=m,
            gp=gp,
            d1=doc.date_d(d=d1),
            d2=doc.date_d(d=d2),
            n=D(f"{rng.randint(3, 5)} working days", "count"),
            cond=rng.choice(CONDITIONS),
            t=doc.time_d(7),
            surg=doc.site_l("surgery"),
            c7=D("seven days", "count"),
            nth=D(rng.choice(["second", "third", "fourth"]), "count"),
            c12=D("12 months", "count"),
            c2=D(rng.choice(["two weeks", "a week"]), "count"),
            hl=helpline,
            oh=D("OH", "rank"),
            d3=doc.date_d(1, 7),
            d4=doc.date_d(1, 5),
            team=D(rng.choice(["People Services", "HR", "the orderly room"]), "team"),
            d5=doc.date_d(-2, 0),
        )
    elif sub == 1:
        a = doc.cast(rng.choice(["civ", "army", "rn", "raf"]), "junior")
        gp = doc.cast("pub", "officer", dr=True)
        h = doc.cast("civ", "junior")
        m = doc.cast(a.service, "snco")
        boxes = ["[X]" if rng.random() < 0.5 else "[ ]" for _ in range(4)]
        doc.add(
            "«header|FIT NOTE SUMMARY» – «team|People Services»\n«header|Employee:» {a.caps}\n"
            "«header|DOB:» {a:dob}\n«header|NHS No:» {a:nhs}\n«header|Practice:» {surg}, {a:town}\n"
            "«header|Practice tel:» {gp:desk}\n«header|Assessed by:» {gp.titlefull}\n"
            "«header|Date of assessment:» {d1}\n«header|Condition:» {cond}\n"
            "«header|Outcome:» «status|"
            + rng.choice(["Not fit for work", "May be fit for work"])
            + "»\n«header|Period:» {d2} to {d3} ({n})\n«header|Adjustments suggested:» "
            + boxes[0]
            + " phased return "
            + boxes[1]
            + " altered hours "
            + boxes[2]
            + " amended duties "
            + boxes[3]
            + " workplace adaptations\n"
            "«header|Summary entered by:» {h.firstinit}\n«header|Note:» original scanned to the "
            "personal file; copy passed to {m.rank} for the return to work discussion.\n"
            "Action: {h.initials} to diarise a review on {d4}\n",
            a=a,
            gp=gp,
            h=h,
            m=m,
            surg=doc.site_l("surgery"),
            d1=doc.date_d(-10, -3),
            d2=doc.date_d(-3, -1),
            d3=doc.date_d(10, 28),
            cond=rng.choice(CONDITIONS),
            n=D(rng.choice(["14 days", "28 days", "2 weeks", "1 month"]), "count"),
            d4=doc.date_d(14, 30),
        )
    elif sub == 2:
        a = doc.cast(rng.choice(["civ", "civ", "army", "raf", "rn"]), "junior")
        m = doc.cast(a.service if a.service == "civ" else "civ", "snco")
        gp = doc.cast("pub", "officer", dr=True)
        ident = "«header|Service number:» {a:sn}\n" if a.rank else "«header|NI number:» {a:ni}\n"
        job = a.label("rankfullword") if a.rank else D(rng.choice(CIV_JOBS), "rank")
        doc.add(
            "«header|MANAGEMENT REFERRAL TO OCCUPATIONAL HEALTH»\n«header|To:» «team|"
            + OH_FIRM
            + "»\n«header|Ref:» {ref}\n\n«header|Employee details»\n«header|Name:» {a.full}\n"
            "«header|Date of birth:» {a:dob}\n«header|Age:» {a:age}\n«header|NHS number:» {a:nhs}\n"
            + ident
            + "«header|Home address:» {a:street}, {a:town}, {a:pc}\n"
            "«header|Mobile:» {a:phone}\n«header|Personal e-mail:» {a:email}\n"
            "«header|Job title:» {job}   «header|Workplace:» {a:base}\n\n"
            "«header|Reason for referral:»\n{a.title} has been absent since {d1} with {cond}. "
            "{a:He} tells me {a:he} is under the care of {hosp} and has a scan booked. {a:His} GP "
            "is {gp.title} at {surg}.\n\n«header|Questions for OH:»\n1. When is {a.first} likely "
            "to be fit to return, and on what duties?\n2. Is the condition likely to be a "
            "disability under the Equality Act?\n3. What adjustments would help?\n\n"
            "«header|Referring manager:» {m.full}, {m:rankword}\n«header|Tel:» {m:desk}   "
            "«header|E-mail:» {m:workemail}\n"
            "Action: {m.initials} to send the consent form by {d2}\n",
            a=a,
            m=m,
            gp=gp,
            ref=doc.ref("OH-YYYY-#####"),
            job=job,
            d1=doc.date_d(-40, -10),
            cond=rng.choice(CONDITIONS),
            hosp=doc.site_l("hospital"),
            surg=doc.site_l("surgery"),
            d2=doc.date_d(1, 3),
        )
    else:
        a = doc.cast(rng.choice(["civ", "army", "raf", "rn", "rm"]), rng.choice(["junior", "snco"]))
        m = doc.cast("civ" if a.service == "civ" else a.service, "officer")
        dr_ = doc.cast("pub", "officer", dr=True)
        gp = doc.cast("pub", "officer", dr=True)
        job = a.label("rankfullword") if a.rank else D(rng.choice(CIV_JOBS), "rank")
        helpline_pick = rng.choice(HELPLINES)
        site = doc.site_l("med" if a.rank else "hospital")
        outcome = rng.choice(
            ["fit for work with adjustments", "unfit for work at present", "fit for full duties"]
        )
        doc.add(
            "«team|" + OH_FIRM + "»\n«system|MEDICAL IN CONFIDENCE»\n{d0}\n\nDear {m.rankabbr},\n\n"
            "«header|Re:» {a.full}, {a:dob}\n«header|Our ref:» {ref}\n\n"
            "I saw {a.title} at {site} on {d1} following your referral of {d2}. {a:He} is a "
            "{a:age}-year-old {job} who has been absent since {d3}, and {a:he} has consented to "
            "this report.\n\nIn my opinion {a:he} is «status|" + outcome + "». I suggest a phased "
            "return over {c4}, starting at {pct} of normal hours. I have written to {a:his} GP, "
            "{gp.titlefull}, at {surg}, with the same advice. I will see {a:him} again in "
            "{c6}. Out of hours, {hname} are on {hl}.\n\n«signoff|Yours sincerely»\n\n"
            "{dr.titlefull}\n"
            "«rank|Consultant Occupational Physician»\n\ncc: {a.full}\n"
            "Action: {m.initials} to agree the return plan with {a.first}\n",
            a=a,
            m=m,
            dr=dr_,
            gp=gp,
            site=site,
            job=job,
            d0=doc.date_d(0, 0),
            ref=doc.ref("MOH/##/####"),
            d1=doc.date_d(-10, -2),
            d2=doc.date_d(-30, -12),
            d3=doc.date_d(-60, -31),
            c4=D(rng.choice(["four weeks", "six weeks"]), "count"),
            pct=D(rng.choice(["50%", "60%", "half"]), "count"),
            surg=doc.site_l("surgery"),
            c6=D(rng.choice(["six weeks", "a month"]), "count"),
            hname=D(helpline_pick[0], "product"),
            hl=D(helpline_pick[1], "helpline"),
        )


PLACE_WORDS = [
    "the NAAFI",
    "the cookhouse",
    "the Junior Ranks' Mess",
    "the sergeants' mess",
    "the guardroom",
    "the gym",
    "the block",
    "the welfare hut",
    "the NAAFI bar",
    "the galley",
    "the junior rates' bar",
    "the HIVE",
]


def complaint(doc: Doc, k: int) -> None:
    rng = doc.rng
    sub = k % 3
    if sub == 0:
        svc = rng.choice(["army", "army", "raf", "rn", "rm", "gurkha"])
        a = doc.cast(svc, "junior")
        b = doc.cast(svc, "snco", nick=rng.random() < 0.7)
        c = doc.cast(svc, "junior")
        d = doc.cast(svc, rng.choice(["snco", "officer"]))
        doc.add(
            ("«system|OFFICIAL-SENSITIVE PERSONAL»\n" if rng.random() < 0.5 else "")
            + "«header|From:» {a.rankinit} ({a:sn})\n{a:unit}\n{a:base}\n{d0}\n\n"
            "«header|To:» «rank|The Specified Officer»\n\n«header|SERVICE COMPLAINT – BULLYING "
            "AND HARASSMENT»\n\nDear Sir/Madam,\n\n1. I wish to make a Service Complaint about the "
            "behaviour of {b.rankname} towards me between {d1} and {d2}.\n\n",
            a=a,
            b=b,
            d0=doc.date_d(0, 0),
            d1=doc.date_d(-200, -120),
            d2=doc.date_d(-30, -5),
        )
        nick = "(known to everyone as {b.nick}) " if b.nick else ""
        doc.add(
            "2. {b.rankabbr} " + nick + "has repeatedly mocked me in front of the troop, "
            "including in {pw} on {wd}, when {b:he} called me useless and threw my kit into the "
            "corridor.\n\n3. On {wd2} {b.sur} posted a photo of me on {b:his} Instagram account, "
            "{b.handle}, with a caption about my weight. It was taken down after {c3}.\n\n"
            "4. {c.dim} ({c.rankabbr}) saw what happened in {pw2} and will confirm it.\n\n"
            "5. I reported this to {d.rank} on {d3}, who told me to crack on. Nothing changed.\n\n"
            "6. I am {a:age} and have served for {yrs}. I have never been in trouble.\n\n",
            b=b,
            c=c,
            d=d,
            a=a,
            pw=D(rng.choice(PLACE_WORDS), "place_word"),
            wd=doc.wdate(-90, -40),
            wd2=doc.wdate(-39, -10),
            c3=D(rng.choice(["two days", "a week", "36 hours"]), "count"),
            pw2=D(rng.choice(PLACE_WORDS), "place_word"),
            d3=doc.date_d(-60, -20),
            yrs=D(rng.choice(["four years", "six years", "three years", "nine years"]), "count"),
        )
        last = "{b.typo}" if b.typo and rng.random() < 0.6 else "{b.sur}"
        doc.add(
            "I hope this can still be resolved informally, but I will take it further if "
            "I have to.\n\n7. Redress sought: an apology, and that "
            + last
            + " is moved out of my chain of "
            "command.\n\nI can be contacted on {a:phone} or {a:email}, or at home at {a:street}, "
            "{a:town} {a:pc}.\n\n«signoff|Yours faithfully»\n«tag|[signature]»\n{a.init}\n",
            a=a,
            b=b,
        )
    elif sub == 1:
        a = doc.cast("civ", "junior")
        b = doc.cast("civ", "snco")
        m = doc.cast("civ", "officer")
        c = doc.cast("civ", "junior")
        doc.add(
            "«header|FORMAL GRIEVANCE»\n«header|To:» {m.full}, {m:rankword}, {team}\n"
            "«header|From:» {a.full}, {a:rankword}\n«header|Date:» {d0}\n\nDear {m.title},\n\n"
            "I am raising a formal grievance under the «product|MOD grievance procedure» about "
            "the conduct of my line manager, {b.full} ({b:rankword}).\n\nSince {d1}, {b.first} "
            "has {act}. On {wd} this happened in front of {c.full}, who was upset enough to "
            "mention it to «rank|the Trade Union rep».\n\nI have been signed off twice by my GP "
            "at {surg}. I am {a:agew} years old and have worked at {a:base} for {yrs}, and I "
            "have never felt like this about coming to work.\n\n",
            a=a,
            b=b,
            m=m,
            c=c,
            team=D(rng.choice(CIV_TEAMS), "team"),
            d0=doc.date_d(0, 0),
            d1=doc.date_d(-220, -100),
            act=rng.choice(
                [
                    "shouted at me in open-plan meetings and copied my mistakes to the whole team",
                    "refused my flexible working request without reasons and then mocked it",
                    "given my work to others and told colleagues I am not up to the job",
                ]
            ),
            wd=doc.wdate(-60, -10),
            surg=doc.site_l("surgery"),
            yrs=D(rng.choice(["eleven years", "seven years", "four years", "15 years"]), "count"),
        )
        last = "{b.typo}" if b.typo and rng.random() < 0.6 else "{b.sur}"
        doc.add(
            "I would like mediation, or a move to a team where " + last + " is not my manager. "
            "Please use my personal details, as I cannot get onto «acronym|MODNET» from home: "
            "{a:phone} or {a:email}.\n\n«signoff|Regards»\n\n{a.firstinit}\n",
            a=a,
            b=b,
        )
    else:
        svc = rng.choice(["army", "raf", "rn", "rm"])
        a = doc.cast(svc, "junior")
        so = doc.cast(svc, "officer")
        io = doc.cast(svc, "officer")
        ao = doc.cast(svc, "snco")
        s = doc.cast("civ", "junior")
        hp = rng.choice(HELPLINES)
        doc.add(
            "«team|Service Complaints Secretariat»\n«header|Our reference:» {ref}\n{d0}\n\n"
            "{a.rankname}\n{a:unit}\n{a:base}\n\nDear {a.rankabbr},\n\n"
            "«header|SERVICE COMPLAINT – ADMISSIBILITY DECISION»\n\n"
            "Thank you for your Service Complaint dated {d1}, received on {d2}. The "
            "«rank|Specified Officer», {so.rankinit}, has decided that it is «status|admissible»."
            "\n\n{io.rankname} has been appointed as «rank|Investigating Officer» and will contact "
            "you to arrange an interview; {io:his} e-mail is {io:workemail}. You may have an "
            "«rank|Assisting Officer»: {ao.rankabbr} has offered to act as yours.\n\n"
            "If you are unhappy with the handling of your complaint you may apply to the "
            "«rank|Service Complaints Ombudsman» within {c6}. If this process is affecting your "
            "wellbeing, {hname} can be reached on {hl}.\n\n«signoff|Yours sincerely»\n\n"
            "{s.full}\n«rank|Caseworker», «team|Service Complaints Secretariat»\n«header|Tel:» "
            "{s:desk}\n",
            a=a,
            so=so,
            io=io,
            ao=ao,
            s=s,
            ref=doc.ref("SC/YYYY/####"),
            d0=doc.date_d(0, 0),
            d1=doc.date_d(-40, -25),
            d2=doc.date_d(-24, -15),
            c6=D("six weeks", "count"),
            hname=D(hp[0], "product"),
            hl=D(hp[1], "helpline"),
        )


def interview(doc: Doc, k: int) -> None:
    rng = doc.rng
    svc = rng.choice(["army", "army", "raf", "rn", "rm", "gurkha"])
    w = doc.cast(svc, rng.choice(["junior", "junior", "snco"]))
    io = doc.cast(svc if svc != "gurkha" else "army", "officer")
    b = doc.cast(svc, "snco", nick=rng.random() < 0.6)
    c = doc.cast(svc, "junior")
    kk = doc.cast(svc, "junior", sex="m")
    ao = doc.cast("civ", "junior") if rng.random() < 0.5 else None
    ref = doc.ref("SC/YY/####")
    q = rng.choice(["IO", "IO", "Q"])
    r = rng.choice(["A", "WIT", "A"])
    if doc.fmt == "vtt":
        q, r = rng.choice(
            [("IO", "Witness"), ("Investigating Officer", "Interviewee"), ("IO", "WIT")]
        )
    turns: list[tuple[str, str, dict]] = []

    def turn(who: str, template: str, **kw) -> None:
        turns.append((who, template, kw))

    when = doc.wdate(0, 0)
    turn(
        q,
        "This interview is being recorded. It is {t} on {wd}. I am the "
        "«rank|Investigating Officer» for case {ref}. Please state your full name, rank and "
        "service number.",
        t=doc.time_d(rng.randint(9, 15)),
        wd=when,
        ref=ref,
    )
    turn(r, "{w.rankname}, service number {w:snw}.", w=w)
    if w.spell_part():
        turn(q, f"Can you spell your {w.spell_part()} for the transcript?")
        turn(
            r,
            "{f}{w.spell}.",
            w=w,
            f=rng.choice(["It's ", [D("Erm", "filler"), ", it's "], "Yeah, ", "That's "]),
        )
    turn(q, "And a contact number and e-mail, in case I need to follow anything up?")
    turn(r, "Mobile's {w:phonew}. E-mail is {w:emailw}.", w=w)
    if rng.random() < 0.5:
        turn(q, "For the record, your date of birth and home address?")
        turn(r, "{w:dobw}. {w:street}, {w:town}, postcode {w:pcw}.", w=w)
    else:
        turn(q, "How old are you, and where is home?")
        turn(r, "{w:agew}. Home's {w:town} when I'm not at {w:base}.", w=w)
    turn(q, "How long have you known {b.rankabbr}?", b=b)
    nick = " Everyone calls {b:him} {b.nick}." if b.nick else ""
    turn(
        r,
        "Since I joined {b:unit} in {yr}." + nick + " {f} {b:He} was all right at first.",
        b=b,
        yr=D(str(doc.date.year - rng.randint(2, 6)), "year"),
        f=D(rng.choice(["You know,", "Like,", "I mean,"]), "filler"),
    )
    turn(q, "Who else was in {pw} that night?", pw=D(rng.choice(PLACE_WORDS), "place_word"))
    turn(
        r,
        "Me, {c.dim}, and the new lad, {f} what's his name, {k.split1}",
        c=c,
        k=kk,
        f=D(rng.choice(["erm,", "er,", "um,"]), "filler"),
    )
    turn(q, "{k.split2}?", k=kk)
    turn(
        r,
        "Yeah. And then {b.sur} came in about {t} {tag} and started on me again.",
        b=b,
        t=doc.time_d(rng.randint(20, 23)),
        tag=D("[pause]", "tag"),
    )
    if rng.random() < 0.6:
        turn(q, "You mention a post online. Whose account was it on?")
        turn(
            r,
            "{b:His} own, {b.handle}. {tag} It was up for about {n}.",
            b=b,
            tag=D(rng.choice(["[inaudible]", "[inaudible 00:14:07]", "[crosstalk]"]), "tag"),
            n=D(rng.choice(["a day", "two days", "six hours"]), "count"),
        )
    if ao is not None:
        turn("AO", "Sorry, for my notes: {c.first} is in your section?", c=c)
        turn(r, "Yes. {tag}", tag=D("[laughs]", "tag"))
    last = "{b.typo}" if b.typo and rng.random() < 0.5 else "{b.rankfull}"
    turn(q, "Is there anything else you want to add?")
    turn(r, "Only that " + last + " has done this to others, not just me.", b=b)
    turn(q, "Interview concluded at {t}. Thank you.", t=doc.time_d(rng.randint(15, 17)))

    if doc.fmt == "txt":
        doc.add(
            "«header|RECORD OF INTERVIEW»\n«header|Case:» {ref2}\n«header|Interviewee:» {w.full}\n"
            "«header|Interviewed by:» {io.full}, «rank|Investigating Officer»\n"
            + ("«header|Note-taker:» {ao.initials}\n" if ao else "")
            + "«header|Venue:» {venue}\n«header|Date:» {d}\n\n",
            w=w,
            io=io,
            ao=ao,
            ref2=D(ref[1], "file"),
            venue=w.label("base") if rng.random() < 0.7 else doc.site_l("other"),
            d=D(when[2][1], "date"),
        )
        stamp = rng.random() < 0.5
        clock = rng.randint(5, 40)
        for who, template, kw in turns:
            if stamp:
                clock += rng.randint(8, 70)
                doc.add("[{ts}] ", ts=D(f"00:{clock // 60:02d}:{clock % 60:02d}", "timestamp"))
            doc.add("«role|" + who + "»: " + template + "\n", **kw)
        return
    clock = 1.0 + rng.random() * 3
    if doc.fmt == "vtt":
        doc.add("WEBVTT\n\nNOTE\n«header|Case:» {r}\n\n", r=D(ref[1], "file"))
    for n, (who, template, kw) in enumerate(turns, start=1):
        end = clock + rng.uniform(2.5, 11)
        sep = "." if doc.fmt == "vtt" else ","

        def stamp(x: float, sep: str = sep) -> str:
            ms = round(x * 1000)
            return f"00:{ms // 60000:02d}:{ms // 1000 % 60:02d}{sep}{ms % 1000:03d}"

        cue = [D(stamp(clock), "timestamp"), " --> ", D(stamp(end), "timestamp"), "\n"]
        if doc.fmt == "srt":
            doc.put(f"{n}\n")
            doc.put(cue)
            doc.add("«role|" + who + "»: " + template + "\n\n", **kw)
        else:
            doc.put(cue)
            doc.add("<v «role|" + who + "»>" + template + "\n\n", **kw)
        clock = end + rng.uniform(0.2, 1.5)


CHARGES = [
    (
        "Absence without leave",
        "section 9",
        "absented {he}self without leave from {his} unit until {t} on {d}",
    ),
    (
        "Misconduct towards a superior officer",
        "section 11",
        "used threatening language towards a superior officer",
    ),
    (
        "Disobedience to lawful commands",
        "section 12",
        "disobeyed a lawful command to attend a remedial training session",
    ),
    (
        "Conduct to the prejudice of good order and service discipline",
        "section 19",
        "failed to return a rifle to the armoury by {t}",
    ),
    (
        "Unfitness or misconduct through alcohol",
        "section 20",
        "was unfit for duty through alcohol at first parade",
    ),
    (
        "Fighting or threatening behaviour",
        "section 21",
        "fought with another serviceman outside the bar",
    ),
]


def summary(doc: Doc, k: int) -> None:
    rng = doc.rng
    svc = rng.choice(["army", "army", "raf", "rn", "rm", "gurkha"])
    a = doc.cast(svc, "junior")
    if k % 2 == 0:
        co = doc.cast(svc if svc != "gurkha" else "army", "officer")
        ao = doc.cast(svc, rng.choice(["snco", "officer"]))
        pt = doc.cast("pub", "junior", sex="f" if a.sex == "m" else "m")
        charge, section, parts = rng.choice(CHARGES)
        parts = parts.replace("{he}", a.pro("him")).replace("{his}", a.pro("his"))
        award = rng.choice(
            [
                [D(rng.choice(["£450", "£600", "£275", "£1,100"]), "money"), " fine"],
                [D(rng.choice(["14 days", "7 days", "10 days"]), "count"), " stoppage of leave"],
                [D("Severe reprimand", "status")],
                [
                    D(rng.choice(["£300", "£500"]), "money"),
                    " fine and ",
                    D(rng.choice(["7 days", "5 days"]), "count"),
                    " restriction of privileges",
                ],
            ]
        )
        doc.add(
            ("«system|OFFICIAL-SENSITIVE PERSONAL»\n" if rng.random() < 0.6 else "")
            + "«header|RECORD OF SUMMARY HEARING»\n«header|Unit:» {a:unit}\n"
            "«header|Location:» {a:base}\n«header|Accused:» {sn} {a.rankinitcaps}\n"
            "«header|Date of birth:» {a:dob}\n«header|Charge:» " + charge + ", contrary to {sec} "
            "of the «product|Armed Forces Act 2006»\n«header|Particulars:» In that "
            + a.pro("he")
            + ", on {d1}, "
            + parts
            + ".\n«header|Date of hearing:» {d2}   "
            "«header|Time:» {t2}\n«header|Officer holding hearing:» {co.rankinit}, "
            "«rank|Commanding Officer»\n«header|Assisting Officer:» {ao.rankabbr}\n"
            "«header|Right to elect trial by Court Martial:» «status|Explained – not elected»\n"
            "«header|Plea:» «status|Guilty»   «header|Finding:» «status|Proved»\n"
            "«header|Mitigation:» {a.rankabbr} is {age}, has served {yrs} and has a clean "
            "conduct sheet. {a:His} partner, {pt.first}, is expecting their first child in "
            "{mo}, and the offence followed bad news from home in {a:town}.\n"
            "«header|Award:» {award}\n«header|Appeal:» rights of appeal to the «product|Summary "
            "Appeal Court» explained.\n«header|Signed:» {co.initials}   {d3}\n",
            a=a,
            co=co,
            ao=ao,
            pt=pt,
            sn=a.label("sn"),
            sec=D(section, "file"),
            d1=doc.date_d(-40, -15),
            d2=doc.date_d(-10, -1),
            t2=doc.time_d(rng.randint(9, 16)),
            d=doc.date_d(-14, -12),
            t=doc.time_d(),
            award=award,
            d3=doc.date_d(-1, 0),
            age=a.label(rng.choice(["age", "agew"])),
            yrs=D(rng.choice(["three years", "two years", "five years"]), "count"),
            mo=D(rng.choice(["six weeks", "two months", "March", "the spring"]), "count"),
        )
        return
    w = doc.cast(svc, "snco")
    x = doc.cast(svc, rng.choice(["junior", "snco"]))
    sanction = rng.choice(
        [
            ["«status|Formal Warning»"],
            ["«status|Extra Duties» ({n})"],
            ["«status|Restriction of Privileges» ({n})"],
        ]
    )[0]
    reason = rng.choice(
        [
            "late for first parade on {c3} occasions in {c2}",
            "failed to attend a booked «acronym|MATT» assessment on {d4}",
            "room not ready for inspection on {d4} despite a previous verbal warning",
        ]
    )
    doc.add(
        "«header|MINOR ADMINISTRATIVE ACTION – RECORD OF WARNING»\n«header|Subject:» {a.surfirst}"
        "\n«header|Service No:» {a:sn}\n«header|Unit:» {a:unit}\n«header|Sanction:» "
        + sanction
        + "\n«header|Reason:» "
        + reason
        + ".\n«header|Warned by:» {w.rankinit}, {role}\n"
        "«header|Notes:» {a.first} accepted the warning and said {a:he} had been looking after "
        "{a:his} dad in {town} at weekends. Signposted to the «rank|UWO» and {charity}.\n"
        "«header|Acknowledged by subject:» «tag|[signature]»   {d5}\n«header|Witness:» {x.init}\n",
        a=a,
        w=w,
        x=x,
        n=D(rng.choice(["3 days", "5 days", "2 days"]), "count"),
        c3=D(rng.choice(["three", "four"]), "count"),
        c2=D("two weeks", "count"),
        d4=doc.date_d(-20, -5),
        role=D(
            rng.choice(
                ["CSM", "Troop Sergeant", "Flight Sergeant", "Coxswain", "Company Sergeant Major"]
            ),
            "rank",
        ),
        town=doc.town_l(),
        charity=D(
            rng.choice(["ABF The Soldiers' Charity", "SSAFA", "the Naval Families Federation"]),
            "product",
        ),
        d5=doc.date_d(-2, 0),
    )


VEHICLES = [
    "silver Ford Focus",
    "black Audi A3",
    "white VW Transporter",
    "red Vauxhall Corsa",
    "grey BMW 1 Series",
    "blue Nissan Qashqai",
    "black Land Rover Discovery",
]


def statement(doc: Doc, k: int) -> None:
    rng = doc.rng
    scanned = k % 2 == 0
    svc = rng.choice(["army", "army", "raf", "rn", "rm", "pub"])
    a = doc.cast(svc, "junior")
    bsvc = svc if svc != "pub" else "army"
    b = doc.cast(bsvc, "junior", sex="m", nick=rng.random() < 0.4)
    c = doc.cast(rng.choice([bsvc, "pub"]), "junior")
    o = doc.cast("army", "snco")
    start = doc.mark()
    name_form = "broken" if scanned and k % 4 == 0 else "caps"
    occupation = (
        a.label("rankfullword")
        if a.rank
        else D(
            rng.choice(
                ["Taxi driver", "NAAFI shop assistant", "Cleaner", "Bar manager", "Student"]
            ),
            "rank",
        )
    )
    doc.add(
        "«system|RESTRICTED (when complete)»\n«header|WITNESS STATEMENT»\n«header|(CJ Act 1967, "
        "s.9; MC Act 1980, ss.5A(3)(a) and 5B; Criminal Procedure Rules, r.16.2)»\n"
        "«header|URN:» {urn}\n«header|Statement of:» {a." + name_form + "}\n"
        "«header|Age if under 18:» «age_band|Over 18»   «header|Occupation:» {occ}\n\n"
        "This statement (consisting of {pg} page(s) each signed by me) is true to the best of "
        "my knowledge and belief and I make it knowing that, if it is tendered in evidence, I "
        "shall be liable to prosecution if I have wilfully stated in it anything which I know "
        "to be false, or do not believe to be true.\n\n«header|Signature:» «tag|[signature]»   "
        "«header|Date:» {d0}\n\n",
        a=a,
        urn=doc.ref("##/RMP/####/YY"),
        occ=occupation,
        pg=D(rng.choice(["2", "3"]), "count"),
        d0=doc.date_d(-3, 0),
    )
    if scanned:
        doc.add("Tick if witness evidence is visually recorded [ ]\n\n")
    me = "I am {a:age} years of age. " if rng.random() < 0.6 else "I am {a:agew} years old. "
    me += (
        "I am a {a:rankfullword} serving with {a:unit} and I live in at {a:base}. "
        if a.rank
        else "I work in {town2} and know a lot of the soldiers from the camp. "
    )
    call = (b.nick and "{b.nick}") or (b.dim and "{b.dim}") or "{b.sur}"
    doc.add(
        me + "On {wd} at about {t} I was walking back towards {pw} when I saw a {car} pull up. "
        "I know the driver as {b.full}; everyone calls him " + call + ".\n\n{b.first} got out "
        "and started shouting at {c.full}, who I know from work. He pushed {c.first} against "
        "the wall and {c:he} fell. I rang the guardroom and {o.rankabbr} arrived about {mins} "
        "later.\n\nLater that night I saw a video of it posted on {b.handle}. I would describe "
        "{b.sur} as about {ht}, slim, with short dark hair. I am willing to attend court.\n\n"
        "«header|Signature:» «tag|[signature]»   «header|Signature witnessed by:» {o.init}\n\n",
        a=a,
        b=b,
        c=c,
        o=o,
        wd=doc.wdate(-20, -4),
        t=doc.time_d(rng.randint(21, 23)),
        pw=D(rng.choice(PLACE_WORDS), "place_word"),
        car=D(rng.choice(VEHICLES), "product"),
        mins=D(rng.choice(["ten minutes", "5 minutes", "a quarter of an hour"]), "count"),
        ht=D(rng.choice(["six foot", "5 foot 10", "six foot two"]), "count"),
        town2=doc.town_l(),
    )
    doc.add(
        "«header|WITNESS CONTACT DETAILS»\n«header|Home address:» {a:street}, {a:town}   "
        "«header|Postcode:» {a:pc}\n«header|Mobile:» {a:phone}   «header|E-mail:» {a:email}\n"
        "«header|Date of birth:» {a:dob}\n«header|Dates to avoid:» {d1} to {d2}\n"
        "«header|Statement taken by:» {o.rankinit} at {where} on {d3}\n",
        a=a,
        o=o,
        d1=doc.date_d(20, 40),
        d2=doc.date_d(41, 50),
        d3=doc.date_d(-3, 0),
        where=rng.choice(
            [a.label("base") if a.rank else doc.site_l("police"), doc.site_l("police")]
        ),
    )
    if scanned:
        doc.ocr(start)
        doc.add(
            "«header|Scanned:» {d}   «header|Batch:» {b}\n",
            d=doc.date_d(0, 3),
            b=doc.ref("SCN-YY-####"),
        )


AGE_BANDS = [
    (18, 24, "18-24"),
    (25, 29, "25-29"),
    (30, 34, "30-34"),
    (35, 39, "35-39"),
    (40, 99, "40+"),
]
EMPLOYERS = [
    "Network Rail",
    "Babcock",
    "BAE Systems",
    "Amazon",
    "the NHS",
    "Serco",
    "Thales",
    "Openreach",
    "Leonardo",
]


def exit_form(doc: Doc, k: int) -> None:
    rng = doc.rng
    if k % 2 == 0:
        svc = rng.choice(["army", "rn", "rm", "raf"])
        a = doc.cast(svc, rng.choice(["junior", "snco"]))
        m = doc.cast(svc, "snco", nick=rng.random() < 0.5)
        sp = doc.cast("pub", "junior", sex="f" if a.sex == "m" else "m")
        h = doc.cast("civ", "junior")
        services = [("rn", "Royal Navy"), ("rm", "Royal Marines"), ("army", "Army"), ("raf", "RAF")]
        age = a.value("age")
        served = rng.randint(2, max(2, age - 18))
        name = rng.choice(["{a.full}", "{a.firstinit}", "{a.full}"])
        doc.add(
            "«header|SERVICE LEAVERS' QUESTIONNAIRE»  {v}\n«header|Name (optional):» "
            + name
            + "\n«header|Service:» ",
            a=a,
            v=doc.ref("v#.#"),
        )
        for code, word in services:
            doc.add(("[X] " if code == svc else "[ ] ") + "«service|" + word + "»  ")
        doc.add("\n«header|Age:» ")
        for lo, hi, band in AGE_BANDS:
            doc.add(("[X] " if lo <= age <= hi else "[ ] ") + "«age_band|" + band + "»  ")
        boxes = ["[X]" if rng.random() < 0.45 else "[ ]" for _ in range(6)]
        nick = " ({m.nick})" if m.nick else ""
        doc.add(
            "\n«header|Rank on leaving:» {a:rankword}\n«header|Years served:» {yrs}\n"
            "«header|Last unit:» {a:unit}   «header|Last location:» {a:base}\n"
            "«header|Main reasons for leaving (tick up to three):»\n"
            + boxes[0]
            + " Impact on family life  "
            + boxes[1]
            + " Pay  "
            + boxes[2]
            + " Frequency of moves  "
            + boxes[3]
            + " Job outside  "
            + boxes[4]
            + " Health  "
            + boxes[5]
            + " Chain of command\n«header|In your own words:»\n"
            "I joined at {first_base} in {yr} and loved it until my last posting. My boss, "
            "{m.rankabbr}"
            + nick
            + ", never had time for anyone with a family. My "
            + ("wife" if sp.sex == "f" else "husband")
            + " {sp.first} got a job in {town} and we "
            "could not keep moving the kids. I'm {a:age} and I want them settled. I will miss "
            "the lads, but I hope whoever takes over the section gets more support than I did.\n"
            "«header|Would you consider rejoining?» «status|"
            + rng.choice(["Maybe", "No", "Yes"])
            + "»\n«header|Forwarding address:» {a:street}, {a:town}, {a:pc}\n"
            "«header|Personal e-mail:» {a:email}   «header|Mobile:» {a:phone}\n"
            "«header|Office use:» {h.initials}  {d}\n",
            a=a,
            m=m,
            sp=sp,
            h=h,
            yrs=D(str(served), "count"),
            yr=D(str(doc.date.year - served), "year"),
            first_base=doc.base_l(rng.choice(["army", "raf", "rm", "rn"])),
            town=doc.town_l(),
            d=doc.date_d(0, 5),
        )
        return
    svc = rng.choice(["civ", "civ", "army", "raf"])
    a = doc.cast(svc, rng.choice(["junior", "snco"]))
    h = doc.cast("civ", "snco")
    m = doc.cast(svc, "officer")
    age = a.value("age")
    band = next(b for lo, hi, b in AGE_BANDS if lo <= age <= hi)
    team = D(rng.choice(CIV_TEAMS), "team") if a.service == "civ" else a.label("unit")
    last = "{m.typo}" if m.typo else "{m.sur}"
    doc.add(
        ("«system|OFFICIAL-SENSITIVE PERSONAL»\n" if rng.random() < 0.5 else "")
        + "«header|EXIT INTERVIEW NOTES»\n«header|Leaver:» {a.surfirst}   «header|Grade/rank:» "
        "{a:rankword}   «header|Last day:» {d1}\n«header|Interviewer:» {h.full}, «rank|HR "
        "Business Partner»\n«header|Age band:» «age_band|" + band + "»\n\n«header|Notes:»\n"
        "{a.first} has been with {team} for {yrs}. {a:He} said the main reason for leaving was "
        '{a:his} manager, {m.full}: "{m.first} never once asked how I was." {a:He} is moving to '
        "{town} to be near family and starts with {emp} on {d2}. {a.first} is {a:agew} and said "
        '{a:he} would come back "in a heartbeat" if things changed.\n\nNI number for the P45: '
        "{a:ni}. Forwarding e-mail {a:email}.\n\n«header|Follow-up:» feedback on "
        + last
        + " passed to «rank|the Head of Team» with {a.first}'s consent.\n",
        a=a,
        h=h,
        m=m,
        team=team,
        d1=doc.date_d(0, 10),
        yrs=D(rng.choice(["six years", "11 years", "three years", "eight years"]), "count"),
        town=doc.town_l(),
        emp=D(rng.choice(EMPLOYERS), "product"),
        d2=doc.date_d(20, 40),
    )


GARRISONS = [text for text, form in P.BASES["army"] + P.BASES["gurkha"] if form == "garrison"]
HELPLINES = [
    ("Combat Stress", "0800 138 1619"),
    ("Samaritans", "116 123"),
    ("SSAFA Forcesline", "0800 260 6767"),
    ("the Military Mental Health Helpline", "0800 323 4444"),
]
REPORT_ROLES = {
    "army": ["Chief Clerk", "RSM", "Regimental Administrative Officer"],
    "gurkha": ["Chief Clerk", "RSM", "Regimental Administrative Officer"],
    "rm": ["Chief Clerk", "Unit Sergeant Major", "Adjutant"],
    "rn": ["Executive Warrant Officer", "Coxswain", "Drafting Coordinator"],
    "raf": ["Station Warrant Officer", "OC Personnel Support Flight", "Chief Clerk"],
}
MANNING = {
    "army": "APC Career Management",
    "gurkha": "APC Career Management",
    "rn": "Navy Command Drafting",
    "rm": "Navy Command Drafting",
    "raf": "RAF Manning",
}


def posting(doc: Doc, k: int) -> None:
    rng = doc.rng
    sub = k % 3
    svc = rng.choice(["army", "army", "raf", "rn", "rm", "gurkha"])
    if sub == 0:
        a = doc.cast(svc, rng.choice(["junior", "snco", "officer"]))
        r = doc.cast(svc, "snco")
        if k % 2 == 0:
            clerk = doc.cast(svc, "junior")
            doc.add(
                "«greet_all|" + rng.choice(["Morning all", "Afternoon all", "All"]) + "»,\n\n"
                "Assignment order for {a.rankabbr} below; {a:he} is aware. Please action the "
                "march-out.\n\n«signoff|Thanks», {c.firstinit}\n\n",
                a=a,
                c=clerk,
            )
        doc.add(
            "«header|ASSIGNMENT ORDER»  {ref}\n«header|Issued by:» «team|" + MANNING[svc] + "»\n"
            "«header|Date of issue:» {d0}\n«header|Name:» {a.surfirst}   «header|Rank:» "
            "{a:rankword}   «header|Service No:» {a:sn}\n«header|From:» {a:unit}, {a:base}\n"
            "«header|To:» {u2}, {b2}\n«header|Appointment:» {appt}\n"
            "«header|Assignment date:» {d1}\n«header|Report to:» {r.rankinit}, {role}\n"
            "«header|Remarks:» Service Family Accommodation allocated at {a:street}, {a:town} "
            "{a:pc}. Disturbance Expense of {money} payable. Dependants: {n}.\n"
            "«header|Copy to:» «rank|Unit Admin Office», «rank|UWO»\n",
            a=a,
            r=r,
            ref=doc.ref("AO/YY/#####"),
            d0=doc.date_d(-5, 0),
            u2=doc.unit_l(svc),
            b2=doc.base_l(svc),
            appt=D(rng.choice(APPOINTMENTS[a.tier]), "rank"),
            d1=doc.date_d(40, 120),
            role=D(rng.choice(REPORT_ROLES[svc]), "rank"),
            money=D(rng.choice(["£1,310.19", "£1,006.85", "£1,452.00"]), "money"),
            n=doc.count(0, 4),
        )
    elif sub == 1:
        a = doc.cast(svc, rng.choice(["junior", "snco"]), sex="m")
        w = doc.cast("pub", "junior", sex="f")
        cm = doc.cast(svc if svc != "gurkha" else "army", "officer")
        pref1 = doc.base_l(svc)
        doc.add(
            "«header|ASSIGNMENT PREFERENCE FORM»\n«header|Name:» {a.rank}   «header|SN:» {a:sn}\n"
            "«header|Current unit:» {a:unit}\n«header|Preference 1:» {p1}\n«header|Preference 2:» "
            "{p2}\n«header|Preference 3:» {p3}\n«header|Reasons and welfare considerations:»\n"
            "My wife {w.full} is a nurse at {hosp} and our daughter starts school in {t1} in "
            "September. My mum lives on her own in {t2}; she is {mum} and not getting any "
            "better on her feet.\n«header|Contact:» {a:phone}   {a:email}\n\n"
            "«header|Career Manager's note:»\n{cm.initials} {d1}: spoke to {a.first} on the "
            "phone; preference 1 unlikely before {yr}. {w.first}'s job noted.\n"
            "Action: {cm.initials} to check the married quarters list for {p1b} by {d2}\n",
            a=a,
            w=w,
            cm=cm,
            p1=pref1,
            p1b=pref1,
            p2=doc.base_l(svc)
            if svc not in ("army", "gurkha")
            else S(rng.choice(GARRISONS), "BASE", "garrison"),
            p3=doc.unit_l("rn" if svc == "rn" else svc),
            hosp=doc.site_l("hospital"),
            t1=doc.town_l(),
            t2=doc.town_l(),
            mum=S(str(rng.randint(71, 88)), "AGE", "digits"),
            d1=doc.date_d(-10, 0),
            yr=D(str(doc.date.year + 1), "year"),
            d2=doc.date_d(5, 20),
        )
    else:
        a = doc.cast(svc, "junior")
        u = doc.cast(svc, "snco")
        f = doc.cast("pub", "junior", sex="m", origin=a.origin)
        co = doc.cast(svc if svc != "gurkha" else "army", "officer")
        name, number = rng.choice(HELPLINES)
        doc.add(
            "«system|OFFICIAL-SENSITIVE PERSONAL»\n«header|WELFARE CASE NOTES»\n"
            "«header|Case ref:» {ref}   «header|Subject:» {a.rank}   «header|Unit:» {a:unit}\n"
            "«header|UWO:» {u.full}\n\n{d1} {u.initials}: call from {a.first} about {a:his} "
            "father's illness. Dad ({f.full}, {f:age}) is in {hosp} after a stroke; home is "
            "{f:town}.\n{d2} {u.initials}: compassionate leave of {n} approved by {co.rankabbr}. "
            "E-mail to the chain of command:\n  «greet_all|Morning all», {a.rankabbr}'s father "
            "is very unwell and {a:he} is travelling tonight. Please keep this close hold. "
            "«signoff|Many thanks», {u.first}\n{d3}: phoned {a.first} on {a:phone}; the funeral is "
            "on {d4}. Signposted to «product|" + name + "» ({hl}).\n\n"
            "Action: {u.initials} to confirm travel warrant by {d5}\n"
            "Action: {a.first} to call on return to unit\n",
            a=a,
            u=u,
            f=f,
            co=co,
            ref=doc.ref("WEL/YY/####"),
            d1=doc.date_d(-20, -15),
            hosp=doc.site_l("hospital"),
            d2=doc.date_d(-14, -12),
            n=D(rng.choice(["10 days", "7 days", "14 days"]), "count"),
            d3=doc.date_d(-8, -2),
            d4=doc.date_d(2, 9),
            hl=D(number, "helpline"),
            d5=doc.date_d(1, 3),
        )


SCHOOLS = {
    "army": [
        "Infantry Battle School",
        "Defence School of Logistics",
        "Defence School of Transport",
        "Royal School of Military Engineering",
        "Army School of Ceremonial",
        "Defence School of Communications and Information Systems",
    ],
    "rn": [
        "Maritime Warfare School",
        "Defence School of Marine Engineering",
        "Royal Navy Leadership Academy",
    ],
    "rm": ["Royal Marines Command Wing", "Commando Training Wing"],
    "raf": [
        "RAF Regiment Training Wing",
        "Defence School of Logistics",
        "Defence School of Transport",
        "Air and Space Warfare Centre",
    ],
}
SCHOOLS["gurkha"] = SCHOOLS["army"]
COURSES = [
    "SMC #/YY",
    "PJNCO YY/##",
    "Class 1 Driver Course #/YY",
    "JLC YY/#",
    "Leading Hand Leadership Course ##/YY",
    "Fire Team Commanders Course YY/##",
    "Junior Management and Leadership Course #/YY",
]


def course(doc: Doc, k: int) -> None:
    rng = doc.rng
    svc = rng.choice(["army", "army", "raf", "rn", "rm", "gurkha"])
    a = doc.cast(svc, rng.choice(["junior", "junior", "snco"]), nick=rng.random() < 0.4)
    i = doc.cast(svc, "snco")
    ci = doc.cast(svc if svc != "gurkha" else "army", "officer")
    printed = k % 2 == 0
    d1 = doc.day(-70, -40)
    student = rng.choice(["{a:rankword} {a.surfirst}", "{a.rankinitcaps}"])
    doc.add(
        "«header|COURSE REPORT»   «team|" + rng.choice(SCHOOLS[svc]) + "»\n«header|Course:» {c}\n"
        "«header|Dates:» {d1} to {d2}\n«header|Student:» " + student + "\n"
        "«header|Service No:» {a:sn}   «header|Unit:» {a:unit}\n«header|Position on course:» "
        "{pos} of {of}   «header|Grading:» «status|"
        + rng.choice(["A – Distinguished", "B – Above Average", "C – Average", "D – Below Average"])
        + "»\n\n«header|Instructor's report:»\n",
        a=a,
        c=doc.ref(rng.choice(COURSES)),
        d1=doc.date_d(d=d1),
        d2=doc.date_d(d=d1 + dt.timedelta(days=rng.randint(14, 35))),
        pos=doc.count(1, 12),
        of=doc.count(14, 36),
    )
    start = doc.mark()
    first = "{a.broken}" if printed else rng.choice(["{a.rankabbr}", "{a.rankfull}"])
    nick = (
        ("Known on the course as {a.nick}, {a:he} kept the syndicate going when morale was low. ")
        if a.nick
        else ""
    )
    last = "{a.typo}" if a.typo and rng.random() < 0.5 else "{a.sur}"
    age = (
        "at {a:age}, was one of the youngest on the course"
        if a.tier == "junior"
        else "at {a:age}, brought more experience than most of the course"
    )
    middle = rng.choice(
        [
            "Working in a syndicate run by {i.rankabbr}, {a:he} was steady in the classroom but "
            "slow to take charge in the field phase, where the weather was poor for most of the "
            "second week. ",
            "{a:His} written work was the best in {i.rankabbr}'s syndicate, although {a:his} "
            "presentation to the directing staff ran well over time. ",
            "{a:He} struggled with the navigation phase and was retested once; {i.rankabbr} noted "
            "that {a:he} never once complained. ",
            "{a:He} led the syndicate's casualty evacuation serial on the final exercise and "
            "handled a simulated vehicle fire calmly. ",
        ]
    )
    end = rng.choice(
        [
            "By the final exercise {a:he} was giving clear, confident orders and had earned the "
            "trust of {a:his} section. ",
            "Fitness was never a concern: {a:he} finished the loaded march in {mins}. ",
            "{a:He} would benefit from more time in command before attending the next course. ",
        ]
    )
    doc.add(
        first
        + " arrived fit and well prepared and, "
        + age
        + ". "
        + middle
        + nick
        + end
        + last
        + rng.choice(
            [
                " should now be given a command appointment in {a:his} unit as soon as "
                "one is available.",
                " is recommended for promotion.",
                " should return to the course at the next opportunity.",
            ]
        )
        + "\n\n",
        a=a,
        i=i,
        mins=D(rng.choice(["1 hour 52 minutes", "under two hours", "1:48"]), "count"),
    )
    if printed:
        doc.wrap(start, rng.randint(62, 74))
    doc.add(
        "«header|Instructor:» {i.init}, «rank|Section Instructor»\n"
        "«header|Chief Instructor's comments:» I concur. A good course.\n"
        "«header|Chief Instructor:» {ci.rankinit}   {d}\n",
        i=i,
        ci=ci,
        d=doc.date_d(-10, 0),
    )


def hrexport(doc: Doc, k: int) -> None:
    rng = doc.rng
    layout = k % 2
    users = [doc.cast("civ", "junior") for _ in range(2)]
    rows = rng.randint(3, 5)
    if layout == 0:
        doc.add(
            "«header|case_id»,«header|employee»,«header|service_no»,«header|opened»,"
            "«header|category»,«header|note»,«header|entered_by»\n"
        )
    else:
        doc.add(
            "«header|ref»,«header|surname»,«header|forename»,«header|dob»,«header|age_band»,"
            "«header|timestamp»,«header|free_text»,«header|user»\n"
        )
    when = dt.datetime(doc.date.year, doc.date.month, doc.date.day, 8, 0, 0)
    notes = [
        (
            'Rang in sick at {t}, said ""{cond}"". Fit note to follow. LM {m.firstinit} informed.',
            ["m"],
            "Absence",
        ),
        (
            "Phoned {e.first} on {e:phone} re overpayment of {money}; agreed to repay over {n}.",
            [],
            "Pay",
        ),
        ("{e.first} asked to update home address to {e:street}, {e:town} {e:pc}.", [], "Personal"),
        (
            "Welfare: {e.first}'s partner {p.first} called, worried about {e:him}; passed to the "
            "«rank|UWO».",
            ["p"],
            "Welfare",
        ),
        ("OH appointment booked at {site} for {d}. NHS no {e:nhs} confirmed.", [], "Absence"),
        ('Complaint about {x.rank} (""{x.nick}"") logged, ref {ref}.', ["xn"], "Conduct"),
        ("Caller gave e-mail as {e:emailw} and mobile as {e:phonew}.", [], "Personal"),
        ("Surname spelt {e.spell} on the phone; record corrected.", [], "Personal"),
        ("Age on file {e:age}; DOB {e:dob} checked against passport.", [], "Personal"),
        ("NI no {e:ni} added for the pension transfer.", [], "Pay"),
        (
            "ID check on the phone: caller gave DOB as {e:dobw} and postcode as {e:pcw}.",
            [],
            "Personal",
        ),
        ("{e.first} says {e:he} is {e:agew} not {wrong} as the system shows.", [], "Personal"),
    ]
    picks = rng.sample(range(len(notes)), rows)
    cased = 0
    for n_row, pick in enumerate(picks):
        template, extra, category = notes[pick]
        svc = rng.choice(["army", "army", "raf", "rn", "civ"])
        e = doc.cast(svc, rng.choice(["junior", "snco"]))
        kw = {"e": e}
        if "m" in extra:
            kw["m"] = doc.cast(svc, "snco")
        if "p" in extra:
            kw["p"] = doc.cast("pub", "junior")
        if "xn" in extra:
            kw["x"] = doc.cast(svc if svc != "civ" else "army", "snco", nick=True)
        when += dt.timedelta(minutes=rng.randint(20, 600), seconds=rng.randint(0, 59))
        stamp = D(when.strftime("%Y-%m-%d %H:%M:%S"), "timestamp")
        user = users[n_row % 2]
        kw.update(
            t=doc.time_d(8),
            cond=rng.choice(CONDITIONS),
            money=D(rng.choice(["£412.60", "£1,020.00", "£88.15"]), "money"),
            n=D(rng.choice(["three months", "6 months", "12 months"]), "count"),
            site=doc.site_l(rng.choice(["med", "hospital"])),
            d=doc.date_d(3, 20),
            ref=doc.ref("CMP-#####"),
            wrong=D(str(e.value("age") + rng.choice([1, 2, 10])), "count"),
        )
        lowered = rng.random() < 0.5
        if layout == 0:
            name = rng.choice(['"{e.surfirst}"', '"{e.surfirst}"', '"{e.lowerfull}"'])
            sn = "{e:sn}" if e.rank else ""
            doc.add(
                "{id}," + name + "," + sn + ",{ts},«status|" + category + '»,"',
                id=doc.ref("HR-YY-######"),
                ts=stamp,
                **kw,
            )
        else:
            age = e.value("age")
            band = next(b for lo, hi, b in AGE_BANDS if lo <= age <= hi)
            sur = "{e.sur}" if "," not in e.sur else '"{e.sur}"'
            if lowered and rng.random() < 0.5:
                doc.add("{id},", id=doc.ref("R#######"))
                mark = doc.mark()
                doc.add(sur + ",{e.first}", **kw)
                doc.recase(mark, "lower")
                doc.add(",{e:dob},«age_band|" + band + '»,{ts},"', ts=stamp, **kw)
            else:
                doc.add(
                    "{id}," + sur + ",{e.first},{e:dob},«age_band|" + band + '»,{ts},"',
                    id=doc.ref("R#######"),
                    ts=stamp,
                    **kw,
                )
        mark = doc.mark()
        doc.add(template, **kw)
        if "spell" not in template and "w}" not in template:
            if lowered and cased < 2:
                doc.recase(mark, "lower")
                cased += 1
            elif rng.random() < 0.2:
                doc.recase(mark, "upper")
        doc.add('",{u.initials}\n', u=user)


STYLE_FUNCS = {
    "appraisal": appraisal,
    "sickness": sickness,
    "complaint": complaint,
    "interview": interview,
    "summary": summary,
    "statement": statement,
    "exit": exit_form,
    "posting": posting,
    "course": course,
    "hrexport": hrexport,
}


# --------------------------------------------------------------------------- corpus


def build_corpus() -> list[dict]:
    rng = random.Random(SEED)
    records = []
    order = []
    left = {name: n for name, n in STYLES}
    while any(left.values()):
        for name, _ in STYLES:
            if left[name]:
                order.append(name)
                left[name] -= 1
    seen = Counter()
    for number, style in enumerate(order, start=1):
        k = seen[style]
        seen[style] += 1
        fmt = "txt"
        if style == "interview":
            fmt = {1: "vtt", 4: "srt"}.get(k % 6, "txt")
        ident = f"heldout-q-{number:04d}"
        for _attempt in range(200):
            doc = Doc(rng, style, fmt)
            try:
                STYLE_FUNCS[style](doc, k)
                records.append(doc.build(ident))
                break
            except Reject:
                continue
        else:
            raise RuntimeError(f"{ident}: no document after 200 draws")
    return records


def serialise(records: list[dict]) -> bytes:
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records]
    return ("\n".join(lines) + "\n").encode("utf-8")


def table(title: str, counts: Counter) -> list[str]:
    out = ["", f"| {title} | count |", "|---|---|"]
    out += [f"| {key} | {counts[key]} |" for key in sorted(counts)]
    out.append(f"| total | {sum(counts.values())} |")
    return out


def stats(records: list[dict], data: bytes) -> str:
    words = [len(r["text"].split()) for r in records]
    people = Counter()
    repeated = 0
    for r in records:
        mentions = Counter(s["entity"] for s in r["spans"] if s["type"] == "PERSON")
        people[r["id"]] = len(mentions)
        repeated += sum(1 for n in mentions.values() if n > 1)
    lines = [
        f"documents: {len(records)}",
        f"words per document: min {min(words)}, max {max(words)}, "
        f"mean {round(sum(words) / len(words))}",
        f"distinct people (entities, counted per document): {sum(people.values())}",
        f"people mentioned more than once in their document: {repeated}",
    ]
    lines += table("style", Counter(r["style"] for r in records))
    lines += table("format", Counter(r["format"] for r in records))
    lines += table("type", Counter(s["type"] for r in records for s in r["spans"]))
    lines += table(
        "type/form", Counter(f"{s['type']}/{s['form']}" for r in records for s in r["spans"])
    )
    lines += table("decoy kind", Counter(d["kind"] for r in records for d in r["decoys"]))
    lines += ["", f"sha256: {hashlib.sha256(data).hexdigest()}"]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    records = build_corpus()
    data = serialise(records)
    if "--check" in argv:
        if OUT.exists() and OUT.read_bytes() == data:
            print("corpus.jsonl reproduced")
            return 0
        print("corpus.jsonl differs from what the generator writes")
        return 1
    if "--stats" in argv:
        print(stats(records, data))
        return 0
    OUT.write_bytes(data)
    print(f"wrote {len(records)} documents to {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
