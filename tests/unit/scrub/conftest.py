"""Shared fixtures of the scrub tests: one engine per test session (spaCy loads once), and
one age recognizer for the property tests that try it on many generated texts."""

from __future__ import annotations

import pytest

from sealflow.scrub.engine import ScrubEngine, get_engine
from sealflow.scrub.recognizers.generic.age_recognizer import AgeRecognizer
from sealflow.scrub.settings import default_settings


@pytest.fixture(scope="session")
def engine() -> ScrubEngine:
    return get_engine(default_settings())


@pytest.fixture(scope="session")
def age_recognizer() -> AgeRecognizer:
    """Built once: building one compiles its patterns (~0.3 s of CPU), and a property test
    built one per example (80 examples: ~30 s a test). Its analyze keeps nothing between
    texts, as in the engine, which also uses one for every document."""
    return AgeRecognizer()
