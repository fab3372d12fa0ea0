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
import threading
import time
from collections import deque
from collections.abc import Iterator
from typing import Any

import paramiko
from paramiko.buffered_pipe import BufferedPipe, PipeTimeout
from paramiko.sftp import CMD_DATA, CMD_READ, int64

READ_DEPTH = 64


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
        self._chunks: deque[bytes] = deque()
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
        parts: list[bytes] = []
        while nbytes > 0 and self._chunks:
            head = self._chunks[0]
            if len(head) <= nbytes:
                self._chunks.popleft()
                parts.append(head)
                nbytes -= len(head)
            else:
                parts.append(head[:nbytes])
                self._chunks[0] = head[nbytes:]
                nbytes = 0
        out = parts[0] if len(parts) == 1 else b"".join(parts)  # b"" if none
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
) -> Iterator[bytes]:
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
        kind, msg = sftp._read_response(request)
        if kind != CMD_DATA:
            raise EOFError(f"server ended the file early at byte {offset}")
        data = msg.get_string()
        yield data
        if len(data) < length:
            yield from _read_rest(sftp, handle, offset + len(data), offset + length, request_size)


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
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=depth)
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

    def put(self, chunk: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(chunk)

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error
