"""--json on batch make|verify, receive, and the setup commands (init, config check, event
record, ropa): one JSON document on stdout, nothing on stderr, never a value from a file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from exchange_study import Study

from sealflow.cli import main
from sealflow.exchange.flow import make_outgoing, send_batch

PASSPHRASE = "correct horse battery staple"


def _json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    main([*argv, "--json"])
    printed = capsys.readouterr()
    assert printed.err == "", printed.err
    assert "PSN-" not in printed.out
    return json.loads(printed.out)


def test_when_a_batch_is_made_and_verified_with_json_then_stdout_holds_its_facts(
    study: Study, plain_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out = study.root / "work/exchange/outgoing/b1"
    config = ["--config", str(study.config_path)]
    made = _json(["batch", "make", "--to", "provider", "--purpose", "links",
                  *map(str, plain_files), "--out", str(out), *config], capsys)  # fmt: skip
    verified = _json(["batch", "verify", str(out), *config], capsys)
    manifest = json.loads((out / "manifest.json").read_text())
    assert made["batch_id"] == verified["batch_id"] == manifest["batch_id"]
    assert (made["files"], made["recipient"], made["purpose"]) == (2, "provider", "links")
    assert verified["verified"] is True and verified["sender"] == "evaluator"


def test_when_batches_are_received_with_json_then_stdout_lists_them_and_the_files_opened(
    study: Study, plain_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    provider = study.as_party("provider")
    batch = study.root / "parties/provider/outgoing/b"
    manifest = make_outgoing(provider, "evaluator", "extract", plain_files, batch)
    send_batch(provider, "evaluator", batch)
    out = study.root / "work/received/provider"
    argv = ["receive", "--from", "provider", "--out", str(out), "--config", str(study.config_path)]
    received = _json(argv, capsys)
    assert received["received"] == [manifest.batch_id]
    assert (received["files_opened"], received["quarantined"]) == (2, [])
    again = _json(argv, capsys)
    assert (again["received"], again["files_opened"]) == ([], 0)


def test_when_a_study_is_laid_out_with_json_then_its_setup_commands_answer_in_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("SEALFLOW_KEY_PASSPHRASE", PASSPHRASE)
    root = tmp_path / "study"
    laid_out = _json(["init", str(root)], capsys)
    config = str(root / "config.yaml")
    assert laid_out["config"] == config and laid_out["next"]
    checked = _json(["config", "check", config], capsys)
    assert (checked["valid"], checked["parties"], checked["evaluator"]) == (True, 1, "evaluator")
    event = _json(["event", "record", "ethics_approved", "--date", "2026-01-05", "-c", config],
                  capsys)  # fmt: skip
    assert (event["event"], event["date"]) == ("ethics_approved", "2026-01-05")
    ropa = _json(["ropa", "-c", config], capsys)
    assert ropa["purposes"] == 3 and Path(ropa["ropa"]).is_file()
    assert ropa["audit_entries"] >= 1


def test_when_the_plan_is_approved_with_json_then_stdout_holds_the_count_and_the_plan_file(
    study: Study, capsys: pytest.CaptureFixture[str]
) -> None:
    links = study.root / "work/links/links_for_provider.csv"
    links.parent.mkdir(parents=True, exist_ok=True)
    links.write_text("pseudonymous_id,survey_token\nPSN-0000000001,tokenvalue\n")
    approved = _json(["plan", "approve", "--yes", "-c", str(study.config_path)], capsys)
    assert approved["approved"] == 1 and Path(approved["plan"]).is_file()
    assert approved["not_made"] == ["work/links/tokens_for_survey.csv for survey"]
    links.unlink()  # nothing waiting: nothing approved, and stdout still says so
    nothing = _json(["plan", "approve", "--yes", "-c", str(study.config_path)], capsys)
    assert (nothing["approved"], nothing["plan"]) == (0, None)


@pytest.mark.parametrize(
    ("argv", "key"),
    [
        pytest.param(["event", "list"], None, id="event list"),
        pytest.param(["request", "list"], None, id="request list"),
        pytest.param(["retention", "check"], "purge_due", id="retention check"),
    ],
)
def test_when_a_command_whose_result_is_always_json_is_given_json_then_it_accepts_it(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    key: str | None,
) -> None:
    monkeypatch.setenv("SEALFLOW_KEY_PASSPHRASE", PASSPHRASE)
    root = tmp_path / "study"
    main(["init", str(root)])
    capsys.readouterr()
    main([*argv, "-c", str(root / "config.yaml")])
    plain = capsys.readouterr().out
    shown = _json([*argv, "-c", str(root / "config.yaml")], capsys)
    before = json.loads(plain)
    for document in (shown, before):  # a date, which a run across midnight would change
        if isinstance(document, dict):
            document.pop("checked_on", None)
    assert shown == before
    assert key is None or key in shown
