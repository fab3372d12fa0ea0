"""Gather the counts-only JSON that each stage leaves in results/ into one report model.

The report reads only results/, which by invariant holds no identifier value; it never
opens the workspace. A stage that has not run yet shows as missing rather than failing the
build, so a reviewer can read a partial report while the study is under way; the gates
(gates.py) decide what a missing stage means for certification.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sealflow.errors import InputSchemaError

# The stage outputs the report knows, relative to results/.
SOURCES = {
    "links": "links/links_report.json",
    "ingest": "ingest/ingest_report.json",
    "link": "link/match_report.json",
    "scrub": "scrub/summary.json",
    "residual": "scrub/residual.json",
    "risk": "anonymise/risk.json",
    "outcome": "outcome/checks.json",
    "retention": "governance/retention.json",
    "review": "review/decisions.json",
    # The record of processing activities (`sealflow ropa`, rule ropa): names and counts.
    "ropa": "governance/ropa.json",
}

# The scrubber's accuracy on the labelled corpora, measured by bench/scrub_accuracy.py and
# kept in the repository (not in results/: it describes the software, not the study).
BENCH_RESULTS = Path(__file__).resolve().parents[3] / "bench" / "results"
ACCURACY_PATH = BENCH_RESULTS / "scrub_accuracy.json"
# One placeholder per person, measured by bench/scrub_consistency.py on labelled documents.
CONSISTENCY_PATH = BENCH_RESULTS / "scrub_consistency.json"


@dataclass
class ReportData:
    """Every stage's summary, keyed as in SOURCES, plus the exchange records."""

    results_dir: Path
    stages: dict[str, dict[str, Any] | None]
    received: list[dict[str, Any]] = field(default_factory=list)
    sent: list[dict[str, Any]] = field(default_factory=list)
    plots: dict[str, Path] = field(default_factory=dict)
    # Vendors' deletion of recordings and transcript copies, per delivery (names and dates).
    deletions: list[dict[str, Any]] = field(default_factory=list)
    receipts: int = 0
    accuracy: dict[str, Any] | None = None
    audit: dict[str, Any] | None = None
    quotes_released: int | None = None
    consistency: dict[str, Any] | None = None
    # Received transcripts against scrubbed ones (govern/scrub_coverage.py): names, counts.
    coverage: dict[str, Any] | None = None


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputSchemaError(
            f"{path}: not valid JSON ({exc}); rerun the stage that writes it"
        ) from None


def _accuracy(path: Path) -> dict[str, Any] | None:
    """A scrub benchmark's figures with the date they were measured, or None if absent."""
    if not path.is_file():
        return None
    measured = _read_json(path)
    if not isinstance(measured, dict):
        return None
    if "measured_on" not in measured:
        stamp = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        measured = {**measured, "measured_on": stamp.date().isoformat(), "date_from_file": True}
    return measured


def collect(
    results_dir: str | Path,
    accuracy_path: Path | None = None,
    consistency_path: Path | None = None,
    audit: dict[str, Any] | None = None,
    coverage: dict[str, Any] | None = None,
) -> ReportData:
    """Read what each stage reported; absent stages map to None.

    ``audit`` is the outcome of verifying the audit log (entries, whether the chain holds),
    which the caller computes: the log lives in the workspace, which this module never reads.
    ``coverage`` likewise: which received transcripts have no scrubbed copy (by name).
    """
    root = Path(results_dir)
    stages = {
        name: (_read_json(root / rel) if (root / rel).is_file() else None)
        for name, rel in SOURCES.items()
    }
    received = [_read_json(p) for p in sorted((root / "exchange" / "received").glob("*.json"))]
    sent = [
        _read_json(p)
        for p in sorted((root / "exchange" / "sent").glob("*.json"))
        if not p.name[:1].isdigit()  # per-batch records are summarised by the named ones
    ]
    plots = {p.stem: p for p in sorted(root.glob("*/*.png"))}
    deletions = [
        d
        for p in sorted((root / "exchange" / "deletion").glob("*.json"))
        for d in (_read_json(p).get("deletions") or [])
    ]
    receipts = len(list((root / "exchange" / "receipts").glob("*.receipt.json")))
    quotes_csv = root / "outcome" / "quotes.csv"
    quotes_released = None
    if quotes_csv.is_file():  # one approved quote per row; only the rows are counted
        with open(quotes_csv, encoding="utf-8", newline="") as fh:
            quotes_released = max(sum(1 for _ in csv.reader(fh)) - 1, 0)
    return ReportData(
        root,
        stages,
        received,
        sent,
        plots,
        deletions,
        receipts,
        _accuracy(accuracy_path if accuracy_path is not None else ACCURACY_PATH),
        audit,
        quotes_released,
        _accuracy(consistency_path if consistency_path is not None else CONSISTENCY_PATH),
        coverage,
    )
