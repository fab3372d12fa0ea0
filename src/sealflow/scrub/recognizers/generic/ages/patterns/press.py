"""Ages as the papers and reports write them: "Aoife McGuinness, 18, of Inverness",
"The father-of-three, 42, said", "Pte O'Neill (19)", "Mrs MacLeod is 57", "a lad, 19".

A name, a rank or a title, then the age set apart by commas or brackets, then what the
person does or where they are from.
"""

from __future__ import annotations

from sealflow.scrub.recognizers.generic.ages.words import (
    APART_AGE_SHAPE,
    END,
    NOT_A_PERSON_TITLE,
    NOT_AGE_HOLDER,
    NOT_INITIALS,
    NUMBER,
    PERSON_NOUN,
    RANK,
    SHORT_RANK,
    WHAT_A_PERSON_DOES,
)
from sealflow.scrub.recognizers.generic.person_cues import CIVIL_TITLE
from sealflow.scrub.recognizers.spoken_numbers import CARDINAL

PATTERNS = (
    ("person_noun", r"\b" + PERSON_NOUN + r"s?(?:,?\s+|\s*[—–]\s*)(?:(?:about|maybe|"
     r"around|roughly|only|just|like|barely|really)[,\s]+)*"
     + NUMBER + r"(?=-ish\b|\s*(?:[.;!?)]|$|,\s)|\s+(?:and|or|&)\s+(?:\d|" + CARDINAL + r"))",
     0.6),
    # a name (any case), then the age set apart, then what the person does or is: "Abena, 8,
    # is in year 4", "gethin, 31, is from ripon", "Declan, seven, stays with nan",
    # "delroy brathwaite (60) is ok now", "Abena (4) attends the nursery"
    ("name_apart_age", r"(?<![\w'’])" + APART_AGE_SHAPE
     + r"(?!(?:" + NOT_A_PERSON_TITLE + r"|" + NOT_AGE_HOLDER
     + r")\b)(?-i:(?!(?:" + NOT_INITIALS + r")\b))[^\W\d_][^\W\d_'’\-]*"
     r"(?:['’\-][^\W\d_]+)?(?:,\s(?P<id>\d{1,2}|" + CARDINAL
     + r"),|\s?\((?P<id2>\d{1,2}|" + CARDINAL + r")\))\s+(?=(?:" + WHAT_A_PERSON_DOES
     + r")\b)", 0.6),
    # "Mrs MacLeod is 57 and has done 22 years": a title and a name, then the age
    ("title_name_is", r"(?-i:\b" + CIVIL_TITLE + r"\s[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)\s+"
     r"(?:is|was)\s+(?:now\s+|only\s+|just\s+)?" + NUMBER + END, 0.6),
    # a parent as the papers write one: "The father-of-three, 42, said", "mother of two, 35"
    ("parent_of_n", r"\b(?:mother|father|mum|mom|dad|grandmother|grandfather|grandad|"
     r"granddad|grandma|gran|nan|parent)[\s\-]+of[\s\-]+(?:\d|" + CARDINAL + r"),\s*"
     + NUMBER + r"(?=\s*(?:[,.;)]|$))", 0.6),
    # a rank or title, a name in any case, the age in brackets: "wo2 chukwuemeka balogun
    # (23)", "Pte O'Neill (19)", "mrs ade (44)"
    ("rank_name_bracket", r"\b(?:" + RANK + r"|" + SHORT_RANK + r")\.?\s+"
     r"(?:[^\W\d_][\w'’\-]*\s+){0,2}[^\W\d_][\w'’\-]*\s*\(\s*" + NUMBER
     + r"\s*(?:yrs?|years?|y/?o|y)?\s*\)", 0.6),
)  # fmt: skip
