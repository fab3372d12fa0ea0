"""The age STREAM payload, chunk by chunk: the plain reference the block pipeline is tested against.

Written to be obviously right rather than fast: one 64 KiB chunk at a time, the next chunk
read before the current one is sealed or opened (only then is it known to be the last),
through PyNaCl's public ChaCha20-Poly1305 functions, a different implementation of the
cipher from the one age_stream.py uses. tests/unit/seal/test_stream_reference.py checks
both give byte-identical output, and the same errors after the same released bytes, at
sizes around the chunk and block boundaries. Nothing in sealflow calls it on real data.
"""

from __future__ import annotations

from typing import BinaryIO

import nacl.bindings
import nacl.exceptions

from sealflow.seal.age_stream import (
    CHUNK_SIZE,
    SEALED_CHUNK_SIZE,
    TAG_SIZE,
    PayloadError,
    chunk_nonce,
)


def _read_chunk(src: BinaryIO, size: int) -> bytes:
    """Up to ``size`` bytes; fewer only at end of file."""
    data = b""
    while len(data) < size:
        more = src.read(size - len(data))
        if not more:
            break
        data += more
    return data


def encrypt_payload_serially(src: BinaryIO, dst: BinaryIO, key: bytes) -> None:
    """Seal ``src`` into ``dst``: every chunk full but the last, which carries the flag."""
    counter = 0
    chunk = _read_chunk(src, CHUNK_SIZE)
    while True:
        following = _read_chunk(src, CHUNK_SIZE) if len(chunk) == CHUNK_SIZE else b""
        final = not following
        dst.write(
            nacl.bindings.crypto_aead_chacha20poly1305_ietf_encrypt(
                chunk, None, chunk_nonce(counter, final), key
            )
        )
        if final:
            return
        chunk = following
        counter += 1


def _open_chunk(chunk: bytes, counter: int, final: bool, key: bytes) -> bytes | None:
    try:
        return nacl.bindings.crypto_aead_chacha20poly1305_ietf_decrypt(
            chunk, None, chunk_nonce(counter, final), key
        )
    except nacl.exceptions.CryptoError:
        return None


def decrypt_payload_serially(src: BinaryIO, dst: BinaryIO, key: bytes) -> None:
    """Open ``src`` into ``dst`` chunk by chunk, writing each chunk once it verifies."""
    counter = 0
    chunk = _read_chunk(src, SEALED_CHUNK_SIZE)
    if not chunk:
        raise PayloadError("payload truncated: no chunks after the header")
    while True:
        following = _read_chunk(src, SEALED_CHUNK_SIZE) if len(chunk) == SEALED_CHUNK_SIZE else b""
        final = not following
        if len(chunk) < TAG_SIZE:
            raise PayloadError("payload truncated: a chunk is shorter than its tag")
        if final and len(chunk) == TAG_SIZE and counter > 0:
            raise PayloadError("payload malformed: empty final chunk after data")
        plain = _open_chunk(chunk, counter, final, key)
        if plain is None:
            other = _open_chunk(chunk, counter, not final, key)
            if other is not None and len(chunk) == SEALED_CHUNK_SIZE:
                dst.write(other)
                if final:
                    raise PayloadError("payload truncated: the final chunk is missing")
                raise PayloadError("trailing data after the final payload chunk")
            raise PayloadError(
                f"payload chunk {counter} failed authentication: "
                "the file is altered, truncated or has trailing data"
            )
        dst.write(plain)
        if final:
            return
        chunk = following
        counter += 1
