"""Pipelined reads and writes against a server that answers in any order (SFTP allows it).

Green End's gesftpserver runs requests on worker threads and answers them out of order;
paramiko's pipelined `SFTPFile.write` then dropped an early reply and waited for it until
the channel timed out. The fake speaks the SFTP wire format on the request layer that
sftp_io drives and releases its replies in a shuffled order.
"""

from __future__ import annotations

import errno
import io
import random
import struct
import threading

import paramiko
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from paramiko.sftp import (
    CMD_DATA,
    CMD_READ,
    CMD_STATUS,
    CMD_WRITE,
    SFTP_FAILURE,
    SFTP_OK,
    SFTP_PERMISSION_DENIED,
)

from sealflow.exchange import sftp_io


def _frame(body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + body


def _status(number: int, code: int, text: str) -> bytes:
    message = paramiko.Message()
    message.add_int(code)
    message.add_string(text)
    message.add_string("")
    return _frame(bytes([CMD_STATUS]) + struct.pack(">I", number) + message.asbytes())


class ShufflingServer:
    """Holds up to ``hold`` replies and sends them shuffled; writes land in ``written``."""

    def __init__(self, content: bytes, seed: int, hold: int, fail: dict[int, int]) -> None:
        self.content = content
        self.written = bytearray()
        self.fail = fail  # write offset -> SFTP status code
        self.rng = random.Random(seed)
        self.hold = hold
        self._lock = threading.Lock()
        self._expecting: dict[int, object] = {}
        self._held: list[bytes] = []
        self._wire = bytearray()
        self._next = 0
        self.reordered = False

    def _release(self) -> None:
        order = list(range(len(self._held)))
        self.rng.shuffle(order)
        self.reordered |= order != sorted(order)
        self._wire += b"".join(self._held[i] for i in order)
        self._held.clear()

    def _async_request(self, _kind, command, _handle, offset, argument):
        self._next += 1
        number, offset = self._next, int(offset)
        self._expecting[number] = None
        if command == CMD_READ:
            data = self.content[offset : offset + int(argument)]
            reply = _frame(bytes([CMD_DATA]) + struct.pack(">II", number, len(data)) + data)
        else:
            assert command == CMD_WRITE
            code = self.fail.get(offset, SFTP_OK)
            if code == SFTP_OK:
                end = offset + len(argument)
                self.written[len(self.written) : end] = bytes(max(0, end - len(self.written)))
                self.written[offset:end] = argument
            reply = _status(number, code, "No space left on device" if code else "")
        self._held.append(reply)
        if len(self._held) >= self.hold:
            self._release()
        return number

    def _read_all(self, n: int) -> bytes:
        if len(self._wire) < n:
            self._release()
        if len(self._wire) < n:
            raise EOFError("no more replies")
        chunk, self._wire = bytes(self._wire[:n]), self._wire[n:]
        return chunk

    def _convert_status(self, message: paramiko.Message) -> None:
        paramiko.SFTPClient._convert_status(self, message)  # type: ignore[arg-type]


class _File:
    handle = b"h"


@settings(max_examples=40, deadline=None)
@given(
    size=st.integers(min_value=0, max_value=5000),
    request_size=st.integers(min_value=1, max_value=400),
    hold=st.integers(min_value=1, max_value=12),
    seed=st.integers(min_value=0, max_value=2**16),
)
def test_when_server_answers_reads_out_of_order_then_bytes_arrive_whole_and_in_order(
    size: int, request_size: int, hold: int, seed: int
) -> None:
    content = bytes(random.Random(seed).randbytes(size))
    server = ShufflingServer(content, seed, hold, {})
    got = b"".join(bytes(c) for c in sftp_io.pipelined_read(server, _File(), 0, size, request_size))
    assert got == content
    assert not server._expecting


@settings(max_examples=40, deadline=None)
@given(
    size=st.integers(min_value=0, max_value=5000),
    request_size=st.integers(min_value=1, max_value=400),
    hold=st.integers(min_value=1, max_value=12),
    depth=st.integers(min_value=1, max_value=16),
    start=st.integers(min_value=0, max_value=300),
    seed=st.integers(min_value=0, max_value=2**16),
)
def test_when_server_answers_writes_out_of_order_then_every_reply_is_taken_and_bytes_land(
    size: int, request_size: int, hold: int, depth: int, start: int, seed: int
) -> None:
    content = bytes(random.Random(seed).randbytes(size))
    server = ShufflingServer(b"", seed, hold, {})
    source = io.BytesIO(content)
    source.seek(min(start, size))
    moved: list[int] = []
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sftp_io, "WRITE_DEPTH", depth)
        end = sftp_io.pipelined_write(
            server, _File(), source, min(start, size), request_size, moved.append
        )
    assert end == size and sum(moved) == size - min(start, size)
    assert bytes(server.written[min(start, size) :]) == content[min(start, size) :]
    assert not server._expecting  # every reply was read: none left to confuse a later request


def test_when_writes_are_answered_in_reverse_then_the_fake_really_reorders() -> None:
    server = ShufflingServer(b"", 1, 8, {})
    sftp_io.pipelined_write(server, _File(), io.BytesIO(bytes(800)), 0, 10)
    assert server.reordered


@pytest.mark.parametrize(
    ("code", "error", "errno_value"),
    [(SFTP_FAILURE, OSError, None), (SFTP_PERMISSION_DENIED, PermissionError, errno.EACCES)],
)
def test_when_a_write_fails_then_the_error_names_the_byte_and_the_servers_reason(
    code: int, error: type[OSError], errno_value: int | None
) -> None:
    server = ShufflingServer(b"", 7, 4, {300: code})
    with pytest.raises(error, match=r"write at byte 300: No space left on device") as caught:
        sftp_io.pipelined_write(server, _File(), io.BytesIO(bytes(1000)), 0, 100)
    assert caught.value.errno == errno_value


def test_when_server_goes_silent_then_the_timeout_says_what_was_waiting() -> None:
    server = ShufflingServer(b"", 1, 1000, {})

    def silent(_n: int) -> bytes:
        raise TimeoutError()

    server._read_all = silent  # type: ignore[method-assign]
    with pytest.raises(TimeoutError, match=r"no reply with \d+ requests outstanding"):
        sftp_io.pipelined_write(server, _File(), io.BytesIO(bytes(1000)), 0, 100)
