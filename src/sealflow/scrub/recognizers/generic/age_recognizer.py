"""Exact ages: "I'm forty-three", "aged 27", "a 43-year-old", "turned fifty last year",
"Sgt Okafor (34)", "joined up at sixteen", "I'll be 40 next year", "43, 44 in June",
"At 52 I...", "M, 34", "in my 34th year", "my son, who's 7", "kids aged 7 and 9".

An exact age with a job title and a unit narrows a person to a handful, so it is replaced
([AGE]) unless the study's policy keeps it (``scrub.keep_exact_ages: true``; the scrub
summary records which). Only the number is replaced ("I'm [AGE-1] now"). A number counts
only with an age cue, and never when a quantity follows it: "I'm two weeks in", "he was 20
minutes late", "I'm 40 quid down", "he was 20 years in" and "one of them" stay. A strong cue
("years old", "aged", "y/o", "my son is") counts for a child's age too; a weak one ("I'm",
"she was", "at") only from 12 (15 for "joined at", 16 for "at 18 I..."), so small counts
stay; "22 yrs" alone is a duration. An age said straight after one ("18, 19 at the time") is
checked like the first.

Speech adds its own shapes (tests/unit/scrub/test_ages_as_said.py): "I've just gone 30",
"had my first kid at 23", "my best mate was only 20", "me dad's 70", "What age were you? -
Seventeen.", "Twenty-two. That's how old I was.", "34, married, two kids", "34 here". A small
age after "he's" counts only when a child was just talked of ("My boy? He's only 6."). A
range ("in my forties", "thirty-odd", "40+", "the wrong side of 50") is no exact age.

A second table (tests/unit/scrub/test_ages_as_said2.py) widened the shared pieces rather than
adding a rule per example: kin said without "my" ("Mum's 60", "hubby's 50", "DS is 7"),
dialect ("me da's 70", "wor lass", "the wee one's 4", "our Jack's 9"), "at 19" after what a
person did ("I was in Afghanistan at 19", but never "I set the heating at 20"), a focus
group giving ages in turn, an age said alone before its cue ("Nineteen. He was nineteen."),
children listed by name ("Tom (7) and Amy (4)"), text speak ("Am 34", "goin on 40").

A third round (tests/unit/scrub/test_ages_as_said3.py, measured on a probe written first in
voices not used before: `bench/ages_probe.py ages_probe3`) added a second age paired with a
second time ("three when I deployed and six when I came home"), an age said twice for weight
("Sixteen. Just sixteen."), an age in a photo ("18 in the picture", no inches), Scots ("Ah
wis", "year auld", "ma maw's"), text-speak days ("2day", "nxt wk") and "is having N years". A
span that is only a number in words is never a PERSON (scrub.detect.said_number), whichever
policy.

A fourth round (tests/unit/scrub/test_identifiers_still_missed.py) took the ages case notes
and forms write beside a name, initials or a relation: "Mr Hughes (52 yrs)", "JS (52)",
"Tom Briggs, 29.", "NOK: wife, 49.", "Lisa (wife, 49)", "Wife Lisa 49, son Kai 7", "Kids: Ella
9, Jack 6." (a child just talked of), "Mr H is 52", "52-y-o", "age given as 52".

A fifth round (tests/unit/scrub/test_ages_probe5.py, from a probe of 434 rows written blind
before any rule changed: `bench/ages_probe.py ages_probe5`) widened the shared pieces where
speech, surveys, case notes and forms say an age: an age that ends a clause counts from 2,
since a child's age is said that way and a count rarely ends one ("She'd have been, what,
nine?", "When my dad left I was ten", "He was 5 then"); a baby's months beside a child; ordinal
birthdays after "for" or a relation's possessive ("my daughter's 18th"); a round age reached
("I hit 50 and..."); a relation or a name then the age, set apart or not ("Josefa's youngest,
June, 3,", "my daughter 17 is thinking"); labels of forms and tables ("Partner: 35", "Age |
38", "Child 1 - 8 yrs", "DS1 (8)"); the papers' "father-of-three, 42,"; a rank or title with a
name in any case then "(23)". The age of a thing ("a 12-year-old malt") stays, and so does a
count where the clause goes on ("She turned 2 cartwheels", "women of 20 countries", "I hit 20
and dropped 10").

A sixth round (tuned on tests/data/scrub_dev9, written blind with ages of every register:
medical letters, welfare records, news, forums, oral history) took the ages of people listed
by name ("partner Clive, 36, and Jayden 3, Leo 9", "Rohan is 2, Aria is 17": once one age of
the list is found, the others), the papers' "Aoife McGuinness, 18, of ..." with a capital
inside the name, forums' "M45", "f18", "(26m)" (never "the M62", "an F35", "M16 rifle"), "(Kiera,
9)", a family history's "Mum 75, well", "clive's 50th", "oscar who is 5".
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sealflow.scrub.recognizers.base import ContextRegexRecognizer
from sealflow.scrub.recognizers.forces.rank_name_recognizer import RANK_WORDS
from sealflow.scrub.recognizers.generic.person_cues import CIVIL_TITLE, names_by_address
from sealflow.scrub.recognizers.spoken_numbers import CARDINAL, ORDINAL_AGE, UNITS, age_value
from sealflow.scrub.wordlists import WordLists

# The lookahead on a number's first character spares the engine trying every number word at
# every position (speed); digits and number words start with one of these.
_NUMBER = r"(?P<id>(?=[0-9zotfsen])(?:\d{1,3}|" + CARDINAL + r"))"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)"
)
# "in March", "in a fortnight", "in two weeks": when an age said ahead of a birthday comes.
_IN_A_WHILE = (
    r"(?:(?:coming\s+)?"
    + _MONTH
    + r"|a\s+(?:week|month|few|fortnight|couple)|\w+\s+(?:weeks|wks|months|"
    r"mths|years|yrs)|"
    r"(?:the\s+)?(?:summer|spring|autumn|winter|new\s+year)|christmas|easter)\b"
)
# "30 or so" is a rough count, "12 or 13" two ages said as one.
_OR_NOT_AGE = (
    r"or\b(?!\s+(?:\d{1,3}|" + CARDINAL + r")(?:\s*[.,;!?)]|\s*$|\s+(?:when|at|then|and|but|I|he|"
    r"she|years?\s+old)\b))"
)
# A unit's name after its number: "7 Armoured", "16 Air Assault", "2 i/c" stay units and posts.
_UNIT_AFTER = (
    r"(?:para|commando|cdo|rifles|platoon|pl|section|sect|troop|tp|squadron|sqn|regiment|regt|"
    r"brigade|bde|battalion|bn|company|coy|battery|bty|division|div|flight|wing|armoured|armd|"
    r"air\s+assault|mech|mechanised|engineers?|engr|field|fd|signals?|logistic|medical|"
    r"close\s+support|scots|yorks|lancs|mercian|anglian|guards|hussars|lancers|dragoons|"
    r"fusiliers|rangers|royal|infantry|recce|i/?c|(?-i:SAS|SBS|RM|RA|RE|RHA|REME|RLC|RGR|PWRR|"
    r"IC|R\s+WELSH))\b"
)
# What follows a number that makes it a quantity, not an age (or the rest of a longer number).
# "5 in" is inches, "45 in March" an age said ahead of a birthday, "19 in Bosnia" and "19 in
# 2004" ages said with where or when.
# "she's 18 in the picture": an age as a photo or film shows it, no length.
_IN_A_PICTURE = (
    r"(?:the|that|this|these|those|my|his|her|our|their|a|an)\s+(?:[a-z]+\s+)?(?:photos?|"
    r"pictures?|pics?|photographs?|videos?|films?|clips?|snaps?|shots?|selfies?|footage|images?|"
    r"portraits?)\b"
)
_INCHES = (
    r"ins?\b(?!\s+(?:" + _IN_A_WHILE + r"|" + _IN_A_PICTURE + r"|(?-i:[A-Z][a-z])|(?:19|20)\d\d\b))"
)
_QUANTITY = (
    r"%|percent|per\b|x\b|quid|pounds?|p\b|k\b|grand|stone|st\b|kg|kilos?|lbs?|foot|feet|ft|"
    r"inch(?:es)?|" + _INCHES + r"|cm|mm|m\b|metres?|meters?|miles?|km|k's|yards?|yds?\b|mins?\b|"
    r"minutes?|"
    r"seconds?|secs?|hours?|hrs?|days?|nights?|weeks?|wks?|months?|years?|yrs?|decades?|times?|"
    r"of\b(?!\s+(?:cancer|covid|natural|a\s+heart|a\s+stroke|an?\s+overdose|suicide|pneumonia|"
    r"sepsis|leukaemia|wounds|his\s+wounds|her\s+wounds)\b)|"
    r"out\s+of\b|people|men|women|lads|blokes|kids|children|soldiers|troops|staff|points?|pages?|"
    r"quid|bucks|am\b|pm\b|o['’]?clock|hundred|thousand|million|odd|something|ish|"
    + _OR_NOT_AGE
    + r"|to\b|"
    r"degrees|knots|mph|kph|mg|ml|tours?|deployments?|rounds|laps|pints|cans|"
    r"and\s+a\s+half\s+(?!when\b|now\b|then\b|at\b|years?\s+old\b|I\b|he\b|she\b|we\b|they\b|"
    r"and\b|but\b|so\b)"
    r"[a-z]|\d|" + "|".join(UNITS) + r"\b|" + _UNIT_AFTER
)
# "40+" and "18-24" are ranges, not ages.
_END = r"(?!\w|-(?!ish\b)|[/.:,]\d|\s*\+|\s+" + _MONTH + r"\b)(?!\s*(?:" + _QUANTITY + r"))"
_PERSON_NOUN = (
    r"(?:lad|bloke|man|woman|guy|fella|fellow|fellah|chap|lass|girl|boy|gent|lady|kid|feller|nipper|youngster|"
    r"teenager|squaddie|recruit|baby|child|soldier|marine|sailor|airman|victim|casualty|deceased|"
    r"young\s+one|wee\s+one|laddie|lassie|wean|bairn|youngster|infant|toddler|newborn|widow|"
    r"widower|veteran|(?:ex-?)?service(?:man|woman)|pensioner)"
)
_RELATION = (
    r"(?:dad|mum|mom|father|mother|son|daughter|lad|boy|girl|kid|wife|husband|partner|"
    r"missus|brother|sister|nan|gran|grandad|granddad|grandma|grandson|granddaughter|"
    r"eldest|youngest|oldest|stepson|stepdaughter|fiancée?|girlfriend|boyfriend|lass|bairn|"
    r"other\s+half|mate|oppo|pal|friend|colleague|boss|stepdad|stepmum|uncle|aunt|auntie|"
    r"cousin|niece|nephew|mam|little\s+one|twins|kids|children|grandkids|grandchildren|"
    r"ex(?:[\s\-]?(?:wife|husband|partner|missus))?|hubby|wifey|fella|feller|old\s+man|"
    r"old\s+lady|old\s+dear|better\s+half|da|ma|(?:wee|young)\s+one|(?:little|wee)\s+['’]un|granda|grandpa|gramps|nana|nanna|"
    r"granny|twin|wean|maw|paw|faither|mither|bf|gf|hubs|"
    r"(?:father|mother|brother|sister|son|daughter|dad|mum)[\s\-]+in[\s\-]+law|step-?(?:son|daughter|dad|mum)|godson|goddaughter)"
)
# Who says whose: "my", and "me" as the North and Scots say it ("me dad's 70").
_WHOSE = r"(?:my|me|ma|wor|his|her|our|their|your|the|[^\W\d_][\w\-]*['’]s)"
# People named in the plural: "lads of eighteen and nineteen", "men of forty".
_PEOPLE = (
    r"(?:lads|boys|girls|men|women|kids|lasses|blokes|youngsters|teenagers|recruits|soldiers|"
    r"children|weans|bairns)"
)
# Children said as such: a small number beside them is an age ("a bairn, three or four").
_CHILD_NOUN = r"(?:kid|baby|child|bairn|wean|nipper|toddler|infant|boy|girl|youngster)"
# Things whose age people give as "N-year-old" too: "a 12-year-old malt", "my 20-year-old car".
_AGED_THINGS = (
    r"cars?|vans?|trucks?|lorry|motorbike|bikes?|house|building|cottage|church|bridge|trees?|"
    r"whisky|whiskey|malt|scotch|wine|brandy|boiler|laptop|computer|telly|sofa|photos?|"
    r"photograph|letters?|tradition|marriage|mortgage|debt|grudge|injury|scar|machine|"
    r"vehicle|caravan|shed|fence|roof|carpet|mattress|"
    # what a unit, a quarter or a town has that grows old
    r"gym|quarters?|block|barracks|accommodation|mess|hangar|garage|bakery|shop|pub|club|"
    r"school|hospital|station|camp|site|estate|flats?|home|houses|kitchen|bathroom|heating|"
    r"windows?|radiators?|cooker|oven|fridge|furniture|sfa|land\s+rover|landie|landy|"
    r"defender|tank|ship|boat|aircraft|plane|jet|helicopter|rifle|engine|kit|uniform|boots|"
    r"jacket|tent|phone|tv|watch|business|firm|company|charity|policy|system|scheme|law|rule|"
    r"record|recording|film|song|book|photo|map|bottle|cheese|port|rum|tree|oak|castle|"
    r"memorial|statue|chapel|cathedral|tower|hall|stadium|ground|pitch|track|road|railway"
)
# A word said before the relation: "my best mate", "our little lad", "my eldest boy".
_RELATION_ADJECTIVE = (
    r"(?:(?:best|old|auld|little|lil|wee|big|baby|eldest|youngest|oldest|younger|older|young)\s+)?"
)
_SUBJECT = (
    r"(?:he|she|they|hes|shes|I|you|ah(?=\s+wis\b))(?:['’]s|['’]re|\s+is|\s+was|\s+wis|\s+are|\s+were|['’]ll\s+be|"
    r"\s+will\s+be|['’]d\s+(?:only\s+|just\s+)?be|\s+would\s+be|\s+would\s+have\s+(?:only\s+|just\s+)?been|['’]d\s+have\s+(?:only\s+|just\s+)?been|"
    r"['’]d\s+been|['’]d\s+of\s+been|['’]d['’]ve\s+been|\s+(?:would|must|could|might)\s+of\s+been|\s+(?:woz|wuz)|"
    r"\s+had\s+just\s+turned|\s+just\s+turned|\s+were|\s+wasn['’]t(?:\s+even)?|"
    r"\s+weren['’]t(?:\s+even)?|"
    r"\s+(?:must|might|could|would|should|may|can['’]?t|cannot|couldn['’]t)(?:\s+have|['’]ve)\s+been|"
    r"\s+would['’]ve\s+been)?"
)
# What ends a clause that closes on an age, or pairs it: "nine?", "ten and he worries",
# "three and a bit", "11 or 12".
_CLAUSE_ENDS = (
    r"(?=(?:\s+(?:or|and)\s+(?:\d{1,2}|"
    + CARDINAL
    + r"))?\s*(?:[.!?]|$|\s+(?:and|an|n|&)\s+(?:a\s+bit|(?:he|she|I|hes|shes|im)\b)|"
    r",\s*(?:nearly|almost|maybe|going\s+on)\s+(?:\d{1,2}|"
    + CARDINAL
    + r")\b|\s+when\b|\s+(?:at\s+the\s+time|back\s+then|"
    r"then|at\s+that\s+point)(?=\s*(?:[.!?,;]|$))))"
)
# Words said between "I was" and an age: "I was, what, nineteen?", "I'm, erm, 41", "about 22".
_HEDGE = (
    r"(?:(?:now|only|just|jist|nearly|almost|barely|about|around|roughly|maybe|probably|possibly|"
    r"like|already|still|what|erm+|um+|uh+|er|well|oh|currently|presently|[a-z]{1,8}-(?=\s)|"
    r"\d{1,2}-(?=\s)|"
    r"all\s+of|a\s+(?:mere|young|tender)|no\s+more\s+than|not\s+even|only\s+just|not\s+yet|"
    r"what\s+(?:was|am|were)\s+I|how\s+old\s+was\s+I|(?:[a-z]+|\d{1,2})-?(?:odd|ish|something)|"
    r"y['’]know|you\s+know|I\s+mean|sort\s+of|kind\s+of|shy\s+of|"
    r"coming\s+up(?:\s+to)?|knocking\s+on|pushing|approaching|getting\s+on\s+for|ooh+|"
    r"I\s+(?:think|reckon|guess|suppose|believe|dunno|don['’]t\s+know)|I['’]d\s+say|honestly|"
    r"really)"
    r"(?:[\s,]+|\s*[-–]\s*|\.{3}\s*))*"
)
_NOT_A_NAME = (
    r"(?:It|That|There|This|What|Here|Who|Which|Mine|Ours|Yours|Today|Tomorrow|Now|Where|"
    r"Everything|Nothing|Something|One|Each|Mum|Dad)"
)
_SOON = (
    r"(?=\s+(?:next\s+(?:week|month|year|birthday|time)|in\s+"
    + _IN_A_WHILE
    + r"|on\s+"
    + _WEEKDAY
    + r"|this\s+(?:year|month|week|"
    r"weekend|summer|winter|spring|autumn|" + _WEEKDAY + r")|come\s+(?:" + _MONTH + r"|"
    r"christmas|the\s+(?:summer|spring|autumn|winter|new\s+year))|soon|tomorrow|2day|2moro|"
    r"2morrow|tmrw|nxt\s+(?:wk|week|mth|month|yr|year))\b)"
)
# What an ordinal after "spent my" or "had my" counts when it is no birthday.
_NOT_A_BIRTHDAY = (
    r"anniversary|tour|wedding|year|week|day|time|month|go|attempt|child|kid|baby|son|daughter|"
    r"grandchild|pint|drink|job|posting|deployment|course|place|choice|in\s+command|try"
)
# What may follow an age said after a looser cue ("made me 19 at the time", "we were all 18.",
# a line's end: a survey's answer under its question),
# so that "made me 20 sandwiches" or "we were all 20 in the queue" stay.
_AGE_TAIL = (
    r"(?=\s*(?:[.,;!?:)(/|\"”'’]|(?m:$)|\s[-–—]\s|\s+(?:now|then|at|when|this|next|last|in|on|and|but|so|or|I|"
    r"he|she|we|they|you|years?\s+old|today|already|yet|out|over|there|here|with|while|"
    r"during|the|that|before|after|just|recently|myself|himself|herself|lol|haha|mate|like|by|"
    r"though|tho|yeah|yes|innit|love|mind|his|her|my|our|their|me|him|us|them)\b))"
)
# Things people did at an age ("had my first kid at 23", "became a dad at 19").
_LIFE_EVENT = (
    r"had\s+(?:my|our|her|his|their|the)\s+(?:first\s+|second\s+|eldest\s+|oldest\s+|"
    r"youngest\s+)?(?:kid|child|baby|son|daughter|boy|girl|lad)|became\s+a\s+(?:dad|mum|"
    r"father|mother|grandad|granddad|grandma|nan|widow|widower|parent)|(?:got|was|were)\s+"
    r"(?:married|engaged|pregnant)|fell\s+pregnant|had\s+(?:him|her|them|the\s+twins)|"
    r"\ba\s+(?:young\s+|teenage\s+|single\s+)?(?:mum|dad|mother|father|widow|widower|"
    r"grandad|granddad|grandma|grandmother|grandfather|nan|gran)|"
    r"had\s+my\s+first\s+[a-z]+|started\s+(?:drinking|smoking|boxing|working|work)"
)
# Ranks said with the age they were reached at ("made sergeant at 26").
_RANK = (
    r"lance\s+corporal|l/cpl|lcpl|corporal|cpl|sergeant|serjeant|sgt|staff\s+sergeant|"
    r"colour\s+sergeant|sergeant\s+major|warrant\s+officer|wo[12]|lieutenant|lt|captain|capt|"
    r"major|officer|leading\s+hand|killick|petty\s+officer|chief\s+petty\s+officer|"
    r"flight\s+sergeant|chief\s+tech|bombardier|lance\s+bombardier|bdr"
)
# A round age, as people say one reached: "I hit 50".
_ROUND_AGE = r"(?P<id>[3-9]0|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety)"
# Capitalised words before "turned 2" that are no one's name: pronouns and words that open a
# sentence ("She turned 2 cartwheels", "Then turned 2 corners").
_NOT_A_NAME_TURNING = (
    r"I|He|She|They|We|You|Then|And|But|So|Just|Also|Still|Again|Once|When|After|Before|"
    r"Finally|Eventually|Slowly|Quickly|Suddenly|Later|Soon|First|Next|Someone|Somebody|"
    r"Everyone|Everybody|Nobody|Anyone"
)
# Ranks as notes shorten them, and titles: "wo2 chukwuemeka balogun (23)", "Mrs Ade (44)".
_SHORT_RANK = (
    r"pte|pvt|tpr|spr|gnr|rfn|gdsm|kgn|mne|fus|ab|ab1|ab2|able\s+seaman|ac|lac|sac|lbdr|ssgt|"
    r"csgt|c/sgt|s/sgt|po|cpo|maj|col|flt\s+lt|sqn\s+ldr|wg\s+cdr|fs|ch\s+tech|mr|mrs|ms|"
    r"miss|mx|dr"
)
# What a person was at an age ("I was a Para at 19", "a recruit at 16").
_ROLE = (
    r"para|paratrooper|marine|royal\s+marine|commando|sapper|gunner|rifleman|private|pte|"
    r"squaddie|medic|matelot|sailor|airman|recruit|boy\s+soldier|junior\s+soldier|soldier|"
    r"nurse|pilot|apprentice|cadet"
)
# Verbs that put a thing, not a person's life, at a number ("I set the heating at 20", "I was
# driving at 70", "I came in at 40").
_NOT_LIFE_VERB = (
    r"set|kept|keep|capped|priced|sold|valued|rated|scored|marked|clocked|timed|finished|stopped|"
    r"paused|held|peaked|topped|maxed|levelled|pegged|fixed|driving|doing|going|travelling|"
    r"speeding|running|cruising|came\s+in|ranked|placed|booked|meet|met|eat|ate|start|starts|"
    r"finish|finishes|open|opens|close|closes|shut|leave|leaves"
)
# Words before "(7)" that number a clause or a thing, not a child.
_NOT_A_PERSON_TITLE = (
    r"Section|Part|Schedule|Rule|Article|Clause|Paragraph|Para|Table|Figure|Fig|Annex|Appendix|"
    r"Chapter|Question|Step|Item|Note|Box|Page|Form|Level|Stage|Phase|Option|Room|Flat|Bed|"
    r"Ward|Group|Team|Platoon|Company|Squadron|Regulation|Reg|Act|Line|Row|Col|Column|Q"
)
# Capitalised words before a number that are no child's name ("in Year 9, Bus 6").
_NOT_A_CHILD_NAME = (
    r"Year|Yr|Class|Set|Grade|Key|Stage|Bus|Route|Unit|Number|No|Block|Week|Day|Month|Term|"
    r"Book|Series|Season|Episode|Size|Age|Ages|Level|Band|Tier|House|Road|Street|Lane|Bay|"
    r"Gate|Platform|Terminal|Hut|Floor|Wing|Cell|Mark|Mk|Version|Area|Zone|Sector|Camp"
)
# Words before ", 5," or "(5)" that hold no one's age.
_NOT_AGE_HOLDER = (
    r"and|or|of|the|a|an|to|in|on|at|for|with|by|from|aged?|years?|yrs?|is|was|are|were|be|"
    r"been|than|about|around|over|under|only|just|nearly|almost|between|scores?|points?|out|"
    r"total|questions?|items?|no|number|nos|ref|ex|also|then|so|but|sessions?|visits?|times?|"
    r"days?|weeks?|months?|hours?|mins?|minutes?|miles?|units?|pints?|calls?|"
    + CARDINAL
    + r"|"
    + _MONTH
    + r"|"
    + _WEEKDAY
)
# What a person does or is, said after their age set apart: "Abena, 8, is in year 4".
_WHAT_A_PERSON_DOES = (
    r"is|was|has|had|are|were|stays|stayed|attends|attended|lives|lived|lost|misses|missed|"
    r"goes|went|seems|seemed|started|starts|works|worked|joined|needs|struggles|struggled|"
    r"struggling|strugglin|doing|doin|got|gets|can|can['’]t|cannot|will|won['’]t|would|did|"
    r"does|didn['’]t|doesn['’]t|isn['’]t|wasn['’]t|hasn['’]t|who|still|now|currently|recently|"
    r"loves|likes|hates|plays|wants|came|comes|moved|left|died|passed|suffers|suffered|"
    r"completed|finished|told|said|says|reports|reported|has\s+been|was\s+seen"
)
# Capitalised words that number a thing ("Room (12)", "Table (4)"), never a surname as well.
_NOT_A_NUMBERED_NAME = (
    r"Room|Table|Figure|Fig|Section|Chapter|Question|Step|Item|Note|Form|Level|Stage|Phase|"
    r"Option|Annex|Appendix|Schedule|Clause|Article|Paragraph|Flat|Bed|Platoon|Company|Squadron"
)
# Necessary conditions put in front of two patterns tried at every word (a fifth of the age
# patterns' time): the pattern's own word shape, then only the first characters of what may
# follow it. A lookahead that every match passes changes no match; it fails at most words
# before the long alternations of words that are no name are tried.
# after_name: a capital, a run of non-space characters (every name form it allows is one),
# then "(", ", ", " 52" or " - ".
_AFTER_NAME_SHAPE = r"(?-i:(?=[A-Z][^\s(,]*(?:[ \t]{0,3}\(|,\s|,?\s\d|\s[-–])))"
# name_apart_age: its word, then ", " or "(".
_APART_AGE_SHAPE = r"(?=[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)?(?:,\s|\s?\())"
# the word before a lone capital: "Cameron" of "Cameron D (32)"
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’\-]*)[ \t]$")
# Two capitals that are not a client's initials ("GP (52)" is no age of the GP).
_NOT_INITIALS = (
    r"GP|PT|OT|RM|RE|RA|UK|US|NI|MP|TV|PC|HQ|OC|CO|IC|ID|NO|OK|AM|PM|ST|RD|ND|TH|MR|DR|MS|HM|"
    r"RN|QA|IT|HR|AA|NA|DV|OR|IN|ON|AT|TO|OF|IS|BE|WE|HE|ME|MY|SO|UP|GO|DO|NB|PS|CV|BN|BG|VA"
)
# Years after a name that are a time served, not an age: "Hughes 22yrs service".
_NOT_AGE_AFTER_YEARS = (
    r"service|served|serving|in|into|of|ago|with|experience|exp|later|before|after|since|"
    r"regular|reserve|reserves|army|navy|raf|rn|rm|man\s+and\s+boy"
)
# A time of day after "at 9": "in the morning", "sharp", "hundred".
_NOT_CLOCK = (
    r"(?!\s*(?:past|quarter|half|sharp|hundred|in\s+the\s+(?:morning|evening|afternoon)|at\s+"
    r"night|tonight|this\s+morning)\b)"
)
# What a respondent writes after their age at the start of a line: "34, married, two kids".
_LIFE_STATUS = (
    r"(?:married|single|divorced|separated|widowed|engaged|cohabiting|male|female|man|woman|"
    r"veteran|retired|unemployed|(?:a\s+)?(?:dad|mum|father|mother)|living|lives|"
    r"(?:still\s+)?serving|working|employed|student|carer|(?-i:from\s+[A-Z][a-z]+)|"
    r"(?:one|two|three|four|five|no|\d)\s+(?:kids?|children|sons?|daughters?))\b|ex[\s\-]"
)
# Words that say a child is being talked of: then "he's 6" is the child's age.
CHILD_WORDS = re.compile(
    r"\b(?:sons?|daughters?|kids?|lad|boy|girl|baby|bairn|grand(?:son|daughter|kid)s?|children|"
    r"child|twins|little\s+one|nipper|step(?:son|daughter)s?|youngest|eldest|toddler|infant|"
    r"newborn|dependants?|dependents?)\b",
    re.IGNORECASE,
)
# "under the age of 18", "the minimum age is 16", "between the ages of 16 and 24": a rule or a
# group's figure, no one person's age. Checked before the patterns that start at "age".
THRESHOLD_BEFORE = re.compile(
    r"\b(?:under|over|above|below|between|minimum|maximum|min|max|legal|retirement|pension|"
    r"pensionable|drinking|voting|joining|recruitment|leaving|average|mean|median|upper|lower|"
    r"target|eligible|eligibility)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
STARTS_AT_AGE = frozenset({"aged", "age_label_colon", "age_at_label", "age_comma"})
# An age question: a bare number that answers it is an age ("INT: How old were you then?
# P1: Oh... nineteen.").
AGE_QUESTION = re.compile(
    r"\b(?:how\s+old(?:\s+(?:are|were|was|is|would|will)|['’]s|['’]re)\s+(?:you|he|she|they|we|"
    r"I|y['’]all|(?:your|his|her|their|the)\s+" + _RELATION + r")\b|how\s+old\s*\?|what\s+age|"
    r"your\s+age|\bage\s*\?)",
    re.IGNORECASE,
)
# Patterns that count only with these words this close (characters) before them.
NEEDS_BEFORE = {
    "dependant_line": (CHILD_WORDS, 160),
    "child_is": (CHILD_WORDS, 80),
    "answer": (AGE_QUESTION, 160),
    "one_other": (CHILD_WORDS, 80),
    "name_is_child": (CHILD_WORDS, 80),
    "child_name_age": (CHILD_WORDS, 80),
    "months_old": (CHILD_WORDS, 80),
}
# Youngest age each pattern accepts: a strong cue (years old, aged) any, a weak one from 12.
MIN_AGE = {"years_old": 1, "aged": 1, "y_o": 1, "years_of_age": 1, "relation_is": 1,
           "birthday": 1, "relation_brackets": 1, "joined_at": 15, "child_named": 1,
           "last_birthday": 1, "eldest": 1, "before_dob": 1, "person_is": 1,
           "children_are": 1, "and_the_other": 1, "sex_age": 16, "age_sex_word": 16,
           "at_age_subject": 16, "letter_comma_age": 16, "age_comma_letter": 16,
           "nth_year": 16, "ordinal_birthday": 2, "my_ordinal": 16, "now_first": 16,
           "relation_who": 1, "how_old": 1, "pushing": 18, "age_label_colon": 1,
           "date_then_age": 12, "dob_then_years": 1, "said_first": 16, "was_when": 1,
           "person_of": 5, "happy_nth": 13, "me_at": 15, "hit": 18, "gone": 16,
           "life_event_at": 14, "lost_at": 5, "how_old_after": 1, "and_a_half": 1,
           "child_is": 1, "kids_then_ages": 1, "lads_were": 16, "age_then_status": 16,
           "when_was": 2, "ordinal_spent": 13, "relation_named_is": 1, "here_first": 16,
           "sex_age_years": 16, "age_at_label": 1, "makes_me": 5, "turned_any": 16,
           "how_old_end": 1, "months_off": 16, "big_one": 18, "answer": 5, "client_bracket": 1,
           "me_first": 14, "rank_at": 16, "and_the_youngest": 1, "kin_is": 1,
           "subject_at": 14, "participant": 16, "age_comma": 1, "years_months": 1,
           "am_first": 12, "me_brackets": 1, "named_pair": 1, "named_pair_second": 1,
           "going_on": 18, "both_first": 16, "one_other": 1, "our_name": 1,
           "only_small": 1, "list_years_old": 1, "see_age": 18,
           "years_as_age": 16, "age_sex_lower": 16, "listed_ages": 1, "birthday_then_age": 1,
           "we_were": 16, "lower_name_was_when": 1, "relation_comma": 1, "name_is_child": 1,
           "name_apart_age": 1, "dob_bracket_age": 1, "only_then": 1, "turning_soon": 1,
           "child_name_age": 1, "clause_final": 2, "when_young": 2, "months_old": 1,
           "for_ordinal": 13, "hit_decade": 30, "when_hit_decade": 30, "child_noun": 1,
           "name_turned": 2, "subject_turned": 2,
           "relation_age_does": 1, "people_of": 5, "relation_colon": 2, "numbered_child": 1,
           "relation_name_age": 1, "parent_of_n": 16, "rank_name_bracket": 16,
           "age_comma_sex_lower": 16, "relation_ordinal": 13, "sex_space_age": 16,
           "says_but_record": 14, "record_gives": 1, "title_name_is": 16, "sex_age_run": 16,
           "age_sex_bracket": 16, "age_sex_line": 16, "must_be_now": 16, "name_who_is": 1,
           "bracket_name_age": 1, "relation_number": 1, "name_ordinal": 13,
           "named_was_pair": 1, "dependant_line": 0, "name_is_already": 1}  # fmt: skip
WEAK_MIN_AGE, MAX_AGE = 12, 105
# Patterns whose "name" must be a name's word (``AgeRecognizer._a_name``), not just a capital.
_NAME_CHECKED = frozenset({"name_who_is", "bracket_name_age", "name_ordinal", "named_was_pair"})
_AGE_BAND = re.compile(r"(?<![\w/.:])(\d{2})[-–](\d{2})(?![\w/.:])")


def in_an_age_band(text: str, start: int, end: int) -> bool:
    """Whether ``start``..``end`` is one end of an age band written "25-34", "18-24": two
    numbers of two digits, the second the greater, joined by a dash without spaces ("I'm 34 -
    35 in August" is a speaker correcting themself, "Child 1 - 8 yrs" a list)."""
    for band in _AGE_BAND.finditer(text, max(0, start - 3), min(len(text), end + 3)):
        if int(band.group(2)) > int(band.group(1)) and band.start() <= start and end <= band.end():
            return True
    return False


# Literal words a pattern cannot match without: a text without any of them skips it (speed).
REQUIRES = {
    "name_who_is": ("who",),
    "bracket_name_age": ("(",),
    "age_sex_bracket": ("(",),
    "name_ordinal": ("'s", "’s"),
    "says_but_record": ("says",),
    "title_name_is": ("mr", "ms", "miss", "mx", "dr"),
    "record_gives": ("dob", "d.o.b", "birth"),
    "birthday": ("birthday",),
    "last_birthday": ("birthday",),
    "years_of_age": ("age",),
    "years_old": ("old", "auld"),
    "y_o": ("y",),
    "relation_brackets": ("(",),
    "sex_age": ("male",),
    "age_sex_word": ("male",),
    "being": ("being",),
    "child_named": ("(",),
    "before_dob": ("(",),
    "when_left": ("when",),
    "now_after_when": ("when",),
    "so_after_dob": ("so", "now", "currently"),
    "eldest": ("the",),
    "correction": ("not", "no", "sorry", "mean", "wait", "or"),
    "ordinal_birthday": ("birthday",),
    "nth_year": ("year",),
    "who_is": ("who",),
    "relation_who": ("who",),
    "how_old": ("old", "age"),
    "how_old_after": ("old",),
    "and_a_half": ("half",),
    "gone": ("gone",),
    "when_was": ("was", "were"),
    "both": ("both", "all"),
    "age_label_colon": ("age",),
    "here_first": ("here",),
    "age_at_label": ("age",),
    "makes_me": ("mak", "made"),
    "turned_any": ("turn",),
    "kin_is": (
        "mum",
        "mam",
        "mom",
        "dad",
        "nan",
        "gran",
        "hubby",
        "wifey",
        "ds",
        "dd",
        "dh",
        "son",
        "daughter",
        "brother",
        "sister",
        "wife",
        "husband",
        "twin",
    ),
    "subject_at": ("at",),
    "participant": ("p", "r", "vet"),
    "age_comma": ("age",),
    "going_on": ("goin",),
    "both_first": ("both",),
    "lower_name_was_when": ("when",),
    "years_as_age": ("year", "yr"),
    "age_sex_lower": ("m", "f"),
    "birthday_then_age": ("birthday", "bday", "b-day"),
    "we_were": ("we",),
    "see_age": ("see", "saw", "reach", "make", "made", "live"),
    "only_small": ("only", "just", "barely", "even"),
    "list_years_old": ("old",),
    "our_name": ("our", "wor", "me", "my"),
    "one_other": ("one", "other"),
    "years_months": ("month", "mth"),
    "am_first": ("am",),
    "me_brackets": ("(",),
    "named_pair": ("(",),
    "named_pair_second": ("(",),
    "how_old_end": ("old",),
    "and_the_youngest": ("and",),
    "answer": ("old", "age"),
    "me_first": ("me", "myself", "mine", "same"),
    "life_event_at": (
        "had",
        "became",
        "married",
        "engaged",
        "pregnant",
        "mum",
        "dad",
        "mother",
        "father",
        "widow",
        "started",
        "gran",
        "nan",
    ),
    "lost_at": ("lost",),
    "kids_then_ages": ("kid", "child", "boy", "girl", "sons", "daughters", "twins"),
    "child_is": (
        "son",
        "daughter",
        "kid",
        "lad",
        "boy",
        "girl",
        "baby",
        "bairn",
        "child",
        "twins",
        "little one",
        "nipper",
        "youngest",
        "eldest",
        "toddler",
    ),
    "lads_were": (
        "lads",
        "blokes",
        "guys",
        "girls",
        "boys",
        "kids",
        "lasses",
        "men",
        "soldiers",
        "recruits",
        "both",
    ),
    "ordinal_spent": (
        "celebrat",
        "spen",
        "had",
        "having",
        "threw",
        "throwing",
        "planning",
        "organis",
    ),
    "months_off": ("off", "short", "from"),
    "big_one": ("big",),
    "sex_age_years": ("male",),
    "date_then_age": ("(",),
    "dob_then_years": ("y",),
    "now_first": ("now",),
    "was_when": ("when",),
    "said_twice": ("just", "only", "barely", "even", "all", "mere"),
    "person_of": ("of",),
    "happy_nth": ("happy",),
    "corrected": ("not",),
    "when_young": ("when",),
    "months_old": ("old",),
    "for_ordinal": ("for",),
    "hit_decade": ("hit", "reached"),
    "when_hit_decade": ("hit", "reached"),
    "name_turned": ("turn",),
    "subject_turned": ("turn",),
    "numbered_child": ("child", "son", "daughter", "kid", "dependant"),
    "parent_of_n": ("mother", "father", "mum", "mom", "dad", "gran", "nan", "parent"),
    "relation_ordinal": ("'s", "’s"),
    "people_of": (
        "lads",
        "boys",
        "girls",
        "men",
        "kids",
        "lasses",
        "blokes",
        "youngsters",
        "teenagers",
        "recruits",
        "soldiers",
        "children",
        "weans",
        "bairns",
    ),
    "child_noun": (
        "kid",
        "baby",
        "child",
        "bairn",
        "wean",
        "nipper",
        "toddler",
        "infant",
        "boy",
        "girl",
        "youngster",
    ),
    "relation_colon": (":", "-", "–"),
    "rank_name_bracket": ("(",),
}
_NUMBER_FIRST = r"\b" + _NUMBER
_NUMBER_START = re.compile(
    r"(?:\b|(?<=[MF])|(?<=[MF]/))(?=[0-9zotfsen])(?:\d+|" + CARDINAL + r"|fortieth|fiftieth)",
    re.IGNORECASE,
)
# Another age said straight after one: "aged 7 and 9", "I was 18, 19 at the time".
_ANOTHER = re.compile(
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|[-–—])\s+|\s*(?:\.{3}|…)\s*|\s+and\s+(?:me|"
    r"him|her|them|myself)\s+)"
    r"(?:(?:maybe|probably|possibly|perhaps|nearly|almost|about)\s+)?"
    + _NUMBER
    + _END
    + r"(?!\s*(?:st|nd|rd|th)\b|\s+"
    + _MONTH
    + r"\b)",
    re.IGNORECASE,
)
# A second age said in parallel in the same sentence: "she was three when I deployed and six
# when I came home", "I was 19 when I joined and 41 by the time I got out".
_AND_THEN = re.compile(
    r"[^.!?\n]{0,60}?\b(?:and|but|then)\s+(?:(?:only|just|nearly|almost|about|barely)\s+)?"
    + _NUMBER
    + r"\s+(?:when|by\s+the\s+time|once|after|before)\b",
    re.IGNORECASE,
)


# People listed with their ages: "partner Clive, 36, and Jayden 3, Leo 9", "Rohan is 2, Aria
# is 17": the next item after a found age, the item a found age ends, and the item before it.
_ITEM = (
    r"(?P<name>[^\W\d_][\w'’\-]+)(?:\s+(?:is|was|aged))?(?:\s+(?:only|just|nearly))?,?\s+"
    r"\(?(?P<id>\d{1,3}|" + CARDINAL + r")\)?"
)
_ITEM_SEPARATOR = r"(?:,\s*(?:and\s+|&\s+)?|;\s*|\s+(?:and|&)\s+)"
_ITEM_ENDS = r"(?=\s*(?:[,;.!?)]|\n|$|\s+(?:and|&)\b))"
_NEXT_ITEM = re.compile(r"\)?\s*" + _ITEM_SEPARATOR + _ITEM + _ITEM_ENDS, re.IGNORECASE)
_ITEM_OPENING = re.compile(
    r"(?P<name>[^\W\d_][\w'’\-]+)(?:,?\s+who)?(?:\s+(?:is|was|aged))?,?\s+\(?\Z", re.IGNORECASE
)
_ITEM_BEFORE = re.compile(_ITEM + _ITEM_ENDS + r"\s*" + _ITEM_SEPARATOR + r"\Z", re.IGNORECASE)
_ITEM_REACH = 60


def _age_and_then(text: str, end: int, youngest: int, score: float) -> Any:
    """The second age of a sentence that pairs two ages with two times (see _AND_THEN)."""
    another = _AND_THEN.match(text, end)
    if another is not None:
        age = age_value(another.group("id"))
        if age is not None and youngest <= age <= MAX_AGE:
            yield another.start("id"), another.end("id"), score


# How far a pattern reaches before and after its number (cue words, a name, brackets).
_REACH_BEFORE, _REACH_AFTER = 120, 80


# A segment of a transcript that stops mid-sentence: no closing punctuation at its end.
_OPEN_END = re.compile(r"[^\s.!?…:;\"”)\]]\Z")
# The segment that goes on with it starts in lower case or with a digit ("nineteen when...").
_GOES_ON = re.compile(r"[a-z0-9]")
# A speaker label as the readers split it off: "P1", "INT", "SPEAKER_01", "Dave Mensah".
_LABEL = re.compile(r"[A-Z0-9][\w.'’\-]*(?:[ \t]+[A-Z0-9][\w.'’\-]*){0,3}")
_LONGEST_LABEL = 40


def continued_turns(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The text with each break inside one speaker's sentence blanked out, and where.

    Why: a transcript's cues are separate segments joined by a blank line, with the speaker's
    label between them each time ("P1\n\nI was\n\nP1\n\nnineteen when I joined"), so an
    age said over two cues ("I was | nineteen", "twenty | two") never reached a pattern
    whole. A break counts as inside a sentence when the segment before it ends without
    punctuation, the one after starts in lower case or with a digit, and the label between
    them (if any) is the same as the one before. Blanked with spaces, offsets stay those of
    the text; a match that runs over a blank is cut there (never over a speaker label).
    """
    if "\n\n" not in text:
        return text, []
    blocks: list[tuple[int, int]] = []
    at = 0
    for part in text.split("\n\n"):
        blocks.append((at, at + len(part)))
        at += len(part) + 2
    gaps = []
    for index in range(len(blocks) - 1):
        start, end = blocks[index]
        if not _OPEN_END.search(text, start, end) or _LABEL.fullmatch(text, start, end):
            continue  # a finished sentence, or a label (its turn follows it, not goes on)
        after = index + 1
        label = text[blocks[after][0] : blocks[after][1]]
        if index > 0 and after + 1 < len(blocks) and len(label) <= _LONGEST_LABEL:
            before_label = text[blocks[index - 1][0] : blocks[index - 1][1]]
            if before_label == label:  # "P1 / I was / P1 / nineteen": the same speaker goes on
                after += 1
        if _GOES_ON.match(text, blocks[after][0]):
            gaps.append((end, blocks[after][0]))
    if not gaps:
        return text, []
    view = list(text)
    for start, end in gaps:
        view[start:end] = " " * (end - start)
    return "".join(view), gaps


def _cut_at_gaps(
    text: str, start: int, end: int, gaps: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The pieces of a span on either side of the blanked breaks it runs over."""
    pieces, cursor = [], start
    for gap_start, gap_end in gaps:
        if gap_start < end and cursor < gap_end:
            pieces.append((cursor, min(gap_start, end)))
            cursor = max(cursor, gap_end)
    pieces.append((cursor, end))
    trimmed = []
    for lo, hi in pieces:
        while lo < hi and text[lo] in " -–":
            lo += 1
        while hi > lo and text[hi - 1] in " -–":
            hi -= 1
        if lo < hi:
            trimmed.append((lo, hi))
    return trimmed


# The same age said again on its own just after: "He was 19. Nineteen!", "22, 22 I was".
_ALONE = re.compile(_NUMBER + r"(?=[ \t]*(?:[.!?,;…]|\n|$))", re.IGNORECASE)
_SAID_AGAIN_REACH = 60
# Only pauses, or an "I said", between the age and its repeat.
_BETWEEN_REPEATS = re.compile(
    r"(?:\s+(?:(?:this|next|last)\s+(?:year|month|week)|now|today|tomorrow))?"
    r"[\s.!?,;:…\-–—]*(?:(?:yeah|yes|aye|I\s+said|honestly|literally|only|just)[\s.!?,;:…\-–—]*)?",
    re.IGNORECASE,
)


def _said_again(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The repeats of a found age said alone right after it, in digits or in words."""
    taken = {(start, end) for start, end, _ in found}
    again = []
    for start, end, score in found:
        value = age_value(text[start:end])
        if value is None:
            continue
        for match in _ALONE.finditer(text, end, min(len(text), end + _SAID_AGAIN_REACH)):
            span = (match.start("id"), match.end("id"))
            if span in taken or not _BETWEEN_REPEATS.fullmatch(text, end, match.start()):
                continue
            if age_value(match.group("id")) == value:
                taken.add(span)
                again.append((*span, score))
    return again


# An age said alone as a sentence of its own just before the sentence that gives it a cue:
# "Nineteen. He was nineteen.", "Thirty-four. Thirty-five in May."
_ALONE_BEFORE = re.compile(
    _NUMBER + r"[ \t]*[.!…]+[ \t]*(?:(?:I|he|she|they)(?:\s+(?:was|were|is|am)|['’][sm])\s+|"
    r"(?:just|only|yeah|aye)[,\s]+)?\Z",
    re.IGNORECASE,
)
_SENTENCE_START = frozenset(".!?\n:\"“'‘")


def _said_before(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """A bare age sentence right before a found age of the same value (or the year before it,
    an age then the next said ahead: "Thirty-four. Thirty-five in May."). From 16: "Ten. Ten
    of us." is a count said twice."""
    taken = {(start, end) for start, end, _ in found}
    before = []
    for start, end, score in found:
        value = age_value(text[start:end])
        if value is None:
            continue
        lo = max(0, start - _SAID_AGAIN_REACH)
        match = _ALONE_BEFORE.search(text[lo:start])
        if match is None:
            continue
        span = (lo + match.start("id"), lo + match.end("id"))
        said = age_value(match.group("id"))
        head = text[: span[0]].rstrip(" \t")
        if span in taken or said is None or said < 16 or said not in (value, value - 1):
            continue
        if head and head[-1] not in _SENTENCE_START:
            continue  # the number ends a longer sentence ("we were 19. He was 19.")
        taken.add(span)
        before.append((*span, score))
    return before


# A focus group giving ages in turn, each on their own line after a found one: "P1: I'm
# forty-eight. / P2: Fifty-one. / P3: Same as him, fifty-one."
_ROUND_ANSWER = re.compile(
    r"[^\n:]{1,25}:[ \t]*(?:(?:me|same(?:\s+as\s+(?:him|her|them|you|\w+))?|and\s+me|I['’]m|"
    r"I\s+am|I\s+was|I['’]d\s+have\s+been|yeah|yes|aye|oh|erm+|um+|just|only)[ \t,.!?…]+)*"
    + _NUMBER
    + r"[ \t]*[.!…]*[ \t]*(?=\n|$)",
    re.IGNORECASE,
)
_ROUND_TURNS = 6


def _in_the_round(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """The bare ages of the next speakers' lines after a found age, until a line is no such
    answer. From 16: "P2: Three." after an age is more likely a count."""
    taken = {(start, end) for start, end, _ in found}
    more = []
    for _start, end, score in found:
        line_end = text.find("\n", end)
        for _ in range(_ROUND_TURNS):
            if line_end < 0:
                break
            match = _ROUND_ANSWER.match(text, line_end + 1)
            if match is None:
                break
            value = age_value(match.group("id"))
            if value is None or not 16 <= value <= MAX_AGE:
                break
            span = (match.start("id"), match.end("id"))
            if span not in taken:
                taken.add(span)
                more.append((*span, score))
            line_end = text.find("\n", match.end())
    return more


def _windows(numbers: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    """The stretches of text within reach of a number, merged where they overlap."""
    merged: list[list[int]] = []
    for start, end in numbers:
        lo, hi = max(0, start - _REACH_BEFORE), min(length, end + _REACH_AFTER)
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return [(lo, hi) for lo, hi in merged]


def _cached_in(word: str, lower: str, memo: dict[str, bool]) -> bool:
    """``word in lower``, each cue word looked for once per text."""
    found = memo.get(word)
    if found is None:
        found = memo[word] = word in lower
    return found


class _AroundNumbers:
    """One text's numbers, the windows around them, and which windows hold each cue word.

    About a hundred patterns share a few dozen cue words: each word is looked for once per
    window instead of once per pattern, and the windows holding a pattern's cues are kept in
    text order as before."""

    def __init__(self, text: str) -> None:
        self.numbers = [(m.start(), m.end()) for m in _NUMBER_START.finditer(text)]
        self.windows = _windows(self.numbers, len(text))
        self._lowered = [text[lo:hi].lower() for lo, hi in self.windows]
        self._by_word: dict[str, frozenset[int]] = {}
        self._by_cues: dict[tuple[str, ...], list[tuple[int, int]]] = {}

    def _with_word(self, word: str) -> frozenset[int]:
        found = self._by_word.get(word)
        if found is None:
            found = frozenset(i for i, words in enumerate(self._lowered) if word in words)
            self._by_word[word] = found
        return found

    def holding(self, cues: tuple[str, ...]) -> list[tuple[int, int]]:
        """The windows, in order, that hold any of ``cues``."""
        near = self._by_cues.get(cues)
        if near is None:
            indices: set[int] = set()
            for word in cues:
                indices |= self._with_word(word)
            near = self._by_cues[cues] = [self.windows[i] for i in sorted(indices)]
        return near


class AgeRecognizer(ContextRegexRecognizer):
    ENTITY = "AGE"
    FLAGS = re.IGNORECASE
    GUARD_FIRST_CHARACTERS = True  # about a hundred patterns, most opening on cue words
    PATTERNS: ClassVar = (
        ("i_am", r"\b(?:I['’]?m|I\s+am|ah['’]m)[\s,]+" + _HEDGE + _NUMBER + _END, 0.7),
        ("i_am_years", r"\b(?:I['’]?m|I\s+am|(?:he|she)(?:['’]s|\s+is))[\s,]+" + _HEDGE
         + _NUMBER
         + r"\s*(?:yrs?|years?)(?:\s+young)?(?=\s*(?:[.!?;)\n]|$)|\s+(?:lol|tho|"
         r"though|mate)\b|\s+and\s+(?:I|he|she|my|me)\b)", 0.7),
        # years said as an age, as English from South Asia says it: "I am having 52 years now",
        # "I was only eighteen years when I came from Nepal", "just 17 and a half years"
        ("years_as_age", r"\b(?:(?:I\s+am|(?:he|she|" + _WHOSE + r"\s+" + _RELATION
         + r")\s+is)\s+having|I['’]?m|I\s+am|I\s+was|(?:he|she|my\s+good\s+self|myself)\s+"
         r"(?:is|was))\s+"
         + _HEDGE + _NUMBER + r"(?=(?:\s+and\s+a\s+half)?\s*(?:yrs?|years?)(?:\s*(?:[.!?;)]|$)|"
         r"\s+(?:now|at\s+the\s+time|when\s+I\s+came|and\s+(?:I|he|she))\b))", 0.6),
        ("aged", r"\b(?:aged?\s+(?:of\s+|is\s+|was\s+|now\s+|as\s+|(?:given|stated|"
         r"recorded|reported|confirmed|noted|documented)\s+as\s+)?|ages\s+(?:of\s+)?|"
         r"aged?\s*(?:\((?:in\s+)?(?:yrs?|years)\)\s*)?(?::-|[:=\-–])?\s*(?=\d)|"
         r"aged?\s*(?::-|[:=\-–])\s*|ages?\s*\(\s*)(?:just\s+|only\s+|barely\s+)?" + _NUMBER
         + r"(?:(?=\s*(?:yrs?|years?)\b)|(?![\w\-+]|[/.:,]\d|\s+to\s+(?:\d|" + CARDINAL + r")))",
         0.7),
        ("years_old", r"(?<![0-9a-z][\-–])(?<![\-–]\s)(?<!\sto\s)\b" + _NUMBER
         + r"[\s\-]*(?:years?|yrs?|yr)[\s\-]+(?:olds?|auld)\b(?!\s+(?:" + _AGED_THINGS
         + r")\b)", 0.7),
        ("list_years_old", r"(?<!between\s)\b" + _NUMBER + r"(?=(?:\s*,\s*|\s+(?:or|and|&)\s+"
         r"(?:an?\s+)?)(?:\d{1,2}|" + CARDINAL + r")[\s\-]*(?:years?|yrs?|yr)[\s\-]+olds?\b)",
         0.7),
        ("turned", r"\b(?:turned|turning|turnin['’]?|turn|turns)\s+" + _NUMBER
         + r"(?=\s*(?:[.,;!?]|$|\s(?:"
         r"this|last|next|in|on|and|but|so|when|then|before|after|soon|tomorrow|today|2day|2moro|"
         r"tmrw|sat|sun|mon|tue|tues|wed|thu|thur|thurs|fri|"  # "turns 38 sat": a chat's weekday
         r"yesterday|the\s+(?:day|"
         r"week|month|year|summer)|that\s+(?:day|week|month|year|summer)|(?:a|one|two|three|four|"
         r"five|six|a\s+few|\d{1,2})\s+(?:days?|weeks?|months?)\s+(?:before|after|earlier|later|"
         r"ago|previously))\b))", 0.7),
        ("hit", r"\b(?:hit|hitting|reached|reaching)\s+" + _NUMBER + r"(?=\s*(?:[.!?]|$|\s(?:this|"
         r"last|next)\s+(?:year|month|week)|\s+in\s+" + _MONTH + r"))", 0.6),
        ("birthday", r"\b" + _NUMBER + r"(?:st|nd|rd|th)?\s+birthday\b", 0.7),
        ("someone_is", r"\b" + _SUBJECT + r"(?:[\s,]+|\s*(?:[—–]|\.{2,}|…)\s*|\s+-\s+)['‘\"“]?"
         + _HEDGE
         + _NUMBER + _END, 0.7),
        ("relation_is", r"\b" + _WHOSE + r"\s+" + _RELATION_ADJECTIVE + _RELATION
         + r"(?:['’]s|\s+is|\s+was|\s+are|\s+were|\s+turned|\s+turns|\s+will\s+be|['’]ll\s+be|,|"
         r"\s+[-–—](?=\s+[^\n]{1,20}?\s[-–—]\s)|"
         r"\s+ha[sd](?=\s+(?:just\s+|now\s+)?turned\b))\s+(?:now\s+|only\s+|"
         r"just\s+|nearly\s+|almost\s+)?(?:turned\s+|turning\s+|coming\s+up(?:\s+to)?\s+)?"
         + _NUMBER + _END,
         0.7),
        ("name_is", r"(?-i:\b(?!" + _NOT_A_NAME + r"\b)(?P<name>[^\W\d_][^\W\d_A-Z]+))(?:['’]s|"
         r"\s+is|\s+was|\s+were)\s+"
         r"(?:now\s+|only\s+|just\s+|nearly\s+)?" + _NUMBER + r"(?=\s*(?:[.;!?)]|$|,\s|\s(?:now|"
         r"and|but|so|next|this|when|then|last|on\s+(?:his|her|their|my)\s+last|going|not|today|"
         r"tomorrow|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
         r"at\s+the\s+time|back\s+then|at\s+that\s+point)\b))",
         0.6),
        ("name_is_child", r"(?-i:\b(?!" + _NOT_A_NAME + r"\b)(?P<name>[^\W\d_][^\W\d_A-Z]+))"
         r"(?:['’]s|\s+is|\s+was)\s+(?:now\s+|only\s+|just\s+|nearly\s+)?" + _NUMBER
         + r"(?=\s*(?:[.;!?)]|$|,\s|\s(?:and|but|so|now|next|this|when|already|today|2day)\b))",
         0.6),
        ("years_of_age", r"\b" + _NUMBER + r"\s*(?:years?|yrs?)\s+of\s+age\b", 0.7),
        ("y_o", r"\b" + _NUMBER + r"[\s\-]?(?:y/o|y\.o\.?|yo|y-o|yrs?\s?(?:old|young)|"
         r"years?\s+young)(?!\w)", 0.7),
        # a name, a surname's initial or a client's initials, then the age as case notes put it:
        # "Hughes (52 yrs)", "JS (52)", "Tom Briggs, 29.", "Mr Hughes 52yrs", "Hughes - 52 -"
        # (the lookahead first: a capitalised word then what an age after it opens with, the
        # same matches without the month and weekday alternation at every capital)
        ("after_name", _AFTER_NAME_SHAPE
         + r"(?-i:\b(?!(?i:" + _MONTH + r"|" + _WEEKDAY + r"|" + _NOT_A_NUMBERED_NAME
         + r")\b)[A-Z](?:[a-z'’\-]|[^\W\d_A-Za-z]|(?<=Mc)[A-Z]|(?<=Mac)[A-Z]|(?<=[’'\-])[A-Z])+"
         r"|\b[A-Z]\.|\b(?!" + _NOT_INITIALS
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
         r"(?!\s+(?:" + _NOT_AGE_AFTER_YEARS + r")\b)"
         r"|\s[-–]\s(?P<id4>\d{2})(?:\s?(?:yrs?|years?)(?:\s+old)?)?(?=\s[-–]\s|[ \t]*(?:\n|$)))",
         0.6),
        # (the lookaheads on "(" and "who" spare trying every relation word at every word: speed)
        ("relation_brackets", r"\b(?=[\w'’\-\s]{1,30}\()(?:" + _RELATION + r"|" + _PERSON_NOUN
         + r"|(?-i:D[SD]\d))s?\s*\((?P<id>\d{1,2}|"
         + CARDINAL + r")\s*(?:yrs?|years?|y|months?|mths?|weeks?|wks?)?\)", 0.7),
        ("age_sex", r"(?<![\w£$.,/:\-])\(?(?P<id>\d{2})\s?(?:(?-i:[MF])|y)\)?"
         r"(?![\w\-/.])", 0.6),
        ("joined_at", r"\b(?:joined(?:\s+up)?|join(?:ing)?(?:\s+up)?|enlisted|signed\s+up|"
         r"left(?:\s+school)?|married|"
         r"retired|died|passed\s+away|started|enrolled|out|got\s+out|discharged|demobbed|commissioned|"
         r"deployed|widowed|divorced|mobilised|invalided\s+out|medically\s+discharged|went\s+in|"
         r"went\s+to\s+sea|signed\s+on|passed|killed|wounded|injured|made\s+redundant|diagnosed|"
         r"sectioned|arrested|convicted|jailed|sentenced|adopted|fostered|orphaned|homeless|"
         r"promoted|posted|sacked)"
         r"(?:\s+(?:the\s+)?\w+(?:\s+\w+)?)?\s+at\s+(?:just\s+"
         r"|only\s+)?" + _NUMBER + _END + r"(?!\s*[:.]\d)", 0.7),
        ("person_noun", r"\b" + _PERSON_NOUN + r"s?(?:,?\s+|\s*[—–]\s*)(?:(?:about|maybe|"
         r"around|roughly|only|just|like|barely|really)[,\s]+)*"
         + _NUMBER + r"(?=-ish\b|\s*(?:[.;!?)]|$|,\s)|\s+(?:and|or|&)\s+(?:\d|" + CARDINAL + r"))",
         0.6),
        ("child_named", r"\b(?=[\w'’\-\s]{1,60}\()" + _RELATION
         + r"s?(?:\s+(?-i:[^\W\d_][\w'’\-]*)){1,3}\s*\("
         r"(?P<id>\d{1,2}|" + CARDINAL + r")\)", 0.7),
        # a note weighing a stated age against the record: "says 22 but DOB on file gives 25"
        ("says_but_record", r"\bsays\s+(?:(?:he|she|they)(?:['’]s|\s+is|\s+are)\s+)?"
         + _NUMBER + r"(?=[,;]?\s+but\s+(?:(?:his|her|their|the)\s+)?(?:dob|d\.o\.b\.?|date\s+of\s+"
         r"birth|records?|file|jpa)\b)", 0.7),
        ("record_gives", r"\b(?:dob|d\.o\.b\.?|date\s+of\s+birth)(?:\s+(?:on|in)\s+(?:file|"
         r"record|jpa|the\s+system))?\s+(?:gives|makes\s+(?:him|her|them)|says|shows|puts\s+"
         r"(?:him|her|them)\s+at)\s+" + _NUMBER + _END, 0.7),
        ("person_is", r"\b(?:member|su|pt|client|patient|veteran|caller|service\s+user|claimant|"
         r"applicant|individual|subject|child|baby|respondent|participant|interviewee|vet|"
         r"gentleman|resident|tenant|pensioner),?\s+(?:is|was|now|states\s+(?:he|she|they)\s+is|"
         r"says\s+(?:he|she|they)\s+is|turned)\s+['‘\"“]?" + _NUMBER + _END, 0.7),
        ("last_birthday", r"\b" + _NUMBER + r"\s+(?:on\s+(?:his|her|their|my|your)\s+)?last\s+"
         r"birthday\b", 0.7),
        ("correction", r"(?:['’]s|\bis|\bwas|\bI['’]?m|\bI\s+am)\s+(?:\d{1,3}|" + CARDINAL
         + r")[.,!]?\s+(?:not|no|sorry|I\s+mean|wait|or)\b[\s,\-–]*" + _NUMBER + _END, 0.7),
        ("corrected", r"(?:['’]s|\bis|\bwas)\s+" + _NUMBER + r"(?=[.,!]?\s+not\s+(?:\d{1,3}|"
         + CARDINAL + r")\b)", 0.7),
        ("when_left", r"\b" + _NUMBER + r"\s+when\s+(?:I|he|she|they|we)\s+(?:left|joined|"
         r"started|enlisted|signed(?:\s+up|\s+on)?|got\s+out|passed\s+out|retired|married|met|"
         r"deployed|went\s+(?:in|out|to\s+sea)|got\s+(?:married|hit|injured|wounded|engaged)|"
         r"died|passed\s+away|was\s+(?:killed|hit|injured|wounded|posted|born))\b", 0.7),
        ("now_after_when", r"\bwhen\s+(?:I|he|she|they|we)\s+(?:left|joined|got\s+out|"
         r"started|enlisted)[,;]?\s+(?:and\s+)?(?:I['’]m\s+)?" + _NUMBER + r"\s+now\b", 0.7),
        ("so_after_dob", r"\b(?:dob|d\.o\.b\.?|born)\b[^\n]{0,30}?[,;]?\s+(?:so|now|currently)\s+"
         r"(?:he['’]s\s+|"
         r"she['’]s\s+|that['’]s\s+|they['’]re\s+|I['’]m\s+)?" + _NUMBER + _END, 0.7),
        ("eldest", r"\bthe\s+(?:youngest|eldest|oldest|baby)(?:\s+(?:lad|bloke|boy|girl|soldier|"
         r"recruit|member|man|woman|marine|sailor|guy|one|casualty|victim|patient|child|kid|"
         r"brother|sister|son|daughter|grandchild|private|rifleman|trooper|sapper|gunner))?"
         r"(?:\s+(?:of\s+(?:us|them|"
         r"the\s+\w+)|in\s+the\s+\w+))?,?\s+(?:(?:is|was|being|just|now|at|only|barely)\s+)*"
         + _NUMBER + _END, 0.7),
        ("before_dob", r"\b" + _NUMBER + r"\s*\((?:dob|d\.o\.b|born|b\.)", 0.7),
        ("children_are", r"\b(?:kids|children|twins|boys|girls|sons|daughters|grandkids|"
         r"grandchildren|(?:my|our)\s+(?:two|three|four|five))\s+(?:are|were)\s+(?:now\s+)?"
         + _NUMBER + _END, 0.7),
        ("and_the_other", r"\b(?:kids|children|twins|boys|girls|sons|daughters|grandkids|"
         r"grandchildren|(?:my|our)\s+(?:two|three|four|five))\s+(?:are|were)\s+(?:now\s+)?(?:\d{1,2}|"
         + CARDINAL
         + r")(?:,\s*|\s+and\s+)" + _NUMBER + _END, 0.7),
        ("being", r"\bbeing\s+(?:only\s+|just\s+|nearly\s+)?" + _NUMBER + _END, 0.6),
        ("sex_age", r"\b(?:male|female)\s*[,(]?\s*" + _NUMBER + _END, 0.6),
        ("sex_age_years", r"\b(?:male|female)\s*[,(]?\s*" + _NUMBER + r"(?=\s*(?:yrs?|years?)"
         r"(?:\s+old)?\s*(?:[,;.)/]|$))", 0.6),
        ("age_sex_word", r"\b" + _NUMBER + r"\s*,?\s*(?:male|female)\b", 0.6),
        ("soon", r"(?:\b(?:\d{1,3}|" + CARDINAL + r"),\s*|\b(?:be|nearly|almost|turning)\s+)"
         + _NUMBER + _SOON, 0.6),
        ("at_age_subject", r"\b(?:at|by)\s+(?:just\s+|only\s+)?" + _NUMBER + _END
         + r"(?:\s+and\s+a\s+half)?,?\s+(?:I|he|she|we|they|you)\b(?![’']s\b)", 0.6),
        ("rank_at", r"\b(?:made|making|promoted\s+to|got|became|reached|picked\s+up|a|an)\s+(?:"
         + _RANK + r"|" + _ROLE + r")\s+(?:at|by)\s+(?:just\s+|only\s+|about\s+)?" + _NUMBER + _END
         + _AGE_TAIL
         + _NOT_CLOCK, 0.6),
        ("and_the_youngest", r"\band\s+(?:my|the|our|his|her)\s+(?:youngest|eldest|oldest|other\s+"
         r"one|little\s+one|" + _RELATION_ADJECTIVE + _RELATION + r")\s+(?:is\s+|was\s+)?" + _NUMBER
         + _END + _AGE_TAIL, 0.7),
        ("letter_comma_age", r"(?<![\w'’.])(?-i:[MF])\s*[,/]\s*" + _NUMBER + _END, 0.6),
        ("age_comma_letter", r"\b" + _NUMBER + r"\s*[,/]\s*(?-i:[MF])(?=\s*(?:[,;)/\n]|$))",
         0.6),
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
         r"(?P<id>" + ORDINAL_AGE + r")\b(?!\s+(?:" + _NOT_A_BIRTHDAY + r")\b)", 0.6),
        ("relation_named_is", r"\b" + _WHOSE + r"\s+" + _RELATION_ADJECTIVE + _RELATION
         + r"(?:,?\s+(?-i:[A-Z][\w'’\-]+)|,\s+[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*){0,2}(?=,))"
         r"(?:['’]s|,?\s+(?:who['’]s|who\s+is|is|was|turned))\s+"
         r"(?:now\s+|only\s+|just\s+|nearly\s+|almost\s+)?" + _NUMBER + _END, 0.7),
        ("here_first", r"(?:^|(?<=[\n:]))[ \t]*" + _NUMBER + r"\s+here\b(?=\s*[,.;!:)(\-–]|$)",
         0.6),
        ("now_first", r"(?:^|(?<=[.!?\n(]))\s*now\s+" + _NUMBER + r"(?=\s*(?:[,.;)]|and\b))",
         0.6),
        ("who_is", r"\bwho(?:['’]s|\s+is|\s+was|\s+turned|['’]ll\s+be|\s+will\s+be)\s+"
         r"(?:(?:now|only|just|nearly|almost|barely)\s+)*(?:turned\s+)?" + _NUMBER + _END, 0.6),
        ("relation_who", r"\b(?=[\w'’\-\s]{1,30}?,?\s+who\b)" + _RELATION
         + r"s?,?\s+who(?:['’]s|\s+is|\s+was|\s+turned|"
         r"['’]ll\s+be|\s+will\s+be)\s+(?:(?:now|only|just|nearly|almost|barely)\s+)*"
         r"(?:turned\s+)?" + _NUMBER + _END, 0.7),
        ("both", r"(?:(?:\b(?:were|are|was)|['’]re)\s+both|\b(?:we|they|you|youse)"
         r"(?:\s+(?:were|are)|"
         r"['’]re)\s+all)\s+(?:only\s+|just\s+|now\s+)?"
         + _NUMBER + _END + _AGE_TAIL, 0.6),
        ("age_label_colon", r"\bage\b[^\n:=;.?|]{0,40}?(?:[:=?|]|\s[-–]\s)\s*(?:A\s*[:.]\s*|"
         r"answer\s*:\s*|\n[^\n:]{0,25}:\s*)?" + _NUMBER + _END + _AGE_TAIL, 0.7),
        ("how_old_end", r"\bhow\s+old\s*\?[\s\"”]*(?:\n[^\n:]{0,25}:\s*)?(?:(?:about|only|just|"
         r"erm+|um+|uh+|well|oh)[,\s]+)*" + _NUMBER + _END + _AGE_TAIL, 0.7),
        ("months_off", r"\b(?:days?|weeks?|months?|year)\s+(?:off|short\s+of|away\s+from|from)\s+"
         + _NUMBER + _END + _AGE_TAIL, 0.6),
        ("big_one", r"\bthe\s+big\s+" + _NUMBER + _END + _AGE_TAIL, 0.6),
        ("age_at_label", r"\bage\s+(?:at|on|when)\s+(?:\w+\s+){1,3}?" + _NUMBER + _END
         + r"(?=\s*(?:[,;.)/]|$))", 0.6),
        ("makes_me", r"\b(?:makes?|made|making)\s+(?:me|him|her|them|you)\s+(?:just\s+|only\s+|"
         r"about\s+|nearly\s+)?" + _NUMBER + _END + _AGE_TAIL, 0.6),
        ("turned_any", r"\b(?:turned|turning)\s+" + _NUMBER + _END + _AGE_TAIL, 0.6),
        ("said_first", r"(?:^|(?<=[.!?\n:]))\s*['‘\"“]?(?:(?:nearly|almost|just|only|coming\s+up|"
         r"just\s+turned|turned)\s+)?" + _NUMBER + r"(?:(?:,\s*(?:\d{1,3}|"
         + CARDINAL + r"))?,?\s+(?:I|he|she|"
         r"they)\s+(?:was|were|am|is)\b(?=\s*[.!?,;]|$|\s+when\b)|\s+(?:now|today)(?=\s*[.!,;]|$|\s+and\b)|"
         r"\s+(?:and|&)\s+(?:still|already|never|not\s+yet)\b|\s+and\s+(?:a|an)\s+(?:"
         + _RANK + r"|"
         + _ROLE + r")\b|,\s+and\s+(?:I|he|she)\s+(?:was|were)\s+"
         r"(?:in|at|on|out|a|an|already|still|just|only)\b|"
         r"\s+at\s+the\s+time\b|\s+for\s+me\b|"
         + _SOON[3:-1] + r"|\s+next\s+birthday\b)", 0.6),
        # an age said alone, then again for weight: "Sixteen. Just sixteen.", "19, only 19"
        ("said_twice", r"(?:^|(?<=[.!?\n:]))[ \t]*['‘\"“]?" + _NUMBER + r"[ \t]*[.!…,]+[ \t]*"
         r"(?:just|only|barely|not\s+even|all\s+of|a\s+mere)\s+(?P=id)(?![\w\-])", 0.6),
        ("was_when", r"(?:(?-i:\b(?!" + _NOT_A_NAME + r"\b)[A-Z][\w'’\-]*)"
         # a nickname, then the name in brackets: "spike (hao zhang) was fifty-five when"
         r"|\b[^\W\d_][\w'’\-]*[ \t]*\([^()\n]{2,40}\)|\b" + _WHOSE + r"\s+"
         + _RELATION_ADJECTIVE + _RELATION + r"|\b(?:mum|mam|dad|nan|gran|grandad|grandma|mother|"
         r"father)|\b(?:he|she|they))\s+(?:was|were|wis)\s+" + _HEDGE + _NUMBER
         + r"\s+when\b", 0.6),
        ("person_of", r"\b(?:a|the)\s+(?:(?:young|wee|little|mere)\s+)?(?:" + _PERSON_NOUN
         + r"|son|daughter|child|"
         r"baby|grandson|granddaughter)\s+of\s+(?:just\s+|only\s+"
         r"|about\s+)?" + _NUMBER + _END, 0.7),
        # people in the plural, then their ages: "lads of eighteen and nineteen" (the clause
        # ends there: "women of 20 countries" counts countries)
        ("people_of", r"\b" + _PEOPLE + r"\s+of\s+(?:just\s+|only\s+|about\s+)?" + _NUMBER + _END
         + _AGE_TAIL, 0.7),
        ("happy_nth", r"\bhappy\s+(?:belated\s+)?(?P<id>" + ORDINAL_AGE + r")(?!\s+(?:anniversary|"
         r"week|year|day|time|month|tour|go)\b)", 0.6),
        ("me_at", r"\b(?:me|him|her|us|them|myself)\s+at\s+" + _NUMBER + _END + r"(?!\s*[:.]\d)",
         0.6),
        ("date_then_age", r"(?:\b\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)?\d{2}|\b(?:born\s+|b\.\s*)"
         r"(?:in\s+)?(?:19|20)\d{2})\s*\(\s*(?:aged?\s*)?" + _NUMBER
         + r"\s*(?:y(?:rs?|ears?)?)?\s*\)", 0.7),
        ("dob_then_years", r"\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|born)\b[^\n]{0,40}?"
         r"(?:[\-–,;(]\s*|[ \t]{2,})"
         + _NUMBER + r"\s*(?:yrs?|years?)\b(?![ \t]+(?:ago|later|in|of|service)\b)", 0.7),
        ("how_old", r"\b(?:how\s+old|what\s+age)(?:['’]s|\s+(?:are|were|is|was))\s+(?:you|he|she|"
         r"they|I|we|(?:your|his|her|the|my|our|their)\s+" + _RELATION_ADJECTIVE + _RELATION
         + r")\b[^\n?]{0,30}"
         r"\?[\s\"”]*(?:\n[^\n:]{0,25}:\s*|(?-i:[A-Z][A-Za-z0-9]{0,11}):\s*)?(?:(?:I['’]m|I\s+am|I\s+was|he['’]s|she['’]s|he\s+was|"
         r"she\s+was|they['’]re|about|only|just|erm+|um+|uh+|well|oh)[,\s]+)*" + _NUMBER + _END
         + _AGE_TAIL,
         0.7),
        ("pushing", r"\b(?:coming\s+up(?:\s+to)?|heading\s+(?:for|towards)|nudging|rising|"
         r"pushing|approaching|knocking\s+on|getting\s+on\s+"
         r"for)\s+" + _NUMBER
         + _END, 0.6),
        ("gone", r"\b(?:I['’]ve|I\s+have|I['’]d|I\s+had|I['’]m|I\s+was|(?:he|she)(?:['’]s|['’]d|"
         r"\s+has|\s+had|\s+was))\s+(?:just\s+|only\s+|now\s+)?gone\s+" + _NUMBER + _END + _AGE_TAIL
         + _NOT_CLOCK, 0.6),
        ("life_event_at", r"\b(?:" + _LIFE_EVENT + r")\s+at\s+(?:just\s+|only\s+|about\s+)?"
         + _NUMBER + _END + _AGE_TAIL + _NOT_CLOCK, 0.7),
        ("lost_at", r"\blost\s+" + _WHOSE + r"\s+" + _RELATION_ADJECTIVE + _RELATION
         + r"\s+at\s+(?:just\s+|only\s+)?" + _NUMBER + _END + _AGE_TAIL + _NOT_CLOCK, 0.7),
        ("how_old_after", r"\b" + _NUMBER + r"[.!,]?\s+(?:that['’]s|that\s+is|that\s+was)\s+how\s+"
         r"old\b", 0.7),
        ("and_a_half", r"\b(?:he|she|I|they)(?:['’]s|\s+is|\s+was|['’]m|\s+am|['’]ll\s+be|"
         r"\s+will\s+be|['’]re|\s+are|\s+were)\s+(?:only\s+|just\s+|nearly\s+|now\s+)?"
         + _NUMBER + r"(?=\s+and\s+a\s+half(?:\s*(?:[.,;!?)]|$)|\s+(?:now|when|then|years?\s+"
         r"old)\b))", 0.7),
        ("child_is", r"\b(?:he|she|they)(?:['’]s|['’]re|\s+is|\s+was|\s+are|\s+were|['’]ll\s+be|"
         r"\s+will\s+be|['’]d\s+be|\s+turned|\s+turns)\s+(?:only\s+|just\s+|nearly\s+|"
         r"almost\s+|now\s+)?(?:turned\s+|coming\s+up\s+to\s+)?" + _NUMBER + _END + _AGE_TAIL,
         0.6),
        ("answer", r"(?:^|(?<=\n))(?:[^\n:]{0,25}:[ \t]*)?(?:(?:yeah|yes|aye|yep|oh|well|erm+|um+|"
         r"uh+|about|only|just|I\s+think|let\s+me\s+think|hmm+|I['’]d\s+have\s+been|I\s+was)"
         r"(?:[\s,.]+|\.{3}|…))*['‘\"“]?" + _NUMBER + _END + _AGE_TAIL, 0.6),
        ("client_bracket", r"\b(?:su|pt|client|patient|caller|veteran|vet|member|claimant|"
         r"respondent|participant|interviewee)\s*[,(]\s*" + _NUMBER + r"(?:\s*(?:yrs?|years?)(?:\s+"
         r"old)?(?=\s*[,)])|" + _END + r"(?=\s*[,)]))", 0.7),
        ("me_first", r"(?:^|(?<=[\n:.!?]))[ \t]*(?:me|myself|same\s+here|mine\s+was)[,?!.:]*\s+"
         + _NUMBER + _END + _AGE_TAIL, 0.6),
        ("kids_then_ages", r"\b(?:kids|children|boys|girls|sons|daughters|grandkids|"
         r"grandchildren|twins|boy|girl)(?:\s*[,:(]\s*|\s+)" + _NUMBER + _END
         + r"(?=\s*(?:,|and|&)\s*(?:\d{1,2}|" + CARDINAL + r")\b)", 0.6),
        ("lads_were", r"\b(?:lads|blokes|guys|girls|boys|kids|lasses|men|women|soldiers|recruits|"
         r"both\s+of\s+(?:us|them))\s+(?:were|are|was)\s+(?:(?:all|only|just|both|barely)\s+)*"
         + _NUMBER + _END + _AGE_TAIL, 0.6),
        ("age_then_status", r"(?:^|(?<=[\n:;(]))[ \t]*" + _NUMBER
         + r"(?=[ \t]*(?:[,/;]|and\b)[ \t]*(?:" + _LIFE_STATUS + r"))", 0.6),
        ("when_was", r"\b(?:since|when|till|until|before|after|by\s+the\s+time)\s+(?:I|he|she|we|"
         r"they|you)\s+(?:was|were)\s+(?:only\s+|just\s+|about\s+|like\s+|barely\s+)?"
         + _NUMBER + _END + _AGE_TAIL, 0.6),
        # kin said without "my": "Mum's 60 this year", "hubby's 50", "DS is 7" (parents' forums)
        ("kin_is", r"(?:(?<![\w'’])(?:mum|mam|mom|dad|nan|nana|nanna|gran|granny|grandad|granddad|"
         r"grandma|grandpa|granda|gramps|hubby|wifey|(?:grand)?son|(?:grand)?daughter|brother|sister|"
         r"wife|husband|twin)|(?-i:\bD[SDH]\d?|\bDS[SD]))(?:['’]s|\s+is|\s+was|"
         r"\s+turned|\s+turns|['’]ll\s+be|\s+will\s+be|['’]d\s+be|\s+would\s+be|"
         r"\s+would(?:['’]ve|\s+have)\s+been|['’]d(?:['’]ve|\s+have)\s+been)\s+" + _HEDGE
         + r"(?:turned\s+)?" + _NUMBER + _END + _AGE_TAIL, 0.6),
        # a person, then what they did or where they were, then "at 19": "I was in Afghanistan at
        # 19", "I lost my leg at 24", "my mate took his own life at 34" (no "it": "I set it at 20")
        ("subject_at", r"\b(?:I|he|she|we|they|(?:my|his|her|our|their)\s+" + _RELATION_ADJECTIVE
         + _RELATION + r")\s+(?:(?!(?:it|this|that|them|these|those|" + _NOT_LIFE_VERB + r")\b)"
         r"[\w'’\-]+\s+){1,8}?at\s+(?:just\s+|only\s+|about\s+|barely\s+)?" + _NUMBER + _END
         + r"(?!\s*[:.]\d)" + _AGE_TAIL + _NOT_CLOCK, 0.6),
        # a focus group's participant code with an age: "P3, 34, ex-RN", "R12 (41)" (never "P1:
        # 16 years", a speaker's label and their words)
        ("participant", r"(?-i:\b(?:P|R|PT|Vet|Participant|Respondent|Resp|Interviewee)\s?\d{1,3})"
         r"\s*[,(]\s*" + _NUMBER + r"(?=\s*(?:[,;)/]|$|(?:yrs?|years?)\b))", 0.6),
        # "goin on 40", "I'm going on 50" (but "17 going on 30" is an idiom: no number before)
        ("going_on", r"(?:(?:^|(?<=[.!?\n]))[ \t]*|\b(?:I['’]?m|I\s+am|(?:he|she)['’]s|"
         r"(?:he|she)\s+is)\s+(?:now\s+)?)goin[g'’]?\s+on(?:\s+for)?\s+" + _NUMBER + _END, 0.6),
        # a family member by name, as the North says it: "our Jack's 9", "wor Kev was 40"
        ("our_name", r"\b(?:our|wor|me|my)\s+(?-i:[A-Z][a-z'’\-]+)(?:['’]s|\s+is|\s+was|\s+turned|"
         r"\s+turns|\s+would(?:['’]ve|\s+have)\s+been|['’]d(?:['’]ve|\s+have)\s+been|['’]ll\s+be|"
         r"\s+will\s+be)\s+" + _HEDGE + _NUMBER + _END + _AGE_TAIL, 0.6),
        # "he's only 4 so...": "only" and a small number after he's: a child
        ("only_small", r"\b(?:he|she)(?:['’]s|\s+is|\s+was)\s+(?:only|just|barely|not\s+even)\s+"
         + _NUMBER + _END + _AGE_TAIL, 0.6),
        # "I never thought I'd see fifty", "he never made it to 30", "lived to see 90"
        ("see_age", r"\b(?:live[ds]?\s+to(?:\s+see)?|never\s+(?:see|saw|reached|made\s+it\s+to)|"
         r"(?:I|he|she|you|we|they)(?:['’]d|\s+would|\s+will|['’]ll)\s+(?:ever\s+|never\s+)?"
         r"(?:see|reach|make\s+it\s+to)|didn['’]t\s+(?:see|reach|make\s+it\s+to))\s+" + _NUMBER
         + r"(?=\s*(?:[.!?,;]|$))", 0.6),
        # "34f here", "(m, 52)": a respondent's sex in lower case beside the age
        ("age_sex_lower", r"\b(?P<id>\d{2})[mf](?=\s+here\b|\s*[,)]\s*(?:ex|here|veteran|vet|army|"
         r"navy|raf|rm|serving|uk|from)\b)|\(\s*[mf]\s*[,/]\s*(?P<id2>\d{2})\s*\)", 0.6),
        # people listed with their ages: "me 45, wife 43", "him 22 and me 21", "son 12, daughter 9"
        ("listed_ages", r"(?:^|(?<=[,;:(\n])\s*|(?<=\d[ \t])|\band\s+)(?:me|him|her|myself|"
         r"(?!kids|children|twins|"
         r"grandkids|grandchildren)" + _RELATION + r")(?:\s+(?-i:[A-Z][\w'’\-]+))?\s+" + _NUMBER
         + r"(?=\s*(?:[,;)]|and\b|&|$)|\s+(?:me|him|her|" + _RELATION + r")\s+(?:\d{1,2}|"
         + CARDINAL + r")\b)", 0.6),
        # one relation and the age after a comma, as case notes list a household: "NOK: wife,
        # 49.", "son Kai, 7", "Lisa (wife, 49)", "carer for father, 84"
        ("relation_comma", r"\b(?!kids|children|grandkids|grandchildren|mates?|pals?|"
         r"friends?|colleagues?|boss)" + _RELATION + r"(?:\s+(?-i:[A-Z][\w'’\-]+)){0,2},\s*"
         + _NUMBER + r"(?=\s*(?:[.;!?)]|\n|$|,\s))", 0.6),
        # children just talked of, listed by name and age: "Kids: Ella 9, Jack 6."
        ("child_name_age", r"(?-i:\b(?!(?:" + _NOT_A_PERSON_TITLE + r"|" + _NOT_A_CHILD_NAME
         + r")\b)[A-Z][a-z'’\-]+)\s+(?P<id>\d{1,2})(?=\s*(?:[,;.)]|and\b|&|$))", 0.6),
        # a name (any case), then the age set apart, then what the person does or is: "Abena, 8,
        # is in year 4", "gethin, 31, is from ripon", "Declan, seven, stays with nan",
        # "delroy brathwaite (60) is ok now", "Abena (4) attends the nursery"
        ("name_apart_age", r"(?<![\w'’])" + _APART_AGE_SHAPE
         + r"(?!(?:" + _NOT_A_PERSON_TITLE + r"|" + _NOT_AGE_HOLDER
         + r")\b)(?-i:(?!(?:" + _NOT_INITIALS + r")\b))[^\W\d_][^\W\d_'’\-]*"
         r"(?:['’\-][^\W\d_]+)?(?:,\s(?P<id>\d{1,2}|" + CARDINAL
         + r"),|\s?\((?P<id2>\d{1,2}|" + CARDINAL + r")\))\s+(?=(?:" + _WHAT_A_PERSON_DOES
         + r")\b)", 0.6),
        # a date of birth, then the age in brackets: "DOB 1989-06-01 (37)", "DOB 15 Aug 74 (52)"
        ("dob_bracket_age", r"\b(?:dob|d\.o\.b\.?|date\s+of\s+birth|born|b\.)[:\s]*[^\n()]{4,24}?"
         r"\(\s*(?:aged?\s*)?" + _NUMBER + r"\s*(?:y(?:rs?|ears?)?)?\s*\)", 0.7),
        # an age set in the past with "only ... then": "Semisi was only 6 then", "IG was only
        # sixteen then" (any age: "only" and "then" make it one; never "it was only 2 then")
        ("only_then", r"(?<![\w'’])(?<!the\s)(?<!The\s)(?<!\ba\s)(?<!\bA\s)"
         r"(?!(?:it|that|this|there|which|what|the\s+\w+|score|price|"
         r"cost|rate|number|total|count|bill|rent)\s)[^\W\d_][\w'’\-]*\s+(?:was|were)\s+"
         r"only\s+" + _NUMBER + r"\s+(?:then|at\s+the\s+time|back\s+then)\b", 0.6),
        # a birthday coming: "Kofi's turning ten next week" (any age: the week makes it one)
        ("turning_soon", r"\bturning\s+" + _NUMBER + r"(?=\s+(?:next\s+(?:week|month|year)|"
         r"tomorrow|on\s+" + _WEEKDAY + r"|this\s+(?:week|weekend|month|year)|in\s+(?:"
         + _MONTH + r"|a\s+(?:few\s+)?(?:days?|weeks?|fortnight)))\b)", 0.7),
        # "Mrs MacLeod is 57 and has done 22 years": a title and a name, then the age
        ("title_name_is", r"(?-i:\b" + CIVIL_TITLE + r"\s[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)\s+"
         r"(?:is|was)\s+(?:now\s+|only\s+|just\s+)?" + _NUMBER + _END, 0.6),
        # "Mr H is 52": a title and an initial, as notes shorten a client's name
        ("initial_is", r"(?-i:\b" + CIVIL_TITLE + r"\s[A-Z]\.?)\s+(?:is|was|now)\s+"
         r"(?:now\s+|only\s+|just\s+)?" + _NUMBER + _END, 0.6),
        # "Happy birthday to me, 37 today!", "bday tomorrow, will be 33"
        ("birthday_then_age", r"\b(?:birthday|bday|b-day)\b[^.?\n]{0,30}?(?:\b(?:will\s+be|"
         r"turning|"
         r"be)\s+|[,:\-–]\s*|!\s+)" + _NUMBER + r"(?:(?=\s+(?:today|tomorrow|now)\b)|" + _END
         + r"(?=\s*(?:[.!?,;]|$)))", 0.6),
        # "we were 18 and 19, kids"
        ("we_were", r"\bwe(?:\s+were|['’]re|\s+are)\s+(?:(?:only|just|both|all|barely)\s+)*"
         + _NUMBER + _END + _AGE_TAIL, 0.6),
        # a name written in lower case, then an age at a parent's life event: "owain was only 8 when
        # I deployed" (never "it was only 2 when I got there")
        ("lower_name_was_when", r"(?<![\w'’])(?!(?:it|there|that|this|which|what|who|he|she|they|"
         r"we|you|i|one|all|each|everything|nothing|something|time|night|day|morning)\b)"
         r"(?-i:[a-z][a-z'’\-]+)(?:\s+(?-i:[a-z][a-z'’\-]+))?\s+(?:was|were)\s+"
         r"(?:(?:only|just|barely|about)\s+)+" + _NUMBER + r"\s+when\s+(?:I|we|he|she)\s+"
         r"(?:deployed|left|joined|went|got\s+out|came\s+home|was\s+(?:away|deployed|posted))\b",
         0.6),
        # "two lads, both 19"
        ("both_first", r"(?:,|\band)\s+both\s+(?:only\s+|just\s+|aged\s+)?" + _NUMBER + _END
         + _AGE_TAIL, 0.6),
        # "Two kids. One's 7, the other's 4.": children counted, then each one's age
        ("one_other", r"\b(?:one(?:['’]s|\s+is|\s+was)|the\s+other(?:\s+one)?"
         r"(?:['’]s|\s+is|\s+was)?)\s+"
         r"(?:just\s+|only\s+)?" + _NUMBER + _END + _AGE_TAIL, 0.6),
        # "he was my age, 19", "the same age as me, 19"
        ("age_comma", r"\b(?:same\s+age\s+as\s+(?:me|you|him|her|us|them|my\s+\w+)|(?:my|his|her|"
         r"your|our)\s+age)\s*[,:(—–\-]\s*(?:about\s+|only\s+|just\s+)?" + _NUMBER + _END
         + _AGE_TAIL, 0.6),
        # "I was 17 years and 6 months" (not "17 years and 6 months in": a time served)
        ("years_months", r"\b(?:I['’]?m|I\s+am|I\s+was|(?:he|she)(?:['’]s|\s+is|\s+was))\s+"
         r"(?:only\s+|just\s+|exactly\s+)?" + _NUMBER + r"(?=\s*(?:years?|yrs?)\s*(?:and\s+)?"
         r"(?:\d{1,2}|" + CARDINAL + r"|a\s+half)\s*(?:months?|mths?)(?:\s+old)?\b(?!\s+(?:in|"
         r"into|out|served|service|ago|later|clean|sober|pregnant|left)\b))", 0.6),
        # text speak with the "I" dropped: "Am 34 n av 2 kids"
        ("am_first", r"(?:^|(?<=[.!?\n]))[ \t]*am\s+" + _HEDGE + _NUMBER + _END, 0.6),
        # "me (45) and the wife (43)"
        ("me_brackets", r"\b(?:me|myself)\s*\((?P<id>\d{1,2})\s*(?:yrs?|y)?\)", 0.6),
        # children listed by name with their ages: "Tom (7) and Amy (4)", first and second
        ("named_pair", r"(?-i:\b(?!" + _NOT_A_PERSON_TITLE + r"\b)[A-Z][a-z'’\-]+)\s*\("
         r"(?P<id>\d{1,2})\)(?=\s*(?:,|and|&)\s*(?-i:[A-Z][a-z'’\-]+)\s*\(\d{1,2}\))", 0.6),
        ("named_pair_second", r"(?-i:\b(?!" + _NOT_A_PERSON_TITLE + r"\b)[A-Z][a-z'’\-]+)\s*"
         r"\(\d{1,2}\)\s*(?:,|and|&)\s*"
         r"(?-i:[A-Z][a-z'’\-]+)\s*\((?P<id2>\d{1,2})\)", 0.6),
        # age5 (tests/unit/scrub/test_ages_probe5.py, from a probe written blind): a person's
        # age said to end a clause, so a child's small one counts too: "She'd have been, what,
        # nine?", "When my dad left I was ten", "He's ten and he worries", "I'd have been 11 or 12"
        ("clause_final", r"\b(?:(?:I|he|she|they)(?:['’]s|['’]m|\s+am|\s+is|\s+was|\s+were|"
         r"['’]d\s+be|\s+would\s+(?:have\s+been|be)|['’]d(?:['’]ve|\s+have)\s+been|"
         r"\s+would['’]ve\s+been|\s+(?:must|might|could|would|should|may|can['’]?t|couldn['’]t)"
         r"(?:\s+have|['’]ve)\s+been)|hes|shes|im)[\s,]+" + _HEDGE + _NUMBER
         + _END + _CLAUSE_ENDS, 0.6),
        # "When I was a kid, like eight or nine", "when she was little, about six"
        ("when_young", r"\bwhen\s+(?:I|he|she|we|they)\s+(?:was|were)\s+(?:younger|young|little|"
         r"small|tiny|a\s+(?:kid|child|boy|girl|lad|lass|nipper|bairn|wean|teenager|baby|"
         r"youngster))[\s,]+" + _HEDGE + _NUMBER + _END + _AGE_TAIL, 0.6),
        # a baby's age in months or weeks, a child just talked of: "My boy was 3 months old"
        ("months_old", r"\b" + _NUMBER + r"[\s\-]*(?:months?|mths?|weeks?|wks?)[\s\-]+old\b",
         0.6),
        # a birthday said by its ordinal after "for": "for my fortieth", "a party for her 60th"
        ("for_ordinal", r"\bfor\s+(?:my|his|her)\s+(?P<id>" + ORDINAL_AGE + r")\b(?!\s+(?:"
         + _NOT_A_BIRTHDAY + r")\b)", 0.6),
        # a round age reached: "I hit 50 and everything fell apart" (never a speed or a score:
        # a person hits it, and it ends the clause)
        ("hit_decade", r"\b(?:I|he|she|you)\s+(?:just\s+)?(?:hit|reached)\s+" + _ROUND_AGE
         + r"(?=\s*(?:[.!?;]|$)|\s+and\s+(?:everything|it|life|things|that|then|I|he|she|my|"
         r"me)\b)", 0.6),
        # "When I hit 40, I got divorced": the time said by the age reached
        ("when_hit_decade", r"\b(?:when|once|after|before|until|till|by\s+the\s+time)\s+"
         r"(?:I|he|she|you)\s+(?:just\s+)?(?:hit|reached)\s+" + _ROUND_AGE
         + r"(?=\s*(?:[,.!?;]|$))", 0.6),
        # a child with the age after it: "a bairn, three or four", "the baby - 2"
        ("child_noun", r"\b" + _CHILD_NOUN + r"(?:,\s+|\s*[—–]\s*)(?:(?:about|maybe|around|only|"
         r"just|like|barely|really)[,\s]+)*" + _NUMBER + r"(?=\s*(?:[.;!?)]|$|,\s)|"
         r"\s+(?:or|and|&)\s+(?:\d|" + CARDINAL + r"))", 0.6),
        # a name, then the age turned: "When our Lily turned thirteen things got hard"
        ("name_turned", r"(?-i:\b(?!(?:" + _NOT_A_NAME + r"|" + _NOT_A_NAME_TURNING
         + r")\b)[A-Z][a-z'’\-]+)\s+(?:had\s+|has\s+)?"
         r"(?:just\s+|only\s+)?(?:turned|turns)\s+" + _NUMBER + _END, 0.6),
        # a person turned a small age, the clause ending there: "She'd just turned ten when her
        # dad deployed" ("She turned 2 cartwheels" counts cartwheels)
        ("subject_turned", r"\b(?:I|he|she|they)(?:['’]d|\s+had|\s+has|['’]s)?\s+"
         r"(?:just\s+|only\s+)?(?:turned|turns)\s+" + _NUMBER + _END + _AGE_TAIL, 0.6),
        # a relation then the bare age then what they do: "my daughter 17 is thinking of joining"
        ("relation_age_does", r"\b(?:my|me|ma|our|wor|his|her|their|your)\s+"
         + _RELATION_ADJECTIVE + _RELATION + r"\s+" + _NUMBER + r"(?=\s+(?:"
         + _WHAT_A_PERSON_DOES + r")\b)", 0.6),
        # a relation as a form's label: "Partner: 35, civvy", "Wife: 44"
        ("relation_colon", r"(?:^|(?<=[\n.;,(]))\s*(?!kids|children|twins|grandkids|"
         r"grandchildren)" + _RELATION + r"(?:\s*:|\s+[-–])\s*" + _NUMBER + r"(?=\s*(?:[,;.)]|$))",
         0.6),
        # a numbered child with the age in years: "Child 1 - 8 yrs, Child 2 - 5 yrs"
        ("numbered_child", r"\b(?:child|son|daughter|kid|dependant)\s*\d{1,2}\s*[:\-–]\s*" + _NUMBER
         + r"\s*(?:yrs?|years?)(?:\s+old)?(?=\s*(?:[,;.)]|$))", 0.6),
        # a relation, the name, then the age, each set apart: "Josefa's youngest, June, 3, has
        # been referred", "my son, Kai Jones, 7." (a name that is also a month too)
        ("relation_name_age", r"(?:\b" + _WHOSE + r"\s+|(?:^|(?<=[\n:;(]))[ \t]*)"
         + _RELATION_ADJECTIVE + r"(?!(?:mates?|pals?|friends?|colleagues?|boss|oppo)\b)"
         + _RELATION + r"(?:,\s+|\s+[-–]\s+)[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*){0,2}"
         r"(?:,\s+|\s+[-–]\s+)" + _NUMBER
         + r"(?=\s*(?:[,.;)]|$))", 0.6),
        # a parent as the papers write one: "The father-of-three, 42, said", "mother of two, 35"
        ("parent_of_n", r"\b(?:mother|father|mum|mom|dad|grandmother|grandfather|grandad|"
         r"granddad|grandma|gran|nan|parent)[\s\-]+of[\s\-]+(?:\d|" + CARDINAL + r"),\s*"
         + _NUMBER + r"(?=\s*(?:[,.;)]|$))", 0.6),
        # a rank or title, a name in any case, the age in brackets: "wo2 chukwuemeka balogun
        # (23)", "Pte O'Neill (19)", "mrs ade (44)"
        ("rank_name_bracket", r"\b(?:" + _RANK + r"|" + _SHORT_RANK + r")\.?\s+"
         r"(?:[^\W\d_][\w'’\-]*\s+){0,2}[^\W\d_][\w'’\-]*\s*\(\s*" + _NUMBER
         + r"\s*(?:yrs?|years?|y/?o|y)?\s*\)", 0.6),
        # a respondent's age, then the sex in lower case: "34, f, ex RAF", "52/m"
        ("age_comma_sex_lower", r"(?:^|(?<=[\n(]))[ \t]*" + _NUMBER + r"\s*[,/]\s*[mf](?=\s*(?:"
         r"[,;)/\n]|$))", 0.6),
        # a relation's or a named person's ordinal birthday: "my daughter's 18th", "our Jack's
        # 21st" (never "my son's 3rd tour")
        ("relation_ordinal", r"(?:\b(?:my|me|our|wor|his|her|their|your)\s+" + _RELATION_ADJECTIVE
         + _RELATION + r"|\b(?:our|wor|me|my)\s+(?-i:[A-Z][a-z'’\-]+))['’]s\s+(?P<id>"
         + ORDINAL_AGE + r")\b(?!\s+(?:" + _NOT_A_BIRTHDAY + r")\b)", 0.6),
        # a respondent's sex then the age with a space, at a line's or a bullet's start ("F 35
        # Army", "- M 29, Catterick"), or between commas after a name ("partner Marek, F 48,")
        ("sex_space_age", r"(?:^|(?<=[\n(])|(?<=^[-–•*]\s)|(?<=\n[-–•*]\s)|(?<=[\w’'],\s))"
         r"[ \t]*(?-i:[MF])[ \t]+" + _NUMBER + _END
         + r"(?=\s*(?:[,;)/\n]|$)|\s+(?:ex|veteran|vet|army|navy|raf|rm|serving|here|retired)\b)",
         0.6),
        # forums' and triage notes' sex and age run together: "M45.", "f18", "m/53 here",
        # "Age/sex: F23", "(26m)", "me (58f)"; never a road, a rifle or a jet ("the M62",
        # "an F35", "M16 rifle")
        ("sex_age_run", r"(?<![\w£$.,/:\-])(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bon\s)"
         r"(?<!\boff\s)(?<!\bvia\s)(?<!\bto\s)(?<!\bup\s)(?<!\bthat\s)(?<!\bmy\s)"
         r"[MF]/?" + _NUMBER + r"(?=[.,;:!?)]|\s|$)(?!\s*(?:motorway|junction|j\d|north|south|"
         r"east|west|rifle|carbine|jet|fighter|toll|exit|corridor|s\b))", 0.6),
        ("age_sex_bracket", r"\(\s*" + _NUMBER + r"\s?[mf]\s*\)", 0.6),
        # a line of a list of children or dependants: "1. Zara  (8)  F", "- Freya  1 yrs  F"
        ("dependant_line", r"(?m)^[ \t]*(?:\d{1,2}[.)][ \t]*|[-–•*][ \t]*)?"
         r"(?-i:(?P<name>[A-Z][\w'’\-]+))[ \t]+\(?[ \t]*" + _NUMBER
         + r"[ \t]*(?:yrs?|years?(?:[ \t]+old)?|y/?o)?[ \t]*\)?(?=[ \t]{2,}|[ \t]*[,;]|[ \t]*$|"
         r"[ \t]+(?-i:[MF])\b)", 0.6),
        # someone's age that has come round fast: "cant believe Tobi is nine already"
        ("name_is_already", r"(?-i:\b(?!" + _NOT_A_NAME + r"\b)(?P<name>[^\W\d_][\w'’\-]+))\s+"
         r"(?:is|['’]s)\s+(?:only\s+|just\s+)?" + _NUMBER + r"\s+already\b", 0.6),
        # two people's ages said side by side: "Harry was six, Evie was only five"
        ("named_was_pair", r"(?-i:\b(?!" + _NOT_A_NAME + r"\b)(?P<name>[A-Z][\w'’\-]+))\s+"
         r"(?:was|is)\s+(?:only\s+|just\s+)?" + _NUMBER + r",\s+(?:and\s+)?(?-i:[A-Z][\w'’\-]+)\s+"
         r"(?:was|is)\s+(?:only\s+|just\s+)?(?:\d{1,3}|" + CARDINAL + r")(?=\s*[.,;!?]|\s+and\b)",
         0.6),
        # a forum post opening on the writer's age and sex: "61m, served 4 yrs", "51f here"
        ("age_sex_line", r"(?m)^[ \t]*(?P<id>\d{2})[mf](?=\s*[,;./)]|\s+(?:here|ex|served|"
         r"serving|veteran|vet|retired)\b)", 0.6),
        # an age reckoned from another: "must be 52 now cos she was 36 when i joined"
        ("must_be_now", r"\b(?:must|would|should|might|could|will)\s+be\s+(?:about\s+|around\s+)?"
         + _NUMBER + r"\s+(?:now|by\s+now|this\s+year)\b", 0.6),
        # someone named, then "who is 5": "we have oscar who is 5", "Harry, who is one."
        ("name_who_is", r"(?-i:\b(?!" + _NOT_A_NAME + r"\b)(?P<name>[^\W\d_][\w'’\-]+)),?\s+"
         r"who(?:['’]s|\s+is|\s+was|\s+turned|['’]ll\s+be|\s+will\s+be)\s+"
         r"(?:(?:now|only|just|nearly|almost|barely)\s+)*" + _NUMBER + _END
         + r"(?=\s*(?:[.;!?),]|$|\s(?:and|but|so|now|next|this|today|tomorrow|already)\b))", 0.6),
        # a named person's age set apart in brackets: "(Kwame, 11)", "appt (Kiera, 9)"
        ("bracket_name_age", r"\((?P<name>[^\W\d_][\w'’\-]+),\s*" + _NUMBER
         + r"\s*(?:yrs?|years?|y/?o)?\s*\)", 0.6),
        # a relation in a family history or a NOK line, then the age: "Mum 75, well.",
        # "mother alive, 59, T2DM", "son 7;" (one relation: "kids 2," is a count)
        ("relation_number", r"\b(?:mum|dad|mother|father|son|daughter|wife|husband|partner|"
         r"brother|sister|stepson|stepdaughter|stepdad|stepmum|grandad|grandma|gran|nan|"
         r"grandmother|grandfather|fianc[ée]e?|girlfriend|boyfriend)(?:\s+(?:alive|living|well|"
         r"deceased))?,?\s+" + _NUMBER + r"(?=\s*(?:[,;.)]|\n|$))", 0.6),
        # a named person's ordinal birthday: "4 clive's 50th!!", "Ayesha's 40th on Sat"
        ("name_ordinal", r"(?-i:\b(?!" + _NOT_A_NAME + r"\b)(?P<name>[^\W\d_][\w\-]+))['’]s\s+"
         r"(?P<id>" + ORDINAL_AGE + r")\b(?=\s*(?:birthday|party|bash|do\b|[!.,;)]|$|\s+(?:on|"
         r"this|next|last|at|in)\b))", 0.6),
    )  # fmt: skip
    EXAMPLES = (
        ("I'm forty-three now, so", ["forty-three"]),
        ("Aoife McGuinness, 18, of Inverness; Pte O'Neill, 19, from Cork", ["18", "19"]),
        ("Bed 3 - C O'Driscoll (sixty four), settled", ["sixty four"]),
        ("with partner Clive, 36, and Jayden 3, Leo 9", ["36", "3", "9"]),
        ("Rohan is 2, Aria is 17.", ["2", "17"]),
        ("M45. f18 here; Age/sex: F23; me (26m)", ["45", "18", "23", "26"]),
        ("61m, served 4 yrs\nshe must be 52 now\nDOB 04/07/80  46 yrs", ["61", "52", "46"]),
        ("61m² 2 bed flat\nit must be 52 miles\nDOB 04/07/80  46 yrs ago", []),
        ("the 40-year-old gym, a thirty-year-old Land Rover, the 30-year-old quarter", []),
        (
            "Harry was six, Evie was only five. spike (hao zhang) was fifty-five when he did",
            ["six", "five", "fifty-five"],
        ),
        (
            "Dependants:\n1. Zara  (8)  F\n2. Freya  1 yrs  F\nson wants to join at 16",
            ["8", "1", "16"],
        ),
        ("It was 4, Team was 5. Plan B was 3, Gate 2 was 7", []),
        ("I'm fifty-nine this year. Fifty-nine! Can you believe it?", ["fifty-nine", "Fifty-nine"]),
        ("cant believe Tobi is nine already; the score is 3 already", ["nine"]),
        ("appt (Kiera, 9); Mum 75, well. mother alive, 59.", ["9", "75", "59"]),
        ("4 clive's 50th!! we have oscar who is 5 and jacob 11.", ["50th", "5", "11"]),
        ("took the M62 and the M25; an F35 jet; M16 rifle; F1 car, M4 corridor, at J23", []),
        ("the Regiment's 50th anniversary; kids 2, dogs 3; (Room, 4); Clive, 36, Flat 3", ["36"]),
        ("I am 27.", ["27"]),
        ("aged 27 at the time", ["27"]),
        ("a 43-year-old sergeant", ["43"]),
        ("he's fifty years old", ["fifty"]),
        ("I turned forty last year", ["forty"]),
        ("my 40th birthday", ["40th"]),
        ("I'm two weeks into the course", []),
        ("I'm one of the older ones", []),
        ("it took 5 minutes", []),
        ("I'm 5 minutes late", []),
        ("turn 2 pages", []),
        ("and hes 51? yep", ["51"]),
        ("she's seventy-eight and still driving", ["seventy-eight"]),
        ("My dad's 20 so if he answers", ["20"]),
        ("I am 79 years of age.", ["79"]),
        ("Patient T Okafor, 55 y/o, lives", ["55"]),
        ("twenty two y/o, and i'm 77 not 12 days old", ["77", "twenty two"]),
        ("Bed 3 - C Okafor (24), settled", ["24"]),
        ("- Okafor, Priya, 67, discharge", ["67"]),
        ("- OKAFOR, R., sixty four, discharge", ["sixty four"]),
        ("he was sixty exactly", ["sixty"]),
        ("he was 20 minutes late, she is 5 foot", []),
        ("Section 21 (2019), Form 10, page 30", []),
        ("im 34 lol", ["34"]),
        ("hes 34 btw", ["34"]),
        ("my son is 9 and my daughter's 12", ["12", "9"]),
        ("I joined up at sixteen and left at 22:30", ["sixteen"]),
        ("I'll be 40 next year", ["40"]),
        ("I'm 43, 44 in June", ["43", "44"]),
        ("his wife (31) and the kids", ["31"]),
        ("a 34yr old male", ["34"]),
        ("Age:34", ["34"]),
        ("Age - thirty four", ["thirty four"]),
        ("me (34M) and her (31F)", ["31", "34"]),
        ("Dave's 34 now", ["34"]),
        (
            "Przemysław was fifty eight last week; Bríd is 52, not 29; wasn't 20 then",
            ["29", "52", "fifty eight"],
        ),
        ("she was just 19 when", ["19"]),
        ("he was 20 years in the army", []),
        ("I'm 40 quid down and he's 18 stone", []),
        ("I'm 100% sure, it's 20 past", []),
        ("There's 20 of us and It's 30 now", []),
        ("we had 12 days, 3 years, 6 weeks", []),
        ("I left at 6 and got back at 22:15", []),
        ("I'm forty three minutes away", []),
        ("she'll be there in 20 next week", []),
        ("costs £34 (34p) or 12.5M", []),
        (
            "her daughter Akanisi (8) lives with her; Caller's son Dhanbahadur\n(11) answered",
            ["11", "8"],
        ),
        ("confirmed his date of birth and current age as 53.", ["53"]),
        ("SU was fifty-three on her last birthday", ["fifty-three"]),
        ("SU states he is 'twenty-four going on ninety'", ["twenty-four"]),
        ("Somhairle is 65, not 37 - fixed; He's 67 not 21", ["21", "37", "65", "67"]),
        ("wai_b: rose is 54, not 27 - fixed", ["27", "54"]),
        ("P1: I'm 42. No - 59, I had a birthday.", ["42", "59"]),
        ("i was 28 when i joined HMS Daring and 22 when i left", ["22", "28"]),
        ("I was 51 when I left, 50 now. Nothing's changed.", ["50", "51"]),
        ("dob 15.6.1987, so 39", ["39"]),
        ("three children, the youngest 15.", ["15"]),
        ("born 7th april 1975, joined straight from school, out at 43. say no more", ["43"]),
        ("2. The member is twenty-seven (DOB 050199) and", ["twenty-seven"]),
        ("Crispin was sixty-eight last week - the card", ["sixty-eight"]),
        ("the three months at RMA, 15:40 and 12:35, the youngest 3 months", []),
        ("we were out at 40 degrees, back at 17:30", []),
        ("Tall lad, 69-ish? no wait he was sixty exactly.", ["69", "sixty"]),
        ("he's 40-ish, a man, about 50.", ["40", "50"]),
        ("a man 40 metres away", []),
        ("we ran 34m and 40 m more", []),
        ("the kids are 7 and 9, the twins were four", ["7", "9", "four"]),
        ("me being 19 and daft; being 20 minutes late", ["19"]),
        ("34, male, army; Female 41; a 2 male team", ["34", "41"]),
        ("At 52 I finally went; M, 34; in my 34th year", ["34", "34th", "52"]),
        ("my son, who's 7, and kids aged 9 and 12", ["12", "7", "9"]),
        ("How old are you?\nP1: Thirty-four.", ["Thirty-four"]),
        ("DOB: 15/12/69 - 56 yrs; for my fiftieth", ["56", "fiftieth"]),
        ("I served 22 yrs; 15 this week, 20 next week; at 14 we ate", []),
        (
            "I was, what, nineteen? Mum was 19 when she had me; a lad of 17",
            ["17", "19", "nineteen"],
        ),
        ("Seventeen, I was. I'm 45 in March; happy 40th mate!", ["40th", "45", "Seventeen"]),
        ("I was like 20 minutes late; we hit 40 on the range; a man of 1 Rifles", []),
        ("we did thirty, forty, fifty, sixty press-ups", []),
    )

    def __init__(self, supported_language: str = "en", **kwargs: Any) -> None:
        self.enabled = True
        self.words: WordLists | None = None
        self.nicknames: frozenset[str] = frozenset()
        super().__init__(supported_language=supported_language, **kwargs)
        # read from the patterns as written (a guarded pattern's text starts with its guard)
        self._number_first = {n for n, regex, _ in self.PATTERNS if regex.startswith(_NUMBER_FIRST)}

    def configure(self, settings: Any) -> None:
        self.enabled = not getattr(settings, "keep_exact_ages", False)
        self.words = settings.wordlists()
        self.nicknames = names_by_address(settings)

    def _initial_of_a_person(self, text: str, at: int) -> bool:
        """Whether a lone capital at ``at`` (after_name's "Cameron D (32)") follows a
        surname in capitals, a rank or a listed name that is no word; anything else the
        pattern names there (a word, initials, "Mr X") passes."""
        if not (at + 1 >= len(text) or not text[at + 1].isalpha()) or text[at + 1 : at + 2] == ".":
            return True
        if text[at + 1 : at + 2] in ("'", "’") and text[at + 2 : at + 3].isalpha():
            return True  # "O'Driscoll (64)": a name with its apostrophe, no lone capital
        before = _WORD_BEFORE.search(text, max(0, at - 30), at)
        if before is None:
            return True
        word = before.group(1)
        key = word.lower()
        words = self.words
        return (
            (word.isupper() and len(word) >= 3)
            or key in RANK_WORDS
            or (words is not None and words.is_listed_name(key) and not words.is_common_word(key))
        )

    def _lower_case_name(self, name: str) -> bool:
        """A first name typed in lower case ("yan is 57 tomorrow", "prakash is 33 today"):
        a listed first name that is no ordinary word ("bill is 40" stays: a bill), or a
        nickname ("geordie is only fifty-three")."""
        words = self.words
        if name in self.nicknames:
            return True
        return (
            words is not None
            and name in words.first_names
            and (not words.is_common_word(name) or words.is_unambiguous_name(name))
            and name not in words.stop_words
        )

    def _a_name(self, word: str) -> bool:
        """A word that names someone in a list of people and their ages: capitalised and no
        ordinary word unless a listed first name ("Jayden", "Amara"; not "Flat", "Block"),
        or a first name typed in lower case (``_lower_case_name``)."""
        words = self.words
        if words is None:
            return False
        key = word.lower()
        if not word[:1].isupper():
            return self._lower_case_name(key)
        return key in words.first_names or not (
            words.is_common_word(key) or key in words.stop_words
        )

    def _listed_with_names(self, text: str, found: list[tuple[int, int, float]]) -> Any:
        """The other ages of a list of named people, one of whose ages was found ("with
        partner Clive, 36, and Jayden 3, Leo 9"; "Rohan is 2, Aria is 17"): each item a name
        (``_a_name``) and a number, set apart by commas or "and"."""
        known = {(start, end) for start, end, _ in found}
        for start, end, score in list(found):
            opening = _ITEM_OPENING.search(text, max(0, start - 40), start)
            if opening is None or not self._a_name(opening.group("name")):
                continue
            at = end
            while (item := _NEXT_ITEM.match(text, at)) is not None and self._listed(item):
                if item.span("id") not in known:
                    known.add(item.span("id"))
                    yield item.start("id"), item.end("id"), score
                at = item.end("id")
            at = opening.start()
            while (
                item := _ITEM_BEFORE.search(text, max(0, at - _ITEM_REACH), at)
            ) is not None and self._listed(item):
                if item.span("id") not in known:
                    known.add(item.span("id"))
                    yield item.start("id"), item.end("id"), score
                at = item.start()

    def _listed(self, item: re.Match[str]) -> bool:
        age = age_value(item.group("id"))
        return self._a_name(item.group("name")) and age is not None and age <= MAX_AGE

    def span_of(self, match: re.Match[str]) -> tuple[int, int]:
        for group in ("id2", "id3", "id4"):
            if group in match.re.groupindex and match.group(group) is not None:
                return match.start(group), match.end(group)
        return super().span_of(match)

    def iter_matches(self, text: str) -> Any:
        view, gaps = continued_turns(text)
        found = list(self._matches(view))
        found += list(_said_again(view, found))
        found += list(_said_before(view, found))
        found += list(_in_the_round(view, found))
        found += list(self._listed_with_names(view, found))
        for start, end, score in found:
            if not gaps:
                yield start, end, score
                continue
            for lo, hi in _cut_at_gaps(view, start, end, gaps):
                yield lo, hi, score

    def _matches(self, text: str) -> Any:
        lower = text.lower()
        around: _AroundNumbers | None = None  # read once the first pattern needs it
        in_text: dict[str, bool] = {}  # cue word -> found in the text (cues recur across patterns)
        for name, regex, base_score in self._compiled:
            needs = REQUIRES.get(name)
            if needs is not None and not any(_cached_in(word, lower, in_text) for word in needs):
                continue  # the pattern's literal cue is nowhere in the text
            youngest = MIN_AGE.get(name, WEAK_MIN_AGE)
            if around is None:
                around = _AroundNumbers(text)
            if name in self._number_first:
                # anchored at each number instead of tried at every word of the text
                matches: Any = (regex.match(text, at) for at, _ in around.numbers)
            else:
                # every match holds a number: look only in the text around the numbers, and
                # (a match lies inside its window) only in windows that hold the pattern's cue
                near = around.windows if needs is None else around.holding(needs)
                matches = (m for lo, hi in near for m in regex.finditer(text, lo, hi))
            for match in matches:
                if match is None:
                    continue
                if (
                    "name" in regex.groupindex
                    and not match.group("name")[0].isupper()
                    and not self._lower_case_name(match.group("name"))
                ):
                    continue  # a name starts with a capital, in any alphabet, or is listed
                if name in _NAME_CHECKED and not self._a_name(match.group("name")):
                    continue  # "(Room, 4)", "Everyone who is 18": no one's name
                start, end = self.span_of(match)
                if in_an_age_band(text, start, end):
                    continue  # "I was 25-34 when I got out": a band, not an exact age
                if name in STARTS_AT_AGE and THRESHOLD_BEFORE.search(
                    text, max(0, match.start() - 30), match.start()
                ):
                    continue  # "under the age of 18": a rule, not a person's age
                if name == "after_name" and not self._initial_of_a_person(text, match.start()):
                    continue  # "Plan B (30)", "Grade A 31yrs": a letter of no one's name
                cue = NEEDS_BEFORE.get(name)
                if cue and not cue[0].search(text, max(0, match.start() - cue[1]), start):
                    continue  # "he's 6" is a child's age only when a child is being talked of
                age = age_value(text[start:end])
                if age is not None and youngest <= age <= MAX_AGE:
                    yield start, end, base_score
                    yield from self._more_ages(text, end, youngest, base_score)
                    yield from _age_and_then(text, end, youngest, base_score)

    @staticmethod
    def _more_ages(text: str, end: int, youngest: int, score: float) -> Any:
        """Ages listed after a found one ("aged 7, 9 and 12"), each checked like the first."""
        while (another := _ANOTHER.match(text, end)) is not None:
            age = age_value(another.group("id"))
            if age is None or not youngest <= age <= MAX_AGE:
                return
            yield another.start("id"), another.end("id"), score
            end = another.end("id")

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if not self.enabled:
            return []
        return super().analyze(text, entities, nlp_artifacts)
