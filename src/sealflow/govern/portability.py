"""Portability (Art. 20): what the person gave us, machine-readable, documented, sealed.

The same ground as subject access (holdings), written twice per table, as CSV (UTF-8,
comma, header row) and as JSON (an array of objects, one per row), with a data dictionary
(data_dictionary.csv and .json) describing every column: its table, type as held and
meaning, from the study's table schemas. Like subject access it is assembled in the
workspace (0600) and leaves only sealed.

The right to portability must not adversely affect the rights and freedoms of others (UK
GDPR Art. 20(4)), and what a person wrote names colleagues, bases and numbers. So the export
walks the person's rows through the same code as subject access (govern/requester_copy.py):
free text only as the scrub stage scrubbed it (``survey_scrubbed``), elsewhere withheld
(the manifest lists the columns, the dictionary says so), the raw text only with
``raw_reviewed_by``, the named reviewer recorded in the manifest and the audit log; sealed for
the evaluator (the controller, who answers the requester), never the provider (their
employer) unless ``to`` names the party the requester chose. Their structured answers stay
as held, machine-readable.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.govern.closed import refuse_if_purged
from sealflow.govern.holdings import person
from sealflow.govern.requester_copy import (
    WITHHELD,
    check_reviewer,
    requester_recipients,
    rows_for_requester,
    third_parties_why,
)
from sealflow.govern.settings import GovernSettings
from sealflow.govern.subject import subject_reference
from sealflow.ingest.table_schema import ColumnSpec
from sealflow.seal.age import seal_file

PORTABLE_FORMAT = "sealflow-portability/2"
THIRD_PARTIES = third_parties_why("Art. 20(4)")
DICTIONARY_FIELDS = ("table", "column", "type", "description")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
_KEYS = {
    "pseudonymous_id": "the person's pseudonymous ID in this study (issued by the provider)",
    "survey_token": "the person's survey link token (keyed hash of the pseudonymous ID)",
    "document_id": "the interview document the row comes from",
    "doc_id": "the interview document attributed to the person",
    "withdrawn_on": "the date the person withdrew",
    "status": "the interview invitation's state (invited, declined, no_show, withdrawn, "
    "no_longer_eligible)",
    # Quotations from the person's interview (candidates and the reviewer's approvals).
    "quote_id": "the quotation's id: its interview document and the turn's number",
    "quote_sha256": "the SHA-256 of the quotation's words, binding an approval to them",
    "quote": "the quotation: the person's words from the scrubbed transcript",
    "leakage_flag": "yes when the quotation may identify the person with what readers hold",
    "leakage_reason": "why the quotation was flagged",
    "approved_by": "the reviewer who approved the quotation for release",
    "approved_at": "when the reviewer approved it",
    "approval_reason": "why a flagged quotation may be released all the same",
}


def _describe(spec: ColumnSpec, table_description: str) -> str:
    parts = [_KEYS.get(spec.name, f"{table_description.rstrip('.')}: column {spec.name}")]
    if spec.allowed:
        parts.append("one of " + ", ".join(spec.allowed))
    if spec.minimum is not None or spec.maximum is not None:
        parts.append(f"from {spec.minimum} to {spec.maximum}")
    return "; ".join(parts)


def column_descriptions(settings: GovernSettings) -> dict[str, str]:
    """Column name -> meaning, from the schemas of the input tables (the study's own)."""
    described: dict[str, str] = dict(_KEYS)
    for table in ("roster", "admin_extract", "survey_export", "withdrawals"):
        schema = settings.ingest.schema_for(table)
        for spec in schema.columns:
            described.setdefault(spec.name, _describe(spec, schema.description))
    return described


def _withheld_note(description: str, withheld: bool) -> str:
    if not withheld:
        return description
    return f"{description}; here {WITHHELD} (other people's data, Art. 20(4))"


def _member(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    archive.writestr(zipfile.ZipInfo(name, _ZIP_TIME), data, zipfile.ZIP_DEFLATED)


def build_portable(
    settings: GovernSettings,
    pseudonymous_id: str,
    zip_path: Path,
    raw_reviewed_by: str | None = None,
) -> dict[str, Any]:
    """Write the plaintext portable export (0600) and return its manifest (counts only).

    Without ``raw_reviewed_by`` free text goes in only as scrubbed; other cells say WITHHELD.
    """
    who = person(settings, pseudonymous_id)
    descriptions = column_descriptions(settings)
    dictionary: list[dict[str, str]] = []
    rows_per_table: dict[str, int] = {}
    withheld_columns: dict[str, list[str]] = {}
    fsutil.private_dir(zip_path.parent)
    with fsutil.atomic_path(zip_path) as tmp, zipfile.ZipFile(tmp, "w") as archive:
        for held in rows_for_requester(settings, who, raw_reviewed_by):
            name, rows = held.table.name, held.rows
            if not rows.height:
                continue
            rows_per_table[name] = rows.height
            if held.withheld:
                withheld_columns[name] = list(held.withheld)
            _member(archive, f"csv/{name}.csv", rows.write_csv().encode("utf-8"))
            records = json.dumps(rows.to_dicts(), indent=2, default=str, ensure_ascii=False)
            _member(archive, f"json/{name}.json", records.encode("utf-8"))
            dictionary += [
                {
                    "table": name,
                    "column": column,
                    "type": str(dtype),
                    "description": _withheld_note(
                        descriptions.get(column, f"column {column} as held"),
                        column in held.withheld,
                    ),
                }
                for column, dtype in rows.schema.items()
            ]
        text = io.StringIO()
        writer = csv.DictWriter(text, fieldnames=DICTIONARY_FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(dictionary)
        _member(archive, "data_dictionary.csv", text.getvalue().encode("utf-8"))
        _member(archive, "data_dictionary.json", json.dumps(dictionary, indent=2).encode())
        manifest = {
            "format": PORTABLE_FORMAT,
            "study": settings.study.study.id,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "rows_per_table": rows_per_table,
            "withheld_free_text": withheld_columns,
            "withheld_why": THIRD_PARTIES if withheld_columns else None,
            "raw_reviewed_by": raw_reviewed_by,
            "formats": {
                "csv": "csv/<table>.csv: UTF-8, comma-separated, one header row",
                "json": "json/<table>.json: UTF-8, an array of one object per row",
                "dictionary": "data_dictionary.csv and .json: table, column, type, description",
            },
        }
        _member(archive, "manifest.json", json.dumps(manifest, indent=2, sort_keys=True).encode())
    return manifest


def export_portable(
    settings: GovernSettings,
    pseudonymous_id: str,
    out_dir: Path,
    to: str | None = None,
    raw_reviewed_by: str | None = None,
) -> dict[str, Any]:
    """Export the person's data as documented CSV and JSON, sealed for the evaluator (or
    ``to`` as well); other people's data withheld unless ``raw_reviewed_by`` checked it."""
    refuse_if_purged(settings, "request portability")
    check_reviewer(raw_reviewed_by)
    recipient, recipients = requester_recipients(settings, to)
    reference = subject_reference(settings.workspace / "keys" / "audit.key", pseudonymous_id)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    # Named like a subject access export so that erasure removes it too.
    name = f"subject_access_{reference[:16]}_{stamp}_portable"
    zip_path = settings.subject_access / f"{name}.zip"
    manifest = build_portable(settings, pseudonymous_id, zip_path, raw_reviewed_by)
    sealed_path = Path(out_dir) / f"{name}.zip.age"
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    seal_file(zip_path, sealed_path, recipients)
    entry = settings.audit_log().append(
        "export",
        f"subject:{reference}",
        purpose="portability",
        to=recipient,
        rows=sum(manifest["rows_per_table"].values()),
        tables=manifest["rows_per_table"],
        withheld_free_text=manifest["withheld_free_text"],
        raw_reviewed_by=raw_reviewed_by,
        plaintext=settings.relative(zip_path),
        sealed=sealed_path.name,
    )
    return {
        "subject_reference": reference,
        "to": recipient,
        "sealed": str(sealed_path),
        "plaintext": settings.relative(zip_path),
        "rows_per_table": manifest["rows_per_table"],
        "withheld_free_text": manifest["withheld_free_text"],
        "audit_seq": entry["seq"],
    }
