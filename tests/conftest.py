"""Shared fixtures. Service fixtures (sshd) live in tests/services/."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
TEST_DATA = REPO_ROOT / "tests" / "data"
# Service starters and shared study builders (sshd, SFTP servers, the archive side).
sys.path.insert(0, str(REPO_ROOT / "tests" / "services"))


@pytest.fixture(autouse=True)
def _private_umask():
    """Run every test under the umask sealflow expects of its users (077)."""
    old = os.umask(0o077)
    yield
    os.umask(old)
