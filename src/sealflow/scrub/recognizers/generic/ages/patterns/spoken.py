"""Ages as people say them aloud: "I was, what, nineteen?", "Seventeen, I was.", "Sixteen.
Just sixteen.", "How old were you? - Nineteen.", "I've just gone 30", "pushing 50", "the big
4-0", "me, 34", "Am 34", "she'd have been nine", "I hit 50 and...".

Speech puts an age first, answers a question with it alone, corrects it ("42. No - 59") and
hedges it; these patterns take those shapes (tests/unit/scrub/test_ages_as_said*.py).
"""

from __future__ import annotations

from sealflow.scrub.recognizers.generic.ages.words import (
    AGE_TAIL,
    CLAUSE_ENDS,
    END,
    HEDGE,
    NOT_CLOCK,
    NUMBER,
    RANK,
    RELATION,
    RELATION_ADJECTIVE,
    ROLE,
    ROUND_AGE,
    SOON,
)
from sealflow.scrub.recognizers.spoken_numbers import CARDINAL

PATTERNS = (
    ("correction", r"(?:['’]s|\bis|\bwas|\bI['’]?m|\bI\s+am)\s+(?:\d{1,3}|" + CARDINAL
     + r")[.,!]?\s+(?:not|no|sorry|I\s+mean|wait|or)\b[\s,\-–]*" + NUMBER + END, 0.7),
    ("corrected", r"(?:['’]s|\bis|\bwas)\s+" + NUMBER + r"(?=[.,!]?\s+not\s+(?:\d{1,3}|"
     + CARDINAL + r")\b)", 0.7),
    ("here_first", r"(?:^|(?<=[\n:]))[ \t]*" + NUMBER + r"\s+here\b(?=\s*[,.;!:)(\-–]|$)",
     0.6),
    ("now_first", r"(?:^|(?<=[.!?\n(]))\s*now\s+" + NUMBER + r"(?=\s*(?:[,.;)]|and\b))",
     0.6),
    ("how_old_end", r"\bhow\s+old\s*\?[\s\"”]*(?:\n[^\n:]{0,25}:\s*)?(?:(?:about|only|just|"
     r"erm+|um+|uh+|well|oh)[,\s]+)*" + NUMBER + END + AGE_TAIL, 0.7),
    ("months_off", r"\b(?:days?|weeks?|months?|year)\s+(?:off|short\s+of|away\s+from|from)\s+"
     + NUMBER + END + AGE_TAIL, 0.6),
    ("big_one", r"\bthe\s+big\s+" + NUMBER + END + AGE_TAIL, 0.6),
    ("makes_me", r"\b(?:makes?|made|making)\s+(?:me|him|her|them|you)\s+(?:just\s+|only\s+|"
     r"about\s+|nearly\s+)?" + NUMBER + END + AGE_TAIL, 0.6),
    ("said_first", r"(?:^|(?<=[.!?\n:]))\s*['‘\"“]?(?:(?:nearly|almost|just|only|coming\s+up|"
     r"just\s+turned|turned)\s+)?" + NUMBER + r"(?:(?:,\s*(?:\d{1,3}|"
     + CARDINAL + r"))?,?\s+(?:I|he|she|"
     r"they)\s+(?:was|were|am|is)\b(?=\s*[.!?,;]|$|\s+when\b)|\s+(?:now|today)(?=\s*[.!,;]|$|\s+and\b)|"
     r"\s+(?:and|&)\s+(?:still|already|never|not\s+yet)\b|\s+and\s+(?:a|an)\s+(?:"
     + RANK + r"|"
     + ROLE + r")\b|,\s+and\s+(?:I|he|she)\s+(?:was|were)\s+"
     r"(?:in|at|on|out|a|an|already|still|just|only)\b|"
     r"\s+at\s+the\s+time\b|\s+for\s+me\b|"
     + SOON[3:-1] + r"|\s+next\s+birthday\b)", 0.6),
    # an age said alone, then again for weight: "Sixteen. Just sixteen.", "19, only 19"
    ("said_twice", r"(?:^|(?<=[.!?\n:]))[ \t]*['‘\"“]?" + NUMBER + r"[ \t]*[.!…,]+[ \t]*"
     r"(?:just|only|barely|not\s+even|all\s+of|a\s+mere)\s+(?P=id)(?![\w\-])", 0.6),
    ("how_old", r"\b(?:how\s+old|what\s+age)(?:['’]s|\s+(?:are|were|is|was))\s+(?:you|he|she|"
     r"they|I|we|(?:your|his|her|the|my|our|their)\s+" + RELATION_ADJECTIVE + RELATION
     + r")\b[^\n?]{0,30}"
     r"\?[\s\"”]*(?:\n[^\n:]{0,25}:\s*|(?-i:[A-Z][A-Za-z0-9]{0,11}):\s*)?(?:(?:I['’]m|I\s+am|I\s+was|he['’]s|she['’]s|he\s+was|"
     r"she\s+was|they['’]re|about|only|just|erm+|um+|uh+|well|oh)[,\s]+)*" + NUMBER + END
     + AGE_TAIL,
     0.7),
    ("pushing", r"\b(?:coming\s+up(?:\s+to)?|heading\s+(?:for|towards)|nudging|rising|"
     r"pushing|approaching|knocking\s+on|getting\s+on\s+"
     r"for)\s+" + NUMBER
     + END, 0.6),
    ("gone", r"\b(?:I['’]ve|I\s+have|I['’]d|I\s+had|I['’]m|I\s+was|(?:he|she)(?:['’]s|['’]d|"
     r"\s+has|\s+had|\s+was))\s+(?:just\s+|only\s+|now\s+)?gone\s+" + NUMBER + END + AGE_TAIL
     + NOT_CLOCK, 0.6),
    ("how_old_after", r"\b" + NUMBER + r"[.!,]?\s+(?:that['’]s|that\s+is|that\s+was)\s+how\s+"
     r"old\b", 0.7),
    ("answer", r"(?:^|(?<=\n))(?:[^\n:]{0,25}:[ \t]*)?(?:(?:yeah|yes|aye|yep|oh|well|erm+|um+|"
     r"uh+|about|only|just|I\s+think|let\s+me\s+think|hmm+|I['’]d\s+have\s+been|I\s+was)"
     r"(?:[\s,.]+|\.{3}|…))*['‘\"“]?" + NUMBER + END + AGE_TAIL, 0.6),
    ("me_first", r"(?:^|(?<=[\n:.!?]))[ \t]*(?:me|myself|same\s+here|mine\s+was)[,?!.:]*\s+"
     + NUMBER + END + AGE_TAIL, 0.6),
    # "goin on 40", "I'm going on 50" (but "17 going on 30" is an idiom: no number before)
    ("going_on", r"(?:(?:^|(?<=[.!?\n]))[ \t]*|\b(?:I['’]?m|I\s+am|(?:he|she)['’]s|"
     r"(?:he|she)\s+is)\s+(?:now\s+)?)goin[g'’]?\s+on(?:\s+for)?\s+" + NUMBER + END, 0.6),
    # "I never thought I'd see fifty", "he never made it to 30", "lived to see 90"
    ("see_age", r"\b(?:live[ds]?\s+to(?:\s+see)?|never\s+(?:see|saw|reached|made\s+it\s+to)|"
     r"(?:I|he|she|you|we|they)(?:['’]d|\s+would|\s+will|['’]ll)\s+(?:ever\s+|never\s+)?"
     r"(?:see|reach|make\s+it\s+to)|didn['’]t\s+(?:see|reach|make\s+it\s+to))\s+" + NUMBER
     + r"(?=\s*(?:[.!?,;]|$))", 0.6),
    # "he was my age, 19", "the same age as me, 19"
    ("age_comma", r"\b(?:same\s+age\s+as\s+(?:me|you|him|her|us|them|my\s+\w+)|(?:my|his|her|"
     r"your|our)\s+age)\s*[,:(—–\-]\s*(?:about\s+|only\s+|just\s+)?" + NUMBER + END
     + AGE_TAIL, 0.6),
    # text speak with the "I" dropped: "Am 34 n av 2 kids"
    ("am_first", r"(?:^|(?<=[.!?\n]))[ \t]*am\s+" + HEDGE + NUMBER + END, 0.6),
    # age5 (tests/unit/scrub/test_ages_probe5.py, from a probe written blind): a person's
    # age said to end a clause, so a child's small one counts too: "She'd have been, what,
    # nine?", "When my dad left I was ten", "He's ten and he worries", "I'd have been 11 or 12"
    ("clause_final", r"\b(?:(?:I|he|she|they)(?:['’]s|['’]m|\s+am|\s+is|\s+was|\s+were|"
     r"['’]d\s+be|\s+would\s+(?:have\s+been|be)|['’]d(?:['’]ve|\s+have)\s+been|"
     r"\s+would['’]ve\s+been|\s+(?:must|might|could|would|should|may|can['’]?t|couldn['’]t)"
     r"(?:\s+have|['’]ve)\s+been)|hes|shes|im)[\s,]+" + HEDGE + NUMBER
     + END + CLAUSE_ENDS, 0.6),
    # "When I was a kid, like eight or nine", "when she was little, about six"
    ("when_young", r"\bwhen\s+(?:I|he|she|we|they)\s+(?:was|were)\s+(?:younger|young|little|"
     r"small|tiny|a\s+(?:kid|child|boy|girl|lad|lass|nipper|bairn|wean|teenager|baby|"
     r"youngster))[\s,]+" + HEDGE + NUMBER + END + AGE_TAIL, 0.6),
    # a round age reached: "I hit 50 and everything fell apart" (never a speed or a score:
    # a person hits it, and it ends the clause)
    ("hit_decade", r"\b(?:I|he|she|you)\s+(?:just\s+)?(?:hit|reached)\s+" + ROUND_AGE
     + r"(?=\s*(?:[.!?;]|$)|\s+and\s+(?:everything|it|life|things|that|then|I|he|she|my|"
     r"me)\b)", 0.6),
    # "When I hit 40, I got divorced": the time said by the age reached
    ("when_hit_decade", r"\b(?:when|once|after|before|until|till|by\s+the\s+time)\s+"
     r"(?:I|he|she|you)\s+(?:just\s+)?(?:hit|reached)\s+" + ROUND_AGE
     + r"(?=\s*(?:[,.!?;]|$))", 0.6),
)  # fmt: skip
