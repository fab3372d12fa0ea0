"""The fast search of study values finds exactly what the single alternation finds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.scrub.phrases import PhraseMatcher
from sealflow.scrub.recognizers.generic.deny_list_recognizer import phrase_regex


def _spans_of_single_pattern(terms: list[str], text: str) -> list[tuple[int, int, str]]:
    pattern = phrase_regex(terms)
    if pattern is None:
        return []
    return [(m.start(), m.end(), m.group(0)) for m in pattern.finditer(text)]


def _spans_of_matcher(terms: list[str], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in PhraseMatcher(terms).finditer(text)]


@pytest.mark.parametrize(
    ("terms", "text", "expected"),
    [
        (["Okafor"], "okafor rang OKAFOR's", ["okafor", "OKAFOR"]),
        (["Sgt Okafor", "Okafor"], "Sgt  Okafor and Okafor", ["Sgt  Okafor", "Okafor"]),
        (["connor"], "o'connor and d’connor, connor", ["connor"]),
        (["Okafor"], "Okaforo and xOkafor", []),
        (["07700 900123"], "call 07700\n900123.", ["07700\n900123"]),
        (["+44 7700 900123"], "on +44 7700 900123 or", ["+44 7700 900123"]),
        # re.IGNORECASE: KELVIN SIGN is k, LONG S is s, the dotless and dotted I are i
        (["Kate Sims", "Lin"], "\u212aate \u017fims and L\u0131n, L\u0130N",
         ["\u212aate \u017fims", "L\u0131n", "L\u0130N"]),
        (["Łukasz", "Zoë"], "łukasz and ZOË", ["łukasz", "ZOË"]),
        (["J Smith", "Jo"], "J Smith, Jo, J", ["J Smith", "Jo"]),
        ([], "nothing", []),
    ],
)  # fmt: skip
def test_when_phrases_are_searched_then_the_matches_are_those_of_the_single_pattern(
    terms, text, expected
):
    found = _spans_of_matcher(terms, text)
    assert [value for _, _, value in found] == expected
    assert found == _spans_of_single_pattern(terms, text)


WORD = st.text(
    alphabet=st.sampled_from("abkisoKSI'’-.+0\u212a\u017f\u0130\u0131éÉłŁ"), min_size=1, max_size=7
)
PHRASE = st.lists(WORD, min_size=1, max_size=3).map(" ".join)
GAP = st.sampled_from([" ", "  ", "\n", ", ", ". ", "'", "’", "x", ""])


@settings(max_examples=400, deadline=None)
@given(
    terms=st.lists(PHRASE, min_size=1, max_size=12),
    pieces=st.lists(st.tuples(GAP, st.one_of(WORD, PHRASE)), max_size=30),
    data=st.data(),
)
def test_when_any_phrases_and_text_are_searched_then_the_matcher_equals_the_single_pattern(
    terms, pieces, data
):
    # the text is made mostly of the phrases themselves, in any case, joined by any gap
    words = [data.draw(st.sampled_from([w, w.upper(), w.lower(), w.title()])) for _, w in pieces]
    text = "".join(gap + word for (gap, _), word in zip(pieces, words, strict=True))
    text += " ".join(data.draw(st.lists(st.sampled_from(terms), max_size=4)))
    assert _spans_of_matcher(terms, text) == _spans_of_single_pattern(terms, text)


@settings(max_examples=15, deadline=None)
@given(seed=st.integers(0, 10_000))
def test_when_generated_documents_are_closed_then_the_fast_search_edits_as_the_plain_one(seed):
    """The closed loop over generated documents, with the study's values taken from other
    generated documents: the same edits with PhraseMatcher as with the one alternation."""
    from sealflow.scrub.closed_loop import LoopValues, loop_edits
    from sealflow.scrub.document import Segment
    from sealflow.scrub.evaluation.corpus import generate
    from sealflow.scrub.residual import identifying_values
    from sealflow.scrub.settings import default_settings

    scrub_settings = default_settings()
    documents = generate(seed, 12, sentences=(3, 8))
    values = {
        doc.text[start:end]: entity_type
        for doc in documents
        for entity_type, start, end in doc.spans
    }
    fast = LoopValues.build(values, scrub_settings)
    plain = LoopValues(phrase_regex(identifying_values(values, scrub_settings)), fast.types)
    for doc in documents:
        segments = [Segment(line) for line in doc.text.split("\n") if line.strip()]
        assert loop_edits(segments, fast, scrub_settings) == loop_edits(
            segments, plain, scrub_settings
        )
