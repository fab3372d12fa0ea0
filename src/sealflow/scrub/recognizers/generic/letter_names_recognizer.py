"""Names where letters, e-mails, messages and forms put them: under the sign-off, in the copy
list, in a form's person field, after a greeting, before a message's time, and as initials
before a surname in capitals.

A letter's layout says who is named even when the name itself says little: the line under
"Yours sincerely," or an e-mail's "--" is the signer, whether written "Sarah Evans", "S E
MANSOUR", "PC" or "Capt J Hughes" (post-nominals after it, "MBE", "RAF", stay); each line of
a "cc:" list is "name, appointment" ("AC, OC HQ Coy", "I MacAulay, Adjt"). In running text,
initials before a surname written in capitals ("K P GURUNG", "A M OKAFOR") are a person
however rare the surname, since capitals alone ("CTCRM", "HMNB") would be an acronym.

What is no person stays: a sign-off over a team or an office ("The Welfare Team", "HR
Admin"), a copy to "File", a line of role words ("Unit Welfare Officer"). Notes, minutes and
handovers name people their own way: minutes_names_recognizer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from sealflow.scrub.name_words import names_no_one
from sealflow.scrub.recognizers.forces.rank_name_recognizer import RANK_WORDS
from sealflow.scrub.recognizers.generic.layout_names import (
    NAME_PART_LABEL,
    NAME_WORD,
    NAME_WORDS,
    NOT_A_SIGNER,
    SIGN_OFF,
    LayoutNamesRecognizer,
    in_capitals,
)

# salutations that greet no one by name ("Morning,", "Sir,", "Colleagues,")
_NOT_ADDRESSED = frozenset(
    ["hi", "hello", "hiya", "hey", "morning", "afternoon", "evening", "dear", "sir", "sirs",
     "madam", "ma'am", "folks", "gents", "ladies", "colleagues", "everyone", "all", "team",
     "guys", "lads", "friends", "greetings", "howdy", "mate", "boss", "chaps", "people"]
)  # fmt: skip
# what follows a message's last line: the end, a quoted earlier message, a separator
_MESSAGE_ENDS = re.compile(
    r"[ \t]*(?:\n[ \t]*)*(?:$|-{2,}|_{3,}|(?i:from|sent|on[ \t][^\n]{0,60}wrote)\b|>)"
)
# a name line: one to five words of letters (initials, particles, hyphens, apostrophes)
_NAME_LINE = r"[^\W\d_][\w'’.\-]*(?:[ \t]+[^\W\d_][\w'’.\-]*){0,4}?"
_POST_NOMINALS = (
    r"(?:[ \t]+(?:RAF|RN|RM|RNR|RMR|MBE|OBE|CBE|BEM|QGM|MC|DSO|DFC|QCVS|ADC|VR|TD|MA|MSc|BSc|"
    r"BA|PhD|Retd|retd|\(Retd\)),?)*"
)
_INITIALS_RUN = r"(?-i:(?:[A-Z]\.?[ \t]){1,3})"

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
    r"referred[ \t]+by|referrer|signed|signature|initials|requester|requestor|caller|"
    r"witness|nominee|" + r"(?:(?:full|first|last|family|given|middle|maiden|preferred|"
    # a form's name field, however it is worded: "Surname:", "Forename(s):", "Print name:",
    # "Name of participant (BLOCK CAPITALS):", "Participant's name:"
    r"print(?:ed)?|participant['’]?s?|patient['’]?s?|client['’]?s?|member['’]?s?|"
    r"your)[ \t]+)?(?:name|names|surname|forenames?|forename\(s\))"
    r"(?:[ \t]+of[ \t]+(?:participant|patient|client|member|witness|nominee|applicant))?"
    r"(?:[ \t]*\([^()\n]{1,30}\))?)"
)


# a field's value: name words one space apart (two or more end it: "Surname: Field   Forename
# (s): Mark" is two fields)
_FIELD_VALUE = NAME_WORD + r"(?:[ \t]" + NAME_WORD + r"){0,4}"
# what a form's name field holds when it names no one
_FORM_FILL_INS = frozenset(
    ["unknown", "withheld", "none", "n/a", "na", "redacted", "anonymous", "declined", "same",
     "see", "above", "below", "tbc", "tba", "nil", "blank", "not", "given", "required"]
)  # fmt: skip


class LetterNamesRecognizer(LayoutNamesRecognizer):
    # (0.9: above spaCy's 0.85, so a span spaCy runs over a line's end, "RSM" + "PS" of the
    # next copy line, does not swallow the initials the layout names)
    PATTERNS: ClassVar = (
        # (the name in a lookahead: "--" then "Best wishes" then the name, each a sign-off)
        ("signer", r"(?im)^[ \t]*" + SIGN_OFF + r"[,.!]?[ \t]*\n(?=(?:[ \t]*\n){0,2}[ \t]*"
         r"(?P<id>" + _NAME_LINE + r")" + _POST_NOMINALS + r"[ \t]*$)", 0.9),
        # a form's field holding the person who wrote or is the subject of it: "Staff: MU",
        # "Client: S R RAHMAN", "Completed by: I.N. ap Gwilym, Block 7"
        # (a name's words only: "Staff: Mm-hm." or "Client: Yes." is a speaker's turn)
        ("person_field", r"(?im)^[ \t]*(?:[-–•*][ \t]*)?" + _PERSON_FIELD + r"[ \t]*:[ \t]*"
         r"(?P<id>" + _FIELD_VALUE + r")" + _POST_NOMINALS + r"[ \t]*(?:[,;(]|$)", 0.9),
        # a form's name field after another field on its line, its value up to the next
        # field's label: "Surname: Field   Forename(s): Mark"
        ("person_field_in_row", r"(?im)(?<=\S[ \t]{2})[ \t]*" + _PERSON_FIELD + r"[ \t]*:[ \t]*"
         r"(?P<id>" + _FIELD_VALUE + r")[ \t]*(?:[,;]|$|[ \t]{2,}"
         r"(?=[A-Z][\w ()/'’\-]{0,30}:))", 0.9),
        ("person_field_before_next", r"(?im)^[ \t]*" + _PERSON_FIELD + r"[ \t]*:[ \t]*"
         r"(?P<id>" + _FIELD_VALUE + r")[ \t]{2,}"
         r"(?=[A-Z][\w ()/'’\-]{0,30}:)", 0.9),
        # who signed or checked a record, without a colon: "Signed RK Akhtar 23rd December",
        # "Reviewed by Y Nasser 18/7/25", "Checked by Pte O Afolabi on 4 Sep"
        ("signed_by", r"(?i:\b(?:signed|countersigned|reviewed\s+by|checked\s+by|seen\s+by|"
         r"completed\s+by|witnessed\s+by|approved\s+by|authorised\s+by))[ \t]+"
         r"(?P<id>" + NAME_WORDS + r")" + _POST_NOMINALS
         + r"(?=[ \t]*(?:$|[,;(]|[ \t]\d|[ \t]on\b))",
         0.9),
        # a text message's or a voicemail's sender before its time: "SMS Tiny 16:45:", "Text
        # from Spike half 7:", "From: Lt B Griffiths 0600:"
        ("message_sender", r"(?im)^[ \t]*(?:sms|text|message|voicemail|whatsapp)?[ \t]*(?:from)?"
         r"[ \t]*:?[ \t]+(?P<id>" + NAME_WORDS + r")(?=[ \t]+(?:\d{1,2}[:.]?\d{2}(?:[ \t]?hrs)?|"
         r"\d{1,2}[ \t]?(?:am|pm)|half[ \t]+\d{1,2}|\d{1,2}ish)[ \t]*(?:\([^)\n]*\))?[ \t]*:)",
         0.9),
        # an e-mail's opening line: "Morning Cat,", "Good afternoon Dafydd,"
        # an e-mail's salutation alone on its line between blank lines: "Razor,", "Macca,"
        ("salutation", r"(?m)(?:\A|\n[ \t]*\n)[ \t]*(?P<id>[A-Z][a-z'’\-]{2,20})[ \t]*,[ \t]*\n"
         r"[ \t]*\n", 0.9),
        ("greeting_line", r"(?im)^[ \t]*(?:good[ \t]+)?(?:morning|afternoon|evening|hiya|hey)"
         r"[ \t]+(?P<id>" + NAME_WORDS + r")[ \t]*[,!][ \t]*$", 0.9),
        ("initials_capitals", r"(?<![\w.\-'’])(?P<id>" + _INITIALS_RUN
         + r"(?-i:[A-Z][A-Z'’]+(?:-[A-Z][A-Z'’]+)?))(?![\w'’\-])", 0.7),
    )  # fmt: skip
    EXAMPLES = (
        ("Hiya,\n\nI'll chase the stores.\n\nCheers\nMoose", ["Moose"]),
        ("Evening,\n\nAll sorted.\n\nCheers\nSmiler\n\n-----Original Message-----", ["Smiler"]),
        ("Thanks\nTeam\n\nCheers\nAll\n\nRegards\nThe\n", []),
        ("Subject: Kit\n\nRazor,\n\nSee para 4.\n\nMorning,\n\nSir,\n\nAll,\n\nok", ["Razor"]),
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
        ("a good day, A GOOD one, and B HALL", []),
        ("Notes:\nStaff: MU\n- seen", ["MU"]),
        (
            "Name: Quagliarello\nSurname: Nkemelu\nForename(s): Tomasz\n"
            "Name of participant (BLOCK CAPITALS): ZBIGNIEW OKONJO\nPrint name: A. Sole",
            ["A. Sole", "Nkemelu", "Quagliarello", "Tomasz", "ZBIGNIEW OKONJO"],
        ),
        ("Name: N/A\nName: Withheld\nName of unit: 3 PARA\nSurname: Unknown", []),
        (
            "Client: S R RAHMAN\nCompleted by: I.N. ap Gwilym, Block 7",
            ["S R RAHMAN", "I.N. ap Gwilym"],
        ),
        ("Ta\nCB Pritchard", ["CB Pritchard"]),
        (
            "Signed RK Akhtar 23rd December\nReviewed by Y Nasser 18/7/25\nChecked by A Nasser",
            ["A Nasser", "RK Akhtar", "Y Nasser"],
        ),
        ("Signed Off Sick 2 weeks; Reviewed by The Board on 4 May; checked by HR", []),
        ("Lachie D  12:26 PM\nemail me\nWai N.  5:12 PM", []),
        ("Morning Dafydd,\n\nCan someone call?\nGood afternoon Siobhan,", ["Dafydd", "Siobhan"]),
        ("Morning all,\nMorning Team,\nMorning Parade, 0800\nEvening Standard,", []),
        ("UK is fine. DWP said no. TV was on.\n- AOB\nStaff: N/A\nClient: All", []),
        (
            "SMS Tiny 16:45: hiya\nText from Spike half 7: ok\nFrom: Lt B Griffiths 0600: hi\n"
            "Voicemail 12 Dec 0830 (1:17): its mum\nFrom: Welfare Team 0900: hi",
            ["Lt B Griffiths", "Spike", "Tiny"],
        ),
    )

    def iter_matches(self, text: str) -> Iterator[tuple[int, int, float]]:
        yield from super().iter_matches(text)
        for copy_list in _COPY_LIST.finditer(text):
            for line in _COPIED.finditer(copy_list.group("lines")):
                if self._names_someone(line.group("id")):
                    offset = copy_list.start("lines")
                    yield offset + line.start("id"), offset + line.end("id"), 0.9

    def _sole_signer(self, text: str, match: re.Match[str]) -> bool:
        """One capitalised word alone under a sign-off, ending the message ("Cheers" /
        "Moose", then the end or "-----Original Message-----"): the writer's name or
        nickname though a word too; never a team, office, role, rank or function word."""
        name = match.group("id")
        key = name.lower()
        words = self.wordlists
        return (
            " " not in name
            and name[:1].isupper()
            and not name.isupper()
            and _MESSAGE_ENDS.match(text, match.end("id")) is not None
            and key not in NOT_A_SIGNER
            and not names_no_one(key, words, frozenset(), RANK_WORDS)
        )

    def score_match(self, match: re.Match[str], base_score: float, text: str) -> float | None:
        name = match.group("id")
        kind = self._kinds[match.re]
        if kind != "signer" and in_capitals(text, match.start("id"), match.end("id")):
            return None  # "IT WAS A GOOD DAY": a line in capitals has no surname in capitals
        if kind == "initials_capitals":
            return base_score if self._capitals_surname(name.split()[-1].lower()) else None
        if kind == "greeting_line" and name.lower() in self.short_forms:
            return base_score  # "Morning Cat,": a short form, though also a word
        if kind == "salutation":
            key = name.lower()
            return (
                None
                if key in _NOT_ADDRESSED
                or key in NOT_A_SIGNER
                or re.fullmatch(SIGN_OFF, name, re.IGNORECASE)
                or names_no_one(key, self.wordlists, frozenset(), RANK_WORDS)
                else base_score
            )
        if kind == "signer" and self._sole_signer(text, match):
            return base_score
        if kind == "message_sender":
            return base_score if self._a_listed_person(name) else None
        if kind.startswith("person_field") and self._a_surname_field_filled(match):
            return base_score  # "Surname: Field": the label says what the word is
        return base_score if self._names_someone(name) else None

    def _a_surname_field_filled(self, match: re.Match[str]) -> bool:
        """A surname or forename field holding one or two words that fill no form's blank:
        the word is a name whatever else it is ("Surname: Field", "Forename(s): Mark")."""
        label = match.group(0)[: match.start("id") - match.start()]
        if NAME_PART_LABEL.search(label) is None:
            return False
        words = [w.lower() for w in match.group("id").split()]
        return len(words) <= 2 and not any(
            w in _FORM_FILL_INS or w in NOT_A_SIGNER or w in self.wordlists.stop_words
            for w in words
        )
