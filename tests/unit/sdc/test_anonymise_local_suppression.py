"""Local suppression, wildcard matching, diversity models and non-uniform entropy, on tables
small enough to check by hand."""

from __future__ import annotations

import math

import numpy as np
import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealflow.sdc.anonymise import anonymise_table
from sealflow.sdc.diversity import group_diversity, overall_distribution
from sealflow.sdc.entropy_loss import non_uniform_entropy
from sealflow.sdc.hierarchy import build_hierarchy
from sealflow.sdc.lattice import Models
from sealflow.sdc.matching import BLANK, match_sizes
from sealflow.sdc.treatment import TreatmentSearch

from .synthetic import sdc_section


def search_for(frame: pl.DataFrame, k: int, limit: float = 0.5) -> TreatmentSearch:
    hierarchies = [build_hierarchy(frame[c], {}, c) for c in frame.columns]
    return TreatmentSearch(hierarchies, [], Models(k=k, suppression_limit=limit))


@pytest.mark.parametrize(
    "rows, k, blanked, removed",
    [
        # Three (a, x) and one (a, y): blanking y gives (a, *) which matches all four.
        ([("a", "x")] * 3 + [("a", "y")], 2, 1, 0),
        # Two records block (one each): one blank each, nothing removed.
        ([("a", "x")] * 3 + [("a", "y"), ("b", "x")], 3, 2, 0),
        # Already 2-anonymous: nothing touched.
        ([("a", "x")] * 2 + [("b", "y")] * 2, 2, 0, 0),
        # A record unlike every other in both columns: one blank cannot reach k, a second
        # round blanks the other (as much lost as removing it, but its answers stay).
        ([("a", "x")] * 4 + [("b", "y")], 2, 2, 0),
    ],
)
def test_when_blocking_records_then_fewest_cells_are_blanked(rows, k, blanked, removed):
    frame = pl.DataFrame({"c1": [r[0] for r in rows], "c2": [r[1] for r in rows]})
    treatment = search_for(frame, k).local_suppression((0, 0))
    assert treatment is not None
    assert treatment.cells_blanked == blanked
    assert int(treatment.removed.sum()) == removed
    assert int(treatment.blanks.sum(axis=1).max()) <= (2 if blanked == 2 else 1)


def test_when_either_column_would_do_then_the_cheaper_one_is_blanked():
    # (a, y) is alone; blanking c1 gives (*, y), 4 matches; blanking c2 gives (a, *), 5.
    # Both reach k=3. Blanking "a" (5 of 8 records) loses log2(8/5) bits, blanking "y"
    # (4 of 8) log2(8/4): the cheaper cell is c1.
    rows = [("a", "x")] * 4 + [("a", "y")] + [("b", "y")] * 3
    frame = pl.DataFrame({"c1": [r[0] for r in rows], "c2": [r[1] for r in rows]})
    treatment = search_for(frame, 3).local_suppression((0, 0))
    assert treatment is not None
    assert np.argwhere(treatment.blanks).tolist() == [[4, 0]]
    assert not treatment.removed.any()


def test_when_nue_computed_by_hand_then_it_matches():
    frame = pl.DataFrame({"c": ["a", "a", "b", "c"]})
    h = build_hierarchy(frame["c"], {"levels": [{"map": {"b": "bc", "c": "bc"}}]}, "c")
    total = 2 * math.log2(4 / 2) + 2 * math.log2(4 / 1)  # withholding everything
    # Level 1: a stays (0 bits), b and c become "bc" (log2(2/1) each).
    assert non_uniform_entropy([h], (1,)) == pytest.approx(2 * 1.0 / total)
    # Blank one "a" at level 0: log2(4/2) bits.
    blanks = np.array([[True], [False], [False], [False]])
    assert non_uniform_entropy([h], (0,), blanks) == pytest.approx(1.0 / total)
    assert non_uniform_entropy([h], (2,)) == pytest.approx(1.0)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.integers(1, 3).flatmap(
        lambda q: st.tuples(
            st.lists(st.lists(st.integers(-1, 2), min_size=q, max_size=q), min_size=1, max_size=25),
            st.lists(st.lists(st.integers(-1, 2), min_size=q, max_size=q), min_size=1, max_size=25),
        )
    )
)
def test_when_rows_have_blanks_then_match_sizes_equal_a_brute_force_count(data):
    query, reference = (np.asarray(x, dtype=np.int32) for x in data)
    expected = [
        sum(
            all(a == b or BLANK in (a, b) for a, b in zip(row, other, strict=True))
            for other in reference
        )
        for row in query
    ]
    assert match_sizes(query, reference, [3] * query.shape[1]).tolist() == expected


@pytest.mark.parametrize(
    "values, distinct, entropy_l, t",
    [
        ([0, 1], 2, 2.0, 0.0),
        ([0, 0, 0, 1], 2, math.exp(-(0.75 * math.log(0.75) + 0.25 * math.log(0.25))), 0.25),
        ([0, 0], 1, 1.0, 0.5),
    ],
)
def test_when_one_group_then_distinct_entropy_l_and_t_are_the_textbook_values(
    values, distinct, entropy_l, t
):
    overall = np.array([0.5, 0.5])
    out = group_diversity(
        np.zeros(len(values), dtype=np.int64), np.asarray(values), np.ones(len(values)), overall
    ).row(0, named=True)
    assert out["distinct"] == distinct
    assert out["entropy_l"] == pytest.approx(entropy_l)
    assert out["t"] == pytest.approx(t)
    assert overall_distribution(np.array([0, 1, 1, -1])).tolist() == pytest.approx([1 / 3, 2 / 3])


def test_when_entropy_model_gates_then_a_skewed_class_fails_where_distinct_passes():
    # Class x: 9 "in", 1 "left": distinct l 2 passes l=2, entropy l 1.38 fails. Class y and
    # the whole table are diverse enough (entropy l 2.97 and 2.59).
    frame = pl.DataFrame(
        {
            "pseudonymous_id": [f"PSN-{i}" for i in range(20)],
            "g": ["x"] * 10 + ["y"] * 10,
            "status": ["in"] * 9 + ["left"] + ["in"] * 3 + ["left"] * 3 + ["moved"] * 4,
        }
    )
    base = {"k": 2, "l": 2, "sensitive": ["status"], "quasi_identifiers": {"g": {}}}
    distinct = anonymise_table(frame, sdc_section({**base, "suppression_limit": 0.0}))
    assert distinct.frame["g"].unique().sort().to_list() == ["x", "y"]
    entropy_model = {**base, "l_diversity_model": "entropy", "suppression_limit": 0.0}
    # Blanking g in class x alone would not do: a reader who knows someone is in x still
    # sees only the x rows (blanked) as candidates. So g goes, for both ways of treating.
    for local in (True, False):
        result = anonymise_table(frame, sdc_section({**entropy_model, "local_suppression": local}))
        assert result.frame["g"].unique().to_list() == ["*"]
        assert result.report["achieved_diversity"]["entropy_l"] >= 2 - 1e-9


def test_when_a_column_is_withheld_for_everyone_then_utility_warns_and_says_so():
    frame = pl.DataFrame(
        {
            "pseudonymous_id": [f"PSN-{i}" for i in range(12)],
            "unique_code": [str(i) for i in range(12)],
            "g": ["x"] * 6 + ["y"] * 6,
            "answer": list(range(12)),
        }
    )
    sdc = {"k": 3, "quasi_identifiers": {"unique_code": {}, "g": {}}}
    utility = anonymise_table(frame, sdc_section(sdc)).report["utility"]
    assert utility["columns"]["unique_code"]["status"] == "withheld"
    assert utility["warnings"] == ["unique_code is withheld for every record"]
    assert utility["columns"]["g"]["status"] == "raw"
    assert utility["columns"]["answer"]["analyses"].endswith("(not a key variable)")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(
        st.tuples(st.sampled_from("abc"), st.sampled_from("xyz"), st.sampled_from("pq")),
        min_size=2,
        max_size=40,
    ),
    k=st.integers(2, 4),
)
def test_when_random_small_table_then_only_blocking_records_lose_cells_and_k_holds(rows, k):
    frame = pl.DataFrame({f"c{i}": [r[i] for r in rows] for i in range(3)})
    search = search_for(frame, k, limit=1.0)
    treatment = search.local_suppression((0, 0, 0))
    if treatment is None:  # everything would have to go: refused, never released
        return
    codes, _ = search.codes_at((0, 0, 0))
    sizes = {key: sum(1 for other in rows if other == key) for key in rows}
    blocking = np.array([sizes[r] < k for r in rows])
    touched = treatment.blanks.any(axis=1) | treatment.removed
    assert not (touched & ~blocking).any()
    # Brute force: each released row fits at least k rows' true values.
    shown = np.where(treatment.blanks, BLANK, codes)
    alive = ~treatment.removed
    for row in np.flatnonzero(alive):
        fits = [
            all(s in (BLANK, t) for s, t in zip(shown[row], codes[other], strict=True))
            for other in np.flatnonzero(alive)
        ]
        assert sum(fits) >= k


@pytest.mark.parametrize("t_max, g_released", [(None, ["x", "y"]), (0.3, ["*"])])
def test_when_t_closeness_set_then_classes_far_from_the_whole_table_are_merged(t_max, g_released):
    # Class x is all "in", class y all "left": each is 0.5 from the whole table's 50/50.
    frame = pl.DataFrame(
        {
            "pseudonymous_id": [f"PSN-{i}" for i in range(20)],
            "g": ["x"] * 10 + ["y"] * 10,
            "status": ["in"] * 10 + ["left"] * 10,
        }
    )
    sdc = {
        "k": 2,
        "sensitive": ["status"],
        "quasi_identifiers": {"g": {}},
        "t_closeness": t_max,
        "suppression_limit": 0.0,
    }
    result = anonymise_table(frame, sdc_section(sdc))
    assert sorted(result.frame["g"].unique().to_list()) == g_released
    if t_max is not None:
        assert result.report["achieved_diversity"]["t_closeness"] <= t_max
