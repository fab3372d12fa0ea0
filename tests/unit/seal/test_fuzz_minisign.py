"""Fuzzing minisign's signature and key parsers: a result or one sealflow error, nothing else.

Signatures and public keys arrive from other parties (manifests, receipts, parties.yaml);
secret key files are read from disk. Inputs are random text and structured mutations of
real files. Encrypted secret keys are parsed without a passphrase so that no random scrypt
cost is ever paid.
"""

from __future__ import annotations

import base64

from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.errors import SealflowError
from sealflow.seal.minisign import sign_bytes, verify_bytes
from sealflow.seal.minisign_keys import MinisignPublicKey, MinisignSecretKey

FUZZ = settings(max_examples=200, deadline=None)
KEY = MinisignSecretKey.generate()
MESSAGE = b"manifest bytes"
SIGNATURE = sign_bytes(MESSAGE, KEY, "trusted")


def _b64_of(raw: bytes) -> str:
    return base64.b64encode(raw).decode()


@st.composite
def mutated_signature(draw: st.DrawFn) -> str:
    lines = SIGNATURE.split("\n")
    index = draw(st.integers(min_value=0, max_value=len(lines) - 1))
    replacement = draw(
        st.text(max_size=120)
        | st.binary(max_size=90).map(_b64_of)
        | st.binary(min_size=74, max_size=74).map(_b64_of)
    )
    lines[index] = replacement
    return "\n".join(lines)


@FUZZ
@given(signature=st.text(max_size=400) | mutated_signature())
def test_when_a_signature_is_anything_then_it_verifies_or_one_sealflow_error(signature):
    try:
        comment = verify_bytes(MESSAGE, signature, KEY.public)
    except SealflowError:
        return
    assert isinstance(comment, str)


@FUZZ
@given(
    text=st.text(max_size=200)
    | st.binary(max_size=60).map(lambda b: "RW" + _b64_of(b))
    | st.binary(min_size=42, max_size=42).map(_b64_of)
)
def test_when_a_public_key_is_anything_then_a_key_or_one_sealflow_error(text):
    try:
        key = MinisignPublicKey.parse(text)
    except SealflowError:
        return
    assert len(key.key_id) == 8 and len(key.public_key) == 32


@st.composite
def secret_key_text(draw: st.DrawFn) -> str:
    raw = bytearray(draw(st.binary(min_size=158, max_size=158)))
    raw[0:2] = b"Ed"
    raw[4:6] = b"B2"
    raw[2:4] = draw(st.sampled_from([b"Sc", b"\x00\x00", bytes(raw[2:4])]))
    return "untrusted comment: x\n" + _b64_of(bytes(raw)) + "\n"


@FUZZ
@given(text=st.text(max_size=300) | secret_key_text())
def test_when_a_secret_key_file_is_anything_then_a_key_or_one_sealflow_error(text):
    try:
        key = MinisignSecretKey.parse(text, None)
    except SealflowError:
        return
    assert len(key.secret_key) == 64
