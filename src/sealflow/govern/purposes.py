"""Purposes and lawful bases as data: every stage names the purpose it serves.

A privacy notice promises that personal data is processed only for the purposes it lists,
each on a lawful basis. The study config's `purposes` section is that list; the workflow
refuses to start while a stage it would run is served by no purpose (or by two: one basis
per processing operation keeps the record of processing unambiguous), so adding a stage
forces the data manager to say why it may run.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sealflow.errors import ConfigError

# The workflow's stages (ARCHITECTURE.md), in order; `rights` covers subject access,
# erasure and the other requests a person can make.
STAGES = (
    "keys",
    "links",
    "receive",
    "ingest",
    "interviews",
    "transcription",
    "scrub",
    "link",
    "anonymise",
    "outcome",
    "report",
    "certify",
    "deposit",
    "retention",
    "rights",
)


@dataclass(frozen=True)
class Purpose:
    id: str
    description: str
    lawful_basis: str
    stages: tuple[str, ...]
    special_category_condition: str | None = None
    data_subjects: tuple[str, ...] = ()


def purposes(config: dict[str, Any]) -> list[Purpose]:
    """The configured purposes (validated by the schema already)."""
    return [
        Purpose(
            id=entry["id"],
            description=entry["description"],
            lawful_basis=entry["lawful_basis"],
            stages=tuple(entry["stages"]),
            special_category_condition=entry.get("special_category_condition"),
            data_subjects=tuple(entry.get("data_subjects", ())),
        )
        for entry in config.get("purposes") or []
    ]


def purpose_of_each_stage(
    config: dict[str, Any], stages: Iterable[str] = STAGES
) -> dict[str, Purpose]:
    """Each stage's one purpose; a stage with none, or with two, is a ConfigError."""
    wanted = list(stages)
    serving: dict[str, list[Purpose]] = {stage: [] for stage in wanted}
    for purpose in purposes(config):
        for stage in purpose.stages:
            if stage in serving:
                serving[stage].append(purpose)
    missing = [stage for stage, found in serving.items() if not found]
    if missing:
        raise ConfigError(
            f"key purposes: no purpose serves the stage(s) {', '.join(missing)}; add each to "
            "the `stages` of the purpose it serves (with its lawful basis), or the stage "
            "cannot run"
        )
    doubled = [stage for stage, found in serving.items() if len(found) > 1]
    if doubled:
        raise ConfigError(
            f"key purposes: stage(s) {', '.join(doubled)} named by more than one purpose; "
            "each stage serves one purpose"
        )
    return {stage: found[0] for stage, found in serving.items()}
