"""One placeholder per person in a document: which name mentions are the same person.

Each mention is read as a first name, a surname and an initial (ranks, titles and stop
words dropped; ``SURNAME, First``, particle surnames such as ``Mac an t-Saoir``,
letter-by-letter spellings ``H-U-G-H-E-S`` or ``H, U, G, H, E, S`` and chat display names
``DaveS``, ``dave.s``, ``Kasia M``, ``rhodri.trelawney`` read as names). The full names of a
document (first name and surname) define its people; every partial mention (first name alone,
surname alone, rank + surname, initial + surname, a diminutive such as Dave for David, or a
misspelling of a found name, a display name of first name and surname initial, initials
alone such as ``KW``, ``Hughes David`` surname first, ``Nowak K.``) then joins the one person
it fits, decided once every mention of the document is read, whatever form came first. A
partial mention that fits no one starts a person of its own; one that fits several people
(two Femis) gets a placeholder of its own rather than a guess.
Full names with different surnames, or with first names that are neither the same name nor
each other's diminutives, are never merged.

Different people never share a placeholder (see ``PersonIndex``): a full name joins a person
only if its first name is no different name from any first name the person already has
(Samantha never joins Samuel by way of Sam); a mention under a rank or title joins no one
known under a different one (Sergeant and Captain Hughes, Mr and Mrs Okafor); and a mention
that fits two people is not resolved by where it stands but gets a new placeholder at each
occurrence (see ``PersonIndex.person_of``).
"""

from __future__ import annotations

import functools
import re
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sealflow.scrub.declared_initials import NUMBERED, initials_letters
from sealflow.scrub.nations import NationNames
from sealflow.scrub.recognizers.forces.rank_name_recognizer import (
    RANK_WORDS,
    RANKS,
    SERVICE_AFTER_A_RANK,
)
from sealflow.scrub.wordlists import NOT_INITIALS, WordLists, fold, strip_suffix

# Words that start a surname of several words: "Mac an t-Saoir", "Ní Bhriain", "van der Berg".
SURNAME_PARTICLES = frozenset(
    [
        "mac",
        "mc",
        "nic",
        "ní",
        "ni",
        "ó",
        "o",
        "uí",
        "ui",
        "van",
        "von",
        "der",
        "den",
        "de",
        "da",
        "di",
        "du",
        "le",
        "la",
        "al",
        "el",
        "bin",
        "ibn",
        "ap",
        "ab",
        "ferch",
    ]
)
# Particles that may open a surname written alone ("Mac an t-Saoir", "Ní Bhriain").
GAELIC = frozenset(["mac", "mc", "nic", "ní", "ni", "ó", "uí", "ui", "mhic"])
_HYPHENATED_LINE_END = re.compile(r"(?<=[^\W\d_])-[ \t]*\r?\n[ \t]*(?=[^\W\d_])")
_SPELLED = re.compile(r"[^\W\d_](?:(?:\s*-\s*|\s+|\.\s*|,\s*)[^\W\d_]){2,}\.?")
# Words said between spelled letters for a space or a hyphen ("A-B-space-I-O-R-W-E-R-T-H").
SPOKEN_SEPARATOR = re.compile(
    r"(?i)(?<=[^\W\d_])[\s,.\-]+(?:space|hyphen|dash|apostrophe)[\s,.\-]+(?=[^\W\d_])"
)
# "Sgt Q.Kelthorne", "Dr.Khan": a word glued to the next one by its full stop
_GLUED_INITIAL = re.compile(r"(?<=[^\W\d_])\.(?=[^\W\d_])")
# a display name as one token: "DaveS", "Dave_S", "dave.s", "jan_k88", "rhodri.trelawney"
_HANDLE = re.compile(r"[A-Za-z][A-Za-z'’]*(?:[._\-]?[A-Za-z'’]+)*\d*")
_HANDLE_CUT = re.compile(r"[._]+|(?<=[a-z])(?=[A-Z])")
# a mention written as initials alone (see ``read_initials``): two or three letters in one
# case, run together ("KW", "HMJ", "kw") or each with its full stop ("K.W.", "K. W.", "Ó.C.")
_INITIALS_WRITTEN = re.compile(
    r"(?P<run>[^\W\d_]{2,3})|(?P<dotted>(?:[^\W\d_]\.\s?){1,2}[^\W\d_]\.?)"
)
# a possessive inside a mention, with more words after it ("Drummond's NOK")
_POSSESSIVE_INSIDE = re.compile(r"(?<=[^\W\d_])['’]s(?=\s+\S)")
_COMMA_FORM = re.compile(r"\s*([^,]+?)\s*,\s*([^,]+?)\s*")
# Misspellings: only words this long are compared, and at most this many edits apart.
FUZZY_MIN_LENGTH = 5
FUZZY_LONG_LENGTH = 9
# A misspelling of a found name this short is read only between two found names.
SHORT_MISSPELLING_LENGTH = 3
# A misspelling that drops a name's first letter is read only on names left this long.
FIRST_DROPPED_MIN_LENGTH = 6
# In running text, a name that is also an ordinary word has misspellings only this long:
# "millr" of Miller ("miller" the word is seldom typed), not "hpoe" of Hope
WORD_NAME_MISSPELT_MIN_LENGTH = 6
# What a particle surname may hold before its last word, letters only ("ni", "macan t").
PARTICLE_PREFIXES = frozenset(
    ["ni", "nic", "mac", "mc", "o", "ui", "mhic", "ab", "ap", "ferch", "van", "vander",
     "vanden", "von", "de", "da", "di", "du", "dos", "le", "la", "bin", "ibn", "maca",
     "macan", "macant", "nican", "nicant", "maca"]
)  # fmt: skip
# Address forms by nation (service_nicknames.yaml): they name no surname, but before a
# surname ("Taff Griffiths", "Jock Cameron") they are the one person known by it.
NATION_NICKNAMES = frozenset(["jock", "taff", "taffy", "paddy", "geordie", "scouse", "scouser"])
# An ordinary word run into a lower-case name has at least this many letters ("knew"); a
# shorter one may be a surname ("mei ng").
RUN_ON_MIN_LENGTH = 4
# Verbs a call log's or a case note's line opens with before the person it is about ("Rang
# Kowalczyk", "Emailed Sgt Hughes"): never the first word of a name.
NOTE_VERBS = frozenset(
    ["rang", "called", "phoned", "emailed", "e-mailed", "texted", "messaged", "met", "saw",
     "spoke", "visited", "contacted", "told", "asked", "advised", "informed", "chased",
     "reminded", "referred", "discussed", "telephoned", "rung", "cc", "cc'd", "forwarded"]
)  # fmt: skip
# Letters a spelling may have run into after its last one ("A. S. A. N. T. E. I- I mean").
MAX_LETTERS_RUN_INTO_SPELLING = 2
# A spelling joins the lone first name said at most this many characters before it.
SPELLING_REACH = 120
# A short form that is the start of a first name ("Tev" for "Tevita") has at least this many.
PREFIX_MIN_LENGTH = 3
# A short form that is the end of a first name ("Dette" for "Claudette", "Triona" for
# "Catriona", "Vita" for "Tevita") has at least this many.
SUFFIX_MIN_LENGTH = 4
# Endings English and service speech put on a name's start to make a pet form: "Sukhi"
# (Sukhdeep), "Shabs" (Shabnam), "Dipu" (Dipika), "Donie" (Donncha), "Jonno", "Bazza".
PET_ENDINGS = ("ie", "y", "i", "s", "o", "u", "ee", "sy", "za", "zza", "no", "ers")


def pet_form(short: str, long: str, min_stem: int = PREFIX_MIN_LENGTH) -> bool:
    """Whether ``short`` is the start of ``long`` with a pet ending ("sukhi" of
    "sukhdeep", "shabs" of "shabnam", "donie" of "donncha"): a stem of at least
    ``min_stem`` letters, shorter than the name it stands for."""
    for ending in PET_ENDINGS:
        stem = short.removesuffix(ending)
        if stem == short:
            continue
        for root in _roots(stem):  # "bradd" of "Bradders": Bradley
            if len(root) >= min_stem and len(root) < len(long) - 1 and long.startswith(root):
                return True
    return False


def _roots(stem: str) -> tuple[str, ...]:
    """A pet form's stem, and without its doubled last letter ("robb" -> "rob")."""
    doubled = len(stem) >= 2 and stem[-1] == stem[-2]
    return (stem, stem[:-1]) if doubled else (stem,)


# Entries kept by each per-pair cache below (gendered_forms, surname_pet). Each call is a
# few microseconds, and most repeats come within a document (a mention is asked against
# every person known). At 65,536 entries the caches filled over a long run and kept every
# pair's strings: a worker's 250k words of bench text ended 16 MiB larger (peak 374 MiB
# against 363 at 4,096), for under 0.1 s of CPU; 4,096 entries hold about 1 MiB.
PAIR_CACHE_SIZE = 4096

# Endings service speech puts on a surname, or on its start: "Robbo" (Robertson), "Smithy",
# "Jonesy", "Gibbo" (Gibson), "Richo" (Richards), "Bradders"; not "-ie", a first name's
# ("Antoie" is Antoine's, not Ms Antoine's).
SURNAME_PET_ENDINGS = ("o", "y", "ey", "sy", "ers")


# what a Mc or Mac surname is shortened to, whatever follows the prefix
_MAC_PETS = frozenset(["mac", "macca", "macka", "macky", "maccy", "mackers"])


@functools.lru_cache(maxsize=PAIR_CACHE_SIZE)
def surname_pet(short: str, surname: str) -> bool:
    """Whether ``short`` is a pet form made on ``surname`` or its start (three letters or
    more): "Robbo" of Robertson, "Smithy" of Smith, "Jonesy" of Jones."""
    if short == surname or gendered_forms(short, surname):
        return False  # "Kowalski" is Kowalska's husband, no pet form of her name
    if short in _MAC_PETS and surname.startswith(("mc", "mac")) and len(surname) > 4:
        return True  # "Macca" of McCarthy, "Mac" of MacKenzie
    for ending in SURNAME_PET_ENDINGS:
        stem = short.removesuffix(ending)
        if stem != short and any(
            len(root) >= PREFIX_MIN_LENGTH and surname.startswith(root) for root in _roots(stem)
        ):
            return True
    return False


def pet_of_short_form(pet: str, short: str) -> bool:
    """Whether ``pet`` is a pet form made on a short form of a name: "Tommo" of "Tom",
    "Robbo" of "Rob", "Jonno" of "Jon" (the short form, its last letter maybe doubled, and
    a pet ending)."""
    if len(short) < 2:
        return False
    for ending in PET_ENDINGS:
        stem = pet.removesuffix(ending)
        if stem != pet and (stem == short or (stem[-1:] == stem[-2:-1] and stem[:-1] == short)):
            return True
    return False


def spelled_out(value: str) -> str | None:
    """ "H-U-G-H-E-S", "h u g h e s", "H, U, G" or "A-B-space-I-O" -> "hughes", "abio"; None
    when not spelled out."""
    value = SPOKEN_SEPARATOR.sub("-", value)
    if not _SPELLED.fullmatch(value.strip()):
        return None
    return fold("".join(c for c in value if c.isalpha()).lower())


def _one_dropped(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with one letter left out."""
    return len(long) == len(short) + 1 and any(
        long[:i] + long[i + 1 :] == short for i in range(len(long))
    )


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count one), capped at ``limit + 1``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def could_be_misspelling(
    found: str, other: str, words: WordLists, other_is_a_name: bool = True
) -> bool:
    """Whether ``other`` may be ``found`` misspelt: long enough (four letters with two of
    them swapped or one of five dropped, else five), same first letter (or only the first
    letter dropped, six letters left), one edit apart (two for long names), not an
    allowed word (nor, in running text, a short ordinary-word name), and not both listed
    names (Smith and Smyth are two names, not one misspelt). When ``other`` is a word of
    running text rather than a detected name (``other_is_a_name`` false) it must not be an
    ordinary word or a form of one either (``_ordinary_form``)."""
    if found == other:
        return True
    short, long = sorted((found, other), key=len)
    # four letters only when two of them swapped ("Iloo" of "Iolo") or one of five dropped
    # ("Zfia" of "Zofia"); a long name may lose its first letter ("hurchú" of "Mhurchú")
    four = sorted(found) == sorted(other) or (
        len(long) == FUZZY_MIN_LENGTH and _one_dropped(short, long)
    )
    first_dropped = len(short) >= FIRST_DROPPED_MIN_LENGTH and short == long[1:]
    # three letters, between two found names only: two of three swapped ("Wie" of "Wei",
    # "Xui" of "Xiu") or one of four dropped ("Wng" of "Wong", "Chn" of "Chen")
    three = (
        other_is_a_name
        and len(short) == SHORT_MISSPELLING_LENGTH
        and (
            (len(long) == len(short) and sorted(found) == sorted(other))
            or (len(long) == len(short) + 1 and _one_dropped(short, long))
        )
    )
    too_short = len(short) < FUZZY_MIN_LENGTH - four and not three
    if (found[0] != other[0] and not first_dropped) or too_short:
        return False
    if words.is_allowed(found) or words.is_allowed(other):
        return False
    # an ordinary-word name found as a name ("Grace") has its misspellings ("Garce"); in
    # running text, only a long one ("millr" of Miller)
    if not other_is_a_name and (
        other in words.ambiguous
        or (found in words.ambiguous and len(found) < WORD_NAME_MISSPELT_MIN_LENGTH)
    ):
        return False
    if not other_is_a_name and _ordinary_form(other, words):
        return False
    if words.is_listed_name(found) and words.is_listed_name(other):
        return False
    limit = 2 if min(len(found), len(other)) >= FUZZY_LONG_LENGTH else 1
    return edit_distance(found, other, limit) <= limit


def _ordinary_form(word: str, words: WordLists) -> bool:
    """Whether ``word`` is an ordinary word or a form of one ("tuner", "books"). A stem with
    no vowel ("frs" of "frser": an abbreviation) is no word's stem: a word that is common
    only by such stems is no form of a word, and may be a name misspelt."""
    if not words.is_common_word(word):
        return False
    if word in words.common_words or word in words.stop_words:
        return True
    common_stems = [s for s in strip_suffix(word) if s != word and s in words.common_words]
    return not common_stems or any(any(c in "aeiouy" for c in s) for s in common_stems)


# Rank and title words written short -> the words of the rank in full, so "Sgt" and
# "Sergeant", "Lt Col" and "Lieutenant Colonel" read as one rank (see ``title_of``).
_RANK_WORD_IN_FULL = {
    "pte": "private", "lcpl": "lance corporal", "l/cpl": "lance corporal", "cpl": "corporal",
    "sgt": "sergeant", "serjeant": "sergeant", "ssgt": "staff sergeant",
    "s/sgt": "staff sergeant", "csgt": "colour sergeant", "c/sgt": "colour sergeant",
    "wo1": "warrant officer", "wo2": "warrant officer", "rsm": "warrant officer",
    "csm": "warrant officer", "rqms": "warrant officer", "cqms": "warrant officer",
    "2lt": "second lieutenant", "2nd": "second", "lt": "lieutenant", "lieut": "lieutenant",
    "capt": "captain", "maj": "major", "col": "colonel", "brig": "brigadier",
    "gen": "general", "gnr": "gunner", "spr": "sapper", "tpr": "trooper", "rfn": "rifleman",
    "fus": "fusilier", "gdsm": "guardsman", "kgn": "kingsman", "cfn": "craftsman",
    "sig": "signaller", "dmr": "drummer", "bdr": "bombardier", "lbdr": "lance bombardier",
    "l/bdr": "lance bombardier", "mne": "marine", "ac": "aircraftman",
    "lac": "leading aircraftman", "sac": "senior aircraftman",
    "sac(t)": "senior aircraftman", "aircraftwoman": "aircraftman", "chf": "chief",
    "tech": "technician",
    "fs": "flight sergeant", "f/sgt": "flight sergeant", "plt": "pilot", "off": "officer",
    "fg": "flying", "flt": "flight", "sqn": "squadron", "ldr": "leader", "wg": "wing",
    "cdr": "commander", "gp": "group", "cdre": "commodore", "avm": "air vice marshal",
    "ab": "able seaman", "lh": "leading hand", "ls": "leading seaman", "po": "petty officer",
    "cpo": "chief petty officer", "mid": "midshipman", "slt": "sub lieutenant",
    "adm": "admiral", "ms": "mrs", "miss": "mrs", "doctor": "dr", "professor": "prof",
    "revd": "rev",
}  # fmt: skip
_RANKS_READ = sorted(
    (tuple(w.lower().strip(".") for w in rank.split()) for rank in RANKS), key=len, reverse=True
)
# The same ranks (same order) under their first word: a mention is tried only against the
# ranks that open with its own first word, not against every rank (a hot path: every
# person mention of every document is read here).
_RANKS_BY_FIRST_WORD: dict[str, list[tuple[str, ...]]] = {}
for _rank in _RANKS_READ:
    _RANKS_BY_FIRST_WORD.setdefault(_rank[0], []).append(_rank)
# Titles that say nothing of rank or sex: they agree with any other.
_ANY_TITLE = frozenset(["dr", "prof", "padre", "rev", "mx", "sir", "dame", "lord", "lady"])
_CIVIL_TITLES = frozenset(["mr", "mrs"])


def title_of(value: str) -> frozenset[str] | None:
    """The rank or title a mention opens with, as the words of the rank in full ("Sgt
    Hughes" and "Sergeant Hughes" -> {sergeant}, "Ms Okafor" -> {mrs}), or None. Only a
    whole rank of the rank list counts: "Staff Hughes" is no rank."""
    if not value.lstrip()[:1].isupper():
        return None  # "ab Iorwerth" is a Welsh particle, "AB Iorwerth" an able seaman
    tokens = [t.lower().strip(".,;:") for t in value.split()]
    for rank in _RANKS_BY_FIRST_WORD.get(tokens[0], ()):
        if tuple(tokens[: len(rank)]) == rank and len(tokens) > len(rank):
            words = " ".join(_RANK_WORD_IN_FULL.get(w, w) for w in rank)
            return frozenset(words.split())
    return None


def titles_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether one person may be named under both titles. Mr and Mrs never; two military
    ranks only when they share a word (Sergeant and Staff Sergeant, Colonel and Lieutenant
    Colonel: a rank is often shortened); a civil title beside a rank (Mr Hughes, Sergeant
    Hughes after he left) and a title of no rank or sex (Dr, Padre) always."""
    if a & b or a & _ANY_TITLE or b & _ANY_TITLE:
        return True
    civil_a, civil_b = bool(a & _CIVIL_TITLES), bool(b & _CIVIL_TITLES)
    return civil_a != civil_b


# A surname's ending for a man and for a woman (Polish, Czech, Slovak, Lithuanian, Russian):
# "Kowalski" and "Kowalska" are a husband and wife, not a misspelling.
# Compared with accents folded: Czech "Nový"/"Nová" as "novy"/"nova", "Novák"/"Nováková".
_GENDERED_ENDINGS = (("ski", "ska"), ("cki", "cka"), ("dzki", "dzka"), ("y", "a"), ("", "ova"),
                     ("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("as", "iene"),
                     ("is", "iene"), ("us", "iene"))  # fmt: skip


@functools.lru_cache(maxsize=PAIR_CACHE_SIZE)
def gendered_forms(a: str, b: str) -> bool:
    """Whether two surnames are one family name in its man's and woman's form (kept per
    pair: placing a mention asks it of every person known, document after document)."""
    for his, hers in _GENDERED_ENDINGS:
        for one, other in ((a, b), (b, a)):
            if (
                one.endswith(his)
                and other.endswith(hers)
                and len(one) - len(his) >= 3
                and one[: len(one) - len(his)] == other[: len(other) - len(hers)]
            ):
                return True
    return False


@dataclass(frozen=True)
class Mention:
    """A name mention read into its parts (lower case, accents folded)."""

    first: str | None = None
    surname: str | None = None
    initial: str | None = None
    # a lone word that may be a first name or a surname ("Hughes said", "Kasia rang")
    either: str | None = None
    # the surname's initial after a first name: the "S" of "DaveS", "Dave S." or "dave.s"
    surname_initial: str | None = None
    # the words between first name and surname ("thapa" of "Kamala Thapa Magar")
    middle: str | None = None
    # spelled letter by letter ("S-I-D-H-U"): said to give a surname or a name in full
    spelled: bool = field(default=False, compare=False)
    # the rank or title it opens with, read whole (see ``title_of``): not part of the name
    title: frozenset[str] | None = field(default=None, compare=False)
    # a person written by initials alone: "kw" of "KW", "K.W.", "kw" (Kevin Wong)
    initials_only: str | None = None

    @property
    def full(self) -> bool:
        return self.first is not None and self.surname is not None


def _bare(token: str) -> str:
    token = token.strip(".,;:!?'’\"()[]")
    for suffix in ("'s", "’s"):
        token = token.removesuffix(suffix)
    return fold(token.lower())


def _letters(word: str | None) -> str | None:
    return "".join(c for c in word if c.isalnum()) or None if word is not None else None


# Mentions already read, per word lists: a document's names are read several times over
# (variants, initials, people), and a study repeats them; a Mention is frozen, so the same
# one is handed out again. Bounded: emptied when it grows past _MENTIONS_KEPT values.
_MENTIONS: weakref.WeakKeyDictionary[WordLists, dict[str, Mention | None]] = (
    weakref.WeakKeyDictionary()
)
_MENTIONS_KEPT = 50_000


def parse_mention(value: str, words: WordLists) -> Mention | None:
    """Read a detected person span; None when no word of it names anyone. The parts keep
    letters only, so "O'Driscoll", "O-D-R-I-S-C-O-L-L" and "ODRISCOLL" meet."""
    read = _MENTIONS.get(words)
    if read is None:
        read = _MENTIONS[words] = {}
    if value in read:
        return read[value]
    if len(read) >= _MENTIONS_KEPT:
        read.clear()
    # "JOA-\nNNA NOWAK": a name hyphenated over a line end is read as one word
    read[value] = _read_mention(_HYPHENATED_LINE_END.sub("", value), words)
    return read[value]


def _without_opening_word(value: str, words: WordLists) -> str:
    """A mention less an ordinary word a recognizer ran in before a rank, a title, an
    initial, a surname in capitals or a listed first name: "Rang Ms Clark", "Rang S.Limbu",
    "daughter katarzyna" (typed without capitals). A call log's or a case note's sentence
    opens with its verb ("Rang Capt Murphy"), and read whole the verb was a first name: a
    person "Rang Murphy" beside Capt Murphy, who then fitted two people and joined
    neither. A listed name stays ("Will Hughes")."""
    tokens = value.split()
    if len(tokens) < 2 or tokens[0].isupper():
        return value
    if tokens[0][:1].islower() and not value.islower():
        return value  # capitalised writing: _parse drops its lower-case words itself
    lead, following = _bare(tokens[0]), tokens[1]
    bare_following = _bare(following)
    if (
        not lead.isalpha()
        or not words.is_common_word(lead)
        or words.is_listed_name(lead)
        or (lead in words.table_names and tokens[0][:1].isupper())  # "Rob O", "Sam J"
        or lead in RANK_WORDS
        or lead in SURNAME_PARTICLES
    ):
        return value
    cue = (
        lead in NOTE_VERBS
        or title_of(" ".join(tokens[1:])) is not None
        or _GLUED_INITIAL.search(following) is not None  # "S.Limbu"
        or (len(bare_following) == 1 and following[:1].isupper())  # "P. Byrne"
        or (len(bare_following) > 1 and following.strip(".,;:").isupper())  # "RAI"
        # a listed first name: "Rang Prakash", "daughter katarzyna" (typed without
        # capitals); not a surname, which may be the second word of one ("Ale Magar")
        or bare_following in words.first_names
    )
    return value[value.index(tokens[1]) :] if cue else value


def _heard_whole(text: str, words: WordLists) -> str:
    """A surname a speech recogniser heard as two words, in writing without capitals, read
    as one ("harry butter worth", "butter worth": Butterworth; see split_surnames.py)."""
    if not text.islower() or " " not in text:
        return text
    tokens = text.split(" ")
    if tokens[0] in _SPOKEN_TITLES:
        tokens[0] = _SPOKEN_TITLES[tokens[0]]  # "mister o connor": a title, no first name
    for i in range(len(tokens) - 1, 0, -1):
        a, b = tokens[i - 1], tokens[i]
        joined = fold(a + b)
        if not (a.isalpha() and b.isalpha()) or joined in words.first_names:
            continue
        if (min(len(a), len(b)) >= 3 and joined in words.surnames) or (
            a in SPOKEN_APART_PARTICLES
            and (joined in words.surnames or f"{a}'{b}" in words.surnames)
        ):
            tokens[i - 1 : i + 1] = [a + b]  # "butter worth", "o brien", "mac kenzie"
    return " ".join(tokens)


# a title as a speech engine writes it
_SPOKEN_TITLES = {"mister": "mr", "missus": "mrs", "misses": "mrs"}
# particles a speech engine writes apart from the surname they open ("o brien"), whose
# joined form is the surname (split_surnames.py finds them; _heard_whole reads them)
SPOKEN_APART_PARTICLES = frozenset(["o", "mc", "mac", "fitz"])


def _to_possessive(value: str) -> str:
    """A mention up to its first possessive: "Iain Drummond's NOK", "catriona's lad
    bikram" name the person before the "'s"; what follows is theirs, or someone else."""
    match = _POSSESSIVE_INSIDE.search(value)
    return value[: match.end()] if match else value


def _read_mention(value: str, words: WordLists) -> Mention | None:
    value = _without_opening_word(_to_possessive(value), words)
    mention = _parse(value, words)
    if mention is None:
        return None
    read = Mention(
        first=_letters(mention.first),
        surname=_letters(mention.surname),
        initial=mention.initial,
        either=_letters(mention.either),
        surname_initial=mention.surname_initial,
        middle=_letters(mention.middle),
        spelled=mention.spelled,
        title=title_of(value),
        initials_only=mention.initials_only,
    )
    if not (read.first or read.surname or read.either or read.initials_only):
        return None  # "--", "- -", a zero-width space: a span with no name's letters in it
    return read


_SERVICE_OF_A_RANK = re.compile(SERVICE_AFTER_A_RANK)


def _parse(value: str, words: WordLists) -> Mention | None:
    text = _heard_whole(value.strip(), words)
    written = read_initials(text, words)
    if written is not None and not written.could_be_word:
        return Mention(initials_only=written.letters)  # "Y.K.L.": initials, no spelling
    collapsed = spelled_out(text)
    if collapsed is not None:
        return Mention(either=collapsed, spelled=True)
    handle = _display_name(text, words)
    if handle is not None:
        return handle
    layout_first: str | None = None
    comma = _COMMA_FORM.fullmatch(text)
    if comma is not None:
        before = comma.group(1)
        if (
            " " not in before
            and not before.isupper()
            and words.is_common_word(_bare(before))
            and not words.is_listed_name(_bare(before))
            and _bare(before) not in RANK_WORDS
        ):
            text = comma.group(2)  # "Like, Semisi", "Anyway, Hughes": a filler, then the name
        else:
            # "HUGHES, David" and "Hughes, D." are the surname first; a directory's rank or
            # title after the first name goes before it ("Gibson, Will CPO": CPO Will Gibson)
            given = comma.group(2).split()
            after: list[str] = []
            while len(given) > 1 and (
                _bare(given[-1]) in RANK_WORDS or title_of(given[-1]) is not None
            ):
                after.insert(0, given.pop())
            text = " ".join([*after, *given, comma.group(1)])
            # the word after the comma is the first name by its place ("Gibson, Will")
            layout_first = given[0] if given and given[0][:1].isupper() else None
    text = _GLUED_INITIAL.sub(". ", text)
    text = _SERVICE_OF_A_RANK.sub("", text)  # "Cpl (RM) Kavanagh": the rank's service
    had_rank = False
    initials: list[str] = []
    names: list[str] = []
    ran_in: list[str] = []  # lower-case words before any capitalised one
    particle_at: int | None = None
    tokens = text.split()
    capitalised = any(t[:1].isupper() for t in tokens)
    if not capitalised:
        tokens = _without_run_on_words(tokens, words)
    for token in tokens:
        bare = _bare(token)
        if not bare or any(c.isdigit() for c in bare):
            continue  # a time a recognizer ran in ("2140 hrs Flight Lieutenant ap Gwilym")
        if (
            capitalised
            and particle_at is None
            and token[:1].islower()
            and words.is_common_word(bare)
            and not words.is_listed_name(bare)
            and bare not in SURNAME_PARTICLES
        ):
            if names:
                break  # the name ended: "Frank at Tidworth" is Frank, not Frank Tidworth
            continue  # an ordinary word a recognizer ran into ("rang James")
        # a particle opens a surname after a first name ("Dafydd ap Gwilym"), or alone when
        # Gaelic ("Mac an t-Saoir") or not written as a first name would be ("ap Gwilym",
        # "AP GWILYM"; "Van Morrison" is a first name)
        if particle_at is not None and bare.isalpha():
            if _initials_after_a_name(token, tokens, len(names) - particle_at):
                initials.extend(bare)  # "de Vries H", "van der Berg DJ": a register's way
                continue
            names.append(bare)  # "a'" of "Mac a' Phearsain", "t" of "an t-Saoir"
            continue
        gaelic = bare in GAELIC or token.lower().strip(".,") in GAELIC  # "Ó" folds to "o"
        if (
            particle_at is None
            and not names
            and bare in RANK_WORDS
            and _rank_in_capitals(token, text)
        ):
            had_rank = True  # "AB Pádraig McGonigle": an able seaman, not Welsh "ab"
            continue
        if (
            bare in SURNAME_PARTICLES
            and particle_at is None
            # a particle opens a surname: never the last word ("BELL O": an initial)
            and token is not tokens[-1]
            and (
                names or gaelic or (len(bare) >= 2 and (not token[:1].isupper() or token.isupper()))
            )
        ):
            particle_at = len(names)
            names.append(bare)
            continue
        if particle_at is None and bare in RANK_WORDS and not names:
            had_rank = True
            continue
        if particle_at is None and bare in RANK_WORDS and not had_rank and ran_in == names:
            names.clear()  # "hrs" of "2140 hrs Flight Lieutenant ap Gwilym": no name
            had_rank = True
            continue
        if token[:1].islower() and not had_rank and ran_in == names:
            ran_in.append(bare)
        if len(bare) == 1 and bare.isalpha():
            initials.append(bare)
            continue
        if _initials_run_before_a_name(token, bare, names, tokens, words):
            initials.extend(bare)  # "HM Liu", "DH Keane": initials run together
            continue
        if (
            len(names) == 1
            and len(bare) > 1
            and _initials_after_a_name(token, tokens, 1)
            and not words.is_listed_name(bare)
            and bare not in NOT_INITIALS
        ):
            initials.extend(bare)  # "FORBES JG", "Zhang WJ": a register's surname, initials
            continue
        if (
            particle_at is None
            and (words.is_allowed(bare) or bare in words.stop_words)
            and (len(tokens) > 1)
            and token != layout_first
            and not _first_name_then_an_initial(token, tokens, words)
        ):
            continue  # alone, a name a recognizer found ("Will" of Wilfred, "Mo" of Mohammed)
        names.append(bare)
    if particle_at is not None and particle_at < len(names) - 1:
        surname = "".join(c for c in "".join(names[particle_at:]) if c.isalnum())
        first = names[0] if particle_at > 0 else None
        # "Rang Siobhán Ó Súilleabháin": a word run in before the first name is a middle
        middle = "".join(names[1:particle_at]) if particle_at > 1 else None
        return Mention(
            first=first,
            surname=surname,
            initial=initials[0] if initials else None,
            middle=middle or None,
        )
    names = [n for n in names if n not in SURNAME_PARTICLES]
    names = [n for i, n in enumerate(names) if n not in names[:i]]  # "ADEYEMI ... Adeyemi"
    if len(names) >= 3:
        return Mention(first=names[0], surname=names[-1], middle="".join(names[1:-1]))
    if len(names) >= 2:
        return Mention(first=names[0], surname=names[-1])
    if len(names) == 1:
        if (
            initials
            and not had_rank
            and _initial_last(tokens)
            and not _surname_first(tokens, names[0], words)
        ):
            # "Kasia M", "Dave S.": a first name and its surname's initial
            return Mention(first=names[0], surname_initial=initials[-1])
        if initials:
            return Mention(surname=names[0], initial=initials[0])
        if had_rank:
            return Mention(surname=names[0])
        return Mention(either=names[0])
    return None


@dataclass(frozen=True)
class WrittenInitials:
    """A mention read as a person's initials alone: its letters (lower case, accents folded)
    and whether they also read as a word or a name ("Al", "me", "TA" written "ta")."""

    letters: str
    could_be_word: bool
    uppercase: bool = False

    @property
    def named_by_letters_alone(self) -> bool:
        """Whether the letters stand for a person even when they also make a word: in
        capitals ("TA", "A.T."), or two in lower case ("js"); three lower-case letters
        that make a word ("bex") are that word."""
        return not self.could_be_word or self.uppercase or len(self.letters) == 2


def _initials_run_before_a_name(
    token: str, bare: str, names: list[str], tokens: list[str], words: WordLists
) -> bool:
    """Two or three capitals run together before the name's last word ("HM" of "HM Liu"):
    initials, unless they are a listed name ("NG Xiu", "LI Wei": a surname first) or an
    office."""
    return (
        not names
        and token is not tokens[-1]
        and token.isupper()
        and 2 <= len(bare) <= 3
        and bare.isalpha()
        and not words.is_listed_name(bare)
        and bare not in NOT_INITIALS
    )


def read_initials(text: str, words: WordLists) -> WrittenInitials | None:
    """The one reader of a mention written as initials alone ("KW", "K.W.", "K. W.", "kw",
    "HMJ"), or None: two or three letters all in capitals or all in lower case, no role or
    office (``NOT_INITIALS``: "WO", "CO", "INT"). Whether they also make a word, a rank or
    a title ("SR", "MS") is kept, not decided here: a person known by those initials takes
    them all the same (``PersonIndex``)."""
    text = text.strip()
    written = _INITIALS_WRITTEN.fullmatch(text)
    if written is None:
        return None
    raw = "".join(c for c in text if c.isalpha())
    if not (raw.isupper() or raw.islower()):
        return None  # "Al", "Bex": a name written as one
    letters = fold(raw.lower())
    if letters in NOT_INITIALS:
        return None
    dotted = written.group("dotted") is not None
    could_be_word = not dotted and (
        # a rank or a title ("SR", "MS", "AC") too: initials only of a person who has them
        letters in RANK_WORDS
        or letters in _RANK_WORD_IN_FULL
        or words.is_listed_name(letters)
        or words.is_allowed(letters)
        or letters in words.stop_words
        # in lower case an abbreviation of the dictionary ("ds", "ag") is no one's initials
        or (raw.islower() and words.is_common_word(letters))
    )
    return WrittenInitials(letters, could_be_word, uppercase=raw.isupper())


def _without_run_on_words(tokens: list[str], words: WordLists) -> list[str]:
    """A mention typed without capitals, less the ordinary words a recognizer ran into
    after the name ("waqa knew", "kevin knew" -> "waqa", "kevin"), when a name is left:
    read whole, "knew" was a surname, and "waqa" alone then fitted two people. Only words
    at the end go: a first name before the surname may be an ordinary word ("mei chen",
    "wei wong"). A word on a name list stays ("hope white"), and so does a mention of
    ordinary words only ("mei ng": short words may be surnames)."""

    def run_on(token: str) -> bool:
        bare = _bare(token)
        return (
            len(bare) >= RUN_ON_MIN_LENGTH
            and words.is_common_word(bare)
            and not words.is_listed_name(bare)
            and bare not in SURNAME_PARTICLES
            and bare not in RANK_WORDS
        )

    kept = list(tokens)
    while len(kept) > 1 and run_on(kept[-1]):
        kept.pop()
    return kept if any(_bare(t) not in RANK_WORDS for t in kept) else tokens


def _initials_after_a_name(token: str, tokens: list[str], names_before: int) -> bool:
    """Whether ``token`` is initials after a surname, as registers write them: the last
    token, one to three capitals run together ("FORBES JG", "de Vries H"), after a name."""
    bare = token.strip(".,;:")
    return (
        names_before >= 1
        and token is tokens[-1]
        and 1 <= len(bare) <= 3
        and bare.isalpha()
        and bare.isupper()
    )


def _rank_in_capitals(token: str, text: str) -> bool:
    """Whether a rank that is also a particle ("AB", "LA") is written as a rank: in
    capitals before a name that is not ("AB Pádraig McGonigle"; "AB IORWERTH" is Welsh)."""
    return token.isupper() and len(token) >= 2 and not text.isupper()


def _surname_first(tokens: list[str], name: str, words: WordLists) -> bool:
    """Whether a name before a last initial is a surname ("SMITH J.", "Evans J."): written
    in capitals, or a listed surname that is no first name."""
    written = next((t for t in tokens if _bare(t) == name), "")
    return (len(written) > 1 and written.isupper()) or (
        name in words.surnames and name not in words.first_names
    )


def _first_name_then_an_initial(token: str, tokens: list[str], words: WordLists) -> bool:
    """ "May G", "Rob O", "Will S.", "May Gibson": a listed first name or short form that
    is also a word, written with a capital before a surname's initial or a capitalised
    surname, as display names and notes write a person; what follows says it is a name,
    not the month, the verb or the auxiliary."""
    if len(tokens) != 2 or token is not tokens[0] or not token[:1].isupper():
        return False
    bare = _bare(token)
    if bare not in words.first_names and bare not in words.table_names:
        return False
    after = tokens[1]
    if re.fullmatch(r"[A-Z]\.?", after):
        return True
    surname = _bare(after)
    return (
        after[:1].isupper()
        and not after.isupper()
        and len(surname) >= 3
        and (surname in words.surnames or not words.is_common_word(surname))
        and surname not in RANK_WORDS
    )


def _initial_last(tokens: list[str]) -> bool:
    """Whether the mention ends in a lone initial after a name ("Kasia M", "Dave S.")."""
    bare = [t.strip(".,;:!?'’\"()[]") for t in tokens]
    bare = [t for t in bare if t]
    return len(bare) >= 2 and len(bare[-1]) == 1 and len(bare[-2]) > 1


def _display_name(text: str, words: WordLists) -> Mention | None:
    """A one-token display name read into its parts, or None when ``text`` is no handle.

    "DaveS", "Dave_S", "dave.s", "KasiaN", "jan_k88" are a first name and a surname's
    initial; "j_kowalski" and "J.Smith" an initial and a surname; "rhodri.trelawney",
    "RhodriTrelawney" and "dervlacrossley" (a listed first name joined to a listed surname,
    the whole no name itself) a full name. "McDonald", "Dr.Khan" and plain words are not."""
    if not _HANDLE.fullmatch(text):
        return None
    core = text.rstrip("0123456789")
    parts = [fold(p.lower()) for p in _HANDLE_CUT.split(core) if p]
    if len(parts) >= 2:
        first, last = parts[0], parts[-1]
        if len(last) == 1 and len(first) >= 2 and len(parts) == 2:
            return Mention(first=first, surname_initial=last)
        if len(first) == 1 and len(last) >= 2 and len(parts) == 2:
            return Mention(surname=last, initial=first)
        if (
            min(len(first), len(last)) >= 2
            and first not in SURNAME_PARTICLES
            and first not in GAELIC
            and first not in RANK_WORDS
            and first not in words.stop_words
            # "rhodri.trelawney" is two words by its dot; "RhodriTrelawney" needs a list
            and (
                any(c in core for c in "._")
                or words.is_listed_name(first)
                or words.is_listed_name(last)
            )
        ):
            return Mention(first=first, surname=last)
        return None
    joined = parts[0] if parts else ""
    if core == text and (core.lower() != core or words.is_listed_name(joined)):
        return None  # a capitalised word or a listed name: the caller reads it
    for cut in range(3, len(joined) - 2):
        first, surname = joined[:cut], joined[cut:]
        if (
            first in words.first_names
            and surname in words.surnames
            and (words.is_unambiguous_name(first) or words.is_unambiguous_name(surname))
        ):
            return Mention(first=first, surname=surname)
    if core != text and joined.isalpha():
        return Mention(either=joined)  # "kasia88"
    return None


@dataclass
class Person:
    firsts: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    initials: set[str] = field(default_factory=set)
    either: set[str] = field(default_factory=set)
    surname_initials: set[str] = field(default_factory=set)
    middles: set[str] = field(default_factory=set)
    # the ranks and titles the person was named under ("Sgt Hughes"), see ``titles_agree``
    titles: set[frozenset[str]] = field(default_factory=set)
    # the initials the document declared for them in brackets ("Jo Evans (J.E.)"), letters
    declared: set[str] = field(default_factory=set)


@dataclass
class PersonIndex:
    """The people of one document and which mention (by its exact text) is whom.

    Different people never share a placeholder, so a link is made only where nothing
    speaks against it: a full name never joins a person one of whose first names is a
    different given name (``_names_another``: "Samantha Price" never joins "Samuel Price"
    through "Sam Price", full names are placed longest first name first so the short form
    meets both); a full name that fits two people, and a partial mention that fits two
    ("Dave" beside Dave Jones and Dave Patel, "J. Smith" beside John and Jane, "Okafor"
    beside Emeka and Ngozi), joins neither; a mention under a rank or title joins no one
    named under one that disagrees (``titles_agree``: Sergeant and Captain Hughes, Mr and
    Mrs Okafor). Such an unresolved mention is not given to the nearest person before it:
    placeholders are chosen per value for the whole document, and a wrong guess would
    attribute one person's words to another, which costs more than a placeholder of its
    own; so each occurrence gets a new one (``person_of``).
    """

    words: WordLists
    diminutives: Mapping[str, frozenset[str]]
    # service nickname -> the surnames it goes with ("dusty" -> {miller, rhodes})
    nicknames: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # address form by nation -> the names that mark that nation ("jock" -> cameron, mac...)
    nations: Mapping[str, NationNames] = field(default_factory=dict)
    people: list[Person] = field(default_factory=list)
    _by_value: dict[str, int] = field(default_factory=dict)
    _shared: dict[str, int] = field(default_factory=dict)
    # people made for mentions that fit several: each use of them is a new person
    _unresolved: set[int] = field(default_factory=set)
    # answers of same_first and same_surname: placing a mention asks them of every person
    # known so far, so one document asks the same pair many times (a tenth of learning)
    _same_first_answers: dict[tuple[str, str, bool], bool] = field(default_factory=dict)
    _same_surname_answers: dict[tuple[str, str], bool] = field(default_factory=dict)
    # initials as written -> the name they were declared for (``declared_initials``)
    _declared: dict[str, str] = field(default_factory=dict)
    # names a field gives as the document's writer (``named_writers``)
    _writers: set[str] = field(default_factory=set)

    def same_first(self, a: str, b: str, loose: bool = True) -> bool:
        """The same first name: equal, a diminutive in the table ("Dave", "David"), and
        when ``loose`` the start of the other ("Tev" for "Tevita", "Przem" for
        "Przemyslaw": at least ``PREFIX_MIN_LENGTH`` letters), its end or middle, a pet form
        or a misspelling of it."""
        answer = self._same_first_answers.get((a, b, loose))
        if answer is None:
            answer = self._same_first_answers[a, b, loose] = self._same_first(a, b, loose)
        return answer

    def _same_first(self, a: str, b: str, loose: bool) -> bool:
        if a == b or b in self.diminutives.get(a, ()):
            return True
        if not loose:
            return False
        short, long = sorted((a, b), key=len)
        if len(short) >= PREFIX_MIN_LENGTH and long.startswith(short):
            return True
        # the end of a listed first name only: "dunleavy" is the end of the display name
        # "mehmetdunleavy", not a short form of it
        if (
            len(short) >= SUFFIX_MIN_LENGTH
            and long.endswith(short)
            and long in self.words.first_names
        ):
            return True
        # the middle of a first name, itself no listed first name nor ordinary word ("Kani"
        # of "Akanisi"): at least four letters
        if (
            len(short) >= SUFFIX_MIN_LENGTH
            and short in long[1:-1]
            and short not in self.words.first_names
            and not self.words.is_common_word(short)
        ):
            return True
        if pet_form(short, long) or pet_form(long, short):  # "Bradders" of Bradley
            return True
        if any(pet_of_short_form(short, s) for s in self.diminutives.get(long, ())):
            return True  # "Tommo" of Thomas, by way of "Tom"
        return could_be_misspelling(a, b, self.words)

    def nickname_of(self, word: str, surnames: Iterable[str]) -> bool:
        """Whether ``word`` is the service nickname of one of ``surnames`` ("Dusty" of
        Miller, "Smudge" of Smith)."""
        goes_with = self.nicknames.get(word, frozenset())
        return any(s in goes_with for s in surnames)

    def same_surname(self, a: str, b: str) -> bool:
        """The same surname, misspelt or not, with or without its particle ("Bhriain" of
        "Ní Bhriain", "Iorwerth" of "ab Iorwerth")."""
        answer = self._same_surname_answers.get((a, b))
        if answer is None:
            answer = self._same_surname_answers[a, b] = self._same_surname(a, b)
        return answer

    def _same_surname(self, a: str, b: str) -> bool:
        if gendered_forms(a, b):
            return False
        if could_be_misspelling(a, b, self.words):
            return True
        short, long = sorted((a, b), key=len)
        return (
            len(short) >= PREFIX_MIN_LENGTH + 1
            and long.endswith(short)
            and long[: len(long) - len(short)] in PARTICLE_PREFIXES
        )

    def learn(
        self,
        values: Iterable[str],
        starts: Iterable[int] | None = None,
        declared: Mapping[str, str] | None = None,
        writers: Iterable[str] = (),
    ) -> None:
        """Place mentions: full names first, then the one-word partial ones name-as-written
        first (``_canonical_first``), then the rest in document order, and initials alone
        last (they may stand for any name the document gives, in any order).
        With ``starts`` (where each mention starts in the text), a spelling joins the lone
        first name before it only when it follows within ``SPELLING_REACH`` characters.
        ``declared`` (initials -> name, ``declared_initials``) ties initials to the person
        the document declared them for, after that person is placed; numbered initials
        ("CL2") declared for no one are a person each. ``writers`` (``named_writers``) are
        the names a field gives as the document's writer: initials that fit two people, one
        of them a writer, are the writer's (a case worker signs her notes "KK", though the
        soldier they are about is Kevin Kumar)."""
        self._declared.update(declared or {})
        self._writers.update(writers)
        mentions = []
        where = list(starts) if starts is not None else None
        for number, value in enumerate(values):
            if value in self._by_value:
                continue
            if value in self._declared:
                continue  # placed with the person declared, below
            if NUMBERED.fullmatch(value):
                self._by_value[value] = self._new(Person())
                continue
            mention = parse_mention(value, self.words)
            if mention is not None:
                start = where[number] if where is not None else None
                mentions.append((value, mention, start))
        mentions = self._unjoined(mentions)

        # real first names before service nicknames ("Dusty" Miller meets every Miller the
        # document names, whatever the order), then the longest first name first
        # and a name that may be written surname first ("Hughes David") or a surname of two
        # words without its hyphen ("Beaumont Clarke") after the others
        surnames = {m.surname for _, m, _ in mentions if m.full}

        def order(item: tuple[str, Mention, int | None]) -> tuple[bool, bool, int]:
            mention = item[1]
            nickname = (
                self.nickname_of(mention.first or "", [mention.surname or ""])
                or mention.first in NATION_NICKNAMES
            )
            later = self._reads_surname_first(mention) or (
                mention.full and f"{mention.first}{mention.surname}" in surnames
            )
            return nickname, later, _longest_first_name_first(item[:2])

        for value, mention, _ in sorted(mentions, key=order):
            if mention.full and value not in self._by_value:
                self._by_value[value] = self._place_full(mention)
                self._note_title(self._by_value[value], mention)
        # a surname with an initial before a bare surname: "MACKENZIE J" and "MACKENZIE NC"
        # of a register are two people, and "Lt MacKenzie" after them fits both
        for value, mention, _ in mentions:
            if value not in self._by_value and self._surname_and_initial(mention):
                self._by_value[value] = self._place_partial(mention)
                self._note_title(self._by_value[value], mention)
        for value, mention in self._canonical_first(mentions):
            if value not in self._by_value:
                by_initials = self._person_by_initials(value)  # "TA", "cr", "HMJ"
                if by_initials is not None:
                    self._by_value[value] = by_initials
                    continue
                self._by_value[value] = self._place_partial(mention)
                self._note_title(self._by_value[value], mention)
        previous: int | None = None
        previous_end: int | None = None
        previous_mention: Mention | None = None
        for value, mention, start in mentions:
            near = start is None or previous_end is None or start - previous_end <= SPELLING_REACH
            if mention.initials_only is not None and value not in self._by_value:
                continue  # placed last, when every name they may abbreviate is known
            by_initials = self._person_by_initials(value)
            if by_initials is not None and value not in self._by_value:
                self._by_value[value] = by_initials
            if not mention.full and value not in self._by_value:
                self._by_value[value] = self._place_partial(mention, previous if near else None)
                self._note_title(self._by_value[value], mention)
                if near and previous is not None and previous_mention is not None:
                    self._spelled_first_joins(previous_mention, previous, mention, value)
            previous = self._by_value.get(value)
            previous_end = None if start is None else start + len(value)
            previous_mention = mention
        self._bind_declared()
        # initials alone ("KO", "K.O.") after every other mention: "Action: KO" before
        # "K. Owusu" is hers, as it is after (``_initials_fit``)
        for value, mention, _ in mentions:
            if mention.initials_only is not None and value not in self._by_value:
                self._by_value[value] = self._place_initials(mention.initials_only)

    def _surname_and_initial(self, mention: Mention) -> bool:
        """A surname and a first name's initial, as a register writes them ("MACKENZIE J",
        "J. Smith"; "Nolan K", read as a display name, when Nolan is a surname too)."""
        if mention.full:
            return False
        if mention.first is None:
            return mention.surname is not None and mention.initial is not None
        return (
            mention.surname is None
            and mention.surname_initial is not None
            and mention.first in self.words.surnames
        )

    def _bind_declared(self) -> None:
        """Each declared value goes to its name's person; one whose name was not placed
        or fits several people is read like any other mention."""
        for value, name in list(self._declared.items()):
            if value in self._by_value:
                continue
            index = self._by_value.get(name)
            if index is None or index in self._unresolved:
                del self._declared[value]
                self.learn([value])
                self._declared[value] = name
                continue
            self._by_value[value] = index
            if value.isupper() or len(value) <= 4:
                # declared initials; a nickname tied to its person declares no letters
                self.people[index].declared.add(initials_letters(value))

    def _canonical_first(
        self, mentions: list[tuple[str, Mention, int | None]]
    ) -> list[tuple[str, Mention]]:
        """The one-word partial mentions (a first name, a surname, a rank and a surname),
        the name as written in full before its short forms and misspellings: a listed name
        before an unlisted one, then the longest first.

        Why not in document order: a partial mention joins the people placed before it, so
        first-come placing made the result depend on which form a writer happened to use
        first. "jol", "joylon", "jolyon" (no full name given) became three people, as
        "jolyon" then fitted both the short form and the misspelling; placed "jolyon"
        first, both join it. And "Sam" placed before "Samantha" and "Samuel" took both of
        them in; placed last it fits two people and joins neither. A known person's surname
        goes first (under a rank it tells "LCpl Prakash" which Prakash, by the rank), and a
        service nickname before the surname alone it stands for ("Tug" ... "Wilson").
        Spellings, initials and display names stay in document order (they read the name
        said just before)."""
        plain = [
            (value, mention)
            for value, mention, _ in mentions
            if not mention.full
            and not mention.spelled
            and mention.initial is None
            and mention.surname_initial is None
            and mention.initials_only is None  # placed last (``learn``)
        ]

        known = {s for person in self.people if person.firsts for s in person.surnames}

        def canonical(item: tuple[str, Mention]) -> tuple[bool, bool, bool, int]:
            word = item[1].first or item[1].surname or item[1].either or ""
            listed = word in self.words.first_names or word in self.words.surnames
            return word not in known, word not in self.nicknames, not listed, -len(word)

        return sorted(plain, key=canonical)

    def _spelled_first_joins(
        self, first: Mention, first_index: int, surname: Mention, value: str
    ) -> None:
        """A first name spelled out, then a surname spelled out right after it ("A N G H A R
        A D, surname P - E - N - G - E - L - L - Y") that joined a person known by the
        surname alone (Sgt Pengelly): the first name is that person's too, and every mention
        read as the spelled first name's person is moved to them."""
        index = self._by_value[value]
        word = first.either
        if not (first.spelled and surname.spelled and word) or index == first_index:
            return
        if index in self._unresolved or first_index in self._unresolved:
            return
        person, alone = self.people[index], self.people[first_index]
        if person.firsts or person.either - {surname.either} or not person.surnames:
            return
        if alone.surnames or alone.middles or (alone.firsts | alone.either) - {word}:
            return
        if word not in self.words.first_names:
            return
        person.firsts.add(word)
        for known, at in self._by_value.items():
            if at == first_index:
                self._by_value[known] = index

    def _unjoined(
        self, mentions: list[tuple[str, Mention, int | None]]
    ) -> list[tuple[str, Mention, int | None]]:
        """A one-word name read as a first name and a surname run together ("premkumar" as
        "prem" + "kumar") is one name when the document names someone by it in words of
        their own ("premkumar sunuwar"): Premkumar, not Prem Kumar."""
        named = {
            part
            for value, mention, _ in mentions
            if len(value.split()) > 1
            for part in (mention.first, mention.surname, mention.either)
            if part
        }
        for person in self.people:
            named |= person.firsts | person.surnames
        unjoined = []
        for value, mention, start in mentions:
            joined = _letters(fold(value.lower()))
            if (
                mention.full
                and len(value.split()) == 1
                and joined == f"{mention.first}{mention.surname}"
                and joined in named
            ):
                mention = Mention(either=joined, title=mention.title)
            unjoined.append((value, mention, start))
        return unjoined

    def _note_title(self, index: int, mention: Mention) -> None:
        if mention.title is not None and index not in self._unresolved:
            self.people[index].titles.add(mention.title)

    def _titles_fit(self, person: Person, mention: Mention) -> bool:
        title = mention.title
        return title is None or all(titles_agree(title, known) for known in person.titles)

    def _names_another(self, person: Person, mention: Mention) -> bool:
        """Whether the full name's first name is a different given name from one the person
        has: not the same name, not one's diminutive of the other, and either not linked
        loosely at all or linked only loosely (a start, a misspelling) while both are first
        names of the list ("Danielle" and "Daniel", "Christine" and "Christopher")."""
        first = mention.first
        assert first is not None
        if first in person.middles or (mention.middle and mention.middle in person.firsts):
            return False  # "Thapa Magar": a surname of two words, read differently
        if first not in self.words.first_names and any(
            could_be_misspelling(known, first, self.words) for known in person.firsts
        ):
            return False  # "Kasai" for "Kasia": a misspelling, not another name
        for known in person.firsts:
            if self.same_first(known, first, loose=False):
                continue
            listed = known in self.words.first_names and first in self.words.first_names
            loosely = self.same_first(known, first) and not listed
            if not loosely and not could_be_misspelling(known, first, self.words):
                return True
        return False

    def _fits_full(self, person: Person, mention: Mention) -> bool:
        assert mention.first is not None and mention.surname is not None
        return (
            any(self.same_surname(s, mention.surname) for s in person.surnames)
            and any(self.same_first(f, mention.first) for f in person.firsts)
            and not self._names_another(person, mention)
            and self._titles_fit(person, mention)
        )

    def _unresolved_person(self) -> int:
        index = self._new(Person())
        self._unresolved.add(index)
        return index

    def _spelled_surname_of(self, mention: Mention, previous: int | None) -> int | None:
        """The person a spelling that fits no one gives the surname of: the one named just
        before it by a first name alone ("Anjali ... that's S-I-D-H-U"), when the spelled
        word is no first name itself ("A-N-G-H-A-R-A-D" is one) and agrees with any
        surname initial the person's display name gave ("DaveS" ... "S-M-I-T-H")."""
        word = mention.either
        if not mention.spelled or word is None or previous is None:
            return None
        if word in self.words.first_names and word not in self.words.surnames:
            return None
        person = self.people[previous]
        names = person.firsts | person.either
        if not names or person.surnames or person.middles:
            return None
        if person.surname_initials and word[:1] not in person.surname_initials:
            return None
        if not person.firsts and not all(w in self.words.first_names for w in names):
            return None  # the one named before may be a surname ("Hughes")
        person.surnames.add(word)
        return previous

    def _person_by_initials(self, value: str) -> int | None:
        """The one person a mention written by initials alone names ("TA", "A.T.", "kw",
        "HMJ" of Helen Mortimer-Jones; see ``read_initials``), even where the letters
        also make a word, or None when no one or several fit."""
        initials = read_initials(value, self.words)
        if initials is None or not initials.named_by_letters_alone:
            return None
        fits = self._initials_fit(initials.letters)
        return fits[0] if len(fits) == 1 else None

    def _initials_fit(self, letters: str) -> list[int]:
        """The people whose first name (or its initial, "K. Owusu") and surname the initials
        are the first letters of: "KW", "KO"; with a middle name ("KAW"), or one the document
        never gives ("KAO" of Kwame Owusu, "Y.K.L." of Y. Lam); or the two parts of a double
        surname ("HMJ" of Helen Mortimer-Jones, its third letter inside the surname)."""
        owners = [
            index
            for index, person in enumerate(self.people)
            if letters in person.declared and index not in self._unresolved
        ]
        if owners:
            return owners  # "TM" declared for Tendai van der Merwe, not Tina Murphy's
        return [
            index
            for index, person in enumerate(self.people)
            if index not in self._unresolved
            # someone who declared other initials has told us theirs
            and not person.declared
            and any(
                _initials_of(letters, f, s, person.middles)
                for f in {f[:1] for f in person.firsts} | person.initials
                # "CB" of "Ciaran B": a display name's surname initial is enough
                for s in person.surnames | person.surname_initials
            )
        ]

    def person_of(self, value: str) -> int | None:
        """The index of the person ``value`` names (learnt on first sight), or None; a new
        one at every call for a mention that fits several people."""
        if value not in self._by_value:
            self.learn([value])
        by_initials = self._person_by_initials(value)
        if value not in self._by_value and by_initials is not None:
            self._by_value[value] = by_initials  # "A.T.": initials alone parse as no name
        index = self._by_value.get(value)
        if index in self._unresolved:
            return self._new(Person())
        return index

    def _new(self, person: Person) -> int:
        self.people.append(person)
        return len(self.people) - 1

    def _place_full(self, mention: Mention) -> int:
        assert mention.first is not None and mention.surname is not None
        if sum(self._fits_full(p, mention) for p in self.people) > 1:
            return self._unresolved_person()  # "Sam Price" beside Samuel and Samantha
        namesakes = [
            p for p in self.people if any(self.same_surname(s, mention.surname) for s in p.surnames)
        ]
        for index, person in enumerate(self.people):
            if self._ran_on(person, mention) or self._given_names_of(person, mention):
                return index
            # "Smudge Smith" beside "John Smith": the nickname every Smith has, when one
            # Smith is known and known by no other first name than nicknames
            nicknamed = len(namesakes) == 1 and (
                self.nickname_of(mention.first, [mention.surname])
                or mention.first in NATION_NICKNAMES  # "Taff Griffiths" of Dafydd Griffiths
                or (
                    bool(person.firsts)
                    and all(self.nickname_of(f, [mention.surname]) for f in person.firsts)
                )
            )
            if not nicknamed and (
                self._names_another(person, mention) or not self._titles_fit(person, mention)
            ):
                continue
            if any(self.same_surname(s, mention.surname) for s in person.surnames) and (
                any(self.same_first(f, mention.first) for f in person.firsts)
                or nicknamed
                # "Thapa Magar" of "Kamala Thapa Magar": a surname of two words
                or mention.first in person.middles
                or (mention.middle is not None and mention.middle in person.firsts)
            ):
                # "THAPA MAGAR" read first as a first name and a surname: the full
                # "Dhanbahadur Thapa Magar" gives the person's first name all the same
                person.firsts.add(mention.first)
                person.surnames.add(mention.surname)
                if mention.middle:
                    person.middles.add(mention.middle)
                return index
        unhyphenated = self._surname_of_two_words(mention)
        if unhyphenated is not None:
            return unhyphenated
        reversed_of = self._surname_first_of(mention)
        if reversed_of is not None:
            return reversed_of
        person = Person(firsts={mention.first}, surnames={mention.surname})
        if mention.middle:
            person.middles.add(mention.middle)
        return self._new(person)

    def _surname_first_of(self, mention: Mention) -> int | None:
        """The one known person a full name names surname first without a comma ("Hughes
        David", "HUGHES David" in a register, a table row or a sign-off): its two words are,
        exactly, that person's surname and first name. A near spelling is not enough, as
        "Thomas Owen" and "Owen Thomas" may be two people."""
        if not self._reads_surname_first(mention):
            return None
        found = [
            index
            for index, person in enumerate(self.people)
            if index not in self._unresolved
            and mention.first in person.surnames
            and mention.surname in person.firsts
        ]
        return found[0] if len(found) == 1 else None

    def _surname_of_two_words(self, mention: Mention) -> int | None:
        """The one known person whose surname of two words a full name is, written without
        its hyphen ("Flt Lt Beaumont Clarke" of "Sophie Beaumont-Clarke"): the two words,
        run together, are that person's surname exactly."""
        if mention.middle is not None:
            return None
        joined = f"{mention.first}{mention.surname}"
        found = [
            index
            for index, person in enumerate(self.people)
            if index not in self._unresolved and joined in person.surnames
        ]
        return found[0] if len(found) == 1 else None

    def _reads_surname_first(self, mention: Mention) -> bool:
        """Whether a full name may be written surname first: its first word is no listed
        first name ("Hughes"), its second one is ("David")."""
        return (
            mention.middle is None
            and mention.title is None
            and mention.first is not None
            and mention.first not in self.words.first_names
            and mention.surname in self.words.first_names
        )

    def _ran_on(self, person: Person, mention: Mention) -> bool:
        """Whether a full name of three words is a known person's first name and surname
        with a word a recognizer ran into after it ("Barnaby Blenkinsop" + a line break
        + "Veterans")."""
        return (
            mention.first is not None
            and mention.middle is not None
            and any(self.same_first(f, mention.first, loose=False) for f in person.firsts)
            and any(s == mention.middle for s in person.surnames)
        )

    def _given_names_of(self, person: Person, mention: Mention) -> bool:
        """Whether two words are a known person's given names without the surname: "Dil
        Bahadur" of "Dil Bahadur Gurung" (a Gurkha's two given names), read as a first name
        and a surname, is that person, not a new one."""
        return (
            mention.middle is None
            and mention.surname is not None
            and mention.surname in person.middles
            and any(self.same_first(f, mention.first or "", loose=False) for f in person.firsts)
        )

    def _fits(self, person: Person, mention: Mention, loose: bool = True) -> bool:
        if not self._titles_fit(person, mention):
            return False
        if mention.surname is not None:
            if not any(
                self.same_surname(s, mention.surname) for s in person.surnames | person.either
            ) and not self._known_by_surname_only(person, mention.surname):
                return self._display_name_of(person, mention)
            if mention.initial is None:
                return True
            known = person.firsts | person.initials
            return not known or any(f.startswith(mention.initial) for f in known)
        word = mention.first or mention.either
        if word is None:
            return False  # nothing of a name to compare (``_read_mention`` reads none such)
        if mention.surname_initial is not None:
            # "DaveS": Dave whose surname (if known) starts with S
            initial = mention.surname_initial
            if person.surnames and not any(initial in _surname_starts(s) for s in person.surnames):
                return False
            if person.surname_initials and initial not in person.surname_initials:
                return False
        if any(self.same_first(f, word, loose) for f in person.firsts | person.either):
            return True
        if mention.either is not None and self._known_by_surname_only(person, word):
            return True
        if self.nickname_of(word, person.surnames):
            return True  # "Dusty" of "Cpl Miller"
        return mention.either is not None and any(
            # misspelt only when ``loose``: "Antoie" is Antoine's pet form as much as a
            # misspelling of Ms Antoine, so it fits both and joins neither
            (self.same_surname(s, word) if loose else s == word)
            # "Robbo" of Robertson; not "Davy" (a first name of its own) of Davies
            or (loose and surname_pet(word, s) and word not in self.words.first_names)
            for s in person.surnames
        )

    @staticmethod
    def _display_name_of(person: Person, mention: Mention) -> bool:
        """A name and an initial read surname first ("Lukas J": Lukas is a listed surname)
        that is a known person's first name and their surname's initial, as a chat's
        display name writes it ("Lukas Janssen")."""
        if mention.initial is None or mention.first is not None or mention.middle is not None:
            return False
        return mention.surname in person.firsts and any(
            s.startswith(mention.initial) for s in person.surnames
        )

    def _place_initials(self, letters: str) -> int:
        """Initials alone ("KW") are the one person known in full they fit
        (``_initials_fit``); when two people have them, neither's but one person's of their
        own; when no one has, a word like any other ("NG" of Mei Ng)."""
        found = self._initials_fit(letters)
        if len(found) > 1:
            writers = {self._by_value.get(w) for w in self._writers}
            signing = [i for i in found if i in writers]
            found = signing if len(signing) == 1 else found
        if len(found) == 1:
            return found[0]
        if found:
            # one person of their own, the same at every mention: a writer who names two
            # people by the same initials tells them apart ("JB1", "JBa"), so the same
            # letters throughout are one person, whoever of the two (or neither) it is
            if f"initials|{letters}" not in self._shared:
                self._shared[f"initials|{letters}"] = self._new(Person())
            return self._shared[f"initials|{letters}"]
        return self._place_partial(Mention(either=letters))  # "NG", "LI": a short surname

    def _listed_variant_of(self, mention: Mention) -> list[int]:
        """The one person known in full whose surname a lone surname that fits no one is
        one letter away from, though both are names of the list ("Vaughn" of Dafydd
        Vaughan, "Brennen" of Padraig Brennan, "clark" of Shanice Clarke): in one document,
        a transcriber's variant spelling, not a second family. Not a man's and a woman's
        form (Kowalski, Kowalska), and only when one person fits."""
        if mention.first or mention.initial or mention.surname_initial or mention.spelled:
            return []
        word = mention.surname or mention.either
        if word is None or len(word) < FUZZY_MIN_LENGTH or self.words.is_allowed(word):
            return []
        found = [
            index
            for index, person in enumerate(self.people)
            if index not in self._unresolved
            and person.firsts
            and self._titles_fit(person, mention)
            and any(
                s[:1] == word[:1] and not gendered_forms(s, word) and edit_distance(s, word, 1) <= 1
                for s in person.surnames
            )
        ]
        return found if len(found) == 1 else []

    def _of_nation(self, mention: Mention) -> list[int]:
        """The one person a lone address form by nation stands for ("Jock" of Hamish
        Cameron, "Taff" of Bethan Griffiths): the only person of the document whose name
        marks that nation (``nations``); with two such people, or none, no one."""
        word = mention.either or mention.first
        if word is None or mention.surname or mention.initial or mention.surname_initial:
            return []
        nation = self.nations.get(word)
        if nation is None:
            return []
        found = [
            index
            for index, person in enumerate(self.people)
            if index not in self._unresolved
            and (person.firsts or person.surnames)
            and self._titles_fit(person, mention)
            and nation.marks(person.firsts | person.either, person.surnames | person.either)
        ]
        return found if len(found) == 1 else []

    def _by_middle_word(self, mention: Mention) -> list[int]:
        """The one person known in full whose middle word a lone word is, or whose middle
        word and surname it is run together ("Ale" and "A-L-E-space-M-A-G-A-R" of
        Yambahadur Ale Magar, a surname of two words read as a middle word and a surname);
        called only for a word that fits no one's first name or surname."""
        word = mention.either
        if word is None or mention.title is not None or len(word) < 2:
            return []
        found = [
            index
            for index, person in enumerate(self.people)
            if index not in self._unresolved
            and person.firsts
            and any(
                word == middle or word == f"{middle}{surname}"
                for middle in person.middles
                for surname in person.surnames
            )
        ]
        return found if len(found) == 1 else []

    def _spelled_with_letters_after(self, mention: Mention) -> list[int]:
        """The one person a spelling names when a letter or two said after it ran into it
        ("A. S. A. N. T. E. I- I mean", "P, U, N." and the next line's "Q"): the spelling
        less those letters is, exactly, a name of that person and of no one else."""
        word = mention.either
        if not mention.spelled or word is None:
            return []
        for cut in range(1, MAX_LETTERS_RUN_INTO_SPELLING + 1):
            stem = word[:-cut]
            if len(stem) < PREFIX_MIN_LENGTH:
                break
            found = [
                index
                for index, person in enumerate(self.people)
                if index not in self._unresolved
                and stem in person.firsts | person.surnames | person.either
            ]
            if found:
                return found if len(found) == 1 else []
        return []

    def _known_by_surname_only(self, person: Person, surname: str) -> bool:
        """Whether a person known without a surname is the one ``surname`` names: its
        service nickname was used ("Smudge" ... "Sgt Smith")."""
        if person.surnames:
            return False
        return any(self.nickname_of(n, [surname]) for n in person.firsts | person.either)

    def _place_partial(self, mention: Mention, previous: int | None = None) -> int:
        if mention.initials_only is not None:
            return self._place_initials(mention.initials_only)
        candidates = [i for i, p in enumerate(self.people) if self._fits(p, mention)]
        key = (
            f"{mention.first or ''}|{mention.surname or ''}|{mention.either or ''}"
            f"|{mention.surname_initial or ''}"
        )
        if not candidates and mention.surname and not (mention.first or mention.initial):
            # "Wg Cdr Kamal": a rank before a first name when no one has it as a surname
            as_first = Mention(either=mention.surname, title=mention.title)
            candidates = [
                i
                for i, p in enumerate(self.people)
                if p.firsts and self._fits(p, as_first, loose=False)
            ]
        if not candidates and mention.first and mention.surname_initial and not mention.surname:
            # "Nowak K." in a register: a surname and the first name's initial, when no one
            # has the word as a first name and someone has it as a surname
            as_surname = Mention(surname=mention.first, initial=mention.surname_initial)
            candidates = [
                i
                for i, p in enumerate(self.people)
                if p.surnames and self._fits(p, as_surname, loose=False)
            ]
            if len(candidates) == 1:
                found = self.people[candidates[0]]
                if not (found.firsts or found.initials):
                    found.initials.add(mention.surname_initial)  # "PO Nolan", "Nolan K"
                return candidates[0]
        if len(candidates) > 1:
            # "Jan" beside "Jan Nowak" and "Janusz Kowalski": the same name, not its start
            strict = [i for i in candidates if self._fits(self.people[i], mention, loose=False)]
            candidates = strict if len(strict) == 1 else candidates
        if len(candidates) == 1:
            found = self.people[candidates[0]]
            if mention.initial and mention.surname and not (found.firsts or found.initials):
                found.initials.add(mention.initial)  # "Lt MacKenzie" then "MACKENZIE J"
            if mention.surname_initial and not found.surnames:
                # "Ciaran" then "Ciaran B": the display name's initial is theirs ("CB")
                found.surname_initials.add(mention.surname_initial)
                if mention.first:
                    found.firsts.add(mention.first)
            return candidates[0]
        if not candidates:
            candidates = (
                self._listed_variant_of(mention)
                or self._of_nation(mention)
                or self._by_middle_word(mention)
                or self._spelled_with_letters_after(mention)
            )
        if len(candidates) == 1:
            return candidates[0]
        if not candidates and (joined := self._spelled_surname_of(mention, previous)) is not None:
            return joined
        if candidates:
            # the same bare name of two people stays ambiguous: a placeholder of its own
            if key not in self._shared:
                self._shared[key] = self._unresolved_person()
            return self._shared[key]
        person = Person()
        if mention.first:
            person.firsts.add(mention.first)
        if mention.surname:
            person.surnames.add(mention.surname)
        if mention.initial:
            person.initials.add(mention.initial)
        if mention.either:
            person.either.add(mention.either)
        if mention.surname_initial:
            person.surname_initials.add(mention.surname_initial)
        return self._new(person)


# the particles a surname read as one word may open with ("vandermerwe", "delacruz")
_JOINED_PARTICLES = ("van", "von", "der", "den", "de", "la", "le", "da", "di", "du", "ap")


@functools.lru_cache(maxsize=4096)
def _surname_starts(surname: str) -> frozenset[str]:
    """The letters a surname's initial may be written as: its first, and that of its main
    word after particles ("Tendai M" of Tendai van der Merwe, "Gary C" of Gary de la Cruz)."""
    starts = {surname[:1]}
    rest = surname
    while True:
        particle = next(
            (p for p in _JOINED_PARTICLES if rest.startswith(p) and len(rest) - len(p) >= 3),
            None,
        )
        if particle is None:
            break
        rest = rest[len(particle) :]
        starts.add(rest[:1])
    return frozenset(starts)


def _initials_of(letters: str, first: str, surname: str, middles: set[str]) -> bool:
    """Whether ``letters`` are the initials of a person of this first initial and surname:
    first and last letter, with a middle letter that is a known middle name's initial, or
    any letter when the document names no middle name; or the two parts of a double
    surname ("HMJ" of Mortimer-Jones)."""
    if letters[:1] != first[:1]:
        return False
    # a particle surname's main word may give the letter: "PR" of Pieter ap Rhys
    starts = _surname_starts(surname)
    if len(letters) == 2:
        return letters[1] in starts
    if len(letters) != 3:
        return False
    if letters[1] == surname[:1] and letters[2] in surname[1:]:
        return True  # "HMJ": Helen Mortimer-Jones
    return letters[2] in starts and (not middles or letters[1] in {m[:1] for m in middles})


def _longest_first_name_first(item: tuple[str, Mention]) -> int:
    """Full names with the longest first name are placed first, so that a short form ("Sam
    Price") meets every full name it may stand for (Samuel and Samantha Price)."""
    return -len(item[1].first or "")
