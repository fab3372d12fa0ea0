"""Exact ages as people write and say them (issue #9, age5): the probe written blind before the
round changed any code (tests/data/ages_probe5/probe.tsv, measured by
`bench/ages_probe.py ages_probe5`),
and rules that generalise what it found missing: an age that ends a clause counts from 2
("She'd have been, what, nine?", "When my dad left I was ten"), a baby's months beside a child
("My boy was 3 months old"), an ordinal birthday after "for" ("for my fortieth"), a round age
reached ("I hit 50 and..."), a name or relation then the age ("When our Lily turned thirteen",
"my daughter 17 is thinking"), labels of forms and tables ("Partner: 35", "Age | 38", "Child 1 -
8 yrs") and people in the plural ("lads of eighteen"). The age of a thing ("a 12-year-old malt")
and ranges and bounds ("late 50s", "over 18s", "the age of consent is 16") stay.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sealflow.scrub.engine import ScrubEngine
from sealflow.scrub.evaluation.age_probe import probe_rows, row_is_right, still_there
from sealflow.scrub.evaluation.frozen import load_frozen
from sealflow.scrub.recognizers.generic.age_recognizer import AgeRecognizer
from sealflow.scrub.scrubber import scrub_texts

PROBE = Path(__file__).resolve().parents[2] / "data/ages_probe5/probe.tsv"


def _scrub(engine: ScrubEngine, text: str) -> str:
    (scrubbed,) = scrub_texts(engine, [text])
    return scrubbed


# Probe rows the rules still miss or still take, each with why.
PROBE_MISSES = {
    # "M 42" then a unit's name: "42 Signals" reads as a unit
    "M 42 Signals",
    # a small age said alone before its cue: "Ten. Ten of us." is a count said twice
    "Seven! She was seven!",
    # "or something" and "or so" are rough, no exact age (test_ages_as_said.py: "12 or so")
    "I'm like 25 or something",
    "She was a young girl of twelve or so",
    # an upper bound is no exact age (test_ages_as_said2.py decided so before this probe)
    "He can't have been more than nineteen",
    # "and" after "N yrs" as often goes on with a duration ("22 years and counting")
    "I'm 48 yrs and knackered",
    # "get to fifty" is as often a score or a count
    "When you get to fifty like me, you slow down",
}


@pytest.mark.parametrize(
    ("text", "ages"),
    [
        pytest.param(
            text, ages, marks=[pytest.mark.xfail(strict=True)] if text in PROBE_MISSES else []
        )
        for text, ages in probe_rows(PROBE)
    ],
)
def test_when_a_probe_row_is_scrubbed_then_exactly_its_ages_go(
    engine: ScrubEngine, text: str, ages: list[str]
):
    """As the bench counts a row right: as many [AGE-n] as ages, and every age gone (a name or
    a place beside an age may go too, as its own placeholder)."""
    scrubbed = _scrub(engine, text)
    assert len(re.findall(r"\[AGE-\d+\]", scrubbed)) == len(ages), scrubbed
    for age in set(ages):
        assert still_there(age, scrubbed) <= still_there(age, text) - ages.count(age), scrubbed


# (text, what the scrubbed text must be): each rule of this round, beside what it must keep.
FOUND_AND_KEPT = [
    ("She'd have been, what, nine?", "She'd have been, what, [AGE-1]?"),
    ("When my dad left I was ten.", "When my dad left I was [AGE-1]."),
    ("I'd have been 11 or 12", "I'd have been [AGE-1] or [AGE-2]"),
    ("He's ten and he worries about me", "He's [AGE-1] and he worries about me"),
    ("He's ten minutes away", "He's ten minutes away"),
    ("I was 5 down at half time", "I was 5 down at half time"),
    ("When I was little, about six, we moved", "When I was little, about [AGE-1], we moved"),
    ("When I was a kid, like 8, we had nothing", "When I was a kid, like [AGE-1], we had nothing"),
    ("My boy was 3 months old when I deployed", "My boy was [AGE-1] months old when I deployed"),
    ("The data was 3 months old by then", "The data was 3 months old by then"),
    ("For my fortieth we went to Rome", "For my [AGE-1] we went to Rome"),
    ("For my 3rd tour I went to Helmand", "For my 3rd tour I went to <X>"),
    ("I hit 50 and everything fell apart", "I hit [AGE-1] and everything fell apart"),
    ("We hit 40 on the range", "We hit 40 on the range"),
    ("She was a bairn, three or four", "She was a bairn, [AGE-1] or [AGE-2]"),
    (
        "When our Lily turned thirteen things got hard",
        "When our <X> turned [AGE-1] things got hard",
    ),
    ("It turned 5 o'clock", "It turned 5 o'clock"),
    ("my daughter 17 is thinking of joining", "my daughter [AGE-1] is thinking of joining"),
    ("Me: 37, Army. Partner: 35, civvy.", "Me: [AGE-1], Army. Partner: [AGE-2], civvy."),
    ("Children: 2, both at school", "Children: 2, both at school"),
    ("Child 1 - 8 yrs, Child 2 - 5 yrs", "Child 1 - [AGE-1] yrs, Child 2 - [AGE-2] yrs"),
    ("Age | 38", "Age | [AGE-1]"),
    ("We were lads of eighteen and nineteen", "We were lads of [AGE-1] and [AGE-2]"),
    ("We were men of 3 Commando", "We were men of <X>"),
    ("My nan lived to ninety-three", "My nan lived to [AGE-1]"),
    ("He can't have been nineteen", "He can't have been [AGE-1]"),
    ("Q: How old are you? A: 47", "Q: How old are you? A: [AGE-1]"),
    ("The client, now 64, wants help", "The client, now [AGE-1], wants help"),
    ("I'm 48 yrs and I feel it", "I'm [AGE-1] yrs and I feel it"),
    ("I'm 22 years and counting", "I'm 22 years and counting"),
    ("I'm 48 yrs and 3 months in", "I'm 48 yrs and 3 months in"),
    ("I had a 12-year-old malt to celebrate", "I had a 12-year-old malt to celebrate"),
    ("I was a 12-year-old boy", "I was a [AGE-1]-year-old boy"),
    (
        "It's for over 18s only and the age of consent is 16",
        "It's for over 18s only and the age of consent is 16",
    ),
    # the second batch: shapes people use that the probe did not hold
    ("Eighteen I was when I joined", "[AGE-1] I was when I joined"),
    ("Ten of us were there when I joined", "Ten of us were there when I joined"),
    ("The father-of-three, 42, said", "The father-of-three, [AGE-1], said"),
    ("A father of 3, 2 of them at school", "A father of 3, 2 of them at school"),
    ("34, f, ex RAF", "[AGE-1], f, ex RAF"),
    ("34, mostly in Germany", "34, mostly in Germany"),
    ("Twins, 3, at nursery", "Twins, [AGE-1], at nursery"),
    ("Children, 3, all at school", "Children, 3, all at school"),
    ("Two kids. One's 7, the other 4.", "Two kids. One's [AGE-1], the other [AGE-2]."),
    ("Two kids. One's in Leeds, the other 4 miles away.", None),
    ("I'd be, ooh, seventeen", "I'd be, ooh, [AGE-1]"),
    ("I was, I think, 19", "I was, I think, [AGE-1]"),
    ("It was, I think, 19 degrees", "It was, I think, 19 degrees"),
    ("I'd have only been 17", "I'd have only been [AGE-1]"),
    ("I was just a kid really, sixteen", "I was just a kid really, [AGE-1]"),
    ("My mate, Dave, 5, 6 pints in", "My mate, <X>, 5, 6 pints in"),
    ("Subject: Pte Agnieszka Wiśniewska, 57,", "Subject: <X>, [AGE-1],"),
    ("Subject: wo2 chukwuemeka balogun (23)", "Subject: <X> ([AGE-1])"),
    ("See Room 3 (12) for details", "See Room 3 (12) for details"),
    # the third batch: birthdays, children's lists, forms
    ("We went out for my daughter's 18th", "We went out for my daughter's [AGE-1]"),
    ("It was my son's 3rd tour", "It was my son's 3rd tour"),
    ("He was 18 years 3 months when he enlisted", "He was [AGE-1] years 3 months when he enlisted"),
    ("I was 17yrs 6mths", "I was [AGE-1]yrs 6mths"),
    ("I was 17 years 6 months in", "I was 17 years 6 months in"),
    ("DS1 (8) and DS2 (5)", "DS1 ([AGE-1]) and DS2 ([AGE-2])"),
    ("I've got an 8 and a 5 year old", "I've got an [AGE-1] and a [AGE-2] year old"),
    ("Classes for between 8 and", "Classes for between 8 and"),
    ("Son - 12", "Son - [AGE-1]"),
    ("Sons: 2", None),
    ("Mum - 3 visits", "Mum - 3 visits"),
    ("She's three, nearly four", "She's [AGE-1], nearly [AGE-2]"),
    ("She's three days late", "She's three days late"),
    # what the new rules must not take
    ("I hit 20 and dropped 10 on the range", "I hit 20 and dropped 10 on the range"),
    ("I hit 40, then 50 on the range", "I hit 40, then 50 on the range"),
    ("When I hit 40, I got divorced", "When I hit [AGE-1], I got divorced"),
    ("She turned 2 cartwheels", "She turned 2 cartwheels"),
    ("Then turned 2 corners and stopped", "Then turned 2 corners and stopped"),
    ("We had women of 20 countries", "We had women of 20 countries"),
    ("He's 6'2 and built like a tank", "He's 6'2 and built like a tank"),
    ("I was 9 in the queue", "I was 9 in the queue"),
    # the fourth batch: ages set in the past, pairs, household lists, the papers' people
    ("I must have been about 8 or 9", "I must have been about [AGE-1] or [AGE-2]"),
    ("She would've been 3 at the time", "She would've been [AGE-1] at the time"),
    ("He was 5 then.", "He was [AGE-1] then."),
    ("I was 5 then 6", "I was 5 then 6"),
    ("They were 5 and 7 when I left", "They were [AGE-1] and [AGE-2] when I left"),
    ("They were 5 and 0 down", "They were 5 and 0 down"),
    ("My two were 5 and 7", "My two were [AGE-1] and [AGE-2]"),
    ("F 35 Army", "F [AGE-1] Army"),
    ("NOK: son, Jack, 6", "NOK: son, <X>, [AGE-1]"),
    ("Wife - Sarah - 43", "Wife - <X> - [AGE-1]"),
    ("He left a widow of 43", "He left a widow of [AGE-1]"),
    ("He was a veteran of 3 tours", "He was a veteran of 3 tours"),
    ("shes 5 n hes 3", "shes [AGE-1] n hes [AGE-2]"),
    ("hes 2 pints in", "hes 2 pints in"),
]


@pytest.mark.parametrize(("text", "scrubbed"), FOUND_AND_KEPT)
def test_when_a_number_is_or_is_not_an_age_then_exactly_the_ages_go(
    engine: ScrubEngine, text: str, scrubbed: str | None
):
    """Another kind's placeholder (a name, a place, a unit beside the age) reads as <X>: this
    round is about ages only. None: the text keeps every number (no [AGE-n])."""
    result = _scrub(engine, text)
    if scrubbed is None:
        assert "[AGE-" not in result, result
        return
    assert re.sub(r"\[(?!AGE-)[A-Z_]+-\d+\]", "<X>", result) == scrubbed


# The tuning corpora's AGE spans as the age recognizer alone finds them after this round
# (before it: dev4 953 of 957, the rest the same), and its hits on text that is no age.
DEV_CORPORA = [
    ("scrub_dev2", 397, 397, 1),
    ("scrub_dev4", 957, 957, 0),
    ("scrub_dev5", 1024, 1022, 11),
]


@pytest.mark.parametrize(("corpus", "planted", "covered", "wrong"), DEV_CORPORA)
def test_when_a_dev_corpus_is_read_then_its_ages_are_found_as_before_or_better(
    corpus: str, planted: int, covered: int, wrong: int
):
    """A floor on the ages found and a ceiling on numbers taken that are no age, so that a
    rule made for one shape never loses another."""
    recognizer = AgeRecognizer()
    texts = load_frozen(PROBE.parents[1] / corpus / "corpus.jsonl")
    found_ages = taken_wrongly = total = 0
    for doc in texts:
        found = [(start, end) for start, end, _ in recognizer.iter_matches(doc.text)]
        ages = [(start, end) for kind, start, end in doc.spans if kind == "AGE"]
        total += len(ages)
        found_ages += sum(any(a < e and s < b for a, b in found) for s, e in ages)
        taken_wrongly += sum(not any(a < e and s < b for s, e in ages) for a, b in found)
    assert total == planted
    assert found_ages >= covered
    assert taken_wrongly <= wrong


@pytest.mark.parametrize(
    "ages, scrubbed, judged",
    [
        (["52"], "I'm [AGE-1] now", (True, 1, 0)),
        (["52"], "I'm [AGE-1]m now", (True, 1, 0)),  # "52m" -> "[AGE-1]m": no 52 stands
        (["52"], "I'm 52m now", (False, 0, 0)),  # digits beside a letter still stand
        (["52"], "In [AGE-1] I was 52", (False, 0, 1)),  # the year went, the age stayed
        ([], "Born in 1952, [AGE-1] of us", (False, 0, 1)),  # a kept row that lost a count
        (["nine", "nine"], "[AGE-1]. Just [AGE-1].", (True, 2, 0)),
        (["nine", "nine"], "[AGE-1]. Just nine.", (False, 1, 0)),
    ],
)  # fmt: skip
def test_when_a_probe_row_is_judged_then_only_its_ages_count_as_found(ages, scrubbed, judged):
    assert row_is_right(ages, scrubbed) == judged
