"""Whether the study's audit log verifies, as a count for the report (never its entries).

The report itself reads only results/; the command and the rule that build it call this
first and pass the outcome in. A study whose log or key does not exist yet has nothing to
verify (None), and the key is never created here.
"""

from __future__ import annotations

from typing import Any

from sealflow.audit import settings_audit_log
from sealflow.audit_anchors import verify_with_anchors
from sealflow.errors import SealflowError
from sealflow.settings import StudySettings


def audit_status(study: StudySettings) -> dict[str, Any] | None:
    """{"verified": True, "entries": n, "anchors": a} or {"verified": False, "error": ...},
    or None.

    The log is the one the settings place (keys.dir, evaluator, passphrase variable). It is
    also checked against the anchors (the audit head signed into batch manifests, receipts
    and certificates) in the evaluator's own copies of what it signed: the outgoing batches
    and results/. Those copies sit beside the log, so this catches an accident or a careless
    edit, not someone who rewrites both; that check is `sealflow audit verify --anchors DIR`
    over the documents the other parties hold (docs/SECURITY.md).
    """
    log = settings_audit_log(study)
    if not log.path.is_file() or not log.secret_key_path.is_file():
        return None
    folders = [f for f in (study.exchange.outgoing, study.results) if f.is_dir()]
    try:
        entries, anchors = verify_with_anchors(log, folders)
    except SealflowError as exc:
        # The message names paths in the workspace; the report needs only the line.
        message = (
            str(exc)
            .replace(str(log.path), "audit log")
            .replace(str(log.head_path), "head")
            .replace(str(study.root) + "/", "")
        )
        return {"verified": False, "entries": None, "anchors": None, "error": message}
    return {"verified": True, "entries": entries, "anchors": anchors, "error": None}
