"""`sealflow request`: the request register and the rights beyond access and erasure.

Every command names the person by --id-file (a file, or "-" for stdin), never on the
command line (ps, shell history); corrections come from a file too. Output names the
person by subject reference, never by value.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import typer

from sealflow.cli.options import STUDY, AlwaysJsonOption, ConfigOption
from sealflow.config import load_config
from sealflow.errors import InputSchemaError
from sealflow.govern.portability import export_portable
from sealflow.govern.purposes import purpose_of_each_stage
from sealflow.govern.rectify import read_corrections, rectify
from sealflow.govern.requests import (
    RIGHTS,
    close_request,
    extend_request,
    open_request,
    open_requests,
    read_register,
)
from sealflow.govern.restrict import lift, restrict
from sealflow.govern.settings import GovernSettings
from sealflow.govern.subject import read_pseudonymous_id

request_app = typer.Typer(
    help="Requests from people: the register and its clocks; restrict, object, rectify, port.",
    no_args_is_help=True,
)

_ID_FILE_HELP = 'File holding the pseudonymous ID alone on one line ("-": stdin). Never argv.'


def _id_option() -> Path:
    return typer.Option(..., "--id-file", help=_ID_FILE_HELP)


def _settings(config_file: Path) -> GovernSettings:
    """The study's settings, once a purpose serves the `rights` stage (else a ConfigError)."""
    config = load_config(config_file)
    purpose_of_each_stage(config, ("rights",))
    return GovernSettings.from_config(config)


def _person(settings: GovernSettings, id_file: Path) -> str:
    return read_pseudonymous_id(id_file, settings.ingest.id_pattern)


def _request_option() -> str | None:
    return typer.Option(
        None, "--request", help="The register's request this answers: closed with the outcome."
    )


def _check_request(settings: GovernSettings, request_id: str | None, right: str) -> None:
    """Before acting: the request is open and is for this right (else nothing is done)."""
    if request_id is None:
        return
    found = next((r for r in read_register(settings) if r["id"] == request_id), None)
    if found is None or found["status"] == "closed" or found["right"] != right:
        raise InputSchemaError(
            f"--request {request_id}: not an open {right} request in the register; "
            "`sealflow request list` shows the open ones"
        )


def _answered(
    settings: GovernSettings, request_id: str | None, outcome: str, result: dict[str, object]
) -> dict[str, object]:
    if request_id is not None:
        result = {**result, "request": close_request(settings, request_id, outcome)}
    return result


def _print(document: object) -> None:
    typer.echo(json.dumps(document, indent=2, sort_keys=True, default=str))


def _date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputSchemaError(f"{option}: not an ISO date; expected e.g. 2026-12-04") from None


@request_app.command("open")
def open_command(
    right: str = typer.Option(..., "--right", help=f"One of {', '.join(RIGHTS)}."),
    id_file: Path = _id_option(),  # noqa: B008
    received: str = typer.Option(None, "--received", help="Date received (default today)."),
    config_file: ConfigOption = STUDY,
    as_json: AlwaysJsonOption = False,
) -> None:
    """Record a request and its one-month deadline (UK GDPR Art. 12(3))."""
    settings = _settings(config_file)
    _print(open_request(settings, _person(settings, id_file), right, _date(received, "--received")))


@request_app.command("extend")
def extend_command(
    request_id: str = typer.Argument(..., help="The request id (R0001...)."),
    reason: str = typer.Option(..., "--reason", help="Why (the person is told); no values."),
    config_file: ConfigOption = STUDY,
    as_json: AlwaysJsonOption = False,
) -> None:
    """Extend a request's deadline by two further months, with the reason."""
    _print(extend_request(_settings(config_file), request_id, reason))


@request_app.command("close")
def close_command(
    request_id: str = typer.Argument(..., help="The request id (R0001...)."),
    outcome: str = typer.Option("done", "--outcome", help="What was done, or why not."),
    config_file: ConfigOption = STUDY,
    as_json: AlwaysJsonOption = False,
) -> None:
    """Close a request with its outcome; the closing date is today."""
    _print(close_request(_settings(config_file), request_id, outcome))


@request_app.command("list")
def list_command(
    all_requests: bool = typer.Option(False, "--all", help="Closed requests too."),
    config_file: ConfigOption = STUDY,
    as_json: AlwaysJsonOption = False,
) -> None:
    """Open requests with their clocks (days left; negative: overdue)."""
    settings = _settings(config_file)
    _print(read_register(settings) if all_requests else open_requests(settings))


@request_app.command("restrict")
def restrict_command(
    id_file: Path = _id_option(),  # noqa: B008
    request_id: str | None = _request_option(),
    config_file: ConfigOption = STUDY,
    as_json: AlwaysJsonOption = False,
) -> None:
    """Restrict processing: data kept, left out of every stage and output until lifted."""
    settings = _settings(config_file)
    _check_request(settings, request_id, "restriction")
    result = restrict(settings, _person(settings, id_file), "restriction")
    _print(_answered(settings, request_id, result["answer"], result))


@request_app.command("object")
def object_command(
    id_file: Path = _id_option(),  # noqa: B008
    request_id: str | None = _request_option(),
    config_file: ConfigOption = STUDY,
    as_json: AlwaysJsonOption = False,
) -> None:
    """An objection: stop the legitimate-interest stages for the person (see the answer)."""
    settings = _settings(config_file)
    _check_request(settings, request_id, "objection")
    result = restrict(settings, _person(settings, id_file), "objection")
    _print(_answered(settings, request_id, result["answer"], result))


@request_app.command("lift")
def lift_command(
    id_file: Path = _id_option(),  # noqa: B008
    config_file: ConfigOption = STUDY,
    as_json: AlwaysJsonOption = False,
) -> None:
    """Lift a restriction or objection: the next run processes the person again."""
    settings = _settings(config_file)
    _print(lift(settings, _person(settings, id_file)))


@request_app.command("rectify")
def rectify_command(
    id_file: Path = _id_option(),  # noqa: B008
    corrections: Path = typer.Option(  # noqa: B008
        ..., "--corrections", help="CSV with header column,value: the corrected values."
    ),
    request_id: str | None = _request_option(),
    config_file: ConfigOption = STUDY,
    as_json: AlwaysJsonOption = False,
) -> None:
    """Put corrected values into every table holding the person (then rerun the workflow)."""
    settings = _settings(config_file)
    _check_request(settings, request_id, "rectification")
    result = rectify(settings, _person(settings, id_file), read_corrections(corrections))
    outcome = f"corrected {', '.join(result['columns'])} in {len(result['tables'])} tables"
    _print(_answered(settings, request_id, outcome, result))


@request_app.command("portability")
def portability_command(
    id_file: Path = _id_option(),  # noqa: B008
    out: Path = typer.Option(..., "--out", help="Folder for the sealed export."),  # noqa: B008
    to: str = typer.Option(
        None,
        "--to",
        help="Also seal for this party, when the requester asked for their data to go there "
        "(default: the evaluator alone, who answers the requester).",
    ),
    raw_reviewed_by: str = typer.Option(
        None,
        "--raw-reviewed-by",
        help="Name of the reviewer who checked the unscrubbed free text for other people's "
        "data; only then is it included.",
    ),
    request_id: str | None = _request_option(),
    config_file: ConfigOption = STUDY,
    as_json: AlwaysJsonOption = False,
) -> None:
    """Export the person's data as documented CSV and JSON: free text scrubbed unless reviewed."""
    settings = _settings(config_file)
    _check_request(settings, request_id, "portability")
    result = export_portable(settings, _person(settings, id_file), out, to, raw_reviewed_by)
    outcome = f"CSV and JSON export sealed for {result['to']}"
    _print(_answered(settings, request_id, outcome, result))


def register(app: typer.Typer) -> None:
    app.add_typer(request_app, name="request")
