"""Deposit: the certified bag, tarred, sealed for the archive, sent, then locked.

Before anything leaves, the certification is verified again (both signatures, the gates,
every hash). The lock (results/deposit/deposited.json) is written before sending with
status "sending" and completed after: a deposit interrupted by a crash still counts as
possibly made, so a later withdrawal is never promised a deletion the archive may not
do. Once deposited, a withdrawal is recorded as "archived: cannot be deleted"; the deposit
holds no pseudonymous ID and its archive IDs map to nothing, so there is nothing in it to
find a person by.
"""

from __future__ import annotations

import contextlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.config import resolve
from sealflow.deposit.bag import make_bag, tar_bag
from sealflow.deposit.certify import sha256_file, verify_certification
from sealflow.deposit.settings import LOCK_NAME, DepositSettings
from sealflow.errors import SealflowError
from sealflow.exchange.context import ExchangeContext
from sealflow.exchange.sending import send_files
from sealflow.seal.minisign_keys import MinisignPublicKey

ARCHIVED_NOTE = "archived: cannot be deleted"
PURPOSE = "deposit"


class DepositLockedError(SealflowError, FileExistsError):
    """The study was deposited already (or a deposit was interrupted): a deposit is final."""


def deposit_record(
    study_root: str | Path, config: dict[str, Any] | None = None
) -> dict[str, Any] | None:
    """The deposit lock's content, or None when the study was never deposited."""
    settings = config or {}
    default = f"{settings.get('results', 'results')}/deposit"
    records = (settings.get("deposit") or {}).get("records", default)
    lock = resolve(study_root, records) / LOCK_NAME
    if not lock.is_file():
        return None
    try:
        record: dict[str, Any] = json.loads(lock.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        # An unreadable lock still means a deposit may have left: stay on the safe side.
        return {"status": "unreadable", "note": ARCHIVED_NOTE}
    return record


def is_deposited(study_root: str | Path, config: dict[str, Any] | None = None) -> bool:
    """True once a deposit was sent, or may have been (governance: withdrawals, erasure)."""
    return deposit_record(study_root, config) is not None


def _refuse_if_locked(settings: DepositSettings) -> None:
    existing = deposit_record(settings.root, settings.config)
    if existing is None:
        return
    if existing.get("status") == "deposited":
        raise DepositLockedError(
            f"{settings.lock}: the study was deposited on {existing.get('deposited_at')} "
            f"(batch {existing.get('batch_id')}); a deposit is final and is not made twice"
        )
    raise DepositLockedError(
        f"{settings.lock}: a deposit was started and did not finish (status "
        f"{existing.get('status')}); check the archive's drop-box and receipts, then remove "
        "the lock by hand only if nothing reached the archive"
    )


def deposit(
    settings: DepositSettings, ctx: ExchangeContext, reviewer_public_key: str | None = None
) -> dict[str, Any]:
    """Verify the certification, bag, tar, seal and send to the archive; write the lock."""
    _refuse_if_locked(settings)
    data_manager_key = ctx.entry(ctx.own_name)["minisign_public_key"]
    reviewer_key = reviewer_public_key or settings.reviewer_public_key
    certified = verify_certification(settings, data_manager_key, reviewer_key)
    bag = make_bag(
        settings,
        {
            "data-manager.minisign.pub": MinisignPublicKey.load(data_manager_key).encode_line(),
            "reviewer.minisign.pub": MinisignPublicKey.load(reviewer_key).encode_line(),
        },
    )
    tar_path = tar_bag(bag, settings.staging / f"{bag.name}.tar")
    lock = {
        "status": "sending",
        "study_id": settings.study_id,
        "bag": bag.name,
        "bag_tar_sha256": sha256_file(tar_path),
        "statement_sha256": certified["statement_sha256"],
        "to": settings.party,
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "withdrawals_from_now": ARCHIVED_NOTE,
    }
    settings.records.mkdir(parents=True, exist_ok=True)  # results/: no identifier in it
    fsutil.write_json(settings.lock, lock, mode=0o444)
    try:
        sent = send_files(ctx, settings.party, PURPOSE, [tar_path], settings.records / "sent.json")
    except BaseException:
        # Nothing reached the archive as a batch: its manifest is uploaded last.
        with contextlib.suppress(FileNotFoundError):
            settings.lock.unlink()
        raise
    lock.update(
        status="deposited",
        batch_id=sent["batch_id"],
        manifest_sha256=sent["manifest_sha256"],
        deposited_at=sent["sent_at"],
    )
    fsutil.write_json(settings.lock, lock, mode=0o444)
    ctx.record_audit(
        "certify", bag.name, step="deposited", batch_id=sent["batch_id"], to=settings.party
    )
    # The plaintext tar served only to be sealed; the bag folder stays as the record.
    tar_path.unlink()
    return lock
