"""Pipelined SFTP reads on paramiko's request layer.

paramiko's own ways to read fast both fall short: its prefetch thread busy-waits (paramiko
#2455) and `readv` asks for the whole file at once. Here a window of READ_DEPTH requests of
the server's maximum read length stays in flight; OpenSSH answers requests in order and
may return fewer bytes than asked, so a short answer is followed by a request for the rest
before anything later is yielded. The request layer is private API, hence `raw_client`.
"""

from __future__ import annotations

import os
import queue
import threading
from collections import deque
from collections.abc import Iterator
from typing import Any

import paramiko
from paramiko.sftp import CMD_DATA, CMD_READ, int64

READ_DEPTH = 64


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
