"""pipelined_read against a server that answers some READs short (allowed by SFTP).

The fake speaks the SFTP wire format on the request layer that pipelined_read uses: it
queues one reply per pipelined READ and checks that a blocking request is never made while
pipelined replies are still unread (paramiko would then drop them and the download hang).
"""

from __future__ import annotations

import struct
import threading

import paramiko
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from paramiko.sftp import CMD_DATA

from sealflow.exchange import sftp_io


class ShortReadServer:
    def __init__(self, content: bytes, short_every: int) -> None:
        self.content = content
        self.short_every = short_every
        self._lock = threading.Lock()
        self._expecting: dict[int, object] = {}
        self._wire = bytearray()
        self._outstanding = 0
        self._next = 0

    def _reply(self, number: int, offset: int, length: int) -> bytes:
        data = self.content[offset : offset + length]
        if self.short_every and number % self.short_every == 0 and len(data) > 1:
            data = data[: len(data) // 2]
        body = bytes([CMD_DATA]) + struct.pack(">II", number, len(data)) + data
        return struct.pack(">I", len(body)) + body

    def _async_request(self, _kind, _cmd, _handle, offset, length):
        self._next += 1
        self._expecting[self._next] = None
        self._outstanding += 1
        self._wire += self._reply(self._next, int(offset), int(length))
        return self._next

    def _read_all(self, n: int) -> bytes:
        chunk, self._wire = bytes(self._wire[:n]), self._wire[n:]
        if len(chunk) < n:
            raise EOFError("no more replies")
        if n > 4:
            self._outstanding -= 1
        return chunk

    def _request(self, _cmd, _handle, offset, length):
        assert self._outstanding == 0, "blocking request while pipelined replies are unread"
        data = self.content[int(offset) : int(offset) + int(length)]
        message = paramiko.Message()
        message.add_string(data)
        message.rewind()
        return CMD_DATA, message


class _File:
    handle = b"h"


# READ_DEPTH is set to the same value for every example, so sharing the fixture is safe.
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    size=st.integers(min_value=0, max_value=4000),
    request_size=st.integers(min_value=1, max_value=300),
    short_every=st.integers(min_value=0, max_value=5),
    start=st.integers(min_value=0, max_value=50),
)
def test_when_server_answers_short_then_bytes_arrive_whole_and_in_order(
    monkeypatch, size, request_size, short_every, start
):
    monkeypatch.setattr(sftp_io, "READ_DEPTH", 8)
    content = bytes(i % 251 for i in range(size))
    start = min(start, size)
    server = ShortReadServer(content, short_every)
    got = b"".join(
        bytes(c) for c in sftp_io.pipelined_read(server, _File(), start, size, request_size)
    )
    assert got == content[start:]


def test_when_server_stops_answering_then_download_fails_instead_of_hanging():
    server = ShortReadServer(b"x" * 100, 0)
    server._read_all = lambda n: (_ for _ in ()).throw(EOFError("gone"))  # type: ignore[method-assign]
    with pytest.raises(paramiko.SSHException, match="dropped"):
        list(sftp_io.pipelined_read(server, _File(), 0, 100, 10))
