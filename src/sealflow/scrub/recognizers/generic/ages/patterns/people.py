"""Ages of relations, children and named people, and of people listed with theirs: "my son
is 9", "Mum's 60", "our Jack's 9", "Tom (7) and Amy (4)", "me 45, wife 43", "Kids: Ella 9,
Jack 6.", "Harry was six, Evie was only five", "lads of eighteen and nineteen".

A relation word, a child noun or a name beside the number makes it an age; a small age after
"he's" counts only when a child was just talked of (``guards.NEEDS_BEFORE``).
"""

from __future__ import annotations

from sealflow.scrub.recognizers.generic.ages.words import (
    AGE_TAIL,
    CHILD_NOUN,
    END,
    HEDGE,
    NOT_A_BIRTHDAY,
    NOT_A_CHILD_NAME,
    NOT_A_NAME,
    NOT_A_NAME_TURNING,
    NOT_A_PERSON_TITLE,
    NOT_CLOCK,
    NUMBER,
    PEOPLE,
    PERSON_NOUN,
    RELATION,
    RELATION_ADJECTIVE,
    WHAT_A_PERSON_DOES,
    WHOSE,
)
from sealflow.scrub.recognizers.spoken_numbers import CARDINAL, ORDINAL_AGE

# when a named person's birthday falls, as messages say it: "Jo is thirty-eight on Thurs",
# "kamal is 7 on tmrw", "vik is forty fri", "jock is 26 end of month", "on the 14th", "12/03"
# a weekday written out or cut short ("saturday", "Sat", "weds", "thurs"): "sat(?:day)?"
# alone missed "saturday", and so "Niamh is eleven on saturday"
_WEEKDAY = (
    r"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?)"
)
BIRTHDAY_WHEN = (
    r"(?:on\s+(?:the\s+)?(?:this\s+|next\s+)?)?(?:"
    + _WEEKDAY
    + r"\b|tmrw\b|tmw\b|2moro\b|2day\b|tomoz\b|\d{1,2}(?:st|nd|rd|th)\b|\d{1,2}/\d{1,2}\b)"
    r"|(?:on\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?month\b|this\s+(?:year|week|weekend|month)\b"
    r"|on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|today\b|the\s+\d{1,2}(?:st|nd|rd|th)\b|next\s+"
    + _WEEKDAY
    + r"\b|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"[a-z]*\b"
)
# where a nickname opens a birthday's announcement: a line's or a message's start, a
# sentence's, or after "can't believe" ("rattler is fifty-one this year", "Smiler is
# twenty-five on the Wed 6th"); never after "the" or "my" ("the meeting is 2 on Tuesday")
NICKNAME_OPENS = r"(?:^|(?<=\n)|(?<=[\n:,]\s)|(?<=[.!?]\s)|(?<=\bbelieve\s)|(?<=\bbelieve\sthat\s))"
# words before "is" that name no one: "it is thirty this year", "nobody is forty today"
NO_ONE = (
    r"(?:he|she|they|we|you|I|it|its|that|this|there|what|who|which|everyone|everybody|"
    r"nobody|noone|someone|somebody|anyone|anybody|all|each|one|none|total|price|cost|"
    r"score|count|temp|temperature|time|date|number|total|tally)"
)
PATTERNS = (
    # ("my oh is forty-three": the other half, "oh" only after whose it is)
    ("relation_is", r"\b" + WHOSE + r"\s+" + RELATION_ADJECTIVE + r"(?:" + RELATION + r"|oh)"
     + r"(?:['’]s|\s+is|\s+was|\s+are|\s+were|\s+turned|\s+turns|\s+will\s+be|['’]ll\s+be|,|"
     r"\s+[-–—](?=\s+[^\n]{1,20}?\s[-–—]\s)|"
     r"\s+ha[sd](?=\s+(?:just\s+|now\s+)?turned\b))\s+(?:now\s+|only\s+|"
     r"just\s+|nearly\s+|almost\s+)?(?:turned\s+|turning\s+|coming\s+up(?:\s+to)?\s+)?"
     + NUMBER + END,
     0.7),
    ("name_is", r"(?-i:\b(?!" + NOT_A_NAME + r"\b)(?P<name>[^\W\d_][^\W\d_A-Z]+))(?:['’]s|"
     r"\s+is|\s+was|\s+were)\s+"
     r"(?:now\s+|only\s+|just\s+|nearly\s+)?" + NUMBER + r"(?=\s*(?:[.;!?)]|$|,\s|\s(?:now|"
     r"and|but|so|next|this|when|then|last|on\s+(?:his|her|their|my)\s+last|going|not|today|"
     r"tomorrow|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
     r"at\s+the\s+time|back\s+then|at\s+that\s+point)\b))",
     0.6),
    # a named person's birthday coming, as messages give it: "kamal is 7 on tmrw", "Jo is
    # thirty-eight on Thurs", "vik is forty fri" (the name checked, any age: the day says
    # it is a birthday)
    ("name_birthday_when", r"(?-i:\b(?!" + NOT_A_NAME + r"\b)(?P<name>[^\W\d_][^\W\d_A-Z]+))"
     r"(?:\s+(?:is|turns|will\s+be)|['’]ll\s+be|['’]s)\s+" + NUMBER + r"(?:!+)?\s+(?="
     + BIRTHDAY_WHEN + r")",
     0.6),
    # a birthday announced of someone called by a nickname, which no list of names holds:
    # "tommo is thirty-three on end of month", "all lads, aga k is twenty-one on friday",
    # "robbo is fifty-five today", "Buster is thirty-five Monday": the age in words and from
    # 13 ("the match is 3 on Saturday" is a time, "Price is 40 today" money), never after a
    # word that names no one
    ("nickname_birthday_when", NICKNAME_OPENS + r"(?!(?:" + NOT_A_NAME + r"|" + NO_ONE
     + r")\b)(?-i:[^\W\d_][^\W\d_A-Z]+)(?:\s+[^\W\d_]\.?)?\s+(?:is|turns|will\s+be|"
     r"['’]ll\s+be)\s+(?P<id>" + CARDINAL + r")(?:!+)?\s+(?=" + BIRTHDAY_WHEN + r")", 0.6),
    ("name_is_child", r"(?-i:\b(?!" + NOT_A_NAME + r"\b)(?P<name>[^\W\d_][^\W\d_A-Z]+))"
     r"(?:['’]s|\s+is|\s+was)\s+(?:now\s+|only\s+|just\s+|nearly\s+)?" + NUMBER
     + r"(?=\s*(?:[.;!?)]|$|,\s|\s(?:and|but|so|now|next|this|when|already|today|2day)\b))",
     0.6),
    # (the lookaheads on "(" and "who" spare trying every relation word at every word: speed)
    ("relation_brackets", r"\b(?=[\w'’\-\s]{1,30}\()(?:" + RELATION + r"|" + PERSON_NOUN
     + r"|(?-i:D[SD]\d))s?\s*\((?P<id>\d{1,2}|"
     + CARDINAL + r")\s*(?:yrs?|years?|y|months?|mths?|weeks?|wks?)?\)", 0.7),
    ("child_named", r"\b(?=[\w'’\-\s]{1,60}\()" + RELATION
     + r"s?(?:\s+(?-i:[^\W\d_][\w'’\-]*)){1,3}\s*\("
     r"(?P<id>\d{1,2}|" + CARDINAL + r")\)", 0.7),
    ("eldest", r"\bthe\s+(?:youngest|eldest|oldest|baby)(?:\s+(?:lad|bloke|boy|girl|soldier|"
     r"recruit|member|man|woman|marine|sailor|guy|one|casualty|victim|patient|child|kid|"
     r"brother|sister|son|daughter|grandchild|private|rifleman|trooper|sapper|gunner))?"
     r"(?:\s+(?:of\s+(?:us|them|"
     r"the\s+\w+)|in\s+the\s+\w+))?,?\s+(?:(?:is|was|being|just|now|at|only|barely)\s+)*"
     + NUMBER + END, 0.7),
    # "Eldest just turned 7, youngest 1.", "wife 31, eldest 9, little one 4": the next child of
    # a list of ages, after a comma or "and", with no "the"
    ("youngest_listed", r"(?:,|\band)\s+(?:my\s+|our\s+)?(?:youngest|eldest|oldest|middle\s+one|"
     r"little\s+one)\s+(?:(?:is|was|just|now|turned)\s+)*" + NUMBER + END, 0.7),
    ("children_are", r"\b(?:kids|children|twins|boys|girls|sons|daughters|grandkids|"
     r"grandchildren|(?:my|our)\s+(?:two|three|four|five))\s+(?:are|were)\s+(?:now\s+)?"
     + NUMBER + END, 0.7),
    ("and_the_other", r"\b(?:kids|children|twins|boys|girls|sons|daughters|grandkids|"
     r"grandchildren|(?:my|our)\s+(?:two|three|four|five))\s+(?:are|were)\s+(?:now\s+)?(?:\d{1,2}|"
     + CARDINAL
     + r")(?:,\s*|\s+and\s+)" + NUMBER + END, 0.7),
    ("and_the_youngest", r"\band\s+(?:my|the|our|his|her)\s+(?:youngest|eldest|oldest|other\s+"
     r"one|little\s+one|" + RELATION_ADJECTIVE + RELATION + r")\s+(?:is\s+|was\s+)?" + NUMBER
     + END + AGE_TAIL, 0.7),
    ("relation_named_is", r"\b" + WHOSE + r"\s+" + RELATION_ADJECTIVE + RELATION
     + r"(?:,?\s+(?-i:[A-Z][\w'’\-]+)|,\s+[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*){0,2}(?=,))"
     r"(?:['’]s|,?\s+(?:who['’]s|who\s+is|is|was|turned))\s+"
     r"(?:now\s+|only\s+|just\s+|nearly\s+|almost\s+)?" + NUMBER + END, 0.7),
    # the same in writing without capitals: "our eldest freddie is nearly fifteen", "my
    # daughter ruby is only three" (the word must be a name's: AgeRecognizer._a_name)
    ("relation_lower_name_is", r"\b" + WHOSE + r"\s+" + RELATION_ADJECTIVE + RELATION
     + r"\s+(?P<name>[a-z][a-z'’\-]+)(?:['’]s|\s+(?:who['’]s|who\s+is|is|was|turned))\s+"
     r"(?:now\s+|only\s+|just\s+|nearly\s+|almost\s+)?" + NUMBER + END, 0.7),
    ("relation_who", r"\b(?=[\w'’\-\s]{1,30}?,?\s+who\b)" + RELATION
     + r"s?,?\s+who(?:['’]s|\s+is|\s+was|\s+turned|"
     r"['’]ll\s+be|\s+will\s+be)\s+(?:(?:now|only|just|nearly|almost|barely)\s+)*"
     r"(?:turned\s+)?" + NUMBER + END, 0.7),
    ("both", r"(?:(?:\b(?:were|are|was)|['’]re)\s+both|\b(?:we|they|you|youse)"
     r"(?:\s+(?:were|are)|"
     r"['’]re)\s+all)\s+(?:only\s+|just\s+|now\s+)?"
     + NUMBER + END + AGE_TAIL, 0.6),
    ("was_when", r"(?:(?-i:\b(?!" + NOT_A_NAME + r"\b)[A-Z][\w'’\-]*)"
     # a nickname, then the name in brackets: "spike (hao zhang) was fifty-five when"
     r"|\b[^\W\d_][\w'’\-]*[ \t]*\([^()\n]{2,40}\)|\b" + WHOSE + r"\s+"
     + RELATION_ADJECTIVE + RELATION + r"|\b(?:mum|mam|dad|nan|gran|grandad|grandma|mother|"
     r"father)|\b(?:he|she|they))\s+(?:was|were|wis)\s+" + HEDGE + NUMBER
     + r"\s+when\b", 0.6),
    # people in the plural, then their ages: "lads of eighteen and nineteen" (the clause
    # ends there: "women of 20 countries" counts countries)
    ("people_of", r"\b" + PEOPLE + r"\s+of\s+(?:just\s+|only\s+|about\s+)?" + NUMBER + END
     + AGE_TAIL, 0.7),
    ("lost_at", r"\blost\s+" + WHOSE + r"\s+" + RELATION_ADJECTIVE + RELATION
     + r"\s+at\s+(?:just\s+|only\s+)?" + NUMBER + END + AGE_TAIL + NOT_CLOCK, 0.7),
    ("child_is", r"\b(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+was|\s+are|\s+were|['’]ll\s+be|"
     r"\s+will\s+be|['’]d\s+be|\s+turned|\s+turns)\s+(?:only\s+|just\s+|nearly\s+|"
     r"almost\s+|now\s+)?(?:turned\s+|coming\s+up\s+to\s+)?" + NUMBER + END + AGE_TAIL,
     0.6),
    ("kids_then_ages", r"\b(?:kids|children|boys|girls|sons|daughters|grandkids|"
     r"grandchildren|twins|boy|girl)(?:\s*[,:(]\s*|\s+)" + NUMBER + END
     + r"(?=\s*(?:,|and|&)\s*(?:\d{1,2}|" + CARDINAL + r")\b)", 0.6),
    ("lads_were", r"\b(?:lads|blokes|guys|girls|boys|kids|lasses|men|women|soldiers|recruits|"
     r"both\s+of\s+(?:us|them))\s+(?:were|are|was)\s+(?:(?:all|only|just|both|barely)\s+)*"
     + NUMBER + END + AGE_TAIL, 0.6),
    # kin said without "my": "Mum's 60 this year", "hubby's 50", "DS is 7" (parents' forums)
    ("kin_is", r"(?:(?<![\w'’])(?:mum|mam|mom|dad|nan|nana|nanna|gran|granny|grandad|granddad|"
     r"grandma|grandpa|granda|gramps|hubby|wifey|(?:grand)?son|(?:grand)?daughter|brother|sister|"
     r"wife|husband|twin)|(?-i:\bD[SDH]\d?|\bDS[SD]))(?:['’]s|\s+is|\s+was|"
     r"\s+turned|\s+turns|['’]ll\s+be|\s+will\s+be|['’]d\s+be|\s+would\s+be|"
     r"\s+would(?:['’]ve|\s+have)\s+been|['’]d(?:['’]ve|\s+have)\s+been)\s+" + HEDGE
     + r"(?:turned\s+)?" + NUMBER + END + AGE_TAIL, 0.6),
    # a family member by name, as the North says it: "our Jack's 9", "wor Kev was 40"
    ("our_name", r"\b(?:our|wor|me|my)\s+(?-i:[A-Z][a-z'’\-]+)(?:['’]s|\s+is|\s+was|\s+turned|"
     r"\s+turns|\s+would(?:['’]ve|\s+have)\s+been|['’]d(?:['’]ve|\s+have)\s+been|['’]ll\s+be|"
     r"\s+will\s+be)\s+" + HEDGE + NUMBER + END + AGE_TAIL, 0.6),
    # "he's only 4 so...": "only" and a small number after he's: a child
    ("only_small", r"\b(?:he|she)(?:['’]s|\s+is|\s+was)\s+(?:only|just|barely|not\s+even)\s+"
     + NUMBER + END + AGE_TAIL, 0.6),
    # people listed with their ages: "me 45, wife 43", "him 22 and me 21", "son 12, daughter 9"
    ("listed_ages", r"(?:^|(?<=[,;:(\n])\s*|(?<=\d[ \t])|\band\s+)(?:me|him|her|myself|"
     r"(?!kids|children|twins|"
     r"grandkids|grandchildren)" + RELATION + r")(?:\s+(?-i:[A-Z][\w'’\-]+))?\s+" + NUMBER
     + r"(?=\s*(?:[,;)]|and\b|&|$)|\s+(?:me|him|her|" + RELATION + r")\s+(?:\d{1,2}|"
     + CARDINAL + r")\b)", 0.6),
    # one relation and the age after a comma, as case notes list a household: "NOK: wife,
    # 49.", "son Kai, 7", "Lisa (wife, 49)", "carer for father, 84"
    ("relation_comma", r"\b(?!kids|children|grandkids|grandchildren|mates?|pals?|"
     r"friends?|colleagues?|boss)" + RELATION + r"(?:\s+(?-i:[A-Z][\w'’\-]+)){0,2},\s*"
     + NUMBER + r"(?=\s*(?:[.;!?)]|\n|$|,\s))", 0.6),
    # children just talked of, listed by name and age: "Kids: Ella 9, Jack 6."
    ("child_name_age", r"(?-i:\b(?!(?:" + NOT_A_PERSON_TITLE + r"|" + NOT_A_CHILD_NAME
     + r")\b)[A-Z][a-z'’\-]+)\s+(?P<id>\d{1,2})(?=\s*(?:[,;.)]|and\b|&|$))", 0.6),
    # an age set in the past with "only ... then": "Semisi was only 6 then", "IG was only
    # sixteen then" (any age: "only" and "then" make it one; never "it was only 2 then")
    ("only_then", r"(?<![\w'’])(?<!the\s)(?<!The\s)(?<!\ba\s)(?<!\bA\s)"
     r"(?!(?:it|that|this|there|which|what|the\s+\w+|score|price|"
     r"cost|rate|number|total|count|bill|rent)\s)[^\W\d_][\w'’\-]*\s+(?:was|were)\s+"
     r"only\s+" + NUMBER + r"\s+(?:then|at\s+the\s+time|back\s+then)\b", 0.6),
    # "we were 18 and 19, kids"
    ("we_were", r"\bwe(?:\s+were|['’]re|\s+are)\s+(?:(?:only|just|both|all|barely)\s+)*"
     + NUMBER + END + AGE_TAIL, 0.6),
    # a name written in lower case, then an age at a parent's life event: "owain was only 8 when
    # I deployed" (never "it was only 2 when I got there")
    ("lower_name_was_when", r"(?<![\w'’])(?!(?:it|there|that|this|which|what|who|he|she|they|"
     r"we|you|i|one|all|each|everything|nothing|something|time|night|day|morning)\b)"
     r"(?-i:[a-z][a-z'’\-]+)(?:\s+(?-i:[a-z][a-z'’\-]+))?\s+(?:was|were)\s+"
     r"(?:(?:only|just|barely|about)\s+)+" + NUMBER + r"\s+when\s+(?:I|we|he|she)\s+"
     r"(?:deployed|left|joined|went|got\s+out|came\s+home|was\s+(?:away|deployed|posted))\b",
     0.6),
    # "two lads, both 19"
    ("both_first", r"(?:,|\band)\s+both\s+(?:only\s+|just\s+|aged\s+)?" + NUMBER + END
     + AGE_TAIL, 0.6),
    # "Two kids. One's 7, the other's 4.": children counted, then each one's age
    ("one_other", r"\b(?:one(?:['’]s|\s+is|\s+was)|the\s+other(?:\s+one)?"
     r"(?:['’]s|\s+is|\s+was)?)\s+"
     r"(?:just\s+|only\s+)?" + NUMBER + END + AGE_TAIL, 0.6),
    # "me (45) and the wife (43)"
    ("me_brackets", r"\b(?:me|myself)\s*\((?P<id>\d{1,2})\s*(?:yrs?|y)?\)", 0.6),
    # children listed by name with their ages: "Tom (7) and Amy (4)", first and second
    ("named_pair", r"(?-i:\b(?!" + NOT_A_PERSON_TITLE + r"\b)[A-Z][a-z'’\-]+)\s*\("
     r"(?P<id>\d{1,2})\)(?=\s*(?:,|and|&)\s*(?-i:[A-Z][a-z'’\-]+)\s*\(\d{1,2}\))", 0.6),
    ("named_pair_second", r"(?-i:\b(?!" + NOT_A_PERSON_TITLE + r"\b)[A-Z][a-z'’\-]+)\s*"
     r"\(\d{1,2}\)\s*(?:,|and|&)\s*"
     r"(?-i:[A-Z][a-z'’\-]+)\s*\((?P<id2>\d{1,2})\)", 0.6),
    # a baby's age in months or weeks, a child just talked of: "My boy was 3 months old"
    ("months_old", r"\b" + NUMBER + r"[\s\-]*(?:months?|mths?|weeks?|wks?)[\s\-]+old\b",
     0.6),
    # a child with the age after it: "a bairn, three or four", "the baby - 2"
    ("child_noun", r"\b" + CHILD_NOUN + r"(?:,\s+|\s*[—–]\s*)(?:(?:about|maybe|around|only|"
     r"just|like|barely|really)[,\s]+)*" + NUMBER + r"(?=\s*(?:[.;!?)]|$|,\s)|"
     r"\s+(?:or|and|&)\s+(?:\d|" + CARDINAL + r"))", 0.6),
    # a name, then the age turned: "When our Lily turned thirteen things got hard"
    ("name_turned", r"(?-i:\b(?!(?:" + NOT_A_NAME + r"|" + NOT_A_NAME_TURNING
     + r")\b)[A-Z][a-z'’\-]+)\s+(?:had\s+|has\s+)?"
     r"(?:just\s+|only\s+)?(?:turned|turns)\s+" + NUMBER + END, 0.6),
    # a relation then the bare age then what they do: "my daughter 17 is thinking of joining"
    ("relation_age_does", r"\b(?:my|me|ma|our|wor|his|her|their|your)\s+"
     + RELATION_ADJECTIVE + RELATION + r"\s+" + NUMBER + r"(?=\s+(?:"
     + WHAT_A_PERSON_DOES + r")\b)", 0.6),
    # a relation, the name, then the age, each set apart: "Josefa's youngest, June, 3, has
    # been referred", "my son, Kai Jones, 7." (a name that is also a month too)
    ("relation_name_age", r"(?:\b" + WHOSE + r"\s+|(?:^|(?<=[\n:;(]))[ \t]*)"
     + RELATION_ADJECTIVE + r"(?!(?:mates?|pals?|friends?|colleagues?|boss|oppo)\b)"
     + RELATION + r"(?:,\s+|\s+[-–]\s+)[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*){0,2}"
     r"(?:,\s+|\s+[-–]\s+)" + NUMBER
     + r"(?=\s*(?:[,.;)]|$))", 0.6),
    # a relation's or a named person's ordinal birthday: "my daughter's 18th", "our Jack's
    # 21st" (never "my son's 3rd tour")
    ("relation_ordinal", r"(?:\b(?:my|me|our|wor|his|her|their|your)\s+" + RELATION_ADJECTIVE
     + RELATION + r"|\b(?:our|wor|me|my)\s+(?-i:[A-Z][a-z'’\-]+))['’]s\s+(?P<id>"
     + ORDINAL_AGE + r")\b(?!\s+(?:" + NOT_A_BIRTHDAY + r")\b)", 0.6),
    # someone's age that has come round fast: "cant believe Tobi is nine already"
    ("name_is_already", r"(?-i:\b(?!" + NOT_A_NAME + r"\b)(?P<name>[^\W\d_][\w'’\-]+))\s+"
     r"(?:is|['’]s)\s+(?:only\s+|just\s+)?" + NUMBER + r"\s+already\b", 0.6),
    # a named person's age said with "only", closing the clause: "hannah was only
    # thirty-eight you know", "Ellie was only 39." (not "it was only forty minutes")
    ("name_was_only", r"(?-i:\b(?!" + NOT_A_NAME + r"\b)(?P<name>[^\W\d_][\w'’\-]+))\s+"
     r"(?:was|is)\s+only\s+" + NUMBER + r"(?=\s*(?:[.,;!?]|$)|\s+(?:you\s+know|at\s+the\s+time|"
     r"then|when|and|but)\b)", 0.6),
    # two people's ages said side by side: "Harry was six, Evie was only five"
    ("named_was_pair", r"(?-i:\b(?!" + NOT_A_NAME + r"\b)(?P<name>[A-Z][\w'’\-]+))\s+"
     r"(?:was|is)\s+(?:only\s+|just\s+)?" + NUMBER + r",\s+(?:and\s+)?(?-i:[A-Z][\w'’\-]+)\s+"
     r"(?:was|is)\s+(?:only\s+|just\s+)?(?:\d{1,3}|" + CARDINAL + r")(?=\s*[.,;!?]|\s+and\b)",
     0.6),
    # someone named, then "who is 5": "we have oscar who is 5", "Harry, who is one."
    ("name_who_is", r"(?-i:\b(?!" + NOT_A_NAME + r"\b)(?P<name>[^\W\d_][\w'’\-]+)),?\s+"
     r"who(?:['’]s|\s+is|\s+was|\s+turned|['’]ll\s+be|\s+will\s+be)\s+"
     r"(?:(?:now|only|just|nearly|almost|barely)\s+)*" + NUMBER + END
     + r"(?=\s*(?:[.;!?),]|$|\s(?:and|but|so|now|next|this|today|tomorrow|already)\b))", 0.6),
    # a named person's age said plainly, ending its clause: "Mohan is six, in school they
    # say", "Joanna is ten now", "kirsty is eleven  Staff..." (never "Dave is 6 foot", "Sam
    # is 20 minutes away", "Jones is 2 up")
    ("name_is_age", r"(?-i:\b(?!" + NOT_A_NAME + r"\b)(?P<name>[^\W\d_][\w'’\-]+))\s+"
     r"is\s+(?:(?:now|only|just|nearly|almost)\s+)?" + NUMBER + END
     + r"(?=\s*(?:[.;!?),]|$)|\s{2,}|\s+(?:now|and|but|so|next|this|today|already|i|im|she|he)"
     r"\b)", 0.6),
    # a quotation's or a note's attribution ending in an age: "(Suraj Limbu, civilian, 61)",
    # "(Will Cross, HEO, 28)", "(WB-022, Maj. Iqbal, RLC, 39)"
    ("attribution_age", r"\((?:[A-Z]{1,4}-?\d{1,4},\s*)?(?:[A-Z][a-z]{1,4}\.?\s+)?"
     r"(?P<name>[^\W\d_][\w'’\-]+)(?:\s+[^\W\d_][\w'’\-.]*){0,2},"
     r"(?:\s*[^,()\n\d][^,()\n]{0,30},){1,2}\s*" + NUMBER + r"\s*\)", 0.6),
    # a named person's age set apart in brackets: "(Kwame, 11)", "appt (Kiera, 9)"
    ("bracket_name_age", r"\((?P<name>[^\W\d_][\w'’\-]+),\s*" + NUMBER
     + r"\s*(?:yrs?|years?|y/?o)?\s*\)", 0.6),
    # a named person's ordinal birthday: "4 clive's 50th!!", "Ayesha's 40th on Sat"
    ("name_ordinal", r"(?-i:\b(?!" + NOT_A_NAME + r"\b)(?P<name>[^\W\d_][\w\-]+))['’]s\s+"
     r"(?P<id>" + ORDINAL_AGE + r")\b(?=\s*(?:birthday|party|bash|do\b|[!.,;)]|$|\s+(?:on|"
     r"this|next|last|at|in)\b))", 0.6),
    # the age a parent had a child at (dev15): "Me and Adaeze had our eldest at 22", "had
    # her at nineteen", "had the twins at 30"
    ("had_a_child_at", r"\bhad\s+(?:(?:our|my|me|his|her|their|the)\s+(?:eldest|first"
     r"(?:\s+(?:one|child|kid|baby|born))?|oldest|youngest|son|daughter|boy|girl|lad|lass|"
     r"twins|baby|kids?|children|little\s+one)|him|her|them)\s+at\s+(?:only\s+|just\s+|"
     r"about\s+|barely\s+)?" + NUMBER + END, 0.7),
    # a guess at someone's age now (dev15): "he must be 14 now", "She must be nearly
    # fifty-four, she knew", "Chi-Chi, she must be fourteen now"
    ("must_be_guess", r"\b(?:he|she|they|you)\s+must\s+be\s+(?:nearly\s+|about\s+|at\s+least"
     r"\s+|getting\s+on\s+for\s+|coming\s+up\s+(?:to\s+)?)?" + NUMBER + END
     + r"(?=\s+(?:now|by\s+now|already)\b|\s*,\s*(?:he|she|they|surely)\b|\s*[.!?]|\s*$)",
     0.6),
    # the age someone lost would be now (dev15): "chunky would've been 37 this year", "he'd
    # have been forty today"
    ("would_have_been", r"\b(?:would|['’]d)(?:['’]ve|\s+have|\s+of)\s+been\s+" + NUMBER + END
     + r"(?=\s+(?:this|next)\s+(?:year|month|week)\b|\s+(?:today|tomorrow|now)\b)", 0.6),
    # children's ages listed after "they're" or "mine are" (dev15): "They're one, 4 and 7
    # now", "Mine are 12 and 8.", "mine are three and six and they settled"; the first
    # here, the rest by ``more_ages``; a list that ends its clause or is followed by "now"
    ("listed_children", r"\b(?:they['’]re|they\s+are|mine\s+are|mine['’]re|ours\s+are)\s+"
     r"(?:now\s+)?" + NUMBER + END + r"(?=(?:\s*,\s*(?:\d{1,2}|" + CARDINAL + r"))*\s*,?\s+"
     r"(?:and|&)\s+(?:\d{1,2}|" + CARDINAL + r")(?![\w\-])(?:\s+now\b|\s*[.!?;]|\s*$|\s+"
     r"(?:and|but|so)\s+(?:they|he|she|both|the)\b))", 0.6),
)  # fmt: skip
