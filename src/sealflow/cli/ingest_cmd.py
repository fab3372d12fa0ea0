"""`sealflow import`, `links`, `ingest`, `link`: the tabular spine, by hand.

Each command reads the study's config.yaml, checks it as the workflow does, and calls the
same library functions as the Snakemake rules, writing the same files. Only counts are
printed: the outputs themselves hold personal data and stay in the workspace.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sealflow import fsutil
from sealflow.cli.options import (
    STUDY,
    ConfigOption,
    JsonOption,
    QuietOption,
    VerboseOption,
    note,
    show_result,
)
from sealflow.config import load_config
from sealflow.errors import SealflowError
from sealflow.exchange.shape import study_shape
from sealflow.ingest.imports import import_files
from sealflow.ingest.links import make_links
from sealflow.ingest.settings import IngestSettings
from sealflow.ingest.tables import combine_reports, prepare_keyed_table, prepare_survey
from sealflow.link.join import link_survey_admin
from sealflow.progress import progress
from sealflow.settings import StudySettings
from sealflow.workspace import StudyAudit, StudyPaths


def _study(
    config_file: Path, stage: str | None = None
) -> tuple[StudySettings, StudyPaths, IngestSettings, StudyAudit]:
    """The study's settings, paths and audit log; with ``stage``, first refuse (touching
    nothing) if the study's shape leaves that stage out, as the workflow does."""
    study = StudySettings.from_config(load_config(config_file))
    if stage is not None:
        study_shape(study, study.load_parties()).require(stage, stage)
    paths = StudyPaths.from_settings(study)
    fsutil.private_dir(paths.workspace)  # a hand-made study may have left it group-readable
    audit = StudyAudit.for_settings(study)
    return study, paths, IngestSettings.from_section(study.ingest), audit


def import_(
    files: Annotated[list[Path], typer.Argument(metavar="FILES...", help="The received files.")],
    sender: Annotated[
        str, typer.Option("--from", help="The party (in parties.yaml) that sent them.")
    ],
    config_file: ConfigOption = STUDY,
    as_json: JsonOption = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Bring in files that arrived outside a sealed batch: placed as a batch's, hash audited."""
    study, _, _, audit = _study(config_file)
    records = import_files(study, sender, files, audit)
    show_result("import:", list(records), as_json)


def links(
    config_file: ConfigOption = STUDY,
    as_json: JsonOption = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Survey token per participant: links table for the provider, token list for the survey."""
    study, paths, settings, audit = _study(config_file, "links")
    counts = make_links(
        paths.input_file("roster"),
        paths.input_file("withdrawals"),
        paths.token_key,
        paths.work("links/links_for_provider.csv"),
        paths.work("links/tokens_for_survey.csv"),
        paths.result("links/links_report.json"),
        study.links.url_template,
        settings,
        audit,
    )
    show_result("links:", counts, as_json)


def ingest(
    config_file: ConfigOption = STUDY,
    as_json: JsonOption = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Validate the roster, admin extract and survey export; write Parquet to the workspace."""
    _, paths, settings, audit = _study(config_file)
    note("ingest: checking the roster, admin extract and survey export", detail=True)
    withdrawals = paths.input_file("withdrawals")
    reports = [paths.result(f"ingest/{name}.json") for name in ("roster", "admin", "survey")]
    checks = [
        lambda: prepare_keyed_table(
            "roster",
            paths.input_file("roster"),
            withdrawals,
            paths.work("ingest/roster.parquet"),
            reports[0],
            settings,
        ),
        lambda: prepare_keyed_table(
            "admin_extract",
            paths.input_file("admin_extract"),
            withdrawals,
            paths.work("ingest/admin.parquet"),
            reports[1],
            settings,
        ),
        lambda: prepare_survey(
            paths.input_file("survey_export"),
            paths.input_file("roster"),
            withdrawals,
            paths.token_key,
            paths.work("ingest/survey.parquet"),
            paths.work("ingest/quarantine/survey_unknown_tokens.parquet"),
            reports[2],
            settings,
        ),
    ]
    # A bar over the tables checked, then written (on a terminal only; sealflow.progress).
    with progress("ingest (check, then write each table)", 2 * len(checks), "steps") as advance:
        # All three tables are checked before any is written: one bad file leaves no output.
        prepared = []
        for check in checks:
            prepared.append(check())
            advance(1)
        note("ingest: roster, admin extract and survey export checked; writing", detail=True)
        for table in prepared:
            table.write(audit)
            advance(1)
    summary = combine_reports(reports, paths.result("ingest/ingest_report.json"))
    show_result("ingest:", summary, as_json)


def link(
    config_file: ConfigOption = STUDY,
    as_json: JsonOption = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
) -> None:
    """Join the ingested survey answers with the admin extract; write the match report."""
    _, paths, _, audit = _study(config_file)
    survey, admin = paths.work("ingest/survey.parquet"), paths.work("ingest/admin.parquet")
    for ingested in (survey, admin):
        if not ingested.is_file():
            raise SealflowError(f"{ingested}: not found; run `sealflow ingest --config ...` first")
    counts = link_survey_admin(
        survey,
        admin,
        paths.work("link/linked.parquet"),
        paths.result("link/match_report.json"),
        audit,
    )
    show_result("link:", counts, as_json)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `sealflow` app."""
    app.command("import")(import_)
    app.command("links")(links)
    app.command("ingest")(ingest)
    app.command("link")(link)
