"""Signed governance records: deletion certificates and erasure results.

Each record is a small JSON document in the governance folder (results/, so it may be shown
to a DPO or a participant's representative: paths, counts, times and audit sequence
numbers, never a value) with a minisign signature by the evaluator beside it, so that a
third party can check it with ``minisign -V`` and the evaluator's public key.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.govern.settings import GovernSettings
from sealflow.seal.keys import key_paths
from sealflow.seal.minisign import sign_file
from sealflow.seal.minisign_keys import MinisignSecretKey

SHAREABLE_FILE_MODE = 0o644


def signing_key_path(settings: GovernSettings) -> Path:
    return key_paths(settings.study.evaluator, settings.study.keys.dir)[2]


def signing_passphrase(settings: GovernSettings) -> str | None:
    return os.environ.get(settings.study.exchange.passphrase_env) or None


def check_signing_key(settings: GovernSettings) -> None:
    """Load the evaluator's signing key now, so a wrong passphrase stops before any deletion."""
    MinisignSecretKey.load(signing_key_path(settings), signing_passphrase(settings))


def redact_ids(relative_path: str, id_pattern: str) -> str:
    """A path with anything shaped like a pseudonymous ID masked: file names are not values."""
    bare = id_pattern.removeprefix("^").removesuffix("$")
    return re.sub(bare, "[pseudonymous_id]", relative_path)


def timestamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


def write_signed_record(settings: GovernSettings, name: str, body: dict[str, Any]) -> Path:
    """Write ``body`` as governance/<name>.json and sign it (<name>.json.minisig).

    The record carries the audit head at signing time (``audit_head``), an anchor of the
    chain for whoever is given the record.
    """
    body = {**body, "audit_head": settings.audit_log().head().as_dict()}
    folder = settings.governance
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    fsutil.write_json(path, body, SHAREABLE_FILE_MODE)
    sign_file(
        path,
        signing_key_path(settings),
        trusted_comment=f"timestamp:{int(datetime.now(UTC).timestamp())}\tfile:{path.name}"
        f"\taudit_seq:{body.get('audit_seq')}",
        passphrase=signing_passphrase(settings),
    )
    return path
