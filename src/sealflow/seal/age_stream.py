"""The age STREAM payload: 64 KiB chunks of ChaCha20-Poly1305, counter nonces, final flag.

Speed matters here (sealed files can be gigabytes), so the payload is processed in blocks
of ``BLOCK_CHUNKS`` chunks, each read with one ``readinto`` into preallocated buffers, and
libsodium encrypts or decrypts each chunk straight from the input block into the output
block through PyNaCl's own cffi handle: no per-chunk allocation or copy. (PyNaCl's public
``nacl.bindings`` AEAD functions take and return ``bytes``, two extra copies per chunk;
these are the same libsodium functions.) cffi releases the GIL during the calls, so the
blocks are sealed on a small thread pool while the calling thread reads the next block
and writes the previous one: reading, sealing and writing overlap. Memory stays constant:
three pairs of block buffers (12 MiB) whatever the file size.

Decryption only treats a chunk as final when the next read shows end of file, so a
truncated file, an empty last chunk, a missing final flag and trailing data all fail.
Verified chunks before the failing one are released to ``dst`` (as the reference
implementation does); file callers write to a temporary that is deleted on failure.
"""

from __future__ import annotations

import mmap
import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, BinaryIO

from nacl._sodium import ffi, lib

from sealflow.errors import DecryptionError
from sealflow.seal.primitives import hkdf_sha256

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
NONCE_SIZE = 16
BLOCK_CHUNKS = 32  # 2 MiB blocks: large reads and writes, small footprint
_BUFFERS = 3  # one being read, one being sealed, one being written
_PARALLEL_MIN_CHUNKS = 4
# One core stays with the calling thread for reading and writing; the rest seal. On two
# cores that is one sealing thread, which measured faster than splitting blocks further.
_WORKERS = max(1, min(4, (os.cpu_count() or 1) - 1))
_pool: ThreadPoolExecutor | None = None


class PayloadError(DecryptionError):
    """The payload is truncated, altered, or followed by trailing data."""


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    """HKDF-SHA-256(file key, salt = payload nonce, info = "payload")."""
    return hkdf_sha256(file_key, nonce, b"payload")


def _chunk_nonce(counter: int, final: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def _crypto_pool() -> ThreadPoolExecutor:
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=_WORKERS, thread_name_prefix="sealflow-stream")
    return _pool


def _forget_pool_after_fork() -> None:
    global _pool
    _pool = None  # a forked child has no pool threads; make a fresh pool on demand


os.register_at_fork(after_in_child=_forget_pool_after_fork)


def _read_full(src: BinaryIO, view: memoryview) -> int:
    """Fill ``view`` from ``src``; fewer bytes only at end of file."""
    filled = 0
    size = len(view)
    while filled < size:
        got = src.readinto(view[filled:])  # type: ignore[attr-defined]
        if not got:
            break
        filled += got
    return filled


def _block_buffer(size: int) -> mmap.mmap:
    """A zeroed block buffer whose pages cost nothing until touched.

    Anonymous memory maps instead of ``bytearray``: a small file touches only the pages
    it uses, instead of paying to zero all twelve megabytes on every call.
    """
    return mmap.mmap(-1, size)


def _chunk_lengths(size: int, chunk: int) -> list[int]:
    """Split ``size`` bytes into full chunks and a shorter remainder (one empty chunk if 0)."""
    full, rest = divmod(size, chunk)
    return [chunk] * full + ([rest] if rest or not full else [])


def _run_split(task: Callable[[int, int], Any], count: int) -> list[Future[Any]]:
    """Run ``task(lo, hi)`` over ``range(count)``: inline when small, else on the pool.

    On the pool the work overlaps with the caller's reading of the next block and
    writing of the previous one.
    """
    if count < _PARALLEL_MIN_CHUNKS:
        done: Future[Any] = Future()
        done.set_result(task(0, count))
        return [done]
    step = -(-count // _WORKERS)
    pool = _crypto_pool()
    return [pool.submit(task, lo, min(lo + step, count)) for lo in range(0, count, step)]


def _wait(futures: list[Future[Any]]) -> list[Any]:
    return [future.result() for future in futures]


def encrypt_payload(src: BinaryIO, dst: BinaryIO, key: bytes) -> None:
    """Encrypt all of ``src`` into ``dst`` as STREAM chunks under the payload ``key``."""
    plain = [_block_buffer(BLOCK_CHUNKS * CHUNK_SIZE) for _ in range(_BUFFERS)]
    sealed = [_block_buffer(BLOCK_CHUNKS * SEALED_CHUNK_SIZE) for _ in range(_BUFFERS)]
    plain_views = [memoryview(buffer) for buffer in plain]
    sealed_views = [memoryview(buffer) for buffer in sealed]
    plain_pointers = [ffi.from_buffer(buffer) for buffer in plain]
    sealed_pointers = [ffi.from_buffer(buffer) for buffer in sealed]
    counter = 0
    index = 0
    have = _read_full(src, plain_views[0])
    pending: tuple[list[Future[Any]], memoryview] | None = None
    try:
        while True:
            following = (index + 1) % _BUFFERS
            size = have
            last = True
            if size == len(plain_views[index]):
                # The next block is read now: only then is it known whether this one ends.
                have = _read_full(src, plain_views[following])
                last = have == 0
            lengths = _chunk_lengths(size, CHUNK_SIZE)

            def seal_range(
                lo: int, hi: int, source: Any = plain_pointers[index],
                target: Any = sealed_pointers[index], lengths: list[int] = lengths,
                counter: int = counter, last: bool = last,
            ) -> None:  # fmt: skip
                final_index = len(lengths) - 1
                for i in range(lo, hi):
                    nonce = _chunk_nonce(counter + i, last and i == final_index)
                    lib.crypto_aead_chacha20poly1305_ietf_encrypt(
                        target + i * SEALED_CHUNK_SIZE, ffi.NULL, source + i * CHUNK_SIZE,
                        lengths[i], ffi.NULL, 0, ffi.NULL, nonce, key,
                    )  # fmt: skip

            futures = _run_split(seal_range, len(lengths))
            if pending is not None:
                _wait(pending[0])
                dst.write(pending[1])
            pending = (futures, sealed_views[index][: size + TAG_SIZE * len(lengths)])
            counter += len(lengths)
            if last:
                current, pending = pending, None
                _wait(current[0])
                dst.write(current[1])
                return
            index = following
    finally:
        if pending is not None:
            for future in pending[0]:
                future.exception()  # let threads finish with our buffers before unwinding


# Outcomes of opening one chunk, beyond success.
_FAILED = "failed"
_RELEASED_BUT_NOT_FINAL = "not final"
_RELEASED_BUT_FINAL = "final early"
_TOO_SHORT = "too short"
_EMPTY_FINAL = "empty final"


def _payload_error(kind: str, counter: int) -> PayloadError:
    messages = {
        _FAILED: f"payload chunk {counter} failed authentication: "
        "the file is altered, truncated or has trailing data",
        _RELEASED_BUT_NOT_FINAL: "payload truncated: the final chunk is missing",
        _RELEASED_BUT_FINAL: "trailing data after the final payload chunk",
        _TOO_SHORT: "payload truncated: a chunk is shorter than its tag",
        _EMPTY_FINAL: "payload malformed: empty final chunk after data",
    }
    return PayloadError(messages[kind])


def decrypt_payload(src: BinaryIO, dst: BinaryIO, key: bytes) -> None:
    """Decrypt STREAM chunks from ``src`` into ``dst``, each written once it verifies.

    Raises PayloadError on a bad tag, truncation, a missing or early final chunk, an empty
    final chunk after data, or trailing data. Decryption is out of place: libsodium wipes
    the output of a failed decryption, and the ciphertext must survive a failure to be
    retried under the other final flag.
    """
    sealed = [_block_buffer(BLOCK_CHUNKS * SEALED_CHUNK_SIZE) for _ in range(_BUFFERS)]
    plain = [_block_buffer(BLOCK_CHUNKS * CHUNK_SIZE) for _ in range(_BUFFERS)]
    sealed_views = [memoryview(buffer) for buffer in sealed]
    plain_views = [memoryview(buffer) for buffer in plain]
    sealed_pointers = [ffi.from_buffer(buffer) for buffer in sealed]
    plain_pointers = [ffi.from_buffer(buffer) for buffer in plain]
    counter = 0
    index = 0
    have = _read_full(src, sealed_views[0])
    if have == 0:
        raise PayloadError("payload truncated: no chunks after the header")
    pending: tuple[list[Future[Any]], memoryview, list[int], int] | None = None
    try:
        while True:
            following = (index + 1) % _BUFFERS
            size = have
            last = True
            if size == len(sealed_views[index]):
                have = _read_full(src, sealed_views[following])
                last = have == 0
            lengths = _chunk_lengths(size, SEALED_CHUNK_SIZE)

            def open_range(
                lo: int, hi: int, source: Any = sealed_pointers[index],
                target: Any = plain_pointers[index], lengths: list[int] = lengths,
                counter: int = counter, last: bool = last,
            ) -> tuple[int, str] | None:  # fmt: skip
                final_index = len(lengths) - 1
                for i in range(lo, hi):
                    length = lengths[i]
                    final = last and i == final_index
                    if length < TAG_SIZE:
                        return i, _TOO_SHORT
                    if final and length == TAG_SIZE and counter + i > 0:
                        return i, _EMPTY_FINAL
                    chunk = source + i * SEALED_CHUNK_SIZE
                    output = target + i * CHUNK_SIZE
                    status = lib.crypto_aead_chacha20poly1305_ietf_decrypt(
                        output, ffi.NULL, ffi.NULL, chunk, length, ffi.NULL, 0,
                        _chunk_nonce(counter + i, final), key,
                    )  # fmt: skip
                    if status == 0:
                        continue
                    if length == SEALED_CHUNK_SIZE:
                        # A full chunk that verifies under the other flag is genuine: it is
                        # released, then the stream's real fault is reported.
                        retry = lib.crypto_aead_chacha20poly1305_ietf_decrypt(
                            output, ffi.NULL, ffi.NULL, chunk, length, ffi.NULL, 0,
                            _chunk_nonce(counter + i, not final), key,
                        )  # fmt: skip
                        if retry == 0:
                            return i, _RELEASED_BUT_NOT_FINAL if final else _RELEASED_BUT_FINAL
                    return i, _FAILED
                return None

            futures = _run_split(open_range, len(lengths))
            if pending is not None:
                _release(dst, *pending)
            pending = (futures, plain_views[index], lengths, counter)
            counter += len(lengths)
            if last:
                current, pending = pending, None
                _release(dst, *current)
                return
            index = following
    finally:
        if pending is not None:
            for future in pending[0]:
                future.exception()


def _release(
    dst: BinaryIO, futures: list[Future[Any]], view: memoryview, lengths: list[int], counter: int
) -> None:
    """Write a block's verified plaintext (``view``), up to and raising at its first failure."""
    failure = next((result for result in _wait(futures) if result is not None), None)
    good = len(lengths) if failure is None else failure[0]
    if failure is not None and failure[1] in (_RELEASED_BUT_FINAL, _RELEASED_BUT_NOT_FINAL):
        good += 1
    if good:
        # Every chunk but the last is full, so the verified plaintext is contiguous.
        dst.write(view[: sum(lengths[:good]) - TAG_SIZE * good])
    if failure is not None:
        raise _payload_error(failure[1], counter + failure[0])
