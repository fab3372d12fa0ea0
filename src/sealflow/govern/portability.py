"""Portability (Art. 20): what the person gave us, machine-readable, documented, sealed.

The same ground as subject access (holdings), written twice per table, as CSV (UTF-8,
comma, header row) and as JSON (an array of objects, one per row), with a data dictionary
(data_dictionary.csv and .json) describing every column: its table, type as held and
meaning, from the study's table schemas. Like subject access it is assembled in the
workspace (0600) and leaves only sealed for the provider, who passes it on.
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
from sealflow.govern.holdings import held_tables, person, present, read_table, rows_about
from sealflow.govern.settings import GovernSettings
from sealflow.govern.subject import subject_reference
from sealflow.govern.subject_access import export_recipients
from sealflow.ingest.table_schema import ColumnSpec
from sealflow.seal.age import seal_file

PORTABLE_FORMAT = "sealflow-portability/1"
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


def _member(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    archive.writestr(zipfile.ZipInfo(name, _ZIP_TIME), data, zipfile.ZIP_DEFLATED)


def build_portable(
    settings: GovernSettings, pseudonymous_id: str, zip_path: Path
) -> dict[str, Any]:
    """Write the plaintext portable export (0600) and return its manifest (counts only)."""
    who = person(settings, pseudonymous_id)
    descriptions = column_descriptions(settings)
    dictionary: list[dict[str, str]] = []
    rows_per_table: dict[str, int] = {}
    fsutil.private_dir(zip_path.parent)
    with fsutil.atomic_path(zip_path) as tmp, zipfile.ZipFile(tmp, "w") as archive:
        for table in present(held_tables(settings)):
            frame = read_table(table, settings.ingest.delimiter)
            selector = rows_about(frame, table, who)
            if selector is None:
                continue
            rows = frame.filter(selector)
            if not rows.height:
                continue
            rows_per_table[table.name] = rows.height
            _member(archive, f"csv/{table.name}.csv", rows.write_csv().encode("utf-8"))
            records = json.dumps(rows.to_dicts(), indent=2, default=str, ensure_ascii=False)
            _member(archive, f"json/{table.name}.json", records.encode("utf-8"))
            dictionary += [
                {
                    "table": table.name,
                    "column": column,
                    "type": str(dtype),
                    "description": descriptions.get(column, f"column {column} as held"),
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
            "formats": {
                "csv": "csv/<table>.csv: UTF-8, comma-separated, one header row",
                "json": "json/<table>.json: UTF-8, an array of one object per row",
                "dictionary": "data_dictionary.csv and .json: table, column, type, description",
            },
        }
        _member(archive, "manifest.json", json.dumps(manifest, indent=2, sort_keys=True).encode())
    return manifest


def export_portable(
    settings: GovernSettings, pseudonymous_id: str, out_dir: Path, to: str | None = None
) -> dict[str, Any]:
    """Export the person's data as documented CSV and JSON, sealed for the provider."""
    refuse_if_purged(settings, "request portability")
    provider, recipients = export_recipients(settings, to)
    reference = subject_reference(settings.workspace / "keys" / "audit.key", pseudonymous_id)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    # Named like a subject access export so that erasure removes it too.
    name = f"subject_access_{reference[:16]}_{stamp}_portable"
    zip_path = settings.subject_access / f"{name}.zip"
    manifest = build_portable(settings, pseudonymous_id, zip_path)
    sealed_path = Path(out_dir) / f"{name}.zip.age"
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    seal_file(zip_path, sealed_path, recipients)
    entry = settings.audit_log().append(
        "export",
        f"subject:{reference}",
        purpose="portability",
        to=provider,
        rows=sum(manifest["rows_per_table"].values()),
        tables=manifest["rows_per_table"],
        plaintext=settings.relative(zip_path),
        sealed=sealed_path.name,
    )
    return {
        "subject_reference": reference,
        "to": provider,
        "sealed": str(sealed_path),
        "plaintext": settings.relative(zip_path),
        "rows_per_table": manifest["rows_per_table"],
        "audit_seq": entry["seq"],
    }
