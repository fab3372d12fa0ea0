"""`sealflow send --json` and `sealflow batch receipts --json`: records on stdout for machines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from exchange_study import Study

from sealflow.cli import main


def test_when_send_and_receipts_are_asked_for_json_then_stdout_holds_their_records(
    study: Study, plain_files: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    out = study.root / "work/exchange/outgoing/b1"
    config = str(study.config_path)
    main(["batch", "make", "--to", "provider", "--purpose", "links", *map(str, plain_files),
          "--out", str(out), "-c", config])  # fmt: skip
    capsys.readouterr()
    main(["send", "--to", "provider", str(out), "-c", config, "--json"])
    sent = json.loads(capsys.readouterr().out)
    main(["batch", "receipts", "--from", "provider", "-c", config, "--json"])
    printed = capsys.readouterr()
    receipts = json.loads(printed.out)
    assert sent["via"].startswith("drop-box")
    assert [r["batch_id"] for r in receipts] == [sent["batch_id"]]
    assert [r["status"] for r in receipts] != ["acknowledged"]
    assert printed.err == ""
    assert "PSN-" not in json.dumps([sent, receipts])


@pytest.mark.parametrize(
    ("flag", "said"), [("-v", True), ("--verbose", True), ("-q", False), ("--quiet", False)]
)
def test_when_send_and_receive_are_asked_to_say_more_or_less_then_stderr_follows(
    study: Study,
    plain_files: list[Path],
    capsys: pytest.CaptureFixture[str],
    flag: str,
    said: bool,
) -> None:
    out = study.root / "work/exchange/outgoing/b1"
    config = str(study.config_path)
    main(["batch", "make", "--to", "provider", "--purpose", "links", *map(str, plain_files),
          "--out", str(out), "-c", config])  # fmt: skip
    capsys.readouterr()
    main(["send", "--to", "provider", str(out), "-c", config, flag])
    sent = capsys.readouterr()
    assert sent.out.startswith("batch ") and "sent to provider" in sent.out
    assert ("send: verifying" in sent.err) is said
    main(["receive", "--from", "provider", "--out", str(study.root / "in"), "-c", config, flag])
    received = capsys.readouterr()
    assert "0 batch(es) received" in received.out
    assert ("receive: new batches from provider" in received.err) is said
    if not said:
        assert sent.err == received.err == ""
