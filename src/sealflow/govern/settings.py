"""The `retention` section of the configuration as a typed object, defaults from its schema."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sealflow.audit import AuditLog, settings_audit_log
from sealflow.errors import ConfigError
from sealflow.govern.events import EVENT_NAME, add_months, event_date
from sealflow.ingest.settings import IngestSettings
from sealflow.settings import StudySettings

_DELETE_ON_HELP = (
    "expected a date (e.g. 2027-06-30), {after_event: final_report_delivered, months: 24} or null"
)


def _delete_on(value: Any) -> dt.date | dict[str, Any] | None:
    """A fixed date (YAML reads an unquoted 2027-06-30 as a date, a quoted one as text:
    both are accepted), a period after a recorded event, or None."""
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, dict):
        event, months = value.get("after_event"), value.get("months")
        if set(value) != {"after_event", "months"} or not isinstance(event, str):
            raise ConfigError(f"key retention.personal_data_delete_on: {_DELETE_ON_HELP}")
        if not EVENT_NAME.fullmatch(event):
            raise ConfigError(
                f"key retention.personal_data_delete_on.after_event: {event!r} is not an event "
                "name (lower case letters, digits, underscores; e.g. final_report_delivered)"
            )
        if isinstance(months, bool) or not isinstance(months, int) or months < 0:
            raise ConfigError(
                "key retention.personal_data_delete_on.months: a whole number of months (0 "
                "or more), e.g. 24"
            )
        return {"after_event": event, "months": months}
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ConfigError(
            f"key retention.personal_data_delete_on: not an ISO date; {_DELETE_ON_HELP}"
        ) from None


@dataclass(frozen=True)
class GovernSettings:
    """Where a study's governance duties read and write, resolved against its root."""

    root: Path
    workspace: Path
    results: Path
    delete_rule: dt.date | dict[str, Any] | None
    keep: tuple[str, ...]
    governance: Path
    subject_access: Path
    interview_map: Path
    study: StudySettings

    @classmethod
    def from_config(cls, config: dict[str, Any], root: str | Path | None = None) -> GovernSettings:
        """From a validated config; ``root`` overrides it (the workflow passes its workdir)."""
        return cls.from_study(StudySettings.from_config(config, root))

    @classmethod
    def from_study(cls, study: StudySettings) -> GovernSettings:
        """From the study's settings, built once at the edge."""
        retention = study.retention
        for kept in retention.keep:
            if Path(kept).is_absolute() or ".." in Path(kept).parts:
                raise ConfigError(
                    f"key retention.keep: {kept!r} must be a path inside the workspace "
                    "(relative, no '..')"
                )
        return cls(
            root=study.root,
            workspace=study.workspace,
            results=study.results,
            delete_rule=_delete_on(retention.personal_data_delete_on),
            keep=retention.keep,
            governance=retention.governance,
            subject_access=retention.subject_access,
            interview_map=retention.interview_map,
            study=study,
        )

    @property
    def personal_data_delete_on(self) -> dt.date | None:
        """The purge date: the fixed date, or the event's recorded date plus the months;
        None while no date is set or the event has not been recorded yet."""
        if not isinstance(self.delete_rule, dict):
            return self.delete_rule
        happened = event_date(self.study, self.delete_rule["after_event"])
        return None if happened is None else add_months(happened, self.delete_rule["months"])

    def delete_rule_text(self) -> str:
        """The rule in words, for messages and the retention check."""
        if isinstance(self.delete_rule, dict):
            return (
                f"{self.delete_rule['months']} months after event {self.delete_rule['after_event']}"
            )
        return self.delete_rule.isoformat() if self.delete_rule else "not set"

    @property
    def ingest(self) -> IngestSettings:
        return IngestSettings.from_section(self.study.ingest)

    def audit_log(self) -> AuditLog:
        """The study's audit log, keyed by the evaluator's key as this config places it."""
        return settings_audit_log(self.study)

    def relative(self, path: Path) -> str:
        """``path`` relative to the study root for records (absolute if configured outside it)."""
        return self.study.relative(path)
