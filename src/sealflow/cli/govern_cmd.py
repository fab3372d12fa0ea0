"""`sealflow audit verify`: check the study's hash-chained audit log."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from sealflow.config import load_config
from sealflow.govern.audit import study_audit_log

audit_app = typer.Typer(help="The hash-chained audit log.", no_args_is_help=True)


@audit_app.command("verify")
def verify(
    config_file: Path = typer.Option(  # noqa: B008
        Path("config/config.yaml"), "--config", help="The study's config.yaml."
    ),
) -> None:
    """Recompute every entry's MAC; name the first edited, removed or reordered entry."""
    config = load_config(config_file)
    log = study_audit_log(Path(config["root"]), config["workspace"])
    entries = log.verify()
    Console(stderr=True).print(f"[green]ok[/green]: {log.path}: {entries} entries, chain intact")


def register(app: typer.Typer) -> None:
    app.add_typer(audit_app, name="audit")
