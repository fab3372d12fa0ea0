"""The outcome pack goes to the provider: every column it holds is a key variable of the
pack's quote checks (provenance), not only the configured quasi-identifiers (issue 15)."""

from __future__ import annotations

import csv

import polars as pl
import pytest

from sealflow.sdc.quote_leakage import QuoteLeakageChecker
from sealflow.sdc.quotes import provider_key_variables, write_candidates

from .synthetic import linked_table, sdc_section

SDC = {
    "k": 10,
    "quasi_identifiers": {"rank_band": {}, "base": {}},
    "sensitive": ["turnover_status"],
    "public_columns": {},
}
QUOTE = "Being one of the few in Kestrel Flight made the programme feel like it was for others."


def extract_with_unit() -> pl.DataFrame:
    """The provider's extract with a column no configured list names: a small unit."""
    frame = linked_table(400, 7)
    index = pl.int_range(pl.len())
    unit = pl.when(index < 3).then(pl.lit("Kestrel Flight")).otherwise(pl.lit("Harrier Wing"))
    return frame.with_columns(unit.alias("unit"))


def write_interview(folder) -> None:
    folder.mkdir()
    (folder / "interview_01.txt").write_text(f"Participant: {QUOTE}\n", encoding="utf-8")


@pytest.mark.parametrize(
    "sdc, flagged",
    [
        (SDC, True),  # the provider holds `unit`: a key variable of the pack
        ({**SDC, "public_columns": {"unit": "every unit is on the public web site"}}, False),
        (None, False),  # no provenance given: the configured kinds only (the old checks)
    ],
)
def test_when_a_provider_held_column_is_not_configured_then_quotes_are_checked_on_it(
    tmp_path, sdc, flagged
):
    write_interview(tmp_path / "transcripts")
    population = extract_with_unit()
    population.write_parquet(tmp_path / "admin.parquet")
    population.drop("unit").write_parquet(tmp_path / "linked.parquet")
    out = tmp_path / "candidates.csv"
    write_candidates(
        tmp_path / "transcripts",
        tmp_path / "linked.parquet",
        out,
        k=10,
        min_words=5,
        max_words=120,
        population_path=tmp_path / "admin.parquet",
        sdc=sdc_section(sdc),
    )
    with open(out, encoding="utf-8", newline="") as fh:
        (row,) = list(csv.DictReader(fh))
    assert row["leakage_flag"] == ("yes" if flagged else "no")
    if flagged:
        assert "unit Kestrel Flight" in row["leakage_reason"]
        assert "3 records in the population extract fit" in row["leakage_reason"]


def test_when_key_variables_come_from_provenance_then_every_held_column_is_one():
    population = extract_with_unit()
    keys = provider_key_variables(population, sdc_section(SDC))
    assert keys is not None
    assert "unit" in keys and "rank_band" in keys and "turnover_status" in keys
    assert "pseudonymous_id" not in keys


def test_when_a_held_value_is_common_then_the_quote_is_not_flagged():
    population = extract_with_unit()
    checker = QuoteLeakageChecker(population, 10, "population extract", ["unit"])
    finding = checker.check("Everyone in Harrier Wing got the same sessions as the rest of us.")
    assert [m.column for m in finding.mentions] == ["unit"]
    assert not finding.flagged
