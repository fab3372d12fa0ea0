"""Chat and forum display names: "rhodri.trelawney:", "Posted by jan_k88", "@KasiaN".

A display name is a person's identifier as much as the name it is built from, and neither
spaCy nor the name lists read it: it is one token that joins a first name and a surname
("dervlacrossley"), adds digits ("jan_k88") or a surname's initial ("JadwigaB"). It counts
where a handle stands: a speaker label opening a line (after an optional "[06:55]" or a
chat export's "19/03/2024, 10:02 - "), after "Posted by", "Reply from", "Quote from", before
"wrote:", or after "@". A speaker label may be a first name and a surname's initial
("Kasia M:", "Dave S.:", "tariq g:"); a chat export's speaker line may be a whole name
("Hope Vaughan-Price (13:15):", "Lachie D  12:26 PM"), and so may a WebVTT voice tag
written into text ("<v JOSAIA>", "<v Jane Smith>"). Anywhere in the text, a first name
joined to a surname's initial ("DaveS", "Dave_S", "dave.s", "KasiaM88") is a display name
when the first name is a listed one or a known diminutive (scrub.diminutives), or a word in
no dictionary. Role labels (INT, P1,
SPEAKER_01, Speaker A, the study's scrub.speaker_roles), field labels ("Address:",
"Subject:") and ordinary words are not handles. The other slots where a message export
names a contact (a dated line's sender whatever the word, who added whom, who reacted, a
thread's contact, "its sanj") are the message-export recognizer's.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from sealflow.scrub.name_words import a_listed_first_name, names_no_one
from sealflow.scrub.recognizers.base import WordListRecognizer
from sealflow.scrub.recognizers.forces.rank_name_recognizer import ANY_RANK, RANK_WORDS
from sealflow.scrub.recognizers.generic.contact_labels import (
    FIELD_LABELS,
    NOT_A_SENDER,
    ROLE_SHAPE,
    names_a_contact,
)
from sealflow.scrub.recognizers.generic.person_cues import names_by_address
from sealflow.scrub.wordlists import RANK_AND_ROLE_WORDS

# (an Instagram or X handle may end in underscores: "@rpatel_", "@mbest__")
_HANDLE = r"(?P<id>[A-Za-z][A-Za-z0-9._\-]{1,38}[A-Za-z0-9]_{0,3})"
# a speaker label of a first name and an initial: "Kasia M:", "Dave S.:", "tariq g:"
_NAME_INITIAL = (
    r"(?P<id>(?P<first>[A-Z][a-z'’]{1,20})[ \t][A-Z]"
    r"|(?P<first_lower>[a-z][a-z'’]{1,20})[ \t][a-z])\.?"
)
# a speaker's whole name in a label: one to four words ("Hope Vaughan-Price", "peigi mac
# gille bhrìde", "JOSAIA")
_WORDS = r"(?P<words>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*\.?){0,3})"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?"
# what may open a chat line before the speaker: "[06:55] ", "19/03/2024, 10:02 - "
_STAMP = (
    r"(?:\[?(?:(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}),?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?"
    r"(?:[ \t]?[AaPp][Mm])?\]?[ \t]*(?:[-–][ \t]*)?)?"
)
# a display name inside running text: a first name and the surname's initial, joined
_INLINE = (
    r"(?<![\w.@/'’\-])(?P<id>(?P<first>[A-Za-z][a-z]{1,15})(?:[A-Z]|[._][A-Za-z])\d{0,4})"
    r"(?![\w@/'’]|[.\-]\w)"
)
# what a phone's or an inbox's export writes before the sender on the sender's line ("Text
# from Morag U.  14:30", "Voicemail from Dave S, 09:12"): the cue, not the name
_SENT_FROM = re.compile(r"(?i:(?:[^\W\d_]+[ \t]+){1,2}?(?:from|by)[ \t]+)(?=[^\W\d_])")
# what a chat's "@" calls that is no one: the whole channel
_CHANNEL_MENTIONS = frozenset(["everyone", "all", "here", "channel", "team", "group", "admin"])
# a nickname: one or two words ("Bungle", "Big Dave")
_NICKNAME = r"(?P<id>[^\W\d_][\w'’\-]{1,20}(?:[ \t][^\W\d_][\w'’\-]{1,20})?)"
# one word of a nickname said without quotes, not run on into a capitalised word after it
_ONE_NICKNAME = r"(?P<id>[^\W\d_][\w'’\-]{1,20})(?![\w'’\-]|[ \t]+(?-i:[A-Z][a-z]))"
# what stands before a nickname put in brackets after its person: a rank and a surname (with
# an initial between) or a first name and a surname ("sgt little (""geordie"")", "WO2 D Evans
# ("Evo")", "Mark Jones (‘Jonah’)"); the brackets' text runs to the opening quote
_PERSON_BEFORE_BRACKETS = re.compile(
    r"(?:(?i:" + ANY_RANK + r")[ \t]+(?:[A-Za-z]\.?[ \t]+)?[^\W\d_][\w'’\-]+"
    r"|[A-Z][a-z'’\-]{2,}[ \t]+[A-Z][a-z'’\-]+)[ \t]*\((?:\"\"|[\"“‘'])\Z"
)
# digits, dots, underscores or a capital inside a word: a handle's shape ("jan_k88", "KasiaN")
_SHAPED = re.compile(r"[\d._]|[a-z][A-Z]")


# the parts of a joined label: "ResponseId" -> Response, Id; "Q3_AgeGroup" -> Q3, Age, Group
_LABEL_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
# a survey export's question number ("Q2", "Q11") and the abbreviations its columns use
_LABEL_CODES = re.compile(r"(?i)q\d*|id|no|num|dob|nok|ref|url|ip|utc|\d+")


# a role label's number ("Speaker 2", "interviewer_1"): the role is what stands before it
_NUMBER_AT_END = re.compile(r"[\s_\-]*\d+$")


def _a_column_label(handle: str, words: Any) -> bool:
    """Whether a joined token is a data export's column label: two or more parts, each an
    ordinary word or a question number or column code, none a listed first name
    ("ResponseId", "RecordedDate", "Q3_AgeGroup", "Q11_Helped"); "MarkHill", "dave_s"
    and "JadwigaB" stay handles."""
    parts = _LABEL_PARTS.findall(handle)
    if len(parts) < 2 or (re.search(r"\d", handle) and not re.match(r"(?i)q\d+", handle)):
        return False  # "BlueFox88": a handle's digits; a column's are a question's number
    named = [p for p in parts if not _LABEL_CODES.fullmatch(p)]
    return bool(named) and all(
        len(p) >= 3 and words.is_common_word(p.lower()) and p.lower() not in words.first_names
        for p in named
    )


class ChatHandleRecognizer(WordListRecognizer):
    ENTITY = "PERSON"
    PATTERNS: ClassVar = (
        ("speaker_label", r"(?m)^[ \t]*" + _STAMP + _HANDLE + r"(?=:[ \t])", 0.7),
        ("speaker_initial", r"(?m)^[ \t]*" + _STAMP + _NAME_INITIAL + r"(?=:[ \t])", 0.7),
        ("inline_display_name", _INLINE, 0.65),
        # a reply quoting a message: "> kofi b: who's driving?", after the sender's colon too
        ("quoted_label", r"(?m)(?:^|(?<=:[ \t]))[ \t]*>[ \t]*" + _NAME_INITIAL + r"(?=:[ \t])",
         0.7),
        ("quoted_handle", r"(?m)(?:^|(?<=:[ \t]))[ \t]*>[ \t]*" + _HANDLE + r"(?=:[ \t])", 0.7),
        # chat exports: "Hope Vaughan-Price (13:15): ...", "Lachie D  12:26 PM" on a line
        ("export_name_time", r"(?m)^[ \t]*" + _WORDS + r"[ \t]+\(" + _CLOCK + r"\):", 0.7),
        # (or "Delroy C, 13:23": the sender and a comma, as some exports write it)
        ("export_name_line", r"(?m)^[ \t]*" + _WORDS + r"(?:[ \t]{2,}|,[ \t]*)" + _CLOCK
         + r"[ \t]*$", 0.7),
        # WhatsApp's sender not in the reader's contacts: "~ Dawn ~: ...", "~ Xiaoling ~  11:40"
        ("tilde_name", r"(?m)^[ \t]*" + _STAMP + r"~[ \t]*" + _WORDS + r"[ \t]*~(?=:[ \t]|[ \t]{2,}"
         + _CLOCK + r")", 0.7),
        # a nickname in quotes after what introduces one: 'aka "Bungle"', 'everyone calls
        # ewan "scouse"', 'known as "Tug"', '("tug" to everyone)'
        ("quoted_nickname", r"(?P<nick>)(?i:\b(?:aka|a\.k\.a\.?|known\s+as|nicknamed|"
         r"calls\s+[\w'’\-]+|called|call\s+(?:him|her|me))[ \t]+)[\"“‘']" + _NICKNAME
         + r"[\"”’']", 0.7),
        ("nickname_to_all", r"(?P<nick>)(?<=\()[\"“]" + _NICKNAME + r"[\"”](?=\s+to\s+(?:everyone|"
         r"every1|all|us|the\s+lads))", 0.7),
        # (0.9: above spaCy's 0.85, so its "RIP Guru", dropped whole, does not swallow it)
        # a nickname without quotes after what gives one: "known as Guru to friends", "Tiny,
        # we called her Tiny", "Known to everyone as Stretch", "RIP Spike." (and in lower case
        # a listed nickname: "rip scouse.", "anyone who remembers lofty")
        ("nickname_given", r"(?P<given>)(?i:\b(?:known\s+(?:to\s+(?:everyone|every1|friends|all|us|"
         r"mates|the\s+lads)\s+)?as|nicknamed|(?:we|everyone|they|the\s+lads|i)\s+(?:all\s+)?"
         r"called\s+(?:him|her|them)|went\s+by)[ \t]+)" + _ONE_NICKNAME, 0.9),
        # a nickname said before what gives it: "Lofty, as he is universally known, led"
        ("nickname_known_after", r"(?P<given>)(?<![\w'’])" + _ONE_NICKNAME + r"(?=,?[ \t]+as[ \t]+"
         r"(?:he|she|they)(?:['’]s|[ \t]+(?:is|was|are|were))[ \t]+(?:(?:universally|widely|"
         r"commonly|affectionately|generally|better|still|always|fondly)[ \t]+)?known\b)", 0.9),
        # a nickname in quotes and brackets after its person ("sgt little (""geordie"")", as a
        # CSV field doubles the quotes; "WO2 D Evans ("Evo")")
        ("nickname_bracketed", r"(?P<bracketed>)(?<=\()(?:\"\"|[\"“‘'])(?P<id>[^\W\d_][\w\-]{1,20})"
         + r"(?:\"\"|[\"”’'])(?=\))", 0.9),
        ("nickname_remembered", r"(?P<remembered>)(?i:\b(?:rip|r\.i\.p\.?)[ \t]+)" + _ONE_NICKNAME
         + r"(?=[ \t]*[.,!]|[ \t]*$|[ \t]+(?:mate|pal|buddy|bro|brother|sister)\b)", 0.9),
        ("nickname_listed", r"(?P<remembered>)(?P<listed>)(?i:\bremembers?[ \t]+)" + _ONE_NICKNAME,
         0.7),
        ("voice_tag", r"<v(?:\.[\w.\-]+)*[ \t]+" + _WORDS + r"[ \t]*>", 0.7),
        ("posted_by", r"(?i:\b(?:posted|sent|shared)\s+by|\breply\s+from|\bquote\s+from|"
         r"\bmessage\s+from)\s*:?\s+" + _HANDLE + r"\b", 0.7),
        ("wrote", r"(?m)^[ \t]*" + _HANDLE + r"\s+wrote:", 0.7),
        ("mention", r"(?P<mention>)(?<![\w.])@" + _HANDLE + r"\b", 0.7),
    )  # fmt: skip
    EXAMPLES = (
        ("rhodri.trelawney: see you there", ["rhodri.trelawney"]),
        ("[06:55] jan_k88: u about?", ["jan_k88"]),
        ("Posted by JadwigaB\nAnyone else?", ["JadwigaB"]),
        ("dervlacrossley: ok", ["dervlacrossley"]),
        ("thanks @kasia_n for that", ["kasia_n"]),
        ("a video posted on @rpatel_. Then @mbest__ and", ["mbest__", "rpatel_"]),
        ("INT: and then?\nP1: yes\nSPEAKER_01: no", []),
        ("Address: 4 High Street\nSubject: leave\nNote: none", []),
        ("Tel: 0117\nDOB: 1 May\nNOK: wife\nSgt: here\nCpl: there", []),
        ("me: yeah\nMe: ok", []),
        ("Will: you there?\nMark: yes", ["Mark", "Will"]),
        (
            "24/01/2026, 11:55 - Lofty: who's driving?\nScouse: me\nDusty: ok",
            ["Dusty", "Lofty", "Scouse"],
        ),
        ("Note: will do\nUpdate: done\nNote-taker: me\nFollow-up: none", []),
        ("Posted by the team", []),
        ("[10:03] Kasia M: yeah\n19/03/2024, 10:04 - Dave S.: ok", ["Dave S", "Kasia M"]),
        (
            "Thanks DaveS, and dave.s said Dave_S is KasiaM88 now",
            ["DaveS", "Dave_S", "KasiaM88", "dave.s"],
        ),
        ("Speaker A: hi\nInterviewer B: ok\nSgt B: yes\nPlan B: go\nPerson C: no", []),
        ("Shiv O.: on my way\nTev K: ok", ["Shiv O", "Tev K"]),
        ("[2026-03-27 10:07] Krzys N: hiya\nEwan R  15:53\nok", ["Ewan R", "Krzys N"]),
        ("Anke: > semisi n: who's driving?\n> kofi_b: me", ["Anke", "kofi_b", "semisi n"]),
        (
            "25/10/2026, 11:11 - ~ Dawn ~: hi\n~ Xiaoling ~  11:40\n~ Team ~: ok",
            ["Dawn", "Xiaoling"],
        ),
        (
            'Joy aka "Tricky" is back, everyone calls ewan "scouse", tom ("tug" to everyone)',
            ["Tricky", "scouse", "tug"],
        ),
        ('aka "Combat Stress", "the boss" and called "Op COURAGE"', []),
        (
            "known as Guru to friends; Tiny, we called her Tiny. RIP Spike. rip scouse.\n"
            "anyone who remembers lofty? Known to everyone as Stretch",
            ["Guru", "Spike", "Stretch", "Tiny", "lofty", "scouse"],
        ),
        ("known as HR; RIP The Queen; remembers dinner; known as the boss; rip off", []),
        (
            'Lofty, as he is universally known, led. About sgt little (""geordie"") and WO2 D '
            'Evans ("Evo"), Mark Jones (‘Jonah’)',
            ["Evo", "Jonah", "Lofty", "geordie"],
        ),
        ('the form ("SF2"), the programme ("Thrive") and Op COURAGE ("courage")', []),
        ("> P1: quoted\nKasia: > INT: and?", ["Kasia"]),
        ("[10:47] tariq g: email me\n[08:36] yam p.: ok\nRiz: thanks", ["Riz", "tariq g", "yam p"]),
        (
            "Hope Vaughan-Price (13:15): who's on?\npeigi mac gille bhrìde (09:29): me",
            ["Hope Vaughan-Price", "peigi mac gille bhrìde"],
        ),
        ("Lachie D  12:26 PM\nWill do\nzofiaw98  5:57 pm\nok", ["Lachie D", "zofiaw98"]),
        ("Delroy C, 13:23\nwill sort\nTeam Kestrel, 13:25\nMeeting, 14:00", ["Delroy C"]),
        (
            "Chalky  11:12 PM\nthe list\nPincher  4:53 PM\nok\nHappy (10:02): yes",
            ["Chalky", "Happy", "Pincher"],
        ),
        ("spike: tunde b?? no way\nlofty: eta 10 mins\nmoose: ok\nnote: none", ["lofty", "spike"]),
        ("Text from Morag U.  14:30\nok\nVoicemail from Dave S, 09:12\nhi", ["Dave S", "Morag U."]),
        ("<v JOSAIA>I was there.</v>\n<v Jane Smith>Yes</v>", ["JOSAIA", "Jane Smith"]),
        ("<v P1>Yes</v>\n<v Interviewer>And?</v>\nDuty Officer (10:00): ok\nTeam  9:14 AM", []),
        ("> Note: see this", []),
        ("17/11/2023, 18:25 - Wifey: ok\n17/11/2023, 18:27 - Our Kid: ha\nWifey: ok", []),
        ("@Timber can you pick this up; @Everyone @Here @All see above", ["Timber"]),
        ("the MoD and PhD, file data.s and notes.txt, see WillS and BillB", []),
        ("thanks mick.t and TevV, ok Siti_N", ["Siti_N", "TevV", "mick.t"]),
        ("read fig.A and the EndT, the ReadMe, iPad, eBay and the JobC", []),
    )

    def __init__(self, supported_language: str = "en", **kwargs: Any) -> None:
        self.roles: frozenset[str] = frozenset()
        self.short_forms: frozenset[str] = frozenset()
        # forms of address and service nicknames ("Lofty", "Scouse", "Dusty"): a speaker's
        # label opening a line, though also words
        self.nicknames: frozenset[str] = frozenset()
        super().__init__(supported_language=supported_language, **kwargs)

    def configure(self, settings: Any) -> None:
        super().configure(settings)
        self.roles = settings.roles()
        self.short_forms = frozenset(settings.diminutives())
        self.nicknames = names_by_address(settings)

    def _first_name(self, word: str, joined: bool = False) -> bool:
        """A listed first name or a known diminutive that is no ordinary word; joined to an
        initial (``joined``: "mick.t", "TevV"), where the shape itself says handle, any
        listed name or short form ("Mick") or any word of three letters or more in no
        dictionary ("Tev"). Never a role, rank, field label, allowed or ambiguous word."""
        words = self.wordlists
        key = word.lower()
        if names_no_one(key, words, self.roles, RANK_WORDS):
            return False
        if key in FIELD_LABELS or key in words.ambiguous:
            return False
        if joined:
            listed = key in words.first_names or key in self.short_forms
            return listed or (len(key) >= 3 and not words.is_common_word(key))
        return a_listed_first_name(key, words, self.short_forms)

    def _a_given_nickname(self, match: re.Match[str]) -> bool:
        """The word a cue gives as someone's nickname: in lower case, or after "remembers",
        only a listed nickname or first name; capitalised after "known as", "we called her"
        or "RIP", any word that is no allowed word, role, rank or function word ("Tank",
        "Bomber", "Guru"; not "known as HR", "RIP The")."""
        word = match.group("id")
        key = word.lower()
        if names_no_one(key, self.wordlists, self.roles, RANK_WORDS):
            return False
        listed = key in self.nicknames or self._first_name(word)
        if match.groupdict().get("listed") is not None or not word[:1].isupper():
            return listed
        return not word.isupper() or listed

    def span_of(self, match: re.Match[str]) -> tuple[int, int]:
        if "words" in match.re.groupindex:
            before = _SENT_FROM.match(match.group("words"))
            return match.start("words") + (before.end() if before else 0), match.end("words")
        return super().span_of(match)

    def _whole_name(self, value: str) -> bool:
        """A label of one to four words that names someone: no word a role, rank, field
        label or allowed word, and one word at least a listed name, a short form, or a
        word in no dictionary ("Hope Vaughan-Price", "JOSAIA"; not "Duty Officer", "P1")."""
        words = self.wordlists
        parts = [w.strip(".").lower() for w in value.split()]
        base = _NUMBER_AT_END.sub("", value.strip()).lower()
        if ROLE_SHAPE.fullmatch(value.strip()) or base in self.roles:
            return False
        for part in parts:
            if part in RANK_AND_ROLE_WORDS or part in RANK_WORDS or part in FIELD_LABELS:
                return False
            if words.is_allowed(part) or (part in self.roles and len(part) > 1):
                return False  # "Ewan R": a lone letter after a name is its initial, no role
        return any(
            len(part) >= 2
            and part not in words.stop_words
            and (
                words.is_listed_name(part)
                or part in self.short_forms
                or part in self.nicknames  # "Chalky  11:12 PM": a service nickname
                or not words.is_common_word(part)
            )
            for part in parts
        )

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        if "bracketed" in match.re.groupindex:
            before = text[max(0, match.start() - 60) : match.start("id")]
            word = match.group("id").lower()
            named = _PERSON_BEFORE_BRACKETS.search(before) is not None
            if not named or names_no_one(word, self.wordlists, self.roles, RANK_WORDS):
                return None
            return None if self.wordlists.is_allowed(word) else base_score
        if "given" in match.re.groupindex or "remembered" in match.re.groupindex:
            return base_score if self._a_given_nickname(match) else None
        if "nick" in match.re.groupindex:
            nickname = match.group("id").lower()
            return (
                None
                if self.wordlists.is_allowed(nickname) or nickname in self.roles
                else base_score
            )
        if "words" in match.re.groupindex:
            start, end = self.span_of(match)
            return base_score if self._whole_name(text[start:end]) else None
        handle = match.group("id")
        words = self.wordlists
        key = handle.lower()
        if (
            "mention" in match.re.groupindex
            and handle[:1].isupper()
            and key not in _CHANNEL_MENTIONS
            and names_a_contact(handle, self.wordlists, self.roles)
        ):
            return base_score  # "@Timber can you pick this up": a handle, though a word
        if "first" in match.re.groupindex or "first_lower" in match.re.groupindex:
            groups = match.groupdict()
            first = groups.get("first") or groups.get("first_lower") or ""
            # "Kasia M:", "Shiv O.:", "DaveS": the shape says handle; the first name must be
            # a listed name or short form, or a word in no dictionary (never a role or rank)
            return base_score if self._first_name(first, joined=True) else None
        if ROLE_SHAPE.fullmatch(handle) or _NUMBER_AT_END.sub("", key) in self.roles:
            return None
        # "Will:", "Mark:" opening a line: a speaker's name, though also a word; and a
        # service nickname in a chat typed without capitals ("spike: no way", "lofty: eta")
        label_name = (
            match.re.pattern.startswith("(?m)^")
            and not handle.isupper()
            and ((handle[:1].isupper() and key in words.first_names) or key in self.nicknames)
            and len(key) >= 3
        )
        if words.is_allowed(handle) or key in FIELD_LABELS:
            return None
        if key in words.stop_words and not label_name:
            return None
        if (
            key in RANK_AND_ROLE_WORDS
            or key in RANK_WORDS
            or (handle.isupper() and not words.is_listed_name(key))
        ):
            return None  # "Sgt:", "DOB:", "NOK:": a rank or an abbreviation, not a handle
        if "-" in key and all(words.is_common_word(part) for part in key.split("-") if part):
            return None  # "Note-taker:", "Follow-up:": words joined, not a handle
        if key in NOT_A_SENDER:
            return None  # "Wifey:", "Nan:": a contact saved by relation
        # "ResponseId:", "Q2_Service:": an export's column, not a handle (never after "@":
        # "@mrs_pickering" is someone, though both parts are words)
        if "mention" not in match.re.groupindex and _a_column_label(handle, words):
            return None
        if _SHAPED.search(handle) or label_name:
            return base_score  # digits, dots, underscores or a capital inside: a handle
        if len(key) < 3 or words.is_common_word(key) or key in words.ambiguous:
            return None
        return base_score
