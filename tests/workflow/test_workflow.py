"""The workflow end to end: snakemake on a tiny synthetic study in a temporary folder.

The study comes from `sealflow demo init DIR --staff 60`; snakemake runs as a user would
run it, in a subprocess under the common umask 022, so the 0700/0600 modes checked below
are the ones sealflow sets itself, not ones the test environment gave it for free. The
expected survey rows are recomputed here from the raw CSV files with the standard library
(an oracle independent of polars and of the ingest code).
"""

from __future__ import annotations

import csv
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import polars as pl
import pytest

from sealflow.ingest.tokens import survey_token

pytestmark = pytest.mark.workflow

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
STAFF = 60


def _run(args: list[str], cwd: Path = REPO, timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run(
        args,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=lambda: os.umask(0o022),
    )


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.fixture(scope="module")
def study(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("workflow") / "study"
    made = _run([str(BIN / "sealflow"), "demo", "init", str(root), "--staff", str(STAFF)])
    assert made.returncode == 0, made.stderr
    # As a hand-made study or a copy under umask 022 would leave it: the rules must close it.
    (root / "work").chmod(0o755)
    ran = _run([str(BIN / "snakemake"), "--cores", "2", "--configfile", str(root / "config.yaml")])
    assert ran.returncode == 0, ran.stderr[-4000:]
    (root / "console.txt").write_text(ran.stdout + ran.stderr)
    return root


def _console_log(output: str) -> Path:
    """Snakemake's own run log, which it writes under .snakemake/log/ of the current folder."""
    found = re.search(r"^Complete log(?:\(s\))?: (\S+)$", output, re.MULTILINE)
    assert found, "snakemake did not name its console log"
    return REPO / found.group(1)


@pytest.fixture(scope="module")
def withdrawn(study) -> set[str]:
    return {row["pseudonymous_id"] for row in _rows(study / "work/withdrawals.csv")}


def test_when_workflow_runs_then_links_ingest_and_link_outputs_exist(study):
    for relative in (
        "work/links/links_for_provider.csv",
        "work/links/tokens_for_survey.csv",
        "work/ingest/roster.parquet",
        "work/ingest/admin.parquet",
        "work/ingest/survey.parquet",
        "work/ingest/quarantine/survey_unknown_tokens.parquet",
        "work/link/linked.parquet",
        "results/links/links_report.json",
        "results/ingest/ingest_report.json",
        "results/link/match_report.json",
    ):
        assert (study / relative).is_file(), relative
    assert not list(study.rglob("*.part")), "temporary files left behind"


def test_when_workflow_ran_then_workspace_is_private(study):
    assert (study / "work").stat().st_mode & 0o777 == 0o700
    for folder in ("links", "ingest", "ingest/quarantine", "link"):
        assert (study / "work" / folder).stat().st_mode & 0o777 == 0o700, folder
    for path in (study / "work").rglob("*"):
        # Public keys may be world-readable; snakemake's empty folder-output markers hold nothing.
        if path.is_file() and path.suffix != ".pub" and path.name != ".snakemake_timestamp":
            assert path.stat().st_mode & 0o077 == 0, f"{path} is readable by group or others"


def test_when_workflow_ran_then_no_identifier_is_under_results_logs_or_metadata(study):
    # .snakemake holds params, wildcards and job scripts of every rule run.
    roster = [row["pseudonymous_id"] for row in _rows(study / "work/received/provider/roster.csv")]
    tokens = [row["survey_token"] for row in _rows(study / "work/links/tokens_for_survey.csv")]
    values = [value.encode() for value in roster + tokens]
    assert len(values) > STAFF
    console = (study / "console.txt").read_text()
    paths = [study / "console.txt", _console_log(console)]
    for folder in ("results", "logs", ".snakemake"):
        paths += [path for path in (study / folder).rglob("*") if path.is_file()]
    assert any(".snakemake/metadata" in str(path) for path in paths), "metadata not scanned"
    for path in paths:
        data = path.read_bytes()
        leaked = [v for v in values if v in data]
        assert not leaked, f"{path} holds {len(leaked)} identifier values"
    assert len(paths) >= 8


def test_when_workflow_ran_then_survey_rows_match_an_independent_recount(study, withdrawn):
    key = (study / "work/keys/survey_token.key").read_bytes()
    roster = [row["pseudonymous_id"] for row in _rows(study / "work/received/provider/roster.csv")]
    id_of = {survey_token(key, pid): pid for pid in roster}
    latest: dict[str, dict[str, str]] = {}
    unknown = 0
    for row in _rows(study / "work/received/survey/survey_export.csv"):
        pid = id_of.get(row["survey_token"])
        if pid is None:
            unknown += 1
        elif pid not in withdrawn and (
            pid not in latest or row["submitted_at"] >= latest[pid]["submitted_at"]
        ):
            latest[pid] = row
    expected = {pid for pid, row in latest.items() if row["consent"] == "yes"}
    survey = pl.read_parquet(study / "work/ingest/survey.parquet")
    assert set(survey["pseudonymous_id"]) == expected
    assert survey.height == len(expected)
    report = json.loads((study / "results/ingest/ingest_report.json").read_text())
    assert report["tables"]["survey_export"]["rows_written"] == len(expected)
    assert report["tables"]["survey_export"]["unknown_tokens_quarantined"] == unknown
    quarantine = pl.read_parquet(study / "work/ingest/quarantine/survey_unknown_tokens.parquet")
    assert quarantine.height == unknown


def test_when_workflow_ran_then_withdrawn_people_are_in_no_output(study, withdrawn):
    assert withdrawn
    for relative in ("ingest/roster.parquet", "ingest/admin.parquet", "ingest/survey.parquet"):
        ids = set(pl.read_parquet(study / "work" / relative)["pseudonymous_id"])
        assert not ids & withdrawn, relative
    linked = set(pl.read_parquet(study / "work/link/linked.parquet")["pseudonymous_id"])
    assert not linked & withdrawn
    links = {row["pseudonymous_id"] for row in _rows(study / "work/links/links_for_provider.csv")}
    assert not links & withdrawn
    key = (study / "work/keys/survey_token.key").read_bytes()
    withdrawn_tokens = {survey_token(key, pid) for pid in withdrawn}
    sent = {row["survey_token"] for row in _rows(study / "work/links/tokens_for_survey.csv")}
    assert not sent & withdrawn_tokens
    # Every table any stage made (quarantine, scrubbed, linked, anonymised ...), every column.
    made = [p for p in (study / "work").rglob("*.parquet") if "received" not in p.parts]
    assert len(made) >= 6
    for path in made:
        frame = pl.read_parquet(path)
        for column in frame.select(pl.col(pl.String)).columns:
            values = set(frame[column].drop_nulls())
            assert not values & (withdrawn | withdrawn_tokens), f"{path}: {column}"
    roster = {row["pseudonymous_id"] for row in _rows(study / "work/received/provider/roster.csv")}
    report = json.loads((study / "results/ingest/ingest_report.json").read_text())
    assert report["tables"]["roster"]["withdrawn_purged"] == len(roster & withdrawn)


def test_when_workflow_ran_then_match_report_agrees_with_linked_table(study):
    report = json.loads((study / "results/link/match_report.json").read_text())
    linked = pl.read_parquet(study / "work/link/linked.parquet")
    survey = pl.read_parquet(study / "work/ingest/survey.parquet")
    admin = pl.read_parquet(study / "work/ingest/admin.parquet")
    assert report["matched"] == linked.height
    assert report["matched"] + report["survey_only"] == survey.height
    assert report["matched"] + report["admin_only"] == admin.height
    assert report["duplicates"] == 0
    assert set(linked.columns) == set(survey.columns) | set(admin.columns)


def test_when_workflow_is_run_again_then_links_ingest_and_link_are_up_to_date(study):
    config = str(study / "config.yaml")
    targets = ["links", "ingest", "link"]
    again = _run([str(BIN / "snakemake"), "-n", "-c1", *targets, "--configfile", config])
    assert again.returncode == 0, again.stderr[-2000:]
    assert "Nothing to be done" in again.stdout + again.stderr


def test_when_workflow_is_linted_then_there_are_no_findings(study):
    lint = _run([str(BIN / "snakemake"), "--lint", "--configfile", str(study / "config.yaml")])
    assert lint.returncode == 0, lint.stdout + lint.stderr
    assert "Lints for" not in lint.stdout + lint.stderr


def test_when_rule_files_are_checked_then_snakefmt_is_clean():
    checked = _run([str(BIN / "snakefmt"), "--check", "Snakefile", "workflow/rules"])
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_when_report_is_built_then_it_holds_no_identifier(study, tmp_path):
    report = tmp_path / "report.zip"
    config = str(study / "config.yaml")
    command = [str(BIN / "snakemake"), "-c1", "--report", str(report)]
    built = _run([*command, "--configfile", config])
    assert built.returncode == 0, built.stderr[-2000:]
    roster = [row["pseudonymous_id"] for row in _rows(study / "work/received/provider/roster.csv")]
    with zipfile.ZipFile(report) as archive:
        names = archive.namelist()
        # Sections of the de-identification report, shown inline; no stage's raw JSON.
        assert any(name.endswith("/flow.html") for name in names)
        assert not any(name.endswith("match_report.json") for name in names)
        for name in names:
            data = archive.read(name)
            assert not [pid for pid in roster if pid.encode() in data], name


def test_when_links_are_forced_to_rerun_then_key_and_links_are_unchanged(study):
    # Runs last: it makes ingest and link out of date.
    key = (study / "work/keys/survey_token.key").read_bytes()
    links = (study / "work/links/links_for_provider.csv").read_bytes()
    config = str(study / "config.yaml")
    forced = _run([str(BIN / "snakemake"), "-c1", "--forcerun", "links", "--configfile", config])
    assert forced.returncode == 0, forced.stderr[-2000:]
    assert "rule links" in forced.stdout + forced.stderr
    assert (study / "work/keys/survey_token.key").read_bytes() == key
    assert (study / "work/links/links_for_provider.csv").read_bytes() == links


def test_when_an_input_is_bad_then_the_rule_fails_with_one_log_line_and_no_output(study, tmp_path):
    broken = tmp_path / "study"
    shutil.copytree(study, broken, symlinks=True)
    for made in ("work/ingest", "work/link", "results/ingest", "results/link"):
        shutil.rmtree(broken / made)
    admin = broken / "work/received/provider/admin_extract.csv"
    lines = admin.read_bytes().splitlines(keepends=True)
    admin.write_bytes(b"".join([*lines, lines[1]]))  # data row 1 again, at the end
    config = str(broken / "config.yaml")
    ran = _run([str(BIN / "snakemake"), "-c1", "link", "--configfile", config])
    assert ran.returncode != 0
    log = (broken / "logs/ingest/ingest_admin.log").read_text()
    assert log.count("\n") == 1 and log.startswith("sealflow: error: "), log
    assert f"data row {len(lines)} (spreadsheet row {len(lines) + 1}): repeats" in log
    assert "Traceback" not in log
    assert not (broken / "work/ingest/admin.parquet").exists()
    assert not (broken / "results/link/match_report.json").exists()
    roster = [row["pseudonymous_id"] for row in _rows(admin)]
    output = ran.stdout + ran.stderr + _console_log(ran.stdout + ran.stderr).read_text()
    for text in (output, *(p.read_text() for p in (broken / "logs").rglob("*.log"))):
        assert not [pid for pid in roster if pid in text]
