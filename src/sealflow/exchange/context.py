"""What every transfer needs, resolved once: the study, the parties, our keys, settings.

Also the small helpers the sending and receiving sides share: private folders, paths
relative to the study root for records, and a progress bar for long transfers.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.audit import AuditLog, settings_audit_log
from sealflow.config import load_config, party
from sealflow.exchange.batch import PartyKeys
from sealflow.exchange.transport import Transport, open_transport
from sealflow.progress import progress as bar_of
from sealflow.progress import shown
from sealflow.settings import ExchangeSettings, StudySettings, read_section

RECEIPTS_FOLDER = "receipts"
PROGRESS_MIN_BYTES = 8 * 1024 * 1024


@dataclass
class ExchangeContext:
    """Everything a transfer needs, resolved once from config.yaml and parties.yaml."""

    root: Path
    own_name: str
    parties: dict[str, Any]
    keys: PartyKeys
    exchange: ExchangeSettings
    audit: AuditLog | None = None

    @classmethod
    def from_config(cls, config_path: str | os.PathLike[str]) -> ExchangeContext:
        """From a config.yaml file (the CLI)."""
        return cls.from_study(StudySettings.from_config(load_config(config_path)))

    @classmethod
    def from_settings(cls, config: dict[str, Any], root: str | None = None) -> ExchangeContext:
        """From an already validated config mapping (the workflow: ``root`` is the workdir)."""
        return cls.from_study(StudySettings.from_config(config, root))

    @classmethod
    def from_study(cls, study: StudySettings) -> ExchangeContext:
        """From the study's settings, built once at the edge; acts as the evaluator."""
        parties = study.load_parties()
        passphrase = os.environ.get(study.exchange.passphrase_env) or None
        keys = PartyKeys.in_dir(study.evaluator, study.keys.dir, passphrase)
        return cls(study.root, study.evaluator, parties, keys, study.exchange,
                   settings_audit_log(study))  # fmt: skip

    @classmethod
    def for_party(
        cls,
        root: Path,
        parties: dict[str, Any],
        name: str,
        key_dir: Path,
        settings: Mapping[str, Any] | None = None,
        passphrase: str | None = None,
    ) -> ExchangeContext:
        """Act as party ``name`` (the demo's simulated parties, tests); no audit log.

        ``settings`` is an ``exchange`` section (paths relative to ``root``); what it leaves
        out takes the schema's defaults.
        """
        party(parties, name)
        return cls(
            root, name, parties, PartyKeys.in_dir(name, key_dir, passphrase),
            read_section("exchange", settings, root),
        )  # fmt: skip

    def path(self, key: str) -> Path:
        """One of the section's folders or files (outgoing, received, records ...), absolute."""
        value = getattr(self.exchange, key)
        if not isinstance(value, Path):
            raise KeyError(f"exchange.{key} is not a path")
        return value

    def entry(self, name: str) -> dict[str, Any]:
        return party(self.parties, name)

    def public_keys(self) -> dict[str, str]:
        return {n: p["minisign_public_key"] for n, p in self.parties["parties"].items()}

    def transport(self, name: str) -> Transport:
        return open_transport(
            name, self.entry(name), self.entry(self.own_name), self.own_name, self.root,
            self.exchange.sftp,
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
