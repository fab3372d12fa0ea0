"""A forum's lower-case display name, a first name and the surname's initial ("margaret t
(36f)", "anjali a sold me"), goes whole when the letter stands before a person's age and sex
in brackets or before a verb no article precedes; the article "a" stays elsewhere."""

from __future__ import annotations

import pytest

from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("anjali a sold me her old boots for £32", "anjali a "),
        ("liam a (35m) is looking for a lift", "liam a "),
        ("anyone know kojo a from 102 brigade", "kojo a "),
        ("margaret t (36f) is looking for a lift", "margaret t "),
    ],
)
def test_when_a_lower_case_display_name_ends_in_an_initial_then_it_goes_whole(engine, text, gone):
    scrubbed = scrub_texts(engine, [text])[0]
    assert gone.split()[0] not in scrubbed, scrubbed
    assert scrubbed.startswith("[PERSON-1] ") or "know [PERSON-1] from" in scrubbed, scrubbed


def test_when_a_is_an_article_then_it_stays(engine):
    text = "i saw a film, and a is a letter; we got a (2) of them"
    assert scrub_texts(engine, [text])[0] == text
