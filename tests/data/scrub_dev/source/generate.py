"""Generate the scrub development corpus (tests/data/scrub_dev/corpus.jsonl): seeded, stdlib only.

Written for tuning the scrubber on the forms the held-out corpora showed weak (issue #9):
exact ages, street addresses, service numbers, names spelled letter by letter, initial +
surname, `SURNAME, First`, chat display names and names written in lower case. Its own
styles and phrasing (forum threads, voicemail transcripts, witness statements, shift
handovers, a lower-case diary, text-message threads), none of them taken from the held-out
corpora. Run: python tests/data/scrub_dev/source/generate.py (rewrites corpus.jsonl).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

SEED = 20261205
DOCUMENTS = 360
OUT = Path(__file__).resolve().parents[1] / "corpus.jsonl"

FIRST = (
    "Aled", "Bartosz", "Ceri", "Dervla", "Emeka", "Fionnuala", "Gurpreet", "Halima", "Iwan",
    "Jadwiga", "Kieran", "Lowri", "Mairead", "Nnamdi", "Olumide", "Pawel", "Rajesh", "Saoirse",
    "Tegan", "Uchenna", "Wiktor", "Ximena", "Yasmin", "Zainab", "Bryony", "Cormac", "Dafydd",
    "Ellis", "Folake", "Grainne", "Hywel", "Ifeoma", "Jarek", "Kirsty", "Leighton", "Mehmet",
    "Niamh", "Oksana", "Prakash", "Rhodri", "Sinead", "Tadhg", "Vusi", "Wynne", "Yolanda",
)  # fmt: skip
# Invented-sounding names no word list would hold.
INVENTED_FIRST = ("Tavren", "Quilla", "Orsolya", "Brannoc", "Ysolde", "Kemali", "Druvan")
SURNAMES = (
    "Abernethy", "Bankole", "Cadwaladr", "Dziedzic", "Eze", "Fairbairn", "Gallacher",
    "Hennessy", "Iqbal", "Jablonski", "Kavanagh", "Llewellyn", "Mbatha", "Nwachukwu",
    "Ogunleye", "Pritchard", "Quigley", "Rutkowski", "Sandhu", "Thackeray", "Urquhart",
    "Vaughan", "Wojcik", "Yeboah", "Zielinski", "Blackwood", "Crossley", "Dunleavy",
    "Ekwueme", "Fothergill", "Gilchrist", "Haworth", "Ingleby", "Kaczmarek", "Lindqvist",
    "McAlinden", "O'Driscoll", "Penhaligon", "Radcliffe", "Szymanski", "Trelawney",
)  # fmt: skip
INVENTED_SUR = ("Varrowby", "Kelthorne", "Ambrusko", "Deverick", "Solvang", "Trevanion")
DIMINUTIVES = {
    "Bartosz": "Bartek", "Jadwiga": "Jadzia", "Olumide": "Mide", "Rajesh": "Raj",
    "Kieran": "Kez", "Gurpreet": "Preet", "Pawel": "Pav", "Emeka": "Meks", "Wiktor": "Wik",
    "Folake": "Fola", "Prakash": "Prak", "Kirsty": "Kirst", "Dafydd": "Dai",
}  # fmt: skip
RANKS = ("Cpl", "LCpl", "Sgt", "SSgt", "WO2", "Capt", "Lt", "Maj", "PO", "CPO", "Flt Lt", "SAC")
STREET_NAMES = (
    "Rowan", "Hawthorn", "Bramble", "Kestrel", "Heron", "Larkspur", "Meadowsweet", "Foxglove",
    "Quarry", "Tannery", "Ropewalk", "Chapel", "Station", "Orchard", "Millbrook", "Gorse",
)  # fmt: skip
STREET_KINDS = (
    "Road", "Street", "Close", "Avenue", "Lane", "Way", "Drive", "Crescent",
    "Terrace", "Gardens", "Place", "Court", "Walk", "Grove", "Rise", "View",
)  # fmt: skip
HOUSE_NAMES = ("Ty Gwyn", "Bryn Awel", "The Old Forge", "Rose Cottage", "Hillcrest", "Fernlea")
TOWNS = ("Aldershot", "Tidworth", "Colchester", "Plymouth", "Wrexham", "Paisley", "Carlisle")
NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen")  # fmt: skip
NATO = {
    "A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
    "G": "golf", "H": "hotel", "K": "kilo", "M": "mike", "P": "papa", "R": "romeo", "S": "sierra",
}  # fmt: skip
# Ordinary words that are also names, and product names: they must survive.
DECOYS = {
    "word": ("will", "mark", "bill", "frank", "grace", "hope", "rose", "sunny", "joy", "faith"),
    "product": ("Togetherall", "Headspace", "WhatsApp", "Teams", "Calm"),
    "number": ("12 days", "3 weeks", "two tours", "24 hours", "six months", "Form 10"),
}


def words_for(number: int) -> str:
    if number < 10:
        return NUMBER_WORDS[number]
    if number < 20:
        return TEENS[number - 10]
    tens, unit = divmod(number, 10)
    return TENS[tens] + (("-" if random_hyphen() else " ") + NUMBER_WORDS[unit] if unit else "")


_HYPHEN = random.Random(SEED + 1)


def random_hyphen() -> bool:
    return _HYPHEN.random() < 0.6


class Person:
    def __init__(self, rng: random.Random) -> None:
        self.first = rng.choice(FIRST if rng.random() < 0.8 else INVENTED_FIRST)
        self.sur = rng.choice(SURNAMES if rng.random() < 0.8 else INVENTED_SUR)
        self.rank = rng.choice(RANKS)
        self.rng = rng
        self.handle = ""

    def form(self, name: str) -> str:
        rng = self.rng
        first, sur = self.first, self.sur
        if name == "full":
            return f"{first} {sur}"
        if name == "first":
            return first
        if name == "sur":
            return sur
        if name == "dim":
            return DIMINUTIVES.get(first, first)
        if name == "rank_sur":
            return f"{self.rank} {sur}"
        if name == "initial_sur":
            return rng.choice((f"{first[0]}. {sur}", f"{first[0]} {sur}", f"{first[0]}.{sur}"))
        if name == "comma":
            return rng.choice((f"{sur.upper()}, {first}", f"{sur}, {first}",
                               f"{sur.upper()}, {first[0]}."))  # fmt: skip
        if name == "spelled":
            letters = [c.upper() for c in sur if c.isalpha()]
            return rng.choice(("-".join(letters), " ".join(letters), ", ".join(letters),
                               ". ".join(letters) + "."))  # fmt: skip
        if name == "display" and self.handle:
            return self.handle
        if name == "display":
            digits = str(rng.randint(70, 99)) if rng.random() < 0.5 else ""
            handle = rng.choice((f"{first.lower()}_{sur.lower()[:1]}{digits}",
                               f"{first.lower()}.{sur.lower()}", f"{first}{sur[0]}{digits}",
                               f"{sur.lower()}{digits}",
                               f"{first.lower()}{sur.lower()}"))  # fmt: skip
            self.handle = self.handle or handle
            return self.handle
        if name == "lower":
            return rng.choice((first.lower(), f"{first.lower()} {sur.lower()}", sur.lower()))
        raise KeyError(name)


def age_value(rng: random.Random) -> tuple[str, str]:
    age = rng.randint(18, 79)
    if rng.random() < 0.5:
        return str(age), "digits"
    return words_for(age), "words"


def address(rng: random.Random) -> str:
    street = f"{rng.choice(STREET_NAMES)} {rng.choice(STREET_KINDS)}"
    number = str(rng.randint(1, 180)) + (rng.choice("ab") if rng.random() < 0.15 else "")
    choice = rng.random()
    if choice < 0.25:
        return f"Flat {rng.randint(1, 24)}, {number} {street}"
    if choice < 0.4:
        return f"{rng.choice(HOUSE_NAMES)}, {street}"
    if choice < 0.5:
        return f"{number} {street.lower()}"
    return f"{number} {street}"


def service_number(rng: random.Random) -> tuple[str, str]:
    choice = rng.random()
    if choice < 0.3:
        digits = rng.choice(("25", "24", "30")) + "".join(rng.choices("0123456789", k=6))
        if rng.random() < 0.4:
            return f"{digits[:4]} {digits[4:]}", "army_grouped"
        return digits, "army"
    if choice < 0.5:
        letter = rng.choice("CDPW")
        return letter + "".join(rng.choices("0123456789", k=6)) + rng.choice("ABCDEFGHKMPRS"), "rn"
    if choice < 0.65:
        return rng.choice(("8", "G", "H")) + "".join(rng.choices("0123456789", k=7)), "raf"
    if choice < 0.8:
        digits = "".join(rng.choices("0123456789", k=8))
        return " ".join(NATO.get(c, NUMBER_WORDS[int(c)]) for c in digits), "spoken"
    letter = rng.choice(list(NATO))
    digits = "".join(rng.choices("0123456789", k=7))
    return NATO[letter] + " " + " ".join(NUMBER_WORDS[int(c)] for c in digits), "spoken_nato"


def phone(rng: random.Random) -> str:
    body = "7" + "".join(rng.choices("0123456789", k=9))
    return rng.choice((f"0{body[:4]} {body[4:]}", f"0{body}", f"+44 {body[:4]} {body[4:]}"))


def postcode(rng: random.Random) -> str:
    return (rng.choice(("GU11", "SP9", "CO2", "PL1", "LL13", "PA1", "CA1"))
            + f" {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
            + rng.choice("ABDEFGHJLNPQRSTUWXYZ"))  # fmt: skip


# Templates: {pN.form} a person, {age} an exact age ({age_digits} in digits), {address},
# {svc}, {phone}, {postcode}, {town}; {~kind} a decoy that must survive.
STYLES: dict[str, tuple[str, ...]] = {
    "forum": (
        "Posted by {p1.display}\nAnyone else been through the resettlement course at {~number}? "
        "My oppo {p2.initial_sur} said it was worth it. I'm {age} and starting again scares me.",
        "Re: housing after discharge\nReply from {p1.display}: we ended up at {address}, "
        "{postcode}. Landlord was sound. Ask for {p2.first} in the council office, she will "
        "sort you.",
        "{p1.display} wrote:\n> used {~product} for a bit\nsame here. my missus {p2.lower} "
        "found it first. she's {age} next month and still on at me to go back.",
        "Quote from {p1.display}: honestly {p2.rank_sur} was the only one who listened.\n"
        "Reply from {p3.display}: {p2.sur}? Tall lad, {age}-ish? no wait he was {age} exactly.",
    ),
    "voicemail": (
        "Message one. Hiya, it's {p1.first}, {p1.first} {p1.sur}, that's {p1.spelled}. "
        "Ring me back on {phone} when you can. Cheers.",
        "Message received. Hello, this is {p1.rank_sur} calling for {p2.full}. My service "
        "number is {svc} if you need it. I'm on {phone}.",
        "Hi, it's {p1.dim}. Just confirming the address, it's {address}, {town}, {postcode}. "
        "My dad's {age} so if he answers speak up.",
        "Voicemail, seven seconds. Yeah it's {p1.lower} here, surname {p1.spelled}, about the "
        "form, number's {svc}.",
    ),
    "statement": (
        "WITNESS STATEMENT\nName: {p1.comma}\nAge: {age}\nAddress: {address}, {town}\n"
        "I, {p1.full}, was serving with {p2.initial_sur} when the incident happened.",
        "Statement of {p1.comma} (service no. {svc}).\nI am {age} years of age. On the night in "
        "question {p2.rank_sur} told me to wait by the gate. I did so {~number} later.",
        "Respondent: {p1.comma}. Date of interview: {~number} after the event.\n"
        "The respondent, aged {age}, states that {p2.initial_sur} and {p3.initial_sur} were "
        "present. The respondent spelled the second surname as {p3.spelled}.",
    ),
    "handover": (
        "Bed 3 - {p1.initial_sur} ({age}), settled overnight. Next of kin {p2.full}, {phone}.",
        "Handover 07:00\n- {p1.comma}, {age}, service no {svc}, for review\n- {p2.comma}, "
        "{age}, discharge to {address}",
        "Patient {p1.initial_sur}, {age} y/o, lives at {address}. Daughter {p2.first} ({age}) "
        "is main carer.",
        "Referral: {p1.sur.upper} {p1.first}, {age_digits}yo, svc no {svc}. "
        "Seen by {p2.initial_sur}.",
    ),
    "diary": (
        "tuesday. rang {p1.lower} again, no answer. {p2.lower} says i worry too much. "
        "i'm {age} not {~number} old.",
        "went round {p1.lower}'s at {address}. {p1.dim} made tea. he turned {age} in march "
        "and nobody remembered.",
        "note to self: {p1.lower} said the number is {svc}, write it down properly this time. "
        "{~word} see {p2.lower} on friday.",
        "bad day. spoke to {p1.lower} from the unit, she's {age} and out already. "
        "{~word} try the {~product} thing.",
    ),
    "sms": (
        "{p1.display}: u about?\nme: yeah\n{p1.display}: {p2.lower} wants ur address\n"
        "me: {address}\n{p1.display}: ta x",
        "{p1.display}: its {p2.initial_sur} from the course\n{p1.display}: she said ring "
        "{phone}\nme: ok will do",
        "Me: whats his surname again\n{p1.display}: {p2.spelled}\nMe: and hes {age}?\n"
        "{p1.display}: yep",
        "{p1.display}: {p2.comma} is on the list, {p3.comma} isnt\nme: typical\n"
        "{p1.display}: {~word} tell you more later",
    ),
}
_SLOT = re.compile(r"\{([^{}]+)\}")


def render(template: str, rng: random.Random, number: int, style: str) -> dict[str, object]:
    people: dict[str, Person] = {}
    text: list[str] = []
    spans: list[dict[str, object]] = []
    decoys: list[dict[str, int]] = []
    position = 0
    last = 0
    for match in _SLOT.finditer(template):
        literal = template[last : match.start()]
        text.append(literal)
        position += len(literal)
        last = match.end()
        slot = match.group(1)
        span: dict[str, object] | None = None
        if slot.startswith("~"):
            value = rng.choice(DECOYS[slot[1:]])
            decoys.append({"start": position, "end": position + len(value)})
        elif re.match(r"p\d\.", slot):
            key, _, form = slot.partition(".")
            person = people.setdefault(key, Person(rng))
            value = person.sur.upper() if form == "sur.upper" else person.form(form)
            span = {"type": "PERSON", "entity": key, "form": form.split(".")[0]}
            if form == "rank_sur":  # the rank stays: only the surname is labelled
                rank = person.rank + " "
                text.append(rank)
                position += len(rank)
                value = person.sur
        elif slot in ("age", "age_digits"):
            value, form = age_value(rng)
            if slot == "age_digits" and form == "words":
                value, form = str(rng.randint(18, 79)), "digits"
            span = {"type": "AGE", "form": form}
        elif slot == "address":
            value = address(rng)
            span = {"type": "ADDRESS", "form": "street"}
        elif slot == "svc":
            value, form = service_number(rng)
            span = {"type": "SERVICE_NUMBER", "form": form}
        elif slot == "phone":
            value = phone(rng)
            span = {"type": "PHONE", "form": "digits"}
        elif slot == "postcode":
            value = postcode(rng)
            span = {"type": "POSTCODE", "form": "full"}
        elif slot == "town":
            value = rng.choice(TOWNS)
            span = {"type": "LOCATION", "form": "town"}
        else:
            raise KeyError(slot)
        if span is not None:
            spans.append({**span, "start": position, "end": position + len(value)})
        text.append(value)
        position += len(value)
    text.append(template[last:])
    return {
        "id": f"dev-{number:04d}",
        "style": style,
        "format": "txt",
        "text": "".join(text),
        "spans": spans,
        "decoys": decoys,
    }


def build() -> str:
    """The whole corpus.jsonl text (the same on every run)."""
    _HYPHEN.seed(SEED + 1)
    rng = random.Random(SEED)
    styles = sorted(STYLES)
    lines = []
    for number in range(1, DOCUMENTS + 1):
        style = styles[number % len(styles)]
        record = render(rng.choice(STYLES[style]), rng, number, style)
        lines.append(json.dumps(record, ensure_ascii=False, sort_keys=True))
    return "\n".join(lines) + "\n"


def main() -> None:
    OUT.write_text(build(), encoding="utf-8")


if __name__ == "__main__":
    main()
