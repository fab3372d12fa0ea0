"""Where the links, ingest and link stages read and write, for the CLI.

The Snakemake rules spell the same paths with ``work()`` and ``results()`` in
workflow/rules/{links,ingest,link}.smk; keep the two in step.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sealflow.config import resolve
from sealflow.errors import ConfigError
from sealflow.ingest.settings import section_defaults

INPUT_DESCRIPTIONS = {
    "roster": "the provider's roster CSV",
    "admin_extract": "the provider's administrative extract CSV",
    "survey_export": "the survey platform's export CSV",
    "withdrawals": "the withdrawals CSV (a header-only file if nobody has withdrawn)",
}


@dataclass(frozen=True)
class StudyPaths:
    """Absolute paths of one study, from its validated config (``root`` already absolute)."""

    root: Path
    workspace: Path
    results: Path
    inputs: dict[str, Path]
    token_key: Path

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> StudyPaths:
        root = Path(config["root"])
        inputs = {**section_defaults("inputs"), **(config.get("inputs") or {})}
        keys = {**section_defaults("keys"), **(config.get("keys") or {})}
        return cls(
            root=root,
            workspace=resolve(root, config["workspace"]),
            results=resolve(root, config["results"]),
            inputs={name: resolve(root, value) for name, value in inputs.items()},
            token_key=resolve(root, keys["token_key"]),
        )

    def work(self, relative: str) -> Path:
        return self.workspace / relative

    def result(self, relative: str) -> Path:
        return self.results / relative

    def input_file(self, name: str) -> Path:
        """The configured input ``name``; a missing file is an error naming its config key."""
        path = self.inputs[name]
        if not path.is_file():
            raise ConfigError(
                f"key inputs.{name}: file not found: {path}; expected "
                f"{INPUT_DESCRIPTIONS.get(name, 'a file')} there (paths are relative to root)"
            )
        return path
