"""Global flags before the command: `sealflow -q status`, `sealflow --json status`, `sealflow
-v status` act as they do after it; a flag with no command after it is one usage line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sealflow.cli import flags_after_command, main

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    study = tmp_path_factory.mktemp("flags") / "study"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SEALFLOW_KEY_PASSPHRASE", PASSPHRASE)
        main(["init", str(study)])
    return study / "config.yaml"


@pytest.mark.parametrize(
    "given, moved",
    [
        (["-q", "status"], ["status", "-q"]),
        (["--json", "-v", "audit", "verify", "-c", "c.yaml"],
         ["audit", "verify", "-c", "c.yaml", "--json", "-v"]),
        (["-q", "scrub", "docs", "--", "-v"], ["scrub", "docs", "-q", "--", "-v"]),
        (["status", "-q"], ["status", "-q"]),  # after the command: untouched
        (["-q"], ["-q"]),  # no command: left for the one-line usage error
        (["-x", "status"], ["-x", "status"]),  # not a global flag
    ],
)  # fmt: skip
def test_when_global_flags_precede_the_command_then_they_move_after_its_arguments(
    given: list[str], moved: list[str]
) -> None:
    assert flags_after_command(given) == moved


def test_when_q_comes_before_status_then_stdout_is_as_after(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["status", "-c", str(config), "-q"])
    after = capsys.readouterr()
    main(["-q", "status", "-c", str(config)])
    before = capsys.readouterr()
    assert before == after and "stages:" in before.out


def test_when_q_comes_before_a_group_then_its_command_says_nothing_on_stderr(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["config", "check", str(config)])
    assert "is valid" in capsys.readouterr().err  # what -q holds back
    main(["-q", "config", "check", str(config)])
    assert capsys.readouterr().err == ""


def test_when_json_comes_before_status_then_stdout_is_the_status_as_json(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["--json", "status", "-c", str(config)])
    status = json.loads(capsys.readouterr().out)
    assert {"gates", "next", "off"} <= set(status)


def test_when_v_comes_before_status_then_its_steps_and_duration_are_on_stderr(
    config: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["-v", "status", "-c", str(config)])
    err = capsys.readouterr().err
    assert "sealflow status: started" in err and "sealflow status: done in" in err


@pytest.mark.parametrize(
    "argv, message",
    [
        (["-q"], "-q needs a command after it"),
        (["--json", "-v"], "--json needs a command after it"),
        (["--json", "keys", "nosuch"], "No such command"),
    ],
)
def test_when_a_global_flag_has_no_usable_command_then_one_usage_line_and_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
