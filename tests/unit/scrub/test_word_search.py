"""The search for a document's name words finds what their one alternation finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.scrub.word_search import (
    phrase_matches,
    phrase_pattern,
    single_pattern,
    word_matches,
)


def _single(text: str, words: list[str], ignore_case: bool) -> list[tuple[int, int, str]]:
    pattern = single_pattern(words, ignore_case)
    return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("words", "ignore_case", "text", "expected"),
    [
        (["okafor"], True, "Okafor's sister, OKAFOR’S and okaforo", ["Okafor's", "OKAFOR’S"]),
        (["Will"], False, "Will said will and Will's", ["Will", "Will's"]),
        (["o'connor", "connor"], True, "O'Connor and connor, xconnor", ["O'Connor", "connor"]),
        (["james's", "james"], True, "James's car", ["James's"]),
        (["jo"], True, "jo'x jo's jo'sx", ["jo's"]),
        # KELVIN SIGN and LONG S are k and s to re.IGNORECASE; a set with é uses the pattern
        (["kate", "sims"], True, "\u212aate \u017fims", ["\u212aate", "\u017fims"]),
        (["zoë"], True, "ZOË and Zoe", ["ZOË"]),
        ([], True, "nothing", []),
    ],
)  # fmt: skip
def test_when_name_words_are_searched_then_the_matches_are_those_of_the_alternation(
    words, ignore_case, text, expected
):
    found = word_matches(text, words, ignore_case)
    assert [value for _, _, value in found] == expected
    if words:
        assert found == _single(text, words, ignore_case)


WORD = st.text(alphabet=st.sampled_from("abksiKS'’é0_\u212a\u017f"), min_size=1, max_size=6)
GAP = st.sampled_from([" ", "'", "’", "'s ", "’S ", ", ", "-", "x", ""])


@settings(max_examples=400, deadline=None)
@given(
    words=st.lists(WORD.filter(lambda w: w.strip("'’")), min_size=1, max_size=8),
    pieces=st.lists(st.tuples(GAP, WORD), max_size=25),
    ignore_case=st.booleans(),
    data=st.data(),
)
def test_when_any_words_and_text_are_searched_then_the_result_equals_the_alternation(
    words, pieces, ignore_case, data
):
    chosen = [data.draw(st.sampled_from([w, *words])) for _, w in pieces]
    cased = [data.draw(st.sampled_from([w, w.upper(), w.title()])) for w in chosen]
    text = "".join(gap + word for (gap, _), word in zip(pieces, cased, strict=True))
    assert word_matches(text, words, ignore_case) == _single(text, words, ignore_case)


@settings(max_examples=300, deadline=None)
@given(
    word_sets=st.lists(
        st.tuples(st.lists(WORD, min_size=1, max_size=5), st.booleans()), min_size=1, max_size=4
    ),
    pieces=st.lists(st.tuples(GAP, WORD), max_size=20),
    other=st.lists(st.tuples(GAP, WORD), max_size=6),
)
def test_when_one_text_is_searched_again_then_its_kept_runs_give_the_alternations_matches(
    word_sets, pieces, other
):
    """The runs of the last text are kept (speed4): each search of it, with any words in any
    case mode, and of another text in between, still equals its alternation. Words of
    apostrophes alone ("'s") too."""
    text = "".join(gap + word for gap, word in pieces)
    second = "".join(gap + word for gap, word in other)
    for words, ignore_case in word_sets:
        for searched in (text, text, second, text):
            assert word_matches(searched, words, ignore_case) == _single(
                searched, words, ignore_case
            )


def _phrase_single(text: str, phrases: list[str]) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in phrase_pattern(phrases).finditer(text)]


@pytest.mark.parametrize(
    ("phrases", "text", "expected"),
    [
        (["sgt okafor"], "SGT OKAFOR and Sgt Okafor's, sgt okaforo", ["SGT OKAFOR", "Sgt Okafor"]),
        # the first phrase in order that ends at a word boundary wins at one start
        (["ann lee x", "ann lee"], "Ann Lee Xu, ann lee x", ["Ann Lee", "ann lee x"]),
        # overlapping mentions: the search goes on after each match
        (["jo jo", "jo"], "jo jo jo", ["jo jo", "jo"]),
        (["ann lee"], "joann lee, _ann lee, ann lee_", []),
        # KELVIN SIGN is k to re.IGNORECASE; a phrase with é uses the pattern
        (["kate moss"], "\u212aate Moss", ["\u212aate Moss"]),
        (["zoë lee"], "ZOË LEE", ["ZOË LEE"]),
        ([], "nothing", []),
    ],
)  # fmt: skip
def test_when_phrases_are_searched_then_the_matches_are_those_of_the_alternation(
    phrases, text, expected
):
    found = phrase_matches(text, phrases)
    assert [value for _, _, value in found] == expected
    if phrases:
        assert found == _phrase_single(text, phrases)


# mostly ASCII phrases (the fast path); é, KELVIN SIGN and dotted I send a search to the pattern
PHRASE_WORD = st.text(alphabet=st.sampled_from("abkKAB0_é"), min_size=1, max_size=4)
PHRASE = st.lists(PHRASE_WORD, min_size=1, max_size=3).map(" ".join)
PHRASE_GAP = st.sampled_from(
    [" ", "  ", "'", "-", "x", "_", "", "\n", ". ", "é", "\u212a", "\u0130"]
)


@settings(max_examples=400, deadline=None)
@given(
    phrases=st.lists(PHRASE, min_size=1, max_size=6, unique=True),
    pieces=st.lists(st.tuples(PHRASE_GAP, PHRASE), max_size=20),
    data=st.data(),
)
def test_when_any_phrases_and_text_are_searched_then_the_result_equals_the_alternation(
    phrases, pieces, data
):
    chosen = [data.draw(st.sampled_from([p, *phrases])) for _, p in pieces]
    cased = [data.draw(st.sampled_from([p, p.upper(), p.title()])) for p in chosen]
    text = "".join(gap + phrase for (gap, _), phrase in zip(pieces, cased, strict=True))
    # a phrase's first word as a phrase too: at one start the order decides the match
    firsts = [p.split()[0] for p in phrases if p.split()[0] not in phrases]
    ordered = sorted(dict.fromkeys([*phrases, *firsts]), key=len, reverse=True)
    assert phrase_matches(text, ordered) == _phrase_single(text, ordered)
