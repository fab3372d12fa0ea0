"""An exact age written straight after a person the scrub has already found.

The age recognizer reads a number as an age from the words around it, and where those words
are a name it must judge the name itself, from word lists, before any person is found:
"Kacper (3)", "róisín flanagan (36)", "victoria is 55, nevaeh is 14", "Lt Nair  54yrs" slip
past it whenever the name is not one it can tell from a word. Once the people are found the
question is easier: a number in brackets, set off by commas, or after "is" or "who is"
straight after a person is that person's age far more often than anything else. This step
runs after people are final and takes such numbers, in these shapes only:

- in brackets, alone or with a sex or "yrs", in digits or words: "Kacper (3)", "Tamang (34,
  REME)", "Jo (F, 41)", "Pte Rai (19yo)", "Mr Rokodi (54ish)", "Jone (eight)";
- set off by commas, the clause ending or going on at "and" or a dash: "Cpl Tamang, 34,
  REME", "victoria, 55.", "Capt Nair, about 35 –" (not "Smith, 3 Section" nor "Jones, 2 of
  us");
- after "is", "was", "who is", "'s", "aged", "turned", with "only", "now", "nearly", "just" or
  "about" between, the clause ending there or at "and", "now", "next", "this", "in" or an
  "already", in digits or words from two: "nevaeh is 14 and", "harry who is 1 and", "Freya is
  ten", "Eilidh's nine now" (not "Smith is 5 minutes late", "Jones was 2nd", "Smith is 6
  foot", "Dave's one and only");
- with a years word or a sex straight after: "Lt Nair  54yrs", "victoria 55 y.o.", "partner
  victoria 55 f.";
- a bare number at a clause's end, only where an age of this kind stands on the same line:
  "harry who is 1 and riley 5." (never "Smith 3" alone).

Never a number another detection holds (a unit's "2 RIFLES", a phone), a number with a
decimal point, an ordinal, or one over ``MAX_AGE``; never when the study keeps exact ages.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sealflow.scrub.detect import Detection, merge
from sealflow.scrub.recognizers.generic.ages.guards import MAX_AGE
from sealflow.scrub.recognizers.spoken_numbers import cardinal_value
from sealflow.scrub.spans import overlaps_any

# the recognizer recorded on what this step adds (the report's per-recognizer counts)
AGE_BESIDE_A_PERSON = "AgeBesideAPerson"

_SEX = r"(?:[MF]|male|female)"
# "years old" anywhere; "yrs" alone only at a clause's end ("3 years in" is a duration)
_OLD = r"(?:y\.?o\.?|y/o|yo|(?:yrs?|years?)[ \t]+old)(?![\w/])"
_YEARS = r"(?:" + _OLD + r"|(?:yrs?|years?)(?=[ \t]*(?:[.,;)\n]|$)))"
# what may follow an age in running text: the clause ends or goes on at a joining word
_CLAUSE_GOES_ON = (
    r"(?=[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:and|&|n|now|next|this|in|already|but|so|when|"
    r"then|today|tomorrow|soon|last|atm|lol|haha|x+)\b)"
)
# an age said in words, two to ninety-nine ("one" is too often no age: "Dave's one and
# only", a scorer's "Hussain (one)")
_AGE_IN_WORDS = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen)"
)
# straight after the person's span
_AFTER_A_PERSON = re.compile(
    # "(3)", "(34, REME)", "(F, 41)", "(19yo)", "(34M)", "(m34)", "(54ish)", "(eight)"
    r"[ \t]*\([ \t]*(?:"
    + _SEX
    + r"[ \t]*[,/]?[ \t]*)?(?P<bracket>\d{1,3}|"
    + _AGE_IN_WORDS
    + r")(?:ish)?[ \t]*(?:"
    + _YEARS
    + r"|"
    + _SEX
    + r")?[ \t]*(?=[,;/)])"
    # ", 34," "victoria, 55." ", about 35 –"
    # (not "Dave, 5, 6 pints in": a run of numbers is a count said again)
    r"|,[ \t]*(?:(?:about|around|roughly|approx\.?)[ \t]+)?(?P<commas>\d{1,3})(?:ish)?"
    r"(?![ \t]*[,.][ \t]*\d)(?=[ \t]*(?:[,.;)\n]|$|[–—][ \t])|[ \t]+(?:and|&|-)[ \t])"
    # ", five, at Wyvern Academy": in words between commas (not "Dave, two, three": a count)
    r"|,[ \t]*(?P<words>" + _AGE_IN_WORDS + r"),(?![ \t]*(?:\d|" + _AGE_IN_WORDS + r")\b)"
    # "is 14", "who is 1", "'s 9", "aged 34", "turned 40", "is ten", "'s nine now"
    r"|(?:['’]s|[ \t]+(?:is|was|who[ \t]+is|who['’]s|who[ \t]+was|aged|turned|turns))"
    r"(?:[ \t]+(?:only|now|nearly|just|about|almost|around))?[ \t]+"
    r"(?P<is>\d{1,3}|" + _AGE_IN_WORDS + r")"
    r"(?:[ \t]*" + _OLD + r"|" + _CLAUSE_GOES_ON + r")"
    # "54yrs", "55 y.o.", "55 f."
    r"|[ \t]+(?P<years>\d{1,3})[ \t]*(?:" + _YEARS + r"|" + _SEX + r"(?=[ \t]*(?:[.,;)\n]|$)))"
    # a bare "5." at a clause's end: kept only beside another age of this kind
    r"|[ \t]+(?P<bare>\d{1,3})(?=[ \t]*(?:[,.;)\n]|$|[ \t]+(?:and|&)\b))",
    re.IGNORECASE,
)


def ages_beside_people(text: str, detections: Sequence[Detection]) -> list[Detection]:
    """The detections, and an AGE for each number straight after a found person in one of
    the shapes the module docstring lists."""
    covered = [(d.start, d.end) for d in detections]
    sure: list[tuple[int, int]] = []
    bare: list[tuple[int, int]] = []
    for person in detections:
        if person.entity_type != "PERSON":
            continue
        match = _AFTER_A_PERSON.match(text, person.end)
        if match is None:
            continue
        group = next(
            g for g in ("bracket", "commas", "words", "is", "years", "bare") if match.group(g)
        )
        start, end = match.span(group)
        age = cardinal_value(match.group(group))
        if age is None or not 0 < age <= MAX_AGE or overlaps_any(covered, start, end):
            continue
        if text[end : end + 1] == "." and text[end + 1 : end + 2].isdigit():
            continue  # "5.5": a measure
        (bare if group == "bare" else sure).append((start, end))
    # a bare number beside a person counts where another age stands on its line
    ages_found = sure + [(d.start, d.end) for d in detections if d.entity_type == "AGE"]
    for start, end in bare:
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if any(line_start <= s and e <= line_end for s, e in ages_found):
            sure.append((start, end))
    if not sure:
        return list(detections)
    added = [Detection("AGE", s, e, 0.85, AGE_BESIDE_A_PERSON) for s, e in sure]
    return merge([*detections, *added])
