"""The scrub configuration as one typed object, read once at the edge.

The `scrub` section of config.yaml (schema: sealflow/schemas/config.scrub.schema.yaml) may
name its own recognizer registry, gazetteer, allow, deny and ambiguous-name lists; a key
left out or set to ``default`` uses the file shipped inside the package (the same files as
config/ in the repository), so ``sealflow scrub`` works with no configuration at all.

Every default is the schema's: ``ScrubSettings`` has none of its own, and is built from the
typed ``ScrubSection`` (sealflow.settings) that both front doors fill from the schema, by
``from_study`` (the workflow's scripts), ``load_settings`` (the CLI) or
``settings_from_section`` (a section on its own).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

from sealflow.config import read_yaml, resolve, validate
from sealflow.errors import ConfigError
from sealflow.scrub.nations import NationNames
from sealflow.scrub.public_names import PublicNames
from sealflow.scrub.wordlists import WordLists, build_wordlists, fold
from sealflow.settings import ScrubSection, StudySettings, read_section

PACKAGE_DIR = Path(str(resources.files("sealflow.scrub")))
SHIPPED_FILES = {
    "recognizers": PACKAGE_DIR / "recognizers.yaml",
    "gazetteer": PACKAGE_DIR / "gazetteer.yaml",
    "allow_list": PACKAGE_DIR / "allow_list.yaml",
    "deny_list": PACKAGE_DIR / "deny_list.yaml",
    "ambiguous_names": PACKAGE_DIR / "ambiguous_names.yaml",
    "diminutives": PACKAGE_DIR / "diminutives.yaml",
    "service_nicknames": PACKAGE_DIR / "service_nicknames.yaml",
}

# Placeholder labels that differ from the entity type; scrub.labels adds to them.
BUILT_IN_LABELS = {
    "NI_NUMBER": "NI",
    "NHS_NUMBER": "NHS",
    "DATE_OF_BIRTH": "DOB",
    "SERVICE_NUMBER": "SERVICE_NO",
    "REFERENCE_NUMBER": "REF",
    "VEHICLE_REG": "VEHICLE",
    "BANK_ACCOUNT": "BANK",
    "IP_ADDRESS": "IP",
}


@dataclass(frozen=True, eq=False)
class ScrubSettings:
    """What the scrub stage runs with: the section's values, its files as paths (the shipped
    ones where it says ``default``), and the word lists read from them once (``_memo``)."""

    model: str
    # the NER weights to load into the model ("default", "none" or a directory), resolved
    ner_weights: str
    spacy_disable: tuple[str, ...]
    files: Mapping[str, Path]
    default_threshold: float
    thresholds: Mapping[str, float]
    residual_threshold: float
    placeholder_style: str
    labels: Mapping[str, str]
    survey_columns: tuple[str, ...]
    speaker_roles: tuple[str, ...]
    batch_size: int
    processes: int
    chunk_documents: int
    keep_exact_ages: bool
    _memo: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def from_section(
        cls,
        section: ScrubSection,
        root: str | os.PathLike[str],
        workspace: str | os.PathLike[str] | None = None,
    ) -> ScrubSettings:
        """From the typed section; file paths resolve against ``root``.

        With ``workspace`` given, a deny or allow list that the reviewer's decisions wrote
        (`sealflow review apply`: ``<workspace>/review/<list>.yaml``, the shipped list plus
        the decisions) replaces the shipped one the config names, so the next run applies
        them. A list the config names explicitly is the study's own, and `review apply`
        edits it there.
        """
        files = dict(SHIPPED_FILES)
        for key in SHIPPED_FILES:
            value = getattr(section, key)
            if value != "default":
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
        return cls(
            model=section.model,
            ner_weights=(
                section.ner_weights
                if section.ner_weights in ("default", "none")
                else str(resolve(root, section.ner_weights))
            ),
            spacy_disable=tuple(section.spacy_disable),
            files=files,
            default_threshold=section.default_threshold,
            thresholds=dict(section.thresholds),
            residual_threshold=section.residual_threshold,
            placeholder_style=section.placeholder_style,
            labels={**BUILT_IN_LABELS, **section.labels},
            survey_columns=tuple(section.survey_columns),
            speaker_roles=tuple(section.speaker_roles),
            batch_size=section.batch_size,
            processes=section.processes,
            chunk_documents=section.chunk_documents,
            keep_exact_ages=section.keep_exact_ages,
        )

    @classmethod
    def from_study(cls, study: StudySettings, processes: int = 0) -> ScrubSettings:
        """From the study's settings, built once at the edge (the workflow's scripts);
        ``processes`` > 0 (a rule's threads) overrides scrub.processes."""
        settings = cls.from_section(study.scrub, study.root, study.workspace)
        return replace(settings, processes=processes) if processes else settings

    def threshold(self, entity_type: str) -> float:
        return float(self.thresholds.get(entity_type, self.default_threshold))

    def label(self, entity_type: str) -> str:
        return self.labels.get(entity_type, entity_type)

    def file(self, key: str) -> Path:
        return self.files[key]

    def yaml(self, key: str) -> Any:
        """The file's parsed data, read again only when the file changed (its inode, size,
        or modification or change time): building an engine asks for the gazetteer fifteen times, a
        third of the build parsing the same YAML. Callers only read what it returns."""
        file = self.files[key]
        try:
            stat = file.stat()
        except OSError:
            return read_yaml(file)  # names the missing file
        memo_key = f"yaml {file} {stat.st_ino} {stat.st_size} {stat.st_mtime_ns} {stat.st_ctime_ns}"
        if memo_key not in self._memo:
            self._memo[memo_key] = read_yaml(file)
        return self._memo[memo_key]

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
                ambiguous=ambiguous, allowed=self.allow_list(), table_names=self.diminutives()
            )
        wordlists: WordLists = self._memo["wordlists"]
        return wordlists

    def public_names(self) -> PublicNames:
        """The allow list's public names and helplines (read once: every document asks)."""
        key = f"public {self.files['allow_list']}"
        if key not in self._memo:
            data = self.yaml("allow_list") or {}
            lists = {}
            for name in ("public_names", "public_helplines"):
                values = data.get(name, []) or []
                if not isinstance(values, list):
                    raise ConfigError(
                        f"{self.files['allow_list']}: key {name} must be a list of strings"
                    )
                lists[name] = [str(v) for v in values]
            self._memo[key] = PublicNames.build(
                lists["public_names"], lists["public_helplines"], self.gazetteer_list("employers")
            )
        public: PublicNames = self._memo[key]
        return public

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

    def service_nicknames(self) -> dict[str, frozenset[str]]:
        """Each service nickname (lower case) -> the surnames it goes with: "dusty" ->
        {miller, rhodes}, "smudge" -> {smith}."""
        if "service_nicknames" not in self._memo:
            data = self.yaml("service_nicknames") or {}
            table = data.get("nicknames", {}) or {}
            if not isinstance(table, dict) or not all(isinstance(v, list) for v in table.values()):
                raise ConfigError(
                    f"{self.files['service_nicknames']}: key nicknames must map a surname "
                    "to a list of its nicknames (smith: [smudge])"
                )
            index: dict[str, set[str]] = {}
            for surname, forms in table.items():
                for nickname in forms:
                    index.setdefault(fold(str(nickname).lower()), set()).add(
                        fold(str(surname).lower())
                    )
            self._memo["service_nicknames"] = {k: frozenset(v) for k, v in index.items()}
        nicknames: dict[str, frozenset[str]] = self._memo["service_nicknames"]
        return nicknames

    def nation_names(self) -> dict[str, NationNames]:
        """Each address form by nation ("jock", "taff", "paddy") -> the names that mark a
        person of that nation (``nations`` in the service nicknames file)."""
        if "nation_names" not in self._memo:
            data = self.yaml("service_nicknames") or {}
            table = data.get("nations", {}) or {}
            shaped = isinstance(table, dict) and all(
                isinstance(v, dict)
                and isinstance(v.get("names", []) or [], list)
                and isinstance(v.get("surname_starts", []) or [], list)
                for v in table.values()
            )
            if not shaped:
                raise ConfigError(
                    f"{self.files['service_nicknames']}: key nations must map an address form "
                    "to names and surname_starts lists (jock: {names: [cameron], "
                    "surname_starts: [mac]})"
                )
            self._memo["nation_names"] = {
                fold(str(form).lower()): NationNames(
                    names=frozenset(fold(str(n).lower()) for n in entry.get("names") or []),
                    surname_starts=tuple(
                        fold(str(n).lower()) for n in entry.get("surname_starts") or []
                    ),
                )
                for form, entry in table.items()
            }
        nations: dict[str, NationNames] = self._memo["nation_names"]
        return nations

    def slang_after_the(self) -> frozenset[str]:
        """First names that after "the" are service slang, not a person ("the Andrew")."""
        data = self.yaml("service_nicknames") or {}
        words = data.get("after_the", []) or []
        if not isinstance(words, list):
            raise ConfigError(
                f"{self.files['service_nicknames']}: key after_the must be a list of names"
            )
        return frozenset(fold(str(w).lower()) for w in words)

    def cache_key(self) -> str:
        """A stable key of everything that shapes the engine (for the per-process cache)."""
        return repr(
            (
                self.model,
                self.ner_weights,
                self.spacy_disable,
                sorted((k, str(v)) for k, v in self.files.items()),
                self.default_threshold,
                sorted(self.thresholds.items()),
                self.keep_exact_ages,
            )
        )

    def roles(self) -> frozenset[str]:
        """Speaker labels that are roles (read once: every chunk of documents asks). The
        memo is keyed by what decides them: ``replace`` keeps the memo of the settings it
        copies, with other roles or another allow list."""
        key = f"roles {self.speaker_roles!r} {self.files['allow_list']}"
        if key not in self._memo:
            data = self.yaml("allow_list") or {}
            roles = list(self.speaker_roles) or list(data.get("speaker_roles", []))
            self._memo[key] = frozenset(r.lower() for r in roles)
        memo: frozenset[str] = self._memo[key]
        return memo


REVIEWED_LISTS = ("deny_list", "allow_list")
# A partial study config (a root and a scrub section, no workspace key) is read as the
# demo's layout writes it: the reviewer's lists under work/review/.
WORKSPACE_OF_PARTIAL_CONFIG = "work"


def settings_from_section(
    section: Mapping[str, Any] | None,
    root: str | os.PathLike[str] = ".",
    workspace: str | os.PathLike[str] | None = None,
) -> ScrubSettings:
    """Settings from a validated `scrub` section on its own (keys left out take the schema's
    defaults); paths resolve against ``root`` (see ScrubSettings.from_section)."""
    typed: ScrubSection = read_section("scrub", section, root)
    return ScrubSettings.from_section(typed, root, workspace)


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
    workspace = None
    section = data
    if "scrub" in data or "root" in data:
        # a study config (or the part of one that names the root): root is relative to the
        # file's folder, as load_config reads it; its workspace holds the reviewed lists
        if "root" in data:
            root = (root / str(data["root"])).resolve()
        section = data.get("scrub") or {}
        workspace = data.get("workspace", WORKSPACE_OF_PARTIAL_CONFIG)
    validate(section, "config.scrub", config_path)
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
    """The schema's defaults with the shipped files (``sealflow scrub`` with no config)."""
    return settings_from_section(None)


@functools.cache
def default_wordlists() -> WordLists:
    """Word lists from the shipped default scrub configuration (here, not in wordlists.py:
    the word lists take their names from the settings, never the settings from them)."""
    return default_settings().wordlists()
