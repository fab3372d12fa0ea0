"""Render the de-identification report: HTML for reviewers, JSON for machines.

Both come from the same model (collect.py) and gates (gates.py). The HTML is one
self-contained file (plots embedded as PNG data URIs, no scripts, no external fetches), so
it can be read inside a secure research environment with no network. Jinja2 autoescapes
every value.
"""

from __future__ import annotations

import base64
import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2

from sealflow import fsutil
from sealflow.report.collect import ReportData, collect
from sealflow.report.gates import Gate, evaluate

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("sealflow.report", "templates"),
    autoescape=jinja2.select_autoescape(["html", "j2"]),
    # Stage summaries evolve; a missing field renders empty rather than failing the report.
    undefined=jinja2.ChainableUndefined,
)


def _png_data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _class_size_plot(risk: dict[str, Any]) -> str | None:
    """A bar chart of records per equivalence-class size: where re-identification risk sits."""
    rows = risk.get("risk", {}).get("class_size_distribution")
    if not rows:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 2.8), dpi=100)
    ax.bar([str(r["size"]) for r in rows], [r["records"] for r in rows], color="#3b6ea5")
    ax.set_xlabel("equivalence class size")
    ax.set_ylabel("records")
    ax.set_title("Records by equivalence-class size (after anonymisation)")
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    return _png_data_uri(buffer.getvalue())


def build_model(data: ReportData, study_name: str) -> dict[str, Any]:
    """The machine-readable report: gates first, then every stage's own summary."""
    gates = evaluate(data)
    return {
        "study": study_name,
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "certifiable": all(g.passed for g in gates),
        "gates": [g.as_dict() for g in gates],
        "stages": data.stages,
        "exchange": {"received": data.received, "sent": data.sent, "deletions": data.deletions},
    }


def render_html(model: dict[str, Any], data: ReportData) -> str:
    plots = {name: _png_data_uri(path.read_bytes()) for name, path in data.plots.items()}
    risk = data.stages.get("risk")
    class_plot = _class_size_plot(risk) if risk else None
    return _ENV.get_template("report.html.j2").render(
        model=model,
        gates=[Gate(**g) for g in model["gates"]],
        stages=model["stages"],
        plots=plots,
        class_plot=class_plot,
    )


def write_report(
    results_dir: str | Path, html_path: str | Path, json_path: str | Path, study_name: str
) -> dict[str, Any]:
    """Collect, evaluate and write both forms atomically; returns the JSON model."""
    data = collect(results_dir)
    model = build_model(data, study_name)
    html = render_html(model, data)
    fsutil.write_json(json_path, model, mode=0o644)
    fsutil.write_text(html_path, html, mode=0o644)
    return model
