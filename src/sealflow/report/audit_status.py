"""Whether the study's audit log verifies, as a count for the report (never its entries).

The report itself reads only results/; the command and the rule that build it call this
first and pass the outcome in. A study whose log or key does not exist yet has nothing to
verify (None), and the key is never created here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sealflow.audit import config_audit_log
from sealflow.errors import SealflowError


def audit_status(config: dict[str, Any], root: str | Path | None = None) -> dict[str, Any] | None:
    """{"verified": True, "entries": n} or {"verified": False, "error": ...}, or None.

    The log is the one the config describes (keys.dir, evaluator, passphrase variable);
    ``root`` overrides config ``root`` (the workflow passes its workdir).
    """
    study_root = Path(root if root is not None else config["root"])
    log = config_audit_log({**config, "root": str(study_root)})
    if not log.path.is_file() or not log.secret_key_path.is_file():
        return None
    try:
        entries = log.verify()
    except SealflowError as exc:
        # The message names the log's path in the workspace; the report needs only the line.
        message = str(exc).replace(str(log.path), "audit log").replace(str(log.head_path), "head")
        return {"verified": False, "entries": None, "error": message}
    return {"verified": True, "entries": entries, "error": None}
