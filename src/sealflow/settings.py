"""The study's settings as frozen, typed objects: one per config section, built once at the edge.

``StudySettings.from_config`` takes the mapping ``load_config`` (the CLI) or Snakemake's
``validate`` plus ``fill_defaults`` (the workflow) produced and turns it into dataclasses
whose fields are the schema's properties, with every path resolved against the study root
once. Defaults come from the schema only (config.<section>.schema.yaml): the dataclasses
have none of their own, and a section the config leaves out is built from its schema's
defaults, so both front doors hand the core the same objects. A key the schema gives no
default and the config leaves out is ``None`` (an optional section, e.g. ``interviews``,
is ``None`` as a whole).

tests/unit/test_study_settings.py holds each dataclass's fields equal to its schema section's
properties, so a key added to a schema without its field (or the reverse) fails there.
"""

from __future__ import annotations

import copy
import dataclasses
import os
import types
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Union, get_args, get_origin, get_type_hints

from sealflow.config import load_parties, resolve, schema


@dataclass(frozen=True, slots=True)
class StudyIdentity:
    """``study``: the name shown in reports and the short id of batch ids and bag names."""

    name: str
    id: str | None


@dataclass(frozen=True, slots=True)
class KeysSettings:
    """``keys``: the evaluator's secret keys folder and the survey-token HMAC key file."""

    dir: Path
    token_key: Path


@dataclass(frozen=True, slots=True)
class InputsSettings:
    """``inputs``: where each received file is."""

    roster: Path
    admin_extract: Path
    survey_export: Path
    transcripts: Path
    recordings: Path
    withdrawals: Path


@dataclass(frozen=True, slots=True)
class LinksSettings:
    """``links``: the survey link template."""

    url_template: str


@dataclass(frozen=True, slots=True)
class IngestSection:
    """``ingest`` as written; sealflow.ingest.settings parses profiles and column declarations."""

    delimiter: str
    id_pattern: str
    duplicate_submissions: str
    profiles: Mapping[str, Any] | None
    admin_columns: tuple[Mapping[str, Any], ...] | None
    survey_items: tuple[Mapping[str, Any], ...] | None
    free_text: tuple[str, ...] | None


@dataclass(frozen=True, slots=True)
class SftpSettings:
    """``exchange.sftp``: how SFTP transfers behave."""

    timeout: float
    connect_timeout: float
    retries: int
    backoff_seconds: float
    max_backoff_seconds: float
    window_mib: int
    ciphers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ExchangeSettings:
    """``exchange``: where batches are made, kept and quarantined, and transfer behaviour."""

    passphrase_env: str
    outgoing: Path
    received: Path
    quarantine: Path
    replay_register: Path
    records: Path
    remove_after_receive: bool
    deletion_deadline_days: int
    transcription_vendor: str | None
    sftp: SftpSettings


@dataclass(frozen=True, slots=True)
class ScrubSection:
    """``scrub`` as written, every key filled from the schema; sealflow.scrub.settings
    (ScrubSettings.from_section) turns "default" files into the shipped ones."""

    model: str
    ner_weights: str
    spacy_disable: tuple[str, ...]
    recognizers: str
    gazetteer: str
    allow_list: str
    deny_list: str
    ambiguous_names: str
    diminutives: str
    service_nicknames: str
    default_threshold: float
    thresholds: Mapping[str, float]
    residual_threshold: float
    placeholder_style: str
    labels: Mapping[str, str]
    survey_columns: tuple[str, ...]
    speaker_roles: tuple[str, ...]
    batch_size: int
    processes: int
    shards: int
    chunk_documents: int
    keep_exact_ages: bool


@dataclass(frozen=True, slots=True)
class SdcSection:
    """``sdc`` as written (sealflow.sdc reads its hierarchies from ``quasi_identifiers``)."""

    drop_columns: tuple[str, ...]
    free_text: tuple[str, ...]
    k: int
    l: int  # noqa: E741 (the l of l-diversity, as the schema names it)
    sensitive: tuple[str, ...]
    suppression_limit: float
    risk_threshold: float
    colluding_parties: tuple[str, ...]
    public_columns: Mapping[str, str]
    l_diversity_model: str
    t_closeness: float | None
    local_suppression: bool
    max_evaluations: int
    quasi_identifiers: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class OutcomeTable:
    """One ``outcome.tables`` entry: a cross-tabulation for the provider."""

    name: str
    dimensions: tuple[str, ...]
    value: str | None


@dataclass(frozen=True, slots=True)
class QuotesSettings:
    """``outcome.quotes``: candidate quotations and the reviewer's approvals."""

    transcripts: Path | None
    candidates: Path | None
    approvals: Path | None
    reviewer_public_key: str | None
    min_words: int
    max_words: int
    group_by_interviewee: bool


@dataclass(frozen=True, slots=True)
class OutcomeSettings:
    """``outcome``: aggregate tables, their output checks, release history and quotations."""

    min_cell_count: int
    p_percent: float
    dominance_n: int
    dominance_k: float
    suppress_zeros: bool
    all_values_same: bool
    register: str | None
    release_history: Path | None
    derived: Mapping[str, Any] | None
    tables: tuple[OutcomeTable, ...]
    quotes: QuotesSettings


@dataclass(frozen=True, slots=True)
class RetentionSection:
    """``retention`` as written (sealflow.govern.settings checks the delete rule and keep)."""

    personal_data_delete_on: Any
    keep: tuple[str, ...]
    governance: Path
    subject_access: Path
    interview_map: Path


@dataclass(frozen=True, slots=True)
class InterviewsSettings:
    """``interviews``: the seeded, stratified draw of interviewees."""

    seed: int
    contact_column: str
    strata: str | None
    sizes: Mapping[str, int]
    invitations: Path
    responses: Path
    report: Path


@dataclass(frozen=True, slots=True)
class Purpose:
    """One ``purposes`` entry: a purpose of processing, its lawful basis and its stages."""

    id: str
    description: str
    lawful_basis: str
    special_category_condition: str | None
    data_subjects: tuple[str, ...] | None
    stages: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CertifySettings:
    """``certify``: the reviewer's key and the folder of the statement and its signatures.

    ``dir`` left out is ``<results>/certify``: a default that follows ``results``, so the
    schema cannot state it.
    """

    reviewer_public_key: str
    dir: Path


@dataclass(frozen=True, slots=True)
class DepositSection:
    """``deposit``: the archive party, the bag's contact and where the bag is staged.

    ``organisation`` left out is the study's name and ``records`` is ``<results>/deposit``
    (defaults that follow other keys, so the schema cannot state them).
    """

    party: str
    organisation: str
    contact_name: str
    contact_email: str | None
    descriptions: Mapping[str, str]
    staging: Path
    records: Path


@dataclass(frozen=True, slots=True)
class StudySettings:
    """The whole configuration of one study, every section typed and every path absolute."""

    root: Path
    study: StudyIdentity
    evaluator: str
    parties: Path
    workspace: Path
    results: Path
    logs: Path
    keys: KeysSettings
    inputs: InputsSettings
    links: LinksSettings
    ingest: IngestSection
    exchange: ExchangeSettings
    scrub: ScrubSection
    sdc: SdcSection | None
    outcome: OutcomeSettings | None
    retention: RetentionSection
    interviews: InterviewsSettings | None
    purposes: tuple[Purpose, ...]
    certify: CertifySettings
    deposit: DepositSection

    @classmethod
    def from_config(
        cls, config: Mapping[str, Any], root: str | os.PathLike[str] | None = None
    ) -> StudySettings:
        """From a validated, default-filled config; ``root`` overrides config["root"] (the
        workflow passes its working directory, the study root it resolved once)."""
        values = dict(config)
        study_root = Path(root if root is not None else values["root"]).resolve()
        values["root"] = str(study_root)
        results = resolve(study_root, values["results"])
        # Defaults that follow other keys (see CertifySettings and DepositSection).
        certify = dict(values.get("certify") or {})
        certify.setdefault("dir", str(results / "certify"))
        deposit = dict(values.get("deposit") or {})
        deposit.setdefault("records", str(results / "deposit"))
        deposit.setdefault("organisation", values["study"]["name"])
        values.update(certify=certify, deposit=deposit)
        built: StudySettings = _build(cls, values, schema("config"), study_root)
        return built

    def load_parties(self) -> dict[str, Any]:
        """parties.yaml, validated, with the evaluator checked to be one of its parties."""
        return load_parties(
            {"root": str(self.root), "parties": str(self.parties), "evaluator": self.evaluator,
             "workspace": str(self.workspace)}  # where its validation is recorded
        )  # fmt: skip

    def relative(self, path: str | os.PathLike[str]) -> str:
        """``path`` relative to the study root for records (absolute if outside it)."""
        resolved = Path(path).resolve()
        return str(
            resolved.relative_to(self.root) if resolved.is_relative_to(self.root) else resolved
        )


def read_section(name: str, values: Mapping[str, Any] | None, root: str | os.PathLike[str]) -> Any:
    """One section ``name`` of config.yaml on its own, typed as StudySettings holds it.

    For callers that hold one section and no whole config (tests, a section check); a
    section left out (``None``) is built from its schema's defaults.
    """
    prop = schema("config")["properties"][name]
    return _convert(_hints(StudySettings)[name], values, _deref(prop), Path(root).resolve())


# Sections the study may leave out entirely (their schema requires keys with no default).
_OPTIONAL = (SdcSection, OutcomeSettings, InterviewsSettings)


def _deref(spec: Mapping[str, Any]) -> Mapping[str, Any]:
    """A property's schema, following a ``$ref`` to a section file (config.<name>.schema.yaml)."""
    ref = spec.get("$ref")
    if isinstance(ref, str) and ref.endswith(".schema.yaml"):
        return schema(ref.removesuffix(".schema.yaml"))
    return spec


@cache
def _hints(cls: type) -> dict[str, Any]:
    return get_type_hints(cls)


def _build(cls: Any, values: Mapping[str, Any], spec: Mapping[str, Any], root: Path) -> Any:
    """One dataclass from its section's values, a missing key taking the schema's default."""
    properties = _deref(spec).get("properties", {})
    kwargs = {}
    for field in dataclasses.fields(cls):
        prop = _deref(properties.get(field.name, {}))
        value = values[field.name] if field.name in values else prop.get("default")
        kwargs[field.name] = _convert(_hints(cls)[field.name], copy.deepcopy(value), prop, root)
    return cls(**kwargs)


def _convert(hint: Any, value: Any, prop: Mapping[str, Any], root: Path) -> Any:
    """``value`` as the field's type: paths resolved, lists as tuples, mappings read-only."""
    if get_origin(hint) in (Union, types.UnionType):
        if value is None:
            return None
        hint = next(arg for arg in get_args(hint) if arg is not type(None))
    if dataclasses.is_dataclass(hint):
        if value is None and hint in _OPTIONAL:
            return None
        return _build(hint, value or {}, prop, root)
    if value is None:
        # A list or mapping the schema gives no default is empty when left out.
        if get_origin(hint) is tuple:
            return ()
        return types.MappingProxyType({}) if get_origin(hint) is Mapping else None
    if hint is Path:
        return resolve(root, value)
    if get_origin(hint) is tuple:
        item = get_args(hint)[0]
        if dataclasses.is_dataclass(item):
            return tuple(_build(item, entry, prop.get("items", {}), root) for entry in value)
        return tuple(value)
    if get_origin(hint) is Mapping:
        return types.MappingProxyType(dict(value))
    return value
