"""Progress bars (sealflow.progress) on ingest and transfers: on a terminal only, never a value.

A terminal is forced by replacing stderr with a text buffer that says it is a tty (rich then
draws as it would on one); pytest's own capture is the non-terminal case.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
import yaml

from sealflow import progress as progress_module
from sealflow.cli import main
from sealflow.exchange.context import PROGRESS_MIN_BYTES, progress_bar
from sealflow.progress import progress

from .study import TinyStudy

REPO = Path(__file__).resolve().parents[3]
INGEST_SUMMARY = "ingest (check, then write each table): 6 steps in "


class Terminal(io.StringIO):
    """stderr as a terminal would be: a tty."""

    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def _bars_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts with bars allowed (an adapter test may have switched them off)."""
    monkeypatch.setitem(progress_module._OFF, "quiet", False)
    monkeypatch.setitem(progress_module._OFF, "adapter", False)
    monkeypatch.setitem(progress_module._OFF, "json", False)


@pytest.fixture
def config_file(study: TinyStudy) -> Path:
    config = yaml.safe_load((REPO / "config/config.yaml").read_text())
    config["root"] = "."
    path = study.root / "config.yaml"
    path.write_text(yaml.safe_dump(config))
    return path


def _values(study: TinyStudy) -> list[str]:
    return [*study.ids, *(study.token(i) for i in study.ids)]


def _ingest(config_file: Path, *options: str) -> None:
    main(["links", "--config", str(config_file), "--quiet"])
    main(["ingest", "--config", str(config_file), *options])


def test_when_stderr_is_a_terminal_then_ingest_shows_a_bar_and_a_summary_without_values(
    study: TinyStudy, config_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    _ingest(config_file)
    shown = terminal.getvalue()
    assert INGEST_SUMMARY in shown
    assert "\x1b[" in shown  # drawn with terminal control codes: a live bar
    leaked = [value for value in _values(study) if value in shown]
    assert not leaked


@pytest.mark.parametrize(
    ("terminal", "options"),
    [
        pytest.param(False, (), id="not a terminal"),
        pytest.param(True, ("--quiet",), id="terminal with --quiet"),
        pytest.param(True, ("--json",), id="terminal with --json"),
    ],
)
def test_when_stderr_is_no_terminal_or_quiet_then_no_bar_and_no_summary(
    study: TinyStudy,
    config_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    terminal: bool,
    options: tuple[str, ...],
) -> None:
    stream = Terminal() if terminal else io.StringIO()
    monkeypatch.setattr(sys, "stderr", stream)
    _ingest(config_file, *options)
    assert "ingest (" not in stream.getvalue()
    assert "\x1b[" not in stream.getvalue()
    assert (study.work / "ingest/survey.parquet").is_file()


def test_when_a_rule_adapter_runs_then_bars_stay_out_of_its_log(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from sealflow.adapters import one_line_errors

    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    with one_line_errors(), progress("scrub table", 3, "chunks") as advance:
        advance(3)
    assert terminal.getvalue() == ""


class _Transport:
    on_bytes = None


@pytest.mark.parametrize(
    ("total", "drawn"),
    [
        pytest.param(PROGRESS_MIN_BYTES, True, id="a large batch"),
        pytest.param(PROGRESS_MIN_BYTES - 1, False, id="a small batch"),
    ],
)
def test_when_a_batch_is_transferred_on_a_terminal_then_its_bytes_are_shown_when_large(
    monkeypatch: pytest.MonkeyPatch, total: int, drawn: bool
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    transport = _Transport()
    with progress_bar(transport, total, "send 20261205T010000Z-evaluator-links-0a1b2c3d"):  # type: ignore[arg-type]
        if transport.on_bytes is not None:
            for _ in range(8):
                transport.on_bytes(total // 8)
    assert transport.on_bytes is None
    summary = "send 20261205T010000Z-evaluator-links-0a1b2c3d: 8.0 MiB in "
    assert (summary in terminal.getvalue()) is drawn
