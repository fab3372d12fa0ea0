"""The rank recognizer's four patterns and the military place recognizer's trigger words are
searched for through the whole text, so each is guarded by the characters its match can start
with (first_characters.guarded): the same matches and groups as the pattern as written, on
written cases and on generated text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.scrub.recognizers.forces import military_place_recognizer, rank_name_recognizer
from sealflow.scrub.recognizers.forces.military_place_recognizer import MilitaryPlaceRecognizer
from sealflow.scrub.recognizers.forces.rank_name_recognizer import RankNameRecognizer

_RANK_PATTERNS = ("_capital", "_lower", "_initial_only", "_lower_capital_only")


def _patterns(rank: RankNameRecognizer, place: MilitaryPlaceRecognizer) -> list[re.Pattern[str]]:
    triggers = [trigger for _, _, trigger in place._shapes + place._lower_shapes]
    return [getattr(rank, name) for name in _RANK_PATTERNS] + triggers


def _as_written() -> list[re.Pattern[str]]:
    """The same recognizers built with every pattern compiled as written."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(rank_name_recognizer, "guarded", re.compile)
        patch.setattr(military_place_recognizer, "guarded", re.compile)
        return _patterns(RankNameRecognizer(), MilitaryPlaceRecognizer())


GUARDED = _patterns(RankNameRecognizer(), MilitaryPlaceRecognizer())
WRITTEN = _as_written()
PAIRS = list(zip(GUARDED, WRITTEN, strict=True))

CASES = [
    "Sgt Okafor and Cpl de Jong, then capt h and Lt Cdr N; sgt m helped; Maj A briefed",
    "cpl smith and LCpl O'Neil; Wg Cdr de Jong, SAC el-Amin; the sgt says kit moved",
    "posted to RAF Brize Norton, then Catterick Garrison; raf high wycombe; HMS Kent's crew",
    "1st Battalion the Rifles, C Coy; A Squadron; the Queen's Royal Hussars; hms sultan",
    "\u017fgt \u212aelly and Capt \u0130lhan; \u212aing's Troop; \u017fqn leader; CAPT H.",
]
WORDS = re.split(
    r"\s+",
    "Sgt sgt SGT Cpl cpl LCpl Capt capt Lt Cdr Maj Wg SAC Pte Col Gen Brig RSM CSM "
    "Okafor okafor de Jong el-Amin O'Neil H m A N RAF raf HMS hms RFA Royal royal Queen's "
    "King's Barracks barracks Camp Garrison Coy Company Sqn Squadron Battery Flight Kent "
    "the and then , . ; : ( ) - 1st 2 \u017f \u212a \u0130 \u0131 \n",
)
TEXT = st.lists(st.sampled_from(WORDS), max_size=30).map(" ".join)


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], dict]]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_when_the_recognizers_are_built_then_each_searched_pattern_is_guarded():
    for guarded, written in PAIRS:
        assert guarded.pattern.startswith("(?=")
        assert guarded.pattern != written.pattern
        assert guarded.flags == written.flags


@pytest.mark.parametrize("text", CASES)
def test_when_a_guarded_pattern_reads_written_cases_then_its_matches_are_as_written(text):
    for guarded, written in PAIRS:
        assert _found(guarded, text) == _found(written, text)
    assert any(_found(guarded, text) for guarded in GUARDED)


@settings(max_examples=200, deadline=None)
@given(text=TEXT)
def test_when_a_guarded_pattern_reads_any_text_then_its_matches_are_as_written(text):
    for guarded, written in PAIRS:
        assert _found(guarded, text) == _found(written, text)
