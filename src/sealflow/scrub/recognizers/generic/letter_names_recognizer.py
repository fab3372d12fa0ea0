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
from sealflow.scrub.recognizers.base import WordListRecognizer
from sealflow.scrub.recognizers.forces.rank_name_recognizer import RANK_WORDS
from sealflow.scrub.recognizers.generic.person_cues import names_by_address
from sealflow.scrub.wordlists import NOT_INITIALS, RANK_AND_ROLE_WORDS

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
# initials as notes and minutes write them: "JT", "KMR", "J.T.", "D.H.M."
_WRITTEN_INITIALS = r"(?-i:[A-Z]{2,3}(?![\w&'’])|(?:[A-Z]\.){2,3}(?![\w&'’]))"
# what a note's initials are given to do: "SR to follow up", "JC to book", "DJ to confirm"
_TASK_VERBS = (
    r"follow[ \t]+up|action|chase|contact|arrange|update|review|call|visit|phone|ring|e-?mail|"
    r"liaise|be[ \t]+informed|book|sort|confirm|brief|check|speak|see|attend|collect|send|"
    r"organi[sz]e|draft|write|raise|cover|find|ask|lead|fix|look[ \t]+into|brief|investigate|"
    r"escalate|refer|submit|complete|circulate|invite|inform|notify|source|order|amend"
)


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the rest of the line holding ``start``..``end`` is written in capitals (most
    of its letters): "IT WAS A GOOD DAY", but not "Client: S R RAHMAN"."""
    line_start, line_end = line_around(text, start)
    rest = text[line_start:start] + text[end:line_end]
    letters = [c for c in rest if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.6 * len(letters)


# a line of minutes or a handover that lists people: "On call: KO / JC", "Present: K Limbu
# (chair), Miss Marsh-Tate (JWMT)", "Apols: OFORI A, MANSOUR S", "Mins: S.I.", "Action: KW/OO"
_PEOPLE_FIELD = re.compile(
    r"(?im)^[ \t]*(?:[-–•*][ \t]*)?(?:on[ \t]+call|present|apols|apologies|absent|attendees|"
    r"attending|in[ \t]+attendance|mins|minutes|minute[ \t]+taker|note[ \t]+taker|actions?|ap|"
    r"action[ \t]+by|owner|chair|handed[ \t]+over[ \t]+(?:by|to)|taken[ \t]+by|cover|standby)"
    r"[ \t]*:[ \t]*(?P<list>[^\n]+)"
)
# one person of such a list: the name, then perhaps a post or initials in brackets
_LISTED = re.compile(r"[ \t]*(?P<name>[^()/&,;+]+?)[ \t]*(?:\((?P<also>[^()\n]{1,12})\))?[ \t.]*")
_LIST_SEPARATOR = re.compile(r"[/&,;+]|[ \t]and[ \t]")
# two people's initials joined by a slash: "AP/JC", "XC/FI", "K.P./RM", "jc/hgk"
_INITIALS_PAIR = re.compile(
    r"(?<![\w./&\-])(?P<a>(?:[A-Za-z]\.){2,3}|[A-Za-z]{2,3})/(?P<b>(?:[A-Za-z]\.){2,3}|[A-Za-z]{2,3})"
    r"(?![\w/&\-])"
)
# what a list of people holds when it names no one: "Apols: Nil", "On call: TBC"
_NO_ONE = frozenset(["all", "none", "nil", "n/a", "na", "tbc", "tba", "nobody", "no one"])
# units and shorthand written in lower case with a slash ("mg/ml", "km/h"): no one's initials
_LOWER_PAIRS_NOT_INITIALS = frozenset(["mg", "ml", "kg", "km", "mph", "hr", "hrs", "pm", "am"])


# capitals after a name that are a word or a clock's: "told Kamal I would", "Jones PM"
_WORD_CAPITALS = frozenset(["I", "A", "AM", "PM"])


_INITIALS_KINDS = frozenset(
    ["initials_doing", "initials_by", "initials_subject", "initials_line", "initials_bracket",
     "initials_stamp", "initials_after_stamp", "initials_after_cue", "initials_signing"]
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
        ("initials_doing", r"(?<![\w.&/\-])(?P<id>" + _WRITTEN_INITIALS + r")(?=[ \t]+(?:to[ \t]+"
         r"(?:" + _TASK_VERBS + r")|aware|informed|actioned|notified)\b)", 0.9),
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
        # (and an action point's owner in minutes: "(AP: DV)", "(AP/JC)", "(Action: D.V.)")
        ("initials_bracket", r"(?m)\((?:(?i:ap|action|owner)[ \t]*[:/][ \t]*)?"
         r"(?P<id>" + _WRITTEN_INITIALS + r")\)(?=[ \t]*(?:$|[.;,]))", 0.9),
        # a person's initials in brackets after the name: "Kirsty (KF) handed", "Dr Zhang
        # (jz)", "Scouse (HW)"; a body's capitals stay ("the Navy (RN)")
        ("initials_after_name", r"(?-i:\b[A-Z][\w'’\-]+)[ \t]+\((?P<id>" + _WRITTEN_INITIALS
         + r"|(?-i:[a-z]{2,3}))\)", 0.9),
        ("initials_stamp", r"(?m)^[ \t]*(?P<id>(?-i:[A-Z]{2,3}))[ \t]+(?=" + _STAMP + r")", 0.9),
        ("initials_after_stamp", r"(?m)(?:" + _STAMP + r")[ \t]*(?:[-–|][ \t]*)?"
         r"(?!(?-i:AM|PM|GMT|BST|UTC|UK|HRS)\b)(?P<id>(?-i:[A-Z]{2,3}))[ \t]*(?=$|[:\-–|])", 0.9),
        # initials after a verb of contact or a greeting: "spoke to JT", "per KM", "Hi EO,"
        ("initials_after_cue", r"\b(?:spoke[ \t]+(?:to|with)|speak[ \t]+(?:to|with)|talked[ \t]+"
         r"(?:to|with)|told|asked|emailed|e-mailed|rang|phoned|called|texted|messaged|per|cc|"
         r"thanks|hi|hello|dear|met[ \t]+with|handed[ \t]+(?:over[ \t]+)?to|passed[ \t]+to|"
         r"allocated[ \t]+to|assigned[ \t]+to)[ \t]+(?P<id>(?-i:[A-Z]{2,3}))(?![\w&/\-'’])",
         0.9),
        # a text message's or a voicemail's sender before its time: "SMS Tiny 16:45:", "Text
        # from Spike half 7:", "From: Lt B Griffiths 0600:"
        ("message_sender", r"(?im)^[ \t]*(?:sms|text|message|voicemail|whatsapp)?[ \t]*(?:from)?"
         r"[ \t]*:?[ \t]+(?P<id>" + _NAME_WORDS + r")(?=[ \t]+(?:\d{1,2}[:.]?\d{2}(?:[ \t]?hrs)?|"
         r"\d{1,2}[ \t]?(?:am|pm)|half[ \t]+\d{1,2}|\d{1,2}ish)[ \t]*(?:\([^)\n]*\))?[ \t]*:)",
         0.9),
        # an e-mail's opening line: "Morning Cat,", "Good afternoon Dafydd,"
        ("greeting_line", r"(?im)^[ \t]*(?:good[ \t]+)?(?:morning|afternoon|evening|hiya|hey)"
         r"[ \t]+(?P<id>" + _NAME_WORDS + r")[ \t]*[,!][ \t]*$", 0.9),
        # a line holding only initials, as a note's author signs it: "- JC", "PB"
        ("initials_line", r"(?m)^[ \t]*(?:(?:--|[-–•*])[ \t]*)?(?P<id>" + _WRITTEN_INITIALS
         + r")[ \t]*$", 0.9),
        # a log entry signed at its end, after its last sentence: "Nothing to report. SRP"
        ("initials_signing", r"(?m)(?<=[.!?])[ \t]+(?P<id>" + _WRITTEN_INITIALS + r")[ \t]*$",
         0.9),
        # a register's or a rota's way round, surname then initials: "OKONKWO F", "FORBES
        # JG", "Zhang WJ", "Appiah K" (the surname listed, or in capitals)
        ("surname_then_initials", r"(?<![\w.\-'’&/@])(?P<id>(?-i:[A-Z](?:[A-Z'’]+|[a-z'’]+)"
         r"(?:-[A-Z](?:[A-Z'’]+|[a-z'’]+))?[ \t][A-Z]{1,2}))(?![\w'’\-&/]|\.\w|[ \t]+[A-Z][a-z])",
         0.7),
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
        (
            "- OKONKWO F - RTW interview\nGuard Comd: FORBES JG\n-- Zhang WJ",
            ["OKONKWO F", "FORBES JG", "Zhang WJ"],
        ),
        ("Plan B, Block C, RAF HQ, Paris UK at 9 AM, NHS GP, Room 7B, Kamal B Coy", []),
        ("I told Kamal I would; Zhang A few said; @Wei KS is on", []),
        (
            "SMS Tiny 16:45: hiya\nText from Spike half 7: ok\nFrom: Lt B Griffiths 0600: hi\n"
            "Voicemail 12 Dec 0830 (1:17): its mum\nFrom: Welfare Team 0900: hi",
            ["Lt B Griffiths", "Spike", "Tiny"],
        ),
        ("Apols: Lofty, Nil\nPresent: Scouse", ["Lofty", "Scouse"]),
        (
            "1. Kirsty (KF) handed it over\nPresent: Dr Zhang (jz), Lt Jones (B.J.)\n"
            "joined the Navy (RN) and Help for Heroes (HfH); Cake (OK)",
            ["B.J.", "Dr Zhang", "KF", "Lt Jones", "jz"],
        ),
        (
            "On call: KO / jc\nPresent: K Limbu (chair), Miss Marsh-Tate (JWMT), Capt Bell (MO)"
            "\nApols: All\nMins: S.I.",
            ["Capt Bell", "JWMT", "K Limbu", "KO", "Miss Marsh-Tate", "S.I.", "jc"],
        ),
        (
            "Cake (AP/DC). Leave (AP: D.V.)\n3. Action: KW/O.O.\nNothing to report. SRP\n-- LLJ",
            ["DC", "D.V.", "KW", "O.O.", "SRP", "LLJ"],
        ),
        ("dose 5 mg/ml at 30 km/h, N/A, A/L, HR/GP 24/7. AOB: NFA. Seen. OK", []),
    )

    def __init__(self, supported_language: str = "en", **kwargs: Any) -> None:
        super().__init__(supported_language=supported_language, **kwargs)
        self._kinds = {regex: name for name, regex, _ in self._compiled}
        self.short_forms: frozenset[str] = frozenset()
        self.nicknames: frozenset[str] = frozenset()

    def configure(self, settings: Any) -> None:
        super().configure(settings)
        self.short_forms = frozenset(settings.diminutives())
        self.nicknames = names_by_address(settings)

    def iter_matches(self, text: str) -> Iterator[tuple[int, int, float]]:
        yield from super().iter_matches(text)
        for copy_list in _COPY_LIST.finditer(text):
            for line in _COPIED.finditer(copy_list.group("lines")):
                if self._names_someone(line.group("id")):
                    offset = copy_list.start("lines")
                    yield offset + line.start("id"), offset + line.end("id"), 0.9
        for field in _PEOPLE_FIELD.finditer(text):
            for start, end in self._people_listed(text, field.start("list"), field.end("list")):
                yield start, end, 0.9
        if "/" in text:
            for pair in _INITIALS_PAIR.finditer(text):
                if _in_capitals(text, pair.start(), pair.end()):
                    continue
                for side in ("a", "b"):
                    if (
                        side == "a"
                        and pair.group("a") == "AP"
                        and "(" in text[pair.start() - 1 : pair.start()]
                    ):
                        continue  # "(AP/DC)": an action point and its owner
                    if self._someones_initials_any_case(pair.group(side)):
                        yield pair.start(side), pair.end(side), 0.9

    def _people_listed(self, text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The people of a list field's value (``_PEOPLE_FIELD``), item by item: initials
        ("KO", "S.I.", lower case "mv" with no vowel), a name ("K Limbu", "OFORI A",
        "Capt Bell") and initials in brackets after one ("Miss Marsh-Tate (JWMT)"); a post
        in brackets ("(MO)", "(chair)") and items that are no one ("All", "Nil") stay. The
        list ends at the first item that is neither ("Action: KW by Fri; 24/7, A/L": the
        rest of the line is the action, not its owners)."""
        at = start
        for separator in [*_LIST_SEPARATOR.finditer(text, start, end), None]:
            stop = end if separator is None else separator.start()
            item = _LISTED.fullmatch(text, at, stop)
            at = end if separator is None else separator.end()
            if item is None:
                return
            name, (begin, finish) = item.group("name"), item.span("name")
            if text.startswith(".", finish) and re.fullmatch(_WRITTEN_INITIALS, name + "."):
                name, finish = name + ".", finish + 1  # "S.I." keeps its last full stop
            if name.lower() in _NO_ONE:
                continue
            if not self._a_listed_person(name):
                return
            yield begin, finish
            also = item.group("also")
            if also is not None and (
                (re.fullmatch(r"(?-i:[A-Z]{2,4})", also) and self._someones_initials(also))
                or (
                    re.fullmatch(r"[a-z]{2,3}|" + _WRITTEN_INITIALS, also)
                    and self._someones_initials_any_case(also)
                )
            ):
                yield item.span("also")

    def _a_listed_person(self, name: str) -> bool:
        """One item of a list of people: initials, lower-case initials, or a name's words
        (not one letter alone: "A/L" is annual leave)."""
        if re.fullmatch(_WRITTEN_INITIALS, name):
            return self._someones_initials(name)
        if re.fullmatch(r"[a-z]{2,3}", name):
            return self._someones_initials_any_case(name)
        if name.istitle() and name.lower() in self.nicknames:
            return True  # "Apols: Lofty", "Present: Scouse": a nickname in a list of people
        return (
            len(name) > 1
            and re.fullmatch(_NAME_WORDS, name) is not None
            and self._names_someone(name)
        )

    def _someones_initials_any_case(self, letters: str) -> bool:
        """Someone's initials in either case, as a slash pair ("AP/JC", "jc/hgk"), a list item
        or a bracket writes them: capitals or dotted capitals that are someone's initials, or
        two or three lower-case letters with no vowel that are no word and no unit ("mg/ml")."""
        if letters.isupper():
            return self._someones_initials(letters)
        bare = letters.replace(".", "")
        return (
            bare.islower()
            and not any(c in "aeiouy" for c in bare)
            and bare not in _LOWER_PAIRS_NOT_INITIALS
            and bare not in NOT_INITIALS
            and not self.wordlists.is_common_word(bare)
            and not self.wordlists.is_allowed(bare)
        )

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        name = match.group("id")
        kind = self._kinds[match.re]
        if kind != "signer" and _in_capitals(text, match.start("id"), match.end("id")):
            return None  # "IT WAS A GOOD DAY": a line in capitals has no surname in capitals
        if kind == "initials_capitals":
            return base_score if self._capitals_surname(name.split()[-1].lower()) else None
        if kind == "surname_then_initials":
            return base_score if self._surname_then_initials(*name.split()) else None
        if kind == "greeting_line" and name.lower() in self.short_forms:
            return base_score  # "Morning Cat,": a short form, though also a word
        if kind == "initials_after_name":
            return base_score if self._someones_initials_any_case(name) else None
        if kind == "message_sender":
            return base_score if self._a_listed_person(name) else None
        if kind in _INITIALS_KINDS:
            return base_score if self._someones_initials(name) else None
        return base_score if self._names_someone(name) else None

    def _someones_initials(self, letters: str) -> bool:
        """Two or three capitals that are no office, service or body ("GP aware", "HR to
        action", "NHS to follow up", "MOD informed") and no word ("ALL", "IT", "YOU")."""
        key = letters.replace(".", "").lower()
        words = self.wordlists
        return not (
            key in NOT_INITIALS
            or words.is_allowed(key)
            or key in words.stop_words
            or (len(key) == 3 and words.is_common_word(key))
        )

    def _surname_then_initials(self, surname: str, initials: str) -> bool:
        """ "OKONKWO F", "Zhang WJ": a surname in capitals (``_capitals_surname``) or a listed
        name that is no word, then initials that are no body's or clock's ("RAF HQ", "Paris
        UK", "Jones PM", "Plan B", "Block C" stay), nor "I" or "A" ("I told Kamal I would")."""
        key = surname.lower()
        if key in NOT_INITIALS or initials.lower() in NOT_INITIALS or initials in _WORD_CAPITALS:
            return False
        if surname.isupper():
            return len(surname) >= 3 and self._capitals_surname(key)
        words = self.wordlists
        # a surname, not a first name: "@Wei KS is looking for u" is Wei and KS
        return (
            key in words.surnames
            and key not in words.first_names
            and (not words.is_common_word(key) or words.is_unambiguous_name(key))
            and key not in RANK_WORDS
            and key not in RANK_AND_ROLE_WORDS
            and not words.is_allowed(key)
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
            (w.lower() in NOT_INITIALS and not w.islower())  # "ap" of "ap Gwilym": a particle
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
