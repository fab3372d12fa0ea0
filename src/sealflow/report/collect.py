"""Gather the counts-only JSON that each stage leaves in results/ into one report model.

The report reads only results/, which by invariant holds no identifier value; it never
opens the workspace. A stage that has not run yet shows as missing rather than failing the
build, so a reviewer can read a partial report while the study is under way; the gates
(gates.py) decide what a missing stage means for certification.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
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
}


@dataclass
class ReportData:
    """Every stage's summary, keyed as in SOURCES, plus the exchange records."""

    results_dir: Path
    stages: dict[str, dict[str, Any] | None]
    received: list[dict[str, Any]] = field(default_factory=list)
    sent: list[dict[str, Any]] = field(default_factory=list)
    # Vendors' deletion of recordings and transcript copies, per delivery (names and dates).
    deletions: list[dict[str, Any]] = field(default_factory=list)
    plots: dict[str, Path] = field(default_factory=dict)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputSchemaError(
            f"{path}: not valid JSON ({exc}); rerun the stage that writes it"
        ) from None


def collect(results_dir: str | Path) -> ReportData:
    """Read what each stage reported; absent stages map to None."""
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
    deletions = [
        status
        for p in sorted((root / "exchange" / "deletion").glob("*.json"))
        for status in _read_json(p).get("deletions", [])
    ]
    plots = {p.stem: p for p in sorted(root.glob("*/*.png"))}
    return ReportData(root, stages, received, sent, deletions, plots)
