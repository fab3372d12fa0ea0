"""-q/--quiet and -v/--verbose on every command and subcommand (cli/options.wire_chatter).

-q leaves stderr empty on success and still shows everything on a failure (an error is never
swallowed); -v adds the command's steps and how long it took; a -q given to one in-process
call does not carry into the next. The table is every command the front door registers,
walked down to the leaves, so a command added later is covered without editing this file.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from sealflow.cli import COMMANDS, main, module_commands
from sealflow.cli.chatter import asking, chatter
from sealflow.errors import ConfigError


def _walk(command: Any, path: list[str]) -> Iterator[tuple[tuple[str, ...], Any]]:
    yield tuple(path), command
    for name, sub in (getattr(command, "commands", None) or {}).items():
        yield from _walk(sub, [*path, name])


def _every_command() -> dict[tuple[str, ...], Any]:
    found: dict[tuple[str, ...], Any] = {}
    for module_name in dict.fromkeys(module for module, _ in COMMANDS.values()):
        for name, command in module_commands(module_name).commands.items():
            found.update(_walk(command, [name]))
    return found


EVERY_COMMAND = _every_command()


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[object, str, str]:
    code: object = 0
    try:
        main(argv)
    except SystemExit as exited:
        code = exited.code or 0
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture(scope="module")
def study(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("chatter") / "study"
    try:
        main(["demo", "init", str(folder), "--staff", "20", "-q"])
    except SystemExit as exited:
        assert exited.code in (0, None)
    return folder / "config.yaml"


def test_when_the_table_is_walked_then_every_top_level_command_is_in_it() -> None:
    assert {path[0] for path in EVERY_COMMAND} == set(COMMANDS)
    assert ("audit", "verify") in EVERY_COMMAND


@pytest.mark.parametrize("command", list(EVERY_COMMAND), ids=" ".join)
def test_when_a_command_is_built_then_it_takes_quiet_and_verbose(command: tuple[str, ...]) -> None:
    options = {o for p in EVERY_COMMAND[command].params for o in getattr(p, "opts", ())}
    assert {"--quiet", "-q", "--verbose", "-v"} <= options


@pytest.mark.parametrize("command", sorted(COMMANDS), ids=str)
def test_when_help_is_asked_then_it_lists_quiet_and_verbose(
    command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _run([command, "--help"], capsys)
    assert code == 0
    assert "--quiet" in out and "--verbose" in out


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["config", "check", "-c", "{study}"], "is valid"),
        (["config", "check", "-c", "{study}", "--json"], None),
        (["demo", "init", "{fresh}", "--staff", "20"], "synthetic study"),
    ],
    ids=["config check", "config check --json", "demo init"],
)
@pytest.mark.parametrize("where", ["command", "group"], ids=["on the command", "on the group"])
def test_when_quiet_and_it_succeeds_then_stderr_is_empty(
    argv: list[str],
    says: str | None,
    where: str,
    study: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = [a.format(study=study, fresh=tmp_path / "fresh") for a in argv]
    code, _, loud = _run(args, capsys)
    assert code == 0
    if says is not None:
        assert says in loud  # the command does speak without -q
    quiet = [*args, "-q"] if where == "command" else [args[0], "-q", *args[1:]]
    if argv[0] == "demo":
        quiet[quiet.index(str(tmp_path / "fresh"))] = str(tmp_path / "fresh2")
    code, out, err = _run(quiet, capsys)
    assert code == 0
    assert err == ""
    if "--json" in args:
        assert '"valid": true' in out


def test_when_quiet_and_it_fails_then_the_error_is_still_shown(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(["demo", "init", str(study.parent), "--staff", "20", "-q"], capsys)
    assert code == 1
    assert err.startswith("sealflow: error: ") and "folder exists" in err


def test_when_verbose_then_the_steps_and_the_time_are_added(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, _, plain = _run(["config", "check", "-c", str(study)], capsys)
    code, _, verbose = _run(["config", "check", "-c", str(study), "-v"], capsys)
    assert code == 0
    assert "sealflow config check: started" not in plain
    assert "sealflow config check: started" in verbose
    assert "sealflow config check: done in " in verbose
    assert plain.strip() in verbose


def test_when_quiet_was_given_to_one_call_then_the_next_call_speaks(
    study: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(["config", "check", "-c", str(study), "-q"], capsys)
    _, _, err = _run(["config", "check", "-c", str(study)], capsys)
    assert "is valid" in err


def _says_then(ending: BaseException | None) -> None:
    print("step one", file=sys.stderr)
    if ending is not None:
        raise ending


@pytest.mark.parametrize(
    ("ending", "shown"),
    [
        (None, False),
        (SystemExit(0), False),
        (SystemExit(1), True),
        (SystemExit("sealflow: error: reason"), True),
        (ConfigError("bad key"), True),
    ],
    ids=["returns", "exit 0", "exit 1", "exit with message", "sealflow error"],
)
def test_when_quiet_then_what_was_held_back_is_shown_only_on_failure(
    ending: BaseException | None, shown: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    with contextlib.suppress(SystemExit, ConfigError):
        chatter("sealflow x", True, False, lambda: _says_then(ending))
    assert ("step one" in capsys.readouterr().err) is shown


def test_when_quiet_then_a_question_still_reaches_the_terminal(
    capsys: pytest.CaptureFixture[str],
) -> None:
    def work() -> None:
        print("held back", file=sys.stderr)
        with asking() as terminal:
            print("Approve sending these 2 file(s)?", file=terminal)

    chatter("sealflow plan approve", True, False, work)
    assert capsys.readouterr().err == "Approve sending these 2 file(s)?\n"
