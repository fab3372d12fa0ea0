"""`sealflow event record NAME --date D` and `sealflow event list`: study events in the audit log.

Retention may count from an event (`retention.personal_data_delete_on: {after_event:
final_report_delivered, months: 24}`), and erasure answers cite `pseudonymous_id_deleted`;
this is how a person records that such an event happened.
"""

from __future__ import annotations

import datetime as dt
import json

import typer

from sealflow.cli.options import STUDY, AlwaysJsonOption, ConfigOption, JsonOption, show_result
from sealflow.config import load_config
from sealflow.errors import ConfigError
from sealflow.govern.events import record_event, recorded_events
from sealflow.govern.retention import event_clock_warning
from sealflow.govern.settings import GovernSettings
from sealflow.settings import StudySettings

event_app = typer.Typer(help="Study events retention counts from, in the audit log.",
                        no_args_is_help=True)  # fmt: skip


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ConfigError(f"--date {text!r}: not an ISO date; expected e.g. 2027-03-31") from None


@event_app.command("record")
def record(
    name: str = typer.Argument(..., help="The event, e.g. final_report_delivered."),
    date: str = typer.Option(..., "--date", help="When it happened (ISO date, not in the future)."),
    config_file: ConfigOption = STUDY,
    as_json: JsonOption = False,
) -> None:
    """Record that an event happened on a date (audited; a later record corrects it)."""
    config = load_config(config_file)
    result = record_event(StudySettings.from_config(config), name, _date(date))
    warning = event_clock_warning(GovernSettings.from_config(config), name)
    if warning:
        typer.echo(warning, err=True)  # one line on stderr; the event is recorded
    if as_json:
        show_result("event:", {**result, "warning": warning}, as_json)
        return
    typer.echo(f"event {result['event']}: {result['date']} (audit entry {result['audit_seq']})")


@event_app.command("list")
def list_events(config_file: ConfigOption = STUDY, as_json: AlwaysJsonOption = False) -> None:
    """Every recorded event with its current date, from the verified audit log."""
    typer.echo(
        json.dumps(
            recorded_events(StudySettings.from_config(load_config(config_file))),
            indent=2,
            sort_keys=True,
        )
    )


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `sealflow` app."""
    app.add_typer(event_app, name="event")
