"""Initials that sign a chat message or a text: "thx, ct", "cheers, MM", two letters alone
on the message's last line ("km"), a service nickname as a chat export's sender ("Chalky
11:12 PM"). Development corpus 10 left them standing, in writing that otherwise uses
capitals (where lower-case words are read as words); a service nickname as a speaker's
label in a chat typed without capitals ("spike: no way"). The same letters as a unit stay:
"3 - 4 km"."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("its craig, call me when u can thx, ct\n12:01 Me: ok", "thx, ct"),
        ("Anyway bye cheers, MM", "cheers, MM"),
        ("Hubby: my new no. 07863 165269\nkm\n12:01 Me: ok", "\nkm\n"),
        ("Chalky  11:12 PM\nThe full screw wants the list\nDan  11:13 PM\nOk", "Chalky"),
        ("me: the programme lad\nspike: tunde b?? no way\nlofty: eta 10 mins", "spike:"),
    ],
)
def test_when_initials_or_a_nickname_sign_a_message_then_they_go(
    engine: ScrubEngine, text: str, gone: str
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    assert gone not in scrubbed and "[PERSON-" in scrubbed, scrubbed


def test_when_signing_letters_are_also_a_unit_then_the_unit_stays(engine: ScrubEngine) -> None:
    text = "Hubby: my new no. 07863 165269\nkm\n12:01 Me: the road is 3 - 4 km"
    (scrubbed,) = scrub_texts(engine, [text])
    assert scrubbed.endswith("3 - 4 km") and "\nkm\n" not in scrubbed, scrubbed


@pytest.mark.parametrize("text", ["12:01 Me: ok - ok", "12:05 Me: bye - xx", "Hello\ngo\n"])
def test_when_a_message_ends_in_a_word_then_it_stays(engine: ScrubEngine, text: str) -> None:
    assert scrub_texts(engine, [text]) == [text]
