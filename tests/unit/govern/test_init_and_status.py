"""`sealflow init DIR` lays out a real study; `sealflow status -c CONFIG` says where it stands."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))

from exchange_study import Study, write_study

from sealflow.cli import main
from sealflow.config import load_config, load_parties
from sealflow.errors import SealflowError
from sealflow.exchange.plan import approve, current_plan, send_planned
from sealflow.exchange.shape import study_shape
from sealflow.govern.stage_outputs import expected_outputs
from sealflow.seal.keys import new_keys
from sealflow.seal.minisign_keys import MinisignSecretKey
from sealflow.settings import StudySettings

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def study(tmp_path: Path) -> Study:
    return write_study(tmp_path)


def _status(config: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    main(["status", "-c", str(config), "--json"])
    return json.loads(capsys.readouterr().out)


def test_when_a_study_is_initialised_then_config_parties_folders_and_keys_are_ready(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SEALFLOW_KEY_PASSPHRASE", PASSPHRASE)
    study = tmp_path / "study"
    main(["init", str(study)])
    out = capsys.readouterr().out
    assert f"sealflow status -c {study / 'config.yaml'}" in out
    assert f"snakemake --cores 2 --configfile {study / 'config.yaml'}" in out
    config_text = (study / "config.yaml").read_text()
    assert (
        "\nroot: .\n" in config_text and sum("#" in line for line in config_text.splitlines()) > 50
    )
    config = load_config(study / "config.yaml")
    parties = load_parties(config)
    assert list(parties["parties"]) == ["evaluator"]
    assert "#  vendor:" in (study / "parties.yaml").read_text()
    for folder in ("", "work", "work/keys", "work/keys/evaluator", "work/received", "dropbox"):
        assert (study / folder).stat().st_mode & 0o777 == 0o700, folder
    # An empty withdrawals register: links and ingest read it on the first run.
    withdrawals = study / "work/withdrawals.csv"
    assert withdrawals.read_text() == "pseudonymous_id,withdrawn_on\n"
    assert withdrawals.stat().st_mode & 0o777 == 0o600
    secret = study / "work/keys/evaluator/evaluator.minisign.key"
    assert secret.stat().st_mode & 0o777 == 0o600
    with pytest.raises(SealflowError):
        MinisignSecretKey.load(secret)
    key = MinisignSecretKey.load(secret, PASSPHRASE)
    assert (
        key.public.encode_file().splitlines()[-1]
        == (parties["parties"]["evaluator"]["minisign_public_key"])
    )
    main(["config", "check", str(study / "config.yaml")])
    status = _status(study / "config.yaml", capsys)
    # Nothing ran yet; the stages built on a survey are off (none is declared yet).
    assert set(status["stages"].values()) == {"not yet", "off"}
    # No survey and no transcripts: nothing to scrub either.
    assert {s for s, state in status["stages"].items() if state == "off"} == {
        "links",
        "scrub",
        "link",
        "anonymise",
        "outcome",
    }
    assert {o["stage"] for o in status["off"]} >= {"send_links", "send_tokens", "transcription"}
    # No survey yet: the stages built on it are off, and say why.
    assert status["survey"] is False
    assert {o["stage"] for o in status["off"]} >= {"links", "link", "anonymise", "outcome"}
    # Nothing declared but the evaluator: the next step is to declare the other parties.
    assert status["next"].startswith("declare the other parties in parties.yaml")
    assert status["next"].endswith(f"snakemake --cores 2 --configfile {study / 'config.yaml'}")


@pytest.mark.parametrize(
    ("prepare", "message"),
    [
        (lambda study, mp: mp.delenv("SEALFLOW_KEY_PASSPHRASE", raising=False), "is not set"),
        (lambda study, mp: (study.mkdir(), (study / "notes.txt").write_text("x")), "not empty"),
    ],
    ids=["no passphrase", "folder not empty"],
)
def test_when_init_cannot_lay_out_safely_then_one_line_and_nothing_made(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    prepare,
    message: str,
) -> None:
    monkeypatch.setenv("SEALFLOW_KEY_PASSPHRASE", PASSPHRASE)
    study = tmp_path / "study"
    prepare(study, monkeypatch)
    with pytest.raises(SystemExit) as exited:
        main(["init", str(study)])
    err = capsys.readouterr().err
    assert exited.value.code == 1 and message in err and err.count("\n") == 1
    assert not (study / "config.yaml").exists() and not (study / "work").exists()


def _links(study: Study) -> None:
    path = study.root / "work/links/links_for_provider.csv"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("pseudonymous_id,survey_token\nPSN-0000000001,T1\n")


def _report(study: Study, passed: bool) -> None:
    """A complete run: every stage's files there (status calls a stage missing any of them
    incomplete), and the report with one gate."""
    config = load_config(study.config_path)
    settings = StudySettings.from_config(config)
    shape = study_shape(settings, load_parties(config))
    for paths in expected_outputs(config, settings, shape).values():
        for made in paths:
            made.parent.mkdir(parents=True, exist_ok=True)
            if not made.exists():
                made.write_text("{}" if made.suffix == ".json" else "")
    path = study.root / "results/report/deidentification.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    gate = {"name": "k-anonymity", "figure": 11, "limit": ">= 10", "passed": passed, "note": ""}
    path.write_text(json.dumps({"gates": [gate]}))


def test_when_a_study_moves_on_then_status_names_what_waits_and_the_next_command(
    study: Study, capsys: pytest.CaptureFixture[str]
) -> None:
    config = study.config_path
    _links(study)
    status = _status(config, capsys)
    assert [i["file"] for i in status["pending"]["plan_approval"]] == [
        "work/links/links_for_provider.csv"
    ]
    assert status["next"].startswith("snakemake --cores 2")
    _report(study, passed=True)
    assert _status(config, capsys)["next"] == f"sealflow plan approve -c {config}"
    ctx, settings = study.context(), StudySettings.from_config(load_config(config))
    approve(ctx, settings, current_plan(ctx, settings))
    status = _status(config, capsys)
    assert status["pending"]["plan_approval"] == []
    assert len(status["pending"]["approved_not_sent"]) == 2  # the links and the tokens
    assert status["next"] == f"snakemake send --cores 2 --configfile {config}"
    record = send_planned(ctx, settings, "send_links", study.root / "results/exchange/sent/l.json")
    tokens = send_planned(ctx, settings, "send_tokens", study.root / "results/exchange/sent/t.json")
    status = _status(config, capsys)
    assert status["stages"]["send"] == "ran"
    assert status["pending"]["receipts"] == [
        {"batch_id": record["batch_id"], "to": "provider", "status": "awaiting"},
        {"batch_id": tokens["batch_id"], "to": "survey", "status": "awaiting"},
    ]
    assert status["next"].startswith(f"sealflow certify statement --config {config}")
    _report(study, passed=False)
    assert _status(config, capsys)["next"].startswith("fix the failing gates")
    (study.root / "work/exchange/quarantine/20260101T000000Z-survey-export-abc123").mkdir(
        parents=True
    )
    status = _status(config, capsys)
    assert status["pending"]["quarantine"] == ["20260101T000000Z-survey-export-abc123"]
    assert "quarantine" in status["next"]
    main(["status", "-c", str(config)])
    shown = capsys.readouterr().out
    assert "quarantined batch: 20260101T000000Z-survey-export-abc123" in shown
    assert "FAIL: k-anonymity" in shown and "PSN-" not in shown


def test_when_a_vendor_has_not_confirmed_deletion_then_status_shows_the_deadline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    keys = new_keys("vendor", tmp_path / "parties/vendor/keys")
    vendor = {
        "role": "vendor", "country": "GB", "age_recipient": keys.recipient,
        "minisign_public_key": keys.minisign_public_key, "transport": "local",
        "dropbox": "dropbox/vendor", "deletion_deadline_days": 7,
    }  # fmt: skip
    study = write_study(tmp_path, {"vendor": vendor})
    recordings = tmp_path / "work/recordings"
    recordings.mkdir(parents=True)
    (recordings / "INT-001.wav").write_bytes(b"RIFF....WAVE")
    ctx, settings = study.context(), StudySettings.from_config(load_config(study.config_path))
    approve(ctx, settings, current_plan(ctx, settings))
    record = send_planned(ctx, settings, "transcription", tmp_path / "results/r.json")
    stored = tmp_path / "results/exchange/sent" / f"{record['batch_id']}.json"
    body = json.loads(stored.read_text())
    body["sent_at"] = (datetime.now(UTC) - timedelta(days=8)).isoformat()
    stored.write_text(json.dumps(body))
    (deletion,) = _status(study.config_path, capsys)["pending"]["vendor_deletions"]
    assert (deletion["party"], deletion["status"]) == ("vendor", "overdue")
    assert deletion["batch_id"] == record["batch_id"]
    assert yaml.safe_load((tmp_path / "parties.yaml").read_text())["parties"]["vendor"]


def test_when_a_study_has_no_survey_then_status_shows_its_stages_off_and_no_certify_step(
    study: Study, capsys: pytest.CaptureFixture[str]
) -> None:
    parties_path = study.root / "parties.yaml"
    parties = yaml.safe_load(parties_path.read_text())
    parties["parties"] = {
        name: entry for name, entry in parties["parties"].items() if entry["role"] != "survey"
    }
    parties_path.write_text(yaml.safe_dump(parties))
    config = study.config_path
    status = _status(config, capsys)
    assert status["survey"] is False
    assert status["stages"]["link"] == "off" and status["stages"]["anonymise"] == "off"
    assert status["pending"]["plan_approval"] == []  # no links: nothing for the provider
    assert status["next"].startswith("snakemake --cores 2")
    _report(study, passed=False)
    status = _status(config, capsys)
    assert status["next"].startswith("nothing more to run")
    assert "certify" not in status["next"].split(":")[0]
    main(["status", "-c", str(config)])
    shown = capsys.readouterr().out
    assert "  link: off" in shown and "off: link: no survey (" in shown


def test_when_a_later_job_failed_after_a_complete_run_then_its_stage_is_incomplete(
    study: Study, capsys: pytest.CaptureFixture[str]
) -> None:
    """Snakemake removes all a failed job's outputs (the stage's summary with them) and keeps
    the report of the run before: the stage is incomplete, and the run is the next step."""
    config = study.config_path
    _links(study)
    _report(study, passed=True)
    assert _status(config, capsys)["incomplete"] == {}
    for made in ("results/link/match_report.json", "work/link/linked.parquet"):
        (study.root / made).unlink()
    status = _status(config, capsys)
    assert status["stages"]["link"] == "incomplete"
    assert status["incomplete"] == {
        "link": ["results/link/match_report.json", "work/link/linked.parquet"]
    }
    assert status["next"].startswith(f"snakemake --cores 2 --configfile {config} (it runs link")
