"""Moved to ``sealflow.workspace`` (the ground floor); kept as a re-export for old imports."""

from sealflow.workspace import StudyAudit, audit_record, write_csv, write_parquet, write_report

__all__ = ["StudyAudit", "audit_record", "write_csv", "write_parquet", "write_report"]
