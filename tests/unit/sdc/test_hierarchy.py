"""Generalisation hierarchies: labels per level, the coarsening check, and config errors."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.errors import ConfigError
from sealflow.sdc.hierarchy import SUPPRESSED, build_hierarchy


def labels_at(values: list, spec: dict, level: int) -> list[str]:
    hierarchy = build_hierarchy(pl.Series("column", values), spec, "sdc.quasi_identifiers.column")
    return hierarchy.level_labels(level).to_list()


@pytest.mark.parametrize(
    "values, spec, level, expected",
    [
        ([0, 1, 4, 5, 12, 40], {"levels": [{"bands": [0, 5, 10, 20]}]}, 1,
         ["0-4", "0-4", "0-4", "5-9", "10-19", "20+"]),
        ([3, 7], {"levels": [{"bands": [5, 10]}]}, 1, ["<5", "5-9"]),
        ([0, 29, 30, 200], {"levels": [{"top_code": 30}]}, 1, ["0", "29", "30+", "30+"]),
        (["Army", "Royal Marines", "Royal Navy"],
         {"levels": [{"map": {"Royal Marines": "Royal Navy"}}]}, 1,
         ["Army", "Royal Navy", "Royal Navy"]),
        (["a", "b", "c"], {"levels": [{"map": {"a": "x"}, "other": "rest"}]}, 1,
         ["x", "rest", "rest"]),
        (["a"] * 5 + ["b"] * 2, {"levels": [{"rare_to_other": 3}]}, 1, ["a"] * 5 + ["Other"] * 2),
        ([1, 2], {"levels": [{"top_code": 2}]}, 2, [SUPPRESSED, SUPPRESSED]),
        ([None, 3], {"levels": [{"bands": [0, 5]}]}, 1, ["NA", "0-4"]),
        ([0, 1, 2, 9], {"levels": [{"bottom_code": 1}]}, 1, ["<=1", "<=1", "2", "9"]),
        ([0, 2, 3, 7, 8, 12], {"levels": [{"round": 5}]}, 1,
         ["~0", "~0", "~5", "~5", "~10", "~10"]),
        ([0, 3, 30, 41], {"levels": [{"top_code": 30}, {"bottom_code": 3}]}, 2,
         ["<=3", "<=3", "30+", "30+"]),
    ],
)  # fmt: skip
def test_when_level_configured_then_labels_follow_it(values, spec, level, expected):
    assert labels_at(values, spec, level) == expected


def test_when_levels_chain_then_each_coarsens_the_one_below():
    spec = {"levels": [{"top_code": 30}, {"bands": [0, 1, 5, 30]}, {"bands": [0, 5, 30]}]}
    hierarchy = build_hierarchy(pl.Series("days", list(range(0, 60))), spec, "k")
    assert hierarchy.height == 4
    for level in range(hierarchy.height):
        finer = hierarchy.level_labels(level).to_list()
        coarser = hierarchy.level_labels(level + 1).to_list()
        parent: dict[str, str] = {}
        assert all(parent.setdefault(f, c) == c for f, c in zip(finer, coarser, strict=True))


@pytest.mark.parametrize(
    "values, spec, message",
    [
        ([1, 6, 12], {"levels": [{"bands": [0, 10]}, {"bands": [0, 5]}]}, "splits the label"),
        (["a", "b"], {"levels": [{"bands": [0, 5]}]}, "is not a number"),
        ([1], {"levels": [{"bands": [5, 0]}]}, "strictly increasing"),
        ([1], {"levels": [{"bands": [0], "top_code": 3}]}, "exactly one of"),
        ([1], {"levels": ["bands"]}, "expected a mapping"),
        ([1], {"max_level": 7}, "max_level"),
    ],
)
def test_when_hierarchy_is_malformed_then_config_error_names_the_key(values, spec, message):
    with pytest.raises(ConfigError, match=message) as caught:
        build_hierarchy(
            pl.Series("tenure_years", values), spec, "sdc.quasi_identifiers.tenure_years"
        )
    assert "sdc.quasi_identifiers.tenure_years" in str(caught.value)


def test_when_max_level_set_then_hierarchy_stops_there():
    spec = {"levels": [{"bands": [0, 10]}], "max_level": 1}
    hierarchy = build_hierarchy(pl.Series("t", [1, 2, 15]), spec, "k")
    assert hierarchy.height == 1
    assert SUPPRESSED not in hierarchy.labels[-1]


def test_when_codes_looked_up_then_they_match_the_labels():
    values = ["b", "a", "c", "a"]
    hierarchy = build_hierarchy(pl.Series("x", values), {}, "k")
    assert [hierarchy.labels[0][c] for c in hierarchy.level_codes(0)] == values


@settings(max_examples=60, deadline=None)
@given(
    values=st.lists(st.integers(0, 60), min_size=1, max_size=80),
    edges=st.lists(st.integers(0, 60), min_size=2, max_size=8, unique=True),
    data=st.data(),
)
def test_when_bands_nest_then_every_level_is_a_function_of_the_one_below(values, edges, data):
    fine = sorted(edges)
    coarse = sorted(data.draw(st.sets(st.sampled_from(fine), min_size=1)))
    spec = {"levels": [{"bands": fine}, {"bands": coarse}]}
    hierarchy = build_hierarchy(pl.Series("n", values), spec, "k")
    for level in range(hierarchy.height):
        parent: dict[str, str] = {}
        finer = hierarchy.level_labels(level).to_list()
        coarser = hierarchy.level_labels(level + 1).to_list()
        assert all(parent.setdefault(f, c) == c for f, c in zip(finer, coarser, strict=True))


def test_when_population_holds_values_the_sample_lacks_then_they_are_generalised_too():
    sample = pl.Series("base", ["a"] * 4 + ["b"] * 4)
    population = pl.Series("base", ["a", "b", "c", "d"])
    h = build_hierarchy(sample, {"levels": [{"rare_to_other": 2}]}, "base", population)
    assert h.population_codes is not None
    labels = [h.labels[1][code] for code in h.population_level_codes(1)]
    # c and d hold no released record: rare, so "Other" (counted on the sample only).
    assert labels == ["a", "b", "Other", "Other"]
