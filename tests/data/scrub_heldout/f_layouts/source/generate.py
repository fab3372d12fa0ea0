"""Generate held-out corpus F: identifiers placed by layout (letters, forms, chats, rotas).

Seeded and standard-library only, so `--check` can rebuild corpus.jsonl byte for byte.
Every label and decoy is recorded as its text is appended (Doc.add), so offsets are exact
by construction; nothing edits the text afterwards.

    python generate.py            # writes ../corpus.jsonl
    python generate.py --check    # rebuilds in memory and compares with ../corpus.jsonl
    python generate.py --stats    # counts per style, type, form and decoy kind
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pools as P

SEED = 20261210
OUT = Path(__file__).resolve().parent.parent / "corpus.jsonl"
STYLE_COUNTS = {
    "letter": 50,
    "email": 50,
    "form": 50,
    "table": 50,
    "chat": 100,
    "minutes": 50,
    "rota": 50,
}
MAX_MENTIONS = 5
YEAR = 2026
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


# ---------------------------------------------------------------- pieces of a line


@dataclass
class N:
    """A mention of a person in a given form (variant picks a layout of that form)."""

    person: Person
    form: str
    variant: int | None = None


@dataclass
class S:
    """A labelled identifier that is not a person name."""

    type: str
    text: str
    form: str


@dataclass
class D:
    """A decoy: text that must survive scrubbing."""

    kind: str
    text: str


# ---------------------------------------------------------------- people


@dataclass
class Person:
    key: str
    origin: str
    first: str
    gender: str
    sur: str
    dims: tuple[str, ...]
    nick: str | None
    service: str | None
    rank: str | None
    title: str
    mentions: int = 0
    values: dict = field(default_factory=dict)

    @property
    def initials(self) -> str:
        return self.first[0] + self.sur[0].upper()


def ascii_fold(text: str) -> str:
    """Strip accents, spaces and apostrophes, as a mail provider's local part would."""
    decomposed = unicodedata.normalize("NFKD", text)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "".join(c for c in letters.replace("ł", "l").replace("Ł", "L") if c.isalnum()).lower()


def render_name(p: Person, form: str, rng: random.Random, variant: int | None) -> str:
    """The text of one mention; `variant` picks among the layouts a form allows."""
    v = rng.randrange(6) if variant is None else variant
    if form == "full":
        return f"{p.first} {p.sur}"
    if form == "first":
        return p.first
    if form == "sur":
        return p.sur.upper() if v == 0 else p.sur
    if form == "dim":
        return p.dims[v % len(p.dims)]
    if form == "nick":
        return p.nick or ""
    if form == "caps":
        return f"{p.first} {p.sur}".upper()
    if form == "firstinit":
        given = p.dims[0] if p.dims and v % 2 else p.first
        return f"{given} {p.sur[0].upper()}"
    if form == "initials":
        return p.initials
    if form == "init":
        return [f"{p.first[0]}. {p.sur}", f"{p.first[0]} {p.sur}", f"{p.first[0]}.{p.sur}"][v % 3]
    if form == "surfirst":
        return [f"{p.sur.upper()}, {p.first}", f"{p.sur}, {p.first}", f"{p.sur.upper()} {p.first}"][
            v % 3
        ]
    if form == "title":
        return [
            f"{p.title} {p.sur}",
            f"{p.title} {p.first[0]}. {p.sur}",
            f"{p.title} {p.first} {p.sur}",
        ][v % 3]
    if form == "rank":
        rank = p.rank or p.title
        if v == 5 and rank in P.LONG_RANKS:
            rank = P.LONG_RANKS[rank]
        return [
            f"{rank} {p.sur}",
            f"{rank} {p.first[0]} {p.sur}",
            f"{rank} {p.first} {p.sur}",
            f"{rank} {p.sur}",
            f"{rank.upper()} {p.sur.upper()}",
            f"{rank} {p.sur}",
        ][v]
    raise ValueError(form)


# Initials that are words or rank abbreviations: staff initials are never written so.
WORD_INITIALS = {
    "AB",
    "AM",
    "AN",
    "AS",
    "AT",
    "BE",
    "BY",
    "CO",
    "DO",
    "GO",
    "HE",
    "HI",
    "IF",
    "IN",
    "IS",
    "IT",
    "LH",
    "ME",
    "MO",
    "MY",
    "NO",
    "OC",
    "OF",
    "OK",
    "ON",
    "OR",
    "PO",
    "SO",
    "TO",
    "UP",
    "US",
    "WE",
}


IRISH_SURNAME_FORMS = {
    ("Ní Fhaoláin", "m"): "Ó Faoláin",
    ("Ó Súilleabháin", "f"): "Ní Shúilleabháin",
}


def gendered_surname(sur: str, gender: str) -> str:
    """Polish -ski/-cki take -ska/-cka for a woman (and the reverse); Irish Ó/Ní likewise."""
    if (sur, gender) in IRISH_SURNAME_FORMS:
        return IRISH_SURNAME_FORMS[(sur, gender)]
    if gender == "f" and sur.endswith(("ski", "cki")):
        return sur[:-1] + "a"
    if gender == "m" and sur.endswith(("ska", "cka")):
        return sur[:-1] + "i"
    return sur


def pronoun(p: Person) -> str:
    return "he" if p.gender == "m" else "she"


# ---------------------------------------------------------------- values


def mobile_digits(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return "07700900" + f"{rng.randrange(1000):03d}"
    return "07" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(8))


def phone_layout(digits: str, rng: random.Random, compact: bool = False) -> str:
    """One mobile in one of the layouts people type."""
    rest = digits[1:]
    layouts = [
        f"{digits[:5]} {digits[5:]}",
        f"+44 {rest[:4]} {rest[4:]}",
        digits,
        f"{digits[:5]} {digits[5:8]} {digits[8:]}",
        f"+44{rest}",
        f"(0){rest[:4]} {rest[4:]}",
    ]
    if compact:
        return rng.choice([layouts[1], layouts[4]])
    return rng.choice(layouts)


def nhs_number(rng: random.Random) -> str:
    while True:
        body = [rng.randrange(10) for _ in range(9)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(body)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            digits = "".join(map(str, body)) + str(check)
            return rng.choice([f"{digits[:3]} {digits[3:6]} {digits[6:]}", digits])


def ni_number(rng: random.Random) -> str:
    first, second = rng.choice("ABCEGHJKLMNPRSTWXYZ"), rng.choice("ABCEGHJKLMNPRSTWXYZ")
    pairs = [f"{rng.randrange(100):02d}" for _ in range(3)]
    suffix = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{first}{second} {' '.join(pairs)} {suffix}"
    return f"{first}{second}{''.join(pairs)}{suffix}"


def postcode(rng: random.Random) -> str:
    area = rng.choice(P.POSTCODE_AREAS)
    district = str(rng.randrange(1, 30))
    letters = "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    return f"{area}{district} {rng.randrange(10)}{letters}"


def street_address(rng: random.Random) -> str:
    street = rng.choice(P.STREET_NAMES)
    roll = rng.random()
    if roll < 0.6:
        return f"{rng.randrange(1, 140)} {street}"
    if roll < 0.8:
        return f"Flat {rng.randrange(1, 30)}, {rng.choice(P.BLOCKS)}, {street}"
    return f"{rng.choice(P.HOUSE_NAMES)}, {street}"


def service_number(p: Person, rng: random.Random) -> str:
    if p.rank in {"Lt", "Capt", "Maj", "Lt Col", "Flt Lt", "Sqn Ldr", "Wg Cdr", "Lt Cdr", "Cdr"}:
        return str(rng.randrange(500000, 599999))
    if p.service == "navy" and rng.random() < 0.5:
        return f"D{rng.randrange(100000, 999999)}{rng.choice('ABCDEFGHJK')}"
    return str(rng.randrange(2, 4)) + f"{rng.randrange(10**7):07d}"


def value(p: Person, what: str, rng: random.Random) -> str:
    """A person's fixed value (one per document), drawn the first time it is needed."""
    if what not in p.values:
        if what == "age":
            p.values["age"] = rng.randrange(19, 58) if p.service else rng.randrange(18, 76)
        elif what == "dob":
            age = value(p, "age", rng)
            p.values["dob"] = (
                YEAR - age - rng.randrange(2),
                rng.randrange(1, 13),
                rng.randrange(1, 29),
            )
        elif what == "phone":
            p.values["phone"] = mobile_digits(rng)
        elif what == "email":
            local = rng.choice(
                [
                    f"{ascii_fold(p.first)}.{ascii_fold(p.sur)}",
                    f"{ascii_fold(p.first)[0]}{ascii_fold(p.sur)}{rng.randrange(10, 99)}",
                    f"{ascii_fold(p.sur)}.{ascii_fold(p.first)}{rng.randrange(100)}",
                ]
            )
            domain = (
                "mod.gov.uk" if p.service and rng.random() < 0.6 else rng.choice(P.MAIL_DOMAINS)
            )
            p.values["email"] = f"{local}@{domain}"
        elif what == "address":
            p.values["address"] = street_address(rng)
        elif what == "postcode":
            p.values["postcode"] = postcode(rng)
        elif what == "town":
            p.values["town"] = rng.choice(P.TOWNS)
        elif what == "service":
            p.values["service"] = service_number(p, rng)
        elif what == "ni":
            p.values["ni"] = ni_number(rng)
        elif what == "nhs":
            p.values["nhs"] = nhs_number(rng)
        elif what == "unit":
            form = rng.choice(sorted(P.UNIT_POOLS))
            p.values["unit"] = (form, rng.choice(P.UNIT_POOLS[form]))
        elif what == "base":
            form = rng.choice(sorted(P.BASE_POOLS))
            p.values["base"] = (form, rng.choice(P.BASE_POOLS[form]))
    return p.values[what]


def dob_text(dob: tuple[int, int, int], rng: random.Random) -> str:
    year, month, day = dob
    return rng.choice(
        [
            f"{day:02d}/{month:02d}/{year}",
            f"{day}/{month}/{str(year)[2:]}",
            f"{day:02d}.{month:02d}.{year}",
            f"{day} {MONTHS[month - 1][:3]} {year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day} {MONTHS[month - 1]} {year}",
        ]
    )


# ---------------------------------------------------------------- the document


class Doc:
    """Text built piece by piece, with labels and decoys recorded as they are appended."""

    def __init__(self, rng: random.Random, style: str) -> None:
        self.rng = rng
        self.style = style
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict] = []
        self.decoys: list[dict] = []
        self.people: list[Person] = []
        self.taken: set[str] = set()
        self.clock: list[int] = []  # chat exports: day, month, minute of day, advanced per message

    # -- appending
    def add(self, *pieces: object) -> None:
        for piece in pieces:
            if isinstance(piece, str):
                self._append(piece)
            elif isinstance(piece, N):
                self.mention(piece)
            elif isinstance(piece, S):
                self._label(piece.type, piece.text, piece.form)
            elif isinstance(piece, D):
                start = self._append(piece.text)
                self.decoys.append({"start": start, "end": self.length, "kind": piece.kind})
            else:
                raise TypeError(piece)

    def line(self, *pieces: object) -> None:
        self.add(*pieces, "\n")

    def _append(self, text: str) -> int:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start

    def _label(self, type_: str, text: str, form: str, entity: str | None = None) -> None:
        start = self._append(text)
        span = {"type": type_, "start": start, "end": self.length, "form": form}
        if entity:
            span["entity"] = entity
        self.spans.append(span)

    def mention(self, n: N) -> None:
        form = n.form
        if form == "dim" and not n.person.dims:
            form = "first"
        if form == "nick" and not n.person.nick:
            form = "first"
        if form == "rank" and not n.person.rank:
            form = "title"
        text = render_name(n.person, form, self.rng, n.variant)
        n.person.mentions += 1
        self._label("PERSON", text, form, n.person.key)

    @property
    def text(self) -> str:
        return "".join(self.parts)

    # -- casting
    def cast(self, serving: bool | None = None, service: str | None = None) -> Person:
        """A new person whose name words and initials no one else in the document has."""
        rng = self.rng
        while True:
            origin = rng.choice(sorted(P.ORIGINS))
            firsts, surs = P.ORIGINS[origin]
            first, gender, dims = rng.choice(firsts)
            sur = gendered_surname(rng.choice(surs), gender)
            words = {first, sur, *dims}
            initials = first[0] + sur[0].upper()
            if words & self.taken or initials in self.taken or initials in WORD_INITIALS:
                continue
            break
        is_serving = rng.random() < 0.65 if serving is None else serving
        branch = service or rng.choice(["army", "army", "navy", "raf"]) if is_serving else None
        rank = None
        if branch:
            rank = rng.choice(
                {"army": P.ARMY_RANKS, "navy": P.NAVY_RANKS, "raf": P.RAF_RANKS}[branch]
            )
        nick = P.SURNAME_NICKNAMES.get(sur) or (
            P.ORIGIN_NICKNAMES.get(origin) if rng.random() < 0.5 else None
        )
        if nick and nick in self.taken:
            nick = None
        title = rng.choice(P.TITLES_M if gender == "m" else P.TITLES_F)
        person = Person(
            f"p{len(self.people) + 1}", origin, first, gender, sur, dims, nick, branch, rank, title
        )
        self.taken |= words | {initials} | ({nick} if nick else set())
        self.people.append(person)
        return person

    # -- value pieces
    def phone(self, p: Person, compact: bool = False) -> S:
        return S("PHONE", phone_layout(value(p, "phone", self.rng), self.rng, compact), "digits")

    def email(self, p: Person) -> S:
        return S("EMAIL", value(p, "email", self.rng), "plain")

    def age(self, p: Person) -> S:
        return S("AGE", str(value(p, "age", self.rng)), "digits")

    def dob(self, p: Person) -> S:
        return S("DATE_OF_BIRTH", dob_text(value(p, "dob", self.rng), self.rng), "digits")

    def street(self, p: Person) -> S:
        return S("ADDRESS", value(p, "address", self.rng), "street")

    def postcode(self, p: Person) -> S:
        return S("POSTCODE", value(p, "postcode", self.rng), "plain")

    def town(self, p: Person) -> S:
        return S("LOCATION", value(p, "town", self.rng), "town")

    def unit(self, p: Person) -> S:
        form, text = value(p, "unit", self.rng)
        return S("UNIT", text, form)

    def base(self, p: Person) -> S:
        form, text = value(p, "base", self.rng)
        return S("BASE", text, form)

    def service_no(self, p: Person) -> S:
        return S("SERVICE_NUMBER", value(p, "service", self.rng), "digits")

    def ni(self, p: Person) -> S:
        return S("NI_NUMBER", value(p, "ni", self.rng), "digits")

    def nhs(self, p: Person) -> S:
        return S("NHS_NUMBER", value(p, "nhs", self.rng), "digits")

    def address_line(self, p: Person) -> list[object]:
        return [self.street(p), ", ", self.town(p), " ", self.postcode(p)]

    # -- decoy pieces
    def date(self) -> D:
        rng = self.rng
        day, month = rng.randrange(1, 29), rng.randrange(1, 13)
        return D(
            "date",
            rng.choice(
                [
                    f"{day:02d}/{month:02d}/{YEAR}",
                    f"{day} {MONTHS[month - 1]} {YEAR}",
                    f"{day} {MONTHS[month - 1][:3]}",
                    f"{day:02d}.{month:02d}.{str(YEAR)[2:]}",
                ]
            ),
        )

    def time(self) -> D:
        rng = self.rng
        hour, minute = rng.randrange(6, 22), rng.choice([0, 15, 30, 45, 5, 20])
        return D(
            "time",
            rng.choice(
                [
                    f"{hour:02d}{minute:02d}",
                    f"{hour:02d}:{minute:02d}",
                    f"{(hour - 1) % 12 + 1}:{minute:02d}{'am' if hour < 12 else 'pm'}",
                    f"{hour:02d}{minute:02d}hrs",
                ]
            ),
        )

    def ref(self) -> D:
        rng = self.rng
        return D(
            "file",
            rng.choice(
                [
                    f"WEL/{YEAR}/{rng.randrange(1000):04d}",
                    f"Case {rng.randrange(10000, 99999)}",
                    f"referral_{rng.randrange(100, 999)}.docx",
                    f"INC-{rng.randrange(100000)}",
                    f"minutes_v{rng.randrange(1, 5)}.pdf",
                    f"PR{rng.randrange(1000, 9999)}/{YEAR % 100}",
                ]
            ),
        )

    def money(self) -> D:
        rng = self.rng
        return D(
            "money",
            rng.choice(
                [
                    f"£{rng.randrange(5, 400)}",
                    f"£{rng.randrange(1, 90)}.{rng.randrange(100):02d}",
                    f"{rng.randrange(5, 60)} quid",
                ]
            ),
        )

    def count(self) -> D:
        rng = self.rng
        return D(
            "count",
            rng.choice(
                [
                    f"{rng.randrange(2, 25)} years",
                    f"{rng.randrange(2, 6)} tours",
                    f"{rng.randrange(2, 40)} people",
                    f"{rng.randrange(2, 9)} kids",
                    f"{rng.randrange(3, 30)} days",
                    f"{rng.randrange(2, 12)} weeks",
                ]
            ),
        )

    def product(self) -> D:
        return D("product", self.rng.choice(P.PRODUCTS))

    def team(self) -> D:
        return D("team", self.rng.choice(P.TEAMS))

    def role(self) -> D:
        return D("rank", self.rng.choice(P.ROLE_WORDS))

    def helpline(self) -> D:
        return D("helpline", self.rng.choice(P.HELPLINES))


# ---------------------------------------------------------------- shared sentences

WORD_SENTENCES = [
    ("", "Will", " do, leave it with me."),
    ("I ", "will", " chase it up tomorrow."),
    ("", "Hope", " that helps."),
    ("Please ", "mark", " the box if consent was given."),
    ("I'd be ", "frank", " with them about the wait."),
    ("The ", "bill", " for the removal went to the unit."),
    ("It was a ", "joy", " to see the family settled."),
    ("We stood down at ", "dawn", "."),
    ("Numbers ", "rose", " again this month."),
    ("With ", "grace", " and patience it got sorted."),
    ("Keep the ", "faith", ", it is moving."),
    ("No ", "hope", " of a reply before the weekend."),
    ("We ", "may", " need another slot."),
]


def word_sentence(doc: Doc) -> list[object]:
    before, word, after = doc.rng.choice(WORD_SENTENCES)
    return [before, D("word", word), after]


def third_party_sentence(doc: Doc, p: Person) -> list[object]:
    """A sentence about someone that carries a name and a value placed in prose."""
    rng = doc.rng
    choice = rng.randrange(8)
    form = rng.choice(["full", "rank", "title", "init", "first", "sur", "dim"])
    if choice == 0:
        return [N(p, form), " (", doc.age(p), ") has asked for a call back on ", doc.phone(p), "."]
    if choice == 1:
        return ["Home visit booked with ", N(p, form), " at ", doc.time(), " on ", doc.date(), "."]
    if choice == 2:
        return [
            "Referred ",
            N(p, form),
            " to ",
            doc.product(),
            "; ",
            doc.count(),
            " since the last contact.",
        ]
    if choice == 3:
        return [
            "Grant of ",
            doc.money(),
            " approved for ",
            N(p, form),
            ", posted from ",
            doc.unit(p),
            ".",
        ]
    if choice == 4:
        return [N(p, form), " moves to ", doc.base(p), " after ", doc.count(), "."]
    if choice == 5:
        return ["New address for ", N(p, form), ": ", *doc.address_line(p), "."]
    if choice == 6:
        return ["Please copy ", N(p, form), " in at ", doc.email(p), "."]
    return [N(p, form), " rang ", doc.helpline(), " last night; ", doc.role(), " has been told."]


# ---------------------------------------------------------------- letters and e-mails


def signature(doc: Doc, p: Person) -> None:
    rng = doc.rng
    form = rng.choice(["full", "init", "caps", "rank", "rank", "full", "title"])
    pieces: list[object] = [N(p, form)]
    if rng.random() < 0.3:
        pieces.append(" " + rng.choice(P.POST_NOMINALS))
    doc.line(*pieces)
    if rng.random() < 0.7:
        doc.line(doc.role() if rng.random() < 0.5 else doc.team())
    if p.service and rng.random() < 0.6:
        doc.line(doc.unit(p), " | ", doc.base(p))
    doc.line(rng.choice(["Tel: ", "Mob: ", "M: ", "Mobile ", "t. "]), doc.phone(p))
    if rng.random() < 0.6:
        doc.line(rng.choice(["Email: ", "E: ", ""]), doc.email(p))


SIGNOFFS = [
    "Yours sincerely,",
    "Yours faithfully,",
    "Kind regards,",
    "Many thanks,",
    "Best,",
    "Cheers,",
    "--",
    "Regards",
    "Thanks again,",
    "Best wishes,",
    "All the best,",
    "Ta,",
]


def letter(doc: Doc) -> None:
    rng = doc.rng
    author, recipient, subject = doc.cast(serving=True), doc.cast(), doc.cast()
    doc.line(doc.team())
    doc.line(doc.unit(author))
    doc.line(doc.base(author))
    doc.line("Our ref: ", doc.ref())
    doc.line(doc.date())
    doc.line()
    doc.line(N(recipient, rng.choice(["title", "full", "caps", "rank"])))
    doc.line(doc.street(recipient))
    doc.line(doc.town(recipient))
    doc.line(doc.postcode(recipient))
    doc.line()
    if rng.random() < 0.15:
        doc.line(D("greet_all", rng.choice(["Dear Sir or Madam,", "To whom it may concern,"])))
    else:
        doc.line("Dear ", N(recipient, rng.choice(["title", "first", "rank", "full"])), ",")
    doc.line()
    extra: list[object] = []
    if rng.random() < 0.4:
        extra = (
            [", NHS No ", doc.nhs(subject)] if rng.random() < 0.5 else [", NI ", doc.ni(subject)]
        )
    doc.line(
        "Re: ",
        N(subject, rng.choice(["rank", "full", "surfirst"])),
        ", DOB ",
        doc.dob(subject),
        *extra,
    )
    doc.line()
    body: list[list[object]] = [
        [
            "Thank you for your letter about ",
            N(subject, rng.choice(["first", "title", "sur", "dim"])),
            ".",
        ],
        third_party_sentence(doc, subject),
        word_sentence(doc),
        [
            "Appointments are on ",
            D("weekday", rng.choice(WEEKDAYS)),
            "s at ",
            doc.time(),
            "; call ",
            doc.helpline(),
            " out of hours.",
        ],
        ["The ", doc.product(), " caseworker will visit in ", D("month", rng.choice(MONTHS)), "."],
    ]
    rng.shuffle(body)
    for sentence in body[: rng.randrange(3, 6)]:
        doc.line(*sentence)
    doc.line()
    doc.line(D("signoff", rng.choice(SIGNOFFS)))
    doc.line()
    signature(doc, author)
    doc.line()
    cc = [doc.cast() for _ in range(rng.randrange(1, 4))]
    doc.add(rng.choice(["cc: ", "Copy to: ", "Distribution:\n"]))
    for i, person in enumerate(cc):
        sep = ", " if i else ""
        doc.add(sep, N(person, rng.choice(["rank", "init", "title", "full"])))
        if rng.random() < 0.4:
            doc.add(" (", doc.unit(person), ")")
    doc.add(", ", doc.team(), "\n")
    doc.line("Enc: ", doc.ref())


def email_header(
    doc: Doc, sender: Person, to: list[Person], cc: list[Person], subject_line: list[object]
) -> None:
    rng = doc.rng
    layout = rng.randrange(3)
    if layout == 0:
        doc.line("From: ", N(sender, "full"), " <", doc.email(sender), ">")
    elif layout == 1:
        doc.line(
            "From: ",
            N(sender, "surfirst", 1),
            " ",
            (sender.rank and f"{sender.rank} ") or "",
            "(",
            doc.unit(sender) if sender.service else doc.team(),
            ")",
        )
    else:
        doc.line("From: ", doc.email(sender))
    doc.add("To: ")
    for i, person in enumerate(to):
        doc.add(
            "; " if i else "",
            N(person, rng.choice(["full", "surfirst", "caps"]), 1 if layout == 1 else None),
        )
        if rng.random() < 0.5:
            doc.add(" <", doc.email(person), ">")
    doc.add("\n")
    if cc:
        doc.add("Cc: ")
        for i, person in enumerate(cc):
            doc.add(
                "; " if i else "", doc.email(person) if rng.random() < 0.4 else N(person, "full")
            )
        doc.add("\n")
    doc.line(
        "Sent: ",
        D("date", f"{rng.choice(WEEKDAYS)}, {rng.randrange(1, 29)} {rng.choice(MONTHS)} {YEAR}"),
        " ",
        doc.time(),
    )
    doc.line("Subject: ", *subject_line)


def email(doc: Doc) -> None:
    rng = doc.rng
    sender, reader, subject = doc.cast(serving=True), doc.cast(), doc.cast()
    cc = [doc.cast() for _ in range(rng.randrange(0, 3))]
    subject_line = [
        rng.choice(["RE: ", "FW: ", "", "Re: "]),
        rng.choice(["Welfare visit - ", "Update: ", "Referral for "]),
        N(subject, rng.choice(["rank", "sur", "surfirst", "init"])),
    ]
    email_header(doc, sender, [reader], cc, subject_line)
    doc.line()
    if rng.random() < 0.25:
        doc.line(D("greet_all", rng.choice(["Morning all,", "Hi all,", "All,", "Afternoon team,"])))
    else:
        doc.line(
            rng.choice(["Hi ", "Hello ", "Morning ", "Dear ", ""]),
            N(reader, rng.choice(["first", "dim", "rank", "title"])),
            ",",
        )
    doc.line()
    sentences = [
        third_party_sentence(doc, subject),
        word_sentence(doc),
        [
            "Can you get ",
            N(subject, rng.choice(["first", "dim", "nick"])),
            " to fill in the ",
            doc.product(),
            " form before ",
            D("weekday", rng.choice(WEEKDAYS)),
            "?",
        ],
        ["See attached ", doc.ref(), "."],
        [doc.role(), " wants numbers by ", doc.time(), ": ", doc.count(), " so far."],
    ]
    rng.shuffle(sentences)
    for sentence in sentences[: rng.randrange(2, 5)]:
        doc.line(*sentence)
    doc.line()
    doc.line(D("signoff", rng.choice(SIGNOFFS)))
    if rng.random() < 0.5:
        doc.line(N(sender, rng.choice(["first", "dim", "initials"])))
    else:
        signature(doc, sender)
    if rng.random() < 0.6:
        doc.line()
        doc.line(
            rng.choice(
                [
                    "-----Original Message-----",
                    "________________________________",
                    "---------- Forwarded message ---------",
                ]
            )
        )
        earlier = doc.cast()
        email_header(doc, earlier, [sender], [], ["Re: ", N(subject, rng.choice(["full", "rank"]))])
        doc.line()
        doc.line(
            rng.choice(["Hi ", "", "Dear "]), N(sender, rng.choice(["first", "rank", "dim"])), ","
        )
        doc.line(*third_party_sentence(doc, subject))
        doc.line(D("signoff", rng.choice(SIGNOFFS)))
        doc.line(N(earlier, rng.choice(["first", "full", "init", "initials"])))


# ---------------------------------------------------------------- forms and records

FORM_TITLES = [
    "WELFARE REFERRAL FORM",
    "Incident Report (Part 1)",
    "NOK Details Update",
    "Unit Welfare Contact Sheet",
    "Housing Referral - Form W3",
    "Compassionate Travel Request",
]
RELATIONS = {
    "f": ["wife", "partner", "mother", "sister", "daughter"],
    "m": ["husband", "partner", "father", "brother", "son"],
}
CHECKBOXES = [
    "[x] Consent given",
    "[ ] Consent given",
    "☑ Finances",
    "☐ Housing",
    "[X] Chain of command informed",
    "[ ] Safeguarding concern",
    "☐ Alcohol",
    "☑ Follow-up booked",
]


def form_field(doc: Doc, label: str, *value: object) -> None:
    doc.line(D("header", label), doc.rng.choice([" ", "\t", "  "]), *value)


def form(doc: Doc) -> None:
    rng = doc.rng
    subject, nok, staff, second = (
        doc.cast(serving=True),
        doc.cast(serving=False),
        doc.cast(),
        doc.cast(),
    )
    doc.line(rng.choice(FORM_TITLES))
    form_field(doc, "Ref:", doc.ref())
    doc.line()
    layout = rng.randrange(3)
    if layout == 0:
        form_field(doc, "Surname:", N(subject, "sur", rng.choice([0, 1])))
        form_field(doc, "Forename(s):", N(subject, "first"))
        form_field(doc, "Rank:", D("rank", subject.rank or "-"))
    elif layout == 1:
        form_field(doc, "Rank/Name:", N(subject, "rank", rng.choice([0, 1, 2, 4])))
    else:
        form_field(doc, "Name:", N(subject, rng.choice(["full", "surfirst", "caps"])))
    optional = [
        ("Service No:", [doc.service_no(subject)]),
        ("DOB:", [doc.dob(subject)]),
        ("Age:", [doc.age(subject)]),
        ("Unit:", [doc.unit(subject)]),
        ("Location:", [doc.base(subject)]),
        ("Address:", doc.address_line(subject)),
        ("Tel:", [doc.phone(subject)]),
        ("Email:", [doc.email(subject)]),
        ("NI No:", [doc.ni(subject)]),
        ("NHS No:", [doc.nhs(subject)]),
    ]
    for label, value_pieces in optional:
        if rng.random() < 0.7:
            form_field(doc, label, *value_pieces)
    form_field(
        doc,
        "NOK:",
        N(nok, rng.choice(["title", "full", "surfirst"])),
        f" ({rng.choice(RELATIONS[nok.gender])})",
        " Tel: ",
        doc.phone(nok),
    )
    if rng.random() < 0.4:
        child = doc.cast(serving=False)
        child.values["age"] = rng.randrange(1, 17)
        form_field(doc, "Dependants:", N(child, "first"), " (", doc.age(child), ")")
    doc.line()
    boxes = rng.sample(CHECKBOXES, 3)
    doc.line(boxes[0], "   ", boxes[1], "   ", boxes[2])
    doc.line("[ ] Referred to ", doc.product())
    doc.line()
    form_field(doc, "Details:", *third_party_sentence(doc, subject))
    doc.line(*word_sentence(doc))
    doc.line()
    form_field(
        doc,
        "Seen by:",
        N(staff, rng.choice(["initials", "initials", "rank", "init"])),
        "   ",
        D("header", "Date:"),
        " ",
        doc.date(),
    )
    doc.line(
        rng.choice(["Actioned - ", "Actioned by ", "Checked: "]),
        N(second, "initials"),
        " ",
        doc.time(),
    )
    if rng.random() < 0.5:
        form_field(doc, "Signed:", N(staff, rng.choice(["full", "init", "caps"])), ", ", doc.role())


TABLE_COLUMNS = [
    "Rank",
    "Age",
    "Unit",
    "Base",
    "Phone",
    "Email",
    "Service No",
    "DOB",
    "Town",
    "Postcode",
    "Status",
    "NI No",
    "NHS No",
]
STATUSES = ["Seen", "Pending", "Closed", "Referred", "Left msg", "No answer"]


def table_cell(doc: Doc, p: Person, column: str) -> list[object]:
    return {
        "Age": lambda: [doc.age(p)],
        "Rank": lambda: [D("rank", p.rank or "-")],
        "Unit": lambda: [doc.unit(p)],
        "Base": lambda: [doc.base(p)],
        "Phone": lambda: [doc.phone(p)],
        "Email": lambda: [doc.email(p)],
        "Service No": lambda: [doc.service_no(p)],
        "DOB": lambda: [doc.dob(p)],
        "Town": lambda: [doc.town(p)],
        "Postcode": lambda: [doc.postcode(p)],
        "Status": lambda: [D("status", doc.rng.choice(STATUSES))],
        "NI No": lambda: [doc.ni(p)],
        "NHS No": lambda: [doc.nhs(p)],
    }[column]()


def name_columns(doc: Doc) -> tuple[list[str], str]:
    kind = doc.rng.choice(["Name", "Rank/Name", "split", "SURNAME, First"])
    if kind == "split":
        return ["Surname", "First name"], kind
    return [kind], kind


def name_cells(p: Person, kind: str) -> list[list[object]]:
    if kind == "split":
        return [[N(p, "sur", 1)], [N(p, "first")]]
    if kind == "Rank/Name":
        return [[N(p, "rank", 1)]]
    if kind == "SURNAME, First":
        return [[N(p, "surfirst", 0)]]
    return [[N(p, "full")]]


def table(doc: Doc) -> None:
    rng = doc.rng
    staff = doc.cast()
    layout = rng.choice(["markdown", "csv", "tsv"])
    names, kind = name_columns(doc)
    extra = rng.sample(TABLE_COLUMNS, rng.randrange(3, 6))
    headers = names + extra
    doc.line(
        rng.choice(
            [
                "Welfare contact list, week of ",
                "Nominal roll as at ",
                "Call-round tracker ",
                "Attendance at the families day on ",
            ]
        ),
        doc.date(),
        " (",
        doc.ref(),
        ")",
    )
    doc.line(
        rng.choice(
            [
                "Please keep this list within the welfare cell and do not forward it.",
                "Rows in order of the calls made; update the status column after each call.",
                "Export from the tracker, pasted as it came out.",
            ]
        )
    )
    doc.line()
    sep = {"markdown": " | ", "csv": ",", "tsv": "\t"}[layout]
    edge = ("| ", " |") if layout == "markdown" else ("", "")
    doc.add(edge[0])
    for i, header in enumerate(headers):
        doc.add(
            sep if i else "",
            D("header", header.lower() if layout == "csv" and rng.random() < 0.5 else header),
        )
    doc.add(edge[1], "\n")
    if layout == "markdown":
        doc.line("|" + "|".join("---" for _ in headers) + "|")
    rows = [doc.cast() for _ in range(rng.randrange(4, 8))]
    for person in rows:
        cells = name_cells(person, kind) + [table_cell(doc, person, c) for c in extra]
        doc.add(edge[0])
        for i, cell in enumerate(cells):
            quoted = layout == "csv" and any(
                isinstance(x, (N, S)) and "," in _preview(doc, x) for x in cell
            )
            doc.add(sep if i else "", *(['"', *cell, '"'] if quoted else cell))
        doc.add(edge[1], "\n")
    doc.line()
    doc.line(
        "Total: ",
        D("count", f"{len(rows)} personnel"),
        "; ",
        D("count", f"{rng.randrange(1, len(rows))} still to call"),
    )
    follow = rng.choice(rows)
    doc.line(
        "Note: ",
        N(follow, rng.choice(["first", "dim", "rank", "title"])),
        " ",
        rng.choice(["asked for a call after ", "is on leave until ", "will ring back after "]),
        doc.time(),
        ".",
    )
    doc.line(*word_sentence(doc))
    doc.line("Compiled by ", N(staff, rng.choice(["initials", "init", "rank"])), ", ", doc.team())


def _preview(doc: Doc, piece: N | S) -> str:
    """The text a piece will render to; name forms with commas are the surname-first ones."""
    if isinstance(piece, S):
        return piece.text
    return ", " if piece.form == "surfirst" and piece.variant in (0, 1) else ""


# ---------------------------------------------------------------- chats and messages

PLATFORMS = ["whatsapp_ios", "whatsapp_android", "teams", "signal", "sms", "facebook"]
EMOJI = ["👍", "😂", "🙏", "🇬🇧", "💪", "❤️", "🎂", "🍺", "😬", "🫡"]
WA_SYSTEM = [
    "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, "
    "can read or listen to them.",
    "<Media omitted>",
    "This message was deleted",
    "image omitted",
    "Missed voice call",
    "You deleted this message",
]
FILLERS = [
    "lol",
    "ta",
    "nice one",
    "on it",
    "standby",
    "yeah go on then",
    "no dramas",
    "roger",
    "sound",
    "will check",
    "cheers mate",
    "haha classic",
]


def free(p: Person, room: int = 1) -> bool:
    return p.mentions + room <= MAX_MENTIONS


def chat_body(doc: Doc, others: list[Person]) -> list[object]:
    """One message; it names someone else only while they have mentions to spare."""
    rng = doc.rng
    named = [p for p in others if free(p)]
    roll = rng.randrange(12)
    if named and roll < 7:
        p = rng.choice(named)
        form = rng.choice(["first", "dim", "nick", "firstinit", "sur", "rank"])
        if p.nick and rng.random() < 0.5:
            form = "nick"
        options = [
            [
                "@",
                N(p, rng.choice(["firstinit", "first", "full"])),
                " can you do the brew run at ",
                doc.time(),
                "?",
            ],
            ["ring ", N(p, form), " on ", doc.phone(p), f" {pronoun(p)}'s waiting"],
            [N(p, form), "'s ", doc.age(p), " today ", rng.choice(EMOJI)],
            ["addr for the card: ", *doc.address_line(p)],
            ["email for ", N(p, form), " is ", doc.email(p)],
            [N(p, form), " is back at ", doc.base(p), " from ", D("weekday", rng.choice(WEEKDAYS))],
            [
                "anyone heard from ",
                N(p, form),
                f"? last I knew {pronoun(p)} was with ",
                doc.unit(p),
            ],
        ]
        return rng.choice(options)
    options = [
        [rng.choice(FILLERS), " ", rng.choice(EMOJI)],
        word_sentence(doc),
        [doc.money(), " each for the leaving do, pay by ", D("weekday", rng.choice(WEEKDAYS))],
        ["anyone used ", doc.product(), "? mate recommended it"],
        [doc.count(), " in and still no parking space ", rng.choice(EMOJI)],
        ["meet at the gate ", doc.time()],
        [doc.role(), " says stand down till ", doc.time()],
    ]
    return rng.choice(options)


def display_name(doc: Doc, p: Person) -> N | S:
    """How a chat export shows a sender: saved contact name, or an unsaved number."""
    roll = doc.rng.random()
    if roll < 0.12:
        return doc.phone(p, compact=True)
    form = doc.rng.choice(["full", "first", "firstinit", "dim", "nick", "caps", "full"])
    if p.nick and doc.rng.random() < 0.4:
        form = "nick"
    return N(p, form, doc.rng.randrange(6))


def fixed_display(doc: Doc, people: list[Person]) -> dict[str, tuple[N | S, str]]:
    """Each sender's display, fixed for the chat, sometimes with an emoji after it."""
    shown = {}
    for p in people:
        suffix = " " + doc.rng.choice(EMOJI) if doc.rng.random() < 0.2 else ""
        shown[p.key] = (display_name(doc, p), suffix)
    return shown


def chat_stamp(doc: Doc, platform: str) -> list[object]:
    rng = doc.rng
    if not doc.clock:
        doc.clock = [rng.randrange(1, 28), rng.randrange(1, 13), rng.randrange(6 * 60, 20 * 60)]
    doc.clock[2] += rng.choice([0, 1, 2, 3, 7, 15, 40, 180])
    if doc.clock[2] >= 24 * 60:
        doc.clock[0], doc.clock[2] = doc.clock[0] + 1, doc.clock[2] - 24 * 60
    day, month = doc.clock[0], doc.clock[1]
    hour, minute, second = doc.clock[2] // 60, doc.clock[2] % 60, rng.randrange(60)
    if platform == "whatsapp_ios":
        return [
            "[",
            D("date", f"{day:02d}/{month:02d}/{YEAR}"),
            ", ",
            D("time", f"{hour:02d}:{minute:02d}:{second:02d}"),
            "] ",
        ]
    if platform == "whatsapp_android":
        us = rng.random() < 0.3
        date = f"{month}/{day}/{str(YEAR)[2:]}" if us else f"{day:02d}/{month:02d}/{YEAR}"
        return [D("date", date), ", ", D("time", f"{hour:02d}:{minute:02d}"), " - "]
    return [
        "[",
        D("date", f"{YEAR}-{month:02d}-{day:02d}"),
        " ",
        D("time", f"{hour:02d}:{minute:02d}"),
        "] ",
    ]


def sender_piece(piece: N | S) -> N | S:
    """A fresh copy, so every message re-renders the same fixed display."""
    if isinstance(piece, N):
        return N(piece.person, piece.form, piece.variant)
    return piece


def sender(shown: tuple[N | S, str]) -> list[object]:
    return [sender_piece(shown[0]), shown[1]] if shown[1] else [sender_piece(shown[0])]


def chat(doc: Doc) -> None:
    rng = doc.rng
    platform = PLATFORMS[(len(doc.people) + rng.randrange(6)) % 6]
    {
        "whatsapp_ios": line_chat,
        "whatsapp_android": line_chat,
        "signal": line_chat,
        "teams": teams_chat,
        "sms": sms_chat,
        "facebook": facebook_chat,
    }[platform](doc, platform)


def line_chat(doc: Doc, platform: str) -> None:
    rng = doc.rng
    people = [doc.cast() for _ in range(rng.randrange(3, 6))]
    shown = fixed_display(doc, people)
    if platform.startswith("whatsapp"):
        doc.line(*chat_stamp(doc, platform), D("system", WA_SYSTEM[0]))
        if rng.random() < 0.5:
            adder, added = people[0], people[-1]
            doc.line(
                *chat_stamp(doc, platform),
                *sender(shown[adder.key]),
                " added ",
                *sender(shown[added.key]),
            )
        if rng.random() < 0.3:
            joiner = doc.cast()
            doc.line(
                *chat_stamp(doc, platform),
                doc.phone(joiner, compact=True),
                " ",
                D("system", "joined using this group's invite link"),
            )
    for _ in range(rng.randrange(9, 16)):
        senders = [p for p in people if isinstance(shown[p.key][0], S) or free(p, 2)]
        if not senders:
            break
        writer = rng.choice(senders)
        doc.add(*chat_stamp(doc, platform), *sender(shown[writer.key]), ": ")
        if rng.random() < 0.1 and platform.startswith("whatsapp"):
            doc.line(D("system", rng.choice(WA_SYSTEM[1:])))
        else:
            doc.line(*chat_body(doc, [p for p in people if p is not writer]))


def teams_chat(doc: Doc, platform: str) -> None:
    rng = doc.rng
    people = [doc.cast(serving=True) for _ in range(rng.randrange(3, 5))]
    layout = rng.randrange(2)
    doc.line(rng.choice(["Chat: ", "Meeting chat - "]), doc.team())
    said: list[tuple[Person, list[object]]] = []
    for _ in range(rng.randrange(7, 12)):
        senders = [p for p in people if free(p, 2)]
        if not senders:
            break
        writer = rng.choice(senders)
        if layout == 0:
            doc.line(N(writer, "surfirst", 1), f" ({writer.rank})  ", doc.time())
        else:
            doc.line(N(writer, "full"), "  ", doc.time())
        if said and said[-1][0] is not writer and rng.random() < 0.3 and free(said[-1][0]):
            quoted = said[-1][0]
            doc.line("> ", N(quoted, rng.choice(["full", "first"])), ": ", rng.choice(FILLERS))
        body = chat_body(doc, [p for p in people if p is not writer])
        doc.line(*body)
        said.append((writer, body))
        if rng.random() < 0.15:
            doc.line(
                D(
                    "system",
                    rng.choice(
                        ["Edited", "This message has been deleted.", "1 reply", "Seen by everyone"]
                    ),
                )
            )
    if rng.random() < 0.5:
        joiner = doc.cast()
        doc.line(D("system", "Meeting ended"), " ", doc.time())
        doc.line(N(joiner, "full"), " ", D("system", "was added to the chat."))


def sms_chat(doc: Doc, platform: str) -> None:
    rng = doc.rng
    contact = doc.cast()
    others = [doc.cast() for _ in range(rng.randrange(2, 4))]
    if rng.random() < 0.4:
        label: object = D("role", rng.choice(["Mum", "Dad", "Sis", "Welfare", "Work"]))
    else:
        label = N(contact, rng.choice(["first", "dim", "nick", "full"]), rng.randrange(6))
    doc.line(
        "SMS with ",
        sender_piece(label) if isinstance(label, N) else D("role", label.text),
        " (",
        doc.phone(contact),
        ")",
    )
    for _ in range(rng.randrange(8, 14)):
        me = rng.random() < 0.5
        if not me and isinstance(label, N) and not free(contact, 2):
            me = True
        who: object = (
            "Me" if me else (sender_piece(label) if isinstance(label, N) else D("role", label.text))
        )
        doc.add(who, " (", doc.time(), "): ")
        doc.line(*chat_body(doc, others + ([] if me is False else [contact])))
    doc.line(D("system", rng.choice(["Delivered", "Read 21:14", "Not delivered - tap to retry"])))


def facebook_chat(doc: Doc, platform: str) -> None:
    rng = doc.rng
    poster = doc.cast(serving=False)
    veteran = doc.cast(serving=True)
    doc.line(
        N(poster, "full"),
        " ▸ ",
        rng.choice(["Old Comrades of ", "Friends of ", "Veterans of "]),
        doc.unit(veteran),
    )
    doc.line(D("time", f"{rng.randrange(1, 23)}h"), " · 🌐")
    doc.line(
        rng.choice(["Trying to track down ", "Does anyone remember ", "Looking for "]),
        N(veteran, rng.choice(["rank", "full", "nick"])),
        ", served at ",
        doc.base(veteran),
        " in the 90s. ",
        D("word", "Hope"),
        " someone can help.",
    )
    doc.line(
        D("count", f"{rng.randrange(2, 90)} Likes"),
        " · ",
        D("count", f"{rng.randrange(2, 30)} Comments"),
    )
    for _ in range(rng.randrange(4, 8)):
        commenter = doc.cast()
        doc.line(N(commenter, rng.choice(["full", "full", "caps", "firstinit"])))
        if free(veteran) and rng.random() < 0.6:
            doc.line(
                rng.choice(["Served with ", "Knew ", "Remember "]),
                N(veteran, rng.choice(["nick", "sur", "first", "dim"])),
                rng.choice([" at ", " out in "]),
                doc.base(veteran),
                ", ",
                rng.choice(FILLERS),
            )
        elif free(poster) and rng.random() < 0.5:
            doc.line(
                "@",
                N(poster, "first"),
                " ",
                rng.choice(["message me", "try the association", "ask on the other page"]),
            )
        else:
            doc.line(*chat_body(doc, []))
        doc.line(D("system", "Like · Reply"), " · ", D("time", f"{rng.randrange(1, 20)}h"))


# ---------------------------------------------------------------- minutes and rotas


def name_list(doc: Doc, people: list[Person], forms: list[str], bullets: bool) -> None:
    rng = doc.rng
    for i, person in enumerate(people):
        if bullets:
            doc.add("- ")
        elif i:
            doc.add(", ")
        doc.add(N(person, rng.choice(forms)))
        if rng.random() < 0.4:
            doc.add(" (", doc.role() if rng.random() < 0.6 else doc.unit(person), ")")
        if bullets:
            doc.add("\n")
    if not bullets:
        doc.add("\n")


def minutes(doc: Doc) -> None:
    rng = doc.rng
    chair = doc.cast(serving=True)
    present = [chair] + [doc.cast(serving=rng.random() < 0.7) for _ in range(rng.randrange(2, 6))]
    apologies = [doc.cast() for _ in range(rng.randrange(1, 4))]
    subject = doc.cast(serving=True)
    bullets = rng.random() < 0.4
    doc.line(
        "Minutes of the ",
        doc.team(),
        " meeting, ",
        doc.date(),
        " at ",
        doc.time(),
        ", ",
        doc.base(chair),
    )
    doc.line()
    doc.add(D("header", "Present:"), "\n" if bullets else " ")
    name_list(doc, present, ["rank", "rank", "title", "full", "init"], bullets)
    doc.add(D("header", "Apologies:"), "\n" if bullets else " ")
    name_list(doc, apologies, ["rank", "title", "full", "init", "surfirst"], bullets)
    if rng.random() < 0.6:
        guest = doc.cast(serving=False)
        doc.line(
            D("header", "In attendance:"),
            " ",
            N(guest, rng.choice(["title", "full"])),
            " (",
            doc.product(),
            ")",
        )
    doc.line()
    doc.line(
        "1. Minutes of the last meeting agreed. Proposed ",
        N(rng.choice(present), "initials"),
        ", seconded ",
        N(rng.choice(present[1:]), "initials"),
        ".",
    )
    doc.line(
        "2. Cases. ",
        N(subject, rng.choice(["rank", "surfirst", "full"])),
        ", aged ",
        doc.age(subject),
        ", ",
        doc.unit(subject),
        ": ",
        *third_party_sentence(doc, subject),
    )
    doc.line(
        "3. Funding. ",
        doc.money(),
        " left in the fund; ",
        D("count", f"{rng.randrange(2, 15)} claims"),
        " waiting.",
    )
    doc.line("4. AOB. ", *word_sentence(doc))
    doc.line()
    doc.line(
        "| ", D("header", "Action"), " | ", D("header", "Owner"), " | ", D("header", "Due"), " |"
    )
    doc.line("|---|---|---|")
    actions = ["Chase housing for ", "Book visit to ", "Write to ", "Update JPA record of "]
    for _ in range(rng.randrange(2, 5)):
        owner = rng.choice([p for p in present if free(p)] or [chair])
        target = subject if free(subject, 2) else None
        what: list[object] = (
            [rng.choice(actions), N(target, rng.choice(["sur", "rank", "first"]))]
            if target
            else [rng.choice(["Circulate ", "Check "]), doc.ref()]
        )
        doc.line(
            "| ",
            *what,
            " | ",
            N(owner, rng.choice(["initials", "initials", "sur", "rank"])),
            " | ",
            doc.date(),
            " |",
        )
    doc.line()
    doc.line(
        "Next meeting: ",
        doc.date(),
        ", ",
        doc.time(),
        ". Minutes taken by ",
        N(rng.choice(present), "initials"),
        ".",
    )


def duty_rota(doc: Doc) -> None:
    rng = doc.rng
    pool = [doc.cast(serving=True) for _ in range(rng.randrange(6, 10))]
    doc.line(
        rng.choice(["DUTY ROTA", "Duty roster", "Guard and duty list"]),
        " - w/c ",
        doc.date(),
        ", ",
        doc.base(pool[0]),
    )
    doc.line()
    doc.line(
        D("header", "Day"),
        "\t",
        D("header", "Duty NCO"),
        "\t",
        D("header", "Driver"),
        "\t",
        D("header", "Contact"),
    )
    days = WEEKDAYS[: rng.randrange(5, 8)]
    for day in days:
        first_pick = rng.choice([p for p in pool if free(p, 2)])
        second_pick = rng.choice([p for p in pool if p is not first_pick and free(p)])
        doc.line(
            D("weekday", day),
            "\t",
            N(first_pick, "rank", rng.choice([0, 1, 4])),
            "\t",
            N(second_pick, rng.choice(["sur", "firstinit", "init"])),
            "\t",
            doc.phone(first_pick),
        )
    doc.line()
    doc.line(
        "Swaps to be agreed with ",
        doc.role(),
        " by ",
        doc.time(),
        " the day before. ",
        *word_sentence(doc),
    )
    doc.line("Emergency: ", doc.helpline(), ". Duty phone is in the guardroom.")


def sign_in_sheet(doc: Doc) -> None:
    rng = doc.rng
    doc.line("SIGN-IN SHEET - ", doc.team(), " drop-in, ", doc.date())
    doc.line("Please print your name and sign. Visitors must be escorted at all times.")
    doc.line()
    for i, header in enumerate(["Name", "Rank", "Unit", "Time in", "Time out", "Signature"]):
        doc.add(" | " if i else "", D("header", header))
    doc.add("\n")
    for _ in range(rng.randrange(5, 9)):
        p = doc.cast(serving=True)
        doc.line(
            N(p, rng.choice(["full", "caps", "surfirst", "full"])),
            " | ",
            D("rank", p.rank or "-"),
            " | ",
            doc.unit(p),
            " | ",
            doc.time(),
            " | ",
            doc.time(),
            " | ",
            N(p, "initials"),
        )
    doc.line()
    doc.line(
        "Total signed in: ", D("count", f"{rng.randrange(5, 40)} people"), ". ", *word_sentence(doc)
    )


def attendee_list(doc: Doc) -> None:
    rng = doc.rng
    event = rng.choice(
        [
            "Mental health first aid course",
            "Resettlement brief",
            "Families day planning",
            "Remembrance parade",
            "Suicide prevention training",
        ]
    )
    people = [doc.cast(serving=True) for _ in range(rng.randrange(5, 9))]
    doc.line(event, " - attendees (", D("count", f"{len(people)} names"), "), ", doc.date())
    doc.line()
    for i, p in enumerate(people, start=1):
        doc.line(
            f"{i}. ", N(p, "rank", rng.choice([0, 1, 2, 4])), ", ", doc.unit(p), ", ", doc.base(p)
        )
    doc.line()
    lead = rng.choice(people)
    doc.line(
        "Course lead: ",
        N(lead, rng.choice(["title", "full", "first"])),
        ", ",
        doc.product(),
        ". Joining instructions: ",
        doc.ref(),
    )
    doc.line(*word_sentence(doc))


def rota(doc: Doc) -> None:
    doc.rng.choice([duty_rota, sign_in_sheet, attendee_list])(doc)


# ---------------------------------------------------------------- the corpus

BUILDERS = {
    "letter": letter,
    "email": email,
    "form": form,
    "table": table,
    "chat": chat,
    "minutes": minutes,
    "rota": rota,
}
ORDER = ["letter", "email", "form", "table", "chat", "minutes", "rota", "chat"]


def acceptable(doc: Doc) -> bool:
    mentions = Counter(s["entity"] for s in doc.spans if s["type"] == "PERSON")
    words = len(doc.text.split())
    return bool(mentions) and max(mentions.values()) <= MAX_MENTIONS and 30 <= words <= 400


def build_document(rng: random.Random, style: str) -> Doc:
    while True:
        doc = Doc(rng, style)
        BUILDERS[style](doc)
        if acceptable(doc):
            return doc


def build_corpus() -> str:
    rng = random.Random(SEED)
    styles = [ORDER[i % len(ORDER)] for i in range(sum(STYLE_COUNTS.values()))]
    assert Counter(styles) == Counter(STYLE_COUNTS), Counter(styles)
    lines = []
    for number, style in enumerate(styles, start=1):
        doc = build_document(rng, style)
        record = {
            "id": f"heldout-f-{number:04d}",
            "style": style,
            "format": "txt",
            "text": doc.text,
            "spans": doc.spans,
            "decoys": doc.decoys,
        }
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return "\n".join(lines) + "\n"


def table_lines(title: str, counts: Counter) -> list[str]:
    rows = [f"| {title} | count |", "|---|---|"]
    rows += [f"| {key} | {counts[key]} |" for key in sorted(counts)]
    rows.append(f"| total | {sum(counts.values())} |")
    return rows


def stats(content: str) -> str:
    records = [json.loads(line) for line in content.splitlines()]
    words = [len(r["text"].split()) for r in records]
    entities: Counter = Counter()
    for r in records:
        entities.update(
            Counter((r["id"], s["entity"]) for s in r["spans"] if s["type"] == "PERSON")
        )
    mean = round(sum(words) / len(words))
    repeated = sum(1 for n in entities.values() if n > 1)
    out = [
        f"documents: {len(records)}",
        f"words per document: min {min(words)}, max {max(words)}, mean {mean}",
        f"distinct people (entities, counted per document): {len(entities)}",
        f"people mentioned more than once in their document: {repeated}",
        "",
    ]
    spans = [s for r in records for s in r["spans"]]
    tables = {
        "style": Counter(r["style"] for r in records),
        "type": Counter(s["type"] for s in spans),
        "type/form": Counter(f"{s['type']}/{s['form']}" for s in spans),
        "decoy kind": Counter(d["kind"] for r in records for d in r["decoys"]),
    }
    for title, counts in tables.items():
        out += [*table_lines(title, counts), ""]
    out.append(f"sha256: {hashlib.sha256(content.encode('utf-8')).hexdigest()}")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare a rebuild with corpus.jsonl")
    parser.add_argument("--stats", action="store_true", help="print counts of the rebuilt corpus")
    args = parser.parse_args()
    content = build_corpus()
    if args.check:
        if OUT.read_bytes() != content.encode("utf-8"):
            print("corpus.jsonl differs from a rebuild", file=sys.stderr)
            return 1
        print("corpus.jsonl reproduced")
        return 0
    if args.stats:
        print(stats(content))
        return 0
    OUT.write_bytes(content.encode("utf-8"))
    print(f"wrote {OUT.name}: {content.count(chr(10))} documents")
    return 0


if __name__ == "__main__":
    sys.exit(main())
