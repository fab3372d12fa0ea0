"""Retention: purge the workspace's personal data once its date has come, with a certificate.

The purge unlinks files rather than overwriting them first: on journalling and
copy-on-write filesystems and on SSDs an overwrite lands in new blocks and proves nothing,
so the honest guarantees are the unlink, an fsync of each folder so the removal survives a
crash, and encryption at rest below. The evaluator's keys, the audit log and the replay
register stay (``retention.keep``): they hold no person's data and are needed to verify
what was done. The keys that turn a pseudonymous ID into a value the kept records hold
(subject references, survey tokens, interview doc ids: ``relinking_keys``) are
destroyed with the data whatever ``keep`` says: nothing needs them once no one's data is
left, and kept they would let anyone with the provider's roster re-link who was
interviewed or asked for erasure. After the purge the study is closed (``closed``).
Every purge writes a deletion certificate (paths relative to the study, counts, time, the
audit entry's sequence number) signed with the evaluator's minisign key.

``check`` lists what is due (files and vendor deletions) and deletes nothing; ``purge``
deletes only when the date has come and the caller said yes (without it, a dry run).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.audit import RETENTION_PURGE_REASON
from sealflow.errors import SealflowError
from sealflow.exchange.context import ExchangeContext
from sealflow.exchange.followup import PROBLEMS, deletion_statuses
from sealflow.govern.certificate import (
    SHAREABLE_FILE_MODE,
    check_signing_key,
    redact_ids,
    signing_key_path,
    timestamp,
    write_signed_record,
)
from sealflow.govern.closed import CERTIFICATE_PREFIX, PURGE_JOURNAL
from sealflow.govern.events import event_date
from sealflow.govern.interviews import interview_key_path
from sealflow.govern.names import WITHDRAWN_DOCUMENTS
from sealflow.govern.registry import classify, registry, unregistered
from sealflow.govern.settings import GovernSettings
from sealflow.ingest.restricted import restricted_path
from sealflow.workspace import StudyPaths

CERTIFICATE_FORMAT = "sealflow-deletion-certificate/1"
SUBJECT_KEY = "audit.key"  # the subject references' key (govern/subject.py), in work/keys


class RetentionError(SealflowError, ValueError):
    """A purge was refused: no date set, or the date has not come."""


def relinking_keys(settings: GovernSettings) -> list[Path]:
    """The workspace keys that turn a pseudonymous ID into a value the study's records hold.

    The subject-reference key (erasure records, the request register, the audit log's
    subjects), the survey-token key and the interview-id key. None of them keys the audit
    log or signs anything, so the purge can destroy them and still leave everything done
    verifiable. A token key configured outside the workspace is not the purge's to delete
    (docs/SECURITY.md says so).
    """
    keys = settings.workspace / "keys"
    token_key = settings.study.keys.token_key
    found = [keys / SUBJECT_KEY, interview_key_path(settings.workspace)]
    if token_key.resolve().is_relative_to(settings.workspace.resolve()):
        found.append(token_key)
    return found


def _is_kept(relative: Path, keep: tuple[str, ...]) -> bool:
    return any(relative == Path(kept) or relative.is_relative_to(kept) for kept in keep)


def _always_kept(settings: GovernSettings) -> set[Path]:
    """What no `keep` setting can drop: without them nothing done could be verified or signed."""
    log = settings.audit_log()
    signing = signing_key_path(settings)
    return {p.resolve() for p in (log.path, log.head_path, signing, signing.with_suffix(".pub"))}


def personal_data_files(settings: GovernSettings) -> list[Path]:
    """Every file in the workspace that the purge removes (not following symlinks), sorted.

    The re-linking keys are among them even inside a kept folder (``keys``).
    """
    workspace = settings.workspace
    if not workspace.is_dir():
        return []
    protected = _always_kept(settings)
    relinking = {p.resolve() for p in relinking_keys(settings)}
    found = []
    for folder, _dirs, files in os.walk(workspace):
        for name in files:
            path = Path(folder) / name
            kept = _is_kept(path.relative_to(workspace), settings.keep)
            resolved = path.resolve()
            if resolved in relinking or (not kept and resolved not in protected):
                found.append(path)
    return sorted(found)


def _vendor_sent_records(settings: GovernSettings, parties: dict[str, Any]) -> list[Path]:
    """One send record per batch sent to a vendor (a rule's own copy repeats one)."""
    sent = settings.study.exchange.records / "sent"
    vendors = {name for name, p in parties["parties"].items() if p.get("role") == "vendor"}
    by_batch: dict[str, Path] = {}
    for path in sorted(sent.glob("*.json")) if sent.is_dir() else []:
        record = json.loads(path.read_text(encoding="utf-8"))
        if record.get("to") in vendors and "batch_id" in record:
            by_batch.setdefault(record["batch_id"], path)
    return [by_batch[batch_id] for batch_id in sorted(by_batch)]


def vendor_deletions(settings: GovernSettings) -> list[dict[str, Any]]:
    """Each vendor delivery against its deletion deadline, as exchange.followup checks it.

    An overdue or late deletion is reported here, not raised: the check is a list of what
    is due. A confirmation that fails its signature still raises.
    """
    ctx = ExchangeContext.from_study(settings.study)
    ctx.audit = None  # a report, not an event: the deletion_check rule records confirmations
    records = _vendor_sent_records(settings, ctx.parties)
    return deletion_statuses(ctx, records) if records else []


def _today(today: dt.date | None) -> dt.date:
    return today or dt.datetime.now(dt.UTC).date()


def retention_check(settings: GovernSettings, today: dt.date | None = None) -> dict[str, Any]:
    """What is due: workspace files past their date, vendor deletions overdue. Deletes nothing."""
    today = _today(today)
    delete_on = settings.personal_data_delete_on
    files = personal_data_files(settings)
    id_pattern = settings.ingest.id_pattern
    deletions = vendor_deletions(settings)
    artefacts = registry(settings)
    by_artefact: dict[str, int] = {}
    for path in files:
        artefact = classify(settings, path, artefacts)
        name = artefact.name if artefact else "unregistered"
        by_artefact[name] = by_artefact.get(name, 0) + 1
    return {
        "checked_on": today.isoformat(),
        "personal_data_delete_on": delete_on.isoformat() if delete_on else None,
        "personal_data_delete_rule": settings.delete_rule_text(),
        "purge_due": bool(delete_on and today >= delete_on),
        "days_until_purge": (delete_on - today).days if delete_on else None,
        "personal_data": {
            "files": len(files),
            "bytes": sum(p.stat().st_size for p in files),
            "paths": [redact_ids(settings.relative(p), id_pattern) for p in files],
            # The registry (registry.py) erasure and subject access share; a file no entry
            # claims is purged all the same, but erasure would not find it: report it.
            "by_artefact": dict(sorted(by_artefact.items())),
            "unregistered": [redact_ids(r, id_pattern) for r in unregistered(settings)],
        },
        "kept": sorted(settings.keep),
        "vendor_deletions": deletions,
        "vendor_deletions_overdue": [d["batch_id"] for d in deletions if d["status"] in PROBLEMS],
    }


def _log_began(settings: GovernSettings) -> dt.date | None:
    """The day of the audit log's first entry: when this study's workflow first ran."""
    log = settings.audit_log()
    if not log.path.is_file():
        return None
    with open(log.path, encoding="utf-8") as fh:
        first = fh.readline()
    at = json.loads(first).get("at") if first.strip() else None
    return dt.date.fromisoformat(at[:10]) if isinstance(at, str) else None


def event_clock_warning(
    settings: GovernSettings, event: str, today: dt.date | None = None
) -> str | None:
    """One line when the event retention counts from now makes the purge due at once.

    A backdated event (a typo, or someone shortening the clock) is accepted, since events
    such as an ethics approval rightly predate the workspace; but when it is the one
    ``retention.personal_data_delete_on`` counts from and puts the date in the past, the
    person recording it is told before anyone runs the purge.
    """
    rule = settings.delete_rule
    delete_on = settings.personal_data_delete_on
    if not isinstance(rule, dict) or rule["after_event"] != event or delete_on is None:
        return None
    if delete_on > _today(today):
        return None
    began = _log_began(settings)
    happened = event_date(settings.study, event)
    before = ""
    if began is not None and happened is not None and happened < began:
        before = f", before this study's audit log began ({began.isoformat()})"
    return (
        f"warning: event {event} dated {happened}{before} puts "
        f"retention.personal_data_delete_on at {delete_on.isoformat()}, already past: the "
        "purge is due now; if the date is wrong, record the event again with the right one "
        "(the later record corrects it)"
    )


def write_retention_check(settings: GovernSettings, out: str | os.PathLike[str]) -> dict[str, Any]:
    report = retention_check(settings)
    fsutil.write_json(out, report, SHAREABLE_FILE_MODE)
    return report


def _remove_empty_folders(settings: GovernSettings, folders: set[Path]) -> None:
    workspace = settings.workspace.resolve()
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        current = folder
        while current != workspace and current.is_relative_to(workspace):
            if _is_kept(current.relative_to(workspace), settings.keep):
                break
            with contextlib.suppress(OSError):  # not empty: something kept is inside
                current.rmdir()
                fsutil.fsync_dir(current.parent)
            current = current.parent


def _registers_last(settings: GovernSettings, files: list[Path]) -> list[Path]:
    """The files in purge order: the registers of who withdrew or is restricted, and of
    the withdrawn interviews, go last, so a purge cut short never leaves personal data
    without the register that keeps those people out (the next purge finishes it)."""
    withdrawals = StudyPaths.from_settings(settings.study).inputs["withdrawals"]
    registers = {
        p.resolve()
        for p in (
            withdrawals,
            restricted_path(withdrawals),
            settings.workspace / WITHDRAWN_DOCUMENTS,
        )
    }
    return sorted(files, key=lambda path: (path.resolve() in registers, str(path)))


def purge(settings: GovernSettings, yes: bool, today: dt.date | None = None) -> dict[str, Any]:
    """Delete every personal-data file in the workspace; return the signed certificate's body."""
    today = _today(today)
    delete_on = settings.personal_data_delete_on
    if delete_on is None and isinstance(settings.delete_rule, dict):
        event = settings.delete_rule["after_event"]
        raise RetentionError(
            f"key retention.personal_data_delete_on counts {settings.delete_rule_text()}, "
            f"which is not recorded yet: nothing is due; record it with `sealflow event "
            f"record {event} --date YYYY-MM-DD -c CONFIG` once it has happened"
        )
    if delete_on is None:
        raise RetentionError(
            "key retention.personal_data_delete_on is not set: nothing is due; set the date "
            "the privacy notice promises (e.g. 2027-06-30)"
        )
    if today < delete_on:
        raise RetentionError(
            f"personal data is kept until {delete_on.isoformat()} "
            f"(retention.personal_data_delete_on); nothing was deleted"
        )
    files = _registers_last(settings, personal_data_files(settings))
    if not yes:  # a dry run, not an error: what would go, and how to make it go
        return {
            "dry_run": True,
            "personal_data_delete_on": delete_on.isoformat(),
            "workspace": settings.relative(settings.workspace),
            "counts": {"files": len(files), "bytes": sum(p.lstat().st_size for p in files)},
            "relinking_keys": [
                settings.relative(p) for p in relinking_keys(settings) if p in set(files)
            ],
        }
    check_signing_key(settings)
    id_pattern = settings.ingest.id_pattern
    journal = settings.governance / PURGE_JOURNAL
    interrupted: list[str] = []
    if journal.is_file():
        interrupted = json.loads(journal.read_text(encoding="utf-8"))["paths"]
    planned = [redact_ids(settings.relative(p), id_pattern) for p in files]
    settings.governance.mkdir(parents=True, exist_ok=True)
    fsutil.write_json(journal, {"paths": sorted({*interrupted, *planned})}, SHAREABLE_FILE_MODE)
    removed, total_bytes, folders = [], 0, set()
    for path in files:
        total_bytes += path.lstat().st_size
        path.unlink()
        folders.add(path.parent.resolve())
        removed.append(redact_ids(settings.relative(path), id_pattern))
    earlier = sorted({p for p in interrupted if not (settings.root / p).exists()} - set(removed))
    for folder in folders:
        fsutil.fsync_dir(folder)
    _remove_empty_folders(settings, folders)
    entry = settings.audit_log().append(
        "purge",
        settings.relative(settings.workspace),
        reason=RETENTION_PURGE_REASON,
        personal_data_delete_on=delete_on.isoformat(),
        files=len(removed) + len(earlier),
        bytes=total_bytes,
    )
    body = {
        "format": CERTIFICATE_FORMAT,
        "study": settings.study.study.id,
        "reason": "retention date reached",
        "personal_data_delete_on": delete_on.isoformat(),
        "purged_at": entry["at"],
        "method": "unlink and fsync of each folder (no overwrite; see docs/OPERATIONS.md)",
        "workspace": settings.relative(settings.workspace),
        "kept": sorted(settings.keep),
        "counts": {
            "files": len(removed) + len(earlier),
            "bytes": total_bytes,
            "files_removed_by_an_interrupted_purge": len(earlier),
        },
        "paths_removed": sorted([*removed, *earlier]),
        "audit_seq": entry["seq"],
        "audit_mac": entry["mac"],
    }
    path = write_signed_record(settings, f"{CERTIFICATE_PREFIX}{timestamp()}", body)
    journal.unlink()
    fsutil.fsync_dir(journal.parent)
    return {**body, "certificate": settings.relative(path)}
