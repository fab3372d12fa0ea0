"""Generate tests/data/scrub_dev5/corpus.jsonl: spoken and typed identifiers (issue #9).

A TUNING corpus written blind: 300 interview excerpts typed as a transcription vendor types
them and 300 free-text survey answers typed as people type them, rich in identifiers the way
people SAY or TYPE them (ages in every phrasing, addresses said aloud, odd postcodes, numbers
in words, dates of birth said, e-mails in words, unit short forms, garrison towns, names in
many forms) and in decoys that look like them. Standard library only, seeded, reproducible.

    python generate.py            # writes ../corpus.jsonl
    python generate.py --check    # "corpus.jsonl reproduced" or exit 1
    python generate.py --stats    # counts per type, form and decoy kind

Every span and decoy is recorded at the moment its text is appended (Doc.span, Doc.decoy),
so offsets are exact by construction; nothing edits the text afterwards.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 20261209
OUT = Path(__file__).resolve().parents[1] / "corpus.jsonl"

# --------------------------------------------------------------------------- name pools
# (first, gender, diminutives) and surnames per origin; all written for this corpus.
FIRST = {
    "english": [
        ("David", "m", ["Dave", "Davey"]),
        ("Rebecca", "f", ["Bex", "Becky"]),
        ("Thomas", "m", ["Tom", "Tommo"]),
        ("Samantha", "f", ["Sam", "Sammy"]),
        ("Christopher", "m", ["Chris"]),
        ("Jennifer", "f", ["Jen", "Jenny"]),
        ("Will", "m", []),
        ("Grace", "f", []),
        ("Frank", "m", []),
        ("Mark", "m", []),
        ("Rose", "f", []),
        ("Hope", "f", []),
        ("Joy", "f", []),
        ("Dawn", "f", []),
    ],
    "scottish": [
        ("Alasdair", "m", ["Ally"]),
        ("Catriona", "f", ["Cat"]),
        ("Hamish", "m", []),
        ("Morag", "f", []),
    ],
    "welsh": [("Rhodri", "m", ["Rhod"]), ("Siân", "f", []), ("Gethin", "m", ["Geth"])],
    "irish": [("Seán", "m", []), ("Niamh", "f", []), ("Padraig", "m", ["Paddy"])],
    "polish": [
        ("Katarzyna", "f", ["Kasia"]),
        ("Wojciech", "m", ["Wojtek"]),
        ("Małgorzata", "f", ["Gosia"]),
        ("Tomasz", "m", ["Tomek"]),
    ],
    "nigerian": [
        ("Chukwuemeka", "m", ["Emeka"]),
        ("Oluwaseun", "m", ["Seun"]),
        ("Ngozi", "f", []),
        ("Adaeze", "f", ["Ada"]),
    ],
    "ghanaian": [("Kwame", "m", []), ("Akosua", "f", []), ("Kofi", "m", []), ("Abena", "f", [])],
    "nepali": [("Bikram", "m", []), ("Sunita", "f", []), ("Dil", "m", []), ("Prem", "m", [])],
    "fijian": [("Josefa", "m", ["Joe"]), ("Litia", "f", []), ("Semisi", "m", ["Sam"])],
    "south_asian": [
        ("Mohammed", "m", ["Mo"]),
        ("Priya", "f", []),
        ("Harpreet", "f", ["Harps"]),
        ("Imran", "m", []),
    ],
    "caribbean": [("Winston", "m", []), ("Marcia", "f", []), ("Delroy", "m", ["Del"])],
    "chinese": [("Wei", "m", []), ("Mei", "f", []), ("Jun", "m", [])],
}
SURNAMES = {
    "english": ["Smith", "Miller", "White", "Clark", "Hargreaves", "Pickering", "Thornton"],
    "scottish": ["MacLeod", "Fraser", "McAllister", "Urquhart", "Buchanan"],
    "welsh": ["Pritchard", "Llewellyn", "Bowen", "Vaughan", "Prosser"],
    "irish": ["Murphy", "O'Sullivan", "Brennan", "Devlin", "Ní Bhriain"],
    "polish": ["Mazur", "Kowalczyk", "Wiśniewski", "Zielińska", "Dąbrowski"],
    "nigerian": ["Okafor", "Adebayo", "Nwosu", "Olawale", "Eze"],
    "ghanaian": ["Mensah", "Asante", "Owusu", "Boateng", "Appiah"],
    "nepali": ["Gurung", "Rai", "Limbu", "Pun", "Thapa"],
    "fijian": ["Naivalu", "Ratu", "Tuilagi", "Vakacegu", "Waqa"],
    "south_asian": ["Patel", "Hussain", "Sandhu", "Chaudhry", "Begum"],
    "caribbean": ["Francis", "Campbell", "Thompson", "Bailey", "Grant"],
    "chinese": ["Chen", "Wong", "Liu", "Zhang", "Ng"],
}
NICK_BY_SURNAME = {"Smith": "Smudge", "Miller": "Dusty", "White": "Chalky", "Clark": "Nobby"}
NICK_BY_ORIGIN = {"welsh": "Taff", "scottish": "Jock", "irish": "Paddy"}
RANKS_ARMY = ["Pte", "LCpl", "Cpl", "Sgt", "SSgt", "WO2", "Lt", "Capt", "Maj"]
RANKS_SPOKEN = ["Corporal", "Sergeant", "Sarge", "Captain", "Major", "Colour Sergeant"]
RANKS_GURKHA = ["Rfn", "LCpl", "Cpl", "Sgt"]
# Two-letter initials that spell a word: never used as bare initials.
WORDY = {
    "AS",
    "IT",
    "IS",
    "AN",
    "ME",
    "MY",
    "NO",
    "OK",
    "HE",
    "WE",
    "US",
    "SO",
    "TO",
    "DO",
    "GO",
    "BE",
    "BY",
    "OF",
    "ON",
    "OR",
    "UP",
    "AT",
    "AM",
    "IF",
    "IN",
    "OH",
    "HI",
    "OX",
    "AX",
    "EX",
    "LO",
    "MA",
    "PA",
    "YA",
    "YE",
    "ID",
}

# --------------------------------------------------------------------------- value pools
TOWNS = [
    "Merthyr",
    "Wrexham",
    "Motherwell",
    "Paisley",
    "Barnsley",
    "Wigan",
    "Plymouth",
    "Ballymena",
    "Huddersfield",
    "Luton",
    "Swindon",
    "Kirkcaldy",
    "Dundee",
    "Hartlepool",
    "Aberdare",
    "Pontypridd",
    "Stockport",
    "Derry",
    "Rotherham",
    "Gateshead",
]
GARRISONS = [
    "Catterick",
    "Tidworth",
    "Aldershot",
    "Colchester",
    "Bulford",
    "Larkhill",
    "Warminster",
    "Paderborn",
    "Sennelager",
    "Bordon",
]
BASES = [
    "RNAS Culdrose",
    "RAF Brize Norton",
    "Stonehouse Barracks",
    "Merville Barracks",
    "Bulford Camp",
    "RAF Lossiemouth",
    "HMNB Clyde",
    "Dishforth Airfield",
    "Lympstone",
    "RAF Odiham",
    "Chivenor",
    "Faslane",
    "Sennybridge Camp",
]
BASE_ABBREV = [
    "CTCRM",
    "Brize",
    "ATR Pirbright",
    "ITC Catterick",
    "AFC Harrogate",
    "RNAS",
    "HMNB",
    "DMRC",
    "Lossie",
]
UNITS = {
    "battalion": [
        "1 R WELSH",
        "2 RIFLES",
        "2 RGR",
        "1 R IRISH",
        "3 PARA",
        "1 SCOTS",
        "2nd Battalion",
        "1 YORKS",
        "4 RIFLES",
        "1st Battalion the Rifles",
        "2 LANCS",
        "1 Irish Guards",
    ],
    "regiment": [
        "the Royal Welsh",
        "Royal Signals",
        "3 RHA",
        "the Royal Logistic Corps",
        "REME",
        "the Royal Anglian",
        "Queen's Dragoon Guards",
        "the Gurkha Signals",
    ],
    "commando": ["40 Commando", "45 Cdo", "42 Commando", "29 Commando", "30 Cdo"],
    "formation": [
        "16 Air Assault Brigade",
        "3 Commando Brigade",
        "1st Armoured Division",
        "7 Brigade",
        "12th Armoured Brigade",
    ],
    "ship": [
        "HMS Somerset",
        "HMS Albion",
        "RFA Argus",
        "HMS Ocean",
        "HMS Northumberland",
        "HMS Bulwark",
    ],
    "squadron": [
        "617 Squadron",
        "XV Squadron",
        "27 Squadron",
        "9 Sqn",
        "845 NAS",
        "the 3rd Squadron",
    ],
}
STREETS = [
    "Acacia Road",
    "Wavell Close",
    "Slim Road",
    "Alanbrooke Close",
    "Chestnut Grove",
    "Meadow Way",
    "Montgomery Avenue",
    "Kohima Crescent",
    "Coldstream Drive",
    "Heol y Nant",
    "Bryn Terrace",
    "Ladysmith Street",
]
FLAT_STREETS = ["the Crescent", "Dunkirk House", "Arnhem Court", "Victoria Mews"]
POSTAREAS = [
    "SP9",
    "SP4",
    "DL9",
    "GU11",
    "CO2",
    "PL1",
    "OX18",
    "TR12",
    "EX8",
    "G84",
    "CF47",
    "LL13",
    "WN1",
    "S70",
]
DOMAINS = [
    ("gmail", "com"),
    ("hotmail", "co.uk"),
    ("mod", "uk"),
    ("yahoo", "com"),
    ("outlook", "com"),
    ("btinternet", "com"),
]
NI_PREFIX = ["AB", "CE", "JK", "LM", "NR", "PW", "SE", "TA", "WB", "YH", "ER", "HJ", "JT"]
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
DIGIT_WORD = ONES[:10]

# --------------------------------------------------------------------------- decoys
WORD_DECOYS = [
    "{word|Will} I go back? Probably not.",
    "I {word|hope} so anyway.",
    "No {word|joy} with the council.",
    "To be {word|frank} with you, it was grim.",
    "The phone {word|bill} was massive.",
    "{word|Mark} my words.",
    "The rent {word|rose} again.",
    "I thought about trying to {word|sue} them.",
    "A {word|pat} on the back and that was it.",
    "It {word|may} be different now.",
    "Up at {word|dawn} every day.",
    "They {word|rob} you blind on the forces rates.",
    "I didn't know {word|jack} about it.",
    "By the {word|grace} of God I got out.",
    "I {word|will} say this though.",
    "Some {word|hope}.",
]
RANK_DECOYS = [
    "{rank|My sgt} was sound about it.",
    "{rank|The OC} signed it off.",
    "{rank|The padre} came round.",
    "I went to see {rank|the CO}.",
    "{rank|The RSM} went mad.",
    "{rank|The sarge} just said crack on.",
    "{rank|My corporal} covered for me.",
    "{rank|The welfare officer} never rang back.",
]
PRODUCT_DECOYS = [
    "I tried {product|Headspace} for a bit.",
    "{product|Togetherall} helped, weirdly.",
    "{product|SSAFA} sorted the flat.",
    "I got referred to {product|Combat Stress}.",
    "{product|Help for Heroes} paid for the course.",
    "I rang {product|Op Courage}.",
    "The lads are all on {product|WhatsApp}.",
]
COUNT_DECOYS = [
    "{count|22 years} in and then out.",
    "Did {count|3 tours}.",
    "We've got {count|2 kids}.",
    "I was in for {count|12 years}.",
    "{count|Six months} on the waiting list.",
    "{count|Two weeks} later nothing.",
    "I did {count|four years} in total.",
]
OTHER_DECOYS = [
    "I'm {age_band|in my forties} now.",
    "We were all {age_band|late twenties}.",
    "Up at {time|0600} every morning.",
    "Parade at {time|0630}.",
    "Finish at {time|7pm}.",
    "Back in {year|2009} that was.",
    "{year|2014} it all went wrong.",
    "It cost {money|£200}.",
    "{money|Forty quid} a week.",
    "{money|£1,200} a month rent.",
    "Nothing for me {place_word|back home}.",
    "We'd sit in {place_word|the NAAFI}.",
    "Queue outside {place_word|the cookhouse}.",
    "Back in {place_word|the block}.",
    "I loved {service|the Army}.",
    "{service|The mob} was my family.",
    "My brother was in {service|the Navy}.",
]
FILLERS = ["um, ", "er, ", "like, ", "you know, ", "I mean, ", "so, ", "yeah, ", "erm, "]
NOTES = ["[inaudible]", "[crosstalk]", "[laughs]", "[pause]", "[inaudible 00:14:02]"]
TEXTSPEAK = {
    "you": "u",
    "your": "ur",
    "are": "r",
    "because": "cos",
    "to be honest": "tbh",
    "really": "rly",
    "i don't know": "idk",
    "going to": "gonna",
    "people": "ppl",
    "though": "tho",
    "definitely": "definately",
    "a lot": "alot",
    "their": "thier",
    "thanks": "thx",
    "before": "b4",
    "something": "smth",
    "probably": "prob",
}


# --------------------------------------------------------------------------- helpers
def words_for(n: int) -> str:
    """0-99 in words, hyphenated as people write them (twenty-two)."""
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + ("-" + ONES[ones] if ones else "")


def spoken_digits(rng: random.Random, digits: str) -> str:
    """Digits said aloud: 'oh' or 'zero', doubles and triples now and then."""
    out: list[str] = []
    i = 0
    zero = rng.choice(["oh", "oh", "zero"])
    while i < len(digits):
        d = digits[i]
        word = zero if d == "0" else DIGIT_WORD[int(d)]
        run = 1
        while i + run < len(digits) and digits[i + run] == d and run < 3:
            run += 1
        if run == 3 and rng.random() < 0.7:
            out.append("triple " + word)
            i += 3
        elif run >= 2 and rng.random() < 0.8:
            out.append("double " + word)
            i += 2
        else:
            out.append(word)
            i += 1
    return " ".join(out)


class Person:
    def __init__(self, rng: random.Random, key: str, role: str, taken: set[str]) -> None:
        while True:
            origin = rng.choice(sorted(FIRST))
            first, gender, dims = rng.choice(FIRST[origin])
            sur = rng.choice(SURNAMES[origin])
            if role in {"partner", "child"} and rng.random() < 0.3:
                origin = rng.choice(sorted(FIRST))
                first, gender, dims = rng.choice(FIRST[origin])
            if role == "mum" and gender != "f":
                continue
            if first not in taken and sur not in taken:
                break
        taken.update({first, sur})
        self.key, self.role, self.origin = key, role, origin
        self.first, self.sur, self.gender = first, sur, gender
        self.dims = list(dims)
        if sur in NICK_BY_SURNAME:
            self.dims.append(f"{NICK_BY_SURNAME[sur]} {sur}")
        if origin in NICK_BY_ORIGIN and role in {"mate", "nco"}:
            self.dims.append(NICK_BY_ORIGIN[origin])
        self.dims = [d for d in self.dims if d not in taken]
        taken.update(self.dims)
        military = role in {"mate", "nco", "officer", "participant"}
        if origin == "nepali" and military:
            self.rank = rng.choice(RANKS_GURKHA)
        elif role == "officer":
            self.rank = rng.choice(["Lt", "Capt", "Maj", "Captain", "Major"])
        elif role == "nco":
            self.rank = rng.choice(
                ["Cpl", "Sgt", "SSgt", "Corporal", "Sergeant", "Colour Sergeant"]
            )
        elif military:
            self.rank = rng.choice(RANKS_ARMY[:4])
        else:
            self.rank = ""
        if role == "gp":
            self.title = "Dr"
        elif role in {"welfare", "mum"}:
            self.title = rng.choice(["Mrs", "Ms", "Miss"] if gender == "f" else ["Mr"])
        else:
            self.title = ""
        self.seen = False
        self.said_sur = False
        self.just_said_sur = False
        self.used: set[str] = set()  # sentences already said about this person

    def forms(self) -> list[tuple[str, int]]:
        """The forms this person can be written in after the first mention, with weights."""
        out = [("first", 6), ("typo", 1), ("init", 1), ("surfirst", 1)]
        if self.role not in {"child", "partner"}:
            out += [("sur", 4), ("broken", 1)]
        else:
            out += [("broken", 1)]
        if self.dims:
            out.append(("dim", 4))
        if self.rank:
            out.append(("rank", 4))
        if self.title:
            out.append(("title", 3))
        return out

    def render(self, rng: random.Random, form: str) -> str:
        first, sur = self.first, self.sur
        if form == "full":
            return f"{first} {sur}"
        if form == "first":
            return first
        if form == "sur":
            return sur
        if form == "rank":
            if self.origin == "nepali":
                return f"{self.rank} {first}"
            return f"{self.rank} {sur}" if rng.random() < 0.75 else f"{self.rank} {first} {sur}"
        if form == "title":
            return f"{self.title} {sur}"
        if form == "init":
            bare = first[0] + sur[0]
            choice = rng.random()
            if choice < 0.2 and bare.upper() not in WORDY and sur[0].isalpha():
                return bare
            return f"{first[0]}. {sur}" if choice < 0.6 else f"{first[0]} {sur}"
        if form == "surfirst":
            return f"{sur.upper()}, {first}"
        if form == "dim":
            return rng.choice(self.dims)
        if form == "typo":
            base = first if self.role in {"child", "partner"} else sur
            return misspell(rng, base)
        if form == "broken":
            return f"{first}\n{sur}"
        if form == "spell":
            letters = [c.upper() for c in sur if c.isalpha()]
            return rng.choice(["-", " ", ", ", ". "]).join(letters)
        raise ValueError(form)


def misspell(rng: random.Random, name: str) -> str:
    """A transcriber's mishearing: a letter doubled, dropped, swapped or replaced."""
    while True:
        i = rng.randrange(1, len(name) - 1) if len(name) > 2 else 1
        how = rng.choice(["double", "drop", "swap", "vowel"])
        if how == "double":
            out = name[:i] + name[i] + name[i:]
        elif how == "drop":
            out = name[:i] + name[i + 1 :]
        elif how == "swap" and i + 1 < len(name):
            out = name[:i] + name[i + 1] + name[i] + name[i + 2 :]
        else:
            out = name[:i] + rng.choice("aeiouy") + name[i + 1 :]
        if out != name and out.lower() != name.lower() and out.strip() == out and len(out) >= 2:
            return out


class Doc:
    """Text under construction; every label is recorded as its text is appended."""

    def __init__(self, lower: bool, typed: bool) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.decoys: list[dict] = []
        self.lower = lower
        self.typed = typed
        self.soften = False  # after a spoken filler, the next word is not a sentence start

    def add(self, text: str) -> None:
        if self.soften and text:
            self.soften = False
            if text[:2] not in {"I ", "I'"} and text[:1].isupper() and text[1:2].islower():
                text = text[:1].lower() + text[1:]
        if self.typed:
            text = typed_plain(text, self.lower)
        elif self.lower:
            text = text.lower()
        self.parts.append(text)
        self.n += len(text)

    def _mark(self, value: str) -> tuple[int, int, str]:
        self.soften = False
        if self.lower:
            value = value.lower()
        start = self.n
        self.parts.append(value)
        self.n += len(value)
        return start, self.n, value

    def span(self, kind: str, value: str, form: str, entity: str | None = None) -> None:
        start, end, _ = self._mark(value)
        record = {"type": kind, "start": start, "end": end, "form": form}
        if entity is not None:
            record["entity"] = entity
        self.spans.append(record)

    def decoy(self, kind: str, value: str) -> None:
        if self.soften and value[:1].isupper() and value[1:2].islower():
            value = value[:1].lower() + value[1:]
        start, end, _ = self._mark(value)
        self.decoys.append({"kind": kind, "start": start, "end": end})

    @property
    def text(self) -> str:
        return "".join(self.parts)


def typed_plain(text: str, lower: bool) -> str:
    """Plain words as a survey respondent types them: lower case, no punctuation,
    text-speak and typos (only in lower-case answers; proper-case ones keep their words)."""
    if not lower:
        return text
    text = text.lower()
    for long, short in TEXTSPEAK.items():
        text = re.sub(rf"\b{re.escape(long)}\b", short, text)
    text = re.sub(r"[.,;:!?]", "", text)
    text = text.replace("i'm", "im").replace("don't", "dont").replace("didn't", "didnt")
    return text


def emit(
    doc: Doc, template: str, person: Person | None = None, rng: random.Random | None = None
) -> None:
    """Append a template: plain text, `{kind|text}` decoys and `{P}` a mention of person."""
    for token in re.split(r"(\{[^}]*\})", template):
        if not token:
            continue
        if token == "{P}":
            assert person is not None and rng is not None
            mention(doc, rng, person)
        elif token.startswith("{") and "|" in token:
            kind, value = token[1:-1].split("|", 1)
            doc.decoy(kind, value)
        else:
            doc.add(token)


def mention(doc: Doc, rng: random.Random, person: Person, form: str | None = None) -> None:
    """One mention of a person: the full name first, then forms drawn by weight."""
    if form is None:
        if not person.seen:
            form = "full"
            if person.rank and rng.random() < 0.3:
                form = "rank"
            elif person.title and rng.random() < 0.3:
                form = "title"
        else:
            forms = person.forms()
            form = rng.choices([f for f, _ in forms], [w for _, w in forms])[0]
    value = person.render(rng, form)
    if form == "rank" and not person.seen and person.origin != "nepali":
        value = f"{person.rank} {person.first} {person.sur}"
    doc.span("PERSON", value, form, person.key)
    person.seen = True
    person.just_said_sur = person.sur.lower() in value.lower() and form != "typo"
    if form in {"full", "sur", "surfirst"} or (form == "rank" and person.sur in value):
        person.said_sur = True


# --------------------------------------------------------------------------- sentences about people
PEOPLE_LINES = {
    "mate": [
        "{P} was my best mate in the platoon.",
        "Me and {P} went through basic together.",
        "I still talk to {P} on {product|WhatsApp}.",
        "{P} got me through it, honestly.",
        "I lost touch with {P} after I got out.",
        "It was {P} who rang me that night.",
        "{P}, he's, he was the funny one.",
        "We used to call {P} the professor.",
    ],
    "nco": [
        "{P} was my section commander.",
        "{P} used to beast us on the square.",
        "The one who noticed was {P}.",
        "{P} pulled me aside after the tour.",
    ],
    "officer": [
        "We got a new boss, {P}, and honestly he was decent.",
        "{P} wrote my report.",
        "I had a good word from {P} in the end.",
    ],
    "partner": [
        "My wife {P} noticed it first.",
        "My partner {P} was the one who said get help.",
        "{P}, that's my missus, she kept us going.",
        "Me and {P} nearly split up.",
    ],
    "child": [
        "Our eldest, {P}, started school.",
        "My lad {P} is the spit of me.",
        "Our {P} doesn't remember any of it.",
        "{P} asks about it sometimes.",
    ],
    "mum": [
        "I moved back in with my mum, {P}.",
        "{P} still doesn't know the half of it.",
        "Me mam, {P}, she wrote every week.",
        "My mum {P} took the kids for a bit.",
    ],
    "gp": [
        "I didn't want to see {P} but I went.",
        "{P} put me on the waiting list.",
        "{P} at the surgery was brilliant.",
        "I saw {P} in the end and she referred me.",
    ],
    "welfare": [
        "I rang {P} three times before anyone came.",
        "{P} was the only one who listened.",
        "{P} from the welfare office came out.",
        "{P} sorted the housing forms.",
    ],
}
PEOPLE_AGE_LINES = {
    "mate": ["He'd be {A} now, {P}.", "Me and {P} were both {J} when we joined."],
    "child": ["My lad's {A}, {P}.", "{P}'s turning {A} next week.", "{P} was only {A} then."],
    "partner": ["{P} was {A} when we met."],
}
INT_LINES = [
    "Okay. And how did that feel?",
    "Mm-hm.",
    "Right.",
    "Can you tell me a bit more about that?",
    "And what happened after that?",
    "So, um, how long were you in for?",
    "Yeah.",
    "Go on.",
    "Sorry, say that again?",
    "And where were you living at the time?",
    "Is there a number we can reach you on?",
    "And when did you leave?",
    "How old were you then?",
    "Who was around for you?",
]
INT_BACKREF = [
    "You mentioned {P} earlier.",
    "And {P}, was that the same person?",
    "Sorry, was it {P}?",
    "I've got {P} written down here, is that right?",
]


# --------------------------------------------------------------------------- values
class Persona:
    """The participant's own values, fixed per document, written in varied layouts."""

    def __init__(self, rng: random.Random) -> None:
        self.age = rng.randint(24, 66)
        self.joined = rng.randint(16, 24)
        self.dob_day = rng.randint(1, 28)
        self.dob_month = rng.randint(1, 12)
        self.dob_year = 2026 - self.age
        self.phone = "07" + "".join(rng.choice("0123456789") for _ in range(9))
        if rng.random() < 0.5:  # make doubles and triples likely to be said
            self.phone = self.phone[:4] + self.phone[4] * 2 + self.phone[6:]
        self.service = (
            rng.choice(["25", "24", "30"]) + "".join(rng.choice("0123456789") for _ in range(6))
            if rng.random() < 0.7
            else "5" + "".join(rng.choice("0123456789") for _ in range(5))
        )
        self.town = rng.choice(TOWNS)
        self.garrison = rng.choice(GARRISONS)
        self.base = rng.choice(BASES)
        self.abbrev = rng.choice(BASE_ABBREV)
        kind = rng.choice(sorted(UNITS))
        self.unit = (kind, rng.choice(UNITS[kind]))
        kind2 = rng.choice(sorted(UNITS))
        self.unit2 = (kind2, rng.choice(UNITS[kind2]))
        self.street = (rng.randint(1, 140), rng.choice(STREETS))
        self.flat = (rng.randint(1, 12), rng.randint(1, 60), rng.choice(FLAT_STREETS))
        area = rng.choice(POSTAREAS)
        self.postcode = (
            area,
            str(rng.randint(1, 9))
            + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
            + rng.choice("ABDEFGHJLNPQRSTUWXYZ"),
        )
        self.ni = (
            rng.choice(NI_PREFIX),
            "".join(rng.choice("0123456789") for _ in range(6)),
            rng.choice("ABCD"),
        )
        while True:
            nine = [rng.randint(0, 9) for _ in range(9)]
            check = 11 - sum(d * w for d, w in zip(nine, range(10, 1, -1), strict=True)) % 11
            check = 0 if check == 11 else check
            if check != 10:
                self.nhs = "".join(map(str, nine)) + str(check)
                break
        self.mail_domain = rng.choice(DOMAINS)
        self.mail_sep = rng.choice([".", "_", ""])
        self.mail_num = rng.choice(["", str(self.dob_year % 100), str(rng.randint(1, 99))])


def age_value(rng: random.Random, n: int, words: bool) -> tuple[str, str]:
    if words:
        return words_for(n), "words"
    return str(n), "digits"


def age_line(doc: Doc, rng: random.Random, me: Persona) -> None:
    """The participant's own age or age at joining, in one of many phrasings."""
    words = rng.random() < 0.45
    joined, fw = age_value(rng, me.joined, words)
    now, nw = age_value(rng, me.age, words)
    pick = rng.randrange(12 if not doc.typed else 14)
    lines = [
        ("I was ", joined, fw, " when I joined."),
        ("", joined, fw, " when I joined up."),
        ("I'm ", now, nw, " next month."),
        ("At ", joined, fw, " I was in basic."),
        ("Aged ", joined, fw, ", straight out of school."),
        ("I was a ", now, nw, "-year-old bloke crying in a car park."),
        ("I'm ", now, nw, " now."),
        ("Joined at ", joined, fw, "."),
        ("I'll be ", now, nw, " in March."),
        ("When I was ", joined, fw, ", the careers office."),
        ("I turned ", now, nw, " last week."),
        ("Just turned ", now, nw, ", me."),
        ("im ", now, "digits" if not words else nw, "yo"),
        ("", joined, fw, " when i joined"),
    ]
    lines[12] = ("im ", str(me.age), "digits", rng.choice(["yo", " y/o", " yrs old", "yrs"]))
    before, value, form, after = lines[pick]
    if before == "" and value[:1].islower() and not doc.lower:
        value = value.capitalize()
    doc.add(before)
    doc.span("AGE", value, form)
    doc.add(after)


def person_age_line(doc: Doc, rng: random.Random, person: Person) -> None:
    age = {
        "child": rng.randint(2, 17),
        "mate": rng.randint(19, 60),
        "partner": rng.randint(18, 45),
    }[person.role]
    value, form = age_value(rng, age, rng.random() < 0.5)
    template = rng.choice(PEOPLE_AGE_LINES[person.role])
    if "{J}" in template:
        value, form = age_value(rng, rng.randint(16, 24), form == "words")
        template = template.replace("{J}", "{A}")
    for token in re.split(r"(\{[AP]\})", template):
        if token == "{P}":
            mention(doc, rng, person)
        elif token == "{A}":
            doc.span("AGE", value, form)
        elif token:
            doc.add(token)


def dob_line(doc: Doc, rng: random.Random, me: Persona) -> None:
    d, m, y = me.dob_day, me.dob_month, me.dob_year
    if rng.random() < 0.5:
        value = rng.choice(
            [
                f"{d}/{m}/{y % 100:02d}",
                f"{d:02d}/{m:02d}/{y}",
                f"{d:02d}.{m:02d}.{y % 100:02d}",
                f"{d}-{m}-{y % 100:02d}",
                f"{d:02d}{m:02d}{y % 100:02d}",
            ]
        )
        form = "digits"
        before = rng.choice(["DOB ", "My DOB's ", "Date of birth ", "d.o.b. "])
    else:
        yy = y % 100
        year_words = rng.choice(
            [
                words_for(yy) if yy >= 10 else f"oh {words_for(yy)}",
                f"nineteen {words_for(yy)}" if y < 2000 else f"two thousand and {words_for(yy)}",
            ]
        )
        value = rng.choice(
            [
                f"the {ORDINALS[d - 1]} of {MONTHS[m - 1]}, {year_words}",
                f"{ORDINALS[d - 1]} {MONTHS[m - 1]} {year_words}",
                f"{d}th {MONTHS[m - 1][:3].lower()} {yy:02d}"
                if d not in (1, 2, 3, 21, 22, 23)
                else f"{MONTHS[m - 1]} {d}, {y}",
            ]
        )
        form = "words"
        before = rng.choice(["I was born on ", "Born ", "Birthday's ", "born on "])
    doc.add(before)
    doc.span("DATE_OF_BIRTH", value, form)
    doc.add(rng.choice([".", ", if you need it.", ", yeah."]))


def address_line(doc: Doc, rng: random.Random, me: Persona) -> None:
    pick = rng.randrange(5)
    if pick == 0:
        doc.add("We lived at number ")
        doc.span("ADDRESS", f"{me.street[0]} {me.street[1]}", "street")
        doc.add(", in ")
        doc.span("LOCATION", me.town, "town")
        doc.add(".")
    elif pick == 1:
        doc.add("It's ")
        doc.span("ADDRESS", f"flat {me.flat[0]}, {me.flat[1]} {me.flat[2]}", "street")
        doc.add(", ")
        postcode_value(doc, rng, me)
        doc.add(".")
    elif pick == 2:
        doc.add("Quarters were ")
        doc.span("ADDRESS", f"{me.street[0]} {me.street[1]}", "street")
        doc.add(", off the A303 near ")
        doc.span("BASE", me.garrison, "garrison")
        doc.add(".")
    elif pick == 3:
        doc.add("I'm at ")
        doc.span("ADDRESS", f"{me.street[0]} {me.street[1]}", "street")
        doc.add(" now, postcode ")
        postcode_value(doc, rng, me)
        doc.add(".")
    else:
        doc.add("Postcode's ")
        postcode_value(doc, rng, me)
        doc.add(rng.choice([" if you're sending anything.", ", that's the new place."]))


def postcode_value(doc: Doc, rng: random.Random, me: Persona) -> None:
    area, inward = me.postcode
    if rng.random() < 0.6 and not doc.typed:
        letters = " ".join(DIGIT_WORD[int(c)] if c.isdigit() else c for c in area + inward)
        doc.span("POSTCODE", letters, "words")
        return
    value = rng.choice(
        [
            f"{area} {inward}",
            f"{area}{inward}",
            f"{area.lower()}{inward.lower()}",
            f"{area.lower()} {inward.lower()}",
            f"{area}  {inward}",
        ]
    )
    doc.span("POSTCODE", value, "plain")


def phone_line(doc: Doc, rng: random.Random, me: Persona) -> None:
    p = me.phone
    if rng.random() < 0.45 and not doc.lower:
        value, form = spoken_digits(rng, p), "words"
        if rng.random() < 0.5:
            value = spoken_digits(rng, p[:5]) + ", " + spoken_digits(rng, p[5:])
    else:
        value = rng.choice(
            [
                p,
                f"{p[:5]} {p[5:]}",
                f"{p[:4]} {p[4:7]} {p[7:]}",
                f"{p[:3]} {p[3:7]} {p[7:]}",
                f"+44 {p[1:5]} {p[5:]}",
            ]
        )
        form = "digits"
    doc.add(rng.choice(["My number's ", "Mobile is ", "You can get me on ", "It's "]))
    doc.span("PHONE", value, form)
    doc.add(rng.choice([".", ", that's the mobile.", ", any time after six."]))


def service_line(doc: Doc, rng: random.Random, me: Persona) -> None:
    s = me.service
    if rng.random() < 0.5 and not doc.lower:
        value, form = spoken_digits(rng, s), "words"
        if rng.random() < 0.4:
            value = spoken_digits(rng, s[:3]) + ", " + spoken_digits(rng, s[3:])
    else:
        value = rng.choice([s, f"{s[:2]} {s[2:5]} {s[5:]}", f"{s[:4]} {s[4:]}"])
        form = "digits"
    doc.add(
        rng.choice(
            [
                "Service number was ",
                "My number, army number, ",
                "Number's ",
                "I still know me number, ",
            ]
        )
    )
    doc.span("SERVICE_NUMBER", value, form)
    doc.add(rng.choice([".", ", you never forget it.", "."]))


def email_line(doc: Doc, rng: random.Random, me: Persona, who: Person) -> None:
    first, sur = strip_accents(who.first).lower(), strip_accents(who.sur).lower()
    sur = re.sub(r"[^a-z]", "", sur)
    first = re.sub(r"[^a-z]", "", first)
    name, tld = me.mail_domain
    local = rng.choice([f"{first}{me.mail_sep}{sur}", f"{first[0]}{sur}", f"{sur}{me.mail_num}"])
    local += me.mail_num if rng.random() < 0.3 and not local.endswith(me.mail_num) else ""
    if rng.random() < 0.45 and not doc.lower:
        said = local.replace(".", " dot ").replace("_", " underscore ")
        value = f"{said} at {name} dot {tld.replace('.', ' dot ')}"
        form = "words"
    elif rng.random() < 0.3:
        value = f"{local.replace('.', ' dot ')} at {name} dot {tld.replace('.', ' dot ')}"
        form = "words"
    else:
        value, form = f"{local}@{name}.{tld}", "plain"
    doc.add(rng.choice(["Email's ", "E-mail me on ", "It's ", "Just email "]))
    doc.span("EMAIL", value, form)
    doc.add(rng.choice([".", ", all one word.", "."]))


def strip_accents(text: str) -> str:
    table = str.maketrans("áéíóúàèìòùâêîôûäëïöüłśźżąęńćÓÍÁ", "aeiouaeiouaeiouaeioulszzaencOIA")
    return text.translate(table)


def ni_nhs_line(doc: Doc, rng: random.Random, me: Persona) -> None:
    if rng.random() < 0.5:
        p, d, s = me.ni
        value = rng.choice(
            [
                f"{p} {d[:2]} {d[2:4]} {d[4:]} {s}",
                f"{p}{d}{s}".lower(),
                f"{p}{d} {s}",
                " ".join(p + d + s),
                f"{p} {d} {s}",
                f"{p}{d[:3]} {d[3:]}{s}",
            ]
        )
        doc.add(rng.choice(["NI number ", "My national insurance is ", "NI: "]))
        doc.span("NI_NUMBER", value, "digits")
    else:
        n = me.nhs
        value = rng.choice(
            [
                f"{n[:3]} {n[3:6]} {n[6:]}",
                n,
                f"{n[:3]}-{n[3:6]}-{n[6:]}",
                f"{n[:3]} {n[3:7]} {n[7:]}",
                f"{n[:2]} {n[2:6]} {n[6:]}",
            ]
        )
        doc.add(rng.choice(["NHS number ", "My NHS no is ", "NHS: "]))
        doc.span("NHS_NUMBER", value, "digits")
    doc.add(rng.choice([".", ", if that helps.", "."]))


def service_history_line(doc: Doc, rng: random.Random, me: Persona) -> None:
    pick = rng.randrange(7)
    kind, unit = me.unit if rng.random() < 0.6 else me.unit2
    if pick == 0:
        doc.add("I was ")
        doc.span("UNIT", unit, kind)
        doc.add(", based at ")
        doc.span("BASE", me.garrison, "garrison")
        doc.add(".")
    elif pick == 1:
        doc.add("Went to ")
        doc.span("UNIT", unit, kind)
        doc.add(" after training at ")
        doc.span("BASE", me.abbrev, "abbreviation")
        doc.add(".")
    elif pick == 2:
        doc.add("We were up at ")
        doc.span("BASE", me.garrison, "garrison")
        doc.add(" then down to ")
        doc.span("BASE", me.base, "base")
        doc.add(".")
    elif pick == 3:
        doc.add("I'm from ")
        doc.span("LOCATION", me.town, "town")
        doc.add(" originally.")
    elif pick == 4:
        doc.decoy("place_word", "Back home")
        doc.add(" in ")
        doc.span("LOCATION", me.town, "town")
        doc.add(" nobody gets it.")
    elif pick == 5:
        doc.add("Did my time with ")
        doc.span("UNIT", unit, kind)
        doc.add(", then ")
        doc.span("BASE", me.abbrev, "abbreviation")
        doc.add(" as an instructor.")
    else:
        doc.add("Posted to ")
        doc.span("BASE", me.base, "base")
        doc.add(", then ")
        doc.span("BASE", me.garrison, "garrison")
        doc.add(".")


UNIT_LINES = [
    "I was with {U}.",
    "{U}, best years of my life.",
    "Then I got moved to {U}.",
    "My grandad was {U} as well.",
    "I joined {U} straight from training.",
    "We were attached to {U} for the tour.",
]


def unit_line(doc: Doc, rng: random.Random, me: Persona) -> None:
    kind, unit = rng.choice([me.unit, me.unit2, me.unit2])
    if kind == "ship" and rng.random() < 0.5:
        template = rng.choice(["I served on {U}.", "Two years on {U}, then shore side."])
    else:
        template = rng.choice(UNIT_LINES)
    before, after = template.split("{U}")
    if not before and unit.startswith("the "):
        doc.add("The ")
        unit = unit[4:]
    elif not before and unit[:1].islower():
        unit = unit[:1].upper() + unit[1:]
    doc.add(before)
    doc.span("UNIT", unit, kind)
    doc.add(after)


# --------------------------------------------------------------------------- documents
ROLES = ["mate", "mate", "nco", "officer", "partner", "child", "mum", "gp", "welfare"]
LABEL_PAIRS = [
    ("INT", "P1"),
    ("Interviewer", "Respondent"),
    ("Q", "A"),
    ("I", "R"),
    ("Speaker 1", "Speaker 2"),
    ("INT", "R"),
]


ONE_EACH = {"partner", "mum", "gp", "welfare"}


def cast(rng: random.Random, n: int, taken: set[str], start: int = 1) -> list[Person]:
    people = []
    for i in range(n):
        role = rng.choice(ROLES)
        while role in ONE_EACH and any(p.role == role for p in people):
            role = rng.choice(ROLES)
        people.append(Person(rng, f"p{start + i}", role, taken))
    return people


def beats(
    rng: random.Random, people: list[Person], me: Persona, n_values: int, n_decoys: int
) -> list:
    """The things said, in random order: person mentions (1-5 each), values and decoys."""
    out: list = []
    for person in people:
        for _ in range(rng.randint(1, 5)):
            out.append(("person", person))
        if person.role in PEOPLE_AGE_LINES and rng.random() < 0.6:
            out.append(("person_age", person))
    value_kinds = [
        "age",
        "age",
        "age",
        "dob",
        "address",
        "phone",
        "service",
        "email",
        "ni_nhs",
        "ni_nhs",
        "history",
        "history",
        "unit",
        "unit",
    ]
    for _ in range(n_values):
        out.append(("value", rng.choice(value_kinds)))
    pools = [WORD_DECOYS, RANK_DECOYS, PRODUCT_DECOYS, COUNT_DECOYS, OTHER_DECOYS]
    for _ in range(n_decoys):
        out.append(("decoy", rng.choice(rng.choice(pools))))
    rng.shuffle(out)
    # A person's first mention must come first among that person's beats: keep order as
    # shuffled, mention() makes whichever comes first the full name.
    return out


def say(
    doc: Doc,
    rng: random.Random,
    beat: tuple,
    me: Persona,
    speaker: Person | None,
    people: list[Person],
) -> None:
    kind, what = beat
    if kind == "person":
        lines = [t for t in PEOPLE_LINES[what.role] if t not in what.used] or PEOPLE_LINES[
            what.role
        ]
        line = rng.choice(lines)
        what.used.add(line)
        emit(doc, line, what, rng)
    elif kind == "person_age":
        person_age_line(doc, rng, what)
    elif kind == "decoy":
        emit(doc, what)
    elif what == "age":
        age_line(doc, rng, me)
    elif what == "dob":
        dob_line(doc, rng, me)
    elif what == "address":
        address_line(doc, rng, me)
    elif what == "phone":
        phone_line(doc, rng, me)
    elif what == "service":
        service_line(doc, rng, me)
    elif what == "email":
        email_line(doc, rng, me, speaker or Person(rng, "x", "mate", set()))
    elif what == "ni_nhs":
        ni_nhs_line(doc, rng, me)
    elif what == "unit":
        unit_line(doc, rng, me)
    else:
        service_history_line(doc, rng, me)


def spoken(rng: random.Random) -> str:
    """A spoken lead-in: a filler, a false start or a repetition, now and then."""
    r = rng.random()
    if r < 0.3:
        return rng.choice(FILLERS).capitalize()
    if r < 0.4:
        return rng.choice(["I- I mean, ", "We- ", "It was- it was- ", "So- so ", "And- and "])
    return ""


def interview(rng: random.Random, number: int) -> dict:
    doc = Doc(lower=False, typed=False)
    taken: set[str] = set()
    named = rng.random() < 0.4
    participant = Person(rng, "p1", "participant", taken) if named else None
    interviewer = Person(rng, "p2", "welfare", taken) if named and rng.random() < 0.5 else None
    start = 1 + (participant is not None) + (interviewer is not None)
    people = cast(rng, rng.randint(2, 5), taken, start)
    me = Persona(rng)
    plan = beats(rng, people, me, rng.randint(4, 9), rng.randint(5, 12))
    int_label, p_label = rng.choice(LABEL_PAIRS)
    p_label_form = rng.choice(["first", "full", "first", "upper", "dim"])
    if participant is not None and p_label_form == "dim" and not participant.dims:
        p_label_form = "first"
    partner_speaks = rng.random() < 0.25 and any(p.role == "partner" for p in people)
    partner = next((p for p in people if p.role == "partner"), None)

    def label(who: str) -> None:
        if who == "int":
            if interviewer is not None:
                doc.span("PERSON", interviewer.first, "first", interviewer.key)
                interviewer.seen = True
            else:
                doc.decoy("role", int_label)
        elif who == "p2":
            if named and partner is not None:
                doc.span("PERSON", partner.first, "first", partner.key)
                partner.seen = True
            else:
                doc.decoy("role", "P2" if p_label in {"P1", "R"} else "Speaker 3")
        elif participant is not None:
            if p_label_form == "full":
                doc.span(
                    "PERSON", f"{participant.first} {participant.sur}", "full", participant.key
                )
            elif p_label_form == "upper":
                doc.span("PERSON", participant.first.upper(), "first", participant.key)
            elif p_label_form == "dim":
                doc.span("PERSON", participant.dims[0], "dim", participant.key)
            else:
                doc.span("PERSON", participant.first, "first", participant.key)
            participant.seen = True
        else:
            doc.decoy("role", p_label)
        doc.add(": ")

    turns = 0
    target = rng.randint(15, 50)
    first_turn = True
    while plan or turns < target:
        if turns >= 54:
            break
        # interviewer turn
        if turns:
            doc.add("\n")
        label("int")
        mentioned = [p for p in people if p.seen]
        if first_turn:
            doc.add(
                rng.choice(
                    [
                        "So, um, thanks for doing this. Can you start with a bit about yourself?",
                        "Okay, we're recording. Tell me about joining up.",
                    ]
                )
            )
            first_turn = False
        elif mentioned and rng.random() < 0.2:
            emit(doc, rng.choice(INT_BACKREF), rng.choice(mentioned), rng)
        else:
            doc.add(rng.choice(INT_LINES))
        turns += 1
        doc.add("\n")
        # participant turn, sometimes a name broken over turns
        label("p")
        turns += 1
        pending = [b for b in plan[:1]]
        plan = plan[1:]
        if pending and pending[0][0] == "person" and rng.random() < 0.12 and turns < 54:
            person = pending[0][1]
            if person.seen and person.role not in {"child"}:
                doc.add(spoken(rng) + "It was ")
                doc.span("PERSON", person.first, "first", person.key)
                doc.add(" -- ")
                doc.add("\n")
                label("int")
                doc.add(rng.choice(["[crosstalk] Sorry?", "Who?", "[inaudible]?"]))
                doc.add("\n")
                label("p")
                doc.add("-- ")
                doc.span("PERSON", person.sur, "sur", person.key)
                person.said_sur = True
                doc.add(rng.choice([". Yeah.", ", yeah, that's the one."]))
                turns += 2
                continue
        for n, beat in enumerate(pending + plan[: rng.randint(0, 2)]):
            if n:
                plan = plan[1:]
                doc.add(" ")
            lead = spoken(rng)
            doc.add(lead)
            doc.soften = bool(lead)
            say(doc, rng, beat, me, participant, people)
            if beat[0] == "person" and beat[1].just_said_sur and rng.random() < 0.15:
                doc.add(rng.choice([" That's ", " Spelt "]))
                mention(doc, rng, beat[1], "spell")
                doc.add(".")
            if rng.random() < 0.12:
                doc.add(" " + rng.choice(NOTES))
        if not pending:
            doc.add(
                rng.choice(
                    [
                        "Yeah.",
                        "Mm.",
                        "No, not really.",
                        "I don't know, to be honest.",
                        "Yeah, yeah.",
                        "[laughs] Yeah.",
                    ]
                )
            )
        if partner_speaks and partner is not None and rng.random() < 0.15 and turns < 57:
            doc.add("\n")
            label("p2")
            doc.add(
                rng.choice(
                    [
                        "[crosstalk] He won't tell you that.",
                        "That's not how I remember it.",
                        "[overlapping] Yeah, yeah.",
                    ]
                )
            )
            turns += 1
    return record(f"dev5-{number:04d}", "interview", doc)


def survey(rng: random.Random, number: int) -> dict:
    while True:
        lower = rng.random() < 0.65
        doc = Doc(lower=lower, typed=True)
        if rng.random() < 0.08:
            doc.add(
                rng.choice(
                    [
                        "no",
                        "N/A",
                        "all good ta",
                        "nothing to add",
                        "fine",
                        "see previous answer",
                        "no thanks",
                    ]
                )
            )
            return record(f"dev5-{number:04d}", "survey", doc)
        taken: set[str] = set()
        budget = rng.choice([12, 30, 60, 120, 200, 280])
        people = cast(rng, rng.randint(0, 4 if budget > 40 else 2), taken)
        me = Persona(rng)
        plan = beats(
            rng, people, me, rng.randint(1, 2 + budget // 30), rng.randint(1, 2 + budget // 25)
        )
        if rng.random() < 0.2:
            doc.decoy("greet", rng.choice(["Hi", "hiya", "Hello"]))
            doc.add(" ")
        for n, beat in enumerate(plan):
            if n:
                doc.add(
                    rng.choice([" ", " ", "\n", " and "]) if lower else rng.choice([" ", " ", "\n"])
                )
            say(doc, rng, beat, me, None, people)
            if len(doc.text.split()) > budget:
                break
        if rng.random() < 0.15:
            doc.add(" ")
            doc.decoy("signoff", rng.choice(["thanks", "cheers", "Thanks"]))
        words = len(doc.text.split())
        if 1 <= words <= 300:
            return record(f"dev5-{number:04d}", "survey", doc)


def record(doc_id: str, style: str, doc: Doc) -> dict:
    text = doc.text
    spans = sorted(doc.spans, key=lambda s: (s["start"], s["end"]))
    decoys = sorted(doc.decoys, key=lambda s: (s["start"], s["end"]))
    return {
        "id": doc_id,
        "style": style,
        "format": "txt",
        "text": text,
        "spans": spans,
        "decoys": decoys,
    }


def build() -> str:
    rng = random.Random(SEED)
    lines = []
    for number in range(1, 601):
        doc = interview(rng, number) if number % 2 else survey(rng, number)
        lines.append(json.dumps(doc, ensure_ascii=False, sort_keys=True))
    return "\n".join(lines) + "\n"


def stats(text: str) -> str:
    docs = [json.loads(line) for line in text.splitlines()]
    styles = Counter(d["style"] for d in docs)
    types = Counter(s["type"] for d in docs for s in d["spans"])
    forms = Counter(f"{s['type']}/{s['form']}" for d in docs for s in d["spans"])
    kinds = Counter(x["kind"] for d in docs for x in d["decoys"])
    people = [Counter(s["entity"] for s in d["spans"] if s["type"] == "PERSON") for d in docs]
    out = [
        f"documents: {len(docs)}",
        f"distinct people (entities, counted per document): {sum(len(p) for p in people)}",
        f"people mentioned more than once in their document: "
        f"{sum(n >= 2 for p in people for n in p.values())}",
    ]
    for title, counter in (
        ("style", styles),
        ("type", types),
        ("type/form", forms),
        ("decoy kind", kinds),
    ):
        out += ["", f"| {title} | count |", "|---|---|"]
        out += [f"| {key} | {counter[key]} |" for key in sorted(counter)]
        out.append(f"| total | {sum(counter.values())} |")
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
