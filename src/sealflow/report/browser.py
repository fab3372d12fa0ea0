"""Headless Chromium for the report: print to PDF, and (for tests) screenshots and the DOM.

Chromium is optional: `sealflow report --pdf` says plainly when it is not installed, and
nothing else needs it. It runs with a throwaway profile, no network proxy and no extensions,
on a local file only, with a time limit.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from sealflow.errors import SealflowError

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
TIMEOUT_SECONDS = 120


class BrowserError(SealflowError):
    """Headless Chromium is missing or could not render the page."""


def find_chromium() -> str | None:
    """The path of a Chromium-family browser on PATH, or None."""
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


def _run(page: Path, *flags: str, capture: bool = False) -> str:
    browser = find_chromium()
    if browser is None:
        raise BrowserError(
            "headless Chromium is not installed; install the Debian package `chromium` "
            "(apt-get install chromium) or print the HTML report from a browser"
        )
    with tempfile.TemporaryDirectory(prefix="sealflow-chromium-") as profile:
        command = [
            browser,
            "--headless",
            "--no-sandbox",  # runs as root in CI containers; the page is our own local file
            "--disable-gpu",
            "--no-first-run",
            "--disable-extensions",
            "--proxy-server=127.0.0.1:9",  # nothing may be fetched from the network
            f"--user-data-dir={profile}",
            *flags,
            page.resolve().as_uri(),
        ]
        try:
            done = subprocess.run(
                command, capture_output=True, text=True, timeout=TIMEOUT_SECONDS, check=False
            )
        except subprocess.TimeoutExpired:
            raise BrowserError(
                f"{page}: Chromium did not finish within {TIMEOUT_SECONDS} s"
            ) from None
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["no message"])[-1]
        raise BrowserError(f"{page}: Chromium failed (exit {done.returncode}): {last}")
    return done.stdout if capture else ""


def print_pdf(page: Path, pdf: Path) -> Path:
    """Print ``page`` to ``pdf`` with the page's print stylesheet."""
    _run(page, "--no-pdf-header-footer", f"--print-to-pdf={pdf.resolve()}")
    if not pdf.is_file() or pdf.stat().st_size == 0:
        raise BrowserError(f"{pdf}: Chromium wrote no PDF")
    pdf.chmod(0o644)
    return pdf


def screenshot(page: Path, png: Path, width: int = 1280, height: int = 2400) -> Path:
    """A screenshot of the top of ``page`` at the given window size."""
    _run(page, f"--window-size={width},{height}", f"--screenshot={png.resolve()}")
    return png


def dump_dom(page: Path, width: int = 1280, height: int = 900) -> str:
    """The page's DOM after its scripts ran (tests probe layout through it)."""
    return _run(
        page,
        f"--window-size={width},{height}",
        "--virtual-time-budget=5000",
        "--dump-dom",
        capture=True,
    )
