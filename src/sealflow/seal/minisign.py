"""minisign signatures: sign and verify files and small documents as ``minisign`` does.

A signature is Ed25519 over the BLAKE2b-512 hash of the content (minisign's "ED"
algorithm), plus a second Ed25519 signature over the first one and the trusted comment,
so the comment (timestamp, file name, batch id) is authenticated too. Signatures written
here verify with ``minisign -V`` and signatures from ``minisign -S`` verify here.
Legacy un-hashed "Ed" signatures (``minisign -S -l``) are verified but never written.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import time
from collections.abc import Callable
from pathlib import Path

import nacl.bindings
import nacl.exceptions

from sealflow.errors import SignatureError
from sealflow.fsutil import write_text
from sealflow.seal.minisign_keys import (
    KEY_ID_SIZE,
    MinisignPublicKey,
    MinisignSecretKey,
    key_id_hex,
)

SIG_ALG_HASHED = b"ED"
SIG_ALG_LEGACY = b"Ed"
SIG_SUFFIX = ".minisig"
_UNTRUSTED_PREFIX = "untrusted comment: "
_TRUSTED_PREFIX = "trusted comment: "
_MAX_SIGNATURE_FILE = 16 * 1024
_HASH_BLOCK = 1024 * 1024
_MAX_LEGACY_FILE = 64 * 1024 * 1024

__all__ = [
    "MinisignPublicKey",
    "MinisignSecretKey",
    "sign_bytes",
    "sign_file",
    "verify_bytes",
    "verify_file",
]


def _prehash_file(path: str | os.PathLike[str]) -> bytes:
    digest = hashlib.blake2b(digest_size=64)
    with open(path, "rb", buffering=0) as fh:
        buffer = bytearray(_HASH_BLOCK)
        view = memoryview(buffer)
        while True:
            got = fh.readinto(buffer)
            if not got:
                break
            digest.update(view[:got])
    return digest.digest()


def _ed25519_sign(message: bytes, secret_key: bytes) -> bytes:
    return nacl.bindings.crypto_sign(message, secret_key)[:64]


def _ed25519_verify(signature: bytes, message: bytes, public_key: bytes) -> bool:
    try:
        nacl.bindings.crypto_sign_open(signature + message, public_key)
    except nacl.exceptions.BadSignatureError:
        return False
    return True


def _signature_text(
    key: MinisignSecretKey, prehash: bytes, trusted_comment: str, untrusted_comment: str
) -> str:
    if "\n" in trusted_comment or "\r" in trusted_comment:
        raise SignatureError("a trusted comment must be a single line")
    signature = _ed25519_sign(prehash, key.secret_key)
    global_signature = _ed25519_sign(signature + trusted_comment.encode("utf-8"), key.secret_key)
    signature_line = base64.b64encode(SIG_ALG_HASHED + key.key_id + signature).decode()
    return (
        f"{_UNTRUSTED_PREFIX}{untrusted_comment}\n{signature_line}\n"
        f"{_TRUSTED_PREFIX}{trusted_comment}\n{base64.b64encode(global_signature).decode()}\n"
    )


def _default_trusted_comment(name: str) -> str:
    return f"timestamp:{int(time.time())}\tfile:{name}\thashed"


def sign_bytes(
    data: bytes,
    secret_key: MinisignSecretKey | str | os.PathLike[str],
    trusted_comment: str | None = None,
    passphrase: str | None = None,
) -> str:
    """The text of a minisign signature of in-memory ``data`` (manifests, receipts).

    ``secret_key`` is a parsed key or the path of a minisign secret key file.
    """
    key = (
        secret_key
        if isinstance(secret_key, MinisignSecretKey)
        else (MinisignSecretKey.load(secret_key, passphrase))
    )
    comment = (
        trusted_comment
        if trusted_comment is not None
        else (f"timestamp:{int(time.time())}\thashed")
    )
    prehash = hashlib.blake2b(data, digest_size=64).digest()
    return _signature_text(key, prehash, comment, "signature from sealflow secret key")


def sign_file(
    path: str | os.PathLike[str],
    secret_key_path: str | os.PathLike[str],
    sig_path: str | os.PathLike[str] | None = None,
    trusted_comment: str | None = None,
    passphrase: str | None = None,
) -> Path:
    """Sign ``path`` with a minisign secret key file; writes ``sig_path`` (FILE.minisig)."""
    key = MinisignSecretKey.load(secret_key_path, passphrase)
    target = Path(sig_path) if sig_path is not None else Path(f"{os.fspath(path)}{SIG_SUFFIX}")
    comment = (
        trusted_comment
        if trusted_comment is not None
        else _default_trusted_comment(Path(path).name)
    )
    text = _signature_text(key, _prehash_file(path), comment, "signature from sealflow secret key")
    write_text(target, text, mode=0o644)
    return target


def _parse_signature(text: str, source: str) -> tuple[bytes, bytes, bytes, bytes, str]:
    """Algorithm, key id, signature, comment signature and trusted comment of a .minisig."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    lines = [line.removesuffix("\r") for line in lines]
    if len(lines) != 4 or not lines[0].startswith(_UNTRUSTED_PREFIX):
        raise SignatureError(f"{source}: not a minisign signature file (expected four lines)")
    if not lines[2].startswith(_TRUSTED_PREFIX):
        raise SignatureError(f"{source}: the trusted comment line is missing")
    try:
        raw = base64.b64decode(lines[1], validate=True)
        global_signature = base64.b64decode(lines[3], validate=True)
    except (binascii.Error, ValueError):  # ValueError: non-ASCII text
        raise SignatureError(f"{source}: signature is not valid base64") from None
    if len(raw) != 2 + KEY_ID_SIZE + 64 or len(global_signature) != 64:
        raise SignatureError(f"{source}: signature has the wrong length")
    algorithm, key_id, signature = raw[:2], raw[2 : 2 + KEY_ID_SIZE], raw[2 + KEY_ID_SIZE :]
    if algorithm not in (SIG_ALG_HASHED, SIG_ALG_LEGACY):
        raise SignatureError(f"{source}: unknown signature algorithm")
    trusted_comment = lines[2][len(_TRUSTED_PREFIX) :]
    return algorithm, key_id, signature, global_signature, trusted_comment


def _verify(
    signature_text: str,
    public_key: MinisignPublicKey,
    source: str,
    signed_message: Callable[[bytes], bytes],
) -> str:
    """Check key id, content signature, then comment signature; returns the trusted comment.

    ``signed_message(algorithm)`` gives what the content signature covers: the BLAKE2b-512
    hash for "ED", the content itself for legacy "Ed".
    """
    algorithm, key_id, signature, global_signature, trusted_comment = _parse_signature(
        signature_text, source
    )
    if key_id != public_key.key_id:
        raise SignatureError(
            f"{source}: signed by key {key_id_hex(key_id)}, "
            f"not by the expected key {key_id_hex(public_key.key_id)}"
        )
    if not _ed25519_verify(signature, signed_message(algorithm), public_key.public_key):
        raise SignatureError(f"{source}: signature does not match the content (altered file?)")
    if not _ed25519_verify(
        global_signature, signature + trusted_comment.encode("utf-8"), public_key.public_key
    ):
        raise SignatureError(f"{source}: the trusted comment was altered")
    return trusted_comment


def _as_public_key(public_key: str | os.PathLike[str] | MinisignPublicKey) -> MinisignPublicKey:
    if isinstance(public_key, MinisignPublicKey):
        return public_key
    return MinisignPublicKey.load(public_key)


def verify_bytes(
    data: bytes, signature_text: str, public_key: str | os.PathLike[str] | MinisignPublicKey
) -> str:
    """Verify a signature of in-memory ``data``; returns the trusted comment."""

    def signed_message(algorithm: bytes) -> bytes:
        if algorithm == SIG_ALG_LEGACY:
            return data
        return hashlib.blake2b(data, digest_size=64).digest()

    return _verify(signature_text, _as_public_key(public_key), "signature", signed_message)


def verify_file(
    path: str | os.PathLike[str],
    public_key: str | os.PathLike[str] | MinisignPublicKey,
    sig_path: str | os.PathLike[str] | None = None,
) -> str:
    """Verify ``path`` against its minisign signature; returns the trusted comment.

    ``public_key`` is a public key file path, the ``RW…`` key string, or a parsed key.
    Legacy (un-hashed) signatures, which ``minisign -V`` still accepts, are verified for
    files up to 64 MiB, since they need the whole file in memory.
    Raises SignatureError naming the file when anything does not match.
    """
    key = _as_public_key(public_key)
    source = Path(sig_path) if sig_path is not None else Path(f"{os.fspath(path)}{SIG_SUFFIX}")
    try:
        with open(source, "rb") as fh:
            raw = fh.read(_MAX_SIGNATURE_FILE + 1)
    except OSError as exc:
        raise SignatureError(f"{source}: cannot read signature ({exc.strerror})") from None
    if len(raw) > _MAX_SIGNATURE_FILE:
        raise SignatureError(f"{source}: too large to be a minisign signature")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SignatureError(f"{source}: not a minisign signature file") from None

    def signed_message(algorithm: bytes) -> bytes:
        try:
            if algorithm == SIG_ALG_HASHED:
                return _prehash_file(path)
            with open(path, "rb") as fh:
                content = fh.read(_MAX_LEGACY_FILE + 1)
        except OSError as exc:
            raise SignatureError(f"{os.fspath(path)}: cannot read ({exc.strerror})") from None
        if len(content) > _MAX_LEGACY_FILE:
            raise SignatureError(
                f"{os.fspath(path)}: legacy (un-hashed) signature on a file over 64 MiB; "
                "re-sign without minisign -l"
            )
        return content

    return _verify(text, key, os.fspath(path), signed_message)
