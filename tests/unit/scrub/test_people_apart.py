"""Different people never share a placeholder (issue 9, point 2): relatives with one surname,
two people with one first name, one surname under two ranks or titles, a short form that
stands for two full names. Every example is synthetic."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.scrub.document import Segment
from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.people import PersonIndex, gendered_forms, title_of, titles_agree
from sealflow.scrub.scrubber import scrub_segment_lists, scrub_texts
from sealflow.scrub.settings import default_settings

WORDS = default_settings().wordlists()
DIMINUTIVES = default_settings().diminutives()


def people_of(mentions: list[str]) -> list[int | None]:
    people = PersonIndex(WORDS, DIMINUTIVES)
    people.learn(mentions)
    return [people.person_of(m) for m in mentions]


@pytest.mark.parametrize(
    ("mentions", "same", "different"),
    [
        # husband and wife: the surname alone fits both, so it joins neither
        (["Emeka Okafor", "Ngozi Okafor", "Emeka", "Ngozi", "Okafor"],
         [(0, 2), (1, 3)], [(0, 1), (4, 0), (4, 1)]),
        # "Mr Okafor" and "Mrs Okafor" are two people whatever else the text says
        (["Mr Okafor", "Mrs Okafor"], [], [(0, 1)]),
        (["Emeka Okafor", "Mr Okafor", "Mrs Okafor"], [(0, 1)], [(0, 2), (1, 2)]),
        # a husband and wife in a surname's man's and woman's forms: not a misspelling
        (["Jan Kowalski", "Anna Kowalska", "Kowalska", "Kowalski"],
         [(1, 2), (0, 3)], [(0, 1), (2, 3)]),
        (["Grzegorz Pietrzak-Nowicki", "Pietrzak-Nowicka"], [], [(0, 1)]),
        # father and son
        (["Tom Price", "Rhys Price", "Tom", "Rhys"], [(0, 2), (1, 3)], [(0, 1)]),
        # one surname, two ranks of different levels: two people
        (["Sergeant Hughes", "Captain Hughes"], [], [(0, 1)]),
        (["Dai Hughes", "Sgt Hughes", "Captain Hughes", "Sergeant Hughes"],
         [(0, 1), (1, 3)], [(0, 2), (1, 2)]),
        # a rank written short and long, or shortened, is one rank
        (["Dai Hughes", "Sgt Hughes", "Sergeant Hughes", "Staff Sergeant Hughes"],
         [(0, 1), (0, 2), (0, 3)], []),
        (["Priya Shah", "Lt Col Shah", "Colonel Shah"], [(0, 1), (0, 2)], []),
        # a short form of two full names: the full names stay apart, in either order
        (["Samuel Price", "Samantha Price", "Sam Price"], [], [(0, 1), (2, 0), (2, 1)]),
        (["Sam Price", "Samuel Price", "Samantha Price"], [], [(1, 2), (0, 1), (0, 2)]),
        (["Chris Evans", "Christopher Evans", "Christine Evans"], [], [(1, 2)]),
        # a short form of one full name still joins it
        (["Samuel Price", "Sam Price", "Sam"], [(0, 1), (0, 2)], []),
        (["Elizabeth Ward", "Liz Ward", "Beth Ward"], [(0, 1), (0, 2)], []),
        # a misspelt first name is no other name
        (["Katarzyna Nowak", "Kasia Nowak", "Kasai Nowak"], [(0, 1), (0, 2)], []),
        # initial + surname: the initial fits both, so neither
        (["John Smith", "Jane Smith", "J. Smith"], [], [(0, 1), (2, 0), (2, 1)]),
        # two Daves: a later "Dave" is neither
        (["Dave Jones", "Dave Patel", "Dave", "Jones", "Patel"],
         [(0, 3), (1, 4)], [(0, 1), (2, 0), (2, 1)]),
    ],
)  # fmt: skip
def test_when_mentions_could_be_two_people_then_only_what_fits_one_joins_it(
    mentions, same, different
):
    found = people_of(mentions)
    assert None not in found
    for a, b in same:
        assert found[a] == found[b], (mentions[a], mentions[b])
    for a, b in different:
        assert found[a] != found[b], (mentions[a], mentions[b])


def test_when_a_mention_fits_two_people_then_each_time_it_gets_a_placeholder_of_its_own(
    engine: ScrubEngine,
):
    (scrubbed,) = scrub_texts(
        engine,
        ["Dave Jones and Dave Patel were in my section. Dave said no. Later Dave said yes."],
    )
    numbers = re.findall(r"\[PERSON-(\d+)\]", scrubbed)
    assert len(numbers) == 4, scrubbed
    assert len(set(numbers)) == 4, scrubbed


@pytest.mark.parametrize(
    ("value", "title"),
    [("Sgt Hughes", "sergeant"), ("Sergeant Hughes", "sergeant"), ("Mrs Okafor", "mrs"),
     ("Ms Okafor", "mrs"), ("Lt Col Shah", "lieutenant colonel"), ("Hughes", None),
     ("Dai Hughes", None), ("Staff Hughes", None), ("Flt Lt Hughes", "flight lieutenant")],
)  # fmt: skip
def test_when_a_mention_opens_with_a_rank_then_its_title_is_read_whole(value, title):
    read = title_of(value)
    assert (" ".join(sorted(read)) if read else None) == (
        " ".join(sorted(title.split())) if title else None
    )


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [("Sgt", "Sergeant", True), ("Staff Sergeant", "Sgt", True), ("Sgt", "Capt", False),
     ("Mr", "Mrs", False), ("Mrs", "Ms", True), ("Dr", "Mrs", True), ("Mr", "Sgt", True),
     ("Lt Col", "Col", True), ("Cpl", "Major", False)],
)  # fmt: skip
def test_when_two_titles_are_compared_then_only_different_ranks_or_sexes_disagree(a, b, agree):
    first, second = title_of(f"{a} Hughes"), title_of(f"{b} Hughes")
    assert first is not None and second is not None
    assert titles_agree(first, second) is agree


FIRSTS = (
    "Samuel",
    "Samantha",
    "Christopher",
    "Christine",
    "David",
    "Davina",
    "Daniel",
    "Danielle",
    "Emeka",
    "Ngozi",
    "Tom",
    "Rhys",
    "Katarzyna",
    "Kasia",
    "Elizabeth",
)
SURNAMES = ("Price", "Okafor", "Hughes", "Nowak", "Evans")


@settings(max_examples=80, deadline=None)
@given(
    firsts=st.lists(st.sampled_from(FIRSTS), min_size=2, max_size=4, unique=True),
    surname=st.sampled_from(SURNAMES),
    order=st.randoms(use_true_random=False),
)  # fmt: skip
def test_when_full_names_differ_then_they_never_share_a_person(firsts, surname, order):
    """Whatever the order, two full names whose first names are different names (not the
    same name and not one's diminutive of the other) are never one person."""
    index = PersonIndex(WORDS, DIMINUTIVES)
    names = [f"{first} {surname}" for first in firsts]
    order.shuffle(names)
    index.learn(names)
    for a in names:
        for b in names:
            fa, fb = a.split()[0].lower(), b.split()[0].lower()
            if fa != fb and fb not in DIMINUTIVES.get(fa, ()):
                assert index.person_of(a) != index.person_of(b), (a, b, names)


@pytest.mark.parametrize(
    ("a", "b", "gendered"),
    [("kowalski", "kowalska", True), ("wisniewski", "wisniewska", True),
     ("novak", "novakova", True), ("ivanov", "ivanova", True),
     ("kazlauskas", "kazlauskiene", True), ("okafor", "okafro", False),
     ("smith", "smyth", False), ("ski", "ska", False)],
)  # fmt: skip
def test_when_surnames_differ_by_a_gendered_ending_then_they_are_two_names(a, b, gendered):
    assert gendered_forms(a, b) is gendered
    assert gendered_forms(b, a) is gendered


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a voice tag's name and the cue's first word, read as plain text
        ("<v Fiona>Siobhan was my section commander.", ["Fiona", "Siobhan"]),
        ("<v Bishnu Patel>VUNIPOLA, Fiona was there.", ["Bishnu Patel", "VUNIPOLA, Fiona"]),
        ("[Fiona] Siobhan was there.", ["Fiona", "Siobhan"]),
        ("Joseph Adeyemi & Okafor were mates.", ["Joseph Adeyemi", "Okafor"]),
        ("He said it to Aoife Patel \n\nSamuel: yes he did", ["Aoife Patel", "Samuel"]),
        # names in a spoken list are not SURNAME, First
        ("It was me, Sam, Ngozi and the boss.", ["Sam", "Ngozi"]),
        ("It was me, Murphy, Olumide and the boss.", ["Murphy", "Olumide"]),
        ("It was me, Sione, D. Shah and the boss.", ["Sione", "D. Shah"]),
        # a list of surnames, three or more running with commas
        ("Later: MacLeod, Nwosu, Rai, Gill, Bailey, Pritchard, Naivalu.",
         ["MacLeod", "Nwosu", "Rai", "Gill", "Bailey", "Pritchard", "Naivalu"]),
        ("So Hughes, Okafor, Adeyemi went first.", ["Hughes", "Okafor", "Adeyemi"]),
        ("me, Jennifer\nKowalska, Morag and the boss", ["Jennifer\nKowalska", "Morag"]),
        ("me, Adeyemi, Delroy\nVunipola and the boss", ["Adeyemi", "Delroy\nVunipola"]),
        ("Then Ní Bhriain said to SMITH, Ewan, leave it.", ["Ní Bhriain", "SMITH, Ewan"]),
        ("It was Ní Bhriain, Jenkins and me.", ["Ní Bhriain", "Jenkins"]),
        ("It was Lt Mac an t-Saoir, Achterberg and me.", ["Lt Mac an t-Saoir", "Achterberg"]),
        ("Mac an t-Saoir, Capt Price and me.", ["Mac an t-Saoir", "Capt Price"]),
        ("me, Delroy\nNí Bhriain, Evnas and me", ["Delroy\nNí Bhriain", "Evnas"]),
        ("me, Olumide\nMac an t-Saoir, Adebayo Hughes and me",
         ["Olumide\nMac an t-Saoir", "Adebayo Hughes"]),
        # a speaker's name label run into the turn, read as plain text
        ("Tevita Okafor: JENKINS, Seamus's fault.", ["Tevita Okafor", "JENKINS, Seamus"]),
        # ... while a record's SURNAME, First stays one name
        ("Service user: Zając, Agnieszka\nDOB: 15/12/69", ["Zając, Agnieszka"]),
        ("Name: MAC AN T-SAOIR, Eilidh\nRank: Cpl", ["MAC AN T-SAOIR, Eilidh"]),
        ("Mac a' Phearsain, Rose was there.", ["Mac a' Phearsain, Rose"]),
        # a chat's reaction line, then the next sender's line: two people
        ("ok then\n    😂 Duncan\nKEISHA JONES, 20:43\nanyone?", ["Duncan", "KEISHA JONES"]),
        ("ok then\n    😂 Keisha\nBishnu, 20:50\nanyone?", ["Keisha", "Bishnu"]),
    ],
)  # fmt: skip
def test_when_two_people_stand_side_by_side_then_each_gets_a_placeholder_of_their_own(
    engine: ScrubEngine, text, people
):
    (document,) = scrub_segment_lists(engine, [[Segment(text)]])
    found = [text[s:e] for s, e, p in document.edits[0] if p.startswith("[PERSON")]
    assert found == people, found
    placeholders = [p for _, _, p in document.edits[0] if p.startswith("[PERSON")]
    assert len(set(placeholders)) == len(people), placeholders
