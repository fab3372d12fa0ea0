"""Fixtures of the exchange unit tests: a small study and plain files to send."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "services"))

from exchange_study import Study, write_study


@pytest.fixture
def study(tmp_path: Path) -> Study:
    return write_study(tmp_path)


@pytest.fixture
def plain_files(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "plain"
    folder.mkdir()
    files = []
    for name, text in {
        "roster.csv": "pseudonymous_id\nPSN-0000000001\n",
        "admin_extract.csv": "a,b\n1,2\n",
    }.items():
        path = folder / name
        path.write_text(text)
        files.append(path)
    return files
