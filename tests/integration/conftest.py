"""Fixtures for tests against real services: a private OpenSSH sshd on 127.0.0.1."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "services"))

from sshd_server import SshServer, unavailable_reason


@pytest.fixture
def sshd() -> Iterator[SshServer]:
    """A fresh sshd per test (it starts in ~50 ms), stopped by PID and removed at the end."""
    reason = unavailable_reason()
    if reason is not None:
        pytest.skip(f"SKIPPED LOUDLY: no real sshd for the SFTP tests: {reason}")
    server = SshServer.create().start()
    try:
        yield server
    finally:
        server.remove()
