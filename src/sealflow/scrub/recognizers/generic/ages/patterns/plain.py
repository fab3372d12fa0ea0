"""Ages said with a cue any register writes: "I'm 43", "aged 27", "a 43-year-old", "turned
fifty", "my 40th birthday", "joined up at sixteen", "I'll be 40 next year", "in my 34th year".

The first person's or a third person's age with the cue words around it; each pattern's
youngest age is in ``guards.MIN_AGE`` (a weak cue counts only from 12).
"""

from __future__ import annotations

from sealflow.scrub.recognizers.generic.ages.words import (
    AGE_TAIL,
    AGED_THINGS,
    END,
    HEDGE,
    JOB_AFTER_A_THING,
    LIFE_EVENT,
    MONTH,
    NOT_A_BIRTHDAY,
    NOT_CLOCK,
    NOT_LIFE_VERB,
    NUMBER,
    PERSON_NOUN,
    RANK,
    RELATION,
    RELATION_ADJECTIVE,
    ROLE,
    SOON,
    SUBJECT,
    WEEKDAY,
    WHOSE,
)
from sealflow.scrub.recognizers.spoken_numbers import CARDINAL, ORDINAL_AGE

PATTERNS = (
    ("i_am", r"\b(?:I['’]?m|I\s+am|ah['’]m)[\s,]+" + HEDGE + NUMBER + END, 0.7),
    ("i_am_years", r"\b(?:I['’]?m|I\s+am|(?:he|she)(?:['’]s|\s+is))[\s,]+" + HEDGE
     + NUMBER
     + r"\s*(?:yrs?|years?)(?:\s+young)?(?=\s*(?:[.!?;)\n]|$)|\s+(?:lol|tho|"
     r"though|mate)\b|\s+and\s+(?:I|he|she|my|me)\b)", 0.7),
    # years said as an age, as English from South Asia says it: "I am having 52 years now",
    # "I was only eighteen years when I came from Nepal", "just 17 and a half years"
    ("years_as_age", r"\b(?:(?:I\s+am|(?:he|she|" + WHOSE + r"\s+" + RELATION
     + r")\s+is)\s+having|I['’]?m|I\s+am|I\s+was|(?:he|she|my\s+good\s+self|myself)\s+"
     r"(?:is|was))\s+"
     + HEDGE + NUMBER + r"(?=(?:\s+and\s+a\s+half)?\s*(?:yrs?|years?)(?:\s*(?:[.!?;)]|$)|"
     r"\s+(?:now|at\s+the\s+time|when\s+I\s+came|and\s+(?:I|he|she))\b))", 0.6),
    ("aged", r"\b(?:aged?\s+(?:of\s+|is\s+|was\s+|now\s+|as\s+|(?:given|stated|"
     r"recorded|reported|confirmed|noted|documented)\s+as\s+)?|ages\s+(?:of\s+)?|"
     r"aged?\s*(?:\((?:in\s+)?(?:yrs?|years)\)\s*)?(?::-|[:=\-–])?\s*(?=\d)|"
     r"aged?\s*(?::-|[:=\-–])\s*|ages?\s*\(\s*)(?:just\s+|only\s+|barely\s+)?" + NUMBER
     + r"(?:(?=\s*(?:yrs?|years?)\b)|(?![\w\-+]|[/.:,]\d|\s+to\s+(?:\d|" + CARDINAL + r")))",
     0.7),
    # a thing grows old ("a 10-year-old car"), but a thing's word before a job is a person
    # ("a 19-year-old Policy Adviser", "a 45-year-old school teacher")
    ("years_old", r"(?<![0-9a-z][\-–])(?<![\-–]\s)(?<!\sto\s)\b" + NUMBER
     + r"[\s\-]*(?:years?|yrs?|yr)[\s\-]+(?:olds?|auld)\b(?!\s+(?:" + AGED_THINGS
     + r")\b(?![\s\-]+" + JOB_AFTER_A_THING + r"\b))", 0.7),
    ("list_years_old", r"(?<!between\s)\b" + NUMBER + r"(?=(?:\s*,\s*|\s+(?:or|and|&)\s+"
     r"(?:an?\s+)?)(?:\d{1,2}|" + CARDINAL + r")[\s\-]*(?:years?|yrs?|yr)[\s\-]+olds?\b)",
     0.7),
    ("turned", r"\b(?:turned|turning|turnin['’]?|turn|turns)\s+" + NUMBER
     + r"(?=\s*(?:[.,;!?]|$|\s(?:"
     r"this|last|next|in|on|and|but|so|when|then|before|after|soon|tomorrow|today|2day|2moro|"
     r"tmrw|sat|sun|mon|tue|tues|wed|thu|thur|thurs|fri|"  # "turns 38 sat": a chat's weekday
     # the date of the birthday: "turns forty-four the 14th", "turns eighteen 21 Mar", "12/03"
     r"the\s+\d{1,2}(?:st|nd|rd|th)|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|"
     r"aug|sep|sept|oct|nov|dec)[a-z]*|\d{1,2}/\d{1,2}(?!/\d)|"
     r"yesterday|the\s+(?:day|"
     r"week|month|year|summer)|that\s+(?:day|week|month|year|summer)|(?:a|one|two|three|four|"
     r"five|six|a\s+few|\d{1,2})\s+(?:days?|weeks?|months?)\s+(?:before|after|earlier|later|"
     r"ago|previously))\b))", 0.7),
    ("hit", r"\b(?:hit|hitting|reached|reaching)\s+" + NUMBER + r"(?=\s*(?:[.!?]|$|\s(?:this|"
     r"last|next)\s+(?:year|month|week)|\s+in\s+" + MONTH + r"))", 0.6),
    ("birthday", r"\b" + NUMBER + r"(?:st|nd|rd|th)?\s+birthday\b", 0.7),
    ("someone_is", r"\b" + SUBJECT + r"(?:[\s,]+|\s*(?:[—–]|\.{2,}|…)\s*|\s+-\s+)['‘\"“]?"
     + HEDGE
     + NUMBER + END, 0.7),
    ("years_of_age", r"\b" + NUMBER + r"\s*(?:years?|yrs?)\s+of\s+age\b", 0.7),
    ("y_o", r"\b" + NUMBER + r"[\s\-]?(?:y/o|y\.o\.?|yo|y-o|yrs?\s?(?:old|young)|"
     r"years?\s+young)(?!\w)", 0.7),
    ("joined_at", r"\b(?:joined(?:\s+up)?|join(?:ing)?(?:\s+up)?|enlisted|signed\s+up|"
     r"left(?:\s+school)?|married|(?:going|go|went|gone)\s+back\s+in|"
     r"re-?join(?:ed|ing)?|re-?enlist(?:ed|ing)?|"
     r"retired|died|passed\s+away|started|enrolled|out|got\s+out|discharged|demobbed|commissioned|"
     r"deployed|widowed|divorced|mobilised|invalided\s+out|medically\s+discharged|went\s+in|"
     r"went\s+to\s+sea|signed\s+on|passed|killed|wounded|injured|made\s+redundant|diagnosed|"
     r"sectioned|arrested|convicted|jailed|sentenced|adopted|fostered|orphaned|homeless|"
     r"promoted|posted|sacked)"
     r"(?:\s+(?:the\s+)?\w+(?:\s+\w+)?)?\s+at\s+(?:just\s+"
     r"|only\s+)?" + NUMBER + END + r"(?!\s*[:.]\d)", 0.7),
    ("last_birthday", r"\b" + NUMBER + r"\s+(?:on\s+(?:his|her|their|my|your)\s+)?last\s+"
     r"birthday\b", 0.7),
    ("when_left", r"\b" + NUMBER + r"\s+when\s+(?:I|he|she|they|we)\s+(?:left|joined|"
     r"started|enlisted|signed(?:\s+up|\s+on)?|got\s+out|passed\s+out|retired|married|met|"
     r"deployed|went\s+(?:in|out|to\s+sea)|got\s+(?:married|hit|injured|wounded|engaged)|"
     r"died|passed\s+away|was\s+(?:killed|hit|injured|wounded|posted|born))\b", 0.7),
    ("now_after_when", r"\bwhen\s+(?:I|he|she|they|we)\s+(?:left|joined|got\s+out|"
     r"started|enlisted)[,;]?\s+(?:and\s+)?(?:I['’]m\s+)?" + NUMBER + r"\s+now\b", 0.7),
    ("being", r"\bbeing\s+(?:only\s+|just\s+|nearly\s+)?" + NUMBER + END, 0.6),
    ("soon", r"(?:\b(?:\d{1,3}|" + CARDINAL + r"),\s*|\b(?:be|nearly|almost|turning)\s+)"
     + NUMBER + SOON, 0.6),
    ("at_age_subject", r"\b(?:at|by)\s+(?:just\s+|only\s+)?" + NUMBER + END
     + r"(?:\s+and\s+a\s+half)?,?\s+(?:I|he|she|we|they|you)\b(?![’']s\b)", 0.6),
    # what someone was at a young age: "At thirteen she was already leading", "At 15 he was
    # the youngest" (from 13, and "was" after it: "at 14 we ate" is a time)
    ("at_age_was", r"\bat\s+(?:just\s+|only\s+)?" + NUMBER + END + r",?\s+(?:I|he|she|we|"
     r"they|you)\s+(?:was|were|had\s+(?:already|just|been))\b", 0.6),
    # an age put between commas in a report on someone: "Sgt Birch arrived fit and, at 32,
    # brought more experience than most", "and, at 19, was one of the youngest" (from 16,
    # and a verb or "the youngest" after it: "at 20, the bus left" is a time)
    ("comma_at_age", r"(?<=,)\s*at\s+(?:just\s+|only\s+)?" + NUMBER + END + r",\s+(?:was|"
     r"is|were|had|has|brought|became|joined|remained|still|already|proved|showed|led|"
     r"the\s+(?:youngest|oldest))\b", 0.6),
    ("rank_at", r"\b(?:made|making|promoted\s+to|got|became|reached|picked\s+up|a|an)\s+(?:"
     + RANK + r"|" + ROLE + r")\s+(?:at|by)\s+(?:just\s+|only\s+|about\s+)?" + NUMBER + END
     + AGE_TAIL
     + NOT_CLOCK, 0.6),
    ("nth_year", r"\bin\s+(?:my|his|her|their|your)\s+(?P<id>" + ORDINAL_AGE
     + r")\s+year\b", 0.7),
    ("ordinal_birthday", r"\b(?P<id>" + ORDINAL_AGE + r")\s+birthday\b", 0.7),
    ("my_ordinal", r"\b(?:my|his|her|their|your)\s+(?P<id>" + ORDINAL_AGE + r")(?=\s*(?:"
     r"party|do\b|bash|[.,;!?)]|$)|\s+(?:I|we|he|she|they|was|were|today|tomorrow|"
     r"yesterday|(?:this|next|last)\s+(?:week|weekend|month|year)|coming\s+up)\b"
     r"|\s+(?-i:in\s+[A-Z]))",
     0.6),
    ("ordinal_spent", r"\b(?:celebrated|celebrating|celebrate|spent|spend|spending|had|"
     r"having|threw|throwing|planning|organising|organised)\s+(?:my|his|her|their|your)\s+"
     r"(?P<id>" + ORDINAL_AGE + r")\b(?!\s+(?:" + NOT_A_BIRTHDAY + r")\b)", 0.6),
    ("who_is", r"\bwho(?:['’]s|\s+is|\s+was|\s+turned|['’]ll\s+be|\s+will\s+be)\s+"
     r"(?:(?:now|only|just|nearly|almost|barely)\s+)*(?:turned\s+)?" + NUMBER + END, 0.6),
    ("turned_any", r"\b(?:turned|turning)\s+" + NUMBER + END + AGE_TAIL, 0.6),
    ("person_of", r"\b(?:a|the)\s+(?:(?:young|wee|little|mere)\s+)?(?:" + PERSON_NOUN
     + r"|son|daughter|child|"
     r"baby|grandson|granddaughter)\s+of\s+(?:just\s+|only\s+"
     r"|about\s+)?" + NUMBER + END, 0.7),
    # a child's age after "of": "not acceptable with a child of three" (from one: no child
    # "of" a number is a count)
    ("child_of", r"\b(?:a|the|my|our|his|her|their)\s+(?:(?:young|wee|little)\s+)?(?:son|"
     r"daughter|child|baby|toddler|boy|girl|grandson|granddaughter)\s+of\s+(?:just\s+|only\s+"
     r"|about\s+)?" + NUMBER + END, 0.7),
    ("happy_nth", r"\bhappy\s+(?:belated\s+)?(?P<id>" + ORDINAL_AGE + r")(?!\s+(?:anniversary|"
     r"week|year|day|time|month|tour|go)\b)", 0.6),
    ("me_at", r"\b(?:me|him|her|us|them|myself)\s+at\s+" + NUMBER + END + r"(?!\s*[:.]\d)",
     0.6),
    ("life_event_at", r"\b(?:" + LIFE_EVENT + r")\s+at\s+(?:just\s+|only\s+|about\s+)?"
     + NUMBER + END + AGE_TAIL + NOT_CLOCK, 0.7),
    ("and_a_half", r"\b(?:he|she|I|they)(?:['’]s|\s+is|\s+was|['’]m|\s+am|['’]ll\s+be|"
     r"\s+will\s+be|['’]re|\s+are|\s+were)\s+(?:only\s+|just\s+|nearly\s+|now\s+)?"
     + NUMBER + r"(?=\s+and\s+a\s+half(?:\s*(?:[.,;!?)]|$)|\s+(?:now|when|then|years?\s+"
     r"old)\b))", 0.7),
    ("when_was", r"\b(?:since|when|till|until|before|after|by\s+the\s+time)\s+(?:I|he|she|we|"
     r"they|you)\s+(?:was|were)\s+(?:only\s+|just\s+|about\s+|like\s+|barely\s+)?"
     + NUMBER + END + AGE_TAIL, 0.6),
    # a person, then what they did or where they were, then "at 19": "I was in Afghanistan at
    # 19", "I lost my leg at 24", "my mate took his own life at 34" (no "it": "I set it at 20")
    ("subject_at", r"\b(?:I|he|she|we|they|(?:my|his|her|our|their)\s+" + RELATION_ADJECTIVE
     + RELATION + r")\s+(?:(?!(?:it|this|that|them|these|those|" + NOT_LIFE_VERB + r")\b)"
     r"[\w'’\-]+\s+){1,8}?at\s+(?:just\s+|only\s+|about\s+|barely\s+)?" + NUMBER + END
     + r"(?!\s*[:.]\d)" + AGE_TAIL + NOT_CLOCK, 0.6),
    # a birthday coming: "Kofi's turning ten next week" (any age: the week makes it one)
    ("turning_soon", r"\bturning\s+" + NUMBER + r"(?=\s+(?:next\s+(?:week|month|year)|"
     r"tomorrow|on\s+" + WEEKDAY + r"|this\s+(?:week|weekend|month|year)|in\s+(?:"
     + MONTH + r"|a\s+(?:few\s+)?(?:days?|weeks?|fortnight)))\b)", 0.7),
    # "Happy birthday to me, 37 today!", "bday tomorrow, will be 33"
    ("birthday_then_age", r"\b(?:birthday|bday|b-day)\b[^.?\n]{0,30}?(?:\b(?:will\s+be|"
     r"turning|"
     r"be)\s+|[,:\-–]\s*|!\s+)" + NUMBER + r"(?:(?=\s+(?:today|tomorrow|now)\b)|" + END
     + r"(?=\s*(?:[.!?,;]|$)))", 0.6),
    # "I was 17 years and 6 months" (not "17 years and 6 months in": a time served)
    ("years_months", r"\b(?:I['’]?m|I\s+am|I\s+was|(?:he|she)(?:['’]s|\s+is|\s+was))\s+"
     r"(?:only\s+|just\s+|exactly\s+)?" + NUMBER + r"(?=\s*(?:years?|yrs?)\s*(?:and\s+)?"
     r"(?:\d{1,2}|" + CARDINAL + r"|a\s+half)\s*(?:months?|mths?)(?:\s+old)?\b(?!\s+(?:in|"
     r"into|out|served|service|ago|later|clean|sober|pregnant|left)\b))", 0.6),
    # a birthday said by its ordinal after "for": "for my fortieth", "a party for her 60th"
    ("for_ordinal", r"\bfor\s+(?:my|his|her)\s+(?P<id>" + ORDINAL_AGE + r")\b(?!\s+(?:"
     + NOT_A_BIRTHDAY + r")\b)", 0.6),
    # a person turned a small age, the clause ending there: "She'd just turned ten when her
    # dad deployed" ("She turned 2 cartwheels" counts cartwheels)
    ("subject_turned", r"\b(?:I|he|she|they)(?:['’]d|\s+had|\s+has|['’]s)?\s+"
     r"(?:just\s+|only\s+)?(?:turned|turns)\s+" + NUMBER + END + AGE_TAIL, 0.6),
    # a first time said by the age it came at, as sport and life stories write it: "first
    # boxed at 13 in Suva", "first played for the county at 15." (never where someone first
    # lived, met or arrived: an address, a time)
    ("first_did_at", r"\bfirst\s+(?!(?:lived|stayed|arrived|landed|met|parked|worked|stopped|"
     r"called|rang|phoned|texted|emailed|messaged|logged|clocked|checked)\b)(?:[a-z]+ed|went|ran|"
     r"swam|rode|fought|flew|sang|drove|won|took\s+up\s+[\w'’\-]+)\s+(?:[\w'’\-]+\s+){0,3}?"
     r"at\s+(?:just\s+|only\s+|about\s+|age\s+)?" + NUMBER + END + r"(?!\s*[:.]\d)"
     + NOT_CLOCK + r"(?=\s*(?:[.,;!?]|$)|\s+in\s+(?-i:[A-Z])|\s+(?:and|when|with|for|against|"
     r"after|before)\b)", 0.6),
    # an age reckoned from another: "must be 52 now cos she was 36 when i joined"
    ("must_be_now", r"\b(?:must|would|should|might|could|will)\s+be\s+(?:about\s+|around\s+)?"
     + NUMBER + r"\s+(?:now|by\s+now|this\s+year)\b", 0.6),
)  # fmt: skip
