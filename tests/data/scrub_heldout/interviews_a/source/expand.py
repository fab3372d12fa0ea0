"""Expand the hand-authored interview excerpts into the frozen held-out corpus A.

Why this exists: the excerpts in `excerpts_*.txt` are written by hand with inline markup
(`[[TYPE:value]]`, `[[PERSON#p1:value]]`, `{{decoy}}`); this script strips the markup into
plain text with character offsets, then makes variants of each excerpt by resampling the
marked VALUES from the pools in `pools.txt` (the surrounding words never change). It is
stdlib only and seeded per excerpt and variant, so running it reproduces corpus.jsonl byte
for byte:

    python tests/data/scrub_heldout/interviews_a/source/expand.py          # write (+ SOURCE.md)
    python tests/data/scrub_heldout/interviews_a/source/expand.py --check  # compare

Markup (full description in ../SOURCE.md):
    [[TYPE:value]]              an identifier; TYPE as in SOURCE.md
    [[TYPE=form:value]]         the same, with an explicit form for resampling
    [[TYPE!:value]]             kept literally in every variant
    [[PERSON#key:value]]        a mention of person `key` declared in the excerpt header
                                (`@key m|f First / Surname / dim1, dim2`); the form
                                (full, first, surname, diminutive, ...) is inferred
    [[PERSON#key=form:value]]   explicit form, e.g. `{S~}` for a misspelt surname
    {{word}}                    a decoy: ordinary text that must survive scrubbing
"""

from __future__ import annotations

import functools
import hashlib
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

SOURCE_DIR = Path(__file__).resolve().parent
CORPUS_PATH = SOURCE_DIR.parent / "corpus.jsonl"
TARGET_DOCUMENTS = 300

TYPES = {
    "PERSON",
    "PHONE",
    "EMAIL",
    "SERVICE_NUMBER",
    "NI_NUMBER",
    "NHS_NUMBER",
    "POSTCODE",
    "ADDRESS",
    "DATE_OF_BIRTH",
    "AGE",
    "BANK_ACCOUNT",
    "UNIT",
    "BASE",
    "LOCATION",
}

MARKUP = re.compile(r"\[\[(.*?)\]\]|\{\{(.*?)\}\}", re.DOTALL)
MARK_HEAD = re.compile(r"^([A-Z_]+)(?:#(\w+))?(?:=([^:!]+))?(!)?:", re.DOTALL)
ROLE_LABEL = re.compile(
    r"^(?:\[\d\d:\d\d:\d\d\] )?"
    r"(INT|INT\d|Interviewer|IV|Facilitator|FAC|INTERP|Interpreter|P\d+|R\d*|Respondent|"
    r"SPEAKER_\d+|Speaker \d+|Participant \d+|PARTICIPANT \d+|UNKNOWN|\?\?):",
    re.MULTILINE,
)

# Candidate forms a person mention is matched against, in order (first match wins).
PERSON_FORMS = (
    "{F} {S}",
    "{D} {S}",
    "{F}",
    "{D}",
    "{S}",
    "{I}. {S}",
    "{I} {S}",
    "{I}.{S}",
    "{SU}, {F}",
    "{S}, {F}",
    "{FU} {SU}",
    "{FU}",
    "{DU}",
    "{SU}",
    "{S-}",
    "{S_}",
    "{F-}",
    "{FL} {SL}",
    "{FL}",
    "{DL}",
    "{SL}",
    "{FA}",
    "{SA}",
    "{FA} {SA}",
    "{F}\n{S}",
    "{D}\n{S}",
    "{S/}",
    "{S|}",
    "{F} {S/}",
    "{S1}",
)


@dataclass(frozen=True)
class Person:
    gender: str
    first: str
    surname: str
    dims: tuple[str, ...]
    origin: str = ""  # pool origin; on a declared person, the origin its stand-ins come from


@dataclass
class Mark:
    """One marked piece of an excerpt: literal text, an identifier, or a decoy."""

    kind: str  # "text", "span", "decoy"
    value: str
    type: str = ""
    entity: str = ""
    form: str = ""
    literal: bool = False


@dataclass
class Excerpt:
    key: str
    style: str
    people: dict[str, Person]
    marks: list[Mark] = field(default_factory=list)


# ---------------------------------------------------------------- pools


def load_pools(path: Path) -> dict[str, list[str]]:
    """Read `[section]` headed lists, one value a line; `#` starts a comment line."""
    pools: dict[str, list[str]] = {}
    current = ""
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            pools.setdefault(current, [])
        elif not current:
            raise ValueError(f"{path.name}:{number}: value before any [section]")
        else:
            pools[current].append(line)
    return pools


def parse_person(spec: str, where: str, origin: str = "") -> Person:
    """`g First / Surname [/ dim, dim] [~origin]`; `~keep` keeps the person in variants."""
    spec, _, hint = spec.partition("~")
    origin = origin or hint.strip()
    parts = [part.strip() for part in spec.split("/")]
    if len(parts) not in (2, 3):
        raise ValueError(f"{where}: person needs `g First / Surname [/ dims]`: {spec!r}")
    gender, first = parts[0].split(" ", 1)
    if gender not in ("m", "f"):
        raise ValueError(f"{where}: gender must be m or f: {spec!r}")
    dims = tuple(d.strip() for d in parts[2].split(",")) if len(parts) == 3 else ()
    return Person(gender, first.strip(), parts[1], tuple(d for d in dims if d), origin)


def person_pool(pools: dict[str, list[str]]) -> list[Person]:
    """Every first name of an origin (`[first:<origin>]`, lines `m First / dims`) with
    every surname of the same origin (`[surname:<origin>]`)."""
    people = []
    for section, lines in pools.items():
        if not section.startswith("first:"):
            continue
        origin = section.split(":", 1)[1]
        for line in lines:
            first, _, dims = line.partition("/")
            for surname in pools[f"surname:{origin}"]:
                if first.startswith("f ") and re.search(r"[sc]ki$", surname):
                    surname = surname[:-1] + "a"  # Polish feminine surname
                spec = f"{first.strip()} / {surname} / {dims}"
                people.append(parse_person(spec, section, origin))
    return people


# ---------------------------------------------------------------- excerpts


def parse_excerpts(path: Path) -> list[Excerpt]:
    excerpts: list[Excerpt] = []
    blocks = re.split(r"^### ", path.read_text(encoding="utf-8"), flags=re.MULTILINE)
    for block in blocks[1:]:
        head, _, rest = block.partition("\n")
        key, _, style = (part.strip() for part in head.partition("|"))
        style = style.removeprefix("style:").strip()
        people: dict[str, Person] = {}
        lines = rest.split("\n")
        while lines and lines[0].startswith("@"):
            person_key, spec = lines.pop(0)[1:].split(" ", 1)
            people[person_key] = parse_person(spec, f"{path.name} {key}")
        body = "\n".join(lines).strip("\n")
        excerpt = Excerpt(key, style, people)
        excerpt.marks = parse_body(body, excerpt, f"{path.name} {key}")
        excerpts.append(excerpt)
    return excerpts


def parse_body(body: str, excerpt: Excerpt, where: str) -> list[Mark]:
    marks: list[Mark] = []
    position = 0
    for match in MARKUP.finditer(body):
        if match.start() > position:
            marks.append(Mark("text", body[position : match.start()]))
        position = match.end()
        if match.group(2) is not None:
            marks.append(Mark("decoy", match.group(2)))
            continue
        inner = match.group(1)
        head = MARK_HEAD.match(inner)
        if head is None:
            raise ValueError(f"{where}: bad markup [[{inner}]]")
        type_, entity, form, literal = head.groups()
        value = inner[head.end() :]
        if type_ not in TYPES or not value or value != value.strip():
            raise ValueError(f"{where}: bad type or padded value in [[{inner}]]")
        mark = Mark("span", value, type_, entity or "", form or "", literal is not None)
        if type_ == "PERSON":
            if entity not in excerpt.people:
                raise ValueError(f"{where}: PERSON without a declared entity: [[{inner}]]")
            if mark.form and "{" not in mark.form:
                raise ValueError(f"{where}: a form needs a {{field}}: [[{inner}]]")
            if excerpt.people[entity].origin == "keep":
                mark.form = "{keep}"  # written as is in every variant
            elif not mark.form:
                mark.form = infer_person_form(excerpt.people[entity], value, where)
            if render_person(excerpt.people[entity], mark.form, random.Random(0)) is None:
                raise ValueError(f"{where}: form {mark.form} does not fit [[{inner}]]")
        # On other types a key (`#k`) links mentions of one value said in different ways.
        marks.append(mark)
    if "[[" in body[position:] or "{{" in body[position:]:
        raise ValueError(f"{where}: unclosed markup")
    marks.append(Mark("text", body[position:]))
    return marks


# ---------------------------------------------------------------- person forms


def spell(word: str, joiner: str) -> str | None:
    if not word.isalpha():
        return None
    return joiner.join(word.upper())


def misspell(word: str, rng: random.Random) -> str | None:
    """A plausible typo of a name: two letters swapped, a letter dropped or doubled."""
    letters = [i for i in range(1, len(word) - 1) if word[i].isalpha() and word[i + 1].isalpha()]
    if len(word) < 3 or not letters:
        return None
    for _ in range(10):
        i = rng.choice(letters)
        kind = rng.randrange(3)
        if kind == 0:
            candidate = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        elif kind == 1:
            candidate = word[:i] + word[i + 1 :]
        else:
            candidate = word[:i] + word[i] + word[i:]
        if candidate != word:
            return candidate
    return None


def break_line(word: str) -> str | None:
    for i, char in enumerate(word):
        if char == " ":
            return word[:i] + "\n" + word[i + 1 :]
        if char == "-" and 0 < i < len(word) - 1:
            return word[: i + 1] + "\n" + word[i + 1 :]
    return None


def hyphenate(word: str) -> str | None:
    """A word split by a typesetter's hyphen at the line end ("Nowa-\\nkowski")."""
    if not word.isalpha() or len(word) < 6:
        return None
    cut = (len(word) - 1) // 2
    return f"{word[:cut]}-\n{word[cut:]}"


def first_barrel(surname: str) -> str | None:
    """The first half of a double-barrelled surname ("Okonkwo" of "Okonkwo-Reyes")."""
    parts = surname.split("-")
    if len(parts) != 2 or " " in surname or min(len(p) for p in parts) < 3:
        return None
    return parts[0]


def render_person(person: Person, form: str, rng: random.Random, dim: int = 0) -> str | None:
    """Render `form` for `person`; None when the person cannot take that form."""
    fields: dict[str, str | None] = {
        "F": person.first,
        "S": person.surname,
        "I": person.first[0],
        "FU": person.first.upper(),
        "SU": person.surname.upper(),
        "D": person.dims[dim % len(person.dims)] if person.dims else None,
        "S-": spell(person.surname, "-"),
        "S_": spell(person.surname, " "),
        "F-": spell(person.first, "-"),
        "S/": break_line(person.surname),
        "S|": hyphenate(person.surname),
        "S1": first_barrel(person.surname),
        "F3": person.first[:3],
        "keep": "",
        "SP": "-".join(ascii_fold(person.surname)[:4].upper()),
        "SX": strip_accents(person.surname),
    }
    fields["DU"] = fields["D"].upper() if fields["D"] else None
    fields["DL"] = fields["D"].lower() if fields["D"] else None
    fields["FL"] = person.first.lower()
    fields["FA"] = ascii_fold(person.first)
    fields["SA"] = ascii_fold(person.surname)
    fields["SL"] = person.surname.lower()
    out = []
    for literal, name in re.findall(r"([^{]*)(?:\{([^}]*)\})?", form):
        out.append(literal)
        if not name:
            continue
        # `{S~}` a misspelt surname, `{S~2}` a second, different one, `{SL~}` in lower case
        value = misspell(fields[name.split("~")[0]] or "", rng) if "~" in name else fields.get(name)
        if value is None:
            return None
        out.append(value)
    return "".join(out)


def infer_person_form(person: Person, value: str, where: str) -> str:
    for form in PERSON_FORMS:
        for dim in range(max(1, len(person.dims))):
            if render_person(person, form, random.Random(0), dim) == value:
                return form if "D" not in form else f"{form}#{dim}"
    raise ValueError(f"{where}: {value!r} is no known form of {person}; give =form")


# ---------------------------------------------------------------- number words

DIGIT_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
WORD_DIGITS = {w: str(i) for i, w in enumerate(DIGIT_WORDS)} | {"zero": "0", "nought": "0"}
UNITS = [*DIGIT_WORDS[1:], "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"]
UNITS += ["sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDINALS = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
]  # fmt: skip
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip


def number_words(n: int) -> str:
    if n < 20:
        return UNITS[n - 1] if n else "zero"
    tens, unit = divmod(n, 10)
    return TENS[tens] + (f"-{UNITS[unit - 1]}" if unit else "")


def ordinal_words(n: int) -> str:
    if n <= 20:
        return ORDINALS[n - 1]
    tens, unit = divmod(n, 10)
    if unit == 0:
        return TENS[tens][:-1] + "ieth"
    return f"{TENS[tens]}-{ORDINALS[unit - 1]}"


def ordinal_suffix(n: int) -> str:
    if 10 < n % 100 < 14:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def year_words(year: int) -> str:
    if year >= 2000:
        return "two thousand" + (f" and {number_words(year - 2000)}" if year > 2000 else "")
    low = year % 100
    return "nineteen " + (f"oh {UNITS[low - 1]}" if 0 < low < 10 else number_words(low))


def short_year_words(year: int) -> str:
    low = year % 100
    if low == 0:
        return "oh oh"
    return f"oh {UNITS[low - 1]}" if low < 10 else number_words(low)


def spoken_digits(value: str, where: str) -> tuple[str, list[int]]:
    """Parse digits said in words ("oh seven seven double-oh, nine ...") and their groups."""
    digits = ""
    groups = []
    for group in value.split(","):
        tokens = re.findall(r"[a-z]+", group.lower())
        before = len(digits)
        repeat = 1
        for token in tokens:
            if token in ("double", "triple"):
                repeat = 2 if token == "double" else 3
            elif token in WORD_DIGITS:
                digits += WORD_DIGITS[token] * repeat
                repeat = 1
            elif token not in ("and", "then"):
                raise ValueError(f"{where}: {token!r} is not a spoken digit in {value!r}")
        groups.append(len(digits) - before)
    return digits, groups


def say_digits(digits: str, groups: list[int], template: str, rng: random.Random) -> str:
    """Say `digits` in the style of `template` (oh or zero, doubles, hyphens, grouping)."""
    zero = "zero" if "zero" in template else "oh"
    use_repeats = "double" in template or "triple" in template
    hyphen = "double-" in template or "triple-" in template
    spoken_groups = []
    position = 0
    for size in groups:
        chunk = digits[position : position + size]
        position += size
        words = []
        i = 0
        while i < len(chunk):
            run = 1
            while i + run < len(chunk) and chunk[i + run] == chunk[i] and run < 3:
                run += 1
            word = zero if chunk[i] == "0" else DIGIT_WORDS[int(chunk[i])]
            if use_repeats and run > 1 and rng.random() < 0.8:
                prefix = "double" if run == 2 else "triple"
                words.append(f"{prefix}{'-' if hyphen else ' '}{word}")
            else:
                words.extend([word] * run)
            i += run
        spoken_groups.append(" ".join(words))
    said = ", ".join(spoken_groups)
    return said[0].upper() + said[1:] if template[:1].isupper() else said


# ---------------------------------------------------------------- resampling values


def random_digits(n: int, rng: random.Random) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def nhs_digits(rng: random.Random) -> str:
    while True:
        body = rng.choice("4679") + random_digits(8, rng)
        check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
        if check != 10:
            return body + str(0 if check == 11 else check)


def new_digits(type_: str, old: str, rng: random.Random) -> str:
    if type_ == "NHS_NUMBER" and len(old) == 10:
        return nhs_digits(rng)
    if type_ == "PHONE":
        if old.startswith("07"):
            keep = "07" + rng.choice("4579")
        elif old.startswith("447"):
            keep = "447" + rng.choice("4579")
        elif old.startswith("02"):
            keep = old[:3]
        else:
            keep = old[:4]
        return keep + random_digits(len(old) - len(keep), rng)
    if type_ == "SERVICE_NUMBER":
        return old[:2] + random_digits(len(old) - 2, rng)
    return random_digits(len(old), rng)


def fill_digits(template: str, digits: str) -> str:
    feed = iter(digits)
    return "".join(next(feed) if char.isdigit() else char for char in template)


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
POSTCODE_UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def new_ni_number(old: str, rng: random.Random) -> str:
    while True:
        prefix = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if prefix not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    letters = iter([prefix[0], prefix[1], rng.choice("ABCD")])
    out = []
    for char in old:
        if char.isdigit():
            out.append(str(rng.randrange(10)))
        elif char.isalpha():
            letter = next(letters)
            out.append(letter if char.isupper() else letter.lower())
        else:
            out.append(char)
    return "".join(out)


def new_postcode(old: str, rng: random.Random) -> str:
    """Keep the postcode area letters; new district, sector and unit."""
    match = re.fullmatch(r"([A-Za-z]{1,2})(\d[A-Za-z\d]?)(\s*)(\d)([A-Za-z]{2})", old)
    if match is None:
        return old
    area, district, space, _, unit = match.groups()
    if len(district) == 2 and district.isdigit():  # two-digit districts stay under 30
        district = str(rng.randrange(10, 30))
    elif len(district) == 2:  # a lettered district (`W1A`, `EC2M`) keeps its letter
        district = str(rng.randrange(1, 10)) + district[1]
    else:
        district = str(rng.randrange(1, 10))
    letters = "".join(rng.choice(POSTCODE_UNIT_LETTERS) for _ in unit)
    if unit.islower():
        letters = letters.lower()
    return f"{area}{district}{space}{rng.randrange(10)}{letters}"


DOB_DIGITS = re.compile(r"(\d{1,2})([./ -])(\d{1,2})\2(\d{4}|\d{2})")


def random_birthday(rng: random.Random) -> tuple[int, int, int]:
    return rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(1956, 2005)


def format_dob(form: str, day: int, month: int, year: int) -> str:
    forms = {
        "words": f"the {ordinal_words(day)} of {MONTHS[month - 1]}, {year_words(year)}",
        "words_nocomma": f"the {ordinal_words(day)} of {MONTHS[month - 1]} {year_words(year)}",
        "words_bare": f"{ordinal_words(day)} of {MONTHS[month - 1]} {year_words(year)}",
        "words_bare_cap": f"{ordinal_words(day).capitalize()} of {MONTHS[month - 1]} "
        f"{year_words(year)}",
        "words_md": f"{MONTHS[month - 1]} the {ordinal_words(day)}, {year_words(year)}",
        "words_short": f"{ordinal_words(day)} of {MONTHS[month - 1]} {short_year_words(year)}",
        "d_month_yyyy": f"{day} {MONTHS[month - 1]} {year}",
        "dth_month_yyyy": f"{ordinal_suffix(day)} {MONTHS[month - 1]} {year}",
        "dth_of_month_yyyy": f"{ordinal_suffix(day)} of {MONTHS[month - 1]} {year}",
        "d_mon_yy": f"{day} {MONTHS[month - 1][:3]} {year % 100:02d}",
        "dm_words": f"the {ordinal_words(day)} of {MONTHS[month - 1]}",
        "dm_words_cap": f"The {ordinal_words(day)} of {MONTHS[month - 1]}",
        "dm_words_capf": f"{ordinal_words(day).capitalize()} of {MONTHS[month - 1]}",
        "readback": f"{number_words(day).capitalize()}, {number_words(month)}, "
        f"{short_year_words(year)}",
    }
    if form not in forms:
        raise ValueError(f"unknown DATE_OF_BIRTH form {form!r}")
    return forms[form]


def new_dob(mark: Mark, rng: random.Random, dates: dict) -> str:
    """A new date in the style of `mark`; marks sharing a key (`#k`) share the date."""
    day, month, year = dates.setdefault(("DATE_OF_BIRTH", mark.entity), random_birthday(rng))
    if mark.form:
        return format_dob(mark.form, day, month, year)
    match = DOB_DIGITS.fullmatch(mark.value)
    if match is None:
        return mark.value
    d, sep, m, y = match.groups()
    return f"{day:0{len(d)}d}{sep}{month:0{len(m)}d}{sep}" + (
        f"{year}" if len(y) == 4 else f"{year % 100:02d}"
    )


AGE_WORDS = {number_words(n): n for n in range(1, 100)}


def new_age(mark: Mark, rng: random.Random, linked: dict) -> str:
    """A nearby age (a teenager stays a teenager, a widow's age stays plausible); mentions
    sharing a key (`#k`) say one age, `=next` the one after it ("forty-two next birthday")."""
    old = mark.value
    was = int(old) if old.isdigit() else AGE_WORDS.get(old.lower(), 40)
    shift = rng.choice([-6, -5, -4, -3, -2, -1, 1, 2, 3, 4, 5, 6])
    key = ("AGE", mark.entity or old)
    age = linked.setdefault(key, max(14, was - (mark.form == "next") + shift))
    age += mark.form == "next"
    if old.isdigit():
        return str(age)
    words = number_words(age)
    return words.capitalize() if old[0].isupper() else words


def strip_accents(text: str) -> str:
    """The name as typed without its accents ("Dabrowski" for "Dąbrowski"), case kept."""
    text = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in text if not unicodedata.combining(c))


def ascii_fold(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and c.isalpha()).lower()


def new_email(mark: Mark, pools: dict, rng: random.Random) -> str:
    """A new address in the style of `mark` (written, or said in words); mentions sharing
    a key (`#k`) are one address said in both ways."""
    linked = pools["_dates"]
    key = ("EMAIL", mark.entity or mark.value)
    if key not in linked:
        person = rng.choice(pools["_people"])
        first, surname = ascii_fold(person.first), ascii_fold(person.surname)
        number = rng.randrange(10, 99)
        pattern = rng.randrange(5)
        linked[key] = (first, surname, number, pattern, rng.choice(pools["email_domain"]))
    first, surname, number, pattern, domain = linked[key]
    written = "@" in mark.value
    said_number = str(number) if written else number_words(number)
    glue = "." if written else " dot "
    local = [
        f"{first}{glue}{surname}",
        f"{first[0]}{glue}{surname}",
        f"{first}{surname}{said_number}" if written else f"{first} {surname} {said_number}",
        f"{surname}{first[0]}",
        f"{first}_{surname}" if written else f"{first} underscore {surname}",
    ][pattern]
    if written:
        return f"{local}@{domain}"
    said_domain = domain.replace(".", " dot ")
    if domain == "mod.gov.uk" and "mod dot uk" in mark.value:
        said_domain = "mod dot uk"
    return f"{local} at {said_domain}"


def resample(mark: Mark, pools: dict, rng: random.Random) -> str:
    """A new value of the same type and style as `mark`, or the value itself."""
    value, type_ = mark.value, mark.type
    if mark.literal:
        return value
    if type_ in ("PHONE", "SERVICE_NUMBER", "NHS_NUMBER", "BANK_ACCOUNT"):
        linked = pools["_dates"]  # per document: one new number per key
        if any(char.isdigit() for char in value):
            old = "".join(char for char in value if char.isdigit())
            fresh = linked.setdefault((type_, mark.entity or old), new_digits(type_, old, rng))
            return fill_digits(value, fresh[-len(old) :])
        old, groups = spoken_digits(value, type_)
        fresh = linked.setdefault((type_, mark.entity or old), new_digits(type_, old, rng))
        # A number repeated in part ("... double six two eight oh five") repeats its tail.
        return say_digits(fresh[-len(old) :], groups, value, rng)
    if type_ == "NI_NUMBER":
        return new_ni_number(value, rng)
    if type_ == "POSTCODE":
        return new_postcode(value, rng)
    if type_ == "DATE_OF_BIRTH":
        return new_dob(mark, rng, pools["_dates"])
    if type_ == "AGE":
        return new_age(mark, rng, pools["_dates"])
    if type_ == "EMAIL":
        return new_email(mark, pools, rng)
    lower = value.islower()  # speech-to-text output: pick from the pool, lower-cased
    for section, values in pools.items():
        if section.split(":")[0] != type_.lower():
            continue
        known = [v.lower() for v in values] if lower else values
        if value in known:
            return rng.choice([v for v in known if v != value])
    return value


# ---------------------------------------------------------------- documents


def needs(form: str) -> tuple[str, ...]:
    return tuple(name for name in re.findall(r"\{([^}]*)\}", form))


PARTICLES = {"mac", "nic", "bin", "van", "von", "der"}


@functools.cache
def can_take(person: Person, form: str) -> bool:
    name, _, dim = form.partition("#")
    return render_person(person, name, random.Random(0), int(dim or 0)) is not None


@functools.cache
def name_words(person: Person) -> frozenset[str]:
    """Words of a person's names worth checking for clashes (particles like `ap` are not)."""
    text = " ".join((person.first, person.surname, *person.dims)).lower()
    return frozenset(w for w in re.findall(r"\w+", text) if len(w) > 2 and w not in PARTICLES)


def pick_people(excerpt: Excerpt, pool: list[Person], rng: random.Random) -> dict[str, Person]:
    """Choose a distinct new person for every declared one, able to take all its forms and
    sharing no name word with the unmarked text (so every occurrence stays marked)."""
    forms: dict[str, set[str]] = {key: set() for key in excerpt.people}
    for mark in excerpt.marks:
        if mark.kind == "span" and mark.type == "PERSON":
            forms[mark.entity].add(mark.form)
    plain = " ".join(mark.value for mark in excerpt.marks if mark.kind != "span").lower()
    plain_words = set(re.findall(r"\w+", plain))
    chosen: dict[str, Person] = {}
    used_words: set[str] = set()
    for key, person in excerpt.people.items():
        if person.origin == "keep":
            chosen[key] = person
            continue
        candidates = [
            p
            for p in pool
            if p.gender == person.gender
            and person.origin in ("", p.origin)
            and not name_words(p) & (used_words | plain_words)
            and all(can_take(p, form) for form in sorted(forms[key]))
        ]
        if not candidates:
            chosen[key] = person
            continue
        chosen[key] = rng.choice(candidates)
        used_words |= name_words(chosen[key])
    return chosen


def render(excerpt: Excerpt, pools: dict, variant: int) -> tuple[dict, dict[str, Person]]:
    """One document (variant 0 is the excerpt as written) and the people it mentions."""
    rng = random.Random(f"corpus-a/{excerpt.key}/{variant}")
    people = excerpt.people if variant == 0 else pick_people(excerpt, pools["_people"], rng)
    remembered: dict[tuple[str, str, str], str] = {}
    pools = pools | {"_dates": {}}
    text: list[str] = []
    spans: list[dict] = []
    decoys: list[dict] = []
    length = 0
    for mark in excerpt.marks:
        piece = mark.value
        if mark.kind == "span" and variant:
            memo = (mark.type, mark.value, mark.form)
            if mark.type == "PERSON":
                form, _, dim = mark.form.partition("#")
                if form != "{keep}":
                    piece = render_person(people[mark.entity], form, rng, int(dim or 0)) or piece
                # A misspelling is drawn once per person and form, then kept.
                memo = (mark.type, mark.entity, mark.form)
                if "~" in form:
                    piece = remembered.setdefault(memo, piece)
            else:
                piece = remembered.setdefault(memo, resample(mark, pools, rng))
        if mark.kind == "span":
            span = {"type": mark.type, "start": length, "end": length + len(piece)}
            if mark.type == "PERSON":
                span["entity"] = mark.entity
            spans.append(span)
        elif mark.kind == "decoy":
            decoys.append({"start": length, "end": length + len(piece), "kind": "word"})
        text.append(piece)
        length += len(piece)
    full = "".join(text)
    for match in ROLE_LABEL.finditer(full):
        decoys.append({"start": match.start(1), "end": match.end(1), "kind": "role_label"})
    decoys.sort(key=lambda d: d["start"])
    document = {"style": excerpt.style, "format": "txt", "text": full, "spans": spans,
                "decoys": decoys}  # fmt: skip
    return document, people


def load_excerpts(source_dir: Path = SOURCE_DIR) -> list[Excerpt]:
    excerpts = []
    for path in sorted(source_dir.glob("excerpts_*.txt")):
        excerpts.extend(parse_excerpts(path))
    keys = [e.key for e in excerpts]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate excerpt keys")
    return excerpts


def corpus_documents(source_dir: Path = SOURCE_DIR) -> list[tuple[dict, dict[str, Person]]]:
    """Every document in corpus order, with the people each one mentions."""
    pools: dict = load_pools(source_dir / "pools.txt")
    pools["_people"] = person_pool(pools)
    excerpts = load_excerpts(source_dir)
    extra = max(0, TARGET_DOCUMENTS - len(excerpts))
    documents: list[tuple[dict, dict[str, Person]]] = []
    for index, excerpt in enumerate(excerpts):
        variants = extra // len(excerpts) + (1 if index < extra % len(excerpts) else 0)
        for variant in range(variants + 1):
            document, people = render(excerpt, pools, variant)
            documents.append(({"id": f"a-{len(documents) + 1:04d}"} | document, people))
    return documents


def build_corpus(source_dir: Path = SOURCE_DIR) -> str:
    """The whole corpus.jsonl text, deterministic for a given source directory."""
    lines = [
        json.dumps(document, ensure_ascii=False) for document, _ in corpus_documents(source_dir)
    ]
    return "\n".join(lines) + "\n"


def person_forms_by_document(source_dir: Path) -> dict[str, list[str]]:
    """The form of every PERSON mention, in document order (the same for every variant)."""
    excerpts = load_excerpts(source_dir)
    extra = max(0, TARGET_DOCUMENTS - len(excerpts))
    forms: dict[str, list[str]] = {}
    for index, excerpt in enumerate(excerpts):
        mentions = [m.form for m in excerpt.marks if m.kind == "span" and m.type == "PERSON"]
        variants = extra // len(excerpts) + (1 if index < extra % len(excerpts) else 0)
        for _ in range(variants + 1):
            forms[f"a-{len(forms) + 1:04d}"] = list(mentions)
    return forms


def person_form_kind(text: str, span: dict, form: str) -> str:
    """A reader's name for a mention's form, for the figures in SOURCE.md."""
    at_line_start = span["start"] == 0 or text[span["start"] - 1] == "\n"
    if at_line_start and text[span["end"] : span["end"] + 1] == ":":
        return "speaker label"
    form = form.split("#")[0]
    kinds = [
        ("kept as written", ("{keep}",)),
        ("misspelling", ("~",)),
        ("name broken over a line", ("\n", "{S/}", "{S|}")),
        ("letter-by-letter spelling", ("{S-}", "{S_}", "{F-}", "{SP}")),
        ("false start", ("{F3}",)),
        ("SURNAME, First", ("}, {",)),
        ("initial + surname", ("{I}",)),
        ("full name", ("} {",)),
        ("diminutive or nickname", ("{D", )),
        ("first name", ("{F",)),
        ("surname", ("{S",)),
    ]  # fmt: skip
    return next(kind for kind, marks in kinds if any(mark in form for mark in marks))


def stats(source_dir: Path = SOURCE_DIR) -> str:
    """The figures SOURCE.md quotes: documents, spans per type, decoys, people."""
    documents = corpus_documents(source_dir)
    form_of = person_forms_by_document(source_dir)
    per_type: dict[str, int] = {}
    for document, _ in documents:
        for span in document["spans"]:
            per_type[span["type"]] = per_type.get(span["type"], 0) + 1
    kinds: dict[str, int] = {}
    for document, _ in documents:
        for decoy in document["decoys"]:
            kinds[decoy["kind"]] = kinds.get(decoy["kind"], 0) + 1
    forms: dict[str, int] = {}
    for document, _ in documents:
        for span in document["spans"]:
            if span["type"] == "PERSON":
                kind = person_form_kind(document["text"], span, form_of[document["id"]].pop(0))
                forms[kind] = forms.get(kind, 0) + 1
    people = {person for _, cast in documents for person in cast.values()}
    entities = sum(len(cast) for _, cast in documents)
    lines = [f"documents: {len(documents)}", f"excerpts: {len(load_excerpts(source_dir))}"]
    lines += [f"{type_}: {count}" for type_, count in sorted(per_type.items())]
    lines += [f"spans: {sum(per_type.values())}"]
    lines += [f"decoys ({kind}): {count}" for kind, count in sorted(kinds.items())]
    lines += [f"PERSON as {kind}: {count}" for kind, count in sorted(forms.items())]
    lines += [f"person entities (document, person): {entities}", f"distinct people: {len(people)}"]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if "--stats" in argv:
        print(stats())
        return 0
    corpus = build_corpus()
    if "--check" in argv:
        same = CORPUS_PATH.read_text(encoding="utf-8") == corpus
        print("corpus.jsonl reproduced" if same else "corpus.jsonl DIFFERS")
        return 0 if same else 1
    CORPUS_PATH.write_text(corpus, encoding="utf-8")
    update_source_md(corpus)
    print(f"wrote {CORPUS_PATH} ({corpus.count(chr(10))} documents) and SOURCE.md")
    return 0


def update_source_md(corpus: str) -> None:
    """Put the figures and the corpus digest into SOURCE.md, so they never drift apart."""
    path = SOURCE_DIR.parent / "SOURCE.md"
    digest = hashlib.sha256(corpus.encode("utf-8")).hexdigest()
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"(--stats` -->\n```\n).*?(\n```)", lambda m: m[1] + stats() + m[2], text,
                  flags=re.DOTALL)  # fmt: skip
    text = re.sub(r"(SHA-256 of corpus\.jsonl: `)[0-9a-f]{64}", lambda m: m[1] + digest, text)
    path.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
