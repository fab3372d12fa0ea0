"""After a send: the parties' signed receipts, and vendors' deletion confirmations."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.errors import IntegrityError
from sealflow.exchange.batch import verify_manifest
from sealflow.exchange.context import RECEIPTS_FOLDER, ExchangeContext, relative
from sealflow.exchange.manifest import MAX_MANIFEST_BYTES
from sealflow.exchange.names import MANIFEST_NAME, SIGNATURE_NAME, check_batch_id
from sealflow.exchange.receipts import (
    MAX_DOCUMENT_BYTES,
    deletion_name,
    receipt_name,
    verify_deletion,
    verify_receipt,
)
from sealflow.exchange.replay import ReplayRegister
from sealflow.signed_json import MAX_SIGNATURE_BYTES, signature_text

AGE_SUFFIX = ".age"
PROBLEMS = ("overdue", "late", "incomplete")


def _plain_name(name: str) -> str:
    """A file's name without the sealing suffix: what the vendor itself calls it."""
    return name[: -len(AGE_SUFFIX)] if name.endswith(AGE_SUFFIX) else name


def _stem(name: str) -> str:
    """What ties a transcript to its recording: the name before the first dot."""
    return _plain_name(name).split(".", 1)[0]


@dataclass(frozen=True)
class Delivery:
    """A batch of transcripts a vendor delivered: the notice's clock starts at its receipt."""

    batch_id: str
    received_at: datetime
    files: tuple[str, ...]


def deliveries(ctx: ExchangeContext, vendor: str) -> list[Delivery]:
    """Every batch ``vendor`` delivered to us, from the replay register and the kept manifest.

    The register holds when each batch was accepted; the kept manifest (verified again
    against the vendor's pinned key before it is parsed) names the transcripts it carried.
    """
    found = []
    for entry in ReplayRegister(ctx.path("replay_register")).accepted_from(vendor):
        batch_id = check_batch_id(entry["batch_id"], str(ctx.path("replay_register")))
        folder = ctx.path("received") / vendor / batch_id
        files: tuple[str, ...] = ()
        if (folder / MANIFEST_NAME).is_file():
            with open(folder / MANIFEST_NAME, "rb") as fh:
                manifest_bytes = fh.read(MAX_MANIFEST_BYTES + 1)  # longer is refused unparsed
            with open(folder / SIGNATURE_NAME, "rb") as fh:
                signature = signature_text(fh.read(MAX_SIGNATURE_BYTES + 1), str(fh.name))
            manifest = verify_manifest(
                manifest_bytes, signature, ctx.entry(vendor)["minisign_public_key"], vendor,
                ctx.own_name, f"{relative(ctx, folder)}/{MANIFEST_NAME}",
            )  # fmt: skip
            files = tuple(sorted(_plain_name(f.name) for f in manifest.files))
        found.append(Delivery(batch_id, datetime.fromisoformat(entry["at"]), files))
    return found


def _recordings_sent(sent_records: Sequence[Path]) -> dict[str, dict[str, str]]:
    """Per vendor: each recording's plain name -> the batch that carried it."""
    sent: dict[str, dict[str, str]] = {}
    for record_path in sent_records:
        record = fsutil.read_json(record_path)
        batch_id = check_batch_id(record["batch_id"], str(record_path))
        names = sent.setdefault(record["to"], {})
        for entry in record.get("files", []):
            names[_plain_name(entry["name"])] = batch_id
    return sent


def _confirmation(
    ctx: ExchangeContext, vendor: str, batch_id: str
) -> tuple[datetime, frozenset[str]] | None:
    """The vendor's verified confirmation for ``batch_id``, or None while there is none."""
    name = deletion_name(batch_id)
    transport = ctx.transport(vendor)
    try:
        if name not in transport.list_incoming("confirmations"):
            return None
        data = transport.read_incoming(f"confirmations/{name}", MAX_DOCUMENT_BYTES)
        sig = transport.read_incoming(f"confirmations/{name}.minisig", MAX_SIGNATURE_BYTES)
    finally:
        transport.close()
    return verify_deletion(
        data, signature_text(sig, f"{vendor}: confirmations/{name}.minisig"),
        ctx.entry(vendor)["minisign_public_key"], batch_id, vendor,
        f"{vendor}: confirmations/{name}",
    )  # fmt: skip


def _deadline_days(ctx: ExchangeContext, vendor: str) -> int:
    entry = ctx.entry(vendor)
    return int(entry.get("deletion_deadline_days", ctx.exchange.deletion_deadline_days))


def _delivery_status(
    ctx: ExchangeContext, vendor: str, delivery: Delivery, recordings: list[str], now: datetime
) -> dict[str, Any]:
    """One delivery against its confirmation: every recording and transcript copy, in time."""
    deadline = delivery.received_at + timedelta(days=_deadline_days(ctx, vendor))
    status: dict[str, Any] = {
        "batch_id": delivery.batch_id,
        "party": vendor,
        "delivered_at": delivery.received_at.isoformat(),
        "deadline": deadline.isoformat(),
        "recordings": recordings,
        "transcripts": list(delivery.files),
        "deleted_at": None,
        "missing": [],
    }
    confirmation = _confirmation(ctx, vendor, delivery.batch_id)
    if confirmation is None:
        return status | {"status": "overdue" if now > deadline else "pending"}
    deleted_at, confirmed = confirmation
    missing = sorted({*recordings, *delivery.files} - {_plain_name(n) for n in confirmed})
    state = "incomplete" if missing else "confirmed" if deleted_at <= deadline else "late"
    return status | {"status": state, "deleted_at": deleted_at.isoformat(), "missing": missing}


def deletion_statuses(
    ctx: ExchangeContext, sent_records: Sequence[Path], now: datetime | None = None
) -> list[dict[str, Any]]:
    """Each transcript delivery of each vendor we sent recordings to, against its deadline.

    The privacy notice promises that vendors delete the recordings and every copy of the
    transcripts within `deletion_deadline_days` (default 7) of delivering the transcript,
    so the clock starts when we received the vendor's batch, and its signed confirmation
    must name each transcript it carried and each recording they were made from (matched by
    the name before the first dot). Recordings with no transcript delivered yet are listed
    as awaiting_transcript: their clock has not started. Names and dates only.
    """
    now = now or datetime.now(UTC)
    statuses: list[dict[str, Any]] = []
    for vendor, recordings in sorted(_recordings_sent(sent_records).items()):
        if ctx.entry(vendor).get("role") != "vendor":
            continue  # only vendors promise deletion; other parties' sends have no clock
        transcribed: set[str] = set()
        for delivery in deliveries(ctx, vendor):
            stems = {_stem(name) for name in delivery.files}
            covered = sorted(n for n in recordings if _stem(n) in stems)
            transcribed.update(covered)
            statuses.append(_delivery_status(ctx, vendor, delivery, covered, now))
        waiting: dict[str, list[str]] = {}
        for name, batch_id in sorted(recordings.items()):
            if name not in transcribed:
                waiting.setdefault(batch_id, []).append(name)
        statuses += [
            {"batch_id": batch_id, "party": vendor, "status": "awaiting_transcript",
             "recordings": names}
            for batch_id, names in sorted(waiting.items())
        ]  # fmt: skip
    return statuses


def deletion_problem(status: dict[str, Any]) -> str:
    """One line naming a delivery whose deletion is overdue, late or incomplete (no values)."""
    return (
        f"{status['party']}: deletion for delivery {status['batch_id']} is "
        f"{status['status']} (deadline {status['deadline']}"
        + (f"; not confirmed: {', '.join(status['missing'])}" if status["missing"] else "")
        + "); chase the vendor and record it"
    )


def check_deletions(
    ctx: ExchangeContext,
    sent_records: Sequence[Path],
    out: Path,
    now: datetime | None = None,
    *,
    raise_on_problem: bool = True,
) -> list[Any]:
    """The deletion_check rule: statuses written to ``out``; raises on any one overdue.

    Writes ``out`` (names and dates, no personal data) before raising, so status and the
    report show which delivery is overdue, late or incomplete; a confirmation in time is
    audited. The workflow passes ``raise_on_problem=False``: a failed rule would have
    Snakemake delete ``out``, and the report (whose vendor-deletion gate then fails) would
    lose the very statuses a reviewer must see; it warns in the rule's log instead.
    """
    statuses = deletion_statuses(ctx, sent_records, now)
    fsutil.write_json(out, {"deletions": statuses}, 0o644)
    for status in statuses:
        if status["status"] in PROBLEMS:
            if raise_on_problem:
                raise IntegrityError(deletion_problem(status))
            print(f"sealflow: warning: {deletion_problem(status)}", file=sys.stderr)
        if status["status"] == "confirmed":
            ctx.record_audit("delete", status["batch_id"], party=status["party"], confirmed=True)
    return statuses


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
                    record["manifest_sha256"],
                    f"{transport.incoming_description}: {RECEIPTS_FOLDER}/{name}",
                )  # fmt: skip
                if body.get("status") == "rejected":
                    status |= {"status": "rejected", "reason": str(body.get("reason", ""))[:500]}
                else:
                    status |= {"status": "acknowledged", "received_at": body.get("received_at")}
            statuses.append(status)
    finally:
        transport.close()
    return statuses
