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


def _admin_rows_text(study) -> str:
    return study.admin.read_text()


CLI_BAD_INPUTS = [
    pytest.param(
        lambda s: s.admin.write_bytes(
            _admin_rows_text(s).replace("Catterick", "Cattérick").encode("cp1252")
        ),
        "not UTF-8",
        id="latin-1",
    ),
    pytest.param(lambda s: s.admin.write_bytes(b""), "empty file", id="empty"),
    pytest.param(
        lambda s: s.admin.write_text(_admin_rows_text(s).replace(",", ";")),
        "seems to use semicolon",
        id="wrong-delimiter",
    ),
    pytest.param(
        lambda s: s.admin.write_text(_admin_rows_text(s).replace("gender,", "", 1)),
        "missing required column gender",
        id="missing-column",
    ),
    pytest.param(
        lambda s: s.admin.write_text(
            _admin_rows_text(s) + _admin_rows_text(s).splitlines()[3] + "\n"
        ),
        "repeats the value of data row 3",
        id="duplicate-id",
    ),
    pytest.param(
        lambda s: s.admin.write_text(_admin_rows_text(s).replace(s.ids[4], s.ids[4][:-2] + "!?")),
        "column pseudonymous_id, data row 5 (spreadsheet row 6): not in the pseudonymous_id",
        id="malformed-id",
    ),
    pytest.param(
        lambda s: s.admin.write_text(_admin_rows_text(s).replace("\n", "\r")),
        "carriage return only",
        id="cr-only",
    ),
    pytest.param(
        lambda s: s.survey.write_text(
            s.survey.read_text().replace(s.token(s.ids[2]), s.token(s.ids[2])[:-1] + "1")
        ),
        "column survey_token, data row 3 (spreadsheet row 4): not in the survey_token format",
        id="malformed-token",
    ),
    pytest.param(
        lambda s: s.token_key.write_bytes(bytes(32)) or s.token_key.chmod(0o600),
        "none of its 13 survey tokens belongs to anyone on the roster",
        id="every-token-unknown",
    ),
]


@pytest.mark.parametrize(("spoil", "fragment"), CLI_BAD_INPUTS)
def test_when_an_input_is_bad_then_ingest_says_one_line_leaks_nothing_and_writes_nothing(
    study, config_file, capsys, spoil, fragment
):
    spoil(study)
    with pytest.raises(SystemExit) as exited:
        _sealflow("ingest", "--config", str(config_file))
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith("sealflow: error: ") and err.count("\n") == 1, err
    assert fragment in err
    assert "Traceback" not in err
    planted = [*study.ids, *(study.token(pid) for pid in study.ids)]
    assert not [value for value in planted if value in err or value.lower() in err]
    # Not even the tables that were fine: all three are checked before any is written.
    assert (
        not list((study.work / "ingest").rglob("*.parquet"))
        if (study.work / "ingest").exists()
        else True
    )
    assert (
        not list((study.root / "results").rglob("*.json"))
        if (study.root / "results").exists()
        else True
    )
    audit = study.work / "audit/audit.jsonl"
    if audit.exists():
        assert not [value for value in planted if value in audit.read_text()]


def test_when_commands_ran_then_no_identifier_is_in_results_or_the_audit_log(study, config_file):
    for command in ("links", "ingest", "link"):
        _sealflow(command, "--config", str(config_file))
    planted = [value.encode() for pid in study.ids for value in (pid, study.token(pid))]
    scanned = [
        path
        for folder in (study.root / "results", study.work / "audit")
        for path in folder.rglob("*")
        if path.is_file()
    ]
    assert len(scanned) >= 6
    for path in scanned:
        data = path.read_bytes()
        assert not [value for value in planted if value in data], path


def test_when_workspace_was_left_open_then_a_command_closes_it(study, config_file):
    study.work.chmod(0o755)
    _sealflow("links", "--config", str(config_file))
    assert study.work.stat().st_mode & 0o777 == 0o700
