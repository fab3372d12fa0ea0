"""The defaults parties.schema.yaml gives a party's ``sftp`` keys, without paramiko.

On its own so that early_connect.py can read the endpoint (host and port) and open its TCP
connection before sftp.py, and paramiko with it, is imported.
"""

from __future__ import annotations

from typing import Any

from sealflow.config import schema


def party_sftp_defaults() -> dict[str, Any]:
    """The defaults parties.schema.yaml gives a party's ``sftp`` keys (port, inbox, outbox)."""
    entry = schema("parties")["properties"]["parties"]["additionalProperties"]
    keys = entry["properties"]["sftp"]["properties"]
    return {key: spec["default"] for key, spec in keys.items() if "default" in spec}
