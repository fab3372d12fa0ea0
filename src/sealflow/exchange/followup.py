"""After a send: the parties' signed receipts, and vendors' deletion confirmations."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.errors import IntegrityError
from sealflow.exchange.context import RECEIPTS_FOLDER, ExchangeContext
from sealflow.exchange.names import check_batch_id
from sealflow.exchange.receipts import (
    DeletionStatus,
    check_deletion,
    deletion_name,
    receipt_name,
    verify_receipt,
)


def check_deletions(ctx: ExchangeContext, sent_records: Sequence[Path], out: Path) -> list[Any]:
    """Each batch sent to a vendor against its signed deletion confirmation and deadline.

    Confirmations are `confirmations/<batch_id>.deletion.json` (+ `.minisig`) in what the
    vendor leaves for us. Writes ``out`` (statuses, no personal data); raises when a
    deletion is overdue or late, because the privacy notice promises deletion in time.
    """
    statuses: list[DeletionStatus] = []
    for record_path in sent_records:
        record = fsutil.read_json(record_path)
        vendor = record["to"]
        entry = ctx.entry(vendor)
        days = int(
            entry.get("deletion_deadline_days", ctx.settings.get("deletion_deadline_days", 7))
        )
        transport = ctx.transport(vendor)
        try:
            name = deletion_name(check_batch_id(record["batch_id"], str(record_path)))
            confirmation = None
            if name in transport.list_incoming("confirmations"):
                data = transport.read_incoming(f"confirmations/{name}", 1 << 20)
                sig = transport.read_incoming(f"confirmations/{name}.minisig", 4096)
                confirmation = (data, sig.decode("utf-8", errors="replace"))
        finally:
            transport.close()
        statuses.append(
            check_deletion(
                record["batch_id"], vendor, datetime.fromisoformat(record["sent_at"]), days,
                confirmation, entry["minisign_public_key"], f"{vendor}: confirmations/{name}",
            )
        )  # fmt: skip
    body = [status.__dict__ for status in statuses]
    fsutil.write_json(out, {"deletions": body}, 0o644)
    for status in statuses:
        if status.status in ("overdue", "late"):
            raise IntegrityError(
                f"{status.party}: deletion of batch {status.batch_id} is {status.status} "
                f"(deadline {status.deadline}); chase the vendor and record it"
            )
        if status.status == "confirmed":
            ctx.record_audit("delete", status.batch_id, party=status.party, confirmed=True)
    return body


def collect_receipts(ctx: ExchangeContext, party: str) -> list[dict[str, Any]]:
    """Check the signed receipts ``party`` returned for the batches we sent it.

    A receipt must verify under the party's pinned key and acknowledge exactly the manifest
    we sent (its SHA-256). Returns one status per sent batch: acknowledged or awaiting.
    """
    sent_dir = ctx.path("records") / "sent"
    by_batch: dict[str, dict[str, Any]] = {}
    for path in sorted(sent_dir.glob("*.json")):  # a rule's own record repeats one: dedupe
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("to") == party and "manifest_sha256" in record:
            by_batch[record["batch_id"]] = record
    records = [by_batch[batch_id] for batch_id in sorted(by_batch)]
    transport = ctx.transport(party)
    statuses = []
    try:
        available = set(transport.list_incoming(RECEIPTS_FOLDER))
        for record in records:
            name = receipt_name(check_batch_id(record["batch_id"], str(sent_dir)))
            status = {"batch_id": record["batch_id"], "to": party, "status": "awaiting"}
            if name in available and f"{name}.minisig" in available:
                data = transport.read_incoming(f"{RECEIPTS_FOLDER}/{name}", 1 << 20)
                sig = transport.read_incoming(f"{RECEIPTS_FOLDER}/{name}.minisig", 4096)
                body = verify_receipt(
                    data, sig.decode("utf-8", errors="replace"),
                    ctx.entry(party)["minisign_public_key"], record["batch_id"],
                    record["manifest_sha256"], f"{transport.description}: {name}",
                )  # fmt: skip
                if body.get("status") == "rejected":
                    status |= {"status": "rejected", "reason": str(body.get("reason", ""))[:500]}
                else:
                    status |= {"status": "acknowledged", "received_at": body.get("received_at")}
            statuses.append(status)
    finally:
        transport.close()
    return statuses
