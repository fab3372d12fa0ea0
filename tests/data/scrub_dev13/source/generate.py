#!/usr/bin/env python3
"""Generate scrub development corpus dev13: what participants and their families write and say.

A TUNING corpus (see ../SOURCE.md). Seeded, Python 3.11 standard library only. Survey answers,
families' forum posts, text messages, letters to the programme and speech-to-text answers,
full of exact ages in every way people write them, first names with an initial, bare
initials, nicknames and diminutives, bases and units as people call them, quarters addresses
and loose postcodes. Each document's text is written from templates whose tokens append text
and record its label at once, so offsets are right by construction; a draft that breaks a
rule (a name word left unlabelled, one name for two people, a person named more than six
times) is thrown away and the next draw of the same seeded stream taken.

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
from pathlib import Path

SEED = 20261313
HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus.jsonl"
PER_STYLE = 140
STYLES = ["survey", "forum", "messages", "letter", "speech"]

# --- ranks and titles -------------------------------------------------------------------------

ARMY = [
    ("Pte", "Private"), ("LCpl", "Lance Corporal"), ("Cpl", "Corporal"), ("Sgt", "Sergeant"),
    ("SSgt", "Staff Sergeant"), ("WO2", "Warrant Officer"), ("Capt", "Captain"),
    ("Maj", "Major"), ("Lt", "Lieutenant"), ("Rfn", "Rifleman"), ("Gnr", "Gunner"),
    ("Spr", "Sapper"), ("Tpr", "Trooper"), ("Cfn", "Craftsman"), ("Sig", "Signaller"),
]  # fmt: skip
NAVY = [
    ("AB", "Able Seaman"), ("LH", "Leading Hand"), ("PO", "Petty Officer"),
    ("CPO", "Chief Petty Officer"), ("Lt Cdr", "Lieutenant Commander"), ("Cdr", "Commander"),
    ("Mne", "Marine"), ("CSgt", "Colour Sergeant"),
]  # fmt: skip
RAF = [
    ("SAC", "Senior Aircraftman"), ("SACW", "Senior Aircraftwoman"), ("Cpl", "Corporal"),
    ("Sgt", "Sergeant"), ("FS", "Flight Sergeant"), ("Chf Tech", "Chief Technician"),
    ("Fg Off", "Flying Officer"), ("Flt Lt", "Flight Lieutenant"), ("Sqn Ldr", "Squadron Leader"),
    ("Wg Cdr", "Wing Commander"),
]  # fmt: skip
TITLES_M = ["Mr"]
TITLES_F = ["Mrs", "Ms", "Miss"]
RANK_WORDS = {
    w.lower() for abbr, full in ARMY + NAVY + RAF for w in (abbr + " " + full).split()
} | {"mr", "mrs", "ms", "miss", "dr"}

# Two-letter runs that bare initials never spell: words people type, and this corpus's
# acronyms, roles and ranks (so `OH` is always the other half and `MO` the medical officer).
BLOCKED_INITIALS = {
    "AB", "AM", "AN", "AS", "AT", "BE", "BY", "CO", "DO", "FS", "GO", "GP", "HA", "HE", "HI",
    "HR", "IF", "IN", "IS", "IT", "LH", "ME", "MO", "MY", "NO", "OC", "OF", "OH", "OK", "ON",
    "OR", "PM", "PO", "PT", "QE", "RE", "SO", "TO", "UP", "US", "WE", "YA", "YO", "TV", "UK",
    "DV", "ID", "OX", "AI", "LO", "MA", "PA", "NI",
}  # fmt: skip

# --- name pools (first, sex, diminutive or "") and surnames, by origin ------------------------

FIRST = {
    "english": [
        ("Rebecca", "F", "Bex"), ("Sharon", "F", "Shaz"), ("Gary", "M", "Gaz"),
        ("Samuel", "M", "Sam"), ("Thomas", "M", "Tom"), ("Daniel", "M", "Danny"),
        ("Jessica", "F", "Jess"), ("Christopher", "M", "Chris"), ("Stephen", "M", "Steve"),
        ("Kerry", "F", ""), ("Jodie", "F", ""), ("Lee", "M", ""), ("Craig", "M", ""),
        ("Darren", "M", "Daz"), ("Kevin", "M", "Kev"), ("Nicola", "F", "Nicky"),
        ("Victoria", "F", "Vicky"), ("Lauren", "F", ""), ("Ashley", "M", "Ash"),
        ("Natalie", "F", "Nat"), ("Jonathan", "M", "Jon"), ("Michelle", "F", "Shell"),
        ("Matthew", "M", "Matt"), ("Charlotte", "F", "Charlie"), ("Richard", "M", "Rich"),
        ("Kimberley", "F", "Kim"), ("Grace", "F", ""), ("William", "M", "Will"),
        ("Francis", "M", "Frank"),
    ],
    "welsh": [
        ("Gareth", "M", "Gaz"), ("Rhys", "M", ""), ("Dafydd", "M", "Dai"), ("Cerys", "F", ""),
        ("Sian", "F", ""), ("Ffion", "F", ""), ("Owain", "M", ""), ("Bethan", "F", "Beth"),
    ],
    "scottish": [
        ("Callum", "M", "Cal"), ("Ewan", "M", ""), ("Morag", "F", ""), ("Kirsty", "F", ""),
        ("Iain", "M", ""), ("Alasdair", "M", "Ally"), ("Eilidh", "F", ""), ("Fiona", "F", "Fi"),
    ],
    "irish": [
        ("Siobhán", "F", "Shiv"), ("Siobhán", "F", "Shiv"), ("Seán", "M", ""),
        ("Ciarán", "M", ""), ("Niamh", "F", ""),
        ("Aoife", "F", ""), ("Pádraig", "M", "Paddy"), ("Róisín", "F", "Rosh"),
    ],
    "polish": [
        ("Katarzyna", "F", "Kasia"), ("Małgorzata", "F", "Gosia"), ("Wojciech", "M", "Wojtek"),
        ("Łukasz", "M", ""), ("Agnieszka", "F", "Aga"), ("Tomasz", "M", "Tomek"),
        ("Piotr", "M", ""),
    ],
    "nepali": [
        ("Bishal", "M", ""), ("Dipendra", "M", "Dipen"), ("Suman", "M", ""), ("Prakash", "M", ""),
        ("Kamal", "M", ""), ("Sunita", "F", ""), ("Anjali", "F", ""), ("Bikram", "M", ""),
        ("Pramila", "F", ""), ("Yam", "M", ""),
    ],
    "fijian": [
        ("Sakiusa", "M", "Saki"), ("Josaia", "M", "Joe"), ("Semisi", "M", "Semi"),
        ("Apisalome", "M", "Api"), ("Mereani", "F", "Mere"), ("Litia", "F", ""),
        ("Viliame", "M", "Vili"), ("Isikeli", "M", "Keli"),
    ],
    "ghanaian": [
        ("Kwame", "M", ""), ("Kofi", "M", ""), ("Akosua", "F", ""), ("Yaw", "M", ""),
        ("Kwabena", "M", "Kobby"), ("Efua", "F", ""), ("Ekow", "M", ""), ("Abena", "F", ""),
    ],
    "nigerian": [
        ("Chukwuemeka", "M", "Emeka"), ("Oluwaseun", "M", "Seun"), ("Adaeze", "F", "Ada"),
        ("Ngozi", "F", ""), ("Babatunde", "M", "Tunde"), ("Folake", "F", "Fola"),
        ("Ifeoma", "F", "Ify"),
    ],
    "jamaican": [
        ("Marlon", "M", ""), ("Delroy", "M", ""), ("Shantelle", "F", "Shan"), ("Kemar", "M", ""),
        ("Tanisha", "F", "Tish"), ("Andre", "M", ""), ("Jermaine", "M", ""),
    ],
    "indian": [
        ("Priya", "F", ""), ("Arjun", "M", ""), ("Harpreet", "F", ""), ("Gurpreet", "M", "Gurps"),
        ("Ravi", "M", ""), ("Deepa", "F", ""), ("Sanjay", "M", "Sanj"),
    ],
    "pakistani": [
        ("Imran", "M", ""), ("Ayesha", "F", ""), ("Bilal", "M", ""), ("Zainab", "F", ""),
        ("Usman", "M", ""), ("Sana", "F", ""),
    ],
}  # fmt: skip
SURNAMES = {
    "english": [
        "Smith", "Miller", "Smith", "Miller", "Smith", "Miller", "White", "Clark", "Wilson",
        "Taylor", "Harris", "Wright", "Thompson",
        "Robinson", "Atkinson", "Parker", "Fletcher", "Bennett", "Hollis", "Ashworth",
        "Pearson", "Dawson", "Kendrick", "Marsden", "Gibbons", "Holloway", "Pickering",
        "Whitlock", "Barraclough",
    ],
    "welsh": [
        "Jones", "Jones", "Williams", "Evans", "Hughes", "Pritchard", "Llewellyn", "Rees", "Price",
    ],
    "scottish": ["MacLeod", "Murray", "Stewart", "Sinclair", "Buchanan", "Ferguson", "McIntyre"],
    "irish": ["Murphy", "O'Brien", "Byrne", "Kelly", "Doyle", "Gallagher", "Quinn", "Brennan"],
    "polish": ["Kowalski", "Nowak", "Wiśniewski", "Zieliński", "Mazur", "Krawczyk"],
    "nepali": ["Gurung", "Rai", "Limbu", "Thapa", "Pun", "Magar", "Tamang", "Ghale"],
    "fijian": ["Vakatawa", "Nadolo", "Ravouvou", "Koroibete", "Waqa", "Matanavou", "Bulavou"],
    "ghanaian": ["Mensah", "Owusu", "Boateng", "Asante", "Appiah", "Ofori", "Acheampong"],
    "nigerian": ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Nwosu", "Oyelaran", "Eze"],
    "jamaican": ["Campbell", "McKenzie", "Clarke", "Reid", "Gayle", "Powell", "Samuels"],
    "indian": ["Sharma", "Patel", "Singh", "Kaur", "Gill", "Sandhu", "Nair"],
    "pakistani": ["Khan", "Hussain", "Ahmed", "Iqbal", "Chaudhry", "Akhtar"],
}  # fmt: skip
ORIGIN_WEIGHTS = {
    "english": 30, "welsh": 8, "scottish": 8, "irish": 6, "polish": 5, "nepali": 8, "fijian": 7,
    "ghanaian": 5, "nigerian": 6, "jamaican": 5, "indian": 5, "pakistani": 4,
}  # fmt: skip
# Service nicknames that go with a surname, and origin nicknames.
SURNAME_NICKS = {
    "Miller": "Dusty", "Smith": "Smudge", "White": "Chalky", "Clark": "Nobby",
    "Wilson": "Tug", "Murphy": "Spud", "Jones": "Jonah", "Taylor": "Buck", "Harris": "Bomber",
    "Parker": "Nosey", "Wright": "Shiner", "Robinson": "Robbo", "Thompson": "Tommo",
    "Atkinson": "Atko", "McKenzie": "Macca", "Kowalski": "Kowal", "Fletcher": "Fletch",
}  # fmt: skip
ORIGIN_NICKS = {"welsh": "Taff", "scottish": "Jock", "irish": "Paddy"}
PERSONAL_NICKS = ["Lofty", "Ginge", "Spike", "Moose", "Tiny", "Stretch", "Tank", "Bubbles"]
KIDS = [
    ("Alfie", "M", ""), ("Maisie", "F", ""), ("Poppy", "F", ""), ("Oliver", "M", "Ollie"),
    ("Amelia", "F", "Millie"), ("Ruby", "F", ""), ("Freddie", "M", ""), ("Isla", "F", ""),
    ("Harper", "F", ""), ("Aarav", "M", ""), ("Zara", "F", ""), ("Leo", "M", ""),
    ("Evie", "F", ""), ("Noah", "M", ""), ("Ava", "F", ""), ("Theo", "M", ""),
    ("Archie", "M", ""), ("Lily", "F", ""), ("Kai", "M", ""), ("Nia", "F", ""),
    ("Amara", "F", ""), ("Tayo", "M", ""), ("Anaya", "F", ""), ("Zofia", "F", "Zosia"),
    ("Jakub", "M", "Kuba"), ("Sienna", "F", ""), ("Reuben", "M", ""), ("Elsie", "F", ""),
]  # fmt: skip

# --- value pools --------------------------------------------------------------------------------

BASES = {
    "base": [
        "RAF Brize Norton", "Brize Norton", "RAF Lossiemouth", "RNAS Culdrose", "Culdrose",
        "HMNB Clyde", "Faslane", "HMNB Portsmouth", "RAF Coningsby", "RAF Marham",
        "Abbey Wood", "MOD Abbey Wood", "RAF Odiham", "RAF Benson", "Lympstone",
        "RAF Waddington", "Yeovilton", "RNAS Yeovilton",
    ],
    "abbreviation": [
        "Brize", "BZN", "Lossie", "Catt", "CTCRM", "Waddo", "Pompey", "Guz", "brize", "lossie",
    ],
    "garrison": [
        "Catterick", "Catterick Garrison", "Tidworth", "Bulford", "Colchester Garrison",
        "Pirbright", "Aldershot", "Larkhill", "Colchester", "Tidworth Garrison", "Bulford Camp",
    ],
}  # fmt: skip
UNITS = {
    "battalion": [
        "2 RIFLES", "1 R WELSH", "4 SCOTS", "1 PWRR", "2 PARA", "1 YORKS", "2 R ANGLIAN",
        "1 RGR", "2 RGR", "3 RIFLES", "1 SCOTS", "1 Irish Guards", "2 LANCS",
    ],
    "regiment": [
        "3 RHA", "22 Engr Regt", "1 Regt RLC", "16 Regt RA", "QDG", "RTR", "Royal Signals",
        "the Household Cavalry", "32 Engr Regt", "1 Med Regt", "REME",
    ],
    "commando": ["40 Cdo", "42 Cdo", "45 Cdo", "30 Cdo", "29 Cdo", "CLR", "43 Cdo"],
    "formation": [
        "3 Cdo Bde", "16 Air Asslt Bde", "1 Div", "3 (UK) Div", "12 Bde", "7 Inf Bde",
        "4 Bde", "1 Armd Inf Bde",
    ],
    "ship": [
        "HMS Kent", "HMS Lancaster", "HMS Queen Elizabeth", "HMS Prince of Wales",
        "HMS Albion", "HMS Dragon", "HMS Defender", "HMS Somerset", "HMS Iron Duke",
        "RFA Tidespring", "HMS Tyne", "HMS Sutherland",
    ],
    "squadron": [
        "IX(B) Sqn", "Tac Sqn", "XV Sqn", "617 Sqn", "1(F) Sqn", "99 Sqn", "II(AC) Sqn",
        "820 NAS", "845 NAS", "2 Sqn RAF Regt", "47 Sqn", "24 Sqn",
    ],
}  # fmt: skip
# Ship nicknames sailors and families use, written after "the" (which stays outside the span).
SHIP_NICKS = ["Lanky", "Iron Duke", "Big Lizzie", "Sooty"]
TOWNS = [
    "Andover", "Salisbury", "Plymouth", "Helston", "Elgin", "Swindon", "Carterton",
    "Richmond", "Darlington", "Exeter", "Cardiff", "Glasgow", "Pokhara", "Suva", "Accra",
    "Kingston", "Lagos", "Gdansk", "Wrexham", "Inverness", "Helensburgh", "Amesbury",
    "Exmouth", "Lincoln", "Bristol", "Dharan", "Kumasi",
]  # fmt: skip
STREETS = [
    "Tidworth Rd", "Pennefather Close", "Kiwi Rd", "Wavell Cl", "Bhurtpore Ave", "Somme Rd",
    "Gunner Lane", "Kiwi Road", "Marlborough Close",
    "Station Road", "Bulford Road", "Somme Road", "Delhi Close", "Wavell Road",
    "Haig Road", "Churchill Avenue", "Arnhem Drive", "Gibraltar Way", "Falklands Close",
    "Lancaster Road", "Mons Avenue", "Ypres Road", "Trenchard Way", "Portal Close",
]  # fmt: skip
OUTWARD = [
    "SP9", "SP4", "DL9", "CO2", "GU24", "GU11", "OX18", "IV31", "TR12", "G84", "PL11",
    "PL2", "EX8", "BS34", "PO2", "LN5", "LN4", "PE33", "SP11", "DL10",
]  # fmt: skip
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
MAIL_DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "icloud.com"]

# Decoys: text that must survive scrubbing, by kind.
DECOYS = {
    "age_band": [
        "late 40s",
        "18-24",
        "over 50s",
        "early 20s",
        "mid-30s",
        "25-34",
        "under 18s",
        "40+",
        "mid 40s",
        "35-44",
        "late twenties",
        "early thirties",
        "under-5s",
        "teens",
        "over-60s",
    ],
    "duration": [
        "12 years",
        "22 yrs",
        "six months",
        "3 weeks",
        "18 months",
        "nine years",
        "2 yrs",
        "five years",
        "4 months",
        "ten years",
        "6 wks",
        "a fortnight",
        "7 months",
        "14 years",
    ],
    "count": [
        "3 kids",
        "2 tours",
        "4 moves",
        "three postings",
        "2 dogs",
        "5 days",
        "two boys",
        "3 sessions",
        "six sessions",
        "4 deployments",
        "2 cars",
        "three kids",
    ],
    "time": ["0630", "half 6", "7pm", "22:40", "0800", "8am", "10ish", "21:15", "1730"],
    "date": [
        "14 March",
        "last Tuesday",
        "12/05",
        "3rd June",
        "Mon",
        "the 15th",
        "Friday",
        "next week",
        "01/09/2024",
        "in the summer",
    ],
    "money": ["£40", "£1,200", "£9.50", "£250", "£85", "£3k", "£12"],
    "acronym": [
        "SFA",
        "PT",
        "HR",
        "JPA",
        "DIO",
        "NOK",
        "ASAP",
        "TBH",
        "IMO",
        "FYI",
        "A&E",
        "MOD",
        "LOL",
        "FFS",
        "PTSD",
        "CEA",
        "AFCS",
        "R&R",
    ],
    "role": [
        "MO",
        "OC",
        "CO",
        "RSM",
        "padre",
        "welfare officer",
        "UWO",
        "boss",
        "medic",
        "CSM",
        "line manager",
        "GP",
        "health visitor",
        "HIVE officer",
        "chaplain",
        "Families Officer",
    ],
    "rank": ["the sgt", "a corporal", "the Major", "the cpl", "a lance jack", "the WO", "sarge"],
    "product": [
        "Headspace",
        "Op Courage",
        "Combat Stress",
        "SSAFA",
        "HIVE",
        "Samaritans",
        "WhatsApp",
        "Facebook",
        "Forces Help to Buy",
        "Strava",
        "Teams",
        "Calm",
    ],
    "review": ["JPA", "SJAR", "OJAR", "MER", "PDR", "DAOS"],
    "kids": [
        "3 kids",
        "two kids",
        "2 boys",
        "three girls",
        "4 children",
        "one of each",
        "2 under 5",
    ],
    "greet": ["Hi all", "Hiya", "Hello", "Morning all", "Evening ladies", "Hi everyone"],
    "signoff": ["Kind regards", "Thanks", "Cheers", "Many thanks", "Best wishes", "Ta"],
}
POOL_KIND = {"kids": "count", "review": "acronym"}  # pools whose decoys are of another pool's kind

# Words that are names elsewhere, in a phrase that uses them as words: (before, word, after).
WORDS = [
    ("", "will", " be honest"), ("the gas ", "bill", ""), ("to be ", "frank", ""),
    ("back in ", "may", ""), ("by the ", "grace", " of god"), ("", "mark", " my words"),
    ("fingers crossed and ", "hope", ""), ("the house was ", "dusty", ""),
    ("", "rob", " peter to pay paul"), ("our car ", "jack", " is broken"),
    ("a ", "smudge", " on the form"), ("it was a ", "grant", " from the charity"),
]  # fmt: skip

NUM_WORDS = [
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
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
DIGIT_SAID = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
LETTER_SAID = {c: c.lower() for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def number_words(n: int, rng: random.Random) -> str:
    """An age in words as people type or a recogniser writes it: 'thirty-four', 'thirty four'."""
    if n < 20:
        return NUM_WORDS[n]
    tens, ones = divmod(n, 10)
    if not ones:
        return TENS[tens]
    return TENS[tens] + rng.choice(["-", " "]) + NUM_WORDS[ones]


# --- the document being written -----------------------------------------------------------------


class Person:
    def __init__(self, first, sex, dim, sur, kid, rank, title, middle, nick, friend_form):
        self.first, self.sex, self.dim, self.sur = first, sex, dim, sur
        self.kid, self.rank, self.title, self.middle = kid, rank, title, middle
        self.nick, self.friend_form = nick, friend_form
        self.handle = ""
        self.entity = ""
        self.mentions = 0

    def keys(self) -> set[str]:
        keys = {self.first.lower(), self.sur.lower()}
        keys |= {part.lower() for part in re.split(r"[\s'-]+", self.sur) if len(part) > 1}
        for extra in (self.dim, self.nick):
            if extra:
                keys.add(extra.lower())
        keys.add(self.initials().lower())
        keys.add((self.first[0] + self.sur[0]).lower())
        return keys

    def initials(self) -> str:
        return (self.first[0] + self.middle + self.sur[0].upper()).upper()


class Doc:
    def __init__(self, rng: random.Random, style: str, lower: bool):
        self.rng, self.style, self.lower = rng, style, lower
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[dict] = []
        self.decoys: list[dict] = []
        self.cast: dict[str, Person] = {}
        self.ages: dict[str, int] = {}  # ages that belong to someone, by their slot
        self.next_entity = 1

    def add(self, text: str) -> tuple[int, int]:
        if self.lower:
            text = text.lower()
        start = self.size
        self.parts.append(text)
        self.size += len(text)
        return start, self.size

    def span(self, text: str, kind: str, form: str, person: Person | None = None) -> None:
        start, end = self.add(text)
        span = {"type": kind, "start": start, "end": end, "form": form}
        if person is not None:
            if not person.entity:
                person.entity = f"p{self.next_entity}"
                self.next_entity += 1
            person.mentions += 1
            span["entity"] = person.entity
        self.spans.append(span)

    def decoy(self, text: str, kind: str) -> None:
        start, end = self.add(text)
        self.decoys.append({"start": start, "end": end, "kind": kind})

    @property
    def text(self) -> str:
        return "".join(self.parts)


# --- casting ------------------------------------------------------------------------------------


def cast_person(doc: Doc, kid: bool, want_sex: str = "") -> Person:
    rng = doc.rng
    taken: set[str] = set()
    for other in doc.cast.values():
        taken |= other.keys()
    for _ in range(200):
        origin = rng.choices(list(ORIGIN_WEIGHTS), weights=list(ORIGIN_WEIGHTS.values()))[0]
        if kid:
            first, sex, dim = rng.choice(KIDS)
            parents = [p for p in doc.cast.values() if not p.kid]
            sur = parents[0].sur if parents else rng.choice(SURNAMES[origin])
        else:
            first, sex, dim = rng.choice(FIRST[origin])
            sur_origin = origin if rng.random() < 0.8 else rng.choice(list(SURNAMES))
            sur = rng.choice(SURNAMES[sur_origin])
            if sur_origin == "polish" and sex == "F" and sur.endswith("ski"):
                sur = sur[:-1] + "a"
        if want_sex and sex != want_sex:
            continue
        middle = "" if kid or rng.random() < 0.7 else rng.choice("AJMLRSEKPD")
        nick = ""
        if not kid:
            if sur in SURNAME_NICKS and rng.random() < 0.7 and sex == "M":
                nick = SURNAME_NICKS[sur]
            elif origin in ORIGIN_NICKS and sex == "M" and rng.random() < 0.4:
                nick = ORIGIN_NICKS[origin]
            elif rng.random() < 0.12:
                nick = rng.choice(PERSONAL_NICKS)
        rank = ""
        if not kid and rng.random() < 0.7:
            rank = rng.choice(rng.choice([ARMY, NAVY, RAF]))[0]
            if rank == "SACW" and sex == "M":
                rank = "SAC"
        title = rng.choice(TITLES_M if sex == "M" else TITLES_F)
        if rng.random() < 0.05:
            title = "Dr"
        friend_form = "first"
        if nick and rng.random() < 0.6:
            friend_form = "nick"
        elif dim and rng.random() < 0.65:
            friend_form = "dim"
        person = Person(first, sex, dim, sur, kid, rank, title, middle, nick, friend_form)
        keys = person.keys()
        if kid:
            keys = {first.lower(), dim.lower()} - {""}
            keys.add(person.initials().lower())
        if keys & taken or person.initials() in BLOCKED_INITIALS:
            continue
        if (first[0] + sur[0]).upper() in BLOCKED_INITIALS:
            continue
        if any((o.first[0] + o.sur[0]) == (first[0] + sur[0]) for o in doc.cast.values()):
            continue
        return person
    raise RuntimeError("no one left to cast")


def ascii_of(name: str) -> str:
    """A name as people type it into a user name or an e-mail address: no accents or apostrophes."""
    name = name.replace("Ł", "L").replace("ł", "l")
    flat = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z]", "", flat)


def handle_of(person: Person, rng: random.Random) -> str:
    base = ascii_of(person.dim or person.nick or person.first)
    sur = ascii_of(person.sur)
    shape = rng.randrange(6)
    if shape == 0:
        return f"{base}{sur[0]}"
    if shape == 1:
        return f"{base.lower()}_{sur[0].lower()}{rng.randint(10, 99)}"
    if shape == 2:
        return f"{base}{sur}"
    if shape == 3:
        return f"{base.lower()}.{sur.lower()}"
    if shape == 4:
        return f"{base}_{sur}{rng.randint(1, 9)}"
    return f"{sur.lower()}{rng.randint(10, 99)}"


def typo_of(sur: str, rng: random.Random) -> str:
    letters = [i for i, c in enumerate(sur) if c.isalpha() and i > 0]
    i = rng.choice(letters)
    if rng.random() < 0.5 and len(sur) > 4:
        return sur[:i] + sur[i + 1 :]
    return sur[:i] + sur[i] + sur[i:]


# --- tokens -------------------------------------------------------------------------------------

TOKEN = re.compile(r"\{([^{}]+)\}")
KID_SLOTS = set("kmn")  # a slot's first letter says whether it holds a child


def person_form(doc: Doc, slot: str, form: str) -> None:
    rng = doc.rng
    form, _, sex = form.partition("^")
    while sex and slot in doc.cast and doc.cast[slot].sex != sex:
        slot += "'"
    if slot not in doc.cast:
        doc.cast[slot] = cast_person(doc, slot[0] in KID_SLOTS, sex)
    p = doc.cast[slot]
    if form == "friend":
        form = p.friend_form
    if form == "any":
        form = rng.choice(["first", "full", "short", "init", p.friend_form])
    if p.kid and form not in ("first", "dim", "full"):
        form = "first"
    if form == "dim" and not p.dim:
        form = "first"
    if form == "nick" and not p.nick:
        form = "dim" if p.dim else "first"
    if form == "rank" and not p.rank:
        form = "title"
    if form == "typo" and not p.entity:
        form = "sur"
    if form == "typo" and p.sur.startswith(("O'", "Mc", "Mac")):
        form = "sur"
    given = p.dim if (p.dim and rng.random() < 0.4 and form == "full") else p.first
    if form == "first":
        doc.span(p.first, "PERSON", "first", p)
    elif form == "dim":
        doc.span(p.dim, "PERSON", "dim", p)
    elif form == "nick":
        doc.span(p.nick, "PERSON", "nick", p)
    elif form == "full":
        doc.span(f"{given} {p.sur}", "PERSON", "full", p)
    elif form == "sur":
        doc.span(p.sur.upper() if rng.random() < 0.1 else p.sur, "PERSON", "sur", p)
    elif form == "rank":
        rank = p.rank
        if rng.random() < 0.3:
            doc.span(f"{rank} {p.first} {p.sur}", "PERSON", "rank", p)
        else:
            doc.span(f"{rank} {p.sur}", "PERSON", "rank", p)
    elif form == "title":
        doc.span(f"{p.title} {p.sur}", "PERSON", "title", p)
    elif form == "init":
        letters = p.initials() if rng.random() < 0.3 else p.first[0] + p.sur[0].upper()
        shape = rng.random()
        if shape < 0.2:
            letters = ".".join(letters) + "."
        elif shape < 0.35:
            letters = letters.lower()
        doc.span(letters, "PERSON", "init", p)
    elif form == "short":
        base = p.dim if (p.dim and rng.random() < 0.5) else p.first
        text = f"{base} {p.sur[0].upper()}"
        doc.span(text.lower() if rng.random() < 0.3 else text, "PERSON", "short", p)
    elif form == "handle":
        if not p.handle:
            p.handle = handle_of(p, rng)
        doc.span(p.handle, "PERSON", "handle", p)
    elif form == "typo":
        doc.span(typo_of(p.sur, rng), "PERSON", "typo", p)
    else:
        raise ValueError(form)


def phone(rng: random.Random) -> str:
    digits = "07" + str(rng.randint(100, 999)) + f"{rng.randint(0, 999999):06d}"
    shape = rng.randrange(5)
    if shape == 0:
        return digits
    if shape == 1:
        return f"{digits[:5]} {digits[5:]}"
    if shape == 2:
        return f"+44 {digits[1:5]} {digits[5:]}"
    if shape == 3:
        return f"{digits[:5]} {digits[5:8]} {digits[8:]}"
    return f"01{rng.randint(200, 999)} {rng.randint(100000, 999999)}"


def phone_words(rng: random.Random) -> str:
    digits = "07" + str(rng.randint(100, 999)) + f"{rng.randint(0, 999999):06d}"
    out, i = [], 0
    while i < len(digits):
        d = int(digits[i])
        if i + 1 < len(digits) and digits[i + 1] == digits[i] and rng.random() < 0.7:
            out.append("double " + DIGIT_SAID[d])
            i += 2
        else:
            out.append(DIGIT_SAID[d] if d or rng.random() < 0.7 else "zero")
            i += 1
    return " ".join(out)


def postcode(rng: random.Random) -> str:
    inward = f"{rng.randint(1, 9)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
    out = rng.choice(OUTWARD)
    shape = rng.random()
    if shape < 0.6:
        return f"{out} {inward}"
    if shape < 0.8:
        return f"{out}{inward}"
    return f"{out} {inward}".lower()


def postcode_words(rng: random.Random) -> str:
    out = rng.choice(OUTWARD)
    inward = f"{rng.randint(1, 9)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
    said = []
    for c in out + inward:
        said.append(DIGIT_SAID[int(c)] if c.isdigit() else c.lower())
    return " ".join(said)


def service_number(rng: random.Random) -> str:
    if rng.random() < 0.6:
        return f"{rng.choice(['25', '24', '30', '21'])}{rng.randint(0, 999999):06d}"
    return f"{rng.choice('DPQ')}{rng.randint(0, 999999):06d}{rng.choice(['', 'X', 'T'])}"


def email_of(doc: Doc, slot: str) -> str:
    if slot not in doc.cast:  # someone known only by their address
        doc.cast[slot] = cast_person(doc, False)
    p = doc.cast[slot]
    first, sur = ascii_of(p.first).lower(), ascii_of(p.sur).lower()
    n = doc.rng.randint(1, 99)
    if doc.rng.random() < 0.3:
        return f"{first}.{sur}{n}@mod.gov.uk"
    return f"{first}.{sur[0]}{n}@{doc.rng.choice(MAIL_DOMAINS)}"


def value_token(doc: Doc, name: str) -> None:
    rng = doc.rng
    key, _, arg = name.partition(":")
    if key == "base":
        form = arg or rng.choice(list(BASES))
        doc.span(rng.choice(BASES[form]), "BASE", form)
    elif key == "unit":
        form = arg or rng.choice(list(UNITS))
        value = rng.choice(UNITS[form])
        if doc.lower and form == "ship":
            value = value.replace("HMS", rng.choice(["HMS", "hms"]))
        doc.span(value, "UNIT", form)
    elif key == "shipnick":
        doc.span(rng.choice(SHIP_NICKS), "UNIT", "ship")
    elif key == "town":
        doc.span(rng.choice(TOWNS), "LOCATION", "town")
    elif key == "street":
        number, street = rng.randint(1, 120), rng.choice(STREETS)
        shape = rng.random()
        if shape < 0.55:
            value = f"{number} {street}"
        elif shape < 0.7:
            value = f"no.{number} {street}"
        elif shape < 0.85:
            value = f"Flat {rng.randint(1, 12)}, {number} {street}"
        else:
            value = f"{number}, {street}"
        doc.span(value, "ADDRESS", "street")
    elif key == "road":
        doc.span(rng.choice(STREETS), "ADDRESS", "street")
    elif key == "pc":
        doc.span(postcode(rng), "POSTCODE", "plain")
    elif key == "pcout":
        doc.span(rng.choice(OUTWARD), "POSTCODE", "outward")
    elif key == "pcwords":
        doc.span(postcode_words(rng), "POSTCODE", "words")
    elif key == "phone":
        doc.span(phone(rng), "PHONE", "digits")
    elif key == "phonewords":
        doc.span(phone_words(rng), "PHONE", "words")
    elif key == "svc":
        doc.span(service_number(rng), "SERVICE_NUMBER", "digits")
    elif key == "email":
        doc.span(email_of(doc, arg), "EMAIL", "plain")
    else:
        raise ValueError(name)


AGE_RANGES = {
    "adult": (19, 58), "kid": (1, 16), "young": (16, 19), "old": (52, 88), "teen": (13, 17),
}  # fmt: skip


def age_token(doc: Doc, name: str) -> None:
    """`#adult` a new age; `#self` the writer's, `#kid@k` child k's: one number per document."""
    name, _, owner = name.partition("@")
    words = name.endswith("w")
    kind = name.removesuffix("w")
    if kind == "self":
        kind, owner = "adult", "self" + owner
    low, high = AGE_RANGES[kind]
    if owner:
        n = doc.ages.setdefault(owner, doc.rng.randint(low, high))
    else:
        n = doc.rng.randint(low, high)
    if words:
        doc.span(number_words(n, doc.rng), "AGE", "words")
    else:
        doc.span(str(n), "AGE", "digits")


def write(doc: Doc, template: str) -> None:
    pos = 0
    for found in TOKEN.finditer(template):
        if found.start() > pos:
            doc.add(template[pos : found.start()])
        token = found.group(1)
        pos = found.end()
        if token[0] == "$":
            value_token(doc, token[1:])
        elif token[0] == "#":
            age_token(doc, token[1:])
        elif token[0] == "*":
            pool = token[1:]
            doc.decoy(doc.rng.choice(DECOYS[pool]), POOL_KIND.get(pool, pool))
        elif token[0] == "=":
            kind, _, text = token[1:].partition(":")
            doc.decoy(text, kind)
        elif token == "~word":
            before, word, after = doc.rng.choice(WORDS)
            if before:
                doc.add(before)
            doc.decoy(word, "word")
            if after:
                doc.add(after)
        elif ":" in token:
            slot, _, form = token.partition(":")
            person_form(doc, slot, form)
        else:
            raise ValueError(token)
    if pos < len(template):
        doc.add(template[pos:])


# --- templates, by style ------------------------------------------------------------------------
# Tokens: {a:form} a person (slots a-h adults, k/m/n children; forms first, dim, nick, full,
# sur, rank, title, init, short, handle, typo, friend = the name friends use, any); {#adult},
# {#kid}, {#young}, {#old}, {#teen} an exact age in digits ({#adultw}... in words); {$base},
# {$unit:ship}, {$street}, {$road}, {$pc}, {$pcout}, {$pcwords}, {$phone}, {$phonewords},
# {$svc}, {$email:a}, {$town}, {$shipnick}; {*kind} a decoy from its pool; {=kind:text} a
# given decoy; {~word} a name that is a word, used as a word.

SURVEY_HEADERS = [
    "Q{n}. Is there anything else you would like to tell us about the programme?\n",
    "Q{n} - What, if anything, would have made the programme more useful to you or your family?\n",
    "Q{n}: Please tell us about yourself and your household (optional)\n",
    "Free text (optional): How has service life affected your wellbeing this year?\n",
    "Q{n}. Any other comments\n",
    "Comments:\n",
]
SURVEY = [
    "im {#self} n been in since i was {#young}, {*duration} now and honestly the programme came "
    "too late for me",
    "I'm {#self}, my {=acronym:OH} is {#adult} and we have {*kids}. ",
    "{#self}M, {$unit:battalion}, {$base:garrison}. ",
    "{#self}F. Spouse. {$base:abbreviation}. {*kids}. ",
    "M, {#self}, {$unit:regiment}. ",
    "About me: F, {#self}, married to {a:rank^M}, {*kids}. ",
    "Aged {#self} with {*duration} served. ",
    "I was aged {#young} when I joined. ",
    "Respondent: F, {#self}, partner of serving member. ",
    "About you: M, {#self}. Regular. ",
    "my {#kid} year old and my {#teen} year old both had counselling through school",
    "I have a {#kid}-year-old and a {#kid}-year-old and no family nearby",
    "{a:full} (we all call her {a:short}) ran the sessions and was brilliant",
    "{a:full} then {a:short} took over, both good",
    "My daughter {k:first^F} is nearly {#kid} and has never lived anywhere more than {*duration}",
    "Me: {#self}M. Wife: {#adult}F. Kids: {#kid} and {#kid}. ",
    "{#self}m reservist, {*duration} in, {$unit:battalion}",
    "{a:short} and {b:short} did the Tuesday group with me, {b:friend} is {#adult} and still going",
    "{a:nick} (our {*role}) pushed us all to sign up, fair play to him",
    "{a:rank}, {b:rank} and {c:friend} all said the same in the debrief",
    "my mate {a:friend} from {$unit:battalion} dropped out after {=count:2 weeks} because {b:rank} "
    "wouldn't release him",
    "cheers to {a:init} who sorted the creche",
    "{a:short} was our facilitator and she was amazing, please pass on thanks",
    "sam t. was great".replace("sam t", "{a:short}"),
    "Spoke to {a:sur} in the UWO's office, waste of time",
    "the RAO ({a:init}) lost my form twice",
    "my mate {a:nick^M} topped himself last year. he was {#adult}. nobody from the programme "
    "came to the funeral",
    "im {#self} and ive done {*count}, {*duration} away in the last {*duration}",
    "I'm a {*age_band} female civvy at {$base:base}, the programme isn't for us",
    "not in {*age_band} anymore, just turned {#self}",
    "husband ({#adult}) is in {$unit:squadron} at {$base:abbreviation}, I'm {#adult}, we have "
    "{k:first} who is nearly {#kid}",
    "ex {$unit:ship}. {*duration}. {#self} now. ",
    "we were in quarters at {$street} in {$town}, the DIO contractor never came",
    "My son is only {#kid} and he asks when daddy is coming home every night",
    "{a:first} {a:sur} and {b:first} in my section all did it, only {b:first} found it useful",
    "{#self}yo, RAF, {$base:base}, {*duration} in",
    "husband {a:friend^M} ({#adult@a}) still serving with {$unit:battalion}, son {k:first^M} "
    "{#kid}yo",
    "{a:friend} and {b:friend} in the section are both {*age_band} and both said the same",
    "F, {#self}, civil servant at {$base:base}. ",
    "Me ({#self}) and my wife {a:first^F} ({#adult@a}) both did the sessions. ",
    "kids are {#kid} and {#kid} so evenings are hard to get to anything",
    "my {#kid}-year-old {k:first^F} struggled with the move to {$base:garrison} and nobody asked "
    "about her",
    "our eldest is nearly {#teen} and has moved school {*count}",
    "joined at {#young}, left at {#self}, came back as a reservist",
    "I turned {#selfw} in {=word:may} and the {*role} still hasn't done my {*review} review",
    "The sessions run by {a:rank} were excellent. ",
    "{a:full} from the welfare office was the only one who rang back. ",
    "shout out to {a:short} who ran the {*product} bit, proper legend",
    "{a:nick^M} in our section says the same thing, he's {#adult} and knackered",
    "I am {#self} years old and have served {*duration}. ",
    "Aged {#self}. Married, {*kids}. Living in SFA on {$road}. ",
    "we're in quarters at {$street}, {$pc} and the damp is making my son ({#kid}) ill",
    "my husband is {#adultw} and deployed on {$unit:ship} for {*duration}, I'm on my own with "
    "{*kids}",
    "The {*role} was useless, {a:title} in the HIVE was brilliant though. ",
    "i dont want to give names but {a:init} knows what happened",
    "{#self} y/o spouse here, {*age_band} bracket isnt really a thing for us. ",
    "Age group ticked: {*age_band}. Actual age {#self}. ",
    "I'm in the {*age_band} group and there was nothing aimed at us",
    "my mum is {#old} and lives in {$town}, getting leave to see her is a nightmare",
    "dad turned {#oldw} last {*date} and I missed it because of exercise",
    "Since I was {#young} the army has been my life. ",
    "TBH the {*product} app helped more than the course",
    "{a:friend} (my partner) said it was the first time anyone asked how the family was",
    "posted from {$base:abbreviation} to {$base:abbreviation} in {*duration} with a {#kid} yr old",
    "Sqn: {$unit:squadron}. Age: {#self}. Comments: too many emails, not enough time. ",
    "We moved to {$town} when {k:first} was {#kid} and {m:first} was {#kid}. ",
    "my stepdaughter {k:dim^F} ({#teen@k}) wanted to come to the family day but it was "
    "{=age_band:18+} only",
    "{*rank} told us it was optional then made it compulsory",
    "{=acronym:PTSD} assessment took {*duration}, im {#adult} not {*age_band}",
    "My son is {#teen}, he was {#kid} when his dad first deployed with {$unit:commando}. ",
    "no one at {$base:base} knew the programme existed",
    "would have been useful {*duration} ago",
    "costs {*money} a week for childcare just to attend, not happening",
    "the {*role} at {$base:garrison} is great but overloaded",
    "Contact me on {$phone} if you want more detail. ",
    "I'd be happy to be interviewed, email {$email:a}",
    "Please don't pass this on to {a:rank}. ",
    "{=signoff:Thanks}, {a:first} ({#adult@a})",
    "{a:init} (my {=acronym:OH}) and I both did it. {a:init} hated it, I loved it",
    "Can't fault {a:init} or {b:init} at the {*role}'s office",
    "to be honest {~word}",
    "{~word}, the programme is a tick box",
    "we're in {$pcout}, nearest session {$base:garrison}, no car",
    "OH is {$unit:commando}, I'm {#adult}, we've moved {*count}",
    "{a:init} and {b:init} in the welfare office were brilliant, {b:init} especially",
    "big thanks to {a:short}. and {b:short}. for running it",
    "{a:rank} ({a:init}) told me to 'man up'. I'm {#adult} and have {*kids}",
    "we saw {a:title} then a {a:typo} who I think was the same person",
    "Mrs {a:sur^F} was lovely, mrs {a:typo} on the phone was not",
    "husband's with {$unit:formation}, away more than home",
    "attached to {$unit:formation} at {$base:garrison}",
    "{$unit:formation} families day was the best thing all year",
    "parking at {$base:base} is {*money} a day for visitors??",
    "we're {$pcout} way and the nearest session is an hour's drive",
    "svc no {$svc} if you need to check",
    "ask {a:sur}, he ran it",
    "{a:full} was great. ({a:typo}? sorry if spelt wrong)",
    "my other half ({a:nick}) is {#adult}, done {*duration}, deployed on the {$shipnick} with "
    "{$unit:squadron}",
    "Taking part as a spouse. My {#adult}yo husband is with {$unit:regiment}. ",
    "wife {a:dim^F} (aged {#adult@a}) and daughter {k:first^F} ({#kid@k}) both did the kids bit",
]
SURVEY_END = ["", "", "\n", " x", " Thanks", "!!"]

FORUM_TITLES = [
    "Moving to {$base:garrison} in the summer - advice?",
    "Anyone else's OH on {$unit:ship}?",
    "SFA at {$base:abbreviation} - what's it like?",
    "Schools near {$base:base}",
    "Wellbeing programme - worth it?",
    "Feeling a bit lost tbh",
    "Birthday ideas for a {#kid} year old on a patch",
]
FORUM_POSTS = [
    "{*greet}, we're moving to {$road} ({$pcout}) in {*date}, kids are {#kid} and {#kid}. Anyone "
    "near?",
    "@{a:handle} we were on that road! nightmare for parking",
    "my {=acronym:OH} is on the {$shipnick} and I've got {*kids}. Im {#self} and feel ancient lol",
    "Hi, I'm {a:friend^F}, {#adult}, married to {*rank} in {$unit:battalion}. ",
    "{a:handle} wrote:\n> anyone tried the wellbeing course?\nYes! {b:friend} and I did it at "
    "{$base:garrison}, really good",
    "Try {*product}, it was free for us. My {#kid}yo loved it",
    'Quote from {a:handle}: "is it just me" - no hun it\'s not just you x',
    "{a:first} ({#adult@a}) here, my {=acronym:OH} has been away {*duration}",
    "ask for {b:rank^F} at the families office, she sorted our {*review} in a day",
    "@{b:handle} {b:first} your daughter {k:first^F} was in my {n:first}'s class at "
    "{$base:garrison}! she's {#kid} now?",
    "{b:friend} from next door said the same, we're all on {$road}",
    "agree with {a:handle}. the {*role} was lovely but nothing changed",
    "Our quarter at {$street}, {$pc} had mould from day one",
    "my lad is {#teen}, started at the school by {$base:abbreviation}, settled well",
    "{a:nick^M} runs the dads group on thursdays, he's sound",
    "{*greet}, anyone know {c:full^F}? She used to be at {$base:base}",
    "were in {$town} now, bought a house with {*product}, best thing we did",
    "Happy birthday to my boy {k:first^M}, {#kidw@k} today!!",
    "{a:short} you still at {$base:abbreviation}?",
    "im {#self}F, kids {#kid} and {#kid}, husband is {*rank} with {$unit:regiment}, "
    "any other mums in {$town}?",
    "Edited: {=signoff:thanks} all, {a:first} x",
    "{c:first} if ur reading this, {b:first} says hi x",
    "{#self}F here, OH is {a:rank^M} at {$base:abbreviation}, we have {k:first} ({#kid@k}) and "
    "{m:first} ({#kid@m})",
    "M, {#self}, ex {$unit:commando}. my missus {a:friend^F} made me post lol",
    "my nan turned {#old} last week and {k:first} ({#kid@k}) made her a card",
    "{a:nick^M} and {b:nick^M} from {$unit:battalion} organised it, top lads",
    "F, {#self}, two boys aged {#kid} and {#kid}, {$base:garrison} since {*date}",
    "anyone else at {$base:abbreviation}? we're on {$road}, {$pc}. my two are {#kid} and {#kid}",
    "{a:handle} is that {a:first} from the coffee morning?? x",
    "@{a:handle} yes hun, {*duration} at {$base:garrison} before this",
    "my OH {b:friend^M} was on {$unit:ship} with {c:nick^M} years ago, small world",
    "my {#kid} yr old says hi to {c:short} lol",
    "{c:full} aka {c:short} from the pre-school, anyone got her number?",
    "{c:short} used to run the toddler group at {$base:abbreviation}, anyone still in touch?",
    "Our youngest {k:first} turned {#kid@k} on the day he deployed",
    "{*greet}! New here. {#self}, {*kids}, OH is with {$unit:regiment}. We're at {$base:garrison}",
    "I'm {#self} and just found out I'm pregnant again lol, {k:first} will be {#kid} when "
    "the baby comes",
    "{b:friend} and {c:friend} are doing a run for {*product} on {*date}, sponsor them!",
    "{a:short}. is the one to ask, she runs the coffee mornings on {$road}",
    "pm me or email {$email:b}",
    "were {$pcout} too! the {b:sur}s next door have a {#kid} yr old",
    "{=acronym:SFA} in {$pcout} is ok, {*money} a month cheaper than civvy",
    "my OH ({a:nick^M}) is with {$unit:formation} so gone half the year",
    "{a:handle} your hubby {b:rank^M}? he was in {$unit:squadron} with mine",
    "Anyone got the number for the HIVE at {$base:abbreviation}? is it still {$phone}",
    "{*greet} - moving from {$base:abbreviation} to {$base:abbreviation}, {*kids} aged {#kid}, "
    "{#kid} and {#kid}",
    "the {*rank} at the families office said {*duration} wait for a {=count:4 bed}",
    "my {#teen} yr old has been amazing tbh",
    "{a:init} from the coffee morning says its {*money} for the trip",
    "{=signoff:thanks} {a:init} x",
    "{~word} lol",
    "anyone at {$unit:commando} families day? {a:init} said it was rammed",
    "we're in {$pcout} and it's {*duration} on the list for a dentist",
]
MESSAGE_LINES = [
    "u home by {*time}?",
    "{=acronym:ETA} {*time}, stuck at {$base:abbreviation} gate",
    "{k:first^F} wants to know if ur coming to the match",
    "tell her yes. shes {#kidw} not {#adultw} lol",
    "ok x",
    "{c:nick} got posted to {$unit:commando}",
    "no way. is {c:first}'s missus going too",
    "dunno. {d:short} said {*duration}",
    "remember {m:first^F}'s party sat, she's {#kid}",
    "{~word}",
    "the programme lady rang, {b:dim} can u call her {$phone}",
    "on exercise til {*date}, no signal on {$base:garrison} ranges",
    "mum's {#old} on sunday dont forget",
    "{c:init} says hi",
    "hows {d:rank} treating u",
    "{*rank} is ok, {*role} is a nightmare",
    "quarters inspection {*date} at {*time}, {$street}",
    "boss wants me on the {*product} thing. {=count:6 sessions}",
    "{=acronym:FFS}",
    "love u x",
    "the {$unit:squadron} bbq is {*date}, {c:friend} and {d:friend} are going",
    "{c:short} says the {$unit:formation} lot are back {*date}",
    "ok. {c:init} owes me {*money} btw",
    "{c:sur} on leave so im duty til {*time}",
    "whats ur svc no for the form?",
    "svc no is {$svc} if u need it for the form",
    "{d:friend} turned {#adult} today, drinks at the mess",
    "new quarter is {$street} {$pc}",
    "nice. near {d:rank}'s old place",
    "{*kids} and a dog in a {=count:3 bed} lol",
    "the {$shipnick} is back {*date}!!",
    "thx {b:init}",
    "{k:first} is {#kid@k}yo not a baby",
    "{c:nick} ({#adult}M) is single btw",
    "aged {#self} and still getting carded lol",
    "lol {c:friend} is {#adult} and acts like a teenager",
    "can u get {k:first} from school, im stuck at {$base:abbreviation}",
    "{k:first} is {#kidw@k} on fri, party at the community centre",
    "who was the {*rank} at the bbq",
    "that was {c:short} from {$unit:squadron}",
    "sam t?? no way".replace("sam t", "{c:short}"),
    "{c:short}. ur mrs is looking for u",
    "{c:sur} has been moved to {$unit:ship}",
    "ring {c:dim} on {$phone}",
    "ask {c:init}, {c:init} knows the {*role}",
    "hubby on the {$shipnick} til {*date} so its me n {*kids}",
    "address for the party is {$street} {$pc}",
    "we're in the quarters on {$road}, {$pcout}",
    "{#self} today!! feel ancient lol",
    "shes not {*age_band} shes {#adult}",
    "got my {=acronym:JPA} sorted, {*duration} of leave",
    "{d:nick} said {$unit:battalion} are off to {$base:garrison} for {*duration}",
    "omg {c:friend} {*time}",
    "{~word}",
    "{=acronym:OH} back {*date}?",
    "the {#kid} year old has chickenpox ffs",
    "{=signoff:ta} {c:init}",
    "k. {c:init} said {*time}",
    "{c:init} and {d:init} are on the {$unit:commando} course",
    "call me back on {$phone} this one is dead",
]
MESSAGE_HEADERS = [
    "[{date}, {time}] ",
    "{date} {time} - ",
    "",
]
LETTER_OPENINGS = [
    "Dear Sir or Madam,\n\n",
    "To whom it may concern,\n\n",
    "{=greet:Hello},\n\n",
    "Dear wellbeing team,\n\n",
]
LETTER_BODY = [
    "I am writing to complain about the way my husband, {a:rank^M}, was treated after the "
    "programme's first session at {$base:base}. ",
    "I am {#self} and have served for {*duration}, currently with {$unit:battalion} at "
    "{$base:garrison}. ",
    "My wife {b:full^F} ({#adult@b}) attended the family day with our children "
    "{k:first} ({#kid@k}) and {m:first} ({#kid@m}). ",
    "The facilitator, {c:title}, told the group that anyone in their {*age_band} would get "
    "priority, which is not what the leaflet says. ",
    "Since then {c:sur} has not answered my emails. ",
    "I raised this with the {*role} on {*date} and again with {d:rank} of {$unit:regiment}, "
    "without reply. ",
    "My daughter is {#teen} and was left waiting outside for {*duration}. ",
    "We live in Service Family Accommodation at {$street}, {$town} {$pc}. ",
    "The {*role} suggested I contact {*product}, which I have done. ",
    "I joined at {#young} and I am now {#selfw}; I have never been treated like this. ",
    "{a:first} was on {$unit:ship} at the time and could not attend. ",
    "Please note that {e:full} in the programme office was helpful. ",
    "My {=acronym:NOK} details are unchanged. ",
    "I would like a written response within {*duration}. ",
    "My father, who is {#old}, had to drive from {$town} to look after the children. ",
    "I would appreciate it if {c:typo} could explain the decision in person. ",
    "{c:full} (I may have the spelling wrong, {c:typo}?) ran the session. ",
    "I was told by {c:rank} that nothing could be done; when I asked {c:typo} again I was "
    "ignored. ",
    "I spoke to {f:init} ({*role}) who advised me to write to you. ",
    "My husband, {a:rank^M}, is serving with {$unit:formation} and was away for {*duration}. ",
    "The session cost us {*money} in childcare. ",
    "Our son {k:first^M}, who is {#kidw@k}, was refused a place. ",
    "I was {#young} when I enlisted at {$base:garrison} and I am now {#self}. ",
    "You can reach me on {$phone} or at {$email:w}. ",
    "Please do not share this letter with {d:rank} or {d:init}. ",
    "To be {=word:frank}, I expected better. ",
    "My husband ({a:init}) serves with {$unit:commando} and I am writing on his behalf. ",
    "I {=word:will} be raising this with {d:rank} ({d:init}) if I do not hear back. ",
    "My wife, {b:first^F} ({#adult@b}), is the main carer for our son, who is {#kid} and "
    "autistic. ",
    "{c:title} said that {*age_band} could not attend. My daughter is {#kid}. ",
    "I am {#selfw} years of age and I have served in {$unit:ship} and {$unit:squadron}. ",
    "We were moved from {$base:base} to {$base:garrison} with {*duration} notice. ",
    "The address on your system is wrong; we now live at {$street}, {$pc}. ",
    "I would like to thank {e:full} and {e:first}'s colleague {f:title}. ",
    "My partner {b:full} ({b:rank}) will confirm all of the above. ",
]
LETTER_SUBJECTS = [
    "Complaint",
    "Feedback on the family day",
    "RE: Your survey",
    "Formal complaint",
    "Thank you",
    "Session at {$base:garrison}",
    "Complaint - {$unit:battalion} families",
]
LETTER_SIGNOFFS = ["Yours faithfully", "Yours sincerely", "Kind regards", "Regards"]
SPEECH_LINES = [
    "um so im {#selfw} and ive been in since i was {#youngw}",
    "my wife {a:first^F} shes {#adultw} she came along to the second one",
    "the kids are {#kidw} and {#kidw} so um its hard",
    "yeah we were at {$base:garrison} then {$base:abbreviation}",
    "my number is {$phonewords}",
    "postcode is {$pcwords}",
    "we live on {$road} in the quarters",
    "{b:friend} from work said i should do it",
    "the lady running it {c:first} {c:sur} was really good actually",
    "{a:nick^M} our section commander hes like {#adultw} and hes the only one who gets it",
    "i did {*duration} on {$unit:ship} and came back and everything had changed",
    "my mum is {#oldw} and not well so",
    "our eldest {k:first} is nearly {#teenw}",
    "i think i was {#youngw} when i joined at {$base:base}",
    "the {*role} said just crack on",
    "with {$unit:battalion} at the time",
    "{~word}",
    "my husband is {#adultw} hes {$unit:commando}",
    "{b:rank} was our {*role} then",
    "i'm in the {*age_band} group i think",
    "honestly the {*product} thing was better",
    "its {$phonewords} if you need to call back",
    "we're in {$pcwords} so its quite far",
    "the address is {$street} {$pcwords}",
    "you can ring me on {$phonewords} after six",
    "{a:friend}'s number is {$phonewords}",
    "{a:short} ran the session and she was brilliant",
    "{a:sur} was there too",
    "my daughter {k:first^F} she's only {#kidw@k}",
    "my lad he's {#teen} now",
    "i'm {#self} by the way",
    "me and {a:friend} we've been together since we were {#teenw}",
    "{b:friend} and {c:friend} from my section came along as well",
    "i spoke to {c:rank} about it and {c:sur} said to do the survey",
    "{a:nick} thats what everyone calls him he's {#adultw}",
    "the woman from the hive {d:first} {d:sur} gave us the leaflet",
    "aged {#selfw} with {*kids} you don't get much time",
    "{a:friend} said i should mention {b:short}",
    "my service number is {$svc}",
    "with {$unit:formation} at the time",
    "on the {$shipnick} for {*duration}",
    "so my son {k:first^M} he's {#kidw@k} and my daughter {m:first^F} she's {#kidw@m}",
    "i joined at {#youngw} and i'm {#selfw} now",
    "my husband's on {$unit:ship} he's {#adultw}",
    "we're at {$base:garrison} in the quarters on {$road}",
    "er {a:first} no {a:short} from the office",
    "mister {a:sur} the instructor",
    "{b:friend} and her husband {c:friend^M} they've got {*kids}",
    "yeah {a:friend} is the one who told me about it",
    "there's a lad called {c:nick^M} in our troop who's really struggling",
    "{d:full} is our padre sorry our {*role}",
    "my eldest is nearly {#teenw}",
    "the postcode there is {$pcwords}",
    "my mobile is {$phonewords}",
    "{~word}",
    "he was with {$unit:commando} then",
    "my {#kidw} year old has started wetting the bed again",
    "{a:full} she runs it well {a:short} we call her",
    "um the {*role} at {$base:abbreviation}",
    "we used to be up at {$base:abbreviation} with {$unit:squadron}",
    "i'm in the {*age_band} i think you put",
    "my dad is {#oldw} and my mum is {#oldw}",
]
SPEECH_HEADERS = [
    "[voice answer, auto-transcribed] ",
    "transcript (auto-generated): ",
    "Q9 spoken response: ",
    "",
]


def _pick(rng, pool, low, high):
    """Segments for one document, at most one of them the writer's own profile or age."""
    picked = rng.sample(pool, rng.randint(low, high))
    selfish = [s for s in picked if "{#self" in s]
    return [s for s in picked if "{#self" not in s or s is selfish[0]]


SURVEY_SERVICES = ["Army", "RN", "RAF", "RM", "Civil Servant", "Spouse/partner", "army", "Family"]


def survey(doc, write):
    rng = doc.rng
    if rng.random() < 0.3:
        band = rng.random() < 0.4
        write(
            doc,
            "ResponseID\t"
            + ("Age band" if band else "Age")
            + "\tService\tQ"
            + str(rng.randint(5, 30))
            + "_comments\n",
        )
        for row, segment in enumerate(_pick(rng, SURVEY, 2, 4)):
            # each row is another respondent: the people it names are its own
            segment = re.sub(r"\{([a-z]):", "{\\g<1>" + str(row) + ":", segment)
            segment = re.sub(r"@([a-z])\}", "@\\g<1>" + str(row) + "}", segment)
            segment = re.sub(r"\{#(selfw?)\}", "{#\\g<1>@r" + str(row) + "}", segment)
            write(
                doc,
                f"R_{rng.randint(10000, 99999)}\t"
                + ("{*age_band}" if band else "{#self@r" + str(row) + "}")
                + "\t"
                + rng.choice(SURVEY_SERVICES)
                + "\t"
                + segment.strip()
                + "\n",
            )
        return
    if rng.random() < 0.3:
        write(doc, f"Response {rng.randint(1000, 99999)}\t")
    write(doc, rng.choice(SURVEY_HEADERS).replace("{n}", str(rng.randint(3, 28))))
    for segment in _pick(rng, SURVEY, 3, 6):
        write(doc, segment.rstrip() + rng.choice([" ", ". ", ", ", "... ", "\n"]))
    write(doc, rng.choice(SURVEY_END))


def forum(doc, write):
    rng = doc.rng
    write(doc, rng.choice(FORUM_TITLES) + "\n")
    for segment in _pick(rng, FORUM_POSTS, 2, 5):
        write(doc, "\n")
        if rng.random() < 0.5:
            write(doc, "Posted by {" + rng.choice("ab") + ":handle}\n")
        write(doc, segment + "\n")


MESSAGE_NOTICES = [
    "Messages and calls are end-to-end encrypted. No one outside of this chat can read them.\n",
    "",
    "",
]
GROUP_NAMES = ["Patch Mums", "Wives & Girlfriends", "Section WhatsApp", "Quarters Kids Party"]


def messages(doc, write):
    rng = doc.rng
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    head = rng.choice(MESSAGE_HEADERS)
    hour, minute = rng.randint(6, 22), rng.randint(0, 59)
    group = rng.random() < 0.4
    senders = ["a", "b", "c", "d"] if group else ["a", "b"]
    if group:
        write(doc, "Group: " + rng.choice(GROUP_NAMES) + "\n")
    write(doc, rng.choice(MESSAGE_NOTICES))
    turn = 0
    for body in _pick(rng, MESSAGE_LINES, 4, 8):
        mentioned = set(re.findall(r"\{([a-z]):", body))
        choices = [s for s in senders if s not in mentioned] or senders
        if group:
            sender = rng.choice(choices)
        else:
            sender = senders[turn % 2] if senders[turn % 2] in choices else choices[0]
            turn += 1
        minute += rng.randint(1, 9)
        hour, minute = hour + minute // 60, minute % 60
        if head:
            doc.add("[" if head.startswith("[") else "")
            doc.decoy(f"{day:02d}/{month:02d}/2024", "date")
            doc.add(", " if head.startswith("[") else " ")
            doc.decoy(f"{min(hour, 23):02d}:{minute:02d}", "time")
            doc.add("] " if head.startswith("[") else " - ")
        if group and rng.random() < 0.08:
            added = rng.choice([s for s in senders if s != sender])
            write(doc, "{" + sender + ":friend} added {" + added + ":friend}\n")
            continue
        if not group and sender == "a" and rng.random() < 0.5 and "a" in doc.cast:
            doc.add("Me: ")
        else:
            write(doc, "{" + sender + ":friend}: ")
        write(doc, body + "\n")


def letter(doc, write):
    rng = doc.rng
    if rng.random() < 0.35:
        write(doc, "From: {w:full} <{$email:w}>\nTo: Wellbeing Programme Team\n")
        write(doc, "Subject: " + rng.choice(LETTER_SUBJECTS) + "\n\n")
    write(doc, rng.choice(LETTER_OPENINGS))
    for segment in _pick(rng, LETTER_BODY, 3, 6):
        write(doc, segment)
    write(doc, "\n\n{=signoff:" + rng.choice(LETTER_SIGNOFFS) + "},\n\n")
    write(doc, rng.choice(["{w:rank}\n", "{w:full}\n", "{w:title}\n"]))
    extras = [
        "Service No: {$svc}\n",
        "{$street}\n{$town}\n{$pc}\n",
        "Tel: {$phone}\n",
        "{$email:w}\n",
    ]
    for extra in _pick(rng, extras, 1, 4):
        write(doc, extra)


def speech(doc, write):
    rng = doc.rng
    write(doc, rng.choice(SPEECH_HEADERS))
    for segment in _pick(rng, SPEECH_LINES, 3, 6):
        write(doc, segment + rng.choice([" ", " um ", " and ", " like ", " yeah "]))
    write(doc, "thats it")


TEMPLATES = {
    "survey": survey,
    "forum": forum,
    "messages": messages,
    "letter": letter,
    "speech": speech,
}


# --- rules a draft must keep ------------------------------------------------------------------

MEANING_KINDS = {"word", "role"}
NAME_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


def draft_ok(doc: Doc) -> bool:
    text = doc.text
    if any(p.mentions > 6 for p in doc.cast.values()):
        return False
    owner: dict[str, str] = {}
    names: set[str] = set()
    for span in doc.spans:
        if span["type"] != "PERSON":
            continue
        value = text[span["start"] : span["end"]]
        if span["form"] != "rank":
            key = " ".join(value.lower().replace(".", "").split())
            if owner.setdefault(key, span["entity"]) != span["entity"]:
                return False
        for part in re.split(r"[\s.,/-]+", value):
            if len(part) > 1 and part.lower() not in RANK_WORDS:
                names.add(part.lower())
    covered = set()
    for mark in doc.spans + doc.decoys:
        value = text[mark["start"] : mark["end"]]
        if not value or value != value.strip():
            return False
        covered.update(range(mark["start"], mark["end"]))
    for found in NAME_WORD.finditer(text):
        if found.start() not in covered and found.group().lower() in names:
            return False
    for decoy in doc.decoys:
        if decoy["kind"] in MEANING_KINDS:
            continue
        parts = re.split(r"[\s.,/-]+", text[decoy["start"] : decoy["end"]].lower())
        if names.intersection(parts):
            return False
    return True


LOWER_SHARE = {"survey": 0.4, "forum": 0.45, "messages": 0.7, "letter": 0.0, "speech": 1.0}


def draft(rng: random.Random, style: str) -> Doc:
    doc = Doc(rng, style, rng.random() < LOWER_SHARE[style])
    TEMPLATES[style](doc, write)
    return doc


def build_documents() -> list[dict]:
    rng = random.Random(SEED)
    documents = []
    order = [style for _ in range(PER_STYLE) for style in STYLES]
    for number, style in enumerate(order, start=1):
        while True:
            doc = draft(rng, style)
            if draft_ok(doc):
                break
        documents.append(
            {
                "id": f"dev13-{number:04d}",
                "style": style,
                "format": "txt",
                "text": doc.text,
                "spans": doc.spans,
                "decoys": doc.decoys,
            }
        )
    return documents


def build() -> str:
    lines = [json.dumps(d, ensure_ascii=False, sort_keys=True) for d in build_documents()]
    return "\n".join(lines) + "\n"


def stats(text: str) -> str:
    docs = [json.loads(line) for line in text.splitlines()]
    people = Counter()
    for doc in docs:
        for span in doc["spans"]:
            if span["type"] == "PERSON":
                people[(doc["id"], span["entity"])] += 1
    out = [
        f"documents: {len(docs)}",
        f"distinct people (entities, counted per document): {len(people)}",
        f"people mentioned more than once in their document: {sum(n > 1 for n in people.values())}",
    ]

    def table(title: str, counts: Counter) -> None:
        out.append("")
        out.append(f"| {title} | count |")
        out.append("|---|---|")
        for key in sorted(counts):
            out.append(f"| {key} | {counts[key]} |")
        out.append(f"| total | {sum(counts.values())} |")

    table("style", Counter(d["style"] for d in docs))
    table("type", Counter(s["type"] for d in docs for s in d["spans"]))
    table("type/form", Counter(f"{s['type']}/{s['form']}" for d in docs for s in d["spans"]))
    table("decoy kind", Counter(x["kind"] for d in docs for x in d["decoys"]))
    out.append("")
    out.append(f"sha256: {hashlib.sha256(text.encode('utf-8')).hexdigest()}")
    return "\n".join(out)


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
    print(f"wrote {CORPUS} ({text.count(chr(10))} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
