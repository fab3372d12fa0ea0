"""Generate the dev4 scrub tuning corpus: what staff write ABOUT people, in the third person.

Welfare case notes, e-mail threads (headers, signatures, quoted replies, forwarded blocks),
helpline call logs, referral letters, welfare meeting minutes, handover notes, and about a
quarter free-text survey answers in text-speak. Standard library only, seeded, reproducible.
Every label and decoy is recorded when its text is appended, so offsets are exact.

    python generate.py            # writes ../corpus.jsonl
    python generate.py --check    # "corpus.jsonl reproduced"
    python generate.py --stats    # counts per type, form and decoy kind
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 20261208
DOCUMENTS = 600
OUT = Path(__file__).resolve().parents[1] / "corpus.jsonl"

# ---------------------------------------------------------------- name pools (written here)
# (first, gender, diminutive or "") per origin; surnames per origin.
FIRST = {
    "english": [
        ("David", "m", "Dave"),
        ("Rebecca", "f", "Bex"),
        ("William", "m", "Will"),
        ("Grace", "f", ""),
        ("Francis", "m", "Frank"),
        ("Mark", "m", ""),
        ("Rose", "f", ""),
        ("Susan", "f", "Sue"),
        ("Patricia", "f", "Pat"),
        ("Robert", "m", "Rob"),
        ("Jack", "m", ""),
        ("Dawn", "f", ""),
        ("Faith", "f", ""),
        ("Raymond", "m", "Ray"),
        ("Amber", "f", ""),
        ("June", "f", ""),
        ("Joy", "f", ""),
        ("Hope", "f", ""),
        ("Thomas", "m", "Tom"),
        ("Elizabeth", "f", "Liz"),
        ("Christopher", "m", "Chris"),
        ("Arthur", "m", "Art"),
        ("Daniel", "m", "Dan"),
        ("Samantha", "f", "Sam"),
    ],
    "scottish": [
        ("Alasdair", "m", "Ali"),
        ("Iain", "m", ""),
        ("Morag", "f", ""),
        ("Euan", "m", ""),
        ("Catriona", "f", "Cat"),
        ("Hamish", "m", ""),
        ("Kirsty", "f", ""),
    ],
    "welsh": [
        ("Rhys", "m", ""),
        ("Dafydd", "m", "Dai"),
        ("Cerys", "f", ""),
        ("Gethin", "m", ""),
        ("Angharad", "f", "Ang"),
        ("Bethan", "f", "Beth"),
    ],
    "irish": [
        ("Siobhán", "f", "Shiv"),
        ("Ciarán", "m", ""),
        ("Aoife", "f", ""),
        ("Padraig", "m", "Paddy"),
        ("Niamh", "f", ""),
        ("Declan", "m", "Dec"),
    ],
    "polish": [
        ("Katarzyna", "f", "Kasia"),
        ("Wojciech", "m", "Wojtek"),
        ("Agnieszka", "f", "Aga"),
        ("Tomasz", "m", "Tomek"),
        ("Małgorzata", "f", "Gosia"),
    ],
    "nigerian": [
        ("Chukwuemeka", "m", "Emeka"),
        ("Funmilayo", "f", "Funmi"),
        ("Oluwaseun", "m", "Seun"),
        ("Ngozi", "f", ""),
        ("Adebayo", "m", "Bayo"),
        ("Chiamaka", "f", "Amaka"),
    ],
    "ghanaian": [
        ("Kwame", "m", ""),
        ("Akosua", "f", ""),
        ("Kofi", "m", ""),
        ("Abena", "f", ""),
        ("Yaw", "m", ""),
    ],
    "nepali": [
        ("Bikram", "m", ""),
        ("Sunita", "f", ""),
        ("Dil", "m", ""),
        ("Kamala", "f", ""),
        ("Hari", "m", ""),
        ("Prakash", "m", ""),
    ],
    "fijian": [
        ("Josefa", "m", "Joe"),
        ("Litia", "f", ""),
        ("Semi", "m", ""),
        ("Mere", "f", ""),
        ("Ratu", "m", ""),
    ],
    "southasian": [
        ("Mohammed", "m", "Mo"),
        ("Priya", "f", ""),
        ("Harjit", "m", "Harj"),
        ("Aisha", "f", ""),
        ("Imran", "m", ""),
        ("Parveen", "f", ""),
    ],
    "caribbean": [
        ("Winston", "m", ""),
        ("Marcia", "f", ""),
        ("Delroy", "m", ""),
        ("Sharon", "f", "Shaz"),
        ("Leroy", "m", "Roy"),
    ],
    "chinese": [
        ("Wei", "m", ""),
        ("Mei", "f", ""),
        ("Jun", "m", ""),
        ("Xiu", "f", ""),
        ("Hong", "f", ""),
    ],
}
SURNAMES = {
    "english": [
        "Smith",
        "Hughes",
        "Brook",
        "Sterling",
        "Price",
        "Clark",
        "Miller",
        "White",
        "Turner",
        "Fletcher",
        "Holloway",
        "Whitfield",
        "Ashworth",
        "Pennington",
    ],
    "scottish": ["MacLeod", "Campbell", "Sutherland", "McIntyre", "Fraser", "Drummond"],
    "welsh": ["Jones", "Pritchard", "Llewellyn", "Morgan", "Prosser", "Bevan"],
    "irish": ["O'Brien", "Ó Briain", "Murphy", "Gallagher", "Byrne", "Donnelly"],
    "polish": ["Kowalczyk", "Wiśniewska", "Mazur", "Zieliński", "Nowak", "Lewandowski"],
    "nigerian": ["Adeyemi", "Okonkwo", "Okafor", "Balogun", "Eze", "Nwosu"],
    "ghanaian": ["Mensah", "Asante", "Owusu", "Boateng", "Appiah"],
    "nepali": ["Gurung", "Rai", "Limbu", "Thapa", "Pun", "Tamang"],
    "fijian": ["Naivalu", "Tuilagi", "Ratuvou", "Nacewa", "Vakatawa"],
    "southasian": ["Patel", "Singh", "Khan", "Hussain", "Sandhu", "Chaudhry"],
    "caribbean": ["Francis", "Campbell-Reid", "Brathwaite", "Grant", "Alleyne"],
    "chinese": ["Ng", "Lin", "Chen", "Wong", "Zhang"],
}
# Service nicknames by surname, used as `dim`.
NICK = {
    "Smith": "Smudge",
    "Miller": "Dusty",
    "White": "Chalky",
    "Clark": "Nobby",
    "Murphy": "Spud",
    "Jones": "Taff",
    "Turner": "Tina",
}
ARMY = ["Pte", "LCpl", "Cpl", "Sgt", "SSgt", "WO2", "Spr", "Gnr", "Tpr", "Rfn", "Fus", "Mne"]
RANKS_N = ["AB", "LS", "PO", "CPO", "LAC", "Cpl", "Sgt", "Flt Sgt"]
OFFICER = ["Maj", "Capt", "Lt", "Lt Col", "Sqn Ldr", "Lt Cdr"]
WORDS_INITIALS = {
    "AM",
    "AN",
    "AS",
    "AT",
    "BE",
    "BY",
    "DO",
    "GO",
    "HE",
    "HI",
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
    "AA",
    "OH",
    "PM",
    "MP",
    "RN",
    "MO",
    "CO",
    "OC",
    "UK",
    "GP",
    "PT",
    "DC",
    "AB",
    "PO",
    "LS",
    "RM",
    "RE",
    "RA",
}

# ---------------------------------------------------------------- value pools (written here)
STREETS = [
    "Acacia Rd",
    "Mill Lane",
    "Station Road",
    "Kings Avenue",
    "Gunners Close",
    "Heol y Bryn",
    "Church Street",
    "Alma Terrace",
    "Ypres Road",
    "Wellington Crescent",
    "Marlborough Drive",
    "Bourne View",
    "Quebec Road",
    "Kohima Way",
]
HOUSES = ["Rose Cottage", "The Old Forge", "Tŷ Gwyn", "Hillview"]
TOWNS = [
    "Merthyr Tydfil",
    "Wigan",
    "Paisley",
    "Ballymena",
    "Kettering",
    "Swindon",
    "Andover",
    "Salisbury",
    "Darlington",
    "Richmond",
    "Farnborough",
    "Gosport",
    "Helensburgh",
    "Ripon",
    "Warminster",
    "Wolverhampton",
    "Rhyl",
    "Dunfermline",
]
POST_AREAS = [
    "SP9",
    "SP4",
    "DL9",
    "GU11",
    "PL1",
    "PO12",
    "G84",
    "CO2",
    "LD3",
    "SN1",
    "BT43",
    "KY11",
    "WV10",
    "LL18",
    "HG4",
    "BA12",
]
BATTALION = [
    "1 R WELSH",
    "2 RIFLES",
    "2 RGR",
    "1 PARA",
    "3 SCOTS",
    "1 YORKS",
    "2 LANCS",
    "1st Battalion The Rifles",
    "2nd Battalion The Royal Anglian Regiment",
    "1 R IRISH",
    "1 IG",
    "4 SCOTS",
]
REGIMENT = [
    "Royal Tank Regiment",
    "22 Engineer Regiment",
    "16 Regiment RA",
    "Queen's Dragoon Guards",
    "King's Royal Hussars",
    "3 Regiment RLC",
    "1 Regt AAC",
    "Royal Scots Dragoon Guards",
]
COMMANDO = [
    "40 Commando",
    "42 Cdo RM",
    "45 Commando",
    "29 Commando RA",
    "24 Cdo RE",
    "30 Cdo IX Gp",
]
FORMATION = [
    "3rd (UK) Division",
    "16 Air Assault Brigade",
    "1st Armoured Infantry Brigade",
    "7 Infantry Brigade",
    "3 Commando Brigade",
    "4th Infantry Brigade",
]
SHIP = [
    "HMS Albion",
    "HMS Dragon",
    "RFA Argus",
    "HMS Prince of Wales",
    "HMS Somerset",
    "HMS Bulwark",
    "RFA Lyme Bay",
    "HMS Tyne",
]
SQUADRON = [
    "XV Sqn",
    "845 NAS",
    "29 Sqn",
    "1 (F) Squadron",
    "IX(B) Squadron",
    "617 Sqn",
    "101 Sqn RAF",
]
UNITS = {
    "battalion": BATTALION,
    "regiment": REGIMENT,
    "commando": COMMANDO,
    "formation": FORMATION,
    "ship": SHIP,
    "squadron": SQUADRON,
}
BASES = [
    "RAF Brize Norton",
    "Lucknow Barracks",
    "Bulford Camp",
    "HMNB Devonport",
    "RNAS Culdrose",
    "Stonehouse Barracks",
    "Dalton Barracks",
    "RAF Lossiemouth",
    "Normandy Barracks",
    "Bassingbourn Barracks",
    "Kendrew Barracks",
    "RAF Odiham",
    "Clive Barracks",
    "Worthy Down",
]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"
ABBREV_BASES = ["CTCRM", "RMAS", "DMRC", "RAFC Cranwell", "ATR Pirbright", "DCSU", "ITC"]
GARRISONS = [
    "Tidworth",
    "Catterick",
    "Aldershot",
    "Colchester",
    "Bulford",
    "Larkhill",
    "Brecon",
    "Lisburn",
    "Bordon",
    "Warminster",
    "Chilwell",
]
MAIL = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com"]
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
MON3 = [m[:3] for m in MONTHS]
DAYS = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Mon",
    "Tues",
    "Weds",
    "Thurs",
    "Fri",
]
UNITS_W = [
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
TENS_W = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
DIGIT_W = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

# decoy phrase pools: (text before, decoy, text after)
WORD_DECOYS = [
    ("", "Will", " chase DCS on this."),
    ("I ", "will", " f/u next week."),
    ("Phone ", "bill", " is in arrears again."),
    ("To be ", "frank", ", the move has not helped."),
    ("We ", "hope", " to close this by the end of the month."),
    ("No ", "joy", " with the housing officer so far."),
    ("Please ", "mark", " the file as sensitive."),
    ("Rent ", "rose", " again in the autumn."),
    ("Landlord threatened to ", "sue", " over the deposit."),
    ("A ", "pat", " on the back for the team on this one."),
    ("Offered ", "art", " therapy via the recovery centre."),
    ("He ", "may", " need a second referral."),
    ("Flagged ", "amber", " on the tracker."),
    ("Left camp at ", "dawn", " according to the guardroom."),
    ("Acted in good ", "faith", " throughout."),
    ("First ", "ray", " of good news this month."),
    ("Felt like he had to ", "rob", " Peter to pay Paul."),
    ("Asked for a car ", "jack", " back from the MT yard."),
    ("", "Sterling", " work by the welfare team."),
    ("This will ", "brook", " no delay."),
    ("By the ", "grace", " of God nobody was hurt."),
    ("", "Grace", " period on the rent agreed."),
    ("She ", "will", " update the family."),
    ("Council tax ", "bill", " forwarded to HIVE."),
]
WORD_DECOYS_TXT = [
    ("i ", "will", " be honest"),
    ("no ", "joy", " from the council"),
    ("phone ", "bill", " was massive"),
    ("to be ", "frank", " it was rubbish"),
    ("i ", "hope", " it gets better"),
    ("u ", "may", " want to ring them"),
    ("got up at ", "dawn", " every day"),
    ("the ", "art", " group helped tbh"),
    ("rent ", "rose", " again"),
    ("keep the ", "faith", " lol"),
]
RANK_DECOYS = [
    "the OC",
    "the CO",
    "the padre",
    "the UWO",
    "the RSM",
    "my sgt",
    "his sgt",
    "the Families Officer",
    "the MO",
    "the duty clerk",
    "the CSM",
    "the adjt",
    "his platoon commander",
    "the welfare clerk",
]
PRODUCTS = [
    "Togetherall",
    "Headspace",
    "SSAFA",
    "Combat Stress",
    "Help for Heroes",
    "the Samaritans",
    "JPA",
    "Op Courage",
    "Veterans' Gateway",
    "WhatsApp",
    "Teams",
    "the Royal British Legion",
    "DMS",
    "HIVE",
]
ABBREVS = [
    "DCS",
    "PCRF",
    "RMP",
    "NOK",
    "AWOL",
    "TBC",
    "CMHT",
    "MOD",
    "SFA",
    "DMICP",
    "CAB",
    "DWP",
    "UC",
]
HELPLINES = ["116 123", "999", "111", "0800 731 4880", "0800 138 1619"]
STREET_WORDS = ["down the road", "a close call", "end of the road", "across the street"]


class Doc:
    """A document under construction: text pieces, spans and decoys recorded at append."""

    def __init__(self, rng: random.Random, lower: bool = False) -> None:
        self.rng = rng
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[dict] = []
        self.decoys: list[dict] = []
        self.lower = lower
        self.full_seen: set[str] = set()

    def t(self, text: str) -> None:
        if self.lower:
            text = text.lower()
        self.parts.append(text)
        self.pos += len(text)

    def s(self, kind: str, text: str, form: str, entity: str | None = None) -> None:
        if self.lower:
            text = text.lower()
        span = {"type": kind, "start": self.pos, "end": self.pos + len(text), "form": form}
        if entity:
            span["entity"] = entity
        self.spans.append(span)
        self.parts.append(text)
        self.pos += len(text)

    def d(self, text: str, kind: str) -> None:
        if self.lower:
            text = text.lower()
        self.decoys.append({"start": self.pos, "end": self.pos + len(text), "kind": kind})
        self.parts.append(text)
        self.pos += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


# ---------------------------------------------------------------- people and values
def words_number(n: int) -> str:
    if n < 20:
        return UNITS_W[n]
    tens, unit = divmod(n, 10)
    return TENS_W[tens] + ("-" + UNITS_W[unit] if unit else "")


def typo_of(rng: random.Random, word: str) -> str:
    for _ in range(20):
        i = rng.randrange(1, len(word) - 1) if len(word) > 3 else 1
        how = rng.randrange(3)
        if how == 0 and i + 1 < len(word):
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif how == 1:
            out = word[:i] + word[i + 1 :]
        else:
            out = word[:i] + rng.choice("aeiou") + word[i + 1 :]
        if out != word and out.lower() != word.lower() and out.strip() == out and " " not in out:
            return out
    return word + word[-1]


class Person:
    def __init__(
        self,
        key: str,
        role: str,
        first: str,
        gender: str,
        dim: str,
        sur: str,
        rank: str,
        title: str,
        age: int,
        values: dict,
    ) -> None:
        self.key, self.role, self.first, self.gender = key, role, first, gender
        self.dim, self.sur, self.rank, self.title, self.age = dim, sur, rank, title, age
        self.values = values
        self.mentions = 0
        self.own_first = True
        self.own_sur = True
        self.gurkha = False


def initials_ok(first: str, sur: str) -> bool:
    pair = (first[0] + sur.replace("Ó ", "O")[0]).upper()
    return pair not in WORDS_INITIALS and pair.isalpha() and pair.isascii()


def make_person(
    rng: random.Random,
    key: str,
    role: str,
    taken: set[str],
    sur: str | None = None,
    origin: str | None = None,
    gender: str | None = None,
) -> Person:
    origin = origin or rng.choice(sorted(FIRST))
    for _ in range(50):
        first, g, dim = rng.choice(FIRST[origin])
        if gender and g != gender:
            continue
        if first not in taken:
            break
    surname = sur or rng.choice(SURNAMES[origin])
    if not dim and surname in NICK and role in {"subject", "mate"}:
        dim = NICK[surname] + " " + surname
    age = {"child": rng.randint(2, 16), "subject": rng.randint(19, 58)}.get(
        role, rng.randint(22, 60)
    )
    if role in {"subject", "mate"}:
        rank = rng.choice(ARMY + RANKS_N)
        if origin == "nepali" and rng.random() < 0.7:
            rank = rng.choice(["Rfn", "LCpl", "Cpl", "Sgt"])
        title = ""
    elif role == "officer":
        rank, title = rng.choice(OFFICER), ""
    elif role == "gp":
        rank, title = "", "Dr"
    elif role in {"author", "colleague"}:
        rank = rng.choice(["WO2", "Capt", "Sgt", "", "", ""])
        title = "" if rank else rng.choice(["Mr", "Ms", "Mrs"] if g == "f" else ["Mr"])
    elif role == "child":
        rank, title = "", ""
    else:
        rank = ""
        title = rng.choice(["Mrs", "Ms", "Miss"]) if g == "f" else "Mr"
    if g == "f" and title == "Mr":
        title = "Ms"
    dob_y = 2026 - age - rng.randint(0, 1)
    dob = (rng.randint(1, 28), rng.randint(1, 12), dob_y)
    if (dob[1], dob[0]) > (12, 5):
        dob = (dob[0], dob[1], 2026 - age - 1)
    else:
        dob = (dob[0], dob[1], 2026 - age)
    values = {
        "phone": "7700 900" + f"{rng.randrange(1000):03d}"
        if rng.random() < 0.5
        else f"7{rng.randint(400, 999)} {rng.randrange(1000000):06d}",
        "dob": dob,
        "street": (f"Flat {rng.randint(1, 12)}, " if rng.random() < 0.2 else "")
        + (
            rng.choice(HOUSES)
            if rng.random() < 0.12
            else f"{rng.randint(1, 140)} {rng.choice(STREETS)}"
        ),
        "town": rng.choice(TOWNS),
        "postcode": f"{rng.choice(POST_AREAS)} {rng.randint(1, 9)}"
        + rng.choice(INWARD)
        + rng.choice(INWARD),
        "svc": rng.choice(["25", "30", "24", "C0", "D0"]) + f"{rng.randrange(1000000):06d}",
        "ni": rng.choice(["JK", "NR", "PW", "TM", "AB", "CE", "HL", "WP"])
        + f"{rng.randrange(1000000):06d}"
        + rng.choice("ABCD"),
        "nhs": nhs_number(rng),
        "mail_n": rng.choice(["", str(rng.randint(1, 99)), str(rng.randint(70, 99))]),
        "mail_d": rng.choice(MAIL),
    }
    p = Person(key, role, first, g, dim, surname, rank, title, age, values)
    p.gurkha = origin == "nepali" and rank in {"Rfn", "LCpl", "Cpl", "Sgt"}
    return p


def nhs_number(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(1, 9)] + [rng.randint(0, 9) for _ in range(8)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            return "".join(map(str, digits)) + str(check)


def forms_of(p: Person) -> list[tuple[str, int]]:
    if p.role == "child":
        out = [("first", 8), ("full", 1)]
        if p.dim:
            out.append(("dim", 3))
        out.append(("typo", 1))
        return out
    out = [
        ("first", 4 if p.own_first else 0),
        ("sur", 3 if p.own_sur else 0),
        ("full", 2),
        ("init", 2),
        ("surfirst", 1),
        ("typo", 1),
    ]
    if p.rank:
        out.append(("rank", 5))
    if p.title:
        out.append(("title", 4))
    if p.dim:
        out.append(("dim", 3))
    return [(f, w) for f, w in out if w]


def mention(doc: Doc, p: Person, form: str | None = None, poss: bool = False) -> None:
    rng = doc.rng
    if form is None:
        if p.key not in doc.full_seen:
            form = "full"
        else:
            forms, weights = zip(*forms_of(p), strict=True)
            form = rng.choices(forms, weights)[0]
        if p.role != "child" and p.key in doc.full_seen and rng.random() < 0.05:
            form = "broken"
    if form == "typo" and p.key not in doc.full_seen:
        form = "full"
    if form == "dim" and not p.dim:
        form = "first"
    if form == "rank" and not p.rank:
        form = "title" if p.title else "full"
    if form == "title" and not p.title:
        form = "rank" if p.rank else "full"
    if form in {"first"} and not p.own_first:
        form = "full"
    if form == "sur" and not p.own_sur:
        form = "full"
    if form == "init" and not initials_ok(p.first, p.sur):
        form = "full"
    first, sur = p.first, p.sur
    if form == "full":
        text = f"{first} {sur}"
        doc.full_seen.add(p.key)
    elif form == "first":
        text = first
    elif form == "sur":
        text = sur.upper() if rng.random() < 0.1 and not doc.lower else sur
    elif form == "rank":
        if p.gurkha and rng.random() < 0.4:
            text = f"{p.rank} {first}"
        else:
            r = rng.random()
            text = (
                f"{p.rank} {first} {sur}"
                if r < 0.25
                else f"{p.rank} {first[0]} {sur}"
                if r < 0.4
                else f"{p.rank} {sur}"
            )
    elif form == "title":
        text = f"{p.title} {first[0]}. {sur}" if rng.random() < 0.25 else f"{p.title} {sur}"
    elif form == "init":
        text = rng.choice([f"{first[0]}. {sur}", f"{first[0]} {sur}", f"{first[0]}.{sur}"])
    elif form == "surfirst":
        text = f"{sur.upper()}, {first}"
    elif form == "dim":
        text = p.dim
    elif form == "typo":
        if (p.role in {"child", "partner"} and rng.random() < 0.6) or len(sur) < 4:
            text = typo_of(rng, first)
        else:
            text = typo_of(rng, sur)
    elif form == "broken":
        text = f"{first}\n{sur}"
        doc.full_seen.add(p.key)
    else:
        raise ValueError(form)
    if not doc.lower and form not in {"surfirst"} and rng.random() < 0.05:
        text = text.lower()
    doc.s("PERSON", text, form, p.key)
    p.mentions += 1
    if poss:
        doc.t("'s" if not text.endswith("s") else "'")


def initials(doc: Doc, p: Person) -> None:
    """Bare initials, as in minutes' actions ("RO to action")."""
    text = (p.first[0] + p.sur.replace("Ó ", "O")[0]).upper()
    doc.s("PERSON", text, "init", p.key)
    p.mentions += 1


def phone(doc: Doc, p: Person, words: bool = False) -> None:
    rng, num = doc.rng, p.values["phone"]
    digits = "0" + num.replace(" ", "")
    if words:
        out, i = [], 0
        while i < len(digits):
            run = 1
            while i + run < len(digits) and digits[i + run] == digits[i] and run < 3:
                run += 1
            word = DIGIT_W[int(digits[i])]
            if run == 3:
                out.append("triple " + word)
            elif run == 2:
                out.append("double " + word)
            else:
                out.append(word)
            i += run
        doc.s("PHONE", " ".join(out), "words")
        return
    layout = rng.randrange(6)
    text = [
        digits[:5] + " " + digits[5:],
        digits,
        "+44 " + digits[1:5] + " " + digits[5:],
        digits[:5] + "-" + digits[5:8] + "-" + digits[8:],
        "(" + digits[:5] + ") " + digits[5:8] + " " + digits[8:],
        "+447" + digits[2:],
    ][layout]
    doc.s("PHONE", text, "digits")


def email(doc: Doc, p: Person, work: bool = False) -> None:
    rng = doc.rng
    f, s = (
        p.first.lower(),
        re.sub(
            r"[^a-z]",
            "",
            p.sur.lower().replace("ó", "o").replace("ś", "s").replace("ń", "n").replace("ł", "l"),
        ),
    )
    f = re.sub(r"[^a-z]", "", f.replace("á", "a").replace("ł", "l"))
    if work:
        text = rng.choice(
            [
                f"{f}.{s}{rng.randint(100, 999)}@mod.gov.uk",
                f"{f[0]}.{s}@mod.gov.uk",
                f"{f}.{s}@ssafa.org.uk",
            ]
        )
    else:
        text = rng.choice(
            [
                f"{f}.{s}{p.values['mail_n']}@{p.values['mail_d']}",
                f"{f}{s}{p.values['mail_n']}@{p.values['mail_d']}",
                f"{f[0]}{s}@{p.values['mail_d']}",
            ]
        )
    doc.s("EMAIL", text, "plain")


def dob(doc: Doc, p: Person) -> None:
    d, m, y = p.values["dob"]
    rng = doc.rng
    r = rng.randrange(6)
    if r == 0:
        doc.s("DATE_OF_BIRTH", f"{d:02d}/{m:02d}/{y}", "digits")
    elif r == 1:
        doc.s("DATE_OF_BIRTH", f"{d:02d}.{m:02d}.{y % 100:02d}", "digits")
    elif r == 2:
        doc.s("DATE_OF_BIRTH", f"{d}/{m}/{y}", "digits")
    elif r == 3:
        doc.s("DATE_OF_BIRTH", f"{d} {MONTHS[m - 1]} {y}", "words")
    elif r == 4:
        doc.s("DATE_OF_BIRTH", f"{d} {MON3[m - 1]} {y % 100:02d}", "words")
    else:
        doc.s("DATE_OF_BIRTH", f"{y}-{m:02d}-{d:02d}", "digits")


def age_after(doc: Doc, p: Person) -> None:
    """An exact age right after a name: "(34)", ", 34,", " aged 34", " 34yo", " 34 y/o"."""
    rng, a = doc.rng, p.age
    r = rng.randrange(7)
    pre, post, form = [
        (" (", ")", "d"),
        (", ", ",", "d"),
        (" aged ", "", "d"),
        (" ", "yo", "d"),
        (" ", " y/o", "d"),
        (" aged ", "", "w"),
        (" (age ", ")", "d"),
    ][r]
    doc.t(pre)
    if form == "w":
        doc.s("AGE", words_number(a), "words")
    else:
        doc.s("AGE", str(a), "digits")
    doc.t(post)


def band(doc: Doc, p: Person) -> None:
    """Not an exact age: "in his forties", "late teens" (a decoy)."""
    rng, a = doc.rng, p.age
    pron = "his" if p.gender == "m" else "her"
    if a < 20:
        text = "late teens"
    else:
        decade = TENS_W[a // 10] + "ies"
        decade = decade.replace("tyies", "ties")
        text = rng.choice(
            [
                f"in {pron} {decade}",
                f"{'early' if a % 10 < 4 else 'late' if a % 10 > 6 else 'mid'}-{decade}",
            ]
        )
        text = text.replace("mid-", "mid-").replace("early-", "early ").replace("late-", "late ")
    doc.d(text, "age_band")


def age_adj(doc: Doc, p: Person) -> None:
    """ "a 34-year-old" / "an eighteen-year-old" (the number is the span)."""
    rng, a = doc.rng, p.age
    w = rng.random() < 0.3
    text = words_number(a) if w else str(a)
    doc.t("an " if text.startswith(("8", "11", "18", "eight", "eleven")) else "a ")
    doc.s("AGE", text, "words" if w else "digits")
    doc.t("-year-old")


def age_bare(doc: Doc, p: Person) -> None:
    w = doc.rng.random() < 0.3
    doc.s("AGE", words_number(p.age) if w else str(p.age), "words" if w else "digits")


def address(doc: Doc, p: Person, lines: bool = False) -> None:
    v, rng = p.values, doc.rng
    sep = "\n" if lines else ", "
    doc.s("ADDRESS", v["street"], "street")
    doc.t(sep)
    doc.s("LOCATION", v["town"], "town")
    doc.t(sep if lines else " ")
    pc = v["postcode"]
    if rng.random() < 0.15:
        pc = pc.replace(" ", "")
    elif rng.random() < 0.15:
        pc = pc.lower()
    doc.s("POSTCODE", pc, "plain")


def unit(doc: Doc, kind: str | None = None) -> None:
    kind = kind or doc.rng.choice(sorted(UNITS))
    doc.s("UNIT", doc.rng.choice(UNITS[kind]), kind)


def base(doc: Doc, kind: str | None = None) -> None:
    kind = kind or doc.rng.choice(["base", "base", "abbreviation", "garrison"])
    pool = {"base": BASES, "abbreviation": ABBREV_BASES, "garrison": GARRISONS}[kind]
    doc.s("BASE", doc.rng.choice(pool), kind)


def svc(doc: Doc, p: Person, words: bool = False) -> None:
    n = p.values["svc"]
    if words:
        doc.s("SERVICE_NUMBER", " ".join(DIGIT_W[int(c)] if c.isdigit() else c for c in n), "words")
    else:
        doc.s("SERVICE_NUMBER", n, "digits")


def ni(doc: Doc, p: Person) -> None:
    n = p.values["ni"]
    if doc.rng.random() < 0.5:
        n = f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}"
    doc.s("NI_NUMBER", n, "digits")


def nhs(doc: Doc, p: Person) -> None:
    n = p.values["nhs"]
    if doc.rng.random() < 0.7:
        n = f"{n[:3]} {n[3:6]} {n[6:]}"
    doc.s("NHS_NUMBER", n, "digits")


def decoy_from(doc: Doc, pool: list[tuple[str, str, str]]) -> None:
    pre, word, post = doc.rng.choice(pool)
    doc.t(pre)
    doc.d(word, "word")
    doc.t(post)


def count_decoy(doc: Doc) -> None:
    rng = doc.rng
    n = rng.randint(2, 24)
    text = rng.choice(
        [
            f"{n} years",
            f"{n} yrs",
            f"{words_number(n)} years",
            f"{rng.randint(2, 5)} tours",
            f"{rng.randint(2, 9)} weeks",
            f"{rng.randint(2, 11)} months",
            f"{n} yrs in",
            f"{rng.randint(2, 6)} wks",
            f"{words_number(rng.randint(2, 9))} days",
        ]
    )
    doc.d(text, "count")


def time_decoy(doc: Doc) -> None:
    rng = doc.rng
    h, m = rng.randint(7, 19), rng.choice([0, 15, 30, 45, 10, 20])
    doc.d(
        rng.choice(
            [
                f"{h:02d}{m:02d}",
                f"{h:02d}:{m:02d}",
                f"{h % 12 or 12}pm" if h >= 12 else f"{h}am",
                f"{h:02d}{m:02d}hrs",
            ]
        ),
        "time",
    )


def date_text(rng: random.Random) -> str:
    """A visit / e-mail date: left unlabelled by this corpus's rule."""
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice([f"{d:02d}/{m:02d}/26", f"{d}/{m}", f"{d:02d}.{m:02d}.2026"])


def ref_text(rng: random.Random) -> str:
    return rng.choice(
        [
            f"WLF/2026/{rng.randint(100, 9999):04d}",
            f"{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}",
            f"#{rng.randint(10000, 99999)}",
            f"SSF-{rng.randint(100000, 999999)}",
        ]
    )


# ---------------------------------------------------------------- sentences
def sentence(doc: Doc, cast: dict[str, Person], focus: Person) -> None:
    """One sentence about `focus`, sometimes with a second person, values or decoys."""
    rng = doc.rng
    others = [p for p in cast.values() if p is not focus]
    other = rng.choice(others) if others else None
    r = focus.role
    n = rng.randrange(14)
    if r in {"author", "colleague", "officer", "gp"}:
        n = rng.choice([2, 5, 6, 8, 11])
    if r == "child":
        parent = cast.get("subject") or cast.get("partner") or focus
        if n < 4:
            mention(doc, parent, poss=True)
            doc.t(
                rng.choice(
                    [" son " if focus.gender == "m" else " daughter ", " youngest, ", " eldest, "]
                )
            )
            mention(doc, focus, "first")
            doc.t(", ")
            age_bare(doc, focus)
            doc.t(
                rng.choice(
                    [
                        ", is struggling at school.",
                        ", has been referred to CAMHS.",
                        ", is in year " + str(min(13, focus.age - 4)) + "."
                        if focus.age >= 5
                        else ", is not sleeping.",
                        ", stays with nan at weekends.",
                    ]
                )
            )
        elif n < 7:
            mention(doc, focus)
            age_after(doc, focus)
            doc.t(
                rng.choice(
                    [
                        " has had nightmares since the move.",
                        " attends the garrison nursery.",
                        " was seen by the school nurse.",
                        " misses home during the tour.",
                    ]
                )
            )
        elif n < 9:
            mention(doc, focus)
            doc.t(rng.choice([" is one of twins aged ", " (one of twins, aged "]))
            age_bare(doc, focus)
            doc.t(")" if doc.parts[-2].endswith("aged ") and "(" in doc.parts[-2] else "")
            doc.t("; both go to the ")
            doc.d(rng.choice(["HIVE", "SSAFA"]), "product")
            doc.t(" holiday club.")
        else:
            mention(doc, focus)
            doc.t(
                rng.choice(
                    [" wants to see mum in ", " has a dental appt in ", " to stay with NOK in "]
                )
            )
            doc.d(rng.choice(MONTHS), "month")
            doc.t(".")
        return
    if n == 0:
        doc.t("Spoke to ")
        mention(doc, focus)
        doc.t(" on ")
        phone(doc, focus)
        doc.t(" re housing")
        if rng.random() < 0.6:
            doc.t(", ")
            address(doc, focus)
        doc.t(". f/u w/c " + date_text(rng) + ".")
    elif n == 1:
        mention(doc, focus)
        if rng.random() < 0.6:
            age_after(doc, focus)
        doc.t(
            rng.choice(
                [
                    " reports low mood since leaving ",
                    " is currently posted to ",
                    " was previously at ",
                ]
            )
        )
        base(doc)
        doc.t(" with ")
        unit(doc)
        doc.t(", ")
        count_decoy(doc)
        doc.t(" served.")
    elif n == 2:
        doc.t(rng.choice(["Discussed with ", "Raised by ", "Passed to "]))
        doc.d(rng.choice(RANK_DECOYS), "rank")
        doc.t("; ")
        mention(doc, focus)
        doc.t(rng.choice([" to be signposted to ", " already using ", " declined "]))
        doc.d(rng.choice(PRODUCTS), "product")
        doc.t(".")
    elif n == 3 and other:
        mention(doc, focus, poss=True)
        doc.t(rng.choice([" NOK is ", " partner ", " contact is "]))
        mention(doc, other)
        doc.t(" (")
        phone(doc, other)
        doc.t(rng.choice([").", "), not yet informed.", ") - call after "]))
        if doc.parts[-1].endswith("after "):
            time_decoy(doc)
            doc.t(".")
    elif n == 4:
        mention(doc, focus)
        paren = rng.random() < 0.3
        doc.t(" (DOB " if paren else rng.choice([" DOB ", ", d.o.b. "]))
        dob(doc, focus)
        doc.t(")" if paren else "")
        if rng.random() < 0.5:
            doc.t(", service no. ")
            svc(doc, focus)
        else:
            doc.t(", NI ")
            ni(doc, focus)
        doc.t(".")
    elif n == 5:
        doc.t(rng.choice(["Email from ", "Msg left for ", "Chased "]))
        mention(doc, focus)
        doc.t(" (")
        email(doc, focus, work=focus.role in {"author", "colleague", "officer"})
        doc.t(rng.choice([") re the ", ") about the "]))
        doc.d(rng.choice(ABBREVS), "abbrev")
        doc.t(" paperwork.")
    elif n == 6:
        decoy_from(doc, WORD_DECOYS)
        doc.t(" ")
        mention(doc, focus)
        doc.t(rng.choice([" agrees.", " is aware.", " to confirm.", " has been told."]))
    elif n == 7:
        mention(doc, focus)
        doc.t(", ")
        band(doc, focus)
        doc.t(rng.choice([", has done ", ", did "]))
        count_decoy(doc)
        doc.t("; ")
        doc.d(
            rng.choice(
                ["since " + str(rng.randint(2003, 2025)), "in " + str(rng.randint(2003, 2025))]
            ),
            "year",
        )
        doc.t(" things have been hard.")
    elif n == 8 and other:
        mention(doc, other)
        doc.t(rng.choice([" said ", " thinks ", " reported that "]))
        mention(doc, focus)
        doc.t(rng.choice([" had not been seen since ", " went AWOL on ", " missed the appt on "]))
        doc.d(rng.choice(DAYS), "weekday")
        doc.t(" at ")
        time_decoy(doc)
        doc.t(".")
    elif n == 9:
        doc.t("Home address for ")
        mention(doc, focus)
        doc.t(": ")
        address(doc, focus)
        doc.t(rng.choice([". Moved from ", ". Originally from "]))
        doc.s("LOCATION", focus.values["town"] if rng.random() < 0.3 else rng.choice(TOWNS), "town")
        doc.t(".")
    elif n == 10:
        mention(doc, focus)
        doc.t(" is ")
        age_adj(doc, focus)
        doc.t(rng.choice([" with ", " ex-"]))
        unit(doc)
        doc.t(rng.choice([" who was at ", " living near "]))
        base(doc, "garrison")
        doc.t(".")
    elif n == 11:
        doc.t(rng.choice(["Called ", "Rang "]))
        mention(doc, focus)
        doc.t(" - no answer. Left VM on ")
        phone(doc, focus)
        doc.t(". Try again ")
        doc.d(rng.choice(DAYS), "weekday")
        doc.t(".")
    elif n == 12:
        doc.t(rng.choice(["NHS no. for ", "GP records for "]))
        mention(doc, focus)
        doc.t(": ")
        nhs(doc, focus)
        doc.t("; registered at the ")
        doc.s("BASE", rng.choice(BASES), "base")
        doc.t(" medical centre.")
    else:
        mention(doc, focus)
        doc.t(rng.choice([" has been offered ", " was referred to ", " self-referred to "]))
        doc.d(rng.choice(PRODUCTS), "product")
        doc.t(rng.choice([" after ", " following "]))
        doc.d(f"{rng.randint(2, 5)} tours", "count")
        doc.t(". ")
        mention(doc, focus, poss=True)
        doc.t(" mood ")
        doc.d(rng.choice(["amber", "Amber"]), "word")
        doc.t(" on the RAG tracker.")


def body(doc: Doc, cast: dict[str, Person], sep: str = " ", cap: int = 14) -> None:
    rng = doc.rng
    people = list(cast.values())
    targets = {p.key: rng.randint(2, 6) for p in people}
    first = True
    for _ in range(cap):
        due = [p for p in people if p.mentions < targets[p.key]]
        if not due:
            break
        if not first:
            doc.t(sep)
        first = False
        sentence(doc, cast, rng.choice(due))


# ---------------------------------------------------------------- styles
def cast_for(rng: random.Random, roles: list[str]) -> dict[str, Person]:
    cast: dict[str, Person] = {}
    taken: set[str] = set()
    share = rng.random() < 0.3
    for i, role in enumerate(roles, start=1):
        key = f"p{i}"
        sur = origin = None
        subject = cast.get("subject")
        if role in {"partner", "child"} and subject and rng.random() < 0.7:
            sur, origin = subject.sur, None
        if share and role == "mate" and subject:
            sur = subject.sur
        p = make_person(
            rng,
            key,
            role,
            taken if not (share and role == "colleague") else set(),
            sur,
            origin,
            gender="f" if role == "partner" and subject and subject.gender == "m" else None,
        )
        if share and role == "colleague" and "author" in cast:
            p.first, p.gender = cast["author"].first, cast["author"].gender
            p.dim = cast["author"].dim
            if p.sur == cast["author"].sur:
                p.sur = rng.choice(SURNAMES["english"] + SURNAMES["welsh"])
        taken.add(p.first)
        cast[role] = p
    # ambiguity: a shared first name or surname stays bare only for its first owner
    seen_first: dict[str, str] = {}
    seen_sur: dict[str, str] = {}
    for p in cast.values():
        if seen_first.setdefault(p.first, p.key) != p.key:
            p.own_first = False
            p.dim = p.dim if p.dim and p.dim != cast_first_dim(cast, p) else ""
        if seen_sur.setdefault(p.sur, p.key) != p.key:
            p.own_sur = False
            if p.role != "child":
                p.dim = "" if p.dim.endswith(p.sur) else p.dim
    fulls = set()
    for p in cast.values():
        full = f"{p.first} {p.sur}"
        if full in fulls:
            p.sur = p.sur + "-" + rng.choice(["Grant", "Jones", "Rai"])
        fulls.add(f"{p.first} {p.sur}")
    return cast


def cast_first_dim(cast: dict[str, Person], p: Person) -> str:
    for q in cast.values():
        if q is not p and q.first == p.first:
            return q.dim
    return ""


def pick_roles(rng: random.Random, n: int) -> list[str]:
    pool = ["partner", "child", "mate", "officer", "gp", "colleague", "child"]
    rng.shuffle(pool)
    roles = ["subject", "author", *pool]
    # drop duplicates of child beyond the second
    return roles[:n]


def signature(doc: Doc, p: Person) -> None:
    rng = doc.rng
    doc.t(rng.choice(["\n\n", "\n\n--\n"]))
    doc.d(rng.choice(["Thanks", "Kind regards", "Best wishes", "Cheers", "Many thanks"]), "signoff")
    doc.t("\n")
    mention(doc, p, "rank" if p.rank else "full")
    doc.t(
        "\n"
        + rng.choice(["Unit Welfare Officer", "Welfare Caseworker", "Families Officer", "Adviser"])
        + ", "
    )
    unit(doc)
    doc.t("\n")
    base(doc, "base")
    doc.t("\nMob: ")
    phone(doc, p)
    doc.t("\n")
    email(doc, p, work=True)
    doc.t("\n")


def style_casenote(doc: Doc, cast: dict[str, Person]) -> None:
    rng = doc.rng
    s, w = cast["subject"], cast["author"]
    doc.d("Case note", "heading")
    doc.t(" - " + date_text(rng) + "\nRef: " + ref_text(rng) + "\nSubject: ")
    mention(doc, s, "surfirst" if rng.random() < 0.5 else "rank")
    doc.full_seen.add(s.key) if False else None
    if rng.random() < 0.6:
        age_after(doc, s)
    doc.t("\nAuthor: ")
    mention(doc, w, "init" if initials_ok(w.first, w.sur) else "full")
    doc.t("\n\n")
    mention(doc, s, "full")
    doc.t(rng.choice([" seen today at ", " attended the welfare office at ", " phoned at "]))
    time_decoy(doc)
    doc.t(". ")
    body(doc, cast, sep=rng.choice([" ", "\n"]))
    doc.t("\n\n")
    doc.d("Actions", "heading")
    doc.t(":\n- ")
    initials(doc, w) if initials_ok(w.first, w.sur) else mention(doc, w)
    doc.t(" to f/u with ")
    doc.d(rng.choice(RANK_DECOYS), "rank")
    doc.t(" w/c " + date_text(rng) + "\n- ")
    doc.d("TBC", "abbrev")
    doc.t(": referral to ")
    doc.d(rng.choice(PRODUCTS), "product")
    doc.t("\n")


def style_email(doc: Doc, cast: dict[str, Person]) -> None:
    rng = doc.rng
    w, s = cast["author"], cast["subject"]
    to = cast.get("colleague") or cast.get("officer") or cast.get("gp") or s
    doc.d("From", "heading")
    doc.t(": ")
    if rng.random() < 0.5:
        mention(doc, w, "surfirst")
        doc.t(" " + (w.rank or w.title) + " <" if (w.rank or w.title) else " <")
    else:
        mention(doc, w, "full")
        doc.t(" <")
    email(doc, w, work=True)
    doc.t(">\n")
    doc.d("To", "heading")
    doc.t(": ")
    mention(doc, to, "full")
    doc.t(" <")
    email(doc, to, work=to.role != "subject")
    doc.t(">\n")
    if rng.random() < 0.5:
        doc.d("Cc", "heading")
        doc.t(": ")
        doc.d(rng.choice(["welfare-team@mod.gov.uk", "UWO inbox"]), "product")
        doc.t("\n")
    doc.d("Subject", "heading")
    doc.t(": RE: ")
    mention(doc, s, "rank" if s.rank else "title")
    doc.t(" - " + rng.choice(["housing", "welfare", "update", "SFA move", "referral"]) + "\n\n")
    if rng.random() < 0.5:
        doc.d(rng.choice(["Hi", "Morning", "Afternoon", "Dear"]), "greet")
        doc.t(" ")
        mention(doc, to, "first" if to.own_first else "title" if to.title else "full")
        doc.t(",\n\n")
    else:
        doc.d(rng.choice(["Hi all", "Morning all", "All"]), "greet_all")
        doc.t(",\n\n")
    body(doc, cast, sep=rng.choice([" ", "\n\n"]), cap=8)
    signature(doc, w)
    if rng.random() < 0.6:
        doc.t("\nOn " + date_text(rng) + ", ")
        mention(doc, to, "init" if initials_ok(to.first, to.sur) else "full")
        doc.t(" wrote:\n> ")
        sentence(doc, cast, s)
        doc.t("\n> ")
        sentence(doc, cast, rng.choice(list(cast.values())))
        doc.t("\n")
    if rng.random() < 0.4:
        doc.t("\n---------- Forwarded message ---------\n")
        doc.d("From", "heading")
        doc.t(": ")
        fw = cast.get("officer") or cast.get("gp") or w
        mention(doc, fw, "rank" if fw.rank else "full")
        doc.t(" <")
        email(doc, fw, work=True)
        doc.t(">\nDate: " + date_text(rng) + "\n")
        doc.d("Subject", "heading")
        doc.t(": ")
        mention(doc, s, "surfirst")
        doc.t("\n\n")
        sentence(doc, cast, s)
        doc.t("\n")


def style_calllog(doc: Doc, cast: dict[str, Person]) -> None:
    rng = doc.rng
    s, w = cast["subject"], cast["author"]
    h = rng.randint(8, 20)
    m = rng.randint(0, 40)
    doc.t("Ticket " + ref_text(rng) + " | ")
    doc.d("Adviser", "heading")
    doc.t(": ")
    mention(doc, w, "first" if w.own_first else "full")
    doc.t("\n[" + f"{h:02d}:{m:02d}" + "] Caller ")
    mention(doc, s, "full")
    doc.t(rng.choice([" gave mob as ", " gave number ", " - contact: "]))
    phone(doc, s, words=rng.random() < 0.85)
    doc.t(".\n[" + f"{h:02d}:{m + 2:02d}" + "] Service no. read out: ")
    svc(doc, s, words=rng.random() < 0.7)
    doc.t(rng.choice(["; DOB ", "; says d.o.b. is "]))
    dob(doc, s)
    if rng.random() < 0.4:
        doc.t("; NI ")
        ni(doc, s)
    doc.t(".\n[" + f"{h:02d}:{m + 5:02d}" + "] ")
    body(doc, cast, sep="\n[" + f"{h:02d}:{m + 9:02d}" + "] ", cap=9)
    doc.t("\n[" + f"{h:02d}:{m + 15:02d}" + "] Gave ")
    doc.d(rng.choice(HELPLINES), "helpline")
    doc.t(" and ")
    doc.d(rng.choice(PRODUCTS), "product")
    doc.t(" details.")
    nok = cast.get("partner") or cast.get("mate")
    if nok and rng.random() < 0.6:
        doc.t(" NOK ")
        mention(doc, nok)
        doc.t(" on ")
        phone(doc, nok, words=True)
        doc.t(".")
    doc.t(" Call ended.\n")


def style_referral(doc: Doc, cast: dict[str, Person]) -> None:
    rng = doc.rng
    s, g, w = cast["subject"], cast.get("gp"), cast["author"]
    doc.t("Dear ")
    if g:
        mention(doc, g, "title")
    else:
        doc.d(rng.choice(["Colleague", "Sir/Madam"]), "greet")
    doc.t(",\n\nRe: ")
    mention(doc, s, "full" if rng.random() < 0.5 else "surfirst")
    doc.t(", DOB ")
    dob(doc, s)
    doc.t(" (")
    age_bare(doc, s)
    doc.t(")\n")
    address(doc, s, lines=True)
    doc.t("\nNHS no: ")
    nhs(doc, s)
    if rng.random() < 0.6:
        doc.t("\nNI no: ")
        ni(doc, s)
    doc.t("\n\nI am writing to refer ")
    mention(doc, s, "rank" if s.rank else "title")
    doc.t(", ")
    age_adj(doc, s)
    doc.t(" serving with ")
    unit(doc)
    doc.t(" at ")
    base(doc)
    doc.t(". ")
    body(doc, cast, sep=rng.choice([" ", "\n\n"]), cap=8)
    doc.t("\n\n")
    doc.d(rng.choice(["Yours sincerely", "Kind regards", "Yours faithfully"]), "signoff")
    doc.t(",\n")
    mention(doc, w, "full")
    doc.t("\n")
    doc.d(rng.choice(["Unit Welfare Officer", "SSAFA Caseworker"]), "rank")
    doc.t("\nTel: ")
    phone(doc, w)
    doc.t("\n")


def style_minutes(doc: Doc, cast: dict[str, Person]) -> None:
    rng = doc.rng
    s = cast["subject"]
    staff = [p for p in cast.values() if p.role in {"author", "colleague", "officer", "gp"}]
    doc.d(rng.choice(["Unit Welfare Meeting", "Welfare Case Conference", "Minutes"]), "heading")
    doc.t(" - ")
    doc.d(rng.choice(DAYS[:5]), "weekday")
    doc.t(" " + date_text(rng) + "\n")
    doc.d("Present", "heading")
    doc.t(": ")
    for i, p in enumerate(staff):
        if i:
            doc.t(", ")
        if p.rank and rng.random() < 0.5:
            doc.s("PERSON", f"{p.rank} {p.first[0]}. {p.sur}", "rank", p.key)
            p.mentions += 1
        else:
            mention(doc, p, "full" if p.key not in doc.full_seen else None)
        doc.t(" (")
        doc.d(rng.choice(["OC", "UWO", "Padre", "MO", "Chair", "Families Officer", "2IC"]), "rank")
        doc.t(")")
    doc.t("\n")
    doc.d("Apologies", "heading")
    doc.t(": ")
    doc.d(rng.choice(RANK_DECOYS), "rank")
    doc.t("\n\n1. ")
    mention(doc, s, "rank" if s.rank else "full")
    if rng.random() < 0.6:
        age_after(doc, s)
    doc.t(". ")
    body(doc, cast, sep=rng.choice(["\n", " "]), cap=8)
    doc.t("\n")
    doc.d(rng.choice(["Noted", "Agreed", "Discussed"]), "heading")
    doc.t(rng.choice([". ", " by all. "]))
    for p in staff[:3]:
        if initials_ok(p.first, p.sur):
            doc.t("\n")
            doc.d("Action", "heading")
            doc.t(": ")
            initials(doc, p)
            doc.t(rng.choice([" to action", " to liaise with ", " to chase"]))
            if doc.parts[-1].endswith(" "):
                doc.d(rng.choice(PRODUCTS), "product")
            doc.t(".")
    doc.t("\n")
    doc.d("AOB", "heading")
    doc.t(": none. Next meeting ")
    doc.d(rng.choice(DAYS[:5]), "weekday")
    doc.t(" at ")
    time_decoy(doc)
    doc.t(".\n")


def style_handover(doc: Doc, cast: dict[str, Person]) -> None:
    rng = doc.rng
    s = cast["subject"]
    doc.d("Handover", "heading")
    doc.t(" " + date_text(rng) + "\n\n* ")
    mention(doc, s, "rank" if s.rank else "full")
    doc.t(" (")
    unit(doc, rng.choice(["battalion", "regiment", "ship", "squadron", "commando"]))
    doc.t(") - ")
    doc.d(rng.choice(["AWOL", "RMP", "DCS", "PCRF"]), "abbrev")
    doc.t(" ongoing, ")
    doc.d("NOK", "abbrev")
    doc.t(" c/o ")
    other = cast.get("partner") or cast.get("mate") or cast["author"]
    mention(doc, other)
    doc.t(" ")
    phone(doc, other)
    doc.t(". ")
    doc.d("TBC", "abbrev")
    doc.t(".\n* ")
    body(doc, cast, sep="\n* ", cap=10)
    doc.t("\n* ")
    doc.d("JPA", "product")
    doc.t(" updated. ")
    doc.d("DMS", "product")
    doc.t(" appt ")
    doc.d(rng.choice(DAYS), "weekday")
    doc.t(" ")
    time_decoy(doc)
    doc.t(".\n")


def style_survey(doc: Doc, cast: dict[str, Person]) -> None:
    """Text-speak free-text answers, mostly lower case, with typos."""
    rng = doc.rng
    people = list(cast.values())
    targets = {p.key: rng.randint(2, 5) for p in people}
    pieces = 0
    if rng.random() < 0.3:
        doc.d(rng.choice(["hi", "hiya", "Hello"]), "greet")
        doc.t(" ")
    while pieces < 10:
        due = [p for p in people if p.mentions < targets[p.key]]
        if not due:
            break
        p = rng.choice(due)
        n = rng.randrange(9)
        if p.role == "partner":
            n = rng.choice([2, 3, 4, 7])
        elif p.role == "child":
            n = rng.choice([3, 4, 7])
        if n == 0:
            doc.t("my ")
            doc.d(rng.choice(["sgt", "cpl", "oc", "padre", "uwo"]), "rank")
            doc.t(rng.choice([" was useless, ", " didnt care, ", " was sound, "]))
            mention(doc, p)
            doc.t(rng.choice([" was gr8 tbh, ", " never rang me back tho, ", " sorted it all, "]))
            doc.t("been like that for ")
            count_decoy(doc)
            doc.t(". ")
        elif n == 1:
            doc.t("me and ")
            mention(doc, p)
            doc.t(rng.choice([" were at ", " did basic at ", " got posted to "]))
            base(doc, rng.choice(["base", "garrison", "abbreviation"]))
            doc.t(" together, ")
            count_decoy(doc)
            doc.t(" in. ")
        elif n == 2:
            mention(doc, p)
            doc.t(rng.choice([" is on ", " - ", " mob "]))
            phone(doc, p, words=rng.random() < 0.15)
            doc.t(rng.choice([" if u need her. ", " if u want a chat. ", " ring after 6. "]))
        elif n == 3:
            decoy_from(doc, WORD_DECOYS_TXT)
            doc.t(rng.choice([" but ", " and ", ", "]))
            mention(doc, p)
            doc.t(rng.choice([" helped loads. ", " didnt want to know. ", " was there for me. "]))
        elif n == 4:
            q = cast.get("partner") if rng.random() < 0.5 else cast.get("child")
            parent = cast["subject"]
            if q is None or q is parent:
                q = parent
                mention(doc, q)
            else:
                mention(doc, parent, poss=True)
                doc.t(
                    " "
                    + ("missus" if q.role == "partner" else "lad" if q.gender == "m" else "girl")
                    + " "
                )
                mention(doc, q)
            if rng.random() < 0.7:
                age_after(doc, q)
            doc.t(" is from ")
            doc.s("LOCATION", rng.choice(TOWNS), "town")
            doc.t(". ")
        elif n == 5:
            doc.t("used ")
            doc.d(rng.choice(PRODUCTS), "product")
            doc.t(" n ")
            doc.d(rng.choice(PRODUCTS), "product")
            doc.t(" wasnt much use. ")
            mention(doc, p)
            doc.t(" told me bout it. ")
        elif n == 6:
            doc.t("served with ")
            unit(doc)
            doc.t(" then ")
            unit(doc)
            doc.t(", ")
            mention(doc, p)
            doc.t(" was ")
            doc.d(rng.choice(["the OC", "my sgt", "the sarge", "the RSM"]), "rank")
            doc.t(" then. ")
        elif n == 7:
            mention(doc, p)
            if rng.random() < 0.5:
                age_after(doc, p)
                doc.t(rng.choice([" lost the job after. ", " is strugglin. ", " is ok now. "]))
            else:
                doc.t(" is ")
                band(doc, p)
                doc.t(rng.choice([" now n still strugglin. ", " now, doin ok. "]))
        else:
            doc.t("email ")
            email(doc, p)
            doc.t(" n ask for ")
            mention(doc, p)
            doc.t(rng.choice([" cos im not on ", " if im not on "]))
            doc.d(rng.choice(["WhatsApp", "Teams", "Facebook"]), "product")
            doc.t(". ")
        pieces += 1
    if rng.random() < 0.4:
        doc.d(rng.choice(["thanks", "cheers", "ta"]), "signoff")


STYLES = [
    ("casenote", style_casenote),
    ("email", style_email),
    ("calllog", style_calllog),
    ("referral", style_referral),
    ("minutes", style_minutes),
    ("handover", style_handover),
]


def one(rng: random.Random, index: int) -> dict:
    if index % 4 == 3:
        name, fn = "survey", style_survey
    else:
        name, fn = STYLES[(index - index // 4) % len(STYLES)]
    for _ in range(200):
        n = rng.randint(2, 6)
        roles = pick_roles(rng, n)
        if name == "referral" and "gp" not in roles and rng.random() < 0.7:
            roles.append("gp")
        if name == "minutes" and "officer" not in roles:
            roles.append("officer")
        cast = cast_for(rng, roles)
        doc = Doc(rng, lower=name == "survey" and rng.random() < 0.75)
        if name == "survey":
            cast.pop("author", None)
            if len(cast) < 2:
                cast["mate"] = make_person(
                    rng, f"p{n + 1}", "mate", {p.first for p in cast.values()}
                )
        fn(doc, cast)
        text = doc.text
        words = len(text.split())
        people_ok = 2 <= len({sp["entity"] for sp in doc.spans if sp["type"] == "PERSON"}) <= 7
        if 30 <= words <= 400 and people_ok and check_doc(doc):
            return {
                "id": f"dev4-{index + 1:04d}",
                "style": name,
                "format": "txt",
                "text": text,
                "spans": doc.spans,
                "decoys": doc.decoys,
            }
    raise RuntimeError(f"document {index} did not fit")


def check_doc(doc: Doc) -> bool:
    text = doc.text
    marks = sorted((m["start"], m["end"]) for m in doc.spans + doc.decoys)
    for (_, e1), (s2, _) in itertools.pairwise(marks):
        if e1 > s2:
            return False
    for m in doc.spans + doc.decoys:
        v = text[m["start"] : m["end"]]
        if not v or v.strip() != v:
            return False
        if "form" in m and ("\n" in v) != (m["form"] == "broken"):
            return False
    return True


def build() -> str:
    rng = random.Random(SEED)
    lines = []
    for i in range(DOCUMENTS):
        lines.append(json.dumps(one(rng, i), ensure_ascii=False, sort_keys=True))
    return "\n".join(lines) + "\n"


def stats(text: str) -> str:
    docs = [json.loads(line) for line in text.splitlines()]
    out = [f"documents: {len(docs)}"]
    wc = [len(d["text"].split()) for d in docs]
    out.append(f"words per document: min {min(wc)}, max {max(wc)}, mean {sum(wc) // len(wc)}")
    ents = [Counter(s["entity"] for s in d["spans"] if s["type"] == "PERSON") for d in docs]
    out.append(f"distinct people (entities, counted per document): {sum(len(e) for e in ents)}")
    repeated = sum(sum(n > 1 for n in e.values()) for e in ents)
    out.append(f"people mentioned more than once in their document: {repeated}")
    share = 0
    for d in docs:
        owners: dict[str, set[str]] = {}
        for s in d["spans"]:
            if s["type"] == "PERSON" and s["form"] == "full":
                for w in d["text"][s["start"] : s["end"]].lower().split():
                    owners.setdefault(w, set()).add(s["entity"])
        share += any(len(v) > 1 for v in owners.values())
    out.append(f"documents where two people share a first name or surname: {share}")

    def table(title: str, counter: Counter) -> None:
        out.append("")
        out.append(f"| {title} | count |")
        out.append("|---|---|")
        for k in sorted(counter):
            out.append(f"| {k} | {counter[k]} |")
        out.append(f"| total | {sum(counter.values())} |")

    table("style", Counter(d["style"] for d in docs))
    table("type", Counter(s["type"] for d in docs for s in d["spans"]))
    table("type/form", Counter(f"{s['type']}/{s['form']}" for d in docs for s in d["spans"]))
    table("decoy kind", Counter(x["kind"] for d in docs for x in d["decoys"]))
    out.append("sha256: " + hashlib.sha256(text.encode("utf-8")).hexdigest())
    return "\n".join(out)


def main(argv: list[str]) -> int:
    text = build()
    if "--check" in argv:
        if OUT.read_text(encoding="utf-8") != text:
            print("corpus.jsonl differs from the generator's output")
            return 1
        print("corpus.jsonl reproduced")
        return 0
    if "--stats" in argv:
        print(stats(text))
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
