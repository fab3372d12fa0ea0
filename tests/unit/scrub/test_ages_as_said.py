"""Exact ages as interview speakers and survey respondents say them, written for issue #9
point 4 before the age rules were widened: their own age, a child's, a partner's, a mate's,
in digits and in words, and the numbers beside them that are no ages.

Each row runs the whole scrub engine. A positive row names the ages that go and the words
that stay, and the number of [AGE-n] placeholders is exact, so a unit ("3 Para"), a count or
a duration in the same sentence replaced as an age fails the row. A negative row names what
must stay and expects no [AGE-n] at all. Ambiguous rows carry the reason for the decision.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.scrub.engine import ScrubEngine, get_engine
from sealflow.scrub.formats import read_document
from sealflow.scrub.recognizers.generic.age_recognizer import AgeRecognizer, continued_turns
from sealflow.scrub.recognizers.spoken_numbers import TEENS, TENS, UNITS
from sealflow.scrub.scrubber import scrub_segment_lists, scrub_texts
from sealflow.scrub.settings import settings_from_section

# (text, ages that go, words that stay)
OWN_AGE = [
    ("I was 19 when I joined.", ["19"], ["when I joined"]),
    ("I joined up at sixteen, straight from school.", ["sixteen"], ["joined up at"]),
    ("I'm 34 now, two kids.", ["34"], ["two kids"]),
    ("Me? 34 this year.", ["34"], ["this year"]),
    ("I turned forty in March and nothing changed.", ["forty"], ["March"]),
    ("I'll be 50 next month.", ["50"], ["next month"]),
    ("I'm forty-one, forty-two in June.", ["forty-one", "forty-two"], ["June"]),
    ("when I was eighteen I didn't care", ["eighteen"], ["when I was"]),
    ("at eighteen I went to Catterick", ["eighteen"], []),
    ("At 18 I went to Catterick for phase two.", ["18"], ["phase two"]),
    ("at the age of 18 I was in Germany", ["18"], ["at the age of"]),
    ("I left at the age of twenty-one.", ["twenty-one"], ["the age of"]),
    ("I was 26 at the time.", ["26"], ["at the time"]),
    ("19-year-old me had no idea.", ["19"], ["year-old me"]),
    ("I was a 19 year old private", ["19"], ["private"]),
    ("I was eighteen year old, a baby really", ["eighteen"], []),
    ("I got married at 21 and divorced at 30.", ["21", "30"], []),
    ("I left at 24, after 7 years.", ["24"], ["7 years"]),
    ("got out at 40 and never looked back", ["40"], []),
    ("I'm nearly 40.", ["40"], []),
    ("I've just gone 30.", ["30"], []),
    ("She's just gone sixty, can you believe it.", ["sixty"], []),
    ("Sixty next year, God help me.", ["Sixty"], ["next year"]),
    ("I'll be 60 in a fortnight", ["60"], ["in a fortnight"]),
    ("I was barely 18 when we deployed.", ["18"], []),
    ("aged just 19, I was a rifleman", ["19"], ["rifleman"]),
    ("I were seventeen, daft as a brush", ["seventeen"], []),
    ("I'd have been 22, 23, something like that", ["22", "23"], []),
    ("I was only a lad of fifteen", ["fifteen"], []),
    ("Me, I'm 47. Still here.", ["47"], []),
    ("I'm a 52-year-old ex-para", ["52"], []),
    ("I'm 45 years of age and I've had enough", ["45"], []),
    ("I was twenty two when I got out", ["twenty two"], []),
    ("Nineteen when I joined, twenty-six when I left.", ["Nineteen", "twenty-six"], []),
    ("I had my first kid at 23", ["23"], ["my first kid"]),
    ("I was 14 when my dad died", ["14"], ["my dad died"]),
    ("I was 9 when my dad left", ["9"], ["my dad left"]),
    ("Just turned 18 and off to Basra.", ["18"], ["off to"]),  # Basra is a place: replaced too
    ("I'd just turned 18 the week before.", ["18"], ["the week before"]),
    ("I'm 34 - 35 in August.", ["34", "35"], ["August"]),
    ("Twenty-two. That's how old I was.", ["Twenty-two"], ["how old I was"]),
    ("I was 17 and a half when I joined", ["17"], ["and a half"]),
]

OTHERS_AGE = [
    ("he'd only be twenty-two", ["twenty-two"], []),
    ("He'd be 22 now.", ["22"], []),
    ("my daughter's seven", ["seven"], []),
    ("our lad is 3", ["3"], []),
    ("My lad's seven and my girl's four.", ["seven", "four"], []),
    ("my youngest turned six last week", ["six"], ["last week"]),
    ("my eldest is nineteen now", ["nineteen"], []),
    ("our lass is 17 and wants to join", ["17"], []),
    ("the wife's 45", ["45"], []),
    ("my missus is forty-four", ["forty-four"], []),
    ("my other half is 52", ["52"], []),
    ("me mam was 16 when she had me", ["16"], []),
    ("me dad's 70 this year", ["70"], []),
    ("My boy? He's only 6.", ["6"], []),
    ("Our daughter, she'll be 3 in March.", ["3"], ["March"]),
    ("two kids, 4 and 6", ["4", "6"], ["two kids"]),
    ("the twins are 4", ["4"], []),
    ("How old's your lad? He's 8.", ["8"], []),
    ("How old's your son?\nP1: Eleven.", ["Eleven"], []),
    ("my mate was 19", ["19"], []),
    ("My best mate was only 20 when he got hit.", ["20"], ["got hit"]),
    ("my oppo was 21 and engaged", ["21"], []),
    ("me and the missus are both 60", ["60"], []),
    ("we're both 60 now", ["60"], []),
    ("two of the lads were only 19", ["19"], ["two of the lads"]),
    ("Dave was 19 at the time.", ["19"], ["at the time"]),
    ("she was 26 at the time", ["26"], []),
    ("Cpl Dunmore (34) said nothing", ["34"], ["said nothing"]),
    ("Sergeant Mills, 29, from Hull", ["29"], [", from "]),
    ("the lad, 19, from Wigan", ["19"], ["the lad, ", ", from "]),
    ("Pte Kelly, nineteen, was shot", ["nineteen"], []),
    ("L/Cpl Ross, aged 20, was driving", ["20"], ["was driving"]),
    ("a 34-year-old lance corporal", ["34"], []),
    ("He's 22 and I'm 24", ["22", "24"], []),
    ("my son turned 5 in May", ["5"], ["May"]),
    ("she's 3 and a half.", ["3"], ["and a half"]),
    ("my grandson's 12 next week", ["12"], ["next week"]),
]

FORMS = [
    ("34yo, ex-RLC", ["34"], ["yo, ex-"]),
    ("34 y/o male", ["34"], []),
    ("aged thirty four", ["thirty four"], []),
    ("age: 34", ["34"], []),
    ("Age 34", ["34"], []),
    ("AGE: 34 yrs", ["34"], []),
    ("34, married, two kids, ex-REME", ["34"], [", married, two kids, ex-"]),
    ("45, divorced, living in a flat", ["45"], ["divorced"]),
    ("Male, 34, Army veteran", ["34"], ["Army veteran"]),
    ("M/34/ex-Army", ["34"], []),
    ("34/M, ex-RAF", ["34"], []),
    ("Respondent is 45, male", ["45"], []),
    ("Participant is fifty-two and lives alone", ["fifty-two"], []),
    ("Age when you left the forces: 38", ["38"], []),
    ("Age at discharge - 41", ["41"], []),
    ("Age last birthday: 61", ["61"], []),
    ("Q: Age? A: 38", ["38"], []),
    ("Your age: 27", ["27"], []),
    ("age = 33", ["33"], []),
    ("How old were you when you joined? 16", ["16"], []),
    ("What age were you when you joined?\nP1: Seventeen.", ["Seventeen"], []),
    ("What age was he?\nP2: Twenty, twenty-one.", ["Twenty", "twenty-one"], []),
    ("on my 21st", ["21st"], []),
    ("for his twenty-first we went to Newquay", ["twenty-first"], ["for his ", " we went"]),
    ("I was 21 years old", ["21"], []),
    ("a nineteen year old from Leeds", ["nineteen"], []),
]

# Added after the first widening, from forms the first table did not hold.
MORE_FORMS = [
    ("my son, Liam, is 14", ["14"], ["my son, "]),
    ("I celebrated my 50th in Spain", ["50th"], ["I celebrated my "]),
    ("I spent my twenty-first in Basra", ["twenty-first"], ["I spent my "]),
    ("kids ages 7, 9 and 12", ["7", "9", "12"], ["kids ages "]),
    ("I was the youngest, at 17", ["17"], ["the youngest, at "]),
    ("I was the youngest at 17", ["17"], []),
    ("Female (41), ex-RAF", ["41"], ["Female ("]),
    ("Male, 45 yrs, ex-RN", ["45"], [" yrs, ex-"]),
    ("34 here, ex-RN, been out ten years", ["34"], [" here, ex-", "ten years"]),
    ("I was—nineteen", ["nineteen"], ["I was—"]),
    ("my 21st in Basra", ["21st"], []),
    ("He was a young lad — nineteen, twenty.", ["nineteen", "twenty"], ["young lad — "]),
    ("he turned twenty-one out there", ["twenty-one"], [" out there"]),
    ("I joined the Royal Navy at sixteen", ["sixteen"], []),
    ("I went in at sixteen", ["sixteen"], ["I went in at "]),
    ("so that makes me 39", ["39"], ["makes me "]),
    ("that'd make him 40 now", ["40"], []),
    ("19 at the time, I thought I was invincible", ["19"], [" at the time, I thought"]),
    ("Age at enlistment 16", ["16"], ["Age at enlistment "]),
    ("I am currently 45", ["45"], []),
    ("I was... nineteen", ["nineteen"], ["I was... "]),
    ("I was twen- twenty-two", ["twenty-two"], ["I was twen- "]),  # a false start
    ("He passed at 62", ["62"], []),
    ("he was killed at 19", ["19"], []),
    ("I was 12 or 13", ["12", "13"], [" or "]),  # two near ages: both narrow the person
    ("I'm 42 this Friday", ["42"], ["this Friday"]),
    ("I'll be forty-seven come March", ["forty-seven"], ["come March"]),
    ("I'm the oldest at 45", ["45"], []),
    ("we were all 18", ["18"], []),
    ("I had him at 19", ["19"], []),
    ("I'm two weeks off forty", ["forty"], ["two weeks off "]),
    ("I hit the big 40 last year", ["40"], []),
    ("getting on for 60 now", ["60"], []),
    ("Sixty-five and retired", ["Sixty-five"], [" and retired"]),
    ("I've a son of 12", ["12"], []),
    ("I was a young mum at 18", ["18"], []),
    ("INT: And your age?\nP1: 52.", ["52"], ["INT: And your age?\nP1: "]),
    ("INT: And you were how old?\nP1: Nineteen.", ["Nineteen"], ["how old?\nP1: "]),
    ("I'd have been seventeen, maybe eighteen", ["seventeen", "eighteen"], [", maybe "]),
    ("she's 17 going on 30", ["17"], [" going on 30"]),  # an idiom: the 30 is no age
    # "in" after an age says where or when, not inches
    ("I was 19 in Bosnia", ["19"], [" in Bosnia"]),
    ("I was nineteen in Iraq, and that was that", ["nineteen"], [" in Iraq, "]),
    ("he was 12 in 2004", ["12"], [" in 2004"]),
    ("I got married at 18 in Aldershot", ["18"], ["I got married at "]),
    # focus groups and answers to an age question
    ("P4: Sixteen for me.", ["Sixteen"], ["P4: ", " for me."]),
    ("P2: Me, sixteen.", ["sixteen"], ["P2: Me, "]),
    ("Me? Seventeen.", ["Seventeen"], ["Me? "]),
    ("Same here, 19.", ["19"], ["Same here, "]),
    ("Mine was 17.", ["17"], []),
    (
        "INT: How old were you when you first deployed?\nP1: Oh, I'd have been... let me "
        "think. Nineteen.",
        ["Nineteen"],
        ["let me think. "],
    ),
    ("INT: How old were you?\nP1: Yeah, 17.", ["17"], ["P1: Yeah, "]),
    ("INT: How old were you?\nP1: 18. We had 3 weeks of it.", ["18"], ["3 weeks"]),
    # case notes
    ("SU, 67, lives alone", ["67"], ["SU, ", ", lives alone"]),
    ("Vet is 67", ["67"], ["Vet is "]),
    ("the gentleman is 67", ["67"], []),
    # a child's age: the child is named before it
    ("my lad's just turned eleven", ["eleven"], []),
    ("My son? He's just turned 5.", ["5"], []),
    ("I've got three kids: 12, 9 and 4", ["12", "9", "4"], ["three kids: "]),
    ("two boys (8 and 11)", ["8", "11"], ["two boys ("]),
    ("a boy and a girl, 8 and 11", ["8", "11"], []),
    # hedges and negatives around an age
    ("I was just gone seventeen", ["seventeen"], []),
    ("I'd turned nineteen by then", ["nineteen"], [" by then"]),
    ("he was all of nineteen", ["nineteen"], ["all of "]),
    ("I was a mere 19", ["19"], ["a mere "]),
    ("I wasn't even 18", ["18"], ["wasn't even "]),  # seventeen, to a reader
    ("I wasn't 18 yet", ["18"], [" yet"]),
    ("she'll be eighteen in the summer", ["eighteen"], [" in the summer"]),
    ("I'll be 60 in the new year", ["60"], []),
    ("they were only kids, 18, 19", ["18", "19"], ["only kids, "]),
    ("Age (in years): 34", ["34"], ["Age (in years): "]),
    ("How old are the twins? 4", ["4"], ["How old are the twins? "]),
    ("my kids, 7 and 9", ["7", "9"], ["my kids, "]),
    # case notes and lists
    ("J. Smith, 34 yrs, Leeds", ["34"], [" yrs, "]),
    ("Respondent (41 years)", ["41"], ["Respondent (", " years)"]),
    # the year of birth goes too, as a date of birth (date_of_birth_recognizer.py)
    ("born 1983, now 41", ["41"], ["born ", ", now "]),
    ("b. 1983 (41)", ["41"], ["b. 1983 ("]),
    ("him being 19 and me 20", ["19", "20"], [" and me "]),
    # ranks, firsts and the youngest of a group
    ("I was a corporal at 22", ["22"], ["a corporal at "]),
    ("I made sergeant at 26", ["26"], []),
    ("promoted to corporal at twenty-two", ["twenty-two"], []),
    ("I had my first drink at 14", ["14"], ["my first drink at "]),
    ("I started drinking at 14", ["14"], []),
    ("The youngest lad in the section was 17", ["17"], ["in the section was "]),
    ("My eldest is 25 now and my youngest 19", ["25", "19"], [" now and my youngest "]),
    ("At 17 and a half I was in Northern Ireland", ["17"], [" and a half I was"]),
    # more speech: hedges, dialect, two ages said first
    ("Eighteen, nineteen, I was.", ["Eighteen", "nineteen"], [", I was."]),
    ("I was not yet 18", ["18"], ["not yet "]),
    ("I was, y'know, 19", ["19"], ["I was, y'know, "]),
    ("when I were a nipper of 8", ["8"], ["a nipper of "]),
    ("I'm coming up forty", ["forty"], []),
    ("I'll be seventy in two years", ["seventy"], [" in two years"]),
    # the same age said again on its own
    ("He was 19. Nineteen!", ["19", "Nineteen"], ["He was ", "!"]),
    ("I was 19 - yeah, 19.", ["19", "19"], [" - yeah, "]),
    # a word processor's en dash or non-breaking hyphen between tens and units
    ("I'm forty\u2011three now", ["forty\u2011three"], ["I'm [AGE-1] now"]),
    ("I was twenty\u2013one when I joined", ["twenty\u2013one"], ["was [AGE-1] when"]),
    ("my twenty\u2011first was in Cyprus", ["twenty\u2011first"], ["my [AGE-1] was in"]),
]

# (text, words that stay): no [AGE-n] at all.
NOT_AGES = [
    # durations
    ("I was 22 years in when I got out.", ["22 years"]),
    ("I'm 22 years in now.", ["22 years"]),
    ("I served 12 years", ["12 years"]),
    ("I did it for 3 years", ["3 years"]),
    ("12 yrs service, then out", ["12 ", "service"]),
    ("that was four years ago", ["four years"]),
    ("after 19 weeks of training", ["19 weeks"]),
    ("I did 6 months in Bastion", ["6 months"]),
    ("he got 18 months", ["18 months"]),
    ("she was 18 weeks pregnant", ["18 weeks"]),
    ("ten years since I left", ["ten years"]),
    # counts
    ("3 tours, all of them Herrick", ["3 tours"]),
    ("I've got two kids", ["two kids"]),
    ("there were seven of us", ["seven of us"]),
    ("I was one of the lads", ["one of the lads"]),
    ("one in four of us", ["one in four"]),
    ("we were 12 in the section", ["12"]),
    # times ("at ten" with nothing of a person's life after it is the clock)
    ("we stepped off at 1900", ["1900"]),
    ("we got in at ten", ["at ten"]),
    ("At ten I went to bed.", ["ten"]),
    ("back at 19:00 and out at 7.30", ["19:00", "7.30"]),
    ("it's gone ten, I should go", ["gone ten"]),
    ("it's just gone 3", ["gone 3"]),
    # years
    ("in 2019 I left", ["2019"]),
    ("I joined in '09", ["'09"]),
    # numbers of things
    ("at 18 months he was walking", ["18 months"]),
    ("it's on page 34", ["page 34"]),
    ("flat 19, number 34, room 12", ["19", "34", "12"]),
    ("we got the 34 bus", ["34 bus"]),
    ("Section 21 notice", ["21"]),
    # scores, percentages, scales, ranks with numbers
    ("we won 34-12", ["34-12"]),
    ("I'm 100% sure", ["100%"]),
    ("19% of us", ["19%"]),
    ("I'm a 7 on the scale", ["7"]),
    ("On a scale of one to ten, I'm about a six", ["six"]),
    ("he was an OR-4, I was OF-2", ["OR-4", "OF-2"]),
    ("I was 12th in the race", ["12th"]),
    ("I'm 50/50 on it", ["50/50"]),
    # units: a number before a unit's name stays the unit's, never an age
    ("I was 3 Para then", []),
    ("I was 40 Commando, then 42", []),
    ("I joined 3 Para in 2003", ["2003"]),
    ("my mate was 2 Para", []),
    ("my friend was 7 Armoured", ["Armoured"]),
    ("my mate was 16 Air Assault", ["my mate was"]),  # a brigade (a unit), not an age
    ("since I was 1 Rifles", []),
    ("when I was 2 i/c", ["2 i/c"]),  # second in command: a post, not an age
    # ranges and decades are not exact ages
    ("I'm in my forties", ["forties"]),
    ("he was thirty-odd", ["thirty-odd"]),
    ("she's mid-twenties", ["mid-twenties"]),
    ("late 30s, I'd say", ["30s"]),
    ("I'm the wrong side of 50", ["50"]),  # over 50: a range, not an age
    ("Age group: 25-34", ["25-34"]),
    ("Age range 35–44", ["35–44"]),
    ("Age: 40+", ["40+"]),
    ("the over-18s bar", ["18s"]),
    # ordinals that are no birthdays, comparisons
    ("my 2nd in command", ["2nd"]),
    ("I had my 2nd in Germany", ["2nd"]),  # a second child, tour or posting: not an age
    ("I spent my 20th tour in Helmand", ["20th"]),
    ("He's 10 years older than me", ["10 years"]),
    ("she's twice my age", ["twice my age"]),
    ("3 here, 4 there", ["3 here"]),  # a count, and under 16
    # thresholds and group figures are no one person's age
    ("between the ages of 16 and 18", ["16 and 18"]),
    ("under the age of 18", ["18"]),
    ("the minimum age is 16", ["16"]),
    ("the average age was 34", ["34"]),
    ("the retirement age is 55", ["55"]),
    ("I was 12 or so", ["12 or so"]),  # rough, not exact
    ("a mother of three", ["three"]),  # her children, not her age
    ("a mother of 3 kids", ["3 kids"]),
    ("we were all 3 Para", []),
    ("they were all 20 minutes late", ["20 minutes"]),
    ("the big 4 banks", ["4 banks"]),
    ("it was all 19 of us", ["19 of us"]),
    ("we're all 5 foot", ["5 foot"]),
    ("he wasn't 20 minutes late", ["20 minutes"]),
    ("It was gone 11 when we got back", ["gone 11"]),
    ("INT: What age were you and how many tours did you do?\nP1: 3 tours.", ["3 tours"]),
    ("INT: How old?\nP1: 2 tours, I was in for 12.", ["2 tours", "12"]),
    ("INT: How old is your car?\nP1: 12.", ["12"]),  # a thing's age names no one
    ("the kids, 3 of them", ["3 of them"]),
    ("my kids were 2 hours late", ["2 hours"]),
    ("I was 19 stone. We had 19.", ["19 stone", "had 19."]),
    ("I was a sergeant at 3 Para", []),
    ("I was a corporal at 29 Commando", []),
    ("I had my first meeting at 10 in the morning", ["10 in the morning"]),
    ("it's just turned 5, I should go", ["5"]),  # the clock, not a person
    ("the scores were all 20", ["20"]),
    ("we were all 20 in the queue", ["20 in the queue"]),
    ("made me 20 sandwiches", ["20 sandwiches"]),
    ("I've gone 30 rounds with him", ["30 rounds"]),
    ("we turned 20 vehicles round", ["20 vehicles"]),
    ("the big 18 wheeler", ["18 wheeler"]),
    ("a 5 in pipe", ["5 in pipe"]),
    ("There were 20 in 2004", ["20 in 2004"]),
    ("I had my first at 3 in the morning", ["3 in the morning"]),
    # measures
    ("I was 18 stone", ["18 stone"]),
    ("I'm 2 stone lighter", ["2 stone"]),
    ("I'm 40 minutes from camp", ["40 minutes"]),
    ("Years served: 22", ["22"]),
]


def _scrub(engine: ScrubEngine, text: str) -> str:
    (scrubbed,) = scrub_texts(engine, [text])
    return scrubbed


@pytest.mark.parametrize(("text", "ages", "kept"), OWN_AGE + OTHERS_AGE + FORMS + MORE_FORMS)
def test_when_a_speaker_says_an_exact_age_then_it_goes_and_the_rest_stays(
    engine: ScrubEngine, text: str, ages: list[str], kept: list[str]
):
    scrubbed = _scrub(engine, text)
    assert scrubbed.count("[AGE-") == len(ages), scrubbed
    for age in ages:
        assert age not in scrubbed, scrubbed
    for word in kept:
        assert word in scrubbed, scrubbed


@pytest.mark.parametrize(("text", "kept"), NOT_AGES)
def test_when_a_number_is_no_persons_age_then_it_stays(
    engine: ScrubEngine, text: str, kept: list[str]
):
    scrubbed = _scrub(engine, text)
    assert "[AGE-" not in scrubbed, scrubbed
    for word in kept:
        assert word in scrubbed, scrubbed


def test_when_the_study_keeps_exact_ages_then_every_form_of_the_table_stays():
    rows = OWN_AGE + OTHERS_AGE + FORMS + MORE_FORMS
    keeping = get_engine(settings_from_section({"keep_exact_ages": True}))
    scrubbed = scrub_texts(keeping, [text for text, _ages, _kept in rows])
    for (text, ages, _kept), out in zip(rows, scrubbed, strict=True):
        assert "[AGE-" not in out, (text, out)
        for age in ages:
            assert age in out, (text, out)


VTT_HEAD = "WEBVTT\n\n1\n00:00:01.000 --> 00:00:05.000\n"
SRT_HEAD = "1\n00:00:01,000 --> 00:00:05,000\n"


@pytest.mark.parametrize(
    ("name", "text", "kept", "gone"),
    [
        (  # a spoken age broken over a cue's two lines at its hyphen
            "age_hyphen.vtt",
            VTT_HEAD + "<v P1>I was twenty-\none when I joined up.</v>\n",
            ["<v P1>I was ", " when I joined up.</v>"],
            ["twenty", "one when"],
        ),
        (  # the tens end one subtitle line, the units open the next
            "age_words.srt",
            SRT_HEAD + "P2: I'm forty\nthree now, believe it or not.\n",
            ["P2: I'm ", " now, believe it or not."],
            ["forty", "three now"],
        ),
        (  # an age said over two cues of one speaker: "twenty" ends one, "two" opens the next
            "age_two_cues.vtt",
            VTT_HEAD + "<v P1>I was twenty\n\n2\n00:00:05.000 --> 00:00:07.000\n"
            "<v P1>two when I joined.\n",
            ["<v P1>I was ", "<v P1>", " when I joined.", "00:00:05.000 --> 00:00:07.000"],
            ["twenty", "two when"],
        ),
        (  # the cue word ends one subtitle, the age opens the next
            "age_cue_two_cues.srt",
            SRT_HEAD + "P1: I was\n\n2\n00:00:05,000 --> 00:00:07,000\n"
            "P1: nineteen when I went to Bosnia.\n",
            ["P1: I was\n", "P1: ", " when I went to Bosnia."],
            ["nineteen"],
        ),
        (  # the question in one cue, the answer in the next
            "age_answer.vtt",
            VTT_HEAD + "<v INT>How old were you?</v>\n\n2\n00:00:05.000 --> 00:00:07.000\n"
            "<v P1>Seventeen.</v>\n",
            ["<v INT>How old were you?</v>", "<v P1>", ".</v>"],
            ["Seventeen"],
        ),
        (  # the cue word ends one line, the age opens the next
            "age_cue.txt",
            "INT: And then?\nP1: I joined up at the age of\nsixteen, straight from school.\n",
            ["INT: And then?", "P1: I joined up at the age of", ", straight from school."],
            ["sixteen"],
        ),
    ],
)
def test_when_a_spoken_age_wraps_over_a_line_then_it_goes_and_the_layout_stays(
    engine: ScrubEngine, tmp_path: Path, name: str, text: str, kept: list[str], gone: list[str]
):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    (scrubbed,) = scrub_segment_lists(engine, [document.segments])
    document.writer(scrubbed.edits, tmp_path / f"out-{name}")
    out = (tmp_path / f"out-{name}").read_text(encoding="utf-8")
    assert "[AGE-" in out, out
    for piece in kept:
        assert piece in out, out
    for piece in gone:
        assert piece not in out, out
    assert out.count("\n") == text.count("\n")


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ("P1\n\nI was\n\nP1\n\nnineteen when I joined", ["\n\nP1\n\n"]),
        ("I was twenty\n\ntwo when I joined", ["\n\n"]),
        # another speaker answers: two turns, not one sentence
        ("P1\n\nI was\n\nINT\n\nnineteen?", []),
        # the sentence ended
        ("P1\n\nI was there.\n\nP1\n\nnineteen of us", []),
        # the next cue starts a sentence of its own
        ("P1\n\nand then\n\nP1\n\nTwenty of us went", []),
        ("no break at all", []),
    ],
)
def test_when_a_speaker_goes_on_in_the_next_cue_then_only_that_break_is_blanked(
    text: str, blanked: list[str]
):
    view, gaps = continued_turns(text)
    assert [text[start:end] for start, end in gaps] == blanked
    assert len(view) == len(text)
    for start, end in gaps:
        assert view[start:end].strip() == ""
    assert [c for c in view if not c.isspace()] == [
        c for i, c in enumerate(text) if not any(s <= i < e for s, e in gaps) and not c.isspace()
    ]


def _in_words(number: int, join: str) -> str:
    """17 -> "seventeen", 43 -> "forty-three" (join "-"), "forty three" (join " ")."""
    by_value = {value: word for word, value in {**UNITS, **TEENS, **TENS}.items()}
    if number in by_value:
        return by_value[number]
    return by_value[number - number % 10] + join + by_value[number % 10]


AGE_CUES = [
    "I was {} when I joined.",
    "I'd just turned {} the week before.",
    "my best mate was only {} when he got hit",
    "INT: How old were you?\nP1: {}.",
    "I was {} in Bosnia",
    "me and the missus are both {}",
    "P4: {} for me.",
]
QUANTITIES = [
    "years",
    "yrs",
    "weeks",
    "months",
    "miles",
    "minutes",
    "stone",
    "quid",
    "percent",
    "of us",
    "times",
    "Para",
    "Commando",
    "Air Assault",
    "Platoon",
    "tours in",
]


@settings(max_examples=80, deadline=None)
@given(
    st.integers(min_value=16, max_value=99),
    st.sampled_from(AGE_CUES),
    st.sampled_from(["digits", "-", " "]),
)
def test_when_an_age_from_16_is_said_after_a_cue_then_exactly_it_is_found(
    age_recognizer: AgeRecognizer, age: int, cue: str, form: str
):
    said = str(age) if form == "digits" else _in_words(age, form)
    text = cue.format(said[0].upper() + said[1:] if cue.startswith("P4") else said)
    found = [text[r.start : r.end] for r in age_recognizer.analyze(text, ["AGE"])]
    assert [f.lower() for f in found] == [said.lower()], (text, found)


@settings(max_examples=80, deadline=None)
@given(
    st.integers(min_value=1, max_value=99),
    st.sampled_from(AGE_CUES),
    st.sampled_from(QUANTITIES),
)
def test_when_a_quantity_or_unit_follows_the_number_then_no_age_is_found(
    age_recognizer: AgeRecognizer, number: int, cue: str, quantity: str
):
    text = cue.format(f"{number} {quantity}")
    assert age_recognizer.analyze(text, ["AGE"]) == [], text
