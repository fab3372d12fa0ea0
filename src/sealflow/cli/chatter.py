"""How much a running command says on stderr: -q/--quiet and -v/--verbose.

Kept apart from options.py (which imports typer) so the fast doors (seal_fast.py,
exchange_fast.py) honour -q and -v the way the typer commands do, importing nothing more.
"""

from __future__ import annotations

import io
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from sealflow.progress import set_quiet

# How chatty the running command is, and the stderr -q holds back from: set by
# :func:`chatter` for the length of one command and reset after it.
_CHATTER: dict[str, Any] = {"quiet": False, "verbose": False, "stderr": None}


def chatter(name: str, quiet: bool, verbose: bool, work: Callable[[], Any]) -> Any:
    """Run ``work`` as -q/-v ask: -q holds back everything it writes on stderr and shows it
    only if it fails (an error is never swallowed); -v adds the command's steps and its
    duration (announced as ``name``; nothing when it is empty).

    The held stream replaces ``sys.stderr`` for the call, which also catches print(...,
    file=sys.stderr), click's err=True and rich's stderr consoles (they look it up per write).
    """
    _CHATTER.update(quiet=quiet, verbose=verbose and not quiet)
    set_quiet(quiet)  # no progress bars either
    real, held = sys.stderr, io.StringIO()
    if quiet:
        _CHATTER["stderr"] = real
        sys.stderr = held
    started, failed = time.perf_counter(), True
    try:
        if name:
            note(f"{name}: started", detail=True)
        result = work()
        failed = isinstance(result, int) and not isinstance(result, bool) and result != 0
        if name:
            note(f"{name}: done in {time.perf_counter() - started:.2f} s", detail=True)
        return result
    except BaseException as exc:
        # SystemExit carries ``code``, click's Exit ``exit_code``; 0 and None are success.
        code = exc.code if isinstance(exc, SystemExit) else getattr(exc, "exit_code", 1)
        failed = code not in (0, None)
        raise
    finally:
        sys.stderr = real
        if quiet and failed:
            real.write(held.getvalue())
        _CHATTER.update(quiet=False, verbose=False, stderr=None)
        set_quiet(False)


@contextmanager
def asking() -> Iterator[TextIO]:
    """For a question to the person at the keyboard: the real stderr even under -q, so a
    prompt is never held back while the command waits for its answer."""
    held = sys.stderr
    real = _CHATTER["stderr"] or held
    sys.stderr = real
    try:
        yield real
    finally:
        sys.stderr = held


def note(message: str, *, detail: bool = False) -> None:
    """A message for the person at the keyboard on stderr; ``detail`` ones only with -v."""
    if not _CHATTER["quiet"] and (_CHATTER["verbose"] or not detail):
        print(message, file=sys.stderr)
