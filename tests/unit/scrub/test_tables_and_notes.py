"""Tables typed into notes take their cells' meaning from the header ("38" under "Age" is an
age, "KE" under "Name" a person), while a table of other things keeps its numbers; and the
ways notes and chats give an age beside a name ("Owusu, Efua - 43 yrs - 16 Bde", "happy
birthday kofi!! 54 today", "Karim is fifty-seven on friday") go as ages."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine, get_engine
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import settings_from_section

TABLES = [
    (
        "| Name | Rank | Age |\n|---|---|---|\n| KE | Lt | 28 |\n| W P ZHANG | Cdr | 52 |",
        "| Name | Rank | Age |\n|---|---|---|\n| [PERSON-1] | Lt | [AGE-1] |\n"
        "| [PERSON-2] | Cdr | [AGE-2] |",
    ),
    (
        "surname,first_name,rank,age\nvon Essen,Dawn,Sgt,39\nOWUSU,Yaw,AB,33",
        "surname,first_name,rank,age\n[PERSON-1],[PERSON-2],Sgt,[AGE-1]\n"
        "[PERSON-3],[PERSON-4],AB,[AGE-2]",
    ),
    # a table of things: its numbers stay
    (
        "| Service | Visits | Hours |\n|---|---|---|\n| the gym | 12 | 40 |",
        "| Service | Visits | Hours |\n|---|---|---|\n| the gym | 12 | 40 |",
    ),
    # nobody under "Name", no age over 120: the cells stay
    (
        "| Name | Age |\n|---|---|\n| n/a | 140 |",
        "| Name | Age |\n|---|---|\n| n/a | 140 |",
    ),
    # the table ends where its shape ends: the count after it stays
    (
        "Name\tAge\nKM\t38\n\n38 people came",
        "Name\tAge\n[PERSON-1]\t[AGE-1]\n\n38 people came",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_when_a_table_has_name_and_age_columns_then_their_cells_go(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]


def test_when_the_study_keeps_exact_ages_then_a_table_keeps_its_age_column() -> None:
    keeping = get_engine(settings_from_section({"keep_exact_ages": True}))
    text = "| Name | Age |\n|---|---|\n| KE | 28 |"
    assert scrub_texts(keeping, [text]) == ["| Name | Age |\n|---|---|\n| [PERSON-1] | 28 |"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Owusu, Efua - 43 yrs - 16 Air Assault Brigade",
         "- [PERSON-1] - [AGE-1] yrs - [UNIT-1]"),
        ("• MacLeod, Hamish - 39 yrs\n• NOK informed",
         "• [PERSON-1] - [AGE-1] yrs\n• NOK informed"),
        ("happy birthday kofi!! 54 today", "happy birthday [PERSON-1]!! [AGE-1] today"),
        ("Happy birthday Sam! 40 today", "Happy birthday [PERSON-1]! [AGE-1] today"),
        ("Hiya lads, Karim is fifty-seven on friday, drinks at the mess",
         "Hiya lads, [PERSON-1] is [AGE-1] on friday, drinks at the mess"),
        # a time served, a count of days: they stay
        ("posted there in 2019 - 22 years - loved it",
         "posted there in 2019 - 22 years - loved it"),
        ("Happy birthday! 5 days off now", "Happy birthday! 5 days off now"),
        ("the sgt says kit inspection moved to 0900", "the sgt says kit inspection moved to 0900"),
    ],
)  # fmt: skip
def test_when_notes_or_chats_give_an_age_beside_a_name_then_only_the_age_goes(
    engine: ScrubEngine, text: str, expected: str
) -> None:
    assert scrub_texts(engine, [text]) == [expected]
