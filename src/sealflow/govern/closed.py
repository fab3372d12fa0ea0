"""After the retention purge the study is closed: no request about a person runs on it.

The purge destroys the keys that turn a pseudonymous ID into the study's references
(subject references, survey tokens, interview doc ids; see
``retention.relinking_keys``), so nothing
the study keeps can be matched to a person any more. A rights command that ran anyway
would make a fresh key, find nothing, answer as if the person had never been held, and
write new personal data (an export, a register entry) into a workspace its deletion
certificate says is empty. Every command that takes a person's ID asks here first, and
refuses in one line that names the purge, before it reads or writes anything.

The purge is known from the audit log (keyed and signed by the evaluator, so it cannot be
added or removed quietly): its last entry of action ``purge`` with reason ``retention``.
"""

from __future__ import annotations

from sealflow.audit import RETENTION_PURGE_REASON
from sealflow.errors import SealflowError
from sealflow.govern.settings import GovernSettings


class StudyPurgedError(SealflowError, ValueError):
    """A request about a person on a study whose personal data the retention purge deleted."""


def purged_at(settings: GovernSettings) -> str | None:
    """When the retention purge ran (ISO time of its audit entry), or None if it has not.

    The log is verified first (which needs the evaluator's key): a purge is believed only
    from a log that has not been edited.
    """
    log = settings.audit_log()
    if not log.path.is_file():
        return None
    for entry in reversed(log.entries()):
        details = entry.get("details")
        if (
            entry.get("action") == "purge"
            and isinstance(details, dict)
            and details.get("reason") == RETENTION_PURGE_REASON
        ):
            return str(entry["at"])
    return None


def refuse_if_purged(settings: GovernSettings, what: str) -> None:
    """Raise StudyPurgedError, before anything is read or written, if the study was purged."""
    at = purged_at(settings)
    if at is None:
        return
    raise StudyPurgedError(
        f"{what}: study {settings.study.study.name!r} was purged on {at[:10]} (retention; "
        f"deletion certificate in {settings.relative(settings.governance)}): it holds no "
        "personal data and no key that matches a record to a person; nothing was written"
    )
