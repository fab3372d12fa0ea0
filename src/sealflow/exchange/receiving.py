"""Receiving batches: fetch, verify everything before decrypting, quarantine, receipt, open.

For each complete batch in the party's outbox (manifest present, others' files left
alone): the signature against the party's pinned key, the strict manifest, the batch id,
the replay register, then each file downloaded to a `.part` and checked for size and
SHA-256 before it is kept, and decrypted in the same pass (stream_open.py: its plaintext
takes a name only after the hash matched). Anything failing is quarantined with its reason
and no plaintext of it kept; a lost connection quarantines nothing. A signed receipt goes
back to the sender.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import shutil
import tempfile
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.audit_anchors import anchor
from sealflow.errors import (
    HostKeyError,
    IntegrityError,
    PathSafetyError,
    ReplayError,
    SealflowError,
    TransportError,
)
from sealflow.exchange.batch import (
    MAX_SIGNATURE_BYTES,
    VerifiedBatch,
    open_batch,
    pinned_signer,
    verify_batch,
    verify_batch_files,
    verify_manifest,
)
from sealflow.exchange.batch_time import check_not_ahead
from sealflow.exchange.context import (
    RECEIPTS_FOLDER,
    ExchangeContext,
    private_tree,
    progress_bar,
    relative,
)
from sealflow.exchange.manifest import MAX_MANIFEST_BYTES, Manifest, check_openable
from sealflow.exchange.names import (
    BATCH_ID_PATTERN,
    MANIFEST_NAME,
    PARTIAL_SUFFIX,
    SIGNATURE_NAME,
    check_batch_id,
    check_sealed_name,
)
from sealflow.exchange.receipts import make_receipt, receipt_name
from sealflow.exchange.replay import ReplayRegister
from sealflow.exchange.stream_open import StreamOpener
from sealflow.exchange.transport import Transport
from sealflow.seal.age import load_identities
from sealflow.signed_json import authenticate, load_object, signature_text


@dataclass
class ReceiveReport:
    party: str
    received: list[dict[str, Any]] = field(default_factory=list)
    quarantined: list[dict[str, Any]] = field(default_factory=list)
    skipped: int = 0
    opened: list[Path] = field(default_factory=list)  # with an out folder: files opened there

    def as_dict(self) -> dict[str, Any]:
        return {
            "party": self.party,
            "received": self.received,
            "quarantined": self.quarantined,
            "skipped_entries": self.skipped,
        }


def receive_batches(
    ctx: ExchangeContext,
    sender: str,
    out_dir: Path | None = None,
    screen: Callable[[Path], bool] | None = None,
) -> ReceiveReport:
    """Fetch and verify every new batch ``sender`` left for us; quarantine failing ones.

    With ``out_dir`` (the CLI's receive), each batch received is also opened there: the
    decryption that authenticates it before its receipt (run as it downloads) writes the
    plaintext into a private folder, and once the receipt is signed the files pass
    ``screen`` and move into ``out_dir`` (report.opened). So each byte of a batch passes
    once, as it arrives, for its hash and its decryption; kept copies of earlier runs are
    not opened again.
    """
    ctx.entry(sender)
    report = ReceiveReport(sender)
    register = ReplayRegister(ctx.path("replay_register"))
    transport = ctx.transport(sender)
    opening = None
    if out_dir is not None:
        received = private_tree(ctx, ctx.path("received"))
        opening = Path(tempfile.mkdtemp(prefix=".opening-", dir=received))
    try:
        for name in transport.list_incoming():
            outcome = _receive_one(ctx, transport, register, sender, name, opening)
            if outcome is None:
                report.skipped += 1
            elif outcome.get("quarantined"):
                report.quarantined.append(outcome)
            else:
                report.received.append(outcome)
                if opening is not None and out_dir is not None:
                    report.opened += _deliver_opened(
                        ctx, outcome["batch_id"], opening, out_dir, screen
                    )
    finally:
        transport.close()
        if opening is not None:
            shutil.rmtree(opening, ignore_errors=True)
    return report


def _deliver_opened(
    ctx: ExchangeContext,
    batch_id: str,
    opening: Path,
    out_dir: Path,
    screen: Callable[[Path], bool] | None,
) -> list[Path]:
    """Move one received batch's opened files (those passing ``screen``) into ``out_dir``."""
    opened = sorted(opening.iterdir())
    kept = [path for path in opened if screen is None or screen(path)]
    fsutil.private_dir(out_dir)
    for path in kept:
        os.replace(path, out_dir / path.name)
    fsutil.fsync_dir(out_dir)
    for path in opened:  # those the screen dropped
        path.unlink(missing_ok=True)
    ctx.record_audit("write", batch_id, opened=len(opened), folder=relative(ctx, out_dir))
    return [out_dir / path.name for path in kept]


def _receive_one(
    ctx: ExchangeContext,
    transport: Transport,
    register: ReplayRegister,
    sender: str,
    name: str,
    opening: Path | None = None,
) -> dict[str, Any] | None:
    if not BATCH_ID_PATTERN.fullmatch(name) or name.endswith(PARTIAL_SUFFIX):
        return None  # not a batch folder: other parties' files are left alone
    staging = private_tree(ctx, ctx.path("received") / ".incoming") / name
    try:
        entries = transport.list_incoming(name)
    except (FileNotFoundError, NotADirectoryError):
        return None  # a plain file (or gone meanwhile)
    except PathSafetyError as exc:  # e.g. a link posing as a batch folder
        return _quarantine(ctx, transport, register, sender, name, b"", None, staging, exc)
    if MANIFEST_NAME not in entries or SIGNATURE_NAME not in entries:
        return None  # not a batch, or its upload is still in progress (manifest goes last)
    manifest_bytes = b""
    manifest: Manifest | None = None
    signature: str | None = None
    source = f"{transport.incoming_description}: {name}/{MANIFEST_NAME}"
    try:
        signature = signature_text(
            transport.read_incoming(f"{name}/{SIGNATURE_NAME}", MAX_SIGNATURE_BYTES),
            f"{transport.incoming_description}: {name}/{SIGNATURE_NAME}",
        )
        manifest_bytes = transport.read_incoming(f"{name}/{MANIFEST_NAME}", MAX_MANIFEST_BYTES)
        if _another_partys_own_batch(ctx, manifest_bytes, signature, sender, source):
            return None  # in a shared drop-box: theirs to receive, not ours to judge
        manifest = verify_manifest(
            manifest_bytes, signature, ctx.entry(sender)["minisign_public_key"], sender, None,
            source,
        )  # fmt: skip
        if manifest.recipient != ctx.own_name:
            return None  # addressed to someone else
        if manifest.batch_id != name:
            raise IntegrityError(f"{source}: batch id {manifest.batch_id} but folder {name}")
        register.check(manifest.batch_id, source)
        check_not_ahead(manifest, source)
        check_openable(manifest, source)
        remote_names = set(transport.list_incoming(name)) - {MANIFEST_NAME, SIGNATURE_NAME}
        unlisted = sorted(remote_names - {f.name for f in manifest.files})
        if unlisted:
            raise IntegrityError(
                f"{source}: files not in the manifest: {', '.join(ascii(n) for n in unlisted)}"
            )
        _refuse_missing_members(manifest, remote_names, source)
        staging.mkdir(mode=0o700, exist_ok=True)
        _fetch_and_open(ctx, transport, manifest, staging, opening, (manifest_bytes, signature))
    except (TransportError, HostKeyError):
        raise  # the connection, not the batch, failed: keep staging to resume, quarantine nothing
    except (SealflowError, ValueError, RecursionError) as exc:
        error = exc if isinstance(exc, SealflowError) else IntegrityError(
            f"{source}: unreadable ({type(exc).__name__})"
        )  # fmt: skip
        if manifest is None and signature is not None:
            manifest = _verified_header(ctx, sender, name, manifest_bytes, signature, source)
        return _quarantine(
            ctx, transport, register, sender, name, manifest_bytes, manifest, staging, error
        )
    manifest_sha256 = hashlib.sha256(manifest_bytes).hexdigest()
    receipt = make_receipt(
        manifest, manifest_sha256, ctx.own_name, ctx.keys.signing_key(), anchor(ctx.audit)
    )
    # Received from here on: the receipt is signed, so the batch id is spent.
    register.record(manifest.batch_id, sender, manifest_sha256, "accepted")
    kept = ctx.path("received") / sender / manifest.batch_id
    private_tree(ctx, kept.parent)
    os.replace(staging, kept)
    _deliver_receipt(ctx, transport, manifest.batch_id, receipt)
    if ctx.exchange.remove_after_receive:
        transport.remove_incoming(name)
    ctx.record_audit(
        "receive", manifest.batch_id, sender=sender, purpose=manifest.purpose,
        files=len(manifest.files), bytes=manifest.total_size,
    )  # fmt: skip
    return {
        "batch_id": manifest.batch_id,
        "purpose": manifest.purpose,
        "manifest_sha256": manifest_sha256,
        "folder": relative(ctx, kept),
        "files": [{"name": f.name, "size": f.size, "sha256": f.sha256} for f in manifest.files],
    }


def _verified_header(
    ctx: ExchangeContext, sender: str, name: str, manifest_bytes: bytes, signature: str, source: str
) -> Manifest | None:
    """The header of a manifest the sender signed for us but whose file list was refused
    (an unsafe name): enough for a signed rejected receipt and the replay register, like
    every other refusal of a verified manifest. None unless the signature verifies under
    the sender's pinned key and the manifest names that sender, us and this batch folder.
    """
    try:
        authenticate(
            manifest_bytes, signature, ctx.entry(sender)["minisign_public_key"], sender, source
        )
        header = Manifest.header_of(manifest_bytes, source)
    except (SealflowError, ValueError, RecursionError):
        return None
    if (header.sender, header.recipient, header.batch_id) != (sender, ctx.own_name, name):
        return None
    return header


def _refuse_missing_members(manifest: Manifest, present: set[str], where: str) -> None:
    """Every member the signed manifest lists must be in the batch folder before any is fetched.

    Its manifest goes up last, so a batch whose manifest is there but a member is not was
    emptied by someone else (anyone who can write to the drop-box, no key needed) or never
    whole: it can never be opened, so it is refused (quarantined, with a rejected receipt)
    rather than failing every later receive on the missing file.
    """
    missing = [entry.name for entry in manifest.files if entry.name not in present]
    if missing:
        raise IntegrityError(
            f"{where}: the signed manifest lists {', '.join(ascii(n) for n in missing)} but "
            f"batch {manifest.batch_id} holds no such file (deleted from the drop-box, or never "
            f"uploaded); the batch cannot be opened and is refused: {manifest.sender} must "
            "send those files again in a new batch"
        )


def _fetch_and_open(
    ctx: ExchangeContext,
    transport: Transport,
    manifest: Manifest,
    staging: Path,
    opening: Path | None,
    signed: tuple[bytes, str],
) -> list[Path]:
    """Download every member into ``staging`` and open it in the same pass.

    Each member's bytes go to disk, to its SHA-256 and to age's decryption together
    (stream_open.py): with ``opening`` the plaintext goes to a temporary file there that
    takes the member's plain name only after the transport found the file's hash equal to
    the signed manifest's; without it the plaintext is thrown away, the member only
    authenticated. Either way every member must open completely before a receipt is
    signed. A failure removes every plaintext this batch opened, finished or not.
    """
    identities = load_identities(ctx.keys.age_identity, ctx.keys.passphrase)
    name = manifest.batch_id
    opened: list[Path] = []
    try:
        with progress_bar(transport, manifest.total_size, f"receive {name}"):
            for entry in manifest.files:
                target = None
                if opening is not None:
                    target = opening / check_sealed_name(entry.name, f"{staging}: {entry.name}")
                opener = StreamOpener(identities, target, entry.name)
                try:
                    transport.download(
                        f"{name}/{entry.name}", staging / entry.name, entry.size, entry.sha256,
                        sink=opener,
                    )  # fmt: skip
                except BaseException:
                    opener.abort()
                    raise
                done = opener.finish()
                if done is not None:
                    opened.append(done)
        manifest_bytes, signature = signed
        fsutil.write_bytes(staging / MANIFEST_NAME, manifest_bytes)
        fsutil.write_text(staging / SIGNATURE_NAME, signature)
        # Names and sizes here; each file's SHA-256 was checked as it arrived (download).
        verify_batch_files(staging, manifest, check_hashes=False)
    except BaseException:
        for path in opened:
            path.unlink(missing_ok=True)
        raise
    return opened


def _another_partys_own_batch(
    ctx: ExchangeContext, manifest_bytes: bytes, signature: str, sender: str, where: str
) -> bool:
    """Whether the batch is another party's, signed with its pinned key and naming it.

    The signature's key id only picks which pinned key to try; that key must verify the raw
    bytes before they are parsed. A batch signed by one party but naming another as its
    sender raises SignatureError (and is quarantined): it is no one's own batch.
    """
    try:
        signer = pinned_signer(signature, ctx.public_keys(), where)
    except SealflowError:
        return False  # names no pinned key: checked against the sender's key, and refused
    if signer == sender:
        return False
    verify_manifest(
        manifest_bytes, signature, ctx.entry(signer)["minisign_public_key"], signer, None, where
    )
    return True


def _deliver_receipt(
    ctx: ExchangeContext, transport: Transport, batch_id: str, receipt: tuple[bytes, str]
) -> None:
    """Keep the signed receipt in the records and leave it where the sender picks it up."""
    data, signature = receipt
    records = ctx.path("records") / "receipts"
    fsutil.write_bytes(records / receipt_name(batch_id), data, 0o644)
    fsutil.write_text(records / f"{receipt_name(batch_id)}.minisig", signature, 0o644)
    transport.write_bytes(f"{RECEIPTS_FOLDER}/{receipt_name(batch_id)}", data)
    transport.write_bytes(f"{RECEIPTS_FOLDER}/{receipt_name(batch_id)}.minisig", signature.encode())


def _quarantine(
    ctx: ExchangeContext,
    transport: Transport,
    register: ReplayRegister,
    sender: str,
    name: str,
    manifest_bytes: bytes,
    manifest: Manifest | None,
    staging: Path,
    error: SealflowError,
) -> dict[str, Any]:
    """Keep what arrived (never kept decrypted) with the reason; remove it from the outbox.

    A batch whose manifest the sender signed also gets a signed receipt saying it was
    rejected and why, unless its id was already spent (a replay keeps its first receipt).
    """
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    quarantine = private_tree(ctx, ctx.path("quarantine"))
    folder = quarantine / f"{name}.{stamp}.{secrets.token_hex(2)}"
    if staging.exists():
        os.replace(staging, folder)
    fsutil.private_dir(folder)
    if manifest_bytes:
        fsutil.write_bytes(folder / MANIFEST_NAME, manifest_bytes)
    reason_text = _shareable_reason(ctx, error, staging, folder, name)
    reason = {
        "batch": name,
        "sender_expected": sender,
        "reason": str(error),
        "error": type(error).__name__,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    fsutil.write_json(folder / "reason.json", reason)
    rejected = (
        manifest is not None
        and manifest.batch_id == name
        and not isinstance(error, ReplayError)
        and not register.seen(manifest.batch_id)
    )
    if manifest is not None and rejected:
        manifest_sha256 = hashlib.sha256(manifest_bytes).hexdigest()
        receipt = make_receipt(
            manifest, manifest_sha256, ctx.own_name, ctx.keys.signing_key(), anchor(ctx.audit),
            rejected=f"{type(error).__name__}: {reason_text}",
        )  # fmt: skip
        register.record(manifest.batch_id, sender, manifest_sha256, "rejected")
        _deliver_receipt(ctx, transport, manifest.batch_id, receipt)
    if ctx.exchange.remove_after_receive:
        transport.remove_incoming(name)
    ctx.record_audit(
        "receive", name, sender=sender, quarantined=True, error=type(error).__name__,
        receipt="rejected" if rejected else "none",
    )  # fmt: skip
    return {"batch_id": name, "quarantined": True, "error": type(error).__name__,
            "reason": str(error), "folder": relative(ctx, folder)}  # fmt: skip


def _shareable_reason(
    ctx: ExchangeContext, error: SealflowError, staging: Path, folder: Path, name: str
) -> str:
    """The error for the sender: our local folders are not theirs to see."""
    text = str(error)
    for local in (staging, folder, ctx.root):
        text = text.replace(f"{local}/", "").replace(str(local), name)
    return text


def open_received(
    ctx: ExchangeContext,
    sender: str,
    out_dir: Path,
    expect: Sequence[str] = (),
    only: Collection[str] | None = None,
    screen: Callable[[Path], bool] | None = None,
) -> list[Path]:
    """Decrypt every batch kept from ``sender`` (or those of them in ``only``) into
    ``out_dir``, oldest first; check ``expect``.

    Batch ids start with their creation time, so a newer batch's file replaces an older
    one of the same name. Each batch is verified again from its kept copy before it is
    opened: nothing is decrypted on the strength of an earlier check alone. With a
    ``screen`` (governance's withdrawals), each file opens into a private staging folder,
    passes the screen (which may drop rows, or return False to drop the file) and only
    then moves into ``out_dir``.
    """
    kept_root = ctx.path("received") / sender
    batch_ids = sorted(p.name for p in kept_root.iterdir()) if kept_root.is_dir() else []
    if only is not None:
        batch_ids = [batch_id for batch_id in batch_ids if batch_id in only]
    opened: list[Path] = []
    for batch_id in batch_ids:
        folder = kept_root / check_batch_id(batch_id, str(kept_root))
        verified: VerifiedBatch = verify_batch(folder, ctx.public_keys(), ctx.own_name, sender)
        opened += _open_screened(ctx, verified, out_dir, screen)
        ctx.record_audit("write", batch_id, opened=len(verified.manifest.files),
                         folder=relative(ctx, out_dir))  # fmt: skip
    missing = [name for name in expect if not (out_dir / name).exists()]
    if missing:
        raise IntegrityError(
            f"{out_dir}: expected {', '.join(missing)} from {sender} but no verified batch "
            f"held it (quarantined batches and their reasons: {ctx.path('quarantine')})"
        )
    return opened


def _open_screened(
    ctx: ExchangeContext,
    verified: VerifiedBatch,
    out_dir: Path,
    screen: Callable[[Path], bool] | None,
) -> list[Path]:
    if screen is None:
        return open_batch(verified, ctx.keys, out_dir)
    staging = Path(
        tempfile.mkdtemp(prefix=".opening-", dir=private_tree(ctx, ctx.path("received")))
    )
    try:
        kept = [path for path in open_batch(verified, ctx.keys, staging) if screen(path)]
        fsutil.private_dir(out_dir)
        for path in kept:
            os.replace(path, out_dir / path.name)
        fsutil.fsync_dir(out_dir)
        return [out_dir / path.name for path in kept]
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def receive_to(ctx: ExchangeContext, sender: str, report_path: Path) -> ReceiveReport:
    """The workflow's receive step: fetch, verify, receipt; write the report (no plaintext).

    Any quarantined batch from ``sender``, from this run or an earlier one, makes the step
    fail after every batch was handled: a retry must not quietly go on without it. A person
    inspects the quarantine folder and removes the entry to release the stage.
    """
    report = receive_batches(ctx, sender)
    fsutil.write_json(report_path, report.as_dict(), 0o644)
    # A vendor's refused members (vendors.py, ``blocks: false``) were warned about when
    # opened; they do not hold the sender's later batches.
    held = [reason for reason in quarantined_from(ctx, sender) if reason.get("blocks", True)]
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
            try:
                reason = load_object(reason_file.read_bytes(), str(reason_file))
            except IntegrityError:  # edited by hand: still held, from whoever it came
                reason = {"batch": entry.name, "sender_expected": sender,
                          "reason": f"{reason_file} is unreadable"}  # fmt: skip
            if reason.get("sender_expected") == sender:
                reasons.append(reason)
    return reasons


def open_into(
    ctx: ExchangeContext,
    senders: Sequence[str],
    outputs: Sequence[Path],
    screen: Callable[[Path], bool] | None = None,
) -> list[Path]:
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
        opened += open_received(ctx, sender, out_dir, screen=screen)
    missing = [name for name in expect if not (out_dir / name).exists()]
    if missing or not opened:
        raise IntegrityError(
            f"{out_dir}: expected {', '.join(missing) or 'files'} from {', '.join(senders)} but "
            f"no verified batch held them (quarantined batches and reasons: "
            f"{ctx.path('quarantine')})"
        )
    return opened
