"""The one small interface every transport offers, and the factory that picks one per party.

A transport moves bytes between our side and one party: `outgoing` is where that party
receives (its drop-box, or its SFTP inbox) and `incoming` is where it leaves files for us
(our drop-box, or its SFTP outbox). Remote names are relative POSIX paths built only from
names that passed `sealflow.exchange.names`. Every upload appears under its final name
whole or not at all; every download is checked for size and SHA-256 before it gets its
final name. What a batch is, and what to trust, is decided above this layer (flow.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from sealflow.config import resolve, schema
from sealflow.errors import ConfigError
from sealflow.exchange.stream_sink import StreamSink
from sealflow.settings import SftpSettings


class Transport(Protocol):
    description: str  # the party's side, where we send: the send record's "via"
    incoming_description: str  # where the party leaves files for us, named in what we read
    on_bytes: Callable[[int], None] | None  # progress: bytes moved, for a progress bar

    def upload(self, local: Path, remote: str, sha256: str | None = None) -> None:
        """Copy ``local`` to ``outgoing/remote`` via ``remote.part``, resuming a partial one.

        With ``sha256``, the bytes are hashed as they are sent and the `.part` is removed,
        never renamed, unless they match (IntegrityError): a file changed since its batch
        was made never appears under its final name.
        """

    def write_bytes(self, remote: str, data: bytes) -> None:
        """Write a small document (receipt, manifest) to ``outgoing/remote`` atomically."""

    def list_incoming(self, folder: str = "") -> list[str]:
        """Entry names in ``incoming/folder`` ([] if it does not exist); others' files included."""

    def read_incoming(self, remote: str, max_bytes: int) -> bytes:
        """Read a small file from ``incoming`` (refused if larger than ``max_bytes``)."""

    def download(
        self, remote: str, local: Path, size: int, sha256: str, sink: StreamSink | None = None
    ) -> None:
        """Fetch ``incoming/remote`` to ``local`` via ``local.part`` (resumed), verified first.

        With ``sink``, every byte kept is also handed to it as it arrives (each attempt
        starts with `sink.restart()` and the bytes a resume keeps); the sink must not
        release anything it made of them until this returns (the hash then matched).
        """

    def remove_incoming(self, remote: str) -> None:
        """Remove a fetched batch folder (or file) from ``incoming``."""

    def close(self) -> None: ...


def open_transport(
    party_name: str,
    party_entry: dict[str, Any],
    own_entry: dict[str, Any],
    own_name: str,
    root: str | os.PathLike[str],
    sftp: SftpSettings,
) -> Transport:
    """The transport that reaches ``party_name`` as parties.yaml and config `exchange.sftp` say.

    A party without ``transport`` takes parties.schema.yaml's default; a drop-box left out
    is ``dropbox/<party>`` (a default that follows the party's name, so the schema cannot
    state it).
    """
    kind = party_entry.get("transport", _default_transport())
    if kind == "local":
        from sealflow.exchange.local import LocalTransport

        outgoing = resolve(root, party_entry.get("dropbox", f"dropbox/{party_name}"))
        incoming = resolve(root, own_entry.get("dropbox", f"dropbox/{own_name}"))
        return LocalTransport(outgoing=Path(outgoing), incoming=Path(incoming))
    if kind == "sftp":
        from sealflow.exchange.sftp import SftpEndpoint, SftpTransport

        if "sftp" not in party_entry:
            raise ConfigError(
                f"parties.yaml: party {party_name!r} has transport sftp but no sftp section "
                "(host, user, known_hosts)"
            )
        endpoint = SftpEndpoint.from_config(party_name, party_entry["sftp"], root, sftp)
        return SftpTransport(endpoint)
    raise ConfigError(f"parties.yaml: party {party_name!r}: unknown transport {kind!r}")


def _default_transport() -> str:
    entry = schema("parties")["properties"]["parties"]["additionalProperties"]
    return str(entry["properties"]["transport"]["default"])
