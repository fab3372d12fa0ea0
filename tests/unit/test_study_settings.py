"""The typed settings layer: fields equal the schema's keys, defaults come from the schema only,
and both front doors (the CLI's load_config, the workflow's validate) build equal settings."""

from __future__ import annotations

import copy
import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow import settings as s
from sealflow.config import SCHEMA_DIR, fill_defaults, load_config, schema


def _section(name: str, *path: str) -> dict:
    spec = schema(name)
    for step in path:
        spec = spec["properties"][step] if step != "items" else spec["items"]
    return spec


SECTIONS = [
    (s.StudySettings, _section("config")),
    (s.StudyIdentity, _section("config", "study")),
    (s.KeysSettings, _section("config.keys")),
    (s.InputsSettings, _section("config.inputs")),
    (s.LinksSettings, _section("config.links")),
    (s.IngestSection, _section("config.ingest")),
    (s.ExchangeSettings, _section("config.exchange")),
    (s.SftpSettings, _section("config.exchange", "sftp")),
    (s.ScrubSection, _section("config.scrub")),
    (s.SdcSection, _section("config.sdc")),
    (s.OutcomeSettings, _section("config.outcome")),
    (s.OutcomeTable, _section("config.outcome", "tables", "items")),
    (s.QuotesSettings, _section("config.outcome", "quotes")),
    (s.RetentionSection, _section("config.retention")),
    (s.InterviewsSettings, _section("config.interviews")),
    (s.Purpose, _section("config.purposes", "items")),
    (s.CertifySettings, _section("config.certify")),
    (s.DepositSection, _section("config.deposit")),
]


@pytest.mark.parametrize(("cls", "spec"), SECTIONS, ids=[c.__name__ for c, _ in SECTIONS])
def test_when_a_settings_class_is_compared_with_its_schema_then_the_keys_are_the_same(cls, spec):
    assert [f.name for f in dataclasses.fields(cls)] == list(spec["properties"])


@pytest.mark.parametrize(("cls", "spec"), SECTIONS, ids=[c.__name__ for c, _ in SECTIONS])
def test_when_a_settings_class_is_built_then_it_is_frozen_and_has_no_defaults_of_its_own(cls, spec):
    for field in dataclasses.fields(cls):
        assert field.default is dataclasses.MISSING, f"{cls.__name__}.{field.name}"
        assert field.default_factory is dataclasses.MISSING, f"{cls.__name__}.{field.name}"
    assert cls.__dataclass_params__.frozen
    assert "__slots__" in vars(cls)


def test_when_the_config_schema_is_read_then_every_section_has_a_settings_class():
    classes = {id(spec) for _, spec in SECTIONS}
    top = schema("config")["properties"]
    for name, prop in top.items():
        if "$ref" in prop:
            section = schema(prop["$ref"].removesuffix(".schema.yaml"))
            section = section.get("items", section)  # purposes: a list of entries
            assert id(section) in classes, name


def _minimal(root: Path, **sections: object) -> dict:
    """A config with only the required keys (as a study that predates the sections)."""
    required = {"root": str(root), "study": {"name": "A study"}, "evaluator": "evaluator",
                "parties": "parties.yaml", "workspace": "work", "results": "results",
                "logs": "logs"}  # fmt: skip
    return {**required, **sections}


@pytest.fixture(scope="module")
def demo_study(tmp_path_factory) -> Path:
    study = tmp_path_factory.mktemp("settings") / "study"
    sealflow_cli = str(Path(sys.executable).parent / "sealflow")
    subprocess.run([sealflow_cli, "demo", "init", str(study), "--staff", "20"], check=True,
                   capture_output=True)  # fmt: skip
    return study


@pytest.fixture(scope="module")
def both_doors(demo_study) -> tuple[s.StudySettings, s.StudySettings]:
    """The demo study's settings as the CLI builds them and as the workflow does."""
    from snakemake.utils import validate as snakemake_validate

    raw = yaml.safe_load((demo_study / "config.yaml").read_text(encoding="utf-8"))
    workflow_config = copy.deepcopy(raw)
    snakemake_validate(workflow_config, schema=str(SCHEMA_DIR / "config.schema.yaml"))
    fill_defaults(workflow_config, "config")  # what workflow/rules/common.smk does next
    # The workflow resolves root against the config file's folder and runs there.
    from_workflow = s.StudySettings.from_config(workflow_config, root=demo_study)
    from_cli = s.StudySettings.from_config(load_config(demo_study / "config.yaml"))
    return from_cli, from_workflow


def test_when_cli_and_snakemake_load_the_demo_config_then_their_study_settings_are_equal(
    demo_study, both_doors
):
    from_cli, from_workflow = both_doors
    assert from_cli == from_workflow
    assert from_cli.root == demo_study.resolve()


def _models(study: s.StudySettings) -> object:
    from sealflow.sdc.anonymise import models_from_config

    assert study.sdc is not None
    return models_from_config(study.sdc)


def _check_rules(study: s.StudySettings) -> object:
    from sealflow.sdc.cell_checks import CheckRules

    assert study.outcome is not None
    return CheckRules.from_config(study.outcome)


def _sftp_endpoint(study: s.StudySettings) -> object:
    from sealflow.exchange.sftp import SftpEndpoint

    entry = {"host": "sftp.example", "user": "study", "known_hosts": "known_hosts"}
    return SftpEndpoint.from_config("provider", entry, study.root, study.exchange.sftp)


CORE_INPUTS = {
    "sdc section": lambda study: study.sdc,
    "sdc privacy models": _models,
    "outcome check rules": _check_rules,
    "exchange section": lambda study: study.exchange,
    "sftp endpoint": _sftp_endpoint,
}


@pytest.mark.parametrize("build", CORE_INPUTS.values(), ids=CORE_INPUTS.keys())
def test_when_cli_and_snakemake_load_the_demo_config_then_sdc_and_exchange_cores_get_equal_inputs(
    both_doors, build
):
    from_cli, from_workflow = both_doors
    built = build(from_cli)
    assert built is not None  # the demo study sets the section: a real comparison
    assert built == build(from_workflow)


def test_when_sections_are_left_out_then_schema_defaults_fill_them_and_paths_are_absolute(
    tmp_path,
):
    built = s.StudySettings.from_config(_minimal(tmp_path, results="out"))
    root = tmp_path.resolve()
    assert built.keys.token_key == root / "work/keys/survey_token.key"
    assert built.exchange.outgoing == root / "work/exchange/outgoing"
    assert (
        built.exchange.sftp.retries
        == schema("config.exchange")["properties"]["sftp"]["properties"]["retries"]["default"]
    )
    assert built.ingest.duplicate_submissions == "keep_latest"
    assert built.retention.keep == ("keys", "audit", "exchange/seen_batches.jsonl")
    # Defaults that follow other keys: the results folder and the study's name.
    assert built.certify.dir == root / "out/certify"
    assert built.deposit.records == root / "out/deposit"
    assert built.deposit.organisation == "A study"
    # Sections with required keys and no defaults are absent as a whole.
    assert (built.sdc, built.outcome, built.interviews) == (None, None, None)
    assert built.purposes == ()


@pytest.mark.parametrize(
    ("value", "expected"),
    [("results/elsewhere", "results/elsewhere"), ("/abs/place", "/abs/place")],
)
def test_when_a_path_is_configured_then_it_resolves_against_the_root_once(
    tmp_path, value, expected
):
    built = s.StudySettings.from_config(_minimal(tmp_path, exchange={"records": value}))
    assert built.exchange.records == tmp_path.resolve() / expected


def test_when_settings_are_built_then_they_cannot_be_changed(tmp_path):
    built = s.StudySettings.from_config(
        _minimal(tmp_path, deposit={"descriptions": {"age": "Age band"}})
    )
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.workspace = tmp_path  # type: ignore[misc]
    with pytest.raises(TypeError):
        built.deposit.descriptions["age"] = "changed"  # type: ignore[index]


SEGMENT = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_-", min_size=1, max_size=12)


@settings(max_examples=60, deadline=None)
@given(parts=st.lists(SEGMENT, min_size=1, max_size=4), absolute=st.booleans())
def test_when_any_path_is_configured_then_the_setting_is_absolute_and_under_root_if_relative(
    parts, absolute
):
    root = Path("/studies/one")
    value = ("/" if absolute else "") + "/".join(parts)
    built = s.StudySettings.from_config(_minimal(root, inputs={"roster": value}))
    assert built.inputs.roster.is_absolute()
    assert built.inputs.roster == (Path(value) if absolute else root / value)


def test_when_the_scrub_section_is_left_out_then_every_key_is_the_schema_default(tmp_path):
    built = s.StudySettings.from_config(_minimal(tmp_path)).scrub
    for name, prop in schema("config.scrub")["properties"].items():
        value = getattr(built, name)
        assert value is not None, name
        expected = prop["default"]
        assert (list(value) if isinstance(value, tuple) else value) == expected, name
