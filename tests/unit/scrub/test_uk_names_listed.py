"""Names the British population aged 18 to 60 carries, found once listed (issue #9, uknames).

Why: the shipped name lists grew from the US Census 1990 lists and missed names of UK birth
cohorts 1965-2008 and of the communities the forces recruit from ("Spoke to Felicity about
it.", "Rupert the adjutant was useless." kept the name). The names were added from general
knowledge of UK naming (tests/data/uk_name_reference, no corpus read); names that are also
ordinary words were left out or put on the ambiguous list, so the words they spell stay
("the rowan tree", "a Merlin flew over", "Clement weather"). Sentences written for this work.
"""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import default_settings

WORDS = default_settings().wordlists()


@pytest.mark.parametrize(
    ("text", "scrubbed"),
    [
        ("Spoke to Felicity about it.", "Spoke to [PERSON-1] about it."),
        ("Isabella was my CO's wife.", "[PERSON-1] was my CO's wife."),
        ("Rupert the adjutant was useless.", "[PERSON-1] the adjutant was useless."),
        ("Benedict was brilliant on exercise.", "[PERSON-1] was brilliant on exercise."),
        ("Lakshmi was brilliant.", "[PERSON-1] was brilliant."),
        ("I spoke to Aneurin about it.", "I spoke to [PERSON-1] about it."),
        ("I spoke to Tristan about the move.", "I spoke to [PERSON-1] about the move."),
        ("Fatimah was brilliant with the kids.", "[PERSON-1] was brilliant with the kids."),
        ("Pasang was brilliant on the course.", "[PERSON-1] was brilliant on the course."),
        ("Venetia was brilliant.", "[PERSON-1] was brilliant."),
        ("Aengus was brilliant.", "[PERSON-1] was brilliant."),
        ("Ezekiel was brilliant.", "[PERSON-1] was brilliant."),
        ("Colette was brilliant.", "[PERSON-1] was brilliant."),
        ("me and jemima went to the families day", "me and [PERSON-1] went to the families day"),
        ("my mate graeme helped with the move", "my mate [PERSON-1] helped with the move"),
        ("my mate martyn helped", "my mate [PERSON-1] helped"),
        ("spoke to hermione about the housing", "spoke to [PERSON-1] about the housing"),
        ("i spoke to alistair about it.", "i spoke to [PERSON-1] about it."),
        ("me and rupert went", "me and [PERSON-1] went"),
        ("my mate felicity helped", "my mate [PERSON-1] helped"),
        ("spoke to duncan about it", "spoke to [PERSON-1] about it"),
        ("me and gurinder went", "me and [PERSON-1] went"),
        ("my mate naveed helped", "my mate [PERSON-1] helped"),
        ("spoke to eluned about it", "spoke to [PERSON-1] about it"),
        ("me and dazzer went", "me and [PERSON-1] went"),
        ("Fliss said she would call.", "[PERSON-1] said she would call."),
        ("sgt wainwright was fair", "[PERSON-1] was fair"),
        ("spoke to cpl mccartney about it", "spoke to [PERSON-1] about it"),
        ("Sgt Sparkes was fair.", "[PERSON-1] was fair."),
        ("Verity said no.", "[PERSON-1] said no."),
        ("Sonny said he was fine.", "[PERSON-1] said he was fine."),
        ("Abbey said she was fine.", "[PERSON-1] said she was fine."),
    ],
)
def test_when_a_uk_name_the_lists_gained_is_written_then_it_is_replaced(
    engine: ScrubEngine, text: str, scrubbed: str
) -> None:
    assert scrub_texts(engine, [text]) == [scrubbed]


@pytest.mark.parametrize(
    "text",
    [
        "I will call tomorrow.",
        "by the grace of god we got back",
        "we had a frank talk about it",
        "the bill came to forty quid",
        "may I ask a question",
        "they tried to rob a bank",
        "there's always hope",
        "the rowan tree by the gate",
        "the piers were busy all summer",
        "the Tudor house was old",
        "a Merlin flew over the range",
        "Parkinson's disease runs in the family",
        "we went to Asia on tour",
        "The abbey was cold.",
        "the aria was lovely",
        "Clement weather today.",
        "we had basil with the pasta",
        "my husband works in the kitchen",
        "she is my ally at work",
        "that is just karma",
        "the willow by the river",
        "honey, I am home",
        "a dimple on his chin",
        "Sunny spells all week.",
        "the dawn patrol",
        "we mark the day every year",
        "June was wet",
    ],
)
def test_when_an_ordinary_word_looks_like_a_name_then_it_stays(
    engine: ScrubEngine, text: str
) -> None:
    assert scrub_texts(engine, [text]) == [text]


@pytest.mark.parametrize(
    "word",
    [
        "basil",
        "willow",
        "honey",
        "karma",
        "ally",
        "akin",
        "armour",
        "birch",
        "kitchen",
        "husband",
        "merlin",
        "asia",
        "nepal",
        "parkinson",
        "rowan",
        "piers",
        "tudor",
        "clement",
    ],
)
def test_when_a_name_is_also_an_ordinary_word_then_it_is_no_unambiguous_name(word: str) -> None:
    assert not WORDS.is_unambiguous_name(word)


@pytest.mark.parametrize(
    "name",
    [
        "felicity",
        "isabella",
        "rupert",
        "graeme",
        "alistair",
        "martyn",
        "jemima",
        "hermione",
        "duncan",
        "eluned",
        "aengus",
        "lakshmi",
        "pasang",
        "naveed",
        "fliss",
        "wainwright",
        "mccartney",
        "sparkes",
    ],
)
def test_when_a_uk_name_was_missing_then_it_is_now_an_unambiguous_listed_name(name: str) -> None:
    assert WORDS.is_unambiguous_name(name)
