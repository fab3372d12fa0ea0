"""A rank or title before a name goes under the name's placeholder, whichever pass found the
name (docs/DATA.md: PERSON is "names, ranks and titles with names"). The rank recognizer
always read "Sgt Okafor" whole, but a name found another way (initial and surname, spaCy,
the closed loop, a short form) left its rank standing: "Cpl [PERSON-1]". In a small unit a
rank beside a placeholder can be enough to name someone. A rank word that is also an
ordinary word in lower case ("my sister", "the major") stays where it is a word."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts

# (text, what the scrubbed text must read)
RANK_TAKEN = [
    ("Cpl W Grant's daughter stays with nan.", "[PERSON-1]'s daughter stays with nan."),
    ("Subject: Flt Sgt C Adeyemi (age 48)", "Subject: [PERSON-1] (age [AGE-1])"),
    ("Many thanks\nWO2 E MacLeod\nCaseworker", "Many thanks\n[PERSON-1]\nCaseworker"),
    ("I am writing to refer Gnr C McIntyre to you.", "I am writing to refer [PERSON-1] to you."),
    ("Raised by the OC; Mr K. Boateng declined.", "Raised by the OC; [PERSON-1] declined."),
    ("Spoke to Miss R. Zhang re housing.", "Spoke to [PERSON-1] re housing."),
    ("Rang WO2 Rai - no answer.", "Rang [PERSON-1] - no answer."),
    ("Lt Col P Price came to the meeting.", "[PERSON-1] came to the meeting."),
    ("Present: Capt W. Lewandowski (MO)", "Present: [PERSON-1] (MO)"),
    ("ls mei lin aged 58 is from farnborough", "[PERSON-1] aged [AGE-1] is from [LOCATION-1]"),
    ("my sgt didnt care, po drummond never rang", "my sgt didnt care, [PERSON-1] never rang"),
    ("ab jones helped loads", "[PERSON-1] helped loads"),
    ("Staff Sergeant Jones signed it.", "[PERSON-1] signed it."),
]  # fmt: skip

# a rank word that is an ordinary word here stays; the name beside it still goes
WORD_KEPT = [
    ("my sister Jane Smith rang", "my sister [PERSON-1] rang"),
    ("he is a major Jones fan", "he is a major [PERSON-1] fan"),
    ("the major M Smith", "the major [PERSON-1]"),
]


@pytest.mark.parametrize(("text", "expected"), RANK_TAKEN)
def test_when_a_name_is_found_then_the_rank_before_it_goes_with_it(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


@pytest.mark.parametrize(("text", "expected"), WORD_KEPT)
def test_when_a_rank_word_is_an_ordinary_word_then_it_stays(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


def test_when_the_rank_and_the_surname_come_again_then_one_placeholder_holds_both(
    engine: ScrubEngine,
) -> None:
    [scrubbed] = scrub_texts(engine, ["Cpl W Grant rang. Later Grant said Cpl Grant was fine."])
    assert scrubbed == "[PERSON-1] rang. Later [PERSON-1] said [PERSON-1] was fine."
