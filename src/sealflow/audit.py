"""The hash-chained audit log: every read, write, send, receive and deletion of personal data.

Each entry is one JSON line carrying the HMAC-SHA256 of the previous entry's MAC and its own
canonical body, under a key kept in the workspace (0600). Editing, inserting, deleting or
reordering any entry breaks the chain at that entry; `verify` names the first bad line.
A keyed chain rather than a plain hash chain: someone who can write the log but not read
the workspace key cannot rebuild a consistent chain after an edit. Removing the tail is
caught by the head file, which records the last sequence number and MAC.

Entries never hold identifier values: they name files relative to the study root, counts
and hashes.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import hmac
import json
import os
import secrets
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.errors import IntegrityError

ACTIONS = frozenset({"read", "write", "send", "receive", "delete", "export", "certify", "purge"})
GENESIS = "0" * 64


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def load_or_create_key(path: Path) -> bytes:
    """Read the audit key, or create 32 random bytes (0600) on first use.

    Several rules may start at once on a fresh study: the key is written whole to a
    temporary name and hard-linked into place, which fails if another process got there
    first, so every process ends up with the same key.
    """
    if not path.exists():
        fsutil.private_dir(path.parent)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(secrets.token_bytes(32))
                fh.flush()
                os.fsync(fh.fileno())
            with contextlib.suppress(FileExistsError):
                os.link(tmp_name, path)
        finally:
            os.unlink(tmp_name)
    key = path.read_bytes()
    if len(key) != 32:
        raise IntegrityError(f"{path}: audit key must be 32 bytes, found {len(key)}")
    return key


@dataclass(frozen=True)
class AuditLog:
    """An append-only audit log at ``path`` keyed by the key at ``key_path``."""

    path: Path
    key_path: Path

    @property
    def head_path(self) -> Path:
        return self.path.with_name(self.path.name + ".head")

    def append(self, action: str, subject: str, **details: Any) -> dict[str, Any]:
        """Add one entry; ``subject`` is a file or batch name, never an identifier value."""
        if action not in ACTIONS:
            raise ValueError(f"audit action {action!r} is not one of {sorted(ACTIONS)}")
        key = load_or_create_key(self.key_path)
        fsutil.private_dir(self.path.parent)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, fsutil.PRIVATE_FILE_MODE)
        with os.fdopen(fd, "r+", encoding="utf-8") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)  # one writer at a time across rule processes
            seq, prev = self._tail(key)
            body = {
                "seq": seq + 1,
                "at": datetime.now(UTC).isoformat(timespec="microseconds"),
                "action": action,
                "subject": subject,
                "details": details,
                "prev": prev,
            }
            mac = hmac.new(key, prev.encode() + _canonical(body), hashlib.sha256).hexdigest()
            entry = {**body, "mac": mac}
            fh.seek(0, os.SEEK_END)
            fh.write(json.dumps(entry, sort_keys=True, ensure_ascii=False) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
            fsutil.write_json(self.head_path, {"seq": body["seq"], "mac": mac})
        return entry

    def _tail(self, key: bytes) -> tuple[int, str]:
        if not self.path.exists() or self.path.stat().st_size == 0:
            return 0, GENESIS
        entries = self.verify(key)
        return (entries, self._last_mac()) if entries else (0, GENESIS)

    def _last_mac(self) -> str:
        with open(self.path, encoding="utf-8") as fh:
            last = ""
            for line in fh:
                if line.strip():
                    last = line
        return str(json.loads(last)["mac"])

    def verify(self, key: bytes | None = None) -> int:
        """Check every entry's MAC and order; return the number of entries.

        Raises IntegrityError naming the first line that does not verify.
        """
        key = key if key is not None else load_or_create_key(self.key_path)
        prev, seq = GENESIS, 0
        if self.path.exists():
            with open(self.path, encoding="utf-8") as fh:
                for line_no, line in enumerate(fh, start=1):
                    try:
                        entry = json.loads(line)
                        mac = entry.pop("mac")
                    except (json.JSONDecodeError, KeyError, AttributeError):
                        raise IntegrityError(
                            f"{self.path}: line {line_no} is not an audit entry"
                        ) from None
                    expected = hmac.new(key, prev.encode() + _canonical(entry), hashlib.sha256)
                    if entry.get("prev") != prev or entry.get("seq") != seq + 1:
                        raise IntegrityError(
                            f"{self.path}: line {line_no} breaks the chain (entry inserted, "
                            "removed or reordered before it)"
                        )
                    if not hmac.compare_digest(expected.hexdigest(), str(mac)):
                        raise IntegrityError(f"{self.path}: line {line_no} was edited (bad MAC)")
                    prev, seq = str(mac), seq + 1
        if self.head_path.exists():
            head = json.loads(self.head_path.read_text(encoding="utf-8"))
            if head.get("seq") != seq or not hmac.compare_digest(str(head.get("mac")), prev):
                raise IntegrityError(
                    f"{self.path}: ends at entry {seq} but its head file records entry "
                    f"{head.get('seq')}: entries were removed from the end"
                )
        elif seq:
            raise IntegrityError(
                f"{self.head_path}: missing; cannot tell whether entries were removed"
            )
        return seq


def study_audit_log(root: Path, workspace: str = "work") -> AuditLog:
    """The audit log of a study: in the workspace, beside its key."""
    work = Path(root) / workspace
    return AuditLog(path=work / "audit" / "audit.jsonl", key_path=work / "keys" / "audit.key")
