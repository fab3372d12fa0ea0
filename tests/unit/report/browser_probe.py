"""Render a page in headless Chromium with a probe script appended, and read what it saw.

The report itself carries no script; the probe goes into a copy of the page. It measures
the document's width against the viewport, counts images without a text alternative, and
(for the review page) may click through the page's own controls first.
"""

from __future__ import annotations

import html as html_lib
import json
import re
import warnings
from pathlib import Path

import pytest

from sealflow.report.browser import BrowserError, dump_dom, find_chromium

PROBE = """
<script>
window.addEventListener("load", function () {
  %(actions)s
  var d = document.documentElement;
  var noAlt = Array.prototype.filter.call(document.images, function (i) {
    return !(i.getAttribute("alt") || "").trim();
  }).length;
  var wide = Array.prototype.filter.call(document.querySelectorAll("body *"), function (e) {
    return e.getBoundingClientRect().right > d.clientWidth + 1 && !e.closest(".table-wrap");
  }).map(function (e) { return e.tagName + "." + e.className; }).slice(0, 5);
  var out = {scrollWidth: d.scrollWidth, clientWidth: d.clientWidth, images: document.images.length,
             noAlt: noAlt, wide: wide, extra: window.__probeExtra || null};
  var p = document.createElement("pre");
  p.id = "probe";
  p.textContent = JSON.stringify(out);
  document.body.appendChild(p);
});
</script>
"""


def require_chromium() -> str:
    """The browser, or a loud skip naming what to install (never a silent pass)."""
    browser = find_chromium()
    if browser is None:
        message = (
            "SKIPPED LOUDLY: headless Chromium is not installed, so the report and review "
            "pages were NOT checked in a browser; run tests/services/install-system-deps.sh"
        )
        warnings.warn(message, stacklevel=2)
        pytest.skip(message)
    return browser


def probe(page: Path, tmp_path: Path, width: int, actions: str = "") -> dict:
    """Load a probed copy of ``page`` at ``width`` pixels; return what the probe measured."""
    html = page.read_text(encoding="utf-8")
    copy = tmp_path / f"probed-{width}-{page.name}"
    copy.write_text(html.replace("</body>", PROBE % {"actions": actions} + "</body>"))
    try:
        dom = dump_dom(copy, width=width, height=900)
    except BrowserError as exc:
        message = f"SKIPPED LOUDLY: Chromium is installed but could not start: {exc}"
        warnings.warn(message, stacklevel=2)
        pytest.skip(message)
    found = re.search(r'<pre id="probe">(.*?)</pre>', dom, re.S)
    assert found, "the probe did not run: the page failed to load in Chromium"
    return dict(json.loads(html_lib.unescape(found.group(1))))
