"""Deposit: the certified bag, tarred, sealed for the archive, sent, then locked.

Before anything leaves, the certification is verified again (both signatures, the gates,
every hash). The lock is not one file: a deposit counts as made when the audit log or the
send records (records/sent/*.json) show a batch sent to the archive for the purpose
"deposit" (both are written by every send), or when the lock file
(results/deposit/deposited.json) says so. That file is written before sending with status
"sending" and completed after: a deposit interrupted by a crash still counts as possibly
made, so a later withdrawal is never promised a deletion the archive may not do. Deleting
the file does not unlock a study whose deposit left; a second deposit needs an explicit
override with a reason, which is itself audited. Once deposited, a withdrawal is recorded
as "archived: cannot be deleted"; the deposit holds no pseudonymous ID and its archive IDs
map to nothing, so there is nothing in it to find a person by.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.deposit.bag import make_bag, tar_bag
from sealflow.deposit.certify import sha256_file, verify_certification
from sealflow.deposit.payload import MICRODATA, PARQUET_NAME
from sealflow.deposit.row_difference import (
    RECORD_NAME,
    check_difference,
    fingerprints_of,
    record_deposit,
)
from sealflow.deposit.settings import LOCK_NAME, DepositSettings
from sealflow.errors import SealflowError
from sealflow.exchange.context import ExchangeContext
from sealflow.exchange.sending import send_files
from sealflow.seal.minisign_keys import MinisignPublicKey
from sealflow.settings import StudySettings

ARCHIVED_NOTE = "archived: cannot be deleted"
PURPOSE = "deposit"


class DepositLockedError(SealflowError, FileExistsError):
    """The study was deposited already (or a deposit was interrupted): a deposit is final."""


def _json_lines(path: Path) -> Iterator[dict[str, Any]]:
    """The JSON objects of a JSON-lines file; unreadable lines are skipped (audit verify
    judges the log; here any readable trace of a deposit is enough to lock)."""
    if not path.is_file():
        return
    with open(path, "rb") as fh:
        for line in fh:
            with contextlib.suppress(ValueError):
                entry = json.loads(line)
                if isinstance(entry, dict):
                    yield entry


def sent_deposits(study: StudySettings) -> list[dict[str, Any]]:
    """Every deposit sent, as the send records and the audit log show it (oldest first).

    Each is ``{"batch_id", "to", "deposited_at", "source"}``; the same batch found in both
    places is listed once, with both sources.
    """
    found: dict[str, dict[str, Any]] = {}
    order: dict[str, int] = {}  # audit sequence numbers: send records time only to the second

    def add(batch_id: Any, to: Any, at: Any, source: str, seq: Any = None) -> None:
        item = found.setdefault(
            str(batch_id), {"batch_id": str(batch_id), "to": to, "deposited_at": at, "source": []}
        )
        if source not in item["source"]:
            item["source"].append(source)
        if isinstance(seq, int):
            order[str(batch_id)] = min(order.get(str(batch_id), seq), seq)

    sent = study.exchange.records / "sent"
    for path in sorted(sent.glob("*.json")) if sent.is_dir() else []:
        with contextlib.suppress(ValueError, OSError):
            record = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(record, dict) and record.get("purpose") == PURPOSE:
                add(record.get("batch_id"), record.get("to"), record.get("sent_at"), "send records")
    for entry in _json_lines(study.workspace / "audit" / "audit.jsonl"):
        details = entry.get("details") or {}
        if not isinstance(details, dict):
            continue
        if entry.get("action") == "send" and details.get("purpose") == PURPOSE:
            add(
                entry.get("subject"),
                details.get("to"),
                entry.get("at"),
                "audit log",
                entry.get("seq"),
            )
        elif entry.get("action") == "certify" and details.get("step") == "deposited":
            add(details.get("batch_id"), details.get("to"), entry.get("at"), "audit log",
                entry.get("seq"))  # fmt: skip
    return sorted(
        found.values(),
        key=lambda item: (
            str(item["deposited_at"])[:19],
            order.get(item["batch_id"], 1 << 62),
            item["batch_id"],
        ),
    )


def deposit_record(study: StudySettings) -> dict[str, Any] | None:
    """The deposit lock, derived: the lock file, else the last deposit the audit log or the
    send records show; None when the study was never deposited (nor started to be)."""
    lock = study.deposit.records / LOCK_NAME
    sent = sent_deposits(study)
    if not lock.is_file():
        if not sent:
            return None
        return {**sent[-1], "status": "deposited", "deposits": len(sent),
                "withdrawals_from_now": ARCHIVED_NOTE}  # fmt: skip
    try:
        record: dict[str, Any] = json.loads(lock.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        # An unreadable lock still means a deposit may have left: stay on the safe side.
        return {"status": "unreadable", "note": ARCHIVED_NOTE}
    if sent and record.get("status") != "deposited":
        return {**record, **sent[-1], "status": "deposited", "deposits": len(sent)}
    return record


def is_deposited(study: StudySettings) -> bool:
    """True once a deposit was sent, or may have been (governance: withdrawals, erasure)."""
    return deposit_record(study) is not None


def _refuse_if_locked(
    settings: DepositSettings, ctx: ExchangeContext, override_reason: str | None
) -> None:
    existing = deposit_record(settings.study)
    if existing is None:
        return
    if override_reason is not None:
        if not override_reason.strip():
            raise DepositLockedError("--override-lock needs --reason TEXT saying why (audited)")
        ctx.record_audit(
            "certify", settings.bag_name, step="deposit lock overridden",
            reason=override_reason.strip(), previous_status=existing.get("status"),
            previous_batch_id=existing.get("batch_id"),
        )  # fmt: skip
        return
    if existing.get("status") == "deposited":
        raise DepositLockedError(
            f"{settings.lock}: the study was deposited on {existing.get('deposited_at')} "
            f"(batch {existing.get('batch_id')}, found in: "
            f"{', '.join(existing.get('source') or ['the lock file'])}); a deposit is final and "
            "is not made twice (a second one needs --override-lock --reason TEXT, audited)"
        )
    raise DepositLockedError(
        f"{settings.lock}: a deposit was started and did not finish (status "
        f"{existing.get('status')}); check the archive's drop-box and receipts, then remove "
        "the lock by hand only if nothing reached the archive (the audit log and the send "
        "records keep the study locked if it did)"
    )


def deposit(
    settings: DepositSettings,
    ctx: ExchangeContext,
    reviewer_public_key: str | None = None,
    override_reason: str | None = None,
    accept_small_difference: bool = False,
) -> dict[str, Any]:
    """Verify the certification, bag, tar, seal and send to the archive; write the lock.

    ``override_reason`` (the CLI's ``--override-lock --reason TEXT``) lets a second deposit
    go out after an audit entry that records the reason and the deposit it follows. A second
    deposit that differs from an earlier one by fewer than k rows is refused
    (`row_difference`) unless ``accept_small_difference`` (audited).
    """
    _refuse_if_locked(settings, ctx, override_reason)
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
    rows_record = settings.records / RECORD_NAME
    settings.records.mkdir(parents=True, exist_ok=True)  # results/: no identifier in it
    sdc = settings.study.sdc
    k = sdc.k if sdc is not None else 1
    fingerprints = fingerprints_of(
        bag / "data" / MICRODATA / PARQUET_NAME,
        rows_record,
        list(sdc.quasi_identifiers) if sdc is not None else [],
    )
    differences = check_difference(rows_record, fingerprints, k, accept_small_difference)
    small = [d for d in differences if 0 < d["rows_gone"] < k or 0 < d["rows_new"] < k]
    if small:  # accepted, or check_difference would have refused
        ctx.record_audit(
            "certify", bag.name, step="small difference from an earlier deposit accepted",
            differences=small, k=k,
        )  # fmt: skip
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
        "rows_differing_from_earlier_deposits": differences,
    }
    with contextlib.suppress(FileNotFoundError):
        settings.lock.unlink()  # read-only; replaced only after an audited override
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
    record_deposit(rows_record, fingerprints, sent["batch_id"], sent["sent_at"])
    ctx.record_audit(
        "certify", bag.name, step="deposited", batch_id=sent["batch_id"], to=settings.party
    )
    # The plaintext tar served only to be sealed; the bag folder stays as the record.
    tar_path.unlink()
    return lock
