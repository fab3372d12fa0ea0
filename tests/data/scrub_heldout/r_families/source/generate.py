"""Generate held-out corpus R (service families): python generate.py [--check | --stats].

Python 3.11 standard library only. Every label and decoy is recorded when its text is
appended, so offsets are exact by construction; see ../SOURCE.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pools as P

SEED = 20261208
PER_STYLE = 40
STYLES = [
    "interview", "focusgroup", "enquiry", "sfa", "school",
    "welfare", "forum", "support", "survey", "parent",
]  # fmt: skip
OUT = Path(__file__).resolve().parent.parent / "corpus.jsonl"
NAME_ONLY = {
    "full",
    "first",
    "sur",
    "dim",
    "nick",
    "surfirst",
    "caps",
    "firstinit",
    "typo",
    "split",
}
BANNED_INITIALS = {
    "AB", "PO", "GP", "HR", "IO", "OC", "CO", "RSM", "SO", "NI", "MP", "PT", "OK", "UK", "LH",
    "FS", "TV", "ID", "DJ", "PE", "RE", "RN", "RM", "MO", "PA", "ME", "WE", "US", "AM", "PM",
    "IT", "IS", "IN", "ON", "AT", "TO", "GO", "NO", "DO", "BE", "HE", "OR", "AN", "AS", "BY",
    "UP", "SAC", "CPO", "JPA", "SFA", "SPP", "CEA", "UWO", "MOD", "NHS", "AFF", "NFF", "DIO",
    "RAF", "FAC", "INT", "SEN", "DOB", "REF", "MQ", "AH", "OH", "SH", "HA", "EH", "UM", "ER",
    "GB", "BG", "CPL", "SGT", "LT", "MR", "MS", "DR", "AFC", "RGR", "CSG", "ATR", "ITC", "MY",
    "OF", "IF", "HI", "LOL", "OMG", "BTW", "FB", "WO", "QA", "HMS", "RFA", "NAS", "RMB", "BZN",
}  # fmt: skip
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {
    1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
    8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
    14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
    19: "nineteenth", 20: "twentieth", 21: "twenty-first", 22: "twenty-second",
    23: "twenty-third", 24: "twenty-fourth", 25: "twenty-fifth", 26: "twenty-sixth",
    27: "twenty-seventh", 28: "twenty-eighth", 29: "twenty-ninth", 30: "thirtieth",
    31: "thirty-first",
}  # fmt: skip
DIGIT_WORD = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
PC_LETTERS = "ABDEFHJLNPQRSTUWXYZ"
NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
WORD = re.compile(r"[^\W\d_][\w'-]*")


class Redraw(Exception):
    """The document broke a rule; draw it again."""


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    tens, one = divmod(n, 10)
    return TENS[tens] + ("-" + ONES[one] if one else "")


def year_words(y: int) -> str:
    hi, lo = divmod(y, 100)
    if hi == 20:
        return "two thousand" + (" and " + words(lo) if lo else "")
    return words(hi) + " " + (words(lo) if lo >= 10 else "oh " + words(lo))


def digit_words(digits: str, groups: list[int] | None = None) -> str:
    """Digits read aloud, pairs as `double`, groups separated by commas."""
    groups = groups or [len(digits)]
    out, pos = [], 0
    for size in groups:
        chunk, pos = digits[pos : pos + size], pos + size
        said, i = [], 0
        while i < len(chunk):
            w = DIGIT_WORD[int(chunk[i])] if chunk[i].isdigit() else chunk[i]
            if i + 1 < len(chunk) and chunk[i + 1] == chunk[i] and chunk[i].isdigit():
                said.append("double " + w)
                i += 2
            else:
                said.append(w)
                i += 1
        out.append(" ".join(said))
    return ", ".join(out)


def ascii_fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in s if c.isascii() and (c.isalnum()))


class Person:
    def __init__(self, rng: random.Random, date: dt.date, origin: str | None = None,
                 sex: str | None = None, sur: str | None = None, age: tuple[int, int] = (24, 48),
                 service: str | None = None, child: bool = False) -> None:  # fmt: skip
        self.service = service
        if service == "gurkha":
            origin = "nepali"
        if child:
            self.first, self.sex = rng.choice(P.CHILD)
            self.dim = ""
            self.origin = origin or "english"
        else:
            self.origin = origin or rng.choice(sorted(P.GIVEN))
            pool = [g for g in P.GIVEN[self.origin] if sex is None or g[1] == sex]
            self.first, self.sex, self.dim = rng.choice(pool)
        if sur is None:
            s = rng.choice(P.SURNAMES[self.origin])
            sur = s if isinstance(s, str) else s[0 if self.sex == "m" else 1]
        self.sur = sur
        self.nick = ""
        if service and not child:
            if self.sur in P.BOUND_NICKS and rng.random() < 0.8:
                bound = P.BOUND_NICKS[self.sur]
                self.nick = bound if rng.random() < 0.5 else f"{bound} {self.sur}"
            elif rng.random() < 0.5:
                self.nick = rng.choice(P.LOOSE_NICKS.get(self.origin, []) + P.LOOSE_NICKS["any"])
            self.rank = rng.choice(P.RANKS[service])
        else:
            self.rank = ""
        self.birth = date - dt.timedelta(days=rng.randint(age[0] * 365 + 10, age[1] * 365 + 300))
        self.age = (
            date.year
            - self.birth.year
            - ((date.month, date.day) < (self.birth.month, self.birth.day))
        )
        self.mobile = f"07700 900{rng.randint(0, 999):03d}"
        prov = rng.choice(
            [
                "gmail.com",
                "outlook.com",
                "hotmail.co.uk",
                "yahoo.co.uk",
                "icloud.com",
                "btinternet.com",
            ]
        )
        f, s = ascii_fold(self.first).lower(), ascii_fold(self.sur).lower()
        self.email = (
            rng.choice([f"{f}.{s}", f"{f}{s}{rng.randint(1, 99)}", f"{f[0]}{s}", f"{f}_{s}"])
            + "@"
            + prov
        )
        self.handle = "@" + rng.choice(
            [
                f"{f}_{s[:4]}",
                f"{f}{rng.randint(80, 99)}",
                f"{s}fam_{rng.randint(1, 9)}",
                f"mrs_{s}" if self.sex == "f" else f"{f}{s[0]}",
            ]
        )
        self.ni = (
            rng.choice(NI_FIRST)
            + rng.choice(NI_SECOND)
            + f"{rng.randint(0, 999999):06d}"
            + rng.choice("ABCD")
        )
        while True:
            nine = [rng.randint(0, 9) for _ in range(9)]
            check = 11 - sum(d * (10 - i) for i, d in enumerate(nine)) % 11
            if check != 10:
                self.nhs = "".join(map(str, nine)) + str(check % 11)
                break
        if service in ("navy", "marines"):
            self.sn = (
                rng.choice("DPCW")
                + f"{rng.randint(0, 999999):06d}"
                + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
            )
        elif service == "gurkha":
            self.sn = "21" + f"{rng.randint(0, 999999):06d}"
        else:
            self.sn = rng.choice(["25", "30", "24"]) + f"{rng.randint(0, 999999):06d}"

    @property
    def full(self) -> str:
        return f"{self.first} {self.sur}"

    @property
    def initials(self) -> str:
        return "".join(p[0] for p in self.first.split()) + next(c for c in self.sur if c.isupper())

    def name_words(self) -> set[str]:
        out = set()
        for value in (self.first, self.sur, self.dim, self.nick):
            for w in WORD.findall(value):
                out.add(w.lower())
                out.update(p.lower() for p in re.split(r"['-]", w))
        return {w for w in out if len(w) >= 2 and w not in {"ap", "mac", "nic", "o", "ní", "ó"}}


class Doc:
    def __init__(self, rng: random.Random, style: str, date: dt.date) -> None:
        self.rng, self.style, self.date = rng, style, date
        self.parts: list[tuple[str, tuple | None]] = []
        self.people: list[Person] = []
        self.format = "txt"

    def person(self, **kw) -> Person:
        for _ in range(50):
            p = Person(self.rng, self.date, **kw)
            taken = set().union(*(q.name_words() for q in self.people)) if self.people else set()
            family = kw.get("sur") is not None
            own = {w for q in self.people if family and q.sur == p.sur for w in q.name_words()}
            sur_words = {w.lower() for w in WORD.findall(p.sur)}
            sur_words |= {part for w in sur_words for part in re.split(r"['-]", w)}
            mine = p.name_words() - (sur_words if own else set())
            ini = p.initials
            if (
                (mine & taken)
                or ini in BANNED_INITIALS
                or any(ini == q.initials for q in self.people)
            ):
                continue
            if not re.fullmatch(r"[A-ZÁÉÍÓÚŁ]{2,3}", ini):
                continue
            self.people.append(p)
            return p
        raise Redraw

    # appending -----------------------------------------------------------------
    def add(self, *items) -> None:
        for item in items:
            if isinstance(item, str):
                if item:
                    self.parts.append((item, None))
            else:
                self.parts.append(item)

    def build(self) -> dict:
        text, spans, decoys, pos = [], [], [], 0
        for piece, mark in self.parts:
            if mark is not None:
                if mark[0] == "P":
                    spans.append(
                        {
                            "type": "PERSON",
                            "start": pos,
                            "end": pos + len(piece),
                            "form": mark[2],
                            "_p": mark[1],
                        }
                    )
                elif mark[0] == "S":
                    spans.append(
                        {"type": mark[1], "start": pos, "end": pos + len(piece), "form": mark[2]}
                    )
                else:
                    decoys.append({"kind": mark[1], "start": pos, "end": pos + len(piece)})
            text.append(piece)
            pos += len(piece)
        return finish(self, "".join(text), spans, decoys)


# marks ---------------------------------------------------------------------------------
def D(kind: str, text: str) -> tuple:
    return (text, ("D", kind))


def S(kind: str, form: str, text: str) -> tuple:
    return (text, ("S", kind, form))


def N(p: Person, form: str, text: str | None = None) -> tuple:
    return (text if text is not None else name(p, form), ("P", p, form))


def typo_of(rng: random.Random, sur: str) -> str:
    letters = [i for i in range(1, len(sur) - 1) if sur[i].isalpha() and sur[i + 1].isalpha()]
    for _ in range(20):
        i = rng.choice(letters)
        kind = rng.randint(0, 2)
        if kind == 0:
            out = sur[:i] + sur[i + 1] + sur[i] + sur[i + 2 :]
        elif kind == 1:
            out = sur[:i] + sur[i + 1 :]
        else:
            out = sur[:i] + sur[i] + sur[i:]
        if out.lower() != sur.lower():
            return out
    return sur + "e"


def name(p: Person, form: str) -> str:
    if form == "full":
        return p.full
    if form == "first":
        return p.first
    if form == "sur":
        return p.sur
    if form == "dim":
        return p.dim
    if form == "nick":
        return p.nick
    if form == "initials":
        return p.initials
    if form == "caps":
        return p.full.upper()
    if form == "firstinit":
        return f"{p.first} {p.initials[-1]}."
    if form == "spell":
        word = p.sur if re.fullmatch(r"\w+", p.sur) else p.first.split()[0]
        return "-".join(word.upper())
    raise ValueError(form)


def rank_name(rng: random.Random, p: Person) -> str:
    style = rng.randint(0, 4)
    if style == 0:
        return f"{p.rank} {p.first} {p.sur}"
    if style == 1:
        return f"{p.rank} {p.first[0]} {p.sur}"
    if style == 2 and " " not in p.rank:
        return f"{p.rank.upper()} {p.sur.upper()}"
    return f"{p.rank} {p.sur}"


def title(p: Person, rng: random.Random, full: bool = False, dr: bool = False) -> str:
    t = "Dr" if dr else ("Mr" if p.sex == "m" else rng.choice(["Mrs", "Mrs", "Ms", "Miss"]))
    return f"{t} {p.full}" if full else f"{t} {p.sur}"


def init(p: Person, rng: random.Random) -> str:
    return rng.choice([f"{p.first[0]}. {p.sur}", f"{p.first[0]} {p.sur}", f"{p.first[0]}.{p.sur}"])


def surfirst(p: Person, rng: random.Random) -> str:
    return rng.choice(
        [f"{p.sur.upper()}, {p.first}", f"{p.sur}, {p.first}", f"{p.sur.upper()} {p.first}"]
    )


# values ----------------------------------------------------------------------------------
def fdate(d: dt.date, rng: random.Random) -> str:
    return rng.choice([
        f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}", f"{d.year}-{d.month:02d}-{d.day:02d}",
    ])  # fmt: skip


def dob_digits(d: dt.date, rng: random.Random) -> str:
    return rng.choice([
        f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day}.{d.month}.{d.year}",
        f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.day} {MONTHS[d.month - 1]} {d.year}",
        f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}", f"{d.day}/{d.month}/{d.year}",
        f"{d.day:02d}-{d.month:02d}-{d.year}",
    ])  # fmt: skip


def dob_words(d: dt.date, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"the {ORD[d.day]} of {MONTHS[d.month - 1]} {year_words(d.year)}"
    return f"{MONTHS[d.month - 1]} the {ORD[d.day]}, {year_words(d.year)}"


def mobile(p: Person, rng: random.Random) -> str:
    m = p.mobile.replace(" ", "")
    return rng.choice([
        p.mobile, m, "+44 " + m[1:5] + " " + m[5:], f"{m[:5]}-{m[5:8]}-{m[8:]}",
        f"({m[:5]}) {m[5:]}", f"{m[:4]} {m[4:8]} {m[8:]}", "+44" + m[1:],
        f"{m[:5]} {m[5:8]} {m[8:]}",
    ])  # fmt: skip


def desk(rng: random.Random) -> str:
    n = rng.randint(0, 999)
    return rng.choice([
        f"020 7946 0{n:03d}", f"0113 496 0{n:03d}", f"0117 496 0{n:03d}", f"0161 496 0{n:03d}",
        f"01632 960{n:03d}", f"029 2018 0{n:03d}", f"0131 496 0{n:03d}", f"+44 20 7946 0{n:03d}",
    ])  # fmt: skip


def phone_words(p: Person) -> str:
    return digit_words(p.mobile.replace(" ", ""), [5, 3, 3])


def email_words(p: Person) -> str:
    local, domain = p.email.split("@")
    local = local.replace(".", " dot ").replace("_", " underscore ")
    return f"{local} at {domain.replace('.', ' dot ')}"


def postcode(rng: random.Random, town: tuple) -> str:
    district = rng.choice(town[1])
    return f"{district} {rng.randint(1, 9)}{rng.choice(PC_LETTERS)}{rng.choice(PC_LETTERS)}"


def pc_layout(pc: str, rng: random.Random) -> str:
    return rng.choice([pc, pc, pc.replace(" ", ""), pc.lower()])


def pc_words(pc: str) -> str:
    out, inward = pc.split()
    said = [" ".join(c if c.isalpha() else words(int(c)) for c in re.findall(r"[A-Z]+|\d+", out))]
    first = " ".join(out[i] if out[i].isalpha() else "" for i in range(len(out))).split()
    digits = re.sub(r"\D", "", out)
    said = " ".join(first) + " " + words(int(digits))
    return f"{said}, {words(int(inward[0]))} {inward[1]} {inward[2]}"


def ni_layout(ni: str, rng: random.Random) -> str:
    spaced = f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"
    return rng.choice([spaced, ni, ni.lower()])


def nhs_layout(n: str, rng: random.Random) -> str:
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}", n])


def sn_words(sn: str) -> str:
    return digit_words(sn)


def street(rng: random.Random) -> str:
    num = rng.randint(1, 120)
    s = f"{num} {rng.choice(P.PATCH_STREETS)} {rng.choice(P.STREET_TYPES)}"
    return f"Flat {rng.randint(1, 9)}, {s}" if rng.random() < 0.1 else s


def town_for(rng: random.Random) -> tuple:
    return rng.choice([t for t in P.TOWNS if t[1]])


def money(rng: random.Random, lo: int, hi: int) -> str:
    v = rng.randint(lo, hi)
    return rng.choice([f"£{v:,}", f"£{v:,}.{rng.choice(['00', '50', '25'])}"])


def tm(rng: random.Random) -> str:
    return f"{rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}"


def later(d: dt.date, rng: random.Random, lo: int = 1, hi: int = 40) -> dt.date:
    return d + dt.timedelta(days=rng.randint(lo, hi))


def weekday(d: dt.date) -> str:
    return d.strftime("%A")


def serving(doc: Doc, **kw) -> tuple[Person, tuple, tuple]:
    service = kw.pop("service", None) or doc.rng.choice(
        ["army", "army", "gurkha", "navy", "marines", "raf"]
    )
    p = doc.person(service=service, sex=kw.pop("sex", None), age=kw.pop("age", (23, 45)), **kw)
    unit = doc.rng.choice(P.UNITS_BY_SERVICE[service])
    base = doc.rng.choice(P.BASES_BY_SERVICE[service])
    return p, S("UNIT", unit[0], unit[1]), S("BASE", base[0], base[1])


def other_sex(p: Person) -> str:
    return "f" if p.sex == "m" else "m"


def fill(rng: random.Random) -> tuple:
    return D("filler", rng.choice(["Erm,", "er,", "You know,", "I mean,", "Like,", "Um,"]))


def pet(rng: random.Random) -> tuple[tuple, str]:
    n, kind = rng.choice(P.PETS)
    return D("pet", n), kind


def yg(rng: random.Random, age: int) -> tuple:
    y = age - 5
    if y <= 0:
        return D("year_group", "Reception")
    return D("year_group", f"Year {min(y, 13)}")


def partner_word(p: Person) -> str:
    return "husband" if p.sex == "m" else "wife"


def he(p: Person) -> str:
    return "he" if p.sex == "m" else "she"


def his(p: Person) -> str:
    return "his" if p.sex == "m" else "her"


# styles -----------------------------------------------------------------------------------
def interview(doc: Doc, i: int) -> None:
    rng = doc.rng
    fmt = "txt" if i % 20 < 14 else ("vtt" if i % 20 < 17 else "srt")
    doc.format = fmt
    m, unit, base = serving(doc)
    share = rng.random() < 0.7
    s = doc.person(
        sex=other_sex(m) if rng.random() < 0.9 else m.sex,
        sur=m.sur if share else None,
        origin=m.origin if share and rng.random() < 0.8 else None,
        age=(24, 46),
    )
    r = doc.person(age=(28, 60))
    w = doc.person(age=(30, 55))
    c1 = doc.person(child=True, sur=m.sur, age=(3, 15))
    f = None
    for _ in range(8):
        cand = doc.person(age=(25, 45))
        if cand.dim:
            f = cand
            break
        doc.people.remove(cand)
    roles = rng.choice([("I", "P"), ("INT", "R"), ("Interviewer", "Participant"), ("INT", "P")])
    if fmt == "vtt":
        roles = ("Interviewer", rng.choice(["Participant", "Interviewee"]))
    turns: list[tuple[int, list]] = []

    def say(who: int, *items) -> None:
        turns.append((who, list(items)))

    say(0, "Thanks for giving up your time. For the recording, could you tell me your name?")
    say(1, "Yes, it's ", N(s, "full"), ". ", N(s, "first"), " is fine.")
    say(0, "And could you spell the surname for me, just so the notes are right?")
    say(1, N(s, "spell"), ".")
    say(0, "Lovely. How long have you been a forces family?")
    nick = (
        [" Everyone calls ", "him" if m.sex == "m" else "her", " ", N(m, "nick"), " anyway."]
        if m.nick
        else []
    )
    say(
        1,
        fill(rng),
        " since ",
        D("year", str(doc.date.year - rng.randint(3, 14))),
        ". My ",
        partner_word(m),
        " is ",
        N(m, "rank", rank_name(rng, m)),
        ", with ",
        unit,
        ", so we've been at ",
        base,
        " for ",
        D("count", rng.choice(["three years", "eighteen months", "two years", "four years"])),
        ".",
        *nick,
    )
    say(0, "And the children?")
    age_item = (
        S("AGE", "words", words(c1.age)) if rng.random() < 0.5 else S("AGE", "digits", str(c1.age))
    )
    school = S("LOCATION", "site", rng.choice(P.SCHOOLS if c1.age >= 5 else P.NURSERIES))
    say(
        1,
        "Just the one. ",
        N(c1, "first"),
        " is ",
        age_item,
        ", ",
        yg(rng, c1.age),
        " at ",
        school,
        ". It's the third school. ",
        D("tag", "[laughs]"),
        " I hope it's the last.",
    )
    say(0, "What was hardest during the last deployment?")
    op = D("product", rng.choice(P.OPERATIONS))
    say(
        1,
        "When ",
        he(m),
        " went away on ",
        op,
        " for ",
        D("count", rng.choice(["six months", "seven months", "nine weeks"])),
        ", the welfare officer was ",
        N(w, "split", w.first),
    )
    say(0, N(w, "split", w.sur), "? I think I've met ", "her" if w.sex == "f" else "him", ".")
    helper = (
        [
            " ",
            N(f, "dim"),
            " next door had ",
            N(c1, "first"),
            " on the ",
            D("weekday", weekday(later(doc.date, rng))),
            "s.",
        ]
        if f
        else []
    )
    pt, pkind = pet(rng)
    say(
        1,
        "Yes. Honestly brilliant.",
        *helper,
        " ",
        D("tag", "[pause]"),
        " And the ",
        pkind,
        ", ",
        pt,
        ", went to my mum's in ",
        S("LOCATION", "town", town_for(rng)[0]),
        ". We had no grace period on the move either.",
    )
    say(0, "If we need to follow anything up, what's the best number?")
    say(
        1,
        "It's ",
        S("PHONE", "words", phone_words(s)),
        ". Or e-mail, ",
        S("EMAIL", "words", email_words(s)),
        ".",
    )
    if rng.random() < 0.5:
        t = town_for(rng)
        pc = postcode(rng, t)
        say(0, "For the consent form, your date of birth and postcode?")
        say(
            1,
            S("DATE_OF_BIRTH", "words", dob_words(s.birth, rng)),
            ". Postcode ",
            S("POSTCODE", "words", pc_words(pc)),
            ".",
        )
    else:
        say(0, "And you don't mind me asking your age, for the form?")
        say(
            1,
            "I'm ",
            S("AGE", "words", words(s.age)),
            ". ",
            D("tag", "[laughs]"),
            " Don't write that down.",
        )
    if rng.random() < 0.5:
        say(0, "Do you know ", his(m), " service number? It's only for the eligibility check.")
        say(1, fill(rng), " ", S("SERVICE_NUMBER", "words", sn_words(m.sn)), ".")
    say(0, "Thank you, ", N(s, "first"), ". That's everything I need.")

    end = doc.date
    if fmt == "txt":
        doc.add(
            D("header", "Family wellbeing study - interview transcript"),
            "\n",
            D("header", "Interview ID:"),
            " ",
            D("file", f"FWS-{rng.randint(100, 999)}-{rng.choice('ABCDEFG')}"),
            "\n",
            D("header", "Interviewer:"),
            " ",
            N(r, "full"),
            "\n",
            D("header", "Date:"),
            " ",
            D("date", fdate(end, rng)),
            "\n",
            D("header", "Venue:"),
            " ",
            rng.choice(
                [
                    S("LOCATION", "site", rng.choice(P.HUBS[1:])),
                    D("product", "Microsoft Teams"),
                    D("place_word", "the Families Centre"),
                ]
            ),
            "\n\n",
        )
        stamps = rng.random() < 0.5
        sec = 0
        for who, items in turns:
            sec += rng.randint(8, 70)
            if stamps:
                doc.add(
                    D("timestamp", f"[{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}]"), " "
                )
            doc.add(D("role", roles[who]), ": ", *items, "\n")
        doc.add("\n", D("tag", "[END OF RECORDING]"), "\n")
    else:
        if fmt == "vtt":
            doc.add("WEBVTT\n\nNOTE ", D("file", f"FWS-{rng.randint(100, 999)}"), "\n\n")
        sec = 0
        for n, (who, items) in enumerate(turns, start=1):
            a = sec + rng.randint(1, 4)
            b = a + rng.randint(3, 25)
            sec = b
            sep = "." if fmt == "vtt" else ","

            def stamp(x: int, ms: int, sep: str = sep) -> str:
                return f"{x // 3600:02d}:{x // 60 % 60:02d}:{x % 60:02d}{sep}{ms:03d}"

            if fmt == "srt":
                doc.add(f"{n}\n")
            doc.add(
                D("timestamp", stamp(a, rng.randint(0, 999))),
                " --> ",
                D("timestamp", stamp(b, rng.randint(0, 999))),
                "\n",
            )
            if fmt == "vtt":
                doc.add("<v ", D("role", roles[who]), ">", *items, "\n\n")
            else:
                doc.add(D("role", roles[who]), ": ", *items, "\n\n")


def focusgroup(doc: Doc, i: int) -> None:
    rng = doc.rng
    n = rng.randint(3, 5)
    fac = doc.person(age=(28, 60))
    parts = [doc.person(sex="f" if rng.random() < 0.85 else "m", age=(23, 50)) for _ in range(n)]
    g = rng.choice(P.GARRISONS)
    doc.add(
        D("header", "Focus group notes:"),
        " families' experience of ",
        S("BASE", "garrison", g),
        "\n",
        D("header", "Date:"),
        " ",
        D("date", fdate(doc.date, rng)),
        "  ",
        D("header", "Time:"),
        " ",
        D("time", tm(rng)),
        "\n",
        D("header", "Venue:"),
        " ",
        rng.choice(
            [
                D("place_word", rng.choice(P.PLACE_WORDS[:2])),
                S("LOCATION", "site", rng.choice(P.HUBS)),
            ]
        ),
        "\n",
        D("header", "Facilitator:"),
        " ",
        N(fac, "full"),
        "\n",
        D("header", "Participants:"),
        " ",
        D("count", f"{n} spouses and partners"),
        " (",
        D("role", "P1"),
        "-",
        D("role", f"P{n}"),
        ")\n\n",
    )
    doc.add(D("role", "FAC"), ": Thanks for coming. We'll go round. Just first names, please.\n")
    for k, p in enumerate(parts, start=1):
        m = doc.person(
            service=rng.choice(["army", "gurkha", "navy", "raf", "marines"]),
            sex=other_sex(p),
            sur=p.sur,
            age=(23, 50),
        )
        unit = rng.choice(P.UNITS_BY_SERVICE[m.service])
        kids = doc.person(child=True, sur=p.sur, age=(1, 14))
        if rng.random() < 0.5:
            line = [
                D("role", f"P{k}"),
                ": I'm ",
                N(p, "first"),
                ". My ",
                partner_word(m),
                ", ",
                N(m, "rank", rank_name(rng, m)),
                ", is",
            ]
        else:
            line = [D("role", f"P{k}"), ": I'm ", N(p, "first"), ". My ", partner_word(m), " is"]
        choice = rng.randint(0, 4)
        if choice == 0:
            extra = [
                " with ",
                S("UNIT", unit[0], unit[1]),
                ", we've got ",
                N(kids, "first"),
                " who's ",
                S("AGE", "digits", str(kids.age)),
                ".",
            ]
        elif choice == 1:
            extra = [
                " away with ",
                S("UNIT", unit[0], unit[1]),
                " and I've got ",
                N(kids, "first"),
                ", ",
                S("AGE", "words", words(kids.age)),
                ", at ",
                S("LOCATION", "site", rng.choice(P.NURSERIES if kids.age < 5 else P.SCHOOLS)),
                ".",
            ]
        elif choice == 2:
            extra = [
                " in ",
                S("UNIT", unit[0], unit[1]),
                ". We're at ",
                S("ADDRESS", "street", street(rng)),
                ", the boiler's been off ",
                D("count", f"{rng.randint(3, 19)} days"),
                ".",
            ]
        elif choice == 3:
            pt, pk = pet(rng)
            extra = [
                " on ",
                D("product", rng.choice(P.OPERATIONS)),
                ". It's me, ",
                N(kids, "first"),
                " and the ",
                pk,
                ", ",
                pt,
                ". I will say ",
                D("place_word", rng.choice(P.PLACE_WORDS)),
                " helps.",
            ]
        else:
            extra = [
                " at ",
                S("BASE", *rng.choice(P.BASES_BY_SERVICE[m.service])),
                ". ",
                fill(rng),
                " getting a GP appointment at ",
                S("LOCATION", "site", rng.choice(P.SITES_GP)),
                " is impossible, ",
                N(kids, "first"),
                " waited ",
                D("count", "three weeks"),
                ".",
            ]
        doc.add(*line, *extra, "\n")
    a, b = rng.sample(parts, 2)
    doc.add(D("role", "FAC"), ": What about moving? ", D("tag", "[crosstalk]"), "\n")
    doc.add(
        D("role", f"P{parts.index(a) + 1}"),
        ": Like ",
        N(b, "first"),
        " said, there's no grace period. You hand the keys back and that's it. ",
        D("tag", "[laughs]"),
        "\n",
    )
    doc.add(
        D("role", f"P{parts.index(b) + 1}"),
        ": ",
        fill(rng),
        " the ",
        D("team", rng.choice(P.CONTRACTORS)),
        " line just rings out. Ask ",
        N(a, "first"),
        ", ",
        he(a),
        " waited ",
        D("count", f"{rng.randint(2, 9)} weeks"),
        ".\n",
    )
    doc.add(
        D("role", "FAC"),
        ": Would anyone use a service like ",
        D("team", rng.choice(P.FEDERATIONS)),
        " for that?\n",
    )
    doc.add(
        D("role", f"P{parts.index(a) + 1}"),
        ": Hope so. The ",
        D("helpline", rng.choice(P.HELPLINES)),
        " number is on the fridge.\n",
    )
    doc.add(D("role", "FAC"), ": Thank you all. ", D("tag", "[recording stopped]"), "\n")


def enquiry(doc: Doc, i: int) -> None:
    rng = doc.rng
    m, unit, base = serving(doc)
    share = rng.random() < 0.6
    s = doc.person(
        sex=other_sex(m),
        sur=m.sur if share else None,
        origin=m.origin if share else None,
        age=(23, 50),
    )
    cw = doc.person(age=(28, 62))
    c = doc.person(child=True, sur=m.sur, age=(4, 16))
    fed = rng.choice(P.FEDERATIONS)
    t = town_for(rng)
    pc = postcode(rng, t)
    prefix = {
        "the Army Families Federation": "AFF",
        "the Naval Families Federation": "NFF",
        "the RAF Families Federation": "RAFFF",
        "HIVE": "HIVE",
    }[fed]
    ref = f"{prefix}-{rng.randint(10000, 99999)}"
    d1 = doc.date
    topic = rng.choice(["SFA allocation", "School place", "Childcare", "Move date"])
    doc.add(
        D("header", "From:"),
        " ",
        N(s, "full"),
        " <",
        S("EMAIL", "plain", s.email),
        ">\n",
        D("header", "To:"),
        " ",
        D("team", fed),
        "\n",
        D("header", "Date:"),
        " ",
        D("date", fdate(d1, rng)),
        " ",
        D("time", tm(rng)),
        "\n",
        D("header", "Subject:"),
        " ",
        topic,
        " - ",
        D("file", ref),
        "\n\n",
    )
    doc.add(
        "Hi,\n\nI hope you can help. My ",
        partner_word(m),
        ", ",
        N(m, "rank", rank_name(rng, m)),
        " (",
        S("SERVICE_NUMBER", "digits", m.sn),
        "), is with ",
        unit,
        " and is assigned to ",
        base,
        " from ",
        D("date", fdate(later(d1, rng, 20, 90), rng)),
        ". We've been allocated SFA at ",
        S("ADDRESS", "street", street(rng)),
        ", ",
        S("LOCATION", "town", t[0]),
        " ",
        S("POSTCODE", "plain", pc_layout(pc, rng)),
        " but the move-in date clashes with our son's ",
        rng.choice(["exams", "school start", "hospital appointment"]),
        ". ",
        N(c, "first"),
        " is ",
        S("AGE", "digits", str(c.age)),
        " and in ",
        yg(rng, c.age),
        ". ",
    )
    if rng.random() < 0.5:
        doc.add("We were told there's a grace period but nobody will confirm it. ")
    doc.add(
        "The best number for me is ",
        S("PHONE", "digits", mobile(s, rng)),
        ".\n\n",
        D("signoff", rng.choice(["Thanks", "Many thanks", "Kind regards"])),
        ",\n",
        N(s, "first"),
        "\n\n",
        D("header", "-----Reply-----"),
        "\n",
        D("header", "From:"),
        " ",
        N(cw, "full"),
        " (",
        D("team", fed),
        ")\n\n",
    )
    doc.add(
        "Dear ",
        N(s, "title", title(s, rng)),
        ",\n\nThank you for getting in touch. I have raised the allocation with ",
        D("team", rng.choice(P.CONTRACTORS)),
        " under reference ",
        D("file", f"SFA/{rng.randint(100000, 999999)}"),
        " and asked for a decision by ",
        D("weekday", weekday(later(d1, rng, 2, 6))),
        ". If the unit needs to support the request, the ",
        D("rank", rng.choice(["UWO", "Unit Welfare Officer", "OC", "Families Officer"])),
        " can write to us directly. You can also call ",
        D("team", rng.choice(P.CHARITIES[:1])),
        " on ",
        D("helpline", P.HELPLINES[0]),
        ".\n\n",
        D("signoff", rng.choice(["Kind regards", "Best wishes"])),
        ",\n",
        N(cw, "firstinit"),
        "\n",
        D(
            "rank",
            rng.choice(
                [
                    "Housing Specialist",
                    "Education and Childcare Specialist",
                    "Caseworker",
                    "Family Support Adviser",
                ]
            ),
        ),
        ", ",
        D("team", fed),
        "\n",
        D("header", "Tel:"),
        " ",
        S("PHONE", "digits", desk(rng)),
        "\n",
    )


def sfa(doc: Doc, i: int) -> None:
    rng = doc.rng
    m, unit, _base = serving(doc)
    s = doc.person(sex=other_sex(m), sur=m.sur, origin=m.origin, age=(22, 50))
    a = doc.person(age=(20, 60))
    b = doc.person(age=(20, 60))
    op = doc.person(age=(20, 60), sex="m")
    c = doc.person(child=True, sur=m.sur, age=(1, 12))
    t = town_for(rng)
    pc = postcode(rng, t)
    where = (
        S("BASE", "garrison", rng.choice(P.GARRISONS))
        if rng.random() < 0.5
        else S("LOCATION", "town", t[0])
    )
    ref = f"SFA-{doc.date.year}-{rng.randint(100000, 999999)}"
    d = doc.date
    doc.add(
        D("header", "SERVICE FAMILY ACCOMMODATION - MAINTENANCE CALL LOG"),
        "\n",
        D("header", "Repair ref:"),
        " ",
        D("file", ref),
        "   ",
        D("header", "Priority:"),
        " ",
        D("status", rng.choice(["P1 Emergency", "P2 Urgent", "P3 Routine"])),
        "\n",
        D("header", "Occupant:"),
        " ",
        N(s, "surfirst", surfirst(s, rng)),
        "\n",
        D("header", "Serving person:"),
        " ",
        N(m, "rank", rank_name(rng, m)),
        ", ",
        unit,
        "\n",
        D("header", "Property:"),
        " ",
        S("ADDRESS", "street", street(rng)),
        ", ",
        where,
        ", ",
        S("POSTCODE", "plain", pc_layout(pc, rng)),
        "\n",
        D("header", "Contractor:"),
        " ",
        D("team", rng.choice(P.CONTRACTORS[:3])),
        "\n\n",
    )
    fault, without = rng.choice(
        [
            ("no heating or hot water", "heating"),
            ("black mould in the back bedroom", "a usable back bedroom"),
            ("a leak through the kitchen ceiling", "a working kitchen light"),
            ("the front door lock broken", "a secure front door"),
        ]
    )
    d2, d3 = later(d, rng, 1, 4), later(d, rng, 5, 15)
    stitle = title(s, rng)
    tw = stitle.split()[0]
    doc.add(
        D("date", fdate(d, rng)),
        " ",
        D("time", tm(rng)),
        " Call from ",
        N(s, "title", stitle),
        ": ",
        fault,
        ". Says ",
        N(c, "first"),
        " (",
        S("AGE", "digits", str(c.age)),
        ") has ",
        rng.choice(["asthma", "a chest infection", "eczema"]),
        ". Logged ",
        D("status", "open"),
        ". ",
        N(a, "initials"),
        "\n",
    )
    doc.add(
        D("date", fdate(d2, rng)),
        " ",
        D("time", tm(rng)),
        " Operative ",
        N(op, "full"),
        " attended, part on order; ",
        N(op, "sur"),
        " to return in ",
        D("count", f"{rng.randint(5, 15)} working days"),
        ". ",
        N(b, "initials"),
        "\n",
    )
    doc.add(
        D("date", fdate(d3, rng)),
        " ",
        D("time", tm(rng)),
        " Complaint: occupant asks who pays the bill for the electric heaters, quoted ",
        D("money", money(rng, 40, 300)),
        ". ",
        *([tw + " ", N(s, "typo", typo_of(rng, s.sur))] if rng.random() < 0.6 else ["Occupant"]),
        " will put it in writing. ",
        N(a, "initials"),
        "\n",
    )
    doc.add(
        D("header", "Action:"),
        " ",
        N(a, "initials"),
        " to call ",
        N(s, "first"),
        " back on ",
        S("PHONE", "digits", mobile(s, rng)),
        " by ",
        D("weekday", weekday(later(d3, rng, 1, 3))),
        ".\n\n",
    )
    doc.add(
        D("header", "Attached complaint (e-mail):"),
        "\n",
        "Dear Sir/Madam,\nWe have been without ",
        without,
        " for ",
        D("count", f"{rng.randint(4, 20)} days"),
        ". I was told ",
        D("time", rng.choice(["8am", "by lunchtime", "between 8 and 1"])),
        " and nobody came. ",
        rng.choice(["To be frank, this", "I hope you understand this", "This"]),
        " is not acceptable with a child of ",
        S("AGE", "words", words(c.age)),
        ".\n",
        D("signoff", "Yours faithfully"),
        ",\n",
        N(s, "full"),
        "\n",
    )


def school(doc: Doc, i: int) -> None:
    rng = doc.rng
    m, unit, base = serving(doc)
    s = doc.person(sex=other_sex(m), sur=m.sur, origin=m.origin, age=(25, 52))
    c = doc.person(child=True, sur=m.sur, age=(4, 16))
    h = doc.person(age=(35, 62))
    kind = i % 3
    printed = i % 2 == 0
    nl = "\n" if printed else " "
    sch = rng.choice(P.BOARDING if kind == 2 else P.SCHOOLS)
    d = doc.date
    doc.add(
        D(
            "header",
            "ADMISSIONS"
            if kind == 0
            else ("SERVICE PUPIL PREMIUM" if kind == 1 else "CONTINUITY OF EDUCATION ALLOWANCE"),
        ),
        "\n",
        S("LOCATION", "site", sch),
        "\n",
        D("date", fdate(d, rng)),
        "\n\n",
    )
    if kind == 2:
        doc.add(
            D("header", "Pupil:"),
            " ",
            N(c, "caps"),
            "   ",
            D("header", "DOB:"),
            " ",
            S("DATE_OF_BIRTH", "digits", dob_digits(c.birth, rng)),
            "\n",
        )
    else:
        doc.add(
            D("header", "Pupil:"),
            " ",
            N(c, "surfirst", surfirst(c, rng)),
            "   ",
            D("header", "DOB:"),
            " ",
            S("DATE_OF_BIRTH", "digits", dob_digits(c.birth, rng)),
            "\n",
        )
    doc.add("Dear ", N(s, "title", title(s, rng)), ",\n\n")
    if printed:
        if rng.random() < 0.5 and len(c.sur) > 4 and re.fullmatch(r"[A-Za-z]+", c.sur):
            cut = rng.randint(2, len(c.sur) - 2)
            brk = f"{c.first} {c.sur[:cut]}-\n{c.sur[cut:]}"
        else:
            brk = f"{c.first}\n{c.sur}"
        first_mention = N(c, "broken", brk)
    else:
        first_mention = N(c, "full")
    if kind == 0:
        doc.add(
            "Thank you for your application for ",
            first_mention,
            " to join ",
            yg(rng, c.age),
            " from ",
            D("date", fdate(later(d, rng, 10, 60), rng)),
            ".",
            nl,
            "As your ",
            partner_word(m),
            " is serving with ",
            unit,
            " at ",
            base,
            ", the place is offered under the",
            nl,
            "Service Children admissions rule. ",
            N(c, "first"),
            " will be in a class of ",
            D("count", str(rng.randint(22, 30))),
            ".",
            nl,
            "Please complete the medical form: ",
            D("header", "NHS number:"),
            " ",
            S("NHS_NUMBER", "digits", nhs_layout(c.nhs, rng)),
            ", ",
            D("header", "GP:"),
            " ",
            S("LOCATION", "site", rng.choice(P.SITES_GP)),
            ".\n\n",
        )
    elif kind == 1:
        doc.add(
            first_mention,
            " is eligible for the ",
            D("acronym", "SPP"),
            " of ",
            D("money", "£350"),
            " this year because a parent, ",
            N(m, "rank", rank_name(rng, m)),
            ", serves with ",
            unit,
            ".",
            nl,
            "The premium pays for our ",
            D("product", "Forces Club"),
            " on ",
            D("weekday", rng.choice(["Tuesday", "Thursday", "Wednesday"])),
            "s and a",
            nl,
            "mentor for ",
            N(c, "first"),
            " (",
            S("AGE", "digits", str(c.age)),
            ") while ",
            "Dad" if m.sex == "m" else "Mum",
            " is deployed on ",
            D("product", rng.choice(P.OPERATIONS)),
            ".\n\n",
        )
    else:
        doc.add(
            "The claim for ",
            first_mention,
            ", ",
            S("AGE", "words", words(c.age)),
            ", boarding from ",
            yg(rng, c.age),
            ", is approved at ",
            D("money", money(rng, 8000, 9800)),
            " a term.",
            nl,
            "The claimant is ",
            N(m, "rank", rank_name(rng, m)),
            " (",
            S("SERVICE_NUMBER", "digits", m.sn),
            "), ",
            unit,
            ". A",
            nl,
            "new claim is needed if you move from ",
            S("LOCATION", "town", town_for(rng)[0]),
            " or the ",
            D("acronym", "CEA"),
            " status changes to ",
            D("status", "suspended"),
            ".\n\n",
        )
    doc.add(
        "If you have any questions please call the office on ",
        S("PHONE", "digits", desk(rng)),
        ". I hope ",
        N(c, "first"),
        " settles well.\n\n",
        D("signoff", rng.choice(["Yours sincerely", "Kind regards"])),
        ",\n",
        N(h, "init", init(h, rng)),
        "\n",
        D(
            "rank",
            rng.choice(["Headteacher", "Head of Admissions", "Bursar", "Service Children Lead"]),
        ),
        "\n",
    )


def welfare(doc: Doc, i: int) -> None:
    rng = doc.rng
    m, unit, _base = serving(doc)
    share = rng.random() < 0.5
    s = doc.person(
        sex=other_sex(m),
        sur=m.sur if share else None,
        origin=m.origin if share else None,
        age=(23, 52),
    )
    w = doc.person(age=(30, 58), service=rng.choice(["army", "navy", "raf", "marines"]))
    f = doc.person(
        sex="m",
        sur=s.sur if rng.random() < 0.5 and s.sur != m.sur else None,
        origin=s.origin,
        age=(55, 85),
    )
    t = town_for(rng)
    hosp = rng.choice(P.SITES_HOSP)
    d = doc.date
    op = rng.choice(P.OPERATIONS)
    doc.add(
        D("system", "OFFICIAL-SENSITIVE PERSONAL"),
        "\n",
        D("header", "UNIT WELFARE OFFICE - FAMILY CASE NOTES"),
        "\n",
        D("header", "Ref:"),
        " ",
        D("file", f"UWO/{rng.randint(1000, 9999)}/{d.year % 100}"),
        "\n",
        D("header", "Serving person:"),
        " ",
        N(m, "surfirst", surfirst(m, rng)),
        ", ",
        S("SERVICE_NUMBER", "digits", m.sn),
        ", ",
        unit,
        "\n",
        D("header", "Spouse:"),
        " ",
        N(s, "full"),
        ", ",
        D("header", "DOB"),
        " ",
        S("DATE_OF_BIRTH", "digits", dob_digits(s.birth, rng)),
        "\n",
        D("header", "UWO:"),
        " ",
        N(w, "rank", f"{w.rank} {w.first} {w.sur}"),
        "\n\n",
    )
    d1, d2, d3 = d, later(d, rng, 1, 2), later(d, rng, 3, 10)
    nick = [" (", N(m, "nick"), ")"] if m.nick else []
    doc.add(
        D("date", fdate(d1, rng)),
        " ",
        N(w, "initials"),
        ": Call from ",
        N(s, "first"),
        ". Her father" if s.sex == "f" else ". His father",
        ", ",
        N(f, "full"),
        " (",
        S("AGE", "digits", str(f.age)),
        "), died last night at ",
        S("LOCATION", "site", hosp),
        " near ",
        S("LOCATION", "town", t[0]),
        ". ",
        N(m, "rank", f"{m.rank} {m.sur}"),
        *nick,
        " is deployed on ",
        D("product", op),
        ". ",
        D("rank", "Padre"),
        " informed.\n",
    )
    doc.add(
        D("date", fdate(d2, rng)),
        " ",
        N(w, "initials"),
        ": Compassionate travel approved by the ",
        D("rank", rng.choice(["OC", "CO", "Commanding Officer"])),
        "; flight via ",
        S("BASE", *rng.choice([("abbreviation", "BZN"), ("base", "RAF Brize Norton")])),
        ". ",
        N(s, "first"),
        " on ",
        S("PHONE", "digits", mobile(s, rng)),
        ". ",
        D("product", rng.choice(P.CHARITIES)),
        " helpline given: ",
        D("helpline", rng.choice(P.HELPLINES)),
        ".\n",
    )
    doc.add(
        D("date", fdate(d3, rng)),
        " ",
        N(w, "initials"),
        ": Funeral ",
        D("date", fdate(later(d3, rng, 2, 9), rng)),
        " at ",
        D("time", tm(rng)),
        ". Family asked for no flowers, donations to ",
        D("product", rng.choice(P.CHARITIES)),
        ". ",
        D("count", f"{rng.randint(5, 14)} days"),
        " compassionate leave.",
        " NI number for the bereavement claim: " if rng.random() < 0.5 else "",
        "\n",
    )
    doc.add(
        D("header", "Action:"),
        " ",
        N(w, "initials"),
        " to brief the ",
        D("rank", "RSM"),
        " on ",
        D("weekday", weekday(d3)),
        ".\n",
        D("header", "Action:"),
        " ",
        N(m, "rank", f"{m.rank} {m.first[0]} {m.sur}"),
        " to confirm return date.\n",
    )


def welfare_fix(doc: Doc) -> None:
    """Give the NI number its value where the bereavement-claim line asks for it."""
    for k, (text, mark) in enumerate(doc.parts):
        if mark is None and "NI number for the bereavement claim: " in text:
            s = doc.people[1]
            head, tail = text.split("NI number for the bereavement claim: ")
            doc.parts[k : k + 1] = [
                (head, None),
                D("header", "NI number"),
                (" for the bereavement claim: ", None),
                S("NI_NUMBER", "digits", ni_layout(s.ni, doc.rng)),
                ("." + tail, None),
            ]
            return


def forum(doc: Doc, i: int) -> None:
    rng = doc.rng
    d = doc.date
    if i % 2 == 0:
        members = [
            doc.person(sex="f" if rng.random() < 0.8 else "m", age=(22, 50))
            for _ in range(rng.randint(3, 4))
        ]
        unsaved = doc.person(age=(22, 50))
        m, _unit, _base = serving(
            doc, sex=other_sex(members[0]), sur=members[0].sur, origin=members[0].origin
        )
        kid = doc.person(child=True, sur=members[1].sur, age=(2, 10))
        t0 = rng.randint(6, 20) * 60

        def line(who, *items) -> None:
            nonlocal t0
            t0 += rng.randint(1, 90)
            stamp = f"[{d.day:02d}/{d.month:02d}/{d.year}, {t0 // 60 % 24:02d}:{t0 % 60:02d}]"
            doc.add(D("timestamp", stamp), " ", who, ": ", *items, "\n")

        line(
            N(members[0], "full"),
            D("greet_all", rng.choice(["Morning all", "Evening all", "Hi all"])),
            ", anyone know if ",
            S("LOCATION", "site", rng.choice(P.NURSERIES)),
            " has spaces? ",
            N(m, "nick") if m.nick else N(m, "rank", rank_name(rng, m)),
            " is off on ",
            D("product", rng.choice(P.OPERATIONS)),
            " from ",
            D("weekday", weekday(later(d, rng))),
            ".",
        )
        line(
            N(members[1], "first"),
            "They had one in September. ",
            N(kid, "first"),
            " goes, ",
            he(kid),
            "'s ",
            S("AGE", "digits", str(kid.age)),
            ". Ring them on ",
            S("PHONE", "digits", desk(rng)),
            ".",
        )
        line(
            S("PHONE", "digits", "+44 " + unsaved.mobile[1:5] + " " + unsaved.mobile[6:]),
            "Hope so, their fees went up to ",
            D("money", money(rng, 40, 70)),
            " a day lol",
        )
        line(
            N(members[0], "first", members[0].first.lower()),
            "thanks ",
            N(members[1], "first", members[1].first.lower()),
            " x",
        )
        if len(members) > 2:
            line(
                N(members[2], "full"),
                "Reminder coffee morning at ",
                D("place_word", rng.choice(P.PLACE_WORDS[:2])),
                " ",
                D("time", tm(rng)),
                ", ",
                D("team", rng.choice(P.FEDERATIONS)),
                " will be there. Message me on ",
                S("PHONE", "digits", mobile(members[2], rng)),
                ".",
            )
        if len(members) > 3:
            line(
                N(members[3], "dim") if members[3].dim else N(members[3], "first"),
                "Has anyone found a black ",
                "cat called ",
                D("pet", rng.choice(P.PETS)[0]),
                " near ",
                S("ADDRESS", "street", street(rng).split(", ")[-1]),
                "?",
            )
        line(N(members[1], "first"), "<Media omitted>")
        doc.add("\n")
    else:
        posters = [
            doc.person(sex="f" if rng.random() < 0.75 else "m", age=(22, 50)) for _ in range(3)
        ]
        m, _unit, _base = serving(
            doc, sex=other_sex(posters[0]), sur=posters[0].sur, origin=posters[0].origin
        )
        g = S("BASE", *rng.choice(P.BASES_BY_SERVICE[m.service]))
        topic = rng.choice(
            ["Moving to", "Schools near", "Anyone else at", "Dog-friendly walks near"]
        )
        doc.add(
            D("header", "Forces Families Community Board"),
            " > ",
            D("header", "Postings"),
            "\n",
            D("header", "Topic:"),
            " ",
            topic,
            " ",
            g,
            "?\n\n",
        )
        doc.add(
            D("header", "Posted by"),
            " ",
            N(posters[0], "handle", posters[0].handle),
            " ",
            D("date", fdate(d, rng)),
            " ",
            D("time", tm(rng)),
            "\n",
            D("greet_all", "Hi all"),
            ", we've just had the assignment order, my OH is going to ",
            S("UNIT", *rng.choice(P.UNITS_BY_SERVICE[m.service])),
            ". I will be looking for work and a school for our eldest, ",
            S("AGE", "words", words(rng.randint(5, 13))),
            " in September. Any tips? ",
            N(posters[0], "first"),
            "\n\n",
        )
        doc.add(
            D("header", "Reply from"),
            " ",
            N(posters[1], "handle", posters[1].handle),
            " ",
            D("date", fdate(later(d, rng, 1, 1), rng)),
            " ",
            D("time", tm(rng)),
            "\n",
            N(posters[0], "handle", posters[0].handle),
            " we loved ",
            S("LOCATION", "site", rng.choice(P.SCHOOLS)),
            ", ask for ",
            N(posters[2], "title", title(posters[2], rng)),
            " in the office. ",
            fill(rng),
            " the patch is fine. ",
            D("team", rng.choice(P.FEDERATIONS)),
            " helped us with the grace period when we moved out.\n\n",
        )
        doc.add(
            D("header", "Reply from"),
            " ",
            N(posters[2], "handle", posters[2].handle),
            " ",
            D("date", fdate(later(d, rng, 2, 3), rng)),
            "\n",
            "Thanks for the shout out ",
            N(posters[1], "first", posters[1].first.lower()),
            "! ",
            N(posters[0], "first"),
            ", DM me, I run the jobs group. ",
            D("status", "[Thread locked]") if rng.random() < 0.3 else "",
            "\n",
        )


def support(doc: Doc, i: int) -> None:
    rng = doc.rng
    m, unit, base = serving(doc)
    share = rng.random() < 0.7
    s = doc.person(
        sex=other_sex(m),
        sur=m.sur if share else None,
        origin=m.origin if share else None,
        age=(22, 50),
    )
    c = doc.person(child=True, sur=m.sur, age=(0, 4))
    o = doc.person(age=(25, 60))
    t = town_for(rng)
    pc = postcode(rng, t)
    svc = {
        "army": "Army",
        "gurkha": "Army",
        "navy": "Royal Navy",
        "marines": "Royal Marines",
        "raf": "RAF",
    }[m.service]
    doc.add(
        D("header", "Partner Employment and Childcare Support - Application"),
        "\n",
        D("header", "Section 1 - About you"),
        "\n",
        D("header", "Surname:"),
        " ",
        N(s, "sur"),
        "   ",
        D("header", "Forename(s):"),
        " ",
        N(s, "first"),
        "\n",
        D("header", "Date of birth:"),
        " ",
        S("DATE_OF_BIRTH", "digits", dob_digits(s.birth, rng)),
        "   ",
        D("header", "NI number:"),
        " ",
        S("NI_NUMBER", "digits", ni_layout(s.ni, rng)),
        "\n",
        D("header", "Address:"),
        " ",
        S("ADDRESS", "street", street(rng)),
        ", ",
        S("LOCATION", "town", t[0]),
        ", ",
        S("POSTCODE", "plain", pc_layout(pc, rng)),
        "\n",
        D("header", "Telephone:"),
        " ",
        S("PHONE", "digits", mobile(s, rng)),
        "   ",
        D("header", "Email:"),
        " ",
        S("EMAIL", "plain", s.email),
        "\n",
        D("header", "Serving person:"),
        " ",
        N(m, "rank", rank_name(rng, m)),
        "   ",
        D("header", "Service:"),
        " ",
        D("service", svc),
        "\n",
        D("header", "Service number:"),
        " ",
        S("SERVICE_NUMBER", "digits", m.sn),
        "   ",
        D("header", "Unit:"),
        " ",
        unit,
        "\n",
        D("header", "Section 2 - Children"),
        "\n",
        D("header", "Name:"),
        " ",
        N(c, "caps"),
        "   ",
        D("header", "Age:"),
        " ",
        S("AGE", "digits", str(c.age)),
        "   ",
        D("header", "Setting:"),
        " ",
        S("LOCATION", "site", rng.choice(P.NURSERIES)),
        "\n",
        D("header", "Child's NHS number:"),
        " ",
        S("NHS_NUMBER", "digits", nhs_layout(c.nhs, rng)),
        "   ",
        D("header", "GP:"),
        " ",
        S("LOCATION", "site", rng.choice(P.SITES_GP)),
        "\n",
        D("header", "Section 3 - Tell us about your situation"),
        "\n",
    )
    doc.add(
        "Since we moved to ",
        base,
        " in ",
        D("year", str(doc.date.year - rng.randint(0, 2))),
        " I have not been able to work. I was a ",
        D(
            "rank",
            rng.choice(["dental nurse", "teaching assistant", "payroll clerk", "hairdresser"]),
        ),
        " for ",
        D("count", f"{rng.randint(3, 12)} years"),
        ". ",
        N(c, "first"),
        " is on the waiting list and the nursery want ",
        D("money", money(rng, 900, 1500)),
        " a month. I am ",
        S("AGE", "words", words(s.age)),
        " and I hope to use the grant for a course. ",
        rng.choice(["My partner will be away most of the year.", "To be frank, it has been hard."]),
        "\n",
        D("header", "Declaration"),
        ": I confirm the above is correct. ",
        D("header", "Signed:"),
        " ",
        D("tag", "[signature]"),
        " ",
        N(s, "init", init(s, rng)),
        "   ",
        D("header", "Date:"),
        " ",
        D("date", fdate(doc.date, rng)),
        "\n",
        D("header", "For office use:"),
        " ",
        D("header", "received by"),
        " ",
        N(o, "initials"),
        ", ",
        D("status", rng.choice(["eligible", "referred", "awaiting evidence"])),
        "\n",
    )


def survey(doc: Doc, i: int) -> None:
    rng = doc.rng
    doc.add(
        D("header", "response_id"),
        ",",
        D("header", "submitted"),
        ",",
        D("header", "relationship"),
        ",",
        D("header", "service"),
        ",",
        D("header", "age_band"),
        ",",
        D("header", "free_text"),
        "\n",
    )
    for _k in range(rng.randint(3, 4)):
        lower = rng.random() < 0.45
        caps = not lower and rng.random() < 0.25
        case = (
            (lambda x: x.lower()) if lower else ((lambda x: x.upper()) if caps else (lambda x: x))
        )
        resp = doc.person(age=(20, 55))
        share = rng.random() < 0.6
        m, unit, _base = serving(
            doc,
            sex=other_sex(resp),
            sur=resp.sur if share else None,
            origin=resp.origin if share else None,
        )
        svc = {
            "army": "Army",
            "gurkha": "Army",
            "navy": "Royal Navy",
            "marines": "Royal Marines",
            "raf": "RAF",
        }[m.service]
        band = f"{resp.age // 5 * 5}-{resp.age // 5 * 5 + 4}"
        ts = f"{doc.date.isoformat()} {tm(rng)}:{rng.randint(0, 59):02d}"
        rel = rng.choice(["Spouse", "Spouse", "Civil partner", "Long-term partner"])
        doc.add(
            D("file", f"R{rng.randint(10000, 99999)}"),
            ",",
            D("timestamp", ts),
            ",",
            D("status", rel),
            ",",
            D("service", svc),
            ",",
            D("age_band", band),
            ',"',
        )
        kind = rng.randint(0, 4)
        rk = rank_name(rng, m)
        if kind == 0:
            kid = doc.person(child=True, sur=m.sur, age=(4, 15))
            items = [
                case(f"my {partner_word(m)}, "),
                N(m, "rank", case(rk)),
                case(
                    f", is away more than {he(m)}'s home. our "
                    + ("son " if kid.sex == "m" else "daughter ")
                ),
                N(kid, "first", case(kid.first)),
                case(" is "),
                S("AGE", "digits", str(kid.age)),
                case(" and has moved school "),
                D("count", case("four times")),
                case("."),
            ]
        elif kind == 1:
            items = [
                case("i'm "),
                N(resp, "full" if not caps else "caps", case(resp.full)),
                case(", happy to talk, ring "),
                S("PHONE", "digits", mobile(resp, rng)),
                case('. the ""welfare"" side at '),
                S("BASE", *rng.choice(P.BASES_BY_SERVICE[m.service])),
                case(" was great."),
            ]
        elif kind == 2:
            items = [
                case("we waited "),
                D("count", case("eleven weeks")),
                case(" for a gp at "),
                S("LOCATION", "site", case(rng.choice(P.SITES_GP))),
                case(". contact me "),
                S("EMAIL", "plain", resp.email),
                case(" - "),
                N(resp, "firstinit", case(name(resp, "firstinit"))),
            ]
        elif kind == 3:
            items = [
                case("when "),
                N(m, "nick" if m.nick else "first", case(m.nick or m.first)),
                case(" was with "),
                S("UNIT", *rng.choice(P.UNITS_BY_SERVICE[m.service])),
                case(" nobody from the unit called once. i will not stay in "),
                S("LOCATION", "town", case(town_for(rng)[0])),
                case(" for another posting."),
            ]
        else:
            items = [
                case("the bill for damages at march-out was "),
                D("money", money(rng, 150, 900)),
                case(". "),
                N(resp, "first", case(resp.first)),
                case(" (spouse of "),
                N(m, "rank", case(rk)),
                case(", "),
                unit,
                case(")"),
            ]
        doc.add(*items, '"\n')


def parent(doc: Doc, i: int) -> None:
    rng = doc.rng
    rec, _unit, _base = serving(
        doc,
        service=rng.choice(["army", "army", "marines", "raf", "navy"]),
        sex="m" if rng.random() < 0.8 else "f",
        age=(16, 19),
    )
    rec.rank = {"army": "Pte", "marines": "Rct", "raf": "AC", "navy": "Rct"}[rec.service]
    par = doc.person(sur=rec.sur if rng.random() < 0.75 else None, age=(40, 62), origin=rec.origin)
    ins = doc.person(service=rec.service, age=(25, 40))
    gp = doc.person(age=(35, 62))
    trg = {
        "army": (
            "abbreviation",
            rng.choice(["ATR Pirbright", "ITC Catterick", "AFC Harrogate", "ATR Winchester"]),
        ),
        "marines": ("abbreviation", "CTCRM"),
        "raf": ("base", "RAF Halton"),
        "navy": ("base", "HMS Raleigh"),
    }[rec.service]
    t = town_for(rng)
    pc = postcode(rng, t)
    scanned = i % 2 == 0
    nl = "\n" if scanned else " "
    d = doc.date
    if scanned:
        doc.add(
            D("header", "Scanned:"),
            " ",
            D("date", fdate(later(d, rng, 2, 8), rng)),
            "  ",
            D("header", "Batch"),
            " ",
            D("file", f"{rng.randint(100, 999)}/{rng.randint(10, 99)}"),
            "\n",
        )
    doc.add(
        S("ADDRESS", "street", street(rng)),
        "\n",
        S("LOCATION", "town", t[0]),
        "\n",
        S("POSTCODE", "plain", pc_layout(pc, rng)),
        "\n",
        D("date", fdate(d, rng)),
        "\n\nDear Sir/Madam,\n\n",
        D("header", "Re:"),
        " ",
        N(rec, "surfirst", surfirst(rec, rng)),
        ", ",
        S("SERVICE_NUMBER", "digits", rec.sn),
        "\n\n",
    )
    if scanned:
        cut = rng.randint(2, max(2, len(rec.first) - 2))
        brk = rng.choice(
            [
                f"{rec.first} {rec.sur}".replace(" ", "\n", 1),
                f"{rec.first[:cut]}-\n{rec.first[cut:]} {rec.sur}",
            ]
        )
        first = N(rec, "broken", brk)
    else:
        first = N(rec, "full")
    son = "son" if rec.sex == "m" else "daughter"
    age = (
        S("AGE", "digits", str(rec.age))
        if rng.random() < 0.5
        else S("AGE", "words", words(rec.age))
    )
    doc.add(
        "I am writing about my ",
        son,
        " ",
        first,
        ", who is ",
        age,
        " and started at ",
        S("BASE", *trg),
        nl,
        "on ",
        D("date", fdate(d - dt.timedelta(days=rng.randint(20, 60)), rng)),
        ". ",
        "His" if rec.sex == "m" else "Her",
        " date of birth is ",
        S(
            "DATE_OF_BIRTH",
            *(
                (["digits", dob_digits(rec.birth, rng)])
                if rng.random() < 0.6
                else ["words", dob_words(rec.birth, rng)]
            ),
        ),
        ".",
        nl,
        "When ",
        he(rec),
        " rings home ",
        he(rec),
        " sounds low, and ",
        he(rec),
        " says ",
        N(ins, "rank", f"{ins.rank} {ins.sur}"),
        " has it in for ",
        "him" if rec.sex == "m" else "her",
        ".",
        nl,
        "I will not stand by. ",
        "To be frank, I rang ",
        D("weekday", weekday(d - dt.timedelta(days=3))),
        " and spoke to a ",
        D("rank", rng.choice(["Corporal", "duty clerk", "Section Commander"])),
        ".",
        nl,
    )
    doc.add(
        "Our GP, ",
        N(gp, "title", title(gp, rng, dr=True)),
        " at ",
        S("LOCATION", "site", rng.choice(P.SITES_GP)),
        ", says ",
        N(rec, "first"),
        " was well when ",
        he(rec),
        " left. ",
        "I want to know why ",
        N(ins, "typo", typo_of(rng, ins.sur)) if rng.random() < 0.6 else N(ins, "sur"),
        " has not called me back.",
        nl,
        "I hope you will look into it.\n\n",
        D("signoff", rng.choice(["Yours faithfully", "Yours sincerely"])),
        ",\n",
        D("tag", "[signature]"),
        "\n",
        N(par, "full"),
        "\n",
        D("header", "Tel:"),
        " ",
        S("PHONE", "digits", mobile(par, rng)),
        "\n",
    )


BUILDERS = {
    "interview": interview, "focusgroup": focusgroup, "enquiry": enquiry, "sfa": sfa,
    "school": school, "welfare": welfare, "forum": forum, "support": support,
    "survey": survey, "parent": parent,
}  # fmt: skip


# checks --------------------------------------------------------------------------------------
def finish(doc: Doc, text: str, spans: list[dict], decoys: list[dict]) -> dict:
    marks = spans + decoys
    if any(
        text[x["start"] : x["end"]] != text[x["start"] : x["end"]].strip() or x["start"] >= x["end"]
        for x in marks
    ):
        raise Redraw
    covered = [False] * len(text)
    for x in marks:
        if any(covered[x["start"] : x["end"]]):
            raise Redraw
        covered[x["start"] : x["end"]] = [True] * (x["end"] - x["start"])
    present = []
    for sp in sorted(spans, key=lambda s: s["start"]):
        if "_p" in sp and sp["_p"] not in present:
            present.append(sp["_p"])
    key = {id(p): f"p{k}" for k, p in enumerate(present, start=1)}
    counts = Counter(key[id(sp["_p"])] for sp in spans if "_p" in sp)
    if counts and max(counts.values()) > 6:
        raise Redraw
    # Two people never share a name or short form.
    owner: dict[str, str] = {}
    for sp in spans:
        if "_p" in sp and sp["form"] != "rank":
            v = " ".join(text[sp["start"] : sp["end"]].lower().replace(".", "").split())
            if owner.setdefault(v, key[id(sp["_p"])]) != key[id(sp["_p"])]:
                raise Redraw
    names = set().union(*(p.name_words() for p in present)) if present else set()
    initials = {p.initials for p in present}
    for sp in spans:
        if "_p" in sp:
            for w in WORD.findall(text[sp["start"] : sp["end"]]):
                if sp["form"] in NAME_ONLY:
                    names.add(w.lower())
    names = {w for w in names if len(w) >= 2}
    # No name word of anyone present inside a decoy or another type's span.
    for x in decoys + [s for s in spans if "_p" not in s and s["type"] != "EMAIL"]:
        inner = text[x["start"] : x["end"]]
        toks = {t.lower() for t in WORD.findall(inner)}
        toks |= {p.lower() for t in WORD.findall(inner) for p in re.split(r"['-]", t)}
        if toks & names or set(re.split(r"[\s.,/-]+", inner)) & initials:
            raise Redraw
    # Word decoys: every name word, and every pooled ordinary name word, left in plain text.
    extra = []
    for w in sorted(names | set(P.NAME_WORDS), key=lambda x: (-len(x), x)):
        for mt in re.finditer(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.I):
            cov = covered[mt.start() : mt.end()]
            if not any(cov):
                extra.append({"kind": "word", "start": mt.start(), "end": mt.end()})
                covered[mt.start() : mt.end()] = [True] * (mt.end() - mt.start())
            elif not all(cov) and w in names:
                raise Redraw
    decoys = decoys + extra
    n_words = len(text.split())
    if not 25 <= n_words <= 600:
        raise Redraw
    out_spans = []
    for sp in sorted(spans, key=lambda s: (s["start"], s["end"])):
        item = {"type": sp["type"], "start": sp["start"], "end": sp["end"], "form": sp["form"]}
        if "_p" in sp:
            item["entity"] = key[id(sp["_p"])]
        out_spans.append(item)
    out_decoys = sorted(decoys, key=lambda d: (d["start"], d["end"]))
    return {
        "decoys": out_decoys,
        "format": doc.format,
        "spans": out_spans,
        "style": doc.style,
        "text": text,
    }


def build() -> list[dict]:
    rng = random.Random(SEED)
    records = []
    start = dt.date(2026, 1, 5)
    for n in range(PER_STYLE * len(STYLES)):
        style = STYLES[n % len(STYLES)]
        k = n // len(STYLES)
        for _ in range(400):
            date = start + dt.timedelta(days=rng.randint(0, 320))
            doc = Doc(rng, style, date)
            try:
                BUILDERS[style](doc, k)
                if style == "welfare":
                    welfare_fix(doc)
                rec = doc.build()
                break
            except Redraw:
                continue
        else:
            raise SystemExit(f"could not draw document {n} ({style})")
        rec["id"] = f"heldout-r-{n + 1:04d}"
        records.append(rec)
    return records


def dump(records: list[dict]) -> bytes:
    return "".join(
        json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records
    ).encode("utf-8")


def stats(records: list[dict], data: bytes) -> str:
    lines = [f"documents: {len(records)}"]
    wc = [len(r["text"].split()) for r in records]
    lines.append(
        f"words per document: min {min(wc)}, max {max(wc)}, mean {round(sum(wc) / len(wc))}"
    )
    people = [Counter(s["entity"] for s in r["spans"] if s["type"] == "PERSON") for r in records]
    lines.append(f"distinct people (entities, counted per document): {sum(len(p) for p in people)}")
    lines.append(
        "people mentioned more than once in their document: "
        + str(sum(1 for p in people for v in p.values() if v > 1))
    )

    def table(title: str, counter: Counter) -> None:
        lines.extend(["", f"| {title} | count |", "|---|---|"])
        lines.extend(f"| {k} | {counter[k]} |" for k in sorted(counter))
        lines.append(f"| total | {sum(counter.values())} |")

    table("style", Counter(r["style"] for r in records))
    table("format", Counter(r["format"] for r in records))
    table("type", Counter(s["type"] for r in records for s in r["spans"]))
    table("type/form", Counter(f"{s['type']}/{s['form']}" for r in records for s in r["spans"]))
    table("decoy kind", Counter(d["kind"] for r in records for d in r["decoys"]))
    lines.extend(["", f"sha256: {hashlib.sha256(data).hexdigest()}"])
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    records = build()
    data = dump(records)
    if "--check" in argv:
        if OUT.exists() and OUT.read_bytes() == data:
            print("corpus.jsonl reproduced")
            return 0
        print("corpus.jsonl differs from the generator's output")
        return 1
    if "--stats" in argv:
        print(stats(records, data))
        return 0
    OUT.write_bytes(data)
    print(f"wrote {OUT} ({len(records)} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
