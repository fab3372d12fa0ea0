"""Forms of address and service nicknames used as names (issue #9, nick5): a service
nickname before the surname it belongs to is part of that person's name ("Chalky White",
"Smudge Smith", "chalky White"), at a sentence's start too; a form of address by nation or
city ("Paddy", "Jock", "Taff", "Geordie", "Scouse", "Brummie") is a person where the words
about it use it as a name (a verb after it, "call X", "with X", "was it X?", "X, he ...")
even with no full name to link it to. And, as guards, the same words used as words: "the
Jock regiments", "Paddy's Day", "St Paddy's", "River Taff", "us Jocks", "the chalky white
soil", "Was it Scouse for tea?". Examples written for this work, in no tuning corpus's
style."""

from __future__ import annotations

import re

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        # a service nickname before its own surname, capitalised or not
        ("Chalky White used to beast us on the square.", ["Chalky", "White"]),
        ("Smudge Smith was the only one who listened.", ["Smudge", "Smith"]),
        ("We had a corporal, chalky White, who ran the stores.", ["chalky", "White"]),
        ("Then knocker White turned up late.", ["knocker", "White"]),
        ("Dinger Bell was our driver.", ["Dinger", "Bell"]),
        ("Timber Woods ran the stores.", ["Timber", "Woods"]),
        ("Smudger Smith was the company clerk.", ["Smudger", "Smith"]),
        ("Pincher Martin ran the section.", ["Pincher", "Martin"]),
        # a form of address with a verb after it, a past tense included
        ("Paddy pulled me aside after the tour.", ["Paddy"]),
        ("Jock pulled me aside and told me to get a grip.", ["Jock"]),
        ("After the ambush Taff stopped talking to anyone.", ["Taff"]),
        ("Geordie reckoned we'd be home by Christmas.", ["Geordie"]),
        ("Scouse laughed at that for a week.", ["Scouse"]),
        ("Erm, our Paddy doesn't remember any of it.", ["Paddy"]),
        ("My Jock never wrote home, his mum said.", ["Jock"]),
        ("So Paddy pulled me aside and asked if I was alright.", ["Paddy"]),
        ("I heard that Taff never came back from leave.", ["Taff"]),
        # what someone is called, who they are with, who it was
        ("We used to call Paddy the professor.", ["Paddy"]),
        ("We used to call him Jock.", ["Jock"]),
        ("I lost touch with Paddy after I got out.", ["Paddy"]),
        ("I shared a room with Jock in Germany.", ["Jock"]),
        ("I went on leave with Taff and his missus.", ["Taff"]),
        ("Sorry, was it Paddy?", ["Paddy"]),
        ("Sorry, was it Jock or Taff?", ["Jock"]),
        ("I still talk to Jock most weeks.", ["Jock"]),
        ("I told Paddy to keep his head down.", ["Paddy"]),
        # spoken to or of at a turn's start
        ("Paddy, he was the funny one.", ["Paddy"]),
        ("Jock, can you hear me?", ["Jock"]),
        ("Brummie, can you hear me?", ["Brummie"]),
        ("Geordie, you still there?", ["Geordie"]),
        ("Q: Who kept you going?\nA: Taff, he never stopped joking.", ["Taff"]),
        ("Q: And Paddy, was that the same person?\nA: No.", ["Paddy"]),
        ("We went through basic together. Jock, he was the funny one.", ["Jock"]),
        ("He'd be thirty-two now, Paddy.", ["Paddy"]),
        ("Cheers for everything, Taff!", ["Taff"]),
        # in writing without capitals, with the same cues
        ("jock pulled me aside after the tour and i never forgot it", ["jock"]),
        ("we lost touch after and paddy was my best mate in the platoon", ["paddy"]),
    ],
)
def test_when_a_nickname_or_form_of_address_is_used_as_a_name_then_it_is_gone(
    engine: ScrubEngine, text: str, gone: list[str]
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    for word in gone:
        assert re.search(rf"\b{re.escape(word)}\b", scrubbed) is None, scrubbed
    assert "[PERSON-1]" in scrubbed


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The Jock regiments took the brunt of it.", ["Jock"]),
        ("He had a Geordie accent, you could hear it a mile off.", ["Geordie"]),
        ("We went out on Paddy's Day and got hammered.", ["Paddy's Day"]),
        ("Paddy's Day parade went past the barracks.", ["Paddy's Day"]),
        ("St Paddy's was always a big night in the mess.", ["St Paddy's"]),
        ("We patrolled along a paddy field at dawn.", ["paddy field"]),
        ("He's a Jock, so he never felt the cold.", ["Jock"]),
        ("Us Jocks stuck together in that battalion.", ["Jocks"]),
        ("We drove up the Taff valley on the way home.", ["Taff valley"]),
        ("He was born by the River Taff.", ["River Taff"]),
        ("The Scouse lads were the loudest in the NAAFI.", ["Scouse"]),
        ("The cook made Scouse every Thursday.", ["Scouse"]),
        ("Was it Scouse for tea again?", ["Scouse"]),
        ("Geordie, as a dialect, is hard to follow.", ["Geordie"]),
        ("A Scouser and a Brummie walked into the NAAFI.", ["Scouser", "Brummie"]),
        ("It was a very Scouse thing to say.", ["Scouse"]),
        ("I'm a Brummie born and bred.", ["Brummie"]),
        ("The Paddy wagon took him away.", ["Paddy"]),
        ("His Scouse accent never left him.", ["Scouse"]),
        ("You could tell from her Geordie vowels.", ["Geordie"]),
        ("It was so Geordie, the whole night out.", ["Geordie"]),
        ("That Scouse humour got us through.", ["Scouse"]),
        ("She called it a Jock thing.", ["Jock"]),
        ("He was in a right paddy about the kit.", ["paddy"]),
        ("The chalky white soil clogged our boots.", ["chalky white"]),
        ("It was a happy day for all of us.", ["happy day"]),
        ("A dusty track led to the camp.", ["dusty"]),
        ("The Chalky soil made digging in hard.", ["Chalky"]),
        ("Accents from all over: Brummie, Scouse.", ["Brummie", "Scouse"]),
        ("we patrolled the paddy fields and it rained all day", ["paddy"]),
        ("he was in a right paddy about the kit and i laughed", ["paddy"]),
        ("the jock regiments took the brunt of it", ["jock"]),
    ],
)
def test_when_a_form_of_address_or_nickname_is_used_as_a_word_then_it_stays(
    engine: ScrubEngine, text: str, kept: list[str]
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    for words in kept:
        assert words in scrubbed, scrubbed
    assert "PERSON" not in scrubbed


@pytest.mark.parametrize(
    ("text", "placeholders"),
    [
        # the one Scot of the document is the Jock meant: one placeholder
        ("Hamish Cameron was our sergeant. Jock pulled me aside after the tour.", 1),
        # two Scots: "Jock" could be either, so a person of its own
        ("Hamish Cameron and Ewan Drummond drove. Jock pulled me aside after.", 3),
        # no one of that nation: a new placeholder
        ("Priya Shah was our medic. I lost touch with Paddy after I got out.", 2),
    ],
)
def test_when_a_form_of_address_is_a_name_then_it_links_only_to_the_one_person_of_its_nation(
    engine: ScrubEngine, text: str, placeholders: int
) -> None:
    (scrubbed,) = scrub_texts(engine, [text])
    assert len(set(re.findall(r"\[PERSON-\d+\]", scrubbed))) == placeholders, scrubbed
    assert not re.search(r"\b(?:Jock|Paddy)\b", scrubbed), scrubbed
