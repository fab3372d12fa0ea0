"""The hashed / directly indexed distinct rows that replaced np.unique in matching.py."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.sdc.matching import _distinct

keys = st.one_of(
    st.lists(st.integers(0, 50), min_size=0, max_size=300),  # a small key space: indexed
    st.lists(st.integers(-(2**60), 2**60), min_size=0, max_size=300),  # large: hashed
)


@settings(max_examples=60, deadline=None)
@given(values=keys)
def test_when_keys_are_made_distinct_then_rows_ids_and_counts_agree_with_np_unique(values):
    key = np.asarray(values, dtype=np.int64)
    first, inverse, counts = _distinct(key)
    assert inverse is not None
    expected, expected_counts = np.unique(key, return_counts=True)
    assert sorted(key[first].tolist()) == expected.tolist()
    # Each row's id names a distinct key equal to its own, counted as often as it occurs.
    assert (key[first][inverse] == key).all()
    assert sorted(counts.tolist()) == sorted(expected_counts.tolist())
    assert (counts == np.bincount(inverse, minlength=len(first))).all()
    first_only, none, counts_only = _distinct(key, need_inverse=False)
    assert none is None or len(key) == 0
    assert sorted(key[first_only].tolist()) == expected.tolist()
    assert sorted(counts_only.tolist()) == sorted(expected_counts.tolist())
