"""`sealflow ropa`: the record of processing activities (UK GDPR Article 30)."""

from __future__ import annotations

import typer

from sealflow.cli.options import STUDY, ConfigOption, JsonOption, show_result
from sealflow.config import load_config, resolve


def ropa(
    config_file: ConfigOption = STUDY,
    as_json: JsonOption = False,
) -> None:
    """Write the record of processing activities (Article 30) into results/governance/."""
    from sealflow.govern.ropa import write_ropa

    config = load_config(config_file)
    folder = resolve(config["root"], config["results"]) / "governance"
    record = write_ropa(config, folder / "ropa.json", folder / "ropa.md")
    outside = len(record["transfers_outside_uk"])
    if as_json:
        document = {
            "ropa": str(folder / "ropa.md"),
            "json": str(folder / "ropa.json"),
            "purposes": len(record["purposes"]),
            "recipients": len(record["recipients"]),
            "outside_uk": outside,
            "audit_entries": record["processing_so_far"]["entries"],
        }
        show_result("ropa:", document, as_json)
        return
    typer.echo(
        f"ok: record of processing in {folder / 'ropa.md'} (and ropa.json): "
        f"{len(record['purposes'])} purposes, {len(record['recipients'])} recipients, "
        f"{outside} outside the UK, {record['processing_so_far']['entries']} audit entries"
    )


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `sealflow` app."""
    app.command("ropa")(ropa)
