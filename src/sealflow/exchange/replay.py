"""The replay register: every batch id ever accepted or refused, so none is accepted twice.

A copy of an old, validly signed batch offered again (by a compromised server or a
confused sender) would otherwise be decrypted and ingested a second time, overwriting newer
data or re-adding withdrawn people. One JSON line per batch id, appended under a lock so
parallel rules cannot both accept the same batch.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from sealflow.errors import IntegrityError, ReplayError


class ReplayRegister:
    def __init__(self, path: Path) -> None:
        self.path = path

    @contextlib.contextmanager
    def _locked(self) -> Iterator[IO[str]]:
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
        with os.fdopen(fd, "r+", encoding="utf-8") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            yield fh

    def _entries(self, fh: IO[str]) -> dict[str, dict[str, str]]:
        fh.seek(0)
        seen: dict[str, dict[str, str]] = {}
        for line_no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
                seen[entry["batch_id"]] = entry
            except (json.JSONDecodeError, KeyError, TypeError):
                raise IntegrityError(
                    f"{self.path}: line {line_no} is not a register entry; restore the file "
                    "from backup rather than editing it"
                ) from None
        return seen

    def seen(self, batch_id: str) -> bool:
        if not self.path.exists():
            return False
        with self._locked() as fh:
            return batch_id in self._entries(fh)

    def accepted_from(self, sender: str) -> list[dict[str, str]]:
        """Every batch accepted from ``sender``, with its time of receipt (``at``), oldest first."""
        if not self.path.exists():
            return []
        with self._locked() as fh:
            entries = self._entries(fh).values()
        found = [e for e in entries if e.get("sender") == sender and e.get("outcome") == "accepted"]
        return sorted(found, key=lambda e: (e.get("at", ""), e["batch_id"]))

    def check(self, batch_id: str, source: str) -> None:
        """Raise ReplayError if ``batch_id`` was registered before."""
        if self.seen(batch_id):
            raise ReplayError(
                f"{source}: batch {batch_id} was already received; a batch id is accepted once "
                "(the sender must make a new batch to send again)"
            )

    def record(self, batch_id: str, sender: str, manifest_sha256: str, outcome: str) -> None:
        """Register ``batch_id``; raises ReplayError if another process registered it first."""
        with self._locked() as fh:
            if batch_id in self._entries(fh):
                raise ReplayError(f"{self.path}: batch {batch_id} is already registered")
            entry = {
                "batch_id": batch_id,
                "sender": sender,
                "manifest_sha256": manifest_sha256,
                "outcome": outcome,
                "at": datetime.now(UTC).isoformat(timespec="seconds"),
            }
            fh.seek(0, os.SEEK_END)
            fh.write(json.dumps(entry, sort_keys=True) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
