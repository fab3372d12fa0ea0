"""Input profiles and study-declared columns as config: checked once, mistakes named by key."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest
import yaml

from sealflow.cli import main
from sealflow.config import read_yaml, validate
from sealflow.errors import ConfigError
from sealflow.ingest.profiles import InputProfile, parse_profile, presets
from sealflow.ingest.settings import IngestSettings
from sealflow.ingest.sources import to_schema_text
from sealflow.ingest.table_schema import ColumnSpec, TableSchema, table_schema
from sealflow.ingest.tables import ingest_survey

from .study import TinyStudy

REPO = Path(__file__).resolve().parents[3]


@pytest.mark.parametrize("config_path", ["config/config.yaml", "src/sealflow/defaults/config.yaml"])
@pytest.mark.parametrize("table", ["roster", "admin_extract", "survey_export", "withdrawals"])
def test_when_demo_config_declares_its_columns_then_schemas_equal_the_shipped_ones(
    config_path, table
):
    settings = IngestSettings.from_config(read_yaml(REPO / config_path))
    assert "admin_extract" in settings.declared and "survey_export" in settings.declared
    assert settings.schema_for(table) == table_schema(table)


def _config_with_ingest(ingest: dict) -> dict:
    config = read_yaml(REPO / "config/config.yaml")
    config["ingest"] = {**config["ingest"], **ingest}
    return config


def test_when_profiles_are_configured_then_the_config_schema_accepts_them():
    profile = {
        "preset": "qualtrics",
        "encoding": "cp1252",
        "skip_rows": 1,
        "rename": {"Q1": "consent"},
        "recode": {"consent": {"Yes, I consent": "yes"}, "wb_*": {"Often": 4}},
        "dates": {"submitted_at": "dayfirst"},
        "extra_columns": "drop",
    }
    validate(_config_with_ingest({"profiles": {"survey_export": profile}}), "config", "c.yaml")


@pytest.mark.parametrize(
    ("profiles", "key"),
    [
        ({"survey": {}}, "ingest.profiles"),
        ({"survey_export": {"format": "xls"}}, "ingest.profiles.survey_export.format"),
        ({"admin_extract": {"colour": "red"}}, "ingest.profiles.admin_extract"),
        ({"admin_extract": {"skip_rows": -1}}, "ingest.profiles.admin_extract.skip_rows"),
    ],
)
def test_when_a_profile_breaks_the_config_schema_then_error_names_its_key(profiles, key):
    with pytest.raises(ConfigError, match=key.replace(".", r"\.")):
        validate(_config_with_ingest({"profiles": profiles}), "config", "c.yaml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("preset: typeform", "ingest.profiles.survey_export.preset: no ready-made profile"),
        ("format: xls", "ingest.profiles.survey_export.format: 'xls'"),
        ("encoding: klingon", "ingest.profiles.survey_export.encoding: unknown encoding"),
        ("header_rows: 0", "ingest.profiles.survey_export.header_rows: expected a whole number"),
        ("extra_columns: keep", "ingest.profiles.survey_export.extra_columns"),
        ("recode: {consent: {Yes: yes}}", "quote words such as yes, no"),
        ("colour: red", "ingest.profiles.survey_export: unknown keys ['colour']"),
    ],
)
def test_when_a_profile_is_wrong_then_one_config_error_names_the_key(text, message):
    with pytest.raises(ConfigError) as caught:
        parse_profile("survey_export", yaml.safe_load(text))
    assert message in str(caught.value)


def test_when_a_profile_names_a_preset_then_its_entries_extend_the_presets():
    profile = parse_profile(
        "survey_export",
        yaml.safe_load("preset: qualtrics\nrename: {Q1: consent}\nheader_rows: 4"),
    )
    shipped = presets()["qualtrics"]
    assert profile.rename == {**shipped["rename"], "Q1": "consent"}
    assert profile.header_rows == 4
    assert profile.extra_columns == "drop"


def _schema(*columns: ColumnSpec) -> TableSchema:
    return TableSchema("t", "", "fix it", 0, columns)


@pytest.mark.parametrize(
    ("recode", "sent", "expected", "recoded"),
    [
        ({"consent": {"Yes, I consent": "yes"}}, ["  yes, I CONSENT ", "No"], ["yes", "No"], 1),
        ({"wb_*": {"Often": 4}, "wb_1": {"Often": 5}}, ["often", ""], ["5", None], 1),
        ({"wb_*": {"Often": 4}}, ["Often", "Rarely"], ["4", "Rarely"], 1),
        ({"wb_2": {"Often": 4}}, ["Often"], ["Often"], 0),
    ],
)
def test_when_values_are_recoded_then_case_and_spaces_are_ignored_and_exact_keys_win(
    recode, sent, expected, recoded
):
    column = "consent" if "consent" in recode else "wb_1"
    profile = InputProfile(table="t", recode=recode)
    frame, count = to_schema_text(
        pl.DataFrame({column: sent}), _schema(ColumnSpec(column, "str")), profile
    )
    assert frame.get_column(column).to_list() == expected
    assert count == recoded


@pytest.mark.parametrize(
    ("dtype", "fmt", "sent", "expected"),
    [
        ("date", "dayfirst", "03/06/2021", "2021-06-03"),
        ("date", "monthfirst", "03/06/2021", "2021-03-06"),
        ("datetime", "dayfirst", "03/06/2021 14:05", "2021-06-03T14:05:00"),
        ("datetime", "monthfirst", "06/03/2021 02:05:09 PM", "2021-06-03T14:05:09"),
        ("datetime", "%d.%m.%Y %H:%M", "03.06.2021 14:05", "2021-06-03T14:05:00"),
        ("date", "dayfirst", "2021-06-03", "2021-06-03"),  # ISO passes through
        ("date", "dayfirst", "31/02/2021", "31/02/2021"),  # kept as sent: the check reports it
    ],
)
def test_when_a_date_format_is_given_then_dates_become_iso(dtype, fmt, sent, expected):
    profile = InputProfile(table="t", dates={"when": fmt})
    frame, _ = to_schema_text(
        pl.DataFrame({"when": [sent]}), _schema(ColumnSpec("when", dtype)), profile
    )
    assert frame.get_column("when").to_list() == [expected]


@pytest.mark.parametrize(
    ("ingest", "message"),
    [
        ({"survey_items": [{"name": "consent", "dtype": "str"}]}, "ingest.survey_items"),
        ({"free_text": ["ft_a", "ft_a"]}, "declared twice"),
        ({"admin_columns": [{"name": "x", "dtype": "float"}]}, "ingest.admin_columns[0]"),
        ({"admin_columns": [{"name": "x", "dtype": "str", "id": "survey_token"}]}, "unknown keys"),
        ({"survey_items": [{"name": "x", "dtype": "int", "max": "5"}]}, "max must be a whole"),
    ],
)
def test_when_a_declaration_is_wrong_then_error_names_the_key(ingest, message):
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        settings = IngestSettings.from_config({"ingest": ingest})
        settings.schema_for("survey_export" if "admin_columns" not in ingest else "admin_extract")


def test_when_a_study_declares_its_own_items_then_ingest_keeps_exactly_those(study: TinyStudy):
    settings = IngestSettings.from_config(
        {
            "ingest": {
                "survey_items": [
                    {"name": "wb_1", "dtype": "int", "allowed": ["1", "2", "3", "4", "5"]}
                ],
                "free_text": ["ft_barriers"],
                "profiles": {"survey_export": {"extra_columns": "drop"}},
            }
        }
    )
    counts = ingest_survey(
        study.survey,
        study.roster,
        study.withdrawals,
        study.token_key,
        study.work / "ingest/survey.parquet",
        study.work / "ingest/quarantine.parquet",
        study.root / "results/ingest/survey.json",
        settings,
    )
    survey = pl.read_parquet(study.work / "ingest/survey.parquet")
    assert survey.columns == ["pseudonymous_id", "submitted_at", "consent", "wb_1", "ft_barriers"]
    assert survey.schema["wb_1"] == pl.Int64
    assert counts["input"]["columns_dropped"] == [
        *[f"wb_{i}" for i in range(2, 8)],
        "interview_contact",
        "ft_experience",
        "ft_suggestions",
    ]


@pytest.mark.parametrize(
    ("profile", "message"),
    [
        ("{recode: {consent: {Yes, I consent: yes}}}", "quote words such as yes, no"),
        ("{preset: qualtrics, format: xls}", "key ingest.profiles.survey_export.format"),
    ],
)
def test_when_config_check_meets_a_wrong_profile_then_one_line_names_the_key(
    tmp_path, capsys, profile, message
):
    config = read_yaml(REPO / "config/config.yaml")
    config["root"] = "."
    text = yaml.safe_dump(config)
    config_path = tmp_path / "config.yaml"
    config_path.write_text(
        text.replace("ingest:\n", f"ingest:\n  profiles:\n    survey_export: {profile}\n", 1)
    )
    bech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
    parties = {
        name: {
            "role": name,
            "age_recipient": "age1" + (bech32 * 2)[:58],
            "minisign_public_key": "RW" + "A" * 54,
            "transport": "local",
        }
        for name in ("evaluator", "survey")
    }
    (tmp_path / "parties.yaml").write_text(yaml.safe_dump({"parties": parties}))
    with pytest.raises(SystemExit) as exited:
        main(["config", "check", str(config_path)])
    err = capsys.readouterr().err
    assert exited.value.code == 1
    assert err.count("\n") == 1
    if "quote" in message:
        assert "ingest.profiles.survey_export.recode.consent" in err
    assert message in err


def test_when_presets_ship_then_the_config_schema_names_each_of_them():
    profile_schema = read_yaml(REPO / "src/sealflow/schemas/config.ingest.schema.yaml")
    entry = profile_schema["properties"]["profiles"]["additionalProperties"]["properties"]
    assert sorted(entry["preset"]["enum"]) == sorted(presets())
    for name, preset in presets().items():
        parse_profile("survey_export", {"preset": name})  # each is a valid profile
        assert preset["description"]
