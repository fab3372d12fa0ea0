"""A seeded, labelled corpus of survey answers and interview turns with planted identifiers.

Every planted identifier is recorded with its type and character span; ordinary phrases
that must survive (weekdays, months, "12 days", "the Army", product names) are recorded as
decoys. Registers: formal, casual, misspelt, lower case, and speech with fillers. Names mix
common names and invented ones (syllable-built, in no list sealflow ships), so the name
recognizers are tested on names they cannot have seen.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

FIRST_NAMES = (
    "Bethany",
    "Callum",
    "Deborah",
    "Eamon",
    "Farida",
    "Gwen",
    "Hamza",
    "Isobel",
    "Joel",
    "Keisha",
    "Lewis",
    "Morag",
    "Nadia",
    "Owain",
    "Parveen",
    "Quentin",
    "Rhiannon",
    "Stefan",
    "Tanisha",
    "Umar",
    "Vikram",
    "Wendy",
    "Yusuf",
    "Zofia",
    "Adebayo",
    "Bronagh",
    "Chidera",
    "Dilip",
    "Esther",
    "Fergal",
    "Gulnar",
    "Hemi",
    "Inge",
    "Jolene",
    "Kwabena",
    "Lakshmi",
    "Maciej",
    "Nkechi",
    "Orla",
    "Pradeep",
    "Roisin",
    "Sunil",
    "Tomasz",
    "Ulrika",
    "Veronika",
    "Wiremu",
)
SURNAMES = (
    "Ashworth",
    "Bhatt",
    "Cartwright",
    "Dlamini",
    "Esposito",
    "Fairclough",
    "Ghosh",
    "Halloran",
    "Ibekwe",
    "Jablonski",
    "Kerrigan",
    "Lindqvist",
    "Mwangi",
    "Nwachukwu",
    "Oyelaran",
    "Pemberton",
    "Quayle",
    "Rasheed",
    "Sandhu",
    "Threlfall",
    "Urquhart",
    "Vasquez",
    "Whitlock",
    "Yardley",
    "Zielinski",
    "Abernethy",
    "Boateng",
    "Coutts",
    "Drummond",
    "Entwistle",
    "Ferreira",
    "Gurung",
    "Hollis",
    "Iqbal",
    "Jardine",
    "Kowalczyk",
    "Lamptey",
    "McCrindle",
    "Naidoo",
    "O'Hare",
)
_SYLLABLES = (
    "ka",
    "ren",
    "tho",
    "mi",
    "vel",
    "os",
    "tan",
    "ri",
    "bu",
    "zan",
    "lo",
    "qui",
    "fen",
    "ar",
    "dru",
    "yel",
)
RANKS = (
    "Sgt",
    "Cpl",
    "LCpl",
    "Pte",
    "Capt",
    "Maj",
    "Lt",
    "Lt Col",
    "WO2",
    "SSgt",
    "Flt Lt",
    "Sqn Ldr",
    "Wg Cdr",
    "SAC",
    "Cpl",
    "PO",
    "CPO",
    "Lt Cdr",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Padre",
    "Sergeant",
    "Corporal",
    "Captain",
    "Major",
    "Flight Sergeant",
    "Warrant Officer",
)
BASES = (
    "RAF Coningsby",
    "RAF Brize Norton",
    "Catterick Garrison",
    "Tidworth Camp",
    "Bulford Camp",
    "HMNB Portsmouth",
    "RNAS Culdrose",
    "Wattisham Flying Station",
    "Imphal Barracks",
    "Swinton Barracks",
    "Normandy Lines",
    "RAF Akrotiri",
    "Larkhill Garrison",
    "Lympstone",
    "Dalton Barracks",
    "MOD Lyneham",
)
UNITS = (
    "4 Rifles",
    "2nd Battalion",
    "16 Signal Regiment",
    "33 Field Hospital",
    "3 Commando Brigade",
    "IX Squadron",
    "617 Squadron",
    "HMS Northumberland",
    "HMS Prince of Wales",
    "1 Royal Anglian",
    "27 Regiment RLC",
    "B Company",
    "21 Engineer Regiment",
    "Royal Regiment of Fusiliers",
)
STREETS = (
    "Orchard Way",
    "Millbrook Road",
    "Station Street",
    "Beech Grove",
    "Chapel Lane",
    "Harrow Close",
    "Kingfisher Drive",
)
TOWNS = ("Swindon", "Andover", "Richmond", "Salisbury", "Lincoln", "Grantham", "Plymouth")
LINES = ("Somme Lines", "Alma Lines", "Gaza Lines", "Kohima Lines", "Arnhem Block")
DOMAINS = ("example.com", "example.org", "mail.example.co.uk", "example.net")
DECOYS = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "March",
    "April",
    "June",
    "August",
    "October",
    "December",
    "12 days",
    "3 years",
    "two weeks",
    "six months",
    "the Army",
    "the Royal Navy",
    "the RAF",
    "MOD",
    "the NHS",
    "HR",
    "Microsoft Teams",
    "Zoom",
    "WhatsApp",
    "Excel",
    "the chain of command",
    "the welfare office",
    "PT",
    "the gym",
)
DIRECT_TYPES = (
    "PERSON",
    "EMAIL",
    "PHONE",
    "NI_NUMBER",
    "NHS_NUMBER",
    "SERVICE_NUMBER",
    "POSTCODE",
    "ADDRESS",
    "DATE_OF_BIRTH",
)

# Templates: {TYPE} slots are identifiers, {DECOY} ordinary phrases that must survive.
TEMPLATES = (
    "I would like to thank {PERSON} for the support offered during the programme.",
    "The sessions on {DECOY} clashed with duty, so {PERSON} arranged cover for me.",
    "Please contact me on {PHONE} or at {EMAIL} if you need more detail.",
    "My National Insurance number is {NI_NUMBER} in case the records need matching.",
    "For the record my NHS number is {NHS_NUMBER} and my GP is {PERSON}.",
    "My service number is {SERVICE_NUMBER}, posted to {BASE} with {UNIT} at the time.",
    "We live at {ADDRESS}, {POSTCODE}, which is a long drive from camp.",
    "I was born on {DATE_OF_BIRTH} so I am one of the older ones in {UNIT}.",
    "After {DECOY} the course moved online through {DECOY}, which suited {PERSON} better.",
    "Honestly {PERSON} and I found it helpful, the {DECOY} timing was the only problem.",
    "I stay in {ADDRESS} during the week and go home at weekends.",
    "The welfare officer, {PERSON}, rang me on {PHONE} twice in {DECOY}.",
    "Moving from {BASE} to {BASE} in {DECOY} meant I missed the middle sessions.",
    "Ask {PERSON} in the orderly room, she has the list, my number is {SERVICE_NUMBER}.",
    "It took {DECOY} for {DECOY} to approve the leave, {PERSON} chased it for me.",
    "Email me at {EMAIL} rather than phoning, I am often on exercise with {UNIT}.",
    "DOB {DATE_OF_BIRTH}, NI {NI_NUMBER}, postcode {POSTCODE}.",
    "The course lead {PERSON} was brilliant and {PERSON} from the medical centre helped too.",
    "I think {DECOY} and {DECOY} should run it more often, nothing else to add.",
    "Speaking to {PERSON} made the difference, I would not have signed up otherwise.",
)
FILLERS = ("um", "er", "like", "you know", "I mean", "sort of", "basically")


@dataclass
class LabelledText:
    text: str
    spans: list[tuple[str, int, int]] = field(default_factory=list)
    decoys: list[tuple[int, int]] = field(default_factory=list)
    register: str = "formal"


def invented_name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def person(rng: random.Random) -> str:
    first = rng.choice(FIRST_NAMES) if rng.random() < 0.7 else invented_name(rng)
    last = rng.choice(SURNAMES) if rng.random() < 0.7 else invented_name(rng)
    shape = rng.random()
    if shape < 0.35:
        return f"{rng.choice(RANKS)} {last}"
    if shape < 0.65:
        return f"{first} {last}"
    if shape < 0.85:
        return first
    return f"{rng.choice(RANKS)} {first} {last}"


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def nhs_number(rng: random.Random) -> str:
    while True:
        digits = [rng.randint(0, 9) for _ in range(9)]
        check = 11 - sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            number = "".join(map(str, digits)) + str(check)
            return f"{number[:3]} {number[3:6]} {number[6:]}" if rng.random() < 0.6 else number


def value_for(kind: str, rng: random.Random) -> str:
    if kind == "PERSON":
        return person(rng)
    if kind == "EMAIL":
        name = f"{rng.choice(FIRST_NAMES)}.{rng.choice(SURNAMES)}".lower().replace("'", "")
        return f"{name}{rng.randint(1, 99)}@{rng.choice(DOMAINS)}"
    if kind == "PHONE":
        return rng.choice(
            (
                f"07700 900{_digits(rng, 3)}",
                f"+44 7700 900{_digits(rng, 3)}",
                f"0117 496 0{_digits(rng, 3)}",
                f"(0161) 496 0{_digits(rng, 3)}",
                f"020 7946 0{_digits(rng, 3)}",
                f"+44 (0)1632 960{_digits(rng, 3)}",
            )
        )
    if kind == "NI_NUMBER":
        letters = (
            rng.choice(("JK", "AB", "TW", "PR", "HS", "CE")) + _digits(rng, 6) + rng.choice("ABCD")
        )
        return (
            f"{letters[:2]} {letters[2:4]} {letters[4:6]} {letters[6:8]} {letters[8]}"
            if rng.random() < 0.5
            else letters
        )
    if kind == "NHS_NUMBER":
        return nhs_number(rng)
    if kind == "SERVICE_NUMBER":
        return rng.choice(
            (
                f"2{_digits(rng, 7)}",
                f"30{_digits(rng, 6)}",
                f"{rng.choice('CDP')}{_digits(rng, 6)}{rng.choice('ABCDEFGHJK')}",
            )
        )
    if kind == "POSTCODE":
        return (
            rng.choice(("SN1", "SP10", "DL9", "PL1", "M14", "EH12", "BS8", "GU11"))
            + f" {rng.randint(1, 9)}"
            + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        )
    if kind == "ADDRESS":
        if rng.random() < 0.35:
            return f"Block {rng.randint(1, 12)}, Room {rng.randint(1, 340)}, {rng.choice(LINES)}"
        flat = f"Flat {rng.randint(1, 9)}, " if rng.random() < 0.2 else ""
        return f"{flat}{rng.randint(1, 180)} {rng.choice(STREETS)}, {rng.choice(TOWNS)}"
    if kind == "DATE_OF_BIRTH":
        day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1962, 2002)
        months = (
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
        )
        return rng.choice(
            (
                f"{day:02d}/{month:02d}/{year}",
                f"{day} {months[month - 1]} {year}",
                f"{day}.{month}.{str(year)[2:]}",
            )
        )
    if kind == "BASE":
        return rng.choice(BASES)
    if kind == "UNIT":
        return rng.choice(UNITS)
    raise ValueError(kind)


def _misspell(word: str, rng: random.Random) -> str:
    if len(word) < 5 or not word.isalpha():
        return word
    i = rng.randint(1, len(word) - 3)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def render(template: str, rng: random.Random, register: str) -> LabelledText:
    """Fill a template; apply the register to ordinary words only, then to case if lower."""
    out = LabelledText("", register=register)
    cursor = 0
    parts: list[str] = []
    position = 0
    for match in re.finditer(r"\{([A-Z_]+)\}", template):
        plain = template[cursor : match.start()]
        if register == "misspelt":
            plain = re.sub(
                r"[A-Za-z]+",
                lambda m: _misspell(m.group(0), rng) if rng.random() < 0.25 else m.group(0),
                plain,
            )
        if register == "casual":
            plain = plain.replace("I would", "I'd").replace("I am", "I'm")
        if register == "speech" and rng.random() < 0.5:
            plain = plain.replace(", ", f", {rng.choice(FILLERS)}, ", 1)
        parts.append(plain)
        position += len(plain)
        kind = match.group(1)
        value = rng.choice(DECOYS) if kind == "DECOY" else value_for(kind, rng)
        if register == "lower":
            value = value.lower()
        parts.append(value)
        if kind == "DECOY":
            out.decoys.append((position, position + len(value)))
        else:
            out.spans.append((kind, position, position + len(value)))
        position += len(value)
        cursor = match.end()
    parts.append(template[cursor:])
    text = "".join(parts)
    if register == "lower":
        text = text.lower()
    if register == "casual":
        text = text + " tbh"
    out.text = text
    return out


REGISTERS = ("formal", "casual", "misspelt", "lower", "speech")


def generate(seed: int, documents: int, sentences: tuple[int, int] = (2, 5)) -> list[LabelledText]:
    """``documents`` labelled texts, each a few sentences in one register."""
    rng = random.Random(seed)  # noqa: S311 - a reproducible test corpus, not a secret
    corpus = []
    for index in range(documents):
        register = REGISTERS[index % len(REGISTERS)]
        pieces = [
            render(rng.choice(TEMPLATES), rng, register) for _ in range(rng.randint(*sentences))
        ]
        doc = LabelledText("", register=register)
        offset = 0
        for piece in pieces:
            doc.spans += [(k, s + offset, e + offset) for k, s, e in piece.spans]
            doc.decoys += [(s + offset, e + offset) for s, e in piece.decoys]
            doc.text += piece.text + " "
            offset = len(doc.text)
        doc.text = doc.text.rstrip()
        corpus.append(doc)
    return corpus
