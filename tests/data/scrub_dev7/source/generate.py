"""Generate tests/data/scrub_dev7/corpus.jsonl: the values people say and type.

A seeded, standard-library-only generator of 800 labelled documents in four styles (spoken
interview excerpts, wellbeing survey exports, staff-typed forms and welfare records, short
internal e-mails). Its point is the values: ages, postcodes, service numbers, phones, dates
of birth, addresses, bases, units, e-mails, NI and NHS numbers and names, each written in as
many ways as people write them, beside decoys that look like them and must survive.

Every label and decoy is recorded at the moment its text is appended (``Doc.span``,
``Doc.decoy``), so offsets are exact by construction; nothing edits the text afterwards.

    python generate.py            # writes ../corpus.jsonl
    python generate.py --check    # rebuilds and compares with ../corpus.jsonl
    python generate.py --stats    # counts per style, type, form and decoy kind
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SEED = 20261207
DOCUMENTS = 800
STYLES = ("spoken", "survey", "form", "email")
CORPUS = Path(__file__).resolve().parents[1] / "corpus.jsonl"
MAX_MENTIONS = 5


def split_words(text: str) -> list[str]:
    """A pool written as one string of space-separated words."""
    return text.split()


# --------------------------------------------------------------------------- name pools
# origin: (male first names, female first names, surnames)
ORIGINS: dict[str, tuple[list[str], list[str], list[str]]] = {
    "english": (
        split_words(
            "James Daniel Thomas Matthew Christopher Andrew Robert William Richard Michael "
            "Stephen Jonathan Benjamin Samuel Joseph Nicholas Anthony Mark Frank Grant"
        ),
        split_words(
            "Sarah Rebecca Charlotte Emma Victoria Elizabeth Katherine Jennifer Rachel Hannah "
            "Joanne Rose Joy Hope May Susan Claire Gemma Louise Natalie"
        ),
        split_words(
            "Hartley Pembridge Ashworth Fennimore Crowther Lockwood Barraclough Whitfield Stanton "
            "Hollis Marsh Pickering Sutcliffe Bramley Harrington-Lowe Fox-Wilson Smith White "
            "Clark Miller Brown Wood Hancock Thorne Penhaligon Trelawny Webb Bell Gale"
        ),
    ),
    "scottish": (
        split_words("Alasdair Callum Fraser Hamish Ruaridh Euan Lachlan"),
        split_words("Morag Iona Kirsty Eilidh Catriona Isla"),
        split_words("MacLeod McAllister Drummond Urquhart Buchanan Mackintosh MacAulay Sinclair"),
    ),
    "irish": (
        split_words("Cathal Declan Niall Padraig Ronan Eoin"),
        split_words("Aoife Siobhan Niamh Roisin Grainne Orla"),
        split_words("O'Donnell Gallagher O'Sullivan Keane Brennan Moriarty Geraghty"),
    ),
    "welsh": (
        split_words("Rhys Dafydd Gethin Iwan Owain Emyr"),
        split_words("Bethan Ffion Cerys Angharad Rhiannon Nia"),
        ["Pritchard", "ap Gwilym", "Llewellyn", "Bowen", "Prosser", "Vaughan", "Parry"],
    ),
    "polish": (
        split_words("Tomasz Krzysztof Piotr Wojciech Marek Pawel"),
        split_words("Katarzyna Agnieszka Magdalena Joanna Zofia"),
        split_words("Kowalczyk Wisniewski Zielinski Lewandowski Grabowski Szymanski"),
    ),
    "nigerian": (
        split_words("Chukwuemeka Oluwaseun Babatunde Ikenna Adewale Ade"),
        split_words("Ngozi Folasade Chiamaka Yewande Adaeze"),
        split_words("Okafor Adeyemi Okoye Nwosu Balogun Eze Ogunleye"),
    ),
    "ghanaian": (
        split_words("Kwame Kofi Yaw Kwabena Kojo"),
        split_words("Akosua Abena Efua Adwoa Ama"),
        split_words("Mensah Asante Boateng Owusu Appiah Darko Oppong"),
    ),
    "nepali": (
        split_words("Dil Bishnu Hari Prem Tek Kamal Yam"),
        split_words("Sunita Anjali Pramila Sabina Laxmi"),
        split_words("Gurung Rai Limbu Thapa Pun Tamang Magar"),
    ),
    "fijian": (
        split_words("Semi Jone Viliame Sakeasi Tevita Apisai"),
        split_words("Litia Mereoni Salote Losana Vika"),
        split_words("Naivalu Ravuvu Qarase Nakarawa Waqa Delana Vunibaka"),
    ),
    "south_asian": (
        split_words("Arjun Sanjay Imran Harpreet Rajesh Vikram Faisal Zubair"),
        split_words("Priya Navjot Sana Ayesha Deepa Kiran"),
        split_words("Shah Patel Sandhu Chaudhry Iqbal Gill Dhillon Hussain Malik Rahman"),
    ),
    "caribbean": (
        split_words("Delroy Winston Leroy Marlon Desmond Clive"),
        split_words("Marcia Paulette Simone Beverley Yvonne Precious"),
        split_words("Campbell Forbes Bailey Gayle Clarke Thompson Grant Francis McKenzie"),
    ),
    "chinese": (
        split_words("Wei Jun Hao Zhiwei Ming"),
        split_words("Mei Xiu Lian Yan Jing"),
        split_words("Chen Wong Liu Zhang Huang Tan Leung Cheung"),
    ),
    "arabic": (
        split_words("Omar Khalid Tariq Yusuf Hamza Karim"),
        split_words("Layla Noor Yasmin Samira Huda"),
        ["al-Rashid", "Haddad", "el-Masri", "Mansour", "Khalil", "Nasser", "Aziz"],
    ),
    "dutch_german": (
        split_words("Jeroen Stefan Dirk Lukas Maarten Klaus"),
        split_words("Anneke Ingrid Greta Liesbeth Katrin"),
        ["van der Berg", "de Vries", "Vogel", "Schneider", "Becker", "van Dijk", "von Arnim"],
    ),
}
# fmt: off
DIMINUTIVES = {
    "James": "Jim", "Daniel": "Danny", "Thomas": "Tommy", "Matthew": "Matt",
    "Christopher": "Chris", "Andrew": "Andy", "Robert": "Rob", "William": "Bill",
    "Richard": "Rich", "Michael": "Mick", "Stephen": "Steve", "Jonathan": "Jon", "Benjamin": "Ben",
    "Samuel": "Sam", "Joseph": "Joe", "Nicholas": "Nicky", "Anthony": "Tony", "Rebecca": "Bex",
    "Charlotte": "Charlie", "Victoria": "Vicky", "Elizabeth": "Liz", "Katherine": "Kath",
    "Jennifer": "Jen", "Joanne": "Jo", "Susan": "Sue", "Natalie": "Nat", "Alasdair": "Ali",
    "Callum": "Cal", "Catriona": "Cat", "Rhiannon": "Rhi", "Dafydd": "Dai", "Katarzyna": "Kasia",
    "Wojciech": "Wojtek", "Agnieszka": "Aga", "Magdalena": "Magda", "Chukwuemeka": "Emeka",
    "Oluwaseun": "Seun", "Babatunde": "Tunde", "Adewale": "Wale", "Folasade": "Sade",
    "Chiamaka": "Amaka", "Viliame": "Vili", "Mereoni": "Meri", "Rajesh": "Raj", "Vikram": "Vik",
    "Beverley": "Bev", "Desmond": "Des", "Padraig": "Podge", "Krzysztof": "Krzys",
}
# fmt: on
# fmt: off
SURNAME_NICKS = {
    "Smith": "Smudge", "White": "Chalky", "Miller": "Dusty", "Clark": "Nobby", "Clarke": "Nobby",
    "Brown": "Buster", "Webb": "Spider", "Bell": "Dinger", "Gale": "Windy", "Wood": "Splinter",
    "Marsh": "Swampy", "Thompson": "Tommo", "Campbell": "Soupy", "Forbes": "Forbsy",
    "Lockwood": "Locky", "Hancock": "Hanny",
}
# fmt: on
ORIGIN_NICKS = {"welsh": "Taff", "scottish": "Jock"}
GENERIC_NICKS = split_words(
    "Lofty Tiny Stretch Bungle Ginge Spud Bomber Scouse Geordie Brummie Yorkie Pinky "
    "Sparky Zippy Moose Tank Dibble Rusty Stumpy Noddy"
)
RANKS = {
    "army": split_words("Pte LCpl Cpl Sgt SSgt WO2 Lt Capt Maj"),
    "navy": ["AB", "LH", "PO", "CPO", "Lt", "Lt Cdr"],
    "marines": ["Mne", "Cpl", "Sgt", "CSgt", "Capt"],
    "raf": ["SAC", "Cpl", "Sgt", "FS", "Flt Lt", "Sqn Ldr"],
}
# Two letters a person's initials must never spell: words and common abbreviations.
BAD_INITIALS = set(
    split_words(
        "AM AN AS AT BE BY DO GO HE IF IN IS IT ME MY NO OF OH OK ON OR SO TO UP US WE "
        "GP OC CO MO PT RM RN NI UK TV PC DJ ID PA PE RE SW HQ IT AA AB OS MQ FW TA HR "
        "IM UR YA YO OI AH EH HA HI LO MA NA AY OW OX AD AG AI AW EX ER UM"
    )
)

# --------------------------------------------------------------------------- value pools
OUTWARD = split_words(
    "PL1 PL2 PL3 PL5 PL6 PL9 PL11 PL12 TR12 TR13 EX8 TA2 BA22 SP4 SP9 SP11 DL9 DL10 "
    "OX18 GU11 CO2 IV31 KY16 NG34 YO7 SP10 BA12"
)
INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
TOWNS = split_words(
    "Plymouth Torpoint Saltash Helston Exmouth Taunton Yeovil Salisbury Amesbury Andover "
    "Richmond Northallerton Carterton Witney Elgin Farnham Warminster Darlington"
)
# fmt: off
STREETS = [
    "Fore Street", "Raglan Road", "Elm Close", "Admiralty Road", "Chapel Lane", "Moor View",
    "Tavistock Road", "Victoria Terrace", "Harbour Way", "Glebe Close", "Kestrel Drive",
    "Churchill Avenue", "Sandpiper Way", "Beacon Park Road", "Wellington Row", "Mount Pleasant",
    "Larch Grove", "St Budeaux Place", "Castle Street", "Tamar Crescent", "Oakfield Rise",
    "Cumberland Road", "Nelson Gardens", "Barrack Street",
]
# fmt: on
STREETS_SHORT = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Close": "Cl", "Drive": "Dr"}
LANDLINE_CODES = split_words("01752 01326 01395 01980 01264 01748 01993 01823 01935 01252 01206")
# fmt: off
BASES = {
    "base": ["RNAS Culdrose", "RNAS Yeovilton", "HMNB Devonport", "HMNB Clyde", "RAF Brize Norton",
             "RAF Lossiemouth", "RAF Coningsby", "Stonehouse Barracks", "Norton Manor Camp",
             "Commando Training Centre Royal Marines", "Bickleigh Barracks", "Leuchars Station",
             "Brize Norton", "Alanbrooke Barracks"],
    "abbreviation": ["CTCRM", "Brize", "Lossie", "Culdrose", "RAF Brize", "Guz", "DMRC",
                     "Yeovilton"],
    "garrison": ["Catterick", "Tidworth", "Bulford", "Larkhill", "Aldershot", "Colchester"],
}
# fmt: on
# fmt: off
UNITS = {
    "battalion": ["1 RIFLES", "2 PARA", "1 R ANGLIAN", "3 PARA", "1 SCOTS", "2 YORKS", "1 R IRISH",
                  "2 RGR", "1 GREN GDS", "1st Battalion The Rifles", "4 RIFLES"],
    "commando": ["40 Cdo", "42 Cdo", "45 Commando", "40 Commando", "30 Cdo IX Gp"],
    "formation": ["3 Cdo Bde", "16 Air Assault Brigade", "3 (UK) Div", "12 Armd Inf Bde",
                  "1st (UK) Division", "3 Commando Brigade"],
    "regiment": ["21 Engr Regt", "29 Cdo Regt RA", "1 Regt RLC", "32 Engr Regt",
                 "The Royal Dragoon Guards", "1 RHA", "24 Cdo Engr Regt"],
    "ship": ["HMS Somerset", "HMS Albion", "HMS Prince of Wales", "HMS Dragon", "HMS Tamar",
             "RFA Mounts Bay", "HMS Bulwark"],
    "squadron": ["820 NAS", "II(AC) Sqn", "IX(B) Sqn", "845 NAS", "99 Sqn", "XV(R) Sqn", "847 NAS"],
}
# fmt: on
MAIL_DOMAINS = [
    "mod.gov.uk",
    "gmail.com",
    "hotmail.co.uk",
    "outlook.com",
    "btinternet.com",
    "yahoo.co.uk",
    "icloud.com",
]
MONTHS = "January February March April May June July August September October November December"
MONTHS = MONTHS.split()

ONES = split_words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
TENS = split_words("_ _ twenty thirty forty fifty sixty seventy eighty ninety")
ORDINAL_WORDS = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}

# --------------------------------------------------------------------------- decoy pools
# fmt: off
DECOYS = {
    "age_band": ["30-39", "in my thirties", "over 50s", "late twenties", "18-24", "40+",
                 "under 25s", "mid-forties", "in my forties", "25-34", "early fifties"],
    "count": ["34 of us", "six lads", "12 blokes", "four of them", "200 people", "30-odd of us",
              "nine of us", "40-odd lads"],
    "count:things": ["3 tours", "2 kids", "two tours", "5 jobs", "three kids", "4 moves",
                     "six postings", "2 ops"],
    "duration": ["22 years", "6 months", "18 months", "12 weeks", "four years", "two weeks",
                 "9 years", "a fortnight", "eight months", "24 years", "3 days"],
    "year": ["2019", "2003", "2011", "2022", "'09", "2014", "1998", "2008", "2024"],
    "time": ["0600", "7pm", "14:30", "half seven", "1130hrs", "9am", "0830", "quarter to six"],
    "money": ["£250", "300 quid", "£1,200", "£45 a week", "fifty quid", "£3k", "£80"],
    "percent": ["80%", "50 per cent", "10%", "100%", "a third", "25%", "90 percent"],
    "place_word": ["back home", "the NAAFI", "the cookhouse", "the block", "the mess", "the gym",
                   "the galley", "the med centre", "the guardroom", "town"],
    "role": ["padre", "medic", "chef", "boss", "sarge", "CO", "OC", "RSM", "welfare officer", "GP",
             "line manager", "UWO"],
    "rank": ["a corporal", "the sergeant major", "a young lieutenant", "my staffie",
             "the colour sergeant", "a lance jack"],
    "product": ["Togetherall", "Headspace", "Combat Stress", "SSAFA", "Help for Heroes",
                "the Veterans' Gateway", "Op Courage", "the Samaritans", "WhatsApp", "Calm"],
    "service": ["the Army", "the Navy", "the RAF", "the Marines", "the Corps", "the Andrew"],
    "building": ["Building 34", "Room 12", "Bldg 112", "Hangar 3", "Block 7", "Room 2.14", "Bay 4",
                 "Building 9", "Room 6"],
    "ext": ["ext 1234", "ext. 4412", "x2231", "ext 5870", "extn 3016"],
    "greet": ["Hi all", "Morning", "Hello", "Hi", "Afternoon all", "Dear all", "Morning all"],
    "signoff": ["Cheers", "Thanks", "Regards", "Kind regards", "Many thanks", "Best wishes", "Ta"],
}
# fmt: on
# (text before, the word, text after): an ordinary word that is also a name.
WORD_PHRASES = [
    ("I ", "will", " let them know"),
    ("it ", "will", " get better I think"),
    ("the phone ", "bill", " went through the roof"),
    ("paid the ", "bill", " late again"),
    ("to be ", "frank", " it was grim"),
    ("I'll be ", "frank", " with you"),
    ("the rent ", "rose", " again"),
    ("it ", "rose", " every year"),
    ("they missed the ", "mark", " completely"),
    ("it left a ", "mark", " on me"),
    ("we got a ", "grant", " for the boiler"),
    ("a housing ", "grant", " came through"),
    ("I ", "hope", " so"),
    ("there's not much ", "hope", " of that"),
    ("no ", "joy", " with the council"),
    ("it was a ", "joy", " to work with them"),
    ("I ", "may", " go back"),
    ("that ", "may", " help"),
    ("I wanted to ", "sue", " them"),
    ("she threatened to ", "sue", " the landlord"),
]
TEXT_SPEAK = [
    (r"\byou\b", "u"),
    (r"\byour\b", "ur"),
    (r"\bbecause\b", "cos"),
    (r"\bpeople\b", "ppl"),
    (r"\bthough\b", "tho"),
    (r"\bbefore\b", "b4"),
    (r"\bgoing to\b", "gonna"),
    (r"\bdefinitely\b", "definately"),
    (r"\ba lot\b", "alot"),
    (r"\bto be honest\b", "tbh"),
    (r"\bthanks\b", "thx"),
    (r"\breally\b", "realy"),
    (r"\bfriends\b", "freinds"),
    (r"\bi'm\b", "im"),
    (r"\bdon't\b", "dont"),
    (r"\bcan't\b", "cant"),
    (r"\bit's\b", "its"),
    (r"\bthey're\b", "there"),
    (r"\bsomething\b", "somethin"),
    (r"\bwould have\b", "would of"),
]
FILLERS = ["erm, ", "um, ", "you know, ", "like, ", "I mean, ", "er, ", "sort of "]


# --------------------------------------------------------------------------- people
@dataclass
class Person:
    key: str
    first: str
    sur: str
    sex: str
    origin: str
    middle: str
    dim: str | None
    nick: str
    rank: str
    title: str
    mentions: int = 0

    def name_parts(self) -> set[str]:
        """Every word of every name this person goes by, lower case."""
        names = [self.first, self.sur, self.dim or "", self.nick]
        return {part.lower() for name in names for part in re.split(r"[\s-]+", name) if part}

    @property
    def initials(self) -> str:
        return self.first[0] + surname_core(self.sur)[0].upper()


def surname_core(sur: str) -> str:
    """The surname's last word without particles (`van der Berg` -> `Berg`)."""
    return sur.split()[-1]


# --------------------------------------------------------------------------- the document
@dataclass
class Doc:
    rng: random.Random
    style: str
    parts: list[str] = field(default_factory=list)
    pos: int = 0
    spans: list[dict] = field(default_factory=list)
    decoys: list[dict] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    slots: dict[str, Person] = field(default_factory=dict)
    reserved: set[str] = field(default_factory=set)
    lower: bool = False  # survey answers typed in lower case with text-speak

    def text(self, literal: str) -> None:
        if self.lower:
            literal = casual(literal, self.rng)
        self._append(literal)

    def raw(self, literal: str) -> None:
        """Text appended as is, whatever the casing (labels, layout)."""
        self._append(literal)

    def span(self, value: str, kind: str, form: str, person: Person | None = None) -> None:
        value = value.lower() if self.lower else value
        mark = {"type": kind, "start": self.pos, "end": self.pos + len(value), "form": form}
        if person is not None:
            mark["entity"] = person.key
        self.spans.append(mark)
        self._append(value)

    def decoy(self, value: str, kind: str) -> None:
        value = value.lower() if self.lower else value
        self.decoys.append({"start": self.pos, "end": self.pos + len(value), "kind": kind})
        self._append(value)

    def _append(self, piece: str) -> None:
        self.parts.append(piece)
        self.pos += len(piece)

    def names_in_use(self) -> set[str]:
        return {part for person in self.people for part in person.name_parts()}

    def record(self, number: int) -> dict:
        text = "".join(self.parts)
        return {
            "id": f"dev7-{number:04d}",
            "style": self.style,
            "format": "txt",
            "text": text,
            "spans": self.spans,
            "decoys": self.decoys,
        }


def casual(literal: str, rng: random.Random) -> str:
    """Lower case, no punctuation but apostrophes, text-speak and common typos."""
    literal = literal.lower()
    for pattern, replacement in TEXT_SPEAK:
        if rng.random() < 0.7:
            literal = re.sub(pattern, replacement, literal)
    return re.sub(r"[.,!?;]", "", literal)


def new_person(doc: Doc, sex: str | None = None, need_dim: bool = False) -> Person:
    """A person whose every name, diminutive, nickname and initials are new to the document."""
    rng = doc.rng
    taken = doc.names_in_use() | doc.reserved
    taken_initials = {p.initials for p in doc.people}
    while True:
        origin = rng.choice(sorted(ORIGINS))
        males, females, surnames = ORIGINS[origin]
        person_sex = sex or rng.choice("MF")
        first = rng.choice(males if person_sex == "M" else females)
        sur = rng.choice(surnames)
        dim = DIMINUTIVES.get(first)
        nick = SURNAME_NICKS.get(sur) or ORIGIN_NICKS.get(origin) or rng.choice(GENERIC_NICKS)
        candidate = Person(
            key=f"p{len(doc.people) + 1}",
            first=first,
            sur=sur,
            sex=person_sex,
            origin=origin,
            middle=rng.choice("ABCDEFGHJKLMNPRSTW"),
            dim=dim,
            nick=nick,
            rank=rng.choice(RANKS[rng.choice(sorted(RANKS))]),
            title=rng.choice(["Mr"] if person_sex == "M" else ["Mrs", "Ms", "Miss"]),
        )
        if candidate.name_parts() & taken or candidate.initials in taken_initials:
            continue
        if candidate.initials in BAD_INITIALS or first == sur or (need_dim and not dim):
            continue
        doc.people.append(candidate)
        return candidate


def typo_of(sur: str, rng: random.Random) -> str:
    """The surname with one interior letter dropped or doubled (the last word of it)."""
    head, _, core = sur.rpartition(" ")
    letters = [i for i in range(1, len(core) - 1) if core[i].isalpha()]
    i = rng.choice(letters)
    wrong = core[:i] + core[i + 1 :] if rng.random() < 0.5 else core[:i] + core[i] + core[i:]
    return f"{head} {wrong}" if head else wrong


def name_text(person: Person, form: str, rng: random.Random) -> tuple[str, str]:
    """(text, label form) of one mention of ``person`` in the internal form ``form``."""
    first, sur, core = person.first, person.sur, surname_core(person.sur)
    if form == "full":
        return f"{first} {sur}", "full"
    if form == "upper":
        return f"{first} {sur}".upper(), "full"
    if form == "first":
        return first, "first"
    if form == "firstlow":
        return first.lower(), "first"
    if form == "dim":
        return (person.dim, "dim") if person.dim else (first, "first")
    if form == "sur":
        return sur, "sur"
    if form == "rank":
        given = person.origin == "nepali" and rng.random() < 0.6
        return f"{person.rank} {first if given else sur}", "rank"
    if form == "rankfull":
        return f"{person.rank} {first} {sur}", "rank"
    if form == "title":
        return f"{person.title} {sur}", "title"
    if form == "staff":
        return f"{rng.choice(['Dr', 'Rev', 'Dr'])} {first} {sur}", "title"
    if form == "doctor":
        return f"Dr {sur}", "title"
    if form == "middle":
        return f"{first} {person.middle}. {sur}", "middle"
    if form == "init":
        i, m = first[0], person.middle
        shapes = [
            f"{i}. {sur}",
            f"{i} {sur}",
            f"{i}.{m}. {sur}",
            f"{i}{m} {sur}",
            f"{i} {m} {sur.upper()}",
            f"{i}. {m}. {sur}",
        ]
        return rng.choice(shapes), "init"
    if form == "bare":
        return person.initials, "init"
    if form == "short":
        return f"{rng.choice([first, person.dim or first])} {core[0].upper()}", "short"
    if form == "surfirst":
        return rng.choice([f"{sur.upper()}, {first}", f"{sur}, {first}"]), "surfirst"
    if form == "nick":
        return person.nick, "nick"
    if form == "typo":
        return typo_of(sur, rng), "typo"
    raise ValueError(form)


# fmt: off
FIRST_FORMS = {
    "spoken": {"full": 35, "first": 30, "rank": 12, "dim": 10, "title": 5, "firstlow": 8},
    "survey": {"first": 28, "full": 20, "short": 14, "bare": 8, "rank": 12, "dim": 10, "init": 8},
    "form": {"full": 22, "surfirst": 18, "init": 18, "rankfull": 12, "middle": 10, "title": 10,
             "upper": 10},
    "email": {"full": 24, "short": 14, "rank": 16, "init": 14, "title": 10, "surfirst": 10,
              "first": 12},
}
# fmt: on
# fmt: off
LATER_FORMS = {
    "spoken": {"first": 34, "firstlow": 10, "dim": 12, "sur": 8, "nick": 12, "rank": 10, "typo": 6,
               "full": 8},
    "survey": {"first": 30, "bare": 12, "short": 12, "nick": 10, "typo": 10, "sur": 8, "dim": 10,
               "rank": 8},
    "form": {"sur": 24, "init": 18, "bare": 18, "first": 14, "title": 12, "typo": 7, "nick": 7},
    "email": {"first": 30, "bare": 14, "short": 12, "sur": 8, "nick": 10, "dim": 12, "typo": 6,
              "title": 8},
}
# fmt: on


def pick(weights: dict[str, int], rng: random.Random) -> str:
    keys = sorted(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def mention(doc: Doc, person: Person, form: str | None = None) -> None:
    """Append one mention of ``person``; past five mentions a pronoun stands in."""
    if person.mentions >= MAX_MENTIONS:
        doc.text("them")
        return
    if form is None:
        table = LATER_FORMS if person.mentions else FIRST_FORMS
        form = pick(table[doc.style], doc.rng)
    if form in {"typo", "nick"} and not person.mentions:
        form = "full"
    if form == "bare" and person.initials in BAD_INITIALS:
        form = "first"
    value, label = name_text(person, form, doc.rng)
    person.mentions += 1
    doc.span(value, "PERSON", label, person)
    if label == "short" and doc.rng.random() < 0.35:
        doc.text(".")  # "John S." : the full stop is outside the span


def someone_named(doc: Doc) -> Person | None:
    named = [p for p in doc.people if 0 < p.mentions < MAX_MENTIONS]
    return doc.rng.choice(named) if named else None


# --------------------------------------------------------------------------- numbers
def number_words(n: int, rng: random.Random) -> str:
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + (rng.choice(["-", " "]) + ONES[ones] if ones else "")


def ordinal_words(n: int, rng: random.Random) -> str:
    words = number_words(n, rng)
    head, sep, last = words.rpartition("-") if "-" in words else words.rpartition(" ")
    if last in ORDINAL_WORDS:
        last = ORDINAL_WORDS[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return head + sep + last


def ordinal_digits(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def spoken_digits(digits: str, rng: random.Random) -> str:
    """Digits read aloud: 'oh' for nought, 'double' and 'triple' for runs."""
    out, i = [], 0
    while i < len(digits):
        d = digits[i]
        word = "oh" if d == "0" and rng.random() < 0.85 else ONES[int(d)]
        if digits[i : i + 3] == d * 3 and rng.random() < 0.6:
            out.append(f"triple {word}")
            i += 3
        elif digits[i : i + 2] == d * 2 and rng.random() < 0.7:
            out.append(f"double {word}")
            i += 2
        else:
            out.append(word)
            i += 1
    return " ".join(out)


def rand_digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


# --------------------------------------------------------------------------- handlers
def h_filler(doc: Doc, arg: str | None) -> None:
    if doc.style == "spoken" and doc.rng.random() < 0.45:
        doc.text(doc.rng.choice(FILLERS))


def age_value(arg: str | None, rng: random.Random) -> int:
    if arg == "kid":
        return rng.randint(3, 17)
    if arg == "young":
        return rng.randint(16, 24)
    if arg == "round":
        return rng.choice([30, 40, 50, 60, 21, 18])
    return rng.randint(18, 68)


def h_age_digits(doc: Doc, arg: str | None) -> None:
    doc.span(str(age_value(arg, doc.rng)), "AGE", "digits")


def h_age_words(doc: Doc, arg: str | None) -> None:
    doc.span(number_words(age_value(arg, doc.rng), doc.rng), "AGE", "words")


def h_age_ordinal(doc: Doc, arg: str | None) -> None:
    n = age_value("round", doc.rng)
    if doc.rng.random() < 0.6:
        doc.span(ordinal_digits(n), "AGE", "digits")
    else:
        doc.span(ordinal_words(n, doc.rng), "AGE", "words")


def h_age_any(doc: Doc, arg: str | None) -> None:
    (h_age_words if doc.rng.random() < 0.3 else h_age_digits)(doc, arg)


def person_handler(which: str) -> Callable[[Doc, str | None], None]:
    def handler(doc: Doc, form: str | None) -> None:
        rng = doc.rng
        if which in {"m", "k", "s", "r"}:
            # A slot's person past five mentions hands the role on to someone new.
            if which not in doc.slots or doc.slots[which].mentions >= MAX_MENTIONS:
                doc.slots[which] = new_person(doc, need_dim=form == "dim")
            mention(doc, doc.slots[which], form)
            return
        if which == "op" or (which == "p" and rng.random() < 0.6):
            person = someone_named(doc)
            if person is not None:
                mention(doc, person, form)
                return
        sex = {"npf": "F", "npm": "M"}.get(which)
        person = new_person(doc, sex, need_dim=form == "dim")
        mention(doc, person, form if form not in {"typo", "nick"} else None)

    return handler


def postcode_parts(rng: random.Random) -> tuple[str, str]:
    inward = f"{rng.randint(1, 9)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
    return rng.choice(OUTWARD), inward


def h_postcode(doc: Doc, arg: str | None) -> None:
    rng = doc.rng
    out, inward = postcode_parts(rng)
    shapes = [
        f"{out} {inward}",
        f"{out} {inward}".lower(),
        f"{out}{inward}",
        f"{out}{inward}".lower(),
        f"{out}  {inward}",
        f"{out.lower()} {inward}",
        f"{out}   {inward}",
    ]
    weights = [40, 15, 12, 10, 8, 8, 7] if arg != "block" else [80, 4, 8, 0, 8, 0, 0]
    doc.span(rng.choices(shapes, weights=weights)[0], "POSTCODE", "plain")


def h_postcode_words(doc: Doc, arg: str | None) -> None:
    rng = doc.rng
    out, inward = postcode_parts(rng)
    letters = [c for c in out if c.isalpha()]
    number = out[len(letters) :]
    said_number = (
        number_words(int(number), rng)
        if rng.random() < 0.5
        else " ".join(ONES[int(c)] for c in number)
    )
    spoken = " ".join(letters) + " " + said_number + ", "
    spoken += ONES[int(inward[0])] + " " + " ".join(inward[1:])
    doc.span(spoken, "POSTCODE", "words")


def h_outward(doc: Doc, arg: str | None) -> None:
    doc.span(doc.rng.choice(OUTWARD), "POSTCODE", "outward")


def mobile(rng: random.Random) -> str:
    return "07" + rng.choice(["7", "8", "9", "4", "5"]) + rand_digits(rng, 8)


def phone_shape(digits: str, rng: random.Random) -> str:
    if digits.startswith("07"):
        rest = digits[1:]
        shapes = [
            f"{digits[:5]} {digits[5:]}",
            digits,
            f"{digits[:5]} {digits[5:8]} {digits[8:]}",
            f"+44 (0){rest[:4]} {rest[4:]}",
            f"+44{rest}",
            f"0044 {rest[:4]} {rest[4:]}",
            f"+44 {rest[:4]} {rest[4:7]} {rest[7:]}",
            f"{digits[:4]}-{digits[4:7]}-{digits[7:]}",
        ]
        return rng.choices(shapes, weights=[30, 20, 12, 10, 6, 6, 8, 8])[0]
    code, number = digits[:5], digits[5:]
    shapes = [
        f"({code}) {number}",
        f"{code} {number}",
        f"{code}-{number}",
        f"+44 {code[1:]} {number}",
        f"{code} {number[:3]} {number[3:]}",
    ]
    return rng.choice(shapes)


def phone_digits(arg: str | None, rng: random.Random) -> str:
    land = arg == "land" or (arg != "mob" and rng.random() < 0.3)
    return rng.choice(LANDLINE_CODES) + rand_digits(rng, 6) if land else mobile(rng)


def h_phone(doc: Doc, arg: str | None) -> None:
    doc.span(phone_shape(phone_digits(arg, doc.rng), doc.rng), "PHONE", "digits")


def h_phone_words(doc: Doc, arg: str | None) -> None:
    rng = doc.rng
    digits = phone_digits("mob" if rng.random() < 0.8 else "land", rng)
    head, tail = spoken_digits(digits[:5], rng), spoken_digits(digits[5:], rng)
    doc.span(head + rng.choice([" ", ", ", " ... "]) + tail, "PHONE", "words")


def h_phone_broken(doc: Doc, arg: str | None) -> None:
    digits = mobile(doc.rng)
    doc.span(f"{digits[:5]}\n{digits[5:]}", "PHONE", "broken")


def service_number(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.6:
        digits = rng.choice(["25", "24", "30", "21"]) + rand_digits(rng, 6)
        shapes = [
            digits,
            f"{digits[:4]} {digits[4:]}",
            f"{digits[:2]}-{digits[2:5]}-{digits[5:]}",
            f"{digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}",
            f"{digits[:2]} {digits[2:]}",
        ]
        return rng.choices(shapes, weights=[40, 20, 15, 10, 15])[0]
    letter = rng.choice("PDCMW")
    digits = rand_digits(rng, rng.choice([6, 7]))
    shapes = [
        f"{letter}{digits}",
        f"{letter} {digits}",
        f"{letter}-{digits}",
        f"{letter}{digits[:3]} {digits[3:]}",
    ]
    return rng.choices(shapes, weights=[50, 20, 15, 15])[0]


def h_service(doc: Doc, arg: str | None) -> None:
    doc.span(service_number(doc.rng), "SERVICE_NUMBER", "digits")


def h_service_words(doc: Doc, arg: str | None) -> None:
    rng = doc.rng
    if rng.random() < 0.7:
        digits = rng.choice(["25", "24", "30"]) + rand_digits(rng, 6)
        spoken = (
            spoken_digits(digits[:4], rng)
            + rng.choice([" ", ", "])
            + spoken_digits(digits[4:], rng)
        )
    else:
        spoken = (
            rng.choice("PDCMW") + rng.choice([" ", ", "]) + spoken_digits(rand_digits(rng, 7), rng)
        )
    doc.span(spoken, "SERVICE_NUMBER", "words")


def birth_date(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1958, 2006)


def h_dob(doc: Doc, arg: str | None) -> None:
    """A date of birth; ``arg`` picks numeric shapes or ones with the month in words."""
    rng = doc.rng
    d, m, y = birth_date(rng)
    month = MONTHS[m - 1]
    yy = f"{y % 100:02d}"
    if arg in {None, "numeric"}:
        shapes = [
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}/{y}",
            f"{d}.{m}.{yy}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d:02d}-{m:02d}-{yy}",
            f"{d:02d}{m:02d}{yy}",
            f"{d}/{m}/{yy}",
            f"{y}-{m:02d}-{d:02d}",
        ]
        doc.span(rng.choice(shapes), "DATE_OF_BIRTH", "digits")
        return
    if arg == "dmy":
        shapes = [
            f"{ordinal_digits(d)} {month} {yy}",
            f"{d} {month} {y}",
            f"{d} {month[:3]} {y}",
            f"{ordinal_digits(d)} of {month} {y}",
            f"{d} {month[:3]} {yy}",
        ]
        value = rng.choice(shapes)
    elif arg == "month":
        value = f"{month} {y}" if rng.random() < 0.7 else f"{month} {yy}"
    elif arg == "bday":
        value = rng.choice(
            [
                f"{ordinal_digits(d)} of {month}",
                f"{ordinal_words(d, rng)} of {month}",
                f"{d} {month}",
            ]
        )
    else:  # spoken in full: "third of April, nineteen eighty-eight"
        decade = f"{number_words(y // 100, rng)} {number_words(y % 100, rng)}"
        if y >= 2000:
            decade = "two thousand" + (f" and {ONES[y % 100]}" if y % 100 else "")
        value = f"{ordinal_words(d, rng)} of {month}, {decade}"
    doc.span(value, "DATE_OF_BIRTH", "words")


def street_address(rng: random.Random) -> str:
    street = rng.choice(STREETS)
    if rng.random() < 0.2:
        last = street.split()[-1]
        if last in STREETS_SHORT:
            street = street[: -len(last)] + STREETS_SHORT[last]
    number = rng.randint(1, 140)
    shapes = [
        f"{number} {street}",
        f"Flat {rng.randint(1, 12)}, {number} {street}",
        f"{rng.randint(1, 9)}/{number} {street}",
        f"{number}{rng.choice('ab')} {street}",
        f"flat {rng.randint(1, 12)}, {number} {street}",
    ]
    return rng.choices(shapes, weights=[55, 15, 8, 10, 12])[0]


def h_address(doc: Doc, arg: str | None) -> None:
    rng = doc.rng
    if arg == "onnum":  # "Fore Street, number 12"
        value = f"{rng.choice(STREETS)}, number {rng.randint(1, 90)}"
    else:
        value = street_address(rng)
    doc.span(value, "ADDRESS", "street")


def h_town(doc: Doc, arg: str | None) -> None:
    doc.span(doc.rng.choice(TOWNS), "LOCATION", "town")


def h_base(doc: Doc, arg: str | None) -> None:
    kind = arg or doc.rng.choice(sorted(BASES))
    doc.span(doc.rng.choice(BASES[kind]), "BASE", kind)


def h_unit(doc: Doc, arg: str | None) -> None:
    kind = arg or doc.rng.choice(sorted(UNITS))
    doc.span(doc.rng.choice(UNITS[kind]), "UNIT", kind)


def mail_local(rng: random.Random, person: Person | None) -> str:
    if person is None:
        origin = rng.choice(sorted(ORIGINS))
        males, females, surnames = ORIGINS[origin]
        first, sur = rng.choice(males + females), rng.choice(surnames)
    else:
        first, sur = person.first, person.sur
    sur = re.sub(r"[^a-z]", "", sur.lower())
    first = first.lower()
    shapes = [
        f"{first}.{sur}",
        f"{first[0]}.{sur}",
        f"{first}{sur}{rng.randint(1, 99)}",
        f"{first}_{sur}",
        f"{sur}{first[0]}",
        f"{first}.{sur}{rng.randint(100, 999)}",
    ]
    return rng.choice(shapes)


def h_email(doc: Doc, arg: str | None) -> None:
    person = doc.slots.get(arg) if arg else None
    local = mail_local(doc.rng, person)
    domain = "mod.gov.uk" if arg in {"s", "r"} else doc.rng.choice(MAIL_DOMAINS)
    doc.span(f"{local}@{domain}", "EMAIL", "plain")


def h_email_words(doc: Doc, arg: str | None) -> None:
    rng = doc.rng
    local = mail_local(rng, doc.slots.get("m"))
    said = local.replace(".", " dot ").replace("_", " underscore ")
    domain = rng.choice(MAIL_DOMAINS).replace(".", " dot ")
    at = rng.choice([" at ", " at ", " at sign "])
    doc.span(f"{said}{at}{domain}", "EMAIL", "words")


def ni_number(rng: random.Random) -> str:
    while True:
        prefix = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if prefix not in {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}:
            break
    digits = rand_digits(rng, 6)
    suffix = rng.choice("ABCD")
    shapes = [
        f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}",
        f"{prefix}{digits}{suffix}",
        f"{prefix} {digits} {suffix}",
        f"{prefix}{digits} {suffix}",
    ]
    return rng.choice(shapes)


def h_ni(doc: Doc, arg: str | None) -> None:
    doc.span(ni_number(doc.rng), "NI_NUMBER", "digits")


def nhs_number(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
        check = 0 if check == 11 else check
        if check != 10 and digits[0] != 0:
            break
    s = "".join(map(str, digits)) + str(check)
    shapes = [
        f"{s[:3]} {s[3:6]} {s[6:]}",
        s,
        f"{s[:3]}-{s[3:6]}-{s[6:]}",
        f"{s[:3]} {s[3:7]} {s[7:]}",
    ]
    return rng.choices(shapes, weights=[50, 25, 15, 10])[0]


def h_nhs(doc: Doc, arg: str | None) -> None:
    doc.span(nhs_number(doc.rng), "NHS_NUMBER", "digits")


def decoy_handler(kind: str) -> Callable[[Doc, str | None], None]:
    def handler(doc: Doc, arg: str | None) -> None:
        pool = DECOYS[f"{kind}:{arg}" if arg else kind]
        doc.decoy(doc.rng.choice(pool), kind)

    return handler


def h_date(doc: Doc, arg: str | None) -> None:
    """A date that is not a birth date: appointments, moves, letters."""
    rng = doc.rng
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026])
    month = MONTHS[m - 1]
    shapes = [
        f"{d:02d}/{m:02d}/{y}",
        f"{d} {month} {y}",
        f"{ordinal_digits(d)} {month}",
        f"{d}/{m}",
        f"{d} {month[:3]}",
        f"{d:02d}.{m:02d}.{y % 100:02d}",
        f"{rng.choice(['Mon', 'Tues', 'Weds', 'Thurs', 'Fri'])} {ordinal_digits(d)}",
    ]
    doc.decoy(rng.choice(shapes), "date")


def h_ref(doc: Doc, arg: str | None) -> None:
    rng = doc.rng
    if arg == "num":  # eight digits, like a service number, but about no one
        doc.decoy(rand_digits(rng, 1).replace("0", "4") + rand_digits(rng, 7), "ref")
        return
    shapes = [
        f"WEL/{rng.choice([2025, 2026])}/{rng.randint(1, 9999):04d}",
        f"REF-{rng.randint(10000, 99999)}",
        f"2026{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-HR",
        f"INT-{rng.randint(1, 400):03d}",
        f"CASE {rng.randint(1000, 9999)}/{rng.randint(1, 99):02d}",
    ]
    doc.decoy(rng.choice(shapes), "ref")


def h_word(doc: Doc, arg: str | None) -> None:
    in_use = doc.names_in_use()
    choices = [p for p in WORD_PHRASES if p[1] not in in_use]
    before, word, after = doc.rng.choice(choices)
    doc.reserved.add(word)
    doc.text(before)
    doc.decoy(word, "word")
    doc.text(after)


HANDLERS: dict[str, Callable[[Doc, str | None], None]] = {
    "f": h_filler,
    "n": h_age_digits,
    "w": h_age_words,
    "a": h_age_any,
    "nth": h_age_ordinal,
    "ph": h_phone,
    "phw": h_phone_words,
    "phb": h_phone_broken,
    "svc": h_service,
    "svcw": h_service_words,
    "pc": h_postcode,
    "pcw": h_postcode_words,
    "pco": h_outward,
    "dob": h_dob,
    "addr": h_address,
    "town": h_town,
    "base": h_base,
    "unit": h_unit,
    "em": h_email,
    "emw": h_email_words,
    "ni": h_ni,
    "nhs": h_nhs,
    "date": h_date,
    "ref": h_ref,
    "word": h_word,
    **{name: person_handler(name) for name in ["p", "np", "npf", "npm", "op", "m", "k", "s", "r"]},
    **{kind: decoy_handler(kind) for kind in DECOYS if ":" not in kind},
}
TOKEN = re.compile(r"\{(\w+)(?::(\w+))?\}")


def render(doc: Doc, template: str) -> None:
    """Append ``template``: literal text as is, each ``{token:arg}`` through its handler."""
    pos = 0
    for match in TOKEN.finditer(template):
        if match.start() > pos:
            doc.text(template[pos : match.start()])
        HANDLERS[match.group(1)](doc, match.group(2))
        pos = match.end()
    if pos < len(template):
        doc.text(template[pos:])


# --------------------------------------------------------------------------- spoken
SPOKEN_TOPICS: list[tuple[str, list[str]]] = [
    (
        "So, erm, can you tell me a bit about when you joined up?",
        [
            "{f}I joined at {n:young}, straight out of school really.",
            "I was {w:young} at the time, {f}just a kid.",
            "At {n:young} I joined, {f}and I- I didn't know anything.",
            "{f}when I was {n:young} I went to {base:garrison} for phase two.",
            "My dad was in {service} so, {f}yeah, I was always going to go.",
            "There were {count} in my troop, {f}I'm still in touch with maybe {count}.",
            "It was {year}, I think, {f}maybe {year}.",
            "I was in {unit} then, {f}based at {base}.",
        ],
    ),
    (
        "And how old are you now, if you don't mind me asking?",
        [
            "I'm {n} now.",
            "I'm {n} years old, {f}feel about a hundred some days [laughs].",
            "Aged {n}, {f}on paper anyway.",
            "{f}I turned {n} last month actually [laughs].",
            "It'll be my {nth} next year, can't believe it.",
            "I'm {n} next week, so [laughs].",
            "{f}I'm {w}, {f}the big one's next year [laughs].",
            "I'm in my- I'm {n}, {f}yeah.",
            "Put me down as {age_band}, {f}that's close enough [laughs].",
        ],
    ),
    (
        "Who did you talk to, when things got bad?",
        [
            "My wife {npf:first}, {f}she's {w}, she did most of it.",
            "{f}there was a lad, {np:full}, he was only {n:young}.",
            "{op:first} was, erm, a {n} year old lance jack, {f}bless him.",
            "Our padre, {np:staff}, was brilliant, {f}honestly.",
            "I saw {np:doctor} at {place_word}, {f}she referred me on.",
            "{f}me and {np:dim} used to go to {place_word} after, {op:first} too.",
            "{op:nick}, we called him, {f}he was a character.",
            "{op:firstlow} was there too, {f}[inaudible] he knew.",
            "I rang {product} in the end, {f}and they put me onto {np:full}.",
            "The {role} was useless to be honest, {f}but {op} was good.",
            "My husband {npm:first}, he's {n}, {f}he just sort of- he just listened.",
            "{np:rank} sat me down, {f}the- the {role} had no idea.",
            "{op:first} was the one who- who got me to go.",
            "{op:first} said the same, {f}funny enough.",
            "{rank} took me aside, {f}decent bloke, {f}not like {rank} before him.",
            "I still see {op} now and then, {f}{op:first}'s {w} now [laughs].",
            "{op} and me, {f}we- we did {count:things} together.",
            "{f}I was- I was close to {op:dim}, {f}still am.",
        ],
    ),
    (
        "What about family, kids?",
        [
            "My son, {n:kid}, {f}he keeps asking about it.",
            "{op:first} took the kids, {f}{op:first} was- was brilliant.",
            "My daughter who is {n:kid} was at school in {town} then.",
            "Two, {f}a {n:kid}-year-old and our youngest is {w:kid}.",
            "{f}my lad's {n:kid}, {f}the other one's {w:kid}.",
            "{npf:first}'s {w:kid} now, {f}she- she doesn't remember.",
            "We've got {count:things}, {f}and a dog [laughs].",
        ],
    ),
    (
        "And where are you living now?",
        [
            "I live on {addr:onnum}, {f}in {town}.",
            "We're in a married quarter at {addr}, {f}near {base}.",
            "I'm in the {pco} area now, {f}near {base:garrison}.",
            "{f}it's {addr}, {town}, {pc}.",
            "{f}flat- flat in {town}, {addr}, it's {pcw}.",
            "We moved to {town} in {year}, {f}just outside {base:abbreviation}.",
            "{f}{word}, mind [laughs].",
        ],
    ),
    (
        "Is it okay if we take a contact number, for the follow-up?",
        [
            "Yeah it's {ph:mob}.",
            "{f}you can get me on {phw}.",
            "It's {phw}, {f}or the house, {ph:land}.",
            "My email's {emw}, {f}that's easiest.",
            "{f}it's {em}, all lower case.",
            "Mobile's {ph}, {f}after {time} is best.",
        ],
    ),
    (
        "Do you remember your service number?",
        [
            "{f}my number's {svcw}, I'll never forget it [laughs].",
            "It was {svc}, {f}yeah.",
            "{f}number is {svcw}, {f}drilled into you.",
            "Erm, {svc} I think, {f}don't quote me.",
            "Service number {svcw}. {f}Funny what sticks.",
        ],
    ),
    (
        "And your date of birth, just for the form?",
        [
            "{f}I was born in {dob:month}, so...",
            "Born {dob:dmy}.",
            "{f}my birthday's the {dob:bday}, {f}yeah.",
            "{dob:numeric}.",
            "The {dob:words} [laughs].",
        ],
    ),
    (
        "How long were you in?",
        [
            "I did {duration} in, {f}{count:things}.",
            "{duration}, {f}and then {duration} as a reservist.",
            "{f}about {duration}, give or take, {f}left in {year}.",
            "I was {age_band} when I got out, {f}so.",
            "Left on {percent} pension, {f}which was {money} at the time.",
        ],
    ),
    (
        "Did you use any of the apps or the charities?",
        [
            "{product} helped a lot, {f}and {product}.",
            "{f}I tried {product} but {word}.",
            "Someone from {product} came to {building}, {f}the- on {base}.",
            "{f}they had a drop-in at {time}, {f}in {building}.",
            "I paid {money} for counselling in the end, {f}yeah.",
        ],
    ),
]
ONE_ANSWER_TOPICS = {SPOKEN_TOPICS[i][0] for i in (1, 6, 7)}
SPOKEN_LABELS = [("INT", "P"), ("Interviewer", "Participant"), ("I", "P"), ("INT", "P1")]
NOTES = ["[laughs]", "[inaudible]", "[pause]", "[crosstalk]", "[sighs]"]
BACKCHANNEL = ["Mm-hm.", "Right.", "Okay.", "Yeah.", "Sure.", "Go on."]


def turn(doc: Doc, label: str) -> None:
    doc.decoy(label, "role")
    doc.text(": ")


def build_spoken(doc: Doc) -> None:
    rng = doc.rng
    interviewer, participant = rng.choice(SPOKEN_LABELS)
    if rng.random() < 0.5:
        doc.text("Excerpt, interview ")
        h_ref(doc, None)
        doc.text("\n\n")
    topics = rng.sample(SPOKEN_TOPICS, rng.randint(4, 6))
    for number, (question, answers) in enumerate(topics):
        one_value = question in ONE_ANSWER_TOPICS  # one age, one number, one birthday
        turn(doc, interviewer)
        doc.text(question + "\n")
        turn(doc, participant)
        for i, sentence in enumerate(rng.sample(answers, 1 if one_value else rng.randint(1, 3))):
            if i and rng.random() < 0.2:
                doc.text(rng.choice(NOTES) + " ")
            render(doc, sentence)
            doc.text(" ")
        if rng.random() < 0.3:
            doc.text(rng.choice(NOTES))
        doc.text("\n")
        if rng.random() < 0.25 and number < len(topics) - 1 and not one_value:
            turn(doc, interviewer)
            doc.text(rng.choice(BACKCHANNEL) + "\n")
            turn(doc, participant)
            render(doc, rng.choice(answers))
            doc.text("\n")


# --------------------------------------------------------------------------- survey
SURVEY_QUESTIONS = [
    "How are you feeling at the moment?",
    "What has helped you most?",
    "Who do you talk to when things are hard?",
    "Tell us about where you live now.",
    "How did leaving the service affect you?",
    "Anything else you would like to tell us?",
    "If you would like a follow-up call, please leave your details.",
]
SURVEY_SENTENCES = [
    "I'm {n} and been out {duration}.",
    "{n}yo male, served {duration} in {unit}.",
    "{n} y/o, {f}struggling a lot since I left.",
    "age {n}, still serving at {base}.",
    "I'm a {n}-year-old veteran living in {town}.",
    "my {nth} was the worst day, no one remembered.",
    "turned {n} in lockdown and it hit hard.",
    "I was {w:young} when I went to {base:garrison}, too young really.",
    "joined at {n:young} and never really left it behind.",
    "my line manager {p} was great to be honest.",
    "talked to {p} and {p} mostly.",
    "{p} from {product} rang me back within a day.",
    "the {role} was useless, {p} at {building} was better.",
    "my wife {npf:dim} keeps me going, she's {n}.",
    "my son, {n:kid}, is the reason I get up.",
    "my daughter who is {n:kid} worries about me.",
    "the kids are {n:kid} and {n:kid} now.",
    "{product} and {product} both helped.",
    "moved to {pc} last year and it's quiet.",
    "living at {addr}, {town} {pc} with my partner.",
    "in a quarter at {addr} on {base}.",
    "I'm in the {pco} area if that helps.",
    "my mob is {ph}.",
    "call me on {ph:mob} after {time}.",
    "email {em} or text {ph}.",
    "my email is {emw}.",
    "svc no {svc} if you need it.",
    "DOB {dob:numeric}, {unit}.",
    "NHS no {nhs} if the GP needs it.",
    "leaving {service} was the hardest thing I've done.",
    "my claim number is {ref:num} not that it helps.",
    "{op:first} said the same.",
    "NI is {ni}, I've lost the card.",
    "born {dob:dmy} if that matters, {age_band} anyway.",
    "{op} is the only one I talk to now.",
    "still talk to {op} every week and {op:first} gets it.",
    "{op} ({n}) lives near me, {op:first} is a good mate.",
    "aged {n}, single, in {town}.",
    "postcode is {pcw} if you need it.",
    "{op:nick} still checks in on me.",
    "I paid {money} for private counselling.",
    "about {percent} of the lads I served with are struggling.",
    "there were {count} and only {count} are still in touch.",
    "{word}, to be honest.",
    "{rank} who ran the course was good, {place_word} was not.",
    "I went back to {place_word} in {year} and cried.",
    "we did {duration} on {unit}, good times.",
]
SHORT_ANSWERS = [
    "N/A",
    "no",
    "all good ta",
    "not really",
    "nothing to add",
    "-",
    "fine",
    "no thanks",
    "prefer not to say",
]


def survey_answer(doc: Doc) -> None:
    rng = doc.rng
    if rng.random() < 0.1:
        doc.text(rng.choice(SHORT_ANSWERS))
        return
    sentences = rng.sample(SURVEY_SENTENCES, rng.randint(1, 5))
    joiner = rng.choice([" ", " and ", "  "]) if doc.lower else " "
    for i, sentence in enumerate(sentences):
        if i:
            doc.text(joiner)
        if not doc.lower and sentence[0].isalpha():
            sentence = sentence[0].upper() + sentence[1:]
        render(doc, sentence)


def build_survey(doc: Doc) -> None:
    rng = doc.rng
    layout = rng.choice(["qa", "numbered", "lines"])
    questions = sorted(rng.sample(range(len(SURVEY_QUESTIONS)), rng.randint(3, 6)))
    if layout != "qa":
        doc.raw("Response ID: ")
        doc.decoy(f"R_{rng.randint(100000, 999999)}", "ref")
        doc.raw("\n")
    for number in questions:
        doc.lower = False
        if layout == "qa":
            doc.raw(f"Q{number + 1}: {SURVEY_QUESTIONS[number]}\nA: ")
        elif layout == "numbered":
            doc.raw(f"{number + 1}. ")
        doc.lower = rng.random() < 0.5
        survey_answer(doc)
        doc.lower = False
        doc.raw("\n\n" if layout == "qa" else "\n")


# --------------------------------------------------------------------------- forms
FORM_HEADINGS = [
    "WELFARE INTAKE FORM",
    "Referral Form",
    "Contact details form",
    "UNIT WELFARE RECORD",
    "Veterans Support - Registration",
    "Welfare record",
]
FORM_FIELDS: list[tuple[float, str]] = [
    (0.5, "Service No: {svc}\n"),
    (0.2, "Svc no. {svc}\n"),
    (0.5, "DOB: {dob:numeric}\n"),
    (0.2, "D.O.B. {dob}\n"),
    (0.15, "Date of birth: {dob:dmy}\n"),
    (0.6, "Age: {n}\n"),
    (0.5, "Address:\n{addr}\n{town}\n{pc:block}\n"),
    (0.25, "Address: {addr}, {town} {pc}\n"),
    (0.5, "Mobile: {ph:mob}\n"),
    (0.35, "Tel (home): {ph:land}\n"),
    (0.45, "Email: {em:m}\n"),
    (0.45, "NI No: {ni}\n"),
    (0.45, "NHS No: {nhs}\n"),
    (0.15, "NI number / NHS number: {ni} / {nhs}\n"),
    (0.3, "Case no: {ref:num}\n"),
    (0.5, "Unit: {unit}\n"),
    (0.4, "Base/Location: {base}\n"),
    (0.5, "Status: [x] Serving  [ ] Veteran  [ ] Reservist  [ ] Family member\n"),
    (0.3, "Consent to share: [Y] / N\n"),
    (0.5, "Next of kin: {k:full} (partner)\n  Relationship: spouse   Tel: {ph}\n"),
    (0.3, "NOK: {k:surfirst}, {ph:mob}\n"),
    (0.4, "Emergency contact: {k:first} on {ph}\n"),
]
NAME_FIELDS = [
    "Surname: {m:sur}\nForename(s): {m:first}\n",
    "SURNAME: {m:sur}   First name: {m:first}\n",
    "Name: {m}\n",
    "Full name: {m:middle}\n",
    "Name (SURNAME, First): {m:surfirst}\n",
    "Rank/Name: {m:rankfull}\n",
    "Client: {m:init}\n",
]
FORM_NOTES = [
    "- {m:bare} seen in {building}, {n}M, lives w/ partner in {town}.",
    "- partner {k:first}, F {n}, aware and supportive.",
    "- kids {n:kid} & {n:kid}, school in {town}.",
    "- {m} ({n}) reports poor sleep since {year}.",
    "- moving to MQ at {addr}, {town} on {date}.",
    "- married quarter at {addr} - damp, {word}.",
    "- action: {s:bare} to call {product} re funding, case ref {ref:num}.",
    "- {s:init} to review in {duration}.",
    "- referred by {s:rank} ({unit}), {ph:land} {ext}.",
    "- says {n} but DOB on file gives {a}, check.",
    "- wife's mob {phb} (written as given).",
    "- alt contact e-mail {emw}.",
    "- gave svc no over the phone as {svcw}, to check on JPA.",
    "- {op:typo} spelt wrong on JPA, to correct.",
    "- lives near {base:garrison}, {pco} area.",
    "- about {count} on the course; {percent} completed.",
    "- appt {date} at {time}, {building}.",
    "- owes {money} rent arrears, order no. {ref:num}.",
    "- F {n}, {town}, {addr}.",
    "- aged {n}; {m:first} says {k:first} has been 'a rock'.",
    "- postcode given over the phone as {pcw}.",
    "- {m:first} ok for {s:first} to call; {k:first} not to be told.",
    "- {m:first} says {k:dim} is {w}.",
]
FORM_COMMENTS = [
    "Comments: {m:title} is {a} and has done {duration}; the {role} is aware.",
    "Comments: seen with {k:first} ({n}); {s:first} to follow up by {date}.",
    "Free notes: {m:rank} turned {n} last week, low mood, {product} leaflet given.",
    "Comments: NOK is {k:title}, lives at {addr}, {pc}.",
    "Comments: the {n} yr old was referred via {product}; {role} informed.",
    "Comments: a {n} year old veteran, ex-{service} {f}with {count:things}; {word}.",
]


def build_form(doc: Doc) -> None:
    rng = doc.rng
    doc.text(rng.choice(FORM_HEADINGS) + "\n")
    if rng.random() < 0.7:
        doc.text("Ref: ")
        h_ref(doc, None)
        doc.text("   Date: ")
        h_date(doc, None)
        doc.text("\n")
    doc.text("\n")
    fields = [rng.choice(NAME_FIELDS)]
    fields += [template for chance, template in FORM_FIELDS if rng.random() < chance]
    for template in fields[:12]:
        render(doc, template)
    doc.text("\n")
    render(doc, rng.choice(FORM_COMMENTS) + "\n")
    if rng.random() < 0.7:
        doc.text("Notes:\n")
        for note in rng.sample(FORM_NOTES, rng.randint(2, 4)):
            render(doc, note + "\n")
    render(
        doc,
        rng.choice(
            [
                "Completed by: {s:init}, {building}",
                "Taken by {s:rank}, {unit}",
                "Staff: {s:bare}",
                "Signed: {s:full} ({role})",
            ]
        )
        + "\n",
    )


# --------------------------------------------------------------------------- e-mails
EMAIL_SUBJECTS = [
    "Re: {m:rank} - leave request",
    "Move to {base}",
    "Referral {ref}",
    "FW: {m:title} - housing",
    "Welfare visit {date}",
    "Handover - {unit}",
    "Contact details",
    "RE: {m:short} - appts",
]
EMAIL_SENTENCES = [
    "{m} ({n}) has been granted compassionate leave from {date}.",
    "{m} is moving to {base} next month, new address {addr}, {town} {pc}.",
    "Can someone call {m:first} on {ph:mob}, she's expecting us.",
    "{m:bare} is {a} not {a} as on the referral, please amend.",
    "Referred to {product} on {date}, ref {ref:num} (not his svc no).",
    "His number is {svc}, DOB {dob:numeric}.",
    "Service No: {svc}. Age {n}.",
    "He read his number out as {svcw} - can someone check it?",
    "Landline's down, use the mobile {phb} instead.",
    "Order no. {ref:num} for {m:first}'s kit has gone in.",
    "{m:first} is happy with that, {s:first} has the details.",
    "New mobile for {m:first}: {phb} - sorry, copied from the form.",
    "She's in the {pco} area, so {base:garrison} would suit.",
    "Wife {k:first} ({n}) will be there, kids {n:kid} and {n:kid}.",
    "{m:short} turned {n} last week so he's out of the {age_band} group now.",
    "{s:bare} has spoken to {k:full}, the NOK, on {ph}.",
    "Family are in a MQ at {addr}, near {place_word}.",
    "Please use {em:m} rather than the mil address.",
    "He gave his e-mail as {emw}, which I've typed up.",
    "I'm in {building} until {time} if anyone needs me, {ph:land} {ext}.",
    "Padre is {np:staff}, he'll meet them at {time}.",
    "NI {ni}, NHS {nhs} for the GP letter.",
    "Born {dob:dmy}, so {n} this year.",
    "{op} says {op:nick} is fine to cover.",
    "{m:first} has been told; {s:bare} will chase {m:title} on {date}.",
    "{m:first} gave the postcode as {pcw}, I think it's right.",
    "{r:first}, can you let {m:first} know?",
    "{m:first} asked about the {money} payment, {word}.",
    "About {percent} of the claim has been paid.",
    "{count} from {unit} are on the same course.",
    "The {role} wants it closed by {date}.",
    "Back from {unit} after {duration}; {rank} signed it off.",
]
EMAIL_SIGNATURES = [
    "{signoff},\n{s:first}\n",
    "{signoff}\n\n{s:rankfull}\nUnit Welfare Office, {unit}\n{base}\n"
    "Tel: {ph:land} {ext}\nMob: {ph:mob}\n",
    "{signoff}\n{s:full}\n{role}, {building}\n{em:s}\n",
    "{signoff}\n{s:init}\n",
]


def build_message(doc: Doc) -> None:
    """A chat or text message between staff: sender and time, a few lines, no headers."""
    rng = doc.rng
    doc.slots["s"] = new_person(doc)
    doc.text(rng.choice(["[Teams] ", "Text from ", "Message - "]))
    mention(doc, doc.slots["s"], rng.choice(["full", "first", "short", "dim"]))
    doc.text("  ")
    HANDLERS["time"](doc, None)
    doc.text("\n")
    for sentence in rng.sample(EMAIL_SENTENCES, rng.randint(1, 3)):
        render(doc, sentence + "\n")
    if rng.random() < 0.6:
        render(doc, rng.choice(["- {s:bare}\n", "{s:first}\n", "Ta, {s:dim}\n"]))


def build_email(doc: Doc) -> None:
    """A short internal e-mail (two in three) or a staff message about a person."""
    rng = doc.rng
    if rng.random() < 0.3:
        build_message(doc)
        return
    doc.slots["s"] = new_person(doc)
    doc.text("From: ")
    mention(doc, doc.slots["s"], rng.choice(["full", "surfirst", "rank", "middle"]))
    doc.text(" <")
    h_email(doc, "s")
    doc.text(">\nTo: ")
    if rng.random() < 0.6:
        render(doc, "{r:" + rng.choice(["full", "surfirst", "rank"]) + "}")
    else:
        doc.text(rng.choice(["Welfare Team", "UWO Team", "HIVE", "All staff"]))
    doc.text("\nSent: ")
    h_date(doc, None)
    doc.text(" ")
    h_time = HANDLERS["time"]
    h_time(doc, None)
    doc.text("\nSubject: ")
    render(doc, rng.choice(EMAIL_SUBJECTS))
    doc.text("\n\n")
    if "r" in doc.slots and rng.random() < 0.6:
        doc.decoy(rng.choice(["Hi", "Hello", "Morning"]), "greet")
        doc.text(" ")
        mention(doc, doc.slots["r"], rng.choice(["first", "dim"]))
    else:
        HANDLERS["greet"](doc, None)
    doc.text(",\n\n")
    for sentence in rng.sample(EMAIL_SENTENCES, rng.randint(2, 5)):
        render(doc, sentence + rng.choice([" ", "\n"]))
    doc.text("\n\n")
    render(doc, rng.choice(EMAIL_SIGNATURES))


# --------------------------------------------------------------------------- corpus
BUILDERS = {
    "spoken": build_spoken,
    "survey": build_survey,
    "form": build_form,
    "email": build_email,
}


def build_document(number: int, rng: random.Random) -> dict:
    style = STYLES[(number - 1) % len(STYLES)]
    doc = Doc(rng=rng, style=style)
    BUILDERS[style](doc)
    return doc.record(number)


def build() -> str:
    rng = random.Random(SEED)
    lines = []
    for number in range(1, DOCUMENTS + 1):
        record = build_document(number, rng)
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return "\n".join(lines) + "\n"


def table(title: str, counts: Counter) -> list[str]:
    rows = [f"| {title} | count |", "|---|---|"]
    rows += [f"| {key} | {counts[key]} |" for key in sorted(counts)]
    rows.append(f"| total | {sum(counts.values())} |")
    return rows


def stats(corpus: str) -> str:
    documents = [json.loads(line) for line in corpus.splitlines()]
    people = Counter()
    for doc in documents:
        people.update(Counter(s["entity"] for s in doc["spans"] if s["type"] == "PERSON").values())
    lines = [
        f"documents: {len(documents)}",
        f"distinct people (entities, counted per document): {sum(people.values())}",
        "people mentioned more than once in their document: "
        f"{sum(n for k, n in people.items() if k > 1)}",
        "",
    ]
    lines += [*table("style", Counter(doc["style"] for doc in documents)), ""]
    lines += [*table("type", Counter(s["type"] for d in documents for s in d["spans"])), ""]
    forms = Counter(f"{s['type']}/{s['form']}" for d in documents for s in d["spans"])
    lines += [*table("type/form", forms), ""]
    lines += table("decoy kind", Counter(x["kind"] for d in documents for x in d["decoys"]))
    lines += ["", f"sha256: {hashlib.sha256(corpus.encode('utf-8')).hexdigest()}"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--check", action="store_true", help="compare with corpus.jsonl")
    group.add_argument("--stats", action="store_true", help="print the counts")
    args = parser.parse_args(argv)
    corpus = build()
    if args.stats:
        print(stats(corpus))
        return 0
    if args.check:
        if CORPUS.read_text(encoding="utf-8") != corpus:
            print("corpus.jsonl differs from the generator's output", file=sys.stderr)
            return 1
        print("corpus.jsonl reproduced")
        return 0
    CORPUS.write_text(corpus, encoding="utf-8")
    print(f"wrote {CORPUS} ({DOCUMENTS} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
