"""The fast door for `sealflow seal` and `sealflow open`: argparse, and only sealflow.seal.

Sealing or opening a file is often the whole process (a script sealing a file for a
party), so the start-up counts: typer, click and rich cost about a quarter of a second
before a byte is read, more than the `age` binary needs to seal 256 MiB. A command line
this parser accepts in full runs seal_files.py's functions at once, the same functions the
typer commands run; anything else (--help, an unknown or malformed option, an extra
argument, no recipient or identity at all) is declined and goes through typer, so help
and usage errors stay exactly what the typer commands print.
"""

from __future__ import annotations

from pathlib import Path

from sealflow.cli import seal_files
from sealflow.cli.chatter import chatter
from sealflow.cli.fast_door import Declined, DecliningParser, parser_for


def _parser(command: str) -> DecliningParser:
    """The options of the typer command of the same name (seal_cmd.py), and only those."""
    parser = parser_for(command)
    parser.add_argument("input_path", nargs="?", type=Path)
    parser.add_argument("-o", "--output", type=Path)
    parser.add_argument("--json", action="store_true")
    if command == "seal":
        parser.add_argument("-r", "--recipient", action="append", default=[])
        parser.add_argument("-R", "--recipients-file", action="append", default=[], type=Path)
        parser.add_argument("-a", "--armor", action="store_true")
    else:
        parser.add_argument("-i", "--identity", action="append", default=[], type=Path)
        parser.add_argument("--passphrase-file", type=Path)
        parser.add_argument("--passphrase-env")
    return parser


def run_fast(args: list[str]) -> bool:
    """Run `seal ...` or `open ...` if the fast door takes it; False when typer should."""
    command, rest = args[0], args[1:]
    if command not in ("seal", "open"):
        return False
    try:
        options = _parser(command).parse_args(rest)
    except Declined:
        return False
    if options.json and options.output is None:
        return False  # typer's usage error says --json needs -o
    if command == "seal":
        if not options.recipient and not options.recipients_file:
            return False  # typer's usage error says what is missing

        def work() -> None:
            seal_files.seal(
                options.input_path,
                options.recipient,
                options.recipients_file,
                options.armor,
                options.output,
                options.json,
            )

    else:
        if not (options.identity or options.passphrase_file or options.passphrase_env):
            return False

        def work() -> None:
            seal_files.open_(
                options.input_path,
                options.identity,
                options.passphrase_file,
                options.passphrase_env,
                options.output,
                options.json,
            )

    chatter(f"sealflow {command}", options.quiet, options.verbose, work)
    return True
