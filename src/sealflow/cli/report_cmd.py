"""`sealflow report`: build the de-identification report from a study's results/."""

from __future__ import annotations

import typer
from rich.console import Console

from sealflow.cli.options import STUDY, ConfigOption, JsonOption, show_result
from sealflow.config import load_config
from sealflow.govern.scrub_coverage import scrub_coverage
from sealflow.report import write_report
from sealflow.report.audit_status import audit_status
from sealflow.report.browser import print_pdf
from sealflow.settings import StudySettings


def report(
    config_file: ConfigOption = STUDY,
    pdf: bool = typer.Option(
        False, "--pdf", help="Also print the report to .pdf through headless Chromium."
    ),
    as_json: JsonOption = False,
) -> None:
    """Write results/report/deidentification.html and .json; exit 2 if a gate fails."""
    study = StudySettings.from_config(load_config(config_file))
    html_path = study.results / "report" / "deidentification.html"
    model = write_report(
        study.results,
        html_path,
        html_path.with_suffix(".json"),
        study.study.name,
        audit=audit_status(study),
        coverage=scrub_coverage(study),
    )
    if as_json:  # the gates and the verdict; the whole model is in the .json beside the html
        keys = ("certifiable", "gates")
        show_result("report:", {key: model[key] for key in keys} | {"html": html_path}, True)
    console = Console(stderr=True, quiet=as_json)
    for gate in model["gates"]:
        mark = "[green]pass[/green]" if gate["passed"] else "[red]fail[/red]"
        note = f": {gate['note']}" if not gate["passed"] and gate.get("note") else ""
        console.print(f"{mark}  {gate['name']}: {gate['figure']} ({gate['limit']}){note}")
    console.print(f"report: {html_path}")
    if pdf:
        console.print(f"pdf: {print_pdf(html_path, html_path.with_suffix('.pdf'))}")
    if not model["certifiable"]:
        raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    app.command("report")(report)
