"""The data dictionary of the anonymised table: a Frictionless Table Schema in a data package.

Each column gets its type, a description, its role in disclosure control and the
generalisation applied (from the sdc config and results/anonymise/risk.json), with the
values it takes for categorical columns. The Frictionless Data Package standard is what
archives and tools (frictionless, CKAN, goodtables) read; the `frictionless` library both
builds the descriptor and validates the CSV against it, so a dictionary that does not fit
the data is never deposited.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import frictionless
import polars as pl
import yaml

from sealflow.errors import IntegrityError
from sealflow.sdc.hierarchy import SUPPRESSED
from sealflow.settings import SdcSection

ARCHIVE_ID = "archive_id"
ARCHIVE_ID_PATTERN = "^ARC-[A-Z2-7]{16}$"
MAX_ENUM_VALUES = 30
_DEFAULT_DESCRIPTIONS: dict[str, str] = yaml.safe_load(
    (resources.files("sealflow.deposit") / "columns.yaml").read_text(encoding="utf-8")
)


def _table_type(dtype: pl.DataType) -> str:
    if dtype.is_integer():
        return "integer"
    if dtype.is_float():
        return "number"
    if dtype == pl.Boolean:
        return "boolean"
    if dtype == pl.Date:
        return "date"
    if dtype == pl.Datetime:
        return "datetime"
    return "string"


def _role(column: str, sdc: SdcSection | None, risk: dict[str, Any]) -> str:
    if column == ARCHIVE_ID:
        return "row id"
    if column in (risk.get("quasi_identifiers") or (sdc.quasi_identifiers if sdc else {})):
        return "quasi-identifier"
    if column in (risk.get("models", {}).get("sensitive") or (sdc.sensitive if sdc else ())):
        return "sensitive"
    if sdc is not None and column in sdc.free_text:
        return "free text"
    return "other"


def _generalisation(column: str, role: str, risk: dict[str, Any]) -> dict[str, Any] | None:
    """What disclosure control did to the column, in words and figures."""
    if role == "free text":
        return {
            "method": "scrubbed",
            "text": "identifiers replaced by typed placeholders such as [PERSON-1] "
            "(see docs/deidentification.html)",
        }
    applied = (risk.get("information_loss", {}).get("generalisation") or {}).get(column)
    if role != "quasi-identifier" or not applied:
        return None
    level, height = int(applied.get("level", 0)), int(applied.get("height", 0))
    if level == 0:
        text = "published as collected (generalisation level 0)"
    elif level >= height:
        text = f"withheld: every value replaced by {SUPPRESSED!r} (level {level} of {height})"
    else:
        text = f"generalised to level {level} of {height} ({applied.get('name', '')})"
    return {"method": "generalisation", "level": level, "height": height,
            "level_name": applied.get("name", ""), "text": text}  # fmt: skip


def _description(column: str, role: str, overrides: Mapping[str, str]) -> str:
    if column in overrides:
        return overrides[column]
    if column in _DEFAULT_DESCRIPTIONS:
        return _DEFAULT_DESCRIPTIONS[column]
    return (
        f"{role.capitalize()} column {column} (no description configured: set deposit.descriptions)"
    )


def build_schema(
    table: pl.DataFrame,
    risk: dict[str, Any],
    sdc: SdcSection | None,
    descriptions: Mapping[str, str] | None = None,
) -> dict[str, Any]:
    """A Table Schema descriptor with one field per column of ``table``, in order."""
    overrides = descriptions or {}
    fields: list[dict[str, Any]] = []
    for column, dtype in table.schema.items():
        role = _role(column, sdc, risk)
        field: dict[str, Any] = {
            "name": column,
            "type": _table_type(dtype),
            "description": _description(column, role, overrides),
            "x-sealflow-role": role,
        }
        generalisation = _generalisation(column, role, risk)
        if generalisation is not None:
            field["x-sealflow-disclosure-control"] = generalisation
        if column == ARCHIVE_ID:
            field["constraints"] = {"required": True, "unique": True, "pattern": ARCHIVE_ID_PATTERN}
        elif field["type"] == "string" and role != "free text":
            values = table.get_column(column).drop_nulls().unique().sort().to_list()
            if len(values) <= MAX_ENUM_VALUES:
                field["constraints"] = {"enum": values}
        fields.append(field)
    schema: dict[str, Any] = {"fields": fields, "missingValues": [""]}
    if ARCHIVE_ID in table.columns:
        schema["primaryKey"] = [ARCHIVE_ID]
    frictionless.Schema.from_descriptor(schema)  # refuses a malformed descriptor now
    return schema


def package_descriptor(
    csv_name: str,
    schema: dict[str, Any],
    risk: dict[str, Any],
    study_name: str,
    study_id: str,
) -> dict[str, Any]:
    """The data package: the CSV resource with its schema and the disclosure-control summary."""
    loss = risk.get("information_loss", {})
    return {
        "name": re.sub(r"[^a-z0-9._-]", "-", study_id.lower()),
        "title": study_name,
        "description": "Anonymised microdata of the study. The same table is also deposited "
        "as Parquet (anonymised.parquet). Values withheld by disclosure control are "
        f"{SUPPRESSED!r}; empty cells are missing answers.",
        "resources": [
            {
                "name": "anonymised",
                "path": csv_name,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": schema,
            }
        ],
        "x-sealflow-disclosure-control": {
            "k_anonymity": risk.get("achieved", {}).get("k"),
            "l_diversity": risk.get("achieved", {}).get("l"),
            "models": risk.get("models", {}),
            "dropped_columns": risk.get("dropped_columns", []),
            "suppressed_records": loss.get("suppressed_records"),
            "suppressed_cells": loss.get("suppressed_cells"),
            "released_records": risk.get("released_records"),
        },
    }


def validate_package(descriptor_path: Path) -> None:
    """Validate the package and its CSV with frictionless; errors name row and column only.

    Frictionless messages quote cell values, which may be personal data; they are left out.
    """
    report = frictionless.Package(str(descriptor_path)).validate()
    if report.valid:
        return
    problems = report.flatten(["rowNumber", "fieldName", "type"])[:5]
    where = "; ".join(f"row {r or '-'} column {f or '-'}: {t}" for r, f, t in problems)
    raise IntegrityError(
        f"{descriptor_path}: the data does not fit its data dictionary ({where}); "
        "rerun the anonymise stage, then certify again"
    )
