"""Restricted people: kept in the received data, left out of every table made from it.

A restriction of processing (UK GDPR Art. 18), or an objection (Art. 21) that stops the
stages of the purposes objected to, leaves the person's rows where they were received but
takes them out of what ingest writes, exactly as a withdrawal does; everything downstream
(link, scrub, anonymise, outcome, report) reads ingest's tables, so it never sees them.
Lifting the restriction (removing the line) brings them back on the next run.

The list lives beside the withdrawals file (work/restricted.csv by default), written by
`sealflow request restrict|object|lift`: one line per person, ``pseudonymous_id``, the
``right`` (restriction or objection), the date ``since`` and the ``stages`` it covers.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

import polars as pl

from sealflow.errors import InputSchemaError

RESTRICTED_FILE = "restricted.csv"
FIELDS = ("pseudonymous_id", "right", "since", "stages")
# Stages that read what ingest writes (or feed it), the deposit included: a person
# restricted from any of them is left out of ingest's output, so none of them sees their
# rows. The others (keys, receive, transcription, retention, rights) handle whole files.
PROCESSING_STAGES = frozenset(
    {"links", "ingest", "scrub", "link", "anonymise", "outcome", "report", "certify", "deposit"}
)


def restricted_path(withdrawals_csv: str | os.PathLike[str]) -> Path:
    """The restricted list: beside the withdrawals file."""
    return Path(withdrawals_csv).parent / RESTRICTED_FILE


def read_restricted(path: Path) -> list[dict[str, str]]:
    """Every line of the restricted list (none if the file does not exist)."""
    if not path.is_file():
        return []
    with open(path, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if tuple(reader.fieldnames or ()) != FIELDS:
            raise InputSchemaError(
                f"{path}: expected the columns {', '.join(FIELDS)}; it is written by "
                "`sealflow request restrict|object|lift`, restore it from the workspace backup"
            )
        return list(reader)


def restricted_ids(withdrawals_csv: str | os.PathLike[str]) -> list[str]:
    """The IDs to leave out of ingest's output: restrictions and objections to a stage."""
    return sorted(
        {
            line["pseudonymous_id"]
            for line in read_restricted(restricted_path(withdrawals_csv))
            if PROCESSING_STAGES & set(line["stages"].split())
        }
    )


def with_restricted(
    withdrawn: pl.DataFrame, withdrawals_csv: str | os.PathLike[str]
) -> pl.DataFrame:
    """The withdrawn IDs plus the restricted ones (distinct, one column)."""
    extra = pl.DataFrame(
        {"pseudonymous_id": restricted_ids(withdrawals_csv)},
        schema={"pseudonymous_id": withdrawn.schema["pseudonymous_id"]},
    )
    return pl.concat([withdrawn.select("pseudonymous_id"), extra]).unique(maintain_order=True)
