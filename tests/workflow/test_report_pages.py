"""The de-identification report and the review page of a real demo run, in a real browser.

A demo study (`sealflow demo init --staff 60`) is run through snakemake; its report must
hold no identifier value from the study's truth file (truth/planted.jsonl: every name,
number and address the generator planted), nor any pseudonymous ID or survey token,
anywhere: HTML text, JSON, section pages, and inside the embedded charts. Both pages are
then opened in headless Chromium: nothing may overflow the viewport and every chart must
have a text alternative.
"""

from __future__ import annotations

import base64
import csv
import json
import os
import re
import stat
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "report"))
from browser_probe import probe, require_chromium

from sealflow.report.browser import screenshot

pytestmark = pytest.mark.workflow

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _run(args: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        args, cwd=REPO, capture_output=True, text=True, timeout=1800,
        preexec_fn=lambda: os.umask(0o022),
    )  # fmt: skip


@pytest.fixture(scope="module")
def study(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("report-pages") / "study"
    made = _run([str(BIN / "sealflow"), "demo", "init", str(root), "--staff", "60"])
    assert made.returncode == 0, made.stderr
    ran = _run([str(BIN / "snakemake"), "--cores", "2", "--configfile", str(root / "config.yaml")])
    assert ran.returncode == 0, ran.stderr[-4000:]
    config = str(root / "config.yaml")
    built = _run([str(BIN / "sealflow"), "review", "--config", config])
    assert built.returncode == 0, built.stderr
    return root


def _identifier_values(study: Path) -> list[str]:
    values = []
    with open(study / "truth/planted.jsonl", encoding="utf-8") as fh:
        values += [json.loads(line)["value"] for line in fh]
    with open(study / "work/received/provider/roster.csv", encoding="utf-8-sig") as fh:
        values += [row["pseudonymous_id"] for row in csv.DictReader(fh)]
    return values


def _readable(path: Path) -> str:
    """The file's text with every embedded data URI decoded (an SVG chart holds text too)."""
    text = path.read_text(encoding="utf-8")
    decoded = [
        base64.b64decode(m.group(1)).decode("utf-8", "replace")
        for m in re.finditer(r"data:image/svg\+xml;base64,([A-Za-z0-9+/=]+)", text)
    ]
    return "\n".join([text, *decoded])


def test_when_the_demo_is_reported_then_no_identifier_from_the_truth_file_appears(study):
    values = _identifier_values(study)
    assert len(values) > 100
    pages = sorted((study / "results/report").rglob("*.htm*")) + sorted(
        (study / "results/report").rglob("*.json")
    )
    assert len(pages) >= 9  # the report, its JSON, and the seven section pages
    for page in pages:
        text = _readable(page)
        leaked = [
            v for v in values
            if re.search(r"(?<!\w)" + re.escape(v) + r"(?!\w)", text, re.IGNORECASE)
        ]  # fmt: skip
        assert not leaked, f"{page.name} holds {len(leaked)} identifier values"


def test_when_the_review_page_is_built_then_it_is_in_the_workspace_and_private(study):
    page = study / "work/review/review.html"
    assert stat.S_IMODE(page.stat().st_mode) == 0o600
    assert stat.S_IMODE(page.parent.stat().st_mode) == 0o700
    assert "[PERSON-" in page.read_text(encoding="utf-8")


@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize(
    "page", ["results/report/deidentification.html", "work/review/review.html"]
)
def test_when_the_demo_pages_are_opened_then_nothing_overflows_and_charts_have_alt_text(
    study, tmp_path, page, width
):
    require_chromium()
    seen = probe(study / page, tmp_path, width)
    assert seen["scrollWidth"] <= seen["clientWidth"], seen
    assert seen["wide"] == [], seen
    assert seen["noAlt"] == 0, seen
    shot = screenshot(study / page, tmp_path / f"{width}.png", width=width, height=2000)
    assert shot.stat().st_size > 20_000
