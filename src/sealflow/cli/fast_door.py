"""The argument parser of the fast doors (seal_fast.py, exchange_fast.py).

A fast door takes only a plain, complete command line; anything argparse would complain
about is declined to typer, so help and usage errors read the same whichever door a
command came through. Importing this costs argparse alone (no typer, click or rich).
"""

from __future__ import annotations

import argparse
import atexit
import logging
import os
import sys
import threading
from typing import NoReturn


class Declined(Exception):
    """The command line is not a plain, complete one: typer handles it."""


class DecliningParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise Declined(message)


def parser_for(command: str) -> DecliningParser:
    """A parser for `sealflow COMMAND` holding only -q/-v (which every command takes): no -h
    (typer's help), no abbreviations."""
    parser = DecliningParser(prog=f"sealflow {command}", add_help=False, allow_abbrev=False)
    parser.add_argument("-q", "--quiet", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    return parser


def leave_now() -> None:
    """End the console script's process as soon as a fast-door command has succeeded.

    Tearing the interpreter down (freeing every module and object it loaded) took ~0.05 s
    of a 64 MiB `sealflow receive` of ~1.1 s, for nothing: by then every file the command
    wrote is whole (written to a temporary name, fsynced, renamed) and its threads have
    ended. os._exit skips the exit handlers too, and those are not for nothing, so they
    run first, as at a normal exit: logging's flush and close, the finalizers that remove
    a temporary file or directory left to them (tempfile's), paramiko's stop of a
    transport still open; then stdout and stderr are flushed. Only the tear-down is
    skipped. Returns instead, leaving the interpreter to wait, while any other non-daemon
    thread is still alive (the interpreter joins those before its exit handlers).
    """
    if any(t.is_alive() and not t.daemon for t in threading.enumerate() if t is not _MAIN):
        return
    logging.shutdown()
    # CPython's own call at a normal exit (there is no public one); it prints, never
    # raises, what a handler raises, as a normal exit does
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


_MAIN = threading.main_thread()
