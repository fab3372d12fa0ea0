"""One placeholder per person (issue 9, point 2): initials alone read by one reader, and an
address form by nation ("Jock", "Taff", "Paddy") joining the one person of that nation."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from name_forms import WORDS, index

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.nations import NationNames
from sealflow.scrub.people import Mention, WrittenInitials, parse_mention, read_initials
from sealflow.scrub.scrubber import scrub_texts
from sealflow.scrub.settings import default_settings


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("KW", WrittenInitials("kw", could_be_word=False, uppercase=True)),
        ("K.W.", WrittenInitials("kw", could_be_word=False, uppercase=True)),
        ("K. W.", WrittenInitials("kw", could_be_word=False, uppercase=True)),
        ("HMJ", WrittenInitials("hmj", could_be_word=False, uppercase=True)),
        # "kw" is in the dictionary too: two lower-case letters still name a known person
        ("kw", WrittenInitials("kw", could_be_word=True)),
        ("Ó.D.", WrittenInitials("od", could_be_word=False, uppercase=True)),
        # a name or a word in capitals may still be initials; the index decides
        ("AL", WrittenInitials("al", could_be_word=True, uppercase=True)),
        # a title or a rank in capitals: a known person's initials, or nothing
        ("SR", WrittenInitials("sr", could_be_word=True, uppercase=True)),
        ("MS", WrittenInitials("ms", could_be_word=True, uppercase=True)),
        # a name written as one, an office or a role, a longer word: no initials
        ("Al", None),
        ("Bex", None),
        ("WO", None),
        ("CO", None),
        ("INT", None),
        ("Kevin", None),
        ("K-W", None),
    ],
)
def test_when_a_mention_is_read_as_initials_then_one_reader_gives_its_letters(written, expected):
    assert read_initials(written, WORDS) == expected


@pytest.mark.parametrize(
    ("mentions", "same", "different"),
    [
        # initials alone: first name and surname, with a middle name, a double surname
        (["Kevin Wong", "KW", "K.W.", "kw"], [(0, 1), (0, 2), (0, 3)], []),
        (["Kevin Andrew Wong", "KAW", "KW"], [(0, 1), (0, 2)], []),
        (["Helen Mortimer-Jones", "HMJ"], [(0, 1)], []),
        # the same initials for two people: neither's
        (["Kevin Wong", "Karen Ward", "KW"], [], [(0, 1), (0, 2), (1, 2)]),
        # an office is no one's initials; a rank or a title in capitals may be
        (["William Owen", "WO"], [], [(0, 1)]),
        (["Sunita Rai", "SR", "Morag Sutherland", "MS"], [(0, 1), (2, 3)], [(0, 2)]),
        # an address form by nation: the one person of that nation, whatever comes first
        (["Hamish Cameron", "Jock", "Cameron"], [(0, 1), (0, 2)], []),
        (["Jock", "Cpl Kirsty MacLeod"], [(0, 1)], []),
        (["Bethan Griffiths", "Kevin Wong", "Taff"], [(0, 2)], [(1, 2)]),
        (["Niamh O'Sullivan", "Paddy", "Priya Shah"], [(0, 1)], [(1, 2)]),
        # two people of the nation: the form is neither's
        (["Hamish Cameron", "Ewan Drummond", "Jock"], [], [(0, 1), (0, 2), (1, 2)]),
        # no one of the nation: a person of its own
        (["Priya Shah", "Taff"], [], [(0, 1)]),
        # Mac is Scottish and Irish both: a Scot and a Mac, "Jock" could be either
        (["Hamish Cameron", "Siobhan McGuinness", "Jock"], [], [(0, 2), (1, 2)]),
        # a rank that disagrees keeps them apart
        (["Maj Hamish Cameron", "Pte Jock"], [], [(0, 1)]),
        # a surname of two words read as a middle word and a surname: the middle word
        # alone, and the two spelled out run together, are the person
        (["Yambahadur Ale Magar", "Ale", "a, l, e, space, m, a, g, a, r", "Sgt Magar"],
         [(0, 1), (0, 2), (0, 3)], []),
        (["Kamala Thapa Magar", "Priya Shah", "Thapa"], [(0, 2)], [(1, 2)]),
        # a diminutive that is the end of the name, too short for the end-of-name rule
        (["Leroy Grant", "Roy", "L.Grant"], [(0, 1), (0, 2)], []),
        # a call log's verb run into the mention is no first name: "Rang Ms Clark" is Ms
        # Clark, not a person "Rang Clark" who left "Clark" fitting two people
        (["Amber Clark", "Amber Murphy", "Rang Ms Clark", "Rang Capt Murphy", "Capt Murphy",
          "Clark", "Rang S.Limbu", "Sunita Limbu"],
         [(0, 2), (1, 3), (1, 4), (0, 5), (6, 7)], [(0, 1), (2, 3)]),
        # a spelling that ran into a letter or two said after it: the name it spells
        (["Cpl Kwame Asante", "A. S. A. N. T. E. I- I", "Dil Pun", "P, U, N.\nQ"],
         [(0, 1), (2, 3)], [(0, 2)]),
        # but not into another person's name, nor when two people have the stem
        (["Dil Pun", "Mei Punq", "P, U, N, Q"], [(1, 2)], [(0, 2)]),
        # a short name misspelt: two of three letters swapped, or one of four dropped
        (["Wei Lin", "Wie", "Xiu Wong", "Xui", "Wng"], [(0, 1), (2, 3), (2, 4)], [(0, 2)]),
        # but not a different name of the list ("Jon" is no misspelling of Joan)
        (["Joan Hughes", "Jon"], [], [(0, 1)]),
        # the middle word of two people: neither's
        (["Kamala Thapa Magar", "Dipika Thapa Magar", "Thapa"], [], [(0, 2), (1, 2)]),
    ],
)  # fmt: skip
def test_when_a_person_is_named_by_initials_or_nation_then_the_index_links_only_the_one(
    mentions, same, different
):
    people = index()
    people.learn(mentions)
    found = [people.person_of(m) for m in mentions]
    for a, b in same:
        assert found[a] == found[b], (mentions[a], mentions[b])
    for a, b in different:
        assert found[a] != found[b], (mentions[a], mentions[b])


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Rang Ms Clark", Mention(surname="clark", title=frozenset(["mrs"]))),
        ("Rang S.Limbu", Mention(surname="limbu", initial="s")),
        ("Emailed P. Byrne", Mention(surname="byrne", initial="p")),
        ("Rang RAI", Mention(either="rai")),
        # a leading seaman, not a first name "Ls"
        ("LS Gallagher", Mention(surname="gallagher", title=frozenset(["leading", "seaman"]))),
        # a filler before a comma is no surname written first
        ("Like, Semisi", Mention(either="semisi")),
        ("HUGHES, David", Mention(first="david", surname="hughes")),
        # a possessive ends the name: what follows is the person's, or someone else
        ("Iain Drummond's NOK", Mention(first="iain", surname="drummond")),
        ("catriona's lad bikram", Mention(either="catriona")),
        ("Rang Prakash Thapa", Mention(first="prakash", surname="thapa")),
        ("daughter katarzyna", Mention(either="katarzyna")),
        # a listed name that is also a word stays; so does a word before an unlisted one
        ("Mark Smith", Mention(first="mark", surname="smith")),
        ("Grace Okonkwo", Mention(first="grace", surname="okonkwo")),
        ("Ale Magar", Mention(first="ale", surname="magar")),
        # a note's opening verb before any name
        ("Rang Kowalczyk", Mention(either="kowalczyk")),
        ("Emailed Tomasz Kowalczyk", Mention(first="tomasz", surname="kowalczyk")),
    ],
)
def test_when_a_verb_opens_a_mention_before_a_title_or_initial_then_it_is_no_name(value, expected):
    assert parse_mention(value, WORDS) == expected


def test_when_the_nations_table_is_malformed_then_one_config_error_names_it(tmp_path):
    from dataclasses import replace

    from sealflow.errors import ConfigError

    bad = tmp_path / "nicknames.yaml"
    bad.write_text("nicknames: {smith: [smudge]}\nnations: {jock: [cameron]}\n", encoding="utf-8")
    base = default_settings()
    broken = replace(base, files={**base.files, "service_nicknames": bad}, _memo={})
    with pytest.raises(ConfigError, match=r"nicknames\.yaml: key nations"):
        broken.nation_names()


@pytest.mark.parametrize(
    ("firsts", "surnames", "marked"),
    [
        ({"hamish"}, {"smith"}, True),
        (set(), {"macleod"}, True),
        (set(), {"mace"}, False),  # "mac" + one letter: no Scot
        ({"priya"}, {"shah"}, False),
    ],
)
def test_when_a_person_is_named_then_the_nation_table_marks_only_its_names(
    firsts, surnames, marked
):
    scots = NationNames(frozenset(["hamish", "cameron"]), ("mac", "mc"))
    assert scots.marks(firsts, surnames) is marked


SCOTS = ("Hamish Cameron", "Kirsty MacLeod", "Ewan Drummond", "Morag Buchanan")
OTHERS = ("Priya Shah", "Katarzyna Nowak", "Femi Okafor", "Tomasz Kowalczyk")


def nation_forms(full: str) -> list[str]:
    first, surname = full.split()
    return [full, surname, f"Cpl {surname}", f"{first[0]}{surname[0]}", "Jock"]


@settings(max_examples=60, deadline=None)
@given(
    scot=st.sampled_from(SCOTS),
    other=st.sampled_from(OTHERS),
    picks=st.lists(st.integers(0, 4), min_size=1, max_size=5),
    order=st.randoms(use_true_random=False),
)
def test_when_one_scot_is_named_in_any_order_then_every_form_is_one_person_and_no_other(
    scot, other, picks, order
):
    """One placeholder per person whatever the order of its forms; the other person never
    shares it."""
    forms = nation_forms(scot)
    mine = [scot] + [forms[i] for i in picks]
    theirs = [other, other.split()[1]]
    mixed = mine + theirs
    order.shuffle(mixed)
    people = index()
    people.learn(mixed)
    assert len({people.person_of(m) for m in mine}) == 1, mixed
    assert {people.person_of(m) for m in mine}.isdisjoint({people.person_of(m) for m in theirs})


@settings(max_examples=40, deadline=None)
@given(
    scots=st.lists(st.sampled_from(SCOTS), min_size=2, max_size=2, unique=True),
    order=st.randoms(use_true_random=False),
)
def test_when_two_scots_are_named_then_the_nation_form_is_neither_s(scots, order):
    mixed = [*scots, "Jock"]
    order.shuffle(mixed)
    people = index()
    people.learn(mixed)
    found = {m: people.person_of(m) for m in mixed}
    assert len(set(found.values())) == 3, mixed


@pytest.mark.parametrize(
    ("text", "gone", "people"),
    [
        ("Hamish Cameron was my oppo in Kabul. Jock never once moaned. Cameron's wife wrote.",
         ["Hamish", "Cameron", "Jock"], 1),
        ("Cpl Bethan Griffiths and Pte Kevin Wong drove. Taff got us lost.",
         ["Griffiths", "Taff"], 2),
        ("KW rang. Kevin Wong was on duty, K.W. signed the log.", ["KW", "K.W.", "Kevin"], 1),
        # surname first in lower case, beside a namesake: one person, the one named in full
        ("yaw asante's girl marcia is from kettering. asante, yaw's missus rang. marcia asante"
         " said no", ["asante", "yaw", "marcia"], 2),
        # an Irish particle with its accent, in lower case, is part of the surname
        ("spoke to niamh ó briain on tues. ó briain said ok. cpo ó briain rang back",
         ["niamh", "briain", " ó "], 1),
    ],
)  # fmt: skip
def test_when_a_text_names_a_person_by_nation_or_initials_then_one_placeholder_replaces_all(
    engine: ScrubEngine, text, gone, people
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert value not in scrubbed, scrubbed
    assert len(set(re.findall(r"\[PERSON-\d+\]", scrubbed))) == people, scrubbed
