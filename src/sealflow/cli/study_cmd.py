"""`sealflow init DIR` and `sealflow status -c CONFIG`: start a study, and see where it stands.

Results go to stdout (`status --json` for machines); notes go to stderr. Neither shows a
value from inside a file: names, counts, dates and batch ids only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sealflow.cli.options import STUDY, ConfigOption, JsonOption, show_result


def init_command(
    folder: Annotated[Path, typer.Argument(metavar="DIR", help="New (or empty) study folder.")],
    as_json: JsonOption = False,
) -> None:
    """Lay out a new study: commented config, parties.yaml template, private folders, keys."""
    from sealflow.config import section_defaults
    from sealflow.govern.layout import init_study, next_steps

    passphrase_env = str(section_defaults("exchange")["passphrase_env"])
    laid_out = init_study(folder, passphrase_env)
    if as_json:
        document = {
            "root": str(laid_out.root),
            "config": str(laid_out.config),
            "parties": str(laid_out.parties),
            "keys": str(laid_out.key_dir),
            "next": next_steps(laid_out, passphrase_env),
        }
        show_result("init:", document, as_json)
        return
    typer.echo(f"study laid out in {laid_out.root}; next:")
    typer.echo("\n".join(next_steps(laid_out, passphrase_env)))


def status_command(
    config: ConfigOption = STUDY,
    as_json: Annotated[bool, typer.Option("--json", help="The status as JSON on stdout.")] = False,
) -> None:
    """Where a study stands: stages run or off, what is pending, the gates, the next command."""
    from sealflow.config import load_config
    from sealflow.exchange.context import ExchangeContext
    from sealflow.govern.status import as_json as status_json
    from sealflow.govern.status import describe, study_status

    settings = load_config(config)
    status = study_status(settings, ExchangeContext.from_settings(settings), str(config))
    typer.echo(status_json(status) if as_json else "\n".join(describe(status)))


def register(app: typer.Typer) -> None:
    app.command("init")(init_command)
    app.command("status")(status_command)
