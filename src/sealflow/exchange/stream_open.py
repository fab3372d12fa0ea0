"""Opening a sealed file while it downloads: one pass over the bytes instead of two.

`receive` used to download each member to disk (hashing it), then read it back to decrypt
it. Here the transport hands every byte it keeps to a `StreamOpener` as well, which runs
age's decryption in a worker thread into a temporary file beside the target, so network,
hashing and the cipher overlap on two cores. The order of trust is unchanged: the manifest
was verified against the sender's pinned key before the first byte was fetched; age
authenticates each 64 KiB chunk (and the end of the stream) before releasing its
plaintext; nothing here is parsed; and the plaintext gets its final name only through
`finish()`, which the caller calls once the transport has checked the file's SHA-256
against the signed manifest. On any failure (`abort()`, a bad hash, a bad chunk) the
temporary plaintext is deleted.
"""

from __future__ import annotations

import contextlib
import io
import os
import queue
import secrets
import threading
from pathlib import Path
from typing import Any, BinaryIO, cast

from sealflow import fsutil
from sealflow.errors import DecryptionError
from sealflow.seal import age
from sealflow.seal.age import Identity

QUEUE_DEPTH = 64  # chunks of at most one SFTP reply (255 KiB): at most 16 MiB in flight
_END = None


class _Cancelled(Exception):
    """The download stopped (lost connection, bad hash): the decryption is abandoned."""


_CANCEL = object()


class _QueueReader(io.RawIOBase):
    """The bytes put into a queue, as a raw reader (b"" once the end marker comes)."""

    def __init__(self, chunks: queue.Queue[Any]) -> None:
        super().__init__()
        self._chunks = chunks
        self._head: memoryview = memoryview(b"")
        self.ended = False

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        target = memoryview(buffer).cast("B")
        while not self._head and not self.ended:
            chunk = self._chunks.get()
            if chunk is _CANCEL:
                self.ended = True
                raise _Cancelled
            if chunk is _END:
                self.ended = True
            else:
                self._head = memoryview(chunk).cast("B")
        taken = min(len(target), len(self._head))
        target[:taken] = self._head[:taken]
        self._head = self._head[taken:]
        return taken

    def drain(self) -> None:
        """Take everything still coming until the end marker (after a failure)."""
        while not self.ended:
            if self._chunks.get() in (_END, _CANCEL):
                self.ended = True


class _Discard(io.RawIOBase):
    """A sink for plaintext that is authenticated and then thrown away."""

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        return len(memoryview(data))


class StreamOpener:
    """Decrypts one sealed member as its bytes arrive (`put`), into ``target`` or nowhere.

    ``target`` None authenticates only (the plaintext is thrown away, as the workflow's
    receive step wants). A transport calls `restart()` at the start of every attempt and
    then `put()`s every byte of the file from its first, in order (on a resumed download
    the kept prefix first). The caller ends with `finish()` after the transport accepted
    the file's hash, or `abort()` on any error.
    """

    def __init__(self, identities: list[Identity], target: Path | None, member: str) -> None:
        self.identities = identities
        self.target = target
        self.member = member
        self._chunks: queue.Queue[Any] | None = None
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None
        self._temp: Path | None = None

    # --- the transport's side ----------------------------------------------------------
    def restart(self) -> None:
        """Forget any earlier attempt (its temporary plaintext too) and start afresh."""
        self.abort()
        self._error = None
        self._chunks = queue.Queue(maxsize=QUEUE_DEPTH)
        sink: BinaryIO = cast(BinaryIO, _Discard())
        handle = None
        if self.target is not None:
            self._temp = self.target.with_name(
                f".{self.target.name}.{secrets.token_hex(4)}.opening"
            )
            fd = os.open(self._temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, fsutil.PRIVATE_FILE_MODE)
            handle = sink = cast(BinaryIO, open(fd, "wb", buffering=0))  # noqa: SIM115
        reader = _QueueReader(self._chunks)
        self._thread = threading.Thread(
            target=self._run, args=(reader, sink, handle), name="sealflow-opener", daemon=True
        )
        self._thread.start()

    def put(self, chunk: bytes | memoryview) -> None:
        """The next bytes of the file (dropped once the decryption has failed)."""
        if self._chunks is None:
            self.restart()
        if self._error is None and chunk:
            cast(queue.Queue[Any], self._chunks).put(chunk)

    # --- the caller's side -------------------------------------------------------------
    def finish(self) -> Path | None:
        """Wait for the last chunk; rename the plaintext into place (or raise, leaving none).

        Call only once the transport has checked the file against the signed manifest.
        Raises DecryptionError naming the member when it did not open completely.
        """
        if self._chunks is None:
            self.restart()  # an empty download: the decryption sees an empty stream
        self._stop(_END)
        temp, self._temp = self._temp, None
        if self._error is not None:
            if temp is not None:
                temp.unlink(missing_ok=True)
            error = self._error
            if isinstance(error, DecryptionError):
                raise DecryptionError(
                    f"{self.member}: {error}; the batch cannot be opened"
                ) from None
            raise error
        if temp is None or self.target is None:
            return None
        os.replace(temp, self.target)
        fsutil.fsync_dir(self.target.parent)
        return self.target

    def abort(self) -> None:
        """Stop the decryption and delete its temporary plaintext."""
        self._stop(_CANCEL)
        if self._temp is not None:
            self._temp.unlink(missing_ok=True)
            self._temp = None

    def _stop(self, marker: object) -> None:
        if self._thread is None or self._chunks is None:
            return
        self._chunks.put(marker)
        self._thread.join()
        self._thread, self._chunks = None, None

    def _run(self, reader: _QueueReader, sink: BinaryIO, handle: BinaryIO | None) -> None:
        try:
            age.decrypt(
                cast(BinaryIO, io.BufferedReader(reader, 1024 * 1024)), sink, self.identities
            )
            if not reader.ended:  # decrypt read to the end; a marker may still be due
                reader.drain()
            if handle is not None:
                os.fsync(handle.fileno())
        except _Cancelled:
            pass
        except BaseException as exc:  # handed to finish()
            self._error = exc
            with contextlib.suppress(BaseException):
                reader.drain()
        finally:
            if handle is not None:
                handle.close()
