"""Every SSH connection sends its packets at once (TCP_NODELAY, sftp.without_nagle): with
Nagle's algorithm a small request written behind an unacknowledged one waited for the
server's delayed ACK, ~45 ms at the login and again at the channel opening of every
`receive` and `send` (docs/PERFORMANCE.md). Against a real sshd, on both ways a
connection opens: by the transport itself, and ahead of the validation (early_connect.py)."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sshd_server import SshServer
from test_sftp_exchange import _sftp_study

from sealflow.exchange import early_connect, sftp
from sealflow.exchange.sftp import SftpTransport, without_nagle

pytestmark = pytest.mark.sshd


def _no_delay(transport: SftpTransport) -> int:
    assert transport._session is not None
    ssh = transport._session.client.get_transport()
    assert ssh is not None
    return ssh.sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY)


@pytest.mark.parametrize("opened_ahead", [False, True], ids=["by-transport", "ahead"])
def test_when_a_connection_opens_then_its_socket_sends_without_nagle_delay(
    sshd: SshServer, tmp_path: Path, opened_ahead: bool
) -> None:
    study = _sftp_study(tmp_path, sshd)
    if opened_ahead:
        early_connect.connect_ahead(study.config_path, "provider")
    transport = study.context().transport("provider")
    assert isinstance(transport, SftpTransport)
    try:
        assert transport.list_incoming() == []
        assert _no_delay(transport) != 0
        assert transport.log.connects == 1
        assert sftp._HANDSHAKES == {}
    finally:
        transport.close()
        early_connect.close_unclaimed()


def test_when_the_socket_is_not_tcp_then_it_is_left_as_it_is() -> None:
    left, right = socket.socketpair()
    with left, right:
        without_nagle(left)  # no TCP option on a Unix socket: must not raise
        assert left.family == socket.AF_UNIX
