"""Exact ages in the shapes people say and write them, and the numbers that are no ages.

Each row runs the whole scrub engine: the age goes ([AGE-n]) and the words around it stay;
a year, a count, a time, a rank, a measure or a percentage stays as written.
"""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts

AGES = [
    ("I'm 34 and I've been out two years.", ["34"]),
    ("I was 19 when I joined the Army.", ["19"]),
    ("She left aged 42.", ["42"]),
    ("Age: 42", ["42"]),
    ("age 42, male", ["42"]),
    ("He was a 34-year-old corporal then.", ["34"]),
    ("I'm 34 yrs old", ["34"]),
    ("she's thirty-four years of age", ["thirty-four"]),
    ("I turned fifty in the March.", ["fifty"]),
    ("At 52 I finally went to see someone.", ["52"]),
    ("at 52 i finally went to the gp", ["52"]),
    ("Staff Sergeant Okoro (34) was there", ["34"]),
    ("Respondent: M, 34, ex-RAF", ["34"]),
    ("34M, ex army, looking for work", ["34"]),
    ("I'm in my 34th year now", ["34th"]),
    ("He's now 61 and doing fine.", ["61"]),
    ("now 61, I still have the dreams", ["61"]),
    ("my son, who's 7, asks about it", ["7"]),
    ("my daughter, who is twelve, doesn't", ["twelve"]),
    ("my wife who's 45 works nights", ["45"]),
    ("I was only 18 when I went to Iraq", ["18"]),
    ("when I was 18 I went to Iraq", ["18"]),
    ("when he was twenty he got married", ["twenty"]),
    ("I'm sixty-one now", ["sixty-one"]),
    ("at the age of 23 I was a sergeant", ["23"]),
    ("at age 23 I was a sergeant", ["23"]),
    ("I'm turning 60 in May", ["60"]),
    ("it was my 50th birthday", ["50th"]),
    ("for my fiftieth I went to Wales", ["fiftieth"]),
    ("he'd have been 40 this year", ["40"]),
    ("he would have been forty this year", ["forty"]),
    ("45 yo male, ex-RN", ["45"]),
    ("pt is a 45yo male", ["45"]),
    ("kids aged 7 and 9", ["7", "9"]),
    ("I'm 34, my wife's 32", ["34", "32"]),
    ("a 37 year-old private", ["37"]),
    ("the lad was only 17", ["17"]),
    ("I'm 41 this year", ["41"]),
    ("Age at interview: 52", ["52"]),
    ("DOB 12/03/1985 (41)", ["(41)"]),
    ("i was 22 wen i got out", ["22"]),
    ("I was nineteen, just a kid.", ["nineteen"]),
    ("I was twenty-two and I thought I knew everything", ["twenty-two"]),
    ("I joined at 16 and left at 38", ["16", "38"]),
    ("I'm 60 next month", ["60"]),
    ("my mum's 80", ["80"]),
    ("my youngest is 4 and the eldest 11", ["4 ", "11"]),
    ("he died at 47", ["47"]),
    ("He's 29.", ["29"]),
    ("we were both 18", ["18"]),
    ("I'm forty-three years old", ["forty-three"]),
    ("a fifty year old man", ["fifty"]),
    ("by 25 I was a sergeant", ["25"]),
    ("I was 25 by then", ["25"]),
    ("Age (years): 52", ["52"]),
    ("Age - 38 / Gender - F", ["38"]),
    ("how old are you? 34", ["34"]),
    ("How old are you?\nP1: Thirty-four.", ["Thirty-four"]),
    ("- age: thirty four", ["thirty four"]),
    ("Sgt Bloggs, 34, from Leeds", ["34"]),
    ("I'd just turned 21.", ["21"]),
    ("I was 18, 19 at the time", ["18", "19"]),
    ("I'm coming up to 50", ["50"]),
    ("I'm pushing 60", ["60"]),
]

# (text, ages that go, numbers that must stay)
NOT_AGES = [
    ("In 2019 I left and in the 1990s I joined", [], ["2019", "1990s"]),
    ("there were 34 people in 19 days", [], ["34 people", "19 days"]),
    ("it's 34% and 34 percent", [], ["34%", "34 percent"]),
    ("I was 2 years in Germany and 19 days in hospital", [], ["2 years", "19 days"]),
    ("he's 6 foot 2", [], ["6 foot 2"]),
    ("We were 34 strong", [], ["34"]),
    ("I'm 1 of 3 kids", [], ["1 of 3"]),
    ("at 0600 we left, at 1400 back", [], ["0600", "1400"]),
    ("We got the 34 bus", [], ["34 bus"]),
    ("he was 20 stone", [], ["20 stone"]),
    ("at 52 weeks it stops", [], ["52 weeks"]),
    ("I'm in my forties", [], ["forties"]),
    ("At 10 I went to bed.", [], ["10"]),
    ("I did 22 years", [], ["22 years"]),
    ("I was 12th in the race", [], ["12th"]),
    ("I'm 100% sure", [], ["100%"]),
    ("In the 90s it was different", [], ["90s"]),
    ("the M6 and the A34", [], ["M6", "A34"]),
    ("we did 50 press ups", [], ["50 press"]),
    ("I was on tour 3 times", [], ["3 times"]),
    ("the 40th anniversary of the Falklands", [], ["40th"]),
    ("Section 21 notice", [], ["21"]),
    ("by 25 March it was done", [], ["25 March"]),
    ("Q34. How old were you?", [], ["Q34"]),
    ("I scored 45 out of 50", [], ["45 out of 50"]),
    ("in my 2nd year at uni", [], ["2nd"]),
    ("my first was a boy", [], ["first"]),
    ("my 20th tour", [], ["20th"]),
    ("approaching 30 knots", [], ["30 knots"]),
    ("at 14 we stopped for scoff", [], []),
    ("aged 27, 28 June 2019 was my last day", ["27"], ["28 June"]),
    ("I'm 34, 5 foot 10", ["34"], ["5 foot"]),
    ("In 2019 (12) and 2020 (15)", [], ["(12)", "(15)"]),
    ("Age group: 18-24", [], ["18-24"]),
    ("I served 22 yrs in the Army", [], ["22 yrs"]),
    ("we did 15 this week, 20 next week", [], ["15", "20 next"]),
    ("Bastion was 45 in the shade", [], ["45"]),
    ("they were 20 of us", [], ["20"]),
    ("we were 12 in the section", [], ["12"]),
    ("they were 40 in total", [], ["40"]),
    ("there were 14, maybe 15 of us", [], ["14", "15"]),
    ("I was 20 miles away", [], ["20 miles"]),
    ("I was 30 grand in debt", [], ["30 grand"]),
    ("he was 25 metres out", [], ["25 metres"]),
    ("I'm 15 months sober", [], ["15 months"]),
    ("I was 2nd in command", [], ["2nd"]),
    ("she's 50/50 on it", [], ["50/50"]),
    ("at 40 it was hot", [], []),
    ("we were at 14,000 feet", [], ["14,000"]),
    ("I was 18 hours on shift", [], ["18 hours"]),
    ("he is 6'2 and she's 5'4", [], ["6'2", "5'4"]),
    ("it's 24/7 now", [], ["24/7"]),
    ("I was one of 30 on the course", [], ["30"]),
    ("I'm 20 minutes away", [], ["20 minutes"]),
    ("It was 1999, I was in Kosovo", [], ["1999"]),
    ("I did three tours, 2006, 2008 and 2010", [], ["2006", "2008", "2010"]),
    ("we lost 3 lads at 40 Commando", [], ["3 lads"]),
    ("I was 40 Commando then 42", [], []),
    ("I was 3 Para, then 2 Para", [], []),
    ("he was in 45 for years", [], []),
    ("I'm a 10 out of 10", [], ["10 out of 10"]),
    ("I was 15 stone back then", [], ["15 stone"]),
    ("that was 22 years ago", [], ["22 years"]),
    ("I scored 45 out of 50", [], ["45"]),
    ("he's 2 weeks in", [], ["2 weeks"]),
    ("Question 12: how are you?", [], ["12"]),
    ("me and 20 others", [], ["20"]),
    ("I'm on 20 mg now", [], ["20 mg"]),
    ("was on 40mg of citalopram", [], ["40mg"]),
    ("I was at 28 Engineer Regiment", [], []),
    ("i was in 16 air assault", [], []),
    ("it was 18 degrees", [], ["18 degrees"]),
    ("level 3, band 5, grade 7", [], ["3", "5", "7"]),
    ("I'm 19 stone", [], ["19 stone"]),
    ("He was 21 and I was 22 points behind", ["21"], ["22 points"]),
    ("I was 30 or so when", [], []),
    ("I'll be there at 14 hundred", [], ["14 hundred"]),
    ("he came 24th in the race", [], ["24th"]),
    ("The Army was 16 weeks basic", [], ["16 weeks"]),
    ("the 16th of May", [], ["16th"]),
    ("we were 3 to a room", [], ["3 to a room"]),
]


@pytest.mark.parametrize(("text", "ages"), AGES)
def test_when_an_exact_age_is_given_then_it_is_replaced(engine: ScrubEngine, text, ages):
    (scrubbed,) = scrub_texts(engine, [text])
    assert "[AGE-" in scrubbed, scrubbed
    for age in ages:
        assert age not in scrubbed, scrubbed


@pytest.mark.parametrize(("text", "ages", "kept"), NOT_AGES)
def test_when_a_number_is_a_year_count_time_or_measure_then_it_stays(
    engine: ScrubEngine, text, ages, kept
):
    (scrubbed,) = scrub_texts(engine, [text])
    assert scrubbed.count("[AGE-") == len(ages), scrubbed
    for value in kept:
        assert value in scrubbed, scrubbed
