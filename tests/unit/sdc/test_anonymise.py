"""Anonymise: k and l hold or the stage refuses; suppression within limit; random archive IDs."""

from __future__ import annotations

import base64
import os
import stat

import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealflow.errors import ConfigError, DisclosureError, InputSchemaError
from sealflow.sdc.anonymise import _base32_rows, anonymise, anonymise_table
from sealflow.sdc.hierarchy import build_hierarchy

from .synthetic import linked_table, sdc_section

SDC = {
    "k": 5,
    "l": 2,
    "sensitive": ["turnover_status"],
    "suppression_limit": 0.05,
    "risk_threshold": 0.2,
    "drop_columns": ["submitted_at"],
    "free_text": ["ft_experience", "ft_barriers", "ft_suggestions"],
    "quasi_identifiers": {
        "gender": {"levels": [{"map": {"Non-binary": "Other", "Prefer not to say": "Other"}}]},
        "tenure_years": {"levels": [{"bands": [0, 5, 10, 20, 30]}, {"bands": [0, 10, 20]}]},
        "sickness_absence_days": {"levels": [{"top_code": 20}, {"bands": [0, 5, 20]}]},
        "rank_band": {"levels": [{"rare_to_other": 30}]},
        "base": {"levels": [{"rare_to_other": 30}]},
    },
}
QUASI = list(SDC["quasi_identifiers"])


def measured_k_l(released: pl.DataFrame, linked: pl.DataFrame, report: dict) -> tuple[int, int]:
    """k and l measured independently in plain Python. A released row's class is the rows
    whose true (generalised, unblanked) values agree with its released values, a blank
    ("*") matching anything; its l counts the turnover values of the released rows a
    reader who knows the row's true values cannot tell apart from it."""
    levels = report["information_loss"]["generalisation"]
    truth_by_row = {}
    columns = []
    for column in QUASI:
        h = build_hierarchy(linked[column], SDC["quasi_identifiers"][column], column)
        columns.append(h.level_labels(levels[column]["level"]).to_list())
    truth_by_row = dict(enumerate(zip(*columns, strict=True)))
    shown = released.select(QUASI).rows()
    truth = [truth_by_row[i] for i in released["row_id"].to_list()]
    status = released["turnover_status"].to_list()

    def consistent(shown_row: tuple, true_row: tuple) -> bool:
        return all(s in ("*", t) for s, t in zip(shown_row, true_row, strict=True))

    k = ell = len(shown)
    for mine, my_truth in zip(shown, truth, strict=True):
        k = min(k, sum(consistent(mine, other) for other in truth))
        seen = {status[i] for i, other in enumerate(shown) if consistent(other, my_truth)}
        ell = min(ell, len(seen))
    return k, ell


random_tables = st.fixed_dictionaries(
    {
        "n": st.integers(1, 400),
        "seed": st.integers(0, 10_000),
        "k": st.integers(2, 12),
        "l": st.integers(1, 3),
        "limit": st.sampled_from([0.0, 0.01, 0.05, 0.2]),
    }
)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(case=random_tables)
def test_when_random_table_then_k_and_l_hold_within_limit_or_stage_refuses(case):
    linked = linked_table(case["n"], case["seed"]).with_columns(
        pl.int_range(pl.len()).alias("row_id")
    )
    sdc = {**SDC, "k": case["k"], "l": case["l"], "suppression_limit": case["limit"]}
    try:
        result = anonymise_table(linked, sdc_section(sdc))
    except DisclosureError as refusal:
        assert "Best node" in str(refusal)
        return
    released = result.frame
    suppressed = linked.height - released.height
    assert suppressed <= int(case["limit"] * linked.height + 1e-9)
    assert result.report["information_loss"]["suppressed_records"] == suppressed
    assert released.height > 0
    k, ell = measured_k_l(released, linked, result.report)
    assert k >= case["k"] and ell >= case["l"]
    assert result.report["achieved"] == {"k": k, "l": ell}


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(n=st.integers(50, 400), seed=st.integers(0, 10_000))
def test_when_run_twice_on_same_input_then_archive_ids_differ_and_are_unique(n, seed):
    linked = linked_table(n, seed)
    first = anonymise_table(linked, sdc_section(SDC)).frame["archive_id"]
    second = anonymise_table(linked, sdc_section(SDC)).frame["archive_id"]
    assert first.n_unique() == first.len()
    assert not set(first.to_list()) & set(second.to_list())
    assert all(a.startswith("ARC-") and len(a) == 20 for a in first.to_list())


def test_when_anonymised_then_identifiers_gone_and_free_text_is_the_scrubbed_version():
    linked = linked_table(300, 4)
    scrubbed = linked.select(
        "pseudonymous_id",
        *[pl.lit(f"[SCRUBBED {c}]").alias(c) for c in SDC["free_text"]],
    )
    released = anonymise_table(linked, sdc_section(SDC), scrubbed).frame
    assert "pseudonymous_id" not in released.columns
    assert "submitted_at" not in released.columns
    assert released["ft_barriers"].unique().to_list() == ["[SCRUBBED ft_barriers]"]
    assert released.columns[0] == "archive_id"


def test_when_no_scrubbed_table_then_free_text_is_dropped_and_reported():
    result = anonymise_table(linked_table(200, 5), sdc_section(SDC))
    assert not set(SDC["free_text"]) & set(result.frame.columns)
    assert result.report["free_text"].startswith("dropped")


def test_when_scrubbed_table_lacks_a_row_then_that_text_is_null_never_raw():
    linked = linked_table(200, 6)
    scrubbed = linked.head(100).select(
        "pseudonymous_id", *[pl.lit("clean").alias(c) for c in SDC["free_text"]]
    )
    released = anonymise_table(linked, sdc_section(SDC), scrubbed).frame
    assert set(released["ft_experience"].drop_nulls().unique().to_list()) == {"clean"}


def test_when_row_order_given_then_release_order_is_random_not_input_order():
    linked = linked_table(300, 7).with_columns(pl.int_range(pl.len()).alias("row_number"))
    released = anonymise_table(linked, sdc_section(SDC)).frame["row_number"].to_list()
    assert released != sorted(released)


@pytest.mark.parametrize(
    "change, error, message",
    [
        (lambda f: f.drop("pseudonymous_id"), InputSchemaError, "pseudonymous_id is missing"),
        (lambda f: f.drop("base"), ConfigError, "column 'base' is not in the table"),
        (lambda f: f.drop("turnover_status"), ConfigError, "sdc.sensitive"),
        (lambda f: f.head(0), InputSchemaError, "no rows"),
    ],
)
def test_when_input_is_wrong_then_clear_error(change, error, message):
    with pytest.raises(error, match=message):
        anonymise_table(change(linked_table(50, 1)), sdc_section(SDC))


@pytest.mark.parametrize(
    "change, message",
    [
        ({"sensitive": []}, "l-diversity needs sdc.sensitive"),
        ({"sensitive": ["gender"]}, "also a quasi-identifier"),
        ({"quasi_identifiers": {}}, "name at least one quasi-identifier"),
    ],
)
def test_when_config_is_inconsistent_then_config_error(change, message):
    with pytest.raises(ConfigError, match=message):
        anonymise_table(linked_table(50, 1), sdc_section({**SDC, **change}))


def test_when_written_then_parquet_is_private_and_risk_json_exists(tmp_path):
    linked_path = tmp_path / "work/link/linked.parquet"
    linked_path.parent.mkdir(parents=True)
    linked_table(300, 8).write_parquet(linked_path)
    out = tmp_path / "work/anonymise/anonymised.parquet"
    risk = tmp_path / "results/anonymise/risk.json"
    report = anonymise(sdc_section(SDC), linked_path, out, risk)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(out.parent).st_mode) == 0o700
    assert risk.is_file() and report["released_records"] == pl.read_parquet(out).height
    assert "PSN-" not in risk.read_text()


def test_when_stage_refuses_then_no_output_is_left(tmp_path):
    linked_path = tmp_path / "linked.parquet"
    linked_table(30, 9).write_parquet(linked_path)
    out, risk = tmp_path / "out/anonymised.parquet", tmp_path / "results/risk.json"
    impossible = {**SDC, "k": 1000}
    with pytest.raises(DisclosureError, match="smaller than k=1000"):
        anonymise(sdc_section(impossible), linked_path, out, risk)
    assert not out.exists() and not risk.exists()
    assert not list(tmp_path.rglob("*.part"))


def test_when_linked_file_missing_then_error_names_it(tmp_path):
    with pytest.raises(InputSchemaError, match=r"linked\.parquet: file not found"):
        anonymise(
            sdc_section(SDC),
            tmp_path / "linked.parquet",
            tmp_path / "a.parquet",
            tmp_path / "r.json",
        )


def test_when_limit_allows_suppressing_everything_then_stage_still_refuses():
    with pytest.raises(DisclosureError, match="no generalisation meets"):
        anonymise_table(linked_table(8, 2), sdc_section({**SDC, "k": 10, "suppression_limit": 1.0}))


@settings(max_examples=30, deadline=None)
@given(raw=st.binary(min_size=10, max_size=400).map(lambda b: b[: len(b) // 10 * 10]))
def test_when_archive_ids_are_encoded_in_numpy_then_they_equal_the_standard_base32(raw):
    count = len(raw) // 10
    expected = [base64.b32encode(raw[i : i + 10]).decode("ascii") for i in range(0, len(raw), 10)]
    assert _base32_rows(raw, count) == expected
