"""Render the de-identification report: HTML for reviewers, JSON for machines.

Both come from the same model (collect.py) and gates (gates.py). The HTML is one
self-contained file (charts embedded as SVG or PNG data URIs, inline CSS, no scripts, no
external fetches), so it can be read inside a secure research environment with no network
and printed. One template per section (templates/section_*.html.j2); sections.py turns the
stages' JSON into words and rounded figures first. Jinja2 autoescapes every value.
"""

from __future__ import annotations

import base64
import json
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2

from sealflow import fsutil
from sealflow.doc_aliases import alias_doc_ids
from sealflow.report import charts, sections, words
from sealflow.report.collect import ReportData, collect
from sealflow.report.gates import Gate, evaluate

_ENV = jinja2.Environment(
    loader=jinja2.PackageLoader("sealflow.report", "templates"),
    autoescape=jinja2.select_autoescape(["html", "j2"]),
    # Stage summaries evolve; a missing field renders empty rather than failing the report.
    undefined=jinja2.ChainableUndefined,
)

# Plots other stages leave in results/*/*.png, described for readers who cannot see them.
PLOT_TEXT: dict[str, tuple[str, str]] = {}
# Plots the report's own tables already show in words (their axes carry machine keys).
PLOTS_SHOWN_AS_TABLES = {"findings_by_type"}


def _png_data_uri(png: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(png).decode("ascii")


def _outcome_for_machines(outcome: dict[str, Any] | None) -> dict[str, Any] | None:
    """The outcome checks without the figure of any cell that is hidden or fails a rule.

    A suppressed cell's count must never leave in a report; the JSON keeps every other key.
    """
    if not isinstance(outcome, dict):
        return outcome
    checks = []
    for check in outcome.get("checks") or []:
        if isinstance(check, dict) and (not check.get("pass") or check.get("action") != "none"):
            check = {k: v for k, v in check.items() if k != "figure"}
        checks.append(check)
    return {**outcome, "checks": checks}


def _ropa_for_machines(record: Any) -> dict[str, Any] | None:
    """The record of processing in brief (the whole record is under stages.ropa and in
    results/governance/ropa.md): purposes with bases, categories, recipients, transfers with
    their basis, retention."""
    if not isinstance(record, dict):
        return None
    return {
        "file": f"results/{sections.ROPA_FILE}",
        "purposes": [
            {k: p.get(k) for k in ("id", "lawful_basis", "special_category_condition", "stages")}
            for p in record.get("purposes") or []
            if isinstance(p, dict)
        ],
        "categories": [
            c.get("source")
            for c in record.get("categories_of_personal_data") or []
            if isinstance(c, dict)
        ],
        "recipients": {
            r.get("party"): r.get("transfer")
            for r in record.get("recipients") or []
            if isinstance(r, dict)
        },
        "transfers_outside_uk": [
            r.get("party") for r in record.get("transfers_outside_uk") or [] if isinstance(r, dict)
        ],
        "recipients_without_a_valid_route": record.get("recipients_without_a_valid_route"),
        "retention": record.get("retention"),
    }


def _said_off(gate: Gate, off: dict[str, str]) -> Gate:
    """A gate failed for want of a stage this study leaves out says so (it still fails:
    certification never passes by omission)."""
    for stage, why in off.items():
        if gate.figure is None and gate.limit == f"stage {stage} has run":
            return replace(gate, note=f"stage {stage} is off in this study: {why}")
    return gate


def build_model(
    data: ReportData, study_name: str, stages_off: list[tuple[str, str]] | None = None
) -> dict[str, Any]:
    """The machine-readable report: gates first, then every stage's own summary.

    ``stages_off``: the stages this study's shape leaves out, each with why (the workflow's
    study_shape), so a reader knows a missing stage was not forgotten."""
    gates = [_said_off(gate, dict(stages_off or [])) for gate in evaluate(data)]
    stages = {**data.stages, "outcome": _outcome_for_machines(data.stages.get("outcome"))}
    review = data.stages.get("review")
    return {
        "study": study_name,
        "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "certifiable": all(g.passed for g in gates),
        "gates": [g.as_dict() for g in gates],
        "stages": stages,
        "stages_off": [{"stage": stage, "why": why} for stage, why in stages_off or []],
        "exchange": {
            "received": data.received,
            "sent": data.sent,
            "receipts": data.receipts,
            "deletions": data.deletions,
        },
        "audit": data.audit,
        "scrub_accuracy": data.accuracy,
        "review_decisions": review.get("counts") if isinstance(review, dict) else None,
        "record_of_processing": _ropa_for_machines(data.stages.get("ropa")),
        "risk_before_after": sections.risk_before_after(data),
    }


def _plots(data: ReportData) -> list[dict[str, str]]:
    plots = []
    for name, path in sorted(data.plots.items()):
        if name in PLOTS_SHOWN_AS_TABLES:
            continue
        alt, caption = PLOT_TEXT.get(name, (f"Chart: {words.label(name)}.", words.label(name)))
        plots.append({"uri": _png_data_uri(path.read_bytes()), "alt": alt, "caption": caption})
    return plots


# Sections also written as pages of their own, for Snakemake's --report (which shows HTML
# inline but offers JSON and CSV only as downloads): name -> title.
SECTION_PAGES = {
    "summary": "Summary",
    "flow": "Flow of people",
    "gates": "Gates",
    "disclosure": "Disclosure control",
    "scrubbing": "Scrubbing",
    "outcome": "Outcome tables and quotes",
    "exchange": "Exchange and governance",
}


def _context(model: dict[str, Any], data: ReportData) -> dict[str, Any]:
    gate_rows = sections.gates([Gate(**g) for g in model["gates"]])
    dc = sections.disclosure(data)
    chart_set = {
        "class_sizes": charts.class_sizes(
            (data.stages.get("risk") or {}).get("risk", {}).get("class_size_distribution") or []
        )
        if isinstance(data.stages.get("risk"), dict)
        else None,
        "information_lost": charts.information_lost(dc["columns"]) if dc else None,
    }
    return dict(
        model=model,
        summary=sections.summary(data, gate_rows, dc),
        flow=sections.flow(data),
        exclusions=sections.flow_exclusions(data),
        gates=gate_rows,
        dc=dc,
        charts=chart_set,
        scrub=sections.scrubbing(data),
        plots=_plots(data),
        outcome=sections.outcome(data),
        exchange=sections.exchange(data),
        review=sections.review(data),
        ropa=sections.ropa(data),
        glossary=words.GLOSSARY,
    )


def render_html(model: dict[str, Any], data: ReportData) -> str:
    return _ENV.get_template("report.html.j2").render(**_context(model, data))


def write_section_pages(
    results_dir: str | Path,
    folder: str | Path,
    study_name: str,
    stages_off: list[tuple[str, str]] | None = None,
    coverage: dict[str, Any] | None = None,
) -> list[Path]:
    """Each section as its own self-contained page in ``folder`` (for Snakemake's report)."""
    data = collect(results_dir, coverage=coverage)
    model = build_model(data, study_name, stages_off)
    context = _context(model, data)
    written = []
    for name, title in SECTION_PAGES.items():
        page = _ENV.get_template("section_page.html.j2").render(
            **context, title=title, section_template=f"section_{name}.html.j2"
        )
        path = Path(folder) / f"{name}.html"
        fsutil.write_text(path, page, mode=0o644)
        written.append(path)
    return written


def write_report(
    results_dir: str | Path,
    html_path: str | Path,
    json_path: str | Path,
    study_name: str,
    audit: dict[str, Any] | None = None,
    stages_off: list[tuple[str, str]] | None = None,
    coverage: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Collect, evaluate and write both forms atomically; returns the JSON model.

    ``audit`` and ``coverage`` are what the caller found in the workspace (the audit log's
    status, govern/scrub_coverage.py's received transcripts without a scrubbed copy)."""
    data = collect(results_dir, audit=audit, coverage=coverage)
    model = build_model(data, study_name, stages_off)
    html = render_html(model, data)
    # The reviewers' copy: interview documents by aliases drawn for this report, never by
    # doc id (a keyed hash of a pseudonymous ID; sealflow.doc_aliases).
    aliases: dict[str, str] = {}
    shared = json.loads(alias_doc_ids(json.dumps(model, default=str), aliases))
    fsutil.write_json(json_path, shared, mode=0o644)
    fsutil.write_text(html_path, alias_doc_ids(html, aliases), mode=0o644)
    return model
