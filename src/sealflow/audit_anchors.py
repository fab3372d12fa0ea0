"""Anchors: points of the audit chain carried in signed documents that other parties hold.

Every receipt, batch manifest, deletion certificate and certification statement the
evaluator signs carries ``audit_head`` (sequence number and MAC of the last entry at that
moment). The log's own signed head only shows that its end was signed by the evaluator, not
that it is the latest end: an older log put back with its older head passes it (the records
in the workspace that cite later entries catch that, `sealflow.govern.audit_citations`).
Anchors, held outside the machine, also catch a log rewritten, shortened or put back by
someone with or without the key: `sealflow audit verify --anchors DIR` checks the log against
the anchors in the signed documents collected into DIR and names the first entry that is
missing or differs.

Between two documents the log moves on with nothing outside holding its head: a request
opened, a release recorded, then the log put back and the register and history deleted
leaves nothing behind that cites the lost entries. ``write_anchor_file`` (`sealflow audit
anchor --out FILE`) signs the head as it stands into a document of its own, for a reviewer
or an archive to keep; `audit verify --anchor FILE` checks the log still extends it.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.audit import AuditHead, AuditLog
from sealflow.errors import IntegrityError, SealflowError
from sealflow.seal.minisign import SIG_SUFFIX, sign_bytes
from sealflow.seal.minisign_keys import MinisignPublicKey, key_id_hex
from sealflow.signed_json import (
    MAX_DOCUMENT_BYTES,
    load_signed_object,
    signature_key_id,
    signature_text,
)

ANCHOR_KEY = "audit_head"
ANCHOR_FORMAT = "sealflow-audit-anchor/1"
SHAREABLE_FILE_MODE = 0o644  # an anchor holds a sequence number and a MAC, nothing personal
_MAC = re.compile(r"^[0-9a-f]{64}$")
_SIGNATURE_READ = 4097


def anchor(log: AuditLog | None) -> dict[str, Any] | None:
    """The ``audit_head`` a document signed now carries (None when there is no log)."""
    return log.head().as_dict() if log is not None else None


def parse_anchor(value: object, where: str) -> AuditHead:
    """An ``audit_head`` value from a document: {"seq": int >= 0, "mac": 64 hex}."""
    if not isinstance(value, dict) or set(value) != {"seq", "mac"}:
        raise IntegrityError(f"{where}: key {ANCHOR_KEY} must be an object with seq and mac")
    seq, mac = value["seq"], value["mac"]
    if not isinstance(seq, int) or isinstance(seq, bool) or seq < 0:
        raise IntegrityError(f"{where}: key {ANCHOR_KEY}.seq must be a non-negative integer")
    if not isinstance(mac, str) or not _MAC.fullmatch(mac):
        raise IntegrityError(f"{where}: key {ANCHOR_KEY}.mac must be 64 lower-case hex characters")
    return AuditHead(seq, mac)


@dataclass(frozen=True)
class Anchor:
    head: AuditHead
    source: Path


def _signed_documents(folder: Path) -> Iterator[Path]:
    for dirpath, _dirs, files in os.walk(folder):
        names = set(files)
        for name in sorted(files):
            if name.endswith(SIG_SUFFIX) and name.removesuffix(SIG_SUFFIX) in names:
                yield Path(dirpath) / name.removesuffix(SIG_SUFFIX)


def collect_anchors(folder: Path, evaluator_key: MinisignPublicKey) -> list[Anchor]:
    """Every anchor in documents under ``folder`` signed with the evaluator's key.

    Documents signed by anyone else are not ours to vouch for and are passed over; a
    document that claims the evaluator's key id but does not verify is an error (an anchor
    was altered). Signatures are checked over the raw bytes before anything is parsed.
    """
    if not folder.is_dir():
        raise IntegrityError(f"{folder}: not a folder of signed documents")
    anchors: list[Anchor] = []
    for document in _signed_documents(folder):
        with open(f"{document}{SIG_SUFFIX}", "rb") as fh:
            signature = signature_text(fh.read(_SIGNATURE_READ), f"{document}{SIG_SUFFIX}")
        if signature_key_id(signature) != evaluator_key.key_id:
            continue
        if document.stat().st_size > MAX_DOCUMENT_BYTES:
            raise IntegrityError(f"{document}: larger than {MAX_DOCUMENT_BYTES} bytes")
        body = load_signed_object(
            document.read_bytes(), signature, evaluator_key, "the evaluator", str(document)
        )
        if ANCHOR_KEY in body:
            anchors.append(Anchor(parse_anchor(body[ANCHOR_KEY], str(document)), document))
    return anchors


def anchor_in_file(document: Path, evaluator_key: MinisignPublicKey) -> Anchor:
    """The anchor in one document named by hand (``audit verify --anchor FILE``).

    Unlike a folder, where others' documents are passed over, a file named on purpose must
    be the evaluator's, signed (``FILE.minisig`` beside it) and carry ``audit_head``.
    """
    signature_path = Path(f"{document}{SIG_SUFFIX}")
    try:
        with open(signature_path, "rb") as fh:
            signature = signature_text(fh.read(_SIGNATURE_READ), str(signature_path))
        if document.stat().st_size > MAX_DOCUMENT_BYTES:
            raise IntegrityError(f"{document}: larger than {MAX_DOCUMENT_BYTES} bytes")
        data = document.read_bytes()
    except FileNotFoundError as exc:
        raise IntegrityError(
            f"{exc.filename}: missing; an anchor is the document and its signature "
            f"({document.name} and {document.name}{SIG_SUFFIX}) side by side"
        ) from None
    except OSError as exc:
        raise SealflowError(f"{document}: cannot read ({exc.strerror})") from None
    if signature_key_id(signature) != evaluator_key.key_id:
        raise IntegrityError(
            f"{document}: not signed with the evaluator's key (id "
            f"{key_id_hex(evaluator_key.key_id)}), so it anchors nothing of this log"
        )
    body = load_signed_object(data, signature, evaluator_key, "the evaluator", str(document))
    if ANCHOR_KEY not in body:
        raise IntegrityError(f"{document}: holds no {ANCHOR_KEY}: not an anchor")
    return Anchor(parse_anchor(body[ANCHOR_KEY], str(document)), document)


def write_anchor_file(log: AuditLog, out: Path, study: str) -> AuditHead:
    """Sign the log's head as it stands into ``out`` (and ``out.minisig``) for another to keep.

    Never overwrites: an anchor someone already holds is not replaced by a later one. The
    caller verifies the log first, so no anchor vouches for a log that does not verify.
    """
    if out.exists() or Path(f"{out}{SIG_SUFFIX}").exists():
        raise SealflowError(f"{out}: exists; name a new file (an anchor is never overwritten)")
    if not out.parent.is_dir():
        raise SealflowError(f"{out.parent}: no such folder")
    head = log.head()
    body = {
        "format": ANCHOR_FORMAT,
        "study": study,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        ANCHOR_KEY: head.as_dict(),
    }
    data = (json.dumps(body, indent=2, sort_keys=True) + "\n").encode()
    signature = sign_bytes(data, log.keys().signer, f"audit-anchor:{head.seq}\tmac:{head.mac}")
    fsutil.write_bytes(out, data, SHAREABLE_FILE_MODE)
    fsutil.write_text(f"{out}{SIG_SUFFIX}", signature, SHAREABLE_FILE_MODE)
    return head


def check_anchors(macs: list[str], anchors: list[Anchor], log_path: Path) -> None:
    """Raise IntegrityError naming the first anchored entry that is missing or differs."""
    for item in sorted(anchors, key=lambda a: (a.head.seq, str(a.source))):
        seq = item.head.seq
        if seq == 0:
            continue
        if seq > len(macs):
            raise IntegrityError(
                f"{log_path}: entry {seq} is missing (the log ends at entry {len(macs)}), but "
                f"{item.source} was signed when the log had reached it: entries were removed"
            )
        if macs[seq - 1] != item.head.mac:
            raise IntegrityError(
                f"{log_path}: entry {seq} differs from the one anchored in {item.source}: "
                "the log was rewritten from there on (or before)"
            )


def verify_with_anchors(
    log: AuditLog,
    folders: list[Path],
    pinned_key: str | None = None,
    files: Sequence[Path] = (),
) -> tuple[int, int]:
    """Verify the log, then against every anchor under ``folders`` and in ``files``.

    Returns (entries, anchors).

    ``pinned_key``, the evaluator's public key as parties.yaml pins it, must be the key that
    unlocks the log: a key pair replaced in the workspace (and the log rebuilt under it)
    would otherwise pass, its old anchors passed over as someone else's documents.
    """
    public = log.keys().signer.public
    if pinned_key is not None and MinisignPublicKey.parse(pinned_key) != public:
        raise IntegrityError(
            f"{log.secret_key_path}: the evaluator's key here (id "
            f"{key_id_hex(public.key_id)}) is not the one parties.yaml pins: the key pair "
            "was replaced, so the log cannot be trusted"
        )
    macs = log.entry_macs()
    anchors: list[Anchor] = []
    for folder in folders:
        try:
            anchors += collect_anchors(folder, public)
        except OSError as exc:
            raise SealflowError(f"{folder}: cannot read ({exc.strerror})") from None
    anchors += [anchor_in_file(document, public) for document in files]
    check_anchors(macs, anchors, log.path)
    return len(macs), len(anchors)
