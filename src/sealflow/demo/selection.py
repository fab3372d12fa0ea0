"""Whom the demo interviews: the people the workflow's interview selection will draw.

In a real study the interviews follow the draw: the provider invites the people on the
invitation list, the vendors transcribe their recordings, and every file is named by the
interview ID the selection wrote in the interview map. The demo makes all its files at
once, so it runs the same rule ahead of time on the data it has just made: the survey as
ingest will read it (tokens back to IDs, the latest submission of each person), the
extract, the withdrawals, and the same seeded draw (govern/interviews.py). The demo's
config asks for as many invitees per stratum as it made transcripts, so when the workflow
draws, it draws exactly these people, and its interview map (work/interviews.csv) is the
one that erasure, subject access, quotes and vendor isolation read: no map by hand.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

import polars as pl
import yaml

from sealflow.errors import SealflowError
from sealflow.govern.interviews import ALL, doc_id, draw, eligible_people
from sealflow.ingest.tokens import survey_tokens

_SIZES_LINE = re.compile(r"^(  sizes:) .*$", re.MULTILINE)


@dataclass(frozen=True)
class Interviewees:
    """The drawn people's interview IDs (sorted) and the sizes that draw them."""

    doc_ids: list[str]
    sizes: dict[str, int]
    eligible: int


def demo_interview_key(seed: int) -> bytes:
    """The demo's interview-ID key: from the seed, so the same seed names the same files.

    It protects nothing real (as the demo's survey-token key); a real study's key is made
    from the operating system's random source when the selection first runs.
    """
    return hashlib.sha256(f"sealflow demo interview key\0{seed}".encode()).digest()


def ingested_survey(survey: pl.DataFrame, roster_ids: list[str], token_key: bytes) -> pl.DataFrame:
    """The export as ingest leaves it: pseudonymous IDs, one (the latest) row per person."""
    by_token = dict(zip(survey_tokens(token_key, roster_ids), roster_ids, strict=True))
    known = survey.with_row_index("__row").with_columns(
        pl.col("survey_token").replace_strict(by_token, default=None).alias("pseudonymous_id")
    )
    return (
        known.drop_nulls("pseudonymous_id")
        .sort("submitted_at", "__row")
        .unique("pseudonymous_id", keep="last", maintain_order=True)
        .drop("__row")
    )


def allocate(count: int, people: dict[str, str], strata: list[str]) -> dict[str, int]:
    """``count`` places over the strata in proportion to who is eligible in each."""
    eligible = {s: sum(1 for v in people.values() if v == s) for s in strata}
    total = sum(eligible.values())
    if total == 0:
        return dict.fromkeys(strata, 0)
    quotas = {s: count * n / total for s, n in eligible.items()}
    sizes = {s: int(q) for s, q in quotas.items()}
    by_remainder = sorted(strata, key=lambda s: (-(quotas[s] - sizes[s]), s))
    for stratum in by_remainder[: count - sum(sizes.values())]:
        sizes[stratum] += 1
    return sizes


def interviewees(
    survey: pl.DataFrame,
    admin: pl.DataFrame,
    roster_ids: list[str],
    withdrawn: set[str],
    token_key: bytes,
    interview_key: bytes,
    section: dict[str, Any],
    count: int,
    exact: bool,
) -> Interviewees:
    """Draw ``count`` interviewees as the workflow will (fewer if fewer agreed, unless
    ``exact``: then a study that cannot give that many is refused)."""
    strata = section.get("strata")
    people = eligible_people(
        ingested_survey(survey, roster_ids, token_key),
        admin,
        section["contact_column"],
        strata,
        withdrawn,
    )
    if exact and count > len(people):
        raise SealflowError(
            f"--interviews {count}: only {len(people)} respondents of this demo agreed to be "
            "interviewed; ask for fewer interviews or more --staff"
        )
    names = sorted(set(people.values()) | set(section.get("sizes") or {})) if strata else [ALL]
    sizes = allocate(min(count, len(people)), people, names)
    chosen = draw(people, sizes, int(section["seed"]), set())
    doc_ids = sorted(doc_id(interview_key, pid) for pids in chosen.values() for pid in pids)
    return Interviewees(doc_ids, sizes, len(people))


def with_sizes(config_text: str, sizes: dict[str, int]) -> str:
    """The config text with the interview section's sizes replaced (comments kept)."""
    flow = yaml.safe_dump(sizes, default_flow_style=True, sort_keys=True, width=10_000).strip()
    start = config_text.find("\ninterviews:\n")
    section, replaced = _SIZES_LINE.subn(
        lambda m: f"{m.group(1)} {flow}", config_text[start:], count=1
    )
    if start < 0 or replaced != 1:
        raise SealflowError("sealflow/defaults/config.yaml: no `  sizes:` line under interviews")
    return config_text[:start] + section
