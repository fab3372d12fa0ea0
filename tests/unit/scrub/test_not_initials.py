"""One list of capitals that are an office or a body, never a person's initials: the letter
layouts and the linking of initials to a named person read the same list, and a body given a
task in a note is not replaced while a person's initials are."""

import pytest

from sealflow.scrub.engine import get_engine
from sealflow.scrub.people import read_initials
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import default_settings
from sealflow.scrub.wordlists import NOT_INITIALS, build_wordlists, not_initials

# every entry of the three lists this one replaced
_FORMERLY_NOT_INITIALS = ["int", "iv", "wo", "co", "oc", "nco", "mod", "hq", "gp", "rn", "raf"]
_FORMERLY_LETTER_ROLES = ["hr", "uwo", "rsm", "adjt", "jpa", "cab", "pip", "cpn", "ssafa", "n/a"]


def test_the_one_list_keeps_every_entry_of_the_lists_it_replaced() -> None:
    for letters in [*_FORMERLY_NOT_INITIALS, *_FORMERLY_LETTER_ROLES]:
        assert letters in not_initials(), letters
    assert NOT_INITIALS is not_initials()


@pytest.mark.parametrize("letters", ["PC", "DS", "DC", "CM", "MD", "ED", "LA", "JS", "KW"])
def test_letters_as_often_a_persons_are_not_offices(letters: str) -> None:
    assert letters.lower() not in not_initials()


def test_linking_never_reads_an_office_as_initials() -> None:
    words = build_wordlists()
    assert read_initials("DWP", words) is None
    assert read_initials("CTP", words) is None
    assert read_initials("KW", words) is not None


@pytest.mark.parametrize(
    ("note", "kept", "gone"),
    [
        ("Call logged. DWP to contact re UC; SR to follow up.", ["DWP", "UC"], ["SR"]),
        ("CTP informed. JCP to review the claim. JT aware.", ["CTP", "JCP"], ["JT"]),
        ("SSAFA to arrange the visit, OH to review, KM to chase.", ["SSAFA", "OH"], ["KM"]),
    ],
)
def test_a_body_given_a_task_stays_and_a_persons_initials_go(
    note: str, kept: list[str], gone: list[str]
) -> None:
    out = scrub_texts(get_engine(default_settings()), [note])[0]
    for word in kept:
        assert word in out, (word, out)
    for word in gone:
        assert f" {word} " not in f" {out} ", (word, out)
