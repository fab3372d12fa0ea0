"""Writing personal data and count reports: whole or not at all, 0600 files in 0700 folders."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from sealflow import fsutil
from sealflow.govern.audit import AuditLog, study_audit_log


def write_parquet(frame: pl.DataFrame | pl.LazyFrame, path: str | os.PathLike[str]) -> None:
    """Write ``frame`` to ``path`` (0600) in a 0700 folder, via a temporary name and a rename."""
    target = Path(path)
    fsutil.private_dir(target.parent)
    with fsutil.atomic_path(target) as tmp:
        if isinstance(frame, pl.LazyFrame):
            frame.sink_parquet(tmp)
        else:
            frame.write_parquet(tmp)


def write_csv(frame: pl.DataFrame, path: str | os.PathLike[str]) -> None:
    """Write ``frame`` as UTF-8 CSV with a header (0600, 0700 folder), atomically."""
    target = Path(path)
    fsutil.private_dir(target.parent)
    with fsutil.atomic_path(target) as tmp:
        frame.write_csv(tmp)


def write_report(counts: dict[str, Any], path: str | os.PathLike[str]) -> None:
    """Write a counts-only JSON report. Callers pass counts and settings, never values."""
    fsutil.write_json(path, counts)


@dataclass(frozen=True)
class StudyAudit:
    """The study's audit log, recording files by their path relative to the study root."""

    log: AuditLog
    root: Path

    @classmethod
    def for_study(cls, root: str | os.PathLike[str], workspace: str = "work") -> StudyAudit:
        """The study's audit log; also makes the workspace root 0700.

        Every rule adapter and CLI command of links, ingest and link comes through here, so
        a workspace made group-readable (by hand, or by a tool under umask 022) is closed
        before any personal data is written into it.
        """
        fsutil.private_dir(Path(root) / workspace)
        return cls(study_audit_log(Path(root), workspace), Path(root))

    def record(self, action: str, path: str | os.PathLike[str], **counts: Any) -> None:
        """One entry: the action, the file and counts; never an identifier value."""
        subject = os.path.relpath(Path(path).resolve(), self.root.resolve())
        self.log.append(action, subject, **counts)


def audit_record(
    audit: StudyAudit | None, action: str, path: str | os.PathLike[str], **counts: Any
) -> None:
    """Record in ``audit`` when one is given (the rules and the CLI give one; tests may not)."""
    if audit is not None:
        audit.record(action, path, **counts)
