"""Exact ages, round 11: general ways of writing an age the tuning corpora showed missed.

- a birthday announced of someone called by a nickname no list of names holds, the age in
  words ("tommo is thirty-three on end of month", "robbo is fifty-five today"), and a
  birthday's date after "turns" ("Paweł turns forty-four the 14th", "turns eighteen 21 Mar");
- a family history's illness at an age ("Paternal grandfather had bowel cancer at 64");
- what someone was at a young age ("At thirteen she was already leading");
- going back in at an age ("going back in at 54?");
- a rank or title and a surname with the age in years or brackets ("SAC Griffiths is 49
  yrs", "Cfn Whitfield is (22)") and a form's "Age/sex: 21yrs";
- a first time said by the age ("first boxed at 31 in Kingston");
- a relation, a name, the age and the sex ("partner kirsty 33 f"), and a name with the age
  as a log or chat shortens it ("fatima p 33yrs at pt", "hao z (22) at ccmh").

Times, prices, counts, distances, addresses, ranges and durations beside the same words stay.
"""

from __future__ import annotations

import pytest
from age_edits import ages_gone

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.scrubber import scrub_texts

# (text, the ages that go)
FOUND = [
    ("tommo is thirty-three on end of month so we're doing a do", ["thirty-three"]),
    ("can't believe rattler is fifty-one this year", ["fifty-one"]),
    ("21:41 Me: Buster is thirty-five Monday can u believe it", ["thirty-five"]),
    ("robbo is fifty-five today, cake in the pool", ["fifty-five"]),
    ("Smiler is twenty-five on the Wed 6th, card's in C Block.", ["twenty-five"]),
    ("Paweł turns forty-four the 14th", ["forty-four"]),
    ("Omar turns eighteen 21 Mar", ["eighteen"]),
    ("stretch turns twenty-four 12/03", ["twenty-four"]),
    ("Paternal grandfather had bowel cancer at 64.", ["64"]),
    ("Mother developed dementia at 70, father died of a heart attack aged 58.", ["58", "70"]),
    ('"At thirteen she was already leading the under-18s squad."', ["thirteen"]),
    ("At 15 he was the youngest colour sergeant in the battalion.", ["15"]),
    ("Thread: going back in at 54?", ["54"]),
    ("thinking of rejoining at 41, any advice?", ["41"]),
    ("SAC Griffiths is 49 yrs, married to Gráinne", ["49"]),
    ("Mr Winston Bailey is 24yrs; he has been in the Corps", ["24"]),
    ("Cfn Whitfield is (22), married to Barry", ["22"]),
    ("Age/sex: 21yrs\nDOB: 24/7/04", ["21"]),
    ("Sgt Darren Thornton first boxed at 31 in Kingston; he is now ranked 4th.", ["31"]),
    ("she first played for the county at 15.", ["15"]),
    ("f/24 here, partner kirsty 33 f. any tips?", ["24", "33"]),
    ("Callum: fatima p 33yrs at pt with the medic, back 16:45", ["33"]),
    ("kerry h. 59 f at it with the 2ic, back 1400hrs", ["59"]),
    ("Oluwaseun O: hao z (22) at ccmh with the boss, back 14:02", ["22"]),
    (
        "Efua O: evening all lads, aga k is twenty-one on friday, drinks at the med centre",
        ["twenty-one"],
    ),
    # the next line's chat header holds a time, no one's age said in turn
    ("Priya, 12:18\nemeka b 30yrs at uk, back 10ish\nMarlon Charles, 12:19\n> replying", ["30"]),
    ("Me: podge is thirty next tue can u believe it", ["thirty"]),
    ("Me: duchess is thirty-three 21 mar can u believe it", ["thirty-three"]),
]
# Numbers beside the same words that are no one's age.
KEPT = [
    "the meeting is 2 on Tuesday, room 4 is 3 on the left, Plan B is 2 fri",
    "Kickoff is 3 on Saturday. The match is 3 on sat.",
    "Training is 18 on the 14th. It is fifteen on Friday.",
    "can't believe it is thirty this year",
    "turn 2 pages the 14th; turned 90 degrees the 5th",
    "Dad had a meeting at 10. Mother had a stroke at 12:30.",
    "Father had the bypass at 14:00 in Leeds.",
    "At 13:00 he left. At 6 he got up. at 14 we ate",
    "going back in at 20:00 tonight; going back in at 10 past",
    "SAC Griffiths is 49 miles away. Cpl Smith is 3 yrs into his service.",
    "Mr Bailey is 24 years service; Capt Hook was 20 years in the Navy.",
    "Age/sex range: 18-24 yrs",
    "we first met at 10 in the NAAFI; they first lived at 14 Elm Road; first served at 15:30",
    "my brother ran 26m and the partner took 12m.",
    "Dave did 22yrs and ran 26m. Section (22) at the front. served 22yrs at Catterick",
    "right, kickoff is three on saturday, and the bus is fifteen next tue",
]


def _scrub(engine: ScrubEngine, text: str) -> str:
    (scrubbed,) = scrub_texts(engine, [text])
    return scrubbed


@pytest.mark.parametrize(("text", "ages"), FOUND)
def test_when_an_exact_age_is_written_so_then_exactly_it_goes(
    engine: ScrubEngine, text: str, ages: list[str]
):
    assert sorted(ages_gone(_scrub(engine, text), text)) == sorted(ages)


@pytest.mark.parametrize("text", KEPT)
def test_when_a_number_beside_the_same_words_is_no_age_then_it_stays(
    engine: ScrubEngine, text: str
):
    assert "[AGE-" not in _scrub(engine, text)
