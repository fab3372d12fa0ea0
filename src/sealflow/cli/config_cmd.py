"""`sealflow config check`: validate a study's configuration exactly as the workflow does."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from sealflow.cli.options import CONFIG_ENV, JsonOption, show_result, study_config
from sealflow.config import load_config, load_parties
from sealflow.ingest.profiles import INPUT_TABLES
from sealflow.ingest.settings import IngestSettings
from sealflow.sdc.provenance import resolve_colluders

config_app = typer.Typer(help="Check a study's configuration.", no_args_is_help=True)


@config_app.command("check")
def check(
    config_file: Annotated[
        Path | None,
        typer.Argument(metavar="[CONFIG]", help="The study's config.yaml (or give -c)."),
    ] = None,
    config_option: Annotated[
        Path | None,
        typer.Option("--config", "-c", envvar=CONFIG_ENV, help="The study's config.yaml."),
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Validate config.yaml and parties.yaml against their schemas, and read the reviewer keys."""
    from sealflow.key_files import check_reviewer_keys

    config_file = study_config(config_file or config_option)
    config = load_config(config_file)
    parties = load_parties(config)
    notes = check_reviewer_keys(config)
    # Input profiles and declared columns have checks a JSON schema cannot state (a YAML
    # yes read as true, a declared column that repeats a core one): made here, not at ingest.
    ingest = IngestSettings.from_config(config)
    for table in INPUT_TABLES:
        ingest.schema_for(table)
    # A colluder that is no party and no role would protect nothing, silently (provenance.py).
    roles = {name: entry["role"] for name, entry in parties["parties"].items()}
    resolve_colluders((config.get("sdc") or {}).get("colluding_parties") or (), roles)
    if as_json:
        document = {
            "config": str(config_file),
            "valid": True,
            "parties": len(parties["parties"]),
            "evaluator": config["evaluator"],
            "notes": notes,
        }
        show_result("config:", document, as_json)
        return
    console = Console(stderr=True, highlight=False)
    for line in notes:
        console.print(f"[yellow]note[/yellow]: {line}", soft_wrap=True)
    console.print(
        f"[green]ok[/green]: {config_file} is valid; {len(parties['parties'])} parties; "
        f"evaluator {config['evaluator']}"
    )


def register(app: typer.Typer) -> None:
    app.add_typer(config_app, name="config")
