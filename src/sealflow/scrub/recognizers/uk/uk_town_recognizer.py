"""Home towns, villages and districts of the United Kingdom (LOCATION).

A home town beside a unit or a rank narrows a person down to a handful, so a named UK place
goes. The names come from data, not patterns: the GeoNames list of UK places with 500 or
more people (scrub/data/uk_towns.txt), the hand-written everyday names and districts it
lacks and the towns abroad where UK forces serve (their sources in scrub/data/SOURCE.md),
plus the gazetteer's own ``towns``. Looking each word run up in a set is much cheaper than one
regular expression of four thousand names.

Names that are also ordinary words ("Bath", "Reading", "Street", the gazetteer's
``towns_that_are_words``) or people's names ("Stanley", "Preston") count only when written
with a capital after a place cue ("in", "from", "near", "moved to"), or, for people's names
that are no ordinary word, in lower case right after a strong one ("home was blackburn",
"grew up in preston"); any other name counts
capitalised anywhere, and in lower case after a place cue ("i grew up in swindon"), or
with none when no word of it is an ordinary word or a person's name ("kettering was grim").
Countries, counties and the nations are not in the list: they identify nobody.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sealflow.scrub.recognizers.base import WordListRecognizer

_DATA = Path(__file__).resolve().parents[2] / "data"
TOWNS_FILE = _DATA / "uk_towns.txt"
# Beside GeoNames' UK table: the everyday names and city districts it lacks ("Govan",
# "Tunbridge Wells"), the towns abroad where UK forces serve ("Limassol", "Sangin") or
# recruit ("Suva", "Pokhara"), both written by hand, and GeoNames' towns of Ireland.
MORE_TOWNS_FILES = (
    _DATA / "uk_towns_everyday.txt",
    _DATA / "towns_abroad.txt",
    _DATA / "towns_ireland.txt",
)
NOT_HOME_TOWNS_FILE = _DATA / "not_home_towns.txt"
# Where a person is from or lives: only there does spaCy's place label name a home town
# the list lacks ("grew up in Little Snoring"); a deployment ("in Helmand") is not one.
_HOME_CUE = re.compile(
    r"\b(?:(?:grew|brought)\s+up|born|raised|live[ds]?|living|settled|home|family|parents"
    r"|mum|dad|nan)\s+(?:is\s+|are\s+)?(?:in|near|outside)\s+$"
    r"|\b(?:(?:i'?m|am|is|are|was|were|come[s]?|came|originally)\s+from|moved\s+(?:back\s+)?to"
    r"|back\s+(?:home\s+)?to|village\s+(?:of|called)|town\s+(?:of|called))\s+$",
    re.IGNORECASE,
)
# where someone is from, said so plainly that the next word is a place in any case, listed
# or not: "i come from sikles", "small village in parbat", "back home in abetifi", "ammi
# lives in dadyal near moga" (the word must be no ordinary English, country or county)
_STRONG_HOME_CUE = re.compile(
    r"(?i)\b(?:(?:i[ \t]*['’]?[ \t]*m|i[ \t]+am|we[ \t]*['’]?re|we[ \t]+are|come[s]?|came"
    r"|originally)[ \t]+from|grew[ \t]+up[ \t]+in"
    r"|(?:small[ \t]+)?village[ \t]+(?:in|of|called|near)"
    r"|back[ \t]+home[ \t]+in|(?:lives?|living)[ \t]+in(?:[ \t]+[^\W\d_]+[ \t]+near)?)[ \t]+"
    r"(?P<place>[^\W\d_]{4,}(?:-[^\W\d_]+)*)(?P<second>[ \t]+(?-i:[A-Z])[^\W\d_]+)?"
    r"(?![\w'’])"
)
# a person's age in apposition, then where they are from: "Trooper Ann Lee, 42, from Krakow"
_AGE_THEN_FROM = re.compile(r"\b\d{1,3},[ \t]+(?:from|of)[ \t]+$")
# a place's postcode district in brackets after it: "of Krakow (GU14)"
_DISTRICT_IN_BRACKETS = re.compile(r"[ \t]*\([A-Z]{1,2}[0-9][0-9A-Z]?\)")
NER_PLACE_SCORE = 0.6
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-.]*[A-Za-z]|[A-Za-z]")
# a place cue right before the name: "in", "from", "near", "moved to", "back to" ...
_CUE = re.compile(
    r"(?:\b(?:in|from|near|nr|outside|around|round|towards|via|of|at|(?:mov(?:e|ed|ing)"
    r"|back|up|down|over|posted|went|go|going|came|come|drove|live[ds]?|living|born"
    r"|raised|home)\s+(?:to|in|at))|\bnear(?:by)?)\s+(?:the\s+)?$"
    # a form's field for it: "Home town: Paisley", "Place of birth - Bath"
    r"|\b(?:home\s?town|town|place\s+of\s+birth|birthplace)[ \t]*[:\-][ \t]*$",
    re.IGNORECASE,
)
# a full postcode right after a town, on its line or the next
_POSTCODE_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:\n[ \t]*)?(?:[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKPSTUW]?)"
    r"[ \t]?[0-9][ABD-HJLNP-UW-Z]{2}\b",
    re.IGNORECASE,
)
# a strong place cue right before a lower-case town that is also a person's name
_LOWER_HOME_CUE = re.compile(
    r"\b(?:in|from|near|outside|(?:mov(?:e|ed|ing)|back|posted|live[ds]?|living|born"
    r"|raised|grew\s+up)\s+(?:to|in|at)|home\s+(?:town\s+)?(?:is|was))\s+$"
)
# a town's name before these is a dish or a thing ("Eton mess", "Brighton rock")
THING_AFTER = re.compile(
    r"[ \t]+(?:rock|mess|cake|cakes|tart|bun|buns|pudding|pie|pies|sauce|cheese|tea|mint"
    r"|knot|blue|shoes|boots|tweed|smokie|pasty|biscuits?|bacon|sausages?)\b",
    re.IGNORECASE,
)
# "Devon cream tea", "Cornish pasty": one more word may stand before the thing
_DISH_AFTER = re.compile(
    r"(?:[ \t]+(?:cream|clotted|fruit|plum|custard))?" + THING_AFTER.pattern, re.IGNORECASE
)
# The everyday words that town names of two or more words are built from: a name made of
# these alone ("new inn", "mile end", "south bank", "seven sisters") is a phrase in lower case.
_PLACE_PARTS = frozenset(
    [
        "new",
        "old",
        "high",
        "low",
        "great",
        "little",
        "north",
        "south",
        "east",
        "west",
        "upper",
        "lower",
        "mid",
        "middle",
        "far",
        "near",
        "nether",
        "st",
        "saint",
        "end",
        "inn",
        "mile",
        "mill",
        "bank",
        "forest",
        "row",
        "gate",
        "bridge",
        "green",
        "cross",
        "hill",
        "town",
        "park",
        "farm",
        "moor",
        "heath",
        "wood",
        "field",
        "lane",
        "street",
        "road",
        "bay",
        "port",
        "quay",
        "market",
        "common",
        "vale",
        "bar",
        "island",
        "lock",
        "junction",
        "village",
        "sisters",
        "seven",
        "world's",
        "world",
        "peak",
        "edge",
        "red",
        "scar",
        "cave",
        "valley",
        "side",
        "head",
        "point",
        "house",
        "hall",
        "church",
        "chapel",
        "castle",
        "water",
        "well",
        "wells",
        "ford",
        "harbour",
        "haven",
        "spa",
        "horse",
        "city",
        "centre",
        "broadway",
        "abbey",
        "grange",
        "station",
    ]
)
CUED_SCORE = 0.75
PLAIN_SCORE = 0.65
LOWER_PLAIN_SCORE = 0.6


_DISH_WORDS = re.compile(r"[^\W\d_][\w'’\-]*")


@functools.cache
def _dish_places() -> frozenset[str]:
    """Towns and counties by key ("stoke on trent", "yorkshire")."""
    return frozenset(_key(_WORD.findall(town)) for town in all_shipped_towns()) | not_home_towns()


def names_a_dish(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a town or county before a dish or thing ("Devon"
    before "cream tea", "arbroath smokie", "Eton mess"): a place word, not a person."""
    words = _DISH_WORDS.findall(text[start:end])
    if not words:
        return False
    thing_inside = bool(THING_AFTER.fullmatch(" " + words[-1]))
    if not thing_inside and not _DISH_AFTER.match(text, end):
        return False
    return (_key(words[:-1]) if thing_inside else _key(words)) in _dish_places()


@functools.cache
def not_home_towns(path: Path = NOT_HOME_TOWNS_FILE) -> frozenset[str]:
    """Countries, nations, counties, regions and overseas postings (never a home town)."""
    return frozenset(_key(_WORD.findall(name)) for name in shipped_towns(path))


@functools.cache
def shipped_towns(path: Path = TOWNS_FILE) -> frozenset[str]:
    """One list's names, as written ("#" starts a comment line)."""
    with path.open(encoding="utf-8") as handle:
        return frozenset(
            line.strip() for line in handle if line.strip() and not line.startswith("#")
        )


@functools.cache
def all_shipped_towns() -> frozenset[str]:
    """GeoNames' UK places and the hand-written lists beside them."""
    return shipped_towns().union(*(shipped_towns(path) for path in MORE_TOWNS_FILES))


def _key(words: Iterable[str]) -> str:
    """One spelling per name: "Barrow-in-Furness" and "Barrow in Furness" meet."""
    joined = " ".join(w.lower().replace("’", "'").rstrip(".") for w in words)
    return joined.replace("-", " ")


def town_key(name: str) -> str:
    """A place name as the town list is looked up by ("Barrow-in-Furness" -> "barrow in
    furness", "St. Helens" -> "st helens"): for other recognizers that ask whether a run of
    words is a listed town."""
    return _key(_WORD.findall(name))


@functools.cache
def shipped_town_keys() -> frozenset[str]:
    """``town_key`` of every shipped town, built once for the recognizers that look towns up."""
    return frozenset(town_key(town) for town in all_shipped_towns())


@functools.lru_cache(maxsize=65536)
def _first_key(word: str) -> str:
    """The first word of a token's ``_key``, kept once read: every token of every text
    is looked up by it, and a study's words repeat (speed)."""
    return _key([word]).split()[0]


class UkTownRecognizer(WordListRecognizer):
    ENTITY = "LOCATION"
    EXAMPLES = (
        ("I grew up in Kettering and then Merthyr Tydfil", ["Kettering", "Merthyr Tydfil"]),
        ("my parents are in ballymena now", ["ballymena"]),
        ("Stratford-upon-Avon was lovely", ["Stratford-upon-Avon"]),
        ("back to Barrow-in-Furness for good", ["Barrow-in-Furness"]),
        ("born in St. Helens. Then", ["St. Helens"]),
        ("Brighton rock and Eton mess on the table", []),
        ("she moved to Reading with the kids", ["Reading"]),
        ("we're from St Helens, me and Stanley", ["St Helens"]),
        ("Reading the letter, I had a bath and Sale prices on", []),
        ("Stanley said it was fine", []),
        ("i was reading about rugby", []),
        ("kettering was grim, truro too, but bury and march were fine", ["kettering", "truro"]),
        ("east kilbride then new inn, barking dogs and huntington's", ["east kilbride"]),
        ("milton keynes and newcastle upon tyne", ["milton keynes", "newcastle upon tyne"]),
        ("The Army sent us to Wales and Cornwall", []),
        ("I grew up in Govan, then Limassol and Sangin", ["Govan", "Limassol", "Sangin"]),
        ("we're from Tunbridge Wells and Great Ellingham", ["Great Ellingham", "Tunbridge Wells"]),
        ("Home town: Paisley", ["Paisley"]),
        ("102 Church Street\nPaisley\nDL9 3EN", ["Church Street", "Paisley"]),
        ("flat 7, 30 st budeaux place salisbury iv312xl", ["salisbury"]),
        ("back from hull now, moving back to hull soon", ["hull", "hull"]),
        ("water in the hull, born in march", []),
    )

    def __init__(self, supported_language: str = "en", **kwargs: Any) -> None:
        super().__init__(supported_language=supported_language, **kwargs)
        self._configure_names(all_shipped_towns(), (), ())

    def configure(self, settings: Any) -> None:
        super().configure(settings)
        self._configure_names(
            all_shipped_towns(),
            settings.gazetteer_list("towns"),
            settings.gazetteer_list("towns_that_are_words"),
            settings.gazetteer_list("towns_lower_case_words"),
        )

    def _configure_names(
        self,
        shipped: Iterable[str],
        extra: Iterable[str],
        are_words: Iterable[str],
        lower_words: Iterable[str] = (),
    ) -> None:
        names = {_key(_WORD.findall(n)): n for n in [*shipped, *extra]}
        self._names = {k for k in names if k}
        # the longest name (in words) that starts with each first word: most words of a text
        # start no name, and one set look-up rules them out
        self._longest: dict[str, int] = {}
        for key in self._names:
            first, length = key.split()[0], len(key.split())
            self._longest[first] = max(self._longest.get(first, 0), length)
        self._are_words = {_key(_WORD.findall(w)) for w in are_words} | set(EXAMPLE_WORD_TOWNS)
        self._lower_words = {_key(_WORD.findall(w)) for w in lower_words} | set(
            EXAMPLE_LOWER_WORD_TOWNS
        )

    def _needs_cue(self, key: str) -> bool:
        if key in self._are_words:
            return True
        words = self.wordlists
        return " " not in key and (
            words.is_listed_name(key) or key in words.stop_words or words.is_allowed(key)
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        tokens = list(_WORD.finditer(text))
        results = []
        i = 0
        while i < len(tokens):
            found = self._longest_at(text, tokens, i)
            if found is None:
                i += 1
                continue
            end_index, key = found
            start, end = tokens[i].start(), tokens[end_index].end()
            if text[end - 1] == "." and key.split()[-1] not in ("st",):
                end -= 1
            score = self._score(text, start, end, key)
            if score is not None:
                results.append(self.result(start, end, score))
            i = end_index + 1
        results += self._unlisted_home_towns(text, nlp_artifacts, results)
        return results + self._homes_said_plainly(text, results)

    def _homes_said_plainly(
        self, text: str, listed: list[RecognizerResult]
    ) -> list[RecognizerResult]:
        """The place after a strong home cue (``_STRONG_HOME_CUE``) in any case, where no
        list and no spaCy place holds it: the villages and districts abroad that service
        families come from ("i come from sikles", "small village in nadroga")."""
        found = []
        words = self.wordlists
        for match in _STRONG_HOME_CUE.finditer(text):
            place = match.group("place")
            if (
                words.is_common_word(place.lower())
                or place.lower() in words.stop_words
                or words.is_allowed(place)
                or _key([place]) in not_home_towns()
            ):
                continue
            start = match.start("place")
            end = match.end("second") if match.group("second") else match.end("place")
            if _key(_WORD.findall(text[start:end])) in not_home_towns():
                end = match.end("place")
            if any(r.start < end and start < r.end for r in listed):
                continue
            found.append(self.result(start, end, NER_PLACE_SCORE))
        return found

    def _unlisted_home_towns(
        self,
        text: str,
        nlp_artifacts: NlpArtifacts | None,
        listed: list[RecognizerResult],
    ) -> list[RecognizerResult]:
        """spaCy's places right after a home cue that the list lacks and that are no
        country, county or posting abroad."""
        found = []
        for entity in getattr(nlp_artifacts, "entities", None) or []:
            if entity.label_ != "NER_PLACE":
                continue
            start, end = entity.start_char, entity.end_char
            value = text[start:end]
            if value[:4].lower() == "the ":
                start, value = start + 4, value[4:]
            words = value.split()
            if (
                not words
                or not all(w[:1].isupper() for w in words)
                or any(r.start <= start < r.end for r in listed)
                or _key(_WORD.findall(value)) in not_home_towns()
                or not self._said_as_home(text, start, end)
            ):
                continue
            found.append(self.result(start, end, NER_PLACE_SCORE))
        return found

    @staticmethod
    def _said_as_home(text: str, start: int, end: int) -> bool:
        """Whether a place the list lacks is where someone is from: after a home cue, after
        a person's age as the press writes it ("Lieutenant Jun Liu, 30, from Lahore"), or
        with its postcode district after it ("Declan Keogh, of Krakow (GU14)")."""
        before = text[max(0, start - 40) : start]
        return bool(
            _HOME_CUE.search(before)
            or _AGE_THEN_FROM.search(before)
            or _DISTRICT_IN_BRACKETS.match(text, end)
        )

    def _longest_at(self, text: str, tokens: list[re.Match[str]], i: int) -> tuple[int, str] | None:
        """The longest listed name starting at token ``i`` (words one space apart)."""
        longest = self._longest.get(_first_key(tokens[i].group(0)), 0)
        best = None
        for j in range(i, min(len(tokens), i + longest)):
            if j > i and text[tokens[j - 1].end() : tokens[j].start()] not in (" ", ". "):
                break  # words one space apart, or "St. Helens"
            key = _key(t.group(0) for t in tokens[i : j + 1])
            if key in self._names:
                best = (j, key)
        return best

    def _score(self, text: str, start: int, end: int, key: str) -> float | None:
        value = text[start:end]
        if THING_AFTER.match(text, end):
            return None
        cued = bool(_CUE.search(text[max(0, start - 24) : start]))
        # an address's town line, its postcode after it: "102 Church Street\nPaisley\nDL9
        # 3EN", "30 st budeaux place salisbury iv312xl"
        cued = cued or bool(_POSTCODE_AFTER.match(text, end))
        capitalised = value[:1].isupper()
        if self._needs_cue(key):
            if (capitalised and cued) or self._home_in_lower_case(text, start, value, key):
                return CUED_SCORE
            return None
        if capitalised:
            return CUED_SCORE if cued else PLAIN_SCORE
        if not value.islower():
            return None
        if cued:
            return CUED_SCORE
        return LOWER_PLAIN_SCORE if self._no_word_in(key) else None

    def _home_in_lower_case(self, text: str, start: int, value: str, key: str) -> bool:
        """A town that is also a person's name, in lower case right after a strong place cue
        with no "the" ("home was blackburn", "moved to preston"): a place. Ordinary words
        stay ("from hope", "in march": the gazetteer's word lists), and so does anything
        after a weak cue ("at", "of") or "the" ("in the hull")."""
        if not value.islower() or " " in key or len(key) < 4:
            return False
        # a town that is a noun in lower case ("hull", "barking") is one after a strong cue
        # ("back from hull", "moving back to hull"; "in the hull" has its "the"); one that is
        # an ordinary word in any case ("in march", "from hope") never is
        if key in self._are_words:
            return False
        words = self.wordlists
        if key in words.stop_words or words.is_allowed(key):
            return False
        return bool(_LOWER_HOME_CUE.search(text[max(0, start - 24) : start]))

    def _no_word_in(self, key: str) -> bool:
        """Whether a name reads as a place in lower case with no cue ("kettering was grim",
        "east kilbride in the rain"): not listed as a word in lower case ("barking",
        "huntington"); one word that is no stop word, listed person's name or allowed; or
        two or more words, the first no stop word, one of them no everyday word of place
        names ("milton keynes", "newcastle upon tyne"; "new inn", "south bank" stay). The
        spaCy lemma tables cannot tell: they hold "keynes" and "tyne" as nouns."""
        words = self.wordlists
        parts = key.split()
        if len(key) < 4 or key in self._are_words or key in self._lower_words:
            return False
        if words.is_allowed(key) or parts[0] in words.stop_words:
            return False
        if len(parts) == 1:
            return not (words.is_listed_name(key) or words.is_allowed(key))
        return not all(w in _PLACE_PARTS or w in words.stop_words for w in parts)


# Used until configure() gives the gazetteer's towns_that_are_words (the examples).
EXAMPLE_WORD_TOWNS = ("reading", "street", "bath", "rugby", "sale")
EXAMPLE_LOWER_WORD_TOWNS = ("bury", "barking", "huntington")
