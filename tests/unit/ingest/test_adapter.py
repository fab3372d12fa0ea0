"""Rule adapters report a SealflowError or OSError as one line and exit 1, like the CLI."""

from __future__ import annotations

import polars as pl
import pytest

from sealflow.adapters import one_line_errors
from sealflow.errors import InputSchemaError


@pytest.mark.parametrize(
    ("error", "line"),
    [
        (
            InputSchemaError("a.csv: column x, data row 2: empty"),
            "a.csv: column x, data row 2: empty",
        ),
        (
            FileNotFoundError(2, "No such file or directory", "b.csv"),
            "b.csv: No such file or directory",
        ),
    ],
)
def test_when_library_raises_then_one_line_and_exit_1(capsys, error, line):
    with pytest.raises(SystemExit) as exited, one_line_errors():
        raise error
    assert exited.value.code == 1
    assert capsys.readouterr().err == f"sealflow: error: {line}\n"


def test_when_polars_fails_then_its_message_is_withheld(capsys):
    with pytest.raises(SystemExit), one_line_errors():
        pl.Series(["PSN-LEAKED0001"]).cast(pl.Int64, strict=True)
    err = capsys.readouterr().err
    assert err.startswith("sealflow: error: polars InvalidOperationError (message withheld")
    assert "PSN-LEAKED0001" not in err and err.count("\n") == 1


def test_when_library_succeeds_then_nothing_is_printed(capsys):
    with one_line_errors():
        pass
    assert capsys.readouterr().err == ""


def test_when_error_is_unexpected_then_it_is_not_hidden():
    with pytest.raises(ZeroDivisionError), one_line_errors():
        1 / 0  # noqa: B018


RULE_SCRIPT = """
import sys
sys.stderr = open(sys.argv[1], "w")
from sealflow.adapters import one_line_errors
from sealflow.errors import ConfigError
with one_line_errors():
    {body}
"""


@pytest.mark.parametrize(
    ("body", "console", "in_log"),
    [
        (
            'raise ConfigError("outcome.quotes.reviewer_public_key: k.pub: no such file")',
            "sealflow: error: outcome.quotes.reviewer_public_key: k.pub: no such file; "
            "this rule's log: {log}\n",
            "sealflow: error: outcome.quotes.reviewer_public_key: k.pub: no such file\n",
        ),
        (
            "1 / 0",
            "sealflow: error: unexpected ZeroDivisionError; its traceback is in {log}\n",
            "Traceback",
        ),
    ],
)
def test_when_rule_fails_then_console_names_its_log(tmp_path, body, console, in_log):
    """`snakemake --quiet rules` shows no log path: the adapter's own stderr says where."""
    import os
    import subprocess
    import sys

    log = tmp_path / "logs" / "outcome.log"
    log.parent.mkdir()
    script = tmp_path / "rule.py"
    script.write_text(RULE_SCRIPT.format(body=body))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    run = subprocess.run(
        [sys.executable, str(script), "logs/outcome.log"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode == 1
    assert run.stderr == console.format(log=log)
    assert in_log in log.read_text()
