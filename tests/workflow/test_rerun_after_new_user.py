"""What a blind new user found stale after a completed run (D3, D4, D7 of its report).

D4: a corrected survey export sent in a new batch sat in the drop-box: the receive rule has
no input that a new batch would date, so `snakemake` said "Nothing to be done" and
`sealflow status` did not mention it. Now status lists the waiting batch and the command that
takes it in, and that command (OPERATIONS.md section 2) receives it, opens it and re-ingests.
D3: after a failed survey ingest (Snakemake removes the failed rule's outputs) both
`snakemake` and `snakemake ingest` said "Nothing to be done", and status said `ingest: ran`
with `next: sealflow plan approve`. Now both runs take ingest up again, and status says the
stage is incomplete with the run as next step; so for a failed job of any later stage (scrub,
link, ...), whose outputs are all targets of the default run too. D7: a fresh `sealflow init`
study run at once got Snakemake's MissingInputException; now one line names the files and the fix.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from sealflow.config import load_config, load_parties
from sealflow.demo.exchange_sim import party_key_dir
from sealflow.exchange.flow import ExchangeContext, make_outgoing, send_batch

pytestmark = pytest.mark.workflow

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
STAFF = 60
EXPORT = "work/received/survey/survey_export.csv"


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        list(args), cwd=REPO, capture_output=True, text=True, timeout=900,
        env={**os.environ, **(env or {})},
    )  # fmt: skip


def _snakemake(study: Path, *args: str) -> subprocess.CompletedProcess:
    return _run(str(BIN / "snakemake"), *args, "--cores", "2", "--configfile",
                str(study / "config.yaml"))  # fmt: skip


def _status(study: Path) -> tuple[dict, str]:
    config = str(study / "config.yaml")
    shown = _run(str(BIN / "sealflow"), "status", "-c", config)
    as_json = _run(str(BIN / "sealflow"), "status", "--json", "-c", config)
    assert shown.returncode == 0 and as_json.returncode == 0, shown.stderr + as_json.stderr
    return json.loads(as_json.stdout), shown.stdout


def _survey_sends(study: Path, tmp_path: Path, export: bytes) -> str:
    """The survey platform sends ``export`` in a new signed batch; returns its batch id."""
    config = load_config(study / "config.yaml")
    ctx = ExchangeContext.for_party(
        Path(config["root"]), load_parties(config), "survey", party_key_dir(study, "survey"),
        {"outgoing": "parties/survey/sent", "records": "parties/survey/records"},
    )  # fmt: skip
    (tmp_path / "survey_export.csv").write_bytes(export)
    batch = study / "parties/survey/sent/corrected"
    make_outgoing(ctx, "evaluator", "export", [tmp_path / "survey_export.csv"], batch)
    return str(send_batch(ctx, "evaluator", batch)["batch_id"])


def _corrected(export: bytes) -> bytes:
    """The export with one answer changed: what a corrected export looks like."""
    text = export.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    column = rows[0].index("wb_1")
    rows[1][column] = "5" if rows[1][column] != "5" else "4"
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def _with_numeric_consent(export: bytes) -> bytes:
    """The export as a survey platform's "numeric values" export: consent 1/2, not yes/no."""
    rows = list(csv.reader(io.StringIO(export.decode("utf-8-sig"), newline="")))
    column = rows[0].index("consent")
    for row in rows[1:]:
        row[column] = {"yes": "1", "no": "2"}.get(row[column], row[column])
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode("utf-8")


@pytest.fixture(scope="module")
def study(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("new-user") / "study"
    made = _run(str(BIN / "sealflow"), "demo", "init", str(root), "--staff", str(STAFF))
    assert made.returncode == 0, made.stderr
    ran = _snakemake(root)
    assert ran.returncode == 0, ran.stderr[-4000:]
    return root


def test_when_a_corrected_batch_waits_in_the_drop_box_then_status_names_it_and_its_command_takes_it_in(  # noqa: E501
    study: Path, tmp_path: Path
) -> None:
    export = (study / EXPORT).read_bytes()
    batch_id = _survey_sends(study, tmp_path, _corrected(export))
    status, shown = _status(study)
    assert status["pending"]["waiting_batches"] == [{"from": "survey", "batch_id": batch_id}]
    assert f"batch waiting in the drop-box from survey: {batch_id}" in shown
    command = status["receive_command"]
    assert status["next"] == f"take in the waiting batch(es): {command}"
    receive, run = command.split(", then ")
    assert receive.startswith("snakemake results/exchange/received/survey.json --forcerun receive")
    for step in (receive, run):
        words = step.split()
        assert words[0] == "snakemake"
        ran = _run(str(BIN / "snakemake"), *words[1:])
        assert ran.returncode == 0, ran.stderr[-3000:]
        assert "Nothing to be done" not in ran.stdout + ran.stderr
    received = json.loads((study / "results/exchange/received/survey.json").read_text())
    assert [r["batch_id"] for r in received["received"]] == [batch_id]
    assert (study / EXPORT).read_bytes() != export  # the corrected export, opened
    assert not _status(study)[0]["pending"]["waiting_batches"]


# What Snakemake leaves after a failed job: none of the job's outputs, every other's. Here
# the survey's first scrub pass and the link, after a complete run: later stages' outputs of
# that run (closed loop, anonymise, outcome, report) still stand on them.
FAILED_JOBS = {
    "scrub_survey_first": (
        "work/scrub/first/survey_scrubbed.parquet", "work/scrub/replaced_values_survey.json",
        "results/scrub/survey_findings.jsonl", "results/scrub/survey_summary.json",
    ),
    "link": ("results/link/match_report.json", "work/link/linked.parquet"),
}  # fmt: skip


def test_when_a_later_stage_job_failed_after_a_complete_run_then_the_next_run_takes_it_up(
    study: Path,
) -> None:
    again = _snakemake(study, "-n")
    assert again.returncode == 0, again.stderr[-3000:]
    assert "Nothing to be done" in again.stdout + again.stderr  # a complete study stays so
    assert _status(study)[0]["incomplete"] == {}
    for outputs in FAILED_JOBS.values():
        for made in outputs:
            (study / made).unlink()
    for target, jobs in (([], FAILED_JOBS), (["scrub"], ["scrub_survey_first"])):
        dry = _snakemake(study, "-n", *target)
        assert dry.returncode == 0, dry.stderr[-3000:]
        assert "Nothing to be done" not in dry.stdout + dry.stderr
        for job in jobs:
            assert re.search(rf"^rule {job}:", dry.stdout + dry.stderr, re.MULTILINE), job
    status, shown = _status(study)
    assert status["stages"]["scrub"] == status["stages"]["link"] == "incomplete"
    assert status["incomplete"]["link"] == list(FAILED_JOBS["link"])
    assert set(status["incomplete"]["scrub"]) == set(FAILED_JOBS["scrub_survey_first"])
    assert "link: incomplete (the last run failed or stopped here" in shown
    assert status["next"].startswith(
        f"snakemake --cores 2 --configfile {study / 'config.yaml'} (it runs scrub, link again"
    )
    ran = _snakemake(study)
    assert ran.returncode == 0, ran.stderr[-3000:]
    again = _snakemake(study, "-n")
    assert "Nothing to be done" in again.stdout + again.stderr
    assert _status(study)[0]["incomplete"] == {}


def test_when_the_survey_ingest_fails_then_the_next_runs_take_it_up_and_status_says_so(
    study: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "survey_export.csv"
    bad.write_bytes(_with_numeric_consent((study / EXPORT).read_bytes()))
    imported = _run(str(BIN / "sealflow"), "import", "--from", "survey", str(bad), "-c",
                    str(study / "config.yaml"))  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    failed = _snakemake(study)
    assert failed.returncode != 0
    assert not (study / "results/ingest/survey.json").exists()
    for target in ([], ["ingest"]):
        dry = _snakemake(study, "-n", *target)
        assert dry.returncode == 0, dry.stderr[-3000:]
        assert "Nothing to be done" not in dry.stdout + dry.stderr
        assert re.search(r"^rule ingest_survey:", dry.stdout + dry.stderr, re.MULTILINE)
    status, shown = _status(study)
    assert status["stages"]["ingest"] == "incomplete"
    assert status["incomplete"] == {
        "ingest": [
            "results/ingest/survey.json", "work/ingest/survey.parquet",
            "work/ingest/quarantine/survey_unknown_tokens.parquet",
        ]
    }  # fmt: skip
    assert "ingest: incomplete (the last run failed or stopped here" in shown
    assert status["next"].startswith(f"snakemake --cores 2 --configfile {study / 'config.yaml'}")
    assert "plan approve" not in status["next"]


def test_when_a_fresh_study_is_run_at_once_then_one_line_names_the_missing_files_and_the_fix(
    tmp_path: Path,
) -> None:
    real = tmp_path / "real"
    passphrase = {"SEALFLOW_KEY_PASSPHRASE": "a passphrase for this test only"}
    made = _run(str(BIN / "sealflow"), "init", str(real), env=passphrase)
    assert made.returncode == 0, made.stderr
    ran = _run(str(BIN / "snakemake"), "--cores", "2", "--configfile", str(real / "config.yaml"),
               env=passphrase)  # fmt: skip
    assert ran.returncode != 0
    assert "MissingInputException" not in ran.stdout + ran.stderr
    assert "Traceback" not in ran.stdout + ran.stderr
    (line,) = [x for x in ran.stderr.splitlines() if x.startswith("sealflow: error:")]
    assert "work/received/provider/roster.csv (inputs.roster)" in line
    assert "sealflow import --from provider FILE" in line and "sealflow status -c" in line
