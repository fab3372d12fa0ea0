"""Whether the study's audit log verifies, as a count for the report (never its entries).

The report itself reads only results/; the command and the rule that build it call this
first and pass the outcome in. A study whose log or key does not exist yet has nothing to
verify (None), and the key is never created here.
"""

from __future__ import annotations

from typing import Any

from sealflow.audit import settings_audit_log
from sealflow.errors import SealflowError
from sealflow.settings import StudySettings


def audit_status(study: StudySettings) -> dict[str, Any] | None:
    """{"verified": True, "entries": n} or {"verified": False, "error": ...}, or None.

    The log is the one the settings place (keys.dir, evaluator, passphrase variable).
    """
    log = settings_audit_log(study)
    if not log.path.is_file() or not log.secret_key_path.is_file():
        return None
    try:
        entries = log.verify()
    except SealflowError as exc:
        # The message names the log's path in the workspace; the report needs only the line.
        message = str(exc).replace(str(log.path), "audit log").replace(str(log.head_path), "head")
        return {"verified": False, "entries": None, "error": message}
    return {"verified": True, "entries": entries, "error": None}
