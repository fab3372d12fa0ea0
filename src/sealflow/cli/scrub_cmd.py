"""`sealflow scrub docs` and `sealflow scrub table`: identifiers out of transcripts and free text.

Both call the same library functions as the workflow's scrub rules. The study is the one
every command finds (-c, SEALFLOW_CONFIG, ./config.yaml); with none, the shipped defaults
apply and stderr says so. Only counts are printed; values never reach the terminal.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from sealflow.cli.options import (
    CONFIG_ENV,
    JsonOption,
    QuietOption,
    VerboseOption,
    note,
    optional_study_config,
    show_result,
)
from sealflow.errors import DocumentError

if TYPE_CHECKING:
    from sealflow.scrub.settings import ScrubSettings

scrub_app = typer.Typer(
    help="Replace identifiers in transcripts and survey free text.", no_args_is_help=True
)


# Said on stderr when no study is named: a study's own deny and allow lists do not apply.
SHIPPED_DEFAULTS = (
    f"no study named (-c/--config, {CONFIG_ENV} or ./config.yaml): the shipped scrub "
    "settings apply, without a study's own deny and allow lists"
)


def _settings(config: Path | None, as_json: bool) -> ScrubSettings:
    """The named study's scrub settings; with none, the shipped ones (said, unless --json:
    then stderr holds errors only)."""
    from sealflow.scrub.settings import load_settings

    study = optional_study_config(config)
    if study is None and not as_json:
        note(SHIPPED_DEFAULTS)
    return load_settings(study)


def _left_out(config: Path | None) -> dict[str, str]:
    """Inside a study (a whole config.yaml: it names the evaluator and the parties; a
    scrub-only YAML does not), the interviews the workflow's transcript scrub leaves out
    (restricted, objecting, withdrawn interviewees: doc id -> why), from the same library
    function the rule calls; none otherwise."""
    from sealflow.config import load_config, read_yaml

    study = optional_study_config(config)
    if study is None:
        return {}
    data = read_yaml(study)
    if not isinstance(data, dict) or not {"evaluator", "parties"} <= data.keys():
        return {}
    from sealflow.govern.quotable import scrub_scope

    return scrub_scope(load_config(study))


def _shard(value: str | None) -> tuple[int, int] | None:
    if not value:
        return None
    try:
        index, count = (int(part) for part in value.split("/"))
    except ValueError:
        raise DocumentError(f"--shard {value!r}: expected INDEX/COUNT, e.g. 0/4") from None
    return index, count


@scrub_app.command("docs")
def docs(
    in_dir: Path = typer.Option(  # noqa: B008
        ..., "--in", help="Folder of .txt, .vtt, .srt and .docx documents."
    ),
    out_dir: Path = typer.Option(  # noqa: B008
        ..., "--out", help="Folder for the scrubbed documents and findings.jsonl."
    ),
    config: Path | None = typer.Option(  # noqa: B008
        None,
        "--config",
        "-c",
        envvar=CONFIG_ENV,
        help="config.yaml (its scrub section) or a scrub-only YAML "
        f"(else ${CONFIG_ENV}, else ./config.yaml, else the shipped settings).",
    ),
    as_json: JsonOption = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    processes: int | None = typer.Option(
        None, "--processes", help="Worker processes (default: all cores)."
    ),
    shard: str | None = typer.Option(
        None, "--shard", help="Only shard INDEX/COUNT of the sorted files."
    ),
) -> None:
    """Scrub every document in --in into a same-named file in --out, plus findings.jsonl.

    Inside a study, the transcripts of interviewees who may not be processed now
    (restriction, objection, withdrawal) are left out, as the workflow leaves them out."""
    from dataclasses import replace

    from sealflow.scrub.batch import list_documents, scrub_documents
    from sealflow.scrub.report import build_summary, write_findings

    settings = _settings(config, as_json)
    if processes is not None:
        settings = replace(settings, processes=processes)
    left_out = _left_out(config)
    skipped = sum(p.stem in left_out for p in list_documents(in_dir, _shard(shard)))
    note(f"scrub docs: {in_dir} -> {out_dir}", detail=True)
    outcome = scrub_documents(in_dir, out_dir, settings, shard=_shard(shard), left_out=left_out)
    write_findings(out_dir / "findings.jsonl", outcome.findings)
    summary = build_summary(
        outcome.findings, outcome.failed, outcome.written, outcome.characters, left_out=skipped
    )
    if as_json:
        show_result("scrub docs:", summary, as_json)
    else:
        print(
            f"scrubbed {summary['documents_scrubbed']} document(s), {summary['total']} "
            "finding(s): " + ", ".join(f"{t} {n}" for t, n in summary["by_type"].items())
        )
        if skipped:
            print(
                f"left out {skipped} document(s): interviewees who may not be processed now "
                "(restriction, objection or withdrawal)"
            )
    if outcome.failed:
        for failure in outcome.failed:
            print(f"failed: {failure['error']}", file=sys.stderr)
        raise DocumentError(
            f"{len(outcome.failed)} document(s) could not be scrubbed: "
            + ", ".join(f["document"] for f in outcome.failed)
        )


@scrub_app.command("table")
def table(
    in_file: Path = typer.Option(..., "--in", help="CSV or Parquet table."),  # noqa: B008
    columns: str = typer.Option(
        ..., "--columns", help="Comma-separated free-text columns to scrub."
    ),
    out_file: Path = typer.Option(..., "--out", help="Output table (.csv or .parquet)."),  # noqa: B008
    config: Path | None = typer.Option(  # noqa: B008
        None,
        "--config",
        "-c",
        envvar=CONFIG_ENV,
        help="config.yaml (its scrub section) or a scrub-only YAML "
        f"(else ${CONFIG_ENV}, else ./config.yaml, else the shipped settings).",
    ),
    as_json: JsonOption = False,
    quiet: QuietOption = False,
    verbose: VerboseOption = False,
    processes: int | None = typer.Option(
        None, "--processes", help="Worker processes (default: all cores)."
    ),
) -> None:
    """Scrub the named columns of a table; other columns are copied unchanged."""
    from dataclasses import replace

    from sealflow.scrub.report import write_findings
    from sealflow.scrub.table import scrub_table

    settings = _settings(config, as_json)
    if processes is not None:
        settings = replace(settings, processes=processes)
    names = [c.strip() for c in columns.split(",") if c.strip()]
    note(f"scrub table: {len(names)} column(s) of {in_file.name}", detail=True)
    outcome = scrub_table(in_file, names, out_file, settings)
    write_findings(out_file.with_name(out_file.name + ".findings.jsonl"), outcome.findings)
    counts = {"columns": len(names), "findings": len(outcome.findings)}
    if as_json:
        show_result("scrub table:", counts, as_json)
    else:
        print(f"scrubbed {len(names)} column(s), {len(outcome.findings)} finding(s)")


def register(app: typer.Typer) -> None:
    """Add the `scrub` group to the `sealflow` app."""
    app.add_typer(scrub_app, name="scrub")
