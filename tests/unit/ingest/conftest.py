"""Fixtures of the ingest tests: a tiny synthetic study per test."""

from __future__ import annotations

from pathlib import Path

import pytest

from .study import TinyStudy, make_tiny_study


@pytest.fixture
def study(tmp_path: Path) -> TinyStudy:
    return make_tiny_study(tmp_path / "study")
