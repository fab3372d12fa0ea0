"""Subject access: everything the study holds about one person, sealed for the provider.

Only the provider can turn a person into a pseudonymous ID, so requests come through it
and the export goes back to it, sealed to its age recipient (and ours, to check what was
sent). The export is itself personal data: it is assembled in the workspace (0600 in a
0700 folder, removed by the retention purge) and only its sealed form goes elsewhere.

It is a zip of one CSV per table that holds rows about the person (all columns, as held),
the transcripts attributed to them, and a manifest of counts that also says what cannot
be attributed (the anonymised data). Records refer to the person by subject reference.
"""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.config import party
from sealflow.errors import ConfigError
from sealflow.govern.closed import refuse_if_purged
from sealflow.govern.events import pseudonymous_id_deletion
from sealflow.govern.holdings import (
    NOT_ATTRIBUTABLE,
    attributed_transcripts,
    held_tables,
    person,
    present,
    read_table,
    rows_about,
)
from sealflow.govern.settings import GovernSettings
from sealflow.govern.subject import subject_reference
from sealflow.seal.age import seal_file

EXPORT_FORMAT = "sealflow-subject-access/1"
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed member times: the zip says nothing about our disks


def _member(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    archive.writestr(zipfile.ZipInfo(name, _ZIP_TIME), data, zipfile.ZIP_DEFLATED)


def build_export(settings: GovernSettings, pseudonymous_id: str, zip_path: Path) -> dict[str, Any]:
    """Write the plaintext export zip (0600) and return its manifest (counts, no values)."""
    who = person(settings, pseudonymous_id)
    delimiter = settings.ingest.delimiter
    tables: dict[str, int] = {}
    fsutil.private_dir(zip_path.parent)
    with fsutil.atomic_path(zip_path) as tmp, zipfile.ZipFile(tmp, "w") as archive:
        for table in present(held_tables(settings)):
            frame = read_table(table, delimiter)
            selector = rows_about(frame, table, who)
            if selector is None:
                continue
            rows = frame.filter(selector)
            tables[table.name] = rows.height
            if rows.height:
                _member(archive, f"tables/{table.name}.csv", rows.write_csv().encode("utf-8"))
        transcripts = attributed_transcripts(settings, pseudonymous_id)
        for transcript in transcripts:
            _member(
                archive,
                f"transcripts/{transcript.kind}/{transcript.path.name}",
                transcript.path.read_bytes(),
            )
        manifest = {
            "format": EXPORT_FORMAT,
            "study": settings.study.study.id,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "rows_per_table": tables,
            "transcripts": [f"{t.kind}/{t.path.name}" for t in transcripts],
            "interview_map": settings.interview_map.is_file(),
            "not_attributable": [NOT_ATTRIBUTABLE],
        }
        _member(archive, "manifest.json", json.dumps(manifest, indent=2, sort_keys=True).encode())
    return manifest


def export_recipients(settings: GovernSettings, to: str | None) -> tuple[str, list[str]]:
    """Who a person's export is sealed for: ``to`` (else the provider) and the evaluator."""
    parties = settings.study.load_parties()
    provider = to or next(
        (name for name, p in parties["parties"].items() if p.get("role") == "provider"), None
    )
    if provider is None:
        raise ConfigError("parties.yaml names no party with role provider; pass --to PARTY")
    recipients = [
        party(parties, provider)["age_recipient"],
        party(parties, settings.study.evaluator)["age_recipient"],
    ]
    return provider, recipients


def export_subject_access(
    settings: GovernSettings, pseudonymous_id: str, out_dir: Path, to: str | None = None
) -> dict[str, Any]:
    """Export everything held about one person, sealed for the provider, into ``out_dir``.

    Returns the record of the export (subject reference, counts, file names): no value.
    """
    refuse_if_purged(settings, "subject-access export")
    provider, recipients = export_recipients(settings, to)
    reference = subject_reference(settings.workspace / "keys" / "audit.key", pseudonymous_id)
    log = settings.audit_log()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    name = f"subject_access_{reference[:16]}_{stamp}"
    zip_path = settings.subject_access / f"{name}.zip"
    manifest = build_export(settings, pseudonymous_id, zip_path)
    sealed_path = Path(out_dir) / f"{name}.zip.age"
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    seal_file(zip_path, sealed_path, recipients)
    entry = log.append(
        "export",
        f"subject:{reference}",
        purpose="subject access",
        to=provider,
        rows=sum(manifest["rows_per_table"].values()),
        tables=manifest["rows_per_table"],
        transcripts=len(manifest["transcripts"]),
        plaintext=settings.relative(zip_path),
        sealed=sealed_path.name,
    )
    return {
        "subject_reference": reference,
        "to": provider,
        "sealed": str(sealed_path),
        "plaintext": settings.relative(zip_path),
        "rows_per_table": manifest["rows_per_table"],
        "transcripts": len(manifest["transcripts"]),
        "audit_seq": entry["seq"],
        **pseudonymous_id_deletion(settings.study),
    }
