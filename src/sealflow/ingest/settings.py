"""The `ingest` section of the configuration, parsed for the readers and checks.

sealflow.settings holds the section as written (defaults from its schema, the one source
of them); this adds what ingest makes of it: the input profiles, the study's declared
columns, and an ID pattern checked to compile in both Python and polars.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sealflow.errors import ConfigError
from sealflow.ingest.profiles import InputProfile, parse_profiles
from sealflow.ingest.table_schema import ColumnSpec, TableSchema, declared_columns, study_schema
from sealflow.settings import IngestSection, read_section

SURVEY_TOKEN_PATTERN = "^[a-z2-7]{32}$"  # noqa: S105 (a format, not a secret)


@dataclass(frozen=True)
class IngestSettings:
    """How input tables are read and checked."""

    delimiter: str
    id_pattern: str
    duplicate_submissions: str
    # ingest.profiles: how each input file is laid out (sealflow.ingest.profiles).
    profiles: Mapping[str, InputProfile]
    # The study's own columns by table (ingest.admin_columns, survey_items, free_text).
    declared: Mapping[str, tuple[ColumnSpec, ...]]

    @classmethod
    def from_config(cls, config: Mapping[str, Any]) -> IngestSettings:
        """From a config mapping that may hold only an ``ingest`` section (tests, checks)."""
        return cls.from_section(read_section("ingest", config.get("ingest"), Path.cwd()))

    @classmethod
    def from_section(cls, section: IngestSection) -> IngestSettings:
        """From the typed section (StudySettings.ingest), built once at the edge."""
        values = {
            "admin_columns": section.admin_columns,
            "survey_items": section.survey_items,
            "free_text": section.free_text,
        }
        settings = cls(
            delimiter=section.delimiter,
            id_pattern=section.id_pattern,
            duplicate_submissions=section.duplicate_submissions,
            profiles=parse_profiles(None if section.profiles is None else dict(section.profiles)),
            declared=declared_columns(values),
        )
        import polars as pl  # here, not at the top: the withdrawal screen of `receive`
        # reads these settings and needs no polars (0.2 s of import)

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
