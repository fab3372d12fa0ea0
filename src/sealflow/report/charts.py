"""Charts for the report as inline SVG data URIs, each with the sentence that describes it.

matplotlib (already a dependency) draws them; SVG keeps them sharp in print and needs no
network. Every chart comes with a text alternative built from the same numbers, so a
reader with a screen reader, or a printed copy in black and white, loses nothing.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass
from typing import Any

from sealflow.report import words


@dataclass(frozen=True)
class Chart:
    uri: str  # data:image/svg+xml;base64,...
    alt: str  # what the chart shows, in words and figures


def _whole(value: Any) -> int | None:
    """A non-negative whole number from JSON, else None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        return None
    return int(value)


def _share(value: Any) -> float | None:
    """A share between 0 and 1 from JSON, else None."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        return None
    return float(value)


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    matplotlib.rcParams["svg.fonttype"] = "none"  # text stays text: smaller, searchable
    matplotlib.rcParams["svg.hashsalt"] = "sealflow"  # stable ids: same data, same bytes
    import matplotlib.pyplot as plt

    return plt


def _svg_uri(fig: Any) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="svg", metadata={"Date": None})
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def class_sizes(rows: list[dict[str, Any]]) -> Chart | None:
    """Records per equivalence-class size: where re-identification risk sits."""
    rows = [
        r
        for r in (rows if isinstance(rows, list) else [])
        if isinstance(r, dict) and "size" in r and _whole(r.get("records")) is not None
    ]
    if not rows:
        return None
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6.4, 2.6))
    records = [_whole(r.get("records")) or 0 for r in rows]
    colours = ["#a11d1d" if str(r["size"]) in ("1", "2", "3-4", "5-9") else "#3b6ea5" for r in rows]
    ax.bar([str(r["size"]) for r in rows], records, color=colours)
    ax.set_xlabel("records sharing the same key variables (class size)")
    ax.set_ylabel("records")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    uri = _svg_uri(fig)
    plt.close(fig)
    parts = [
        f"{words.count(r.get('records'))} records in classes of size {r['size']}"
        for r in rows
        if r.get("records")
    ]
    alt = "Bar chart of released records by equivalence-class size: " + (
        "; ".join(parts) or "no records"
    )
    return Chart(uri, alt + ".")


def information_lost(columns: list[dict[str, Any]]) -> Chart | None:
    """Share of each key variable's information given up, withheld columns in red."""
    rows = [c for c in columns if _share(c.get("lost_value")) is not None]
    if not rows:
        return None
    plt = _pyplot()
    fig, ax = plt.subplots(figsize=(6.4, 0.35 * len(rows) + 0.9))
    values = [(_share(c["lost_value"]) or 0.0) * 100 for c in rows]
    colours = ["#a11d1d" if c["withheld"] else "#3b6ea5" for c in rows]
    ax.barh([c["column"] for c in rows], values, color=colours)
    ax.set_xlim(0, 100)
    ax.set_xlabel("information lost (%)")
    ax.invert_yaxis()
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    uri = _svg_uri(fig)
    plt.close(fig)
    alt = "Bar chart of information lost per key variable: " + "; ".join(
        f"{c['column']} {c['lost']}{' (withheld)' if c['withheld'] else ''}" for c in rows
    )
    return Chart(uri, alt + ".")
