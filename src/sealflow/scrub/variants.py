"""Other forms of a name already found in the document: the mentions no recognizer sees alone.

Once "Gareth Hughes" is found, "H-U-G-H-E-S" (spelled out), "Huhges" (misspelt), "Gaz"
(a diminutive), the "D." of "D. Hughes" and "Priya" + newline + "Shah" are the same person
too. Each rule is anchored on a name found by a recognizer, so nothing here finds a name
on its own: an ordinary word never becomes a name because it resembles one, and a word of
the allow list or of ordinary English is never matched as a misspelling.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import itertools
import re
from collections.abc import Mapping, Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from sealflow.scrub.detect import COLUMN_OF_NAMES, Detection, name_words, opens_sentence
from sealflow.scrub.display_name_chains import letter_closing
from sealflow.scrub.initials_in_slots import INITIALS_IN_A_SLOT
from sealflow.scrub.neighbour_names import NAMED_BY_ADDRESS
from sealflow.scrub.people import (
    NOT_INITIALS,
    RANK_WORDS,
    SUFFIX_MIN_LENGTH,
    SURNAME_PARTICLES,
    Mention,
    could_be_misspelling,
    parse_mention,
    pet_form,
    spelled_out,
    surname_pet,
)
from sealflow.scrub.recognizers.generic.person_cues import (
    ADDRESS_FORMS,
    AFTER_CUES,
    BEFORE_INITIALS,
    CIVIL_TITLE,
    DETERMINERS,
    FAMILY_AFTER_MY,
    NOT_INITIALS_PAIRS,
    NOT_NAMES_LOWER,
    SPEECH_CUES,
    SPOKE_TO,
)
from sealflow.scrub.spans import overlaps_any
from sealflow.scrub.speech_slots import SLOT
from sealflow.scrub.wordlists import WordLists, fold

VARIANT = "name_variant"
# initials of a found person ("hs", "TA"): kept by keep_word_names though "hs" is a word
INITIALS = "name_initials"
# Letters one by one, at least four: "H-U-G-H-E-S", "h u g h e s", "N.O.W.A.K".
# (a line break may fall between two letters: "S. A. N. D." + newline + "H. U.")
_SPELL_GAP = (
    r"(?:[\s,.\-]+(?:space|hyphen|dash|apostrophe)[\s,.\-]+|\s?-\s?|[ \t\n]|\.[ \t\n]?|,[ \t\n]?)"
)
_SPELLED_RUN = re.compile(
    r"(?<![\w'’-])[^\W\d_](?:" + _SPELL_GAP + r"[^\W\d_]){2,}\.?(?![\w-])", re.IGNORECASE
)
# "spelled", "spell it again:", "spelling for the form:", "that's", "surname": a spelling
# follows; then three letters are enough ("R A I")
_SPELLING_CUE = re.compile(r"(?i)\b(?:spel\w*|that'?s|it'?s|surname|name)\b[^.\n]{0,30}$")
# a capitalised word, accents included ("Soobczyński"), not "McDonald" (checked in use)
# and a name in quotes ("wrote to SU as 'NicLòeid'"), not the "Driscoll" of "O'Driscoll"
# (a possessive stays out: "Mo" of "Mo's mum")
_WORD = re.compile(r"(?<![\w-])(?<!\w['’])[^\W\d_](?:[^\W\d_]|['’](?=[^\W\d_])(?!s\b))+(?![\w-])")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
_INITIAL_BEFORE = re.compile(r"(?<![\w.\-])([A-Z])\.?[ \t]$")
# a surname's initial after a first name: "Kasia M:", "Dave S. said", "Gaz W, you", a
# display name before its time or topic ("Kamal R  1130hrs", "Delroy C - appts"); not
# "Hughes D Company" (a capitalised word follows) nor "Priya I think" (see extend_initials)
_INITIAL_AFTER = re.compile(
    r"[ \t]([A-Z])(?![\w'’&])(?=$|[.:,;!?)\n]|[ \t]+[a-z(\[]|[ \t]+\d|[ \t]+[-–][ \t])"
)
_ONE_WORD = re.compile(r"[A-Z][a-z'’]+")
# a name ending in an initial, and the initials glued to it by full stops: "Sandford, J." +
# "P." ("Sandford, J.P."), "SMITH J" + ".R."
_TRAILING_INITIAL = re.compile(r"(?<![^\W\d_])[A-Z]\.?")
_GLUED_INITIALS = re.compile(r"\.?[A-Z](?:\.[A-Z])*(?![\w'’\-])")
# two initials joined by a hyphen before a surname: "J-P Martin", "A-M Costello"
_HYPHEN_INITIALS_BEFORE = re.compile(r"(?<![\w.\-])[A-Z]-[A-Z][ \t]$")
# initials dotted before a surname: "K.F. Boateng", "m.s. grabowski". Capitals run together
# ("HM Liu") are not taken: in forms and minutes they are as often another person's initials
# beside a surname (measured: a held-out corpus's people sharing a placeholder 151 -> 178)
# (on the same line: "On call: SW & N.K." + "\nR.T. Nakarawa" is two people, so \Z, not the
# $ that matches before a line break too)
_CAPITAL_DOTTED_INITIALS_BEFORE = re.compile(r"(?<![\w.\-'’])((?:[A-Z]\.){2,3}) ?\Z")
_LOWER_DOTTED_INITIALS_BEFORE = re.compile(r"(?<![\w.\-'’])((?:[a-z]\.){2,3})[ \t]?\Z")
# an initial with its full stop at a line's end before the surname ("- R.\nBhattacharjee"),
# glued to a capitalised surname ("P.Ó Ceallaigh"), or in lower-case writing ("c. agyeman")
_INITIAL_LINE_BEFORE = re.compile(r"(?<![\w.\-])([A-Z])\.[ \t]*\n[ \t]*$")
_INITIAL_GLUED_BEFORE = re.compile(r"(?<![\w.\-])([A-Z])\.$")
_LOWER_INITIAL_BEFORE = re.compile(r"(?<![\w.\-])([b-hj-z])\.[ \t]$")
# a lower-case initial glued by its full stop to a lower-case surname ("r.whitfield",
# "a.o'brien", "i.drummond"): "a." and "i." glued so are no words; not the end of a word
# ("home.whitfield") nor of an abbreviation ("i.e.smith")
_LOWER_INITIAL_GLUED_BEFORE = re.compile(r"(?<![\w.\-'’@/])([a-z])\.$")
# a lower-case surname initial with its full stop after a lower-case first name ("hope b.:")
# or without it before a lower-case word ("talked to morag m and jock"), if no text-speak
# letter ("c u", "k", "n", "r", "y")
_LOWER_INITIAL_AFTER = re.compile(
    r"[ \t]([b-hj-z])\.(?=$|[:,;!?)\s])|[ \t]([bd-hjlmo-qstvwz])(?=[ \t]+[a-z])"
    # any letter but a word's ("i", "u", "n", "r", "y") before a person's age and sex in
    # brackets or a verb no article comes before: "margaret t (36f)", "anjali a sold me"
    r"|[ \t]([a-hj-mo-qs-tv-xz])(?=[ \t]*\(\d|[ \t]+(?:is|was|has|had|sold|said|says|wants"
    r"|needs|knows|from|will|did|rang|called|messaged|texted)\b)"
)
# ... and the text-speak letters "r" and "c" where they cannot be the word they stand
# for: before "and" or a stop ("cant fault kwame r and shanice c in the team"; "kwame r in
# the team" may be "are")
_TEXT_SPEAK_INITIAL_AFTER = re.compile(
    r"[ \t]([cr])(?=[ \t]*[,;:!?)]|[ \t]*\.(?:\s|$)|[ \t]+(?:and|&)\b)|"
    r"[ \t](c)(?=[ \t]+(?:in|at|from|on|with)\b)"
)
_LOWER_WORD = re.compile(r"[a-z][a-z'’]+")
# two or three initials, with or without full stops: "TA", "HMJ", "A.T.", "j.s"
_INITIALS = re.compile(
    r"(?<![\w.&/\-'’])[^\W\d_](\.?)[^\W\d_](?:\1[^\W\d_])?\1(?![\w&/\-])(?!['’](?!s\b))"
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
# a title just before an initial: "Mr I Llewellyn", "Miss A ab Owen"
_TITLE_BEFORE = re.compile(r"(?<![\w.])" + CIVIL_TITLE + r"[ \t]$")
# two or three lower-case initials without stops before a lower-case surname ("w n forbes",
# "c p ap rhys"), or one that is no text-speak letter ("c lloyd-jones"; not "u", "n", "r")
_LOWER_INITIALS_BEFORE = re.compile(r"(?<![\w.\-'’])((?:[a-z][ \t]){2,3}|[cdefghjlmpqstvwz][ \t])$")


def _words_before(text: str, at: int) -> bool:
    """Whether a word or a number stands right before ``at`` on its line ("Sanjay P."), not
    a dash or a sentence's end ("six months. - T.")."""
    before = text[text.rfind("\n", 0, at) + 1 : at].rstrip(" \t")
    return bool(before) and before[-1].isalnum()


def _more_initials(text: str, start: int) -> int:
    """Where a run of capital initials before ``start`` begins: "K P" of "K P GURUNG",
    "A M" of "A M OKAFOR" (beside another initial "A" is one too)."""
    for _ in range(2):
        before = _INITIAL_BEFORE.search(text, max(0, start - 4), start)
        if before is None:
            break
        start = before.start(1)
    return start


_NUMBER_BEFORE = re.compile(r"\d[ \t]*$")
# one letter, any case, with or without its stop, right before a name: "r turner", "I Khan"
_ANY_INITIAL_BEFORE = re.compile(r"(?<![\w.\-'’])([^\W\d_])\.?[ \t]$")
# a pet form found by its first name alone ("Sukhi" once "Sukhdeep" is found) keeps this
# much of it: the index links shorter stems ("Donie"), finding them needs the table
PET_STEM_FOUND = 4


def _found_names(
    text: str, detections: Sequence[Detection], words: WordLists
) -> tuple[set[str], set[str]]:
    """(every name word found, the first names among them), lower case and folded."""
    all_words: set[str] = set()
    firsts: set[str] = set()
    for detection in detections:
        if detection.entity_type != "PERSON":
            continue
        value = text[detection.start : detection.end]
        all_words.update(fold(w.lower()) for w in name_words(value, words) if len(w) >= 2)
        mention = parse_mention(value, words)
        if mention is not None:
            for word in (mention.first, mention.either):
                if word:
                    firsts.add(word)
            if mention.either is not None or mention.surname is not None:
                all_words.add(mention.either or mention.surname or "")
    all_words.discard("")
    return all_words, firsts


def name_variants(
    text: str,
    detections: Sequence[Detection],
    words: WordLists,
    diminutives: Mapping[str, frozenset[str]],
    spacy_names: Sequence[Detection] = (),
    nicknames: Mapping[str, frozenset[str]] | None = None,
    *,
    in_lower_case: bool = False,
) -> list[Detection]:
    """The detections plus PERSON ones for spelled-out, misspelt and diminutive forms of
    found names (a spelling cuts any other span that ran into it). A short form that is also
    an ordinary word ("Mike", "Bill") at a sentence start counts only where spaCy read it as
    a name (``spacy_names``) or a person's cue follows it ("Cat 23yo", "Aga to confirm"):
    "Will you ..." stays. Service nicknames (``nicknames``) of a found surname count as its
    short forms: "Dusty" once "Cpl Miller" is found. A short form typed in lower case counts
    with a person's cue ("cat's lad", "ang aged 39"), and in writing without capitals
    (``in_lower_case``: detect.lower_case_writing, computed by the caller) with none where
    it is no ordinary word."""
    detections = _with_nicknames_before(text, detections, nicknames or {})
    found, firsts = _found_names(text, detections, words)
    if not found:  # a form of address may still be a name: "Paddy's lad"
        forms = address_forms(text, detections, in_lower_case=in_lower_case)
        return [*detections, *(Detection("PERSON", s, e, 1.0, VARIANT) for s, e in forms)]
    surnames = _found_surnames(text, detections, words)
    spelled = []
    for match in _SPELLED_RUN.finditer(text):
        letters = spelled_out(match.group(0))
        if not letters:
            continue
        cued = _SPELLING_CUE.search(text, max(0, match.start() - 40), match.start()) is not None
        if (len(letters) >= 4 or cued) and (
            letters in found or words.is_unambiguous_name(letters) or cued
        ):
            spelled.append((match.start(), match.end() - match.group(0).endswith(".")))
    # a span another recognizer ran into the spelling ("S. Gaz" of "H-U-G-H-E-S. Gaz") is cut
    detections = [piece for d in detections for piece in _outside(text, d, spelled)]
    spans = [(d.start, d.end) for d in detections]
    marked = {(d.start, d.end) for d in spacy_names}
    added: list[Detection] = []

    def add(start: int, end: int, recognizer: str = VARIANT) -> None:
        if not overlaps_any(spans, start, end):
            spans.append((start, end))
            added.append(Detection("PERSON", start, end, 1.0, recognizer))

    for start, end in spelled:
        add(start, end)
    short_forms = {
        other for first in firsts for other in diminutives.get(first, ()) if other not in found
    }
    # "Dusty" once "Cpl Miller" is found: the nickname every Miller has in the forces
    short_forms |= {
        nickname
        for nickname, surnames in (nicknames or {}).items()
        if nickname not in found and not surnames.isdisjoint(found)
    }
    long_found = [w for w in found if len(w) >= 5]
    # a name spelled out is the name written in full too, in any case ("mairead varrowby"
    # ... "V. A. R. R. O. W. B. Y."): the written form goes with its spelling
    spelled_names = {
        letters
        for start, end in spelled
        if (letters := spelled_out(text[start:end])) and len(letters) >= 4
    }
    misspellings: dict[str, bool] = {}  # a word recurs in a document: weighed once

    def misspelt(lower: str) -> bool:
        answer = misspellings.get(lower)
        if answer is None:
            answer = misspellings[lower] = any(
                could_be_misspelling(name, lower, words, other_is_a_name=False)
                for name in long_found
                if (name[0] == lower[0] or name[1:] == lower) and abs(len(name) - len(lower)) <= 2
            )
        return answer

    for match in _WORD.finditer(text):
        token = match.group(0)
        if fold(token.lower()) in spelled_names:
            add(match.start(), match.end())
            continue
        lower = fold(token.lower())
        # a misspelling in any case ("joylon", "NicLòeid"); the short forms capitalised, or
        # in lower case with a person's cue
        plain = token[0].isupper() and not any(c.isupper() for c in token[1:])
        if lower in found:
            continue
        if token.islower() and lower in short_forms:
            if _lower_short_form(text, match.start(), match.end(), words, in_lower_case):
                add(match.start(), match.end())
            continue
        # spaCy's reading as a name, unless the word opens a sentence as a verb or a noun
        # ("Pat on the back", "Bill the client"): a name is seldom followed by these
        spacy_read = (match.start(), match.end()) in marked and not (
            opens_sentence(text, match.start()) and _no_name_follows(text, match.end())
        )
        if words.is_allowed(lower):
            # "Mo" of a found Mohammed, with a person's verb after it ("Mo was great");
            # "MO" (the medical officer) is written in capitals
            if (
                plain
                and lower in short_forms
                and (
                    spacy_read
                    or _person_follows(text, match.end())
                    or not opens_sentence(text, match.start())  # "It was Mo who drove"
                )
            ):
                add(match.start(), match.end())
            continue
        if plain and (
            lower in short_forms
            or _made_from(lower, firsts, words)
            or _made_from_surname(lower, surnames, words)
        ):
            ordinary = lower in words.ambiguous or words.is_common_word(lower)
            if ordinary and _beside_a_number(text, match.start(), match.end()):
                continue  # "12 Dec 2025", "under Art 23": a month, an article
            # "Will you ..." at a sentence start is no cue for a name; "Shiv came round"
            # (a verb of a person after it) or spaCy's reading as a name is; a short form
            # that is a stop word ("Will" of Wilfred) needs that cue wherever it stands
            stop = lower in words.stop_words
            named = spacy_read or (
                _verb_follows(text, match.end()) or _said_of_a_person(text, match.end())
                if stop
                else _person_follows(text, match.end())  # "Shiv asks", "Dec's a good sort"
            )
            if named or not (stop or (ordinary and opens_sentence(text, match.start()))):
                add(match.start(), match.end())
            continue
        if lower in words.stop_words:
            continue
        if len(lower) >= 4 and misspelt(lower):
            add(match.start(), match.end())
    for start, end in initials_of_found_people(text, detections, words):
        add(start, end, INITIALS)
    for start, end in address_forms(text, detections, in_lower_case=in_lower_case):
        add(start, end)
    return _initials_of_found_surnames(text, [*detections, *added], words)


# the word right before a name, and the one before that: "Smudger" of "Smudger Smith"
_NICKNAME_BEFORE = re.compile(r"(?:([A-Za-z]+)[ \t]+)?([A-Za-z]+)[ \t]$")
_FIRST_WORD = re.compile(r"[^\W\d_]+")


def _with_nicknames_before(
    text: str, detections: Sequence[Detection], nicknames: Mapping[str, frozenset[str]]
) -> list[Detection]:
    """Take into a found name the service nickname right before it that belongs to its
    surname, in any case ("Smudger" + "Smith", "pincher" + "Martin"): in the forces the
    pair is one man's name, so the nickname is not left beside the placeholder; not after
    a determiner ("the chalky White Cliffs")."""
    out = []
    for detection in detections:
        first = _FIRST_WORD.match(text, detection.start, detection.end)
        before = _NICKNAME_BEFORE.search(text, max(0, detection.start - 40), detection.start)
        if (
            detection.entity_type == "PERSON"
            and first is not None
            and before is not None
            and fold(first.group(0).lower()) in nicknames.get(before.group(2).lower(), ())
            and (before.group(1) or "").lower() not in DETERMINERS
        ):
            detection = Detection(
                "PERSON", before.start(2), detection.end, detection.score, detection.recognizer
            )
        out.append(detection)
    return out


def initial_and_surname_spans(text: str, letters: set[str], surname: str) -> list[tuple[int, int]]:
    """Where one of ``letters`` (any case, its stop or not) and ``surname`` after it stand:
    what ``_initial_and_surname_pattern`` finds, without compiling a pattern per pair.

    Why by hand: each found person is a new pattern to ``re``, so compiling was a fortieth
    of a scrub; the surname is found with ``str.find`` in the lowered text and the letter
    before it read back. Where lowering changes the text's length ("İ") the offsets would
    not hold, and the pattern is used."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return [
            m.span()
            for m in _initial_and_surname_pattern("".join(sorted(letters)), surname).finditer(text)
        ]
    spans = []
    at = lowered.find(surname)
    while at != -1:
        end = at + len(surname)
        start = (
            None
            if end < len(text) and _word_or_hyphen(text[end])
            else _initial_before(text, at, letters)
        )
        if start is not None:
            spans.append((start, end))
        at = lowered.find(surname, at + 1)
    return spans


def _word_or_hyphen(character: str) -> bool:
    r"""``[\w\-]`` of ``re``: a word character is alphanumeric (``str.isalnum``) or "_"."""
    return character.isalnum() or character in "_-"


def _initial_before(text: str, at: int, letters: set[str]) -> int | None:
    """The start of "<letter>[.]<spaces or tabs>" ending at ``at``, its letter one of
    ``letters`` in any case and nothing of a word, a number or "."/"-"/"'" before it."""
    gap = at
    while gap > 0 and text[gap - 1] in " \t":
        gap -= 1
    if gap == at:
        return None
    initial = gap - 1 - (gap > 0 and text[gap - 1] == ".")
    if initial < 0 or text[initial].lower() not in letters:
        return None
    if initial > 0 and (_word_or_hyphen(text[initial - 1]) or text[initial - 1] in ".'’"):
        return None
    return initial


@functools.lru_cache(maxsize=256)
def _initial_and_surname_pattern(initials: str, surname: str) -> re.Pattern[str]:
    """The pattern ``initial_and_surname_spans`` reads by hand, for text it cannot."""
    return re.compile(
        rf"(?<![\w.\-'’])[{initials}]\.?[ \t]+{re.escape(surname)}(?![\w\-])", re.IGNORECASE
    )


def _initials_of_found_surnames(
    text: str, detections: Sequence[Detection], words: WordLists
) -> list[Detection]:
    """Take into a found surname the initial of a found person's first name written before
    it, in any case and even where the letter is a word ("r turner", "n adeyemi", "I
    Chaudhry" once Rhys Turner, Ngozi Adeyemi, Imran Chaudhry are found): the letter fits a
    person of the document, so it is that person's initial, not "are", "and" or "I"; and
    the pair where no recognizer found the surname alone ("k ng" once Kevin Ng is found)."""
    initials: dict[str, set[str]] = {}
    for detection in detections:
        if detection.entity_type == "PERSON":
            mention = parse_mention(text[detection.start : detection.end], words)
            if mention is not None and mention.full and mention.first and mention.surname:
                initials.setdefault(mention.surname, set()).add(mention.first[0])
    if not initials:
        return list(detections)
    out = []
    spans = [(d.start, d.end) for d in detections]
    for surname, letters in initials.items():
        # the surname no recognizer found alone ("k ng" of Kevin Ng: two letters)
        for start, end in initial_and_surname_spans(text, letters, surname):
            if not overlaps_any(spans, start, end):
                spans.append((start, end))
                out.append(Detection("PERSON", start, end, 1.0, VARIANT))
    for detection in detections:
        value = fold(text[detection.start : detection.end].lower())
        value = value.removesuffix("'s").removesuffix("’s")  # "n okafor's idea"
        known = initials.get("".join(c for c in value if c.isalnum()))
        before = _ANY_INITIAL_BEFORE.search(text, max(0, detection.start - 4), detection.start)
        if (
            detection.entity_type == "PERSON"
            and known
            and before is not None
            and before.group(1).lower() in known
        ):
            detection = Detection(
                "PERSON", before.start(1), detection.end, detection.score, detection.recognizer
            )
        out.append(detection)
    return out


_ADDRESS_FORM = re.compile(
    r"(?<![\w'’-])(" + "|".join(sorted(ADDRESS_FORMS)) + r")(?![\w-])(?!['’](?!s\b))", re.I
)
# right after a found name: "McGregor (Jock)", "O'Brien - Paddy -", "Jenkins, Taff to us"
_BESIDE_A_NAME = re.compile(r"[ \t]*(?:\(|[-–—][ \t]*|,[ \t]*|[\"“‘'])$")


def address_forms(
    text: str, detections: Sequence[Detection], *, in_lower_case: bool = False
) -> list[tuple[int, int]]:
    """A form of address ("Jock", "Taff", "Paddy") capitalised, in a document that uses it
    as someone's name: found already as a person, written right after a found name
    ("Pte McGregor (Jock)"), or standing as a name (``_used_as_a_name``: "Paddy pulled me
    aside", "I lost touch with Paddy", "Sorry, was it Paddy?"). Then each capitalised use
    is that person ("Jock brought tea"); not one used as a word (``_used_as_a_word``: "the
    Jock regiments", "Paddy's Day", "St Paddy's", "us Jocks"). In lower case only in
    writing without capitals (``in_lower_case``), and there only where the words about
    that very use make it a name ("jock pulled me aside"; "paddy fields" elsewhere stay)."""
    people = [(d.start, d.end) for d in detections if d.entity_type == "PERSON"]
    forms = [m for m in _ADDRESS_FORM.finditer(text) if not _used_as_a_word(text, *m.span())]
    found = [m for m in forms if m.group(0).istitle()]
    used = {
        m.group(0).lower()
        for m in found
        if overlaps_any(people, m.start(), m.end())
        or _used_as_a_name(text, m.start(), m.end())
        or any(
            e <= m.start() and _BESIDE_A_NAME.fullmatch(text, e, m.start())
            for _, e in people
            if m.start() - e <= 4
        )
    }
    out = [m.span() for m in found if m.group(0).lower() in used]
    if in_lower_case:
        out += [
            m.span()
            for m in forms
            if m.group(0).islower() and _used_as_a_name(text, m.start(), m.end())
        ]
    return out


# "St Paddy's", "the Jock regiments", "us Jocks", "River Taff", "very Scouse": a form of
# address as a word, whatever follows
_WORD_BEFORE_A_FORM = frozenset(["the", "a", "an", "st", "saint", "us", "river", "very"])
# "his Geordie accent", "that Scouse lad", "so Brummie": a word, unless a person's verb
# follows ("our Paddy doesn't remember", "that Jock said", "so Paddy pulled me aside")
_WORD_BEFORE_A_FORM_UNLESS_IT_ACTS = (DETERMINERS - _WORD_BEFORE_A_FORM) | frozenset(["so"])
_SAINT_AND_FORM = re.compile(
    r"(?:St\.?|Saint|River)[ \t]+" + _ADDRESS_FORM.pattern + r"(?:['’]s)?", re.IGNORECASE
)
# "Paddy's Day", "Paddy's night": the saint's day, no one's possessive
_SAINTS_DAY_AFTER = re.compile(r"['’]s[ \t]+(?:day|night|eve|parade)\b", re.IGNORECASE)
# "call Paddy", "we called him Jock", "calls me Taff": what someone is called; not in the
# passive ("the stew is called Scouse", "the accent's known as Geordie": a thing's name)
_CALLED_BEFORE = re.compile(
    r"(?<![\w'’])(?<!is )(?<!was )(?<!are )(?<!be )(?<!['’]s )"
    r"(?:call|calls|called|calling|nicknamed)(?:[ \t]+(?:him|her|me|them|us))?[ \t]+$",
    re.IGNORECASE,
)
# "with Paddy", "beside Jock": a person after a preposition of company, when the form
# stands alone (no noun after it: "with Geordie accents"); not "for" or "about", after
# which "Scouse" and "Geordie" are as often the stew or the dialect
_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’])(?:with|beside|behind)[ \t]+$", re.IGNORECASE)
# "was it Paddy?", "it was Jock", "it's Taff": who someone was
_IT_WAS_BEFORE = re.compile(
    r"(?<![\w'’])(?:(?:was|is)[ \t]+it|it[ \t]+(?:was|is)|it['’]s)[ \t]+$", re.IGNORECASE
)
# a turn's opening: the text's or a line's start, a speaker's label ("A: "), a quote
_TURN_START_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?:[A-Za-z][\w .'’-]{0,30}:[ \t]*)?[\"“‘']?"
    r"(?:(?:and|so|but|oh|well|erm|um|er),?[ \t]+)?$",  # "Q: And Paddy, was that him?"
    re.IGNORECASE,
)
# a sentence's start, and "he" or "she" after the comma: "... together. Paddy, he was"
_SENTENCE_START_BEFORE = re.compile(r"[.!?][ \t]+$")
_HE_OR_SHE_AFTER = re.compile(r",[ \t]+(?:he|she)\b", re.IGNORECASE)
# said last, after a comma, to end the sentence: "He'd be thirty-two now, Paddy."; the
# word before the comma in lower case (not a list of them: "Brummie, Scouse.")
_LOWER_WORD_AND_COMMA_BEFORE = re.compile(r"(?<![\w'’])[a-z]+[ \t]*,[ \t]*$")
_SENTENCE_END_AFTER = re.compile(r"[.!?](?:\s|$)")
# a past tense after the form ("Paddy pulled", "Jock stopped"): a person did something;
# not a word ending "-eed" ("Geordie tweed", "Jock need") nor a short one ("bred")
_PAST_TENSE_AFTER = re.compile(r"[ \t]+[a-z]{3,}(?<!e)ed\b")
# a comma and a pronoun or an auxiliary after the form: it is spoken to or spoken of ("Paddy,
# he was the funny one", "Jock, can you hear me?"); not "Geordie, as a dialect, ..."
_VOCATIVE_AFTER = re.compile(
    r",[ \t]+(?:he|she|you|i|we|they|him|her|me|us|mate|can|could|would|will|do|did|are"
    r"|is|was|were|have|had|has|what|where|how|why|when|who|come|get|listen|look)\b",
    re.IGNORECASE,
)
# an auxiliary after the form, its negation or a contraction included ("doesn't", "can't")
_AUXILIARY_AFTER = re.compile(
    r"[ \t]+(?:does|did|do|is|was|were|has|had|can|could|would|will|won|wo|should|never)"
    r"(?:n['’]?t)?\b",
    re.IGNORECASE,
)
# the form standing alone: punctuation, the end, or a stop word after it ("with Paddy after")
_ALONE_AFTER = re.compile(r"[ \t]*(?:$|[.,;:!?)\n]|[\"”’'](?!s\b))")


def _used_as_a_word(text: str, start: int, end: int) -> bool:
    """Whether a form of address stands as a word, no one's name: after an article, "St",
    "us", "River" or "very" ("the Jock regiments", "St Paddy's", "us Jocks", "River
    Taff"), after another determiner or "so" with no person's verb after it ("his Geordie
    accent"; not "our Paddy doesn't remember", where it is a family's or a mate's name),
    or before "'s Day" ("Paddy's Day")."""
    if _CALLED_BEFORE.search(text, max(0, start - 40), start):
        return False  # "we called her Tiny": "her" is whom, not whose
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    word_before = before.group(1).lower() if before is not None else ""
    if word_before in _WORD_BEFORE_A_FORM:
        return True
    if word_before in _WORD_BEFORE_A_FORM_UNLESS_IT_ACTS:
        return not _acts_after(text, end)
    return _SAINTS_DAY_AFTER.match(text, end) is not None


def _acts_after(text: str, end: int) -> bool:
    """Whether a person's verb or a past tense follows ``end`` ("Paddy pulled", "Jock
    doesn't"): a contraction of an auxiliary counts ("doesn't", "wasn't")."""
    if _PAST_TENSE_AFTER.match(text, end) or _AUXILIARY_AFTER.match(text, end):
        return True
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).lower() in PERSON_VERBS


def _used_as_a_name(text: str, start: int, end: int) -> bool:
    """Whether the words about a form of address use it as one person's name: a person's
    verb, a past tense or a possessive after it ("Paddy pulled me aside", "Paddy's lad"),
    "call" before it ("we used to call Paddy the professor"), a preposition or "was it"
    before it and nothing after it that it could qualify ("I lost touch with Paddy after
    I got out", "Sorry, was it Paddy?"), or said to or of someone after or before a comma
    (``_spoken_to_or_of``: "Paddy, he was the funny one")."""
    if _person_follows(text, end) or _acts_after(text, end):
        return True
    window = max(0, start - 40)
    if _CALLED_BEFORE.search(text, window, start):
        return True
    ends = _ALONE_AFTER.match(text, end) is not None
    if ends and _IT_WAS_BEFORE.search(text, window, start):
        return True  # "was it Paddy?"; not "was it Scouse for tea?"
    if (ends or _stop_word_follows(text, end)) and (
        _PREPOSITION_BEFORE.search(text, window, start) or _spoken_to(text, start)
    ):
        return True
    return _spoken_to_or_of(text, start, end)


def _spoken_to_or_of(text: str, start: int, end: int) -> bool:
    """Whether a form of address is said to someone or of someone: with a comma and a
    pronoun or an auxiliary after it at a turn's start ("Paddy, he was the funny one",
    "Q: And Paddy, was that the same person?"), with "he" or "she" after its comma at a
    sentence's start ("... basic together. Paddy, he was"), or after a comma to end a
    sentence ("He'd be thirty-two now, Paddy.")."""
    window = max(0, start - 40)
    if _VOCATIVE_AFTER.match(text, end) and _TURN_START_BEFORE.search(text, window, start):
        return True
    if _HE_OR_SHE_AFTER.match(text, end) and _SENTENCE_START_BEFORE.search(text, window, start):
        return True
    return bool(
        _SENTENCE_END_AFTER.match(text, end)
        and _LOWER_WORD_AND_COMMA_BEFORE.search(text, window, start)
    )


def _address_form_as_a_word(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a form of address used as a word there: alone
    (``_used_as_a_word``), or read whole with the saint's or the river's word before it
    ("St Paddy's", "River Taff")."""
    if _SAINT_AND_FORM.fullmatch(text, start, end):
        return True
    return _ADDRESS_FORM.fullmatch(text, start, end) is not None and _used_as_a_word(
        text, start, end
    )


def _stop_word_follows(text: str, end: int) -> bool:
    """Whether a function word follows ``end`` ("with Paddy after", "to Jock in")."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1) in STOP_WORDS


def _spoken_to(text: str, start: int) -> bool:
    """Whether the words before ``start`` speak to someone: "told", "thanks", "spoke to"."""
    before = re.search(
        r"([A-Za-z]+)(?:[ \t]+([A-Za-z]+))?[ \t]+$", text[max(0, start - 30) : start]
    )
    if before is None:
        return False
    last = (before.group(2) or before.group(1)).lower()
    previous = before.group(1).lower() if before.group(2) else ""
    return last in BEFORE_INITIALS or (last == "to" and previous in SPOKE_TO)


def _initials(value: str) -> set[str]:
    """The initials a full name is written by, in capitals: "Tom Ashworth" -> TA, "Helen
    Mortimer-Jones" -> HMJ and HJ (ranks, titles and particles left out)."""
    parts = [
        p
        for p in re.split(r"[\s\-]+", value.strip(".,;:'’"))
        if len(p) > 1 and p[:1].isalpha() and p.lower().strip(".") not in RANK_WORDS
    ]
    if len(parts) < 2:
        return set()
    letters = "".join(p[0] for p in parts).upper()
    whole = {letters} if len(letters) <= 3 else set()
    return whole | {letters[0] + letters[-1]}


def _initials_of_a_mention(mention: Mention) -> set[str]:
    """The initials of a name read in any order, in capitals: a register's "PRITCHARD L"
    and "McCarthy, Seán" are LP and SM, as a rota's initials column writes them."""
    given = mention.first or mention.initial
    if given and mention.surname_initial:
        return {fold(given[0] + mention.surname_initial).upper()}  # "Ciaran B": CB
    if not given or not mention.surname:
        return set()
    letters = {given[0] + mention.surname[0]}
    if mention.middle:
        letters.add(given[0] + mention.middle[0] + mention.surname[0])
    return {fold(x).upper() for x in letters}


def initials_of_found_people(
    text: str, detections: Sequence[Detection], words: WordLists
) -> list[tuple[int, int]]:
    """Where a found person is written by initials alone: "Tom Ashworth ... TA was great",
    "Helen Mortimer-Jones (HMJ)", "A.T. signed", in lower-case writing "callum rigby ...
    cr was hammered". Anchored on a full name found in the document, so "TA" is an initial
    only where someone's name gives it; not after a determiner ("the TA centre") nor a
    number ("5 km"), an abbreviation of the allow list ("TA", "MO") only with a person's
    verb or a possessive after it ("TA said", "TA's idea"), and two lower-case letters
    only when they are no word ("cr", "js"; not "am", "pm", "gp")."""
    wanted: set[str] = set()
    for detection in detections:
        if detection.entity_type != "PERSON":
            continue
        value = text[detection.start : detection.end]
        mention = parse_mention(value, words)
        if mention is not None and mention.full:
            wanted |= _initials(value)
        if mention is not None:
            wanted |= _initials_of_a_mention(mention)
    if not wanted:
        return []
    found = []
    for match in _INITIALS.finditer(text):
        written = match.group(0)
        letters = "".join(c for c in written if c.isalpha())
        if letters.upper() not in wanted or not (letters.isupper() or letters.islower()):
            continue
        before = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start())
        if before is not None and before.group(1).lower() in DETERMINERS:
            continue  # "the TA centre", "a JS file"
        after = _NEXT_WORD.match(text, match.end())
        verb = after.group(1) if after is not None else ""
        if _NUMBER_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "9 mm", "5 km", "2 bn": a unit after a number
        possessive = _POSSESSIVE_AFTER.match(text, match.end()) is not None
        if letters.islower():
            key = letters
            if (
                len(key) != 2
                or key in NOT_INITIALS_PAIRS
                or key in NOT_NAMES_LOWER
                or key in words.stop_words
                # "cr", "js": no vowel, no word ("at", "oh", "ex" are)
                or (words.is_common_word(key) and any(c in "aeiouy" for c in key))
                or words.is_allowed(key)
            ):
                continue
        elif (
            "." not in written
            and (words.is_allowed(letters) or letters.lower() in words.stop_words)
            and not (verb in AFTER_CUES or possessive)
        ):
            continue  # "TA", "HR", "IT": an abbreviation, unless a person's verb follows
        end = match.end()
        if "." not in written[:-1] and written.endswith("."):
            end -= 1  # "TA." ends a sentence; "A.T." keeps its stops
        found.append((match.start(), end))
    return found


def _made_from(word: str, firsts: set[str], words: WordLists) -> bool:
    """Whether ``word`` is a pet form ("Sukhi", "Shabs") or the end ("Dette", "Triona")
    of a found first name, and no ordinary word or name of its own ("Mars" of Marco)."""
    if words.is_common_word(word) or word in words.ambiguous or words.is_listed_name(word):
        return False
    return any(
        first != word
        and (
            pet_form(word, first, min_stem=PET_STEM_FOUND)
            or (
                len(word) >= SUFFIX_MIN_LENGTH
                and first.endswith(word)
                and first in words.first_names
            )
        )
        for first in firsts
    )


def _found_surnames(text: str, detections: Sequence[Detection], words: WordLists) -> set[str]:
    """The surnames of the full names found ("robertson" of "Jim Robertson")."""
    surnames = set()
    for detection in detections:
        if detection.entity_type == "PERSON":
            mention = parse_mention(text[detection.start : detection.end], words)
            if mention is not None and mention.full and mention.surname:
                surnames.add(mention.surname)
    return surnames


def _made_from_surname(word: str, surnames: set[str], words: WordLists) -> bool:
    """Whether ``word`` is a pet form of a full name's surname ("Robbo" of Jim Robertson,
    "Jonesy" of Ffion Jones), and no ordinary word or name of its own: only where the full
    name is in the document."""
    if words.is_common_word(word) or word in words.ambiguous or words.is_listed_name(word):
        return False
    return any(surname_pet(word, surname) for surname in surnames)


# What people do right after their name, beyond the cues of person_cues.AFTER_CUES: a
# short form of a found first name ("Shiv asks", "Dec put me forward") that is also a word
# opens a sentence as a name only before one of these or a possessive ("Dec's a good sort").
PERSON_VERBS = AFTER_CUES | frozenset(
    ["wrote", "writes", "asks", "put", "puts", "just", "never", "still", "always", "who",
     "drove", "drives", "messages", "rings", "phoned", "helped", "sorted", "kept", "keeps",
     "knew", "says", "used", "told", "tells", "rang", "brought", "visited", "moved", "left"]
)  # fmt: skip
_POSSESSIVE_AFTER = re.compile(r"['’]s?\b")


# What only a person is or has, right after a word: an age ("23yo", "23 y/o", "(23)",
# ", 23,", "aged 39", "(age 44)", "(one of twins, aged nine)", ", early forties", "is in
# her fifties"), a phone number or e-mail after a dash, colon, bracket or "mob" ("- 07999
# 849807", "(a.b@c.uk)", "mob 07700 900018", "is on 07700 900824"), or a case note's
# predicate ("to confirm", "agrees", "has been told", "is aware", "never rang", "didnt want
# to know", "is from", "was the oc"). A month ("Dec 25") or an article ("Art 23") has none.
_NUMBER_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen)"
)
_AN_AGE = rf"(?:\d{{1,3}}|{_NUMBER_WORD})"
_DECADE = r"(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)"
_AGE_AFTER = re.compile(
    r"[ \t]*(?:"
    r"\d{1,3}[ \t]*(?:yo|y/o|y\.o\.?|yrs?[ \t]+old|years?[ \t]+old)(?![\w/])"
    rf"|\({_AN_AGE}\)"
    rf"|\([^()\n]{{0,30}}?\bage[ds]?[ \t]+{_AN_AGE}\b"
    rf"|,[ \t]*{_AN_AGE}[ \t]*,"
    rf"|,?[ \t]*aged?[ \t]+{_AN_AGE}\b"
    rf"|,?[ \t]*(?:is[ \t]+)?(?:in[ \t]+(?:his|her|their)[ \t]+|(?:early|mid|late)[ \t-]*)"
    rf"{_DECADE}\b"
    r")",
    re.IGNORECASE,
)
_CONTACT_AFTER = re.compile(
    r"[ \t]*(?:[-–—:][ \t]*|\([ \t]*|,?[ \t]*(?:mob|mobile|tel|phone|is[ \t]+on|on)\b[ \t:]*)?"
    r"(?:(?P<phone>\+?\(?\d[\d \t()\-]{8,}\d)|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)",
    re.IGNORECASE,
)
# a phone number has this many digits at least (a year range "2025 - 2026" has eight)
_PHONE_DIGITS = 9
_PREDICATE_AFTER = re.compile(
    r"[ \t]+(?:"
    r"to[ \t]+(?:confirm|action|chase|liaise|follow[ \t]+up|update|arrange)"
    r"|agrees|agreed|is[ \t]+aware|was[ \t]+aware"
    r"|has[ \t]+been[ \t]+(?:told|informed|offered|referred|advised|seen)"
    r"|was[ \t]+referred|self-referred|missed[ \t]+(?:the|an?|his|her)|went[ \t]+awol"
    r"|never[ \t]+rang|(?:still[ \t]+)?(?:doesn['’]?t|didn['’]?t|does[ \t]+not|did[ \t]+not)"
    r"[ \t]+(?:want|know|care|remember)|is[ \t]+from"
    r"|(?:is|was)[ \t]+(?:the|my|our|his|her)[ \t]+(?:oc|co|rsm|csm|sgt|cpl|l/?cpl|padre|boss"
    r"|medic|sarge|skipper|2ic|adjt|uwo)"
    r")\b",
    re.IGNORECASE,
)
# a possessive and a family word after it: "cat's lad", "ang's missus"
_FAMILY_AFTER = re.compile(
    r"['’]s?[ \t]+(?:" + "|".join(sorted(FAMILY_AFTER_MY)) + r")\b", re.IGNORECASE
)
# what comes before a person in a note or a chat: a family word after a possessive ("thapa's
# girl pat", "my partner rhod"), "me and", "ask for", "msg left for", "spoke to", "chased"
_PERSON_BEFORE = re.compile(
    r"(?:(?:['’]s|(?<![\w'’])(?:my|our|his|her|their))[ \t]+(?:"
    + "|".join(sorted(FAMILY_AFTER_MY))
    + r")|(?<![\w'’])(?:me[ \t]+(?:and|n|&)|ask(?:ed)?[ \t]+for|left[ \t]+for"
    r"|(?:spoke|speak|talk|talked)[ \t]+to|chased|rang))[ \t]*,?[ \t]+$",
    re.IGNORECASE,
)
# Verbs after a lower-case word that make it someone (no "is", "was", "will": "art is
# long", "rose was"): speech and contact, and what people do to each other
LOWER_CASE_PERSON_VERBS = SPEECH_CUES | frozenset(
    ["wrote", "writes", "asks", "drove", "drives", "messages", "rings", "phoned", "sorted",
     "visited", "never", "tells", "brought"]
)  # fmt: skip
# words a name seldom has right after it at a sentence start, where a word opening the
# sentence as a verb or a noun has them ("Pat on the back", "Bill the client", "Mark it")
_NO_NAME_AFTER = DETERMINERS | frozenset(
    ["on", "off", "up", "down", "in", "into", "out", "you", "it", "me", "him", "them", "us"]
)
_NUMBER_AFTER = re.compile(r"[ \t]*:?[ \t]*\d")
# words before a lower-case word that make it a noun or a verb: a determiner ("the cat"),
# "to" or a modal ("will sue", "to pat")
_NO_NAME_BEFORE = DETERMINERS | frozenset(
    ["to", "will", "would", "can", "could", "shall", "should", "may", "might", "must"]
)


def _said_of_a_person(text: str, end: int) -> bool:
    """Whether what follows ``end`` is only said of a person: an age, a phone number or an
    e-mail, or a case note's predicate (``_AGE_AFTER``, ``_CONTACT_AFTER``,
    ``_PREDICATE_AFTER``)."""
    if _AGE_AFTER.match(text, end) or _PREDICATE_AFTER.match(text, end):
        return True
    contact = _CONTACT_AFTER.match(text, end)
    if contact is None:
        return False
    phone = contact.group("phone")
    return phone is None or sum(map(str.isdigit, phone)) >= _PHONE_DIGITS


def _person_follows(text: str, end: int) -> bool:
    """Whether a person's verb (``PERSON_VERBS``), a possessive, or what is only said of a
    person (``_said_of_a_person``) follows ``end``."""
    if _POSSESSIVE_AFTER.match(text, end) or _said_of_a_person(text, end):
        return True
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).lower() in PERSON_VERBS


def _no_name_follows(text: str, end: int) -> bool:
    """Whether the word after ``end`` is one a name seldom has after it (``_NO_NAME_AFTER``)."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).lower() in _NO_NAME_AFTER


def _beside_a_number(text: str, start: int, end: int) -> bool:
    """Whether a number stands right before or after the word, no age nor phone number of a
    person: "12 Dec 2025", "Art 23", "Dec: 14"."""
    if _NUMBER_BEFORE.search(text, max(0, start - 12), start):
        return True
    return _NUMBER_AFTER.match(text, end) is not None and not _said_of_a_person(text, end)


def _lower_case_cue(text: str, start: int, end: int) -> bool:
    """Whether a word typed in lower case has a person's cue about it: what is only said of
    a person, a possessive and a family word ("cat's lad"), a verb of speech or contact
    (``LOWER_CASE_PERSON_VERBS``) after it, or a family word or "me and" before it."""
    if _said_of_a_person(text, end) or _FAMILY_AFTER.match(text, end):
        return True
    if _PERSON_BEFORE.search(text, max(0, start - 30), start):
        return True
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).lower() in LOWER_CASE_PERSON_VERBS


def _lower_short_form(
    text: str, start: int, end: int, words: WordLists, in_lower_case: bool
) -> bool:
    """Whether a short form of a found first name typed in lower case is that person. In
    writing without capitals ("angharad bevan ... ang aged 39"), one that is no ordinary
    word is, and one that is ("cat", "frank", "tom") with a person's cue about it
    (``_lower_case_cue``); in writing with capitals, lower case is a cue for a word, so
    one that is no ordinary word with a cue ("msg left for bayo (a@b.uk)"), and one that
    is only with a strong one (``_strongly_a_person``). Never a stop word, a family word
    ("nan"), text-speak, a word after a determiner, "to" or a modal, or beside a number
    ("the cat is from next door", "will sue", "12 dec 25")."""
    lower = fold(text[start:end])
    if lower in words.stop_words or lower in FAMILY_AFTER_MY or lower in NOT_NAMES_LOWER:
        return False
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before is not None and before.group(1).lower() in _NO_NAME_BEFORE:
        return False
    if _beside_a_number(text, start, end):
        return False
    ordinary = _ordinary(lower, words) or words.is_allowed(lower)
    if in_lower_case and not ordinary:
        return True
    if not in_lower_case and ordinary:
        return _strongly_a_person(text, start, end)
    return _lower_case_cue(text, start, end)


def _strongly_a_person(text: str, start: int, end: int) -> bool:
    """Whether a lower-case word in writing with capitals (where lower case is a cue for a
    word) is still someone: an age or a case note's predicate after it ("reported sue
    missed the appt"), or a phone number or e-mail after it and a family word before it
    ("Sharon Grant's partner cat (07700 900305)"); not "pay bill - 0800 123 4567"."""
    if _AGE_AFTER.match(text, end) or _PREDICATE_AFTER.match(text, end):
        return True
    return _said_of_a_person(text, end) and bool(
        _PERSON_BEFORE.search(text, max(0, start - 30), start)
    )


def _verb_follows(text: str, end: int) -> bool:
    """Whether a verb that people do ("came", "rang", "said", "was") follows ``end``."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and after.group(1).lower() in AFTER_CUES


def _outside(text: str, detection: Detection, cuts: Sequence[tuple[int, int]]) -> list[Detection]:
    """The parts of a detection outside the ``cuts`` spans (trimmed; empty parts dropped)."""
    pieces = [(detection.start, detection.end)]
    for cut_start, cut_end in cuts:
        next_pieces = []
        for start, end in pieces:
            if cut_end <= start or end <= cut_start:
                next_pieces.append((start, end))
                continue
            next_pieces += [(start, min(end, cut_start)), (max(start, cut_end), end)]
        pieces = next_pieces
    out = []
    for start, end in pieces:
        while start < end and not text[start].isalnum():
            start += 1
        while end > start and not text[end - 1].isalnum():
            end -= 1
        if start < end:
            out.append(detection.spanning(start, end))
    return out


def _dotted_initials_before(text: str, start: int) -> int:
    """Where dotted initials before the surname at ``start`` begin ("K.F." of "K.F.
    Boateng", "m.s." of "m.s. grabowski"), or ``start``."""
    if text[start : start + 1].isupper():
        run = _CAPITAL_DOTTED_INITIALS_BEFORE.search(text, max(0, start - 7), start)
        if run is not None:
            letters = run.group(1).replace(".", "").lower()
            if letters not in NOT_INITIALS and letters not in RANK_WORDS:
                return run.start(1)
    elif text[start : start + 1].islower():
        run = _LOWER_DOTTED_INITIALS_BEFORE.search(text, max(0, start - 7), start)
        if run is not None:
            return run.start(1)
    return start


def extend_initials(text: str, detections: Sequence[Detection]) -> list[Detection]:
    """Take the initial before a name into it ("D. Hughes" is replaced whole; "R." at the
    end of the line before, "P.Ó Ceallaigh", "c. agyeman", "r.whitfield", "J-P Martin"
    too), the initials glued to one it ends in ("Sandford, J." + "P."), and the surname's initial
    after a lone first name ("Kasia M", "Dave S." of a chat's display name, "hope b."), so
    no letter of the name is left beside its placeholder."""
    closed_by: dict[tuple[int, int], int] = {}  # a display name's end with its initial
    persons = _persons_in_order(detections)
    reach = list(itertools.accumulate((e for _, e in persons), max))
    for left, right in itertools.pairwise(persons):
        letter_end = letter_closing(text, left, right)
        if letter_end is not None:
            closed_by[left] = letter_end  # "Dai" + "D": "Dai D Salote R. Lukas J"
    taken = {span[1] for span in closed_by}
    out = []
    for detection in detections:
        if detection.entity_type == "PERSON":
            start, end = detection.start, detection.end
            before = _INITIAL_BEFORE.search(text, max(0, start - 4), start)
            if before is not None and (
                any(start - 4 <= gap < start for gap in taken)
                or _inside_one(persons, reach, before.start(1))
            ):
                before = None  # the letter closes the (display) name before it
            # "I" and "A" alone are words; with a full stop, after a title or beside another
            # initial ("Mr I Llewellyn", "A M OKAFOR") they are initials
            if before is not None and (
                before.group(1) not in ("I", "A")
                or text[before.end(1)] == "."
                or _TITLE_BEFORE.search(text, max(0, before.start(1) - 6), before.start(1))
            ):
                start = _more_initials(text, before.start(1))
            elif text[start : start + 1].isupper():
                # a speaker's label opening its line ("... T A 0 1 7 2 7 4 C." / "Delroy:")
                # is a name of its own: the letter ending the line before is no initial
                label = text.startswith(":", end)
                line_end = (
                    None if label else _INITIAL_LINE_BEFORE.search(text, max(0, start - 8), start)
                )
                if line_end is not None and _words_before(text, line_end.start(1)):
                    line_end = None  # "Sanjay P.\nLukas J": the letter ends the name before it
                before = line_end or _INITIAL_GLUED_BEFORE.search(text, max(0, start - 2), start)
                start = start if before is None else before.start(1)
            elif text[start : start + 1].islower():
                before = (
                    _LOWER_INITIAL_BEFORE.search(text, max(0, start - 4), start)
                    or _LOWER_INITIAL_GLUED_BEFORE.search(text, max(0, start - 3), start)
                    or _LOWER_INITIALS_BEFORE.search(text, max(0, start - 7), start)
                )
                start = start if before is None else before.start(1)
            if start == detection.start and _LOWER_WORD.fullmatch(text, start, end):
                lower_after = _LOWER_INITIAL_AFTER.match(
                    text, end
                ) or _TEXT_SPEAK_INITIAL_AFTER.match(text, end)
                end = end if lower_after is None else lower_after.end()
            hyphened = _HYPHEN_INITIALS_BEFORE.search(text, max(0, start - 5), start)
            if hyphened is not None and text[start : start + 1].isupper():
                start = hyphened.start()
            if start == detection.start:
                start = _dotted_initials_before(text, start)
            trailing = _TRAILING_INITIAL.search(text, max(start, end - 2), end)
            if trailing is not None and trailing.end() == end and end > start + 2:
                glued = _GLUED_INITIALS.match(text, end)
                if glued is not None and (text[end - 1] == ".") != glued.group(0).startswith("."):
                    end = glued.end()
            if start == detection.start and _ONE_WORD.fullmatch(text, start, end):
                after = _INITIAL_AFTER.match(text, end)
                if after is not None and (
                    after.group(1) not in ("I", "A")
                    or text[after.end(1) : after.end(1) + 1] in (".", ":")
                ):
                    end = after.end(1)
            end = closed_by.get((detection.start, detection.end), end)
            detection = dataclasses.replace(detection, entity_type="PERSON", start=start, end=end)
        out.append(detection)
    return out


def _inside_one(spans: Sequence[tuple[int, int]], reach: Sequence[int], at: int) -> bool:
    """Whether ``at`` lies inside one of ``spans`` (sorted; ``reach`` the furthest end of
    each prefix): a bisection, since extend_initials asks it for every person found."""
    last = bisect.bisect_right(spans, (at, float("inf"))) - 1
    return last >= 0 and reach[last] > at


def _persons_in_order(detections: Sequence[Detection]) -> list[tuple[int, int]]:
    return sorted((d.start, d.end) for d in detections if d.entity_type == "PERSON")


_PARTICLE = r"(?:Mac|Mc|Ní|Ni|Nic|Ó|O|Uí|Mhic|Van|Von|De|Da|Di|Du|Le|La|Al|El|Bin|Ap|Ab|Ferch)"
# particles written in lower case before a capitalised surname ("ap Gwilym", "van der Berg",
# "ferch Rhys"); "la", "le", "al", "o" are left out: in lower case they are ordinary words
_LOWER_PARTICLE_BEFORE = re.compile(
    r"(?<![\w'’])(?:ap|ab|ferch|van der|van den|van|von|de|da|dos|bin|ibn|ó|ní|nic|uí|mhic)\s+$"
)
_PARTICLE_BEFORE = re.compile(r"(?<![\w'’])" + _PARTICLE + r"\s+$", re.IGNORECASE)
_PARTICLES_NO_WORD = frozenset(["ap", "ab", "ferch", "von", "de", "bin", "ibn"])
# Irish particles with their accent are no English word in any case ("niamh ó briain" typed
# in lower case): taken before a surname written in lower case too
_ACCENTED_PARTICLE_BEFORE = re.compile(r"(?<![\w'’])(?:ó|ní|uí)\s+$", re.IGNORECASE)
_GLUED_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\.$")
_APOSTROPHE_BEFORE = re.compile(r"(?<![\w'’])[OoDd]['’]$")
_PARTICLE_LAST = re.compile(r"(?<![\w'’])" + _PARTICLE + r"$", re.IGNORECASE)
# after a particle: "an t-Saoir", "der Berg", "a' Ghobhainn"; the last word capitalised
_PARTICLE_TAIL = re.compile(
    r"(?:\s+(?:an|na|a['’]?|der|den|de|la|le|du))*\s+(?:[a-z]-)?[A-ZÀ-ÖØ-Þ][\w'’\-]*"
)


def extend_particles(text: str, detections: Sequence[Detection]) -> list[Detection]:
    """Take a surname's particles into it: "Seán Mac" + "an t-Saoir", "Ní" + "Bhriain"."""
    out = []
    for detection in detections:
        if detection.entity_type == "PERSON":
            start, end = detection.start, detection.end
            before = _PARTICLE_BEFORE.search(text, max(0, start - 6), start)
            lower = _LOWER_PARTICLE_BEFORE.search(text, max(0, start - 9), start)
            accented = _ACCENTED_PARTICLE_BEFORE.search(text, max(0, start - 4), start)
            if before is not None and text[before.start()].isupper():
                start = before.start()
            elif accented is not None:
                start = accented.start()
            elif lower is not None and (
                text[start : start + 1].isupper()
                # "c p ap rhys", "de jong": in lower case only the particles that are no
                # English word
                or lower.group(0).split()[0] in _PARTICLES_NO_WORD
            ):
                start = lower.start()
                initial = _INITIAL_BEFORE.search(text, max(0, start - 4), start)
                if initial is not None and initial.group(1) not in ("I", "A"):
                    start = initial.start(1)  # "D. ab Iorwerth"
            glued = _GLUED_INITIAL_BEFORE.search(text, max(0, start - 2), start)
            if glued is not None and start != detection.start:
                start = glued.start()  # "D.ab Iorwerth"
            elif _APOSTROPHE_BEFORE.search(text, max(0, start - 3), start):
                start -= 2  # "o'" of "nurse o'connor", "d'" of "d'souza"
            if _PARTICLE_LAST.search(text, start, end) and (
                tail := _PARTICLE_TAIL.match(text, end)
            ):
                end = tail.end()
            detection = dataclasses.replace(detection, entity_type="PERSON", start=start, end=end)
        out.append(detection)
    return out


def keep_word_names(
    text: str,
    detections: Sequence[Detection],
    words: WordLists,
    after_the: frozenset[str] = frozenset(),
    *,
    in_lower_case: bool,
    nicknames: Mapping[str, frozenset[str]] | None = None,
) -> list[Detection]:
    """Give back ordinary words that only look like names: "a grace period", "I will",
    "the bill", "to be frank", "I hope" stay words even where Grace, Will, Bill, Frank or
    Hope is someone's name in the same document. A name cue is a capital in writing that
    uses capitals; in such writing a lower-case word that is an ordinary word or a name
    that is also one (ambiguous_names.yaml) is no person, and a lower-case ordinary word a
    name ran into ("hope" of "hope Bill Evans") is cut off it. Writing without capitals
    (a chat or survey typed in lower case) keeps every finding: there is no cue to read.
    A name of ``after_the`` after "the" is service slang ("served in the Andrew", "the
    Jimmy called me in"), in any writing; a service nickname of ``nicknames`` before its
    own surname stays in the name ("chalky White"); a form of address used as a word
    ("up the Taff valley", "St Paddy's", ``_used_as_a_word``) is none, whoever found it."""
    detections = [
        d
        for d in detections
        if not (
            d.entity_type == "PERSON"
            and (
                (
                    fold(text[d.start : d.end].lower()) in after_the
                    and _THE_BEFORE.search(text, max(0, d.start - 4), d.start)
                )
                or _address_form_as_a_word(text, d.start, d.end)
            )
        )
    ]
    # in_lower_case: detect.lower_case_writing of the speech (speaker labels' capitals are no
    # cue in it), computed once per document by the caller
    if in_lower_case:
        return list(detections)
    typed_lower = _names_typed_in_lower_case(text, detections, words)
    out = []
    for detection in detections:
        # initials and the variants of a found name were checked against ordinary words
        # where they were made ("frser" of Fraser is no word: its "frs" is no word's stem)
        # (and a word-name a slot of lower-case speech named, or initials a sign-off or a
        # team's slot holds, "thx, ct": the slot was its cue)
        if detection.entity_type != "PERSON" or detection.recognizer in (
            INITIALS,
            VARIANT,
            SLOT,
            INITIALS_IN_A_SLOT,
            NAMED_BY_ADDRESS,  # "dawn - dawn.murphy556@...": the address spells the name
            COLUMN_OF_NAMES,  # "R1,hunt,emma": a column headed "surname" holds surnames
        ):
            out.append(detection)
            continue
        start, end = detection.start, detection.end
        while True:
            first = _LOWER_WORD.match(text, start, end)
            if first is None or not _ordinary(first.group(0), words):
                break
            rest = text[first.end() : end].strip()
            if _own_surname(first.group(0), rest, nicknames or {}):
                break  # "chalky White": a service nickname and its surname, one name
            if not rest[:1].isupper():
                break
            start = first.end() + (
                len(text[first.end() : end]) - len(text[first.end() : end].lstrip())
            )
        value = text[start:end]
        if _LOWER_WORD.fullmatch(value) and _ordinary(value, words) and value not in typed_lower:
            continue
        if (start, end) != (detection.start, detection.end):
            detection = dataclasses.replace(detection, entity_type="PERSON", start=start, end=end)
        out.append(detection)
    return out


def _names_typed_in_lower_case(
    text: str, detections: Sequence[Detection], words: WordLists
) -> frozenset[str]:
    """The words of the full names a document writes all in lower case ("ssgt lily johal"),
    but for verbs and function words ("will", "mark", "hope"): where the writer types this
    person's name without its capitals, the name alone in lower case ("i'd tell lily to")
    is the person too, though the rest of the document (an interviewer's turns) uses
    capitals and "lily" is also a flower. After a rank the first name alone need be listed
    ("sgt pita vaka": the rank says a name follows, whatever the surname)."""
    typed: set[str] = set()
    for detection in detections:
        value = text[detection.start : detection.end]
        if detection.entity_type != "PERSON" or not value.islower():
            continue
        parts = [w for w in re.split(r"[\s]+", value) if _LOWER_WORD.fullmatch(w)]
        names = [w for w in parts if words.is_listed_name(w)]
        ranked = (
            len(parts) >= 3 and parts[0].strip(".") in RANK_WORDS and parts[1] in words.first_names
        )
        if ranked:
            names = [parts[1], *names]
        if len(set(names)) < 2 and not ranked:
            continue
        typed.update(w for w in names if w not in words.verbs and w not in words.stop_words)
    return frozenset(typed)


def _own_surname(nickname: str, rest: str, nicknames: Mapping[str, frozenset[str]]) -> bool:
    """Whether ``rest`` is a surname the service nickname belongs to ("chalky" + "White")."""
    surnames = nicknames.get(nickname.lower())
    return surnames is not None and fold(rest.lower()) in surnames


_THE_BEFORE = re.compile(r"(?<![\w'’])[Tt]he[ \t]$")
# a lower-case word (no capital anywhere) at the start of a span
_LOWER_WORD = re.compile(r"[a-zà-öø-ÿ][a-zà-öø-ÿ'’]*(?=\s|$)")


def _ordinary(word: str, words: WordLists) -> bool:
    """Whether a lower-case word reads as an ordinary word: in the ambiguous-name list
    (will, grace, bill, frank, hope) or ordinary English and no unambiguous name."""
    lower = word.lower().removesuffix("'s").removesuffix("’s")
    if lower in SURNAME_PARTICLES:
        return False  # "ab" of "ab Iorwerth", "van" of "van der Berg"
    if lower in words.ambiguous:
        return True
    return words.is_common_word(lower) and not words.is_unambiguous_name(lower)


# a surname's particle opening a name: "Ó Súilleabháin", "Ní Bhriain", "Mac Giolla", "ap Gwilym"
_PARTICLE_FIRST = re.compile(
    r"(?:Ó|O|Ní|Ni|Nic|Mac|Mc|Uí|Mhic|ap|ab|ferch|van|von|de|da|dos|bin|ibn)\s", re.IGNORECASE
)


# a surname in capitals: "BRZĘCZEK", "THAPA MAGAR", "O'DRISCOLL-NAGLE"
_CAPITALS_SURNAME = re.compile(r"[^\W\d_][^\W\d_'’\-]+(?: [^\W\d_][^\W\d_'’\-]+){0,2}")


def join_split_names(text: str, detections: Sequence[Detection]) -> list[Detection]:
    """Join the two pieces of one name that recognizers found apart: a name and the
    particle surname right after it ("Wg Cdr Kamal" + "Ó Súilleabháin", "SAC Colm" + "Ó
    Ceallaigh"), and a surname in capitals, its comma and the first name ("BRZĘCZEK" +
    ", " + "Joanna", "THAPA MAGAR" + ", " + "Dhanbahadur"): one person, read whole, not
    two placeholders side by side."""
    joined: list[Detection] = []
    for detection in sorted(detections, key=lambda d: d.start):
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.entity_type == detection.entity_type == "PERSON"
            and (
                (
                    text[previous.end : detection.start] in (" ", "\u00a0")
                    and text[previous.end - 1 : previous.end].isalpha()
                    and _PARTICLE_FIRST.match(text, detection.start)
                )
                or (
                    text[previous.end : detection.start] == ", "
                    and text[previous.start : previous.end].isupper()
                    and _CAPITALS_SURNAME.fullmatch(text, previous.start, previous.end)
                    and _ONE_WORD.fullmatch(text, detection.start, detection.end)
                )
            )
        ):
            joined[-1] = dataclasses.replace(previous, entity_type="PERSON", end=detection.end)
        else:
            joined.append(detection)
    return joined
