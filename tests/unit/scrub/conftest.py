"""Shared fixtures of the scrub tests: one engine per test session (spaCy loads once)."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine, get_engine
from sealflow.scrub.settings import default_settings


@pytest.fixture(scope="session")
def engine() -> ScrubEngine:
    return get_engine(default_settings())
