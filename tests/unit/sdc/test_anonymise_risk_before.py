"""Risk before and after (issue 12): the anonymise report measures the table as it came in
with the same measures as the release, so a reviewer sees what the treatment brought down.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import polars as pl
import pytest
import yaml

from sealflow.sdc.anonymise import anonymise_table

from .synthetic import sdc_section
from .test_anonymise_intruder import demo_study

REPO_CONFIG = Path(__file__).resolve().parents[3] / "config" / "config.yaml"
SDC = yaml.safe_load(REPO_CONFIG.read_text(encoding="utf-8"))["sdc"]


def raw_key_columns(report: dict) -> list[str]:
    return list(report["information_loss"]["generalisation"])


@pytest.mark.parametrize("staff, seed", [(400, 1), (2000, 4)])
def test_when_a_demo_study_is_anonymised_then_risk_before_is_measured_and_higher(staff, seed):
    linked, population = demo_study(staff, seed)
    report = anonymise_table(linked, sdc_section(SDC), population=population).report
    before, after = report["risk_before"], report["risk"]
    keys = raw_key_columns(report)

    # Before, counted plainly: classes of the raw key variables in the sample and the extract.
    sample = linked.group_by(keys).len()
    assert before["records"] == linked.height
    assert before["equivalence_classes"] == sample.height
    assert before["sample_uniques"] == int((sample["len"] == 1).sum())
    assert before["prosecutor_risk_highest"] == pytest.approx(1.0 / int(sample["len"].min()))
    staff_classes = population.group_by(keys).len().rename({"len": "staff"})
    per_row = linked.join(staff_classes, on=keys, how="left", nulls_equal=True)["staff"]
    assert before["population"]["population_uniques"] == int((per_row == 1).sum())
    assert before["population"]["smallest_population_class"] == int(per_row.min())
    distinct = linked.group_by([c for c in keys if c != "turnover_status"]).agg(
        pl.col("turnover_status").n_unique()
    )
    assert before["sensitive"]["turnover_status"]["distinct_l"] == int(
        distinct["turnover_status"].min()
    )

    # The treatment brought the risk down: before and after differ, after meets k.
    assert before["sample_uniques"] > after["sample_uniques"] == 0
    assert before["prosecutor_risk_highest"] > after["prosecutor_risk_highest"]
    assert before["population"]["records_below_k"] > 0
    assert report["disclosure_risk"]["population"]["records_below_k"] == 0
    sizes = {r["size"]: r["records"] for r in before["class_size_distribution"]}
    assert sum(sizes.values()) == linked.height


def test_when_no_population_is_given_then_risk_before_has_the_sample_measures_only():
    linked, _ = demo_study(400, 3)
    sdc = {**SDC, "quasi_identifiers": dict(SDC["quasi_identifiers"])}
    report = anonymise_table(
        linked.drop("programme_group"), sdc_section(_without(sdc, "programme_group"))
    )
    before = report.report["risk_before"]
    assert before["population"] is None
    assert before["sample_uniques"] >= report.report["risk"]["sample_uniques"]
    assert np.isfinite(before["prosecutor_risk_average"])


def _without(sdc: dict, column: str) -> dict:
    sdc["quasi_identifiers"].pop(column, None)
    return sdc
