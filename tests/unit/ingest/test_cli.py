"""The links, ingest and link commands: the same outputs as the library, and clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import polars as pl
import pytest
import yaml

from sealflow.cli import main

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def config_file(study) -> Path:
    config = yaml.safe_load((REPO / "config/config.yaml").read_text())
    config["root"] = "."
    path = study.root / "config.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


def _sealflow(*args: str) -> None:
    main(list(args))


def test_when_commands_run_in_order_then_every_output_is_made(study, config_file, capsys):
    for command in ("links", "ingest", "link"):
        _sealflow(command, "--config", str(config_file))
    report = json.loads((study.root / "results/ingest/ingest_report.json").read_text())
    assert set(report["tables"]) == {"roster", "admin_extract", "survey_export"}
    assert report["tables"]["survey_export"]["rows_written"] == 7
    match = json.loads((study.root / "results/link/match_report.json").read_text())
    assert match["matched"] == pl.read_parquet(study.work / "link/linked.parquet").height == 7
    links = pl.read_csv(study.work / "links/links_for_provider.csv")
    assert links.height == len(study.ids) - 1
    assert (study.work).stat().st_mode & 0o777 == 0o700
    printed = capsys.readouterr()
    for pseudonymous_id in study.ids:
        assert pseudonymous_id not in printed.out + printed.err
    audit = (study.work / "audit/audit.jsonl").read_text()
    assert '"work/ingest/survey.parquet"' in audit
    for pseudonymous_id in study.ids:
        assert pseudonymous_id not in audit


def test_when_input_is_bad_then_one_error_line_and_exit_1(study, config_file, capsys):
    study.admin.write_bytes(
        study.admin.read_text().replace("Catterick", "Catt\u00e9rick").encode("cp1252")
    )
    with pytest.raises(SystemExit) as exited:
        _sealflow("ingest", "--config", str(config_file))
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("sealflow: error: ")
    assert "admin_extract.csv: not UTF-8" in err
    assert "Traceback" not in err
    assert not (study.work / "ingest/admin.parquet").exists()
    assert not (study.root / "results/ingest/ingest_report.json").exists()


def test_when_input_file_is_missing_then_error_names_the_config_key(study, config_file, capsys):
    study.survey.unlink()
    with pytest.raises(SystemExit):
        _sealflow("ingest", "--config", str(config_file))
    assert "key inputs.survey_export: file not found" in capsys.readouterr().err


def test_when_link_runs_before_ingest_then_error_says_what_to_run(study, config_file, capsys):
    with pytest.raises(SystemExit):
        _sealflow("link", "--config", str(config_file))
    assert "run `sealflow ingest --config ...` first" in capsys.readouterr().err
