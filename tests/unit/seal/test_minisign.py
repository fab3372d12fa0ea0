"""minisign signatures and key files: round trips, tampering, wrong keys, encrypted keys."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from sealflow.errors import SignatureError
from sealflow.seal import minisign
from sealflow.seal.minisign_keys import MinisignKeyError, MinisignPublicKey, MinisignSecretKey

KEY = MinisignSecretKey.generate()
OTHER_KEY = MinisignSecretKey.generate()


def test_when_key_id_is_printed_then_it_is_little_endian_hex():
    from sealflow.seal.minisign_keys import key_id_hex

    assert key_id_hex(bytes.fromhex("1db937dee9872e26")) == "262E87E9DE37B91D"


def test_when_bytes_are_signed_then_they_verify_with_the_trusted_comment():
    signature = minisign.sign_bytes(b"manifest", KEY, trusted_comment="batch 7")
    assert minisign.verify_bytes(b"manifest", signature, KEY.public) == "batch 7"
    assert base64.b64decode(signature.splitlines()[1])[:2] == b"ED"  # BLAKE2b-prehashed


def _replace_line(signature: str, index: int, line: str) -> str:
    lines = signature.splitlines()
    lines[index] = line
    return "\n".join(lines) + "\n"


def _flip_signature_byte(signature: str) -> str:
    raw = bytearray(base64.b64decode(signature.splitlines()[1]))
    raw[-1] ^= 1
    return _replace_line(signature, 1, base64.b64encode(raw).decode())


@pytest.mark.parametrize(
    "data, tamper, key, message",
    [
        (b"manifest!", lambda s: s, KEY.public, "does not match the content"),
        (b"manifest", lambda s: _replace_line(s, 2, "trusted comment: batch 8"), KEY.public,
         "trusted comment was altered"),
        (b"manifest", _flip_signature_byte, KEY.public, "does not match the content"),
        (b"manifest", lambda s: s, OTHER_KEY.public, "not by the expected key"),
        (b"manifest", lambda s: "\n".join(s.splitlines()[:2]), KEY.public, "four lines"),
        (b"manifest", lambda s: _replace_line(s, 1, "RUQ@@@"), KEY.public, "base64"),
    ],
    ids=["altered-data", "altered-comment", "altered-signature", "other-key", "cut", "garbage"],
)  # fmt: skip
def test_when_signature_or_data_is_wrong_then_verification_fails(data, tamper, key, message):
    signature = tamper(minisign.sign_bytes(b"manifest", KEY, trusted_comment="batch 7"))
    with pytest.raises(SignatureError, match=message):
        minisign.verify_bytes(data, signature, key)


def test_when_legacy_unhashed_signature_is_given_then_it_verifies_over_the_content():
    import nacl.bindings

    signature = nacl.bindings.crypto_sign(b"legacy content", KEY.secret_key)[:64]
    comment_signature = nacl.bindings.crypto_sign(signature + b"t", KEY.secret_key)[:64]
    legacy = (
        "untrusted comment: legacy\n"
        + base64.b64encode(b"Ed" + KEY.key_id + signature).decode()
        + "\ntrusted comment: t\n"
        + base64.b64encode(comment_signature).decode()
        + "\n"
    )
    assert minisign.verify_bytes(b"legacy content", legacy, KEY.public) == "t"
    with pytest.raises(SignatureError, match="does not match"):
        minisign.verify_bytes(b"legacy content!", legacy, KEY.public)


def test_when_trusted_comment_has_a_newline_then_signing_refuses():
    with pytest.raises(SignatureError, match="single line"):
        minisign.sign_bytes(b"x", KEY, trusted_comment="a\nb")


def test_when_file_is_signed_then_it_verifies_by_path_and_by_key_string(tmp_path: Path):
    secret = tmp_path / "k.minisign.key"
    secret.write_text(KEY.encode_file())
    public = tmp_path / "k.minisign.pub"
    public.write_text(KEY.public.encode_file())
    document = tmp_path / "report.json"
    document.write_bytes(b"{}\n" * 100_000)
    sig = minisign.sign_file(document, secret)
    assert sig == tmp_path / "report.json.minisig"
    assert "file:report.json" in minisign.verify_file(document, public)
    assert "hashed" in minisign.verify_file(document, KEY.public.encode_line())
    document.write_bytes(b"{}\n" * 100_001)
    with pytest.raises(SignatureError, match=str(document)):
        minisign.verify_file(document, public)


def test_when_signature_file_is_missing_then_the_error_names_it(tmp_path: Path):
    document = tmp_path / "a.txt"
    document.write_text("a")
    with pytest.raises(SignatureError, match=r"a\.txt\.minisig"):
        minisign.verify_file(document, KEY.public)


@pytest.mark.usefixtures("cheap_kdf")
def test_when_secret_key_is_encrypted_then_only_its_passphrase_opens_it():
    text = KEY.encode_file("s3cret")
    assert MinisignSecretKey.parse(text, "s3cret") == KEY
    with pytest.raises(MinisignKeyError, match="wrong passphrase"):
        MinisignSecretKey.parse(text, "wrong")
    with pytest.raises(MinisignKeyError, match="give its passphrase"):
        MinisignSecretKey.parse(text)


def test_when_unencrypted_key_has_zero_checksum_as_minisign_writes_then_it_loads():
    raw = bytearray(base64.b64decode(KEY.encode_file().splitlines()[1]))
    raw[-32:] = bytes(32)
    text = "untrusted comment: x\n" + base64.b64encode(bytes(raw)).decode() + "\n"
    assert MinisignSecretKey.parse(text) == KEY


@pytest.mark.parametrize(
    "text", ["", "untrusted comment: x\nRWQ=\n", "RWQ not base64 !!"], ids=["empty", "short", "bad"]
)
def test_when_public_key_is_malformed_then_it_is_refused(text: str):
    with pytest.raises((SignatureError, MinisignKeyError)):
        MinisignPublicKey.parse(text)
