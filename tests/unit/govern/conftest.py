"""Fixtures of the governance tests: a tiny study ingested and linked, with real keys."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from ingest.study import TinyStudy, make_tiny_study

from sealflow.cli import main
from sealflow.seal.keys import KeyPaths, new_keys

REPO = Path(__file__).resolve().parents[3]


@dataclass
class GovernedStudy:
    tiny: TinyStudy
    config_file: Path
    evaluator: KeyPaths
    provider: KeyPaths

    @property
    def root(self) -> Path:
        return self.tiny.root

    @property
    def work(self) -> Path:
        return self.tiny.work

    def configure(self, **retention: object) -> None:
        config = yaml.safe_load(self.config_file.read_text())
        config["retention"] = retention
        self.config_file.write_text(yaml.safe_dump(config))

    def sealflow(self, *args: str) -> None:
        main([*args, "--config", str(self.config_file)])

    def id_file(self, text: str, name: str = "request.txt") -> Path:
        path = self.work / "requests" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        return path


def _party(keys: KeyPaths, role: str) -> dict[str, str]:
    return {
        "role": role,
        "country": "GB",
        "age_recipient": keys.recipient,
        "minisign_public_key": keys.minisign_public_key,
        "transport": "local",
        "dropbox": f"dropbox/{keys.name}",
    }


@pytest.fixture
def governed(tmp_path: Path) -> GovernedStudy:
    tiny = make_tiny_study(tmp_path / "study")
    evaluator = tiny.evaluator
    assert evaluator is not None
    provider = new_keys("provider", tmp_path / "provider_keys")
    parties = {"parties": {"evaluator": _party(evaluator, "evaluator"),
                           "provider": _party(provider, "provider")}}  # fmt: skip
    (tiny.root / "parties.yaml").write_text(yaml.safe_dump(parties))
    config = yaml.safe_load((REPO / "config/config.yaml").read_text())
    config["root"] = "."
    config_file = tiny.root / "config.yaml"
    config_file.write_text(yaml.safe_dump(config))
    study = GovernedStudy(tiny, config_file, evaluator, provider)
    for command in ("links", "ingest", "link"):
        study.sealflow(command)
    return study
