"""The fast door for `sealflow send` and `sealflow receive`: argparse, no typer.

A send or a receive is often the whole process (a scheduled job), and typer with what it
imports (click, pydantic, rich) took 0.3-0.9 s of each before a byte moved: a third of a
200 MB send on 2 busy cores. A complete, plain command line this parser accepts runs
exchange_run.py's functions, the same ones the typer commands run; anything else (--help,
--json, an unknown or malformed option, no study named) is declined and goes through
typer, so help, usage errors and the config rule's message stay exactly typer's.
"""

from __future__ import annotations

import os
from pathlib import Path

from sealflow.cli import exchange_run
from sealflow.cli.chatter import chatter
from sealflow.cli.fast_door import Declined, DecliningParser, parser_for

CONFIG_ENV = "SEALFLOW_CONFIG"  # as options.py (which imports typer) names it
LOCAL_CONFIG = "config.yaml"


def _parser(command: str) -> DecliningParser:
    """The options of the typer command of the same name (exchange_cmd.py), and only those."""
    parser = parser_for(command)
    parser.add_argument("-c", "--config", type=Path)
    if command == "send":
        parser.add_argument("paths", type=Path, nargs="+")
        parser.add_argument("--to", required=True)
        parser.add_argument("--purpose")
    else:
        parser.add_argument("--from", dest="sender", required=True)
        parser.add_argument("--out", type=Path, required=True)
    return parser


def _study(given: Path | None) -> Path | None:
    """options.study_config's rule (option, then $SEALFLOW_CONFIG, then ./config.yaml)."""
    if given is not None:
        return given
    if CONFIG_ENV in os.environ:
        return Path(os.environ[CONFIG_ENV]) if os.environ[CONFIG_ENV] else None
    local = Path.cwd() / LOCAL_CONFIG
    return local if local.is_file() else None


def run_fast(args: list[str]) -> bool:
    """Run `send ...` or `receive ...` if the fast door takes it; False when typer should."""
    command, rest = args[0], args[1:]
    if command not in ("send", "receive"):
        return False
    try:
        options = _parser(command).parse_args(rest)
    except Declined:
        return False
    config = _study(options.config)
    if config is None:
        return False  # typer's usage error names the three ways to name a study

    def work() -> None:
        if command == "send":
            record = exchange_run.send(options.paths, options.to, config, options.purpose)
            exchange_run.print_sent(record, options.to)
        else:
            exchange_run.receive(options.sender, options.out, config)

    chatter(f"sealflow {command}", options.quiet, options.verbose, work)
    return True
