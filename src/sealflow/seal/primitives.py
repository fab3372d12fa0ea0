"""The small primitives age builds on: HKDF-SHA-256, canonical unpadded base64, X25519.

HKDF is five lines over :mod:`hmac` (RFC 5869); writing it here avoids a dependency on
``cryptography`` just for it. Canonical base64 checks are the age spec's own rule that
decoders reject non-canonical or padded encodings, which :mod:`base64` does not enforce.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re

import nacl.bindings
import nacl.exceptions

_BASE64_RAW = re.compile(rb"[A-Za-z0-9+/]*")


def hkdf_sha256(ikm: bytes, salt: bytes, info: bytes, length: int = 32) -> bytes:
    """HKDF-Extract then HKDF-Expand with SHA-256 (RFC 5869); ``length`` <= 32 here."""
    prk = hmac.new(salt, ikm, hashlib.sha256).digest()
    return hmac.new(prk, info + b"\x01", hashlib.sha256).digest()[:length]


def b64encode_raw(data: bytes) -> bytes:
    """Standard base64 without ``=`` padding, as age writes stanza bodies and arguments."""
    return base64.b64encode(data).rstrip(b"=")


def b64decode_raw(text: bytes) -> bytes | None:
    """Decode canonical unpadded base64; None if it is padded, malformed or non-canonical."""
    if not _BASE64_RAW.fullmatch(text) or len(text) % 4 == 1:
        return None
    try:
        data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    except binascii.Error:
        return None
    if b64encode_raw(data) != text:
        return None
    return data


def x25519(scalar: bytes, point: bytes) -> bytes:
    """X25519 (RFC 7748); raises ValueError when the result is all zeros (low-order point)."""
    try:
        shared = nacl.bindings.crypto_scalarmult(scalar, point)
    except nacl.exceptions.RuntimeError:
        raise ValueError("X25519 produced the all-zero shared secret") from None
    if not any(shared):
        raise ValueError("X25519 produced the all-zero shared secret")
    return shared


def x25519_base(scalar: bytes) -> bytes:
    """The public point of an X25519 scalar."""
    return nacl.bindings.crypto_scalarmult_base(scalar)


def aead_seal(key: bytes, plaintext: bytes) -> bytes:
    """ChaCha20-Poly1305 with the all-zero nonce (keys used once: stanza wrap keys)."""
    return nacl.bindings.crypto_aead_chacha20poly1305_ietf_encrypt(plaintext, None, bytes(12), key)


def aead_open(key: bytes, ciphertext: bytes) -> bytes | None:
    """Inverse of :func:`aead_seal`; None when the tag does not verify."""
    try:
        return nacl.bindings.crypto_aead_chacha20poly1305_ietf_decrypt(
            ciphertext, None, bytes(12), key
        )
    except nacl.exceptions.CryptoError:
        return None
