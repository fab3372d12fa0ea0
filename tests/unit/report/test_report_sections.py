from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from report_fixtures import RISK, demo_anonymise_risk
from report_fixtures import write as _write

from sealflow.report import sections, words
from sealflow.report.browser import BrowserError
from sealflow.report.collect import collect
from sealflow.report.gate_text import GATE_TEXT
from sealflow.report.gates import evaluate
from sealflow.report.render import write_report


def _html(results: Path, tmp_path: Path, **kwargs) -> str:
    html = tmp_path / "r.html"
    write_report(results, html, tmp_path / "r.json", "Study", **kwargs)
    return html.read_text()


@pytest.mark.parametrize(
    "value, shown",
    [(None, "not measured"), (0, "none"), (1, "< 10"), (9, "< 10"), (10, "10"), (1234, "1,234")],
)
def test_when_a_count_of_people_is_shown_then_small_counts_are_hidden(value, shown):
    assert words.count(value) == shown


@given(st.integers(min_value=0, max_value=10**7))
def test_when_a_count_is_shown_then_only_counts_of_ten_or_more_give_their_figure(n):
    shown = words.count(n)
    if 0 < n < 10:
        assert shown == "< 10"
    elif n >= 10:
        assert int(shown.replace(",", "")) == n


@pytest.mark.parametrize(
    "value, shown",
    [
        (0.09090909090909091, "9.1% (1 in 11)"),
        (0.024242424242424242, "2.4% (1 in 41)"),
        (0.1, "10% (1 in 10)"),
        (None, "not measured"),
    ],
)
def test_when_a_risk_is_shown_then_it_is_rounded_and_put_as_one_in_n(value, shown):
    assert words.risk(value) == shown


def test_when_the_report_is_rendered_then_figures_are_rounded_and_labels_in_words(
    study_results, tmp_path
):
    text = _html(study_results, tmp_path)
    assert "0.0242424" not in text and "0.0909090" not in text
    assert "9.1% (1 in 11)" in text
    # No machine key of a stage reaches the page (the page has its own ids and classes).
    visible = re.sub(r"<[^>]+>", " ", re.sub(r"<(style|head)>.*?</\1>", "", text, flags=re.S))
    for key in ("survey_export", "non_consenting_excluded", "admin_only", "NI_NUMBER", "ft_"):
        assert key not in visible
    assert "National Insurance numbers" in visible


def test_when_people_flow_is_rendered_then_each_step_shows_and_small_steps_are_hidden(
    study_results, tmp_path
):
    text = _html(study_results, tmp_path)
    flow = text[text.index('id="flow"') : text.index('id="gates"')]
    for shown in ("400", "397", "190", "170", "168", "165", "13"):
        assert f">{shown}<" in flow
    assert ">&lt; 10<" in flow  # 3 withdrew, 2 duplicates
    assert ">3<" not in flow and ">2<" not in flow


def test_when_key_variables_are_withheld_for_everyone_then_a_warning_names_them(
    study_results, tmp_path
):
    text = _html(study_results, tmp_path)
    assert "2 of 3 key variables" in text
    assert "withheld from every record: age band, base" in text


def test_when_risk_json_carries_utility_and_population_then_both_are_shown(study_results, tmp_path):
    risk = {
        **RISK,
        "utility": {
            "columns": {
                "gender": {"status": "raw", "share_blanked": 0.0, "information_lost": 0.0},
                "age_band": {
                    "status": "coarsened",
                    "level": "ten_years",
                    "share_blanked": 0.0123,
                    "information_lost": 0.25,
                    "analyses": "tabulations by its 4 ten_years categories",
                },
            },
            "warnings": [],
        },
        "disclosure_risk": {
            "population": {"population_uniques": 0, "journalist_risk_highest": 0.05}
        },
        "key_variables": {
            "recipient": "archive",
            "colluding_parties": ["provider"],
            "configured_quasi_identifiers": ["gender", "age_band"],
            "held_by_recipient_or_colluders": ["gender"],
        },
    }
    _write(study_results, "anonymise/risk.json", risk)
    text = _html(study_results, tmp_path)
    assert "1.2%" in text and "25%" in text  # blanked, information lost
    assert "5% (1 in 20)" in text  # journalist risk
    assert "the provider (employer" in text
    assert "<strong>Warning:</strong>" not in text


@pytest.mark.parametrize(
    "missing, says",
    [
        ("anonymise/risk.json", "Population risk (against the provider"),
        ("outcome/checks.json", "The outcome stage has not run yet"),
        ("scrub/residual.json", "The residual scan has not run yet"),
    ],
)
def test_when_a_section_input_is_missing_or_old_then_it_says_so_plainly(
    study_results, tmp_path, missing, says
):
    if missing != "anonymise/risk.json":  # the fixture's risk JSON is old: no population
        (study_results / missing).unlink()
    assert says in _html(study_results, tmp_path)


def test_when_an_outcome_cell_is_suppressed_then_its_figure_leaves_in_neither_form(
    study_results, tmp_path
):
    html, js = tmp_path / "r.html", tmp_path / "r.json"
    write_report(study_results, html, js, "Study")
    checks = json.loads(js.read_text())["stages"]["outcome"]["checks"]
    assert "figure" not in checks[0] and checks[1]["figure"] == 41
    assert ">7<" not in html.read_text()


def test_when_residual_hits_exist_then_type_and_place_are_shown(study_results, tmp_path):
    text = _html(study_results, tmp_path)
    assert "INT-003.srt" in text and "character 120" in text


def test_when_the_audit_log_is_verified_then_the_report_counts_its_entries(study_results, tmp_path):
    text = _html(study_results, tmp_path, audit={"verified": True, "entries": 35, "error": None})
    assert "35 entries, the chain is intact" in text


def test_when_no_accuracy_benchmark_exists_then_the_report_says_not_measured(
    study_results, tmp_path
):
    data = collect(study_results, accuracy_path=tmp_path / "absent.json")
    assert data.accuracy is None


def test_when_every_gate_is_evaluated_then_each_has_a_plain_explanation(study_results):
    for gate in evaluate(collect(study_results)):
        assert gate.name in GATE_TEXT, f"gate {gate.name!r} has no explanation in gate_text.py"


def test_when_a_term_is_used_in_the_report_then_the_glossary_defines_it(study_results, tmp_path):
    text = _html(study_results, tmp_path).lower()
    for term in ("k-anonymity", "l-diversity", "prosecutor risk", "equivalence class"):
        assert term in text
        assert term in words.GLOSSARY


def test_when_chromium_is_missing_then_pdf_says_how_to_install_it(monkeypatch, tmp_path):
    from sealflow.report import browser

    monkeypatch.setattr(browser, "find_chromium", lambda: None)
    page = tmp_path / "r.html"
    page.write_text("<p>x</p>")
    with pytest.raises(BrowserError, match="apt-get install chromium"):
        browser.print_pdf(page, tmp_path / "r.pdf")


@pytest.mark.parametrize(
    "quote_release, shown",
    [
        ({"flagged": 4, "approved": 3, "released": 2}, ["flagged", "approved", "released"]),
        (None, ["released", "Quotes flagged and approved: not measured"]),
    ],
)
def test_when_quotes_are_reported_then_flagged_approved_and_released_are_counted(
    study_results, tmp_path, quote_release, shown
):
    checks = json.loads((study_results / "outcome/checks.json").read_text())
    _write(study_results, "outcome/checks.json", {**checks, "quote_release": quote_release})
    (study_results / "outcome/quotes.csv").write_text("document_id,quote\nINT-1,a\nINT-2,b\n")
    text = _html(study_results, tmp_path)
    section = text[text.index("<h3>Quotations") : text.index('id="exchange"')]
    for word in shown:
        assert word in section
    assert "quote\n" not in section and "INT-1" not in section


def test_when_a_consistency_benchmark_exists_then_the_report_cites_it_with_its_date(
    study_results, tmp_path
):
    bench = tmp_path / "scrub_consistency.json"
    bench.write_text(
        json.dumps(
            {"documents": 200, "people": 502, "people_consistent": 1.0,
             "documents_with_people_merged": 0.0, "measured_on": "2026-12-04"}
        )
    )  # fmt: skip
    data = collect(study_results, consistency_path=bench)
    scrub = sections.scrubbing(data)
    assert scrub is not None and scrub["consistency_bench"] == {
        "measured_on": "on 2026-12-04", "documents": "200", "people": "502",
        "consistent": "100%", "merged": "0%",
    }  # fmt: skip
    absent = sections.scrubbing(collect(study_results, consistency_path=tmp_path / "none"))
    assert absent is not None and absent["consistency_bench"] is None


def test_when_the_report_is_written_then_it_fetches_nothing_and_runs_no_script(
    study_results, tmp_path
):
    text = _html(study_results, tmp_path)
    assert "<script" not in text.lower()
    assert re.search(r"(src|href)\s*=\s*\"(?!#|data:)", text) is None
    assert "@media print" in text


ODD_VALUES = st.sampled_from([None, "x", [], {}, 0, -1, 1.5, True, [{"x": 1}], {"a": None}])
STAGE_FILES = [
    "links/links_report.json",
    "ingest/ingest_report.json",
    "link/match_report.json",
    "anonymise/risk.json",
    "scrub/summary.json",
    "scrub/residual.json",
    "outcome/checks.json",
    "governance/ropa.json",
]


def _odd(obj, draw_value, choices, depth=0):
    """``obj`` with some values (at any depth) swapped for odd ones."""
    if isinstance(obj, dict):
        return {
            k: (draw_value() if choices() else _odd(v, draw_value, choices, depth + 1))
            for k, v in obj.items()
        }
    if isinstance(obj, list):
        return [_odd(v, draw_value, choices, depth + 1) for v in obj]
    return obj


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_when_stage_json_has_odd_or_missing_values_then_every_section_still_builds(
    tmp_path_factory, data
):
    from report_fixtures import make_study_results

    root = make_study_results(tmp_path_factory.mktemp("odd"))
    for rel in STAGE_FILES:
        original = json.loads((root / rel).read_text())
        changed = _odd(
            original,
            lambda: data.draw(ODD_VALUES),
            lambda: data.draw(st.booleans()),
        )
        _write(root, rel, changed)
    collected = collect(root)
    dc = sections.disclosure(collected)
    for built in (
        sections.flow(collected),
        sections.flow_exclusions(collected),
        dc,
        sections.scrubbing(collected),
        sections.outcome(collected),
        sections.exchange(collected),
        sections.review(collected),
        sections.ropa(collected),
        sections.summary(collected, [], dc),
    ):
        json.dumps(built, default=str)  # plain data, ready for a template


@pytest.mark.parametrize(
    "rows, drawn",
    [
        ([{"size": "10-19", "records": 23}], True),
        ([{"size": "1", "records": "x"}, {"size": "2"}, "x", None], False),
        ({"size": "1"}, False),
        ([], False),
    ],
)
def test_when_class_sizes_are_odd_then_the_chart_is_left_out_rather_than_failing(rows, drawn):
    from sealflow.report import charts

    chart = charts.class_sizes(rows)
    assert (chart is not None) is drawn
    if chart:
        assert "23 records in classes of size 10-19" in chart.alt


def test_when_microdata_is_released_then_the_summary_says_to_whom_at_what_risk_and_loss(
    study_results, tmp_path
):
    text = _html(study_results, tmp_path)
    summary = text[text.index('id="summary"') : text.index('id="flow"')]
    assert "To the archive: anonymised microdata: 165 records" in summary
    assert "highest re-identification risk 9.1% (1 in 11)" in summary
    assert "of the key variables&#39; information given up" in summary


def test_when_the_record_of_processing_exists_then_the_report_summarises_it_and_names_the_file(
    study_results, tmp_path
):
    html, js = tmp_path / "r.html", tmp_path / "r.json"
    write_report(study_results, html, js, "Study")
    section = html.read_text().split('<section id="ropa">', 1)[1].split("</section>", 1)[0]
    for shown in (
        "Evaluate the wellbeing programme.", "public task (Art. 6(1)(e))",
        "legal obligation (Art. 6(1)(c))", "Art. 9(2)(j) scientific research",
        "provider: administrative extract", "sickness absence days",
        "the second transcription vendor", "IE", "adequacy (EEA regulations)",
        "24 months after final report delivered", "within 7 days of each transcript",
        "kept by the archive indefinitely", "results/governance/ropa.md",
    ):  # fmt: skip
        assert shown in section, shown
    assert "public_task" not in section and "No valid transfer basis" not in section
    machine = json.loads(js.read_text())["record_of_processing"]
    assert machine["file"] == "results/governance/ropa.md"
    assert [(p["id"], p["lawful_basis"]) for p in machine["purposes"]] == [
        ("evaluation", "public_task"), ("accountability", "legal_obligation")
    ]  # fmt: skip
    assert machine["transfers_outside_uk"] == ["vendor2"]
    assert machine["recipients"]["vendor2"]["basis"] == "adequacy"
    assert machine["retention"]["vendor_deletion_days"] == {"vendor2": 7}


@pytest.mark.parametrize(
    ("change", "says"),
    [
        ("absent", "No record of processing yet: run <code>sealflow ropa</code>"),
        ("no route", "<strong>No valid transfer basis</strong> for: the second transcription"),
    ],
)
def test_when_the_record_is_absent_or_a_recipient_has_no_route_then_the_report_says_so(
    study_results, tmp_path, change, says
):
    path = study_results / "governance/ropa.json"
    if change == "absent":
        path.unlink()
    else:
        record = json.loads(path.read_text())
        record["recipients_without_a_valid_route"] = ["vendor2"]
        path.write_text(json.dumps(record))
    html, js = tmp_path / "r.html", tmp_path / "r.json"
    write_report(study_results, html, js, "Study")
    assert says in html.read_text()
    machine = json.loads(js.read_text())["record_of_processing"]
    assert machine is None if change == "absent" else machine["recipients_without_a_valid_route"]


def test_when_a_demo_study_is_anonymised_then_the_report_carries_risk_before_and_after(
    study_results, tmp_path
):
    _write(study_results, "anonymise/risk.json", demo_anonymise_risk())

    html = tmp_path / "r.html"
    model = write_report(study_results, html, tmp_path / "r.json", "Study")
    carried = json.loads((tmp_path / "r.json").read_text())["risk_before_after"]
    assert carried == json.loads(json.dumps(model["risk_before_after"]))
    before, after = carried["before"], carried["after"]
    assert before["sample_uniques"] > after["sample_uniques"]
    assert before["prosecutor_risk_highest"] > after["prosecutor_risk_highest"]
    assert before["population"]["records_below_k"] > after["population"]["records_below_k"] == 0
    text = html.read_text()
    assert "before anonymisation" in text and "after (released records)" in text
    assert "not measured by this version of the anonymise stage" not in text


def test_when_cells_are_hidden_for_differencing_then_the_report_names_that_rule(
    study_results, tmp_path
):
    checks = json.loads((study_results / "outcome/checks.json").read_text())
    hidden = {
        "table": "t",
        "cell": {"programme_group": "intervention"},
        "rule": "differencing",
        "threshold": 10,
        "pass": False,
        "action": "suppress",
    }
    changed = {**checks, "checks": [hidden] * 3, "releases_before": 1}
    _write(study_results, "outcome/checks.json", changed)
    text = _html(study_results, tmp_path)
    section = text[text.index('id="outcome"') : text.index('id="exchange"')]
    assert words.OUTCOME_RULES["differencing"] in section
    assert "comparing releases" in section


def test_when_the_survey_platform_colludes_then_its_keys_and_withheld_text_are_named(
    study_results, tmp_path
):
    # attack18 G1: the report said only "held by the provider, the survey platform" for
    # every key variable, and nothing of the free text the platform holds as written.
    risk = {
        **RISK,
        "quasi_identifiers": ["gender", "wb_1"],
        "key_variables": {
            "recipient": "archive",
            "colluding_parties": ["provider", "survey"],
            "configured_quasi_identifiers": ["gender", "wb_1"],
            "held_by_recipient_or_colluders": ["gender", "wb_1"],
            "held_by": {"gender": ["provider"], "wb_1": ["survey"]},
        },
        "free_text": "withheld ft_experience: survey holds the answers as written",
    }
    _write(study_results, "anonymise/risk.json", risk)
    dc = sections.disclosure(collect(study_results))
    rows = {row["column"]: row["held_by"] for row in dc["key_variables"]}
    assert rows[words.column("wb_1")] == words.label("survey")
    assert rows[words.column("gender")] == words.label("provider")
    assert "withheld ft_experience" in _html(study_results, tmp_path)
