"""Generate the third scrub TUNING corpus (tests/data/scrub_dev3/corpus.jsonl).

Standard library only, seeded, reproducible. Written blind: its author did not read the
scrubber. Its point is repeated mentions of the same person in varied forms (full name,
first name, surname, rank + surname, title + surname, initials, SURNAME, First,
diminutives and service nicknames, misspellings, names split over a line), so that
"one placeholder per person" and short-form recall can be tuned on it.

Every labelled value and decoy is recorded at the moment its text is appended, so offsets
are exact by construction.

    python generate.py            # write ../corpus.jsonl
    python generate.py --check    # "corpus.jsonl reproduced" or exit 1
    python generate.py --stats    # counts per type, form and decoy kind
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 20261207
DOCUMENTS = 600
OUT = Path(__file__).resolve().parents[1] / "corpus.jsonl"

# origin -> (first names with (given, diminutive or None, gender), surnames)
NAMES = {
    "english": (
        [
            ("David", "Dave", "m"),
            ("Rebecca", "Bex", "f"),
            ("Michael", "Mikey", "m"),
            ("Thomas", "Tommo", "m"),
            ("Samantha", "Sam", "f"),
            ("Christopher", "Chris", "m"),
            ("Elizabeth", "Lizzie", "f"),
            ("Daniel", "Danny", "m"),
            ("Katherine", "Kate", "f"),
            ("Stephen", "Steve", "m"),
            ("Victoria", "Vicky", "f"),
            ("Matthew", "Matty", "m"),
            ("William", "Will", "m"),
            ("Grace", None, "f"),
            ("Frank", None, "m"),
            ("Mark", None, "m"),
            ("Rose", None, "f"),
            ("Hope", None, "f"),
            ("Nathan", "Nate", "m"),
            ("Joanne", "Jo", "f"),
        ],
        [
            "Smith",
            "Miller",
            "White",
            "Clark",
            "Holloway",
            "Fletcher",
            "Turner",
            "Barker",
            "Whitfield",
            "Ashworth",
            "Pennington",
            "Higgins",
        ],
    ),
    "scottish": (
        [
            ("Alasdair", "Ali", "m"),
            ("Iain", None, "m"),
            ("Morag", None, "f"),
            ("Catriona", "Cat", "f"),
            ("Hamish", None, "m"),
            ("Ewan", None, "m"),
            ("Kirsty", None, "f"),
        ],
        ["MacLeod", "Robertson", "Buchanan", "McKenzie", "Cameron", "Drummond", "MacAulay"],
    ),
    "welsh": (
        [
            ("Rhys", None, "m"),
            ("Gareth", "Gaz", "m"),
            ("Dafydd", "Dai", "m"),
            ("Siân", None, "f"),
            ("Bethan", "Beth", "f"),
            ("Owain", None, "m"),
            ("Cerys", None, "f"),
        ],
        ["Pritchard", "Llewellyn", "Griffiths", "Evans", "Vaughan", "Prosser", "Bevan"],
    ),
    "irish": (
        [
            ("Siobhan", "Shiv", "f"),
            ("Padraig", "Paddy", "m"),
            ("Ciaran", None, "m"),
            ("Aoife", None, "f"),
            ("Declan", "Dec", "m"),
            ("Niamh", None, "f"),
        ],
        ["O'Sullivan", "Brennan", "Murphy", "Gallagher", "Byrne", "Doherty", "Quinlan"],
    ),
    "polish": (
        [
            ("Katarzyna", "Kasia", "f"),
            ("Małgorzata", "Gosia", "f"),
            ("Tomasz", "Tomek", "m"),
            ("Wojciech", "Wojtek", "m"),
            ("Agnieszka", "Aga", "f"),
            ("Krzysztof", "Krzys", "m"),
        ],
        ["Nowak", "Kowalczyk", "Wiśniewski", "Zieliński", "Wójcik", "Mazur", "Krawczyk"],
    ),
    "nigerian": (
        [
            ("Oluwaseun", "Seun", "m"),
            ("Chukwuemeka", "Emeka", "m"),
            ("Adebayo", "Bayo", "m"),
            ("Ngozi", None, "f"),
            ("Babajide", "Jide", "m"),
            ("Folasade", "Sade", "f"),
            ("Chiamaka", "Chi", "f"),
        ],
        ["Okafor", "Adeyemi", "Nwosu", "Balogun", "Okonkwo", "Olawale", "Eze"],
    ),
    "nepali": (
        [
            ("Bikram", None, "m"),
            ("Dil", None, "m"),
            ("Sunita", None, "f"),
            ("Prakash", None, "m"),
            ("Kamal", None, "m"),
            ("Rajendra", "Raju", "m"),
            ("Yam", None, "m"),
        ],
        ["Gurung", "Tamang", "Rai", "Limbu", "Pun", "Thapa", "Magar"],
    ),
    "fijian": (
        [
            ("Josefa", "Joe", "m"),
            ("Semi", None, "m"),
            ("Litia", None, "f"),
            ("Waisale", "Wai", "m"),
            ("Apisai", "Api", "m"),
            ("Mere", None, "f"),
        ],
        ["Naivalu", "Ravouvou", "Tikoisuva", "Waqa", "Nadolo", "Qereqeretabua"],
    ),
    "south_asian": (
        [
            ("Mohammed", "Mo", "m"),
            ("Priya", None, "f"),
            ("Sanjay", "Sanj", "m"),
            ("Aisha", None, "f"),
            ("Imran", "Immy", "m"),
            ("Harpreet", "Harps", "f"),
            ("Rajesh", "Raj", "m"),
        ],
        ["Patel", "Khan", "Singh", "Hussain", "Sharma", "Chaudhry", "Begum"],
    ),
    "caribbean": (
        [
            ("Marcus", None, "m"),
            ("Shanice", None, "f"),
            ("Delroy", "Del", "m"),
            ("Jerome", "Rome", "m"),
            ("Keisha", None, "f"),
            ("Winston", "Winnie", "m"),
        ],
        ["Campbell", "Francis", "Grant", "Clarke", "Thompson", "McFarlane"],
    ),
    "chinese": (
        [("Wei", None, "m"), ("Mei", None, "f"), ("Kevin", "Kev", "m")],
        ["Ng", "Chen", "Wong", "Li"],
    ),
}
SURNAME_NICKNAMES = {
    "Smith": "Smudge",
    "Miller": "Dusty",
    "White": "Chalky",
    "Clark": "Nobby",
    "Murphy": "Spud",
    "Clarke": "Nobby",
    "Evans": "Taff",
    "Turner": "Tiny",
}
ORIGIN_NICKNAMES = {"welsh": "Taff", "scottish": "Jock", "irish": "Paddy"}

RANKS = {
    "soldier": ["Pte", "LCpl", "Cpl", "Lance Corporal", "Corporal", "Rfn", "Spr", "Gnr"],
    "nco": [
        "Sgt",
        "SSgt",
        "CSgt",
        "Sergeant",
        "Colour Sergeant",
        "WO2",
        "Cpl",
        "PO",
        "Flight Sergeant",
    ],
    "officer": ["Lt", "Capt", "Maj", "Captain", "Major", "Lt Col", "Flt Lt", "Sqn Ldr", "Lt Cdr"],
}
ROLES = ["mate", "mate", "mate", "nco", "officer", "welfare", "gp", "partner", "child", "mum"]
MILITARY = {"mate": "soldier", "nco": "nco", "officer": "officer"}

UNITS = {
    "battalion": [
        "2 RIFLES",
        "1 R WELSH",
        "2 RGR",
        "1 PARA",
        "3 SCOTS",
        "1 YORKS",
        "1st Battalion Irish Guards",
        "2nd Battalion The Rifles",
        "1 R ANGLIAN",
        "4 SCOTS",
        "1 LANCS",
    ],
    "regiment": [
        "the Light Dragoons",
        "22 Engineer Regiment",
        "the Royal Tank Regiment",
        "the Royal Scots Dragoon Guards",
        "3 Regiment RLC",
        "the Queen's Royal Hussars",
        "16 Regiment RA",
    ],
    "commando": ["40 Commando", "42 Cdo", "45 Commando", "3 Commando Brigade", "29 Commando"],
    "formation": [
        "16 Air Assault Brigade",
        "3rd (UK) Division",
        "1st Armoured Infantry Brigade",
        "4th Infantry Brigade",
    ],
    "ship": [
        "HMS Albion",
        "HMS Somerset",
        "RFA Argus",
        "HMS Northumberland",
        "HMS Ocean",
        "HMS Dragon",
        "RFA Lyme Bay",
    ],
    "squadron": [
        "617 Squadron",
        "IX(B) Squadron",
        "XV Sqn",
        "24 Squadron",
        "1 Squadron RAF Regiment",
        "the squadron at 815 NAS",
    ],
}
BASES = {
    "base": [
        "RAF Brize Norton",
        "Stonehouse Barracks",
        "HMNB Devonport",
        "Bulford Camp",
        "Lympstone",
        "RAF Lossiemouth",
        "Dale Barracks",
        "Beacon Barracks",
        "RAF Marham",
        "Longmoor Camp",
        "Kinloss Barracks",
    ],
    "abbreviation": [
        "CTCRM",
        "ATR Pirbright",
        "ITC Catterick",
        "RNAS Culdrose",
        "DMRC",
        "RMAS",
        "HMNB Clyde",
        "RAF Halton",
    ],
    "garrison": [
        "Catterick",
        "Tidworth",
        "Aldershot",
        "Colchester",
        "Larkhill",
        "Warminster",
        "Sennybridge",
        "Paderborn",
        "Bulford",
    ],
}
TOWNS = [
    "Wrexham",
    "Merthyr Tydfil",
    "Dundee",
    "Sunderland",
    "Leicester",
    "Hereford",
    "Barrow-in-Furness",
    "Ballymena",
    "Luton",
    "Stornoway",
    "Wolverhampton",
    "Ashford",
    "Grimsby",
    "Kirkcaldy",
    "Pontypridd",
    "Blackburn",
    "Swindon",
    "Omagh",
]
DOMAINS = [
    "gmail.com",
    "hotmail.co.uk",
    "outlook.com",
    "mod.gov.uk",
    "yahoo.co.uk",
    "btinternet.com",
]

PRODUCTS = [
    "Togetherall",
    "Headspace",
    "SSAFA",
    "Combat Stress",
    "Help for Heroes",
    "Op Courage",
    "the Samaritans",
    "WhatsApp",
    "JPA",
    "Calm",
]
ROLE_WORDS = [
    "the OC",
    "my sgt",
    "the padre",
    "the CO",
    "my corporal",
    "the RSM",
    "the welfare officer",
    "my section commander",
    "the boss",
    "the sarge",
]
COUNTS = [
    "six years",
    "12 years",
    "three tours",
    "2 tours",
    "twelve weeks",
    "6 weeks",
    "four months",
    "ten days",
    "22 years",
    "nine months",
    "two deployments",
]

WORDS = [
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
DIGIT_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]

# Initials that read as ordinary words are not used as bare initials.
WORDLIKE = {
    "am",
    "an",
    "as",
    "at",
    "be",
    "by",
    "do",
    "go",
    "he",
    "hi",
    "if",
    "in",
    "is",
    "it",
    "me",
    "my",
    "no",
    "of",
    "oh",
    "ok",
    "on",
    "or",
    "so",
    "to",
    "up",
    "us",
    "we",
    "ma",
    "pa",
    "mo",
}


def number_words(n: int, rng: random.Random) -> str:
    if n < 20:
        return WORDS[n]
    tens, unit = divmod(n, 10)
    if not unit:
        return TENS[tens]
    return TENS[tens] + rng.choice(["-", " "]) + WORDS[unit]


class Person:
    def __init__(
        self, key: str, role: str, origin: str, first: tuple, surname: str, rng: random.Random
    ) -> None:
        self.key = key
        self.role = role
        self.origin = origin
        self.first, self.dim, self.gender = first
        self.surname = surname
        if role in MILITARY:
            self.rank = rng.choice(RANKS[MILITARY[role]])
        elif role == "welfare" and rng.random() < 0.4:
            self.rank = "WO2"
        else:
            self.rank = None
        if role == "gp":
            self.title = "Dr"
        elif role in ("welfare", "mum") or (role == "officer" and rng.random() < 0.2):
            self.title = rng.choice(["Mr", "Mr"] if self.gender == "m" else ["Mrs", "Ms", "Miss"])
        else:
            self.title = None
        self.nickname = None
        if role in MILITARY or role == "welfare":
            if surname in SURNAME_NICKNAMES and rng.random() < 0.7:
                self.nickname = SURNAME_NICKNAMES[surname]
            elif origin in ORIGIN_NICKNAMES and rng.random() < 0.4:
                self.nickname = ORIGIN_NICKNAMES[origin]
        self.typo = misspell(surname if role not in ("partner", "child") else self.first, rng)

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"

    def forms(self) -> list[tuple[str, int]]:
        """(form, weight) this person can be written in after the first mention."""
        if self.role in ("partner", "child"):
            out = [("first", 8), ("full", 1)]
            if self.dim:
                out.append(("dim", 4))
            if self.typo:
                out.append(("typo", 1))
            return out
        out = [("first", 4), ("sur", 4), ("init", 2), ("surfirst", 1), ("broken", 1)]
        if self.rank:
            out.append(("rank", 5))
        if self.title:
            out.append(("title", 4))
        if self.dim or self.nickname:
            out.append(("dim", 4))
        if self.typo:
            out.append(("typo", 2))
        return out


def misspell(name: str, rng: random.Random) -> str | None:
    if len(name) < 5 or not name.isalpha():
        return None
    vowels = "aeiou"
    for _ in range(10):
        i = rng.randrange(2, len(name))
        ch = name[i]
        how = rng.random()
        if ch in vowels and how < 0.6:
            new = name[:i] + rng.choice([v for v in vowels if v != ch]) + name[i + 1 :]
        elif how < 0.8 and ch not in vowels:
            new = name[:i] + ch + name[i:]
        else:
            new = name[:i] + name[i + 1 :]
        if new != name and len(new) >= 4:
            return new
    return None


class Doc:
    """Text being built, with its labels recorded as each piece is appended."""

    def __init__(self, lower: bool) -> None:
        self.lower = lower
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[dict] = []
        self.decoys: list[dict] = []

    def add(self, text: str) -> None:
        if self.lower:
            text = text.lower()
        self.parts.append(text)
        self.pos += len(text)

    def span(self, kind: str, form: str, text: str, entity: str | None = None) -> None:
        start = self.pos
        self.add(text)
        record = {"type": kind, "start": start, "end": self.pos, "form": form}
        if entity:
            record["entity"] = entity
        self.spans.append(record)

    def decoy(self, kind: str, text: str) -> None:
        start = self.pos
        self.add(text)
        self.decoys.append({"start": start, "end": self.pos, "kind": kind})

    @property
    def text(self) -> str:
        return "".join(self.parts)


class World:
    """Per-document values: the participant's age, unit, base, town, phone, e-mail."""

    def __init__(self, rng: random.Random, people: list[Person]) -> None:
        self.rng = rng
        self.people = people
        self.age = rng.randint(22, 64)
        self.join_age = rng.randint(16, 26)

    def mention(self, doc: Doc, person: Person, form: str) -> None:
        rng = self.rng
        lower = rng.random() < 0.08
        if form == "full":
            text = person.full
        elif form == "first":
            text = person.first
        elif form == "sur":
            text = person.surname
        elif form == "rank":
            name = person.full if rng.random() < 0.2 else person.surname
            if person.origin == "nepali" and rng.random() < 0.3:
                name = person.first
            text = f"{person.rank} {name}"
        elif form == "title":
            text = f"{person.title} {person.surname}"
        elif form == "init":
            initials = (person.first[0] + person.surname[0]).lower()
            choice = rng.random()
            if choice < 0.25 and initials not in WORDLIKE:
                text = initials.upper() if rng.random() < 0.6 else initials
            elif choice < 0.5:
                text = f"{person.first[0]}. {person.surname}"
            elif choice < 0.75:
                text = f"{person.first[0]} {person.surname}"
            else:
                text = f"{person.first[0]} {person.surname}".lower()
        elif form == "surfirst":
            text = f"{person.surname.upper()}, {person.first}"
        elif form == "dim":
            if person.nickname and (not person.dim or rng.random() < 0.6):
                if rng.random() < 0.3 and person.nickname in SURNAME_NICKNAMES.values():
                    text = f"{person.nickname} {person.surname}"
                else:
                    text = person.nickname
            else:
                text = person.dim or person.first
        elif form == "typo":
            text = person.typo or person.surname
        elif form == "broken":
            text = f"{person.first}\n{person.surname}"
        else:
            raise ValueError(form)
        if lower and form != "surfirst":
            text = text.lower()
        doc.span("PERSON", form, text, person.key)

    def value(self, doc: Doc, key: str) -> None:
        rng = self.rng
        if key == "AGE":
            age = self.age
        elif key == "JAGE":
            age = self.join_age
        elif key == "KAGE":
            age = rng.randint(2, 17)
        else:
            age = 0
        if key in ("AGE", "JAGE", "KAGE"):
            if rng.random() < 0.5:
                doc.span("AGE", "digits", str(age))
            else:
                doc.span("AGE", "words", number_words(age, rng))
        elif key == "UNIT":
            kind = rng.choice(sorted(UNITS))
            doc.span("UNIT", kind, rng.choice(UNITS[kind]))
        elif key == "BASE":
            kind = rng.choice(sorted(BASES))
            doc.span("BASE", kind, rng.choice(BASES[kind]))
        elif key == "TOWN":
            doc.span("LOCATION", "town", rng.choice(TOWNS))
        elif key == "PHONE":
            digits = "07" + "".join(str(rng.randrange(10)) for _ in range(9))
            if rng.random() < 0.65:
                layout = rng.choice([(5, 6), (5, 3, 3), (4, 3, 4), (11,)])
                chunks, i = [], 0
                for n in layout:
                    chunks.append(digits[i : i + n])
                    i += n
                doc.span("PHONE", "digits", " ".join(chunks))
            else:
                words, i = [], 0
                while i < len(digits):
                    if i + 1 < len(digits) and digits[i] == digits[i + 1] and rng.random() < 0.7:
                        words.append("double " + DIGIT_WORDS[int(digits[i])])
                        i += 2
                    else:
                        words.append(DIGIT_WORDS[int(digits[i])])
                        i += 1
                doc.span("PHONE", "words", " ".join(words))
        elif key == "EMAIL":
            person = rng.choice(self.people) if self.people else None
            first = (person.first if person else "sam").lower()
            sur = (person.surname if person else "jones").lower().replace("'", "")
            local = rng.choice(
                [f"{first}.{sur}", f"{first[0]}{sur}", f"{first}{rng.randint(1, 99)}"]
            )
            local = local.encode("ascii", "ignore").decode()
            domain = rng.choice(DOMAINS)
            if rng.random() < 0.7:
                doc.span("EMAIL", "plain", f"{local}@{domain}")
            else:
                spoken = local.replace(".", " dot ") + " at " + domain.replace(".", " dot ")
                doc.span("EMAIL", "words", spoken)
        else:
            raise ValueError(key)


TOKEN = re.compile(r"(\{[^}]+\})")

# Sentences naming a person ({P}), by the person's role ("any" fits everyone).
PERSON_LINES = {
    "any": [
        "{P} was the one who rang me that night.",
        "I still talk to {P} most weeks.",
        "Honestly, without {P} I don't know where I'd be.",
        "That was {P}'s idea in the first place.",
        "I went to see {P} about it in the end.",
        "{P} knew, I think, before I did.",
        "and {P} just said, look, you need to talk to someone.",
        "I {~word:will} say {P} never judged me.",
        "{P} sent me a link to {~product} and I actually used it.",
        "it was {P} who drove me to {BASE} that morning.",
        "{P}'s a good sort, to be {~word:frank}.",
        "I lost touch with {P} for a bit after {TOWN}.",
        "{P} would {~word:mark} my card if I was slipping.",
    ],
    "mate": [
        "me and {P} went through basic together at {BASE}.",
        "{P} was the joker of the section.",
        "{P}'s missus used to feed half the platoon.",
        "I was in {UNIT} with {P} for {~count}.",
        "{P} got out a year before me.",
        "{P}'s lad is {KAGE} now, same as mine.",
        "We were on {UNIT} together, {P} and me, best years.",
        "{P} still messages on {~product} every Friday.",
    ],
    "nco": [
        "{~rank:the sarge}... {P} it was, pulled me aside after.",
        "{P} was my section commander in {UNIT}.",
        "{P} ran the range at {BASE} like clockwork.",
        "Nobody messed with {P}, but {P} was fair.",
        "{P} put me forward for my cadre.",
    ],
    "officer": [
        "{P} was the OC then, and {P} actually listened.",
        "I had an interview with {P} at {BASE}.",
        "{P} signed off my discharge paperwork.",
        "{P} came out to {TOWN} to see my mum, which was decent.",
    ],
    "welfare": [
        "{P} from welfare got the ball rolling.",
        "I rang {P} on {PHONE} and left a message.",
        "{P} put me in touch with {~product}.",
        "{P} at {BASE} was brilliant with the housing stuff.",
    ],
    "gp": [
        "{P} at the practice in {TOWN} referred me.",
        "{P} was the first doctor who didn't just hand me tablets.",
        "I saw {P} again in the spring and it was better.",
    ],
    "partner": [
        "my wife {P} noticed it first.",
        "{P} held it all together while I was away.",
        "{P} and the kids moved up to {TOWN} with me.",
        "{P} says I'm calmer now, and I {~word:hope} she's right.",
        "{P}'s mum helped out loads.",
    ],
    "child": [
        "our eldest, {P}, is {KAGE} now.",
        "{P} was only {KAGE} when I deployed.",
        "{P} asks about it sometimes.",
        "I do the school run with {P} now.",
    ],
    "mum": [
        "my mum, {P}, still lives in {TOWN}.",
        "{P} never wanted me to join up.",
        "{P} wrote to me every week on tour.",
    ],
}
# Sentences for a name in roll-call order or as initials, where it reads naturally.
SURFIRST_LINES = [
    "On the nominal roll it was {P}.",
    "The letter was addressed to {P}.",
    "the list had {P} on it, top line.",
]
SURFIRST_INT_LINES = [
    "For the record, that's {P} on the list?",
    "I've got {P} written down here, is that right?",
]
FILLER = [
    "I joined at {JAGE}.",
    "I'm {AGE} now, if you can believe it.",
    "I was born and bred in {TOWN}.",
    "I did {~count} in {UNIT}.",
    "We were based at {BASE} for a while.",
    "Then I got posted to {BASE}.",
    "{~rank} didn't want to know, to be {~word:frank}.",
    "I spoke to {~rank} and nothing happened.",
    "The {~word:bill} for the car nearly finished me off.",
    "By the {~word:grace} of God I got through it.",
    "Prices {~word:rose} and the pension didn't.",
    "I {~word:hope} it gets better for the young ones.",
    "I used {~product} for a bit.",
    "It took {~count} to get seen.",
    "You can reach me on {PHONE}.",
    "My email is {EMAIL} if you need it.",
    "Home was {TOWN}, always has been.",
    "I was {AGE} when I finally asked for help.",
    "It was hard, I won't lie.",
    "Some days are better than others.",
    "I went back to {UNIT} after that.",
    "{~rank} was useless, but that's the job.",
]
QUESTIONS = [
    "Can you tell me a bit about that?",
    "How did that feel?",
    "Mm.",
    "Right.",
    "And when was that?",
    "Who else was around at the time?",
    "Go on.",
    "Okay.",
    "What happened next?",
    "How old were you then?",
    "Where were you based?",
    "And how are things now?",
    "Was there anyone you could talk to?",
    "Yeah.",
]
INT_PERSON_LINES = [
    "And {P}, are you still in touch?",
    "You mentioned {P} earlier.",
    "How did {P} take it?",
    "Was {P} there too?",
    "Tell me more about {P}.",
    "Sorry, was that {P}?",
]
INT_ROLE_LINES = {
    "nco": "So {P} was your section commander?",
    "officer": "And {P} was the OC?",
    "partner": "How was {P} with it all?",
    "child": "How old is {P} now?",
    "gp": "Was {P} your GP?",
}


def render(
    doc: Doc,
    world: World,
    template: str,
    person: Person | None,
    form: str | None,
    rng: random.Random,
    sentence_start: bool = True,
) -> None:
    used = False
    for number, piece in enumerate(p for p in TOKEN.split(template) if p):
        if not piece:
            continue
        if not (piece.startswith("{") and piece.endswith("}")):
            doc.add(piece)
            continue
        key = piece[1:-1]
        if key == "P":
            assert person is not None and form is not None
            if used:  # a second {P} in one line: a first name or surname, same person
                world.mention(doc, person, rng.choice(["first", "sur"]))
            else:
                world.mention(doc, person, form)
                used = True
        elif key.startswith("~"):
            kind, _, literal = key[1:].partition(":")
            if not literal:
                pool = {"product": PRODUCTS, "rank": ROLE_WORDS, "count": COUNTS}[kind]
                literal = rng.choice(pool)
            if number == 0 and sentence_start:
                literal = literal[0].upper() + literal[1:]
            doc.decoy(kind, literal)
        else:
            world.value(doc, key)


def person_line(person: Person, form: str, rng: random.Random, interviewer: bool) -> str:
    if form == "surfirst":
        return rng.choice(SURFIRST_INT_LINES if interviewer else SURFIRST_LINES)
    if interviewer:
        if person.role in INT_ROLE_LINES and rng.random() < 0.3:
            return INT_ROLE_LINES[person.role]
        return rng.choice(INT_PERSON_LINES)
    pool = PERSON_LINES[person.role] + PERSON_LINES["any"]
    if person.role in ("partner", "child", "mum"):
        pool = PERSON_LINES[person.role] * 2 + PERSON_LINES["any"][:6]
    line = rng.choice(pool)
    if person.role == "partner" and person.gender == "m":
        line = line.replace("my wife", "my husband").replace("she's", "he's")
    return line


def cast(rng: random.Random, count: int) -> list[Person]:
    people: list[Person] = []
    fulls: set[str] = set()
    nicknames: set[str] = set()
    share = rng.random() < 0.25
    for index in range(count):
        role = rng.choice(ROLES)
        if role in ("partner", "child", "mum") and any(p.role == role for p in people):
            role = "mate"
        origin = rng.choice(sorted(NAMES))
        firsts, surnames = NAMES[origin]
        if role == "mum":
            firsts = [f for f in firsts if f[2] == "f"] or firsts
        first, surname = rng.choice(firsts), rng.choice(surnames)
        if share and people and index == 1:
            other = people[0]
            if rng.random() < 0.5:  # same first name, different surname
                first = next(f for f in NAMES[other.origin][0] if f[0] == other.first)
            else:  # same surname (Gurkhas, brothers, a couple)
                origin, surname = other.origin, other.surname
                firsts = NAMES[origin][0]
                first = rng.choice([f for f in firsts if f[0] != other.first] or firsts)
        if role in ("child", "mum") and people and rng.random() < 0.5:
            surname = people[0].surname if people[0].role == "partner" else surname
        if role == "mum" and first[2] != "f":
            role = "mate"
        if f"{first[0]} {surname}" in fulls or first[0] == surname:
            continue
        person = Person(f"p{len(people) + 1}", role, origin, first, surname, rng)
        if person.nickname in nicknames:
            person.nickname = None
        nicknames.add(person.nickname or "")
        fulls.add(person.full)
        people.append(person)
    return people


def mention_plan(
    people: list[Person], rng: random.Random, most: int = 8
) -> list[tuple[Person, str]]:
    """Each person's mentions in order: full name (or rank + full name) first, then others."""
    per_person: dict[str, list[str]] = {}
    for person in people:
        n = rng.randint(2, max(2, most))
        forms, weights = zip(*person.forms(), strict=True)
        rest = rng.choices(forms, weights=weights, k=n - 1)
        per_person[person.key] = ["full", *rest]
    keys = []
    for person in people:
        keys.extend((rng.random(), person.key) for _ in per_person[person.key])
    keys.sort()
    by_key = {p.key: p for p in people}
    cursor = dict.fromkeys(by_key, 0)
    plan = []
    for _, key in keys:
        plan.append((by_key[key], per_person[key][cursor[key]]))
        cursor[key] += 1
    return plan


def interview(index: int, rng: random.Random) -> dict:
    doc = Doc(lower=False)
    people = cast(rng, rng.randint(2, 5))
    world = World(rng, people)
    plan = mention_plan(people, rng)
    named_labels = rng.random() < 0.4
    partner_in = rng.random() < 0.25
    if named_labels:
        firsts, surnames = NAMES[rng.choice(sorted(NAMES))]
        speaker = Person(
            f"p{len(people) + 1}", "mate", "english", rng.choice(firsts), rng.choice(surnames), rng
        )
        if any(speaker.first == p.first or speaker.surname == p.surname for p in people):
            named_labels = False
        else:
            people.append(speaker)
    int_label = rng.choice(["INT", "Interviewer", "I", "Q"])
    int_person = None
    if named_labels and rng.random() < 0.5:
        firsts, surnames = NAMES[rng.choice(sorted(NAMES))]
        int_person = Person(
            f"p{len(people) + 1}", "gp", "english", rng.choice(firsts), rng.choice(surnames), rng
        )
        if any(int_person.first == p.first or int_person.surname == p.surname for p in people):
            int_person = None
        else:
            people.append(int_person)
    part_label = rng.choice(["P1", "R", "Participant", "A"]) if not named_labels else None
    n_turns = rng.randint(15, 60)
    # Which turn carries each planned mention (in order); interviewers carry a few.
    slots = sorted(
        min(n_turns - 1, 2 * rng.randrange(n_turns // 2) + (rng.random() < 0.85)) for _ in plan
    )
    by_turn: dict[int, list[tuple[Person, str]]] = {}
    for (person, form), slot in zip(plan, slots, strict=True):
        by_turn.setdefault(slot, []).append((person, form))
    label_form = rng.choice(["first", "full", "dim"])
    if named_labels and label_form == "dim" and not speaker.dim:
        label_form = "first"
    for turn in range(n_turns):
        interviewer = turn % 2 == 0
        speaking_partner = not interviewer and partner_in and rng.random() < 0.2
        if turn:
            doc.add("\n")
        if interviewer and int_person:
            doc.span("PERSON", "first", int_person.first, int_person.key)
        elif interviewer:
            doc.decoy("role", int_label)
        elif named_labels:
            written = {
                "first": speaker.first,
                "full": speaker.full,
                "dim": speaker.dim or speaker.first,
            }[label_form]
            doc.span("PERSON", label_form, written, speaker.key)
        else:
            doc.decoy("role", "P2" if speaking_partner else part_label)
        doc.add(": ")
        events = by_turn.get(turn, [])
        if interviewer and not events:
            if named_labels and rng.random() < 0.1:
                doc.add("So, ")
                doc.span("PERSON", "first", speaker.first, speaker.key)
                doc.add(", ")
            doc.add(rng.choice(QUESTIONS))
            continue
        first = True
        for person, form in events:
            if not first:
                doc.add(" ")
            first = False
            line = person_line(person, form, rng, interviewer)
            line = line[0].upper() + line[1:] if not line.startswith("{") else line
            render(doc, world, line, person, form, rng)
        if not interviewer:
            for _ in range(rng.choice([0, 0, 1, 1, 2])):
                if not first:
                    doc.add(" ")
                first = False
                line = rng.choice(FILLER)
                render(
                    doc,
                    world,
                    line[0].upper() + line[1:] if not line.startswith("{") else line,
                    None,
                    None,
                    rng,
                )
            if first:
                doc.add(
                    rng.choice(
                        ["Yeah.", "Mm, yeah.", "Not really.", "I suppose so.", "Yeah, definitely."]
                    )
                )
    doc.add("\n")
    return finish(doc, index, "interview")


def survey(index: int, rng: random.Random) -> dict:
    """One free-text answer of 5-200 words (drawn again until it fits)."""
    while True:
        record = survey_answer(index, rng)
        if 5 <= len(record["text"].split()) <= 200:
            return record


def survey_answer(index: int, rng: random.Random) -> dict:
    doc = Doc(lower=rng.random() < 0.35)
    target = rng.choice([rng.randint(5, 25), rng.randint(25, 80), rng.randint(60, 200)])
    n_people = (
        0
        if target < 10 and rng.random() < 0.5
        else (1 if target < 25 else rng.randint(2, 3) if target < 80 else rng.randint(3, 5))
    )
    people = cast(rng, n_people) if n_people else []
    world = World(rng, people)
    most = target // (9 * max(1, n_people))
    plan = mention_plan(people, rng, most) if people else []
    if target < 25:
        plan = plan[:3]
    sentences: list[tuple[Person | None, str | None]] = [(p, f) for p, f in plan]
    words = sum(8 for _ in sentences)
    while words < target:
        sentences.insert(rng.randrange(len(sentences) + 1), (None, None))
        words += 8
    # keep each person's first mention first: sentences were only inserted, order kept
    bullets = rng.random() < 0.15
    if rng.random() < 0.15:
        doc.decoy("greet", rng.choice(["Hi", "Hello", "Morning"]))
        doc.add(",\n")
    for i, (person, form) in enumerate(sentences):
        if i:
            doc.add("\n- " if bullets else rng.choice([" ", " ", " ", "\n"]))
        elif bullets:
            doc.add("- ")
        line = rng.choice(FILLER) if person is None else person_line(person, form, rng, False)
        line = line[0].upper() + line[1:] if not line.startswith("{") else line
        render(doc, world, line, person, form, rng)
    if rng.random() < 0.15:
        doc.add("\n")
        doc.decoy("signoff", rng.choice(["Thanks", "Cheers", "Best wishes"]))
    return finish(doc, index, "survey")


def finish(doc: Doc, index: int, style: str) -> dict:
    return {
        "id": f"dev3-{index:04d}",
        "style": style,
        "format": "txt",
        "text": doc.text,
        "spans": sorted(doc.spans, key=lambda s: (s["start"], s["end"])),
        "decoys": sorted(doc.decoys, key=lambda s: (s["start"], s["end"])),
    }


def documents() -> list[dict]:
    rng = random.Random(SEED)
    out = []
    for index in range(1, DOCUMENTS + 1):
        out.append(interview(index, rng) if index % 2 else survey(index, rng))
    return out


def build() -> str:
    return "".join(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n" for d in documents())


def stats(corpus: str) -> str:
    docs = [json.loads(line) for line in corpus.splitlines()]
    lines = [f"documents: {len(docs)}"]
    people = Counter()
    repeated = 0
    for doc in docs:
        per = Counter(s["entity"] for s in doc["spans"] if s["type"] == "PERSON")
        people[doc["style"]] += len(per)
        repeated += sum(n >= 2 for n in per.values())
    lines.append(f"distinct people (entities, counted per document): {sum(people.values())}")
    lines.append(f"people mentioned more than once in their document: {repeated}")
    shared = 0
    for doc in docs:
        names: dict[str, set[str]] = {}
        for s in doc["spans"]:
            if s["type"] == "PERSON" and s["form"] == "full":
                for word in doc["text"][s["start"] : s["end"]].lower().split():
                    names.setdefault(word, set()).add(s["entity"])
        shared += any(len(owners) > 1 for owners in names.values())
    lines.append(f"documents where two people share a first name or surname: {shared}")
    labels = sum(
        1
        for doc in docs
        for s in doc["spans"]
        if s["type"] == "PERSON"
        and (s["start"] == 0 or doc["text"][s["start"] - 1] == "\n")
        and doc["text"][s["end"] : s["end"] + 2] == ": "
    )
    lines.append(f"PERSON spans that are speaker labels: {labels}")
    for title, counter in (
        ("style", Counter(d["style"] for d in docs)),
        ("type", Counter(s["type"] for d in docs for s in d["spans"])),
        ("type/form", Counter(f"{s['type']}/{s['form']}" for d in docs for s in d["spans"])),
        ("decoy kind", Counter(k["kind"] for d in docs for k in d["decoys"])),
    ):
        lines += ["", f"| {title} | count |", "|---|---|"]
        lines += [f"| {key} | {counter[key]} |" for key in sorted(counter)]
        lines.append(f"| total | {sum(counter.values())} |")
    lines.append(f"sha256: {hashlib.sha256(corpus.encode('utf-8')).hexdigest()}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    corpus = build()
    if "--check" in argv:
        same = OUT.read_text(encoding="utf-8") == corpus
        print("corpus.jsonl reproduced" if same else "corpus.jsonl differs")
        return 0 if same else 1
    if "--stats" in argv:
        print(stats(corpus))
        return 0
    OUT.write_text(corpus, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
