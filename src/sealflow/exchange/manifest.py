"""The batch manifest: what a batch holds, from whom, for whom and why, and its hashes.

`manifest.json` lists each sealed file's name, size and SHA-256 of the ciphertext, so a
receiver can check every byte it fetched before it decrypts anything; the sender signs the
exact bytes of the manifest (`manifest.json.minisig`). Parsing is strict: unknown or
missing keys, wrong types, unsafe names and duplicate names are all refused with the key
at fault, because the manifest arrives from outside.
"""

from __future__ import annotations

import hashlib
import json
import re
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sealflow.audit_anchors import ANCHOR_KEY, parse_anchor
from sealflow.errors import IntegrityError
from sealflow.exchange.names import (
    check_batch_id,
    check_member_name,
    check_party_name,
    check_sealed_name,
)
from sealflow.signed_json import load_object

FORMAT = "sealflow-batch/1"
MAX_MANIFEST_BYTES = 1024 * 1024  # about 5 000 files; checked before the signature is
MAX_FILES = 100_000
HASH_CHUNK = 1024 * 1024
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_PURPOSE = re.compile(r"^[a-z][a-z0-9_-]{0,63}$")
_KEYS = frozenset({"format", "batch_id", "sender", "recipient", "purpose", "created", "files"})
_OPTIONAL_KEYS = frozenset({ANCHOR_KEY})
_FILE_KEYS = frozenset({"name", "size", "sha256"})


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(HASH_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def check_purpose(purpose: object, where: str) -> str:
    if not isinstance(purpose, str) or not _PURPOSE.fullmatch(purpose):
        raise IntegrityError(
            f"{where}: purpose {purpose!a} must be 1-64 characters a-z 0-9 _ - starting "
            "with a letter (it becomes part of the batch id)"
        )
    return purpose


def new_batch_id(sender: str, purpose: str, now: datetime | None = None) -> str:
    """Sortable by time, readable, and unguessable in its tail (so ids never collide)."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    return f"{stamp}-{sender}-{purpose}-{secrets.token_hex(4)}"


@dataclass(frozen=True)
class FileEntry:
    name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Manifest:
    batch_id: str
    sender: str
    recipient: str
    purpose: str
    created: str
    files: tuple[FileEntry, ...]
    audit_head: dict[str, Any] | None = None  # the sender's audit head: an anchor of its log

    def to_bytes(self) -> bytes:
        body: dict[str, Any] = {
            "format": FORMAT,
            "batch_id": self.batch_id,
            "sender": self.sender,
            "recipient": self.recipient,
            "purpose": self.purpose,
            "created": self.created,
            "files": [{"name": f.name, "size": f.size, "sha256": f.sha256} for f in self.files],
        }
        if self.audit_head is not None:
            body[ANCHOR_KEY] = self.audit_head
        return (json.dumps(body, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def entry(self, name: str) -> FileEntry:
        for file_entry in self.files:
            if file_entry.name == name:
                return file_entry
        raise KeyError(name)

    @property
    def total_size(self) -> int:
        return sum(f.size for f in self.files)

    @classmethod
    def build(
        cls,
        batch_id: str,
        sender: str,
        recipient: str,
        purpose: str,
        sealed_paths: Iterable[Path],
        created: datetime | None = None,
        audit_head: dict[str, Any] | None = None,
        hashes: Mapping[str, str] | None = None,
    ) -> Manifest:
        """Describe sealed files already written (their ciphertext is what gets hashed).

        ``hashes`` (file name to SHA-256) are digests the sealer took of the bytes as it
        wrote them; a file without one is read and hashed here.
        """
        known = hashes or {}
        entries = tuple(
            FileEntry(
                name=_checked_name(path.name, str(path)),
                size=path.stat().st_size,
                sha256=known.get(path.name) or sha256_file(path),
            )
            for path in sorted(sealed_paths, key=lambda p: p.name)
        )
        stamp = (created or datetime.now(UTC)).isoformat(timespec="seconds")
        _refuse_clashes([e.name for e in entries], "batch")
        return cls(batch_id, sender, recipient, purpose, stamp, entries, audit_head)

    @classmethod
    def from_bytes(cls, data: bytes, source: str) -> Manifest:
        """Parse a manifest from outside; raise naming ``source`` and the key at fault.

        Only for bytes whose signature already verified (`batch.verify_manifest`); even so,
        size and nesting depth are bounded before the JSON parser sees them.
        """
        body = load_object(data, f"{source} (manifest)", MAX_MANIFEST_BYTES)
        _exact_keys(body, _KEYS, source, _OPTIONAL_KEYS)
        if body["format"] != FORMAT:
            raise IntegrityError(f"{source}: key format is {body['format']!a}, expected {FORMAT}")
        batch_id = check_batch_id(body["batch_id"], f"{source}: key batch_id")
        sender = check_party_name(body["sender"], f"{source}: key sender")
        recipient = check_party_name(body["recipient"], f"{source}: key recipient")
        purpose = check_purpose(body["purpose"], f"{source}: key purpose")
        created = _check_created(body["created"], source)
        files = body["files"]
        if not isinstance(files, list) or not files or len(files) > MAX_FILES:
            raise IntegrityError(f"{source}: key files must be a list of 1 to {MAX_FILES} entries")
        entries: list[FileEntry] = []
        seen: set[str] = set()
        for index, item in enumerate(files):
            where = f"{source}: files[{index}]"
            if not isinstance(item, dict):
                raise IntegrityError(f"{where}: must be an object with name, size, sha256")
            _exact_keys(item, _FILE_KEYS, where)
            name = check_member_name(item["name"], f"{where}.name")
            if name in seen:
                raise IntegrityError(f"{where}.name: {name!a} is listed twice")
            seen.add(name)
            size = item["size"]
            if not isinstance(size, int) or isinstance(size, bool) or size < 0:
                raise IntegrityError(f"{where}.size: must be a non-negative integer")
            digest = item["sha256"]
            if not isinstance(digest, str) or not _SHA256.fullmatch(digest):
                raise IntegrityError(f"{where}.sha256: must be 64 lower-case hex characters")
            entries.append(FileEntry(name, size, digest))
        head = body.get(ANCHOR_KEY)
        anchor = None if head is None else parse_anchor(head, source).as_dict()
        return cls(batch_id, sender, recipient, purpose, created, tuple(entries), anchor)

    @classmethod
    def header_of(cls, data: bytes, source: str) -> Manifest:
        """The batch id, sender, recipient and purpose of a signed manifest whose file list
        was refused (an unsafe name, a bad size), and no files.

        Only for bytes whose signature verified: enough to send the sender a signed receipt
        saying the batch was rejected and why, as for any other refusal of a verified
        manifest (FORMAT.md), without trusting a single listed file.
        """
        body = load_object(data, f"{source} (manifest)", MAX_MANIFEST_BYTES)
        missing = sorted({"batch_id", "sender", "recipient", "purpose"} - set(body))
        if missing:
            raise IntegrityError(f"{source}: missing key(s) {', '.join(missing)}")
        return cls(
            check_batch_id(body["batch_id"], f"{source}: key batch_id"),
            check_party_name(body["sender"], f"{source}: key sender"),
            check_party_name(body["recipient"], f"{source}: key recipient"),
            check_purpose(body["purpose"], f"{source}: key purpose"),
            str(body.get("created", "")),
            (),
        )


def _checked_name(name: object, where: str) -> str:
    check_sealed_name(name, where)
    assert isinstance(name, str)
    return name


def check_openable(manifest: Manifest, where: str) -> None:
    """Every member is ``NAME.age`` with a free, safe ``NAME``, and no two open onto one file.

    Checked when a batch is verified, once its manifest is authenticated and parsed, so a
    refusal can still be answered with a signed "rejected" receipt naming the batch.
    """
    _refuse_clashes([f.name for f in manifest.files], where)


def _refuse_clashes(sealed_names: list[str], where: str) -> None:
    """Two members must not open onto one file, here or on a case-insensitive file system."""
    opened: dict[str, str] = {}
    for sealed in sealed_names:
        plain = check_sealed_name(sealed, where).casefold()
        if plain in opened:
            raise IntegrityError(
                f"{where}: {opened[plain]!a} and {sealed!a} would open onto the same file; the "
                "batch is refused and nothing in it is opened"
            )
        opened[plain] = sealed


def _exact_keys(
    body: dict[str, Any],
    expected: frozenset[str],
    where: str,
    optional: frozenset[str] = frozenset(),
) -> None:
    missing = sorted(expected - body.keys())
    extra = sorted(body.keys() - expected - optional)
    if missing or extra:
        raise IntegrityError(
            f"{where}: manifest keys wrong (missing: {', '.join(missing) or 'none'}; "
            f"unexpected: {', '.join(ascii(k) for k in extra) or 'none'})"
        )


def _check_created(value: object, source: str) -> str:
    if not isinstance(value, str):
        raise IntegrityError(f"{source}: key created must be an ISO 8601 time string")
    try:
        stamp = datetime.fromisoformat(value)
    except ValueError:
        raise IntegrityError(f"{source}: key created {value!a} is not ISO 8601") from None
    if stamp.tzinfo is None:
        raise IntegrityError(f"{source}: key created must carry a time zone (UTC)")
    return value
