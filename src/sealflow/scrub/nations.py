"""Address forms by nation ("Jock", "Taff", "Paddy") and the names that mark a person of
that nation: a lone "Jock" in a document that names one Scot is that Scot.

Why a module of its own: the table is read by the settings (from the service nicknames
file) and used by the person index (people.py); neither should import the other.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# A surname start ("mac") marks a nation only before at least this many more letters.
MIN_LETTERS_AFTER_START = 3


@dataclass(frozen=True)
class NationNames:
    """The surnames and given names (lower case, letters only, accents folded) and the
    surname beginnings ("mac", "mc") that mark a person of one nation."""

    names: frozenset[str]
    surname_starts: tuple[str, ...] = ()

    def marks(self, firsts: Iterable[str], surnames: Iterable[str]) -> bool:
        """Whether any of a person's names marks them as of this nation."""
        if any(name in self.names for name in (*firsts, *surnames)):
            return True
        return any(
            surname.startswith(start) and len(surname) >= len(start) + MIN_LETTERS_AFTER_START
            for surname in surnames
            for start in self.surname_starts
        )
