"""What every rule adapter does with an error: one line in the rule's log, exit 1.

A Snakemake ``script:`` that raises leaves a Python traceback in the rule's log. The
traceback adds nothing for the data manager (the message already names the file, row,
column and fix) and, from a library further down, could quote a value. So the adapters
run their one library call inside ``one_line_errors``: a SealflowError or OSError becomes
the same ``sealflow: error: ...`` line the CLI prints, in the log, and the job fails; a
polars error becomes a line that names its kind only.

The adapters point ``sys.stderr`` at the rule's log, and ``snakemake --quiet rules`` (as
``make demo`` runs) prints no rule's log path when a job fails: the console showed only
Snakemake's ``CalledProcessError``. So the same line also goes to the process's own stderr
(the console) with the log's path, and an unexpected error says where its traceback is.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import polars as pl

from sealflow.errors import SealflowError
from sealflow.progress import switch_off_for_rule


@contextmanager
def one_line_errors() -> Iterator[None]:
    """Turn a SealflowError or OSError into one stderr line and exit status 1; no progress
    bars in the rule's log (Snakemake may hand the job the terminal's stderr)."""
    switch_off_for_rule()
    try:
        yield
    except SealflowError as exc:
        message = str(exc)
    except OSError as exc:
        message = f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")
    except pl.exceptions.PolarsError as exc:
        # Not expected (the checks run before polars could refuse a value), but polars quotes
        # the offending cells in its messages, and this line lands in logs/.
        message = (
            f"polars {type(exc).__name__} (message withheld: it may quote a cell value); run "
            "the same stage with the sealflow command in a private terminal to see it, and "
            "report it as a sealflow bug"
        )
    except Exception as exc:
        _to_console(f"sealflow: error: unexpected {type(exc).__name__}; its traceback is in")
        raise
    else:
        return
    print(f"sealflow: error: {message}", file=sys.stderr, flush=True)
    _to_console(f"sealflow: error: {message}; this rule's log:")
    raise SystemExit(1)


def _rule_log() -> str | None:
    """The file ``sys.stderr`` was pointed at (the rule's log), or None when it was not."""
    if sys.stderr is sys.__stderr__:
        return None
    name = getattr(sys.stderr, "name", None)
    if not isinstance(name, str) or name.startswith("<"):
        return None
    return os.path.abspath(name)  # the rule runs in the study root; the console may not


def _to_console(line: str) -> None:
    """``line`` and the rule's log path on the console, when stderr was pointed at a log."""
    log = _rule_log()
    if log is None or sys.__stderr__ is None:
        return
    print(f"{line} {log}", file=sys.__stderr__, flush=True)
