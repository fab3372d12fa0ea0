"""The restricted list that ingest applies with the withdrawals."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.errors import InputSchemaError
from sealflow.govern.purposes import STAGES
from sealflow.ingest.restricted import (
    FIELDS,
    PROCESSING_STAGES,
    restricted_path,
    with_restricted,
)

IDS = st.sampled_from([f"PSN-{n:010d}" for n in range(8)])
ENTRY = st.tuples(IDS, st.sets(st.sampled_from(STAGES), max_size=4))


def _write(folder: Path, entries: list[tuple[str, set[str]]]) -> Path:
    withdrawals = folder / "withdrawals.csv"
    withdrawals.write_text("pseudonymous_id,withdrawn_on\n")
    with open(restricted_path(withdrawals), "w", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(FIELDS)
        writer.writerows(
            (pid, "restriction", "2026-12-04", " ".join(sorted(s))) for pid, s in entries
        )
    return withdrawals


@settings(max_examples=60, deadline=None)
@given(st.lists(IDS, max_size=5), st.lists(ENTRY, max_size=6))
def test_when_people_are_listed_then_exactly_those_covering_a_processing_stage_are_left_out(
    withdrawn, entries
):
    with tempfile.TemporaryDirectory() as folder:
        withdrawals = _write(Path(folder), entries)
        frame = pl.DataFrame({"pseudonymous_id": withdrawn}, schema={"pseudonymous_id": pl.String})
        out = with_restricted(frame, withdrawals)["pseudonymous_id"].to_list()
    expected = set(withdrawn) | {pid for pid, stages in entries if stages & PROCESSING_STAGES}
    assert sorted(out) == sorted(expected) and len(out) == len(set(out))


def test_when_there_is_no_list_then_only_the_withdrawn_are_left_out(tmp_path):
    frame = pl.DataFrame({"pseudonymous_id": ["PSN-0000000001"]})
    assert with_restricted(frame, tmp_path / "withdrawals.csv").equals(frame)


def test_when_the_list_is_not_sealflows_then_one_error_naming_the_file_and_fix(tmp_path):
    (tmp_path / "restricted.csv").write_text("id,why\nPSN-0000000001,x\n")
    with pytest.raises(InputSchemaError, match=r"restricted.csv: expected the columns"):
        with_restricted(pl.DataFrame({"pseudonymous_id": []}), tmp_path / "withdrawals.csv")
