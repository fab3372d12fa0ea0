"""The files to deposit, assembled in the workspace before they are certified and bagged.

The payload is laid out exactly as the bag's data/ folder will be (the certification
aside), so the statement's relative paths are the paths the archive sees. It is built in
a temporary sibling folder and swapped in whole: a half-built payload is never certified.
The report's copies name interview documents by aliases drawn for this deposit, never by
doc id (``sealflow.doc_aliases``).
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import polars as pl

from sealflow import fsutil
from sealflow.deposit.dictionary import build_schema, package_descriptor, validate_package
from sealflow.deposit.settings import DepositSettings
from sealflow.doc_aliases import check_no_doc_ids, copy_with_aliases
from sealflow.errors import InputSchemaError

MICRODATA = "microdata"
DOCS = "docs"
CSV_NAME = "anonymised.csv"
PARQUET_NAME = "anonymised.parquet"
PACKAGE_NAME = "datapackage.json"


def _require(path: Path, stage: str) -> Path:
    if not path.is_file():
        raise InputSchemaError(f"{path}: not found; run the {stage} stage first")
    return path


def _readme(settings: DepositSettings, risk: dict[str, Any], rows: int, columns: int) -> str:
    achieved = risk.get("achieved", {})
    dropped = ", ".join(risk.get("dropped_columns", [])) or "none"
    return f"""# {settings.study_name}: anonymised deposit

Deposited by {settings.organisation} ({settings.contact_name}, {settings.contact_email}).
Prepared {datetime.now(UTC).date().isoformat()} with sealflow.

## Contents
- `microdata/{CSV_NAME}`: the anonymised microdata, {rows} rows and {columns} columns, UTF-8.
- `microdata/{PARQUET_NAME}`: the same table as Parquet, with its column types.
- `microdata/{PACKAGE_NAME}`: the data dictionary, a Frictionless Data Package whose Table
  Schema gives each column's type, description, role in disclosure control and the
  generalisation applied (`x-sealflow-disclosure-control`).
- `docs/deidentification.html`, `docs/deidentification.json`: the de-identification report
  (scrubbing of free text, disclosure control, certification gates). Interview documents
  are named by an alias (`document-...`) drawn at random for this deposit; no mapping was
  kept.
- `certification/certification.json`: the certification statement: the gates with their
  figures and the SHA-256 of every file above; signed by the data manager
  (`certification.json.minisig`, key `data-manager.minisign.pub`) and countersigned by a
  reviewer (`certification.json.reviewer.minisig`, key `reviewer.minisign.pub`).

## Disclosure control
Each row has a random `archive_id` that maps to nothing; no mapping to any person was
kept. Columns dropped: {dropped}. k-anonymity achieved: {achieved.get("k")}; distinct
l-diversity achieved: {achieved.get("l")}. A value `*` was withheld by disclosure control;
an empty cell is a missing answer. Free text was scrubbed: identifiers are replaced by
typed placeholders such as `[PERSON-1]`.

## Checking the deposit
    bagit.py --validate BAG
    minisign -Vm certification/certification.json -p certification/data-manager.minisign.pub
    minisign -Vm certification/certification.json -p certification/reviewer.minisign.pub \\
        -x certification/certification.json.reviewer.minisig
    sha256sum each file and compare with the statement's `files`.
"""


def build_payload(settings: DepositSettings) -> Path:
    """Write the payload folder (microdata, dictionary, docs); returns its path."""
    anonymised = _require(settings.anonymised, "anonymise")
    risk = json.loads(_require(settings.risk, "anonymise").read_text(encoding="utf-8"))
    report_files = [
        _require(settings.report_html, "report"),
        _require(settings.report_json, "report"),
    ]
    table = pl.read_parquet(anonymised)
    staging = fsutil.private_dir(settings.staging)
    building = staging / f".payload-{secrets.token_hex(4)}"
    try:
        fsutil.private_dir(building)
        microdata = fsutil.private_dir(building / MICRODATA)
        docs = fsutil.private_dir(building / DOCS)
        shutil.copyfile(anonymised, microdata / PARQUET_NAME)
        table.write_csv(microdata / CSV_NAME)
        schema = build_schema(table, risk, settings.study.sdc, settings.descriptions)
        package = package_descriptor(CSV_NAME, schema, risk, settings.study_name, settings.study_id)
        fsutil.write_json(microdata / PACKAGE_NAME, package)
        validate_package(microdata / PACKAGE_NAME)
        fsutil.write_text(docs / "README.md", _readme(settings, risk, table.height, table.width))
        aliases: dict[str, str] = {}  # drawn for this deposit and never written
        for report_file in report_files:
            copy_with_aliases(report_file, docs / report_file.name, aliases)
        check_no_doc_ids(building)
        for path in building.rglob("*"):
            os.chmod(path, fsutil.PRIVATE_DIR_MODE if path.is_dir() else fsutil.PRIVATE_FILE_MODE)
        _swap_in(building, settings.payload)
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return settings.payload


def _swap_in(building: Path, final: Path) -> None:
    """Replace ``final`` by ``building``; the old payload goes only once the new one is in."""
    old = final.with_name(f".{final.name}-old-{secrets.token_hex(4)}")
    if final.exists():
        os.replace(final, old)
    os.replace(building, final)
    fsutil.fsync_dir(final.parent)
    shutil.rmtree(old, ignore_errors=True)
