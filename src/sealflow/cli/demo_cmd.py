"""`sealflow demo init DIR` and `sealflow demo summary DIR`: the synthetic study."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console

from sealflow.cli.options import JsonOption, show_result
from sealflow.demo.study import DEFAULT_SEED, DEFAULT_STAFF, init_study
from sealflow.demo.summary import summary, summary_document

demo_app = typer.Typer(help="Generate and describe a synthetic study.", no_args_is_help=True)
_LARGE = 5_000


@demo_app.command("init")
def init(
    study_dir: Path = typer.Argument(..., help="Folder to create the study in (new or empty)."),  # noqa: B008
    staff: int = typer.Option(DEFAULT_STAFF, "--staff", help="People on the provider's roster."),
    seed: int = typer.Option(
        DEFAULT_SEED, "--seed", help="Seed: the same seed gives the same data."
    ),
    force: bool = typer.Option(
        False, "--force", help="Replace a study that `demo init` made earlier in DIR."
    ),
    interviews: int | None = typer.Option(
        None, "--interviews", help="Transcripts to make (default: 1 per 20 staff, 4 to 40)."
    ),
    as_json: JsonOption = False,
) -> None:
    """Write a whole synthetic study (config, parties and keys, data, truth) in DIR."""
    console = Console(stderr=True)
    manifest = init_study(
        study_dir,
        staff=staff,
        seed=seed,
        force=force,
        show_progress=staff >= _LARGE or (interviews or 0) >= 500,
        interviews=interviews,
    )
    counts = manifest["counts"]
    transcripts = sum(counts["interviews"].values())
    if as_json:
        show_result("demo:", {"study": str(study_dir), "counts": counts}, as_json)
        return
    console.print(
        f"[green]ok[/green]: synthetic study in {study_dir}: {counts['roster']} staff, "
        f"{counts['survey']['rows']} survey rows, {transcripts} transcripts, "
        f"{counts['planted']} planted identifiers; run "
        f"`snakemake --cores 2 --configfile {study_dir}/config.yaml`"
    )


@demo_app.command("summary")
def show_summary(
    study_dir: Path = typer.Argument(..., help="A folder made by `sealflow demo init`."),  # noqa: B008
    as_json: JsonOption = False,
) -> None:
    """Print what a demo study holds and what the workflow made, as counts and paths."""
    if as_json:
        show_result("demo summary:", summary_document(study_dir), as_json)
        return
    Console().print(summary(study_dir))


def register(app: typer.Typer) -> None:
    """Add the `demo` group to the `sealflow` app."""
    app.add_typer(demo_app, name="demo")
