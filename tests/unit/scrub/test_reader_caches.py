"""The scrub readers' speed-ups (speed3) read exactly what the plain code read: ranks looked
up by their first word, mentions kept once read, town tokens keyed once."""

from __future__ import annotations

import weakref

from hypothesis import given, settings
from hypothesis import strategies as st
from name_forms import WORDS

from sealflow.scrub import people
from sealflow.scrub.people import RANKS, _read_mention, parse_mention, title_of
from sealflow.scrub.recognizers.uk import uk_town_recognizer

RANK_WORDS = sorted({w for rank in RANKS for w in rank.split()})
OTHER_WORDS = ["Hughes", "David", "Okafor", "staff", "Lt.", "ab", "AB", "Mr,", "Dr:", "", "."]


def title_by_every_rank(value: str) -> frozenset[str] | None:
    """The reading before speed3: every rank of the list tried in turn, longest first."""
    tokens = [t.lower().strip(".,;:") for t in value.split()]
    if not value.lstrip()[:1].isupper():
        return None
    for rank in people._RANKS_READ:
        if tuple(tokens[: len(rank)]) == rank and len(tokens) > len(rank):
            words = " ".join(people._RANK_WORD_IN_FULL.get(w, w) for w in rank)
            return frozenset(words.split())
    return None


mention_words = st.lists(
    st.sampled_from(RANK_WORDS + OTHER_WORDS)
    | st.text(alphabet="AbcD.,;: -'", min_size=0, max_size=6),
    min_size=0,
    max_size=5,
)


@settings(max_examples=400, deadline=None)
@given(words=mention_words, separator=st.sampled_from([" ", "  ", "\t", " \n"]))
def test_when_ranks_are_looked_up_by_first_word_then_the_title_is_the_full_scans(words, separator):
    value = separator.join(words)
    assert title_of(value) == title_by_every_rank(value)


@settings(max_examples=200, deadline=None)
@given(words=mention_words)
def test_when_a_mention_is_read_again_then_it_is_what_a_fresh_reading_gives(words):
    value = " ".join(words)
    first, again = parse_mention(value, WORDS), parse_mention(value, WORDS)
    fresh = _read_mention(value, WORDS)
    assert first == again == fresh
    assert (first.title if first else None) == (fresh.title if fresh else None)


def test_when_the_kept_mentions_pass_their_bound_then_they_are_emptied_and_still_right(
    monkeypatch,
):
    monkeypatch.setattr(people, "_MENTIONS_KEPT", 3)
    monkeypatch.setattr(people, "_MENTIONS", weakref.WeakKeyDictionary())  # others' reads
    values = ["David Hughes", "Sgt Okafor", "Hughes", "D. Hughes", "Priya Shah"]
    for value in values + values:
        assert parse_mention(value, WORDS) == _read_mention(value, WORDS)
        assert len(people._MENTIONS[WORDS]) <= 3


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet="aBc-.’' St", min_size=1, max_size=30))
def test_when_a_town_token_is_keyed_from_the_cache_then_it_is_the_plain_key(text):
    for token in uk_town_recognizer._WORD.findall(text):
        assert uk_town_recognizer._first_key(token) == uk_town_recognizer._key([token]).split()[0]
