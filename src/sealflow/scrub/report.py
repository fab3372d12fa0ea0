"""Summary counts of a scrub run and a plot of findings by type, for the report (no values)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from sealflow.fsutil import atomic_path, write_json, write_text
from sealflow.scrub.findings import summary_counts


def write_findings(path: Path, records: Sequence[dict[str, Any]]) -> None:
    """findings.jsonl: one finding per line (type, place, score, recognizer; no value)."""
    import json

    write_text(path, "".join(json.dumps(r, sort_keys=True) + "\n" for r in records))


def build_summary(
    records: Sequence[dict[str, Any]],
    failed: Sequence[dict[str, str]],
    written: Sequence[str],
    characters: int,
    policy: dict[str, Any] | None = None,
    left_out: int = 0,
) -> dict[str, Any]:
    """Counts of a run, and the policy switches it ran under (the report cites them).
    Documents left out (people who may not be processed now) are counted, never named."""
    return {
        **summary_counts(records),
        "policy": dict(policy or {}),
        "documents_scrubbed": len(written),
        "documents_left_out": left_out,
        "characters_scrubbed": characters,
        "failed": list(failed),
        "passed": not failed,
    }


def write_summary(path: Path, summary: dict[str, Any]) -> None:
    write_json(path, summary, mode=0o644)


def plot_findings(path: Path, summary: dict[str, Any]) -> None:
    """A horizontal bar chart of findings by entity type and source (PNG)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    nested: dict[str, dict[str, int]] = summary.get("by_source_and_type", {})
    types = sorted({t for counts in nested.values() for t in counts}) or ["(none)"]
    figure, axes = plt.subplots(figsize=(7, 0.4 * len(types) + 1.5))
    left = [0] * len(types)
    for source, counts in sorted(nested.items()):
        widths = [counts.get(t, 0) for t in types]
        axes.barh(types, widths, left=left, label=source)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    axes.set_xlabel("findings")
    axes.set_title("Identifiers replaced, by type and source")
    if nested:
        axes.legend(fontsize="small")
    figure.tight_layout()
    with atomic_path(path, mode=0o644) as tmp:
        figure.savefig(tmp, format="png", dpi=100)
    plt.close(figure)
