"""A study shape that fits: a survey-only study (no vendor, no transcripts) reaches the report,
and so does one whose vendor is declared but whose interviews are not done yet, and one with
no survey at all (interviews and the provider's extract, or the extract alone).

The survey-only study's parties.yaml declares no vendor, its workspace holds no
transcripts and its config has no `interviews` section (nobody is drawn for an interview);
the other keeps its vendors in parties.yaml but has no recordings and no transcripts yet.
Nothing else is edited and no empty folder is made. Each run says which stages are off,
and why.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

pytestmark = pytest.mark.workflow

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
STAFF = 60


@pytest.fixture(scope="module")
def survey_only(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess]:
    study = tmp_path_factory.mktemp("survey_only") / "study"
    subprocess.run(
        [str(BIN / "sealflow"), "demo", "init", str(study), "--staff", str(STAFF)],
        check=True,
        capture_output=True,
    )
    parties_path = study / "parties.yaml"
    parties = yaml.safe_load(parties_path.read_text())
    parties["parties"] = {
        name: entry for name, entry in parties["parties"].items() if entry["role"] != "vendor"
    }
    parties_path.write_text(yaml.safe_dump(parties))
    config_path = study / "config.yaml"
    config = yaml.safe_load(config_path.read_text())
    del config["interviews"]  # no interviewees to draw, so no invitation list to send
    config_path.write_text(yaml.safe_dump(config))
    # The demo lays out the vendor's transcripts and the recordings; this study has neither.
    shutil.rmtree(study / "work/received/vendor")
    shutil.rmtree(study / "work/recordings")
    for batch in (study / "dropbox/evaluator").glob("*-vendor*-*"):
        shutil.rmtree(batch)  # the demo's vendors already sent their transcripts
    for record in (study / "results/exchange/sent").glob("*-evaluator-recordings-*.json"):
        record.unlink()  # nor had the demo's evaluator sent them recordings
    ran = subprocess.run(
        [str(BIN / "snakemake"), "--cores", "2", "--configfile", str(study / "config.yaml")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    return study, ran


def test_when_a_survey_only_study_runs_then_it_reaches_the_report_without_interview_stages(
    survey_only: tuple[Path, subprocess.CompletedProcess],
) -> None:
    study, ran = survey_only
    assert ran.returncode == 0, ran.stderr[-3000:]
    report = json.loads((study / "results/report/deidentification.json").read_text())
    assert report
    assert not (study / "work/scrub/transcripts").exists()
    assert not (study / "work/received/vendor").exists()
    summary = json.loads((study / "results/scrub/summary.json").read_text())
    assert list(summary["sources"]) == ["survey"]
    assert " is off: " in ran.stderr and "stage transcription is off" in ran.stderr
    assert not list((study / "results/exchange").glob("sent/*.json"))
    plan = json.loads((study / "results/exchange/plan.json").read_text())
    assert {s["rule"] for s in plan["sends"]} == {"send_links", "send_tokens"}


@pytest.fixture(scope="module")
def interviews_not_done(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess]:
    study = tmp_path_factory.mktemp("interviews_not_done") / "study"
    subprocess.run(
        [str(BIN / "sealflow"), "demo", "init", str(study), "--staff", str(STAFF)],
        check=True,
        capture_output=True,
    )
    parties = (study / "parties.yaml").read_bytes()
    # The vendors are declared (parties.yaml is left as it is), but nobody has been
    # interviewed yet: no recordings, no transcripts, no batch from a vendor.
    shutil.rmtree(study / "work/received/vendor")
    shutil.rmtree(study / "work/recordings")
    for batch in (study / "dropbox/evaluator").glob("*-vendor*-*"):
        shutil.rmtree(batch)
    ran = subprocess.run(
        [str(BIN / "snakemake"), "--cores", "2", "--configfile", str(study / "config.yaml")],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert (study / "parties.yaml").read_bytes() == parties
    return study, ran


def test_when_interviews_are_not_done_yet_then_nothing_waits_on_the_vendor(
    interviews_not_done: tuple[Path, subprocess.CompletedProcess],
) -> None:
    study, ran = interviews_not_done
    assert ran.returncode == 0, ran.stderr[-3000:]
    assert json.loads((study / "results/report/deidentification.json").read_text())
    assert "stage transcription is off: no recordings in work/recordings yet" in ran.stderr
    assert "stage scrub_transcripts is off: no transcripts in" in ran.stderr
    assert "localrules directive specifies rules that are not present" not in ran.stderr
    assert not (study / "work/scrub/transcripts").exists()
    assert not (study / "work/received/vendor").exists()
    summary = json.loads((study / "results/scrub/summary.json").read_text())
    assert list(summary["sources"]) == ["survey"]
    plan = json.loads((study / "results/exchange/plan.json").read_text())
    # The recordings for the declared vendor are in the plan, as not made yet: nothing waits.
    statuses = {s["rule"]: s["status"] for s in plan["sends"]}
    assert statuses["transcription"] == "not made yet"
    # Invitations go out before anyone is interviewed: they are in the plan too.
    assert set(statuses) == {"send_links", "send_tokens", "send_invitations", "transcription"}
    assert not (study / "results/exchange/deletion").exists()


def _send_target(study: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN / "snakemake"), "send", *extra, "--cores", "2",
         "--configfile", str(study / "config.yaml")],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )  # fmt: skip


def test_when_the_plan_is_approved_then_the_send_target_sends_once_and_a_rerun_sends_nothing(
    survey_only: tuple[Path, subprocess.CompletedProcess],
) -> None:
    study, ran = survey_only
    assert ran.returncode == 0, ran.stderr[-3000:]
    refused = _send_target(study)
    assert refused.returncode != 0
    log = (study / "logs/exchange/send_links.log").read_text()
    assert "not in an approved plan for provider" in log and "sealflow plan approve" in log
    approved = subprocess.run(
        [str(BIN / "sealflow"), "plan", "approve", "--yes", "-c", str(study / "config.yaml")],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert approved.returncode == 0, approved.stderr
    sent = _send_target(study)
    assert sent.returncode == 0, sent.stderr[-3000:]
    again = _send_target(study, "--forcerun", "send_links", "send_tokens")
    assert again.returncode == 0, again.stderr[-3000:]
    for party, record in (("provider", "links_for_provider"), ("survey", "tokens_for_survey")):
        batches = [p for p in (study / "dropbox" / party).iterdir() if p.name[:1].isdigit()]
        body = json.loads((study / f"results/exchange/sent/{record}.json").read_text())
        assert (len(batches), body["status"]) == (1, "already sent")
        assert body["batch_id"] == batches[0].name


@pytest.mark.parametrize(
    ("interviews", "scrubbed"),
    [pytest.param(True, ["transcripts"], id="interviews and the admin extract"),
     pytest.param(False, None, id="the admin extract only")],
)  # fmt: skip
def test_when_a_study_has_no_survey_then_it_reaches_the_report_with_the_survey_stages_off(
    tmp_path: Path, interviews: bool, scrubbed: list[str] | None
) -> None:
    study = tmp_path / "study"
    subprocess.run(
        [str(BIN / "sealflow"), "demo", "init", str(study), "--staff", "20"],
        check=True,
        capture_output=True,
    )
    parties_path = study / "parties.yaml"
    parties = yaml.safe_load(parties_path.read_text())
    dropped = {"survey"} if interviews else {"survey", "vendor"}
    parties["parties"] = {
        name: entry for name, entry in parties["parties"].items() if entry["role"] not in dropped
    }
    parties_path.write_text(yaml.safe_dump(parties))
    shutil.rmtree(study / "work/received/survey")
    for batch in (study / "dropbox/evaluator").glob("*-survey-*"):
        shutil.rmtree(batch)
    if not interviews:
        shutil.rmtree(study / "work/received/vendor")
        shutil.rmtree(study / "work/recordings")
        for batch in (study / "dropbox/evaluator").glob("*-vendor*-*"):
            shutil.rmtree(batch)
    ran = subprocess.run(
        [str(BIN / "snakemake"), "--cores", "2", "--configfile", str(study / "config.yaml")],
        cwd=REPO, capture_output=True, text=True, timeout=1200,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr[-3000:]
    assert "Traceback" not in ran.stderr and "MissingInputException" not in ran.stderr
    for stage in ("links", "ingest_survey", "link", "anonymise", "outcome"):
        assert f"sealflow: stage {stage} is off: no survey (" in ran.stderr
    report = json.loads((study / "results/report/deidentification.json").read_text())
    off = {o["stage"] for o in report["stages_off"]}
    assert {"links", "link", "anonymise", "outcome", "certify", "deposit"} <= off
    assert not report["certifiable"]  # nothing anonymised: certification has nothing to pass
    html = (study / "results/report/deidentification.html").read_text()
    assert "Stages this study leaves out" in html and "anonymise: no survey (" in html
    for folder in ("results/links", "results/link", "results/anonymise", "results/outcome"):
        assert not (study / folder).exists(), folder
    assert not (study / "work/ingest/survey.parquet").exists()
    assert (study / "work/ingest/admin.parquet").is_file()
    ingest = json.loads((study / "results/ingest/ingest_report.json").read_text())
    assert set(ingest["tables"]) == {"roster", "admin_extract"}
    summary_path = study / "results/scrub/summary.json"
    if scrubbed is None:
        assert not summary_path.exists() and "stage scrub is off: nothing to scrub" in ran.stderr
    else:
        assert list(json.loads(summary_path.read_text())["sources"]) == scrubbed
    plan = json.loads((study / "results/exchange/plan.json").read_text())
    assert {s["rule"] for s in plan["sends"]} <= {"transcription"}
