"""`sealflow demo summary DIR`: what a demo run made and where, in counts and paths only.

It reads the counts `demo init` recorded (truth/manifest.json) and lists the files the
workflow has made since (results/, logs/, the workspace's stage folders, drop-boxes).
It never opens a data file, so it cannot print an identifier value.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rich.console import Group
from rich.table import Table

from sealflow.demo.study import MANIFEST
from sealflow.errors import SealflowError

WORKFLOW_FOLDERS = (
    "work/links",
    "work/ingest",
    "work/scrub",
    "work/link",
    "work/anonymise",
    "results",
    "dropbox",
    "logs",
)
REPORTS_SHOWN = 8
NUMBERS_SHOWN = 12


def read_manifest(study_dir: Path) -> dict[str, Any]:
    path = study_dir / MANIFEST
    if not path.is_file():
        raise SealflowError(
            f"{path}: not found; {study_dir} is not a study made by `sealflow demo init DIR`"
        )
    try:
        manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SealflowError(f"{path}: not valid JSON ({exc}); rerun `sealflow demo init`") from None
    return manifest


def _inputs_table(study_dir: Path, manifest: dict[str, Any]) -> Table:
    """One line per input: what it holds (counts), then where it is."""
    counts, files = manifest["counts"], manifest["files"]
    survey = counts["survey"]
    interviews = counts["interviews"]
    rows = (
        ("roster", files["roster"], f"{counts['roster']} people"),
        (
            "admin extract",
            files["admin_extract"],
            f"{counts['admin_rows']} rows "
            f"({counts['roster_without_admin_record']} on the roster without a record)",
        ),
        (
            "survey export",
            files["survey_export"],
            f"{survey['rows']} rows: {survey['declined']} declined consent, "
            f"{survey['unknown_tokens']} unknown tokens, "
            f"{survey['duplicate_submissions']} resubmissions, "
            f"{survey['long_text_rows']} with long free text",
        ),
        (
            "transcripts",
            files["transcripts"],
            ", ".join(f"{n} .{fmt}" for fmt, n in interviews.items()),
        ),
        ("recordings", files["recordings"], f"{counts['recordings']} placeholder .wav"),
        ("withdrawals", files["withdrawals"], f"{counts['withdrawals']} people"),
        (
            "planted identifiers",
            files["planted"],
            f"{counts['planted']}: "
            + ", ".join(f"{t} {n}" for t, n in counts["planted_by_type"].items()),
        ),
        ("decoys (must stay)", files["decoys"], f"{counts['decoys']} ordinary phrases"),
    )
    lines = Table.grid(padding=(0, 1))
    lines.add_column(style="bold", no_wrap=True)
    lines.add_column(overflow="fold")
    lines.add_row(
        "Synthetic study", f"{study_dir} (seed {manifest['seed']}, staff {manifest['staff']})"
    )
    for label, path, contents in rows:
        lines.add_row(label, f"{contents}\n[dim]{path}[/dim]")
    return lines


def _outputs_table(study_dir: Path) -> Table | None:
    table = Table(title="Made by the workflow")
    table.add_column("folder")
    table.add_column("files", justify="right")
    table.add_column("bytes", justify="right")
    table.add_column("examples", overflow="fold")
    found = False
    for relative in WORKFLOW_FOLDERS:
        folder = study_dir / relative
        files = sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
        if not files:
            continue
        found = True
        examples = ", ".join(str(p.relative_to(folder)) for p in files[:4])
        more = f" (+{len(files) - 4} more)" if len(files) > 4 else ""
        table.add_row(
            relative, str(len(files)), str(sum(p.stat().st_size for p in files)), examples + more
        )
    return table if found else None


def _numbers(value: Any, prefix: str = "") -> list[tuple[str, int | float]]:
    """Numeric leaves of a JSON document with their dotted keys; strings are never shown."""
    if isinstance(value, dict):
        return [n for k, v in value.items() for n in _numbers(v, f"{prefix}{k}.")]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return [(prefix.rstrip("."), value)]
    return []


def _reports_table(study_dir: Path) -> Table | None:
    """Headline counts of the JSON reports under results/ (numbers only)."""
    reports = sorted((study_dir / "results").rglob("*report*.json"))
    table = Table(title="Reports (counts)", show_header=False)
    table.add_column("report", style="bold")
    table.add_column("counts", overflow="fold")
    for path in reports[:REPORTS_SHOWN]:
        try:
            numbers = _numbers(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
        if numbers:
            shown = ", ".join(f"{key} {value}" for key, value in numbers[:NUMBERS_SHOWN])
            more = (
                f" (+{len(numbers) - NUMBERS_SHOWN} more)" if len(numbers) > NUMBERS_SHOWN else ""
            )
            table.add_row(str(path.relative_to(study_dir)), shown + more)
    return table if table.row_count else None


def _gates_table(study_dir: Path) -> Table | None:
    """The certification gates from the de-identification report, if the report was built."""
    path = study_dir / "results" / "report" / "deidentification.json"
    try:
        model = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    verdict = "every gate passes" if model.get("certifiable") else "a gate fails"
    table = Table(title=f"Certification gates ({verdict}); report: {path.with_suffix('.html')}")
    for column in ("gate", "figure", "limit", "result"):
        table.add_column(column)
    for gate in model.get("gates", []):
        result = "[green]pass[/green]" if gate.get("passed") else "[red]fail[/red]"
        table.add_row(str(gate["name"]), str(gate.get("figure")), str(gate["limit"]), result)
    return table


def summary(study_dir: str | Path) -> Group:
    """A renderable summary of a demo study: inputs it holds and what the workflow made."""
    root = Path(study_dir)
    manifest = read_manifest(root)
    parts: list[Table] = [_inputs_table(root, manifest)]
    for extra in (_outputs_table(root), _reports_table(root), _gates_table(root)):
        if extra is not None:
            parts.append(extra)
    return Group(*parts)
