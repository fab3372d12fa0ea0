"""Display names written one after another without commas ("Dai D Salote R. Lukas J"), as
chat reactions, rotas and sign-in lists do: each is a first name and its surname's initial.

Why a module: read left to right, each initial also looks like the first initial of the
next name ("D Salote", "R. Lukas"), and the steps that take an initial into a name
(``variants.extend_initials``) and join neighbouring names (``detect.join_names``) then
chained three people into one placeholder. Both steps ask the same two questions here:
does this letter close the name before it, and does this name stand in such a chain.
"""

from __future__ import annotations

import re

from sealflow.scrub.wordlists import WordLists

# a first name and one capital initial, the whole of a display name ("Lukas J", "Salote R.")
_DISPLAY_NAME = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’\-]+[ \t][A-Z]\.?")
# a capital initial right after a name, then a break, the end, or the next word
_INITIAL_NEXT = re.compile(r"[ \t][A-Z]\.?(?=$|[\s,;:!?)])")
# one letter, maybe with its full stop, alone between two names
_LETTER_BETWEEN = re.compile(r"[ \t]([A-Z])(\.?)[ \t]")
_ONE_WORD = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’\-]+")


def is_display_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a first name and an initial ("Lukas J")."""
    return _DISPLAY_NAME.fullmatch(text, start, end) is not None


def in_a_chain(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is a display name or has its initial after it."""
    return is_display_name(text, start, end) or _INITIAL_NEXT.match(text, end) is not None


def letter_closing(text: str, before: tuple[int, int], after: tuple[int, int]) -> int | None:
    """Where the name ``before`` ends when the one letter between it and the name ``after``
    is its surname's initial ("Dai" + " D " + "Salote R."), or None. The letter closes the
    name before only when that name is one word and the name after is itself in a chain,
    so "Sarah J Smith" and "Dai D Salote" at the end of a line are left to other steps."""
    letter = _LETTER_BETWEEN.fullmatch(text, before[1], after[0])
    if letter is None or _ONE_WORD.fullmatch(text, *before) is None:
        return None
    if not in_a_chain(text, *after):
        return None
    return letter.end(2)


_PIECE = r"[A-ZÀ-Þ][a-zà-ÿ'’\-]+[ \t][A-Z]\.?"
_ROW = re.compile(_PIECE + r"(?:,?[ \t]+" + _PIECE + r")+")
_PIECES = re.compile(_PIECE)


def row_pieces(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The display names of one span that is a row of them ("Kofi B Bishnu G Emeka N", as
    a statistical model reads it whole), or None when the span is no such row."""
    if _ROW.fullmatch(text, start, end) is None:
        return None
    return [piece.span() for piece in _PIECES.finditer(text, start, end)]


_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*\.?")


def first_name_cuts(text: str, start: int, end: int, words: WordLists) -> list[tuple[int, int]]:
    """The people of one span that runs display names into a first name ("Bishnu G. Ciaran",
    as a statistical model reads a row whole): cut after each initial that stands between a
    listed first name and a listed first name that is no surname ("Sarah J Smith" stays
    whole: Smith is a surname). The span itself when there is no such cut."""
    tokens = list(_TOKEN.finditer(text, start, end))
    pieces, at = [], start
    for before, letter, after in zip(tokens, tokens[1:], tokens[2:], strict=False):
        bare = letter.group(0).rstrip(".")
        if len(bare) != 1 or not bare.isupper():
            continue
        if (
            _a_first_name(before.group(0), words)
            and _a_first_name(after.group(0), words)
            and (after.group(0).lower() not in words.surnames)
        ):
            pieces.append((at, letter.end()))
            at = after.start()
    return [*pieces, (at, end)] if pieces else [(start, end)]


def _a_first_name(token: str, words: WordLists) -> bool:
    key = token.rstrip(".").lower()
    return token[:1].isupper() and len(key) > 1 and key in words.first_names
