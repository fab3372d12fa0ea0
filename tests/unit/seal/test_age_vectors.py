"""Every C2SP/CCTV age vector (tests/data/age-cctv, see its SOURCE.md) gives its outcome.

The payload hash covers all plaintext the streaming decrypt released, even on failure,
as the vectors specify. Hybrid (post-quantum) vectors are skipped: sealflow implements
X25519 and scrypt recipients only; the skips show up in the pytest summary.
"""

from __future__ import annotations

import hashlib
import io
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from sealflow.errors import DecryptionError
from sealflow.seal import age
from sealflow.seal.age_header import HeaderError, HeaderMacError
from sealflow.seal.age_stream import PayloadError
from sealflow.seal.armor import ArmorError

VECTOR_DIR = Path(__file__).resolve().parents[2] / "data" / "age-cctv"

OUTCOME_OF_ERROR: dict[type[DecryptionError], str] = {
    HeaderError: "header failure",
    HeaderMacError: "HMAC failure",
    PayloadError: "payload failure",
    age.NoIdentityMatchError: "no match",
    ArmorError: "armor failure",
}


@dataclass
class Vector:
    expect: str
    payload_sha256: str | None
    identities: list[age.Identity] = field(default_factory=list)
    armored: bool = False
    hybrid: bool = False
    body: bytes = b""


def load_vector(path: Path) -> Vector:
    head, body = path.read_bytes().split(b"\n\n", 1)
    meta: dict[str, str] = {}
    vector = Vector(expect="", payload_sha256=None)
    for line in head.decode().splitlines():
        key, value = line.split(": ", 1)
        meta.setdefault(key, value)
        if key == "identity":
            if value.startswith("AGE-SECRET-KEY-PQ-"):
                vector.hybrid = True
            else:
                vector.identities.append(age.X25519Identity.parse(value))
        elif key == "passphrase":
            vector.identities.append(age.ScryptIdentity(value.encode()))
    vector.expect = meta["expect"]
    vector.payload_sha256 = meta.get("payload")
    vector.armored = meta.get("armored") == "yes"
    vector.hybrid = vector.hybrid or "hybrid" in path.name
    vector.body = zlib.decompress(body) if meta.get("compressed") == "zlib" else body
    return vector


VECTOR_PATHS = sorted(p for p in VECTOR_DIR.iterdir() if p.name != "SOURCE.md")


def test_when_vectors_are_shipped_then_all_are_present():
    assert len(VECTOR_PATHS) == 143
    assert (VECTOR_DIR / "SOURCE.md").is_file()


@pytest.mark.parametrize("path", VECTOR_PATHS, ids=[p.name for p in VECTOR_PATHS])
def test_when_cctv_vector_is_opened_then_outcome_and_payload_match(path: Path):
    vector = load_vector(path)
    if vector.hybrid:
        pytest.skip("hybrid ML-KEM-768/X25519 recipients are not implemented (X25519/scrypt only)")
    released = io.BytesIO()
    try:
        age.decrypt(io.BytesIO(vector.body), released, vector.identities)
        outcome = "success"
    except DecryptionError as exc:
        outcome = OUTCOME_OF_ERROR[type(exc)]
    assert outcome == vector.expect
    if vector.payload_sha256 is not None:
        assert hashlib.sha256(released.getvalue()).hexdigest() == vector.payload_sha256
