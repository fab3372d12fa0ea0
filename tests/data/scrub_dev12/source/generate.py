#!/usr/bin/env python3
"""Generate scrub development corpus dev12: an evaluation team's own working papers.
A TUNING corpus (see ../SOURCE.md). Seeded, Python 3.11 standard library only. Interview
trackers, fieldwork diaries, coding sheets, team e-mails, chats and minutes, and draft
findings, in which researchers are written by their initials (`JT/MK`, `int: RB`,
`notes - AO'C`), participants by IDs that must survive (`P07`), and the people participants
talk about by rank + surname, first name + initial (`Sam T.`), nickname, and with their ages
in every shape (`19yo`, `34M`, `M/34`, `kids 4 and 7`). Each piece of text is appended with
its label as it is written; nothing edits the text afterwards.

Usage: python generate.py [--check | --stats]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20261214
PER_STYLE = 120
STYLES = ("tracker", "diary", "coding", "team", "findings")
HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus.jsonl"

# ---------------------------------------------------------------------------------------
# Name pools (written for this corpus). Each origin: (male firsts, female firsts, surnames).

ORIGINS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "english": (
        [
            "James",
            "Daniel",
            "Matthew",
            "Jonathan",
            "Stephen",
            "Craig",
            "Ryan",
            "Lee",
            "Christopher",
            "Michael",
            "Samuel",
            "Thomas",
            "Gareth",
            "Nathan",
            "Liam",
            "Darren",
            "Grant",
            "Mark",
            "Frank",
            "William",
        ],
        [
            "Sarah",
            "Emma",
            "Claire",
            "Rebecca",
            "Lucy",
            "Helen",
            "Gemma",
            "Stacey",
            "Hannah",
            "Joanne",
            "Samantha",
            "Kerry",
            "Natalie",
            "Vicky",
            "Louise",
            "Abigail",
            "Grace",
            "Hope",
            "Joy",
        ],
        [
            "Bennett",
            "Walker",
            "Hughes",
            "Turner",
            "Harris",
            "Collins",
            "Marsh",
            "Fletcher",
            "Barker",
            "Hollis",
            "Parry",
            "Kemp",
            "Ashworth",
            "Smith",
            "Miller",
            "White",
            "Clark",
            "Wilson",
            "Thompson",
            "Tennant",
            "Dobson",
            "Heywood",
            "Lister",
            "Pickering",
        ],
    ),
    "welsh": (
        ["Rhys", "Dafydd", "Iwan", "Owain", "Gethin", "Huw"],
        ["Cerys", "Bethan", "Sian", "Ffion", "Nia", "Catrin"],
        ["Jones", "Evans", "Pritchard", "Llewellyn", "Griffiths", "Powell", "Prosser", "Vaughan"],
    ),
    "scottish": (
        ["Ewan", "Callum", "Alasdair", "Hamish", "Fraser", "Euan"],
        ["Fiona", "Kirsty", "Morag", "Iona", "Eilidh", "Shona"],
        ["MacLeod", "Sinclair", "Munro", "Mackay", "Buchanan", "McKenzie", "Drummond", "Lennox"],
    ),
    "irish": (
        ["Ciarán", "Declan", "Padraig", "Eoin", "Cathal", "Niall"],
        ["Siobhán", "Niamh", "Aoife", "Róisín", "Orla", "Clodagh"],
        ["O'Connor", "Murphy", "Byrne", "Doyle", "O'Sullivan", "Kavanagh", "Quinn", "O'Neill"],
    ),
    "gurkha": (
        [
            "Bishal",
            "Dipendra",
            "Kamal",
            "Sunil",
            "Prakash",
            "Hari",
            "Ramesh",
            "Bhim",
            "Santosh",
            "Yam",
        ],
        ["Sushma", "Anjali", "Sarita", "Kabita", "Laxmi", "Puja"],
        ["Gurung", "Rai", "Limbu", "Tamang", "Pun", "Thapa", "Magar", "Ghale", "Shrestha"],
    ),
    "fijian": (
        ["Sakiusa", "Josefa", "Apisai", "Viliame", "Semi", "Jone", "Isikeli", "Mosese"],
        ["Litia", "Mere", "Salote", "Losana", "Unaisi", "Akanisi"],
        ["Naivalu", "Ravuvu", "Vakacegu", "Rokodi", "Nadolo", "Waqa", "Baleinavalu", "Koroi"],
    ),
    "ghanaian": (
        ["Kwame", "Kofi", "Yaw", "Kwesi", "Kojo", "Fiifi"],
        ["Ama", "Akosua", "Efua", "Abena", "Adwoa", "Esi"],
        ["Mensah", "Asante", "Boateng", "Owusu", "Appiah", "Osei", "Adjei", "Ofori"],
    ),
    "nigerian": (
        ["Chidi", "Emeka", "Tunde", "Segun", "Obinna", "Femi"],
        ["Ngozi", "Funmi", "Ifeoma", "Bola", "Chiamaka", "Yetunde"],
        ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Nwosu", "Adebayo", "Ogunleye"],
    ),
    "jamaican": (
        ["Delroy", "Andre", "Winston", "Kemar", "Dwayne", "Leon"],
        ["Marcia", "Shanice", "Tanisha", "Simone", "Keisha", "Latoya"],
        ["Campbell", "Clarke", "Reid", "Francis", "Bailey", "Morgan", "Gayle", "Beckford"],
    ),
    "indian": (
        ["Rajesh", "Harpreet", "Arjun", "Deepak", "Ravi", "Sandeep"],
        ["Priya", "Sunita", "Manpreet", "Anita", "Kiran", "Jaspreet"],
        ["Sharma", "Patel", "Singh", "Gill", "Sandhu", "Nair", "Menon", "Dhillon"],
    ),
    "pakistani": (
        ["Imran", "Bilal", "Usman", "Zain", "Adeel", "Tariq"],
        ["Ayesha", "Saima", "Farah", "Nadia", "Rabia", "Sana"],
        ["Khan", "Hussain", "Iqbal", "Akhtar", "Malik", "Raza", "Chaudhry", "Qureshi"],
    ),
    "polish": (
        ["Piotr", "Tomasz", "Marek", "Łukasz", "Paweł", "Krzysztof"],
        ["Katarzyna", "Agnieszka", "Magdalena", "Joanna", "Ewa", "Monika"],
        ["Nowak", "Kowalczyk", "Wójcik", "Mazur", "Krawczyk", "Zając", "Dudek", "Pawlak"],
    ),
}
# British and Irish origins are drawn more often, as in the forces today.
ORIGIN_WEIGHTS = {
    "english": 8, "welsh": 2, "scottish": 2, "irish": 2, "gurkha": 2, "fijian": 2,
    "ghanaian": 1, "nigerian": 1, "jamaican": 1, "indian": 1, "pakistani": 1, "polish": 1,
}  # fmt: skip
DIMINUTIVES = {
    "James": "Jim", "Daniel": "Dan", "Matthew": "Matt", "Jonathan": "Jon",
    "Stephen": "Steve", "Christopher": "Chris", "Michael": "Mick", "Samuel": "Sam",
    "Thomas": "Tom", "Gareth": "Gaz", "William": "Will", "Nathan": "Nate", "Rebecca": "Becky",
    "Samantha": "Sam", "Joanne": "Jo", "Victoria": "Vicky", "Abigail": "Abi",
    "Alasdair": "Ali", "Katarzyna": "Kasia", "Tomasz": "Tomek", "Magdalena": "Magda",
    "Krzysztof": "Krzys", "Sakiusa": "Saki", "Josefa": "Joe", "Viliame": "Vili",
    "Obinna": "Obi", "Chiamaka": "Chi", "Dipendra": "Dip",
    "Harpreet": "Harry", "Padraig": "Paddy", "Kwesi": "Kes", "Dafydd": "Dai",
}  # fmt: skip
# Nicknames tied to a surname (the services' custom), to an origin, or personal.
SURNAME_NICKS = {
    "Smith": "Smudge", "Miller": "Dusty", "White": "Chalky", "Clark": "Nobby",
    "Wilson": "Tug", "Murphy": "Spud", "Jones": "Jonah", "Thompson": "Tommo",
    "Walker": "Hooky", "Evans": "Taff",
}  # fmt: skip
ORIGIN_NICKS = {"welsh": "Taff", "scottish": "Jock"}
PERSONAL_NICKS = ["Lofty", "Ginge", "Moose", "Shorty", "Smiler", "Stretch", "Tank", "Razor"]
JONNO = {"Jonathan": "Jonno", "Thomas": "Tommo", "Daniel": "Danno", "Stephen": "Stevo"}
CHILDREN = {
    "M": ["Alfie", "Oscar", "Leo", "Noah", "Ayaan", "Jayden", "Reuben", "Kai", "Mason",
          "Ethan", "Tevita", "Kofi"],
    "F": ["Maisie", "Freya", "Isla", "Amara", "Zara", "Lily", "Mia", "Ava", "Seren",
          "Aisha", "Nina", "Chloe"],
}  # fmt: skip

ARMY_RANKS = ["Pte", "LCpl", "L/Cpl", "Cpl", "Sgt", "SSgt", "WO2", "Lt", "Capt", "Maj"]
GURKHA_RANKS = ["Rfn", "LCpl", "Cpl", "Sgt", "WO2", "Capt"]
NAVY_RANKS = ["AB", "LH", "PO", "CPO", "Lt", "Lt Cdr", "Cdr"]
RM_RANKS = ["Mne", "Cpl", "Sgt", "CSgt", "Capt"]
RAF_RANKS = ["SAC", "Cpl", "Sgt", "Fg Off", "FS", "Flt Lt", "Sqn Ldr"]
TITLES = ["Dr", "Mrs", "Ms", "Mr", "Miss"]
# Rank and title words: not names (the shared check leaves them out of a name's words).
RANK_WORDS = {
    "pte", "lcpl", "l", "cpl", "sgt", "ssgt", "wo2", "wo1", "lt", "capt", "maj", "col", "rfn",
    "ab", "lh", "po", "cpo", "cdr", "mne", "csgt", "sac", "fs", "flt", "sqn", "ldr", "fg",
    "off", "dr", "mrs", "ms", "mr", "miss", "prof", "sgt.", "cpl.",
}  # fmt: skip

# ---------------------------------------------------------------------------------------
# Value pools. Units, bases and ships are public formation and place names.

# Each service's units and bases, so a Rifleman is never on HMS Albion.
UNITS = {
    "battalion": ["1 R IRISH", "1 MERCIAN", "2 RGR", "1 RGR", "2 PARA", "1 RIFLES", "3 RIFLES",
                  "1 R ANGLIAN", "1 SCOTS", "2 YORKS", "1 R WELSH", "1 LANCS", "1 IG"],
    "formation": ["16 AA Bde", "7 Armd Bde", "1 (UK) Div", "JHC", "3 (UK) Div", "4 Inf Bde",
                  "12 Armd Bde", "20 Armd Bde", "1 Avn Bde"],
    "commando": ["3 Cdo Bde", "40 Cdo", "42 Cdo", "45 Cdo", "30 Cdo IX Gp", "CLR"],
    "regiment": ["1 RHA", "21 Engr Regt", "29 Cdo Regt RA", "3 Regt RLC", "1 Close Sp Bn REME",
                 "RDG", "QDG", "KRH", "16 Med Regt", "10 Sig Regt"],
    "ship": ["HMS Somerset", "HMS Kent", "HMS Albion", "RFA Mounts Bay", "HMS Vigilant",
             "HMS Queen Elizabeth", "HMS Portland", "HMS Tyne"],
    "squadron": ["IX(B) Sqn", "II(AC) Sqn", "XV(R) Sqn", "820 NAS", "847 NAS", "27 Sqn",
                 "1 Sqn RAF Regt", "51 Sqn"],
}  # fmt: skip
UNITS_OF = {
    "Army": [("battalion", u) for u in UNITS["battalion"]]
    + [("formation", u) for u in UNITS["formation"]]
    + [("regiment", u) for u in UNITS["regiment"] if u != "29 Cdo Regt RA"]
    # the short forms study papers use most, drawn twice as often
    + [("battalion", u) for u in ("1 R IRISH", "1 MERCIAN", "2 RGR")]
    + [("formation", u) for u in ("16 AA Bde", "7 Armd Bde", "1 (UK) Div", "JHC")],
    "RM": [("commando", u) for u in UNITS["commando"]]
    + [("regiment", "29 Cdo Regt RA"), ("commando", "3 Cdo Bde")],
    "RN": [("ship", u) for u in UNITS["ship"]] + [("squadron", "820 NAS"), ("squadron", "847 NAS")],
    "RAF": [("squadron", u) for u in UNITS["squadron"] if "NAS" not in u],
}
BASES = {
    "base": ["RNAS Culdrose", "HMNB Clyde", "RAF Brize Norton", "RAF Lossiemouth",
             "HMNB Devonport", "RNAS Yeovilton", "RAF Marham", "Stonehouse Barracks",
             "Alanbrooke Barracks", "Kendrew Barracks", "RAF Coningsby"],
    "abbreviation": ["BZN", "Brize", "CTCRM", "Lossie", "DMRC", "Culdrose", "Guz", "Faslane",
                     "Yeovilton", "ATR Pirbright"],
    "garrison": ["Catterick", "Tidworth", "Bulford", "Larkhill", "Aldershot", "Colchester",
                 "Catterick Garrison", "Tidworth Garrison", "Warminster"],
}  # fmt: skip
BASES_OF = {
    "Army": [("garrison", b) for b in BASES["garrison"]]
    + [
        ("base", "Alanbrooke Barracks"),
        ("base", "Kendrew Barracks"),
        ("abbreviation", "DMRC"),
        ("abbreviation", "ATR Pirbright"),
    ],
    "RM": [
        ("abbreviation", "CTCRM"),
        ("base", "Stonehouse Barracks"),
        ("base", "RNAS Yeovilton"),
        ("abbreviation", "Yeovilton"),
        ("abbreviation", "DMRC"),
    ],
    "RN": [
        ("base", "RNAS Culdrose"),
        ("base", "HMNB Clyde"),
        ("base", "HMNB Devonport"),
        ("abbreviation", "Culdrose"),
        ("abbreviation", "Guz"),
        ("abbreviation", "Faslane"),
        ("abbreviation", "Yeovilton"),
    ],
    "RAF": [
        ("base", "RAF Brize Norton"),
        ("base", "RAF Lossiemouth"),
        ("base", "RAF Marham"),
        ("base", "RAF Coningsby"),
        ("abbreviation", "BZN"),
        ("abbreviation", "Brize"),
        ("abbreviation", "Lossie"),
    ],
}
BRANCHES = {"Army": ["REME", "RLC", "R SIGNALS", "AGC", "RAMC", "Int Corps", "RA", "RE"],
            "RAF": ["RAF Regt", "RAF Police", "Logs"], "RN": ["WE branch", "Logs branch"],
            "RM": ["Commando Logs", "Royal"]}  # fmt: skip
GATE_ROLES = {
    "Army": ["UWO", "Adjt", "RSM", "CSM", "OC", "2IC"],
    "RN": ["Divisional Officer", "XO", "Coxswain", "UWO"],
    "RAF": ["OC", "SWO", "Adjt", "Stn WO"],
    "RM": ["RSM", "Adjt", "UWO", "OC"],
}
TOWNS = ["Darlington", "Andover", "Salisbury", "Plymouth", "Helston", "Elgin", "Swindon",
         "Richmond", "Wrexham", "Dungannon", "Preston", "Folkestone", "Helensburgh", "Pokhara",
         "Dharan", "Suva", "Nadi", "Kumasi", "Accra", "Lagos", "Kingston", "Ludhiana", "Mirpur",
         "Kraków", "Swansea", "Belfast", "Paisley", "Cork"]  # fmt: skip
SERVICES = ["Army", "RN", "RM", "RAF", "civil servant"]

ACRONYMS = ["TBC", "ASAP", "FYI", "NB", "AOB", "NOK", "ETA", "OK", "IT", "HR", "PT", "DPA",
            "GDPR", "PIS", "FGD", "DCMH", "R&R", "RTW", "WFH", "TBH"]  # fmt: skip
ROLES = ["MO", "OC", "CO", "QM", "RSM", "CSM", "UWO", "padre", "welfare officer", "2IC",
         "Adjt", "gatekeeper", "line manager", "chain of command", "PTI", "HRBP"]  # fmt: skip
# Anonymised attributions: generic ones take a service after them, the others hold one.
ROLE_NO_NAME = ["a junior NCO", "a senior NCO", "a JNCO", "an SNCO", "a junior officer",
                "a spouse", "a Service partner"]  # fmt: skip
ROLE_WITH_SERVICE = ["an RAF SNCO", "a Royal Marine", "a Gurkha soldier", "a Navy rating",
                     "a civil servant", "an Army officer", "an RAF junior officer"]  # fmt: skip
# A coding frame's short codes (two capitals that look like initials among them) and themes.
CODE_TAGS = ["ST", "HS", "PS", "TR", "WB", "WB1", "WB2", "STIG", "HS-barrier", "FAM",
             "CoC-support", "DEP"]  # fmt: skip
THEMES = ["Stigma", "Help-seeking", "Family strain", "Trust", "Peer support", "Deployment",
          "Workload", "Transition"]  # fmt: skip
CODES = CODE_TAGS + THEMES
PROGRAMMES = ["the Programme", "TRiM", "Op Courage", "HeadFIT", "Combat Stress",
              "Togetherall", "SSAFA", "the Wellbeing Hub", "NVivo", "Teams", "Qualtrics",
              "Otter", "Zoom"]  # fmt: skip
TEAMS = ["the eval team", "G1 Cell", "the Welfare Cell", "Unit Welfare Office",
         "the HIVE", "Ops Room", "Phase 2 team"]  # fmt: skip
BUILDINGS = [
    "Rm 2.14",
    "Bldg 43",
    "the Education Centre",
    "the HIVE",
    "Rm G.07",
    "the Sgts' Mess",
    "the WOs' and Sgts' Mess",
    "the Medical Centre",
    "Bldg 112",
]
AGE_BANDS = ["late 40s", "18-24", "over 50s", "mid-thirties", "early 20s", "in his 20s",
             "in her 30s", "25-34", "35-44", "U25s", "40+", "late twenties", "under 30s",
             "50-plus", "mid 30s"]  # fmt: skip
# Words that are no one's initials in this corpus (so `MO` is always the medical officer).
RESERVED = {
    "MO", "OC", "CO", "QM", "HR", "PT", "IT", "OK", "ST", "HS", "NB", "TV", "UK", "AB", "LH",
    "PO", "FS", "MP", "GP", "RE", "AM", "PM", "AS", "IS", "IN", "ON", "OR", "TO", "BE", "AT",
    "ME", "WE", "HE", "NO", "SO", "DO", "GO", "UP", "US", "AN", "BY", "IF", "OF", "MY",
    "RM", "RN", "RA", "RC", "CC", "JP", "DJ", "ID", "PC", "EU", "VC", "MR", "DR", "MS", "LT",
    "CS", "WO", "PS", "TR", "WB",
}  # fmt: skip


# ---------------------------------------------------------------------------------------
# People


@dataclass
class Person:
    key: int
    origin: str
    first: str
    sur: str
    sex: str
    service: str
    rank: str | None
    title: str
    dim: str | None
    nick: str | None
    ini: str  # the bare initials the document writes for them
    age: int
    mentions: int = 0

    @property
    def natural(self) -> str:
        return natural_initials(self.first, self.sur)


def surname_initial(sur: str) -> str:
    return sur[0].upper()


def natural_initials(first: str, sur: str) -> str:
    return first[0].upper() + (surname_initial(sur) if sur else "")


def written_initials(first: str, sur: str) -> str:
    """The initials a team writes for itself: `JT`, and for `O'Connor` `AO'C`, for `McKenzie`
    `DMcK`, as researchers with those surnames sign."""
    if sur.startswith("O'"):
        return f"{first[0]}O'{sur[2]}"
    if sur.startswith("Mc"):
        return f"{first[0]}Mc{sur[2]}"
    if sur.startswith("Mac") and sur[3].isupper():
        return f"{first[0]}Mac{sur[3]}"
    return natural_initials(first, sur)


def name_words(p: Person) -> set[str]:
    words = {p.first.lower(), *re.split(r"[\s'-]+", p.sur.lower())}
    if p.dim:
        words.add(p.dim.lower())
    if p.nick:
        words.add(p.nick.lower())
    return {w for w in words if len(w) > 1}


class Cast:
    """The people of one document: no two share a first name, diminutive, nickname, word of a
    surname or two-letter initials, except a pair cast to share initials (told apart)."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.people: list[Person] = []

    def _clash(self, p: Person, allow_initials: bool) -> bool:
        words = name_words(p)
        for q in self.people:
            if words & name_words(q):
                return True
            if q.ini.lower() in words or p.ini.lower() in name_words(q):
                return True
            if p.ini == q.ini or (p.natural == q.natural and not allow_initials):
                return True
        return p.natural in RESERVED or p.ini in RESERVED

    def _clash_nick(self, p: Person) -> bool:
        return any(p.nick and p.nick.lower() in name_words(q) for q in self.people if q is not p)

    def new(
        self,
        service: str | None = None,
        civilian: bool = False,
        sex: str | None = None,
        origin: str | None = None,
        like: Person | None = None,
        age: tuple[int, int] = (19, 52),
    ) -> Person:
        rng = self.rng
        for _ in range(500):
            o = origin or rng.choices(list(ORIGIN_WEIGHTS), list(ORIGIN_WEIGHTS.values()))[0]
            s = sex or rng.choice("MMF")
            males, females, surnames = ORIGINS[o]
            first = rng.choice(males if s == "M" else females)
            sur = rng.choice(surnames)
            if like is not None:
                # A second person with the same two-letter initials as `like`.
                pool = [
                    (f, o2)
                    for o2, (m, fe, _) in ORIGINS.items()
                    for f in m + fe
                    if f[0] == like.first[0]
                ]
                first, o = rng.choice(pool)
                s = "M" if first in ORIGINS[o][0] else "F"
                surs = [x for o2 in ORIGINS for x in ORIGINS[o2][2] if x[0] == like.sur[0]]
                if not surs:
                    break
                sur = rng.choice(surs)
            svc = service or ("civil servant" if civilian else rng.choice(SERVICES[:4]))
            years = rng.randint(*age)
            rank = None
            if not civilian and svc != "civil servant":
                ranks = {"Army": ARMY_RANKS, "RN": NAVY_RANKS, "RM": RM_RANKS,
                         "RAF": RAF_RANKS}[svc]  # fmt: skip
                if o == "gurkha" and svc == "Army":
                    ranks = GURKHA_RANKS
                # Ranks run junior to senior; the young hold only the junior ones.
                rank = rng.choice(ranks[: max(2, min(len(ranks), (years - 14) // 4))])
            title = (
                "Dr"
                if civilian and rng.random() < 0.4
                else (rng.choice(["Mrs", "Ms", "Miss"]) if s == "F" else "Mr")
            )
            dim = DIMINUTIVES.get(first)
            nick = None
            r = rng.random()
            if sur in SURNAME_NICKS and r < 0.8:
                nick = SURNAME_NICKS[sur]
            elif o in ORIGIN_NICKS and r < 0.5:
                nick = ORIGIN_NICKS[o]
            elif first in JONNO and r < 0.5:
                nick = JONNO[first]
            elif r < 0.2:
                nick = rng.choice(PERSONAL_NICKS)
            ini = written_initials(first, sur)
            if rng.random() < 0.12 and "'" not in ini and "Mc" not in ini:
                ini = f"{first[0]}.{sur[0]}."
            p = Person(len(self.people), o, first, sur, s, svc, rank, title, dim, nick, ini,
                       years)  # fmt: skip
            if like is not None:
                # told apart by the next letter of the surname (`JTa`, `IOs` for O'Sullivan)
                # or a number (`JT2`)
                letter = next(c for c in sur[1:] if c.isalpha()).lower()
                p.ini = like.ini + rng.choice([letter, letter, "2"])
            if not self._clash(p, allow_initials=like is not None):
                self.people.append(p)
                return p
        raise RuntimeError("cannot cast")


# ---------------------------------------------------------------------------------------
# Documents


class Redraw(Exception):
    """A draft broke a rule; the next draw of the same seeded stream is taken."""


@dataclass
class Doc:
    rng: random.Random
    cast: Cast
    parts: list[str] = field(default_factory=list)
    pos: int = 0
    spans: list[dict] = field(default_factory=list)
    decoys: list[dict] = field(default_factory=list)
    pid_shape: str = ""  # how this document writes participant IDs, drawn at the first one
    pids_used: set[int] = field(default_factory=set)
    lower: bool = False  # a chat message typed all in lower case, names and IDs too

    def t(self, text: str) -> Doc:
        if self.lower:
            text = text.lower()
        self.parts.append(text)
        self.pos += len(text)
        return self

    def _mark(self, text: str) -> tuple[int, int]:
        start = self.pos
        self.t(text)
        return start, self.pos

    def v(self, text: str, kind: str, form: str) -> Doc:
        start, end = self._mark(text)
        self.spans.append({"type": kind, "start": start, "end": end, "form": form})
        return self

    def d(self, text: str, kind: str) -> Doc:
        start, end = self._mark(text)
        self.decoys.append({"start": start, "end": end, "kind": kind})
        return self

    def n(self, p: Person, form: str, text: str | None = None) -> Doc:
        """Append a mention of ``p`` in ``form`` (the name text drawn from the form unless
        given) and label it."""
        if text is None:
            text = render(p, form, self.rng)
        p.mentions += 1
        if p.mentions > 6:
            raise Redraw
        start, end = self._mark(text)
        self.spans.append({"type": "PERSON", "start": start, "end": end, "form": form,
                           "entity": p.key})  # fmt: skip
        return self

    def name(self, p: Person, forms: list[str]) -> Doc:
        usable = [f for f in forms if can(p, f)]
        return self.n(p, self.rng.choice(usable or ["full"]))

    def age(self, value: int, words: bool | None = None) -> Doc:
        if words is None:
            words = self.rng.random() < 0.3
        if words:
            return self.v(number_words(value), "AGE", "words")
        return self.v(str(value), "AGE", "digits")

    def pick(self, pool: list[str], kind: str) -> Doc:
        return self.d(self.rng.choice(pool), kind)

    def unit(self, service: str | None = None) -> Doc:
        """A unit of ``service`` (or of any service)."""
        if service not in UNITS_OF:
            service = self.rng.choice(list(UNITS_OF))
        form, name = self.rng.choice(UNITS_OF[service])
        return self.v(name, "UNIT", form)

    def base(self, service: str | None = None) -> Doc:
        if service not in BASES_OF:
            service = self.rng.choice(["Army", "Army", "RN", "RM", "RAF"])
        form, name = self.rng.choice(BASES_OF[service])
        return self.v(name, "BASE", form)

    def date(self) -> Doc:
        rng = self.rng
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        shape = rng.choice(["{d}/{m}", "{d:02d}/{m:02d}", "{d}/{m}/26", "{d} {mon}",
                            "{wd} {d}/{m}", "{wd} {d} {mon}"])  # fmt: skip
        mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
               "Dec"][month - 1]  # fmt: skip
        wd = rng.choice(["Mon", "Tues", "Weds", "Thurs", "Fri"])
        return self.d(shape.format(d=day, m=month, mon=mon, wd=wd), "date")

    def time(self) -> Doc:
        rng = self.rng
        h, m = rng.randint(8, 17), rng.choice([0, 15, 30, 45])
        shape = rng.choice(["{h:02d}{m:02d}", "{h:02d}:{m:02d}", "{h12}.{m:02d}{ap}"])
        ap = "am" if h < 12 else "pm"
        h12 = h if h <= 12 else h - 12
        return self.d(shape.format(h=h, m=m, h12=h12, ap=ap), "time")

    def pid(self, n: int | None = None) -> Doc:
        """A participant ID: participant ``n``, or one not yet written in this document."""
        while n is None:
            n = self.rng.randint(1, 48)
            n = None if n in self.pids_used else n
        self.pids_used.add(n)
        if not self.pid_shape:
            self.pid_shape = self.rng.choice(["P{n:02d}", "P{n:02d}", "P{n}", "INT-{n:02d}",
                                              "R{n:02d}", "P{n:03d}"])  # fmt: skip
        return self.d(self.pid_shape.format(n=n), "participant_id")

    def phone(self) -> Doc:
        rng = self.rng
        digits = "07" + "".join(str(rng.randint(0, 9)) for _ in range(9))
        shape = rng.choice(["{a} {b}", "{a}{b}", "{a}-{b}", "+44 {c} {b}"])
        return self.v(shape.format(a=digits[:5], b=digits[5:], c=digits[1:5]), "PHONE",
                      "digits")  # fmt: skip

    def email(self, p: Person) -> Doc:
        rng = self.rng
        first, sur = ascii_fold(p.first), ascii_fold(p.sur)
        local = rng.choice([f"{first}.{sur}", f"{first[0]}.{sur}", f"{first}{sur}"])
        domain = rng.choice(["mod.gov.uk", "eval-team.ac.uk", "gmail.com", "outlook.com",
                             "hotmail.co.uk"])  # fmt: skip
        return self.v(f"{local}{rng.randint(1, 99)}@{domain}", "EMAIL", "plain")

    def finish(self, doc_id: str, style: str) -> dict:
        text = "".join(self.parts)
        order: dict[int, str] = {}
        for span in sorted(self.spans, key=lambda s: s["start"]):
            if span["type"] == "PERSON" and span["entity"] not in order:
                order[span["entity"]] = f"p{len(order) + 1}"
        spans = []
        for span in self.spans:
            span = dict(span)
            if span["type"] == "PERSON":
                span["entity"] = order[span["entity"]]
            spans.append(span)
        record = {"id": doc_id, "style": style, "format": "txt", "text": text,
                  "spans": spans, "decoys": list(self.decoys)}  # fmt: skip
        validate(record)
        return record


def ascii_fold(name: str) -> str:
    table = str.maketrans("áóíéúŁłńśźżąęćÓ", "aoieuLlnszzaecO")
    return re.sub(r"[^a-z]", "", name.translate(table).lower())


def can(p: Person, form: str) -> bool:
    if form == "dim":
        return p.dim is not None
    if form == "nick":
        return p.nick is not None
    if form == "rank":
        return p.rank is not None
    return True


def render(p: Person, form: str, rng: random.Random) -> str:
    first = p.dim if p.dim and rng.random() < 0.4 else p.first
    if form == "full":
        return f"{first} {p.sur}"
    if form == "first":
        return p.first
    if form == "dim":
        return p.dim or p.first
    if form == "nick":
        return p.nick or p.first
    if form == "sur":
        return p.sur
    if form == "rank":
        if rng.random() < 0.25:
            return f"{p.rank} {p.first} {p.sur}"
        return f"{p.rank} {p.sur}"
    if form == "title":
        return f"{p.title} {p.sur}" if rng.random() < 0.7 else f"{p.title} {p.first} {p.sur}"
    if form == "init":
        return p.ini
    if form == "short":
        return f"{first} {p.sur[0]}"
    if form == "surfirst":
        return f"{p.sur}, {p.first}"
    raise ValueError(form)


WORDS_0_19 = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
              "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
              "seventeen", "eighteen", "nineteen"]  # fmt: skip
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int) -> str:
    if n < 20:
        return WORDS_0_19[n]
    tens, unit = divmod(n, 10)
    return TENS[tens] + (f"-{WORDS_0_19[unit]}" if unit else "")


# ---------------------------------------------------------------------------------------
# The checks a draft must pass (the shared corpus tests, applied as it is drawn).


def validate(record: dict) -> None:
    text = record["text"]
    covered = [False] * len(text)
    for mark in record["spans"] + record["decoys"]:
        value = text[mark["start"] : mark["end"]]
        if not value or value != value.strip():
            raise Redraw
        if any(covered[mark["start"] : mark["end"]]):
            raise Redraw
        covered[mark["start"] : mark["end"]] = [True] * (mark["end"] - mark["start"])
    names: set[str] = set()
    owner: dict[str, str] = {}
    for span in record["spans"]:
        if span["type"] != "PERSON":
            continue
        value = text[span["start"] : span["end"]]
        for part in re.split(r"[\s.,/-]+", value):
            if len(part) > 1 and part.lower() not in RANK_WORDS:
                names.add(part.lower())
        if span["form"] != "rank":
            key = " ".join(value.lower().replace(".", "").split())
            if owner.setdefault(key, span["entity"]) != span["entity"]:
                raise Redraw
    for found in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)*", text):
        if not covered[found.start()] and found.group().lower() in names:
            raise Redraw
    for decoy in record["decoys"]:
        if decoy["kind"] in ("word", "role"):
            continue
        parts = re.split(r"[\s.,/-]+", text[decoy["start"] : decoy["end"]].lower())
        if names.intersection(parts):
            raise Redraw


# ---------------------------------------------------------------------------------------
# Pieces every style uses

# Ordinary words that are names or nicknames elsewhere, in phrases that use them as words.
WORD_PHRASES = [
    ("we ", "will", " pick it up"), ("chasing the ", "grant", " report"),
    ("", "Mark", " as done on the tracker"), ("to be ", "frank", ", it was flat"),
    ("I ", "hope", " so"), ("by the ", "grace", " of God"), ("a ", "joy", " to talk to"),
    ("kit was a bit ", "dusty", ""), ("built like a ", "tank", ""),
    ("", "lofty", " ambitions for phase 3"), ("the ", "ginger", " biscuits ran out"),
    ("", "will", " send round"), ("", "mark", " up the transcript"),
    ("no ", "hope", " of a room this week"), ("", "smudge", " on the consent form"),
]  # fmt: skip
ANON_QUOTES = [
    "You don't want to be the one who puts his hand up.",
    "The unit was good about it in the end, but it took weeks.",
    "I just cracked on, that's what you do.",
    "Nobody asked how the family were coping.",
    "It's the paperwork that grinds you down, not the job.",
    "Honestly the programme was the first time anyone listened.",
    "I thought it'd go on my record.",
    "We get moved every two years and the kids pay for it.",
    "The sessions were at the wrong time for shift workers.",
    "I didn't know it existed until my second posting.",
]  # fmt: skip
CODE_MEANINGS = [("ST", "stigma"), ("HS", "help-seeking"), ("STIG", "stigma (self)"),
                 ("WB1", "wellbeing - family"), ("FAM", "family strain")]  # fmt: skip
CIVIL_TEAMS = ["DE&S", "DIO", "DBS", "MOD Main Building", "Defence Business Services"]
STATUSES = ["Done", "Complete", "No-show", "Rebooked", "Withdrawn", "TBC", "Cancelled",
            "Booked", "done", "DNA"]  # fmt: skip


def team_of(doc: Doc, least: int, most: int, pair: bool) -> list[Person]:
    """The researchers (civilians), the first `least`..`most` of them; with `pair` one more
    who shares two-letter initials with the first, told apart by the initials they write."""
    team = [doc.cast.new(civilian=True, age=(26, 61)) for _ in range(doc.rng.randint(least, most))]
    if pair:
        lead = team[0]
        if "." in lead.ini:
            lead.ini = lead.natural if "'" not in lead.ini else lead.ini
        if "." not in lead.ini:
            team.append(doc.cast.new(civilian=True, like=lead, age=(26, 61)))
    return team


def key_line(doc: Doc, team: list[Person], label: str, end: str = "\n") -> None:
    """`Team: Jo Thompson (JT), Mariam Khan (MK)`: the brackets tie initials to names."""
    rng = doc.rng
    doc.t(label)
    for i, p in enumerate(team):
        if i:
            doc.t(rng.choice([", ", "; "]))
        shape = rng.random()
        if shape < 0.6:
            doc.n(p, "full").t(" (").n(p, "init").t(")")
        elif shape < 0.8:
            doc.n(p, "init").t(" = ").n(p, "full")
        else:
            doc.n(p, "init").t(" (").n(p, "first").t(")")
    doc.t(end)


def inits(doc: Doc, people: list[Person], sep: str = "/") -> Doc:
    for i, p in enumerate(people):
        if i:
            doc.t(sep)
        doc.n(p, "init")
    return doc


def age_after(doc: Doc, value: int) -> Doc:
    """An age written after a name or a description, in one of the shapes notes use."""
    rng = doc.rng
    shape = rng.randrange(11)
    if shape == 0:
        return doc.t(" (").age(value).t(")")
    if shape == 1:
        return doc.t(", ").age(value, False).t("yo")
    if shape == 2:
        return doc.t(" ").age(value, False).t(" y/o")
    if shape == 3:
        return doc.t(", aged ").age(value)
    if shape == 4:
        return doc.t(" (").age(value, False).t(rng.choice(["yrs", " yrs", "y"])).t(")")
    if shape == 5:
        return doc.t(", ").age(value).t(rng.choice([" years old", " yrs old"]))
    if shape == 6:
        return doc.t(" – age: ").age(value, False)
    if shape == 7:
        return doc.t(", about ").age(value)
    if shape == 8:
        return doc.t(" (").age(value, False).t("ish)")
    if shape == 9:
        return doc.t(", just turned ").age(value)
    return doc.t(" ").age(value, False).t("yo")


def demog(doc: Doc, p: Person) -> Doc:
    """A demographics string: `34M`, `M/34`, `F 41`, `M, 34`, `34/F`, `F41`."""
    rng = doc.rng
    shape = rng.randrange(7)
    if shape == 6:
        return doc.t(p.sex).age(p.age, False)
    if shape == 0:
        return doc.age(p.age, False).t(p.sex)
    if shape == 1:
        return doc.t(f"{p.sex}/").age(p.age, False)
    if shape == 2:
        return doc.t(f"{p.sex} ").age(p.age, False)
    if shape == 3:
        return doc.t(f"{p.sex}, ").age(p.age, False)
    if shape == 4:
        return doc.age(p.age, False).t(f"/{p.sex}")
    return doc.age(p.age, False).t(rng.choice([" yrs", "yo"]))


def kids(doc: Doc, cap: bool = False) -> Doc:
    """Children and their ages: `kids 4 and 7`, `a 7-year-old`, `daughter Isla (6)`."""
    rng = doc.rng

    def lead(text: str) -> Doc:
        return doc.t(text[0].upper() + text[1:] if cap else text)

    a, b = sorted(rng.sample(range(1, 17), 2))
    shape = rng.randrange(8)
    if shape == 0:
        return lead("kids ").age(a, False).t(" and ").age(b, False)
    if shape == 1:
        return lead("two kids (").age(a, False).t(", ").age(b, False).t(")")
    if shape == 2:
        return lead("an " if b in (8, 11) else "a ").age(b, False).t("-year-old at home")
    if shape == 3:
        return lead("boys aged ").age(a).t(" and ").age(b)
    if shape == 4:
        return lead("twins, ").age(a, True).t(rng.choice([" next month", ""]))
    if shape == 5:
        return lead("eldest just turned ").age(b).t(", youngest ").age(a)
    child = child_person(doc)
    if shape == 6:
        lead("daughter " if child.sex == "F" else "son ").n(child, "first")
        return age_after(doc, child.age)
    return lead("little one ").n(child, "first").t(" is ").age(child.age, True)


def child_person(doc: Doc) -> Person:
    rng = doc.rng
    for _ in range(50):
        sex = rng.choice("MF")
        first = rng.choice(CHILDREN[sex])
        # A child is named by first name only.
        p = Person(len(doc.cast.people), "child", first, "", sex, "", None, "", None, None, "",
                   rng.randint(1, 15))  # fmt: skip
        if not any(first.lower() in name_words(q) for q in doc.cast.people):
            doc.cast.people.append(p)
            return p
    raise Redraw


def word_decoy(doc: Doc) -> Doc:
    before, word, after = doc.rng.choice(WORD_PHRASES)
    return doc.t(before).d(word, "word").t(after)


def service_decoy(doc: Doc, p: Person | None = None) -> Doc:
    names = {
        "Army": ["Army"],
        "RN": ["RN", "Royal Navy", "Navy"],
        "RM": ["RM", "Royal Marines"],
        "RAF": ["RAF"],
        "civil servant": ["civil servant", "MOD civilian", "CS"],
    }
    svc = p.service if p and p.service in names else doc.rng.choice(["Army", "RN", "RM", "RAF"])
    return doc.d(doc.rng.choice(names[svc]), "service")


def sep_of(doc: Doc) -> str:
    return doc.rng.choice([" | ", " | ", "\t", " |"])


def header(doc: Doc, cols: list[str], sep: str) -> None:
    for i, col in enumerate(cols):
        if i:
            doc.t(sep)
        doc.d(col, "heading")
    doc.t("\n")


def where(doc: Doc, service: str | None = None) -> Doc:
    """Where an interview took place: a base, a building on it, or online."""
    rng = doc.rng
    r = rng.random()
    if r < 0.45:
        return doc.base(service)
    if r < 0.7:
        return doc.base(service).t(", ").pick(BUILDINGS, "building")
    if r < 0.85:
        return doc.d(rng.choice(["Teams", "Zoom"]), "product")
    return doc.pick(BUILDINGS, "building")


def band(doc: Doc) -> Doc:
    """An age band, range or decade, as a phrase: never an exact age, a decoy."""
    rng = doc.rng
    r = rng.randrange(4)
    if r == 0:
        return doc.t(rng.choice(["in their ", "mostly in their "])).pick(BANDS_IN, "age_band")
    if r == 1:
        return doc.t("aged ").pick(BANDS_AGED, "age_band")
    if r == 2:
        return doc.t("the ").pick(BANDS_THE, "age_band")
    return doc.t("(").pick(BANDS_AGED, "age_band").t(")")


BANDS_IN = ["late 40s", "early 20s", "mid-thirties", "late twenties", "mid 30s", "30s",
            "forties", "early fifties", "late teens"]  # fmt: skip
BANDS_AGED = ["18-24", "25-34", "35-44", "45-54", "16-24", "40+", "50-plus", "under 30"]
BANDS_THE = ["over 50s", "U25s", "under 30s", "over-40s", "under-25s", "18-25s"]


def gatekeeper_note(doc: Doc, g: Person) -> None:
    rng = doc.rng
    lead = rng.choice(["- gatekeeper: ", "- POC for access: ", "- contact: ", "- via "])
    if lead.startswith("- POC"):
        doc.t("- ").d("POC", "acronym").t(" for access: ")
    else:
        doc.t(lead)
    doc.name(g, ["rank", "rank", "full", "short"])
    doc.t(" (").pick(GATE_ROLES[g.service], "role").t(", ").unit(g.service).t(")")
    if rng.random() < 0.7:
        doc.t(" ").phone()
    if rng.random() < 0.6:
        doc.t(" / ").email(g)
    if rng.random() < 0.5 and (g.nick or g.dim):
        doc.t(" – goes by '").name(g, ["nick", "dim"]).t("'")
    doc.t("\n")


NO_SHOW = ("No-show", "Rebooked", "Cancelled", "DNA")


def tracker(doc: Doc) -> None:
    rng, cast = doc.rng, doc.cast
    pair = rng.random() < 0.4
    team = team_of(doc, 2, 5, pair)
    owner = rng.choice(team)
    service = rng.choice(["Army", "Army", "RN", "RAF", "RM"])
    doc.t(rng.choice(["Interview tracker – ", "INTERVIEW SCHEDULE ", "Fieldwork tracker: ",
                      "Schedule + tracker "]))  # fmt: skip
    doc.t(rng.choice(["Phase 2 ", "Phase 3 ", "wave 1 ", "site visit "]))
    doc.t("(").d(service, "service").t(")")
    doc.t(rng.choice([" – updated ", " last edit ", " upd. "])).date()
    doc.t(" by ").n(owner, "init").t("\n")
    if pair or rng.random() < 0.5:
        key_line(doc, team, rng.choice(["Team: ", "Who's who: ", "Interviewers - "]))
    doc.t("\n")
    first_id = rng.randint(1, 40)
    rows = [(first_id + i, cast.new(service=service, age=(18, 56))) for i in range(
        rng.randint(3, 7))]  # fmt: skip
    if rng.random() < 0.4:
        tracker_list(doc, team, rows, service)
    else:
        tracker_table(doc, team, rows, service)
    doc.t("\n").t(rng.choice(["Notes:\n", "NOTES\n", "Actions / notes\n"]))
    for _ in range(rng.randint(1, 2)):
        gatekeeper_note(doc, cast.new(service=service, age=(28, 50)))
    if rng.random() < 0.3:
        hive = cast.new(civilian=True, age=(30, 60))
        doc.t("- families: ").n(hive, "title").t(" (").pick(["HIVE", "the HIVE", "AFF"], "team")
        doc.t(rng.choice([") via ", ") "])).email(hive).t("\n")
    if rng.random() < 0.3:
        id_key(doc, rows)
    number, part = rng.choice(rows)
    r = rng.random()
    if r < 0.35:
        doc.t("- ").pid(number).t(" withdrew ").date().t(" (email to ")
        doc.n(rng.choice(team), "init").t(") – delete audio + transcript per ")
        doc.pick(["DPA", "GDPR", "PIS"], "acronym").t("\n")
    elif r < 0.7:
        partner = cast.new(civilian=True, sex="F" if part.sex == "M" else "M", age=(20, 55))
        doc.t("- ").pid(number).t(rng.choice([" partner ", " wife " if partner.sex == "F" else
                                              " husband "]))  # fmt: skip
        doc.name(partner, ["first", "first", "dim", "full", "title"])
        age_after(doc, partner.age)
        doc.t(" happy to be interviewed too – ").pick(["TBC", "ASAP", "FYI"], "acronym")
        if rng.random() < 0.5:
            doc.t(", lives off-base in ").v(rng.choice(TOWNS), "LOCATION", "town")
        doc.t("\n")
    else:
        doc.t("- rebook ").pid(number).t(", mob ").phone().t(" – ")
        doc.n(rng.choice(team), "init").t(" to call\n")
    if rng.random() < 0.4:
        doc.t("- ")
        word_decoy(doc)
        doc.t("\n")


def id_key(doc: Doc, rows: list) -> None:
    """`ID key (DELETE before sharing): P07 = Cpl Danny Roberts`: the link a tracker keeps from
    pseudonym to person until the data are anonymised."""
    rng = doc.rng
    lead = rng.choice(["- ID key (DELETE before sharing): ", "- key - do not circulate: ",
                       "- names (remove before upload): "])  # fmt: skip
    if lead.startswith("- ID"):
        doc.t("- ").d("ID", "acronym").t(lead[4:])
    else:
        doc.t(lead)
    for i, (number, part) in enumerate(rng.sample(rows, min(len(rows), rng.randint(1, 3)))):
        doc.t("; " if i else "").pid(number).t(" = ")
        doc.name(part, ["rank", "rank", "full", "surfirst"])
    doc.t("\n")


def tracker_table(doc: Doc, team: list[Person], rows: list, service: str) -> None:
    rng = doc.rng
    sep = sep_of(doc)
    with_age = rng.random() < 0.6
    cols = ["ID", rng.choice(["Date", "Date/time"]), "Time", rng.choice(["Location", "Where"]),
            rng.choice(["Int", "Interviewer", "Who"])]  # fmt: skip
    if with_age:
        cols.insert(1, rng.choice(["Demog", "Age/Sex", "M/F, age"]))
    cols += [rng.choice(["Status", "Done?"]), "Notes"]
    header(doc, cols, sep)
    for number, part in rows:
        doc.pid(number).t(sep)
        if with_age:
            demog(doc, part).t(sep)
        doc.date().t(sep).time().t(sep)
        where(doc, service).t(sep)
        inits(doc, rng.sample(team, rng.choice([1, 1, 2])), rng.choice(["/", " + ", "/"]))
        doc.t(sep)
        status = rng.choice(STATUSES)
        doc.d(status, "acronym") if status in ("TBC", "DNA") else doc.t(status)
        doc.t(sep)
        tracker_note(doc, team, part, status in NO_SHOW)
        doc.t("\n")


def tracker_list(doc: Doc, team: list[Person], rows: list, service: str) -> None:
    """`P07 – 12/3 1000 Tidworth – int: RB – done (34M, wife 31)`: a tracker typed as lines."""
    rng = doc.rng
    for number, part in rows:
        doc.pid(number).t(" – ").date().t(" ").time().t(" ")
        where(doc, service)
        doc.t(rng.choice([" – int: ", " – ", " / int ", " – w/ "]))
        inits(doc, rng.sample(team, rng.choice([1, 1, 2])), rng.choice(["/", " & "]))
        status = rng.choice(STATUSES)
        doc.t(" – ")
        doc.d(status, "acronym") if status in ("TBC", "DNA") else doc.t(status.lower())
        doc.t(" (")
        if rng.random() < 0.6:
            demog(doc, part).t("; ")
        tracker_note(doc, team, part, status in NO_SHOW)
        doc.t(")\n")


def tracker_note(doc: Doc, team: list[Person], part: Person, missed: bool) -> None:
    rng = doc.rng
    r = rng.random()
    if missed:
        if r < 0.2:
            doc.t("rescheduled to ").date().t(" per ").n(rng.choice(team), "init")
        elif r < 0.35:
            doc.t("see ").n(rng.choice(team), "init").t("'s email ").date()
        elif r < 0.7:
            doc.t("no-show x").d(str(rng.randint(2, 3)), "count").t(", ")
            doc.pick(GATE_ROLES[part.service], "role").t(" says on exercise")
        else:
            doc.t("call back on ").phone()
        return
    if r < 0.25:
        doc.t("consent signed, audio ok")
    elif r < 0.35:
        doc.t("interpreter needed (Nepali)" if part.origin == "gurkha" else "audio patchy")
    elif r < 0.65:
        doc.t("wife " if part.sex == "M" else "husband ").age(rng.randint(22, 50), False)
        doc.t(", ")
        kids(doc)
    elif r < 0.85:
        doc.pick(GATE_ROLES[part.service], "role").t(" sat in for first ").d(
            rng.choice(["10 mins", "5 min", "20 minutes"]), "duration")  # fmt: skip
    else:
        doc.d(f"{rng.randint(2, 24)} yrs", "duration").t(" in, ")
        doc.pick(BRANCHES[part.service], "service")


RANK_DECOYS = {"Army": ["Cpls", "LCpls", "Ptes", "Sgts", "junior officers", "SNCOs"],
               "RN": ["ABs", "LHs", "POs", "ratings"], "RM": ["Mnes", "Cpls", "Royals"],
               "RAF": ["SACs", "Cpls", "Sgts", "FSs"]}  # fmt: skip


def opener(doc: Doc, team: list[Person], svc: str) -> None:
    """`RB + me at Tidworth, 3 x Cpls, one 19yo REME lad very open.`"""
    rng = doc.rng
    mate = rng.choice(team)
    doc.n(mate, rng.choice(["init", "init", "first"])).t(rng.choice([" + me at ", " and I at ",
                                                                    " & me @ "]))  # fmt: skip
    doc.base(svc)
    doc.t(", ").d(f"{rng.randint(2, 5)} x", "count").t(" ").pick(RANK_DECOYS[svc], "rank")
    doc.t(", one ").age(rng.randint(18, 24), False).t(rng.choice(["yo ", " y/o ", "yr old "]))
    doc.pick(BRANCHES[svc], "service").t(rng.choice([" lad very open.", " lass, quiet at first.",
                                                     " lad, a bit guarded.",
                                                     " lad – great interview."]))  # fmt: skip
    doc.t("\n")


def about_participant(doc: Doc, team: list[Person], svc: str) -> None:
    """A participant's paragraph: their ID, rank, unit, age, family, boss, mates."""
    rng, cast = doc.rng, doc.cast
    part = cast.new(service=svc, age=(19, 55))
    doc.pid().t(" (")
    if rng.random() < 0.25:  # the participant's own name, which the notes should not hold
        doc.name(part, ["first", "first", "dim"]).t(", ")
    doc.d(part.rank or "CS", "rank").t(", ").unit(svc).t(")")
    if rng.random() < 0.5:
        doc.t(": ").d(f"{rng.randint(2, 22)} years in", "duration").t(", ")
    else:
        doc.t(" – ")
    age_shape = rng.randrange(6)
    if age_shape == 5:
        doc.v(number_words(part.age).capitalize(), "AGE", "words").t(", ")
        doc.t(rng.choice(["married, ", "single, ", "divorced, "]))
        doc.d(rng.choice(["two kids", "3 kids", "one kid", "no kids"]), "count").t(". ")
    elif age_shape == 0:
        doc.age(part.age).t(". ")
    elif age_shape == 1:
        doc.t("joined at ").age(rng.randint(16, 19), rng.random() < 0.3).t(", now ")
        doc.age(part.age).t(". ")
    elif age_shape == 2:
        demog(doc, part).t(". ")
    elif age_shape == 3:
        doc.t("said ").t(he(part)).t("'d wanted to join 'since I was ")
        doc.age(rng.randint(6, 14), True).t("'. ")
    else:
        doc.t("at ").age(rng.randint(17, 19), False).t(" did basic at ")
        doc.base(svc).t(", now ").age(part.age, False).t(". ")
    if rng.random() < 0.35:
        doc.t(rng.choice(["From ", "Home is ", "Grew up in "])).v(rng.choice(TOWNS), "LOCATION",
                                                                  "town").t(". ")  # fmt: skip
    for piece in rng.sample(PARAGRAPH_PIECES, rng.randint(2, 4)):
        piece(doc, part)
        doc.t(" ")
    doc.t("\n")


def he(p: Person) -> str:
    return "he" if p.sex == "M" else "she"


def his(p: Person) -> str:
    return "his" if p.sex == "M" else "her"


def piece_partner(doc: Doc, part: Person) -> None:
    rng = doc.rng
    sex = "F" if part.sex == "M" else "M"
    if rng.random() < 0.1:
        sex = part.sex
    partner = doc.cast.new(age=(20, 55), sex=sex, civilian=rng.random() < 0.7)
    word = {"F": ["Wife ", "Partner ", "Missus ", "Other half "],
            "M": ["Husband ", "Partner ", "Hubby ", "Other half "]}[sex]  # fmt: skip
    doc.t(rng.choice(word)).name(partner, ["first", "first", "dim", "full", "title"])
    age_after(doc, partner.age)
    r = rng.randrange(4)
    if r == 0:
        doc.t(", works at the school on camp")
    elif r == 1:
        doc.t(", struggling with the moves")
    elif r == 2:
        doc.t(", ex-").pick(["Army", "RAF", "RN"], "service").t(" " + ("herself" if sex == "F"
                                                                    else "himself"))  # fmt: skip
    else:
        doc.t(", back home in ").v(rng.choice(TOWNS), "LOCATION", "town")
    doc.t(". ")
    if rng.random() < 0.6:
        kids(doc, cap=True).t(".")


def ranks_of(p: Person) -> list[str]:
    if p.origin == "gurkha" and p.service == "Army":
        return GURKHA_RANKS
    return {"Army": ARMY_RANKS, "RN": NAVY_RANKS, "RM": RM_RANKS, "RAF": RAF_RANKS}.get(
        p.service, []
    )


def boss_of(doc: Doc, part: Person) -> Person:
    """Someone of the participant's service who outranks them."""
    boss = doc.cast.new(service=part.service, age=(28, 50))
    ranks = ranks_of(boss)
    if boss.rank is None or part.rank not in ranks_of(part):
        raise Redraw
    least = ranks_of(part).index(part.rank) + 1
    above = [r for r in ranks if r in ranks_of(part)[least:]] or ranks[-1:]
    boss.rank = doc.rng.choice(above)
    return boss


def piece_boss(doc: Doc, part: Person) -> None:
    rng = doc.rng
    boss = boss_of(doc, part)
    doc.t(rng.choice([f"Talked a lot about {his(part)} boss ", "Boss is ", "Line manager ",
                      "Very positive about "]))  # fmt: skip
    doc.n(boss, "rank")
    if boss.nick and rng.random() < 0.7:
        doc.t(" ('").n(boss, "nick").t("' to the lads)" if rng.random() < 0.5 else "')")
    if rng.random() < 0.4:
        age_after(doc, boss.age)
    doc.t(rng.choice([".", " – 'proper old school'.", ", who 'gets it'."]))
    if rng.random() < 0.5:
        doc.t(" Later just '").n(boss, rng.choice(["sur", "nick"]) if boss.nick else "sur")
        doc.t("'.")


def piece_mates(doc: Doc, part: Person) -> None:
    rng = doc.rng
    mate = doc.cast.new(service=part.service, age=(19, 45))
    doc.t(rng.choice(["Mentioned ", "Mates with ", "Oppo ", "Best mate "]))
    form = rng.choice(["short", "short", "nick", "first", "dim", "dim"])
    if form == "short":
        doc.n(mate, "short").t(rng.choice(["", ".", ""]))
    else:
        doc.name(mate, [form, "first"])
    if rng.random() < 0.5:
        age_after(doc, mate.age)
    doc.t(rng.choice([" from the ", " in the "])).pick(["QM", "MO", "CSM", "padre"], "role")
    doc.t(rng.choice(["'s dept, who 'sorted me out'.", "'s office.",
                      " team, helped get the referral."]))  # fmt: skip


def piece_nick(doc: Doc, part: Person) -> None:
    rng = doc.rng
    mate = doc.cast.new(service=part.service, age=(19, 45))
    if mate.nick is None:
        mate.nick = rng.choice(PERSONAL_NICKS)
        if doc.cast._clash_nick(mate):
            raise Redraw
    doc.t("'").n(mate, "nick").t("'")
    if mate.rank and rng.random() < 0.6:
        doc.t(" (").n(mate, "rank").t(")")
    doc.t(rng.choice([" sat in for ", " came in for "])).d(
        rng.choice(["10 min", "5 mins", "the first half hour"]), "duration")  # fmt: skip
    doc.t(rng.choice([" – not ideal.", ", clammed up after.", "."]))


def piece_age_band(doc: Doc, part: Person) -> None:
    rng = doc.rng
    doc.t(rng.choice(["Rest of the room ", "Group mostly ", "Others "]))
    band(doc).t(".")


def piece_word(doc: Doc, part: Person) -> None:
    word_decoy(doc)
    doc.t(".")


def piece_programme(doc: Doc, part: Person) -> None:
    rng = doc.rng
    doc.t(rng.choice(["Hadn't heard of ", "Used ", "Rated ", "Sceptical about "]))
    doc.pick(PROGRAMMES[:8], "product")
    if rng.random() < 0.5:
        doc.t(" – see code ").pick(CODES, "code")
    doc.t(".")


def piece_age_event(doc: Doc, part: Person) -> None:
    rng = doc.rng
    r = rng.randrange(3)
    if r == 0:
        doc.t("Dad died when ").t(he(part)).t(" was ").age(rng.randint(8, 20), rng.random() < 0.5)
        doc.t(".")
    elif r == 1:
        doc.t("Says ").t(he(part)).t("'ll be out by ").age(rng.randint(40, 55), False).t(".")
    else:
        doc.t("Mum ").age(rng.randint(60, 85), False).t(", not well.")


PARAGRAPH_PIECES = [piece_partner, piece_boss, piece_mates, piece_nick, piece_age_band,
                    piece_word, piece_programme, piece_age_event]  # fmt: skip


def diary(doc: Doc) -> None:
    rng = doc.rng
    pair = rng.random() < 0.2
    team = team_of(doc, 2, 4, pair)
    me = team[-1] if pair else rng.choice(team)
    svc = rng.choice(["Army", "Army", "RN", "RAF", "RM"])
    doc.t(rng.choice(["Fieldwork diary – ", "Debrief notes ", "FW notes ", "Day notes – "]))
    doc.date().t("\n")
    if pair:
        key_line(doc, team, "(", ")\n")
    opener(doc, [p for p in team if p is not me], svc)
    for _ in range(rng.randint(1, 3)):
        about_participant(doc, team, svc)
    if rng.random() < 0.6:
        doc.pid()
        missed = rng.choice([" no-show again; ", " DNA – ", " cancelled, "])
        if "DNA" in missed:
            doc.t(" ").d("DNA", "acronym").t(" – ")
        else:
            doc.t(missed)
        doc.pick(GATE_ROLES[svc], "role")
        doc.t(rng.choice([" says on leave.\n", " says on exercise.\n", " didn't know.\n"]))
    if rng.random() < 0.6:
        other = rng.choice(team)
        doc.t("Next: ").base().t(" ").date().t(", ").n(other, "init")
        doc.t(rng.choice([" driving.\n", " has the recorder.\n", " to book rooms.\n"]))
    lead = rng.choice(["- ", "notes - ", "— ", "("])
    doc.t(lead).n(me, "init").t(")\n" if lead == "(" else "\n")


def quote(doc: Doc, speaker: Person) -> None:
    """A participant's words as a coder pastes them, sometimes naming people and ages."""
    rng, cast = doc.rng, doc.cast
    mark = rng.choice(['"', "'", '"', ""])
    doc.t(mark)
    r = rng.randrange(10)
    if r == 0:
        boss = boss_of(doc, speaker)
        doc.t("My boss, ").n(boss, "rank").t(", just said crack on.")
    elif r == 1:
        doc.t("My ").age(rng.randint(2, 15), rng.random() < 0.4).t(
            "-year-old asked why I was crying.")  # fmt: skip
    elif r == 2:
        mate = cast.new(service=speaker.service, age=(19, 45))
        if mate.nick is None:
            raise Redraw
        doc.n(mate, "nick").t(" was the only one who rang me.")
    elif r == 3:
        doc.t("I've been in since I was ").age(rng.randint(16, 19), rng.random() < 0.5).t(".")
    elif r == 4:
        doc.t("The wife's ").age(rng.randint(25, 50), rng.random() < 0.5).t(
            " and she's done six moves.")  # fmt: skip
    elif r == 5:
        mate = cast.new(service=speaker.service, age=(19, 45))
        doc.t("Me and ").name(mate, ["short", "short", "dim"]).t(" went to the ")
        doc.pick(["MO", "padre", "UWO"], "role").t(" together.")
    elif r == 6:
        turned = rng.randint(max(18, speaker.age - 10), speaker.age)
        doc.t("When I turned ").age(turned, rng.random() < 0.5).t(
            " I thought, that's it, I'm out.")  # fmt: skip
    elif r == 7:
        doc.t("We've got ").d(rng.choice(["two", "three", "2", "3"]), "count").t(
            " kids and he's away ").d(rng.choice(["six months", "9 months", "half the year"]),
                                      "duration").t(".")  # fmt: skip
    elif r == 8:
        mate = cast.new(service=speaker.service, age=(19, 45))
        doc.n(mate, "sur").t(" told the ").pick(["OC", "Sgt Maj", "boss"], "role")
        doc.t(" and that was that.")
    else:
        doc.t(rng.choice(ANON_QUOTES))
    doc.t(mark)


def coding(doc: Doc) -> None:
    rng = doc.rng
    pair = rng.random() < 0.4
    team = team_of(doc, 2, 4, pair)
    sep = sep_of(doc)
    doc.t(rng.choice(["Coding sheet – ", "Analysis grid ", "Framework matrix: ", "CODING "]))
    doc.t(rng.choice(["theme ", "Theme "])).d(str(rng.randint(1, 6)), "ref")
    doc.t(" (").pick(THEMES, "code").t(") – ")
    doc.t(rng.choice(["coder: ", "coded by ", "cdr "]))
    coders = rng.sample(team, min(len(team), rng.choice([1, 2])))
    inits(doc, coders, rng.choice(["/", " & ", "/"])).t(" – ").date().t("\n")
    if pair:
        key_line(doc, team, "Coders: ")
    layout = rng.randrange(3)
    cols = ["ID", rng.choice(["Rank", "Rk"]), "Unit"]
    if layout == 0:
        cols += ["Age", "Sex"]
    else:
        cols += [rng.choice(["Demog", "Age/Sex", "A/S"])]
    cols += [rng.choice(["Base", "Loc"])] if rng.random() < 0.5 else []
    cols += [rng.choice(["Home", "Home town"])] if rng.random() < 0.35 else []
    cols += ["Quote", rng.choice(["Code", "Codes", "Node"]), rng.choice(["Coder", "By", "Init"])]
    header(doc, cols, sep)
    for _ in range(rng.randint(3, 7)):
        part = doc.cast.new(age=(18, 57))
        doc.pid().t(sep)
        if part.rank:
            doc.d(part.rank, "rank")
        else:
            doc.d("CS", "service")
        doc.t(sep)
        doc.unit(part.service) if part.service != "civil servant" else doc.d("DE&S", "team")
        doc.t(sep)
        if layout == 0:
            doc.age(part.age, False).t(sep + part.sex)
        else:
            demog(doc, part)
        doc.t(sep)
        if "Base" in cols or "Loc" in cols:
            doc.base(part.service).t(sep)
        if "Home" in cols or "Home town" in cols:
            doc.v(rng.choice(TOWNS), "LOCATION", "town").t(sep)
        quote(doc, part)
        doc.t(sep)
        codes = rng.sample(CODES, rng.choice([1, 1, 2]))
        for i, code in enumerate(codes):
            doc.t("; " if i else "").d(code, "code")
        doc.t(sep)
        doc.n(rng.choice(coders), "init").t("\n")
    if rng.random() < 0.6:
        a, b = rng.sample(team, 2) if len(team) > 1 else (team[0], team[0])
        doc.t(rng.choice(["Double-coded by ", "2nd coder: ", "Checked "])).n(b, "init")
        doc.t(rng.choice([", ", " – "])).date().t(". ")
        doc.t(rng.choice(["Disagreements to ", "Queries - ", "Escalate to "])).n(a, "init")
        doc.t(".\n")
    if rng.random() < 0.5:
        code, meaning = rng.choice(CODE_MEANINGS)
        doc.d("NB", "acronym").t(" ").d(code, "code").t(f" = {meaning}, not initials.\n")
    if rng.random() < 0.5:
        doc.t("Participants ")
        band(doc).t(" under-represented; n=")
        doc.d(str(rng.randint(3, 12)), "count").t(".\n")


def email_header(doc: Doc, sender: Person, to: list[Person], cc: list[Person]) -> None:
    rng = doc.rng
    doc.t("From: ")
    if rng.random() < 0.5:
        doc.n(sender, "full").t(" <").email(sender).t(">\n")
    else:
        doc.n(sender, "surfirst").t(" <").email(sender).t(">\n")
    doc.t("To: ")
    for i, p in enumerate(to):
        doc.t("; " if i else "").name(p, ["full", "surfirst"])
    doc.t("\n")
    if cc:
        doc.t("Cc: ")
        for i, p in enumerate(cc):
            doc.t("; " if i else "").name(p, ["full", "surfirst"])
        doc.t("\n")
    doc.t("Sent: ").date().t(" ").time().t("\n")
    doc.t("Subject: ").t(rng.choice(["RE: ", "Re: ", "FW: ", ""]))
    doc.t(rng.choice(["coding frame v3", "Catterick trip", "withdrawal – ", "transcripts back",
                      "ethics amendment", "interim report draft", "room bookings"]))  # fmt: skip
    if doc.parts[-1].endswith("– "):
        doc.pid()
    doc.t("\n\n")


def email(doc: Doc) -> None:
    rng = doc.rng
    team = team_of(doc, 3, 6, rng.random() < 0.4)
    sender = team[0]
    pair = team[-1] if team[-1].natural == sender.natural and team[-1] is not sender else None
    others = [p for p in team if p is not sender]
    # Only people whose initials no one else in the chain shares are written by initials in
    # the body; the sender signs with theirs (a signature is the signer's).
    body_team = [p for p in others if p is not pair]
    to = rng.sample(others, min(len(others), rng.randint(1, 2)))
    cc = [p for p in others if p not in to][: rng.randint(0, 2)]
    if pair is not None and pair not in to + cc:
        cc.append(pair)
    email_header(doc, sender, to, cc)
    doc.pick(["Hi all", "Hi both", "Morning", "All"], "greet").t(",\n\n")
    lines = rng.sample(EMAIL_LINES, rng.randint(2, 4))
    for line in lines:
        line(doc, body_team, sender)
        doc.t("\n")
    doc.t("\n")
    sign = rng.randrange(3)
    if sign == 0:
        doc.pick(["Thanks", "Cheers", "Ta"], "signoff").t(",\n").n(sender, "init").t("\n")
    elif sign == 1:
        doc.pick(["Thanks", "Best"], "signoff").t("\n").name(sender, ["first", "dim"]).t("\n")
    else:
        if rng.random() < 0.5:
            doc.pick(["Cheers", "Thx", "Many thanks"], "signoff").t("\n")
        doc.n(sender, "init").t("\n")
        if rng.random() < 0.5:
            doc.t("Mob: ").phone().t("\n")


def line_per(doc: Doc, team: list[Person], sender: Person) -> None:
    rng = doc.rng
    other = rng.choice([p for p in team if p is not sender])
    doc.t(rng.choice(["Per ", "As per ", "per "])).n(other, "init").t(", ")
    doc.pid().t(rng.choice([" has withdrawn – please pull their transcript from ",
                            " wants the quote about his ",
                            " is rebooked for "]))  # fmt: skip
    if doc.parts[-1].endswith("from "):
        doc.pick(["NVivo", "Teams", "the shared drive"], "product").t(".")
    elif doc.parts[-1].endswith("his "):
        doc.d(rng.choice(["boss", "OC", "CO"]), "role").t(" taken out.")
    else:
        doc.date().t(" at ").base().t(".")


def line_cc(doc: Doc, team: list[Person], sender: Person) -> None:
    rng = doc.rng
    stranger = doc.cast.new(civilian=rng.random() < 0.5, age=(25, 60))
    doc.t(rng.choice(["I've copied in ", "cc'ing ", "Looping in "])).n(stranger, "init")
    doc.t(rng.choice([" from ", " in "])).pick(TEAMS, "team").t(" re the ")
    doc.pick(["DPA", "GDPR", "HR", "IT"], "acronym").t(" question.")


def line_gatekeeper(doc: Doc, team: list[Person], sender: Person) -> None:
    g = doc.cast.new(age=(26, 50))
    doc.t("Gatekeeper at ").base(g.service).t(" is ")
    doc.name(g, ["rank", "rank", "full"]).t(" (").pick(GATE_ROLES[g.service], "role")
    doc.t(") – ").phone().t(". Ask for '").name(g, ["nick", "dim", "first"]).t("'.")


def line_action(doc: Doc, team: list[Person], sender: Person) -> None:
    rng = doc.rng
    a, b = rng.sample(team, 2)
    doc.n(a, "init").t(" and ").n(b, "init").t(rng.choice([
        " – can you split the ", " please finish the "]))  # fmt: skip
    doc.pick(["Army", "RAF", "RN", "RM"], "service").t(" transcripts by ").date().t("? ")
    word_decoy(doc)
    doc.t(".")


def line_age(doc: Doc, team: list[Person], sender: Person) -> None:
    rng = doc.rng
    doc.t("Reminder: no ages in quotes – '")
    words = rng.random() < 0.4
    doc.age(rng.randint(19, 50), words)
    joint, rank = ("-year-old ", "Cpl") if words else rng.choice(
        [("-year-old ", "Cpl"), (" y/o ", "WO2"), ("yo ", "Mne")])  # fmt: skip
    doc.t(joint).d(rank, "rank").t("' + unit is enough to ").d("ID", "acronym")
    doc.t(" someone. Use bands (").pick(AGE_BANDS, "age_band").t(").")


def line_participant(doc: Doc, team: list[Person], sender: Person) -> None:
    """A participant named beside their ID in an e-mail: the leak a team makes most."""
    rng = doc.rng
    part = doc.cast.new(age=(19, 55))
    doc.pid().t(" (").name(part, ["rank", "full", "rank"]).t(")")
    doc.t(rng.choice([" asked to see the transcript", " wants a copy of the report",
                      " rang about withdrawing"]))  # fmt: skip
    if team and rng.random() < 0.7:
        doc.t(" – ").n(rng.choice(team), "init").t(" can you reply by ").date().t("?")
    else:
        doc.t(". Call back on ").phone().t(".")


EMAIL_LINES = [line_participant, line_per, line_cc, line_gatekeeper, line_action, line_age]


def chat(doc: Doc) -> None:
    rng = doc.rng
    team = team_of(doc, 3, 5, rng.random() < 0.3)
    doc.t(rng.choice(["Team chat – ", "#eval-team ", "WhatsApp: Eval team – "])).date().t("\n")
    display = {id(p): rng.choice([f for f in ("full", "first", "init", "dim") if can(p, f)])
               for p in team}  # fmt: skip
    for p in team:
        if p.natural == team[0].natural and p is not team[0]:
            display[id(p)] = display[id(team[0])] = "full"
    # Initials in a message stand for someone whose name the chat shows whole, or no one
    # shown: a reader cannot tie `RL` to a sender shown as `Ramesh`.
    plain = [
        p
        for p in team
        if sum(q.natural == p.natural for q in team) == 1 and display[id(p)] in ("full", "init")
    ]
    bracket = rng.random() < 0.6
    lower_case = rng.random() < 0.4
    clock = rng.randint(7 * 60, 15 * 60)
    lines = rng.sample(range(9), rng.randint(4, 7))
    for number, kind in enumerate(lines):
        clock += rng.randint(1, 40)
        who = rng.choice(team)
        stamp = f"{clock // 60:02d}:{clock % 60:02d}"
        if bracket:
            doc.t("[").d(stamp, "time").t("] ")
        else:
            doc.d(stamp, "time").t(" - ")
        doc.n(who, display[id(who)]).t(": ")
        if number == 0 and rng.random() < 0.5:
            doc.pick(["Morning all", "Hi all", "Morning team"], "greet").t(", ")
        doc.lower = lower_case and rng.random() < 0.7
        chat_line(doc, [p for p in plain if p is not who], who, kind)
        doc.lower = False
        doc.t("\n")


def chat_line(doc: Doc, team: list[Person], who: Person, r: int) -> None:
    rng = doc.rng
    if not team and r in (1, 5):
        r = 0
    other = rng.choice(team) if team else who
    if r == 0:
        doc.t("anyone got the ").base().t(" consent forms?")
    elif r == 1:
        doc.n(other, "init").t(rng.choice([" has the ", " is doing "])).pid().t(" audio")
    elif r == 2:
        doc.t("running late, ").pick(["ETA", "eta"], "acronym").t(" ")
        doc.d(rng.choice(["10 mins", "half an hour", "20 min"]), "duration")
    elif r == 3:
        doc.d("OK", "acronym").t(rng.choice([" will do", " ta", " np"]))
    elif r == 4:
        doc.t("he said his lad's ").age(rng.randint(2, 17), rng.random() < 0.5).t(
            " and already wants to join lol")  # fmt: skip
    elif r == 5:
        doc.t("is ").pick(CODE_TAGS[:5], "code").t(" a code or a theme? asking for ")
        doc.n(other, "init")
    elif r == 6:
        doc.t("the ").pick(["MO", "QM", "CO", "OC"], "role").t(" wants a copy of the report ")
        doc.pick(["FYI", "TBH", "NB"], "acronym")
    elif r == 7:
        doc.t("transcript for ").pid().t(" says wife is ").age(rng.randint(25, 45), False)
        doc.t(", audio says ").age(rng.randint(25, 45), True).t(" – which?")
    else:
        doc.t("can someone cover ").base().t(" ").date().t("? ")
        if team:
            doc.n(other, "init").t(" off sick")
        else:
            doc.t("I'm off sick")


def minutes(doc: Doc) -> None:
    rng = doc.rng
    team = team_of(doc, 3, 6, rng.random() < 0.45)
    chair = rng.choice(team)
    doc.t(rng.choice(["Analysis meeting ", "Team meeting – ", "Minutes: analysis mtg "]))
    doc.date().t("\n")
    named = rng.random() < 0.6 or team[-1].ini.startswith(team[0].ini)
    if named:
        key_line(doc, team, rng.choice(["Present: ", "Attendees: "]))
    else:
        doc.t("Present: ")
        for i, p in enumerate(team):
            doc.t(", " if i else "").n(p, "init")
            if p is chair:
                doc.t(" (").d("chair", "role").t(")")
        doc.t("\n")
    if rng.random() < 0.5:
        absent = doc.cast.new(civilian=True, age=(26, 60))
        doc.t(rng.choice(["Apols: ", "Apologies: "])).n(absent, "init").t("\n")
    doc.t("\n")
    for number in range(1, rng.randint(3, 5)):
        doc.t(f"{number}. ")
        minute_point(doc, team)
        doc.t("\n")
    doc.t("AOB: ")
    doc.d("NTR", "acronym") if rng.random() < 0.5 else doc.t("none")
    doc.t("\nNext mtg ").date().t(". Mins: ").n(rng.choice(team), "init").t("\n")


def minute_point(doc: Doc, team: list[Person]) -> None:
    rng = doc.rng
    a, b = rng.sample(team, 2)
    r = rng.randrange(6)
    if r == 0:
        doc.t("Codebook v").d(str(rng.randint(2, 6)), "ref").t(": merge ")
        doc.pick(CODE_TAGS, "code").t(" into ").pick(THEMES, "code").t(". Action: ")
        doc.n(a, "init")
    elif r == 1:
        doc.t("Inter-rater check on ").d(f"{rng.randint(4, 12)} transcripts", "count")
        doc.t(" – ").n(a, "init").t("/").n(b, "init").t(" to compare by ").date()
    elif r == 2:
        doc.pid().t(" withdrawn; ").n(a, "init").t(" confirmed deletion (").n(b, "init")
        doc.t(" to update tracker).")
    elif r == 5:
        doc.t("Agreed to use ").n(a, "init").t("'s codebook for wave ").d(str(rng.randint(2, 3)),
                                                                      "ref")  # fmt: skip
        doc.t("; ").n(b, "init").t("'s notes on ").pid().t(" to go in the audit trail.")
    elif r == 3:
        doc.t("Quotes naming ranks + units to be anonymised, e.g. '")
        doc.pick(ROLE_NO_NAME, "role").t(", ").pick(["Army", "RAF", "RN"], "service")
        doc.t("'. Ages as bands only (").pick(AGE_BANDS, "age_band").t("). (AP: ")
        doc.n(a, "init").t(")")
    else:
        doc.t("Recruitment at ").base().t(" slow – ").n(a, "init").t(" to chase the ")
        doc.pick(["Adjt", "UWO", "RSM", "gatekeeper"], "role").t(" ")
        doc.d("ASAP", "acronym") if rng.random() < 0.5 else doc.t("by ").date()


def team_style(doc: Doc) -> None:
    doc.rng.choice([email, email, chat, minutes])(doc)


def attribution(doc: Doc, part: Person) -> None:
    """After a quotation: identifying (`P07, Cpl, 2 RGR, 34`) or anonymised (`a junior NCO,
    Army`)."""
    rng = doc.rng
    doc.t(" (")
    r = rng.random()
    if r < 0.4:
        doc.pid().t(", ")
        if part.rank:
            doc.d(part.rank, "rank").t(", ").unit(part.service).t(", ")
        else:
            doc.pick(CIVIL_TEAMS, "team").t(", ")
        doc.age(part.age, False) if rng.random() < 0.5 else demog(doc, part)
    elif r < 0.55:
        if part.rank:
            doc.n(part, "rank").t(", ").unit(part.service).t(", ").base(part.service)
        else:
            doc.n(part, "title").t(", ").pick(CIVIL_TEAMS, "team").t(", ").base()
    elif r < 0.85:
        if rng.random() < 0.6:
            doc.pick(ROLE_NO_NAME, "role").t(", ")
            service_decoy(doc)
        else:
            doc.pick(ROLE_WITH_SERVICE, "role")
    else:
        doc.pid().t(", ").pick(ROLE_NO_NAME + ROLE_WITH_SERVICE, "role").t(", ")
        doc.pick(AGE_BANDS, "age_band")
    doc.t(")")


def findings(doc: Doc) -> None:
    rng = doc.rng
    team = team_of(doc, 2, 4, rng.random() < 0.25)
    keyed = team[-1].natural == team[0].natural
    doc.t(rng.choice(["DRAFT – ", "Draft findings ", "WORKING DRAFT: "]))
    doc.t(rng.choice(["ch. ", "section ", "Chapter "])).d(str(rng.randint(2, 6)), "ref")
    doc.t(" v0.").d(str(rng.randint(1, 9)), "ref").t(" (").n(team[0], "init")
    doc.t(rng.choice([" comments", " edits", " tracked"])).t(")\n")
    if keyed:
        key_line(doc, team, "Authors: ")
    doc.t("\n")
    for section in range(rng.randint(2, 3)):
        doc.t(f"3.{section + 1} ").pick(THEMES, "code").t("\n")
        doc.t(rng.choice(["Participants ", "Respondents ", "Many, especially those "]))
        band(doc).t(rng.choice([", described ", ", talked about "]))
        doc.pick(PROGRAMMES[:8], "product").t(rng.choice([" as useful", " as 'a tick box'"]))
        doc.t(" (n=").d(str(rng.randint(3, 20)), "count").t(").\n")
        for _ in range(rng.randint(1, 2)):
            part = doc.cast.new(age=(19, 56), civilian=rng.random() < 0.15)
            doc.t("  ")
            quote(doc, part)
            attribution(doc, part)
            doc.t("\n")
        if rng.random() < 0.6:
            findings_comment(doc, team)
    if rng.random() < 0.5:
        doc.t("[")
        word_decoy(doc)
        doc.t("]\n")


def findings_comment(doc: Doc, team: list[Person]) -> None:
    rng = doc.rng
    a = rng.choice(team)
    plain = [p for p in team if sum(q.natural == p.natural for q in team) == 1 and p is not a]
    doc.t("[").n(a, "init").t(": ")
    r = rng.randrange(4)
    if r == 0:
        svc, rank = rng.choice([("Army", "WO2"), ("RM", "CSgt"), ("RAF", "Flt Lt"),
                                ("RN", "CPO")])  # fmt: skip
        doc.t("too identifying – the only " + rng.choice(["Fijian", "Nepali", "female", "Welsh"]))
        doc.t(" ").d(rank, "rank").t(" in ").unit(svc).t("?")
    elif r == 1:
        svc = rng.choice(list(BRANCHES))
        doc.t("take the age out, ").age(rng.randint(19, 55), False).t(" + ")
        doc.pick(BRANCHES[svc], "service").t(" is enough")
    elif r == 2:
        doc.t("swap for ").pick(ROLE_NO_NAME + ROLE_WITH_SERVICE, "role")
    else:
        doc.t("check with ").pick(["PI", "ethics", "the steering group"], "team")
    if plain and rng.random() < 0.6:
        doc.t(rng.choice(["; ", " – "])).n(rng.choice(plain), "init").t(
            rng.choice([" agree?", " pls check", " to action"]))  # fmt: skip
    doc.t("]\n")


WRITERS = {"tracker": tracker, "diary": diary, "coding": coding, "team": team_style,
           "findings": findings}  # fmt: skip


def draw(rng: random.Random, style: str, doc_id: str) -> dict:
    """One document of ``style``: drafts that break a rule are drawn again."""
    for _ in range(500):
        doc = Doc(rng, Cast(rng))
        try:
            WRITERS[style](doc)
            return doc.finish(doc_id, style)
        except Redraw:
            continue
        except RuntimeError:
            continue
    raise RuntimeError(f"no draft of {style} passed")


def records() -> list[dict]:
    rng = random.Random(SEED)
    out = []
    for n in range(PER_STYLE * len(STYLES)):
        style = STYLES[n % len(STYLES)]
        out.append(draw(rng, style, f"dev12-{n + 1:04d}"))
    return out


def build() -> str:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records())


def table(name: str, counts: Counter) -> list[str]:
    lines = [f"| {name} | count |", "|---|---|"]
    lines += [f"| {key} | {counts[key]} |" for key in sorted(counts)]
    lines.append(f"| total | {sum(counts.values())} |")
    return lines


def stats(text: str) -> str:
    docs = [json.loads(line) for line in text.splitlines()]
    people = Counter()
    for r in docs:
        for span in r["spans"]:
            if span["type"] == "PERSON":
                people[(r["id"], span["entity"])] += 1
    init_only = 0
    for r in docs:
        forms: dict[str, set[str]] = {}
        for span in r["spans"]:
            if span["type"] == "PERSON":
                forms.setdefault(span["entity"], set()).add(span["form"])
        init_only += sum(f == {"init"} for f in forms.values())
    forms = Counter(f"{s['type']}/{s['form']}" for r in docs for s in r["spans"])
    lines = [
        f"documents: {len(docs)}",
        f"distinct people (entities, counted per document): {len(people)}",
        f"people mentioned more than once in their document: {sum(n > 1 for n in people.values())}",
        f"people known only by initials: {init_only}",
        "",
    ]
    lines += [*table("style", Counter(r["style"] for r in docs)), ""]
    lines += [*table("type", Counter(s["type"] for r in docs for s in r["spans"])), ""]
    lines += [*table("type/form", forms), ""]
    lines += table("decoy kind", Counter(d["kind"] for r in docs for d in r["decoys"]))
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
