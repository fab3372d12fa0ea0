"""What every transfer needs, resolved once: the study, the parties, our keys, settings.

Also the small helpers the sending and receiving sides share: private folders, paths
relative to the study root for records, and a progress bar for long transfers.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.audit import AuditLog, config_audit_log
from sealflow.config import load_config, load_parties, party, resolve
from sealflow.exchange.batch import PartyKeys
from sealflow.exchange.transport import Transport, open_transport
from sealflow.progress import progress as bar_of
from sealflow.progress import shown

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
PROGRESS_MIN_BYTES = 8 * 1024 * 1024


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
        audit = config_audit_log(config)
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


@contextlib.contextmanager
def progress_bar(transport: Transport, total: int, label: str) -> Iterator[None]:
    """A byte progress bar on stderr for transfers of a few MiB or more, on a terminal only
    (sealflow.progress: not with --quiet, not in a rule's log), then a summary line."""
    if total < PROGRESS_MIN_BYTES or not shown():
        yield
        return
    with bar_of(label, total, "B") as advance:
        transport.on_bytes = advance
        try:
            yield
        finally:
            transport.on_bytes = None


def private_tree(ctx: ExchangeContext, folder: Path) -> Path:
    """Make ``folder`` and each missing folder above it (up to the study root) 0700."""
    folder = Path(folder)
    missing = [folder, *(p for p in folder.parents if not p.exists())]
    for path in reversed(missing):
        if path == ctx.root or ctx.root.is_relative_to(path):
            continue
        fsutil.private_dir(path)
    return folder


def relative(ctx: ExchangeContext, path: Path) -> str:
    try:
        return str(Path(path).resolve().relative_to(ctx.root.resolve()))
    except ValueError:
        return str(path)
