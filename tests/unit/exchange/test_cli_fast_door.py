"""`sealflow send` and `receive` through their fast door: the same work, without typer.

A plain, complete command line runs without importing typer (whose imports took a third
of a 200 MB send); anything else goes to typer and behaves exactly as before.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from exchange_study import Study

from sealflow.cli import exchange_fast, main
from sealflow.exchange.flow import make_outgoing, send_batch
from sealflow.ingest.tokens import load_or_create_token_key


def _provider_sends(study: Study, plain_files: list[Path], name: str = "b") -> None:
    provider = study.as_party("provider")
    folder = study.root / "parties/provider/outgoing" / name
    make_outgoing(provider, "evaluator", "extract", plain_files, folder)
    send_batch(provider, "evaluator", folder)


def _our_batch(study: Study, plain_files: list[Path]) -> Path:
    folder = study.root / "work/exchange/outgoing/b1"
    make_outgoing(study.context(), "provider", "links", plain_files, folder)
    return folder


TYPER_STACK = ("typer", "click", "pydantic", "rich")


def _run_in_process(
    argv: list[str], env: dict[str, str], watched: tuple[str, ...] = TYPER_STACK
) -> subprocess.CompletedProcess[str]:
    """`main(argv)` in a fresh interpreter; prints which of the ``watched`` modules (typer's
    stack unless told) it imported."""
    probe = (
        "import sys\n"
        "from sealflow.cli import main\n"
        f"main({argv!r})\n"
        f"print('IMPORTED:' + ','.join(sorted(m for m in {watched!r} if m in sys.modules)))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=False
    )


def test_when_send_and_receive_are_plain_then_they_run_without_importing_typer(
    study: Study, plain_files: list[Path]
) -> None:
    batch = _our_batch(study, plain_files)
    _provider_sends(study, plain_files)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    env.pop("SEALFLOW_CONFIG", None)
    config = str(study.config_path)
    sent = _run_in_process(["send", str(batch), "--to", "provider", "-c", config], env)
    assert sent.returncode == 0, sent.stderr
    assert "sent to provider via drop-box" in sent.stdout
    assert sent.stdout.strip().splitlines()[-1] == "IMPORTED:"
    out = study.root / "work/received/provider"
    got = _run_in_process(
        ["receive", "--from", "provider", "--out", str(out)], {**env, "SEALFLOW_CONFIG": config}
    )
    assert got.returncode == 0, got.stderr
    assert "1 batch(es) received, 2 file(s) opened" in got.stdout
    assert got.stdout.strip().splitlines()[-1] == "IMPORTED:"
    for path in plain_files:
        assert (out / path.name).read_bytes() == path.read_bytes()


def test_when_receive_screens_a_withdrawn_person_then_it_imports_neither_polars_nor_numpy(
    study: Study, tmp_path: Path
) -> None:
    # The screen is at work (a withdrawal listed, a table naming them, the token key made),
    # yet the fast door reads the list with the csv module and hashes tokens one by one.
    withdrawals = study.root / "work/withdrawals.csv"
    withdrawals.parent.mkdir(parents=True, exist_ok=True)
    withdrawals.write_text("pseudonymous_id,withdrawn_on\nPSN-0000000002,2026-11-01\n")
    load_or_create_token_key(study.root / "work/keys/survey_token.key")
    roster = tmp_path / "plain" / "roster.csv"
    roster.parent.mkdir()
    roster.write_text("pseudonymous_id\nPSN-0000000001\nPSN-0000000002\n")
    _provider_sends(study, [roster])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    env.pop("SEALFLOW_CONFIG", None)
    out = study.root / "work/received/provider"
    argv = ["receive", "--from", "provider", "--out", str(out), "-c", str(study.config_path)]
    got = _run_in_process(argv, env, watched=("numpy", "polars"))
    assert got.returncode == 0, got.stderr
    assert "1 batch(es) received, 1 file(s) opened" in got.stdout
    assert got.stdout.strip().splitlines()[-1] == "IMPORTED:"
    assert (out / "roster.csv").read_text() == "pseudonymous_id\nPSN-0000000001\n"


def test_when_receive_runs_again_on_unchanged_settings_then_it_imports_no_jsonschema(
    study: Study, plain_files: list[Path]
) -> None:
    # The first receive validates config.yaml and parties.yaml and records it; the second
    # finds the same bytes recorded (config_cache.py) and leaves jsonschema unimported.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    env.pop("SEALFLOW_CONFIG", None)
    imported = []
    for name in ("first", "second"):
        _provider_sends(study, plain_files, name)
        out = study.root / "work/received" / name
        argv = ["receive", "--from", "provider", "--out", str(out), "-c", str(study.config_path)]
        got = _run_in_process(argv, env, watched=("jsonschema", "referencing"))
        assert got.returncode == 0, got.stderr
        assert "1 batch(es) received" in got.stdout
        imported.append(got.stdout.strip().splitlines()[-1])
        assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in plain_files)
    assert imported == ["IMPORTED:jsonschema,referencing", "IMPORTED:"]


@pytest.mark.parametrize(
    "argv",
    [
        ["send", "{batch}", "--to", "provider", "--json", "-c", "{config}"],
        ["send", "--help"],
        ["send", "{batch}", "--to", "provider", "--no-such-option", "-c", "{config}"],
        ["send", "--to", "provider", "-c", "{config}"],
        ["receive", "--from", "provider", "-c", "{config}"],
        ["receive", "--fro", "provider", "--out", "{root}/o", "-c", "{config}"],
        ["send", "{batch}", "--to", "provider"],
    ],
    ids=["json", "help", "unknown-option", "no-path", "no-out", "abbreviated",
         "no-study"],
)  # fmt: skip
def test_when_a_command_line_is_not_plain_then_the_fast_door_declines_it_to_typer(
    study: Study,
    plain_files: list[Path],
    argv: list[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.delenv("SEALFLOW_CONFIG", raising=False)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)  # no ./config.yaml here
    batch = _our_batch(study, plain_files)
    args = [a.format(batch=batch, config=study.config_path, root=study.root) for a in argv]
    assert exchange_fast.run_fast(args) is False
    assert not (study.root / "dropbox/provider").exists()  # nothing was sent meanwhile


def test_when_send_asks_for_json_then_typer_prints_the_record(
    study: Study, plain_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    batch = _our_batch(study, plain_files)
    main(["send", str(batch), "--to", "provider", "--json", "-c", str(study.config_path)])
    record = json.loads(capsys.readouterr().out)
    assert record["to"] == "provider" and len(record["files"]) == 2


@pytest.mark.parametrize("door", ["fast", "typer"])
def test_when_receive_runs_through_either_door_then_it_prints_and_opens_the_same(
    study: Study,
    plain_files: list[Path],
    door: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if door == "typer":
        monkeypatch.setattr(exchange_fast, "run_fast", lambda args: False)
    _provider_sends(study, plain_files)
    out = study.root / "work/received/provider"
    main(["receive", "--from", "provider", "--out", str(out), "-c", str(study.config_path)])
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].endswith(": received from provider, receipt sent")
    assert printed[1] == f"1 batch(es) received, 2 file(s) opened in {out}"
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in plain_files)


def test_when_the_fast_door_meets_a_bad_party_then_one_line_and_exit_1(
    study: Study, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["receive", "--from", "nobody", "--out", "o", "--config", str(study.config_path)])
    assert exited.value.code == 1
    err = capsys.readouterr().err
    assert "unknown party 'nobody'" in err and err.count("\n") == 1
