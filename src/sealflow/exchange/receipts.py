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
from sealflow.seal.minisign import sign_bytes
from sealflow.seal.minisign_keys import MinisignSecretKey
from sealflow.signed_json import MAX_SIGNATURE_BYTES, load_signed_object, signature_text

RECEIPT_FORMAT = "sealflow-receipt/1"
DELETION_FORMAT = "sealflow-deletion/1"
MAX_DOCUMENT_BYTES = 1024 * 1024


def receipt_name(batch_id: str) -> str:
    return f"{batch_id}.receipt.json"


def deletion_name(batch_id: str) -> str:
    return f"{batch_id}.deletion.json"


def _dump(body: dict[str, Any]) -> bytes:
    return (json.dumps(body, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode()


def make_receipt(
    manifest: Manifest,
    manifest_sha256: str,
    receiver: str,
    secret_key: MinisignSecretKey,
    audit_head: dict[str, Any] | None = None,
    rejected: str | None = None,
) -> tuple[bytes, str]:
    """The receipt's bytes and its minisign signature text.

    ``audit_head``, the receiver's audit head when it keeps a log, makes the receipt an
    anchor of that log for the sender to hold. ``rejected`` is the reason when the batch
    arrived but could not be accepted (status "rejected"); otherwise status is "accepted".
    """
    body: dict[str, Any] = {
        "format": RECEIPT_FORMAT,
        "batch_id": manifest.batch_id,
        "sender": manifest.sender,
        "receiver": receiver,
        "purpose": manifest.purpose,
        "received_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "manifest_sha256": manifest_sha256,
        "files": [{"name": f.name, "sha256": f.sha256} for f in manifest.files],
    }
    body["status"] = "accepted" if rejected is None else "rejected"
    if rejected is not None:
        body["reason"] = rejected
    if audit_head is not None:
        body["audit_head"] = audit_head
    data = _dump(body)
    comment = f"receipt:{manifest.batch_id}\treceiver:{receiver}"
    return data, sign_bytes(data, secret_key, comment)


def make_deletion_confirmation(
    batch_id: str,
    party: str,
    secret_key: MinisignSecretKey,
    deleted_at: datetime | None = None,
    files: list[str] | None = None,
) -> tuple[bytes, str]:
    """A vendor's signed statement; ``files`` names what it deleted (recordings, transcripts)."""
    body: dict[str, Any] = {
        "format": DELETION_FORMAT,
        "batch_id": batch_id,
        "party": party,
        "deleted_at": (deleted_at or datetime.now(UTC)).isoformat(timespec="seconds"),
    }
    if files is not None:
        body["files"] = sorted(files)
    data = _dump(body)
    return data, sign_bytes(data, secret_key, f"deletion:{batch_id}\tparty:{party}")


def _verified_document(
    data: bytes, signature: str, public_key: str, expected_format: str, source: str
) -> dict[str, Any]:
    """Signature over the raw bytes first, then bounded parsing; one sealflow error otherwise."""
    body = load_signed_object(data, signature, public_key, "its signer", source)
    if body.get("format") != expected_format:
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


def verify_deletion(
    data: bytes, signature: str, party_public_key: str, batch_id: str, party: str, source: str
) -> tuple[datetime, frozenset[str]]:
    """A deletion confirmation's time and the file names it lists, once its signature holds."""
    body = _verified_document(data, signature, party_public_key, DELETION_FORMAT, source)
    if body.get("batch_id") != batch_id or body.get("party") != party:
        raise IntegrityError(f"{source}: confirms deletion of another batch or by another party")
    try:
        deleted_at = datetime.fromisoformat(str(body["deleted_at"]))
    except (KeyError, ValueError):
        raise IntegrityError(f"{source}: key deleted_at missing or not ISO 8601") from None
    if deleted_at.tzinfo is None:
        raise IntegrityError(f"{source}: key deleted_at must carry a time zone (UTC)")
    files = body.get("files", [])
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        raise IntegrityError(f"{source}: key files must be a list of file names")
    return deleted_at, frozenset(files)


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
    deleted_at, _files = verify_deletion(data, signature, party_public_key, batch_id, party, source)
    status = "confirmed" if deleted_at <= deadline else "late"
    return DeletionStatus(
        batch_id, party, sent_at.isoformat(), deadline.isoformat(), status, deleted_at.isoformat()
    )


def read_signed(path: Path) -> tuple[bytes, str]:
    """A document and its `.minisig` from local disk (both bounded in size)."""
    if path.stat().st_size > MAX_DOCUMENT_BYTES:
        raise IntegrityError(f"{path}: larger than {MAX_DOCUMENT_BYTES} bytes")
    with open(f"{path}.minisig", "rb") as fh:
        signature = signature_text(fh.read(MAX_SIGNATURE_BYTES + 1), f"{path}.minisig")
    return path.read_bytes(), signature
