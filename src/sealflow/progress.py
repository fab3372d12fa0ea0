"""Progress bars for long work (scrub, ingest, transfers), for the person at a terminal only.

A bar goes to stderr, and only when stderr is a terminal: never into a file, a pipe or a
rule's log (the rule adapters switch bars off, as Snakemake may hand a job the terminal),
and never with ``--quiet`` or ``--json``. When the work ends, one summary line says what
was done and how long it took. A bar's label and its summary name a stage, a table or a
batch and count items or bytes; callers never put a value from the data in them.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

# Off for the rest of the process: set by --quiet and --json (sealflow.cli.options; --json
# promises nothing on stderr but errors) and by the rule adapters (sealflow.adapters), where
# stderr is the rule's log.
_OFF = {"quiet": False, "json": False, "adapter": False}


def set_quiet(quiet: bool) -> None:
    """--quiet: no bars and no summary lines."""
    _OFF["quiet"] = quiet


def set_json(as_json: bool) -> None:
    """--json: the result is for a machine; stderr holds errors only."""
    _OFF["json"] = as_json


def switch_off_for_rule() -> None:
    """Under Snakemake: a job's stderr is its log, which must not fill with bar frames."""
    _OFF["adapter"] = True


def shown(stream: TextIO | None = None) -> bool:
    """Whether bars are shown now: not switched off, and stderr is a terminal."""
    stream = stream if stream is not None else sys.stderr
    if any(_OFF.values()):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _size(count: float, unit: str) -> str:
    if unit != "B":
        return f"{int(count)} {unit}"
    for scale, name in ((1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")):
        if count >= scale:
            return f"{count / scale:.1f} {name}"
    return f"{int(count)} B"


@contextmanager
def progress(label: str, total: float, unit: str = "items") -> Iterator[Callable[[float], None]]:
    """Yield ``advance(n)``: a bar of ``total`` (items, or bytes with ``unit="B"``) while the
    block runs, then a summary line, both on stderr when :func:`shown`; else ``advance``
    does nothing and nothing is written."""
    stream = sys.stderr
    if not shown(stream):
        yield lambda n: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        DownloadColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    console = Console(file=stream, force_terminal=True)
    counter = DownloadColumn() if unit == "B" else MofNCompleteColumn()
    columns = (TextColumn("{task.description}"), BarColumn(), counter, TimeRemainingColumn())
    done = [0.0]
    started = time.monotonic()
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(label, total=total)

        def advance(n: float) -> None:
            done[0] += n
            bar.update(task, advance=n)

        yield advance
    elapsed = time.monotonic() - started
    console.print(f"{label}: {_size(done[0], unit)} in {elapsed:.1f} s", highlight=False)
