"""Sending and receiving batches between the evaluator and one party: the exchange's front.

Both the CLI and the workflow's adapters call these functions. Receiving is the careful
side: for each complete batch in the party's outbox (manifest present, others' files left
alone) it checks the signature against the party's pinned key, strict manifest, batch id,
replay register, then downloads each file to a `.part`, verifies size and SHA-256, and
only then keeps it; anything failing is quarantined with its reason and never decrypted.
A signed receipt goes back to the sender; every send and receive is in the audit log.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.config import load_config, load_parties, party, resolve
from sealflow.errors import (
    HostKeyError,
    IntegrityError,
    PathSafetyError,
    SealflowError,
    TransportError,
)
from sealflow.exchange.batch import (
    MAX_SIGNATURE_BYTES,
    PartyKeys,
    VerifiedBatch,
    claimed_parties,
    make_batch,
    open_batch,
    verify_batch,
    verify_batch_files,
    verify_manifest,
)
from sealflow.exchange.manifest import MAX_MANIFEST_BYTES, Manifest
from sealflow.exchange.names import (
    BATCH_ID_PATTERN,
    MANIFEST_NAME,
    PARTIAL_SUFFIX,
    SIGNATURE_NAME,
    check_batch_id,
)
from sealflow.exchange.receipts import make_receipt, receipt_name
from sealflow.exchange.replay import ReplayRegister
from sealflow.exchange.transport import Transport, open_transport
from sealflow.govern.audit import AuditLog, study_audit_log

DEFAULTS: dict[str, Any] = {
    "passphrase_env": "SEALFLOW_KEY_PASSPHRASE",
    "outgoing": "work/exchange/outgoing",
    "received": "work/exchange/received",
    "quarantine": "work/exchange/quarantine",
    "replay_register": "work/exchange/seen_batches.jsonl",
    "records": "results/exchange",
    "remove_after_receive": True,
}
RECEIPTS_FOLDER = "receipts"


@dataclass
class ExchangeContext:
    """Everything a transfer needs, resolved once from config.yaml and parties.yaml."""

    root: Path
    own_name: str
    parties: dict[str, Any]
    keys: PartyKeys
    settings: dict[str, Any]
    audit: AuditLog | None = None

    @classmethod
    def from_config(cls, config_path: str | os.PathLike[str]) -> ExchangeContext:
        """From a config.yaml file (the CLI)."""
        return cls.from_settings(load_config(config_path))

    @classmethod
    def from_settings(cls, config: dict[str, Any], root: str | None = None) -> ExchangeContext:
        """From an already validated config mapping (the workflow: ``root`` is the workdir)."""
        if root is not None:
            config = {**config, "root": str(Path(root).resolve())}
        parties = load_parties(config)
        settings = {**DEFAULTS, **config.get("exchange", {})}
        study_root = Path(config["root"])
        own = config["evaluator"]
        key_dir = resolve(study_root, config.get("keys", {}).get("dir", "work/keys/evaluator"))
        passphrase = os.environ.get(settings["passphrase_env"]) or None
        audit = study_audit_log(study_root, config.get("workspace", "work"))
        keys = PartyKeys.in_dir(own, key_dir, passphrase)
        return cls(study_root, own, parties, keys, settings, audit)

    @classmethod
    def for_party(
        cls,
        root: Path,
        parties: dict[str, Any],
        name: str,
        key_dir: Path,
        settings: dict[str, Any] | None = None,
        passphrase: str | None = None,
    ) -> ExchangeContext:
        """Act as party ``name`` (the demo's simulated parties, tests); no audit log."""
        party(parties, name)
        return cls(
            root, name, parties, PartyKeys.in_dir(name, key_dir, passphrase),
            {**DEFAULTS, **(settings or {})},
        )  # fmt: skip

    def path(self, key: str) -> Path:
        return resolve(self.root, self.settings[key])

    def entry(self, name: str) -> dict[str, Any]:
        return party(self.parties, name)

    def public_keys(self) -> dict[str, str]:
        return {n: p["minisign_public_key"] for n, p in self.parties["parties"].items()}

    def transport(self, name: str) -> Transport:
        return open_transport(
            name, self.entry(name), self.entry(self.own_name), self.own_name, self.root,
            self.settings,
        )  # fmt: skip

    def record_audit(self, action: str, subject: str, **details: Any) -> None:
        if self.audit is not None:
            self.audit.append(action, subject, **details)


# --- making and sending ------------------------------------------------------------------
def make_outgoing(
    ctx: ExchangeContext, to: str, purpose: str, plain_files: Sequence[Path], out_dir: Path
) -> Manifest:
    """Seal files for party ``to`` (and ourselves) into the batch folder ``out_dir``."""
    recipients = [ctx.entry(to)["age_recipient"], ctx.entry(ctx.own_name)["age_recipient"]]
    manifest = make_batch(
        list(plain_files), out_dir, ctx.own_name, to, purpose, recipients, ctx.keys
    )
    ctx.record_audit(
        "write", manifest.batch_id, purpose=purpose, to=to, files=len(manifest.files),
        folder=_relative(ctx, out_dir),
    )  # fmt: skip
    return manifest


def send_batch(ctx: ExchangeContext, to: str, batch_dir: Path) -> dict[str, Any]:
    """Re-verify our batch, upload it (files, then signature, then manifest last), record it.

    The manifest goes last so that a reader never sees a batch whose files are incomplete.
    Returns the send record (also written to records/sent/<batch_id>.json).
    """
    verified = verify_batch(batch_dir, ctx.public_keys(), expected_recipient=to)
    manifest = verified.manifest
    if manifest.sender != ctx.own_name:
        raise IntegrityError(f"{batch_dir}: made by {manifest.sender}, not by us ({ctx.own_name})")
    for entry in manifest.files:
        _check_sealed(batch_dir / entry.name)
    transport = ctx.transport(to)
    try:
        for entry in manifest.files:
            transport.upload(batch_dir / entry.name, f"{manifest.batch_id}/{entry.name}")
        transport.upload(batch_dir / SIGNATURE_NAME, f"{manifest.batch_id}/{SIGNATURE_NAME}")
        transport.upload(batch_dir / MANIFEST_NAME, f"{manifest.batch_id}/{MANIFEST_NAME}")
    finally:
        transport.close()
    record = {
        "batch_id": manifest.batch_id,
        "to": to,
        "purpose": manifest.purpose,
        "sent_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "via": transport.description,
        "manifest_sha256": verified.manifest_sha256,
        "files": [{"name": f.name, "size": f.size, "sha256": f.sha256} for f in manifest.files],
    }
    fsutil.write_json(ctx.path("records") / "sent" / f"{manifest.batch_id}.json", record, 0o644)
    ctx.record_audit(
        "send", manifest.batch_id, to=to, purpose=manifest.purpose, bytes=manifest.total_size
    )
    return record


AGE_MAGIC = (b"age-encryption.org/v1\n", b"-----BEGIN AGE ENCRYPTED FILE-----")


def _check_sealed(path: Path) -> None:
    """Nothing leaves unsealed: every file sent must at least be an age file."""
    with open(path, "rb") as fh:
        head = fh.read(64)
    if not head.startswith(AGE_MAGIC):
        raise IntegrityError(
            f"{path}: not an age-sealed file; refusing to send it (make batches with "
            "`sealflow batch make`, which seals every file)"
        )


def send_files(
    ctx: ExchangeContext, to: str, purpose: str, plain_files: Sequence[Path], record_path: Path
) -> dict[str, Any]:
    """Make a batch of ``plain_files`` for ``to`` and send it; the workflow's one call.

    ``record_path`` receives the send record (batch id, names, hashes: no plaintext).
    """
    plain_files = _expand(plain_files)
    outgoing = _private_tree(ctx, ctx.path("outgoing"))
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    batch_dir = outgoing / f"{to}-{purpose}-{stamp}-{secrets.token_hex(3)}"
    make_outgoing(ctx, to, purpose, plain_files, batch_dir)
    record = send_batch(ctx, to, batch_dir)
    fsutil.write_json(record_path, record, 0o644)
    return record


# --- receiving ---------------------------------------------------------------------------
@dataclass
class ReceiveReport:
    party: str
    received: list[dict[str, Any]] = field(default_factory=list)
    quarantined: list[dict[str, Any]] = field(default_factory=list)
    skipped: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "party": self.party,
            "received": self.received,
            "quarantined": self.quarantined,
            "skipped_entries": self.skipped,
        }


def receive_batches(ctx: ExchangeContext, sender: str) -> ReceiveReport:
    """Fetch and verify every new batch ``sender`` left for us; quarantine failing ones."""
    ctx.entry(sender)
    report = ReceiveReport(sender)
    register = ReplayRegister(ctx.path("replay_register"))
    transport = ctx.transport(sender)
    try:
        for name in transport.list_incoming():
            outcome = _receive_one(ctx, transport, register, sender, name)
            if outcome is None:
                report.skipped += 1
            elif outcome.get("quarantined"):
                report.quarantined.append(outcome)
            else:
                report.received.append(outcome)
    finally:
        transport.close()
    return report


def _receive_one(
    ctx: ExchangeContext, transport: Transport, register: ReplayRegister, sender: str, name: str
) -> dict[str, Any] | None:
    if not BATCH_ID_PATTERN.fullmatch(name) or name.endswith(PARTIAL_SUFFIX):
        return None  # not a batch folder: other parties' files are left alone
    staging = _private_tree(ctx, ctx.path("received") / ".incoming") / name
    try:
        entries = transport.list_incoming(name)
    except (FileNotFoundError, NotADirectoryError):
        return None  # a plain file (or gone meanwhile)
    except PathSafetyError as exc:  # e.g. a link posing as a batch folder
        return _quarantine(ctx, transport, sender, name, b"", staging, exc)
    if MANIFEST_NAME not in entries or SIGNATURE_NAME not in entries:
        return None  # not a batch, or its upload is still in progress (manifest goes last)
    manifest_bytes = b""
    try:
        manifest_bytes = transport.read_incoming(f"{name}/{MANIFEST_NAME}", MAX_MANIFEST_BYTES)
        signature = transport.read_incoming(f"{name}/{SIGNATURE_NAME}", MAX_SIGNATURE_BYTES)
        source = f"{transport.description}: {name}/{MANIFEST_NAME}"
        claimed_sender, claimed_recipient = claimed_parties(manifest_bytes, source)
        if claimed_recipient != ctx.own_name:
            return None  # addressed to someone else
        if claimed_sender != sender and claimed_sender in ctx.parties["parties"]:
            return None  # another party's batch in a shared drop-box
        manifest = verify_manifest(
            manifest_bytes, signature.decode("utf-8", errors="replace"),
            ctx.entry(sender)["minisign_public_key"], sender, ctx.own_name, source,
        )  # fmt: skip
        if manifest.batch_id != name:
            raise IntegrityError(f"{source}: batch id {manifest.batch_id} but folder {name}")
        register.check(manifest.batch_id, source)
        remote_names = set(transport.list_incoming(name)) - {MANIFEST_NAME, SIGNATURE_NAME}
        unlisted = sorted(remote_names - {f.name for f in manifest.files})
        if unlisted:
            raise IntegrityError(
                f"{source}: files not in the manifest: {', '.join(ascii(n) for n in unlisted)}"
            )
        staging.mkdir(mode=0o700, exist_ok=True)
        for entry in manifest.files:
            transport.download(
                f"{name}/{entry.name}", staging / entry.name, entry.size, entry.sha256
            )
        fsutil.write_bytes(staging / MANIFEST_NAME, manifest_bytes)
        fsutil.write_bytes(staging / SIGNATURE_NAME, signature)
        verify_batch_files(staging, manifest)
    except (TransportError, HostKeyError):
        raise  # the connection, not the batch, failed: keep staging to resume, quarantine nothing
    except SealflowError as exc:
        return _quarantine(ctx, transport, sender, name, manifest_bytes, staging, exc)
    manifest_sha256 = hashlib.sha256(manifest_bytes).hexdigest()
    kept = ctx.path("received") / sender / manifest.batch_id
    _private_tree(ctx, kept.parent)
    register.record(manifest.batch_id, sender, manifest_sha256, "accepted")
    os.replace(staging, kept)
    receipt, receipt_sig = make_receipt(
        manifest, manifest_sha256, ctx.own_name, ctx.keys.signing_key()
    )
    records = ctx.path("records") / "receipts"
    fsutil.write_bytes(records / receipt_name(manifest.batch_id), receipt, 0o644)
    fsutil.write_text(records / f"{receipt_name(manifest.batch_id)}.minisig", receipt_sig, 0o644)
    transport.write_bytes(f"{RECEIPTS_FOLDER}/{receipt_name(manifest.batch_id)}", receipt)
    transport.write_bytes(
        f"{RECEIPTS_FOLDER}/{receipt_name(manifest.batch_id)}.minisig", receipt_sig.encode()
    )
    if ctx.settings.get("remove_after_receive", True):
        transport.remove_incoming(name)
    ctx.record_audit(
        "receive", manifest.batch_id, sender=sender, purpose=manifest.purpose,
        files=len(manifest.files), bytes=manifest.total_size,
    )  # fmt: skip
    return {
        "batch_id": manifest.batch_id,
        "purpose": manifest.purpose,
        "manifest_sha256": manifest_sha256,
        "folder": _relative(ctx, kept),
        "files": [{"name": f.name, "size": f.size, "sha256": f.sha256} for f in manifest.files],
    }


def _quarantine(
    ctx: ExchangeContext,
    transport: Transport,
    sender: str,
    name: str,
    manifest_bytes: bytes,
    staging: Path,
    error: SealflowError,
) -> dict[str, Any]:
    """Keep what arrived (never decrypted) with the reason; remove it from the outbox."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    quarantine = _private_tree(ctx, ctx.path("quarantine"))
    folder = quarantine / f"{name}.{stamp}.{secrets.token_hex(2)}"
    if staging.exists():
        os.replace(staging, folder)
    fsutil.private_dir(folder)
    if manifest_bytes:
        fsutil.write_bytes(folder / MANIFEST_NAME, manifest_bytes)
    reason = {
        "batch": name,
        "sender_expected": sender,
        "reason": str(error),
        "error": type(error).__name__,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    fsutil.write_json(folder / "reason.json", reason)
    if ctx.settings.get("remove_after_receive", True):
        transport.remove_incoming(name)
    ctx.record_audit("receive", name, sender=sender, quarantined=True, error=type(error).__name__)
    return {"batch_id": name, "quarantined": True, "error": type(error).__name__,
            "reason": str(error), "folder": _relative(ctx, folder)}  # fmt: skip


def open_received(
    ctx: ExchangeContext, sender: str, out_dir: Path, expect: Sequence[str] = ()
) -> list[Path]:
    """Decrypt every batch kept from ``sender`` into ``out_dir``, oldest first; check ``expect``.

    Batch ids start with their creation time, so a newer batch's file replaces an older
    one of the same name. Each batch is verified again from its kept copy before it is
    opened: nothing is decrypted on the strength of an earlier check alone.
    """
    kept_root = ctx.path("received") / sender
    batch_ids = sorted(p.name for p in kept_root.iterdir()) if kept_root.is_dir() else []
    opened: list[Path] = []
    for batch_id in batch_ids:
        folder = kept_root / check_batch_id(batch_id, str(kept_root))
        verified: VerifiedBatch = verify_batch(folder, ctx.public_keys(), ctx.own_name, sender)
        opened += open_batch(verified, ctx.keys, out_dir)
        ctx.record_audit("write", batch_id, opened=len(verified.manifest.files),
                         folder=_relative(ctx, out_dir))  # fmt: skip
    missing = [name for name in expect if not (out_dir / name).exists()]
    if missing:
        raise IntegrityError(
            f"{out_dir}: expected {', '.join(missing)} from {sender} but no verified batch "
            f"held it (quarantined batches and their reasons: {ctx.path('quarantine')})"
        )
    return opened


def receive_to(ctx: ExchangeContext, sender: str, report_path: Path) -> ReceiveReport:
    """The workflow's receive step: fetch, verify, receipt; write the report (no plaintext).

    Any quarantined batch from ``sender``, from this run or an earlier one, makes the step
    fail after every batch was handled: a retry must not quietly go on without it. A person
    inspects the quarantine folder and removes the entry to release the stage.
    """
    report = receive_batches(ctx, sender)
    fsutil.write_json(report_path, report.as_dict(), 0o644)
    held = quarantined_from(ctx, sender)
    if held:
        first = held[0]
        raise IntegrityError(
            f"{len(held)} batch(es) from {sender} in quarantine, e.g. {first['batch']}: "
            f"{first['reason']}; inspect {ctx.path('quarantine')} and remove the entry once "
            "dealt with (the sender must send a new batch)"
        )
    return report


def quarantined_from(ctx: ExchangeContext, sender: str) -> list[dict[str, Any]]:
    """The reasons of every batch from ``sender`` still held in quarantine, oldest first."""
    folder = ctx.path("quarantine")
    if not folder.is_dir():
        return []
    reasons = []
    for entry in sorted(folder.iterdir()):
        reason_file = entry / "reason.json"
        if reason_file.is_file():
            reason = json.loads(reason_file.read_text(encoding="utf-8"))
            if reason.get("sender_expected") == sender:
                reasons.append(reason)
    return reasons


def _private_tree(ctx: ExchangeContext, folder: Path) -> Path:
    """Make ``folder`` and each missing folder above it (up to the study root) 0700."""
    folder = Path(folder)
    missing = [folder, *(p for p in folder.parents if not p.exists())]
    for path in reversed(missing):
        if path == ctx.root or ctx.root.is_relative_to(path):
            continue
        fsutil.private_dir(path)
    return folder


def _relative(ctx: ExchangeContext, path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(ctx.root.resolve()))
    except ValueError:
        return str(path)


def open_into(ctx: ExchangeContext, senders: Sequence[str], outputs: Sequence[Path]) -> list[Path]:
    """The workflow's open step: the kept batches of ``senders`` opened beside ``outputs``.

    ``outputs`` are the files the rule promises (all in one folder), or one folder that
    must end up holding at least one file.
    """
    folders = {Path(p).parent for p in outputs if Path(p).suffix}
    if len(outputs) == 1 and not Path(outputs[0]).suffix:
        out_dir, expect = Path(outputs[0]), []
    elif len(folders) == 1:
        out_dir, expect = folders.pop(), [Path(p).name for p in outputs]
    else:
        raise IntegrityError(f"outputs {', '.join(map(str, outputs))} are not in one folder")
    opened: list[Path] = []
    for sender in senders:
        opened += open_received(ctx, sender, out_dir)
    missing = [name for name in expect if not (out_dir / name).exists()]
    if missing or not opened:
        raise IntegrityError(
            f"{out_dir}: expected {', '.join(missing) or 'files'} from {', '.join(senders)} but "
            f"no verified batch held them (quarantined batches and reasons: "
            f"{ctx.path('quarantine')})"
        )
    return opened


def vendor_for_recordings(ctx: ExchangeContext) -> str:
    """The vendor that transcribes: config exchange.transcription_vendor, else the first one."""
    named = ctx.settings.get("transcription_vendor")
    if named:
        ctx.entry(named)
        return str(named)
    vendors = [n for n, p in ctx.parties["parties"].items() if p.get("role") == "vendor"]
    if not vendors:
        raise IntegrityError("parties.yaml: no party has role vendor to send recordings to")
    return vendors[0]


def _expand(paths: Sequence[Path]) -> list[Path]:
    """Files as given; a folder stands for the regular files directly in it (batches are flat)."""
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            inside = sorted(p for p in path.iterdir() if p.is_file() and not p.is_symlink())
            if not inside:
                raise IntegrityError(f"{path}: folder holds no files to send")
            files += inside
        else:
            files.append(path)
    return files


def check_deletions(ctx: ExchangeContext, sent_records: Sequence[Path], out: Path) -> list[Any]:
    """Each batch sent to a vendor against its signed deletion confirmation and deadline.

    Confirmations are `confirmations/<batch_id>.deletion.json` (+ `.minisig`) in what the
    vendor leaves for us. Writes ``out`` (statuses, no personal data); raises when a
    deletion is overdue or late, because the privacy notice promises deletion in time.
    """
    from sealflow.exchange.receipts import DeletionStatus, check_deletion, deletion_name

    statuses: list[DeletionStatus] = []
    for record_path in sent_records:
        record = json.loads(Path(record_path).read_text(encoding="utf-8"))
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
    from sealflow.exchange.receipts import receipt_name, verify_receipt

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
                status |= {"status": "acknowledged", "received_at": body.get("received_at")}
            statuses.append(status)
    finally:
        transport.close()
    return statuses
