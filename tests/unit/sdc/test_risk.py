"""Risk measures on tables whose answers are known by hand."""

from __future__ import annotations

import polars as pl
import pytest

from sealflow.sdc.privacy import k_anonymity, l_diversity
from sealflow.sdc.risk import risk_measures

# Classes: (F, a) x1, (F, b) x2, (M, a) x3, (M, b) x10
TABLE = pl.DataFrame(
    {
        "sex": ["F"] * 3 + ["M"] * 13,
        "site": ["a", "b", "b", "a", "a", "a"] + ["b"] * 10,
        "status": ["x", "x", "y", "x", "y", "z"] + ["x"] * 9 + ["y"],
    }
)


@pytest.mark.parametrize(
    "measure, expected",
    [
        ("records", 16),
        ("equivalence_classes", 4),
        ("sample_uniques", 1),
        ("prosecutor_risk_highest", 1.0),
        ("prosecutor_risk_average", 4 / 16),
        ("records_above_threshold", 1 + 2 + 3),  # risk 1, 1/2, 1/3 exceed 0.2; 1/10 does not
    ],
)
def test_when_known_table_then_risk_measure_is_exact(measure, expected):
    assert risk_measures(TABLE, ["sex", "site"], threshold=0.2)[measure] == pytest.approx(expected)


def test_when_known_table_then_class_size_distribution_buckets_records():
    buckets = {
        b["size"]: b for b in risk_measures(TABLE, ["sex", "site"], 0.2)["class_size_distribution"]
    }
    assert buckets["1"] == {"size": "1", "classes": 1, "records": 1}
    assert buckets["2"]["records"] == 2 and buckets["3-4"]["records"] == 3
    assert buckets["10-19"] == {"size": "10-19", "classes": 1, "records": 10}
    assert sum(b["records"] for b in buckets.values()) == 16


@pytest.mark.parametrize(
    "quasi, k, ell",
    [(["sex", "site"], 1, 1), (["sex"], 3, 2), ([], 16, 3), (["site"], 4, 2)],
)
def test_when_known_table_then_k_and_l_are_exact(quasi, k, ell):
    assert k_anonymity(TABLE, quasi) == k
    assert l_diversity(TABLE, quasi, ["status"]) == ell


def test_when_table_empty_then_measures_are_zero():
    empty = TABLE.head(0)
    assert risk_measures(empty, ["sex"], 0.2)["records_above_threshold"] == 0
    assert k_anonymity(empty, ["sex"]) == 0
