"""An SFTP endpoint that accepts TCP but never speaks: the timeout and retries end it."""

from __future__ import annotations

import dataclasses
import socket
import threading
from pathlib import Path

import pytest

from sealflow.errors import HostKeyError, TransportError
from sealflow.exchange.sftp import SftpEndpoint, SftpTransport
from sealflow.settings import read_section


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
    entry = {"host": "127.0.0.1", "port": port, "user": "nobody", "known_hosts": str(known_hosts)}
    sftp = read_section("exchange", None, tmp_path).sftp  # the schema's defaults
    endpoint = SftpEndpoint.from_config("provider", entry, tmp_path, sftp)
    values = {"connect_timeout": 0.3, "retries": 1, "backoff": 0.01, **fields}
    return dataclasses.replace(endpoint, **values)


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


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (TimeoutError(), r"sent nothing for 7 s \(the SFTP timeout setting\)"),
        (EOFError(), r"closed the connection"),
        (OSError(104, ""), r"Connection reset by peer"),
        (TimeoutError("the SFTP server sent no reply in 7 s"), r"sent no reply in 7 s"),
    ],
)
def test_when_an_error_carries_no_message_then_the_transfer_error_still_names_a_reason(
    tmp_path: Path, error: BaseException, reason: str
) -> None:
    transport = SftpTransport(_endpoint(tmp_path, 1, retries=0, timeout=7.0))

    def fail(_session: object) -> None:
        raise error

    transport._open = lambda: None  # type: ignore[assignment,method-assign,return-value]
    with pytest.raises(
        TransportError, match=rf"upload of x failed after 1 attempts \(\w+: .*{reason}"
    ):
        transport._with_retries("upload of x", fail)
