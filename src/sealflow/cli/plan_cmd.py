"""`sealflow plan` and `sealflow plan approve`: what would leave, and the signed approval.

The plan names parties, files, row counts, column names, sizes and reasons, never a value.
It goes to stdout (`--json` for machines); prompts and notes go to stderr.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from sealflow.cli.chatter import asking
from sealflow.cli.options import STUDY, ConfigOption, JsonOption, show_result, study_config

if TYPE_CHECKING:
    from sealflow.exchange.context import ExchangeContext
    from sealflow.exchange.plan import PlanItem
    from sealflow.settings import StudySettings

plan_app = typer.Typer(
    help="What would be sent to whom (files, rows, column names, why); approve it to send.",
    invoke_without_command=True,
)


def _plan(config_file: Path | None) -> tuple[ExchangeContext, StudySettings, list[PlanItem]]:
    from sealflow.config import load_config
    from sealflow.exchange.context import ExchangeContext
    from sealflow.exchange.plan import current_plan
    from sealflow.settings import StudySettings

    study = StudySettings.from_config(load_config(study_config(config_file)))
    ctx = ExchangeContext.from_study(study)
    return ctx, study, current_plan(ctx, study)


@plan_app.callback()
def show(
    context: typer.Context,
    config: ConfigOption = STUDY,
    as_json: Annotated[bool, typer.Option("--json", help="The plan as JSON on stdout.")] = False,
) -> None:
    """What would be sent to whom (files, rows, column names, why); approve it to send."""
    if context.invoked_subcommand is not None:
        return
    from sealflow.exchange.plan import TO_SEND, describe

    _, _, items = _plan(config)
    if as_json:
        typer.echo(json.dumps([item.public() for item in items], indent=2, sort_keys=True))
        return
    typer.echo("\n".join(describe(items)))
    if any(item.status == TO_SEND for item in items):
        print(f"approve with: sealflow plan approve -c {config}", file=sys.stderr)


@plan_app.command("approve")
def approve_command(
    config: ConfigOption = STUDY,
    yes: Annotated[bool, typer.Option("--yes", help="Approve without asking.")] = False,
    as_json: JsonOption = False,
) -> None:
    """Show the plan, ask, and sign it into work/exchange/approved_plan.json."""
    from sealflow.exchange.plan import NOT_MADE, TO_SEND, approve, describe

    ctx, settings, items = _plan(config)
    pending = [item for item in items if item.status == TO_SEND]
    not_made = [f"{item.file} for {item.to}" for item in items if item.status == NOT_MADE]
    # With --json these facts are in the result, and stderr stays quiet unless it must ask.
    quiet = as_json and yes
    for note in [] if as_json else not_made:
        print(f"note: {note} is not made yet; not approved", file=sys.stderr)
    if not pending:
        if as_json:
            show_result("approved:", {"approved": 0, "plan": None, "not_made": not_made}, True)
            return
        print("nothing to approve: no file is waiting to be sent", file=sys.stderr)
        return
    if not quiet:
        print("\n".join(describe(pending)), file=sys.stderr)
    # The question goes to stderr, so stdout holds only the result (--json).
    if not yes:
        with asking():  # under -q as well: never wait on a question nobody sees
            agreed = typer.confirm(f"Approve sending these {len(pending)} file(s)?", err=True)
        if not agreed:
            raise typer.Abort()
    path = approve(ctx, settings, items)
    if as_json:
        document = {"approved": len(pending), "plan": str(path), "not_made": not_made}
        show_result("approved:", document, as_json)
        return
    typer.echo(f"approved {len(pending)} file(s): {path}")


def register(app: typer.Typer) -> None:
    app.add_typer(plan_app, name="plan")
