"""The person gazetteer's token scanner: each named rule fires on its own examples."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.scrub.recognizers.generic.person_scanner import (
    NEGATIVE_EXAMPLES,
    RULES,
    SCORES,
    PersonScanner,
)
from sealflow.scrub.settings import default_settings

RULE_EXAMPLES = [
    pytest.param(rule.name, text, expected, id=f"{rule.name}:{text[:30]}")
    for rule in RULES
    for text, expected in rule.examples
]
FOLLOWS = {rule.name: rule.follows for rule in RULES if rule.follows}


@pytest.fixture(scope="module")
def scanner() -> PersonScanner:
    return PersonScanner(default_settings().wordlists())


@pytest.mark.parametrize(("rule", "text", "expected"), RULE_EXAMPLES)
def test_when_rule_example_is_scanned_then_that_rule_alone_finds_the_expected_names(
    scanner, rule, text, expected
):
    hits = scanner.scan(text)
    assert sorted(text[h.start : h.end] for h in hits) == sorted(expected)
    # a rule that extends another's hit ("taff" + "and smudge") fires beside that rule
    assert {h.rule for h in hits} == {rule, *filter(None, [FOLLOWS.get(rule)])}
    assert all(h.score == SCORES[h.rule] for h in hits)


@pytest.mark.parametrize("text", NEGATIVE_EXAMPLES)
def test_when_text_holds_no_name_then_no_rule_fires(scanner, text):
    assert scanner.scan(text) == []


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Basic at CTCRM Lympstone, then RMAS Sandhurst", "upper_surname_then_first"),
        ("then HMNB, Devonport and DSTL, Porton", "surname_comma_first"),
        ("Thanks, Priya. Morning, Priya, all well?", "surname_comma_first"),
        ("Ta, Navdeep\nRegards, Priya", "surname_comma_first"),
        ("I Okonkwo said it", "initial_then_surname"),
        ("Plan B. The form came", "initial_then_surname"),
        ("it's cold here", "its_name_here"),
        ("ok Dave_S. Priya came", "initial_then_surname"),
        ("see dave.S Okonkwo", "initial_then_surname"),
    ],
)
def test_when_words_only_look_like_a_layout_rule_then_that_rule_does_not_fire(scanner, text, rule):
    assert rule not in {hit.rule for hit in scanner.scan(text)}


def test_when_rule_table_is_read_then_every_rule_is_named_once_and_has_examples():
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(rule.examples and 0.5 <= rule.score <= 1.0 for rule in RULES)


WORDS = st.sampled_from(
    ["Priya", "Okonkwo", "Zorbulat", "said", "and", "I", "me", "the", "friend", "thanks",
     "Brown", "mark", "dave", "went", "'s", ".", ",", "\n", "Tom", "Hargreaves-Bell"]
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDS, max_size=14))
def test_when_any_text_is_scanned_then_hits_are_ordered_disjoint_and_scored_by_their_rule(
    words,
):
    text = " ".join(words)
    hits = PersonScanner(default_settings().wordlists()).scan(text)
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(text)
        assert hit.score == SCORES[hit.rule]
        assert text[hit.start : hit.end].strip() == text[hit.start : hit.end]
    assert all(a.end <= b.start for a, b in pairwise(hits))
