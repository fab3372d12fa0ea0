"""Shared fixtures. Service fixtures (sshd) live in tests/services/."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
TEST_DATA = REPO_ROOT / "tests" / "data"
# Service starters and shared study builders (sshd, SFTP servers, the archive side).
sys.path.insert(0, str(REPO_ROOT / "tests" / "services"))
SLURM_TEST_CLUSTER = REPO_ROOT / "tests" / "services" / "slurm" / "start-slurm.sh"


def pytest_sessionstart(session: pytest.Session) -> None:
    """Remove the test SLURM cluster's slurm.conf if a killed run left it behind: while it
    names a controller that is not running, each snakemake start waits ~9 s on it
    (tests/services/slurm/start-slurm.sh says why), and every workflow test starts several."""
    subprocess.run(["bash", str(SLURM_TEST_CLUSTER), "clean"], check=False, timeout=60)


@pytest.fixture(autouse=True)
def _private_umask():
    """Run every test under the umask sealflow expects of its users (077)."""
    old = os.umask(0o077)
    yield
    os.umask(old)
