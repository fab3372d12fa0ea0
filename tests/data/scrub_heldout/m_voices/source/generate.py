"""Generate held-out scrub corpus M: English as many service people and families speak
and write it (second-language English, languages and dialects mixed).

Seeded, Python 3.11 standard library only. Run from this folder:

    python generate.py            # writes ../corpus.jsonl
    python generate.py --check    # prints "corpus.jsonl reproduced" when the file matches
    python generate.py --stats    # prints the counts SOURCE.md quotes

A document is a list of pieces (plain, span or decoy) appended in order, so every offset is
exact by construction; lower-casing acts on each piece before it is appended.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pools as P

SEED = 20261216
STYLES = ["interview", "survey", "voicenote", "message", "letter"]
PER_STYLE = 100
VOICE_ORDER = list(P.VOICES)
OUT = Path(__file__).resolve().parent.parent / "corpus.jsonl"
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
ORD = {
    1: "first",
    2: "second",
    3: "third",
    5: "fifth",
    8: "eighth",
    9: "ninth",
    12: "twelfth",
    20: "twentieth",
    30: "thirtieth",
}
# Forms whose every word (of three letters or more) is part of the person's name.
KID_KIN = ("wee", "wor", "bach", "fach", "bhai", "bahini")
NAME_ONLY_FORMS = ("full", "first", "sur", "dim", "surfirst", "caps", "firstinit", "typo")
SURNAME_FORMS = ("full", "sur", "rank", "title", "init", "surfirst", "caps")


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    return str(n)


def ordinal(n: int) -> str:
    if n in ORD:
        return ORD[n]
    if n < 20:
        return ONES[n] + "th"
    tens, one = divmod(n, 10)
    if one == 0:
        return ORD.get(n, TENS[tens][:-1] + "ieth")
    return TENS[tens] + "-" + ORD.get(one, ONES[one] + "th")


def year_words(y: int) -> str:
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else " and " + words(y - 2000))
    return words(y // 100) + " " + (words(y % 100) if y % 100 >= 10 else "oh " + words(y % 100))


def digits_words(s: str, rng: random.Random) -> str:
    out, i = [], 0
    digits = [c for c in s if c.isdigit()]
    while i < len(digits):
        d = digits[i]
        name = ("oh" if rng.random() < 0.7 else "zero") if d == "0" else ONES[int(d)]
        if i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.6:
            out.append("double " + name)
            i += 2
        else:
            out.append(name)
            i += 1
    return " ".join(out)


class Person:
    def __init__(self, key, voice, sex, given, dim, sur, nick, serving, service, rank):
        self.key, self.voice, self.sex = key, voice, sex
        self.given, self.dim, self.sur, self.nick = given, dim, sur, nick
        self.serving, self.service, self.rank = serving, service, rank
        self.values: dict = {}

    def words(self) -> list[str]:
        found = (
            [self.given, self.sur]
            + ([self.dim] if self.dim else [])
            + ([self.nick] if self.nick else [])
        )
        return [w.lower() for part in found for w in re.findall(r"[^\W\d_][\w'-]*", part)]


class Doc:
    def __init__(self):
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.decoys: list[dict] = []
        self.lower = False
        self.seen_sur: set[str] = set()
        self.mentions: Counter = Counter()

    def add(self, text: str) -> None:
        if self.lower:
            text = text.lower()
        self.parts.append(text)
        self.n += len(text)

    def span(self, kind: str, text: str, form: str, entity: str | None = None) -> None:
        start = self.n
        self.add(text)
        span = {"type": kind, "start": start, "end": self.n, "form": form}
        if entity:
            span["entity"] = entity
            self.mentions[entity] += 1
        self.spans.append(span)

    def decoy(self, kind: str, text: str) -> None:
        start = self.n
        self.add(text)
        self.decoys.append({"start": start, "end": self.n, "kind": kind})

    def text(self) -> str:
        return "".join(self.parts)


class World:
    """One document's cast and its values, drawn once per document."""

    def __init__(self, rng: random.Random, voice: str, style: str, index: int):
        self.rng, self.voice, self.style, self.index = rng, voice, style, index
        self.v = P.VOICES[voice]
        self.used: set[str] = set()
        self.cast: dict[str, Person] = {}
        self.order: dict[str, str] = {}
        self.doc = Doc()
        self.pid = f"P{rng.randint(1, 60):02d}"
        self.written: set[str] = set()
        self.fieldwork = (rng.randint(1, 28), rng.randint(1, 12), 2026)

    # people -------------------------------------------------------------
    def _name(self, pool_voice: str | None, sex: str, nick_share: float = 0.25):
        rng = self.rng
        for _ in range(200):
            if pool_voice is None:
                given, dim = rng.choice(P.STAFF[sex])
                sur = rng.choice(P.STAFF["sur"])
                nick = None
            else:
                v = P.VOICES[pool_voice]
                given, dim = rng.choice(v[sex])
                sur = rng.choice(v["sur_" + sex] if "sur" not in v else v["sur"])
                fits = [
                    x
                    for x in v["nick"]
                    if len(x.split()) == 1
                    or x.split()[0] in (given, dim, sur, "Big", "Wee", "Baba", "Breddah")
                ]
                nick = rng.choice(fits) if fits and rng.random() < nick_share else None
            parts = [
                w.lower()
                for p in (given, sur, dim or "", nick or "")
                for w in re.findall(r"[^\W\d_][\w'-]*", p)
            ]
            if not any(w in self.used for w in parts if w not in ("the", "big", "wee")):
                self.used.update(w for w in parts if w not in ("the", "big", "wee"))
                return given, dim, sur, nick
        raise RuntimeError("no free name")

    def person(
        self,
        role: str,
        pool_voice: str | None,
        sex: str,
        serving: bool,
        service: str | None = None,
        age_range=(20, 50),
    ) -> Person:
        given, dim, sur, nick = self._name(pool_voice, sex, 0.5 if role == "mate" else 0.2)
        rank = None
        if serving:
            service = service or "Army"
            if service == "Army":
                unit_kind = (
                    (self.v["units"] or ["general"])[0] if pool_voice == self.voice else "general"
                )
                abbr = self.rng.choice(P.ARMY_RANK_BY_UNIT[unit_kind])
                full = next(f for f, a in P.RANKS["Army"] if a == abbr)
                rank = (full, abbr)
            else:
                rank = self.rng.choice(P.RANKS[service])
        p = Person(
            f"p{len(self.cast) + 1}",
            pool_voice or "staff",
            sex,
            given,
            dim,
            sur,
            nick,
            serving,
            service,
            rank,
        )
        lo, hi = age_range
        age = self.rng.randint(lo, hi)
        day, month, year = self.fieldwork
        by = year - age
        bm, bd = self.rng.randint(1, 12), self.rng.randint(1, 28)
        if (bm, bd) > (month, day):
            by -= 1
        p.values.update(age=age, dob=(bd, bm, by))
        self.cast[role] = p
        return p

    def values(self, p: Person, home_abroad: bool = False) -> None:
        rng = self.rng
        b = rng.choice([x for x in P.BASES if x["pc"]])
        p.values["base"] = b
        p.values["base2"] = rng.choice([x for x in P.BASES if x is not b])
        if home_abroad:
            p.values["phone"] = self.foreign_phone()
        else:
            p.values["phone"] = self.uk_phone()
        dom = rng.choice(self.v["email"] if p.voice != "staff" else ["mod.gov.uk", "gmail.com"])
        g = re.sub(r"[^a-z]", "", strip_accents(p.given.lower()))
        s = re.sub(r"[^a-z]", "", strip_accents(p.sur.lower()))
        local = rng.choice(
            [
                f"{g}.{s}",
                f"{g}{s}{rng.randint(1, 99)}",
                f"{s}.{g[0]}",
                f"{g}_{s}",
                f"{g[0]}{s}{p.values['dob'][2] % 100:02d}",
            ]
        )
        if dom == "mod.gov.uk":
            local = f"{g}.{s}{rng.randint(100, 999)}"
        p.values["email"] = f"{local}@{dom}"
        p.values["sn"] = rng.choice(["21", "25", "30"]) + f"{rng.randint(0, 999999):06d}"
        street = rng.choice(P.STREETS)
        num = rng.randint(1, 120)
        p.values["addr"] = rng.choice(
            [f"{num} {street}", f"Flat {rng.randint(1, 12)}, {num} {street}", f"{num} {street}"]
        )
        if rng.random() < 0.6:
            area, town = b["pc"], b["town"]
        else:
            i = rng.randrange(len(P.UK_TOWNS))
            area, town = P.UK_PC[i], P.UK_TOWNS[i]
        letters = "ABDEFGHJLNPQRSTUWXY"
        pc = f"{area} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
        p.values["pc"] = pc
        p.values["town"] = town
        unit_pool = P.UNITS[(self.v["units"] or ["general"])[0]]
        if p.service == "Royal Navy":
            unit_pool = [u for u in unit_pool if u[1] == "ship"] or P.SHIPS
        elif p.service == "RAF":
            unit_pool = [u for u in unit_pool if u[1] == "squadron"] or [
                ("617 Squadron", "squadron")
            ]
        elif p.service == "Army":
            unit_pool = [u for u in unit_pool if u[1] != "ship"]
        elif p.service == "Royal Marines":
            unit_pool = [u for u in unit_pool if u[1] == "commando"] or [
                ("42 Commando", "commando")
            ]
        p.values["unit"] = rng.choice(unit_pool)

    def uk_phone(self) -> str:
        rng = self.rng
        if rng.random() < 0.45:
            digits = "07700900" + f"{rng.randint(0, 999):03d}"
        else:
            digits = "07" + f"{rng.randint(100000000, 999999999)}"
        layout = rng.choice(["{a} {b}", "{a}{b}", "+44 {c} {b}", "{a}-{b}", "{a} {b1} {b2}"])
        return layout.format(
            a=digits[:5], b=digits[5:], c=digits[1:5], b1=digits[5:8], b2=digits[8:]
        )

    def foreign_phone(self) -> str:
        rng = self.rng
        pattern = self.v["mobile"] or "7#########"
        num = "".join(str(rng.randint(0, 9)) if c == "#" else c for c in pattern)
        cc = self.v["cc"] if self.v["cc"] != "+44" else "+353"
        if len(num) > 7:
            num = f"{num[:3]} {num[3:6]} {num[6:]}"
        return f"{cc} {num}"

    # writing ------------------------------------------------------------
    def kin_options(self, p: Person, role: str = "") -> list[tuple[str, str, str]]:
        if p.voice == "staff":
            return []
        out = []
        for word, pos, part, sex in P.VOICES[p.voice]["kin"]:
            if sex and sex != p.sex:
                continue
            if role in ("kid", "kid2") and word not in KID_KIN:
                continue
            name = p.given if part == "first" else p.sur
            if part == "first" and p.dim and self.rng.random() < 0.4:
                name = p.dim
            out.append((word, pos, name))
        return out

    def form_text(self, p: Person, form: str, role: str = "") -> str | None:
        rng = self.rng
        if form == "full":
            return f"{p.given} {p.sur}"
        if form == "first":
            return p.given
        if form == "sur":
            return p.sur
        if form == "dim":
            return p.dim
        if form == "nick":
            return p.nick
        if form == "rank":
            if not p.rank:
                return None
            full, abbr = p.rank
            r = abbr if rng.random() < 0.6 else full
            return f"{r} {p.sur}" if rng.random() < 0.7 else f"{r} {p.given} {p.sur}"
        if form == "title":
            if p.voice == "fijian" and rng.random() < 0.5:
                return None
            t = rng.choice(
                P.VOICES[p.voice]["titles"][p.sex]
                if p.voice != "staff"
                else (["Mr", "Dr"] if p.sex == "m" else ["Mrs", "Ms", "Dr", "Miss"])
            )
            return f"{t} {p.sur}" if rng.random() < 0.75 else f"{t} {p.given} {p.sur}"
        if form == "init":
            inits = "".join(w[0] for w in p.given.split())
            if len(inits) > 1:
                return rng.choice([f"{inits} {p.sur}", ".".join(inits) + f". {p.sur}"])
            return rng.choice([f"{inits}. {p.sur}", f"{inits} {p.sur}"])
        if form == "surfirst":
            sur = p.sur.upper() if rng.random() < 0.5 else p.sur
            return f"{sur}, {p.given}"
        if form == "caps":
            return f"{p.given} {p.sur}".upper()
        if form == "firstinit":
            return f"{p.given} {p.sur[0]}" + ("." if rng.random() < 0.5 else "")
        if form == "typo":
            return misspell(p.sur, rng)
        if form == "spell":
            letters = [c.upper() for c in p.sur if c.isalpha()]
            return rng.choice(["-", " "]).join(letters)
        if form == "kin":
            opts = self.kin_options(p, role)
            if not opts:
                return None
            word, pos, name = rng.choice(opts)
            return f"{word} {name}" if pos == "pre" else f"{name} {word}"
        raise ValueError(form)

    def pick_form(self, p: Person, role: str) -> str:
        rng = self.rng
        options = [("first", 5), ("full", 3), ("sur", 1)]
        if p.dim:
            options.append(("dim", 3))
        if p.nick:
            options.append(("nick", 2))
        if p.rank:
            options.append(("rank", 4))
        if self.kin_options(p, role):
            options.append(("kin", 3))
        if role in ("wo", "doc", "iv", "boss"):
            options += [("title", 4), ("init", 1)]
        if role in ("kid", "kid2"):
            options = [("first", 6)] + ([("dim", 3)] if p.dim else [])
        if role in ("mum", "bro", "sp", "mate_sp", "nb"):
            options = [(f, w) for f, w in options if f not in ("sur", "title", "init")]
        if p.key in self.doc.seen_sur:
            options.append(("typo", 1))
        total = sum(w for _, w in options)
        x = rng.uniform(0, total)
        for form, w in options:
            x -= w
            if x <= 0:
                return form
        return options[0][0]

    def mention(self, p: Person, form: str, role: str) -> bool:
        if form == "any":
            form = self.pick_form(p, role)
        if form in ("typo", "spell") and p.key not in self.doc.seen_sur:
            form = "sur"
        text = self.form_text(p, form, role)
        if text is None:
            form = "first"
            text = p.given
        if form == "typo" and text.lower() == p.sur.lower():
            form, text = "sur", p.sur
        self.doc.span("PERSON", text, form, p.key)
        if form in SURNAME_FORMS:
            self.doc.seen_sur.add(p.key)
        return True

    def value(self, p: Person, attr: str) -> bool:
        rng, doc = self.rng, self.doc
        val = p.values
        spoken = self.style in ("voicenote", "interview")
        if attr in ("age", "agew", "aged"):
            w = attr == "agew" or (attr == "age" and spoken and rng.random() < 0.5)
            doc.span("AGE", words(val["age"]) if w else str(val["age"]), "words" if w else "digits")
        elif attr in ("dob", "dobw"):
            d, m, y = val["dob"]
            if attr == "dobw" or (spoken and rng.random() < 0.5):
                text = rng.choice(
                    [
                        f"{ordinal(d)} of {MONTHS[m - 1]} {year_words(y)}",
                        f"{MONTHS[m - 1]} {ordinal(d)} "
                        + (words(y % 100) if y % 100 >= 10 else year_words(y)),
                        f"{ordinal(d)} {MONTHS[m - 1].lower()} {year_words(y)}",
                    ]
                )
                doc.span("DATE_OF_BIRTH", text, "words")
            else:
                bs = f"{y + 57}/{m:02d}/{d:02d} BS"
                text = rng.choice(
                    [
                        f"{d:02d}/{m:02d}/{y}",
                        f"{d:02d}.{m:02d}.{y}",
                        f"{d}/{m}/{y % 100:02d}",
                        f"{d} {MONTHS[m - 1][:3]} {y}",
                        f"{d}th {MONTHS[m - 1]} {y}".replace("1th", "1st")
                        .replace("2th", "2nd")
                        .replace("3th", "3rd")
                        .replace("11st", "11th")
                        .replace("12nd", "12th")
                        .replace("13rd", "13th"),
                        f"{y}-{m:02d}-{d:02d}",
                    ]
                    + ([bs] if p.voice == "nepali" else [])
                )
                doc.span("DATE_OF_BIRTH", text, "digits")
        elif attr in ("phone", "phonew"):
            if "phone" not in val:
                return False
            if attr == "phonew" or (spoken and rng.random() < 0.5):
                lead = (
                    "plus " + digits_words(val["phone"].split()[0], rng) + " "
                    if val["phone"].startswith("+")
                    else ""
                )
                rest = (
                    val["phone"].split(" ", 1)[1] if val["phone"].startswith("+") else val["phone"]
                )
                doc.span("PHONE", lead + digits_words(rest, rng), "words")
            else:
                doc.span("PHONE", val["phone"], "digits")
        elif attr == "email":
            if "email" not in val:
                return False
            doc.span("EMAIL", val["email"], "plain")
        elif attr in ("sn", "snw"):
            if not p.serving or "sn" not in val:
                return False
            if attr == "snw" or (spoken and rng.random() < 0.5):
                doc.span("SERVICE_NUMBER", digits_words(val["sn"], rng), "words")
            else:
                sn = val["sn"]
                doc.span("SERVICE_NUMBER", rng.choice([sn, sn, f"{sn[:4]} {sn[4:]}"]), "digits")
        elif attr == "service":
            if not p.serving:
                return False
            doc.decoy("service", p.service)
        elif attr == "addr":
            doc.span("ADDRESS", val["addr"], "street")
        elif attr == "pc":
            pc = val["pc"]
            doc.span("POSTCODE", rng.choice([pc, pc, pc.replace(" ", ""), pc.lower()]), "plain")
        elif attr == "town":
            doc.span("LOCATION", val["town"], "town")
        elif attr == "hometown":
            doc.span("LOCATION", val["hometown"], "town")
        elif attr == "village":
            doc.span("LOCATION", val["village"], "village")
        elif attr == "district":
            doc.span("LOCATION", val["district"], "district")
        elif attr == "unit":
            if not p.serving:
                return False
            text, form = val["unit"]
            doc.span("UNIT", text, form)
        elif attr in ("base", "basetypo"):
            b = val["base"] if attr == "base" else val["base2"]
            forms = [f for f in ("base", "abbreviation", "garrison") if b[f]]
            if attr == "basetypo" or (
                self.style in ("message", "survey", "letter") and rng.random() < 0.25
            ):
                form = "typo"
            else:
                form = rng.choice(forms)
            doc.span("BASE", rng.choice(b[form]), form)
        else:
            raise ValueError(attr)
        return True


def strip_accents(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def misspell(sur: str, rng: random.Random) -> str:
    letters = [i for i, c in enumerate(sur) if c.isalpha() and c.islower()]
    for _ in range(20):
        i = rng.choice(letters)
        how = rng.random()
        if how < 0.4:
            out = sur[:i] + sur[i] + sur[i:]
        elif how < 0.7 and len(letters) > 4:
            out = sur[:i] + sur[i + 1 :]
        else:
            out = sur[:i] + rng.choice("aeiouyrnl") + sur[i + 1 :]
        if out.lower() != sur.lower() and " " not in out.strip() and out[:1].isupper():
            return out
    return sur + sur[-1]


# decoys ---------------------------------------------------------------------------------
DECOYS = {
    "rank": [
        "the welfare officer",
        "the UWO",
        "the padre",
        "the CO",
        "the OC",
        "the RSM",
        "the sergeant major",
        "the Families Officer",
        "the duty officer",
        "the Gurkha Major",
        "the health visitor",
        "the CSM",
        "the unit welfare",
        "the chaplain",
    ],
    "product": [
        "SSAFA",
        "Gurkha Welfare Trust",
        "WhatsApp",
        "Facebook",
        "Viber",
        "Help for Heroes",
        "Togetherall",
        "Combat Stress",
        "Citizens Advice",
        "Royal British Legion",
        "Army Families Federation",
        "Naval Families Federation",
        "Google Translate",
        "Skype",
        "Forces Help to Buy",
        "Messenger",
    ],
    "acronym": [
        "MOD",
        "NHS",
        "HIVE",
        "SFA",
        "ILR",
        "DWP",
        "CEA",
        "HMRC",
        "ESOL",
        "PTSD",
        "SEN",
        "DIO",
        "UC",
        "BRP",
        "EHCP",
    ],
    "programme": [
        "the Wellbeing Programme",
        "Family Wellbeing Hub",
        "Thrive Together",
        "Welcome Circle",
        "the buddy scheme",
        "Stronger Families",
    ],
    "count": [
        "six months",
        "three years",
        "two tours",
        "4 weeks",
        "nine months",
        "two times",
        "10 days",
        "18 months",
        "three weeks",
        "five postings",
        "seven months",
        "2 years",
    ],
    "money": [
        "£400",
        "£1,200",
        "two hundred pound",
        "£85 a week",
        "£3,000",
        "50 quid",
        "£640",
        "£20",
        "a hundred pounds",
    ],
    "time": [
        "7 o'clock",
        "half six",
        "21:30",
        "0630",
        "quarter past nine",
        "10am",
        "3pm",
        "eight in the morning",
        "midnight",
    ],
    "service": [
        "Army",
        "RAF",
        "Royal Navy",
        "Royal Marines",
        "British Army",
        "the Navy",
        "the Army",
    ],
    "age_band": [
        "late twenties",
        "in their forties",
        "under 18",
        "early thirties",
        "over 50",
        "teenagers",
        "in their twenties",
    ],
    "place_word": [
        "the med centre",
        "the cookhouse",
        "the NAAFI",
        "the guardroom",
        "the community centre",
        "the temple",
        "the gurdwara",
        "the mosque",
        "the chapel",
        "the church hall",
        "the families office",
        "the HIVE office",
        "the Spar",
        "the school gate",
    ],
    "theme": [
        "Isolation",
        "Language barrier",
        "Housing",
        "Childcare",
        "Visa and immigration",
        "Money worries",
        "Access to health care",
        "Belonging",
        "Discrimination",
        "Deployment stress",
        "Faith and community",
        "Spouse employment",
    ],
    "tag": [
        "[inaudible]",
        "[laughs]",
        "[pause]",
        "[crosstalk]",
        "[background noise]",
        "[sighs]",
        "[unclear]",
        "[child crying]",
        "[phone rings]",
    ],
    "filler": ["um", "er", "erm", "you know", "like", "I mean", "yeah", "so"],
}
WORD_PHRASES = {
    "will": ["I {w} try, but it is hard", "we {w} see what happens"],
    "grace": ["by God's {w} we manage", "say {w} before food"],
    "faith": ["we keep the {w}", "I lost {w} in the system"],
    "hope": ["I {w} it gets better", "no {w} for a bigger house"],
    "joy": ["no {w} from the housing people", "the kids are our {w}"],
    "mark": ["{w} my words, it will happen again", "the paint left a {w} on the wall"],
    "frank": ["to be {w}, nobody cares", "I'll be {w} with you"],
    "comfort": ["the church gives us {w}", "no {w} in that house"],
    "patience": ["you need {w} with the system", "my {w} is finished"],
    "mercy": ["we are at the {w} of the housing", "God have {w}"],
    "blessing": ["the new baby is a {w}", "it was a {w} in disguise"],
    "favour": ["do me a {w} and call them", "they did us a {w}"],
    "precious": ["family time is so {w}", "my sleep is {w} now"],
    "sunny": ["a {w} day is rare here", "when it is {w} we go to the park"],
    "maya": ["so much {w} for the family back home", "{w} is what keeps us here"],
    "asha": ["my {w} was a better life", "we came with {w}"],
}

# Sentences. A leading "ME " needs the speaker serving, "SP " the partner serving, "CIV "
# the speaker a civilian. {role.attr} writes a person's name (attr a form, or "any") or a
# value; {$kind} a decoy of that kind; <kind|text> a literal decoy; {%word} a relation word.
GENERAL = [
    "SP My {%sp} {sp.any} is in {sp.unit}, we came to {sp.base} in {$year}.",
    "SP {sp.any} was away {$count} with {sp.unit} and I was alone with {kid.any} and no car.",
    "SP When {sp.first} deploy, {wo.any} never call me, only one text.",
    "SP My {%sp} number is {sp.phone}, you can call if I don't answer.",
    "SP {sp.any} is {sp.age} now, {$count} in the {sp.service}.",
    "ME I joined the {me.service} in {$year}, I was {me.age} years old only.",
    "ME I am {me.rank} in {me.unit}, posted at {me.base}.",
    "ME My service number is {me.sn}, <product|JPA> still show the wrong address.",
    "ME {boss.any} tell me, {me.first}, you must speak more <language|English> in the office.",
    "ME After {me.base} they send us to {me.basetypo}, nobody ask the family.",
    "CIV I work as contractor at {me.base} since {$year}, cleaning and kitchen.",
    "CIV My supervisor {boss.any} is ok but shouting a lot.",
    "We live in {me.addr}, {me.town}, {me.pc}, it is a quarter with black mould.",
    "Address is {me.addr}, {me.pc}.",
    "My number is {me.phone} if you want to call, better after {$time}.",
    "You can email me on {me.email}.",
    "I am {me.age}, my date of birth is {me.dob}.",
    "{kid.first} is {kid.age} now and start school in {me.town}.",
    "{kid.any} and {kid2.any} speak only <language|English> now, they forget {$lang}.",
    "My {%mum} {mum.any} still live in {me.village}, {me.district}, I call every {$weekday}.",
    "I come from {me.village}, small village in {me.district}, everybody know everybody.",
    "{mate.any} from {mate.unit} help us to move, good man.",
    "{nb.any} next door also from far away, we drink tea together on {$weekday}.",
    "The doctor {doc.any} speak too fast for me, I don't understand everything.",
    "{wo.any} said we wait {$count} for the house.",
    "I went to {$place_word} on {$weekday} at {$time} but nobody there.",
    "We pay {$money} for the nursery, it is too much.",
    "I talk with {$rank} but they say it is not their job.",
    "Somebody tell me about {$product}, they help us a lot.",
    "The {$acronym} letter came on {$date} and I could not read it.",
    "F Most wives here are {$age_band}, I am older.",
    "Most of the lads are {$age_band}, so I feel old.",
    "I did {$programme} course, it was good to meet other families.",
    "All the {$acronym} forms are only in <language|English>.",
    "Honestly, {$word}.",
    "{ip.any} help me with translate at {$place_word}.",
    "My brother {bro.any} is still in {$region}, his number is {bro.phone}.",
    "My {%mum} is {mum.age} and sick, I want to bring her here but visa is the problem.",
    "When we first come to {me.town} in {$year} nobody speak to us.",
    "{kid.any} is {kid.agew}, in school they say {kid.first} need extra help with "
    "<language|English>.",
    "{mate.any} and his wife {mate_sp.any} took us to {$place_word} the first week.",
    "The move is on {$date}, the van come at {$time}.",
    "Before the move {wo.any} came to the house, very kind.",
    "F It was {$year} and I was pregnant with {kid.first}.",
    "{kid.first} was born in {$year}, in {me.town}.",
    "I asked {doc.any} for interpreter but they said it cost {$money}.",
    "SP I wrote before about {sp.rank}, still {sp.typo} is waiting for the posting order.",
    "{wo.title} said okay, but after that {wo.typo} never call back.",
    "{doc.title} at {$place_word}, {doc.typo} is the only one who listen.",
    "Everybody call him {mate.nick}, he is from {mate.unit}.",
    "ME {me.nick} is what the lads call me, since {me.unit}.",
    "On the form it says {me.surfirst}, but nobody call me that.",
    "{mate.rank} and his family are with {mate.unit} in {mate.base} now.",
    "SP {sp.rank} is in {sp.unit}, {sp.typo} is the name on the door.",
]
FLAVOUR = {
    "nepali": [
        "SP <foreign|Namaste> {$kin}, I am {me.any}, {%me} of {sp.rank}.",
        "Here in <region|UK> everything is different {$kin}, in {me.village} we have all family, "
        "here nobody.",
        "SP {sp.kin} always say, don't worry {me.first}, army will look after.",
        "Other <kin|didi> from {srv.unit} come to my house on {$weekday}, we make momo together.",
        "In {$lang} we say <foreign|bistarai> <foreign|bistarai>, slowly slowly.",
        "When I came first time in {$year} I know only little <language|English>, "
        "only yes, no, thank you.",
        "{mate.kin} from {mate.unit} is also from {me.district}, same village side.",
        "My <kin|aama> in {me.village} is {mum.age} now, she is alone.",
        "{bro.kin} send message from {me.hometown}, he want to come for <foreign|Dashain>.",
        "ME <kin|sahib> told me, {me.kin}, you do the course, you will be {$rank} one day.",
    ],
    "fijian": [
        "<foreign|Bula>, my name is {me.full}, I'm from {me.village} in {me.district}.",
        "In {$region} we live as one family, the whole village raise the kids, "
        "here in {me.town} we are alone.",
        "Every {$weekday} we have <foreign|lotu> at {$place_word} with the other {$lang} families.",
        "{mate.kin} drink <foreign|kava> with the boys after work, he is the one who help us most.",
        "SP {sp.any} is in {sp.unit}, always deploy, {$count} last year.",
        "<foreign|Isa>, I miss my mother {mum.any} too much.",
        "My uncle {bro.full} is the <rank|turaga ni koro> in {me.village}, he is {bro.age}.",
        "<foreign|Vinaka> for asking about us, {$kin}.",
    ],
    "tongan": [
        "<foreign|Malo 'aupito> for asking about us.",
        "We are {$count} in {srv.base} now, the church is our family here.",
        "{mate.kin} is like a brother, he also come from {me.district}.",
        "I send money home to {me.village} every month, {$money}.",
        "My {%mum} {mum.any} cry on the phone every {$weekday}.",
        "The {$lang} families here do the <foreign|kai> after church, everyone bring food.",
        "{sp.kin} say we go back to {$region} when the service is finish.",
    ],
    "ghanaian": [
        "<foreign|Chale>, the weather here is something else paa.",
        "My name is {me.full}, at work they call me {me.dim}.",
        "Every {$weekday} {sp.any} cook <foreign|kenkey> for the whole block.",
        "In {$region} I was a teacher, here I am doing cleaning at {srv.base}.",
        "<kin|Nana> back home in {me.village} doesn't understand why we are not coming "
        "for Christmas.",
        "{mate.kin} is from {me.hometown} too, we speak {$lang} together.",
        "<foreign|Ei>, {wo.any} said there is no house, I said how?",
        "My {%mum} {mum.kin} is {mum.age}, she still sells at the market in {me.hometown}.",
    ],
    "polish": [
        "<foreign|Kurczę>, the <language|English> forms are so difficult for me.",
        "My {%sp} {sp.kin} stay in {me.town} with kids, {sp.first} works in care home.",
        "My {%mum} is still in {me.village} near {me.hometown}, in {$region}.",
        "In {$region} we say... how to say... it is not my circus, not my monkeys.",
        "Please call on {me.phone}, I not always answer because of work.",
        "{mate.dim} from the kitchen also {$lang}, we go for <foreign|pierogi> on {$weekday}.",
        "On the base everybody call me {me.dim}, is easier for <language|English>.",
        "At <foreign|Wigilia> we invite {nb.any} from next door.",
    ],
    "romanian": [
        "<foreign|Doamne>, I don't know where to start.",
        "I am from {me.village}, it is near {me.hometown}, in {$region}.",
        "{boss.any} is good man but the agency pay late, {$count}.",
        "My {%sp} {sp.any} clean the offices at {me.base}, I work in the laundry.",
        "We speak {$lang} at home, the children answer in <language|English>.",
        "{mate.kin} help us with the car, he is from {me.hometown} also.",
        "<foreign|Gata>, that is all I want to say about the housing.",
    ],
    "welsh": [
        "<foreign|Duw duw>, where do I start, like.",
        "Me and {sp.any} are both first language {$lang}, we speak it to the kids at home.",
        "{mate.nick} from {mate.unit} is from {me.village} too, small world mun.",
        "I do miss {$region}, proper <foreign|hiraeth> it is.",
        "{kid.first} is learning {$lang} on the app because there's no <foreign|Cymraeg> "
        "school near {me.town}.",
        "<kin|Mam-gu> still lives in {me.village}, she's {mum.age}, sharp as a tack.",
        "<foreign|Chwarae teg>, {wo.any} did try to help us.",
        "ME They put me in {me.unit} because I'm from {me.hometown}, you know how it is.",
    ],
    "gaelic": [
        "<foreign|Ciamar a tha>, aye, I'm fine.",
        "I grew up in {me.village} on {me.district}, {$lang} was the language of the house.",
        "The <kin|bairn> cries every night since we left {$region}.",
        "{sp.kin} says I'm to stop moaning about the weather.",
        "My {%mum} {mum.any} phones from {me.village} and asks when we're coming home.",
        "{mate.nick} from {mate.unit}, he's a {$lang} speaker too, we have a blether.",
        "<foreign|Och>, {wo.any} was grand but posted now.",
        "ME The draft to {me.basetypo} came through and I had {$count} to sort everything.",
    ],
    "jamaican": [
        "Mi come from {me.village}, {$region}, mi come over in {$year}.",
        "{mate.any} a mi <kin|bredren> from basic training.",
        "Di <kin|pickney> dem miss dem granny bad.",
        "Mi tell {wo.any} seh di house cold, <foreign|nuh> heating.",
        "<foreign|Wah gwaan>, yeah mi good still.",
        "{sp.kin} seh we fi go back a {me.hometown} when di service done.",
        "Every {$weekday} wi go church, {$place_word}, a di only place mi feel at home.",
    ],
    "nigerian": [
        "<foreign|Abeg>, the house <foreign|wahala> too much.",
        "My {%sp} {sp.kin} is always saying we should go back to {$region}.",
        "{boss.any} call me into office and ask why I no come on {$weekday}.",
        "Back in {me.village}, my people don't understand army life at all.",
        "{mate.kin} na my guy, we dey help each other.",
        "<foreign|Chai>, the cold for {srv.base} no be here.",
        "My {%mum} {mum.kin} dey {me.hometown}, she is {mum.age}, I send money every month.",
    ],
    "southasian": [
        "<foreign|Accha>, so basically, my {%sp} {sp.any} works at {srv.base}.",
        "{mate.kin} helped us so much <kin|yaar>.",
        "<kin|Ammi> lives in {me.village} near {me.hometown}, she calls every day.",
        "We speak {$lang} at home, the kids reply in <language|English>, <foreign|bas>.",
        "{sp.kin} does all the talking with {wo.any}, the <language|English> is better than mine.",
        "<foreign|Inshallah> we get the bigger house next posting.",
        "{nb.kin} from next door brings food every {$weekday}.",
    ],
    "ulster": [
        "<foreign|Bout ye>. Aye, we're dead on, so we are.",
        "I'm from {me.village}, wee place outside {me.hometown}, everybody knows your business.",
        "{mate.kin} from {mate.unit} is a good lad, he'd do anything for you.",
        "{kid.kin} is {kid.age} and misses granny in {$region} something terrible.",
        "<foreign|Catch yerself on>, is what I said to {wo.any}.",
        "ME I joined up in {$year} at {me.age}, {me.unit}, it was that or the buroo.",
        "The <foreign|craic> here's not the same as home, so it's not.",
    ],
    "geordie": [
        "<foreign|Howay> man, the quarter's <foreign|clarty>.",
        "{kid.kin} is {kid.age}, finding the new school canny hard.",
        "I'm from {me.hometown} originally, born and bred, like.",
        "{mate.nick} from {mate.unit}, top lad, he sorted us out.",
        "Me mam {mum.any} lives in {me.village}, she's {mum.age} and still gans to the club.",
        "<foreign|Divvent> get me started on the housing, <kin|pet>.",
        "ME I've been in {$count}, {me.unit} then {me.basetypo}.",
    ],
}
QUESTIONS = [
    ("Can you say your name and date of birth for the recording?", "{me.full}. {me.dob}."),
    ("And how do you spell the surname?", "{me.spell}."),
    ("And your age now?", "I am {me.age}."),
    ("Where are you living at the moment?", "{me.addr}, {me.town}."),
    ("What is the best number for you?", "{me.phone}."),
    ("Can I ask where you are from originally?", "{me.village}, {me.district}."),
    (
        "What about the family, the children?",
        "{kid.first} is {kid.age}, and {kid2.first} is {kid2.age}.",
    ),
    ("SP And your partner's unit?", "{sp.unit}, at {sp.base}."),
    ("ME Which unit are you with?", "{me.unit}."),
    ("ME And your service number, for the form?", "{me.sn}."),
    ("Who did you turn to when things were hard?", "{mate.any}, and {wo.any}."),
    ("How was the move?", ""),
    ("Tell me about a normal week.", ""),
    ("What would make things better for families like yours?", ""),
    ("How is your <language|English> now, do you think?", ""),
    ("Anything else you want to tell us?", ""),
]
SURVEY_QUESTIONS = [
    "What has been the hardest part of service life for your family?",
    "Who has supported you, and how?",
    "Is there anything about housing you want to tell us?",
    "How easy is it to get help in your own language?",
    "Please add any other comments.",
    "What would you change about the welfare support?",
]

TOKEN = re.compile(r"\{[^{}]+\}|<[a-z_]+\|[^<>]+>")
ROLE_SEX = {"sp": None}


def needs(world: World, tpl: str) -> bool:
    """Can this sentence be written in this document (its people and conditions exist)?"""
    cond = tpl.partition(" ")[0]
    me, sp = world.cast["me"], world.cast.get("sp")
    if cond == "ME" and not me.serving:
        return False
    if cond == "SP" and not (sp and sp.serving):
        return False
    if cond == "CIV" and me.serving:
        return False
    if cond == "F" and me.sex != "f":
        return False
    for tok in TOKEN.findall(tpl):
        if tok.startswith("{") and "." in tok:
            role, attr = tok[1:-1].split(".", 1)
            person = world.resolve(role)
            if person is None:
                return False
            if attr in ("sn", "unit", "snw", "rank", "service") and not person.serving:
                return False
            if attr in ("phone", "phonew", "email", "addr", "pc", "town", "base", "basetypo") and (
                attr not in person.values
                and not (attr.startswith("base") and "base" in person.values)
                and not (attr.startswith("phone") and "phone" in person.values)
            ):
                return False
            if attr in ("nick", "dim") and not getattr(person, attr):
                return False
            if attr == "kin" and not world.kin_options(person, role):
                return False
            if attr in ("village", "district", "hometown") and attr not in person.values:
                return False
    return True


def strip_cond(tpl: str) -> str:
    head, _, rest = tpl.partition(" ")
    return rest if head in ("ME", "SP", "CIV", "F") else tpl


def resolve(self: World, role: str) -> Person | None:
    if role == "srv":
        for r in ("me", "sp"):
            p = self.cast.get(r)
            if p and p.serving:
                return p
        return None
    return self.cast.get(role)


World.resolve = resolve


def decoy_text(world: World, kind: str) -> tuple[str, str]:
    rng, v = world.rng, world.v
    if kind == "region":
        return "region", rng.choice(v["regions"])
    if kind == "lang":
        return "language", rng.choice(v["langs"])
    if kind == "kin":
        return "kin", rng.choice(v["bare_kin"])
    if kind == "foreign":
        return "foreign", rng.choice(v["foreign"])
    if kind == "weekday":
        return "weekday", rng.choice(WEEKDAYS)
    if kind == "year":
        return "year", str(rng.randint(2008, 2025))
    if kind == "date":
        d, m = rng.randint(1, 28), rng.randint(1, 12)
        y = rng.choice([2025, 2026])
        return "date", rng.choice(
            [
                f"{d} {MONTHS[m - 1]}",
                f"{d}/{m:02d}/{y}",
                f"the {ordinal(d)} of {MONTHS[m - 1]}",
                f"{d} {MONTHS[m - 1][:3]} {y}",
            ]
        )
    return kind, rng.choice(DECOYS[kind])


def relation(world: World, word: str) -> str:
    if word == "sp":
        sp = world.cast.get("sp")
        return "husband" if sp and sp.sex == "m" else "wife"
    if word == "me":
        return "husband" if world.cast["me"].sex == "m" else "wife"
    if word == "mum":
        return world.rng.choice(["mother", "mum", "mother-in-law"])
    raise ValueError(word)


def render(world: World, tpl: str) -> None:
    doc = world.doc
    pos = 0
    for m in TOKEN.finditer(tpl):
        if m.start() > pos:
            doc.add(tpl[pos : m.start()])
        tok = m.group()
        if tok.startswith("<"):
            kind, text = tok[1:-1].split("|", 1)
            doc.decoy(kind, text)
        elif tok.startswith("{$"):
            kind = tok[2:-1]
            if kind == "word":
                w = world.rng.choice(world.v["words"])
                phrase = world.rng.choice(WORD_PHRASES[w])
                before, after = phrase.split("{w}")
                if before:
                    doc.add(before)
                doc.decoy("word", w)
                if after:
                    doc.add(after)
            else:
                k, text = decoy_text(world, kind)
                doc.decoy(k, text)
        elif tok.startswith("{%"):
            doc.add(relation(world, tok[2:-1]))
        else:
            role, attr = tok[1:-1].split(".", 1)
            person = world.resolve(role)
            if attr in ("any",) or attr in (
                "full",
                "first",
                "sur",
                "dim",
                "nick",
                "rank",
                "title",
                "init",
                "surfirst",
                "caps",
                "firstinit",
                "typo",
                "spell",
                "kin",
            ):
                world.mention(person, attr, role)
            else:
                world.value(person, attr)
        pos = m.end()
    if pos < len(tpl):
        doc.add(tpl[pos:])


def sentences(world: World, count: int, flavour_share: float = 0.4) -> list[str]:
    rng = world.rng
    chosen: list[str] = []
    general = [t for t in GENERAL if needs(world, t) and t not in world.written]
    flavour = [t for t in FLAVOUR[world.voice] if needs(world, t) and t not in world.written]
    rng.shuffle(general)
    rng.shuffle(flavour)
    while len(chosen) < count and (general or flavour):
        pool = flavour if (flavour and (rng.random() < flavour_share or not general)) else general
        tpl = pool.pop()
        world.written.add(tpl)
        chosen.append(strip_cond(tpl))
    return chosen


# casting ------------------------------------------------------------------------------------
def cast(world: World) -> None:
    rng, v, voice = world.rng, world.v, world.voice
    services = v["services"]
    other = "f"
    if services and rng.random() < v["serving"]:
        sex = "m" if rng.random() < 0.8 else "f"
        me = world.person("me", voice, sex, True, rng.choice(services))
        other = "f" if sex == "m" else "m"
        sp = world.person("sp", voice if rng.random() < 0.9 else None, other, False)
    elif services:
        sex = "f" if rng.random() < 0.85 else "m"
        me = world.person("me", voice, sex, False)
        sp = world.person("sp", voice, "m" if sex == "f" else "f", True, rng.choice(services))
    else:
        sex = "m" if rng.random() < 0.6 else "f"
        me = world.person("me", voice, sex, False)
        sp = world.person("sp", voice, "f" if sex == "m" else "m", False)
    world.values(me)
    world.values(sp)
    srv = me if me.serving else sp
    for key in ("addr", "pc", "town"):
        sp.values[key] = me.values[key]
    me.values["base"] = sp.values["base"] = srv.values["base"]
    me.values["base2"] = sp.values["base2"] = srv.values["base2"]
    me.values["village"] = rng.choice(v["villages"])
    me.values["district"] = rng.choice(v["districts"])
    me.values["hometown"] = rng.choice(v["towns"])
    if not me.serving:
        me.values.pop("sn", None)
    world.person("kid", voice, rng.choice("mf"), False, age_range=(1, 16))
    if rng.random() < 0.5:
        world.person("kid2", voice, rng.choice("mf"), False, age_range=(1, 16))
    mate = world.person(
        "mate", voice, "m", bool(services), rng.choice(services) if services else None
    )
    world.values(mate)
    if rng.random() < 0.4:
        world.person("mate_sp", voice, "f", False)
    if voice == "nepali" and rng.random() < 0.4:
        world.person("wo", voice, "m", True, "Army")
    else:
        world.person("wo", None, rng.choice("mf"), rng.random() < 0.5, "Army")
    world.person("doc", None, rng.choice("mf"), False)
    world.person(
        "boss",
        None,
        "m" if rng.random() < 0.7 else "f",
        me.serving,
        me.service if me.serving else None,
    )
    mum = world.person("mum", voice, "f", False, age_range=(48, 82))
    bro = world.person("bro", voice, "m", False)
    mum.values["phone"] = world.foreign_phone() if v["cc"] != "+44" else world.uk_phone()
    bro.values["phone"] = world.foreign_phone() if v["cc"] != "+44" else world.uk_phone()
    nb_voice = rng.choice([x for x in VOICE_ORDER if x != voice] + [None, None])
    world.person("nb", nb_voice, "f" if rng.random() < 0.7 else "m", False)
    world.person("iv", None, rng.choice("mf"), False)
    if voice in ("nepali", "fijian", "tongan", "polish", "romanian") and rng.random() < 0.7:
        world.person("ip", voice, rng.choice("mf"), False)


# styles -------------------------------------------------------------------------------------
def answer(world: World, tpls: list[str], fillers: bool, tags: bool) -> None:
    rng, doc = world.rng, world.doc
    for i, tpl in enumerate(tpls):
        if i:
            doc.add(" ")
        if fillers and rng.random() < 0.3:
            _, text = decoy_text(world, "filler")
            doc.decoy("filler", text.capitalize() if text != "I mean" else text)
            doc.add(", ")
            tpl = (
                tpl[0].lower() + tpl[1:]
                if tpl[:2] not in ("I ", "I'") and not tpl.startswith(("{", "<"))
                else tpl
            )
        render(world, tpl)
        if tags and rng.random() < 0.2:
            doc.add(" ")
            doc.decoy("tag", rng.choice(DECOYS["tag"]))


def style_interview(world: World) -> None:
    rng, doc = world.rng, world.doc
    ip = world.cast.get("ip")
    iv_label = (
        rng.choice(["INT", "IV", "I", "Interviewer"])
        if not ip
        else rng.choice(["IV", "I", "Interviewer"])
    )
    ip_label = rng.choice(["INT", "INTERPRETER", "Interpreter"])
    resp = rng.choice([world.pid, "R", "P", "Participant"]) if rng.random() < 0.5 else world.pid
    if rng.random() < 0.6:
        doc.decoy("header", rng.choice(["Transcript excerpt", "Interview transcript", "Extract"]))
        doc.add(" – ")
        if rng.random() < 0.5:
            doc.decoy("file", f"{rng.choice(['WB', 'WBP', 'FAM'])}-INT-{rng.randint(1, 140):03d}")
            doc.add(" – ")
        doc.decoy("role", world.pid)
        doc.add(" – ")
        _, text = decoy_text(world, "date")
        doc.decoy("date", text)
        doc.add("\n")
        doc.decoy("header", "Interviewer:")
        doc.add(" ")
        world.mention(
            world.cast["iv"], rng.choice(["full", "title", "init", "caps", "surfirst"]), "iv"
        )
        doc.add("\n")
        if ip:
            doc.decoy("header", "Interpreter:")
            doc.add(" ")
            world.mention(ip, "full", "ip")
            doc.add("\n")
        doc.add("\n")

    def turn(label: str, tpls: list[str], lead: str = "") -> None:
        doc.decoy("role", label)
        doc.add(": ")
        if lead:
            render(world, lead)
            doc.add(" ")
        answer(world, tpls, fillers=True, tags=True)
        doc.add("\n")

    turn(
        iv_label,
        ["Thank you for meeting me, {me.any}."]
        if rng.random() < 0.7
        else ["Okay, we are recording now."],
    )
    qs = [q for q in QUESTIONS if needs(world, q[0]) and (not q[1] or needs(world, q[1]))]
    first, rest = qs[0], qs[1:]
    rng.shuffle(rest)
    picked = ([first] if rng.random() < 0.5 else []) + rest[: rng.randint(3, 5)]
    for q, a in picked:
        turn(iv_label, [strip_cond(q)])
        extra = sentences(world, rng.randint(1, 3))
        body = ([a] if a else []) + extra
        if ip and rng.random() < 0.75:
            doc.decoy("role", resp)
            doc.add(": ")
            doc.decoy(
                "tag",
                rng.choice(
                    [
                        f"[speaks {world.v['langs'][0]}]",
                        f"[in {world.v['langs'][0]}]",
                        "[answers in own language]",
                    ]
                ),
            )
            if rng.random() < 0.5:
                doc.add(" ")
                render(
                    world,
                    rng.choice(["<foreign|" + rng.choice(world.v["foreign"]) + ">.", "{$kin}..."]),
                )
            doc.add("\n")
            me = world.cast["me"]
            lead = (
                rng.choice(["She is saying", "She says", "She is telling"])
                if me.sex == "f"
                else rng.choice(["He is saying", "He says"])
            )
            turn(
                ip_label,
                [
                    lead + " " + body[0][0].lower() + body[0][1:]
                    if body[0][0] != "{" and body[0][0] != "<" and body[0][:2] != "I "
                    else lead + ", " + body[0],
                    *body[1:],
                ],
            )
        else:
            turn(resp, body)
        if rng.random() < 0.2:
            doc.decoy("role", iv_label)
            doc.add(": ")
            doc.decoy("filler", rng.choice(["Mm-hm.", "Right.", "Okay.", "Yeah."]))
            doc.add("\n")
    if ip and rng.random() < 0.8:
        turn(iv_label, ["Thank you, {ip.first}, and thank you, {me.any}."])


def style_survey(world: World) -> None:
    rng, doc = world.rng, world.doc
    doc.decoy(
        "header",
        rng.choice(
            [
                "Wellbeing survey: free-text answers",
                "Family survey – open questions",
                "Survey export (free text)",
            ]
        ),
    )
    doc.add("\n")
    doc.decoy("header", "Respondent ID:")
    doc.add(" ")
    doc.decoy("role", rng.choice([f"R{rng.randint(1, 999):04d}", world.pid]))
    doc.add("\n\n")
    lower = rng.random() < 0.35
    qs = SURVEY_QUESTIONS[:]
    rng.shuffle(qs)
    for q in qs[: rng.randint(2, 3)]:
        doc.decoy("header", f"Q{rng.randint(4, 30)}.")
        doc.add(" " + q + "\n")
        doc.lower = lower
        answer(world, sentences(world, rng.randint(2, 4), 0.45), fillers=False, tags=False)
        doc.lower = False
        doc.add("\n")
        if rng.random() < 0.5:
            doc.decoy("header", "Theme:")
            doc.add(" ")
            doc.decoy("theme", rng.choice(DECOYS["theme"]))
            doc.add("\n")
        doc.add("\n")


def style_voicenote(world: World) -> None:
    rng, doc = world.rng, world.doc
    doc.decoy("header", rng.choice(["Voice note", "Voice message (transcribed)", "Audio diary"]))
    doc.add(", ")
    doc.decoy("role", world.pid)
    doc.add(", ")
    _, text = decoy_text(world, "date")
    doc.decoy("date", text)
    doc.add(", ")
    doc.decoy("count", f"{rng.randint(0, 3)} min {rng.randint(1, 59)} s")
    doc.add("\n\n")
    opener = rng.choice(
        [
            "Hi {wo.any}, it's {me.any} here.",
            "Hello, this is {me.any}, from the survey.",
            "Okay, is it recording? Yes. Hi {iv.first}, it's {me.any}.",
        ]
    )
    body = [opener, *sentences(world, rng.randint(4, 7), 0.45)]
    if rng.random() < 0.4 and needs(world, "{me.phone}"):
        body.append(
            rng.choice(["My number again is {me.phonew}.", "Call me on {me.phonew}, okay."])
        )
    if rng.random() < 0.3 and world.cast["me"].serving:
        body.append("Service number is {me.snw}.")
    if rng.random() < 0.3:
        body.append("Date of birth {me.dobw}, if you need it.")
    if rng.random() < 0.4:
        body.insert(1, "My surname is {me.sur}, {me.spell}, because people always write it wrong.")
    body.append(
        rng.choice(
            [
                "Okay, bye.",
                "That's it, thank you, bye bye.",
                "Okay, <foreign|" + FAREWELL[world.voice] + ">, bye.",
            ]
        )
    )
    answer(world, body, fillers=True, tags=True)
    doc.add("\n")


MESSAGE_LINES = [
    "ok {$kin}",
    "call me after {$time}",
    "{kid.first} has fever again",
    "did u ring {wo.any}?",
    "send ur email for the form",
    "{me.email}",
    "what time u finish",
    "{$foreign}",
    "the van coming {$weekday}",
    "miss u",
    "landlord... i mean the housing came",
    "ok",
    "{mum.any} called, she ok",
    "{mate.any} said he can help sat",
    "yes",
    "dont forget {$acronym} letter",
    "my new number {me.phone}",
    "ring me",
    "pick {kid.first} from school pls",
    "{$word}",
    "going to {$place_word}",
    "sleeping now",
]


def style_message(world: World) -> None:
    rng, doc = world.rng, world.doc
    me, sp = world.cast["me"], world.cast["sp"]
    if rng.random() < 0.6:
        other = sp if rng.random() < 0.65 else world.cast["bro"]
        names = {}
        for p in (me, other):
            form = rng.choice(
                ["full", "first", "first", "kin", "caps"] + (["dim"] if p.dim else [])
            )
            text = world.form_text(p, form) or p.given
            if form != "first" and text == p.given:
                form = "first"
            names[p.key] = (text, form)
        if rng.random() < 0.5:
            doc.decoy(
                "system",
                "Messages and calls are end-to-end encrypted. "
                "No one outside of this chat can read or listen to them.",
            )
            doc.add("\n")
        d, m = rng.randint(1, 27), rng.randint(1, 12)
        h, mi = rng.randint(6, 22), rng.randint(0, 59)
        lower = rng.random() < 0.7
        lines = [t for t in MESSAGE_LINES if needs(world, t)]
        rng.shuffle(lines)
        lines = lines[: rng.randint(5, 8)] + [strip_cond(t) for t in sentences(world, 2, 0.5)]
        rng.shuffle(lines)
        for i, line in enumerate(lines):
            who = me if i % 2 == 0 or rng.random() < 0.2 else other
            if rng.random() < 0.25 and d < 28:
                d += 1
                h, mi = rng.randint(6, 12), rng.randint(0, 59)
            else:
                mi += rng.randint(1, 25)
                h, mi = min(23, h + mi // 60), mi % 60
            doc.add("[")
            doc.decoy("date", f"{d:02d}/{m:02d}/2026")
            doc.add(", ")
            doc.decoy("time", f"{h:02d}:{mi:02d}")
            doc.add("] ")
            text, form = names[who.key]
            world.doc.span("PERSON", text, form, who.key)
            if form in SURNAME_FORMS:
                doc.seen_sur.add(who.key)
            doc.add(": ")
            if rng.random() < 0.05:
                doc.decoy("system", "<Media omitted>")
            else:
                doc.lower = lower
                render(world, line)
                doc.lower = False
            doc.add("\n")
    else:
        doc.decoy("header", "From:")
        doc.add(" ")
        world.value(me, "phone")
        doc.add("\n")
        doc.decoy("header", "To:")
        doc.add(" ")
        doc.decoy(
            "rank",
            rng.choice(["Welfare Office", "HIVE", "Unit Welfare Office", "Families Officer"]),
        )
        doc.add("\n")
        _, text = decoy_text(world, "date")
        doc.decoy("date", text)
        doc.add(" ")
        doc.decoy("time", f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}")
        doc.add("\n\n")
        doc.lower = rng.random() < 0.5
        body = [
            rng.choice(
                [
                    "Hello {wo.any} this is {me.any}.",
                    "Hi its {me.any}, {%me} of {sp.any}." if sp.serving else "Hi its {me.any}.",
                    "Good morning, {me.any} here.",
                ]
            )
        ]
        body += sentences(world, rng.randint(3, 5), 0.5)
        body.append(
            rng.choice(
                [
                    "Thank you.",
                    "Pls call back.",
                    "Thanks a lot.",
                    "Sorry for my <language|english>.",
                ]
            )
        )
        answer(world, body, fillers=False, tags=False)
        doc.lower = False
        doc.add("\n")
        if rng.random() < 0.6:
            world.mention(me, rng.choice(["first", "full", "dim" if me.dim else "first"]), "me")
            doc.add("\n")


def style_letter(world: World) -> None:
    rng, doc = world.rng, world.doc
    me, sp = world.cast["me"], world.cast["sp"]
    srv = world.resolve("srv")
    for tpl in ["{me.full}", "{me.addr}", "{me.town}", "{me.pc}"]:
        if tpl == "{me.full}":
            world.mention(me, rng.choice(["full", "surfirst", "title", "caps"]), "me")
        else:
            render(world, tpl)
        doc.add("\n")
    doc.add("\n")
    _, text = decoy_text(world, "date")
    doc.decoy("date", text)
    doc.add("\n\n")
    doc.decoy(
        "rank",
        rng.choice(
            ["The Welfare Officer", "Unit Welfare Office", "The Families Officer", "Welfare Team"]
        ),
    )
    doc.add("\n")
    if srv:
        render(world, "{srv.base}")
        doc.add("\n")
    doc.add("\n")
    if rng.random() < 0.5:
        doc.decoy(
            "greet_all",
            rng.choice(["Dear Sir/Madam", "Dear Sir or Madam", "To whom it may concern"]),
        )
    else:
        doc.add("Dear ")
        world.mention(
            world.cast["wo"],
            rng.choice(["title", "rank" if world.cast["wo"].rank else "title", "first"]),
            "wo",
        )
    doc.add(",\n\n")
    if rng.random() < 0.3:
        doc.decoy("header", "Re:")
        doc.add(" ")
        doc.decoy(
            "file",
            f"{rng.choice(['WO', 'HIVE', 'UWO'])}/{rng.randint(2024, 2026)}/{rng.randint(10, 999)}",
        )
        doc.add("\n\n")
    intro = []
    if me.serving:
        intro.append(
            "I am writing to you about myself, {me.rank}, service number {me.sn}, {me.unit}."
        )
    elif sp.serving:
        intro.append(
            rng.choice(
                [
                    "I am writing to you about my {%sp}, {sp.rank}, "
                    "service number {sp.sn}, {sp.unit}.",
                    "I am the {%sp} of {sp.rank} of {sp.unit} and I want to ask for help.",
                ]
            )
        )
    else:
        intro.append("I am writing about our housing, I work as a contractor at {me.base}.")
    body = intro + sentences(world, rng.randint(4, 7), 0.4)
    body.append(
        rng.choice(
            [
                "Please you can contact me on {me.phone} or {me.email}.",
                "My phone is {me.phone}.",
                "Email is {me.email}, thank you.",
            ]
        )
    )
    doc.lower = rng.random() < 0.15
    answer(world, body, fillers=False, tags=False)
    doc.lower = False
    doc.add("\n\n")
    doc.decoy(
        "signoff",
        rng.choice(["Yours faithfully", "Yours sincerely", "Thanking you", "Kind regards"]),
    )
    doc.add(",\n")
    world.mention(me, rng.choice(["full", "caps", "init", "firstinit"]), "me")
    doc.add("\n")
    if sp.serving and rng.random() < 0.6:
        doc.add("(")
        doc.add("wife" if me.sex == "f" else "husband")
        doc.add(" of ")
        world.mention(sp, "rank", "sp")
        doc.add(")\n")


# A word of thanks or goodbye in the voice's language or dialect (each is in its foreign list).
FAREWELL = {
    "nepali": "Dhanyabad",
    "fijian": "Vinaka",
    "tongan": "Malo",
    "ghanaian": "Medaase",
    "polish": "Dzięki",
    "romanian": "Mulțumesc",
    "welsh": "Diolch",
    "gaelic": "Tapadh leat",
    "jamaican": "Bless up",
    "nigerian": "Oya",
    "southasian": "Chalo",
    "ulster": "Dead on",
    "geordie": "Howay",
}
STYLE_WRITERS = {
    "interview": style_interview,
    "survey": style_survey,
    "voicenote": style_voicenote,
    "message": style_message,
    "letter": style_letter,
}


# keeping, building, counting ------------------------------------------------------------------
WORD = re.compile(r"[^\W\d_][\w'-]*")


def keepable(doc: Doc) -> bool:
    text = doc.text()
    if not doc.mentions or max(doc.mentions.values()) > 6:
        return False
    if not 40 <= len(text.split()) <= 450:
        return False
    covered = [False] * len(text)
    for mark in doc.spans + doc.decoys:
        covered[mark["start"] : mark["end"]] = [True] * (mark["end"] - mark["start"])
        value = text[mark["start"] : mark["end"]]
        if not value or value != value.strip():
            return False
    names = {
        w.lower()
        for s in doc.spans
        if s["type"] == "PERSON" and s["form"] in NAME_ONLY_FORMS
        for w in WORD.findall(text[s["start"] : s["end"]])
        if len(w) >= 3
    }
    for word in names:
        for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.I):
            if not any(covered[m.start() : m.end()]):
                return False
    all_names = {
        w.lower()
        for s in doc.spans
        if s["type"] == "PERSON" and s["form"] not in ("rank", "title", "kin", "init", "spell")
        for w in WORD.findall(text[s["start"] : s["end"]])
        if len(w) >= 3
    }
    for d in doc.decoys:
        checked = ("word", "kin", "foreign", "region", "language", "rank", "place_word")
        words_in = {w.lower() for w in WORD.findall(text[d["start"] : d["end"]])}
        if d["kind"] in checked and words_in & all_names:
            return False
    return True


def voice_of(style_index: int, n: int) -> str:
    return VOICE_ORDER[(n + 3 * style_index) % len(VOICE_ORDER)]


def build() -> list[dict]:
    rng = random.Random(SEED)
    records = []
    number = 0
    for n in range(PER_STYLE):
        for si, style in enumerate(STYLES):
            voice = voice_of(si, n)
            for _ in range(100):
                world = World(random.Random(rng.getrandbits(64)), voice, style, n)
                cast(world)
                STYLE_WRITERS[style](world)
                if keepable(world.doc):
                    break
            else:
                raise RuntimeError(f"no document kept for {style} {n}")
            number += 1
            doc = world.doc
            records.append(
                {
                    "id": f"heldout-m-{number:04d}",
                    "style": style,
                    "format": "txt",
                    "text": doc.text(),
                    "spans": sorted(doc.spans, key=lambda s: s["start"]),
                    "decoys": sorted(doc.decoys, key=lambda d: d["start"]),
                    "_voice": voice,
                }
            )
    return records


def serialise(records: list[dict]) -> str:
    lines = []
    for r in records:
        clean = {k: v for k, v in r.items() if not k.startswith("_")}
        lines.append(json.dumps(clean, ensure_ascii=False, sort_keys=True))
    return "\n".join(lines) + "\n"


def table(title: str, counts: Counter) -> list[str]:
    out = [f"| {title} | count |", "|---|---|"]
    out += [f"| {k} | {counts[k]} |" for k in sorted(counts)]
    out.append(f"| total | {sum(counts.values())} |")
    return out


def stats(records: list[dict], data: str) -> str:
    word_counts = [len(r["text"].split()) for r in records]
    people = Counter()
    for r in records:
        for s in r["spans"]:
            if s["type"] == "PERSON":
                people[(r["id"], s["entity"])] += 1
    lines = [
        f"documents: {len(records)}",
        f"words per document: min {min(word_counts)}, max {max(word_counts)}, "
        f"mean {round(sum(word_counts) / len(word_counts))}",
        f"distinct people (entities, counted per document): {len(people)}",
        "people mentioned more than once in their document: "
        f"{sum(1 for c in people.values() if c > 1)}",
        "",
        *table("style", Counter(r["style"] for r in records)),
        "",
        *table("voice", Counter(r["_voice"] for r in records)),
        "",
        *table("type", Counter(s["type"] for r in records for s in r["spans"])),
        "",
        *table(
            "type/form", Counter(f"{s['type']}/{s['form']}" for r in records for s in r["spans"])
        ),
        "",
        *table("decoy kind", Counter(d["kind"] for r in records for d in r["decoys"])),
        "",
        f"sha256: {hashlib.sha256(data.encode('utf-8')).hexdigest()}",
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    records = build()
    data = serialise(records)
    if "--check" in argv:
        if OUT.exists() and OUT.read_text(encoding="utf-8") == data:
            print("corpus.jsonl reproduced")
            return 0
        print("corpus.jsonl differs from the generator's output")
        return 1
    if "--stats" in argv:
        print(stats(records, data))
        return 0
    OUT.write_text(data, encoding="utf-8")
    print(f"wrote {OUT.name}: {len(records)} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
