"""`receive` starts its SSH handshake while it validates the study's configuration.

Validating config.yaml and parties.yaml (jsonschema's imports and the checks, ~0.12 s of
CPU) and opening the SSH connection (~0.15 s, nearly all of it waiting on the server's
key exchange and authentication) ran one after the other. Here the sender's endpoint is
read from the two files as written, before they are validated, and its connection opens
in a background thread meanwhile.

Nothing is trusted on that early reading. The connection pins the host key and logs in
with a key like every other (sftp.connect); nothing is listed, read or written over it
until the validated configuration has produced an equal endpoint (SftpTransport takes a
connection started ahead only for an equal SftpEndpoint). Any other outcome (the files
fail validation, the validated settings name another endpoint, the early reading fails in
any way) leaves the connection unclaimed, and `close_unclaimed` closes it unused: the
command then runs, and fails, exactly as before.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sealflow.config import MAX_STUDY_FILE_BYTES, read_yaml, resolve
from sealflow.exchange.sftp_defaults import party_sftp_defaults
from sealflow.exchange.tcp_ahead import TcpAhead
from sealflow.settings import read_section

if TYPE_CHECKING:
    from sealflow.settings import SftpSettings

_started = [False]  # whether this process started a connection ahead (and loaded paramiko)


def connect_ahead(config_path: str | os.PathLike[str], party_name: str) -> None:
    """Start connecting to ``party_name``'s SFTP server, if the files as written name one.

    The TCP connection opens first (tcp_ahead.py), then paramiko is imported and the SSH
    handshake starts on it.
    """
    tcp = None
    try:
        written = _as_written(Path(config_path), party_name)
        if written is None:
            return  # a drop-box, or the schema's default transport: nothing to open ahead
        entry, root, sftp_settings = written
        host, port = entry["host"], int(entry["port"])
        if not isinstance(host, str):
            return
        tcp = TcpAhead(host, port, sftp_settings.connect_timeout)
        from sealflow.exchange.sftp import SftpEndpoint, start_connecting

        endpoint = SftpEndpoint.from_config(party_name, entry, root, sftp_settings)
    except Exception:  # the validation that follows reports whatever is wrong
        if tcp is not None:
            tcp.close()
        return
    start_connecting(endpoint, tcp)
    _started[0] = True


def close_unclaimed() -> None:
    """Close the connection started ahead if no transport took it (sftp.close_unclaimed)."""
    if _started[0]:
        from sealflow.exchange.sftp import close_unclaimed as close_sftp

        close_sftp()
        _started[0] = False


def _as_written(
    config_path: Path, party_name: str
) -> tuple[dict[str, Any], Path, SftpSettings] | None:
    """The party's ``sftp`` entry (schema defaults filled), the root and ``exchange.sftp``,
    read the way load_config and ExchangeContext read them; None if not over SFTP."""
    config = read_yaml(config_path, MAX_STUDY_FILE_BYTES)
    root = (config_path.resolve().parent / config["root"]).resolve()
    parties = read_yaml(resolve(root, config["parties"]), MAX_STUDY_FILE_BYTES)
    entry = parties["parties"][party_name]
    if entry.get("transport") != "sftp":
        return None
    sftp = read_section("exchange", config.get("exchange"), root).sftp
    return {**party_sftp_defaults(), **entry["sftp"]}, root, sftp
