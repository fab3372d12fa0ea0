"""The `retention` section of the configuration as a typed object, defaults from its schema."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sealflow.audit import AuditLog, config_audit_log
from sealflow.config import resolve, section_defaults
from sealflow.errors import ConfigError
from sealflow.ingest.settings import IngestSettings


def _delete_on(value: Any) -> dt.date | None:
    """YAML reads an unquoted 2027-06-30 as a date, a quoted one as text: accept both."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(
            "key retention.personal_data_delete_on: not an ISO date; expected e.g. 2027-06-30 "
            "or null"
        ) from None


@dataclass(frozen=True)
class GovernSettings:
    """Where a study's governance duties read and write, resolved against its root."""

    root: Path
    workspace: Path
    results: Path
    personal_data_delete_on: dt.date | None
    keep: tuple[str, ...]
    governance: Path
    subject_access: Path
    interview_map: Path
    config: dict[str, Any]

    @classmethod
    def from_config(cls, config: dict[str, Any], root: str | Path | None = None) -> GovernSettings:
        """From a validated config; ``root`` overrides it (the workflow passes its workdir)."""
        study_root = Path(root if root is not None else config["root"]).resolve()
        values = {**section_defaults("retention"), **(config.get("retention") or {})}
        for kept in values["keep"]:
            if Path(kept).is_absolute() or ".." in Path(kept).parts:
                raise ConfigError(
                    f"key retention.keep: {kept!r} must be a path inside the workspace "
                    "(relative, no '..')"
                )
        return cls(
            root=study_root,
            workspace=resolve(study_root, config.get("workspace", "work")),
            results=resolve(study_root, config.get("results", "results")),
            personal_data_delete_on=_delete_on(values["personal_data_delete_on"]),
            keep=tuple(values["keep"]),
            governance=resolve(study_root, values["governance"]),
            subject_access=resolve(study_root, values["subject_access"]),
            interview_map=resolve(study_root, values["interview_map"]),
            config=config,
        )

    @property
    def ingest(self) -> IngestSettings:
        return IngestSettings.from_config(self.config)

    def audit_log(self) -> AuditLog:
        """The study's audit log, keyed by the evaluator's key as this config places it."""
        return config_audit_log({**self.config, "root": str(self.root)})

    def relative(self, path: Path) -> str:
        """``path`` relative to the study root for records (absolute if configured outside it)."""
        resolved = Path(path).resolve()
        return str(
            resolved.relative_to(self.root) if resolved.is_relative_to(self.root) else resolved
        )
