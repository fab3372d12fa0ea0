"""`sealflow report --json`: the gates and the verdict on stdout, the same as the written JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sealflow.cli import main


def test_when_report_is_asked_for_json_then_stdout_has_the_gates_and_the_exit_says_the_verdict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study = tmp_path / "demo"
    main(["demo", "init", str(study), "--staff", "30"])
    capsys.readouterr()
    with pytest.raises(SystemExit) as exited:  # nothing has run: no gate can pass yet
        main(["report", "-c", str(study / "config.yaml"), "--json"])
    printed = capsys.readouterr()
    shown = json.loads(printed.out)
    written = json.loads((study / "results/report/deidentification.json").read_text())
    assert exited.value.code == 2
    assert shown["certifiable"] is False
    assert shown["gates"] == written["gates"]
    assert printed.err == ""
