"""The age STREAM payload: 64 KiB chunks of ChaCha20-Poly1305, counter nonces, final flag.

Speed matters here (sealed files can be gigabytes), so the payload goes through the one
block pipeline (block_pipeline.py) in blocks of ``BLOCK_CHUNKS`` chunks, and each chunk is
sealed or opened straight from the input block into the output block with
``cryptography``'s ``encrypt_into``/``decrypt_into`` (OpenSSL's ChaCha20-Poly1305): no
allocation or copy per chunk, through a public API. (PyNaCl's libsodium measured about
seven times the CPU per byte here, and its no-copy path is the private ``nacl._sodium``.)
age_stream_reference.py is the plain chunk-by-chunk version the tests compare this with.

Decryption only treats a chunk as final when the next read shows end of file, so a
truncated file, an empty last chunk, a missing final flag and trailing data all fail.
Verified chunks before the failing one are released to ``dst`` (as the reference
implementation does); file callers write to a temporary that is deleted on failure.
"""

from __future__ import annotations

from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from sealflow.errors import DecryptionError
from sealflow.seal.block_pipeline import Released, Transform, run_blocks
from sealflow.seal.primitives import hkdf_sha256

CHUNK_SIZE = 64 * 1024
TAG_SIZE = 16
SEALED_CHUNK_SIZE = CHUNK_SIZE + TAG_SIZE
NONCE_SIZE = 16
# 512 KiB blocks: at 256 MiB, 4 and 8 chunks per block needed 0.02-0.04 s less CPU than 32
# (2 MiB, beyond the L2 cache with its output block); docs/PERFORMANCE.md.
BLOCK_CHUNKS = 8


class PayloadError(DecryptionError):
    """The payload is truncated, altered, or followed by trailing data."""


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    """HKDF-SHA-256(file key, salt = payload nonce, info = "payload")."""
    return hkdf_sha256(file_key, nonce, b"payload")


def chunk_nonce(counter: int, final: bool) -> bytes:
    """The 12-byte nonce of chunk ``counter``: 11-byte big-endian counter, then the flag."""
    return counter.to_bytes(11, "big") + (b"\x01" if final else b"\x00")


def chunk_lengths(size: int, chunk: int) -> list[int]:
    """Split ``size`` bytes into full chunks and a shorter remainder (one empty chunk if 0)."""
    full, rest = divmod(size, chunk)
    return [chunk] * full + ([rest] if rest or not full else [])


def _sealer(key: bytes, block_chunks: int) -> Transform:
    cipher = ChaCha20Poly1305(key)

    def seal_block(plain: memoryview, sealed: memoryview, number: int, last: bool) -> Released:
        lengths = chunk_lengths(len(plain), CHUNK_SIZE)
        counter = number * block_chunks
        final_index = len(lengths) - 1 if last else -1
        start = 0
        for i, length in enumerate(lengths):
            at = i * SEALED_CHUNK_SIZE
            cipher.encrypt_into(
                chunk_nonce(counter + i, i == final_index),
                plain[start : start + length],
                None,
                sealed[at : at + length + TAG_SIZE],
            )
            start += length
        return Released(len(plain) + TAG_SIZE * len(lengths))

    return seal_block


def encrypt_payload(
    src: BinaryIO, dst: BinaryIO, key: bytes, block_chunks: int = BLOCK_CHUNKS
) -> None:
    """Encrypt all of ``src`` into ``dst`` as STREAM chunks under the payload ``key``."""
    run_blocks(
        src,
        dst,
        block_chunks * CHUNK_SIZE,
        block_chunks * SEALED_CHUNK_SIZE,
        _sealer(key, block_chunks),
    )


_TOO_SHORT = "payload truncated: a chunk is shorter than its tag"
_EMPTY_FINAL = "payload malformed: empty final chunk after data"


def _opener(key: bytes, block_chunks: int) -> Transform:
    cipher = ChaCha20Poly1305(key)

    def open_block(sealed: memoryview, plain: memoryview, number: int, last: bool) -> Released:
        if number == 0 and not sealed:
            return Released(0, PayloadError("payload truncated: no chunks after the header"))
        lengths = chunk_lengths(len(sealed), SEALED_CHUNK_SIZE)
        counter = number * block_chunks
        final_index = len(lengths) - 1 if last else -1
        out = 0
        for i, length in enumerate(lengths):
            final = i == final_index
            if length < TAG_SIZE:
                return Released(out, PayloadError(_TOO_SHORT))
            if final and length == TAG_SIZE and counter + i > 0:
                return Released(out, PayloadError(_EMPTY_FINAL))
            at = i * SEALED_CHUNK_SIZE
            chunk = sealed[at : at + length]
            target = plain[out : out + length - TAG_SIZE]
            try:
                cipher.decrypt_into(chunk_nonce(counter + i, final), chunk, None, target)
            except InvalidTag:
                genuine, error = _open_failure(cipher, chunk, target, counter + i, final)
                return Released(out + (length - TAG_SIZE if genuine else 0), error)
            out += length - TAG_SIZE
        return Released(out)

    return open_block


def _open_failure(
    cipher: ChaCha20Poly1305, chunk: memoryview, target: memoryview, counter: int, final: bool
) -> tuple[bool, PayloadError]:
    """Why chunk ``counter`` failed, and whether it is genuine (its plaintext is released).

    A full chunk that opens under the other final flag is genuine: it is released (as age
    does), then the stream's real fault, a missing final chunk or data after it, is raised.
    """
    if len(chunk) == SEALED_CHUNK_SIZE:
        try:
            cipher.decrypt_into(chunk_nonce(counter, not final), chunk, None, target)
        except InvalidTag:
            pass
        else:
            if final:
                return True, PayloadError("payload truncated: the final chunk is missing")
            return True, PayloadError("trailing data after the final payload chunk")
    return False, PayloadError(
        f"payload chunk {counter} failed authentication: "
        "the file is altered, truncated or has trailing data"
    )


def decrypt_payload(
    src: BinaryIO, dst: BinaryIO, key: bytes, block_chunks: int = BLOCK_CHUNKS
) -> None:
    """Decrypt STREAM chunks from ``src`` into ``dst``, each written once it verifies.

    Raises PayloadError on a bad tag, truncation, a missing or early final chunk, an empty
    final chunk after data, or trailing data. Decryption is out of place: the ciphertext
    must survive a failure to be retried under the other final flag.
    """
    run_blocks(
        src,
        dst,
        block_chunks * SEALED_CHUNK_SIZE,
        block_chunks * CHUNK_SIZE,
        _opener(key, block_chunks),
    )
