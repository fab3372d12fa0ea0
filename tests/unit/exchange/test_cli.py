"""The CLI front door: batch make/verify, send, receive, each with --config."""

from __future__ import annotations

from pathlib import Path

import pytest
from exchange_study import Study

from sealflow.cli import main
from sealflow.exchange.flow import make_outgoing, send_batch


def _run(argv: list[str]) -> None:
    main(argv)


def test_when_batch_is_made_verified_and_sent_then_it_lands_in_the_dropbox(
    study: Study, plain_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out = study.root / "work/exchange/outgoing/b1"
    config = str(study.config_path)
    _run(["batch", "make", "--to", "provider", "--purpose", "links", *map(str, plain_files),
          "--out", str(out), "--config", config])  # fmt: skip
    _run(["batch", "verify", str(out), "--config", config])
    _run(["send", "--to", "provider", str(out), "--config", config])
    printed = capsys.readouterr().out
    assert "OK, signed by evaluator for provider" in printed
    assert "sent to provider via drop-box" in printed
    assert "PSN-" not in printed
    assert len(list((study.root / "dropbox/provider").glob("*/manifest.json"))) == 1
    _run(["batch", "receipts", "--from", "provider", "--config", config])
    assert "0/1 acknowledged" in capsys.readouterr().out


@pytest.mark.parametrize("door", ["fast", "typer"])
def test_when_send_is_given_files_and_a_purpose_then_it_seals_keeps_and_sends_one_batch(
    study: Study,
    plain_files: list[Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    door: str,
) -> None:
    from sealflow.cli import exchange_fast
    from sealflow.exchange.flow import open_received, receive_batches

    if door == "typer":
        monkeypatch.setattr(exchange_fast, "run_fast", lambda args: False)
    config = str(study.config_path)
    _run(["send", "--to", "provider", "--purpose", "links", *map(str, plain_files), "-c", config])
    printed = capsys.readouterr().out
    assert "sent to provider via drop-box" in printed and "PSN-" not in printed
    kept = list((study.root / "work/exchange/outgoing").glob("provider-links-*/manifest.json"))
    assert len(kept) == 1  # our sealed copy, as `batch make --out` would have left
    assert len(list((study.root / "dropbox/provider").glob("*/manifest.json"))) == 1
    provider = study.as_party("provider")
    assert len(receive_batches(provider, "evaluator").received) == 1
    opened = open_received(provider, "evaluator", study.root / "opened")
    assert sorted(p.read_bytes() for p in opened) == sorted(p.read_bytes() for p in plain_files)


def test_when_party_batch_is_received_then_opened_into_out(
    study: Study, plain_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    provider = study.as_party("provider")
    batch = study.root / "parties/provider/outgoing/b"
    make_outgoing(provider, "evaluator", "extract", plain_files, batch)
    send_batch(provider, "evaluator", batch)
    out = study.root / "work/received/provider"
    _run(["receive", "--from", "provider", "--out", str(out), "--config", str(study.config_path)])
    assert sorted(p.name for p in out.iterdir()) == ["admin_extract.csv", "roster.csv"]
    assert "1 batch(es) received, 2 file(s) opened" in capsys.readouterr().out


def test_when_receive_runs_again_then_only_the_newly_received_batch_is_opened(
    study: Study, plain_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    provider = study.as_party("provider")
    out = study.root / "work/received/provider"
    argv = ["receive", "--from", "provider", "--out", str(out), "--config", str(study.config_path)]
    first = study.root / "parties/provider/outgoing/b1"
    make_outgoing(provider, "evaluator", "extract", plain_files[:1], first)
    send_batch(provider, "evaluator", first)
    _run(argv)
    opened_before = out / plain_files[0].name
    opened_before.write_text("changed after it was opened")
    second = study.root / "parties/provider/outgoing/b2"
    make_outgoing(provider, "evaluator", "extract", plain_files[1:2], second)
    send_batch(provider, "evaluator", second)
    capsys.readouterr()
    _run(argv)
    assert "1 batch(es) received, 1 file(s) opened" in capsys.readouterr().out
    assert opened_before.read_text() == "changed after it was opened"
    assert (out / plain_files[1].name).exists()
    _run(argv)
    assert "0 batch(es) received, 0 file(s) opened" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["batch", "verify", "{root}/nowhere"], "not a batch folder"),
        (["send", "--to", "nobody", "{root}/nowhere"], "not a batch folder"),
        (["send", "--to", "provider", "{root}/a", "{root}/b"], "2 paths given without --purpose"),
        (["send", "--to", "provider", "--purpose", "links", "{root}/nowhere"], "not a file"),
        (["receive", "--from", "nobody", "--out", "{root}/o"], "unknown party 'nobody'"),
        (
            [
                "batch",
                "make",
                "--to",
                "nobody",
                "--purpose",
                "x",
                "{root}/config.yaml",
                "--out",
                "{root}/b",
            ],
            "unknown party 'nobody'",
        ),
    ],
)
def test_when_cli_input_is_bad_then_one_line_error_and_exit_1(
    study: Study, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    args = [a.format(root=study.root) for a in argv] + ["--config", str(study.config_path)]
    with pytest.raises(SystemExit) as exit_info:
        _run(args)
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not (study.root / "b").exists()
