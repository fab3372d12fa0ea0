"""Round trips across chunk boundaries, tamper detection, and whole-or-nothing file output."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealflow.errors import DecryptionError, SealflowError
from sealflow.fsutil import atomic_output as open_atomic
from sealflow.seal import age
from sealflow.seal.age_stream import BLOCK_CHUNKS, CHUNK_SIZE

IDENTITY = age.X25519Identity.generate()
OTHER_IDENTITY = age.X25519Identity.generate()
BOUNDARY_SIZES = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE]


def seal_bytes(plaintext: bytes, recipients: list[age.Recipient], armor: bool = False) -> bytes:
    sealed = io.BytesIO()
    age.encrypt(io.BytesIO(plaintext), sealed, recipients, armor=armor)
    return sealed.getvalue()


def open_bytes(sealed: bytes, identities: list[age.Identity]) -> bytes:
    opened = io.BytesIO()
    age.decrypt(io.BytesIO(sealed), opened, identities)
    return opened.getvalue()


@settings(max_examples=24, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    size=st.sampled_from(BOUNDARY_SIZES),
    seed=st.binary(min_size=1, max_size=64),
    armor=st.booleans(),
    extra_recipients=st.integers(min_value=0, max_value=3),
)
def test_when_sealed_at_chunk_boundaries_then_round_trip_is_exact(
    size: int, seed: bytes, armor: bool, extra_recipients: int
):
    plaintext = (seed * (size // len(seed) + 1))[:size]
    others: list[age.Recipient] = [
        age.X25519Identity.generate().recipient() for _ in range(extra_recipients)
    ]
    sealed = seal_bytes(plaintext, [*others, IDENTITY.recipient()], armor=armor)
    assert open_bytes(sealed, [IDENTITY]) == plaintext
    expected_chunks = max(1, -(-size // CHUNK_SIZE))
    if not armor:
        assert sealed.startswith(b"age-encryption.org/v1\n")
        header_end = sealed.index(b"\n---") + 49
        assert len(sealed) - header_end - 16 == size + 16 * expected_chunks


@pytest.mark.parametrize("size", BOUNDARY_SIZES)
def test_when_file_is_sealed_then_it_opens_through_the_file_api(tmp_path: Path, size: int):
    plain = tmp_path / "plain.bin"
    plain.write_bytes(os.urandom(size))
    age.seal_file(plain, tmp_path / "sealed.age", [str(IDENTITY.recipient())])
    age.open_file(tmp_path / "sealed.age", tmp_path / "opened.bin", [IDENTITY])
    assert (tmp_path / "opened.bin").read_bytes() == plain.read_bytes()
    assert (tmp_path / "opened.bin").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
def test_when_any_single_bit_of_a_sealed_file_flips_then_opening_fails(armor: bool):
    sealed = seal_bytes(b"synthetic payload for bit flips", [IDENTITY.recipient()], armor=armor)
    for bit in range(len(sealed) * 8):
        tampered = bytearray(sealed)
        tampered[bit // 8] ^= 1 << (bit % 8)
        with pytest.raises(DecryptionError):
            open_bytes(bytes(tampered), [IDENTITY])


def _truncated(sealed: bytes) -> bytes:
    return sealed[:-1]


def _trailing(sealed: bytes) -> bytes:
    return sealed + b"\x00"


def _no_payload(sealed: bytes) -> bytes:
    return sealed[: sealed.index(b"\n---") + 49]


def _bad_mac(sealed: bytes) -> bytes:
    mac_at = sealed.index(b"\n---") + 5
    return (
        sealed[:mac_at]
        + (b"A" if sealed[mac_at : mac_at + 1] != b"A" else b"B")
        + sealed[mac_at + 1 :]
    )


def _bad_version(sealed: bytes) -> bytes:
    return sealed.replace(b"age-encryption.org/v1", b"age-encryption.org/v2", 1)


def _not_age(sealed: bytes) -> bytes:
    return b"plain text, not an age file\n"


@pytest.mark.parametrize(
    "damage, identity, message",
    [
        (_truncated, IDENTITY, "failed authentication"),
        (_trailing, IDENTITY, "failed authentication"),
        (_no_payload, IDENTITY, "nonce is missing"),
        (_bad_mac, IDENTITY, "header MAC"),
        (_bad_version, IDENTITY, "unsupported age version"),
        (_not_age, IDENTITY, "not an age file"),
        (lambda sealed: sealed, OTHER_IDENTITY, "no identity matches"),
    ],
    ids=["truncated", "trailing", "no-payload", "bad-mac", "version", "not-age", "wrong-key"],
)
def test_when_opening_fails_then_no_output_is_left(
    tmp_path: Path, damage, identity: age.X25519Identity, message: str
):
    sealed_path = tmp_path / "in.age"
    sealed_path.write_bytes(
        damage(seal_bytes(os.urandom(3 * CHUNK_SIZE + 7), [IDENTITY.recipient()]))
    )
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    with pytest.raises(DecryptionError, match=message) as caught:
        age.open_file(sealed_path, out_dir / "plain.bin", [identity])
    assert str(sealed_path) in str(caught.value)
    assert list(out_dir.iterdir()) == []


def test_when_opening_fails_then_an_existing_output_is_untouched(tmp_path: Path):
    sealed_path = tmp_path / "in.age"
    sealed_path.write_bytes(_truncated(seal_bytes(b"x" * 100, [IDENTITY.recipient()])))
    previous = tmp_path / "plain.txt"
    previous.write_bytes(b"previous content")
    with pytest.raises(DecryptionError):
        age.open_file(sealed_path, previous, [IDENTITY])
    assert previous.read_bytes() == b"previous content"


def test_when_the_same_plaintext_is_sealed_twice_then_ciphertexts_differ():
    recipients: list[age.Recipient] = [IDENTITY.recipient()]
    assert seal_bytes(b"same", recipients) != seal_bytes(b"same", recipients)


def test_when_sealed_to_a_passphrase_then_it_opens_only_with_it():
    sealed = seal_bytes(b"secret", [age.ScryptRecipient(b"correct horse", work_factor=10)])
    assert open_bytes(sealed, [age.ScryptIdentity(b"correct horse")]) == b"secret"
    with pytest.raises(age.NoIdentityMatchError):
        open_bytes(sealed, [age.ScryptIdentity(b"wrong")])


@pytest.mark.parametrize(
    "recipients, message",
    [
        ([], "no recipient"),
        (["age1notavalidrecipient"], "not an age recipient"),
        ([age.ScryptRecipient(b"pw", 10), IDENTITY.recipient()], "only recipient"),
        (str(IDENTITY.recipient()), "not a single string"),
    ],
    ids=["none", "malformed", "scrypt-mixed", "bare-string"],
)
def test_when_recipients_are_bad_then_sealing_refuses(tmp_path: Path, recipients, message: str):
    plain = tmp_path / "plain.txt"
    plain.write_bytes(b"data")
    with pytest.raises(SealflowError, match=message):
        age.seal_file(plain, tmp_path / "out.age", recipients)
    assert not (tmp_path / "out.age").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.txt"]


BLOCK_BYTES = BLOCK_CHUNKS * CHUNK_SIZE


@pytest.mark.parametrize(
    "size", [BLOCK_BYTES - 1, BLOCK_BYTES, BLOCK_BYTES + 1, 2 * BLOCK_BYTES + CHUNK_SIZE]
)
def test_when_payload_spans_processing_blocks_then_round_trip_is_exact(size: int):
    plaintext = os.urandom(size)
    assert open_bytes(seal_bytes(plaintext, [IDENTITY.recipient()]), [IDENTITY]) == plaintext


@pytest.mark.parametrize("cut_chunks", [BLOCK_CHUNKS, BLOCK_CHUNKS + 1])
def test_when_payload_is_cut_at_a_block_boundary_then_only_verified_chunks_are_released(
    cut_chunks: int,
):
    plaintext = os.urandom(2 * BLOCK_BYTES + 5)
    sealed = seal_bytes(plaintext, [IDENTITY.recipient()])
    payload_start = sealed.index(b"\n---") + 49 + 16
    cut = sealed[: payload_start + cut_chunks * (CHUNK_SIZE + 16)]
    released = io.BytesIO()
    with pytest.raises(DecryptionError, match="final chunk is missing"):
        age.decrypt(io.BytesIO(cut), released, [IDENTITY])
    assert released.getvalue() == plaintext[: cut_chunks * CHUNK_SIZE]


@pytest.mark.parametrize("line_ending", [b"\n", b"\r\n"], ids=["lf", "crlf"])
def test_when_large_armored_file_is_opened_then_it_round_trips(line_ending: bytes):
    plaintext = os.urandom(2 * BLOCK_BYTES + 3)
    armored = seal_bytes(plaintext, [IDENTITY.recipient()], armor=True)
    assert open_bytes(armored.replace(b"\n", line_ending), [IDENTITY]) == plaintext


@pytest.mark.parametrize(
    "edit, message",
    [
        (lambda text: text[:1000] + text[1000:].replace(b"\n", b" \n", 1), "not base64"),
        (lambda text: text[:2000] + text[2001:], "armor"),
        (lambda text: text + b"trailing", "after the armor END"),
    ],
    ids=["whitespace", "missing-character", "trailing-garbage"],
)
def test_when_large_armored_file_is_damaged_then_it_is_an_armor_error(edit, message: str):
    from sealflow.seal.armor import ArmorError

    armored = seal_bytes(os.urandom(BLOCK_BYTES), [IDENTITY.recipient()], armor=True)
    with pytest.raises(ArmorError, match=message):
        open_bytes(edit(armored), [IDENTITY])


def test_when_progress_is_asked_then_it_counts_every_byte_read(tmp_path: Path):
    plain = tmp_path / "plain.bin"
    plain.write_bytes(os.urandom(BLOCK_BYTES + 10))
    sealed_counts: list[int] = []
    opened_counts: list[int] = []
    age.seal_file(plain, tmp_path / "s.age", [IDENTITY.recipient()], progress=sealed_counts.append)
    age.open_file(tmp_path / "s.age", tmp_path / "o.bin", [IDENTITY], progress=opened_counts.append)
    assert sum(sealed_counts) == plain.stat().st_size
    assert sum(opened_counts) == (tmp_path / "s.age").stat().st_size
    assert (tmp_path / "o.bin").read_bytes() == plain.read_bytes()


@pytest.mark.parametrize("identities", ["keys/evaluator.age", [Path("keys/evaluator.age")]])
def test_when_identities_are_paths_then_opening_explains_how_to_load_them(
    tmp_path: Path, identities
):
    sealed = tmp_path / "s.age"
    sealed.write_bytes(seal_bytes(b"x", [IDENTITY.recipient()]))
    with pytest.raises(SealflowError, match="load_identities"):
        age.open_file(sealed, tmp_path / "out", identities)
    assert not (tmp_path / "out").exists()


class _FailingReader(io.RawIOBase):
    """A source that breaks after some data, as a failing disk or pipe does."""

    def __init__(self) -> None:
        super().__init__()
        self._served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self._served > 3 * CHUNK_SIZE:
            raise OSError("synthetic read failure")
        view = memoryview(buffer)
        view[:] = b"\0" * len(view)
        self._served += len(view)
        return len(view)


@pytest.mark.parametrize("armor", [False, True], ids=["binary", "armored"])
def test_when_the_source_fails_then_sealing_raises_and_leaves_no_output(
    tmp_path: Path, armor: bool, capsys: pytest.CaptureFixture[str]
):
    out = tmp_path / "out.age"
    with pytest.raises(OSError, match="synthetic"), open_atomic(out) as dst:
        age.encrypt(_FailingReader(), dst, [IDENTITY.recipient()], armor=armor)
    assert not out.exists()
    assert list(tmp_path.iterdir()) == []
    assert capsys.readouterr().err == ""
