"""A pattern with a cheap look at the character its match must start with.

Python's `re` skips ahead to a pattern's first character only when that character is known
and not cased; under ``re.IGNORECASE``, or behind a leading ``\\b`` or look-around, it tries
the whole pattern at every position of the text. For a pattern that opens with a long
alternation of cue words ("dad|mum|wife|...", case-insensitive) that is every alternative
tried at every word. ``guarded`` puts a lookahead for the set of characters any match can
start with in front of the pattern, ``(?=[dmw...])(?:pattern)``: one class test per position, and
the alternation only where it can match. The matches are the same by construction: the
class holds every character a match can open with (read from the parsed pattern, under the
pattern's own flags; an optional start adds what may follow it in its sequence); where that
set cannot be read with certainty (a start that may be empty to the end of its sequence, a
class with categories or negation, flags changed inside the pattern, a back reference), the
pattern is compiled as written.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

sre: Any
sre_parse: Any
try:  # the parser of the standard `re` (Python 3.11+); without it, no guard
    sre = importlib.import_module("re._constants")
    sre_parse = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover
    sre = sre_parse = None


class _Unknown(Exception):
    """The first character of a match cannot be bounded with certainty."""


_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT) if sre else ()
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) if sre else ()
# the categories a class may hold, written as the pattern wrote them
_CATEGORIES = (
    {
        sre.CATEGORY_DIGIT: r"\d",
        sre.CATEGORY_NOT_DIGIT: r"\D",
        sre.CATEGORY_SPACE: r"\s",
        sre.CATEGORY_NOT_SPACE: r"\S",
        sre.CATEGORY_WORD: r"\w",
        sre.CATEGORY_NOT_WORD: r"\W",
    }
    if sre
    else {}
)

# (whether case is ignored there, a class item as written: "a", "a-z", "\d")
_Item = tuple[bool, str]


def _written(op: Any, value: Any) -> str:
    if op is sre.LITERAL:
        return re.escape(chr(value))
    if op is sre.RANGE:
        return re.escape(chr(value[0])) + "-" + re.escape(chr(value[1]))
    if op is sre.CATEGORY and value in _CATEGORIES:
        return _CATEGORIES[value]
    raise _Unknown  # a negated class, or something no class can hold


def _first_of(items: list[tuple[Any, Any]], ignore_case: bool) -> list[_Item]:
    """The class items any match of ``items`` in sequence can start with."""
    for index, (op, value) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue  # \b, ^, look-ahead and look-behind consume nothing
        if op is sre.LITERAL:
            return [(ignore_case, _written(op, value))]
        if op is sre.IN:
            return [(ignore_case, _written(o, v)) for o, v in value]
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = value
            if (add_flags | del_flags) & ~re.IGNORECASE:
                raise _Unknown  # a scoped flag other than case
            inside = bool(add_flags & re.IGNORECASE) or (
                ignore_case and not del_flags & re.IGNORECASE
            )
            return _first_of(list(sub.data), inside)
        if op is sre.BRANCH:
            return [i for branch in value[1] for i in _first_of(list(branch.data), ignore_case)]
        if op in _REPEATS and value[0] >= 1:
            return _first_of(list(value[2].data), ignore_case)
        if op in _REPEATS:
            # optional ("(?:Flat 3, )?12 Gun Lane"): its own first character, or what
            # follows it in the sequence when it is left out
            skipped = _first_of(items[index + 1 :], ignore_case)
            return _first_of(list(value[2].data), ignore_case) + skipped
        raise _Unknown  # any character, a back reference, an atomic group ...
    raise _Unknown  # nothing consumed: a match may be empty


def _class_of(items: list[_Item], ignore_case: bool) -> str:
    """One class per case rule, the pattern's own unmarked: "[dm]|(?-i:[A-Z])"."""
    parts = []
    for case in (ignore_case, not ignore_case):
        written = "".join(dict.fromkeys(text for c, text in items if c == case))
        if written:
            scope = "" if case == ignore_case else ("(?i:" if case else "(?-i:")
            parts.append(f"{scope}[{written}]" + (")" if scope else ""))
    return "|".join(parts)


def first_character_class(pattern: str, flags: int = 0) -> str | None:
    """Character classes (one per case rule) holding every character a match of
    ``pattern`` can start with, or None when that cannot be said for certain."""
    if sre_parse is None or flags & re.VERBOSE:
        return None  # (a verbose pattern's closing comment would swallow the wrapping)
    try:
        parsed = sre_parse.parse(pattern, flags)
        if parsed.state.flags & ~flags & (re.IGNORECASE | re.VERBOSE):
            return None  # flags set inside the pattern itself: "(?i)..."
        ignore_case = bool(flags & re.IGNORECASE)
        return _class_of(_first_of(list(parsed.data), ignore_case), ignore_case)
    except (_Unknown, re.error, TypeError, ValueError, AttributeError, IndexError):
        return None


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled with a lookahead for its possible first characters in front
    (the same matches and groups, fewer attempts), or as written when they are unknown."""
    first = first_character_class(pattern, flags)
    if first is not None:
        try:
            return re.compile(f"(?={first})(?:{pattern})", flags)
        except re.error:
            pass  # "(?i)" and the like must open the pattern: no room for a guard
    return re.compile(pattern, flags)
