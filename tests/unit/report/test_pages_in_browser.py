"""The report and the review page in a real browser (headless Chromium).

Each page is loaded with a probe appended (browser_probe.py) at a desktop and a phone
width: the document must not be wider than the viewport, every image must have a text
alternative, and on the review page clicking through its own controls must produce a
decisions file that `sealflow review apply` accepts. Screenshots are taken too, and are
checked to be real PNG images of the page.
"""

from __future__ import annotations

import csv
import json
import struct
from pathlib import Path

import pytest
from browser_probe import probe, require_chromium
from report_fixtures import demo_anonymise_risk
from report_fixtures import write as write_stage

from sealflow.report.browser import print_pdf, screenshot
from sealflow.report.render import write_report
from sealflow.review import decisions as dec
from sealflow.review.page import ReviewSources, build_page

WIDTHS = [1280, 375]


@pytest.fixture(scope="module")
def chromium() -> str:
    return require_chromium()


@pytest.fixture
def report_page(study_results, tmp_path) -> Path:
    html = tmp_path / "deidentification.html"
    write_report(study_results, html, tmp_path / "deidentification.json", "Study")
    return html


@pytest.fixture
def review_page(tmp_path) -> Path:
    transcripts = tmp_path / "work/scrub/transcripts"
    transcripts.mkdir(parents=True)
    (transcripts / "INT-001.txt").write_text(
        "Interviewer: Where were you?\n"
        "P1: I spoke to [PERSON-1] Smith at Catterick, call 07700 900123 "
        + "or a very-long-unbroken-word-" * 20
        + "\n"
    )
    candidates = tmp_path / "c.csv"
    with open(candidates, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(
            ["document_id", "quote_id", "quote_sha256", "quote", "leakage_flag",
             "leakage_reason", "approved_by", "approved_at"]
        )  # fmt: skip
        writer.writerow(["INT-001", "INT-001-0001", "0" * 64, "It was [BASE-1] then.", "yes",
                         "mentions a base", "", ""])  # fmt: skip
    out = tmp_path / "work/review/review.html"
    sources = ReviewSources(transcripts, tmp_path / "none.parquet", ("ft_x",), candidates)
    build_page(sources, "Study", "study-id", out)
    return out


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


@pytest.mark.parametrize("width", WIDTHS)
def test_when_the_report_is_opened_then_nothing_overflows_and_every_chart_has_alt_text(
    chromium, report_page, tmp_path, width
):
    seen = probe(report_page, tmp_path, width)
    assert seen["scrollWidth"] <= seen["clientWidth"], seen
    assert seen["wide"] == [], seen
    assert seen["images"] >= 2 and seen["noAlt"] == 0, seen


@pytest.mark.parametrize("width", WIDTHS)
def test_when_risk_before_and_after_are_shown_then_nothing_overflows(
    chromium, study_results, tmp_path, width
):
    write_stage(study_results, "anonymise/risk.json", demo_anonymise_risk())
    html = tmp_path / "deidentification.html"
    write_report(study_results, html, tmp_path / "deidentification.json", "Study")
    assert "before anonymisation" in html.read_text()
    seen = probe(html, tmp_path, width)
    assert seen["scrollWidth"] <= seen["clientWidth"], seen
    assert seen["wide"] == [], seen


@pytest.mark.parametrize("width", WIDTHS)
def test_when_the_review_page_is_opened_then_nothing_overflows(
    chromium, review_page, tmp_path, width
):
    seen = probe(review_page, tmp_path, width)
    assert seen["scrollWidth"] <= seen["clientWidth"], seen
    assert seen["wide"] == [], seen


CLICKS = """
  var word = document.querySelector('button.check[data-word="Catterick"]');
  word.click();
  document.getElementById("etype").value = "BASE";
  document.getElementById("do-replace").click();
  document.querySelector('button.check[data-word="Smith"]').click();
  document.getElementById("do-keep").click();
  var quote = document.querySelector('[data-quote="INT-001-0001"]');
  quote.querySelector('input[value="reject"]').click();
  var reason = quote.querySelector("input.reason");
  reason.value = "names a base";
  reason.dispatchEvent(new Event("input", {bubbles: true}));
  window.__probeExtra = document.getElementById("out").value;
"""


def test_when_a_reviewer_clicks_through_the_page_then_it_writes_a_valid_decisions_file(
    chromium, review_page, tmp_path
):
    seen = probe(review_page, tmp_path, 1280, actions=CLICKS)
    written = tmp_path / "decisions.json"
    written.write_text(seen["extra"])
    parsed = dec.parse(written)
    assert {(w.word, w.action, w.entity_type) for w in parsed.words} == {
        ("Catterick", "replace", "BASE"),
        ("Smith", "keep", ""),
    }
    assert [(q.quote_id, q.decision, q.reason) for q in parsed.quotes] == [
        ("INT-001-0001", "reject", "names a base")
    ]
    assert json.loads(seen["extra"])["study"] == "study-id"


def test_when_screenshots_and_pdf_are_taken_then_both_pages_render(
    chromium, report_page, review_page, tmp_path
):
    for page in (report_page, review_page):
        shot = screenshot(page, tmp_path / f"{page.stem}.png", width=1000, height=1400)
        assert _png_size(shot) == (1000, 1400)
        assert shot.stat().st_size > 20_000  # a rendered page, not a blank canvas
    pdf = print_pdf(report_page, tmp_path / "report.pdf")
    assert pdf.read_bytes()[:5] == b"%PDF-"
