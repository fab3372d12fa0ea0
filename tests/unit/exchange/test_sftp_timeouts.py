"""An SFTP endpoint that accepts TCP but never speaks: the timeout and retries end it."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import pytest

from sealflow.errors import HostKeyError, TransportError
from sealflow.exchange.sftp import SftpEndpoint, SftpTransport


@pytest.fixture
def silent_port():
    listener = socket.create_server(("127.0.0.1", 0))
    accepted: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                accepted.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield listener.getsockname()[1], accepted
    stop.set()
    thread.join()
    for sock in accepted:
        sock.close()
    listener.close()


def _endpoint(tmp_path: Path, port: int, **fields) -> SftpEndpoint:
    known_hosts = tmp_path / "known_hosts"
    known_hosts.write_text("")
    values = {
        "party": "provider", "host": "127.0.0.1", "port": port, "user": "nobody",
        "known_hosts": known_hosts, "connect_timeout": 0.3, "retries": 1, "backoff": 0.01,
    }  # fmt: skip
    values.update(fields)
    return SftpEndpoint(**values)


def test_when_server_never_answers_then_each_attempt_times_out_and_the_transfer_fails(
    tmp_path: Path, silent_port
) -> None:
    port, accepted = silent_port
    with pytest.raises(TransportError, match="failed after 2 attempts"):
        SftpTransport(_endpoint(tmp_path, port)).list_incoming()
    assert len(accepted) == 2


def test_when_known_hosts_file_is_missing_then_no_connection_is_made(
    tmp_path: Path, silent_port
) -> None:
    port, accepted = silent_port
    endpoint = _endpoint(tmp_path, port, known_hosts=tmp_path / "absent")
    with pytest.raises(HostKeyError, match=r"known_hosts file of party provider not found"):
        SftpTransport(endpoint).list_incoming()
    assert accepted == []
