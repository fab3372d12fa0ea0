"""Which failures the SFTP transport retries (lost connections) and which it does not."""

from __future__ import annotations

import errno

import paramiko
import pytest

from sealflow.errors import HostKeyError, IntegrityError
from sealflow.exchange.sftp import _retryable


@pytest.mark.parametrize(
    ("error", "retried"),
    [
        (EOFError(), True),
        (paramiko.SSHException("Server connection dropped"), True),
        (TimeoutError("timed out"), True),
        (ConnectionResetError(errno.ECONNRESET, "reset"), True),
        (OSError("Socket is closed"), True),
        (paramiko.ssh_exception.NoValidConnectionsError({("127.0.0.1", 22): OSError()}), True),
        (OSError(errno.EPIPE, "broken pipe"), True),
        (FileNotFoundError(errno.ENOENT, "No such file"), False),
        (PermissionError(errno.EACCES, "Permission denied"), False),
        (OSError("Failure"), False),  # an SFTP status reply: asking again will not help
        (paramiko.AuthenticationException("denied"), False),
        (HostKeyError("changed"), False),
        (IntegrityError("hash"), False),
        (ValueError("bug"), False),
    ],
)
def test_when_an_operation_fails_then_only_lost_connections_are_retried(
    error: BaseException, retried: bool
) -> None:
    assert _retryable(error) is retried
