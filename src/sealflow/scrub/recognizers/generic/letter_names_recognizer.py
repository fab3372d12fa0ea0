"""Names where letters, e-mails and notes put them: under the sign-off, in the copy list, and
as initials before a surname in capitals.

A letter's layout says who is named even when the name itself says little: the line under
"Yours sincerely," or an e-mail's "--" is the signer, whether written "Sarah Evans", "S E
MANSOUR", "PC" or "Capt J Hughes" (post-nominals after it, "MBE", "RAF", stay); each line of
a "cc:" list is "name, appointment" ("AC, OC HQ Coy", "I MacAulay, Adjt"). In running text,
initials before a surname written in capitals ("K P GURUNG", "A M OKAFOR") are a person
however rare the surname, since capitals alone ("CTCRM", "HMNB") would be an acronym.

What is no person stays: a sign-off over a team or an office ("The Welfare Team", "HR
Admin"), a copy to "File", a line of role words ("Unit Welfare Officer").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, ClassVar

from sealflow.scrub.lines import line_around
from sealflow.scrub.people import NOT_INITIALS
from sealflow.scrub.recognizers.base import WordListRecognizer
from sealflow.scrub.recognizers.forces.rank_name_recognizer import RANK_WORDS
from sealflow.scrub.wordlists import RANK_AND_ROLE_WORDS

_SIGN_OFF = (
    r"(?:(?:kind|best|warm|warmest|many)[ \t]+(?:regards|wishes|thanks)|regards|rgds|"
    r"yours[ \t]+(?:sincerely|faithfully|truly|aye)|sincerely|thanks|many[ \t]+thanks|"
    r"thank[ \t]+you|cheers|best|respectfully|with[ \t]+thanks|ta|thx|tks|take[ \t]+care|"
    r"all[ \t]+the[ \t]+best|speak[ \t]+soon|--)"
)
_A_SIGN_OFF = re.compile(_SIGN_OFF + r"[,.!]?", re.IGNORECASE)
# a name line: one to five words of letters (initials, particles, hyphens, apostrophes)
_NAME_LINE = r"[^\W\d_][\w'’.\-]*(?:[ \t]+[^\W\d_][\w'’.\-]*){0,4}?"
# a name as a form's field holds it: initials ("S R", "I.N.", "JT"), particles, and words
# opening with a capital ("Rahman", "RAHMAN", "ap Gwilym"); no sentence's full stop
_NAME_WORD = (
    r"(?:(?-i:[A-Z]\.){1,3}|(?-i:[A-Z][\w'’\-]*)"
    r"|(?-i:a[pb]|van|von|de|der|den|du|da|le|la|bin|bint|al|el))"
)
_NAME_WORDS = _NAME_WORD + r"(?:[ \t]+" + _NAME_WORD + r"){0,4}"
_POST_NOMINALS = (
    r"(?:[ \t]+(?:RAF|RN|RM|RNR|RMR|MBE|OBE|CBE|BEM|QGM|MC|DSO|DFC|QCVS|ADC|VR|TD|MA|MSc|BSc|"
    r"BA|PhD|Retd|retd|\(Retd\)),?)*"
)
_INITIALS_RUN = r"(?-i:(?:[A-Z]\.?[ \t]){1,3})"
# Words that open a sign-off line naming a team, an office or a role, not a person.
_NOT_A_SIGNER = frozenset(
    ["the", "team", "office", "admin", "hr", "welfare", "unit", "families", "support",
     "service", "services", "desk", "department", "dept", "section", "staff", "all", "everyone",
     "file", "sent", "from", "on", "tel", "email", "mob", "mobile", "phone", "address"]
)  # fmt: skip


# a copy list: "cc:" (or "Copy to:") and the indented lines under it, to a blank line
_COPY_LIST = re.compile(
    r"(?im)^(?:cc|copy[ \t]+to)[ \t]*:[ \t]*\n(?P<lines>(?:[ \t]+\S[^\n]*(?:\n|$))+)"
)
# one line of it: "name, appointment"
_COPIED = re.compile(r"(?m)^[ \t]+(?P<id>" + _NAME_LINE + r"),[ \t]*\S")


# a form's field naming a person who wrote or is the subject of it
_PERSON_FIELD = (
    r"(?:staff|staff[ \t]+member|client|worker|case[ \t]?worker|key[ \t]?worker|officer|author|"
    r"assessor|completed[ \t]+by|recorded[ \t]+by|written[ \t]+by|entered[ \t]+by|"
    r"referred[ \t]+by|referrer|signed|signature|initials)"
)
# what a note's subject does, after initials opening a sentence: "XC is moving", "HM seen"
_SUBJECT_VERBS = (
    r"is|was|has|had|will|would|can|could|said|says|rang|phoned|called|emailed|e-mailed|"
    r"texted|seen|saw|told|asked|reports|reported|agreed|attended|declined|needs|wants|feels|"
    r"felt|lives|moving|moved|from|seems|states|stated|presented|disclosed|denies|denied"
)
# a time or a date beside a note's author's initials
_STAMP = r"\d{1,2}[:.]\d{2}(?!\d)|\d{1,2}/\d{1,2}/\d{2,4}"
# initials in capitals: "SN", "PC", "K"; an office's or a body's capitals are no initials
_INITIALS = re.compile(r"[A-Z]{1,3}")


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the rest of the line holding ``start``..``end`` is written in capitals (most
    of its letters): "IT WAS A GOOD DAY", but not "Client: S R RAHMAN"."""
    line_start, line_end = line_around(text, start)
    rest = text[line_start:start] + text[end:line_end]
    letters = [c for c in rest if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.6 * len(letters)


_INITIALS_KINDS = frozenset(
    ["initials_doing", "initials_by", "initials_subject", "initials_line", "initials_bracket",
     "initials_stamp", "initials_after_stamp", "initials_after_cue"]
)  # fmt: skip


class LetterNamesRecognizer(WordListRecognizer):
    # (0.9: above spaCy's 0.85, so a span spaCy runs over a line's end, "RSM" + "PS" of the
    # next copy line, does not swallow the initials the layout names)
    ENTITY = "PERSON"
    NAMES_BY_LAYOUT = True
    PATTERNS: ClassVar = (
        # (the name in a lookahead: "--" then "Best wishes" then the name, each a sign-off)
        ("signer", r"(?im)^[ \t]*" + _SIGN_OFF + r"[,.!]?[ \t]*\n(?=(?:[ \t]*\n){0,2}[ \t]*"
         r"(?P<id>" + _NAME_LINE + r")" + _POST_NOMINALS + r"[ \t]*$)", 0.9),
        # initials a note gives a task or a state: "SR to follow up", "EM aware", "Seen by: JT"
        ("initials_doing", r"(?<![\w.&/\-])(?P<id>(?-i:[A-Z]{2,3}))(?=[ \t]+(?:to[ \t]+(?:follow"
         r"[ \t]+up|action|chase|contact|arrange|update|review|call|visit|phone|ring|e-?mail|"
         r"liaise|be[ \t]+informed)|aware|informed|actioned|notified)\b)", 0.9),
        ("initials_by", r"(?i:\b(?:seen|actioned|checked|completed|reviewed|taken|noted|signed|"
         r"authorised|approved|written)[ \t]+by|\bowner|\binitials|\bminute[ \t]+taker)[ \t]*"
         r"[:\-–]?[ \t]*(?P<id>(?-i:[A-Z]{2,3}))(?![\w&/\-])", 0.9),
        # a form's field holding the person who wrote or is the subject of it: "Staff: MU",
        # "Client: S R RAHMAN", "Completed by: I.N. ap Gwilym, Block 7"
        # (a name's words only: "Staff: Mm-hm." or "Client: Yes." is a speaker's turn)
        ("person_field", r"(?im)^[ \t]*(?:[-–•*][ \t]*)?" + _PERSON_FIELD + r"[ \t]*:[ \t]*"
         r"(?P<id>" + _NAME_WORDS + r")" + _POST_NOMINALS + r"[ \t]*(?:[,;(]|$)", 0.9),
        # initials as a sentence's subject in a note: "HM seen in Room 6", "XC is moving",
        # "RL from Help for Heroes rang", "DP will chase", "LM (41) reports"
        ("initials_subject", r"(?m)(?:^|(?<=[.!?;:]\s)|(?<=^[-–•*]\s))"
         r"(?P<id>(?-i:[A-Z]{2,3}))(?=[ \t]+(?:(?:" + _SUBJECT_VERBS + r")\b|\(\d{1,2}\)))",
         0.9),
        # a note's author in brackets at its end ("Phoned SU re housing (JT)"), or beside the
        # note's time or date in a case-management export ("JT 14:32", "12/03/2026 14:32 - JT")
        ("initials_bracket", r"(?m)\((?P<id>(?-i:[A-Z]{2,3}))\)(?=[ \t]*(?:$|[.;,]))", 0.9),
        ("initials_stamp", r"(?m)^[ \t]*(?P<id>(?-i:[A-Z]{2,3}))[ \t]+(?=" + _STAMP + r")", 0.9),
        ("initials_after_stamp", r"(?m)(?:" + _STAMP + r")[ \t]*(?:[-–|][ \t]*)?"
         r"(?!(?-i:AM|PM|GMT|BST|UTC|UK|HRS)\b)(?P<id>(?-i:[A-Z]{2,3}))[ \t]*(?=$|[:\-–|])", 0.9),
        # initials after a verb of contact or a greeting: "spoke to JT", "per KM", "Hi EO,"
        ("initials_after_cue", r"\b(?:spoke[ \t]+(?:to|with)|speak[ \t]+(?:to|with)|talked[ \t]+"
         r"(?:to|with)|told|asked|emailed|e-mailed|rang|phoned|called|texted|messaged|per|cc|"
         r"thanks|hi|hello|dear|met[ \t]+with|handed[ \t]+(?:over[ \t]+)?to|passed[ \t]+to|"
         r"allocated[ \t]+to|assigned[ \t]+to)[ \t]+(?P<id>(?-i:[A-Z]{2,3}))(?![\w&/\-'’])",
         0.9),
        # an e-mail's opening line: "Morning Cat,", "Good afternoon Dafydd,"
        ("greeting_line", r"(?im)^[ \t]*(?:good[ \t]+)?(?:morning|afternoon|evening|hiya|hey)"
         r"[ \t]+(?P<id>" + _NAME_WORDS + r")[ \t]*[,!][ \t]*$", 0.9),
        # a line holding only initials, as a note's author signs it: "- JC", "PB"
        ("initials_line", r"(?m)^[ \t]*(?:[-–•*][ \t]*)?(?P<id>(?-i:[A-Z]{2,3}))[ \t]*$", 0.9),
        ("initials_capitals", r"(?<![\w.\-'’])(?P<id>" + _INITIALS_RUN
         + r"(?-i:[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)?))(?![\w'’\-])", 0.7),
    )  # fmt: skip
    EXAMPLES = (
        ("Yours sincerely,\n\nF K BALOGUN\nPadre", ["F K BALOGUN"]),
        ("Regards,\n\nSN BEM\nUnit Welfare Officer", ["SN"]),
        ("the gym.\n--\nSK\nWelfare Office, 1 Regiment RLC", ["SK"]),
        ("Kind regards,\n\nCapt Sarah Evans MBE RAF\nAdjutant", ["Capt Sarah Evans"]),
        ("cc:\n  AC, OC HQ Coy\n  I MacAulay, Adjt\n  File", ["AC", "I MacAulay"]),
        ("refd to Calm; C A PROSSER to follow up, and K P GURUNG", ["C A PROSSER", "K P GURUNG"]),
        ("Regards,\n\nThe Welfare Team\n", []),
        ("Yours faithfully,\n\nUnit Welfare Officer\n", []),
        ("Thanks,\nHR Admin", []),
        ("--\nBest wishes\nSgt Prosser\nAdviser", ["Sgt Prosser"]),
        ("cc:\n  File\n  Distribution, all staff", []),
        ("posted to 3 RIFLES and 2 PARA, a CTCRM course; HMS KENT; A I said", []),
        ("IT WAS A GOOD DAY", []),
        (
            "refd to JPA; SR to follow up\nNext visit 22/9/26 - EM aware.\nSeen by: JT",
            ["EM", "JT", "SR"],
        ),
        ("GP aware, HR to action, NHS to follow up, MOD informed; seen by: CO", []),
        ("CAB to contact, PIP informed, SW aware, CPN to visit, OT to review", []),
        ("DWP to contact; CTP informed, RBL to review, JCP notified, OH to review", []),
        ("a good day, A GOOD one, and B HALL", []),
        (
            "Notes:\n- HM seen in Room 6.\nXC is moving to Guz. RL from HfH rang.\nStaff: MU\n- JC",
            ["HM", "XC", "RL", "MU", "JC"],
        ),
        (
            "Client: S R RAHMAN\nCompleted by: I.N. ap Gwilym, Block 7",
            ["S R RAHMAN", "I.N. ap Gwilym"],
        ),
        ("Ta\nCB Pritchard", ["CB Pritchard"]),
        (
            "Phoned SU re housing (JT).\nKM 14:32 rang back\n12/03/2026 09:10 - DP\nspoke to EO",
            ["JT", "KM", "DP", "EO"],
        ),
        ("Referred (GP). Tel 14:32 (AM) cc ALL; spoke to HR, told DWP; Hi all", []),
        ("Lachie D  12:26 PM\nemail me\nWai N.  5:12 PM", []),
        ("Morning Dafydd,\n\nCan someone call?\nGood afternoon Siobhan,", ["Dafydd", "Siobhan"]),
        ("Morning all,\nMorning Team,\nMorning Parade, 0800\nEvening Standard,", []),
        ("UK is fine. DWP said no. TV was on.\n- AOB\nStaff: N/A\nClient: All", []),
    )

    def __init__(self, supported_language: str = "en", **kwargs: Any) -> None:
        super().__init__(supported_language=supported_language, **kwargs)
        self._kinds = {regex: name for name, regex, _ in self._compiled}
        self.short_forms: frozenset[str] = frozenset()

    def configure(self, settings: Any) -> None:
        super().configure(settings)
        self.short_forms = frozenset(settings.diminutives())

    def iter_matches(self, text: str) -> Iterator[tuple[int, int, float]]:
        yield from super().iter_matches(text)
        for copy_list in _COPY_LIST.finditer(text):
            for line in _COPIED.finditer(copy_list.group("lines")):
                if self._names_someone(line.group("id")):
                    offset = copy_list.start("lines")
                    yield offset + line.start("id"), offset + line.end("id"), 0.9

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        name = match.group("id")
        kind = self._kinds[match.re]
        if kind != "signer" and _in_capitals(text, match.start("id"), match.end("id")):
            return None  # "IT WAS A GOOD DAY": a line in capitals has no surname in capitals
        if kind == "initials_capitals":
            return base_score if self._capitals_surname(name.split()[-1].lower()) else None
        if kind == "greeting_line" and name.lower() in self.short_forms:
            return base_score  # "Morning Cat,": a short form, though also a word
        if kind in _INITIALS_KINDS:
            return base_score if self._someones_initials(name) else None
        return base_score if self._names_someone(name) else None

    def _someones_initials(self, letters: str) -> bool:
        """Two or three capitals that are no office, service or body ("GP aware", "HR to
        action", "NHS to follow up", "MOD informed") and no word ("ALL", "IT", "YOU")."""
        key = letters.lower()
        words = self.wordlists
        return not (
            key in NOT_INITIALS
            or words.is_allowed(key)
            or key in words.stop_words
            or (len(key) == 3 and words.is_common_word(key))
        )

    def _capitals_surname(self, surname: str) -> bool:
        """A word in capitals after initials is a surname unless it is an ordinary word
        that is no unambiguous name ("A GOOD DAY"), an allowed word, a rank or role, or
        shaped like an acronym (no vowel: "RLC")."""
        key = surname.lower()
        words = self.wordlists
        if words.is_allowed(key) or key in RANK_WORDS or key in RANK_AND_ROLE_WORDS:
            return False
        bare = key.replace("-", "").replace("'", "").replace("’", "")
        if words.is_common_word(bare) or key in words.stop_words:
            return words.is_unambiguous_name(key)
        if words.is_listed_name(key):
            return True
        return len(bare) >= 3 and any(c in "aeiouy" for c in bare)

    def _names_someone(self, name: str) -> bool:
        """Whether a sign-off or copy-list line names a person: not a team, office or role,
        and initials in capitals ("SN", "P C"), a listed name or a word in no dictionary among
        its words."""
        if _A_SIGN_OFF.fullmatch(name):
            return False  # "--" then "Best wishes": the sign-off, the name on the next line
        written = [w.strip(".,") for w in name.split()]
        bare = [w for w in written if w.lower() not in RANK_WORDS] or [
            w for w in written[:1] if _INITIALS.fullmatch(w)
        ]  # "AC, OC HQ Coy": initials alone, though "AC" is a rank too
        lower = [w.lower() for w in bare]
        if not bare or lower[0] in _NOT_A_SIGNER or any(w in _NOT_A_SIGNER for w in lower[1:2]):
            return False
        # (initials may spell an allowed word, "AC", "PC": the layout says initials)
        if any(
            w.lower() in NOT_INITIALS
            or (_INITIALS.fullmatch(w) is None and self.wordlists.is_allowed(w.lower()))
            for w in bare
        ):
            return False
        return any(
            (_INITIALS.fullmatch(w) is not None)
            or (
                w.lower() not in RANK_AND_ROLE_WORDS
                and (
                    self.wordlists.is_listed_name(w.lower())
                    or not self.wordlists.is_common_word(w.lower())
                )
                and w.lower() not in self.wordlists.stop_words
            )
            for w in bare
        )
