"""Making batches and sending them: seal, sign, re-verify, upload with the manifest last."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.audit_anchors import anchor
from sealflow.errors import IntegrityError
from sealflow.exchange.batch import make_batch, verify_batch
from sealflow.exchange.context import ExchangeContext, private_tree, progress_bar, relative
from sealflow.exchange.manifest import Manifest
from sealflow.exchange.names import MANIFEST_NAME, SIGNATURE_NAME
from sealflow.exchange.resend import not_yet_sent
from sealflow.exchange.transfers import transfer_route


def make_outgoing(
    ctx: ExchangeContext, to: str, purpose: str, plain_files: Sequence[Path], out_dir: Path
) -> Manifest:
    """Seal files for party ``to`` (and ourselves) into the batch folder ``out_dir``."""
    recipients = [ctx.entry(to)["age_recipient"], ctx.entry(ctx.own_name)["age_recipient"]]
    manifest = make_batch(
        list(plain_files), out_dir, ctx.own_name, to, purpose, recipients, ctx.keys,
        audit_head=anchor(ctx.audit),
    )  # fmt: skip
    ctx.record_audit(
        "write", manifest.batch_id, purpose=purpose, to=to, files=len(manifest.files),
        folder=relative(ctx, out_dir),
    )  # fmt: skip
    return manifest


def send_batch(ctx: ExchangeContext, to: str, batch_dir: Path) -> dict[str, Any]:
    """Re-verify our batch, upload it (files, then signature, then manifest last), record it.

    The manifest goes last so that a reader never sees a batch whose files are incomplete.
    The signature, names and sizes are checked before a byte leaves; each file's SHA-256
    as it is uploaded (one read of the file, not two), and a file that differs from the
    manifest is removed from the server and stops the send before the manifest goes.
    Returns the send record (also written to records/sent/<batch_id>.json).
    """
    verified = verify_batch(batch_dir, ctx.public_keys(), expected_recipient=to, check_hashes=False)
    manifest = verified.manifest
    route = transfer_route(to, ctx.entry(to))  # before a byte leaves
    if manifest.sender != ctx.own_name:
        raise IntegrityError(f"{batch_dir}: made by {manifest.sender}, not by us ({ctx.own_name})")
    for entry in manifest.files:
        _check_sealed(batch_dir / entry.name)
    transport = ctx.transport(to)
    with progress_bar(transport, manifest.total_size, f"send {manifest.batch_id}"):
        try:
            for entry in manifest.files:
                remote = f"{manifest.batch_id}/{entry.name}"
                transport.upload(batch_dir / entry.name, remote, sha256=entry.sha256)
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
        "transfer": route,
        "manifest_sha256": verified.manifest_sha256,
        "files": [{"name": f.name, "size": f.size, "sha256": f.sha256} for f in manifest.files],
    }
    fsutil.write_json(ctx.path("records") / "sent" / f"{manifest.batch_id}.json", record, 0o644)
    ctx.record_audit(
        "send",
        manifest.batch_id,
        to=to,
        purpose=manifest.purpose,
        bytes=manifest.total_size,
        country=route["country"],
        transfer_basis=route["basis"],
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
    Reruns rebuild, they do not resend: only files no earlier batch to ``to`` for
    ``purpose`` held are sent (resend.py); when there are none, nothing leaves and
    ``record_path`` receives the latest earlier record, marked ``not_resent``.
    """
    plain_files, earlier = not_yet_sent(ctx, to, purpose, _expand(plain_files))
    if earlier is not None and not plain_files:
        record = {**earlier, "not_resent": datetime.now(UTC).isoformat(timespec="seconds")}
        # Our own sealed copy was opened to compare: a read, and nothing left.
        ctx.record_audit("read", str(earlier["batch_id"]), to=to, purpose=purpose, not_resent=True)
        fsutil.write_json(record_path, record, 0o644)
        return record
    record = make_and_send(ctx, to, purpose, plain_files)
    fsutil.write_json(record_path, record, 0o644)
    return record


def make_and_send(
    ctx: ExchangeContext, to: str, purpose: str, plain_files: Sequence[Path]
) -> dict[str, Any]:
    """Seal ``plain_files`` into a new batch under outgoing/ and send it; the send record.

    `batch make` then `send` in one call (the workflow's send rules and `sealflow send
    --purpose`): the batch is kept in outgoing/, sealed to us as well, as every sent batch
    is (resend.py reads it to know what was sent). A folder stands for its files.
    """
    outgoing = private_tree(ctx, ctx.path("outgoing"))
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    batch_dir = outgoing / f"{to}-{purpose}-{stamp}-{secrets.token_hex(3)}"
    make_outgoing(ctx, to, purpose, _expand(plain_files), batch_dir)
    return send_batch(ctx, to, batch_dir)


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
