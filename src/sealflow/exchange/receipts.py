"""Receipts and deletion confirmations: small signed JSON documents between parties.

A receipt tells the sender which batch arrived intact (its manifest's and files' hashes)
and when; a deletion confirmation is a vendor's signed statement that it deleted a batch.
Both are signed with minisign over their exact bytes, so either side can later prove what
was acknowledged. They hold batch ids, names and hashes only, never personal data.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sealflow.errors import IntegrityError
from sealflow.exchange.manifest import Manifest
from sealflow.seal.minisign import sign_bytes, verify_bytes
from sealflow.seal.minisign_keys import MinisignSecretKey

RECEIPT_FORMAT = "sealflow-receipt/1"
DELETION_FORMAT = "sealflow-deletion/1"
MAX_DOCUMENT_BYTES = 4 * 1024 * 1024


def receipt_name(batch_id: str) -> str:
    return f"{batch_id}.receipt.json"


def deletion_name(batch_id: str) -> str:
    return f"{batch_id}.deletion.json"


def _dump(body: dict[str, Any]) -> bytes:
    return (json.dumps(body, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


def make_receipt(
    manifest: Manifest, manifest_sha256: str, receiver: str, secret_key: MinisignSecretKey
) -> tuple[bytes, str]:
    """The receipt's bytes and its minisign signature text."""
    body = {
        "format": RECEIPT_FORMAT,
        "batch_id": manifest.batch_id,
        "sender": manifest.sender,
        "receiver": receiver,
        "purpose": manifest.purpose,
        "received_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "manifest_sha256": manifest_sha256,
        "files": [{"name": f.name, "sha256": f.sha256} for f in manifest.files],
    }
    data = _dump(body)
    comment = f"receipt:{manifest.batch_id}\treceiver:{receiver}"
    return data, sign_bytes(data, secret_key, comment)


def make_deletion_confirmation(
    batch_id: str, party: str, secret_key: MinisignSecretKey, deleted_at: datetime | None = None
) -> tuple[bytes, str]:
    body = {
        "format": DELETION_FORMAT,
        "batch_id": batch_id,
        "party": party,
        "deleted_at": (deleted_at or datetime.now(UTC)).isoformat(timespec="seconds"),
    }
    data = _dump(body)
    return data, sign_bytes(data, secret_key, f"deletion:{batch_id}\tparty:{party}")


def _verified_document(
    data: bytes, signature: str, public_key: str, expected_format: str, source: str
) -> dict[str, Any]:
    verify_bytes(data, signature, public_key)
    try:
        body = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise IntegrityError(f"{source}: signed, but not UTF-8 JSON") from None
    if not isinstance(body, dict) or body.get("format") != expected_format:
        raise IntegrityError(f"{source}: not a {expected_format} document")
    return body


def verify_receipt(
    data: bytes,
    signature: str,
    receiver_public_key: str,
    batch_id: str,
    manifest_sha256: str,
    source: str,
) -> dict[str, Any]:
    """Check a receipt's signature and that it acknowledges exactly the batch we sent."""
    body = _verified_document(data, signature, receiver_public_key, RECEIPT_FORMAT, source)
    if body.get("batch_id") != batch_id or body.get("manifest_sha256") != manifest_sha256:
        raise IntegrityError(
            f"{source}: the receipt acknowledges a different batch or manifest than {batch_id}"
        )
    return body


@dataclass(frozen=True)
class DeletionStatus:
    batch_id: str
    party: str
    sent_at: str
    deadline: str
    status: str  # confirmed | pending | overdue | late
    deleted_at: str | None = None


def check_deletion(
    batch_id: str,
    party: str,
    sent_at: datetime,
    deadline_days: int,
    confirmation: tuple[bytes, str] | None,
    party_public_key: str,
    source: str,
    now: datetime | None = None,
) -> DeletionStatus:
    """Compare a vendor's signed deletion confirmation (or its absence) with its deadline."""
    deadline = sent_at + timedelta(days=deadline_days)
    now = now or datetime.now(UTC)
    if confirmation is None:
        status = "overdue" if now > deadline else "pending"
        return DeletionStatus(batch_id, party, sent_at.isoformat(), deadline.isoformat(), status)
    data, signature = confirmation
    body = _verified_document(data, signature, party_public_key, DELETION_FORMAT, source)
    if body.get("batch_id") != batch_id or body.get("party") != party:
        raise IntegrityError(f"{source}: confirms deletion of another batch or by another party")
    try:
        deleted_at = datetime.fromisoformat(str(body["deleted_at"]))
    except (KeyError, ValueError):
        raise IntegrityError(f"{source}: key deleted_at missing or not ISO 8601") from None
    status = "confirmed" if deleted_at <= deadline else "late"
    return DeletionStatus(
        batch_id, party, sent_at.isoformat(), deadline.isoformat(), status, deleted_at.isoformat()
    )


def read_signed(path: Path) -> tuple[bytes, str]:
    """A document and its `.minisig` from local disk."""
    data = path.read_bytes()
    if len(data) > MAX_DOCUMENT_BYTES:
        raise IntegrityError(f"{path}: larger than {MAX_DOCUMENT_BYTES} bytes")
    return data, Path(f"{path}.minisig").read_text(encoding="utf-8")
