"""Every regex recognizer's patterns are compiled with a guard on their first character
(recognizers/first_characters.py), including patterns that open with an optional part
("(?:Flat 3, )?12 Gun Lane": the optional part's first characters and what may follow it):
the same matches and groups as the patterns as written, on address, note and name text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.scrub.engine import get_engine
from sealflow.scrub.recognizers.base import ContextRegexRecognizer
from sealflow.scrub.recognizers.first_characters import first_character_class, guarded
from sealflow.scrub.recognizers.uk.uk_address_recognizer import UkAddressRecognizer
from sealflow.scrub.settings import default_settings

CLASSES = [
    (r"(?:ab)?\bc", 0, "[ac]"),
    (r"x?y?z", re.IGNORECASE, "[xyz]"),
    (r"(?i:x)?(?-i:y)", 0, "[y]|(?i:[x])"),
    (r"(?:Flat[ \t]+)?\d{1,4}", 0, r"[F\d]"),
    (r"a?", 0, None),  # may be empty: no first character
    (r"(?:a|b?)c", 0, None),  # a branch that may be empty: not read further
    (r"(?:a|b)?.", 0, None),  # any character may follow
]


@pytest.mark.parametrize(("pattern", "flags", "expected"), CLASSES)
def test_the_first_characters_of_a_pattern_with_an_optional_start(
    pattern: str, flags: int, expected: str | None
) -> None:
    assert first_character_class(pattern, flags) == expected


def test_the_address_patterns_opening_optionally_are_guarded() -> None:
    recognizer = UkAddressRecognizer()
    assert all(regex.pattern.startswith("(?=") for _, regex, _ in recognizer._compiled)


def _registry_patterns() -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """Each regex recognizer's patterns as written and as the engine compiles them."""
    classes = {
        type(r)
        for r in get_engine(default_settings()).analyzer.registry.recognizers
        if isinstance(r, ContextRegexRecognizer)
    }
    return [
        (re.compile(regex, cls.FLAGS), guarded(regex, cls.FLAGS))
        for cls in sorted(classes, key=lambda c: c.__name__)
        for _name, regex, _score in cls.PATTERNS
    ]


PAIRS = _registry_patterns()
WORDS = re.split(
    r" ",
    "Flat flat 3 3/2 12 12a Unit Apt Block Room Wing Gun Lane Road road St Street Close "
    "close the The Old Forge Alamein lines barracks heol Llys number no. twelve one moved to "
    "lives at address: home new KO JC AP/DC Present: Apols: Action: SR to follow up by "
    "Regards, K P GURUNG cc: Sgt Okafor Posted by jan_k88 PL1 5ZS DOB 12/04/1987 "
    "\u017f \u212a \u0130 , . ; ( ) - \n \t",
)
TEXT = st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join)


def test_the_registry_patterns_are_mostly_guarded() -> None:
    assert sum(kept.pattern.startswith("(?=") for _, kept in PAIRS) > 0.7 * len(PAIRS)


@settings(max_examples=100, deadline=None)
@given(text=TEXT)
def test_a_guarded_pattern_finds_what_the_pattern_as_written_finds(text: str) -> None:
    for plain, kept in PAIRS:
        assert [(m.span(), m.groupdict()) for m in kept.finditer(text)] == [
            (m.span(), m.groupdict()) for m in plain.finditer(text)
        ]
