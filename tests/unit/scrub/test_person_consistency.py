"""One placeholder per person, whatever the order of the mentions (issue 9, point 2).

Property tests of the person index (people.py) and of whole scrubbed documents: a person
named in many forms keeps one placeholder whichever form comes first (a first name, its
diminutive or its misspelling before the full name, or no full name at all); the people a
document holds do not depend on the order its mentions are read in; two people who share a
first name keep their own placeholders and the bare first name joins neither.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from name_forms import DIMINUTIVES, WORDS, index

from sealflow.scrub.document import Segment
from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.people import PersonIndex
from sealflow.scrub.scrubber import scrub_segment_lists

# First names with short forms in the diminutive table, surnames that are no first name.
FIRSTS = [
    "Katarzyna",
    "Margaret",
    "Elizabeth",
    "Christopher",
    "Alexander",
    "Rebecca",
    "Stephen",
    "Gareth",
    "Michael",
    "Deborah",
    "Victoria",
    "Benjamin",
    "Patricia",
]
SURNAMES = [
    "Okafor",
    "Kowalczyk",
    "Pemberton",
    "Adeyemi",
    "Mainwaring",
    "Ratuvou",
    "Castellano",
    "Blenkinsop",
]


def misspelt(name: str) -> str:
    """The name with two letters in its middle swapped ("Kowalczyk" -> "Kowaclzyk"), the
    first such swap that is no listed name itself ("Debroah" is one: two listed names are
    two names, see people.could_be_misspelling)."""
    for at in range(len(name) // 2, len(name) - 2):
        swapped = name[:at] + name[at + 1] + name[at] + name[at + 2 :]
        if swapped != name and not WORDS.is_listed_name(swapped.lower()):
            return swapped
    raise AssertionError(f"no unlisted misspelling of {name}")


def short_forms(first: str) -> list[str]:
    """The first name's short forms in the diminutive table ("Kasia", "Kasha")."""
    return sorted(s.capitalize() for s in DIMINUTIVES[first.lower()] - {first.lower()})


def forms_of(first: str, surname: str, data: st.DataObject) -> list[str]:
    """A person's full name and a draw of the other forms a document writes them in."""
    others = [
        first,
        surname,
        f"Sgt {surname}",
        f"{first[0]}. {surname}",
        f"{surname.upper()}, {first}",
        f"{surname.upper()} {first}",
        f"{surname}'s",
        f"{first}'s",
        first.lower(),
        misspelt(surname),
        data.draw(st.sampled_from(short_forms(first)), label="short form"),
    ]
    picks = data.draw(st.lists(st.sampled_from(others), min_size=2, max_size=7, unique=True))
    return [f"{first} {surname}", *picks]


def people_of(mentions: list[str]) -> set[frozenset[str]]:
    """The mentions grouped by the person the index gives them (a mention that fits
    several people is a person of its own at every use, so it stands alone)."""
    people = index()
    people.learn(mentions)
    groups: dict[int | None, set[str]] = {}
    for mention in mentions:
        groups.setdefault(people.person_of(mention), set()).add(mention)
    return {frozenset(group) for group in groups.values()}


@settings(max_examples=80, deadline=None)
@given(
    first=st.sampled_from(FIRSTS),
    surname=st.sampled_from(SURNAMES),
    data=st.data(),
    order=st.randoms(use_true_random=False),
)
def test_when_a_person_is_named_in_many_forms_in_any_order_then_all_share_one_index(
    first, surname, data, order
):
    mentions = forms_of(first, surname, data)
    order.shuffle(mentions)  # the full name anywhere: a short form may come first
    people = index()
    people.learn(mentions)
    assert len({people.person_of(m) for m in mentions}) == 1, mentions


@settings(max_examples=80, deadline=None)
@given(first=st.sampled_from(FIRSTS), data=st.data(), order=st.randoms(use_true_random=False))
def test_when_only_a_first_name_and_its_short_forms_are_written_then_any_order_gives_one_person(
    first, data, order
):
    shorts = data.draw(
        st.lists(st.sampled_from(short_forms(first)), min_size=1, max_size=2, unique=True)
    )
    mentions = [first, misspelt(first), *shorts]
    order.shuffle(mentions)
    people = index()
    people.learn(mentions)
    assert len({people.person_of(m) for m in mentions}) == 1, mentions


@settings(max_examples=60, deadline=None)
@given(
    firsts=st.lists(st.sampled_from(FIRSTS), min_size=2, max_size=2, unique=True),
    surnames=st.lists(st.sampled_from(SURNAMES), min_size=2, max_size=2, unique=True),
    data=st.data(),
    orders=st.lists(st.randoms(use_true_random=False), min_size=2, max_size=2),
)
def test_when_mentions_are_read_in_another_order_then_the_people_are_the_same(
    firsts, surnames, data, orders
):
    mentions = forms_of(firsts[0], surnames[0], data) + forms_of(firsts[1], surnames[1], data)
    one, two = list(mentions), list(mentions)
    orders[0].shuffle(one)
    orders[1].shuffle(two)
    assert people_of(one) == people_of(two), (one, two)


@settings(max_examples=60, deadline=None)
@given(
    first=st.sampled_from(FIRSTS),
    surnames=st.lists(st.sampled_from(SURNAMES), min_size=2, max_size=2, unique=True),
    order=st.randoms(use_true_random=False),
)
def test_when_two_people_share_a_first_name_then_the_bare_first_name_joins_neither(
    first, surnames, order
):
    one = [f"{first} {surnames[0]}", f"Sgt {surnames[0]}", f"{surnames[0]}'s"]
    two = [f"{first} {surnames[1]}", f"{surnames[1].upper()}, {first}", surnames[1]]
    bare = [first, first.lower()]
    mentions = one + two + bare
    order.shuffle(mentions)
    people = index()
    people.learn(mentions)
    mine = {people.person_of(m) for m in one}
    theirs = {people.person_of(m) for m in two}
    assert len(mine) == 1 and len(theirs) == 1 and mine != theirs, mentions
    for mention in bare:
        assert people.person_of(mention) not in mine | theirs, mention


@pytest.mark.parametrize(
    ("mentions", "same", "apart"),
    [
        (["David Hughes", "Hughes David"], [(0, 1)], []),
        (["HUGHES David", "Sgt Hughes", "David Hughes"], [(0, 1), (0, 2)], []),
        (
            ["Gareth Pritchard", "Pritchard Gareth", "Gareth Jones", "Jones Gareth"],
            [(0, 1), (2, 3)],
            [(0, 2), (1, 3)],
        ),
        # both words are first names: two people, not one written both ways
        (["Owen Thomas", "Thomas Owen"], [], [(0, 1)]),
        # a near spelling written surname first is not enough
        (["David Hughes", "Hughs David"], [], [(0, 1)]),
        # a register's surname and initial, and a surname of two words without its hyphen
        (["Katarzyna Nowak", "Nowak K."], [(0, 1)], []),
        (["Katarzyna Nowak", "Nowak K.", "Krzysztof Nowak"], [], [(0, 1), (1, 2), (0, 2)]),
        (["Sophie Beaumont-Clarke", "Flt Lt Beaumont Clarke"], [(0, 1)], []),
        (["Flt Lt Beaumont Clarke", "Sophie Beaumont-Clarke", "Ann Clarke"], [(0, 1)], [(0, 2)]),
    ],
)
def test_when_a_name_is_written_in_a_register_form_then_it_joins_only_the_exact_person(
    mentions, same, apart
):
    people = index()
    people.learn(mentions)
    found = [people.person_of(m) for m in mentions]
    assert all(found[a] == found[b] for a, b in same), found
    assert all(found[a] != found[b] for a, b in apart), found


@pytest.mark.parametrize(
    ("mentions", "same", "apart"),
    [
        # no full name: the listed name is placed first, its forms then join it
        (["jol", "joylon", "jolyon"], [(0, 1), (1, 2)], []),
        # a short form of two names placed before them joins neither
        (["Sam", "Samantha", "Samuel"], [], [(1, 2), (0, 1), (0, 2)]),
        # a service nickname before its surname
        (["Tug", "Wilson"], [(0, 1)], []),
    ],
)
def test_when_no_full_name_is_given_then_partial_mentions_link_whatever_comes_first(
    mentions, same, apart
):
    for ordered in (mentions, mentions[::-1]):
        people: PersonIndex = index()
        people.learn(ordered)
        found = {m: people.person_of(m) for m in ordered}
        for a, b in same:
            assert found[mentions[a]] == found[mentions[b]], (ordered, found)
        for a, b in apart:
            assert found[mentions[a]] != found[mentions[b]], (ordered, found)


TURNS = (
    "Interviewer: Did you know {}?",
    "Respondent: Yes, {} was on my course.",
    "Respondent: I think {} left in 2019.",
    "Interviewer: And {} kept in touch?",
)


@settings(max_examples=10, deadline=None)
@given(
    first=st.sampled_from(FIRSTS),
    surname=st.sampled_from(SURNAMES),
    picks=st.lists(st.integers(0, 4), min_size=3, max_size=5),
    order=st.randoms(use_true_random=False),
)
def test_when_a_person_is_named_across_turns_then_every_turn_has_one_placeholder(
    engine: ScrubEngine, first, surname, picks, order
):
    forms = [f"Sgt {surname}", f"{first}'s", f"{surname.upper()}, {first}", surname, first]
    mentions = [f"{first} {surname}", *(forms[i] for i in picks)]
    order.shuffle(mentions)  # the full name in any turn, not only the first
    segments = [Segment(TURNS[n % len(TURNS)].format(m)) for n, m in enumerate(mentions)]
    (result,) = scrub_segment_lists(engine, [segments])
    placed = {p for edits in result.edits for _, _, p in edits if p}
    assert placed == {"[PERSON-1]"}, (mentions, result.edits)
    for segment, edits in zip(segments, result.edits, strict=True):
        assert any(re.fullmatch(r"\[PERSON-1\]", p) for _, _, p in edits), segment.text


@pytest.mark.parametrize("surname", ["Thornbury", "Preston", "Hamilton"])
@pytest.mark.parametrize(
    "segments",
    [
        ["Did you know {s}?", "I served with Katarzyna {s} for years.", "{s}'s wife rang."],
        ["Interviewer: Did you know {s}?", "Respondent: Yes, Sgt {s} was fair.", "Katarzyna {s}."],
    ],
)
def test_when_a_surname_that_is_a_town_comes_before_the_full_name_then_it_is_the_person(
    engine: ScrubEngine, surname, segments
):
    (result,) = scrub_segment_lists(engine, [[Segment(s.format(s=surname)) for s in segments]])
    placed = {p for edits in result.edits for _, _, p in edits if p}
    assert placed == {"[PERSON-1]"}, result.edits


@pytest.mark.parametrize(
    ("mentions", "same", "apart"),
    [
        # the rank a surname was named under tells which of two Prakashes a rank names
        (["Prakash Tamang", "Prakash White", "LCpl Prakash", "Rfn White", "LCpl Tamang"],
         [(0, 2), (0, 4), (1, 3)], [(0, 1), (2, 3)]),
        # a nation's address form before the one known surname, then alone
        (["Dafydd Griffiths", "Taff Griffiths", "Taff", "Griffiths"], [(0, 1), (0, 2), (0, 3)], []),
        (["Dafydd Griffiths", "Rhys Griffiths", "Taff Griffiths"], [], [(0, 2), (1, 2)]),
        # a service nickname joins the surname it stands for; a lone variant spelling of a
        # surname known in full joins it too, though both are listed names
        (["Shanice Clarke", "clark", "Nobby"], [(0, 1), (0, 2)], []),
        (["Dafydd Vaughan", "Vaughn", "Corporal Vaughan"], [(0, 1), (0, 2)], []),
        (["John Smith", "Jane Smyth", "Smith", "Smyth"], [(0, 2), (1, 3)], [(0, 1)]),
        (["Jan Kowalski", "Kowalska"], [], [(0, 1)]),
        # a lower-case mention with a word run into it ("waqa knew") is the name alone
        (["semi waqa", "waqa knew", "waqa", "mei ng", "lcpl mei ng"], [(0, 1), (0, 2), (3, 4)],
         [(0, 3)]),
        # initials alone: the one person they are the initials of; two such, neither
        (["Kevin Wong", "KW", "K.W.", "Wong"], [(0, 1), (0, 2), (0, 3)], []),
        (["Kevin Wong", "Kate Walsh", "KW"], [], [(0, 1), (0, 2), (1, 2)]),
        (["Mei Ng", "NG", "Jerome Thompson", "jt"], [(0, 1), (2, 3)], [(0, 2)]),
        # a name ends at an ordinary word a recognizer ran on into: "Frank at Tidworth"
        # is Frank, no second Frank who would make "Frank" fit two people
        (["Frank Higgins", "Frank at Tidworth", "Frank"], [(0, 1), (0, 2)], []),
        # ... only at its end, and only a word too long to be a surname
        (["wei chen", "mei chen", "kevin wong", "wei wong"], [], [(0, 1), (2, 3), (0, 3)]),
    ],
)  # fmt: skip
def test_when_mentions_name_namesakes_then_ranks_and_nicknames_say_who_whatever_the_order(
    mentions, same, apart
):
    for ordered in (mentions, mentions[::-1]):
        people = index()
        people.learn(ordered)
        found = {m: people.person_of(m) for m in ordered}
        for a, b in same:
            assert found[mentions[a]] == found[mentions[b]], (ordered, found)
        for a, b in apart:
            assert found[mentions[a]] != found[mentions[b]], (ordered, found)
