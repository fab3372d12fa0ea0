"""The block pipeline against the plain chunk-by-chunk reference: same bytes, same failures.

Sizes sit on and around every boundary the pipeline has (empty, one byte, the 64 KiB chunk,
the block of ``block_chunks`` chunks, several blocks), with small blocks so that many
blocks stay cheap, and at the real block size. Sealing is compared byte for byte under the
same payload key; opening is compared on intact and on damaged payloads, where both must
release the same verified prefix and raise the same error.
"""

from __future__ import annotations

import io
import os
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealflow.seal.age_stream import (
    BLOCK_CHUNKS,
    CHUNK_SIZE,
    SEALED_CHUNK_SIZE,
    PayloadError,
    decrypt_payload,
    encrypt_payload,
)
from sealflow.seal.age_stream_reference import decrypt_payload_serially, encrypt_payload_serially

KEY = bytes(range(32))
SMALL_BLOCK = 3


def boundary_sizes(block_chunks: int) -> list[int]:
    block = block_chunks * CHUNK_SIZE
    return [0, 1, CHUNK_SIZE, block, 2 * block, 3 * block + CHUNK_SIZE]


def sizes(block_chunks: int) -> st.SearchStrategy[int]:
    """A boundary, or one or two bytes either side of it."""
    return st.builds(
        lambda base, offset: max(0, base + offset),
        st.sampled_from(boundary_sizes(block_chunks)),
        st.sampled_from([-2, -1, 0, 1, 2]),
    )


def plaintext(size: int, seed: int) -> bytes:
    return random.Random(seed).randbytes(size)


def sealed_by_pipeline(data: bytes, block_chunks: int) -> bytes:
    out = io.BytesIO()
    encrypt_payload(io.BytesIO(data), out, KEY, block_chunks=block_chunks)
    return out.getvalue()


def sealed_by_reference(data: bytes) -> bytes:
    out = io.BytesIO()
    encrypt_payload_serially(io.BytesIO(data), out, KEY)
    return out.getvalue()


def opened(open_payload, sealed: bytes, **options: int) -> tuple[bytes, str | None]:
    """What an opener released, and the error it raised (None when the payload opened)."""
    out = io.BytesIO()
    try:
        open_payload(io.BytesIO(sealed), out, KEY, **options)
    except PayloadError as exc:
        return out.getvalue(), str(exc)
    return out.getvalue(), None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(size=sizes(SMALL_BLOCK), seed=st.integers(0, 2**32))
def test_when_sealed_in_small_blocks_then_pipeline_and_reference_agree_both_ways(
    size: int, seed: int
) -> None:
    data = plaintext(size, seed)
    sealed = sealed_by_pipeline(data, SMALL_BLOCK)
    assert sealed == sealed_by_reference(data)
    assert opened(decrypt_payload, sealed, block_chunks=SMALL_BLOCK) == (data, None)
    assert opened(decrypt_payload_serially, sealed) == (data, None)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(size=sizes(BLOCK_CHUNKS), seed=st.integers(0, 2**32))
def test_when_sealed_in_real_blocks_then_pipeline_and_reference_agree_both_ways(
    size: int, seed: int
) -> None:
    data = plaintext(size, seed)
    sealed = sealed_by_pipeline(data, BLOCK_CHUNKS)
    assert sealed == sealed_by_reference(data)
    assert opened(decrypt_payload, sealed) == (data, None)


def damage(sealed: bytes, kind: str, where: int) -> bytes:
    at = where % max(1, len(sealed))
    if kind == "truncate":
        return sealed[:at]
    if kind == "append":
        return sealed + sealed[at : at + 1 + where % 40]
    if kind == "flip":
        return sealed[:at] + bytes([sealed[at] ^ 0x01]) + sealed[at + 1 :]
    if kind == "drop chunk":
        start = (at // SEALED_CHUNK_SIZE) * SEALED_CHUNK_SIZE
        return sealed[:start] + sealed[start + SEALED_CHUNK_SIZE :]
    raise AssertionError(kind)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    size=sizes(SMALL_BLOCK),
    seed=st.integers(0, 2**32),
    kind=st.sampled_from(["truncate", "append", "flip", "drop chunk"]),
    where=st.integers(0, 2**31),
)
def test_when_a_payload_is_damaged_then_pipeline_and_reference_release_and_raise_alike(
    size: int, seed: int, kind: str, where: int
) -> None:
    damaged = damage(sealed_by_pipeline(plaintext(size, seed), SMALL_BLOCK), kind, where)
    by_pipeline = opened(decrypt_payload, damaged, block_chunks=SMALL_BLOCK)
    assert by_pipeline == opened(decrypt_payload_serially, damaged)
    if kind != "drop chunk" or size > CHUNK_SIZE:  # dropping the only chunk empties it
        assert by_pipeline[1] is not None


class Trickle(io.RawIOBase):
    """A pipe-like raw stream: each read and write moves at most ``most`` bytes."""

    def __init__(self, data: bytes = b"", most: int = 7777) -> None:
        self.data = data
        self.most = most
        self.written = bytearray()

    def readable(self) -> bool:
        return True

    def writable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        piece = self.data[: min(len(buffer), self.most)]
        buffer[: len(piece)] = piece
        self.data = self.data[len(piece) :]
        return len(piece)

    def write(self, buffer) -> int:  # type: ignore[no-untyped-def]
        piece = bytes(buffer[: self.most])
        self.written += piece
        return len(piece)


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE + 1, SMALL_BLOCK * CHUNK_SIZE * 2 + 5])
def test_when_reads_and_writes_are_short_then_the_pipeline_output_is_unchanged(size: int) -> None:
    data = os.urandom(size)
    sealed = Trickle(data)
    encrypt_payload(sealed, sealed, KEY, block_chunks=SMALL_BLOCK)  # type: ignore[arg-type]
    assert bytes(sealed.written) == sealed_by_reference(data)
    opened_trickle = Trickle(bytes(sealed.written))
    decrypt_payload(opened_trickle, opened_trickle, KEY, block_chunks=SMALL_BLOCK)  # type: ignore[arg-type]
    assert bytes(opened_trickle.written) == data


def test_when_the_payload_is_empty_then_both_say_no_chunks() -> None:
    expected = (b"", "payload truncated: no chunks after the header")
    assert opened(decrypt_payload, b"") == expected
    assert opened(decrypt_payload_serially, b"") == expected


class FullDisk(io.RawIOBase):
    """A destination that takes ``room`` bytes, then fails as a full disk does."""

    def __init__(self, room: int) -> None:
        self.room = room

    def writable(self) -> bool:
        return True

    def write(self, buffer) -> int:  # type: ignore[no-untyped-def]
        if len(buffer) > self.room:
            raise OSError(28, "No space left on device")
        self.room -= len(buffer)
        return len(buffer)


class CountingReader(io.BytesIO):
    def __init__(self, data: bytes) -> None:
        super().__init__(data)
        self.reads = 0

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def,override]
        self.reads += 1
        return super().readinto(buffer)


@pytest.mark.parametrize("room_blocks", [0, 1, 4])
def test_when_the_destination_fails_mid_stream_then_the_error_is_raised_and_reading_stops(
    room_blocks: int,
) -> None:
    blocks = 40
    data = os.urandom(blocks * SMALL_BLOCK * CHUNK_SIZE)
    src = CountingReader(data)
    with pytest.raises(OSError, match="No space left"):
        encrypt_payload(
            src, FullDisk(room_blocks * SMALL_BLOCK * SEALED_CHUNK_SIZE), KEY,  # type: ignore[arg-type]
            block_chunks=SMALL_BLOCK,
        )  # fmt: skip
    # The worker's failure stops the reader within the blocks already in flight.
    assert src.reads <= room_blocks + 4 < blocks
