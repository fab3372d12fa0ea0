"""The workspace on the ground floor: where a study's files live, and how they are written.

Every stage writes personal data through these writers (whole or not at all, 0600 files in
0700 folders) and records it in the study's audit log through ``StudyAudit``; ``StudyPaths``
is the one place that turns a validated config into absolute paths. They sit here, below
the stage packages, so that no stage imports another stage to write a file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sealflow import fsutil
from sealflow.audit import AuditLog, settings_audit_log, study_audit_log
from sealflow.errors import ConfigError
from sealflow.settings import StudySettings

if TYPE_CHECKING:  # polars is imported by the writers that use it: `receive` needs none
    import polars as pl


def write_parquet(frame: pl.DataFrame | pl.LazyFrame, path: str | os.PathLike[str]) -> None:
    """Write ``frame`` to ``path`` (0600) in a 0700 folder, via a temporary name and a rename."""
    import polars as pl

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

    @classmethod
    def for_config(
        cls, config: dict[str, Any], root: str | os.PathLike[str] | None = None
    ) -> StudyAudit:
        """The study's audit log as its config describes it; ``root`` overrides config
        ``root`` (the workflow's workdir)."""
        return cls.for_settings(StudySettings.from_config(config, root))

    @classmethod
    def for_settings(cls, study: StudySettings) -> StudyAudit:
        """The study's audit log as its settings place it (workspace, keys.dir, evaluator,
        passphrase variable); also makes the workspace root 0700."""
        fsutil.private_dir(study.workspace)
        return cls(settings_audit_log(study), study.root)

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


INPUT_DESCRIPTIONS = {
    "roster": "the provider's roster CSV",
    "admin_extract": "the provider's administrative extract CSV",
    "survey_export": "the survey platform's export CSV",
    "withdrawals": "the withdrawals CSV (a header-only file if nobody has withdrawn)",
}


@dataclass(frozen=True)
class StudyPaths:
    """Absolute paths of one study, from its validated config (``root`` already absolute)."""

    root: Path
    workspace: Path
    results: Path
    inputs: dict[str, Path]
    token_key: Path

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> StudyPaths:
        return cls.from_settings(StudySettings.from_config(config))

    @classmethod
    def from_settings(cls, study: StudySettings) -> StudyPaths:
        return cls(
            root=study.root,
            workspace=study.workspace,
            results=study.results,
            inputs={f.name: getattr(study.inputs, f.name) for f in fields(study.inputs)},
            token_key=study.keys.token_key,
        )

    def work(self, relative: str) -> Path:
        return self.workspace / relative

    def result(self, relative: str) -> Path:
        return self.results / relative

    def input_file(self, name: str) -> Path:
        """The configured input ``name``; a missing file is an error naming its config key."""
        path = self.inputs[name]
        if not path.is_file():
            raise ConfigError(
                f"key inputs.{name}: file not found: {path}; expected "
                f"{INPUT_DESCRIPTIONS.get(name, 'a file')} there (paths are relative to root)"
            )
        return path
