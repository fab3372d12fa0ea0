"""Pipelined SFTP reads on paramiko's request layer.

paramiko's own ways to read fast both fall short: its prefetch thread busy-waits (paramiko
#2455) and `readv` asks for the whole file at once. Here a window of READ_DEPTH requests of
the server's maximum read length stays in flight; OpenSSH answers requests in order and
may return fewer bytes than asked, so a short answer is followed by a request for the rest
before anything later is yielded. The request layer is private API, hence `raw_client`.

`ChunkPipe` replaces the receive buffer of the SFTP channel (`channel.in_buffer`, set by
`sftp.connect` right after the channel opens, before any data can arrive). It is the one
place sealflow swaps a paramiko internal: no public option avoids BufferedPipe's
front-deletes, which dominated a download's profile; it keeps BufferedPipe's interface and
is tested on its own (tests/unit/exchange/test_sftp_chunk_pipe.py) and by every SFTP test.
"""

from __future__ import annotations

import os
import queue
import struct
import threading
import time
from collections import deque
from collections.abc import Iterator
from typing import Any

import paramiko
from paramiko.buffered_pipe import BufferedPipe, PipeTimeout
from paramiko.sftp import CMD_DATA, CMD_READ, CMD_STATUS, int64

READ_DEPTH = 128


class ChunkPipe(BufferedPipe):
    """A channel's receive buffer kept as a queue of the packets' bytes, not one array.

    paramiko's BufferedPipe appends every packet to one `array` and deletes each read from
    its front, which moves everything still buffered: with the 8 MiB window a download
    needs, that memmove (done holding the GIL) took a fifth of the download's time. Here a
    read takes whole packets off a deque (a packet that is read whole is not copied), and a
    reader asking for n bytes is woken once n bytes are there (at most half the window, so
    the server is never stuck waiting for a window adjust) instead of at every packet.
    Same interface and semantics otherwise: a read returns between 1 and n bytes, b"" once
    closed and drained, and raises PipeTimeout if nothing came in time.
    """

    def __init__(self, window_size: int) -> None:
        super().__init__()
        # Own state for every method (all are overridden), not the base class's privates.
        self._lock = threading.Lock()
        self._cv = threading.Condition(self._lock)
        self._event: threading.Event | None = None
        self._closed = False
        self._chunks: deque[bytes | memoryview] = deque()
        self._size = 0
        self._wanted = 1
        self._max_wait_bytes = max(1, window_size // 2)

    def __len__(self) -> int:
        return self._size

    def set_event(self, event: threading.Event) -> None:
        with self._lock:
            self._event = event
            if self._closed or self._size:
                event.set()
            else:
                event.clear()

    def feed(self, data: bytes) -> None:
        with self._lock:
            if self._event is not None:
                self._event.set()
            if data:
                self._chunks.append(bytes(data))
                self._size += len(data)
            if self._size >= self._wanted:
                self._cv.notify_all()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._cv.notify_all()
            if self._event is not None:
                self._event.set()

    def read_ready(self) -> bool:
        with self._lock:
            return self._size > 0

    def read(self, nbytes: int, timeout: float | None = None) -> bytes:
        with self._lock:
            wanted = min(nbytes, self._max_wait_bytes)
            deadline = None if timeout is None else time.monotonic() + timeout
            while self._size < wanted and not self._closed:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    if self._size:
                        break
                    raise PipeTimeout()
                self._wanted = wanted
                try:
                    self._cv.wait(left)
                finally:
                    self._wanted = 1
            return self._take(nbytes)

    def empty(self) -> bytes:
        with self._lock:
            return self._take(self._size)

    def _take(self, nbytes: int) -> bytes:
        """Up to ``nbytes`` from the front; caller holds the lock."""
        parts: list[bytes | memoryview] = []
        while nbytes > 0 and self._chunks:
            head = self._chunks[0]
            if len(head) <= nbytes:
                self._chunks.popleft()
                parts.append(head)
                nbytes -= len(head)
            else:  # split without copying the rest: it stays a view of the packet
                view = memoryview(head)
                parts.append(view[:nbytes])
                self._chunks[0] = view[nbytes:]
                nbytes = 0
        first = parts[0] if len(parts) == 1 else None
        out = first if isinstance(first, bytes) else b"".join(parts)  # b"" if none
        self._size -= len(out)
        if not self._size and self._event is not None and not self._closed:
            self._event.clear()
        return out


def raw_client(sftp: paramiko.SFTPClient) -> Any:
    """paramiko's request layer, typed loosely (private API: limits and pipelining)."""
    return sftp


def pipelined_read(
    sftp_client: paramiko.SFTPClient,
    remote_file: paramiko.SFTPFile,
    start: int,
    end: int,
    request_size: int,
) -> Iterator[bytes | memoryview]:
    """Yield the bytes of [start, end) of ``remote_file`` in order."""
    sftp = raw_client(sftp_client)
    handle = remote_file.handle
    pending: deque[tuple[int, int, int]] = deque()
    next_offset = start
    while next_offset < end or pending:
        while next_offset < end and len(pending) < READ_DEPTH:
            length = min(request_size, end - next_offset)
            request = sftp._async_request(type(None), CMD_READ, handle, int64(next_offset), length)
            pending.append((request, next_offset, length))
            next_offset += length
        request, offset, length = pending.popleft()
        data = _read_data_reply(sftp, request, offset)
        yield data
        if len(data) < length:
            # A short read mid-file (OpenSSH never sends one for a regular file, other
            # servers may): take in the replies already in flight first, so that the
            # blocking catch-up request below is the only one outstanding and no reply is
            # consumed out of turn, then yield everything in file order.
            in_flight = [(o, n, bytes(_read_data_reply(sftp, r, o))) for r, o, n in pending]
            pending.clear()
            yield from _read_rest(sftp, handle, offset + len(data), offset + length, request_size)
            for later_offset, later_length, later_data in in_flight:
                yield later_data
                if len(later_data) < later_length:
                    yield from _read_rest(
                        sftp,
                        handle,
                        later_offset + len(later_data),
                        later_offset + later_length,
                        request_size,
                    )


def _read_data_reply(sftp: Any, request: int, offset: int) -> memoryview:
    """The data of the reply to READ ``request``, as a view of the received message.

    paramiko's `_read_response` copies each 255 KiB reply twice more (a slice to drop the
    type byte, then `Message.get_string`); here the reply is parsed in place. Replies
    arrive in request order (OpenSSH answers in order, which `pipelined_read` relies on
    anyway), so anything else is a protocol error; a status reply is converted to
    paramiko's errors as `_read_response` would (EOF: EOFError; others: OSError).
    """
    try:
        (size,) = struct.unpack(">I", sftp._read_all(4))
        body = sftp._read_all(size)
    except EOFError as exc:
        raise paramiko.SSHException(f"Server connection dropped: {exc}") from None
    if size < 5:
        raise paramiko.SFTPError(f"SFTP reply of {size} bytes at byte {offset}")
    kind = body[0]
    (number,) = struct.unpack_from(">I", body, 1)
    if number != request:
        raise paramiko.SFTPError(
            f"SFTP reply #{number} where #{request} (byte {offset}) was due: out of order"
        )
    with sftp._lock:
        sftp._expecting.pop(number, None)
    if kind == CMD_STATUS:
        sftp._convert_status(paramiko.Message(body[5:]))
    if kind != CMD_DATA:
        raise EOFError(f"server ended the file early at byte {offset}")
    (length,) = struct.unpack_from(">I", body, 5)
    if 9 + length > size:
        raise paramiko.SFTPError(f"SFTP data reply at byte {offset} is truncated")
    return memoryview(body)[9 : 9 + length]


def _read_rest(sftp: Any, handle: Any, start: int, end: int, size: int) -> Iterator[bytes]:
    while start < end:
        kind, msg = sftp._request(CMD_READ, handle, int64(start), min(size, end - start))
        if kind != CMD_DATA:
            raise EOFError(f"server ended the file early at byte {start}")
        data = msg.get_string()
        if not data:
            raise EOFError(f"server returned no data at byte {start}")
        yield data
        start += len(data)


class ChunkWriter:
    """Writes and hashes received chunks in a second thread, in order.

    `os.pwrite` and SHA-256 both release the GIL, so the reading thread keeps parsing
    replies meanwhile instead of waiting on the disk and the hash. `close()` drains the
    queue, so after an interrupted download the `.part` file holds exactly the contiguous
    bytes received.
    """

    def __init__(self, fd: int, position: int, digest: Any, depth: int = 64) -> None:
        self.fd = fd
        self.position = position
        self.digest = digest
        self._queue: queue.Queue[bytes | memoryview | None] = queue.Queue(maxsize=depth)
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="sealflow-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (chunk := self._queue.get()) is not None:
            if self._error is not None:
                continue
            try:
                os.pwrite(self.fd, chunk, self.position)
                self.digest.update(chunk)
                self.position += len(chunk)
            except BaseException as exc:  # reported by put() or close()
                self._error = exc

    def put(self, chunk: bytes | memoryview) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(chunk)

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error
