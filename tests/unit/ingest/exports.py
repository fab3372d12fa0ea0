"""Generators of input files in the shapes senders really send, from a TinyStudy's rows.

Each writes the same people and answers as the tiny study's plain CSVs, laid out as one
sender lays them out: a provider's Windows-1252 ``;`` CRLF extract with its own column
names and words (and the same as .xlsx under a protective marking), and the exports of
Qualtrics, Microsoft Forms, SurveyMonkey and JISC Online Surveys. Ingesting one of these
with only a profile in config must give what the plain CSV gives.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from openpyxl import Workbook

from .study import TinyStudy

# The provider's names for the admin extract's columns, in the provider's order, plus one
# column nobody agreed to share (dropped by the profile and listed by name in the report).
PROVIDER_COLUMNS = {
    "Pseudonymised ID": "pseudonymous_id",
    "Sex": "gender",
    "Age group": "age_band",
    "Branch": "service_branch",
    "Rank band": "rank_band",
    "Base": "base",
    "Role": "role",
    "Years of service": "tenure_years",
    "Sick days (12m)": "sickness_absence_days",
    "Status": "turnover_status",
    "Programme group": "programme_group",
    "Last review": "last_review",
}
PROVIDER_EXTRA = "Line manager"
BRANCH_WORDS = {"Army": "Army", "Royal Air Force": "RAF", "Royal Navy": "RN"}
SEX_WORDS = {"Female": "F", "Male": "M"}
# A base name with the characters Windows-1252 holds and Latin-1 does not (’ –) and £ é.
AWKWARD_BASE = "St Mary’s – Café £5 Mess"
PROTECTIVE_MARKING = "OFFICIAL-SENSITIVE"

LIKERT_WORDS = ["None of the time", "Rarely", "Some of the time", "Often", "All of the time"]
CONSENT_WORDS = {"yes": "Yes, I consent", "no": "No, I do not consent"}
QUALTRICS_METADATA = [
    "StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)",
    "Finished", "RecordedDate", "ResponseId", "LocationLatitude", "LocationLongitude",
    "DistributionChannel",
]  # fmt: skip


def provider_admin(study: TinyStudy) -> list[dict[str, str]]:
    """The admin extract as the provider holds it: schema names, a review date, its words.

    Every third person is in the RAF and the first is based at AWKWARD_BASE; the last
    review date is day-first (03/06/2021 is the 3rd of June).
    """
    records = []
    for n, row in enumerate(study.admin_rows):
        record = dict(zip(list(PROVIDER_COLUMNS.values())[:-1], row, strict=True))
        if n % 3 == 1:
            record["service_branch"] = "Royal Air Force"
        if n == 0:
            record["base"] = AWKWARD_BASE
        record["last_review"] = f"{(n % 27) + 1:02d}/06/2021"
        records.append(record)
    return records


def _provider_cells(record: dict[str, str]) -> list[str]:
    cells = []
    for column in PROVIDER_COLUMNS.values():
        value = record[column]
        if column == "service_branch":
            value = BRANCH_WORDS[value]
        if column == "gender":
            value = SEX_WORDS[value]
        cells.append(value)
    return [*cells, "Sgt A. Example"]


def _csv(rows: list[list[str]], delimiter: str = ",", newline: str = "\r\n") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=newline)
    writer.writerows(rows)
    return buffer.getvalue()


def write_provider_csv(study: TinyStudy, path: Path) -> None:
    """Windows-1252, ``;``-delimited, CRLF, the provider's own names and words."""
    rows = [[*PROVIDER_COLUMNS, PROVIDER_EXTRA]]
    rows += [_provider_cells(record) for record in provider_admin(study)]
    path.write_bytes(_csv(rows, ";").encode("cp1252"))


def write_provider_xlsx(study: TinyStudy, path: Path) -> None:
    """The same extract as a workbook: a protective-marking row above the header, numbers as
    numbers (sick days as 3.0, as Excel stores them) and the review date as a date cell."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Extract"
    sheet.append([PROTECTIVE_MARKING])
    sheet.append([*PROVIDER_COLUMNS, PROVIDER_EXTRA])
    for record in provider_admin(study):
        cells: list[object] = list(_provider_cells(record))
        names = list(PROVIDER_COLUMNS.values())
        cells[names.index("tenure_years")] = int(record["tenure_years"])
        cells[names.index("sickness_absence_days")] = float(record["sickness_absence_days"])
        day, month, year = (int(part) for part in record["last_review"].split("/"))
        cells[names.index("last_review")] = dt.datetime(year, month, day)
        sheet.append(cells)
    workbook.save(path)


# The interview-contact question, asked last by every platform here (raw yes/no answers).
CONTACT_QUESTION = "May we contact you about an interview?"


def _answers(row: list[str]) -> tuple[str, dt.datetime, str, list[str], list[str]]:
    """Token, time, consent, Likert words, then free text and (last) the contact answer."""
    token, submitted_at, consent = row[0], row[1], row[2]
    when = dt.datetime.fromisoformat(submitted_at.replace("Z", "+00:00")).replace(tzinfo=None)
    likert = [LIKERT_WORDS[int(answer) - 1] if answer else "" for answer in row[3:10]]
    return token, when, CONSENT_WORDS[consent], likert, [*row[11:14], row[10]]


def write_qualtrics_csv(study: TinyStudy, path: Path) -> None:
    """Qualtrics "Export data" (choice text): three header rows, UTF-8 with BOM, CRLF."""
    questions = ["Q1", *[f"Q2_{i}" for i in range(1, 8)], "Q3", "Q4", "Q5", "Q6"]
    texts = [
        "Do you consent to take part?",
        *[f"Over the last two weeks... - Statement {i}" for i in range(1, 8)],
        "Tell us about your experience,\nin your own words",
        'What got in the way? (e.g. "time")',
        "Any suggestions?",
        CONTACT_QUESTION,
    ]
    rows = [
        [*QUALTRICS_METADATA, "ExternalReference", *questions],
        [*QUALTRICS_METADATA, "External Data Reference", *texts],
        [
            *[f'{{"ImportId":"{name.split()[0].lower()}"}}' for name in QUALTRICS_METADATA],
            '{"ImportId":"externalDataReference"}',
            *[f'{{"ImportId":"QID{i}"}}' for i in range(1, len(questions) + 1)],
        ],
    ]
    for n, row in enumerate(study.survey_rows):
        token, when, consent, likert, free_text = _answers(row)
        stamp = when.strftime("%Y-%m-%d %H:%M:%S")
        metadata = [stamp, stamp, "IP Address", "203.0.113.9", "100", "312", "True", stamp,
                    f"R_{n:015d}", "51.5", "-0.1", "email"]  # fmt: skip
        rows.append([*metadata, token, consent, *likert, *free_text])
    path.write_bytes(b"\xef\xbb\xbf" + _csv(rows).encode("utf-8"))


def write_microsoft_forms_xlsx(study: TinyStudy, path: Path) -> None:
    """Microsoft Forms "Open results in Excel": six columns of its own, then the questions."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Sheet1"
    questions = ["Your survey code", "Do you consent to take part?",
                 *[f"Statement {i}" for i in range(1, 8)],
                 "Your experience", "What got in the way?", "Any suggestions?",
                 CONTACT_QUESTION]  # fmt: skip
    sheet.append(["ID", "Start time", "Completion time", "Email", "Name",
                  "Last modified time", *questions])  # fmt: skip
    for n, row in enumerate(study.survey_rows):
        token, when, consent, likert, free_text = _answers(row)
        sheet.append([n + 1, when, when, "anonymous", None, None, token, consent, *likert,
                      *[text or None for text in free_text]])  # fmt: skip
    workbook.save(path)


def write_surveymonkey_csv(study: TinyStudy, path: Path) -> None:
    """SurveyMonkey "All individual responses": two header rows, a matrix question whose
    sub-columns have no name in the first row, US month-first dates with AM/PM."""
    first = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address",
             "Email Address", "First Name", "Last Name", "token",
             "Do you consent to take part?", *[f"Statement {i}" for i in range(1, 8)],
             "Your experience", "What got in the way?", "Any suggestions?",
             "Which apply to you?", "", "", CONTACT_QUESTION]  # fmt: skip
    second = ["", "", "", "", "", "", "", "", "", "Response", *["Response"] * 7,
              "Open-Ended Response", "Open-Ended Response", "Open-Ended Response",
              "Shift work", "Deployment", "Caring", "Response"]  # fmt: skip
    rows = [first, second]
    for n, row in enumerate(study.survey_rows):
        token, when, consent, likert, free_text = _answers(row)
        stamp = when.strftime("%m/%d/%Y %I:%M:%S %p")
        rows.append([str(114000000 + n), "4321", stamp, stamp, "", "", "", "", token, consent,
                     *likert, *free_text[:3], "Shift work", "", "", free_text[3]])  # fmt: skip
    path.write_bytes(_csv(rows).encode("utf-8"))


def write_jisc_csv(study: TinyStudy, path: Path) -> None:
    """JISC Online Surveys CSV: Response ID, Start date, Completion date (day-first, UK)."""
    questions = [
        "1. Your survey code",
        "2. Do you consent to take part?",
        *[f"3.{i}. Statement {i}" for i in range(1, 8)],
        "4. Your experience",
        "5. What got in the way?",
        "6. Any suggestions?",
        f"7. {CONTACT_QUESTION}",
    ]
    rows = [["Response ID", "Start date", "Completion date", *questions]]
    for n, row in enumerate(study.survey_rows):
        token, when, consent, likert, free_text = _answers(row)
        stamp = when.strftime("%d/%m/%Y %H:%M")
        rows.append([str(n + 1), stamp, stamp, token, consent, *likert, *free_text])
    path.write_bytes(_csv(rows, newline="\n").encode("utf-8"))
