"""Erasure by pseudonymous ID: withdraw the person, then remove them from every table now.

The withdrawal comes first, so that whatever happens next (a crash, a rerun) the workflow
keeps them out; then each table is rewritten without their rows (whole or not at all,
upstream first so that Snakemake sees everything downstream as changed), and their
attributed transcripts and recordings are unlinked, and their doc ids are added to the
withdrawn documents list (doc ids only), so that re-opening a vendor's batch keeps them
out. What the registry (registry.py) calls derived, built from many people's data without
a key to find one person by (scrub value lists), is removed whole and rebuilt by the rerun.
An ID the study does not hold is refused before anything is written.

Two things cannot be erased and the signed certificate lists them: a deposit already made
(the archive keeps it: "archived: cannot be deleted", as the privacy notice says), and the
sealed batches (outgoing and received), which are ciphertext of whole files and go at the
retention purge; re-opening them drops withdrawn people as they decrypt (screen.py).
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.deposit import ARCHIVED_NOTE, deposit_record
from sealflow.errors import SealflowError
from sealflow.govern.certificate import check_signing_key, timestamp, write_signed_record
from sealflow.govern.closed import refuse_if_purged
from sealflow.govern.events import pseudonymous_id_deletion
from sealflow.govern.holdings import (
    PSEUDONYMOUS_ID,
    HeldTable,
    Person,
    attributed_transcripts,
    held_tables,
    person,
    present,
    read_table,
    rows_about,
)
from sealflow.govern.registry import (
    WITHDRAWN_DOCUMENTS,
    files_of,
    sealed_batches,
)
from sealflow.govern.settings import GovernSettings
from sealflow.govern.subject import subject_reference
from sealflow.workspace import write_parquet

ERASURE_FORMAT = "sealflow-erasure/2"


class UnknownSubjectError(SealflowError, LookupError):
    """The study holds nothing about the ID: erasing it would certify a deletion never made."""


def record_withdrawal(path: Path, pseudonymous_id: str, today: dt.date, delimiter: str) -> bool:
    """Append the person to the withdrawals file (made with its header if missing).

    Returns False when they are already there (the date of the first request stands).
    """
    if path.is_file():
        with open(path, encoding="utf-8-sig", newline="") as fh:
            if any(
                row.get(PSEUDONYMOUS_ID) == pseudonymous_id
                for row in csv.DictReader(fh, delimiter=delimiter)
            ):
                return False
        existing = path.read_bytes()
    else:
        existing = f"{PSEUDONYMOUS_ID}{delimiter}withdrawn_on\n".encode()
    if existing and not existing.endswith(b"\n"):
        existing += b"\n"
    line = f"{pseudonymous_id}{delimiter}{today.isoformat()}\n".encode()
    fsutil.private_dir(path.parent)
    fsutil.write_bytes(path, existing + line)
    return True


def record_withdrawn_documents(path: Path, doc_ids: list[str], today: dt.date) -> None:
    """Add doc ids to the withdrawn documents list (doc_id, withdrawn_on), once each."""
    known: set[str] = set()
    existing = b"doc_id,withdrawn_on\n"
    if path.is_file():
        existing = path.read_bytes()
        with open(path, encoding="utf-8", newline="") as fh:
            known = {row["doc_id"] for row in csv.DictReader(fh)}
    new = [doc_id for doc_id in doc_ids if doc_id not in known]
    if not new:
        return
    lines = "".join(f"{doc_id},{today.isoformat()}\n" for doc_id in new).encode()
    fsutil.private_dir(path.parent)
    fsutil.write_bytes(path, existing + lines)


def holds(settings: GovernSettings, tables: list[HeldTable], who: Person) -> bool:
    """Whether any table (withdrawals included, the interview map among them) or any file
    of their interviews names the person (their keyed doc id alone is no holding)."""
    if attributed_transcripts(settings, who.pseudonymous_id):
        return True
    for table in present(tables):
        frame = read_table(table, settings.ingest.delimiter)
        selector = rows_about(frame, table, who)
        if selector is not None and frame.filter(selector).height:
            return True
    return False


def _drop_from_import_register(settings: GovernSettings, removed: list[Path]) -> None:
    """Entries of removed files leave the import register (their hash and size go with them)."""
    register = settings.workspace / "imports.json"
    if not register.is_file() or not removed:
        return
    entries = json.loads(register.read_text(encoding="utf-8"))
    names = {settings.relative(path) for path in removed}
    kept = {name: entry for name, entry in entries.items() if name not in names}
    if len(kept) != len(entries):
        fsutil.write_json(register, kept)


def _erase_from(table: HeldTable, settings: GovernSettings, who: Person) -> int:
    frame = read_table(table, settings.ingest.delimiter)
    selector = rows_about(frame, table, who)
    if selector is None:
        return 0
    kept = frame.filter(~selector)
    removed = frame.height - kept.height
    if removed and table.is_csv:  # as received: the configured delimiter, cells as text
        with fsutil.atomic_path(table.path) as tmp:
            kept.write_csv(tmp, separator=table.delimiter or settings.ingest.delimiter)
    elif removed:
        write_parquet(kept, table.path)
    return removed


def erase(
    settings: GovernSettings, pseudonymous_id: str, today: dt.date | None = None
) -> dict[str, Any]:
    """Erase one person from the workspace; return the signed result (no value in it)."""
    refuse_if_purged(settings, "erase")
    today = today or dt.datetime.now(dt.UTC).date()
    check_signing_key(settings)
    tables = held_tables(settings)
    who = person(settings, pseudonymous_id)
    reference = subject_reference(settings.workspace / "keys" / "audit.key", pseudonymous_id)
    if not holds(settings, tables, who):
        raise UnknownSubjectError(
            f"the study holds no record of this pseudonymous ID (subject reference "
            f"{reference[:16]}): nothing was erased; check the ID with the provider"
        )
    withdrawals = next(t for t in tables if t.name == "withdrawals")
    newly_withdrawn = record_withdrawal(
        withdrawals.path, pseudonymous_id, today, settings.ingest.delimiter
    )
    # Found before the tables are rewritten: the interview map is one of them.
    record_withdrawn_documents(settings.workspace / WITHDRAWN_DOCUMENTS, list(who.doc_ids), today)
    files = [t.path for t in attributed_transcripts(settings, pseudonymous_id)]
    files += sorted(settings.subject_access.glob(f"subject_access_{reference[:16]}_*.zip"))
    rows_removed = {
        table.name: _erase_from(table, settings, who) for table in present(tables) if table.erasable
    }
    # The reviewer signed the approvals as they were: that signature no longer covers them.
    approvals = next(t for t in tables if t.name == "quote_approvals").path
    signature = approvals.with_name(approvals.name + ".minisig")
    unsigned = bool(rows_removed.get("quote_approvals")) and signature.is_file()
    if unsigned:
        signature.unlink()
        fsutil.fsync_dir(signature.parent)
    # Built from everyone's text, with no key to find one person by: removed, then rebuilt.
    rebuilt = files_of(settings, "derived") if files or any(rows_removed.values()) else []
    for path in [*files, *rebuilt]:
        path.unlink()
        fsutil.fsync_dir(path.parent)
    _drop_from_import_register(settings, files)
    deposit = deposit_record(settings.study)
    deposited = deposit is not None
    entry = settings.audit_log().append(
        "delete",
        f"subject:{reference}",
        purpose="erasure",
        rows=sum(rows_removed.values()),
        tables={name: count for name, count in rows_removed.items() if count},
        files=len(files),
        rebuilt=len(rebuilt),
        approvals_unsigned=unsigned,
        deposited=deposited,
    )
    body = {
        "format": ERASURE_FORMAT,
        "study": settings.study.study.id,
        "subject_reference": reference,
        "erased_at": entry["at"],
        "withdrawal": "recorded" if newly_withdrawn else "already recorded",
        "rows_removed": rows_removed,
        "files_removed": [settings.relative(path) for path in files],
        "derived_removed_to_rebuild": [settings.relative(path) for path in rebuilt],
        "quote_approvals": (
            "their approved quotes were taken out of the approvals file, whose reviewer "
            "signature was removed with them: no quote leaves until the reviewer signs the "
            "approvals again (`sealflow quotes sign`)"
            if unsigned
            else "no approved quote of theirs"
        ),
        "deposit": ARCHIVED_NOTE if deposited else "not deposited: nothing archived",
        "deposited_at": (deposit or {}).get("deposited_at"),
        "derived_outputs": (
            "the anonymised data and aggregate results are rebuilt without them when the "
            "workflow next runs (it sees the rewritten tables); run it now"
        ),
        "sealed_batches": (
            "these batches are ciphertext of whole files: they stay sealed until the "
            "retention purge (retention.personal_data_delete_on); re-opening one drops "
            "withdrawn people as it decrypts"
        ),
        "stays_sealed": sealed_batches(settings),
        "audit_seq": entry["seq"],
        "audit_mac": entry["mac"],
        **pseudonymous_id_deletion(settings.study),
    }
    path = write_signed_record(settings, f"erasure_{reference[:16]}_{timestamp()}", body)
    return {**body, "record": settings.relative(path)}
