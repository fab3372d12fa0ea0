"""The age scrypt recipient type: a passphrase wraps the file key.

Used for passphrase-protected identity files (``age -p``). The work factor of a file
being opened is capped (``MAX_WORK_FACTOR``) so a hostile file cannot demand hours of
CPU or gigabytes of memory; hashlib.scrypt is OpenSSL's implementation.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field

from sealflow.errors import DecryptionError
from sealflow.seal.age_header import HeaderError, Stanza
from sealflow.seal.primitives import aead_open, aead_seal, b64decode_raw, b64encode_raw
from sealflow.seal.recipient_types import FILE_KEY_SIZE

STANZA_TYPE = "scrypt"
DEFAULT_WORK_FACTOR = 18  # what age itself writes: about a second, 256 MiB
MAX_WORK_FACTOR = 22  # age's own ceiling when decrypting
_SALT_LABEL = b"age-encryption.org/v1/scrypt"
_WORK_FACTOR_RE = re.compile(r"[1-9][0-9]{0,2}")


def _scrypt_key(passphrase: bytes, salt: bytes, log_n: int) -> bytes:
    try:
        return hashlib.scrypt(
            passphrase,
            salt=_SALT_LABEL + salt,
            n=1 << log_n,
            r=8,
            p=1,
            maxmem=128 * 8 * (1 << log_n) + (16 << 20),
            dklen=32,
        )
    except (MemoryError, ValueError):
        # OpenSSL refuses when it cannot get the 128 * r * N bytes scrypt needs.
        raise DecryptionError(
            f"scrypt work factor {log_n} needs {1 << (log_n - 10)} MiB of memory, "
            "which is not available"
        ) from None


@dataclass(frozen=True)
class ScryptRecipient:
    """Seal to a passphrase; must be the only recipient of a file."""

    passphrase: bytes = field(repr=False)
    work_factor: int = DEFAULT_WORK_FACTOR

    def wrap(self, file_key: bytes) -> list[Stanza]:
        salt = os.urandom(16)
        body = aead_seal(_scrypt_key(self.passphrase, salt, self.work_factor), file_key)
        args = (b64encode_raw(salt).decode(), str(self.work_factor))
        return [Stanza(STANZA_TYPE, args, body)]


@dataclass(frozen=True)
class ScryptIdentity:
    """Open a file sealed to a passphrase."""

    passphrase: bytes = field(repr=False)
    max_work_factor: int = MAX_WORK_FACTOR

    def unwrap(self, stanzas: list[Stanza]) -> bytes | None:
        for stanza in stanzas:
            if stanza.type != STANZA_TYPE:
                continue
            if len(stanzas) != 1:
                raise HeaderError("an scrypt stanza must be the only stanza in the header")
            if len(stanza.args) != 2:
                raise HeaderError("scrypt stanza must have exactly two arguments")
            salt = b64decode_raw(stanza.args[0].encode())
            if salt is None or len(salt) != 16:
                raise HeaderError("scrypt stanza salt is not canonical base64 of 16 bytes")
            if not _WORK_FACTOR_RE.fullmatch(stanza.args[1]):
                raise HeaderError("scrypt work factor is not a plain decimal number")
            log_n = int(stanza.args[1])
            if log_n > self.max_work_factor:
                raise HeaderError(
                    f"scrypt work factor {log_n} exceeds the limit {self.max_work_factor}"
                )
            if len(stanza.body) != FILE_KEY_SIZE + 16:
                raise HeaderError("scrypt stanza body has the wrong length")
            file_key = aead_open(_scrypt_key(self.passphrase, salt, log_n), stanza.body)
            if file_key is not None:
                return file_key
        return None
