"""minisign key files: the Ed25519 public key line and the (optionally scrypt-encrypted) secret key.

Layouts follow minisign's ``minisign.h``: a public key is base64 of ``"Ed" || key id (8) ||
public key (32)``; a secret key is base64 of ``"Ed" || kdf ("Sc" or two zero bytes) ||
"B2" || salt (32) || opslimit (8, LE) || memlimit (8, LE) || key id || secret key (64) ||
checksum (32)``, where the last 104 bytes are XORed with scrypt output when encrypted and
the checksum is BLAKE2b-256 over ``"Ed" || key id || secret key``. Hand-written because
no maintained Python package reads and writes minisign's key files on libsodium.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
from dataclasses import dataclass, field
from pathlib import Path

import nacl.bindings
import nacl.exceptions
import nacl.pwhash.scrypt

from sealflow.errors import SealflowError, SignatureError

SIG_ALG = b"Ed"
KDF_SCRYPT = b"Sc"
KDF_NONE = b"\x00\x00"
CHECKSUM_ALG = b"B2"
KEY_ID_SIZE = 8
_KEYNUM_SK_SIZE = KEY_ID_SIZE + 64 + 32
_SECRET_KEY_SIZE = 2 + 2 + 2 + 32 + 8 + 8 + _KEYNUM_SK_SIZE
_PUBLIC_KEY_SIZE = 2 + KEY_ID_SIZE + 32
# scrypt cost for secret keys sealflow writes: N = 2^18, r = 8, p = 1 (256 MiB, ~1 s).
# minisign reads the limits from the file, so any cost it can afford interoperates.
KDF_OPSLIMIT = 1 << 23
KDF_MEMLIMIT = 1 << 28
# Refuse to derive with more than minisign's own "sensitive" defaults (1 GiB).
_MAX_MEMLIMIT = 1 << 30
_MAX_OPSLIMIT = 1 << 25


class MinisignKeyError(SealflowError, ValueError):
    """A minisign key file is malformed, or its passphrase is missing or wrong."""


def key_id_hex(key_id: bytes) -> str:
    """The key id as minisign prints it: the little-endian 64-bit number in upper-case hex."""
    return key_id[::-1].hex().upper()


def _b64decode(text: str, what: str) -> bytes:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):  # ValueError: non-ASCII text
        raise MinisignKeyError(f"{what} is not valid base64") from None


def _key_line(text: str) -> str:
    """The base64 line of a key file, or the string itself when it is just that line."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if lines and lines[0].startswith("untrusted comment:"):
        lines = lines[1:]
    if len(lines) != 1:
        raise MinisignKeyError("expected a minisign key: an optional comment line and one key line")
    return lines[0]


@dataclass(frozen=True)
class MinisignPublicKey:
    key_id: bytes
    public_key: bytes

    @classmethod
    def parse(cls, text: str) -> MinisignPublicKey:
        """Parse a public key file's text or its bare ``RW…`` line."""
        raw = _b64decode(_key_line(text), "minisign public key")
        if len(raw) != _PUBLIC_KEY_SIZE or raw[:2] != SIG_ALG:
            raise SignatureError("not a minisign Ed25519 public key (wrong length or algorithm)")
        return cls(raw[2 : 2 + KEY_ID_SIZE], raw[2 + KEY_ID_SIZE :])

    @classmethod
    def load(cls, source: str | os.PathLike[str]) -> MinisignPublicKey:
        """A public key given as a path to a key file, or as the ``RW…`` string itself."""
        text = os.fspath(source)
        if isinstance(source, os.PathLike) or not text.startswith("RW"):
            try:
                text = Path(source).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise SignatureError(
                    f"{os.fspath(source)}: cannot read public key ({exc})"
                ) from None
        return cls.parse(text)

    def encode_line(self) -> str:
        return base64.b64encode(SIG_ALG + self.key_id + self.public_key).decode()

    def encode_file(self) -> str:
        comment = f"untrusted comment: minisign public key {key_id_hex(self.key_id)}"
        return f"{comment}\n{self.encode_line()}\n"


@dataclass(frozen=True)
class MinisignSecretKey:
    key_id: bytes
    secret_key: bytes = field(repr=False)  # libsodium's 64-byte form: seed || public key

    @classmethod
    def generate(cls) -> MinisignSecretKey:
        _public, secret = nacl.bindings.crypto_sign_keypair()
        return cls(os.urandom(KEY_ID_SIZE), secret)

    @property
    def public(self) -> MinisignPublicKey:
        return MinisignPublicKey(self.key_id, self.secret_key[32:])

    def _checksum(self) -> bytes:
        return hashlib.blake2b(SIG_ALG + self.key_id + self.secret_key, digest_size=32).digest()

    def encode_file(self, passphrase: str | None = None) -> str:
        """The secret key file text, scrypt-encrypted when ``passphrase`` is given."""
        keynum_sk = self.key_id + self.secret_key + self._checksum()
        if passphrase is None:
            kdf, salt, ops, mem = KDF_NONE, bytes(32), 0, 0
        else:
            kdf, salt, ops, mem = KDF_SCRYPT, os.urandom(32), KDF_OPSLIMIT, KDF_MEMLIMIT
            stream = nacl.pwhash.scrypt.kdf(
                _KEYNUM_SK_SIZE, passphrase.encode("utf-8"), salt, opslimit=ops, memlimit=mem
            )
            keynum_sk = bytes(a ^ b for a, b in zip(keynum_sk, stream, strict=True))
        raw = (
            SIG_ALG + kdf + CHECKSUM_ALG + salt
            + ops.to_bytes(8, "little") + mem.to_bytes(8, "little") + keynum_sk
        )  # fmt: skip
        comment = "untrusted comment: minisign encrypted secret key"
        return f"{comment}\n{base64.b64encode(raw).decode()}\n"

    @classmethod
    def parse(cls, text: str, passphrase: str | None = None) -> MinisignSecretKey:
        raw = _b64decode(_key_line(text), "minisign secret key")
        if len(raw) != _SECRET_KEY_SIZE or raw[:2] != SIG_ALG or raw[4:6] != CHECKSUM_ALG:
            raise MinisignKeyError("not a minisign Ed25519 secret key (wrong length or algorithm)")
        kdf = raw[2:4]
        salt = raw[6:38]
        ops = int.from_bytes(raw[38:46], "little")
        mem = int.from_bytes(raw[46:54], "little")
        keynum_sk = raw[54:]
        if kdf == KDF_SCRYPT:
            if passphrase is None:
                raise MinisignKeyError("the minisign secret key is encrypted: give its passphrase")
            if ops > _MAX_OPSLIMIT or mem > _MAX_MEMLIMIT:
                raise MinisignKeyError("the minisign secret key asks for an excessive scrypt cost")
            try:
                stream = nacl.pwhash.scrypt.kdf(
                    _KEYNUM_SK_SIZE, passphrase.encode("utf-8"), salt, opslimit=ops, memlimit=mem
                )
            except (nacl.exceptions.CryptoError, MemoryError):
                raise MinisignKeyError(
                    "the minisign secret key's scrypt parameters are invalid or unaffordable"
                ) from None
            keynum_sk = bytes(a ^ b for a, b in zip(keynum_sk, stream, strict=True))
        elif kdf != KDF_NONE:
            raise MinisignKeyError("the minisign secret key uses an unknown key derivation")
        key = cls(keynum_sk[:KEY_ID_SIZE], keynum_sk[KEY_ID_SIZE : KEY_ID_SIZE + 64])
        stored_checksum = keynum_sk[KEY_ID_SIZE + 64 :]
        # minisign -W leaves the checksum of an unencrypted key as zeros and never checks it.
        unchecked = kdf == KDF_NONE and not any(stored_checksum)
        if not unchecked and not hmac.compare_digest(stored_checksum, key._checksum()):
            if kdf == KDF_SCRYPT:
                raise MinisignKeyError("wrong passphrase for the minisign secret key")
            raise MinisignKeyError("the minisign secret key is corrupt (checksum mismatch)")
        return key

    @classmethod
    def load(cls, path: str | os.PathLike[str], passphrase: str | None = None) -> MinisignSecretKey:
        try:
            return cls.parse(Path(path).read_text(encoding="utf-8"), passphrase)
        except MinisignKeyError as exc:
            raise MinisignKeyError(f"{os.fspath(path)}: {exc}") from None
        except UnicodeDecodeError:
            raise MinisignKeyError(f"{os.fspath(path)}: not a minisign key file") from None
