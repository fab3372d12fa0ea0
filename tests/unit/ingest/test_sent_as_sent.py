"""Issue 11's "done when" at the ingest level: files as senders send them, only a profile written.

A provider's Windows-1252 ``;`` CRLF extract with its own column names and words, the same
extract as .xlsx under a protective marking, and a Qualtrics export with consent phrases
and Likert words each ingest to what the tiny study's plain CSVs give, with nothing but an
``ingest`` section of config.yaml (parsed from YAML text as a data manager writes it).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from sealflow.cli import main
from sealflow.config import read_yaml
from sealflow.errors import InputSchemaError
from sealflow.ingest.settings import IngestSettings
from sealflow.ingest.tables import ingest_keyed_table, ingest_survey
from sealflow.ingest.validate import parse_datetime

from .exports import (
    AWKWARD_BASE,
    PROVIDER_EXTRA,
    QUALTRICS_METADATA,
    provider_admin,
    write_provider_csv,
    write_provider_xlsx,
    write_qualtrics_csv,
)
from .study import TinyStudy

REPO = Path(__file__).resolve().parents[3]

PROVIDER_CONFIG = """
ingest:
  admin_columns:
    - {name: gender, dtype: str, required: true, allowed: [Female, Male]}
    - {name: age_band, dtype: str, required: true}
    - {name: service_branch, dtype: str, required: true,
       allowed: [Army, Royal Navy, Royal Air Force]}
    - {name: rank_band, dtype: str, required: true}
    - {name: base, dtype: str, required: true}
    - {name: role, dtype: str, required: true}
    - {name: tenure_years, dtype: int, required: true, min: 0, max: 45}
    - {name: sickness_absence_days, dtype: int, required: true, min: 0, max: 365}
    - {name: turnover_status, dtype: str, required: true}
    - {name: programme_group, dtype: str, required: true}
    - {name: last_review, dtype: date}
  profiles:
    admin_extract:
      encoding: cp1252
      delimiter: ";"
      skip_rows: SKIP
      rename:
        Pseudonymised ID: pseudonymous_id
        Sex: gender
        Age group: age_band
        Branch: service_branch
        Rank band: rank_band
        Base: base
        Role: role
        Years of service: tenure_years
        Sick days (12m): sickness_absence_days
        Status: turnover_status
        Programme group: programme_group
        Last review: last_review
      recode:
        gender: {F: Female, M: Male}
        service_branch: {RAF: Royal Air Force, RN: Royal Navy}
      dates:
        last_review: dayfirst
      extra_columns: drop
"""

QUALTRICS_CONFIG = """
ingest:
  profiles:
    survey_export:
      preset: qualtrics
      rename:
        Q1: consent
        Q2_1: wb_1
        Q2_2: wb_2
        Q2_3: wb_3
        Q2_4: wb_4
        Q2_5: wb_5
        Q2_6: wb_6
        Q2_7: wb_7
        Q3: ft_experience
        Q4: ft_barriers
        Q5: ft_suggestions
        Q6: interview_contact
      recode:
        consent:
          "Yes, I consent": "yes"
          "No, I do not consent": "no"
        "wb_*":
          None of the time: 1
          Rarely: 2
          Some of the time: 3
          Often: 4
          All of the time: 5
"""


def settings_from(text: str) -> IngestSettings:
    return IngestSettings.from_config(yaml.safe_load(text))


def _admin(study: TinyStudy, source: Path, settings: IngestSettings) -> tuple[pl.DataFrame, dict]:
    parquet = study.work / f"ingest/{source.stem}.parquet"
    counts = ingest_keyed_table(
        "admin_extract",
        source,
        study.withdrawals,
        parquet,
        study.root / f"results/ingest/{source.stem}.json",
        settings,
    )
    return pl.read_parquet(parquet), counts


def _survey(study: TinyStudy, source: Path, settings: IngestSettings) -> tuple[pl.DataFrame, dict]:
    parquet = study.work / f"ingest/{source.stem}.parquet"
    counts = ingest_survey(
        source,
        study.roster,
        study.withdrawals,
        study.token_key,
        parquet,
        study.work / f"ingest/quarantine/{source.stem}.parquet",
        study.root / f"results/ingest/{source.stem}.json",
        settings,
    )
    return pl.read_parquet(parquet), counts


def _provider_file(study: TinyStudy, suffix: str) -> tuple[Path, IngestSettings]:
    path = study.work / f"received/provider/extract{suffix}"
    if suffix == ".csv":
        write_provider_csv(study, path)
        return path, settings_from(PROVIDER_CONFIG.replace("SKIP", "0"))
    write_provider_xlsx(study, path)
    return path, settings_from(PROVIDER_CONFIG.replace("SKIP", "1"))


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_when_provider_sends_its_own_extract_then_a_profile_alone_ingests_it(study, suffix):
    source, settings = _provider_file(study, suffix)
    plain, _ = _admin(study, study.admin, IngestSettings.from_config({}))
    got, counts = _admin(study, source, settings)

    expected = pl.DataFrame(provider_admin(study)).filter(
        pl.col("pseudonymous_id").is_in(plain.get_column("pseudonymous_id").implode())
    )
    assert got.columns == [*plain.columns, "last_review"]
    assert got.drop("last_review", "service_branch", "base").equals(
        plain.drop("service_branch", "base")
    )
    assert got.get_column("service_branch").to_list() == expected["service_branch"].to_list()
    assert "Royal Air Force" in got.get_column("service_branch").to_list()
    assert got.get_column("base").to_list()[0] == AWKWARD_BASE
    # 03/06/2021 is the 3rd of June: day first, as the profile says.
    assert got.get_column("last_review").to_list() == [
        dt.date(2021, 6, int(value.split("/")[0])) for value in expected["last_review"]
    ]
    assert counts["input"]["columns_dropped"] == [PROVIDER_EXTRA]
    assert counts["input"]["format"] == suffix.lstrip(".")
    report = json.loads((study.root / f"results/ingest/{source.stem}.json").read_text())
    assert report["input"]["columns_dropped"] == [PROVIDER_EXTRA]


def test_when_provider_extract_is_csv_and_xlsx_then_both_ingest_to_the_same_table(study):
    from_csv = _admin(study, *_provider_file(study, ".csv"))[0]
    from_xlsx = _admin(study, *_provider_file(study, ".xlsx"))[0]
    assert from_csv.equals(from_xlsx)


def test_when_survey_platform_sends_a_qualtrics_export_then_a_profile_alone_ingests_it(study):
    source = study.work / "received/survey/qualtrics.csv"
    write_qualtrics_csv(study, source)
    plain, plain_counts = _survey(study, study.survey, IngestSettings.from_config({}))
    got, counts = _survey(study, source, settings_from(QUALTRICS_CONFIG))

    assert got.drop("submitted_at").equals(plain.drop("submitted_at"))
    assert parse_datetime_list(got) == parse_datetime_list(plain)
    assert {k: v for k, v in counts.items() if k != "input"} == {
        k: v for k, v in plain_counts.items() if k != "input"
    }
    notes = counts["input"]
    assert notes["preset"] == "qualtrics"
    assert notes["header_rows_skipped"] == 2
    assert "ExternalReference" not in notes["columns_dropped"]
    # The twelve metadata columns, by name, less RecordedDate (the submission time).
    assert notes["columns_dropped"] == [c for c in QUALTRICS_METADATA if c != "RecordedDate"]
    assert notes["values_recoded"] > 0


def parse_datetime_list(frame: pl.DataFrame) -> list[dt.datetime]:
    return frame.select(parse_datetime(pl.col("submitted_at"))).to_series().to_list()


def _break_provider_csv(study: TinyStudy, old: str, new: str) -> tuple[Path, IngestSettings]:
    source, settings = _provider_file(study, ".csv")
    text = source.read_bytes().decode("cp1252")
    lines = text.split("\r\n")
    lines[2] = lines[2].replace(old, new, 1)  # data row 2: an RAF person
    source.write_bytes("\r\n".join(lines).encode("cp1252"))
    return source, settings


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        pytest.param(
            ";RAF;",
            ";Royal Auxiliary Air Force;",
            [
                "column service_branch, data row 2 (spreadsheet row 3)",
                "add the file's word for it to ingest.profiles.admin_extract.recode.service_branch",
            ],
            id="unmapped-word",
        ),
        pytest.param(
            "/06/2021",
            "/13/2021",
            [
                "column last_review, data row 2 (spreadsheet row 3)",
                "ingest.profiles.admin_extract.dates.last_review",
            ],
            id="date-not-in-format",
        ),
    ],
)
def test_when_a_value_fits_no_profile_entry_then_error_names_row_and_profile_key(
    study, old, new, expected
):
    source, settings = _break_provider_csv(study, old, new)
    with pytest.raises(InputSchemaError) as caught:
        _admin(study, source, settings)
    message = str(caught.value)
    for part in expected:
        assert part in message
    assert new.strip(";/") not in message  # never a value


def test_when_xlsx_has_a_bad_cell_under_a_marking_row_then_spreadsheet_row_counts_it(study):
    source, settings = _provider_file(study, ".xlsx")
    from openpyxl import load_workbook

    workbook = load_workbook(source)
    workbook.active.cell(row=5, column=8).value = "many"  # data row 3, Years of service
    workbook.save(source)
    with pytest.raises(InputSchemaError) as caught:
        _admin(study, source, settings)
    assert "column tenure_years, data row 3 (spreadsheet row 5)" in str(caught.value)
    assert "ingest.profiles.admin_extract.recode.tenure_years" in str(caught.value)
    assert "many" not in str(caught.value)


def test_when_xlsx_has_a_blank_row_then_later_rows_keep_their_spreadsheet_numbers(study):
    source, settings = _provider_file(study, ".xlsx")
    from openpyxl import load_workbook

    workbook = load_workbook(source)
    workbook.active.insert_rows(4)  # a blank row between data rows 1 and 2
    workbook.active.cell(row=6, column=2).value = "X"  # data row 4 (was 3), Sex
    workbook.save(source)
    with pytest.raises(InputSchemaError) as caught:
        _admin(study, source, settings)
    assert "column gender, data row 4 (spreadsheet row 6)" in str(caught.value)


def test_when_a_file_is_an_old_xls_workbook_then_error_says_to_save_it_as_xlsx(study):
    source = study.work / "received/provider/extract.xls"
    source.write_bytes(b"\xd0\xcf\x11\xe0 an OLE2 file")
    with pytest.raises(InputSchemaError, match=r"old Excel workbook \(\.xls\).*save it as \.xlsx"):
        _admin(study, source, IngestSettings.from_config({}))


def test_when_marking_row_is_not_skipped_then_error_says_to_set_skip_rows(study):
    source, _ = _provider_file(study, ".xlsx")
    settings = settings_from(PROVIDER_CONFIG.replace("SKIP", "0"))
    with pytest.raises(InputSchemaError, match=r"set ingest\.profiles\.admin_extract\.skip_rows"):
        _admin(study, source, settings)


def test_when_encoding_is_not_named_then_utf8_error_names_the_encoding_key(study):
    source, _ = _provider_file(study, ".csv")
    settings = settings_from(PROVIDER_CONFIG.replace("SKIP", "0").replace("cp1252", "utf-8"))
    with pytest.raises(InputSchemaError) as caught:
        _admin(study, source, settings)
    assert "not UTF-8" in str(caught.value)
    assert "set ingest.profiles.admin_extract.encoding" in str(caught.value)


def test_when_encoding_is_auto_then_it_is_detected_and_noted_in_the_report(study):
    source, _ = _provider_file(study, ".csv")
    settings = settings_from(PROVIDER_CONFIG.replace("SKIP", "0").replace("cp1252", "auto"))
    got, counts = _admin(study, source, settings)
    assert got.get_column("base").to_list()[0] == AWKWARD_BASE
    assert counts["input"]["encoding"] == "cp1252"
    assert counts["input"]["encoding_detected"] is True
    assert "ingest.profiles.admin_extract.encoding" in counts["input"]["encoding_note"]


def test_when_a_study_is_configured_from_the_docs_then_import_ingest_and_link_run(study, capsys):
    """The issue's "done when", by CLI: files as sent, brought in with `sealflow import`,
    ingested and linked with nothing but config (no file rewritten by hand)."""
    outside = study.root.parent / "as-sent"
    outside.mkdir()
    write_provider_xlsx(study, outside / "extract.xlsx")
    write_qualtrics_csv(study, outside / "qualtrics.csv")
    config = read_yaml(REPO / "config/config.yaml")
    config["root"] = "."
    config["inputs"]["admin_extract"] = "work/received/provider/extract.xlsx"
    config["inputs"]["survey_export"] = "work/received/survey/qualtrics.csv"
    provider = yaml.safe_load(PROVIDER_CONFIG.replace("SKIP", "1"))["ingest"]
    survey = yaml.safe_load(QUALTRICS_CONFIG)["ingest"]["profiles"]
    config["ingest"]["admin_columns"] = provider["admin_columns"]
    config["ingest"]["profiles"] = {**provider["profiles"], **survey}
    config_path = study.root / "config.yaml"
    config_path.write_text(yaml.safe_dump(config))
    parties = {
        name: {
            "role": name,
            "age_recipient": "age1" + ("qpzry9x8gf2tvdw0s3jn54khce6mua7l" * 2)[:58],
            "minisign_public_key": "RW" + "A" * 54,
            "transport": "local",
        }
        for name in ("evaluator", "provider", "survey")
    }
    (study.root / "parties.yaml").write_text(yaml.safe_dump({"parties": parties}))

    c = str(config_path)
    main(["import", "--from", "provider", "-c", c, str(outside / "extract.xlsx")])
    main(["import", "--from", "survey", "-c", c, str(outside / "qualtrics.csv")])
    main(["ingest", "-c", c])
    main(["link", "-c", c])

    report = json.loads((study.root / "results/ingest/ingest_report.json").read_text())
    tables = report["tables"]
    assert tables["admin_extract"]["input"]["format"] == "xlsx"
    assert tables["admin_extract"]["input"]["columns_dropped"] == [PROVIDER_EXTRA]
    assert tables["survey_export"]["input"]["preset"] == "qualtrics"
    assert tables["survey_export"]["rows_written"] == 7
    match = json.loads((study.root / "results/link/match_report.json").read_text())
    assert match["matched"] == 7
    printed = capsys.readouterr()
    for pseudonymous_id in study.ids:
        assert pseudonymous_id not in printed.out + printed.err


def _write_tsv(study: TinyStudy, path: Path) -> IngestSettings:
    path.write_text(study.admin.read_text().replace(",", "\t"))
    return IngestSettings.from_config({})


def _write_parquet(study: TinyStudy, path: Path) -> IngestSettings:
    typed = pl.read_csv(study.admin, infer_schema=False).with_columns(
        pl.col("tenure_years", "sickness_absence_days").cast(pl.Int32),
        pl.lit(dt.date(2021, 6, 3)).alias("last_review"),
    )
    typed.write_parquet(path)
    return IngestSettings.from_config(
        {"ingest": {"profiles": {"admin_extract": {"extra_columns": "drop"}}}}
    )


@pytest.mark.parametrize(
    ("suffix", "write", "dropped"),
    [(".tsv", _write_tsv, []), (".parquet", _write_parquet, ["last_review"])],
    ids=["tsv", "parquet"],
)
def test_when_the_extract_is_tsv_or_parquet_then_it_ingests_as_the_plain_csv(
    study, suffix, write, dropped
):
    source = study.work / f"received/provider/extract{suffix}"
    settings = write(study, source)
    plain, _ = _admin(study, study.admin, IngestSettings.from_config({}))
    got, counts = _admin(study, source, settings)
    assert got.equals(plain)
    assert counts["input"]["format"] == suffix.lstrip(".")
    assert counts["input"]["columns_dropped"] == dropped
