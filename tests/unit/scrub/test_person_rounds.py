"""One placeholder per person, third round (issue 9 point 2): a lower-case first name that is
an ordinary word between a rank and a surname, initials and misspellings of a found name,
names a recognizer ran across a line into a label, and different people kept apart."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.name_edges import name_before
from sealflow.scrub.people import PersonIndex
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import default_settings

WORDS = default_settings().wordlists()


@pytest.mark.parametrize(
    ("mentions", "starts", "joined"),
    [
        # a first name spelled, then the surname spelled right after: one person, the one
        # known by the surname under a rank
        (["Sgt Trebilcock", "A N G H A R A D", "T - R - E - B - I - L - C - O - C - K"],
         [0, 100, 125], True),
        (["Sgt Trebilcock", "Angharad", "A N G H A R A D", "T-R-E-B-I-L-C-O-C-K"],
         [0, 50, 100, 125], True),
        # too far apart, or the surname's person already has another first name
        (["Sgt Trebilcock", "A N G H A R A D", "T - R - E - B - I - L - C - O - C - K"],
         [0, 100, 900], False),
        (["Tomos Trebilcock", "A N G H A R A D", "T - R - E - B - I - L - C - O - C - K"],
         [0, 100, 125], False),
    ],
)  # fmt: skip
def test_when_a_first_name_and_a_surname_are_spelled_in_turn_then_they_are_one_person(
    mentions, starts, joined
):
    people = index()
    people.learn(mentions, starts)
    assert (people.person_of(mentions[1]) == people.person_of(mentions[-1])) is joined


def people_in(scrubbed: str) -> set[str]:
    return set(re.findall(r"\[PERSON-\d+\]", scrubbed))


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # a first name that is an ordinary word on no name list, then a listed surname
        ("we heard lcpl mei okafor was posted north", ["mei", "okafor"], ["posted"]),
        ("i asked cpl hope mensah about the rota", ["hope", "mensah"], ["asked"]),
        # a surname on no list, found in full elsewhere in the text
        ("LCpl Mei Varrowby joined us. later lcpl mei varrowby left.", ["mei", "Mei"], []),
        # a verb of speech between rank and surname is no first name
        ("the sgt said okafor was late", ["okafor"], ["said"]),
        ("the cpl told mensah to wait", ["mensah"], ["told"]),
    ],
)
def test_when_a_lower_case_rank_precedes_two_words_and_a_surname_then_both_words_go(
    engine: ScrubEngine, text, gone, kept
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert not re.search(rf"\b{value}\b", scrubbed), scrubbed
    for value in kept:
        assert value in scrubbed, scrubbed
    assert len(people_in(scrubbed)) == 1, scrubbed


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("spoke to lcpl mei [PERSON-2] today", "mei [PERSON-2]"),
        ("spoke to Cpl Mei [PERSON-2] today", "Mei [PERSON-2]"),
        ("the sgt said [PERSON-2] was late", None),
        ("the sgt and [PERSON-2] were late", None),
        ("a long mei [PERSON-2] today", None),
    ],
)
def test_when_a_word_stands_between_a_rank_and_a_person_then_it_joins_unless_a_verb(text, joined):
    start = text.index("[PERSON-2]")
    found = name_before(text, start, WORDS)
    assert (None if found is None else text[found : start + len("[PERSON-2]")]) == joined


def index() -> PersonIndex:
    settings = default_settings()
    return PersonIndex(WORDS, settings.diminutives(), settings.service_nicknames())


@pytest.mark.parametrize(
    ("mentions", "same", "different"),
    [
        # a misspelling of a found name that is also an ordinary word ("grace")
        (["Grace Tremayne", "Garce"], [(0, 1)], []),
        (["Garce", "Grace Tremayne"], [(0, 1)], []),
        # four letters, two of them swapped; four letters with one changed are two names
        (["Iolo Penrose", "Iloo"], [(0, 1)], []),
        (["Ezra Penrose", "Ezro"], [], [(0, 1)]),
        # four letters of five, one dropped; a long name that lost its first letter
        (["Zofia Okonjo", "Zfia"], [(0, 1)], []),
        (["Tegwen Prydderch", "rydderch"], [(0, 1)], []),
        (["Okafor", "kafor"], [], [(0, 1)]),
        # the middle of a first name as its short form; the end of a display name is not
        (["Akosita Fonua", "Kosi"], [(0, 1)], []),
        (["mehmetdunleavy", "dunleavy"], [], [(0, 1)]),
        # a pet form made on a short form of the table ("Tommo" by way of "Tom")
        (["Thomas Pryce", "Tommo"], [(0, 1)], []),
        (["Robert Nakalevu", "Robbo"], [(0, 1)], []),
        (["Thomas Pryce", "Timmo"], [], [(0, 1)]),
        # one word read as a first name and a surname run together is one name when the
        # document names someone by it ("dilkumar" is no "Dil Kumar" beside this full name)
        (["dilkumar gurung", "dilkumar"], [(0, 1)], []),
        (["Dil Kumar", "dilkumar"], [(0, 1)], []),
        # a time run in before the rank; a rank of the RAF written in full
        (["Flight Lieutenant Morwenna ap Rhys", "0915 hrs Flight Lieutenant ap Rhys"],
         [(0, 1)], []),
        (["Senior Aircraftman Tegwen Pryce", "Aircraftman Pryce", "SAC Pryce"],
         [(0, 1), (0, 2)], []),
        # different people stay apart: two surnames, one misspelt name of each
        (["Lowenna Trebilcock", "Lowenna Tregilgas", "Trebilcok", "Tregilgsa"],
         [(0, 2), (1, 3)], [(0, 1), (2, 3)]),
        # a misspelling that fits two people is neither's
        (["Jolyon Penhallow", "Jolyan Tresize", "Jolyen"], [], [(0, 1), (0, 2), (1, 2)]),
    ],
)  # fmt: skip
def test_when_initials_typos_and_short_forms_are_indexed_then_each_person_keeps_one_index(
    mentions, same, different
):
    people = index()
    people.learn(mentions)
    found = [people.person_of(m) for m in mentions]
    assert None not in found
    for a, b in same:
        assert found[a] == found[b], (mentions[a], mentions[b])
    for a, b in different:
        assert found[a] != found[b], (mentions[a], mentions[b])


@pytest.mark.parametrize(
    ("text", "gone", "people"),
    [
        # a misspelling in lower case, in quotes, or with a capital inside
        ("Pascoe Trebilcock came in. the clerk typed trebilcok again.", ["trebilcok"], 1),
        ("Service user: Lowenna Trebilcock. Council wrote to her as 'Trebilcok'.",
         ["Trebilcok"], 1),
        ("Case: NicThòmais, Peigi. A letter came for 'NicThòmasi' today.", ["NicThòmasi"], 1),
        ("Zofia Okonjo joined in May. Zfia was late twice.", ["Zfia"], 1),
        ("Tegwen Prydderch rang. The form said Rydderch, wrongly.", ["Rydderch"], 1),
        # a name spaCy ran over a line into the next line's label
        ("Present: WO1 Eluned Caradog-Pryce\nNote-taker: Tomos Bevan\n"
         "Raised by E. Caradog-Pryce; Caradog-Pryce agreed.", ["Eluned"], 2),
    ],
)  # fmt: skip
def test_when_a_found_name_is_written_again_differently_then_one_placeholder_replaces_both(
    engine: ScrubEngine, text, gone, people
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert value not in scrubbed, scrubbed
    assert len(people_in(scrubbed)) == people, scrubbed


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # an initial at the end of the line before, glued, or in lower-case writing
        ("Next review in six months. - T.\nOkafor\n09/05/2026 SU rang", ["T.", "Okafor"],
         ["SU rang"]),
        ("As discussed, P.Ó Dochartaigh (that's Pádraig Ó Dochartaigh) rang.", ["P.", "Ó D"],
         []),
        ("does c. agyeman = claudette agyeman? two on the list", ["c. ", "agyeman"],
         ["two on the list"]),
        # a name broken over a line, a sentence ending after its surname
        ("An entry was made in the log by Tevita\nNakalevu. Civil police came.",
         ["Tevita", "Nakalevu"], ["Civil police came."]),
        ("Made by Akosua\nGrant-Lindo.\nMovements that evening were", ["Grant-Lindo"],
         ["Movements that evening"]),
        # an initial "A." opening a sentence before a surname that is also a town
        ("She has been in post three months. A. Mostyn\ninformed her family by phone.",
         ["A.", "Mostyn"], ["informed her family"]),
        # a signature's next line stays
        ("Dr Idris Pugh\nConsultant Psychiatrist\nWard 4", ["Idris"], ["Consultant"]),
    ],
)  # fmt: skip
def test_when_an_initial_or_surname_stands_across_a_line_or_glued_then_it_goes_with_the_name(
    engine: ScrubEngine, text, gone, kept
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert value not in scrubbed, scrubbed
    for value in kept:
        assert value in scrubbed, scrubbed
    assert len(people_in(scrubbed)) == 1, scrubbed


def test_when_a_code_ends_in_a_letter_before_a_name_then_the_letter_is_no_initial(
    engine: ScrubEngine,
):
    """ "LA-24-92-76-A. Sione": the "A" is the code's; read as an initial it made the name
    part of the code's span, and the person lost its placeholder."""
    (scrubbed,) = scrub_texts(
        engine, ["Sione Tukuafu rang. His NI number is AB-12-34-56-C. Sione served 30 days."]
    )
    assert "Sione" not in scrubbed, scrubbed
    assert len(people_in(scrubbed)) == 1, scrubbed
    assert scrubbed.count("[PERSON-1]") == 2, scrubbed


# Synthetic names for the properties below: no two share a start, an end or a misspelling.
FIRSTS = ["Tobenna", "Gwenllian", "Przemyslaw", "Siobhan", "Oluwaseun", "Katarzyna"]
SURNAMES = ["Okonkwo", "Trebilcock", "Wroblewski", "Caradog", "Nakalevu", "Pengelly"]


def misspelt(word: str, at: int, swap: bool) -> str:
    """``word`` with two letters after its first swapped, or one of them left out."""
    at = 1 + at % (len(word) - 2)
    if swap:
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    return word[:at] + word[at + 1 :]


@settings(max_examples=60, deadline=None)
@given(
    first=st.sampled_from(FIRSTS),
    surname=st.sampled_from(SURNAMES),
    at=st.integers(min_value=0, max_value=20),
    swap=st.booleans(),
)
def test_when_a_found_name_is_misspelt_then_the_misspelling_keeps_its_index(
    first, surname, at, swap
):
    forms = [f"{first} {surname}", misspelt(first, at, swap), misspelt(surname, at, swap)]
    people = index()
    people.learn(forms)
    assert len({people.person_of(f) for f in forms}) == 1, forms


@settings(max_examples=60, deadline=None)
@given(
    firsts=st.lists(st.sampled_from(FIRSTS), min_size=2, max_size=2, unique=True),
    surnames=st.lists(st.sampled_from(SURNAMES), min_size=2, max_size=2, unique=True),
    at=st.integers(min_value=0, max_value=20),
    swap=st.booleans(),
)
def test_when_two_people_are_misspelt_then_they_never_share_an_index(firsts, surnames, at, swap):
    one = [
        f"{firsts[0]} {surnames[0]}",
        misspelt(firsts[0], at, swap),
        misspelt(surnames[0], at, swap),
    ]
    two = [
        f"{firsts[1]} {surnames[1]}",
        misspelt(firsts[1], at, swap),
        misspelt(surnames[1], at, swap),
    ]
    people = index()
    people.learn([*one, *two])
    assert {people.person_of(m) for m in one}.isdisjoint({people.person_of(m) for m in two})
