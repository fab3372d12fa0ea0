"""`sealflow scrub docs|table`: the summary on stdout (--json for machines), -v/-q on stderr."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

import pytest

from sealflow.cli import main


# -v: the command's step, and the start and the duration every command adds.
@pytest.mark.parametrize(
    "flags, notes", [([], 0), (["-v"], 3), (["-q"], 0)], ids=["plain", "verbose", "quiet"]
)
def test_when_scrub_docs_reports_then_json_is_on_stdout_and_notes_follow_the_flags(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flags: list[str], notes: int
) -> None:
    source = tmp_path / "in"
    source.mkdir()
    (source / "one.txt").write_text("Sgt Okafor rang 07700 900123 on Monday.\n")
    main(["scrub", "docs", "--in", str(source), "--out", str(tmp_path / "out"), "--json", *flags])
    printed = capsys.readouterr()
    summary = json.loads(printed.out)
    assert summary["documents_scrubbed"] == 1
    assert summary["total"] == len((tmp_path / "out/findings.jsonl").read_text().splitlines())
    assert len(printed.err.strip().splitlines()) == notes
    assert "Okafor" not in printed.out + printed.err


def test_when_scrub_table_runs_then_its_counts_are_on_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "survey.csv"
    source.write_text("ft_a,other\nring Sgt Okafor on 07700 900123,x\n")
    out = tmp_path / "scrubbed.csv"
    main(["scrub", "table", "--in", str(source), "--columns", "ft_a", "--out", str(out), "--json"])
    printed = capsys.readouterr()
    assert json.loads(printed.out)["columns"] == 1
    assert printed.err == ""


class _Terminal:
    """stderr as a terminal: a tty that keeps what was drawn."""

    def __init__(self) -> None:
        import io

        self.buffer = io.StringIO()

    def isatty(self) -> bool:
        return True

    def write(self, text: str) -> int:
        return self.buffer.write(text)

    def flush(self) -> None:
        pass


@pytest.mark.parametrize(
    ("quiet", "drawn"),
    [([], True), (["-q"], False), (["--json"], False)],
    ids=["tty", "quiet", "json"],
)
def test_when_scrub_docs_runs_on_a_terminal_then_a_bar_and_summary_show_without_values(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet: list[str], drawn: bool
) -> None:
    import sys

    from sealflow import progress

    monkeypatch.setitem(progress._OFF, "adapter", False)
    monkeypatch.setitem(progress._OFF, "json", False)
    source = tmp_path / "in"
    source.mkdir()
    (source / "one.txt").write_text("Sgt Okafor rang 07700 900123 on Monday.\n")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    main(["scrub", "docs", "--in", str(source), "--out", str(tmp_path / "out"), *quiet])
    shown = terminal.buffer.getvalue()
    assert ("scrub documents: 1 chunks in " in shown) is drawn
    assert "Okafor" not in shown and "900123" not in shown


@pytest.mark.parametrize(
    ("named", "said"),
    [
        pytest.param("nothing", True, id="no study: shipped settings, said on stderr"),
        pytest.param("environment", False, id="SEALFLOW_CONFIG"),
        pytest.param("current folder", False, id="./config.yaml"),
    ],
)
def test_when_scrub_runs_then_it_reads_the_study_every_command_finds_or_says_it_has_none(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    named: str,
    said: bool,
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SEALFLOW_CONFIG", raising=False)
    # A scrub section the schema refuses: reading it is an error that names the file.
    study = tmp_path / ("config.yaml" if named == "current folder" else "study.yaml")
    if named != "nothing":
        study.write_text("scrub:\n  no_such_key: 1\n")
    if named == "environment":
        monkeypatch.setenv("SEALFLOW_CONFIG", str(study))
    source = tmp_path / "in"
    source.mkdir()
    (source / "one.txt").write_text("Sgt Okafor rang on Monday.\n")
    with pytest.raises(SystemExit) if not said else contextlib.nullcontext():
        main(["scrub", "docs", "--in", str(source), "--out", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert ("the shipped scrub settings apply" in err) is said
    if not said:
        assert study.name in err and "no_such_key" in err
