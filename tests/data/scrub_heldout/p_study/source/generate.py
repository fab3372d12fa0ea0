"""Generate held-out corpus P: a Ministry of Defence wellbeing programme evaluation's own
governance traffic and paper (consent forms read by OCR, withdrawals and subject access
requests, helpdesk tickets, focus groups, scheduling, transcription vendor notes, managers'
referrals, the DPO's breach log, identity checks on the phone, free-text survey answers).

    python generate.py            # writes ../corpus.jsonl
    python generate.py --check    # "corpus.jsonl reproduced", exit 1 if not byte-identical
    python generate.py --stats    # the counts SOURCE.md records

Python 3.11 standard library only. Each document is a list of pieces (plain, span, decoy)
joined at the end, so every offset is exact by construction.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pools as P

SEED = 20261214
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "corpus.jsonl"
LETTER = "p"

MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = {
    1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
    8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
    14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
    19: "nineteenth", 20: "twentieth", 30: "thirtieth",
}  # fmt: skip
DIGIT_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
# Initials that spell a word, a rank, a grade or a common abbreviation are never a person's.
BAD_INITIALS = {
    "AB", "PO", "GP", "DR", "SO", "HR", "IT", "OK", "NO", "OH", "ID", "IS", "AS", "AT", "BE",
    "BY", "DO", "GO", "HE", "IF", "IN", "ME", "MY", "OF", "ON", "OR", "TO", "UP", "US",
    "WE", "AM", "AN", "PM", "RM", "RN", "MD", "CO", "OC", "LH", "FS", "WO", "HM", "MP", "PS",
    "NB", "TV", "DJ", "PC", "SA", "SE", "NE", "NW", "SW", "EO", "AA", "AO", "WP", "PT", "LT",
    "ST", "MR", "MS", "CV", "UK", "EU", "AI", "PA", "QA", "HQ", "KS", "CS", "LE", "LA",
}  # fmt: skip
NAME_WORD = re.compile(r"[^\W\d_][\w'-]*")
TOKEN = re.compile(r"«([^«»]+)»")


# ---------------------------------------------------------------- numbers and dates


def num_words(n: int) -> str:
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else "-" + ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return ONES[n // 100] + " hundred" + ("" if rest == 0 else " and " + num_words(rest))
    return str(n)


def ordinal(n: int) -> str:
    if n in ORDINALS:
        return ORDINALS[n]
    return TENS[n // 10] + "-" + ORDINALS[n % 10]


def year_words(y: int) -> str:
    if y < 2000:
        return num_words(y // 100) + " " + num_words(y % 100)
    if y < 2010:
        return "two thousand and " + num_words(y % 100)
    return "twenty " + num_words(y % 100)


def digits_spoken(digits: str) -> str:
    """Digits read aloud: 'oh', and 'double' for a pair."""
    out = []
    i = 0
    while i < len(digits):
        d = digits[i]
        if not d.isdigit():
            i += 1
            continue
        if i + 1 < len(digits) and digits[i + 1] == d:
            out.append("double " + DIGIT_WORDS[int(d)])
            i += 2
        else:
            out.append(DIGIT_WORDS[int(d)])
            i += 1
    return " ".join(out)


def fmt_date(rng: random.Random, d: date) -> str:
    style = rng.randrange(5)
    if style == 0:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == 1:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == 2:
        return f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}"
    if style == 3:
        return d.isoformat()
    return f"{d.day}/{d.month}/{str(d.year)[2:]}"


def fmt_time(rng: random.Random, h: int, m: int) -> str:
    if rng.random() < 0.6:
        return f"{h:02d}:{m:02d}"
    suffix = "am" if h < 12 else "pm"
    hh = h if h <= 12 else h - 12
    return f"{hh}.{m:02d}{suffix}" if m else f"{hh}{suffix}"


def ascii_fold(s: str) -> str:
    s = s.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii())


# ---------------------------------------------------------------- people and values


class Person:
    def __init__(self, doc: Doc, kind: str, service: str | None, sex: str | None) -> None:
        rng = doc.rng
        self.rng = rng
        self.kind = kind  # serving, civil, external, researcher
        self.service = service
        self.entity: str | None = None
        for _ in range(400):
            origin = rng.choices(list(P.ORIGIN_WEIGHTS), list(P.ORIGIN_WEIGHTS.values()))[0]
            if service and service in ("RN", "RM", "RAF") and origin == "nepali":
                continue
            pool = P.ORIGINS[origin]
            self.sex = sex or rng.choice("MF")
            first, dim = rng.choice(pool[self.sex])
            last = rng.choice(pool["sur"])
            if self.sex == "F":
                last = pool.get("surF", {}).get(last, last)
            elif last.startswith(("Nic ", "Ní ")):
                continue
            nick = ""
            if kind == "serving" or rng.random() < 0.2:
                if last in P.BOUND_NICKS and rng.random() < 0.7:
                    nick = P.BOUND_NICKS[last]
                elif rng.random() < 0.35:
                    nick = rng.choice(P.LOOSE_NICKS.get(origin, []) + P.LOOSE_NICKS["any"])
            initials = first[0] + next(c for c in last if c.isupper())
            typo = make_typo(rng, last)
            words = {w.lower() for w in NAME_WORD.findall(f"{first} {last} {dim} {nick} {typo}")}
            shorts = {x.lower() for x in (dim, nick) if x}
            if initials in BAD_INITIALS or initials in doc.initials:
                continue
            if words & doc.words or shorts & doc.words or words & doc.shorts:
                continue
            break
        self.origin, self.first, self.last, self.dim, self.nick = origin, first, last, dim, nick
        self.initials, self.typo = initials, typo
        doc.words |= words
        doc.shorts |= shorts
        doc.initials.add(initials)
        doc.people.append(self)
        self._values(doc)

    def _values(self, doc: Doc) -> None:
        rng = self.rng
        if self.kind == "serving":
            ranks = P.RANKS[self.service]
            self.rank_i = rng.randrange(len(ranks))
            self.age = min(58, 19 + self.rank_i * 3 + rng.randrange(0, 8))
        else:
            self.rank_i = -1
            self.age = rng.randrange(22, 61)
        born = doc.day - timedelta(days=365 * self.age + rng.randrange(1, 360))
        self.born = born
        self.title = rng.choice(["Mr"] if self.sex == "M" else ["Ms", "Mrs", "Miss", "Ms"])
        if self.kind == "researcher" and rng.random() < 0.35:
            self.title = "Dr"
        self.grade = rng.choice(P.GRADES)
        fam = rng.random()
        self.phone = make_phone(rng, mobile=fam < 0.75)
        self.phone_digits = re.sub(r"\D", "", self.phone.replace("+44", "0"))
        self.email = make_email(rng, self, doc)
        self.handle = make_handle(rng, self)
        self.town = rng.choice(list(P.TOWNS))
        self.postcode = make_postcode(rng, P.TOWNS[self.town])
        self.address = make_address(rng)
        svc = self.service or rng.choice(["Army", "RN", "RM", "RAF"])
        self.unit = rng.choice(P.UNITS[svc])
        if svc == "Army" and self.origin == "nepali" and rng.random() < 0.7:
            self.unit = rng.choice(
                [u for u in P.UNITS["Army"] if "Gurkha" in u[0] or "RGR" in u[0]]
            )
        self.base = rng.choice(P.BASES[svc])
        self.sn = make_service_number(rng, svc)
        self.ni = make_ni(rng)
        self.nhs = make_nhs(rng)

    # -- how the person is written in one form
    def rank_abbr(self) -> str:
        return P.RANKS[self.service][self.rank_i][0]

    def rank_full(self) -> str:
        return P.RANKS[self.service][self.rank_i][1]

    def render(self, form: str) -> str:
        rng = self.rng
        f, s = self.first, self.last
        if form == "full":
            return f"{f} {s}"
        if form == "first":
            return f
        if form == "sur":
            return s
        if form == "dim":
            return self.dim
        if form == "nick":
            if self.nick in P.BOUND_NICKS.values() and rng.random() < 0.5:
                return f"{self.nick} {s}"
            return self.nick
        if form == "rank":
            r = rng.random()
            if r < 0.5:
                return f"{self.rank_abbr()} {s}"
            if r < 0.7:
                return f"{self.rank_full()} {s}"
            if r < 0.85:
                return f"{self.rank_abbr()} {f[0]} {s}"
            return f"{self.rank_abbr().upper()} {s.upper()}"
        if form == "title":
            return f"{self.title} {s}" if rng.random() < 0.7 else f"{self.title} {f} {s}"
        if form == "init":
            return rng.choice([f"{f[0]}. {s}", f"{f[0]} {s}", f"{f[0]}.{s}"])
        if form == "initials":
            return self.initials
        if form == "surfirst":
            return rng.choice([f"{s}, {f}", f"{s.upper()}, {f}", f"{s.upper()} {f}"])
        if form == "caps":
            return f"{f} {s}".upper()
        if form == "firstinit":
            cap = next(c for c in s if c.isupper())
            return rng.choice([f"{f} {cap}.", f"{f} {cap}"])
        if form == "typo":
            return self.typo if rng.random() < 0.6 else f"{f} {self.typo}"
        if form == "handle":
            return self.handle
        if form == "spell":
            word = s if re.fullmatch(r"[A-Za-z]+", s) and len(s) <= 9 else f
            letters = [c.upper() for c in word if c.isalpha()]
            return "-".join(letters) if rng.random() < 0.6 else ", ".join(letters)
        raise ValueError(form)

    def has(self, form: str) -> bool:
        if form == "dim":
            return bool(self.dim)
        if form == "nick":
            return bool(self.nick)
        if form == "rank":
            return self.kind == "serving"
        return True


def make_typo(rng: random.Random, last: str) -> str:
    letters = [i for i, c in enumerate(last) if c.isalpha() and c.islower()]
    for _ in range(20):
        if len(letters) < 3:
            break
        i = rng.choice(letters[1:-1])
        op = rng.randrange(3)
        if op == 0 and i + 1 < len(last) and last[i + 1].isalpha():
            out = last[:i] + last[i + 1] + last[i] + last[i + 2 :]
        elif op == 1:
            out = last[:i] + last[i] + last[i:]
        else:
            out = last[:i] + last[i + 1 :]
        if out != last and out.lower() not in P.ORDINARY_NAME_WORDS:
            return out
    return last + "e"


def make_phone(rng: random.Random, mobile: bool) -> str:
    if mobile:
        if rng.random() < 0.7:
            tail = f"{rng.randrange(1000):03d}"
            return rng.choice(
                [f"07700 900{tail}", f"07700900{tail}", f"07700 900 {tail}", f"+44 7700 900{tail}"]
            )
        body = f"7{rng.randrange(400, 999)}{rng.randrange(10**6):06d}"
        return rng.choice([f"0{body[:4]} {body[4:]}", f"0{body}", f"+44 (0){body[:4]} {body[4:]}"])
    area, mid = rng.choice(
        [
            ("020", "7946 0"), ("0113", "496 0"), ("0117", "496 0"), ("0121", "496 0"),
            ("0131", "496 0"), ("0141", "496 0"), ("0161", "496 0"), ("0191", "498 0"),
            ("029", "2018 0"), ("01632", "960 "),
        ]
    )  # fmt: skip
    tail = f"{rng.randrange(1000):03d}"
    number = f"{area} {mid}{tail}"
    return f"({area}) {mid}{tail}" if rng.random() < 0.2 else number


def make_email(rng: random.Random, p: Person, doc: Doc) -> str:
    f = ascii_fold(p.first).lower().replace(" ", "")
    s = ascii_fold(p.last).lower().replace(" ", "").replace("'", "")
    if p.kind == "researcher":
        return f"{f}.{s}@kestrel-research.co.uk"
    if p.kind == "civil" or (p.kind == "serving" and rng.random() < 0.3):
        return f"{f}.{s}{rng.randrange(100, 999)}@mod.gov.uk"
    if p.kind == "vendor":
        return f"{f[0]}{s}@scribewell.co.uk"
    local = rng.choice([f"{f}.{s}", f"{f}{s}{rng.randrange(70, 99)}", f"{f[0]}{s}", f"{s}.{f}"])
    return f"{local}@{rng.choice(P.EMAIL_DOMAINS[:7])}"


def make_handle(rng: random.Random, p: Person) -> str:
    f = ascii_fold(p.first).lower().replace(" ", "")
    s = ascii_fold(p.last).lower().replace(" ", "").replace("'", "")
    return rng.choice([f"@{f}_{s}{rng.randrange(80, 99)}", f"@{f}.{s}", f"@{s}{f[0]}_"])


def make_postcode(rng: random.Random, area: str) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    inward = f"{rng.randrange(10)}{rng.choice(letters)}{rng.choice(letters)}"
    return f"{area}{rng.randrange(1, 30)} {inward}"


def make_address(rng: random.Random) -> str:
    street = rng.choice(P.STREETS)
    if rng.random() < 0.15:
        return f"Flat {rng.randrange(1, 12)}, {rng.randrange(1, 90)} {street}"
    return f"{rng.randrange(1, 140)} {street}"


def make_service_number(rng: random.Random, svc: str) -> str:
    if svc == "Army":
        return f"{rng.choice(['24', '25', '30'])}{rng.randrange(10**6):06d}"
    if svc == "RAF":
        return f"{rng.choice(['30', '21', '85'])}{rng.randrange(10**6):06d}"
    letter = "D" if svc == "RN" else "P"
    return f"{letter}{rng.randrange(10**6):06d}{rng.choice('ABCDEFHJKLMNPRSTUWXY')}"


def make_ni(rng: random.Random) -> str:
    while True:
        a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    d = f"{rng.randrange(10**6):06d}"
    c = rng.choice("ABCD")
    return f"{a}{b} {d[:2]} {d[2:4]} {d[4:]} {c}" if rng.random() < 0.5 else f"{a}{b}{d}{c}"


def make_nhs(rng: random.Random) -> str:
    while True:
        digits = [rng.randrange(4, 8)] + [rng.randrange(10) for _ in range(8)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
        if check == 10:
            continue
        s = "".join(map(str, digits)) + str(check % 11)
        layout = rng.randrange(3)
        if layout == 0:
            return f"{s[:3]} {s[3:6]} {s[6:]}"
        if layout == 1:
            return f"{s[:3]}-{s[3:6]}-{s[6:]}"
        return s


def dob_text(rng: random.Random, d: date) -> str:
    return rng.choice(
        [
            f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}/{d.month}/{d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}", f"{d.day:02d}-{d.month:02d}-{d.year}",
            f"{d.day:02d}/{d.month:02d}/{str(d.year)[2:]}",
        ]
    )  # fmt: skip


def dob_words(rng: random.Random, d: date) -> str:
    if rng.random() < 0.5:
        return f"the {ordinal(d.day)} of {MONTHS[d.month - 1]} {year_words(d.year)}"
    return f"{MONTHS[d.month - 1]} the {ordinal(d.day)}, {year_words(d.year)}"


def email_words(email: str) -> str:
    local, domain = email.split("@")
    spoken = local.replace(".", " dot ").replace("_", " underscore ")
    spoken = re.sub(
        r"\d+", lambda m: " " + " ".join(DIGIT_WORDS[int(c)] for c in m.group()), spoken
    )
    return " ".join(f"{spoken} at {domain.replace('.', ' dot ')}".split())


def postcode_words(pc: str) -> str:
    parts = []
    for c in pc.replace(" ", ""):
        parts.append(ONES[int(c)] if c.isdigit() else c)
    return " ".join(parts)


# ---------------------------------------------------------------- the document


class Doc:
    def __init__(self, rng: random.Random, style: str, fmt: str = "txt") -> None:
        self.rng = rng
        self.style = style
        self.fmt = fmt
        self.pieces: list[tuple[str, str, dict]] = []  # (text, "plain"|"span"|"decoy", info)
        self.people: list[Person] = []
        self.words: set[str] = set()
        self.shorts: set[str] = set()
        self.initials: set[str] = set()
        self.entities = 0
        self.case: str | None = None
        self.ocr = False
        self.day = date(2026, 1, 12) + timedelta(days=rng.randrange(0, 320))

    # -- people
    def person(self, kind: str = "external", service: str | None = None, sex=None) -> Person:
        if kind == "serving" and service is None:
            service = self.rng.choices(["Army", "RN", "RM", "RAF"], [5, 2, 1, 2])[0]
        return Person(self, kind, service, sex)

    # -- pieces
    def _case(self, text: str) -> str:
        if self.case == "lower":
            return text.lower()
        if self.case == "upper":
            return text.upper()
        return text

    def t(self, text: str) -> None:
        if not text:
            return
        text = self._case(text)
        if self.ocr:
            text = ocr_noise(self.rng, text)
        self.pieces.append((text, "plain", {}))

    def d(self, text: str, kind: str) -> None:
        self.pieces.append((self._case(text), "decoy", {"kind": kind}))

    def v(self, text: str, typ: str, form: str) -> None:
        self.pieces.append((self._case(text), "span", {"type": typ, "form": form}))

    def n(self, p: Person, form: str, text: str | None = None) -> None:
        if not p.has(form):
            form = "title" if form == "rank" else "first"
        if text is None:
            text = p.render(form)
        text = self._case(text)
        if self.case == "upper" and form == "full":
            form = "caps"
        if p.entity is None:
            self.entities += 1
            p.entity = f"p{self.entities}"
        info = {"type": "PERSON", "form": form, "entity": p.entity}
        self.pieces.append((text, "span", info))

    def value(self, p: Person, field: str) -> None:
        rng = self.rng
        if field == "phone":
            self.v(p.phone, "PHONE", "digits")
        elif field == "phonew":
            self.v(digits_spoken(p.phone_digits), "PHONE", "words")
        elif field == "email":
            self.v(p.email, "EMAIL", "plain")
        elif field == "emailw":
            self.v(email_words(p.email), "EMAIL", "words")
        elif field == "dob":
            self.v(dob_text(rng, p.born), "DATE_OF_BIRTH", "digits")
        elif field == "dobw":
            self.v(dob_words(rng, p.born), "DATE_OF_BIRTH", "words")
        elif field == "age":
            self.v(str(p.age), "AGE", "digits")
        elif field == "agew":
            self.v(num_words(p.age), "AGE", "words")
        elif field == "address":
            self.v(p.address, "ADDRESS", "street")
        elif field == "postcode":
            pc = p.postcode
            self.v(rng.choice([pc, pc, pc.replace(" ", ""), pc.lower()]), "POSTCODE", "plain")
        elif field == "postcodew":
            self.v(postcode_words(p.postcode), "POSTCODE", "words")
        elif field == "town":
            self.v(p.town, "LOCATION", "town")
        elif field == "unit":
            self.v(p.unit[0], "UNIT", p.unit[1])
        elif field == "base":
            self.v(p.base[0], "BASE", p.base[1])
        elif field == "sn":
            self.v(p.sn, "SERVICE_NUMBER", "digits")
        elif field == "snw":
            self.v(
                digits_spoken(p.sn) if p.sn.isdigit() else spell_sn(p.sn), "SERVICE_NUMBER", "words"
            )
        elif field == "ni":
            self.v(p.ni if rng.random() < 0.8 else p.ni.lower(), "NI_NUMBER", "digits")
        elif field == "nhs":
            self.v(p.nhs, "NHS_NUMBER", "digits")
        else:
            raise ValueError(field)

    def w(self, template: str, **who: Person) -> None:
        """Append a template: «A.form», «A.field», «A.form|text», «kind|text», «TYPE/form|text»."""
        pos = 0
        for m in TOKEN.finditer(template):
            self.t(template[pos : m.start()])
            pos = m.end()
            body = m.group(1)
            head, _, text = body.partition("|")
            if body == "helpline":
                helpline(self)
                continue
            if "." in head and head.split(".")[0] in who:
                key, attr = head.split(".", 1)
                p = who[key]
                if attr in PERSON_FORMS:
                    self.n(p, attr, text or None)
                else:
                    self.value(p, attr)
            elif "/" in head:
                typ, form = head.split("/")
                self.v(text, typ, form)
            else:
                assert head in DECOY_KINDS, head
                self.d(text, head)
        self.t(template[pos:])

    def finish(self, ident: str) -> dict:
        text = ""
        spans: list[dict] = []
        decoys: list[dict] = []
        plain: list[tuple[int, int]] = []
        for piece, what, info in self.pieces:
            start = len(text)
            text += piece
            end = len(text)
            if what == "plain":
                plain.append((start, end))
            elif what == "span":
                spans.append({"start": start, "end": end, **info})
            else:
                decoys.append({"start": start, "end": end, **info})
        named = {p.entity for p in self.people if p.entity}
        words = set(P.ORDINARY_NAME_WORDS)
        for p in self.people:
            if p.entity in named:
                for w in NAME_WORD.findall(f"{p.first} {p.last} {p.dim} {p.nick} {p.typo}"):
                    words |= {x.lower() for x in [w, *re.findall(r"[^\W\d_]+", w)] if len(x) >= 3}
        for start, end in plain:
            for m in NAME_WORD.finditer(text, start, end):
                if m.group().lower() in words:
                    decoys.append({"start": m.start(), "end": m.end(), "kind": "word"})
                    continue
                for w in re.finditer(r"[^\W\d_]+", m.group()):
                    if w.group().lower() in words:
                        s, e = m.start() + w.start(), m.start() + w.end()
                        decoys.append({"start": s, "end": e, "kind": "word"})
        spans.sort(key=lambda x: x["start"])
        decoys.sort(key=lambda x: x["start"])
        return {
            "decoys": decoys, "format": self.fmt, "id": ident, "spans": spans,
            "style": self.style, "text": text,
        }  # fmt: skip


def spell_sn(sn: str) -> str:
    return " ".join(c if c.isalpha() else DIGIT_WORDS[int(c)] for c in sn)


PERSON_FORMS = {
    "full", "first", "sur", "dim", "nick", "rank", "title", "init", "initials", "surfirst",
    "caps", "firstinit", "typo", "handle", "spell", "split", "broken",
}  # fmt: skip
DECOY_KINDS = {
    "acronym", "age_band", "count", "date", "file", "filler", "greet_all", "header", "helpline",
    "money", "place_word", "product", "rank", "role", "service", "signoff", "status", "system",
    "tag", "team", "time", "timestamp", "weekday", "word", "year",
}  # fmt: skip


def ocr_noise(rng: random.Random, text: str) -> str:
    """A scanner's errors in ordinary words: rn->m, l->1, O->0, dropped and doubled spaces,
    stray | and ~. The first and last character of a piece are left alone."""
    if len(text) < 6:
        return text
    head, body, tail = text[0], list(text[1:-1]), text[-1]
    out = []
    for i, c in enumerate(body):
        r = rng.random()
        nxt = body[i + 1] if i + 1 < len(body) else ""
        if c == "r" and nxt == "n" and r < 0.35:
            out.append("m")
            body[i + 1] = ""
            continue
        if c == "l" and r < 0.05:
            out.append("1")
        elif c in "oO" and r < 0.03 and i > 0 and body[i - 1].isalpha():
            out.append("0")
        elif c == " " and r < 0.025:
            continue
        elif c == " " and r < 0.05:
            out.append("  ")
        elif c == " " and r < 0.065:
            out.append(rng.choice([" | ", " ~ ", " |"]) if nxt != " " else " ")
        else:
            out.append(c)
    return head + "".join(out) + tail


# ---------------------------------------------------------------- shared bits


def pick(rng: random.Random, *options):
    return rng.choice(options)


def study_ref(rng: random.Random) -> str:
    return rng.choice(["KSR-2291", "MODREC 2291/MOD/25", "WP-EVAL-07", "KSR/WP/2291"])


def pid(rng: random.Random) -> str:
    return rng.choice(
        [
            f"P-{rng.randrange(100, 999):04d}",
            f"WP{rng.randrange(1000, 4999)}",
            f"PID {rng.randrange(100, 999)}",
        ]
    )


def helpline(doc: Doc) -> None:
    name, number = doc.rng.choice(P.HELPLINES)
    doc.w(f"«product|{name}» on «helpline|{number}»")


def datestr(doc: Doc, delta: int = 0) -> str:
    return fmt_date(doc.rng, doc.day + timedelta(days=delta))


def time_str(doc: Doc) -> str:
    return fmt_time(doc.rng, doc.rng.randrange(8, 18), doc.rng.choice([0, 0, 15, 30, 45]))


def age_band(age: int) -> str:
    for lo, hi in ((18, 24), (25, 34), (35, 44), (45, 54), (55, 64)):
        if lo <= age <= hi:
            return f"{lo}-{hi}"
    return "65+"


def svc_word(rng: random.Random, p: Person) -> str:
    return rng.choice(P.SERVICE_WORDS.get(p.service or "", ["the MOD"]))


def signoff(doc: Doc) -> str:
    return doc.rng.choice(
        [
            "Kind regards",
            "Best wishes",
            "Many thanks",
            "Regards",
            "Thanks",
            "Yours sincerely",
            "With thanks",
        ]
    )


# ---------------------------------------------------------------- 1. OCR'd paper


def style_ocr(doc: Doc) -> None:
    rng = doc.rng
    part = doc.person("serving") if rng.random() < 0.75 else doc.person("civil")
    res = doc.person("researcher")
    doc.ocr = True
    if rng.random() < 0.55:
        ocr_consent(doc, part, res)
    else:
        ocr_questionnaire(doc, part, res)


def broken_name(doc: Doc, p: Person, caps: bool) -> None:
    """A name broken by a line end or an OCR hyphenation, as one span."""
    rng = doc.rng
    f, s = (p.first.upper(), p.last.upper()) if caps else (p.first, p.last)
    letters = [i for i, c in enumerate(s) if c.isalpha()]
    if len(letters) >= 6 and rng.random() < 0.6 and " " not in s:
        cut = letters[len(letters) // 2]
        text = f"{f} {s[:cut]}-\n{s[cut:]}"
    elif rng.random() < 0.5:
        text = f"{f}\n{s}"
    else:
        cut = max(2, len(f) // 2) if " " not in f and len(f) >= 5 else 0
        text = f"{f[:cut]}-\n{f[cut:]} {s}" if cut else f"{f}\n{s}"
    doc.n(p, "broken", text)


def ocr_consent(doc: Doc, part: Person, res: Person) -> None:
    rng = doc.rng
    day = datestr(doc)
    doc.w(f"«header|{P.EVALUATOR.upper()}»\n")
    doc.w(
        pick(
            rng,
            "«header|PARTICIPANT CONSENT FORM» - «product|Defence Wellbeing Pathways» evaluation\n",
            "«header|CONSENT FORM (interview and focus group)»\n",
        )
    )
    doc.w(
        f"Study ref: «file|{study_ref(rng)}»   Version «file|3.{rng.randrange(4)}» "
        f"dated «date|{datestr(doc, -rng.randrange(60, 200))}»\n\n"
    )
    doc.w("Please initial or tick each box\n")
    boxes = [
        "I confirm that I have read the «acronym|PIS» for the above study and have had the "
        "opportunity to ask questions.",
        "I understand that my participation is voluntary and that I am free to with-\ndraw "
        "at any time up to four weeks after my interview, without giving a reason.",
        "I understand that taking part will not affect my career, my reports or my access "
        "to welfare support.",
        "I agree to the interview being audio recorded and transcribed by an external "
        "transcription company.",
        "I agree that anonymised quotes may be used in the report to the «product|Ministry "
        "of Defence».",
        "I agree to be contacted about a follow-up interview in six months.",
    ]
    for line in rng.sample(boxes, rng.randrange(4, 7)):
        doc.w(f"{pick(rng, '[X]', '[X]', '[x]', '[ ]', '[/]')} {line}\n")
    doc.w("\n")
    caps = rng.random() < 0.6
    if rng.random() < 0.5:
        doc.w("Name of participant (BLOCK CAPITALS): ")
        broken_name(doc, part, caps)
    else:
        doc.w("Print name: ")
        doc.w("«A.caps»" if caps else "«A.full»", A=part)
    doc.w(
        f"\nSigned: {pick(rng, '«tag|[signature]»', '«tag|[illegible]»', '«A.init»')}   "
        f"Date: «date|{day}»\n",
        A=part,
    )
    if part.kind == "serving" and rng.random() < 0.6:
        doc.w("Rank / grade: «A.rank»   Unit: «A.unit»\n", A=part)
        if rng.random() < 0.5:
            doc.w("Service no.: «A.sn»\n", A=part)
    elif rng.random() < 0.5:
        doc.w(f"Grade: «rank|{part.grade}»   Location: «A.base»\n", A=part)
    if rng.random() < 0.6:
        phone = part.phone
        if " " in phone and rng.random() < 0.5:
            a, b = phone.rsplit(" ", 1)
            doc.w("Contact tel (optional): ")
            doc.v(f"{a}\n{b}", "PHONE", "digits")
            doc.w("\n")
        else:
            doc.w("Contact tel (optional): «A.phone»\n", A=part)
    if rng.random() < 0.4:
        doc.w("Date of birth: «A.dob»\n", A=part)
    if rng.random() < 0.45:
        doc.w(
            "Address for a copy of the summary (optional): «A.address», «A.town» «A.postcode»\n",
            A=part,
        )
    doc.w("\nName of researcher taking consent: ")
    doc.w(pick(rng, "«R.full»", "«R.title»", "«R.init»"), R=res)
    doc.w(f"\nSigned: «tag|[signature]»   Date: «date|{day}»\n")
    if rng.random() < 0.45:
        wit = doc.person("serving" if rng.random() < 0.5 else "civil")
        doc.w("Witness (verbal consent only): ")
        doc.w(pick(rng, "«W.rank»" if wit.kind == "serving" else "«W.title»", "«W.full»"), W=wit)
        doc.w(
            f", {pick(rng, '«rank|Unit Welfare Officer»', '«rank|padre»', '«rank|Chief Clerk»')}\n"
        )
    doc.w("\n1 copy for participant; 1 copy for researcher file. «header|Page 1 of 1»\n")
    if rng.random() < 0.5:
        doc.w(
            f"Scanned «date|{datestr(doc, rng.randrange(1, 9))}» by «R.initials» "
            f"batch «file|{rng.randrange(10, 99)}»\n",
            R=res,
        )


def ocr_questionnaire(doc: Doc, part: Person, res: Person) -> None:
    rng = doc.rng
    fac = doc.person("researcher")
    mate = doc.person("serving")
    doc.w(
        f"«product|Wellbeing Pathways» - "
        f"«header|Paper Questionnaire (Wave {rng.randrange(1, 4)})»\n"
    )
    doc.w("Please complete in BLOCK CAPITALS and return in the freepost envelope provided.\n\n")
    q_age = rng.random() < 0.6
    if q_age:
        doc.w(f"1. «header|Your age»: {pick(rng, '«A.age»', '«A.age» yrs', '«A.agew»')}\n", A=part)
    doc.w("2. «header|Age group»: ")
    for band in ("18-24", "25-34", "35-44", "45-54", "55-64"):
        mark = "[X]" if band == age_band(part.age) else "[ ]"
        doc.w(f"{mark} «age_band|{band}» ")
    doc.w("\n3. «header|You are»: ")
    kind = {"Army": "Army", "RN": "RN", "RM": "RM", "RAF": "RAF"}.get(part.service or "", "")
    for opt in ("Army", "RN", "RM", "RAF", "Civil Servant"):
        mark = "[X]" if opt == kind or (opt == "Civil Servant" and not kind) else "[ ]"
        doc.w(f"{mark} {opt} " if opt == "Civil Servant" else f"{mark} «service|{opt}» ")
    doc.w(f"\n4. «header|How many sessions did you attend?» «count|{rng.randrange(1, 9)}»\n")
    doc.w("5. «header|What, if anything, helped most?»\n")
    answers = [
        "The sleep session with «F.first» was the best part, I actually use the breathing "
        "thing now",
        "Talking to people from other units. «M.nick» from «M.unit» dragged me along and I'm "
        "glad I went",
        "Honestly the brew and the chat after. «F.first» made it feel normal to say you're "
        "not coping",
        "Knowing «product|TRiM» and «product|Op COURAGE» are there, I didnt before",
        "Being out of the office for a morning. «M.first» and me went together from «M.base»",
    ]
    doc.case = "upper" if rng.random() < 0.5 else None
    for line in rng.sample(answers, 2):
        doc.w(line + ".\n", F=fac, M=mate)
    doc.case = None
    doc.w("6. «header|Anything that could be better?»\n")
    doc.w(
        pick(
            rng,
            "Shorter. 2 hrs on a Friday afternoon is too long\n",
            "More notice, my chain of command only told me the day before\n",
            "Run it at the weekend for reservists\n",
            "Nothing, it was fine\n",
        )
    )
    doc.w("7. «header|May we contact you about a follow-up interview?» [X] Yes [ ] No\n")
    doc.w("   If yes: «header|Name» ")
    if rng.random() < 0.5:
        broken_name(doc, part, True)
    else:
        doc.w("«A.caps»", A=part)
    doc.w("\n   «header|Tel» «A.phone»\n", A=part)
    if rng.random() < 0.5:
        doc.w("   «header|E-mail» «A.email»\n", A=part)
    doc.w(
        f"\nOFFICE USE: rec'd «date|{datestr(doc, 3)}» «R.initials» / keyed "
        f"«R.initials» ID «role|{pid(rng)}»\n",
        R=res,
    )


# ---------------------------------------------------------------- 2. withdrawals and SARs


def email_head(doc: Doc, sender: Person, to: Person, subject: str, sform="full", tform="full"):
    rng = doc.rng
    doc.w(f"«header|From:» «A.{sform}» <«A.email»>\n", A=sender)
    doc.w(
        f"«header|Sent:» «weekday|{DAYS[doc.day.weekday()]}» "
        f"«date|{doc.day.day} {MONTHS[doc.day.month - 1]} {doc.day.year}» «time|{time_str(doc)}»\n"
    )
    doc.w(f"«header|To:» «B.{tform}» <«B.email»>\n", B=to)
    doc.w(f"«header|Subject:» {subject}\n\n")
    _ = rng


def style_dsar(doc: Doc) -> None:
    rng = doc.rng
    part = doc.person("serving") if rng.random() < 0.7 else doc.person("civil")
    coord = doc.person("researcher")
    dpo = doc.person("researcher")
    ident = pid(rng)
    frame = rng.randrange(3)
    due = doc.day + timedelta(days=30)
    if frame == 0:
        email_head(
            doc,
            part,
            coord,
            pick(
                rng, "Withdraw from study", "please remove my data", "Wellbeing study - withdrawal"
            ),
            "full",
        )
        doc.w(pick(rng, "Hi «B.first»,\n\n", "Dear «B.title»,\n\n", "Hello,\n\n"), B=coord)
        doc.w(
            pick(
                rng,
                "I took part in the wellbeing interview at «A.base» last month (my number on the "
                f"sheet was «role|{ident}»). I've had a think and I'd rather my interview wasn't "
                "used. Can you delete the recording and the transcript please? I don't want my "
                "chain of command knowing I asked.\n\n",
                f"Following our chat, please withdraw me from the evaluation. Participant ID "
                f"«role|{ident}». I am happy for the survey answers to stay in but not the focus "
                "group bits where I talk about «A.unit».\n\n",
                "I want to pull out of the study. I'm leaving «A.service» soon and don't want "
                "anything with my name on it kept. My mobile is «A.phone» if you need to check "
                "it's me.\n\n",
                "My partner has asked me to withdraw. I did the interview with «B.first» on "
                f"«date|{datestr(doc, -20)}» at «A.base». Please delete the recording. I am "
                "«A.age» and I don't need anyone ringing me about it.\n\n",
            ).replace("«A.service»", f"«service|{svc_word(rng, part)}»"),
            A=part,
            B=coord,
        )
        doc.w(f"{pick(rng, 'Thanks', 'Cheers', 'Regards')}\n")
        doc.w(pick(rng, "«A.first»\n", "«A.full»\n", "«A.rank»\n"), A=part)
        doc.w("\n«header|-----Reply-----»\n")
        doc.w(f"Dear {pick(rng, '«A.first»', '«A.title»')},\n\n", A=part)
        doc.w(
            "Thank you for letting us know. We have withdrawn you from "
            "«product|the Defence Wellbeing Pathways evaluation» and will delete your "
            f"interview recording and transcript by «date|{fmt_date(rng, due)}», within the "
            "30 days we promised in the information sheet. Anything already combined into "
            "anonymous totals cannot be taken out, as the «acronym|PIS» explained. You will "
            "get a short confirmation from our «rank|Data Protection Officer» when it is "
            "done. If taking part has raised anything difficult, «helpline».\n\n"
        )
        doc.w(
            f"«signoff|{signoff(doc)}»\n«B.full»\n«rank|Study Coordinator», «team|{P.EVALUATOR}»\n",
            B=coord,
        )
    elif frame == 1:
        doc.w("«header|WEB FORM SUBMISSION» - «header|Withdrawal / data request»\n")
        doc.w(
            f"«header|Submitted:» «timestamp|{doc.day.isoformat()} {rng.randrange(6, 23):02d}:"
            f"{rng.randrange(60):02d}»\n"
        )
        doc.w("«header|Full name:» «A.full»\n«header|Email:» «A.email»\n", A=part)
        doc.w(f"«header|Participant ID (if known):» «role|{ident}»\n")
        doc.w(
            f"«header|Request type:» "
            f"«status|{pick(rng, 'Withdrawal', 'Subject access request', 'Erasure')}»\n"
        )
        doc.w("«header|Details:» ")
        doc.w(
            pick(
                rng,
                "i did the survey on my phone in «A.town» and put my real email in by mistake "
                "in the free text box. please can it be removed. also my mate «M.first» did the "
                "same\n",
                "Please send me a copy of everything you hold on me, including what my line "
                "manager «M.title» wrote on the referral form\n",
                "I was in the «A.base» focus group. Someone called me «A.dim» on the recording "
                "so I'm identifiable, please delete my parts\n",
            ),
            A=part,
            M=doc.person("serving"),
        )
        doc.w(
            pick(
                rng,
                "«header|Preferred contact:» «A.phone»\n",
                "«header|Preferred contact:» Instagram DM «A.handle»\n",
                "«header|Postal address:» «A.address», «A.town», «A.postcode»\n",
            ),
            A=part,
        )
        if rng.random() < 0.4:
            doc.w("«header|Date of birth:» «A.dob»\n", A=part)
        if part.kind == "serving" and rng.random() < 0.4:
            doc.w("«header|Service number:» «A.sn»\n", A=part)
        doc.w("\n")
        doc.w(
            f"«header|Triage note» («B.initials», «date|{datestr(doc, 1)}»): verified against "
            f"consent log, ID matches. Deadline «date|{fmt_date(rng, due)}». Passed to "
            "«C.initials» "
            f"for deletion sign-off. «status|OPEN»\n",
            B=coord,
            C=dpo,
        )
    else:
        doc.w(
            "«header|Subject access request» - "
            f"«file|SAR-{doc.day.year}-{rng.randrange(10, 99):03d}»\n\n"
        )
        doc.w(f"Dear {pick(rng, '«A.title»', '«A.first»')},\n\n", A=part)
        doc.w(
            f"We received your request on «date|{datestr(doc)}» for the personal data "
            f"«team|{P.EVALUATOR}» holds about you as a participant in "
            "«product|Wellbeing Pathways». We must reply within one month, by "
            f"«date|{fmt_date(rng, due)}».\n\n"
        )
        doc.w(
            "Before we release anything we need to confirm your identity. Please reply with:\n"
            "1. the date of birth you gave on your consent form;\n"
            "2. the name of the base or site where you were interviewed;\n"
            "3. the last four digits of the mobile number you gave us.\n\n"
        )
        doc.w(
            "We hold: your consent form (name, «acronym|UIN», unit, signature), your survey "
            "responses, and a transcript of your interview in which you are referred to as "
            f"«role|{ident}». We do not hold your service record.\n\n"
        )
        doc.w(f"«signoff|{signoff(doc)}»\n\n«C.full»\n«rank|Data Protection Officer»\n", C=dpo)
        doc.w(f"«team|{P.EVALUATOR}» | «C.email»\n", C=dpo)
        doc.w(f"\n> On «date|{datestr(doc, -2)}», «A.full» <«A.email»> wrote:\n", A=part)
        doc.w(
            "> Under «acronym|GDPR» I'm asking for all data you have on me. I was interviewed by "
            f"{pick(rng, '«B.first»', '«B.title»', '«B.full»')} at «A.base». My mobile "
            "«A.phone».\n",
            A=part,
            B=coord,
        )


# ---------------------------------------------------------------- 3. helpdesk tickets


ERRORS = [
    "Error 403: This survey is not currently active. (ref: 7f3a-22c1)",
    "ERR_CONNECTION_RESET",
    "The link you followed has expired or has already been used.",
    "Session timed out. Please start again. Code QX-SESSION-410",
    "This site can't be reached. dii.r.mil.uk refused to connect.",
    "Response could not be saved (HTTP 500). Request ID 9c1e44d0",
]


HELPDESK = [
    (
        ["Survey link not working", "Link expired?", "Cannot open survey"],
        "Hi, I clicked the link in the email from «C.ref» and got this:\n\n    «tag|{err}»\n\n"
        "I'm on a work laptop at «A.base». Tried Edge and Chrome. Can you resend?\n",
        "Link was single-use and already opened on another device. Regenerated. «C.initials» "
        "to check whether the MODNET proxy strips the token.\n",
        "Thanks for getting in touch. I've sent you a fresh link; it will stay open until "
        "«date|{until}». Your earlier answers have been kept.\n",
    ),
    (
        ["Wrong name on invite", "Name spelt wrong", "invite addressed to wrong name"],
        "Good morning. My invite says Dear «A.typo» which is not how my name is spelt and the "
        "link then says:\n\n    «tag|{err}»\n\nPlease fix. My mobile is «A.phone» if easier.\n",
        "Invite list has the surname wrong, corrected in panel. Flagging to «C.first» as this "
        "came from the unit's nominal roll.\n",
        "Apologies for getting your name wrong; it came from the list we were sent and we have "
        "corrected it. A new link is on its way.\n",
    ),
    (
        ["Survey won't load at home", "Cant open link on personal laptop"],
        "I'm on leave at home in «A.town» and the link won't open on my own laptop:\n\n"
        "    «tag|{err}»\n\nCan you help?\n",
        "Home broadband fine, the block is the old invite domain. «C.initials» to whitelist; "
        "resend from the new sender.\n",
        "Sorry about that. We have resent the invitation from our new address, which should "
        "open anywhere. Your earlier answers have been kept.\n",
    ),
    (
        ["Survey keeps crashing", "Lost my answers", "Do I have to start again"],
        "I got halfway through on my phone then it crashed. Do I have to start again? I'm "
        "«A.age» and not great with these things. I'm based with «A.unit».\n",
        "Checked «product|{platform}» panel: response 40% complete, saved. Sending resume "
        "link. Do NOT merge with the duplicate ticket.\n",
        "No need to start again: your answers up to the crash were saved. The link below "
        "takes you back to where you were.\n",
    ),
]


def style_helpdesk(doc: Doc) -> None:
    rng = doc.rng
    req = doc.person("serving") if rng.random() < 0.6 else doc.person("civil")
    agent = doc.person("researcher")
    lead = doc.person("researcher")
    subjects, message, note, reply = rng.choice(HELPDESK)
    fill = {
        "{err}": rng.choice(ERRORS),
        "{until}": datestr(doc, 14),
        "{platform}": rng.choice(P.PLATFORMS),
    }
    for key, value in fill.items():
        message, note, reply = (x.replace(key, value) for x in (message, note, reply))
    message = message.replace("«C.ref»", pick(rng, "«C.first»", "«C.title»", "«C.full»"))
    n = rng.randrange(30000, 59999)
    h, m = rng.randrange(7, 20), rng.randrange(60)
    stamp = f"{doc.day.isoformat()} {h:02d}:{m:02d}"
    doc.w(f"«header|Ticket» «file|#{n}»\n«header|Subject:» {rng.choice(subjects)}\n")
    status = pick(rng, "Solved", "Open", "Pending", "On-hold")
    priority = pick(rng, "Normal", "High", "Low", "Normal")
    doc.w(f"«header|Status:» «status|{status}»   «header|Priority:» «status|{priority}»\n")
    doc.w(
        pick(
            rng,
            "«header|Requester:» «A.full» <«A.email»>\n",
            "«header|Requester:» «A.surfirst» (via web widget)\n",
        ),
        A=req,
    )
    doc.w("«header|Assignee:» «B.full» («team|Survey Support»)\n", B=agent)
    doc.w(
        f"«header|Created:» «timestamp|{stamp}»   «header|Channel:» "
        f"{pick(rng, 'Email', 'Web form', 'Phone')}\n"
    )
    doc.w(f"«header|Tags:» survey_link {pick(rng, 'wave2', 'mobile', 'modnet', 'invite')}\n\n")
    doc.w(f"«header|---- Public reply ----» «A.first» «timestamp|{stamp}»\n", A=req)
    doc.w(message, A=req, C=lead)
    doc.w(
        pick(
            rng,
            "«A.first»\n",
            "«A.rank»\n" if req.kind == "serving" else "«A.full»\n",
            "Sent from my iPhone\n",
            "«A.first» («A.handle» on Instagram if quicker)\n",
        ),
        A=req,
    )
    doc.w(
        f"\n«header|---- Internal note ----» «B.firstinit» «timestamp|{doc.day.isoformat()} "
        f"{min(h + 1, 23):02d}:{rng.randrange(60):02d}»\n",
        B=agent,
    )
    doc.w(note, C=lead)
    doc.w(
        f"\n«header|---- Public reply ----» «B.full» «timestamp|{doc.day.isoformat()} "
        f"{min(h + 2, 23):02d}:{rng.randrange(60):02d}»\n",
        B=agent,
    )
    doc.w(f"{pick(rng, 'Hi «A.first»', 'Hello «A.title»', 'Hi')},\n\n", A=req)
    doc.w(reply)
    doc.w(f"\n«signoff|{signoff(doc)}»\n«B.first»\n«team|{P.EVALUATOR} Survey Support»\n", B=agent)


# ---------------------------------------------------------------- 4. focus groups

PART_LINES = [
    "I'm «S.agew», been in «svc|S» «count|{yrs}» years, and honestly this was the first time "
    "anyone asked how we were doing rather than telling us.",
    "Same as «X.first» really. «tag|[crosstalk]» The sleep one was the good one.",
    "When «F.first» did the bit on «product|TRiM» I thought, we've had that for years and "
    "nobody trusts it.",
    "At «S.base» the welfare side is basically «rank|the padre» and one «rank|UWO» who's "
    "stretched thin.",
    "My boss put me forward. I didn't volunteer. «tag|[laughs]» No offence, «F.first».",
    "We're «S.unit», we came up in the minibus this morning.",
    "I'm «S.age», joined in «year|{year}», and back then none of this existed.",
    "«X.sur» will tell you, we talked about it after in «place_word|{place}» for an hour.",
    "I drive in from «S.town» every day, so a session at the end of the day is a nightmare.",
    "«filler|Erm», I think the timing is wrong. Friday afternoon, everyone's thinking about "
    "the drive home.",
    "«X.dim» said the same thing in the car, didn't you? «tag|[laughter]»",
    "The online bit, the «product|Headspace» codes, I used it twice. «filler|You know» how it is.",
    "I'd want it to go to the reservists as well. Half my lot at «S.base» never heard of it.",
    "Being a civvy in «product|the MOD» you're sort of in between. «rank|HR» says go to "
    "the «rank|OH» provider, the unit says go to the «rank|UWO».",
    "I'd say to «X.nick» over there, go to the next one, mate. «tag|[laughs]»",
    "«X.first» and me are on the same shift pattern at «S.base», so we both missed the "
    "second session.",
    "Can I say something? «tag|[pause]» The bit about money, debt, that hit home. I'm "
    "«S.age» and I've never had a budget in my life.",
    "I'm not being funny, but if «rank|the RSM» had been in the room nobody would have said "
    "a word.",
    "«X.nick», you said exactly that in «place_word|{place}» last week, you did. «tag|[crosstalk]»",
    "For me it was the partners' evening. My other half came down from «S.town» for it.",
    "We had «F.first» and another lady for the first one, I can't remember her name, but she "
    "was good.",
    "Honestly? I only came for the bacon rolls. «tag|[laughter]» No, it was alright.",
    "The app's blocked on «acronym|MODNET», so I did it on my own phone on the bus.",
    "«filler|Like», I've done «count|three» tours, and this is the first time I've talked about "
    "sleep in a room full of people.",
]
FAC_LINES = [
    "«greet_all|Morning all». Thanks for coming. Just a reminder we're recording, and the "
    "transcript will use "
    "numbers, not your names. «tag|[pause]» Who wants to start?",
    "«X.first», you were nodding there?",
    "Let's come to «X.dim», sorry, «X.first». What did you make of the sessions?",
    "Okay. We've got about «count|ten» minutes left, so last thoughts. And if today stirred "
    "anything up, the number for «helpline»'s on the sheet.",
    "What about the online side of it? Did anyone use the app?",
    "That's really helpful. Does anyone see it differently?",
]


def split_pair(doc: Doc, a: Person, b: Person, third: Person) -> list[tuple[Person, str]]:
    """One speaker starts a name, the next finishes it: two spans of form `split`."""
    first, last = third.first, third.last
    return [
        (a, f"And the physio at «A.base», she was brilliant, what's her name, «T.split|{first}»"),
        (b, f"«T.split|{last}». Yeah. She'd do anything for you."),
    ]


def style_focusgroup(doc: Doc) -> None:
    rng = doc.rng
    fac = doc.person("researcher")
    note = doc.person("researcher") if rng.random() < 0.5 else None
    n = rng.randrange(4, 8)
    parts = [
        doc.person("serving") if rng.random() < 0.75 else doc.person("civil") for _ in range(n)
    ]
    third = doc.person("external", sex="F") if rng.random() < 0.55 else None
    scheme = (
        rng.choice(["P", "first", "initials"])
        if doc.fmt == "txt"
        else rng.choice(["P", "first", "full"])
    )
    if doc.fmt == "srt":
        scheme = rng.choice(["P", "first"])
    number = {id(p): i + 1 for i, p in enumerate(parts)}
    # the turns
    turns: list[tuple[Person | None, str, dict]] = []
    turns.append((None, FAC_LINES[0], {}))
    order = parts[:]
    rng.shuffle(order)
    used: set[int] = set()
    for i, sp in enumerate(order + rng.sample(order, min(3, len(order)))):
        others = [p for p in parts if p is not sp]
        x = rng.choice(others)
        choices = [
            j
            for j in range(len(PART_LINES))
            if j not in used
            and not ("civvy" in PART_LINES[j] and sp.kind == "serving")
            and not ("«svc|S»" in PART_LINES[j] and sp.kind != "serving")
        ]
        j = rng.choice(choices)
        used.add(j)
        line = PART_LINES[j]
        if "«svc|S»" in line:
            line = line.replace(
                "«svc|S»",
                f"«service|{svc_word(rng, sp)}»" if sp.service else "«product|the MOD» for",
            )
        yrs = max(2, sp.age - 19 - rng.randrange(3))
        line = line.replace("{year}", str(doc.day.year - yrs)).replace(
            "{place}", rng.choice(P.PLACE_WORDS)
        )
        if "«X.nick»" in line:
            x = next((p for p in others if p.nick), x)
        turns.append((sp, line.replace("{yrs}", str(yrs)), {"X": x}))
        if i == 1:
            x = rng.choice(parts)
            turns.append(
                (None, FAC_LINES[2] if x.dim and rng.random() < 0.6 else FAC_LINES[1], {"X": x})
            )
        if i == 3 and third is not None:
            a, b = rng.sample(parts, 2)
            for who, text in split_pair(doc, a, b, third):
                turns.append((who, text, {"T": third}))
    turns.append((None, rng.choice(FAC_LINES[3:]), {}))
    last = rng.choice(parts)
    turns.append((last, "Just, thanks for listening, «F.first». That's all really.", {}))
    # the header
    t = 0
    if doc.fmt == "vtt":
        doc.w("WEBVTT\n\n")
        doc.w(
            f"NOTE «product|Wellbeing Pathways» focus group «file|FG{rng.randrange(1, 40):02d}»"
            f", «date|{datestr(doc)}»\n\n"
        )
    elif doc.fmt == "txt":
        doc.w(
            f"«header|FOCUS GROUP» «file|FG{rng.randrange(1, 40):02d}» - «B.base» - "
            f"«date|{datestr(doc)}»\n",
            B=parts[0],
        )
        doc.w("«header|Facilitator:» «F.full»", F=fac)
        if note is not None:
            doc.w("; «header|note-taker:» «N.initials»", N=note)
        doc.w(f"\n«header|Participants:» «count|{n}»\n\n")
    cue = 0
    for sp, text, extra in turns:
        who = {"F": fac, "S": sp or fac, "A": sp or fac, **extra}
        if doc.fmt == "txt":
            if rng.random() < 0.3:
                doc.w(f"«timestamp|[{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}]» ")
            fg_label(doc, sp, fac, scheme, number)
            doc.w(": ")
            doc.w(text + "\n\n", **who)
        else:
            cue += 1
            dur = rng.randrange(3, 9)
            sep = "." if doc.fmt == "vtt" else ","
            if doc.fmt == "srt":
                doc.w(f"{cue}\n")
            doc.w(
                f"«timestamp|{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}{sep}"
                f"{rng.randrange(1000):03d}» --> «timestamp|{(t + dur) // 3600:02d}:"
                f"{(t + dur) // 60 % 60:02d}:{(t + dur) % 60:02d}{sep}{rng.randrange(1000):03d}»\n"
            )
            if doc.fmt == "vtt":
                doc.w("<v ")
                fg_label(doc, sp, fac, scheme, number)
                doc.w(">")
            else:
                fg_label(doc, sp, fac, scheme, number, upper=True)
                doc.w(": ")
            doc.w(text + "\n\n", **who)
        t += rng.randrange(8, 70)


def fg_label(doc: Doc, sp, fac, scheme, number, upper=False) -> None:
    rng = doc.rng
    if sp is None:
        if doc.fmt == "vtt":
            doc.d("Facilitator", "role")
        elif upper:
            doc.d("FACILITATOR", "role")
        else:
            doc.d(rng.choice(["Facilitator", "FAC", "Facilitator"]), "role")
        return
    if scheme == "P":
        doc.d(f"P{number[id(sp)]}", "role")
    elif scheme == "first":
        doc.n(sp, "first", sp.first.upper() if upper else None)
    elif scheme == "initials":
        doc.n(sp, "initials")
    else:
        doc.n(sp, "full")


# ---------------------------------------------------------------- 5. interview scheduling


def teams_link(rng: random.Random) -> str:
    code = "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(24))
    return f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0"


def style_scheduling(doc: Doc) -> None:
    rng = doc.rng
    part = doc.person("serving") if rng.random() < 0.7 else doc.person("civil")
    res = doc.person("researcher")
    when = doc.day + timedelta(days=rng.randrange(3, 20))
    while when.weekday() > 4:
        when += timedelta(days=1)
    h = rng.randrange(9, 17)
    site = rng.choice(P.SITES)
    frame = rng.randrange(3)
    if frame == 0:
        doc.w("BEGIN:VCALENDAR\nBEGIN:VEVENT\n")
        doc.w(f"DTSTART:«timestamp|{when.strftime('%Y%m%d')}T{h:02d}0000Z»\n")
        doc.w(f"DTEND:«timestamp|{when.strftime('%Y%m%d')}T{h + 1:02d}0000Z»\n")
        doc.w(f"SUMMARY:«product|Wellbeing Pathways» interview «role|{pid(rng)}»\n")
        doc.w("ORGANIZER;CN=«R.full»:mailto:«R.email»\n", R=res)
        doc.w("ATTENDEE;CN=«A.full»;ROLE=REQ-PARTICIPANT:mailto:«A.email»\n", A=part)
        if rng.random() < 0.5:
            doc.w(f"LOCATION:«LOCATION/site|{site}»\n")
        elif rng.random() < 0.3:
            doc.w(f"LOCATION:«place_word|{rng.choice(P.PLACE_WORDS)}»\\, «A.base»\n", A=part)
        else:
            doc.w(f"LOCATION:Microsoft Teams Meeting\nURL:«file|{teams_link(rng)}»\n")
        doc.w(
            "DESCRIPTION:Hi «A.first»\\, thanks for agreeing to talk to us. The interview "
            "takes about an hour. If you need to rearrange call me on «R.phone».\n",
            A=part,
            R=res,
        )
        doc.w("STATUS:«status|CONFIRMED»\nEND:VEVENT\nEND:VCALENDAR\n")
    elif frame == 1:
        subject = pick(rng, "Wellbeing study interview", "Interview - rearranged", "RESCHEDULED")
        doc.w(f"«header|Subject:» {subject}\n")
        doc.w(
            f"«header|When:» «weekday|{DAYS[when.weekday()]}», «date|{when.day} "
            f"{MONTHS[when.month - 1]} {when.year}» «time|{h:02d}:00»-«time|{h + 1:02d}:00» "
            "(UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
        )
        if rng.random() < 0.5:
            doc.w(f"«header|Where:» «LOCATION/site|{site}», room «count|{rng.randrange(1, 12)}»\n")
        else:
            doc.w("«header|Where:» Microsoft Teams Meeting\n")
        doc.w("\n*~*~*~*~*~*~*~*~*~*\n\n")
        doc.w(pick(rng, "Hi «A.first»,\n\n", "Dear «A.title»,\n\n", "«A.dim»,\n\n"), A=part)
        doc.w(
            pick(
                rng,
                "As discussed on the phone, I've moved us to the new time above because of your "
                f"duty on «weekday|{DAYS[(when.weekday() + 6) % 7]}». ",
                "Thanks for volunteering. This invitation is for your one-to-one interview; you'll "
                f"get a «money|£{rng.choice([20, 25, 30])}» voucher afterwards. ",
                "Sorry to move this again, our transcriber has had to cancel. ",
            )
        )
        doc.w(
            "If anything changes, text me on «R.phone» rather than e-mailing, as I'm "
            "travelling that week.",
            R=res,
        )
        if rng.random() < 0.5:
            doc.w(" I'll ring you on «A.phone» ten minutes before, as we agreed.", A=part)
        doc.w("\n\n")
        if rng.random() < 0.6:
            doc.w(
                f"Join on your computer or mobile app\n«file|{teams_link(rng)}»\n"
                f"Meeting ID: «file|{rng.randrange(100, 999)} {rng.randrange(100, 999)} "
                f"{rng.randrange(100, 999)} {rng.randrange(100, 999)}»\n"
                f"Passcode: «file|{rng.choice(['Hx7q2P', 'a9FfQ3', 'Tk83wz', 'mQ4r7J'])}»\n\n"
            )
        doc.w(
            f"«signoff|{signoff(doc)}»\n«R.full»\n«rank|Research Assistant» | "
            f"«team|{P.EVALUATOR}»\n",
            R=res,
        )
    else:
        doc.w(f"«header|Scheduling log» - «role|{pid(rng)}»\n")
        doc.w(
            f"«date|{datestr(doc)}» «time|{time_str(doc)}» «R.initials» rang «A.phone», no "
            "answer, left voicemail.\n",
            A=part,
            R=res,
        )
        doc.w(
            f"«date|{datestr(doc, 1)}» «A.first» rang back. Can't do «weekday|"
            f"{DAYS[rng.randrange(5)]}» (on exercise with «A.unit»). Offered "
            f"«date|{fmt_date(rng, when)}» «time|{h:02d}:30» at «A.base» or on Teams. Prefers "
            "«A.base».\n",
            A=part,
        )
        doc.w(
            f"«date|{datestr(doc, 2)}» Invite sent to «A.email». «R.first» to book a room "
            f"via the «rank|Chief Clerk».\n",
            A=part,
            R=res,
        )
        doc.w(
            f"«date|{datestr(doc, 4)}» Rearranged by «A.rank» for «status|the second time»; "
            "flag if it happens again.\n",
            A=part,
        )


# ---------------------------------------------------------------- 6. transcription vendor


def style_vendor(doc: Doc) -> None:
    rng = doc.rng
    vendor = rng.choice(P.VENDORS)
    staff = doc.person("vendor")
    staff2 = doc.person("vendor")
    res = doc.person("researcher")
    job = f"{rng.choice(['JOB', 'SW', 'VD'])}-{rng.randrange(10000, 99999)}"
    files = [f"WP_INT_{k:03d}.m4a" for k in sorted(rng.sample(range(1, 120), rng.randrange(2, 5)))]
    if rng.random() < 0.55:
        doc.w(
            f"«team|{vendor}» - «header|Job notes»\n«header|Job:» «file|{job}»   "
            f"«header|Client:» «team|{P.EVALUATOR}» (contact «R.full»)\n",
            R=res,
        )
        doc.w("«header|Files:» " + ", ".join(f"«file|{f}»" for f in files) + "\n")
        doc.w(
            f"«header|Rate:» «money|£{rng.choice(['1.10', '1.35', '1.60', '0.95'])}» per audio "
            "minute   «header|Est. total:» "
            f"«money|£{rng.randrange(90, 600)}.{rng.randrange(100):02d}»\n"
        )
        doc.w(
            f"«header|Turnaround:» «count|{rng.choice([3, 5, 7])}» working days   "
            f"«header|Style:» intelligent verbatim\n"
        )
        doc.w(
            "«header|Transcriber:» «S.initials»   «header|QA:» «T.initials»\n\n", S=staff, T=staff2
        )
        doc.w("«header|Notes for client:»\n")
        notes = [
            f"- «tag|[inaudible 00:{rng.randrange(60):02d}:{rng.randrange(60):02d}]» "
            f"x«count|{rng.randrange(2, 9)}», mostly when the helicopter goes over.",
            "- Speaker 3 unclear in places; we have marked «tag|[speaker 3?]» where unsure.",
            "- Participant names «B.first» at 00:14:10, replaced with «tag|[NAME]» as instructed.",
            "- Interviewer says the base name twice («B.base»); left in, please advise.",
            "- A mobile number is read out at 00:41:02; we have not typed it.",
            f"- Audio quality poor on «file|{files[0]}» (phone recording).",
        ]
        named = doc.person("serving")
        for line in rng.sample(notes, rng.randrange(3, 6)):
            doc.w(line + "\n", B=named)
        doc.w("\nQueries to «S.first» on «S.phone» or «S.email».\n", S=staff)
    else:
        doc.w(f"«team|{vendor.upper()}»\n«header|CERTIFICATE OF SECURE DELETION»\n\n")
        if rng.random() < 0.5:
            doc.w("«system|OFFICIAL»\n")
        doc.w(
            f"«header|Client:» «team|{P.EVALUATOR}»\n«header|Client reference:» "
            f"«file|{study_ref(rng)}»\n«header|Job:» «file|{job}»\n\n"
        )
        doc.w(
            f"I confirm that the audio files and transcripts listed below, received on "
            f"«date|{datestr(doc, -rng.randrange(3, 7))}», were permanently deleted from our "
            f"systems and from the transcriber's workstation on «date|{datestr(doc)}», within "
            "the «count|7» days agreed in the data processing agreement.\n\n"
        )
        for f in files:
            doc.w(f"  «file|{f}»  «file|{f.replace('.m4a', '.docx')}»\n")
        doc.w(
            "\nDeleted by: «S.full», "
            f"«rank|{rng.choice(['Transcription Manager', 'Operations Lead', 'Data Manager'])}»\n",
            S=staff,
        )
        doc.w("Transcriber (job closed): «T.initials»\n", T=staff2)
        doc.w(
            "Method: secure overwrite; cloud copies purged from "
            f"«product|{rng.choice(['SharePoint', 'Box', 'OneDrive'])}».\n"
        )
        doc.w(f"Signed: «S.init»   «header|Date:» «date|{datestr(doc)}»\n", S=staff)
        doc.w(f"\nReceived and filed by «R.title», «date|{datestr(doc, 2)}».\n", R=res)


# ---------------------------------------------------------------- 7. managers' and HR referrals


def style_referral(doc: Doc) -> None:
    rng = doc.rng
    mgr = doc.person("serving") if rng.random() < 0.5 else doc.person("civil")
    sub = doc.person("serving") if rng.random() < 0.6 else doc.person("civil")
    coord = doc.person("researcher")
    hr = doc.person("civil")
    frame = rng.randrange(3)
    if frame == 0:
        email_head(
            doc,
            mgr,
            coord,
            pick(
                rng,
                "Nomination for wellbeing study",
                "Wellbeing Pathways - one from us",
                "RE: call for participants",
            ),
            pick(rng, "full", "surfirst"),
        )
        if rng.random() < 0.4:
            doc.w("«system|OFFICIAL-SENSITIVE PERSONAL»\n\n")
        doc.w(pick(rng, "«B.first»,\n\n", "Dear «B.title»,\n\n", "Hi,\n\n"), B=coord)
        who = "«S.rank»" if sub.kind == "serving" else f"«S.full» («rank|{sub.grade}»)"
        doc.w(f"I'd like to put forward {who} from my team at «S.base». ", S=sub)
        doc.w(
            pick(
                rng,
                "«S.first» has had a tough year (two back-to-back deployments and a house move) "
                "and I think the programme would help. I've spoken to «S.first» and they're happy "
                "for me to pass on contact details.\n\n",
                "They asked me to nominate them after the brief at «place_word|"
                + rng.choice(P.PLACE_WORDS)
                + "». Not a welfare case, just keen.\n\n",
                "To be clear this is voluntary and «S.sur» knows that. «S.sur» is «S.age» and "
                "has been with «S.unit» for six years.\n\n",
            ),
            S=sub,
        )
        doc.w("Contact: «S.email», mobile «S.phone».", S=sub)
        if rng.random() < 0.35:
            doc.w(" (Our nominal roll has «S.typo», but it's spelt as above.)", S=sub)
        doc.w("\n\n")
        doc.w(f"«signoff|{signoff(doc)}»\n\n", A=mgr)
        if mgr.kind == "serving":
            doc.w("«A.rank»\n«rank|OC» «A.unit»\n", A=mgr)
        else:
            doc.w(f"«A.full»\n«rank|{mgr.grade}», «team|{rng.choice(P.TEAMS)}»\n", A=mgr)
    elif frame == 1:
        doc.w(
            f"«header|From:» «H.full» («team|People Services»)\n«header|To:» «B.email»\n"
            f"«header|Date:» «date|{datestr(doc)}»\n«header|Subject:» Occupational health "
            "referral - consent to share\n\n",
            H=hr,
            B=coord,
        )
        doc.w(
            "Hello,\n\nFollowing the case conference on "
            f"«weekday|{DAYS[rng.randrange(5)]}», «A.title» (line manager, «rank|{mgr.grade}») "
            "has asked that «S.full» be offered a place on the next cohort. ",
            A=mgr,
            S=sub,
        )
        doc.w(
            f"«S.first» has consented in writing (form dated «date|{datestr(doc, -3)}»). "
            "For your records: ",
            S=sub,
        )
        doc.w(
            pick(
                rng,
                "«acronym|OH» ref «file|OH-" + str(rng.randrange(1000, 9999)) + "», "
                "«header|NHS no.» «S.nhs», «header|DOB» «S.dob».\n\n",
                "«header|DOB» «S.dob», «header|NI» «S.ni», «header|home address» «S.address», "
                "«S.town» «S.postcode».\n\n",
                "«header|NHS no.» «S.nhs», «header|NI» «S.ni».\n\n",
                "«header|service no.» «S.sn», «header|DOB» «S.dob».\n\n",
            ),
            S=sub,
        )
        doc.w(
            "Please do not copy «A.sur» into replies; «S.first» would rather the "
            "manager was not told the outcome.\n\n",
            A=mgr,
            S=sub,
        )
        doc.w(f"«signoff|{signoff(doc)}»\n«H.firstinit»\n«rank|HR Business Partner»\n", H=hr)
    else:
        doc.w("«header|Subject:» Wellbeing Pathways - nominations from «S.unit»\n\n", S=sub)
        doc.w(
            "«greet_all|Morning all»,\n\nThe evaluators want «count|four» more names by "
            f"«date|{datestr(doc, 10)}». So far we have:\n",
        )
        doc.w(
            "  1. «S.rank», «S.base», «S.phone»\n"
            if sub.kind == "serving"
            else f"  1. «S.full», «rank|{sub.grade}», «S.phone»\n",
            S=sub,
        )
        other = doc.person("serving")
        doc.w(
            "  2. «O.rank» (asked to be put forward himself)\n"
            if other.sex == "M"
            else "  2. «O.rank» (asked to be put forward herself)\n",
            O=other,
        )
        doc.w(
            "Before anyone asks: «S.first» did ask to be included, nobody is being "
            "volunteered. Send names to «B.full» at the evaluator, not to me.\n\n",
            S=sub,
            B=coord,
        )
        doc.w("«A.rank»\n" if mgr.kind == "serving" else "«A.full»\n", A=mgr)
        doc.w(f"«rank|{rng.choice(['Unit Welfare Officer', 'Chief of Staff', 'Adjutant'])}»\n")


# ---------------------------------------------------------------- 8. DPO's breach log


def style_breachlog(doc: Doc) -> None:
    rng = doc.rng
    dpo = doc.person("researcher")
    res = doc.person("researcher")
    doc.w(f"«header|DATA INCIDENT LOG» - «team|{P.EVALUATOR}» - «file|{study_ref(rng)}»\n")
    doc.w("«header|Log owner:» «D.full», «rank|Data Protection Officer»\n\n", D=dpo)
    if rng.random() < 0.5:
        doc.w("«system|OFFICIAL-SENSITIVE»\n\n")
    entries = rng.sample(range(7), rng.randrange(2, 4))
    for k, e in enumerate(entries):
        ref = f"INC-{doc.day.year}-{rng.randrange(1, 60):03d}"
        day = datestr(doc, k * rng.randrange(2, 9))
        doc.w(
            f"«file|{ref}» | «header|Reported:» «date|{day}» «time|{time_str(doc)}» | "
            "«header|Status:» "
            f"«status|{pick(rng, 'Closed', 'Open', 'Closed - no ICO report')}»\n"
        )
        if e == 0:
            right = doc.person("serving")
            wrong = doc.person("external")
            doc.w(
                "What happened: interview invite for «A.full» sent to «B.email» (a "
                "«B.full», no connection to the study) because of autocomplete. Contained "
                "name, «A.base» and interview time; no health data.\n",
                A=right,
                B=wrong,
            )
            doc.w(
                "Actions: recall attempted (failed). «R.initials» rang «B.title», who "
                "confirmed deletion. «A.first» told by phone. «header|Action:» «D.initials» "
                "to add delay-send rule.\n",
                A=right,
                B=wrong,
                R=res,
                D=dpo,
            )
        elif e == 1:
            lost = doc.person("serving")
            doc.w(
                "What happened: paper consent form for «A.caps» (service no. «A.sn») "
                "left behind at «A.base» after the focus group. Found by «rank|the Chief "
                "Clerk» and posted back in a sealed envelope.\n",
                A=lost,
            )
            doc.w(
                "Risk: low. «header|Action:» «R.initials» to carry forms in the locked "
                "pouch; «D.first» to remind all fieldworkers.\n",
                R=res,
                D=dpo,
            )
        elif e == 2:
            who = doc.person("civil")
            doc.w(
                "What happened: transcript returned by «team|"
                + rng.choice(P.VENDORS)
                + "» still contained a participant's name («A.first») and mobile "
                "(«A.phone») in speaker 2's turn.\n",
                A=who,
            )
            doc.w(
                "Actions: transcript quarantined, vendor asked to re-redact. «header|Action:» "
                "«R.first» to spot-check the next «count|10» transcripts.\n",
                R=res,
            )
        elif e == 3:
            who = doc.person("serving")
            doc.w(
                "What happened: survey export shared with the «acronym|MOD» sponsor "
                "included the free-text box where the respondent wrote their name "
                "(«A.full») and «A.unit».\n",
                A=who,
            )
            doc.w(
                "Actions: export withdrawn within «count|2» hours; sponsor confirmed "
                "deletion. «header|Action:» «D.initials» to add a free-text check.\n",
                D=dpo,
            )
        elif e == 5:
            who = doc.person("serving")
            doc.w(
                "What happened: thank-you letter for «A.full» posted to an old address "
                "(«A.address», «A.town» «A.postcode») taken from the consent form; the "
                "envelope had the surname as «A.typo».\n",
                A=who,
            )
            doc.w(
                "Actions: new occupant returned it unopened. «header|Action:» «R.first» to "
                "confirm addresses by phone before posting.\n",
                R=res,
            )
        elif e == 6:
            who = doc.person("civil")
            doc.w(
                "What happened: «acronym|OH» form attached to a ticket in the survey "
                "helpdesk showed «A.title»'s «header|NHS number» («A.nhs») and date of birth "
                "(«A.dob»).\n",
                A=who,
            )
            doc.w(
                "Actions: attachment deleted from the helpdesk. «header|Action:» "
                "«D.initials» to switch off attachments on the widget.\n",
                D=dpo,
            )
        else:
            who = doc.person("serving")
            doc.w(
                "What happened: withdrawal request from «A.rank» was not actioned within "
                "the 30-day deadline (actioned day «count|34»).\n",
                A=who,
            )
            doc.w(
                "Actions: apology sent by «D.title». «header|Action:» «R.initials» to "
                "diarise all deadlines in the tracker.\n",
                D=dpo,
                R=res,
            )
        doc.w("\n")
    doc.w(f"Reviewed: «D.initials» «date|{datestr(doc, 30)}»\n", D=dpo)


# ---------------------------------------------------------------- 9. identity checks on the phone


def style_idcheck(doc: Doc) -> None:
    rng = doc.rng
    caller = doc.person("serving") if rng.random() < 0.7 else doc.person("civil")
    taker = doc.person("researcher")
    why = pick(
        rng, "SAR release", "withdrawal request", "change of contact details", "interview rebooking"
    )
    doc.w(f"«header|CALL NOTE» - identity check ({why})\n")
    doc.w(
        f"«header|Date:» «date|{datestr(doc)}»  «header|Time:» «time|{time_str(doc)}»  "
        f"«header|Taken by:» «R.initials»\n",
        R=taker,
    )
    doc.w(
        pick(
            rng,
            "«header|Caller:» «A.full» (inbound, withheld number)\n\n",
            "«header|Caller:» «A.surfirst»\n\n",
            "«header|Caller:» «A.rank»\n\n"
            if caller.kind == "serving"
            else "«header|Caller:» «A.title»\n\n",
        ),
        A=caller,
    )
    checks = [
        "- Surname: spelt «A.spell», matches the consent form.\n",
        "- DOB given as «A.dobw». Matches.\n",
        "- Postcode given as «A.postcodew» (that's the address on our file).\n",
        "- Mobile read back: «A.phonew». Correct.\n",
        "- E-mail: «A.emailw». We had it with a typo, corrected.\n",
        "- Service no.: «A.snw» (read off the ID card, I did not ask for it).\n",
        "- Where interviewed? Said «A.base», correct.\n",
        "- Age: said «A.agew», consistent with DOB.\n",
        "- First line of address: «A.address», «A.town». Matches.\n",
        "- NHS number from the OH form: «A.nhs» (they read it from the app).\n",
        "- NI number volunteered: «A.ni». Told them we don't need it and haven't kept it.\n",
        "- Postcode given as «A.postcode».\n",
    ]
    verified = rng.random() < 0.8
    picks = [0, *rng.sample(range(1, len(checks)), rng.randrange(3, 7))]
    if not verified:
        picks = [i for i in picks if i != 6]
    if 3 in picks and 11 in picks:
        picks.remove(11)
    if caller.kind != "serving" and 5 in picks:
        picks.remove(5)
    doc.w(
        pick(
            rng,
            "Asked the «count|three» security questions from the protocol.\n",
            "Ran the ID check before discussing anything.\n",
        )
    )
    for i in picks:
        doc.w(checks[i], A=caller)
    doc.w("\n")
    outcomes = [
        "Outcome: «status|verified». «A.first» wants the transcript deleted but is happy for "
        "the survey to stay. Said «quote»\n",
        "Outcome: «status|verified». Caller asked whether «rank|the CO» would see the report; "
        "explained only anonymised findings go to «product|the MOD». «quote»\n",
        "Outcome: «status|NOT verified»: could not say where the interview was held. Asked "
        "«A.title» to e-mail from the address we hold.\n",
    ]
    doc.w(
        (rng.choice(outcomes[:2]) if verified else outcomes[2]).replace(
            "«quote»",
            pick(
                rng,
                "'I just don't want my name anywhere near it.'",
                "'I've got nothing against you lot, it's the unit.'",
                "'My wife said I should ring.'",
            ),
        ),
        A=caller,
    )
    if rng.random() < 0.5:
        doc.w("Gave the «helpline» as per protocol.\n")
    doc.w(
        "«header|Action:» «R.initials» to "
        f"«status|{pick(rng, 'action deletion', 'update tracker', 'send confirmation')}» by "
        f"«date|{datestr(doc, rng.randrange(2, 20))}».\n",
        R=taker,
    )


# ---------------------------------------------------------------- 10. free-text survey answers


def style_survey(doc: Doc) -> None:
    rng = doc.rng
    resp = doc.person("serving") if rng.random() < 0.7 else doc.person("civil")
    fac = doc.person("researcher")
    mate = doc.person("serving")
    rid = "R_" + "".join(
        rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(15)
    )
    doc.w(
        f"«header|ResponseId:» «file|{rid}»\n«header|RecordedDate:» "
        f"«timestamp|{doc.day.isoformat()} {rng.randrange(24):02d}:{rng.randrange(60):02d}:"
        f"{rng.randrange(60):02d}»\n"
    )
    service = f"«service|{svc_word(rng, resp)}»" if resp.service else "Civil Servant"
    doc.w(f"«header|Q2_Service:» {service}\n")
    doc.w(f"«header|Q3_AgeGroup:» «age_band|{age_band(resp.age)}»\n")
    doc.w(f"«header|Q5_Sessions:» «count|{rng.randrange(1, 7)}»\n")
    doc.w("«header|Q11_Helped (free text):» ")
    mode = rng.random()
    doc.case = "lower" if mode < 0.3 else "upper" if mode < 0.4 else None
    doc.w(
        pick(
            rng,
            "«F.first» was brilliant, made it feel like a chat not a brief. I'm «A.age» and "
            "never done anything like it. «M.first» from «M.unit» came too and we still use the "
            "sleep stuff",
            "the facilitator «F.full» actually listened. at «A.base» we get told to go to the "
            "padre and that's it",
            "Honestly being asked. I'm «A.agew» this year and nobody at «A.base» has ever asked "
            "me how I sleep. «M.nick» said it was a jolly but still went to all four sessions",
            "Session 2 with «F.first» about money worries. Got a «product|Forces Money» "
            "appointment off the back of it",
            f"Been in since «year|{doc.day.year - rng.randrange(3, 20)}» and this is the first "
            "wellbeing thing that wasn't a powerpoint. «F.first» and the other facilitator were "
            "great. I told «M.rank» to sign up",
            "The «place_word|{place}» chat afterwards was worth more than the slides. I'm «A.age», "
            "I drive in from «A.town», and «M.first» and me car-share, so we talked it through",
            "The mindfulness thing wasnt for me but the money session was. Ask for «F.first» "
            "again, and tell «M.first» to stop skiving off them",
            "Made me realise I hadnt had a proper week off since "
            f"«year|{doc.day.year - rng.randrange(2, 6)}». "
            "I'm «A.agew» and knackered. The sleep bit helped",
            "I emailed «F.first» after and got a reply the same day which never happens. "
            "«M.rank» pushed for our whole section at «A.base» to go",
            "Not much. Felt like a box-ticking thing for «product|the MOD». «F.first» was nice "
            "enough but the chain of command sat in the back",
        ).replace("{place}", rng.choice(P.PLACE_WORDS)),
        A=resp,
        F=fac,
        M=mate,
    )
    case, doc.case = doc.case, None
    doc.w("\n«header|Q12_Improve (free text):» ")
    doc.case = case
    doc.w(
        pick(
            rng,
            "Run it at «A.base» not a hotel two hours away",
            "Dont put the OC in the room",
            "more sessions, less powerpoint",
            "Let partners come. My other half would get more out of it than me",
        ),
        A=resp,
    )
    doc.case = None
    if rng.random() < 0.5:
        doc.w("\n«header|Q14_Contact (optional):» ")
        doc.case = "lower" if mode < 0.3 else None
        doc.w(
            pick(
                rng,
                "«A.full» «A.phone»",
                "«A.first» - «A.email»",
                "«A.full», «A.email» or «A.phone»",
                "insta «A.handle»",
                "«A.first» «A.handle» on insta",
                "«A.full», «A.town»",
            ),
            A=resp,
        )
        doc.case = None
    doc.w("\n")


# ---------------------------------------------------------------- the corpus

STYLES = {
    "ocr": (50, style_ocr), "dsar": (45, style_dsar), "helpdesk": (45, style_helpdesk),
    "focusgroup": (60, style_focusgroup), "scheduling": (45, style_scheduling),
    "vendor": (40, style_vendor), "referral": (45, style_referral),
    "breachlog": (40, style_breachlog), "idcheck": (40, style_idcheck),
    "survey": (40, style_survey),
}  # fmt: skip
FG_FORMATS = ["txt", "vtt", "txt", "srt"]


def schedule() -> list[str]:
    """The styles take turns: each style's documents are spread evenly through the corpus."""
    slots = []
    for k, (name, (count, _)) in enumerate(STYLES.items()):
        slots += [((i + 0.5) / count, k, name) for i in range(count)]
    return [name for _, _, name in sorted(slots)]


def acceptable(rec: dict) -> bool:
    mentions = Counter(s["entity"] for s in rec["spans"] if s["type"] == "PERSON")
    if not mentions or max(mentions.values()) > 6:
        return False
    if not 25 <= len(rec["text"].split()) <= 600:
        return False
    marks = sorted((m["start"], m["end"]) for m in rec["spans"] + rec["decoys"])
    if any(b[0] < a[1] for a, b in itertools.pairwise(marks)):
        return False
    text = rec["text"]
    return all(
        text[m["start"] : m["end"]] == text[m["start"] : m["end"]].strip() and m["end"] > m["start"]
        for m in rec["spans"] + rec["decoys"]
    )


def build() -> str:
    rng = random.Random(SEED)
    lines = []
    fg = 0
    for n, style in enumerate(schedule(), start=1):
        fmt = "txt"
        if style == "focusgroup":
            fmt = FG_FORMATS[fg % 4]
            fg += 1
        for _ in range(200):
            doc = Doc(rng, style, fmt)
            STYLES[style][1](doc)
            rec = doc.finish(f"heldout-{LETTER}-{n:04d}")
            if acceptable(rec):
                break
        else:
            raise RuntimeError(f"no acceptable document for {n} ({style})")
        lines.append(json.dumps(rec, ensure_ascii=False, sort_keys=True))
    return "\n".join(lines) + "\n"


def table(title: str, counts: Counter) -> list[str]:
    out = [f"| {title} | count |", "|---|---|"]
    out += [f"| {k} | {counts[k]} |" for k in sorted(counts)]
    out.append(f"| total | {sum(counts.values())} |")
    return out


def stats(text: str) -> str:
    recs = [json.loads(line) for line in text.splitlines()]
    words = [len(r["text"].split()) for r in recs]
    people = [
        n
        for r in recs
        for n in Counter(s["entity"] for s in r["spans"] if s["type"] == "PERSON").values()
    ]
    out = [
        f"documents: {len(recs)}",
        f"words per document: min {min(words)}, max {max(words)}, "
        f"mean {round(sum(words) / len(words))}",
        f"distinct people (entities, counted per document): {len(people)}",
        f"people mentioned more than once in their document: {sum(n > 1 for n in people)}",
        "",
    ]
    out += [*table("style", Counter(r["style"] for r in recs)), ""]
    out += [*table("format", Counter(r["format"] for r in recs)), ""]
    out += [*table("type", Counter(s["type"] for r in recs for s in r["spans"])), ""]
    out += [
        *table("type/form", Counter(f"{s['type']}/{s['form']}" for r in recs for s in r["spans"])),
        "",
    ]
    out += [*table("decoy kind", Counter(d["kind"] for r in recs for d in r["decoys"])), ""]
    out.append(f"sha256: {hashlib.sha256(text.encode('utf-8')).hexdigest()}")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="rebuild and compare, write nothing")
    parser.add_argument("--stats", action="store_true", help="print the counts")
    args = parser.parse_args()
    text = build()
    if args.check:
        same = OUT.exists() and OUT.read_bytes() == text.encode("utf-8")
        print("corpus.jsonl reproduced" if same else "corpus.jsonl differs from the generator")
        return 0 if same else 1
    if args.stats:
        print(stats(text))
        return 0
    OUT.write_bytes(text.encode("utf-8"))
    print(f"wrote {OUT.name}: {len(text.splitlines())} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
