"""Nothing is sent twice: what an earlier batch to the same party and purpose already held.

The send records (records/sent/<batch_id>.json) name every batch sent; the batch itself is
kept in outgoing/ sealed to us as well as to the recipient, so its plaintext can be
checked without keeping any copy or hash of it elsewhere. A file counts as sent when an
earlier batch held the same bytes, or, for a CSV table, the same header and every one of
its rows (a table rewritten by an erasure is a subset of what was sent: nothing new).
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, cast

from sealflow.errors import SealflowError
from sealflow.exchange.batch import verify_batch
from sealflow.exchange.context import ExchangeContext
from sealflow.exchange.names import MANIFEST_NAME, SEALED_SUFFIX
from sealflow.seal.age import decrypt, load_identities


class _Hasher(io.RawIOBase):
    def __init__(self) -> None:
        self.digest = hashlib.sha256()

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        view = memoryview(data)
        self.digest.update(view)
        return len(view)


@dataclass
class SentContent:
    """What earlier batches to one party for one purpose held, by plain file name."""

    records: list[dict[str, Any]] = field(default_factory=list)
    sha256: dict[str, set[str]] = field(default_factory=dict)
    csv_rows: dict[str, list[tuple[bytes, set[bytes]]]] = field(default_factory=dict)

    def covers(self, path: Path) -> bool:
        name = path.name
        data_hash = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 16), b""):
                data_hash.update(chunk)
        if data_hash.hexdigest() in self.sha256.get(name, set()):
            return True
        if path.suffix.lower() != ".csv" or name not in self.csv_rows:
            return False
        header, *rows = _lines(path.read_bytes())
        return any(
            header == sent_header and set(rows) <= sent_rows
            for sent_header, sent_rows in self.csv_rows[name]
        )


def _lines(data: bytes) -> list[bytes]:
    lines = data.removeprefix(b"\xef\xbb\xbf").replace(b"\r\n", b"\n").split(b"\n")
    return [line for line in lines if line] or [b""]


def _outgoing_batches(ctx: ExchangeContext, to: str) -> dict[str, Path]:
    """Our own batches for ``to`` in outgoing/, by batch id (signature checked, as sent)."""
    outgoing = ctx.path("outgoing")
    found: dict[str, Path] = {}
    for folder in sorted(outgoing.iterdir()) if outgoing.is_dir() else []:
        if not (folder / MANIFEST_NAME).is_file():
            continue  # a batch being made, or not a batch
        try:
            verified = verify_batch(folder, ctx.public_keys(), expected_recipient=to)
        except SealflowError:
            continue  # another party's batch, or damaged: it cannot vouch for anything
        if verified.manifest.sender == ctx.own_name:
            found[verified.manifest.batch_id] = folder
    return found


def sent_content(ctx: ExchangeContext, to: str, purpose: str) -> SentContent:
    """Every earlier batch sent to ``to`` for ``purpose`` whose sealed copy we still hold."""
    content = SentContent()
    sent = ctx.path("records") / "sent"
    seen: set[str] = set()
    records = sorted(sent.glob("*.json")) if sent.is_dir() else []
    identities = None
    folders = _outgoing_batches(ctx, to)
    for path in records:
        record = json.loads(path.read_text(encoding="utf-8"))
        batch_id = record.get("batch_id")
        if record.get("to") != to or record.get("purpose") != purpose or batch_id in seen:
            continue
        folder = folders.get(str(batch_id))
        if folder is None:
            continue
        seen.add(str(batch_id))
        identities = identities or load_identities(ctx.keys.age_identity, ctx.keys.passphrase)
        content.records.append(record)
        for entry in record.get("files", []):
            sealed = folder / entry["name"]
            if not sealed.is_file():
                continue
            name = entry["name"].removesuffix(SEALED_SUFFIX)
            with open(sealed, "rb") as src:
                if name.lower().endswith(".csv"):
                    plain = io.BytesIO()
                    decrypt(src, plain, identities)
                    data = plain.getvalue()
                    header, *rows = _lines(data)
                    content.csv_rows.setdefault(name, []).append((header, set(rows)))
                    digest = hashlib.sha256(data).hexdigest()
                else:
                    sink = _Hasher()
                    decrypt(src, cast(BinaryIO, sink), identities)
                    digest = sink.digest.hexdigest()
            content.sha256.setdefault(name, set()).add(digest)
    content.records.sort(key=lambda r: str(r.get("sent_at")))
    return content


def not_yet_sent(
    ctx: ExchangeContext, to: str, purpose: str, plain_files: Sequence[Path]
) -> tuple[list[Path], dict[str, Any] | None]:
    """The files no earlier batch held, and the latest earlier send record (None if none)."""
    content = sent_content(ctx, to, purpose)
    if not content.records:
        return list(plain_files), None
    return [p for p in plain_files if not content.covers(p)], content.records[-1]
