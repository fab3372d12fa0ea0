"""Fixtures of the report tests."""

from __future__ import annotations

import pytest
from report_fixtures import make_study_results


@pytest.fixture
def study_results(tmp_path):
    return make_study_results(tmp_path)
