"""The TCP connection opened ahead of a handshake (tcp_ahead.py): handed over only for its
own address, closed when not taken, and nothing at all when it could not open."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from sshd_server import free_port

from sealflow.exchange.tcp_ahead import TcpAhead


@pytest.fixture
def listener() -> Iterator[socket.socket]:
    server = socket.create_server(("127.0.0.1", 0))
    yield server
    server.close()


def _peer_closed(listener: socket.socket) -> bool:
    accepted, _ = listener.accept()
    accepted.settimeout(10)
    with accepted:
        return accepted.recv(1) == b""


def test_when_the_handshake_is_for_the_same_address_then_it_takes_the_open_socket(listener):
    port = listener.getsockname()[1]
    ahead = TcpAhead("127.0.0.1", port, timeout=10)
    taken = ahead.take("127.0.0.1", port)
    assert taken is not None
    with taken:
        assert taken.getpeername() == ("127.0.0.1", port)
    assert ahead.take("127.0.0.1", port) is None  # handed over once


@pytest.mark.parametrize(
    ("host", "port_offset"), [("localhost", 0), ("127.0.0.1", 1)], ids=["host", "port"]
)
def test_when_the_validated_address_differs_then_the_socket_is_closed_unused(
    listener, host, port_offset
):
    port = listener.getsockname()[1]
    ahead = TcpAhead("127.0.0.1", port, timeout=10)
    assert ahead.take(host, port + port_offset) is None
    assert _peer_closed(listener)


def test_when_nobody_takes_it_then_close_closes_it(listener):
    ahead = TcpAhead("127.0.0.1", listener.getsockname()[1], timeout=10)
    ahead.close()
    assert _peer_closed(listener)


def test_when_nothing_listens_then_there_is_no_socket_to_take():
    port = free_port()
    assert TcpAhead("127.0.0.1", port, timeout=10).take("127.0.0.1", port) is None
