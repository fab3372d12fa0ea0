"""The `sealflow` command: the one front door for people; rules call the same library functions.

Every SealflowError (and any OSError) becomes one line on stderr and exit status 1; a
traceback is never shown to a user, because it may quote paths or values they must not
paste into a ticket.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

from sealflow.errors import SealflowError

HELP = "Sealed exchange, de-identification, linkage and certified deposit for research studies."

# Top-level command -> (module in sealflow.cli that registers it, one-line help). The help is
# kept here so that `sealflow --help` imports no command module (spaCy, polars and
# matplotlib behind them took a second); tests/unit/test_cli_front_door.py checks this table
# against what the modules register. The order is the order in --help.
COMMANDS: dict[str, tuple[str, str]] = {
    "init": (
        "study_cmd",
        "Lay out a new study: commented config, parties.yaml template, private folders, keys.",
    ),
    "status": (
        "study_cmd",
        "Where a study stands: stages run or off, what is pending, the gates, the next command.",
    ),
    "config": ("config_cmd", "Check a study's configuration."),
    "demo": ("demo_cmd", "Generate and describe a synthetic study."),
    "seal": ("seal_cmd", "Encrypt IN to the recipients as an age v1 file."),
    "open": (
        "seal_cmd",
        "Decrypt an age file (binary or armored); OUT appears only if every chunk verifies.",
    ),
    "sign": (
        "seal_cmd",
        "Sign FILE with a minisign secret key; `minisign -V` verifies the result.",
    ),
    "verify": (
        "seal_cmd",
        "Verify FILE against its minisign signature; prints the trusted comment.",
    ),
    "keys": ("seal_cmd", "Create and list a party's age and minisign keys."),
    "plan": (
        "plan_cmd",
        "What would be sent to whom (files, rows, column names, why); approve it to send.",
    ),
    "send": (
        "exchange_cmd",
        "Verify and upload a batch we made (manifest last, resumable), or seal FILES into one.",
    ),
    "receive": (
        "exchange_cmd",
        "Fetch new batches from a party, verify them, send receipts, and open them into OUT.",
    ),
    "batch": ("exchange_cmd", "Make and verify sealed, signed batches."),
    "import": (
        "ingest_cmd",
        "Bring in files that arrived outside a sealed batch: placed as a batch's, hash audited.",
    ),
    "links": (
        "ingest_cmd",
        "Survey token per participant: links table for the provider, token list for the survey.",
    ),
    "ingest": (
        "ingest_cmd",
        "Validate the roster, admin extract and survey export; write Parquet to the workspace.",
    ),
    "link": (
        "ingest_cmd",
        "Join the ingested survey answers with the admin extract; write the match report.",
    ),
    "scrub": ("scrub_cmd", "Replace identifiers in transcripts and survey free text."),
    "anonymise": (
        "sdc_cmd",
        "Anonymise the linked table: k-anonymity, l-diversity, random archive IDs, risk JSON.",
    ),
    "outcome": (
        "sdc_cmd",
        "Aggregate tables with output checks, and the quotes a reviewer approved and signed.",
    ),
    "release-tables": (
        "sdc_cmd",
        "Record the outcome tables as released: later releases are checked against them all.",
    ),
    "quotes": (
        "sdc_cmd",
        "Quotations: candidates for the reviewer, signing and checking the approvals.",
    ),
    "report": (
        "report_cmd",
        "Write results/report/deidentification.html and .json; exit 2 if a gate fails.",
    ),
    "review": (
        "review_cmd",
        "Review the scrubbed text in a page (work/review/); `apply FILE` signs and applies.",
    ),
    "deposit": (
        "deposit_cmd",
        "Verify the certification, bag it, seal it for the archive, send it, lock the deposit.",
    ),
    "certify": (
        "deposit_cmd",
        "Certify the deposit: statement (data manager), countersign (reviewer), verify.",
    ),
    "erase": (
        "govern_cmd",
        "Withdraw one person and remove their rows from every workspace table now.",
    ),
    "audit": ("govern_cmd", "The hash-chained audit log."),
    "retention": ("govern_cmd", "Retention: what is due, and the purge."),
    "subject-access": ("govern_cmd", "Subject access requests."),
    "interviews": (
        "interviews_cmd",
        "Interviewees: the seeded draw, invitations, declines and no-shows.",
    ),
    "event": ("event_cmd", "Study events retention counts from, in the audit log."),
    "request": (
        "rights_cmd",
        "Requests from people: the register and its clocks; restrict, object, rectify, port.",
    ),
    "ropa": (
        "ropa_cmd",
        "Write the record of processing activities (Article 30) into results/governance/.",
    ),
    "vendor": ("vendor_cmd", "A transcription vendor's side: the signed deletion confirmation."),
}


def module_commands(module_name: str) -> Any:
    """The click group of the commands one command module registers (imports that module)."""
    import typer
    import typer.main

    module = importlib.import_module(f"sealflow.cli.{module_name}")
    commands = typer.Typer(add_completion=False, pretty_exceptions_enable=False)
    module.register(commands)

    @commands.callback()
    def _group() -> None:  # a callback keeps a one-command module a group
        """sealflow"""

    group = typer.main.get_command(commands)
    _no_help_dumps(group)
    from sealflow.cli.options import wire_chatter

    wire_chatter(group)  # -q/--quiet and -v/--verbose on every command, in one place
    return group


def _no_help_dumps(command: Any) -> None:
    """A group called without its subcommand fails as a one-line usage error, not a help dump."""
    for sub in (getattr(command, "commands", None) or {}).values():
        if getattr(sub, "commands", None):
            sub.no_args_is_help = False
            _no_help_dumps(sub)


def usage() -> str:
    """`sealflow --help`, from the table alone (no command module imported)."""
    width = max(len(name) for name in COMMANDS) + 2
    lines = [
        "Usage: sealflow [--version] [--help] [-q|-v] [--json] COMMAND [ARGS]...",
        "",
        f"  {HELP}",
        "",
        "Options:",
        f"  {'--version':<{width}}Show the version and exit.",
        f"  {'--help':<{width}}Show this message and exit.",
        f"  {'-q, -v':<{width}}Quieter or more verbose (also after the command).",
        f"  {'--json':<{width}}The result as JSON on stdout, for a command that has one.",
        "",
        "Commands:",
        *(f"  {name:<{width}}{summary}" for name, (_, summary) in COMMANDS.items()),
        "",
        "Run `sealflow COMMAND --help` for a command's options.",
    ]
    return "\n".join(lines)


def usage_error(exc: Any) -> str:
    """One line for a click usage error: what was wrong and where the command's help is.

    click prints the usage block, a hint and the error on four lines; a group called without
    its subcommand names the subcommands it has.
    """
    context = getattr(exc, "ctx", None)
    where = f" (see `{context.command_path} --help`)" if context is not None else ""
    if exc.format_message() == "Missing command." and context is not None:
        names = ", ".join(getattr(context.command, "commands", {}) or ())
        return f"{context.command_path} needs a command: {names}{where}"
    return f"{exc.format_message()}{where}"


def fail(message: str, code: int = 1) -> None:
    """Print one clear line on stderr and exit non-zero."""
    print(f"sealflow: error: {message}", file=sys.stderr)
    raise SystemExit(code)


def _answer_without_a_command(args: list[str]) -> bool:
    """Help, the version, and a line naming what is not a command: answered from the table
    alone, before typer is imported (it took most of `sealflow --help`'s time). False when
    ``args[0]`` is a command."""
    if not args or args[0] in ("--help", "-h"):
        print(usage())
        raise SystemExit(0 if args else 2)
    if args[0] == "--version":
        from importlib.metadata import version

        print(f"sealflow {version('sealflow')}")
        return True
    if args[0] in GLOBAL_FLAGS:
        fail(f"{args[0]} needs a command after it; `sealflow --help` lists them", 2)
    if args[0] not in COMMANDS:
        fail(f"no such command {args[0]!r}; `sealflow --help` lists them", 2)
    return False


def _run(args: list[str]) -> Any:
    """Dispatch to the one command module ``args[0]`` names."""
    if _answer_without_a_command(args):
        return None
    group = module_commands(COMMANDS[args[0]][0])
    return group.main(args=args, prog_name="sealflow", standalone_mode=False)


def _run_typer(args: list[str]) -> None:
    """Run ``args`` through the command's typer module, click's errors as one line each."""
    import typer

    try:
        result = _run(args)
    except typer.Exit as exc:
        raise SystemExit(exc.exit_code) from None
    except typer.Abort:
        fail("aborted", 130)
    except typer.TyperException as exc:  # typer's click errors: usage, bad parameter
        if not hasattr(exc, "format_message"):
            raise
        fail(usage_error(exc), getattr(exc, "exit_code", 2))
    if isinstance(result, int) and result:
        raise SystemExit(result)


# Flags every command takes (-q/-v, options.py) or that a command with a result takes
# (--json): given before the command (`sealflow -q status`) they mean what they mean after it.
GLOBAL_FLAGS = frozenset({"-q", "--quiet", "-v", "--verbose", "--json"})


def flags_after_command(args: list[str]) -> list[str]:
    """``args`` with the global flags given before the command moved to the end of its
    options (before a ``--``), where every command, group and fast door reads them; a
    command that has no --json says so in its own one-line usage error, as it would after.
    """
    lead = 0
    while lead < len(args) and args[lead] in GLOBAL_FLAGS:
        lead += 1
    if lead == 0 or lead == len(args):
        return args
    flags, rest = args[:lead], args[lead:]
    end = rest.index("--") if "--" in rest else len(rest)
    return [*rest[:end], *flags, *rest[end:]]


def main(argv: list[str] | None = None) -> None:
    """Entry point of the console script.

    `seal`/`open` and `send`/`receive` first try their fast doors (seal_fast.py and
    exchange_fast.py: argparse, no typer), which take a complete, plain command line and
    decline anything else to typer. Global flags may come before the command
    (:func:`flags_after_command`).
    """
    args = flags_after_command(sys.argv[1:] if argv is None else list(argv))
    try:
        if args and args[0] in ("seal", "open", "send", "receive"):
            if args[0] in ("seal", "open"):
                from sealflow.cli.seal_fast import run_fast
            else:
                from sealflow.cli.exchange_fast import run_fast

            if run_fast(args):
                if argv is None:  # the console script's own process: end it now
                    from sealflow.cli.fast_door import leave_now

                    leave_now()
                return
        if _answer_without_a_command(args):
            return
        _run_typer(args)
    except SealflowError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except OSError as exc:
        fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
