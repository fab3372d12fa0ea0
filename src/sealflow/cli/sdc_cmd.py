"""`sealflow anonymise`, `sealflow outcome`, `sealflow release-tables`, `sealflow quotes ...`.

The same library functions as the `anonymise` and `outcome` rules, on the study named by
its config.yaml. Only counts and figures are printed, never a value of a record.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

from sealflow.cli.options import CONFIG_ENV, STUDY, ConfigOption, JsonOption, show_result
from sealflow.config import load_config
from sealflow.errors import ConfigError
from sealflow.settings import OutcomeSettings, SdcSection, StudySettings
from sealflow.workspace import StudyAudit

quotes_app = typer.Typer(
    help="Quotations: candidates for the reviewer, signing and checking the approvals.",
    no_args_is_help=True,
)


def _show(title: str, counts: dict[str, Any], as_json: bool = False) -> None:
    show_result(title, counts, as_json)


def _study(config_file: Path) -> StudySettings:
    return StudySettings.from_config(load_config(config_file))


def _sdc(study: StudySettings) -> SdcSection:
    if study.sdc is None:
        raise ConfigError("config key sdc: section missing; copy it from config/config.yaml")
    return study.sdc


def _outcome(study: StudySettings) -> OutcomeSettings:
    if study.outcome is None:
        raise ConfigError("config key outcome: section missing; copy it from config/config.yaml")
    return study.outcome


def anonymise(config_file: ConfigOption = STUDY, as_json: JsonOption = False) -> None:
    """Anonymise the linked table: k-anonymity, l-diversity, random archive IDs, risk JSON."""
    from sealflow.sdc.anonymise import anonymise as run

    study = _study(config_file)
    work, results = study.workspace, study.results
    report = run(
        _sdc(study),
        work / "link/linked.parquet",
        work / "anonymise/anonymised.parquet",
        results / "anonymise/risk.json",
        scrubbed_path=work / "scrub/survey_scrubbed.parquet",
        audit=StudyAudit.for_settings(study),
        population_path=work / "ingest/admin.parquet",
    )
    from sealflow.govern.events import record_pseudonymous_id_deleted

    # The privacy notice's event, recorded once.
    record_pseudonymous_id_deleted(study)
    _show(
        "anonymise:",
        {
            "k": report["achieved"]["k"],
            "l": report["achieved"]["l"],
            "released_records": report["released_records"],
            "suppressed_records": report["information_loss"]["suppressed_records"],
            "blanked_cells": report["information_loss"]["blanked_cells"],
            "smallest_population_class": (report["disclosure_risk"]["population"] or {}).get(
                "smallest_population_class"
            ),
            "withheld_for_everyone": len(report["utility"]["warnings"]),
        },
        as_json,
    )


def outcome(config_file: ConfigOption = STUDY, as_json: JsonOption = False) -> None:
    """Aggregate tables with output checks, and the quotes a reviewer approved and signed."""
    from sealflow.govern.quotable import quote_scope
    from sealflow.sdc.outcome_pack import run_outcome

    config = load_config(config_file)
    study = StudySettings.from_config(config)
    work, results = study.workspace, study.results
    left_out, _ = quote_scope(config, study.root)
    summary = run_outcome(
        _outcome(study),
        study.root,
        work / "link/linked.parquet",
        results / "outcome",
        results / "outcome/checks.json",
        results / "outcome/quotes.csv",
        audit=StudyAudit.for_settings(study),
        figures_path=work / "outcome/check_figures.json",
        left_out=left_out,
    )
    _show("outcome:", summary, as_json)


def release_tables(config_file: ConfigOption = STUDY, as_json: JsonOption = False) -> None:
    """Record the outcome tables as released: later releases are checked against them all."""
    from sealflow.sdc.outcome import release_tables as release
    from sealflow.sdc.outcome_pack import history_path

    study = _study(config_file)
    section = _outcome(study)
    history = history_path(section)
    if history is None:
        raise ConfigError(
            "outcome.release_history: name the release history file in the workspace "
            "(e.g. work/outcome/release_history.json)"
        )
    number = release(
        study.workspace / "link/linked.parquet",
        section,
        history,
        audit=StudyAudit.for_settings(study),
    )
    _show("release-tables:", {"release": number}, as_json)


@quotes_app.command("candidates")
def quote_candidates(config_file: ConfigOption = STUDY, as_json: JsonOption = False) -> None:
    """Write candidate quotes from the scrubbed transcripts, with leakage flags, for review."""
    from sealflow.govern.quotable import quote_scope
    from sealflow.sdc.quotes import write_candidates

    config = load_config(config_file)
    study = StudySettings.from_config(config)
    quotes, k = _outcome(study).quotes, _sdc(study).k
    if quotes.transcripts is None or quotes.candidates is None:
        raise ConfigError("outcome.quotes: set transcripts and candidates")
    left_out, mapped = quote_scope(config, study.root)
    count = write_candidates(
        quotes.transcripts,
        study.workspace / "link/linked.parquet",
        quotes.candidates,
        k,
        quotes.min_words,
        quotes.max_words,
        audit=StudyAudit.for_settings(study),
        population_path=study.workspace / "ingest/admin.parquet",
        sdc=_sdc(study),  # the provider's key variables, from provenance (as the rule does)
        left_out=left_out,
        mapped=mapped,
    )
    _show("quotes candidates:", {"candidates": count}, as_json)


QUOTE_IDS_ARGUMENT = typer.Argument(..., help="Quote ids (from the candidates file) to approve.")
BY_OPTION = typer.Option(..., "--by", help="The reviewer's name, recorded as approved_by.")
REASON_OPTION = typer.Option(
    "", "--reason", help="Why flagged quotes may leave all the same (needed for flagged quotes)."
)


@quotes_app.command("approve")
def quote_approve(
    quote_ids: list[str] = QUOTE_IDS_ARGUMENT,
    approved_by: str = BY_OPTION,
    config_file: ConfigOption = STUDY,
    reason: str = REASON_OPTION,
    as_json: JsonOption = False,
) -> None:
    """Mark candidate quotes approved in the approvals file (sign it afterwards)."""
    from sealflow.sdc.quotes import record_approvals

    quotes = _outcome(_study(config_file)).quotes
    if quotes.candidates is None or quotes.approvals is None:
        raise ConfigError("outcome.quotes: set candidates and approvals")
    approved = record_approvals(
        quotes.candidates,
        quotes.approvals,
        quote_ids,
        approved_by,
        reason,
    )
    _show(
        "quotes approve:",
        {"approved": approved, "next": "sealflow quotes sign -c CONFIG --key KEY"},
        as_json,
    )


APPROVALS_ARGUMENT = typer.Argument(
    None,
    show_default=False,
    help="The approvals file (candidates with approved_by/at); else the study's "
    "outcome.quotes.approvals.",
)
KEY_OPTION = typer.Option(..., "--key", help="The reviewer's minisign secret key file.")
PASSPHRASE_OPTION = typer.Option(
    "", help="Environment variable holding the key's passphrase (empty: unprotected key)."
)
# Optional, unlike every other study command's -c: a reviewer may sign an approvals file
# handed to them without the study's config. Given (or found as $SEALFLOW_CONFIG or
# ./config.yaml), it names the approvals file and the key they must verify with.
SIGN_CONFIG_OPTION = typer.Option(
    None,
    "--config",
    "-c",
    envvar=CONFIG_ENV,
    show_default=False,
    help=f"The study's config.yaml (else ${CONFIG_ENV}, else ./config.yaml, else none).",
)


@quotes_app.command("sign")
def quote_sign(
    approvals: Path | None = APPROVALS_ARGUMENT,
    secret_key: Path = KEY_OPTION,
    config_file: Path | None = SIGN_CONFIG_OPTION,
    passphrase_env: str = PASSPHRASE_OPTION,
    as_json: JsonOption = False,
) -> None:
    """Sign the approvals file as the reviewer (writes APPROVALS.minisig)."""
    import os

    from sealflow.cli.options import optional_study_config
    from sealflow.seal.minisign import sign_file

    study_file = optional_study_config(config_file)
    study = _study(study_file) if study_file is not None else None
    if approvals is None:
        if study is None:
            raise typer.BadParameter(
                "name the approvals file, or the study whose outcome.quotes.approvals it is "
                f"(-c/--config FILE, {CONFIG_ENV} or ./config.yaml)",
                param_hint="APPROVALS",
            )
        approvals = _outcome(study).quotes.approvals
        if approvals is None:
            raise ConfigError("outcome.quotes.approvals: not set; name the approvals file")
    passphrase = os.environ.get(passphrase_env) if passphrase_env else None
    target = sign_file(approvals, secret_key, passphrase=passphrase)
    document: dict[str, Any] = {"signature": str(target)}
    if study is not None:
        from sealflow.cli.review_cmd import check_reviewer_key, reviewer_key_note

        if as_json:
            document["note"] = reviewer_key_note(study, approvals)
        else:
            check_reviewer_key(study, approvals)
    _show("quotes sign:", document, as_json)


@quotes_app.command("check")
def quote_check(config_file: ConfigOption = STUDY, as_json: JsonOption = False) -> None:
    """Verify the signed approvals and count the quotes that would leave."""
    from sealflow.govern.quotable import quote_scope
    from sealflow.sdc.outcome_pack import release_quotes

    config = load_config(config_file)
    study = StudySettings.from_config(config)
    left_out, _ = quote_scope(config, study.root)
    released, note = release_quotes(_outcome(study), study.root, left_out)
    _show("quotes check:", {"approved": len(released), "note": note}, as_json)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the `sealflow` app."""
    app.command("anonymise")(anonymise)
    app.command("outcome")(outcome)
    app.command("release-tables")(release_tables)
    app.add_typer(quotes_app, name="quotes")
