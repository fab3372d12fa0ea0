"""What the person-index tests (test_people.py, test_person_links.py) share: the index as
the scrubber builds it, and the forms one person is written in, so both files test one rule
on one list of forms."""

from __future__ import annotations

from sealflow.scrub.people import PersonIndex
from sealflow.scrub.settings import default_settings

SETTINGS = default_settings()
WORDS = SETTINGS.wordlists()
DIMINUTIVES = SETTINGS.diminutives()
NICKNAMES = SETTINGS.service_nicknames()
NATIONS = SETTINGS.nation_names()


def index() -> PersonIndex:
    """The person index as the scrubber builds it (replace.PlaceholderBook)."""
    return PersonIndex(WORDS, DIMINUTIVES, NICKNAMES, NATIONS)


def written_forms(first: str, surname: str) -> list[str]:
    """Full name, first name, surname, rank + surname, initial + surname, `SURNAME, First`
    and the surname spelled letter by letter."""
    return [
        f"{first} {surname}",
        first,
        surname,
        f"Sgt {surname}",
        f"{first[0]}. {surname}",
        f"{surname.upper()}, {first}",
        "-".join(surname.upper()),
    ]
