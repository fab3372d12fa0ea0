"""Ingest each input table to Parquet in the workspace, with a counts-only report.

One function per table, each called by one Snakemake rule and by ``sealflow ingest``:
validate against the table's schema, purge withdrawn participants, write Parquet (0600)
and a JSON report of counts. Every function either writes all its outputs or none.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sealflow.errors import ConfigError, IntegrityError
from sealflow.ingest.links import token_table
from sealflow.ingest.outputs import StudyAudit, audit_record, write_parquet, write_report
from sealflow.ingest.settings import IngestSettings
from sealflow.ingest.survey import consenting, keep_latest_submission, map_tokens
from sealflow.ingest.table_schema import table_schema
from sealflow.ingest.tokens import load_or_create_token_key
from sealflow.ingest.validate import read_table
from sealflow.ingest.withdrawals import purge_withdrawn, withdrawn_ids

PathLike = str | os.PathLike[str]
log = logging.getLogger(__name__)


def ingest_keyed_table(
    table: str,
    source_csv: PathLike,
    withdrawals_csv: PathLike,
    output: PathLike,
    report_path: PathLike,
    settings: IngestSettings,
    audit: StudyAudit | None = None,
) -> dict[str, Any]:
    """Ingest a table keyed by pseudonymous_id (roster, admin_extract)."""
    frame = read_table(source_csv, table_schema(table), settings)
    rows_read = frame.height
    frame, withdrawn = purge_withdrawn(frame, withdrawn_ids(withdrawals_csv, settings))
    counts = {
        "table": table,
        "rows_read": rows_read,
        "withdrawn_purged": withdrawn,
        "rows_written": frame.height,
    }
    write_parquet(frame, output)
    write_report(counts, report_path)
    audit_record(audit, "read", source_csv, rows=rows_read)
    audit_record(audit, "purge", output, withdrawn=withdrawn)
    audit_record(audit, "write", output, rows=frame.height)
    return counts


def ingest_survey(
    survey_csv: PathLike,
    roster_csv: PathLike,
    withdrawals_csv: PathLike,
    token_key_path: PathLike,
    output: PathLike,
    quarantine: PathLike,
    report_path: PathLike,
    settings: IngestSettings,
    audit: StudyAudit | None = None,
) -> dict[str, Any]:
    """Ingest the survey export: tokens to IDs, quarantine, withdrawals, repeats, consent.

    The tokens of the whole roster (withdrawn people included) are recomputed under the
    workspace key, so a withdrawn person's answers are recognised and purged rather than
    mistaken for an unknown token. Rows with an unknown token are kept, as received, in the
    quarantine file for investigation, and counted. Repeated submissions of one person keep
    the latest (``ingest.duplicate_submissions``).
    """
    key_path = Path(token_key_path)
    if not key_path.is_file():
        # Never make a new key here: it could not map a single token already sent.
        raise ConfigError(
            f"key keys.token_key: file not found: {key_path}; the survey tokens were made "
            "under this key by `links`; restore it from the workspace backup"
        )
    survey = read_table(survey_csv, table_schema("survey_export"), settings)
    roster = read_table(roster_csv, table_schema("roster"), settings)
    tokens = token_table(load_or_create_token_key(key_path), roster.get_column("pseudonymous_id"))
    known, quarantined = map_tokens(survey, tokens)
    if survey.height and not known.height:
        raise IntegrityError(
            f"{survey_csv}: none of its {survey.height} survey tokens belongs to anyone on the "
            f"roster under the token key {key_path}; check that keys.token_key is the key the "
            "links were made with and inputs.roster the roster they were made from"
        )
    known, withdrawn = purge_withdrawn(known, withdrawn_ids(withdrawals_csv, settings))
    known, repeats = keep_latest_submission(known, settings.duplicate_submissions, Path(survey_csv))
    known, declined = consenting(known)
    counts = {
        "table": "survey_export",
        "rows_read": survey.height,
        "unknown_tokens_quarantined": quarantined.height,
        "withdrawn_purged": withdrawn,
        "duplicate_submissions_dropped": repeats,
        "duplicate_submissions_policy": settings.duplicate_submissions,
        "non_consenting_excluded": declined,
        "rows_written": known.height,
    }
    write_parquet(quarantined, quarantine)
    write_parquet(known, output)
    write_report(counts, report_path)
    if quarantined.height:
        log.warning(
            "%d survey rows carry a token of nobody on the roster; kept in %s for review",
            quarantined.height,
            quarantine,
        )
    audit_record(audit, "read", survey_csv, rows=survey.height)
    audit_record(audit, "write", quarantine, rows=quarantined.height)
    audit_record(audit, "purge", output, withdrawn=withdrawn)
    audit_record(audit, "write", output, rows=known.height)
    return counts


def combine_reports(report_paths: Sequence[PathLike], output: PathLike) -> dict[str, Any]:
    """One ingest report from the per-table reports, keyed by table name (counts only)."""
    tables: dict[str, Any] = {}
    for path in report_paths:
        with open(path, encoding="utf-8") as fh:
            counts = json.load(fh)
        tables[counts.pop("table")] = counts
    combined = {"tables": tables}
    write_report(combined, output)
    return combined
