"""The files a complete run of each stage leaves, for `sealflow status` to find the missing.

Snakemake removes a failed job's outputs and keeps every other stage's, so after a failure the
later stages' outputs of the run before still stand: a stage is done only when each of its
files is there. The list mirrors the outputs of the workflow's rules (workflow/rules/*.smk),
which the default target asks for one by one (common.smk ``all_input``); the send rules'
records are left out, as the default target never sends.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sealflow.exchange.shape import StudyShape
from sealflow.settings import StudySettings

# report.smk: each section of the de-identification report, also written as a page.
REPORT_SECTIONS = ("summary", "flow", "gates", "disclosure", "scrubbing", "outcome", "exchange")


def expected_outputs(
    config: dict[str, Any], study: StudySettings, shape: StudyShape
) -> dict[str, list[Path]]:
    """Stage -> the files (or folders) its rules make in this study's shape, in stage order."""
    results, work = study.results, study.workspace
    survey, interviews = shape.survey, shape.interviews
    senders = [*shape.providers, *shape.surveys, *shape.vendors]
    return {
        "links": [results / "links/links_report.json", work / "links/links_for_provider.csv",
                  work / "links/tokens_for_survey.csv"] if survey else [],
        "receive": [results / f"exchange/received/{party}.json" for party in senders]
        + _opened(study, shape),
        "ingest": _ingest(results, work, survey),
        "scrub": _scrub(config, results, work, survey, interviews),
        "link": [results / "link/match_report.json", work / "link/linked.parquet"]
        if survey else [],
        "anonymise": [results / "anonymise/risk.json", work / "anonymise/anonymised.parquet"]
        if survey else [],
        "outcome": _outcome(config, study, survey, interviews),
        "plan": [results / "exchange/plan.json"] if senders else [],
        "report": [results / "report/deidentification.html",
                   results / "report/deidentification.json",
                   *(results / f"report/sections/{name}.html" for name in REPORT_SECTIONS)],
        "retention": [results / "governance/retention.json", results / "governance/ropa.json",
                      results / "governance/ropa.md"],
    }  # fmt: skip


def _opened(study: StudySettings, shape: StudyShape) -> list[Path]:
    """The files the provider's and the survey platform's batches open into."""
    inputs = study.inputs
    provider = [inputs.roster, inputs.admin_extract] if shape.providers else []
    return [*provider, *([inputs.survey_export] if shape.surveys else [])]


def _ingest(results: Path, work: Path, survey: bool) -> list[Path]:
    tables = ["roster", "admin", *(["survey"] if survey else [])]
    made = [results / f"ingest/{table}.json" for table in tables]
    made += [work / f"ingest/{table}.parquet" for table in tables]
    if survey:
        made.append(work / "ingest/quarantine/survey_unknown_tokens.parquet")
    return [*made, results / "ingest/ingest_report.json"]


def _scrub(
    config: dict[str, Any], results: Path, work: Path, survey: bool, interviews: bool
) -> list[Path]:
    if not (survey or interviews):
        return []
    made = [results / "scrub/summary.json", results / "scrub/findings_by_type.png",
            results / "scrub/residual.json"]  # fmt: skip
    if survey:
        made += [results / "scrub/survey_findings.jsonl", results / "scrub/survey_summary.json",
                 results / "scrub/survey_closed_loop.json", work / "scrub/survey_scrubbed.parquet",
                 work / "scrub/first/survey_scrubbed.parquet",
                 work / "scrub/replaced_values_survey.json"]  # fmt: skip
    if interviews:
        made += [results / "scrub/transcripts_findings.jsonl",
                 results / "scrub/transcripts_summary.json",
                 results / "scrub/transcripts_closed_loop.json", work / "scrub/transcripts",
                 work / "scrub/first/transcripts",
                 work / "scrub/replaced_values_transcripts.json"]  # fmt: skip
        shards = int((config.get("scrub") or {}).get("shards", 1))
        for shard in range(shards) if shards > 1 else ():
            made += [work / f"scrub/shards/transcripts.{shard}",
                     work / f"scrub/shards/replaced_values.{shard}.json",
                     work / f"scrub/shards/findings.{shard}.jsonl",
                     work / f"scrub/shards/summary.{shard}.json"]  # fmt: skip
    return made


def _outcome(
    config: dict[str, Any], study: StudySettings, survey: bool, interviews: bool
) -> list[Path]:
    """The published outcome, its staging copy in the workspace (a failed build removes only
    that), and the quote candidates when the transcripts give some."""
    if not survey:
        return []
    outcome = config.get("outcome") or {}
    names = [*(f"{table['name']}.csv" for table in outcome.get("tables") or []), "checks.json",
             "quotes.csv"]  # fmt: skip
    made = [study.results / "outcome" / name for name in names]
    made += [study.workspace / "outcome/staged" / name for name in names]
    candidates = (outcome.get("quotes") or {}).get("candidates")
    if interviews and candidates:
        made.append(study.root / candidates)
    return made
