"""The demo's word lists, loaded once from the package's ``demo/data`` folder.

Vocabulary is data, not code: names, places and sentence templates live in plain text and
YAML beside this module (see ``data/SOURCE.md``) so they can be read and extended without
touching the generators.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml


def _data_text(name: str) -> str:
    return (resources.files("sealflow.demo") / "data" / name).read_text(encoding="utf-8")


def _word_list(name: str) -> tuple[str, ...]:
    lines = (line.strip() for line in _data_text(name).splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@dataclass(frozen=True)
class Vocabulary:
    """Everything the generators draw from; immutable so it can be shared and cached."""

    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    gazetteer: dict[str, Any]
    templates: dict[str, tuple[str, ...]]

    @property
    def branches(self) -> tuple[str, ...]:
        return tuple(self.gazetteer["bases"])

    def base_names(self, branch: str) -> tuple[str, ...]:
        return tuple(entry["name"] for entry in self.gazetteer["bases"][branch])

    def base_weights(self, branch: str) -> tuple[float, ...]:
        return tuple(float(entry["weight"]) for entry in self.gazetteer["bases"][branch])

    def all_bases(self) -> tuple[str, ...]:
        return tuple(name for branch in self.branches for name in self.base_names(branch))


@cache
def vocabulary() -> Vocabulary:
    """Load and cache the demo vocabulary."""
    templates = yaml.safe_load(_data_text("templates.yaml"))
    return Vocabulary(
        first_names=_word_list("first_names.txt"),
        last_names=_word_list("last_names.txt"),
        gazetteer=yaml.safe_load(_data_text("gazetteer.yaml")),
        templates={key: tuple(values) for key, values in templates.items()},
    )
