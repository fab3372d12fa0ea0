"""Configuration mistakes: each gives one clear error naming the key and what was expected."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from sealflow.config import load_config, load_parties
from sealflow.errors import ConfigError, UnknownPartyError
from sealflow.ingest.settings import IngestSettings
from sealflow.workspace import StudyPaths

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


@pytest.fixture
def study(tmp_path: Path) -> Path:
    """A study folder with the shipped config.yaml (root ".") and a valid parties.yaml."""
    config = yaml.safe_load((REPO / "config/config.yaml").read_text())
    config["root"] = "."
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(config))
    (tmp_path / "parties.yaml").write_text(yaml.safe_dump(PARTIES))
    return tmp_path


def _edit(study: Path, change) -> Path:
    path = study / "config.yaml"
    config = yaml.safe_load(path.read_text())
    change(config)
    path.write_text(yaml.safe_dump(config))
    return path


def test_when_config_is_the_shipped_one_then_it_loads_with_defaults(study):
    config = load_config(study / "config.yaml")
    assert load_parties(config)["parties"].keys() == {"evaluator", "provider"}
    settings = IngestSettings.from_config(config)
    assert settings.delimiter == ","
    assert settings.duplicate_submissions == "keep_latest"


def test_when_shipped_config_is_checked_then_every_key_has_a_comment():
    lines = (REPO / "config/config.yaml").read_text().splitlines()
    for section in ("keys", "inputs", "links", "ingest"):
        start = lines.index(f"{section}:")
        for i in range(start + 1, len(lines)):
            line = lines[i]
            if line and not line.startswith(" "):
                break
            if line.strip() and not line.strip().startswith("#"):
                assert lines[i - 1].strip().startswith("#"), (
                    f"{section}: {line.strip()} has no comment"
                )


@pytest.mark.parametrize(
    ("change", "fragments"),
    [
        (lambda c: c["ingest"].update(delimeter=";"), ["key ingest", "delimeter", "allowed keys"]),
        (lambda c: c["inputs"].update(rooster="x.csv"), ["key inputs", "rooster", "roster"]),
        (lambda c: c.update(colour="blue"), ["key (top level)", "colour"]),
        (lambda c: c["ingest"].update(delimiter=5), ["key ingest.delimiter", "expected"]),
        (lambda c: c["ingest"].update(delimiter=":"), ["key ingest.delimiter", '","']),
        (lambda c: c["inputs"].update(roster=["a.csv"]), ["key inputs.roster", "is not of type"]),
        (
            lambda c: c["links"].update(url_template="http://survey.example.org/s"),
            ["key links.url_template", "{token}"],
        ),
        (
            lambda c: c["ingest"].update(duplicate_submissions="keep_first"),
            ["key ingest.duplicate_submissions", "keep_latest"],
        ),
        (lambda c: c["keys"].update(token_key=""), ["key keys.token_key"]),
        (lambda c: c.pop("workspace"), ["'workspace' is a required property"]),
    ],
    ids=[
        "unknown-key-ingest",
        "unknown-key-inputs",
        "unknown-top-level-key",
        "wrong-type-delimiter",
        "bad-delimiter",
        "wrong-type-input",
        "url-without-token",
        "bad-duplicate-policy",
        "empty-token-key",
        "missing-workspace",
    ],
)
def test_when_config_is_wrong_then_one_error_names_the_key(study, change, fragments):
    path = _edit(study, change)
    with pytest.raises(ConfigError) as excinfo:
        load_config(path)
    message = str(excinfo.value)
    assert message.startswith(str(path))
    assert "\n" not in message
    for fragment in fragments:
        assert fragment in message


def test_when_evaluator_is_not_a_party_then_error_names_the_key(study):
    config = load_config(_edit(study, lambda c: c.update(evaluator="nobody")))
    with pytest.raises(UnknownPartyError, match=r"evaluator 'nobody' \(config key evaluator\)"):
        load_parties(config)


def test_when_parties_file_is_missing_then_error_names_the_key(study):
    config = load_config(_edit(study, lambda c: c.update(parties="elsewhere.yaml")))
    with pytest.raises(ConfigError, match=r"key parties: file not found: .*elsewhere.yaml"):
        load_parties(config)


def test_when_a_study_folder_is_given_for_its_config_then_the_error_names_the_file(study):
    with pytest.raises(ConfigError, match=rf"{study}: file not found; did you mean {study}/config"):
        load_config(study)


@pytest.mark.parametrize("name", ["roster", "admin_extract", "survey_export", "withdrawals"])
def test_when_an_input_file_is_missing_then_error_names_the_key(study, name):
    paths = StudyPaths.from_config(load_config(study / "config.yaml"))
    with pytest.raises(ConfigError, match=rf"key inputs.{name}: file not found"):
        paths.input_file(name)


@pytest.mark.parametrize(
    "pattern",
    ["^PSN-[0-9$", r"^(?!TEST)PSN-[0-9]{10}$", r"^(PSN)-\1$"],
    ids=["unbalanced", "look-ahead-python-only", "back-reference-python-only"],
)
def test_when_id_pattern_is_not_a_regex_then_error_names_the_key(study, pattern):
    config = load_config(_edit(study, lambda c: c["ingest"].update(id_pattern=pattern)))
    with pytest.raises(ConfigError, match=r"key ingest\.id_pattern: not a valid regular"):
        IngestSettings.from_config(config)


def test_when_study_is_copied_then_paths_resolve_against_its_root(study, tmp_path_factory):
    moved = tmp_path_factory.mktemp("moved") / "study"
    shutil.copytree(study, moved)
    paths = StudyPaths.from_config(load_config(moved / "config.yaml"))
    assert paths.inputs["roster"] == moved.resolve() / "work/received/provider/roster.csv"
    assert paths.token_key == moved.resolve() / "work/keys/survey_token.key"


def test_when_cli_and_snakemake_load_the_demo_config_then_they_see_identical_settings(tmp_path):
    """Both front doors fill schema defaults the same way (issue: defaults in one place)."""
    import copy
    import subprocess
    import sys

    import yaml
    from snakemake.utils import validate as snakemake_validate

    from sealflow.config import SCHEMA_DIR, fill_defaults, load_config

    study = tmp_path / "study"
    sealflow_cli = str(Path(sys.executable).parent / "sealflow")
    subprocess.run([sealflow_cli, "demo", "init", str(study), "--staff", "20"], check=True,
                   capture_output=True)  # fmt: skip
    raw = yaml.safe_load((study / "config.yaml").read_text(encoding="utf-8"))
    # What the Snakefile does: snakemake.utils.validate fills the schema's defaults.
    workflow_config = copy.deepcopy(raw)
    snakemake_validate(workflow_config, schema=str(SCHEMA_DIR / "config.schema.yaml"))
    fill_defaults(workflow_config, "config")  # what workflow/rules/common.smk does next
    cli_config = load_config(study / "config.yaml")
    cli_config.pop("root")
    workflow_config.pop("root")
    assert cli_config == workflow_config
    # And a default the demo config leaves out is really filled on both sides.
    trimmed = copy.deepcopy(raw)
    trimmed["ingest"].pop("duplicate_submissions")
    (study / "trimmed.yaml").write_text(yaml.safe_dump(trimmed), encoding="utf-8")
    snakemake_validate(trimmed, schema=str(SCHEMA_DIR / "config.schema.yaml"))
    fill_defaults(trimmed, "config")
    filled = load_config(study / "trimmed.yaml")["ingest"]["duplicate_submissions"]
    assert filled == trimmed["ingest"]["duplicate_submissions"] == "keep_latest"


def test_when_the_workflow_validates_its_config_then_it_fills_defaults_as_the_cli_does():
    common = (Path(__file__).parents[2] / "workflow" / "rules" / "common.smk").read_text()
    validate_at = common.index('validate(config, schema="../schemas/config.schema.yaml")')
    fill_at = common.index('sealflow.config.fill_defaults(config, "config")')
    assert validate_at < fill_at < common.index("STUDY_ROOT =")


def _config_check(config: Path, capsys) -> tuple[object, str]:
    from sealflow.cli import main

    try:
        main(["config", "check", str(config)])
        code: object = 0
    except SystemExit as exited:
        code = exited.code
    return code, capsys.readouterr().err


def _reviewer_key(study: Path, value: str) -> Path:
    return _edit(study, lambda c: c["outcome"]["quotes"].update(reviewer_public_key=value))


def test_when_a_party_has_transport_sftp_without_its_section_then_error_names_the_party(study):
    parties = yaml.safe_load((study / "parties.yaml").read_text())
    parties["parties"]["provider"]["transport"] = "sftp"
    (study / "parties.yaml").write_text(yaml.safe_dump(parties))
    with pytest.raises(ConfigError, match=r"key parties\.provider: 'sftp' is a required property"):
        load_parties(load_config(study / "config.yaml"))


def test_when_the_quote_reviewer_key_file_is_missing_then_config_check_says_so(study, capsys):
    """Before the approvals exist a note (a new study names a key not made yet); after, an
    error: attack18 G8 signed approvals the outcome rule then failed to verify."""
    config = _reviewer_key(study, "reviewer.pub")
    code, err = _config_check(config, capsys)
    assert code == 0
    assert "note: key outcome.quotes.reviewer_public_key: file not found:" in err
    assert "needed once work/anonymise/quote_approvals.csv exists" in err
    approvals = study / "work/anonymise/quote_approvals.csv"
    approvals.parent.mkdir(parents=True)
    approvals.write_text("quote_id\n")
    code, err = _config_check(config, capsys)
    assert code == 1
    assert err.startswith("sealflow: error: key outcome.quotes.reviewer_public_key: file not found")
    assert err.count("\n") == 1 and f"{study}/reviewer.pub" in err


def test_when_the_reviewer_key_file_is_no_key_then_config_check_fails(study, capsys):
    (study / "reviewer.pub").write_text("not a key\n")
    code, err = _config_check(_reviewer_key(study, "reviewer.pub"), capsys)
    assert code == 1
    assert err.startswith("sealflow: error: key outcome.quotes.reviewer_public_key: ")


def test_when_the_reviewer_keys_exist_then_config_check_has_no_note(study, capsys):
    from sealflow.seal.minisign_keys import MinisignSecretKey

    key = MinisignSecretKey.generate()
    folder = study / "parties/reviewer/keys"
    folder.mkdir(parents=True)
    (folder / "reviewer.minisign.pub").write_text(key.public.encode_file())
    code, err = _config_check(study / "config.yaml", capsys)
    assert code == 0
    assert "note:" not in err and "valid;" in err


@pytest.mark.parametrize(
    "colluders, code",
    [(["provider", "survey"], 0), (["provider", "hr"], 0), (["provider", "qualtrcs"], 1)],
)
def test_when_a_colluder_is_no_party_and_no_role_then_config_check_refuses_it(
    study, capsys, colluders, code
):
    """A role stands for its parties whatever they are called; a name that is neither would
    protect nothing while the config read as if it did (fix19a, after attack18 G1)."""
    parties = yaml.safe_load((study / "parties.yaml").read_text())
    parties["parties"]["hr"] = parties["parties"].pop("provider")
    (study / "parties.yaml").write_text(yaml.safe_dump(parties))
    config = _edit(study, lambda c: c["sdc"].update(colluding_parties=colluders))
    found, err = _config_check(config, capsys)
    assert found == code
    if code:
        assert err.startswith("sealflow: error: sdc.colluding_parties: 'qualtrcs' is neither")
        assert err.count("\n") == 1 and "evaluator, hr" in err
