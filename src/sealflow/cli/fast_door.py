"""The argument parser of the fast doors (seal_fast.py, exchange_fast.py).

A fast door takes only a plain, complete command line; anything argparse would complain
about is declined to typer, so help and usage errors read the same whichever door a
command came through. Importing this costs argparse alone (no typer, click or rich).
"""

from __future__ import annotations

import argparse
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
