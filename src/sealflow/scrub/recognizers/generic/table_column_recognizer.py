"""Cells of a table typed into text, by what their column's header says they hold.

Field notes, welfare forms and pasted spreadsheets carry tables: a markdown grid
(``| Name | Rank | Unit | Age |``), comma, semicolon or tab separated rows under a header
line (``surname,first_name,rank,unit,age``). In a cell there is no sentence to read: "38"
under "Age" is an age, "KE" under "Name" is a person's initials, "von Essen" under
"surname" a surname, though none of them would count in running prose. So the header
decides, for the columns whose header names an identifier (``HEADER_TYPES``); every other
column is left to the other recognizers, cell by cell, as today.

A cell counts only if its content fits its column: an age is a whole number up to 120
(with "yrs" or "y" after it), a name has letters and at most six words, and "n/a",
"unknown", "withheld" or "-" is nobody. The table ends at the first line that is not a row
of the header's shape. ``scrub.keep_exact_ages: true`` keeps the ages here too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, ClassVar

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from sealflow.scrub.recognizers.base import ContextRegexRecognizer
from sealflow.scrub.table_rows import DELIMITERS, header_cells, row_cells

# A header cell, folded (lower case, "_" and "-" as spaces, no full stops or brackets),
# and the identifier type its column holds.
HEADER_TYPES: dict[str, str] = {
    "age": "AGE",
    "aged": "AGE",
    "age yrs": "AGE",
    "age years": "AGE",
    "age in years": "AGE",
    "name": "PERSON",
    "full name": "PERSON",
    "fullname": "PERSON",
    "surname": "PERSON",
    "last name": "PERSON",
    "lastname": "PERSON",
    "family name": "PERSON",
    "first name": "PERSON",
    "firstname": "PERSON",
    "forename": "PERSON",
    "forenames": "PERSON",
    "given name": "PERSON",
    "given names": "PERSON",
    "name surname first": "PERSON",
    "rank name": "PERSON",
    "rank and name": "PERSON",
    "nok": "PERSON",
    "next of kin": "PERSON",
    "participant name": "PERSON",
    "respondent name": "PERSON",
    "interviewee": "PERSON",
    # a log's or a rota's column of who made or owns each entry: "KM", "M.P."
    "init": "PERSON",
    "inits": "PERSON",
    "initials": "PERSON",
    "signed": "PERSON",
    "sig": "PERSON",
    "owner": "PERSON",
    "action by": "PERSON",
    # who signed, authorised, coded or holds each row: a register's "Auth" column of "AG",
    # an analysis sheet's "Coder", a rota's "Duty NCO" (a role in a cell stays: the allow
    # list keeps "OC", "Adjt")
    **dict.fromkeys(
        [
            "auth",
            "auth by",
            "authorised",
            "authorized",
            "authorised by",
            "authorized by",
            "approved by",
            "checked by",
            "coder",
            "coded by",
            "who",
            "interviewers",
            "researchers",
            "ints",
            "interviewer",
            "int",
            "researcher",
            "notes by",
            "recorded by",
            "entered by",
            "logged by",
            "completed by",
            "done by",
            "taken by",
            "assigned to",
            "allocated to",
            "assignee",
            "by",
            "oic",
            "i c",
            "duty nco",
            "duty officer",
            "duty offr",
            "stand by",
            "standby",
            "line manager",
            "supervisor",
            "caseworker",
            "case worker",
            "keyworker",
            "key worker",
            "contact name",
            "partner",
            "spouse",
            "partner name",
            # an HR or case system's export: whose record a row is, and who keyed it ("user"
            # holds the keying clerk's initials or login, "employee" the person's name)
            "employee",
            "employee name",
            "staff name",
            "staff member",
            "user",
            "username",
            "user name",
            "created by",
            "modified by",
            "updated by",
            "last modified by",
            "actioned by",
            "reviewed by",
            "author",
            "handler",
            "handled by",
            "leaver",
            "complainant",
            "patient",
            "patient name",
            "pupil",
            "child",
            "child name",
            "child's name",
            "student",
            "student name",
            "trainee",
        ],
        "PERSON",
    ),
    "dob": "DATE_OF_BIRTH",
    "date of birth": "DATE_OF_BIRTH",
}
# a survey platform's question number before a column's name: "Q1_Age", "Q12 - Name"
_QUESTION_NUMBER = re.compile(r"q\d+[a-z]?(?:\s+\d+)?\s+")
# A quick look for a header word before any line is split.
_ANY_HEADER_WORD = re.compile(
    r"(?i)(?<![a-z])(?:age|aged|name|surname|forenames?|nok|dob|d\.o\.b|interviewee|inits?|"
    r"initials|signed|sig|owner|action by|auth|authori[sz]ed|by|coder|int|interviewer|"
    r"researcher|oic|i/c|duty|stand-?by|supervisor|line manager|(?:case|key) ?worker|"
    r"contact name|partner|spouse|who|interviewers|researchers|ints|employee|staff|users?|"
    r"username|created|modified|updated|actioned|reviewed|author|handler|handled|leaver|"
    r"complainant|patient|pupil|child|student|trainee)(?![a-z])"
)
_AGE_CELL = re.compile(r"(?P<age>\d{1,3})(?:\s*(?:yrs?|years?|y/?o|y))?\.?", re.IGNORECASE)
_NAME_CELL = re.compile(r"[^\W\d_][\w'’.\-]*(?:,?[ \t]+[^\W\d_][\w'’.\-]*){0,5}")
_NOBODY = frozenset(
    ["n/a", "na", "nil", "none", "unknown", "withheld", "redacted", "tbc", "tba", "-", "--",
     "not known", "not given", "declined", "anon", "anonymous", "yes", "no", "y", "n", "true",
     "false"]
)  # fmt: skip
# a cell two people share, and each of them in it
_SHARED_CELL = re.compile(r"[/+&]")
_PERSON_IN_A_SHARED_CELL = re.compile(r"[^/+&\s](?:[^/+&]*[^/+&\s])?")
_DATE_CELL = re.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{4}-\d{2}-\d{2}")


def _fold(cell: str) -> str:
    folded = re.sub(r"[_\-/]+", " ", cell.lower())
    folded = re.sub(r"[.()]", " ", folded)
    return " ".join(folded.split())


def _header_type(cell: str) -> str | None:
    """The identifier type a header cell names, with or without a survey's question number
    before it ("Age", "Q1_Age", "Q12 - Name")."""
    folded = _fold(cell)
    return HEADER_TYPES.get(folded) or HEADER_TYPES.get(_QUESTION_NUMBER.sub("", folded, count=1))


def _header(line: str, delimiter: str) -> list[str | None] | None:
    """The identifier type of each column if ``line`` is a header row naming at least one
    identifier column, else None."""
    cells = header_cells(line, delimiter)
    if cells is None:
        return None
    types = [_header_type(c) for c in cells]
    return types if any(types) else None


def _rows(lines: list[tuple[int, str]], at: int, delimiter: str, width: int) -> Iterator[int]:
    """Indexes of the rows of the table whose header is line ``at``: lines of the header's
    shape, a markdown separator row skipped."""
    for index in range(at + 1, len(lines)):
        line = lines[index][1]
        if delimiter == "|" and re.fullmatch(r"\s*\|?[\s:|\-]+\|?\s*", line) and "-" in line:
            continue
        if delimiter not in line or len(row_cells(line, delimiter)) != width:
            return
        yield index


def _fits(entity: str, cell: str) -> tuple[int, int] | None:
    """The part of ``cell`` that is its column's identifier, or None if it is none."""
    if cell.lower() in _NOBODY or not cell:
        return None
    if entity == "AGE":
        found = _AGE_CELL.fullmatch(cell)
        if found is None or int(found.group("age")) > 120:
            return None
        return found.span("age")
    if entity == "DATE_OF_BIRTH":
        return (0, len(cell)) if _DATE_CELL.fullmatch(cell) else None
    return (0, len(cell)) if _NAME_CELL.fullmatch(cell) else None


class TableColumnRecognizer(ContextRegexRecognizer):
    ENTITY = "PERSON"
    ENTITIES: ClassVar[tuple[str, ...]] = ("PERSON", "AGE", "DATE_OF_BIRTH")
    EXAMPLES = (
        (
            "| Name | Rank | Unit | Age |\n|---|---|---|---|\n| KE | Lt | 3 PARA | 28 |\n"
            "| W P ZHANG | Cdr | 99 Sqn | 52 yrs |\n\nNext visit in May",
            ["KE", "W P ZHANG", "28", "52"],
        ),
        (
            "surname,first_name,rank,unit,age\nvon Essen,Dawn,Sgt,1 R WELSH,39\n"
            'OWUSU,Yaw,AB,"7 Bde, Catterick",33\nEnd of list, 2 rows',
            ["von Essen", "Dawn", "OWUSU", "Yaw", "39", "33"],
        ),
        ("Name\tDOB\nAmy Reid\t04/12/1979\n", ["Amy Reid", "04/12/1979"]),
        ('"ResponseId","Q1_Age","Q2"\n"R_1","41","fine"\n"R_2","38","ok"', ["41", "38"]),
        ("| Item | Cost | Qty |\n|---|---|---|\n| Boots | 40 | 2 |", []),
        ("| Name | Age |\n|---|---|\n| n/a | 140 |\n| - | unknown |", []),
        ("My name, age and rank were taken, then 38 people left", []),
        (
            "Serial | Time | Occurrence | Init\n1 | 0930 | Keys to Block 4 | KM\n"
            "2 | 1010 | NTR | M.P.",
            ["KM", "M.P."],
        ),
        (
            "Name          Mon   Tue\nCAMPBELL S    E     N\nZhang WJ      OFF   LD\n\nOn call: al",
            ["CAMPBELL S", "Zhang WJ"],
        ),
        ("Item  Qty\nBoots  2\nName  Jo", []),
        (
            "Name | From | To | Days | Type | Auth\nJONES F | 13/08 | 25/08 | 12 | S/L | DD\n"
            "Morgan H | 07/01 | 09/01 | 2 | A/L | OC",
            ["JONES F", "DD", "Morgan H", "OC"],
        ),
        ("ID | Theme | Coder\nP07 | isolation | RB\nP12 | stigma | n/a", ["RB"]),
        (
            'ref,surname,timestamp,free_text,user\nR17,Field,2025-10-16 17:10,"Phoned, left '
            'a message.",SG\nHR-4,"hunt",2025-12-15 09:16,"ID check, fine",RMC\n',
            ["Field", "SG", "hunt", "RMC"],
        ),
        (
            "case_id,employee,opened,note,entered_by\n"
            'HR-26-1,"robert cartwright",2026-03-08,"robert asked, ok",GH\n',
            ["robert cartwright", "GH"],
        ),
        ("case,complainant,outcome\nC1,Yes,upheld\nC2,no,n/a", []),
        (
            "ID | Date | Who | Done?\nP6 | 11/04 | BT + CB | yes\nP7 | 12/04 | SR/GH | no",
            ["BT", "CB", "SR", "GH"],
        ),
    )

    def __init__(self, supported_language: str = "en", **kwargs: Any) -> None:
        super().__init__(supported_language=supported_language, **kwargs)
        self.supported_entities = list(self.ENTITIES)
        self.enabled_entities = set(self.ENTITIES)

    def configure(self, settings: Any) -> None:
        if getattr(settings, "keep_exact_ages", False):
            self.enabled_entities = set(self.ENTITIES) - {"AGE"}

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        wanted = self.enabled_entities & set(entities) if entities else self.enabled_entities
        if not wanted or _ANY_HEADER_WORD.search(text) is None:
            return []
        lines, offset = [], 0
        for line in text.split("\n"):
            lines.append((offset, line))
            offset += len(line) + 1
        found: list[RecognizerResult] = []
        done_until = -1
        for at, (_, line) in enumerate(lines):
            if at <= done_until or not _ANY_HEADER_WORD.search(line):
                continue
            for delimiter in DELIMITERS:
                types = _header(line, delimiter)
                if types is None:
                    continue
                for row in _rows(lines, at, delimiter, len(types)):
                    done_until = row
                    found.extend(self._row_results(lines[row], delimiter, types, wanted))
                break
        return found

    def _row_results(
        self,
        row: tuple[int, str],
        delimiter: str,
        types: list[str | None],
        wanted: set[str],
    ) -> Iterator[RecognizerResult]:
        offset, line = row
        for (start, end), entity in zip(row_cells(line, delimiter, offset), types, strict=True):
            if entity is None or entity not in wanted:
                continue
            cell = line[start - offset : end - offset]
            # two people in one cell: "SR/GH", "BT + CB", "DC & SP"
            pieces = (
                [(m.start(), m.group(0)) for m in _PERSON_IN_A_SHARED_CELL.finditer(cell)]
                if entity == "PERSON"
                and _SHARED_CELL.search(cell)
                and cell.strip().lower() not in _NOBODY
                else [(0, cell)]
            )
            for at, piece in pieces:
                part = _fits(entity, piece)
                if part is not None:
                    # above spaCy's 0.85: where both read the same cell, the column's reading
                    # (and its header, the cue a word-name needs) is the one kept
                    result = self.result(start + at + part[0], start + at + part[1], 0.9)
                    result.entity_type = entity
                    yield result
