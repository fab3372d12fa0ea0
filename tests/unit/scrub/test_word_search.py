"""The search for a document's name words finds what their one alternation finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.scrub.word_search import single_pattern, word_matches


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
