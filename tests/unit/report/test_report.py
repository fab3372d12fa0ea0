from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from sealflow.errors import InputSchemaError
from sealflow.report import write_report
from sealflow.report.collect import collect
from sealflow.report.gates import evaluate


def _write(root: Path, rel: str, obj) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(obj))


@pytest.fixture
def passing_results(tmp_path):
    root = tmp_path / "results"
    _write(root, "scrub/summary.json", {"by_type": {"PERSON": 3}, "failed": [], "total": 3})
    _write(
        root,
        "scrub/residual.json",
        {
            "documents_scanned": 4,
            "hits": [],
            "hits_by_type": {},
            "hits_total": 0,
            "threshold": 0.4,
            "unreadable": [],
        },
    )
    _write(
        root,
        "anonymise/risk.json",
        {
            "achieved": {"k": 12, "l": 2},
            "models": {"k": 10, "l": 2},
            "input_records": 50,
            "released_records": 48,
            "risk": {
                "records_above_threshold": 0,
                "risk_threshold": 0.1,
                "class_size_distribution": [{"size": "10-19", "records": 48, "classes": 3}],
            },
        },
    )
    _write(
        root,
        "outcome/checks.json",
        {
            "checks": [{"rule": "threshold", "pass": False, "action": "suppress"}],
            "summary": {"t": {"cells": 4, "suppressed_primary": 1, "suppressed_secondary": 1}},
            "limits": "x",
            "quote_release": {
                "flagged": 1,
                "approved": 2,
                "released": 2,
                "withheld_flagged_without_reason": 0,
            },
        },
    )
    _write(
        root,
        "exchange/received/provider.json",
        {"party": "provider", "received": [1], "quarantined": []},
    )
    return root


def _gate(results, name):
    return next(g for g in evaluate(collect(results)) if g.name == name)


def test_when_every_stage_passes_then_report_is_certifiable(passing_results, tmp_path):
    html, js = tmp_path / "r.html", tmp_path / "r.json"
    model = write_report(passing_results, html, js, "Study X")
    assert model["certifiable"] is True
    text = html.read_text()
    assert "Every gate passes" in text and "data:image/svg+xml;base64," in text
    assert json.loads(js.read_text())["certifiable"] is True


@pytest.mark.parametrize(
    "rel, patch, gate",
    [
        ("scrub/residual.json", {"hits_total": 2}, "residual scan finds nothing"),
        ("anonymise/risk.json", {"achieved": {"k": 9, "l": 2}}, "k-anonymity"),
        ("anonymise/risk.json", {"achieved": {"k": 12, "l": 1}}, "l-diversity"),
        (
            "outcome/checks.json",
            {"checks": [{"rule": "threshold", "pass": False, "action": "none"}]},
            "outcome cells pass output checks",
        ),
        ("exchange/received/provider.json", {"quarantined": ["b1"]}, "no quarantined batch"),
        (
            "outcome/checks.json",
            {"quote_release": {"flagged": 1, "approved": 1, "withheld_flagged_without_reason": 1}},
            "flagged quotes leave only with a signed reason",
        ),
    ],
)
def test_when_a_measure_breaks_its_limit_then_its_gate_fails(passing_results, rel, patch, gate):
    path = passing_results / rel
    _write(passing_results, rel, {**json.loads(path.read_text()), **patch})
    assert _gate(passing_results, gate).passed is False


@pytest.mark.parametrize(
    "rel", ["scrub/residual.json", "anonymise/risk.json", "outcome/checks.json"]
)
def test_when_a_stage_has_not_run_then_certification_cannot_pass(passing_results, tmp_path, rel):
    (passing_results / rel).unlink()
    model = write_report(passing_results, tmp_path / "r.html", tmp_path / "r.json", "S")
    assert model["certifiable"] is False
    assert "not run yet" in (tmp_path / "r.html").read_text()


def test_when_a_summary_is_corrupt_then_error_names_the_file(passing_results, tmp_path):
    (passing_results / "anonymise" / "risk.json").write_text("{not json")
    with pytest.raises(InputSchemaError, match=r"risk\.json: not valid JSON"):
        write_report(passing_results, tmp_path / "r.html", tmp_path / "r.json", "S")
    assert not (tmp_path / "r.html").exists()


def test_when_values_contain_markup_then_html_escapes_them(passing_results, tmp_path):
    html = tmp_path / "r.html"
    write_report(passing_results, html, tmp_path / "r.json", "<script>alert(1)</script>")
    assert "<script>" not in html.read_text()


def test_when_a_vendor_deletion_is_overdue_then_the_report_lists_it(passing_results, tmp_path):
    deletions = [
        {"batch_id": "b-1", "party": "vendor", "status": "overdue", "deadline": "2026-01-08",
         "deleted_at": None, "missing": []},
        {"batch_id": "b-2", "party": "vendor", "status": "confirmed", "deadline": "2026-01-09",
         "deleted_at": "2026-01-05", "missing": []},
    ]  # fmt: skip
    _write(passing_results, "exchange/deletion/recordings.json", {"deletions": deletions})
    html, model = tmp_path / "r.html", tmp_path / "r.json"
    write_report(passing_results, html, model, "study")
    listed = json.loads(model.read_text())["exchange"]["deletions"]
    assert [(d["batch_id"], d["status"]) for d in listed] == [
        ("b-1", "overdue"),
        ("b-2", "confirmed"),
    ]
    assert "<strong>overdue</strong>" in html.read_text()
    assert "<strong>confirmed</strong>" not in html.read_text()


@pytest.mark.parametrize(
    "rel, patch, field",
    [
        ("anonymise/risk.json", {"achieved": {"k": "eleven", "l": 2}}, "achieved.k"),
        ("anonymise/risk.json", {"models": {"k": 10.5}}, "models.k"),
        ("scrub/residual.json", {"hits_total": [1]}, "hits_total"),
        ("scrub/summary.json", {"failed": "x"}, "failed"),
    ],
)
def test_when_a_gate_figure_is_not_a_number_then_one_error_names_file_and_field(
    passing_results, rel, patch, field
):
    path = passing_results / rel
    _write(passing_results, rel, {**json.loads(path.read_text()), **patch})
    with pytest.raises(InputSchemaError, match=rf"{rel}: field {field} is .* not a whole number"):
        evaluate(collect(passing_results))


@pytest.mark.parametrize(
    "off",
    [[], [("link", "no survey (no party has the role survey): it joins the survey's answers")]],
    ids=["every stage on", "link off"],
)
def test_when_the_study_leaves_stages_out_then_the_report_says_which_and_why(
    passing_results, tmp_path, off
):
    from sealflow.report.render import write_section_pages

    html, js = tmp_path / "r.html", tmp_path / "r.json"
    model = write_report(passing_results, html, js, "S", stages_off=off)
    assert model["stages_off"] == [{"stage": s, "why": w} for s, w in off]
    assert json.loads(js.read_text())["stages_off"] == model["stages_off"]
    pages = write_section_pages(passing_results, tmp_path / "pages", "S", stages_off=off)
    summary = next(p for p in pages if p.name == "summary.html").read_text()
    for text in (html.read_text(), summary):
        assert ("Stages this study leaves out" in text) is bool(off)
        assert all(f"{s}: {w.replace(chr(39), '&#39;')}." in text for s, w in off)


def test_when_a_gate_wants_a_stage_the_study_leaves_out_then_it_fails_saying_so(
    passing_results, tmp_path
):
    (passing_results / "anonymise" / "risk.json").unlink()
    off = [("anonymise", "no survey: it anonymises the linked table")]
    model = write_report(
        passing_results, tmp_path / "r.html", tmp_path / "r.json", "S", stages_off=off
    )
    (gate,) = [g for g in model["gates"] if g["name"] == "k-anonymity"]
    assert gate["passed"] is False and model["certifiable"] is False
    assert (
        gate["note"]
        == "stage anonymise is off in this study: no survey: it anonymises the linked table"
    )
    assert gate["note"] in (tmp_path / "r.html").read_text()


def test_when_stage_records_name_interview_documents_then_the_report_names_aliases_only(
    passing_results, tmp_path
):
    doc_ids = ["interview-0123456789ab", "interview-ba9876543210"]
    _write(passing_results, "governance/retention.json", {
        "personal_data": {"paths": [f"work/scrub/transcripts/{d}.txt" for d in doc_ids]},
        "vendor_deletions": [{"batch_id": "b1", "status": "confirmed", "recordings": doc_ids}],
    })  # fmt: skip
    received = {"received": [{"files": [{"name": f"{d}.txt.age"} for d in doc_ids]}]}
    _write(passing_results, "exchange/received/vendor.json", received)
    html, js = tmp_path / "r.html", tmp_path / "r.json"
    write_report(passing_results, html, js, "Study X")
    text = js.read_text() + html.read_text()
    assert not [d for d in doc_ids if d in text]
    report = json.loads(js.read_text())
    paths = report["stages"]["retention"]["personal_data"]["paths"]
    aliases = [Path(p).stem for p in paths]
    assert len(set(aliases)) == 2 and all(a.startswith("document-") for a in aliases)
    deletion = report["stages"]["retention"]["vendor_deletions"][0]["recordings"]
    assert deletion == aliases  # one alias per document throughout the report
    write_report(passing_results, html, js, "Study X")  # another copy, new aliases
    assert not set(aliases) & set(re.findall(r"document-[0-9a-f]{12}", js.read_text()))
