"""People listed with their ages: once one age of the list is found, the others ("partner
Clive, 36, and Jayden 3, Leo 9"; "Rohan is 2, Aria is 17").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from sealflow.scrub.recognizers.generic.ages.guards import MAX_AGE
from sealflow.scrub.recognizers.spoken_numbers import CARDINAL, age_value

# People listed with their ages: "partner Clive, 36, and Jayden 3, Leo 9", "Rohan is 2, Aria
# is 17": the next item after a found age, the item a found age ends, and the item before it.
_ITEM = (
    r"(?P<name>[^\W\d_][\w'’\-]+)(?:\s+(?:is|was|aged))?(?:\s+(?:only|just|nearly))?,?\s+"
    r"\(?(?P<id>\d{1,3}|" + CARDINAL + r")\)?"
)
_ITEM_SEPARATOR = r"(?:,\s*(?:and\s+|&\s+)?|;\s*|\s+(?:and|&)\s+)"
_ITEM_ENDS = r"(?=\s*(?:[,;.!?)]|\n|$|\s+(?:and|&)\b))"
_NEXT_ITEM = re.compile(r"\)?\s*" + _ITEM_SEPARATOR + _ITEM + _ITEM_ENDS, re.IGNORECASE)
_ITEM_OPENING = re.compile(
    r"(?P<name>[^\W\d_][\w'’\-]+)(?:,?\s+who)?(?:\s+(?:is|was|aged))?,?\s+\(?\Z", re.IGNORECASE
)
_ITEM_BEFORE = re.compile(_ITEM + _ITEM_ENDS + r"\s*" + _ITEM_SEPARATOR + r"\Z", re.IGNORECASE)
_ITEM_REACH = 60


def listed_with_names(
    text: str, found: list[tuple[int, int, float]], a_name: Callable[[str], bool]
) -> Iterator[tuple[int, int, float]]:
    """The other ages of a list of named people, one of whose ages was found ("with
    partner Clive, 36, and Jayden 3, Leo 9"; "Rohan is 2, Aria is 17"): each item a name
    (``a_name``, the recognizer's judgement with its word lists) and a number, set apart by
    commas or "and"."""
    known = {(start, end) for start, end, _ in found}
    for start, end, score in list(found):
        opening = _ITEM_OPENING.search(text, max(0, start - 40), start)
        if opening is None or not a_name(opening.group("name")):
            continue
        at = end
        while (item := _NEXT_ITEM.match(text, at)) is not None and _listed(item, a_name):
            if item.span("id") not in known:
                known.add(item.span("id"))
                yield item.start("id"), item.end("id"), score
            at = item.end("id")
        at = opening.start()
        while (
            item := _ITEM_BEFORE.search(text, max(0, at - _ITEM_REACH), at)
        ) is not None and _listed(item, a_name):
            if item.span("id") not in known:
                known.add(item.span("id"))
                yield item.start("id"), item.end("id"), score
            at = item.start()


def _listed(item: re.Match[str], a_name: Callable[[str], bool]) -> bool:
    """An item of the list: a name and an age no older than the oldest."""
    age = age_value(item.group("id"))
    return a_name(item.group("name")) and age is not None and age <= MAX_AGE
