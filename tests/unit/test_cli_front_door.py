"""The `sealflow` front door: a table of commands that imports only the module it runs."""

from __future__ import annotations

import subprocess
import sys

import pytest

from sealflow.cli import COMMANDS, main, module_commands


def test_when_modules_register_commands_then_the_table_lists_each_once_with_its_help() -> None:
    registered: dict[str, tuple[str, str]] = {}
    for module_name in dict.fromkeys(module for module, _ in COMMANDS.values()):
        group = module_commands(module_name)
        for name, command in group.commands.items():
            registered[name] = (module_name, command.get_short_help_str(limit=200))
    assert registered == COMMANDS


def test_when_help_is_asked_then_no_command_module_or_heavy_library_is_imported() -> None:
    probe = (
        "import sys\n"
        "from sealflow.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "('polars', 'spacy', 'presidio_analyzer', 'matplotlib', 'nacl', 'paramiko', 'typer',"
        " 'click', 'rich')"
        " or m.startswith('sealflow.cli.')]\n"
        "print('HEAVY:' + ','.join(sorted(heavy)))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert "Commands:" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "HEAVY:"


@pytest.mark.parametrize(
    "argv, code, message",
    [
        (["nosuch"], 2, "no such command 'nosuch'"),
        (["seal", "--no-such-option"], 2, "No such option"),
        ([], 2, "Usage: sealflow"),
    ],
)
def test_when_usage_is_wrong_then_one_message_and_exit_2_without_traceback(
    argv: list[str], code: int, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    out = capsys.readouterr()
    assert exited.value.code == code
    assert message in out.err + out.out
    assert "Traceback" not in out.err


def test_when_version_is_asked_then_it_is_printed(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--version"])
    assert capsys.readouterr().out.startswith("sealflow ")
