"""Fixtures: small demo studies built once per module (each takes about a second)."""

from __future__ import annotations

from pathlib import Path

import pytest
from demo_truth_helpers import misplaced

from sealflow.demo.study import init_study

SMALL_STAFF = 200


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo study of SMALL_STAFF people, seed 11; tests must not modify it."""
    root = tmp_path_factory.mktemp("demo") / "study"
    init_study(root, staff=SMALL_STAFF, seed=11)
    return root


@pytest.fixture
def misplaced_truth():
    """``misplaced_truth(study, "planted.jsonl")`` lists records not found where they say."""
    return misplaced
