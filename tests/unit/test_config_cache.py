"""The record of validated study files (config_cache.py): as safe as validating every time.

A recorded result is used only for exactly the bytes it was made from, with the same
schemas and validating code; anything else validates again and refuses what is invalid with
the same error as a study that never had a record.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow import config_cache
from sealflow.config import load_config, load_parties
from sealflow.errors import ConfigError

REPO = Path(__file__).resolve().parents[2]
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
PARTIES = {
    "parties": {
        name: {
            "role": role,
            "age_recipient": "age1" + (BECH32 * 2)[:58],
            "minisign_public_key": "RW" + "A" * 54,
            "transport": "local",
        }
        for name, role in [("evaluator", "evaluator"), ("provider", "provider")]
    }
}


def _study(folder: Path, workspace: bool = True) -> Path:
    """The shipped config.yaml (root ".") and a valid parties.yaml; ``workspace``: its
    work/ folder exists (where the record goes), else no record can be kept."""
    config = yaml.safe_load((REPO / "config/config.yaml").read_text())
    config["root"] = "."
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.yaml").write_text(yaml.safe_dump(config))
    (folder / "parties.yaml").write_text(yaml.safe_dump(PARTIES))
    if workspace:
        (folder / config["workspace"]).mkdir()
    return folder / "config.yaml"


def _record(config_path: Path) -> Path:
    return config_path.parent / "work" / config_cache.RECORD_NAME


def _load_in_fresh_process(config_path: Path) -> dict[str, object]:
    """load_config and load_parties in a new interpreter: their results, and whether
    jsonschema was imported."""
    script = (
        "import json, sys\n"
        "from sealflow.config import load_config, load_parties\n"
        "config = load_config(sys.argv[1]); parties = load_parties(config)\n"
        "print(json.dumps({'config': config, 'parties': parties,\n"
        "                  'jsonschema': 'jsonschema' in sys.modules}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    done = subprocess.run(
        [sys.executable, "-c", script, str(config_path)],
        check=True, capture_output=True, text=True, env=env,
    )  # fmt: skip
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_when_the_same_files_are_loaded_again_then_jsonschema_is_not_imported_and_all_is_equal(
    tmp_path,
):
    config_path = _study(tmp_path)
    first = _load_in_fresh_process(config_path)
    second = _load_in_fresh_process(config_path)
    assert first["jsonschema"] is True
    assert second["jsonschema"] is False
    assert second["config"] == first["config"]
    assert second["parties"] == first["parties"]
    assert stat.S_IMODE(_record(config_path).stat().st_mode) == 0o600


def test_when_the_workspace_folder_is_missing_then_nothing_is_recorded(tmp_path):
    config_path = _study(tmp_path, workspace=False)
    load_parties(load_config(config_path))
    assert not (tmp_path / "work").exists()


BROKEN = [
    ("config", "evaluator: evaluator", "evaluator: 7"),
    ("config", "workspace: work", "workspace: [work]"),
    ("parties", "transport: local", "transport: pigeon"),
    ("parties", "role: provider", "role: provide"),
]


@pytest.mark.parametrize(("file", "old", "new"), BROKEN)
def test_when_a_recorded_file_is_broken_then_it_is_refused_with_the_error_of_no_record(
    tmp_path, file, old, new
):
    recorded = _study(tmp_path / "recorded")
    never = _study(tmp_path / "never", workspace=False)
    load_parties(load_config(recorded))  # the record now holds both files
    assert _record(recorded).is_file()
    errors = []
    for config_path in (recorded, never):
        target = config_path.parent / f"{file}.yaml"
        text = target.read_text()
        assert old in text
        target.write_text(text.replace(old, new, 1))
        with pytest.raises(ConfigError) as excinfo:
            load_parties(load_config(config_path))
        errors.append(str(excinfo.value).replace(str(config_path.parent), "STUDY"))
    assert errors[0] == errors[1]


@pytest.mark.parametrize("part", ["inputs", "result", "check"])
def test_when_the_record_is_tampered_then_the_files_are_validated_again(tmp_path, part):
    config_path = _study(tmp_path)
    expected = load_config(config_path)
    record = _record(config_path)
    document = json.loads(record.read_text())
    entry = document["config"]
    if part == "result":  # a different result under the right inputs digest
        entry["result"] = entry["result"].replace('"evaluator"', '"provider"', 1)
    else:
        entry[part] = "0" * 64
    record.write_text(json.dumps(document))
    reloaded = _load_in_fresh_process(config_path)
    assert reloaded["jsonschema"] is True
    assert reloaded["config"] == expected


def _inputs(tmp_path: Path) -> config_cache.Inputs:
    schemas = tmp_path / "schemas"
    schemas.mkdir(exist_ok=True)
    (schemas / "x.schema.yaml").write_text("type: object\n")
    code = tmp_path / "validator.py"
    code.write_text("# the validating code\n")
    return config_cache.Inputs((code,), schemas)


@settings(max_examples=60, deadline=None)
@given(
    data=st.binary(min_size=1, max_size=200), where=st.integers(min_value=0), bit=st.integers(0, 7)
)
def test_when_any_bit_of_the_file_changes_then_no_result_is_recalled(
    tmp_path_factory, data, where, bit
):
    folder = tmp_path_factory.mktemp("record")
    inputs = _inputs(folder)
    record = folder / config_cache.RECORD_NAME
    config_cache.remember(record, "config", data, inputs, {"root": "."})
    assert config_cache.recall(record, "config", data, inputs) == {"root": "."}
    changed = bytearray(data)
    changed[where % len(data)] ^= 1 << bit
    assert config_cache.recall(record, "config", bytes(changed), inputs) is None
    assert config_cache.recall(record, "parties", data, inputs) is None  # another kind


@pytest.mark.parametrize("changed", ["schema", "code"])
def test_when_a_schema_or_the_validating_code_changes_then_no_result_is_recalled(tmp_path, changed):
    record = tmp_path / config_cache.RECORD_NAME
    inputs = _inputs(tmp_path)
    config_cache.remember(record, "config", b"root: .\n", inputs, {"root": "."})
    target = tmp_path / ("schemas/x.schema.yaml" if changed == "schema" else "validator.py")
    target.write_text(target.read_text() + " ")
    config_cache._fixed_inputs.cache_clear()  # a new process reads them afresh
    assert config_cache.recall(record, "config", b"root: .\n", inputs) is None


@pytest.mark.parametrize(
    "result",
    [
        {"when": __import__("datetime").date(2026, 1, 1)},
        {1: "a key that is not text"},
        {"x": float("nan")},
    ],
)
def test_when_a_result_does_not_survive_json_exactly_then_nothing_is_recorded(tmp_path, result):
    record = tmp_path / config_cache.RECORD_NAME
    config_cache.remember(record, "config", b"data", _inputs(tmp_path), result)
    assert not record.exists()
