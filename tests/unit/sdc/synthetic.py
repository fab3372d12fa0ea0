"""Synthetic linked tables with the columns of docs/DATA.md, for the SDC tests (no real data)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import polars as pl

from sealflow.sdc.cell_checks import CheckRules
from sealflow.settings import OutcomeSettings, SdcSection, read_section

GENDERS = ["Female", "Male", "Non-binary", "Prefer not to say"]
AGE_BANDS = ["16-24", "25-34", "35-44", "45-54", "55-64", "65+"]
BRANCHES = ["Army", "Royal Navy", "Royal Air Force", "Royal Marines", "Civil Service"]
RANKS = ["OR1-4", "OR5-7", "OR8-9", "OF1-3", "OF4-5", "OF6+", "Civilian"]
BASES = [
    "Catterick Garrison",
    "Tidworth Camp",
    "Aldershot Garrison",
    "RAF Brize Norton",
    "RAF Lossiemouth",
    "HMNB Portsmouth",
    "HMNB Clyde",
    "RAF Valley",
    "Thiepval Barracks",
]
ROLES = [
    "Infantry",
    "Logistics",
    "Medical",
    "Engineering",
    "Intelligence",
    "Administration",
    "Aircrew",
    "Signals",
    "Chaplaincy",
    "Other",
]
TURNOVER = ["In service", "Left", "Transferred"]


def _pick(rng: np.random.Generator, values: list[str], n: int) -> list[str]:
    weights = np.linspace(len(values), 1, len(values)) ** 2
    return list(rng.choice(values, size=n, p=weights / weights.sum()))


def linked_table(n: int, seed: int = 0) -> pl.DataFrame:
    """A linked table of ``n`` synthetic respondents (skewed categories, rare values present)."""
    rng = np.random.default_rng(seed)
    ids = [f"PSN-{i:010d}" for i in range(n)]
    frame = pl.DataFrame(
        {
            "pseudonymous_id": ids,
            "submitted_at": ["2026-01-01T10:00:00"] * n,
            "consent": ["yes"] * n,
            **{f"wb_{i}": rng.integers(1, 6, n) for i in range(1, 8)},
            "ft_experience": [f"raw experience text {i}" for i in range(n)],
            "ft_barriers": [f"raw barriers text {i}" for i in range(n)],
            "ft_suggestions": [f"raw suggestions text {i}" for i in range(n)],
            "gender": _pick(rng, GENDERS, n),
            "age_band": _pick(rng, AGE_BANDS, n),
            "service_branch": _pick(rng, BRANCHES, n),
            "rank_band": _pick(rng, RANKS, n),
            "base": _pick(rng, BASES, n),
            "role": _pick(rng, ROLES, n),
            "tenure_years": rng.integers(0, 46, n),
            "sickness_absence_days": np.minimum(rng.exponential(8, n).astype(int), 365),
            "turnover_status": _pick(rng, TURNOVER, n),
            "programme_group": list(rng.choice(["intervention", "comparison"], n)),
        }
    )
    return frame


ADMIN_COLUMNS = [
    "pseudonymous_id",
    "gender",
    "age_band",
    "service_branch",
    "rank_band",
    "base",
    "role",
    "tenure_years",
    "sickness_absence_days",
    "turnover_status",
    "programme_group",
]


def population_for(linked: pl.DataFrame, extra: int, seed: int = 99) -> pl.DataFrame:
    """The provider's extract: the linked respondents' admin columns plus ``extra`` staff
    who did not answer (same distributions, their own IDs)."""
    others = linked_table(extra, seed).select(ADMIN_COLUMNS)
    others = others.with_columns(
        pl.format("PSN-X{}", pl.int_range(pl.len()).cast(pl.String).str.zfill(9)).alias(
            "pseudonymous_id"
        )
    )
    return pl.concat([linked.select(ADMIN_COLUMNS), others])


def sdc_section(values: dict | None) -> SdcSection:
    """An ``sdc`` section as the study's settings hold it (what it leaves out: the schema's)."""
    section: SdcSection = read_section("sdc", values, ".")
    return section


def outcome_section(values: dict | None, root: Path | str = ".") -> OutcomeSettings:
    """An ``outcome`` section as the study's settings hold it, paths resolved against root."""
    section: OutcomeSettings = read_section("outcome", values, root)
    return section


def schema_rules(**overrides: object) -> CheckRules:
    """The output-check rules of an ``outcome`` section that sets none (the schema's, which
    are ACRO's defaults), with ``overrides``."""
    rules = CheckRules.from_config(outcome_section({"tables": []}))
    return dataclasses.replace(rules, **overrides)  # type: ignore[arg-type]
