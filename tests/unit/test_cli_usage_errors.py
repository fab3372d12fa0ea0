"""Every command and subcommand: a usage error is one line on stderr and exit 2, no traceback.

The table is every command the front door's modules register, walked down to the leaves, so a
command added later is covered without editing this file. A study is never guessed: without
-c, SEALFLOW_CONFIG or ./config.yaml, a command that reads one stops (exit 2) naming the three.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sealflow.cli import COMMANDS, main, module_commands
from sealflow.cli.options import CONFIG_ENV


def _walk(command: Any, path: list[str]) -> Iterator[tuple[str, ...]]:
    yield tuple(path)
    for name, sub in (getattr(command, "commands", None) or {}).items():
        yield from _walk(sub, [*path, name])


def _every_command() -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for module_name in dict.fromkeys(module for module, _ in COMMANDS.values()):
        for name, command in module_commands(module_name).commands.items():
            found.extend(_walk(command, [name]))
    return found


EVERY_COMMAND = _every_command()
# Commands that read a study's config.yaml and must not guess one.
STUDY_COMMANDS = [
    ("config", "check"),
    ("status",),
    ("plan",),
    ("links",),
    ("ingest",),
    ("anonymise",),
    ("report",),
    ("deposit",),
    ("audit", "verify"),
    ("retention", "check"),
    ("retention", "purge"),
    ("ropa",),
]


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[object, str, str]:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    out = capsys.readouterr()
    return exited.value.code, out.out, out.err


@pytest.fixture
def nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty current folder and no SEALFLOW_CONFIG: no study can be found."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(CONFIG_ENV, raising=False)
    return tmp_path


def test_when_the_table_is_walked_then_it_reaches_subcommands() -> None:
    assert ("audit", "verify") in EVERY_COMMAND
    assert ("quotes", "approve") in EVERY_COMMAND
    assert len(EVERY_COMMAND) > len(COMMANDS)


@pytest.mark.parametrize("command", EVERY_COMMAND, ids=" ".join)
def test_when_an_option_does_not_exist_then_one_line_and_exit_2(
    command: tuple[str, ...], nowhere: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run([*command, "--no-such-option"], capsys)
    assert code == 2
    assert out == ""
    assert err.strip().splitlines() == [err.strip()]
    assert "No such option: --no-such-option" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("command", EVERY_COMMAND, ids=" ".join)
def test_when_a_required_argument_is_missing_then_one_line_and_exit_2(
    command: tuple[str, ...], nowhere: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(list(command), capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("sealflow: error: ")
    assert err.strip().splitlines() == [err.strip()]
    assert "Traceback" not in err


@pytest.mark.parametrize("command", STUDY_COMMANDS, ids=" ".join)
def test_when_no_study_is_named_then_the_three_ways_are_said_and_nothing_is_guessed(
    command: tuple[str, ...], nowhere: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (nowhere / "config").mkdir()  # the repository's layout: config/config.yaml is not a study
    (nowhere / "config" / "config.yaml").write_text("study: {name: demo}\n")
    code, _, err = _run(list(command), capsys)
    assert code == 2
    assert all(way in err for way in ("-c/--config", CONFIG_ENV, "./config.yaml"))


@pytest.mark.parametrize(
    "where", ["option", "environment", "current folder"], ids=["option", "env", "cwd"]
)
def test_when_a_study_is_named_one_of_three_ways_then_that_file_is_read(
    where: str, nowhere: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    study = nowhere / ("config.yaml" if where == "current folder" else "named.yaml")
    study.write_text("study: {name: demo}\n")  # not a valid study: load_config names the file
    argv = ["status", "-c", str(study)] if where == "option" else ["status"]
    if where == "environment":
        monkeypatch.setenv(CONFIG_ENV, str(study))
    code, _, err = _run(argv, capsys)
    assert code == 1
    assert f"{study.name}: key (top level): 'root' is a required property" in err


def _command(path: tuple[str, ...]) -> Any:
    command: Any = module_commands(COMMANDS[path[0]][0]).commands[path[0]]
    for name in path[1:]:
        command = command.commands[name]
    return command


# Commands whose -c is resolved by the command itself, each with its own test: `config check`
# (a positional CONFIG as well), `scrub docs|table` (the shipped settings when none is found:
# tests/unit/scrub/test_cli_output.py), `quotes sign` (none needed when APPROVALS is given:
# tests/unit/sdc/test_cli.py).
RESOLVED_BY_THE_COMMAND = {
    ("config", "check"),
    ("scrub", "docs"),
    ("scrub", "table"),
    ("quotes", "sign"),
}


@pytest.mark.parametrize(
    "command",
    [c for c in EVERY_COMMAND if "--config" in [o for p in _command(c).params for o in p.opts]],
    ids=" ".join,
)
def test_when_a_command_takes_a_study_then_it_finds_it_the_one_way_with_no_default(
    command: tuple[str, ...],
) -> None:
    (option,) = [p for p in _command(command).params if "--config" in p.opts]
    assert "-c" in option.opts
    assert option.envvar == CONFIG_ENV
    assert option.default is None
    if command not in RESOLVED_BY_THE_COMMAND:
        assert getattr(option.callback, "__name__", None) == "resolve_study_config"
