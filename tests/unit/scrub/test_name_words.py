"""Whether one word can be someone's name (sealflow.scrub.name_words), judged with the shipped
word lists: each judgement's own table, then the scrub of the three callers that ask it (the
age recognizer's list of people, the chat-handle recognizer, the name before a found
neighbour), where the judgements differ on purpose.
"""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.name_words import (
    a_first_name_before_an_age,
    a_listed_first_name,
    a_lower_case_first_name,
    a_name_in_a_list,
    a_name_or_nickname,
    names_no_one,
)
from sealflow.scrub.recognizers.forces.rank_name_recognizer import RANK_WORDS
from sealflow.scrub.recognizers.generic.person_cues import names_by_address
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import default_settings
from sealflow.scrub.wordlists import WordLists

_SETTINGS = default_settings()


@pytest.fixture(scope="module")
def words() -> WordLists:
    return _SETTINGS.wordlists()


@pytest.fixture(scope="module")
def roles() -> frozenset[str]:
    return _SETTINGS.roles()


@pytest.fixture(scope="module")
def nicknames() -> frozenset[str]:
    return names_by_address(_SETTINGS)


NAMES_NO_ONE = [
    ("sgt", True),  # a rank
    ("major", True),  # a rank that is also a word
    ("interviewer", True),  # a role
    ("hr", True),  # an allowed word
    ("the", True),  # a function word
    ("jayden", False),
    ("tank", False),  # an ordinary word, but no rank, role or allowed word
]


@pytest.mark.parametrize(("key", "expected"), NAMES_NO_ONE)
def test_when_a_word_is_a_rank_role_allowed_or_function_word_then_it_names_no_one(
    words, roles, key, expected
):
    assert names_no_one(key, words, roles, RANK_WORDS) is expected


def test_when_a_word_is_one_of_the_studys_roles_then_it_names_no_one(words):
    assert names_no_one("jayden", words, frozenset({"jayden"}), RANK_WORDS)
    assert not names_no_one("jayden", words, frozenset(), frozenset())


LISTED_FIRST_NAMES = [
    ("jayden", frozenset(), True),  # a listed name in no dictionary
    ("clive", frozenset(), True),  # a word too, but the name is unambiguous
    ("bill", frozenset(), False),  # a bill
    ("grace", frozenset(), False),
    ("tev", frozenset(), False),  # in no list
    ("tev", frozenset({"tev"}), True),  # a caller's short form counts as listed
]


@pytest.mark.parametrize(("key", "short_forms", "expected"), LISTED_FIRST_NAMES)
def test_when_a_listed_first_name_is_no_ordinary_word_then_it_is_a_first_name(
    words, key, short_forms, expected
):
    assert a_listed_first_name(key, words, short_forms) is expected


LOWER_CASE_FIRST_NAMES = [
    ("yan", True),
    ("prakash", True),
    ("geordie", True),  # a service nickname, though a word
    ("clive", True),
    ("bill", False),
    ("will", False),  # a function word too
    ("flat", False),
    ("jAyden", False),  # compared as typed
]


@pytest.mark.parametrize(("key", "expected"), LOWER_CASE_FIRST_NAMES)
def test_when_a_name_is_typed_in_lower_case_then_only_a_listed_name_or_nickname_counts(
    words, nicknames, key, expected
):
    assert a_lower_case_first_name(key, words, nicknames) is expected


NAMES_IN_A_LIST = [
    ("Jayden", True),
    ("Will", True),  # capitalised and a listed first name: enough in a list of people
    ("Zxqwerty", True),  # capitalised and in no dictionary
    ("Flat", False),
    ("Block", False),
    ("Room", False),
    ("jayden", True),  # in lower case, a listed name that is no word
    ("bill", False),
    ("geordie", True),
]


@pytest.mark.parametrize(("word", "expected"), NAMES_IN_A_LIST)
def test_when_a_word_is_listed_with_an_age_then_a_name_is_judged_by_its_case(
    words, nicknames, word, expected
):
    assert a_name_in_a_list(word, words, nicknames) is expected


NAMES_OR_NICKNAMES = [
    ("spike", True),  # a service nickname in lower case
    ("Lofty", True),
    ("Jayden", True),
    ("Clive", True),
    ("Zxqwerty", True),  # capitalised and in no dictionary
    ("zxqwerty", False),  # in lower case, only a listed name
    ("Tank", False),  # capitalised, but an ordinary word and no listed nickname
    ("Will", False),  # a listed name, but a word of ambiguous sense
    ("LD", False),  # an office's capitals
    ("Sgt", False),
    ("Interviewer", False),
]


@pytest.mark.parametrize(("word", "expected"), NAMES_OR_NICKNAMES)
def test_when_a_word_comes_before_a_person_in_brackets_then_a_name_or_nickname_counts(
    words, nicknames, roles, word, expected
):
    assert a_name_or_nickname(word, words, nicknames, roles, RANK_WORDS) is expected


FIRST_NAMES_BEFORE_AN_AGE = [
    ("Lily", True),  # a word too, but capitalised before an age
    ("Ruby", True),
    ("yan", True),  # in lower case a name that is no word
    ("lily", False),  # in lower case a word's sense comes first
    ("mere", False),  # "a mere 19"
    ("JO", False),  # capitals of three letters or fewer
    ("Lance", False),  # a rank
    ("Tank", False),  # no listed first name
]


@pytest.mark.parametrize(("word", "expected"), FIRST_NAMES_BEFORE_AN_AGE)
def test_when_a_word_comes_before_a_found_age_then_only_a_listed_first_name_counts(
    words, roles, word, expected
):
    assert a_first_name_before_an_age(word, words, roles, RANK_WORDS) is expected


# The callers' own differences, seen in the scrub: (text, ages found, words that go, words
# that stay).
CALLERS = [
    # the age recognizer's list of people: a capitalised name carries the list's next age
    ("with partner Clive, 36, and Jayden 3, Leo 9", 3, ["Clive", "36", "Jayden", "Leo"], []),
    ("the kids: Ella 9, Room 6", 1, ["Ella"], ["Room 6"]),
    ("(Room, 4) and (Flat, 6)", 0, [], ["(Room, 4)", "(Flat, 6)"]),
    # the word before a person in brackets: a nickname, never an office's capitals
    ("spike (samira el-sayed) came round", 0, ["spike", "samira"], []),
    ("detailed for LD (YM) on Monday", 0, [], ["LD ("]),
    # the word before a found age: a listed first name, never an ordinary word in lower case
    ("Lily  age 9, and a mere 19 of them", 1, ["Lily"], ["a mere 19"]),
    # the chat-handle recognizer: a nickname given capitalised, never a role, an allowed or
    # a function word; a handle joined to an initial
    ("we called him Bomber; known as the boss", 0, ["Bomber"], ["the boss"]),
    ("known as HR; RIP The Queen", 0, [], ["known as HR", "RIP The Queen"]),
    ("mick.t and TevV said ok", 0, ["mick.t", "TevV"], ["said ok"]),
]


@pytest.mark.parametrize(("text", "ages", "gone", "kept"), CALLERS)
def test_when_a_caller_asks_whether_a_word_is_a_name_then_the_scrub_follows_its_judgement(
    engine: ScrubEngine, text, ages, gone, kept
):
    (scrubbed,) = scrub_texts(engine, [text])
    assert scrubbed.count("[AGE-") == ages, scrubbed
    for word in gone:
        assert word not in scrubbed, scrubbed
    for word in kept:
        assert word in scrubbed, scrubbed
