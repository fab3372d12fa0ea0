"""One person, named by pseudonymous ID: read safely, referred to without the value.

The ID is read from a file or stdin, never from argv: command lines show in ``ps``, in
shell history and in job schedulers. Records refer to the person by a subject reference,
the HMAC-SHA256 of the ID under the audit key: stable (the same person gets the same
reference in every record), unlinkable without the workspace key, and never the value.
The retention purge destroys that key (govern/retention.py ``relinking_keys``): the
references left in the kept records then lead back to no one.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import sys
from pathlib import Path

from sealflow.audit import load_or_create_key
from sealflow.errors import InputSchemaError

STDIN = "-"
_MAX_ID_FILE = 4096


def read_pseudonymous_id(id_file: str | Path, id_pattern: str) -> str:
    """The one pseudonymous ID in ``id_file`` ("-" for stdin), checked against the pattern.

    Errors name the file and line and what was expected, never what was found.
    """
    source = "stdin" if str(id_file) == STDIN else str(id_file)
    try:
        if str(id_file) == STDIN:
            raw = sys.stdin.buffer.read(_MAX_ID_FILE + 1)
        else:
            with open(id_file, "rb") as fh:
                raw = fh.read(_MAX_ID_FILE + 1)
    except FileNotFoundError:
        raise InputSchemaError(
            f"{source}: ID file not found; write the pseudonymous ID, alone on one line, "
            "into a file in the workspace and pass its path"
        ) from None
    except IsADirectoryError:
        raise InputSchemaError(f"{source}: is a folder; expected a file holding one ID") from None
    if len(raw) > _MAX_ID_FILE:
        raise InputSchemaError(f"{source}: too large for an ID file; expected one ID on one line")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputSchemaError(f"{source}: not UTF-8 text (byte offset {exc.start})") from None
    lines = [(number, line.strip()) for number, line in enumerate(text.splitlines(), 1)]
    values = [(number, line) for number, line in lines if line]
    if not values:
        raise InputSchemaError(f"{source}: empty; expected one pseudonymous ID on one line")
    if len(values) > 1:
        raise InputSchemaError(
            f"{source}: holds {len(values)} non-empty lines (lines {values[0][0]} and "
            f"{values[1][0]}...); expected exactly one pseudonymous ID: one person per request"
        )
    number, pseudonymous_id = values[0]
    if not re.fullmatch(id_pattern, pseudonymous_id):
        raise InputSchemaError(
            f"{source}, line {number}: not a pseudonymous ID in the configured format "
            f"(ingest.id_pattern {id_pattern}); the value is not shown"
        )
    return pseudonymous_id


def subject_reference(audit_key_path: Path, pseudonymous_id: str) -> str:
    """The keyed reference that records use for a person (32 hex characters).

    The key (``work/keys/audit.key``) no longer MACs the log, which is keyed by the
    evaluator's minisign key; the "subject:" prefix stays so references made before that
    change keep their values.
    """
    key = load_or_create_key(audit_key_path)
    digest = hmac.new(key, b"subject:" + pseudonymous_id.encode("utf-8"), hashlib.sha256)
    return digest.hexdigest()[:32]
