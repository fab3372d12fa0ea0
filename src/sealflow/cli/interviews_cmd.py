"""`sealflow interviews select` and `sealflow interviews decline --id-file F [--no-show]`.

The invitee is named through --id-file (a file, or "-" for stdin), never on the command
line; output names them by subject reference only.
"""

from __future__ import annotations

import json

import typer

from sealflow.cli.options import STUDY, AlwaysJsonOption, ConfigOption
from sealflow.config import load_config
from sealflow.govern.interviews import InterviewSettings, record_response, select_interviewees
from sealflow.govern.subject import read_pseudonymous_id

interviews_app = typer.Typer(
    help="Interviewees: the seeded draw, invitations, declines and no-shows.",
    no_args_is_help=True,
)
_ID_FILE = typer.Option(
    ..., "--id-file", help='File holding the pseudonymous ID alone on one line ("-": stdin).'
)


@interviews_app.command("select")
def select(config_file: ConfigOption = STUDY, as_json: AlwaysJsonOption = False) -> None:
    """Draw the interviewees; write the invitation list and the interview map (workspace)."""
    report = select_interviewees(InterviewSettings.from_config(load_config(config_file)))
    typer.echo(json.dumps(report, indent=2, sort_keys=True))


@interviews_app.command("decline")
def decline(
    id_file: str = _ID_FILE,
    no_show: bool = typer.Option(False, "--no-show", help="They accepted but did not attend."),
    config_file: ConfigOption = STUDY,
    as_json: AlwaysJsonOption = False,
) -> None:
    """Record that an invitee declined (or did not show); rerun select to replace them."""
    settings = InterviewSettings.from_config(load_config(config_file))
    pseudonymous_id = read_pseudonymous_id(id_file, settings.governed.ingest.id_pattern)
    result = record_response(settings, pseudonymous_id, "no_show" if no_show else "declined")
    typer.echo(json.dumps(result, indent=2, sort_keys=True))


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `sealflow` app."""
    app.add_typer(interviews_app, name="interviews")
