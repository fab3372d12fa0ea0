"""Issue 11's "done when": a study laid out by hand from the docs reaches the report.

The study is made the way docs/OPERATIONS.md says (`sealflow init DIR`, the other parties'
keys in parties.yaml, a config.yaml with input profiles as docs/DATA.md shows them), and its
inputs arrive as senders send them, brought in with `sealflow import`: the provider's roster
and admin extract as a Windows-1252 ``;`` CRLF CSV with its own column names and words
(`Pseudonymised ID`, `Sex`, `Age group`, `RAF`, dates such as `03/06/2021`, a column nobody
agreed to share), a Qualtrics export (three header rows, twelve metadata columns,
`ExternalReference` holding the token, Likert words, consent phrases), then the same extract
as .xlsx under a protective marking. No input file is rewritten by hand. The people and
their answers come from a throwaway demo study (its senders' plain CSVs), re-laid here in
the senders' shapes; survey tokens are re-keyed to this study's own links.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import yaml
from openpyxl import Workbook

from sealflow.ingest.tokens import survey_token

pytestmark = pytest.mark.workflow

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
STAFF = 60
PASSPHRASE = {"SEALFLOW_KEY_PASSPHRASE": "correct horse battery staple"}

# The provider's names for its columns (and the schema's), one column nobody agreed to
# share, its words for sex and branch, and a day-first review date.
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
EXTRA_COLUMN = "Line manager"
SEX_WORDS = {"Female": "F", "Male": "M", "Non-binary": "X", "Prefer not to say": "U"}
BRANCH_WORDS = {"Army": "Army", "Royal Navy": "RN", "Royal Air Force": "RAF",
                "Royal Marines": "RM", "Civil Service": "CS"}  # fmt: skip
AWKWARD_BASE = "St Mary’s – Café £5 Mess"  # ’ and – are in Windows-1252, not in Latin-1
LIKERT_WORDS = ["None of the time", "Rarely", "Some of the time", "Often", "All of the time"]
CONSENT_WORDS = {"yes": "Yes, I consent", "no": "No, I do not consent"}
QUALTRICS_METADATA = [
    "StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)",
    "Finished", "RecordedDate", "ResponseId", "LocationLatitude", "LocationLongitude",
    "DistributionChannel",
]  # fmt: skip
QUESTIONS = ["Q1", *[f"Q2_{i}" for i in range(1, 8)], "Q6", "Q3", "Q4", "Q5"]
CONTACT_WORDS = {"yes": "Yes, you may contact me", "no": "No thank you", "": ""}

# What a data manager adds to the config `sealflow init` wrote, as docs/DATA.md shows it.
PROFILES = """
roster:
  encoding: cp1252
  delimiter: ";"
  rename: {Pseudonymised ID: pseudonymous_id}
admin_extract:
  encoding: cp1252
  delimiter: ";"
  rename: {Pseudonymised ID: pseudonymous_id, Sex: gender, Age group: age_band,
           Branch: service_branch, Rank band: rank_band, Base: base, Role: role,
           Years of service: tenure_years, Sick days (12m): sickness_absence_days,
           Status: turnover_status, Programme group: programme_group,
           Last review: last_review}
  recode:
    gender: {F: Female, M: Male, X: Non-binary, U: Prefer not to say}
    service_branch: {RAF: Royal Air Force, RN: Royal Navy, RM: Royal Marines,
                     CS: Civil Service}
  dates: {last_review: dayfirst}      # 03/06/2021 is the 3rd of June
  extra_columns: drop
survey_export:
  preset: qualtrics
  rename: {Q1: consent, Q2_1: wb_1, Q2_2: wb_2, Q2_3: wb_3, Q2_4: wb_4, Q2_5: wb_5,
           Q2_6: wb_6, Q2_7: wb_7, Q6: interview_contact, Q3: ft_experience,
           Q4: ft_barriers, Q5: ft_suggestions}
  recode:
    consent: {"Yes, I consent": "yes", "No, I do not consent": "no"}
    interview_contact: {"Yes, you may contact me": "yes", "No thank you": "no"}
    "wb_*": {None of the time: 1, Rarely: 2, Some of the time: 3, Often: 4, All of the time: 5}
"""


def _run(args: list[str], timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run(
        args, cwd=REPO, capture_output=True, text=True, timeout=timeout,
        env={**os.environ, **PASSPHRASE},
    )  # fmt: skip


def _ok(args: list[str]) -> subprocess.CompletedProcess:
    ran = _run(args)
    assert ran.returncode == 0, f"{args[:3]}: {ran.stderr[-4000:]}"
    return ran


def _snakemake(study: Path, *targets: str) -> subprocess.CompletedProcess:
    return _ok([str(BIN / "snakemake"), *targets, "--cores", "2",
                "--configfile", str(study / "config.yaml")])  # fmt: skip


def _sealflow(*args: str) -> subprocess.CompletedProcess:
    return _ok([str(BIN / "sealflow"), *args])


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _csv(rows: list[list[str]], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buffer.getvalue()


def _provider_records(source: Path) -> list[dict[str, str]]:
    """The demo's admin rows as the provider holds them: the first person based at
    AWKWARD_BASE, and a day-first last review date for everyone."""
    records = _rows(source / "parties/provider/outbox/admin_extract.csv")
    records[0]["base"] = AWKWARD_BASE
    for n, record in enumerate(records):
        record["last_review"] = f"{(n % 27) + 1:02d}/06/2021"
    return records


def _provider_cells(record: dict[str, str]) -> list[Any]:
    words = {"gender": SEX_WORDS, "service_branch": BRANCH_WORDS}
    cells = [words.get(c, {}).get(record[c], record[c]) for c in PROVIDER_COLUMNS.values()]
    return [*cells, "Sgt A. Example"]


def write_provider_roster(source: Path, path: Path) -> None:
    ids = [row["pseudonymous_id"] for row in _rows(source / "parties/provider/outbox/roster.csv")]
    path.write_bytes(_csv([["Pseudonymised ID"], *[[i] for i in ids]], ";").encode("cp1252"))


def write_provider_csv(source: Path, path: Path) -> None:
    rows = [[*PROVIDER_COLUMNS, EXTRA_COLUMN]]
    rows += [_provider_cells(record) for record in _provider_records(source)]
    path.write_bytes(_csv(rows, ";").encode("cp1252"))


def write_provider_xlsx(source: Path, path: Path) -> None:
    """The same extract as a workbook under a protective marking: numbers as numbers, sick
    days as Excel stores them (3.0), the review date as a date cell."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["OFFICIAL-SENSITIVE"])
    sheet.append([*PROVIDER_COLUMNS, EXTRA_COLUMN])
    names = list(PROVIDER_COLUMNS.values())
    for record in _provider_records(source):
        cells = _provider_cells(record)
        cells[names.index("tenure_years")] = int(record["tenure_years"])
        cells[names.index("sickness_absence_days")] = float(record["sickness_absence_days"])
        day, month, year = (int(part) for part in record["last_review"].split("/"))
        cells[names.index("last_review")] = dt.datetime(year, month, day)
        sheet.append(cells)
    workbook.save(path)


def write_qualtrics_csv(source: Path, study: Path, path: Path) -> dict[str, str]:
    """The demo's survey answers as a Qualtrics export keyed by this study's tokens (a token
    the demo planted as unknown stays unknown). Returns each row's token: its consent."""
    demo_key = (source / "work/keys/survey_token.key").read_bytes()
    links = _rows(study / "work/links/links_for_provider.csv")
    new_token = {survey_token(demo_key, r["pseudonymous_id"]): r["survey_token"] for r in links}
    header = [*QUALTRICS_METADATA, "ExternalReference", *QUESTIONS]
    rows = [header, [*QUALTRICS_METADATA, "External Data Reference", *QUESTIONS],
            [json.dumps({"ImportId": name}) for name in header]]  # fmt: skip
    consents = {}
    for n, answer in enumerate(_rows(source / "parties/survey/outbox/survey_export.csv")):
        token = new_token.get(answer["survey_token"], answer["survey_token"])
        when = dt.datetime.fromisoformat(answer["submitted_at"].replace("Z", "+00:00"))
        stamp = when.strftime("%Y-%m-%d %H:%M:%S")
        likert = [LIKERT_WORDS[int(answer[f"wb_{i}"]) - 1] if answer[f"wb_{i}"] else ""
                  for i in range(1, 8)]  # fmt: skip
        metadata = [stamp, stamp, "IP Address", "203.0.113.9", "100", "312", "True", stamp,
                    f"R_{n:015d}", "51.5", "-0.1", "email"]  # fmt: skip
        free = [answer["ft_experience"], answer["ft_barriers"], answer["ft_suggestions"]]
        contact = CONTACT_WORDS[answer.get("interview_contact", "")]
        rows.append([*metadata, token, CONSENT_WORDS[answer["consent"]], *likert, contact, *free])
        consents[token] = answer["consent"]
    path.write_bytes(b"\xef\xbb\xbf" + _csv(rows).encode("utf-8"))
    return consents


def _party(keys: Path, name: str, role: str) -> dict[str, Any]:
    return {
        "role": role,
        "age_recipient": (keys / f"{name}.age.pub").read_text().split()[-1],
        "minisign_public_key": (keys / f"{name}.minisign.pub").read_text().splitlines()[-1],
        "transport": "local",
        "dropbox": f"dropbox/{name}",
        "country": "GB",
    }


def _write_config(study: Path, admin_extract: str, admin_profile: dict[str, Any]) -> None:
    path = study / "config.yaml"
    config = yaml.safe_load(path.read_text())
    config["inputs"]["admin_extract"] = f"work/received/provider/{admin_extract}"
    if "last_review" not in config["sdc"]["drop_columns"]:
        config["ingest"]["admin_columns"].append({"name": "last_review", "dtype": "date"})
        # The provider holds it, so it is not released as it is (docs/OPERATIONS.md, step 3).
        config["sdc"]["drop_columns"].append("last_review")
    profiles = yaml.safe_load(PROFILES)
    profiles["admin_extract"].update(admin_profile)
    config["ingest"]["profiles"] = profiles
    path.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True))


@pytest.fixture(scope="module")
def laid_out(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    base = tmp_path_factory.mktemp("real_study")
    source, study, sent = base / "demo", base / "study", base / "as_sent"
    _sealflow("demo", "init", str(source), "--staff", str(STAFF))
    _sealflow("init", str(study))
    parties_path = study / "parties.yaml"
    parties = yaml.safe_load(parties_path.read_text())
    for name in ("provider", "survey"):
        keys = base / "others" / name
        _sealflow("keys", "new", "--name", name, "--out", str(keys))
        parties["parties"][name] = _party(keys, name, name)
    parties_path.write_text(yaml.safe_dump(parties, sort_keys=False))
    _write_config(study, "admin_extract.csv", {})
    config = str(study / "config.yaml")
    sent.mkdir()
    write_provider_roster(source, sent / "roster.csv")
    _sealflow("import", "--from", "provider", "-c", config, str(sent / "roster.csv"))
    _snakemake(study, "links")
    consents = write_qualtrics_csv(source, study, sent / "survey_export.csv")
    write_provider_csv(source, sent / "admin_extract.csv")
    _sealflow("import", "--from", "survey", "-c", config, str(sent / "survey_export.csv"))
    _sealflow("import", "--from", "provider", "-c", config, str(sent / "admin_extract.csv"))
    first = _snakemake(study)
    admin_from_csv = pl.read_parquet(study / "work/ingest/admin.parquet")
    _sealflow("plan", "approve", "--yes", "-c", config)
    _snakemake(study, "send")
    first_batches = {p: sorted(d.name for d in (study / "dropbox" / p).iterdir())
                     for p in ("provider", "survey")}  # fmt: skip
    # The provider sends the same extract again, as a workbook; the study points at it.
    write_provider_xlsx(source, sent / "extract.xlsx")
    _sealflow("import", "--from", "provider", "-c", config, str(sent / "extract.xlsx"))
    _write_config(study, "extract.xlsx", {"skip_rows": 1})
    rerun = _snakemake(study)
    # As after an erasure, the runbook's rerun of the sends: each finds its content sent.
    _snakemake(study, "send", "--forcerun", "send_links", "send_tokens")
    return {
        "study": study,
        "source": source,
        "first": first,
        "rerun": rerun,
        "consents": consents,
        "admin_from_csv": admin_from_csv,
        "first_batches": first_batches,
    }


def test_when_a_hand_laid_study_runs_then_it_reaches_the_report(laid_out):
    study = laid_out["study"]
    report = json.loads((study / "results/report/deidentification.json").read_text())
    assert report
    assert (study / "results/report/deidentification.html").is_file()
    assert "stage transcription is off" in laid_out["first"].stderr


def test_when_the_provider_sends_its_own_words_then_ingest_maps_them(laid_out):
    study, source = laid_out["study"], laid_out["source"]
    admin = laid_out["admin_from_csv"]
    expected = _rows(source / "parties/provider/outbox/admin_extract.csv")
    assert admin.height == len(expected)
    assert EXTRA_COLUMN not in admin.columns
    by_id = {row["pseudonymous_id"]: row for row in admin.iter_rows(named=True)}
    for n, row in enumerate(expected):
        got = by_id[row["pseudonymous_id"]]
        assert (got["gender"], got["service_branch"]) == (row["gender"], row["service_branch"])
        assert str(got["last_review"]) == f"2021-06-{(n % 27) + 1:02d}"
    assert by_id[expected[0]["pseudonymous_id"]]["base"] == AWKWARD_BASE
    report = json.loads((study / "results/ingest/ingest_report.json").read_text())
    text = json.dumps(report)
    assert EXTRA_COLUMN in text and "cp1252" in text


def test_when_the_survey_platform_sends_a_qualtrics_export_then_answers_are_numbers(laid_out):
    study, consents = laid_out["study"], laid_out["consents"]
    survey = pl.read_parquet(study / "work/ingest/survey.parquet")
    assert survey.height >= 20  # about half the demo's staff answer, a few twice
    assert set(survey.get_column("consent").unique()) <= {"yes", "no"}
    token = {r["pseudonymous_id"]: r["survey_token"]
             for r in _rows(study / "work/links/links_for_provider.csv")}  # fmt: skip
    for row in survey.iter_rows(named=True):
        assert row["consent"] == consents[token[row["pseudonymous_id"]]]
        answers = [row[f"wb_{i}"] for i in range(1, 8)]
        if row["consent"] == "yes":
            assert all(a in range(1, 6) for a in answers), answers


def test_when_the_provider_resends_as_xlsx_then_ingest_gives_the_same_table(laid_out):
    study = laid_out["study"]
    again = pl.read_parquet(study / "work/ingest/admin.parquet")
    assert again.sort("pseudonymous_id").equals(laid_out["admin_from_csv"].sort("pseudonymous_id"))
    assert (study / "results/report/deidentification.json").is_file()


def test_when_the_study_reruns_then_nothing_new_is_sent(laid_out):
    study = laid_out["study"]
    for party, batches in laid_out["first_batches"].items():
        # One batch of each kind (the provider gets the links and the interview invitations).
        kinds = [name.split("-")[2] for name in batches]
        assert sorted(kinds) == sorted(set(kinds)), (party, batches)
        assert sorted(d.name for d in (study / "dropbox" / party).iterdir()) == batches
    for record in ("links_for_provider", "tokens_for_survey"):
        body = json.loads((study / f"results/exchange/sent/{record}.json").read_text())
        assert body["status"] == "already sent", body
