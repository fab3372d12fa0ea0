"""Ranks and titles followed by a name: "Sgt Okafor", "Flt Lt Khan", "Lt Col Price", "Padre Evans".

A rank or title on its own is not an identifier, and "the Sgt said" is not a name: the word
after the rank must be capitalised, or, in lower-case writing, a word that is not ordinary
English (a stop word or a word in the common-word list), or a listed first name or surname.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sealflow.scrub.recognizers.base import WordListRecognizer
from sealflow.scrub.recognizers.first_characters import guarded

RANKS = (
    # Army
    "Pte",
    "Private",
    "LCpl",
    "L/Cpl",
    "Lance Corporal",
    "Lance Cpl",
    "Cpl",
    "Corporal",
    "Sgt",
    "Sergeant",
    # the Rifles' and the Foot Guards' spelling and its short form, and as it is said
    "Serjeant",
    "Sjt",
    "Sarnt",
    "SSgt",
    "S/Sgt",
    "Staff Sergeant",
    "Staff Sgt",
    "CSgt",
    "C/Sgt",
    "Colour Sergeant",
    "Colour Sgt",
    "WO1",
    "WO2",
    "Warrant Officer",
    # spelt out, as a form or a letter writes them
    "Warrant Officer Class 1",
    "Warrant Officer Class 2",
    "Warrant Officer Class One",
    "Warrant Officer Class Two",
    "Warrant Officer 1",
    "Warrant Officer 2",
    # the RAF's and the Navy's warrant officer, abbreviated without a class
    "WO",
    # the Guards' lance sergeant, and officer cadets at Sandhurst, Dartmouth and Cranwell
    "LSgt",
    "Lance Sergeant",
    "Lance Sgt",
    "OCdt",
    "Officer Cadet",
    "RSM",
    "CSM",
    "RQMS",
    "CQMS",
    "2Lt",
    "2nd Lt",
    "Second Lieutenant",
    "Lt",
    "Lieut",
    "Lieutenant",
    "Capt",
    "Captain",
    "Maj",
    "Major",
    "Lt Col",
    "Lieutenant Colonel",
    "Col",
    "Colonel",
    "Brig",
    "Brigadier",
    "Gen",
    "General",
    "Maj Gen",
    "Major General",
    "Lt Gen",
    "Lieutenant General",
    "Field Marshal",
    "Gnr",
    "Gunner",
    "Spr",
    "Sapper",
    "Tpr",
    "Trooper",
    "Rfn",
    "Rifleman",
    "Fus",
    "Fusilier",
    "Gdsm",
    "Guardsman",
    "Kgn",
    "Kingsman",
    "Cfn",
    "Craftsman",
    "Sig",
    "Signaller",
    "Dmr",
    "Drummer",
    "Bdr",
    "Bombardier",
    "LBdr",
    "L/Bdr",
    "Lance Bombardier",
    "Mne",
    "Marine",
    # RAF
    "AC",
    "LAC",
    "SAC",
    "SAC(T)",
    "Aircraftman",
    "Aircraftwoman",
    "Leading Aircraftman",
    "Leading Aircraftwoman",
    "Senior Aircraftman",
    "Senior Aircraftwoman",
    # the RAF's ranks below corporal since 2022: Air Specialist (Class 1) and (Class 2)
    "AS1",
    "AS2",
    "Air Specialist",
    "Air Specialist Class 1",
    "Air Specialist Class 2",
    "Chf Tech",
    "Chief Technician",
    "FS",
    "F/Sgt",
    "Flt Sgt",
    "Flight Sgt",
    "Flight Sergeant",
    "MACR",
    "Plt Off",
    "Pilot Officer",
    "Fg Off",
    "Flying Officer",
    "Flt Lt",
    "Flight Lieutenant",
    "Sqn Ldr",
    "Squadron Leader",
    "Wg Cdr",
    "Wing Cdr",
    "Wing Commander",
    "Gp Capt",
    "Group Capt",
    "Group Captain",
    "Air Cdre",
    "Air Commodore",
    "AVM",
    "Air Vice Marshal",
    "Air Marshal",
    "Air Chief Marshal",
    # Royal Navy
    "AB",
    "Able Seaman",
    # the Royal Navy's engineering rates ("ET Lamb", "Engineering Technician Field")
    "ET",
    "Engineering Technician",
    "AET",
    "Air Engineering Technician",
    "LH",
    "Leading Hand",
    "LS",
    "Leading Seaman",
    "PO",
    "Petty Officer",
    "CPO",
    "Chief Petty Officer",
    "Mid",
    "Midshipman",
    "SLt",
    "Sub Lt",
    "Sub Lieutenant",
    "Lt Cdr",
    "Lieutenant Commander",
    "Cdr",
    "Commander",
    "Cdre",
    "Commodore",
    "Adm",
    "Admiral",
    "Rear Admiral",
    "Vice Admiral",
    # Titles and roles used as forms of address
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Mx",
    "Dr",
    "Doctor",
    "Prof",
    "Professor",
    "Padre",
    "Rev",
    "Revd",
    "Reverend",
    "Father",
    "Fr",
    "Sister",
    "Sr",
    "Nurse",
    "Sir",
    "Dame",
    "Lady",
    "Lord",
    "Chaplain",
    "Matron",
    "Auntie",
    "Aunty",
    "Uncle",
    "Staffie",
)
# Titles that are too often ordinary words when lower case: only capitalised use counts.
CAPITAL_ONLY = {
    "WO",
    "ET",
    "AET",
    "AS1",
    "AS2",
    "AB",
    "AC",
    "PO",
    "FS",
    "LH",
    "LS",
    "Mid",
    "Sig",
    "Sr",
    "Fr",
    "Col",
    "Gen",
    "Fus",
    "Lady",
    "Lord",
}

_NAME_TOKEN = (
    r"(?:Mc|Mac|O['’]|D['’])?[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]*[a-zß-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ'’\-]*"  # noqa: S105
    r"|[A-ZÀ-ÖØ-Þ]{2,}(?:['’][A-ZÀ-ÖØ-Þ]+)?"
)


# Words that follow a rank in speech without being a name ("the sgt said smith was late"):
# a lower-case word between a rank and a surname is a first name unless it is one of these.
NOT_A_FIRST_NAME_AFTER_A_RANK = frozenset(
    ["said", "says", "told", "tells", "rang", "asked", "gave", "sent", "let", "made", "took",
     "came", "went", "got", "called", "saw", "met", "reckons", "reckoned", "thought", "knew",
     "and", "or", "but", "nor", "then", "than", "from", "with", "to", "of", "at", "by", "on",
     # a family history's verbs after "Father", "Mother" ("Father died aged 49 of an MI")
     "died", "is", "was", "has", "had", "lives", "lived", "works", "worked", "remarried"]
)  # fmt: skip
_LOWER_FIRST_NAME = re.compile(r"[a-zß-öø-ÿ]{2,}")
# A lower-case initial between a rank and a surname ("cpl j smith"); not a text-speak letter
# ("sgt n me", "cpl u know").
_LOWER_INITIAL = re.compile(r"[a-hj-mo-qstvwz]")
# Text-speak letters that are still an initial between a rank and a listed surname ("cpl r
# jones", "sgt y patel"); "n" (and) and "u" (you) are not ("the sgt n jones went").
_LETTERS_BEFORE_A_SURNAME = frozenset("iry")
# What a lone capital after a rank is part of when it is no initial: "the Sgt I told",
# "Maj A Company", "Capt B Coy"
_NOT_AN_INITIAL_AFTER = re.compile(
    r"[ \t]+(?:Company|Coy|Squadron|Sqn|Flight|Flt|Battery|Bty|Troop|Tp|Platoon|Pl|Block"
    r"|Wing|Sqdn|Team|Shift|Watch)\b",
    re.IGNORECASE,
)
# Capital-only ranks that survey answers type in lower case too, before a listed surname
# that is no ambiguous word ("col reeves"; "col" alone is a mountain pass).
LOWER_BEFORE_SURNAME = ("Col",)


def rank_alternation(ranks: tuple[str, ...]) -> str:
    """Ranks longest first; only a short form takes a full stop ("Capt. Sarah"), so a full
    word ending a sentence ("my section commander. Dave was") starts no name."""
    ordered = sorted(set(ranks), key=len, reverse=True)
    return "|".join(
        re.escape(r).replace(r"\ ", r"\.?\s+") + (r"\.?" if len(r.split()[-1]) <= 5 else "")
        for r in ordered
    )


# Every word of every rank and title, in lower case without its full stop ("lt", "col",
# "sergeant"): the word tests of the passes that look beside a name share this one set.
RANK_WORDS = frozenset(w.lower().strip(".") for rank in RANKS for w in rank.split()) - {
    "class", "one", "two", "1", "2",  # of "Warrant Officer Class 1": words and numbers alone
    "wo",  # a rank only before a surname ("WO Prys-Jones"); alone, someone's initials too
}  # fmt: skip
# The first words of every rank, in lower case: "lt cdr" goes on to a rank, "wo1 field" not.
_RANK_PREFIXES = frozenset(
    " ".join(words[:n]).lower().replace(".", "")
    for words in (rank.split() for rank in RANKS)
    for n in range(1, len(words) + 1)
)
# Rank words that are surnames too but after a rank go on with the title ("Sgt Major",
# "Drum Major"): never read as the name.
_TITLE_WORDS = frozenset(["major", "general", "officer", "class", "commander", "marshal"])


def rank_goes_on(rank: str, name: str, surnames: frozenset[str]) -> bool:
    """Whether the "name" after a rank is a word of a longer rank or title ("Lt" + "Cdr",
    "Sgt" + "Major"). A listed surname that is also a rank's word is a name when the two
    make no rank: "WO1 Field", "Capt Lord", "Sgt Cross"; "Field Marshal" stays a rank."""
    word = name.lower().strip(".")
    if word not in RANK_WORDS:
        return False
    if word not in surnames or word in _TITLE_WORDS:
        return True
    return " ".join(f"{rank} {word}".lower().replace(".", "").split()) in _RANK_PREFIXES


# Every word of every rank as written, longest first, as one regex alternation ("Sqn|Ldr|Cpl"):
# a rank opening or closing the words beside a name ("BELL BT Cpl", "1 Sqn, Cpl Hughes").
RANK_WORD_ALTERNATION = "|".join(
    sorted({re.escape(w) for rank in RANKS for w in rank.split()}, key=len, reverse=True)
)
# Every rank and title as one alternation, the case checked by whoever uses it.
ANY_RANK = rank_alternation(RANKS)
# The service a rank is held in, written after it: "Cpl (RM) Pritchard", "cpl (raf) pun". A
# corporal of the Royal Marines is as much one person's title as a corporal alone.
SERVICE_AFTER_A_RANK = r"(?:[ \t]*\((?i:rm|raf|rn|rnr|rmr|raux?af|army|qaranc|retd|rtd|ret)\))"
# A surname's particle written in lower case after a rank: "Wg Cdr de Jong", "SAC el-Amin".
PARTICLE_AFTER_A_RANK = (
    r"(?:(?:van[ \t]+der|van[ \t]+den|van|von|de|da|dos|du|al|el|ap|ab|bin|ibn)[ \t\-])"
)
_LOWER_PARTICLES = frozenset(
    ["van", "der", "den", "von", "de", "da", "dos", "du", "al", "el", "ap", "ab", "bin", "ibn"]
)
# The ranks that count written in lower case too ("lcpl", "sgt"), as one alternation.
LOWER_CASE_RANKS = rank_alternation(tuple(r for r in RANKS if r not in CAPITAL_ONLY))


# A determiner or possessive just before a rank: the rank is a noun there ("my cpl", "the
# sgt"), and with a full stop after it ("he was my cpl. dave was great") it ends a sentence.
DETERMINER_BEFORE_A_RANK = re.compile(
    r"(?<![\w'’])(?:my|our|your|his|her|their|the|a|an|this|that)[ \t]+\Z", re.IGNORECASE
)


def a_rank_ending_a_sentence(text: str, rank_start: int, rank: str) -> bool:
    """Whether ``rank``, written at ``rank_start``, is a noun closing a sentence: a full stop
    after it and a determiner before it ("my cpl. dave"), so the word after starts the next
    sentence. The recognizer and ``name_edges.rank_before`` both ask, so they agree."""
    return rank.endswith(".") and (
        DETERMINER_BEFORE_A_RANK.search(text, max(0, rank_start - 8), rank_start) is not None
    )


# what follows "A" after a rank when it is an initial, not the article: the line's end or a
# stop ("Guard Comd: Mr A"), or a verb or preposition, never a noun ("Maj A briefed on",
# "Dr A in block 4"; "a Sgt A few years back" keeps its article)
_A_AS_AN_INITIAL_AFTER = re.compile(
    r"[ \t]*(?:$|[,.;:)\]\n])|[ \t]+(?:to|is|was|has|had|will|would|said|says|in|on|at|and|or|"
    r"from|with|for|by|rang|called|asked|told|agreed|attended|[a-z]+ed)\b"
)


def _an_initial_here(text: str, match: re.Match[str]) -> bool:
    """Whether the lone letter after a rank is someone's initial ("Capt H", "sgt m", "mr b")
    and not the pronoun I, an article, a text-speak word or a company's letter."""
    letter, rank = match.group("name"), match.group("rank")
    if _NOT_AN_INITIAL_AFTER.match(text, match.end()):
        return False
    if text[match.end() : match.end() + 1] == ":":
        return False  # "Sgt B:", a transcript's pseudonymous speaker, as "Person B:" is
    if letter.isupper():
        return letter not in "I" and (
            letter != "A"
            or match.group("dot") is not None
            or _A_AS_AN_INITIAL_AFTER.match(text, match.end()) is not None
        )
    # in lower case only with a rank typed in lower case, and a letter that is no word
    return rank.islower() and bool(_LOWER_INITIAL.fullmatch(letter)) and letter != "a"


# a path's separator before a word: a Teams channel's name ("Fitness Squad > General")
_A_PATH_BEFORE = re.compile(r">[ \t]*$")


def _a_channel(text: str, match: re.Match[str]) -> bool:
    """Whether the "rank" ending a line is a channel's name after a path's separator ("Squad
    > General"), and the next line's name someone else's ("Kai Leung joined the chat")."""
    return "\n" in text[match.end("rank") : match.start("name")] and (
        _A_PATH_BEFORE.search(text, max(0, match.start() - 4), match.start()) is not None
    )


def _label_on_next_line(text: str, match: re.Match[str], end: int) -> bool:
    """Whether the "name" after a rank is the next line's label ("Subject:", "Note-taker:")."""
    return "\n" in text[match.end("rank") : match.start("name")] and text[end : end + 1] == ":"


class RankNameRecognizer(WordListRecognizer):
    ENTITY = "PERSON"
    RANKS: ClassVar[tuple[str, ...]] = RANKS
    EXAMPLES = (
        ("I reported it to Sgt Okafor on Monday", ["Sgt Okafor"]),
        ("Flt Lt Khan and Lt Col Price were there", ["Flt Lt Khan", "Lt Col Price"]),
        ("Padre Evans-Jones helped", ["Padre Evans-Jones"]),
        ("spoke to cpl mbeki about it", ["cpl mbeki"]),
        ("Capt. Sarah O'Neill listened", ["Capt. Sarah O'Neill"]),
        ("L/Cpl McAllister and WO2 Tamang", ["L/Cpl McAllister", "WO2 Tamang"]),
        ("growth for WO Prys-Jones and AS1 Price", ["WO Prys-Jones", "AS1 Price"]),
        ("said Warrant Officer 1 Gray", ["Warrant Officer 1 Gray"]),
        ("Dear ET Lamb,", ["ET Lamb"]),
        ("LSgt Brown and OCdt Singh", ["LSgt Brown", "OCdt Singh"]),
        ("The WO said it was fine. Ask the ET team.", []),
        ("the sgt said no", []),
        ("my Sgt was fine", []),
        ("I became a major part of it", []),
        ("Major issues with the rota", []),
        ("the doctor said rest", []),
        ("my section commander. Dave was great", []),
        ("he was my cpl. dave was great", []),
        ("the co was fine, col reeves not so much", ["col reeves"]),
        ("cpl j smith and sgt p evans", ["cpl j smith", "sgt p evans"]),
        ("sgt n me went", []),
        ("Capt H was decent and sgt m helped me", ["Capt H", "sgt m"]),
        ("thanks to mr b. and my welfare officer mrs k", ["mr b", "mrs k"]),
        ("cpl r jones and sgt y patel", ["cpl r jones", "sgt y patel"]),
        ("the Sgt I told, Maj A Company, the sgt n jones, the sgt a few", []),
        (
            "Maj A briefed on it\nGuard Comd: Mr A\nDuty Driver: Lt Cdr N",
            ["Lt Cdr N", "Maj A", "Mr A"],
        ),
        ("a Sgt A few years back", []),
        ("over the col and down", []),
        ("Cpl (RM) Pritchard and cpl (raf) pun", ["Cpl (RM) Pritchard", "cpl (raf) pun"]),
        (
            "Wg Cdr de Jong, SAC el-Amin and Lt van der Berg",
            ["Wg Cdr de Jong", "SAC el-Amin", "Lt van der Berg"],
        ),
        ("the sgt says kit inspection moved", []),
        ("cc:\n  MM, RSM\n  File", []),
        ("Reported by: Lt Tomos Prys, Guard Commander\nSubject: none", ["Lt Tomos Prys"]),
    )

    def __init__(self, supported_language: str = "en", **kwargs: Any) -> None:
        super().__init__(supported_language=supported_language, **kwargs)
        ranks = ANY_RANK if self.RANKS is RANKS else rank_alternation(self.RANKS)
        self._capital = guarded(
            r"(?<![\w/])(?P<rank>"
            + ranks
            + r")"
            # after a service in brackets the name is on the same line: a directory's "Max
            # Sgt (ARMY)" ends its line, the next line's "Max" is no one's surname
            + r"(?:"
            + SERVICE_AFTER_A_RANK
            + r"[ \t]+|\s+)(?P<name>"
            + PARTICLE_AFTER_A_RANK
            + r"?(?:"
            + _NAME_TOKEN
            + r")(?:[ \-](?:"
            + _NAME_TOKEN
            + r")){0,2})"
        )
        lower_ranks = (
            LOWER_CASE_RANKS
            if self.RANKS is RANKS
            else rank_alternation(tuple(r for r in self.RANKS if r not in CAPITAL_ONLY))
        )
        self._lower = guarded(
            r"(?<![\w/])(?P<rank>"
            + lower_ranks
            + r")"
            + r"(?:"
            + SERVICE_AFTER_A_RANK
            + r"[ \t]+|\s+)"
            + r"(?P<name>[a-zß-öø-ÿ][a-zß-öø-ÿ'’\-]*(?:\s+[a-zß-öø-ÿ][a-zß-öø-ÿ'’\-]+)?)",
            re.IGNORECASE,
        )
        # a rank and one initial, no name after it: "Capt H was decent", "sgt m helped me"
        self._initial_only = guarded(
            r"(?<![\w/])(?P<rank>" + ranks + r"|(?i:" + lower_ranks + r"))[ \t]+"
            r"(?P<name>[A-Za-z])(?P<dot>\.)?(?![\w'’\-&/]|\.\w|[ \t]+(?:" + _NAME_TOKEN + r"))"
        )
        self._lower_capital_only = guarded(
            r"(?<![\w/])(?P<rank>(?i:"
            + rank_alternation(LOWER_BEFORE_SURNAME)
            + r"))\s+(?P<name>[a-zß-öø-ÿ][a-zß-öø-ÿ'’\-]+)(?![\w'’\-])"
        )

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if entities and self.ENTITY not in entities:
            return []
        results: dict[tuple[int, int], RecognizerResult] = {}
        for match in self._capital.finditer(text):
            if "\n" in text[match.end("rank") : match.start("name")] and not (
                self.wordlists.is_listed_name(match.group("name").split()[0].lower())
            ):
                continue  # "MM, RSM" + "\n  File": a rank ending a line, no name on the next
            if _a_channel(text, match):
                continue  # "Channel: Fitness Squad > General" + "\nKai Leung joined"
            if self._rank_goes_on(match.group("rank"), match.group("name")):
                continue  # "Lt" + "Cdr" of "Lt Cdr N": the rank goes on, an initial after it
            end = self._trim_name(text, match.start("name"), match.group("name"))
            if end is not None and _label_on_next_line(text, match, end):
                continue  # "Guard Commander" + "\nSubject: ...": a rank ends a line
            if end is not None:
                results[(match.start(), end)] = self.result(match.start(), end, 0.85)
        for match in self._lower.finditer(text):
            if (match.start(), match.end()) in results or any(
                s <= match.start() < e for s, e in results
            ):
                continue
            if a_rank_ending_a_sentence(text, match.start(), match.group("rank")):
                continue
            if _a_channel(text, match):
                continue
            end = self._trim_lower(match.start("name"), match.group("name"))
            if end is None:
                end = self._first_name_then_surname(match.end("name"), match.group("name"))
            if end is not None:
                results[(match.start(), end)] = self.result(match.start(), end, 0.7)
        for match in self._initial_only.finditer(text):
            if any(s <= match.start() < e for s, e in results) or not _an_initial_here(text, match):
                continue
            # the letter's full stop stays: it may end the sentence ("I told Capt H.")
            end = match.end("name")
            results[(match.start(), end)] = self.result(match.start(), end, 0.7)
        for match in self._lower_capital_only.finditer(text):
            surname = match.group("name").removesuffix("'s").removesuffix("’s")
            if surname in self.wordlists.surnames and self.wordlists.is_unambiguous_name(surname):
                results[(match.start(), match.end())] = self.result(match.start(), match.end(), 0.7)
        return list(results.values())

    def _rank_goes_on(self, rank: str, name: str) -> bool:
        return rank_goes_on(rank, name, self.wordlists.surnames)

    def _trim_name(self, text: str, start: int, name: str) -> int | None:
        """Keep the name tokens up to the first ordinary capitalised word (I, The, Monday)."""
        kept_end = None
        offset = start
        for index, token in enumerate(re.split(r"([ \-])", name)):
            if token in (" ", "-"):
                offset += 1
                continue
            if kept_end is None and index <= 2 and token in _LOWER_PARTICLES:
                offset += len(token)  # "de" of "Wg Cdr de Jong": kept with the surname after
                continue
            if self.wordlists.is_allowed(token) or token.lower() in self.wordlists.stop_words:
                break
            offset += len(token)
            kept_end = offset
        return kept_end

    def _trim_lower(self, start: int, name: str) -> int | None:
        kept_end = None
        offset = start
        for index, token in enumerate(re.split(r"(\s+)", name)):
            if token.isspace():
                offset += len(token)
                continue
            word = token.lower().strip("'’-")
            if index == 0 and word in NOT_A_FIRST_NAME_AFTER_A_RANK:
                break  # "the sgt says kit inspection moved": a verb of speech is no name
            if not self.wordlists.could_be_lowercase_name(word, strict=index > 0):
                break
            offset += len(token)
            kept_end = offset
        return kept_end

    def _first_name_then_surname(self, end: int, name: str) -> int | None:
        """Where rank + two lower-case words end when the second is a listed surname and the
        first is name-shaped though an ordinary word or on no list ("lcpl mei dasgupta" of
        a surname found elsewhere, "cpl hope okafor"): the rank and the surname say the word
        between them is a first name. None otherwise ("the sgt said okafor" keeps "said":
        a verb of speech is no first name)."""
        words = name.split()
        if len(words) != 2:
            return None
        first, surname = words[0].strip("'’-"), words[1].strip("'’-")
        if _LOWER_INITIAL.fullmatch(first) or first in _LETTERS_BEFORE_A_SURNAME:
            named = surname in self.wordlists.surnames and self.wordlists.is_unambiguous_name(
                surname
            )
            return end - (len(words[1]) - len(words[1].rstrip("'’-"))) if named else None
        if (
            not _LOWER_FIRST_NAME.fullmatch(first)
            or first in NOT_A_FIRST_NAME_AFTER_A_RANK
            or first in self.wordlists.stop_words
            or self.wordlists.is_allowed(first)
            or surname not in self.wordlists.surnames
            or not self.wordlists.could_be_lowercase_name(surname)
        ):
            return None
        return end - (len(words[1]) - len(words[1].rstrip("'’-")))
