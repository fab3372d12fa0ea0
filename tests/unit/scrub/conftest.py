"""Shared fixtures of the scrub tests: one engine per test session (spaCy loads once), and
one age recognizer for the property tests that try it on many generated texts."""

from __future__ import annotations

from pathlib import Path

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


# Examples the fine-tuned NER weights (scrub/data/ner, bench/train_ner.py) fail where the
# pinned model's did not, each with why; marked xfail (not strict) so the suite stays a
# record of them, and an entry that names no test any more is an error (the list stays true)
TRADEOFFS = Path(__file__).with_name("fine_tuned_ner_tradeoffs.txt")


def _tradeoffs() -> dict[str, str]:
    known: dict[str, str] = {}
    reason = ""
    for line in TRADEOFFS.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ") and not line.startswith("# -"):
            reason = line[2:].strip()
        elif line.strip() and not line.startswith("#"):
            known[line.strip()] = reason
    return known


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    known = _tradeoffs()
    here = Path(__file__).parent
    seen = set()
    for item in items:
        if item.path.parent != here:
            continue
        name = f"{item.path.name}::{item.name}"
        if name in known:
            seen.add(name)
            item.add_marker(
                pytest.mark.xfail(reason=f"fine-tuned NER trade-off: {known[name]}", strict=False)
            )
    selected = {item.path.name for item in items if item.path.parent == here}
    stale = [n for n in known if n not in seen and n.split("::")[0] in selected]
    whole_files = not any("::" in arg for arg in config.args) and not (
        config.getoption("lf", False) or config.getoption("deselect", None)
    )
    if stale and whole_files and not config.option.keyword and not config.option.markexpr:
        raise pytest.UsageError(f"{TRADEOFFS.name}: entries that name no test: {stale[:5]}")
