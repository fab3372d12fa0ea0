#!/usr/bin/env python3
"""Generate scrub development corpus dev11: people who share initials or a surname, surnames a
speech recogniser heard as separate words, and lower-case names that are also words.

A TUNING corpus (see ../SOURCE.md). Seeded, Python 3.11 standard library only. Each document
casts its people first (often two with the same two-letter initials, sometimes two with the
same surname), then writes its text from templates whose tokens append text and record its
label at once, so offsets are right by construction. A document that breaks a rule below is
thrown away and the next draw of the same seeded stream taken, so the file stays reproducible.

Usage: python generate.py [--check | --stats]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import ClassVar

SEED = 20261213
PER_STYLE = 150
STYLES = ("minutes", "log", "email", "asr", "register")
HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus.jsonl"

# ---------------------------------------------------------------------------------------------
# Name pools (written for this corpus; every pairing is random, none is meant to be a person).

# (first name, sex, diminutives)
FIRSTS = [
    ("John", "m", ("Johnny",)), ("Jo", "f", ()), ("Jack", "m", ()),
    ("James", "m", ("Jim", "Jamie")), ("Jade", "f", ()), ("Jamal", "m", ()),
    ("Jason", "m", ("Jay",)), ("Jess", "f", ()),
    ("Jasmine", "f", ("Jas",)), ("Joel", "m", ()), ("Julie", "f", ("Jules",)),
    ("Kate", "f", ("Katie",)), ("Kevin", "m", ("Kev",)), ("Kwame", "m", ()), ("Kieran", "m", ()),
    ("Katarzyna", "f", ("Kasia",)), ("Kamal", "m", ()), ("Kerry", "f", ()), ("Kofi", "m", ()),
    ("Sarah", "f", ()), ("Sam", "m", ()), ("Stuart", "m", ("Stu",)), ("Sunita", "f", ()),
    ("Seán", "m", ()), ("Siobhán", "f", ()), ("Steven", "m", ("Steve",)), ("Shona", "f", ()),
    ("Mark", "m", ()), ("Maria", "f", ()), ("Mohammed", "m", ("Mo",)), ("Maureen", "f", ("Mo",)),
    ("Megan", "f", ("Meg",)), ("Michael", "m", ("Mike", "Mick")), ("Mandeep", "m", ()),
    ("Daniel", "m", ("Dan", "Danny")), ("Dawn", "f", ()), ("David", "m", ("Dave",)),
    ("Diane", "f", ("Di",)), ("Deepak", "m", ()), ("Dafydd", "m", ("Dai",)), ("Donna", "f", ()),
    ("Andrew", "m", ("Andy",)), ("Amy", "f", ()), ("Aisha", "f", ()), ("Alan", "m", ()),
    ("Ali", "m", ()), ("Amber", "f", ()), ("Adebayo", "m", ("Bayo",)),
    ("Thomas", "m", ("Tom", "Tommy")), ("Tina", "f", ()), ("Tariq", "m", ()), ("Tendai", "m", ()),
    ("Robert", "m", ("Rob", "Robbie")), ("Rachel", "f", ()), ("Ruby", "f", ()), ("Rhys", "m", ()),
    ("Ravi", "m", ()), ("Rose", "f", ()), ("Raymond", "m", ("Ray",)),
    ("Lee", "m", ()), ("Lisa", "f", ()), ("Liam", "m", ()), ("Lakshmi", "f", ()), ("Leon", "m", ()),
    ("Christopher", "m", ("Chris",)), ("Claire", "f", ()), ("Ciarán", "m", ()), ("Callum", "m", ()),
    ("Paul", "m", ()), ("Patrick", "m", ("Pat",)), ("Priya", "f", ()), ("Piotr", "m", ()),
    ("Patricia", "f", ("Trish",)), ("Penny", "f", ()),
    ("Gary", "m", ("Gaz",)), ("Grace", "f", ()), ("Gemma", "f", ()), ("Gurpreet", "f", ()),
    ("Edward", "m", ("Ed", "Eddie")), ("Emma", "f", ()), ("Emeka", "m", ()), ("Ellie", "f", ()),
    ("Ben", "m", ()), ("William", "m", ("Will", "Bill")), ("Becky", "f", ()), ("Bola", "f", ()),
    ("Nicholas", "m", ("Nick",)), ("Nadia", "f", ()), ("Neil", "m", ()), ("Nkechi", "f", ()),
    ("Wendy", "f", ()), ("Wojciech", "m", ("Wojtek",)), ("Wayne", "m", ()),
    ("Harry", "m", ()), ("Hannah", "f", ()), ("Hamid", "m", ()), ("Hope", "f", ()),
    ("Frank", "m", ()), ("Francesca", "f", ("Fran",)), ("Fiona", "f", ()),
    ("Susan", "f", ("Sue",)), ("Joy", "f", ()), ("Wei", "m", ()), ("Mei", "f", ()),
    ("Youssef", "m", ()), ("Omar", "m", ()), ("Owen", "m", ()), ("Olivia", "f", ("Liv",)),
    ("Craig", "m", ()), ("Carly", "f", ()), ("Pieter", "m", ()), ("Iwan", "m", ()),
]  # fmt: skip

SURNAMES = [
    "Bennett", "Barker", "Bolton", "Brook", "Bell", "Begum", "Boateng", "Brennan", "Blackwood",
    "Butterworth", "Smith", "Shaw", "Singh", "Sutton", "Stewart", "Sharma", "Morris", "Mensah",
    "Murphy", "MacKenzie", "McDonald", "McCarthy", "MacLeod", "Malik", "Miller", "van der Merwe",
    "Hale", "Hughes", "Hussain", "Hollis", "Walsh", "Wilson", "Wainwright", "Whitfield",
    "Williams", "Kaur", "Kowalski", "Kelly", "Kumar", "Taylor", "Thompson", "Turner", "Patel",
    "Price", "Parry", "Phillips", "Rees", "Roberts", "Reid", "ap Rhys", "le Roux", "Clarke",
    "Campbell", "Chen", "de la Cruz", "Cooper", "Davies", "Doyle", "Dlamini", "Dixon", "O'Brien",
    "O'Connor", "O'Neill", "O'Sullivan", "Okafor", "Owusu", "Green", "Gray", "Gill", "Gurung",
    "Evans", "Edwards", "Ellis", "Fitzgerald", "Fitzpatrick", "Foster", "Fraser", "Ashworth",
    "Ashcroft", "Ahmed", "Adeyemi", "Atkinson", "Lewis", "Lowe", "Nowak", "Nolan", "Youssef",
    "Yates", "Jones", "Jackson", "Harris", "Hall", "Tran", "Wang", "Lamb", "Baxter", "Sinclair",
]  # fmt: skip

# How a speech recogniser writes a surname it heard as separate words (lower case, as it does).
SPLITS = {
    "MacKenzie": "mac kenzie", "McDonald": "mc donald", "McCarthy": "mc carthy",
    "MacLeod": "mac leod", "O'Brien": "o brien", "O'Connor": "o connor", "O'Neill": "o neill",
    "O'Sullivan": "o sullivan", "van der Merwe": "van der merwe", "de la Cruz": "de la cruz",
    "Fitzgerald": "fitz gerald", "Fitzpatrick": "fitz patrick", "ap Rhys": "ap rhys",
    "le Roux": "le roux", "Ashworth": "ash worth", "Blackwood": "black wood",
    "Wainwright": "wain wright", "Whitfield": "whit field", "Butterworth": "butter worth",
    "Ashcroft": "ash croft",
}  # fmt: skip

# The splits the brief names, drawn more often than the rest.
HEARD_SPLIT = ["MacKenzie", "McDonald", "O'Brien", "O'Connor", "van der Merwe", "de la Cruz",
               "Fitzgerald", "ap Rhys"]  # fmt: skip

ARMY = [
    ("Pte", "Private"),
    ("LCpl", "Lance Corporal"),
    ("Cpl", "Corporal"),
    ("Sgt", "Sergeant"),
    ("SSgt", "Staff Sergeant"),
    ("WO2", "Warrant Officer Class 2"),
    ("Lt", "Lieutenant"),
    ("Capt", "Captain"),
    ("Maj", "Major"),
    ("Lt Col", "Lieutenant Colonel"),
]
RAF = [
    ("SAC", "Senior Aircraftman"),
    ("Cpl", "Corporal"),
    ("Sgt", "Sergeant"),
    ("FS", "Flight Sergeant"),
    ("Fg Off", "Flying Officer"),
    ("Flt Lt", "Flight Lieutenant"),
    ("Sqn Ldr", "Squadron Leader"),
]
NAVY = [
    ("AB", "Able Rating"),
    ("LH", "Leading Hand"),
    ("PO", "Petty Officer"),
    ("CPO", "Chief Petty Officer"),
    ("Lt", "Lieutenant"),
    ("Lt Cdr", "Lieutenant Commander"),
]
TITLES = {"m": ("Mr",), "f": ("Ms", "Mrs", "Miss")}
RANK_WORDS = {
    w.lower() for abbr, full in ARMY + RAF + NAVY for w in (abbr + " " + full).split()
} | {"mr", "mrs", "ms", "miss", "dr", "mister", "missus"}

# Two- and three-letter runs that bare initials never spell: words and the acronyms that are
# this corpus's decoys (so `MO` is always the medical officer, never someone's initials).
BLOCKED_INITIALS = {
    "MO", "OC", "CO", "HR", "PT", "QM", "IT", "OK", "AM", "PM", "GP", "RE", "DI", "ED", "MT",
    "TV", "UK", "AB", "PO", "LH", "WO", "SM", "DO", "NO", "SO", "TA", "RM", "RN", "MP", "OR",
    "IS", "AS", "AT", "BE", "BY", "GO", "HE", "IF", "IN", "ME", "MY", "OF", "ON", "TO", "UP",
    "US", "WE", "AN", "HI", "LO", "PA", "MA", "DA", "AI", "ID", "OH", "OW", "AW", "EH", "UM",
    "SA", "FS", "CS", "NB", "PS", "AD", "AA", "CC", "CV", "DJ", "HQ", "JP", "KO", "LA", "OT",
    "PC", "PE", "RV", "SS", "TC", "WC", "FM", "ET", "EU", "NA", "YA", "YE", "OO", "EE",
}  # fmt: skip


def fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def surname_initial(surname: str) -> str:
    """`van der Merwe` -> M, `ap Rhys` -> R, `O'Brien` -> O: the capital the surname files under."""
    capitals = [c for c in surname if c.isupper()]
    return capitals[0] if capitals else surname[0].upper()


FIRST_BY_LETTER: dict[str, list[tuple]] = {}
for _entry in FIRSTS:
    FIRST_BY_LETTER.setdefault(fold(_entry[0])[0], []).append(_entry)
SUR_BY_LETTER: dict[str, list[str]] = {}
for _name in SURNAMES:
    SUR_BY_LETTER.setdefault(surname_initial(_name), []).append(_name)
COLLIDING = sorted(
    a + b
    for a in FIRST_BY_LETTER
    for b in SUR_BY_LETTER
    if len(FIRST_BY_LETTER[a]) >= 3 and len(SUR_BY_LETTER[b]) >= 3 and a + b not in BLOCKED_INITIALS
)

# ---------------------------------------------------------------------------------------------
# Decoy pools: text that must survive the scrubber. Kinds are dev10's names.

DECOYS = {
    "acronym": ["ETA", "ASAP", "TBC", "FYI", "NOK", "AWOL", "SITREP", "POC", "R&R", "MATTs",
                "BFT", "PT", "HR", "IT", "OK", "MT", "NFA", "NTR", "AOB", "WFH"],
    "role": ["OC", "CO", "RSM", "MO", "CSM", "QM", "2IC", "Adjt", "padre", "welfare officer",
             "chief clerk", "RQMS", "CQMS", "UWO", "duty officer", "Ops Offr", "3 Coy Clerk",
             "Orderly Officer", "Guard Comd", "MTWO", "Trg Offr", "G1 Clerk"],
    "role_lc": ["mo", "oc", "co", "qm", "rsm", "csm", "padre", "welfare officer", "sergeant major",
                "medic", "boss", "doc", "2ic", "adjt"],
    "med_role": ["MO", "duty medic", "CMP", "nurse"],
    "welfare_role": ["welfare officer", "UWO", "padre", "Welfare SNCO", "unit welfare officer"],
    "building": ["Rm G.07", "Rm 2.14", "Bldg 112", "B Block", "Hangar 3", "Guardroom", "MI Room",
                 "Conf Rm 1", "Rm 1.03", "Bldg 27", "the Cookhouse", "SHQ Rm 4", "Rm G.11"],
    "ref": ["Ser 14 para 4", "JSP 770", "INC0012345", "Ser 3 refers", "para 12.b", "PAM 21",
            "Ser 7 para 2", "JSP 375", "BR 1834", "DIN 2024DIN01-107", "Ser 22", "AP 3392"],
    "team": ["3 Coy Ops", "Blue Watch", "G1 Cell", "Ops Room", "HQ Coy", "Welfare Cell",
             "Duty Desk", "Red Watch", "MT Section", "QM's Dept", "Trg Wing", "B Flt"],
    "shift": ["Days", "Nights", "Earlies", "Lates", "A/L", "R/D", "OFF", "N", "E", "L"],
    "greet": ["Hi", "Morning", "Hello", "Afternoon", "Evening"],
    "greet_all": ["Hi all", "Morning all", "All,", "Good morning all"],
    "signoff": ["Thanks", "Cheers", "Many thanks", "Ta", "Regards", "Kind regards", "Rgds"],
    "product": ["Outlook", "Teams", "JPA", "SharePoint", "MODNET", "Defence Gateway", "DRIVE"],
    "duration": ["48 hrs", "2 weeks", "a fortnight", "72 hrs", "10 days", "an hour", "3 months"],
    "grade": ["OR-4", "OR-6", "Band 6", "SO2", "HEO", "C1", "EO", "OF-3"],
}  # fmt: skip
POOL_KIND = {"role_lc": "role", "med_role": "role", "welfare_role": "role", "greet_all": "greet"}

# Ordinary uses of words that are first names or diminutives elsewhere ({w} is the word).
WORD_USES = {
    "will": ["i {w} sort it", "they {w} ring back", "that {w} do", "his {w} was read out"],
    "bill": ["the {w} for the minibus came to loads", "the old {w} turned up",
             "it all went on the mess {w}"],
    "grace": ["they gave us a week's {w} on it", "he took it with good {w}"],
    "mo": ["the {w} signed him off", "i went to see the {w}", "the {w} wants him back"],
    "pat": ["he got a {w} on the back", "they did a {w} down at the gate"],
    "mark": ["{w} my words", "we got to the halfway {w}", "it's a black {w} on his file"],
    "frank": ["to be {w} it was a mess", "we had a {w} conversation"],
    "jack": ["he wanted to {w} it in", "the car {w} was missing", "they did {w} all"],
    "sue": ["he wanted to {w} the company", "they're going to {w}"],
    "hope": ["i {w} so", "there was no {w}", "we {w} to get back"],
    "dawn": ["we left at {w}", "we were up before {w}"],
    "ruby": ["it was their {w} wedding"],
    "amber": ["there was an {w} warning", "the lights were on {w}"],
    "penny": ["then the {w} dropped", "it didn't cost a {w}"],
    "ray": ["they did an x {w}", "he was a {w} of sunshine"],
    "joy": ["we had no {w} with that", "no {w} from the office"],
    "rose": ["the price {w} again", "the {w} garden at the chapel"],
    "rob": ["he'd {w} a bank for you"],
    "di": ["the {w} from the police came round"],
    "ed": ["he was in the {w} at the hospital"],
}  # fmt: skip
WORD_KIND = {"mo": "role", "di": "role", "ed": "role"}

TOPICS = [
    "the range package", "MATTs completion", "the Christmas function", "the vehicle pool",
    "block inspections", "the leave plot", "the charity run", "the stores audit",
    "the new booking system", "adventure training", "the families day", "the fitness results",
    "the parking on the square", "the duty rota", "the first aid refresher", "recruiting visits",
]  # fmt: skip
TOWNS = ["Tidworth", "Salisbury", "Aldershot", "Colchester", "Catterick", "Plymouth", "Wrexham",
         "Hereford", "Lincoln", "Andover", "Darlington", "Richmond", "Portsmouth", "Carlisle",
         "Brecon", "Swindon", "Inverness", "Leuchars", "Ripon", "Yeovil"]  # fmt: skip
UNITS = {
    "battalion": ["1 PARA", "2 RIFLES", "1 R IRISH", "3 SCOTS", "1 YORKS", "2 LANCS", "1 RRF",
                  "4th Battalion, The Rifles", "1st Battalion Coldstream Guards"],
    "regiment": ["26 Engineer Regiment", "3 Regiment RLC", "1 Regiment RHA", "32 Engineer Regiment",
                 "10 Queen's Own Gurkha Logistic Regiment", "16 Regiment RA", "5 Regiment AAC"],
    "squadron": ["II(AC) Squadron", "9 Squadron", "4 Squadron RAF Regiment", "XV Squadron",
                 "27 Squadron", "1 Squadron RAF Regiment"],
    "ship": ["HMS Albion", "HMS Dauntless", "HMS Somerset", "HMS Tyne", "HMS Medway", "HMS Kent"],
    "commando": ["40 Commando", "42 Commando", "45 Commando", "29 Commando RA"],
    "formation": ["16 Air Assault Brigade", "1st Armoured Infantry Brigade", "3 (UK) Division",
                  "102 Logistic Brigade", "7 Light Mechanised Brigade"],
}  # fmt: skip
BASES = {
    "base": ["RAF Brize Norton", "RAF Marham", "RAF Lossiemouth", "Bulford Camp",
             "Thiepval Barracks", "Lucknow Barracks", "MOD Abbey Wood",
             "Bassingbourn Barracks", "Dale Barracks"],
    "abbreviation": ["BZN", "CTCRM", "DMRC", "HMNB Clyde", "HMNB Devonport", "RNAS Yeovilton",
                     "RNAS Culdrose", "RMB Chivenor"],
    "garrison": ["Tidworth Garrison", "Catterick Garrison", "Aldershot Garrison",
                 "Colchester Garrison", "Bulford Garrison", "Edinburgh Garrison"],
}  # fmt: skip
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_FULL = ["January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December"]  # fmt: skip
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen"]  # fmt: skip
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty"}


def age_words(n: int) -> str:
    if n < 20:
        return NUMBER_WORDS[n]
    tens, unit = divmod(n, 10)
    return TENS[tens] + ("" if unit == 0 else "-" + NUMBER_WORDS[unit])


# ---------------------------------------------------------------------------------------------
# The document being written: text pieces, with labels recorded as each piece is appended.


class Doc:
    def __init__(self, lower: bool = False) -> None:
        self.pieces: list[str] = []
        self.size = 0
        self.spans: list[dict] = []
        self.decoys: list[dict] = []
        self.lower = lower

    def _put(self, text: str, raw: bool = False) -> tuple[int, int]:
        if self.lower and not raw:
            text = text.lower()
        start = self.size
        self.pieces.append(text)
        self.size += len(text)
        return start, self.size

    def t(self, text: str, raw: bool = False) -> None:
        self._put(text, raw)

    def span(
        self, text: str, kind: str, form: str, entity: str | None = None, raw: bool = False
    ) -> None:
        start, end = self._put(text, raw)
        mark = {"type": kind, "start": start, "end": end, "form": form}
        if entity is not None:
            mark["entity"] = entity
        self.spans.append(mark)

    def decoy(self, text: str, kind: str, raw: bool = False) -> None:
        start, end = self._put(text, raw)
        self.decoys.append({"start": start, "end": end, "kind": kind})

    def text(self) -> str:
        return "".join(self.pieces)


@dataclass(eq=False)
class Person:
    first: str
    sex: str
    dims: tuple
    sur: str
    mid: str
    rank: str
    rank_full: str
    title: str
    key: str = ""
    ini: str = ""  # the initials this document writes for them
    dim: str = ""  # the diminutive this document uses
    mentions: int = 0
    dotted: bool = False  # writes bare initials with full stops

    @property
    def natural(self) -> str:
        return (fold(self.first)[0] + surname_initial(self.sur)).upper()

    @property
    def split(self) -> str:
        return SPLITS[self.sur]

    def words(self) -> set[str]:
        out = {self.first.lower(), *(d.lower() for d in self.dims)}
        out |= {w.lower() for w in re.split(r"[\s'-]+", self.sur) if len(w) > 1}
        if self.sur in SPLITS:
            out |= {w for w in self.split.split() if len(w) > 1}
        return out


def pronoun(p: Person, which: str) -> str:
    return {"he": ("he", "she"), "him": ("him", "her"), "his": ("his", "her")}[which][p.sex == "f"]


# ---------------------------------------------------------------------------------------------
# Casting: the people of one document.


class Cast:
    def __init__(self, rng: random.Random, service: list[tuple[str, str]]) -> None:
        self.rng = rng
        self.service = service
        self.people: list[Person] = []

    def _taken_words(self) -> set[str]:
        return {w for p in self.people for w in p.words()}

    def new(
        self,
        letter: str | None = None,
        sur_letter: str | None = None,
        surname: str | None = None,
        split: bool = False,
        first_pool: list[tuple] | None = None,
        ranked: bool = True,
        fresh_initials: bool = True,
        ini3: float = 0.2,
    ) -> Person:
        rng = self.rng
        for _ in range(400):
            pool = first_pool or (FIRST_BY_LETTER[letter] if letter else FIRSTS)
            first, sex, dims = rng.choice(pool)
            if surname:
                sur = surname
            elif split:
                sur = rng.choice(HEARD_SPLIT if rng.random() < 0.6 else sorted(SPLITS))
            else:
                sur = rng.choice(SUR_BY_LETTER[sur_letter] if sur_letter else SURNAMES)
            taken = self._taken_words()
            own = {first.lower(), *(d.lower() for d in dims)}
            sur_words = {w.lower() for w in re.split(r"[\s'-]+", sur) if len(w) > 1}
            if sur in SPLITS:
                sur_words |= {w for w in SPLITS[sur].split() if len(w) > 1}
            if own & taken or own & sur_words:
                continue
            if surname is None and sur_words & taken:
                continue
            if surname is not None and own & (taken - sur_words):
                continue
            natural = (fold(first)[0] + surname_initial(sur)).upper()
            if natural in BLOCKED_INITIALS:
                continue
            if fresh_initials and any(p.natural == natural for p in self.people):
                continue
            if surname is not None and any(
                p.sur == surname and fold(p.first)[0] == fold(first)[0] for p in self.people
            ):
                continue
            if ranked:
                rank, rank_full = rng.choice(self.service)
            else:
                rank = rank_full = ""
            mid = rng.choice("ACDEFGHJKLMNPRSTW") if rng.random() < 0.35 else ""
            p = Person(first, sex, dims, sur, mid, rank, rank_full, rng.choice(TITLES[sex]))
            p.dim = rng.choice(dims) if dims else ""
            p.ini = natural
            if mid and rng.random() < ini3:
                three = natural[0] + mid + natural[1]
                if not re.fullmatch(r".[AEIOU].", three):
                    p.ini = three
            p.dotted = rng.random() < 0.12
            self.people.append(p)
            return p
        raise RuntimeError("could not cast a person")

    def pair_sharing_initials(self, **kwargs) -> tuple[Person, Person]:
        """Two people whose two-letter initials are the same (John Bennett, Jo Barker)."""
        for _ in range(100):
            letters = self.rng.choice(COLLIDING)
            if any(p.natural == letters for p in self.people):
                continue
            a = self.new(letters[0], letters[1], fresh_initials=True, **kwargs)
            b = self.new(letters[0], letters[1], fresh_initials=False, **kwargs)
            return a, b
        raise RuntimeError("no free initials")

    def sharing_surname(self, other: Person, **kwargs) -> Person:
        return self.new(surname=other.sur, fresh_initials=False, **kwargs)


# ---------------------------------------------------------------------------------------------
# Writing: mentions in each form, values, decoys, templates.

FORM_OF = {
    "full": "full", "dfull": "full", "first": "first", "dim": "dim", "sur": "sur", "SUR": "sur",
    "rank": "rank", "rankfull": "rank", "rankword": "rank", "rankini": "rank", "title": "title",
    "ini": "init", "inisur": "init", "surinit": "surinit", "Surinit": "surinit",
    "surfirst": "surfirst", "short": "short", "split": "split", "splitsur": "split",
    "splittitle": "split", "splitdim": "split",
}  # fmt: skip


def render(p: Person, how: str) -> str:
    if how == "full":
        return f"{p.first} {p.sur}"
    if how == "dfull":
        return f"{p.dim or p.first} {p.sur}"
    if how == "first":
        return p.first
    if how == "dim":
        return p.dim or p.first
    if how == "sur":
        return p.sur[0].upper() + p.sur[1:]
    if how == "SUR":
        return p.sur.upper()
    if how == "rank":
        return f"{p.rank or p.title} {p.sur}"
    if how == "rankfull":
        return f"{p.rank or p.title} {p.first} {p.sur}"
    if how == "rankword":
        return f"{p.rank_full or p.title} {p.sur}"
    if how == "rankini":
        return f"{p.rank or p.title} {fold(p.first)[0]} {p.sur}"
    if how == "title":
        return f"{p.title} {p.sur}"
    if how == "ini":
        if p.dotted and p.ini.isalpha() and p.ini.isupper():
            return ".".join(p.ini) + "."
        return p.ini
    if how == "inisur":
        return f"{fold(p.first)[0]}{'.' if p.dotted else ''} {p.sur}"
    if how == "surinit":
        return f"{p.sur.upper()} {fold(p.first)[0]}{p.mid}"
    if how == "Surinit":
        return f"{p.sur} {fold(p.first)[0]}{p.mid}"
    if how == "surfirst":
        return f"{p.sur}, {p.first}"
    if how == "short":
        return f"{p.dim or p.first} {surname_initial(p.sur)}"
    if how == "split":
        return f"{p.first} {p.split}"
    if how == "splitdim":
        return f"{p.dim or p.first} {p.split}"
    if how == "splitsur":
        return p.split
    if how == "splittitle":
        return f"{'mister' if p.sex == 'm' else p.title} {p.split}"
    raise KeyError(how)


def email_of(rng: random.Random, p: Person, mod: bool = True) -> str:
    local = (
        re.sub(r"[^a-z]", "", fold(p.first).lower())
        + "."
        + re.sub(r"[^a-z]", "", fold(p.sur).lower())
    )
    if mod:
        return f"{local}{rng.randint(100, 999)}@mod.gov.uk"
    return f"{local}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.co.uk'])}"


TOKEN = re.compile(r"\{([^{}]+)\}")


class Writer:
    """Writes one document: the cast's mentions, values and decoys, from templates."""

    def __init__(self, rng: random.Random, doc: Doc, cast: Cast) -> None:
        self.rng = rng
        self.doc = doc
        self.cast = cast
        self.name_words = set()

    def refresh(self) -> None:
        self.name_words = {w for p in self.cast.people for w in p.words()}

    # mentions --------------------------------------------------------------------------------
    def p(self, person: Person, how: str, raw: bool = False) -> None:
        if self.doc.lower and person.sur in SPLITS and person.sur.lower() == person.split:
            # `de la Cruz` in lower case is its split form: label it as one
            how = {"full": "split", "dfull": "splitdim", "sur": "splitsur"}.get(how, how)
        form = FORM_OF[how]
        if how == "dim" and not person.dim:
            form = "first"
        if form == "rank" and not person.rank:
            form = "title"  # a civilian: Mr, Ms, Mrs or Miss where a rank would stand
        person.mentions += 1
        self.doc.span(render(person, how), "PERSON", form, id(person), raw)

    def email(self, person: Person, mod: bool = True) -> None:
        self.doc.span(email_of(self.rng, person, mod), "EMAIL", "plain")

    # values ----------------------------------------------------------------------------------
    def date(self) -> str:
        r = self.rng
        d, m = r.randint(1, 28), r.randint(0, 11)
        y = r.choice([2023, 2024, 2025])
        return r.choice(
            [
                f"{d} {MONTHS[m]} {y % 100}",
                f"{d:02d}/{m + 1:02d}/{y}",
                f"{r.choice(DAYS)} {d} {MONTHS[m]}",
                f"{d} {MONTHS_FULL[m]} {y}",
                f"{d} {MONTHS[m]}",
            ]
        )

    def time(self) -> str:
        h, m = self.rng.randint(0, 23), self.rng.choice(range(0, 60, 5))
        return self.rng.choice([f"{h:02d}{m:02d}", f"{h:02d}:{m:02d}"])

    def phone(self) -> str:
        r = self.rng
        n = "".join(str(r.randint(0, 9)) for _ in range(9))
        return r.choice(
            [
                f"07{n[:3]} {n[3:]}",
                f"07{n}",
                f"+44 7{n[:3]} {n[3:]}",
                f"01980 {n[:6]}",
                f"01748 {n[3:9]}",
                f"07{n[:3]} {n[3:6]} {n[6:]}",
            ]
        )

    VALUE: ClassVar[dict] = {
        "date": lambda w: w.doc.decoy(w.date(), "date"),
        "time": lambda w: w.doc.decoy(w.time(), "time"),
        "phone": lambda w: w.doc.span(w.phone(), "PHONE", "digits"),
        "town": lambda w: w.doc.span(w.rng.choice(TOWNS), "LOCATION", "town"),
        "unit": lambda w: w.unit(),
        "base": lambda w: w.base(),
        "age": lambda w: w.doc.span(str(w.rng.randint(18, 45)), "AGE", "digits"),
        "agew": lambda w: w.doc.span(age_words(w.rng.randint(18, 59)), "AGE", "words"),
        "svc": lambda w: w.doc.span(w.svc(), "SERVICE_NUMBER", "digits"),
        "count": lambda w: w.doc.decoy(str(w.rng.randint(2, 30)), "count"),
        "money": lambda w: w.doc.decoy(f"£{w.rng.randint(5, 400)}", "money"),
    }

    def unit(self) -> None:
        form = self.rng.choice(sorted(UNITS))
        self.doc.span(self.rng.choice(UNITS[form]), "UNIT", form)

    def base(self) -> None:
        form = self.rng.choice(sorted(BASES))
        self.doc.span(self.rng.choice(BASES[form]), "BASE", form)

    def svc(self) -> str:
        r = self.rng
        if r.random() < 0.75:
            return "".join(str(r.randint(0, 9)) for _ in range(8))
        return r.choice("CDPQW") + "".join(str(r.randint(0, 9)) for _ in range(6))

    def word(self, word: str) -> None:
        """An ordinary word that is someone's name elsewhere: a decoy when it is a name word
        of this document's cast, plain text otherwise."""
        if word.lower() in self.name_words:
            self.doc.decoy(word, WORD_KIND.get(word.lower(), "word"))
        else:
            self.doc.t(word)

    def word_use(self, word: str) -> None:
        phrase = self.rng.choice(WORD_USES[word])
        before, after = phrase.split("{w}")
        self.doc.t(before)
        self.doc.decoy(word, WORD_KIND.get(word, "word"))
        self.doc.t(after)

    # templates -------------------------------------------------------------------------------
    def fill(self, template: str, **people: Person) -> None:
        pos = 0
        for m in TOKEN.finditer(template):
            if m.start() > pos:
                self.doc.t(template[pos : m.start()])
            self.token(m.group(1), people)
            pos = m.end()
        if pos < len(template):
            self.doc.t(template[pos:])

    def token(self, tok: str, people: dict[str, Person]) -> None:
        r = self.rng
        if tok[0] == "*":
            pool = tok[1:]
            self.doc.decoy(r.choice(DECOYS[pool]), POOL_KIND.get(pool, pool))
        elif tok[0] == "=":
            kind, text = tok[1:].split(":", 1)
            self.doc.decoy(text, kind)
        elif tok[0] == "$":
            self.VALUE[tok[1:]](self)
        elif tok[0] == "~":
            self.word(tok[1:])
        elif tok[0] == "@":
            self.doc.t(r.choice(TEXT[tok[1:]]))
        elif "^" in tok:
            who, which = tok.split("^")
            self.doc.t(pronoun(people[who], which))
        elif ":" in tok:
            who, how = tok.split(":")
            if how == "email":
                self.email(people[who])
            else:
                self.p(people[who], how)
        else:
            raise KeyError(tok)


TEXT = {
    "topic": TOPICS,
    "meeting": ["Coy Planning Meeting", "Welfare Committee", "Weekly Ops Meeting",
                "Unit Training Meeting", "Mess Committee", "Health and Safety Meeting",
                "Sqn Heads of Dept", "Wardroom Committee"],
    "task": ["confirm numbers", "book transport", "chase the stores return", "update the plot",
             "brief the troops", "circulate the draft", "check the budget",
             "raise the work request", "arrange the venue",
             "collect the nominations", "amend the SOP"],
    "log": ["Patrol of the perimeter complete, all secure.", "Fire alarm test complete, no faults.",
            "Generator checked, fuel at half.",
            "Front gate barrier fault reported to the works desk.",
            "CCTV checked, all cameras working.", "Armoury checks complete, all correct.",
            "Noise complaint from the married quarters, passed to the works desk.",
            "Power cut for ten minutes, restored.", "Delivery of rations received and checked."],
}  # fmt: skip


def service_of(rng: random.Random) -> list[tuple[str, str]]:
    return rng.choice([ARMY, ARMY, ARMY, RAF, NAVY])


def least_named(people: list[Person], rng: random.Random, but: tuple = ()) -> Person:
    free = [p for p in people if p not in but]
    low = min(p.mentions for p in free)
    return rng.choice([p for p in free if p.mentions == low])


def suffix_letter(p: Person) -> str:
    """The next letter of the surname after its filing capital (`Barker` -> a, `O'Brien` -> b)."""
    cap = surname_initial(p.sur)
    rest = p.sur[p.sur.index(cap) + 1 :]
    letters = [c for c in rest if c.isalpha()]
    return letters[0].lower()


def disambiguate(rng: random.Random, a: Person, b: Person) -> str:
    """Give two people who share initials the initials the document writes for each."""
    scheme = rng.choice(["one_suffix", "both_suffix", "number", "middle"])
    a.dotted = b.dotted = False
    if scheme == "both_suffix" and suffix_letter(a) == suffix_letter(b):
        scheme = "number"
    if scheme == "one_suffix":
        a.ini, b.ini = a.natural, b.natural + suffix_letter(b)
    elif scheme == "both_suffix":
        a.ini, b.ini = a.natural + suffix_letter(a), b.natural + suffix_letter(b)
    elif scheme == "number":
        a.ini, b.ini = a.natural + "1", b.natural + "2"
    else:
        a.mid = rng.choice("CDFGHJKLMNPRSTW")
        a.ini, b.ini = a.natural[0] + a.mid + a.natural[1], b.natural
    return scheme


# ---------------------------------------------------------------------------------------------
# minutes: meeting minutes and action logs, attendees listed with their initials.

MINUTES_ITEMS = [
    "{a:ini} briefed on {@topic}. {b:ini} to {@task} by {$date}.",
    "{a:rank} raised {@topic}; the {*role} is content. Action: {a:ini}.",
    "{@topic}: {a:ini} has spoken to {o:rankfull} at {$base}, who {~will} {@task}. "
    "Action: {a:ini}.",
    "{a:first} asked whether the {*role} had signed off {@topic}. {b:ini} to check with {*team}.",
    "{a:ini}/{b:ini} to {@task} ({*ref}).",
    "Numbers for {@topic}: {$count} confirmed, {*acronym} for returns {$date}. (AP: {a:ini})",
    "Room bookings: {*building} is free on {$date}. {a:ini} to {@task}.",
    "{o:rankfull} ({$unit}) {~will} attend the next meeting to brief on {@topic}. "
    "{a:ini} to invite.",
    "{*ref}: closed. {@topic} carried forward, {a:ini} to {@task}.",
    "{a:ini} reported that {o:full} has left {$unit}; {b:ini} to update the {*product} list.",
    "{u:ini} to {@task} (not present; {a:ini} to pass on).",
    "{@topic}: the {*role} wants it done within {*duration}. Action: {a:ini}, {b:ini}.",
    "{a:sur} noted that {@topic} is behind; {b:rank} to {@task}. Action: {b:ini}.",
    "{a:short} asked about {@topic}; {b:ini} to {@task}.",
]
MINUTES_TASKS = ["Confirm numbers", "Book transport", "Chase the stores return", "Update the plot",
                 "Brief the troops", "Circulate the draft", "Raise the work request",
                 "Arrange the venue", "Collect the nominations", "Amend the SOP"]  # fmt: skip


def write_minutes(rng: random.Random) -> tuple[Doc, list[Person]]:
    cast = Cast(rng, service_of(rng))
    doc = Doc()
    w = Writer(rng, doc, cast)
    attendees: list[Person] = []
    shared = rng.random() < 0.6
    if shared:
        a, b = cast.pair_sharing_initials(ini3=0)
        disambiguate(rng, a, b)
        attendees += [a, b]
    for _ in range(rng.randint(2, 4)):
        attendees.append(cast.new(ranked=rng.random() < 0.8))
    if rng.random() < 0.15:
        attendees.append(cast.sharing_surname(rng.choice(attendees)))
    rng.shuffle(attendees)
    brackets = shared or rng.random() < 0.7
    if not brackets:  # nothing binds initials to names but the names themselves
        for person in attendees:
            person.ini, person.dotted = person.natural, False
    outsider = None
    plain = [p for p in attendees if p.ini == p.natural]
    if brackets and plain and rng.random() < 0.5:
        target = rng.choice(plain)
        outsider = cast.new(target.natural[0], target.natural[1], fresh_initials=False)
    elif rng.random() < 0.4:
        outsider = cast.new()
    unknown = cast.new(ranked=False) if rng.random() < 0.45 else None
    apologies = [cast.new() for _ in range(rng.randint(0, 2))]
    w.refresh()

    w.fill("{*team} – " if rng.random() < 0.5 else "")
    w.fill("{@meeting}\n")
    w.fill(
        rng.choice(
            [
                "Minutes of meeting held {$date} at {$time}, {*building}\n\n",
                "Date: {$date}  Time: {$time}  Venue: {*building}\n\n",
            ]
        )
    )
    vertical = rng.random() < 0.4
    chair = rng.choice(attendees)
    doc.t(rng.choice(["Present:", "Attendees:", "In attendance:"]) + ("\n" if vertical else " "))
    how = rng.choice(["rankfull", "rankfull", "full", "surfirst"])
    for i, person in enumerate(attendees):
        if vertical:
            doc.t("  ")
        elif i:
            doc.t(", ")
        w.p(person, how)
        if brackets:
            doc.t(" (")
            w.p(person, "ini")
            if person is chair and rng.random() < 0.5:
                doc.t(", ")
                doc.decoy("Chair", "role")
            doc.t(")")
        if rng.random() < 0.2:
            doc.t(" – ")
            w.fill("{*role}")
        if vertical:
            doc.t("\n")
    if not vertical:
        doc.t("\n")
    if apologies:
        doc.t("Apologies: ")
        for i, person in enumerate(apologies):
            doc.t(", " if i else "")
            w.p(person, how)
        doc.t("\n")
    doc.t("\n")
    items = rng.sample(MINUTES_ITEMS, rng.randint(3, 6))
    if outsider and not any("{o:" in t for t in items):
        items[0] = next(t for t in MINUTES_ITEMS if "{o:" in t)
    for n, template in enumerate(items, 1):
        if "{o:" in template and not outsider:
            template = "{*ref}: closed. {@topic} carried forward, {a:ini} to {@task}."
        if "{u:" in template and not unknown:
            template = "{a:ini} briefed on {@topic}. {b:ini} to {@task} by {$date}."
        doc.t(f"{n}. ")
        a = least_named(attendees, rng)
        b = least_named(attendees, rng, (a,))
        w.fill(template + "\n", a=a, b=b, o=outsider, u=unknown)
    if rng.random() < 0.6:
        doc.t("\n")
        doc.decoy("Actions", "heading")
        doc.t("\n")
        for i, heading in enumerate(["Ser", "Action", "Owner", "Due"]):
            doc.t(" | " if i else "")
            doc.decoy(heading, "heading")
        doc.t("\n")
        owners = rng.sample(attendees, min(len(attendees), rng.randint(2, 4)))
        if unknown and unknown.mentions == 0:
            owners.append(unknown)
        for n, owner in enumerate(owners, 1):
            if owner.mentions >= 6:
                continue
            doc.t(f"{n} | {rng.choice(MINUTES_TASKS)} | ")
            w.p(owner, "ini")
            w.fill(" | {$date}\n")
    doc.t("\n")
    w.fill("{=acronym:AOB}: Nil.\n")
    w.fill("Next meeting: {$date}, {$time}, {*building}.\n")
    secretary = least_named(attendees, rng)
    if brackets or secretary.ini == secretary.natural:
        doc.t(rng.choice(["Minutes: ", "Mins: ", "Minute taker: "]))
        w.p(secretary, "ini")
        doc.t("\n")
    return doc, cast.people


# ---------------------------------------------------------------------------------------------
# log: occurrence books, handover notes and case notes, each entry signed with initials.

LOG_ENTRIES = [
    "{@log}",
    "{s:rankfull} booked out to {$town}, back by {$time}.",
    "{s:rankfull}, {$age}, reported sick, seen by the {*med_role}.",
    "Visitor {v:full} for {x:rank}, escorted to {*building}.",
    "Call from {$phone} asking for {x:rank}, message left.",
    "{s:rank}, aged {$age}, returned from {$base}, {=acronym:NTR}.",
    "{s:first} ({$unit}) signed in at {*building}, {=acronym:POC} {$phone}.",
    "{s:short} from {$unit} rang, wants {x:rank} to call back on {$phone}.",
    "Keys for {*building} handed to {s:rank}.",
]
HANDOVER_ENTRIES = [
    "{@log}",
    "{s:rankfull} still on light duties, review with the {*med_role} on {$date}.",
    "{s:rank} ({$age}) due back from {$base} {$date}; {=acronym:ETA} {$time}.",
    "Vehicle {$count} off the road, job raised with the {*role}.",
    "Outstanding: {*ref}, needs the {*role}'s signature.",
    "{s:first} phoned from {$phone} re {@topic}, call back before {$time}.",
    "{s:short} off sick, {=acronym:RTW} {$date}.",
    "Stores count for {*building} done, {$count} items short.",
]
CASE_ENTRIES = [
    "Phoned {s:first} re {@topic}. No answer, left msg on {$phone}.",
    "Spoke to {s:first}; {s^he} is struggling with {@topic}. Agreed to meet in {*building}.",
    "Discussed with {x:rank} ({*role}); agreed {s:first} to have {*duration} off.",
    "Home visit, {$town}. {s:first} in good spirits.",
    "E-mailed the {*role} re {@topic}, awaiting reply.",
    "{s:first} rang in, asked for the {=product:JPA} form. Sent.",
    "Referral to {*role} made. {s:first} aware.",
]


def write_log(rng: random.Random) -> tuple[Doc, list[Person]]:
    cast = Cast(rng, service_of(rng))
    doc = Doc()
    w = Writer(rng, doc, cast)
    variant = rng.choice(["occurrence", "handover", "case"])
    author = cast.new()
    shared = rng.random() < 0.55
    if shared:
        subject = cast.new(author.natural[0], author.natural[1], fresh_initials=False)
    else:
        subject = cast.new()
    relief = None
    if rng.random() < 0.6:
        if rng.random() < 0.2 and not shared:
            relief = cast.new(author.natural[0], author.natural[1], fresh_initials=False)
            disambiguate(rng, author, relief)
        else:
            relief = cast.new()
    stranger = cast.new(ranked=False) if rng.random() < 0.4 else None  # signs, never named
    extra = cast.new(ranked=rng.random() < 0.7)
    visitor = cast.new(ranked=False)
    author.dotted = author.dotted and relief is None
    w.refresh()
    signers = [author] * rng.randint(2, 4)
    if stranger:
        signers.insert(rng.randint(1, len(signers)), stranger)
    if relief:
        signers += [relief] * rng.randint(1, 2)

    def sign(person: Person, lead: str) -> None:
        doc.t(lead)
        w.p(person, "ini")

    if variant == "occurrence":
        w.fill(rng.choice(["{$unit} – Daily Occurrence Book\n", "{*team} – Occurrence Log\n"]))
        w.fill("{*building} – {$date}\n")
        officer = author.rank in {r for r, _ in ARMY[6:] + RAF[4:] + NAVY[4:]}
        doc.t(
            rng.choice(
                ["Duty Officer: ", "Compiled by: "]
                if officer
                else ["Guard Commander: ", "Duty NCO: ", "Compiled by: "]
            )
        )
        w.p(author, rng.choice(["rankfull", "rankfull", "full"]))
        doc.t("\n\n")
        for i, heading in enumerate(["Ser", "Time", "Occurrence", "Init"]):
            doc.t(" | " if i else "")
            doc.decoy(heading, "heading")
        doc.t("\n")
        entries = LOG_ENTRIES
        for n, signer in enumerate(signers, 1):
            if signer is relief and relief.mentions == 0:
                w.fill("{=count:" + str(n) + "} | {$time} | Relieved by ")
                w.p(relief, rng.choice(["rankfull", "full"]))
                doc.t(". | ")
                w.p(author, "ini")
                doc.t("\n")
            w.fill("{=count:" + str(n) + "} | {$time} | ")
            w.fill(rng.choice(entries), s=subject, v=visitor, x=extra)
            sign(signer, " | ")
            doc.t("\n")
        if rng.random() < 0.5:
            w.fill("\nBook checked by the {*role}.\n")
    elif variant == "handover":
        w.fill(
            rng.choice(
                [
                    "HANDOVER – {*shift} to {*shift} – {$date}\n",
                    "Handover notes, {*team}, {$date}\n",
                ]
            )
        )
        doc.t("From: ")
        w.p(author, rng.choice(["rankfull", "full"]))
        if relief:
            doc.t("\nTo: ")
            w.p(relief, rng.choice(["rankfull", "full"]))
            relief.mentions += 0
        doc.t("\n\n")
        for signer in signers:
            doc.t("- ")
            w.fill(rng.choice(HANDOVER_ENTRIES), s=subject, x=extra)
            sign(signer, rng.choice([" – ", " ", " /"]))
            doc.t("\n")
        doc.t("\nHanded over: ")
        w.p(author, "ini")
        w.fill(" {$time}")
        if relief and relief.mentions < 6:
            doc.t("   Taken over: ")
            w.p(relief, "ini")
        doc.t("\n")
    else:
        w.fill("Welfare case notes – ")
        w.p(subject, "rankfull")
        w.fill(" ({$svc}), {$unit}\n")
        doc.t("Case worker: ")
        w.p(author, "full")
        w.fill(", {*welfare_role}\n")
        if relief:
            doc.t("Cover: ")
            w.p(relief, "full")
            doc.t("\n")
        doc.t("\n")
        for signer in signers:
            w.fill("{$date} {$time} – ")
            w.fill(rng.choice(CASE_ENTRIES), s=subject, x=extra)
            sign(signer, rng.choice([" – ", " ", "\n"]))
            doc.t("\n")
    return doc, cast.people


# ---------------------------------------------------------------------------------------------
# email: chains whose messages are signed with initials, the sender's own or not.

EMAIL_BODIES = [
    "Please see below re {@topic}. Can you {@task} by {$date}?",
    "{d:rank} has asked for an update on {@topic} – are we still on for {$date}?",
    "I've copied in {u:ini} from {*team}, who {~will} pick this up.",
    "Attached is the draft for {@topic}; the {*role} wants it back within {*duration}.",
    "I spoke to {d:first} this morning and {d^he} is happy to {@task}.",
    "{d:short} says the {*role} has the list; {d^he} can {@task}.",
    "Numbers so far: {$count}. If anyone else needs adding, let me know {*acronym}.",
    "The venue for {@topic} is now {$town}, from {$date}.",
    "{d:rank} is in {$town} until {$date}, so it will have to wait.",
    "FYI – {d:rankfull} at {$base} is the {=acronym:POC} for {@topic}, tel {$phone}.",
    "Can {x:ini} {@task}? I'm on leave from {$date}.",
    "The {*role} has agreed; the {*ref} applies.",
]


def display(w: Writer, p: Person, style: str) -> None:
    """A person as an address book shows them: `Bennett, John (Maj)`, `John Bennett`."""
    doc = w.doc
    if style == "surfirst":
        w.p(p, "surfirst")
        if p.rank:
            doc.t(f" ({p.rank})")
    elif style == "surinit":
        w.p(p, "surinit")
        if p.rank:
            doc.t(f" {p.rank}")
    else:
        w.p(p, "full")


def write_email(rng: random.Random) -> tuple[Doc, list[Person]]:
    cast = Cast(rng, service_of(rng))
    doc = Doc()
    w = Writer(rng, doc, cast)
    a = cast.new()
    b = cast.new()
    shared = rng.random() < 0.55
    c = cast.new(a.natural[0], a.natural[1], fresh_initials=False) if shared else cast.new()
    d = cast.new(ranked=rng.random() < 0.7)
    u = cast.new(ranked=False)  # named only by initials
    mailbox = rng.random() < 0.3
    stranger = cast.new(ranked=False) if mailbox else None
    w.refresh()
    style = rng.choice(["surfirst", "surinit", "full"])
    subject = rng.choice(TOPICS)
    messages = [(a, b)]
    if rng.random() < 0.8:
        messages.append((b, a))
    if mailbox:
        messages.append((None, b))
    for n, (sender, to) in enumerate(messages):
        if n:
            doc.t(
                rng.choice(
                    ["\n\n-----Original Message-----\n", "\n\n________________________________\n"]
                )
            )
        doc.t("From: ")
        if sender is None:
            doc.decoy(
                rng.choice(["3 Coy Clerk", "Chief Clerk", "Orderly Room", "G1 Clerk"]), "role"
            )
        else:
            display(w, sender, style)
            doc.t(" <")
            w.email(sender)
            doc.t(">")
        w.fill("\nSent: {$date} {$time}\nTo: ")
        display(w, to, style)
        if n == 0:
            doc.t("\nCc: ")
            display(w, c, style)
            doc.t("; ")
            display(w, d, style)
        doc.t(
            "\nSubject: "
            + "RE: " * (len(messages) - 1 - n)
            + subject[0].upper()
            + subject[1:]
            + "\n\n"
        )
        greet = rng.random()
        if greet < 0.6:
            w.fill("{*greet} ")
            w.p(to, rng.choice(["first", "dim", "first"]))
            doc.t(",\n\n")
        elif greet < 0.8:
            w.fill("{*greet_all}\n\n")
        unique_x = [
            p
            for p in (b, d)
            if p is not to
            and p.ini == p.natural
            and sum(q.natural == p.natural for q in cast.people) == 1
        ]
        bodies = rng.sample(EMAIL_BODIES, 2)
        for body in bodies:
            if "{x:" in body and not unique_x:
                body = EMAIL_BODIES[0]
            if "{u:" in body and u.mentions >= 2:
                body = EMAIL_BODIES[3]
            w.fill(body + "\n", d=d, u=u, x=unique_x[0] if unique_x else d)
        doc.t("\n")
        if sender is None:
            w.fill("{*signoff}\n")
            w.p(stranger, "ini")
            doc.t("\n")
            continue
        sig = rng.random()
        if sig < 0.55:
            if rng.random() < 0.5:
                w.fill("{*signoff}\n")
            w.p(sender, "ini")
            doc.t("\n")
        elif sig < 0.8:
            w.fill("{*signoff}\n")
            w.p(sender, "dim")
            doc.t("\n")
        else:
            w.fill("{*signoff}\n\n")
            w.p(sender, rng.choice(["full", "rankfull"]))
            w.fill("\n{*role} | ")
            w.unit()
            doc.t("\n")
            w.base()
            w.fill("\nMob: {$phone}\n")
    return doc, cast.people


# ---------------------------------------------------------------------------------------------
# asr: speech-recognition transcripts, lower case, surnames heard as separate words.

WORDNAME_FIRSTS = [
    e for e in FIRSTS if e[0].lower() in WORD_USES or any(d.lower() in WORD_USES for d in e[2])
]
QUESTIONS = [
    "and who else was there", "what happened next", "did you speak to anyone about it",
    "um can you say a bit more about that", "how did that make you feel", "and when was this",
    "okay and what did they say", "was there anyone you could talk to", "right and then what",
]  # fmt: skip
SPLIT_LINES = [
    "um so i spoke to {a:split} yesterday and {a^he} said the {*role_lc} had already seen it",
    "yeah {a:splitsur} was on the same course as me at {$base}",
    "it was {a:splittitle} who sorted all that out for us",
    "{a:splitdim} rang me from {$phone} but i missed it",
    "me and {a:split} were in {$unit} together",
    "and {a:dim} was like just leave it mate",
    "i think {a:full} was the one who found him",
    "{a:splitsur} um {a:splitsur} yeah that's the one",
    "so {a:first} came round and we just talked",
]
WORD_LINES = [
    "{b:dim} was there as well and {b^he} was not happy",
    "so i told {b:dim} to go and see the {*role_lc}",
    "{b:dim} from {*team} um yeah {b^he} helped a lot",
    "and {b:full} was the one who rang the {*role_lc}",
    "i'd known {b:dim} since basic",
    "{b:dim} said {b^he} would come with me",
]
OTHER_LINES = [
    "and then {c:first} turned up from {$town}",
    "{c:full} was my section commander then",
    "um {c:sur} was a good bloke to be fair",
    "we got the call from {c:rank} at like {$time}",
    "{c:first} was only {$agew} you know",
]
FILLER_LINES = [
    "um yeah", "right okay", "so that was about {*duration} after we got back",
    "we had the {*acronym} on the {$date}", "i was {$agew} when i joined", "yeah yeah",
    "i don't know it's hard to explain", "we were at {$base} then",
    "and the {*role_lc} just said no",
    "it was {$unit} at the time", "i mean it is what it is",
]  # fmt: skip


def write_asr(rng: random.Random) -> tuple[Doc, list[Person]]:
    cast = Cast(rng, service_of(rng))
    doc = Doc(lower=True)
    w = Writer(rng, doc, cast)
    labels = rng.choice(["SPEAKER_0", "Speaker ", "names"])
    speakers = [cast.new(ranked=False) for _ in range(2 if rng.random() < 0.7 else 3)]
    split_people = [cast.new(split=True)]
    if rng.random() < 0.4:
        split_people.append(cast.new(split=True))
    word_person = cast.new(first_pool=WORDNAME_FIRSTS, ranked=False)
    word_dims = [d for d in word_person.dims if d.lower() in WORD_USES]
    if word_dims:
        word_person.dim = rng.choice(word_dims)
    elif word_person.first.lower() in WORD_USES:
        word_person.dim = ""
    shared = rng.random() < 0.4
    if shared:
        other, twin = cast.pair_sharing_initials()
    else:
        other = cast.new()
    w.refresh()
    word = (word_person.dim or word_person.first).lower()
    timestamps = rng.random() < 0.5
    seconds = rng.randint(0, 30)
    lines: list[tuple[str, dict]] = []
    for person in split_people:
        for template in rng.sample(SPLIT_LINES, rng.randint(2, 4)):
            lines.append((template, {"a": person}))
    for template in rng.sample(WORD_LINES, rng.randint(1, 3)):
        lines.append((template, {"b": word_person}))
    for template in rng.sample(OTHER_LINES, rng.randint(1, 2)):
        lines.append((template, {"c": other}))
    if shared:
        for template in rng.sample(OTHER_LINES, 1):
            lines.append((template, {"c": twin}))
    for template in rng.sample(FILLER_LINES, rng.randint(2, 4)):
        lines.append((template, {}))
    rng.shuffle(lines)
    word_at = set(rng.sample(range(len(lines)), min(len(lines), rng.randint(1, 3))))
    interviewer, respondents = speakers[0], speakers[1:]

    def label(index: int, person: Person) -> None:
        nonlocal seconds
        if timestamps:
            seconds += rng.randint(3, 40)
            doc.t("[")
            doc.decoy(f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}", "time")
            doc.t("] ")
        if labels == "names":
            w.p(person, "first", raw=True)
        elif labels == "Speaker ":
            doc.decoy(f"Speaker {index + 1}", "role", raw=True)
        else:
            doc.decoy(f"SPEAKER_{index:02d}", "role", raw=True)
        doc.t(": ")

    if rng.random() < 0.5:
        w.fill("transcript {$date} ")
        doc.t("(auto-generated)\n\n", raw=True)
    if rng.random() < 0.5:
        label(0, interviewer)
        doc.t("okay so um just to start can you tell me your name and where you served\n")
        label(1, respondents[0])
        doc.t("yeah i'm ")
        w.p(
            respondents[0],
            rng.choice(["split", "full"]) if respondents[0].sur in SPLITS else "full",
        )
        w.fill(" i was with {$unit}\n")
    for n, (template, people) in enumerate(lines):
        if rng.random() < 0.4:
            label(0, interviewer)
            doc.t(rng.choice(QUESTIONS))
            if respondents[0].mentions < 4 and rng.random() < 0.2:
                doc.t(" ")
                w.p(respondents[0], "first")
            doc.t("\n")
        speaker = rng.choice(respondents)
        label(speakers.index(speaker), speaker)
        if any(p.mentions >= 6 for p in people.values()):
            template = rng.choice(FILLER_LINES)
            people = {}
        w.fill(template, **people)
        if n in word_at:
            doc.t(rng.choice([" and ", " um ", " but "]))
            w.word_use(word)
        doc.t("\n")
    return doc, cast.people


# ---------------------------------------------------------------------------------------------
# register: rotas, nominal rolls and sign-in sheets where two people share a surname.

DUTIES = ["Guard Comd", "Guard 2IC", "Sentry", "Runner", "Duty Dvr", "Duty NCO", "Orderly Sgt",
          "Fire Picquet", "Duty Clerk"]  # fmt: skip
COURSES = ["Team Medic course", "Cadre 2/24", "Driver training", "Range qualification",
           "Junior leaders course", "First aid at work course"]  # fmt: skip


def write_register(rng: random.Random) -> tuple[Doc, list[Person]]:
    service = service_of(rng)
    cast = Cast(rng, service)
    doc = Doc()
    w = Writer(rng, doc, cast)
    people: list[Person] = []
    for _ in range(rng.randint(3, 5)):
        people.append(cast.new())
    if rng.random() < 0.75:
        base = rng.choice(people)
        twin = cast.sharing_surname(base)
        while twin.rank == base.rank and len(service) > 1:
            twin.rank, twin.rank_full = rng.choice(service)
        people.append(twin)
    if rng.random() < 0.55:
        a, b = cast.pair_sharing_initials(ini3=0)
        people += [a, b]
    rng.shuffle(people)
    variant = rng.choice(["roster", "roll", "signin"])
    checker = None
    w.refresh()

    def heading(names: list[str]) -> None:
        for i, name in enumerate(names):
            doc.t(" | " if i else "")
            doc.decoy(name, "heading")
        doc.t("\n")

    if variant == "roster":
        w.fill(
            rng.choice(
                ["{$unit} – Guard Roster w/c {$date}\n\n", "{*team} Duty Roster – {$date}\n\n"]
            )
        )
        heading(["Ser", "Rank", "Name", "Duty", "Date"])
        for n, person in enumerate(people, 1):
            doc.t(f"{n} | ")
            doc.decoy(person.rank, "rank")
            doc.t(" | ")
            w.p(person, rng.choice(["surinit", "surinit", "Surinit"]))
            w.fill(" | {=role:" + rng.choice(DUTIES) + "} | {$date}\n")
        doc.t("\nNotes:\n")
        x, y = rng.sample(people, 2)
        if x.rank != y.rank or x.sur != y.sur:
            doc.t("Swap: ")
            w.p(
                x,
                "rank"
                if sum(p.sur == x.sur and p.rank == x.rank for p in people) == 1
                else "surinit",
            )
            doc.t(" and ")
            w.p(
                y,
                "rank"
                if sum(p.sur == y.sur and p.rank == y.rank for p in people) == 1
                else "surinit",
            )
            w.fill(" swap {$date}, auth {*role}.\n")
        z = rng.choice(people)
        w.p(z, "Surinit")
        w.fill(" on {*shift} from {$date}, contact {$phone}.\n")
        doc.t("Compiled by: ")
        doc.decoy(
            rng.choice(["3 Coy Clerk", "Chief Clerk", "Orderly Room Clerk", "the Guard Comd"]),
            "role",
        )
        doc.t("\n")
    elif variant == "roll":
        w.fill("Nominal Roll – " + rng.choice(COURSES) + " – {$date}\n\n")
        heading(["Ser", "Rank", "Name", "Svc No", "Unit"])
        for n, person in enumerate(people, 1):
            doc.t(f"{n} | ")
            doc.decoy(person.rank, "rank")
            doc.t(" | ")
            w.p(person, "surinit")
            w.fill(" | {$svc} | ")
            w.unit()
            doc.t("\n")
        officer = cast.new()
        w.refresh()
        doc.t("\nCourse Officer: ")
        w.p(officer, "rankfull")
        doc.t(" (")
        w.p(officer, "ini")
        doc.t(")\n")
        same = [p for p in people if sum(q.sur == p.sur for q in people) > 1]
        if same:
            doc.t("Note: ")
            w.p(same[0], "surinit")
            doc.t(" and ")
            w.p(same[1], "surinit")
            w.fill(" are not related; check svc nos on {=product:JPA}.\n")
    else:
        for i, a_ in enumerate(people):
            for b_ in people[i + 1 :]:
                if a_.natural == b_.natural and a_.ini == b_.ini:
                    disambiguate(rng, a_, b_)
        w.fill("Sign-in sheet – {*building} – {$date}\n\n")
        heading(["Time in", "Name", "Init", "Time out"])
        for person in people:
            w.fill("{$time} | ")
            w.p(person, rng.choice(["full", "full", "rankfull"]))
            doc.t(" | ")
            w.p(person, "ini")
            w.fill(" | {$time}\n")
    checked = rng.random()
    if checked < 0.5:
        unique = [
            p
            for p in people
            if sum(q.natural == p.natural for q in cast.people) == 1 and p.mentions < 6
        ]
        unnamed = checked < 0.25 or not unique
        checker = cast.new(ranked=False) if unnamed else rng.choice(unique)
        w.refresh()
        doc.t(rng.choice(["Checked: ", "Checked by: ", "Approved: "]))
        w.p(checker, "ini")
        w.fill(" ({*role})\n")
    return doc, cast.people


# ---------------------------------------------------------------------------------------------
# Checks, assembly and counts.

WRITERS = {
    "minutes": write_minutes,
    "log": write_log,
    "email": write_email,
    "asr": write_asr,
    "register": write_register,
}
NAME_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
MEANING_KINDS = {"word", "role"}  # decoys that may be a name's word: labelled by their meaning


def name_parts(value: str) -> set[str]:
    return {
        part.lower()
        for part in re.split(r"[\s.,/-]+", value)
        if len(part) > 1 and part.lower() not in RANK_WORDS
    }


def problems(record: dict) -> list[str]:
    """Why a document may not go in the corpus (empty when it may)."""
    text, spans, decoys = record["text"], record["spans"], record["decoys"]
    out = []
    marks = sorted((m["start"], m["end"]) for m in spans + decoys)
    for (_, end), (start, _) in pairwise(marks):
        if start < end:
            out.append("overlap")
    for m in spans + decoys:
        value = text[m["start"] : m["end"]]
        if not value or value != value.strip():
            out.append("untrimmed")
    people = [s for s in spans if s["type"] == "PERSON"]
    if max(Counter(s["entity"] for s in people).values()) > 6:
        out.append("more than six mentions")
    owner: dict[str, str] = {}
    for s in people:
        if s["form"] == "rank":
            continue
        value = " ".join(text[s["start"] : s["end"]].lower().replace(".", "").split())
        if owner.setdefault(value, s["entity"]) != s["entity"]:
            out.append(f"one name for two people: {value}")
    names = set()
    for s in people:
        names |= name_parts(text[s["start"] : s["end"]])
    covered = set()
    for m in spans + decoys:
        covered.update(range(m["start"], m["end"]))
    for found in NAME_WORD.finditer(text):
        if found.start() not in covered and found.group().lower() in names:
            out.append(f"unlabelled name word {found.group()}")
    for d in decoys:
        if d["kind"] not in MEANING_KINDS:
            parts = set(re.split(r"[\s.,/-]+", text[d["start"] : d["end"]].lower()))
            if names & parts:
                out.append("decoy is a name word")
    return out


def finalise(doc: Doc, style: str, number: int) -> dict:
    """Entity keys p1, p2... in order of first mention; marks in text order."""
    keys: dict = {}
    spans = sorted(doc.spans, key=lambda m: m["start"])
    for s in spans:
        if s["type"] == "PERSON":
            s["entity"] = keys.setdefault(s["entity"], f"p{len(keys) + 1}")
    return {
        "id": f"dev11-{number:04d}",
        "style": style,
        "format": "txt",
        "text": doc.text(),
        "spans": spans,
        "decoys": sorted(doc.decoys, key=lambda m: m["start"]),
    }


def shares_initials(people: list[Person]) -> bool:
    named = [p for p in people if p.mentions]
    return len({p.natural for p in named}) < len(named)


def shares_surname(people: list[Person]) -> bool:
    named = [p for p in people if p.mentions]
    return len({p.sur for p in named}) < len(named)


def documents() -> list[tuple[dict, bool, bool]]:
    rng = random.Random(SEED)
    out = []
    number = 0
    for _ in range(PER_STYLE):
        for style in STYLES:
            number += 1
            while True:
                try:
                    doc, people = WRITERS[style](rng)
                except RuntimeError:  # no one left to cast who fits: draw the document again
                    continue
                record = finalise(doc, style, number)
                if not problems(record):
                    break
            out.append((record, shares_initials(people), shares_surname(people)))
    return out


def build() -> str:
    lines = [json.dumps(record, ensure_ascii=False, sort_keys=True) for record, _, _ in documents()]
    return "\n".join(lines) + "\n"


def table(title: str, counts: Counter) -> list[str]:
    rows = [f"| {title} | count |", "|---|---|"]
    rows += [f"| {key} | {counts[key]} |" for key in sorted(counts)]
    rows.append(f"| total | {sum(counts.values())} |")
    return rows


def stats(text: str) -> str:
    built = documents()
    records = [record for record, _, _ in built]
    mentions = [
        n
        for r in records
        for n in Counter(s["entity"] for s in r["spans"] if s["type"] == "PERSON").values()
    ]
    lines = [
        f"documents: {len(records)}",
        f"distinct people (entities, counted per document): {len(mentions)}",
        f"people mentioned more than once in their document: {sum(n > 1 for n in mentions)}",
        f"documents where two people share two-letter initials: {sum(i for _, i, _ in built)}",
        f"documents where two people share a surname: {sum(s for _, _, s in built)}",
        "",
    ]
    forms = Counter(f"{s['type']}/{s['form']}" for r in records for s in r["spans"])
    lines += [*table("style", Counter(r["style"] for r in records)), ""]
    lines += [*table("type", Counter(s["type"] for r in records for s in r["spans"])), ""]
    lines += [*table("type/form", forms), ""]
    lines += table("decoy kind", Counter(d["kind"] for r in records for d in r["decoys"]))
    lines += ["", f"sha256: {hashlib.sha256(text.encode('utf-8')).hexdigest()}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with corpus.jsonl")
    parser.add_argument("--stats", action="store_true", help="print the counts")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        if CORPUS.read_text(encoding="utf-8") != text:
            print("corpus.jsonl differs from the generator's output")
            return 1
        print("corpus.jsonl reproduced")
        return 0
    if args.stats:
        print(stats(text))
        return 0
    CORPUS.write_text(text, encoding="utf-8")
    print(f"wrote {CORPUS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
