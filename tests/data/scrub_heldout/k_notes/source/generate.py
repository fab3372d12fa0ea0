# ruff: noqa: E501  (template strings and word pools read best on one line each)
"""Held-out scrub corpus K: what an evaluation team writes about the people it interviews.

Field notes, post-interview reflections, analytic memos and codebook notes, quote banks,
draft report paragraphs, recruitment and scheduling logs, coding sheets pasted as text and
a team's message thread, for an evaluation of a wellbeing programme for Ministry of Defence
staff and their families. Seeded; Python 3.11 standard library only.

    python generate.py            # writes ../corpus.jsonl
    python generate.py --check    # "corpus.jsonl reproduced"
    python generate.py --stats    # counts by style, type, form and decoy kind

A document is a list of pieces (plain, span or decoy) joined at the end, so every offset is
exact by construction; a template's tokens say which piece each part is.
"""

from __future__ import annotations

import argparse
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

SEED = 20270111
N_DOCS = 400
STYLES = ["fieldnote", "reflection", "memo", "quotebank", "report", "recruitment", "sheet",
          "thread"]  # fmt: skip
MOST_MENTIONS = 6
WORDS = (40, 450)
OUT = Path(__file__).resolve().parent.parent / "corpus.jsonl"

# Two-letter initials that read as a word, a rank or a common abbreviation: never a person's.
BANNED_INITIALS = {
    "AB", "AC", "AM", "AN", "AS", "AT", "BE", "BY", "CO", "DO", "GO", "GP", "HE", "IF", "IN",
    "IS", "IT", "LH", "LS", "ME", "MO", "MP", "MY", "NO", "OC", "OF", "OK", "ON", "OR", "PA",
    "PM", "PO", "PT", "RA", "RM", "RN", "SO", "TO", "UP", "US", "WE", "WO", "CV", "ID", "HR",
    "DJ", "TV", "PE", "RE", "PI", "FS", "AA", "ED", "SA", "ST", "NI", "NB", "PS", "VL",
}  # fmt: skip

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]  # fmt: skip
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
SHORT_DAYS = ["Mon", "Tues", "Weds", "Thurs", "Fri", "Sat", "Sun"]


def words_of(n: int) -> str:
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + ("" if ones == 0 else "-" + ONES[ones])


def ascii_of(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


# ---------------------------------------------------------------------------------------
# People


class Person:
    """One person of one document, with every value drawn once."""

    def __init__(self, key: str) -> None:
        self.key = key
        self.entity: str | None = None
        self.fallback = "them"


def pick_origin(rng: random.Random) -> str:
    names = list(P.ORIGIN_WEIGHTS)
    return rng.choices(names, weights=[P.ORIGIN_WEIGHTS[n] for n in names])[0]


def name_words(person: Person) -> set[str]:
    words = set()
    for part in (person.first, person.sur, person.dim or "", person.nick or ""):
        words.update(w.lower() for w in re.split(r"[\s'-]+", ascii_of(part)) if len(w) > 1)
    return words


# ---------------------------------------------------------------------------------------
# The document


TOKEN = re.compile(
    r"\{(?P<who>[A-Z]\d?)(?:(?P<sep>[:./])(?P<what>[\w|]+))\}|<(?P<kind>[a-z_]+)(?::(?P<lit>[^>]*))?>"
)
WORD = re.compile(r"[A-Za-z]+")


class Doc:
    def __init__(self, rng: random.Random, style: str, date: dt.date) -> None:
        self.rng = rng
        self.style = style
        self.date = date
        self.pieces: list[str] = []
        self.pos = 0
        self.spans: list[dict] = []
        self.decoys: list[dict] = []
        self.lower = False  # lower-case everything appended (a hurried note)
        self.name_lower = 0.0  # chance a name is typed in lower case
        self.people: dict[str, Person] = {}
        self.used_words: set[str] = set()
        self.used_initials: set[str] = set()
        self.mentions: Counter = Counter()
        self.seen_sur: set[str] = set()
        self.next_entity = 1
        self.pids: set[int] = set()
        self.ns = ""  # the namespace of the participant a template speaks of

    # -- appending ------------------------------------------------------------------
    def raw(self, text: str) -> None:
        self.pieces.append(text)
        self.pos += len(text)

    def plain(self, text: str) -> None:
        if self.lower:
            text = text.lower()
        last = 0
        for m in WORD.finditer(text):
            if m.group().lower() in P.WORD_NAMES:
                self.raw(text[last : m.start()])
                self.decoy(m.group(), "word", lower=False)
                last = m.end()
        self.raw(text[last:])

    def decoy(self, text: str, kind: str, lower: bool | None = None) -> None:
        if lower if lower is not None else self.lower:
            text = text.lower()
        self.decoys.append({"start": self.pos, "end": self.pos + len(text), "kind": kind})
        self.raw(text)

    def span(self, text: str, kind: str, form: str, entity: str | None = None) -> None:
        if self.lower and form != "caps":
            text = text.lower()
        span = {"type": kind, "start": self.pos, "end": self.pos + len(text), "form": form}
        if entity:
            span["entity"] = entity
        self.spans.append(span)
        self.raw(text)

    def text(self) -> str:
        return "".join(self.pieces)

    # -- people ---------------------------------------------------------------------
    def person(self, key: str) -> Person:
        if key not in self.people:
            self.people[key] = make_person(self, key)
        return self.people[key]

    def mention(self, person: Person, form: str) -> None:
        rng = self.rng
        if self.mentions[person.key] >= MOST_MENTIONS:
            self.plain(person.fallback)
            return
        form, text = name_text(self, person, form)
        if person.entity is None:
            person.entity = f"p{self.next_entity}"
            self.next_entity += 1
        if (
            form in ("full", "first", "sur", "dim", "nick", "typo")
            and rng.random() < self.name_lower
        ):
            text = text.lower()
        self.mentions[person.key] += 1
        if form in ("full", "sur", "rank", "title", "init", "surfirst", "caps", "initials"):
            self.seen_sur.add(person.key)
        self.span(text, "PERSON", form, person.entity)

    # -- templates ------------------------------------------------------------------
    def render(self, template: str, ns: str | None = None) -> None:
        if ns is not None:
            self.ns = ns
        last = 0
        for m in TOKEN.finditer(template):
            self.plain(template[last : m.start()])
            last = m.end()
            if m.group("kind"):
                kind, lit = m.group("kind"), m.group("lit")
                value = self.rng.choice(lit.split("|")) if lit else gen_decoy(self, kind)
                self.decoy(value, kind)
                continue
            key = self.key(m.group("who"))
            what = self.rng.choice(m.group("what").split("|"))
            person = self.person(key)
            sep = m.group("sep")
            if sep == ":":
                self.mention(person, what)
            elif sep == "/":
                self.plain(pronoun(person, what))
            else:
                attribute(self, person, what)
        self.plain(template[last:])

    def key(self, who: str) -> str:
        if who[0] in "RTQ":
            return who
        return who + "@" + self.ns

    def kind_of(self, ns: str) -> str:
        return self.person("P@" + ns).kind

    def record(self, number: int) -> dict:
        return {
            "id": f"heldout-k-{number:04d}",
            "style": self.style,
            "format": "txt",
            "text": self.text(),
            "spans": self.spans,
            "decoys": self.decoys,
        }


def pronoun(person: Person, what: str) -> str:
    male = person.sex == "m"
    table = {
        "he": "he" if male else "she",
        "He": "He" if male else "She",
        "his": "his" if male else "her",
        "His": "His" if male else "Her",
        "him": "him" if male else "her",
        "wife": {"m": "husband", "f": "wife"}.get(getattr(person, "partner_sex", ""), "partner"),
        "kid": "son" if male else "daughter",
        "mum": "dad" if male else "mum",
    }
    return table[what]


def make_person(doc: Doc, key: str) -> Person:
    """Draw a person for role ``key`` (letter + optional digit, '@', namespace)."""
    rng = doc.rng
    role = key[0]
    ns = key.split("@")[1] if "@" in key else ""
    anchor = doc.person("P@" + ns) if role in "WKBMUGHFNLSX" and ns is not None else None
    p = Person(key)
    # kind and service
    if role == "P":
        p.kind = rng.choices(["serving", "civil", "family"], weights=[66, 16, 18])[0]
    elif role == "W":
        p.kind = "serving" if anchor.kind == "family" else "family"
    elif role in "KFN":
        p.kind = "family"
    elif role in "BMGX":
        p.kind = "civil" if anchor.kind == "civil" and role != "G" else "serving"
    elif role == "U":
        p.kind = rng.choice(["serving", "serving", "civil"])
    elif role == "L":
        p.kind = "civil"
    else:  # researchers, transcriber, doctor, teacher
        p.kind = "civil"
    if p.kind == "serving":
        if role == "W":
            p.service = rng.choice(list(P.RANKS))
        elif anchor is not None and role in "BMGX" and getattr(anchor, "service", None):
            p.service = anchor.service
        elif anchor is not None and role in "BMGX" and anchor.kind == "family":
            p.service = doc.person("W@" + ns).service
        else:
            p.service = rng.choices(list(P.RANKS), weights=[55, 15, 12, 18])[0]
    else:
        p.service = None
    # sex
    if role == "W":
        p.sex = "f" if anchor.sex == "m" else "m"
        if rng.random() < 0.08:
            p.sex = anchor.sex
        anchor.partner_sex = p.sex
        p.partner_sex = anchor.sex
    elif p.kind == "serving":
        p.sex = "m" if rng.random() < 0.8 else "f"
    elif role == "F":
        p.sex = "f"
    elif role == "P" and p.kind == "family":
        p.sex = "f" if rng.random() < 0.85 else "m"
    else:
        p.sex = rng.choice("mf")
    # age
    if role == "K":
        p.age = rng.randint(1, max(2, min(17, anchor.age - 19)))
    elif role == "F":
        p.age = anchor.age + rng.randint(22, 34)
    elif role == "W":
        p.age = max(19, anchor.age + rng.randint(-6, 5))
    elif p.kind == "serving":
        p.age = rng.randint(19, 50)
    else:
        p.age = rng.randint(24, 62)
    if role == "W" and anchor.kind == "serving":
        p.age = max(19, anchor.age + rng.randint(-6, 5))
    # rank fitting the age (and seniority for bosses)
    if p.kind == "serving":
        ranks = P.RANKS[p.service]
        level = {"B": ("snco", "officer"), "G": ("snco", "officer"), "U": ("snco", "officer")}.get(
            role
        )
        if level:
            p.age = max(p.age, 30)
        fits = [r for r in ranks if r[2] <= p.age <= r[3] and (not level or r[4] in level)]
        if not fits:
            fits = [r for r in ranks if not level or r[4] in level]
        p.rank = rng.choice(fits)
        p.rank_abbr = rng.choice(p.rank[0])
        p.level = p.rank[4]
    else:
        p.rank = None
        p.grade = rng.choice(P.GRADES)
    # the name: distinct name words and initials within the document
    for _ in range(200):
        origin = pick_origin(rng)
        if role == "K" or role == "F":
            origin = anchor.origin if rng.random() < 0.8 else origin
        if role == "W" and rng.random() < 0.5:
            origin = anchor.origin
        males, females, surnames, dims = P.ORIGINS[origin]
        first = rng.choice(males if p.sex == "m" else females)
        sur = rng.choice(surnames)
        if sur.endswith("*"):
            sur = sur[:-1] + ("i" if p.sex == "m" else "a")
        if sur == "Ó Briain" and p.sex == "f":
            sur = "Ní Bhriain"
        p.origin, p.first, p.sur = origin, first, sur
        p.dim = dims.get(first) if rng.random() < 0.85 else None
        p.nick = None
        p.nick_bound = False
        if p.kind == "serving" and role in "PMBW" and rng.random() < 0.45:
            if sur in P.BOUND_NICKS and rng.random() < 0.9:
                p.nick, p.nick_bound = P.BOUND_NICKS[sur], True
            else:
                loose = P.LOOSE_NICKS.get(origin, []) + P.LOOSE_NICKS["any"]
                p.nick = rng.choice(loose)
        first_letters = "".join(w[0] for w in first.replace("-", " ").split() if w[0].isupper())
        sur_letter = [w for w in sur.replace("-", " ").split() if w[0].isupper()][-1][0]
        p.initials = ascii_of(first_letters[-1] + sur_letter).upper()
        words = name_words(p)
        if words & doc.used_words or p.initials in doc.used_initials:
            continue
        if p.initials in BANNED_INITIALS:
            continue
        if any(w in words for w in ("ward",)) and False:
            continue
        break
    doc.used_words |= name_words(p)
    doc.used_initials.add(p.initials)
    # family and children are named by first name unless they keep a surname of their own
    p.show_sur = role not in "KF" and not (
        role == "W" and anchor.kind == "serving" and rng.random() < 0.6
    )
    if role == "N":
        p.show_sur = True
    # values
    born = doc.date - dt.timedelta(days=365 * p.age + rng.randint(1, 360) + p.age // 4)
    p.dob = born
    p.ajoin = rng.randint(16, 25)
    town, district, code = rng.choice(P.AREAS)
    p.town = town
    p.pc = f"{district} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if code == "023":
        p.land = f"023 92{rng.randint(10, 99)} {rng.randint(1000, 9999)}"
    else:
        p.land = f"{code} {rng.randint(200000, 899999)}"
    if rng.random() < 0.45:
        p.mobile_digits = "07700900" + f"{rng.randint(0, 999):03d}"
    else:
        p.mobile_digits = (
            "07" + str(rng.choice([4, 5, 7, 8, 9])) + f"{rng.randint(0, 99999999):08d}"
        )
    p.home = rng.choice(P.HOME_TOWNS[p.origin])
    n = rng.randint(1, 120)
    street = f"{rng.choice(P.STREETS)} {rng.choice(P.STREET_KINDS)}"
    p.addr = f"Flat {rng.randint(1, 12)}, {n} {street}" if rng.random() < 0.15 else f"{n} {street}"
    if p.service:
        p.base = rng.choice(P.BASES[p.service])
        p.base2 = rng.choice([b for b in P.BASES[p.service] if b is not p.base])
        p.unit = rng.choice(P.UNITS[p.service])
        if p.origin == "nepali" and p.service == "Army" and rng.random() < 0.7:
            p.unit = rng.choice(
                [u for u in P.UNITS["Army"] if "Gurkha" in " ".join(u[1]) or "RGR" in u[1][0]]
            )
        if p.service in ("Army", "RAF"):
            p.sn = rng.choice(["25", "30", "24"]) + f"{rng.randint(0, 999999):06d}"
        elif p.service == "Royal Navy":
            p.sn = "D" + f"{rng.randint(0, 999999):06d}" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXY")
        else:
            p.sn = "P0" + f"{rng.randint(0, 999999):06d}"
    else:
        p.base = p.base2 = p.unit = p.sn = None
    fa, su = (
        ascii_of(p.first).lower().replace(" ", ""),
        ascii_of(p.sur).lower().replace(" ", "").replace("'", ""),
    )
    if role in "RT":
        p.email = f"{fa[0]}.{su}@{rng.choice(P.UNI_DOMAINS)}"
    elif p.kind == "serving" and rng.random() < 0.5:
        p.email = f"{fa}.{su}{rng.randint(100, 999)}@mod.gov.uk"
    else:
        p.email = rng.choice(
            [
                f"{fa}.{su}@{rng.choice(P.MAIL_DOMAINS)}",
                f"{fa}{su}{rng.randint(1, 99)}@{rng.choice(P.MAIL_DOMAINS)}",
                f"{fa[0]}{su}{p.dob.year % 100:02d}@{rng.choice(P.MAIL_DOMAINS)}",
                f"{su}.{fa}@{rng.choice(P.MAIL_DOMAINS)}",
            ]
        )
    if (role in "RT" and rng.random() < 0.3) or role == "D":
        p.title = "Dr"
    else:
        p.title = "Mr" if p.sex == "m" else rng.choice(["Mrs", "Ms", "Miss", "Mrs"])
    p.fallback = {
        "P": "the participant",
        "W": "the partner",
        "K": "the child",
        "B": "the boss",
        "M": "the mate",
        "U": "the UWO",
        "D": "the GP",
        "R": "the interviewer",
        "G": "the POC",
        "H": "the teacher",
        "F": "the parent",
        "T": "the transcriber",
        "N": "the neighbour",
        "L": "the line manager",
        "Q": "the interviewer",
        "X": "the lad",
    }[role]
    p.typo = make_typo(rng, p.sur)
    if role == "P":
        while True:
            pid = rng.randint(1, 64)
            if pid not in doc.pids:
                break
        doc.pids.add(pid)
        p.pid = pid
    return p


def make_typo(rng: random.Random, sur: str) -> str:
    word = sur
    for _ in range(20):
        i = rng.randrange(1, len(word) - 1) if len(word) > 2 else 1
        if not word[i].isalpha() or not word[i - 1].isalpha():
            continue
        how = rng.choice(["swap", "double", "drop", "vowel"])
        if how == "swap" and word[i + 1 : i + 2].isalpha():
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif how == "double":
            out = word[: i + 1] + word[i] + word[i + 1 :]
        elif how == "drop" and len(word) > 4:
            out = word[:i] + word[i + 1 :]
        elif how == "vowel" and word[i] in "aeiou":
            out = word[:i] + rng.choice([v for v in "aeiou" if v != word[i]]) + word[i + 1 :]
        else:
            continue
        if out != word and out.lower() != word.lower():
            return out
    return word + word[-1]


def name_text(doc: Doc, p: Person, form: str) -> tuple[str, str]:
    """The text of one mention of ``p`` in ``form`` (or the nearest form it has)."""
    rng = doc.rng
    has_sur = p.show_sur
    if form == "any":
        form = rng.choice(["full", "first", "sur", "rank", "title"])
    if form == "short":
        form = rng.choice(["first", "sur", "rank", "dim"])
    if form == "typo" and p.key not in doc.seen_sur:
        form = "full"
    if form == "dim" and not p.dim:
        form = "first"
    if form == "nick" and not p.nick:
        form = "dim" if p.dim else "first"
    if form == "rank" and not p.rank:
        form = "title" if has_sur else "first"
    if (
        form
        in ("full", "sur", "title", "init", "surfirst", "caps", "firstinit", "initials", "typo")
        and not has_sur
    ):
        form = "first"
    if form == "title" and p.key[0] in "KP" and p.age < 18:
        form = "first"
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
        if p.nick_bound and rng.random() < 0.5:
            return form, f"{p.nick} {sur}"
        return form, p.nick
    if form == "rank":
        style = rng.random()
        if style < 0.55:
            return form, f"{p.rank_abbr} {sur}"
        if style < 0.75:
            return form, f"{p.rank[1]} {sur}"
        if style < 0.92:
            return form, f"{p.rank_abbr} {first} {sur}"
        return form, f"{p.rank_abbr.upper()} {sur.upper()}"
    if form == "title":
        return form, f"{p.title} {sur}" if rng.random() < 0.75 else f"{p.title} {first} {sur}"
    if form == "init":
        initial = ascii_of(first)[0]
        return form, rng.choice([f"{initial}. {sur}", f"{initial} {sur}", f"{initial}.{sur}"])
    if form == "surfirst":
        return form, rng.choice(
            [f"{sur}, {first}", f"{sur.upper()}, {first}", f"{sur.upper()} {first}"]
        )
    if form == "caps":
        return form, f"{first} {sur}".upper()
    if form == "firstinit":
        return form, rng.choice(
            [
                f"{first} {sur[0] if sur[0].isupper() else sur.split()[-1][0]}.",
                f"{first} {sur[0] if sur[0].isupper() else sur.split()[-1][0]}",
            ]
        )
    if form == "initials":
        return form, p.initials
    if form == "typo":
        return form, p.typo if rng.random() < 0.7 else f"{first} {p.typo}"
    raise ValueError(form)


def attribute(doc: Doc, p: Person, what: str) -> None:
    rng = doc.rng
    if what == "age":
        doc.span(str(p.age), "AGE", "digits")
    elif what == "agew":
        doc.span(words_of(p.age), "AGE", "words")
    elif what == "ajoin":
        doc.span(str(p.ajoin), "AGE", "digits")
    elif what == "phone":
        d = p.mobile_digits
        doc.span(
            rng.choice(
                [
                    f"{d[:5]} {d[5:]}",
                    d,
                    f"{d[:5]} {d[5:8]} {d[8:]}",
                    f"+44 {d[1:5]} {d[5:]}",
                    f"+44{d[1:]}",
                    f"{d[:5]}-{d[5:]}",
                ]
            ),
            "PHONE",
            "digits",
        )
    elif what == "land":
        doc.span(p.land, "PHONE", "digits")
    elif what == "email":
        doc.span(p.email, "EMAIL", "plain")
    elif what == "addr":
        doc.span(p.addr, "ADDRESS", "street")
    elif what == "pc":
        pc = p.pc
        doc.span(rng.choice([pc, pc, pc.replace(" ", ""), pc.lower()]), "POSTCODE", "plain")
    elif what == "town":
        doc.span(p.town, "LOCATION", "town")
    elif what == "home":
        doc.span(p.home, "LOCATION", "town")
    elif what in ("base", "base2"):
        base = p.base if what == "base" else p.base2
        if base is None:
            doc.plain("the office")
            return
        form = rng.choice(sorted(base))
        doc.span(base[form], "BASE", form)
    elif what == "unit":
        if p.unit is None:
            doc.plain("the directorate")
            return
        doc.span(rng.choice(p.unit[1]), "UNIT", p.unit[0])
    elif what == "sn":
        if p.sn is None:
            doc.plain("n/a")
            return
        sn = p.sn
        doc.span(
            rng.choice([sn, sn, f"{sn[:4]} {sn[4:]}"]) if sn.isdigit() else sn,
            "SERVICE_NUMBER",
            "digits",
        )
    elif what == "dob":
        b = p.dob
        doc.span(
            rng.choice(
                [
                    f"{b.day:02d}/{b.month:02d}/{b.year}",
                    f"{b.day}/{b.month}/{b.year % 100:02d}",
                    f"{b.day} {MONTHS[b.month - 1][:3]} {b.year}",
                    f"{b.day:02d}.{b.month:02d}.{b.year % 100:02d}",
                    f"{b.year}-{b.month:02d}-{b.day:02d}",
                    f"{b.day} {MONTHS[b.month - 1]} {b.year}",
                ]
            ),
            "DATE_OF_BIRTH",
            "digits",
        )
    elif what == "pid":
        doc.decoy(
            rng.choice([f"P{p.pid:02d}", f"P{p.pid:02d}", f"P{p.pid}", f"WB-{p.pid:03d}"])
            if not hasattr(p, "pid_text")
            else p.pid_text,
            "file",
        )
    elif what == "rk":
        if p.rank:
            doc.decoy(p.rank_abbr, "rank")
        else:
            doc.decoy(p.grade, "rank")
    elif what == "rkw":
        doc.decoy(p.rank[1] if p.rank else p.grade, "rank")
    elif what == "svc":
        doc.decoy(p.service or "civil servant", "service" if p.service else "rank")
    elif what == "band":
        doc.decoy(age_band(rng, p.age), "age_band")
    elif what == "level":
        doc.decoy(level_word(rng, p), "rank")
    else:
        raise ValueError(what)


def age_band(rng: random.Random, age: int) -> str:
    decade = age // 10 * 10
    part = "early" if age % 10 < 4 else "mid" if age % 10 < 7 else "late"
    plural = words_of(decade)[:-1] + "ies"
    return rng.choice([f"{decade}s", f"{part} {plural}", f"{part}-{decade}s", f"{plural}"])


def level_word(rng: random.Random, p: Person) -> str:
    if not p.rank:
        return rng.choice(["civil servant", "MOD civilian", "civil servant, " + p.grade])
    svc = p.service
    if p.level == "junior":
        return {
            "Army": rng.choice(
                ["junior NCO", "junior soldier", "private soldier"]
                if p.rank[0][0] in ("Pte", "Rfn", "Cfn", "Spr")
                else ["junior NCO"]
            ),
            "Royal Navy": "junior rating",
            "Royal Marines": rng.choice(["junior rank", "marine"]),
            "RAF": rng.choice(["junior rank", "junior NCO"]),
        }[svc]
    if p.level == "snco":
        return rng.choice(
            ["SNCO", "senior NCO", "senior rating" if svc == "Royal Navy" else "senior NCO"]
        )
    return rng.choice(["officer", "junior officer", "officer"])


def gen_decoy(doc: Doc, kind: str) -> str:
    rng = doc.rng
    if kind == "date":
        d = doc.date + dt.timedelta(days=rng.randint(-20, 20))
        return rng.choice(
            [
                f"{d.day:02d}/{d.month:02d}/{d.year}",
                f"{d.day}/{d.month}",
                f"{d.day} {MONTHS[d.month - 1][:3]}",
                f"{d.day} {MONTHS[d.month - 1]}",
                f"{d.year}-{d.month:02d}-{d.day:02d}",
                f"{d.day:02d}.{d.month:02d}.{d.year % 100}",
            ]
        )
    if kind == "time":
        h, m = rng.randint(8, 18), rng.choice([0, 0, 15, 30, 45, 10, 20, 40])
        return rng.choice(
            [
                f"{h:02d}:{m:02d}",
                f"{h}.{m:02d}",
                f"{h:02d}{m:02d}",
                f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}",
            ]
        )
    if kind == "weekday":
        return rng.choice(WEEKDAYS + SHORT_DAYS)
    if kind == "year":
        return str(rng.randint(2006, 2024))
    if kind == "money":
        return rng.choice(["£20", "£25", "£30", "£15"])
    if kind == "file":
        return rng.choice(
            [
                f"INT-{rng.randint(1, 60):02d}",
                f"FG{rng.randint(1, 9)}",
                f"WB-FN-{rng.randint(1, 90):03d}",
                f"v{rng.randint(2, 6)}",
            ]
        )
    if kind == "code":
        return rng.choice(CODES)
    if kind == "status":
        return rng.choice(
            [
                "Booked",
                "Interviewed",
                "Withdrawn",
                "No reply",
                "Rescheduled",
                "DNA",
                "Consent received",
                "Declined",
                "Pending",
            ]
        )
    raise ValueError(kind)


CODES = ["FAM-SEP", "HELP-SEEK", "STIGMA", "CHAIN-CMD", "HOUSING", "MOVE-DISRUPT", "PEER-SUPP",
         "BELONGING", "TRANSITION", "WORKLOAD", "PROG-ACCESS", "CHILDREN-EDU", "SPOUSE-CAREER",
         "MH-LITERACY", "TRUST-MED", "Theme 1: Belonging", "Theme 2: Moving house",
         "Theme 3: Asking for help", "Theme 4: The chain of command", "Theme 5: Family life",
         "isolation", "resilience", "identity", "trust"]  # fmt: skip


# ---------------------------------------------------------------------------------------
# What participants said (the speaker is P of the namespace): S serving, C civil servant,
# F a family member (W is then the serving partner).

QUOTES = {
    "serving": [
        "When I got posted from {P.base2} to {P.base} nobody asked about my {P/wife}'s job. {W:first|dim} had to jack it in.",
        "{B:rank} pulled me aside and said, '{P:first|nick|sur}, go and get yourself seen, that's an order.' Best thing anyone did for me.",
        "I joined at {P.ajoin}. {P.unit} is all I know, if I'm honest.",
        "The quarter at {P.addr} had black mould in {K:first}'s room the whole winter and <team:DIO|Amey|Pinnacle> took <count:four months|five months|eleven weeks> to come out.",
        "My section commander, {M:rank}, covered for me when I was at my worst. Never said a word to anyone.",
        "You don't go to the med centre. {M:nick|first|sur} went with his back and got downgraded and that was his career done.",
        "I was on exercise when my dad died and {B:rank} had me on a train home the same night. I will never forget that.",
        "Since the programme I actually talk to {W:first|dim} about stuff. Before, I'd just go to the gym.",
        "Three postings in four years. {K:first} has been to <count:three|four> schools and {K/he}'s only {K.agew}.",
        "Moving from {P.base2} to {P.base} we lost {W:first|dim}'s whole support network, everyone {K:first} knew.",
        "The app is fine but it's {U:rank|title} who made the difference, just checking in every week.",
        "People say use <product:Togetherall|Headspace|Help for Heroes|SSAFA|Combat Stress> but I'd rather talk to {M:dim|first|nick}.",
        "In {P.unit} we had <rank:a padre|an RSM|a UWO> who'd actually sit with you. Here you get a leaflet.",
        "I'm {P.age} and I've done <count:three tours|four tours|two tours>. You can't switch that off when you walk in the door at home in {P.town}.",
        "{B:rank} said to me, 'You're either in or you're out, {P:sur}.' That stuck with me.",
        "My mum's back in {P.home} and she'd go spare if she knew half of it.",
        "We had a lad, {X:first|rank}, took his own life in <year>. After that it was <acronym:TRiM> for a week and then back to normal.",
        "{M:nick|dim|first} is the only one I'd ring at two in the morning. We were in {M.unit} together.",
        "The <rank:OC|CO|Sgt Maj|RSM> stood up and said mental health matters and then cancelled everyone's leave.",
        "I hope it keeps going. It's the first thing in <count:twelve years|fifteen years|nine years> that asked about my family.",
    ],
    "civil": [
        "I'm {P.rk} grade in a team of nine and my line manager, {B:title|first}, has never once asked how I am.",
        "Civil servants don't count in this programme, it's all for the uniforms. {B:first} said as much in a team meeting.",
        "When our office moved out to {P.town} I had a <count:two hour|90 minute> commute each way and nobody cared.",
        "The wellbeing stuff came through on email from {B:full} and honestly I deleted it.",
        "My manager {B:first|title} was brilliant when my {P/mum} was ill back in {P.home}.",
        "I sit next to {M:first|full} and we've both said we'd never use it, not with our names on it.",
        "It's <product:the Civil Service Employee Assistance Programme|Headspace|the EAP> or nothing for us. {M:first} rang it once and got a voicemail.",
        "I'm {P.age}, I've done <count:22 years|18 years|twenty years> at the MOD and this was the first time anyone asked.",
    ],
    "family": [
        "{W:first|dim|nick} was away for <count:nine months|seven months|six months> and I found out about the programme from a Facebook group, not from the unit.",
        "When {W:first} got posted to {W.base} I gave up my job in {P.town}. Third time now.",
        "{K:first} was {K.age} when {W:first|dim} deployed and {K/he} stopped sleeping.",
        "The UWO, {U:rank|title}, was lovely, but couldn't do anything about the quarter.",
        "I rang the number on the leaflet and got {U:title|first}, who was brilliant, actually.",
        "Everyone thinks {W:rank} has it all sorted. At home it's different.",
        "We're at {P.addr} now. It's a nice quarter but I don't know a soul.",
        "My neighbour {N:first} basically kept me going while {W:first} was away with {W.unit}.",
        "I'm {P.age}, I've got three kids under six and I'm a single parent half the year.",
        "{W:first|dim} won't go near the med centre. I went to {D:title} myself in the end, for me.",
    ],
}

ATTRIBUTE_NAMED = {
    "serving": [
        "({P.pid}, {P:rank}, {P.unit}, {P.age})",
        "– {P:rank}, {P.unit}",
        "({P:full}, {P.rk}, {P.svc}, {P.pid})",
        "— {P:rank} ({P.unit}), {P.base}",
        "({P.pid} – {P:surfirst}, {P.age}, {P.unit})",
    ],
    "civil": [
        "({P.pid}, {P:full}, {P.rk}, {P.town})",
        "– {P:title}, {P.rk}",
        "({P:full}, civilian, {P.age})",
    ],
    "family": [
        "({P.pid}, {P:full}, partner of {W:rank})",
        "– {P:first}, wife of {W:rank}, {W.unit}",
        "({P:full}, {P.age}, {P.town})",
    ],
}
ATTRIBUTE_ANON = {
    "serving": [
        "({P.pid}, {P.level}, {P.svc})",
        "– {P.level}, {P.svc}, {P.band}",
        "({P.pid}; {P.level}; {P.band})",
    ],
    "civil": ["({P.pid}, {P.level})", "– {P.level}, {P.band}"],
    "family": [
        "({P.pid}, partner of a serving {W.level}, {W.svc})",
        "– spouse, {W.svc}, {P.band}",
        "({P.pid}, family member)",
    ],
}


def quote(doc: Doc, ns: str, named: bool | None = None, lead: str = "'", close: str = "'") -> None:
    """A participant's words in quotation marks and their attribution."""
    rng = doc.rng
    kind = doc.kind_of(ns)
    doc.ns = ns
    doc.plain(lead)
    doc.render(rng.choice(QUOTES[kind]))
    doc.plain(close + " ")
    if named is None:
        named = rng.random() < 0.55
    doc.render(rng.choice((ATTRIBUTE_NAMED if named else ATTRIBUTE_ANON)[kind]))


# ---------------------------------------------------------------------------------------
# Field notes and reflections: sentences by the participant's kind ("*" = any).

FIELDNOTE = {
    "*": [
        "Very guarded at first, opened up after ~<count:20 min|half an hour|25 mins>.",
        "Recorder stopped at <count:38 min|41 mins|52 minutes> – battery. Made notes by hand for the rest.",
        "Gave mobile {P.phone} for follow-up, evenings only.",
        "Wants the summary sent to {P.email} – NOT the work address.",
        "Originally from {P.home}; {P/his} mum {F:first} still lives there.",
        "Note to self: check with {R2:first|initials} whether {P.pid} can be re-contacted.",
        "Lives at {P.addr}, {P.town} {P.pc} – voucher (<money>) to be posted there.",
        "{P/He}'s {P.age} but looks younger.",
        "Two kids – {K:first} ({K.age}) and {K2:first} ({K2.age}).",
        "Kept coming back to money. Said the will to carry on 'just drains out of you' by the end of the month.",
        "Said the programme was 'a good idea run by people who've never had a posting order'.",
        "Interview ran <count:1h10|65 mins|about an hour>. {R2:first} took notes.",
        "Long silence when asked about support at home. Didn't push.",
        "Spelling on the consent form is {P:typo}? Check against the log.",
        "Mentioned a neighbour, {N:first}, who had the kids every <weekday>.",
    ],
    "serving": [
        "Boss is {B:rank}, described as 'fair but old school'.",
        "Mentioned {M:nick|rank|first} from {M.unit} a lot – tour together in <year>.",
        "Joined up at {P.ajoin}, <year>. Posted {P.base2} then {P.base}.",
        "Quarter in {P.town} – black mould in the kids' room, <team:DIO> took <count:four months|six weeks|3 months>.",
        "Became tearful talking about {X:first|rank}, who died in <year>.",
        "{P/His} {P/wife} {W:first|dim} joined for the last <count:10 mins|15 min|twenty minutes>. Quieter than {P.pid} but sharper on housing.",
        "UWO ({U:rank|title}) had set up the room and stayed outside the whole time, good.",
        "Said {P/his} section commander ({M:rank}) 'covered for me' during the worst of it.",
        "Uses the phrase 'crack on' constantly. Code as coping? Ask {R2:first|initials}.",
        "Med centre doc ({D:title}) 'actually listened'. Contrast with <place_word:the med centre|the MRS> at {P.base2}.",
        "Did <acronym:MATT 2|the RFT|the PFA> with a knee injury rather than report it – typical, says {P/he}.",
        "Service no. given unprompted for the voucher form: {P.sn}. Remember to redact from notes.",
        "{P/He} called {B:sur|rank} 'the boss' after the first ten minutes.",
    ],
    "civil": [
        "{P.rk}, {P.age}, based in {P.town}. Line manager {B:title|full}.",
        "Felt the programme was 'for the uniforms'. Colleague {M:first|full} said the same at the drop-in.",
        "Commutes from {P.town}; caring for {P/his} mum {F:first} in {P.home} at weekends.",
        "Manager ({B:first|title}) approved the time off for the interview 'reluctantly'.",
        "Has been at the MOD <count:22 yrs|18 years|a long time>, grade {P.rk}.",
    ],
    "family": [
        "{P:first} is married to {W:rank} ({W.unit}) – away on <acronym:OP|exercise> for most of the autumn.",
        "Lives at {P.addr} (<place_word:SFA|the quarter|the patch>), {P.town}. Knows nobody on the patch.",
        "{W:first|dim|nick} came home half way through. Atmosphere changed – {P:first} stopped talking about {W:first|dim|nick}'s drinking.",
        "Neighbour {N:first|full} runs the coffee morning at the community centre; {P:first} goes <weekday>s.",
        "UWO ({U:rank|title}) was 'lovely but useless' about the quarter.",
        "Kids' school in {P.town}, head is {H:title}. {K:first} ({K.age}) was bullied after the move.",
        "Gave up {P/his} job when {W:first} was posted to {W.base}.",
    ],
}

REFLECTION = {
    "*": [
        "I came away from the interview with {P:first|full} feeling I'd asked too much too soon.",
        "I think {P:first} wanted to be heard more than {P/he} wanted to help the evaluation, which is fine.",
        "{P/He} was {P.agew} and spoke as if {P/he} was much older.",
        "I should have stopped the recording when {P/he} talked about {P/his} family in {P.home}. I'll flag it to {R2:first}.",
        "Afterwards {P:first} walked me to the car and said the bit that mattered, off tape. Not using it.",
        "What struck me most was how often {P/he} apologised for taking up my time.",
        "I'm not sure we're reaching anyone who isn't already doing okay. {R2:first} thinks I'm being too hard on us.",
        "Writing this on the train back from {P.town}, so it's rough.",
    ],
    "serving": [
        "{P:rank} was nothing like I expected from the screening call. {P/He} was open, funny, and clearly exhausted.",
        "{P/He} kept coming back to {M:nick|first|dim} – the mate who got {P/him} through the tour in <year>.",
        "The way {P/he} talked about {B:rank} made me think the programme lives or dies on the boss.",
        "I was struck by how {P/he} talked about {P/his} {P/wife}, {W:first|dim}, as the one who really serves.",
        "The room at {P.base} was a storeroom with two chairs and a fridge. Not ideal.",
        "{P/He} said {X:first|rank} died in <year> and nobody from {P.unit} rang the family.",
    ],
    "civil": [
        "{P:first} was very clear that {P/he} wanted no part of the 'wellbeing' branding, and that {B:title|first} had pushed {P/him} to volunteer.",
        "{P/He} talked about {P/his} colleague {M:first} with real warmth.",
        "I hadn't appreciated how far from {P.town} some of the civilian staff travel.",
    ],
    "family": [
        "{P:first} kept saying {W:rank|first} 'can't know' about the interview. I need to think about what that means for consent.",
        "{K:first} was in and out of the room, {K.agew} and very curious about the recorder.",
        "I wonder whether {P/he} would have said more if {W:first|dim} had not come home early.",
        "The neighbour {N:first} turned up halfway through; we paused for <count:ten minutes|a few minutes>.",
    ],
}


def pick(doc: Doc, pools: dict, kind: str, count: int) -> list[str]:
    options = pools["*"] + pools[kind]
    return doc.rng.sample(options, min(count, len(options)))


def build_fieldnote(doc: Doc) -> None:
    rng = doc.rng
    if rng.random() < 0.3:
        doc.lower = True
    doc.name_lower = 0.15
    doc.ns = "1"
    kind = doc.kind_of("1")
    doc.render(
        rng.choice(
            [
                "<header:FIELD NOTES> – {P.pid} – <date>\n",
                "{P.pid} fieldnotes <date> ({R:initials})\n",
                "<header:Interview:> {P.pid} | <header:Date:> <date> | <header:Interviewer:> {R:first|full|initials}\n",
                "<header:FN> <file> – <weekday> <date>, <time>\n",
            ]
        )
    )
    if kind == "serving":
        doc.render(
            rng.choice(
                [
                    "{P.pid} ({P:rank}, {P.age}, {P.unit}).",
                    "{P.pid} = {P:full}, {P.rk}, {P.unit}, {P.age}yo.",
                    "Interviewed {P:rank} ({P.pid}) at {P.base}, <place_word:welfare centre|HIVE|education centre|families centre> <time>-<time>.",
                ]
            )
        )
    elif kind == "civil":
        doc.render(
            rng.choice(
                ["{P.pid} ({P:full}, {P.rk}, {P.age}).", "{P.pid} = {P:title}, civ, {P.age}."]
            )
        )
    else:
        doc.render(
            rng.choice(
                [
                    "{P.pid} ({P:full}, {P.age}, partner of {W:rank}).",
                    "{P.pid} – {P:first|full}, {P.age}, spouse ({W.svc}).",
                ]
            )
        )
    bullet = rng.choice(["\n- ", "\n* ", "\n", " "])
    for line in pick(doc, FIELDNOTE, kind, rng.randint(5, 9)):
        doc.plain(bullet)
        doc.render(line)
    doc.plain("\n")


def build_reflection(doc: Doc) -> None:
    rng = doc.rng
    doc.ns = "1"
    kind = doc.kind_of("1")
    doc.render(
        rng.choice(
            [
                "<header:Post-interview reflection> – {P.pid} (<date>)\n\n",
                "<header:Reflexive note>, <date>, {R:first|initials}\n\n",
                "{P.pid} – <header:reflections> – <weekday> <date>\n\n",
            ]
        )
    )
    lines = pick(doc, REFLECTION, kind, rng.randint(5, 8))
    for i, line in enumerate(lines):
        doc.render(line)
        doc.plain("\n\n" if i % 3 == 2 else " ")
    if rng.random() < 0.5:
        doc.render(rng.choice(["\n— {R:first}", "\n{R:initials} <date>", "\n({R:full}, <date>)"]))


def build_memo(doc: Doc) -> None:
    rng = doc.rng
    doc.ns = "1"
    doc.render(
        rng.choice(
            [
                "<header:Analytic memo> <file> – <date> – {R:initials}\n",
                "<header:MEMO>: <code> (<date>, {R:first})\n",
                "<header:Codebook notes> – <file> – updated <date> by {R:firstinit|first}\n",
            ]
        )
    )
    n = rng.randint(2, 4)
    for i in range(n):
        ns = str(i + 1)
        doc.ns = ns
        if rng.random() < 0.5:
            doc.render(
                rng.choice(["\n<header:Code:> <code>\n<header:Definition:> ", "\n<code> — "])
            )
            doc.plain(
                rng.choice(
                    [
                        "talk about who the participant turns to, and who they would not.",
                        "any mention of the move, the quarter or the paperwork around it.",
                        "the participant sets the programme against their unit's way of doing things.",
                        "what the family gives up for a posting.",
                    ]
                )
            )
            doc.render(rng.choice(["\n<header:Example:> ", "\n<header:e.g.> "]))
            quote(doc, ns, lead='"', close='"')
            doc.plain("\n")
        else:
            doc.render(
                rng.choice(
                    [
                        "\n{P.pid} fits <code> well, but also <code>. ",
                        "\nStill unsure whether {P.pid}'s account belongs under <code>. ",
                        "\nCompare {P.pid} with the others under <code>. ",
                    ]
                )
            )
            doc.render(
                rng.choice(
                    [
                        "{R2:first} coded it differently on the first pass. ",
                        "{R2:initials} disagrees. ",
                        "Raised this with {R2:first|initials} on <weekday>. ",
                        "",
                    ]
                )
            )
            quote(doc, ns, lead="'", close="'")
            doc.plain("\n")
    if rng.random() < 0.5:
        doc.render(
            rng.choice(
                [
                    "\n<header:NB> check consent for {P.pid} before quoting this in the report.",
                    "\n<header:TODO>: agree wording with {R2:first} by <weekday>.",
                    "\n<header:Action>: {R:initials} to recode <code> across the first <count:20 transcripts|15 transcripts|twelve transcripts>.",
                ]
            ),
            "1",
        )


def build_quotebank(doc: Doc) -> None:
    rng = doc.rng
    doc.render(
        rng.choice(
            [
                "<header:QUOTE BANK> – <code> (<header:draft> <file>, <date>)\n",
                "<header:Quotes for report> – <code>\n",
                "<code> – <header:candidate quotes>, <date>\n",
            ]
        )
    )
    for i in range(rng.randint(3, 6)):
        ns = str(i + 1)
        number = rng.choice([f"{i + 1}. ", f"Q{i + 1} ", "- ", f"[{i + 1}] "])
        if number.startswith("Q"):
            doc.decoy(number.strip(), "file")
            doc.plain(" ")
        else:
            doc.plain(number)
        lead = rng.choice(['"', "'", "“"])
        quote(doc, ns, lead=lead, close={"“": "”"}.get(lead, lead))
        if rng.random() < 0.3:
            doc.render(
                rng.choice(
                    [
                        " [{R:initials}: anonymise before circulating]",
                        " [check consent – {R2:first}]",
                        " <header:USE> ",
                        " <header:maybe>",
                    ]
                )
            )
        doc.plain("\n")


def build_report(doc: Doc) -> None:
    rng = doc.rng
    section = f"{rng.randint(3, 6)}.{rng.randint(1, 8)}"
    doc.decoy(section, "file")
    doc.render(
        rng.choice(
            [
                " <header:Moving house>\n",
                " <header:Asking for help>\n",
                " <header:Families>\n",
                " <header:The chain of command>\n",
                " <header:Using the programme>\n",
            ]
        )
    )
    doc.plain(
        rng.choice(
            [
                "Participants described the programme as welcome but late. ",
                "Several participants linked their wellbeing to how the unit handled postings. ",
                "Across the interviews, the boss mattered more than the offer itself. ",
                "Family members were the least likely to have heard of the programme. ",
            ]
        )
    )
    for i in range(rng.randint(2, 4)):
        ns = str(i + 1)
        doc.ns = ns
        kind = doc.kind_of(ns)
        named = rng.random() < 0.5
        if named:
            intro = {
                "serving": [
                    "As {P:rank} ({P.unit}) put it: ",
                    "{P:rank}, {P.unit}, said: ",
                    "One soldier, {P:full}, told us: ",
                ],
                "civil": ["{P:full}, a civil servant in {P.town}, said: ", "As {P:title} put it: "],
                "family": [
                    "{P:full}, whose partner is {W:rank}, said: ",
                    "As {P:first} ({P.age}) put it: ",
                ],
            }[kind]
        else:
            intro = {
                "serving": [
                    "One {P.level} ({P.svc}) said: ",
                    "A {P.level} in their {P.band} described it this way: ",
                ],
                "civil": ["A {P.level} said: "],
                "family": ["One partner of a {W.level} said: ", "A spouse ({W.svc}) told us: "],
            }[kind]
        doc.render(rng.choice(intro))
        doc.plain("“")
        doc.render(rng.choice(QUOTES[kind]))
        doc.plain("” ")
        if rng.random() < 0.4:
            doc.render(
                rng.choice(
                    [
                        "({P.pid}) ",
                        "[{R:initials}: is this OK to name? {P.pid}] ",
                        "[<header:comment>: {R2:first} – anonymise] ",
                    ]
                )
            )
        if named and rng.random() < 0.5:
            doc.render(
                rng.choice(
                    [
                        "{P:first|sur|rank} went on to describe the move as 'the worst year we've had'. ",
                        "Later in the interview {P:sur|first|typo} was more positive. ",
                    ]
                )
            )
        doc.plain(rng.choice(["\n\n", "", "\n"]))
    doc.plain(
        rng.choice(
            [
                "This matters for how the programme is offered.",
                "We return to this in the recommendations.",
                "",
            ]
        )
    )


def build_recruitment(doc: Doc) -> None:
    rng = doc.rng
    doc.render(
        rng.choice(
            [
                "<header:Recruitment log> – {G.base} – <header:updated> <date>\n",
                "<header:RECRUITMENT & SCHEDULING> (<header:site>: {G.unit})\n",
                "<header:Contact log> <file>\n",
            ]
        ),
        "1",
    )
    doc.render(
        rng.choice(
            [
                "<header:POC>: {G:rank}, {G.email}, {G.land}\n",
                "<header:Gatekeeper>: {G:rank} ({G.phone})\n",
            ]
        ),
        "1",
    )
    for i in range(rng.randint(3, 5)):
        ns = str(i + 1)
        doc.ns = ns
        kind = doc.kind_of(ns)
        who = {
            "serving": "{P:rank|surfirst|full}",
            "civil": "{P:title|full|surfirst}",
            "family": "{P:title|full|first}",
        }[kind]
        lines = [
            "<date> <time> {R:initials} emailed " + who + " ({P.email}). <status>.",
            "<date> – {R:initials|first} called {P.phone}, left VM.",
            "<date> – {P.pid} booked for <weekday> <date> <time> at "
            + ("{P.base}" if kind == "serving" else "{P.town}")
            + ".",
            "<date> – {P.pid} rescheduled (childcare). New slot <weekday> <time>.",
            "<date> – consent form signed, copy sent to {P.email}.",
            "<date> – voucher (<money>) posted to {P.addr}, {P.town}, {P.pc}.",
            "<date> – landline only: {P.land}.",
            "<date> – eligibility checked, DOB {P.dob}.",
            "<date> – {P.pid} WITHDREW. Asked for data to be removed – {R2:initials} to action.",
            "<date> – no answer (<count:3 attempts|2 attempts|x2>).",
            "<date> – {R2:initials} re-sent invite, name spelt wrong on the first one ({P:typo}).",
        ]
        if kind == "serving":
            lines.append("<date> – service no. {P.sn} needed for the travel claim.")
        doc.plain("\n")
        doc.render("{P.pid}: " + who + ("" if rng.random() < 0.5 else " – <status>") + "\n")
        for line in rng.sample(lines, rng.randint(2, 4)):
            doc.render(line + "\n")


SHEET_COLUMNS = [
    ["ID", "Rank", "Unit", "Age", "Quote", "Code"],
    ["ID", "Name", "Rank", "Unit", "Quote", "Code"],
    ["Participant", "Service", "Age", "Extract", "Theme", "Notes"],
    ["PID", "Name", "Age", "Base", "Quote", "Code", "Coder"],
]


def build_sheet(doc: Doc) -> None:
    rng = doc.rng
    columns = rng.choice(SHEET_COLUMNS)
    sep = rng.choice([" | ", "\t", " | "])
    for j, col in enumerate(columns):
        if j:
            doc.plain(sep)
        doc.decoy(col, "header")
    doc.plain("\n")
    for i in range(rng.randint(3, 6)):
        ns = str(i + 1)
        doc.ns = ns
        kind = doc.kind_of(ns)
        for j, col in enumerate(columns):
            if j:
                doc.plain(sep)
            if col in ("ID", "Participant", "PID"):
                doc.render("{P.pid}")
            elif col == "Name":
                doc.render(rng.choice(["{P:surfirst}", "{P:caps}", "{P:full}", "{P:init}"]))
            elif col == "Rank":
                doc.render("{P.rk}" if kind != "family" else "<role:spouse|partner|family>")
            elif col == "Unit":
                doc.render(
                    "{P.unit}"
                    if kind == "serving"
                    else "{W.unit}"
                    if kind == "family"
                    else "<team:DE&S|DIO|Defence Business Services|MOD Main Building>"
                )
            elif col == "Age":
                doc.render("{P.age}")
            elif col == "Base":
                doc.render("{P.base}" if kind == "serving" else "{P.town}")
            elif col == "Service":
                doc.render(
                    "{P.svc}"
                    if kind == "serving"
                    else "{W.svc}"
                    if kind == "family"
                    else "<rank:civilian|civil servant>"
                )
            elif col in ("Quote", "Extract"):
                doc.plain('"')
                doc.render(rng.choice(QUOTES[kind]))
                doc.plain('"')
            elif col in ("Code", "Theme"):
                doc.render("<code>" if rng.random() < 0.7 else "<code>; <code>")
            elif col == "Coder":
                doc.render("{R:initials}" if rng.random() < 0.6 else "{R2:initials}")
            elif col == "Notes":
                doc.render(
                    rng.choice(
                        [
                            "",
                            "check w/ {R:first}",
                            "named boss – redact",
                            "<header:USE>",
                            "partner present",
                            "ages of kids – redact",
                        ]
                    )
                )
        doc.plain("\n")


THREAD = [
    "running <count:10 min|15 mins|20 minutes> late, A303 is a car park",
    "Has anyone got {P:rank|first}'s number? The one on the log bounces",
    "try {P.phone}",
    "{P.pid} cancelled again – {P/his} {P/wife} is in hospital. Leaving it for now",
    "{P:first|sur} says can we do {P.town} library instead of camp",
    "room at {P.base} is booked <weekday> <time>-<time>, pass office needs our reg numbers",
    "{R:first} can you do {P.pid}? I'm at {P.base2} all day",
    "done {P.pid}, lovely guy, recorder died at the end though",
    "just had {G:rank} on the phone asking who we've interviewed from {G.unit}. I said we can't say",
    "uploaded {P.pid} to the drive, transcript back <weekday>",
    "reminder: no names in the file titles please!! {P.pid} not {P:sur}",
    "voucher for {P.pid} – address is {P.addr}, {P.pc}",
    "{P:first}'s email is {P.email} if anyone's sending the summary",
    "ok",
    "{P:typo} confirmed for <weekday> (is it spelt like that?)",
    "👍",
    "thanks {R2:first|initials}",
    "I'll take <weekday>",
    "ethics said we need a second consent for the partner (<count:2nd|second> form)",
    "{P:rank|full} wants {P/his} {P/wife} {W:first} in the interview – fine?",
    "fine if {W:first} consents separately",
    "can someone ring {G:rank|title} back, {G.land}",
]


def build_thread(doc: Doc) -> None:
    rng = doc.rng
    team = ["R", "R2", "R3"][: rng.randint(2, 3)]
    layout = rng.choice(["whatsapp", "teams", "slack"])
    display = {k: rng.choice(["full", "firstinit", "first", "full"]) for k in team}
    if layout == "whatsapp":
        doc.render(
            "<system:Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.>\n"
        )
    doc.ns = "1"
    day = doc.date
    used: Counter = Counter()
    for i in range(rng.randint(8, 13)):
        free = [k for k in team if doc.mentions[k] < MOST_MENTIONS - 1]
        if not free:
            break
        sender = rng.choice(free)
        person = doc.person(sender)
        minute = 8 * 60 + i * 25 + rng.randint(0, 24)
        clock = f"{minute // 60:02d}:{minute % 60:02d}"
        if layout == "whatsapp":
            doc.plain("[")
            doc.decoy(f"{day.day:02d}/{day.month:02d}/{day.year}", "date")
            doc.plain(", ")
            doc.decoy(clock, "time")
            doc.plain("] ")
            mention_fixed(doc, person, display[sender])
            doc.plain(": ")
        elif layout == "teams":
            mention_fixed(doc, person, display[sender])
            doc.plain("  ")
            doc.decoy(clock, "time")
            doc.plain("\n")
        else:
            mention_fixed(doc, person, display[sender])
            doc.plain(" [")
            doc.decoy(clock, "time")
            doc.plain("]\n")
        doc.lower = rng.random() < 0.4
        ns = str(rng.randint(1, 3))
        line = rng.choice(THREAD)
        if line in used and line not in ("ok", "👍"):
            line = "ok"
        used[line] += 1
        doc.render(line, ns)
        doc.lower = False
        doc.plain("\n")
    if layout == "whatsapp" and rng.random() < 0.4:
        doc.render("<system:<Media omitted>>\n") if False else doc.decoy(
            "<Media omitted>", "system"
        )


def mention_fixed(doc: Doc, person: Person, form: str) -> None:
    """A display name: the same text on every message."""
    if not hasattr(person, "display"):
        saved = doc.name_lower
        doc.name_lower = 0.0
        before = len(doc.spans)
        doc.mention(person, form)
        span = doc.spans[before]
        person.display = (doc.text()[span["start"] : span["end"]], span["form"])
        doc.name_lower = saved
        return
    text, form = person.display
    doc.mentions[person.key] += 1
    doc.span(text, "PERSON", form, person.entity)


BUILDERS = {
    "fieldnote": build_fieldnote, "reflection": build_reflection, "memo": build_memo,
    "quotebank": build_quotebank, "report": build_report, "recruitment": build_recruitment,
    "sheet": build_sheet, "thread": build_thread,
}  # fmt: skip


# ---------------------------------------------------------------------------------------
# Keeping a document


NAME_ONLY = {"full", "first", "sur", "dim", "nick", "surfirst", "caps", "firstinit", "typo"}


def acceptable(record: dict) -> bool:
    text = record["text"]
    n_words = len(text.split())
    if not WORDS[0] <= n_words <= WORDS[1]:
        return False
    people = Counter(s["entity"] for s in record["spans"] if s["type"] == "PERSON")
    if not people or max(people.values()) > MOST_MENTIONS:
        return False
    marks = sorted((m["start"], m["end"]) for m in record["spans"] + record["decoys"])
    for (_, e1), (s2, _) in itertools.pairwise(marks):
        if s2 < e1:
            return False
    for m in record["spans"] + record["decoys"]:
        value = text[m["start"] : m["end"]]
        if not value or value != value.strip():
            return False
    covered = [False] * len(text)
    for m in record["spans"] + record["decoys"]:
        covered[m["start"] : m["end"]] = [True] * (m["end"] - m["start"])
    words = {
        w.lower()
        for s in record["spans"]
        if s["type"] == "PERSON" and s["form"] in NAME_ONLY
        for w in re.findall(r"[^\W\d_][\w'-]*", text[s["start"] : s["end"]])
        if len(w) >= 3
    }
    for w in words:
        for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.I):
            if not any(covered[m.start() : m.end()]):
                return False
    return True


def build() -> list[dict]:
    rng = random.Random(SEED)
    records = []
    for number in range(1, N_DOCS + 1):
        style = STYLES[(number - 1) % len(STYLES)]
        while True:
            date = dt.date(2026, 1, 12) + dt.timedelta(days=rng.randint(0, 300))
            doc = Doc(rng, style, date)
            BUILDERS[style](doc)
            record = doc.record(number)
            record["spans"].sort(key=lambda s: s["start"])
            record["decoys"].sort(key=lambda d: d["start"])
            if acceptable(record):
                break
        records.append(record)
    return records


def dump(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)


def stats(records: list[dict]) -> str:
    lines = []
    words = [len(r["text"].split()) for r in records]
    people = [
        n
        for r in records
        for n in Counter(s["entity"] for s in r["spans"] if s["type"] == "PERSON").values()
    ]
    lines.append(f"documents: {len(records)}")
    lines.append(
        f"words per document: min {min(words)}, max {max(words)}, mean {round(sum(words) / len(words))}"
    )
    lines.append(f"distinct people (entities, counted per document): {len(people)}")
    lines.append(f"people mentioned more than once in their document: {sum(n > 1 for n in people)}")

    def table(title: str, counts: Counter) -> None:
        lines.append("")
        lines.append(f"| {title} | count |")
        lines.append("|---|---|")
        for key in sorted(counts):
            lines.append(f"| {key} | {counts[key]} |")
        lines.append(f"| total | {sum(counts.values())} |")

    table("style", Counter(r["style"] for r in records))
    table("type", Counter(s["type"] for r in records for s in r["spans"]))
    table("type/form", Counter(f"{s['type']}/{s['form']}" for r in records for s in r["spans"]))
    table("decoy kind", Counter(d["kind"] for r in records for d in r["decoys"]))
    lines.append("")
    lines.append("sha256: " + hashlib.sha256(dump(records).encode("utf-8")).hexdigest())
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="rebuild and compare with corpus.jsonl"
    )
    parser.add_argument("--stats", action="store_true", help="print the counts")
    args = parser.parse_args()
    records = build()
    text = dump(records)
    if args.stats:
        print(stats(records))
        return 0
    if args.check:
        if OUT.read_text(encoding="utf-8") == text:
            print("corpus.jsonl reproduced")
            return 0
        print("corpus.jsonl differs from the generator's output")
        return 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(records)} documents to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
