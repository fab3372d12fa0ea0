"""A nickname given without quotes ("known as Guru", "we called her Tiny", "RIP Spike.") is
that person in the scrubbed text, every time it is said; the same words used as words stay."""

from __future__ import annotations

import pytest

from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("M1: Tiny, we called her Tiny. Fiona Lindsay. She was forty then.", ["Tiny"], []),
        ("#1 pongo55\nRIP Guru. Kamal was only 32. we did five months together", ["Guru"], []),
        ("Shrestha, of Hartlepool, was known as Guru to friends, the court heard.", ["Guru"], []),
        (
            "a tiny flat, a guru of fitness, and the rip tide",
            [],
            ["tiny flat", "guru of", "rip tide"],
        ),
    ],
)
def test_when_a_nickname_is_given_without_quotes_then_it_goes(engine, text, gone, kept):
    scrubbed = scrub_texts(engine, [text])[0]
    assert not any(word in scrubbed for word in gone), scrubbed
    assert all(piece in scrubbed for piece in kept), scrubbed
