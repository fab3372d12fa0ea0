"""A small study for exchange tests: three parties on local drop-boxes, keys by seal.keys."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from sealflow.exchange.flow import ExchangeContext
from sealflow.seal.keys import new_keys

PARTY_ROLES = {"evaluator": "evaluator", "provider": "provider", "survey": "survey"}


@dataclass
class Study:
    root: Path
    config_path: Path
    parties: dict

    def context(self) -> ExchangeContext:
        return ExchangeContext.from_config(self.config_path)

    def as_party(self, name: str) -> ExchangeContext:
        return ExchangeContext.for_party(
            self.root, self.parties, name, self.root / "parties" / name / "keys",
            {"records": f"parties/{name}/records", "outgoing": f"parties/{name}/outgoing"},
        )  # fmt: skip


def write_study(root: Path, extra_parties: dict | None = None) -> Study:
    entries = {}
    for name, role in PARTY_ROLES.items():
        key_dir = (
            root / "work/keys/evaluator"
            if name == "evaluator"
            else root / "parties" / name / "keys"
        )
        keys = new_keys(name, key_dir)
        entries[name] = {
            "role": role,
            "country": "GB",
            "age_recipient": keys.recipient,
            "minisign_public_key": keys.minisign_public_key,
            "transport": "local",
            "dropbox": f"dropbox/{name}",
        }
    entries.update(extra_parties or {})
    parties = {"parties": entries}
    (root / "parties.yaml").write_text(yaml.safe_dump(parties))
    config = {
        "root": ".",
        "study": {"name": "test study", "id": "test"},
        "evaluator": "evaluator",
        "parties": "parties.yaml",
        "workspace": "work",
        "results": "results",
        "logs": "logs",
    }
    config_path = root / "config.yaml"
    config_path.write_text(yaml.safe_dump(config))
    return Study(root, config_path, parties)
