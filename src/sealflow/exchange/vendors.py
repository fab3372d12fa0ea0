"""Vendors isolated: a transcript is opened only for a recording sent to that vendor.

Each vendor's batches open into a folder of their own (``out_root/<vendor>/``), so one
vendor's file can never replace another's. Before anything is decrypted, every member of
a vendor's batch is checked against the send records (records/sent/*.json): its doc id
(the name without extensions, e.g. INT-001 for INT-001.txt.age) must be one of the
recordings sent to that same vendor. A member that is not is never opened: its sealed file
is quarantined with a reason.json and an audit entry, and the caller is warned in one line.
The batch itself was authenticated (its sender signed it), so the refusal is of members,
not of the sender: it does not hold that vendor's later batches (``blocks: false`` in
reason.json, which the receive step reads), and the members that were sent open as usual.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from sealflow import fsutil
from sealflow.exchange.batch import VerifiedBatch, verify_batch
from sealflow.exchange.context import ExchangeContext, private_tree, relative
from sealflow.exchange.manifest import FileEntry
from sealflow.exchange.names import SEALED_SUFFIX, check_batch_id, check_sealed_name
from sealflow.seal.age import load_identities, open_file
from sealflow.settings import ExchangeSettings

NOT_SENT = "TranscriptForUnsentRecording"


def doc_id(name: str) -> str:
    """INT-001 for INT-001.txt, INT-001.wav.age or INT-001.txt.age."""
    return name.removesuffix(SEALED_SUFFIX).split(".", 1)[0]


def sent_doc_ids(ctx: ExchangeContext, vendor: str) -> set[str]:
    """The doc ids of every recording the send records show was sent to ``vendor``."""
    sent = ctx.path("records") / "sent"
    ids: set[str] = set()
    for path in sorted(sent.glob("*.json")) if sent.is_dir() else []:
        with contextlib.suppress(ValueError, OSError):
            record = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(record, dict) and record.get("to") == vendor:
                ids |= {doc_id(str(f.get("name", ""))) for f in record.get("files", [])}
    return ids


def _quarantine_members(
    ctx: ExchangeContext, vendor: str, verified: VerifiedBatch, refused: list[FileEntry]
) -> str | None:
    """Keep the refused members sealed in quarantine, with the reason; audit it once.

    Returns the one-line warning, or None when an earlier open already quarantined them.
    """
    batch_id = verified.manifest.batch_id
    folder = private_tree(ctx, ctx.path("quarantine")) / f"{batch_id}.not-sent"
    if folder.exists():
        return None  # quarantined on an earlier open: kept until a person deals with it
    staging = Path(tempfile.mkdtemp(prefix=".not-sent-", dir=folder.parent))
    names = sorted(entry.name for entry in refused)
    for name in names:
        shutil.copyfile(verified.folder / name, staging / name)
        os.chmod(staging / name, fsutil.PRIVATE_FILE_MODE)
    reason = {
        "batch": batch_id,
        "sender_expected": vendor,
        "reason": (
            f"{len(names)} transcript(s) for recordings never sent to {vendor}: "
            f"{', '.join(names)}; they were not opened"
        ),
        "error": NOT_SENT,
        # Members refused, not the batch: later batches from this vendor still open.
        "blocks": False,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    fsutil.write_json(staging / "reason.json", reason)
    os.replace(staging, folder)
    ctx.record_audit(
        "receive", batch_id, sender=vendor, quarantined=True, error=NOT_SENT, files=len(names)
    )
    return (
        f"warning: {vendor} batch {batch_id}: {reason['reason']}; quarantined in "
        f"{relative(ctx, folder)} (the vendor's other transcripts opened)"
    )


def kept_transcripts(exchange: ExchangeSettings, vendors: Sequence[str]) -> dict[str, float]:
    """What the vendors' received batches hold, by the name each member opens under.

    ``<vendor>/<name>`` (relative to the transcripts folder, as open_vendor_transcripts
    lays it out) -> when the latest kept batch holding it was received (its sealed copy's
    date), for the "every document scrubbed" gate: a batch received but never opened has
    transcripts no folder shows. Members refused for not having been sent (quarantined
    ``<batch>.not-sent``) are owed nothing; those of a batch not opened yet count until
    the open refuses them. Names and dates only: nothing is verified or decrypted.
    """
    kept: dict[str, float] = {}
    refused_root = exchange.quarantine
    for vendor in vendors:
        root = exchange.received / vendor
        for batch in sorted(root.iterdir()) if root.is_dir() else []:
            refused = refused_root / f"{batch.name}.not-sent"
            members = batch.iterdir() if batch.is_dir() and not batch.is_symlink() else ()
            for member in members:
                if not member.name.endswith(SEALED_SUFFIX) or (refused / member.name).exists():
                    continue
                name = f"{vendor}/{member.name.removesuffix(SEALED_SUFFIX)}"
                kept[name] = max(kept.get(name, 0.0), member.stat().st_mtime)
    return dict(sorted(kept.items()))


def open_vendor_transcripts(
    ctx: ExchangeContext,
    vendors: Sequence[str],
    out_root: Path,
    screen: Callable[[Path], bool] | None = None,
    warn: Callable[[str], None] | None = None,
) -> dict[str, list[Path]]:
    """Open each vendor's kept batches into ``out_root/<vendor>/``, oldest first.

    Only members whose doc id was sent to that vendor are decrypted; the others are
    quarantined, and ``warn`` gets one line per newly quarantined batch. ``screen``
    (governance's withdrawals) passes each opened file before it moves into place.
    Returns the files opened, by vendor.
    """
    opened: dict[str, list[Path]] = {}
    for vendor in vendors:
        allowed = sent_doc_ids(ctx, vendor)
        kept_root = ctx.path("received") / vendor
        batch_ids = sorted(p.name for p in kept_root.iterdir()) if kept_root.is_dir() else []
        target = fsutil.private_dir(out_root / vendor)
        opened[vendor] = []
        for batch_id in batch_ids:
            folder = kept_root / check_batch_id(batch_id, str(kept_root))
            verified = verify_batch(folder, ctx.public_keys(), ctx.own_name, vendor)
            members = verified.manifest.files
            refused = [e for e in members if doc_id(e.name) not in allowed]
            warning = _quarantine_members(ctx, vendor, verified, refused) if refused else None
            if warning and warn is not None:
                warn(warning)
            accepted = [e for e in members if doc_id(e.name) in allowed]
            opened[vendor] += _open_members(ctx, verified, accepted, target, screen)
            ctx.record_audit("write", batch_id, opened=len(accepted), refused=len(refused),
                             folder=relative(ctx, target))  # fmt: skip
    return opened


def open_transcripts_into(
    ctx: ExchangeContext,
    vendors: Sequence[str],
    out_root: Path,
    screen: Callable[[Path], bool] | None = None,
    warn: Callable[[str], None] | None = None,
) -> list[Path]:
    """The workflow's open step for transcripts: every vendor into its own folder.

    Refusals are quarantined and warned about, never raised: one vendor's bad batch must
    not stop the others' transcripts (nor a withdrawal that leaves none) from going on.
    """
    fsutil.private_dir(out_root)
    opened = open_vendor_transcripts(ctx, vendors, out_root, screen, warn)
    files = [path for paths in opened.values() for path in paths]
    if not files and warn is not None:
        warn(
            f"warning: no transcript opened from {', '.join(vendors)} (send records: "
            f"{relative(ctx, ctx.path('records') / 'sent')}; refused batches: "
            f"{relative(ctx, ctx.path('quarantine'))})"
        )
    return files


def _open_members(
    ctx: ExchangeContext,
    verified: VerifiedBatch,
    members: list[FileEntry],
    target: Path,
    screen: Callable[[Path], bool] | None,
) -> list[Path]:
    """Decrypt ``members`` into a private staging folder, screen them, then move them in."""
    if not members:
        return []
    identities = load_identities(ctx.keys.age_identity, ctx.keys.passphrase)
    staging = Path(
        tempfile.mkdtemp(prefix=".opening-", dir=private_tree(ctx, ctx.path("received")))
    )
    try:
        plain = []
        for entry in members:
            name = check_sealed_name(entry.name, f"{verified.folder}: {entry.name}")
            open_file(verified.folder / entry.name, staging / name, identities)
            plain.append(staging / name)
        kept = [path for path in plain if screen is None or screen(path)]
        for path in kept:
            os.replace(path, target / path.name)
        fsutil.fsync_dir(target)
        return [target / path.name for path in kept]
    finally:
        shutil.rmtree(staging, ignore_errors=True)
