"""Subject access: the personal data the study holds about one person, for that person.

Only the provider can turn a person into a pseudonymous ID, so requests come through it;
but the answer is for the requester, not for their employer. It is sealed for the
evaluator (the controller, who answers the requester) unless ``to`` names the party the
requester asked it to go to. The export is itself personal data: it is assembled in the
workspace (0600 in a 0700 folder, removed by the retention purge) and only its sealed form
goes elsewhere.

A copy must not give away other people's data (UK GDPR Art. 15(4), DPA 2018 Sch. 2 Part 3
para 16). What a person said names colleagues and family, so by default the export holds
their interviews as scrubbed (their own words kept, every name, number and address in it
replaced) and their survey free text only from the scrubbed survey; the received
transcripts, the first-pass copies, the recordings and the unscrubbed free text are
withheld, and the manifest says so and why. ``raw_reviewed_by`` (the CLI's
``--raw-reviewed-by``) releases them only once a named reviewer has checked them for
third parties' data; the manifest and the audit log record that name.

It is a zip of one CSV per table that holds rows about the person, the transcripts
attributed to them, and a manifest of counts that also says what cannot be attributed
(the anonymised data) and what was withheld. Records refer to the person by subject
reference.
"""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.govern.closed import refuse_if_purged
from sealflow.govern.events import pseudonymous_id_deletion
from sealflow.govern.holdings import NOT_ATTRIBUTABLE, attributed_transcripts, person
from sealflow.govern.requester_copy import (
    check_reviewer,
    requester_recipients,
    rows_for_requester,
    third_parties_why,
)
from sealflow.govern.settings import GovernSettings
from sealflow.govern.subject import subject_reference
from sealflow.seal.age import seal_file

EXPORT_FORMAT = "sealflow-subject-access/2"
# Transcript kinds safe to release unreviewed: third parties' identifiers replaced.
RELEASED_KINDS = frozenset({"scrubbed"})
THIRD_PARTIES = third_parties_why("Art. 15(4)")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed member times: the zip says nothing about our disks


def _member(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
    archive.writestr(zipfile.ZipInfo(name, _ZIP_TIME), data, zipfile.ZIP_DEFLATED)


def build_export(
    settings: GovernSettings,
    pseudonymous_id: str,
    zip_path: Path,
    raw_reviewed_by: str | None = None,
) -> dict[str, Any]:
    """Write the plaintext export zip (0600) and return its manifest (counts, no values).

    Without ``raw_reviewed_by`` only the scrubbed transcripts and scrubbed free text go in.
    """
    who = person(settings, pseudonymous_id)
    withheld_columns: dict[str, list[str]] = {}
    tables: dict[str, int] = {}
    fsutil.private_dir(zip_path.parent)
    with fsutil.atomic_path(zip_path) as tmp, zipfile.ZipFile(tmp, "w") as archive:
        for held in rows_for_requester(settings, who, raw_reviewed_by):
            name, rows = held.table.name, held.rows
            if held.withheld:
                withheld_columns[name] = list(held.withheld)
            tables[name] = rows.height
            if rows.height:
                _member(archive, f"tables/{name}.csv", rows.write_csv().encode("utf-8"))
        attributed = attributed_transcripts(settings, pseudonymous_id)
        transcripts = [
            t for t in attributed if raw_reviewed_by is not None or t.kind in RELEASED_KINDS
        ]
        withheld = sorted(f"{t.kind}/{t.path.name}" for t in attributed if t not in transcripts)
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
            "withheld_transcripts": withheld,
            "withheld_free_text": withheld_columns,
            "withheld_why": THIRD_PARTIES if withheld or withheld_columns else None,
            "raw_reviewed_by": raw_reviewed_by,
        }
        _member(archive, "manifest.json", json.dumps(manifest, indent=2, sort_keys=True).encode())
    return manifest


def export_subject_access(
    settings: GovernSettings,
    pseudonymous_id: str,
    out_dir: Path,
    to: str | None = None,
    raw_reviewed_by: str | None = None,
) -> dict[str, Any]:
    """Export what is held about one person, sealed for the evaluator (or ``to``).

    Returns the record of the export (subject reference, counts, file names): no value.
    """
    refuse_if_purged(settings, "subject-access export")
    check_reviewer(raw_reviewed_by)
    recipient, recipients = requester_recipients(settings, to)
    reference = subject_reference(settings.workspace / "keys" / "audit.key", pseudonymous_id)
    log = settings.audit_log()
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    name = f"subject_access_{reference[:16]}_{stamp}"
    zip_path = settings.subject_access / f"{name}.zip"
    manifest = build_export(settings, pseudonymous_id, zip_path, raw_reviewed_by)
    sealed_path = Path(out_dir) / f"{name}.zip.age"
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    seal_file(zip_path, sealed_path, recipients)
    entry = log.append(
        "export",
        f"subject:{reference}",
        purpose="subject access",
        to=recipient,
        rows=sum(manifest["rows_per_table"].values()),
        tables=manifest["rows_per_table"],
        transcripts=len(manifest["transcripts"]),
        withheld_transcripts=len(manifest["withheld_transcripts"]),
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
        "transcripts": len(manifest["transcripts"]),
        "withheld_transcripts": len(manifest["withheld_transcripts"]),
        "withheld_free_text": manifest["withheld_free_text"],
        "audit_seq": entry["seq"],
        **pseudonymous_id_deletion(settings.study),
    }
