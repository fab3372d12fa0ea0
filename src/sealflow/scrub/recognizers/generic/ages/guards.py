"""When a number found beside an age cue is no one's exact age, and what a pattern needs to
count: the youngest age each cue accepts, the words that must come before it (a child
talked of, an age asked), a rule's threshold ("under the age of 18") and an age band
("25-34").
"""

from __future__ import annotations

import re

from sealflow.scrub.recognizers.generic.ages.words import RELATION

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
    r"I|y['’]all|(?:your|his|her|their|the)\s+" + RELATION + r")\b|how\s+old\s*\?|what\s+age|"
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
           "person_of": 5, "child_of": 1, "happy_nth": 13, "me_at": 15, "hit": 18, "gone": 16,
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
           "named_was_pair": 1, "dependant_line": 0, "name_is_already": 1, "name_was_only": 1,
           "name_birthday_when": 1, "nickname_birthday_when": 13,
           "relation_illness_at": 1, "rank_name_is_years": 16, "age_sex_label_years": 1,
           "first_did_at": 13, "at_age_was": 13, "comma_at_age": 16,
           "relation_name_age_sex": 16, "name_age_shorthand": 16, "age_slash_sex": 16,
           "sex_slash_age": 16, "cell_sex_age": 16, "participant_opener": 16,
           "participant_bracket": 16, "did_basic_at": 14, "career_now": 16, "name_is_age": 1,
           "had_a_child_at": 14, "must_be_guess": 1, "listed_children": 0, "would_have_been": 1,
           "attribution_age": 1, "youngest_listed": 1, "cell_age_years": 16,
           "relation_lower_name_is": 1}  # fmt: skip
WEAK_MIN_AGE, MAX_AGE = 12, 105
# Patterns whose "name" must be a name's word (``AgeRecognizer._a_name``), not just a capital.
NAME_CHECKED = frozenset(
    {
        "name_who_is",
        "name_is_age",
        "attribution_age",
        "bracket_name_age",
        "name_ordinal",
        "named_was_pair",
        "name_birthday_when",
        "name_age_shorthand",
        "name_was_only",
        "relation_lower_name_is",
    }
)
_AGE_BAND = re.compile(r"(?<![\w/.:])(\d{2})[-–](\d{2})(?![\w/.:])")


def in_an_age_band(text: str, start: int, end: int) -> bool:
    """Whether ``start``..``end`` is one end of an age band written "25-34", "18-24": two
    numbers of two digits, the second the greater, joined by a dash without spaces ("I'm 34 -
    35 in August" is a speaker correcting themself, "Child 1 - 8 yrs" a list)."""
    for band in _AGE_BAND.finditer(text, max(0, start - 3), min(len(text), end + 3)):
        if int(band.group(2)) > int(band.group(1)) and band.start() <= start and end <= band.end():
            return True
    return False
