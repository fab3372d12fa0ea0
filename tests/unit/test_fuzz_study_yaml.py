"""Fuzzing config.yaml and parties.yaml: a loaded study or one ConfigError, in bounded memory.

Inputs: random text, the shipped config and the demo's parties.yaml with a value replaced
by anything YAML can hold, and the bombs: anchors and aliases nested into a "billion
laughs", an alias that contains itself, nesting thousands deep. Before the bounds in
sealflow.config.read_yaml, deep nesting raised RecursionError and a laugh under any key
that is validated or quoted in an error took exponential time and memory.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from bounded import result_or_sealflow_error
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sealflow.config import load_config, load_parties
from sealflow.demo.parties import config_text, write_parties
from sealflow.errors import ConfigError

# Sized for the whole file to run in well under 60 s on a busy machine: a load of the whole
# config (pure-Python YAML, traced allocations) takes a good part of a second.
FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
FUZZ_WHOLE = settings(FUZZ, max_examples=15)
# The shipped config without its comments: the same keys, a third of the text to parse.
PLAIN_CONFIG = yaml.safe_dump(yaml.safe_load(config_text()), sort_keys=False)
PARTIES: dict[Path, str] = {}  # each study's genuine parties.yaml, restored after each case
SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner),
    max_leaves=15,
)


def laughs(levels: int, width: int) -> str:
    """Anchor a, then each level a list of ``width`` aliases of the level below."""
    lines = ["l0: &l0 [lol, lol]"]
    for level in range(1, levels + 1):
        aliases = ", ".join([f"*l{level - 1}"] * width)
        lines.append(f"l{level}: &l{level} [{aliases}]")
    return "\n".join(lines) + "\n"


def deep(depth: int, flow: bool) -> str:
    if flow:
        return "[" * depth + "]" * depth + "\n"
    return "".join(f"{' ' * i}k{i}:\n" for i in range(depth)) + " " * depth + "v\n"


BOMBS = (
    st.builds(laughs, st.integers(2, 12), st.integers(2, 12))
    | st.builds(deep, st.integers(50, 1000), st.booleans())
    | st.sampled_from(["a: &a [*a]\n", "a: &a {b: *a}\n", "<<: &m {a: 1}\nb: {<<: *m}\n"])
)


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("yaml")
    (root / "config.yaml").write_text(PLAIN_CONFIG)
    write_parties(root)
    PARTIES[root] = (root / "parties.yaml").read_text()
    return root


@pytest.fixture(scope="module")
def config(study: Path) -> dict:
    """The study's config, loaded once: parties.yaml is read beside it (key parties)."""
    return load_config(study / "config.yaml")


def _load_config(study: Path, text: str) -> object:
    path = study / "case" / "config.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text)
    return result_or_sealflow_error(lambda: load_config(path))


def _load_parties(study: Path, config: dict, text: str) -> object:
    (study / "parties.yaml").write_text(text)
    try:
        return result_or_sealflow_error(lambda: load_parties(config))
    finally:
        (study / "parties.yaml").write_text(PARTIES[study])


def _with_value(text: str, path_index: int, value: object) -> str:
    """``text``'s YAML with one key (chosen by index over every mapping key) set to value."""
    document = yaml.safe_load(text)
    keys: list[tuple[dict, str]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, child in node.items():
                keys.append((node, key))
                walk(child)

    walk(document)
    parent, key = keys[path_index % len(keys)]
    parent[key] = value
    return yaml.safe_dump(document)


@FUZZ
@given(text=st.text(max_size=300) | BOMBS)
def test_when_config_yaml_is_anything_then_a_config_or_one_config_error(study, text):
    _load_config(study, text)


@FUZZ
@given(text=st.text(max_size=300) | BOMBS)
def test_when_parties_yaml_is_anything_then_parties_or_one_config_error(study, config, text):
    _load_parties(study, config, text)


@FUZZ_WHOLE
@given(index=st.integers(min_value=0, max_value=10_000), value=VALUES)
def test_when_a_config_key_holds_any_value_then_a_config_or_one_config_error(study, index, value):
    _load_config(study, _with_value(PLAIN_CONFIG, index, value))


@FUZZ_WHOLE
@given(index=st.integers(min_value=0, max_value=10_000), value=VALUES)
def test_when_a_party_key_holds_any_value_then_parties_or_one_config_error(
    study, config, index, value
):
    _load_parties(study, config, _with_value(PARTIES[study], index, value))


@FUZZ_WHOLE
@given(bomb=BOMBS, index=st.integers(min_value=0, max_value=10_000))
def test_when_a_bomb_sits_under_a_real_key_then_one_config_error(study, bomb, index):
    text = PLAIN_CONFIG
    lines = [i for i, line in enumerate(text.splitlines()) if line and not line[0].isspace()]
    # the bomb as a top-level block replacing one top-level key's line
    at = lines[index % len(lines)]
    cut = text.splitlines()
    cut[at] = bomb.rstrip("\n")
    outcome = _load_config(study, "\n".join(cut) + "\n")
    assert isinstance(outcome, ConfigError)
