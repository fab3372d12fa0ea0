"""Batches: make one (seal, hash, sign), verify one (signature, names, sizes, hashes), open one.

A batch is a flat folder of sealed files, `manifest.json` and `manifest.json.minisig`.
Every file is sealed to the recipient party AND to the sender's own recipient, so the
sender can always read what it sent. Verification happens wholly before decryption, in an
order chosen so that nothing from outside is trusted before the sender's pinned key vouches
for it: read the manifest bytes, check the signature against the key parties.yaml pins
for the claimed sender, parse strictly (names, types), then check that the folder holds
exactly the listed regular files with the listed sizes and SHA-256 hashes.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, cast

from sealflow import fsutil
from sealflow.errors import (
    IntegrityError,
    PathSafetyError,
    SealflowError,
    SignatureError,
)
from sealflow.exchange.manifest import (
    MAX_MANIFEST_BYTES,
    Manifest,
    check_openable,
    check_purpose,
    new_batch_id,
    sha256_file,
)
from sealflow.exchange.names import (
    MANIFEST_NAME,
    SIGNATURE_NAME,
    check_party_name,
    check_sealed_name,
)
from sealflow.seal.age import encrypt, load_identities, open_file
from sealflow.seal.keys import key_paths
from sealflow.seal.minisign import sign_bytes
from sealflow.seal.minisign_keys import MinisignPublicKey, MinisignSecretKey
from sealflow.signed_json import authenticate, signature_key_id

SEALED_SUFFIX = ".age"
MAX_SIGNATURE_BYTES = 4096


@dataclass(frozen=True)
class PartyKeys:
    """A party's own secret key files (the evaluator's, or in the demo another party's)."""

    name: str
    age_identity: Path
    minisign_secret_key: Path
    passphrase: str | None = None

    @classmethod
    def in_dir(cls, name: str, folder: Path, passphrase: str | None = None) -> PartyKeys:
        identity, _recipient, secret, _public = key_paths(name, folder)
        return cls(name, identity, secret, passphrase)

    def signing_key(self) -> MinisignSecretKey:
        return MinisignSecretKey.load(self.minisign_secret_key, self.passphrase)


@dataclass(frozen=True)
class VerifiedBatch:
    folder: Path
    manifest: Manifest
    manifest_sha256: str


def make_batch(
    plain_files: Sequence[Path],
    out_dir: Path,
    sender: str,
    recipient: str,
    purpose: str,
    recipients: Sequence[str],
    keys: PartyKeys,
    batch_id: str | None = None,
    audit_head: dict[str, Any] | None = None,
) -> Manifest:
    """Seal ``plain_files`` into a new batch folder ``out_dir`` and sign its manifest.

    ``recipients`` are age recipients: the recipient party's and the sender's own;
    ``audit_head`` the sender's audit head, carried as an anchor. The folder appears whole
    (built under a temporary name, then renamed) or not at all.
    """
    check_party_name(sender, "sender")
    check_party_name(recipient, "recipient")
    check_purpose(purpose, "--purpose")
    if not plain_files:
        raise IntegrityError("a batch needs at least one file")
    if out_dir.exists() and any(out_dir.iterdir()):
        raise FileExistsError(f"{out_dir}: batch folder exists and is not empty; choose another")
    sealed_names: set[str] = set()
    for path in plain_files:
        if not path.is_file():
            raise FileNotFoundError(f"{path}: not a file")
        sealed_name = path.name + SEALED_SUFFIX
        check_sealed_name(sealed_name, str(path))
        if sealed_name in sealed_names:
            raise IntegrityError(f"{path}: two files named {path.name}; batches are flat")
        sealed_names.add(sealed_name)
    batch_id = batch_id or new_batch_id(sender, purpose)
    signing_key = keys.signing_key()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", suffix=".part", dir=out_dir.parent))
    try:
        os.chmod(staging, 0o700)
        sealed = []
        hashes: dict[str, str] = {}
        for path in plain_files:
            target = staging / (path.name + SEALED_SUFFIX)
            hashes[target.name] = seal_hashed(path, target, recipients)
            sealed.append(target)
        manifest = Manifest.build(
            batch_id, sender, recipient, purpose, sealed, audit_head=audit_head, hashes=hashes
        )
        manifest_bytes = manifest.to_bytes()
        fsutil.write_bytes(staging / MANIFEST_NAME, manifest_bytes)
        comment = f"batch:{batch_id}\tsender:{sender}\trecipient:{recipient}"
        fsutil.write_text(
            staging / SIGNATURE_NAME, sign_bytes(manifest_bytes, signing_key, comment)
        )
        if out_dir.exists():
            out_dir.rmdir()
        os.replace(staging, out_dir)
        fsutil.fsync_dir(out_dir.parent)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return manifest


class _HashingWriter:
    """Writes to ``dst`` and hashes exactly the bytes it took, as they pass."""

    def __init__(self, dst: BinaryIO, digest: Any) -> None:
        self._dst = dst
        self._digest = digest

    def write(self, data: Any) -> int:
        view = memoryview(data)
        wrote = self._dst.write(view)
        taken = len(view) if wrote is None else wrote
        self._digest.update(view[:taken])
        return taken


def seal_hashed(plain: Path, target: Path, recipients: Sequence[str]) -> str:
    """Seal ``plain`` as ``target`` (0600, whole or not at all); the sealed bytes' SHA-256.

    The same age file `seal_file` writes, hashed as it is written: the manifest's digest
    comes out of the sealing pass instead of a second read of the sealed file.
    """
    digest = hashlib.sha256()
    with open(plain, "rb", buffering=0) as raw, fsutil.atomic_output(target) as dst:
        encrypt(raw, cast(BinaryIO, _HashingWriter(cast(BinaryIO, dst), digest)), recipients)
    return digest.hexdigest()


def pinned_signer(signature_text: str, public_keys: dict[str, str], source: str) -> str:
    """The party whose pinned key id the signature names: which key must verify it.

    Chosen from the signature alone, never from the manifest, which is not read until that
    key has verified it.
    """
    key_id = signature_key_id(signature_text)
    for name, key_text in public_keys.items():
        try:
            if key_id is not None and MinisignPublicKey.parse(key_text).key_id == key_id:
                return name
        except SealflowError:
            continue  # a malformed pinned key belongs to no one; parties.yaml is checked elsewhere
    raise SignatureError(
        f"{source}: the signature names no key that parties.yaml pins; nothing in it was read"
    )


def verify_manifest(
    manifest_bytes: bytes,
    signature_text: str,
    sender_public_key: str,
    expected_sender: str,
    expected_recipient: str | None,
    source: str,
) -> Manifest:
    """Signature first (pinned key of the expected sender) over the raw bytes, then parsing."""
    if len(manifest_bytes) > MAX_MANIFEST_BYTES:
        raise IntegrityError(f"{source}: manifest larger than {MAX_MANIFEST_BYTES} bytes")
    authenticate(manifest_bytes, signature_text, sender_public_key, expected_sender, source)
    manifest = Manifest.from_bytes(manifest_bytes, source)
    if manifest.sender != expected_sender:
        raise SignatureError(
            f"{source}: signed by {expected_sender} but names {manifest.sender} as its sender"
        )
    if expected_recipient is not None and manifest.recipient != expected_recipient:
        raise IntegrityError(
            f"{source}: addressed to {manifest.recipient}, not to {expected_recipient}"
        )
    return manifest


def read_regular(path: Path, max_bytes: int) -> bytes:
    """Read a small file that must be a regular file (not a link), up to ``max_bytes``."""
    info = os.lstat(path)
    if not stat.S_ISREG(info.st_mode):
        raise PathSafetyError(f"{path}: not a regular file (links and devices are refused)")
    if info.st_size > max_bytes:
        raise IntegrityError(f"{path}: {info.st_size} bytes, more than {max_bytes} allowed")
    return path.read_bytes()


def verify_batch_files(folder: Path, manifest: Manifest, check_hashes: bool = True) -> None:
    """The folder holds exactly the listed regular files, with their sizes and hashes.

    ``check_hashes`` False leaves the SHA-256 to the caller: a receive, whose transport
    hashed each file as it arrived and kept it only when it matched, reads no file twice.
    """
    expected = {f.name for f in manifest.files} | {MANIFEST_NAME, SIGNATURE_NAME}
    present = {entry.name for entry in os.scandir(folder)}
    extra = sorted(present - expected)
    if extra:
        raise IntegrityError(
            f"{folder}: files not listed in the manifest: {', '.join(ascii(n) for n in extra)}"
        )
    for entry in manifest.files:
        path = folder / entry.name
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            raise IntegrityError(
                f"{path}: listed in the manifest but missing", path=str(path), expected=entry.sha256
            ) from None
        if not stat.S_ISREG(info.st_mode):
            raise PathSafetyError(f"{path}: not a regular file (links are refused)")
        if info.st_size != entry.size:
            raise IntegrityError(
                f"{path}: {info.st_size} bytes, the manifest says {entry.size}",
                path=str(path),
                expected=entry.size,
                found=info.st_size,
            )
        if not check_hashes:
            continue
        digest = sha256_file(path)
        if digest != entry.sha256:
            raise IntegrityError(
                f"{path}: SHA-256 differs from the manifest (altered file)",
                path=str(path),
                expected=entry.sha256,
                found=digest,
            )


def verify_batch(
    folder: Path,
    public_keys: dict[str, str],
    expected_recipient: str | None = None,
    expected_sender: str | None = None,
    check_hashes: bool = True,
) -> VerifiedBatch:
    """Verify a local batch folder completely; ``public_keys`` maps party to minisign key.

    ``check_hashes`` False leaves the files' SHA-256 to the caller (a send hashes each file
    as it uploads it, and sends the manifest only if all match).
    """
    if folder.is_symlink() or not folder.is_dir():
        raise PathSafetyError(f"{folder}: not a batch folder")
    manifest_bytes = read_regular(folder / MANIFEST_NAME, MAX_MANIFEST_BYTES)
    signature = read_regular(folder / SIGNATURE_NAME, MAX_SIGNATURE_BYTES).decode(
        "utf-8", errors="replace"
    )
    source = str(folder / MANIFEST_NAME)
    sender = expected_sender or pinned_signer(signature, public_keys, source)
    if sender not in public_keys:
        raise IntegrityError(f"{source}: sender {sender} is not a party in parties.yaml")
    manifest = verify_manifest(
        manifest_bytes, signature, public_keys[sender], sender, expected_recipient, source
    )
    check_openable(manifest, source)
    verify_batch_files(folder, manifest, check_hashes)
    return VerifiedBatch(folder, manifest, hashlib.sha256(manifest_bytes).hexdigest())


def open_batch(
    verified: VerifiedBatch, keys: PartyKeys, out_dir: Path, subfolder: str = ""
) -> list[Path]:
    """Decrypt every file of a verified batch into ``out_dir`` (0700), all or none.

    A sealed file NAME.age opens as NAME. If any file fails to open, the ones already opened
    from this batch are removed again.
    """
    identities = load_identities(keys.age_identity, keys.passphrase)
    target_dir = fsutil.private_dir(out_dir / subfolder if subfolder else out_dir)
    opened: list[Path] = []
    try:
        for entry in verified.manifest.files:
            plain_name = check_sealed_name(entry.name, f"{verified.folder}: {entry.name}")
            target = target_dir / plain_name
            open_file(verified.folder / entry.name, target, identities)
            opened.append(target)
    except BaseException:
        for path in opened:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
        raise
    return opened
