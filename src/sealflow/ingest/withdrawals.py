"""Withdrawals: every pseudonymous ID in the withdrawals file leaves every ingested table."""

from __future__ import annotations

import os

import polars as pl

from sealflow.ingest.restricted import with_restricted
from sealflow.ingest.settings import IngestSettings
from sealflow.ingest.table_schema import table_schema
from sealflow.ingest.validate import read_table


def withdrawn_ids(path: str | os.PathLike[str], settings: IngestSettings) -> pl.DataFrame:
    """The distinct withdrawn pseudonymous IDs (one column), after checking the file."""
    withdrawals = read_table(path, table_schema("withdrawals"), settings)
    return with_restricted(withdrawals.select("pseudonymous_id").unique(), path)


def purge_withdrawn(frame: pl.DataFrame, withdrawn: pl.DataFrame) -> tuple[pl.DataFrame, int]:
    """Drop every row whose pseudonymous_id was withdrawn; return the rest and how many went."""
    kept = (
        frame.lazy()
        .join(withdrawn.lazy(), on="pseudonymous_id", how="anti", maintain_order="left")
        .collect()
    )
    return kept, frame.height - kept.height
