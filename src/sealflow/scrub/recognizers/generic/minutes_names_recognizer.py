"""Names where notes, minutes, handovers and rotas put them: initials given a task or signing
an entry, the people of a list field, initials joined by a slash, and a register's surname
then initials.

Busy notes name people by their initials, and the layout says which capitals are initials:
"SR to follow up", "Seen by: JT", "Nothing to report. SRP", "(AP: D.V.)", "On call: KO / jc",
"Apols: OFORI A, Miss Marsh-Tate (JWMT)", "AP/JC", "FORBES JG". The same capitals elsewhere
are an office's or a body's ("GP aware", "HR to action", "(RN)"), a unit ("mg/ml", "A/L") or
a clock's ("Jones PM"), and stay. Letters, e-mails and forms: letter_names_recognizer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from sealflow.scrub.lines import line_around
from sealflow.scrub.recognizers.forces.rank_name_recognizer import (
    RANK_WORD_ALTERNATION,
    RANK_WORDS,
)
from sealflow.scrub.recognizers.generic.layout_names import (
    WRITTEN_INITIALS,
    LayoutNamesRecognizer,
    in_capitals,
)
from sealflow.scrub.wordlists import NOT_INITIALS, RANK_AND_ROLE_WORDS

# what a note's subject does, after initials opening a sentence: "XC is moving", "HM seen"
_SUBJECT_VERBS = (
    r"is|was|has|had|will|would|can|could|said|says|rang|phoned|called|emailed|e-mailed|"
    r"texted|seen|saw|told|asked|reports|reported|agreed|attended|declined|needs|wants|feels|"
    r"felt|lives|moving|moved|from|seems|states|stated|presented|disclosed|denies|denied"
)
# a time or a date beside a note's author's initials
_STAMP = r"\d{1,2}[:.]\d{2}(?!\d)|\d{1,2}/\d{1,2}/\d{2,4}"
# what a note's initials are given to do: "SR to follow up", "JC to book", "DJ to confirm"
_TASK_VERBS = (
    r"follow[ \t]+up|action|chase|contact|arrange|update|review|call|visit|phone|ring|e-?mail|"
    r"liaise|be[ \t]+informed|book|sort|confirm|brief|check|speak|see|attend|collect|send|"
    r"organi[sz]e|draft|write|raise|cover|find|ask|lead|fix|look[ \t]+into|brief|investigate|"
    r"escalate|refer|submit|complete|circulate|invite|inform|notify|source|order|amend"
)

# a line of minutes or a handover that lists people: "On call: KO / JC", "Present: K Limbu
# (chair), Miss Marsh-Tate (JWMT)", "Apols: OFORI A, MANSOUR S", "Mins: S.I.", "Action: KW/OO"
_PEOPLE_FIELD = re.compile(
    # (at a line's start, or after a sentence: "Actions: none. Action: Bill to confirm")
    r"(?im)(?:^|(?<=[.;!?][ \t]))[ \t]*(?:[-–•*][ \t]*)?"
    r"(?:on[ \t]+call|present|apols|apologies|absent|attendees|"
    r"attending|in[ \t]+attendance|mins|minutes|minute[ \t]+taker|note[ \t]+taker|actions?|ap|"
    r"action[ \t]+by|owner|chair|handed[ \t]+over[ \t]+(?:by|to)|taken[ \t]+by|cover|standby|"
    # a rota's or a handover board's people: "Days: HG / KS", "Swaps: LP/ PK", "JI: HB / FP"
    r"days|nights|swaps?|ji|duty|duties|checked(?:[ \t]+by)?|compiled[ \t]+by|auth|"
    r"authori[sz]ed(?:[ \t]+by)?|approved(?:[ \t]+by)?|signed(?:[ \t]+by)?|verified(?:[ \t]+by)?)"
    r"[ \t]*:[ \t]*(?P<list>(?:[^\n.!?]|[.!?](?![ \t]))+[.!?]?)"
)
# where an action's owner ends and the task begins: "Faith to spot-check", "KW by Fri"
_TASK_AFTER_OWNER = re.compile(
    r"[ \t]+(?:to[ \t]+(?:" + _TASK_VERBS + r"|[a-z]+-[a-z]+)\b|by[ \t]+\w)", re.IGNORECASE
)
# one person of such a list: the name, then perhaps a post or initials in brackets
_LISTED = re.compile(r"[ \t]*(?P<name>[^()/&,;+]+?)[ \t]*(?:\((?P<also>[^()\n]{1,12})\))?[ \t.]*")
_LIST_SEPARATOR = re.compile(r"[/&,;+]|[ \t]and[ \t]")
# two people's initials joined by a slash: "AP/JC", "XC/FI", "K.P./RM", "jc/hgk"
_INITIALS_PAIR = re.compile(
    r"(?<![\w./&\-])(?P<a>(?:[A-Za-z]\.){2,3}|[A-Za-z]{2,3})[ \t]?/[ \t]?"
    r"(?P<b>(?:[A-Za-z]\.){2,3}|[A-Za-z]{2,3})"
    r"(?![\w/&\-])"
)
# what a list of people holds when it names no one: "Apols: Nil", "On call: TBC"
_NO_ONE = frozenset(["all", "none", "nil", "n/a", "na", "tbc", "tba", "nobody", "no one"])
# a rank written after a register's name: "BELL BT Cpl", "WILKINSON L Sqn Ldr"
_RANK_NEXT = r"(?:" + RANK_WORD_ALTERNATION + r")\b"
_RANK_AFTER = re.compile(r"[ \t]+" + _RANK_NEXT)
_HEADER_BEFORE = re.compile(r"[ \t]*(?i:from|to|cc|bcc|sent\s+by)[ \t]*:")
# what may follow a register's lone initial "A" or "I" ("OSEI A <...>", "| Henderson A |"):
# the end of a cell, a line, an address or a rank, never a word ("Zhang A few said")
_AFTER_A_LONE_INITIAL = re.compile(r"[ \t]*(?:$|[|<,;)\n]|" + _RANK_NEXT + r")")
# initials told apart from another person's by a surname's next letter or a number ("TMo",
# "CL2"); not a degree or a plural of capitals ("BSc", "MEd", "NCOs")
_TOLD_APART = re.compile(r"(?!(?:BSc|MSc|BEd|MEd|[A-Z]{2}s)$)(?:[A-Z]{2}[a-z]|[A-Z]{2,3}[1-9])")
# capitals after a name that are a word or a clock's: "told Kamal I would", "Jones PM"
_WORD_CAPITALS = frozenset(["I", "A", "AM", "PM"])
# posts a name may carry in brackets besides its ranks: the civil service's grades (an
# administrative assistant or officer, an executive officer, higher and senior) and a
# regiment's quartermaster ("Nia Jones (EO)", "Craig Bailey (AA)", "Compiled by: RW (RQ)")
_GRADES = frozenset(["aa", "ao", "eo", "heo", "seo", "rq"])
# the one or two name words before a bracket: "Huw Murphy (", "Gray, Khalid ("
_NAMES_BEFORE = re.compile(
    r"(?:(?<![\w'’\-])([A-Z])[\w'’\-]*,?[ \t]+)?(?<![\w'’\-])(([A-Z])[\w'’\-]*)[ \t]*\($"
)


def post_in_brackets(text: str, bracket: int, letters: str) -> bool:
    """Whether the capitals in the bracket opening at ``bracket`` are a named person's rank
    or grade, not their initials: a rank's or a grade's letters after a name ("Khalid
    (LH)", "Huw Murphy (EO)") that neither open nor end with the initial of a name word
    before them, as someone's initials would ("Olawale (AO)", "Adeyemi (AA)", "O'Neill
    (EO)" are initials). With no name before it, it may be a note's author ("(PO)")."""
    key = letters.replace(".", "").lower()
    if key not in RANK_WORDS and key not in _GRADES:
        return False
    before = _NAMES_BEFORE.search(text, max(0, bracket - 60), bracket + 1)
    if before is None:
        return False
    first, last, initial = before.groups()
    if re.fullmatch(r"[A-Z]{2,3}", last):
        return True  # "Compiled by: RW (RQ)": initials need no more initials after them
    initials = {initial.lower(), (first or initial).lower()}
    return key[0] not in initials and key[-1] not in initials


class MinutesNamesRecognizer(LayoutNamesRecognizer):
    # (0.9 for what the layout names, as letter_names_recognizer; a register's "Surname X",
    # which a sentence can also hold, 0.7)
    PATTERNS: ClassVar = (
        # initials a note gives a task or a state: "SR to follow up", "EM aware", "Seen by: JT"
        ("initials_doing", r"(?<![\w.&/\-])(?P<id>" + WRITTEN_INITIALS + r"|(?-i:[a-z]{2,3}))"
         r"(?=[ \t]+(?:to[ \t]+"
         r"(?:" + _TASK_VERBS + r")|aware|informed|actioned|notified)\b)", 0.9),
        ("initials_by", r"(?i:\b(?:seen|actioned|checked|completed|reviewed|taken|noted|signed|"
         r"authorised|approved|written|compiled|prepared|logged|entered|relieved|covered|"
         r"handed[ \t]+over|typed|proofread|transcribed|keyed)[ \t]+by|\bowner|\binitials|"
         r"\bminute[ \t]+taker|\bnote[ \t]*taker|\btranscriber(?:[ \t]*\([^()\n]{1,20}\))?|"
         r"(?-i:\bQA|\bQC)|\bkeyed|\bscanned\b[^\n]{0,24}?[ \t]by)[ \t]*"
         r"[:\-–]?[ \t]*(?P<id>" + WRITTEN_INITIALS
         + r"|(?-i:[a-z]{2,3}(?=[ \t]*(?:\n|$))))(?![\w&/\-])",
         0.9),
        # initials as a sentence's subject in a note: "HM seen in Room 6", "XC is moving",
        # "RL from Help for Heroes rang", "DP will chase", "LM (41) reports"
        ("initials_subject", r"(?m)(?:^|(?<=[.!?;:]\s)|(?<=^[-–•*]\s))"
         r"(?P<id>(?-i:[A-Z]{2,3}|[a-z]{2,3}))(?=[ \t]+(?:(?:" + _SUBJECT_VERBS + r")\b"
         r"|\(\d{1,2}\)))",
         0.9),
        # a note's author in brackets at its end ("Phoned SU re housing (JT)"), or beside the
        # note's time or date in a case-management export ("JT 14:32", "12/03/2026 14:32 - JT")
        # (and an action point's owner in minutes: "(AP: DV)", "(AP/JC)", "(Action: D.V.)")
        ("initials_bracket", r"(?m)\((?:(?i:ap|action|owner)[ \t]*[:/][ \t]*)?"
         r"(?P<id>" + WRITTEN_INITIALS + r"|(?-i:[a-z]{2,3}))\)(?=[ \t]*(?:$|[.;,]))", 0.9),
        # a person's initials in brackets after the name: "Kirsty (KF) handed", "Dr Zhang
        # (jz)", "Scouse (HW)"; a body's capitals stay ("the Navy (RN)")
        # (with a surname's next letter or a number telling two people of the same initials
        # apart: "Thomas Morris (TMo)", "Callum Lewis (CL2)")
        ("initials_after_name", r"(?-i:\b[A-Z][\w'’\-]+)[ \t]+\((?P<id>" + WRITTEN_INITIALS
         + r"|(?-i:[a-z]{2,3})|(?-i:[A-Z]{2}[a-z]|[A-Z]{2,3}[1-9]))\)", 0.9),
        ("initials_stamp", r"(?m)^[ \t]*(?P<id>(?-i:[A-Z]{2,3})|" + WRITTEN_INITIALS + r")[ \t]+(?="
         + _STAMP + r")", 0.9),
        # a clinic's or a log's entry signed with initials and the time, alone on its last
        # line: "sm 16:20", "NQ 4pm", "F.B.D. 1350", "MF 3pm"
        ("initials_time_line", r"(?m)^[ \t]*(?P<id>" + WRITTEN_INITIALS
         + r"|(?-i:[a-z]{2,3}))[ \t]+"
         r"(?:\d{1,2}[:.]\d{2}(?:[ \t]?hrs)?|\d{1,2}[ \t]?(?:am|pm)|\d{4}(?:[ \t]?hrs)?)[ \t]*$",
         0.9),
        ("initials_after_stamp", r"(?m)(?:" + _STAMP + r")[ \t]*(?:[-–|][ \t]*)?"
         r"(?!(?-i:AM|PM|GMT|BST|UTC|UK|HRS)\b)(?P<id>(?-i:[A-Z]{2,3}))[ \t]*(?=$|[:\-–|])", 0.9),
        # initials after a verb of contact or a greeting: "spoke to JT", "per KM", "Hi EO,"
        ("initials_after_cue", r"\b(?i:spoke[ \t]+(?:to|with)|speak[ \t]+(?:to|with)|talked[ \t]+"
         r"(?:to|with)|told|asked|emailed|e-mailed|rang|phoned|called|texted|messaged|per|cc|"
         r"thanks|hi|hello|dear|met[ \t]+with|handed[ \t]+(?:over[ \t]+)?to|passed[ \t]+to|"
         r"allocated[ \t]+to|assigned[ \t]+to)[ \t]+(?P<id>(?-i:[A-Z]{2,3}))(?![\w&/\-'’])",
         0.9),
        # a message signed with initials after its thanks or a dash: "ta, SL", "thx, HD",
        # "cheers jw", "see you then - ko" (lower case only with no vowel, ``score_match``)
        ("initials_sign_off", r"(?m)(?:\b(?i:ta|thx|thanks|cheers|ty|tnx|x{1,3}),?|[ \t][-–])"
         r"[ \t]+(?P<id>" + WRITTEN_INITIALS + r"|(?-i:[a-z]{2,3}))[ \t]*$", 0.9),
        # a line holding only initials, as a note's author signs it: "- JC", "PB"
        ("initials_line", r"(?m)^[ \t]*(?:(?:--|[-–•*])[ \t]*)?(?P<id>" + WRITTEN_INITIALS
         + r")[ \t]*$", 0.9),
        # a log entry signed at its end, after its last sentence: "Nothing to report. SRP"
        ("initials_signing", r"(?m)(?<=[.!?])[ \t]+(?P<id>" + WRITTEN_INITIALS + r")[ \t]*$",
         0.9),
        # a register's or a rota's way round, surname then initials: "OKONKWO F", "FORBES
        # JG", "Zhang WJ", "Appiah K" (the surname listed, or in capitals)
        ("surname_then_initials", r"(?<![\w.\-'’&/@])(?P<id>(?-i:[A-Z](?:[A-Z'’]+|[a-z'’]+)"
         r"(?:-[A-Z](?:[A-Z'’]+|[a-z'’]+))?[ \t][A-Z]{1,2}))(?![\w'’\-&/]|\.\w|[ \t]+(?!"
         + _RANK_NEXT + r")[A-Z][a-z])",
         0.7),
    )  # fmt: skip
    EXAMPLES = (
        ("IT WAS A GOOD DAY", []),
        (
            "refd to JPA; SR to follow up\nNext visit 22/9/26 - EM aware.\nSeen by: JT",
            ["EM", "JT", "SR"],
        ),
        ("GP aware, HR to action, NHS to follow up, MOD informed; seen by: CO", []),
        ("CAB to contact, PIP informed, SW aware, CPN to visit, OT to review", []),
        ("DWP to contact; CTP informed, RBL to review, JCP notified, OH to review", []),
        (
            "Notes:\n- HM seen in Room 6.\nXC is moving to Guz. RL from HfH rang.\n- JC",
            ["HM", "XC", "RL", "JC"],
        ),
        (
            "Phoned SU re housing (JT).\nKM 14:32 rang back\n12/03/2026 09:10 - DP\nspoke to EO",
            ["JT", "KM", "DP", "EO"],
        ),
        ("Handed over to JF at 0800. Spoke to JT; Per KW, Hi DO", ["JF", "JT", "KW"]),
        (
            "Plan: r/v 1/52.\npk 16:20\nNQ 4pm\nF.B.D. 1350\nSeen by: gh\nSeen by: L.C.",
            ["F.B.D.", "L.C.", "NQ", "gh", "pk"],
        ),
        ("Plan: r/v\nam 10:00\nOC 1400\nETA 4pm\nSeen by: me\nSeen by: GP", []),
        ("Thanks HR. Per CO. Told MOD. Spoke to OC, Handed to QM", []),
        ("Referred (GP). Tel 14:32 (AM) cc ALL; spoke to HR, told DWP; Hi all", []),
        ("Lachie D  12:26 PM\nemail me\nWai N.  5:12 PM", []),
        ("UK is fine. DWP said no. TV was on.\n- AOB\nStaff: N/A\nClient: All", []),
        (
            "- OKONKWO F - RTW interview\nGuard Comd: FORBES JG\n-- Zhang WJ",
            ["OKONKWO F", "FORBES JG", "Zhang WJ"],
        ),
        ("Plan B, Block C, RAF HQ, Paris UK at 9 AM, NHS GP, Room 7B, Kamal B Coy", []),
        ("I told Kamal I would; Zhang A few said; @Wei KS is on", []),
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
        (
            "Days: HG / KS / AD\nSwaps: LP/ PK on Tue\nCompiled by: SM (SSM)\nHanded over by AG",
            ["AD", "AG", "HG", "KS", "LP", "PK", "SM"],
        ),
        ("my new no. is on the card ta, rk\nok see you then - jw\nthx, HD", ["HD", "jw", "rk"]),
        ("see you then - ok\nin a bit - lol\ncheers, all\nta, xx\nJI: OC / CSM", []),
        (
            "5. mark out the car park (AP/jt)\n2. Families day: rc to book coach.\n"
            "3. the sgt to be detailed for L (wr).\n20:39 - Pte B: dv said hes off",
            ["dv", "jt", "rc", "wr"],
        ),
        ("it was (ok). we (all) said so; so to book it. (sic) (etc). my (gp) said no", []),
        (
            "Mon 18/10 | WALKER DK | Walker DK\n[02/12/2024 09:05] CHAUDHRY I CPO\n"
            "To: MCALLISTER FT WO2\nFrom: OSEI A <a@b.uk>\nThu | Henderson A",
            ["CHAUDHRY I", "Henderson A", "MCALLISTER FT", "OSEI A", "WALKER DK", "Walker DK"],
        ),
        ("Zhang A few said, PLAN B was ok, BLOCK C and a Walker DJ set. IT WAS A GOOD DAY", []),
    )

    def iter_matches(self, text: str) -> Iterator[tuple[int, int, float]]:
        yield from super().iter_matches(text)
        for field in _PEOPLE_FIELD.finditer(text):
            for start, end in self._people_listed(text, field.start("list"), field.end("list")):
                yield start, end, 0.9
        if "/" in text:
            for pair in _INITIALS_PAIR.finditer(text):
                if in_capitals(text, pair.start(), pair.end()):
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
            task = _TASK_AFTER_OWNER.search(name)
            if task is not None:  # "Action: Faith to spot-check the next 10": the owner
                name, finish = name[: task.start()], begin + task.start()
                at = end  # the rest of the line is the task, not more owners
            if text.startswith(".", finish) and re.fullmatch(WRITTEN_INITIALS, name + "."):
                name, finish = name + ".", finish + 1  # "S.I." keeps its last full stop
            if name.lower() in _NO_ONE:
                continue
            if not self._a_listed_person(name):
                return
            yield begin, finish
            also = item.group("also")
            if also is not None and (
                # initials need none after them: "RW (RQ)" is RW, the quartermaster
                re.fullmatch(r"(?-i:[A-Z]{2,3})|" + WRITTEN_INITIALS, name)
                or post_in_brackets(text, item.start("also") - 1, also)
            ):
                continue
            if also is not None and (
                (re.fullmatch(r"(?-i:[A-Z]{2,4})", also) and self._someones_initials(also))
                or (
                    re.fullmatch(r"[a-z]{2,3}|" + WRITTEN_INITIALS, also)
                    and self._someones_initials_any_case(also)
                )
            ):
                yield item.span("also")

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        name = match.group("id")
        kind = self._kinds[match.re]
        if in_capitals(text, match.start("id"), match.end("id")) and not (
            kind == "surname_then_initials" and self._a_register_line(text, match)
        ):
            return None  # "IT WAS A GOOD DAY": a line in capitals has no initials to read
        if kind == "surname_then_initials":
            surname, initials = name.split()
            if initials in ("A", "I") and _AFTER_A_LONE_INITIAL.match(text, match.end()):
                initials = "A."  # a register's initial, as the cell or address ends it
            register = self._a_register_line(text, match)
            return base_score if self._surname_then_initials(surname, initials, register) else None
        if kind in ("initials_after_name", "initials_bracket") and post_in_brackets(
            text, text.rindex("(", 0, match.start("id")), name
        ):
            return None  # "Gray, Khalid (LH)", "Nia Jones (EO)": a rank or a grade
        if kind == "initials_after_name" and _TOLD_APART.fullmatch(name):
            return base_score if self._someones_initials(name[:2]) else None
        if kind in (
            "initials_after_name",
            "initials_time_line",
            "initials_by",
            "initials_sign_off",
            "initials_doing",
            "initials_subject",
            "initials_bracket",
        ):
            return base_score if self._someones_initials_any_case(name) else None
        return base_score if self._someones_initials(name) else None

    @staticmethod
    def _a_register_line(text: str, match: re.Match[str]) -> bool:
        """A line whose capitals are a register's, not shouting: a table's cells ("Mon 18/10
        | JW | WALKER DK | SP"), a rank after the name ("CHAUDHRY I CPO") or a message
        header's addressee ("To: MCALLISTER FT WO2")."""
        line_start, line_end = line_around(text, match.start())
        return (
            "|" in text[line_start:line_end]
            or _RANK_AFTER.match(text, match.end()) is not None
            or _HEADER_BEFORE.match(text, line_start) is not None
        )

    def _surname_then_initials(self, surname: str, initials: str, register: bool = False) -> bool:
        """ "OKONKWO F", "Zhang WJ": a surname in capitals (``_capitals_surname``) or a listed
        name that is no word, then initials that are no body's or clock's ("RAF HQ", "Paris
        UK", "Jones PM", "Plan B", "Block C" stay), nor "I" or "A" ("I told Kamal I would")."""
        key = surname.lower()
        if key in NOT_INITIALS or initials.lower() in NOT_INITIALS or initials in _WORD_CAPITALS:
            return False
        if surname.isupper():
            # "WALKER DK", "BELL BT": two initials after a listed surname in capitals, though
            # the surname is a word too
            listed = len(initials) >= 2 and key in self.wordlists.surnames
            return len(surname) >= 3 and (listed or self._capitals_surname(key))
        words = self.wordlists
        if (
            register
            and len(initials) >= 2
            and key in words.surnames
            and key not in words.first_names
        ):
            return not (words.is_allowed(key) or key in RANK_AND_ROLE_WORDS)  # "| Walker DK |"
        # a surname, not a first name: "@Wei KS is looking for u" is Wei and KS
        return (
            key in words.surnames
            and key not in words.first_names
            and (not words.is_common_word(key) or words.is_unambiguous_name(key))
            and key not in RANK_WORDS
            and key not in RANK_AND_ROLE_WORDS
            and not words.is_allowed(key)
        )
