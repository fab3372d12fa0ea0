"""age v1 encryption: seal files to recipients and open them with identities.

This is the public face of the age implementation (spec: c2sp.org/age). Files sealed
here open with ``age -d`` and ``rage``; files from them open here. The streaming
functions keep memory constant; the file functions are whole-or-nothing: a sealed or
opened file appears under its final name only when every byte was written (and, when
opening, every chunk authenticated); on any failure nothing is left behind.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, BinaryIO, cast

from sealflow.errors import DecryptionError, SealflowError
from sealflow.fsutil import atomic_output
from sealflow.seal import armor as _armor
from sealflow.seal.age_header import HeaderError, encode_header, read_header, verify_mac
from sealflow.seal.age_stream import NONCE_SIZE, decrypt_payload, encrypt_payload, payload_key
from sealflow.seal.recipient_types import FILE_KEY_SIZE, Identity, Recipient
from sealflow.seal.scrypt_recipient import ScryptIdentity, ScryptRecipient
from sealflow.seal.x25519 import KeyFormatError, X25519Identity, X25519Recipient

__all__ = [
    "DecryptionError",
    "Identity",
    "KeyFormatError",
    "NoIdentityMatchError",
    "Recipient",
    "ScryptIdentity",
    "ScryptRecipient",
    "X25519Identity",
    "X25519Recipient",
    "decrypt",
    "encrypt",
    "load_identities",
    "load_recipients",
    "open_file",
    "parse_identities",
    "parse_recipient",
    "seal_file",
]

_IO_BUFFER = 1024 * 1024
_MAX_IDENTITY_FILE = 1024 * 1024


class NoIdentityMatchError(DecryptionError):
    """None of the given identities can open the file."""


def parse_recipient(text: str) -> Recipient:
    """Parse an ``age1…`` recipient string (surrounding whitespace ignored)."""
    return X25519Recipient.parse(text.strip())


def load_recipients(path: str | os.PathLike[str]) -> list[Recipient]:
    """Read a recipients file: one ``age1…`` per line, ``#`` comments and blank lines allowed."""
    recipients: list[Recipient] = []
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise KeyFormatError(f"{path}: not a text recipients file") from None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            recipients.append(parse_recipient(stripped))
        except KeyFormatError as exc:
            raise KeyFormatError(f"{path}, line {number}: {exc}") from None
    if not recipients:
        raise KeyFormatError(f"{path}: no recipient found; expected age1… lines")
    return recipients


def _as_recipients(recipients: Sequence[Recipient | str]) -> list[Recipient]:
    if isinstance(recipients, str):
        raise SealflowError("recipients must be a list of age1… strings, not a single string")
    parsed = [parse_recipient(r) if isinstance(r, str) else r for r in recipients]
    if not parsed:
        raise SealflowError("no recipient given: name at least one age1… recipient")
    if any(isinstance(r, ScryptRecipient) for r in parsed) and len(parsed) > 1:
        raise SealflowError("a passphrase recipient must be the only recipient of a file")
    return parsed


def encrypt(
    src: BinaryIO, dst: BinaryIO, recipients: Sequence[Recipient | str], armor: bool = False
) -> None:
    """Seal everything readable from ``src`` to ``recipients``, writing the age file to ``dst``."""
    parsed = _as_recipients(recipients)
    file_key = os.urandom(FILE_KEY_SIZE)
    stanzas = [stanza for recipient in parsed for stanza in recipient.wrap(file_key)]
    nonce = os.urandom(NONCE_SIZE)
    header = encode_header(stanzas, file_key) + nonce
    if not armor:
        dst.write(header)
        encrypt_payload(src, dst, payload_key(file_key, nonce))
        return
    writer = _armor.ArmorWriter(dst)
    try:
        writer.write(header)
        encrypt_payload(src, cast(BinaryIO, writer), payload_key(file_key, nonce))
    except BaseException:
        writer.abandon()
        raise
    writer.close()


def _buffered(src: BinaryIO) -> io.BufferedReader:
    """A reader with ``peek`` (for armor detection) over ``src``."""
    if hasattr(src, "peek"):
        return cast(io.BufferedReader, src)
    return io.BufferedReader(cast(io.RawIOBase, src), buffer_size=_IO_BUFFER)


def decrypt(
    src: BinaryIO, dst: BinaryIO, identities: Sequence[Identity], armored: bool | None = None
) -> None:
    """Open the age file on ``src`` (binary or armored) with ``identities``, writing to ``dst``.

    Chunks are written as they authenticate; a failure raises DecryptionError (or a
    subclass) after possibly writing the verified prefix, so file callers use
    :func:`open_file`, which releases nothing unless all of it verifies. ``armored``
    None detects ASCII armor from the first bytes; True or False insists.
    """
    if isinstance(identities, str | os.PathLike) or not all(
        hasattr(identity, "unwrap") for identity in identities
    ):
        raise SealflowError("identities must be identity objects: use load_identities(path)")
    reader = _buffered(src)
    if armored is None:
        armored = _armor.is_armored(reader.peek(_armor.DETECT_BYTES)[: _armor.DETECT_BYTES])
    if armored:
        reader = _armor.open_armored(cast(BinaryIO, reader))
    header = read_header(cast(BinaryIO, reader))
    if any(s.type == "scrypt" for s in header.stanzas) and len(header.stanzas) != 1:
        raise HeaderError("an scrypt stanza must be the only stanza in the header")
    file_key = None
    for identity in identities:
        file_key = identity.unwrap(header.stanzas)
        if file_key is not None:
            break
    if file_key is None:
        raise NoIdentityMatchError(
            "no identity matches any recipient of the file: wrong key, or not sealed for you"
        )
    verify_mac(header, file_key)
    nonce = reader.read(NONCE_SIZE)
    if len(nonce) != NONCE_SIZE:
        raise HeaderError("file truncated: the payload nonce is missing")
    decrypt_payload(cast(BinaryIO, reader), dst, payload_key(file_key, nonce))


def _name(path: str | os.PathLike[str]) -> str:
    return os.fspath(path)


class _ProgressReader(io.RawIOBase):
    """A raw reader that reports how many bytes it has read (for progress bars)."""

    def __init__(self, raw: BinaryIO, progress: Callable[[int], object]) -> None:
        super().__init__()
        self._raw = raw
        self._progress = progress

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        got = self._raw.readinto(buffer)  # type: ignore[attr-defined]
        if got:
            self._progress(got)
        return got or 0


def seal_file(
    in_path: str | os.PathLike[str],
    out_path: str | os.PathLike[str],
    recipients: Sequence[Recipient | str],
    armor: bool = False,
    progress: Callable[[int], object] | None = None,
) -> None:
    """Seal ``in_path`` to ``recipients`` as ``out_path``, atomically (0600).

    ``progress``, if given, is called with the number of bytes read after each read.
    """
    parsed = _as_recipients(recipients)
    with open(in_path, "rb", buffering=0) as raw, atomic_output(out_path) as dst:
        src: BinaryIO = raw if progress is None else cast(BinaryIO, _ProgressReader(raw, progress))
        encrypt(src, cast(BinaryIO, dst), parsed, armor=armor)


def open_file(
    in_path: str | os.PathLike[str],
    out_path: str | os.PathLike[str],
    identities: Sequence[Identity],
    progress: Callable[[int], object] | None = None,
) -> None:
    """Open ``in_path`` into ``out_path`` (0600): it appears only after the last chunk verifies.

    ``progress``, if given, is called with the number of bytes read after each read.
    """
    try:
        with open(in_path, "rb", buffering=0) as raw, atomic_output(out_path) as dst:
            counted = raw if progress is None else _ProgressReader(raw, progress)
            src = io.BufferedReader(cast(io.RawIOBase, counted), buffer_size=_IO_BUFFER)
            decrypt(cast(BinaryIO, src), cast(BinaryIO, dst), identities)
    except DecryptionError as exc:
        raise type(exc)(f"{_name(in_path)}: {exc}") from None


def parse_identities(text: str, source: str = "identity file") -> list[Identity]:
    """Parse ``AGE-SECRET-KEY-1…`` lines; ``#`` comments and blank lines are skipped."""
    identities: list[Identity] = []
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            identities.append(X25519Identity.parse(stripped))
        except KeyFormatError:
            # The line may hold a secret: name its number, never its content.
            raise KeyFormatError(
                f"{source}, line {number}: not an age identity; expected AGE-SECRET-KEY-1…"
            ) from None
    if not identities:
        raise KeyFormatError(f"{source}: no identity found; expected AGE-SECRET-KEY-1… lines")
    return identities


def load_identities(path: str | os.PathLike[str], passphrase: str | None = None) -> list[Identity]:
    """Read an age identity file; a passphrase-encrypted one (``age -p``) needs ``passphrase``."""
    source = _name(path)
    with open(path, "rb") as fh:
        data = fh.read(_MAX_IDENTITY_FILE + 1)
    if len(data) > _MAX_IDENTITY_FILE:
        raise KeyFormatError(f"{source}: too large to be an identity file")
    stripped = data.lstrip()
    if stripped.startswith(b"age-encryption.org/") or stripped.startswith(b"-----BEGIN"):
        if passphrase is None:
            raise DecryptionError(
                f"{source}: the identity file is passphrase-protected; give its passphrase"
            )
        plain = io.BytesIO()
        try:
            decrypt(io.BytesIO(data), plain, [ScryptIdentity(passphrase.encode("utf-8"))])
        except NoIdentityMatchError:
            raise DecryptionError(
                f"{source}: wrong passphrase, or not a passphrase-protected identity file"
            ) from None
        except DecryptionError as exc:
            raise type(exc)(f"{source}: {exc}") from None
        data = plain.getvalue()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise KeyFormatError(f"{source}: not a text identity file") from None
    return parse_identities(text, source)
