"""Ingest each input table to Parquet in the workspace, with a counts-only report.

One function per table, each called by one Snakemake rule: validate against the table's
schema, purge withdrawn participants, write Parquet (0600) and a JSON report of counts.
Each is a ``prepare_*`` step (read and check everything, in memory) and a write, so that
``sealflow ingest`` can prepare all three tables before writing any: a bad admin extract
then leaves no roster output behind either. Every function writes all its outputs or none.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from sealflow import fsutil
from sealflow.errors import ConfigError, IntegrityError
from sealflow.ingest.links import token_table
from sealflow.ingest.settings import IngestSettings
from sealflow.ingest.survey import consenting, keep_latest_submission, map_tokens
from sealflow.ingest.tokens import load_or_create_token_key
from sealflow.ingest.validate import read_input, read_table
from sealflow.ingest.withdrawals import purge_withdrawn, withdrawn_ids
from sealflow.workspace import StudyAudit, audit_record, write_parquet, write_report

PathLike = str | os.PathLike[str]
log = logging.getLogger(__name__)


@dataclass
class PreparedTable:
    """A table read, checked and transformed in memory; ``write`` puts it on disk."""

    counts: dict[str, Any]
    report_path: PathLike
    # (path, frame) in the order they are written; personal data, 0600.
    frames: list[tuple[PathLike, pl.DataFrame]] = field(default_factory=list)
    # (action, path, counts) entries for the study's audit log, recorded after the writes.
    audit_entries: list[tuple[str, PathLike, dict[str, Any]]] = field(default_factory=list)

    def write(self, audit: StudyAudit | None = None) -> dict[str, Any]:
        for path, frame in self.frames:
            write_parquet(frame, path)
        write_report(self.counts, self.report_path)
        for action, path, counts in self.audit_entries:
            audit_record(audit, action, path, **counts)
        return self.counts


def prepare_keyed_table(
    table: str,
    source_csv: PathLike,
    withdrawals_csv: PathLike,
    output: PathLike,
    report_path: PathLike,
    settings: IngestSettings,
) -> PreparedTable:
    """Read and check a table keyed by pseudonymous_id (roster, admin_extract); purge."""
    read = read_input(source_csv, settings.schema_for(table), settings)
    rows_read = read.frame.height
    frame, withdrawn = purge_withdrawn(read.frame, withdrawn_ids(withdrawals_csv, settings))
    counts = {
        "table": table,
        "rows_read": rows_read,
        "ids_whitespace_trimmed": read.trimmed,
        "withdrawn_purged": withdrawn,
        "rows_written": frame.height,
        "input": read.notes,
    }
    return PreparedTable(
        counts,
        report_path,
        [(output, frame)],
        [
            ("read", source_csv, {"rows": rows_read}),
            ("purge", output, {"withdrawn": withdrawn}),
            ("write", output, {"rows": frame.height}),
        ],
    )


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
    prepared = prepare_keyed_table(
        table, source_csv, withdrawals_csv, output, report_path, settings
    )
    return prepared.write(audit)


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
    """Ingest the survey export (see ``prepare_survey``); write its outputs and report."""
    prepared = prepare_survey(
        survey_csv,
        roster_csv,
        withdrawals_csv,
        token_key_path,
        output,
        quarantine,
        report_path,
        settings,
    )
    counts = prepared.write(audit)
    if counts["unknown_tokens_quarantined"]:
        log.warning(
            "%d survey rows carry a token of nobody on the roster; kept in %s for review",
            counts["unknown_tokens_quarantined"],
            quarantine,
        )
    return counts


def prepare_survey(
    survey_csv: PathLike,
    roster_csv: PathLike,
    withdrawals_csv: PathLike,
    token_key_path: PathLike,
    output: PathLike,
    quarantine: PathLike,
    report_path: PathLike,
    settings: IngestSettings,
) -> PreparedTable:
    """Prepare the survey export: tokens to IDs, quarantine, withdrawals, repeats, consent.

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
    read = read_input(survey_csv, settings.schema_for("survey_export"), settings)
    survey = read.frame
    roster = read_table(roster_csv, settings.schema_for("roster"), settings)
    withdrawn_people = withdrawn_ids(withdrawals_csv, settings)
    # Withdrawn people's tokens too, even of someone no longer on the roster: their answers
    # are then purged and counted, never parked in the quarantine file.
    everyone = pl.concat(
        [roster.get_column("pseudonymous_id"), withdrawn_people.get_column("pseudonymous_id")]
    ).unique(maintain_order=True)
    tokens = token_table(load_or_create_token_key(key_path), everyone)
    known, quarantined = map_tokens(survey, tokens)
    if survey.height and not known.height:
        raise IntegrityError(
            f"{survey_csv}: none of its {survey.height} survey tokens belongs to anyone on the "
            f"roster under the token key {key_path}; check that keys.token_key is the key the "
            "links were made with and inputs.roster the roster they were made from"
        )
    known, withdrawn = purge_withdrawn(known, withdrawn_people)
    known, repeats = keep_latest_submission(
        known,
        settings.duplicate_submissions,
        Path(survey_csv),
        settings.profile_for("survey_export").rows_above_data,
    )
    known, declined = consenting(known)
    counts = {
        "table": "survey_export",
        "rows_read": survey.height,
        "ids_whitespace_trimmed": read.trimmed,
        "unknown_tokens_quarantined": quarantined.height,
        "withdrawn_purged": withdrawn,
        "duplicate_submissions_dropped": repeats,
        "duplicate_submissions_policy": settings.duplicate_submissions,
        "non_consenting_excluded": declined,
        "rows_written": known.height,
        "input": read.notes,
    }
    return PreparedTable(
        counts,
        report_path,
        [(quarantine, quarantined), (output, known)],
        [
            ("read", survey_csv, {"rows": survey.height}),
            ("write", quarantine, {"rows": quarantined.height}),
            ("purge", output, {"withdrawn": withdrawn}),
            ("write", output, {"rows": known.height}),
        ],
    )


def combine_reports(report_paths: Sequence[PathLike], output: PathLike) -> dict[str, Any]:
    """One ingest report from the per-table reports, keyed by table name (counts only)."""
    tables: dict[str, Any] = {}
    for path in report_paths:
        counts = fsutil.read_json(path)
        tables[counts.pop("table")] = counts
    combined = {"tables": tables}
    write_report(combined, output)
    return combined
