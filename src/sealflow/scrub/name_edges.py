"""Name words left at the edge of a found person: one rule for every pass that looks for them.

A first name that is also an ordinary word ("Precious", "Grace") is often not found on its
own, while the surname beside it is: "Precious Doherty" became "Precious [PERSON-1]", and the
first name then stood in the output. A surname a pass missed can likewise stand after a
first name found elsewhere ("WO2 [PERSON-2] Underwood"). The first pass (detect.py), the
closed loop (closed_loop.py) and the residual scan (residual.py) all decide with the
functions here whether a word beside a person joins that person, so what the closed loop
leaves is exactly what the residual scan accepts.

A word joins before a person when it is capitalised and a first name (listed, or an
ordinary-word name of the ambiguous list), or in lower case a listed first name that is no
ordinary word; after a person when it is capitalised and a
listed name or no ordinary word, or in lower case a listed surname that is no ordinary
word. Stop words ("Will", "May"), allowed words, ranks or
titles, the cues before a name ("Dear", "Ask") and short abbreviations ("SU") never join;
only one space or tab may separate the two (no punctuation, no line). Between a rank and a
person any name-shaped word joins but a verb of speech ("lcpl mei [PERSON-2]": the rank and
the surname mark the word between as a first name, whatever lists it is on).

A first name that is an ordinary word, a month or (in lower case) any word ("joy", "hope",
"June", "mere") joins a found lone surname just after it when the word before it opens a
name and cannot make it an ordinary word: the start of a line, punctuation, a conjunction,
a verb of speech or contact, a relation or role ("my sister", "Caller") or a rank, never a
preposition, determiner, pronoun, auxiliary, intensifier, number or time word ("in June
Patel", "no hope hughes", "to be frank smith", "i hope hughes"). In lower case the surname
must be in lower case too ("hope Hughes" is a word before a name), and a month after another
month or time word stays ("May and June Hughes"). A placeholder hides whether the person is
one surname, so the rule decides only where the person's words stand in the text: the first
pass; never beside a placeholder (the closed loop and the residual scan).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from sealflow.scrub.recognizers.forces.rank_name_recognizer import (
    ANY_RANK,
    LOWER_CASE_RANKS,
    NOT_A_FIRST_NAME_AFTER_A_RANK,
    RANK_WORDS,
    SERVICE_AFTER_A_RANK,
    a_rank_ending_a_sentence,
)
from sealflow.scrub.recognizers.generic.person_cues import (
    BEFORE_CUES,
    BEFORE_INITIALS,
    DETERMINERS,
    FAMILY_AFTER_MY,
    RELATION_CUES,
    SPEECH_CUES,
    SPOKE_TO,
    STRONG_BEFORE_CUES,
    THANKS_WORDS,
)
from sealflow.scrub.wordlists import WordLists, strip_suffix

_CUES = BEFORE_CUES | STRONG_BEFORE_CUES
_NAME_WORD = r"[^\W\d_][^\W\d_'’\-]*(?:['’\-][^\W\d_]+)*"
# the last word of a short window, one space or tab before the person
# (one space, not a tab: a tab is a pasted sheet's cell boundary, and a rank or a word in
# the next cell is no part of the name)
_WORD_BEFORE = re.compile(r"(?<![\w'’\-])(" + _NAME_WORD + r") $")
_WORD_AFTER = re.compile(r" (" + _NAME_WORD + r")(?![\w'’\-])")
_WINDOW = 48
# a rank, then one word, then the person: "lcpl mei [PERSON-2]", "Cpl Mei [PERSON-2]"
_RANK_THEN_WORD = re.compile(
    r"(?<![\w/])(?:" + LOWER_CASE_RANKS + r") +(" + _NAME_WORD + r") $", re.IGNORECASE
)
# ranks and titles, one or more ("Lt Col", "Flt Sgt"), ending one space or tab before a person;
# written as listed or in any case (the case is checked in ``rank_before``)
_RANKS_BEFORE = re.compile(
    r"(?<![\w/.’'\-])((?:(?:" + ANY_RANK + r")" + SERVICE_AFTER_A_RANK + r"? +)+)$",
    re.IGNORECASE,
)
# "Cpl (RM) " before a person: the service after the rank goes with it
_SERVICE_ENDING = re.compile(SERVICE_AFTER_A_RANK + r"$")
_RANK_ENDING = re.compile(r"(?:" + ANY_RANK + r")$", re.IGNORECASE)
# Months that are first names too ("June Ashworth", "May Evans"): dates far more often.
_MONTHS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"]
)  # fmt: skip
# Words after which the next word is an ordinary word, not a first name: prepositions,
# determiners and quantifiers, pronouns, "be", auxiliaries and modals, intensifiers and
# words of time ("in June", "no hope", "i hope", "to be frank", "so frank", "last June").
_PREPOSITIONS = frozenset(
    ["about", "above", "across", "after", "against", "along", "among", "around", "as", "at",
     "before", "behind", "below", "beneath", "beside", "between", "beyond", "by", "despite",
     "down", "during", "except", "for", "from", "in", "inside", "into", "like", "near", "of",
     "off", "on", "onto", "out", "outside", "over", "past", "per", "since", "than", "through",
     "throughout", "till", "til", "to", "toward", "towards", "under", "until", "unto", "up",
     "upon", "via", "with", "within", "without"]
)  # fmt: skip
_QUANTIFIERS = DETERMINERS | frozenset(
    ["all", "another", "both", "either", "enough", "few", "half", "its", "less", "little",
     "many", "more", "most", "much", "neither", "other", "own", "several", "such", "what",
     "whatever", "which", "whichever", "whose"]
)  # fmt: skip
_PRONOUNS = frozenset(
    ["i", "we", "you", "u", "they", "he", "she", "it", "one", "who", "someone", "anyone",
     "everyone", "nobody", "i'll", "we'll", "you'll", "they'll", "he'll", "she'll", "i'd",
     "we'd", "you'd", "they'd", "he'd", "she'd", "youll", "theyll"]
)  # fmt: skip
# "be", auxiliaries, modals and the verbs that take an ordinary word as their object
# ("to be frank", "will mark", "lost hope", "keep faith")
_AUXILIARIES = frozenset(
    ["be", "am", "is", "are", "was", "were", "been", "being", "im", "i'm", "it's", "do",
     "does", "did", "have", "has", "had", "will", "would", "shall", "should", "can", "could",
     "may", "might", "must", "get", "got", "gets", "getting", "keep", "kept", "lost", "lose",
     "feel", "felt", "find", "bring", "brings", "brought", "give", "gave", "let", "make",
     "made", "dont", "didnt", "cant", "wont", "wasnt", "isnt"]
)  # fmt: skip
_INTENSIFIERS = frozenset(
    ["so", "very", "too", "really", "quite", "pretty", "rather", "fairly", "extremely", "real",
     "sheer", "pure", "great", "good", "bad", "full", "blind", "false", "true", "new", "old",
     "how", "just", "only", "even", "still", "not", "never", "ever"]
)  # fmt: skip
_TIME_WORDS = frozenset(
    ["last", "next", "early", "late", "mid", "end", "start", "beginning", "middle", "since",
     "until", "till", "til", "during", "between", "through", "by", "every", "each",
     "following", "coming", "previous", "past", "this", "dawn", "dusk", "day", "week",
     "month", "year", "summer", "winter", "spring", "autumn", "monday", "tuesday",
     "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
     "weds", "thu", "thur", "thurs", "fri", "sat", "sun", "of", "first", "second", "third",
     "fourth", "fifth"]
)  # fmt: skip
_NOT_BEFORE_A_FIRST_NAME = (
    _PREPOSITIONS | _QUANTIFIERS | _PRONOUNS | _AUXILIARIES | _INTENSIFIERS | _TIME_WORDS
)
# Words after which the next word opens a name: conjunctions, verbs of speech and contact,
# relations and roles, greetings ("and joy ashworth", "rang hope mensah", "my sister amber
# kowalczyk", "Caller June Whitfield", "hi rose mcintyre").
_OPENS_A_NAME = (
    SPEECH_CUES
    | BEFORE_INITIALS
    | THANKS_WORDS
    | FAMILY_AFTER_MY
    | RELATION_CUES
    | (BEFORE_CUES - _NOT_BEFORE_A_FIRST_NAME)
    | (STRONG_BEFORE_CUES - _NOT_BEFORE_A_FIRST_NAME)
    | frozenset(
        [
            "and", "but", "or", "nor", "n", "then", "cos", "coz", "because", "plus", "tho",
            "though", "when", "while", "whilst", "if", "met", "meet", "saw", "see",
            "seen", "visited", "phoned", "rung", "ring", "contacted", "contact", "spoke",
            "caller", "client", "veteran", "member", "hey", "nok", "re", "cc",
        ]
    )
)  # fmt: skip
# A verb of contact before "to", "with" or "for" ("spoke to June Brook", "ask for mark
# fletcher", "met with June Okafor"): there the preposition opens a name.
_CONTACT_PREPOSITIONS = frozenset(["to", "with", "for"])
_CONTACT_VERBS = SPOKE_TO | THANKS_WORDS | frozenset(
    ["speaking", "talking", "chatting", "ask", "asked", "asking", "spoken", "writing",
     "write", "message", "messaged", "email", "emailed", "met", "meet", "meeting"]
)  # fmt: skip
# what may head a list item or a label's value: bullets, dashes, a quote's mark, a colon
_BULLETS = frozenset("-*•–—>:")
_WORD_AT_END = re.compile(r"([\w'’]+)[ \t]*$")
# a person's placeholder in scrubbed text: "[PERSON-3]", "[PERSON]" (by the study's label)
_PLACEHOLDERS: dict[str, re.Pattern[str]] = {}


# a word written as a name: a capital, then lower case (an apostrophe or hyphen inside)
_NAME_SHAPED = re.compile(r"[A-Z][a-z]+(?:['’\-][A-Za-z][a-z]+)?")
# a word in lower case and one space just before a place
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w'’\-])([a-z]+)[ ]\Z")


def _not_joining(word: str, words: WordLists) -> bool:
    lower = word.lower()
    return (
        not word[:1].isupper()
        # "SU", "OC", "CO": an abbreviation of a role, not a name; "Dear", "Ask", "Tell":
        # the cue that a name follows is no part of it
        or _role_cue_or_abbreviation(word)
        or lower in words.stop_words
        or words.is_allowed(lower)
    )


def joins_before(word: str, words: WordLists) -> bool:
    """Whether ``word``, just before a person, is that person's first name. In lower case
    ("lcpl mei [PERSON-2]", speech typed without capitals) only a listed first name that is
    no ordinary word, stop word, rank or cue joins: its case says nothing there."""
    lower = word.lower()
    if not word[:1].isupper():
        return (
            len(lower) >= 2
            and lower in words.first_names
            and lower not in words.ambiguous
            and not words.is_common_word(lower)
            and not _not_joining(word[:1].upper() + word[1:], words)
        )
    if _not_joining(word, words):
        return False
    # a short form of the diminutive table ("Mo", "Becks") is a first name before a surname
    return (
        lower in words.first_names
        or lower in words.ambiguous
        or lower in words.table_names
        or _an_unlisted_name(word, words)
    )


def _an_unlisted_name(word: str, words: WordLists) -> bool:
    """Whether a capitalised word no list holds is still a first name before a person: no
    list has every name ("Tevita", "Oluwaseun"), and a word written as a name, of four
    letters or more, that is no English word, stands before a surname as its first name far
    more often than as anything else (not "Yesterday Blenkinsop" nor "Thanks Blenkinsop")."""
    return (
        len(word) >= 4
        and _NAME_SHAPED.fullmatch(word) is not None
        and not words.is_common_word(word.lower())
    )


def _a_name_wordnet_holds(text: str, at: int, word: str, words: WordLists) -> bool:
    """Whether ``word`` at ``at``, before a person, is a first name that the lemma tables
    hold as a noun only (WordNet's nouns hold saints and emperors: "Ignatius", "Augustus",
    "Cornelius") with a capital that is not the sentence's: after a word in lower case
    ("call Ignatius Blenkinsop back"). A common noun there is seldom capitalised ("the
    Visitor", "Duty" at a line's start stay), and no inflection of a word counts ("Chased")."""
    lower = word.lower()
    if (
        len(word) < 4
        or _NAME_SHAPED.fullmatch(word) is None
        or lower in _MONTHS
        or lower not in words.noun_only_words
        or any(stem in words.common_words for stem in list(strip_suffix(lower))[1:])
    ):
        return False
    before = _LOWER_WORD_BEFORE.search(text, max(0, at - 30), at)
    return before is not None and before.group(1).lower() not in ("the", "a", "an", "our", "my")


def joins_after(word: str, words: WordLists) -> bool:
    """Whether ``word``, just after a person, is that person's surname. In lower case
    ("[PERSON-1] okafor" of "tobenna okafor") only a listed surname that is no first name,
    ordinary word, stop word, rank or cue joins."""
    lower = word.lower()
    if not word[:1].isupper():
        return (
            len(lower) >= 2
            and lower in words.surnames
            and lower not in words.first_names  # "priya dave": the next person, maybe
            and lower not in words.ambiguous
            and not words.is_common_word(lower)
            and not _not_joining(word[:1].upper() + word[1:], words)
        )
    if _not_joining(word, words):
        return False
    return words.is_listed_name(lower) or not words.is_common_word(lower)


def _first_name_after_rank(word: str, words: WordLists) -> bool:
    """Whether ``word``, between a rank and a person, is the person's first name: any
    name-shaped word but a verb of speech, a stop word, an allowed word, a rank or a cue
    ("lcpl mei [PERSON-2]": "mei" is an ordinary word on no name list, but the rank before
    it and the surname after it say it is a first name; "sgt said [PERSON-2]" is no name)."""
    lower = word.lower()
    return (
        len(lower) >= 2
        and lower.isalpha()
        and lower not in NOT_A_FIRST_NAME_AFTER_A_RANK
        and lower not in words.stop_words
        and not words.is_allowed(lower)
        and lower not in RANK_WORDS
        and lower not in _CUES
    )


def _lone_surname(person: str, words: WordLists) -> bool:
    """Whether ``person`` (a found person's words) is one name word that is no first name
    alone: a surname the first name before it completes ("Ashworth", "pennington")."""
    lower = person.lower()
    return (
        re.fullmatch(_NAME_WORD, person) is not None
        and not (lower in words.first_names and lower not in words.surnames)
        and lower not in RANK_WORDS
    )


def _word_names_a_person(word: str, person: str, words: WordLists) -> bool:
    """Whether ``word``, which ``joins_before`` turns away, may still be a first name before
    a lone surname: a listed first name ("joy", "mere", "June") and no relation, in lower case
    only before a surname in lower case ("hope Hughes": a word before a name), and no
    stop word or allowed word but a month, nor a rank, cue or short abbreviation."""
    lower = word.lower()
    if lower not in words.first_names:
        return False  # the ambiguous list alone holds surnames, ranks, endearments, places
    if lower in FAMILY_AFTER_MY or lower in RELATION_CUES:
        return False  # "me mam wong", "our nan patel": the relation, not her name
    if word[:1].islower() and not person[:1].islower():
        return False
    capitalised = word[:1].upper() + word[1:]
    if lower in _MONTHS:
        return not _role_cue_or_abbreviation(capitalised)
    return not _not_joining(capitalised, words)


def _role_cue_or_abbreviation(word: str) -> bool:
    """Whether ``word`` is a rank or title, a cue before a name, a letter or a short
    abbreviation: never a first name, whatever lists it is on."""
    lower = word.lower()
    return (
        len(lower) < 2
        or (word.isupper() and len(word) <= 3)
        or lower in RANK_WORDS
        or (lower in _CUES and lower not in _CUES_THAT_ARE_NICKNAMES)
    )


# cues before a name that are also what the person is called, and so go with the name:
# "Ask Doc [PERSON-2]" (the medical officer, called Doc to their face)
_CUES_THAT_ARE_NICKNAMES = frozenset(["doc"])


def _previous_words(text: str, start: int, count: int) -> list[str]:
    """Up to ``count`` words before ``start`` on its line, nearest first, lower case, and
    stopping at punctuation (a comma or full stop ends what the words before can say)."""
    found: list[str] = []
    line_start = max(text.rfind("\n", 0, start) + 1, start - _WINDOW)
    end = start
    while len(found) < count:
        word = _WORD_AT_END.search(text, line_start, end)
        if word is None or text[word.end(1) : end].strip(" \t"):
            break
        found.append(word.group(1).lower())
        end = word.start(1)
    return found


def _heads_an_instruction(before: str, previous: list[str]) -> bool:
    """Whether a word after ``before`` stands where an instruction starts: a line's start,
    a bullet or a colon ("- chase patel", "Action: chase okafor"), or after "then"."""
    return (
        not before
        or before[-1] == "\n"
        or before[-1] in _BULLETS
        or (bool(previous) and previous[0] == "then")
    )


def _opens_a_name(text: str, start: int, month: bool, verb: bool) -> bool:
    """Whether what stands before ``start`` lets the word there open a name: a line's start
    or punctuation, or a word that opens a name and cannot make the next an ordinary word;
    before a month, no month or time word just before ("May and June Hughes"); a word that
    is also a verb, not where an instruction starts ("- chase patel re the forms")."""
    before = text[max(0, start - _WINDOW) : start].rstrip(" \t")
    previous = _previous_words(text, start, 3)
    if verb and _heads_an_instruction(before, previous):
        return False
    if not before or before[-1] == "\n" or not (before[-1].isalnum() or before[-1] in "'’"):
        return True
    if not previous:
        return False
    nearest = previous[0]
    if month and any(w in _MONTHS or w in _TIME_WORDS for w in previous):
        return False
    if any(c.isdigit() for c in nearest) or nearest.endswith(("'s", "’s", "'", "’")):
        return False  # "3 June", "5th June", "Josefa's June": a date, or a thing owned
    if nearest in _CONTACT_PREPOSITIONS:
        return len(previous) > 1 and previous[1] in _CONTACT_VERBS
    return nearest not in _NOT_BEFORE_A_FIRST_NAME and (
        nearest in _OPENS_A_NAME or nearest in RANK_WORDS
    )


# a letter's or a message's closing word, which opens the line of the writer's name ("Love
# Jane x", "Cheers Gaz"): no first name, though "Love" is one somewhere
_SIGN_OFFS = frozenset(["love", "cheers", "thanks", "regards", "best", "ta", "yours", "warmly"])


def _one_before(text: str, start: int, words: WordLists, person: str | None = None) -> int | None:
    found = _WORD_BEFORE.search(text, max(0, start - _WINDOW), start)
    if found is None or found.end() != start:
        return None
    if found.group(1).lower() in _SIGN_OFFS and _opens_its_line(text, found.start(1)):
        return None
    if joins_before(found.group(1), words) or _a_name_wordnet_holds(
        text, found.start(1), found.group(1), words
    ):
        return found.start(1)
    word = found.group(1)
    if (
        person is not None
        and _lone_surname(person, words)
        and _word_names_a_person(word, person, words)
        and _opens_a_name(
            text,
            found.start(1),
            month=word.lower() in _MONTHS,
            verb=word[:1].islower() and word.lower() in words.verbs,
        )
    ):
        return found.start(1)
    ranked = _RANK_THEN_WORD.search(text, max(0, start - _WINDOW), start)
    if ranked is not None and _first_name_after_rank(ranked.group(1), words):
        return ranked.start(1)
    return None


def _written_as_a_rank(word: str, words: WordLists) -> bool:
    """Whether a word of a rank before a name is the rank, not an ordinary word: written
    with a capital ("Sister Evans", "Fus Drummond"), or, in lower case, a word that is no
    ordinary English ("sgt", "lcpl") or a short form ("po", "ab"), and so no relation or
    adjective ("my sister jane" keeps "sister", "the major" keeps its word)."""
    bare = word.strip(".")
    lower = bare.lower()
    return (
        bare[:1].isupper()
        # a short form beside a name already found ("po drummond", "ab jones", "col reeves"):
        # alone these are words, before a name they are its rank
        or (len(lower) <= 3 and lower not in words.stop_words)
        or (not words.is_common_word(lower) and lower not in words.stop_words)
    )


def rank_before(text: str, start: int, words: WordLists) -> int | None:
    """Where the ranks and titles just before the person at ``start`` begin ("Cpl" of "Cpl
    W Grant", "Lt Col" of "Lt Col Price"), or None. A rank with a name names one person (in
    a small unit "the Lt Col" may be enough), so docs/DATA.md counts it as part of the
    name: whichever pass found the name, the rank goes under the same placeholder."""
    found = _RANKS_BEFORE.search(text, max(0, start - _WINDOW), start)
    if found is None or found.end() != start:
        return None
    # leading words that are ordinary words here stay ("the major M Smith" keeps "major")
    rank_words = list(re.finditer(r"\S+", found.group(1)))
    while rank_words and not _written_as_a_rank(rank_words[0].group(0), words):
        rank_words.pop(0)
    if not rank_words:
        return None
    begin = found.start(1) + rank_words[0].start()
    # what is left must still end in a whole rank
    if not _RANK_ENDING.search(_SERVICE_ENDING.sub("", text[begin:start].rstrip(" \t"))):
        return None
    if a_rank_ending_a_sentence(text, begin, rank_words[-1].group(0)):
        return None  # "my cpl. dave was great": a rank as a noun ends the sentence
    return begin


def _one_after(text: str, end: int, words: WordLists) -> int | None:
    found = _WORD_AFTER.match(text, end)
    if found is None or not joins_after(found.group(1), words):
        return None
    return found.end(1)


def _opens_its_line(text: str, at: int) -> bool:
    """Whether only spaces stand between the line's start and ``at``."""
    line_start = text.rfind("\n", 0, at) + 1
    return not text[line_start:at].strip()


def name_before(text: str, start: int, words: WordLists, end: int | None = None) -> int | None:
    """Where the first names joining the person at ``start`` begin ("Mary Grace" before
    a surname: both), or None. ``end``, where the person ends when its words stand in the
    text (not a placeholder), lets a first name that is an ordinary word join a lone
    surname ("joy ashworth", "June Okafor")."""
    person = None if end is None else text[start:end]
    found = _one_before(text, start, words, person)
    while found is not None and (step := _one_before(text, found, words)) is not None:
        found = step
    return found


def name_after(text: str, end: int, words: WordLists) -> int | None:
    """Where the surnames joining the person that ends at ``end`` end, or None."""
    found = None
    while (step := _one_after(text, end if found is None else found, words)) is not None:
        found = step
    return found


def person_placeholders(label: str = "PERSON") -> re.Pattern[str]:
    """The pattern of a person's placeholder under the study's label."""
    if label not in _PLACEHOLDERS:
        _PLACEHOLDERS[label] = re.compile(r"\[" + re.escape(label) + r"(?:-\d+)?\]")
    return _PLACEHOLDERS[label]


def words_beside_placeholders(
    text: str, words: WordLists, label: str = "PERSON"
) -> Iterator[tuple[int, int, re.Match[str]]]:
    """(start, end, placeholder) of each name word standing beside a person's placeholder
    in scrubbed text ("Precious [PERSON-1]", "[PERSON-2] Underwood")."""
    for match in person_placeholders(label).finditer(text):
        before = name_before(text, match.start(), words)
        if before is not None:
            yield before, match.start() - 1, match
        after = name_after(text, match.end(), words)
        if after is not None:
            yield match.end() + 1, after, match
