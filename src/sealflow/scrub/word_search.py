"""Every mention of a set of single words in a document, without compiling a pattern for it.

detect.propagate looks for each name word found in a document everywhere else in it, as
``(?<![\\w'’])(?:word|word|...)(?:['’]s)?(?![\\w'’])``. Compiling that alternation for every
document was a sixth of the time on survey answers (short documents, one pattern each).
The words are letters, digits and apostrophes only, so a match always covers one whole run
of such characters: the run is a word of the set, or a word of the set and ``'s``. Reading
the runs with one fixed pattern and looking each up in the set finds the same matches.

Case is ignored as ``re.IGNORECASE`` ignores it; for plain ASCII (and the curly apostrophe)
that is ``str.lower``. A run with any other character is checked against the alternation
itself, compiled only for a document that has one; a set with such a word uses the
alternation throughout. tests/unit/scrub/test_word_search.py compares both on generated text.
"""

from __future__ import annotations

import re
from collections.abc import Collection

_RUNS = re.compile(r"(?<![\w'’])[\w'’]+")
_POSSESSIVE = ("'s", "’s")


def single_pattern(words: Collection[str], ignore_case: bool) -> re.Pattern[str]:
    """The alternation this module stands in for (longest word first)."""
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(
        r"(?<![\w'’])(?:" + alternation + r")(?:['’]s)?(?![\w'’])",
        re.IGNORECASE if ignore_case else 0,
    )


def _plain(text: str) -> bool:
    """True when str.lower equals re.IGNORECASE's folding for every character."""
    return text.isascii() or text.replace("’", "").isascii()


def word_matches(
    text: str, words: Collection[str], ignore_case: bool
) -> list[tuple[int, int, str]]:
    """(start, end, text matched) of every match of ``single_pattern(words, ignore_case)``."""
    if not words:
        return []
    if ignore_case and not all(_plain(w) for w in words):
        pattern = single_pattern(words, ignore_case)
        return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]
    keys = {w.lower() for w in words} if ignore_case else set(words)
    fallback: re.Pattern[str] | None = None
    found = []
    for run in _RUNS.finditer(text):
        value = run.group(0)
        if ignore_case and not _plain(value):
            fallback = fallback or single_pattern(words, ignore_case)
            hit = fallback.match(text, run.start())
            if hit is not None:
                found.append((hit.start(), hit.end(), hit.group(0)))
            continue
        key = value.lower() if ignore_case else value
        if key in keys or (len(key) > 2 and key.endswith(_POSSESSIVE) and key[:-2] in keys):
            found.append((run.start(), run.end(), value))
    return found
