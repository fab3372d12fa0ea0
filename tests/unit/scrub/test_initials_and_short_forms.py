"""People written by initials ("J. Smith", "SMITH J.", "JS said", "HMJ"), diminutives and
pet forms made on a first name or a surname ("Mo", "Bradders", "Robbo", "Jonesy"): found,
and one placeholder per person; and the words and abbreviations that only look like them
("JSP", "JS" the language, "HR said", "the TA centre", "A. N. Other", "MO") left alone.
Examples written for issue #9 (points 2 and 7), in no tuning corpus's style."""

from __future__ import annotations

import re

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from name_forms import index

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.people import gendered_forms, pet_form, surname_pet
from sealflow.scrub.scrubber import scrub_texts


def people_in(scrubbed: str) -> set[str]:
    return set(re.findall(r"\[PERSON-\d+\]", scrubbed))


@pytest.mark.parametrize(
    ("text", "gone", "people"),
    [
        # a surname in capitals, or a listed surname, then its initial: the same person
        ("Report by Sarah Pennington. Countersigned PENNINGTON S. on the 4th.",
         ["Pennington", "PENNINGTON"], 1),
        ("Statement of SMITH J. taken today; SMITH J. agreed the notes.", ["SMITH"], 1),
        ("Met L/Cpl Evans at the gate. Evans J. was on leave after.", ["Evans"], 1),
        # several initials, glued by full stops or a hyphen; a lower-case initial's stop
        ("Copied to Sandford, J.P. for action.", ["Sandford", "P."], 1),
        ("It was J-P Martin who drove.", ["J-P", "Martin"], 1),
        ("chatted to b. mason at the drop-in", ["mason"], 1),
        # two capitals with a verb of speaking, or spoken to
        ("We had a brief. JS said nothing, so I spoke to JS after.", ["JS"], 1),
        ("Thanks JW, that helped.", ["JW"], 1),
        # a found person by initials alone, in capitals, with stops, in lower case
        ("I met Johnny Smith. I said to JS, it's fine.", ["Johnny", "JS"], 1),
        ("Helen Mortimer-Jones (HMJ) chaired it. HMJ said the minutes were done.",
         ["Helen", "HMJ"], 1),
        ("Sgt Maj Andrew Thornbury took us. A.T. signed the form.", ["Thornbury", "A.T"], 1),
        ("sent it to Jas Bhatti. jas said no. JB said yes", ["Jas", "jas", "JB"], 1),
        ("ok so me and callum rigby went out. cr was hammered lol", ["callum", "cr was"], 1),
        # a found person's initials, possessive or in lower case in mixed-case writing; a
        # found first name's initial before its surname, even a letter that is a word
        ("Wendy Lowe came. That was WL's idea. Honestly, without WL I don't know.",
         ["WL"], 1),
        ("Harpreet Singh came round. hs never judged me.", ["Harpreet", "hs "], 1),
        ("Imran Chaudhry was there. I saw I Chaudhry again in the spring.",
         ["Chaudhry", "I [PERSON"], 1),
        ("Ngozi Adeyemi wrote every week. n adeyemi never wanted me to join up.",
         ["adeyemi", "n [PERSON"], 1),
        # a short form at a sentence start before a person's verb or a possessive
        ("Siobhan Doherty came. Shiv asks about it sometimes.", ["Shiv"], 1),
        ("Declan Ward came too. Dec's a good sort.", ["Dec"], 1),
        ("Mohammed Iqbal helped. It was Mo who drove me. Mo's mum helped out loads.",
         ["Mo "], 1),
        # diminutives of the table, even one the allow list holds in capitals (MO)
        ("Mohammed Rahim and I deployed. Mo was great.", ["Mohammed", "Mo was"], 1),
        ("Katarzyna Wiśniewska runs the group. Kasia told me to apply.", ["Kasia"], 1),
        ("Rebecca Holloway helped. Bex said she'd ring. Becky rang the next day.",
         ["Bex", "Becky"], 1),
        ("Gary Pritchard and Barry Ludlow came. Gaz and Baz were in the bar.",
         ["Gaz", "Baz"], 2),
        # rows added to the diminutive table for issue 9 (public table and service speech)
        ("Terry Blackmore was my driver. Tezza never got lost. Tel rang me last week.",
         ["Tezza", "Tel "], 1),
        ("Karen Moss ran the office. Kaz said the form was late.", ["Kaz"], 1),
        ("Wayne Aldridge and I served together. Wazza was a legend.", ["Wazza"], 1),
        ("Victor Onuoha was there. Vic said no.", ["Vic "], 1),
        ("Thomas Greaves came. Tommo brought beers.", ["Tommo"], 1),
        # pet forms made on a first name or on a surname, with the full name in the text
        ("i was with bradley fenwick in afghan. bradders was the best. brad n me still talk.",
         ["bradley", "bradders", "brad n"], 1),
        ("Jim Robertson ran the stores. Robbo never lost a thing.", ["Robbo"], 1),
        ("Ffion Jones and Gareth Gibson were medics. Jonesy and Gibbo said it was fine.",
         ["Jonesy", "Gibbo"], 2),
        ("Kevin Smith drove. Smithy said no.", ["Smithy"], 1),
        # initials of a found name in text speak, after a verb or spoken to
        ("me n jamie stone went to the gym. js was there too lol. told js about it",
         ["jamie", "js "], 1),
        # a form of address used as a name: every capitalised use of it in the document,
        # and the one person of its nation the document names (McGregor a Scot, Jenkins Welsh)
        ("Pte McGregor (Jock) came to see me. Jock brought tea.", ["McGregor", "Jock"], 1),
        ("Cpl Jenkins, Taff to us, was from Swansea. Taff said hello.", ["Taff"], 1),
        ("I still talk to Paddy most weeks. Paddy's lad is 6 now.", ["Paddy"], 1),
        ("Harpreet Kaur came. Harps's missus fed the platoon. I still talk to Harps.",
         ["Harps"], 1),
        ("That was n okafor's idea. Nnamdi Okafor, I mean.", ["n okafor", "Okafor"], 1),
        ("Kevin Ng came. I lost touch with k ng for a bit. And k. ng, still in touch?",
         [" ng "], 1),
        # service nicknames capitalised after thanks, and joined by "and"
        ("Thanks to Chalky and Tug for the help.", ["Chalky", "Tug"], 2),
        # service nicknames beside the surname
        ("Cpl Smith was my mate. Smudge Smith we called him. Smudge said hi.", ["Smudge"], 1),
        ("Dusty Miller and I were in the same mess. Dusty was the cook.", ["Dusty"], 1),
    ],
)  # fmt: skip
def test_when_a_person_is_written_by_initials_or_a_short_form_then_it_is_gone_under_one_placeholder(
    engine: ScrubEngine, text, gone, people
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in gone:
        assert value not in scrubbed, scrubbed
    assert len(people_in(scrubbed)) == people, scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "Send it to A. N. Other and they'll sort it.",
        "Read JSP 534 and fill in the JSA form. I wrote it in JS and Python.",
        "The GP said rest. HR said no. The CO said yes. My OC said fine. The MO said rest.",
        "I rang the DWP and spoke to HR. OK said the sergeant. SU rang in the morning.",
        "Mark my words, I will pay the bill. Will you?",
        "Section A. Annex B. Para 3 b. Option C said nothing.",
        "I was a pte then a lcpl. u r right, me n k went out",
        "The Jock regiments were there; the paddy fields too.",
    ],
)
def test_when_letters_only_look_like_initials_then_the_text_is_kept(engine: ScrubEngine, text):
    (scrubbed,) = scrub_texts(engine, [text])
    assert scrubbed == text


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # the person's initials after a determiner are the thing they abbreviate
        ("Tom Ashworth came. The TA centre was shut.", ["The TA centre"]),
        ("Johnny Smith was there. The JS file is gone.", ["The JS file"]),
        # an abbreviation that spells a person's initials only with a verb of speaking
        ("Tom Ashworth came. We did PT at six and joined TA in May.", ["TA in May"]),
        # the medical officer in capitals, beside a Mohammed
        ("Mohammed Rahim came. The MO said rest.", ["The MO said"]),
        ("Gemma Pryce came along. A real gem, she was.", ["A real gem"]),
        # units after a number, not a found person's initials
        ("It was 9 mm long and 5 km away, said Mark Moss.", ["9 mm", "5 km"]),
        ("Mark Thistlewood came by. We took the mark on the map and will bill him.",
         ["the mark on the map", "will bill him"]),
    ],
)  # fmt: skip
def test_when_a_found_persons_initials_or_short_form_is_a_word_there_then_it_stays(
    engine: ScrubEngine, text, kept
):
    (scrubbed,) = scrub_texts(engine, [text])
    for value in kept:
        assert value in scrubbed, scrubbed


@pytest.mark.parametrize(
    ("short", "surname", "expected"),
    [
        ("robbo", "robertson", True),
        ("smithy", "smith", True),
        ("jonesy", "jones", True),
        ("gibbo", "gibson", True),
        ("bradders", "bradshaw", True),
        ("smith", "smith", False),  # the surname itself is no pet form of it
        ("roo", "robertson", False),  # a stem under three letters
        ("jacko", "robertson", False),
    ],
)
def test_when_a_word_is_a_surname_with_a_pet_ending_then_surname_pet_says_so(
    short, surname, expected
):
    assert surname_pet(short, surname) is expected


@pytest.mark.parametrize(
    ("values", "same"),
    [
        (["Tom Ashworth", "TA"], True),
        (["Tom Ashworth", "T.A."], True),
        (["Helen Mortimer-Jones", "HMJ"], True),
        # two people with the same initials: the initials join neither
        (["Tom Ashworth", "Tina Archer", "TA"], False),
        # initials of no one known
        (["Tom Ashworth", "JS"], False),
        # three letters in mixed case are a name, not initials ("Bex" is not Bethan Evans)
        (["Bethan Evans", "Bex"], False),
    ],
)
def test_when_initials_stand_alone_then_they_join_only_the_one_person_they_fit(values, same):
    people = index()
    people.learn(values)
    assert (people.person_of(values[-1]) == people.person_of(values[0])) is same


@given(
    st.text(alphabet="bcdfghklmnprstvw", min_size=1, max_size=3),
    st.sampled_from("aeiou"),
    st.sampled_from("bdgkmnprtz"),
    st.text(alphabet="abcdefghiklmnoprstuvwy", min_size=1, max_size=6),
    st.sampled_from(["o", "y", "ers", "sy"]),
)
def test_when_a_pet_form_doubles_the_stems_last_letter_then_it_is_still_the_name(
    onset, vowel, consonant, rest, ending
):
    stem = onset + vowel + consonant  # "rob" of Robertson, "brad" of Bradley
    name = stem + rest + "a"
    pet = stem + consonant + ending  # "Robbo", "Bradders", "Gibbsy"
    assert pet_form(pet, name)
    # a man's and a woman's form of one surname ("Nowaky", "Nowaka") are two people
    assume(not gendered_forms(pet, name))
    assert surname_pet(pet, name)
