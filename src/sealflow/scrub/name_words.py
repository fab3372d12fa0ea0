"""Whether one word can be someone's name, judged with the study's word lists.

The age recognizer, the chat-handle recognizer and the steps that add a person beside a found
neighbour (``neighbour_names``) each ask it of a word: a listed first name, an ordinary word,
a function word, an allowed word, a role or a rank. The shared judgements are here, once.
Where callers differ on purpose, the difference has its own name rather than a flag hidden in
one function, since each was tuned on its own texts:

- ``names_no_one``: a rank, a role or relation, an allowed or a function word (all callers).
- ``a_listed_first_name``: a listed first name (or a caller's short form) that is no
  ordinary word, unless the name is unambiguous ("Jayden"; not "Bill", "Rose").
- ``a_lower_case_first_name``: a first name typed in lower case ("yan is 57 tomorrow").
- ``a_name_in_a_list``: a person's word in a list of people and their ages; a capital and a
  listed first name is enough there, an ordinary word or not ("Will (7)").
- ``a_name_or_nickname``: the word before a person named in brackets ("spike (hao zhang)").
- ``a_first_name_before_an_age``: the word before a found age ("Lily  age 9").

Ground floor: the word lists, the roles and the rank words are arguments, so any recognizer
or step may use it without importing another.
"""

from __future__ import annotations

from sealflow.scrub.wordlists import RANK_AND_ROLE_WORDS, WordLists


def names_no_one(key: str, words: WordLists, roles: frozenset[str], ranks: frozenset[str]) -> bool:
    """A rank, a role or relation, an allowed or a function word: no one's name alone.

    ``key`` is the word in lower case; ``roles`` the study's roles and relations, ``ranks``
    every word of a rank ("lance", "cpl")."""
    return (
        key in ranks
        or key in RANK_AND_ROLE_WORDS
        or key in roles
        or words.is_allowed(key)
        or key in words.stop_words
    )


def a_listed_first_name(
    key: str, words: WordLists, short_forms: frozenset[str] = frozenset()
) -> bool:
    """A listed first name, or one of ``short_forms`` (the chat-handle recognizer's
    diminutives: "Mick"), that is no ordinary word unless the name is unambiguous: "Jayden",
    "Amara"; not "bill", "grace"."""
    return (key in words.first_names or key in short_forms) and (
        not words.is_common_word(key) or words.is_unambiguous_name(key)
    )


def a_lower_case_first_name(key: str, words: WordLists, nicknames: frozenset[str]) -> bool:
    """A first name typed in lower case ("yan is 57 tomorrow", "prakash is 33 today"): a
    nickname ("geordie is only fifty-three"), or a listed first name that is no ordinary word
    ("bill is 40" stays: a bill) nor a function word.

    ``key`` is compared as given: the age recognizer passes a name as typed when it starts in
    lower case, and so never finds "jAck" in the lists."""
    if key in nicknames:
        return True
    return a_listed_first_name(key, words) and key not in words.stop_words


def a_name_in_a_list(word: str, words: WordLists, nicknames: frozenset[str]) -> bool:
    """A word that names someone in a list of people and their ages: capitalised and no
    ordinary or function word unless a listed first name ("Jayden", "Amara", "Will"; not
    "Flat", "Block"), or a first name typed in lower case (``a_lower_case_first_name``)."""
    key = word.lower()
    if not word[:1].isupper():
        return a_lower_case_first_name(key, words, nicknames)
    return key in words.first_names or not (words.is_common_word(key) or key in words.stop_words)


def a_name_or_nickname(
    word: str,
    words: WordLists,
    nicknames: frozenset[str],
    roles: frozenset[str],
    ranks: frozenset[str],
) -> bool:
    """A word that can be someone's name or nickname (the word before a person in brackets):
    a listed nickname or first name, or capitalised and in no dictionary ("Lofty", "spike");
    never a word that names no one, nor capitals of four letters or fewer ("detailed for LD
    (YM)": a shift's or an office's)."""
    key = word.lower()
    if names_no_one(key, words, roles, ranks):
        return False
    if word.isupper() and len(word) <= 4:
        return False
    if key in nicknames:
        return True
    listed_first = a_listed_first_name(key, words)
    if not word[:1].isupper():
        return listed_first
    return listed_first or not words.is_common_word(key)


def a_first_name_before_an_age(
    word: str, words: WordLists, roles: frozenset[str], ranks: frozenset[str]
) -> bool:
    """A listed first name before a found age ("Lily  age 9", "Ruby (13)"), even one that is
    also a word, but not in capitals of three letters or fewer, nor in lower case an ordinary
    word (there a word's sense comes first: "a mere 19", "a grand 40"); never a word that
    names no one."""
    key = word.lower()
    return (
        key in words.first_names
        and not names_no_one(key, words, roles, ranks)
        and not (word.isupper() and len(word) <= 3)
        and (word[:1].isupper() or not words.is_common_word(key))
    )
