"""The age X25519 recipient type: ``age1…`` recipients and ``AGE-SECRET-KEY-1…`` identities."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from sealflow.errors import SealflowError
from sealflow.seal import bech32
from sealflow.seal.age_header import HeaderError, Stanza
from sealflow.seal.primitives import (
    aead_open,
    aead_seal,
    b64decode_raw,
    b64encode_raw,
    hkdf_sha256,
    x25519,
    x25519_base,
)
from sealflow.seal.recipient_types import FILE_KEY_SIZE

RECIPIENT_HRP = "age"
IDENTITY_HRP = "age-secret-key-"
STANZA_TYPE = "X25519"
_WRAP_INFO = b"age-encryption.org/v1/X25519"


class KeyFormatError(SealflowError, ValueError):
    """A recipient or identity string is not a valid age key."""


def _wrap_key(shared: bytes, ephemeral_share: bytes, recipient: bytes) -> bytes:
    return hkdf_sha256(shared, ephemeral_share + recipient, _WRAP_INFO)


@dataclass(frozen=True)
class X25519Recipient:
    """An X25519 public key, encoded as Bech32 with HRP ``age``."""

    public_key: bytes

    @classmethod
    def parse(cls, text: str) -> X25519Recipient:
        try:
            hrp, data = bech32.decode(text)
        except bech32.Bech32Error as exc:
            raise KeyFormatError(f"not an age recipient ({exc}); expected age1…") from None
        if hrp != RECIPIENT_HRP or len(data) != 32 or text != text.lower():
            raise KeyFormatError("not an X25519 age recipient; expected age1… (lowercase)")
        return cls(data)

    def __str__(self) -> str:
        return bech32.encode(RECIPIENT_HRP, self.public_key)

    def wrap(self, file_key: bytes) -> list[Stanza]:
        ephemeral_secret = os.urandom(32)
        ephemeral_share = x25519_base(ephemeral_secret)
        shared = x25519(ephemeral_secret, self.public_key)
        body = aead_seal(_wrap_key(shared, ephemeral_share, self.public_key), file_key)
        return [Stanza(STANZA_TYPE, (b64encode_raw(ephemeral_share).decode(),), body)]


@dataclass(frozen=True)
class X25519Identity:
    """An X25519 secret key, encoded as Bech32 with HRP ``AGE-SECRET-KEY-``."""

    secret_key: bytes = field(repr=False)

    @classmethod
    def generate(cls) -> X25519Identity:
        return cls(os.urandom(32))

    @classmethod
    def parse(cls, text: str) -> X25519Identity:
        try:
            hrp, data = bech32.decode(text)
        except bech32.Bech32Error:
            raise KeyFormatError("not an age identity; expected AGE-SECRET-KEY-1…") from None
        if hrp != IDENTITY_HRP or len(data) != 32:
            raise KeyFormatError("not an X25519 age identity; expected AGE-SECRET-KEY-1…")
        return cls(data)

    def encode(self) -> str:
        """The ``AGE-SECRET-KEY-1…`` string; a secret: never print or log it."""
        return bech32.encode(IDENTITY_HRP.upper(), self.secret_key)

    def __repr__(self) -> str:
        return f"X25519Identity(recipient={self.recipient()})"

    def recipient(self) -> X25519Recipient:
        return X25519Recipient(x25519_base(self.secret_key))

    def unwrap(self, stanzas: list[Stanza]) -> bytes | None:
        public_key = x25519_base(self.secret_key)
        for stanza in stanzas:
            if stanza.type != STANZA_TYPE:
                continue
            if len(stanza.args) != 1:
                raise HeaderError("X25519 stanza must have exactly one argument")
            share = b64decode_raw(stanza.args[0].encode())
            if share is None or len(share) != 32:
                raise HeaderError("X25519 stanza share is not canonical base64 of 32 bytes")
            if len(stanza.body) != FILE_KEY_SIZE + 16:
                raise HeaderError("X25519 stanza body has the wrong length")
            try:
                shared = x25519(self.secret_key, share)
            except ValueError:
                raise HeaderError("X25519 stanza share is a low-order point") from None
            file_key = aead_open(_wrap_key(shared, share, public_key), stanza.body)
            if file_key is not None:
                return file_key
        return None
