"""A party's key set: an age identity for opening, a minisign key for signing.

``new_keys`` writes four files named after the party (``<name>.age``, ``<name>.age.pub``,
``<name>.minisign.key``, ``<name>.minisign.pub``) in a 0700 folder, secrets 0600 and
public files 0644. With a passphrase, the age identity is an age scrypt-encrypted file
(as ``age-keygen | age -p`` writes; ``age -d -i`` reads it) and the minisign secret key
is scrypt-encrypted as ``minisign -G`` writes; without, they are plain as
``age-keygen`` and ``minisign -G -W`` write. It never overwrites existing keys.
"""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sealflow.errors import SealflowError
from sealflow.fsutil import private_dir, write_bytes, write_text
from sealflow.seal.age import X25519Recipient, encrypt
from sealflow.seal.minisign_keys import MinisignPublicKey, MinisignSecretKey, key_id_hex
from sealflow.seal.scrypt_recipient import DEFAULT_WORK_FACTOR, ScryptRecipient
from sealflow.seal.x25519 import X25519Identity

_NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
IDENTITY_SUFFIX = ".age"
RECIPIENT_SUFFIX = ".age.pub"
MINISIGN_SECRET_SUFFIX = ".minisign.key"  # noqa: S105 (a file name suffix)
MINISIGN_PUBLIC_SUFFIX = ".minisign.pub"
PUBLIC_FILE_MODE = 0o644
# Lower only in tests: the cost of the scrypt wrapping of a passphrase-protected identity.
IDENTITY_WORK_FACTOR = DEFAULT_WORK_FACTOR


class KeyExistsError(SealflowError, FileExistsError):
    """Keys of that name already exist; sealflow never overwrites a key."""


@dataclass(frozen=True)
class KeyPaths:
    """Where a party's keys were written, and their public halves."""

    name: str
    identity_path: Path
    recipient_path: Path
    minisign_secret_key_path: Path
    minisign_public_key_path: Path
    recipient: str
    minisign_public_key: str  # the base64 "RW…" line
    key_id: str  # minisign key id, upper-case hex as minisign prints it


def key_paths(name: str, out_dir: str | os.PathLike[str]) -> tuple[Path, Path, Path, Path]:
    """The four file paths of party ``name``'s keys in ``out_dir``."""
    if not _NAME_RE.fullmatch(name):
        raise SealflowError(
            f"key name {name!r} is not allowed: use letters, digits, '.', '_' or '-' (max 64)"
        )
    folder = Path(out_dir)
    return (
        folder / f"{name}{IDENTITY_SUFFIX}",
        folder / f"{name}{RECIPIENT_SUFFIX}",
        folder / f"{name}{MINISIGN_SECRET_SUFFIX}",
        folder / f"{name}{MINISIGN_PUBLIC_SUFFIX}",
    )


def _identity_file_text(identity: X25519Identity) -> str:
    created = datetime.now(UTC).replace(microsecond=0).isoformat()
    return f"# created: {created}\n# public key: {identity.recipient()}\n{identity.encode()}\n"


def new_keys(name: str, out_dir: Path, passphrase: str | None = None) -> KeyPaths:
    """Create party ``name``'s age identity and minisign key pair in ``out_dir``."""
    identity_path, recipient_path, secret_path, public_path = key_paths(name, out_dir)
    existing = [p for p in (identity_path, recipient_path, secret_path, public_path) if p.exists()]
    if existing:
        raise KeyExistsError(
            f"{existing[0]} already exists: sealflow never overwrites keys; "
            "choose another name or folder"
        )
    if passphrase is not None and not passphrase:
        raise SealflowError("the passphrase is empty: give a non-empty passphrase")
    private_dir(out_dir)
    identity = X25519Identity.generate()
    identity_text = _identity_file_text(identity).encode("ascii")
    if passphrase is not None:
        sealed = io.BytesIO()
        recipient = ScryptRecipient(passphrase.encode("utf-8"), IDENTITY_WORK_FACTOR)
        encrypt(io.BytesIO(identity_text), sealed, [recipient], armor=True)
        identity_text = sealed.getvalue()
    signing_key = MinisignSecretKey.generate()
    write_bytes(identity_path, identity_text)
    write_text(secret_path, signing_key.encode_file(passphrase))
    recipient_text = str(identity.recipient())
    write_text(recipient_path, recipient_text + "\n", mode=PUBLIC_FILE_MODE)
    write_text(public_path, signing_key.public.encode_file(), mode=PUBLIC_FILE_MODE)
    return KeyPaths(
        name=name,
        identity_path=identity_path,
        recipient_path=recipient_path,
        minisign_secret_key_path=secret_path,
        minisign_public_key_path=public_path,
        recipient=recipient_text,
        minisign_public_key=signing_key.public.encode_line(),
        key_id=key_id_hex(signing_key.key_id),
    )


@dataclass(frozen=True)
class PublicKeys:
    """The public half of a party's keys as found in a folder."""

    name: str
    recipient: str | None
    minisign_public_key: str | None
    key_id: str | None


def show_keys(folder: str | os.PathLike[str]) -> list[PublicKeys]:
    """List every key set in ``folder`` by its public files; secrets are never read."""
    root = Path(folder)
    if not root.is_dir():
        raise SealflowError(f"{root}: not a folder of keys")
    names = sorted(
        {p.name.removesuffix(RECIPIENT_SUFFIX) for p in root.glob(f"*{RECIPIENT_SUFFIX}")}
        | {
            p.name.removesuffix(MINISIGN_PUBLIC_SUFFIX)
            for p in root.glob(f"*{MINISIGN_PUBLIC_SUFFIX}")
        }
    )
    found: list[PublicKeys] = []
    for name in names:
        recipient: str | None = None
        recipient_file = root / f"{name}{RECIPIENT_SUFFIX}"
        public: MinisignPublicKey | None = None
        public_file = root / f"{name}{MINISIGN_PUBLIC_SUFFIX}"
        try:
            if recipient_file.exists():
                recipient = str(X25519Recipient.parse(recipient_file.read_text("utf-8").strip()))
            if public_file.exists():
                public = MinisignPublicKey.parse(public_file.read_text(encoding="utf-8"))
        except (SealflowError, UnicodeDecodeError) as exc:
            raise SealflowError(f"{root / name}.*: malformed public key file ({exc})") from None
        found.append(
            PublicKeys(
                name=name,
                recipient=recipient,
                minisign_public_key=public.encode_line() if public else None,
                key_id=key_id_hex(public.key_id) if public else None,
            )
        )
    return found
