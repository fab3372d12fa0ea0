"""Rule adapters report a SealflowError or OSError as one line and exit 1, like the CLI."""

from __future__ import annotations

import pytest

from sealflow.errors import InputSchemaError
from sealflow.ingest.adapter import one_line_errors


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


def test_when_library_succeeds_then_nothing_is_printed(capsys):
    with one_line_errors():
        pass
    assert capsys.readouterr().err == ""


def test_when_error_is_unexpected_then_it_is_not_hidden():
    with pytest.raises(ZeroDivisionError), one_line_errors():
        1 / 0  # noqa: B018
