"""The `ingest` section of the configuration as a typed object, defaults from its schema.

Snakemake's ``validate`` fills schema defaults into the config; the CLI's validation does
not. Reading the defaults from the same schema file keeps both front doors identical.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import polars as pl

from sealflow.config import section_defaults
from sealflow.errors import ConfigError
from sealflow.ingest.profiles import InputProfile, parse_profiles
from sealflow.ingest.table_schema import ColumnSpec, TableSchema, declared_columns, study_schema

SURVEY_TOKEN_PATTERN = "^[a-z2-7]{32}$"  # noqa: S105 (a format, not a secret)


@dataclass(frozen=True)
class IngestSettings:
    """How input tables are read and checked."""

    delimiter: str = ","
    id_pattern: str = "^PSN-[0-9A-HJ-NP-Z]{10}$"
    duplicate_submissions: str = "keep_latest"
    # ingest.profiles: how each input file is laid out (sealflow.ingest.profiles).
    profiles: Mapping[str, InputProfile] = field(default_factory=dict)
    # The study's own columns by table (ingest.admin_columns, survey_items, free_text).
    declared: Mapping[str, tuple[ColumnSpec, ...]] = field(default_factory=dict)

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> IngestSettings:
        values = {**section_defaults("ingest"), **(config.get("ingest") or {})}
        settings = cls(
            delimiter=values["delimiter"],
            id_pattern=values["id_pattern"],
            duplicate_submissions=values["duplicate_submissions"],
            profiles=parse_profiles(values.get("profiles")),
            declared=declared_columns(values),
        )
        try:
            re.compile(settings.id_pattern)
            # The checks run the pattern in polars (Rust regex: no look-around, no
            # back-references), so it must compile there too.
            pl.Series([""], dtype=pl.String).str.contains(settings.id_pattern)
        except (re.error, pl.exceptions.PolarsError) as exc:
            reason = f" ({exc})" if isinstance(exc, re.error) else ""
            raise ConfigError(
                f"key ingest.id_pattern: not a valid regular expression{reason} for the ID checks"
                " (Rust regex syntax: no look-around or back-references); "
                "expected e.g. ^PSN-[0-9A-HJ-NP-Z]{10}$"
            ) from None
        return settings

    def pattern_for(self, id_kind: str) -> str:
        """The regular expression every value of an ID column of this kind must match."""
        return SURVEY_TOKEN_PATTERN if id_kind == "survey_token" else self.id_pattern

    def profile_for(self, table: str) -> InputProfile:
        """The input profile of ``table``: the configured one, else a plain UTF-8 CSV."""
        return self.profiles.get(table) or InputProfile(table=table)

    def schema_for(self, table: str) -> TableSchema:
        """The table's schema: the shipped one, its study columns replaced by the declared ones."""
        return study_schema(table, self.declared.get(table))
