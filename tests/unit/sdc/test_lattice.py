"""The lattice search: optimal against an exhaustive brute force, monotone, refuses clearly."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict

import numpy as np
import polars as pl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealflow.errors import DisclosureError
from sealflow.sdc.hierarchy import build_hierarchy
from sealflow.sdc.lattice import LatticeSearch, Models, precision_loss

SPECS = {
    "age": {"levels": [{"bands": [0, 10, 20, 30]}, {"bands": [0, 20]}]},
    "branch": {"levels": [{"map": {"a": "ab", "b": "ab", "c": "cd", "d": "cd"}}]},
    "sex": {"levels": []},
}


def brute_force_needed(frame: pl.DataFrame, hierarchies, node, models: Models) -> int:
    """Records in classes failing k or l at ``node``, counted with plain Python."""
    labels = [h.level_labels(level).to_list() for h, level in zip(hierarchies, node, strict=True)]
    keys = list(zip(*labels, strict=True))
    sizes = Counter(keys)
    distinct: dict[tuple, set] = defaultdict(set)
    for key, value in zip(keys, frame["status"].to_list(), strict=True):
        distinct[key].add(value)
    return sum(
        size
        for key, size in sizes.items()
        if size < models.k or (models.sensitive and len(distinct[key]) < models.l_diversity)
    )


tables = st.integers(min_value=5, max_value=120).flatmap(
    lambda n: st.fixed_dictionaries(
        {
            "age": st.lists(st.integers(0, 40), min_size=n, max_size=n),
            "branch": st.lists(st.sampled_from("abcd"), min_size=n, max_size=n),
            "sex": st.lists(st.sampled_from("FM"), min_size=n, max_size=n),
            "status": st.lists(st.sampled_from(["in", "left", "moved"]), min_size=n, max_size=n),
        }
    )
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=tables, k=st.integers(2, 6), ell=st.integers(1, 2), limit=st.sampled_from([0.0, 0.1]))
def test_when_searched_then_best_node_is_the_brute_force_optimum(data, k, ell, limit):
    frame = pl.DataFrame(data)
    hierarchies = [build_hierarchy(frame[c], SPECS[c], c) for c in SPECS]
    models = Models(k=k, l_diversity=ell, sensitive=("status",), suppression_limit=limit)
    codes = {"status": frame["status"].cast(pl.Categorical).to_physical().to_numpy()}
    search = LatticeSearch(hierarchies, codes, models)
    heights = [h.height for h in hierarchies]
    budget = int(np.floor(limit * frame.height + 1e-9))
    satisfying = {
        node: needed
        for node in itertools.product(*(range(h + 1) for h in heights))
        if (needed := brute_force_needed(frame, hierarchies, node, models)) <= budget
    }
    if not satisfying:
        with pytest.raises(DisclosureError):
            search.search()
        return
    result = search.search()
    best_loss = min(precision_loss(n, heights) for n in satisfying)
    assert result.best.levels in satisfying
    assert result.best.loss == pytest.approx(best_loss)
    assert result.best.records_to_suppress == satisfying[result.best.levels]
    tied = [v for n, v in satisfying.items() if abs(precision_loss(n, heights) - best_loss) < 1e-12]
    assert result.best.records_to_suppress == min(tied)
    # Predictive tagging resolved more nodes than it evaluated, or the lattice is tiny.
    assert result.nodes_evaluated <= result.nodes_total


def test_when_nothing_satisfies_then_refusal_names_best_node_and_blockers():
    frame = pl.DataFrame({"sex": ["F", "M", "M"], "status": ["in", "in", "in"]})
    hierarchies = [build_hierarchy(frame["sex"], {}, "sex")]
    codes = {"status": np.zeros(3, dtype=np.int32)}
    search = LatticeSearch(hierarchies, codes, Models(k=2, l_diversity=2, sensitive=("status",)))
    with pytest.raises(DisclosureError) as caught:
        search.search()
    message = str(caught.value)
    assert "sex=1:suppressed" in message
    assert "fewer than l=2 distinct status" in message
    assert "3 records suppressed" in message
    assert "sdc.suppression_limit" in message


def test_when_table_is_large_then_far_fewer_nodes_are_evaluated_than_exist():
    rng = np.random.default_rng(1)
    n = 3000
    frame = pl.DataFrame(
        {
            "age": rng.integers(0, 41, n),
            "branch": rng.choice(list("abcd"), n),
            "sex": rng.choice(list("FM"), n),
        }
    )
    hierarchies = [build_hierarchy(frame[c], SPECS[c], c) for c in SPECS]
    result = LatticeSearch(hierarchies, {}, Models(k=5, suppression_limit=0.02)).search()
    assert result.nodes_evaluated < result.nodes_total
    assert result.nodes_tagged_failing + result.nodes_tagged_satisfying > result.nodes_evaluated


def test_when_codes_do_not_fit_one_key_then_column_grouping_gives_the_same_result(monkeypatch):
    rng = np.random.default_rng(5)
    n = 2000
    frame = pl.DataFrame(
        {
            "age": rng.integers(0, 41, n),
            "branch": rng.choice(list("abcd"), n),
            "sex": rng.choice(list("FM"), n),
            "status": rng.choice(["in", "left", "moved"], n),
        }
    )
    hierarchies = [build_hierarchy(frame[c], SPECS[c], c) for c in SPECS]
    codes = {"status": frame["status"].cast(pl.Categorical).to_physical().to_numpy()}
    models = Models(k=6, l_diversity=2, sensitive=("status",), suppression_limit=0.03)
    combined = LatticeSearch(hierarchies, codes, models).search()
    monkeypatch.setattr("sealflow.sdc.lattice._strides", lambda cards: None)
    by_columns = LatticeSearch(hierarchies, codes, models).search()
    assert by_columns.best == combined.best


def brute_force_node(frame: pl.DataFrame, hierarchies, node, models: Models) -> tuple[int, int]:
    """(records to suppress, classes) at ``node`` under any l model and t, in plain Python."""
    labels = [h.level_labels(level).to_list() for h, level in zip(hierarchies, node, strict=True)]
    keys = list(zip(*labels, strict=True))
    statuses = frame["status"].to_list()
    overall = Counter(statuses)
    values: dict[tuple, Counter] = defaultdict(Counter)
    for key, value in zip(keys, statuses, strict=True):
        values[key][value] += 1
    needed = 0
    for counts in values.values():
        size = sum(counts.values())
        shares = [c / size for c in counts.values()]
        entropy_l = float(np.exp(-sum(p * np.log(p) for p in shares)))
        t = 0.5 * sum(abs(counts.get(v, 0) / size - overall[v] / frame.height) for v in overall)
        measure = len(counts) if models.l_model == "distinct" else entropy_l
        fails = size < models.k or measure < models.l_diversity - 1e-9
        if models.t_closeness is not None:
            fails = fails or t > models.t_closeness + 1e-12
        needed += size if fails else 0
    return needed, len(values)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=tables,
    k=st.integers(1, 5),
    ell=st.integers(1, 3),
    model=st.sampled_from(["distinct", "entropy"]),
    t_max=st.sampled_from([None, 0.2, 0.5]),
)
def test_when_any_node_is_evaluated_then_counts_match_a_plain_count(data, k, ell, model, t_max):
    frame = pl.DataFrame(data)
    hierarchies = [build_hierarchy(frame[c], SPECS[c], c) for c in SPECS]
    models = Models(k=k, l_diversity=ell, sensitive=("status",), l_model=model, t_closeness=t_max)
    codes = {"status": frame["status"].cast(pl.Categorical).to_physical().to_numpy()}
    search = LatticeSearch(hierarchies, codes, models)
    heights = [h.height for h in hierarchies]
    # Every node, in an order that rolls tables up from cached ones and from the root.
    for node in itertools.product(*(range(h + 1) for h in heights)):
        result = search.evaluate(node)
        needed, classes = brute_force_node(frame, hierarchies, node, models)
        assert (result.records_to_suppress, result.classes) == (needed, classes), node
