"""Generate tests/data/scrub_dev8/corpus.jsonl: people named in shorthand, values beside them.

Five styles where busy people name each other in short forms (team chat exports, shift
handovers and rotas, free-text survey answers, meeting minutes and action logs, text messages
and voicemail transcriptions). Every label and decoy is recorded as its text is appended, so
offsets are exact by construction; lower case is applied to each piece before it is appended.

    python generate.py            # writes ../corpus.jsonl
    python generate.py --check    # rebuilds and compares byte for byte
    python generate.py --stats    # counts per style, type, form and decoy kind

Python 3.11 standard library only; seeded, so the file is the same on every run.
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

SEED = 20261208
PER_STYLE = 160
STYLES = ("chat", "handover", "survey", "minutes", "sms")
MAX_MENTIONS = 6
OUT = Path(__file__).resolve().parents[1] / "corpus.jsonl"

# ---------------------------------------------------------------------------------------------
# People. (first name, sex, diminutive or "") per origin, and surnames per origin.

FIRSTS = {
    "english": [
        ("Kevin", "M", "Kev"), ("David", "M", "Dave"), ("Gary", "M", "Gaz"),
        ("Barry", "M", "Baz"), ("Jonathan", "M", "Jonno"), ("Stephen", "M", "Steve"),
        ("Michael", "M", "Mick"), ("Daniel", "M", "Danny"), ("Christopher", "M", "Chris"),
        ("Anthony", "M", "Tony"), ("Matthew", "M", "Matty"), ("Darren", "M", "Daz"),
        ("Craig", "M", ""), ("Wayne", "M", ""), ("Callum", "M", ""), ("Liam", "M", ""),
        ("Stephanie", "F", "Steph"), ("Margaret", "F", "Mags"), ("Rebecca", "F", "Bex"),
        ("Sharon", "F", "Shaz"), ("Jennifer", "F", "Jen"), ("Victoria", "F", "Vicky"),
        ("Kathryn", "F", "Kat"), ("Charlotte", "F", "Charlie"), ("Elizabeth", "F", "Liz"),
        ("Nicola", "F", "Nicky"), ("Joanne", "F", "Jo"), ("Natalie", "F", "Nat"),
        ("Gemma", "F", ""), ("Kerry", "F", ""), ("Hayley", "F", ""),
    ],
    "scottish": [
        ("Alasdair", "M", "Ally"), ("Hamish", "M", ""), ("Ewan", "M", ""), ("Duncan", "M", ""),
        ("Morag", "F", ""), ("Kirsty", "F", ""), ("Eilidh", "F", ""), ("Isla", "F", ""),
    ],
    "irish": [
        ("Declan", "M", "Dec"), ("Seamus", "M", ""), ("Ciaran", "M", ""), ("Eoin", "M", ""),
        ("Siobhan", "F", ""), ("Aoife", "F", ""), ("Niamh", "F", ""), ("Roisin", "F", ""),
    ],
    "welsh": [
        ("Rhys", "M", ""), ("Dafydd", "M", "Dai"), ("Owain", "M", ""), ("Ieuan", "M", ""),
        ("Cerys", "F", ""), ("Bethan", "F", "Beth"), ("Angharad", "F", ""), ("Sian", "F", ""),
    ],
    "polish": [
        ("Wojciech", "M", "Wojtek"), ("Krzysztof", "M", "Krzys"), ("Tomasz", "M", "Tomek"),
        ("Pawel", "M", ""), ("Katarzyna", "F", "Kasia"), ("Agnieszka", "F", "Aga"),
        ("Magdalena", "F", "Magda"),
    ],
    "nigerian": [
        ("Chukwuemeka", "M", "Emeka"), ("Babatunde", "M", "Tunde"), ("Oluwaseun", "M", "Seun"),
        ("Adewale", "M", "Wale"), ("Ngozi", "F", ""), ("Folake", "F", "Fola"),
        ("Oluwakemi", "F", "Kemi"),
    ],
    "ghanaian": [
        ("Kwame", "M", ""), ("Kofi", "M", ""), ("Kwabena", "M", "Kobby"), ("Yaw", "M", ""),
        ("Akosua", "F", ""), ("Abena", "F", ""), ("Efua", "F", ""),
    ],
    "nepali": [
        ("Bishnu", "M", ""), ("Kamal", "M", ""), ("Prakash", "M", ""), ("Suman", "M", ""),
        ("Dilip", "M", ""), ("Sita", "F", ""), ("Anita", "F", ""), ("Sunita", "F", ""),
    ],
    "fijian": [
        ("Sevanaia", "M", "Seva"), ("Apisai", "M", ""), ("Isoa", "M", ""), ("Josefa", "M", "Jose"),
        ("Litia", "F", ""), ("Mere", "F", ""), ("Salote", "F", ""),
    ],
    "south_asian": [
        ("Mohammed", "M", "Mo"), ("Imran", "M", ""), ("Sanjay", "M", "Sanj"),
        ("Rajesh", "M", "Raj"), ("Priya", "F", ""), ("Ayesha", "F", ""), ("Nadia", "F", ""),
        ("Harpreet", "F", ""),
    ],
    "caribbean": [
        ("Delroy", "M", ""), ("Winston", "M", ""), ("Marlon", "M", ""), ("Leroy", "M", ""),
        ("Marcia", "F", ""), ("Shanice", "F", ""), ("Paulette", "F", ""), ("Keisha", "F", ""),
    ],
    "chinese": [
        ("Wei", "M", ""), ("Jun", "M", ""), ("Hao", "M", ""), ("Mei", "F", ""), ("Xiu", "F", ""),
        ("Yan", "F", ""),
    ],
    "arabic": [
        ("Omar", "M", ""), ("Khalid", "M", ""), ("Youssef", "M", ""), ("Tariq", "M", ""),
        ("Layla", "F", ""), ("Fatima", "F", ""), ("Rania", "F", ""), ("Amira", "F", ""),
    ],
    "dutch_german": [
        ("Pieter", "M", "Piet"), ("Lukas", "M", ""), ("Stefan", "M", ""), ("Dirk", "M", ""),
        ("Anke", "F", ""), ("Femke", "F", ""), ("Heike", "F", ""),
    ],
}  # fmt: skip

SURNAMES = {
    "english": [
        "Smith", "Miller", "White", "Clark", "Wood", "Webb", "Martin", "Bell", "Brown",
        "Harris", "Rhodes", "Thompson", "Roberts", "Robinson", "Turner", "Parker", "Cooper",
        "Walker", "Fletcher", "Barker", "Ashworth", "Pennington", "Hartley", "Whitfield",
        "Bradshaw", "Lockwood", "Rees-Smith", "Hollins-Carter", "Marsh-Tate",
    ],
    "scottish": ["McLeod", "MacDonald", "Fraser", "Cameron", "Sinclair", "Munro", "Buchanan"],
    "irish": ["Murphy", "O'Neill", "Byrne", "Gallagher", "Doyle", "McCarthy", "Donnelly"],
    "welsh": ["Jones", "Evans", "Pritchard", "Griffiths", "Llewellyn", "Vaughan", "ap Rhys"],
    "polish": ["Kowalczyk", "Nowak", "Zielinski", "Mazur", "Krawczyk", "Wojcik"],
    "nigerian": ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Nwosu", "Olawale"],
    "ghanaian": ["Mensah", "Boateng", "Owusu", "Asante", "Appiah", "Ofori"],
    "nepali": ["Gurung", "Limbu", "Thapa", "Tamang", "Pun", "Shrestha"],
    "fijian": ["Nakarawa", "Waqa", "Ravouvou", "Volavola", "Naisoro", "Tikoduadua"],
    "south_asian": ["Patel", "Khan", "Kaur", "Hussain", "Chaudhry", "Iqbal", "Sharma"],
    "caribbean": ["Campbell", "Baptiste", "Francis", "Joseph", "Charles", "Forbes"],
    "chinese": ["Chen", "Wong", "Zhang", "Cheung", "Lam", "Liu"],
    "arabic": ["al-Rashid", "Haddad", "Mansour", "el-Masri", "Nasser", "Khalil"],
    "dutch_german": ["van der Berg", "de Vries", "Janssen", "Schmidt", "Bakker", "Vogel"],
}  # fmt: skip

# Service nicknames that go with a surname, with an origin, or with anyone.
SURNAME_NICKS = {
    "Smith": "Smudge", "Miller": "Dusty", "Rhodes": "Dusty", "White": "Chalky",
    "Clark": "Nobby", "Wood": "Timber", "Webb": "Spider", "Martin": "Pincher",
    "Bell": "Dinger", "Murphy": "Spud", "Brown": "Buster", "Harris": "Bomber",
    "McCarthy": "Macca", "MacDonald": "Macca", "Roberts": "Robbo", "Robinson": "Robbo",
    "Thompson": "Tommo", "Turner": "Tug",
}  # fmt: skip
ORIGIN_NICKS = {"welsh": "Taff", "scottish": "Jock", "irish": "Paddy"}
ANY_NICKS = ["Lofty", "Tiny", "Ginge", "Spike", "Geordie", "Scouse", "Brummie", "Shorty"]

ARMY_RANKS = ["Pte", "LCpl", "Cpl", "Sgt", "SSgt", "CSgt", "WO2", "Lt", "Capt", "Maj"]
NAVY_RANKS = ["AB", "LH", "PO", "CPO", "Lt Cdr", "Mne", "Cpl"]
RAF_RANKS = ["SAC", "Cpl", "Sgt", "FS", "Flt Lt", "Sqn Ldr", "Fg Off"]
TITLES = {"M": ["Mr", "Dr"], "F": ["Mrs", "Ms", "Miss", "Dr"]}
RANK_WORDS = {
    w.lower() for r in ARMY_RANKS + NAVY_RANKS + RAF_RANKS + ["Mr", "Mrs", "Ms", "Miss", "Dr"]
    for w in r.split()
}  # fmt: skip

# Initials a person must not have: words and abbreviations that stand in text on their own.
NOT_INITIALS_TEXT = (
    "am an as at be by do go he hi if in is it me my no of oh ok on or so to up us we ye ya la "
    "ma pa ah eh ha ho id ad ax ox yo mo co oc qm gp hr pt mt ed tv uk dr mr ms st rd nd th ta "
    "pm ie eg cv ps nb os ro lt wo po ab lh fs cs er um mm av ld al rs pc sa ai ux ot hq ww "
    "nok eta aob fyi tbc nfa rtw rsm csm mod raf nhs tbh lol omg btw idk dob oic sgt cpl pte "
    "msg asp amp ops nco sos sms dms mos ptl wtf fml"
)
NOT_INITIALS = set(NOT_INITIALS_TEXT.split())


@dataclass
class Person:
    """One person in one document, with every short form they may be named by."""

    first: str
    sex: str
    dim: str
    sur: str
    middle: str
    origin: str
    rank: str
    title: str
    nick: str
    family: bool = False

    @property
    def sur_letters(self) -> str:
        """The capitals of the surname people use as its initial: 'RS' for Rees-Smith."""
        words = [w for w in re.split(r"[ -]", self.sur) if w[:1].isupper()]
        if "-" in self.sur and not self.sur[0].islower():
            return "".join(w[0] for w in words)
        return words[-1][0]

    @property
    def initials(self) -> str:
        return self.first[0] + self.sur_letters

    @property
    def initials3(self) -> str:
        return self.first[0] + self.middle + self.sur_letters

    def names(self) -> set[str]:
        """Every string that identifies this person, lower case, for keeping people apart."""
        found = {self.first, self.sur, self.initials, self.initials3, self.first + " " + self.sur}
        found |= {self.dim, self.nick, self.first + " " + self.sur_letters[0]}
        if self.dim:
            found.add(self.dim + " " + self.sur_letters[0])
        found |= {w for w in re.split(r"[ -]", self.sur) if len(w) > 2}
        return {n.lower() for n in found if n}


def _surname_ok(origin: str, sur: str) -> bool:
    return not sur[0].islower() or origin in {"welsh", "arabic", "dutch_german"}


def new_person(rng: random.Random, family: bool = False) -> Person:
    origin = rng.choice(list(FIRSTS))
    first, sex, dim = rng.choice(FIRSTS[origin])
    sur_origin = origin if rng.random() < 0.8 else rng.choice(list(SURNAMES))
    sur = rng.choice(SURNAMES[sur_origin])
    service = rng.random()
    if family:
        rank = ""
    elif service < 0.45:
        rank = rng.choice(ARMY_RANKS)
    elif service < 0.6:
        rank = rng.choice(NAVY_RANKS)
    elif service < 0.75:
        rank = rng.choice(RAF_RANKS)
    else:
        rank = ""
    nick = ""
    if not family and rng.random() < 0.55:
        choices = [SURNAME_NICKS.get(sur, ""), ORIGIN_NICKS.get(origin, "")]
        choices = [c for c in choices if c] or [rng.choice(ANY_NICKS)]
        nick = rng.choice(choices)
    middle = rng.choice("ABCDEFGHJKLMNPRSTW")
    return Person(first, sex, dim, sur, middle, origin, rank, rng.choice(TITLES[sex]), nick, family)


def cast_people(rng: random.Random, colleagues: int, family: int) -> list[Person]:
    """People for one document: no shared name, short form, initials or surname letter."""
    people: list[Person] = []
    taken: set[str] = set()
    letters: set[str] = set()
    while len(people) < colleagues + family:
        person = new_person(rng, family=len(people) >= colleagues)
        names = person.names()
        if names & taken or person.sur_letters in letters:
            continue
        if {person.initials.lower(), person.initials3.lower()} & (NOT_INITIALS | DECOY_WORDS):
            continue
        if re.fullmatch(r"[^AEIOU][AEIOUY][^AEIOU]|[AEIOU].[^AEIOU]", person.initials3):
            continue  # three initials that read as a word ('MEN', 'ASK')
        people.append(person)
        taken |= names
        letters.add(person.sur_letters)
    return people


# ---------------------------------------------------------------------------------------------
# Values.

TOWNS = [
    "Salisbury", "Andover", "Amesbury", "Plymouth", "Helston", "Yeovil", "Carterton", "Elgin",
    "Richmond", "Darlington", "Farnborough", "Camberley", "Gosport", "Swindon", "Exeter",
    "Lincoln", "Northallerton", "Ludgershall", "Witney", "Torpoint",
]  # fmt: skip
BASES = {
    "base": [
        "RAF Brize Norton", "HMNB Devonport", "RNAS Culdrose", "RNAS Yeovilton",
        "Stonehouse Barracks", "Bulford Camp", "RAF Lossiemouth", "RAF Coningsby",
        "Marne Barracks", "Alanbrooke Barracks", "HMS Raleigh", "RAF Odiham",
    ],
    "abbreviation": ["Brize", "Lossie", "Culdrose", "Guz", "CTCRM", "DMRC", "Yeovilton"],
    "garrison": ["Catterick", "Tidworth", "Bulford", "Larkhill", "Aldershot", "Colchester"],
}  # fmt: skip
UNITS = {
    "battalion": ["1 RIFLES", "2 PARA", "1 R ANGLIAN", "2 RGR", "1 SCOTS", "1 YORKS", "3 RIFLES",
                  "2 R WELSH", "1 LANCS"],
    "commando": ["40 Cdo", "42 Cdo", "45 Commando", "30 Cdo IX Gp", "24 Cdo RE"],
    "formation": ["3 Cdo Bde", "16 Air Assault Bde", "1 (UK) Div", "12 Armd Inf Bde",
                  "7 Inf Bde"],
    "regiment": ["21 Engr Regt", "1 RHA", "29 Cdo Regt RA", "4 Regt RLC", "3 Regt AAC",
                 "22 Engr Regt"],
    "ship": ["HMS Somerset", "HMS Albion", "RFA Argus", "HMS Kent", "HMS Tamar",
             "RFA Mounts Bay"],
    "squadron": ["820 NAS", "IX(B) Sqn", "1(F) Sqn", "XV(R) Sqn", "617 Sqn", "845 NAS"],
}  # fmt: skip
OUTWARDS = [
    "SP4", "SP9", "SP11", "DL9", "DL10", "GU11", "GU14", "CO2", "PL1", "PL2", "PL5", "PO12",
    "TR12", "BA22", "OX18", "IV31", "LN4", "EX8", "KY16", "SN4", "PL11",
]  # fmt: skip
STREETS = [
    "Raglan Road", "Kohima Crescent", "Elm Close", "Alma Road", "Wellington Avenue",
    "Somme Road", "Beech Grove", "Station Road", "Mons Close", "Arnhem Way", "Church Lane",
    "Tidworth Road", "Hill View", "Lime Walk", "Falklands Drive", "Meadow Way",
]  # fmt: skip
EMAIL_DOMAINS = ["mod.gov.uk", "gmail.com", "hotmail.co.uk", "outlook.com", "btinternet.com",
                 "yahoo.co.uk", "icloud.com"]  # fmt: skip
DIGIT_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]  # fmt: skip
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def number_words(n: int) -> str:
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + ("-" + ONES[ones] if ones and ONES[ones] else "")


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def spoken_digits(digits: str, rng: random.Random) -> str:
    """Digits read out in groups, with 'double' and 'triple' where they repeat."""
    words: list[str] = []
    i = 0
    while i < len(digits):
        run = 1
        while i + run < len(digits) and digits[i + run] == digits[i] and run < 3:
            run += 1
        if run >= 2 and rng.random() < 0.8:
            words.append(("double " if run == 2 else "triple ") + DIGIT_WORDS[int(digits[i])])
            i += run
        else:
            words.append(DIGIT_WORDS[int(digits[i])])
            i += 1
    groups = []
    step = rng.choice([3, 4])
    for j in range(0, len(words), step):
        groups.append(" ".join(words[j : j + step]))
    return rng.choice([", ", " ", "... "]).join(groups)


def mobile_digits(rng: random.Random) -> str:
    return "07" + str(rng.choice([4, 5, 7, 8, 9])) + "".join(rng.choices("0123456789", k=8))


def phone_text(rng: random.Random) -> str:
    d = mobile_digits(rng)
    layouts = [
        f"{d[:5]} {d[5:]}", d, f"{d[:5]} {d[5:8]} {d[8:]}", f"{d[:4]} {d[4:7]} {d[7:]}",
        f"+44 {d[1:5]} {d[5:]}", f"+44{d[1:]}", f"{d[:5]}-{d[5:]}", f"+44 (0){d[1:5]} {d[5:]}",
        f"{d[:3]} {d[3:7]} {d[7:]}",
    ]  # fmt: skip
    if rng.random() < 0.12:
        area = rng.choice(["01980", "01752", "01264", "01748", "01326", "01993"])
        rest = "".join(rng.choices("0123456789", k=6))
        return rng.choice([f"{area} {rest}", f"{area}{rest}", f"({area}) {rest}"])
    return rng.choice(layouts)


def postcode_parts(rng: random.Random) -> tuple[str, str]:
    inward = str(rng.randint(1, 9)) + "".join(rng.choices(INWARD_LETTERS, k=2))
    return rng.choice(OUTWARDS), inward


def postcode_text(rng: random.Random) -> str:
    out, inward = postcode_parts(rng)
    return rng.choice([f"{out} {inward}", f"{out}{inward}", f"{out}  {inward}",
                       f"{out} {inward}".lower(), f"{out}{inward}".lower()])  # fmt: skip


def postcode_words(rng: random.Random) -> str:
    out, inward = postcode_parts(rng)
    letters = re.match(r"[A-Z]+", out).group()  # type: ignore[union-attr]
    number = int(out[len(letters) :])
    said = " ".join(letters) + " " + number_words(number)
    return said + ", " + number_words(int(inward[0])) + " " + " ".join(inward[1:])


def dob_parts(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1962, 2007)


def dob_text(rng: random.Random) -> str:
    d, m, y = dob_parts(rng)
    yy = f"{y % 100:02d}"
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{yy}", f"{d:02d}.{m:02d}.{yy}",
                       f"{d:02d}{m:02d}{yy}", f"{d}.{m}.{y}", f"{d:02d}-{m:02d}-{yy}"])  # fmt: skip


def dob_words(rng: random.Random) -> str:
    d, m, y = dob_parts(rng)
    month = MONTHS[m - 1]
    return rng.choice([f"{ordinal(d)} {month} {y % 100:02d}", f"{d} {month[:3]} {y}",
                       f"{ordinal(d)} of {month} {y}", f"{d} {month.lower()} {y % 100:02d}",
                       f"{ordinal(d)} {month[:3].lower()}"])  # fmt: skip


def service_digits(rng: random.Random) -> str:
    if rng.random() < 0.7:
        d = rng.choice(["25", "30", "24"]) + "".join(rng.choices("0123456789", k=6))
        return rng.choice([d, f"{d[:4]} {d[4:]}", f"{d[:2]}-{d[2:5]}-{d[5:]}", f"{d[:2]} {d[2:]}"])
    letter = rng.choice("DPMCW")
    d = "".join(rng.choices("0123456789", k=rng.choice([6, 7])))
    return rng.choice([f"{letter}{d}", f"{letter} {d}", f"{letter}-{d}"])


def service_words(rng: random.Random) -> str:
    d = rng.choice(["25", "30"]) + "".join(rng.choices("0123456789", k=6))
    return spoken_digits(d, rng)


def email_local(person: Person, rng: random.Random) -> str:
    first = (person.dim if person.dim and rng.random() < 0.3 else person.first).lower()
    sur = re.sub(r"[^a-z]", "", person.sur.lower())
    two, three = rng.randint(1, 99), rng.randint(100, 999)
    layouts = [f"{first}.{sur}", f"{first[0]}.{sur}", f"{first}{sur}{two}", f"{first}_{sur}"]
    return rng.choice([*layouts, f"{sur}{first[0]}", f"{first}.{sur}{three}"])


def address_text(rng: random.Random) -> str:
    n = rng.randint(1, 88)
    street = rng.choice(STREETS)
    return rng.choice([f"{n} {street}", f"Flat {rng.randint(1, 9)}, {n} {street}",
                       f"{n}a {street}", f"{rng.randint(1, 9)}/{n} {street}",
                       f"{n} {street.replace('Road', 'Rd').replace('Avenue', 'Ave')}"])  # fmt: skip


# ---------------------------------------------------------------------------------------------
# Decoys: things that look like names, initials or values and must survive.

DECOY_POOLS = {
    "acronym": ["NOK", "AWOL", "ETA", "ASAP", "AOB", "FYI", "TBC", "NFA", "RTW", "HR", "A&E",
                "ED", "PT", "MT", "IT", "OK", "TV", "UK", "ETD", "DCMH", "CCMH", "R&R", "POC",
                "NB", "TBH", "BTW", "LOL", "IDK", "OOH", "DNA", "SITREP"],
    "role": ["OC", "CO", "RSM", "MO", "CSM", "SNCO", "JNCO", "QM", "PTI", "2IC", "Adjt", "CQMS",
             "UWO", "padre", "doc", "medic", "chef", "boss", "sarge", "duty officer",
             "line manager", "welfare officer", "nurse", "GP"],
    "shift": ["N", "E", "L", "D", "LD", "OFF", "A/L", "R/D", "0700-1500", "1500-2300",
              "2300-0700", "2x12s", "3x8s", "0800-2000", "nights", "earlies", "lates", "days",
              "RD", "AL", "S/L"],
    "time": ["0830", "14:02", "half 7", "7pm", "1400hrs", "0600", "22:15", "10ish", "1930",
             "9am", "16:45"],
    "date": ["06/12", "Sat 12th", "12 Dec", "06/12/2026", "Mon 8th", "14/12", "Fri",
             "tmrw", "next Tues", "3rd Jan", "28/11/26"],
    "building": ["Bldg 112", "Room 12", "Block 4", "Hangar 3", "Rm 2.14", "Bldg 40",
                 "Room 7B", "B Block", "Bay 6", "Office 3"],
    "long_duration": ["12 years", "6 yrs", "22 years", "18 months", "9 years", "3 yrs"],
    "team": ["Blue Watch", "Red Watch", "duty desk", "Ops", "Team Kestrel", "night crew",
             "welfare team", "Green Team", "MT section", "ops room"],
    "product": ["WhatsApp", "Teams", "SSAFA", "Combat Stress", "Headspace", "Togetherall",
                "Op Courage", "Help for Heroes", "the Samaritans", "Calm", "Strava", "Outlook"],
    "place_word": ["the NAAFI", "the block", "the mess", "the cookhouse", "the gym",
                   "the guardroom", "the med centre", "back home", "town", "the sangar"],
    "rank": ["the sgt", "a cpl", "the duty sergeant", "a lance jack", "the corporal",
             "a full screw", "the sergeant major"],
    "count": ["3 of us", "2 kids", "6 pax", "4 lads", "two of them", "12 bods", "5 cases"],
    "duration": ["2 weeks", "48 hrs", "a fortnight", "6 months", "3 days", "10 mins",
                 "an hour", "2 yrs"],
    "money": ["£20", "a tenner", "£150", "50 quid", "£4.50"],
    "ref": ["Serial 14", "OCC/26/0412", "ticket #4471", "Ser 3", "MC/26/118", "log no. 227",
            "Job 5521"],
    "ext": ["ext 4412", "ext. 2231", "x3016", "extn 5504"],
    "greet": ["hi", "hiya", "morning all", "hello", "evening", "alright"],
    "signoff": ["cheers", "ta", "thanks", "thx", "speak soon", "many thanks", "rgds"],
    "service": ["the Army", "the RAF", "the Navy", "the Corps", "the Andrew", "the Marines"],
    "age_band": ["in my 30s", "40-49", "late 20s", "18-24", "over 50", "early forties",
                 "25-34"],
    "year": ["2019", "2014", "2021", "2008", "2023"],
}  # fmt: skip

POOL_KINDS = {"long_duration": "duration"}
DECOY_WORDS = {text.lower() for pool in DECOY_POOLS.values() for text in pool}

# Ordinary words that are also names or nicknames, each in a phrase of its own.
WORD_PHRASES = [
    "feeling a bit {=word:dusty} after the {*place_word} do",
    "need a new {=word:jock} strap before {*acronym}",
    "the {=word:grant} for the kids club came through",
    "im off to {=word:mark} the pitch out",
    "they'll {=word:sue} the contractor if it floods again",
    "someone tried to {=word:rob} the vending machine",
    "give the dog a {=word:pat} for me",
    "the {=word:bill} for the room came to {*money}",
    "only a {=word:tiny} leak in the roof",
    "found {=word:chalk} all over the whiteboard",
    "that was a {=word:spike} in calls after {*time}",
    "fairly {=word:lofty} plans for the summer function",
    "his {=word:bomber} jacket is still on the hook",
    "there's a {=word:smudge} on the printout",
    "she was in a right {=word:paddy} about it",
    "to be {=word:frank} nobody read the brief",
    "a {=word:ginger} cake for the brew room",
    "{=word:hope} it stays quiet",
    "{=word:may} be late back",
    "{=word:pat} on the back for the {*team}",
]


# ---------------------------------------------------------------------------------------------
# The document being written: text appended piece by piece, each label recorded with it.


@dataclass
class Doc:
    parts: list[str] = field(default_factory=list)
    size: int = 0
    spans: list[dict] = field(default_factory=list)
    decoys: list[dict] = field(default_factory=list)
    lower: bool = False
    keys: dict[int, str] = field(default_factory=dict)
    mentions: Counter = field(default_factory=Counter)
    used_templates: set[str] = field(default_factory=set)

    def cased(self, text: str) -> str:
        return text.lower() if self.lower else text

    def add(self, text: str) -> None:
        text = self.cased(text)
        self.parts.append(text)
        self.size += len(text)

    def _mark(self, text: str) -> tuple[int, int]:
        text = self.cased(text)
        assert text and text == text.strip(), text
        start = self.size
        self.parts.append(text)
        self.size += len(text)
        return start, self.size

    def span(self, kind: str, text: str, form: str, person: Person | None = None) -> None:
        start, end = self._mark(text)
        record = {"type": kind, "start": start, "end": end, "form": form}
        if person is not None:
            key = self.keys.setdefault(id(person), f"p{len(self.keys) + 1}")
            record["entity"] = key
            self.mentions[key] += 1
        self.spans.append(record)

    def decoy(self, kind: str, text: str) -> None:
        start, end = self._mark(text)
        self.decoys.append({"start": start, "end": end, "kind": kind})

    def room(self, person: Person, wanted: int = 1) -> bool:
        return self.mentions[self.keys.get(id(person), "")] + wanted <= MAX_MENTIONS

    @property
    def text(self) -> str:
        return "".join(self.parts)


def person_mention(
    doc: Doc, rng: random.Random, person: Person, form: str, dot: bool = True
) -> None:
    """Append one mention of a person in the form asked for (or the nearest they have);
    `dot` lets a first name + initial take a full stop after it, outside the span."""
    if form == "nick" and not person.nick:
        form = "dim" if person.dim else "first"
    if form == "dim" and not person.dim:
        form = "first"
    if person.family and form not in {"first", "dim", "nick"}:
        form = "first"
    first_or_dim = person.dim if person.dim and rng.random() < 0.6 else person.first
    rank = person.rank
    if form == "first":
        doc.span("PERSON", person.first, "first", person)
    elif form == "dim":
        doc.span("PERSON", person.dim, "dim", person)
    elif form == "nick":
        doc.span("PERSON", person.nick, "nick", person)
    elif form == "sur":
        doc.span("PERSON", person.sur, "sur", person)
    elif form == "full":
        text = f"{first_or_dim} {person.sur}"
        doc.span("PERSON", text.upper() if rng.random() < 0.1 else text, "full", person)
    elif form == "short":
        letter = person.sur_letters[0]
        doc.span("PERSON", f"{first_or_dim} {letter}", "short", person)
        if dot and rng.random() < 0.25:
            doc.add(".")
    elif form == "ini":
        initials = person.initials3 if rng.random() < 0.2 else person.initials
        roll = rng.random()
        if roll < 0.2:
            initials = ".".join(initials) + "."
        elif roll < 0.3:
            initials = initials.lower()
        doc.span("PERSON", initials, "init", person)
    elif form == "init":
        letter = person.first[0] + (person.middle if rng.random() < 0.2 else "")
        letter = rng.choice([letter, ".".join(letter) + "."])
        doc.span("PERSON", f"{letter} {person.sur}", "init", person)
    elif form == "surinit":
        sur = person.sur.upper() if rng.random() < 0.6 else person.sur
        letter = person.first[0] + (person.middle if rng.random() < 0.3 else "")
        doc.span("PERSON", f"{sur} {letter}", "surinit", person)
    elif form == "title":
        doc.span("PERSON", f"{person.title} {person.sur}", "title", person)
    elif form == "rank":
        if not rank:
            doc.span("PERSON", f"{person.title} {person.sur}", "title", person)
            return
        middle = rng.choice(["", "", person.first[0] + " ", first_or_dim + " "])
        doc.span("PERSON", f"{rank} {middle}{person.sur}", "rank", person)
    elif form == "rankinit":
        letters = person.sur_letters
        if len(letters) > 1:
            letters = "-".join(letters)
        doc.span("PERSON", f"{rank or person.title} {letters}", "rankinit", person)
    else:
        raise ValueError(form)


AGE_LAYOUTS = ["{n}M", "{n}F", "{n} M", "F/{n}", "M/{n}", "({n})", "age {n}", "{n}yo",
               "aged {n}", "{n} y/o", "{n}yrs"]  # fmt: skip


def age_value(doc: Doc, rng: random.Random, arg: str, person: Person | None) -> None:
    n = rng.randint(1, 15) if arg == "child" else rng.randint(17, 61)
    if arg == "w":
        doc.span("AGE", number_words(n), "words")
    elif arg == "sex":
        sex = person.sex if person else rng.choice("MF")
        layout = rng.choice(AGE_LAYOUTS).replace("M", sex).replace("F", sex)
        before, after = layout.split("{n}")
        doc.add(before)
        doc.span("AGE", str(n), "digits")
        doc.add(after)
    else:
        doc.span("AGE", str(n), "digits")


def value(doc: Doc, rng: random.Random, name: str, arg: str, cast: dict[str, Person]) -> None:
    """Append one value token ({phone}, {pc:w}, {email:a}...) and label it."""
    if name == "age":
        age_value(doc, rng, arg, cast.get("a"))
    elif name == "phone":
        if arg == "w":
            doc.span("PHONE", spoken_digits(mobile_digits(rng), rng), "words")
        else:
            doc.span("PHONE", phone_text(rng), "digits")
    elif name == "pc":
        if arg == "w":
            doc.span("POSTCODE", postcode_words(rng), "words")
        elif arg == "out":
            doc.span("POSTCODE", rng.choice(OUTWARDS), "outward")
        else:
            doc.span("POSTCODE", postcode_text(rng), "plain")
    elif name == "dob":
        if arg == "w":
            doc.span("DATE_OF_BIRTH", dob_words(rng), "words")
        else:
            doc.span("DATE_OF_BIRTH", dob_text(rng), "digits")
    elif name == "svc":
        if arg == "w":
            doc.span("SERVICE_NUMBER", service_words(rng), "words")
        else:
            doc.span("SERVICE_NUMBER", service_digits(rng), "digits")
    elif name == "email":
        who, _, how = arg.partition(":")
        local = email_local(cast[who], rng)
        domain = rng.choice(EMAIL_DOMAINS)
        if how == "w":
            said = local.replace(".", " dot ").replace("_", " underscore ")
            doc.span("EMAIL", f"{said} at {domain.replace('.', ' dot ')}", "words")
        else:
            doc.span("EMAIL", f"{local}@{domain}", "plain")
    elif name == "addr":
        doc.span("ADDRESS", address_text(rng), "street")
    elif name == "town":
        doc.span("LOCATION", rng.choice(TOWNS), "town")
    elif name == "base":
        form = arg or rng.choice(list(BASES))
        doc.span("BASE", rng.choice(BASES[form]), form)
    elif name == "unit":
        form = arg or rng.choice(list(UNITS))
        doc.span("UNIT", rng.choice(UNITS[form]), form)
    else:
        raise ValueError(name)


TOKEN = re.compile(r"\{([^{}]+)\}")
SLOT = re.compile(r"\{([a-f])(?::[a-z|]+)?\}")


def emit(
    doc: Doc, rng: random.Random, template: str, cast: dict[str, Person], forms: dict[str, int]
) -> None:
    """Write a template: literal text cased as the document is, each token labelled."""
    pos = 0
    for match in TOKEN.finditer(template):
        doc.add(template[pos : match.start()])
        token = match.group(1)
        pos = match.end()
        if token[0] == "=":
            kind, text = token[1:].split(":", 1)
            doc.decoy(kind, text)
        elif token[0] == "*":
            pool = token[1:]
            doc.decoy(POOL_KINDS.get(pool, pool), rng.choice(DECOY_POOLS[pool]))
        elif token[0] in cast and (len(token) == 1 or token[1] == ":"):
            person = cast[token[0]]
            wanted = token[2:].split("|") if len(token) > 1 else None
            person_mention(
                doc, rng, person, rng.choice(wanted) if wanted else pick_form(rng, person, forms)
            )
        else:
            name, _, arg = token.partition(":")
            value(doc, rng, name, arg, cast)
    doc.add(template[pos:])


def pick_form(rng: random.Random, person: Person, forms: dict[str, int]) -> str:
    if person.family:
        return "dim" if person.dim and rng.random() < 0.5 else "first"
    usable = {
        f: w for f, w in forms.items()
        if (f != "dim" or person.dim) and (f != "nick" or person.nick)
    }  # fmt: skip
    return rng.choices(list(usable), weights=list(usable.values()))[0]


def fill(
    doc: Doc,
    rng: random.Random,
    templates: list[str],
    people: list[Person],
    forms: dict[str, int],
    exclude: Person | None = None,
) -> bool:
    """Write one of the templates with people who still have room; False if none fits.
    A template already written in this document is drawn again only when all have been."""
    fresh_templates = [t for t in templates if t not in doc.used_templates] or templates
    for _ in range(12):
        template = rng.choice(fresh_templates)
        slots = Counter(SLOT.findall(template))
        cast: dict[str, Person] = {}
        used: set[int] = {id(exclude)} if exclude is not None else set()
        ok = True
        for slot, count in slots.items():
            family = slot == "f"
            fresh = [p for p in people if p.family == family and id(p) not in used
                     and doc.room(p, count)]  # fmt: skip
            if not fresh:
                ok = False
                break
            unseen = [p for p in fresh if id(p) not in doc.keys]
            person = rng.choice(unseen if unseen and rng.random() < 0.6 else fresh)
            cast[slot] = person
            used.add(id(person))
        if ok:
            doc.used_templates.add(template)
            emit(doc, rng, template, cast, forms)
            return True
    return False


# ---------------------------------------------------------------------------------------------
# Styles.

CHAT_FORMS = {"first": 3, "dim": 4, "short": 3, "ini": 3, "sur": 2, "nick": 3, "rankinit": 1,
              "rank": 1, "full": 1, "init": 1}  # fmt: skip
CHAT_LINES = [
    "@{a:first|dim} can u cover {*shift} on {*date}",
    "{a:ini} said hes off til {*date}",
    "{a:nick}'s on leave so {b:short} is acting {*role}",
    "anyone got {a:first|dim}'s number? the {*role} wants it {*acronym}",
    "its {phone} for {a:dim|first|short}",
    "{a:short} turns {age} sat, card in {*building}",
    "{a:rankinit} going to {*acronym} with {b:nick}, {*acronym} tbc",
    "{a:sur} to {*building} at {*time} pls",
    "@{a:dim|first} {b:ini} says the {*role} is looking for u",
    "{a} and {b} both on {*shift} {*date}",
    "who's got {a:nick}? {*count} still in {*place_word}",
    "{a:full} is the new {*role}, from {unit}",
    "lol {a:dim|nick} fell asleep in the {*team} brief",
    "{a:ini}/{b:ini} on call {*date}",
    "thx {a:first|dim} :thumbsup:",
    "is {a:sur} still at {base}?",
    "{a:short}. moved to {town}, new addr {addr} {pc}",
    "{*greet} all, {a:rank} wants names by {*time} {*acronym}",
    "{a:first|dim} can u send {b:sur} the {*product} link",
    "{a:nick} and {b:dim|first} back from {base} {*date}",
    "{a:rankinit} said {*acronym} is {*time}, not {*time}",
    "{=word:will} do, {a:first|dim}",
    "+1 to what {a:ini} said",
    "{a}'s missus had the baby!! called her {f:first} :heart:",
    "{a:dim|first} ur on {*shift} tmrw not {*shift}",
    "{a:short} {b:short} {c:short} please check {*product}",
    "anyone seen {a:nick}? not answering on {phone}",
    "{a:rank} {age:sex} reported sick, {b:ini} informed {*acronym}",
    "{a:dim|first} whats ur postcode for the taxi? {b:ini} says its {pc}",
    "{a:sur} dob is {dob} for the booking",
    "svc no for {a:short} is {svc}, {*acronym}",
    "{a:nick} is {age} today :birthday:",
    "{a:ini} new mob {phone}",
    "{a:short} {age:sex} at {*acronym} with the {*role}, back {*time}",
    "{a:dim|first} ur {*acronym} form needs ur {*building} and dob {dob}",
    "{a:nick} says {*rank} is looking for u",
    "{a:sur} is off to {unit:ship} {*date}",
    "{a:dim|first} ur lift from {town} is at {*time}",
    "{a:rankinit} lives out in {town} now",
]  # fmt: skip
CHAT_REPLIES = ["yep", "on it", "roger", "will sort", "nope", "👍", "cheers mate", "ok",
                "no worries", "lol", "👀", "done", "ta"]  # fmt: skip


def chat(rng: random.Random, doc: Doc) -> None:
    people = cast_people(rng, rng.randint(4, 7), rng.randint(0, 1))
    layout = rng.choice(["teams", "whatsapp", "slack"])
    senders = [p for p in people if not p.family][: rng.randint(2, 4)]
    hh, mm = rng.randint(6, 21), rng.randint(0, 59)
    day = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026"
    if layout == "slack":
        doc.add("#")
        doc.decoy("team", rng.choice(["ops-room", "duty-desk", "welfare-team", "night-crew"]))
        doc.add("\n")
    last_speaker: Person | None = None
    for _ in range(rng.randint(5, 11)):
        speaker = rng.choice([s for s in senders if doc.room(s)] or [None])
        if speaker is None:
            break
        mm += rng.randint(1, 9)
        hh, mm = hh + mm // 60, mm % 60
        stamp = f"{hh % 24:02d}:{mm:02d}"
        header_form = {"teams": "full", "whatsapp": rng.choice(["dim", "short", "nick", "rank"]),
                       "slack": rng.choice(["short", "full", "first"])}[layout]  # fmt: skip
        doc.lower = False
        if layout == "teams":
            doc.add("[")
            doc.decoy("time", stamp)
            doc.add("] ")
            person_mention(doc, rng, speaker, header_form, dot=False)
            doc.add(": ")
        elif layout == "whatsapp":
            doc.add(day + ", ")
            doc.decoy("time", stamp)
            doc.add(" - ")
            person_mention(doc, rng, speaker, header_form, dot=False)
            doc.add(": ")
        else:
            person_mention(doc, rng, speaker, header_form, dot=False)
            doc.add(", ")
            doc.decoy("time", stamp)
            doc.add("\n")
        doc.lower = rng.random() < 0.55
        replying = last_speaker is not None and last_speaker is not speaker
        if replying and rng.random() < 0.15 and doc.room(last_speaker):
            doc.add("> replying to ")
            person_mention(doc, rng, last_speaker, rng.choice(["first", "dim", "short"]), dot=False)
            doc.add("\n" + rng.choice(CHAT_REPLIES))
        elif rng.random() < 0.15:
            emit(doc, rng, rng.choice(WORD_PHRASES), {}, CHAT_FORMS)
        elif not fill(doc, rng, CHAT_LINES, people, CHAT_FORMS, exclude=speaker):
            doc.add(rng.choice(CHAT_REPLIES))
        last_speaker = speaker
        doc.lower = False
        doc.add("\n")
        if rng.random() < 0.2:
            reactor = rng.choice(people)
            if not reactor.family and doc.room(reactor):
                doc.add(rng.choice(["    👍 ", "    ❤️ ", "    😂 "]))
                person_mention(doc, rng, reactor, rng.choice(["first", "dim", "short", "nick"]))
                doc.add("\n")


HANDOVER_FORMS = {"ini": 4, "sur": 3, "rankinit": 3, "rank": 3, "surinit": 2, "init": 2,
                  "short": 1, "nick": 1, "first": 1}  # fmt: skip
HANDOVER_POINTS = [
    "{a:rank} {age:sex} c/o back pain, seen by {*role}, {*acronym}. {b:ini}",
    "{a:sur} {age:sex} {*acronym} from {*time}, {=acronym:NOK} ({f:first}) informed on {phone}",
    "{a:rankinit} on {*shift} {*date}, swapped w/ {b:rankinit}",
    "{a:surinit} - {=acronym:RTW} interview {*date} {*time}, {*building}",
    "Welfare: {a:rank} ({age}) living out at {addr}, {town} {pc}. Mob {phone}",
    "{a:init} attended {*acronym} at {*time}, {*acronym}. ({b:ini})",
    "{a:nick} on light duties {*duration}, the {*role} aware",
    "{a:rank} DOB {dob} svc no {svc} - details to {*acronym}",
    "Keys for {*building} with {a:rankinit}",
    "{a:sur} to {base} {*date}, {=acronym:ETA} {*time} ({b:ini})",
    "{a:short} on call, {phone} (or {*ext})",
    "{a:rank} posted in from {unit}, arrives {*date}",
    "Nothing to report. {a:ini}",
    "{a:rankinit} {age:sex} fall in {*place_word}, {*acronym} at {*time}, {=acronym:NFA}. {b:ini}",
    "{a:rank} email {email:a} for the {*team} roster",
    "{=word:will} need {*count} for {*shift} - {a:ini} to sort",
    "{a:surinit} {age:sex} svc no {svc} - sick at home, {addr}, {pc}",
    "{a:rank} {age:sex} DOB {dob} - {=acronym:NOK} {f:first|dim} on {phone}",
    "{a:rankinit} ({age}) back from {base}, rejoins {unit} {*date}",
    "{*rank} from {*place_word} asked for {a:rankinit}, back {*time}",
    "{a:sur} living out, {town}, on {*shift} from {*date}",
]  # fmt: skip
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def handover(rng: random.Random, doc: Doc) -> None:
    people = cast_people(rng, rng.randint(4, 8), rng.randint(0, 1))
    staff = [p for p in people if not p.family]
    kind = rng.choice(["note", "medical", "dob", "rota", "duties"])
    if kind == "rota":
        rota(rng, doc, staff)
        return
    if kind == "dob":
        occurrence_book(rng, doc, people)
        return
    heading = {"note": "Shift handover", "medical": "Med centre log",
               "duties": "Duty list"}[kind]  # fmt: skip
    doc.add(f"{heading} ")
    doc.decoy("date", rng.choice(DECOY_POOLS["date"]))
    doc.add(" ")
    doc.decoy("shift", rng.choice(["0700-1500", "1500-2300", "2300-0700", "0800-2000"]))
    doc.add("\n")
    if kind == "duties":
        for label in rng.sample(["Duty Officer", "Duty NCO", "Duty Driver", "Guard Comd",
                                 "Duty Medic", "Orderly Sgt"], k=3):  # fmt: skip
            doc.add(f"{label}: ")
            person = rng.choice([p for p in staff if doc.room(p, 2)] or staff)
            person_mention(doc, rng, person, rng.choice(["rank", "rankinit", "surinit", "full"]))
            doc.add("\n")
    doc.add("On call: ")
    pair = rng.sample(staff, 2)
    person_mention(doc, rng, pair[0], "ini")
    doc.add(rng.choice([" / ", "/", " & "]))
    person_mention(doc, rng, pair[1], "ini")
    doc.add("\n")
    bullet = rng.choice(["- ", "* ", "", "• "])
    for _ in range(rng.randint(3, 7)):
        doc.add(bullet)
        if rng.random() < 0.08:
            emit(doc, rng, rng.choice(WORD_PHRASES), {}, HANDOVER_FORMS)
        elif not fill(doc, rng, HANDOVER_POINTS, people, HANDOVER_FORMS):
            doc.add("NTR")
        doc.add("\n")
    signer = next((p for p in staff if doc.room(p)), None)
    if signer is not None:
        doc.add(rng.choice(["Handed over by ", "Signed: ", "-- "]))
        person_mention(doc, rng, signer, rng.choice(["ini", "rankinit", "init", "surinit"]))
        doc.add("\n")


def rota(rng: random.Random, doc: Doc, staff: list[Person]) -> None:
    """A rota typed as text: names in one column, shift codes under the days."""
    days = DAYS[: rng.randint(5, 7)]
    sep = rng.choice(["  ", " | "])
    doc.add("Rota w/c ")
    doc.decoy("date", rng.choice(DECOY_POOLS["date"]))
    doc.add(" (")
    doc.decoy("team", rng.choice(DECOY_POOLS["team"]))
    doc.add(")\n")
    doc.add("Name".ljust(18) + sep + sep.join(d.ljust(4) for d in days) + "\n")
    name_form = rng.choice(["surinit", "rank", "surinit", "full"])
    for person in staff:
        start = doc.size
        person_mention(doc, rng, person, name_form)
        doc.add(" " * max(1, 18 - (doc.size - start)))
        for _ in days:
            doc.add(sep)
            code = rng.choice(["E", "L", "N", "D", "OFF", "A/L", "R/D", "LD"])
            doc.decoy("shift", code)
            doc.add(" " * (4 - len(code)))
        doc.add("\n")
    doc.add("On call: ")
    for i, person in enumerate(rng.sample(staff, 2)):
        doc.add(" / " if i else "")
        person_mention(doc, rng, person, "ini")
    doc.add("\n")
    if rng.random() < 0.7:
        doc.add("Swaps to ")
        person_mention(doc, rng, staff[0], rng.choice(["rankinit", "ini", "short"]))
        doc.add(" by ")
        doc.decoy("date", rng.choice(DECOY_POOLS["date"]))
        doc.add(" on ")
        doc.decoy("product", rng.choice(["WhatsApp", "Teams", "Outlook"]))
        doc.add(rng.choice([". ", ", ", " - "]))
        doc.decoy("shift", rng.choice(["2x12s", "3x8s", "nights", "earlies"]))
        doc.add(" count as one.\n")


def occurrence_book(rng: random.Random, doc: Doc, people: list[Person]) -> None:
    """A daily occurrence book: serial, time, occurrence, initials, as a piped table."""
    doc.add("Daily Occurrence Book - ")
    doc.decoy("building", rng.choice(["Guardroom", "Bldg 112", "Bldg 40", "Block 4"]))
    doc.add(" - ")
    doc.decoy("date", rng.choice(DECOY_POOLS["date"]))
    doc.add("\nSer | Time | Occurrence | Init\n")
    staff = [p for p in people if not p.family]
    for serial in range(1, rng.randint(4, 8)):
        doc.add(f"{serial} | ")
        doc.decoy("time", f"{rng.randint(0, 23):02d}{rng.choice(['00', '15', '30', '45'])}")
        doc.add(" | ")
        if not fill(doc, rng, HANDOVER_POINTS, people, HANDOVER_FORMS):
            doc.add("Rounds complete, all secure")
        doc.add(" | ")
        writer = next((p for p in staff if doc.room(p)), None)
        if writer is None:
            doc.add("-")
        else:
            person_mention(doc, rng, writer, "ini")
        doc.add("\n")


SURVEY_FORMS = {"first": 4, "dim": 3, "short": 2, "sur": 2, "rankinit": 2, "rank": 2, "ini": 1,
                "nick": 2, "full": 1}  # fmt: skip
SURVEY_ANSWERS = [
    "my boss {a:rankinit} was rly good when my mum was ill, {b:first|dim} not so much",
    "{a:dim|first} from welfare rang me on {phone} couple of times which helped",
    "the {*role} {a:rank} never listens, {*acronym} just fobbed me off",
    "im {age} and been in {*long_duration}, my {*role} {a:nick} is sound tho",
    "dr {a:sur} at the {*place_word} was brill, {*acronym} referal took ages",
    "me and {a:nick} both got posted to {base} and my wife {f:first|dim} had to move from {town}",
    "cant fault {a:short} and {b:short} in the {*team}",
    "{a:first|dim} in {*acronym} lost my forms twice!! had to resend dob {dob} and svc no {svc}",
    "my lad {f:first|dim} is {age:child} and he misses his mates in {town}",
    "{a:ini} sorted my {*acronym} in like {*duration}",
    "would of said something but {a:sur} is mates with the {*role}",
    "honestly {a:nick} keeps the whole {*team} going",
    "moved to {addr} {pc} and the {*product} was a lifesaver",
    "we was told to ring {a:dim|first} on {phone} but no one answered",
    "{*age_band} so not really relevant to me but {a:rank} did alot for the young lads",
    "i was {age} when i joined {*service}",
    "after {a:full} left it all went downhill in {unit}",
    "my missus {f:first|dim} is {age:w} and shes had enough of the moves",
    "speak to {a:rankinit} in {*building} he knows the score",
    "{=word:grant} money from {*product} helped us",
    "not really, {=word:will} see",
    "email me {email:a} if u want to follow up (its {a:first|dim})",
    "{a:nick} is only {age:w} and carries the whole {*team}",
    "im {age:w} next month and {a:rank} still calls me the young one",
    "we're in the {pc:out} area now, {*place_word} is miles away",
    "{*rank} on camp was ok but {a:first|dim} was better",
    "we live in {town} so {a:first|dim} gives me a lift to {base}",
]  # fmt: skip


def survey(rng: random.Random, doc: Doc) -> None:
    people = cast_people(rng, rng.randint(2, 5), rng.randint(0, 1))
    layout = rng.choice(["qa", "rows"])
    questions = [
        "Who has supported you most in the last year?",
        "Is there anything about your chain of command you want to tell us?",
        "Any other comments?",
        "What would make the move easier for your family?",
        "Tell us about your experience of welfare support.",
    ]
    if layout == "rows":
        doc.add("ResponseID,Q,Answer\n")
    answers = rng.randint(2, 5)
    for number in range(1, answers + 1):
        doc.lower = False
        if layout == "qa":
            doc.add(f"Q{number}: {rng.choice(questions)}\nA: ")
        else:
            doc.decoy("ref", f"R_{rng.randint(100000, 999999)}")
            doc.add(f",Q{number},")
        doc.lower = rng.random() < 0.7
        if rng.random() < 0.1:
            doc.add(rng.choice(["n/a", "no", "all good ta", "nothing to add"]))
        else:
            for k in range(rng.randint(1, 3)):
                doc.add(" " if k else "")
                if rng.random() < 0.1:
                    emit(doc, rng, rng.choice(WORD_PHRASES), {}, SURVEY_FORMS)
                elif not fill(doc, rng, SURVEY_ANSWERS, people, SURVEY_FORMS):
                    doc.add("thats it")
                doc.add(rng.choice([".", "", " tbh", "!!", " lol", ".."]) if k else ".")
        doc.lower = False
        doc.add("\n\n" if layout == "qa" else "\n")


MINUTES_FORMS = {"ini": 5, "rankinit": 3, "rank": 2, "sur": 2, "surinit": 1, "short": 1,
                 "first": 1, "nick": 1, "init": 1}  # fmt: skip
MINUTES_ITEMS = [
    "{*acronym} numbers down, {a:ini} to chase the {*team}. ({b:ini})",
    "Action: {a:ini} to chase {*acronym} by {*date}.",
    "Action: {a:ini}/{b:ini}",
    "{a:rankinit} briefed on the move to {base}; {*count} affected.",
    "{a:rank} raised the {*shift} rota again ({=acronym:AP}: {b:ini})",
    "The {*role} asked that {a:sur} attend {*building} {*date}.",
    "Welfare: {a:rankinit} ({age}) on {*acronym}, {b:ini} to visit {*date}.",
    "{a:nick} ({a:ini}) handed {*product} over to {b:short}.",
    "{*acronym}: {a:sur} leaving {unit} for {unit}. Cake in {*place_word} ({b:ini}).",
    "Budget: {*money} left; {a:ini} to confirm with {*role} {*acronym}.",
    "{a:rankinit} to update {*product} - {*acronym}.",
    "{=word:mark} out the car park before {*date} ({=acronym:AP}/{a:ini})",
    "Contact for the families day is {a:rank}, {phone}, {email:a}.",
    "{a:first|dim} from the {*team} to brief next time. ({b:ini})",
    "{*rank} to be detailed for {*shift} ({a:ini}).",
    "{a:rank} attached from {unit} for {*long_duration}.",
    "Families day in {town}: {a:ini} to book coach ({b:ini}).",
]  # fmt: skip


def minutes(rng: random.Random, doc: Doc) -> None:
    people = cast_people(rng, rng.randint(5, 9), 0)
    title = rng.choice(["Welfare meeting", "Coy conference", "Health committee", "Ops sync",
                        "Families forum", "Unit wellbeing meeting"])  # fmt: skip
    doc.add(f"Minutes - {title} - ")
    doc.decoy("date", rng.choice(DECOY_POOLS["date"]))
    doc.add(" - ")
    doc.decoy("building", rng.choice(DECOY_POOLS["building"]))
    doc.add("\nPresent: ")
    attending = rng.randint(3, min(6, len(people) - 1))
    role_words = ["OC", "CO", "CSM", "Adjt", "QM", "RSM", "UWO", "MO", "2IC", "chair", "mins"]
    for i, person in enumerate(people[:attending]):
        doc.add(", " if i else "")
        person_mention(doc, rng, person, rng.choice(["rank", "rank", "full", "init"]))
        if rng.random() < 0.6:
            doc.add(" (")
            if rng.random() < 0.5:
                person_mention(doc, rng, person, "ini")
            else:
                word = role_words.pop(rng.randrange(len(role_words)))
                doc.decoy("role", word)
            doc.add(")")
    doc.add("\nApols: ")
    for i, person in enumerate(people[attending : attending + rng.randint(1, 2)]):
        doc.add(", " if i else "")
        person_mention(doc, rng, person, rng.choice(["rankinit", "rank", "surinit", "nick"]))
    doc.add("\n\n")
    for number in range(1, rng.randint(4, 8)):
        doc.add(f"{number}. ")
        if rng.random() < 0.08:
            emit(doc, rng, rng.choice(WORD_PHRASES), {}, MINUTES_FORMS)
        elif not fill(doc, rng, MINUTES_ITEMS, people, MINUTES_FORMS):
            doc.add("Nothing new.")
        doc.add("\n")
    doc.decoy("acronym", "AOB")
    doc.add(": ")
    doc.decoy("acronym", "NFA" if rng.random() < 0.5 else "TBC")
    doc.add(". Next meeting ")
    doc.decoy("date", rng.choice(DECOY_POOLS["date"]))
    doc.add(".\n")
    writer = next((p for p in people if doc.room(p)), None)
    if writer is not None:
        doc.add("Mins: ")
        person_mention(doc, rng, writer, "ini")
        doc.add("\n")


SMS_FORMS = {"first": 5, "dim": 4, "short": 1, "sur": 1, "rank": 2, "nick": 2, "full": 2,
             "rankinit": 1}  # fmt: skip
SMS_TEXTS = [
    "{*greet} its {a:dim|first} from welfare call me back on {phone}",
    "{*greet} {b:first|dim} its {a:full} from the {*place_word}, ring me on {phone} pls",
    "this message is for {a:first}, its {b:rank} from {unit}, can you call me on {phone:w}",
    "{a:dim|first} its mum, {f:first|dim} turns {age:child} on {*date} dont forget",
    "hi {a:dim|first} its {b:dim|first} are u ok?? {*count} asking after u",
    "message for {a:rank}: your {*acronym} appt is {*date} {*time} {*building}",
    "its {a:short} here, new address is {addr}, {town}, {pc}",
    "{a:nick} its {b:nick}, {=word:will} be late, {*duration}",
    "hiya its {a:first|dim} from the {*team}, my email is {email:a:w}",
    "hello this is {a:title} calling about {b:first}, date of birth {dob:w}, please call back",
    "{a:first|dim} can u send me ur svc no its for {*acronym}. {b:ini}",
    "my svc number is {svc:w} and postcode {pc:w}",
    "hi its {a:first|dim}, {b:first|dim} is {age} tomorrow, party at {*place_word} {*time}",
    "{a:rank} asked me to pass on {phone} for {*role}",
    "its {a:dim|first}, dob {dob} if they ask, svc no {svc}",
    "{*greet} {a:first|dim}, we're in the {pc:out} area now near {base}",
    "{a:first|dim} please ring {b:title} at the surgery on {phone}",
    "{a:dim|first} it's {b:first|dim}, {=word:sue} says hi lol",
    "hi its {a:first} again, the number is {phone:w}, thats {phone:w} from {*time}",
    "this is {a:full} from the {*team}, {b:first} is {age:w} and needs a chaperone, ring me",
    "calling for {a:rank}, confirming svc no {svc:w}, dob {dob:w}, thanks",
    "{a:dim|first} here, postcode is {pc:w}, its the {pc:out} one not {pc:out}",
    "hello its {a:first|dim}, email is {email:a:w}, {*signoff}",
    "hi this is {a:first} ringing for {b:first|dim}, postcode {pc:w}, date of birth {dob:w}",
    "its {a:dim|first} from {unit}, service number {svc:w}, call me on {phone:w}",
    "message for {a:first|dim}, its {b:title}, please ring {phone:w}, postcode {pc:w}",
    "{*rank} came round asking for {a:first|dim}, he was on {unit:ship} with you",
    "{a:first|dim} its {b:first|dim}, stuck in {town}, be there {*time}",
]  # fmt: skip


def sms(rng: random.Random, doc: Doc) -> None:
    people = cast_people(rng, rng.randint(2, 4), rng.randint(0, 1))
    for _ in range(rng.randint(1, 4)):
        doc.lower = False
        sender = None
        if rng.random() < 0.45:
            doc.add("Voicemail ")
            doc.decoy("date", rng.choice(DECOY_POOLS["date"]))
            doc.add(" ")
            doc.decoy("time", rng.choice(DECOY_POOLS["time"]))
            doc.add(f" ({rng.randint(0, 1)}:{rng.randint(5, 59):02d}): ")
        else:
            doc.add(rng.choice(["Text from ", "SMS ", "From: "]))
            senders = [p for p in people if doc.room(p) and not p.family]
            sender = rng.choice(senders) if senders else None
            if sender is None:
                doc.add("unknown")
            else:
                person_mention(
                    doc, rng, sender, rng.choice(["dim", "full", "rank", "short", "nick"])
                )
            doc.add(" ")
            doc.decoy("time", rng.choice(DECOY_POOLS["time"]))
            doc.add(": ")
        doc.lower = rng.random() < 0.6
        if not fill(doc, rng, SMS_TEXTS, people, SMS_FORMS, exclude=sender):
            doc.add("call me back")
        if rng.random() < 0.5:
            doc.add(" ")
            doc.decoy("signoff", rng.choice(DECOY_POOLS["signoff"]))
        doc.lower = False
        doc.add("\n")


WRITERS = {"chat": chat, "handover": handover, "survey": survey, "minutes": minutes, "sms": sms}


# ---------------------------------------------------------------------------------------------
# Checks made on each document; a document that fails is written again from the next draw.


def name_words(doc: Doc) -> set[str]:
    text = doc.text
    words = set()
    for span in doc.spans:
        if span["type"] == "PERSON":
            for part in re.split(r"[\s.,/-]+", text[span["start"] : span["end"]]):
                if len(part) > 1 and part.lower() not in RANK_WORDS:
                    words.add(part.lower())
    return words


def is_clean(doc: Doc) -> bool:
    """No word of a person's name stands unlabelled, and no decoy is a name in its document."""
    text = doc.text
    names = name_words(doc)
    covered = set()
    for mark in doc.spans + doc.decoys:
        covered.update(range(mark["start"], mark["end"]))
    for word in re.finditer(r"[A-Za-z']+", text):
        if word.start() not in covered and word.group().lower() in names:
            return False
    for decoy in doc.decoys:
        parts = re.split(r"[\s.,/-]+", text[decoy["start"] : decoy["end"]].lower())
        if any(part in names for part in parts):
            return False
    return True


def write_document(rng: random.Random, style: str) -> Doc:
    for _ in range(50):
        doc = Doc()
        WRITERS[style](rng, doc)
        if is_clean(doc) and any(s["type"] == "PERSON" for s in doc.spans):
            return doc
    raise RuntimeError(f"no clean {style} document in 50 draws")


def build() -> str:
    rng = random.Random(SEED)
    lines = []
    for number in range(1, PER_STYLE * len(STYLES) + 1):
        style = STYLES[(number - 1) % len(STYLES)]
        doc = write_document(rng, style)
        record = {
            "id": f"dev8-{number:04d}",
            "style": style,
            "format": "txt",
            "text": doc.text,
            "spans": doc.spans,
            "decoys": doc.decoys,
        }
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return "\n".join(lines) + "\n"


def stats(corpus: str) -> str:
    docs = [json.loads(line) for line in corpus.splitlines()]
    styles = Counter(d["style"] for d in docs)
    types = Counter(s["type"] for d in docs for s in d["spans"])
    forms = Counter(f"{s['type']}/{s['form']}" for d in docs for s in d["spans"])
    kinds = Counter(x["kind"] for d in docs for x in d["decoys"])
    people = [
        n for d in docs
        for n in Counter(s["entity"] for s in d["spans"] if s["type"] == "PERSON").values()
    ]  # fmt: skip
    out = [
        f"documents: {len(docs)}",
        f"distinct people (entities, counted per document): {len(people)}",
        f"people mentioned more than once in their document: {sum(n > 1 for n in people)}",
    ]
    for title, counts in (("style", styles), ("type", types), ("type/form", forms),
                          ("decoy kind", kinds)):  # fmt: skip
        out += ["", f"| {title} | count |", "|---|---|"]
        out += [f"| {key} | {counts[key]} |" for key in sorted(counts)]
        out.append(f"| total | {sum(counts.values())} |")
    out += ["", f"sha256: {hashlib.sha256(corpus.encode('utf-8')).hexdigest()}"]
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed file")
    parser.add_argument("--stats", action="store_true", help="print counts")
    args = parser.parse_args()
    corpus = build()
    if args.stats:
        print(stats(corpus))
        return 0
    if args.check:
        same = OUT.read_text(encoding="utf-8") == corpus
        print("corpus.jsonl reproduced" if same else "corpus.jsonl differs")
        return 0 if same else 1
    OUT.write_text(corpus, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
