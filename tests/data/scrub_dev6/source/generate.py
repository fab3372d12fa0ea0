"""Generate tests/data/scrub_dev6/corpus.jsonl: chats, field notes, letters and survey answers.

A seeded generator, Python 3.11 standard library only. Every label and decoy is recorded the
moment its text is appended (``Doc.span``, ``Doc.decoy``), so offsets are exact by
construction; nothing edits the text afterwards (lower case and typos are applied to each piece
before it is appended).

    python generate.py            # writes ../corpus.jsonl
    python generate.py --check    # "corpus.jsonl reproduced" or exit 1
    python generate.py --stats    # counts per style, type, form and decoy kind
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20261206
PER_STYLE = 200
STYLES = ("chat", "notes", "letters", "survey2")
OUT = Path(__file__).resolve().parents[1] / "corpus.jsonl"
MAX_MENTIONS = 5

# --- people -------------------------------------------------------------------------------
# (first, diminutive or "", sex) and surnames, by origin; written for this corpus.
FIRSTS = {
    "english": [
        ("David", "Dave", "m"),
        ("Rebecca", "Bex", "f"),
        ("Thomas", "Tommo", "m"),
        ("Katherine", "Kat", "f"),
        ("Samuel", "Sam", "m"),
        ("Elizabeth", "Lizzie", "f"),
        ("Daniel", "Danny", "m"),
        ("Jennifer", "Jen", "f"),
        ("Matthew", "Matty", "m"),
        ("Victoria", "Vicky", "f"),
        ("Christopher", "Chris", "m"),
        ("Gemma", "", "f"),
        ("Craig", "", "m"),
        ("Hannah", "", "f"),
        ("William", "Will", "m"),
        ("Grace", "", "f"),
        ("Mark", "", "m"),
        ("Dawn", "", "f"),
        ("Frank", "", "m"),
        ("Joy", "", "f"),
    ],
    "scottish": [
        ("Alasdair", "Ali", "m"),
        ("Eilidh", "", "f"),
        ("Hamish", "", "m"),
        ("Morag", "", "f"),
        ("Callum", "Cal", "m"),
        ("Iona", "", "f"),
        ("Ewan", "", "m"),
        ("Kirsty", "", "f"),
    ],
    "irish": [
        ("Siobhan", "Shiv", "f"),
        ("Ciaran", "", "m"),
        ("Niamh", "", "f"),
        ("Padraig", "Paddy", "m"),
        ("Aoife", "", "f"),
        ("Declan", "Dec", "m"),
        ("Roisin", "", "f"),
        ("Eoin", "", "m"),
    ],
    "welsh": [
        ("Rhys", "", "m"),
        ("Cerys", "", "f"),
        ("Dafydd", "Dai", "m"),
        ("Angharad", "Angie", "f"),
        ("Gethin", "Geth", "m"),
        ("Rhiannon", "Rhi", "f"),
        ("Iwan", "", "m"),
        ("Carys", "", "f"),
    ],
    "polish": [
        ("Katarzyna", "Kasia", "f"),
        ("Wojciech", "Wojtek", "m"),
        ("Agnieszka", "Aga", "f"),
        ("Krzysztof", "Krzys", "m"),
        ("Malgorzata", "Gosia", "f"),
        ("Tomasz", "Tomek", "m"),
    ],
    "nigerian": [
        ("Chukwuemeka", "Emeka", "m"),
        ("Oluwaseun", "Seun", "m"),
        ("Ngozi", "", "f"),
        ("Adebayo", "Bayo", "m"),
        ("Folasade", "Sade", "f"),
        ("Chiamaka", "Amaka", "f"),
    ],
    "ghanaian": [
        ("Kwame", "", "m"),
        ("Akosua", "", "f"),
        ("Kofi", "", "m"),
        ("Abena", "", "f"),
        ("Yaw", "", "m"),
        ("Efua", "", "f"),
    ],
    "nepali": [
        ("Dilbahadur", "Dil", "m"),
        ("Bishnu", "", "m"),
        ("Kamal", "", "m"),
        ("Sita", "", "f"),
        ("Prakash", "", "m"),
        ("Sunita", "", "f"),
        ("Hikmat", "", "m"),
        ("Manisha", "", "f"),
    ],
    "fijian": [
        ("Semisi", "", "m"),
        ("Viliame", "Vili", "m"),
        ("Litia", "", "f"),
        ("Timoci", "Tim", "m"),
        ("Mereani", "Mere", "f"),
        ("Sakiusa", "Saki", "m"),
    ],
    "south_asian": [
        ("Imran", "", "m"),
        ("Ayesha", "", "f"),
        ("Harpreet", "Harps", "f"),
        ("Rajesh", "Raj", "m"),
        ("Priya", "", "f"),
        ("Mohammed", "Mo", "m"),
        ("Gurpreet", "Gurp", "m"),
        ("Farah", "", "f"),
    ],
    "caribbean": [
        ("Marcus", "", "m"),
        ("Shanice", "Shan", "f"),
        ("Delroy", "Del", "m"),
        ("Jermaine", "", "m"),
        ("Keisha", "", "f"),
        ("Winston", "Winnie", "m"),
    ],
    "chinese": [
        ("Wei", "", "m"),
        ("Mei", "", "f"),
        ("Jun", "", "m"),
        ("Xiaoling", "", "f"),
        ("Hao", "", "m"),
        ("Ling", "", "f"),
    ],
    "arabic": [
        ("Omar", "", "m"),
        ("Layla", "", "f"),
        ("Yusuf", "", "m"),
        ("Karim", "", "m"),
        ("Samira", "", "f"),
        ("Tariq", "", "m"),
    ],
    "dutch_german": [
        ("Pieter", "Piet", "m"),
        ("Anke", "", "f"),
        ("Dirk", "", "m"),
        ("Lotte", "", "f"),
        ("Friedrich", "Fritz", "m"),
        ("Johanna", "Jo", "f"),
    ],
}
SURNAMES = {
    "english": [
        "Hartley",
        "Pemberton",
        "Crossley",
        "Whitlock",
        "Ashworth",
        "Fenwick-Hall",
        "Lloyd-Jones",
        "Carter-Bowen",
        "Ashby-Smythe",
        "Brierley",
        "Tranter",
        "Mottram",
    ],
    "scottish": [
        "MacLeod",
        "McAllister",
        "MacKenzie",
        "McGregor",
        "Macdonald",
        "McInnes",
        "MacAulay",
        "McCrindle",
    ],
    "irish": ["O'Brien", "O'Sullivan", "O'Neill", "O'Donnell", "Kavanagh", "O'Shea", "Byrne"],
    "welsh": ["ap Rhys", "ab Owen", "Pritchard", "Llewellyn", "Vaughan", "Prosser", "ap Gwilym"],
    "polish": ["Kowalczyk", "Wisniewski", "Zielinski", "Nowak", "Wojcik", "Szymanska"],
    "nigerian": ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Okonkwo", "Eze"],
    "ghanaian": ["Mensah", "Asante", "Owusu", "Boateng", "Appiah", "Danquah"],
    "nepali": ["Gurung", "Rai", "Limbu", "Thapa", "Pun", "Tamang"],
    "fijian": ["Naivalu", "Ravouvou", "Koroi", "Waqanivalu", "Tuisowaqa", "Nakarawa"],
    "south_asian": ["Khan", "Hussain", "Patel", "Sandhu", "Chaudhry", "Sharma", "Iqbal"],
    "caribbean": ["Gayle", "Forbes", "Bailey", "Ferguson", "Clarke", "Campbell"],
    "chinese": ["Chen", "Wong", "Zhang", "Lam", "Cheung", "Liu"],
    "arabic": ["al-Hashimi", "el-Sayed", "al-Rashid", "Haddad", "el-Amin", "Mansour"],
    "dutch_german": ["van Dijk", "de Vries", "von Essen", "van der Merwe", "de Jong", "von Hagen"],
}
# Service nicknames, written in quotes after the person has been named.
NICKNAMES = [
    "Smudge",
    "Chalky",
    "Spud",
    "Dusty",
    "Taff",
    "Jock",
    "Bungle",
    "Tricky",
    "Scouse",
    "Geordie",
    "Shiner",
    "Nobby",
    "Spider",
    "Tug",
    "Dinger",
    "Lofty",
    "Brummie",
]
RANKS = {
    "army": [
        "Pte",
        "LCpl",
        "Cpl",
        "Sgt",
        "SSgt",
        "WO2",
        "WO1",
        "2Lt",
        "Lt",
        "Capt",
        "Maj",
        "Lt Col",
        "Brig",
    ],
    "navy": ["AB", "LH", "PO", "CPO", "Lt", "Lt Cdr", "Cdr"],
    "marines": ["Mne", "Cpl (RM)", "Sgt", "Capt"],
    "raf": ["SAC", "Cpl (RAF)", "Flt Lt", "Sqn Ldr", "Wg Cdr"],
}
POST_NOMINALS = {
    "army": ["MBE", "BEM", "MC"],
    "navy": ["RN", "MBE"],
    "marines": ["RM"],
    "raf": ["RAF", "MBE"],
}


@dataclass
class Person:
    key: str
    first: str
    dim: str
    sur: str
    sex: str
    rank: str
    service: str
    middle: str
    title: str
    nick: str
    mentions: int = 0

    def tokens(self) -> set[str]:
        words = {self.first.lower(), self.sur.lower(), *self.sur.lower().replace("-", " ").split()}
        return words | ({self.dim.lower()} if self.dim else set()) | {self.nick.lower()}


# --- values -------------------------------------------------------------------------------
STREETS = [
    "Kestrel Way",
    "Bramley Close",
    "Mons Road",
    "Ypres Crescent",
    "Sandpiper Drive",
    "Heather Avenue",
    "Quarry Lane",
    "Alma Terrace",
    "Larch Grove",
    "Harrier Road",
    "Tamar View",
    "Coronation Street",
    "Beacon Rise",
    "Orchard Mews",
    "Falkland Way",
]
TOWNS = [
    "Wigan",
    "Paisley",
    "Sunderland",
    "Barnsley",
    "Swansea",
    "Dundee",
    "Luton",
    "Hull",
    "Bolton",
    "Wrexham",
    "Coleraine",
    "Merthyr Tydfil",
    "Kirkcaldy",
    "Pokhara",
    "Suva",
    "Lagos",
    "Accra",
    "Walsall",
    "Rochdale",
    "Ballymena",
    "Stoke",
]
# Home towns abroad are said in answers and chats; a postal address names a UK town.
UK_TOWNS = [town for town in TOWNS if town not in {"Pokhara", "Suva", "Lagos", "Accra"}]
GARRISONS = [
    "Catterick",
    "Tidworth",
    "Bulford",
    "Aldershot",
    "Colchester",
    "Larkhill",
    "Warminster",
    "Brecon",
    "Lisburn",
    "Shorncliffe",
    "Lympstone",
]
BASES = [
    "Jellalabad Barracks",
    "Lucknow Barracks",
    "Picton Barracks",
    "Stonehouse Barracks",
    "RAF Brize Norton",
    "RAF Marham",
    "RNAS Culdrose",
    "HMNB Clyde",
    "Kinloss Barracks",
    "RAF Honington",
    "Merville Barracks",
    "Bourlon Barracks",
    "HMS Raleigh",
]
BASE_ABBREVIATIONS = [
    "CTCRM",
    "Brize",
    "Lossie",
    "ITC Catterick",
    "AFC Harrogate",
    "DSTL",
    "HMNB Devonport",
    "RNAS Yeovil",
]
UNITS = {
    "battalion": [
        "1 R WELSH",
        "2 RIFLES",
        "2 RGR",
        "3 PARA",
        "1 SCOTS",
        "4 SCOTS",
        "1 YORKS",
        "2 LANCS",
        "1 R IRISH",
        "1 IG",
        "2nd Battalion The Rifles",
        "1st Battalion The Royal Welsh",
        "3rd Battalion The Parachute Regiment",
    ],
    "regiment": [
        "32 Engineer Regiment",
        "Royal Scots Dragoon Guards",
        "Queen's Royal Hussars",
        "1 Regiment RLC",
        "the Royal Logistic Corps",
        "4 Regiment Army Air Corps",
        "Royal Tank Regiment",
    ],
    "commando": ["40 Commando", "42 Cdo", "45 Commando", "29 Cdo RA", "30 Cdo IX Gp"],
    "formation": [
        "3rd (UK) Division",
        "16 Air Assault Brigade",
        "7th Light Mechanised Brigade",
        "3 Commando Brigade",
        "1st (UK) Division",
    ],
    "ship": [
        "HMS Dragon",
        "HMS Somerset",
        "HMS Prince of Wales",
        "HMS Protector",
        "HMS Kent",
        "RFA Tidespring",
    ],
    "squadron": [
        "IX(B) Squadron",
        "617 Squadron",
        "II(AC) Sqn",
        "1 Squadron RAF Regiment",
        "99 Sqn",
        "28 Squadron",
    ],
}
OUTCODES = [
    "SP9",
    "SP4",
    "SP11",
    "DL9",
    "GU11",
    "CO2",
    "LD3",
    "PL1",
    "OX18",
    "IV31",
    "BA12",
    "YO41",
    "CT20",
    "EX8",
    "PE33",
    "TA1",
]
INCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
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
UNITS_WORDS = [
    "",
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
TENS_WORDS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
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
    21: "twenty-first",
    22: "twenty-second",
    23: "twenty-third",
    24: "twenty-fourth",
    25: "twenty-fifth",
    26: "twenty-sixth",
    27: "twenty-seventh",
    28: "twenty-eighth",
}

# --- decoys -------------------------------------------------------------------------------
DECOYS = {
    "role": [
        "my line manager",
        "the OC",
        "the padre",
        "the CO",
        "the RSM",
        "the welfare officer",
        "the CSM",
        "my boss",
        "the medic",
        "the chaplain",
        "the Adjt",
        "the unit GP",
    ],
    "rank": [
        "the sgt",
        "a corporal",
        "the Capt",
        "my Cpl",
        "the WO2",
        "a Flt Lt",
        "the LH",
        "the duty Sgt",
        "a young Pte",
        "the Lt Col",
    ],
    "product": [
        "WhatsApp",
        "Teams",
        "Signal",
        "Headspace",
        "SSAFA",
        "Combat Stress",
        "Togetherall",
        "Help for Heroes",
        "Op Courage",
        "JPA",
        "Facebook",
        "Calm",
    ],
    "count": [
        "3 tours",
        "2 kids",
        "12 years in",
        "6 weeks",
        "four tours",
        "two weeks",
        "22 years",
        "3 months",
        "nine months",
        "5 lads",
    ],
    "time": ["0600", "7pm", "1400", "half 8", "09:30", "2300", "10am"],
    "year": ["2019", "2014", "2022", "2008", "2011", "2024"],
    "money": ["£250", "£1,200", "50 quid", "£40", "a tenner", "£3k", "£75"],
    "place_word": [
        "the block",
        "the NAAFI",
        "the cookhouse",
        "the guardroom",
        "the med centre",
        "the mess",
        "back home",
        "the gym",
        "the QM's",
    ],
    "age_band": [
        "in my thirties",
        "25-34",
        "over 40s",
        "late twenties",
        "18-24",
        "mid forties",
        "under 25s",
    ],
    "service": ["the Army", "the RAF", "the Navy", "the Royal Marines", "the Corps", "the Mob"],
    "greet": ["Hi all", "Morning all", "Hello", "Hiya", "Good afternoon", "Evening all"],
    "signoff": ["Cheers", "Thanks", "Kind regards", "Many thanks", "Best wishes", "Ta"],
}
SYSTEM_LINES = [
    "<Media omitted>",
    "This message was deleted",
    "image omitted",
    "Missed voice call",
    "You deleted this message",
    "sticker omitted",
]
E2E = (
    "Messages and calls are end-to-end encrypted. No one outside of this chat, not even "
    "WhatsApp, can read or listen to them."
)
SPEAK = {
    "you": "u",
    "your": "ur",
    "because": "cos",
    "people": "ppl",
    "though": "tho",
    "before": "b4",
    "definitely": "definately",
    "a lot": "alot",
    "their": "thier",
    "tonight": "2nite",
    "to be honest": "tbh",
    "are": "r",
    "really": "rly",
    "don't know": "dunno",
    "thanks": "thx",
    "separate": "seperate",
    "going to": "gonna",
}
SPEAK_RE = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, SPEAK), key=len, reverse=True)) + r")\b"
)


@dataclass
class Doc:
    rng: random.Random
    style: str
    parts: list[str] = field(default_factory=list)
    length: int = 0
    spans: list[dict] = field(default_factory=list)
    decoys: list[dict] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    lower: bool = False
    textspeak: bool = False
    mentioned: set[str] = field(default_factory=set)
    used: set[str] = field(default_factory=set)

    def cased(self, value: str) -> str:
        return value.lower() if self.lower else value

    def add(self, value: str) -> None:
        """Filler text: cased, and in text-speak answers shortened and misspelt."""
        value = self.cased(value)
        if self.textspeak and self.rng.random() < 0.7:
            value = SPEAK_RE.sub(lambda m: SPEAK[m.group(1)], value)
        self.raw(value)

    def raw(self, value: str) -> None:
        self.parts.append(value)
        self.length += len(value)

    def span(self, value: str, kind: str, form: str, person: Person | None = None) -> None:
        value = self.cased(value)
        record = {"type": kind, "start": self.length, "end": self.length + len(value)}
        record["form"] = form
        if person is not None:
            record["entity"] = person.key
            person.mentions += 1
            if form not in {"typo", "nick"}:
                self.mentioned.add(person.key)
        self.spans.append(record)
        self.raw(value)

    def decoy(self, value: str, kind: str) -> None:
        value = self.cased(value)
        self.decoys.append({"start": self.length, "end": self.length + len(value), "kind": kind})
        self.raw(value)

    def text(self) -> str:
        return "".join(self.parts)

    def words(self) -> int:
        return len(self.text().split())

    def name_tokens(self) -> set[str]:
        return set().union(*(p.tokens() for p in self.people)) if self.people else set()

    def room(self, person: Person, needed: int = 1) -> bool:
        return person.mentions + needed <= MAX_MENTIONS


# --- casting ------------------------------------------------------------------------------
def cast(doc: Doc, count: int) -> list[Person]:
    """Draw people of many origins; no two share a first name, surname, diminutive or initials."""
    rng = doc.rng
    taken = doc.name_tokens()
    initials = {initials_of(p) for p in doc.people} | WORD_INITIALS
    while len(doc.people) < count:
        origin = rng.choice(sorted(FIRSTS))
        first, dim, sex = rng.choice(FIRSTS[origin])
        sur_origin = origin if rng.random() < 0.8 else rng.choice(sorted(SURNAMES))
        sur = rng.choice(SURNAMES[sur_origin])
        service = rng.choice(sorted(RANKS))
        person = Person(
            key=f"p{len(doc.people) + 1}",
            first=first,
            dim=dim,
            sur=sur,
            sex=sex,
            rank=rng.choice(RANKS[service]),
            service=service,
            middle=rng.choice("ABCDEFGHJKLMNPRSTW"),
            nick=rng.choice(NICKNAMES),
            title=(
                "Dr"
                if rng.random() < 0.1
                else "Mr"
                if sex == "m"
                else rng.choice(["Mrs", "Ms", "Miss"])
            ),
        )
        if person.tokens() & taken or initials_of(person) in initials:
            continue
        taken |= person.tokens()
        initials.add(initials_of(person))
        doc.people.append(person)
    return doc.people


# Bare initials that would spell a word are never drawn: "AM" or "IT" is not a label.
WORD_INITIALS = {
    "AM",
    "AN",
    "AS",
    "AT",
    "BE",
    "BY",
    "DO",
    "GO",
    "HE",
    "IF",
    "IN",
    "IS",
    "IT",
    "ME",
    "MY",
    "NO",
    "OF",
    "OK",
    "ON",
    "OR",
    "SO",
    "TO",
    "UP",
    "US",
    "WE",
    "HI",
    "OH",
    "PM",
    "TV",
    "MP",
    "GP",
    "PT",
    "RM",
    "RN",
    "CO",
    "OC",
}


def initials_of(person: Person) -> str:
    return person.first[0] + next(c for c in person.sur if c.isupper())


def typo_of(rng: random.Random, name: str) -> str:
    """A misspelling one edit away, keeping the first letter and length >= 4."""
    letters = list(name)
    spots = [
        i for i in range(1, len(letters) - 1) if letters[i].isalpha() and letters[i - 1].isalpha()
    ]
    i = rng.choice(spots)
    if rng.random() < 0.5:
        del letters[i]
    else:
        letters.insert(i, letters[i])
    return "".join(letters)


def mention(doc: Doc, person: Person, form: str) -> None:
    """Append one mention of ``person`` in ``form`` as a PERSON span."""
    rng = doc.rng
    if form == "any":
        form = pick_form(doc, person)
    if form == "dim" and not person.dim:
        form = "first"
    if form == "nick" and person.key not in doc.mentioned:
        form = "full"
    if form == "typo" and (
        person.key not in doc.mentioned or len(person.sur) < 5 or " " in person.sur
    ):
        form = "sur"
    if form == "full":
        value = f"{person.first} {person.sur}"
        if rng.random() < 0.12:
            value = value.upper()
    elif form == "first":
        value = person.first
    elif form == "sur":
        value = person.sur
    elif form == "dim":
        value = person.dim
    elif form == "rank":
        value = (
            f"{person.rank} {person.sur}"
            if rng.random() < 0.7
            else f"{person.rank} {person.first} {person.sur}"
        )
        if person.service == "army" and person.sur in SURNAMES["nepali"] and rng.random() < 0.4:
            value = f"{person.rank} {person.first}"
    elif form == "title":
        value = f"{person.title} {person.sur}"
    elif form == "init":
        value = rng.choice(
            [
                f"{person.first[0]}. {person.sur}",
                f"{person.first[0]} {person.sur}",
                initials_of(person),
                f"{person.first[0]} {person.middle} {person.sur.upper()}",
            ]
        )
    elif form == "surfirst":
        value = rng.choice(
            [f"{person.sur.upper()}, {person.first}", f"{person.sur}, {person.first}"]
        )
    elif form == "middle":
        value = f"{person.first} {person.middle}. {person.sur}"
    elif form == "short":
        value = f"{person.dim or person.first} {initials_of(person)[1]}"
    elif form == "typo":
        value = typo_of(rng, person.sur)
    elif form == "nick":
        value = person.nick
    else:
        raise ValueError(form)
    doc.span(value, "PERSON", form, person)


def pick_form(doc: Doc, person: Person) -> str:
    """A first mention names the person in full (or by rank or title); later ones vary."""
    rng = doc.rng
    if person.key not in doc.mentioned:
        return rng.choices(["full", "rank", "title", "middle", "surfirst"], [5, 3, 2, 1, 1])[0]
    forms = ["first", "sur", "dim", "rank", "title", "init", "short", "typo", "full"]
    weights = [8, 4, 4, 4, 2, 2, 2 if doc.style == "chat" else 0, 5, 2]  # "Dave S" is a chat name
    return rng.choices(forms, weights)[0]


# --- value writers ------------------------------------------------------------------------
def number_words(n: int) -> str:
    if n < 20:
        return UNITS_WORDS[n]
    tens, unit = divmod(n, 10)
    return TENS_WORDS[tens] + (f"-{UNITS_WORDS[unit]}" if unit else "")


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng: random.Random) -> str:
    body = rng.choice("45789") + digits(rng, 8)
    mobile = "07" + body
    return rng.choice(
        [
            f"{mobile[:5]} {mobile[5:]}",
            mobile,
            f"+44 {mobile[1:5]} {mobile[5:]}",
            f"+44{mobile[1:]}",
            f"{mobile[:5]}-{mobile[5:8]}-{mobile[8:]}",
            f"+44 (0){mobile[1:5]} {mobile[5:8]} {mobile[8:]}",
            f"01{rng.choice('2345689')}{digits(rng, 2)} {digits(rng, 6)}",
        ]
    )


def service_number(rng: random.Random) -> str:
    value = (
        rng.choice(["25", "30", "24"]) + digits(rng, 6)
        if rng.random() < 0.75
        else "5" + digits(rng, 5)
    )
    return f"{value[:4]} {value[4:]}" if len(value) == 8 and rng.random() < 0.2 else value


def ni_number(rng: random.Random) -> str:
    while True:
        prefix = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if prefix not in {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}:
            break
    body = digits(rng, 6)
    suffix = rng.choice("ABCD")
    return rng.choice(
        [
            f"{prefix} {body[:2]} {body[2:4]} {body[4:]} {suffix}",
            f"{prefix}{body}{suffix}",
            f"{prefix.lower()}{body}{suffix.lower()}",
            f"{prefix} {body} {suffix}",
        ]
    )


def nhs_number(rng: random.Random) -> str:
    while True:
        body = [rng.randrange(10) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(body, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            break
    value = "".join(map(str, body)) + str(check)
    return rng.choice(
        [
            f"{value[:3]} {value[3:6]} {value[6:]}",
            value,
            f"{value[:3]}-{value[3:6]}-{value[6:]}",
            f"{value[:3]} {value[3:7]} {value[7:]}",
        ]
    )


def postcode(rng: random.Random) -> str:
    outward = rng.choice(OUTCODES)
    inward = rng.choice("123456789") + rng.choice(INCODE_LETTERS) + rng.choice(INCODE_LETTERS)
    return rng.choices(
        [
            f"{outward} {inward}",
            f"{outward}{inward}",
            f"{outward}  {inward}",
            f"{outward.lower()} {inward.lower()}",
            f"{outward.capitalize()} {inward.lower()}",
        ],
        [6, 2, 1, 2, 1],
    )[0]


def street(rng: random.Random) -> str:
    road = rng.choice(STREETS)
    return rng.choice(
        [
            f"{rng.randint(1, 120)} {road}",
            f"Flat {rng.randint(1, 12)}, {rng.randint(2, 80)} {road}",
            f"{rng.randint(1, 60)}{rng.choice('ab')} {road}",
        ]
    )


def email(rng: random.Random, person: Person) -> str:
    first = re.sub(r"[^a-z]", "", person.first.lower())
    sur = re.sub(r"[^a-z]", "", person.sur.lower())
    return rng.choice(
        [
            f"{first}.{sur}{rng.randint(100, 999)}@mod.gov.uk",
            f"{first[0]}{sur}@hotmail.co.uk",
            f"{(person.dim or first).lower()}_{sur[:1]}{rng.randint(80, 99)}@gmail.com",
            f"{sur}.{first[0]}@outlook.com",
        ]
    )


def dob(rng: random.Random) -> tuple[str, str]:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1968, 2006)
    if rng.random() < 0.5:
        return "digits", rng.choice(
            [
                f"{day:02d}/{month:02d}/{year}",
                f"{day}/{month}/{year % 100:02d}",
                f"{day:02d}.{month:02d}.{year % 100:02d}",
                f"{day:02d}{month:02d}{year % 100:02d}",
                f"{year}-{month:02d}-{day:02d}",
            ]
        )
    name = MONTHS[month - 1]
    return "words", rng.choice(
        [
            f"{day} {name} {year}",
            f"{day}th {name[:3].lower()} {year % 100:02d}",
            f"the {ORDINALS[day]} of {name} {year}",
            f"{name} {day}, {year}",
            f"{day}-{name[:3]}-{year % 100:02d}",
        ]
    )


def a_date(rng: random.Random) -> str:
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice(
        [f"{day:02d}/{month:02d}/2026", f"{day} {MONTHS[month - 1]} 2026", f"{day}/{month}/26"]
    )


def a_ref(rng: random.Random) -> str:
    return rng.choice(
        [
            f"2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-HR",
            f"WEL/2026/{digits(rng, 4)}",
            f"1RW/G1/{digits(rng, 3)}",
            f"AWS-{digits(rng, 5)}",
            f"D/HR/{digits(rng, 2)}/{digits(rng, 3)}",
        ]
    )


# --- the template renderer ----------------------------------------------------------------
TOKEN = re.compile(r"\{([A-D])(?:\.(\w+))?\}|\{(\w+)\}|\[\[([^|\]]+)\|(\w+)\]\]")


def slots_needed(template: str) -> Counter[str]:
    return Counter(m.group(1) for m in TOKEN.finditer(template) if m.group(1))


def render(doc: Doc, template: str, cast_for: dict[str, Person]) -> None:
    """Append ``template``: {A.form} people, {value} identifiers, [[text|kind]] decoys."""
    at = 0
    for match in TOKEN.finditer(template):
        if match.start() > at:
            doc.add(template[at : match.start()])
        at = match.end()
        if match.group(1):
            person, form = cast_for[match.group(1)], match.group(2) or "any"
            if person.key in doc.mentioned and doc.rng.random() < 0.3:
                form = "any"  # a template's form is a default; people vary how they refer
            mention(doc, person, form)
        elif match.group(3):
            value_token(doc, match.group(3))
        else:
            literal, kind = match.group(4), match.group(5)
            if kind == "word" and literal.lower() in doc.name_tokens():
                doc.add(literal)
            else:
                doc.decoy(literal, kind)
    if at < len(template):
        doc.add(template[at:])


def value_token(doc: Doc, name: str) -> None:
    rng = doc.rng
    if name in DECOYS:
        doc.decoy(rng.choice(DECOYS[name]), name)
    elif name == "date":
        doc.decoy(a_date(rng), "date")
    elif name == "ref":
        doc.decoy(a_ref(rng), "ref")
    elif name == "age":
        doc.span(str(rng.randint(18, 58)), "AGE", "digits")
    elif name == "agew":
        doc.span(number_words(rng.randint(18, 58)), "AGE", "words")
    elif name == "kidage":
        doc.span(str(rng.randint(2, 16)), "AGE", "digits")
    elif name == "dob":
        form, value = dob(rng)
        doc.span(value, "DATE_OF_BIRTH", form)
    elif name == "phone":
        doc.span(phone(rng), "PHONE", "digits")
    elif name == "svc":
        doc.span(service_number(rng), "SERVICE_NUMBER", "digits")
    elif name == "ni":
        doc.span(ni_number(rng), "NI_NUMBER", "digits")
    elif name == "nhs":
        doc.span(nhs_number(rng), "NHS_NUMBER", "digits")
    elif name == "pc":
        doc.span(postcode(rng), "POSTCODE", "plain")
    elif name == "addr":
        doc.span(street(rng), "ADDRESS", "street")
    elif name == "postal":  # a postcode as a letter prints it
        doc.span(postcode(rng).upper().replace("  ", " "), "POSTCODE", "plain")
    elif name == "uktown":
        doc.span(rng.choice(UK_TOWNS), "LOCATION", "town")
    elif name == "town":
        doc.span(rng.choice(TOWNS), "LOCATION", "town")
    elif name == "garrison":
        doc.span(rng.choice(GARRISONS), "BASE", "garrison")
    elif name == "base":
        doc.span(rng.choice(BASES), "BASE", "base")
    elif name == "babbr":
        doc.span(rng.choice(BASE_ABBREVIATIONS), "BASE", "abbreviation")
    elif name == "anybase":
        value_token(doc, rng.choice(["garrison", "base", "babbr"]))
    elif name == "unit":
        form = rng.choice(sorted(UNITS))
        doc.span(rng.choice(UNITS[form]), "UNIT", form)
    elif name == "email":
        doc.span(
            email(rng, rng.choice(doc.people) if doc.people else cast(doc, 1)[0]), "EMAIL", "plain"
        )
    elif name == "emoji":
        doc.raw(rng.choice(["😂", "👍", "🙏", "❤️", "🤣", "😬", "💪", "🍻", "😢"]))
    else:
        raise KeyError(name)


def fill(doc: Doc, templates: list[str], exclude: tuple[Person, ...] = (), tries: int = 8) -> bool:
    """Render one template whose people all have room for their mentions; False if none fit."""
    rng = doc.rng
    for _ in range(tries):
        template = rng.choice([t for t in templates if t not in doc.used] or templates)
        needed = slots_needed(template)
        free = [p for p in doc.people if p not in exclude]
        rng.shuffle(free)
        chosen: dict[str, Person] = {}
        for slot, count in sorted(needed.items()):
            person = next(
                (p for p in free if doc.room(p, count) and p not in chosen.values()), None
            )
            if person is None:
                break
            chosen[slot] = person
        else:
            render(doc, template, chosen)
            doc.used.add(template)
            return True
    return False


# --- chat ---------------------------------------------------------------------------------
CHAT = [
    "anyone seen {A.first}? {A.dim} said he'd be at {place_word} by {time}",
    "@{A.first} u coming tonight or what {emoji}",
    "{A.first}s car is still parked outside {place_word} lol",
    "cheers {A.first} {emoji}",
    "{A.dim} you absolute legend",
    "lol {A.short} is never gonna live that down",
    "{A.first}'s leaving do is friday at the {garrison} mess, {money} a head",
    "does anyone have {A.first}s number? think its {phone}",
    "new number lads, save it: {phone}",
    "moved into {addr} finally, {pc} if ur sending anything {emoji}",
    "just heard {A.rank} is posted to {unit} at {anybase}",
    "{A.first} turned {age} on sat and still cant handle a pint",
    "happy birthday {A.dim}!! {age} today {emoji}",
    "happy birthday {A.first}, {agew} today x",
    "my lad is {kidage} next week and wants a party at {place_word} {emoji}",
    "{A.rank} wants everyone on parade at {time}, no excuses",
    "[[the sgt|rank]] says kit inspection moved to {time}",
    "did {A.first} and {B.first} ever sort out the {money} for the minibus",
    "back from {town} now, {count} away felt like forever",
    "spoke to [[the padre|role]], he was sound about it tbh",
    "anyone else get the email from {A.title} about the welfare day on {date}?",
    "{A.full} added you to the {product} group",
    "i [[hope|word]] {A.first} is ok, not heard from him since {year}",
    "{A.init} said he'll bring the bbq",
    "{A.full} is on leave till {date}, {A.init} back after that",
    "thanks for the lift {A.first}",
    "{A.full} from {unit}?? mad, i was in training with him at {babbr}",
    "gonna be in {town} for {count}, anyone about?",
    "tell {A.dim} i said congrats, {A.first} deserves it",
    "we [[will|word]] see, my shift finishes at {time}",
    "sorry lads, [[mark|word]] me down as a no for sat",
    "his email is {email} if anyone needs it",
    "{A.rank} from {base} rang me, need to call back on {phone}",
    "is {A.dim} still at {garrison}? thought he went to {unit}",
    "just a reminder to use {product} if ur struggling, no shame in it",
    "£20 says {A.first} is late again",
    "{A.first}",
    "{rank} was asking for u at {time}",
    'everyone calls {A.first} "{A.nick}" lol, since {babbr}',
    '{A.full} aka "{A.nick}" is back from {town} {emoji}',
    'did "{A.nick}" ever pay u back the {money}? ({A.first} {emoji})',
    "{greet}, {time} tomorrow at {place_word}, bring {money}",
    "{greet} lads, {A.first} is {agew} on friday, drinks at {place_word}",
    "his daughter is {agew} now can u believe it",
    "{A} said she's {agew} next month, surprise do at {town}",
]
CHAT_QUOTES = [
    "see u there",
    "who's driving?",
    "can't make it sorry",
    "nice one",
    "on my way",
    "what time is it kicking off",
    "anyone got a spare charger",
]
SIGNATURES = [
    "{A.rank}\n{unit}\n{anybase}\nMob: {phone}\n{email}",
    "{A.init}\nWelfare Office, {unit}\nTel: {phone}",
    "{A.middle}\n{product} volunteer\n{email}",
]
FORWARDED = [
    "Please pass to all members of {unit}: the welfare day is on {date} at {time} in {place_word}.",
    "Families day at {anybase} on {date}. Bring ID. Queries to the welfare office.",
    "Reminder: {product} is free for serving personnel and veterans.",
]


def chat_doc(doc: Doc) -> None:
    rng = doc.rng
    platform = rng.choice(["whatsapp", "android", "signal", "teams"])
    people = cast(doc, rng.randint(3, 5))
    labels = {
        p.key: rng.choices(
            ["full", "short", "tilde", "first", "dim", "phone", "caps", "surfirst"],
            [3, 3, 1, 2, 1, 2, 1, (2 if platform == "teams" else 0)],
        )[0]
        for p in people
    }
    phones = {
        p.key: rng.choice([f"+44 7{digits(rng, 3)} {digits(rng, 6)}", f"+44 7{digits(rng, 9)}"])
        for p in people
    }
    day = rng.randint(1, 27)
    month = rng.randint(1, 12)
    minute = rng.randint(6 * 60, 20 * 60)
    if platform in {"whatsapp", "android"} and rng.random() < 0.7:
        stamp(doc, platform, day, month, minute)
        doc.decoy(E2E, "system")
        doc.raw("\n")
    messages = rng.randint(8, 24)
    for _ in range(messages):
        senders = [p for p in people if labels[p.key] == "phone" or doc.room(p)]
        if not senders:
            break
        sender = rng.choice(senders)
        minute += rng.randint(0, 40)
        stamp(doc, platform, day, month, minute)
        display(doc, sender, labels[sender.key], phones[sender.key], platform, minute)
        doc.lower = rng.random() < 0.6
        doc.textspeak = doc.lower
        chat_body(doc, sender)
        doc.lower = doc.textspeak = False
        doc.raw("\n")
    if rng.random() < 0.3:
        leaver = rng.choice(people)
        stamp(doc, platform, day, month, minute + 5)
        if labels[leaver.key] == "phone":
            doc.span(phones[leaver.key], "PHONE", "digits")
        elif doc.room(leaver):
            mention(doc, leaver, "full")
        else:
            doc.add("You")
        doc.add(" left\n")


def stamp(doc: Doc, platform: str, day: int, month: int, minute: int) -> None:
    hour, mins = divmod(minute % (24 * 60), 60)
    date = f"{day:02d}/{month:02d}/2026" if platform != "signal" else f"2026-{month:02d}-{day:02d}"
    clock = f"{hour:02d}:{mins:02d}"
    if platform == "teams":
        return
    doc.raw("[" if platform in {"whatsapp", "signal"} else "")
    doc.decoy(date, "date")
    doc.raw(", " if platform != "signal" else " ")
    doc.decoy(clock, "time")
    doc.raw("] " if platform in {"whatsapp", "signal"} else " - ")


def display(doc: Doc, person: Person, label: str, number: str, platform: str, minute: int) -> None:
    """The sender as the app shows them: a name in some form, or their phone number."""
    if label == "phone":
        doc.span(number, "PHONE", "digits")
    elif label == "tilde":
        doc.raw("~ ")
        doc.span(person.dim or person.first, "PERSON", "dim" if person.dim else "first", person)
        doc.raw(" ~")
    elif label == "caps":
        doc.span(f"{person.first} {person.sur}".upper(), "PERSON", "full", person)
    elif label == "surfirst":
        doc.span(f"{person.sur}, {person.first}", "PERSON", "surfirst", person)
        if person.rank.isalpha():
            doc.raw(f" ({person.rank})")
    else:
        mention(doc, person, label)
    if platform == "teams":
        hour, mins = divmod(minute % (24 * 60), 60)
        doc.raw("  ")
        doc.decoy(f"{hour:02d}:{mins:02d}", "time")
        doc.raw("\n")
    else:
        doc.raw(": ")


def chat_body(doc: Doc, sender: Person) -> None:
    rng = doc.rng
    roll = rng.random()
    if roll < 0.07:
        doc.decoy(rng.choice(SYSTEM_LINES), "system")
    elif roll < 0.15:
        quoted = [p for p in doc.people if p is not sender and doc.room(p)]
        if quoted:
            doc.raw("> ")
            mention(doc, rng.choice(quoted), rng.choice(["first", "short", "full"]))
            doc.add(f": {rng.choice(CHAT_QUOTES)}\n")
        fill(doc, CHAT, exclude=(sender,))
    elif roll < 0.21:
        doc.add("Forwarded\n")
        fill(doc, FORWARDED)
        doc.raw("\n--\n")
        if not fill(doc, SIGNATURES, exclude=(sender,)):
            doc.add("Welfare Office")
    elif not fill(doc, CHAT, exclude=(sender,)):
        doc.add(rng.choice(["ok", "👍", "same", "nice one", "on it"]))


# --- notes --------------------------------------------------------------------------------
FIELDS = {
    "unit": "Unit: {unit}",
    "base": "Location: {anybase}",
    "dob": "DOB: {dob}",
    "age": "Age: {age}",
    "svc": "Service No: {svc}",
    "contact": "Contact: {phone}",
    "email": "Email: {email}",
    "address": "Address: {addr}, {uktown}, {pc}",
    "ni": "NI: {ni}",
    "nhs": "NHS No: {nhs}",
    "home": "Home town: {town}",
}
BULLETS = [
    "spoke w/ {A.rank} re housing, says SFA at {garrison} not sorted",
    "c/o {A.title}, {addr}, {pc}",
    "NOK: {A.full} (wife) {phone}",
    "NOK {A.full} - mum - lives in {town}",
    "mtg @ {time} w/ [[the OC|role]], agreed {count} light duties",
    "{A.first} ({age}) struggling since return from {town}",
    "refd to {product}; {A.init} to follow up",
    "kids {kidage} and {kidage}, wife works at {place_word}",
    "owes approx {money}, [[SSAFA|product]] grant applied for",
    "posted to {unit} in {year}, {count}",
    "ex-{unit}, left {service} {year}",
    "tel {A.first} on {phone} after {time}",
    "{A.rank} ({unit}) to be informed",
    "[[the padre|role]] visited {date}",
    "{rank} present at interview",
    "seen by {A.title} at [[the med centre|place_word]]; NHS no {nhs}",
    "age band {age_band}, not exact",
    "{A.surfirst} - {age} yrs - {unit}",
    "email from {A.first} @ {email}",
    "[[hope|word]] to re-visit in [[two weeks|count]]",
    "says partner {A.first} is {agew}, no kids",
]
TABLE_HEAD = "| Name | Rank | Unit | Age |\n|---|---|---|---|\n"
CSV_HEAD = "surname,first_name,rank,unit,age\n"


def notes_doc(doc: Doc) -> None:
    rng = doc.rng
    people = cast(doc, rng.randint(3, 6))
    subject = people[0]
    doc.add(
        rng.choice(
            [
                "Welfare visit notes",
                "Field notes",
                "Interview log",
                "Welfare referral form",
                "Case review",
                "Research visit",
            ]
        )
    )
    doc.raw(" - ")
    doc.decoy(a_date(rng), "date")
    if rng.random() < 0.6:
        doc.add("\nRef: ")
        doc.decoy(a_ref(rng), "ref")
    doc.raw("\n\n")
    name_field(doc, subject)
    keys = rng.sample(sorted(FIELDS), rng.randint(4, 9))
    for key in keys:
        render(doc, FIELDS[key], {})
        doc.raw("\n")
    if rng.random() < 0.5 and len(people) > 1:
        doc.add("NOK: ")
        nok = people[1]
        mention(doc, nok, rng.choice(["full", "title", "middle"]))
        doc.add(f" ({rng.choice(['wife', 'husband', 'partner', 'mum', 'dad', 'sister'])}), ")
        value_token(doc, "phone")
        doc.raw("\n")
    doc.raw("\n")
    doc.add(rng.choice(["Notes:", "Summary", "Actions", "Observations:"]) + "\n")
    for _ in range(rng.randint(3, 8)):
        doc.raw(rng.choice(["- ", "* ", "• "]))
        if not fill(doc, BULLETS, exclude=(subject,) if rng.random() < 0.5 else ()):
            doc.add("no further action")
        doc.raw("\n")
    layout = rng.random()
    if layout < 0.35:
        doc.raw("\n")
        doc.add(TABLE_HEAD)
        table_rows(doc, subject)
    elif layout < 0.6:
        doc.raw("\n")
        doc.add(CSV_HEAD)
        csv_rows(doc, subject)
    if rng.random() < 0.5 and doc.room(subject):
        doc.add("\nNext visit ")
        doc.decoy(a_date(rng), "date")
        doc.add(" - ")
        mention(doc, subject, rng.choice(["first", "rank", "init"]))
        doc.add(" aware.\n")


def name_field(doc: Doc, subject: Person) -> None:
    rng = doc.rng
    kind = rng.choice(["name", "rankname", "caps", "surfirst"])
    if kind == "name":
        doc.add("Name: ")
        mention(doc, subject, rng.choice(["full", "middle"]))
    elif kind == "rankname":
        doc.add("Rank/Name: ")
        mention(doc, subject, "rank")
    elif kind == "caps":
        doc.add("NAME: ")
        doc.span(f"{subject.first} {subject.sur}".upper(), "PERSON", "full", subject)
    else:
        doc.add("Name (SURNAME, First): ")
        doc.span(f"{subject.sur.upper()}, {subject.first}", "PERSON", "surfirst", subject)
    doc.raw("\n")


def table_rows(doc: Doc, subject: Person) -> None:
    rng = doc.rng
    for person in [p for p in doc.people if p is not subject and doc.room(p)][:4]:
        doc.raw("| ")
        mention(doc, person, rng.choice(["full", "surfirst", "init"]))
        doc.raw(f" | {person.rank} | ")
        value_token(doc, "unit")
        doc.raw(" | ")
        value_token(doc, "age")
        doc.raw(" |\n")


def csv_rows(doc: Doc, subject: Person) -> None:
    rng = doc.rng
    for person in [p for p in doc.people if p is not subject and doc.room(p, 2)][:4]:
        doc.span(person.sur.upper() if rng.random() < 0.3 else person.sur, "PERSON", "sur", person)
        doc.raw(",")
        doc.span(person.first, "PERSON", "first", person)
        doc.raw(f",{person.rank},")
        value_token(doc, "unit")
        doc.raw(",")
        value_token(doc, "age")
        doc.raw("\n")


# --- letters ------------------------------------------------------------------------------
LETTER_BODY = [
    "I am writing on behalf of {A.rank} regarding your application of {date}.",
    "Further to our telephone conversation on {date}, I can confirm that your service number {svc} "
    "has been passed to the pensions team.",
    "Our records show a date of birth of {dob}; please tell us if this is not correct.",
    "{A.title} has asked me to confirm that the grant of {money} was approved on {date}.",
    "Please contact {A.full} on {phone} or at {email} if you have any questions.",
    "Your NI number ({ni}) and NHS number ({nhs}) were given on the form.",
    "I understand you served with {unit} at {anybase} from {year} until {year}.",
    "As you are now {age}, you are eligible for the resettlement package.",
    "The welfare office at {garrison} is open from {time}, Monday to Friday.",
    "{A.full} from {product} will visit you at home in the week of {date}.",
    "Thank you for your letter of {date} about your son, who is {kidage}.",
    "I have spoken to [[the CO|role]] and to {A.rank}, who both support the request.",
    "I would [[hope|word]] to resolve this within {count}.",
    "Enclosed is a copy of the report by {A.title} of {base}.",
    "I note that you moved from {town} to {addr}, {pc} after leaving {service}.",
]
SIGNATURE_LINES = [
    "Officer Commanding",
    "Welfare Officer",
    "Adjutant",
    "Unit Welfare Officer",
    "Families Officer",
    "Chief of Staff",
    "Padre",
]


def letters_doc(doc: Doc) -> None:
    rng = doc.rng
    people = cast(doc, rng.randint(3, 5))
    author, addressee = people[0], people[1]
    is_email = rng.random() < 0.4
    if is_email:
        email_header(doc, author, addressee)
    else:
        letterhead(doc)
        addressee_block(doc, addressee)
    doc.add("Dear ")
    mention(doc, addressee, "title" if not is_email or rng.random() < 0.5 else "first")
    doc.raw(",\n\n")
    for index in range(rng.randint(2, 5)):
        if index:
            doc.raw(" " if rng.random() < 0.5 else "\n\n")
        if not fill(doc, LETTER_BODY, exclude=(author, addressee)):
            render(doc, "I would be grateful for a reply by {date}.", {})
    doc.raw("\n\n")
    doc.decoy(
        rng.choice(["Yours sincerely", "Yours faithfully", "Kind regards", "Regards"]), "signoff"
    )
    doc.raw(",\n\n")
    signature_block(doc, author)
    others = [p for p in people[2:] if doc.room(p)]
    if others and rng.random() < 0.6:
        doc.add("\n\ncc:\n")
        for person in others:
            doc.raw("  ")
            mention(doc, person, rng.choice(["rank", "init", "full"]))
            doc.add(f", {rng.choice(['Adjt', 'RSM', 'UWO', 'OC HQ Coy', 'SO2 Pers'])}\n")
        doc.add("  File")


def letterhead(doc: Doc) -> None:
    rng = doc.rng
    if rng.random() < 0.7:
        doc.add(rng.choice(["Headquarters ", "HQ ", ""]))
        value_token(doc, "unit")
        doc.raw("\n")
        value_token(doc, "base")
        doc.raw("\n")
        value_token(doc, "garrison")
    else:
        doc.add(
            rng.choice(["Veterans Welfare Service", "Army Welfare Service", "Unit Welfare Office"])
        )
        doc.raw("\n")
        value_token(doc, "addr")
        doc.raw("\n")
        value_token(doc, "uktown")
    doc.raw("\n")
    value_token(doc, "postal")
    doc.add("\n\nOur ref: ")
    doc.decoy(a_ref(rng), "ref")
    doc.raw("\n")
    doc.add("Date: ")
    doc.decoy(a_date(rng), "date")
    doc.raw("\n\n")


def addressee_block(doc: Doc, addressee: Person) -> None:
    rng = doc.rng
    doc.add(addressee.title + " ")
    doc.span(
        rng.choice(
            [f"{addressee.first[0]} {addressee.sur}", f"{addressee.first[0]}. {addressee.sur}"]
        ),
        "PERSON",
        "init",
        addressee,
    )
    doc.raw("\n")
    value_token(doc, "addr")
    doc.raw("\n")
    value_token(doc, "uktown")
    doc.raw("\n")
    value_token(doc, "postal")
    doc.raw("\n\n")


def email_header(doc: Doc, author: Person, addressee: Person) -> None:
    rng = doc.rng
    doc.add("From: ")
    doc.span(f"{author.sur.upper()}, {author.first}", "PERSON", "surfirst", author)
    doc.add(" <")
    doc.span(email(rng, author), "EMAIL", "plain")
    doc.add(">\nSent: ")
    doc.decoy(a_date(rng), "date")
    doc.raw(" ")
    doc.decoy(f"{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}", "time")
    doc.add("\nTo: ")
    mention(doc, addressee, "full")
    doc.add(" <")
    doc.span(email(rng, addressee), "EMAIL", "plain")
    doc.add(">\nSubject: ")
    doc.add(
        rng.choice(["Welfare grant", "Your enquiry", "RE: housing", "FW: pension query", "Visit"])
    )
    doc.add(" (ref ")
    doc.decoy(a_ref(rng), "ref")
    doc.add(")\n\n")


def signature_block(doc: Doc, author: Person) -> None:
    rng = doc.rng
    style = rng.choice(["caps", "rank", "init", "full"])
    if style == "caps":
        doc.span(
            f"{author.first[0]} {author.middle} {author.sur.upper()}", "PERSON", "init", author
        )
    elif style == "rank":
        doc.span(f"{author.rank} {author.first[0]}. {author.sur}", "PERSON", "rank", author)
    else:
        mention(doc, author, "full" if style == "full" else "init")
    if rng.random() < 0.5:
        doc.raw(" " + rng.choice(POST_NOMINALS[author.service]))
    doc.raw("\n")
    doc.add(rng.choice(SIGNATURE_LINES))
    doc.raw("\n")
    value_token(doc, "unit")
    doc.add("\nTel: ")
    value_token(doc, "phone")
    doc.add("\nEmail: ")
    doc.span(email(rng, author), "EMAIL", "plain")


# --- survey2 ------------------------------------------------------------------------------
QUESTIONS = {
    "What helped most?": [
        "honestly my line manager {A.rank} was brilliant, checked in every week",
        "talking to {A.first} from {unit}, we were at {anybase} together",
        "the padre at {garrison} {A.title} just listened",
        "{product} and getting out on the bike",
        "my wife {A.first} and the kids ({kidage} and {kidage})",
        "{A.full} in the welfare office, she sorted the housing at {addr} {pc}",
        "moving back to {town} to be near my mum",
        "[[the medic|role]] at [[the med centre|place_word]] got me seen quick",
        "being posted to {unit} after {count} on the ships",
        "{A.dim} my oppo, hes been through it too",
        '{A.full} ("{A.nick}" to everyone) kept me going',
        '"{A.nick}" - {A.first} - from {unit}, he rang every week',
        "not sure tbh, time mostly",
    ],
    "Who did you talk to?": [
        "{A.rank} and then {B.title} at the med centre",
        "my mate {A.full}, we joined up together at {agew}",
        "Dr {B.sur} (GP) - her number is {phone}",
        "nobody at first. then [[the padre|role]] and {A.first}",
        "my sister {A.first}, shes {age} and a nurse in {town}",
        "{A.init} from the unit welfare team",
        "my dad, he was {service} too",
        "[[the sgt|rank]] and the lads in {place_word}",
        "{A.first}s wife {B.first} was a massive help",
        "welfare at {anybase}, spoke to {A.rank} twice",
    ],
    "Anything else?": [
        "im {age} and have done {count}, nobody asks how we are",
        "i was {age} when i joined and {agew} when i left",
        "please dont share my details, my dob is {dob} and service no {svc} so you can find me",
        "contact me on {phone} or {email}",
        "live at {addr} {pc} if anyone wants to follow up",
        "my NI is {ni} for the claim",
        "NHS no {nhs} for the referral",
        "im from {town} originally, now at {garrison}",
        "{A.full} should get a mention, she went above and beyond",
        "the whole of {unit} was let down after {year}",
        "housing at {base} is a disgrace",
        "i [[hope|word]] this goes somewhere",
        "thanks to {A.first}",
        "{A.rank} ({unit}) was the only one who cared",
        "im in the {age_band} bracket if that matters",
        "spent {money} on counselling myself",
        "{rank} on the desk was no help at all",
        "{greet}, i was only {agew} when i deployed with {unit}",
        "my boy is {agew} and asks about it",
        "{agew} years old and binned off after {count}",
    ],
}
ONE_LINERS = ["no", "N/A", "nothing", "all good ta", "no thanks", "-", "not really", "nope, cheers"]


def survey2_doc(doc: Doc) -> None:
    rng = doc.rng
    cast(doc, rng.randint(2, 4))
    question = rng.choice(sorted(QUESTIONS))
    doc.raw(
        rng.choice([f"Q: {question}\nA: ", f"{question}\n", f"Q{rng.randint(1, 12)}. {question}\n"])
    )
    doc.lower = rng.random() < 0.5
    doc.textspeak = doc.lower and rng.random() < 0.7
    if rng.random() < 0.08:
        doc.add(rng.choice(ONE_LINERS))
        return
    target = rng.choice([rng.randint(3, 20), rng.randint(15, 60), rng.randint(50, 120)])
    pool = QUESTIONS[question] + QUESTIONS["Anything else?"] * (question != "Anything else?")
    first = True
    while doc.words() < target:
        if not first:
            doc.add(rng.choice([". ", ", ", " and ", "\n", " ", ". also "]))
        first = False
        if not fill(doc, pool):
            break
    if not doc.lower and doc.words() > 1:
        doc.raw(".")
    if rng.random() < 0.15:
        doc.add(rng.choice([" ", "\n", " - "]))
        doc.decoy(rng.choice(DECOYS["signoff"]), "signoff")


# --- the corpus ---------------------------------------------------------------------------
WRITERS = {"chat": chat_doc, "notes": notes_doc, "letters": letters_doc, "survey2": survey2_doc}


def document(rng: random.Random, number: int, style: str) -> dict:
    doc = Doc(rng=rng, style=style)
    WRITERS[style](doc)
    text = doc.text()
    assert all(p.mentions <= MAX_MENTIONS for p in doc.people)
    assert not (style == "survey2" and len(text.split()) > 150), number
    return {
        "id": f"dev6-{number:04d}",
        "style": style,
        "format": "txt",
        "text": text,
        "spans": doc.spans,
        "decoys": doc.decoys,
    }


def build() -> str:
    rng = random.Random(SEED)
    lines = []
    for index in range(PER_STYLE * len(STYLES)):
        record = document(rng, index + 1, STYLES[index % len(STYLES)])
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return "\n".join(lines) + "\n"


def table(title: str, counts: Counter[str]) -> list[str]:
    rows = [f"| {title} | count |", "|---|---|"]
    rows += [f"| {key} | {counts[key]} |" for key in sorted(counts)]
    return [*rows, f"| total | {sum(counts.values())} |", ""]


def stats(text: str) -> str:
    docs = [json.loads(line) for line in text.splitlines()]
    people = Counter((d["id"], s["entity"]) for d in docs for s in d["spans"] if "entity" in s)
    out = [
        f"documents: {len(docs)}",
        f"distinct people (entities, counted per document): {len(people)}",
        f"people mentioned more than once in their document: {sum(n > 1 for n in people.values())}",
        "",
    ]
    out += table("style", Counter(d["style"] for d in docs))
    out += table("type", Counter(s["type"] for d in docs for s in d["spans"]))
    out += table("type/form", Counter(f"{s['type']}/{s['form']}" for d in docs for s in d["spans"]))
    out += table("decoy kind", Counter(k["kind"] for d in docs for k in d["decoys"]))
    out.append(f"sha256: {hashlib.sha256(text.encode('utf-8')).hexdigest()}")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    text = build()
    if "--check" in argv:
        same = OUT.read_text(encoding="utf-8") == text
        print("corpus.jsonl reproduced" if same else "corpus.jsonl differs")
        return 0 if same else 1
    if "--stats" in argv:
        print(stats(text))
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
