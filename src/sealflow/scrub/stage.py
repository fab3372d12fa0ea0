"""The scrub stage as the workflow runs it: one function per rule, called by scripts/scrub_*.py.

Each takes the scrub settings the script built once from the study's settings
(ScrubSettings.from_study) and paths; none reads the raw config.

Scrubbed documents and the survey table stay in the workspace; findings (no values) and
counts go to results/; the values replaced are kept in the workspace (0600) for the
closed loop (every value found anywhere is replaced everywhere) and the residual scan, and
nowhere else.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Collection, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from sealflow import fsutil
from sealflow.errors import DocumentError
from sealflow.fsutil import fsync_dir, private_dir, write_json
from sealflow.scrub.batch import list_documents, scrub_documents
from sealflow.scrub.closed_loop import LoopValues, close_documents, close_table
from sealflow.scrub.report import build_summary, plot_findings, write_findings, write_summary
from sealflow.scrub.residual import residual_scan
from sealflow.scrub.settings import ScrubSettings
from sealflow.scrub.table import scrub_table


@contextlib.contextmanager
def atomic_directory(final: Path) -> Iterator[Path]:
    """A 0700 folder that replaces ``final`` only if the block succeeds (else it is removed)."""
    private_dir(final.parent)
    tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".part", dir=final.parent))
    try:
        yield tmp
        if final.exists():
            shutil.rmtree(final)
        os.replace(tmp, final)
        fsync_dir(final.parent)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


def policy(settings: ScrubSettings) -> dict[str, Any]:
    """The policy switches a scrub ran under, as the summary and the report show them."""
    return {"keep_exact_ages": settings.keep_exact_ages}


def _write_values(path: str | Path, values: Mapping[str, str]) -> None:
    """Replaced values and their entity types, workspace only (0600)."""
    write_json(path, dict(sorted(values.items())))


def read_values(paths: Sequence[str | Path]) -> dict[str, str]:
    """The replaced values of several files (value -> entity type; an older file that lists
    values only gives them the type REDACTED)."""
    values: dict[str, str] = {}
    for path in paths:
        data = fsutil.read_json(path)
        if isinstance(data, dict):
            for value, entity_type in data.items():
                values.setdefault(str(value), str(entity_type))
        else:
            for value in data:
                values.setdefault(str(value), "REDACTED")
    return values


def scrub_transcripts_stage(
    in_dir: str | Path,
    out_dir: str | Path,
    findings: str | Path,
    summary: str | Path,
    replaced_values: str | Path,
    settings: ScrubSettings,
    shard: tuple[int, int] | None = None,
    left_out: Collection[str] = frozenset(),
) -> None:
    """Scrub every transcript (or one shard of them); fail, after writing the others, if any
    could not be read.

    The documents named (by stem) in ``left_out`` are those of people who may not be
    processed now (restriction, objection, withdrawal: govern.quotable.scrub_scope): they
    are not scrubbed, so no later stage sees them, and they stay as received; the summary
    counts them and never names them. A rerun after the restriction is lifted scrubs them.
    """
    skipped = sum(p.stem in left_out for p in list_documents(Path(in_dir), shard))
    with atomic_directory(Path(out_dir)) as tmp:
        outcome = scrub_documents(Path(in_dir), tmp, settings, shard=shard, left_out=left_out)
        if outcome.failed:
            for failure in outcome.failed:
                print(f"failed: {failure['error']}", file=sys.stderr)
            raise DocumentError(
                f"{in_dir}: {len(outcome.failed)} transcript(s) could not be scrubbed: "
                + ", ".join(f["document"] for f in outcome.failed)
            )
    write_findings(Path(findings), outcome.findings)
    write_summary(
        Path(summary),
        build_summary(
            outcome.findings,
            outcome.failed,
            outcome.written,
            outcome.characters,
            policy(settings),
            left_out=skipped,
        ),
    )
    _write_values(replaced_values, outcome.replaced_values)


def _documents_in(folder: str | Path) -> list[Path]:
    """A shard's documents, without hidden files (Snakemake's timestamp marker)."""
    return sorted(p for p in Path(folder).iterdir() if p.is_file() and not p.name.startswith("."))


def gather_transcripts_stage(
    shard_dirs: Sequence[str | Path],
    shard_findings: Sequence[str | Path],
    shard_summaries: Sequence[str | Path],
    shard_values: Sequence[str | Path],
    out_dir: str | Path,
    findings: str | Path,
    summary: str | Path,
    replaced_values: str | Path,
) -> None:
    """Join the shards of scrub_transcripts into one folder, findings file, summary and values."""
    with atomic_directory(Path(out_dir)) as tmp:
        for shard_dir in shard_dirs:
            for document in _documents_in(shard_dir):
                shutil.copy2(document, tmp / document.name)
    records: list[dict[str, Any]] = []
    for path in shard_findings:
        records += fsutil.read_json_lines(path)
    records.sort(key=lambda r: (r["document"], r["start"]))
    failed: list[dict[str, str]] = []
    written: list[str] = []
    characters = 0
    left_out = 0
    run_policy: dict[str, Any] = {}
    for path in shard_summaries:
        part = fsutil.read_json(path)
        run_policy = run_policy or part.get("policy", {})
        failed += part.get("failed", [])
        characters += part.get("characters_scrubbed", 0)
        left_out += part.get("documents_left_out", 0)
    written = sorted(p.name for d in shard_dirs for p in _documents_in(d))
    values = read_values(shard_values)
    write_findings(Path(findings), records)
    write_summary(
        Path(summary),
        build_summary(records, failed, written, characters, run_policy, left_out=left_out),
    )
    _write_values(replaced_values, values)


def scrub_survey_stage(
    survey: str | Path,
    out: str | Path,
    findings: str | Path,
    summary: str | Path,
    replaced_values: str | Path,
    settings: ScrubSettings,
) -> None:
    """Scrub the survey's free-text columns (scrub.survey_columns) into survey_scrubbed.parquet."""
    outcome = scrub_table(Path(survey), list(settings.survey_columns), Path(out), settings)
    write_findings(Path(findings), outcome.findings)
    write_summary(
        Path(summary),
        build_summary(
            outcome.findings, outcome.failed, ["survey"], outcome.characters, policy(settings)
        ),
    )
    _write_values(replaced_values, outcome.replaced_values)


def close_transcripts_stage(
    in_dir: str | Path,
    replaced_values: Sequence[str | Path],
    out_dir: str | Path,
    report: str | Path,
    settings: ScrubSettings,
) -> None:
    """The closed loop over the transcripts: every value replaced anywhere in the study
    (transcripts and survey) is replaced here too; the report holds counts only."""
    values = LoopValues.build(read_values(replaced_values), settings)
    with atomic_directory(Path(out_dir)) as tmp:
        outcome = close_documents(Path(in_dir), tmp, values, settings)
    write_json(report, outcome.report(), mode=0o644)


def close_survey_stage(
    survey: str | Path,
    replaced_values: Sequence[str | Path],
    out: str | Path,
    report: str | Path,
    settings: ScrubSettings,
) -> None:
    """The closed loop over the survey's free-text columns (see close_transcripts_stage)."""
    values = LoopValues.build(read_values(replaced_values), settings)
    outcome = close_table(Path(survey), list(settings.survey_columns), Path(out), values, settings)
    write_json(report, outcome.report(), mode=0o644)


def residual_stage(
    transcripts: str | Path | None,
    survey: str | Path | None,
    replaced_values: Sequence[str | Path],
    report: str | Path,
    settings: ScrubSettings,
) -> None:
    """Scan the scrubbed outputs; the report says passed true or false (the gate reads it).

    ``transcripts`` is None in a study without interviews: the survey's free text only;
    ``survey`` is None in a study without a survey: the transcripts only."""
    values = read_values(replaced_values)
    result = residual_scan(
        settings,
        values,
        documents_dir=Path(transcripts) if transcripts is not None else None,
        table=Path(survey) if survey is not None else None,
        columns=list(settings.survey_columns),
    )
    write_json(report, result, mode=0o644)


def summary_stage(
    summaries: Sequence[str | Path], sources: Sequence[str], out: str | Path, plot: str | Path
) -> None:
    """Combine the per-source summaries into results/scrub/summary.json and a PNG plot."""
    combined: dict[str, Any] = {
        "sources": {},
        "by_type": {},
        "by_source_and_type": {},
        "total": 0,
        "failed": [],
    }
    for path, source in zip(summaries, sources, strict=True):
        part = fsutil.read_json(path)
        combined.setdefault("policy", part.get("policy", {}))
        combined["sources"][source] = {
            k: part[k] for k in ("total", "by_type", "failed") if k in part
        }
        combined["total"] += part["total"]
        combined["failed"] += part.get("failed", [])
        for entity_type, count in part["by_type"].items():
            combined["by_type"][entity_type] = combined["by_type"].get(entity_type, 0) + count
        for kind, counts in part.get("by_source_and_type", {}).items():
            target = combined["by_source_and_type"].setdefault(kind, {})
            for entity_type, count in counts.items():
                target[entity_type] = target.get(entity_type, 0) + count
    combined["passed"] = not combined["failed"]
    write_summary(Path(out), combined)
    plot_findings(Path(plot), combined)
