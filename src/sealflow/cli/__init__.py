"""The `sealflow` command: the one front door for people; rules call the same library functions.

Every SealflowError (and any OSError) becomes one line on stderr and exit status 1; a
traceback is never shown to a user, because it may quote paths or values they must not
paste into a ticket.
"""

from __future__ import annotations

import sys

import click
import typer

from sealflow.errors import SealflowError

app = typer.Typer(
    name="sealflow",
    help="Sealed exchange, de-identification, linkage and certified deposit for research studies.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _register_commands() -> None:
    # Each module adds its own commands; the import order sets the order in --help.
    from sealflow.cli import (
        config_cmd,
        demo_cmd,
        deposit_cmd,
        exchange_cmd,
        govern_cmd,
        ingest_cmd,
        report_cmd,
        scrub_cmd,
        sdc_cmd,
        seal_cmd,
    )

    modules = (config_cmd, demo_cmd, seal_cmd, exchange_cmd, ingest_cmd, scrub_cmd, sdc_cmd)
    for module in (*modules, report_cmd, deposit_cmd, govern_cmd):
        module.register(app)


_register_commands()


def fail(message: str, code: int = 1) -> None:
    """Print one clear line on stderr and exit non-zero."""
    print(f"sealflow: error: {message}", file=sys.stderr)
    raise SystemExit(code)


def main(argv: list[str] | None = None) -> None:
    """Entry point of the console script."""
    try:
        result = app(args=argv, standalone_mode=False)
    except SealflowError as exc:
        fail(str(exc))
    except click.exceptions.Exit as exc:
        raise SystemExit(exc.exit_code) from None
    except click.exceptions.Abort:
        fail("aborted", 130)
    except click.ClickException as exc:
        exc.show()
        raise SystemExit(exc.exit_code) from None
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except OSError as exc:
        fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
    if isinstance(result, int) and result:
        raise SystemExit(result)
