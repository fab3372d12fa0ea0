"""Generate held-out scrub corpus E: welfare case notes, e-mails, call logs, referral
letters, meeting minutes and handover notes written by staff about people.

Standard library only, seeded, reproducible. Labels are recorded as text is appended,
so offsets are exact by construction. Run `python generate.py` to write corpus.jsonl,
`--check` to verify it is reproduced byte for byte, `--stats` for the counts.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import pools as P  # noqa: E402

SEED = 20261206
DOCUMENTS = 640
OUT = HERE.parent / "corpus.jsonl"

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
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
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
]
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
NATO = {
    "A": "Alpha",
    "B": "Bravo",
    "C": "Charlie",
    "D": "Delta",
    "E": "Echo",
    "F": "Foxtrot",
    "G": "Golf",
    "H": "Hotel",
}


def number_words(n: int) -> str:
    if n < 20:
        return ONES[n]
    return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")


def spoken_digits(digits: str, rng: random.Random) -> str:
    words, i = [], 0
    while i < len(digits):
        d = digits[i]
        if not d.isdigit():
            words.append(NATO.get(d, d) if rng.random() < 0.5 else d)
            i += 1
            continue
        name = "oh" if d == "0" and rng.random() < 0.7 else ONES[int(d)]
        if i + 2 < len(digits) and digits[i + 1] == d and digits[i + 2] == d and rng.random() < 0.6:
            words.append("triple " + name)
            i += 3
        elif i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.7:
            words.append("double " + name)
            i += 2
        else:
            words.append(name)
            i += 1
    return " ".join(words)


class Person:
    def __init__(self, first, dim, gender, sur, rank, title, key):
        self.first, self.dim, self.gender, self.sur = first, dim, gender, sur
        self.rank, self.title, self.key = rank, title, key
        self.seen = False


class Doc:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.decoys: list[dict] = []

    def t(self, text: str) -> None:
        self.parts.append(text)
        self.n += len(text)

    def s(self, kind: str, text: str, form: str, entity: str | None = None) -> None:
        span = {"type": kind, "start": self.n, "end": self.n + len(text)}
        if entity:
            span["entity"] = entity
        span["form"] = form
        self.spans.append(span)
        self.t(text)

    def d(self, kind: str, text: str) -> None:
        self.decoys.append({"start": self.n, "end": self.n + len(text), "kind": kind})
        self.t(text)

    def text(self) -> str:
        return "".join(self.parts)


DECOY_POOLS = {
    "product": [
        "Togetherall",
        "Headspace",
        "SSAFA",
        "Combat Stress",
        "Help for Heroes",
        "the Samaritans",
        "Op Courage",
        "Veterans UK",
        "the Royal British Legion",
        "Veterans' Gateway",
    ],
    "rank": ["OC", "CO", "padre", "RSM", "sgt", "CSM", "Sgt Maj", "UWO", "MO", "troop boss"],
    "abbrev": ["DCS", "PCRF", "RMP", "DMS", "NOK", "AWOL", "c/o", "HIVE", "SPVA"],
    "service": ["Army", "RAF", "Navy", "Royal Marines", "Forces"],
    "greet": ["Hi", "Hello", "Morning", "Afternoon"],
    "greet_all": ["Hi all", "Morning all", "Dear all", "All,"],
    "signoff": ["Thanks", "Kind regards", "Many thanks", "Cheers", "Regards", "Best wishes"],
    "weekday": WEEKDAYS,
    "month": MONTHS,
    "year": [str(y) for y in range(2003, 2026)],
}

# Sentence templates. {X.form} a person (X in S N C W O G M), {value} a labelled value,
# {~kind=text} a decoy, {~kind} a decoy drawn from its pool, {ref} {date} unlabelled.
CASE_SENTENCES = [
    "Spoke to {S.rank}'s {rel} {N.first} on {phoneN} re: housing at {addr}, {town} {pc}.",
    "Follow up w/c {date}.",
    "{S.sur} called in; states {he} has been drinking more since leaving {unit}.",
    "Home visit to {addr}, {town}. {N.title} present throughout, {C.first} ({cage}) at school.",
    "DOB {dob}, NI {ni}, NHS {nhs}.",
    "{S.first} says {he} {~word=will} ring back after speaking to the {~rank}.",
    "Rent arrears {~word=rose} to £{money} after the move from {garr}.",
    "No {~word=joy} from the council yet; ref {ref} quoted.",
    "Council have given two weeks' {~word=grace} on the arrears.",
    "Had a {~word=frank} conversation with {S.dim} about the debts.",
    "{N.first} has little {~word=hope} of a quarter at {base} before Christmas.",
    "Water {~word=bill} outstanding, copy on file.",
    "Discussed {~word=art} therapy group run by {~product}.",
    "{S.rank} served {~count=22 years} across {~count=3 tours}, last with {unit}.",
    "Service no. {sn} confirmed on {~product=JPA}.",
    "Signposted to {~product} and {~product}; {S.first} already uses {~product}.",
    "Referred to {~abbrev=DCS} via the {~rank}. {S.sur} aware and consents.",
    "Contact details: mob {phone}, e-mail {email}.",
    "Aged {age}, lives with {N.full} and their {child} {C.first}, {cage}.",
    "The above-named reports nightmares since {~year}; GP is {G.title} at the local surgery.",
    "{G.title} has prescribed sertraline; review in {~count=six weeks}.",
    "{S.init} seen by {W.rank} at {time}.",
    "Mate {M.rank} (also ex-{unit}) has been checking on {him} {~street_word=down the road}.",
    "Lives {~street_word=round the corner} from {M.first}, who drives {him} to appointments.",
    "{S.dim} missed the {~weekday} appointment; second DNA this {~month}.",
    "{C.first} (aged {cage}) is struggling at school since the move from {garr}.",
    "{~abbrev=NOK} recorded on {~product=JPA} as {N.full}, {phoneN}.",
    "Was based at {abbr} then {base}; {~count=served 12 yrs}.",
    "He said it was {~street_word=a close call} with the landlord last week.",
    "Sent forms c/o {N.title}, {addr}, {town}, {pc}.",
    "{S.sur} to {~word=mark} the claim as urgent with {~product}; claim no. {ref}.",
    "{S.first} ({age}) turned up at {time} without an appointment.",
    "{N.first} says {she} will {~word=sue} the letting agent if the deposit is not returned.",
    "Tel {phone_w} (read out by {S.first}).",
    "Born {dob_w}, per {N.first}.",
    "Letter from the council has the name as {S.typo}; {S.first} asked for it to be corrected.",
    "Rang {S.typo} back at {time}, no answer.",
]

CALL_LINES = [
    "Caller {S.full}, ex-{unit}, ringing about housing.",
    "Caller gave mobile as {phone} and e-mail {email}.",
    "Caller read out number: {phone_w}.",
    "Service number given as {sn_w}.",
    "Service number {sn}; DOB {dob}.",
    "Caller says DOB is {dob_w}.",
    "{S.first} is {age} and lives at {addr}, {town} {pc} with {N.first}.",
    "Partner {N.full} came on the line; wants call back on {phoneN}.",
    "{S.first} tearful; said no {~word=joy} from {~product} so far.",
    "Gave {~product} details and the {~product=Samaritans} number {~helpline=116 123}.",
    "Advised {~helpline=999} or {~helpline=111} if at risk tonight.",
    "Caller mentions {his} old {~rank} and the {~rank} at {garr}.",
    "Ticket {ref} raised; passed to {W.rank} for {~weekday}.",
    "{S.sur} stated {he} was {~abbrev=AWOL} for two days in {~year}; says it is sorted.",
    "NI number {ni}; NHS number {nhs}.",
    "{S.first} served on {ship} for {~count=4 years}.",
    "Child {C.first} ({cage}) in the background.",
    "Surname {S.sur}, spelt {S.spell}.",
    "Partner's surname spelt {N.spell}.",
    "{S.typo} (caller) asked for a call back.",
    "Call ended {time}. Follow up {date}.",
    "Asked if {M.first} from {unit} could ring {him}; {S.first} {~word=will} pass on details.",
]

HANDOVER_LINES = [
    "{S.rank} - {unit} - housing, c/o {N.title}, {phoneN}. DCS aware. Ref {ref}.",
    "{S.init} - AWOL {~count=3 days}, RMP informed by the {~rank}. NOK {N.full}.",
    "{S.surfirst} - PCRF done, SSAFA caseworker {X.full} ({phoneX}).",
    "{S.dim} ({age}) - DMS appt {date} at {base}. Lift from {M.dim}.",
    "{S.rank} - debt, {~word=bill} from {~product}; {rel} {N.first} on {phoneN}.",
    "{S.sur} - moving to {garr} {~month}; school place for {C.first} ({cage}).",
    "{S.full} - DOB {dob} - SN {sn} - JPA NOK wrong, fix w/ {X.rank}.",
    "{S.rank} - {ship}, back {~month}; {N.first} coping, rang at {time}.",
]


class Renderer:
    def __init__(self, rng: random.Random, doc: Doc, cast: dict, values: dict) -> None:
        self.rng, self.doc, self.cast, self.values = rng, doc, cast, values

    def person(self, p: Person, form: str) -> None:
        rng = self.rng
        if form == "dim" and not p.dim:
            form = "first"
        if form == "typo" and not p.seen:
            form = "full"
        if form == "title" and p.rank:
            form = "rank"
        if form == "rank" and not p.rank:
            form = "title"
        if p.key == "C" and form != "typo":
            form = "first"
        if form == "full":
            text = f"{p.first} {p.sur}"
        elif form == "first":
            text = p.first
        elif form == "sur":
            text = p.sur
        elif form == "dim":
            text = p.dim
        elif form == "rank":
            r = rng.random()
            text = (
                f"{p.rank} {p.sur}"
                if r < 0.6
                else f"{p.rank} {p.first[0]}. {p.sur}"
                if r < 0.8
                else f"{p.rank} {p.first} {p.sur}"
            )
        elif form == "title":
            text = (
                f"{p.title} {p.sur}" if rng.random() < 0.75 else f"{p.title} {p.first[0]}. {p.sur}"
            )
        elif form == "init":
            text = f"{p.first[0]}. {p.sur}" if rng.random() < 0.6 else f"{p.first[0]} {p.sur}"
        elif form == "surfirst":
            text = f"{p.sur.upper()}, {p.first}" if rng.random() < 0.6 else f"{p.sur}, {p.first}"
        elif form == "spell":
            letters = [ch.upper() for ch in p.sur if ch.isalpha()]
            text = rng.choice(["-", " ", ", "]).join(letters)
        elif form == "typo":
            base = p.sur if p.key != "C" else p.first
            text = misspell(base, rng)
        else:
            raise ValueError(form)
        p.seen = True
        self.doc.s("PERSON", text, form, p.key.lower())

    def render(self, template: str) -> None:
        for piece in re.split(r"(\{[^}]+\})", template):
            if not piece:
                continue
            if not piece.startswith("{"):
                self.doc.t(piece)
                continue
            slot = piece[1:-1]
            if slot.startswith("~"):
                kind, _, text = slot[1:].partition("=")
                self.doc.d(kind, text or self.rng.choice(DECOY_POOLS[kind]))
            elif "." in slot:
                key, form = slot.split(".")
                self.person(self.cast[key], form)
            elif slot in ("rel", "he", "him", "his", "she", "child"):
                self.doc.t(self.values[slot])
            elif slot in ("ref", "date", "money"):
                self.doc.t(self.values[slot]())
            elif slot == "time":
                self.doc.d(
                    "time",
                    f"{self.rng.randint(8, 19):02d}:"
                    f"{self.rng.choice(['00', '15', '30', '45', '10', '50'])}",
                )
            elif slot == "year":
                self.doc.d("year", str(self.rng.randint(2003, 2025)))
            else:
                kind, text, form = self.values[slot]
                self.doc.s(kind, text, form)


def misspell(word: str, rng: random.Random) -> str:
    for _ in range(20):
        i = rng.randrange(1, len(word) - 1) if len(word) > 3 else 1
        op = rng.choice(["swap", "double", "drop"])
        if op == "swap" and i + 1 < len(word):
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif op == "double":
            out = word[:i] + word[i] + word[i:]
        else:
            out = word[:i] + word[i + 1 :]
        if out != word and out.lower() != word.lower() and " " not in out[:1]:
            return out
    return word + word[-1]


class Values:
    """A document's labelled values, each fixed per document, written in a layout per use."""

    def __init__(self, rng: random.Random, cast: dict) -> None:
        self.rng, self.cast = rng, cast
        self.town, self.district = rng.choice(P.TOWNS)
        self.garrison, self.g_district = rng.choice(P.GARRISONS)
        self.age = rng.randint(19, 62)
        self.cage = rng.randint(2, 16)
        self.year = 2026 - self.age - rng.randint(0, 1)
        self.month = rng.randint(1, 12)
        self.day = rng.randint(1, 28)
        self.phone_digits = {k: self.mobile() for k in ("S", "N", "W", "X")}
        s, n, w = cast["S"], cast["N"], cast["W"]
        self.emails = {
            "S": self.email(s, personal=True),
            "N": self.email(n, personal=True),
            "W": self.email(w, personal=False),
            "X": self.email(cast["X"], personal=False),
        }
        self.sn_digits = self.service_number()
        self.ni_value = self.ni()
        self.nhs_value = self.nhs()
        self.pc = (
            f"{self.district} {rng.randint(1, 9)}{rng.choice(PC_LETTERS)}{rng.choice(PC_LETTERS)}"
        )
        if rng.random() < 0.15:
            self.street = f"{rng.choice(P.HOUSE_NAMES)}, {rng.choice(P.STREETS)}"
        elif rng.random() < 0.2:
            self.street = (
                f"Flat {rng.randint(1, 12)}, {rng.randint(1, 140)} {rng.choice(P.STREETS)}"
            )
        else:
            self.street = f"{rng.randint(1, 140)} {rng.choice(P.STREETS)}"
        self.unit_kind = rng.choice(list(P.UNITS))
        self.unit = rng.choice(P.UNITS[self.unit_kind])
        self.ship = rng.choice(P.UNITS["ship"])
        self.base = rng.choice(P.BASES)
        self.abbr = rng.choice(P.BASE_ABBREVIATIONS)
        self.rel = "wife" if n.gender == "f" else rng.choice(["husband", "partner"])
        male = s.gender == "m"
        self.words = {
            "rel": self.rel,
            "he": "he" if male else "she",
            "him": "him" if male else "her",
            "his": "his" if male else "her",
            "she": "she" if n.gender == "f" else "he",
            "child": "son" if cast["C"].gender == "m" else "daughter",
        }

    def mobile(self) -> str:
        rng = self.rng
        if rng.random() < 0.5:
            return f"07700900{rng.randint(0, 999):03d}"
        return "07" + rng.choice("3456789") + "".join(str(rng.randint(0, 9)) for _ in range(8))

    def layout_phone(self, digits: str) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.35:
            return f"{digits[:5]} {digits[5:]}"
        if r < 0.6:
            return f"{digits[:5]} {digits[5:8]} {digits[8:]}"
        if r < 0.75:
            return digits
        if r < 0.88:
            return f"+44 {digits[1:5]} {digits[5:]}"
        return f"{digits[:4]}-{digits[4:7]}-{digits[7:]}"

    def email(self, p: Person, personal: bool) -> str:
        rng = self.rng
        ascii_first = p.first.translate(str.maketrans("ąćęłńóśźżáéíóúÁÉÍÓÚ", "acelnoszzaeiouAEIOU"))
        ascii_sur = re.sub(
            r"[^A-Za-z]", "", p.sur.translate(str.maketrans("ąćęłńóśźżáéíóúÓ", "acelnoszzaeiouO"))
        )
        first = ascii_first.split()[0].lower()
        sur = ascii_sur.lower()
        if personal:
            host = rng.choice(
                ["gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com", "yahoo.co.uk"]
            )
            local = rng.choice(
                [
                    f"{first}.{sur}",
                    f"{first}{sur}{rng.randint(1, 99)}",
                    f"{first[0]}{sur}",
                    f"{first}_{sur}{rng.randint(70, 99)}",
                ]
            )
        else:
            host = rng.choice(["mod.gov.uk", "ssafa.org.uk", "army.mod.uk"])
            local = (
                f"{first}.{sur}{rng.randint(100, 999)}"
                if host == "mod.gov.uk"
                else f"{first}.{sur}"
            )
        return f"{local}@{host}"

    def service_number(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.45:
            return "2" + "".join(str(rng.randint(0, 9)) for _ in range(7))
        if r < 0.65:
            return "30" + "".join(str(rng.randint(0, 9)) for _ in range(6))
        if r < 0.8:
            return "5" + "".join(str(rng.randint(0, 9)) for _ in range(5))
        if r < 0.9:
            return "D" + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCDEFGH")
        return "".join(str(rng.randint(0, 9)) for _ in range(8))

    def ni(self) -> str:
        rng = self.rng
        first_ok = "ABCEGHJKLMNOPRSTWXYZ"
        second_ok = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            prefix = rng.choice(first_ok) + rng.choice(second_ok)
            if prefix not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        digits = "".join(str(rng.randint(0, 9)) for _ in range(6))
        return prefix + digits + rng.choice("ABCD")

    def nhs(self) -> str:
        rng = self.rng
        while True:
            digits = [rng.randint(0, 9) for _ in range(9)]
            total = sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True))
            check = 11 - total % 11
            if check == 11:
                check = 0
            if check != 10:
                return "".join(map(str, digits)) + str(check)

    def dob_digits(self) -> str:
        rng, y, m, d = self.rng, self.year, self.month, self.day
        return rng.choice(
            [
                f"{d:02d}/{m:02d}/{y}",
                f"{d}.{m}.{y % 100:02d}",
                f"{d:02d}-{m:02d}-{y}",
                f"{d} {MONTHS[m - 1][:3]} {y}",
                f"{d} {MONTHS[m - 1]} {y}",
                f"{y}-{m:02d}-{d:02d}",
            ]
        )

    def dob_words(self) -> str:
        rng, y, m, d = self.rng, self.year, self.month, self.day
        tail = number_words(y % 100) if y % 100 >= 10 else "oh " + ONES[y % 100]
        year = f"{number_words(y // 100)} {tail}"
        if y >= 2000:
            year = "two thousand" + (f" and {number_words(y % 100)}" if y % 100 else "")
        return rng.choice(
            [
                f"the {ORDINALS[d - 1]} of {MONTHS[m - 1]}, {year}",
                f"{MONTHS[m - 1]} the {ORDINALS[d - 1]}, {year}",
                f"{ORDINALS[d - 1]} {MONTHS[m - 1]} {year}",
            ]
        )

    def slot(self, name: str):
        rng = self.rng
        table = {
            "phone": ("PHONE", lambda: self.layout_phone(self.phone_digits["S"]), "digits"),
            "phoneN": ("PHONE", lambda: self.layout_phone(self.phone_digits["N"]), "digits"),
            "phoneW": ("PHONE", lambda: self.layout_phone(self.phone_digits["W"]), "digits"),
            "phoneX": ("PHONE", lambda: self.layout_phone(self.phone_digits["X"]), "digits"),
            "phone_w": ("PHONE", lambda: spoken_digits(self.phone_digits["S"], rng), "words"),
            "email": ("EMAIL", lambda: self.emails["S"], "plain"),
            "emailN": ("EMAIL", lambda: self.emails["N"], "plain"),
            "emailW": ("EMAIL", lambda: self.emails["W"], "plain"),
            "emailX": ("EMAIL", lambda: self.emails["X"], "plain"),
            "addr": ("ADDRESS", lambda: self.street, "street"),
            "town": ("LOCATION", lambda: self.town, "town"),
            "pc": (
                "POSTCODE",
                lambda: self.pc if rng.random() < 0.85 else self.pc.replace(" ", ""),
                "plain",
            ),
            "base": ("BASE", lambda: self.base, "base"),
            "abbr": ("BASE", lambda: self.abbr, "abbreviation"),
            "garr": ("BASE", lambda: self.garrison, "garrison"),
            "unit": ("UNIT", lambda: self.unit, self.unit_kind),
            "ship": ("UNIT", lambda: self.ship, "ship"),
            "age": (
                "AGE",
                lambda: str(self.age) if rng.random() < 0.8 else number_words(self.age),
                None,
            ),
            "cage": ("AGE", lambda: str(self.cage), "digits"),
            "dob": ("DATE_OF_BIRTH", self.dob_digits, "digits"),
            "dob_w": ("DATE_OF_BIRTH", self.dob_words, "words"),
            "sn": ("SERVICE_NUMBER", lambda: self.sn_digits, "digits"),
            "sn_w": ("SERVICE_NUMBER", lambda: spoken_digits(self.sn_digits, rng), "words"),
            "ni": (
                "NI_NUMBER",
                lambda: (
                    self.ni_value
                    if rng.random() < 0.5
                    else " ".join(
                        (
                            self.ni_value[:2],
                            self.ni_value[2:4],
                            self.ni_value[4:6],
                            self.ni_value[6:8],
                            self.ni_value[8],
                        )
                    )
                ),
                "digits",
            ),
            "nhs": (
                "NHS_NUMBER",
                lambda: (
                    f"{self.nhs_value[:3]} {self.nhs_value[3:6]} {self.nhs_value[6:]}"
                    if rng.random() < 0.7
                    else self.nhs_value
                ),
                "digits",
            ),
        }
        kind, make, form = table[name]
        text = make()
        if form is None:
            form = "digits" if text.isdigit() else "words"
        return kind, text, form

    def ref(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"{rng.randint(20, 26)}/{rng.randint(100000, 999999)}",
                f"WF-2026-{rng.randint(1, 9999):05d}",
                f"INC{rng.randint(1000000, 9999999)}",
                f"AFCS/{rng.randint(100000, 999999)}",
                f"SSAFA-{rng.randint(10000, 99999)}",
            ]
        )

    def date(self) -> str:
        rng = self.rng
        return rng.choice(
            [
                f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}",
                f"{rng.randint(1, 28)} {rng.choice(MONTHS)[:3]}",
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/26",
            ]
        )

    def money(self) -> str:
        return str(self.rng.randint(120, 3400))


class Lookup(dict):
    def __init__(self, values: Values) -> None:
        super().__init__()
        self.v = values

    def __getitem__(self, key):
        if key in ("rel", "he", "him", "his", "she", "child"):
            return self.v.words[key]
        if key in ("ref", "date", "money"):
            return getattr(self.v, key)
        return self.v.slot(key)


def make_cast(rng: random.Random) -> dict:
    used: set[str] = set()
    cast = {}
    roles = {
        "S": "mil",
        "N": "civ",
        "C": "child",
        "W": "staff",
        "X": "staff",
        "O": "officer",
        "G": "gp",
        "M": "mil",
    }
    for key, role in roles.items():
        while True:
            origin = rng.choice(list(P.FIRSTS))
            first, dim, gender = rng.choice(P.FIRSTS[origin])
            if key == "S" and rng.random() < 0.8:
                while gender != "m":
                    first, dim, gender = rng.choice(P.FIRSTS[origin])
            if key == "N":
                gender_want = "f" if cast["S"].gender == "m" else "m"
                if gender != gender_want:
                    continue
            sur_origin = origin if rng.random() < 0.8 else rng.choice(list(P.SURNAMES))
            sur = rng.choice(P.SURNAMES[sur_origin])
            if gender == "f":
                sur = P.POLISH_FEMININE.get(sur, sur)
            words = set(first.split()) | set(sur.split()) | ({dim} if dim else set())
            if words & used or any(w.lower() in (u.lower() for u in used) for w in words):
                continue
            used |= words
            break
        if role in ("mil",):
            rank = rng.choice(P.RANKS_JUNIOR + P.RANKS_SENIOR)
        elif role == "officer":
            rank = rng.choice(P.RANKS_OFFICER)
        elif role == "staff":
            rank = rng.choice(["WO2", "Capt", "Sgt", None, None, None])
        else:
            rank = None
        title = "Dr" if role == "gp" else rng.choice(P.TITLES[gender])
        cast[key] = Person(first, dim, gender, sur, rank, title, key)
    return cast


def signature(r: Renderer, key: str) -> None:
    p = r.cast[key]
    r.person(p, "full" if not p.rank else r.rng.choice(["full", "rank"]))
    r.doc.t("\n")
    r.doc.t(
        r.rng.choice(
            [
                "Unit Welfare Officer",
                "Welfare Caseworker",
                "Helpline Adviser",
                "Community Support Worker",
            ]
        )
        + "\n"
    )
    if r.rng.random() < 0.6:
        r.render("{unit}\n")
    else:
        r.render("{base}, {garr}\n")
    r.render("Tel: {phone" + key + "}\n")
    if r.rng.random() < 0.5:
        r.render("{email" + key + "}\n")


def body(r: Renderer, pool: list[str], low: int, high: int, sep: str = " ") -> None:
    chosen = r.rng.sample(pool, k=min(len(pool), r.rng.randint(low, high)))
    for i, line in enumerate(chosen):
        r.render(line)
        r.doc.t(sep if i < len(chosen) - 1 else "\n")


def casenote(r: Renderer) -> None:
    v = r.values.v
    r.doc.t(f"CASE NOTE  {v.date()}  Ref: {v.ref()}\nSubject: ")
    r.person(r.cast["S"], r.rng.choice(["surfirst", "rank", "full"]))
    r.doc.t("\nAuthor: ")
    r.person(r.cast["W"], r.rng.choice(["rank", "init", "full"]))
    r.doc.t("\n\n")
    body(r, CASE_SENTENCES, 4, 13)
    if r.rng.random() < 0.5:
        r.doc.t("\nAction: ")
        r.render(
            r.rng.choice(
                [
                    "{W.init} to chase {~abbrev=PCRF} {date}.",
                    "Refer to {~product}; review {date}.",
                    "{X.rank} to speak to the {~rank} re {S.sur}.",
                ]
            )
        )
        r.doc.t("\n")


def email(r: Renderer) -> None:
    rng = r.rng
    r.doc.t("From: ")
    r.person(r.cast["W"], "full")
    r.render(" <{emailW}>\nTo: ")
    r.person(r.cast["X"], "full")
    r.render(" <{emailX}>\n")
    r.doc.t(f"Subject: RE: {rng.choice(['Welfare', 'Housing', 'Referral', 'Update'])} - ")
    r.person(r.cast["S"], rng.choice(["rank", "surfirst", "full"]))
    r.doc.t(
        f"\nDate: {rng.choice(WEEKDAYS)[:3]} {rng.randint(1, 28)} {rng.choice(MONTHS)[:3]} 2026 "
        f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}\n\n"
    )
    if rng.random() < 0.5:
        r.render("{~greet} ")
        r.person(r.cast["X"], rng.choice(["first", "dim"]))
        r.doc.t(",\n\n")
    else:
        r.render("{~greet_all}\n\n")
    body(r, CASE_SENTENCES, 2, 6)
    r.doc.t("\n")
    r.render("{~signoff}\n")
    signature(r, "W")
    if rng.random() < 0.6:
        r.doc.t(f"\nOn {rng.randint(1, 28)} {rng.choice(MONTHS)}, ")
        r.person(r.cast["X"], rng.choice(["init", "full"]))
        r.doc.t(" wrote:\n> ")
        chosen = rng.sample(CASE_SENTENCES, k=rng.randint(1, 4))
        for line in chosen:
            r.render(line)
            r.doc.t("\n> ")
        r.render("{~signoff}\n> ")
        r.person(r.cast["X"], rng.choice(["first", "dim"]))
        r.doc.t("\n")
    if rng.random() < 0.3:
        r.doc.t("\n---------- Forwarded message ----------\nFrom: ")
        r.person(r.cast["O"], "rank")
        r.doc.t("\nSubject: ")
        r.person(r.cast["S"], "sur")
        r.doc.t("\n\n")
        r.render(
            "{O.first} here. Can {W.first} pick up {S.rank}? The {~rank} is aware. Ref {ref}.\n"
        )


def calllog(r: Renderer) -> None:
    rng = r.rng
    v = r.values.v
    r.doc.t(f"HELPLINE CALL LOG  Ticket {v.ref()}\nAdviser: ")
    r.person(r.cast["W"], rng.choice(["first", "full", "init"]))
    r.doc.t("\n")
    h, m = rng.randint(7, 21), rng.randint(0, 50)
    for line in rng.sample(CALL_LINES, k=rng.randint(3, 10)):
        m += rng.randint(1, 6)
        r.doc.t(f"[{h + m // 60:02d}:{m % 60:02d}] ")
        r.render(line)
        r.doc.t("\n")


def referral(r: Renderer) -> None:
    rng = r.rng
    r.doc.t(f"{rng.choice(['Dear', 'Dear'])} ")
    r.person(r.cast["G"], "title")
    r.doc.t(",\n\nRe: ")
    r.person(r.cast["S"], "full")
    r.render(", DOB {dob}, {addr}, {town}, {pc}\nNHS No: {nhs}\n\n")
    r.doc.t("I am writing to refer the above-named, ")
    r.render("a {age}-year-old veteran of {unit}, to your service. ")
    body(r, CASE_SENTENCES, 2, 7)
    r.doc.t("\n")
    r.render("{~signoff},\n\n")
    signature(r, "W")


def minutes(r: Renderer) -> None:
    rng = r.rng
    r.render(
        f"UNIT WELFARE MEETING - {rng.choice(WEEKDAYS)} {r.values.v.date()}\n{{unit}}\n\nPresent: "
    )
    r.person(r.cast["O"], "rank")
    r.render(" ({~rank=OC}), ")
    r.person(r.cast["W"], rng.choice(["rank", "title", "init"]))
    r.render(" ({~rank=UWO}), ")
    r.person(r.cast["X"], rng.choice(["rank", "title", "full"]))
    r.render(", {~rank=padre}\nApologies: ")
    r.person(r.cast["M"], "rank")
    r.doc.t("\n\n1. ")
    r.person(r.cast["S"], rng.choice(["rank", "surfirst"]))
    r.doc.t(". ")
    body(r, CASE_SENTENCES, 2, 6)
    r.doc.t("\n2. AOB. ")
    r.render(
        rng.choice(
            [
                "{O.sur} thanked {W.first} for the {~product} stand.",
                "{~word=Will} the {~rank} attend next month? {X.init} to ask.",
                "Next meeting {date} at {time}, {base}.",
            ]
        )
    )
    r.doc.t("\n")


def handover(r: Renderer) -> None:
    rng = r.rng
    r.doc.t("HANDOVER - ")
    r.person(r.cast["W"], rng.choice(["init", "first"]))
    r.doc.t(" to ")
    r.person(r.cast["X"], rng.choice(["init", "first", "dim"]))
    r.doc.t("\n")
    for line in rng.sample(HANDOVER_LINES, k=rng.randint(3, 6)):
        r.doc.t("- ")
        r.render(line)
        r.doc.t("\n")
    r.render("Any probs ring me on {phoneW}. {~signoff}\n")


STYLES = [
    ("casenote", casenote),
    ("email", email),
    ("calllog", calllog),
    ("referral", referral),
    ("minutes", minutes),
    ("handover", handover),
]


def build(index: int, rng: random.Random) -> dict:
    while True:
        state = rng.getstate()
        style, make = STYLES[index % len(STYLES)]
        cast = make_cast(rng)
        doc = Doc()
        values = Values(rng, cast)
        r = Renderer(rng, doc, cast, Lookup(values))
        make(r)
        words = len(doc.text().split())
        if 30 <= words <= 400:
            break
        rng.setstate(state)
        rng.random()
    return {
        "id": f"e-{index + 1:04d}",
        "style": style,
        "format": "txt",
        "text": doc.text(),
        "spans": doc.spans,
        "decoys": doc.decoys,
    }


def generate() -> str:
    rng = random.Random(SEED)
    lines = [
        json.dumps(build(i, rng), ensure_ascii=False, sort_keys=False) for i in range(DOCUMENTS)
    ]
    return "\n".join(lines) + "\n"


def stats(data: str) -> str:
    records = [json.loads(x) for x in data.splitlines()]
    types, forms, decoys, styles = Counter(), Counter(), Counter(), Counter()
    people, repeated = 0, 0
    words = [len(r["text"].split()) for r in records]
    for rec in records:
        styles[rec["style"]] += 1
        ent = Counter(s["entity"] for s in rec["spans"] if s.get("entity"))
        people += len(ent)
        repeated += sum(1 for c in ent.values() if c > 1)
        for s in rec["spans"]:
            types[s["type"]] += 1
            forms[f"{s['type']}/{s['form']}"] += 1
        for d in rec["decoys"]:
            decoys[d["kind"]] += 1

    def table(title: str, counter: Counter) -> list[str]:
        out = [f"| {title} | count |", "|---|---|"]
        out += [f"| {k} | {counter[k]} |" for k in sorted(counter)]
        out.append(f"| total | {sum(counter.values())} |")
        return [*out, ""]

    out = [
        f"documents: {len(records)}",
        f"words per document: min {min(words)}, max {max(words)}, mean {sum(words) // len(words)}",
        f"distinct people (entities, counted per document): {people}",
        f"people mentioned more than once in their document: {repeated}",
        "",
    ]
    out += table("style", styles) + table("type", types) + table("type/form", forms)
    out += table("decoy kind", decoys)
    out.append("sha256: " + hashlib.sha256(data.encode("utf-8")).hexdigest())
    return "\n".join(out)


def main(argv: list[str]) -> int:
    data = generate()
    if "--check" in argv:
        if OUT.read_bytes() != data.encode("utf-8"):
            print("corpus.jsonl differs from the generator's output")
            return 1
        print("corpus.jsonl reproduced")
        return 0
    if "--stats" in argv:
        print(stats(data))
        return 0
    OUT.write_bytes(data.encode("utf-8"))
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
