"""Fixtures for tests against real services: SFTP servers on 127.0.0.1.

`sshd` is a private OpenSSH sshd; `sftp_server` runs a test once against each SFTP
implementation the exchange must work with: OpenSSH (internal-sftp), Green End's
gesftpserver (as sshd's SFTP subsystem; it answers requests out of order), ProFTPD's
mod_sftp, and asyncssh's server (from its own cached environment), also with every read
reply capped at 20,000 bytes. An implementation that cannot run here skips loudly, naming
what is missing.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "services"))

import asyncssh_server
import proftpd_server
from sshd_server import SshServer, unavailable_reason

GESFTPSERVER = Path("/usr/libexec/gesftpserver")
SFTP_IMPLEMENTATIONS = ["openssh", "gesftpserver", "proftpd", "asyncssh", "asyncssh-short-reads"]


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


def _make_server(kind: str) -> SshServer:
    """A configured, not yet started server of ``kind`` (skips loudly if it cannot run)."""
    reason = unavailable_reason()
    if kind == "gesftpserver" and reason is None and not GESFTPSERVER.is_file():
        reason = f"{GESFTPSERVER} is missing: install gesftpserver (make system-deps, as root)"
    if kind == "proftpd":
        reason = reason or proftpd_server.unavailable_reason()
    if kind.startswith("asyncssh"):
        reason = reason or asyncssh_server.unavailable_reason()
    if reason is not None:
        pytest.skip(f"SKIPPED LOUDLY: no {kind} SFTP server for this test: {reason}")
    if kind == "gesftpserver":
        return SshServer.create(str(GESFTPSERVER))
    if kind == "proftpd":
        return proftpd_server.ProftpdServer.create()
    if kind.startswith("asyncssh"):
        server = asyncssh_server.AsyncsshServer.create()
        server.max_read = 20_000 if kind == "asyncssh-short-reads" else 0
        return server
    return SshServer.create()


@pytest.fixture(params=SFTP_IMPLEMENTATIONS)
def sftp_server(request: pytest.FixtureRequest) -> Iterator[SshServer]:
    """One SFTP server per implementation, fresh per test, stopped and removed at the end."""
    server = _make_server(request.param)
    try:
        server.start()
        yield server
    finally:
        server.remove()
