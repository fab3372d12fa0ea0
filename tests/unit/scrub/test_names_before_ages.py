"""A listed first name said just before a found age names a person ("Lily  age 9", "Ruby
(13)", "Poppy's turning twenty-seven"), though the name is also a word; an ordinary word
in lower case, a rank or a room before an age stays."""

from __future__ import annotations

import pytest

from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Dependants:\n1. Evie  aged 4  F\n2. Lily  age 2  F", ["Evie", "Lily", " 4 ", " 2 "], []),
        ("Our Poppy's turning twenty-seven next month, she says", ["Poppy", "twenty-seven"], []),
        ("Lives in SFA with partner Wayne, 49, and Lily 3, Amara 5.", ["Lily", "Amara"], []),
        ("I was a mere 19 then, and Cpl 31yrs in", ["19"], ["a mere ", "Cpl "]),
    ],
)
def test_when_a_first_name_comes_just_before_a_found_age_then_it_goes(engine, text, gone, kept):
    scrubbed = scrub_texts(engine, [text])[0]
    assert not any(word in scrubbed for word in gone), scrubbed
    assert all(piece in scrubbed for piece in kept), scrubbed
