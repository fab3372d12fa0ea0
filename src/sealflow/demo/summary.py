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


def _outputs(study_dir: Path) -> list[dict[str, Any]]:
    """Each workflow folder that holds files: how many, their bytes, the first few names."""
    found = []
    for relative in WORKFLOW_FOLDERS:
        folder = study_dir / relative
        files = sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
        if files:
            found.append(
                {
                    "folder": relative,
                    "files": len(files),
                    "bytes": sum(p.stat().st_size for p in files),
                    "examples": [str(p.relative_to(folder)) for p in files[:4]],
                }
            )
    return found


def _outputs_table(study_dir: Path) -> Table | None:
    table = Table(title="Made by the workflow")
    table.add_column("folder")
    table.add_column("files", justify="right")
    table.add_column("bytes", justify="right")
    table.add_column("examples", overflow="fold")
    found = _outputs(study_dir)
    for entry in found:
        more = f" (+{entry['files'] - 4} more)" if entry["files"] > 4 else ""
        table.add_row(
            entry["folder"],
            str(entry["files"]),
            str(entry["bytes"]),
            ", ".join(entry["examples"]) + more,
        )
    return table if found else None


def _numbers(value: Any, prefix: str = "") -> list[tuple[str, int | float]]:
    """Numeric leaves of a JSON document with their dotted keys; strings are never shown."""
    if isinstance(value, dict):
        return [n for k, v in value.items() for n in _numbers(v, f"{prefix}{k}.")]
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return [(prefix.rstrip("."), value)]
    return []


def _reports(study_dir: Path) -> dict[str, list[tuple[str, int | float]]]:
    """Each JSON report under results/ (the first few): its numeric leaves, never a string."""
    found = {}
    for path in sorted((study_dir / "results").rglob("*report*.json"))[:REPORTS_SHOWN]:
        try:
            numbers = _numbers(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            continue
        if numbers:
            found[str(path.relative_to(study_dir))] = numbers
    return found


def _reports_table(study_dir: Path) -> Table | None:
    """Headline counts of the JSON reports under results/ (numbers only)."""
    table = Table(title="Reports (counts)", show_header=False)
    table.add_column("report", style="bold")
    table.add_column("counts", overflow="fold")
    for relative, numbers in _reports(study_dir).items():
        shown = ", ".join(f"{key} {value}" for key, value in numbers[:NUMBERS_SHOWN])
        more = f" (+{len(numbers) - NUMBERS_SHOWN} more)" if len(numbers) > NUMBERS_SHOWN else ""
        table.add_row(relative, shown + more)
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


def summary_document(study_dir: str | Path) -> dict[str, Any]:
    """The same summary for machines (`sealflow demo summary --json`): counts, paths, gates."""
    root = Path(study_dir)
    manifest = read_manifest(root)
    report = root / "results" / "report" / "deidentification.json"
    try:
        model = json.loads(report.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        model = None
    return {
        "study": str(root),
        "seed": manifest["seed"],
        "staff": manifest["staff"],
        "counts": manifest["counts"],
        "files": manifest["files"],
        "outputs": _outputs(root),
        "reports": {path: dict(numbers) for path, numbers in _reports(root).items()},
        "gates": None
        if model is None
        else {
            "certifiable": bool(model.get("certifiable")),
            "gates": [
                {k: gate.get(k) for k in ("name", "figure", "limit", "passed")}
                for gate in model.get("gates", [])
            ],
        },
    }
