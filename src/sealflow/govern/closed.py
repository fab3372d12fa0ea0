"""Whether the study is closed: purged at its retention date, or a purge is under way.

Two readers ask, for two reasons. The workflow (``closed_reason``): after the purge the
workspace holds no personal data and no register of who withdrew, so a rerun would start
from whatever it can reach (a drop box still holding batches) and know nobody's
withdrawal; it refuses in one line before it builds anything. Three marks, any of which
closes the study: the purge journal (a purge cut short, which the next purge finishes), a
deletion certificate in the governance folder, and a retention purge entry in the audit log
(read without verifying the chain: a forged entry can only make the workflow refuse, never
run).

The rights commands (``refuse_if_purged``): the purge destroys the keys that turn a
pseudonymous ID into the study's references (subject references, survey tokens, interview
doc ids; see ``retention.relinking_keys``), so nothing the study keeps can be matched to a
person any more. A rights command that ran anyway would make a fresh key, find nothing,
answer as if the person had never been held, and write new personal data (an export, a
register entry) into a workspace its deletion certificate says is empty. Every command that
takes a person's ID asks here first, and refuses in one line that names the purge, before
it reads or writes anything; it believes the purge from the verified audit log.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from sealflow.audit import RETENTION_PURGE_REASON
from sealflow.errors import SealflowError
from sealflow.govern.settings import GovernSettings

# Written before the first unlink and removed after the certificate: a purge cut short
# (crash, power cut) is finished by the next one, whose certificate lists both runs' files.
PURGE_JOURNAL = "purge_in_progress.json"
CERTIFICATE_PREFIX = "deletion_certificate_"


def _purged_in_audit_log(path: Path) -> str | None:
    """The time of the last retention purge the audit log records, or None."""
    if not path.is_file():
        return None
    found = None
    with open(path, "rb") as fh:
        for line in fh:
            if b'"purge"' not in line:
                continue
            try:
                entry = json.loads(line)
            except ValueError:
                continue
            details = entry.get("details") if isinstance(entry, dict) else None
            if (
                entry.get("action") == "purge"
                and isinstance(details, dict)
                and details.get("reason") == RETENTION_PURGE_REASON
            ):
                found = str(entry.get("at", "an unknown date"))
    return found


def closed_reason(settings: GovernSettings) -> str | None:
    """Why nothing may run on this study any more (one line), or None while it is open."""
    journal = settings.governance / PURGE_JOURNAL
    if journal.is_file():
        return (
            f"a retention purge of this study was cut short ({settings.relative(journal)}): "
            "finish it with `sealflow retention purge --yes`; nothing runs on a study being purged"
        )
    certificates = sorted(settings.governance.glob(f"{CERTIFICATE_PREFIX}*.json"))
    when = _purged_in_audit_log(settings.audit_log().path)
    if not certificates and when is None:
        return None
    where = settings.relative(certificates[-1]) if certificates else "the audit log"
    if certificates:
        with contextlib.suppress(ValueError, KeyError, TypeError):
            when = json.loads(certificates[-1].read_text(encoding="utf-8"))["purged_at"]
    day = (when or "an unknown date")[:10]
    return (
        f"this study's personal data was purged on {day} at its retention date ({where}): "
        "the study is closed and the workflow does not run on it again"
    )


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
