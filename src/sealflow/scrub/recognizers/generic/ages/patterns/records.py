"""Ages as case notes, clinical letters, forms and surveys write them: "34yo M", "F/41",
"M45", "(26m)", "Mr Hughes (52 yrs)", "JS (52)", "SU is 55", "DOB 15/12/69 - 56 yrs",
"Age: 34", "Partner: 35", "P3, 34, ex-RN", "1. Zara  (8)  F".

Shorthand puts the age beside a sex letter, a name or initials, a label or a date of birth;
the guards against roads, rifles and jets ("the M62", "M16 rifle") sit in the patterns.
"""

from __future__ import annotations

from sealflow.scrub.recognizers.generic.ages.words import (
    AFTER_NAME_SHAPE,
    AGE_TAIL,
    END,
    LIFE_STATUS,
    MONTH,
    NOT_A_NUMBERED_NAME,
    NOT_AGE_AFTER_YEARS,
    NOT_CLOCK,
    NOT_INITIALS,
    NUMBER,
    RANK,
    RELATION,
    SHORT_RANK,
    WEEKDAY,
)
from sealflow.scrub.recognizers.generic.person_cues import CIVIL_TITLE
from sealflow.scrub.recognizers.spoken_numbers import CARDINAL

# what a family history says a relation had: "Paternal grandfather had bowel cancer at 64"
ILLNESS = (
    r"(?:cancer|stroke|heart\s+attack|MI|dementia|diabetes|alzheimer['’]?s|parkinson['’]?s|"
    r"leuk(?:a)?emia|lymphoma|tumou?r|CVA|TIA|IHD|angina|heart\s+failure|breakdown|bypass|"
    r"epilepsy|MND|MS|COPD|cirrhosis)"
)
RECORD_RANK = (
    r"(?:" + RANK + r"|" + SHORT_RANK + r"|cfn|craftsman|lcpl|l/cpl|cpl|sgt|lt|capt|wo[12]|"
    r"sac|lac|ac|lt\s+col|lt\s+cdr|cdr|cmdr|brig|gen|rfn|tpr|spr|gnr|pte|mne|" + CIVIL_TITLE + r")"
)
PATTERNS = (
    # a name, a surname's initial or a client's initials, then the age as case notes put it:
    # "Hughes (52 yrs)", "JS (52)", "Tom Briggs, 29.", "Mr Hughes 52yrs", "Hughes - 52 -"
    # (the lookahead first: a capitalised word then what an age after it opens with, the
    # same matches without the month and weekday alternation at every capital)
    ("after_name", AFTER_NAME_SHAPE
     + r"(?-i:\b(?!(?i:" + MONTH + r"|" + WEEKDAY + r"|" + NOT_A_NUMBERED_NAME
     + r")\b)[A-Z](?:[a-z'’\-]|[^\W\d_A-Za-z]|(?<=Mc)[A-Z]|(?<=Mac)[A-Z]|(?<=[’'\-])[A-Z])+"
     r"|\b[A-Z]\.|\b(?!" + NOT_INITIALS
     + r"\b)[A-Z]{2}\b|"
     r"(?:(?<=Mr\s)|(?<=Ms\s)|(?<=Mrs\s)|(?<=Miss\s)|(?<=Dr\s))[A-Z]\b|"
     # a surname's initial after a name or a rank: "Cameron D (32)", "Cpl P 31yrs"
     r"(?<=[A-Za-z][A-Za-z]\s)[A-Z]\b)"
     r"(?:[ \t]{0,3}\(\s*(?P<id>\d{2}|" + CARDINAL
     + r")\s*(?:yrs?|years?(?:\s+old)?|y/?o|y)?\s*\)"
     r"|,\s(?P<id2>\d{2}|" + CARDINAL + r")(?=,|\s*(?:yrs?|years?)(?:\s+old)?\s*(?:[,;.)]|"
     r"$)|\s*(?:[.;)](?:\s|$)|\n|$))"
     r"|(?<![a-z]ed)(?<!Did)(?<!Done)(?<!Spent)(?<!Over)(?<!For)(?<!After)(?<!Nearly)"
     r"(?<!Almost),?\s(?P<id3>\d{2})(?:yrs?\b|\s(?:yrs?|years?)(?=\s*(?:old\b|[,;.)]|\n|$)))"
     r"(?!\s+(?:" + NOT_AGE_AFTER_YEARS + r")\b)"
     r"|\s[-–]\s(?P<id4>\d{2})(?:\s?(?:yrs?|years?)(?:\s+old)?)?(?=\s[-–]\s|[ \t]*(?:\n|$)))",
     0.6),
    # (a full stop after it ends the note's sentence: "– 19M. Used SSAFA", "37F. Spouse.")
    ("age_sex", r"(?<![\w£$€.,/:\-])\(?(?P<id>\d{2})\s?(?:(?-i:[MF])|y)\)?"
     r"(?![\w\-/]|\.\w)", 0.6),
    # a note weighing a stated age against the record: "says 22 but DOB on file gives 25"
    ("says_but_record", r"\bsays\s+(?:(?:he|she|they)(?:['’]s|\s+is|\s+are)\s+)?"
     + NUMBER + r"(?=[,;]?\s+but\s+(?:(?:his|her|their|the)\s+)?(?:dob|d\.o\.b\.?|date\s+of\s+"
     r"birth|records?|file|jpa)\b)", 0.7),
    ("record_gives", r"\b(?:dob|d\.o\.b\.?|date\s+of\s+birth)(?:\s+(?:on|in)\s+(?:file|"
     r"record|jpa|the\s+system))?\s+(?:gives|makes\s+(?:him|her|them)|says|shows|puts\s+"
     r"(?:him|her|them)\s+at)\s+" + NUMBER + END, 0.7),
    ("person_is", r"\b(?:member|su|pt|client|patient|veteran|caller|service\s+user|claimant|"
     r"applicant|individual|subject|child|baby|respondent|participant|interviewee|vet|"
     r"gentleman|resident|tenant|pensioner),?\s+(?:is|was|now|states\s+(?:he|she|they)\s+is|"
     r"says\s+(?:he|she|they)\s+is|turned)\s+['‘\"“]?" + NUMBER + END, 0.7),
    ("so_after_dob", r"\b(?:dob|d\.o\.b\.?|born)\b[^\n]{0,30}?[,;]?\s+(?:so|now|currently)\s+"
     r"(?:he['’]s\s+|"
     r"she['’]s\s+|that['’]s\s+|they['’]re\s+|I['’]m\s+)?" + NUMBER + END, 0.7),
    ("before_dob", r"\b" + NUMBER + r"\s*\((?:dob|d\.o\.b|born|b\.)", 0.7),
    ("sex_age", r"\b(?:male|female)\s*[,(]?\s*" + NUMBER + END, 0.6),
    ("sex_age_years", r"\b(?:male|female)\s*[,(]?\s*" + NUMBER + r"(?=\s*(?:yrs?|years?)"
     r"(?:\s+old)?\s*(?:[,;.)/]|$))", 0.6),
    ("age_sex_word", r"\b" + NUMBER + r"\s*,?\s*(?:male|female)\b", 0.6),
    ("letter_comma_age", r"(?<![\w'’.])(?-i:[MF])\s*[,/]\s*" + NUMBER + END, 0.6),
    ("age_comma_letter", r"\b" + NUMBER + r"\s*[,/]\s*(?-i:[MF])(?=\s*(?:[,;)/\n]|$))",
     0.6),
    # (a call note's field says how the age came: "Age: said fifty-two", "Age: given as 40")
    ("age_label_colon", r"\bage\b[^\n:=;.?|]{0,40}?(?:[:=?|]|\s[-–]\s)\s*(?:A\s*[:.]\s*|"
     r"answer\s*:\s*|\n[^\n:]{0,25}:\s*|(?:said|says|stated|states|given(?:\s+as)?|"
     r"confirmed|reported|declared|approx\.?|about|around)\s+)?" + NUMBER + END + AGE_TAIL,
     0.7),
    ("age_at_label", r"\bage\s+(?:at|on|when)\s+(?:\w+\s+){1,3}?" + NUMBER + END
     + r"(?=\s*(?:[,;.)/]|$))", 0.6),
    ("date_then_age", r"(?:\b\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)?\d{2}|\b(?:born\s+|b\.\s*)"
     r"(?:in\s+)?(?:19|20)\d{2})\s*\(\s*(?:aged?\s*)?" + NUMBER
     + r"\s*(?:y(?:rs?|ears?)?)?\s*\)", 0.7),
    ("dob_then_years", r"\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|born)\b[^\n]{0,40}?"
     r"(?:[\-–,;(]\s*|[ \t]{2,})"
     + NUMBER + r"\s*(?:yrs?|years?)\b(?![ \t]+(?:ago|later|in|of|service)\b)", 0.7),
    ("client_bracket", r"\b(?:su|pt|client|patient|caller|veteran|vet|member|claimant|"
     r"respondent|participant|interviewee)\s*[,(]\s*" + NUMBER + r"(?:\s*(?:yrs?|years?)(?:\s+"
     r"old)?(?=\s*[,)])|" + END + r"(?=\s*[,)]))", 0.7),
    ("age_then_status", r"(?:^|(?<=[\n:;(]))[ \t]*" + NUMBER
     + r"(?=[ \t]*(?:[,/;]|and\b)[ \t]*(?:" + LIFE_STATUS + r"))", 0.6),
    # a focus group's participant code with an age: "P3, 34, ex-RN", "R12 (41)" (never "P1:
    # 16 years", a speaker's label and their words)
    ("participant", r"(?-i:\b(?:P|R|PT|Vet|Participant|Respondent|Resp|Interviewee)\s?\d{1,3})"
     r"\s*[,(]\s*" + NUMBER + r"(?=\s*(?:[,;)/]|$|(?:yrs?|years?)\b))", 0.6),
    # "34f here", "(m, 52)": a respondent's sex in lower case beside the age
    ("age_sex_lower", r"\b(?P<id>\d{2})[mf](?=\s+here\b|\s*[,)]\s*(?:ex|here|veteran|vet|army|"
     r"navy|raf|rm|serving|uk|from)\b)|\(\s*[mf]\s*[,/]\s*(?P<id2>\d{2})\s*\)", 0.6),
    # a date of birth, then the age in brackets: "DOB 1989-06-01 (37)", "DOB 15 Aug 74 (52)"
    ("dob_bracket_age", r"\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|born|b\.)[:\s]*[^\n()]{4,24}?"
     r"\(\s*(?:aged?\s*)?" + NUMBER + r"\s*(?:y(?:rs?|ears?)?)?\s*\)", 0.7),
    # "Mr H is 52": a title and an initial, as notes shorten a client's name
    ("initial_is", r"(?-i:\b" + CIVIL_TITLE + r"\s[A-Z]\.?)\s+(?:is|was|now)\s+"
     r"(?:now\s+|only\s+|just\s+)?" + NUMBER + END, 0.6),
    # a relation as a form's label: "Partner: 35, civvy", "Wife: 44"
    ("relation_colon", r"(?:^|(?<=[\n.;,(]))\s*(?!kids|children|twins|grandkids|"
     r"grandchildren)" + RELATION + r"(?:\s*:|\s+[-–])\s*" + NUMBER + r"(?=\s*(?:[,;.)]|$))",
     0.6),
    # a numbered child with the age in years: "Child 1 - 8 yrs, Child 2 - 5 yrs"
    ("numbered_child", r"\b(?:child|son|daughter|kid|dependant)\s*\d{1,2}\s*[:\-–]\s*" + NUMBER
     + r"\s*(?:yrs?|years?)(?:\s+old)?(?=\s*(?:[,;.)]|$))", 0.6),
    # a respondent's age, then the sex in lower case: "34, f, ex RAF", "52/m"
    ("age_comma_sex_lower", r"(?:^|(?<=[\n(]))[ \t]*" + NUMBER + r"\s*[,/]\s*[mf](?=\s*(?:"
     r"[,;)/\n]|$))", 0.6),
    # a respondent's sex then the age with a space, at a line's or a bullet's start ("F 35
    # Army", "- M 29, Catterick"), or between commas after a name ("partner Marek, F 48,")
    ("sex_space_age", r"(?:^|(?<=[\n(])|(?<=^[-–•*]\s)|(?<=\n[-–•*]\s)|(?<=[\w’'],\s))"
     r"[ \t]*(?-i:[MF])[ \t]+" + NUMBER + END
     + r"(?=\s*(?:[,;)/\n]|$)|\s+(?:ex|veteran|vet|army|navy|raf|rm|serving|here|retired)\b)",
     0.6),
    # forums' and triage notes' sex and age run together: "M45.", "f18", "m/53 here",
    # "Age/sex: F23", "(26m)", "me (58f)"; never a road, a rifle or a jet ("the M62",
    # "an F35", "M16 rifle")
    ("sex_age_run", r"(?<![\w£$.,/:\-])(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bon\s)"
     r"(?<!\boff\s)(?<!\bvia\s)(?<!\bto\s)(?<!\bup\s)(?<!\bthat\s)(?<!\bmy\s)"
     r"[MF]/?" + NUMBER + r"(?=[.,;:!?)]|\s|$)(?!\s*(?:motorway|junction|j\d|north|south|"
     r"east|west|rifle|carbine|jet|fighter|toll|exit|corridor|s\b))", 0.6),
    ("age_sex_bracket", r"\(\s*" + NUMBER + r"\s?[mf]\s*\)", 0.6),
    # a line of a list of children or dependants: "1. Zara  (8)  F", "- Freya  1 yrs  F"
    ("dependant_line", r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]*|[-–•*][ \t]*)?"
     r"(?-i:(?P<name>[A-Z][\w'’\-]+))[ \t]+\(?[ \t]*" + NUMBER
     + r"[ \t]*(?:yrs?|years?(?:[ \t]+old)?|y/?o)?[ \t]*\)?(?=[ \t]{2,}|[ \t]*[,;]|[ \t]*$|"
     r"[ \t]+(?-i:[MF])\b)", 0.6),
    # a forum post opening on the writer's age and sex: "61m, served 4 yrs", "51f here"
    ("age_sex_line", r"(?m)^[ \t]*(?P<id>\d{2})[mf](?=\s*[,;./)]|\s+(?:here|ex|served|"
     r"serving|veteran|vet|retired)\b)", 0.6),
    # a family history: "Paternal grandfather had bowel cancer at 64", "mother developed
    # dementia at 70", "Brother was diagnosed with leukaemia aged 4"
    ("relation_illness_at", r"\b(?:(?:paternal|maternal)\s+)?(?:" + RELATION
     + r"|grandfather|grandmother|grandparents?)\s+(?:had|has|developed|suffered(?:\s+from)?|"
     r"was\s+diagnosed\s+with|died\s+(?:of|from|with))\s+(?:an?\s+)?"
     r"(?:[\w'’\-]+\s+){0,3}?" + ILLNESS + r"\s+(?:at\s+(?:the\s+age\s+of\s+|age\s+)?|"
     r"aged\s+)" + NUMBER + END + r"(?!\s*[:.]\d)" + NOT_CLOCK, 0.7),
    # a rank or a title and a surname, then the age in years or brackets, as a report's
    # circumstances give it: "SAC Griffiths is 49 yrs, married", "Cfn Whitfield is (22)"
    ("rank_name_is_years", r"\b" + RECORD_RANK + r"\.?\s+(?-i:(?:[A-Z][\w'’\-]*\s+){0,2}"
     r"[A-Z][\w'’\-]+)\s+(?:is|was)\s+(?:\(\s*" + NUMBER + r"\s*\)|"
     r"(?P<id2>\d{1,3})\s?(?:yrs?|years?)(?:\s+old)?)(?=\s*(?:[,;.)]|$))", 0.6),
    # a form's "Age/sex:" label with the years: "Age/sex: 21yrs"
    ("age_sex_label_years", r"\bage\s*/\s*(?:sex|gender)\s*[:=\-–]\s*" + NUMBER
     + r"\s?(?:yrs?|years?)(?:\s+old)?\b", 0.7),
    # a relation, the name, then the age and the sex as forums shorten them: "partner kirsty
    # 33 f", "partner ravi 22m" (the name a name: "brother ran 26m" is a distance)
    ("relation_name_age_sex", r"\b(?!(?:kids|children|twins|grandkids|grandchildren)\b)"
     + RELATION + r"\s+(?P<name>[^\W\d_][\w'’\-]+)\s+" + NUMBER
     + r"\s?(?-i:[mfMF])(?=\s*(?:[.,;)]|$))", 0.6),
    # a name, maybe a surname's initial, then the age in years or with the sex as a log or a
    # chat shortens it: "fatima p 33yrs at pt", "kerry h. 59 f at it", "hao z (22) at ccmh",
    # "duncan s. 26m reported sick" (the name checked as a name: "ran 26m", "did 22yrs" stay)
    ("name_age_shorthand", r"(?P<name>[^\W\d_][\w'’\-]+)(?:\s+[^\W\d_]\.?)?\s+(?:\(\s*"
     + NUMBER + r"\s*\)|(?P<id2>\d{2})\s?(?:yrs?\b|(?-i:[mf])\b))(?!\s+(?:"
     + NOT_AGE_AFTER_YEARS + r")\b)(?=\s*(?:[,;.)]|$)|\s+(?:at|reported|is|was|has|had|went|"
     r"off|sick|on\s+leave|and)\b)", 0.6),
    # a relation in a family history or a NOK line, then the age: "Mum 75, well.",
    # "mother alive, 59, T2DM", "son 7;" (one relation: "kids 2," is a count)
    ("relation_number", r"\b(?:mum|dad|mother|father|son|daughter|wife|husband|partner|"
     r"brother|sister|stepson|stepdaughter|stepdad|stepmum|grandad|grandma|gran|nan|"
     r"grandmother|grandfather|fianc[ée]e?|girlfriend|boyfriend)(?:\s+(?:alive|living|well|"
     r"deceased))?,?\s+" + NUMBER + r"(?=\s*(?:[,;.)]|\n|$))", 0.6),
    # an evaluation team's working papers (tuned on tests/data/scrub_dev12): a participant's
    # age and sex in one cell or after their ID, "39/F", "F/41", "M 26" between a table's
    # bars or after a dash, "P28 (Pte, 1 IG) – 24 yrs.", "R14 (Pte, 1 MERCIAN) – Fifty-one,",
    # an attribution's last item "(P9, DBS, 30)", and a career's "at 19 did basic ... now 37"
    ("age_slash_sex", r"(?<![\w/.:])" + NUMBER + r"[ \t]*/[ \t]*(?-i:[MF])(?![\w/])", 0.6),
    ("sex_slash_age", r"(?<![\w/.:])(?-i:[MF])[ \t]*/[ \t]*" + NUMBER + r"(?![\w/]|\.\d)", 0.6),
    # (a cell ends at its bar or tab whatever the next cell holds: "\tF 54\t19/4", a date)
    ("cell_sex_age", r"(?:(?<=[|\t])|(?<=[|\t][ ])|(?<=[–-][ ]))[ \t]*(?-i:[MF]),?[ \t]+" + NUMBER
     + r"(?:(?=[ \t]*[|\t])|" + END + r"(?=[ \t]*(?:[.,;)]|$)))", 0.6),
    # a register's age column: "| 32 yrs |", "\t35 yrs\t", and a record's opening bracket
    # "(35 yrs; wife 38": the cell or the bracket holds the years alone (a length of service
    # is written with what it is: "22 yrs in", "served 12 yrs")
    ("cell_age_years", r"(?:(?<=[|\t])|(?<=[|\t][ ])|(?<=\())[ \t]*(?P<id>\d{2})[ \t]*"
     r"(?:yrs?|years?)(?:[ \t]+old)?(?=[ \t]*[|\t;]|[ \t]*$)", 0.6),
    # ("yrs" only after the bracket of rank and unit: "P1: 16 yrs." answers how long)
    ("participant_opener", r"(?-i:\b(?:P|R|INT-?|ID-?)\d{1,3})\b(?:[ \t]*\([^()\n]{1,40}\)"
     r"[ \t]*[–:-][ \t]*" + NUMBER + r"(?![\w/]|[.:,]\d)(?=[ \t]*(?:yrs?\b|/[MF]\b|[.,;]))"
     r"|[ \t]*[–:-][ \t]*(?P<id2>\d{1,3}|" + CARDINAL + r")(?![\w/]|[.:,]\d)"
     r"(?=[ \t]*(?:/[MF]\b|[.,;])))", 0.6),
    ("participant_bracket", r"\((?-i:(?:P|R|INT-?)\d{1,3}),[^()\n]{0,40},[ \t]*" + NUMBER
     + r"[ \t]*\)", 0.6),
    ("did_basic_at", r"\bat[ \t]+" + NUMBER + r"[ \t]+(?:did|joined|enlisted|passed|went|"
     r"started|signed)\b", 0.6),
    ("career_now", r"\b(?:joined|basic|enlisted|years[ \t]+in)\b[^.\n]{0,60}?\bnow[ \t]+"
     + NUMBER + END + r"(?=[ \t]*(?:[.,;)]|$))", 0.6),
)  # fmt: skip
