"""Build the scrub_dev15 tuning corpus: people's ages said every way, beside numbers that are not.

A Ministry of Defence staff wellbeing study's text (interview and focus-group transcripts,
survey free text, WhatsApp chats, case notes, referral forms and letters, e-mails, family
forum posts), written from seeded templates; each piece is appended with its label, so
every offset is exact by construction. Python 3.11 standard library only.

    python generate.py            # writes ../corpus.jsonl
    python generate.py --check    # "corpus.jsonl reproduced"
    python generate.py --stats    # the counts SOURCE.md shows
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from dev15_pools import CASEWORK, CHAT, EMAIL, FORUM, INTERVIEW, SURVEY

SEED = 20261215
CORPUS = Path(__file__).resolve().parents[1] / "corpus.jsonl"
STYLES = {"interview": 100, "survey": 80, "chat": 100, "casework": 80, "email": 60, "forum": 80}
RANK_WORDS = {
    "pte", "lcpl", "cpl", "sgt", "ssgt", "cpl.", "sgt.", "mne", "ab", "ls", "po", "cpo", "sac",
    "lt", "capt", "maj", "mr", "mrs", "ms", "miss", "dr", "rfn", "spr", "gnr", "tpr", "flt",
    "l/cpl", "staff", "corporal", "sergeant", "private", "captain", "major", "sarnt",
}  # fmt: skip

# --------------------------------------------------------------------------- names

# (first name, sex, pet forms)
FIRST = {
    "british": [
        ("Gareth", "m", ["Gaz"]), ("Daniel", "m", ["Danny", "Dan"]), ("Callum", "m", []),
        ("Stephen", "m", ["Steve", "Stevie"]), ("Lee", "m", []), ("Craig", "m", []),
        ("Jamie", "m", []), ("Kieran", "m", []), ("Nathan", "m", ["Nath"]),
        ("Sharon", "f", ["Shaz"]), ("Rebecca", "f", ["Becky", "Bex"]), ("Kayleigh", "f", []),
        ("Gemma", "f", []), ("Lauren", "f", ["Lozza"]), ("Nicola", "f", ["Nicky"]),
        ("Alfie", "m", []), ("Freya", "f", []), ("Harvey", "m", []), ("Isla", "f", []),
        ("Margaret", "f", ["Mags"]), ("Alasdair", "m", ["Ali"]), ("Rhiannon", "f", ["Rhi"]),
        ("Owain", "m", []), ("Bethan", "f", ["Beth"]), ("Declan", "m", ["Dec"]),
    ],
    "irish": [
        ("Seán", "m", []), ("Siobhán", "f", ["Shiv"]), ("Ciarán", "m", []),
        ("Aoife", "f", []), ("Niamh", "f", []), ("Pádraig", "m", ["Paudie"]),
        ("Orla", "f", []), ("Cathal", "m", []),
    ],
    "nepali": [
        ("Dil", "m", []), ("Bishnu", "m", []), ("Sunita", "f", []), ("Sita", "f", []),
        ("Prakash", "m", []), ("Anjali", "f", []), ("Manoj", "m", []), ("Kamala", "f", []),
        ("Yam", "m", []), ("Dipendra", "m", ["Dipen"]), ("Sabina", "f", []),
    ],
    "fijian": [
        ("Viliame", "m", ["Vili"]), ("Josaia", "m", ["Joe"]), ("Litia", "f", []),
        ("Sekove", "m", []), ("Mereani", "f", ["Mere"]), ("Apisai", "m", []),
        ("Salote", "f", []), ("Tevita", "m", []),
    ],
    "ghanaian": [
        ("Kwabena", "m", ["Kwabs"]), ("Kofi", "m", []), ("Akosua", "f", []),
        ("Yaw", "m", []), ("Efua", "f", []), ("Kwame", "m", []), ("Abena", "f", []),
    ],
    "nigerian": [
        ("Chukwuemeka", "m", ["Emeka"]), ("Oluwaseun", "m", ["Seun"]), ("Ngozi", "f", []),
        ("Adaeze", "f", ["Ada"]), ("Tunde", "m", []), ("Folake", "f", ["Fola"]),
        ("Obinna", "m", ["Obi"]), ("Chidinma", "f", ["Chi-Chi"]),
    ],
    "polish": [
        ("Katarzyna", "f", ["Kasia"]), ("Małgorzata", "f", ["Gosia"]), ("Łukasz", "m", []),
        ("Tomasz", "m", ["Tomek"]), ("Agnieszka", "f", ["Aga"]), ("Piotr", "m", []),
        ("Zofia", "f", ["Zosia"]), ("Krzysztof", "m", ["Krzysiek"]),
    ],
    "southasian": [
        ("Priya", "f", []), ("Arjun", "m", []), ("Harpreet", "f", []), ("Imran", "m", []),
        ("Aisha", "f", []), ("Rajinder", "m", ["Raj"]), ("Nadia", "f", []),
        ("Sanjay", "m", ["Sanj"]), ("Amrit", "m", []), ("Zainab", "f", []),
    ],
}  # fmt: skip
SURNAMES = {
    "british": [
        "Hughes",
        "Hodgson",
        "Brackenbury",
        "Pritchard",
        "Whitfield",
        "Lockwood",
        "Fairclough",
        "McAllister",
        "Davies",
        "Pemberton",
        "Ashworth",
        "Thwaite",
        "Kerrigan",
        "Henshaw",
        "Campbell-Reid",
        "Gilchrist",
        "Haworth",
        "Tennant",
        "ap Rhys",
        "Blackwood",
    ],
    "irish": ["O'Brien", "Gallagher", "Doherty", "Keane", "Keogh", "McGuinness", "Flanagan"],
    "nepali": ["Gurung", "Rai", "Limbu", "Thapa", "Pun", "Tamang", "Magar", "Ghale"],
    "fijian": ["Naivalu", "Tuilagi", "Ratu", "Vakacegu", "Seru", "Delana", "Qalo"],
    "ghanaian": ["Mensah", "Asante", "Owusu", "Boateng", "Appiah", "Acheampong"],
    "nigerian": ["Okonkwo", "Adeyemi", "Okafor", "Balogun", "Eze", "Nwosu", "Adebayo"],
    "polish": ["Wójcik", "Nowak", "Kowalczyk", "Zieliński", "Lewandowska", "Kamiński"],
    "southasian": ["Patel", "Sandhu", "Choudhury", "Rahman", "Gill", "Khan", "Dhillon"],
}
NICKS = [
    "Taff", "Jock", "Paddy", "Ginge", "Lofty", "Moose", "Spike", "Scouse", "Geordie",
    "Brummie", "Tank", "Chunky", "Pocket", "Bunny", "Yorkie", "Stretch", "Sticks",
]  # fmt: skip
SUR_NICKS = {"Miller": "Dusty", "Smith": "Smudge", "White": "Chalky", "Clark": "Nobby"}
RANKS = {
    "Army": ["Pte", "LCpl", "Cpl", "Sgt", "SSgt", "Capt", "Maj", "Rfn", "Spr"],
    "Navy": ["AB", "LS", "PO", "CPO", "Lt"],
    "RAF": ["SAC", "Cpl", "Sgt", "Flt Lt"],
}
FOLD = str.maketrans("áéíóúłńśżźćęąŁŚŻ", "aeioulnszzceaLSZ")
TOWNS = [
    "Colchester", "Aldershot", "Tidworth", "Catterick", "Plymouth", "Portsmouth", "Lincoln",
    "Andover", "Salisbury", "Helensburgh", "Folkestone", "Darlington", "Swindon", "Leeds",
    "Blackburn", "Wrexham", "Belfast", "Kathmandu", "Pokhara", "Suva", "Kumasi", "Lagos",
    "Bradford", "Leicester", "Gdańsk", "Kraków", "Preston", "Barnsley",
]  # fmt: skip
BASES = [
    "RAF Brize Norton", "RAF Lossiemouth", "RAF Coningsby", "HMNB Devonport", "HMNB Clyde",
    "Catterick Garrison", "Tidworth Camp", "Bulford Camp", "Lisburn Station",
    "Abbey Wood", "Shorncliffe", "Larkhill", "RAF Odiham", "Dhekelia", "Brunei",
]  # fmt: skip
GARRISONS = ["Catterick", "Tidworth", "Bulford", "Colchester", "Aldershot", "Larkhill"]
MAILS = ["mod.gov.uk", "army.local", "hotmail.co.uk", "gmail.com", "outlook.com"]

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
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MISSPELL = {"forty": "fourty", "nineteen": "nineteeen", "eighteen": "eightteen", "ninety": "ninty"}


def words(n: int, rng: random.Random) -> str:
    if n < 20:
        text = ONES[n]
    else:
        tens, unit = divmod(n, 10)
        sep = "-" if rng.random() < 0.7 else " "
        text = TENS[tens] + (sep + ONES[unit] if unit else "")
    if rng.random() < 0.05:
        for right, wrong in MISSPELL.items():
            if right in text:
                text = text.replace(right, wrong, 1)
                break
    return text


# --------------------------------------------------------------------------- people


class Person:
    def __init__(self, key, first, sex, dims, surname, origin, rng, service, age, kid=False):
        self.key, self.first, self.sex, self.dims = key, first, sex, dims
        self.surname, self.origin, self.age, self.kid = surname, origin, age, kid
        self.rank = rng.choice(RANKS[service])
        self.nick = None
        self.dim = rng.choice(dims) if dims else None
        fold = (self.dim or first).lower().translate(FOLD)
        fold = re.sub(r"[^a-z]", "", fold)
        sur = re.sub(r"[^a-z]", "", surname.lower().translate(FOLD))
        self.handle = rng.choice(
            [f"{fold}_{sur[0]}{rng.randint(80, 99)}", f"{fold}{sur}{rng.randint(1, 99)}",
             f"{sur}_{fold[0]}", f"{fold}_{sur}"]
        )  # fmt: skip
        self.email = rng.choice(
            [f"{fold}.{sur}@{rng.choice(MAILS)}", f"{fold[0]}.{sur}@{rng.choice(MAILS)}",
             f"{fold}{sur[0]}{rng.randint(70, 99)}@{rng.choice(MAILS)}"]
        )  # fmt: skip


AGE_RANGES = {
    "me": (24, 56), "sp": (23, 55), "mate": (22, 48), "mate2": (20, 45), "boss": (30, 55),
    "lost": (19, 29), "mum": (55, 88), "dad": (56, 90), "rec": (16, 21), "cw": (28, 60),
}  # fmt: skip


def cast(rng: random.Random) -> tuple[dict[str, Person], str]:
    service = rng.choice(["Army", "Army", "Navy", "RAF"])
    used_first: set[str] = set()
    used_sur: set[str] = set()
    people: dict[str, Person] = {}
    home = rng.choice(list(FIRST))

    def draw(key, sex=None, origin=None, kid=False, age=None):
        tries = 0
        while True:
            tries += 1
            org = origin if origin and tries < 20 else None
            org = org or (home if rng.random() < 0.5 else rng.choice(list(FIRST)))
            first, s, dims = rng.choice(FIRST[org])
            if sex and s != sex:
                continue
            if first in used_first or any(d in used_first for d in dims):
                continue
            sur = rng.choice(SURNAMES[org])
            if rng.random() < 0.06 and not kid:
                sur = rng.choice(list(SUR_NICKS))
            if sur in used_sur:
                continue
            break
        used_first.update([first, *dims])
        used_sur.add(sur)
        if age is None:
            lo, hi = AGE_RANGES[key]
            age = rng.randint(lo, hi)
        p = Person(key, first, s, dims, sur, org, rng, service, age, kid)
        people[key] = p
        return p

    me = draw("me", origin=home)
    draw("sp", sex="f" if me.sex == "m" else "m", origin=home if rng.random() < 0.7 else None)
    top = min(17, max(3, me.age - 19))
    kid_ages = sorted(rng.sample(range(1, top + 1), 3), reverse=True)
    for i, a in enumerate(kid_ages, start=1):
        draw(f"k{i}", origin=home, kid=True, age=a)
    for key in ("mate", "mate2", "boss", "lost", "rec", "cw"):
        draw(key)
    draw("mum", sex="f", origin=home)
    draw("dad", sex="m", origin=home)
    nicks = rng.sample(NICKS, 3)
    for key in ("mate", "mate2", "lost"):
        p = people[key]
        p.nick = SUR_NICKS.get(p.surname) or (nicks.pop() if rng.random() < 0.7 else None)
    people["sp"].age = max(19, me.age + rng.randint(-6, 7))
    people["mum"].age = max(people["mum"].age, me.age + 18)
    people["dad"].age = max(people["dad"].age, me.age + 19)
    return people, service


# --------------------------------------------------------------------------- documents

TOKEN = re.compile(r"\{([^{}]+)\}|\[([^\[\]|]+)\|(\w+)\]")
PRON = {
    "he": ("he", "she"), "his": ("his", "her"), "him": ("him", "her"), "son": ("son", "daughter"),
    "lad": ("lad", "girl"), "boy": ("boy", "girl"), "man": ("man", "woman"),
    "He": ("He", "She"), "His": ("His", "Her"), "mf": ("M", "F"),
}  # fmt: skip
KID_COUNT = {
    1: ["one kid", "one child", "1 kid", "an only child"],
    2: ["two kids", "2 kids", "two children", "two little ones"],
    3: ["three kids", "3 kids", "three children", "three of them"],
}
POOLS = {
    "tours": ("count", ["two tours", "three tours", "four tours", "3 tours", "five tours"]),
    "served": ("duration", [
        "twenty-two years", "22 years", "eighteen years", "12 years", "nine years",
        "sixteen years", "14 yrs", "twenty-four years", "six years", "thirty years"]),
    "months": ("duration", [
        "six months", "seven months", "9 months", "four months", "eight weeks", "six weeks",
        "a fortnight", "3 weeks", "two and a half years", "eighteen months"]),
    "year": ("year", ["2009", "2011", "2006", "2014", "2003", "2019", "2021", "2012", "2007"]),
    "yearw": ("year", ["ninety-eight", "oh-nine", "'06", "2k11", "eighty-nine", "ninety-nine"]),
    "time": ("time", [
        "half seven", "19:30", "0630", "quarter past eight", "10pm", "8 o'clock", "1400",
        "half four", "06:45", "midnight", "ten to six", "9am", "2130"]),
    "date": ("date", [
        "12/03", "3rd of May", "14 June 2025", "Tuesday 4th", "the 21st", "1 Sept",
        "30/11/2024", "2nd Feb", "the 15th", "Friday the 13th", "11/11"]),
    "money": ("money", ["forty quid", "£40", "£25", "twenty quid", "£35", "thirty quid", "£60"]),
    "measure": ("measure", ["5k", "10 miles", "two mile", "10k", "8 mile", "1.5 mile", "3km"]),
    "score": ("score", ["3-1", "2-0", "4-2", "1-1", "27-12", "two-nil", "3 nil"]),
    "pct": ("percent", ["40%", "ninety per cent", "75 percent", "100%", "60%", "ten percent",
                        "a hundred and ten per cent", "20%"]),
    "grade": ("rank", [
        "Band 4", "SO2", "three-star", "Band 6", "OR-4", "C2", "Grade 7", "EO", "HEO", "B2",
        "OF-3", "SO1", "two-star"]),
    "band": ("age_band", [
        "35-44", "25-34", "over 50s", "mid-thirties", "under 18s", "late twenties", "early 40s",
        "18-24", "45-54", "under-25s", "over-60s", "mid-20s", "late 50s", "thirtysomething"]),
    "decade": ("age_band", ["forties", "thirties", "fifties", "twenties", "sixties", "teens",
                            "early thirties", "late forties", "mid-fifties"]),
    "thing": ("thing_age", [
        "20-year-old car", "ten-year-old laptop", "15 year old van", "12-year-old Corsa",
        "6-year-old telly", "thirty-year-old caravan", "9 year old Golf"]),
    "ref": ("ref", ["room 12", "Block 7", "bed 4", "ward 3", "bay 2", "room 214", "Block C4",
                    "Hut 9", "cabin 3", "flat 6", "gate 2", "bus 23", "platform 4"]),
    "idiom": ("idiom", [
        "on cloud nine", "at sixes and sevens", "in two minds", "a million miles away",
        "back to square one", "in seventh heaven"]),
}  # fmt: skip


class Doc:
    def __init__(self, rng: random.Random, people: dict[str, Person], service: str) -> None:
        self.rng, self.people, self.service = rng, people, service
        self.parts: list[str] = []
        self.n = 0
        self.spans: list[dict] = []
        self.decoys: list[dict] = []
        self.case: str | None = None
        self.words_share = 0.5
        self.kids: set[str] = set()

    def cased(self, text: str) -> str:
        if self.case == "lower" and len(text.lower()) == len(text):
            return text.lower()
        if self.case == "upper" and len(text.upper()) == len(text):
            return text.upper()
        return text

    def add(self, text: str, span: dict | None = None, decoy: str | None = None) -> None:
        text = self.cased(text)
        if not text:
            return
        if span is not None or decoy is not None:
            start = self.n + len(text) - len(text.lstrip())
            end = self.n + len(text.rstrip())
            if span is not None:
                self.spans.append({**span, "start": start, "end": end})
            else:
                self.decoys.append({"kind": decoy, "start": start, "end": end})
        self.parts.append(text)
        self.n += len(text)

    def person(self, key: str, form: str) -> None:
        p = self.people[key]
        rng = self.rng
        if form == "name":  # the loose forms people use
            options = ["first"] + (["dim", "dim"] if p.dim else []) + (["nick"] if p.nick else [])
            form = rng.choice(options)
        if form == "fam":
            form = "dim" if p.dim and rng.random() < 0.5 else "first"
        if form == "dim" and not p.dim:
            form = "first"
        if form == "nick" and not p.nick:
            form = "dim" if p.dim else "first"
        first = p.dim if p.dim and rng.random() < 0.3 else p.first
        text = {
            "first": p.first,
            "dim": p.dim,
            "sur": p.surname,
            "full": f"{first} {p.surname}",
            "rank": f"{p.rank} {p.surname}",
            "title": f"{'Mr' if p.sex == 'm' else rng.choice(['Mrs', 'Ms', 'Miss'])} {p.surname}",
            "nick": p.nick,
            "handle": p.handle,
        }[form]
        self.add(text, span={"type": "PERSON", "form": form, "entity": key})

    def age(self, value: int, how: str) -> None:
        rng = self.rng
        use_words = "w" in how or ("d" not in how and rng.random() < self.words_share)
        if use_words:
            text = words(value, rng)
            if "C" in how:
                text = text[0].upper() + text[1:]
            if "U" in how:
                text = text.upper()
        else:
            text = str(value)
        self.add(text, span={"type": "AGE", "form": "words" if use_words else "digits"})

    def token(self, body: str) -> None:
        rng, people = self.rng, self.people
        if body.startswith("@"):
            m = re.fullmatch(r"@(\d+)(?:-(\d+))?([dwCU]*)", body)
            assert m, body
            lo = int(m.group(1))
            hi = int(m.group(2) or lo)
            self.age(rng.randint(lo, hi), m.group(3))
        elif body.startswith("%"):
            kind, values = POOLS[body[1:]]
            self.add(rng.choice(values), decoy=kind)
        elif body == "#kids":
            n = len(self.kids)
            self.add(rng.choice(KID_COUNT[n]), decoy="count")
        elif body.startswith("$"):
            what = body[1:]
            if what == "town":
                self.add(rng.choice(TOWNS), span={"type": "LOCATION", "form": "town"})
            elif what == "base":
                self.add(rng.choice(BASES), span={"type": "BASE", "form": "base"})
            elif what == "garrison":
                self.add(rng.choice(GARRISONS), span={"type": "BASE", "form": "garrison"})
            elif what == "phone":
                number = rng.choice(
                    [f"07700 900{rng.randint(0, 999):03d}", f"07700900{rng.randint(0, 999):03d}",
                     f"+44 7700 900{rng.randint(0, 999):03d}",
                     f"0113 496 0{rng.randint(0, 999):03d}", f"020 7946 0{rng.randint(0, 999):03d}"]
                )  # fmt: skip
                self.add(number, span={"type": "PHONE", "form": "digits"})
            elif what.startswith("email."):
                p = people[what[6:]]
                self.add(p.email, span={"type": "EMAIL", "form": "plain"})
            else:
                raise KeyError(body)
        else:
            key, _, rest = body.partition(".")
            p = people[key]
            if rest in PRON:
                self.add(PRON[rest][p.sex == "f"])
            elif rest.startswith("age"):
                m = re.fullmatch(r"age([+-]\d+)?(?::([dwCU]+))?", rest)
                assert m, body
                self.age(p.age + int(m.group(1) or 0), m.group(2) or "")
            else:
                self.person(key, rest)

    def write(self, template: str) -> None:
        pos = 0
        for m in TOKEN.finditer(template):
            self.add(template[pos : m.start()])
            if m.group(1):
                self.token(m.group(1))
            else:
                options = m.group(2).split("~")
                self.add(self.rng.choice(options), decoy=m.group(3))
            pos = m.end()
        self.add(template[pos:])

    def text(self) -> str:
        return "".join(self.parts)


def roles_in(template: str) -> set[str]:
    return set(re.findall(r"\{(k\d|sp|me|mate2?|boss|lost|mum|dad|rec|cw)\.", template))


def pick(rng: random.Random, pool: list[str], n: int, kids: set[str], used: set[str]) -> list[str]:
    fit = [t for t in pool if t not in used and not ({"k1", "k2", "k3"} & roles_in(t)) - kids]
    chosen = rng.sample(fit, min(n, len(fit)))
    used.update(chosen)
    return chosen


def two(rng: random.Random) -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def chat_date(rng: random.Random) -> str:
    return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.choice([2024, 2025, 2026])}"


def build_doc(rng: random.Random, style: str, number: int) -> Doc:
    people, service = cast(rng)
    doc = Doc(rng, people, service)
    nkids = rng.choice([1, 2, 2, 3, 3])
    doc.kids = {f"k{i}" for i in range(1, nkids + 1)}
    doc.words_share = rng.choice([0.3, 0.5, 0.5, 0.7])
    used: set[str] = set()
    if style == "interview":
        focus = rng.random() < 0.25
        code = f"P{rng.randint(1, 60):02d}"
        if focus:
            doc.write("Focus group [FG3~FG1~FG2~FG4|ref] | ")
            doc.add(rng.choice(["Families", "Junior ranks", "Partners", "Veterans"]))
            doc.add(" | notes, ")
            doc.add(
                f"{rng.randint(1, 28)} {rng.choice(['March', 'June', 'Oct', 'Nov'])} 2026",
                decoy="date",
            )
            doc.add("\n\n")
            labels = ["F1", "F2", "F3", "F4"]
            for line in pick(rng, INTERVIEW["focus"], rng.randint(3, 5), doc.kids, used):
                doc.add(rng.choice(labels), decoy="role")
                doc.add(": ")
                doc.write(line)
                doc.add("\n")
            doc.add("FAC", decoy="role")
            doc.add(": ")
            doc.write(rng.choice(INTERVIEW["fac"]))
            doc.add("\n")
            return doc
        doc.add("Interview ")
        doc.add(code, decoy="role")
        doc.add(" | ")
        doc.add(f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2026", decoy="date")
        doc.add(" | transcript excerpt\n\n")
        for q, a in zip(
            pick(rng, INTERVIEW["q"], 3, doc.kids, used),
            pick(rng, INTERVIEW["a"], 3, doc.kids, used),
            strict=False,
        ):
            doc.add("INT", decoy="role")
            doc.add(": ")
            doc.write(q)
            doc.add("\n")
            doc.add(code, decoy="role")
            doc.add(": ")
            doc.write(a)
            doc.add("\n")
        return doc
    if style == "survey":
        doc.add("Response ID: ")
        doc.add(f"R_{rng.randint(1000, 9999)}", decoy="ref")
        doc.add("\nAge group: ")
        doc.add(rng.choice(["18-24", "25-34", "35-44", "45-54", "55+"]), decoy="age_band")
        doc.add("\nService: ")
        doc.add(rng.choice(["Regular Army", "Royal Navy", "RAF", "Civil Service", "Reserves"]))
        doc.add("\n\n")
        lower = rng.random() < 0.35
        for q in rng.sample(SURVEY["q"], rng.randint(2, 3)):
            code, _, question = q.partition(". ")
            doc.add(code, decoy="ref")
            doc.add(". " + question + "\n")
            doc.case = "lower" if lower else None
            for a in pick(rng, SURVEY["a"], rng.randint(1, 2), doc.kids, used):
                doc.write(a)
                doc.add(" ")
            doc.case = None
            doc.add("\n\n")
        return doc
    if style == "chat":
        senders = ["me", "sp"] if rng.random() < 0.5 else ["me", "mate"]
        saved = {}
        for key in senders:
            p = people[key]
            saved[key] = rng.choice(
                ["first"] + (["dim"] if p.dim else []) + (["nick"] if p.nick else [])
            )
        all_lower = rng.random() < 0.5
        date = chat_date(rng)
        pool = CHAT[senders[1]]
        lines = pick(rng, pool, rng.randint(4, 6), doc.kids, used)
        lines.sort(key=pool.index)
        minutes = sorted(rng.sample(range(7 * 60, 23 * 60), len(lines)))
        for line, minute in zip(lines, minutes, strict=True):
            who = senders[0] if line.startswith("<") else senders[1]
            line = line.lstrip("<")
            doc.add(date, decoy="date")
            doc.add(", ")
            doc.add(f"{minute // 60:02d}:{minute % 60:02d}", decoy="time")
            doc.add(" - ")
            doc.case = "upper" if rng.random() < 0.05 else None
            doc.person(who, saved[who])
            doc.add(": ")
            r = rng.random()
            doc.case = "lower" if all_lower or r < 0.3 else ("upper" if r > 0.95 else None)
            doc.write(line)
            doc.case = None
            doc.add("\n")
        return doc
    if style == "casework":
        kind = rng.choice(["note", "referral", "letter"])
        for part in CASEWORK[kind]:
            doc.write(part if isinstance(part, str) else rng.choice(part))
        for line in pick(rng, CASEWORK["body"], rng.randint(2, 3), doc.kids, used):
            doc.write(line)
            doc.add(" ")
        doc.write(rng.choice(CASEWORK["end_" + kind]))
        return doc
    if style == "email":
        doc.write("From: {me.full} <{$email.me}>\nTo: {cw.full} <{$email.cw}>\n")
        doc.write(rng.choice(EMAIL["subject"]))
        doc.write(rng.choice(EMAIL["greet"]))
        for line in pick(rng, EMAIL["body"], rng.randint(2, 4), doc.kids, used):
            doc.write(line)
            doc.add(" ")
        doc.write(rng.choice(EMAIL["sign"]))
        return doc
    if style == "forum":
        doc.write(rng.choice(FORUM["thread"]))
        posters = ["me", "mate2", "sp"]
        for i, line in enumerate(pick(rng, FORUM["post"], rng.randint(2, 3), doc.kids, used)):
            doc.add("Posted by ")
            doc.person(posters[i], "handle")
            doc.add(" (")
            doc.token("$town")
            doc.add(") | ")
            doc.add(
                f"{rng.randint(1, 28)} {rng.choice(['Jan', 'Mar', 'Jul', 'Oct'])}", decoy="date"
            )
            doc.add(" ")
            doc.add(two(rng), decoy="time")
            doc.add("\n")
            doc.case = "lower" if rng.random() < 0.45 else None
            doc.write(line)
            doc.case = None
            doc.add("\n\n")
        return doc
    raise ValueError(style)


def problems(doc: Doc) -> list[str]:
    text = doc.text()
    out = []
    count = Counter(s["entity"] for s in doc.spans if s["type"] == "PERSON")
    if count and max(count.values()) > 6:
        out.append("mentions")
    owner: dict[str, str] = {}
    for s in doc.spans:
        if s["type"] == "PERSON" and s["form"] != "rank":
            value = " ".join(text[s["start"] : s["end"]].lower().replace(".", "").split())
            if owner.setdefault(value, s["entity"]) != s["entity"]:
                out.append("shared")
    covered: set[int] = set()
    for mark in doc.spans + doc.decoys:
        covered.update(range(mark["start"], mark["end"]))
    names = {
        part.lower()
        for s in doc.spans
        if s["type"] == "PERSON"
        for part in re.split(r"[\s.,/-]+", text[s["start"] : s["end"]])
        if len(part) > 1 and part.lower() not in RANK_WORDS
    }
    for found in re.finditer(r"[^\W\d_]+(?:'[^\W\d_]+)*", text):
        if found.start() not in covered and found.group().lower() in names:
            out.append("stray " + found.group())
    for d in doc.decoys:
        if names.intersection(re.split(r"[\s.,/-]+", text[d["start"] : d["end"]].lower())):
            out.append("decoy")
    return out


def record(doc: Doc, style: str, number: int) -> dict:
    order: dict[str, str] = {}
    spans = []
    for s in sorted(doc.spans, key=lambda s: s["start"]):
        s = dict(s)
        if s["type"] == "PERSON":
            s["entity"] = order.setdefault(s["entity"], f"p{len(order) + 1}")
        spans.append(s)
    decoys = sorted(doc.decoys, key=lambda d: d["start"])
    return {
        "id": f"dev15-{number:04d}",
        "style": style,
        "format": "txt",
        "text": doc.text(),
        "spans": spans,
        "decoys": decoys,
    }


def build() -> str:
    rng = random.Random(SEED)
    order = [style for style, n in STYLES.items() for _ in range(n)]
    lines = []
    for number, style in enumerate(order, start=1):
        while True:
            doc = build_doc(rng, style, number)
            if not problems(doc) and any(s["type"] == "AGE" for s in doc.spans):
                break
        lines.append(json.dumps(record(doc, style, number), ensure_ascii=False, sort_keys=True))
    return "\n".join(lines) + "\n"


def stats(text: str) -> str:
    docs = [json.loads(line) for line in text.splitlines()]
    styles = Counter(d["style"] for d in docs)
    types = Counter(s["type"] for d in docs for s in d["spans"])
    forms = Counter(f"{s['type']}/{s['form']}" for d in docs for s in d["spans"])
    kinds = Counter(k["kind"] for d in docs for k in d["decoys"])
    people = [
        n
        for d in docs
        for n in Counter(s["entity"] for s in d["spans"] if s["type"] == "PERSON").values()
    ]
    out = [
        f"documents: {len(docs)}",
        f"distinct people (entities, counted per document): {len(people)}",
        f"people mentioned more than once in their document: {sum(n > 1 for n in people)}",
    ]
    for title, counter in (("style", styles), ("type", types), ("type/form", forms),
                           ("decoy kind", kinds)):  # fmt: skip
        out += ["", f"| {title} | count |", "|---|---|"]
        out += [f"| {key} | {counter[key]} |" for key in sorted(counter)]
        out.append(f"| total | {sum(counter.values())} |")
    out += ["", f"sha256: {hashlib.sha256(text.encode('utf-8')).hexdigest()}"]
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with corpus.jsonl")
    parser.add_argument("--stats", action="store_true", help="print the counts")
    args = parser.parse_args(argv)
    text = build()
    if args.check:
        if not CORPUS.exists() or CORPUS.read_text(encoding="utf-8") != text:
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
