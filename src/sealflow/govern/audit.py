"""Moved to :mod:`sealflow.audit` (the ground floor); this re-export keeps old imports working."""

from sealflow.audit import ACTIONS, GENESIS, AuditLog, load_or_create_key, study_audit_log  # noqa: F401
