"""First names that are also English words, read as names by what the sentence says of them.

"bill sorted it", "pat was lovely", "rob from the unit came round", "Sue in the office was a
star": survey answers and interviews name people by first name alone, often in lower case,
and some of the commonest first names are words (a bill, to pat, to rob, to sue). The person
scanner already takes such a word before a verb of speaking or contact ("grace helped me",
"Mark rang"); what it did not take is a word-name in a person's place in the sentence with a
predicate only a person has: a person's praise ("was lovely", "was a star"), a workplace
("from the unit", "in the office", "at welfare"), or doing what people do for people
("sorted it", "listened", "came round", "picked me up").

Both ends must agree, so that the words stay words:
- before: the name opens a clause (the start of the text or a line, after a sentence's end or a
  comma, or after "and", "but", "so", "then", "with", "me and"); never after a determiner,
  pronoun or preposition ("the bill sorted", "I will sort", "to mark the kit");
- after: one of the predicates above, right after the word.
Abstract nouns that are names (hope, faith, grace, joy, dawn, will) take only the workplace
("faith was a rock", "hope came too late" are words), and "bill" takes no doing ("Bill sorted."
in a case note is a bill).
"""

from __future__ import annotations

import re

# First names that are everyday words, as people in the UK are named: the names a survey
# answer types in lower case and an ordinary reading would keep. Surnames, places, months,
# ranks and kin words that are also names (Baker, Florence, May, Major, Nan) are not here:
# their word reading is the common one; nor are names whose word goes with a workplace ("kit
# in the stores", "a grant from SSAFA", "art in the education centre", "miles from the base",
# "guy from HR").
WORD_FIRST_NAMES = frozenset(
    [
        "amber", "bill", "bob", "chuck", "crystal", "daisy", "dawn", "dean", "dolly", "don",
        "drew", "earl", "eve", "faith", "fern", "frank", "glen", "grace", "harry", "hazel",
        "heather", "holly", "hope", "iris", "ivy", "jack", "jade", "joy", "lance", "lily",
        "mark", "max", "mike", "milly", "molly", "nick", "olive", "pat", "patty", "pearl",
        "penny", "perry", "polly", "poppy", "ray", "reg", "rich", "rob", "robin", "rod", "rose",
        "ruby", "sally", "sue", "teddy", "terry", "tony", "violet", "wade", "warren", "will",
    ]
)  # fmt: skip
# Names whose word is an abstract noun or a modal: only a workplace makes them a person
# ("faith was a rock", "hope was a lifesaver", "dawn came up" are the words).
ABSTRACT_WORD_NAMES = frozenset(["dawn", "faith", "grace", "hope", "joy", "will"])
# Names whose word is a thing a case note reports done ("Bill sorted.", "Bill paid"): only
# praise or a workplace makes them a person.
THING_WORD_NAMES = frozenset(["bill"])

_OPENER_WORDS = r"(?:and|but|so|then|with|cos|because|also|plus|n)"
# What stands right before a name that opens a clause.
_OPENS = re.compile(
    r"(?:\A|[.!?;:\n(\"“]\s*|,\s*|(?<![\w'’])" + _OPENER_WORDS + r"\s+)\Z", re.IGNORECASE
)
_ADVERB = r"(?:(?:really|so|very|absolutely|just|always|properly|dead|well|proper|super)\s+)?"
_PRAISE = (
    r"(?:lovely|brilliant|brill|great|amazing|fab|fabulous|fantastic|excellent|wonderful|kind|"
    r"helpful|supportive|sound|understanding|approachable|patient|caring|awesome|spot\s+on|"
    r"a\s+(?:legend|star|diamond|godsend|rock|saint|gem|lifesaver|life\s+saver))"
)
_WORKPLACE = (
    r"(?:unit|office|welfare|hr|hive|regiment|squadron|sqn|platoon|company|coy|section|troop|"
    r"battery|team|med\s+centre|medical\s+centre|education\s+centre|families\s+office|"
    r"padre'?s?(?:\s+office)?|ssafa|camp|base|station|ward|clinic|surgery|gym|guardroom|"
    r"naafi|stores|qm'?s?|orderly\s+room|ops|admin)"
    # "Mark in the office diary": the workplace's own things, not a person there
    r"(?!\s+(?:diary|calendar|system|log|book|file|records|computer|database|inbox|email|"
    r"e-mail|account|budget|fund))"
)
_DOINGS = (
    r"(?:sorted|listened|visited|phoned|popped|arranged|referred|recommended|organised|"
    r"organized|came\s+(?:round|over|to\s+see|and)|checked\s+(?:in|on|up)|picked\s+(?:me|us)|"
    r"put\s+me\s+(?:in\s+touch|forward)|got\s+me|took\s+me|drove\s+me|looked\s+after)"
)
_PRAISED = re.compile(r"\s+(?:was|is|has\s+been)\s+" + _ADVERB + _PRAISE + r"\b", re.IGNORECASE)
_PLACED = re.compile(
    r"\s+(?:from|in|at|on)\s+(?:the\s+|our\s+|my\s+)?" + _WORKPLACE + r"\b", re.IGNORECASE
)
_DOING = re.compile(r"\s+" + _DOINGS + r"\b", re.IGNORECASE)
_PRAISED_SHORT = re.compile(r"['’]s\s+" + _ADVERB + _PRAISE + r"\b", re.IGNORECASE)


# Someone spoken to by name: "Grace, you were nodding there?", "Shiner, you said that".
# "Hope, you know, ..." and "Will, you see" are a word's turn of phrase, not an address.
_YOU_AFTER = re.compile(r",[ \t]+(?:you|your)\b(?![ \t]+(?:know|see)\b)", re.IGNORECASE)
# ... and thanked or greeted by it at a sentence's end: "thanks for listening, Grace."
_THANKED_BEFORE = re.compile(
    r"\b(?:thanks|thank\s+you|cheers|sorry|no\s+offence|ta|bye|morning|afternoon|evening|"
    r"hi|hello|hiya|welcome)\b[^.!?\n]{0,30},[ \t]*\Z",
    re.IGNORECASE,
)
_SENTENCE_END_AFTER = re.compile(r"[ \t]*[.!?](?:\s|\Z)")


def addressed_by_name(text: str, start: int, end: int) -> bool:
    """Whether the word at ``text[start:end]`` is someone spoken to: it opens a clause and
    ", you" follows, or it closes a thanks or greeting at a sentence's end. A name alone in
    either place is the person it speaks to, whatever else the word means."""
    if _OPENS.search(text, max(0, start - 12), start) and _YOU_AFTER.match(text, end):
        return True
    return bool(
        _SENTENCE_END_AFTER.match(text, end)
        and _THANKED_BEFORE.search(text[max(0, start - 48) : start])
    )


def word_name_in_a_persons_place(text: str, start: int, end: int) -> bool:
    """Is the word-name at ``text[start:end]`` a person by where it stands and what is said
    of it? The word must open a clause and be followed by a person's predicate."""
    key = text[start:end].lower()
    if key.endswith(("'s", "’s")):  # "penny's a diamond": the scanner's token holds the 's
        key, end = key[:-2], end - 2
    if key not in WORD_FIRST_NAMES:
        return False
    if addressed_by_name(text, start, end):
        return True
    if not _OPENS.search(text, max(0, start - 12), start):
        return False
    if _PLACED.match(text, end):
        return True
    if key in ABSTRACT_WORD_NAMES:
        return False
    if _PRAISED.match(text, end) or _PRAISED_SHORT.match(text, end):
        return True
    return key not in THING_WORD_NAMES and _DOING.match(text, end) is not None
