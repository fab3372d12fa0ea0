"""Generate held-out scrub corpus L: everything free text an evaluator receives over a study.

The study evaluates a wellbeing programme for Ministry of Defence staff and their families;
the corpus is a random sample of its free-text intake in roughly the proportions it arrives:
survey answers, interview and focus-group excerpts, e-mail threads, welfare/HR/occupational
health letters and forms, chat and text messages, and odd items (an OCR'd letter, a
handwritten form typed up, a voicemail transcript). Every label is recorded as its text is
appended, so offsets are exact by construction.

    python generate.py            # writes ../corpus.jsonl
    python generate.py --check    # rebuilds in memory, compares byte for byte
    python generate.py --stats    # counts for SOURCE.md

Python 3.11 standard library only; seeded, so the output is the same on every run.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import random
import re
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pools as P

SEED = 20261222
OUT = Path(__file__).resolve().parent.parent / "corpus.jsonl"
STYLES = [
    ("survey", 210),
    ("transcript", 150),
    ("email", 90),
    ("letter", 60),
    ("chat", 60),
    ("other", 30),
]
MOST_MENTIONS = 6
WORDS = (3, 600)
TODAY = date(2027, 3, 1)
NAME_ONLY_FORMS = {
    "full",
    "first",
    "sur",
    "dim",
    "nick",
    "surfirst",
    "caps",
    "firstinit",
    "typo",
    "broken",
}
SURNAME_FORMS = {"full", "sur", "rank", "title", "init", "surfirst", "caps", "broken"}

NUM_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = [
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
ORD = [
    "",
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


def write_date(day: date, layout: str) -> str:
    """strftime with ``%-d`` (the day without a leading zero) on every platform."""
    return day.strftime(layout.replace("%-d", str(day.day)))


def number_words(n: int) -> str:
    if n < 10:
        return NUM_WORDS[n]
    if n < 20:
        return TEENS[n - 10]
    tens, unit = divmod(n, 10)
    return TENS[tens] + ("-" + NUM_WORDS[unit] if unit else "")


def digits_spoken(rng: random.Random, digits: str) -> str:
    """Digits as said aloud: 'oh' for zero, 'double seven' now and then."""
    out, i = [], 0
    while i < len(digits):
        d = digits[i]
        word = "oh" if d == "0" and rng.random() < 0.7 else NUM_WORDS[int(d)]
        if i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.6:
            out.append("double " + word)
            i += 2
        else:
            out.append(word)
            i += 1
    return " ".join(out)


WORD_NAMES = {w.lower() for group in P.ORIGINS["wordnames"] for w in group}
NAME_LIKE_WORD = re.compile(r"(?<![\w'])(?:" + "|".join(sorted(WORD_NAMES)) + r")(?![\w'])", re.I)


PLAIN_LETTERS = str.maketrans("áéíóúłśńóżźąęćő", "aeiouls" + "nozzaeco")


class Person:
    """One person of one document: names, rank and the values drawn once for them."""

    def __init__(
        self,
        rng: random.Random,
        role: str,
        taken: set[str],
        serving: bool,
        service: str | None,
        band: int,
        age: tuple[int, int],
    ):
        while True:
            origin = rng.choices(list(P.ORIGIN_WEIGHTS), list(P.ORIGIN_WEIGHTS.values()))[0]
            men, women, surnames = P.ORIGINS[origin]
            self.female = rng.random() < 0.45
            self.first = rng.choice(women if self.female else men)
            sur = rng.choice(surnames)
            self.sur = sur[1 if self.female else 0] if isinstance(sur, tuple) else sur
            self.dim = rng.choice(P.DIMINUTIVES.get(self.first, [None]))
            bound = P.BOUND_NICKNAMES.get(self.sur)
            loose = P.LOOSE_NICKNAMES.get(origin) if not self.female else None
            self.nick = bound or (loose if rng.random() < 0.5 else None)
            self.nick_bound = bool(bound)
            words = {
                w.lower()
                for part in (self.first, self.sur, self.dim or "", self.nick or "")
                for w in re.findall(r"[^\W\d_][\w'-]*", part)
            }
            words |= {w.lower() for w in re.split(r"[-' ]", self.sur + " " + self.first) if w}
            initials = (self.first[0] + self.sur.split()[-1][0]).lower()
            if not words & taken and initials not in taken:
                taken |= words | {initials}
                break
        self.role, self.origin = role, origin
        if role == "mate" and not self.nick:
            spare = [n for n in P.SPARE_NICKNAMES if n.lower() not in taken]
            self.nick = rng.choice(spare)
            taken.add(self.nick.lower())
        self.serving = serving
        self.service = service if serving else None
        self.rank = rng.choice(P.RANKS[service][band]) if serving and service else None
        if self.rank and self.rank[0] == "Rfn" and origin != "nepali":
            self.rank = ("LCpl", "Lance Corporal")
        self.title = rng.choice(["Mrs", "Ms", "Miss"]) if self.female else "Mr"
        self.age = rng.randint(*age)
        born = TODAY - timedelta(days=365 * self.age + rng.randint(1, 360))
        self.dob = born
        self.mobile = (
            "07700 900" + f"{rng.randint(0, 999):03d}"
            if rng.random() < 0.5
            else f"07{rng.choice('4579')}{rng.randint(10, 99)} {rng.randint(100000, 999999)}"
        )
        area = rng.choice(["1980", "1264", "1752", "23 92", "1206", "1748", "1291", "1993", "1343"])
        self.landline = f"0{area} {rng.randint(100000, 999999)}"
        self.mil = f"9{rng.randint(4000, 4999)} {rng.randint(1000, 9999)}"
        sv = self.service or "civil"
        self.base, self.base_form = rng.choice(P.BASES[sv])
        self.unit, self.unit_form = rng.choice(P.UNITS[sv])
        self.town = rng.choice(P.TOWNS)
        self.ptown = rng.choice(P.UK_TOWNS)
        self.street = f"{rng.randint(1, 120)} {rng.choice(P.STREETS)}"
        if rng.random() < 0.2:
            self.street = f"Flat {rng.randint(1, 12)}, {self.street}"
        letters = "ABDEFGHJLNPQRSTUWXYZ"
        outward = rng.choice(P.POSTCODE_AREAS)
        self.postcode = f"{outward} {rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"
        self.svcno = (
            rng.choice(["25", "30", "24"]) + f"{rng.randint(0, 999999):06d}"
            if sv != "Royal Navy"
            else f"D{rng.randint(100000, 999999)}{rng.choice('ABCDEFGHJK')}"
        )
        ni_first = "ABCEGHJKLMNOPRSTWXYZ"
        self.ni = (
            rng.choice("ABCEGHJKLMNPRSTWXY")
            + rng.choice(ni_first)
            + " "
            + " ".join(f"{rng.randint(0, 99):02d}" for _ in range(3))
            + " "
            + rng.choice("ABCD")
        )
        user = rng.choice(
            [
                f"{self.first}.{self.sur}",
                f"{self.first[0]}{self.sur}",
                f"{self.first}{self.sur}{rng.randint(1, 99)}",
                f"{(self.dim or self.first)}_{self.sur}",
                f"{self.sur}.{self.first}",
            ]
        )
        user = re.sub(r"[^\w.]", "", user.replace(" ", "")).lower()
        user = user.translate(PLAIN_LETTERS)
        if self.serving or (sv == "civil" and rng.random() < 0.8):
            dotted = f"{self.first}.{self.sur}{rng.randint(100, 999) if rng.random() < 0.7 else ''}"
            dotted = re.sub(r"[^\w.-]", "", dotted.replace(" ", "")).translate(PLAIN_LETTERS)
            self.work_email = f"{dotted}@mod.gov.uk"
        else:
            self.work_email = None
        self.email = f"{user}@{rng.choice(P.MAIL_DOMAINS)}"
        self.mentions = 0
        self.named_sur = False
        self.entity: str | None = None


class Doc:
    """A document as a list of pieces; spans and decoys are recorded as they are appended."""

    def __init__(self, rng: random.Random, style: str, lower: bool = False):
        self.rng, self.style, self.lower = rng, style, lower
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict] = []
        self.decoys: list[dict] = []
        self.people: list[Person] = []
        self.cast: dict[str, Person] = {}
        self.taken: set[str] = set()
        self.quote = ""  # a prefix written after every line break (quoted e-mail)
        self.ocr = False
        self.casual = 0.0  # the share of person mentions written in lower case
        self.labels: dict[str, tuple[str, str]] = {}
        self.pid = ""  # the participant's id (P07), once written
        self.spoken = 0.0  # the share of numbers, e-mails and postcodes written as said

    # writing
    def _put(self, text: str) -> tuple[int, int]:
        if self.lower:
            text = text.lower()
        if self.quote:
            text = text.replace("\n", "\n" + self.quote)
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def t(self, text: str) -> None:
        """Plain text; an ordinary word that is a name elsewhere is marked a `word` decoy."""
        if self.ocr:
            text = ocr_noise(self.rng, text)
        pos = 0
        for m in NAME_LIKE_WORD.finditer(text):
            if m.start() > pos:
                self._put(text[pos : m.start()])
            self.d(m.group(), "word")
            pos = m.end()
        if pos < len(text):
            self._put(text[pos:])

    def s(self, text: str, kind: str, form: str, entity: str | None = None) -> None:
        start, end = self._put(text)
        span = {"type": kind, "start": start, "end": end, "form": form}
        if entity:
            span["entity"] = entity
        self.spans.append(span)

    def d(self, text: str, kind: str) -> None:
        start, end = self._put(text)
        self.decoys.append({"start": start, "end": end, "kind": kind})

    def text(self) -> str:
        return "".join(self.parts)

    # people
    def person(self, role: str) -> Person:
        if role not in self.cast:
            self.cast[role] = make_person(self.rng, role, self.taken, self.style)
        return self.cast[role]

    def mention(self, role: str, form: str, label: bool = False) -> None:
        """One mention of the person playing ``role``; a ``label`` (a chat tool's display name)
        is written the same way every time."""
        rng, p = self.rng, self.person(role)
        if label and role in self.labels:
            text, written = self.labels[role]
            p.mentions += 1
            self.s(text, "PERSON", written, p.entity)
            return
        if form == "any":
            form = pick_form(rng, p, self.style)
        if p.mentions >= MOST_MENTIONS:
            self.t(rng.choice(["them", "that one", "the same person"]))
            return
        if form == "typo" and not p.named_sur:
            form = "sur"
        if form == "dim" and not p.dim:
            form = "first"
        if form == "nick" and not p.nick:
            form = "first"
        if form == "rank" and not p.rank:
            form = "title"
        text, written = render_name(rng, p, form)
        if self.casual and rng.random() < self.casual and not label:
            text = text.lower()
        if label:
            self.labels[role] = (text, written)
        if self.ocr and rng.random() < 0.3 and form in ("full", "caps", "surfirst", "sur"):
            text = ocr_noise(rng, text, 0.5)
        if p.entity is None:
            self.people.append(p)
            p.entity = f"p{len(self.people)}"
        p.mentions += 1
        if written in SURNAME_FORMS:
            p.named_sur = True
        self.s(text, "PERSON", written, p.entity)

    def value(self, role: str, field: str, spoken: bool | None = None) -> None:
        rng, p = self.rng, self.person(role)
        spoken = rng.random() < self.spoken if spoken is None else spoken
        if field == "age":
            in_words = spoken or rng.random() < 0.15
            self.s(
                number_words(p.age) if in_words else str(p.age),
                "AGE",
                "words" if in_words else "digits",
            )
        elif field == "dob":
            dob = p.dob
            if spoken:
                yr, month = dob.year, P.MONTHS[dob.month - 1]
                yw = (
                    f"nineteen {number_words(yr % 100)}"
                    if yr < 2000
                    else f"two thousand and {number_words(yr % 100)}"
                )
                self.s(
                    rng.choice(
                        [
                            f"the {ORD[dob.day]} of {month} {yw}",
                            f"{ORD[dob.day]} {month.lower()} {number_words(yr % 100)}",
                        ]
                    ),
                    "DATE_OF_BIRTH",
                    "words",
                )
            else:
                layout = rng.choice(
                    [
                        "%d/%m/%Y",
                        "%d.%m.%y",
                        "%d %b %Y",
                        "%d/%m/%y",
                        "%d-%m-%Y",
                        "%-d %B %Y",
                        "%Y-%m-%d",
                    ]
                )
                self.s(write_date(dob, layout), "DATE_OF_BIRTH", "digits")
        elif field in ("mob", "land", "mil"):
            raw = {"mob": p.mobile, "land": p.landline, "mil": p.mil}[field]
            if spoken:
                said = digits_spoken(rng, raw.replace(" ", ""))
                if field == "mob" and rng.random() < 0.25:
                    said = "plus four four " + digits_spoken(rng, raw.replace(" ", "")[1:])
                self.s(said, "PHONE", "words")
            else:
                digits = raw.replace(" ", "")
                if field == "mob":
                    raw = rng.choice(
                        [
                            raw,
                            digits,
                            "+44 " + digits[1:5] + " " + digits[5:],
                            "+44 (0)" + digits[1:5] + " " + digits[5:],
                            "+44" + digits[1:],
                            digits[:5] + "-" + digits[5:],
                            digits[:5] + " " + digits[5:8] + " " + digits[8:],
                        ]
                    )
                self.s(raw, "PHONE", "digits")
        elif field == "email":
            addr = p.work_email if p.work_email and rng.random() < 0.6 else p.email
            if spoken:
                said = addr.replace(".", " dot ").replace("@", " at ").replace("_", " underscore ")
                self.s(" ".join(said.split()), "EMAIL", "words")
            else:
                self.s(addr, "EMAIL", "plain")
        elif field == "addr":
            self.s(p.street, "ADDRESS", "street")
        elif field == "pc":
            pc = p.postcode
            pc = rng.choice([pc, pc, pc.replace(" ", ""), pc.lower()])
            if spoken:
                self.s(
                    " ".join(
                        ch.lower() if ch.isalpha() else NUM_WORDS[int(ch)]
                        for ch in p.postcode.replace(" ", "")
                    ),
                    "POSTCODE",
                    "words",
                )
            else:
                self.s(pc, "POSTCODE", "plain")
        elif field in ("town", "ptown"):
            self.s(getattr(p, field), "LOCATION", "town")
        elif field == "svc":
            if spoken:
                self.s(
                    digits_spoken(rng, p.svcno)
                    if p.svcno.isdigit()
                    else " ".join(NUM_WORDS[int(c)] if c.isdigit() else c.lower() for c in p.svcno),
                    "SERVICE_NUMBER",
                    "words",
                )
            else:
                self.s(p.svcno, "SERVICE_NUMBER", "digits")
        elif field == "ni":
            ni = p.ni if rng.random() < 0.6 else p.ni.replace(" ", "")
            self.s(ni.lower() if rng.random() < 0.15 else ni, "NI_NUMBER", "digits")
        elif field == "base":
            self.s(p.base, "BASE", p.base_form)
        elif field == "unit":
            self.s(p.unit, "UNIT", p.unit_form)
        else:
            raise ValueError(field)


def make_person(rng: random.Random, role: str, taken: set[str], style: str) -> Person:
    young = role in ("kid", "kid2", "baby")
    if young:
        return Person(rng, role, taken, False, None, 0, (1, 15))
    civil_roles = (
        "partner",
        "mum",
        "dad",
        "researcher",
        "doc",
        "nurse",
        "hr",
        "teacher",
        "neighbour",
        "caseworker",
        "gp",
        "friend",
    )
    serving = role not in civil_roles and rng.random() < 0.85
    if role in ("partner", "friend") and rng.random() < 0.3:
        serving = True
    if role == "doc" and rng.random() < 0.4:
        serving = True
    service = rng.choices(["Army", "Royal Navy", "Royal Marines", "RAF"], [50, 20, 10, 20])[0]
    band = {
        "boss": rng.choice([2, 3]),
        "co": 3,
        "welfare": rng.choice([1, 2]),
        "mate": rng.choice([0, 1]),
        "me": rng.choice([0, 1, 1, 2]),
        "cover": rng.choice([1, 2]),
        "doc": 2,
    }.get(role, rng.choice([0, 1, 2]))
    ages = {
        "mum": (48, 75),
        "dad": (50, 78),
        "me": (19, 52),
        "partner": (20, 50),
        "boss": (28, 50),
        "co": (38, 50),
        "mate": (19, 40),
    }.get(role, (22, 58))
    return Person(rng, role, taken, serving, service, band, ages)


FORMS_BY_ROLE = {
    "kid": ["first", "first", "dim"],
    "kid2": ["first", "dim"],
    "baby": ["first"],
    "partner": ["first", "first", "dim", "full", "sur", "rank", "typo"],
    "mate": ["first", "dim", "nick", "sur", "full", "rank", "typo", "firstinit"],
    "boss": ["rank", "rank", "sur", "full", "title", "init", "typo", "surfirst"],
    "co": ["rank", "title", "init", "full"],
    "welfare": ["rank", "full", "first", "title", "init", "typo", "firstinit"],
    "doc": ["title", "title", "full", "sur", "init"],
}


def pick_form(rng: random.Random, p: Person, style: str) -> str:
    forms = FORMS_BY_ROLE.get(
        p.role,
        ["full", "first", "sur", "title", "rank", "init", "dim", "typo", "firstinit", "caps"],
    )
    form = rng.choice(forms)
    if form == "rank" and not p.rank:
        form = "title"
    return form


def misspell(rng: random.Random, word: str) -> str:
    letters = [i for i, c in enumerate(word) if c.isalpha() and i > 0]
    i = rng.choice(letters) if letters else 1
    how = rng.choice(["double", "drop", "swap", "vowel"])
    if how == "double":
        return word[: i + 1] + word[i] + word[i + 1 :]
    if how == "drop" and len(word) > 4:
        return word[:i] + word[i + 1 :]
    if how == "swap" and i + 1 < len(word) and word[i + 1].isalpha():
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    vowels = "aeiou"
    spots = [j for j, c in enumerate(word) if c in vowels and j > 0]
    if spots:
        j = rng.choice(spots)
        return word[:j] + rng.choice([v for v in vowels if v != word[j]]) + word[j + 1 :]
    return word + word[-1]


def render_name(rng: random.Random, p: Person, form: str) -> tuple[str, str]:
    """The text of one mention in ``form``, and the form it is labelled with."""
    first, sur = p.first, p.sur
    if form == "full":
        return f"{first} {sur}", "full"
    if form == "first":
        return first, "first"
    if form == "sur":
        return sur, "sur"
    if form == "dim":
        return p.dim, "dim"
    if form == "nick":
        if p.nick_bound and rng.random() < 0.5:
            return f"{p.nick} {sur}", "nick"
        return p.nick, "nick"
    if form == "rank":
        abbrev, spelt = p.rank
        rank = abbrev if rng.random() < 0.7 else spelt
        return f"{rank} {rng.choice([sur, sur, first + ' ' + sur, first[0] + ' ' + sur])}", "rank"
    if form == "title":
        title = "Dr" if p.role in ("doc", "gp") else p.title
        return f"{title} {rng.choice([sur, sur, first + ' ' + sur])}", "title"
    if form == "init":
        return f"{first[0]}{rng.choice(['. ', ' ', '.'])}{sur}", "init"
    if form == "surfirst":
        return f"{rng.choice([sur, sur.upper()])}, {first}", "surfirst"
    if form == "caps":
        return f"{first} {sur}".upper(), "caps"
    if form == "firstinit":
        return f"{first} {sur[0].upper()}{rng.choice(['.', ''])}", "firstinit"
    if form == "typo":
        wrong = misspell(rng, sur)
        return (wrong if rng.random() < 0.6 else f"{first} {wrong}"), "typo"
    if form == "broken":
        return f"{first}\n{sur}", "broken"
    raise ValueError(form)


OCR_SWAPS = [("rn", "m"), ("l", "1"), ("O", "0"), ("e", "c"), ("h", "b"), ("i", "l"), ("S", "5")]


def ocr_noise(rng: random.Random, text: str, rate: float = 0.08) -> str:
    out = text
    for old, new in OCR_SWAPS:
        if old in out and rng.random() < rate:
            k = out.find(old, rng.randrange(len(out)))
            if k >= 0:
                out = out[:k] + new + out[k + len(old) :]
    return out


# ---------------------------------------------------------------------------------------------
# Templates: {P:role:form} a person, {V:role:field} a value, {D:kind:text} a decoy,
# {R:what} a random decoy or place drawn from the pools.

TOKEN = re.compile(r"\{([PVDRU]):([^}]*)\}")


def fill(doc: Doc, template: str) -> None:
    pos = 0
    for m in TOKEN.finditer(template):
        if m.start() > pos:
            doc.t(template[pos : m.start()])
        kind, arg = m.group(1), m.group(2)
        if kind == "P":
            role, form = arg.split(":")
            doc.mention(role, form)
        elif kind == "V":
            role, field = arg.split(":")
            doc.value(role, field)
        elif kind == "D":
            dk, text = arg.split(":", 1)
            doc.d(text, dk)
        elif kind == "U":
            doc.s(doc.rng.choice(P.SUBUNITS), "UNIT", "subunit")
        else:
            random_piece(doc, arg)
        pos = m.end()
    if pos < len(template):
        doc.t(template[pos:])


def fieldwork_date(rng: random.Random) -> date:
    return date(2027, 1, 11) + timedelta(days=rng.randint(0, 300))


def random_piece(doc: Doc, what: str) -> None:
    rng = doc.rng
    if what == "date":
        day = fieldwork_date(rng)
        doc.d(
            write_date(day, rng.choice(["%d/%m/%Y", "%-d %B", "%-d %b %Y", "%d/%m", "%-d %B %Y"])),
            "date",
        )
    elif what == "month":
        doc.d(rng.choice(P.MONTHS[:4] + P.MONTHS[5:]), "date")
    elif what == "time":
        doc.d(
            rng.choice(["09:30", "14:00", "1630", "7am", "10.15", "half eight", "11:45", "0800"]),
            "time",
        )
    elif what == "weekday":
        doc.d(rng.choice(P.WEEKDAYS), "weekday")
    elif what == "year":
        doc.d(str(rng.randint(2008, 2026)), "year")
    elif what == "count":
        doc.d(
            rng.choice(
                [
                    "six months",
                    "3 tours",
                    "two weeks",
                    "18 months",
                    "nine years",
                    "4 moves",
                    "a fortnight",
                    "5 postings",
                    "three kids",
                    "12 weeks",
                    "two days",
                ]
            ),
            "count",
        )
    elif what == "money":
        doc.d(rng.choice(["£250", "£1,200", "£40 a month", "£3k", "£600", "£85"]), "money")
    elif what == "product":
        doc.d(rng.choice(P.PRODUCTS), "product")
    elif what == "role":
        doc.d(rng.choice(P.ROLE_WORDS), "rank")
    elif what == "team":
        doc.d(rng.choice(P.TEAMS), "team")
    elif what == "place":
        doc.d(rng.choice(P.PLACE_WORDS), "place_word")
    elif what == "ageband":
        doc.d(rng.choice(P.AGE_BANDS), "age_band")
    elif what == "service":
        doc.d(
            rng.choice(["Army", "RAF", "Royal Navy", "Royal Marines", "the Navy", "the Corps"]),
            "service",
        )
    elif what == "pid":
        doc.pid = doc.pid or f"P{rng.randint(1, 60):02d}"
        doc.d(doc.pid, "role")
    elif what == "town":
        doc.s(rng.choice(P.TOWNS), "LOCATION", "town")
    elif what == "base":
        svc = rng.choice(list(P.BASES))
        name, form = rng.choice(P.BASES[svc])
        doc.s(name, "BASE", form)
    elif what == "unit":
        svc = rng.choice(list(P.UNITS))
        name, form = rng.choice(P.UNITS[svc])
        doc.s(name, "UNIT", form)
    elif what == "grade":
        doc.d(rng.choice(["EO", "HEO", "SEO", "G7", "Band C", "AO"]), "rank")
    elif what == "programme":
        doc.d(rng.choice([P.PROGRAMME, P.PROGRAMME, "Thrive", "TT"]), "product")
    elif what == "fileref":
        doc.d(f"{rng.choice(['TT-EVAL', 'WB', 'OH', 'AWS'])}-{rng.randint(100, 999)}", "file")
    else:
        raise ValueError(what)


# Ordinary words that are names elsewhere, each marked a `word` decoy where written.
WORD_SENTENCES = [
    "To be {D:word:frank} it was a joke.",
    "I {D:word:hope} someone reads this.",
    "It {D:word:will} get better I suppose.",
    "Mark my words, people will leave.",
    "The {D:word:grace} period for moving out was a week.",
    "We got a {D:word:grant} in the end.",
    "Not much {D:word:joy} from the housing lot.",
    "It was a {D:word:long} wait.",
    "Getting up at {D:word:dawn} every day does you in.",
    "I'm {D:word:young} enough to cope.",
    "Kept the faith, mostly.",
    "It {D:word:may} be different for others.",
    "The {D:word:bill} for the move came to us.",
    "She {D:word:drew} the short straw.",
    "We had to {D:word:jack} it in.",
    "Mould on every wall, {D:word:black} with it.",
    "The {D:word:best} bit was the kids' club.",
    "Went up the {D:word:hill} every morning.",
]
# "Mark my words" and "Kept the faith" are written with their decoys below.
WORD_SENTENCES[3] = "{D:word:Mark} my words, people will leave."
WORD_SENTENCES[10] = "Kept the {D:word:faith}, mostly."


def say_words(doc: Doc) -> None:
    fill(doc, doc.rng.choice(WORD_SENTENCES))


# ---------------------------------------------------------------------------------------------
# Survey answers (every register)

SURVEY_SENTENCES = [
    "My husband {P:partner:first} is with {V:partner:unit} and we moved from {R:base} to "
    "{V:partner:base} with {R:count} notice.",
    "The programme was good but {R:role} didn't release anyone to go.",
    "I'm {V:me:age} and I've done {R:count}, this is the first time anyone asked.",
    "{R:role} at {V:me:base} was brilliant, {P:welfare:any} sorted our quarter out in a week.",
    "Our quarter at {V:me:addr} has had black mould since {R:month}.",
    "The kids ({P:kid:first} is {V:kid:age}, {P:kid2:first} is {V:kid2:age}) had to change "
    "school again.",
    "{P:mate:any} from my troop told me about it, otherwise I'd never have known.",
    "My {D:rank:OC} {P:boss:rank} was supportive but {D:rank:the RSM} wasn't.",
    "Sessions on a {R:weekday} at {R:time} are impossible for shift workers.",
    "I work at {R:base} as an {R:grade} and nobody in my team had heard of it.",
    "We're in {V:me:town} now, miles from family.",
    "{R:product} were more use than the unit to be honest.",
    "I would like someone to call me back on {V:me:mob}.",
    "Happy to be contacted at {V:me:email} about the follow-up interview.",
    "Spoke to {R:role} on {R:date} and still waiting.",
    "Age {V:me:age}, {R:service}, {R:count} in.",
    "When {P:partner:first} was on {V:partner:unit} for {R:count} I had nobody.",
    "My line manager {P:boss:title} in {R:unit} pushed me to do the course.",
    "{R:role} kept saying it was on {R:product} but I don't use it.",
    "Felt {R:ageband} was too old for the fitness side of it.",
    "There was a session at {R:place} but it clashed with work.",
    "{D:rank:The OC} of {U:} said we could go, then cancelled it.",
    "I'd recommend it, especially the bit {P:doc:any} ran on sleep.",
    "Please pass on my thanks to {P:welfare:any}.",
    "{P:welfare:full} (or is it {P:welfare:typo}, never sure how it's spelt) is the only one "
    "who rings back.",
    "Ask {P:mate:nick}, that's who put my name down.",
    "It cost us {R:money} out of pocket and {R:product} paid back some of it.",
    "My NI number is {V:me:ni} if you need it for the voucher.",
    "Write to me at {V:me:addr}, {V:me:ptown}, {V:me:pc}.",
    "{P:mate:any} and me did it together which helped.",
    "Used {R:product} once, didn't help.",
    "My service number is {V:me:svc} if you want to check it on {D:product:JPA}.",
    "I was born {V:me:dob} so I'm not exactly new to this.",
    "We're in the quarter at {V:me:addr} ({V:me:pc}) and the heating has been off since {R:date}.",
    "When {P:partner:first} deployed with {V:partner:unit} I did {R:programme} on my own.",
    "{P:kid:first} ({V:kid:age}) still asks why we had to leave {V:me:town}.",
    "Honestly the {D:rank:Chief}, {P:boss:sur}, did more for me than any programme.",
    "Text me on {V:me:mob} or ring the house, {V:me:land}.",
    "{P:mate:first} {P:mate:sur} and {P:friend:full} from {R:unit} would say the same.",
    "Sorry if this is rambling, it's {R:time} and I'm on nights at {V:me:base}.",
]
SURVEY_OPEN = [
    "",
    "",
    "",
    "",
    "Q14. ",
    "Other (please specify): ",
    "Any other comments? ",
    "Comments: ",
]
SURVEY_SHORT = [
    "{P:welfare:any} was great",
    "no",
    "n/a",
    "See my email to {P:researcher:first}.",
    "ask {P:boss:rank}",
    "{R:product}",
    "too far from {V:me:base}",
    "{P:partner:first} did it not me",
    "More for families at {V:me:base} please",
    "call me {V:me:mob}",
    "can't think of anything, {R:count} in and still no help",
]


def survey(doc: Doc) -> None:
    rng = doc.rng
    register = rng.choice(
        ["short", "short", "medium", "medium", "long", "lower", "formal", "family"]
    )
    if rng.random() < 0.25:
        random_piece(doc, "pid")
        doc.t(rng.choice([" | ", ": ", " - "]))
    opener = rng.choice(SURVEY_OPEN)
    if opener:
        doc.d(opener.strip(), "header")
        doc.t(" ")
    if register == "lower":
        doc.lower = True
        doc.casual = 1.0
    elif register in ("medium", "family"):
        doc.casual = 0.15
    if register == "short":
        fill(doc, rng.choice(SURVEY_SHORT))
        return
    n = {"medium": 2, "long": 5, "lower": 3, "formal": 3, "family": 4}[register]
    if register == "formal":
        fill(doc, "I am writing as {P:me:rank}, {V:me:unit}, based at {V:me:base}. ")
    if register == "family":
        fill(
            doc,
            rng.choice(
                [
                    "I'm answering as a spouse. ",
                    "im the wife of {P:partner:rank}. ",
                    "Answering for my son {P:partner:first} who is {V:partner:age}. ",
                ]
            ),
        )
    for sentence in rng.sample(SURVEY_SENTENCES, n):
        fill(doc, sentence)
        doc.t(rng.choice([" ", " ", "  ", "\n"]))
    if rng.random() < 0.4:
        say_words(doc)


# ---------------------------------------------------------------------------------------------
# Interview and focus-group excerpts

QA = [
    (
        "Can you say your name and date of birth for the recording?",
        "Yeah, it's {P:me:full}, {V:me:dob}.",
    ),
    (
        "How old were you when you joined?",
        "I was {V:me:age}. Joined at {R:base}, then {V:me:unit}.",
    ),
    (
        "Who did you go to first?",
        "Honestly {P:mate:any}. Then {P:welfare:any} at {V:welfare:base}.",
    ),
    (
        "And your family?",
        "My wife {P:partner:first}, she's {V:partner:age}, and {P:kid:first} who's {V:kid:age}.",
    ),
    (
        "What was the move like?",
        "We moved into {V:me:addr}, {V:me:pc}, on {R:date}, and the boxes didn't come for "
        "{R:count}.",
    ),
    ("Can I take a number for the follow-up?", "Yeah it's {V:me:mob}."),
    ("And an email?", "{V:me:email}."),
    ("Did the chain of command help?", "{P:boss:rank} was alright. {R:role} not so much."),
    (
        "What about the sessions themselves?",
        "Good. {P:doc:any} ran the sleep one, that was the best.",
    ),
    ("Where's home for you?", "{V:me:town}. Mum's still there, {P:mum:first}, she's {V:mum:age}."),
    (
        "Anything you'd change?",
        "Do it on a {R:weekday}, not at {R:time} when everyone's on parade.",
    ),
    ("And your service number, just for the consent log?", "{V:me:svc}."),
    (
        "Who was your welfare officer?",
        "{P:welfare:rank}. Sorry, {P:welfare:typo}, I always get it wrong.",
    ),
    (
        "Did anyone push you to go?",
        "{P:mate:nick}. That's what everyone calls them. Proper name's {P:mate:full}.",
    ),
    ("Did it cost you anything?", "About {R:money} in petrol, going to {R:base} and back."),
    (
        "Who else was on the course?",
        "{P:mate:any}, {P:friend:any} from {R:unit}, and a couple from {R:base}.",
    ),
]
FOCUS_LINES = [
    "Same as {P:v1:first} said really.",
    "Sorry, go on {P:v2:dim}.",
    "{D:tag:[crosstalk]}",
    "Yeah.",
    "{P:v3:first}'s right. At {R:base} nobody even told us it was on.",
    "No, that was {P:v1:first}, not me. {D:tag:[laughs]}",
    "{D:tag:[crosstalk]} -- sorry {P:v4:first}, you go.",
    "Our {D:rank:UWO} is {P:welfare:any}, and to be fair it went on the noticeboard.",
    "My daughter {P:kid:first}, she's {V:kid:age}, came to the family day at {R:place}.",
    "At {R:base} it was different, {P:boss:rank} made everyone go.",
    "I went with {P:mate:any} from {R:unit}.",
    "{P:welfare:any} is the only one who answers the phone.",
    "My missus {P:partner:first} did the online one.",
    "{D:tag:[laughter]}",
    "We had {R:count} between postings and nothing from {R:team}.",
]


def transcript(doc: Doc) -> None:
    rng = doc.rng
    kind = rng.choice(["vendor", "vendor", "caption", "focus"])
    if kind == "vendor" and rng.random() < 0.6:
        doc.d("Interview ID:", "header")
        doc.t(" ")
        random_piece(doc, "fileref")
        doc.t("   ")
        doc.d("Participant:", "header")
        doc.t(" ")
        random_piece(doc, "pid")
        doc.t("   ")
        doc.d("Date:", "header")
        doc.t(" ")
        random_piece(doc, "date")
        doc.t("\n\n")
    doc.spoken = {"caption": 0.6, "vendor": 0.25, "focus": 0.2}[kind]
    if kind == "caption":
        doc.lower = rng.random() < 0.7
        doc.casual = 1.0
        secs = rng.randint(10, 2000)
        for q, a in rng.sample(QA, rng.randint(3, 5)):
            for who, line in (("Speaker 1", q), ("Speaker 2", a)):
                doc.d(f"{secs // 60:02d}:{secs % 60:02d}", "timestamp")
                doc.t(" ")
                doc.d(who, "role")
                doc.t(": ")
                fill(doc, line.replace(",", "").replace(".", "").replace("?", ""))
                doc.t("\n")
                secs += rng.randint(3, 40)
        return
    if kind == "vendor":
        iv, pt = rng.choice(
            [
                ("INT", "P"),
                ("Interviewer", "Respondent"),
                ("I", "R"),
                ("INTERVIEWER", "PARTICIPANT"),
            ]
        )
        if pt == "P":
            pt = doc.pid or f"P{rng.randint(1, 60):02d}"
        stamp = rng.random() < 0.5
        secs = rng.randint(30, 2400)
        for q, a in rng.sample(QA, rng.randint(4, 6)):
            for who, line in ((iv, q), (pt, a)):
                secs += rng.randint(4, 90)
                if stamp:
                    doc.t("[")
                    doc.d(f"00:{secs // 60:02d}:{secs % 60:02d}", "timestamp")
                    doc.t("] ")
                doc.d(who, "role")
                doc.t(":\t" if rng.random() < 0.3 else ": ")
                fill(doc, line)
                if who == pt and rng.random() < 0.3:
                    doc.t(" ")
                    doc.d(rng.choice(["[inaudible]", "[laughs]", "[pause]", "[crosstalk]"]), "tag")
                doc.t("\n\n")
        return
    # focus group: voices labelled by first name or P-number, moderator by role
    doc.d("Focus group", "header")
    doc.t(" ")
    doc.d(str(rng.randint(1, 9)), "file")
    doc.t(", ")
    random_piece(doc, "base")
    doc.t("\n\n")
    by_name = rng.random() < 0.5
    voices = ["v1", "v2", "v3", "v4"][: rng.randint(3, 4)]
    doc.d("MODERATOR", "role")
    doc.t(": Let's go round. What did you think of ")
    random_piece(doc, "programme")
    doc.t("?\n\n")
    lines = rng.sample(FOCUS_LINES, min(len(FOCUS_LINES), len(voices) + 2))
    for i, line in enumerate(lines):
        voice = voices[i % len(voices)]
        if by_name:
            p = doc.person(voice)
            if p.mentions < MOST_MENTIONS - 1:
                doc.mention(
                    voice,
                    rng.choice(["first", "first", "dim"]) if not rng.random() < 0.3 else "caps",
                )
            else:
                doc.d("Respondent", "role")
        else:
            doc.d(f"P{i % len(voices) + 1}", "role")
        doc.t(": ")
        fill(doc, line)
        doc.t("\n\n")


# ---------------------------------------------------------------------------------------------
# E-mail threads


def signature(doc: Doc, role: str) -> None:
    rng = doc.rng
    p = doc.person(role)
    fill(
        doc,
        rng.choice(["Kind regards", "Regards", "Cheers", "Thanks", "Best wishes", "Many thanks"]),
    )
    doc.t("\n\n")
    if rng.random() < 0.5:
        doc.mention(role, rng.choice(["first", "dim"]) if p.dim else "first")
        doc.t("\n\n")
    doc.mention(role, "rank" if p.rank else rng.choice(["full", "caps"]))
    if rng.random() < 0.2:
        doc.t(" " + rng.choice(P.POSTNOMINALS))
    doc.t("\n")
    doc.d(
        rng.choice(
            [
                "Unit Welfare Officer",
                "Research Fellow",
                "HR Business Partner",
                "Adjutant",
                "Occupational Health Advisor",
                "Families Officer",
                "SO2 People",
                "Evaluation Lead",
            ]
        ),
        "rank",
    )
    doc.t(" | ")
    doc.value(role, "unit")
    doc.t("\n")
    if rng.random() < 0.6:
        doc.value(role, "base")
        doc.t(", ")
        doc.value(role, "ptown")
        doc.t(", ")
        doc.value(role, "pc", spoken=False)
        doc.t("\n")
    if p.serving and rng.random() < 0.6:
        doc.d("Mil:", "header")
        doc.t(" ")
        doc.value(role, "mil", spoken=False)
        doc.t(" | ")
    doc.d(rng.choice(["Civ:", "Tel:", "T:"]), "header")
    doc.t(" ")
    doc.value(role, "land", spoken=False)
    if rng.random() < 0.6:
        doc.t(" | ")
        doc.d(rng.choice(["Mob:", "M:"]), "header")
        doc.t(" ")
        doc.value(role, "mob", spoken=False)
    doc.t("\n")
    doc.value(role, "email", spoken=False)
    doc.t("\n")


def mail_header(doc: Doc, sender: str, to: str, subject: str) -> None:
    rng = doc.rng
    for label, role in (("From:", sender), ("To:", to)):
        doc.d(label, "header")
        doc.t(" ")
        p = doc.person(role)
        if p.serving and rng.random() < 0.6:
            doc.mention(role, "surfirst")
            doc.t(" ")
            doc.d(p.rank[0], "rank")
            doc.t(" (")
            doc.value(role, "unit")
            doc.t(")")
        else:
            doc.mention(role, rng.choice(["full", "surfirst"]))
        if rng.random() < 0.5:
            doc.t(" <")
            doc.value(role, "email", spoken=False)
            doc.t(">")
        doc.t("\n")
    doc.d("Sent:", "header")
    doc.t(" ")
    random_piece(doc, "weekday")
    doc.t(" ")
    random_piece(doc, "date")
    doc.t(" ")
    random_piece(doc, "time")
    doc.t("\n")
    doc.d("Subject:", "header")
    fill(doc, " " + subject + "\n\n")


MAIL_BODIES = [
    "Hi {P:to:first},\n\nThanks for this. {P:subject:rank} has agreed to take part and is "
    "free on {R:weekday} at {R:time}. "
    "Best number for them is {V:subject:mob}.\n",
    "Dear {P:to:title},\n\nPlease find attached the consent form for {P:subject:full} "
    "({V:subject:unit}). "
    "They have asked that any post goes to {V:subject:addr}, {V:subject:ptown} {V:subject:pc}.\n",
    "Hi {P:to:first},\n\nJust to confirm I've spoken to {P:subject:full}. (Apologies, I had "
    "{P:subject:typo} on the list, "
    "please correct.) NI number for the voucher is {V:subject:ni}.\n",
    "{P:to:first} - quick one. Can you chase {D:rank:the OC} of {U:} about releasing people for "
    "{R:programme} on {R:date}? "
    "{P:subject:any} says nobody has been told.\n",
    "All,\n\nReminder that the {R:programme} session at {R:base} moves to {R:place} next "
    "{R:weekday}. "
    "Any issues speak to {P:subject:any}.\n",
    "Hi,\n\n{P:subject:full}, DOB {V:subject:dob}, service no {V:subject:svc}, has withdrawn "
    "from the study. "
    "Please delete their data and confirm to {V:subject:email}.\n",
    "Morning {P:to:dim},\n\nFamily member {P:subject:full} called the team on {R:date} upset "
    "about the quarter at "
    "{V:subject:addr}. I've passed it to {R:role}.\n",
]


def email(doc: Doc) -> None:
    rng = doc.rng
    if rng.random() < 0.15:
        doc.d("Automatic reply:", "header")
        doc.t(" ")
        doc.d(
            "RE: " + rng.choice(["Thrive Together interviews", "consent forms", "session dates"]),
            "header",
        )
        doc.t("\n\n")
        fill(
            doc,
            rng.choice(
                [
                    "I am out of the office until {R:date} with limited access to email. For "
                    "urgent welfare matters please contact "
                    "{P:cover:rank} on {V:cover:land} or {V:cover:email}.\n\n",
                    "I'm on leave, back {R:weekday}. If urgent call {R:team} or my deputy "
                    "{P:cover:full} ({V:cover:mob}).\n\n",
                ]
            ),
        )
        signature(doc, "from")
        return
    subject = rng.choice(
        [
            "RE: {D:product:Thrive Together} interviews",
            "FW: participant query",
            "RE: RE: room booking",
            "Consent form",
            "FW: Welfare referral - {D:system:OFFICIAL SENSITIVE}",
            "RE: {P:subject:rank} - withdrawal",
            "session dates",
        ]
    )
    mail_header(doc, "from", "to", subject)
    fill(doc, rng.choice(MAIL_BODIES).replace("{P:to:", "{P:to:"))
    doc.t("\n")
    signature(doc, "from")
    if rng.random() < 0.7:
        doc.t("\n")
        doc.d(
            rng.choice(
                [
                    "-----Original Message-----",
                    "________________________________",
                    "---------- Forwarded message ---------",
                ]
            ),
            "system",
        )
        doc.quote = "> " if rng.random() < 0.5 else ""
        doc.t("\n")
        mail_header(doc, "to", "from", subject.replace("RE: ", "", 1))
        body = rng.choice(MAIL_BODIES).replace("{P:to:", "{P:from:").replace("subject", "subject2")
        fill(doc, body)
        doc.t("\n")
        if rng.random() < 0.5:
            doc.mention("to", rng.choice(["first", "broken", "firstinit"]))
            doc.t("\n")
        doc.quote = ""


# ---------------------------------------------------------------------------------------------
# Welfare / HR / occupational-health letters and referral forms


def letter(doc: Doc) -> None:
    rng = doc.rng
    kind = rng.choice(["oh", "referral", "hr", "welfare"])
    if rng.random() < 0.5:
        doc.d("OFFICIAL-SENSITIVE", "system")
        doc.t("\n")
    if kind == "referral":
        doc.d("WELFARE REFERRAL FORM", "header")
        doc.t("\n")
        for label, fn in [
            (
                "Client name:",
                lambda: doc.mention("client", rng.choice(["surfirst", "caps", "full"])),
            ),
            ("Service No:", lambda: doc.value("client", "svc", False)),
            ("DOB:", lambda: doc.value("client", "dob", False)),
            ("Age:", lambda: doc.value("client", "age", False)),
            ("NI No:", lambda: doc.value("client", "ni")),
            ("Unit:", lambda: doc.value("client", "unit")),
            (
                "Address:",
                lambda: (
                    doc.value("client", "addr"),
                    doc.t(", "),
                    doc.value("client", "ptown"),
                    doc.t(", "),
                    doc.value("client", "pc", False),
                ),
            ),
            ("Mobile:", lambda: doc.value("client", "mob", False)),
            (
                "Referred by:",
                lambda: (doc.mention("welfare", "rank"), doc.t(", "), doc.d("UWO", "rank")),
            ),
            (
                "Next of kin:",
                lambda: (
                    doc.mention("partner", "full"),
                    doc.t(" (wife) "),
                    doc.value("partner", "mob", False),
                ),
            ),
        ]:
            doc.d(label, "header")
            doc.t(" ")
            fn()
            doc.t("\n")
        doc.d("Reason for referral:", "header")
        doc.t(" ")
        fill(
            doc,
            "Client is {V:client:age}, recently posted from {R:base}, struggling since "
            "{P:partner:first} moved back to "
            "{V:partner:town} with {P:kid:first}. Seen by {R:role} on {R:date}.\n",
        )
        doc.d("Status:", "header")
        doc.t(" ")
        doc.d(rng.choice(["Open", "Closed", "Awaiting allocation"]), "status")
        doc.t("\n")
        return
    random_piece(doc, "team")
    doc.t("\n")
    doc.value("from", "base")
    doc.t("\n")
    doc.value("from", "ptown")
    doc.t(" ")
    doc.value("from", "pc", False)
    doc.t("\n\n")
    doc.d("Our ref:", "header")
    doc.t(" ")
    random_piece(doc, "fileref")
    doc.t("\n")
    random_piece(doc, "date")
    doc.t("\n\n")
    doc.mention("client", rng.choice(["rank", "title", "caps"]))
    doc.t("\n")
    doc.value("client", "addr")
    doc.t("\n")
    doc.value("client", "ptown")
    doc.t("\n")
    doc.value("client", "pc", False)
    doc.t("\n\n")
    fill(
        doc,
        rng.choice(
            [
                "Dear {P:client:title},\n\n",
                "Dear {P:client:rank},\n\n",
                "Dear {P:client:first},\n\n",
            ]
        ),
    )
    body = {
        "oh": "Re: {P:client:full}, DOB {V:client:dob}, Service No {V:client:svc}\n\nI saw "
        "{P:client:sur} in clinic on {R:date}. "
        "{P:client:sur} is {V:client:age} and works in {V:client:unit}. I recommend "
        "{R:count} on restricted duties and review by "
        "{P:doc:any}. I have copied this to {P:boss:rank} with consent.\n\n",
        "hr": "Thank you for your application to {R:product}. Your line manager "
        "{P:boss:full} has confirmed your grade ({R:grade}). "
        "Please contact {P:hr:full} on {V:hr:land} if your details change.\n\n",
        "welfare": "Following our conversation on {R:weekday}, I have referred you and "
        "{P:partner:first} to {R:product}. "
        "{P:welfare:any} will visit you at home on {R:date} at {R:time}. Your reference is "
        "{R:fileref}.\n\n",
    }[kind]
    fill(doc, body)
    doc.d(rng.choice(["Yours sincerely", "Yours faithfully", "Yours"]), "signoff")
    doc.t(",\n\n")
    if rng.random() < 0.3:
        doc.mention("from", "broken")
    else:
        doc.mention("from", rng.choice(["full", "title", "init", "caps"]))
    if rng.random() < 0.4:
        doc.t(" " + rng.choice(P.POSTNOMINALS))
    doc.t("\n")
    doc.d(
        rng.choice(
            [
                "Occupational Health Physician",
                "Senior Welfare Officer",
                "HR Caseworker",
                "Community Mental Health Nurse",
            ]
        ),
        "rank",
    )
    doc.t("\n")
    doc.d("Tel:", "header")
    doc.t(" ")
    doc.value("from", "land", False)
    doc.t("\n")


# ---------------------------------------------------------------------------------------------
# Chat and text messages

CHAT_LINES = [
    "u coming to the {R:programme} thing {R:weekday}?",
    "cant, {P:boss:any} has us on duty",
    "lol",
    "{P:mate:any} said its actually decent",
    "whats the number for {P:welfare:any}",
    "{V:welfare:mob}",
    "ta",
    "is it at {R:base} or {R:place}",
    "{P:partner:first} says hi x",
    "running late, {R:time}",
    "did u fill the survey in",
    "yeh told them everything about the quarter lol",
    "👍",
    "ok",
    "{P:kid:first} is poorly again, not coming",
    "send me ur email for the form",
    "{V:sender:email}",
    "hows {P:mate:dim} doing since he left",
    "{P:mate:nick} owes me {R:money} lol",
    "its {P:welfare:sur} not {P:welfare:typo} btw",
    "on the {V:sender:unit} group chat now",
]


def chat(doc: Doc) -> None:
    rng = doc.rng
    doc.casual = 0.5
    layout = rng.choice(["whatsapp", "sms", "teams"])
    day = fieldwork_date(rng)
    senders = ["sender", "friend"]
    for i, line in enumerate(rng.sample(CHAT_LINES, rng.randint(4, 8))):
        who = senders[i % 2]
        if layout == "whatsapp":
            doc.t("[")
            doc.d(day.strftime("%d/%m/%Y"), "date")
            doc.t(", ")
            doc.d(f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}", "time")
            doc.t("] ")
            p = doc.person(who)
            if p.mentions < MOST_MENTIONS - 2:
                doc.mention(who, rng.choice(["first", "full", "dim"]), label=True)
            else:
                doc.value(who, "mob", False)
            doc.t(": ")
        elif layout == "sms":
            doc.d(rng.choice(["Received", "Sent"]), "header")
            doc.t(" ")
            doc.d(f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}", "time")
            doc.t(" ")
        else:
            p = doc.person(who)
            if p.mentions < MOST_MENTIONS - 2:
                doc.mention(who, "surfirst", label=True)
            else:
                doc.d("(you)", "role")
            doc.t("  ")
            doc.d(f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}", "time")
            doc.t("\n")
        fill(doc, line)
        doc.t("\n")


# ---------------------------------------------------------------------------------------------
# Other: an OCR'd letter, a handwritten form typed up, a voicemail transcript


def other(doc: Doc) -> None:
    rng = doc.rng
    kind = rng.choice(["ocr", "hand", "voicemail"])
    if kind == "ocr":
        doc.ocr = True
        letter(doc)
        doc.ocr = False
        doc.t("\n")
        doc.d("Page 1 of 1", "system")
        return
    if kind == "hand":
        doc.d("[handwritten form, transcribed]", "tag")
        doc.t("\n")
        doc.d("NAME:", "header")
        doc.t(" ")
        doc.mention("me", "caps")
        doc.t(" ")
        doc.d("[illegible]", "tag")
        doc.t("\n")
        doc.d("D.O.B:", "header")
        doc.t(" ")
        doc.value("me", "dob", False)
        doc.t("\n")
        doc.d("ADDRESS:", "header")
        doc.t(" ")
        doc.value("me", "addr")
        doc.t(" ")
        doc.value("me", "ptown")
        doc.t(" ")
        doc.value("me", "pc", False)
        doc.t("\n")
        doc.d("PHONE:", "header")
        doc.t(" ")
        doc.value("me", "mob", False)
        doc.t("\n")
        doc.d("COMMENTS:", "header")
        doc.t(" ")
        fill(doc, rng.choice(SURVEY_SENTENCES))
        doc.t(" ")
        fill(doc, rng.choice(SURVEY_SENTENCES))
        doc.t("\n")
        return
    doc.d("Voicemail", "header")
    doc.t(" from ")
    doc.value("me", "mob", False)
    doc.t(", ")
    random_piece(doc, "date")
    doc.t(" ")
    random_piece(doc, "time")
    doc.t(", ")
    doc.d(f"0:{rng.randint(15, 59)}", "timestamp")
    doc.t("\n")
    doc.lower = True
    doc.casual = 1.0
    doc.spoken = 0.75
    fill(
        doc,
        rng.choice(
            [
                "hi its {P:me:first} {P:me:sur} um about the interview thing can you call me "
                "back on {V:me:mob} thanks bye",
                "hiya this is {P:me:full} from {V:me:unit} i did the survey and wanted to "
                "say something about "
                "{P:boss:any} ring me on {V:me:mob} or email {V:me:email} cheers",
                "hello its {P:partner:first} {P:me:sur}s wife um {P:me:first} cant make "
                "{R:weekday} can you ring {V:partner:mob}",
            ]
        ),
    )
    doc.t("\n")
    doc.d("[transcribed automatically]", "tag")


BUILDERS = {
    "survey": survey,
    "transcript": transcript,
    "email": email,
    "letter": letter,
    "chat": chat,
    "other": other,
}


def stray_name_words(record: dict) -> list[str]:
    text = record["text"]
    covered = [False] * len(text)
    for mark in record["spans"] + record["decoys"]:
        covered[mark["start"] : mark["end"]] = [True] * (mark["end"] - mark["start"])
    words = {
        w.lower()
        for s in record["spans"]
        if s["type"] == "PERSON" and s["form"] in NAME_ONLY_FORMS
        for w in re.findall(r"[^\W\d_][\w'-]*", text[s["start"] : s["end"]])
        if len(w) >= 3
    }
    return [
        m.group()
        for w in words
        for m in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.I)
        if not any(covered[m.start() : m.end()])
    ]


def acceptable(record: dict) -> bool:
    text = record["text"]
    marks = record["spans"] + record["decoys"]
    if not record["spans"]:
        return False
    if any(
        not text[m["start"] : m["end"]]
        or text[m["start"] : m["end"]] != text[m["start"] : m["end"]].strip()
        for m in marks
    ):
        return False
    ordered = sorted((m["start"], m["end"]) for m in marks)
    if any(b[0] < a[1] for a, b in itertools.pairwise(ordered)):
        return False
    n = len(text.split())
    if not WORDS[0] <= n <= WORDS[1]:
        return False
    counts = Counter(s["entity"] for s in record["spans"] if s["type"] == "PERSON")
    if counts and max(counts.values()) > MOST_MENTIONS:
        return False
    return not stray_name_words(record)


def build() -> list[dict]:
    rng = random.Random(SEED)
    order = [style for style, count in STYLES for _ in range(count)]
    rng.shuffle(order)
    records = []
    for number, style in enumerate(order, start=1):
        while True:
            doc = Doc(rng, style)
            BUILDERS[style](doc)
            record = {
                "id": f"heldout-l-{number:04d}",
                "style": style,
                "format": "txt",
                "text": doc.text(),
                "spans": sorted(doc.spans, key=lambda s: s["start"]),
                "decoys": sorted(doc.decoys, key=lambda d: d["start"]),
            }
            if acceptable(record):
                records.append(record)
                break
    return records


def dump(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records)


def _names_someone(record: dict) -> bool:
    return any(s["type"] == "PERSON" for s in record["spans"])


def stats(records: list[dict], data: bytes) -> str:
    words = [len(r["text"].split()) for r in records]
    people = Counter()
    for r in records:
        for s in r["spans"]:
            if s["type"] == "PERSON":
                people[(r["id"], s["entity"])] += 1
    lines = [
        f"documents: {len(records)}",
        f"words per document: min {min(words)}, max {max(words)}, "
        f"mean {round(sum(words) / len(words))}",
        f"distinct people (entities, counted per document): {len(people)}",
        f"people mentioned more than once in their document: {sum(n > 1 for n in people.values())}",
        f"documents naming nobody: {sum(not _names_someone(r) for r in records)}",
    ]

    def table(title: str, counter: Counter) -> None:
        lines.extend(["", f"| {title} | count |", "|---|---|"])
        lines.extend(f"| {k} | {v} |" for k, v in sorted(counter.items()))
        lines.append(f"| total | {sum(counter.values())} |")

    table("style", Counter(r["style"] for r in records))
    table("type", Counter(s["type"] for r in records for s in r["spans"]))
    table("type/form", Counter(f"{s['type']}/{s['form']}" for r in records for s in r["spans"]))
    table("decoy kind", Counter(d["kind"] for r in records for d in r["decoys"]))
    lines.extend(["", f"sha256: {hashlib.sha256(data).hexdigest()}"])
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--stats", action="store_true")
    args = parser.parse_args()
    records = build()
    data = dump(records).encode("utf-8")
    if args.check:
        if OUT.read_bytes() != data:
            sys.exit("corpus.jsonl differs from what the generator writes")
        print("corpus.jsonl reproduced")
    elif args.stats:
        print(stats(records, data))
    else:
        OUT.write_bytes(data)
        print(f"wrote {len(records)} documents to {OUT.name}")


if __name__ == "__main__":
    main()
