"""Whether the study is closed: purged at its retention date, or a purge is under way.

After the retention purge the workspace holds no personal data and no register of who
withdrew, so a rerun would start from whatever it can reach (a drop box still holding
batches) and know nobody's withdrawal. The workflow asks here before it builds anything
and refuses in one line. Three marks, any of which closes the study: the purge journal (a
purge cut short, which the next purge finishes), a deletion certificate in the governance
folder, and a retention purge entry in the audit log (read without verifying the chain:
a forged entry can only make the workflow refuse, never run).
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from sealflow.audit import RETENTION_PURGE_REASON
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
