"""Where the age patterns look (speed only: the same matches as trying every pattern over the
whole text). Every age holds a number, so each pattern is tried near the numbers, and only
in the windows that hold the literal words it cannot match without.
"""

from __future__ import annotations

import re

from sealflow.scrub.recognizers.generic.ages.words import NUMBER
from sealflow.scrub.recognizers.spoken_numbers import CARDINAL

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
    "child_of": ("of",),
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
NUMBER_FIRST = r"\b" + NUMBER
_NUMBER_START = re.compile(
    r"(?:\b|(?<=[MF])|(?<=[MF]/))(?=[0-9zotfsen])(?:\d+|" + CARDINAL + r"|fortieth|fiftieth)",
    re.IGNORECASE,
)

# A clock time or a full date ("15:44", "24/05/2024", "05.12.25"): no number inside is an age.
_CLOCK_OR_DATE = re.compile(
    r"(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])"
    r"|(?<![\d/.\-])\d{1,4}([/.\-])\d{1,2}\1\d{2,4}(?![\d/.\-])"
)
# Ages run to three digits at most; a longer run of digits, one with a leading zero, or one
# over any age is a phone, reference or account number's part.
_LARGEST_AGE = 130


def _could_be_an_age(number: str, start: int, clock_or_date: list[tuple[int, int]]) -> bool:
    """Whether a number could be someone's age: a number word, or one to three digits up to
    ``_LARGEST_AGE`` outside a clock time or a date. The patterns are tried only near those
    (speed): every age pattern's match holds its age, which is such a number, and the other
    numbers in a text rich in phone numbers, dates and references (a case note's contact
    lines) spread the windows over most of it."""
    if not number[0].isdigit():
        return True
    if len(number) > 3 or (len(number) > 1 and number[0] == "0") or int(number) > _LARGEST_AGE:
        return False
    return not any(lo <= start < hi for lo, hi in clock_or_date)


# How far a pattern reaches before and after its number (cue words, a name, brackets).
_REACH_BEFORE, _REACH_AFTER = 120, 80


def _windows(numbers: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The stretches of text within reach of a number, merged where they overlap; each
    widened to the spaces around it, so that no window's edge cuts a word or a number in
    two (a pattern reads a window's edge as the text's: "25" of "25757212" is no age)."""
    merged: list[list[int]] = []
    length = len(text)
    for start, end in numbers:
        lo, hi = max(0, start - _REACH_BEFORE), min(length, end + _REACH_AFTER)
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < length and not text[hi].isspace():
            hi += 1
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return [(lo, hi) for lo, hi in merged]


def cached_in(word: str, lower: str, memo: dict[str, bool]) -> bool:
    """``word in lower``, each cue word looked for once per text."""
    found = memo.get(word)
    if found is None:
        found = memo[word] = word in lower
    return found


class AroundNumbers:
    """One text's numbers, the windows around them, and which windows hold each cue word.

    About a hundred patterns share a few dozen cue words: each word is looked for once per
    window instead of once per pattern, and the windows holding a pattern's cues are kept in
    text order as before."""

    def __init__(self, text: str) -> None:
        clock_or_date = [m.span() for m in _CLOCK_OR_DATE.finditer(text)]
        self.numbers = [
            (m.start(), m.end())
            for m in _NUMBER_START.finditer(text)
            if _could_be_an_age(m.group(0), m.start(), clock_or_date)
        ]
        self.windows = _windows(self.numbers, text)
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
