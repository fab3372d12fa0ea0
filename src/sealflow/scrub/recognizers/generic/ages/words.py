"""The word pieces the age patterns share: a number said in digits or words, what ends it as
an age and not a quantity, the cue words before it (relations, people, hedges), and the
words that are no one's name or age beside it."""

from __future__ import annotations

from sealflow.scrub.recognizers.spoken_numbers import CARDINAL, UNITS

# The lookahead on a number's first character spares the engine trying every number word at
# every position (speed); digits and number words start with one of these.
NUMBER = r"(?P<id>(?=[0-9zotfsen])(?:\d{1,3}|" + CARDINAL + r"))"
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december)"
)
# "in March", "in a fortnight", "in two weeks": when an age said ahead of a birthday comes.
IN_A_WHILE = (
    r"(?:(?:coming\s+)?"
    + MONTH
    + r"|a\s+(?:week|month|few|fortnight|couple)|\w+\s+(?:weeks|wks|months|"
    r"mths|years|yrs)|"
    r"(?:the\s+)?(?:summer|spring|autumn|winter|new\s+year)|christmas|easter)\b"
)
# "30 or so" is a rough count, "12 or 13" two ages said as one.
OR_NOT_AGE = (
    r"or\b(?!\s+(?:\d{1,3}|" + CARDINAL + r")(?:\s*[.,;!?)]|\s*$|\s+(?:when|at|then|and|but|I|he|"
    r"she|years?\s+old)\b))"
)
# A unit's name after its number: "7 Armoured", "16 Air Assault", "2 i/c" stay units and posts.
UNIT_AFTER = (
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
IN_A_PICTURE = (
    r"(?:the|that|this|these|those|my|his|her|our|their|a|an)\s+(?:[a-z]+\s+)?(?:photos?|"
    r"pictures?|pics?|photographs?|videos?|films?|clips?|snaps?|shots?|selfies?|footage|images?|"
    r"portraits?)\b"
)
INCHES = (
    r"ins?\b(?!\s+(?:" + IN_A_WHILE + r"|" + IN_A_PICTURE + r"|(?-i:[A-Z][a-z])|(?:19|20)\d\d\b))"
)
QUANTITY = (
    r"%|percent|per\b|x\b|quid|pounds?|p\b|k\b|grand|stone|st\b|kg|kilos?|lbs?|foot|feet|ft|"
    r"inch(?:es)?|" + INCHES + r"|cm|mm|m\b|metres?|meters?|miles?|km|k's|yards?|yds?\b|mins?\b|"
    r"minutes?|"
    r"seconds?|secs?|hours?|hrs?|days?|nights?|weeks?|wks?|months?|years?|yrs?|decades?|times?|"
    r"of\b(?!\s+(?:cancer|covid|natural|a\s+heart|a\s+stroke|an?\s+overdose|suicide|pneumonia|"
    r"sepsis|leukaemia|wounds|his\s+wounds|her\s+wounds)\b)|"
    r"out\s+of\b|people|men|women|lads|blokes|kids|children|soldiers|troops|staff|points?|pages?|"
    r"quid|bucks|am\b|pm\b|o['’]?clock|hundred|thousand|million|odd|something|ish|"
    + OR_NOT_AGE
    + r"|to\b|"
    r"degrees|knots|mph|kph|mg|ml|tours?|deployments?|rounds|laps|pints|cans|"
    r"and\s+a\s+half\s+(?!when\b|now\b|then\b|at\b|years?\s+old\b|I\b|he\b|she\b|we\b|they\b|"
    r"and\b|but\b|so\b)"
    r"[a-z]|\d|" + "|".join(UNITS) + r"\b|" + UNIT_AFTER
)
# "40+" and "18-24" are ranges, not ages.
# A quantity's word may follow on the next line ("he was 20\nminutes late"), a bare digit not:
# a chat export's next line opens with its date ("hes sixteen\n03/05/2026, 13:42 - ..."),
# though a subtitle's cue timing there makes the number the cue's.
_WORD_QUANTITY = QUANTITY.replace(r"|\d|", "|")
END = (
    r"(?!\w|-(?!ish\b)|[/.:,]\d|\s*\+|\s+" + MONTH + r"\b)(?![ \t]*(?:" + QUANTITY + r"))"
    r"(?![ \t]*\n\s*(?:" + _WORD_QUANTITY + r"))"
    # a subtitle's cue number, its timing on the next line ("2\n00:00:10,035 --> ...")
    r"(?![ \t]*\n\s*\d{1,2}:\d{2}:\d{2}[,.]\d{3})"
)
PERSON_NOUN = (
    r"(?:lad|bloke|man|woman|guy|fella|fellow|fellah|chap|lass|girl|boy|gent|lady|kid|feller|nipper|youngster|"
    r"teenager|squaddie|recruit|baby|child|soldier|marine|sailor|airman|victim|casualty|deceased|"
    r"young\s+one|wee\s+one|laddie|lassie|wean|bairn|youngster|infant|toddler|newborn|widow|"
    r"widower|veteran|(?:ex-?)?service(?:man|woman)|pensioner)"
)
RELATION = (
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
WHOSE = r"(?:my|me|ma|wor|his|her|our|their|your|the|[^\W\d_][\w\-]*['’]s)"
# People named in the plural: "lads of eighteen and nineteen", "men of forty".
PEOPLE = (
    r"(?:lads|boys|girls|men|women|kids|lasses|blokes|youngsters|teenagers|recruits|soldiers|"
    r"children|weans|bairns)"
)
# Children said as such: a small number beside them is an age ("a bairn, three or four").
CHILD_NOUN = r"(?:kid|baby|child|bairn|wean|nipper|toddler|infant|boy|girl|youngster)"
# Things whose age people give as "N-year-old" too: "a 12-year-old malt", "my 20-year-old car".
# a job's word after one of AGED_THINGS: the two name a person's work ("a 19-year-old policy
# adviser", "a 45-year-old school teacher", "a 30-year-old car mechanic")
JOB_AFTER_A_THING = (
    r"(?:advis[eo]rs?|officers?|analysts?|managers?|leads?|workers?|drivers?|engineers?|"
    r"technicians?|assistants?|clerks?|teachers?|nurses?|porters?|cleaners?|mechanics?|"
    r"owners?|directors?|students?|pupils?|apprentices?|volunteers?|administrators?|"
    r"planners?|specialists?|inspectors?|keepers?|operators?|co-?ordinators?|supervisors?|"
    r"attendants?|caretakers?|stewards?|fitters?|electricians?|labourers?|handlers?|guards?|"
    r"receptionists?|secretar(?:y|ies)|governors?|trustees?|fundraisers?|staff)"
)
AGED_THINGS = (
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
RELATION_ADJECTIVE = (
    r"(?:(?:best|old|auld|little|lil|wee|big|baby|eldest|youngest|oldest|younger|older|young)\s+)?"
)
SUBJECT = (
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
CLAUSE_ENDS = (
    r"(?=(?:\s+(?:or|and)\s+(?:\d{1,2}|"
    + CARDINAL
    # a chat message's or a line's end is a clause's: "course he did hes sixteen\n"
    + r"))?\s*(?:[.!?]|$|(?<=[^\W_])[ \t]*(?=\n)|"
    r"\s+(?:and|an|n|&)\s+(?:a\s+bit|(?:he|she|I|hes|shes|im)\b"
    # "she's 4 and thinks the fairy pays 50p", "he's 11 and wants a dino cake" (dev15)
    r"|(?:thinks|wants|loves|hates|still|already|knows|acts|looks|goes|can['’]?t|cannot)\b)|"
    r",\s*(?:nearly|almost|maybe|going\s+on)\s+(?:\d{1,2}|"
    + CARDINAL
    + r")\b|\s+when\b|\s+(?:at\s+the\s+time|back\s+then|"
    r"then|at\s+that\s+point)(?=\s*(?:[.!?,;]|$))))"
)
# Words said between "I was" and an age: "I was, what, nineteen?", "I'm, erm, 41", "about 22".
HEDGE = (
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
NOT_A_NAME = (
    r"(?:It|That|There|This|What|Here|Who|Which|Mine|Ours|Yours|Today|Tomorrow|Now|Where|"
    r"Everything|Nothing|Something|One|Each|Mum|Dad)"
)
SOON = (
    r"(?=\s+(?:next\s+(?:week|month|year|birthday|time)|in\s+"
    + IN_A_WHILE
    + r"|on\s+"
    + WEEKDAY
    + r"|this\s+(?:year|month|week|"
    r"weekend|summer|winter|spring|autumn|" + WEEKDAY + r")|come\s+(?:" + MONTH + r"|"
    r"christmas|the\s+(?:summer|spring|autumn|winter|new\s+year))|soon|tomorrow|2day|2moro|"
    r"2morrow|tmrw|nxt\s+(?:wk|week|mth|month|yr|year))\b)"
)
# What an ordinal after "spent my" or "had my" counts when it is no birthday.
NOT_A_BIRTHDAY = (
    r"anniversary|tour|wedding|year|week|day|time|month|go|attempt|child|kid|baby|son|daughter|"
    r"grandchild|pint|drink|job|posting|deployment|course|place|choice|in\s+command|try"
)
# What may follow an age said after a looser cue ("made me 19 at the time", "we were all 18.",
# a line's end: a survey's answer under its question),
# so that "made me 20 sandwiches" or "we were all 20 in the queue" stay.
AGE_TAIL = (
    r"(?=\s*(?:[.,;!?:)(/|\"”'’]|(?m:$)|\s[-–—]\s|\s+(?:now|then|at|when|this|next|last|in|on|and|but|so|or|I|"
    r"he|she|we|they|you|years?\s+old|today|already|yet|out|over|there|here|with|while|"
    r"during|the|that|before|after|just|recently|myself|himself|herself|lol|haha|mate|like|by|"
    r"though|tho|yeah|yes|innit|love|mind|his|her|my|our|their|me|him|us|them)\b))"
)
# Things people did at an age ("had my first kid at 23", "became a dad at 19").
LIFE_EVENT = (
    r"had\s+(?:my|our|her|his|their|the)\s+(?:first\s+|second\s+|eldest\s+|oldest\s+|"
    r"youngest\s+)?(?:kid|child|baby|son|daughter|boy|girl|lad)|became\s+a\s+(?:dad|mum|"
    r"father|mother|grandad|granddad|grandma|nan|widow|widower|parent)|(?:got|was|were)\s+"
    r"(?:married|engaged|pregnant)|fell\s+pregnant|had\s+(?:him|her|them|the\s+twins)|"
    r"\ba\s+(?:young\s+|teenage\s+|single\s+)?(?:mum|dad|mother|father|widow|widower|"
    r"grandad|granddad|grandma|grandmother|grandfather|nan|gran)|"
    r"had\s+my\s+first\s+[a-z]+|started\s+(?:drinking|smoking|boxing|working|work)"
)
# Ranks said with the age they were reached at ("made sergeant at 26").
RANK = (
    r"lance\s+corporal|l/cpl|lcpl|corporal|cpl|sergeant|serjeant|sgt|staff\s+sergeant|"
    r"colour\s+sergeant|sergeant\s+major|warrant\s+officer|wo[12]|lieutenant|lt|captain|capt|"
    r"major|officer|leading\s+hand|killick|petty\s+officer|chief\s+petty\s+officer|"
    r"flight\s+sergeant|chief\s+tech|bombardier|lance\s+bombardier|bdr"
)
# A round age, as people say one reached: "I hit 50".
ROUND_AGE = r"(?P<id>[3-9]0|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety)"
# Capitalised words before "turned 2" that are no one's name: pronouns and words that open a
# sentence ("She turned 2 cartwheels", "Then turned 2 corners").
NOT_A_NAME_TURNING = (
    r"I|He|She|They|We|You|Then|And|But|So|Just|Also|Still|Again|Once|When|After|Before|"
    r"Finally|Eventually|Slowly|Quickly|Suddenly|Later|Soon|First|Next|Someone|Somebody|"
    r"Everyone|Everybody|Nobody|Anyone"
)
# Ranks as notes shorten them, and titles: "wo2 chukwuemeka balogun (23)", "Mrs Ade (44)".
SHORT_RANK = (
    r"pte|pvt|tpr|spr|gnr|rfn|gdsm|kgn|mne|fus|ab|ab1|ab2|able\s+seaman|ac|lac|sac|lbdr|ssgt|"
    r"csgt|c/sgt|s/sgt|po|cpo|maj|col|flt\s+lt|sqn\s+ldr|wg\s+cdr|fs|ch\s+tech|mr|mrs|ms|"
    r"miss|mx|dr"
)
# What a person was at an age ("I was a Para at 19", "a recruit at 16").
ROLE = (
    r"para|paratrooper|marine|royal\s+marine|commando|sapper|gunner|rifleman|private|pte|"
    r"squaddie|medic|matelot|sailor|airman|recruit|boy\s+soldier|junior\s+soldier|soldier|"
    r"nurse|pilot|apprentice|cadet"
)
# Verbs that put a thing, not a person's life, at a number ("I set the heating at 20", "I was
# driving at 70", "I came in at 40").
NOT_LIFE_VERB = (
    r"set|kept|keep|capped|priced|sold|valued|rated|scored|marked|clocked|timed|finished|stopped|"
    r"paused|held|peaked|topped|maxed|levelled|pegged|fixed|driving|doing|going|travelling|"
    r"speeding|running|cruising|came\s+in|ranked|placed|booked|meet|met|eat|ate|start|starts|"
    r"finish|finishes|open|opens|close|closes|shut|leave|leaves"
)
# Words before "(7)" that number a clause or a thing, not a child.
NOT_A_PERSON_TITLE = (
    r"Section|Part|Schedule|Rule|Article|Clause|Paragraph|Para|Table|Figure|Fig|Annex|Appendix|"
    r"Chapter|Question|Step|Item|Note|Box|Page|Form|Level|Stage|Phase|Option|Room|Flat|Bed|"
    r"Ward|Group|Team|Platoon|Company|Squadron|Regulation|Reg|Act|Line|Row|Col|Column|Q"
)
# Capitalised words before a number that are no child's name ("in Year 9, Bus 6").
NOT_A_CHILD_NAME = (
    r"Year|Yr|Class|Set|Grade|Key|Stage|Bus|Route|Unit|Number|No|Block|Week|Day|Month|Term|"
    r"Book|Series|Season|Episode|Size|Age|Ages|Level|Band|Tier|House|Road|Street|Lane|Bay|"
    r"Gate|Platform|Terminal|Hut|Floor|Wing|Cell|Mark|Mk|Version|Area|Zone|Sector|Camp"
)
# Words before ", 5," or "(5)" that hold no one's age.
NOT_AGE_HOLDER = (
    r"and|or|of|the|a|an|to|in|on|at|for|with|by|from|aged?|years?|yrs?|is|was|are|were|be|"
    r"been|than|about|around|over|under|only|just|nearly|almost|between|scores?|points?|out|"
    r"total|questions?|items?|no|number|nos|ref|ex|also|then|so|but|sessions?|visits?|times?|"
    r"days?|weeks?|months?|hours?|mins?|minutes?|miles?|units?|pints?|calls?|"
    + CARDINAL
    + r"|"
    + MONTH
    + r"|"
    + WEEKDAY
)
# What a person does or is, said after their age set apart: "Abena, 8, is in year 4".
WHAT_A_PERSON_DOES = (
    r"is|was|has|had|are|were|stays|stayed|attends|attended|lives|lived|lost|misses|missed|"
    r"goes|went|seems|seemed|started|starts|works|worked|joined|needs|struggles|struggled|"
    r"struggling|strugglin|doing|doin|got|gets|can|can['’]t|cannot|will|won['’]t|would|did|"
    r"does|didn['’]t|doesn['’]t|isn['’]t|wasn['’]t|hasn['’]t|who|still|now|currently|recently|"
    r"loves|likes|hates|plays|wants|came|comes|moved|left|died|passed|suffers|suffered|"
    r"completed|finished|told|said|says|reports|reported|has\s+been|was\s+seen"
)
# Capitalised words that number a thing ("Room (12)", "Table (4)"), never a surname as well.
NOT_A_NUMBERED_NAME = (
    r"Room|Table|Figure|Fig|Section|Chapter|Question|Step|Item|Note|Form|Level|Stage|Phase|"
    r"Option|Annex|Appendix|Schedule|Clause|Article|Paragraph|Flat|Bed|Platoon|Company|Squadron"
)
# Necessary conditions put in front of two patterns tried at every word (a fifth of the age
# patterns' time): the pattern's own word shape, then only the first characters of what may
# follow it. A lookahead that every match passes changes no match; it fails at most words
# before the long alternations of words that are no name are tried.
# after_name: a capital, a run of non-space characters (every name form it allows is one),
# then "(", ", ", " 52" or " - ".
AFTER_NAME_SHAPE = r"(?-i:(?=[A-Z][^\s(,]*(?:[ \t]{0,3}\(|,\s|,?\s\d|\s[-–])))"
# name_apart_age: its word, then ", " or "(".
APART_AGE_SHAPE = r"(?=[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)?(?:,\s|\s?\())"
# Two capitals that are not a client's initials ("GP (52)" is no age of the GP).
NOT_INITIALS = (
    r"GP|PT|OT|RM|RE|RA|UK|US|NI|MP|TV|PC|HQ|OC|CO|IC|ID|NO|OK|AM|PM|ST|RD|ND|TH|MR|DR|MS|HM|"
    r"RN|QA|IT|HR|AA|NA|DV|OR|IN|ON|AT|TO|OF|IS|BE|WE|HE|ME|MY|SO|UP|GO|DO|NB|PS|CV|BN|BG|VA"
)
# Years after a name that are a time served, not an age: "Hughes 22yrs service".
NOT_AGE_AFTER_YEARS = (
    r"service|served|serving|in|into|of|ago|with|experience|exp|later|before|after|since|"
    r"regular|reserve|reserves|army|navy|raf|rn|rm|man\s+and\s+boy"
)
# A time of day after "at 9": "in the morning", "sharp", "hundred".
NOT_CLOCK = (
    r"(?!\s*(?:past|quarter|half|sharp|hundred|in\s+the\s+(?:morning|evening|afternoon)|at\s+"
    r"night|tonight|this\s+morning)\b)"
)
# What a respondent writes after their age at the start of a line: "34, married, two kids".
LIFE_STATUS = (
    r"(?:married|single|divorced|separated|widowed|engaged|cohabiting|male|female|man|woman|"
    r"veteran|retired|unemployed|(?:a\s+)?(?:dad|mum|father|mother)|living|lives|"
    r"(?:still\s+)?serving|working|employed|student|carer|(?-i:from\s+[A-Z][a-z]+)|"
    r"(?:one|two|three|four|five|no|\d)\s+(?:kids?|children|sons?|daughters?))\b|ex[\s\-]"
)
