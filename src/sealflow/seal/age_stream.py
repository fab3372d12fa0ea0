"""The age STREAM payload: 64 KiB chunks of ChaCha20-Poly1305, counter nonces, final flag.

Speed matters here (sealed files can be gigabytes), so chunks are read with ``readinto``
into one preallocated block buffer and encrypted or decrypted *in place* by libsodium
through PyNaCl's own cffi handle: no per-chunk allocation or copy, one large write per
block. PyNaCl's public ``nacl.bindings`` AEAD functions require ``bytes`` and return new
``bytes``, which costs two copies per chunk; the in-place calls are the same libsodium
functions (libsodium documents in-place operation as supported). Memory stays constant:
one block buffer (``BLOCK_CHUNKS`` chunks) whatever the file size.

Decryption never decides a chunk is final until the next read shows end of file, so a
truncated file, an empty last chunk, a missing final flag and trailing data all fail.
"""

from __future__ import annotations

from typing import BinaryIO

from nacl._sodium import ffi, lib

from sealflow.errors import DecryptionError
from sealflow.seal.primitives import hkdf_sha256

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
NONCE_SIZE = 16
BLOCK_CHUNKS = 16  # 1 MiB blocks: large writes, small footprint


class PayloadError(DecryptionError):
    """The payload is truncated, altered, or followed by trailing data."""


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    """HKDF-SHA-256(file key, salt = payload nonce, info = "payload")."""
    return hkdf_sha256(file_key, nonce, b"payload")


def _chunk_nonce(counter: int, final: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


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


def encrypt_payload(src: BinaryIO, dst: BinaryIO, key: bytes) -> None:
    """Encrypt all of ``src`` into ``dst`` as STREAM chunks under the payload ``key``."""
    block = bytearray(BLOCK_CHUNKS * SEALED_CHUNK_SIZE)
    view = memoryview(block)
    base = ffi.from_buffer(block)
    spare = bytearray(CHUNK_SIZE)
    spare_view = memoryview(spare)
    counter = 0
    slot = 0
    length = _read_full(src, view[:CHUNK_SIZE])
    while True:
        offset = slot * SEALED_CHUNK_SIZE
        next_slot = slot + 1
        next_length = 0
        if length == CHUNK_SIZE:
            if next_slot < BLOCK_CHUNKS:
                start = next_slot * SEALED_CHUNK_SIZE
                next_length = _read_full(src, view[start : start + CHUNK_SIZE])
            else:
                next_length = _read_full(src, spare_view)
        final = next_length == 0
        pointer = base + offset
        lib.crypto_aead_chacha20poly1305_ietf_encrypt(
            pointer, ffi.NULL, pointer, length, ffi.NULL, 0, ffi.NULL,
            _chunk_nonce(counter, final), key,
        )  # fmt: skip
        if final:
            dst.write(view[: offset + length + TAG_SIZE])
            return
        counter += 1
        if next_slot < BLOCK_CHUNKS:
            slot = next_slot
        else:
            dst.write(view)
            view[:next_length] = spare_view[:next_length]
            slot = 0
        length = next_length


def decrypt_payload(src: BinaryIO, dst: BinaryIO, key: bytes) -> None:
    """Decrypt STREAM chunks from ``src`` into ``dst``; each chunk is written once it verifies.

    Raises PayloadError on a bad tag, truncation, a missing or early final chunk, an empty
    final chunk after data, or trailing data. Callers that must not release unverified
    output (files) write to a temporary and rename only after this returns.
    """
    block = bytearray(BLOCK_CHUNKS * SEALED_CHUNK_SIZE)
    view = memoryview(block)
    base = ffi.from_buffer(block)
    spare = bytearray(SEALED_CHUNK_SIZE)
    spare_view = memoryview(spare)
    counter = 0
    slot = 0
    length = _read_full(src, view[:SEALED_CHUNK_SIZE])
    if length == 0:
        raise PayloadError("payload truncated: no chunks after the header")
    while True:
        offset = slot * SEALED_CHUNK_SIZE
        next_slot = slot + 1
        next_length = 0
        if length == SEALED_CHUNK_SIZE:
            if next_slot < BLOCK_CHUNKS:
                start = next_slot * SEALED_CHUNK_SIZE
                next_length = _read_full(src, view[start : start + SEALED_CHUNK_SIZE])
            else:
                next_length = _read_full(src, spare_view)
        final = next_length == 0
        if length < TAG_SIZE:
            raise PayloadError("payload truncated: a chunk is shorter than its tag")
        if final and length == TAG_SIZE and counter > 0:
            raise PayloadError("payload malformed: empty final chunk after data")
        pointer = base + offset
        status = lib.crypto_aead_chacha20poly1305_ietf_decrypt(
            pointer, ffi.NULL, ffi.NULL, pointer, length, ffi.NULL, 0,
            _chunk_nonce(counter, final), key,
        )  # fmt: skip
        if status != 0 and length == SEALED_CHUNK_SIZE:
            # A full chunk that verifies under the other flag is genuine: release it as the
            # reference implementation does, then report what is wrong with the stream.
            retry = lib.crypto_aead_chacha20poly1305_ietf_decrypt(
                pointer, ffi.NULL, ffi.NULL, pointer, length, ffi.NULL, 0,
                _chunk_nonce(counter, not final), key,
            )  # fmt: skip
            if retry == 0:
                dst.write(view[offset : offset + length - TAG_SIZE])
                if final:
                    raise PayloadError("payload truncated: the final chunk is missing")
                raise PayloadError("trailing data after the final payload chunk")
        if status != 0:
            raise PayloadError(
                f"payload chunk {counter} failed authentication: "
                "the file is altered, truncated or has trailing data"
            )
        dst.write(view[offset : offset + length - TAG_SIZE])
        if final:
            return
        counter += 1
        if next_slot < BLOCK_CHUNKS:
            slot = next_slot
        else:
            view[:next_length] = spare_view[:next_length]
            slot = 0
        length = next_length
