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

import functools
import re
from collections.abc import Collection, Sequence

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


class _Runs:
    """One text's word runs, read once and indexed by what ``word_matches`` looks up:
    propagate searches the same text four times (two rounds, each in any case and as
    written), and walking every run in Python for each search was most of its time."""

    def __init__(self, text: str) -> None:
        self.as_written: dict[str, list[int]] = {}
        self.lowered: dict[str, list[int]] = {}
        self.spans: list[tuple[int, int, str]] = []
        self.not_plain: list[int] = []  # runs re.IGNORECASE may fold unlike str.lower
        for index, run in enumerate(_RUNS.finditer(text)):
            value = run.group(0)
            self.spans.append((run.start(), run.end(), value))
            _index(self.as_written, value, index)
            if _plain(value):
                _index(self.lowered, value.lower(), index)
            else:
                self.not_plain.append(index)

    def hits(self, keys: set[str], ignore_case: bool) -> list[int]:
        """The runs (by index, in order) that are a key, or a key and ``'s``."""
        index = self.lowered if ignore_case else self.as_written
        found: set[int] = set()
        for key in keys:
            found.update(index.get(key, ()))
            if key:  # "'s" alone is no word and its possessive
                for possessive in _POSSESSIVE:
                    found.update(index.get(key + possessive, ()))
        return sorted(found)


def _index(index: dict[str, list[int]], key: str, run: int) -> None:
    index.setdefault(key, []).append(run)


@functools.lru_cache(maxsize=1)
def _runs_of(text: str) -> _Runs:
    """The runs of ``text``, kept for the last text read (a document's searches follow
    one another)."""
    return _Runs(text)


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
    runs = _runs_of(text)
    found = {index: runs.spans[index] for index in runs.hits(keys, ignore_case)}
    if ignore_case and runs.not_plain:
        fallback = single_pattern(words, ignore_case)
        for index in runs.not_plain:
            hit = fallback.match(text, runs.spans[index][0])
            if hit is not None:
                found[index] = (hit.start(), hit.end(), hit.group(0))
    return [found[index] for index in sorted(found)]


# Non-ASCII characters that re.IGNORECASE takes as equal to an ASCII letter (phrases.py);
# U+0130 is also the only character whose str.lower changes the text's length.
_ASCII_TWINS = frozenset("\u0130\u0131\u017f\u212a")


def phrase_pattern(phrases: Sequence[str]) -> re.Pattern[str]:
    """The alternation ``phrase_matches`` stands in for, in the order given."""
    alternation = "|".join(re.escape(p) for p in phrases)
    return re.compile(r"(?<!\w)(?:" + alternation + r")(?!\w)", re.IGNORECASE)


def _word_char(text: str, at: int) -> bool:
    """Whether ``text[at]`` is a character ``\\w`` matches (False outside the text)."""
    if at < 0 or at >= len(text):
        return False
    char = text[at]
    return char.isalnum() or char == "_"


def phrase_matches(text: str, phrases: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, text matched) of every match of ``phrase_pattern(phrases)``, without
    compiling that pattern for every document.

    detect.propagate looks for every multi-word value of a document elsewhere in it; the
    pattern differed per document, so it was compiled per document (a twentieth of the
    scrub). For ASCII phrases in a text with none of ``_ASCII_TWINS``, matching a phrase
    ignoring case is comparing it with ``text.lower()`` at the same offsets, so each phrase
    is found with ``str.find``; then, as the alternation does, the leftmost start wins, at
    one start the first phrase (in the given order) whose end is no word character, and the
    search goes on after the match. Anything else uses the pattern itself."""
    if not phrases:
        return []
    if not all(p and p.isascii() for p in phrases) or not _ASCII_TWINS.isdisjoint(text):
        return [(m.start(), m.end(), m.group(0)) for m in phrase_pattern(phrases).finditer(text)]
    lowered = text.lower()
    starts: dict[int, list[tuple[int, int]]] = {}
    for order, phrase in enumerate(phrases):
        wanted = phrase.lower()
        at = lowered.find(wanted)
        while at >= 0:
            starts.setdefault(at, []).append((order, at + len(wanted)))
            at = lowered.find(wanted, at + 1)
    found = []
    position = 0
    for start in sorted(starts):
        if start < position or _word_char(text, start - 1):
            continue
        for _order, end in sorted(starts[start]):
            if not _word_char(text, end):
                found.append((start, end, text[start:end]))
                position = end
                break
    return found
