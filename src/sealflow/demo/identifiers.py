"""Generators of fictitious identifiers in the shapes people really write them.

Each generator takes a ``random.Random`` (so a study is reproducible by seed) and returns
one value as it would appear in text: spaced or not, with or without country code, in
several date styles. Values are valid where validity is checkable (NI prefixes, NHS mod-11
check digit) so a scrubber cannot cheat by rejecting them, and unusable where it matters:
phone numbers come only from Ofcom's drama ranges and e-mail domains are example.*.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata

_NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
_NI_BANNED_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
_POSTCODE_UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
_DRAMA_CITY_CODES = ("113", "114", "115", "116", "117", "118", "121", "131", "141", "151", "161")
_EMAIL_DOMAINS = (
    "example.com",
    "example.org",
    "example.net",
    "mod.example.net",
    "mail.example.com",
)
_ASCII_FOLD = str.maketrans({"Ł": "L", "ł": "l", "ø": "o", "Ø": "O", "ß": "ss"})


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def ni_number(rng: random.Random) -> str:
    """A National Insurance number with a valid prefix, e.g. ``JG 10 37 29 B`` or ``JG103729B``."""
    while True:
        prefix = rng.choice(_NI_FIRST) + rng.choice(_NI_SECOND)
        if prefix not in _NI_BANNED_PREFIXES:
            break
    digits = _digits(rng, 6)
    suffix = rng.choice("ABCD")
    if rng.random() < 0.5:
        return f"{prefix}{digits}{suffix}"
    return f"{prefix} {digits[:2]} {digits[2:4]} {digits[4:]} {suffix}"


def nhs_check_digit(first_nine: str) -> int | None:
    """The NHS number check digit (weights 10..2, mod 11); None when the number is invalid."""
    total = sum(int(d) * w for d, w in zip(first_nine, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def nhs_number(rng: random.Random) -> str:
    """A 10-digit NHS number with a valid check digit, spaced 3-3-4 or not."""
    while True:
        first_nine = rng.choice("456789") + _digits(rng, 8)
        check = nhs_check_digit(first_nine)
        if check is not None:
            break
    number = f"{first_nine}{check}"
    style = rng.random()
    if style < 0.5:
        return f"{number[:3]} {number[3:6]} {number[6:]}"
    if style < 0.6:
        return f"{number[:3]}-{number[3:6]}-{number[6:]}"
    return number


def service_number(rng: random.Random, branch: str) -> str:
    """A British Armed Forces service number in the branch's shape.

    Army and RAF: 8 digits (25012345, 30123456) or a letter and 7 digits (C1234567);
    Royal Navy and Royal Marines: letter, 6 digits, letter (D123456X).
    """
    if branch in ("Royal Navy", "Royal Marines"):
        return rng.choice("CDFMPW") + _digits(rng, 6) + rng.choice("ABCDEFHKLMNPRSTUWXY")
    if rng.random() < 0.25:
        return rng.choice("CDGKMPQ") + _digits(rng, 7)
    return rng.choice(("24", "25", "30", "31")) + _digits(rng, 6)


def phone_number(rng: random.Random) -> str:
    """A UK number from Ofcom's drama ranges, in one of the many ways people write them."""
    kind = rng.random()
    if kind < 0.45:
        local = "900" + _digits(rng, 3)
        return rng.choice(
            (
                f"07700 {local}",
                f"07700{local}",
                f"07700 {local[:3]} {local[3:]}",
                f"+44 7700 {local}",
                f"+447700{local}",
                f"+44 (0)7700 {local}",
                f"0044 7700 {local}",
            )
        )
    if kind < 0.65:
        line = "0" + _digits(rng, 3)
        return rng.choice(
            (f"(020) 7946 {line}", f"020 7946 {line}", f"0207946{line}", f"+44 20 7946 {line}")
        )
    if kind < 0.85:
        line = "960" + _digits(rng, 3)
        number = rng.choice((f"01632 {line}", f"(01632) {line}", f"01632{line}"))
        return number + (f" ext {_digits(rng, 4)}" if rng.random() < 0.15 else "")
    city = rng.choice(_DRAMA_CITY_CODES)
    line = "0" + _digits(rng, 3)
    return rng.choice((f"0{city} 496 {line}", f"+44 {city} 496 {line}", f"0{city}496{line}"))


def _ascii_word(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name.translate(_ASCII_FOLD))
    return "".join(c for c in folded.encode("ascii", "ignore").decode() if c.isalnum()).lower()


def email_address(rng: random.Random, first: str, last: str) -> str:
    """An e-mail address built from a person's names at a reserved example.* domain."""
    first_part, last_part = _ascii_word(first), _ascii_word(last)
    local = rng.choice(
        (
            f"{first_part}.{last_part}",
            f"{first_part[0]}.{last_part}",
            f"{first_part}{last_part}{rng.randint(1, 99)}",
            f"{last_part}.{first_part}{rng.randint(100, 999)}",
            f"{first_part}_{last_part}",
        )
    )
    return f"{local}@{rng.choice(_EMAIL_DOMAINS)}"


def postcode(rng: random.Random, outward: str) -> str:
    """A UK postcode in the given outward area, usually spaced, sometimes not."""
    inward = rng.choice("0123456789") + "".join(rng.choices(_POSTCODE_UNIT_LETTERS, k=2))
    return f"{outward} {inward}" if rng.random() < 0.85 else f"{outward}{inward}"


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def date_of_birth(rng: random.Random) -> str:
    """A date of birth between 1962 and 2007 in a common British style."""
    born = dt.date(1962, 1, 1) + dt.timedelta(days=rng.randrange(16_400))
    month = born.strftime("%B")
    return rng.choice(
        (
            f"{born.day:02d}/{born.month:02d}/{born.year}",
            f"{born.day:02d}.{born.month:02d}.{born.year % 100:02d}",
            f"{born.day} {month} {born.year}",
            f"{_ordinal(born.day)} {month} {born.year}",
            f"{_ordinal(born.day)} of {month} {born.year % 100:02d}",
            f"{month} {born.day}, {born.year}",
            born.isoformat(),
        )
    )


def street_address(rng: random.Random, street: str, town: str) -> str:
    """A house or flat address, e.g. ``14 Larch Close, Tidworth`` or ``Flat 3, 22 ..., ...``."""
    house = rng.randint(1, 120)
    if rng.random() < 0.2:
        return f"Flat {rng.randint(1, 12)}, {house} {street}, {town}"
    return f"{house} {street}, {town}"


def single_living_address(rng: random.Random, lines: str) -> str:
    """A single-living accommodation address, e.g. ``Block 5, Room 335, Somme Lines``."""
    block = str(rng.randint(1, 24)) if rng.random() < 0.7 else rng.choice("ABCDEFGH")
    room = rng.randint(1, 4) * 100 + rng.randint(1, 40)
    return rng.choice(
        (
            f"Block {block}, Room {room}, {lines}",
            f"Room {room}, Block {block}, {lines}",
            f"SLA Block {block} room {room} {lines}",
        )
    )
