"""Generate held-out scrub corpus D: free-text answers to a staff wellbeing survey.

Standard library only, seeded, reproducible byte for byte:

    python generate.py            # writes ../corpus.jsonl
    python generate.py --out F    # writes F
    python generate.py --check    # regenerates in memory, compares with ../corpus.jsonl
    python generate.py --stats    # the counts that SOURCE.md shows

Every label is recorded when its text is appended (`Doc.val`, `Doc.decoy`), so offsets are
exact by construction; nothing edits the text afterwards.
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

import pools
from templates import EMPTY_ANSWERS, FILLER, RANTS, TEMPLATES

SEED = 20261206
DOCUMENTS = 2000
HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus.jsonl"

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
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}

TEXTSPEAK = [
    (r"\byou\b", "u"),
    (r"\byour\b", "ur"),
    (r"\bto be honest\b", "tbh"),
    (r"\bcouple\b", "cpl"),
    (r"\bbecause\b", "cos"),
    (r"\breally\b", "rly"),
    (r"\bplease\b", "pls"),
    (r"\bthanks\b", "thx"),
    (r"\bi'm\b", "im"),
    (r"\bdon't\b", "dont"),
    (r"\bcan't\b", "cant"),
    (r"\bdidn't\b", "didnt"),
    (r"\bwasn't\b", "wasnt"),
    (r"\bi've\b", "ive"),
    (r"\bthat's\b", "thats"),
    (r"\bit's\b", "its"),
    (r"\bsomeone\b", "some1"),
    (r"\btonight\b", "2nite"),
    (r"\bbefore\b", "b4"),
    (r"\bpeople\b", "ppl"),
    (r"\bwithout\b", "w/o"),
    (r"\bwith\b", "w"),
    (r"\bsecond in command\b", "2ic"),
    (r"\bbrilliant\b", "brill"),
    (r"\bprobably\b", "prob"),
]


def words_0_99(n: int) -> str:
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + ("" if ones == 0 else random_sep() + ONES[ones])


_SEP_RNG = random.Random(SEED + 1)


def random_sep() -> str:
    return "-" if _SEP_RNG.random() < 0.4 else " "


def misspell(rng: random.Random, word: str) -> str:
    """A typed slip of a name or place: swap, drop, double or change one letter."""
    letters = [i for i, c in enumerate(word) if c.isalpha()]
    for _ in range(20):
        if len(letters) < 4:
            break
        i = rng.choice(letters[1:-1])
        kind = rng.randrange(4)
        if kind == 0 and word[i + 1 : i + 2].isalpha():
            out = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif kind == 1:
            out = word[:i] + word[i + 1 :]
        elif kind == 2:
            out = word[:i] + word[i] + word[i:]
        else:
            vowels = "aeiou"
            if word[i].lower() not in vowels:
                continue
            out = word[:i] + rng.choice([v for v in vowels if v != word[i].lower()]) + word[i + 1 :]
        if out != word and out.strip() == out and "  " not in out:
            return out
    return word + word[-1]


ROLE_GENDER = {
    "mate": "m",
    "mate2": "m",
    "boss": "m",
    "officer": "m",
    "mum": "f",
    "wife": "f",
    "son": "m",
    "daughter": "f",
}


class Person:
    def __init__(self, rng: random.Random, key: str, role: str, taken: set[str]) -> None:
        self.key = key
        self.role = role
        wanted = ROLE_GENDER.get(role, "")
        for _ in range(200):
            origin = rng.choices(list(pools.ORIGIN_WEIGHTS), list(pools.ORIGIN_WEIGHTS.values()))[0]
            firsts, surs = pools.NAMES[origin]
            first, gender, dim = rng.choice(firsts)
            if wanted and gender != wanted:
                continue
            sur = rng.choice(surs)
            words = set(first.lower().split()) | set(sur.lower().split())
            if not words & taken:
                taken.update(words)
                break
        self.origin, self.first, self.gender, self.sur = origin, first, gender, sur
        nick = pools.SURNAME_NICKNAMES.get(sur) or (
            pools.ORIGIN_NICKNAMES.get(origin) if rng.random() < 0.5 else None
        )
        self.dim = dim
        self.nick = nick or (rng.choice(pools.LOOSE_NICKNAMES) if rng.random() < 0.15 else "")
        military = role in {"mate", "mate2", "boss", "officer", "welfare", "me", "medic"}
        if role == "boss":
            self.rank = rng.choice(pools.RANKS_SENIOR)
        elif role == "officer":
            self.rank = rng.choice(pools.RANKS_OFFICER)
        elif military and role != "me":
            self.rank = rng.choice(pools.RANKS_JUNIOR + pools.RANKS_SENIOR)
        elif role == "me":
            self.rank = rng.choice(pools.RANKS_JUNIOR + pools.RANKS_SENIOR + pools.RANKS_OFFICER)
        else:
            self.rank = ""
        self.title = rng.choice(pools.TITLES[gender])
        if role == "gp":
            self.title = "Dr"
        self.mentions = 0

    def render(self, rng: random.Random, form: str) -> tuple[str, str]:
        """(text, form label) of one mention in the asked form ("any" picks one)."""
        if form == "any":
            if self.role in {"kid", "kid2", "son", "daughter", "partner", "wife", "mum"}:
                choices = {"first": 6, "dim": 2, "full": 1}
            elif self.role in {"gp", "counsellor"}:
                choices = {"title": 5, "full": 2, "first": 1, "sur": 1}
            elif self.rank:
                choices = {"full": 3, "rank": 5, "first": 2, "sur": 2, "dim": 2, "init": 1}
            else:
                choices = {"full": 3, "first": 3, "sur": 1, "title": 1, "init": 1}
            if self.mentions:
                choices["typo"] = 1
                choices["full"] = max(0, choices.get("full", 0) - 1) or 0
            form = rng.choices(list(choices), list(choices.values()))[0]
        if form == "dim" and not (self.dim or self.nick):
            form = "first"
        if form == "rank" and not self.rank:
            form = "title"
        self.mentions += 1
        f, s = self.first, self.sur
        if form == "full":
            return f"{f} {s}", "full"
        if form == "first":
            return f, "first"
        if form == "sur":
            return s, "sur"
        if form == "rank":
            if self.origin == "nepali" and rng.random() < 0.6:
                return f"{self.rank} {f}", "rank"
            if rng.random() < 0.25:
                return f"{self.rank} {f} {s}", "rank"
            return f"{self.rank} {s}", "rank"
        if form == "title":
            return f"{self.title} {s}", "title"
        if form == "init":
            k = rng.randrange(5)
            if k == 0:
                return f"{f[0]}. {s}", "init"
            if k == 1:
                return f"{f[0]} {s}", "init"
            if k == 2:
                return f"{f[0]}.{s}", "init"
            initials = f[0] + s.split()[-1][0]
            return (initials.lower() if k == 3 else initials.upper()), "init"
        if form == "dim":
            options = [x for x in (self.dim, self.nick) if x]
            pick = rng.choice(options)
            if (
                pick == self.nick
                and pick in pools.SURNAME_NICKNAMES.values()
                and rng.random() < 0.5
            ):
                return f"{pick} {s}", "dim"
            return pick, "dim"
        if form == "typo":
            target = rng.choice(["first", "sur", "full"])
            if target == "first":
                return misspell(rng, f), "typo"
            if target == "sur":
                return misspell(rng, s), "typo"
            return f"{f} {misspell(rng, s)}", "typo"
        if form == "surfirst":
            return f"{s.upper()}, {f}", "surfirst"
        raise ValueError(form)


class Doc:
    """Text under construction, with labels recorded at append."""

    def __init__(self, rng: random.Random, case: str, punct: bool, speak: bool) -> None:
        self.rng = rng
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[dict[str, object]] = []
        self.decoys: list[dict[str, object]] = []
        self.case = case  # "proper", "lower", "mixed"
        self.shout = False
        self.punct = punct
        self.speak = speak
        self.people: dict[str, Person] = {}
        self.taken: set[str] = set()
        self.values: dict[str, object] = {}

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def _push(self, s: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(s)
        self.length += len(s)
        return start, self.length

    def _at_sentence_start(self) -> bool:
        tail = "".join(self.parts[-3:]).rstrip(" ")
        return not tail or tail[-1] in ".!?\n-*•"

    def lit(self, s: str) -> None:
        rng = self.rng
        if self.speak:
            for pattern, repl in TEXTSPEAK:
                if rng.random() < 0.6:
                    s = re.sub(pattern, repl, s)
        if self.case != "proper" and rng.random() < 0.5:
            s = re.sub(r"\b([a-z]{5,})\b", lambda m: self._slip(m.group(1)), s)
        if not self.punct:
            s = re.sub(r"[.,;:!](?=\s|$)", "", s)
            s = s.replace("'", "") if rng.random() < 0.7 else s
        if self.shout:
            s = s.upper()
        elif self.case == "proper":
            s = re.sub(r"\bi\b", "I", s)
            s = re.sub(r"\bim\b", "I'm", s) if self.punct else s
            if self._at_sentence_start():
                s = re.sub(r"^(\s*)([a-z])", lambda m: m.group(1) + m.group(2).upper(), s)
            s = re.sub(r"([.!?] +)([a-z])", lambda m: m.group(1) + m.group(2).upper(), s)
        elif self.case == "mixed" and self._at_sentence_start() and rng.random() < 0.5:
            s = re.sub(r"^(\s*)([a-z])", lambda m: m.group(1) + m.group(2).upper(), s)
        self._push(s)

    def _slip(self, word: str) -> str:
        return misspell(self.rng, word) if self.rng.random() < 0.06 else word

    def _cased(self, s: str, lower_p: float) -> str:
        if self.shout:
            return s.upper()
        if self.case == "lower" and self.rng.random() < lower_p:
            return s.lower()
        if self.case == "mixed" and self.rng.random() < lower_p / 2:
            return s.lower()
        return s

    def val(
        self, kind: str, s: str, form: str, entity: str | None = None, lower_p: float = 0.75
    ) -> None:
        s = self._cased(s, lower_p)
        assert s == s.strip() and s, (kind, s)
        start, end = self._push(s)
        span: dict[str, object] = {"type": kind, "start": start, "end": end}
        if entity:
            span["entity"] = entity
        span["form"] = form
        self.spans.append(span)

    def decoy(self, kind: str, s: str, lower_p: float = 0.7) -> None:
        s = self._cased(s, lower_p)
        assert s == s.strip() and s, (kind, s)
        start, end = self._push(s)
        self.decoys.append({"start": start, "end": end, "kind": kind})

    def person(self, role: str) -> Person:
        if role not in self.people:
            key = f"p{len(self.people) + 1}"
            self.people[role] = Person(self.rng, key, role, self.taken)
        return self.people[role]


# ---------------------------------------------------------------- value generators


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng: random.Random) -> str:
    if rng.random() < 0.7:
        body = "7" + rng.choice("4579") + digits(rng, 8)
        a, b = body[:4], body[4:]
        layouts = [
            f"0{a} {b}",
            f"0{a}{b}",
            f"+44 {a} {b}",
            f"+44{a}{b}",
            f"(0{a}) {b[:3]} {b[3:]}",
            f"0{a}-{b[:3]}-{b[3:]}",
            f"0044 {a} {b}",
            f"+44 (0){a} {b}",
            f"0{a} {b[:3]} {b[3:]}",
            f"0{body[:3]} {body[3:6]} {body[6:]}",
            f"+44-{a}-{b}",
        ]
    else:
        area = rng.choice(
            ["1252", "1748", "1980", "1206", "1392", "1436", "1874", "1929", "1603", "1685"]
        )
        local = digits(rng, 6)
        layouts = [
            f"0{area} {local}",
            f"(0{area}) {local}",
            f"0{area}-{local[:3]}-{local[3:]}",
            f"0{area}{local}",
            f"+44 {area} {local}",
            f"+44 (0) {area} {local}",
        ]
    return rng.choice(layouts)


def email(rng: random.Random, p: Person) -> tuple[str, str]:
    f, s = p.first.lower().split()[0], re.sub(r"[^a-z]", "", p.sur.lower())
    f = f.translate(str.maketrans("áéíóúłąęśżźćńó", "aeioulaeszzcno"))
    s = s.translate(str.maketrans("áéíóúłąęśżźćńó", "aeioulaeszzcno"))
    s = s or "x"
    local = rng.choice(
        [
            f"{f}.{s}",
            f"{f[0]}{s}",
            f"{f}{s}{rng.randint(1, 99)}",
            f"{f}_{s}",
            f"{s}{f[0]}{rng.randint(70, 99)}",
            f"{f}.{s}{rng.randint(1, 9)}",
            f"big{s}",
            f"{f}{rng.randint(1975, 2001)}",
        ]
    )
    domain = rng.choice(pools.MAIL_DOMAINS)
    if rng.random() < 0.65:
        return f"{local}@{domain}", "plain"
    at = rng.choice([" at ", " at ", "(at)", " (at) ", " [at] "])
    dot = rng.choice([" dot ", " dot ", "(dot)", " [dot] "])
    loc_w = local.replace(".", dot).replace("_", rng.choice([" underscore ", "_"]))
    return f"{loc_w}{at}{domain.replace('.', dot)}".strip(), "words"


def service_number(rng: random.Random) -> str:
    k = rng.randrange(6)
    if k == 0:
        return "2" + rng.choice("45") + digits(rng, 6)
    if k == 1:
        return "30" + digits(rng, 6)
    if k == 2:
        return str(rng.randint(500000, 569999))
    if k == 3:
        return rng.choice("DPQ") + digits(rng, 6) + rng.choice("ABCDEFGHJKLMN")
    if k == 4:
        n = "2" + rng.choice("45") + digits(rng, 6)
        return f"{n[:4]} {n[4:]}"
    return rng.choice(["K", "W", "C"]) + digits(rng, 7)


def ni_number(rng: random.Random) -> str:
    while True:
        pre = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if pre not in NI_BAD:
            break
    d = digits(rng, 6)
    suf = rng.choice("ABCD")
    return rng.choice(
        [
            f"{pre}{d}{suf}",
            f"{pre} {d[:2]} {d[2:4]} {d[4:]} {suf}",
            f"{pre}{d} {suf}",
            f"{pre} {d} {suf}",
            f"{pre}-{d[:2]}-{d[2:4]}-{d[4:]}-{suf}",
        ]
    )


def nhs_number(rng: random.Random) -> str:
    while True:
        d = [rng.randrange(10) for _ in range(9)]
        check = 11 - sum(x * (10 - i) for i, x in enumerate(d)) % 11
        if check == 11:
            check = 0
        if check != 10:
            break
    n = "".join(map(str, d)) + str(check)
    return rng.choice([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"])


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def date_of_birth(rng: random.Random, day: int, month: int, year: int) -> tuple[str, str]:
    yy = f"{year % 100:02d}"
    mon = MONTHS[month - 1]
    short = mon[:3].lower() if rng.random() < 0.6 else mon[:3]
    if rng.random() < 0.55:
        layouts = [
            f"{day:02d}/{month:02d}/{yy}",
            f"{day}/{month}/{year}",
            f"{day:02d}.{month:02d}.{yy}",
            f"{day:02d}-{month:02d}-{year}",
            f"{day:02d}{month:02d}{yy}",
            f"{day}.{month}.{yy}",
            f"{day:02d}/{month:02d}/{year}",
            f"{day}/{month}/{yy}",
        ]
        return rng.choice(layouts), "digits"
    layouts = [
        f"{ordinal(day)} {short} {yy}",
        f"{day} {mon} {year}",
        f"{short} {ordinal(day)} {year}",
        f"{ordinal(day)} of {mon.lower()} {yy}",
        f"{ordinal(day)} {mon} {year}",
        f"{day} {short} {year}",
        f"{mon} {day} {year}",
    ]
    return rng.choice(layouts), "words"


def postcode(rng: random.Random, district: str) -> str:
    inward = (
        str(rng.randint(1, 9))
        + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
        + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
    )
    return rng.choice(
        [f"{district} {inward}", f"{district} {inward}", f"{district}{inward}", district]
    )


def street(rng: random.Random) -> str:
    road = f"{rng.choice(pools.STREET_NAMES)} {rng.choice(pools.STREET_KINDS)}"
    k = rng.randrange(6)
    if k == 0:
        return f"flat {rng.randint(1, 12)} {rng.randint(1, 120)} {road}"
    if k == 1:
        return f"{rng.choice(pools.HOUSE_NAMES)}, {road}"
    if k == 2:
        return f"{rng.randint(1, 200)}{rng.choice('abc')} {road}"
    if k == 3:
        return f"Flat {rng.randint(1, 9)}, {rng.randint(1, 90)} {road}"
    return f"{rng.randint(1, 240)} {road}"


def age_text(rng: random.Random, n: int, words_p: float = 0.3) -> tuple[str, str]:
    if rng.random() < words_p:
        return words_0_99(n), "words"
    return str(n), "digits"


# ---------------------------------------------------------------- slots

TOOLS = [
    "JPA",
    "WhatsApp",
    "Teams",
    "the Defence Gateway",
    "the NHS app",
    "MyHR",
    "Facebook",
    "Zoom",
    "MOD Connect",
]
DECOY_POOLS = {
    "product": [
        "Togetherall",
        "Headspace",
        "SSAFA",
        "Combat Stress",
        "Help for Heroes",
        "Samaritans",
        "Op Courage",
        "Veterans Gateway",
        "Calm",
        "Big White Wall",
        "RBL",
        "Poppyscotland",
        "Walking With The Wounded",
        "Mind",
        "Shout",
        "samaritans",
        "togetherall",
        "headspace",
        "ssafa",
        "combat stress",
    ],
    "rank": [
        "my sgt",
        "the OC",
        "the padre",
        "the CO",
        "my cpl",
        "the RSM",
        "my 2ic",
        "the 2ic",
        "the welfare officer",
        "the UWO",
        "my line manager",
        "the sgt major",
        "my section commander",
        "the boss",
        "the duty officer",
        "my troop sgt",
        "the chain of command",
        "the MO",
        "the CSM",
        "the adjt",
    ],
    "service": [
        "the army",
        "the Army",
        "the mob",
        "the RAF",
        "the navy",
        "the Navy",
        "the corps",
        "the Marines",
        "the forces",
        "the regiment",
    ],
    "operation": [
        "Op Herrick",
        "Telic",
        "Op Tosca",
        "Op Cabrit",
        "Op Shader",
        "herrick 14",
        "Op Rescript",
        "Op Banner",
        "Op Gritrock",
        "Op Newcombe",
    ],
    "street_word": [
        "down the road",
        "end of the road",
        "a close call",
        "on the street",
        "road trip",
        "middle of the road",
        "on the streets",
        "up the road",
        "dead end",
        "the high street",
        "one way street",
    ],
    "greet": ["Hi", "Hiya", "Hello", "Morning", "hi there", "Afternoon"],
    "signoff": [
        "Thanks",
        "Cheers",
        "Many thanks",
        "cheers",
        "thx",
        "Regards",
        "ta",
        "Kind regards",
    ],
}
WORD_DECOYS = {
    "will": [
        "i {} be honest",
        "i {} say this",
        "lost the {} to carry on",
        "we {} see",
        "if they {} listen",
    ],
    "grace": ["a bit of grace from them", "by the {} of god", "it was a saving {}"],
    "bill": ["the gas {}", "paying every {}", "a massive {} from the garage", "foot the {}"],
    "frank": ["to be {}", "a {} chat", "quite {} with me"],
    "hope": ["i {} this helps", "lost all {}", "{} it gets better"],
    "joy": ["no {} on the phones", "no {} with the housing", "the {} went out of it"],
    "mark": ["missed the {}", "left a {} on me", "{} my words", "a black {} on my record"],
    "rose": ["my stress {} again", "the rent {}", "a {} bush in the garden"],
    "sue": ["i could {} them", "thought about trying to {}"],
    "pat": ["a {} on the back", "had it down {}"],
    "art": ["the {} therapy", "the {} group", "an {} class"],
}


def count_decoy(rng: random.Random, kind: str = "") -> str:
    kind = kind or rng.choice(["years", "tours", "span"])
    if kind == "years":
        n = rng.randint(2, 26)
        unit = rng.choice(["years", "yrs", "years", "yr"])
    elif kind == "tours":
        n = rng.randint(1, 7)
        unit = rng.choice(["tours", "tours", "deployments", "det"]) if n > 1 else "tour"
    else:
        n = rng.randint(2, 18)
        unit = rng.choice(["months", "weeks", "days", "mths", "wks"])
    num = str(n) if rng.random() < 0.7 else words_0_99(n)
    return f"{num} {unit}"


def reference(rng: random.Random) -> str:
    return rng.choice(
        [
            f"ref {rng.randint(2019, 2026)}{digits(rng, 4)}",
            f"case {digits(rng, 4)}-{digits(rng, 4)}",
            f"ticket #{digits(rng, 6)}",
            f"survey code {digits(rng, 4)} {digits(rng, 4)}",
            f"ref no. {rng.choice('ABCDEFGH')}{digits(rng, 5)}",
            f"JPA ticket {digits(rng, 7)}",
        ]
    )


def time_decoy(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.randint(5, 9):02d}{rng.choice(['00', '30', '15'])}",
            f"{rng.randint(1, 12)}{rng.choice(['am', 'pm', ' am', 'pm'])}",
            f"{rng.randint(1, 12)}:{rng.choice(['00', '30', '45'])}",
            "midnight",
            f"{rng.randint(17, 23)}{rng.choice(['00', '30'])}hrs",
        ]
    )


PERSON_ROLES = {
    "me",
    "mate",
    "mate2",
    "boss",
    "officer",
    "welfare",
    "partner",
    "kid",
    "kid2",
    "gp",
    "counsellor",
    "medic",
    "mum",
    "wife",
    "son",
    "daughter",
}


def fill_slot(doc: Doc, slot: str) -> None:
    rng = doc.rng
    v = doc.values
    if slot.startswith("~"):
        kind, _, text = slot[1:].partition("=")
        if kind == "word":
            word = text or rng.choice(list(WORD_DECOYS))
            doc.decoy("word", word, lower_p=1.0)
        elif kind in DECOY_POOLS:
            # Not the same role word twice running ("the OC and the OC").
            last = doc.values.get("last_" + kind)
            pick = text or rng.choice([x for x in DECOY_POOLS[kind] if x != last])
            doc.values["last_" + kind] = pick
            doc.decoy(kind, pick)
        elif kind == "count":
            doc.decoy("count", text or count_decoy(rng))
        elif kind in {"years", "tours", "span"}:
            doc.decoy("count", count_decoy(rng, kind))
        elif kind == "tool":
            doc.decoy("product", rng.choice(TOOLS))
        elif kind == "year":
            doc.decoy("year", text or str(rng.randint(1998, 2025)))
        elif kind == "yy":
            doc.decoy("year", f"{rng.randint(0, 19):02d}")
        elif kind == "month":
            doc.decoy("month", rng.choice(MONTHS))
        elif kind == "weekday":
            doc.decoy("weekday", rng.choice(WEEKDAYS))
        elif kind == "reference":
            doc.decoy("reference", reference(rng), lower_p=0.3)
        elif kind == "time":
            doc.decoy("time", time_decoy(rng))
        elif kind == "helpline":
            doc.decoy("helpline", rng.choice(["116 123", "111", "999", "0800 138 1619"]))
        else:
            raise ValueError(slot)
        return
    name, _, form = slot.partition(".")
    if name in PERSON_ROLES:
        p = doc.person(name)
        text, label = p.render(rng, form or "any")
        doc.val("PERSON", text, label, entity=p.key, lower_p=0.7 if label != "init" else 0.2)
        return
    if name == "phone":
        doc.val("PHONE", phone(rng), "digits")
    elif name == "email":
        text, form_ = email(rng, doc.person("me"))
        doc.val("EMAIL", text, form_, lower_p=1.0)
    elif name == "sn":
        doc.val("SERVICE_NUMBER", service_number(rng), "digits", lower_p=0.3)
    elif name == "ni":
        doc.val("NI_NUMBER", ni_number(rng), "digits", lower_p=0.3)
    elif name == "nhs":
        doc.val("NHS_NUMBER", nhs_number(rng), "digits")
    elif name == "dob":
        if "age" not in v:
            v["age"] = rng.randint(19, 58)
        if "dob" not in v:
            # The survey ran in December 2026: a birthday before it makes the age fit.
            v["dob"] = (rng.randint(1, 28), rng.randint(1, 11), 2026 - int(v["age"]))  # type: ignore[call-overload]
        day, month, year = v["dob"]  # type: ignore[misc]
        text, form_ = date_of_birth(rng, day, month, year)
        doc.val("DATE_OF_BIRTH", text, form_)
    elif name in {"age", "agejoin", "kidage", "kid2age", "mateage"}:
        if name not in v:
            v[name] = {
                "age": rng.randint(19, 58),
                "agejoin": rng.randint(16, 26),
                "kidage": rng.randint(1, 17),
                "kid2age": rng.randint(1, 17),
                "mateage": rng.randint(19, 45),
            }[name]
        text, form_ = age_text(rng, v[name], 0.0 if form == "d" else 0.3)  # type: ignore[arg-type]
        doc.val("AGE", text, form_)
    elif name == "addr":
        doc.val("ADDRESS", street(rng), "street")
    elif name == "addrfull":
        doc.val("ADDRESS", street(rng), "street")
        doc.lit(rng.choice([", ", " ", ",\n", "\n"]))
        if rng.random() < 0.5:
            town, district = rng.choice(pools.GARRISON_TOWNS)
        else:
            town, district = rng.choice(pools.HOME_TOWNS), rng.choice(pools.TOWN_POSTCODES)
        doc.val("LOCATION", town, "town")
        doc.lit(rng.choice([" ", ", ", "\n", "  "]))
        doc.val("POSTCODE", postcode(rng, district), "plain", lower_p=0.6)
    elif name == "pc":
        district = rng.choice(pools.TOWN_POSTCODES + [d for _, d in pools.GARRISON_TOWNS])
        doc.val("POSTCODE", postcode(rng, district), "plain", lower_p=0.6)
    elif name in {"town", "town2"}:
        if name not in v:
            v[name] = rng.choice(pools.HOME_TOWNS)
        town = str(v[name])
        if rng.random() < 0.08:
            town = misspell(rng, town)
        doc.val("LOCATION", town, "town")
    elif name == "garrison":
        if rng.random() < 0.2:
            town = rng.choice(pools.GARRISON_ABROAD)
        else:
            town = rng.choice(pools.GARRISON_TOWNS)[0]
            if rng.random() < 0.1:
                town = misspell(rng, town)
        doc.val("BASE", town, "garrison")
    elif name == "base":
        full, short = rng.choice(pools.BASES)
        if short and rng.random() < 0.4:
            doc.val("BASE", short, "abbreviation" if short.isupper() else "base", lower_p=0.4)
        else:
            doc.val("BASE", full, "base", lower_p=0.6)
    elif name == "abbr":
        short = rng.choice([s for _, s in pools.BASES if s.isupper()])
        doc.val("BASE", short, "abbreviation", lower_p=0.4)
    elif name in {"unit", "unit2"}:
        kind = rng.choices(list(pools.UNITS), [8, 4, 3, 2, 3, 3])[0]
        doc.val("UNIT", rng.choice(pools.UNITS[kind]), kind, lower_p=0.6)
    elif name == "bn":
        doc.val("UNIT", rng.choice(pools.UNITS["battalion"]), "battalion", lower_p=0.6)
    elif name == "ship":
        if rng.random() < 0.3:
            doc.val("UNIT", rng.choice(pools.SHIP_ALONE), "ship", lower_p=0.5)
        else:
            doc.val("UNIT", rng.choice(pools.UNITS["ship"]), "ship", lower_p=0.5)
    elif name in {"sqn", "cdo", "fmn", "regt"}:
        kind = {"sqn": "squadron", "cdo": "commando", "fmn": "formation", "regt": "regiment"}[name]
        doc.val("UNIT", rng.choice(pools.UNITS[kind]), kind, lower_p=0.6)
    else:
        raise ValueError(f"unknown slot {slot}")


SLOT = re.compile(r"\{([^{}]+)\}")


def render(doc: Doc, template: str) -> None:
    pos = 0
    for m in SLOT.finditer(template):
        if m.start() > pos:
            doc.lit(template[pos : m.start()])
        fill_slot(doc, m.group(1))
        pos = m.end()
    if pos < len(template):
        doc.lit(template[pos:])


def word_decoy_phrase(rng: random.Random) -> str:
    word = rng.choice(list(WORD_DECOYS))
    phrase = rng.choice(WORD_DECOYS[word])
    return phrase.replace("{}", "{~word=" + word + "}")


def compose(rng: random.Random, number: int) -> dict[str, object]:
    style = rng.choices([*TEMPLATES, "empty"], [18, 20, 16, 19, 10, 12, 15])[0]
    case = rng.choices(["proper", "lower", "mixed"], [4, 4, 2])[0]
    punct = rng.random() < (0.85 if case == "proper" else 0.45)
    speak = case != "proper" and rng.random() < 0.6
    doc = Doc(rng, case, punct, speak)
    if style == "empty":
        render(doc, rng.choice(EMPTY_ANSWERS))
        style = "no_identifier"
    else:
        pool = TEMPLATES[style]
        most = {"contact": 4, "message": 1, "about_you": 4}.get(style, 6)
        n = min(most, rng.choices([1, 2, 3, 4, 5, 6], [5, 6, 5, 4, 3, 2])[0])
        chosen = rng.sample(pool, n)
        if style in {"anything_else", "describe_time", "who_helped"}:
            extra = rng.choices([0, 1, 2, 4, 7, 11], [8, 5, 4, 3, 2, 1])[0]
            for line in rng.sample(FILLER, extra):
                chosen.insert(rng.randrange(len(chosen) + 1), line)
        elif style == "about_you" and rng.random() < 0.3:
            chosen.append(rng.choice(FILLER))
        if rng.random() < 0.12 and style not in {"contact"}:
            chosen.insert(rng.randrange(len(chosen) + 1), word_decoy_phrase(rng))
        layout = rng.choices(["run", "lines", "bullets"], [6, 2, 2])[0]
        if len(chosen) == 1 or style == "message":
            layout = "run"
        bullet = rng.choice(["- ", "* ", "• ", "", "1) "])
        end = (
            rng.choice([". ", ", ", " ", "  ", ".. ", "! "])
            if doc.punct
            else rng.choice([" ", "  "])
        )
        for i, template in enumerate(chosen):
            if i:
                if layout == "run":
                    doc.lit(end if rng.random() < 0.85 else "\n")
                else:
                    doc.lit("\n" if rng.random() < 0.85 else "\n\n")
            if layout == "bullets":
                b = bullet if bullet != "1) " else f"{i + 1}) "
                if b:
                    doc.lit(b)
            if rng.random() < 0.07 and style in {"anything_else", "describe_time"}:
                doc.shout = True
                render(doc, rng.choice(RANTS))
                doc.lit(rng.choice(["!!!", "!!", "", "."]))
                doc.shout = False
            else:
                render(doc, template)
        if doc.punct and layout == "run" and rng.random() < 0.5:
            doc.lit(rng.choice([".", "!", ".", " :)"]))
    text = doc.text
    n_words = len(text.split())
    return {
        "id": f"d-{number:04d}",
        "style": style,
        "format": "txt",
        "text": text,
        "spans": doc.spans,
        "decoys": doc.decoys,
        "_words": n_words,
    }


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    docs = []
    number = 0
    while len(docs) < DOCUMENTS:
        record = compose(rng, len(docs) + 1)
        number += 1
        if 5 <= int(record.pop("_words")) <= 250:  # type: ignore[call-overload]
            docs.append(record)
    return docs


def serialise(docs: list[dict[str, object]]) -> bytes:
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")


def stats(docs: list[dict[str, object]], blob: bytes) -> str:
    lines = [f"documents: {len(docs)}"]
    words = [len(str(d["text"]).split()) for d in docs]
    lines.append(
        f"words per document: min {min(words)}, max {max(words)}, "
        f"mean {sum(words) / len(words):.0f}"
    )
    no_id = sum(1 for d in docs if not d["spans"])
    lines.append(f"documents with no identifier: {no_id}")
    people = repeated = 0
    for d in docs:
        c = Counter(s["entity"] for s in d["spans"] if s["type"] == "PERSON")  # type: ignore[index,union-attr,attr-defined]
        people += len(c)
        repeated += sum(1 for n in c.values() if n > 1)
    lines.append(f"distinct people (entities, counted per document): {people}")
    lines.append(f"people mentioned more than once in their document: {repeated}")

    def table(title: str, counter: Counter[str]) -> None:
        lines.append("")
        lines.append(f"| {title} | count |")
        lines.append("|---|---|")
        for key in sorted(counter):
            lines.append(f"| {key} | {counter[key]} |")
        lines.append(f"| total | {sum(counter.values())} |")

    table("style", Counter(str(d["style"]) for d in docs))
    spans = [s for d in docs for s in d["spans"]]  # type: ignore[attr-defined]
    table("type", Counter(s["type"] for s in spans))
    table("type/form", Counter(f"{s['type']}/{s['form']}" for s in spans))
    table("decoy kind", Counter(k["kind"] for d in docs for k in d["decoys"]))  # type: ignore[attr-defined]
    lines.append(f"sha256: {hashlib.sha256(blob).hexdigest()}")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=CORPUS)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--stats", action="store_true")
    args = parser.parse_args()
    docs = build()
    blob = serialise(docs)
    if args.stats:
        print(stats(docs, blob))
        return 0
    if args.check:
        if CORPUS.read_bytes() != blob:
            print("corpus.jsonl differs from what the generator makes", file=sys.stderr)
            return 1
        print("corpus.jsonl reproduced")
        return 0
    args.out.write_bytes(blob)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
