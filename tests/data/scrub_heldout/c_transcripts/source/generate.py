"""Held-out scrub corpus C: whole research interviews and focus groups as vendors return them.

Standard library only, one seeded stream, so the same Python writes the same bytes:

    python generate.py            # writes ../corpus.jsonl
    python generate.py --check    # "corpus.jsonl reproduced" or exit 1
    python generate.py --stats    # counts per type, form, decoy kind and format
    python generate.py --out PATH # writes elsewhere (the test uses it)

Every label is recorded at the moment its text is appended (``Doc.add``), so offsets are
exact by construction; the only later change to the text swaps a space for a line break
(same length) to wrap cue lines and hard-wrapped plain text.
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pools
import script

SEED = 20261205
DOCUMENTS = {"txt": 46, "vtt": 43, "srt": 43}
HERE = Path(__file__).resolve().parent
LABELS: dict[str, int] = {}  # PERSON spans that are speaker labels, per document
SPOKEN: dict[str, int] = {}  # spoken words per document (labels and timings not counted)
CORPUS = HERE.parent / "corpus.jsonl"
SLOT = re.compile(r"\{([^{}]+)\}")
SENTENCE_END = re.compile(r"(?<=[.?!])\s+")

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
ORDINALS = {
    1: "first",
    2: "second",
    3: "third",
    4: "fourth",
    5: "fifth",
    6: "sixth",
    7: "seventh",
    8: "eighth",
    9: "ninth",
    10: "tenth",
    11: "eleventh",
    12: "twelfth",
    13: "thirteenth",
    14: "fourteenth",
    15: "fifteenth",
    16: "sixteenth",
    17: "seventeenth",
    18: "eighteenth",
    19: "nineteenth",
    20: "twentieth",
    30: "thirtieth",
}
NATO = {
    "A": "alpha",
    "B": "bravo",
    "C": "charlie",
    "D": "delta",
    "E": "echo",
    "F": "foxtrot",
    "K": "kilo",
    "M": "mike",
    "P": "papa",
    "S": "sierra",
    "T": "tango",
    "W": "whiskey",
    "Y": "yankee",
    "Z": "zulu",
}


def words(n: int, hyphen: bool = True) -> str:
    """A number below 100 in words ("forty-two", or "forty two" as some vendors write it)."""
    if n < 20:
        return ONES[n]
    tens, unit = divmod(n, 10)
    if not unit:
        return TENS[tens]
    return TENS[tens] + ("-" if hyphen else " ") + ONES[unit]


def ordinal(n: int) -> str:
    if n in ORDINALS:
        return ORDINALS[n]
    tens, unit = divmod(n, 10)
    return TENS[tens] + "-" + ORDINALS[unit]


def spoken_digits(rng: random.Random, groups: list[str]) -> str:
    """Digit groups read aloud: "oh seven seven double oh, nine one two..."."""
    zero = rng.choice(["oh", "oh", "zero"])
    out = []
    for group in groups:
        said: list[str] = []
        i = 0
        while i < len(group):
            d = group[i]
            run = 1
            while i + run < len(group) and group[i + run] == d and run < 3:
                run += 1
            name = zero if d == "0" else ONES[int(d)]
            if run == 3 and rng.random() < 0.7:
                said.append("triple " + name)
            elif run >= 2 and rng.random() < 0.75:
                said.append("double " + name)
                run = 2
            else:
                said.append(name)
                run = 1
            i += run
        out.append(" ".join(said))
    return rng.choice([", ", " ", "... "]).join(out)


def year_words(rng: random.Random, year: int) -> str:
    if year >= 2000:
        rest = year - 2000
        if rest == 0:
            return "two thousand"
        return rng.choice(["two thousand and ", "two thousand "]) + words(rest)
    short = words(year % 100) if year % 100 >= 10 else "oh " + ONES[year % 100]
    return rng.choice(["nineteen ", "nineteen ", ""]) + short


# ---------------------------------------------------------------- people


@dataclass
class Person:
    key: str
    first: str
    sur: str
    sex: str
    origin: str
    dim: str | None
    rank: tuple[str, str] | None
    title: str
    typo_of: str
    titled: bool = False
    mentioned: bool = False

    @property
    def pronouns(self) -> dict[str, str]:
        he, him, his = ("he", "him", "his") if self.sex == "m" else ("she", "her", "her")
        bloke = "bloke" if self.sex == "m" else "woman"
        return {
            "he": he,
            "him": him,
            "his": his,
            "He": he.title(),
            "His": his.title(),
            "bloke": bloke,
        }


def misspell(rng: random.Random, word: str) -> str:
    """A plausible mis-hearing or mistyping that differs from the word."""
    for _ in range(50):
        letters = list(word)
        i = rng.randrange(1, len(letters)) if len(letters) > 2 else 0
        how = rng.choice(["swap", "double", "drop", "vowel", "vowel"])
        if how == "swap" and i < len(letters) - 1 and letters[i].isalpha():
            letters[i], letters[i + 1] = letters[i + 1], letters[i]
        elif how == "double" and letters[i].isalpha():
            letters.insert(i, letters[i])
        elif how == "drop" and len(letters) > 4 and letters[i].isalpha():
            del letters[i]
        elif how == "vowel":
            spots = [j for j, c in enumerate(letters) if c in "aeiou" and j > 0]
            if spots:
                j = rng.choice(spots)
                letters[j] = rng.choice([v for v in "aeiou" if v != letters[j]])
        out = "".join(letters)
        if out != word and len(out) >= 3:
            return out
    return word + "e"


class Cast:
    """The people of one document: no two share a name word."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.people: list[Person] = []
        self.used: set[str] = set()

    def new(
        self, military: bool, title: str | None = None, service: str = "army", level: str = "other"
    ) -> Person:
        rng = self.rng
        origins = list(pools.FIRST)
        weights = [28 if o == "english" else 8 for o in origins]
        while True:
            origin = rng.choices(origins, weights)[0]
            first, sex, dims = rng.choice(pools.FIRST[origin])
            sur_origin = origin if rng.random() < 0.85 else rng.choice(origins)
            raw = rng.choice(pools.SURNAMES[sur_origin])
            sur = raw if isinstance(raw, str) else raw[0 if sex == "m" else 1]
            options = list(dims)
            if military and sur in pools.SURNAME_NICKNAMES:
                nick = pools.SURNAME_NICKNAMES[sur]
                options += [nick, nick, f"{nick} {sur}"]
            if military and origin in pools.ORIGIN_NICKNAMES and rng.random() < 0.3:
                options.append(pools.ORIGIN_NICKNAMES[origin])
            if military and rng.random() < 0.12:
                options.append(rng.choice(pools.LOOSE_NICKNAMES))
            dim = rng.choice(options) if options else None
            typo_target = sur if rng.random() < 0.7 or len(first) < 5 else first
            typo = misspell(rng, typo_target)
            words_ = {w.lower() for w in f"{first} {sur} {dim or ''} {typo}".split()}
            if words_ & self.used:
                continue
            self.used |= words_
            break
        rank = None
        if military:
            rank = rng.choice(pools.RANKS[service][level])
        person = Person(
            key=f"p{len(self.people) + 1}",
            first=first,
            sur=sur,
            sex=sex,
            origin=origin,
            dim=dim,
            rank=rank,
            title=title or rng.choice(pools.TITLES[sex]),
            typo_of=("sur" if typo_target == sur else "first") + ":" + typo,
            titled=title is not None,
        )
        self.people.append(person)
        return person


FORM_WEIGHTS = {
    "full": 14,
    "first": 22,
    "sur": 10,
    "rank": 14,
    "title": 5,
    "init": 7,
    "dim": 16,
    "typo": 9,
    "broken": 4,
}


def spell(rng: random.Random, name: str) -> str:
    style = rng.choice(["-", " ", ", ", "-"])
    parts = []
    for word in re.split(r"([ '\-])", name):
        if word == " ":
            continue
        if word == "'":
            parts.append("apostrophe")
        elif word == "-":
            parts.append("hyphen")
        elif word:
            parts.append(style.join(c.upper() for c in word))
    return (", " if style != ", " else "... ").join(parts)


def render_person(rng: random.Random, p: Person, form: str) -> tuple[str, str]:
    """The text of one mention and the form label it is scored under."""
    if form == "any":
        forms = [f for f in FORM_WEIGHTS if allowed(p, f)]
        form = rng.choices(forms, [FORM_WEIGHTS[f] for f in forms])[0]
    if form == "name":
        forms = ["first", "full"] + (["dim", "dim"] if p.dim else [])
        form = rng.choice(forms)
    if not allowed(p, form):
        form = "title" if form == "rank" else "full" if form != "dim" else "first"
        if not allowed(p, form):
            form = "full"
    p_first, p_sur = p.first, p.sur
    if form == "full":
        text = f"{p_first} {p_sur}"
    elif form == "first":
        text = p_first
    elif form == "sur":
        text = p_sur
    elif form == "rank":
        assert p.rank
        rank = p.rank[0] if rng.random() < 0.55 else p.rank[1]
        text = f"{rank} {p_first} {p_sur}" if rng.random() < 0.2 else f"{rank} {p_sur}"
    elif form == "title":
        text = f"{p.title} {p_sur}"
    elif form == "init":
        text = rng.choice([f"{p_first[0]}. {p_sur}", f"{p_first[0]} {p_sur}"])
    elif form == "surfirst":
        text = rng.choice([f"{p_sur.upper()}, {p_first}", f"{p_sur}, {p_first}"])
    elif form == "dim":
        assert p.dim
        text = p.dim
    elif form == "typo":
        which, typo = p.typo_of.split(":", 1)
        text = (
            typo
            if rng.random() < 0.5
            else (f"{p_first} {typo}" if which == "sur" else f"{typo} {p_sur}")
        )
    elif form == "spell":
        text = spell(rng, p_sur)
    elif form == "broken":
        text = f"{p_first}\n{p_sur}"
    else:
        raise ValueError(form)
    if form != "typo" and form != "spell":
        p.mentioned = True
    return text, form


def allowed(p: Person, form: str) -> bool:
    if form == "rank":
        return p.rank is not None
    if form == "title":
        return p.rank is None and p.titled
    if form == "dim":
        return p.dim is not None
    if form == "typo":
        return p.mentioned
    return True


# ---------------------------------------------------------------- values


def postcode(rng: random.Random, district: str) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    sep = " " if rng.random() < 0.9 else ""
    return f"{district}{sep}{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}"


def nhs_number(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        digits[0] = rng.randint(4, 9)
        check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
        if check == 11:
            check = 0
        if check != 10:
            return "".join(map(str, digits)) + str(check)


def ni_number(rng: random.Random) -> str:
    first = "ABCEGHJKLMNOPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        prefix = rng.choice(first) + rng.choice(second)
        if prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return prefix + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def iban(rng: random.Random, sort: str, account: str) -> str:
    bank = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"])
    bban = bank + sort + account
    numeric = "".join(str(int(c, 36)) for c in bban + "GB00")
    check = 98 - int(numeric) % 97
    return f"GB{check:02d}{bban}"


def ascii_fold(text: str) -> str:
    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", flat.lower())


@dataclass
class Profile:
    """A participant's own values: said once or more in one interview."""

    person: Person
    service: str
    age: int
    age_then: int
    dob: tuple[int, int, int]
    phone: list[str]
    svc: str
    ni: str
    nhs: str
    email: str
    sort: str
    acct: str
    home: tuple[str, str]
    town: str
    addr: str
    garrison: str
    base: str
    abbr: str
    postcode: str
    kid_age: int
    units: dict[str, tuple[str, ...]] = field(default_factory=dict)


def make_profile(rng: random.Random, person: Person, service: str) -> Profile:
    age = rng.randint(23, 66)
    year = 2026 - age - rng.randint(0, 1)
    dob = (rng.randint(1, 28), rng.randint(1, 12), year)
    if rng.random() < 0.7:
        phone = ["07" + str(rng.randint(100, 999)), str(rng.randint(100000, 999999))]
    elif rng.random() < 0.5:
        phone = ["01" + str(rng.randint(100, 999)), str(rng.randint(100000, 999999))]
    else:
        phone = ["020", "7946", f"{rng.randint(0, 999):04d}"]
    kind = rng.choice(["army", "tri", "officer"]) if service == "army" else service
    svc = {
        "army": rng.choice(["24", "25"]) + f"{rng.randint(0, 999999):06d}",
        "tri": "30" + f"{rng.randint(0, 999999):06d}",
        "officer": str(rng.randint(520000, 569999)),
        "raf": rng.choice(["8", "30"]) + f"{rng.randint(0, 999999):06d}",
        "navy": rng.choice(["D", "P", "C"])
        + f"{rng.randint(0, 999999):06d}"
        + rng.choice(["", "", "K", "T"]),
    }[kind]
    user_first = ascii_fold(person.first)
    user_sur = ascii_fold(person.sur)
    domain = rng.choice(pools.EMAIL_DOMAINS)
    user = rng.choice(
        [
            f"{user_first}.{user_sur}",
            f"{user_first[0]}.{user_sur}",
            f"{user_first}{user_sur}{rng.randint(1, 99)}",
            f"{user_sur}_{user_first[0]}",
            f"{ascii_fold(person.dim or person.first)}{rng.randint(60, 99)}",
            f"{user_first}.{user_sur}{rng.randint(100, 999)}",
        ]
    )
    if domain == "mod.gov.uk":
        user = f"{user_first}.{user_sur}{rng.randint(100, 999)}"
    home = rng.choice(pools.TOWNS)
    town = rng.choice([t for t, _ in pools.TOWNS if t != home[0]])
    if rng.random() < 0.15:
        addr = f"{rng.choice(pools.HOUSE_NAMES)}, {rng.choice(pools.STREET_NAMES)}"
    elif rng.random() < 0.25:
        addr = f"Flat {rng.randint(1, 24)}, {rng.randint(1, 140)} {rng.choice(pools.STREET_NAMES)}"
    else:
        number = str(rng.randint(1, 220)) + ("a" if rng.random() < 0.08 else "")
        addr = f"{number} {rng.choice(pools.STREET_NAMES)}"
    bases = [b for b, k in pools.BASES if k == "base"]
    abbrs = [b for b, k in pools.BASES if k == "abbreviation"]
    garrisons = [b for b, k in pools.BASES if k == "garrison"]
    own = {
        "army": rng.choice(["battalion", "battalion", "regiment"]),
        "navy": rng.choice(["ship", "commando"]),
        "raf": "squadron",
    }[service]
    units = {kind_: rng.choice(pools.UNITS[kind_]) for kind_ in pools.UNITS}
    units["own"] = (own, *units[own])  # type: ignore[assignment]
    other_kind = rng.choice([k for k in pools.UNITS if k != own])
    units["other"] = (other_kind, *units[other_kind])  # type: ignore[assignment]
    return Profile(
        person=person,
        service=service,
        age=age,
        age_then=min(rng.randint(16, 24), age - 5),
        dob=dob,
        phone=phone,
        svc=svc,
        ni=ni_number(rng),
        nhs=nhs_number(rng),
        email=f"{user}@{domain}",
        sort=f"{rng.randint(10, 99)}{rng.randint(0, 9999):04d}",
        acct=f"{rng.randint(10000000, 99999999)}",
        home=home,
        town=town,
        addr=addr,
        garrison=rng.choice(garrisons),
        base=rng.choice(bases),
        abbr=rng.choice(abbrs),
        postcode=postcode(rng, home[1]),
        kid_age=rng.randint(1, 15),
        units=units,
    )


MONTH_NAMES = pools.MONTHS


def dob_digits(rng: random.Random, dob: tuple[int, int, int]) -> str:
    d, m, y = dob
    return rng.choice(
        [
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}/{y}",
            f"{d:02d}.{m:02d}.{y % 100:02d}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d} {MONTH_NAMES[m - 1][:3]} {y}",
            f"{d} {MONTH_NAMES[m - 1]} {y}",
            f"{d}{suffix(d)} {MONTH_NAMES[m - 1]} {y}",
            f"{d}/{m}/{y % 100:02d}",
        ]
    )


def suffix(d: int) -> str:
    if d in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def dob_words(rng: random.Random, dob: tuple[int, int, int]) -> str:
    d, m, y = dob
    month = MONTH_NAMES[m - 1]
    year = year_words(rng, y)
    return rng.choice(
        [
            f"the {ordinal(d)} of {month}, {year}",
            f"{ordinal(d)} of {month} {year}",
            f"{month} the {ordinal(d)}, {year}",
            f"{ordinal(d)} {month}, {year}",
            f"the {ordinal(d)} of the {ordinal(m)}, {year}",
            f"{words(d)} {words(m)} {year}",
        ]
    )


def phone_digits(rng: random.Random, phone: list[str]) -> str:
    joined = "".join(phone)
    if phone[0] == "020":
        return rng.choice(["020 7946 " + phone[2], "(020) 7946 " + phone[2], joined])
    return rng.choice(
        [
            " ".join(phone),
            joined,
            f"{joined[:5]} {joined[5:8]} {joined[8:]}",
            f"{joined[:4]} {joined[4:7]} {joined[7:]}",
            f"+44 {joined[1:5]} {joined[5:]}",
            f"{joined[:5]}-{joined[5:]}",
            f"({joined[:5]}) {joined[5:]}",
        ]
    )


def phone_words(rng: random.Random, phone: list[str]) -> str:
    joined = "".join(phone)
    if phone[0] == "020":
        groups = ["020", "7946", phone[2]]
    else:
        groups = rng.choice(
            [
                [joined[:5], joined[5:8], joined[8:]],
                [joined[:5], joined[5:]],
                [joined[:4], joined[4:7], joined[7:]],
            ]
        )
    return spoken_digits(rng, groups)


def svc_words(rng: random.Random, svc: str) -> str:
    letters = [c for c in svc if c.isalpha()]
    digits = "".join(c for c in svc if c.isdigit())
    groups = [digits[:2], digits[2:5], digits[5:]] if len(digits) == 8 else [digits[:3], digits[3:]]
    said = spoken_digits(rng, groups)
    if letters:
        head = svc[0]
        name = NATO.get(head, head) if rng.random() < 0.5 else head
        said = f"{name}, {said}"
        if svc[-1].isalpha():
            said += f", {NATO.get(svc[-1], svc[-1])}"
    return said


def email_words(rng: random.Random, email: str) -> str:
    user, domain = email.split("@")
    out = []
    for chunk in re.split(r"([._]|\d+)", user):
        if not chunk:
            continue
        if chunk == ".":
            out.append("dot")
        elif chunk == "_":
            out.append("underscore")
        elif chunk.isdigit():
            out.append(" ".join(ONES[int(c)] for c in chunk))
        else:
            out.append(chunk)
    at = rng.choice(["at", "at", "at sign"])
    dom = " dot ".join(domain.split("."))
    return " ".join(out) + f" {at} " + dom


def ni_layout(rng: random.Random, ni: str) -> str:
    return rng.choice(
        [ni, f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", f"{ni[:2]} {ni[2:8]} {ni[8]}"]
    )


def nhs_layout(rng: random.Random, nhs: str) -> str:
    return rng.choice([f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}", nhs, f"{nhs[:3]}-{nhs[3:6]}-{nhs[6:]}"])


def sort_layout(rng: random.Random, sort: str) -> str:
    if rng.random() < 0.15:
        return spoken_digits(rng, [sort[:2], sort[2:4], sort[4:]])
    return rng.choice(
        [f"{sort[:2]}-{sort[2:4]}-{sort[4:]}", sort, f"{sort[:2]} {sort[2:4]} {sort[4:]}"]
    )


def age_text(rng: random.Random, age: int, how: str = "any") -> tuple[str, str]:
    if how == "any":
        how = "digits" if rng.random() < 0.55 else "words"
    if how == "digits":
        return str(age), "digits"
    return words(age, hyphen=rng.random() < 0.8), "words"


# ---------------------------------------------------------------- the document


@dataclass
class Doc:
    parts: list[str] = field(default_factory=list)
    pos: int = 0
    spans: list[dict[str, object]] = field(default_factory=list)
    decoys: list[dict[str, object]] = field(default_factory=list)
    regions: list[tuple[int, int, int]] = field(default_factory=list)
    speaker_labels: int = 0

    def add(
        self, text: str, label: dict[str, object] | None = None, decoy: str | None = None
    ) -> None:
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        if label is not None and text:
            span: dict[str, object] = {"type": label["type"], "start": start, "end": self.pos}
            if "entity" in label:
                span["entity"] = label["entity"]
            if label.get("speaker_label"):
                self.speaker_labels += 1
            span["form"] = label["form"]
            self.spans.append(span)
        if decoy is not None and text:
            self.decoys.append({"start": start, "end": self.pos, "kind": decoy})

    def text(self) -> str:
        return "".join(self.parts)


Token = tuple[str, dict[str, object] | None, str | None]


class Voice:
    """A speaker: a participant with a profile, the interviewer, or a partner."""

    def __init__(self, person: Person, role: str, profile: Profile | None) -> None:
        self.person = person
        self.role = role
        self.profile = profile
        self.label: list[Token] = []


class Writer:
    """Turns templates into tokens for one document."""

    def __init__(self, rng: random.Random, cast: dict[str, Person], lower: bool) -> None:
        self.rng = rng
        self.cast = cast
        self.lower = lower
        self.other: Person | None = None
        self.last_profile: Profile | None = None

    def utter(self, template: str, voice: Voice, others: list[Voice]) -> list[Token]:
        rng = self.rng
        tokens: list[Token] = []
        self.other = None  # one "oth" per utterance
        pos = 0
        for m in SLOT.finditer(template):
            if m.start() > pos:
                tokens.append((template[pos : m.start()], None, None))
            tokens.append(self.slot(m.group(1), voice, others, self.at_start(tokens)))
            pos = m.end()
        if pos < len(template):
            tokens.append((template[pos:], None, None))
        if self.lower:
            tokens = [(t.lower(), lab, dec) for t, lab, dec in tokens]
        del rng
        return tokens

    @staticmethod
    def at_start(tokens: list[Token]) -> bool:
        before = "".join(t for t, _, _ in tokens).rstrip(' "')
        return not before or before[-1] in ".?!"

    def slot(self, name: str, voice: Voice, others: list[Voice], start: bool) -> Token:
        rng = self.rng
        if name.startswith("="):
            typed, _, text = name[1:].partition("=")
            kind, _, form = typed.partition("/")
            return text, {"type": kind, "form": form}, None
        if name.startswith("~"):
            kind, _, text = name[1:].partition("=")
            if not text:
                text = self.decoy_text(kind)
            if start:
                text = text[0].upper() + text[1:]
            return text, None, kind
        if "." in name:
            who, form = name.split(".")
            person = self.who(who, voice, others)
            if form in person.pronouns:
                return person.pronouns[form], None, None
            if who != "me" and form in ("full", "name") and (rng.random() < 0.5):
                form = "any"
            text, form = render_person(rng, person, form)
            return text, {"type": "PERSON", "entity": person.key, "form": form}, None
        # The interviewer reads back the values of the participant who spoke last.
        profile = voice.profile or self.last_profile
        assert profile is not None, name
        return self.value(name, profile, start)

    def who(self, who: str, voice: Voice, others: list[Voice]) -> Person:
        if who == "me":
            return voice.person
        if who == "oth":
            if self.other is None:
                self.other = self.rng.choice(others).person
            return self.other
        return self.cast[who]

    def decoy_text(self, kind: str) -> str:
        rng = self.rng
        if kind == "product":
            return rng.choice(pools.PRODUCTS)
        if kind == "rank":
            return rng.choice(pools.GENERIC_RANKS)
        if kind == "service":
            return rng.choice(pools.SERVICES)
        if kind == "month":
            return rng.choice(pools.MONTHS)
        if kind == "weekday":
            return rng.choice(pools.WEEKDAYS)
        if kind == "operation":
            return rng.choice(pools.OPERATIONS)
        if kind == "year":
            year = rng.randint(1982, 2024)
            return str(year) if rng.random() < 0.75 else year_words(rng, year)
        raise ValueError(kind)

    def value(self, name: str, p: Profile, start: bool) -> Token:
        rng = self.rng

        def lab(kind: str, form: str) -> dict[str, object]:
            return {"type": kind, "form": form}

        if name in ("age", "age_w", "age_d", "age_then", "kid_age", "oage"):
            age = {
                "kid_age": p.kid_age,
                "oage": rng.randint(19, 34),
                "age_then": p.age_then,
            }.get(name, p.age)
            how = {"age_w": "words", "age_d": "digits"}.get(name, "any")
            text, form = age_text(rng, age, how)
            if start:
                text = text[0].upper() + text[1:]
            return text, lab("AGE", form), None
        if name in ("dob", "dob_w", "dob_d"):
            how = {"dob_w": "words", "dob_d": "digits"}.get(
                name, "digits" if rng.random() < 0.6 else "words"
            )
            text = dob_digits(rng, p.dob) if how == "digits" else dob_words(rng, p.dob)
            if start:
                text = text[0].upper() + text[1:]
            return text, lab("DATE_OF_BIRTH", how), None
        if name in ("phone", "phone_w", "phone_d"):
            how = {"phone_w": "words", "phone_d": "digits"}.get(
                name, "digits" if rng.random() < 0.7 else "words"
            )
            text = phone_digits(rng, p.phone) if how == "digits" else phone_words(rng, p.phone)
            return text, lab("PHONE", how), None
        if name in ("svc", "svc_w", "svc_d"):
            how = {"svc_w": "words", "svc_d": "digits"}.get(
                name, "digits" if rng.random() < 0.65 else "words"
            )
            if how == "digits":
                text = (
                    p.svc if rng.random() < 0.7 or len(p.svc) != 8 else (f"{p.svc[:4]} {p.svc[4:]}")
                )
            else:
                text = svc_words(rng, p.svc)
            return text, lab("SERVICE_NUMBER", how), None
        if name == "ni":
            return ni_layout(rng, p.ni), lab("NI_NUMBER", "digits"), None
        if name == "nhs":
            return nhs_layout(rng, p.nhs), lab("NHS_NUMBER", "digits"), None
        if name in ("email", "email_w", "email_d"):
            how = {"email_w": "words", "email_d": "plain"}.get(
                name, "plain" if rng.random() < 0.65 else "words"
            )
            text = p.email if how == "plain" else email_words(rng, p.email)
            return text, lab("EMAIL", how), None
        if name == "sort":
            return sort_layout(rng, p.sort), lab("BANK_ACCOUNT", "sort_code"), None
        if name == "acct":
            return p.acct, lab("BANK_ACCOUNT", "account"), None
        if name == "iban":
            code = iban(rng, p.sort, p.acct)
            if rng.random() < 0.5:
                code = " ".join(code[i : i + 4] for i in range(0, len(code), 4))
            return code, lab("BANK_ACCOUNT", "iban"), None
        if name == "addr":
            return p.addr, lab("ADDRESS", "street"), None
        if name == "pc":
            return p.postcode, lab("POSTCODE", "plain"), None
        if name == "home":
            return p.home[0], lab("LOCATION", "town"), None
        if name == "town":
            return p.town, lab("LOCATION", "town"), None
        if name == "garrison":
            return p.garrison, lab("BASE", "garrison"), None
        if name == "base":
            return p.base, lab("BASE", "base"), None
        if name == "abbr":
            return p.abbr, lab("BASE", "abbreviation"), None
        if name in ("unit", "unit2"):
            kind, *names = p.units["own" if name == "unit" else "other"]
            return rng.choice(names), lab("UNIT", kind), None
        if name in pools.UNITS:
            return rng.choice(p.units[name]), lab("UNIT", name), None
        raise ValueError(name)


def sentences(tokens: list[Token]) -> list[list[Token]]:
    """Split an utterance at sentence ends inside its unlabelled text."""
    out: list[list[Token]] = [[]]
    for text, label, decoy in tokens:
        if label is not None or decoy is not None:
            out[-1].append((text, label, decoy))
            continue
        pieces = SENTENCE_END.split(text)
        for i, piece in enumerate(pieces):
            if i:
                out.append([])
            if piece:
                out[-1].append((piece, None, None))
    return [s for s in out if s]


def word_count(tokens: list[Token]) -> int:
    return sum(len(t.split()) for t, _, _ in tokens)


# ---------------------------------------------------------------- a conversation

MIDDLE = [
    "background",
    "joining",
    "service",
    "service",
    "incident",
    "service",
    "leaving",
    "now",
    "now",
]


def conversation(
    rng: random.Random,
    writer: Writer,
    interviewer: Voice,
    participants: list[Voice],
    partner: Voice | None,
    target: int,
) -> list[tuple[Voice, list[Token]]]:
    turns: list[tuple[Voice, list[Token]]] = []
    group = len(participants) > 1
    used: dict[str, list[str]] = {}
    annotation_style = rng.choice(["[{}]", "({})", "[{}]"])
    annotation_rate = rng.choice([0.0, 0.05, 0.1])

    def annotation() -> str:
        """A transcriber's note: never an identifier, never to be replaced."""
        what = rng.choice(["laughs", "laughter", "crosstalk", "pause", "inaudible", "sighs"])
        if what == "inaudible" and rng.random() < 0.6:
            what += f" {rng.randint(0, 1):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        return annotation_style.format(what)

    spares: dict[str, list[int]] = {}
    words_so_far = 0

    def pick(section: str, bank: dict[str, list[str]]) -> str:
        key = f"{id(bank)}:{section}"
        if not used.get(key):
            fresh = list(bank[section])
            rng.shuffle(fresh)
            used[key] = fresh
        return used[key].pop()

    def say(voice: Voice, template: str) -> None:
        nonlocal words_so_far
        others = [v for v in participants if v is not voice] or participants
        if voice.role == "participant":
            writer.last_profile = voice.profile
        tokens = writer.utter(template, voice, others)
        if rng.random() < annotation_rate:
            tokens.append((" " + annotation(), None, None))
        words_so_far += word_count(tokens)
        turns.append((voice, tokens))

    def sequence() -> None:
        steps = pick("sequence", {"sequence": list(map(str, range(len(script.SEQUENCES))))})
        voice = rng.choice(participants)
        for who, template in script.SEQUENCES[int(steps)]:
            say(voice if who == "p" else interviewer, template)

    def exchange(section: str) -> None:
        if section in ("service", "incident", "leaving") and rng.random() < 0.18:
            sequence()
        question = pick(section, script.QUESTIONS)
        if not group and "Morning all" in question:
            question = script.QUESTIONS[section][1]
        if group and section == "open" and rng.random() < 0.7:
            question = script.QUESTIONS["open"][3]
        paired = script.PAIRED.get(section)
        answer = None
        if paired and rng.random() < (0.7 if section == "admin" else 0.4):
            spare = spares.setdefault(section, list(range(len(paired))))
            if not spare:
                spare.extend(range(len(paired)))
            question, answers = paired[spare.pop(rng.randrange(len(spare)))]
            answer = rng.choice(answers)
        say(interviewer, question)
        speakers = (
            participants
            if section == "open"
            else rng.sample(participants, k=min(len(participants), rng.randint(1, 3)))
        )
        for voice in speakers:
            say(voice, answer or pick(section, script.ANSWERS))
            answer = None
            if rng.random() < 0.25:
                say(interviewer, rng.choice(script.INTERJECTIONS))
                say(voice, pick(section, script.ANSWERS))
            if group and rng.random() < 0.35:
                talker = rng.choice([v for v in participants if v is not voice])
                say(talker, pick("cross", {"cross": script.CROSS_TALK}))
            if partner is not None and rng.random() < 0.3:
                say(partner, pick("partner", {"partner": script.PARTNER_LINES}))

    if group:
        exchange("open")
    else:
        for first in (rng.choice(script.QUESTIONS["open"][:2]), script.QUESTIONS["open"][2]):
            script_open = used.setdefault(f"{id(script.QUESTIONS)}:open", [])
            script_open.clear()
            script_open.append(first)
            exchange("open")
    while words_so_far < target:
        for section in MIDDLE:
            exchange(section)
            if words_so_far >= target:
                break
    for _ in range(rng.randint(2, 4) if not group else rng.randint(1, 2)):
        exchange("admin")
    exchange("close")
    return turns


# ---------------------------------------------------------------- rendering


def label_tokens(
    rng: random.Random, voices: list[Voice], interviewer: Voice, scheme: str, group: bool
) -> None:
    """Speaker labels: role labels (decoys) or names (PERSON spans), fixed per document."""
    n = 0
    style = ""
    name_forms: list[str] = []
    for i, voice in enumerate(voices):
        if scheme == "speaker_n":
            style = rng.choice(["SPEAKER_{:02d}", "Speaker {}"]) if i == 0 else style
            voice.label = [(style.format(i if "_" in style else i + 1), None, "role")]
            continue
        named = scheme == "names" or (scheme == "mixed" and voice is not interviewer)
        if named:
            if not name_forms:
                name_forms = rng.choice(
                    [["full"], ["first"], ["upper_first"], ["upper_full"], ["dim_or_first"]]
                )
            how = name_forms[0]
            p = voice.person
            if how == "dim_or_first" and p.dim and " " not in p.dim:
                text, form = p.dim.upper(), "dim"
            elif how in ("first", "upper_first", "dim_or_first"):
                text, form = p.first, "first"
            else:
                text, form = f"{p.first} {p.sur}", "full"
            if how.startswith("upper") or how == "dim_or_first":
                text = text.upper()
            if voice is interviewer and rng.random() < 0.5:
                text, form = f"{p.title} {p.sur}", "title"
            p.mentioned = True
            voice.label = [
                (text, {"type": "PERSON", "entity": p.key, "form": form, "speaker_label": 1}, None)
            ]
            continue
        if voice is interviewer:
            text = rng.choice(
                ["Facilitator", "FAC", "Moderator", "MOD"]
                if group
                else ["Interviewer", "INT", "I", "Q", "IV", "INTERVIEWER"]
            )
        elif voice.role == "partner":
            text = rng.choice(["PARTNER", "P2", "Spouse", "R2"])
        else:
            n += 1
            text = f"P{n}" if group else rng.choice(["R", "P1", "Respondent", "PARTICIPANT", "A"])
        voice.label = [(text, None, "role")]


def stamp(seconds: float, comma: bool) -> str:
    ms = round(seconds * 1000)
    h, rest = divmod(ms, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, ms = divmod(rest, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{',' if comma else '.'}{ms:03d}"


def add_tokens(doc: Doc, tokens: list[Token]) -> None:
    for i, (text, label, decoy) in enumerate(tokens):
        if label is None and decoy is None and i == len(tokens) - 1:
            text = text.rstrip()
        doc.add(text, label, decoy)


def cues(rng: random.Random, tokens: list[Token]) -> list[list[Token]]:
    """Group an utterance's sentences into cues of about a dozen words."""
    out: list[list[Token]] = []
    for sentence in sentences(tokens):
        sentence = [
            (t.lstrip(), lab, dec) if j == 0 else (t, lab, dec)
            for j, (t, lab, dec) in enumerate(sentence)
        ]
        if out and word_count(out[-1]) + word_count(sentence) <= rng.randint(8, 16):
            out[-1].append((" ", None, None))
            out[-1].extend(sentence)
        else:
            out.append(list(sentence))
    return out


def render_txt(
    rng: random.Random, doc: Doc, turns: list[tuple[Voice, list[Token]]], header: list[list[Token]]
) -> None:
    layout = rng.choice(["colon", "colon", "stamp", "otter", "paren"])
    for line in header:
        add_tokens(doc, line)
        doc.add("\n")
    if header:
        doc.add("\n")
    clock = rng.uniform(2, 20)
    body_start = doc.pos
    for voice, tokens in turns:
        mins, secs = divmod(int(clock), 60)
        if layout == "stamp":
            doc.add(f"[{stamp(clock, False)[:8]}] ")
        add_tokens(doc, voice.label)
        if layout == "otter":
            doc.add(f"  {mins}:{secs:02d}\n")
        elif layout == "paren":
            doc.add(f" ({stamp(clock, False)[:8]}): ")
        else:
            doc.add(": ")
        add_tokens(
            doc,
            [
                (t.lstrip(), lab, dec) if i == 0 else (t, lab, dec)
                for i, (t, lab, dec) in enumerate(tokens)
            ],
        )
        doc.add("\n\n" if layout != "stamp" else "\n")
        clock += word_count(tokens) * 0.42 + rng.uniform(0.3, 2.5)
    doc.regions.append((body_start, doc.pos, 80 if rng.random() < 0.3 else 0))


def render_vtt(rng: random.Random, doc: Doc, turns: list[tuple[Voice, list[Token]]]) -> None:
    doc.add("WEBVTT")
    doc.add(rng.choice(["\n\n", " - research interview\n\n", "\nKind: captions\n\n"]))
    if rng.random() < 0.3:
        doc.add("NOTE\nTranscribed for research use. Confidential.\n\n")
    ids = rng.choice(["none", "number", "none"])
    close = rng.random() < 0.3
    settings = rng.choice(["", "", " align:start position:10%", " line:85%"])
    clock = rng.uniform(0.5, 5)
    n = 0
    for voice, tokens in turns:
        for cue in cues(rng, tokens):
            n += 1
            length = word_count(cue) * 0.4 + 0.6
            if ids == "number":
                doc.add(f"{n}\n")
            doc.add(f"{stamp(clock, False)} --> {stamp(clock + length, False)}{settings}\n")
            doc.add("<v ")
            add_tokens(doc, voice.label)
            doc.add(">")
            start = doc.pos
            add_tokens(doc, cue)
            doc.regions.append((start, doc.pos, 42))
            doc.add("</v>\n\n" if close else "\n\n")
            clock += length + rng.uniform(0.05, 1.2)


def render_srt(rng: random.Random, doc: Doc, turns: list[tuple[Voice, list[Token]]]) -> None:
    every = rng.random() < 0.4
    brackets = rng.random() < 0.25
    clock = rng.uniform(0.5, 5)
    n = 0
    for voice, tokens in turns:
        for j, cue in enumerate(cues(rng, tokens)):
            n += 1
            length = word_count(cue) * 0.4 + 0.6
            doc.add(f"{n}\n{stamp(clock, True)} --> {stamp(clock + length, True)}\n")
            start = doc.pos
            if j == 0 or every:
                if brackets:
                    doc.add("[")
                    add_tokens(doc, voice.label)
                    doc.add("] ")
                else:
                    add_tokens(doc, voice.label)
                    doc.add(": ")
            add_tokens(doc, cue)
            doc.regions.append((start, doc.pos, 42))
            doc.add("\n\n")
            clock += length + rng.uniform(0.05, 1.2)


def wrap(doc: Doc, text: str) -> str:
    """Turn spaces into line breaks (same length) inside cue payloads and wrapped bodies.

    Never inside a PERSON span or a decoy: a name broken over a line is its own form
    (``broken``), written as such on purpose.
    """
    keep = bytearray(len(text))
    for span in doc.spans:
        if span["type"] == "PERSON":
            keep[int(str(span["start"])) : int(str(span["end"]))] = b"\x01" * (
                int(str(span["end"])) - int(str(span["start"]))
            )
    for decoy in doc.decoys:
        s, e = int(str(decoy["start"])), int(str(decoy["end"]))
        keep[s:e] = b"\x01" * (e - s)
    chars = list(text)
    for start, end, width in doc.regions:
        if not width:
            continue
        column = 0
        last_space = -1
        i = start
        while i < end:
            c = chars[i]
            if c == "\n":
                column = 0
                last_space = -1
            else:
                column += 1
                if c == " " and not keep[i]:
                    last_space = i
                if column > width and last_space >= 0:
                    chars[last_space] = "\n"
                    column = i - last_space
                    last_space = -1
            i += 1
    out = "".join(chars)
    assert len(out) == len(text)
    return out


def document(rng: random.Random, number: int, fmt: str) -> dict[str, object]:
    cast_maker = Cast(rng)
    group = rng.random() < 0.35
    n_participants = rng.randint(3, 5) if group else 1
    services = [rng.choice(["army", "army", "army", "navy", "raf"]) for _ in range(n_participants)]
    interviewer_person = cast_maker.new(False, title=rng.choice(["Dr", "Dr", "Ms", "Mr"]))
    participants: list[Voice] = []
    for service in services:
        person = cast_maker.new(True, service=service)
        participants.append(Voice(person, "participant", make_profile(rng, person, service)))
    main_service = services[0]
    cast = {
        "int": interviewer_person,
        "mate": cast_maker.new(True, service=main_service),
        "mate2": cast_maker.new(True, service=main_service),
        "sgt": cast_maker.new(True, service=main_service, level="nco"),
        "boss": cast_maker.new(True, service=main_service, level="officer"),
        "partner": cast_maker.new(False),
        "kid": cast_maker.new(False),
        "gp": cast_maker.new(False, title="Dr"),
        "welfare": cast_maker.new(True, service=main_service, level=rng.choice(["nco", "officer"])),
        "vet": participants[0].person,
    }
    interviewer = Voice(interviewer_person, "interviewer", None)
    partner = None
    if not group and rng.random() < 0.25:
        partner = Voice(cast["partner"], "partner", participants[0].profile)
    lower = fmt == "srt" and rng.random() < 0.3
    writer = Writer(rng, cast, lower)
    target = rng.randint(780, 2050)
    turns = conversation(rng, writer, interviewer, participants, partner, target)
    SPOKEN[f"c-{number:04d}"] = sum(word_count(tokens) for _, tokens in turns)
    voices = [interviewer, *participants] + ([partner] if partner else [])
    scheme = rng.choice(["roles", "roles", "roles", "speaker_n", "speaker_n", "names", "mixed"])
    label_tokens(rng, voices, interviewer, scheme, group)
    doc = Doc()
    if fmt == "txt":
        header = (
            header_lines(rng, writer, interviewer, participants) if (rng.random() < 0.6) else []
        )
        render_txt(rng, doc, turns, header)
    elif fmt == "vtt":
        render_vtt(rng, doc, turns)
    else:
        render_srt(rng, doc, turns)
    text = wrap(doc, doc.text())
    LABELS[f"c-{number:04d}"] = doc.speaker_labels
    for span in doc.spans:
        assert text[int(str(span["start"])) : int(str(span["end"]))].strip(), span
    return {
        "id": f"c-{number:04d}",
        "style": "focus_group" if group else ("interview_partner" if partner else "interview"),
        "format": fmt,
        "text": text,
        "spans": doc.spans,
        "decoys": doc.decoys,
    }


def header_lines(
    rng: random.Random, writer: Writer, interviewer: Voice, participants: list[Voice]
) -> list[list[Token]]:
    """A vendor's header block: participants often as "SURNAME, First" or initials."""
    lines: list[list[Token]] = [
        [(f"Transcript: transition study, audio file {rng.randint(100, 999)}.m4a", None, None)]
    ]
    for i, voice in enumerate(participants, 1):
        form = rng.choice(["surfirst", "surfirst", "init", "full"])
        text, form = render_person(rng, voice.person, form)
        lines.append(
            [
                (f"Participant {i}: ", None, None),
                (text, {"type": "PERSON", "entity": voice.person.key, "form": form}, None),
            ]
        )
    text, form = render_person(rng, interviewer.person, rng.choice(["title", "full", "init"]))
    lines.append(
        [
            ("Interviewer: ", None, None),
            (text, {"type": "PERSON", "entity": interviewer.person.key, "form": form}, None),
        ]
    )
    weekday = rng.choice(pools.WEEKDAYS)
    month = rng.choice(pools.MONTHS)
    lines.append(
        [
            ("Date of interview: ", None, None),
            (weekday, None, "weekday"),
            (f" {rng.randint(1, 28)} ", None, None),
            (month, None, "month"),
            (" 2026", None, None),
        ]
    )
    lines.append([(f"Duration: {rng.randint(35, 95)} minutes", None, None)])
    del writer
    return lines


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    formats = [f for f, n in DOCUMENTS.items() for _ in range(n)]
    rng.shuffle(formats)
    return [document(rng, i, fmt) for i, fmt in enumerate(formats, 1)]


def serialise(records: list[dict[str, object]]) -> bytes:
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=False) for r in records]
    return ("\n".join(lines) + "\n").encode("utf-8")


def stats(records: list[dict[str, object]]) -> str:
    types: collections.Counter[str] = collections.Counter()
    forms: collections.Counter[str] = collections.Counter()
    decoys: collections.Counter[str] = collections.Counter()
    by_format: collections.Counter[str] = collections.Counter()
    by_style: collections.Counter[str] = collections.Counter()
    per_format: collections.Counter[tuple[str, str]] = collections.Counter()
    people = repeated = 0
    word_counts = []
    voices = []
    for r in records:
        by_format[str(r["format"])] += 1
        by_style[str(r["style"])] += 1
        word_counts.append(SPOKEN[str(r["id"])])
        entities: collections.Counter[str] = collections.Counter()
        for s in r["spans"]:  # type: ignore[attr-defined]
            types[s["type"]] += 1
            per_format[(s["type"], str(r["format"]))] += 1
            forms[f"{s['type']}/{s['form']}"] += 1
            if s["type"] == "PERSON":
                entities[s["entity"]] += 1
        people += len(entities)
        repeated += sum(1 for n in entities.values() if n > 1)
        for d in r["decoys"]:  # type: ignore[attr-defined]
            decoys[d["kind"]] += 1
        voices.append(r["style"])
    out = [
        f"documents: {len(records)}",
        f"spoken words per document: min {min(word_counts)}, max {max(word_counts)}, "
        f"mean {sum(word_counts) // len(word_counts)}",
        f"distinct people (entities, counted per document): {people}",
        f"people mentioned more than once in their document: {repeated}",
        "",
    ]

    def table(title: str, counter: collections.Counter[str]) -> None:
        out.append(f"| {title} | count |")
        out.append("|---|---|")
        for k in sorted(counter):
            out.append(f"| {k} | {counter[k]} |")
        out.append(f"| total | {sum(counter.values())} |")
        out.append("")

    out.insert(
        4,
        "PERSON spans that are speaker labels (a name as the label of a turn or "
        f"cue): {sum(LABELS[str(r['id'])] for r in records)}",
    )
    table("format", by_format)
    table("style", by_style)
    table("type", types)
    table("type/form", forms)
    table("decoy kind", decoys)
    formats = sorted(by_format)
    out.append("| type | " + " | ".join(formats) + " |")
    out.append("|---|" + "---|" * len(formats))
    for kind in sorted(types):
        row = [str(per_format[(kind, f)]) for f in formats]
        out.append(f"| {kind} | " + " | ".join(row) + " |")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--stats", action="store_true")
    parser.add_argument("--out", type=Path, default=CORPUS)
    args = parser.parse_args()
    records = build()
    data = serialise(records)
    if args.stats:
        print(stats(records))
        print(f"sha256: {hashlib.sha256(data).hexdigest()}")
        return 0
    if args.check:
        if args.out.read_bytes() != data:
            print("corpus.jsonl differs from what the generator writes", file=sys.stderr)
            return 1
        print("corpus.jsonl reproduced")
        return 0
    args.out.write_bytes(data)
    print(f"wrote {args.out} ({len(records)} documents, sha256 {hashlib.sha256(data).hexdigest()})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
