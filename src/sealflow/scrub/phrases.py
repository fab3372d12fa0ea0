"""Many whole-word phrases found in long text: the closed loop's and the residual scan's search.

The values a study replaced are searched for again in every scrubbed output as one
case-insensitive alternation of whole-word phrases, longest first
(recognizers/generic/deny_list_recognizer.phrase_regex). Python's ``re`` tries the
alternatives one after another at every word, so with the tens of thousands of values of a
large study that search ran slower than spaCy (20,000 values: about 3,400 words a second).

``PhraseMatcher`` finds exactly the matches of that one pattern, faster: at each place the
pattern could start it looks up, by the text's next six characters, the few phrases that
can start there, and tries only those, in the same order, with the same compiled pattern
around them. Exactness rests on the key: a phrase whose first word begins with ASCII
characters can match only where the text's next characters equal them ignoring case, and
under ``re.IGNORECASE`` only four non-ASCII characters equal an ASCII one (KELVIN SIGN, LONG
S, the dotted and dotless I: ``_ASCII_TWINS``). tests/unit/scrub/test_phrases.py holds the
matches equal to the single pattern's on generated text and phrases.

Where it looks is found in C, not word by word in Python: a phrase can start only where the
text's next characters begin with one of the phrases' keys ignoring case (the same test as
the lookup by key, since under ``re.IGNORECASE`` an ASCII character matches itself in either
case and its ``_ASCII_TWINS`` only), so one pattern of all the keys, as a tree of their
characters, finds those places and the rest of the text is skipped. A phrase whose key is
empty (its first character is not ASCII) may start anywhere: then every word start is tried.
So it is with many keys (a large study's names): they begin most words, and the tree only
costs its compiling (10,000 keys: 0.1 s, and no faster a search).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Sequence

# Non-ASCII characters that re.IGNORECASE takes as equal to an ASCII letter (found by trying
# every code point against every ASCII character; the same list as the re module's docs).
_ASCII_TWINS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_KEY_LENGTH = 6
_BEFORE = r"(?<![\w])(?<![\w]['’])"
_AFTER = r"(?![\w])"
# Where a phrase may start: not after a letter or digit (or a letter and an apostrophe), on
# a character that is not white space (a phrase is stripped before it is split into words).
_STARTS = re.compile(_BEFORE + r"\S")
# Up to this many keys, where phrases may start is found by a pattern of the keys: the
# military places' and public names' lists (100-200 keys) are searched 2.5 times as fast;
# a study's names at 2,300 keys are no faster (most words start like one of them).
_MOST_KEYS_TO_FIND = 1000


def ordered_phrases(terms: Iterable[str]) -> list[str]:
    """The phrases as the single pattern orders them: stripped, unique, longest first."""
    return sorted({t.strip() for t in terms if t and t.strip()}, key=len, reverse=True)


def phrase_part(term: str) -> str:
    """One phrase as a pattern: its words escaped, any white space between them."""
    return r"\s+".join(re.escape(w) for w in term.split())


def single_pattern(phrases: Sequence[str]) -> re.Pattern[str]:
    """The one alternation (as phrase_regex builds it) of phrases already ordered."""
    alternatives = "|".join(phrase_part(p) for p in phrases)
    return re.compile(_BEFORE + "(?:" + alternatives + ")" + _AFTER, re.IGNORECASE)


def _ascii_key(text: str) -> str:
    """Up to six leading characters folded to ASCII lower case; stops at the first
    character that no ASCII character matches ignoring case."""
    key = []
    for char in text[:_KEY_LENGTH]:
        if char.isascii():
            key.append(char.lower())
        elif char in _ASCII_TWINS:
            key.append(_ASCII_TWINS[char])
        else:
            break
    return "".join(key)


def _phrase_key(phrase: str) -> str:
    """The key a phrase is filed under: its first word's leading ASCII characters, lower
    case (shorter when the word is, or when a non-ASCII character comes first)."""
    first = phrase.split()[0]
    key = []
    for char in first[:_KEY_LENGTH]:
        if not char.isascii():
            break
        key.append(char.lower())
    return "".join(key)


def _key_tree(keys: Iterable[str]) -> str:
    """A pattern that matches where the text starts with any of ``keys`` (none empty): the
    keys as a tree of their characters, so ``re`` tries at each place only the branches of
    its first character; a branch ends where a key does (a longer key adds nothing)."""
    tree: dict[str, dict] = {}
    for key in keys:
        node = tree
        for char in key:
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, dict]) -> str:
        if "" in node:
            return ""
        parts = [re.escape(char) + branch(child) for char, child in sorted(node.items())]
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return branch(tree)


def _candidate_starts(keys: Collection[str]) -> re.Pattern[str]:
    """Where a phrase filed under one of ``keys`` may start: every word start when a key is
    empty or the keys are many, else only where the text begins with a key, ignoring case."""
    if "" in keys or not keys or len(keys) > _MOST_KEYS_TO_FIND:
        return _STARTS
    return re.compile(_BEFORE + "(?=" + _key_tree(keys) + ")", re.IGNORECASE)


class PhraseMatcher:
    """Finds what ``phrase_regex(terms).finditer(text)`` finds, without trying every phrase
    at every word."""

    def __init__(self, terms: Iterable[str]) -> None:
        self.phrases = ordered_phrases(terms)
        self._by_key: dict[str, list[int]] = {}
        for index, phrase in enumerate(self.phrases):
            self._by_key.setdefault(_phrase_key(phrase), []).append(index)
        self._patterns: dict[str, re.Pattern[str] | None] = {}  # by the text's window
        self._by_window_key: dict[str, re.Pattern[str] | None] = {}  # by its ASCII key
        self._starts = _candidate_starts(self._by_key.keys())

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def _pattern_at(self, window: str) -> re.Pattern[str] | None:
        """The phrases that may start with ``window`` (the text's next characters), in their
        order, as one pattern; None when there are none."""
        key = _ascii_key(window)
        if key not in self._by_window_key:
            indices: list[int] = []
            for length in range(len(key) + 1):
                indices += self._by_key.get(key[:length], [])
            self._by_window_key[key] = (
                single_pattern([self.phrases[i] for i in sorted(indices)]) if indices else None
            )
        return self._by_window_key[key]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Matches left to right, none overlapping, each the one the single pattern gives."""
        if not self.phrases:
            return
        patterns = self._patterns
        starts = self._starts.search
        position = 0
        while (start := starts(text, position)) is not None:
            here = start.start()
            window = text[here : here + _KEY_LENGTH]
            if window in patterns:
                pattern = patterns[window]
            else:
                pattern = patterns[window] = self._pattern_at(window)
            found = pattern.match(text, here) if pattern is not None else None
            if found is not None:
                yield found
                position = found.end()
            else:
                position = here + 1
