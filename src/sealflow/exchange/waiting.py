"""Batches waiting for us in a local drop-box, by sender: what `sealflow status` lists.

The workflow's receive rule has no input to date it by (a batch can arrive at any time), so
once a party's receive report exists Snakemake never runs it again on its own: status names
each waiting batch and the command that takes it in. Only local drop-boxes are listed (an
SFTP host is asked by a transfer, not by status). A batch counts as a sender's when its
manifest verifies under that sender's pinned key and names it and us; the manifest is read
only after that (invariant 11). Batch ids already received or rejected are left out.
"""

from __future__ import annotations

from typing import Any

from sealflow.errors import SealflowError
from sealflow.exchange.batch import MAX_SIGNATURE_BYTES, pinned_signer, verify_manifest
from sealflow.exchange.context import ExchangeContext
from sealflow.exchange.manifest import MAX_MANIFEST_BYTES
from sealflow.exchange.names import (
    BATCH_ID_PATTERN,
    MANIFEST_NAME,
    PARTIAL_SUFFIX,
    SIGNATURE_NAME,
)
from sealflow.exchange.replay import ReplayRegister
from sealflow.signed_json import signature_text

SENDING_ROLES = ("provider", "survey", "vendor")


def waiting_batches(ctx: ExchangeContext) -> list[dict[str, str]]:
    """Each complete batch a sending party left in its local drop-box for us, not yet
    received: ``{"from": party, "batch_id": id}``, sorted by batch id."""
    register = ReplayRegister(ctx.path("replay_register"))
    waiting: dict[str, str] = {}
    for party, entry in sorted(ctx.parties["parties"].items()):
        if entry.get("role") not in SENDING_ROLES or entry.get("transport", "local") != "local":
            continue
        transport = ctx.transport(party)
        try:
            for name in transport.list_incoming():
                if name in waiting or not _complete(transport, name) or register.seen(name):
                    continue
                if _signed_by(ctx, transport, party, name):
                    waiting[name] = party
        finally:
            transport.close()
    return [{"from": waiting[batch_id], "batch_id": batch_id} for batch_id in sorted(waiting)]


def _complete(transport: Any, name: str) -> bool:
    if not BATCH_ID_PATTERN.fullmatch(name) or name.endswith(PARTIAL_SUFFIX):
        return False
    try:
        entries = transport.list_incoming(name)
    except (OSError, SealflowError):
        return False
    return MANIFEST_NAME in entries and SIGNATURE_NAME in entries


def _signed_by(ctx: ExchangeContext, transport: Any, party: str, name: str) -> bool:
    where = f"{transport.incoming_description}: {name}/{MANIFEST_NAME}"
    try:
        signature = signature_text(
            transport.read_incoming(f"{name}/{SIGNATURE_NAME}", MAX_SIGNATURE_BYTES), where
        )
        if pinned_signer(signature, ctx.public_keys(), where) != party:
            return False
        manifest = verify_manifest(
            transport.read_incoming(f"{name}/{MANIFEST_NAME}", MAX_MANIFEST_BYTES),
            signature, ctx.entry(party)["minisign_public_key"], party, ctx.own_name, where,
        )  # fmt: skip
    except (OSError, ValueError, SealflowError):
        # Receive judges it (and quarantines it, naming why); status only lists batches
        # whose sender it can vouch for.
        return False
    return manifest.batch_id == name
