"""The `ingest` section of the configuration as a typed object, defaults from its schema.

Snakemake's ``validate`` fills schema defaults into the config; the CLI's validation does
not. Reading the defaults from the same schema file keeps both front doors identical.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import polars as pl

from sealflow.config import section_defaults
from sealflow.errors import ConfigError

SURVEY_TOKEN_PATTERN = "^[a-z2-7]{32}$"  # noqa: S105 (a format, not a secret)


@dataclass(frozen=True)
class IngestSettings:
    """How input tables are read and checked."""

    delimiter: str = ","
    id_pattern: str = "^PSN-[0-9A-HJ-NP-Z]{10}$"
    duplicate_submissions: str = "keep_latest"

    @classmethod
    def from_config(cls, config: dict[str, Any]) -> IngestSettings:
        values = {**section_defaults("ingest"), **(config.get("ingest") or {})}
        settings = cls(
            delimiter=values["delimiter"],
            id_pattern=values["id_pattern"],
            duplicate_submissions=values["duplicate_submissions"],
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
