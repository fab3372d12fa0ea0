"""Initials a document declares for a person: "Sgt Katarzyna Barker (KB)", "Thomas Morris
(TMo)", "Callum Lewis (CL2)"; and the people it names as its writers ("Case worker: Kate
Kelly", "Guard Commander: AB Kevin Dixon"), whose initials sign its entries.

Minutes, logs and registers list people once with their initials in brackets and then name
them by the initials alone. The bracket is the writer's own key, so it decides whose
initials they are, where the letters alone may fit another person of the document too
("Tina Murphy" beside "Tendai van der Merwe (TM)"), or no one ("TMo", "CL2": a surname's
second letter, a number telling two people apart)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

# what a writer puts in brackets as someone's initials: capitals, dotted capitals, two
# capitals and a surname's next letter or two ("TMo", "JBa"), numbered ("CL2"), lower case
# ("RO'N", "EMcK": an Irish or Scottish surname's prefix kept)
_DECLARED = re.compile(
    r"(?:[A-Z]\.){2,4}|[A-Z]{2,4}|[A-Z]{2}[a-z]{1,2}|[A-Z]{2,3}[1-9]|[a-z]{2,3}"
    r"|[A-Z]{1,2}(?:O['’]|Ma?c)[A-Z]{1,2}"
)
# what a degree or a plural of capitals looks like: never someone's initials ("BSc", "NCOs")
_NOT_DECLARED = re.compile(r"[A-Z]{2,3}s|[BM](?:Sc|Ed|Eng|Phil|Res|Mus)|Ph")


# between initials and the name they stand for in a team's key: "LCa = Litia Campbell"
_KEY_SIGN = re.compile(r"[ \t]*=[ \t]*")


def _declares(value: str) -> bool:
    """Whether ``value`` is written as initials a writer declares for someone."""
    return _DECLARED.fullmatch(value) is not None and _NOT_DECLARED.fullmatch(value) is None


def declared_initials(text: str, people: Sequence[tuple[int, int]]) -> dict[str, str]:
    """Initials (as written) -> the name they were declared for (as written), from the
    person spans in document order: initials in brackets right after a person's name, a
    name in brackets right after initials, or initials, "=" and a name (a team's key).
    The first declaration of a value stands; one declared for two names declares none."""
    declared: dict[str, str] = {}
    twice: set[str] = set()
    for (start, end), (inner_start, inner_end) in itertools.pairwise(people):
        between = text[end:inner_start]
        first, second = text[start:end], text[inner_start:inner_end]
        if re.fullmatch(r"[ \t]*\(", between) and text.startswith(")", inner_end):
            # "Kerry Bennett (KB)", or the key the other way round: "NF (Nathan)"
            value, name = (first, second) if _declares(first) else (second, first)
        elif _KEY_SIGN.fullmatch(between) and text[start - 1 : start] != ";":
            # "LCa = Litia Campbell"; not a calendar's "ORGANIZER;CN=Bill Birch"
            value, name = first, second
        else:
            continue
        if not _declares(value) or _declares(name):
            continue
        if declared.get(value, name) != name:
            twice.add(value)
        declared.setdefault(value, name)
    return {value: name for value, name in declared.items() if value not in twice}


# initials numbered to tell two people apart ("CL1", "CL2"): a person each, whom only a
# declaration ties to a name
NUMBERED = re.compile(r"[A-Z]{2,3}[1-9]")


def initials_letters(value: str) -> str:
    """The letters of written initials, lower case, without full stops or a number."""
    return "".join(c for c in value if c.isalpha()).lower()


# a field naming who wrote, kept or signed the document, at a line's start
_AUTHOR_FIELD = re.compile(
    r"(?im)^[ \t]*(?:case[ \t]+worker|caseworker|author|written[ \t]+by|completed[ \t]+by|"
    r"compiled[ \t]+by|recorded[ \t]+by|prepared[ \t]+by|from|signed|minutes|minute[ \t]+"
    r"taker|note[ \t]+taker|duty[ \t]+officer|guard[ \t]+commander|guard[ \t]+comd|"
    r"officer[ \t]+of[ \t]+the[ \t]+day|keeper|log[ \t]+keeper)[ \t]*:[ \t]*\Z"
)


def named_writers(text: str, people: Sequence[tuple[int, int]]) -> set[str]:
    """The names (as written) a field names as the document's writer or keeper: initials
    that fit them and someone else sign the entries, so they are the writer's."""
    writers = set()
    for start, end in people:
        line_start = text.rfind("\n", 0, start) + 1
        if _AUTHOR_FIELD.search(text, line_start, start):
            writers.add(text[start:end])
    return writers
